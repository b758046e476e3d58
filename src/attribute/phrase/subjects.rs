//! Where a speaker phrase stands before a verb: its subject ("Lavrov
//! said", "the minister, who …, said", "Trump on Monday said"), read back
//! from the verb by trying the grammar of [`parse`](super::parse) from each
//! start in turn and keeping the longest phrase that ends there; and what a
//! relative pronoun refers to.

use super::parse::looks_adjective;
use super::{
    ADVERB_REACH, IRREGULAR_PAST, Np, Reader, STOP, is_past_form, looks_finite, subject_pronoun,
};
use crate::attribute::MentionKind;
use crate::attribute::classes::{
    AFFILIATION, ARTICLE, DETERMINER, DOCUMENT, EVIDENCE, HONORIFIC, MODIFIER, NON_NAME, ORG,
    POSSESSIVE, PREPOSITION, PRONOUN, SPEAKER, SPEECH_NOUN, SUBORDINATOR, THOUGHT, TITLE, VERB,
};
use crate::attribute::frame::{MONTH_ABBREVIATIONS, is_finite_auxiliary};
use crate::attribute::tokens::Kind;
use crate::lexicon::{MAX_WORD, folded};

/// Names of days and months, which make a time phrase ("on Monday").
pub(crate) const DAYS: &[&str] = &[
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

/// Whether `w` names a month, in full or abbreviated, with its period or
/// without ("June", "Jan.", "Sept").
fn is_month(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    DAYS[7..].contains(&w) || MONTH_ABBREVIATIONS.contains(&w)
}

/// Whether `w` is a day of a month in digits ("3", "12", "31").
fn is_day_of_month(w: &str) -> bool {
    (1..=2).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Whether `w` is four digits, as a year is ("2012").
pub(crate) fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// Parts of a day after its name ("Monday night").
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// How many words a description read back to its determiner may have.
const LOOSE_DESCRIPTION: usize = 5;

/// How far before a preposition a participle describing the subject may
/// stand, in words ("released in September by").
const PARTICIPLE_REACH: usize = 4;

/// Irregular past participles that take an agent after a noun ("a memo
/// seen by Reuters", "a letter written by aides"), besides the forms in
/// -ed and the irregular past forms.
const AGENT_PARTICIPLES: &[&str] = &[
    "seen", "written", "given", "shown", "taken", "drawn", "known", "hurt", "hit",
];

/// Spans of time after "last", "this" or "earlier" ("last week").
const TIME_SPANS: &[&str] = &["week", "month", "year", "weekend", "night", "morning"];

/// Words that make a weekday after them part of a name ("Super Tuesday",
/// "Black Friday").
const NAMED_DAYS: &[&str] = &[
    "Super", "Black", "Good", "Cyber", "Ash", "Fat", "Easter", "Palm", "Holy", "Bloody", "Giving",
];

/// Prepositions whose complement may close the subject of a clause
/// although the speaker grammar reads none after them: "the group behind
/// the ad", "the debate over the bill", "officials within the agency".
const SUBJECT_PREPOSITIONS: &[&str] = &[
    "about", "against", "among", "behind", "between", "over", "under", "within",
];

/// How many tokens a phrase read back from its end may have.
const MAX_PHRASE: usize = 16;

/// How far back an appositive or relative clause may reach, in tokens,
/// and across how many commas.
const APPOSITIVE_REACH: usize = 40;
const APPOSITIVE_COMMAS: usize = 4;

/// How many tokens a party label in parentheses after a name may have
/// ("(D-Newport News)").
const PARTY_LABEL: usize = 8;

/// How many tokens an aside in parentheses after a phrase may have
/// before the phrase's verb.
const PAREN_ASIDE: usize = 24;

/// How many tokens an absolute aside may have between its commas ("his
/// hand on his holster").
const ABSOLUTE_REACH: usize = 6;

/// How many words a medium of speaking may have between its preposition
/// and its noun ("in a brief written statement").
pub(crate) const MEDIUM_WORDS: usize = 4;

/// How far before its verb a medium of speaking that a participle
/// describes may start ("in a statement released on Monday said"), in
/// tokens.
const MEDIUM_REACH: usize = 5;

/// How far before a verb a relative clause without commas may start, in
/// tokens ("officials who spoke on condition of anonymity said").
const RELATIVE_REACH: usize = 16;

/// Words after which a phrase starts a clause of its own.
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "as", "because", "that", "so", "which", "who", "even", "also", "when",
    "what", "where", "how", "why", "whom", "whether",
];

/// Participles not in -ed that open an aside after a subject ("The memo,
/// sent to the board, said"; "The mayor, known for her temper, said").
/// Lower case.
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "sent", "made", "held", "brought", "built", "kept", "led", "paid", "sold", "taught", "found",
    "known", "written", "given", "taken", "chosen", "drawn", "grown", "shown", "seen", "born",
    "struck", "stung", "stricken", "shaken", "driven", "beaten", "torn", "thrown", "bitten",
    "caught", "hit", "hurt", "bound", "left", "stuck",
];

/// How many names a list before "A and B" may add.
const LIST_NAMES: usize = 4;

/// Connectives that stand alone between a subject's commas and its verb
/// ("The report, meanwhile, says").
const ASIDE_CONNECTIVES: &[&str] = &[
    "meanwhile",
    "however",
    "though",
    "too",
    "also",
    "instead",
    "moreover",
    "indeed",
    "nonetheless",
    "nevertheless",
    "likewise",
    "similarly",
    "separately",
    "therefore",
    "thus",
];

/// How many words a plain phrase before a connective aside may have
/// ("Cement makers, for instance, argue").
const PLAIN_BEFORE_CONNECTIVE: usize = 3;

/// Whether tokens `inner..j` are a connective alone ("meanwhile",
/// "however"), or a phrase of one ("for its part", "in turn", "in fact",
/// "of course", "by contrast", "for instance").
fn connective_aside(r: &Reader<'_>, inner: usize, j: usize) -> bool {
    match j.checked_sub(inner) {
        Some(1) => ASIDE_CONNECTIVES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(r.word(inner))),
        Some(2) => matches!(
            (r.word(inner), r.word(inner + 1)),
            ("in", "turn" | "fact" | "contrast" | "response" | "addition")
                | ("of", "course")
                | ("by", "contrast")
                | ("for", "instance" | "example")
        ),
        Some(3) => {
            r.word(inner) == "for" && r.is(inner + 1, POSSESSIVE) && r.word(inner + 2) == "part"
        }
        _ => false,
    }
}

/// Adverbs of order that open a sentence before its subject ("First his
/// wife announced"), capitalised there.
const ORDER_ADVERBS: &[&str] = &["First", "Finally", "Earlier", "Afterward", "Separately"];

/// Verbs whose object is the subject of a plain verb after it: of
/// perceiving, making, letting and helping ("heard people say", "made
/// voters believe"), every form.
const BARE_TAKERS: &[&str] = &[
    "hear", "hears", "heard", "hearing", "see", "sees", "saw", "seen", "seeing", "watch",
    "watches", "watched", "watching", "make", "makes", "made", "making", "let", "lets", "letting",
    "help", "helps", "helped", "helping",
];

/// Adverbs of time that may open an aside on a speaker before an age or
/// a phrase ("the former mayor, now 80,", "the coach, then in his first
/// season,").
const ASIDE_TIMES: &[&str] = &["now", "then", "still"];

