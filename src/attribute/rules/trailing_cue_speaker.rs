//! `"Q," said X`: an inverted attribution, the reporting verb right after
//! the quotation and the speaker after it ("said Mr. `McGinley`", "added Rep.
//! Jim Clyburn (D-S.C.)", "said 9/11 widow Terry Strada", "said the
//! ruling.").

use super::{Apply, Ctx, Found, RuleDef, no, trailer, yes};
use crate::attribute::Rule;
use crate::attribute::classes::{ARTICLE, DETERMINER};
use crate::attribute::frame::{is_finite_auxiliary, is_tell};

/// The tightest construction of all (756 of 762 right on the training
/// split).
pub(crate) const CONFIDENCE: f32 = 0.99;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::TrailingCueSpeaker,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}We will not back down,\u{201d} said Gov. Alma Reyes.",
            "Gov. Alma Reyes",
            Some("said"),
        ),
        yes(
            "\"It is a fair deal,\" added a union spokeswoman.",
            "a union spokeswoman",
            Some("added"),
        ),
        yes(
            "\u{201c}The law is clear,\u{201d} wrote the court.",
            "the court",
            Some("wrote"),
        ),
        // a dash sets the clause off as a comma does
        yes(
            "\u{201c}The law is clear\u{201d} \u{2014} wrote the court.",
            "the court",
            Some("wrote"),
        ),
        // a plural speaker after the plain form
        yes(
            "\u{201c}The data are clear,\u{201d} write the authors, led by Dr. Helen Cho.",
            "the authors",
            Some("write"),
        ),
        // (not a singular phrase after it, which the form cannot agree with)
        no("\u{201c}Stop,\u{201d} write the letter.", None),
        yes(
            "\u{201c}Look closer,\u{201d} pointed out Ms. Ruiz.",
            "Ms. Ruiz",
            Some("pointed out"),
        ),
        yes(
            "\u{201c}Go home,\u{201d} came the reply from the guards.",
            "the guards",
            Some("reply"),
        ),
        // a place the words came from is no speaker…
        no(
            "\u{201c}Never,\u{201d} came the answer from the back of the hall.",
            None,
        ),
        // …but a speaker whose phrase only holds a word of place is one
        yes(
            "\u{201c}Never,\u{201d} came the reply from the leader of the street vendors.",
            "the leader of the street vendors",
            Some("reply"),
        ),
        // "told" names the addressee, not the speaker
        no("\u{201c}Go home,\u{201d} told the crowd nothing.", None),
        // a term after a determiner is the subject of the verb after it
        // (the clause is what "Half" say)
        no(
            "Half say the \"gig economy\" reflects an improvement on jobs.",
            Some("Half"),
        ),
        yes(
            "It is a \"raw time,\" said an adviser to the mayor.",
            "an adviser to the mayor",
            Some("said"),
        ),
        // the inverted clause as a sentence of its own after the quotation,
        // perhaps after "So" or "Thus"
        yes(
            "\"We will rebuild every house.\" Said Ann Lee.",
            "Ann Lee",
            Some("Said"),
        ),
        yes(
            "\"We will rebuild.\" So said Ann Lee, the mayor, on Monday.",
            "Ann Lee",
            Some("said"),
        ),
        // (not a capitalised name after a quotation closed by its comma,
        // nor a participle opening a sentence of its own)
        no("\"Not now,\" Read said.", Some("Read")),
        // a finite auxiliary after the phrase makes it the subject of
        // what was said, the quotation a term in the participle's aside
        no(
            "Ann Lee, citing \"the magic of the brand,\" said the company could grow.",
            Some("Ann Lee"),
        ),
        no("\"We will win,\" said the mayor will know.", None),
        no(
            "\"We grow.\" Said to be worth $2 billion, the firm now employs 900 people.",
            None,
        ),
    ],
};

/// A rarer construction, where "came" may also bring news from a place.
const CAME_FROM: f32 = 0.9;

/// Nouns of an utterance that "came" after a quotation, from its speaker.
const UTTERANCES: &[&str] = &[
    "answer", "chant", "chants", "cries", "cry", "reply", "response", "retort", "shout", "shouts",
    "voice",
];

/// Parts of a place the words of a crowd may come from ("came a shout
/// from the back of the hall"), which name no speaker.
const PLACES: &[&str] = &[
    "back", "balcony", "corner", "darkness", "distance", "door", "floor", "front", "gallery",
    "hall", "middle", "rear", "room", "side", "street", "window",
];

/// `"Q," came the reply from X`, `"Q," came shouts from the crowd`: the
/// utterance is the cue and the phrase after "from" the speaker.
fn came_from(ctx: &Ctx<'_, '_>, k: usize) -> Option<Found> {
    let frame = ctx.frame;
    if frame.word(k) != "came" {
        return None;
    }
    let mut n = k + 1;
    if frame.r.is(n, ARTICLE) {
        n += 1;
    }
    let noun = frame.word(n);
    if !frame.r.is_word_at(n) || !UTTERANCES.iter().any(|u| u.eq_ignore_ascii_case(noun)) {
        return None;
    }
    if frame.word(n + 1) != "from" {
        return None;
    }
    // (who sent them, not where from: "came the answer from the back of
    // the hall"; the phrase's first noun, past its article, names it)
    let np = frame.r.speaker_after_verb(n + 2, frame.hi).filter(|np| {
        let head = np.first + usize::from(frame.r.is(np.first, ARTICLE));
        !PLACES.contains(&frame.word(head))
    })?;
    Some(Found::new(
        np,
        Some(n),
        Rule::TrailingCueSpeaker,
        CAME_FROM,
        np.last + 1,
    ))
}

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    // (a dash sets the clause off as a comma does: "…" — said the mayor.)
    let after = trailer::after(frame, ctx.q)?;
    let after = if frame.r.toks[after].is_dash() && frame.is_cue(after + 1) {
        after + 1
    } else {
        after
    };
    let k = frame.inverted_cue(after);
    if let Some(found) = came_from(ctx, k) {
        return Some(found);
    }
    // an inverted attribution has a finite verb: "said X", not
    // "referencing X"
    if !frame.is_cue(k) || is_tell(frame.word(k)) || frame.word(k).ends_with("ing") {
        return None;
    }
    // ("the "sharing economy" reflects an improvement": a quotation after
    // a determiner that closes no clause is a noun phrase's term, the verb
    // after it its own; not "This is a "raw time," said Lee")
    if ctx.q > frame.lo
        && frame.r.is_word_at(ctx.q - 1)
        && frame.r.is(ctx.q - 1, DETERMINER)
        && !super::unlisted_cue::ends_clause(frame, ctx.q)
    {
        return None;
    }
    let start = frame.cue_last(k) + 1;
    let np = frame.r.speaker_after_verb(start, frame.hi)?;
    // ("…, citing "Q," said the candidate could win": a finite auxiliary
    // after the phrase makes it the subject of what was said)
    if frame.r.is_word_at(np.last + 1) && is_finite_auxiliary(frame.word(np.last + 1)) {
        return None;
    }
    Some(Found::new(
        np,
        Some(k),
        Rule::TrailingCueSpeaker,
        CONFIDENCE,
        np.last + 1,
    ))
}
