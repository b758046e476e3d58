//! `"Q," according to X`: an "according to" phrase right after the
//! quotation names its speaker, unless a reporting verb governs the
//! quotation: then its subject speaks and X is the source that relayed
//! the words.

use super::{Apply, Ctx, Found, RuleDef, no, trailer, yes};
use crate::attribute::Rule;

/// The phrase right after the quotation leaves little doubt.
pub(crate) const CONFIDENCE: f32 = 0.92;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::TrailingAccordingTo,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}The talks are over,\u{201d} according to a senior diplomat.",
            "a senior diplomat",
            Some("according to"),
        ),
        yes(
            "The plan was \u{201c}dead on arrival,\u{201d} according to Senator Ruth Alder.",
            "Senator Ruth Alder",
            Some("according to"),
        ),
        yes(
            "\"We will rebuild,\" according to Mayor Ann Lee.",
            "Mayor Ann Lee",
            Some("according to"),
        ),
        // (a transcript is a document like a memo, whatever it records)
        yes(
            "\"The data are clear,\" according to a transcript of the hearing.",
            "a transcript of the hearing",
            Some("according to"),
        ),
        // a reporting verb governs the quotation: its subject speaks
        no(
            "Ann Lee said the plan was \u{201c}dead,\u{201d} according to the Times.",
            Some("Ann Lee"),
        ),
        // the phrase stands elsewhere: another rule reads it
        no(
            "According to Dana Kim, the firm \u{201c}never recovered\u{201d} from the loss.",
            Some("Dana Kim"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let k = trailer::after(frame, ctx.q)?;
    if !frame.according_to(k) {
        return None;
    }
    // a quotation a reporting verb governs is its speaker's, the phrase
    // the source that relayed it ("Lee said the plan was "dead,"
    // according to the Times": speaker Lee), as after a closing "…," Lee
    // said, according to X"
    if ctx.governor().is_some() {
        return None;
    }
    let np = frame.according_phrase(k)?;
    let mut f = Found::new(
        np,
        Some(k),
        Rule::TrailingAccordingTo,
        CONFIDENCE,
        np.last + 1,
    );
    f.cue_last = Some(k + 1);
    Some(f)
}
