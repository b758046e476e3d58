//! `"Q," X, a senior aide, said`: the speaker right after the quotation,
//! reached across an appositive or relative clause before the verb.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// As sure as the plain construction: the clause between only describes
/// the speaker (all 99 right on the training split).
pub(crate) const CONFIDENCE: f32 = 0.99;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::TrailingAppositive,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}It is over,\u{201d} Kim Park, a senior aide to the mayor, told reporters.",
            "Kim Park",
            Some("told"),
        ),
        yes(
            "\"I was never edited,\" Mr. King, 82, told me.",
            "Mr. King",
            Some("told"),
        ),
        yes(
            "\u{201c}We knew,\u{201d} Ana Silva, who led the inquiry, said Friday.",
            "Ana Silva",
            Some("said"),
        ),
        // a participle in the aside is no reporting verb
        yes(
            "\"It is a good day,\" Lee, speaking to reporters aboard the plane, said.",
            "Lee",
            Some("said"),
        ),
        no("\"It is a good day,\" Lee, saying nothing more.", None),
        // an absolute aside of manner describes the speaker before it; a
        // clause with a verb of saying is a speaker of its own
        yes(
            "\"Go home,\" the officer, his hand on his holster, told the crowd.",
            "the officer",
            Some("told"),
        ),
        no(
            "\"It failed,\" the plan, his aides said, was a mess.",
            Some("his aides"),
        ),
        no(
            "\u{201c}It is over,\u{201d} Kim Park said, a senior aide to the mayor.",
            Some("Kim Park"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let (c, np) = ctx.trailer()?;
    if !np.appositive {
        return None;
    }
    let mut f = Found::new(np, Some(c), Rule::TrailingAppositive, CONFIDENCE, c + 1);
    f.addressee = ctx.frame.addressee(c);
    Some(f)
}
