//! Who a mention refers to: names linked to the document's entities,
//! pronouns resolved to the most recent compatible subject or speaker
//! (by gender where the text gives it), relative pronouns to the phrase
//! before them, descriptions to an entity by its role; and the named
//! subject of a sentence preferred to a pronoun speaker in it.

use super::classes::{
    AFFILIATION, ARTICLE, DETERMINER, DOCUMENT, EVIDENCE, FEMALE, HONORIFIC, MALE, MODIFIER,
    NON_NAME, ORG, POSSESSIVE, PREPOSITION, PRONOUN, SPEAKER, SUBORDINATOR, THOUGHT, TITLE, VERB,
};
use super::entities::{COMPANY_NOUNS, Gender, Party, Registry, Role};
use super::frame::{Frame, is_be, is_finite_auxiliary, is_tell, says};
use super::phrase::{Np, contracted_negation, looks_finite};
use super::tokens::{Kind, Token};
use super::{MentionKind, Span};
use crate::lexicon::{MAX_WORD, folded, number_in_words};

/// How many recent candidates a pronoun looks back over.
const PRONOUN_REACH: usize = 24;

/// How many candidates are kept before the oldest are dropped.
const KEPT: usize = 1024;

/// How many candidates survive a drop.
const SURVIVE: usize = 64;

/// How far after the subject a reporting verb may stand for its subject
/// to be preferred to a pronoun, in tokens.
const SUBJECT_VERB_REACH: usize = 32;

/// How far apart a preferred subject's verb and the pronoun may be.
const PRONOUN_CLAUSE_REACH: usize = 64;

/// A mention found by the rules, with its whole-text spans, before names
/// are final.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Draft {
    pub(crate) span: Span,
    pub(crate) kind: MentionKind,
    pub(crate) role: Option<Span>,
    pub(crate) entity: Option<usize>,
    /// The name to show where no entity is known: set only by
    /// [`Coref::peek`], which links nothing, for a name met for the first
    /// time ("as Lee put it" opening a text).
    pub(crate) name: Option<Span>,
}

/// A recent mention that a pronoun may refer to.
#[derive(Debug, Clone, Copy)]
struct Salient {
    pos: usize,
    /// The entity, or none for a person described by a noun that tells
    /// their gender ("His wife"), whom a later pronoun of that gender
    /// means rather than anyone named before.
    entity: Option<usize>,
    gender: Gender,
    /// A person named in a sentence but not its subject ("the view of
    /// Sarah Mills"): read only where no other candidate fits, when named
    /// after every other candidate, and only for a pronoun of the gender
    /// their given name tells.
    weak: bool,
    /// Named by a description of its role ("the secretary"): a pronoun
    /// means it only if the entity's gender is known to be the pronoun's
    /// (a role tells none, and a pronoun must not give it one).
    described: bool,
}

/// The spans of phrase `np` and of its role, within the frame's string; a
/// number's percent sign, which makes no token, goes with the number it
/// closes ("49% say").
fn np_spans(frame: &Frame<'_>, np: &Np) -> (Span, Option<Span>) {
    let toks = frame.r.toks;
    let percent = |span: Span, last: usize| {
        if frame.r.is_percentage(last) {
            Span::new(span.start, span.end + 1)
        } else {
            span
        }
    };
    (
        percent(span_of(toks, np.first, np.last), np.last),
        named_role(frame, np).map(|(a, b)| percent(span_of(toks, a, b), b)),
    )
}

/// The role of `np`, but for a name's a number in words, which says how
/// many and not what the person is ("One, Ann Ode, said").
fn named_role(frame: &Frame<'_>, np: &Np) -> Option<(usize, usize)> {
    np.role
        .filter(|&(a, b)| !(np.name.is_some() && a == b && number_in_words(frame.word(a))))
}

/// The gender a name phrase `np` (its role over `role`) tells by its
/// honorific, its role or its first name ("Mrs. Clinton", "the
/// congresswoman", "Ann Lee"), or by a reflexive after it ("Clinton
/// herself").
fn gender_of(frame: &Frame<'_>, np: &Np, role: Option<Span>) -> Gender {
    let Some((a, b)) = np.name else {
        return Gender::Unknown;
    };
    // a first name tells a gender only before a surname
    let first_name = if b > a { frame.r.class(a) } else { 0 };
    match Gender::guess(
        honorific(frame, np),
        role.map(|r| &frame.r.text[r]),
        first_name,
    ) {
        Gender::Unknown => match frame.word(np.last + 1) {
            "herself" => Gender::Female,
            "himself" => Gender::Male,
            _ => Gender::Unknown,
        },
        known => known,
    }
}

/// The honorific before the name of phrase `np` ("Mrs." of "Mrs.
/// Clinton"), if it has one.
fn honorific<'a>(frame: &Frame<'a>, np: &Np) -> Option<&'a str> {
    let (a, _) = np.name?;
    (np.first..a)
        .find(|&i| frame.r.is(i, HONORIFIC))
        .map(|i| frame.word(i))
}

/// Modifiers of a role noun that set a person apart from one named
/// before ("the other senator"), which [`Coref::by_role`] does not pass.
const APART: &[&str] = &[
    "other", "former", "new", "then", "late", "next", "previous", "incoming", "future", "ex",
];

/// Whether what follows the name ending at token `b` shows it is a
/// body's: ", which …", or an appositive headed by a body's noun in lower
/// case (", the militant group that controls Gaza,").
fn body_after(frame: &Frame<'_>, b: usize) -> bool {
    let r = &frame.r;
    let Some(next) = r.toks.get(b + 1) else {
        return false;
    };
    if !next.is_punct(',') || !r.is_word_at(b + 2) {
        return false;
    }
    if frame.word(b + 2) == "which" {
        return true;
    }
    r.is(b + 2, ARTICLE)
        && r.phrase_starting_at(b + 2, r.toks.len()).is_some_and(|np| {
            np.kind == MentionKind::Description
                && np.last > np.first
                && r.is(np.last, ORG)
                && !r.is_cap(np.last)
                && !r.is(np.last, TITLE)
        })
}

/// The party the phrase `np` gives its person: an affiliation before its
/// title ("Democratic Sen. Sherrod Brown"), or right after it a label in
/// parentheses or between commas ("(D-Ohio)", ", R-Texas,") or an
/// appositive of membership (", an Ohio Democrat,", ", Republican of New
/// Mexico,").
fn party_of(frame: &Frame<'_>, np: &Np) -> Option<Party> {
    let r = &frame.r;
    if let Some(p) = np
        .affiliation
        .and_then(|(x, y)| (x..=y).find_map(|k| Party::of_affiliation(frame.word(k))))
    {
        return Some(p);
    }
    let a = np.last + 1;
    let open = r.toks.get(a)?;
    if !(open.is_punct('(') || open.is_punct(',')) || !r.is_word_at(a + 1) {
        return None;
    }
    // (a label: "(D-Ohio)", ", D-Upper Arlington,")
    let closed = |k: usize| {
        r.toks
            .get(k)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.' | ')' | ';')))
    };
    if r.is_cap(a + 1) {
        // (the town may run on: "D-Upper Arlington")
        let mut end = a + 2;
        if frame.word(a + 1).contains('-') {
            while end < a + 2 + PARTY_PLACE_WORDS && r.is_word_at(end) && r.is_cap(end) {
                end += 1;
            }
        }
        if let Some(p) = Party::of_label(frame.word(a + 1)).filter(|_| closed(end)) {
            return Some(p);
        }
    }
    if !open.is_punct(',') {
        return None;
    }
    // (", Democrat of Ohio,"; ", an Ohio Democrat,": an article, places in
    // capitals, the noun)
    if let Some(p) = Party::of_member(frame.word(a + 1)).filter(|_| frame.word(a + 2) == "of") {
        return Some(p);
    }
    if !matches!(frame.word(a + 1), "a" | "an") {
        return None;
    }
    (a + 2..r.toks.len().min(a + 2 + PARTY_PLACE_WORDS + 1))
        .take_while(|&k| r.is_word_at(k) && r.is_cap(k))
        .find_map(|k| Party::of_member(frame.word(k)).filter(|_| closed(k + 1) || !r.is_cap(k + 1)))
}

