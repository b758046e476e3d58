//! `"Q," said X`: an inverted attribution, the reporting verb right after
//! the quotation and the speaker after it ("said Mr. `McGinley`", "added Rep.
//! Jim Clyburn (D-S.C.)", "said 9/11 widow Terry Strada", "said the
//! ruling.").

use super::{Apply, Ctx, Found, RuleDef, no, trailer, yes};
use crate::attribute::Rule;
use crate::attribute::frame::is_tell;

/// The tightest construction of all.
pub(crate) const CONFIDENCE: f32 = 0.98;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::TrailingCueSpeaker,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}We will not back down,\u{201d} said Gov. Alma Reyes.",
            "Gov. Alma Reyes",
            Some("said"),
        ),
        yes(
            "\"It is a fair deal,\" added a union spokeswoman.",
            "a union spokeswoman",
            Some("added"),
        ),
        yes(
            "\u{201c}The law is clear,\u{201d} wrote the court.",
            "the court",
            Some("wrote"),
        ),
        yes(
            "\u{201c}Look closer,\u{201d} pointed out Ms. Ruiz.",
            "Ms. Ruiz",
            Some("pointed out"),
        ),
        // "told" names the addressee, not the speaker
        no("\u{201c}Go home,\u{201d} told the crowd nothing.", None),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let k = trailer::after(frame, ctx.q)?;
    // an inverted attribution has a finite verb: "said X", not
    // "referencing X"
    if !frame.is_cue(k) || is_tell(frame.word(k)) || frame.word(k).ends_with("ing") {
        return None;
    }
    let start = frame.cue_last(k) + 1;
    let np = frame.r.speaker_after_verb(start, frame.hi)?;
    Some(Found::new(
        np,
        Some(k),
        Rule::TrailingCueSpeaker,
        CONFIDENCE,
        np.last + 1,
    ))
}
