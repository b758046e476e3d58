//! `"Q" — X`: a dash after the quotation, then the name of a person or an
//! organisation, as in a list of reactions.

use super::{Apply, Ctx, Found, RuleDef, no, trailer, yes};
use crate::attribute::Rule;
use crate::attribute::phrase::looks_finite;

/// A name after a dash is nearly always the speaker in news copy, but the
/// dash has other uses.
pub(crate) const CONFIDENCE: f32 = 0.9;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::Dash,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}A shameful day for the state.\u{201d} \u{2014} Rep. Lena Ortiz",
            "Rep. Lena Ortiz",
            Some("\u{2014}"),
        ),
        yes(
            "\"We welcome the ruling\" -- the Teachers Union",
            "the Teachers Union",
            Some("--"),
        ),
        yes(
            "\u{201c}It is a start\u{201d} \u{2013} Amnesty International",
            "Amnesty International",
            Some("\u{2013}"),
        ),
        // a byline after a quotation that a verb before it reports
        no(
            "Lee insisted that the party was \"still the top force.\" -- Kim Hall",
            Some("Lee"),
        ),
        // a description after the dash is no speaker
        no("\u{201c}It is a start\u{201d} \u{2014} a small one.", None),
        // a name with a verb of its own starts a sentence of the writer's
        no("\"Hope\" \u{2014} Obama campaigned on it.", None),
        // a name and its verb of saying: the reporting clause's rule
        no(
            "\u{201c}It is a start\u{201d} \u{2014} Lena Ortiz said.",
            Some("Lena Ortiz"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let k = trailer::after(frame, ctx.q)?;
    // (a reporting verb before the quotation in its clause keeps it: the
    // name after the dash is then the item's byline, "Rajoy insisted his
    // party was "still the No. 1 force." -- Kim Hjelmgaard")
    if !frame.r.toks[k].is_dash() || ctx.governor().is_some() {
        return None;
    }
    let np = frame.r.phrase_starting_at(k + 1, frame.hi)?;
    // (a verb of saying after the name is the cue, which the reporting
    // clause's rule reads: "…" — Lee said.)
    if trailer::find(frame, ctx.q).is_some_and(|(c, _)| c == np.last + 1) {
        return None;
    }
    // (nor is a name with a verb of its own a byline: "…" — Obama
    // campaigned on it.)
    let v = np.last + 1;
    if v < frame.hi && frame.r.is_word_at(v) && !frame.r.is_cap(v) && looks_finite(frame.word(v)) {
        return None;
    }
    np.is_named()
        .then(|| Found::new(np, Some(k), Rule::Dash, CONFIDENCE, np.last + 1))
}