/// How many capitalised words of a place may stand before the noun of an
/// appositive of membership ("an Upper Arlington Democrat") or after the
/// hyphen of a label ("D-Upper Arlington").
const PARTY_PLACE_WORDS: usize = 3;

/// The span of tokens `first..=last`.
pub(crate) fn span_of(toks: &[Token], first: usize, last: usize) -> Span {
    Span::new(toks[first].span.start, toks[last].span.end)
}

/// The entities a document's mentions refer to, and the recent ones a
/// pronoun may mean.
#[derive(Debug, Default)]
pub(crate) struct Coref {
    pub(crate) registry: Registry,
    salient: Vec<Salient>,
}

impl Coref {
    /// The mention of phrase `np` of `frame`, whose string starts at
    /// `base` in the whole text, linked to its entity.
    pub(crate) fn mention(&mut self, frame: &Frame<'_>, base: usize, np: Np) -> Draft {
        let toks = frame.r.toks;
        let (span, role) = np_spans(frame, &np);
        let role = role.map(|r| r.shifted(base));
        let entity = match np.kind {
            // a run of capitals in a title-case headline may take in its
            // verbs ("Pence Endorses Paul Ryan"): unless it is a short run
            // of names alone, it names no entity anew and lengthens none,
            // but may refer to one named before
            MentionKind::Person | MentionKind::Organization
                if frame.headline && !headline_name(frame, &np) =>
            {
                np.name.and_then(|(a, b)| {
                    self.registry
                        .find(frame.r.text, span_of(toks, a, b), np.kind, Gender::Unknown)
                })
            }
            MentionKind::Person | MentionKind::Organization => self.link(frame, &np),
            // "Stevie Wonder, who joked": the relative pronoun stands for
            // the phrase before it
            MentionKind::Pronoun if frame.r.relative(np.first) => {
                match frame.r.antecedent(frame.lo, np.first) {
                    Some(a) if a.kind != MentionKind::Description => self.link(frame, &a),
                    Some(a) => self.by_role(frame, a.first, a.last),
                    None => None,
                }
            }
            // "the senator repeated his claim": a possessive pronoun in
            // the predicate of a subject described, not named, is that
            // subject's (not the last person named before)
            MentionKind::Pronoun => match described_owner(frame, np.first) {
                Some(d) => self.described(frame, &d, span_of(toks, d.first, d.last)),
                None => self.resolve_pronoun(frame.word(np.first), span.start + base),
            },
            MentionKind::Description => self.described(frame, &np, span),
        };
        Draft {
            span: span.shifted(base),
            kind: self.kind_of(np.kind, entity),
            role,
            entity,
            name: None,
        }
    }

    /// The kind of a mention read as `kind` that refers to `entity`: a
    /// company's short name, read as a person's, is the company's
    /// ("Goldman said" after "Goldman Sachs Group Inc.").
    fn kind_of(&self, kind: MentionKind, entity: Option<usize>) -> MentionKind {
        match entity {
            Some(e)
                if kind == MentionKind::Person
                    && self.registry.entities[e].kind == MentionKind::Organization =>
            {
                MentionKind::Organization
            }
            _ => kind,
        }
    }

    /// The entity a description `np` (over `span`) refers to: the person
    /// whose surname its one capitalised word is ("King says" after
    /// "Billie Jean King"), or else the one whose role it names ("the
    /// foreign minister").
    fn described(&self, frame: &Frame<'_>, np: &Np, span: Span) -> Option<usize> {
        // (one word: not a share, "Two-thirds")
        let surname =
            np.first == np.last && frame.r.is_cap(np.first) && !frame.word(np.first).contains('-');
        surname
            .then(|| {
                self.registry
                    .find(frame.r.text, span, MentionKind::Person, Gender::Unknown)
            })
            .flatten()
            // (a full name's last word, not a word read alone as a name
            // before: "Others", "Two-thirds")
            .filter(|&e| self.registry.entities[e].key.len() > 1)
            .or_else(|| self.by_age(frame, np))
            .or_else(|| self.by_party(frame, np))
            .or_else(|| self.by_order(frame, np))
            .or_else(|| self.by_role(frame, np.first, np.last))
    }

    /// The person "the former" or "the latter" alone names: of the two
    /// persons seen last, the one named first or the one named last
    /// ("Ann Lee and Tom Hale met. "…," the latter said": Tom Hale).
    fn by_order(&self, frame: &Frame<'_>, np: &Np) -> Option<usize> {
        if np.last != np.first + 1 || !frame.word(np.first).eq_ignore_ascii_case("the") {
            return None;
        }
        let latter = match frame.word(np.last) {
            "latter" => true,
            "former" => false,
            _ => return None,
        };
        let [newest, before] = self.registry.last_two_persons();
        let (_, e) = if latter { newest? } else { before? };
        // (both of the pair known)
        newest.and(before).map(|_| e)
    }

    /// The person a definite description by party names: "the Democrat",
    /// "the Ohio Democrat", "the first-term Republican" (a place in
    /// capitals or a hyphened word before the noun; not "the other
    /// Democrat"), the last one seen of the parties given.
    fn by_party(&self, frame: &Frame<'_>, np: &Np) -> Option<usize> {
        let r = &frame.r;
        if np.first >= np.last || !frame.word(np.first).eq_ignore_ascii_case("the") {
            return None;
        }
        let party = Party::of_member(frame.word(np.last))?;
        (np.first + 1..np.last)
            .all(|k| {
                let w = frame.word(k);
                r.is_word_at(k)
                    && (r.is_cap(k) || w.contains('-'))
                    && !r.is(k, TITLE | SPEAKER)
                    && !APART.contains(&w)
            })
            .then(|| self.registry.by_party(party))
            .flatten()
    }

    /// The person a definite description by age names: "the 19-year-old"
    /// (or "the 19-year-old striker") after "Kofi Mensah, 19,".
    fn by_age(&self, frame: &Frame<'_>, np: &Np) -> Option<usize> {
        if !frame.word(np.first).eq_ignore_ascii_case("the") {
            return None;
        }
        let age = (np.first + 1..=np.last).find_map(|k| years_old(frame.word(k)))?;
        self.registry.by_age(age)
    }

    /// The entity whose role the description over tokens `first..=last`
    /// names.
    fn by_role(&self, frame: &Frame<'_>, first: usize, last: usize) -> Option<usize> {
        self.by_role_words(frame, first, last).or_else(|| {
            // ("the two-term senator", "the veteran lawmaker": a definite
            // description's modifiers before its role noun, words in lower
            // case that name no role or party, say nothing the role does
            // not; the article and the noun alone are looked up)
            let r = &frame.r;
            let definite = first < last && frame.word(first).eq_ignore_ascii_case("the");
            if !definite || !r.is(last, SPEAKER | TITLE) || r.is_cap(last) {
                return None;
            }
            // (a company's noun may follow capitals too, its home or its
            // nation: "the Austin company", "the Seattle-based firm")
            let body = COMPANY_NOUNS.contains(&frame.word(last));
            let modifiers = first + 1..last;
            // (nor one that sets the person apart from the one named:
            // "the other senator", "the former senator", "the new one")
            (!modifiers.is_empty()
                && modifiers.clone().all(|k| {
                    // ("the Austin, Texas, company": a city's state)
                    (body && r.in_city_state(k, last + 1))
                        || (r.is_word_at(k)
                            && (body || !r.is_cap(k))
                            && !r.is(k, SPEAKER | TITLE | ORG | AFFILIATION)
                            && !APART.contains(&frame.word(k)))
                }))
            .then(|| {
                let text = &r.text[span_of(r.toks, last, last)];
                self.registry.by_role(text, false).or_else(|| {
                    body.then(|| self.registry.by_name_head(&format!("the {text}")))
                        .flatten()
                })
            })
            .flatten()
        })
    }

    /// The entity whose role the words of tokens `first..=last` name, as
    /// written.
    fn by_role_words(&self, frame: &Frame<'_>, first: usize, last: usize) -> Option<usize> {
        let text = &frame.r.text[span_of(frame.r.toks, first, last)];
        // (a body: "his campaign", "the committee")
        let thing = frame.r.is(last, ORG) || !frame.r.is(last, SPEAKER | TITLE);
        // (or a body's word, the head of a body's name: "the agency"; or
        // "the firm", a company's; not one a relative clause defines, "the
        // agency that approves visas", which brings in a body of its own)
        let defined = last + 1 < frame.r.toks.len()
            && matches!(frame.word(last + 1), "that" | "which" | "who");
        self.registry.by_role(text, thing).or_else(|| {
            ((frame.r.is(last, ORG) || COMPANY_NOUNS.contains(&frame.word(last))) && !defined)
                .then(|| self.registry.by_name_head(text))
                .flatten()
        })
    }

