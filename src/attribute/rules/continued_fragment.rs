//! A quotation that opens its sentence, which goes on without a reporting
//! verb of its own, continues the speaker of the paragraph before it (`…,
//! the committee said. "Q" on local farmers.`); so does a quotation of
//! three words or more closing a sentence without a reporting verb that
//! follows right after a sentence whose own rules attributed one (`"Q1,"
//! she says. It's "Q2."`) or that reports a named speaker (`…, he said.
//! It wins only when "Q."`). Applied by the discourse stage where no rule
//! of the frame applies.

use super::{Apply, RuleDef, no, yes};
use crate::attribute::Rule;

/// The sentence around the quotation may be the writer's own: right about
/// eight times in ten (26 of 31 on the training split).
pub(crate) const CONFIDENCE: f32 = 0.8;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ContinuedFragment,
    apply: Apply::Discourse,
    examples: &[
        yes(
            "The plan would hurt growers, the committee said. \u{201c}Grave harm\u{201d} would follow for local farms.",
            "the committee",
            Some("said"),
        ),
        yes(
            "\"We lost,\" Ana Ruiz said. \"Badly\" was her word for it.",
            "Ana Ruiz",
            Some("said"),
        ),
        yes(
            "\u{201c}It is over,\u{201d} he said. \u{201c}Done\u{201d} and dusted, then.",
            "he",
            Some("said"),
        ),
        // a sentence with no speaker before it continues no one
        no(
            "The weather was fine. \u{201c}Grave harm\u{201d} would follow.",
            None,
        ),
    ],
};
