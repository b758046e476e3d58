//! `… "Q" …, according to X`: an "according to" phrase later in a sentence
//! in which no one else speaks, not right after the quotation.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// The phrase may cover only part of the sentence.
pub(crate) const CONFIDENCE: f32 = 0.85;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::LaterAccordingTo,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "The firm \u{201c}never recovered\u{201d} from the loss, according to Dana Kim.",
            "Dana Kim",
            Some("according to"),
        ),
        yes(
            "The \"surge\" began in March and ended in May, according to the report.",
            "the report",
            Some("according to"),
        ),
        yes(
            "Troops used \u{201c}excessive force\u{201d} at the border, according to witnesses.",
            "witnesses",
            Some("according to"),
        ),
        // right after the quotation: another rule
        no(
            "\u{201c}The talks are over,\u{201d} according to a senior diplomat.",
            Some("a senior diplomat"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let (at, np) = ctx.frame.according?;
    if at < ctx.q {
        return None;
    }
    let mut f = Found::new(
        np,
        Some(at),
        Rule::LaterAccordingTo,
        CONFIDENCE,
        np.last + 1,
    );
    f.cue_last = Some(at + 1);
    Some(f)
}
