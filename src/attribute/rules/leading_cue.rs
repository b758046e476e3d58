//! `X said "Q"` or `X said, "Q"`: the quotation right after its reporting
//! verb, or after a comma ("told reporters, "Q"").

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::Rule;

/// Nearly as explicit as a colon.
pub(crate) const CONFIDENCE: f32 = 0.9;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::LeadingCue,
    apply: Apply::Frame(apply),
    examples: &[
        // the writer's "and I quote" reports nothing
        yes(
            "Ann Lee said, and I quote, \u{201c}We love the voters.\u{201d}",
            "Ann Lee",
            Some("said"),
        ),
        // a passive's agent after the quotation called it so
        yes(
            "The plan was called \u{201c}a disaster\u{201d} by Ann Lee.",
            "Ann Lee",
            Some("called"),
        ),
        yes(
            "Maria Lopez said, \u{201c}We will win.\u{201d}",
            "Maria Lopez",
            Some("said"),
        ),
        // "and" goes on the main clause, not a reporting verb in the
        // clause that opens the sentence
        yes(
            "When reporters asked whether he would resign, the chairman smiled and said, \"Not today.\"",
            "the chairman",
            Some("said"),
        ),
        yes(
            "The coach told reporters, \"We played badly.\"",
            "The coach",
            Some("told"),
        ),
        yes(
            "He added \u{201c}nothing has changed\u{201d} since May.",
            "He",
            Some("added"),
        ),
        // a verb of saying after "and" goes on from a person's act inside
        // what the reporter reports…
        yes(
            "Ann Lee testified that her boss, Tom Reyes, handed her the files and said, \"Burn them.\"",
            "her boss, Tom Reyes",
            Some("said"),
        ),
        // …not from a pronoun's, who may be the reporter, nor with a verb
        // of going on
        yes(
            "Ann Lee said she signed the files and said, \"Burn them.\"",
            "Ann Lee",
            Some("said"),
        ),
        yes(
            "Ann Lee said the team played well but added, \"We lost.\"",
            "Ann Lee",
            Some("added"),
        ),
        // an infinitive speaks for the nearest subject with a verb of its
        // own before it…
        yes(
            "The debate was so calm that Mr. Lee was prompted to say, \"So far, so good.\"",
            "Mr. Lee",
            Some("say"),
        ),
        // …not one in a clause closed by a comma before it
        yes(
            "Ann Lee joked that Boston was the answer, but went on to say, \"It is safe.\"",
            "Ann Lee",
            Some("say"),
        ),
        // "that" makes it reported speech
        // a passive's agent introduces the quotation
        yes(
            "Ann Lee was asked by the host of the show, \u{201c}Are you running?\u{201d}",
            "the host of the show",
            Some("asked"),
        ),
        // a relative clause on the asker, its verb with an object of its
        // own, closes before the quotation; one whose verb introduces it
        // does not
        yes(
            "Ann Lee was asked by the host, who had dismissed the story about the emails, \u{201c}Has it moved?\u{201d}",
            "the host",
            Some("asked"),
        ),
        yes(
            "Ann Lee was asked by the host, who said in an interview, \u{201c}Has it moved?\u{201d}",
            "who",
            Some("said"),
        ),
        no(
            "Maria Lopez said that the plan was \u{201c}a disaster.\u{201d}",
            Some("Maria Lopez"),
        ),
        // a verb whose subject opens what another verb reports speaks
        // through that outer speaker…
        no(
            "Ann Lee said the figures told \u{201c}a different story.\u{201d}",
            Some("Ann Lee"),
        ),
        // …not one with a comma before the quotation
        yes(
            "Ann Lee said Kim told reporters, \u{201c}We lost.\u{201d}",
            "Kim",
            Some("told"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let g = ctx.governor()?;
    if !g.adjacent || g.colon {
        return None;
    }
    // "shirts that read "Q"" inside another's report ("According to X,
    // the men wore shirts that read", "Lee said the world lost a voice
    // that said"): the report's speaker relays the thing's words
    let frame = ctx.frame;
    let that = g.speaker.first;
    if frame.word(that) == "that"
        && frame.r.relative(that)
        && (frame.according.is_some() || (frame.lo..that).any(|k| frame.is_cue(k)))
    {
        return None;
    }
    let mut f = Found::new(g.speaker, Some(g.verb), Rule::LeadingCue, CONFIDENCE, ctx.q);
    f.addressee = g.addressee;
    Some(f)
}
