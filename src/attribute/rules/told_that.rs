//! `X told Y that … "Q"`: reported speech with an addressee.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// The addressee and "that" mark the clause plainly (66 of 68 right on
/// the training split).
pub(crate) const CONFIDENCE: f32 = 0.97;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ToldThat,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "Wang Yi told Lavrov that China would support \u{201c}Russia\u{2019}s stable development.\u{201d}",
            "Wang Yi",
            Some("told"),
        ),
        yes(
            "The senator told reporters on Monday that the bill was \"dead.\"",
            "The senator",
            Some("told"),
        ),
        yes(
            "She has told friends that the job is \u{201c}a nightmare.\u{201d}",
            "She",
            Some("told"),
        ),
        // without an addressee it is plain reported speech
        no(
            "The senator said on Monday that the bill was \"dead.\"",
            Some("The senator"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let g = ctx.governor()?;
    if g.adjacent || !g.that {
        return None;
    }
    let addressee = g.addressee?;
    let mut f = Found::new(g.speaker, Some(g.verb), Rule::ToldThat, CONFIDENCE, ctx.q);
    f.addressee = Some(addressee);
    Some(f)
}
