//! `The plan is "a disaster" for us, Trump said.`: a reporting clause that
//! closes the sentence, after more of it than the quotation, with its
//! speaker before (", Trump said", "as Trump said") or after (", said
//! Trump") the verb; and a passive verb of speaking right after the
//! quotation, with its agent (`The phrase "Q" was uttered once, by Lee.`);
//! and a quotation as the subject of "was" before whose words they were
//! (`"No comment," was all the spokesman would say.`); and a phrase naming
//! whose words they were after the quotation (`…, in Lee's words.`).

use super::{Apply, Ctx, Found, RuleDef, no, noun_cue, yes};
use crate::attribute::classes::{POSSESSIVE, PREPOSITION, SPEECH_NOUN, SUBORDINATOR};
use crate::attribute::frame::{Frame, is_be, is_s_clitic, is_tell};
use crate::attribute::phrase::Np;
use crate::attribute::report::{adverbial_clause, time_after};
use crate::attribute::tokens::Token;
use crate::attribute::{MentionKind, Rule};

/// The clause may report only part of the sentence.
pub(crate) const CONFIDENCE: f32 = 0.95;

/// How far after the quotation the verb may stand, in tokens.
const REACH: usize = 24;

pub(crate) const RULE: RuleDef = RuleDef {
    rule: Rule::ClosingCue,
    apply: Apply::Frame(apply),
    examples: &[
        yes(
            "The plan is \u{201c}a disaster\u{201d} for farmers, Sen. Ruth Alder said.",
            "Sen. Ruth Alder",
            Some("said"),
        ),
        yes(
            "The cuts were \"reckless\" and unfair, said the union president.",
            "the union president",
            Some("said"),
        ),
        yes(
            "It was \u{201c}a long night\u{201d} for everyone, as the coach put it.",
            "the coach",
            Some("put it"),
        ),
        // a phrase after the verb that goes on to a verb of its own is
        // what was said, not who said it
        no(
            "Lee, a star of \"The Show,\" who worked there, said his boss was kind.",
            None,
        ),
        // a relative clause holds the quotation, and its closing comma
        // leaves the main verb and its object (the title, a work's name,
        // is no one's words)
        no(
            "Ann Lee, who starred in \"Silver Lake\" for six seasons, announced her break in May.",
            None,
        ),
        yes(
            "The plan, which ran under the name \"Fresh Start,\" failed, said the union president.",
            "the union president",
            Some("said"),
        ),
        // "was how X put it", across a relative clause too
        yes(
            "\u{201c}It is a bluff,\u{201d} was how one manager, who declined to be named, put it.",
            "one manager",
            Some("put it"),
        ),
        // "that's how X described it" after a dash: the "'s" of "that's"
        // is "is", "how" opens no speaker's phrase, and the phrase after
        // the verb is what was described
        yes(
            "\u{201c}It is a witch hunt\u{201d} -- that's how Reyes's chief of staff, Lisa Dunn, described the inquiry.",
            "Reyes's chief of staff, Lisa Dunn",
            Some("described"),
        ),
        // a passive verb's subject is spoken to, and speaks no title
        no(
            "Appearing on \"Meet the Press\" on Sunday, Sen. Ann Lee was asked whether she would run.",
            None,
        ),
        // a passive verb of wording after the quotation, with its agent
        yes(
            "The phrase \u{201c}fair share\u{201d} was uttered once, by Ann Lee.",
            "Ann Lee",
            Some("uttered"),
        ),
        // the quotation as the subject of "was", and whose words they were
        yes(
            "\u{201c}No comment,\u{201d} was all the spokesman would say.",
            "the spokesman",
            Some("say"),
        ),
        yes(
            "\"Not now\" was Ann Lee's response.",
            "Ann Lee",
            Some("response"),
        ),
        yes(
            "\u{201c}Never\u{201d} was the reply from the mayor.",
            "the mayor",
            Some("reply"),
        ),
        yes(
            "\"Not now\" was his curt response.",
            "his",
            Some("response"),
        ),
        no("\"Fine\" was all that mattered to them.", None),
        // a quotation alone, then a sentence whose "that" points back to
        // it and names whose words they were
        yes(
            "Ann Lee spoke first. \"We will not retreat.\" That was the message from Mayor Tom Reyes on Friday.",
            "Mayor Tom Reyes",
            Some("message"),
        ),
        yes(
            "\u{201c}Not one inch.\u{201d} Those were the words of the union's president.",
            "the union's president",
            Some("words"),
        ),
        // (before a clause of time)
        yes(
            "\"We will rebuild.\" Those were the words of Gov. Maria Chen as she toured the damage.",
            "Gov. Maria Chen",
            Some("words"),
        ),
        yes(
            "\"Never\" was the reply from the mayor when reporters asked.",
            "the mayor",
            Some("reply"),
        ),
        // (after a dash, a demonstrative pointing back)
        yes(
            "\u{201c}Let's go\u{201d} \u{2014} that was all Coach Ed Hill said before the game.",
            "Coach Ed Hill",
            Some("said"),
        ),
        no("\"Go\" \u{2014} was all they heard.", None),
        yes(
            "\"No comment.\" That's all the spokesman would say.",
            "the spokesman",
            Some("say"),
        ),
        // not a phrase that names no one
        no(
            "\"We will not retreat.\" That was the message from the start of the campaign.",
            None,
        ),
        no(
            "\"We will not retreat.\" That was the plan of the mayor.",
            None,
        ),
        // whose words they were, after the quotation and its comma
        yes(
            "The plan was \u{201c}a disaster,\u{201d} in Ann Lee's words.",
            "Ann Lee",
            Some("words"),
        ),
        yes(
            "The plan was \"a disaster,\" in the words of one aide.",
            "one aide",
            Some("words"),
        ),
        yes(
            "The plan was \"a disaster,\" to quote the mayor.",
            "the mayor",
            Some("quote"),
        ),
        // not a place where the words were printed
        no("The plan was called \"a disaster\" in the press.", None),
        // no comma before the clause: not an attribution
        no(
            "The \u{201c}reform\u{201d} failed because nobody said anything.",
            None,
        ),
    ],
};