    /// Links a name phrase to its entity, with its role and the gender
    /// its honorific, role or first name tells.
    pub(crate) fn link(&mut self, frame: &Frame<'_>, np: &Np) -> Option<usize> {
        let toks = frame.r.toks;
        let (a, b) = np.name?;
        let name = span_of(toks, a, b);
        // ("said Ann Lee, the union's president,": a description in
        // apposition after the name gives its role, where the name has
        // none of its own)
        let role = named_role(frame, np)
            .map(|(x, y)| span_of(toks, x, y))
            .or_else(|| appositive_role(frame, np));
        let gender = gender_of(frame, np, role);
        let titled = np.role.is_some() || honorific(frame, np).is_some();
        // ("Everton boss Sean Dyer" is "the Everton boss" too: the
        // affiliation right before the role is among the words a later
        // description may name it by)
        let role = role.map(|span| Role {
            span,
            words: match (np.affiliation, np.role) {
                (Some((x, y)), Some((a, b))) if y + 1 == a => span_of(toks, x, b),
                _ => span,
            },
        });
        let id = self
            .registry
            .link(frame.r.text, name, np.kind, role, gender, titled)?;
        if let Some(party) = party_of(frame, np) {
            self.registry.entities[id].party = Some(party);
        }
        // (a one-word name of no known person shown to be a body's:
        // "Hamas, which controls Gaza,")
        let entity = &mut self.registry.entities[id];
        if np.kind == MentionKind::Person
            && a == b
            && entity.key.len() == 1
            && !entity.person
            && entity.gender == Gender::Unknown
            && body_after(frame, b)
        {
            entity.kind = MentionKind::Organization;
        }
        // ("Joseph Kowalski, 12,": a full name with an age is a person's,
        // and so is a surname as the sentence's subject, "Smith, 52, did
        // not speak": someone a later "he" or "she" may mean)
        if let Some(age) = age_after(frame, np) {
            let subject = frame.subject.is_some_and(|s| s.first == np.first);
            let entity = &mut self.registry.entities[id];
            entity.age = Some(age);
            entity.person |= b > a || (subject && entity.kind == MentionKind::Person);
        }
        Some(id)
    }

    /// The entity a pronoun at `pos` refers to: the most recent person
    /// (or, for "it", organisation) that spoke or was the subject of a
    /// sentence, of the pronoun's gender.
    pub(crate) fn resolve_pronoun(&mut self, pronoun: &str, pos: usize) -> Option<usize> {
        let (found, gender) = self.pronoun_entity(pronoun, pos)?;
        let e = &mut self.registry.entities[found];
        if e.gender == Gender::Unknown {
            e.gender = gender;
        }
        Some(found)
    }

    /// The entity a pronoun at `pos` refers to, and the pronoun's gender.
    fn pronoun_entity(&self, pronoun: &str, pos: usize) -> Option<(usize, Gender)> {
        let mut buf = [0u8; MAX_WORD];
        let (gender, want_person) = match &*folded(pronoun, &mut buf) {
            "he" | "his" | "him" => (Gender::Male, true),
            "she" | "her" | "hers" => (Gender::Female, true),
            "it" | "its" => (Gender::Unknown, false),
            _ => return None,
        };
        self.referent(gender, want_person, pos).map(|e| (e, gender))
    }

    /// The entity a pronoun of `gender` at `pos` refers to: a person's
    /// when `want_person`, else a body's or a document's ("it").
    fn referent(&self, gender: Gender, want_person: bool, pos: usize) -> Option<usize> {
        let recent = |weak: bool| {
            self.salient
                .iter()
                .rev()
                .filter(move |s| s.pos < pos && s.weak == weak)
                .take(PRONOUN_REACH)
        };
        let found = recent(false).find(|s| {
            // (an unnamed person of the pronoun's gender, or, for "it", an
            // unnamed body or document)
            let Some(e) = s.entity else {
                return if want_person {
                    s.gender == gender
                } else {
                    s.gender == Gender::Unknown
                };
            };
            let e = &self.registry.entities[e];
            if want_person {
                e.kind == MentionKind::Person
                    && e.person
                    && if s.described {
                        e.gender == gender
                    } else {
                        e.gender.compatible(gender)
                    }
            } else {
                e.kind == MentionKind::Organization
            }
        });
        // the person named most recently in another role, after every
        // other candidate, if their given name tells the pronoun's gender
        let named_since = || {
            let newest = recent(false).next().map_or(0, |s| s.pos);
            recent(true)
                .next()
                .filter(|s| s.pos > newest)?
                .entity
                .filter(|&e| {
                    let e = &self.registry.entities[e];
                    e.kind == MentionKind::Person && e.gender == gender
                })
        };
        let found = match found {
            // ("Ann Lee spoke first. Later, Mr. Smith met Jane Doe. "Q,"
            // she said": when the newest subject does not fit, such a
            // person named after it is nearer than any older subject)
            // (one known as a person: a place may have taken a gender
            // from a pronoun meant for someone else)
            Some(s) if want_person => match named_since() {
                Some(e)
                    if self.registry.entities[e].person
                        && recent(false).next().is_some_and(|n| n.pos > s.pos) =>
                {
                    e
                }
                _ => s.entity?,
            },
            Some(s) => s.entity?,
            // no subject fits: that person, if any
            None if want_person => named_since()?,
            None => return None,
        };
        Some(found)
    }

    /// The mention of phrase `np`, linked to the entity it refers to as
    /// [`Coref::mention`] would link it, but leaving every entity and
    /// candidate as it was: what reported speech reads must not change
    /// what the quotations' attribution decides.
    pub(crate) fn peek(&self, frame: &Frame<'_>, base: usize, np: Np) -> Draft {
        let toks = frame.r.toks;
        let (span, role) = np_spans(frame, &np);
        let role = role.map(|r| r.shifted(base));
        // (of the gender its honorific tells, as linking would: "Mrs.
        // Clinton" is no Bill Clinton)
        let find = |np: &Np| {
            let (a, b) = np.name?;
            self.registry.find(
                frame.r.text,
                span_of(toks, a, b),
                np.kind,
                Gender::guess(honorific(frame, np), None, 0),
            )
        };
        let entity = match np.kind {
            MentionKind::Person | MentionKind::Organization => find(&np),
            MentionKind::Pronoun if frame.r.relative(np.first) => {
                match frame.r.antecedent(frame.lo, np.first) {
                    Some(a) if a.kind != MentionKind::Description => find(&a),
                    Some(a) => self.by_role(frame, a.first, a.last),
                    None => None,
                }
            }
            MentionKind::Pronoun => self
                .pronoun_entity(frame.word(np.first), span.start + base)
                .map(|(e, _)| e),
            MentionKind::Description => self.described(frame, &np, span),
        };
        // a name no entity holds yet is its own name, as linking would
        // make it (not a run of capitals in a title-case headline, nor a
        // number in words: "Twenty agreed")
        let name = match (np.kind, np.name, entity) {
            (MentionKind::Person | MentionKind::Organization, Some((a, b)), None)
                if !frame.headline || headline_name(frame, &np) =>
            {
                let s = span_of(toks, a, b);
                (!crate::lexicon::number_in_words(&frame.r.text[s])).then(|| s.shifted(base))
            }
            _ => None,
        };
        Draft {
            span: span.shifted(base),
            kind: self.kind_of(np.kind, entity),
            role,
            entity,
            name,
        }
    }

    /// Records entity `entity`, mentioned at `pos`, as a candidate for
    /// later pronouns.
    pub(crate) fn remember(&mut self, pos: usize, entity: usize) {
        self.push_salient(Salient {
            pos,
            entity: Some(entity),
            gender: Gender::Unknown,
            weak: false,
            described: false,
        });
    }

    /// Adds a candidate for later pronouns. Only the newest few are ever
    /// read, so older ones are dropped now and then: memory does not grow
    /// with the text.
    fn push_salient(&mut self, s: Salient) {
        if self.salient.len() >= KEPT {
            self.salient.drain(..self.salient.len() - SURVIVE);
        }
        self.salient.push(s);
    }

