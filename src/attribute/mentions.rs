//! Noun phrases that can be speakers: names with their titles, pronouns,
//! and descriptions ("a senior official").

use super::tokens::{Kind, Token};
use std::cell::Cell;

use super::classes::{
    AFFILIATION, DETERMINER, HONORIFIC, MODIFIER, NON_NAME, ORG, PARTICLE, PORTFOLIO, PREPOSITION,
    PRONOUN, SPEAKER, SUBORDINATOR, TITLE, VERB, classes,
};

/// What kind of phrase a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NpKind {
    Person,
    Organization,
    Pronoun,
    Description,
}

/// A noun phrase over tokens `first..=last`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Np {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) kind: NpKind,
    /// The tokens of the name proper (person or organisation).
    pub(crate) name: Option<(usize, usize)>,
    /// The tokens of the role ("Foreign Minister").
    pub(crate) role: Option<(usize, usize)>,
    /// The tokens of the affiliation ("Russian").
    pub(crate) affiliation: Option<(usize, usize)>,
    /// Reached across an appositive or relative clause.
    pub(crate) appositive: bool,
}

impl Np {
    pub(crate) fn pronoun(i: usize) -> Np {
        Np::new(i, i, NpKind::Pronoun)
    }

    /// A description over `first..=last` whose head is `last`.
    pub(crate) fn description(first: usize, last: usize) -> Np {
        let mut np = Np::new(first, last, NpKind::Description);
        np.role = Some((last, last));
        np
    }

    fn new(first: usize, last: usize, kind: NpKind) -> Self {
        Np {
            first,
            last,
            kind,
            name: None,
            role: None,
            affiliation: None,
            appositive: false,
        }
    }
}

/// An all-capital acronym of two to five letters ("IMF", "NATO").
fn is_acronym(word: &str) -> bool {
    if word.len() > 12 {
        return false;
    }
    let mut letters = 0;
    for c in word.chars() {
        if c.is_uppercase() {
            letters += 1;
        } else if c != '.' && c != '&' {
            return false;
        }
    }
    (2..=5).contains(&letters)
}

/// Function words that end a description read backwards.
const STOP: u32 = PREPOSITION | SUBORDINATOR | NON_NAME | MODIFIER | VERB | PRONOUN;

/// How many adverbs and other modifiers the rules skip between a verb and
/// the word before it: enough for "has also repeatedly said", and a bound
/// that keeps the rules linear on runs of adverbs.
pub(crate) const ADVERB_REACH: usize = 6;

/// The most tokens a name with its titles may have.
const MAX_RUN: usize = 12;

/// A class not looked up yet.
pub(crate) const UNSET: u32 = u32::MAX;

/// Reading the tokens of one frame.
pub(crate) struct Reader<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Token],
    /// Each token's word classes, looked up when a rule first asks
    /// ([`UNSET`] until then): most words of a text are never asked about.
    pub(crate) classes: &'a [Cell<u32>],
}

