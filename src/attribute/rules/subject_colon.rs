//! `X has one message: "Q"`: a colon right before the quotation, with no
//! reporting verb, presents it as the words of the sentence's subject.
//! Also `Sanders made the following comment:` closing a paragraph, for a
//! quotation that opens the next.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// Without a verb the colon may introduce something other than speech.
pub(crate) const CONFIDENCE: f32 = 0.77;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::SubjectColon,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "The mayor had one message: \u{201c}Stay home.\u{201d}",
            "The mayor",
            None,
        ),
        yes(
            "Her reply to the board was short: \"No.\"",
            "Her reply to the board",
            None,
        ),
        yes(
            "Gov. Alma Reyes made the following comment:\n\n\u{201c}We are proud of this law.\u{201d}",
            "Gov. Alma Reyes",
            None,
        ),
        // the subject must stand before the colon, apart from it
        no("It was late. The verdict: \u{201c}guilty.\u{201d}", None),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    if q == frame.lo || !frame.r.toks[q - 1].is_punct(':') {
        return None;
    }
    let np = frame.subject.filter(|s| s.last + 1 < q - 1)?;
    Some(Found::new(np, None, Rule::SubjectColon, CONFIDENCE, q))
}
