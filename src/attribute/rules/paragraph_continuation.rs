//! A quotation that opens a paragraph with no attribution of its own
//! continues the last speaker of the paragraph before, as long quotations
//! run over paragraphs in news copy; so does one after a topic label
//! alone ("On the goalie: "He is tough.""), as sports and interview copy
//! give a speaker's answers one topic to a paragraph. Applied by the
//! discourse stage where no rule of the frame applies.

use super::{Apply, RuleDef, no, yes};
use crate::attribute::Rule;

/// A new paragraph may bring a new voice.
pub(crate) const CONFIDENCE: f32 = 0.85;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ParagraphContinuation,
    apply: Apply::Discourse,
    examples: &[
        yes(
            "\u{201c}We agree,\u{201d} Lavrov said.\n\n\u{201c}And we will act.\u{201d}",
            "Lavrov",
            Some("said"),
        ),
        yes(
            "Rep. Lena Ortiz called the ruling a victory.\n\n\"We fought for this.\"",
            "Rep. Lena Ortiz",
            Some("called"),
        ),
        yes(
            "\"It works,\" the engineer said.\n\n\"It always has.\"",
            "the engineer",
            Some("said"),
        ),
        // a short quotation alone in single marks after double ones is a
        // subheading, not the speaker going on…
        no(
            "\"We lost,\" Lee said.\n\n'A really tough decision.'\n\nThe plant closed.",
            None,
        ),
        // …but where single marks are the text's own, it goes on
        yes(
            "'We lost,' Lee said.\n\n'We lost badly.'",
            "Lee",
            Some("said"),
        ),
        // not when the quotation does not open its paragraph
        no(
            "\u{201c}We agree,\u{201d} Lavrov said.\n\nThe talks went on. \u{201c}Again.\u{201d}",
            None,
        ),
        // a topic label before the quotation opens the paragraph as the
        // quotation would: one answer to a topic a paragraph
        yes(
            "\"We lost,\" the coach said.\n\nOn the goalie, who left hurt: \"He is tough.\"",
            "the coach",
            Some("said"),
        ),
        yes(
            "\"We lost,\" Lee said.\n\nAs for the referees: \"No comment.\"",
            "Lee",
            Some("said"),
        ),
        // not after a sentence of the paragraph…
        no(
            "\"We lost,\" Lee said.\n\nThe bus left. On the goalie: \"He is tough.\"",
            None,
        ),
        // …nor with a subject of its own
        no(
            "\"We lost,\" Lee said.\n\nOn the bus, they sang: \"We are the champions.\"",
            Some("they"),
        ),
        // a verb whose object is a noun of speech reports too…
        yes(
            "Ann Lee continued her pointed remarks.\n\n\"We are ready.\"",
            "Ann Lee",
            Some("continued"),
        ),
        // …but not negated
        no(
            "Ann Lee never made those remarks.\n\n\"We are ready.\"",
            None,
        ),
    ],
};