impl<'a> Reader<'a> {
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_word_at(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_word)
    }

    /// The word classes of token `i` (none for punctuation).
    pub(crate) fn class(&self, i: usize) -> u32 {
        let Some(cell) = self.classes.get(i) else {
            return 0;
        };
        let mut c = cell.get();
        if c == UNSET {
            c = if self.toks[i].is_word() {
                classes(self.word(i))
            } else {
                0
            };
            cell.set(c);
        }
        c
    }

    /// Whether token `i` is a word of one of the given classes.
    pub(crate) fn is(&self, i: usize, class: u32) -> bool {
        self.class(i) & class != 0
    }

    /// A lower-case word that describes the name after it: a title, a
    /// speaker noun or an organisation word ("state news agency RIA
    /// Novosti", "campaign spokesman Jason Miller").
    fn descriptor(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_word() && !t.cap && self.class(i) & (TITLE | SPEAKER | ORG) != 0)
    }

    /// Whether token `i` is a word that may come between a speaker and its
    /// verb ("also", "has", "repeatedly").
    pub(crate) fn is_modifier(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.kind == Kind::Clitic {
            return true;
        }
        let w = self.word(i);
        t.is_word() && !t.cap && (self.is(i, MODIFIER) || (w.len() > 4 && w.ends_with("ly")))
    }

    /// The speaker phrase that ends just before token `v` (a reporting
    /// verb), not before `lo`: "Lavrov said", "the minister, who …, said",
    /// "Gov. Pat Moran (R) said".
    pub(crate) fn subject_before(&self, lo: usize, v: usize) -> Option<Np> {
        let mut j = v.checked_sub(1)?;
        // modifiers and a time between subject and verb: "Trump on Monday
        // said", "who in 2010 said", "Clinton last week told", "has also
        // said" (a few at most, so that the cost stays bounded)
        for _ in 0..3 {
            let floor = j.saturating_sub(ADVERB_REACH);
            while j >= lo && j > floor && self.is_modifier(j) {
                j -= 1;
            }
            match self.time_before(lo, j) {
                Some(k) if k > lo => j = k - 1,
                _ => break,
            }
        }
        if j < lo {
            return None;
        }
        if self.toks[j].is_punct(',') {
            // an appositive or relative clause: "Flynn, a top surrogate,
            // said"; the phrase before it is the speaker
            let mut k = j;
            let floor = j.saturating_sub(24).max(lo);
            while k > floor {
                k -= 1;
                let t = &self.toks[k];
                if t.quote().is_some() {
                    return None;
                }
                if t.is_punct(',') {
                    let inner = k + 1;
                    let opener = self.word(inner);
                    let clause = self.is(inner, DETERMINER | TITLE)
                        || matches!(
                            opener,
                            "who" | "which" | "whose" | "now" | "then" | "herself" | "himself"
                        )
                        || opener.ends_with("ing")
                        // "Clinton, at a later press gaggle, said"
                        || self.is(inner, PREPOSITION)
                        || opener.chars().all(|c| c.is_ascii_digit())
                        || self.toks.get(inner).is_some_and(|t| t.cap);
                    if !clause || k == 0 || k <= lo {
                        return None;
                    }
                    let mut np = self.phrase_ending_at(lo, k - 1)?;
                    if np.kind == NpKind::Description && np.name.is_none() {
                        // "Another critic, Laurence H. Tribe, likened": the
                        // name between the commas
                        let name = self.phrase_starting_at(inner, j)?;
                        if name.last + 1 != j || name.kind != NpKind::Person {
                            return None;
                        }
                        np = name;
                    }
                    np.appositive = true;
                    return Some(np);
                }
            }
            return None;
        }
        let np = self.phrase_ending_at(lo, j)?;
        let before = np.first.checked_sub(1).filter(|&p| p >= lo);
        if before.is_some_and(|p| self.is(p, PREPOSITION) && !self.is(p, SUBORDINATOR)) {
            // "Protesters marching through the streets chanted": the object
            // of a preposition after a participle is no subject, the phrase
            // before the participle is
            let p = before?;
            let floor = p.saturating_sub(3).max(lo);
            let ing = (floor..p).rev().find(|&i| {
                let t = self.toks[i];
                t.is_word() && !t.cap && self.word(i).ends_with("ing")
            });
            if let Some(ing) = ing {
                return (ing > lo)
                    .then(|| self.phrase_ending_at(lo, ing - 1))
                    .flatten();
            }
            // "a narrator in the new ad asks", "the spokesman for the
            // ministry said": the description before heads the speaker
            if p > lo && matches!(self.word(p), "in" | "of" | "for" | "at" | "from" | "with") {
                if let Some(head) = self.phrase_ending_at(lo, p - 1) {
                    if head.kind == NpKind::Description && !head.appositive {
                        return Some(Np {
                            last: np.last,
                            ..head
                        });
                    }
                }
            }
        }
        // "the former first lady and U.S. senator said": two roles of one
        // person, the first with its determiner
        let role_noun = |d: &Np| {
            d.kind == NpKind::Description
                && d.role.is_some_and(|(a, _)| self.is(a, TITLE | SPEAKER))
        };
        if role_noun(&np) && np.first >= lo + 2 && self.word(np.first - 1) == "and" {
            if let Some(first) = self
                .description_ending_at(lo, np.first - 2)
                .filter(|d| role_noun(d) && self.is(d.first, DETERMINER))
            {
                return Some(Np {
                    last: np.last,
                    ..first
                });
            }
        }
        Some(np)
    }

    /// The phrase whose last token is `j`.
    pub(crate) fn phrase_ending_at(&self, lo: usize, mut j: usize) -> Option<Np> {
        if self.toks[j].is_punct(')') {
            // "(R)", "(D-S.C.)": a party label after a name
            let floor = j.saturating_sub(8).max(lo);
            let mut k = j;
            while k > floor && !self.toks[k].is_punct('(') {
                k -= 1;
            }
            if !self.toks[k].is_punct('(') || k == 0 || k <= lo {
                return None;
            }
            j = k - 1;
        }
        let t = self.toks[j];
        if !t.is_word() {
            return None;
        }
        if self.is(j, PRONOUN) || self.relative(j) {
            return Some(Np::new(j, j, NpKind::Pronoun));
        }
        if t.cap || self.is(j, TITLE) {
            return self.name_run_ending_at(lo, j);
        }
        self.description_ending_at(lo, j)
    }

    /// The first token of a short time phrase ending at token `j`: "on
    /// Monday (night)", "in 2010", "last week", "this morning".
    fn time_before(&self, lo: usize, j: usize) -> Option<usize> {
        const DAYS: &[&str] = &[
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
        const SPANS: &[&str] = &["week", "month", "year", "weekend", "night", "morning"];
        let mut k = j;
        if k > lo && PARTS.contains(&self.word(k)) && DAYS.contains(&self.word(k - 1)) {
            k -= 1;
        }
        if k <= lo {
            return None;
        }
        let w = self.word(k);
        let before = self.word(k - 1);
        let dated = (DAYS.contains(&w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())))
            && matches!(before, "on" | "in" | "since" | "during");
        let relative = SPANS.contains(&w) && matches!(before, "last" | "this" | "earlier");
        (dated || relative).then_some(k - 1)
    }

    /// Whether token `i` is a relative pronoun that can be a subject:
    /// "Stevie Wonder, who joked", "the department, which reported".
    pub(crate) fn relative(&self, i: usize) -> bool {
        matches!(self.word(i), "who" | "which")
    }

    /// The phrase a relative pronoun at `i` refers to: the one just before
    /// it, past a comma.
    pub(crate) fn antecedent(&self, lo: usize, i: usize) -> Option<Np> {
        let mut j = i.checked_sub(1).filter(|&j| j >= lo)?;
        if self.toks[j].is_punct(',') {
            j = j.checked_sub(1).filter(|&j| j >= lo)?;
        }
        self.phrase_ending_at(lo, j).filter(|np| {
            matches!(
                np.kind,
                NpKind::Person | NpKind::Organization | NpKind::Description
            )
        })
    }

    /// A run of capitalised words, titles and particles ending at `j`.
    fn name_run_ending_at(&self, lo: usize, j: usize) -> Option<Np> {
        let mut k = j;
        // names and their titles are short; the bound keeps long runs of
        // capitals (headlines, shouting) linear
        let lo = lo.max(j.saturating_sub(MAX_RUN));
        while k > lo {
            let p = k - 1;
            let t = &self.toks[p];
            let name_like = t.is_word()
                && ((t.cap && (!self.is(p, NON_NAME) || self.is(p, TITLE)))
                    || self.is(p, PARTICLE));
            let keep = name_like
                || (t.is_word() && self.is(p, TITLE | PORTFOLIO))
                || self.descriptor(p)
                // "Secretary of State John Kerry"
                || (self.word(p) == "of" && p > lo && self.is(p - 1, TITLE) && self.toks[k].cap);
            if !keep {
                break;
            }
            k = p;
        }
        // sentence openers are not part of a name ("However Lavrov")
        while k <= j && self.toks[k].cap && self.is(k, NON_NAME) && !self.is(k, TITLE) {
            k += 1;
        }
        if k > j || (k..=j).all(|i| self.is(i, AFFILIATION)) {
            // "Republican claims": an adjective, not a speaker
            return None;
        }
        // a possessor before a role: "Obama's former campaign strategist"
        if k >= lo + 2 && self.toks[k - 1].kind == Kind::Clitic && !self.toks[k].cap {
            let possessor = self.phrase_ending_at(lo, k - 2)?;
            let mut np = self.classify_run(k, j, false);
            np.first = possessor.first;
            if np.kind == NpKind::Person && np.name.is_none() {
                np.kind = NpKind::Description;
            }
            return Some(np);
        }
        let with_det = k > lo && self.is(k - 1, DETERMINER);
        let mut np = self.classify_run(k, j, with_det);
        if with_det {
            np.first = k - 1;
            // "The New York Times": a capitalised article belongs to the name
            if np.kind == NpKind::Organization && self.toks[k - 1].cap && self.word(k - 1) == "The"
            {
                np.name = np.name.map(|(_, b)| (k - 1, b));
            }
        }
        Some(np)
    }

    /// Splits a name run into affiliation, role and name, and tells a
    /// person from an organisation.
    pub(crate) fn classify_run(&self, k: usize, j: usize, with_det: bool) -> Np {
        // a word after an honorific is a surname even when it is also a
        // title: "Mr. King", "Ms. Judge"
        let title = |i: usize| {
            self.is(i, TITLE) && !is_acronym(self.word(i)) && !(i > k && self.is(i - 1, HONORIFIC))
        };
        let role_word = |i: usize| title(i) || self.descriptor(i);
        let last_title = (k..=j).rev().find(|&i| role_word(i));
        let first_title = (k..=j).find(|&i| role_word(i) && !self.is(i, HONORIFIC));
        let mut np = Np::new(k, j, NpKind::Person);
        if let Some(lt) = last_title {
            if lt < j {
                np.name = Some((lt + 1, j));
                // "news agency RIA Novosti": the name of an organisation
                if self.descriptor(lt) && !self.is(lt, TITLE) && self.is(lt, ORG) {
                    np.kind = NpKind::Organization;
                }
            } else {
                // "the Foreign Minister": a role without a name
                np.kind = NpKind::Description;
            }
            if let Some(mut ft) = first_title.filter(|&ft| ft <= lt) {
                // "Foreign Minister", "US Treasury Secretary": portfolio
                // words join the title
                while ft > k && self.is(ft - 1, PORTFOLIO) {
                    ft -= 1;
                }
                np.role = Some((ft, lt));
                if ft > k {
                    np.affiliation = Some((k, ft - 1));
                }
            }
            return np;
        }
        let org = (k..=j).any(|i| self.is(i, ORG) || is_acronym(self.word(i)));
        if org || (with_det && j - k < 4) {
            np.kind = NpKind::Organization;
            np.name = Some((k, j));
            return np;
        }
        // leading nationality adjectives are not part of a person's name
        let mut start = k;
        while start < j && self.is(start, AFFILIATION) {
            start += 1;
        }
        if start > k {
            np.affiliation = Some((k, start - 1));
        }
        np.name = Some((start, j));
        np
    }

    /// A description ending at `j`: "a senior official", "the source",
    /// "sources", "the influential US daily".
    fn description_ending_at(&self, lo: usize, j: usize) -> Option<Np> {
        let head = self.word(j);
        let known = self.is(j, SPEAKER | TITLE);
        // Right before a reporting verb, any noun after a determiner names
        // the speaker ("the commission says", "the announcer said").
        let noun_like = head.len() >= 2
            && head.chars().all(char::is_alphabetic)
            && !head.ends_with("ly")
            && !self.is(j, NON_NAME);
        if !known && !noun_like {
            return None;
        }
        let floor = j.saturating_sub(12).max(lo);
        let mut k = j;
        while k > floor {
            let p = k - 1;
            let t = &self.toks[p];
            if t.kind == Kind::Clitic && p > lo {
                // a possessor: "the ad's narrator", "Gary Johnson's doctor"
                let mut o = p - 1;
                if !self.is_word_at(o) {
                    return None;
                }
                while o > lo && o > floor && self.is_word_at(o - 1) {
                    let prev = o - 1;
                    if self.is(prev, DETERMINER) {
                        o = prev;
                        break;
                    }
                    if !(self.toks[prev].cap && self.toks[o].cap) {
                        break;
                    }
                    o = prev;
                }
                let mut np = Np::new(o, j, NpKind::Description);
                np.role = Some((j, j));
                return Some(np);
            }
            if !t.is_word() {
                break;
            }
            // a determiner, or a number: "63 percent", "two officials"
            if self.is(p, DETERMINER) || self.word(p).bytes().all(|b| b.is_ascii_digit()) {
                let mut np = Np::new(p, j, NpKind::Description);
                np.role = Some((j, j));
                return Some(np);
            }
            // "the secretary of state", "a mother of three": a noun's "of"
            // complement belongs to its phrase (within the same bound)
            if self.word(p) == "of" && p > floor {
                if let Some(head) = self.description_ending_at(floor, p - 1) {
                    return Some(Np { last: j, ..head });
                }
                break;
            }
            // "the former secretary and current nominee": two roles of one
            // person, the first with its determiner
            if self.word(p) == "and" && known && p > floor {
                if let Some(first) = self.description_ending_at(floor, p - 1).filter(|d| {
                    self.is(d.first, DETERMINER)
                        && d.role.is_some_and(|(a, _)| self.is(a, TITLE | SPEAKER))
                }) {
                    return Some(Np { last: j, ..first });
                }
                break;
            }
            // a function word ends the phrase: "what multiple lawmakers";
            // a modifier after a determiner or title is an adjective there
            // ("the first lady", "former first lady")
            let adjective =
                self.class(p) & STOP == MODIFIER && p > lo && self.is(p - 1, DETERMINER | TITLE);
            if self.is(p, STOP) && !adjective {
                break;
            }
            k = p;
        }
        // a plural without a determiner: "officials said", "multiple
        // lawmakers called"
        if known && head.ends_with('s') {
            let mut np = Np::new(k, j, NpKind::Description);
            np.role = Some((j, j));
            return Some(np);
        }
        None
    }

    /// A determiner's phrase of any lower-case nouns that runs to the end
    /// of its clause (punctuation or `hi`), with the name after it if any:
    /// "said the ruling.", "according to the event organizer Alliance for
    /// Schools". Only where the place shows a speaker: after a reporting
    /// verb that follows its quotation, and after "according to".
    pub(crate) fn clause_final_description(&self, i: usize, hi: usize) -> Option<Np> {
        if !self.is(i, DETERMINER) {
            return None;
        }
        let limit = (i + 7).min(hi);
        let mut k = i + 1;
        while k < limit && self.is_word_at(k) && !self.toks[k].cap && !self.is(k, STOP) {
            k += 1;
        }
        if k == i + 1 {
            return None;
        }
        let head = k - 1;
        if k < hi && self.is_word_at(k) && self.toks[k].cap {
            // a name after the description: "the event organizer Alliance …"
            let named = self.phrase_starting_at(k, hi)?;
            let ends = named.last + 1 >= hi || !self.is_word_at(named.last + 1);
            return (ends && matches!(named.kind, NpKind::Person | NpKind::Organization))
                .then_some(Np {
                    first: i,
                    role: Some((head, head)),
                    ..named
                });
        }
        if k < hi && self.is_word_at(k) {
            return None;
        }
        let mut np = Np::new(i, head, NpKind::Description);
        np.role = Some((head, head));
        Some(np)
    }

    /// "Citizens for Tax Justice", "Alliance to Reclaim Our Schools": a
    /// lower-case connector inside the name of an organisation. The run
    /// `i..=end` continues over the connector to the capitalised words after
    /// it when an organisation word is among them; returns the new end.
    fn organisation_connector(&self, i: usize, end: usize, hi: usize) -> Option<usize> {
        let c = end + 1;
        if !matches!(self.word(c), "for" | "to" | "of" | "on" | "against") {
            return None;
        }
        let mut last = c;
        while last + 1 < hi && self.is_word_at(last + 1) && self.toks[last + 1].cap {
            last += 1;
        }
        let org = (i..=last).any(|k| k != c && self.is(k, ORG));
        (last > c && org).then_some(last)
    }

    /// The speaker phrase that starts at token `i`, not after `hi`: "said
    /// Mr. Gilroy, the law professor", "said a spokesman for the
    /// campaign", "said he".
    pub(crate) fn phrase_starting_at(&self, i: usize, hi: usize) -> Option<Np> {
        let t = self.toks.get(i).filter(|_| i < hi)?;
        if !t.is_word() {
            return None;
        }
        if self.is(i, PRONOUN) {
            return Some(Np::new(i, i, NpKind::Pronoun));
        }
        if self.is(i, DETERMINER) {
            // "a spokesman for the campaign", "the Kremlin"
            let mut k = i + 1;
            let limit = (i + 7).min(hi);
            if self.toks.get(k).is_some_and(|t| t.cap) {
                let mut end = k;
                let run_end = hi.min(k + MAX_RUN);
                while end + 1 < run_end && self.toks[end + 1].is_word() && self.toks[end + 1].cap {
                    end += 1;
                }
                let mut np = self.classify_run(k, end, true);
                if np.kind == NpKind::Organization && t.cap && self.word(i) == "The" {
                    np.name = np.name.map(|(_, b)| (i, b));
                }
                // "the Russian foreign minister": a description after all
                if end + 1 < hi && self.is_word_at(end + 1) && self.is(end + 1, SPEAKER) {
                    np = Np::new(i, end + 1, NpKind::Description);
                    np.role = Some((end + 1, end + 1));
                    return Some(np);
                }
                np.first = i;
                return Some(np);
            }
            while k < limit && self.is_word_at(k) && !self.toks[k].cap {
                if self.is(k, SPEAKER | TITLE) {
                    let mut np = Np::new(i, k, NpKind::Description);
                    np.role = Some((k, k));
                    return Some(np);
                }
                k += 1;
            }
            return None;
        }
        if t.cap || self.is(i, TITLE) {
            let mut end = i;
            let hi = hi.min(i + MAX_RUN);
            while end + 1 < hi {
                let n = &self.toks[end + 1];
                if (n.is_word() && (n.cap || self.is(end + 1, PARTICLE)))
                    || (self.word(end + 1) == "of"
                        && self.is(end, TITLE)
                        && self.toks.get(end + 2).is_some_and(|t| t.cap))
                {
                    end += 1;
                } else if let Some(joined) = self.organisation_connector(i, end, hi) {
                    end = joined;
                } else if self.descriptor(end + 1) {
                    // descriptors count only with a name after them
                    let mut m = end + 1;
                    while m < hi && self.descriptor(m) {
                        m += 1;
                    }
                    if m < hi && self.toks[m].is_word() && self.toks[m].cap {
                        end = m;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let mut k = i;
            while k <= end && self.is(k, NON_NAME) && !self.is(k, TITLE) {
                k += 1;
            }
            if k > end {
                return None;
            }
            return Some(self.classify_run(k, end, false));
        }
        // lower-case modifiers and a role before a name: "conservative talk
        // radio host Rush Limbaugh"
        let mut k = i;
        while k < hi.min(i + 6) && self.is_word_at(k) && !self.toks[k].cap && !self.is(k, STOP) {
            k += 1;
        }
        if k > i && k < hi && self.toks[k].cap && self.descriptor(k - 1) {
            if let Some(np) = self.phrase_starting_at(k, hi) {
                if np.kind == NpKind::Person && np.name.is_some() {
                    return Some(Np { first: i, ..np });
                }
            }
        }
        if self.is(i, SPEAKER) && self.word(i).ends_with('s') {
            let mut np = Np::new(i, i, NpKind::Description);
            np.role = Some((i, i));
            return Some(np);
        }
        None
    }
}
