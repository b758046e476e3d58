//! `his call for "a total ban"`, `Trump's claim that "Q"`, `the
//! senator's remarks: "Q"`: a noun for what someone said, with its
//! possessor, holds the quotation in its phrase; the possessor speaks. So
//! do `In her words, "Q"` and `in the words of X, "Q"`; and the sentence's
//! subject speaks a noun of speech after "with a" (`X closed with a
//! promise "Q"`).

use super::{Apply, Ctx, Found, RuleDef, no, yes};
use crate::attribute::classes::{DETERMINER, POSSESSIVE, SPEECH_NOUN};
use crate::attribute::frame::Frame;
use crate::attribute::phrase::Np;
use crate::attribute::tokens::Kind;
use crate::attribute::{MentionKind, Rule};
use crate::lexicon::{MAX_WORD, folded};

/// The possessor of a noun of speech is its speaker, but the noun may be
/// someone else's description of it: right 25 of 35 times on the
/// training split, 4 of 6 on development.
pub(crate) const CONFIDENCE: f32 = 0.7;

/// Words that open what a noun of speech says.
const CONTENT: &[&str] = &["that", "for", "of", "about", "to", "on", "over", "against"];

/// How far before the quotation the noun may stand, in tokens ("his call
/// for a "revolution"").
const REACH: usize = 6;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::NounCue,
    apply: Apply::Frame(apply),
    examples: &[
        // "take" after a possessor and before the colon
        yes(
            "Lee's take: \u{201c}The plan is dead.\u{201d}",
            "Lee",
            Some("take"),
        ),
        no("They take: \u{201c}all of it\u{201d}.", Some("They")),
        yes(
            "Pence defended Trump's claim that Obama \u{201c}founded ISIS.\u{201d}",
            "Trump",
            Some("claim"),
        ),
        yes(
            "The crowd cheered his call for \"a total ban\" on imports.",
            "his",
            Some("call"),
        ),
        yes(
            "Sanders has pushed his promise of \u{201c}free college\u{201d} all year.",
            "Sanders",
            Some("promise"),
        ),
        // (not a subject the pronoun does not agree with)
        yes(
            "She was upset, so I had to change my answer: \"Of course I agree.\"",
            "my",
            Some("answer"),
        ),
        yes(
            "Critics seized on the senator\u{2019}s remarks about \u{201c}lazy\u{201d} workers.",
            "the senator",
            Some("remarks"),
        ),
        yes(
            "Mr. Hollis's verdict: \"An insult to every working family.\"",
            "Mr. Hollis",
            Some("verdict"),
        ),
        yes(
            "The mayor was blunt. In her words, \u{201c}the plan is dead.\u{201d}",
            "her",
            Some("words"),
        ),
        yes(
            "In the words of Ann Lee, \"the plan is dead.\"",
            "Ann Lee",
            Some("words"),
        ),
        yes(
            "The mayor\u{2019}s reply was blunt: \u{201c}We will not back down.\u{201d}",
            "The mayor",
            Some("reply"),
        ),
        yes(
            "The union's response came quickly: \"We are ready to strike.\"",
            "The union",
            Some("response"),
        ),
        yes(
            "Lee\u{2019}s reply \u{2014} \u{201c}Not a chance\u{201d} \u{2014} drew laughter.",
            "Lee",
            Some("reply"),
        ),
        yes(
            "The governor's words to the crowd: \"Go home and vote.\"",
            "The governor",
            Some("words"),
        ),
        // a saying someone repeats is theirs
        yes(
            "The coach's mantra is simple: \"Show up.\"",
            "The coach",
            Some("mantra"),
        ),
        yes("Ann Lee's motto: \"Show up.\"", "Ann Lee", Some("motto")),
        // the quotation between the possessor and the noun it names
        yes(
            "Mitt Romney\u{2019}s \u{201c}47 percent\u{201d} comment was dismissive.",
            "Mitt Romney",
            Some("comment"),
        ),
        no(
            "The \u{201c}47 percent\u{201d} comment was dismissive.",
            None,
        ),
        yes(
            "It is the pull of Obama's \"keep your plan\" promise.",
            "Obama",
            Some("promise"),
        ),
        // a noun of speech after "with a" is the sentence subject's
        yes(
            "Ann Lee ended the speech with a promise \u{201c}to fight for every vote.\u{201d}",
            "Ann Lee",
            Some("promise"),
        ),
        // a noun of speech without a possessor names no one
        no(
            "The claim that \u{201c}nothing happened\u{201d} is false.",
            None,
        ),
        no("In other words, \"the plan is dead.\"", None),
    ],
};

