//! Where a speaker phrase stands: after a verb ("said Mr. Gilroy"), before
//! one as its subject ("Lavrov said", "the minister, who …, said", "Trump
//! on Monday said"), and what a relative pronoun refers to.

use super::{ADVERB_REACH, Np, Reader};
use crate::attribute::MentionKind;
use crate::attribute::classes::{DETERMINER, PREPOSITION, PRONOUN, SUBORDINATOR, TITLE};

/// Names of days and months, which make a time phrase ("on Monday").
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

/// Parts of a day after its name ("Monday night").
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Spans of time after "last", "this" or "earlier" ("last week").
const TIME_SPANS: &[&str] = &["week", "month", "year", "weekend", "night", "morning"];

impl Reader<'_> {
    /// The speaker phrase that starts at token `i`, not after `hi`: "said
    /// Mr. Gilroy, the law professor", "said a spokesman for the
    /// campaign", "said he".
    pub(crate) fn phrase_starting_at(&self, i: usize, hi: usize) -> Option<Np> {
        let t = self.toks.get(i).filter(|_| i < hi)?;
        if !t.is_word() {
            return None;
        }
        if self.is(i, PRONOUN) {
            return Some(Np::pronoun(i));
        }
        if self.is(i, DETERMINER) {
            return self.determiner_phrase(i, hi);
        }
        if t.cap || self.is(i, TITLE) {
            return self.name_run_starting_at(i, hi);
        }
        self.lower_case_phrase(i, hi)
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
            return Some(Np::pronoun(j));
        }
        if t.cap || self.is(j, TITLE) {
            return self.name_run_ending_at(lo, j);
        }
        self.description_ending_at(lo, j)
    }

    /// The speaker phrase that ends just before token `v` (a reporting
    /// verb), not before `lo`: "Lavrov said", "the minister, who …, said",
    /// "Gov. Pat Moran (R) said".
    pub(crate) fn subject_before(&self, lo: usize, v: usize) -> Option<Np> {
        let j = self.subject_end(lo, v)?;
        if self.toks[j].is_punct(',') {
            return self.across_appositive(lo, j);
        }
        let np = self.phrase_ending_at(lo, j)?;
        if let Some(found) = self.after_preposition(lo, np) {
            return found;
        }
        Some(self.joined_roles(lo, np))
    }

    /// The last token of the subject of the verb at `v`: past modifiers
    /// and a time between subject and verb ("Trump on Monday said", "who
    /// in 2010 said", "Clinton last week told", "has also said"; a few at
    /// most, so that the cost stays bounded).
    fn subject_end(&self, lo: usize, v: usize) -> Option<usize> {
        let mut j = v.checked_sub(1)?;
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
        (j >= lo).then_some(j)
    }

    /// The subject before an appositive or relative clause that ends with
    /// the comma at `j`: "Flynn, a top surrogate, said"; "Another critic,
    /// Laurence H. Tribe, likened" (the name between the commas).
    fn across_appositive(&self, lo: usize, j: usize) -> Option<Np> {
        let floor = j.saturating_sub(24).max(lo);
        let k = (floor..j)
            .rev()
            .find(|&k| self.toks[k].quote().is_some() || self.toks[k].is_punct(','))?;
        if self.toks[k].quote().is_some() {
            return None;
        }
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
        if np.kind == MentionKind::Description && np.name.is_none() {
            let name = self.phrase_starting_at(inner, j)?;
            if name.last + 1 != j || name.kind != MentionKind::Person {
                return None;
            }
            np = name;
        }
        np.appositive = true;
        Some(np)
    }

    /// A phrase governed by a preposition is no subject: "Protesters
    /// marching through the streets chanted" is said by the phrase before
    /// the participle, "the spokesman for the ministry said" by the
    /// description before the preposition. `None` when no preposition
    /// governs `np`; `Some(None)` when one does and nothing else speaks.
    #[allow(clippy::option_option)] // "not governed" and "no speaker" differ
    fn after_preposition(&self, lo: usize, np: Np) -> Option<Option<Np>> {
        let p = np.first.checked_sub(1).filter(|&p| p >= lo)?;
        if !self.is(p, PREPOSITION) || self.is(p, SUBORDINATOR) {
            return None;
        }
        let floor = p.saturating_sub(3).max(lo);
        let ing = (floor..p).rev().find(|&i| {
            let t = self.toks[i];
            t.is_word() && !t.cap && self.word(i).ends_with("ing")
        });
        if let Some(ing) = ing {
            return Some(
                (ing > lo)
                    .then(|| self.phrase_ending_at(lo, ing - 1))
                    .flatten(),
            );
        }
        if p > lo && self.is_head_preposition(p) {
            if let Some(head) = self.phrase_ending_at(lo, p - 1) {
                if head.kind == MentionKind::Description && !head.appositive {
                    return Some(Some(Np {
                        last: np.last,
                        ..head
                    }));
                }
            }
        }
        None
    }

    /// "the former first lady and U.S. senator said": two roles of one
    /// person, the first with its determiner, as one phrase.
    fn joined_roles(&self, lo: usize, np: Np) -> Np {
        if self.role_noun(&np) && np.first >= lo + 2 && self.word(np.first - 1) == "and" {
            if let Some(first) = self
                .description_ending_at(lo, np.first - 2)
                .filter(|d| self.role_noun(d) && self.is(d.first, DETERMINER))
            {
                return Np {
                    last: np.last,
                    ..first
                };
            }
        }
        np
    }

    /// The first token of a short time phrase ending at token `j`: "on
    /// Monday (night)", "in 2010", "last week", "this morning".
    pub(crate) fn time_before(&self, lo: usize, j: usize) -> Option<usize> {
        let mut k = j;
        if k > lo && DAY_PARTS.contains(&self.word(k)) && DAYS.contains(&self.word(k - 1)) {
            k -= 1;
        }
        if k <= lo {
            return None;
        }
        let w = self.word(k);
        let before = self.word(k - 1);
        let dated = (DAYS.contains(&w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())))
            && matches!(before, "on" | "in" | "since" | "during");
        let relative = TIME_SPANS.contains(&w) && matches!(before, "last" | "this" | "earlier");
        (dated || relative).then_some(k - 1)
    }

    /// The phrase a relative pronoun at `i` refers to: the one just before
    /// it, past a comma.
    pub(crate) fn antecedent(&self, lo: usize, i: usize) -> Option<Np> {
        let mut j = i.checked_sub(1).filter(|&j| j >= lo)?;
        if self.toks[j].is_punct(',') {
            j = j.checked_sub(1).filter(|&j| j >= lo)?;
        }
        self.phrase_ending_at(lo, j)
            .filter(|np| np.kind != MentionKind::Pronoun)
    }
}
