//! `The problem, says the budget office, is that "Q"`, `Cost estimates,
//! he added, were "Q"`: a reporting clause set off by commas inside the
//! sentence it reports, before or after the quotation.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;
use crate::attribute::frame::{Frame, REACH, is_tell};

use crate::attribute::phrase::Np;

/// The commas leave little doubt whose words the sentence holds.
pub(crate) const CONFIDENCE: f32 = 0.95;

/// The most tokens a parenthetical clause may have between its commas.
const LONGEST: usize = 12;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::Parenthetical,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "The problem, says the budget office, is that the plan is \u{201c}unfunded.\u{201d}",
            "the budget office",
            Some("says"),
        ),
        yes(
            "The estimates, he added, were \"based on a prototype.\"",
            "he",
            Some("added"),
        ),
        yes(
            "What the minister offered, said Ana Ortiz, was \u{201c}too little, too late.\u{201d}",
            "Ana Ortiz",
            Some("said"),
        ),
        // commas around no reporting clause
        yes(
            "The agency, Ortiz said, called the plan \u{201c}unfunded.\u{201d}",
            "Ortiz",
            Some("said"),
        ),
        no(
            "The plan, in any case, was \u{201c}unfunded\u{201d} from the start.",
            None,
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    let from = frame.lo.max(q.saturating_sub(REACH));
    let to = frame.hi.min(q + REACH);
    let commas: Vec<usize> = (from..to)
        .filter(|&k| frame.r.toks[k].is_punct(','))
        .collect();
    commas
        .windows(2)
        .filter(|w| w[1] - w[0] > 2 && w[1] - w[0] <= LONGEST + 1 && (q < w[0] || q > w[1]))
        .find_map(|w| clause(frame, w[0], w[1]))
        // the reporting verb nearest the quotation, none between
        .filter(|&(_, c)| {
            let between = if c < q { c + 1..q } else { q + 1..c };
            // a reporting verb between with a subject of its own speaks
            // instead; the sentence's own verb, whose subject stands
            // before the parenthetical ("CNN, Cruz said, called it "Q""),
            // is what the parenthetical reports
            let after = (c + 1..q).find(|&k| frame.r.toks[k].is_punct(','));
            let own_subject = |k: usize| match after {
                Some(b) if c < q => frame.r.subject_before(b + 1, k).is_some(),
                _ => true,
            };
            !between.clone().any(|k| frame.is_cue(k) && own_subject(k))
                && !frame.quote_between(between.start, between.end)
        })
        .map(|(np, c)| Found::new(np, Some(c), Rule::Parenthetical, CONFIDENCE, c + 1))
}

/// Verbs of an inverted parenthetical ("…, says the budget office, …").
const INVERTED: &[&str] = &[
    "say",
    "says",
    "said",
    "write",
    "writes",
    "wrote",
    "note",
    "notes",
    "noted",
    "add",
    "adds",
    "added",
    "argue",
    "argues",
    "argued",
    "explain",
    "explains",
    "explained",
    "ask",
    "asks",
    "asked",
    "insist",
    "insists",
    "insisted",
    "contend",
    "contends",
    "contended",
];

/// The most tokens after the verb of a parenthetical clause ("he said
/// in an interview").
const AFTER_VERB: usize = 5;

/// The speaker and cue of a reporting clause filling the tokens between
/// the commas at `a` and `b`: "says the budget office", "he added",
/// "she said Monday".
fn clause(frame: &Frame<'_>, a: usize, b: usize) -> Option<(Np, usize)> {
    let c = a + 1;
    if INVERTED
        .iter()
        .any(|w| w.eq_ignore_ascii_case(frame.word(c)))
        && !is_tell(frame.word(c))
    {
        // inverted: "says the budget office"
        let np = frame.r.phrase_starting_at(frame.cue_last(c) + 1, b)?;
        return (np.last + 1 == b && !np.generic).then_some((np, c));
    }
    // not a relative clause: ", who said …,"
    if frame.r.relative(c) || matches!(frame.word(c), "whose" | "that") {
        return None;
    }
    let v = (c + 1..b).find(|&v| frame.is_cue(v))?;
    let np = frame.r.subject_before(c, v).filter(|np| np.first == c)?;
    let rest = frame.cue_last(v) + 1..b;
    let plain = rest.len() <= AFTER_VERB
        && !rest
            .clone()
            .any(|k| frame.is_cue(k) || matches!(frame.word(k), "and" | "but" | "that"));
    let closes = plain
        && frame.finite_after(v, &np)
        && crate::attribute::frame::closes_attribution_before(frame, v, b);
    closes.then_some((np, v))
}
