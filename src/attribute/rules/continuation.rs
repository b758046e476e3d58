//! A quotation standing alone (a sentence of its own with no attribution)
//! continues the speaker of the paragraph's previous quotation, or the
//! named speaker a previous sentence of the paragraph reported ("…,
//! Schiff said. "Q""). The mention nearest the previous quotation carries
//! on: in `"…," she said. "…"` the second is hers as written. Applied by
//! the discourse stage where no rule of the frame applies.

use super::{Apply, RuleDef, no, yes};
use crate::attribute::Rule;

/// Within a paragraph the speaker rarely changes without a new
/// attribution (1,470 of 1,489 right on the training split).
pub(crate) const CONFIDENCE: f32 = 0.98;

/// A quotation standing alone after a sentence whose subject is a person
/// other than the paragraph's last speaker ("Lee spoke first. Dana Cole
/// had other ideas. "Q"") is taken for that person's: a guess from the
/// sentence's subject.
pub(crate) const GUESSED: f32 = 0.7;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::Continuation,
    apply: Apply::Discourse,
    examples: &[
        // a participle of speaking alone before the quotation goes on too
        yes(
            "Ann Lee said the report was bad. Adding, \"What they do is never that bad.\"",
            "Ann Lee",
            Some("said"),
        ),
        // an infinitive after a verb of aspect reports for the subject…
        yes(
            "Ann Lee was quick to add that the vote had failed. \"It is over.\"",
            "Ann Lee",
            Some("add"),
        ),
        // …but not one whose subject is the verb's object
        no(
            "The firm paid the aides to say nothing. \"It is over.\"",
            None,
        ),
        yes(
            "\u{201c}We agree,\u{201d} Lavrov said. \u{201c}And we will act.\u{201d}",
            "Lavrov",
            Some("said"),
        ),
        yes(
            "The plan is a disaster for farmers, Adam Schiff said. \"It has to go.\"",
            "Adam Schiff",
            Some("said"),
        ),
        yes(
            "The mill will close, said Maria Lopez, a union organiser. \"We were never told.\"",
            "Maria Lopez",
            Some("said"),
        ),
        yes(
            "\u{201c}No,\u{201d} she said. \u{201c}Never.\u{201d}",
            "she",
            Some("said"),
        ),
        // a participle of speaking that "by" governs speaks for the
        // sentence's subject, however far from it
        yes(
            "Ann Lee distanced herself from the new zoning plan for the harbour by saying she had never read it. \"It was not mine.\"",
            "Ann Lee",
            Some("saying"),
        ),
        // a sentence in between whose subject is another person, named
        // in full or known to be one, hands the quotation to them
        yes(
            "Ann Lee spoke first. Dana Cole had other ideas. \"It is a good day.\"",
            "Dana Cole",
            None,
        ),
        // a fragment inside a sentence continues no one
        no(
            "\u{201c}We agree,\u{201d} Lavrov said. The \u{201c}deal\u{201d} is done.",
            None,
        ),
    ],
};