/// `In her words, "Q"`, `in the words of X, "Q"`: the words of someone,
/// set off before the quotation.
fn in_words(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    if q < frame.lo + 3 || !frame.r.toks[q - 1].is_punct(',') {
        return None;
    }
    let found =
        |speaker: Np, noun: usize| Found::new(speaker, Some(noun), Rule::NounCue, CONFIDENCE, q);
    // "in her words,", "in Lee's own words,"
    if frame.word(q - 2) == "words" {
        let noun = q - 2;
        let mut p = noun - 1;
        if frame.word(p) == "own" && p > frame.lo {
            p -= 1;
        }
        let opens = (frame.lo..p)
            .rev()
            .take(4)
            .any(|i| frame.word(i).eq_ignore_ascii_case("in"));
        return opens
            .then(|| possessor(ctx.frame, noun))
            .flatten()
            .map(|s| found(as_written(ctx, s), noun));
    }
    // "in the words of Ann Lee,"
    let of = (frame.lo + 2..q - 1).find(|&i| {
        frame.word(i) == "of"
            && frame.word(i - 1) == "words"
            && frame.word(i - 2) == "the"
            && i >= frame.lo + 3
            && frame.word(i - 3).eq_ignore_ascii_case("in")
    })?;
    let np = frame.r.phrase_starting_at(of + 1, frame.hi)?;
    (np.last + 2 == q && np.kind != MentionKind::Pronoun).then(|| found(np, of - 1))
}

/// Nouns for a stretch of words that someone uses ("used the words",
/// "coined the phrase").
const WORD_NOUNS: &[&str] = &["expression", "phrase", "term", "word", "words"];

/// Verbs of using words: their subject speaks the words they name.
const USING: &[&str] = &[
    "coin", "coined", "coins", "invoke", "invoked", "invokes", "use", "used", "uses", "utter",
    "uttered", "utters",
];

/// How many modifiers may stand between the verb and the noun ("coined a
/// new phrase").
const WORD_MODIFIERS: usize = 2;

/// `When Trump used the words, "Q"`, `He has coined a new phrase, "Q"`:
/// the words a verb of using names, right before the quotation; the
/// verb's subject speaks them.
fn used_words(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    let noun = if q > frame.lo + 1 && frame.r.toks[q - 1].is_punct(',') {
        q - 2
    } else {
        q.checked_sub(1)?
    };
    if noun <= frame.lo || !frame.r.is_word_at(noun) || !WORD_NOUNS.contains(&frame.word(noun)) {
        return None;
    }
    // a determiner, perhaps an adjective or two, then the verb
    let det = (noun.saturating_sub(WORD_MODIFIERS + 1).max(frame.lo)..noun)
        .rev()
        .take_while(|&k| frame.r.is_word_at(k) && !frame.r.is_cap(k))
        .find(|&k| frame.r.is(k, DETERMINER))?;
    let verb = det.checked_sub(1).filter(|&v| v >= frame.lo)?;
    let mut buf = [0u8; MAX_WORD];
    if !frame.r.is_word_at(verb) || !USING.contains(&&*folded(frame.word(verb), &mut buf)) {
        return None;
    }
    let speaker = frame.r.subject_before(frame.lo, verb)?;
    if frame.is_it(&speaker) {
        return None;
    }
    Some(Found::new(
        speaker,
        Some(noun),
        Rule::NounCue,
        CONFIDENCE,
        q,
    ))
}

/// `Lee's take: "Q"`: "take", a noun of speech only after a possessor's
/// "'s" and right before the colon of the quotation at `q` (a verb
/// everywhere else).
fn possessed_take(frame: &Frame<'_>, n: usize, q: usize) -> bool {
    frame.word(n) == "take"
        && n > frame.lo
        && frame.r.toks[n - 1].kind == crate::attribute::tokens::Kind::Clitic
        && n + 2 == q
        && frame.r.toks[n + 1].is_punct(':')
}

