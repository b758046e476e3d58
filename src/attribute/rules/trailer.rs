//! The reporting clause right after a quotation, `"Q," X said`, shared by
//! the rules that read it (not itself a rule).

use crate::attribute::classes::{DETERMINER, MODIFIER, VERB};
use crate::attribute::frame::{Frame, is_tell};
use crate::attribute::phrase::{Np, STOP, looks_finite};

/// How far after the quotation the reporting verb may stand, in tokens.
const REACH: usize = 32;

/// The first token after the quotation at `q`, past commas and colons.
pub(crate) fn after(frame: &Frame<'_>, q: usize) -> Option<usize> {
    let mut k = q + 1;
    while k < frame.hi && (frame.r.toks[k].is_punct(',') || frame.r.toks[k].is_punct(':')) {
        k += 1;
    }
    (k < frame.hi).then_some(k)
}

/// `"Q," X said`: the first reporting verb within reach after the
/// quotation whose subject starts right after it, with that subject. Not
/// where the quotation is followed by a dash, "according to" or a
/// reporting verb (`"Q," said X`), which other rules read.
pub(crate) fn find(frame: &Frame<'_>, q: usize) -> Option<(usize, Np)> {
    let k = after(frame, q)?;
    if frame.r.toks[k].is_dash()
        || frame.according_to(k)
        || (frame.is_cue(k) && !is_tell(frame.word(k)))
    {
        return None;
    }
    let reach = (k + REACH).min(frame.hi);
    for c in k + 1..reach {
        if frame.r.toks[c].quote().is_some() {
            break;
        }
        if frame.is_cue(c) {
            // the speaker phrase starts right after the quotation
            let np = frame.r.subject_before(k, c)?;
            let np = if np.first == k {
                np
            } else {
                described(frame, k, np)?
            };
            let closes = frame.finite_after(c, &np) && closes_attribution(frame, c);
            return closes.then_some((c, np));
        }
    }
    None
}

/// Words of time that may follow the verb of an attribution ("said
/// Monday", "said later").
const TIME_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "recently",
    "again",
    "then",
    "afterward",
    "afterwards",
];

/// Whether `w` is a word of time ("Monday", "later", "yesterday").
pub(crate) fn is_time_word(w: &str) -> bool {
    TIME_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// Verbs that take the person spoken to as their object ("told me",
/// "asked Trump", "warned reporters").
const ADDRESSING: &[&str] = &[
    "tell",
    "tells",
    "told",
    "telling",
    "ask",
    "asks",
    "asked",
    "warn",
    "warns",
    "warned",
    "remind",
    "reminds",
    "reminded",
    "assure",
    "assures",
    "assured",
    "urge",
    "urges",
    "urged",
    "advise",
    "advised",
    "inform",
    "informed",
    "reassure",
    "reassured",
    "caution",
    "cautioned",
];

/// Whether a verb takes the person spoken to as its object ("told me").
pub(crate) fn is_addressing(verb: &str) -> bool {
    ADDRESSING.iter().any(|v| v.eq_ignore_ascii_case(verb))
}

/// Object pronouns, which name the person addressed.
pub(crate) const OBJECT_PRONOUNS: &[&str] = &["me", "us", "him", "her", "them", "you"];

/// Whether the verb at `c` closes an attribution after a quotation: what
/// follows it is not a reported clause ("… ," X said the two cases
/// differ; "…," X said that …) nor, for a verb that takes no addressee, an
/// object ("… ," X charged a fee).
pub(crate) fn closes_attribution(frame: &Frame<'_>, c: usize) -> bool {
    closes_attribution_before(frame, c, frame.hi)
}

/// [`closes_attribution`] within tokens before `hi`.
pub(crate) fn closes_attribution_before(frame: &Frame<'_>, c: usize, hi: usize) -> bool {
    let mut k = frame.cue_last(c) + 1;
    let addressing = is_addressing(frame.word(c));
    if addressing {
        if OBJECT_PRONOUNS.contains(&frame.word(k)) {
            k += 1;
        } else if let Some(np) = frame.r.phrase_starting_at(k, hi) {
            k = np.last + 1;
        }
    }
    if k >= hi || !frame.r.is_word_at(k) {
        return true;
    }
    if frame.word(k) == "that" {
        return false;
    }
    if !addressing && !says(frame.word(c)) && (frame.r.is(k, DETERMINER) || frame.r.is_number(k)) {
        return false;
    }
    // a clause: a phrase and a finite verb ("said the two cases were")
    frame.r.phrase_starting_at(k, hi).is_none_or(|np| {
        let v = np.last + 1;
        let w = frame.word(v);
        !(frame.r.is_word_at(v)
            && !w.ends_with("ing")
            && (frame.r.is(v, VERB | MODIFIER) || looks_finite(w)))
    })
}

/// Whether a verb is a form of "say", which takes no object but speech.
fn says(word: &str) -> bool {
    matches!(word, "say" | "says" | "said" | "saying")
}

/// A name phrase `np` with up to two lower-case words from token `k`
/// before it, right after a quotation, where they can only describe the
/// speaker ("screenwriter Cole Haddon", "warm-and-fuzzy Trump", "9/11
/// widow Terry Strada"; numbers not counted).
fn described(frame: &Frame<'_>, k: usize, np: Np) -> Option<Np> {
    let words = k..np.first;
    let numbers = words.clone().filter(|&i| frame.r.is_number(i)).count();
    let plain = words
        .clone()
        .all(|i| frame.r.is_word_at(i) && !frame.r.is_cap(i) && !frame.r.is(i, STOP));
    (np.kind == crate::attribute::MentionKind::Person
        && plain
        && words.len() - numbers <= 2
        && words.len() <= 4)
        .then_some(Np { first: k, ..np })
}
