//! `X said: "Q"`: a reporting clause ending in a colon right before the
//! quotation ("Said Sen. Smith: "Q"" too).

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// The colon makes the introduction explicit.
pub(crate) const CONFIDENCE: f32 = 0.95;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ColonIntro,
    apply: Apply::Frame(apply),
    examples: &[
        // a passive's agent, an irregular participle too
        yes(
            "The governor was told by an aide: \u{201c}Go home.\u{201d}",
            "an aide",
            Some("told"),
        ),
        yes(
            "Foreign Minister Ana Duarte said: \u{201c}We are ready.\u{201d}",
            "Foreign Minister Ana Duarte",
            Some("said"),
        ),
        // a one-word answer before the next sentence is no nickname of
        // the name that opens that sentence
        yes(
            "Ana Duarte was asked if she would resign. She said: \u{201c}Never.\u{201d} Bo Chen left.",
            "She",
            Some("said"),
        ),
        // "read" of a document, with "in part" before the colon
        yes(
            "The statement read in part: \u{201c}We will appeal.\u{201d}",
            "The statement",
            Some("read"),
        ),
        yes(
            "She told the committee: \"The money is gone.\"",
            "She",
            Some("told"),
        ),
        yes(
            "The mayor told reporters on Monday: \u{201c}Not on my watch.\u{201d}",
            "The mayor",
            Some("told"),
        ),
        // not a verb inside a relative clause on the one addressed
        yes(
            "He told a student who asked about his work: \u{201c}Read poetry.\u{201d}",
            "He",
            Some("told"),
        ),
        // nor one whose verb has an object of its own that the colon
        // ends, on the complement of an earlier verb of saying
        yes(
            "Ann Lee wrote back to the candidate who had promised a wall: \u{201c}It is cruel.\u{201d}",
            "Ann Lee",
            Some("wrote back"),
        ),
        // (a verb of telling in the relative clause introduces it)
        yes(
            "Ann Lee met the candidate who told voters: \u{201c}The wall is coming.\u{201d}",
            "who",
            Some("told"),
        ),
        // (a relative clause on the subject leaves the main verb too)
        yes(
            "The aide, who asked not to be named, said: \u{201c}It is over.\u{201d}",
            "The aide",
            Some("said"),
        ),
        // an infinitive after "had", its subject the speaker
        yes(
            "Here is what the mayor had to say: \u{201c}Not now.\u{201d}",
            "the mayor",
            Some("say"),
        ),
        // a colon without a reporting verb is another rule's
        no(
            "The mayor had one message: \u{201c}Stay home.\u{201d}",
            Some("The mayor"),
        ),
        // a name after a dash labels the quotation
        no(
            "Pollsters agree - Carl Okafor: \u{201c}Keep calling voters.\u{201d}",
            Some("Carl Okafor"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let g = ctx.governor()?;
    if !g.colon || labelled(ctx) {
        return None;
    }
    let mut f = Found::new(g.speaker, Some(g.verb), Rule::ColonIntro, CONFIDENCE, ctx.q);
    f.addressee = g.addressee;
    Some(f)
}

/// Whether a name after a dash labels the quotation right before its
/// colon ("Pollsters agree - Carl Bialik: "Q""): the name speaks, not the
/// subject of the verb before the dash ([`super::subject_colon`] reads it).
fn labelled(ctx: &Ctx<'_, '_>) -> bool {
    let (frame, q) = (ctx.frame, ctx.q);
    q >= frame.lo + 3
        && frame.r.toks[q - 1].is_punct(':')
        && frame.r.phrase_ending_at(frame.lo, q - 2).is_some_and(|np| {
            np.first > frame.lo && frame.r.toks[np.first - 1].is_dash() && np.is_named()
        })
}
