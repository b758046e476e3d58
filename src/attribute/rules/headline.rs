//! `X: 'Q'` in the first sentence of a paragraph: a short name, a colon,
//! then the quotation, as headlines attribute; and the same label after
//! an earlier quotation (`Lee: "Q1." Park: "Q2."`).

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::{MentionKind, Rule};

/// Headlines are terse: the name before the colon is usually, not always,
/// the speaker.
pub(crate) const CONFIDENCE: f32 = 0.95;

/// How many tokens the name and colon may take.
const REACH: usize = 12;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::Headline,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "Lavrov: \u{2018}We will not be isolated\u{2019}",
            "Lavrov",
            Some(":"),
        ),
        yes(
            "Amnesty International: \"Release them now\"",
            "Amnesty International",
            Some(":"),
        ),
        yes(
            "Merkel: \u{201c}Wir schaffen das\u{201d}",
            "Merkel",
            Some(":"),
        ),
        // the topic after "on" is no part of the name
        yes(
            "Obama on Syria: \u{2018}We will not act alone\u{2019}",
            "Obama",
            Some(":"),
        ),
        // a speaker described
        yes(
            "Pentagon chief: \u{2018}We are ready\u{2019}",
            "Pentagon chief",
            Some(":"),
        ),
        yes("The mayor: \"We will rebuild\"", "The mayor", Some(":")),
        // not a thing described
        no("The verdict: \u{2018}Guilty\u{2019}", None),
        // nor a quotation the clause after the colon attributes
        no(
            "Report: Most meetings were with donors; campaign says list \u{2018}cherry-picked\u{2019}",
            Some("campaign"),
        ),
        // a title-case phrase before the colon is no name
        no(
            "Veto Power Impedes Peace Efforts: \u{2018}No Way Out\u{2019}",
            None,
        ),
        // an inverted reporting verb opening the paragraph is the cue
        no("Said Mr. Smith: \"We will win.\"", Some("Mr. Smith")),
        // a dateline before a sentence with its own reporting clause
        no(
            "NEW DELHI: India on Tuesday said it \"firmly rejects\" the report.",
            Some("India"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    if let Some(f) = after_quotation(ctx) {
        return Some(f);
    }
    if frame.lo != 0 {
        return None;
    }
    let q = ctx.q;
    let colon = (frame.lo + 1..q.min(frame.lo + REACH)).find(|&i| frame.r.toks[i].is_punct(':'))?;
    // (not a dateline or label before a sentence with its own reporting
    // clause: "NEW DELHI: India on Tuesday said it "firmly rejects" …")
    if crate::attribute::report::reports_itself(frame, colon + 1) {
        return None;
    }
    let np = frame.r.phrase_starting_at(frame.lo, colon)?;
    if np.first != frame.lo || np.last + 1 != colon {
        return None;
    }
    // ("Pentagon chief: 'Q'", "The mayor: 'Q'": or a speaker described
    // by a noun of people, short as a name, with the quotation right
    // after the colon)
    if !np.is_named() {
        let described = np.kind == MentionKind::Description
            && colon + 1 == q
            && !np.generic
            && !np.coordinated
            && np.last - np.first < 3;
        return described
            .then(|| Found::new(np, Some(colon), Rule::Headline, CONFIDENCE, colon + 1));
    }
    // "Obama on Syria: 'Q'": the name before the topic speaks
    let np = (np.first + 1..np.last)
        .find(|&k| frame.word(k) == "on")
        .and_then(|k| frame.r.phrase_starting_at(frame.lo, k))
        .filter(|name| name.last + 2 <= np.last && name.is_named())
        .unwrap_or(np);
    // a speaker's name, not a title-case phrase ("Veto Power Impedes
    // Peace Efforts:")
    let (a, b) = np.name?;
    (b - a < 3).then(|| Found::new(np, Some(colon), Rule::Headline, CONFIDENCE, colon + 1))
}

/// `Clinton: "Q1." Bush: "Q2."`: a short name and a colon right after an
/// earlier quotation (whose sentence ended inside its marks) and right
/// before this one label it in the same way.
fn after_quotation(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    let colon = q.checked_sub(1).filter(|&c| c > frame.lo)?;
    if !frame.r.toks[colon].is_punct(':') {
        return None;
    }
    // the name opens the frame, or follows a quotation inside it
    let np = frame.r.phrase_ending_at(frame.lo, colon - 1)?;
    let before = np.first.checked_sub(1)?;
    let (a, b) = np.name?;
    (frame.r.toks[before].quote().is_some() && np.is_named() && b - a < 3)
        .then(|| Found::new(np, Some(colon), Rule::Headline, CONFIDENCE, q))
}