fn apply(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let frame = ctx.frame;
    let q = ctx.q;
    if let Some(f) = passive_after(frame, q)
        .or_else(|| whose_words(frame, q))
        .or_else(|| in_words_of(ctx))
    {
        return Some(f);
    }
    let reach = (q + REACH).min(frame.hi);
    for c in q + 1..reach {
        if frame.r.toks[c].quote().is_some() {
            // a later quotation of the clause, ending with the comma
            // before the reporting clause, is no boundary: "was a "good
            // thing" that yielded "good information," he remarked"
            if (frame.comma_at(c) || frame.r.toks.get(c + 1).is_some_and(|t| t.is_punct(',')))
                && c + 1 < reach
            {
                continue;
            }
            return None;
        }
        if !frame.is_cue(c) {
            continue;
        }
        let found = |np, end| Found::new(np, Some(c), Rule::ClosingCue, CONFIDENCE, end);
        // (a passive verb's subject was spoken to, or is what was said:
        // "Appearing on "Meet the Press," Lee was asked whether …")
        let passive = frame.word(c).ends_with("ed") && frame.after_be(c);
        if let Some(np) = frame.r.subject_before(q + 1, c).filter(|_| !passive) {
            // (", as Lee put it", and "was how Lee put it")
            let before = np.first.checked_sub(1).filter(|&b| b > q);
            // (and "that's how": the clitic of "that", "this" or "it" is "is")
            let how = before.is_some_and(|b| {
                frame.word(b) == "how"
                    && b > q + 1
                    && (is_be(frame.word(b - 1))
                        || (b > q + 2
                            && is_s_clitic(frame.word(b - 1))
                            && ["that", "this", "it"]
                                .iter()
                                .any(|w| frame.word(b - 2).eq_ignore_ascii_case(w))))
            });
            if before.is_some_and(|b| frame.comma_at(b) || frame.word(b) == "as") || how {
                return Some(found(np, c + 1));
            }
        }
        if c > q + 1
            && frame.r.toks[c - 1].is_punct(',')
            && !is_tell(frame.word(c))
            && !closes_relative(frame, q, c - 1)
        {
            // (the speaker closes the clause: not ", said his boss was
            // kind", where the phrase is the subject of what was said; and
            // after the whole of a reporting phrase, not the "it" of "put
            // it")
            if let Some(np) = frame.r.phrase_starting_at(frame.cue_last(c) + 1, frame.hi) {
                let end = np.last + 1;
                let closes = end >= frame.hi
                    || !frame.r.is_word_at(end)
                    || frame.r.is(end, PREPOSITION | SUBORDINATOR);
                return closes.then(|| found(np, end));
            }
        }
        return None;
    }
    None
}