    /// Whether a name phrase names someone known to be a person: with a
    /// title, an honorific, or a name the document knows as a person's
    /// ("Contrary to …" and "Pressure is building" name no one).
    pub(crate) fn known_person(&self, frame: &Frame<'_>, np: &Np) -> bool {
        if np.coordinated && np.kind == MentionKind::Person {
            // "Obama and Clinton": names joined as people
            return true;
        }
        let Some((a, b)) = np.name else {
            return false;
        };
        let name = &frame.r.text[span_of(frame.r.toks, a, b)];
        np.role.is_some()
            || frame.r.is(np.first, HONORIFIC)
            || self
                .registry
                .person_of(name)
                .is_some_and(|(person, _)| person)
    }

    /// A pronoun speaker gives way to the named subject of its own
    /// sentence ("Lynch said she recalled thinking, "…"" is Lynch's), when
    /// the two can be the same; returns the phrase that speaks.
    pub(crate) fn prefer_named(&self, frame: &Frame<'_>, speaker: Np) -> Np {
        if speaker.kind != MentionKind::Pronoun {
            return speaker;
        }
        let Some(subject) = frame.subject else {
            return speaker;
        };
        let mut buf = [0u8; MAX_WORD];
        let pronoun = folded(frame.word(speaker.first), &mut buf);
        let fits = match subject.kind {
            MentionKind::Person => matches!(&*pronoun, "he" | "she"),
            MentionKind::Organization | MentionKind::Description => {
                matches!(&*pronoun, "it" | "they")
            }
            MentionKind::Pronoun => false,
        };
        // ("Clinton suggested C - "Q," she said - and charged": a pronoun
        // after a quotation set off by a dash speaks in an aside of its
        // own, and stays the mention; coreference still names it)
        let aside = speaker.first > frame.lo + 1
            && frame.r.toks[speaker.first - 1].quote().is_some()
            && frame.r.toks[speaker.first - 2].is_dash();
        if !fits || subject.first == speaker.first || aside {
            return speaker;
        }
        if !(subject_of_pronoun(frame, speaker.first)
            || reports_pronoun(frame, &subject, speaker.first))
        {
            return speaker;
        }
        if subject.kind == MentionKind::Person {
            let gender = if pronoun == "he" {
                Gender::Male
            } else {
                Gender::Female
            };
            let known = subject.name.and_then(|(a, b)| {
                let name = &frame.r.text[span_of(frame.r.toks, a, b)];
                self.registry.person_of(name)
            });
            // a known person of the pronoun's gender, not "African-Americans"
            if !known.is_some_and(|(person, g)| person && g.compatible(gender)) {
                return speaker;
            }
        }
        subject
    }

    /// Links the names of a frame to entities and records the frame's
    /// subject as a candidate for later pronouns.
    ///
    /// Returns the one who closes the sentence by saying something, with
    /// the position of the mention: the speaker of a quotation before
    /// them does not outrank them for later pronouns.
    pub(crate) fn note_subject(&mut self, frame: &Frame<'_>, base: usize) -> Option<Found> {
        // In a title-case headline every word is capitalised: runs of
        // capitals are not names there.
        if frame.headline {
            return None;
        }
        // "Trump's attempt … did not last long. Within minutes, he called
        // Rubio …": the person whose thing opens the sentence, for later
        // pronouns, before any other the sentence brings in
        if let Some((at, e)) = self.opening_possessor(frame) {
            self.remember(frame.r.toks[at].span.start + base, e);
        }
        // "As for Trump, he said …": the person set up as the topic is
        // the one the pronoun after them means
        if let Some((at, e)) = self.opening_topic(frame) {
            self.remember(frame.r.toks[at].span.start + base, e);
        }
        let (closing, coordinate) = self.link_full_names(frame, base);
        self.note_frame_subject(frame, base);
        // "Then there's Axelrod.": the one a sentence of "there is"
        // brings in is the newer candidate
        if let Some(np) = existential_name(frame) {
            if let Some(e) = self.link(frame, &np) {
                self.remember(frame.r.toks[np.first].span.start + base, e);
            }
        }
        // "…, but Mr. Rowe interrupted": the subject of a coordinated
        // clause after the sentence's own is the newer candidate
        if let Some((pos, e)) = coordinate {
            self.remember(pos, e);
        }
        // "C, Stovall said": the one who closes the sentence by saying it
        // is its speaker, and a later pronoun goes on with them rather
        // than with the subject of what they said
        if let Some((pos, e)) = closing {
            self.remember(pos, e);
        }
        closing
    }

    /// Records the frame's subject as a candidate for later pronouns.
    fn note_frame_subject(&mut self, frame: &Frame<'_>, base: usize) {
        let Some(subject) = frame.subject else { return };
        let r = &frame.r;
        let pos = r.toks[subject.first].span.start + base;
        if self.note_couple(frame, base, &subject) || self.note_conjuncts(frame, base, &subject) {
            return;
        }
        let entity = match subject.kind {
            MentionKind::Person | MentionKind::Organization => {
                let e = self.link(frame, &subject);
                // the subject of a reporting verb ("Lavrov spoke") is a person
                let v = past_modifiers(frame, subject.last + 1);
                // and so is one "who" does something ("Brady, who threw
                // for 300 yards, shrugged off the criticism")
                let who = subject.last + 2 < frame.hi
                    && r.toks[subject.last + 1].is_punct(',')
                    && r.word(subject.last + 2) == "who";
                if let (MentionKind::Person, Some(e), true) =
                    (subject.kind, e, frame.is_cue(v) || who)
                {
                    self.registry.entities[e].person = true;
                }
                // "Sanders seemed torn when he spoke": a personal pronoun
                // later in the subject's sentence is the subject's, as
                // often as not, and a body is "it"
                let pronoun_after = (subject.last + 1..frame.hi)
                    .take_while(|&k| r.toks[k].quote().is_none())
                    .any(|k| {
                        matches!(r.word(k), "he" | "she")
                            && k > subject.last + 1
                            && r.is(k - 1, SUBORDINATOR)
                    });
                if let (MentionKind::Person, Some(e), true) = (subject.kind, e, pronoun_after) {
                    self.registry.entities[e].person = true;
                }
                e
            }
            MentionKind::Pronoun => self.resolve_pronoun(r.word(subject.first), pos),
            // "Her deputy, Tom Park, was less sure": the name in the
            // appositive is the subject's
            MentionKind::Description => {
                let named = frame.appositive_name(&subject);
                if named.is_none() {
                    // "the secretary" after "Secretary of State Dean Rusk":
                    // the one whose role it names, for later pronouns (a
                    // title only: a role a name was given with; looking up
                    // every description's role costs 2% of the pipeline)
                    let span = span_of(r.toks, subject.first, subject.last);
                    let role = r
                        .is(subject.last, TITLE)
                        .then(|| self.described(frame, &subject, span))
                        .flatten();
                    match role {
                        Some(e) => self.push_salient(Salient {
                            pos,
                            entity: Some(e),
                            gender: Gender::Unknown,
                            weak: false,
                            described: true,
                        }),
                        None => self.remember_described(frame, &subject, pos),
                    }
                    return;
                }
                named.and_then(|mut name| {
                    // (the description's role is the name's: "The family
                    // spokesman, Tom Lee, said" names whom a later "the
                    // spokesman" means)
                    // (a full name: a lone one is no known person for it)
                    if name.role.is_none() && name.name.is_some_and(|(a, b)| b > a) {
                        name.role = subject.role;
                    }
                    let e = self.link(frame, &name)?;
                    // "Trump's wife, Melania, …": a noun that tells a gender
                    // (of kin, or a role) makes the name a person's, of it
                    // (of the description's head: "His wife of 63 years,
                    // Evelyn")
                    let head = subject.role.map_or(subject.last, |(_, last)| last);
                    let kin = Gender::guess(None, Some(frame.word(head)), 0);
                    let entity = &mut self.registry.entities[e];
                    if kin != Gender::Unknown {
                        entity.person = true;
                        if entity.gender == Gender::Unknown {
                            entity.gender = kin;
                        }
                    }
                    Some(e)
                })
            }
        };
        if let Some(entity) = entity {
            self.remember(pos, entity);
        }
    }

