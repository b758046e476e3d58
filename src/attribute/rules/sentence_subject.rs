//! A quotation in a sentence with no reporting verb is the words of the
//! sentence's subject, as far as the sentence shows ("Reid has gone after
//! Trump as a "human leech"", "The report found the money came from "the
//! drug trade""): a weak guess, for fragments and terms only (not a title
//! after a preposition, a possessive or a noun for a work: "starred in
//! "Parks and Recreation""). The subject must be known to be a person, or
//! be an organisation, a description with a speaker noun, or a personal
//! pronoun (not "it"); an "according to" phrase in the sentence speaks
//! instead.

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::classes::{NAMING_PARTICIPLES, REPUTE_PARTICIPLES, SPEECH_NOUN};
use crate::attribute::{MentionKind, Rule};
use crate::quote::QuoteKind;

/// A guess, right about seven times in ten on news text.
pub(crate) const CONFIDENCE: f32 = 0.7;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::SentenceSubject,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "Sen. Harry Reid has gone after the nominee as a \u{201c}human leech.\u{201d}",
            "Sen. Harry Reid",
            None,
        ),
        yes(
            "The report traced the money to \"the drug trade\" in the region.",
            "The report",
            None,
        ),
        // a report around the quotation speaks for it, with its cue
        no(
            "The report found the money came from \"the drug trade\" in the region.",
            Some("The report"),
        ),
        yes(
            "The ministry has a \u{201c}zero tolerance\u{201d} policy on leaks.",
            "The ministry",
            None,
        ),
        // a name not known to be a person's
        no(
            "Pressure is building for a \u{201c}grand bargain\u{201d} on the budget.",
            None,
        ),
        // "it" is no speaker
        no("It has a \u{201c}zero tolerance\u{201d} policy.", None),
        // a title after a preposition names a work, no one's words
        no(
            "Lee starred in \u{201c}Parks and Recreation\u{201d} for years.",
            None,
        ),
        // the subject of a passive, after auxiliaries, is who is accused
        no(
            "The minister has long been accused of \u{201c}burying bad news.\u{201d}",
            None,
        ),
        // … but not after a verb of report raising it, nor of feeling
        yes(
            "Lee is reported to have called the plan \u{201c}a fraud.\u{201d}",
            "Lee",
            None,
        ),
        yes(
            "Allies were alarmed by the \u{201c}isolationist\u{201d} turn.",
            "Allies",
            None,
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    if !matches!(ctx.kind, QuoteKind::Partial | QuoteKind::Term) || frame.according.is_some() {
        return None;
    }
    // a title after a preposition, a possessive or a noun for a work is
    // a work's name, no one's words ("Lee starred in "Parks and
    // Recreation"", "an interview with CNN's "The Lead"", "the drama
    // "Bench Mark"")
    if ctx.kind == QuoteKind::Term && frame.work_title(ctx.q) {
        return None;
    }
    // a common noun that names no speaker ("The show "Fox News Sunday"
    // airs") makes no guess
    let np = frame.subject.filter(|s| s.last < ctx.q && !s.generic)?;
    // "It seems", "It is": no speaker
    if frame.is_it(&np) {
        return None;
    }
    if np.kind == MentionKind::Person && !(ctx.known_person)(&np) {
        return None;
    }
    // "Lee was asked about the "Q" comment": a subject in the passive is
    // acted on, and speaks nothing (unless a noun of speech between gives
    // its words: "The letter was mocked for its claim that … "Q"")
    let speech_noun = (np.last + 1..ctx.q).any(|i| frame.r.is(i, SPEECH_NOUN));
    if !speech_noun && passive_after(frame, np.last + 1, ctx.q) {
        return None;
    }
    // "… shaking up what is called a "debate"": a passive of naming right
    // before the quotation names no one who calls it so
    if passive_naming_before(frame, np.last + 1, ctx.q) {
        return None;
    }
    Some(Found::new(
        np,
        None,
        Rule::SentenceSubject,
        CONFIDENCE,
        ctx.q,
    ))
}