/// `Romney's "47 percent" comment`, `his "basket of deplorables"
/// remark`: a quotation between a possessor and its noun of speech,
/// which it names; the possessor speaks.
fn quoted_between(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let r = &frame.r;
    let (q, noun) = (ctx.q, ctx.q + 1);
    if q <= frame.lo || noun >= frame.hi || !r.is_word_at(noun) || r.is_cap(noun) {
        return None;
    }
    if !r.is(noun, SPEECH_NOUN) {
        return None;
    }
    let p = q - 1;
    let np = owner_at(ctx.frame, p)?;
    // ("the persistent pull of Obama's "…" promise": the possessor is the
    // name after "of", not the phrase the name completes)
    let owner = (np.first..np.last)
        .rev()
        .find(|&k| frame.word(k) == "of")
        .and_then(|k| r.phrase_starting_at(k + 1, p))
        .filter(|inner| inner.last == np.last && inner.is_named())
        .unwrap_or(np);
    if frame.names_a_medium(owner.first) {
        return None;
    }
    Some(Found::new(
        as_written(ctx, owner),
        Some(noun),
        Rule::NounCue,
        CONFIDENCE,
        q,
    ))
}

/// `Lee ended the speech with a promise "to fight"`, `closed with a
/// warning: "Q"`: a noun of speech after "with a", right before the
/// quotation (or its colon), is what the subject of the sentence said.
fn with_noun(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let r = &frame.r;
    let q = ctx.q;
    let noun = if q > frame.lo + 1 && r.toks[q - 1].is_punct(':') {
        q - 2
    } else {
        q.checked_sub(1)?
    };
    if noun < frame.lo + 2
        || !r.is_word_at(noun)
        || r.is_cap(noun)
        || !r.is(noun, SPEECH_NOUN)
        || !matches!(frame.word(noun - 1), "a" | "an")
        || frame.word(noun - 2) != "with"
    {
        return None;
    }
    let subject = frame.subject.filter(|s| {
        s.last + 1 < noun - 2 && !frame.is_it(s) && s.kind != MentionKind::Description
    })?;
    Some(Found::new(
        as_written(ctx, subject),
        Some(noun),
        Rule::NounCue,
        CONFIDENCE,
        q,
    ))
}

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    if let Some(f) = in_words(ctx)
        .or_else(|| used_words(ctx))
        .or_else(|| quoted_between(ctx))
        .or_else(|| with_noun(ctx))
    {
        return Some(f);
    }
    let frame = ctx.frame;
    let q = ctx.q;
    let floor = frame.lo.max(q.saturating_sub(REACH));
    let noun = (floor..q).rev().find(|&n| {
        frame.r.is_word_at(n)
            && !frame.r.is_cap(n)
            && (frame.r.is(n, SPEECH_NOUN) || possessed_take(frame, n, q))
    })?;
    // the quotation is what the noun says: "claim that …", "call for
    // …", "remarks: …"; not "called Trump's charge "pathetic"" nor
    // "his words had been "misconstrued""
    // ("Lee's reply was: "Q"", "Her message was simple, "Q"": the noun
    // as subject of "was", a word or two and a colon or comma)
    // ("Lee's reply — "Not a chance" — drew laughter": the quotation in
    // apposition between dashes, too)
    let colon = noun + 2 == q
        && (frame.r.toks[noun + 1].is_punct(':') || frame.r.toks[noun + 1].is_dash())
        || copula_colon(ctx, noun)
        || addressed_colon(ctx, noun);
    // "claim that …" holds a clause; a preposition only the quotation,
    // perhaps after an article: "call for a "ban"", not "remarks about a
    // judge "racist"" (an outer verb's object complement)
    let marker = frame.word(noun + 1);
    // "his statement on Wednesday that …": "that" after a short phrase
    let that = (noun + 1..q.min(noun + 5)).any(|k| frame.word(k) == "that");
    let content = noun + 1 < q
        && (that
            // "his pledge to be "neutral""
            || (marker == "to" && q <= noun + 4)
            || (CONTENT.contains(&marker)
                && (noun + 2 == q || (noun + 3 == q && frame.r.is(noun + 2, DETERMINER)))));
    if !(colon || content)
        || (noun + 1..q).any(|k| frame.is_cue(k) || (!colon && !frame.r.is_word_at(k)))
    {
        return None;
    }
    let owner = possessor(ctx.frame, noun)?;
    if ctx.frame.names_a_medium(owner.first) {
        return None;
    }
    let speaker = as_written(ctx, owner);
    Some(Found::new(
        speaker,
        Some(noun),
        Rule::NounCue,
        CONFIDENCE,
        q,
    ))
}

