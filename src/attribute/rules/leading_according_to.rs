//! `According to X, … "Q"`: an "according to" phrase earlier in a sentence
//! in which no one else speaks names the speaker.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// The phrase may cover only part of the sentence.
pub(crate) const CONFIDENCE: f32 = 0.93;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::LeadingAccordingTo,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "According to Dana Kim, the firm \u{201c}never recovered\u{201d} from the loss.",
            "Dana Kim",
            Some("According to"),
        ),
        yes(
            "The firm, according to its founder, is \"doing fine.\"",
            "its founder",
            Some("according to"),
        ),
        yes(
            "According to the police, the driver was \u{201c}visibly drunk.\u{201d}",
            "the police",
            Some("According to"),
        ),
        // someone else speaks: the phrase is the relay, not the speaker
        no(
            "According to RIA Novosti, Wang Yi told Lavrov that China would support \u{201c}Russia\u{2019}s stable development.\u{201d}",
            Some("Wang Yi"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let (at, np) = ctx.frame.according?;
    if at > ctx.q {
        return None;
    }
    let mut f = Found::new(
        np,
        Some(at),
        Rule::LeadingAccordingTo,
        CONFIDENCE,
        np.last + 1,
    );
    f.cue_last = Some(at + 1);
    Some(f)
}
