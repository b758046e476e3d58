//! `"Q," X crowed.` / `"Q," crowed X.`: right after a quotation, the
//! speaker and a verb the lists lack, in either order, closing the clause.
//! Any finite verb in that slot reports the quotation, but a verb the lists
//! lack is a weaker sign than "said". Set off by dashes after a
//! quotation, `"Q" — she paused — "Q2"`, and before one, `X cracked,
//! "Q."`: a person's verb in the past (before a comma and a whole
//! utterance that closes the sentence).

use super::{Apply, Ctx, Found, RuleDef, no, trailer, yes};
use crate::attribute::MentionKind;
use crate::attribute::Rule;
use crate::attribute::classes::{DOCUMENT, MODIFIER, ORG, PREPOSITION, SPEAKER, SPEECH_NOUN, VERB};
use crate::attribute::frame::Frame;
use crate::attribute::phrase::{Np, STOP, looks_finite};
use crate::attribute::tokens::Kind;

/// Any verb may stand there; most that do report speech.
pub(crate) const CONFIDENCE: f32 = 0.8;

/// The most words a message after the verb may have before its relative
/// clause ("begins a scripted message that …").
const MESSAGE_WORDS: usize = 5;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::UnlistedCue,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "\u{201c}We won,\u{201d} Maria Lopez crowed.",
            "Maria Lopez",
            Some("crowed"),
        ),
        // a gerund of thought after the verb: what was remembered
        yes(
            "\u{201c}It was over,\u{201d} she remembers thinking.",
            "she",
            Some("remembers"),
        ),
        // a person's clause may go on with what they did meanwhile
        yes(
            "\u{201c}A great day,\u{201d} crowed Mayor Ann Lee as she cut the ribbon.",
            "Mayor Ann Lee",
            Some("crowed"),
        ),
        yes(
            "\"Not again,\" seethed the coach after the game.",
            "the coach",
            Some("seethed"),
        ),
        yes(
            "\u{201c}Please stay,\u{201d} she wheedled on Monday.",
            "she",
            Some("wheedled"),
        ),
        // a description named in apposition names the speaker
        yes(
            "\u{201c}Vote!\u{201d} exhorted her host, actress Ann Lee.",
            "her host, actress Ann Lee",
            Some("exhorted"),
        ),
        // a message after the verb, with a relative clause of its own
        yes(
            "\u{201c}Please stay calm,\u{201d} begins a recorded message that opens every show.",
            "a recorded message",
            Some("begins"),
        ),
        // but not a thing that is no message
        no(
            "\u{201c}Please stay calm,\u{201d} begins a long night that ends at dawn.",
            None,
        ),
        // a clause that reports the quotation before it keeps it
        no(
            "When Ann Lee said she would \u{201c}fight for them,\u{201d} the crowd cheered.",
            Some("Ann Lee"),
        ),
        // a work's title after a preposition is no one's words
        no(
            "In \u{201c}The Long Field,\u{201d} the director Mara Quist returns to her hometown.",
            None,
        ),
        // a verb with an object is no attribution
        no(
            "\u{201c}Rocket Man\u{201d} Elton John recorded a new album.",
            None,
        ),
        // before a whole utterance closing the sentence
        yes(
            "During the debate, Ann Lee cracked, \"I'm a progressive.\"",
            "Ann Lee",
            Some("cracked"),
        ),
        yes("The crowd roared, \"Ted!\"", "The crowd", Some("roared")),
        // set off by dashes
        yes(
            "Ann Lee spoke. \"Well\" \u{2014} she paused \u{2014} and left.",
            "she",
            Some("paused"),
        ),
        // but not a thing's
        no("\"Hope\" \u{2014} the slogan appeared everywhere.", None),
        // not a thing's verb, a fragment in lower case, a quotation the
        // sentence goes on after, nor a verb a reporting clause governs
        no("The campaign launched an ad titled, \"Scam.\"", None),
        no("Ann Lee finished, \"second.\"", None),
        no("Ann Lee finished, \"Goodbye\" and left.", None),
        no("When Lee said it, the crowd roared, \"Ted!\"", None),
        // the utterance that came is no speaker, but whose it was is
        no("\u{201c}Till Christmas,\u{201d} came the reply.", None),
        yes(
            "\u{201c}Till Christmas,\u{201d} came Ann Lee's reply.",
            "Ann Lee",
            Some("reply"),
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    // (a work's title after a preposition is no one's words: "In "The
    // Long Field," the director Ann Lee returns to …")
    if ctx.frame.work_title(ctx.q) {
        return None;
    }
    trailing(ctx)
        .or_else(|| dashed(ctx))
        .or_else(|| leading(ctx))
}

