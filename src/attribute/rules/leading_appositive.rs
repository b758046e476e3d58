//! `X, who led the inquiry, said the plan was "Q"`: reported speech whose
//! speaker is reached across an appositive or relative clause.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// Surer than other reported speech: the subject is read across its
/// aside to a verb of its own (217 of 219 right on the training split).
pub(crate) const CONFIDENCE: f32 = 0.97;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::LeadingAppositive,
    apply: Apply::Frame(apply),
    examples: &[
        // an aside opened by a participle not in -ed
        yes(
            "The memo, sent to the board on Monday, said the plan was \u{201c}dead.\u{201d}",
            "The memo",
            Some("said"),
        ),
        yes(
            "Ana Silva, who led the inquiry, said the plan was \u{201c}a disaster.\u{201d}",
            "Ana Silva",
            Some("said"),
        ),
        yes(
            "Flynn, a top surrogate, called the deal \"a joke\" on Monday.",
            "Flynn",
            Some("called"),
        ),
        yes(
            "Another critic, Laurence Tribe, likened the order to \u{201c}a purge.\u{201d}",
            "Another critic, Laurence Tribe",
            Some("likened"),
        ),
        no(
            "Ana Silva said the plan was \u{201c}a disaster.\u{201d}",
            Some("Ana Silva"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let g = ctx.governor()?;
    if g.adjacent || (g.that && g.addressee.is_some()) || !g.speaker.appositive {
        return None;
    }
    let mut f = Found::new(
        g.speaker,
        Some(g.verb),
        Rule::LeadingAppositive,
        CONFIDENCE,
        ctx.q,
    );
    f.addressee = g.addressee;
    Some(f)
}
