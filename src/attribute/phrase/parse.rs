//! The grammar of a speaker phrase, read forwards from its first token:
//!
//! ```text
//! phrase     := simple complement{0,2} ("and" simple)?
//! simple     := pronoun
//!             | share                           "about four in 10" (quantity)
//!             | "those" participle              "those surveyed"
//!             | quantifier                      "one", "another", "others"
//!             | (determiner | number | possessive)? run
//! run        := modifier* (possessor "'s")? modifier* head
//! complement := ("of" | "for" | "at" | "from" | "with" | "in" | "on"
//!               | "close to" | "familiar with" | "with knowledge of") simple
//! ```
//!
//! A modifier is an adjective, an age or number ("71-year-old", "9/11"),
//! a nationality or party ("Russian", "Democratic"), a portfolio word
//! ("Foreign"), a descriptor ("campaign", "spokesman"), two words dating
//! a role joined by "and" or "or" ("current and former") or a
//! capitalised word; the head is a name (capitalised words with their
//! initials, particles and suffixes), a title or speaker noun ("minister",
//! "officials"), or, after a determiner where nothing follows, any noun
//! ("said the ruling."). Lower-case words stand inside a name only as
//! descriptors before another capital ("Trump campaign manager Corey
//! Lewandowski"), so that a run never swallows a verb ("Lavrov met Wang").
//!
//! Every position reads the same grammar: after a verb ("said a spokesman
//! for the campaign"), after "according to", as a subject (read back from
//! the verb by trying each start in turn, see [`subjects`](super::subjects)).

use super::{
    CITY_STATE_TOKENS, DAYS, IRREGULAR_PAST, MAX_RUN, Np, Reader, STOP, TIME_NOUNS, is_past_form,
    looks_finite,
};
use crate::attribute::MentionKind;
use crate::attribute::classes::{
    AFFILIATION, ARTICLE, DEMONSTRATIVE, DETERMINER, DOCUMENT, FEMALE, HONORIFIC, MALE, MODIFIER,
    NON_NAME, ORG, PARTICLE, PORTFOLIO, POSSESSIVE, PREPOSITION, PRONOUN, SPEAKER, SPEECH_NOUN,
    SUBORDINATOR, TITLE, VERB,
};
use crate::attribute::tokens::Kind;

/// Words that stand for a speaker alone: "one said", "another added",
/// "others say".
const QUANTIFIERS: &[&str] = &[
    "one", "another", "others", "some", "many", "several", "both", "few", "most", "two", "three",
    "neither", "none",
];

/// Quantifiers that also float after the subject they count ("they all
/// said", "the two each said"): speakers alone only where a sentence or
/// clause opens or before "of" ("All said", "…, and each said", "Each of
/// the candidates said").
const FLOATING: &[&str] = &["all", "each"];

/// How many words the object of a title after "of the" may have before
/// the name ("Leader of the Opposition R. Subramanian").
const TITLE_OBJECT: usize = 3;

/// Words that date a role before its noun ("former prosecutor").
const FORMER: &[&str] = &["former", "longtime", "onetime", "veteran", "retired"];

/// Words that date a role and pair with another by "and" or "or" before
/// the noun: "current and former officials", "past or present staff".
const TENSES_OF_ROLE: &[&str] = &["current", "former", "past", "present", "future", "retired"];

/// Numbers in words after a determiner ("the two men", "the three").
/// How many words may describe a name after a verb of saying in the place
/// of a title ([`Reader::described_name`]).
const DESCRIBED_NAME: usize = 3;

/// Verbs whose past is their plain form ("put", "hit"), which a test of
/// the past in -ed misses.
const SAME_PAST: &[&str] = &[
    "beat", "bet", "bid", "cast", "cost", "cut", "hit", "hurt", "let", "put", "quit", "read",
    "set", "shut", "split", "spread",
];

const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
];

/// Things with words written on them, in the plural: speakers after a
/// determiner only ([`Reader::bare_phrase`]).
const INSCRIPTIONS: &[&str] = &[
    "banners",
    "billboards",
    "captions",
    "headlines",
    "inscriptions",
    "placards",
    "plaques",
    "posters",
    "signs",
];

/// Object pronouns, which end a phrase ("the ad shows him").
pub(crate) const OBJECT_PRONOUNS: &[&str] = &["me", "us", "him", "her", "them"];

/// Lower-case connectors inside the name of an organisation ("Citizens for
/// Tax Justice").
const ORG_CONNECTORS: &[&str] = &["for", "to", "of", "on", "against", "without"];

/// Occasions and media of speech besides the nouns of speech and
/// documents: "said the senator in an interview", "the mayor on Twitter",
/// "the author in her memoir".
const OCCASIONS: &[&str] = &[
    "Facebook",
    "Instagram",
    "Twitter",
    "YouTube",
    "address",
    "appearance",
    "blog",
    "briefing",
    "broadcast",
    "column",
    "conference",
    "essay",
    "hearing",
    "interview",
    "interviews",
    "memoir",
    "op-ed",
    "podcast",
    "post",
    "speech",
    "speeches",
    "testimony",
];

/// How many lower-case words a plain object of a complement may have
/// after its determiner ("voters in each state").
const PLAIN_OBJECT_WORDS: usize = 3;

/// How many complements a phrase takes ("head of policy at the Business
/// Council").
const COMPLEMENTS: usize = 2;

/// How many bytes a nickname in quotation marks may have, with them
/// ([`Reader::nickname`]).
const NICKNAME_BYTES: usize = 40;

/// What the words of a run have shown so far.
#[derive(Default)]
struct Run {
    /// The last token that can head the phrase as a speaker: a name word,
    /// a title or speaker noun.
    known: Option<usize>,
    /// The last noun-like word of any kind.
    last: Option<usize>,
    /// The first capitalised word.
    first_cap: Option<usize>,
    /// The token after the last possessive `'s`.
    possessed: Option<usize>,
}

/// Whether a title's word only ever modifies another ("retired Gen.",
/// "acting Director", "interim President"): no phrase's head.
fn title_modifier_only(word: &str) -> bool {
    matches!(
        word,
        "retired" | "ret" | "acting" | "interim" | "incoming" | "outgoing"
    )
}

