//! A share of people as a speaker phrase, the way polls are reported:
//!
//! ```text
//! quantity := qualifier? qualifier? (number "in" number
//!             | number "percent" | "a"? fraction) | multitude
//! qualifier := "about" | "nearly" | "almost" | "roughly" | "only" | "just"
//!            | "over" | "under" | "more than" | "fewer than" | "less than"
//!            | "a mere"
//! ```
//!
//! "About four in 10 said", "One in three said", "A mere 9 percent say",
//! "Nearly a third say", "Just over half said", "two-thirds of voters say"
//! (the complement "of voters" is read by the phrase grammar); and a
//! crowd: "Hundreds of demonstrators chanted".

use super::{Np, Reader};
use crate::attribute::classes::SHARE_START;

/// Words that qualify a share ("about four in 10").
const QUALIFIERS: &[&str] = &[
    "about",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "only",
    "just",
    "over",
    "under",
];

/// Whether `w` qualifies an amount ("about", "nearly", "over").
pub(crate) fn is_qualifier(w: &str) -> bool {
    QUALIFIERS.contains(&w)
}

/// The first words of two-word qualifiers ("more than", "a mere").
const QUALIFIER_PAIRS: &[(&str, &str)] = &[
    ("more", "than"),
    ("fewer", "than"),
    ("less", "than"),
    ("a", "mere"),
];

/// Numbers in words that count people in a share ("one in three").
pub(crate) const COUNTS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Whether `w` is a number in words ("one" to "ten").
pub(crate) fn is_count(w: &str) -> bool {
    COUNTS.contains(&w)
}

/// Fractions ("a third", "half", "two-thirds").
pub(crate) const FRACTIONS: &[&str] = &[
    "half",
    "third",
    "quarter",
    "fifth",
    "two-thirds",
    "three-quarters",
    "three-fourths",
    "two-fifths",
    "three-fifths",
];

/// Nouns for the polls that count people ("a new poll", "the survey",
/// "a study by economists").
const POLLS: &[&str] = &["poll", "polls", "survey", "surveys", "study", "studies"];

/// Nouns for the larger or smaller part of a group ("the vast majority
/// of Americans", "a narrow plurality").
const MAJORITIES: &[&str] = &["majority", "minority", "plurality"];

/// Whether `w`, in lower case, is a word besides the fractions that ends
/// a share of people, a plural subject ("9 percent say", "a majority
/// say").
pub(crate) fn ends_share(w: &str) -> bool {
    matches!(w, "percent" | "%") || MAJORITIES.contains(&w)
}

/// Words for a crowd of unknown size ("hundreds of demonstrators").
const MULTITUDES: &[&str] = &["hundreds", "thousands", "dozens", "millions"];

/// Every word a share may open with, given the word class
/// [`SHARE_START`] for a quick test: qualifiers, counts, fractions,
/// multitudes, and the parts of a group an article opens ("the
/// majority").
pub(crate) fn share_starts() -> impl Iterator<Item = &'static str> {
    QUALIFIERS
        .iter()
        .chain(QUALIFIER_PAIRS.iter().map(|(first, _)| first))
        .chain(COUNTS)
        .chain(FRACTIONS)
        .chain(MULTITUDES)
        .chain(MAJORITIES)
        .copied()
}