/// How many tokens before a quotation [`closes_relative`] reads for the
/// comma that opens a relative clause.
const RELATIVE_SCAN: usize = 40;

/// Whether the quotation at `q` stands in a relative clause set off by
/// commas that the comma at `comma` closes: `Lee, who starred in "The
/// Show" for years, announced her break.` The verb after that comma is the
/// main verb of the noun the clause describes, and the phrase after it its
/// object, no speaker of the quotation.
fn closes_relative(frame: &Frame<'_>, q: usize, comma: usize) -> bool {
    let r = &frame.r;
    // (read back over a bounded reach: a quotation far into a sentence
    // is read in time linear in the sentence)
    let floor = frame.lo.max(q.saturating_sub(RELATIVE_SCAN));
    let opened = (floor..q).rev().find(|&k| r.toks[k].is_punct(','));
    opened.is_some_and(|k| {
        matches!(frame.word(k + 1), "who" | "which" | "whose")
            && !(q..comma).any(|i| frame.comma_at(i))
    })
}

/// `The plan was "a disaster," in Lee's words.`, `…, in the words of one
/// aide.`, `…, to use Lee's phrase.`, `…, to quote the mayor.`: after the
/// quotation and its comma, a phrase naming whose words they were,
/// closing the sentence.
fn in_words_of(ctx: &Ctx<'_, '_>) -> Option<Found> {
    let (frame, q) = (ctx.frame, ctx.q);
    let r = &frame.r;
    let k = if r.toks.get(q + 1).is_some_and(|t| t.is_punct(',')) {
        q + 2
    } else if frame.comma_at(q) {
        q + 1
    } else {
        return None;
    };
    if k + 2 >= frame.hi {
        return None;
    }
    let closes = |end: usize| end >= frame.hi || !r.is_word_at(end);
    let found = |np: Np, cue: usize, end: usize| {
        // (no pronoun but a possessive one: "in his own words")
        (closes(end) && (np.kind != MentionKind::Pronoun || r.is(np.first, POSSESSIVE)))
            .then(|| Found::new(np, Some(cue), Rule::ClosingCue, CONFIDENCE, end))
    };
    match (frame.word(k), frame.word(k + 1)) {
        // "in the words of one aide", "to quote the mayor"
        ("in", "the") if frame.word(k + 2) == "words" && frame.word(k + 3) == "of" => {
            let np = r.phrase_starting_at(k + 4, frame.hi)?;
            found(np, k + 2, np.last + 1)
        }
        ("to", "quote") => {
            let np = r.phrase_starting_at(k + 2, frame.hi)?;
            found(np, k + 1, np.last + 1)
        }
        // "in Lee's words", "in his own words", "to use Lee's phrase"
        ("in", _) | ("to", "use" | "borrow") => {
            let from = if frame.word(k) == "in" { k + 1 } else { k + 2 };
            let noun = (from + 1..frame.hi.min(from + 1 + POSSESSOR_WORDS)).find(|&i| {
                r.is_word_at(i)
                    && matches!(frame.word(i), "words" | "phrase" | "term" | "expression")
            })?;
            let np = noun_cue::possessor(ctx.frame, noun).filter(|np| np.first >= from)?;
            found(np, noun, noun + 1)
        }
        _ => None,
    }
}

/// How many tokens may stand between "was" and a possessed noun of
/// speech ("was Ann Lee's curt response").
const POSSESSOR_WORDS: usize = 6;

