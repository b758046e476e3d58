//! `Officials wanted the deal to stay "quiet"`: a quotation inside the
//! content of a report that reported speech reads (a verb of a speech act,
//! of thought or of evidence that the quotation rules do not list, a
//! closing or interrupting reporting clause) belongs to that report's
//! speaker; of nested reports, to the innermost.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;
use crate::attribute::report;

/// The share of such quotations whose speaker is right on the training
/// split (132 of 147).
pub(crate) const CONFIDENCE: f32 = 0.88;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ReportedContent,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "The plan, critics believe, is \u{201c}doomed\u{201d} to fail.",
            "critics",
            Some("believe"),
        ),
        yes(
            "Officials wanted the deal to stay \u{201c}quiet\u{201d} until May.",
            "Officials",
            Some("wanted"),
        ),
        yes(
            "The plan would \u{201c}cost billions\u{201d} over a decade, the study found.",
            "the study",
            Some("found"),
        ),
        // no report holds the quotation
        no("The \u{201c}bold\u{201d} plan passed on Monday.", None),
        // a thing's pronoun is no speaker (the sentence's subject is)
        no(
            "The letter was mocked for its claim that he was \u{201c}the healthiest\u{201d} ever.",
            Some("The letter"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let c = report::holder(ctx.frame, ctx.q)?;
    // "ridiculed for its prediction that Trump would be "Q"": a thing's
    // pronoun names no one who spoke (its words are its author's)
    let s = c.speaker;
    if s.first == s.last && ctx.frame.word(s.first).eq_ignore_ascii_case("its") {
        return None;
    }
    let mut f = Found::new(
        c.speaker,
        Some(c.cue.0),
        Rule::ReportedContent,
        CONFIDENCE,
        ctx.q + 1,
    );
    f.cue_last = Some(c.cue.1);
    f.source = c.source;
    f.addressee = c.addressee;
    Some(f)
}
