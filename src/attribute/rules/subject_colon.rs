//! `X has one message: "Q"`: a colon right before the quotation, with no
//! reporting verb, presents it as the words of the sentence's subject.
//! Also `Sanders made the following comment:` closing a paragraph, for a
//! quotation that opens the next.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::{MentionKind, Rule};

/// Without a verb the colon may introduce something other than speech.
pub(crate) const CONFIDENCE: f32 = 0.82;

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
        yes(
            "Turnout rose all along - More from Ann Lee and Bo Chen: \"The data agree.\"",
            "Ann Lee and Bo Chen",
            None,
        ),
        no("It was late. The verdict: \u{201c}guilty.\u{201d}", None),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    if q == frame.lo || !frame.r.toks[q - 1].is_punct(':') {
        return None;
    }
    // "More from Ann Lee and Bo Chen: "Q"", "TURNOUT IS UP - Ann Lee:
    // "Q"": a person's name right before the colon, after a dash or
    // "from", is the speaker, whatever the sentence's subject
    let before = (q >= frame.lo + 2).then(|| frame.r.phrase_ending_at(frame.lo, q - 2));
    let named = before.flatten().filter(|np| {
        np.first > frame.lo
            && (frame.r.toks[np.first - 1].is_dash() || frame.word(np.first - 1) == "from")
            && np.kind == MentionKind::Person
            && (np.coordinated || np.name.is_some_and(|(a, b)| b > a))
    });
    let np = named.or_else(|| frame.subject.filter(|s| s.last + 1 < q - 1))?;
    Some(Found::new(np, None, Rule::SubjectColon, CONFIDENCE, q))
}