/// `"No comment," was all the spokesman would say.`, `"Not now" was
/// Lee's response.`, `"Never" was the reply from the mayor.`: the
/// quotation is the subject of "was", and what follows names whose words
/// they were, closing the sentence (past a time: "… on Friday"). So is a
/// demonstrative that points back to a quotation closing the sentence
/// before (`"Q." That was the message from the mayor.`, `"Q." Those were
/// his words.`), when what it names can speak (not "the message from
/// the start of the campaign").
pub(crate) fn whose_words(frame: &Frame<'_>, q: usize) -> Option<Found> {
    let r = &frame.r;
    // (past a comma, or a dash before a demonstrative: "“Let's go” —
    // that was all the coach said")
    let set_off = |t: &Token| t.is_punct(',') || t.is_dash();
    let mut k = if r.toks.get(q + 1).is_some_and(set_off) {
        q + 2
    } else {
        q + 1
    };
    let demonstrative = k < frame.hi
        && ["that", "this", "those", "such"]
            .iter()
            .any(|w| frame.word(k).eq_ignore_ascii_case(w));
    if demonstrative {
        k += 1;
    } else if r.toks.get(q + 1).is_some_and(Token::is_dash) {
        return None;
    }
    let be = |w: &str| is_be(w) || (demonstrative && is_s_clitic(w));
    if k + 2 >= frame.hi || !be(frame.word(k)) {
        return None;
    }
    // (or before an adverbial clause, "… from the mayor as she toured
    // the damage", or a phrase of time, "… said before the game")
    let closes = |end: usize| {
        let end = time_after(frame, end);
        end >= frame.hi
            || !r.is_word_at(end)
            || adverbial_clause(frame, end)
            || matches!(frame.word(end), "before" | "after" | "during")
    };
    // (after a demonstrative, a phrase that can speak)
    let speaks = |np: &Np| !demonstrative || np.is_named() || !np.generic;
    // "was all X would say": the verb after the phrase, a modal between
    if frame.word(k + 1) == "all" {
        let np = r.phrase_starting_at(k + 2, frame.hi)?;
        let mut v = np.last + 1;
        if matches!(frame.word(v), "would" | "could" | "will" | "can") {
            v += 1;
        }
        return (frame.is_cue(v) && closes(frame.cue_last(v) + 1) && !frame.is_it(&np))
            .then(|| Found::new(np, Some(v), Rule::ClosingCue, CONFIDENCE, v + 1));
    }
    // "was the reply from the mayor": a noun of speech and its source
    if frame.word(k + 1) == "the" && r.is(k + 2, SPEECH_NOUN) && !r.is_cap(k + 2) {
        if !matches!(frame.word(k + 3), "from" | "of") {
            return None;
        }
        let np = r.phrase_starting_at(k + 4, frame.hi)?;
        return (closes(np.last + 1) && np.kind != MentionKind::Pronoun && speaks(&np))
            .then(|| Found::new(np, Some(k + 2), Rule::ClosingCue, CONFIDENCE, np.last + 1));
    }
    // "was Lee's response", "was his answer": the possessor of a noun of
    // speech that closes the sentence, as a noun cue reads it
    let noun = (k + 2..frame.hi.min(k + 2 + POSSESSOR_WORDS))
        .find(|&i| r.is_word_at(i) && !r.is_cap(i) && r.is(i, SPEECH_NOUN))
        .filter(|&noun| closes(noun + 1))?;
    let np = noun_cue::possessor(frame, noun)?;
    Some(Found::new(
        np,
        Some(noun),
        Rule::ClosingCue,
        CONFIDENCE,
        noun + 1,
    ))
}

/// Verbs of using words that no list of reporting verbs holds, whose
/// passive after a quotation names who used them ("was coined by").
const WORDING: &[&str] = &["uttered", "coined", "used", "spoken", "written", "voiced"];

/// How many words (adverbs, a comma) may stand between the passive verb
/// and "by".
const AGENT_GAP: usize = 3;

/// `The phrase "Q" was uttered once, by Lee.`: the quotation is the
/// subject of a passive verb of speaking or wording right after it, and
/// the agent after "by" said it.
fn passive_after(frame: &Frame<'_>, q: usize) -> Option<Found> {
    let r = &frame.r;
    let mut v = q + 1;
    if !is_be(frame.word(v)) {
        return None;
    }
    v += 1;
    while v < frame.hi && r.is_modifier(v) {
        v += 1;
    }
    let w = frame.word(v);
    if r.is_cap(v) || !(WORDING.contains(&w) || (frame.is_cue(v) && w.ends_with("ed"))) {
        return None;
    }
    let by = (v + 1..frame.hi.min(v + 2 + AGENT_GAP)).find(|&k| frame.word(k) == "by")?;
    if !(v + 1..by).all(|k| r.is_modifier(k) || r.toks[k].is_punct(',')) {
        return None;
    }
    let np = r.phrase_starting_at(by + 1, frame.hi)?;
    let end = np.last + 1;
    let closes = end >= frame.hi || !r.is_word_at(end);
    (closes && np.is_named()).then(|| Found::new(np, Some(v), Rule::ClosingCue, CONFIDENCE, end))
}