    /// "Denise and Robert Tate are still sleeping …": two given names
    /// joined by "and" before one surname name two people, "Denise Tate"
    /// and "Robert Tate", each an entity a later "Mrs. Tate" or "Mr.
    /// Tate" (or a pronoun of one's gender) may mean. The first must be
    /// known as a given name ("Keyworth and Dick Hackborn" are a surname
    /// and a full name). Whether the subject was such a pair.
    fn note_couple(&mut self, frame: &Frame<'_>, base: usize, subject: &Np) -> bool {
        let r = &frame.r;
        let (first, last) = (subject.first, subject.last);
        let shape = subject.coordinated
            && subject.kind == MentionKind::Person
            && last >= first + 3
            && r.word(first + 1) == "and"
            && (first..=last)
                .filter(|&k| k != first + 1)
                .all(|k| r.is_cap(k) && !r.is(k, ORG | TITLE | HONORIFIC))
            && r.is(first, MALE | FEMALE);
        if !shape {
            return false;
        }
        // the second given name and the surname, as written
        let second = Np {
            name: Some((first + 2, last)),
            ..Np::new(first + 2, last, MentionKind::Person)
        };
        let Some(b) = self.link(frame, &second) else {
            return false;
        };
        // the first given name with the surname, written out
        let surname = span_of(r.toks, first + 3, last);
        let whole = format!("{} {}", r.word(first), &r.text[surname]);
        let gender = Gender::guess(None, None, r.class(first));
        let Some(a) = self.registry.link(
            &whole,
            Span::new(0, whole.len()),
            MentionKind::Person,
            None,
            gender,
            true,
        ) else {
            return false;
        };
        self.remember(r.toks[first].span.start + base, a);
        self.remember(r.toks[first + 2].span.start + base, b);
        true
    }

    /// "Senator Ann Lee and her husband arrived": each of a man and a
    /// woman joined by "and" in a subject that names neither alone is a
    /// candidate for later pronouns, a named one by name and a described
    /// one by the gender its noun tells ("she" then means the woman).
    /// Whether the subject was such a pair.
    fn note_conjuncts(&mut self, frame: &Frame<'_>, base: usize, subject: &Np) -> bool {
        let r = &frame.r;
        if subject.name.is_some() || subject.kind == MentionKind::Pronoun {
            return false;
        }
        let Some(and) = (subject.first + 1..subject.last).find(|&k| r.word(k) == "and") else {
            return false;
        };
        let (Some(a), Some(b)) = (
            r.simple_phrase(subject.first, and),
            r.simple_phrase(and + 1, subject.last + 1),
        ) else {
            return false;
        };
        if a.last + 1 != and || b.last != subject.last {
            return false;
        }
        let Some(x) = self.conjunct(frame, &a) else {
            return false;
        };
        let Some(y) = self.conjunct(frame, &b) else {
            return false;
        };
        // (two of one gender, or of one unknown, are left as they were:
        // a pronoun after them may mean either)
        if x.1 == Gender::Unknown || y.1 == Gender::Unknown || x.1 == y.1 {
            return false;
        }
        for ((entity, _), np) in [(x, a), (y, b)] {
            let pos = r.toks[np.first].span.start + base;
            match entity {
                Some(e) => self.remember(pos, e),
                None => self.remember_described(frame, &np, pos),
            }
        }
        true
    }

    /// A conjunct of a subject as a candidate for pronouns: a person by a
    /// full name or a title, with their entity, or a person described
    /// with a determiner ("her husband"), by the gender of its noun; with
    /// the gender either tells. `None` for anything else (a group, "Young
    /// Latinos"; a second role of one person, "the former first lady and
    /// U.S. senator").
    fn conjunct(&mut self, frame: &Frame<'_>, np: &Np) -> Option<(Option<usize>, Gender)> {
        let r = &frame.r;
        match np.kind {
            MentionKind::Person
                if np.role.is_some()
                    || r.is(np.first, HONORIFIC)
                    || np
                        .name
                        .is_some_and(|(x, y)| y > x && r.is(x, MALE | FEMALE)) =>
            {
                let e = self.link(frame, np)?;
                Some((Some(e), self.registry.entities[e].gender))
            }
            MentionKind::Description if r.is(np.first, DETERMINER | POSSESSIVE) => {
                Some((None, Gender::guess(None, Some(frame.word(np.last)), 0)))
            }
            _ => None,
        }
    }

    /// The named person whose thing opens the sentence ("Mr. Kasich's
    /// campaign", "Trump's attempt to …"), with the token they begin at;
    /// not one whose person it names ("Trump's lawyer").
    fn opening_possessor(&mut self, frame: &Frame<'_>) -> Option<(usize, usize)> {
        let r = &frame.r;
        // (the possessor is the subject's, when the sentence has one; and
        // most sentences open with no possessor: cheap looks first)
        if frame
            .subject
            .is_some_and(|s| s.kind != MentionKind::Description)
            || !(frame.lo..frame.hi.min(frame.lo + OPENING_POSSESSOR))
                .any(|k| r.toks[k].kind == Kind::Clitic)
        {
            return None;
        }
        let first = frame.after_opening_phrase(frame.after_dateline());
        if frame.subject.is_some_and(|s| s.first != first) {
            return None;
        }
        let clitic = (first + 1..frame.hi.min(first + POSSESSOR_REACH))
            .find(|&k| r.toks[k].kind == Kind::Clitic)?;
        let np = r.simple_phrase(first, clitic)?;
        let thing = clitic + 1;
        if np.kind != MentionKind::Person
            || np.last + 1 != clitic
            || thing >= frame.hi
            || !r.is_word_at(thing)
            || r.is_cap(thing)
            || r.is(thing, SPEAKER)
        {
            return None;
        }
        // (of a known gender: a person of none would take the gender of
        // whatever pronoun came next, one perhaps meant for another)
        let e = self.link(frame, &np)?;
        (self.registry.entities[e].gender != Gender::Unknown).then_some((first, e))
    }

    /// The named person an opening "As for" or "As to" sets up as the
    /// topic of a sentence whose subject is "he" or "she" ("As for Trump,
    /// he said …"), with the token they begin at.
    fn opening_topic(&mut self, frame: &Frame<'_>) -> Option<(usize, usize)> {
        let r = &frame.r;
        // (most sentences fail on their subject, a cheap look first)
        let subject = frame
            .subject
            .filter(|s| matches!(frame.word(s.first), "he" | "she"))?;
        let mut first = frame.after_dateline();
        // ("And as for Trump, he was subdued")
        if matches!(frame.word(first), "And" | "But") {
            first += 1;
        }
        if !(frame.word(first).eq_ignore_ascii_case("as")
            && matches!(frame.word(first + 1), "for" | "to")
            && subject.first > first)
        {
            return None;
        }
        let name = first + 2;
        let comma =
            (name + 1..frame.hi.min(name + POSSESSOR_REACH)).find(|&k| frame.comma_at(k))?;
        let np = r.simple_phrase(name, comma)?;
        if np.kind != MentionKind::Person || np.last + 1 != comma {
            return None;
        }
        // (and a person: the pronoun says so)
        let e = self.link(frame, &np)?;
        self.registry.entities[e].person = true;
        Some((name, e))
    }

    /// Records a subject described by a singular noun that tells a
    /// gender, with no name ("His wife was less sure"), as the one a
    /// later pronoun of that gender means: "she" then names no one rather
    /// than a woman named before.
    fn remember_described(&mut self, frame: &Frame<'_>, subject: &Np, pos: usize) {
        // (an indefinite description brings in someone new, whose gender
        // its role's head gives before a complement: "A spokeswoman for
        // the union's workers said …")
        let indefinite = super::entities::opens_indefinite(frame.word(subject.first));
        let last = match subject.role {
            Some((_, head)) if indefinite => head,
            _ => subject.last,
        };
        let head = frame.word(last);
        if head.ends_with('s') {
            return;
        }
        let gender = Gender::guess(None, Some(head), 0);
        // ("Doris Whitfield, 82, won. The retired dinner lady had parked
        // …": a definite description of a gender, with a modifier before
        // its noun, names the person of that gender a pronoun there
        // would, the epithet of news prose; not "the man", "the woman
        // who called police", which bring in someone new)
        let epithet = frame.word(subject.first).eq_ignore_ascii_case("the")
            && last > subject.first + 1
            && !matches!(frame.word(last + 1), "who" | "that");
        if gender != Gender::Unknown && epithet {
            if let Some(e) = self.referent(gender, true, pos) {
                self.push_salient(Salient {
                    pos,
                    entity: Some(e),
                    gender: Gender::Unknown,
                    weak: false,
                    described: true,
                });
                return;
            }
        }
        // ("For years, the agency denied it. Even so, it declared …": a
        // body or a document described, whom a later "it" means rather
        // than a body named before)
        let thing = frame.r.is(subject.last, ORG | DOCUMENT);
        if gender != Gender::Unknown || thing {
            self.push_salient(Salient {
                pos,
                entity: None,
                gender,
                weak: false,
                described: false,
            });
        }
    }