/// `"Q" — she paused — "Q2"`: a person's verb in the past the lists
/// lack, set off by dashes (or closing the sentence) right after the
/// quotation.
fn dashed(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let r = &frame.r;
    let q = ctx.q;
    if !(q + 2 < frame.hi && r.toks[q + 1].is_dash()) || ctx.governor().is_some() {
        return None;
    }
    let np = r.phrase_starting_at(q + 2, frame.hi)?;
    let v = np.last + 1;
    let closed = v + 1 >= frame.hi
        || r.toks[v + 1].is_dash()
        || matches!(r.toks[v + 1].kind, Kind::Punct('.'));
    (utters(frame, &np, false) && verb_like(frame, v) && frame.word(v).ends_with("ed") && closed)
        .then(|| Found::new(np, Some(v), Rule::UnlistedCue, CONFIDENCE, v + 1))
}

/// Whether `np` may utter words: a named person, a personal pronoun, or,
/// where `people` allows it, a noun of people ("his friends jeered", not
/// "an ad titled").
fn utters(frame: &Frame<'_>, np: &Np, people: bool) -> bool {
    let r = &frame.r;
    match np.kind {
        MentionKind::Person => !np.generic,
        MentionKind::Pronoun => ["he", "she", "i", "they"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(frame.word(np.first))),
        MentionKind::Description => {
            people && r.is(np.last, SPEAKER) && !r.is(np.last, ORG | DOCUMENT)
        }
        MentionKind::Organization => false,
    }
}

/// `X crowed, "Q"`: a person, a verb in the past the lists lack and a
/// comma before a quotation that opens with a capital and closes the
/// sentence (or an aside set off by dashes).
fn leading(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let r = &frame.r;
    let q = ctx.q;
    if q < frame.lo + 3 || !r.toks[q - 1].is_punct(',') || ctx.governor().is_some() {
        return None;
    }
    let v = q - 2;
    let w = frame.word(v);
    if !(verb_like(frame, v) && w.ends_with("ed")) {
        return None;
    }
    let opens_capital = frame
        .word(q)
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    let closes = q + 1 >= frame.hi
        || r.toks[q + 1].is_dash()
        || matches!(r.toks[q + 1].kind, Kind::Punct('.' | '!' | '?'));
    if !(opens_capital && closes) {
        return None;
    }
    let np = r
        .subject_before(frame.lo, v)
        .filter(|np| np.last + 1 == v)?;
    // (a verb in the sentence before the subject may report it: only
    // the subject's own clause, with no other verb before it)
    let alone = (frame.lo..np.first).all(|k| !frame.is_cue(k));
    (utters(frame, &np, true) && alone)
        .then(|| Found::new(np, Some(v), Rule::UnlistedCue, CONFIDENCE, q))
}

