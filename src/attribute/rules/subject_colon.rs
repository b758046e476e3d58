//! `X has one message: "Q"`: a colon right before the quotation, with no
//! reporting verb, presents it as the words of the sentence's subject.
//! Also `Sanders made the following comment:` closing a paragraph, for a
//! quotation that opens the next.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::classes::{DOCUMENT, ORG, PRONOUN, SPEAKER, SPEECH_NOUN, TITLE};
use crate::attribute::frame::is_addressing;
use crate::attribute::{MentionKind, Rule};

/// Without a verb the colon may introduce something other than speech.
pub(crate) const CONFIDENCE: f32 = 0.88;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::SubjectColon,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "The mayor had one message: \u{201c}Stay home.\u{201d}",
            "The mayor",
            None,
        ),
        // (a noun of speech speaks for its possessor)
        yes("Her reply to the board was short: \"No.\"", "Her", None),
        yes(
            "Gov. Alma Reyes made the following comment:\n\n\u{201c}We are proud of this law.\u{201d}",
            "Gov. Alma Reyes",
            None,
        ),
        // the subject must stand before the colon, apart from it
        yes(
            "Turnout rose all along - More from Ann Lee and Bo Chen: \"The data agree.\"",
            "Ann Lee and Bo Chen",
            None,
        ),
        no("It was late. The verdict: \u{201c}guilty.\u{201d}", None),
        // a thing as the subject leaves the words to the person named
        // before the colon; a person as the subject keeps them
        yes(
            "The size of the crowd did not surprise organizer Ann Lee: \"We knew.\"",
            "organizer Ann Lee",
            None,
        ),
        yes(
            "The mayor had a message for Ann Lee: \"Pay up.\"",
            "The mayor",
            None,
        ),
        yes(
            "But the polls did call it - PollWatch: \"The caucus was close.\"",
            "PollWatch",
            None,
        ),
        yes(
            "What it means for the race - More from Okafor: \"The map favors the party.\"",
            "Okafor",
            None,
        ),
        // a comma before a quotation that is a sentence of its own
        yes(
            "Ann Lee shared her worry with donors, \u{201c}I do not know what comes next.\u{201d}",
            "Ann Lee",
            None,
        ),
        // …not a short one, nor one after a description
        no("Ann Lee left the hall, \u{201c}Yes.\u{201d}", None),
        // who was told is no speaker
        no("The crowd was told: \u{201c}Go home.\u{201d}", None),
        no(
            "The report ended with a line, \u{201c}We will never know the truth.\u{201d}",
            None,
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    if q > frame.lo && frame.r.toks[q - 1].is_punct(',') {
        return after_comma(ctx);
    }
    if q == frame.lo || !frame.r.toks[q - 1].is_punct(':') {
        return None;
    }
    // "More from Ann Lee and Bo Chen: "Q"", "TURNOUT IS UP - Ann Lee:
    // "Q"": a person's name right before the colon, after a dash or
    // "from", is the speaker, whatever the sentence's subject
    let before = (q >= frame.lo + 2).then(|| frame.r.phrase_ending_at(frame.lo, q - 2));
    let named = before.flatten().filter(|np| {
        // ("More from Jones: "Q"": a surname alone after "More from")
        let more_from = np.first > frame.lo + 1
            && frame.word(np.first - 1) == "from"
            && frame.word(np.first - 2).eq_ignore_ascii_case("more");
        let dash = np.first > frame.lo && frame.r.toks[np.first - 1].is_dash();
        // ("From the report: "Q"": the source opening the sentence)
        let opening_from = np.first == frame.lo + 1
            && frame.word(frame.lo) == "From"
            && np.kind != MentionKind::Pronoun;
        opening_from
            || np.first > frame.lo
                && (dash || frame.word(np.first - 1) == "from")
                && (np.kind == MentionKind::Person || dash && np.is_named())
                && (np.coordinated || np.name.is_some_and(|(a, b)| b > a || more_from || dash))
    });
    // ("Wait, it gets better: "Q"", "It was a hard year for the mayor:
    // "Q"": "it" with no reporting verb names no speaker)
    // (not the subject of a passive verb of telling, who was told: "The
    // crowd was told: "Go home."")
    let told = |s: &crate::attribute::phrase::Np| {
        (s.last + 1..q - 1).any(|k| is_addressing(frame.word(k)) && frame.after_be(k))
    };
    // ("The timing of the surge does not surprise pollster Ann Lee:
    // "Q"": a subject that is a thing, no speaker, leaves the words to
    // the person named right before the colon)
    // (from its first capital or role: the verb before it, read as a
    // modifier, is none of it)
    let object = before
        .flatten()
        .filter(|np| {
            np.kind == MentionKind::Person
                && np.name.is_some_and(|(a, b)| b > a)
                && frame
                    .subject
                    .is_some_and(|s| s.last < np.first && thing(frame, &s))
        })
        .and_then(|np| {
            let first = (np.first..=np.last)
                .find(|&i| frame.r.is_cap(i) || frame.r.is(i, TITLE | SPEAKER))?;
            Some(crate::attribute::phrase::Np { first, ..np })
        });
    let np = named.or(object).or_else(|| {
        frame
            .subject
            .filter(|s| s.last + 1 < q - 1 && !frame.is_it(s) && !told(s))
    })?;
    Some(Found::new(np, None, Rule::SubjectColon, CONFIDENCE, q))
}

/// Whether the description `s` names a thing that says nothing: its head
/// (the end of its role, which the grammar sets before any complement)
/// is no noun of a speaker, of speech, of a document or of a body ("The
/// timing of the surge", not "The mayor", "Her reply", "The report").
fn thing(frame: &crate::attribute::frame::Frame<'_>, s: &crate::attribute::phrase::Np) -> bool {
    let r = &frame.r;
    let head = s.role.map_or(s.last, |(_, head)| head);
    s.kind == MentionKind::Description
        && !r.is_cap(head)
        && !r.is(head, SPEAKER | SPEECH_NOUN | DOCUMENT | ORG | PRONOUN)
}

/// A comma closing a clause before a quotation is a weaker sign than a
/// colon.
pub(crate) const AFTER_COMMA: f32 = 0.8;

/// How many words a quotation after a comma needs to read as the words of
/// the sentence's subject.
const SENTENCE_WORDS: usize = 4;

/// `Lee shared her worry with donors, "I do not know what comes."`: a
/// quotation that is a sentence of its own (a capital, four words or
/// more) closes the sentence after a comma, and no word of the sentence
/// reports: the subject, a name or a personal pronoun, speaks.
fn after_comma(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let (frame, q) = (ctx.frame, ctx.q);
    let r = &frame.r;
    let closes = (q + 1..frame.hi).all(|k| !r.is_word_at(k) && r.toks[k].quote().is_none());
    let body = frame.quote_body(q);
    let sentence = ctx.kind == crate::quote::QuoteKind::Direct
        && body.starts_with(char::is_uppercase)
        && body.split_whitespace().count() >= SENTENCE_WORDS;
    if !closes || !sentence || (frame.lo..q).any(|k| frame.is_cue(k)) {
        return None;
    }
    let np = frame.subject.filter(|s| {
        s.last + 2 < q
            && (s.kind == MentionKind::Person && s.is_named()
                || s.kind == MentionKind::Pronoun
                    && matches!(frame.word(s.first), "He" | "She" | "he" | "she"))
    })?;
    Some(Found::new(np, None, Rule::SubjectColon, AFTER_COMMA, q))
}