    /// Fuller forms of names ("Foreign Minister Sergey Lavrov") make
    /// entities for later short mentions; a bare single word ("Moscow")
    /// waits until it speaks or is a subject.
    /// Returns the last person who closes the sentence as its speaker
    /// ("C, Stovall said") or speaks in a clause on a noun after the
    /// sentence's subject ("…, a verdict Mr. Park said he never forgot"),
    /// and the last subject of a clause coordinated
    /// after a comma or semicolon ("…, but Mr. Rowe interrupted"), each
    /// with the position of the mention.
    fn link_full_names(
        &mut self,
        frame: &Frame<'_>,
        base: usize,
    ) -> (Option<Found>, Option<Found>) {
        let r = &frame.r;
        let mut closing = None;
        let mut coordinate = None;
        let mut i = frame.lo;
        while i < frame.hi {
            if !r.is_cap(i) {
                i += 1;
                continue;
            }
            // each name of "Clinton and Sanders" on its own
            let Some(np) = r.simple_phrase(i, frame.hi) else {
                i += 1;
                continue;
            };
            // ("Ted Cruz's aides insist": the full name of a possessor
            // opening a description is there for later short mentions,
            // though not for pronouns: the description is what the
            // sentence is about, "his memory of Bill Clinton's years")
            if np.kind == MentionKind::Description {
                if let Some(owner) = possessor_name(frame, &np) {
                    self.link(frame, &owner);
                    i = owner.last + 1;
                    continue;
                }
            }
            let full = np.role.is_some() || np.name.is_some_and(|(a, b)| b > a);
            // the subject of a clause inside the sentence ("so blatant
            // that Mr. Trump was asked") is there for later pronouns too,
            // before the sentence's own subject
            let clause_subject = np.kind == MentionKind::Person
                && np.is_named()
                // ("the Connecticut Democrat says": a description)
                && !(np.first > frame.lo && r.is(np.first - 1, DETERMINER))
                && frame.subject.is_none_or(|s| s.first != np.first)
                // (a title, an honorific or a full name with a given
                // name: "It was late, and Karen Oyelaran was tired")
                && (np.role.is_some()
                    || r.is(np.first, HONORIFIC)
                    || (full
                        && r.is(np.first, MALE | FEMALE)
                        // (not after a preposition, "met with Tom Lee";
                        // after one that opens a clause, "After Tom Lee
                        // met voters, he said", the clause's subject)
                        && !(np.first > frame.lo
                            && r.is(np.first - 1, PREPOSITION)
                            && !r.is(np.first - 1, SUBORDINATOR))))
                && (verb_follows(frame, np.last + 1)
                    || verb_after_relative(frame, np.last + 1)
                    || cleft_focus(frame, &np))
                && !(reported_subject(frame, np.first) && subject_is_a_person(frame));
            let named = np.kind == MentionKind::Person && np.is_named();
            let closes = named && closing_speaker(frame, &np);
            let speaks = closes || (named && speaks_in_relative(frame, &np));
            if (full && np.is_named()) || clause_subject || speaks {
                let e = self.link(frame, &described_by_appositive(frame, np));
                if let (false, Some(e), MentionKind::Person) =
                    (clause_subject || speaks, e, np.kind)
                {
                    self.push_salient(Salient {
                        pos: r.toks[np.first].span.start + base,
                        entity: Some(e),
                        gender: Gender::Unknown,
                        weak: true,
                        described: false,
                    });
                }
                if let (true, Some(e)) = (clause_subject || speaks, e) {
                    let pos = r.toks[np.first].span.start + base;
                    self.remember(pos, e);
                    if closes || (clause_subject && speaks_after_subject(frame, &np)) {
                        closing = Some((pos, e));
                    } else if clause_subject && coordinated_clause(frame, &np) {
                        coordinate = Some((pos, e));
                    }
                }
            }
            i = (np.last + 1).max(i + 1);
        }
        (closing, coordinate)
    }
}

/// The named person whose clitic follows the capitals that open the
/// description `np` ("Ted Cruz's aides", "Gov. Ann Lee's office"): a
/// phrase of its own ending right before the clitic, whose name has two
/// words or more (a title and a surname alone, "President Bush's
/// record", may be a namesake's).
fn possessor_name(frame: &Frame<'_>, np: &Np) -> Option<Np> {
    let r = &frame.r;
    let clitic = (np.first + 1..=np.last.min(np.first + POSSESSOR_REACH))
        .find(|&k| r.toks[k].kind == Kind::Clitic)?;
    let owner = r.simple_phrase(np.first, clitic)?;
    // (a given name the lexicon knows opens it, or a title comes before:
    // not "Absent Sanders' plan", a capital opening the sentence)
    let full = owner
        .name
        .is_some_and(|(a, b)| b > a && (owner.role.is_some() || r.is(a, MALE | FEMALE)));
    (owner.kind == MentionKind::Person && full && owner.last + 1 == clitic).then_some(owner)
}

/// The most tokens a possessor opening a sentence may have, its clitic
/// included ("Gov. Edmund G. Brown Jr.'s").
const POSSESSOR_REACH: usize = 8;

/// How far into a sentence a possessor opening it may end, past an
/// opening phrase ("On Monday in Des Moines, Gov. Ann Lee's …").
const OPENING_POSSESSOR: usize = 24;

/// An entity and the position of its mention.
pub(crate) type Found = (usize, usize);

/// The named person a sentence of "there is" brings in, alone after the
/// verb to the sentence's end: "Then there's Axelrod.", "There is also
/// Ann Lee." (past an adverb or a conjunction before "there").
fn existential_name(frame: &Frame<'_>) -> Option<Np> {
    let r = &frame.r;
    if frame.subject.is_some() {
        return None;
    }
    let there = (frame.lo..frame.hi.min(frame.lo + 3))
        .find(|&k| frame.word(k).eq_ignore_ascii_case("there"))?;
    let be = there + 1;
    // ("there's": a clitic, as "there is")
    if !(is_be(frame.word(be)) || r.toks.get(be).is_some_and(|t| t.kind == Kind::Clitic)) {
        return None;
    }
    // ("There is also Ann Lee")
    let np = r.simple_phrase(past_modifiers(frame, be + 1), frame.hi)?;
    let rest_is_punctuation = (np.last + 1..frame.hi).all(|j| !r.is_word_at(j));
    (np.kind == MentionKind::Person && np.is_named() && rest_is_punctuation).then_some(np)
}

/// `np`, a full name set off by commas after a description ("confirmed
/// by her daughter, Ruth Voss, who said"), or closing the sentence after
/// one ("Holt defeated her Republican challenger, Rick Dorsey."), with
/// the description's role as its own, so that a later "her daughter"
/// names her, and the party its affiliation gives ("the Republican").
fn described_by_appositive(frame: &Frame<'_>, mut np: Np) -> Np {
    let r = &frame.r;
    let full = np.name.is_some_and(|(a, b)| b > a);
    // (set off by a comma after it, or closing the sentence with a given
    // name: not "said the senator, Texas Republican.")
    let closed = r.toks.get(np.last + 1).is_some_and(|t| t.is_punct(','))
        || ((np.last + 1 >= frame.hi
            || r.toks
                .get(np.last + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | ';' | '!' | '?'))))
            && r.is(np.first, MALE | FEMALE));
    if np.role.is_some()
        || !full
        || np.kind != MentionKind::Person
        || np.first < frame.lo + 2
        || !r.toks[np.first - 1].is_punct(',')
        || !closed
    {
        return np;
    }
    if let Some(d) = r.phrase_ending_at(frame.lo, np.first - 2) {
        // (a person's description: not "the report, Ari Fleischer …")
        if d.kind == MentionKind::Description && !d.generic && !r.is(d.last, DOCUMENT | ORG) {
            np.role = d.role;
            // (a party's adjective in the description: "her Republican
            // challenger")
            if np.affiliation.is_none() {
                np.affiliation = d.affiliation.or_else(|| {
                    (d.first..=d.last)
                        .find(|&k| r.is_cap(k) && Party::of_affiliation(frame.word(k)).is_some())
                        .map(|k| (k, k))
                });
            }
        }
    }
    np
}