impl Reader<'_> {
    /// The speaker phrase that starts at token `i`, not reaching `hi`:
    /// "Mr. Gilroy", "a spokesman for the campaign", "Smith and Jones".
    pub(crate) fn phrase_starting_at(&self, i: usize, hi: usize) -> Option<Np> {
        self.phrase_within(i, hi, true)
    }

    /// [`Reader::phrase_starting_at`], where `occasions` tells whether a
    /// complement naming the occasion of the words ends the phrase before
    /// it ("said the mayor in a statement"); a subject read back from its
    /// verb keeps it, since its phrase must reach the verb ("Four voters in
    /// a new poll said").
    pub(crate) fn phrase_within(&self, i: usize, hi: usize, occasions: bool) -> Option<Np> {
        let mut np = self
            .roles_before_name(i, hi)
            .or_else(|| self.simple_phrase(i, hi))?;
        if let Some(named) = self.named_after(&np, hi) {
            return Some(named);
        }
        for _ in 0..COMPLEMENTS {
            match self.complement(&np, hi, occasions) {
                Some(last) => np.last = last,
                None => break,
            }
        }
        let mut joined = self.with_conjunct(np, hi);
        // (one body's name joined by "and" takes complements after its
        // last word: "the Science and Technology Directorate of the
        // Department of Homeland Security")
        if joined.last != np.last && !joined.coordinated {
            for _ in 0..COMPLEMENTS {
                match self.complement(&joined, hi, occasions) {
                    Some(last) => joined.last = last,
                    None => break,
                }
            }
        }
        Some(joined)
    }

    /// "a worker named Tom Dale", "a woman named Ana Ruiz": a description
    /// of a person followed by "named" and a person's name is that person,
    /// with the description's role. Not a thing's name ("a group called
    /// Citizens for Trump", "a program named Sandy Hook Promise"): the
    /// description's head must be a speaker noun.
    fn named_after(&self, np: &Np, hi: usize) -> Option<Np> {
        let k = np.last + 1;
        if np.kind != MentionKind::Description
            || np.coordinated
            || np.generic
            || k + 1 >= hi
            || self.word(k) != "named"
            || !self.is(np.last, SPEAKER)
        {
            return None;
        }
        let name = self.simple_phrase(k + 1, hi)?;
        (name.kind == MentionKind::Person && name.name.is_some() && name.first == k + 1).then(
            || Np {
                first: np.first,
                role: name.role.or(np.role),
                ..name
            },
        )
    }

    /// "author and historian Doris Kearns Goodwin", "lobbyist and GOP
    /// strategist Charlie Black": a role noun without a determiner joined
    /// by "and" to a person's name with its own role, one person holding
    /// both.
    fn roles_before_name(&self, i: usize, hi: usize) -> Option<Np> {
        // (after a possessive pronoun too: "her friend and colleague Ann
        // Moss", one person close to someone; not after an article, "the
        // president and first lady Michelle Obama" being two)
        let start = if self.personal_possessive(i) {
            i + 1
        } else {
            i
        };
        // (past the role's own modifiers: "Former prosecutor and …",
        // "Republican strategist and …")
        let mut k = start;
        while k < start + 2
            && self.is_word_at(k)
            && (self.is(k, AFFILIATION)
                || FORMER.iter().any(|f| f.eq_ignore_ascii_case(self.word(k))))
        {
            k += 1;
        }
        if k + 2 >= hi
            || !self.is_word_at(k)
            || self.class(k) & (TITLE | SPEAKER) == 0
            || self.is(k, DETERMINER)
            || self.word(k + 1) != "and"
            || self.is(k + 2, DETERMINER)
        {
            return None;
        }
        // (one role: a plural is people of their own, "Lawyers and
        // activist Ann Lee")
        let w = self.word(k);
        if (w.ends_with('s') && !w.ends_with("ss")) || w == "police" {
            return None;
        }
        let np = self.simple_phrase(k + 2, hi)?;
        let named_with_role = np.kind == MentionKind::Person
            && np.name.is_some_and(|(first, _)| first > np.first)
            && np.role.is_some();
        named_with_role.then_some(Np { first: i, ..np })
    }

    /// An inverted speaker after its verb, with the name that a
    /// description is given in apposition ("said a spokesman, Ann Lee.",
    /// "said the company's chief executive, John J. Ferriola, who …"): the
    /// phrase over both, named, as before the verb ("The spokesman, Ann
    /// Lee, said"), keeping the description's role. The name must close
    /// at punctuation, so that a phrase going on ("said the mayor, Ann
    /// Lee's deputy") or a list ("said a spokesman, Ann Lee and Bo Chen")
    /// stays the description alone.
    pub(crate) fn speaker_after_verb(&self, i: usize, hi: usize) -> Option<Np> {
        let Some(np) = self.phrase_starting_at(i, hi) else {
            return self.described_name(i, hi, true);
        };
        let np = self.labelled_pair_after(np, hi);
        Some(self.named_in_apposition(np, hi).unwrap_or(np))
    }

    /// "said tennis great Jane Doe", "said longtime Hill staffer Ann Lee":
    /// after a verb of saying, a few words the lexicon does not know
    /// before a person's name that closes the clause (`closing`; or
    /// opening the sentence as its subject: "Pop star Kylie Dawson has
    /// …"), a description in the place of a title. The words are the
    /// role.
    pub(crate) fn described_name(&self, i: usize, hi: usize, closing: bool) -> Option<Np> {
        (i + 1..hi.min(i + 1 + DESCRIBED_NAME)).find_map(|k| {
            let before_ok = (i..k).all(|j| {
                self.is_word_at(j)
                    && !self.is(j, STOP | DETERMINER | ARTICLE | POSSESSIVE)
                    && !crate::attribute::frame::is_time_word(self.word(j))
                    && !DAYS.contains(&self.word(j))
                    // (nor the manner of saying: "said tearfully Ann Lee")
                    && !self.word(j).ends_with("ly")
            }) && !self.is_cap(k - 1)
                // (before a subject's name, no word that may be its
                // predecessor's verb: "Ryan endorsed Trump", "Washington
                // put Puerto Rico")
                && (closing
                    || (i + 1..k).all(|j| {
                        let w = self.word(j);
                        !self.is_cap(j)
                            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                            && !looks_finite(w)
                            && !w.ends_with("ing")
                            && !SAME_PAST.contains(&w)
                    }));
            if !before_ok || !self.is_cap(k) {
                return None;
            }
            let name = self.phrase_starting_at(k, hi)?;
            let closes = !closing
                || name.last + 1 >= hi
                || matches!(
                    self.toks[name.last + 1].kind,
                    Kind::Punct(',' | '.' | ';' | '!' | '?')
                );
            (name.kind == MentionKind::Person && name.name.is_some() && !name.coordinated && closes)
                .then(|| Np {
                    first: i,
                    role: Some((i, k - 1)),
                    ..name
                })
        })
    }

    /// The description `np` with the name in apposition after it, as
    /// [`Reader::speaker_after_verb`] reads it; `None` where no such name
    /// follows.
    pub(crate) fn named_in_apposition(&self, np: Np, hi: usize) -> Option<Np> {
        let comma = np.last + 1;
        if np.kind != MentionKind::Description
            || (np.coordinated && !self.roles_of_one(&np))
            || comma + 1 >= hi
            || !self.toks[comma].is_punct(',')
        {
            return None;
        }
        let name = self.phrase_starting_at(comma + 1, hi).filter(|name| {
            name.kind == MentionKind::Person
                && name.name.is_some()
                && !name.coordinated
                && !self.state_of_place(&np, name)
                // ("said the senator, Texas Republican": a description)
                && !self.is(name.last, AFFILIATION)
                && (name.last + 1 >= hi
                    || matches!(
                        self.toks[name.last + 1].kind,
                        Kind::Punct(',' | '.' | ';' | ':' | '!' | '?' | '(')
                    ))
        });
        name.map(|name| Np {
            first: np.first,
            role: name.role.or(np.role),
            ..name
        })
    }

    /// Whether the coordinated description `np` gives two roles of one
    /// person after a possessive pronoun: "her friend and colleague",
    /// "his wife and campaign manager" (a role in the singular after
    /// "and", with no determiner of its own).
    fn roles_of_one(&self, np: &Np) -> bool {
        let Some(and) = (np.first + 1..np.last).find(|&k| self.word(k) == "and") else {
            return false;
        };
        let w = self.word(np.last);
        self.personal_possessive(np.first)
            && !self.is(and + 1, DETERMINER)
            && self.class(np.last) & (TITLE | SPEAKER) != 0
            && (!w.ends_with('s') || w.ends_with("ss"))
            && (and + 1..=np.last).all(|k| self.is_word_at(k) && !self.is_cap(k))
    }

    /// Whether token `i` is a possessive pronoun of persons ("his", "her",
    /// "their"), before which roles may be one person's ("her friend and
    /// colleague").
    fn personal_possessive(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            "his" | "her" | "their" | "His" | "Her" | "Their"
        )
    }

    /// Whether `name`, one word after the comma closing `np`, is the state
    /// or country of the place `np` ends with ("a farmer in Ames, Iowa",
    /// "a woman in Worcester, Massachusetts"), not a name in apposition.
    pub(crate) fn state_of_place(&self, np: &Np, name: &Np) -> bool {
        name.first == name.last
            && self.is_cap(np.last)
            && (np.first..np.last)
                .any(|i| matches!(self.word(i), "in" | "from" | "near" | "outside"))
    }

    /// A phrase without complement or conjunct.
    pub(crate) fn simple_phrase(&self, i: usize, hi: usize) -> Option<Np> {
        self.simple(i, hi, false)
    }

    /// A phrase without complement or conjunct, where a role noun without
    /// a determiner counts ("general secretary of the union").
    pub(crate) fn bare_role_phrase(&self, i: usize, hi: usize) -> Option<Np> {
        self.simple(i, hi, true)
    }

    /// A phrase without complement or conjunct; with `bare_roles`, a role
    /// noun without a determiner counts ("… and U.S. senator").
    fn simple(&self, i: usize, hi: usize, bare_roles: bool) -> Option<Np> {
        // (the same question, asked before in this paragraph, has the
        // same answer: the phrase depends on the tokens alone)
        self.memo
            .phrase(i, hi, bare_roles, || self.read_simple(i, hi, bare_roles))
    }

    /// [`Reader::simple`], read anew.
    fn read_simple(&self, i: usize, hi: usize, bare_roles: bool) -> Option<Np> {
        if i + 1 < hi && self.toks[i].quote().is_some() && self.title_modifier(i) {
            return self.titled(i, hi, bare_roles);
        }
        if i >= hi || !self.is_word_at(i) {
            return None;
        }
        // "her campaign", "their lawyers": a possessive before a noun
        // opens a description; "told her", "asked her what" end at it
        let possessive = self.is(i, POSSESSIVE)
            && self.noun_follows(i + 1, hi)
            && !self.is(i + 1, DETERMINER)
            && !self.is_cap(i + 1);
        if self.is(i, PRONOUN) && !possessive {
            return Some(Np::pronoun(i));
        }
        if let Some(np) = self.quantity(i, hi) {
            return Some(np);
        }
        // "those surveyed", "those polled": the people a participle picks
        if self.word(i).eq_ignore_ascii_case("those")
            && i + 1 < hi
            && self.is_word_at(i + 1)
            && !self.is_cap(i + 1)
            && self.word(i + 1).ends_with("ed")
        {
            return Some(Np::description(i, i + 1));
        }
        let quantifier = !self.toks[i].cap || i + 1 >= hi || !self.is_cap(i + 1);
        // ("Some state officials": a word of affiliation that is also a
        // verb modifies the speaker noun after it)
        let modifier = i + 2 < hi
            && self.is_word_at(i + 1)
            && self.is(i + 1, AFFILIATION | ORG)
            && self.descriptor(i + 2);
        // ("one venture capitalist": a word that is also a verb before a
        // speaker noun modifies it)
        let compound = i + 2 < hi
            && self.is_word_at(i + 1)
            && !self.is_cap(i + 1)
            && self.is(i + 1, VERB)
            && !self.is(i + 1, STOP & !VERB)
            && self.descriptor(i + 2);
        // ("two other directors": "other" and a noun go on the phrase)
        let other = (self.is(i, DETERMINER) || self.is_number(i)) && self.other_noun(i + 1, hi);
        if quantifier && self.is_quantifier(i) {
            if let Some(np) = self.all_count(i, hi) {
                return Some(np);
            }
            if !self.noun_follows(i + 1, hi) && !other && !modifier && !compound {
                // "one said", "others say"
                return Some(Np::description(i, i));
            }
        }
        // "Q. Your opponent says …": an interview's question label opening
        // the paragraph is no initial of a name
        let label = i == 0 && matches!(self.word(i), "Q." | "Q:") && self.is_cap(i + 1);
        if label
            || self.is_cap(i)
                && self.is(i, NON_NAME)
                && !self.is(i, TITLE | DETERMINER)
                && self.is_cap(i + 1)
        {
            // "However Lavrov", and "Will Doyle" read as "Doyle"
            return self.simple(i + 1, hi, bare_roles);
        }
        // "this source", "these officials", "That letter": a
        // demonstrative before a speaker noun or document ("that" in
        // lower case is left out: it opens clauses)
        let demonstrative = self.is(i, DEMONSTRATIVE)
            && (self.descriptor(i + 1) || self.is(i + 1, DOCUMENT))
            && self.word(i) != "that";
        // ("Most economists": the quantifier opens the phrase, as "many"
        // does; it is no determiner elsewhere, "the most striking")
        let most = self.word(i).eq_ignore_ascii_case("most") && self.noun_follows(i + 1, hi);
        let det = self.is(i, DETERMINER) || self.is_number(i) || demonstrative || most;
        let mut start = if det { i + 1 } else { i };
        // "the other man", "his other son": "other" after a determiner
        // belongs to the phrase; "the other" alone names one of two ("one
        // said …, the other said")
        if det && start < hi && self.word(start) == "other" {
            if self.other_noun(start, hi) {
                start += 1;
            } else if self.word(i).eq_ignore_ascii_case("the") {
                // (it names a thing as often: "The other was ensuring …")
                let mut np = Np::description(i, start);
                np.generic = true;
                return Some(np);
            }
        }
        if det && start < hi && NUMBER_WORDS.contains(&self.word(start)) {
            // "the two other men": "other" goes on the phrase
            if self.other_noun(start + 1, hi) {
                start += 1;
            }
            // "the two men"; "the two" alone names them too
            if !self.noun_follows(start + 1, hi) {
                return Some(Np::description(i, start));
            }
            start += 1;
        }
        // "the "Avatar" star", "the "Medicare for all" document": a
        // quoted title after the determiner modifies the noun after it
        if det && start + 1 < hi && self.title_modifier(start) {
            start += 1;
        }
        let (run, end) = self.run(start, hi, det);
        let head = self.head(&run, end, hi, det)?;
        if !det
            && self.is_cap(head)
            && !self.word(head).ends_with('s')
            && (start..=head).all(|k| self.is(k, AFFILIATION))
            && !(start == head && self.lone_name(head))
        {
            // "Republican claims": an adjective, not a speaker ("a
            // Republican", "Democrats" are)
            return None;
        }
        if !det && run.possessed.is_none() && !self.bare_phrase(start, head, bare_roles) {
            return None;
        }
        Some(self.classify_phrase(i, start, head, &run, det))
    }

    /// Whether "other" stands at `k` before a word of a noun phrase: "the
    /// other man", "two other directors".
    fn other_noun(&self, k: usize, hi: usize) -> bool {
        self.word(k) == "other" && self.noun_follows(k + 1, hi)
    }

    /// Whether the lone affiliation word at `i` is a name, as no adjective
    /// ends a phrase: before punctuation or the end ("said Cuban.") or a
    /// reporting verb in the past ("Cuban said"; not "Republican claims").
    fn lone_name(&self, i: usize) -> bool {
        // the token after, wherever the phrase was bounded
        let k = i + 1;
        if !self.is_word_at(k) {
            return self.toks.get(k).is_none_or(|t| t.quote().is_none());
        }
        let w = self.word(k);
        self.is(k, VERB) && !self.is_cap(k) && is_past_form(w)
    }

    /// Whether `start..=head`, with no determiner or possessor, is a
    /// phrase: a name, or a role and a name, after any modifiers only when
    /// a descriptor stands before the name ("talk radio host Rush
    /// Limbaugh", not "met Wang"); a role noun alone only in the plural
    /// ("officials", not "spokesman").
    fn bare_phrase(&self, start: usize, head: usize, bare_roles: bool) -> bool {
        if !self.is_cap(head) {
            // "officials", "Sanders campaign manager", "White House
            // officials"; not "spokesman" alone. A plural without an -s
            // is one before a relative clause ("people who know him";
            // not "helped people understand")
            let named_modifier = (start..head).any(|k| self.is_cap(k));
            // (or before the complement of a source, "people familiar
            // with the matter")
            // (or before a verb of saying or belief, which a plural
            // takes: "who police say robbed", "what people believe")
            let unmarked_plural = matches!(self.word(head), "people" | "police")
                && self.is_word_at(head + 1)
                && (self.word(head + 1) == "who"
                    || self.starts_complement(head + 1)
                    || self.knowledge_of(head + 1).is_some()
                    || matches!(
                        self.word(head + 1),
                        "say" | "said" | "believe" | "believed" | "allege" | "alleged"
                    ));
            // (things written on speak with a determiner only: "a sign
            // read", "the banners said"; "carrying signs reading …" names
            // no speaker)
            let inscription = INSCRIPTIONS.contains(&self.word(head));
            // (an irregular past is the verb before the phrase, never its
            // modifier: "met voters", "saw protesters")
            if (start..head).any(|k| IRREGULAR_PAST.contains(&self.word(k))) {
                return false;
            }
            // (a plural in "-men" of a speaker noun: "newsmen",
            // "businessmen", "women")
            // (after no participle: "depicting women")
            let men = self.word(head).ends_with("men")
                && self.is(head, SPEAKER)
                && (start..head).all(|k| !self.word(k).ends_with("ing"));
            return bare_roles
                || named_modifier
                || (self.word(head).ends_with('s') && !inscription)
                || unmarked_plural
                || men;
        }
        let m = (start..=head)
            .find(|&k| self.is_cap(k) || self.descriptor(k) || self.is(k, TITLE))
            .unwrap_or(head);
        // "panel Chairman Rep. Jason Chaffetz": a title in the name run
        // shows the words before it describe a person; so does a
        // descriptor after a capital ("undecided Republican voter Stephanie
        // Hooton")
        let titled = (m..=head).any(|k| self.is(k, TITLE) || (k > m && self.descriptor(k)));
        !self.is_cap(m)
            || titled
            || (start..m)
                .all(|k| self.is(k, AFFILIATION | PORTFOLIO | PARTICLE) || self.is_number_like(k))
    }

    /// Whether token `i` is a word that can stand for a speaker alone.
    pub(super) fn is_quantifier(&self, i: usize) -> bool {
        let w = self.word(i);
        if FLOATING.iter().any(|q| q.eq_ignore_ascii_case(w)) {
            // (after the subject, or a comma after it, it floats, and
            // the subject speaks: "Lee, Park and Kim (D) all said", "They
            // each said", "Lee and Kim met, each touting …"; it heads
            // a phrase before "of", "Each of the candidates", or opening
            // a sentence or a clause, "All said", "…, and each said")
            let opens = i == 0
                || matches!(
                    self.toks[i - 1].kind,
                    Kind::Punct('.' | '!' | '?' | ':' | ';')
                )
                || self.toks[i - 1].quote().is_some()
                || self.is(i - 1, SUBORDINATOR)
                || matches!(self.word(i - 1), "and" | "but" | "or" | "yet");
            return opens || self.word(i + 1) == "of";
        }
        QUANTIFIERS.iter().any(|q| q.eq_ignore_ascii_case(w))
    }

    /// Whether the possessive `'s` at `j` follows a capitalised plural of
    /// persons ("People", "Children", "Women", "Men") with a capitalised
    /// word after it: one institution's name ("the People's Daily",
    /// "Boston Children's Hospital", "the Women's Health Initiative"),
    /// not a possessor and what it has.
    fn plural_in_name(&self, j: usize, limit: usize) -> bool {
        j >= 1
            && j + 1 < limit
            && self.is_cap(j - 1)
            && self.is_word_at(j + 1)
            && self.is_cap(j + 1)
            && matches!(self.word(j - 1), "People" | "Children" | "Women" | "Men")
    }

    /// Whether a word that can belong to a noun phrase stands at `i`.
    /// (A speaker noun that opens headlines too counts: "one sign", "one
    /// caption".)
    fn noun_follows(&self, i: usize, hi: usize) -> bool {
        i < hi
            && self.is_word_at(i)
            && (!self.is(i, STOP)
                || (self.is(i, SPEAKER) && !self.is(i, STOP & !NON_NAME))
                // ("Many reports", "some statements": a document's
                // plural, though a verb's form too)
                || (self.is(i, DOCUMENT) && self.word(i).ends_with('s')))
            && self.word(i) != "of"
    }

    /// Reads the words of a run from `start`; returns what they showed and
    /// the first token after them.
    fn run(&self, start: usize, hi: usize, det: bool) -> (Run, usize) {
        let limit = hi.min(start + MAX_RUN);
        let mut run = Run::default();
        let mut j = start;
        while j < limit {
            let t = self.toks[j];
            if t.kind == Kind::Clitic {
                // a possessor ends here: "Clinton's", "the ad's"
                if run.last.is_none() {
                    break;
                }
                // ("the People's Bank of China", "Boston Children's
                // Hospital": a plural of persons in capitals before a
                // capitalised word is part of an institution's name, not
                // its possessor)
                if self.plural_in_name(j, limit) {
                    j += 1;
                    continue;
                }
                run = Run {
                    possessed: Some(j + 1),
                    ..Run::default()
                };
                j += 1;
                continue;
            }
            // "Marcia "Cia" Price", "Juan "Chico" Manriquez": a nickname
            // in quotation marks between the words of a name
            if j > start && self.is_cap(j - 1) && j + 1 < limit && self.nickname(j) {
                j += 1;
                continue;
            }
            if !t.is_word() {
                // "A Sept. 12 memo": a month's abbreviation keeps its
                // period as a token of its own, inside the phrase before
                // the day and the noun it dates
                if j > start && self.month_period(j) {
                    j += 1;
                    continue;
                }
                // "Environmental Protection Agency (EPA) Administrator
                // Lisa Jackson": a body's initials in parentheses before a
                // role of it
                if j > start
                    && t.is_punct('(')
                    && self.is_cap(j - 1)
                    && self.initials_before_role(j, limit)
                {
                    j += 3;
                    continue;
                }
                // "the Austin, Texas, company", "the Bentonville,
                // Ark.-based retailer": a city's state between commas, in
                // a phrase after an article
                if det && j > start && t.is_punct(',') && self.is_cap(j - 1) {
                    if let Some(next) = self.city_state(j, limit) {
                        j = next;
                        continue;
                    }
                }
                break;
            }
            // (a negated auxiliary is no part of a phrase, in capitals too:
            // "Didn't you say …?")
            if super::contracted_negation(self.word(j)) {
                break;
            }
            // a subject pronoun after a capital or an article opens a
            // clause of its own: "A. He said …", an answer's label in a
            // transcript
            if t.cap
                && (run.first_cap.is_some() || det)
                && matches!(self.word(j), "He" | "She" | "They" | "We" | "It")
            {
                break;
            }
            // a headline's adverb of time before its verb ends the name:
            // "Trump Just Announced …", "Lee Finally Says …"
            if t.cap && self.headline_aside(j) {
                break;
            }
            // ("Worried residents said": an adjective opening the run, or
            // after a count, "Some 20 pledged delegates said"; the cheap
            // test of the ending first, as this runs for every word of
            // every run)
            let after_count = || j > start && self.word(j).ends_with("ed") && self.is_number(j - 1);
            // (after a count, any form in -ed: "the 20 elected officials")
            let adjective = ((run.last.is_none() && self.is(j, VERB)) || after_count())
                && (self.participle_before_plural(j) || self.participle_after_article(j, hi));
            let next = if adjective {
                Some(j + 1)
            } else {
                self.run_word(j, hi, &run, det || run.possessed.is_some())
            };
            match next {
                Some(next) => j = next,
                None => break,
            }
            if self.is_cap(j - 1) {
                run.first_cap.get_or_insert(j - 1);
            }
            self.note_head(&mut run, j - 1);
        }
        (run, j)
    }

    /// Where the phrase goes on after the comma at `j` that follows a
    /// city's name, when a U.S. state follows it ([`crate::lexicon::US_STATES`])
    /// with a comma or "-based" after it, and then a word in lower case
    /// that may continue the phrase: "the Cupertino, Calif., company",
    /// "the Austin, Texas-based firm"; not a list, "the Austin, Texas, and
    /// Ohio offices".
    fn city_state(&self, j: usize, limit: usize) -> Option<usize> {
        let k = j + 1;
        if k >= limit || !self.is_cap(k) || !self.is_word_at(k) {
            return None;
        }
        let state = |w: &str| crate::lexicon::US_STATES.contains(&w.trim_end_matches('.'));
        let w = self.word(k);
        let after = if w.strip_suffix("-based").is_some_and(state) {
            k + 1
        } else {
            // (two words: "New York", "North Carolina", one space apart)
            let two = k + 1 < limit
                && self.is_word_at(k + 1)
                && state(&self.text[self.toks[k].span.start..self.toks[k + 1].span.end]);
            let mut m = if two {
                k + 2
            } else if state(w) {
                k + 1
            } else {
                return None;
            };
            // (an abbreviation's period: "Calif.,", "Ark.-based")
            if m < limit && self.toks[m].is_punct('.') {
                m += 1;
            }
            if m < limit && self.toks[m].is_punct(',') {
                m + 1
            } else if m + 1 < limit && self.toks[m].is_punct('-') && self.word(m + 1) == "based" {
                m + 2
            } else {
                return None;
            }
        };
        (after < limit
            && self.is_word_at(after)
            && !self.is_cap(after)
            && !matches!(self.word(after), "and" | "or" | "but" | "nor"))
        .then_some(after)
    }

    /// Whether the punctuation at `k` belongs to a city's state that a
    /// phrase reads over ([`Reader::city_state`]), before `hi`: the
    /// commas of "the Austin, Texas, company", the period and hyphen of
    /// "the Bentonville, Ark.-based retailer".
    pub(crate) fn in_city_state(&self, k: usize, hi: usize) -> bool {
        // (the cheap test first: asked of the last punctuation before
        // every phrase read backwards)
        matches!(self.toks[k].kind, Kind::Punct(',' | '.' | '-'))
            && (k.saturating_sub(CITY_STATE_TOKENS)..=k).any(|c| {
                c > 0
                    && self.toks[c].is_punct(',')
                    && self.is_cap(c - 1)
                    && self.city_state(c, hi).is_some_and(|after| after > k)
            })
    }

    /// Whether the token at `j` is the period of a month's abbreviation
    /// before a day's number and a word in lower case ("Sept. 12 memo"),
    /// which a phrase reads over; not before a name ("On Feb. 28 Trump").
    pub(super) fn month_period(&self, j: usize) -> bool {
        j > 0
            && self.toks[j].is_punct('.')
            && self.is_number(j + 1)
            && self.is_word_at(j + 2)
            && !self.is_cap(j + 2)
            && self.month_before(j + 1) == Some(j - 1)
    }

    /// Whether "(" at `j` opens a body's initials, closed before a role:
    /// "(EPA) Administrator", "(RBI) Governor", "(FBI) director".
    fn initials_before_role(&self, j: usize, limit: usize) -> bool {
        j + 3 < limit
            && self.toks[j + 2].is_punct(')')
            && self.is_word_at(j + 3)
            && self.is(j + 3, TITLE)
            && super::names::is_acronym(self.word(j + 1))
    }

    /// Whether the parenthesis at `k` opens or closes a body's initials
    /// before a role of it ([`Reader::initials_before_role`]), before
    /// `limit`.
    pub(super) fn in_initials(&self, k: usize, limit: usize) -> bool {
        let open = if self.toks[k].is_punct(')') {
            k.checked_sub(2)
        } else {
            Some(k)
        };
        open.is_some_and(|o| {
            self.toks[o].is_punct('(')
                && o > 0
                && self.is_cap(o - 1)
                && self.initials_before_role(o, limit)
        })
    }

    /// Whether the capitalised word at `j` is an adverb of time or an
    /// auxiliary that a headline in title case puts between its subject
    /// and a verb in capitals ("Trump Just Announced", "Lee Finally Says",
    /// "Trump Is Now Calling", "Lee Has Called"): no part of the name
    /// before it.
    pub(crate) fn headline_aside(&self, j: usize) -> bool {
        const ADVERBS: &[&str] = &[
            "just", "finally", "now", "still", "again", "already", "also",
        ];
        const AUXILIARIES: &[&str] = &["is", "was", "are", "were", "has", "have", "had"];
        let w = self.word(j);
        // (the cheap tests first: this runs for capitalised words in runs)
        if !(2..=7).contains(&w.len())
            || !matches!(
                w.as_bytes()[0] | 0x20,
                b'j' | b'f' | b'n' | b's' | b'a' | b'i' | b'w' | b'h'
            )
        {
            return false;
        }
        let adverb = ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(w));
        if !adverb && !AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(w)) {
            return false;
        }
        if !self.is_cap(j + 1) {
            return false;
        }
        let mut buf = [0u8; crate::lexicon::MAX_WORD];
        let next = crate::lexicon::folded(self.word(j + 1), &mut buf);
        if adverb {
            return self.is(j + 1, VERB) || looks_finite(&next);
        }
        // (an auxiliary before a participle or such an adverb: not "Will
        // Smith", "Has Been")
        next.ends_with("ing")
            || (next.ends_with("ed") && next.len() > 4)
            || self.headline_aside(j + 1)
    }

    /// ""Meet the Press" host Chuck Todd": the phrase a quoted title at `i`
    /// opens, before a role and a name.
    fn titled(&self, i: usize, hi: usize, bare_roles: bool) -> Option<Np> {
        self.simple(i + 1, hi, bare_roles)
            .filter(|np| np.name.is_some())
            .map(|np| Np { first: i, ..np })
    }

    /// "all three said": "all" at `i` and a count of people alone.
    fn all_count(&self, i: usize, hi: usize) -> Option<Np> {
        (self.word(i).eq_ignore_ascii_case("all")
            && i + 1 < hi
            && self.is_word_at(i + 1)
            && (self.is_number(i + 1) || super::quantity::is_count(self.word(i + 1)))
            && !self.noun_follows(i + 2, hi))
        .then(|| Np::description(i, i + 1))
    }

    /// Whether token `k` is a quoted title that modifies the noun after it
    /// ("the "Avatar" star", "her "clawback" plan"): a short quotation
    /// (six words at most, and no punctuation inside its marks) right
    /// after a determiner or possessive, or opening a phrase before a role
    /// and a name, and right before a word in lower case.
    pub(crate) fn title_modifier(&self, k: usize) -> bool {
        const MAX_TITLE_WORDS: usize = 6;
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if t.quote().is_none() || !self.is_word_at(k + 1) || self.is_cap(k + 1) {
            return false;
        }
        let before = k.checked_sub(1).map(|b| &self.toks[b]);
        let owner = before.is_some_and(|b| {
            b.kind == Kind::Clitic || (b.is_word() && self.is(k - 1, DETERMINER | POSSESSIVE))
        });
        // (or opening the phrase, after punctuation or a verb, before a
        // role and a capitalised name: "said "Fox News Sunday" host Chris
        // Wallace")
        let lead = || {
            before.is_none_or(|b| !b.is_word() || self.is(k - 1, VERB))
                && self.is(k + 1, SPEAKER | TITLE)
                && self.is_cap(k + 2)
        };
        if !(owner || lead()) {
            return false;
        }
        // (the words inside the marks, and no punctuation even before the
        // closing mark: "“It's unanimous,” Levine said" quotes words)
        let quoted = t.text(self.text);
        !quoted.contains(['.', ',', '!', '?', ';', ':'])
            && quoted.split_whitespace().count() <= MAX_TITLE_WORDS
            && quoted.chars().any(char::is_alphanumeric)
    }

    /// Whether token `j` is a quotation of a nickname between a given name
    /// and a surname: one or two capitalised words in the marks, right
    /// after a capitalised word that is a given name or follows a title,
    /// and right before a capitalised word.
    pub(crate) fn nickname(&self, j: usize) -> bool {
        // (not before a day: "told Ann "Yes" Monday")
        if self.toks[j].quote().is_none()
            || j == 0
            || !self.is_cap(j + 1)
            || DAYS.contains(&self.word(j + 1))
        {
            return false;
        }
        // (a capital after a title need not be a known given name, but is
        // no verb: "Retired General Reveals ‘Demoralizing’ Experience")
        // (nor need one right after a reporting verb in lower case, whose
        // speaker the name is: "said Chiara "Kiki" Benedetti"; a name, a
        // capitalised word: not a colon, `said: "Never." Jim left.`)
        let given = self.is(j - 1, MALE | FEMALE)
            || (j > 1
                && (self.is(j - 2, TITLE) || (self.is(j - 2, VERB) && !self.is_cap(j - 2)))
                && self.is_word_at(j - 1)
                && self.is_cap(j - 1)
                && !self.is(j - 1, VERB | STOP | TITLE));
        // (the length first: a quotation may be long, and this is asked
        // of every one near a verb)
        let quoted = self.word(j);
        if !given || quoted.len() > NICKNAME_BYTES {
            return false;
        }
        let inner = quoted.trim_matches(|c: char| crate::chars::is_quote_mark(c));
        (1..=2).contains(&inner.split(' ').count())
            && inner.split(' ').all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\''))
            })
    }

    /// [`Reader::run_word`] for a capitalised word at `j` (of `class`).
    fn cap_run_word(&self, j: usize, hi: usize, run: &Run, det: bool, class: u32) -> Option<usize> {
        if self.cap_verb(j, run, det, class) {
            return None;
        }
        // sentence openers are no names ("However Lavrov"), but an
        // organisation's word after a capital is ("Judicial Watch")
        let org = class & ORG != 0 && run.first_cap.is_some();
        // "Mary A. Martin", "Jill I. Park": a middle initial with its
        // period, though "A" and "I" are function words alone
        let initial = run.first_cap.is_some()
            && self.word(j).ends_with('.')
            && super::names::is_initial(self.word(j));
        if initial {
            return Some(j + 1);
        }
        // "a Monday statement", "a Wednesday editorial": a day naming
        // the document or speaker after it
        if det
            && DAYS.contains(&self.word(j))
            && self.is_word_at(j + 1)
            && !self.is_cap(j + 1)
            && self.is(j + 1, DOCUMENT | SPEAKER)
        {
            return Some(j + 1);
        }
        // ("Doctors Without Borders": a connector in capitals inside
        // a name in title case)
        if run.first_cap.is_some()
            && class & PREPOSITION != 0
            && matches!(self.word(j), "Without" | "Against" | "For")
        {
            return self.organisation_connector(j, hi, run);
        }
        let surname =
            class & NON_NAME != 0 && (self.surname_after_given(j) || self.numbered_name(j));
        (class & NON_NAME == 0 || class & TITLE != 0 || org || surname).then_some(j + 1)
    }

    /// Whether the word at `j` continues the run; returns the token after
    /// what it took (a connector takes the name after it too).
    fn run_word(&self, j: usize, hi: usize, run: &Run, det: bool) -> Option<usize> {
        let t = self.toks[j];
        let class = self.class(j);
        if let Some(next) = self.dating_pair(j, hi) {
            return Some(next);
        }
        if t.cap {
            return self.cap_run_word(j, hi, run, det, class);
        }
        // ("CBS News reports that …": a verb before its "that", right
        // after a word of the run, though "reports" names documents too)
        let verb =
            class & VERB != 0 && run.last.is_some_and(|l| l + 1 == j) && self.word(j + 1) == "that";
        if class & (TITLE | SPEAKER | ORG | AFFILIATION | PORTFOLIO | PARTICLE) != 0 && !verb {
            return Some(j + 1);
        }
        let w = self.word(j);
        if run.first_cap.is_some() {
            // "Secretary of State John Kerry", "Leader of the Opposition
            // R. Subramanian"
            if let Some(next) = self.title_object(j, hi) {
                return Some(next);
            }
            if let Some(end) = self.organisation_connector(j, hi, run) {
                return Some(end);
            }
        }
        // "secretary of state Hillary Clinton", "director of
        // communications Jen Psaki": a lower-case title's object, with the
        // name after it
        if w == "of" && j > 0 && self.is(j - 1, TITLE) && self.object_before_name(j + 1, hi) {
            return Some(j + 1);
        }
        // a reporting verb's plain form after a determiner or adjective is
        // a noun: "the note", "a joint statement", "his report"; not a
        // past form after a name ("The novelist Alma Reyes spoke")
        let noun = class & STOP == VERB
            && det
            && !self.is_cap(j)
            && !(w.ends_with("ed")
                || (w.ends_with("ing") && !self.proverb_noun(j))
                || matches!(w, "said" | "told" | "wrote")
                || (self.is_cap(j - 1) && IRREGULAR_PAST.contains(&w)))
            && (self.is(j - 1, DETERMINER)
                || self.toks[j - 1].kind == Kind::Clitic
                || run.last == Some(j - 1));
        if noun {
            return Some(j + 1);
        }
        // a modifier after a determiner or title is an adjective there
        // ("the first lady", "former first lady")
        let adjective = class & STOP == MODIFIER
            && j > 0
            && (self.is(j - 1, DETERMINER | TITLE) || self.toks[j - 1].kind == Kind::Clitic);
        if (class & (STOP | DETERMINER) != 0 && !adjective)
            || self.relative(j)
            || OBJECT_PRONOUNS.contains(&w)
            || self.starts_complement(j)
        {
            return None;
        }
        if self.is_number_like(j) {
            return Some(j + 1);
        }
        // "a woman backing Mr. Cruz", "one pastor supporting Ted Cruz": a
        // participle after a person's noun, before a name, heads a clause
        // on that person, not the name's role ("a smiling Merkel" has its
        // participle before the noun)
        if w.ends_with("ing")
            && run.last.is_some_and(|l| l + 1 == j)
            && self.is(j - 1, SPEAKER)
            && !self.is_cap(j - 1)
            && self.is_cap(j + 1)
        {
            return None;
        }
        // an adjective or noun: before the name, or after a capital only
        // when a descriptor follows ("GOP data expert"), and never a
        // finite verb after the head ("the group seeks")
        // before a name, after a determiner, only an adjective: "a smiling
        // Merkel", not "an issue Democrats (have struggled with)"
        if det
            && run.first_cap.is_none()
            && self.is_cap(j + 1)
            && !(looks_adjective(w) || participle_in_en(w))
            && !self.deceased(j)
            && !self.descriptor_after_names(j, hi)
            && !self.possessed_before_full_name(j, hi)
        {
            return None;
        }
        let after_cap = run.first_cap.is_some();
        // "According to F.A.A. records, …": a document of a named body,
        // where the phrase ends
        if after_cap && self.is(j, DOCUMENT) && self.is_cap(j - 1) && !self.is_word_at(j + 1) {
            return Some(j + 1);
        }
        if after_cap && !self.descriptor_ahead(j, hi) && !(det && self.closes_phrase(j + 1, hi)) {
            return None;
        }
        if run.last.is_some() && self.verb_after_head(j) && !self.plural_after_adjective(j, run) {
            return None;
        }

        Some(j + 1)
    }

    /// "current and former officials", "Past or present staff": two words
    /// dating the role joined by "and" or "or" at `j`, before a word of
    /// the run; the token after the second.
    fn dating_pair(&self, j: usize, hi: usize) -> Option<usize> {
        let dating = |k: usize| {
            TENSES_OF_ROLE
                .iter()
                .any(|d| d.eq_ignore_ascii_case(self.word(k)))
        };
        // (the conjunction first: this runs for every word of every run)
        (matches!(self.word(j + 1), "and" | "or")
            && dating(j)
            && j + 3 < hi
            && dating(j + 2)
            && self.is_word_at(j + 3)
            && !self.is(j + 3, STOP))
        .then_some(j + 3)
    }

    /// The token after "of" at `j` (or after "of the") when it joins a
    /// title to its capitalised object inside a name run: "Secretary of
    /// State John Kerry", and "Leader of the Opposition R. Subramanian"
    /// where a person's given name or initial follows the object a few
    /// words on ("The Chief of the Defence Staff" alone names no one).
    fn title_object(&self, j: usize, hi: usize) -> Option<usize> {
        if self.word(j) != "of" || !self.is(j - 1, TITLE) {
            return None;
        }
        // (a given name or an initial a few capitalised words on)
        let named_from = |from: usize| {
            (from..hi.min(from + TITLE_OBJECT))
                .take_while(|&i| self.is_word_at(i) && self.is_cap(i))
                .any(|i| self.is(i, MALE | FEMALE) || super::names::is_initial(self.word(i)))
        };
        if self.is_cap(j + 1) {
            // "Secretary of State John Kerry", "Secretary of State Kerry":
            // a portfolio, or a place before a name; not a place alone,
            // "the Mayor of London said", whose name is no one's
            let caps = (j + 1..hi.min(j + 2 + TITLE_OBJECT))
                .take_while(|&i| self.is_word_at(i) && self.is_cap(i))
                .count();
            let portfolio =
                self.is(j + 1, PORTFOLIO) || self.word(j + 1).eq_ignore_ascii_case("state");
            let named = portfolio || named_from(j + 2) || caps >= TITLE_OBJECT;
            return named.then_some(j + 1);
        }
        let named = || named_from(j + 3);
        (self.word(j + 1) == "the" && j + 2 < hi && self.is_cap(j + 2) && named()).then_some(j + 2)
    }

    /// Whether the word at `j`, after a word of the run, is a finite verb
    /// that ends the phrase: "the group seeks", "the mayor met"; but
    /// "human resources executive" (a plural noun before a descriptor),
    /// "secretary of state" (a title's object) and "a visibly tired Lee",
    /// "the deeply divided board" (a participle after an adverb right
    /// after the determiner, an adjective there).
    fn verb_after_head(&self, j: usize) -> bool {
        let w = self.word(j);
        let title_object = j >= 2 && self.word(j - 1) == "of" && self.is(j - 2, TITLE);
        let graded = j >= 2
            && self.is(j - 2, DETERMINER)
            && grading_adverb(self.word(j - 1))
            && w.ends_with("ed");
        let plural_noun = w.ends_with('s') && self.descriptor(j + 1);
        // ("The mayor hit out at critics", "the senator shot back at":
        // a verb and its particle before a preposition)
        let phrasal = matches!(self.word(j + 1), "out" | "back" | "off" | "up" | "down")
            && self.is(j + 2, PREPOSITION);
        phrasal || (looks_finite(w) && !(plural_noun || title_object || graded))
    }

    /// Whether "late" at `j` means deceased: before a capital that is no
    /// weekday or month ("the late Sen. Ann Lee", "the late John
    /// Lewis"; not "the late August release").
    fn deceased(&self, j: usize) -> bool {
        self.word(j) == "late"
            && self.is_cap(j + 1)
            && !DAYS.contains(&self.word(j + 1).trim_end_matches('.'))
    }

    /// Whether the word at `j`, in -s after an adjective of the run and
    /// before a verb, is a plural noun heading the phrase, not its verb
    /// ("the progressive heavyweights wrote"; "the group seeks" has a
    /// noun before it).
    fn plural_after_adjective(&self, j: usize, run: &Run) -> bool {
        self.word(j).ends_with('s')
            && run.last == Some(j - 1)
            && looks_adjective(self.word(j - 1))
            && !self.is(j - 1, SPEAKER | TITLE | ORG)
            && self.is(j + 1, VERB)
            && !self.is_cap(j + 1)
    }

    /// Whether one or two lower-case nouns from `k` are followed by a
    /// capitalised word: the object of a title before the name it
    /// describes ("of state Hillary", "of communications Jen").
    fn object_before_name(&self, k: usize, hi: usize) -> bool {
        let noun = |i: usize| {
            // ("state" is a verb too)
            i < hi && self.is_word_at(i) && !self.is_cap(i) && self.class(i) & STOP & !VERB == 0
        };
        let named = |i: usize| i < hi && self.is_word_at(i) && self.is_cap(i);
        noun(k) && (named(k + 1) || (noun(k + 1) && named(k + 2)))
    }

    /// Whether the capitalised word at `j`, of the classes `class`, is a
    /// verb that ends the run before it or opens none: a headline's verb
    /// ("Lagarde Warns"), a verb opening a list item before a lower-case
    /// word ("Calls men names"), or the verb of an inverted clause before
    /// its name ("Writes Jill Lepore in her book:", "Continued Stone:").
    fn cap_verb(&self, j: usize, run: &Run, det: bool, class: u32) -> bool {
        if class & VERB == 0 {
            return false;
        }
        let opens = run.first_cap.is_none() && run.last.is_none();
        let opening_verb = opens && self.is_word_at(j + 1) && !self.is_cap(j + 1);
        let inverted = opens && !det && self.is_cap(j + 1) && self.inverting(j);
        // ("the United States Army": "States" there is a name's word)
        let united_states = j > 0 && self.word(j) == "States" && self.word(j - 1) == "United";
        (run.first_cap.is_some() || opening_verb || inverted)
            && self.finite_cap(j)
            && !self.surname_after_given(j)
            && !united_states
    }

    /// Whether the capitalised word at `j` is a verb of saying that opens
    /// an inverted clause: a present form that inverts ("Writes", "Adds")
    /// or a past form ("Said", "Continued"), not "States" nor "Claims".
    fn inverting(&self, j: usize) -> bool {
        let mut buf = [0u8; crate::lexicon::MAX_WORD];
        let lower = crate::lexicon::folded(self.word(j), &mut buf);
        crate::attribute::frame::INVERTING.contains(&lower.as_ref())
            || lower.ends_with("ed")
            || matches!(lower.as_ref(), "said" | "wrote")
    }

    /// Whether the capitalised word at `j` is a finite form of a reporting
    /// verb ("Warns", "Said"), as headlines in title case write them.
    fn finite_cap(&self, j: usize) -> bool {
        let mut buf = [0u8; crate::lexicon::MAX_WORD];
        let lower = crate::lexicon::folded(self.word(j), &mut buf);
        looks_finite(&lower) && lower.len() > 3
    }

    /// Whether the capitalised verb or other word no name has at `j` is a
    /// surname: after a first name, an initial or an honorific, in running
    /// text ("Ian Read said", "said Ian Read.", "Mrs May said", "Ms. June
    /// said"), where a headline would go on in capitals ("Hillary Says
    /// She …") or use a form in -s ("Jill Says").
    fn surname_after_given(&self, j: usize) -> bool {
        let w = self.word(j);
        let given = j > 0
            && self.is_cap(j - 1)
            && (self.is(j - 1, MALE | FEMALE | HONORIFIC)
                || super::names::is_initial(self.word(j - 1)));
        let capital_follows = self.is_word_at(j + 1) && self.is_cap(j + 1);
        given && !w.ends_with('s') && !w.eq_ignore_ascii_case("said") && !capital_follows
    }

    /// Whether "saying" at `j` is the noun of a proverb: after an article
    /// or possessive, or after one and an adjective ("the saying", "an old
    /// saying", "his favorite saying"), or before "goes" ("as the saying
    /// goes"); not after a noun ("her coach saying").
    pub(crate) fn proverb_noun(&self, j: usize) -> bool {
        let adjective = |k: usize| {
            self.is(k, MODIFIER)
                || matches!(
                    self.word(k),
                    "old" | "famous" | "favorite" | "favourite" | "popular" | "common"
                )
        };
        self.word(j) == "saying"
            && (self.word(j + 1) == "goes"
                || (j >= 1 && self.is(j - 1, ARTICLE | POSSESSIVE))
                || (j >= 2 && adjective(j - 1) && self.is(j - 2, ARTICLE | POSSESSIVE)))
    }

    /// Whether the form in -ed at `j` is an adjective before a plural noun
    /// of people whose verb follows: "Worried residents said", "informed
    /// sources say", "Concerned parents told the board".
    pub(crate) fn participle_before_plural(&self, j: usize) -> bool {
        let w = self.word(j);
        let plural = self.word(j + 1);
        w.len() > 4
            && w.ends_with("ed")
            && self.is_word_at(j + 1)
            && !self.is_cap(j + 1)
            && plural.ends_with('s')
            && self.is(j + 1, SPEAKER)
            && !self.is(j + 1, VERB)
            && self.is_word_at(j + 2)
            && !self.is_cap(j + 2)
            && self.is(j + 2, VERB)
            && looks_finite(self.word(j + 2))
    }

    /// Whether the form in -ed at `j` is an adjective between an article
    /// and the noun that ends the phrase: "a detailed account", "the
    /// revised plan" (where a verb or a preposition closes it), not "the
    /// accused told".
    fn participle_after_article(&self, j: usize, hi: usize) -> bool {
        j > 0
            && self.word(j).ends_with("ed")
            && self.is(j - 1, ARTICLE)
            && self.is_word_at(j + 1)
            && !self.is_cap(j + 1)
            && !self.is(j + 1, STOP | DETERMINER)
            && self.closes_phrase(j + 2, hi)
    }

    /// Whether the capitalised word at `j`, one no name has, opens a name
    /// that a number closes: "No 10" and "Number 10" (the street number
    /// that stands for the office there, "No. 10").
    fn numbered_name(&self, j: usize) -> bool {
        matches!(self.word(j), "No" | "No." | "Number") && self.is_numbered(j + 1)
    }

    /// Whether the token at `j` is a short number that ends a name after
    /// the capitalised word before it: "Channel 4", "No 10", "Local 1199"
    /// (not a day after a month, "March 3", nor a year).
    pub(crate) fn is_numbered(&self, j: usize) -> bool {
        let w = self.word(j);
        j > 0
            && self.is_word_at(j)
            && (1..=4).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && self.is_cap(j - 1)
            // (a determiner opens a count: "The 20 pledged delegates")
            && !self.is(j - 1, DETERMINER | POSSESSIVE)
            && !DAYS.contains(&self.word(j - 1))
            && !crate::attribute::frame::MONTH_ABBREVIATIONS
                .contains(&self.word(j - 1).trim_end_matches('.'))
            && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            // (a chapter and verse, a score or a time goes on: "Isaiah
            // 45:1", "Section 4.2")
            && !(matches!(self.word(j + 1), ":" | ".") && self.is_number_like(j + 2))
            // (nor a count or share: "Trump 46 percent to 32", "Lee 51-49")
            && !matches!(self.word(j + 1), "to" | "%" | "-" | "\u{2013}")
            && !(self.is_word_at(j + 1) && !self.is_cap(j + 1) && self.class(j + 1) == 0)
    }

    /// Records what the word at `j`, taken into the run, can be.
    fn note_head(&self, run: &mut Run, j: usize) {
        let t = self.toks[j];
        let class = self.class(j);
        let numbered = run.first_cap.is_some_and(|c| c < j) && self.is_numbered(j);
        let name = numbered || (t.cap && (class & NON_NAME == 0 || self.surname_after_given(j)));
        // (a lower-case document noun is taken into a run only after a
        // capital, where it heads the phrase)
        let document = !t.cap && class & DOCUMENT != 0 && run.first_cap.is_some_and(|c| c < j);
        // (a title that only modifies another, in lower case after a
        // name, is that name's verb or predicate: "Tom Hale retired in
        // May", "Ann Lee, acting for the board")
        let modifier_after_name = class & TITLE != 0
            && !t.cap
            && run.first_cap.is_some()
            && title_modifier_only(self.word(j));
        if (name || document || class & (TITLE | SPEAKER | ORG) != 0) && !modifier_after_name {
            run.known = Some(j);
        }
        // (a portfolio noun heads a phrase alone, "the justice", "the
        // economy"; "justice minister" goes on to its title)
        let portfolio_noun =
            class & PORTFOLIO != 0 && !PORTFOLIO_ADJECTIVES.contains(&self.word(j));
        if class & (AFFILIATION | PORTFOLIO | PARTICLE) == 0
            || t.cap
            || class & TITLE != 0
            || portfolio_noun
        {
            run.last = Some(j);
        }
    }

    /// Whether a lower-case descriptor comes within the next few words,
    /// before a capital or the end of the words: "data expert".
    fn descriptor_ahead(&self, j: usize, hi: usize) -> bool {
        // ("editor" is also a non-name, and ends the search only as a
        // descriptor)
        (j + 1..hi.min(j + 4))
            .take_while(|&k| {
                self.is_word_at(k) && !self.is_cap(k) && (!self.is(k, STOP) || self.descriptor(k))
            })
            .any(|k| self.descriptor(k))
    }

    /// Whether the lower-case noun at `j` is what a possessor calls the
    /// person whose full name follows: "her bandmate Kelly Dawes", "his
    /// former roommate John Hale" (a noun the lexicon lacks; "an issue
    /// Democrats …" has no possessor and no given name).
    fn possessed_before_full_name(&self, j: usize, hi: usize) -> bool {
        let possessor = |k: usize| self.is(k, POSSESSIVE) || self.toks[k].kind == Kind::Clitic;
        let after_possessor = j >= 1
            && (possessor(j - 1) || (j >= 2 && possessor(j - 2) && self.adjective_like(j - 1)));
        // ("the veteran safety Marcus Bell": a role word before it, after
        // an article)
        let after_role = j >= 2 && self.is(j - 2, DETERMINER) && self.descriptor(j - 1);
        if !(after_possessor || after_role) || j + 2 >= hi || !self.is(j + 1, MALE | FEMALE) {
            return false;
        }
        // the name's words, none an organisation's ("his young John Birch
        // Society protégés"), end the phrase
        let end = (j + 1..hi.min(j + 5))
            .find(|&k| !self.is_word_at(k) || !self.is_cap(k) || self.is(k, STOP))
            .unwrap_or(hi);
        end >= j + 3
            && (j + 1..end).all(|k| !self.is(k, ORG))
            && (end >= hi || !self.is_word_at(end) || looks_finite(self.word(end)))
    }

    /// Whether the word at `k` is a lower-case one that can modify a noun:
    /// "former", "longtime", "close".
    fn adjective_like(&self, k: usize) -> bool {
        self.is_word_at(k) && !self.is_cap(k) && (self.is(k, TITLE) || !self.is(k, STOP))
    }

    /// Whether a lower-case descriptor follows within a few words, past
    /// capitalised ones: "a longtime GOP data expert".
    fn descriptor_after_names(&self, j: usize, hi: usize) -> bool {
        (j + 1..hi.min(j + 5))
            .take_while(|&k| {
                self.is_word_at(k) && (self.is_cap(k) || !self.is(k, STOP) || self.descriptor(k))
            })
            .any(|k| self.descriptor(k))
    }

    /// "Citizens for Tax Justice": a lower-case connector at `c` inside the
    /// name of an organisation continues the run over the capitalised
    /// words after it when an organisation word is among them; returns the
    /// token after them.
    fn organisation_connector(&self, c: usize, hi: usize, run: &Run) -> Option<usize> {
        if self.word(c) == "and" {
            return self.organisation_and(c, hi, run);
        }
        // ("Doctors Without Borders": in capitals too, inside a name)
        let connector = self.word(c);
        let capital = || {
            connector.as_bytes()[0].is_ascii_uppercase()
                && ORG_CONNECTORS
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(connector))
        };
        if !(ORG_CONNECTORS.contains(&connector) || capital()) {
            return None;
        }
        let from = run.first_cap?;
        // (a title or an initial before a name that the connector follows
        // makes the run a person's name, which the connector ends: "sent
        // White House Counsel W. Neil Eggleston to Capitol Hill"; not a
        // body's or a portfolio's word, "Former Secretary of State")
        if !self.is(c - 1, ORG | PORTFOLIO)
            && (from..c).any(|k| {
                (self.is(k, TITLE) && !self.is(k, ORG)) || super::names::is_initial(self.word(k))
            })
        {
            return None;
        }
        // (two or more names before it, none a body's word, are a
        // person's given name and surname, whatever the lexicon knows of
        // the given name: "Darran Whiting of Liberty Baptist Church")
        if c >= from + 2 && !(from..c).any(|k| self.is(k, ORG | PORTFOLIO | TITLE)) {
            return None;
        }
        // ("the Institute for the Study of War", "the Department of the
        // Interior": "the" after a lower-case "of" or "for", before the
        // capitalised words of the complement, when a body's word comes
        // before it; not "Staff for the House Ethics Committee"; nor
        // before a body of its own, the one the body belongs to: "the
        // Science and Technology Directorate of the Energy Department")
        let after_the = (matches!(connector, "of" | "for")
            && (from..c).any(|k| self.is(k, ORG))
            && self.word(c + 1) == "the"
            && c + 2 < hi
            && self.is_word_at(c + 2)
            && self.is_cap(c + 2))
        .then(|| self.capitals_after(c + 1, hi))
        .filter(|&end| !(c + 2..=end).any(|k| self.is(k, ORG)));
        let last = after_the.unwrap_or_else(|| self.capitals_after(c, hi));
        // (one plural opening the sentence, capitalised only there and no
        // body's word, is a common noun before the body's name: "Shares
        // of Nimbus Software Inc. fell", "Employees of Acme Corp. said";
        // not a name, "Obama on Syria: …")
        let positional = c == from + 1
            && self.opens_sentence(from)
            && super::names::looks_plural(self.word(from))
            && !self.is(from, ORG | PORTFOLIO);
        let org = !positional && (from..=last).any(|k| k != c && self.is(k, ORG));
        // (or a group of people named for a cause: "Americans for
        // Prosperity", "Mothers Against Drunk Driving", "Doctors Without
        // Borders": one plural word before "for", "against" or
        // "without", and capitals after it that close the phrase)
        let members = || {
            c == from + 1
                && !matches!(connector, "of" | "to" | "on" | "Of" | "To" | "On")
                && self.members_plural(from)
                && self.closes_phrase(last + 1, hi)
        };
        // (or a name of anything before a role and a person's name: "Hall
        // of Fame quarterback Tom Brady", "Medal of Honor recipient Ann
        // Lee")
        let before_role = self.is_word_at(last + 1)
            && !self.is_cap(last + 1)
            && self.is(last + 1, TITLE | SPEAKER)
            && self.is(last + 2, MALE | FEMALE)
            && self.is_cap(last + 3);
        (last > c && (org || before_role || members())).then_some(last + 1)
    }

    /// Whether token `k` opens a sentence, where any word is capitalised:
    /// the paragraph's first token, or one after a sentence's closing
    /// punctuation, a colon or a dash (a dateline's: "WASHINGTON (AP) —
    /// Police said").
    pub(super) fn opens_sentence(&self, k: usize) -> bool {
        k.checked_sub(1).is_none_or(|b| {
            let t = &self.toks[b];
            matches!(t.kind, Kind::Punct('.' | '!' | '?' | ':')) || t.is_dash()
        })
    }

    /// The last of the capitalised words right after the connector at
    /// `c` (at most [`MAX_RUN`] tokens on, before `hi`), or `c` itself.
    fn capitals_after(&self, c: usize, hi: usize) -> usize {
        let mut last = c;
        while last + 1 < hi.min(c + MAX_RUN) && self.is_cap(last + 1) {
            last += 1;
        }
        last
    }

    /// "The United Food and Commercial Workers union": "and" at `c` inside
    /// the name of a body, between capitalised words with a body's word
    /// among those after it or right after them in lower case; not between
    /// people ("Smith and Jones"), nor after a title, an initial or a given
    /// name, nor before a person's title or name ("Goodlatte and Committee
    /// Chairman Trey Gowdy"), nor between bodies, which a body's word
    /// before it names ("the FBI and Justice Department", "China and
    /// Russia"), unless it joins the complement of the body's "of" or
    /// "for" ("the Department of Parks and Recreation", "the Center for
    /// Science and Democracy"). Returns the token after the
    /// capitalised words.
    fn organisation_and(&self, c: usize, hi: usize, run: &Run) -> Option<usize> {
        let from = run.first_cap?;
        let last = self.capitals_after(c, hi);
        let person_after = (c + 1..=last).any(|k| self.is(k, TITLE | MALE | FEMALE));
        if last == c || person_after {
            return None;
        }
        // ("the Department of Parks and Recreation", "the Department of
        // Health and Human Services", "the Centers for Disease Control and
        // Prevention": inside the complement of a body's "of" or "for",
        // capitalised words only from it on)
        let of = (from + 1..c)
            .rev()
            .take_while(|&k| self.is_cap(k) || matches!(self.word(k), "of" | "for"))
            .find(|&k| matches!(self.word(k), "of" | "for"))
            .is_some_and(|k| self.is(k - 1, ORG | PORTFOLIO));
        if of {
            return Some(last + 1);
        }
        if (from..c).any(|k| {
            self.is(k, TITLE | ORG | MALE | FEMALE) || super::names::is_initial(self.word(k))
        }) {
            return None;
        }
        // (a body's word in lower case after them, or among two or more
        // after "and": not "Brunei and Taiwan")
        let org_after =
            self.is_word_at(last + 1) && !self.is_cap(last + 1) && self.is(last + 1, ORG);
        let org_in = last > c + 1 && (c + 1..=last).any(|k| self.is(k, ORG));
        (org_after || org_in).then_some(last + 1)
    }

    /// Whether a phrase may end before token `k`: at `hi`, punctuation or
    /// a quotation, a reporting verb ("the announcer said"), or a
    /// complement ("a narrator in the ad").
    fn closes_phrase(&self, k: usize, hi: usize) -> bool {
        k >= hi
            || !self.is_word_at(k)
            || self.is(k, VERB)
            || self.is_head_preposition(k)
            || self.starts_complement(k)
            || (!self.is_cap(k) && self.word(k).ends_with("ed"))
    }

    /// How many tokens "with knowledge of" (or "with direct knowledge
    /// of") takes from `j`: a source's complement, as "familiar with" is
    /// ("people with knowledge of the talks").
    fn knowledge_of(&self, j: usize) -> Option<usize> {
        if self.word(j) != "with" {
            return None;
        }
        let n = usize::from(matches!(
            self.word(j + 1),
            "direct" | "firsthand" | "first-hand" | "intimate" | "detailed" | "close"
        ));
        (self.word(j + 1 + n) == "knowledge" && self.word(j + 2 + n) == "of").then_some(n + 3)
    }

    /// Whether the word at `j` opens a complement that is no part of the
    /// run: "close to", "familiar with", or a participle that places a
    /// speaker by what they know or where they work ("people briefed on
    /// the talks", "officials involved in the review", "a diplomat based
    /// in Geneva", "aides working on the campaign"), none of which is a
    /// finite verb before its preposition.
    fn starts_complement(&self, j: usize) -> bool {
        matches!(
            (self.word(j), self.word(j + 1)),
            ("close", "to" | "with")
                | (
                    "familiar" | "aligned" | "allied" | "affiliated" | "associated",
                    "with"
                )
                | ("knowledgeable", "about")
                | ("briefed", "on" | "about")
                | ("involved", "in" | "with")
                | ("based", "in" | "at")
                | ("working", "on" | "for" | "in" | "at")
                | ("tied" | "linked" | "connected", "to")
                | (
                    "polled" | "surveyed" | "interviewed" | "questioned" | "contacted" | "quoted",
                    "by"
                )
        )
    }

    /// Whether token `j` is a number or a hyphenated measure ("71",
    /// "71-year-old", "6-foot-4").
    pub(crate) fn is_number_like(&self, j: usize) -> bool {
        self.is_word_at(j) && self.word(j).starts_with(|c: char| c.is_ascii_digit())
    }

    /// The head of a run that stopped before `end`: its last known speaker
    /// word, or, after a determiner where the phrase plainly ends (at
    /// punctuation, a quotation, `hi`), its last noun ("said the ruling.").
    fn head(&self, run: &Run, end: usize, hi: usize, det: bool) -> Option<usize> {
        let ends = self.closes_phrase(end, hi);
        let generic = run.last.filter(|&l| {
            l + 1 == end && ends && (det || run.possessed.is_some()) && !self.is_cap(l)
        });
        match (run.known, generic) {
            (Some(k), Some(g)) if g > k => Some(g),
            (Some(k), _) => Some(k),
            (None, g) => g,
        }
    }

    /// Whether the word at `l` is a past form right after a noun ("the
    /// agency ignored"), which reads as the noun's verb; after a
    /// determiner, a possessive, a pronoun or an adverb it is not ("the
    /// injured", "the newly elected", "everyone I interviewed").
    pub(crate) fn past_after_noun(&self, l: usize) -> bool {
        let w = self.word(l);
        l > 0
            && w.ends_with("ed")
            && !self.is(l, SPEAKER | TITLE)
            && self.is_word_at(l - 1)
            && !self.is(l - 1, DETERMINER | POSSESSIVE | MODIFIER | PRONOUN)
            && !self.word(l - 1).ends_with("ly")
            && !self.is_number_like(l - 1)
    }

    /// The phrase `first..=head`, its words from `start` (after any
    /// determiner): a name with its role and affiliation, or a
    /// description.
    fn classify_phrase(&self, first: usize, start: usize, head: usize, run: &Run, det: bool) -> Np {
        let core = run.possessed.unwrap_or(start);
        if self.is_cap(head) || (head > core && self.is_numbered(head)) {
            // modifiers before the name: "a smiling Merkel", "longtime GOP
            // adviser Ann Lee"
            let mut m = (core..=head)
                .find(|&k| self.is_cap(k) || self.descriptor(k) || self.is(k, TITLE))
                .unwrap_or(head);
            // ("her former bandmate Kelly Dawes", "his college roommate John
            // Hale": a noun the lexicon lacks right before a given name
            // leaves the name alone)
            if let Some(cap) = (m..=head).find(|&k| self.is_cap(k)) {
                if cap > m
                    && self.is(cap, MALE | FEMALE)
                    && !self.is(cap - 1, TITLE)
                    && !self.descriptor(cap - 1)
                {
                    m = cap;
                }
            }
            // ("one senior Democrat", "a well-connected Republican": a
            // member of a party or nation after a determiner and its
            // modifiers is a person described, as right after one)
            if det && m == head && run.possessed.is_none() && self.is_member(head) {
                return Np::description(first, head);
            }
            // ("veteran Republicans", "fellow Democrats", "super PACs": so
            // is a group, a plural of members or of bodies' initials, after
            // modifiers in lower case, with no determiner)
            if head > start
                && run.possessed.is_none()
                && (start..head).all(|k| !self.is_cap(k))
                && self.plural_group(head)
            {
                return Np::description(first, head);
            }
            // ("the New Mexico Democrat", "the South Korean Conservative":
            // so is one after the name of a place, whatever body's word
            // that name holds; not after a person's given name, "the Ann
            // Lee Republican")
            if det
                && head > m
                && run.possessed.is_none()
                && self.is_member(head)
                && (m..head).all(|k| self.is_cap(k) && !self.is(k, MALE | FEMALE | TITLE))
                && self.classify_run(m, head, false).kind == MentionKind::Organization
            {
                return Np::description(first, head);
            }
            let with_det = det && m == start && run.possessed.is_none();
            let mut np = self.classify_run(m, head, with_det);
            // (no person's name ends in a number: "Channel 4", "No 10")
            if np.kind == MentionKind::Person && !self.is_cap(head) {
                np.kind = MentionKind::Organization;
            }
            if with_det && np.kind == MentionKind::Organization && self.word(first) == "The" {
                // "The New York Times": a capitalised article belongs to it
                // (when the name follows it: not "The news agency Tass")
                np.name = np
                    .name
                    .map(|(a, b)| if a == first + 1 { (first, b) } else { (a, b) });
            }
            // ("de Blasio said", "van der Berg": a surname's particles in
            // lower case opening the phrase belong to its name)
            if np.kind == MentionKind::Person
                && m > first
                && (first..m).all(|i| self.is(i, PARTICLE) && !self.is_cap(i))
            {
                np.name = np.name.map(|(a, b)| (if a == m { first } else { a }, b));
            }
            if run.possessed.is_some() && np.kind == MentionKind::Person && np.name.is_none() {
                np.kind = MentionKind::Description;
            }
            // ("Alphabet Inc.'s Google": a name a company owns, capitals
            // alone with no title or given name, is a body's, its unit or
            // brand)
            if np.kind == MentionKind::Person
                && run.possessed == Some(m)
                && m >= 2
                && self.corporate_form(m - 2)
                && (m..=head).all(|k| self.is_cap(k) && !self.is(k, TITLE | MALE | FEMALE))
            {
                np.kind = MentionKind::Organization;
            }
            np.first = first;
            return np;
        }
        let mut np = Np::description(first, head);
        let role = (core..=head)
            .find(|&k| self.is(k, TITLE | SPEAKER))
            .unwrap_or(head);
        let mut role_start = role;
        while role_start > core && self.is(role_start - 1, PORTFOLIO) {
            role_start -= 1;
        }
        np.role = Some((role_start, head));
        // ("the 62-year-old": an age heading its phrase names a person)
        np.generic = !self.is(head, TITLE | SPEAKER | ORG) && !is_age(self.word(head));
        np
    }

    /// "a woman backing Mr. Cruz": a participle after a person's noun at
    /// `p`, with its named object; the object's last token (`None` inside
    /// when the participle has no object the grammar reads), or `None`
    /// when no such participle stands there.
    #[allow(clippy::option_option)] // "no participle" and "no object" differ
    fn participle_complement(&self, np: &Np, p: usize, hi: usize) -> Option<Option<usize>> {
        (np.kind == MentionKind::Description
            && self.is(np.last, SPEAKER)
            && !self.is_cap(np.last)
            && self.is_word_at(p)
            && !self.is_cap(p)
            && self.word(p).ends_with("ing")
            && self.is_cap(p + 1))
        .then(|| self.simple_phrase(p + 1, hi).map(|object| object.last))
    }

    /// The last token of a complement after `np`: "of the Sierra Club",
    /// "for the campaign", "close to the talks", "familiar with the
    /// matter". Descriptions and persons take one; a complement is itself
    /// a simple phrase that is no pronoun.
    fn complement(&self, np: &Np, hi: usize, occasions: bool) -> Option<usize> {
        let p = np.last + 1;
        // a body's "of" names the body it is part of ("the Civil Rights
        // Division of the Justice Department")
        let unit = np.kind == MentionKind::Organization && self.word(p) == "of";
        if !(matches!(np.kind, MentionKind::Description | MentionKind::Person) || unit) {
            return None;
        }
        // ("gave $10 million to a group": a sum of money takes no
        // complement; it is no one who speaks)
        if self
            .word(np.first)
            .starts_with(|c: char| c.is_ascii_digit())
            && self.is_money(np.first)
        {
            return None;
        }
        // a person's complement tells where they come from ("Mr. Morgan of
        // the Sierra Club"), not whom they speak to ("Smith to Jones")
        let person = np.kind == MentionKind::Person
            && !matches!(self.word(p), "of" | "from" | "at" | "with");
        if let Some(last) = self.participle_complement(np, p, hi) {
            return last;
        }
        let knowledge = self.knowledge_of(p);
        let placing = knowledge.is_none() && self.starts_complement(p);
        let start = if let Some(n) = knowledge {
            p + n
        } else if placing {
            p + 2
        } else if self.is_head_preposition(p) && !person {
            p + 1
        } else {
            return None;
        };
        // "people familiar with it", "a source close to him": what a
        // source knows may be a pronoun ("her" as one only before no
        // word: "familiar with her plans" goes on to its noun)
        let object = match self.word(start) {
            "it" | "them" | "him" => true,
            "her" => !self.is_word_at(start + 1),
            _ => false,
        };
        if (knowledge.is_some() || placing) && object {
            return Some(start);
        }
        // "the former secretary of State", "the minister of finance": a
        // portfolio after "of" belongs to the title, in any case and
        // whatever follows
        if self.word(p) == "of" && self.is(np.last, TITLE) {
            let portfolio = (start..hi.min(start + 2))
                .take_while(|&k| {
                    self.is_word_at(k)
                        && (self.is(k, PORTFOLIO) || self.word(k).eq_ignore_ascii_case("state"))
                })
                .last();
            if portfolio.is_some() {
                return portfolio;
            }
        }
        // "the secretary of state", "a mother of three": one or two bare
        // words
        if self.word(p) == "of" {
            let function = PREPOSITION | SUBORDINATOR | NON_NAME | PRONOUN | DETERMINER | MODIFIER;
            let bare = (start..hi.min(start + 2))
                .take_while(|&k| {
                    self.is_word_at(k)
                        && !self.is_cap(k)
                        && !self.is(k, function)
                        && (k == start || !self.is(k, VERB))
                        // ("Hundreds of nurses marched outside": a past
                        // form after the bare noun, with a preposition,
                        // an adverb or no word after it, is its verb;
                        // not "400 registered voters")
                        && (k == start
                            || !is_past_form(self.word(k))
                            || self.is_word_at(k + 1) && !self.is(k + 1, PREPOSITION | MODIFIER))
                        // ("accused the official of lying": a gerund
                        // after "of" is what they did, unless a title
                        // heads the phrase, "the head of marketing")
                        && !(k == start
                            && self.word(k).ends_with("ing")
                            && !self.is(np.last, TITLE))
                })
                .last();
            if let Some(last) = bare.filter(|&l| self.closes_phrase(l + 1, hi)) {
                return Some(last);
            }
            if let Some(last) = bare.filter(|&l| self.word(l + 1) == "and") {
                return Some(self.and_complement(last, hi).unwrap_or(last));
            }
        }
        // "one of them", "two of us", "none of this": an object pronoun
        // or a demonstrative names the group a quantifier alone picks from
        if self.word(p) == "of"
            && np.first == np.last
            && self.is_quantifier(np.first)
            && matches!(
                self.word(start),
                "them" | "us" | "it" | "this" | "that" | "these" | "those"
            )
            // (a demonstrative before its noun opens a phrase of its own:
            // "none of these candidates")
            && !self.noun_follows(start + 1, hi)
        {
            return Some(start);
        }
        let Some(c) = self.simple_phrase(start, hi) else {
            // ("people familiar with the matter who spoke …": what a
            // source knows is a plain phrase a relative clause may follow)
            if knowledge.is_some() || placing {
                return self.known_matter(start, hi);
            }
            return self.plain_object(p, start, hi);
        };
        // "Rep. Lee at the time", "the mayor on Monday": a time is when
        // they spoke, not who they are
        let when = TIME_NOUNS.contains(&self.word(c.last)) || DAYS.contains(&self.word(c.last));
        // "an analyst with Goldman Sachs", "an official with the agency";
        // not "her companion with a sigh", which tells how she spoke
        let manner = self.word(p) == "with" && knowledge.is_none() && c.generic;
        // "the mayor in a statement", "the senator in an interview", "the
        // governor on Twitter": the occasion or medium of the words, not
        // part of who spoke ("a lawyer in Chicago" stays whole)
        let occasion =
            occasions && matches!(self.word(p), "in" | "on" | "during") && self.is_occasion(c.last);
        if c.kind == MentionKind::Pronoun || when || manner || occasion {
            return None;
        }
        if let Some(end) = self.body_connector(&c, hi) {
            return Some(end);
        }
        Some(self.and_complement(c.last, hi).unwrap_or(c.last))
    }

    /// "Ann Lee of Americans for Prosperity", "a spokesman for Citizens
    /// for Tax Justice": a body named by a capitalised word, "for" or
    /// "against" and capitalised words after it, where they close the
    /// phrase; their last token. The simple phrase the complement reads
    /// stops at the connector. (Not "on", whose capital is as often a
    /// day: "posted the video to Vimeo on Thursday".)
    fn body_connector(&self, c: &Np, hi: usize) -> Option<usize> {
        let k = c.last + 1;
        if !(self.is_cap(c.last)
            && matches!(self.word(k), "for" | "against")
            && self.is_cap(k + 1)
            && !DAYS.contains(&self.word(k + 1)))
        {
            return None;
        }
        let last = (k + 1..hi.min(k + 1 + MAX_RUN))
            .take_while(|&x| self.is_cap(x))
            .last()?;
        self.closes_phrase(last + 1, hi).then_some(last)
    }

    /// The last token of a plain object after the preposition at `p`
    /// that the grammar reads as no speaker: a determiner and one to
    /// [`PLAIN_OBJECT_WORDS`] lower-case words that close the phrase
    /// ("supporters of the law", "voters in each state"). No time or
    /// occasion ("the mayor in a statement").
    fn plain_object(&self, p: usize, start: usize, hi: usize) -> Option<usize> {
        if !matches!(self.word(p), "of" | "in" | "from" | "across") {
            return None;
        }
        let last = self.plain_run(start, hi)?;
        let w = self.word(last);
        let when = TIME_NOUNS.contains(&w) || DAYS.contains(&w);
        (self.closes_phrase(last + 1, hi) && !when && !self.is_occasion(last)).then_some(last)
    }

    /// The last token of a plain phrase from `start`: its opening word
    /// ([`Reader::opens_plain_phrase`]) and one to [`PLAIN_OBJECT_WORDS`]
    /// plain words after it, wherever it ends.
    fn plain_run(&self, start: usize, hi: usize) -> Option<usize> {
        if !self.opens_plain_phrase(start) {
            return None;
        }
        (start + 1..hi.min(start + 1 + PLAIN_OBJECT_WORDS))
            .take_while(|&k| self.plain_phrase_word(k))
            .last()
    }

    /// The last token of what a source knows or is close to, a plain
    /// phrase from `start` ("the matter", "the talks") that closes the
    /// speaker phrase or that a relative clause on the source follows
    /// ("people familiar with the matter who spoke on condition of
    /// anonymity").
    fn known_matter(&self, start: usize, hi: usize) -> Option<usize> {
        let last = self.plain_run(start, hi)?;
        let relative = matches!(self.word(last + 1), "who" | "whom" | "which");
        (self.closes_phrase(last + 1, hi) || relative).then_some(last)
    }

    /// Whether token `i` opens a plain noun phrase, one the speaker
    /// grammar need not read: a determiner or possessive, or "each",
    /// "every", "both", "another", "all" ("the law", "each state", "both
    /// sides").
    pub(crate) fn opens_plain_phrase(&self, i: usize) -> bool {
        self.is_word_at(i)
            && (self.is(i, DETERMINER | POSSESSIVE)
                || matches!(self.word(i), "each" | "every" | "both" | "another" | "all"))
    }

    /// Whether token `i` is a word of a plain noun phrase after its
    /// opening word: lower case and of no closed class, where a word of
    /// affiliation that is also a verb counts ("each state").
    pub(crate) fn plain_phrase_word(&self, i: usize) -> bool {
        self.is_word_at(i)
            && !self.is_cap(i)
            && !self.opens_plain_phrase(i)
            && (!self.is(i, STOP) || self.is(i, AFFILIATION | ORG))
    }

    /// Whether the head at `i` names an occasion or a medium of speech: a
    /// noun of speech ("statement", "remarks"), a document ("letter",
    /// "memo") or one of [`OCCASIONS`].
    pub(crate) fn is_occasion(&self, i: usize) -> bool {
        self.is(i, SPEECH_NOUN | DOCUMENT) || OCCASIONS.contains(&self.word(i))
    }

    /// "experts on North Korea and nuclear nonproliferation": the second
    /// of two complements joined by "and" after `last`, where it closes
    /// the phrase; its last token.
    fn and_complement(&self, last: usize, hi: usize) -> Option<usize> {
        let and = last + 1;
        if self.word(and) != "and" {
            return None;
        }
        let bare = (and + 1..hi.min(and + 3))
            .take_while(|&k| self.is_word_at(k) && !self.is_cap(k) && !self.is(k, STOP))
            .last();
        let end = match self.simple_phrase(and + 1, hi) {
            Some(other) if other.kind != MentionKind::Pronoun => Some(other.last),
            _ => bare,
        }?;
        self.closes_phrase(end + 1, hi).then_some(end)
    }

    /// "Smith and Jones", "the former first lady and U.S. senator": two
    /// phrases of one kind joined by "and", as one speaker.
    fn with_conjunct(&self, np: Np, hi: usize) -> Np {
        let and = np.last + 1;
        let personal = np.kind == MentionKind::Pronoun
            && ["he", "she", "i", "we", "they"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(self.word(np.first)));
        // ("Lee as well as Hale said": the conjunction in three words)
        let next =
            if self.word(and) == "as" && self.word(and + 1) == "well" && self.word(and + 2) == "as"
            {
                and + 3
            } else {
                and + 1
            };
        if !(self.word(and) == "and" || next == and + 3)
            || np.generic
            || !(personal
                || matches!(
                    np.kind,
                    MentionKind::Person | MentionKind::Description | MentionKind::Organization
                ))
        {
            return np;
        }
        let Some(mut other) = self.simple(next, hi, np.kind == MentionKind::Description) else {
            return np;
        };
        let head = other.last;
        if let Some(last) = self.complement(&other, hi, true) {
            other.last = last;
        }
        let same = other.kind == np.kind && !other.generic && !personal;
        // "Lee and others", "she and other Democrats", "he and his wife",
        // "Lee and another reporter": a person with the rest of a group
        // or a companion described after a possessive, as one speaker
        let first = self.word(other.first);
        // (where the first opens a clause or follows a reporting verb,
        // "said Doyle and others": not an object, "talked about Zika and
        // his campaign did not respond")
        let opens = np.first == 0 || self.opens_clause(0, np.first) || self.is(np.first - 1, VERB);
        let companion = opens
            && matches!(np.kind, MentionKind::Person | MentionKind::Pronoun)
            && (matches!(first, "others" | "other" | "another")
                || (other.kind == MentionKind::Description
                    && self.is(other.first, POSSESSIVE)
                    && !other.generic));
        // "The NAACP and Sen. Ann Lee", "Lee and the Urban League": a
        // person and a body, each named, opening the clause
        let bodies = |n: &Np| {
            matches!(n.kind, MentionKind::Person | MentionKind::Organization)
                && n.name.is_some()
                && !n.generic
        };
        // (or a personal pronoun and a named person: "He and Rep. Bob
        // Goodlatte both condemned it")
        let allies = opens
            && (bodies(&np) || personal)
            && bodies(&other)
            && (!personal || other.kind == MentionKind::Person);
        // "Lee and a colleague said", "The union and an ally said": a
        // phrase opening the clause (not an object after a verb) and an
        // indefinite one, as one group
        let indefinite = (np.first == 0 || self.opens_clause(0, np.first))
            && matches!(first, "a" | "an")
            && other.kind == MentionKind::Description
            && !personal;
        if !(same || companion || allies || indefinite) {
            return np;
        }
        let mut joined = Np {
            last: other.last,
            coordinated: true,
            ..np
        };
        if !same {
            // no one name, role or kind of its own
            joined = Np {
                coordinated: true,
                ..Np::new(np.first, other.last, MentionKind::Description)
            };
        } else if let Some((start, _)) = np
            .name
            .filter(|_| next == and + 1 && self.one_body(&np, &other, head))
        {
            // "the Fish and Wildlife Service": one body's name
            joined.name = Some((start, head));
            joined.coordinated = false;
        } else if matches!(np.kind, MentionKind::Person | MentionKind::Organization) {
            // two people or bodies: no one name
            joined.name = None;
            joined.role = None;
        }
        joined
    }

    /// Whether two organisations' names joined by "and" are one body's
    /// name: the second, capitalised without an article of its own, ends
    /// with a word of an organisation at `head` (before any complement),
    /// which the first lacks ("Fish and Wildlife Service", "Science and
    /// Technology Directorate"; not "Google and Facebook", "the FBI and
    /// Secret Service").
    fn one_body(&self, np: &Np, other: &Np, head: usize) -> bool {
        np.kind == MentionKind::Organization
            && other.kind == MentionKind::Organization
            && self.is_cap(other.first)
            && !self.is(other.first, DETERMINER)
            && self.is(head, ORG)
            && !self.is(np.last, ORG)
            && !super::names::is_acronym(self.word(np.last))
    }
}

