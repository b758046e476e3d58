//! Descriptions: speaker phrases without a name ("a senior official", "the
//! ad's narrator", "sources", "the secretary of state").

use super::{MAX_RUN, Np, Reader, STOP};
use crate::attribute::MentionKind;
use crate::attribute::classes::{DETERMINER, MODIFIER, NON_NAME, SPEAKER, TITLE};
use crate::attribute::tokens::Kind;

/// What the word before a description's words turned out to be, read
/// backwards.
enum Before {
    /// The phrase is complete.
    Done(Np),
    /// The word before belongs to the phrase: keep reading.
    Continue,
    /// The phrase ends here.
    Stop,
    /// There is no description here at all.
    Fail,
}

impl Reader<'_> {
    /// A description ending at `j`: "a senior official", "the source",
    /// "sources", "the influential US daily".
    pub(crate) fn description_ending_at(&self, lo: usize, j: usize) -> Option<Np> {
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
            match self.before_description(lo, floor, k - 1, j, known) {
                Before::Done(np) => return Some(np),
                Before::Stop => break,
                Before::Fail => return None,
                Before::Continue => k -= 1,
            }
        }
        // a plural without a determiner: "officials said", "multiple
        // lawmakers called"
        (known && head.ends_with('s')).then(|| Np::description(k, j))
    }

    /// One step of [`Reader::description_ending_at`]: the token `p` before
    /// the words read so far of the description headed by `j`.
    fn before_description(
        &self,
        lo: usize,
        floor: usize,
        p: usize,
        j: usize,
        known: bool,
    ) -> Before {
        let t = &self.toks[p];
        if t.kind == Kind::Clitic && p > lo {
            // a possessor: "the ad's narrator", "Gary Johnson's doctor"
            return self
                .possessor_start(lo, floor, p - 1)
                .map_or(Before::Fail, |o| Before::Done(Np::description(o, j)));
        }
        if !t.is_word() {
            return Before::Stop;
        }
        // a determiner, or a number: "63 percent", "two officials"
        if self.is(p, DETERMINER) || self.is_number(p) {
            return Before::Done(Np::description(p, j));
        }
        // "the secretary of state", "a mother of three": a noun's "of"
        // complement belongs to its phrase (within the same bound)
        if self.word(p) == "of" && p > floor {
            return self
                .description_ending_at(floor, p - 1)
                .map_or(Before::Stop, |head| Before::Done(Np { last: j, ..head }));
        }
        // "the former secretary and current nominee": two roles of one
        // person, the first with its determiner
        if self.word(p) == "and" && known && p > floor {
            return self
                .description_ending_at(floor, p - 1)
                .filter(|d| self.is(d.first, DETERMINER) && self.role_noun(d))
                .map_or(Before::Stop, |first| Before::Done(Np { last: j, ..first }));
        }
        // a function word ends the phrase: "what multiple lawmakers"; a
        // modifier after a determiner or title is an adjective there ("the
        // first lady", "former first lady")
        let adjective =
            self.class(p) & STOP == MODIFIER && p > lo && self.is(p - 1, DETERMINER | TITLE);
        if self.is(p, STOP) && !adjective {
            return Before::Stop;
        }
        Before::Continue
    }

    /// The first token of the possessor whose last word is `o`: a
    /// determiner's phrase or a run of capitalised words.
    fn possessor_start(&self, lo: usize, floor: usize, mut o: usize) -> Option<usize> {
        if !self.is_word_at(o) {
            return None;
        }
        while o > lo && o > floor && self.is_word_at(o - 1) {
            let prev = o - 1;
            if self.is(prev, DETERMINER) {
                return Some(prev);
            }
            if !(self.toks[prev].cap && self.toks[o].cap) {
                break;
            }
            o = prev;
        }
        Some(o)
    }

    /// Whether a description is headed by a role noun ("secretary",
    /// "senator", "spokesman").
    pub(crate) fn role_noun(&self, d: &Np) -> bool {
        d.kind == MentionKind::Description
            && d.role.is_some_and(|(a, _)| self.is(a, TITLE | SPEAKER))
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
        if k < hi && self.is_cap(k) {
            // a name after the description: "the event organizer Alliance …"
            let named = self.phrase_starting_at(k, hi)?;
            let ends = named.last + 1 >= hi || !self.is_word_at(named.last + 1);
            return (ends && named.is_named()).then_some(Np {
                first: i,
                role: Some((head, head)),
                ..named
            });
        }
        if k < hi && self.is_word_at(k) {
            return None;
        }
        Some(Np::description(i, head))
    }

    /// A phrase opened by the determiner at `i`: "a spokesman for the
    /// campaign", "the Kremlin", "the Russian foreign minister".
    pub(crate) fn determiner_phrase(&self, i: usize, hi: usize) -> Option<Np> {
        let mut k = i + 1;
        let limit = (i + 7).min(hi);
        if self.toks.get(k).is_some_and(|t| t.cap) {
            let mut end = k;
            let run_end = hi.min(k + MAX_RUN);
            while end + 1 < run_end && self.is_cap(end + 1) {
                end += 1;
            }
            let mut np = self.classify_run(k, end, true);
            if np.kind == MentionKind::Organization && self.toks[i].cap && self.word(i) == "The" {
                np.name = np.name.map(|(_, b)| (i, b));
            }
            // "the Russian foreign minister": a description after all
            if end + 1 < hi && self.is_word_at(end + 1) && self.is(end + 1, SPEAKER) {
                return Some(Np::description(i, end + 1));
            }
            np.first = i;
            return Some(np);
        }
        while k < limit && self.is_word_at(k) && !self.toks[k].cap {
            if self.is(k, SPEAKER | TITLE) {
                return Some(Np::description(i, k));
            }
            k += 1;
        }
        None
    }

    /// A phrase opened by lower-case words at `i`: modifiers and a role
    /// before a name ("conservative talk radio host Rush Limbaugh"), or a
    /// bare plural speaker noun ("officials").
    pub(crate) fn lower_case_phrase(&self, i: usize, hi: usize) -> Option<Np> {
        let mut k = i;
        while k < hi.min(i + 6) && self.is_word_at(k) && !self.toks[k].cap && !self.is(k, STOP) {
            k += 1;
        }
        if k > i && k < hi && self.toks[k].cap && self.descriptor(k - 1) {
            if let Some(np) = self.phrase_starting_at(k, hi) {
                if np.kind == MentionKind::Person && np.name.is_some() {
                    return Some(Np { first: i, ..np });
                }
            }
        }
        (self.is(i, SPEAKER) && self.word(i).ends_with('s')).then(|| Np::description(i, i))
    }
}