/// Whether `np` is the person a cleft puts in focus, the subject of the
/// clause after it: "…, but it was Mr. Trump who seemed changed", "It is
/// Lee who decides".
fn cleft_focus(frame: &Frame<'_>, np: &Np) -> bool {
    let first = np.first;
    first >= frame.lo + 2
        && matches!(frame.word(first - 1), "was" | "is")
        && frame.word(first - 2).eq_ignore_ascii_case("it")
        && matches!(frame.word(np.last + 1), "who" | "that")
}

/// The frame's subject, when it is a description of a person that the
/// possessive pronoun at `p` ("his", "her", "their") in its own clause's
/// predicate refers to: before it with no punctuation between (no other
/// clause), in the pronoun's number ("the senator repeated his claim",
/// "the two senators restated their claim").
fn described_owner(frame: &Frame<'_>, p: usize) -> Option<Np> {
    let r = &frame.r;
    let plural = match frame.word(p) {
        "his" | "her" => false,
        "their" => true,
        _ => return None,
    };
    let s = frame.subject?;
    let head = s.role.map_or(s.last, |(_, h)| h);
    let one_clause = (s.last + 1..p).all(|k| {
        r.is_word_at(k) && !r.relative(k) && !r.is(k, SUBORDINATOR) && frame.word(k) != "that"
    });
    (s.kind == MentionKind::Description
        && s.last < p
        && !s.coordinated
        && r.is(head, SPEAKER)
        && !r.is(head, ORG | DOCUMENT)
        && frame.plural(&s) == plural
        && one_clause)
        .then_some(s)
}

/// Whether the phrase `np` opens a clause coordinated after a comma ("…,
/// but Mr. Rowe interrupted", "…, and Ms. Lee left") or a semicolon, or
/// is the focus of a cleft ([`cleft_focus`]).
fn coordinated_clause(frame: &Frame<'_>, np: &Np) -> bool {
    let r = &frame.r;
    let first = np.first;
    if cleft_focus(frame, np) {
        return true;
    }
    match first.checked_sub(frame.lo) {
        Some(1..) if r.toks[first - 1].is_punct(';') => true,
        Some(2..) => {
            matches!(frame.word(first - 1), "but" | "and" | "yet")
                && r.toks[first - 2].is_punct(',')
        }
        _ => false,
    }
}

/// The most words a name in a headline may have to name an entity there.
const HEADLINE_NAME_WORDS: usize = 3;

/// Whether the name of `np`, in a title-case headline, is a name alone:
/// a few words, none of them a word of another class ("Is", "Just",
/// "Endorses" after a name the grammar took them into).
fn headline_name(frame: &Frame<'_>, np: &Np) -> bool {
    let Some((a, b)) = np.name else {
        return false;
    };
    let common = VERB | DETERMINER | PREPOSITION | NON_NAME | SUBORDINATOR | MODIFIER;
    // a word after the first that may be a verb ("Pence Endorses") is a
    // name only right after a first name ("Bernie Sanders")
    let verb_like =
        |i: usize| i > a && looks_finite(frame.word(i)) && !frame.r.is(i - 1, MALE | FEMALE);
    b - a < HEADLINE_NAME_WORDS && (a..=b).all(|i| !frame.r.is(i, common) && !verb_like(i))
}

/// Whether the frame's subject may be the antecedent of a later "he" or
/// "she": a name, "he" or "she", or a singular description that is no
/// body and no document. When it may not ("Police say Tom Kim stole a
/// car."), the subject of what it reports is the newer candidate.
fn subject_is_a_person(frame: &Frame<'_>) -> bool {
    let r = &frame.r;
    frame.subject.is_some_and(|s| match s.kind {
        MentionKind::Person => true,
        MentionKind::Organization => false,
        MentionKind::Pronoun => ["he", "she"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(r.word(s.first))),
        MentionKind::Description => {
            let head = s.role.map_or(s.last, |(_, last)| last);
            let w = r.word(head);
            !(r.is(head, DOCUMENT | ORG) || (w.ends_with('s') && !w.ends_with("ss")))
        }
    })
}

/// Whether the phrase at `first` opens what a cue reports ("doesn't think
/// Clinton can", "said that Lee would"): the subject of a content.
fn reported_subject(frame: &Frame<'_>, first: usize) -> bool {
    let mut k = first;
    if k > frame.lo && frame.word(k - 1) == "that" {
        k -= 1;
    }
    k > frame.lo && (frame.is_cue(k - 1) || frame.r.is(k - 1, THOUGHT | EVIDENCE))
}

/// Whether `np` speaks in a closing reporting clause after a comma,
/// "C, Jake Horowitz said" or "C, said Jake Horowitz": a later pronoun
/// may refer to them, though the sentence's subject is another.
fn closing_speaker(frame: &Frame<'_>, np: &Np) -> bool {
    let r = &frame.r;
    let comma = |i: usize| i > frame.lo && r.toks[i - 1].is_punct(',');
    if frame.subject.is_some_and(|s| s.first == np.first) {
        return false;
    }
    // ("C, said Jake Horowitz", not "Lee, a chairman, said Trump erred":
    // the name closes its clause)
    let closes_clause =
        np.last + 1 >= frame.hi || matches!(r.toks[np.last + 1].kind, Kind::Punct(_));
    if np.first > frame.lo && comma(np.first - 1) && frame.is_cue(np.first - 1) && closes_clause {
        return true;
    }
    if !comma(np.first) {
        return false;
    }
    let v = past_modifiers(frame, np.last + 1);
    v < frame.hi && frame.is_cue(v)
}

/// Whether `np`, the subject of a clause after the sentence's subject,
/// says something: "The critic called it empty, a judgment Mr. Wexler
/// said he never forgot".
fn speaks_after_subject(frame: &Frame<'_>, np: &Np) -> bool {
    let r = &frame.r;
    let v = past_modifiers(frame, np.last + 1);
    // (a clause that modifies a noun, with no "that": not what someone
    // reports, "said Monday that President Obama has", nor a possessor's
    // man, "the paper's Robert Costa had reported")
    let after_noun = np.first > frame.lo
        && r.is_word_at(np.first - 1)
        && !r.is_cap(np.first - 1)
        && frame.word(np.first - 1) != "that"
        && !r.is(np.first - 1, DETERMINER | PREPOSITION | SUBORDINATOR | VERB)
        && !frame.is_cue(np.first - 1);
    after_noun
        && frame.subject.is_some_and(|s| s.last < np.first)
        && v < frame.hi
        && frame.is_cue(v)
}

/// Whether the person `np` speaks in a relative clause after the name,
/// past a place and an appositive ("Sen. Ann Lee of Ohio, the panel's
/// chairwoman, who said …"): a verb of saying or telling right after
/// ", who". The
/// person spoke, and a pronoun after may be theirs.
fn speaks_in_relative(frame: &Frame<'_>, np: &Np) -> bool {
    let r = &frame.r;
    // (most names are followed by neither: the walk below is for few)
    let next = np.last + 1;
    if next >= frame.hi || !(r.toks[next].is_punct(',') || r.word(next) == "of") {
        return false;
    }
    let hi = frame.hi.min(next + RELATIVE_REACH);
    let Some(who) = (next..hi)
        .take_while(|&i| r.toks[i].quote().is_none() && !r.toks[i].is_punct('.'))
        .find(|&i| r.word(i) == "who")
    else {
        return false;
    };
    who > next && r.toks[who - 1].is_punct(',') && {
        // (a verb of saying: "who has called it a hoax" names, and says
        // nothing a pronoun after would go on with)
        let v = past_modifiers(frame, who + 1);
        v < frame.hi && (says(frame.word(v)) || is_tell(frame.word(v)))
    }
}