/// Portfolio words that only modify a title, never head a phrase alone
/// ("foreign minister", "prime minister", "vice president").
const PORTFOLIO_ADJECTIVES: &[&str] = &[
    "foreign",
    "prime",
    "vice",
    "majority",
    "minority",
    "home",
    "deputy",
    "assistant",
    "executive",
];

/// Words in -ly that grade no adjective or participle after them:
/// adjectives before a noun ("likely voters", "daily briefings"), "only"
/// (no adverb of degree), and nouns ("the rally ended", "a family moved").
const NOT_GRADING: &[&str] = &[
    "only",
    "early",
    "likely",
    "unlikely",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "yearly",
    "elderly",
    "family",
    "friendly",
    "lonely",
    "costly",
    "deadly",
    "orderly",
    "holy",
    "ugly",
    "silly",
    "ally",
    "assembly",
    "belly",
    "bully",
    "folly",
    "jelly",
    "lily",
    "rally",
    "reply",
    "supply",
    "tally",
];

/// Whether a word in -ly is an adjective or a noun, not an adverb, when
/// a noun follows it ("reported quarterly revenue", "found early signs"):
/// the words of [`NOT_GRADING`] but "only".
pub(crate) fn nominal_in_ly(w: &str) -> bool {
    w != "only" && NOT_GRADING.contains(&w)
}