impl Reader<'_> {
    /// Whether the number at `i` is a sum of money: after a currency sign
    /// ("$10 million"), or before a unit of money ("40 dollars", "3
    /// million"); not a count of people ("12 people").
    pub(crate) fn is_money(&self, i: usize) -> bool {
        self.is_number_like(i)
            && (self.text[..self.toks[i].span.start].ends_with(['$', '€', '£'])
                || matches!(
                    self.word(i + 1),
                    "dollars" | "cents" | "euros" | "pounds" | "million" | "billion"
                ))
    }

    /// Whether `np` counts a share of people the way a poll reports them:
    /// it opens with a quantity ("Six in 10 voters", "half of voters",
    /// "the vast majority of Americans", "31% of Republicans") or its head
    /// is "percent" ("75 percent of Republicans"); not a crowd ("hundreds
    /// of demonstrators") nor a title ("Majority Leader Ann Lee").
    pub(crate) fn is_share(&self, np: Np) -> bool {
        let hi = np.last + 1;
        let head_end = (np.first..hi).find(|&k| self.word(k) == "of").unwrap_or(hi);
        (head_end > np.first && self.word(head_end - 1) == "percent")
            || self.quantity(np.first, hi).is_some_and(|q| {
                !MULTITUDES
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(self.word(q.last)))
            })
    }

    /// The poll a share of people names as the one that counted them,
    /// closing its phrase: "Some 20 percent of people in a recent CNN
    /// poll" gives "a recent CNN poll".
    pub(crate) fn poll_inside(&self, np: Np) -> Option<Np> {
        if !self.is_share(np) {
            return None;
        }
        (np.first + 1..np.last)
            .filter(|&k| self.word(k) == "in")
            .find_map(|k| {
                self.phrase_starting_at(k + 1, np.last + 1)
                    .filter(|poll| poll.last == np.last && self.names_a_poll(*poll))
            })
    }

    /// Whether the token at `i` is a number that a percent sign closes
    /// ("31%": the sign makes no token of its own).
    pub(crate) fn is_percentage(&self, i: usize) -> bool {
        self.is_number(i) && self.text[self.toks[i].span.end..].starts_with('%')
    }

    /// Whether `np` names a poll, survey or study, in the words before
    /// any preposition ("a Quinnipiac poll conducted in February", "a
    /// study by economists"; not "a spokesman for the survey's authors").
    pub(crate) fn names_a_poll(&self, np: Np) -> bool {
        use crate::attribute::classes::PREPOSITION;
        (np.first..=np.last)
            .take_while(|&k| !self.is(k, PREPOSITION))
            .any(|k| POLLS.iter().any(|p| p.eq_ignore_ascii_case(self.word(k))))
    }

    /// The share of people that starts at token `i`, not reaching `hi`.
    pub(crate) fn quantity(&self, i: usize, hi: usize) -> Option<Np> {
        // most phrases open with no such word: a class lookup says so
        // ("the vast majority": an article before a share's word, one
        // adjective at most between)
        let article_share = || {
            self.is(i, crate::attribute::classes::ARTICLE)
                && (self.is(i + 1, SHARE_START) || self.is(i + 2, SHARE_START))
        };
        if i >= hi || !(self.is(i, SHARE_START) || self.is_number(i) || article_share()) {
            return None;
        }
        let is = |k: usize, list: &[&str]| {
            k < hi
                && self.is_word_at(k)
                && list.iter().any(|w| w.eq_ignore_ascii_case(self.word(k)))
        };
        let word_is = |k: usize, w: &str| k < hi && self.word(k).eq_ignore_ascii_case(w);
        // "the vast majority (of Americans)", "a narrow plurality": an
        // article, at most one adjective, and the part of a group
        if is(i, &["the", "a"]) {
            if let Some(part) = (i + 1..hi.min(i + 3)).find(|&k| is(k, MAJORITIES)) {
                let next = part + 1;
                let alone = next >= hi || !self.is_word_at(next) || word_is(next, "of");
                return (alone && (i + 1..part).all(|k| !self.is_cap(k)))
                    .then(|| Np::description(i, part));
            }
        }
        let mut j = i;
        if is(j, QUALIFIERS) {
            j += 1;
            // (two: "just over a quarter", "only about half")
            if is(j, QUALIFIERS) {
                j += 1;
            }
        } else if QUALIFIER_PAIRS
            .iter()
            .any(|&(a, b)| word_is(j, a) && word_is(j + 1, b))
        {
            j += 2;
        }
        let count = |k: usize| k < hi && (self.is_number(k) || is(k, COUNTS));
        let last = if count(j) && word_is(j + 1, "in") && count(j + 2) {
            // "four in 10", and the people it counts: "about 6 in 10 white
            // men" (the phrase after "in" as its grammar reads it)
            if let Some(np) = self
                .simple_phrase(j + 2, hi)
                .filter(|np| np.first == j + 2 && np.last > j + 2)
            {
                return (np.kind == crate::attribute::MentionKind::Description)
                    .then(|| Np::description(i, np.last));
            }
            j + 2
        } else if count(j) && (word_is(j + 1, "percent") || word_is(j + 1, "%")) && j > i {
            // "a mere 9 percent" ("9 percent" alone the phrase grammar reads)
            j + 1
        } else if self.is_percentage(j) {
            // "31% (of Republicans)", "just 8%"
            j
        } else if is(j, MULTITUDES) && j == i {
            // "hundreds (of demonstrators)"
            j
        } else if is(j, FRACTIONS) && !word_is(j, "third") {
            // "half", "two-thirds"
            j
        } else if (word_is(j, "a") || word_is(j, "one")) && is(j + 1, FRACTIONS) {
            // "a third", "one quarter"
            j + 1
        } else {
            return None;
        };
        // a share names people only where it stands alone or before "of"
        // ("half of voters"), not before a noun ("half the time")
        let next = last + 1;
        let alone =
            next >= hi || !self.is_word_at(next) || word_is(next, "of") || !self.noun_like(next);
        alone.then(|| Np::description(i, last))
    }

    /// Whether the word at `k` may be a noun a share counts ("half the
    /// voters"): anything but a verb, adverb or function word.
    fn noun_like(&self, k: usize) -> bool {
        use crate::attribute::classes::{
            ARTICLE, MODIFIER, PREPOSITION, PRONOUN, SUBORDINATOR, VERB,
        };
        let w = self.word(k);
        !self.is(k, VERB | MODIFIER | PREPOSITION | SUBORDINATOR | PRONOUN)
            && !w.ends_with("ly")
            && !crate::attribute::phrase::looks_finite(w)
            || self.is(k, ARTICLE)
    }
}