/// How many words may name whom a noun of speech was addressed to before
/// its colon ("words to the striking miners:").
const ADDRESSEE_WORDS: usize = 4;

/// Whether the noun at `noun` names whom it was addressed to, and a colon
/// right before the quotation closes that: `the governor's words to the
/// crowd: "Q"`, `her advice for young women: "Q"`.
fn addressed_colon(ctx: &Ctx<'_, '_>, noun: usize) -> bool {
    let frame = ctx.frame;
    let q = ctx.q;
    matches!(frame.word(noun + 1), "to" | "for")
        && q > noun + 3
        && q <= noun + 3 + ADDRESSEE_WORDS
        && frame.r.toks[q - 1].is_punct(':')
        && (noun + 2..q - 1).all(|k| frame.r.is_word_at(k))
}

/// How many words may stand between "was" and the colon ("was, quite
/// simply,").
const COPULA_REACH: usize = 3;

/// Whether the noun at `noun` is the subject of "was" or "is" (or of
/// "came") that a colon or comma right before the quotation closes:
/// `reply was: "Q"`, `message was simple: "Q"`, `response came quickly:
/// "Q"`.
fn copula_colon(ctx: &Ctx<'_, '_>, noun: usize) -> bool {
    let frame = ctx.frame;
    let q = ctx.q;
    let be = noun + 1;
    q > be + 1
        && q <= be + 2 + COPULA_REACH
        && matches!(frame.word(be), "was" | "is" | "came" | "comes")
        && (frame.r.toks[q - 1].is_punct(':') || frame.r.toks[q - 1].is_punct(','))
        && (be + 1..q - 1).all(|k| frame.r.is_word_at(k) && !frame.r.is_cap(k))
}

/// The speaker a possessor names, as written: for a possessive pronoun,
/// the subject before it that it stands for ("Sanders pushed his promise
/// of "free college"", "she promised … because, in her words, "Q"").
fn as_written(ctx: &Ctx<'_, '_>, speaker: Np) -> Np {
    let frame = ctx.frame;
    if speaker.kind != MentionKind::Pronoun {
        return speaker;
    }
    // (not past a person the pronoun cannot be: "She was upset, so I had
    // to change my answer: "Q"" is not hers; "my", "our" and "your" stand
    // only for "I", "we" and "you", and a third person's for no one of
    // those)
    let grammatical_person = |i: usize| {
        let w = frame.word(i);
        let is = |a: &str, b: &str| w.eq_ignore_ascii_case(a) || w.eq_ignore_ascii_case(b);
        if is("i", "my") {
            1
        } else if is("we", "our") {
            2
        } else if is("you", "your") {
            3
        } else {
            0
        }
    };
    let person = grammatical_person(speaker.first);
    frame
        .subject
        .filter(|s| {
            s.last < speaker.first
                && (s.kind == MentionKind::Person
                    || (s.kind == MentionKind::Pronoun && !frame.is_it(s)))
                && grammatical_person(s.first) == person
        })
        .unwrap_or(speaker)
}

/// The possessor of the noun at `noun`, past an adjective or two: "his",
/// "Trump's", "the senator's", "Sanders' clarion".
pub(crate) fn possessor(frame: &Frame<'_>, noun: usize) -> Option<Np> {
    let r = &frame.r;
    let floor = frame.lo.max(noun.saturating_sub(3));
    let mut p = noun;
    while p > floor {
        p -= 1;
        if r.toks[p].kind == Kind::Clitic || r.is(p, POSSESSIVE) {
            return owner_at(frame, p);
        }
        if !r.is_word_at(p) || r.is_cap(p) {
            return None;
        }
    }
    None
}

/// The owner that the possessive at token `p` marks: the phrase before a
/// clitic "'s" ("Trump's", "the senator's"), or a possessive pronoun
/// ("his call", "their demands"; not "its"). `None` for any other token.
fn owner_at(frame: &Frame<'_>, p: usize) -> Option<Np> {
    let r = &frame.r;
    if r.toks[p].kind == Kind::Clitic {
        return (p > frame.lo)
            .then(|| r.phrase_ending_at(frame.lo, p - 1))
            .flatten()
            .filter(|np| np.kind != MentionKind::Pronoun);
    }
    (r.is(p, POSSESSIVE) && !frame.word(p).eq_ignore_ascii_case("its")).then(|| Np::pronoun(p))
}
