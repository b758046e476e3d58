//! Relays: an "according to" phrase in a sentence where someone else
//! speaks names the outlet the words came through ("According to RIA
//! Novosti, Wang Yi told Lavrov …": speaker Wang Yi, source RIA Novosti),
//! and so does a closing "…, the Tass news agency reported.". Not a rule:
//! it completes whatever rule decided.

use super::Found;
use crate::attribute::Rule;
use crate::attribute::frame::Frame;
use crate::attribute::phrase::Np;

/// `found` with the frame's "according to" phrase (or closing "…, X
/// reported.") as its source, when the speaker is someone else and the
/// rule did not read that phrase itself.
pub(crate) fn relay(frame: &Frame<'_>, mut found: Found) -> Found {
    let Some((at, np)) = frame.according.or_else(|| closing_report(frame)) else {
        return found;
    };
    let own = matches!(
        found.rule,
        Rule::TrailingAccordingTo | Rule::LeadingAccordingTo | Rule::LaterAccordingTo
    ) || found.cue == Some(at);
    if !own && np.first != found.speaker.first {
        found.source = Some(np);
    }
    found
}

/// "Gorbachev told reporters that …, the Tass news agency reported.": a
/// phrase after a comma and "reported" closing the frame, its verb and
/// the phrase.
fn closing_report(frame: &Frame<'_>) -> Option<(usize, Np)> {
    let last = (frame.lo..frame.hi)
        .rev()
        .find(|&i| frame.r.is_word_at(i))?;
    // (closing the sentence: no quotation after it)
    if !matches!(frame.word(last), "reported" | "reports")
        || (last + 1..frame.hi).any(|i| frame.r.toks[i].quote().is_some())
    {
        return None;
    }
    frame
        .r
        .subject_before(frame.lo, last)
        .filter(|np| np.first > frame.lo + 1 && frame.comma_at(np.first - 1))
        .map(|np| (last, np))
}