impl Reader<'_> {
    /// The phrase whose last token is `j` (not starting before `lo`): the
    /// longest that the grammar reads from some start to exactly `j`.
    pub(crate) fn phrase_ending_at(&self, lo: usize, mut j: usize) -> Option<Np> {
        if self.toks[j].is_punct(')') {
            // "(R)", "(D-S.C.)": a party label after a name; or an aside
            // ("Sen. Ann Lee (a Democrat so young she is taken for an
            // aide) says")
            let floor = j.saturating_sub(PAREN_ASIDE).max(lo);
            let k = (floor..j).rev().find(|&k| self.toks[k].is_punct('('))?;
            j = k.checked_sub(1).filter(|&k| k >= lo)?;
        }
        if !self.is_word_at(j) {
            return None;
        }
        if self.relative(j) {
            return Some(Np::pronoun(j));
        }
        // a phrase holds no punctuation or quotation: start after the last
        let mut floor = lo.max(j.saturating_sub(MAX_PHRASE));
        if let Some(p) = (floor..j).rev().find(|&k| {
            let t = &self.toks[k];
            !t.is_word()
                && t.kind != crate::attribute::tokens::Kind::Clitic
                && !self.nickname(k)
                && !self.title_modifier(k)
                && !self.in_initials(k, j + 1)
                && !self.month_period(k)
                && !self.in_city_state(k, j + 1)
        }) {
            floor = p + 1;
        }
        let from = |s: usize| {
            if self.perfect_participle(s) {
                return None;
            }
            self.phrase_within(s, j + 1, false)
                .filter(|np| np.last == j && !self.headed_apart(s, j))
        };
        // (a phrase from a year of a time phrase only where no later start
        // reads one)
        let mut year = None;
        (floor..=j)
            .find_map(|s| {
                if self.year_of_time(s) {
                    year = year.or(Some(s));
                    return None;
                }
                from(s)
            })
            .or_else(|| year.and_then(from))
    }

    /// Whether token `s` is a past participle right after a perfect "has",
    /// "have" or "had", the verb of its clause: "has drawn huge crowds",
    /// "would have allowed private citizens" start no phrase there.
    fn perfect_participle(&self, s: usize) -> bool {
        s > 0
            && self.is_word_at(s - 1)
            && matches!(self.word(s - 1), "has" | "have" | "had")
            && self.is_word_at(s)
            && !self.is_cap(s)
            && {
                let w = self.word(s);
                is_past_form(w) || IRREGULAR_PARTICIPLES.contains(&w)
            }
    }

    /// Whether token `s` is a year after a preposition, or after a month
    /// after one ("In 2012 Obama said", "By 2015 three senators had", "in
    /// June 2012 Lee"; not "a March 2016 meeting"), which closes a phrase
    /// of time: a phrase starts there only where no later one does.
    /// So is a day of a month after one ("On March 12 Lee said", "By
    /// June 3 Lee had").
    fn year_of_time(&self, s: usize) -> bool {
        let w = self.word(s);
        // (the cheap test first: this runs for every start of a phrase)
        if s == 0 || !w.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        // (the month's abbreviation may keep its period as a token of its
        // own: "on Sept. 12")
        let after_month = || {
            self.month_before(s)
                .is_some_and(|m| m > 0 && self.is(m - 1, PREPOSITION))
        };
        (is_year(w) && self.is_word_at(s - 1) && self.is(s - 1, PREPOSITION))
            || ((is_year(w) || is_day_of_month(w)) && after_month())
    }

    /// The month right before token `k`, as a word or an abbreviation
    /// whose period stands as a token of its own ("June 2012", "Jan. 5").
    pub(crate) fn month_before(&self, k: usize) -> Option<usize> {
        let m = k.checked_sub(1)?;
        if is_month(self.word(m)) {
            return Some(m);
        }
        let m = m
            .checked_sub(1)
            .filter(|_| self.toks[k - 1].is_punct('.'))?;
        (self.is_word_at(m) && is_month(self.word(m))).then_some(m)
    }

    /// Whether a phrase from `s` to `j` leaves out the article before a
    /// common noun at `s` that heads a phrase of its own: "in a way FBI
    /// Director James Comey slammed", whose subject starts at "FBI" (a
    /// phrase of a speaker's noun keeps it: "the campaign manager Ann
    /// Lee" starts at "the").
    /// (From the article too where the noun is one of speech, the object
    /// of a relative clause without its pronoun: "a charge Democrat Elena
    /// Ruiz called …" starts at "Democrat".)
    fn headed_apart(&self, s: usize, j: usize) -> bool {
        let noun = |n: usize| {
            n < j
                && self.is_word_at(n)
                && !self.is_cap(n)
                && !self.is(n, SPEAKER | TITLE | ORG | AFFILIATION | MODIFIER | DOCUMENT)
                && self.is_cap(n + 1)
        };
        (s > 0 && self.is(s - 1, ARTICLE) && noun(s))
            || (self.is(s, ARTICLE) && noun(s + 1) && self.is(s + 1, SPEECH_NOUN))
    }

    /// The speaker phrase that ends just before token `v` (a reporting
    /// verb), not before `lo`: "Lavrov said", "the minister, who …, said",
    /// "Gov. Pat Moran (R) said".
    pub(crate) fn subject_before(&self, lo: usize, v: usize) -> Option<Np> {
        // ("Sanders himself acknowledged": an emphatic reflexive after the
        // subject is no part of its phrase)
        // (before an auxiliary too: "The president himself has said")
        let reflexive = |i: usize| {
            i > lo
                && matches!(
                    self.word(i),
                    "himself" | "herself" | "itself" | "themselves"
                )
                && self.is_word_at(i - 1)
        };
        if v > lo && reflexive(v - 1) {
            return self.subject_before(lo, v - 1);
        }
        if v > lo + 2 && is_finite_auxiliary(self.word(v - 1)) && reflexive(v - 2) {
            return self.subject_before(lo, v - 2);
        }
        if let Some(p) = self.medium_before(lo, v) {
            return self.subject_before(lo, p);
        }
        if let Some(np) = self
            .before_relative(lo, v)
            .or_else(|| self.before_contact_clause(lo, v))
        {
            return Some(np);
        }
        let j = self.subject_end(lo, v)?;
        // (a title closing the appositive keeps its comma inside its
        // marks: "Trump, the star of "The Apprentice," said")
        if self.comma_at(j) {
            return self.across_appositive(lo, j);
        }
        if self.toks[j].is_dash() {
            return self.across_dashes(lo, j);
        }
        if let Some(np) = self.coordinate_adjective(lo, j) {
            return Some(np);
        }
        let np = match self.phrase_ending_at(lo, j) {
            Some(np) => self.with_bound(lo, self.without_occasion(np)),
            // ("at least 2,000 said": a bounded count alone)
            None => self.bounded_count(lo, j)?,
        };
        let np = self.after_bare_taker(lo, np, v);
        if let Some(both) = self.neither_nor(lo, &np) {
            return Some(both);
        }
        match self.after_preposition(lo, &np) {
            Some(found) => found,
            None => Some(self.list_before(lo, self.labelled_pair_before(lo, np))),
        }
    }

    /// "at least 2,000 (people) said", "at most 40 said": the bound of a
    /// quantity opens the phrase, which the grammar read from "least" or
    /// from the number.
    fn with_bound(&self, lo: usize, mut np: Np) -> Np {
        if self.bound_at(lo, np.first) {
            np.first -= 1;
        } else if np.first > lo && self.is_number(np.first) && self.bound_at(lo, np.first - 1) {
            np.first -= 2;
        }
        np
    }

    /// "at least 2,000" ending at the number `j`, not before `lo`, as a
    /// phrase of its own.
    fn bounded_count(&self, lo: usize, j: usize) -> Option<Np> {
        (j > lo && self.is_number(j) && self.bound_at(lo, j - 1)).then(|| Np::description(j - 2, j))
    }

    /// Whether "least" or "most" at `k` closes "at least" or "at most",
    /// its "at" not before `lo`.
    fn bound_at(&self, lo: usize, k: usize) -> bool {
        k > lo
            && matches!(self.word(k), "least" | "most")
            && self.word(k - 1).eq_ignore_ascii_case("at")
    }

    /// "He heard people say …", "She made voters believe …", "The ad let
    /// viewers think …": before a verb in its plain form, a verb of
    /// perceiving, making, letting or helping inside the phrase read back
    /// (or opening it after a subject pronoun) takes the rest as its
    /// object, which is the subject of that verb.
    fn after_bare_taker(&self, lo: usize, np: Np, v: usize) -> Np {
        let plain = {
            let w = self.word(v);
            !(looks_finite(w) || w.ends_with("ing"))
        };
        if !plain || np.kind == MentionKind::Pronoun || np.first == np.last {
            return np;
        }
        let taker = (np.first..np.last).rev().find(|&p| {
            self.is_word_at(p)
                && !self.is_cap(p)
                && BARE_TAKERS.contains(&self.word(p))
                && (p > np.first || (p > lo && self.is(p - 1, PRONOUN)))
        });
        match taker.and_then(|p| self.phrase_ending_at(p + 1, np.last)) {
            Some(object) if object.first == taker.map_or(0, |p| p + 1) => object,
            _ => np,
        }
    }

    /// "The senator in an interview said", "Trump in a tweet called": a
    /// subject read back from its verb without the complement naming the
    /// occasion of the words, which the phrase kept to reach the verb (a
    /// document stays: "Four voters in a new poll said").
    fn without_occasion(&self, np: Np) -> Np {
        // (most phrases end in no occasion: tested first, as cheaply)
        if np.kind == MentionKind::Pronoun
            || !self.is_occasion(np.last)
            || self.is(np.last, DOCUMENT)
            || !(np.first..np.last).any(|i| matches!(self.word(i), "in" | "on" | "during"))
        {
            return np;
        }
        match self.phrase_within(np.first, np.last + 1, true) {
            Some(short)
                if short.last < np.last
                    && matches!(self.word(short.last + 1), "in" | "on" | "during") =>
            {
                short
            }
            _ => np,
        }
    }

    /// "Ann Lee in a statement issued here said": the preposition of a
    /// medium of speaking that a participle describes (with its words of
    /// place or time), standing between the subject and its verb at `v`
    /// (after an appositive's comma too: "The spokesman, Ann Lee, in a
    /// statement issued here said").
    fn medium_before(&self, lo: usize, v: usize) -> Option<usize> {
        let floor = lo.max(v.saturating_sub(MEDIUM_REACH));
        let participle = (floor + 1..v)
            .rev()
            .take_while(|&i| {
                self.is_word_at(i) && (!self.is_cap(i) || DAYS.contains(&self.word(i)))
            })
            .find(|&i| self.is(i - 1, SPEECH_NOUN | DOCUMENT) && is_past_form(self.word(i)))?;
        self.medium_preposition(lo + 1, participle - 1)
            .filter(|&k| {
                matches!(self.word(k), "in" | "during")
                    && (self.is_word_at(k - 1) || self.comma_at(k - 1))
            })
    }

    /// The preposition of a medium of speaking whose noun is at `noun`
    /// ("in a brief written statement", "via a message"): back from the
    /// noun past its determiner and modifiers, within [`MEDIUM_WORDS`],
    /// not before `lo`.
    pub(crate) fn medium_preposition(&self, lo: usize, noun: usize) -> Option<usize> {
        (noun.saturating_sub(MEDIUM_WORDS).max(lo)..noun)
            .rev()
            .take_while(|&k| self.is_word_at(k) && !self.is_cap(k))
            .find(|&k| {
                !self.is(k, DETERMINER | POSSESSIVE | MODIFIER) && !looks_adjective(self.word(k))
            })
            .filter(|&k| matches!(self.word(k), "in" | "on" | "via" | "through" | "during"))
    }

    /// "Neither the White House nor the State Department responded",
    /// "Either Lee or Park will speak": the pair ending with `np`, from
    /// "neither" or "either", as one coordinated speaker.
    fn neither_nor(&self, lo: usize, np: &Np) -> Option<Np> {
        let joiner = np.first.checked_sub(1).filter(|&k| k > lo)?;
        let opener = match self.word(joiner) {
            "nor" => "neither",
            "or" => "either",
            _ => return None,
        };
        let first = self.phrase_ending_at(lo, joiner - 1)?;
        let k = first.first.checked_sub(1).filter(|&k| k >= lo)?;
        if !self.word(k).eq_ignore_ascii_case(opener) || first.kind == MentionKind::Pronoun {
            return None;
        }
        // two people or bodies: no one name or role; of two kinds, a
        // description
        let kind = if first.kind == np.kind {
            np.kind
        } else {
            MentionKind::Description
        };
        Some(Np {
            coordinated: true,
            ..Np::new(k, np.last, kind)
        })
    }

    /// A description whose first adjective is parted from the rest by a
    /// comma, ending at token `j`, its head, a speaker noun ("the
    /// bespectacled, 71-year-old diplomat said", "a tall, soft-spoken man
    /// said"): determiner, adjective, comma, then up to three lower-case
    /// modifiers and the head. The grammar reads no phrase across
    /// punctuation, so it finds none there or only the part after the
    /// comma.
    fn coordinate_adjective(&self, lo: usize, j: usize) -> Option<Np> {
        if !self.is_word_at(j) || self.is_cap(j) || !self.is(j, SPEAKER) {
            return None;
        }
        let floor = j.saturating_sub(4).max(lo);
        let comma = (floor..j).rev().find(|&k| !self.is_word_at(k))?;
        let modifiers = comma + 1..j;
        if comma < lo + 2
            || !self.toks[comma].is_punct(',')
            || !modifiers
                .clone()
                .all(|k| !self.is_cap(k) && !self.is(k, STOP | DETERMINER))
        {
            return None;
        }
        let (adjective, det) = (comma - 1, comma - 2);
        let described = self.is_word_at(adjective)
            && !self.is_cap(adjective)
            && !self.is(adjective, STOP)
            && looks_adjective(self.word(adjective))
            && self.is(det, ARTICLE)
            && self.opens_clause(lo, det);
        described.then(|| Np::description(det, j))
    }

    /// "said Sens. Ann Lee (D-Ore.) and Tom Kim (D-Ohio)": after a verb,
    /// a named person `np`, a party label in parentheses, "and" and
    /// another named person are one coordinated speaker, up to the second
    /// name (as [`Reader::labelled_pair_before`] reads it before a verb).
    pub(crate) fn labelled_pair_after(&self, np: Np, hi: usize) -> Np {
        if np.kind != MentionKind::Person || !np.is_named() || np.coordinated {
            return np;
        }
        let Some(close) = self.label_after(np.last + 1, hi) else {
            return np;
        };
        if self.word(close + 1) != "and" {
            return np;
        }
        match self.phrase_starting_at(close + 2, hi) {
            Some(second) if second.kind == MentionKind::Person && second.is_named() => Np {
                last: second.last,
                coordinated: true,
                name: None,
                ..np
            },
            _ => np,
        }
    }

    /// The closing parenthesis of a party label opening at `open`
    /// ("(D-Ore.)"), if one is there.
    fn label_after(&self, open: usize, hi: usize) -> Option<usize> {
        if open + 2 >= hi || !self.toks[open].is_punct('(') || !self.party_label(open + 1) {
            return None;
        }
        (open + 2..hi.min(open + PARTY_LABEL + 1)).find(|&k| self.toks[k].is_punct(')'))
    }

    /// Two names joined by "and" with more names before them, each
    /// closed by a comma: the whole list ("Ann Lee, Bo Chen and Kim Park
    /// said"), where the list opens its clause.
    /// "Sen. Ann Lee (D-Ore.) and Rep. Tom Kim (D-Ohio) said": the name
    /// `np` after "and", and a named person with a party label in
    /// parentheses before it, are one coordinated subject.
    fn labelled_pair_before(&self, lo: usize, np: Np) -> Np {
        if np.kind != MentionKind::Person || !np.is_named() || np.first < lo + 4 {
            return np;
        }
        let and = np.first - 1;
        let close = and - 1;
        if self.word(and) != "and" || !self.toks[close].is_punct(')') {
            return np;
        }
        let floor = close.saturating_sub(PARTY_LABEL).max(lo);
        let Some(open) = (floor..close).rev().find(|&k| self.toks[k].is_punct('(')) else {
            return np;
        };
        // (or a state alone, "(Ky.)", "(N.Y.)", or a party's letter, "(D)":
        // capitalised words and periods)
        let state = close > open + 1
            && close - open <= 4
            && self.is_cap(open + 1)
            && (open + 1..close).all(|k| self.is_cap(k) || self.toks[k].is_punct('.'));
        if open <= lo || !(self.party_label(open + 1) || state) {
            return np;
        }
        match self.phrase_ending_at(lo, open - 1) {
            Some(first)
                if first.kind == MentionKind::Person
                    && first.is_named()
                    && !first.coordinated
                    && self.opens_clause(lo, first.first) =>
            {
                Np {
                    first: first.first,
                    coordinated: true,
                    name: None,
                    ..np
                }
            }
            _ => np,
        }
    }

    fn list_before(&self, lo: usize, np: Np) -> Np {
        if !np.coordinated || np.kind != MentionKind::Person {
            return np;
        }
        let mut first = np.first;
        for _ in 0..LIST_NAMES {
            let comma = first.saturating_sub(1);
            if comma <= lo || !self.toks[comma].is_punct(',') {
                break;
            }
            match self.phrase_ending_at(lo, comma - 1) {
                Some(name)
                    if name.kind == MentionKind::Person && name.is_named() && !name.coordinated =>
                {
                    first = name.first;
                }
                _ => break,
            }
        }
        if first == np.first || !self.opens_clause(lo, first) {
            return np;
        }
        Np { first, ..np }
    }

    /// A list of names read forward from its first, `np`, each closed by
    /// a comma and the last joined by "and" or "or", after a comma too:
    /// the whole list ("asked Ann Lee, Bo Chen and Kim Park to …",
    /// "supported Sen. Ted Cruz, R-Texas, and Carly Fiorina"), within
    /// `hi`; else `np` (a list never closed is no list: "endorsed Ann Lee,
    /// Bo Chen.").
    pub(crate) fn list_after(&self, np: Np, hi: usize) -> Np {
        if np.coordinated || !np.is_named() {
            return np;
        }
        let mut last = np.last;
        for _ in 0..LIST_NAMES {
            let comma = last + 1;
            if comma + 1 >= hi || !self.toks[comma].is_punct(',') {
                break;
            }
            let closing = matches!(self.word(comma + 1), "and" | "or");
            let item = comma + 1 + usize::from(closing);
            match self.phrase_starting_at(item, hi) {
                Some(name) if name.is_named() => {
                    if closing || name.coordinated {
                        return Np {
                            last: name.last,
                            coordinated: true,
                            ..np
                        };
                    }
                    last = name.last;
                }
                _ => break,
            }
        }
        np
    }

    /// Whether token `i` is a comma, or a quotation that ends with one
    /// inside its marks (US style: "… a gun," but he said).
    pub(crate) fn comma_at(&self, i: usize) -> bool {
        let Some(&t) = self.toks.get(i) else {
            return false;
        };
        t.is_punct(',')
            || (t.quote().is_some()
                && self
                    .word(i)
                    .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
                    .ends_with(','))
    }

    /// The last token of the subject of the verb at `v`: past modifiers
    /// and a time between subject and verb ("Trump on Monday said", "who
    /// in 2010 said", "Clinton last week told", "has also said"; a few at
    /// most, so that the cost stays bounded).
    fn subject_end(&self, lo: usize, v: usize) -> Option<usize> {
        let mut j = v.checked_sub(1)?;
        for _ in 0..3 {
            let floor = j.saturating_sub(ADVERB_REACH);
            // ("Smith and Jones both said", "the senators all said": a
            // quantifier floating after its subject, which a word before
            // it shows)
            while j >= lo
                && j > floor
                && (self.is_modifier(j) || (self.floating_quantifier(j) && j > lo))
            {
                j -= 1;
            }
            // "Officials have, however, said", "He would, in fact, argue":
            // a connective between commas after an auxiliary or adverb
            if let Some(open) = self.aside_after_modifier(lo, j) {
                j = open - 1;
                continue;
            }
            match self.time_before(lo, j) {
                Some(k) if k > lo => j = k - 1,
                _ => break,
            }
        }
        (j >= lo).then_some(j)
    }

    /// The opening comma of a connective aside ([`connective_aside`])
    /// that closes with the comma at `j`, right after an auxiliary or
    /// adverb.
    fn aside_after_modifier(&self, lo: usize, j: usize) -> Option<usize> {
        if !self.comma_at(j) {
            return None;
        }
        (2..=4).find_map(|len| {
            let open = j.checked_sub(len).filter(|&o| o > lo + 1)?;
            (self.comma_at(open)
                && connective_aside(self, open + 1, j)
                && self.is_word_at(open - 1)
                && self.is_modifier(open - 1))
            .then_some(open)
        })
    }

    /// Whether token `j` is "all", "both" or "each" in lower case after a
    /// word, or after a party label closing a name ("Lee and Kim (R-Va.)
    /// both said"; not "Both said", where it is the subject).
    fn floating_quantifier(&self, j: usize) -> bool {
        j > 0
            && !self.is_cap(j)
            && matches!(self.word(j), "all" | "both" | "each")
            && ((self.is_word_at(j - 1) && !self.is(j - 1, DETERMINER | PREPOSITION))
                || self.toks[j - 1].is_punct(')'))
    }

    /// "A White House official who spoke anonymously said", "The company
    /// that built the bridge said": the phrase before a relative clause,
    /// set off by no comma, that has a verb of its own before the verb at
    /// `v`. Where the verb follows "who"
    /// directly ("the man who said"), "who" is the subject, read as usual.
    fn before_relative(&self, lo: usize, v: usize) -> Option<Np> {
        let floor = lo.max(v.saturating_sub(RELATIVE_REACH));
        // (a possessive's clitic is part of the clause: "who heard
        // Lee's speech")
        let who = (floor..v)
            .rev()
            .take_while(|&k| {
                self.is_word_at(k) || self.toks[k].kind == crate::attribute::tokens::Kind::Clitic
            })
            .find(|&k| self.word(k) == "who" || self.object_relative(k, v))?;
        if who <= lo || !self.is_word_at(who - 1) {
            return None;
        }
        // the clause's verb: the first word after "who" past adverbs and
        // auxiliaries ("who know him", "who has long opposed it")
        let mut k = who + 1;
        while k < v && self.is_modifier(k) {
            k += 1;
        }
        let function = PREPOSITION | SUBORDINATOR | DETERMINER | PRONOUN;
        if k >= v || self.is_cap(k) || self.is(k, function) || self.is_number(k) {
            return None;
        }
        // a verb of saying or thought whose clause opens with its own
        // subject: the verb at `v` is that clause's, not the sentence's
        // ("voters who said they back Lee", "those who think that it …")
        if self.is(k, VERB | THOUGHT) {
            let s = k + 1 + usize::from(self.word(k + 1) == "that");
            if s < v
                && subject_pronoun(self.word(s))
                && (s + 1..v).all(|i| self.is_modifier(i) || is_finite_auxiliary(self.word(i)))
            {
                return None;
            }
        }
        // (after "that" or "which", only a known speaker word or a name:
        // "a speech that included comparing …" is no speaker)
        let object = self.word(who) != "who";
        if !object {
            if let Some(np) = self.restricted_pronoun(lo, who, v) {
                return Some(np);
            }
        }
        self.phrase_ending_at(lo, who - 1)
            .filter(|np| np.kind != MentionKind::Pronoun && !(object && np.generic))
    }

    /// "Those who backed Lee said", "Some 27 percent of those who named a
    /// candidate said": a pronoun that only its relative clause gives a
    /// meaning, with "who" at `who`, before the verb at `v`; the mention
    /// takes the clause in, with a share it is "of" before it.
    fn restricted_pronoun(&self, lo: usize, who: usize, v: usize) -> Option<Np> {
        let p = who - 1;
        // (one clause, with no second verb joined to it, "those who left
        // but said", before a verb of the sentence's own, not a
        // participle, "those who should be shunned for supporting")
        if self.word(v).ends_with("ing")
            || (who + 1..v).any(|k| matches!(self.word(k), "and" | "but" | "or"))
        {
            return None;
        }
        let mut buf = [0u8; MAX_WORD];
        if !matches!(
            &*folded(self.word(p), &mut buf),
            "those" | "anyone" | "everyone" | "anybody" | "everybody"
        ) {
            return None;
        }
        // (a share of them: "most of those", "27 percent of those")
        let first = p
            .checked_sub(2)
            .filter(|&o| o >= lo && self.word(o + 1) == "of")
            .and_then(|o| {
                self.phrase_ending_at(lo, o).map(|np| np.first).or_else(|| {
                    matches!(
                        &*folded(self.word(o), &mut buf),
                        "most" | "many" | "some" | "half" | "all" | "few" | "none"
                    )
                    .then_some(o)
                })
            })
            .unwrap_or(p);
        Some(Np::new(first, v - 1, MentionKind::Description))
    }

    /// "All the experts I interviewed said", "the people we spoke with
    /// say": the phrase before a relative clause without its pronoun, a
    /// subject pronoun and a past form (with a stranded preposition) right
    /// before the verb at `v`, which the mention takes in. Only a name or a
    /// speaker word heads it.
    fn before_contact_clause(&self, lo: usize, v: usize) -> Option<Np> {
        let mut k = v.checked_sub(1)?;
        if matches!(self.word(k), "to" | "with" | "for" | "from") {
            k = k.checked_sub(1)?;
        }
        let p = k.checked_sub(1)?;
        if p <= lo
            || !self.is_word_at(k)
            || self.is_cap(k)
            || !is_past_form(self.word(k))
            || !(subject_pronoun(self.word(p)) || self.word(p) == "you")
            || !self.is_word_at(p - 1)
        {
            return None;
        }
        // (the clause is part of the mention: "the experts I interviewed")
        let np = self
            .phrase_ending_at(lo, p - 1)
            .filter(|np| np.kind != MentionKind::Pronoun && !np.generic)?;
        Some(Np { last: v - 1, ..np })
    }

    /// Whether "that" or "which" at `k` opens a relative clause on the noun
    /// before it, with a finite verb of its own right after it: "the
    /// company that built the bridge", "the agency which runs the port".
    /// The clause must end at the verb it precedes (`v`, finite: not "a
    /// speech that included Trump vowing"), its own verb must take no
    /// clause ("a poll that shows voters favor …"), and its object must
    /// follow it bare: no subordinator opens another clause ("battles that
    /// preceded the vote because the court refused") and no preposition
    /// leaves room for a participle ("messages that appeared on chains
    /// recently labeled").
    fn object_relative(&self, k: usize, v: usize) -> bool {
        self.relative_with_verb(k)
            && self.noun_before(k)
            && looks_finite(self.word(v))
            && !self.is(k + 1, VERB | THOUGHT | EVIDENCE)
            && !(k + 2..v).any(|i| self.is(i, SUBORDINATOR | PREPOSITION))
    }

    /// The subject before an appositive or relative clause that ends with
    /// the comma at `j`: "Flynn, a top surrogate, said"; "Mr. Daniloff, now
    /// 81 and retired in Cambridge, Mass., said" (the nearest comma whose
    /// phrase opens a clause); "Another critic, Laurence H. Tribe, likened"
    /// (the name between the commas); "The senator, who asked not to be
    /// named, said".
    fn across_appositive(&self, lo: usize, j: usize) -> Option<Np> {
        let floor = j.saturating_sub(APPOSITIVE_REACH).max(lo);
        let mut k = j;
        let mut nearest = None;
        for _ in 0..APPOSITIVE_COMMAS {
            // (no aside runs back across a dash of its own: "WASHINGTON,
            // Jan. 12 -- The House leadership, stung by defections, said"
            // is no "WASHINGTON" described by all that follows; a pair of
            // dashes stays inside, "Lee, later alleging - again falsely -
            // that …, said")
            let dash = |x: usize| self.toks[x].is_dash();
            let mut paired = false;
            let Some(c) = (floor..k)
                .rev()
                .take_while(|&x| {
                    if !dash(x) {
                        true
                    } else if paired {
                        paired = false;
                        true
                    } else {
                        paired = (floor..x).any(dash);
                        paired
                    }
                })
                .find(|&x| {
                    (self.toks[x].quote().is_some() && !self.embedded_quote(lo, x))
                        || self.toks[x].is_punct(',')
                })
            else {
                break;
            };
            k = c;
            if self.toks[k].quote().is_some() || k <= lo {
                break;
            }
            if let Some(mut np) = self.appositive_head(lo, k, j) {
                // (a state after its place, "a teacher from Dayton, Ohio,
                // who …", is no speaker)
                let state = np.first > lo + 1
                    && self.toks[np.first - 1].is_punct(',')
                    && self
                        .phrase_ending_at(lo, np.first - 2)
                        .is_some_and(|place| self.state_of_place(&place, &np));
                if state {
                    continue;
                }
                np.appositive = true;
                // a phrase after another comma may itself be an
                // appositive ("a start-up, Paradata, uses …"): one that
                // opens its clause otherwise is the speaker
                if np.first == lo || !self.toks[np.first - 1].is_punct(',') {
                    return Some(np);
                }
                nearest.get_or_insert(np);
            }
        }
        nearest
            .or_else(|| self.relative_before_aside(lo, j))
            .or_else(|| self.before_examples(lo, j))
            .or_else(|| self.name_in_apposition(lo, j))
    }

    /// "The head of the PAC backing Bush for president, Mike Murphy,
    /// praised …", "One delegate not on the slate, Kelly Lee, told …": a
    /// person's name alone between the commas before the verb, where the
    /// description before it is more than the grammar reads. The name is
    /// the subject or the subject's appositive, the same person either
    /// way.
    fn name_in_apposition(&self, lo: usize, j: usize) -> Option<Np> {
        let floor = j.saturating_sub(APPOSITIVE_REACH).max(lo);
        let k = (floor..j).rev().find(|&x| !self.is_word_at(x))?;
        // (the description opens the sentence, words only: not a list of
        // names, "Lee, Ann Park, said", nor the object of a description
        // after the content, "C, a study by a sociologist, Ann Lee,
        // concluded")
        let words = (lo..k).all(|x| {
            self.is_word_at(x) || self.toks[x].kind == crate::attribute::tokens::Kind::Clitic
        });
        if k <= lo + 1 || !self.toks[k].is_punct(',') || !words || self.is_cap(k - 1) {
            return None;
        }
        let mut np = self
            .phrase_within(k + 1, j, false)
            .filter(|np| np.kind == MentionKind::Person && np.last + 1 == j && !np.coordinated)?;
        np.appositive = true;
        Some(np)
    }

    /// "The field's biggest hawks, like Rubio and Bush, say": the phrase
    /// before an aside of examples ("like", "including", "such as") that
    /// closes with the comma at `j`.
    fn before_examples(&self, lo: usize, j: usize) -> Option<Np> {
        let floor = j.saturating_sub(APPOSITIVE_REACH).max(lo);
        let open = (floor..j).rev().find(|&x| !self.is_word_at(x))?;
        let examples = matches!(self.word(open + 1), "like" | "including")
            || (self.word(open + 1) == "such" && self.word(open + 2) == "as");
        if open <= lo + 1 || !self.toks[open].is_punct(',') || !examples {
            return None;
        }
        self.phrase_ending_at(lo, open - 1)
            .filter(|np| np.kind != MentionKind::Pronoun && self.opens_clause(lo, np.first))
    }

    /// "Some voters who have heard him, on television or at rallies,
    /// said": the phrase before a relative clause that a prepositional
    /// aside, closing with the comma at `j`, ends.
    fn relative_before_aside(&self, lo: usize, j: usize) -> Option<Np> {
        let floor = j.saturating_sub(APPOSITIVE_REACH).max(lo);
        let open = (floor..j).rev().find(|&x| !self.is_word_at(x))?;
        if open <= lo || !self.toks[open].is_punct(',') || !self.is(open + 1, PREPOSITION) {
            return None;
        }
        self.before_relative(lo, open)
    }

    /// Whether the quotation at token `x` stands inside running words, as
    /// a term in an appositive does ("Ann Lee, a "big four" negotiator,
    /// said", "The ad, titled "Unifier?", concludes"), rather than opening
    /// or closing a clause.
    pub(crate) fn embedded_quote(&self, lo: usize, x: usize) -> bool {
        x > lo
            && self.is_word_at(x - 1)
            && self
                .toks
                .get(x + 1)
                .is_some_and(|t| t.is_word() || t.is_punct(','))
    }

    /// The subject before an appositive set off by dashes that ends with
    /// the dash at `j`: "Smith -- a senator since 2010 -- said"; "John
    /// Dickey, the chief executive of Ora Media -- the company that …
    /// -- told me" (an appositive before the dashes, read as if the first
    /// dash were its closing comma).
    fn across_dashes(&self, lo: usize, j: usize) -> Option<Np> {
        let floor = j.saturating_sub(APPOSITIVE_REACH).max(lo);
        let d = (floor..j)
            .rev()
            .find(|&x| self.toks[x].quote().is_some() || self.toks[x].is_dash())?;
        if !self.toks[d].is_dash() || d <= lo {
            return None;
        }
        if let Some(np) = self.across_appositive(lo, d) {
            return Some(np);
        }
        let mut np = self.phrase_ending_at(lo, d - 1)?;
        // (a description too before a relative clause, as before commas:
        // "The police chief -- who asked not to be named -- said")
        let described = np.kind == MentionKind::Description && self.relative(d + 1);
        ((np.is_named() || described) && self.opens_clause(lo, np.first)).then(|| {
            np.appositive = true;
            np
        })
    }

    /// "Cement makers, for instance, argue": before a connective alone
    /// between the commas at `k` and `j`, a plain phrase of a few words
    /// opening the clause at `lo`, whatever its noun.
    fn plain_before_connective(&self, lo: usize, k: usize, j: usize) -> Option<Np> {
        let plain = connective_aside(self, k + 1, j)
            && k > lo
            && k - lo <= PLAIN_BEFORE_CONNECTIVE
            && (lo..k).all(|x| {
                self.is_word_at(x)
                    && !self.is(x, VERB | PRONOUN | PREPOSITION | SUBORDINATOR)
                    && (x == lo || !self.is(x, DETERMINER))
            });
        plain.then(|| Np::new(lo, k - 1, MentionKind::Description))
    }

    /// Whether `np`, one capitalised word, is a sentence adverb before a
    /// name set off by commas from `inner` to `j`: "Recently, Herman
    /// Cain, a radio host, said" (a name in "-ly" stays one before a
    /// description: "Connally, a former governor, said").
    fn adverb_before_name(&self, np: &Np, inner: usize, j: usize) -> bool {
        np.first == np.last
            && self.is_cap(np.first)
            && crate::attribute::classes::is_adverb(self.word(np.first))
            && self
                .phrase_starting_at(inner, j)
                .is_some_and(|n| n.name.is_some())
    }

    /// The speaker before the comma at `k`, which an appositive running to
    /// the comma at `j` describes: a name, or a description followed by a
    /// relative clause or a name.
    fn appositive_head(&self, lo: usize, k: usize, j: usize) -> Option<Np> {
        let np = self
            .phrase_ending_at(lo, k - 1)
            .or_else(|| self.plain_before_connective(lo, k, j))?;
        let inner = k + 1;
        if !self.opens_clause(lo, np.first) || self.adverb_before_name(&np, inner, j) {
            return None;
        }
        // an infinitive between the commas is the object's clause, not an
        // aside ("warned the leader, Xi Jinping, not to move on the
        // shoal, said an official")
        let skip_not = usize::from(self.word(inner) == "not");
        if self.word(inner + skip_not) == "to" {
            return None;
        }
        // (a pair of a person and a body too: "The NAACP and Sen. Ann
        // Lee, who …, said")
        if (np.name.is_some() || np.coordinated) && np.is_named()
            || np.coordinated
                && self.is_cap(np.first)
                && self.is_cap(np.last)
                && !self.is_cap(inner)
        {
            return Some(np);
        }
        if np.kind == MentionKind::Pronoun {
            // "Bret Stephens, who, after …, said"
            return self.relative(np.first).then_some(np);
        }
        // "Another critic, Laurence H. Tribe, likened": the name between,
        // with the description before it
        if let Some(name) = self.phrase_starting_at(inner, j) {
            // (or two: "Clay's biographers, David and Jeanne Heidler,")
            let named = name.name.is_some() || name.coordinated;
            // "a woman in Worcester, Massachusetts, told him": the place's
            // state ends the description
            if name.last + 1 == j && self.state_of_place(&np, &name) {
                return Some(Np {
                    last: name.last,
                    ..np
                });
            }
            // (and an age or an indefinite aside of the name's own after
            // it: "Its organiser, retired nurse Ann Lee, 71, said"; or a
            // party label: "His niece, state Del. Ann Lee (D-Richmond),
            // said")
            let labelled = self.toks[name.last + 1].is_punct('(')
                && (name.last + 2..j.min(name.last + 2 + PARTY_LABEL))
                    .find(|&x| self.toks[x].is_punct(')'))
                    .is_some_and(|x| x + 1 == j);
            let closes = name.last + 1 == j
                || labelled
                || (!np.generic
                    && self.toks[name.last + 1].is_punct(',')
                    && self.indefinite_aside(name.last + 2, j));
            // (a body named after its description too: "The quarry's
            // owner, Granite State Aggregates, said")
            let body = name.kind == MentionKind::Organization
                && name.name.is_some()
                && !self.is(name.last, AFFILIATION)
                && (self.is_cap(name.first) || self.word(name.first) == "the")
                && np.kind == MentionKind::Description
                && !np.generic;
            // (a body after a description with a complement names the
            // complement's noun, not the speaker: "A lawyer for the
            // building's owner, Greenway Properties, said" is the lawyer,
            // unnamed; not after a share, which the body is: "One of
            // them, UnitedHealth Group, said")
            let share = self.is_quantifier(np.first) || self.is_number(np.first);
            if closes && body && !share && (np.first..np.last).any(|k| self.is(k, PREPOSITION)) {
                return Some(Np {
                    last: name.last,
                    ..np
                });
            }
            if closes && ((name.kind == MentionKind::Person && named) || body) {
                return Some(with_apposition(np, name));
            }
        }
        // "The report, meanwhile, says", "The agency, for its part,
        // said": a connective alone between the commas describes nothing,
        // and the phrase before it is the subject whatever its noun
        // (before a finite verb: "The problem, though, is finding", not
        // "…, though, finding")
        if connective_aside(self, inner, j) && !self.word(j + 1).ends_with("ing") {
            return Some(np);
        }
        // "the senator, a Democrat, said", "the mayor, 71, said": a
        // speaker described by an indefinite phrase or an age, which no
        // list holds; or by an absolute aside of manner ("the officer, his
        // hand on his holster, told")
        if !np.generic && (self.indefinite_aside(inner, j) || self.absolute_aside(inner, j)) {
            return Some(np);
        }
        // a common noun that names no speaker speaks only across an aside
        // that describes it ("The ad, released Monday, says", "The
        // lawsuit, which was filed in May, claims")
        // (nor one of a person, whom "who" or a noun of people describes:
        // "Another rider, who gave only his first name, said", "A rider,
        // a nurse from Queens, said")
        let person = self.word(inner) == "who"
            || (self.indefinite_aside(inner, j)
                && self.phrase_starting_at(inner, j).is_some_and(|ap| {
                    (ap.first..=ap.last)
                        .take_while(|&x| !self.is(x, PREPOSITION))
                        .any(|x| self.is(x, SPEAKER))
                }));
        if person {
            return Some(np);
        }
        if np.generic
            && !(self.is(np.first, DETERMINER)
                && (matches!(self.word(inner), "which" | "that")
                    || (!self.is_cap(inner)
                        && (self.word(inner).ends_with("ed")
                            || IRREGULAR_PAST.contains(&self.word(inner))))))
        {
            return None;
        }
        // "Most voters, 54 percent, say", "Republicans, about four in 10,
        // say": the share of them that speaks
        let percent = (inner..j)
            .find(|&x| self.is_number(x))
            .is_some_and(|x| x + 2 == j && matches!(self.word(x + 1), "percent" | "%"));
        if percent || self.quantity(inner, j).is_some_and(|q| q.last + 1 == j) {
            return Some(np);
        }
        // "the senator, who asked not to be named, said"
        // "Powell's office, when contacted by Reuters, said", "economists,
        // like their counterparts, say": an aside of circumstance
        // ("The survey, conducted by the institute, finds": a participle
        // in -ed, too)
        let relative = matches!(self.word(inner), "who" | "whose" | "which")
            || self.word(inner).ends_with("ing")
            || (self.word(inner).ends_with("ed") && !self.is_cap(inner))
            || IRREGULAR_PARTICIPLES.contains(&self.word(inner))
            || (self.is(inner, PREPOSITION | SUBORDINATOR) && !self.is_cap(inner))
            // ("the mayor, now in her third term, said")
            || (ASIDE_TIMES.contains(&self.word(inner)) && self.is(inner + 1, PREPOSITION));
        relative.then_some(np)
    }

    /// Whether token `i` is a party label with a state or district, as one
    /// word: "D-Maine", "R-Texas", "I-Vt.".
    pub(crate) fn party_label(&self, i: usize) -> bool {
        let w = self.word(i).as_bytes();
        self.is_word_at(i)
            && w.len() > 3
            && matches!(w[0], b'D' | b'R' | b'I')
            && w[1] == b'-'
            && w[2].is_ascii_uppercase()
    }

    /// Whether token `i` is an age set off after a name: a number alone
    /// ("71", "71-year-old") that punctuation closing a phrase, or `hi`,
    /// follows ("Ann Lee, 71, said", "said Ann Lee, 71.").
    pub(crate) fn age_aside(&self, i: usize, hi: usize) -> bool {
        self.is_number_like(i)
            && (i + 1 >= hi
                || matches!(
                    self.toks[i + 1].kind,
                    Kind::Punct(',' | '.' | '!' | '?' | ';')
                ))
    }

    /// Whether tokens `inner..j` are an aside of description: a phrase
    /// opened by "a" or "an", words alone up to `j` (perhaps a complement
    /// or a relative clause) and no "and" or "or" outside a name that
    /// would make it a list ("a Democrat from Ohio", "a Republican who has served since
    /// 2011"; not "a governor and a mayor"), or a number alone (an age,
    /// perhaps after "now" or "then").
    fn indefinite_aside(&self, inner: usize, j: usize) -> bool {
        // (after "now" or "then" too: "the former mayor, now 80,")
        if inner + 1 == j && self.is_number_like(inner)
            || inner + 2 == j
                && ASIDE_TIMES.contains(&self.word(inner))
                && self.is_number_like(inner + 1)
        {
            return true;
        }
        // (an "and" inside a name joins no phrases: "a division of
        // Immigration and Customs Enforcement")
        let joins = |k: usize| {
            matches!(self.word(k), "and" | "or") && !(self.is_cap(k - 1) && self.is_cap(k + 1))
        };
        // (past an adverb of time: "The paper, long a critic of the
        // plan,", "Lee, once an ally,", "then a senator")
        let time = self.word(inner);
        let inner = if (ASIDE_TIMES.contains(&time) || matches!(time, "long" | "once" | "formerly"))
            && matches!(self.word(inner + 1), "a" | "an")
        {
            inner + 1
        } else {
            inner
        };
        matches!(self.word(inner), "a" | "an")
            && (inner..j).all(|k| self.is_word_at(k) && !joins(k))
            && self
                .phrase_starting_at(inner, j)
                .is_some_and(|ap| !ap.coordinated)
    }

    /// Whether tokens `inner..j` are an absolute aside: a possessive
    /// pronoun, its noun and what is said of the noun (a participle in
    /// -ing, an adjective, a preposition's phrase) with no verb of saying,
    /// thinking or finding ("his voice firm", "her hands shaking", "his
    /// hand on his holster"; not "his aides said", a parenthetical clause
    /// of its own).
    fn absolute_aside(&self, inner: usize, j: usize) -> bool {
        self.is(inner, POSSESSIVE)
            && (3..=ABSOLUTE_REACH).contains(&(j - inner))
            && (inner..j).all(|k| self.is_word_at(k))
            && (inner + 1..j)
                .all(|k| !self.is(k, VERB | THOUGHT | EVIDENCE) || self.word(k).ends_with("ing"))
    }

    /// Whether a phrase starting at token `first` opens its clause: at the
    /// start, after punctuation, a quotation or a conjunction.
    pub(super) fn opens_clause(&self, lo: usize, first: usize) -> bool {
        if first == lo || !self.is_word_at(first - 1) {
            return true;
        }
        let before = self.word(first - 1);
        CLAUSE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(before))
            || self.is(first - 1, SUBORDINATOR)
            // "Now Donald Trump, the …, is": a sentence adverb
            || (self.is_cap(first - 1) && self.is(first - 1, NON_NAME) && !self.is(first - 1, PREPOSITION))
            // "First his wife, …, announced": an adverb of order opening
            // the sentence
            || (first - 1 == lo && ORDER_ADVERBS.contains(&before))
    }

    /// A phrase governed by a preposition is no subject: "Protesters
    /// marching through the streets chanted" is said by the phrase before
    /// the participle. `None` when no preposition governs `np`; `Some(None)`
    /// when one does and nothing else speaks.
    #[allow(clippy::option_option)] // "not governed" and "no speaker" differ
    fn after_preposition(&self, lo: usize, np: &Np) -> Option<Option<Np>> {
        let mut p = np.first.checked_sub(1).filter(|&p| p >= lo)?;
        // "A nurse accused of poisoning three patients told": the object
        // of a gerund after the preposition a participle takes is no
        // subject; the phrase the participle describes is
        if p > lo + 1
            && self.is_word_at(p)
            && !self.is_cap(p)
            && self.word(p).ends_with("ing")
            && self.is(p - 1, PREPOSITION)
        {
            if let Some(np) = self.participle_described(lo, p - 1) {
                return Some(Some(np));
            }
        }
        // (a name read without its article: "by the National Academies")
        if p > lo && self.is(p, ARTICLE) && !self.is_cap(p) {
            p -= 1;
        }
        if let Some(head) = self.before_time_phrase(lo, p, np) {
            return Some(Some(head));
        }
        if !self.is(p, PREPOSITION) || self.is(p, SUBORDINATOR) {
            return None;
        }
        // "A memo obtained by The Times says": the agent of a participle
        // describing the subject is no subject; the phrase before the
        // participle is (none, where the grammar reads none there)
        if self.word(p) == "by" && p > lo + 1 && self.agent_participle(p - 1) {
            return Some(
                self.phrase_ending_at(lo, p - 2)
                    .or_else(|| self.determined_before(lo, p - 2)),
            );
        }
        // "A study published in The Lancet found", "The man arrested in
        // Texas told": a past participle after the subject's noun, with
        // its phrases of place, time or agent, describes the subject
        if let Some(np) = self.participle_described(lo, p) {
            return Some(Some(np));
        }
        // "Ann Lee, the spokesperson, in a statement said", "The company
        // in a statement said": a phrase of the medium between the
        // subject and its verb (a name or a body's: not "one in four
        // voters in a poll said")
        if matches!(self.word(p), "in" | "during")
            && p > lo
            && np.kind != MentionKind::Pronoun
            && self.is(np.last, SPEECH_NOUN | DOCUMENT)
        {
            if self.comma_at(p - 1) {
                if let Some(subject) = self.across_appositive(lo, p - 1) {
                    return Some(Some(subject));
                }
            } else if let Some(subject) = self.phrase_ending_at(lo, p - 1).filter(|s| {
                (s.is_named() || s.kind == MentionKind::Organization)
                    && !self.is(s.last, SPEECH_NOUN | DOCUMENT)
            }) {
                return Some(Some(subject));
            }
        }
        // "Trump in his announcement speech called": a name right before
        // a phrase of circumstance is the subject ("The Brookings
        // Institution in Washington said": so is a body's)
        if matches!(self.word(p), "in" | "at" | "during") && p > lo {
            if let Some(name) = self.phrase_ending_at(lo, p - 1) {
                // (not a name a preposition governs: "research on behalf
                // of the Institute during the convention showing")
                let governed = name.first > lo && self.is(name.first - 1, PREPOSITION);
                if name.is_named()
                    && !governed
                    && matches!(name.kind, MentionKind::Person | MentionKind::Organization)
                    || name.kind == MentionKind::Pronoun && !self.relative(name.first)
                {
                    return Some(Some(name));
                }
            }
        }
        if let Some(head) = self.subject_with_complement(lo, p, np) {
            return Some(Some(head));
        }
        // (words right before the preposition: not across a comma, "his
        // standing, with 30 percent saying")
        let floor = p.saturating_sub(3).max(lo);
        let ing = (floor..p)
            .rev()
            .take_while(|&i| self.toks[i].is_word())
            .find(|&i| !self.toks[i].cap && self.word(i).ends_with("ing"))?;
        Some(
            (ing > lo)
                .then(|| self.phrase_ending_at(lo, ing - 1))
                .flatten(),
        )
    }

    /// "Lee after the vote said", "The mayor during the debate said": a
    /// phrase opening the clause right before a preposition of time
    /// (at `p`), whose object `np` has an article or a possessive, is the
    /// subject, the phrase of time between it and the verb ("after" read
    /// as a preposition: with no verb of its own the phrase before would
    /// be left without one; "The turmoil after the vote shows": "The
    /// turmoil"). Not a clause of time after a verb ("Lee resigned after
    /// the board said") nor one with a bare subject ("after inspectors
    /// said").
    fn before_time_phrase(&self, lo: usize, p: usize, np: &Np) -> Option<Np> {
        if p == lo
            || !matches!(
                self.word(p),
                "after" | "before" | "since" | "until" | "during" | "following"
            )
            || !self.is(np.first, DETERMINER | POSSESSIVE)
        {
            return None;
        }
        let head = self.phrase_ending_at(lo, p - 1)?;
        // (opening the sentence or a clause of "that": after "and" the
        // phrase may be an object, "sentenced him to probation and a fine
        // after the man had posted"; no verb inside it)
        let opens = head.first == lo || self.word(head.first - 1) == "that";
        // (and plain: no verb, nor a preposition but "of", which a phrase
        // read across a relative clause may hold, "money that migrants in
        // the U.S. send to Mexico until the government agreed")
        let verbless = (head.first..=head.last).all(|k| {
            self.is_cap(k) || !(self.is(k, VERB) || self.is(k, PREPOSITION) && self.word(k) != "of")
        });
        (head.last + 1 == p
            && opens
            && verbless
            && (head.kind != MentionKind::Pronoun || !self.relative(head.first)))
        .then_some(head)
    }

    /// "The group behind the ad said", "The debate over the bill shows",
    /// "Officials within the agency said": the phrase that opens the
    /// clause right before the preposition at `p` (one the complements of
    /// [`HEAD_PREPOSITIONS`](super::HEAD_PREPOSITIONS) leave out), with
    /// `np` as its complement. Only at the clause's start: after a verb or
    /// its object the phrase is no subject ("told his staff about the
    /// show", "threw her weight behind Obama").
    fn subject_with_complement(&self, lo: usize, p: usize, np: &Np) -> Option<Np> {
        if !SUBJECT_PREPOSITIONS.contains(&self.word(p)) || p == lo {
            return None;
        }
        let head = self.phrase_ending_at(lo, p - 1)?;
        let opens = head.first == lo
            || !self.is_word_at(head.first - 1)
            || matches!(self.word(head.first - 1), "and" | "but" | "that");
        let speaks = matches!(
            head.kind,
            MentionKind::Description | MentionKind::Organization
        );
        (opens && speaks && head.last + 1 == p).then_some(Np {
            last: np.last,
            ..head
        })
    }

    /// The phrase a past participle describes, the participle at most
    /// [`PARTICIPLE_REACH`] words before the preposition at `p` and
    /// followed by a preposition itself ("A report released in September
    /// by the Academies": "A report"), with no punctuation between; the
    /// phrase right before the participle is no pronoun.
    fn participle_described(&self, lo: usize, p: usize) -> Option<Np> {
        let floor = p.saturating_sub(PARTICIPLE_REACH).max(lo + 1);
        let mut i = p;
        while i > floor {
            i -= 1;
            if !self.is_word_at(i) {
                return None;
            }
            if self.agent_participle(i) && self.is(i + 1, PREPOSITION) {
                let np = self.phrase_ending_at(lo, i - 1)?;
                return (np.kind != MentionKind::Pronoun && np.last + 1 == i).then_some(np);
            }
        }
        None
    }

    /// A description the grammar does not read, from a determiner to the
    /// noun at `last` over a few lower-case words ("a 46-page suicide
    /// analysis").
    fn determined_before(&self, lo: usize, last: usize) -> Option<Np> {
        let floor = lo.max(last.saturating_sub(LOOSE_DESCRIPTION));
        let det = (floor..last)
            .rev()
            .take_while(|&i| (self.is_word_at(i) && !self.is_cap(i)) || self.is(i, DETERMINER))
            .find(|&i| self.is(i, DETERMINER))?;
        Some(Np::description(det, last))
    }

    /// Whether the word at `i` is a past participle that takes an agent
    /// with "by" after a noun ("obtained", "reviewed", "seen", "written").
    pub(crate) fn agent_participle(&self, i: usize) -> bool {
        let t = self.toks[i];
        let w = self.word(i);
        t.is_word()
            && !t.cap
            && (w.ends_with("ed") || AGENT_PARTICIPLES.contains(&w) || IRREGULAR_PAST.contains(&w))
    }

    /// The first token of a short time phrase ending at token `j`: "on
    /// Monday (night)", "in 2010", "in June 2012", "on March 3", "last
    /// week", "this morning", "at the time", "two weeks ago".
    pub(crate) fn time_before(&self, lo: usize, j: usize) -> Option<usize> {
        // "at the time", "at that point", "at one point", "in the past"
        if j >= lo + 2
            && matches!(
                (self.word(j - 2), self.word(j - 1), self.word(j)),
                (
                    "at",
                    "the" | "that" | "one" | "some",
                    "time" | "point" | "moment"
                ) | ("in", "the", "past")
            )
        {
            return Some(j - 2);
        }
        if let Some(k) = self.ago_before(lo, j) {
            return Some(k);
        }
        let mut k = j;
        if k > lo && DAY_PARTS.contains(&self.word(k)) && DAYS.contains(&self.word(k - 1)) {
            k -= 1;
        }
        if k <= lo {
            return None;
        }
        let w = self.word(k);
        // "The White House today announced", "Gov. Carey yesterday
        // proposed": a deictic day alone
        if matches!(w, "today" | "yesterday" | "tonight") {
            return Some(k);
        }
        let before = self.word(k - 1);
        // "The White House Tuesday said", "Gowdy earlier Thursday said": a
        // weekday alone between subject and verb in the wire style, with
        // "earlier" or "later" before it; a weekday named with a word
        // before it ("Super Tuesday", "Black Friday") is a name
        // (not before a participle: "sent a letter Tuesday urging …" is
        // no subject; nor after a particle: "a poll out Monday"); a month
        // alone never stands there, so "Theresa May said" and "Mrs May
        // said" keep their name
        if DAYS[..7].contains(&w)
            && !NAMED_DAYS.contains(&before)
            && !self.word(j + 1).ends_with("ing")
            && !matches!(
                before,
                "out" | "up" | "down" | "off" | "back" | "here" | "there"
            )
        {
            if matches!(before, "earlier" | "later" | "late" | "early") {
                return Some(k - 1);
            }
            if !self.is(k - 1, PREPOSITION | HONORIFIC)
                && (self.toks[k - 1].is_word() || self.comma_at(k - 1))
            {
                return Some(k);
            }
        }
        // ("in June 2012", "on March 3", "on Jan. 5": a month and its
        // year or day)
        if w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(m) = self.month_before(k).filter(|&m| m > lo) {
                if matches!(self.word(m - 1), "on" | "in" | "since" | "during") {
                    return Some(m - 1);
                }
            }
        }
        let dated =
            (DAYS.contains(&w) || is_year(w)) && matches!(before, "on" | "in" | "since" | "during");
        let relative = TIME_SPANS.contains(&w) && matches!(before, "last" | "this" | "earlier");
        // ("Lee earlier this year said", "Kim later that week told")
        if TIME_SPANS.contains(&w)
            && matches!(before, "this" | "last" | "that")
            && k >= lo + 3
            && matches!(self.word(k - 2), "earlier" | "later")
        {
            return Some(k - 2);
        }
        (dated || relative).then_some(k - 1)
    }

    /// The first token of a span of time ago that ends at token `j`: "two
    /// weeks ago", "a year ago", "less than a month ago", "just days ago",
    /// "long ago".
    fn ago_before(&self, lo: usize, j: usize) -> Option<usize> {
        if self.word(j) != "ago" || j < lo + 2 {
            return None;
        }
        // "long ago", "not long ago"
        if self.word(j - 1) == "long" {
            let k = if self.word(j - 2) == "not" {
                j - 2
            } else {
                j - 1
            };
            return (k > lo).then_some(k);
        }
        let span = self.word(j - 1);
        let unit = span.strip_suffix('s').unwrap_or(span);
        if !matches!(
            unit,
            "day" | "week" | "month" | "year" | "hour" | "minute" | "decade"
        ) {
            return None;
        }
        let count = self.word(j - 2);
        let mut k = if self.is_number(j - 2)
            || matches!(
                count,
                "a" | "an"
                    | "few"
                    | "couple"
                    | "several"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "ten"
            ) {
            j - 2
        } else {
            // "days ago", "years ago"
            j - 1
        };
        // "a few days ago"
        if matches!(self.word(k), "few" | "couple") && k > lo && self.word(k - 1) == "a" {
            k -= 1;
        }
        if k >= lo + 2 && self.word(k - 1) == "than" && matches!(self.word(k - 2), "less" | "more")
        {
            k -= 2;
        } else if k > lo
            && matches!(
                self.word(k - 1),
                "about" | "nearly" | "almost" | "just" | "only"
            )
        {
            k -= 1;
        }
        (k > lo).then_some(k)
    }

    /// The phrase a relative pronoun at `i` refers to: the one just before
    /// it, past a comma or bracket; of a noun that cannot speak with a
    /// name as its complement, the name ("a defeat for Mayor Ann Lee, who
    /// said": Ann Lee); of a description in apposition to a name, the
    /// name ("Ed Park, a radio host who said": Ed Park).
    pub(crate) fn antecedent(&self, lo: usize, i: usize) -> Option<Np> {
        let mut j = i.checked_sub(1).filter(|&j| j >= lo)?;
        // (past a comma, or an opening bracket: "Jake Sullivan (who …")
        if self.toks[j].is_punct(',') || self.toks[j].is_punct('(') {
            j = j.checked_sub(1).filter(|&j| j >= lo)?;
            // (past an age or a party label set off by commas: "Ann Lee,
            // 54, who", "Sen. Ann Lee, D-Maine, who")
            if j >= lo + 2
                && self.toks[j - 1].is_punct(',')
                && (self.age_aside(j, j + 1) || self.party_label(j))
            {
                j -= 2;
            } else if j >= lo + 3
                && self.toks[j].is_punct('.')
                && self.party_label(j - 1)
                && self.toks[j - 2].is_punct(',')
            {
                // (a state's abbreviation keeps its period apart: "Sen.
                // Ann Lee, R-Mo., who")
                j -= 3;
            }
        }
        let np = self
            .phrase_ending_at(lo, j)
            .filter(|np| np.kind != MentionKind::Pronoun)?;
        // ("Pierre Vos, a professor at a university in South Africa, who
        // said": "who" is no place or body a preposition of place governs,
        // but the person the description set off by commas describes; not
        // an agent, "championed by RNC Committeeman Ann Lee, who")
        if np.kind == MentionKind::Organization
            && self.word(i) == "who"
            && np.first > lo
            && matches!(
                self.word(np.first - 1),
                "in" | "at" | "from" | "of" | "near" | "outside" | "across"
            )
        {
            let comma = (lo..np.first).rev().find(|&k| self.toks[k].is_punct(','))?;
            return self
                .phrase_ending_at(lo, comma.checked_sub(1)?)
                .filter(|name| name.kind == MentionKind::Person && name.is_named());
        }
        if np.kind == MentionKind::Description && np.generic {
            let named = (np.first + 1..j)
                .rev()
                .find(|&p| self.is(p, PREPOSITION))
                .and_then(|p| self.phrase_starting_at(p + 1, j + 1))
                .filter(|inner| inner.last == j && inner.is_named());
            if named.is_some() {
                return named;
            }
        }
        // ("Erick Erickson, a radio host who said", "Donald Trump, the
        // Republican nominee, who said": of a description in apposition to
        // a name, the name)
        if np.kind == MentionKind::Description
            && np.first >= lo + 2
            && self.toks[np.first - 1].is_punct(',')
        {
            // (past an age: "Fatima, 34, a teacher who asked")
            let mut end = np.first - 2;
            if end >= lo + 2 && self.age_aside(end, np.first) && self.toks[end - 1].is_punct(',') {
                end -= 2;
            }
            let named = self.phrase_ending_at(lo, end).filter(|name| {
                matches!(name.kind, MentionKind::Person | MentionKind::Organization)
                    && name.is_named()
                    && !name.coordinated
            });
            if named.is_some() {
                return named;
            }
        }
        Some(np)
    }
}

/// The speaker that the description `np` and the name `name` in
/// apposition after it make: the name, with the description's start and
/// role ("Another critic, Laurence H. Tribe"); or, after two joined
/// speakers, the pair, since a person's name names only the last of them
/// ("Smith and his wife, Mary, said" is both, and no one name).
fn with_apposition(np: Np, name: Np) -> Np {
    if np.coordinated && name.kind == MentionKind::Person {
        Np {
            last: name.last,
            ..np
        }
    } else {
        Np {
            first: np.first,
            role: name.role.or(np.role),
            ..name
        }
    }
}