/// `"Q," X crowed.` and `"Q," crowed X.`
fn trailing(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let k = trailer::after(frame, ctx.q)?;
    // the quotation ends its clause with a comma, "!" or "?" (inside or
    // after its marks); a reporting verb before it in that clause ("When
    // Lee said he would "act," the crowd cheered") reports it
    if !ends_clause(frame, ctx.q) || ctx.governor().is_some() {
        return None;
    }
    if verb_like(frame, k) {
        // "crowed X" (and "crowed her host, Ann Lee")
        // ("begins a scripted message that precedes every rally": a
        // message, with a relative clause of its own)
        let np = frame.r.speaker_after_verb(k + 1, frame.hi).or_else(|| {
            let j = (k + 2..frame.hi.min(k + 2 + MESSAGE_WORDS))
                .find(|&j| frame.r.relative_with_verb(j))?;
            frame
                .r
                .phrase_starting_at(k + 1, j)
                .filter(|np| np.last + 1 == j)
        })?;
        let after = np.last + 1;
        let message = frame.r.is(np.last, SPEECH_NOUN | DOCUMENT);
        // ("…," came the reply: the words that came are no speaker; with
        // "from" after them, `trailing_cue_speaker` reads who sent them)
        // ("…," came Lee's reply: whose reply it was sent them, the noun
        // the cue as in "came the reply from Lee")
        if message && frame.word(k) == "came" {
            return super::noun_cue::possessor(ctx.frame, np.last)
                .filter(|p| {
                    // (a person or body, not "the day's reply")
                    !p.generic && p.kind != MentionKind::Pronoun && closes(frame, np.last + 1)
                })
                .map(|p| Found::new(p, Some(np.last), Rule::UnlistedCue, CONFIDENCE, np.last + 1));
        }
        // (a person may go on with a clause of what they did meanwhile:
        // "crowed Mayor Lee as he cut the ribbon")
        let ends = closes(frame, after)
            || frame.r.is(after, PREPOSITION)
            || (message && frame.r.relative_with_verb(after))
            || (np.kind == MentionKind::Person && goes_on(frame, after));
        return (ends && (!np.generic || message) && np.kind != MentionKind::Pronoun)
            .then(|| Found::new(np, Some(k), Rule::UnlistedCue, CONFIDENCE, np.last + 1));
    }
    let np: Np = frame.r.phrase_starting_at(k, frame.hi)?;
    let v = np.last + 1;
    if !verb_like(frame, v) {
        return None;
    }
    // "shot back", "fired back"
    let mut after = v + 1;
    if matches!(frame.word(after), "back" | "out" | "up") {
        after += 1;
    }
    // "…," she remembers thinking: a gerund of thought or speech after
    // the verb is what was remembered
    if matches!(frame.word(after), "thinking" | "saying" | "wondering") {
        after += 1;
    }
    // a person may go on "with a laugh"; a thing "linked to a group" is
    // described, not quoted
    let person = matches!(np.kind, MentionKind::Person | MentionKind::Pronoun);
    let goes_on = frame.r.is(after, PREPOSITION) || goes_on(frame, after);
    if !(closes(frame, after) || (person && goes_on)) {
        return None;
    }
    Some(Found::new(
        np,
        Some(v),
        Rule::UnlistedCue,
        CONFIDENCE,
        v + 1,
    ))
}

/// Whether a person's clause goes on at `k` with a conjunction ("… Lee
/// crowed and waved", "… crowed Lee as he cut the ribbon").
fn goes_on(frame: &Frame<'_>, k: usize) -> bool {
    matches!(frame.word(k), "and" | "but" | "as")
}

/// Whether the clause may end before token `k`: at its end or
/// punctuation, or before a time or an adverb ("… she wheedled on
/// Monday", "… he said later").
fn closes(frame: &Frame<'_>, k: usize) -> bool {
    if k >= frame.hi || !frame.r.is_word_at(k) {
        return true;
    }
    let w = frame.word(k);
    (w.ends_with("ly") && !frame.r.is_cap(k))
        || crate::attribute::frame::is_time_word(w)
        || (matches!(w, "on" | "in" | "at") && frame.r.toks.get(k + 1).is_some_and(|t| t.cap))
}

/// Whether token `v` is a lower-case finite verb the lists lack, and no
/// auxiliary ("is", "were", "has").
fn verb_like(frame: &Frame<'_>, v: usize) -> bool {
    frame.r.is_word_at(v)
        && !frame.r.is_cap(v)
        && !frame.is_cue(v)
        && !frame.r.is(v, MODIFIER | STOP & !VERB)
        && looks_finite(frame.word(v))
        && !frame.word(v).ends_with("ss")
}

/// Whether the quotation at `q` closes a clause: it ends with a comma, an
/// exclamation or a question mark, or a comma follows it.
pub(crate) fn ends_clause(frame: &Frame<'_>, q: usize) -> bool {
    let inside = frame
        .word(q)
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ',' | '!' | '?'));
    inside.ends_with([',', '!', '?']) || frame.r.toks.get(q + 1).is_some_and(|t| t.is_punct(','))
}
