//! `Interfax quoted Lavrov as saying "Q"`: the person quoted is the
//! speaker, the one who quotes the relay; also in the passive (`Lavrov was
//! quoted by Interfax as saying "Q"`, `Lavrov was quoted as saying "Q"`),
//! and with "cite" (`Lavrov was cited by Interfax as saying "Q"`).

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::frame::{Frame, OBJECT_PRONOUNS, REACH, is_time_word};
use crate::attribute::phrase::Np;
use crate::attribute::{MentionKind, Rule};
use crate::lexicon::{MAX_WORD, folded};

/// The construction names both parties plainly.
pub(crate) const CONFIDENCE: f32 = 0.85;

/// How far before "as saying" the verb "quote" may stand, in tokens.
const QUOTE_REACH: usize = 12;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::QuotedAsSaying,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "Interfax quoted Lavrov as saying \"we agree.\"",
            "Lavrov",
            Some("saying"),
        ),
        yes(
            "The minister was quoted by local media as saying the talks were \u{201c}useful.\u{201d}",
            "The minister",
            Some("saying"),
        ),
        yes(
            "The minister was quoted today by the news agency Tass as saying Moscow \u{201c}will never accept\u{201d} it.",
            "The minister",
            Some("saying"),
        ),
        yes(
            "Ms. Okafor was quoted as calling the vote \u{201c}a farce.\u{201d}",
            "Ms. Okafor",
            Some("calling"),
        ),
        // "cite" reads as "quote" does
        yes(
            "The ministry was cited by Interfax as saying the plan was \u{201c}unacceptable.\u{201d}",
            "The ministry",
            Some("saying"),
        ),
        yes(
            "Xinhua cited an official as saying exports would \u{201c}stay strong.\u{201d}",
            "an official",
            Some("saying"),
        ),
        yes(
            "\u{201c}We agree,\u{201d} the agency quoted Lavrov as saying.",
            "Lavrov",
            Some("saying"),
        ),
        // the name in apposition to a description of the one quoted
        yes(
            "Tass quoted a ministry spokesman, Gennadi I. Gerasimov, as saying Moscow wanted \u{201c}no delay.\u{201d}",
            "Gennadi I. Gerasimov",
            Some("saying"),
        ),
        yes(
            "\u{201c}We agree,\u{201d} the agency quoted him as saying.",
            "him",
            Some("saying"),
        ),
        // "quoted" without "as saying" is the quoting outlet's own report
        // (the agent after the participle is the source)
        yes(
            "\u{201c}We agree,\u{201d} Lavrov was quoted as saying by Interfax.",
            "Lavrov",
            Some("saying"),
        ),
        no(
            "Interfax quoted a statement that called it \u{201c}a provocation.\u{201d}",
            Some("Interfax"),
        ),
    ],
};

/// Whether `word` is a form of the verb "quote", or of "cite", which
/// wire copy uses alike ("was cited by Interfax as saying").
pub(crate) fn is_quote_verb(word: &str) -> bool {
    // most words fail on their first letter, before any folding
    if !word.starts_with(['q', 'Q', 'c', 'C']) {
        return false;
    }
    let mut buf = [0u8; MAX_WORD];
    matches!(
        &*folded(word, &mut buf),
        "quoted" | "quotes" | "quote" | "quoting" | "cited" | "cites" | "cite" | "citing"
    )
}

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    let floor = frame.lo.max(q.saturating_sub(REACH));
    // "as saying", "as calling": the last before the quotation
    let Some(as_) = (floor..q.saturating_sub(1)).rev().find(|&i| {
        frame.word(i) == "as" && frame.word(i + 1).ends_with("ing") && frame.is_cue(i + 1)
    }) else {
        return after(ctx);
    };
    let verb = quote_verb_before(frame, as_)?;
    if frame.quote_between(verb, q) {
        return None;
    }
    let (speaker, source) = parties(frame, frame.lo, verb, as_)?;
    let mut f = Found::new(speaker, Some(as_ + 1), Rule::QuotedAsSaying, CONFIDENCE, q);
    f.source = source;
    Some(f)
}

