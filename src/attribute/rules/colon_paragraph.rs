//! `X said:` closing a paragraph introduces the quotation that opens the
//! next one. (Without a reporting verb, `X made the following comment:`,
//! the introduction is [`subject_colon`](super::subject_colon)'s.)

use super::{Apply, Found, RuleDef, no, subject_colon, yes};
use crate::attribute::frame::Frame;
use crate::attribute::{MentionKind, Rule};

/// The colon points ahead plainly, across a paragraph break.
pub(crate) const CONFIDENCE: f32 = 0.9;

/// How far before the colon the reporting verb may stand, in tokens.
const REACH: usize = 6;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ColonParagraph,
    apply: Apply::Discourse,
    examples: &[
        yes(
            "In a statement, the minister said:\n\n\u{201c}We are ready to talk.\u{201d}",
            "the minister",
            Some("said"),
        ),
        yes(
            "Gov. Alma Reyes wrote on Twitter:\n\n\"Proud of this team.\"",
            "Gov. Alma Reyes",
            Some("wrote"),
        ),
        yes(
            "She added:\n\n\u{201c}Nobody asked us.\u{201d}",
            "She",
            Some("added"),
        ),
        // without a reporting verb
        no(
            "Gov. Alma Reyes made the following comment:\n\n\u{201c}We are proud of this law.\u{201d}",
            Some("Gov. Alma Reyes"),
        ),
    ],
};

/// "X said:" (or, without a verb, "X made the following comment:")
/// closing the frame, for a quotation in the next paragraph.
pub(crate) fn closing(frame: &Frame<'_>) -> Option<Found> {
    let last = frame.hi.checked_sub(1).filter(|&l| l > frame.lo)?;
    if !frame.r.toks[last].is_punct(':') {
        return None;
    }
    let mut c = last;
    while c > frame.lo && c + REACH > last {
        c -= 1;
        if frame.is_cue(c) {
            // "Said Stone:": a sentence opening with its verb
            let inverted = || {
                (c == frame.lo)
                    .then(|| frame.r.phrase_starting_at(frame.cue_last(c) + 1, last))
                    .flatten()
                    .filter(|np| np.last + 1 == last)
            };
            let np = frame.r.subject_before(frame.lo, c).or_else(inverted)?;
            return Some(Found::new(
                np,
                Some(c),
                Rule::ColonParagraph,
                CONFIDENCE,
                last + 1,
            ));
        }
    }
    let np = frame.subject.filter(|s| {
        matches!(
            s.kind,
            MentionKind::Person | MentionKind::Pronoun | MentionKind::Organization
        )
    })?;
    Some(Found::new(
        np,
        None,
        Rule::SubjectColon,
        subject_colon::CONFIDENCE,
        last + 1,
    ))
}