/// The first token from `k` past the modifiers between a phrase and its
/// verb ("Lavrov later said").
fn past_modifiers(frame: &Frame<'_>, mut k: usize) -> usize {
    while k < frame.hi && frame.r.is_modifier(k) {
        k += 1;
    }
    k
}

/// Whether a finite verb or auxiliary stands at `k`, after a few adverbs
/// ("was asked", "later said", "has").
fn verb_follows(frame: &Frame<'_>, mut k: usize) -> bool {
    let r = &frame.r;
    for _ in 0..3 {
        if k >= frame.hi || !r.is_word_at(k) || r.is_cap(k) {
            return false;
        }
        let w = frame.word(k);
        // (a negated auxiliary is finite too: "doesn't mince words")
        if is_finite_auxiliary(w)
            || contracted_negation(w)
            || (looks_finite(w) && !r.is_modifier(k))
        {
            return true;
        }
        if !r.is_modifier(k) {
            return false;
        }
        k += 1;
    }
    false
}

/// How many tokens a relative clause after a name may run before its
/// closing comma.
const RELATIVE_REACH: usize = 25;

/// Whether a finite verb follows the relative clause set off by commas
/// at `k`: "Representative Brooks, who has welcomed …, doesn't".
fn verb_after_relative(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if k + 1 >= frame.hi || !r.toks[k].is_punct(',') || !matches!(r.word(k + 1), "who" | "whose") {
        return false;
    }
    (k + 2..frame.hi.min(k + RELATIVE_REACH))
        .take_while(|&i| r.toks[i].quote().is_none())
        .find(|&i| r.toks[i].is_punct(','))
        .is_some_and(|close| verb_follows(frame, close + 1))
}

/// "what they call": the pronoun at `at` is the subject of the sentence.
fn subject_of_pronoun(frame: &Frame<'_>, at: usize) -> bool {
    at > frame.lo && frame.word(at - 1) == "what"
}

/// Whether `subject` is the subject of a reporting verb whose clause holds
/// the pronoun at `at`: "Lynch said she recalled", not "`LaBelle` got a roar
/// when she added" nor "Putney said …, but he said" nor "Lee said …,
/// although she wrote", nor a pronoun before the verb ("Though he said
/// C, Lee said D").
fn reports_pronoun(frame: &Frame<'_>, subject: &Np, at: usize) -> bool {
    let near = subject.last + 1..frame.hi.min(subject.last + SUBJECT_VERB_REACH);
    // a verb with content after it ("Cost estimates, he added" has none)
    near.filter(|&c| {
        frame.is_cue(c)
            && (frame.r.is_word_at(c + 1)
                || frame.r.toks.get(c + 1).is_some_and(|t| t.quote().is_some()))
    })
    .find(|&c| {
        frame
            .r
            .subject_before(frame.lo, c)
            .is_some_and(|np| np.first == subject.first)
    })
    .is_some_and(|c| {
        let (a, b) = (c, at);
        // (nor "Netanyahu said he would go, although he wrote": an
        // adverbial clause set off by a comma is the narrator's)
        let adverbial = (a..b).any(|i| frame.comma_at(i) && frame.r.is(i + 1, SUBORDINATOR));
        a < b && b - a <= PRONOUN_CLAUSE_REACH && !frame.coordinated(a, b) && !adverbial
    })
}

/// The role a description in apposition right after the person `np`
/// gives ("Ann Lee, the union's president, said", "said Ann Lee, a
/// spokeswoman."): the description's own role, where it closes at
/// punctuation or the frame's end. The mirror of
/// [`described_by_appositive`], which reads a description before the
/// name; this one is read for every name linked, so that a name's role
/// stands wherever it is given.
fn appositive_role(frame: &Frame<'_>, np: &Np) -> Option<Span> {
    let comma = np.last + 1;
    if np.kind != MentionKind::Person || comma + 1 >= frame.hi || !frame.r.toks[comma].is_punct(',')
    {
        return None;
    }
    // (not a place after a name: "Sen. Ann Lee of Ohio, the chairwoman")
    if np.first > frame.lo && matches!(frame.word(np.first - 1), "of" | "from" | "in" | "at") {
        return None;
    }
    // (past an age: "Fatima Noor, 34, a teacher,")
    let mut from = comma + 1;
    if from + 2 < frame.hi
        && frame.r.age_aside(from, frame.hi)
        && frame.r.toks[from + 1].is_punct(',')
    {
        from += 2;
    }
    let closes = |j: usize| {
        j >= frame.hi
            || matches!(
                frame.r.toks[j].kind,
                Kind::Punct(',' | '.' | ';' | '!' | '?' | ')')
            )
    };
    let d = frame
        .r
        .phrase_starting_at(from, frame.hi)
        .filter(|d| closes(d.last + 1) || complement_closes(frame, d.last + 1, &closes))
        .or_else(|| bare_role(frame, from, &closes))?;
    if d.kind != MentionKind::Description || d.coordinated || d.generic {
        return None;
    }
    let (a, mut b) = d.role?;
    // ("his chief of staff", "a professor of law": a title's bare "of"
    // complement is part of it)
    if frame.word(b + 1) == "of"
        && b + 2 <= d.last
        && d.last <= b + 3
        && (b + 2..=d.last)
            .all(|k| frame.r.is_word_at(k) && !frame.r.is_cap(k) && !frame.r.is(k, DETERMINER))
    {
        b = d.last;
    }
    Some(span_of(frame.r.toks, a, b))
}

/// A role without a determiner in apposition from `from` ("Mick Lynch,
/// general secretary of the RMT,"; "Ann Lee, president of the union,"),
/// with any complement after "of", "at" or "for" that closes where
/// `closes` says.
fn bare_role(frame: &Frame<'_>, from: usize, closes: &dyn Fn(usize) -> bool) -> Option<Np> {
    let r = &frame.r;
    // (a role noun opens it: not "Dorothy Woods, whose husband, …", a
    // relative clause on the name)
    if r.is_cap(from)
        || r.is(from, DETERMINER | POSSESSIVE | PRONOUN)
        || matches!(frame.word(from), "whose" | "who" | "which" | "that")
    {
        return None;
    }
    let d = r.bare_role_phrase(from, frame.hi)?;
    let j = d.last + 1;
    (closes(j) || complement_closes(frame, j, closes)).then_some(d)
}

/// The most words a complement after a role in apposition may have that
/// the grammar does not read as a phrase ("for governor", "at large").
const LOOSE_COMPLEMENT: usize = 4;

/// Whether "of", "at" or "for" at `j` opens a complement of a role that
/// closes where `closes` says: a phrase ("of the union") or a few words
/// ("for governor").
fn complement_closes(frame: &Frame<'_>, j: usize, closes: &dyn Fn(usize) -> bool) -> bool {
    let r = &frame.r;
    if j >= frame.hi || !matches!(frame.word(j), "of" | "at" | "for") {
        return false;
    }
    if r.phrase_starting_at(j + 1, frame.hi)
        .is_some_and(|of| closes(of.last + 1))
    {
        return true;
    }
    let end = (j + 1..frame.hi.min(j + 2 + LOOSE_COMPLEMENT))
        .find(|&k| !(r.is_word_at(k) || r.toks[k].kind == Kind::Clitic))
        .unwrap_or(frame.hi);
    end > j + 1 && end <= j + 1 + LOOSE_COMPLEMENT && closes(end)
}

/// The age in apposition right after the person `np`: "Kofi Mensah, 19,"
/// or "…, 19." (an [age aside](crate::attribute::phrase::Reader::age_aside)
/// of one to three digits).
fn age_after(frame: &Frame<'_>, np: &Np) -> Option<u16> {
    let n = np.last + 2;
    if np.kind != MentionKind::Person
        || n >= frame.hi
        || !frame.r.toks[np.last + 1].is_punct(',')
        || !frame.r.age_aside(n, frame.hi)
    {
        return None;
    }
    years(frame.word(n))
}

/// The age an "N-year-old" word gives.
fn years_old(w: &str) -> Option<u16> {
    years(w.strip_suffix("-year-old")?)
}

/// A number of years written in one to three digits ("19", "71").
fn years(n: &str) -> Option<u16> {
    (!n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok())
        .flatten()
}