/// Whether a lower-case word is an adverb in -ly that may grade the
/// adjective or participle after it ("surprisingly positive", "visibly
/// tired", "newly elected").
pub(crate) fn grading_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_GRADING.contains(&w)
}

/// Endings of adjectives that nouns of speakers, documents and things
/// rarely share ("negative", "ambitious"), a part of those
/// [`looks_adjective`] reads.
const PLAIN_ADJECTIVE_ENDINGS: &[&str] = &[
    "ive", "ous", "ful", "ical", "ible", "able", "less", "ish", "ary", "ent", "ant",
];

/// Whether a lower-case word is an adjective by an ending that nouns of
/// speakers, documents and things rarely share: not -ing, -ed or -y
/// ("polling", "industry"), which [`looks_adjective`] also reads.
pub(crate) fn plainly_adjective(w: &str) -> bool {
    // (a word in -ment is a noun, "indictment", "statement", but for
    // "vehement")
    PLAIN_ADJECTIVE_ENDINGS
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        && (!w.ends_with("ment") || w == "vehement")
}

/// Whether a lower-case word looks like an adjective by its ending
/// ("smiling", "defensive", "angry", "warm-and-fuzzy").
pub(crate) fn looks_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &["ing", "ed", "al", "ic", "y", "est", "er", "isan"];
    w.contains('-')
        || ENDINGS
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        || plainly_adjective(w)
}

/// Whether lower-case `w` looks like a past participle in -en, which
/// before a name is an adjective of the person's state ("a shaken Tom
/// Reyes", "a grief-stricken mother"); not a plural in -men or -ren
/// ("the women", "the children").
fn participle_in_en(w: &str) -> bool {
    w.len() > 5 && w.ends_with("en") && !w.ends_with("men") && !w.ends_with("ren")
}

/// Whether `w` is an age that may head a phrase naming a person
/// ("62-year-old", "the 40-year-olds").
fn is_age(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && (w.ends_with("-year-old") || w.ends_with("-year-olds"))
}