/// `"Q," the agency quoted him as saying`, `"Q," he was quoted as
/// saying`: the construction after the quotation.
fn after(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    let verb = quoted_after(frame, q)?;
    let as_ = as_saying_after(frame, verb)?;
    let (speaker, source) = parties(frame, q + 1, verb, as_)?;
    // (the agent may follow the participle: ""Q," Lee was quoted as
    // saying by the Times")
    let source = source.or_else(|| {
        (frame.word(as_ + 2) == "by")
            .then(|| frame.r.phrase_starting_at(as_ + 3, frame.hi))
            .flatten()
    });
    let mut f = Found::new(
        speaker,
        Some(as_ + 1),
        Rule::QuotedAsSaying,
        CONFIDENCE,
        as_ + 2,
    );
    f.source = source;
    Some(f)
}

/// Who is quoted and who quotes, for "quoted" at `verb` and "as" at `as_`,
/// the clause starting no earlier than `lo`: in the passive ("X was quoted
/// (by Y) as saying") the subject is quoted and a by-phrase quotes; in the
/// active ("Y quoted X as saying", "quoted him as saying") the object is
/// quoted and the subject quotes.
pub(crate) fn parties(
    frame: &Frame<'_>,
    lo: usize,
    verb: usize,
    as_: usize,
) -> Option<(Np, Option<Np>)> {
    // (past a word of time: "was quoted today by Tass as saying")
    let mut k = verb + 1;
    while k < as_ && is_time_word(frame.word(k)) {
        k += 1;
    }
    if k == as_ || frame.word(k) == "by" {
        let speaker = frame.r.subject_before(lo, verb)?;
        // (a source the grammar does not read, all words: "by state
        // media")
        let words = |a: usize, b: usize| a < b && (a..b).all(|i| frame.r.is_word_at(i));
        let source = (frame.word(k) == "by")
            .then(|| {
                frame
                    .r
                    .phrase_starting_at(k + 1, as_)
                    .or_else(|| words(k + 1, as_).then(|| Np::description(k + 1, as_ - 1)))
            })
            .flatten();
        return Some((speaker, source));
    }
    let speaker = if verb + 2 == as_ && OBJECT_PRONOUNS.contains(&frame.word(verb + 1)) {
        Np::pronoun(verb + 1)
    } else {
        frame.r.phrase_starting_at(verb + 1, as_)?
    };
    // ("quoted a ministry spokesman, Gennadi I. Gerasimov, as saying":
    // the name in apposition to the description is the one quoted)
    let speaker = if speaker.last + 1 == as_ {
        speaker
    } else if speaker.kind == MentionKind::Description {
        frame
            .appositive_name(&speaker)
            .filter(|name| name.last + 2 == as_)?
    } else {
        return None;
    };
    Some((speaker, frame.r.subject_before(lo, verb)))
}

/// The token of "quoted" in `"Q," X quoted Y as saying` or `"Q," Y was
/// quoted as saying` right after the quotation at `q` (within a few
/// words, no other quotation between), if the sentence goes on so.
pub(crate) fn quoted_after(frame: &Frame<'_>, q: usize) -> Option<usize> {
    let reach = frame.hi.min(q + QUOTE_REACH);
    let verb = (q + 1..reach)
        .take_while(|&i| frame.r.toks[i].quote().is_none())
        .find(|&i| is_quote_verb(frame.word(i)))?;
    as_saying_after(frame, verb).map(|_| verb)
}

/// The "as" after a form of "quote" at `verb`, within a few words, with a
/// participle of speech after it ("quoted the minister as saying"): the
/// first "as" there, if a participle follows it.
pub(crate) fn as_saying_after(frame: &Frame<'_>, verb: usize) -> Option<usize> {
    (verb + 1..frame.hi.min(verb + QUOTE_REACH))
        .find(|&i| frame.word(i) == "as")
        .filter(|&i| frame.word(i + 1).ends_with("ing") && frame.is_cue(i + 1))
}

/// The nearest form of "quote" within a few words before the "as" at
/// `as_` ("was quoted by Reuters as").
pub(crate) fn quote_verb_before(frame: &Frame<'_>, as_: usize) -> Option<usize> {
    let from = frame.lo.max(as_.saturating_sub(QUOTE_REACH));
    (from..as_).rev().find(|&i| is_quote_verb(frame.word(i)))
}
