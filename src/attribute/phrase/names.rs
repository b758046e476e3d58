//! Names: runs of capitalised words with the titles, affiliations and
//! descriptors around them, told apart into persons and organisations.

use super::{FUNCTION, MAX_RUN, Np, Reader};
use crate::attribute::MentionKind;
use crate::attribute::classes::{
    AFFILIATION, HONORIFIC, NON_NAME, ORG, PARTICLE, PORTFOLIO, PREPOSITION, TITLE,
};
use crate::attribute::tokens::Kind;

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

impl Reader<'_> {
    /// A run of capitalised words, titles and particles ending at `j`.
    pub(crate) fn name_run_ending_at(&self, lo: usize, j: usize) -> Option<Np> {
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
            if np.kind == MentionKind::Person && np.name.is_none() {
                np.kind = MentionKind::Description;
            }
            return Some(np);
        }
        let with_det = k > lo && self.is(k - 1, super::DETERMINER);
        let mut np = self.classify_run(k, j, with_det);
        if with_det {
            np.first = k - 1;
            // "The New York Times": a capitalised article belongs to the name
            if np.kind == MentionKind::Organization
                && self.toks[k - 1].cap
                && self.word(k - 1) == "The"
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
        let mut np = Np::new(k, j, MentionKind::Person);
        if let Some(lt) = last_title {
            if lt < j {
                np.name = Some((lt + 1, j));
                // "news agency RIA Novosti": the name of an organisation
                if self.descriptor(lt) && !self.is(lt, TITLE) && self.is(lt, ORG) {
                    np.kind = MentionKind::Organization;
                }
            } else {
                // "the Foreign Minister": a role without a name
                np.kind = MentionKind::Description;
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
            np.kind = MentionKind::Organization;
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
        while last + 1 < hi && self.is_cap(last + 1) {
            last += 1;
        }
        let org = (i..=last).any(|k| k != c && self.is(k, ORG));
        (last > c && org).then_some(last)
    }

    /// A name run that starts at the capitalised word or title `i`: "Mr.
    /// Gilroy", "Secretary of State John Kerry", "Citizens for Tax Justice".
    pub(crate) fn name_run_starting_at(&self, i: usize, hi: usize) -> Option<Np> {
        let mut end = i;
        let hi = hi.min(i + MAX_RUN);
        while end + 1 < hi {
            let n = &self.toks[end + 1];
            if (n.is_word() && (n.cap || self.is(end + 1, PARTICLE)))
                || (self.word(end + 1) == "of" && self.is(end, TITLE) && self.is_cap(end + 2))
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
                if m < hi && self.is_cap(m) {
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
        (k <= end).then(|| self.classify_run(k, end, false))
    }

    /// A person's name `np` with the descriptors from token `k` before it:
    /// lower-case nouns, not "when Clinton blasted" or "as Garner said",
    /// two at most, numbers not counted ("9/11 widow Terry Strada").
    pub(crate) fn described(&self, k: usize, np: Np) -> Option<Np> {
        let modifiers = k..np.first;
        let numbers = modifiers.clone().filter(|&i| self.is_number(i)).count();
        (modifiers.len() - numbers <= 2
            && modifiers.len() <= 4
            && np.kind == MentionKind::Person
            && modifiers
                .clone()
                .all(|i| self.is_word_at(i) && !self.toks[i].cap && !self.is(i, FUNCTION)))
        .then_some(Np { first: k, ..np })
    }

    /// A name after descriptors, as one phrase: "said 9/11 widow Terry
    /// Strada".
    pub(crate) fn described_name(&self, start: usize, hi: usize) -> Option<Np> {
        let end = (start + 5).min(hi);
        let name = (start + 1..end).find(|&i| self.toks[i].cap)?;
        self.described(start, self.phrase_starting_at(name, hi)?)
    }

    /// A speaker phrase from token `k` that starts before the phrase `np`
    /// found at its verb: a head with a prepositional phrase ("a narrator
    /// in the Clinton ad asks", "Mr. Morgan of the Sierra Club said") or a
    /// lower-case modifier ("panel Chairman Jason Chaffetz").
    pub(crate) fn extend_to(&self, k: usize, np: Np) -> Option<Np> {
        // a determiner's phrase up to a preposition: "a narrator in …"
        let head = self.phrase_starting_at(k, np.first).or_else(|| {
            let prep = (k + 1..np.first.min(k + 5)).find(|&i| self.is(i, PREPOSITION))?;
            let words = (k + 1..prep).all(|i| self.is_word_at(i) && !self.toks[i].cap);
            (self.is(k, super::DETERMINER) && prep > k + 1 && words)
                .then(|| Np::description(k, prep - 1))
        });
        if let Some(head) = head {
            let prep = head.last + 1;
            if matches!(head.kind, MentionKind::Description | MentionKind::Person)
                && prep < np.first
                && self.is_head_preposition(prep)
            {
                return Some(Np {
                    last: np.last,
                    ..head
                });
            }
        }
        self.described(k, np)
    }
}
