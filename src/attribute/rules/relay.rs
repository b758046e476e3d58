//! Relays: an "according to" phrase in a sentence where someone else
//! speaks names the outlet the words came through ("According to RIA
//! Novosti, Wang Yi told Lavrov …": speaker Wang Yi, source RIA Novosti),
//! and so do a closing "…, the Tass news agency reported." and an outlet
//! quoting the speaker between commas ("Lavrov, quoted by Interfax,
//! said"). Not a rule: it completes whatever rule decided.

use super::Found;
use crate::attribute::frame::Frame;
use crate::attribute::phrase::Np;
use crate::attribute::{MentionKind, Rule};

/// `found` with the frame's "according to" phrase (or closing "…, X
/// reported.") as its source, when the speaker is someone else and the
/// rule did not read that phrase itself.
pub(crate) fn relay(frame: &Frame<'_>, mut found: Found) -> Found {
    if let Some(poll) = polled(frame, found.speaker) {
        found.speaker = poll;
        found.source = None;
        return found;
    }
    let Some((at, np)) = frame
        .according
        .or_else(|| closing_report(frame))
        .or_else(|| quoted_by(frame, found.speaker))
    else {
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

/// "Lavrov, quoted by RIA Novosti, said …": the outlet a participle of
/// quoting names, set off by commas right after the speaker `speaker`
/// or closing the sentence (also "cited by"), with its verb "quoted".
pub(crate) fn quoted_by(frame: &Frame<'_>, speaker: Np) -> Option<(usize, Np)> {
    let r = &frame.r;
    let comma = speaker.last + 1;
    let (verb, by) = (comma + 1, comma + 2);
    if by + 1 >= frame.hi
        || !frame.comma_at(comma)
        || !matches!(frame.word(verb), "quoted" | "cited")
        || frame.word(by) != "by"
    {
        return None;
    }
    let np = r.phrase_starting_at(by + 1, frame.hi)?;
    // (set off by a comma, or closing the sentence: "…," said Lee,
    // quoted by Xinhua.)
    let closed = frame.comma_at(np.last + 1) || (np.last + 1..frame.hi).all(|k| !r.is_word_at(k));
    (closed && np.kind != MentionKind::Pronoun).then_some((verb, np))
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

/// The poll a share of people speaks through: "Some 55 percent of voters
/// said they do not trust her "…," according to a Quinnipiac poll", "In
/// a CNN poll, 31% of Republicans said they were "extremely
/// enthusiastic"", "20 percent of people in a recent CNN poll said …". A
/// share counts people who answered; the poll that counted them says what
/// they think, and is the speaker. Other speakers keep the poll as their
/// source ("Lee said …, according to a survey of his remarks" is Lee's).
pub(crate) fn polled(frame: &Frame<'_>, speaker: Np) -> Option<Np> {
    if !frame.r.is_share(speaker) {
        return None;
    }
    if let Some(poll) = frame.r.poll_inside(speaker) {
        return Some(poll);
    }
    frame
        .according
        .map(|(_, np)| np)
        .or_else(|| frame.opening_document().map(|(np, _)| np))
        .or_else(|| frame.subject.filter(|np| np.last < speaker.first))
        .filter(|&np| np.last < speaker.first || np.first > speaker.last)
        .filter(|&np| frame.r.names_a_poll(np))
}