/// Whether "called" after a form of "be" (and before an article), or a
/// participle of naming and "as", stands right before the quotation at
/// `q`, after token `k`.
fn passive_naming_before(frame: &crate::attribute::frame::Frame<'_>, k: usize, q: usize) -> bool {
    let mut j = q;
    if j > k && matches!(frame.word(j - 1), "a" | "an" | "the") {
        j -= 1;
    }
    if j >= k + 2
        && frame.word(j - 1) == "called"
        && crate::attribute::frame::is_be(frame.word(j - 2))
    {
        return true;
    }
    // "a business pitched as "Q"", "has been billed as "Q"": a participle
    // of naming or repute before "as" ([`NAMING_PARTICIPLES`],
    // [`REPUTE_PARTICIPLES`], as the reports read them), after a noun or a
    // passive's "been", names no
    // one who calls it so (not after "have": "Critics have denounced as
    // "Q" the plan")
    let r = &frame.r;
    j >= k + 3
        && frame.word(j - 1) == "as"
        && r.is_word_at(j - 2)
        && {
            let w = frame.word(j - 2);
            NAMING_PARTICIPLES.contains(&w) || REPUTE_PARTICIPLES.contains(&w)
        }
        && (frame.comma_at(j - 3)
            || r.toks[j - 3].is_dash()
            || (r.is_word_at(j - 3)
                && !r.is_cap(j - 3)
                && !r.is(j - 3, crate::attribute::classes::PRONOUN)
                && !matches!(frame.word(j - 3), "have" | "has" | "had" | "and" | "or")))
}

/// How many tokens after the subject the verb of a passive may stand,
/// past an aside ("Lazar, 44, known online as …, was extradited").
const PASSIVE_REACH: usize = 12;

/// Whether the first verb after token `k` (before the quotation at `q`)
/// is a past participle after a form of "be": a passive.
fn passive_after(frame: &crate::attribute::frame::Frame<'_>, k: usize, q: usize) -> bool {
    let r = &frame.r;
    let end = q.min(k + PASSIVE_REACH);
    let Some(be) =
        (k..end).find(|&i| r.is_word_at(i) && crate::attribute::frame::is_be(frame.word(i)))
    else {
        return false;
    };
    // right after the subject, or after an aside that closes with a comma
    // ("has been accused of", "may also be blamed for": auxiliaries and
    // adverbs before the form of "be")
    let mut start = k;
    while start < be
        && r.is_word_at(start)
        && (crate::attribute::frame::is_finite_auxiliary(frame.word(start)) || r.is_modifier(start))
    {
        start += 1;
    }
    if be > start && !frame.comma_at(be - 1) {
        return false;
    }
    let mut v = be + 1;
    while v < end && r.is_modifier(v) {
        v += 1;
    }
    let w = frame.word(v);
    // "is reported to have called them "free riders"": a verb of report
    // raising its subject leaves it the speaker ("are expected to "Q""
    // does not); so does a verb of feeling, whose subject reacts ("were
    // startled by Trump's "isolationist" plans")
    v < end
        && r.is_word_at(v)
        && !r.is_cap(v)
        && w.ends_with("ed")
        && frame.after_be(v)
        && !(matches!(w, "reported" | "alleged" | "rumored" | "claimed")
            && frame.word(v + 1) == "to")
        && !FEELINGS.contains(&w)
}

/// Participles of feeling: "were alarmed by", "is worried about".
const FEELINGS: &[&str] = &[
    "alarmed",
    "amused",
    "angered",
    "annoyed",
    "appalled",
    "baffled",
    "concerned",
    "disappointed",
    "dismayed",
    "disturbed",
    "encouraged",
    "frustrated",
    "impressed",
    "offended",
    "outraged",
    "pleased",
    "puzzled",
    "shocked",
    "startled",
    "stunned",
    "surprised",
    "troubled",
    "worried",
];
