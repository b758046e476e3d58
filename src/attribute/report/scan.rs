//! Reporting clauses in a frame and the content each reports, as token
//! ranges: `X said (that) C`, `X told Y that C`, `X believes C`, `C, X
//! said.`, `C1, X said, C2`, `According to X, C`, `C, according to X`.
//!
//! A cue is a reporting verb (or phrase) used as a verb, a verb of
//! thought or evidence, or "according to". Its speaker is the subject
//! the quotation rules read ([`Reader::subject_before`]), or the phrase
//! after an inverted verb at the end of a sentence ("…, said Smith.").
//! Its content is the clause after it ([`clause`](super::clause)), or,
//! where the reporting clause closes or interrupts the sentence after a
//! comma, the sentence around it.
//!
//! [`Reader::subject_before`]: crate::attribute::phrase::Reader

use super::clause::{self, Range};
use super::openers;
use super::{Candidate, CueClass};
use crate::attribute::classes::{
    ARTICLE, DETERMINER, DOCUMENT, EVIDENCE, MODIFIER, NOUN_MARKER, ORG, PORTFOLIO, POSSESSIVE,
    PREPOSITION, PRONOUN, SPEAKER, SPEECH_ACT, SPEECH_NOUN, SUBORDINATOR, THOUGHT, TITLE, VERB,
};
use crate::attribute::classes::{
    HEDGES, MANNER_VERBS, NAMING_PARTICIPLES, REPORTED_ADVERBS, REPUTE_PARTICIPLES,
    STANCE_ADJECTIVES, may_report,
};
use crate::attribute::frame::{
    Frame, HANDLED, MONTH_ABBREVIATIONS, OBJECT_PRONOUNS, closes_attribution_before, is_be,
    is_finite_auxiliary, is_s_clitic, is_tell, is_time_word, passive_adverb, says,
};
use crate::attribute::phrase::{
    COUNTS, DAYS, IRREGULAR_PAST, Np, STOP, TIME_NOUNS, is_past_form, is_year, looks_adjective,
    looks_finite, subject_pronoun,
};
use crate::attribute::rules::quoted_as_saying;
use crate::attribute::tokens::Kind;
use crate::attribute::{MentionKind, Rule};
use crate::lexicon::{CAUSATIVE_VERBS, INFINITIVE_TAKERS, MAX_WORD, folded};

// Each confidence is the share of the rule's reports that are right (the
// content matched by half its length both ways, and the speaker) on the
// training split of the evaluation corpus, whose annotators mark many
// reports inside others and many cues no list holds.

/// "X said (that) C": the verb may not report ("he found the keys"), and
/// where the clause ends is often a matter of reading.
pub(crate) const REPORTED_CLAUSE: f32 = 0.68;
/// "Lee took to Twitter to say C", "the leak led Lee to announce C": an
/// infinitive whose speaker is the subject of the verb it serves or the
/// object of a verb of causing; right less often than a finite verb.
pub(crate) const INFINITIVE_REPORT: f32 = 0.45;
/// "C, X said.": a reporting clause closing its sentence after a comma.
pub(crate) const CLOSING_REPORT: f32 = 0.8;
/// "C1, X said, C2": a reporting clause between commas.
pub(crate) const INTERRUPTED_REPORT: f32 = 0.7;
/// "According to X, C" and "C, according to X".
pub(crate) const ACCORDING_TO: f32 = 0.81;

/// Irregular past forms of the verbs of thought and evidence.
const IRREGULAR: &[&str] = &[
    "thought",
    "knew",
    "known",
    "felt",
    "found",
    "understood",
    "sought",
    "shown",
    "proven",
    "forecast",
];

/// How far into the content of "according to X, …" the verb of a report
/// it relays may stand, in tokens ("According to RIA Novosti, Wang Yi told
/// Lavrov that …").
const RELAY_REACH: usize = 16;

/// How many tokens a frame may have before its cues are read in windows
/// ([`Frame::window`]): far more than a sentence of news has, so that
/// only run-on text (no sentence ends for pages) is read so.
const LONG_FRAME: usize = 320;

/// How many tokens a window of [`scan_long`] reaches before the stretch
/// of cues it reads: a cue sees 64 to 128 tokens back.
const WINDOW_BEFORE: usize = 64;

/// How many tokens the stretch of cues a window of [`scan_long`] reads
/// has, and how far the window reaches past it: a cue sees 64 to 128
/// tokens on, where a report's content in run-on text ends.
const WINDOW_AFTER: usize = 64;

/// The reports of `frame`, in the order of their cues, into `out`.
pub(crate) fn scan(frame: &Frame<'_>, out: &mut Vec<Candidate>) {
    if frame.hi - frame.lo > LONG_FRAME {
        return scan_long(frame, out, frame.lo..frame.hi);
    }
    scan_frame(frame, out, frame.lo..frame.hi);
}

/// The reports of [`scan`] whose content may hold token `q`: all of them
/// for a frame of ordinary length, and those of the windows around `q`
/// in a longer one (a window's reports stay inside it), so that asking
/// for each of many quotations of a run-on frame stays linear.
pub(crate) fn scan_around(frame: &Frame<'_>, q: usize, out: &mut Vec<Candidate>) {
    if frame.hi - frame.lo > LONG_FRAME {
        let lo = q.saturating_sub(WINDOW_BEFORE).max(frame.lo);
        let hi = (q + WINDOW_AFTER + 1).min(frame.hi);
        return scan_long(frame, out, lo..hi);
    }
    scan_frame(frame, out, frame.lo..frame.hi);
}

/// [`scan`] for a frame longer than [`LONG_FRAME`]: each stretch of
/// [`WINDOW_AFTER`] tokens has its cues read in a window of the frame
/// that reaches [`WINDOW_BEFORE`] tokens back and [`WINDOW_AFTER`] on,
/// so that reading a content to the sentence's end, or a clause back to
/// its start, costs a bounded number of tokens per cue and the whole
/// stays linear in the frame's length.
/// Only the windows that reach into `near` are read (the whole frame for
/// [`scan`]); the stretches are the same whichever are read.
fn scan_long(frame: &Frame<'_>, out: &mut Vec<Candidate>, near: std::ops::Range<usize>) {
    // (the first stretch whose window reaches `near`: stretches start at
    // the frame's start, one every WINDOW_AFTER tokens)
    let skip = near.start.saturating_sub(frame.lo + WINDOW_AFTER) / WINDOW_AFTER;
    let mut from = frame.lo + skip * WINDOW_AFTER;
    while from < frame.hi {
        let to = (from + WINDOW_AFTER).min(frame.hi);
        let (lo, hi) = (
            from.saturating_sub(WINDOW_BEFORE).max(frame.lo),
            (to + WINDOW_AFTER).min(frame.hi),
        );
        if lo >= near.end {
            break;
        }
        if hi > near.start {
            scan_frame(&frame.window(lo, hi), out, from..to);
        }
        from = to;
    }
}

/// The reports of `frame` whose cues stand at `cues`, into `out` (and
/// those of its opening, where `cues` starts with the frame).
fn scan_frame(frame: &Frame<'_>, out: &mut Vec<Candidate>, cues: std::ops::Range<usize>) {
    let start = out.len();
    if cues.start == frame.lo {
        out.extend(openers::colon(frame));
        out.extend(openers::in_document(frame));
        out.extend(openers::in_view(frame));
    }
    let added = frame.vocab.has_additions();
    // the speaker of the last verb read, whether or not it reported a
    // content of its own ("“Q,” said X, adding that …")
    let mut spoke: Option<Np> = None;
    // the last semicolon read: the clause after it has a subject of its
    // own ("He proposes C; she backs D but embraces E")
    let mut semicolon = frame.lo;
    let mut i = cues.start;
    while i < cues.end {
        if frame.r.toks[i].is_punct(';') {
            semicolon = i;
            spoke = None;
        }
        // most words are surely no cue: passed over without a lookup
        if !frame.r.is_word_at(i) || !(added || may_report(frame.word(i))) {
            i += 1;
            continue;
        }
        if let Some(c) = repute(frame, i) {
            out.push(c);
            i += 2;
            continue;
        }
        if frame.according_to(i) {
            out.extend(according(frame, i, 2));
            i += 2;
            continue;
        }
        // "As reported by X, C", "C, as first reported by X": read as
        // "according to X"
        if let Some(first) = as_reported_by(frame, i) {
            out.extend(according(frame, first, i + 2 - first));
            i += 2;
            continue;
        }
        if let Some(first) = per_source(frame, i) {
            out.extend(according(frame, first, i + 1 - first));
            i += 1;
            continue;
        }
        if frame.word(i) == "in" {
            out.extend(in_poll(frame, i));
            i += 1;
            continue;
        }
        if HEDGES.contains(&frame.word(i)) {
            if let Some(c) = unnamed(frame, i, i + 1, CueClass::Thought) {
                out.push(c);
            }
            i += 1;
            continue;
        }
        if let Some(c) = reportedly(frame, i) {
            out.push(c);
            i += 1;
            continue;
        }
        if let Some(c) = stance(frame, i) {
            out.push(c);
            i += 1;
            continue;
        }
        if let Some(c) = openers::noun(frame, i) {
            out.push(c);
            i += 1;
            continue;
        }
        if let Some(class) = verb_class(frame, i) {
            // "denounced … and warned": the subject of the report before
            let here = &out[start..];
            // (after a comma and a conjunction, not one inside the content
            // of a report this verb is outside of: "said that he had voted
            // for Rubio, but cautioned" goes on with the one who said it)
            let b = past_adverbials(frame, i);
            let set_off = b > frame.lo && joins_verbs(frame, b) && frame.comma_at(b - 1);
            let previous = here
                .iter()
                .rev()
                // (not the possessor of a noun of speech in an object:
                // "slammed Trump's comments about immigrants, and vowed")
                .find(|c| {
                    c.named
                        && !matches!(c.rule, Rule::AccordingTo | Rule::NounReport)
                        && c.cue.1 < i
                        && c.cue.0 > semicolon
                        && !(set_off && here.iter().any(|o| o.holds(c.cue.0) && !o.holds(i)))
                })
                .map(|c| c.speaker)
                .or(spoke);
            if let Some(c) = verb(frame, i, class, previous, &mut spoke) {
                i = c.cue.1;
                out.push(c);
            }
        }
        i += 1;
    }
    drop_idle(frame, out, start);
    // ("20 percent of people in a recent CNN poll said …": the poll
    // speaks for the share it counted)
    for c in &mut out[start..] {
        if let Some(poll) = frame.r.poll_inside(c.speaker) {
            c.speaker = poll;
        }
    }
    relay(frame, out, start);
    coordinated(frame, &mut out[start..]);
    one_per_content(out, start);
}

/// Drops the reports from `start` on that report nothing of their own.
fn drop_idle(frame: &Frame<'_>, out: &mut Vec<Candidate>, start: usize) {
    // "the audience laughed and applauded", "whoever he wants and that's
    // it": a content that opens with "and" or "or" joins the verb to
    // another; the verb reported nothing ("laughed and said C" is the
    // report of "said")
    // ("Lee testified voluntarily", "Then, she apologized": nor is an
    // adverb alone what a verb reports)
    let lone_adverb = |c: &Candidate| {
        let mut parts = c.ranges();
        matches!((parts.next(), parts.next()), (Some((a, b)), None) if a + 1 == b
            && frame.r.is_word_at(a)
            && (frame.r.is(a, MODIFIER) || frame.word(a).ends_with("ly")))
    };
    // ("a proposal that Manchin pushed three years ago": nor a phrase of
    // time alone; one word of time may be a pronoun's object, "disputes
    // this")
    let time_alone = |c: &Candidate| {
        let mut parts = c.ranges();
        matches!((parts.next(), parts.next()),
            (Some((a, b)), None) if b > a + 1 && only_time(frame, (a, b)))
    };
    let mut kept = start;
    for k in start..out.len() {
        let c = out[k];
        if c.ranges()
            .next()
            .is_none_or(|(a, _)| !matches!(frame.word(a), "and" | "or"))
            && !lone_adverb(&c)
            && !time_alone(&c)
        {
            out[kept] = c;
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// How many reports before one are compared with it for the same content.
const SAME_CONTENT_REACH: usize = 4;

/// "“Q,” said X, adding that C" and "X refused to speculate, adding that
/// C": two verbs that reach the same content make one report, with the
/// nearer verb as its cue (the later of the two: the list is in the order
/// of the cues).
fn one_per_content(out: &mut Vec<Candidate>, start: usize) {
    // compacted in place: `kept` reports stay before `w`; a duplicate
    // among the last few kept is taken out by shifting at most
    // `SAME_CONTENT_REACH` of them, so the pass stays linear
    let mut w = start;
    for k in start..out.len() {
        let c = out[k];
        let floor = start.max(w.saturating_sub(SAME_CONTENT_REACH));
        let same = (floor..w)
            .rev()
            .find(|&j| c.ranges().next().is_some() && out[j].ranges().eq(c.ranges()));
        if let Some(j) = same {
            out.copy_within(j + 1..w, j);
            w -= 1;
        }
        out[w] = c;
        w += 1;
    }
    out.truncate(w);
}

/// "X found that C1, and Y believes C2": a report coordinated after a
/// comma, with a subject and verb of its own, ends the content of the
/// report before it (a report nested without a conjunction, "X said Y
/// believes C", stays inside it).
fn coordinated(frame: &Frame<'_>, found: &mut [Candidate]) {
    for k in 1..found.len() {
        let (before, after) = found.split_at_mut(k);
        let b = &after[0];
        let first = b.speaker.first.min(b.cue.0);
        if first < frame.lo + 2
            || !matches!(frame.word(first - 1), "and" | "but")
            || !frame.r.toks[first - 2].is_punct(',')
        {
            continue;
        }
        for a in before.iter_mut() {
            for range in &mut a.content {
                if range.0 < first && first < range.1 {
                    range.1 = first - 2;
                }
            }
        }
    }
}

/// The class of the cue at token `i`, if it is a reporting verb, or a
/// verb of thought or evidence, used as a verb.
fn verb_class(frame: &Frame<'_>, i: usize) -> Option<CueClass> {
    let r = &frame.r;
    if !r.is_word_at(i)
        || plural_noun_after_quantity(frame, i)
        || shows_up(frame, i)
        || frame.aside_to_reader(i)
    {
        return None;
    }
    let class = cue_class(frame, i)?;
    (!describes_medium(frame, i)).then_some(class)
}

/// The class of the cue at `i`, read as in [`verb_class`].
fn cue_class(frame: &Frame<'_>, i: usize) -> Option<CueClass> {
    let r = &frame.r;
    let thought = r.is(i, THOUGHT);
    if !thought && (frame.is_cue(i) || (r.is(i, SPEECH_ACT) && used_as_verb(frame, i))) {
        let evidence = r.is(i, EVIDENCE) && !r.is(i, VERB);
        return Some(if evidence {
            CueClass::Evidence
        } else {
            CueClass::Speech
        });
    }
    if !(thought || r.is(i, EVIDENCE)) || !used_as_verb(frame, i) {
        return None;
    }
    Some(if thought {
        CueClass::Thought
    } else {
        CueClass::Evidence
    })
}

/// Whether the past form at `i` describes the noun of a message or
/// document, before it after an adjective ("a brief written statement")
/// or after it inside a phrase of the medium of the words: "said
/// in a message posted on Telegram that", "claimed, in a letter sent to
/// donors, that". Such a participle is no reporting verb of its own; the
/// verb before the phrase reports.
fn describes_medium(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    if i < frame.lo + 2 {
        return false;
    }
    // ("in a brief written statement": before the noun, after its
    // determiner and an adjective, the participle modifies it)
    if i + 1 < frame.hi
        && r.is_word_at(i + 1)
        && !r.is_cap(i + 1)
        && r.is(i + 1, DOCUMENT | SPEECH_NOUN)
        && r.is_word_at(i - 1)
        && !r.is_cap(i - 1)
        && !r.is(i - 1, STOP)
        && r.is(i - 2, DETERMINER | POSSESSIVE)
    {
        return true;
    }
    if i < frame.lo + 3 || !is_past_form(frame.word(i)) {
        return false;
    }
    let noun = i - 1;
    if !r.is_word_at(noun) || r.is_cap(noun) || !r.is(noun, DOCUMENT | SPEECH_NOUN) {
        return false;
    }
    // (a participle describing the noun goes on with its phrase of place,
    // time or agent, "posted on Telegram", "issued here"; a verb goes on
    // with its content: "The company in a statement said the …")
    let next = i + 1;
    let described = next >= frame.hi
        || !r.is_word_at(next)
        || r.is(next, PREPOSITION | MODIFIER)
        || is_time_word(frame.word(next));
    if !described {
        return false;
    }
    // back from the noun past its determiner and modifiers to the
    // preposition of the medium
    r.medium_preposition(frame.lo, noun)
        .is_some_and(|k| frame.word(k) != "during")
}

/// Whether the word at `i` ends in "s" after a quantity word that would
/// be its plural subject ("some reasons to hope", "many claims"): a
/// plural noun that the quantity modifies, since a plural subject takes
/// no verb in "-s".
fn plural_noun_after_quantity(frame: &Frame<'_>, i: usize) -> bool {
    let w = frame.word(i);
    i > frame.lo
        && w.ends_with('s')
        && !w.ends_with("ss")
        && QUANTITIES
            .iter()
            .any(|q| q.eq_ignore_ascii_case(frame.word(i - 1)))
}

/// Words that stand for a quantity of people before a verb ("Both want",
/// "Many said"). Unlike the speaker grammar's quantifiers, not "one",
/// "another" or a number, which before a past form as often modify a
/// noun ("one reported case", "two expected results"); "the two said" is
/// read apart, after its article.
const QUANTITIES: &[&str] = &[
    "both", "many", "most", "some", "few", "others", "all", "several",
];

/// Numbers of people that stand as a subject alone or after an article
/// ("Two said", "the two said").
const COUNTED: &[&str] = &["two", "three", "four", "five", "six"];

/// Whether the past form at `i` follows a quantity of people standing
/// alone as its subject ("Many said", "Several argued that", "Both
/// believed they", "the two said"), not one that modifies a noun ("some
/// reported cases", "the many expected results"): a verb of saying, or
/// another past form before "that" or a pronoun.
fn after_quantity(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    if i <= frame.lo {
        return false;
    }
    let before = frame.word(i - 1);
    // "No one expected …": a pronoun, before any verb
    if before == "one" && i > frame.lo + 1 && frame.word(i - 2).eq_ignore_ascii_case("no") {
        return true;
    }
    let unmodified = i - 1 == frame.lo || !r.is(i - 2, NOUN_MARKER | DETERMINER);
    // ("Two said", "Three argued": a number alone, too)
    let lone = unmodified
        && QUANTITIES
            .iter()
            .chain(COUNTED)
            .any(|q| q.eq_ignore_ascii_case(before));
    // ("Of those asked, 43 said": a count in figures after a comma, or
    // opening the sentence; not a year)
    let figures = before.len() <= 3
        && before.bytes().all(|b| b.is_ascii_digit())
        && (i - 1 == frame.lo || frame.comma_at(i - 2));
    let lone = lone || figures;
    // "one said", "another told me": "one" alone before a verb of saying
    // (not "one reported case"; the verb is tested below)
    let one = unmodified
        && ["one", "another"]
            .iter()
            .any(|q| q.eq_ignore_ascii_case(before));
    // "the two said": a number of people after an article
    let counted = i > frame.lo + 1 && COUNTED.contains(&before) && r.is(i - 2, NOUN_MARKER);
    let quantity = lone || counted || one;
    let w = frame.word(i);
    // ("Many believe C", "Some argue that C": a plain form that is never
    // a noun; not in a relative clause with a gap, "who many believe
    // betrayed them")
    let relative = i > frame.lo + 1
        && matches!(
            frame.word(i - 2),
            "who" | "whom" | "which" | "that" | "what"
        );
    // (an object after it makes it a verb, where a noun would follow a
    // modifier: "Some accused Trump of …", "Many fear the plan will
    // fail", "Some view his plan as …", against "some reported cases")
    // (or a phrase of circumstance before "that": "Many thought after
    // 2012 that C")
    let object = r.is(i + 1, ARTICLE | POSSESSIVE | PRONOUN)
        || matches!(frame.word(i + 1), "that" | "to")
        || (r.is_cap(i + 1) && !frame.headline)
        || (r.is(i + 1, PREPOSITION)
            && (i + 2..frame.hi.min(i + 2 + QUANTITY_CIRCUMSTANCE))
                .take_while(|&j| r.is_word_at(j))
                .any(|j| frame.word(j) == "that"));
    let past = is_past_form(w);
    // a plain form after a quantity standing alone, its plural subject
    let plain = lone && !relative && !w.ends_with('s') && !w.ends_with("ing") && !past;
    quantity
        && (matches!(w, "said" | "told" | "wrote")
            || (crate::attribute::frame::always_verb(w) && !relative)
            || ((past || plain) && object))
}

/// Conjunctions and connectives that open a sentence, read as a name by
/// their capital.
const CONNECTIVES: &[&str] = &["But", "And", "Or", "Yet", "So", "Still", "Then"];

/// `X is concerned that C`, `X was critical of Y`, `X remains hopeful
/// that C`: an adjective of stance at `i` after a copula (perhaps with an adverb or
/// two between), its subject the one who holds the view, and what opens
/// after it one of the words the adjective takes.
fn stance(frame: &Frame<'_>, i: usize) -> Option<Candidate> {
    let r = &frame.r;
    if i < frame.lo + 2 || r.is_cap(i) {
        return None;
    }
    let w = frame.word(i);
    let &(_, opens) = STANCE_ADJECTIVES.iter().find(|&&(a, _)| a == w)?;
    let next = frame.word(i + 1);
    if i + 2 >= frame.hi || !opens.contains(&next) {
        return None;
    }
    let mut v = i - 1;
    for _ in 0..STANCE_ADVERBS {
        let w = frame.word(v);
        if v > frame.lo && !is_copula(w) && (r.is_modifier(v) || w.ends_with("ly")) {
            v -= 1;
        }
    }
    if !is_copula(frame.word(v)) {
        return None;
    }
    let speaker = r
        .subject_before(frame.lo, v)
        .or(frame.subject.filter(|s| s.last < v))?;
    // (what a clause or infinitive holds starts at "that" or "to"; an
    // object after its preposition)
    let k = if matches!(next, "that" | "to") {
        i + 1
    } else {
        i + 2
    };
    let clausal = match next {
        "that" => clause::continues(frame, k + 1),
        "to" => clause::infinitive(frame, i, k),
        _ => clause::starts_content(frame, k),
    };
    if !clausal
        || speaker.kind == MentionKind::Pronoun
            && frame.word(speaker.first).eq_ignore_ascii_case("it")
    {
        return None;
    }
    Some(Candidate {
        content: [(k, clause::end(frame, k)), (0, 0)],
        speaker,
        named: true,
        cue: (i, i),
        source: None,
        addressee: None,
        class: CueClass::Thought,
        rule: Rule::ReportedClause,
        confidence: STANCE_ADJECTIVE,
    })
}

/// How many adverbs may stand between a copula and an adjective of
/// stance ("is not always convinced").
const STANCE_ADVERBS: usize = 2;

/// Whether `w` links a subject to an adjective of stance: a form of
/// "be" ([`is_be`], not the gerund "being", which opens a clause inside
/// another report), "'s", or a verb of seeming, remaining or becoming.
fn is_copula(w: &str) -> bool {
    (is_be(w) && w != "being")
        || matches!(
            w,
            "'s" | "’s"
                | "remain"
                | "remains"
                | "remained"
                | "seem"
                | "seems"
                | "seemed"
                | "appear"
                | "appears"
                | "appeared"
                | "feel"
                | "feels"
                | "felt"
                | "grew"
                | "grow"
                | "grows"
                | "became"
                | "become"
                | "becomes"
        )
}

/// `X is concerned that C`: a view the writer states for its holder
/// (the adjectives are those the training split annotates in most of
/// their uses): right, content and holder, 38 times in 46 on the
/// training and development splits.
pub(crate) const STANCE_ADJECTIVE: f32 = 0.8;

/// The most words a phrase of circumstance between a verb after a
/// quantity and its "that" may have ("after the 2012 election").
const QUANTITY_CIRCUMSTANCE: usize = 5;

/// Nouns in "-est" that no superlative is ("the contest shows").
const NOUNS_IN_EST: &[&str] = &[
    "request", "interest", "protest", "contest", "test", "quest", "conquest", "arrest", "guest",
    "rest", "west", "chest", "nest", "forest", "inquest", "manifest", "harvest", "behest",
];

/// Whether a verb of thought or evidence at `i` is used as a verb: not
/// capitalised (outside a headline), not after a determiner ("the
/// expected results", "his support"), and a past or present form, or a
/// plain form where a plain form is a verb ("they believe").
fn used_as_verb(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    if (r.is_cap(i) && !(frame.headline && i > frame.lo)) || frame.graded_adjective(i) {
        return false;
    }
    let mut buf = [0u8; MAX_WORD];
    let w = folded(frame.word(i), &mut buf);
    if i > frame.lo && r.is(i - 1, NOUN_MARKER | DETERMINER) {
        return after_quantity(frame, i) || relative_that(frame, i);
    }
    // ("some of the greatest fear that …", "her best showing": after a
    // superlative and "the" or a possessor, a noun; not a noun in -est,
    // "a request seeking comment", "the contest shows")
    if i > frame.lo + 1
        && frame.word(i - 1).ends_with("est")
        && !NOUNS_IN_EST.contains(&frame.word(i - 1))
        && (frame.word(i - 2).eq_ignore_ascii_case("the") || r.is(i - 2, POSSESSIVE))
    {
        return false;
    }
    // "He scrapped plans to …", "Lazar released notes that …", "her
    // nuanced views": a form in -s right after a past form or a
    // participle is its object or the noun it describes
    if frame.plural_after_past_form(i) {
        return false;
    }
    // "those who fear …": a plain form after a relative pronoun, or after
    // a quantity of people ("Both want", "4 in 10 say", "most agree")
    let relative = i > frame.lo
        && (matches!(frame.word(i - 1), "who" | "which")
            || frame.r.is_number(i - 1)
            || QUANTITIES
                .iter()
                .any(|q| q.eq_ignore_ascii_case(frame.word(i - 1))));
    w.ends_with("ed")
        || w.ends_with("ing")
        || IRREGULAR.contains(&&*w)
        || relative
        || (i > frame.lo && frame.plain_form_is_verb(i, &w))
}

/// Whether "that" before the verb form at `i` is a relative pronoun
/// after a noun ("a study that found …", "polls that show …", "a group
/// that endorsed …"), not a determiner ("that reported case") nor the
/// conjunction after a verb ("said that expected cuts …").
fn relative_that(frame: &Frame<'_>, i: usize) -> bool {
    let r = &frame.r;
    if i < frame.lo + 2 || frame.word(i - 1) != "that" || !r.noun_before(i - 1) {
        return false;
    }
    let w = frame.word(i);
    !frame.is_cue(i - 2)
        && !r.is_number(i - 2)
        && (w.ends_with("ed") || w.ends_with('s') || IRREGULAR.contains(&w))
}

/// Verbs of stance whose object is what they report: whom or what the
/// speaker stands with or against ("endorsed Trump last week").
const STANCE: &[&str] = &[
    "endorse",
    "endorses",
    "endorsed",
    "endorsing",
    "support",
    "supports",
    "supported",
    "supporting",
    "oppose",
    "opposes",
    "opposed",
    "opposing",
    "back",
    "backs",
    "backed",
    "backing",
    "favor",
    "favors",
    "favored",
    "favoring",
];

/// Verbs of praise and blame in the past, whose object is whom they
/// judge: after a comma they go on with a series of the subject's acts
/// ("Lee condemned the attack, accused the police of …"), never open an
/// inverted reporting clause.
const ACCUSING: &[&str] = &[
    "accused",
    "attacked",
    "berated",
    "blamed",
    "chided",
    "condemned",
    "criticized",
    "criticised",
    "denounced",
    "faulted",
    "lambasted",
    "mocked",
    "praised",
    "rebuked",
    "scolded",
    "slammed",
    "thanked",
    "urged",
];

/// The end of the content of a verb of stance at `c` whose object, a noun
/// phrase from `k`, is its content ("endorsed Trump last week and …" reports
/// "Trump"); `None` where what follows is no object.
fn stance_object(frame: &Frame<'_>, c: usize, k: usize) -> Option<usize> {
    if !STANCE.iter().any(|v| v.eq_ignore_ascii_case(frame.word(c))) {
        return None;
    }
    let np = if k < frame.hi && OBJECT_PRONOUNS.contains(&frame.word(k)) {
        Np::pronoun(k)
    } else {
        frame.r.phrase_starting_at(k, frame.hi)?
    };
    let mut np = frame.r.list_after(head_after_name(frame, np), frame.hi);
    // ("endorsed the secretary of state's bid": a possessive goes on with
    // the noun it determines)
    if let Some(owned) = possessed(frame, &np) {
        np.last = owned;
    }
    // ("supports nurses, teachers and farmers": a list of nouns too)
    if let Some(last) = (!np.coordinated)
        .then(|| object_list_end(frame, np.last))
        .flatten()
    {
        np.last = last;
    }
    // a phrase followed by a verb of its own is a clause's subject; not
    // after a participle on the noun before it, whose object ends before
    // the sentence's own verb ("Democrats supporting Clinton said …")
    let v = np.last + 1;
    let clause = frame.r.is_word_at(v)
        && !frame.r.is_cap(v)
        && (clause::is_auxiliary(frame.word(v)) || looks_finite(frame.word(v)));
    if clause && !on_noun_before(frame, c) {
        return None;
    }
    // "supports a path to citizenship", "backed a bill to tighten
    // checks": a noun's infinitive belongs to the object
    let infinitive = frame.word(v) == "to"
        && matches!(np.kind, MentionKind::Description)
        && frame.r.is_word_at(v + 1)
        && !frame.r.is_cap(v + 1);
    if !infinitive {
        return Some(
            for_office(frame, v)
                .or_else(|| relative_on_object(frame, &np))
                .unwrap_or(v),
        );
    }
    let end = clause::end(frame, v);
    Some((v..end).find(|&j| frame.comma_at(j)).unwrap_or(end))
}

/// The last token of the noun phrase a possessive clitic right after
/// `np` determines ("the state's plan", "the secretary of state's bid"),
/// where the phrase reader stopped before the clitic.
fn possessed(frame: &Frame<'_>, np: &Np) -> Option<usize> {
    let r = &frame.r;
    let clitic = np.last + 1;
    if clitic >= frame.hi || r.toks[clitic].kind != Kind::Clitic || !is_s_clitic(frame.word(clitic))
    {
        return None;
    }
    // (its adjectives and nouns, up to a function word or a verb)
    let last = (clitic + 1..frame.hi)
        .take_while(|&j| {
            r.is_word_at(j)
                && !r.is(j, STOP | PREPOSITION | DETERMINER | PRONOUN)
                && !frame.is_cue(j)
                && !looks_finite(frame.word(j))
        })
        .last()?;
    Some(last)
}

/// Whether the participle in -ing at `c` modifies the noun right before
/// it ("Democrats supporting Clinton", "voters backing the plan"), as a
/// relative clause would.
fn on_noun_before(frame: &Frame<'_>, c: usize) -> bool {
    frame.word(c).ends_with("ing") && c > frame.lo && frame.r.noun_before(c)
}

/// How many tokens a relative clause on a stance verb's object is read
/// over for the punctuation that closes it.
const OBJECT_RELATIVE_REACH: usize = 20;

/// "supports a ban on workers who are not citizens": a relative clause
/// with no comma before it, right after a described object, restricts
/// the object and belongs to it, up to the punctuation that closes it
/// within reach; the token after it, else `None`.
fn relative_on_object(frame: &Frame<'_>, np: &Np) -> Option<usize> {
    let r = &frame.r;
    let v = np.last + 1;
    // (a quotation that opens with the relative pronoun is the speaker's
    // own description of the object: "endorsed eight candidates “who
    // embody the spirit of our revolution”")
    if np.kind == MentionKind::Description && v < frame.hi && r.toks[v].quote().is_some() {
        let first = frame
            .quote_body(v)
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        return matches!(first, "who" | "which" | "that").then_some(v + 1);
    }
    if np.kind != MentionKind::Description
        || !matches!(frame.word(v), "who" | "which" | "that")
        || !r.is_word_at(v + 1)
        || r.is_cap(v + 1)
    {
        return None;
    }
    let reach = frame.hi.min(v + OBJECT_RELATIVE_REACH);
    (v + 1..=reach)
        .find(|&j| j >= frame.hi || !(r.is_word_at(j) || r.toks[j].kind == Kind::Clitic))
        .filter(|&j| j >= frame.hi || !r.toks[j].is_dash() && r.toks[j].quote().is_none())
}

/// How many tokens a list of nouns after an object is read over.
const OBJECT_LIST_REACH: usize = 16;

/// The last token of a list of nouns whose first item ends at `last`:
/// items set off by commas, the last after "and" or "or" ("nurses,
/// teachers and farmers", "workers in New York, Los Angeles and
/// Seattle"), with no verb, participle or relative pronoun among them
/// (not "…, he said", nor "…, and Lee endorsed Kim": a second item before
/// the conjunction is needed).
fn object_list_end(frame: &Frame<'_>, last: usize) -> Option<usize> {
    let r = &frame.r;
    let comma = last + 1;
    if !(frame.comma_at(comma) && r.toks[comma].quote().is_none() && r.is_word_at(comma + 1)) {
        return None;
    }
    let plain = |i: usize| {
        let w = frame.word(i);
        r.is_word_at(i)
            && !clause::is_auxiliary(w)
            && !(!r.is_cap(i) && (is_past_form(w) || w.ends_with("ing")))
            && !r.relative(i)
            && !r.is(i, PRONOUN | SUBORDINATOR)
            && !matches!(
                w,
                "whom" | "whose" | "what" | "whether" | "where" | "how" | "why"
            )
    };
    let hi = frame.hi.min(comma + OBJECT_LIST_REACH);
    let mut i = comma + 1;
    while i < hi {
        if matches!(frame.word(i), "and" | "or") && i > comma + 1 {
            let end = (i + 1..hi).take_while(|&j| plain(j)).last()?;
            return Some(end);
        }
        if !(plain(i) || (frame.comma_at(i) && r.toks[i].quote().is_none())) {
            return None;
        }
        i += 1;
    }
    None
}

/// "endorsed Cruz for president", "backed Paul for the presidency": the
/// office a speaker backs someone for belongs to the object; the token
/// after it, where "for" at `v` names one.
fn for_office(frame: &Frame<'_>, v: usize) -> Option<usize> {
    if frame.word(v) != "for" {
        return None;
    }
    // (past an article and a party: "for the Republican nomination")
    let office = (v + 1..frame.hi.min(v + 4))
        .take_while(|&i| frame.r.is_word_at(i))
        .find(|&i| {
            let mut buf = [0u8; MAX_WORD];
            OFFICES.contains(&&*folded(frame.word(i), &mut buf))
        })?;
    let between_ok = (v + 1..office).all(|i| {
        frame.r.is(i, ARTICLE | POSSESSIVE) || frame.r.is_cap(i) || frame.word(i) == "second"
    });
    between_ok.then_some(office + 1)
}

/// Offices a candidate runs for.
const OFFICES: &[&str] = &[
    "president",
    "presidency",
    "nomination",
    "re-election",
    "reelection",
    "governor",
    "mayor",
    "senate",
    "congress",
    "term",
];

/// "a larger US military role", "a Democratic bill authorizing checks":
/// a phrase read up to a name or a party's adjective that modifies the
/// common nouns after it runs on to the last of them, and over a
/// participle with its object after that.
fn head_after_name(frame: &Frame<'_>, np: Np) -> Np {
    let r = &frame.r;
    if np.kind == MentionKind::Pronoun || np.coordinated || !r.is_cap(np.last) {
        return np;
    }
    // (a word of a plain noun phrase, no number and no verb in any form:
    // a common noun or adjective)
    let noun = |i: usize| {
        let w = frame.word(i);
        i < frame.hi
            && r.plain_phrase_word(i)
            && !r.is_number(i)
            && !clause::is_auxiliary(w)
            && !looks_finite(w)
            && !w.ends_with("ing")
            && !w.ends_with("ly")
            && !matches!(w, "and" | "or" | "but" | "to" | "than")
    };
    let run = |from: usize| {
        let mut last = from;
        while noun(last + 1) && last + 1 - from < HEAD_NOUNS {
            last += 1;
        }
        last
    };
    if !noun(np.last + 1) {
        return np;
    }
    let mut last = run(np.last + 1);
    // (a participle after the noun, with its object: "a bill authorizing
    // broader checks", "a plan offering the states aid")
    let ing = last + 1;
    if ing < frame.hi && r.is_word_at(ing) && !r.is_cap(ing) && frame.word(ing).ends_with("ing") {
        let from = ing + 1 + usize::from(r.is(ing + 1, ARTICLE | DETERMINER));
        if noun(from) {
            last = run(from);
        }
    }
    let mut head = np;
    head.last = last;
    head.kind = MentionKind::Description;
    head.name = None;
    head
}

/// The most common nouns a name may modify before its phrase's head
/// ("US military aid package").
const HEAD_NOUNS: usize = 3;

/// The report of the verb at `c`: its content after it, or around a
/// reporting clause that closes or interrupts the sentence.
fn verb(
    frame: &Frame<'_>,
    c: usize,
    class: CueClass,
    previous: Option<Np>,
    spoke: &mut Option<Np>,
) -> Option<Candidate> {
    let w = frame.word(c);
    // "is expected to", "was found": a passive names no speaker; "urged
    // Congress to consider": an infinitive is not reported
    let participle = w.ends_with("ed") || IRREGULAR.contains(&w) || matches!(w, "said" | "told");
    if participle && (frame.after_be(c) || appositive_passive(frame, c).is_some()) {
        return passive(frame, c, class);
    }
    // "Asked by a reporter whether he would run, Kim said …": the asker
    // after "by" puts the question
    if let Some(found) = asked_by(frame, c, class) {
        return Some(found);
    }
    // "Asked whether he would run, Kim said …": the question, unnamed
    if asked_unnamed(frame, c) {
        return unnamed(frame, c, c + 1, class);
    }
    // ("The spokesman, asked for comment, said": no question is reported)
    if asked_aside(frame, c) {
        return None;
    }
    // ("Please know that …", "but please understand that …": an
    // imperative to the reader has no speaker in the text)
    if c > frame.lo && frame.word(c - 1).eq_ignore_ascii_case("please") {
        return None;
    }
    // "went on to say", "continued to insist": the infinitive after a
    // verb of aspect reports for that verb's subject; any other ("urged
    // Congress to consider", "refused to say") reports nothing
    // ("In addition to saying": a gerund after a preposition)
    let (aspect, controller) = infinitive_of(frame, c)?;
    if (participle && modifies_noun(frame, c))
        || warning_noun(frame, c)
        || addressed_modifier(frame, c)
        || unreported_naming(frame, c)
    {
        return None;
    }
    // ("Lee said, laughing, that C": the participle between commas right
    // after the cue is its aside, and C the cue's)
    if reads_no_report(frame, c)
        || (clause::manner_aside(frame, c) && c > frame.lo + 1 && frame.is_cue(c - 2))
    {
        return None;
    }
    let last = clause::cue_end(frame, c);
    if aspect.is_none() && controller.is_none() {
        if let Some(found) = gap(frame, c, last, class) {
            *spoke = Some(found.speaker);
            return Some(found);
        }
    }
    if reduced_passive(frame, c, last, participle)
        || (c == last && clause::noun_before_verb(frame, c))
    {
        return None;
    }
    let quoted = quoted_as(frame, c);
    let (speaker, inverted) = match (quoted, aspect, controller) {
        // (the one quoted, or the infinitive's controller)
        (Some((np, _)), _, _) | (None, None, Some(np)) => (np, false),
        (None, Some(a), _) => (frame.r.subject_before(frame.lo, a)?, false),
        (None, None, None) => {
            speaker_of(frame, c, last, previous).map(|(s, i)| (with_no(frame, s), i))?
        }
    };
    // ("There are plans to …", "There was hope for …": the "there" of
    // existence is no one, and the noun after its verb no cue)
    if speaker.first == speaker.last && frame.word(speaker.first).eq_ignore_ascii_case("there") {
        return None;
    }
    let (speaker, named) = named_speaker(frame, speaker, c);
    *spoke = Some(speaker);
    let class = class_of(frame, &speaker, class);
    let mut found = Candidate {
        content: [(0, 0); 2],
        speaker,
        named,
        cue: (c, last),
        source: quoted.and_then(|(_, source)| source),
        addressee: None,
        class,
        rule: Rule::ReportedClause,
        confidence: if controller.is_some() {
            INFINITIVE_REPORT
        } else {
            REPORTED_CLAUSE
        },
    };
    if !inverted && content_after(frame, last, &mut found) {
        return Some(found);
    }
    let (open, speaker) = closing_clause_open(frame, c, speaker, inverted)?;
    // ("…, said Karen Hill, a nurse who voted in Allentown": a verb in a
    // relative clause closes no report)
    if frame.r.relative(speaker.last) && speaker.last > speaker.first {
        return None;
    }
    let close = clause_close(frame, c, last, inverted.then_some(&speaker));
    around(frame, open, close, c).map(|(content, rule, confidence)| Candidate {
        content,
        speaker,
        named: true,
        rule,
        confidence,
        ..found
    })
}

/// "A draft approved Saturday would move …", "The plan rejected on Monday
/// was similar …": a past form right after a common noun (perhaps past an
/// adverb in "-ly"), with a finite auxiliary or form of "be" after it
/// (past a time) or "as" and what the noun was called ("a bill criticized
/// as anti-gay", "names widely mentioned as nominees"), is a passive
/// clause on the noun without its relative pronoun. The auxiliary is the
/// sentence's verb, and the noun, what was approved or rejected, is no
/// speaker. A plain form before the auxiliary is a noun of the phrase
/// ("how the weapons report will influence …"). (Not "said" or "told",
/// whose content may open with its subject: "Officials said Monday was the
/// deadline"; nor a subject's verb in a clause on a noun before it, "a
/// move critics warned could fuel fraud", which [`contact_gap`] reads
/// first.)
fn reduced_passive(frame: &Frame<'_>, c: usize, last: usize, participle: bool) -> bool {
    let r = &frame.r;
    if c <= frame.lo + 1 || frame.word(c).ends_with("ing") {
        return false;
    }
    // (the noun, past an adverb of manner: "names prominently mentioned")
    let n = if participle && frame.word(c - 1).ends_with("ly") && !r.is_cap(c - 1) {
        c - 2
    } else {
        c - 1
    };
    if matches!(frame.word(c), "said" | "told")
        || !common_noun(frame, n)
        || r.is_modifier(n)
        || frame.word(n).ends_with("ly")
        // (a noun of speakers speaks: "the critics denounced as unfair
        // what …")
        || r.is(n, SPEAKER)
    {
        return false;
    }
    // (not the subject of a clause whose own object is the gap: "what
    // advocates estimated were 100,000 adoptees")
    let opener = r
        .subject_before(frame.lo, n + 1)
        .map_or(n, |np| np.first)
        .checked_sub(1)
        .filter(|&p| p >= frame.lo);
    if opener.is_some_and(|p| {
        r.relative(p) || matches!(frame.word(p), "what" | "whatever" | "that" | "which")
    }) {
        return false;
    }
    // ("a bill criticized as anti-gay": what the noun was called, after
    // "as")
    // (before a quotation, an indefinite article or a word in lower case
    // that opens no clause: not "tweeted as Obama spoke", "as the crowd
    // cheered", "as well"; nor after a verb of a clause before, "Everyone
    // I interviewed criticized as …")
    if participle && frame.word(last + 1) == "as" && !is_past_form(frame.word(n)) {
        let k = last + 2;
        let called = k < frame.hi
            && (r.toks[k].quote().is_some()
                || (r.is_word_at(k)
                    && !r.is_cap(k)
                    && (matches!(frame.word(k), "a" | "an")
                        || !(r.is(k, STOP) || clause::opens_clause(frame, k)))));
        if called && !matches!(frame.word(k), "well" | "soon" | "long" | "much" | "many") {
            return true;
        }
    }
    // (past the time, which reads auxiliaries as words between a subject
    // and its verb)
    let end = clause::time_after(frame, last + 1).min(frame.hi.saturating_sub(1));
    (last + 1..=end)
        .find(|&k| !r.is_word_at(k) || is_finite_auxiliary(frame.word(k)))
        .is_some_and(|k| r.is_word_at(k) && !r.is_cap(k))
}

/// The content of `found`'s verb after its cue (ending at `last`), and
/// the one it addresses: whether a clause, infinitive or object opens
/// there.
fn content_after(frame: &Frame<'_>, last: usize, found: &mut Candidate) -> bool {
    let (c, class, speaker) = (found.cue.0, found.class, found.speaker);
    let (addressee, k) = clause::addressee(frame, c, last + 1);
    found.addressee = addressee;
    // ("asked Kasich, who is fourth in the count, to lay out …": past an
    // aside on the one addressed to the infinitive)
    let k = if addressee.is_some() && frame.comma_at(k) {
        aside_before_infinitive(frame, k).unwrap_or(k)
    } else {
        k
    };
    // (an infinitive after the person addressed is the content, with
    // any "that" inside it: "urged Lee to accept the fact that …")
    let k = if (addressee.is_some() && frame.word(k) == "to") || bare_infinitive(frame, c, k) {
        k
    } else {
        clause::content_start(frame, k)
    };
    let k = after_comma(frame, c, class, &speaker, k);
    let k = purpose_of_saying(frame, c, k).unwrap_or(k);
    let clausal = clause::infinitive(frame, c, k)
        || clause::opens_clause(frame, k)
        || fronted_phrase(frame, k);
    // ("tweeted as Obama spoke", "told me as he left": "as" and a
    // clause with a pronoun or name for its subject is a time; not "as
    // many as …", "declared it as the first monument dedicated to …")
    let as_clause = frame.word(k) == "as"
        && (subject_pronoun(frame.word(k + 1))
            || (frame.r.is_cap(k + 1) && !frame.r.is(k + 1, DETERMINER | ARTICLE)))
        && clause::own_clause(frame, k + 1);
    // (a verb that reports only a clause takes one without "that"
    // too: "thought the term would be different")
    let object = clause::starts_content(frame, k)
        && !as_clause
        && !(last == c && phoned(frame, c, k))
        && (!needs_clause(frame, c, &speaker)
            || clause::bare_clause(frame, k)
            || small_clause(frame, k))
        && worded(frame, k)
        && !amount_object(frame, c, k);
    if (clausal || object) && content_follows(frame, class, &speaker, c, k) {
        let start = infinitive_start(frame, c, last, addressee, k);
        found.content[0] = (start, content_end(frame, c, k, class, clausal));
        return true;
    }
    false
}

/// Whether an infinitive opens right after the cue at `c`, at `k`: the
/// content, with any "that" of a relative clause inside it ("sought to
/// build a system that works"); not "to" before a plural or a noun of
/// people or bodies, whom it addresses ("explained to voters that",
/// "complained to police that").
fn bare_infinitive(frame: &Frame<'_>, c: usize, k: usize) -> bool {
    clause::infinitive(frame, c, k)
        && !frame.plural_word_at(k + 1)
        && !frame.r.is(k + 1, SPEAKER | ORG)
}

/// Verbs of writing, calling or sending whose purpose an infinitive of
/// saying gives ("wrote to say", "emailed reporters to say").
const SENDING: &[&str] = &[
    "wrote",
    "writes",
    "write",
    "emailed",
    "e-mailed",
    "called",
    "phoned",
    "texted",
    "messaged",
    "posted",
    "tweeted",
    "returned",
    "replied",
    "responded",
];

/// Infinitives of saying that give a verb of [`SENDING`] its purpose.
const SAYING_PURPOSE: &[&str] = &[
    "say", "add", "announce", "note", "explain", "confirm", "deny", "clarify", "insist", "stress",
    "report", "complain", "warn", "argue",
];

/// "Lee wrote to say C", "emailed after the meeting to say that C",
/// "called Tuesday to say C": after a verb of [`SENDING`] at `c`, an
/// infinitive of saying within a few words of circumstance (no verb and
/// no punctuation among them) gives the verb's purpose, and the content
/// starts after it. Not "called on residents to say no", an appeal.
fn purpose_of_saying(frame: &Frame<'_>, c: usize, k: usize) -> Option<usize> {
    let r = &frame.r;
    if !SENDING.contains(&frame.word(c)) || matches!(frame.word(c + 1), "on" | "upon") {
        return None;
    }
    let to = (k..frame.hi.min(k + PURPOSE_REACH))
        .take_while(|&j| r.is_word_at(j))
        .find(|&j| frame.word(j) == "to" && SAYING_PURPOSE.contains(&frame.word(j + 1)))?;
    let verb_between = (k..to).any(|j| {
        let w = frame.word(j);
        !r.is_cap(j) && (clause::is_auxiliary(w) || r.relative(j) || is_past_form(w))
    });
    let start = clause::content_start(frame, to + 2);
    (!verb_between && clause::starts_content(frame, start)).then_some(start)
}

/// "20 pledged delegates", "the expected results": whether the participle
/// at `c`, after a number or determiner, modifies the noun after it (not
/// "four in 10 said", a share of people as its subject).
fn modifies_noun(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    let share = c > frame.lo + 1 && frame.word(c - 2) == "in";
    // "The agency ignored repeated warnings": after a noun's own past
    // verb, a past form before a bare noun modifies it (not "those
    // surveyed reported", a determiner's reduced relative)
    let next = frame.word(c + 1);
    // (a bare noun after the participle, which it may modify)
    let bare_noun_next = || {
        c + 1 < frame.hi
            && r.is_word_at(c + 1)
            && !r.is_cap(c + 1)
            && !r.is(c + 1, DETERMINER | PREPOSITION | SUBORDINATOR | PRONOUN)
            && !matches!(next, "that" | "as" | "to" | "by")
    };
    let after_verb = c > frame.lo
        && frame.word(c).ends_with("ed")
        && r.past_after_noun(c - 1)
        && bare_noun_next();
    // "Clinton's supposed divisiveness": a participle of doubt between a
    // possessive and a bare noun modifies the noun (not "Lee's supposed
    // to go", where "'s" is "is"; nor "he's claimed victory", where it is
    // "has", which is why other participles are left alone)
    let possessed = c > frame.lo
        && r.toks[c - 1].kind == Kind::Clitic
        && matches!(
            frame.word(c),
            "supposed" | "alleged" | "purported" | "professed" | "avowed"
        )
        && c + 1 < frame.hi
        && r.is_word_at(c + 1)
        && !r.is_cap(c + 1)
        && !r.is(c + 1, DETERMINER | PREPOSITION | SUBORDINATOR | PRONOUN)
        && !matches!(next, "that" | "to" | "by");
    after_verb
        || possessed
        || c > frame.lo
            // (a number closing a name is no count: "Workers at Local
            // 1199 said"; nor is a date: "The agency on March 3 said"; and
            // a count's participle modifies only a bare noun after it:
            // "Some 20 pledged to fight" reports)
            && ((r.is_number(c - 1)
                && !r.is_numbered(c - 1)
                && !date_number(frame, c - 1)
                && bare_noun_next())
                // (not "the other", which names one of two: "The other
                // said investigators …")
                || (r.is(c - 1, DETERMINER) && frame.word(c - 1) != "other"))
            && !share
            && !after_quantity(frame, c)
}

/// Whether the speech act "named", "nominated" or "listed" at `c`
/// reports nothing: after a relative pronoun (below), or "named" after a
/// common noun before a capitalised name, which it gives the noun ("a
/// worker named Antonio Arroyo"; not "The FBI named Cleveland", "Obama
/// named her").
fn unreported_naming(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    let w = frame.word(c);
    if !matches!(w, "named" | "nominated" | "listed") || c == frame.lo || !r.is_word_at(c - 1) {
        return false;
    }
    // (a relative clause's object may run on into the sentence's verb
    // unmarked, "those who named a candidate said …", "the party that
    // nominated Lee is …"; past adverbs, "that originally listed")
    let b = frame.before_modifiers(c, frame.lo);
    (b > frame.lo && (r.relative(b - 1) || matches!(frame.word(b - 1), "that" | "who" | "which")))
        || (w == "named"
            && !r.is_cap(c - 1)
            && !r.is(c - 1, PRONOUN)
            && !r.is_modifier(c - 1)
            && c + 1 < frame.hi
            && r.is_cap(c + 1))
}

/// How many words may stand between an article and a noun in "-ing"
/// ([`warning_noun`]): "a severe heatwave warning".
const ING_NOUN_WORDS: usize = 3;

/// Words in "-ing" that are as often nouns, after an article ("a flood
/// warning", "a strong showing"); a participle after a noun is as often
/// a reduced relative ("the campaign asking for").
const ING_NOUNS: &[&str] = &[
    "warning", "showing", "ruling", "hearing", "briefing", "filing",
];

/// "issued a flood warning for the county", "a severe heatwave warning
/// for the Central West": whether the word in "-ing" at `c` is a noun
/// ([`ING_NOUNS`]), after an article and words in lower case that are no
/// verb, before "for" and the place or people it covers (not "warning
/// that", "warning of", nor a participle without an article before it,
/// "officials warning for weeks").
fn warning_noun(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    if !ING_NOUNS.contains(&frame.word(c)) || frame.word(c + 1) != "for" || c <= frame.lo + 1 {
        return false;
    }
    let floor = c.saturating_sub(ING_NOUN_WORDS + 1).max(frame.lo);
    (floor..c)
        .rev()
        .find(|&k| r.is(k, ARTICLE))
        .is_some_and(|a| {
            (a + 1..c).all(|k| {
                r.is_word_at(k)
                    && !r.is_cap(k)
                    && !r.is(k, VERB | PRONOUN | PREPOSITION | SUBORDINATOR)
                    && !clause::is_auxiliary(frame.word(k))
                    && !is_past_form(frame.word(k))
            })
        })
}

/// "told cheering supporters": whether the participle at `c`, right after
/// a verb of addressing, modifies the noun of people after it
/// ([`clause::participle_before_people`]).
fn addressed_modifier(frame: &Frame<'_>, c: usize) -> bool {
    c > frame.lo
        && crate::attribute::frame::is_addressing(frame.word(c - 1))
        && clause::participle_before_people(frame, c)
}

/// Whether the number at `k` is part of a date: a day or year after a
/// month ("March 3", "June 2012", "Jan. 5") or a year after a preposition
/// ("in 2012").
fn date_number(frame: &Frame<'_>, k: usize) -> bool {
    let w = frame.word(k);
    if k == frame.lo {
        return false;
    }
    let year = is_year(w) && (w.starts_with("19") || w.starts_with("20"));
    (w.len() <= 2 || year)
        && (frame.r.month_before(k).is_some_and(|m| m >= frame.lo)
            || (year && frame.r.is(k - 1, PREPOSITION)))
}

/// Nouns whose "that" opens their content rather than a relative clause
/// ("the fact that", "the idea that"), besides the nouns of speech.
const CONTENT_NOUNS: &[&str] = &[
    "fact",
    "idea",
    "notion",
    "news",
    "belief",
    "hope",
    "fear",
    "view",
    "sense",
    "possibility",
    "point",
    "position",
    "sentiment",
];

/// Whether token `after` closes the sentence part that starts at `start`:
/// the end, a full stop or semicolon, or the closing parenthesis of an
/// aside that `start` opens ("(it cost $2 billion, officials said)").
fn closes_sentence(frame: &Frame<'_>, start: usize, after: usize) -> bool {
    let toks = &frame.r.toks;
    let aside = start > frame.lo && toks[start - 1].is_punct('(');
    after >= frame.hi
        || matches!(toks[after].kind, Kind::Punct('.' | '!' | '?' | ';'))
        || (aside && toks[after].is_punct(')'))
        // "C, the budget office reported Tuesday -- a development that
        // …": a dash after the reporting clause opens the writer's aside
        || (toks[after].is_dash() && !(start..after).any(|i| toks[i].is_dash()))
}

/// "a law which the OECD says is the strictest", "an event that Lee says
/// changed her", "the hackers, who officials say are tied to Moscow,": a
/// verb of saying inside a relative clause whose own subject comes before
/// it, and whose content's subject is the relative pronoun (its verb
/// follows the cue at once). The content is the pronoun and the clause
/// after the cue, to the comma that closes a relative clause set off by
/// commas.
fn relative_gap(frame: &Frame<'_>, c: usize, last: usize, class: CueClass) -> Option<Candidate> {
    let r = &frame.r;
    let k = last + 1;
    // (not a function word in -s: "that Lee announced his return", "which
    // he views as part of")
    let gap = k < frame.hi && r.is_word_at(k) && !r.is_cap(k) && {
        let w = frame.word(k);
        is_finite_auxiliary(w)
            || (looks_finite(w)
                && !r.is(
                    k,
                    PREPOSITION | SUBORDINATOR | PRONOUN | DETERMINER | POSSESSIVE,
                ))
    };
    if !gap {
        return None;
    }
    let p = frame.relative_before(c)?;
    // (nor after a preposition, which the pronoun is the object of: "a
    // speech in which she said judges should …")
    if !(r.is_word_at(p - 1) || frame.comma_at(p - 1)) || r.is(p - 1, PREPOSITION) {
        return None;
    }
    // ("the claim that thousands cheered was false": after a noun of
    // speech or content, "that" opens its complement, no relative clause)
    if frame.word(p) == "that"
        && (r.is(p - 1, SPEECH_NOUN | DOCUMENT) || CONTENT_NOUNS.contains(&frame.word(p - 1)))
    {
        return None;
    }
    let speaker = r.phrase_starting_at(p + 1, c)?;
    if speaker.kind == MentionKind::Pronoun && frame.word(p + 1) == "it" {
        return None;
    }
    let end = clause::gap_end(frame, k);
    let end = if frame.comma_at(p - 1) {
        (k..end).find(|&j| frame.comma_at(j)).unwrap_or(end)
    } else {
        end
    };
    Some(gap_report(
        frame,
        [(p, p + 1), (k, end)],
        speaker,
        (c, last),
        class,
    ))
}

/// The report of a relative clause whose object or subject stands apart
/// from its verb: [`naming_gap`], [`relative_gap`], [`contact_gap`],
/// [`resumptive_gap`].
fn gap(frame: &Frame<'_>, c: usize, last: usize, class: CueClass) -> Option<Candidate> {
    naming_gap(frame, c, last, class)
        .or_else(|| relative_gap(frame, c, last, class))
        .or_else(|| contact_gap(frame, c, last, class))
        .or_else(|| resumptive_gap(frame, c, last, class))
        .or_else(|| resumptive_agent(frame, c, last, class))
        .or_else(|| object_gap(frame, c, last, class))
}

/// "Sanders's victory, which Clinton conceded when polls closed, …",
/// "the charge, which Lee denied, …": a relative clause set off by a
/// comma whose pronoun is the object of its verb of speech, nothing
/// after the verb but a comma or the sentence's end, a conjunction or a
/// conjunction of time or cause. The pronoun is the content; the
/// relative clause's subject speaks.
fn object_gap(frame: &Frame<'_>, c: usize, last: usize, class: CueClass) -> Option<Candidate> {
    let r = &frame.r;
    let k = last + 1;
    // (an aside in parentheses may come before what the verb takes:
    // "which she thought (foolishly) that only she …")
    let empty = k >= frame.hi
        || matches!(
            r.toks[k].kind,
            Kind::Punct(',' | '.' | ';' | '!' | '?' | ')')
        )
        || matches!(
            frame.word(k),
            "and" | "but" | "when" | "as" | "because" | "after" | "before" | "while"
        );
    // (a verb of saying takes the clause the pronoun opens: "which Lee
    // said would fail"; the object of a verb of thought or stance is as
    // often only what the writer says they hold, "a reform, which Obama
    // championed", annotated in one training use of three)
    if !empty || says(frame.word(c)) || class != CueClass::Speech {
        return None;
    }
    let p = frame.relative_before(c)?;
    // (set off by a comma: a restrictive clause's "that" names a kind of
    // thing more than what was said, "the services that Lee demanded")
    if !matches!(frame.word(p), "which" | "whom") || !frame.comma_at(p - 1) {
        return None;
    }
    let speaker = r.phrase_starting_at(p + 1, c)?;
    // (not "it", which a relative clause's subject seldom is a speaker)
    if speaker.kind == MentionKind::Pronoun && frame.word(p + 1) == "it" {
        return None;
    }
    Some(gap_report(
        frame,
        [(p, p + 1), (0, 0)],
        speaker,
        (c, last),
        class,
    ))
}

/// How many adjectives may stand between "a" and the noun that sums up a
/// clause before a participle ([`resumptive_agent`]).
const SUMMING_ADJECTIVES: usize = 2;

/// "C, a practice criticized by civil rights groups", "C, a move opposed
/// by most voters": a noun after "a" or "an" (and an adjective or two)
/// set off by a comma sums up the clause before it, and the participle
/// right after it, with its agent after "by", reports it: the noun is the
/// content, the agent speaks.
fn resumptive_agent(
    frame: &Frame<'_>,
    c: usize,
    last: usize,
    class: CueClass,
) -> Option<Candidate> {
    let r = &frame.r;
    let w = frame.word(c);
    // (a verb of speech or stance, as for a passive's subject:
    // [`passive_object`])
    if c != last
        || !(w.ends_with("ed") || IRREGULAR.contains(&w))
        || (class != CueClass::Speech && !STANCE.contains(&w))
        || frame.word(c + 1) != "by"
        || c < frame.lo + 3
        || !common_noun(frame, c - 1)
    {
        return None;
    }
    let article = (c.saturating_sub(2 + SUMMING_ADJECTIVES).max(frame.lo + 1)..c - 1)
        .find(|&a| matches!(frame.word(a), "a" | "an"))?;
    if !frame.comma_at(article - 1) || !modifiers_only(frame, article + 1, c - 1) {
        return None;
    }
    // (all the agents: "by Miller and some civil rights advocates")
    let agent = r.list_after(r.phrase_starting_at(c + 2, frame.hi)?, frame.hi);
    Some(agent_report(frame, (article, c), agent, c, class))
}

/// How many words a noun phrase that a relative clause without its
/// pronoun describes may have ("a sweeping new plan").
const CONTACT_NOUN: usize = 5;

/// "a plan officials said would cost $2 billion", "a move critics warned
/// could fuel fraud", "a decision the mayor said was overdue": a relative
/// clause without its pronoun, whose verb of saying an auxiliary or modal
/// follows at once, the verb of the noun before the clause's subject. The
/// content is that noun's phrase (from its article) and the clause after
/// the cue; the clause's subject speaks.
fn contact_gap(frame: &Frame<'_>, c: usize, last: usize, class: CueClass) -> Option<Candidate> {
    let r = &frame.r;
    let k = last + 1;
    if !(k < frame.hi && r.is_word_at(k) && is_finite_auxiliary(frame.word(k))) {
        return None;
    }
    let np = r.subject_before(frame.lo, c)?;
    // the noun's phrase ends before the subject ("a decision the mayor"),
    // or the grammar read the two as one ("a move critics", "a bill
    // experts"): the subject is then the phrase after the noun
    let (noun, speaker) = if np.first > frame.lo && common_noun(frame, np.first - 1) {
        (np.first - 1, np)
    } else {
        (np.first + 1..np.last).find_map(|h| {
            let sub = r.phrase_starting_at(h + 1, c)?;
            (common_noun(frame, h) && sub.last == np.last && r.is(np.first, ARTICLE))
                .then_some((h, sub))
        })?
    };
    let floor = noun.saturating_sub(CONTACT_NOUN).max(frame.lo);
    let article = (floor..noun)
        .rev()
        // (capitalised only as the clause's first word: "A move critics
        // warned could …")
        .take_while(|&a| {
            r.is_word_at(a)
                && (!r.is_cap(a) || (a == frame.lo && r.is(a, ARTICLE)))
                && !r.is(a, PREPOSITION | VERB)
        })
        .find(|&a| r.is(a, ARTICLE))?;
    if (article + 1..noun).any(|a| r.is(a, STOP)) {
        return None;
    }
    Some(gap_report(
        frame,
        [(article, noun + 1), (k, clause::gap_end(frame, k))],
        speaker,
        (c, last),
        class,
    ))
}

/// Whether token `h` is a common noun that may head a phrase: a word in
/// lower case that is no function word.
fn common_noun(frame: &Frame<'_>, h: usize) -> bool {
    frame.r.is_word_at(h) && !frame.r.is_cap(h) && !frame.r.is(h, STOP)
}

/// How many tokens a noun that sums up a clause, and the relative clause
/// on it, may take before the verb ("a charge that the state's Republican
/// leaders strongly denied").
const RESUMPTIVE_REACH: usize = 12;

/// "C, a charge that Colorado's leaders denied", "C, a point Lee also
/// acknowledged to reporters": a noun of speech or content after a comma
/// sums up the clause before it, and the relative clause on it reports
/// it. The verb's object is the noun, which is the content; its subject
/// speaks. The verb takes nothing after it but a phrase with a
/// preposition.
fn resumptive_gap(frame: &Frame<'_>, c: usize, last: usize, class: CueClass) -> Option<Candidate> {
    let r = &frame.r;
    // (past a time: "a point he repeated Monday")
    let k = clause::time_after(frame, last + 1);
    if k < frame.hi && r.is_word_at(k) && !r.is(k, PREPOSITION) {
        return None;
    }
    let floor = c.saturating_sub(RESUMPTIVE_REACH).max(frame.lo);
    let comma = (floor..c)
        .rev()
        .find(|&m| !r.is_word_at(m) && r.toks[m].kind != Kind::Clitic)?;
    let article = comma + 1;
    if !frame.comma_at(comma) {
        return None;
    }
    let (noun, s) = summing_noun(frame, article, c)?;
    // the subject runs from there to the verb, past adverbs ("strongly
    // denied")
    let speaker = r.subject_before(s, c).filter(|np| np.first == s)?;
    Some(gap_report(
        frame,
        [(article, noun + 1), (0, 0)],
        speaker,
        (c, last),
        class,
    ))
}

/// "a charge that", "a familiar point": at `article`, before `hi`, a
/// noun of speech or content after "a" or "an" and perhaps adjectives,
/// and the relative pronoun after it if any. Gives the noun and the token
/// after them, where the relative clause's subject starts.
fn summing_noun(frame: &Frame<'_>, article: usize, hi: usize) -> Option<(usize, usize)> {
    let r = &frame.r;
    if !matches!(frame.word(article), "a" | "an") {
        return None;
    }
    let noun = (article + 1..hi)
        .find(|&h| r.is(h, SPEECH_NOUN) || CONTENT_NOUNS.contains(&frame.word(h)))?;
    if !modifiers_only(frame, article + 1, noun) {
        return None;
    }
    Some((
        noun,
        noun + 1 + usize::from(matches!(frame.word(noun + 1), "that" | "which")),
    ))
}

/// Whether tokens `a..b`, between an article and its noun, are all
/// adjectives or modifiers ("a familiar", "a long-standing").
fn modifiers_only(frame: &Frame<'_>, a: usize, b: usize) -> bool {
    (a..b).all(|h| looks_adjective(frame.word(h)) || frame.r.is(h, MODIFIER))
}

/// The report of a relative clause whose pronoun (or noun) stands in its
/// content apart from the rest ([`relative_gap`], [`naming_gap`]): named,
/// with no source or addressee.
fn gap_report(
    frame: &Frame<'_>,
    content: [Range; 2],
    speaker: Np,
    cue: Range,
    class: CueClass,
) -> Candidate {
    Candidate {
        content,
        speaker,
        named: true,
        cue,
        source: None,
        addressee: None,
        class: class_of(frame, &speaker, class),
        rule: Rule::ReportedClause,
        confidence: REPORTED_CLAUSE,
    }
}

/// Verbs that give a name to their object ("called it "a disgrace"",
/// "dubbed him "the little senator"", "described it as …").
pub(crate) const NAMING: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "label",
    "labels",
    "labeled",
    "labelled",
    "brand",
    "brands",
    "branded",
    "term",
    "terms",
    "termed",
    "describe",
    "describes",
    "described",
];

/// "a tax which he called "a cartel"", "a clip that Judge Lee called
/// "distasteful,"", "videos he calls "Consumer TV"": a verb of naming in
/// a relative clause whose object is the relative pronoun, or the noun
/// the clause modifies. What was said is the name: the content is the
/// pronoun (or the noun, with none) and the name, and the speaker the
/// clause's subject. The name is a quotation or follows "as" ("which he
/// described as …"). A free relative ("what the Times called a "rough
/// week"") is left out: measured, it cost more than it found.
fn naming_gap(frame: &Frame<'_>, c: usize, last: usize, class: CueClass) -> Option<Candidate> {
    let r = &frame.r;
    if !NAMING.contains(&frame.word(c)) || c <= frame.lo + 1 {
        return None;
    }
    let k = last + 1;
    let as_name = frame.word(k) == "as";
    let name = if as_name { k + 1 } else { k };
    if name >= frame.hi || !(r.is_word_at(name) || r.toks[name].quote().is_some()) {
        return None;
    }
    let quoted = r.toks[name].quote().is_some();
    // the subject right before the verb, past an auxiliary or adverb
    // ("which he has long called", "which both papers each called")
    let mut v = c;
    while v > frame.lo + 1
        && (is_finite_auxiliary(frame.word(v - 1))
            || r.is(v - 1, MODIFIER)
            || frame.word(v - 1) == "each")
        && !r.is_cap(v - 1)
    {
        v -= 1;
    }
    // ("who" is the clause's subject, never the object named)
    let relative = frame
        .relative_before(v)
        .filter(|&p| frame.word(p) != "who")
        .and_then(|p| r.phrase_starting_at(p + 1, v).map(|np| (p, np)));
    // (the pronoun, or the noun it stands for, and the name: the content
    // leaves out the clause's speaker and verb between them)
    let (open, speaker) = match relative {
        // ("that" opens a complement after a noun of speech or a verb:
        // "the claim that Lee called …", "said that Lee called …")
        Some((p, np))
            if !(frame.word(p) == "that"
                && (r.is(p - 1, SPEECH_NOUN | DOCUMENT | VERB)
                    || !r.is_word_at(p - 1)
                    || frame.is_cue(p - 1))) =>
        {
            (p, np)
        }
        Some(_) => return None,
        // a clause with no pronoun, its subject a personal pronoun right
        // after a noun ("videos he calls "…"")
        None => {
            let s = v - 1;
            let noun = s > frame.lo
                && r.is_word_at(s - 1)
                && !r.is_cap(s - 1)
                && !r.is(
                    s - 1,
                    VERB | PREPOSITION | PRONOUN | DETERMINER | SUBORDINATOR | MODIFIER | STOP,
                );
            if !(quoted && noun && matches!(frame.word(s), "he" | "she" | "they" | "we")) {
                return None;
            }
            (s - 1, Np::pronoun(s))
        }
    };
    // a name, not an object before it ("which Lee called Kim a liar");
    // in a relative clause set off by a comma, whose pronoun is the
    // object, any words up to its closing comma ("The ruling, which the
    // judge called premature, was appealed"), but for an article or
    // determiner past the first word, an object and a name after it
    // ("which Lee called Kim a fool")
    let set_off = open > frame.lo
        && frame.word(open) == "which"
        && frame.comma_at(open - 1)
        && !(name + 1..frame.hi)
            .take_while(|&j| !frame.comma_at(j) && !r.toks[j].is_dash())
            .any(|j| r.is(j, ARTICLE | DETERMINER));
    if !(quoted || as_name || set_off) {
        return None;
    }
    let end = if quoted {
        name + 1
    } else {
        let stop = clause::gap_end(frame, name);
        (name..stop)
            .find(|&j| frame.comma_at(j) || r.toks[j].is_dash())
            .map_or(stop, |j| j + usize::from(r.toks[j].quote().is_some()))
    };
    Some(gap_report(
        frame,
        [(open, open + 1), (name, end)],
        speaker,
        (c, last),
        class,
    ))
}

/// The end of the content from `k` of the verb at `c`: an object's end
/// for a verb of stance, the end of a reported clause inside a noun
/// phrase, or the clause's end.
fn content_end(frame: &Frame<'_>, c: usize, k: usize, class: CueClass, clausal: bool) -> usize {
    // "72 percent said yes while …": an answer is the whole content (not
    // "said no decision was made", where "no" is a determiner)
    if answer_at(frame, k) {
        return k + 1;
    }
    if let Some(end) = (!clausal).then(|| stance_object(frame, c, k)).flatten() {
        return end;
    }
    // "reported, citing unnamed sources, that C": what the outer verb
    // reports follows the source's comma
    if clause::SOURCE_PARTICIPLES.contains(&frame.word(c)) {
        if let Some(j) = (k..frame.hi.min(k + clause::THAT_REACH))
            .find(|&j| j + 1 < frame.hi && frame.comma_at(j) && frame.word(j + 1) == "that")
        {
            return j;
        }
    }
    if embedded(frame, c) {
        // a verb of saying in a relative clause reports a clause, whose
        // own auxiliary does not end it ("who said the plan would fail")
        let participle = frame.word(c).ends_with("ing");
        let restrictive = restrictive_subject(frame, c);
        let aux = class != CueClass::Speech || participle || restrictive;
        // a participle of saying that takes no noun object, right before
        // its content, reports a clause whose subject may be a noun ("a
        // pitch saying a state law banning fracking is hurting jobs"):
        // its first auxiliary is the clause's own
        // (so does a verb that takes no noun object before a subject and
        // its auxiliary: "insiders who think Rubio has a chance are …")
        let clausal = k == c + 1
            && (CLAUSAL_PARTICIPLES.contains(&frame.word(c))
                || ((CLAUSAL_VERBS.contains(&frame.word(c)) || says(frame.word(c)))
                    && clause::bare_clause(frame, k)));
        let end = clause::embedded_end(frame, k, aux, clausal);
        // ("The voter who wrote the speech says he …": the main clause's
        // verb of saying after the relative clause's object ends it)
        if restrictive {
            return main_saying_ends(frame, k, end);
        }
        return end;
    }
    // (a verb's own occasion or day closes its content; "according to"
    // has none: "According to police, Lee was arrested on Monday")
    let end = clause::without_circumstance(frame, k, clause::end(frame, k));
    // ("A neighbor who left because she feared retaliation said …": a
    // verb deeper inside the relative clause on the subject ends there
    // too)
    // (and the main clause's auxiliary after the content's own verb:
    // "Workers who quit after they said the plant was unsafe were
    // rehired")
    if inside_restrictive_subject(frame, c) {
        let end = end.min(clause::embedded_end(frame, k, true, true));
        return main_saying_ends(frame, k, end);
    }
    end
}

/// The end of a content from `k` inside a relative clause on the
/// sentence's subject: before the main clause's verb of saying, after a
/// noun (not a pronoun's, "because he said", nor an auxiliary's), where
/// it comes before `end`.
fn main_saying_ends(frame: &Frame<'_>, k: usize, end: usize) -> usize {
    (k + 1..end)
        .find(|&j| {
            matches!(frame.word(j), "says" | "said")
                && frame.r.is_word_at(j - 1)
                && !frame.r.is(j - 1, PRONOUN | SUBORDINATOR | PREPOSITION)
                && !clause::is_auxiliary(frame.word(j - 1))
        })
        .map_or(end, |j| clause::trimmed_end(frame, k, j))
}

/// How many words a relative clause on the sentence's subject may have
/// before a cue deeper inside it ([`inside_restrictive_subject`]).
const RESTRICTIVE_CLAUSE_WORDS: usize = 12;

/// Whether the cue at `c` stands inside a relative clause on the
/// sentence's subject, in a subordinate clause with a pronoun for its
/// subject, past a verb of the relative clause's own and words alone: "A
/// neighbor who moved away because she feared …" (the clause's first verb
/// itself is [`restrictive_subject`]'s; the main clause's verb has no
/// subordinator and pronoun before it).
fn inside_restrictive_subject(frame: &Frame<'_>, c: usize) -> bool {
    let subordinate =
        c > frame.lo + 2 && subject_pronoun(frame.word(c - 1)) && frame.r.is(c - 2, SUBORDINATOR);
    if !subordinate {
        return false;
    }
    let Some(v) = (frame.lo + 1..(frame.lo + 2 + RESTRICTIVE_SUBJECT_WORDS).min(c))
        .find(|&i| matches!(frame.word(i), "who" | "that") && frame.r.relative(i))
    else {
        return false;
    };
    c > v + 2
        && c <= v + RESTRICTIVE_CLAUSE_WORDS
        && (frame.lo..c).all(|i| frame.r.is_word_at(i))
        && restrictive_subject(frame, v + 1)
}

/// Whether the cue at `c` is the verb of a relative clause on the
/// sentence's subject, the words opening the sentence, with no comma
/// before it ("Critics who say the plan will fail have been ignored"):
/// the main clause's verb comes after the content, and its auxiliary ends
/// it.
fn restrictive_subject(frame: &Frame<'_>, c: usize) -> bool {
    // (past adverbs: "The hacker who first revealed that …")
    let v = frame.before_modifiers(c, frame.lo + 2);
    v > frame.lo + 1
        && v <= frame.lo + 1 + RESTRICTIVE_SUBJECT_WORDS
        && matches!(frame.word(v - 1), "who" | "that")
        && (frame.lo..v - 1).all(|i| frame.r.is_word_at(i))
}

/// How many words the subject before "who" in [`restrictive_subject`] may
/// have ("Those", "Critics", "Voters in both parties").
const RESTRICTIVE_SUBJECT_WORDS: usize = 5;

/// Participles of saying whose complement is a clause, never a noun
/// object ("saying", not "asking", "describing").
/// Finite verbs of thought and saying, besides "say" ([`says`]), whose
/// complement is a clause, hardly ever a noun ("who think Rubio has a
/// chance").
const CLAUSAL_VERBS: &[&str] = &[
    "think",
    "thinks",
    "believe",
    "believes",
    "believed",
    "argue",
    "argues",
    "argued",
    "fear",
    "fears",
    "feared",
    "hope",
    "hopes",
    "hoped",
    "suspect",
    "suspects",
    "suspected",
    "insist",
    "insists",
    "insisted",
];

const CLAUSAL_PARTICIPLES: &[&str] = &[
    "saying",
    "claiming",
    "arguing",
    "insisting",
    "suggesting",
    "warning",
    "noting",
    "stating",
    "asserting",
    "contending",
    "predicting",
    "declaring",
];

/// Whether token `k` is an answer, "yes" or "no", standing alone: before
/// punctuation, the end, or a conjunction.
fn answer_at(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    let alone = k + 1 >= frame.hi
        || !r.is_word_at(k + 1)
        || r.is(k + 1, SUBORDINATOR)
        || matches!(frame.word(k + 1), "and" | "but" | "or");
    matches!(frame.word(k), "yes" | "no") && alone
}

/// Whether the verb at `c` closes a quotation right before its subject
/// ("“Q,” Trump said 30 minutes into the debate", "“Q,” he told a crowd
/// at the rally"): its content is the quotation, and what follows it
/// circumstance. The quotation closes with its own comma, question or
/// exclamation mark (not a term: "a "Dear Colleague" letter the members
/// wrote that"), and the verb stands right after its subject (not a
/// participle that shares it: "…,” he said, adding that C"), and it is
/// no title inside the sentence ("on CNN’s “State of the Union,” Lee
/// said C").
fn closes_quotation(frame: &Frame<'_>, speaker: &Np, c: usize) -> bool {
    let r = &frame.r;
    speaker.first > frame.lo
        && r.toks[speaker.first - 1].quote().is_some()
        && !titled(frame, speaker.first - 1)
        && frame
            .word(speaker.first - 1)
            .trim_end_matches(|ch: char| !ch.is_alphanumeric() && !matches!(ch, ',' | '?' | '!'))
            .ends_with([',', '?', '!'])
        && speaker.last < c
        && (past_speaker_appositive(frame, speaker.last + 1)..c).all(|i| r.is_modifier(i))
        && !frame.word(c).ends_with("ing")
}

/// Past an appositive set off by commas at `k`, after a speaker before its
/// verb ("“Q,” Will Estrada, the chairman, said of …"): the token after
/// its closing comma; `k` itself where none stands there.
fn past_speaker_appositive(frame: &Frame<'_>, k: usize) -> usize {
    let k = past_brackets(frame, k);
    let close = past_appositive(frame, k);
    if close > k && frame.comma_at(close) {
        close + 1
    } else {
        k
    }
}

/// How many tokens a speaker's label in brackets may hold ("(R-Ariz.)",
/// "(D)").
const BRACKET_REACH: usize = 5;

/// Past a short label in brackets at `k` right after a speaker ("“Q,”
/// Sen. Jason Holsman (D) said …"): the token after its closing bracket;
/// `k` itself where none stands there.
fn past_brackets(frame: &Frame<'_>, k: usize) -> usize {
    let r = &frame.r;
    if !r.toks.get(k).is_some_and(|t| t.is_punct('(')) {
        return k;
    }
    (k + 1..frame.hi.min(k + 1 + BRACKET_REACH))
        .take_while(|&j| r.toks[j].quote().is_none())
        .find(|&j| r.toks[j].is_punct(')'))
        .map_or(k, |close| close + 1)
}

/// Whether the quotation at token `q` is a title inside its sentence, as
/// the quotation stage reads one: a short name in title case after a word
/// of the sentence ("on CBS's “Face the Nation,”").
fn titled(frame: &Frame<'_>, q: usize) -> bool {
    q > frame.lo
        && (frame.r.is_word_at(q - 1) || frame.r.toks[q - 1].kind == Kind::Clitic)
        && frame.title_at(q)
}

/// Whether "asked" at `c` puts a question with no asker: opening the
/// sentence ("Asked whether C, Kim said") or after "when", "whenever",
/// "if" or "once" ("When asked about C, Kim said", "Kim, if asked whether C, …",
/// and so "when later pressed", "when told C"): the one asked (or told)
/// does not speak.
fn asked_unnamed(frame: &Frame<'_>, c: usize) -> bool {
    let w = frame.word(c);
    // (perhaps with an adverb between: "When later pressed")
    let before = || {
        if c > frame.lo + 1 && clause::is_adverbial(frame, c - 1) {
            c - 2
        } else {
            c - 1
        }
    };
    (c == frame.lo && w == "Asked")
        || (["asked", "pressed", "questioned", "queried", "told"]
            .iter()
            .any(|v| v.eq_ignore_ascii_case(w))
            && c > frame.lo
            && opens_question(frame.word(before())))
        // "Lee, asked whether he would run, said …": a participle set off
        // right after the subject is a passive, its asker unnamed
        || (asked_aside(frame, c)
            && matches!(
                frame.word(c + 1),
                "whether" | "if" | "about" | "what" | "why" | "how" | "when"
            ))
}

/// Whether `w` (in any case) is a conjunction before which "asked" puts
/// a question with no asker: "When asked …", "Whenever asked …", "if
/// asked …", "once pressed …".
fn opens_question(w: &str) -> bool {
    ["when", "whenever", "if", "once"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w))
}

/// Whether "asked" at `c` is a participle set off right after the
/// sentence's subject ("The spokesman, asked for comment, said …"): a
/// passive, whose subject asks nothing.
fn asked_aside(frame: &Frame<'_>, c: usize) -> bool {
    frame.word(c) == "asked"
        && frame
            .subject
            .is_some_and(|s| s.last + 2 == c && frame.comma_at(s.last + 1))
}

/// Whether "called" at `c` names or phones rather than describes: "the so
/// called plan"; "a firm called Cambridge Analytica, which …", "Clinton
/// called Sanders." (a name as its whole object, closed by punctuation, a
/// relative pronoun or a verb of its own); not "called Sanders a liar" nor
/// "called Trump "dangerous"".
fn names_only(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    if c > frame.lo && frame.word(c - 1).eq_ignore_ascii_case("so") {
        return true;
    }
    let k = c + 1;
    if !r.is_cap(k) {
        return false;
    }
    let Some(np) = r.phrase_starting_at(k, frame.hi).filter(Np::is_named) else {
        return false;
    };
    let after = np.last + 1;
    if after >= frame.hi {
        return true;
    }
    let t = &r.toks[after];
    if !t.is_word() {
        return t.quote().is_none() && t.kind != Kind::Clitic;
    }
    let w = frame.word(after);
    matches!(w, "which" | "who" | "that") || clause::is_auxiliary(w) || frame.is_cue(after)
}

/// Where the content of the verb of saying at `c` starts when a comma
/// comes first (`k`) and a clause with a subject of its own follows
/// ("Rubio says, win or lose, he's staying"); not where the reporting
/// clause itself stands between commas ("C1, he said, C2"), nor after a
/// verb of thought ("You know, I …") or a participle ("saying, if
/// elected, …"), nor in a clause opening the sentence ("After Lee
/// objected, they …").
fn after_comma(frame: &Frame<'_>, c: usize, class: CueClass, speaker: &Np, k: usize) -> usize {
    let interrupting = speaker.first > frame.lo && frame.comma_at(speaker.first - 1);
    // (nor where the verb's clause opens with a conjunction, at the
    // sentence's start or after a comma, whose comma closes it: "After
    // the union objected, the case was moved", "The plan failed, when Lee
    // objected, the aides …")
    let before = if speaker.first > frame.lo {
        frame.word(speaker.first - 1)
    } else {
        ""
    };
    let subordinate = clause::OPENING_CONJUNCTIONS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(before));
    if interrupting
        || subordinate
        || class != CueClass::Speech
        || frame.word(c).ends_with("ing")
        || clause::in_opening_clause(frame, c)
    {
        return k;
    }
    // ("She asked, what happens now?": a question of its own after a verb
    // of asking and its comma, to the question mark that ends the
    // sentence)
    let asking = matches!(
        frame.word(c),
        "asked" | "asks" | "ask" | "wondered" | "wonders"
    );
    if asking
        && frame.comma_at(k)
        && clause::opens_clause(frame, k + 1)
        && frame.hi > k + 2
        && frame.r.toks[frame.hi - 1].is_punct('?')
    {
        return k + 1;
    }
    let j = clause::past_comma(frame, k);
    // ("…, given that, as The Times reported, he has …": after "as X
    // reported," a pronoun's clause is the report's; a phrase's may be
    // the writer's, "The plan failed, as Lee noted, the aides …")
    if before == "as" && j > k && !subject_pronoun(frame.word(j)) {
        k
    } else {
        j
    }
}

/// The "to" of an infinitive after an aside set off by the comma at `k`
/// and another before the "to" ("Kasich, the governor, to …"), words
/// only between them.
fn aside_before_infinitive(frame: &Frame<'_>, k: usize) -> Option<usize> {
    let close = words_end(frame, k + 1)?;
    (close > k + 1 && frame.comma_at(close) && frame.word(close + 1) == "to").then_some(close + 1)
}

/// The first token from `from`, within [`APPOSITIVE_WORDS`], that is
/// neither a word nor a clitic: where an aside of words ends.
fn words_end(frame: &Frame<'_>, from: usize) -> Option<usize> {
    let r = &frame.r;
    (from..frame.hi.min(from + APPOSITIVE_WORDS))
        .find(|&j| !(r.is_word_at(j) || r.toks[j].kind == Kind::Clitic))
}

/// Where the content of a reporting verb at `c` (ending at `last`) starts
/// when an infinitive at `k` follows it: at its negation ("vowed not to
/// run") and at the one it addresses, who is the infinitive's subject
/// ("urged Congress to act", "warned the Fed not to move"); else at `k`.
fn infinitive_start(
    frame: &Frame<'_>,
    c: usize,
    last: usize,
    addressee: Option<Np>,
    k: usize,
) -> usize {
    // ("urged residents not to drink": the negation before it)
    let negation = k;
    let k = clause::past_negation(frame, k);
    if frame.word(k) != "to" || !clause::infinitive(frame, c, k) {
        return negation;
    }
    let start = if negation < k {
        negation
    } else if k > last + 1 && frame.word(k - 1) == "not" {
        k - 1
    } else {
        k
    };
    // (the one addressed opens it, past the occasion that closes their
    // phrase: "tells his supporters at a rally to …")
    // (or its aside: "asked Kasich, the governor, to …")
    match addressee {
        Some(np)
            if np.first == last + 1
                && (np.last + 1 == start
                    || (np.last < start
                        && (matches!(frame.word(np.last + 1), "at" | "during" | "in")
                            || frame.comma_at(np.last + 1)))) =>
        {
            np.first
        }
        _ => start,
    }
}

/// "No one said": a speaker "one" after "no" is the pronoun of both words.
fn with_no(frame: &Frame<'_>, mut speaker: Np) -> Np {
    if speaker.first == speaker.last
        && speaker.first > frame.lo
        && frame.word(speaker.first) == "one"
        && frame.word(speaker.first - 1).eq_ignore_ascii_case("no")
    {
        speaker.first -= 1;
    }
    speaker
}

/// The token after a reporting clause whose verb at `c` ends at `last`:
/// past its speaker when inverted (`Some(speaker)`: "…, said Smith"), and
/// past whom a verb of telling tells ("C, a spokesman told The Wall
/// Street Journal.").
fn clause_close(frame: &Frame<'_>, c: usize, last: usize, inverted: Option<&Np>) -> usize {
    if let Some(speaker) = inverted {
        // "said an official who was briefed on the talks": a relative
        // clause without its comma, to the next comma or the end, within
        // a bounded reach (else it closes nothing)
        let k = speaker.last + 1;
        if matches!(frame.word(k), "who" | "whose") {
            let reach = frame.hi.min(k + 1 + RELATIVE_WORDS);
            return (k + 1..reach)
                .find(|&j| frame.comma_at(j) || frame.r.toks[j].quote().is_some())
                .unwrap_or(if reach == frame.hi { reach } else { k });
        }
        // (two at most: "said Ann Lee, a professor at the college, who
        // studies trade")
        let k = past_appositive(frame, k);
        return past_appositive(frame, k);
    }
    let k = last + 1;
    if !crate::attribute::frame::is_tell(frame.word(c)) {
        return k;
    }
    if OBJECT_PRONOUNS.contains(&frame.word(k)) {
        k + 1
    } else {
        frame
            .r
            .phrase_starting_at(k, frame.hi)
            .map_or(k, |np| np.last + 1)
    }
}

/// Past an appositive that describes an inverted speaker and ends before
/// token `k`'s comma: "C, said Ann Lee, a fellow at the institute." (a
/// description, an age, or a relative clause to the next comma), so that
/// what the speaker is called is no content. `k` itself where none
/// follows.
fn past_appositive(frame: &Frame<'_>, k: usize) -> usize {
    let r = &frame.r;
    if k + 1 >= frame.hi || !r.toks[k].is_punct(',') || !r.is_word_at(k + 1) {
        return k;
    }
    let bounded = |j: usize| {
        j >= frame.hi || matches!(r.toks[j].kind, Kind::Punct(',' | '.' | '!' | '?' | ';'))
    };
    if matches!(frame.word(k + 1), "who" | "whose") {
        return (k + 2..frame.hi)
            .find(|&j| frame.comma_at(j) || r.toks[j].quote().is_some())
            .unwrap_or(frame.hi);
    }
    // (an age: "said Ann Lee, 71, who …", "said Ann Lee, 71.")
    if r.age_aside(k + 1, frame.hi) {
        return k + 2;
    }
    match r.phrase_starting_at(k + 1, frame.hi) {
        Some(np) if np.kind != MentionKind::Pronoun && bounded(np.last + 1) => np.last + 1,
        _ => role_aside(frame, k + 1).unwrap_or(k),
    }
}

/// "…, said Ann Lee, executive director of the group.", "…, said Kim,
/// former head of the agency, whose …": a role in lower case without an
/// article, with its complement, to the sentence's end or to a comma
/// before a relative pronoun, and no verb in it; the token after it.
fn role_aside(frame: &Frame<'_>, i: usize) -> Option<usize> {
    let r = &frame.r;
    let role = |j: usize| r.is(j, SPEAKER | TITLE | PORTFOLIO);
    if !r.is_word_at(i) || r.is_cap(i) || !(role(i) || role(i + 1)) {
        return None;
    }
    let end = words_end(frame, i)?;
    let closes = end + 1 >= frame.hi
        || matches!(r.toks[end].kind, Kind::Punct('.' | '!' | '?' | ';'))
        || (r.toks[end].is_punct(',') && matches!(frame.word(end + 1), "who" | "whose" | "which"));
    let verbless = (i..end).all(|j| {
        let w = frame.word(j);
        !clause::is_auxiliary(w) && !r.relative(j) && !matches!(w, "who" | "which" | "that")
    });
    (closes && verbless).then_some(end)
}

/// "As Lee notes in her memoir, C": from `close`, the token after the
/// reporting clause, past a time and a phrase naming where
/// the words were written or said ("in her memoir", "on her blog", "in
/// a speech"), a preposition and an occasion or medium of speech
/// (the phrase grammar's occasions); past the time alone where none
/// stands there.
fn past_medium(frame: &Frame<'_>, close: usize) -> usize {
    let r = &frame.r;
    // (past a time on either side: "wrote last week on her blog", "wrote
    // on her blog last week")
    let k = clause::time_after(frame, close);
    if !matches!(frame.word(k), "in" | "on") {
        return k;
    }
    // (a determiner or possessive, a word or two, the noun; a time after
    // it is read on by the caller: "on her blog last week")
    if !r.is(k + 1, DETERMINER | POSSESSIVE) {
        return k;
    }
    (k + 2..frame.hi.min(k + 2 + MEDIUM_WORDS))
        .take_while(|&i| r.is_word_at(i))
        .find(|&i| r.is_occasion(i))
        .map_or(k, |noun| clause::time_after(frame, noun + 1))
}

/// How many words after its determiner the noun of a medium may stand
/// ([`past_medium`]: "in her new memoir").
const MEDIUM_WORDS: usize = 3;

/// "The fund, as Lee put it, is "running on fumes"": the sentence's
/// subject before the comma ahead of "as" at `open`, when the verb after
/// the aside's closing comma at `after` is that subject's; the content
/// is then the words on both sides.
fn subject_before_put(frame: &Frame<'_>, open: usize, after: usize) -> Option<Range> {
    let w = frame.word(after + 1);
    let predicate = !frame.r.is_cap(after + 1) && (clause::is_auxiliary(w) || looks_finite(w));
    if !predicate {
        return None;
    }
    before_comma(frame, open)
        .map(|first| past_label(frame, first))
        .filter(|&first| first.0 < first.1 && !opening_circumstance(frame, first).0)
}

/// The content around a reporting clause over tokens `open..close` (verb
/// at `c`) set off by a comma before it: the sentence before it, and the
/// clause after it when the reporting clause interrupts the sentence.
fn around(
    frame: &Frame<'_>,
    open: usize,
    close: usize,
    c: usize,
) -> Option<([Range; 2], Rule, f32)> {
    let toks = &frame.r.toks;
    // "The official, who spoke on condition of anonymity, said": a
    // relative clause describes the phrase before it, which it reports
    // nothing of
    if frame.r.relative(open) || matches!(frame.word(open), "whom" | "whose") {
        return None;
    }
    // "As Ms. Simonyan put it, C": a reporting clause opening the
    // sentence, after a conjunction too ("But as Lee noted, C")
    // (or a new clause after a comma: "…, and as Comey noted, C")
    let conjunction = open >= frame.lo + 2
        && (open == frame.lo + 2 || frame.r.toks[open - 3].is_punct(','))
        && opens_with_coordinator(frame.word(open - 2));
    // (and "as X put it" inside a sentence, whose wording follows it:
    // "But at the time, as the prosecutor put it, C")
    let put = frame.word(c) == "put"
        && frame.word(c + 1) == "it"
        && open > frame.lo
        && frame.word(open) == "as"
        && frame.comma_at(open - 1);
    let opening =
        (open == frame.lo + 1 || conjunction) && frame.word(open - 1).eq_ignore_ascii_case("as");
    if opening || put {
        let after = past_medium(frame, close);
        let found =
            (after < frame.hi && toks[after].is_punct(',') && clause::continues(frame, after + 1))
                .then(|| {
                    let content = (after + 1, clause::end(frame, after + 1));
                    (
                        [content, (0, 0)],
                        Rule::InterruptedReport,
                        INTERRUPTED_REPORT,
                    )
                });
        if let (true, Some(([content, _], rule, confidence))) = (put, found) {
            if let Some(first) = subject_before_put(frame, open, after) {
                return Some(([first, content], rule, confidence));
            }
        }
        // (closing the sentence, "as X put it" reports what came before)
        if opening || found.is_some() {
            return found;
        }
    }
    let first = content_before(frame, open)?;
    let after = past_circumstance(frame, c, clause::time_after(frame, close));
    // ("According to a new poll, 54 percent approve of it": the phrase
    // names a source; it reports nothing itself)
    if first.0 >= first.1 || frame.according_to(first.0) {
        return None;
    }
    let r = &frame.r;
    let (adverbial, circumstance) = opening_circumstance(frame, first);
    // ("In 2008, the party voted on the plan": a time alone before the
    // comma is the sentence's, no content the cue closes)
    let time_alone = only_time(frame, first);
    if closes_sentence(frame, first.0, after) {
        // (an aside in parentheses is the content whatever opens it: "(at
        // one point as low as 19%, Gutin says)")
        let aside = first.0 > frame.lo && toks[first.0 - 1].is_punct('(');
        if (adverbial || time_alone) && !aside {
            return None;
        }
        return closes_attribution_before(frame, c, after.min(frame.hi)).then_some((
            [first, (0, 0)],
            Rule::ClosingReport,
            CLOSING_REPORT,
        ));
    }
    // "C, Sanders said, a policy that …", "C, Lee said, a professor at
    // …": an appositive the writer adds, to the content or the speaker,
    // closes the report
    // (not the subject of the content going on: "Overall, she said, a
    // number of groups are …", an auxiliary before any relative pronoun
    // or punctuation)
    let appositive = toks[after].is_punct(',')
        && described(frame, after + 1)
        && !(after + 2..frame.hi.min(after + 2 + APPOSITIVE_WORDS))
            .take_while(|&j| {
                r.is_word_at(j) && !matches!(frame.word(j), "that" | "who" | "which" | "whose")
            })
            .any(|j| clause::is_auxiliary(frame.word(j)));
    if appositive && !circumstance {
        // "C1, Kofman said, an expert on Russia, would read …": the
        // appositive describes the speaker, and the content goes on with
        // the verb after its comma
        let rest = (after + 2..frame.hi.min(after + 2 + APPOSITIVE_WORDS))
            .find(|&j| !r.is_word_at(j))
            .filter(|&j| {
                let w = frame.word(j + 1);
                frame.comma_at(j)
                    && r.is_word_at(j + 1)
                    && !r.is_cap(j + 1)
                    && (clause::is_auxiliary(w) || looks_finite(w))
            });
        return Some(match rest {
            Some(j) => (
                [first, (j + 1, clause::end(frame, j + 1))],
                Rule::InterruptedReport,
                INTERRUPTED_REPORT,
            ),
            None => ([first, (0, 0)], Rule::ClosingReport, CLOSING_REPORT),
        });
    }
    if (participle_after(frame, after) || aside_after(frame, after)) && !circumstance {
        if time_alone {
            return None;
        }
        return closes_attribution_before(frame, c, after).then_some((
            [first, (0, 0)],
            Rule::ClosingReport,
            CLOSING_REPORT,
        ));
    }
    if toks[after].is_punct(',') && clause::continues(frame, after + 1) {
        let second = (after + 1, clause::end(frame, after + 1));
        let content = if circumstance {
            [second, (0, 0)]
        } else {
            [past_coordinator(frame, past_dash(frame, first)), second]
        };
        return Some((content, Rule::InterruptedReport, INTERRUPTED_REPORT));
    }
    None
}

/// The content before the comma before `open`, past any label: none
/// where it ends in a reporting clause of its own.
fn content_before(frame: &Frame<'_>, open: usize) -> Option<Range> {
    let first = past_label(frame, before_comma(frame, open)?);
    (!ends_in_reporting_clause(frame, first)).then_some(first)
}

/// Whether the range `first`, before a comma, ends in a reporting clause
/// after a comma of its own ([`clause::reporting_clause`]): "Still, he
/// said", "The plan, Lee argued". A clause so set off interrupts the
/// sentence, and what follows the comma is its content, not a clause a
/// later verb closes ("Still, he said, the message was encouraging" has
/// no report by "the message").
fn ends_in_reporting_clause(frame: &Frame<'_>, first: Range) -> bool {
    let r = &frame.r;
    (first.0..first.1)
        .rev()
        .take(APPOSITIVE_WORDS)
        .find(|&j| !r.is_word_at(j))
        .filter(|&j| r.toks[j].is_punct(','))
        .is_some_and(|j| clause::reporting_clause(frame, j + 1, |k| k == first.1))
}

/// Whether a relative clause on what was said, a phrase of manner, or a
/// clause of "as" to the sentence's end follows the comma at `after` that
/// closes a reporting clause: "C, Lee said, which surprised no one", "C,
/// Lee claimed, without offering evidence", "C, the minister said on
/// Friday, as allies scramble to …". It is no part of the content.
fn aside_after(frame: &Frame<'_>, after: usize) -> bool {
    frame.comma_at(after)
        && (matches!(frame.word(after + 1), "which" | "who" | "whose")
            || (matches!(frame.word(after + 1), "without" | "before" | "after")
                && frame.word(after + 2).ends_with("ing"))
            || writers_as_clause(frame, after + 1))
}

/// Whether the sentence before a reporting clause, `first`, is an opening
/// phrase of circumstance alone ("In the early 1990s, Ms. Ripert said,
/// …", "When pressed, Sanders said …"), which is no part of what is
/// reported: whether it is a phrase or clause of circumstance, and
/// whether it is that or a participle opening the sentence.
fn opening_circumstance(frame: &Frame<'_>, first: Range) -> (bool, bool) {
    let r = &frame.r;
    // (not "About 270 people have been resettled, officials said": a
    // preposition before a number, or with an auxiliary after it, opens a
    // clause of its own)
    let lead = past_conjunction(frame, first.0);
    // ("Soon after she was booed, Lee said": past an adverb of time or
    // focus before the subordinator)
    let lead = if LEADING_ADVERBS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(frame.word(lead)))
        && (r.is(lead + 1, SUBORDINATOR | PREPOSITION) || frame.word(lead + 1) == "as")
    {
        lead + 1
    } else {
        lead
    };
    // ("In February, as a protester was led out, he said": a phrase of
    // circumstance and then a clause of one, a comma between)
    let mut commas = (first.0..first.1).filter(|&i| frame.comma_at(i));
    let (comma, more) = (commas.next(), commas.next().is_some());
    let phrase_then_clause = comma.is_some_and(|comma| {
        !more
            && r.is(first.0, PREPOSITION)
            && (r.is(comma + 1, SUBORDINATOR) || frame.word(comma + 1) == "as")
    });
    let subordinate = r.is(lead, SUBORDINATOR)
        || frame.word(lead).eq_ignore_ascii_case("as")
        || phrase_then_clause;
    let clause_of_its_own = !subordinate
        && (r.is_number(first.0 + 1)
            || (first.0 + 1..first.1).any(|i| clause::is_auxiliary(frame.word(i))));
    // ("Asked whether C, Lee said, "No."", "Speaking in Ohio, Lee said
    // …": a participle opening the sentence, too)
    // (not one that modifies the subject of a clause, its verb right after
    // the noun: "Operating profit rose to …, the company said, ahead of
    // …", "Rising costs were to blame, she said, …")
    let opener = frame.word(first.0);
    // (nor a question's word after it: "Asked what would change her
    // mind, Collins replied, …")
    let modifies_subject = r.is_word_at(first.0 + 1)
        && !r.is_cap(first.0 + 1)
        && !r.is(
            first.0 + 1,
            PREPOSITION | DETERMINER | PRONOUN | SUBORDINATOR | POSSESSIVE,
        )
        && !matches!(
            frame.word(first.0 + 1),
            "what" | "whether" | "why" | "how" | "who" | "which" | "where" | "when" | "if"
        )
        && r.is_word_at(first.0 + 2)
        && {
            let verb = frame.word(first.0 + 2);
            clause::is_auxiliary(verb) || is_past_form(verb)
        };
    let participle = first.0 == frame.lo
        && r.is_cap(first.0)
        && (opener.ends_with("ed") || opener.ends_with("ing"))
        && !modifies_subject;
    let no_comma = comma.is_none() || phrase_then_clause;
    let adverbial = r.is_word_at(lead)
        && (r.is(first.0, PREPOSITION) || subordinate)
        && !clause_of_its_own
        && no_comma;
    // (a participle before a closing reporting clause is the content's
    // subject: "Defending that terrain is hard, aides said")
    (adverbial, adverbial || (participle && no_comma))
}

/// Words other than nouns of time ([`TIME_NOUNS`]) that go with words
/// of time in a phrase of time ("just last week", "two years ago").
const TIME_FILLERS: &[&str] = &["just", "next", "ago", "early", "late"];

/// Whether tokens `range` are only a time ("In 2008", "On February 28th,
/// 2016", "Earlier this week", "Then, last week"): words of time, days,
/// months, numbers, and the prepositions and determiners between them.
fn only_time(frame: &Frame<'_>, (a, b): Range) -> bool {
    let r = &frame.r;
    let timed = |i: usize| {
        let w = frame.word(i);
        // ("three years ago": "ago" makes its phrase a time)
        is_time_word(w)
            || DAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
            || r.is_number(i)
            || w.eq_ignore_ascii_case("ago")
            || (w.len() > 2
                && w.as_bytes()[0].is_ascii_digit()
                && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)))
    };
    let filler = |i: usize| {
        let w = frame.word(i);
        r.is(i, PREPOSITION | ARTICLE)
            || TIME_FILLERS.iter().any(|f| f.eq_ignore_ascii_case(w))
            || ["few", "several", "many"]
                .iter()
                .chain(COUNTS)
                .any(|f| f.eq_ignore_ascii_case(w))
            || TIME_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))
    };
    // (the test of every word first: it stops at the first that is no
    // time's, so a long sentence costs no more than its first words)
    a < b
        && (a..b).all(|i| frame.comma_at(i) || (r.is_word_at(i) && (timed(i) || filler(i))))
        && (a..b).any(|i| r.is_word_at(i) && timed(i))
}

/// Adverbs that may stand before the subordinator or preposition opening
/// a clause or phrase of circumstance ("Soon after", "Just as", "Even
/// when").
const LEADING_ADVERBS: &[&str] = &["soon", "shortly", "just", "even", "only", "right", "long"];

/// Token `i`, or the one after it when `i` is a conjunction opening the
/// sentence before more of it ("And although he thanked them, he said
/// …", "But as the crowd cheered, …"; not "So", which sums up what came
/// before: "So when the firm signaled a deal, Lee said, …" reports that
/// clause too).
fn past_conjunction(frame: &Frame<'_>, i: usize) -> usize {
    let conjunction = ["and", "but"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(frame.word(i)));
    if conjunction && frame.r.is_word_at(i + 1) {
        i + 1
    } else {
        i
    }
}

/// The sentence before the comma that sets off a reporting clause opening
/// at token `open`. A partial quotation holding that comma inside its
/// marks stays in what is reported ("He called it a “witch hunt,” aides
/// said"), but only after a report of its own, whose speaker the
/// quotation's rules name; a quotation with no cue before it is theirs to
/// attribute.
fn before_comma(frame: &Frame<'_>, open: usize) -> Option<Range> {
    if open <= frame.lo {
        return None;
    }
    let start = clause::sentence_start(frame, open - 1);
    if frame.r.toks[open - 1].is_punct(',') {
        return Some((start, open - 1));
    }
    let reported = (start..open - 1).any(|i| frame.is_cue(i));
    (partial_with_comma(frame, open - 1) && reported).then_some((start, open))
}

/// How many words a label before a colon may have: "Ukraine war:",
/// "Live updates:".
const LABEL_WORDS: usize = 3;

/// The words `(a, b)` before a reporting clause, past a label of two or
/// three words, no number among them, that opens them with a colon:
/// "Ukraine war: West must not blink, Zelensky warns" reports "West must
/// not blink" (a time or a count stays: "At 11:05: …"); a single word in
/// capitals too, a dateline's place ("LONDON: The pound fell, traders
/// said"). (Another single word before a colon is a label of its own
/// kind, or an interview's speaker, "A: Because …, I think".)
fn past_label(frame: &Frame<'_>, (a, b): Range) -> Range {
    // ("LONDON: The pound fell, traders said": a dateline in capitals
    // is a label of one word too)
    let capitals = |k: usize| frame.r.no_lower_case(k) && frame.word(k).len() > 1;
    let from = if capitals(a) { a + 1 } else { a + 2 };
    let colon = (from..b.min(a + LABEL_WORDS + 1))
        .find(|&i| !frame.r.is_word_at(i))
        .filter(|&i| {
            frame.r.toks[i].is_punct(':')
                && i + 2 < b
                && (a..i).all(|k| frame.r.is_word_at(k) && !frame.r.is_number_like(k))
        });
    colon.map_or((a, b), |i| (i + 1, b))
}

/// Whether token `q` is a partial quotation inside running words that
/// holds a comma inside its marks: "He called it a “witch hunt,” aides
/// said" (not a quotation that opens the sentence, which the rules for
/// quotations read).
fn partial_with_comma(frame: &Frame<'_>, q: usize) -> bool {
    q > frame.lo
        && frame.r.toks[q].quote().is_some()
        && frame.comma_at(q)
        && frame.r.is_word_at(q - 1)
}

/// The first part of an interrupted report from past the last dash in it,
/// and a conjunction after the dash: "He had a rally that night - and
/// the permit, he said, had been hard to get" reports from "the permit".
/// (Not past a dash that closes an aside: "The plan — a costly one — is
/// dead, he said, …", where the dashes pair.)
fn past_dash(frame: &Frame<'_>, (a, b): Range) -> Range {
    let dashes = (a..b).filter(|&j| frame.r.toks[j].is_dash()).count();
    let Some(d) = (a..b).rev().find(|&j| frame.r.toks[j].is_dash()) else {
        return (a, b);
    };
    if dashes % 2 == 0 {
        return (a, b);
    }
    let mut k = d + 1;
    if matches!(frame.word(k), "and" | "but") {
        k += 1;
    }
    if k < b { (k, b) } else { (a, b) }
}

/// The first part of an interrupted report from the subject after the
/// last ", and" or ", but" in it, when only that subject stands between
/// the conjunction and the reporting clause: "Rent has doubled, and her
/// knees, she admits, aren't what they were" reports from "her knees"
/// (the clause before the conjunction is the writer's).
fn past_coordinator(frame: &Frame<'_>, (a, b): Range) -> Range {
    let r = &frame.r;
    let Some(k) = (a + 1..b)
        .rev()
        .find(|&j| matches!(frame.word(j), "and" | "but") && frame.comma_at(j - 1))
    else {
        return (a, b);
    };
    // (a short subject: words without a verb, an auxiliary or a cue)
    let subject = b > k + 1
        && b - (k + 1) <= COORDINATED_SUBJECT
        && (k + 1..b).all(|j| {
            let w = frame.word(j);
            r.is_word_at(j)
                && !frame.is_cue(j)
                && !clause::is_auxiliary(w)
                && !w.ends_with("ed")
                && !IRREGULAR_PAST.contains(&w)
        });
    if subject { (k + 1, b) } else { (a, b) }
}

/// The most words of the subject after ", and" that opens the first part
/// of an interrupted report ([`past_coordinator`]).
const COORDINATED_SUBJECT: usize = 5;

/// Whether a comma at `after`, closing a reporting clause, is followed by
/// a participle of speaking ("C, Hollande said, noting that C2"), which
/// opens a report of its own: the reporting clause closes the one before.
pub(super) fn participle_after(frame: &Frame<'_>, after: usize) -> bool {
    let r = &frame.r;
    r.toks[after].is_punct(',')
        && r.is_word_at(after + 1)
        && !r.is_cap(after + 1)
        && frame.word(after + 1).ends_with("ing")
        && frame.is_cue(after + 1)
}

/// Whether token `k` opens a description, as an appositive after a
/// closing reporting clause does: an indefinite article ("a professor at
/// …"), or a role noun with nothing of a clause after it, bare or after
/// "the" and up to three modifiers ("director of the project at …", "the
/// party's longtime treasurer", "spokesman for the campaign").
fn described(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if matches!(frame.word(k), "a" | "an") {
        return true;
    }
    let first = if frame.word(k) == "the" { k + 1 } else { k };
    let Some(head) = (first..frame.hi.min(first + 4)).find(|&j| r.descriptor(j)) else {
        return false;
    };
    // the words before the role modify it: no verb among them ("the
    // economy grew, aides said"), only words, possessives and hyphens
    let modifiers = (first..head).all(|j| {
        (r.is_word_at(j) || r.toks[j].kind == Kind::Clitic)
            && !clause::is_auxiliary(frame.word(j))
            && !(j > first && looks_finite(frame.word(j)) && !r.is_cap(j))
    });
    let next = head + 1;
    modifiers
        && (next >= frame.hi
            || matches!(r.toks[next].kind, Kind::Punct(',' | '.' | '!' | '?' | ';'))
            || matches!(
                frame.word(next),
                "of" | "at" | "for" | "with" | "in" | "to" | "and"
            ))
}

/// How many tokens a relative clause after an inverted speaker may have
/// ("…, said an official who was briefed on the talks.").
const RELATIVE_WORDS: usize = 40;

/// How many words an appositive after a closing reporting clause may
/// have before the content goes on ("C1, Kofman said, an expert on Russia
/// at the center, would …").
const APPOSITIVE_WORDS: usize = 16;

/// Verbs of speaking as an activity (and the -ing forms of campaigning and
/// voting), which report only what they are about ("spoke about the
/// economy"; not "spoke for 45 minutes", "spoke Hebrew", "talked with
/// aides").
const ACTIVITIES: &[&str] = &[
    "speaking",
    "speak",
    "speaks",
    "spoke",
    "talking",
    "talk",
    "talks",
    "talked",
    "campaigning",
    "voting",
];

/// How many words may stand between a verb of activity and what it is
/// about ("spoke out Tuesday about", "talked glowingly about").
const ABOUT_REACH: usize = 3;

/// Whether "about", "of", "on" or "to" follows the verb at `c` within
/// [`ABOUT_REACH`] words, before any punctuation.
fn about_soon(frame: &Frame<'_>, c: usize) -> bool {
    (c + 1..frame.hi.min(c + 2 + ABOUT_REACH))
        .take_while(|&k| frame.r.is_word_at(k))
        .any(|k| matches!(frame.word(k), "about" | "of" | "on" | "to"))
}

/// Verbs of aspect that take an infinitive but no gerund ("proceeded to
/// attack", "hastened to add"), besides the shared [`ASPECT`] verbs.
///
/// [`ASPECT`]: crate::attribute::frame::ASPECT
const INFINITIVE_ASPECT: &[&str] = &["proceeded", "hastened"];

/// For a cue at `c` after "to": the verb of aspect whose subject speaks
/// ("went on to say"), or the speaker [`infinitive_speaker`] reads;
/// `None` where the infinitive reports nothing ("urged Congress to
/// consider"); `Some((None, None))` where `c` is no infinitive (nor a
/// gerund a fronted preposition governs: "In addition to saying").
#[allow(clippy::type_complexity)] // two exclusive answers, each optional
fn infinitive_of(frame: &Frame<'_>, c: usize) -> Option<(Option<usize>, Option<Np>)> {
    // (a past form after "to" closes a stranded preposition: "the doctors
    // we talked to said")
    let past = is_past_form(frame.word(c)) && !frame.word(c).ends_with("eed");
    // "kept insisting", "began attacking", "enjoys saying": a gerund
    // completing such a verb reports for that verb's subject
    if c > frame.lo
        && frame.word(c).ends_with("ing")
        && crate::attribute::frame::takes_gerund(frame.word(c - 1))
    {
        return Some((Some(c - 1), None));
    }
    // "made a point of saying", "stopped short of calling": a gerund
    // after an idiom's "of" reports for the idiom's subject
    if c > frame.lo + 1 && frame.word(c).ends_with("ing") && frame.word(c - 1) == "of" {
        if let Some(v) = effort_idiom(frame, c - 2) {
            return Some((Some(v), None));
        }
    }
    if c == frame.lo || frame.word(c - 1) != "to" || past || fronted_governor(frame, c) {
        return Some((None, None));
    }
    Some(match aspect_verb(frame, c - 1) {
        Some(a) => (Some(a), None),
        None => (None, Some(infinitive_speaker(frame, c - 1)?)),
    })
}

/// How far before the "to" of an infinitive the verb it serves may be.
const PURPOSE_REACH: usize = 8;

/// Who speaks in the infinitive whose "to" is at `to`, after no verb of
/// aspect: the object of a verb of causing or allowing ("led Lee to
/// announce"), or the subject of a verb whose purpose the infinitive
/// gives ("Bush took to Twitter to say", "Davis appeared on Fox News to
/// defend her"). `None` where the infinitive completes a verb, noun or
/// adjective of its own ("wants to say", "time to say", "quick to add"
/// is read by [`aspect_verb`]).
fn infinitive_speaker(frame: &Frame<'_>, to: usize) -> Option<Np> {
    let r = &frame.r;
    let before = to
        .checked_sub(1)
        .filter(|&b| b > frame.lo && r.is_word_at(b))?;
    let bw = frame.word(before);
    // (nor a span of time the infinitive's act takes: "will take longer to
    // answer", "took years to settle"; a moment taken to speak is none,
    // "took a moment to point out")
    let span = matches!(bw, "longer" | "long" | "while")
        || bw
            .strip_suffix('s')
            .is_some_and(|noun| TIME_NOUNS.contains(&noun));
    // (nor the measure of a degree, "too close to call", "too early to
    // say", "too soon to tell": what cannot yet be said, by no one; an
    // adjective of readiness keeps its subject's report, "too quick to
    // blame")
    let degree = before > frame.lo && frame.word(before - 1) == "too" && !READY.contains(&bw);
    if INFINITIVE_TAKERS.contains(bw)
        || (r.is(before, MODIFIER) && !matches!(bw, "here" | "there"))
        || span
        || degree
    {
        return None;
    }
    // the nearest verb before, with no punctuation between
    let floor = frame.lo.max(to.saturating_sub(PURPOSE_REACH));
    let v = (floor..=before)
        .rev()
        .take_while(|&j| r.is_word_at(j) || r.toks[j].kind == Kind::Clitic)
        .find(|&j| {
            let w = frame.word(j);
            r.is_word_at(j)
                && !r.is_cap(j)
                && (r.is(j, VERB)
                    || IRREGULAR_PAST.contains(&w)
                    || (looks_finite(w) && !r.is(j, STOP)))
        })?;
    // right before "to", the infinitive completes the verb ("decided to
    // say", "refused to say")
    if v == before {
        return None;
    }
    let w = frame.word(v);
    // (another infinitive between, not a place: "went to say", but "took
    // to Twitter to say")
    let infinitive_between = (v + 1..before).any(|j| {
        frame.word(j) == "to"
            && r.is_word_at(j + 1)
            && !r.is_cap(j + 1)
            && !r.is(j + 1, DETERMINER | NOUN_MARKER)
    });
    if INFINITIVE_TAKERS.contains(w)
        || frame.is_cue(v)
        || clause::is_auxiliary(w)
        || infinitive_between
        || (v + 1..before).any(|j| r.relative(j) || r.is(j, SUBORDINATOR))
    {
        return None;
    }
    if CAUSATIVE_VERBS.contains(w) {
        if v + 1 == before && OBJECT_PRONOUNS.contains(&bw) {
            return Some(Np::pronoun(before));
        }
        let np = r.phrase_ending_at(v + 1, before)?;
        return (np.first == v + 1).then_some(np);
    }
    // the verb's own subject, before it past a few adverbs, and not the
    // last of several ("she and Lady Ashton used …")
    let np = r.subject_before(frame.lo, v)?;
    let conjunct = np.first > frame.lo && matches!(frame.word(np.first - 1), "and" | "or");
    (np.last < v && !conjunct && (np.last + 1..v).all(|j| r.is_modifier(j))).then_some(np)
}

/// The verb of aspect before the "to" at `to` ("went on to", "continued
/// to"), if there is one.
pub(crate) fn aspect_verb(frame: &Frame<'_>, to: usize) -> Option<usize> {
    let v = to.checked_sub(1).filter(|&v| v >= frame.lo)?;
    if crate::attribute::frame::ASPECT.contains(&frame.word(v))
        || INFINITIVE_ASPECT.contains(&frame.word(v))
    {
        return Some(v);
    }
    let go = v.checked_sub(1).filter(|&g| g >= frame.lo)?;
    // "was quick to add", "is right to note": an adjective of readiness
    // or judgement after a copula carries its subject's report too
    // (and "was heard to say": a passive of hearing)
    let ready = READY.contains(&frame.word(v)) || matches!(frame.word(v), "heard" | "overheard");
    let copula = |k: usize| matches!(frame.word(k), "is" | "was" | "are" | "were");
    if ready && copula(go) {
        return Some(go);
    }
    // (past a degree word: "was too quick to blame", "is so quick to
    // note")
    if ready && matches!(frame.word(go), "too" | "so" | "very") && go > frame.lo && copula(go - 1) {
        return Some(go - 1);
    }
    // "voters are more likely to say …", "were slightly less likely to
    // describe": a poll's comparison of what groups say, after a copula
    // and past degree words (not a forecast, "is likely to consider")
    if frame.word(v) == "likely"
        && matches!(frame.word(go), "more" | "less")
        && LIKELY_CUES.contains(&frame.word(to + 1))
    {
        let mut b = go;
        while b > frame.lo
            && b + DEGREE_WORDS > go
            && frame.r.is_modifier(b - 1)
            && !clause::is_auxiliary(frame.word(b - 1))
        {
            b -= 1;
        }
        let copula = b - 1;
        if b > frame.lo && matches!(frame.word(copula), "is" | "was" | "are" | "were") {
            return Some(copula);
        }
    }
    if let Some(idiom) = effort_idiom(frame, v) {
        return Some(idiom);
    }
    (frame.word(v) == "on" && GO.contains(&frame.word(go))).then_some(go)
}

/// The forms of "go".
const GO: &[&str] = &["went", "goes", "go", "going", "gone"];

/// The verb of an idiom of effort, insistence or restraint whose last
/// word is at `v`, before "to" or "of": "took pains to", "made a point
/// to", "went out of his way to", "made a point of", "stopped short of".
/// The one who makes the effort says (or stops short of saying) what the
/// infinitive or gerund says.
fn effort_idiom(frame: &Frame<'_>, v: usize) -> Option<usize> {
    // (every word read stands at or after the one `back` finds in the
    // frame)
    let word = |k: usize| frame.word(k);
    let back = |n: usize| v.checked_sub(n).filter(|&k| k >= frame.lo);
    match frame.word(v) {
        "pains" => {
            back(1).filter(|&k| matches!(word(k), "took" | "take" | "takes" | "taking" | "taken"))
        }
        "point" => back(2).filter(|&k| {
            word(k + 1) == "a" && matches!(word(k), "made" | "make" | "makes" | "making")
        }),
        "short" => {
            back(1).filter(|&k| matches!(word(k), "stopped" | "stop" | "stops" | "stopping"))
        }
        "way" => back(4).filter(|&k| {
            word(k + 1) == "out"
                && word(k + 2) == "of"
                && frame.r.is(k + 3, POSSESSIVE)
                && GO.contains(&word(k))
        }),
        _ => None,
    }
}

/// How many adverbs may stand between a copula and "more likely" ("are
/// generally more likely to say").
const DEGREE_WORDS: usize = 2;

/// Verbs of saying and judging a poll compares groups by ("more likely to
/// say", "less likely to describe her as honest").
const LIKELY_CUES: &[&str] = &[
    "say", "describe", "call", "view", "see", "rate", "believe", "think", "agree",
];

/// Adjectives after a copula whose infinitive reports for the subject
/// ("Trump was quick to add that …", "he is correct to note that …").
const READY: &[&str] = &[
    "quick", "careful", "eager", "keen", "right", "correct", "wrong",
];

/// How many words a phrase fronted in a reported clause may have.
const FRONTED_WORDS: usize = 5;

/// "said in politics it takes time …": a short prepositional phrase at
/// `k` right before a clause with a pronoun subject, both reported.
fn fronted_phrase(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if !r.is_word_at(k) || !r.is(k, PREPOSITION) {
        return false;
    }
    (k + 2..frame.hi.min(k + 2 + FRONTED_WORDS))
        .take_while(|&j| r.is_word_at(j))
        .any(|j| {
            matches!(frame.word(j), "it" | "he" | "she" | "they" | "we" | "I")
                && r.is_word_at(j + 1)
                && (clause::is_auxiliary(frame.word(j + 1)) || looks_finite(frame.word(j + 1)))
        })
}

/// How many words a clause of time closing a reporting clause may have.
const ADVERBIAL_CLAUSE_WORDS: usize = 30;

/// Conjunctions that open a clause of time after a reporting clause
/// ("said as he left", "told reporters when asked about it").
const ADVERBIAL_OPENERS: &[&str] = &["as", "while", "when", "before", "after", "until"];

/// Whether `w` is a verb of reaction, laughing, cheering or gesture,
/// which reports quoted words or a "that"-clause but takes no clause as
/// its object: "as the crowd cheered" is a clause of time, never "as X
/// noted" reporting what came before.
fn reaction(w: &str) -> bool {
    MANNER_VERBS.contains(&w)
        || matches!(
            w,
            "cheer"
                | "cheers"
                | "cheered"
                | "applaud"
                | "applauds"
                | "applauded"
                | "booed"
                | "jeered"
        )
}

/// "C, as David Dayen noted.": whether "as" after a comma opens the
/// closing reporting clause of `speaker`.
fn as_closing(frame: &Frame<'_>, speaker: &Np) -> bool {
    speaker.first > frame.lo + 1
        && frame.word(speaker.first - 1) == "as"
        && frame.r.toks[speaker.first - 2].is_punct(',')
}

/// Whether the content of the cue at `c` opens at `k`, after it: not
/// where the speaker closes a quotation before it (unless a clause of its
/// own or an answer follows), nor where a clause of time closes the reporting clause,
/// nor before the sentence's own verb of saying.
fn content_follows(frame: &Frame<'_>, class: CueClass, speaker: &Np, c: usize, k: usize) -> bool {
    // ("Those who voted said …": a finite verb of saying right after the
    // cue is the sentence's own, never its content)
    let w = frame.word(k);
    !((says(w) || is_tell(w)) && !w.ends_with("ing"))
        && !closing_time(frame, class, speaker, k)
        // (an answer after the verb is what it reports: "Asked if Lee is
        // "realistic," 72 percent said yes")
        && (!closes_quotation(frame, speaker, c)
            || clause::own_clause(frame, k)
            || answer_at(frame, k))
}

/// "C, Lee said as he left.": a clause of time at `k` after a reporting
/// clause of speech set off by a comma closes it; what it reports comes
/// before the comma (not after a relative pronoun: "Lynch, who told
/// Congress when asked: C").
fn closing_time(frame: &Frame<'_>, class: CueClass, speaker: &Np, k: usize) -> bool {
    class == CueClass::Speech
        && adverbial_clause(frame, k)
        && !frame.r.relative(speaker.first)
        && speaker.first > frame.lo
        && frame.r.toks[speaker.first - 1].is_punct(',')
}

/// Whether a clause of time opens at `k`: one of [`ADVERBIAL_OPENERS`]
/// before a subject pronoun ("as he left"), a participle ("when asked",
/// "while promoting a film") or a name and its verb ("as Obama spoke"),
/// not a phrase ("as a circus", "as much stimulus").
fn adverbial_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if !ADVERBIAL_OPENERS.contains(&frame.word(k)) || !r.is_word_at(k + 1) {
        return false;
    }
    let w = frame.word(k + 1);
    let subject = subject_pronoun(w) || matches!(w, "you" | "it");
    let participle = !r.is_cap(k + 1) && (w.ends_with("ed") || w.ends_with("ing"));
    let named = r.is_cap(k + 1)
        && !r.is(k + 1, DETERMINER)
        && r.is_word_at(k + 2)
        && !r.is_cap(k + 2)
        && looks_finite(frame.word(k + 2));
    subject || participle || named
}

/// Whether a clause of "as" with a subject of its own starts at `k` and
/// runs to the sentence's end in words alone, within a bounded reach:
/// "as allies scramble to reinforce the flank.", "as he traced her
/// career" (not "as well", nor "as a result, C": a comma goes on).
fn writers_as_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    if frame.word(k) != "as" || !r.is_word_at(k + 1) {
        return false;
    }
    let subject = adverbial_clause(frame, k)
        || (r.is_cap(k + 1) && !r.is(k + 1, DETERMINER))
        || r.is(k + 1, ARTICLE | POSSESSIVE);
    let reach = frame.hi.min(k + 1 + ADVERBIAL_CLAUSE_WORDS);
    let closes = match (k + 1..reach).find(|&i| !r.is_word_at(i) && r.toks[i].kind != Kind::Clitic)
    {
        Some(e) => matches!(r.toks[e].kind, Kind::Punct('.' | '!' | '?')),
        None => reach == frame.hi,
    };
    subject && closes && (k + 2..reach).any(|i| clause::finite_verb_at(frame, i))
}

/// The punctuation after a circumstance that starts at `k`, after the
/// reporting clause of the verb at `c` ("C, she said in an interview
/// later.", "C, he said after meeting Thursday with aides, C2"); `k`
/// itself where no circumstance starts there.
fn past_circumstance(frame: &Frame<'_>, c: usize, k: usize) -> usize {
    let r = &frame.r;
    if k >= frame.hi || !r.is_word_at(k) {
        return k;
    }
    // a clause of time closing the sentence, of words alone (no
    // quotation, no comma) within a bounded reach: "C, Obama told his
    // aides as he labored over one of the last addresses of his term"
    if adverbial_clause(frame, k) {
        let reach = frame.hi.min(k + 1 + ADVERBIAL_CLAUSE_WORDS);
        let end = (k + 1..reach).find(|&i| !r.is_word_at(i));
        let closes = match end {
            Some(e) => matches!(r.toks[e].kind, Kind::Punct('.' | '!' | '?')),
            None => reach == frame.hi,
        };
        let end = end.unwrap_or(frame.hi);
        if closes && closes_attribution_before(frame, c, end) {
            return end;
        }
    }
    if !r.is(k, PREPOSITION | SUBORDINATOR) {
        return k;
    }
    // (a possessive or a quoted title inside a place or occasion: "on
    // MSNBC's show", "during Tuesday's debate", "on “Meet the Press.”")
    let occasion = matches!(frame.word(k), "on" | "at" | "during");
    let end = (k..frame.hi.min(k + clause::CIRCUMSTANCE_WORDS + 1)).find(|&i| {
        !(r.is_word_at(i)
            || (occasion
                && (r.toks[i].kind == Kind::Clitic
                    || (r.toks[i].quote().is_some() && frame.title_at(i)))))
    });
    match end {
        Some(e)
            if matches!(r.toks[e].kind, Kind::Punct('.' | '!' | '?' | ';' | ','))
                && closes_attribution_before(frame, c, e) =>
        {
            e
        }
        None if frame.hi <= k + clause::CIRCUMSTANCE_WORDS
            && closes_attribution_before(frame, c, frame.hi) =>
        {
            frame.hi
        }
        _ => k,
    }
}

/// "Sanders was asked by host John Dickerson whether …": a passive verb
/// with its agent after "by" reports what follows the agent, the agent
/// speaking (and the subject addressed). Without an agent a passive names
/// no reporter.
fn passive(frame: &Frame<'_>, c: usize, class: CueClass) -> Option<Candidate> {
    let by = clause::cue_end(frame, c) + 1;
    if frame.word(by) != "by" {
        return unnamed(frame, c, by, class);
    }
    let agent = frame.r.phrase_starting_at(by + 1, frame.hi)?;
    let k = clause::content_start(frame, agent.last + 1);
    if !(clause::opens_clause(frame, k) || clause::infinitive(frame, c, k)) {
        return passive_object(frame, c, agent, class);
    }
    Some(Candidate {
        content: [(k, clause::end(frame, k)), (0, 0)],
        speaker: agent,
        named: true,
        cue: (c, c),
        source: None,
        addressee: frame.r.subject_before(frame.lo, c),
        class: class_of(frame, &agent, class),
        rule: Rule::ReportedClause,
        confidence: REPORTED_CLAUSE,
    })
}

/// The first token of the auxiliaries before the passive participle at
/// `c`: back over adverbs to a form of "be", then over the auxiliaries
/// and adverbs before it ("has long been known": "has"); `None` without
/// a form of "be".
fn passive_start(frame: &Frame<'_>, c: usize) -> Option<usize> {
    let mut b = c;
    while b > frame.lo && passive_adverb(frame.word(b - 1)) {
        b -= 1;
    }
    let mut a = b
        .checked_sub(1)
        .filter(|&a| a >= frame.lo && is_be(frame.word(a)))?;
    while a > frame.lo
        && (clause::is_auxiliary(frame.word(a - 1)) || passive_adverb(frame.word(a - 1)))
    {
        a -= 1;
    }
    Some(a)
}

/// "The meeting was first reported by Politico.": a passive with its
/// agent and no clause after it reports its subject, what the agent
/// reported (or judged: "The plan was criticized by Democrats"), when the
/// agent closes its clause.
fn passive_object(frame: &Frame<'_>, c: usize, agent: Np, class: CueClass) -> Option<Candidate> {
    // (a verb of speech or stance: what a verb of thought has as its
    // object is no content, "The rules are not well understood by
    // voters"; whom a verb of stance backs is, "Trump is supported by few
    // papers")
    if class != CueClass::Speech && !STANCE.contains(&frame.word(c)) {
        return None;
    }
    let r = &frame.r;
    let after = clause::time_after(frame, agent.last + 1);
    let closes = after >= frame.hi
        || matches!(r.toks[after].kind, Kind::Punct('.' | ';' | '!' | '?'))
        || (frame.comma_at(after) && !r.is_word_at(after + 1));
    // ("Lee was criticized by his rivals for skipping the state", "… for
    // his remarks": what the judgment is for, a gerund or a possessed
    // noun the agent's phrase leaves out, is the content's second part;
    // not a time, "for years")
    let reason = !closes
        && frame.word(after) == "for"
        && after + 1 < frame.hi
        && (frame.word(after + 1).ends_with("ing") || r.is(after + 1, POSSESSIVE));
    // ("The bill was described by Lee as "a disaster"", "The ruling was
    // hailed by activists as a victory": the name after "as", which the
    // content takes in; not "as" before a part, a participle or a
    // clause, "as part of", "quoted by Reuters as saying", "as he left")
    let named_as = !closes
        && frame.word(after) == "as"
        && !matches!(
            frame.word(after + 1),
            "part" | "well" | "soon" | "long" | "much"
        )
        && !frame.word(after + 1).ends_with("ing")
        && !clause::own_clause(frame, after + 1);
    if !closes && !reason && !named_as {
        return None;
    }
    // the subject before the form of "be" (past adverbs between)
    let a = passive_start(frame, c)?;
    let subject = r.subject_before(frame.lo, a)?;
    if subject.kind == MentionKind::Pronoun && !r.relative(subject.first) {
        return None;
    }
    let mut found = agent_report(frame, (subject.first, subject.last + 1), agent, c, class);
    if reason || named_as {
        found.content[1] = (after, clause::end(frame, after + 1));
    }
    Some(found)
}

/// The report of `content` by `agent`, the one "by" names after the
/// passive verb at `c`.
fn agent_report(
    frame: &Frame<'_>,
    content: Range,
    agent: Np,
    c: usize,
    class: CueClass,
) -> Candidate {
    Candidate {
        content: [content, (0, 0)],
        speaker: agent,
        named: true,
        cue: (c, c),
        source: None,
        addressee: None,
        class: class_of(frame, &agent, class),
        rule: Rule::ReportedClause,
        confidence: REPORTED_CLAUSE,
    }
}

/// The question put by the agent of "asked" (or "pressed",
/// "questioned") opening the sentence or set off after its subject:
/// "Asked by a reporter whether C, Trump said …", "Trump, asked by the
/// host if C, said …", "Asked by Lee to respond, Kim said …". The asker
/// speaks; the question runs from its opener to the comma.
fn asked_by(frame: &Frame<'_>, c: usize, class: CueClass) -> Option<Candidate> {
    let w = frame.word(c);
    let opening = c == frame.lo || (c == frame.lo + 1 && opens_question(frame.word(frame.lo)));
    if !["asked", "pressed", "questioned"]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(w))
        || frame.word(c + 1) != "by"
        || !(opening || asked_aside(frame, c))
    {
        return None;
    }
    let agent = frame.r.phrase_starting_at(c + 2, frame.hi)?;
    let k = clause::time_after(frame, agent.last + 1);
    if k >= frame.hi || !QUESTION_OPENERS.contains(&frame.word(k)) {
        return None;
    }
    Some(agent_report(frame, question(frame, k), agent, c, class))
}

/// The question from its opener at `k` to the comma that closes it, or
/// its clause's end (a quotation ending with the comma inside its marks
/// stays in: "Asked whether Lee "can win," voters said"; not a title,
/// "during an appearance on "CBS This Morning,"").
fn question(frame: &Frame<'_>, k: usize) -> Range {
    let end = clause::end(frame, k);
    let end = (k..end).find(|&j| frame.comma_at(j)).map_or(end, |j| {
        j + usize::from(frame.r.toks[j].quote().is_some() && !titled(frame, j))
    });
    (k, clause::trimmed_end(frame, k, end))
}

/// How sure a report whose source no one names is.
pub(crate) const UNNAMED_SOURCE: f32 = 0.65;
/// …after a verb of seeming, which as often has its subject as source.
pub(crate) const HEDGE: f32 = 0.5;

/// What a question asks after "asked" ("asked about …", "asked whether
/// …", "asked to …").
const QUESTION_OPENERS: &[&str] = &[
    "about", "whether", "if", "what", "how", "why", "who", "whom", "which", "when", "where", "to",
];

/// How many words the occasion of a question may have ("asked at a town
/// hall meeting in Iowa about …").
const OCCASION_WORDS: usize = 8;

/// Where the question after "asked" starts, from token `k`: at once, or
/// past its time and occasion ("Asked Tuesday about the deal", "When asked
/// at the conference whether …", "Asked on Fox News who leads …").
fn question_after(frame: &Frame<'_>, k: usize) -> Option<usize> {
    let r = &frame.r;
    let k = clause::time_after(frame, k);
    if QUESTION_OPENERS.contains(&frame.word(k)) {
        return Some(k);
    }
    if !matches!(frame.word(k), "at" | "on" | "in" | "during" | "by") {
        return None;
    }
    (k + 1..frame.hi.min(k + 2 + OCCASION_WORDS))
        .take_while(|&i| r.is_word_at(i) || r.toks[i].kind == Kind::Clitic)
        .find(|&i| {
            QUESTION_OPENERS.contains(&frame.word(i)) && !matches!(frame.word(i), "to" | "in")
        })
}

/// Passives that report a "that" clause after an impersonal "it" ("it
/// is thought that …", "it was alleged that …", the older wire style's
/// "it was learned today that …"), besides those read after any subject.
const IMPERSONAL: &[&str] = &[
    "thought",
    "alleged",
    "claimed",
    "feared",
    "known",
    "expected",
    "estimated",
    "assumed",
    "suggested",
    "argued",
    "announced",
    "revealed",
    "learned",
    "confirmed",
    "rumored",
    "noted",
    "stated",
    "predicted",
    "hoped",
    "agreed",
];

/// Whether the passive verb at `c` has an impersonal "it" as its subject.
fn impersonal_it(frame: &Frame<'_>, c: usize) -> bool {
    frame
        .r
        .subject_before(frame.lo, c)
        .is_some_and(|np| np.first == np.last && frame.word(np.first).eq_ignore_ascii_case("it"))
}

/// "X is expected to C", "X was asked about C": a passive of expecting or
/// asking without its agent, at `c` (`k` the token after it), reports C
/// with its source unnamed; so does a verb of seeming ("X seems to C").
/// The subject of "expected" or "seems" is part of the content.
fn unnamed(frame: &Frame<'_>, c: usize, k: usize, class: CueClass) -> Option<Candidate> {
    let w = frame.word(c);
    let hedge = HEDGES.contains(&w);
    let passive_to = matches!(
        w,
        "expected" | "said" | "rumored" | "believed" | "thought" | "reported" | "understood"
    );
    let opener = matches!(w, "asked" | "Asked" | "pressed" | "questioned" | "queried")
        .then(|| question_after(frame, k))
        .flatten();
    let content = match w {
        _ if hedge => hedged(frame, c, k)?,
        _ if passive_to && frame.word(k) == "to" => {
            // ("is", "was" and adverbs stand between, as between a
            // speaker and its verb; a subject the grammar does not read,
            // "About one of every nine voters is expected to …", is the
            // few words back to the sentence's start)
            let loose = || {
                let first = words_back(frame, c, HEDGE_SUBJECT_WORDS, |_| false);
                (first == frame.lo && first + 1 < c).then_some(first)
            };
            // (or the phrase before the comma of one set off after it)
            let (first, end) = if let Some(np) = appositive_passive(frame, c) {
                (np.first, c - 1)
            } else {
                let subject = frame.r.subject_before(frame.lo, c).map(|s| s.first);
                (subject.or_else(loose)?, c)
            };
            let last = (first..end).rev().find(|&i| !frame.r.is_modifier(i))?;
            [(first, last + 1), (k, raised_end(frame, k))]
        }
        // "it was said that …": the clause, past a circumstance ("had
        // been told just before the vote that …"; the one told is no
        // speaker)
        "said" | "told" | "reported" | "believed" | "understood"
            if frame.word(clause::content_start(frame, k)) == "that" =>
        {
            let k = clause::content_start(frame, k);
            [(k, clause::end(frame, k)), (0, 0)]
        }
        // "Reporters were told the talks had stalled": a passive "told"
        // without its agent, before a clause with no "that"
        "told" if frame.after_be(c) && clause::starts_content(frame, k) => {
            [(k, clause::end(frame, k)), (0, 0)]
        }
        // "it is thought that …", "it was alleged that …": after "it"
        // only, since others ("he was warned that") are addressed
        // (past a time too: "it was learned today that …")
        _ if IMPERSONAL.contains(&w)
            && frame.word(clause::content_start(frame, k)) == "that"
            && impersonal_it(frame, c) =>
        {
            let k = clause::content_start(frame, k);
            [(k, clause::end(frame, k)), (0, 0)]
        }
        // "C, it was stated at the White House today." and "C, it is
        // said, C2": an impersonal passive set off by a comma reports the
        // clause around it
        _ if (IMPERSONAL.contains(&w) || matches!(w, "said" | "reported"))
            && let Some(content) = impersonal_aside(frame, c, k) =>
        {
            content
        }
        // (the question ends at a comma: "Sunday, when asked about the
        // deal, Kim said")
        "asked" | "Asked" | "pressed" | "questioned" | "queried" if opener.is_some() => {
            [question(frame, opener?), (0, 0)]
        }
        // "When told Lee had resigned, Kim laughed": what the one told
        // heard, to the comma
        "told" if clause::starts_content(frame, k) && asked_unnamed(frame, c) => {
            let end = clause::end(frame, k);
            let end = (k..end).find(|&j| frame.comma_at(j)).unwrap_or(end);
            [(k, clause::trimmed_end(frame, k, end)), (0, 0)]
        }
        _ => return None,
    };
    Some(Candidate {
        content,
        speaker: Np::description(c, c),
        named: false,
        cue: (c, c),
        source: None,
        addressee: None,
        class,
        rule: Rule::UnnamedSource,
        confidence: if hedge { HEDGE } else { UNNAMED_SOURCE },
    })
}

/// "The gunman, believed to be in his 40s, fled", "a painting, thought
/// to have been stolen in 1990,": the noun phrase whose closing comma the
/// participle of thinking or saying at `c` stands right after, before an
/// infinitive: a passive on that phrase without its auxiliary, read as
/// "The gunman is believed to be …" is, and the phrase's own sentence
/// goes on past it. `None` where the participle is no such passive.
fn appositive_passive(frame: &Frame<'_>, c: usize) -> Option<Np> {
    let r = &frame.r;
    // (a participle that is no active verb before "to": "Lee, an aide,
    // declined to comment", "vowed to", "expected to win" are a
    // subject's verbs; "said" and "reported" only before "to be" or "to
    // have", "said to reporters")
    let passive_only = match frame.word(c) {
        "believed" | "thought" | "rumored" | "alleged" | "understood" => true,
        "said" | "reported" => matches!(frame.word(c + 2), "be" | "have"),
        _ => false,
    };
    if !(passive_only
        && c >= frame.lo + 2
        && r.toks[c - 1].is_punct(',')
        && frame.word(c + 1) == "to"
        && r.is_word_at(c - 2))
    {
        return None;
    }
    r.phrase_ending_at(frame.lo, c - 2)
        .filter(|np| np.kind != MentionKind::Pronoun)
}

/// The clause around an impersonal passive after a comma, its verb at
/// `c` and `k` the token after it: before it where it closes the
/// sentence, perhaps with a place and time of its own ("C, it was stated
/// at the White House today."); before and after it where a comma closes
/// it inside the clause ("The President, it is said, will not …").
fn impersonal_aside(frame: &Frame<'_>, c: usize, k: usize) -> Option<[Range; 2]> {
    let r = &frame.r;
    // ("it" right before the passive's auxiliaries, a comma before it)
    let it = passive_start(frame, c)?.checked_sub(1)?;
    if it <= frame.lo || frame.word(it) != "it" || !r.toks[it - 1].is_punct(',') {
        return None;
    }
    let comma = it - 1;
    let start = clause::sentence_start(frame, comma);
    let words = (start..comma).filter(|&j| r.is_word_at(j)).count();
    if words > 0 && k < frame.hi && r.toks[k].is_punct(',') && clause::continues(frame, k + 1) {
        return Some([(start, comma), (k + 1, clause::end(frame, k + 1))]);
    }
    if words < MIN_ASIDE_CLAUSE {
        return None;
    }
    // (past words of circumstance, no verb among them, to the end)
    let end = (k..frame.hi.min(k + ASIDE_CIRCUMSTANCE))
        .find(|&j| !r.is_word_at(j) || looks_finite(frame.word(j)))
        .unwrap_or(frame.hi);
    let closes = end >= frame.hi || matches!(r.toks[end].kind, Kind::Punct('.' | '!' | '?'));
    closes.then_some([(start, comma), (0, 0)])
}

/// The fewest words the clause before an impersonal aside may have.
const MIN_ASIDE_CLAUSE: usize = 3;

/// The most words of circumstance after an impersonal aside that closes
/// its sentence ("at the White House today").
const ASIDE_CIRCUMSTANCE: usize = 8;

/// "The group is reportedly spending $1.5 million", "Lee reportedly took
/// the money": a clause marked by an adverb of report at `i` as what
/// someone unnamed reports, in two parts: its subject (with any auxiliary
/// before the adverb) and its predicate.
fn reportedly(frame: &Frame<'_>, i: usize) -> Option<Candidate> {
    let r = &frame.r;
    let w = frame.word(i);
    if !REPORTED_ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(w)) {
        return None;
    }
    let k = i + 1;
    // (a verb of saying after it reports itself: "he reportedly told
    // aides")
    if k >= frame.hi
        || !r.is_word_at(k)
        || r.is_cap(k)
        || r.is(k, PREPOSITION | DETERMINER)
        || verb_class(frame, k).is_some()
    {
        return None;
    }
    let first = clause_subject_start(frame, i)?;
    Some(Candidate {
        content: [(first, i), (k, clause::end(frame, k))],
        speaker: Np::description(i, i),
        named: false,
        cue: (i, i),
        source: None,
        addressee: None,
        class: CueClass::Speech,
        rule: Rule::UnnamedSource,
        confidence: REPORTEDLY,
    })
}

/// Words after "as" that make it a comparison, not a complement: "has
/// seen as many", "seen as well".
const AS_COMPARISON: &[&str] = &[
    "much", "many", "well", "far", "long", "soon", "good", "little",
];

/// The most tokens the phrase after "seen as" or "known for" may run.
const REPUTE_REACH: usize = 40;

/// "Sanders is seen as empowering voters", "Ginsburg is known for
/// speaking her mind", "a state known for rewarding moderates", "the
/// plan was described as a failure": a passive of perception, repute or
/// naming ([`NAMING_PARTICIPLES`] before "as")
/// at `i` reports what unnamed people think of its subject. The content
/// is the subject (the phrase before a form of "be", or before the
/// participle) and the complement after "as" or "for", to its clause's
/// end or first comma.
fn repute(frame: &Frame<'_>, i: usize) -> Option<Candidate> {
    // (the word first: this runs for every token)
    let w = frame.word(i);
    let naming = NAMING_PARTICIPLES.contains(&w);
    let fits = (REPUTE_PARTICIPLES.contains(&w) || naming)
        && match w {
            // (and "known as", the name unnamed people give it: "the
            // contests known as Super Tuesday")
            "known" => matches!(frame.word(i + 1), "for" | "as"),
            _ => frame.word(i + 1) == "as",
        };
    let r = &frame.r;
    let k = i + 2;
    if !fits
        || !r.is_word_at(i)
        || k >= frame.hi
        || !(r.is_word_at(k) || r.toks[k].quote().is_some())
        || AS_COMPARISON.contains(&frame.word(k))
    {
        return None;
    }
    let start = passive_start(frame, i);
    let reduced = start.is_none();
    let subject = if let Some(a) = start {
        let first = clause_subject_start(frame, a)?;
        (first, a)
    } else {
        // (reduced, after the noun it describes, perhaps past a comma: "a
        // state known for", "Scalia, regarded as"; not after a verb of its
        // own, "they have seen as")
        let mut b = i;
        while b > frame.lo && passive_adverb(frame.word(b - 1)) {
            b -= 1;
        }
        let end = if b > frame.lo && frame.comma_at(b - 1) {
            b - 1
        } else {
            b
        };
        let np = r.phrase_ending_at(frame.lo, end.checked_sub(1)?)?;
        if np.first < frame.lo || np.kind == MentionKind::Pronoun && !r.relative(np.first) {
            return None;
        }
        // (a verb of naming right after speakers is theirs, active:
        // "critics denounced as unfair what …")
        if naming && end == b && (r.is(np.last, SPEAKER) || np.kind == MentionKind::Person) {
            return None;
        }
        (np.first, np.last + 1)
    };
    if subject.0 >= subject.1 {
        return None;
    }
    let end = clause::end(frame, k).min(k + REPUTE_REACH);
    // (to a comma; a reduced passive, to the sentence's own verb too:
    // "Three names mentioned as nominees are …", not one in a clause of
    // the complement's own, "a candidate who would …", "a sign that the
    // party is …")
    let mut clause_inside = false;
    let end = (k..end)
        .find(|&j| {
            clause_inside |= r.is(j, SUBORDINATOR)
                || matches!(frame.word(j), "that" | "who" | "which" | "whom" | "whose");
            frame.comma_at(j)
                || (reduced
                    && !clause_inside
                    && r.is_word_at(j)
                    && !r.is_cap(j)
                    && is_finite_auxiliary(frame.word(j)))
        })
        .unwrap_or(end);
    let end = clause::trimmed_end(frame, k, end);
    (end > k).then_some(Candidate {
        content: [subject, (k, end)],
        speaker: Np::description(i, i),
        named: false,
        cue: (i, i + 1),
        source: None,
        addressee: None,
        class: CueClass::Thought,
        rule: Rule::UnnamedSource,
        confidence: REPUTE,
    })
}

/// A passive of repute or naming, "is seen as", "known for", "described
/// as": right, content and unnamed source, about half the time ("seen as"
/// is annotated 23 times in 48 on the training split, "known for" 16 in
/// 24, "known as" 25 in 49, the participles of naming before "as" 24 in
/// 43).
const REPUTE: f32 = 0.5;

/// An adverb of report: the clause is often reported, but its end is
/// often past what the source said (right half the time on the training
/// split, 10 of 20).
const REPORTEDLY: f32 = 0.5;

/// The first token of the subject of a predicate at `v`: the few words
/// back to the clause's start, else the subject the grammar reads.
fn clause_subject_start(frame: &Frame<'_>, v: usize) -> Option<usize> {
    let r = &frame.r;
    // ("The ties between Britain and America seem …": that "and" joins
    // the objects of "between", no clauses)
    let between = |i: usize| {
        (i.saturating_sub(BETWEEN_REACH).max(frame.lo)..i).any(|b| frame.word(b) == "between")
    };
    let opener = |i: usize| {
        let w = frame.word(i);
        (CLAUSE_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w)) && !(w == "and" && between(i)))
            || matches!(w, "who" | "which" | "that")
            || r.is(i, SUBORDINATOR)
            // ("Lee said the robber seemed calm": a clause reported)
            || (frame.is_cue(i) && !r.is_cap(i))
    };
    let first = words_back(frame, v, HEDGE_SUBJECT_WORDS, opener);
    let opens = first == frame.lo || !r.is_word_at(first - 1) || opener(first - 1);
    if first < v && opens {
        // ("The woman who received the photos has reportedly …": a
        // relative clause on the subject's noun is part of the subject)
        let relative = first >= frame.lo + 2 && matches!(frame.word(first - 1), "who" | "which");
        let head = relative
            .then(|| r.phrase_ending_at(frame.lo, first - 2))
            .flatten()
            .filter(|np| {
                np.kind != MentionKind::Pronoun
                    && (np.first == frame.lo || !r.is_word_at(np.first - 1) || opener(np.first - 1))
            });
        Some(head.map_or(first, |np| np.first))
    } else {
        r.subject_before(frame.lo, v)
            .map(|np| np.first)
            .filter(|&f| f < v)
    }
}

/// How many words may stand between "between" and the "and" that joins
/// its objects ("between the United States and …").
const BETWEEN_REACH: usize = 4;

/// How many words the subject of a verb of seeming may have where the
/// speaker grammar reads none ("Each skater seemed to …", "his ability
/// to do so seemed shaky").
const HEDGE_SUBJECT_WORDS: usize = 10;

/// The content of a verb of seeming at `c` whose complement starts at
/// `k`: its subject and what it seems to do or be ("Cruz seemed lost",
/// "the race appears closer in Ohio", "X seems to C"); after "it", the
/// complement alone ("it seems likely that C"). An infinitive after any
/// form; an adjective only after a past or third-person form ("seem" and
/// "appear" alone, and "appeared", which as often means "showed up", are
/// too rarely hedges).
fn hedged(frame: &Frame<'_>, c: usize, k: usize) -> Option<[Range; 2]> {
    let r = &frame.r;
    let w = frame.word(c);
    let next = frame.word(k);
    let infinitive = next == "to";
    // "it seems the party has …", "it appears, though, that C": after an
    // impersonal "it", the clause (past an aside) is the content
    let v = before_auxiliaries(frame, c);
    let impersonal = v > frame.lo && frame.word(v - 1).eq_ignore_ascii_case("it");
    if impersonal && !infinitive {
        // (not past an adjective: "it seems likely that C" holds it)
        let k = if r.toks.get(k).is_some_and(|t| t.is_punct(',')) {
            clause::content_start(frame, k)
        } else {
            k
        };
        if frame.word(k) == "that"
            || clause::opens_clause(frame, k)
            || clause::bare_clause(frame, k)
        {
            return Some([(k, clause::end(frame, k)), (0, 0)]);
        }
    }
    let complement = r.is_word_at(k)
        && !r.is_cap(k)
        && (matches!(w, "seems" | "seemed" | "appears")
            || (matches!(w, "appeared" | "appear" | "seem") && judged_state(frame, k)))
        && (next == "like" || !r.is(k, PREPOSITION | DETERMINER))
        && !matches!(next, "that" | "and" | "but" | "or");
    if !(infinitive || complement) {
        return None;
    }
    let rest = (
        k,
        if infinitive {
            raised_end(frame, k)
        } else {
            clause::end(frame, k)
        },
    );
    // the subject ends before the auxiliaries and adverbs that stand
    // before the verb ("it must have seemed", "Trump also seemed")
    if impersonal {
        return Some([rest, (0, 0)]);
    }
    // the words back to the clause's start, a few at most, else the
    // subject the grammar reads
    let first = clause_subject_start(frame, v)?;
    Some([(first, v), rest])
}

/// Whether the word at `k`, after "appeared", "appear" or "seem", is a
/// state judged from outside rather than where or how one showed up: a
/// participle or an adjective of comparison ("appeared paralyzed",
/// "appeared closer to", "seem intent on", "appear more attractive"),
/// not "appeared onstage", "appeared briefly", "appeared together".
fn judged_state(frame: &Frame<'_>, k: usize) -> bool {
    let w = frame.word(k);
    let r = &frame.r;
    r.is_word_at(k)
        && !r.is_cap(k)
        && (w.ends_with("ed")
            || w.ends_with("er")
            || matches!(
                w,
                "more"
                    | "less"
                    | "intent"
                    | "eager"
                    | "ready"
                    | "unable"
                    | "likely"
                    | "unlikely"
                    | "certain"
                    | "determined"
                    | "poised"
                    | "open"
                    | "willing"
                    | "reluctant"
            ))
        && !matches!(
            w,
            "together" | "under" | "after" | "over" | "later" | "earlier" | "never" | "ever"
        )
}

/// The end of the infinitive at `k` that says what a subject is expected
/// or seems to do ("Nabisco is expected to cut 277 jobs - the first
/// wave …", "The decision is expected to go against Beijing, with …"):
/// where [`clause::end`] puts it, or earlier at a comma or dash, after
/// which the writer goes on about it.
fn raised_end(frame: &Frame<'_>, k: usize) -> usize {
    let end = clause::end(frame, k);
    // ("seemed to imply that Trump, an outsider, could …": an infinitive
    // of saying or thinking reports a clause, whose asides are its own)
    // ("that" is among the words that open a clause)
    if frame.is_cue(k + 1)
        && (clause::opens_clause(frame, k + 2) || clause::bare_clause(frame, k + 2))
    {
        return end;
    }
    let toks = &frame.r.toks;
    // (not at the commas around a relative clause: "to show that Cruz,
    // who …, did")
    let mut relative = false;
    let cut = (k + 1..end)
        .find(|&j| {
            if toks[j].is_dash() {
                return true;
            }
            if !toks[j].is_punct(',') {
                return false;
            }
            if relative {
                relative = false;
                return false;
            }
            relative = matches!(frame.word(j + 1), "who" | "whose" | "which");
            !relative
        })
        .unwrap_or(end);
    clause::trimmed_end(frame, k, cut)
}

/// Whether the verb at `c` is inside a noun phrase, in a relative clause
/// ("the novice who wants to unseat X is reaping …") or a participle after
/// its noun ("a super PAC supporting Rubio's campaign led …"): its content
/// ends where the sentence's own verb begins.
fn embedded(frame: &Frame<'_>, c: usize) -> bool {
    if c <= frame.lo {
        return false;
    }
    let before = frame.word(c - 1);
    // ("who is challenging", "which has long argued": past auxiliaries
    // and adverbs)
    let mut b = c - 1;
    while b > frame.lo && (clause::is_auxiliary(frame.word(b)) || frame.r.is(b, MODIFIER)) {
        b -= 1;
    }
    matches!(frame.word(b), "who" | "which")
        || coordinated_in_relative(frame, b)
        || (frame.word(c).ends_with("ing")
            && frame.r.is_word_at(c - 1)
            && !frame.r.is(c - 1, MODIFIER)
            && !clause::is_auxiliary(before)
            // "regretted saying", "kept saying": a verb in the past
            // governs the participle, which is no reduced relative
            && (frame.r.is_cap(c - 1) || !is_past_form(before))
            && !matches!(
                before,
                "and" | "but" | "or" | "by" | "of" | "for" | "after" | "before" | "while" | "without"
            ))
}

/// Whether "and" or "but" at `b` joins a verb to the verb of a relative
/// clause set off by a comma, with no comma between: "Sanders, who
/// endorsed Canova and said he would campaign with him, did not …".
fn coordinated_in_relative(frame: &Frame<'_>, b: usize) -> bool {
    if !matches!(frame.word(b), "and" | "but") {
        return false;
    }
    let floor = frame.lo.max(b.saturating_sub(RELATIVE_COORDINATION));
    (floor..b)
        .rev()
        .take_while(|&k| frame.r.is_word_at(k))
        .find(|&k| matches!(frame.word(k), "who" | "which"))
        .is_some_and(|k| k > frame.lo && frame.comma_at(k - 1))
}

/// How far back from "and" the relative pronoun of the clause it goes on
/// may stand ([`coordinated_in_relative`]).
const RELATIVE_COORDINATION: usize = 16;

/// How many words a phrase of circumstance between a conjunction and its
/// verb may have ("but in a later interview said").
const COORDINATED_CIRCUMSTANCE: usize = 6;

/// The word of `openers` that opens a phrase right after "and" or "but"
/// before the verb at `c`, within a few words and no punctuation: the
/// preposition of "…, but in a later interview said", the "like" of "and
/// like Trump has spoken".
fn opener_after_conjunction(frame: &Frame<'_>, c: usize, openers: &[&str]) -> Option<usize> {
    let floor = frame.lo.max(c.saturating_sub(COORDINATED_CIRCUMSTANCE + 1));
    (floor + 1..c)
        .rev()
        .take_while(|&i| frame.r.is_word_at(i))
        .find(|&i| openers.contains(&frame.word(i)))
        .filter(|&p| matches!(frame.word(p - 1), "and" | "but"))
}

/// Whether a phrase of circumstance stands between "and" or "but" and
/// the verb at `c`: "…, but in a later interview said C", "and on Monday
/// said C". The verb is coordinated; the phrase's noun is no subject.
fn circumstance_after_conjunction(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    // (its last word no name nor pronoun, which would be the subject: "and
    // at the meeting Kim said")
    let noun = c > frame.lo
        && !r.is(c - 1, PRONOUN)
        && (!r.is_cap(c - 1) || DAYS.contains(&frame.word(c - 1)));
    noun && opener_after_conjunction(frame, c, &["in", "at", "during", "on"]).is_some()
}

/// Whether a comparison ("like Trump", "unlike his rival") stands
/// between "and" or "but" and the verb at `c`, with no comma: the verb is
/// coordinated, the compared phrase no subject.
fn comparison_after_conjunction(frame: &Frame<'_>, c: usize) -> bool {
    // (no subject pronoun of its own after the phrase: "but like many
    // Republicans he has said")
    opener_after_conjunction(frame, c, &["like", "unlike"])
        .is_some_and(|p| !(p + 1..c).any(|i| frame.r.is(i, PRONOUN)))
}

/// How many tokens a closing reporting clause may run after its speaker:
/// the verb and a few words of occasion ("said in a note on Monday").
const CLOSING_TAIL: usize = 8;

/// Whether `speaker` speaks in a reporting clause that closes what it
/// reports, set off by a comma before it and by the comma at `comma` after
/// it: "C, Ann Lee said, …", "C, said Ann Lee, …", "C, analysts said in a
/// note, …" (a reporting verb and the speaker in one stretch without
/// commas, after the sentence's subject).
fn closes_before(frame: &Frame<'_>, speaker: &Np, comma: usize) -> bool {
    if !frame.comma_at(comma) || speaker.last >= comma {
        return false;
    }
    let Some(open) = (frame.lo..comma).rev().find(|&k| frame.comma_at(k)) else {
        return false;
    };
    // the clause is the speaker and the verb, in either order, and perhaps
    // a few words of occasion ("in a note"), not a clause of its own
    // ("Christie, a governor, repeated that Rubio …, calling"; "the plan,
    // which Smith said was sound, adding")
    let first = open + 1;
    // (or after a noun that sums up the clause before: "…, a charge the
    // leaders denied, noting C")
    let opens = speaker.first == first
        || (frame.is_cue(first) && speaker.first <= first + 2)
        || summing_noun(frame, first, speaker.first).is_some_and(|(_, s)| s == speaker.first);
    opens
        && comma - speaker.last <= CLOSING_TAIL
        && frame.subject.is_none_or(|s| s.last < open)
        && (open + 1..comma)
            .any(|k| frame.is_cue(k) && !(speaker.first..=speaker.last).contains(&k))
}

/// The speaker of the verb at `c` as read, and whether it names anyone:
/// a conjunction opening the sentence is no one ("But expecting voters
/// to …", "And measuring …"), nor are adjectives before a noun of speech
/// read as a verb ("several negative comments about …"), whose possessor
/// speaks ("his ambitious claims").
fn named_speaker(frame: &Frame<'_>, speaker: Np, c: usize) -> (Np, bool) {
    let nominal = frame.adjectives_before_noun(&speaker, c);
    if nominal {
        return if frame.r.is(speaker.first, POSSESSIVE) {
            (Np::pronoun(speaker.first), true)
        } else {
            (speaker, false)
        };
    }
    let connective =
        speaker.first == speaker.last && CONNECTIVES.contains(&frame.word(speaker.first));
    (speaker, !connective)
}

/// The report before's speaker where it reads the same subject further
/// ("The Democratic platform recognizes …, outlining …", where the
/// sentence's subject was read as "The Democratic"), else `subject`.
fn fuller(subject: Np, previous: Option<Np>, c: usize) -> Np {
    match previous {
        Some(p) if p.first == subject.first && p.last > subject.last && p.last < c => p,
        _ => subject,
    }
}

/// The speaker of the verb at `c` (whose cue ends at `last`), and whether
/// it stands after the verb ("…, said Smith.").
fn speaker_of(
    frame: &Frame<'_>,
    c: usize,
    last: usize,
    previous: Option<Np>,
) -> Option<(Np, bool)> {
    let r = &frame.r;
    let w = frame.word(c);
    let before = if c > frame.lo { frame.word(c - 1) } else { "" };
    // read once, for the participle's test below and the subject after
    let subject = std::cell::OnceCell::new();
    let subject_before = || *subject.get_or_init(|| r.subject_before(frame.lo, c));
    if w.ends_with("ing") {
        // "the ad shows him saying": the object is the participle's subject
        if matches!(before, "him" | "her" | "them") {
            return Some((Np::pronoun(c - 1), false));
        }
        // "Clinton spent much of the day portraying …", "speakers took
        // turns urging …": a gerund after a verb of spending and what is
        // spent speaks for that verb's subject
        if let Some(np) = spent_before(frame, c).and_then(|v| r.subject_before(frame.lo, v)) {
            return Some((np, false));
        }
        // "…, saying that": the main clause's subject, or the speaker of
        // the report before ("“Q,” said X at the time, adding that …")
        // (also after a quotation ending with its comma: "… the "king of
        // debt," noting that"); "by saying", "after noting": a participle
        // after a preposition, too
        let governed = governed_participle(frame, c);
        // "After saying that C, Lee voted …", "In addition to stating
        // that C, Clinton has …": a participle in a phrase opening the
        // sentence speaks for the subject after it, as below
        if fronted_governor(frame, c) {
            return frame
                .subject
                .filter(|s| s.first > c && opening_content(frame, c, last, s))
                .map(|s| (s, false));
        }
        // "Trump will lose, Ann Lee said, adding that C": after a
        // reporting clause that closes what it reports, its speaker
        // (a quotation after the participle, "…, Lee said, adding, “Q”",
        // is a report of its own, made when reports are joined)
        let worded = frame.r.is_word_at(c + 1);
        if let Some(p) =
            previous.filter(|p| worded && c > frame.lo && closes_before(frame, p, c - 1))
        {
            return Some((p, false));
        }
        // (a dash sets the participle off as a comma does: "…, said Lee,
        // who heads the union — adding that C"; and so does "said",
        // which takes no object the participle could modify: "“Q,” Lee
        // said answering a question", not "told cheering supporters")
        let dash = c > frame.lo && frame.r.toks[c - 1].is_dash();
        let after_said = c > frame.lo && crate::attribute::frame::says(before);
        if let Some(np) = participle_subject(frame, c, previous) {
            return Some((np, false));
        }
        if c > frame.lo && (frame.comma_at(c - 1) || governed || dash || after_said) {
            return own_clause_subject(frame, c, governed)
                .or(frame
                    .subject
                    .filter(|s| s.last < c)
                    .map(|s| fuller(s, previous, c)))
                .or(previous)
                .map(|s| (s, false));
        }
        // "Two senators sent a letter Tuesday demanding C": a document
        // right before the participle speaks for whoever issued it
        if let Some((issuer, _)) = issuer_before(frame, c) {
            return Some((issuer, false));
        }
        // "she said at a news conference announcing that C", "heard on a
        // microphone telling C": the phrase before does not speak
        if let Some(s) = subject_before().and_then(|np| occasion_speaker(frame, &np, previous)) {
            return Some((s, false));
        }
        // "Noting that C, Trump said …": a participle opening the
        // sentence speaks for the subject after it
        if c == frame.lo {
            return frame
                .subject
                .filter(|s| s.first > c && opening_content(frame, c, last, s))
                .map(|s| (s, false));
        }
    }
    // ("and like Trump has spoken about …": the subject of the verb the
    // conjunction joins, not the name it is compared with)
    let compared = comparison_after_conjunction(frame, c);
    let b = past_adverbials(frame, c);
    if (c > frame.lo && joins_verbs(frame, c - 1))
        || (b < c && joins_verbs(frame, b))
        || compared
        || circumstance_after_conjunction(frame, c)
    {
        return previous
            .or_else(|| frame.clause_subject(c - 1).filter(|_| !compared))
            .or(frame.subject.filter(|s| s.last < c))
            .map(|s| (s, false));
    }
    if let Some(p) = in_series(frame, c, last, previous, subject_before) {
        return Some((p, false));
    }
    if question_pronoun(frame, c) {
        return Some((Np::pronoun(c - 1), false));
    }
    // (the adverb is no subject: "…." So said Lee.)
    if c > frame.lo && frame.inverted_cue(c - 1) == c {
        return inverted_speaker(frame, c, last).map(|np| (np, true));
    }
    if let Some(np) = subject_before().or_else(|| loose_subject(frame, c)) {
        if let Some(after) = closing_after_aside(frame, c, last, &np) {
            return Some((after, true));
        }
        // ("Why didn't Lee say …?": a subject after an auxiliary that
        // opens a question is the whole subject)
        let inverted = np.first > frame.lo && question_auxiliary(frame.word(np.first - 1));
        // "Aides to Clinton say", "activists clamoring to block Trump
        // believe": a plain form has a plural subject, so a singular name
        // before it ends a longer one
        let plain = crate::attribute::frame::always_verb(w)
            && !inverted
            && !(clause::is_auxiliary(before)
                || matches!(before, "to" | "not" | "never" | "also" | "who"));
        if let Some(longer) = with_participle(frame, &np, c) {
            return Some((longer, false));
        }
        if plain && !frame.plural(&np) && np.kind != MentionKind::Pronoun {
            if let Some(longer) = loose_subject(frame, c)
                .filter(|l| l.first < np.first)
                .or_else(|| modified_subject(frame, c, last))
            {
                return Some((with_document(frame, longer), false));
            }
        }
        return Some((with_document(frame, np), false));
    }
    if let Some(np) = inverted_speaker(frame, c, last) {
        return Some((np, true));
    }
    modified_subject(frame, c, last).map(|np| (np, false))
}

/// How many tokens a verb of spending may stand before the gerund it
/// takes, its object between ("spent more than $10 million since June 1
/// attacking").
const SPENT_REACH: usize = 10;

/// The first token of the verb of spending (with its auxiliaries and
/// adverbs before it) whose object, words and numbers alone, runs up to
/// the gerund at `c`: "spent much of his speech", "has spent $10
/// million", "took turns".
fn spent_before(frame: &Frame<'_>, c: usize) -> Option<usize> {
    let r = &frame.r;
    let floor = c.saturating_sub(SPENT_REACH).max(frame.lo);
    let v = (floor..c)
        .rev()
        .take_while(|&k| r.is_word_at(k) || r.toks[k].kind == Kind::Clitic)
        .find(|&k| {
            matches!(
                frame.word(k),
                "spend" | "spends" | "spent" | "spending" | "devoted" | "wasted"
            ) || (matches!(frame.word(k), "take" | "takes" | "took" | "taking")
                && frame.word(k + 1) == "turns"
                && k + 2 == c)
        })?;
    Some(before_auxiliaries(frame, v))
}

/// The first of the auxiliaries and adverbs standing right before the
/// verb at `c` (not before the frame's start): `c` itself when none does
/// ("has long argued": "has").
fn before_auxiliaries(frame: &Frame<'_>, c: usize) -> usize {
    let mut v = c;
    while v > frame.lo && (frame.r.is_modifier(v - 1) || clause::is_auxiliary(frame.word(v - 1))) {
        v -= 1;
    }
    v
}

/// The token before the verb at `c` past up to three adverbs and
/// auxiliaries ("but later said", "and has since argued").
fn past_adverbials(frame: &Frame<'_>, c: usize) -> usize {
    let mut b = c - usize::from(c > frame.lo);
    for _ in 0..3 {
        if b > frame.lo && clause::is_adverbial(frame, b) {
            b -= 1;
        }
    }
    b
}

/// "Democrats supporting Clinton said": the object of a participle on
/// the sentence's subject is no subject of the verb at `c`; the subject
/// with its participle is. `np` is the phrase read back from the verb
/// (the participle may be read with it, as an adjective: "supporting
/// Mrs. Clinton").
fn with_participle(frame: &Frame<'_>, np: &Np, c: usize) -> Option<Np> {
    let p = if !frame.r.is_cap(np.first) && frame.word(np.first).ends_with("ing") {
        np.first
    } else {
        np.first.checked_sub(1)?
    };
    let object = p > frame.lo
        && p < c
        && on_noun_before(frame, p)
        && frame.subject.is_some_and(|s| s.last + 1 == p);
    if !object {
        return None;
    }
    loose_subject(frame, c).filter(|l| l.first < np.first)
}

/// The subject of a clause that a conjunction opens after the sentence's
/// subject, whose participle at `c` it is: "…, though at a hearing he
/// used stronger words, saying C" after the clause's comma, and "…, and
/// Lee tripped up Rubio by calling him …" right after it when `governed`.
fn own_clause_subject(frame: &Frame<'_>, c: usize, governed: bool) -> Option<Np> {
    if frame.comma_at(c - 1) {
        frame.adverbial_pronoun(c - 1)
    } else if governed {
        frame.adverbial_pronoun(c)
    } else {
        None
    }
}

/// The subject of the participle at `c` that a word right before it
/// gives: "Trump and Clinton vied for the title, each touting …", where a
/// quantifier after a comma is the subject, as written (like "who"); and
/// "placards supporting Sanders or slamming Clinton", where "or" shares
/// the speaker of the report just before (`previous`; not "knew about it
/// or wanted …", nor "by listening to advice or saying something stupid",
/// with no report before); and "Axelrod tried offering", the subject of a
/// verb of trying or aspect right before the gerund.
fn participle_subject(frame: &Frame<'_>, c: usize, previous: Option<Np>) -> Option<Np> {
    if c <= frame.lo + 1 {
        return None;
    }
    let before = frame.word(c - 1);
    if matches!(before, "each" | "all" | "both") && frame.comma_at(c - 2) {
        return Some(Np::description(c - 1, c - 1));
    }
    // "Axelrod tried offering …", "Trump avoids condemning …": the gerund
    // after a verb of trying or avoiding is that verb's subject's; so is
    // one after a verb of what an activity holds ("The lobbying included
    // downplaying …", "The plan involves urging …"). (Verbs of aspect,
    // "began saying", "kept insisting", are read before, by
    // [`infinitive_of`].)
    if matches!(
        before,
        "tried"
            | "tries"
            | "try"
            | "stopped"
            | "stops"
            | "stop"
            | "avoided"
            | "avoids"
            | "avoid"
            | "included"
            | "includes"
            | "involved"
            | "involves"
    ) {
        return frame.r.subject_before(frame.lo, c - 1);
    }
    previous.filter(|_| before == "or")
}

/// "Do you think …?", "Why didn't you say …?": whether a personal
/// pronoun after an auxiliary that opens a question is the subject of the
/// verb at `c` (not in an aside, "Just yesterday, can you believe it, he
/// …", nor a question of naming, "What do you call a boy who …?").
fn question_pronoun(frame: &Frame<'_>, c: usize) -> bool {
    c >= frame.lo + 2
        && c <= frame.lo + 4
        && question_auxiliary(frame.word(c - 2))
        && matches!(
            frame.word(c - 1),
            "you" | "we" | "they" | "I" | "he" | "she"
        )
        && (frame.lo..c).all(|k| frame.r.is_word_at(k))
        && !NAMING.contains(&frame.word(c))
}

/// Whether token `i` is "and" or "but" joining a second verb to the one
/// before it; in title case within a headline only ("Le Pen Backs Trump
/// And Denounces Clinton"), not a sentence's "But projecting …".
fn joins_verbs(frame: &Frame<'_>, i: usize) -> bool {
    let x = frame.word(i);
    matches!(x, "and" | "but") || (frame.headline && i > frame.lo && matches!(x, "And" | "But"))
}

/// The most words an aside between an auxiliary and its verb may have
/// ("has, so far, refused", "had, in the end, agreed").
const AUXILIARY_ASIDE: usize = 4;

/// The subject of the verb at `c` when an aside set off by commas stands
/// between it and its auxiliary: "which he has, so far, refused to
/// consider", "Lee had, in the end, agreed".
fn aside_after_auxiliary(frame: &Frame<'_>, c: usize) -> Option<Np> {
    let r = &frame.r;
    if c < frame.lo + 4 || !frame.comma_at(c - 1) {
        return None;
    }
    let open = (c.saturating_sub(AUXILIARY_ASIDE + 2).max(frame.lo + 1)..c - 1)
        .rev()
        .find(|&k| !r.is_word_at(k))?;
    let aux = open.checked_sub(1)?;
    (frame.comma_at(open)
        && open + 1 < c - 1
        && r.is_word_at(aux)
        && clause::is_auxiliary(frame.word(aux)))
    .then(|| r.subject_before(frame.lo, aux))
    .flatten()
}

/// "Lee condemned violence, accused the party of …": the main subject
/// `previous` (the speaker of the report before) as the speaker of a verb
/// in the past right after the comma that closes the content before it,
/// the next in a series of the subject's acts. Not an inverted reporting
/// clause ("…, said Lee"), a participle describing the phrase before it
/// ("his plan, denounced as cruel, has …"), nor the verb of a subject set
/// off by commas ("a woman in Worcester, Massachusetts, told him"), which
/// `subject_before` reads, nor a verb after an aside that follows its
/// auxiliary ("he has, so far, refused"), whose subject is the
/// auxiliary's.
fn in_series(
    frame: &Frame<'_>,
    c: usize,
    last: usize,
    previous: Option<Np>,
    subject_before: impl Fn() -> Option<Np>,
) -> Option<Np> {
    if let Some(np) = aside_after_auxiliary(frame, c) {
        return Some(np);
    }
    let w = frame.word(c);
    let series = c > frame.lo + 1
        && frame.comma_at(c - 1)
        && crate::attribute::phrase::is_past_form(w)
        && !says(w)
        && !clause::describes_before(frame, c)
        && frame.r.is_word_at(c - 2);
    if !series || closes_relative_on_noun(frame, c - 1) {
        return None;
    }
    let p = previous
        .filter(|p| frame.subject.is_some_and(|s| s.first == p.first) && p.last + 1 < c - 1)?;
    (subject_before().is_none() && inverted_speaker(frame, c, last).is_none()).then_some(p)
}

/// Whether the comma at `j` closes a relative clause set off by commas
/// after a noun ("said the driver, whose name was not released, showed
/// …", "the man, who was not named, had …"): the verb after it is that
/// noun's, not the next in a series of the subject's acts.
fn closes_relative_on_noun(frame: &Frame<'_>, j: usize) -> bool {
    let r = &frame.r;
    let floor = frame.lo.max(j.saturating_sub(RELATIVE_CLAUSE_REACH));
    let Some(open) = (floor + 1..j).rev().find(|&k| !r.is_word_at(k)) else {
        return false;
    };
    frame.comma_at(open)
        && matches!(frame.word(open + 1), "who" | "whose" | "which")
        && open > frame.lo
        && r.is_word_at(open - 1)
        && !r.is(open - 1, VERB)
}

/// How many tokens a relative clause set off by commas may hold, for
/// [`closes_relative_on_noun`].
const RELATIVE_CLAUSE_REACH: usize = 16;

/// The issuer and document of a participle right after a document that
/// a verb of issuing takes as its object ([`published::issued`]).
/// Not before a quotation, which the rule `Published` reads ("sent an
/// email saying, "Q"").
fn issuer_before(frame: &Frame<'_>, c: usize) -> Option<(Np, Np)> {
    let quoted = (c + 1..frame.hi.min(c + 3)).any(|k| frame.r.toks[k].quote().is_some());
    if quoted {
        return None;
    }
    crate::attribute::rules::published::issued(frame, c, true)
}

/// The speaker of a participle (no comma before it) after the phrase
/// `np`, where that phrase does not speak: an occasion a preposition
/// governs ("she said at a news conference announcing that C") is the
/// speaker's before it, or the report's before; a thing that cannot
/// speak ("Trump was heard on a microphone telling C", "Cruz is making a
/// pitch to voters saying C") leaves it to the sentence's subject.
fn occasion_speaker(frame: &Frame<'_>, np: &Np, previous: Option<Np>) -> Option<Np> {
    // (not "with 47 percent saying C", "a clip of McCain saying C": those
    // name who speaks)
    let governed = np.first > frame.lo
        && matches!(frame.word(np.first - 1), "at" | "in" | "during" | "after")
        && !(np.first..=np.last).any(|i| frame.word(i) == "of");
    let speaker = previous.or(frame.subject.filter(|s| s.last < np.first));
    speaker
        .filter(|_| governed && np.generic)
        .or_else(|| mute_before_participle(frame, np))
}

/// Participles of speaking that only a person or body does: the thing
/// before one does not ([`mute_before_participle`]).
const SPEAKING_PARTICIPLES: &[&str] = &[
    "accusing",
    "acknowledging",
    "adding",
    "admitting",
    "alleging",
    "arguing",
    "asking",
    "asserting",
    "blasting",
    "boasting",
    "claiming",
    "complaining",
    "conceding",
    "criticizing",
    "declaring",
    "denouncing",
    "explaining",
    "insisting",
    "mocking",
    "noting",
    "pledging",
    "praising",
    "promising",
    "saying",
    "slamming",
    "telling",
    "touting",
    "urging",
    "vowing",
    "warning",
];

/// The sentence's subject, when the phrase `np` right before a participle
/// (no comma between) is a thing that cannot speak: a common noun in
/// lower case that names no speaker, body, document or speech, inside the
/// sentence after its subject ("Trump was heard on a microphone telling
/// C", "Cruz is making a pitch to voters saying C"). The subject itself
/// is a person or body, named or a pronoun (not "The fracas").
fn mute_before_participle(frame: &Frame<'_>, np: &Np) -> Option<Np> {
    let r = &frame.r;
    // (the head before a complement: "a pitch to voters")
    let head = (np.first..np.last)
        .find(|&i| r.is(i + 1, PREPOSITION))
        .unwrap_or(np.last);
    // (no count of people, "30 percent of voters saying", nor a part of
    // something that may speak, "the wake of a new poll showing")
    let mute = np.kind == MentionKind::Description
        && np.generic
        && SPEAKING_PARTICIPLES.contains(&frame.word(np.last + 1))
        && !r.is_cap(head)
        && !r.is(head, SPEAKER | DOCUMENT | SPEECH_NOUN | SPEECH_ACT)
        && (np.first..=head).all(|i| !r.is(i, SPEAKER | DOCUMENT) && !r.is_number_like(i))
        && (np.first..=np.last).all(|i| frame.word(i) != "of");
    if !mute {
        return None;
    }
    frame.subject.filter(|s| {
        s.last < np.first
            && (s.is_named()
                || (s.kind == MentionKind::Pronoun && !r.relative(s.first))
                || (s.kind == MentionKind::Description && !s.generic))
    })
}

/// "C, during their meeting, said an official who was briefed": the
/// speaker after a verb of saying that closes the sentence, where the
/// subject `np` before the verb was reached across commas (a name set off
/// in the content). The speaker after the verb is no pronoun nor generic
/// noun, and ends the sentence, or runs on in a relative clause without
/// commas.
fn closing_after_aside(frame: &Frame<'_>, c: usize, last: usize, np: &Np) -> Option<Np> {
    // ("Ann Lee, a nephrologist who was not involved, said the patients
    // who took it may …": a subject opening the sentence leaves no content
    // before the verb, only its appositive)
    if !np.appositive || !says(frame.word(c)) || np.first == frame.lo {
        return None;
    }
    let closes = |a: &Np| {
        let end = a.last + 1;
        // (the relative clause read to the sentence's end within a reach:
        // this runs for every such verb, and must not walk far)
        let relative = matches!(frame.word(end), "who" | "whose")
            && frame.hi <= end + RELATIVE_TO_END
            && !(end..frame.hi).any(|k| frame.comma_at(k));
        a.kind != MentionKind::Pronoun
            && !a.generic
            && (end >= frame.hi
                || (!frame.r.is_word_at(end) && frame.r.toks[end].quote().is_none())
                || relative)
    };
    inverted_speaker(frame, c, last).filter(closes)
}

/// How many tokens the relative clause of a speaker closing the sentence
/// ([`closing_after_aside`]) may run to the sentence's end.
const RELATIVE_TO_END: usize = 40;

/// The speaker after the verb at `c` (its cue ending at `last`) of a
/// reporting clause closing the sentence after a comma: "…, said Sen.
/// Smith." (not "…, told reporters"), also after a quotation ending with
/// its comma, and before a circumstance ("said Rep. Lee at the time").
/// Not after a verb of stance or of naming, whose object follows it
/// ("…, endorsed Senator Ted Cruz", "His group, called the Legacy Fund").
fn inverted_speaker(frame: &Frame<'_>, c: usize, last: usize) -> Option<Np> {
    let r = &frame.r;
    let w = frame.word(c);
    let object_verb = STANCE.contains(&w) || NAMING.contains(&w) || ACCUSING.contains(&w);
    if c <= frame.lo
        || !(frame.comma_at(c - 1) || frame.inverted_cue(c - 1) == c)
        || crate::attribute::frame::is_tell(w)
        || object_verb
    {
        return None;
    }
    let np = r.speaker_after_verb(last + 1, frame.hi)?;
    let end = clause::time_after(frame, np.last + 1);
    // (not "…, say the bulk of the troops should be": a verb after the
    // phrase and its complement makes it a clause's subject)
    let complement = r.is(end, PREPOSITION) && !verb_after_complement(frame, end);
    // ("…, said an official who was briefed": a relative clause
    // describing the speaker)
    let relative = matches!(frame.word(end), "who" | "whose");
    (end >= frame.hi || !r.is_word_at(end) || complement || relative).then_some(np)
}

/// Whether `w`, in any case, is an auxiliary that opens a question before
/// its subject: a form of "do", a modal, or a negated auxiliary ("Did",
/// "would", "Didn't").
fn question_auxiliary(w: &str) -> bool {
    [
        "do", "does", "did", "will", "would", "can", "could", "should",
    ]
    .iter()
    .any(|a| a.eq_ignore_ascii_case(w))
        || crate::attribute::phrase::contracted_negation(w)
}

/// Whether "that" opens the content after the cue ending at `last`, past
/// a time or place of speaking ("announcing in March that …").
fn that_follows(frame: &Frame<'_>, last: usize) -> bool {
    frame.word(clause::content_start(frame, last + 1)) == "that"
}

/// Whether `w` is a coordinating conjunction that may open a sentence
/// before what it leads in ("But as Lee noted, …", "But after saying …").
fn opens_with_coordinator(w: &str) -> bool {
    ["but", "and", "yet", "so"]
        .iter()
        .any(|c| c.eq_ignore_ascii_case(w))
}

/// Whether a participle opening the sentence (its cue ending at `last`)
/// reports for the sentence's subject `s`: it takes a clause with
/// "that" ("Noting that C, Trump said"), or an object up to the comma
/// right before the subject ("Emphasizing the urgency of the matter,
/// Trump said", "After blasting the report, Beck doubled down").
fn opening_content(frame: &Frame<'_>, c: usize, last: usize, s: &Np) -> bool {
    let r = &frame.r;
    // (a verb of speech with its object right after it: not one of
    // speaking as an activity ([`ACTIVITIES`]: "Speaking to reporters,
    // …", "Voting to delay the tax, …"), nor "Speaking later on the show,
    // …", "Praying for the victims, …", whose phrase is no content, nor "Without saying so,
    // …", nor a particle the content would start with, "By calling out
    // Clinton, …", nor a verb of thought or evidence)
    that_follows(frame, last)
        || (s.first > last + 2
            && frame.comma_at(s.first - 1)
            && !r.is(c, THOUGHT | EVIDENCE)
            && !ACTIVITIES
                .iter()
                .any(|v| v.eq_ignore_ascii_case(frame.word(c)))
            && r.is_word_at(last + 1)
            && !r.is_cap(last + 1)
            && !r.is(last + 1, PREPOSITION)
            && !r.is_modifier(last + 1)
            && frame.word(last + 1) != "so"
            && !clause::PARTICLES.contains(&frame.word(last + 1))
            && !(last + 1..s.first - 1).any(|i| r.toks[i].quote().is_some()))
}

/// Who is quoted and who quotes for a participle at `c` after "quoted
/// as" ("Lee was quoted by Reuters as saying C", "Reuters quoted Lee as
/// saying C"): the one quoted speaks, the one quoting is the source, as
/// in rule `QuotedAsSaying` for a quotation.
fn quoted_as(frame: &Frame<'_>, c: usize) -> Option<(Np, Option<Np>)> {
    let as_ = c
        .checked_sub(1)
        .filter(|&a| a > frame.lo && frame.word(a) == "as")?;
    let verb = quoted_as_saying::quote_verb_before(frame, as_)?;
    quoted_as_saying::parties(frame, frame.lo, verb, as_)
}

/// Whether the cue word at `c` reads as no reporting verb here: a noun
/// ("the 50 states", "her support for trade deals"), an activity with
/// nothing it is about ("campaigning in Iowa"), a verb of naming ("a
/// class called …"), or "quoted" whose participle after "as" reports.
fn reads_no_report(frame: &Frame<'_>, c: usize) -> bool {
    let w = frame.word(c);
    // "the 50 states", "the United States": as a verb only after a
    // subject that cannot be its modifier, before a clause
    (w.eq_ignore_ascii_case("states") && !states_as_verb(frame, c))
        || w.eq_ignore_ascii_case("state")
        // "her support for trade deals", "90 percent support for
        // checks": a noun, which the verb never is before "for"
        || (matches!(w, "support" | "supports") && frame.word(c + 1) == "for")
        // "began speaking a little later", "campaigning in Iowa": an
        // activity reports only what it is about ("talking about the wall")
        || (ACTIVITIES.contains(&w) && !about_soon(frame, c))
        || (w == "called" && names_only(frame, c))
        || frame.names_an_object(c)
        || quotes_as_saying(frame, c)
        || compound_head(frame, c)
        // "it wasn't supposed to be this way", "where is that $115
        // supposed to come from?": "(be) supposed to" is a modal, which
        // reports nothing, with its "be" wherever a question puts it
        || (w == "supposed" && frame.word(c + 1) == "to")
        // "had some explaining to do", "some warning signs": a form in
        // "-ing" after a quantifier is a noun
        || (w.ends_with("ing")
            && c > frame.lo
            && matches!(frame.word(c - 1), "some" | "Some" | "any" | "Any"))
}

/// Whether the cue word at `c`, a verb that is a noun too, heads the
/// object of a preposition of occasion after "a" and a singular noun
/// ("told analysts on a conference call that C", "in a blog post"):
/// after a singular subject the verb would take -s, and a phrase of
/// occasion ("on", "in", "during") rarely holds the subject. ("Critics
/// of the plan claim that C": a subject, and its verb.)
fn compound_head(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    if c < frame.lo + 3 || !NOUNS_TOO.contains(&frame.word(c)) {
        return false;
    }
    let m = c - 1;
    let noun = frame.word(m);
    r.is_word_at(m)
        && !r.is_cap(m)
        && !noun.ends_with('s')
        && !noun.ends_with("ed")
        && !r.is(
            m,
            VERB | PRONOUN | PREPOSITION | SUBORDINATOR | DETERMINER | MODIFIER,
        )
        && matches!(frame.word(m - 1), "a" | "an")
        && matches!(
            frame.word(m - 2),
            "on" | "in" | "during" | "via" | "through"
        )
}

/// Verbs of reporting that are nouns too, in their plain form.
const NOUNS_TOO: &[&str] = &[
    "call", "report", "claim", "comment", "note", "tweet", "post", "estimate", "forecast", "quote",
    "remark", "pledge", "vow", "promise",
];

/// Texts of law and rule, which "state" what they lay down ("The law
/// states that …"), and are never kinds of states ("swing states").
const LEGAL_TEXTS: &[&str] = &[
    "law",
    "statute",
    "constitution",
    "policy",
    "rule",
    "bill",
    "order",
    "ruling",
    "amendment",
    "contract",
    "agreement",
    "treaty",
    "charter",
    "regulation",
    "guidance",
];

/// Whether "states" at `c` is a verb: after a subject pronoun, a document
/// or a name, past adverbs ("it states that", "the document clearly
/// states that", "Byrne states that"), and before "that" and a clause
/// with a subject of its own. (A noun modifier is never one of those:
/// "the swing states that Obama won", "the United States that …".)
fn states_as_verb(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    let s = frame.before_modifiers(c, frame.lo);
    let Some(s) = s
        .checked_sub(1)
        .filter(|&s| s >= frame.lo && r.is_word_at(s))
    else {
        return false;
    };
    let w = frame.word(s);
    let subject = ["it", "he", "she", "which"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(w))
        || ((r.is(s, DOCUMENT) || LEGAL_TEXTS.contains(&w)) && !r.is_cap(s))
        || (r.is_cap(s) && s > frame.lo && !r.is(s, DETERMINER) && w != "United");
    subject && frame.word(c + 1) == "that" && clause::own_clause(frame, c + 2)
}

/// Whether the verb at `c` is "quoted" with "as" and a participle of
/// speech after it whose speaker it reads ("Interfax quoted the
/// minister as saying C"): the participle reports, not "quoted".
fn quotes_as_saying(frame: &Frame<'_>, c: usize) -> bool {
    quoted_as_saying::is_quote_verb(frame.word(c))
        && quoted_as_saying::as_saying_after(frame, c)
            .and_then(|as_| quoted_as_saying::parties(frame, frame.lo, c, as_))
            .is_some()
}

/// Words that govern a participle of speaking ("by saying", "after
/// noting", "while insisting").
const PARTICIPLE_GOVERNORS: &[&str] = &[
    "by", "after", "before", "without", "while", "upon", "despite", "since",
];

/// Whether a word of [`PARTICIPLE_GOVERNORS`] governs the participle at
/// `c`, right before it or past an adverb of manner ("after initially
/// saying").
fn governed_participle(frame: &Frame<'_>, c: usize) -> bool {
    let g = past_manner_adverb(frame, c);
    g > frame.lo
        && PARTICIPLE_GOVERNORS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(frame.word(g - 1)))
}

/// The token where the participle at `c` stands for its governor: `c`,
/// or the adverb of manner right before it ("after initially saying",
/// "while privately insisting").
fn past_manner_adverb(frame: &Frame<'_>, c: usize) -> usize {
    if c > frame.lo + 1 && clause::manner_adverb(frame, c - 1) {
        c - 1
    } else {
        c
    }
}

/// Whether the word governing the participle at `c` opens the sentence:
/// "After saying", "While insisting", "In addition to stating" ("to" only
/// after "in addition").
fn fronted_governor(frame: &Frame<'_>, c: usize) -> bool {
    let c = past_manner_adverb(frame, c);
    // (past a conjunction or an adverb set off by a comma opening the
    // sentence: "But after saying …", "Now, after arguing that …")
    let lo = if c == frame.lo + 2 && opens_with_coordinator(frame.word(frame.lo)) {
        frame.lo + 1
    } else if c == frame.lo + 3
        && frame.comma_at(frame.lo + 1)
        && (frame.r.is_modifier(frame.lo)
            || crate::attribute::frame::is_time_word(frame.word(frame.lo))
            || ["now", "still", "meanwhile"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(frame.word(frame.lo))))
    {
        frame.lo + 2
    } else {
        frame.lo
    };
    // ("In rejecting …,", "When asking …,": words that govern a
    // participle only where they open the sentence, "came in showing"
    // being a particle's)
    if c == lo + 1 {
        let w = frame.word(lo);
        return PARTICIPLE_GOVERNORS
            .iter()
            .chain(&["in", "when"])
            .any(|g| g.eq_ignore_ascii_case(w));
    }
    c == lo + 3
        && frame.word(lo).eq_ignore_ascii_case("in")
        && frame.word(lo + 1) == "addition"
        && frame.word(lo + 2) == "to"
}

/// Whether an auxiliary follows, within a few words, the complement that
/// the preposition at `p` opens: "the bulk [of ground troops] should".
fn verb_after_complement(frame: &Frame<'_>, p: usize) -> bool {
    let r = &frame.r;
    (p + 1..frame.hi.min(p + 1 + COMPLEMENT_WORDS))
        .take_while(|&k| r.is_word_at(k) && !matches!(frame.word(k), "who" | "which" | "that"))
        .any(|k| clause::is_auxiliary(frame.word(k)))
}

/// How many words a preposition's complement after an inverted speaker is
/// read for a verb.
const COMPLEMENT_WORDS: usize = 6;

/// How many tokens a modifier between a subject and its verb may have.
const MODIFIER_REACH: usize = 40;

/// The sentence's subject when a modifier too long or too loose for the
/// grammar stands between it and its finite verb at `c`: a relative
/// clause ("Several people I have spoken with said", "The judges who
/// ruled …, for instance, said"), a participle ("Numerous veterans
/// interviewed at rallies, including Mr. Jebens, said"), a prepositional
/// phrase ("Insiders in the next two states — Nevada and South Carolina —
/// said") or an aside ("The justice -- who has been … -- said").
fn modified_subject(frame: &Frame<'_>, c: usize, last: usize) -> Option<Np> {
    let r = &frame.r;
    let subject = frame
        .subject
        .filter(|s| s.last + 1 < c && c - s.last <= MODIFIER_REACH && !s.generic)?;
    // a finite verb ("said", "says"; not "plans", "charges", which are as
    // often nouns) with content after it: not a participle before its
    // preposition ("expected to attend", "worried about")
    let mut buf = [0u8; MAX_WORD];
    let w = folded(frame.word(c), &mut buf);
    let finite = w.ends_with("ed")
        || IRREGULAR_PAST.contains(&&*w)
        || matches!(&*w, "says" | "say" | "tells");
    if !finite
        || r.is_cap(c)
        || !clause::starts_content(frame, clause::content_start(frame, last + 1))
    {
        return None;
    }
    let k = subject.last + 1;
    let t = r.toks[k];
    // ("Sen. Jack Reed (D-R.I.), said"; "people I've spoken with said":
    // a contact clause, its subject "I")
    let opens_modifier = t.is_punct(',')
        || t.is_punct('(')
        || t.is_dash()
        || (t.is_word() && frame.word(k) == "I")
        || (t.is_word()
            && !r.is_cap(k)
            && (matches!(frame.word(k), "who" | "whom" | "whose" | "that" | "which")
                || r.is(k, PRONOUN | PREPOSITION)
                || frame.word(k).ends_with("ed")
                || frame.word(k).ends_with("ing")));
    // no quotation inside: a quotation's own rules read its speaker
    let quoted = (k..c).any(|i| r.toks[i].quote().is_some());
    // nor a clause of its own after a comma and a conjunction ("Lee
    // admitted it, but Murphy (…) says"): the verb is that clause's
    let clause = (k..c).any(|i| {
        frame.comma_at(i) && matches!(frame.word(i + 1), "but" | "and" | "yet" | "or" | "so")
    })
        // nor a subordinate clause with a bare plural subject of its own
        // ("Ann Lee joined the school after inspectors cautioned that …")
        || subordinate_plural_before(frame, c);
    (opens_modifier && (!quoted || t.is_dash()) && !clause && subject.kind != MentionKind::Pronoun)
        .then_some(subject)
}

/// Whether a bare plural noun in lower case stands right before the verb
/// at `c`, after a conjunction that opens a clause (of time, cause or
/// concession): "after inspectors cautioned", "when voters heard". The
/// noun is the verb's subject, whatever comes before the conjunction.
fn subordinate_plural_before(frame: &Frame<'_>, c: usize) -> bool {
    let r = &frame.r;
    let n = c.wrapping_sub(1);
    let w = frame.word(n);
    c >= frame.lo + 2
        && r.is_word_at(n)
        && !r.is_cap(n)
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !r.is(n, PRONOUN | DETERMINER | PREPOSITION | POSSESSIVE)
        && r.is_word_at(n - 1)
        && (r.is(n - 1, SUBORDINATOR) || frame.word(n - 1) == "once")
}

/// Whether the verb at `i` is "show" with the particle "up" or "off"
/// ("Hundreds showed up to hear her", "showing off the renovations"):
/// turning up or displaying, which reports nothing.
fn shows_up(frame: &Frame<'_>, i: usize) -> bool {
    matches!(
        frame.word(i),
        "show" | "shows" | "showed" | "showing" | "shown"
    ) && matches!(frame.word(i + 1), "up" | "off")
}

/// Whether an object content starting at token `k` has a word of its
/// own: not a number alone ("he tweeted 4"), a particle ("had shown up")
/// or an adverb, graded or not ("responded anonymously", "put it more
/// bluntly").
fn worded(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    let w = frame.word(k);
    let alone = |k: usize| k + 1 >= frame.hi || !r.is_word_at(k + 1);
    let adverb = |k: usize| frame.word(k).ends_with("ly") && !r.is_cap(k);
    // ("put it more bluntly": an adverb of degree before one in -ly)
    let graded = matches!(w, "more" | "less" | "most" | "so" | "very" | "quite")
        && r.is_word_at(k + 1)
        && adverb(k + 1)
        && alone(k + 1)
        // (not before a colon that opens the words: "put it more
        // bluntly: C")
        && !r.toks.get(k + 2).is_some_and(|t| t.is_punct(':'));
    !(graded
        || alone(k)
            && (r.is_number(k)
                || matches!(w, "up" | "out" | "off" | "back" | "down" | "in" | "on")
                || adverb(k)))
}

/// Whether the verb at `c` is "add" with an amount for its object, from
/// token `k` ("Murray added 24 points", "we have added a million jobs"):
/// an addition, not a remark, unless the amount is the subject of a
/// clause of its own ("added 24 people were hurt").
fn added_amount(frame: &Frame<'_>, c: usize, k: usize) -> bool {
    let r = &frame.r;
    if !matches!(frame.word(c), "add" | "adds" | "added" | "adding") {
        return false;
    }
    let amount = r.is_number(k)
        || crate::attribute::phrase::is_count(frame.word(k))
        || (matches!(frame.word(k), "a" | "an" | "another")
            && (r.is_number(k + 1)
                || matches!(
                    frame.word(k + 1),
                    "dozen" | "hundred" | "thousand" | "million" | "billion"
                )));
    amount && !clause::own_clause(frame, k)
}

/// Whether the verb at `c` has an amount for its object from token `k`,
/// points added or a price charged ([`added_amount`],
/// [`charged_amount`]): no report.
fn amount_object(frame: &Frame<'_>, c: usize, k: usize) -> bool {
    added_amount(frame, c, k) || charged_amount(frame, c, k)
}

/// How many words may stand between "charged" and the amount that
/// makes it a price ("charged the campaign approximately $3.7 million").
const CHARGED_REACH: usize = 5;

/// Whether the verb at `c` is "charge" with a sum of money within a few
/// words from token `k` ("charged the campaign $3.7 million", "charges
/// $40 a ticket"): a price, not an accusation ("charged him with fraud",
/// "charged that the vote was rigged", "charged 12 people with fraud").
fn charged_amount(frame: &Frame<'_>, c: usize, k: usize) -> bool {
    let r = &frame.r;
    // (a sum of money, not a count of people: "charged 12 people with
    // fraud")
    matches!(frame.word(c), "charge" | "charges" | "charged" | "charging")
        && (k..frame.hi.min(k + CHARGED_REACH))
            .map(|i| (i, r.is_money(i)))
            .take_while(|&(i, amount)| {
                amount || (r.is_word_at(i) && !matches!(frame.word(i), "with" | "that"))
            })
            .any(|(_, amount)| amount)
}

/// Verbs whose object is more often a thing than a report ("found the
/// keys", "knew him", "the bill states"): they report only a clause
/// ("found that …", "knew he would …"), unless a document finds. ("see",
/// "learned" and "remember" are not among them: their objects are
/// reported more often than not, "voters see him as a fighter".)
const CLAUSE_ONLY: &[&str] = &[
    "find",
    "finds",
    "found",
    "know",
    "knows",
    "knew",
    "known",
    "state",
    "states",
    "thought",
    "discovered",
    "prove",
    "proves",
    "proved",
    "proven",
    "maintain",
    "maintains",
    "maintained",
];

/// Verbs of worry in the third person, whose noun object is more often
/// the one worried than what is feared ("Monsoon delay worries farmers",
/// "What worries the party's leaders is …"): they report a clause ("Lee
/// worries the plan will fail") or what follows "about" or "over".
const WORRIES: &[&str] = &["worries", "concerns", "alarms", "troubles"];

/// How far a small clause's participle may stand from its subject's first
/// word ("found the state's voters shifting").
const SMALL_CLAUSE_REACH: usize = 8;

/// "found Clinton leading", "finds voters shifting": a phrase at `k` and
/// a participle in -ing right after it, its predicate, which a verb that
/// reports only a clause takes as one.
fn small_clause(frame: &Frame<'_>, k: usize) -> bool {
    let r = &frame.r;
    // (a name or a plural; and no noun in lower case after the form in
    // -ing, which it would modify: "maintained a paid speaking schedule")
    // (a form in -ing within a few words first: the phrase's grammar is
    // dear, and this runs for every object of such a verb)
    let ing_near = (k + 1..frame.hi.min(k + 1 + SMALL_CLAUSE_REACH))
        .any(|v| r.is_word_at(v) && frame.word(v).ends_with("ing"));
    ing_near
        && r.phrase_starting_at(k, frame.hi).is_some_and(|np| {
            let v = np.last + 1;
            let noun_after = r.is_word_at(v + 1)
                && !r.is_cap(v + 1)
                && !r.is(v + 1, STOP)
                && !frame.word(v + 1).ends_with("ly");
            (np.name.is_some() || frame.word(np.last).ends_with('s'))
                && np.kind != MentionKind::Pronoun
                && r.is_word_at(v)
                && !r.is_cap(v)
                && frame.word(v).len() > 5
                && frame.word(v).ends_with("ing")
                && !r.is(v, PREPOSITION)
                && !noun_after
        })
}

/// "Parker called her son, who drove in", "Lee called the police": a
/// verb of calling whose object at `k` is a person (a name, a pronoun, a
/// noun of a speaker) with nothing after it (past a time) that could name
/// them — punctuation, a preposition, a conjunction or the end — is a
/// call made, no words reported ("called him a liar" names).
fn phoned(frame: &Frame<'_>, c: usize, k: usize) -> bool {
    let r = &frame.r;
    if !matches!(frame.word(c), "call" | "calls" | "called" | "calling") {
        return false;
    }
    if k != c + 1 {
        return false;
    }
    let Some(np) = r.phrase_starting_at(k, frame.hi).filter(|np| np.first == k) else {
        return false;
    };
    // (a person, not a body nor a thing a person owns: "called his
    // campaign …", "called Trump's statements "childish"")
    let person = (matches!(np.kind, MentionKind::Person | MentionKind::Pronoun)
        || (np.kind == MentionKind::Description
            && r.is(np.first, DETERMINER | POSSESSIVE)
            && r.is(np.last, SPEAKER)
            && !r.is(np.last, ORG | DOCUMENT)))
        && r.toks
            .get(np.last + 1)
            .is_none_or(|t| t.kind != Kind::Clitic);
    let after = clause::time_after(frame, np.last + 1);
    // (a comma ends the object before a relative clause or another verb,
    // not before a name in apposition: "called Valeant's chief
    // executive, J. Michael Pearson, "driven"")
    let ends = after >= frame.hi
        || matches!(r.toks[after].kind, Kind::Punct('.' | ';' | '!' | '?'))
        || (frame.comma_at(after) && matches!(frame.word(after + 1), "who" | "and" | "but"));
    person
        && (ends || r.is(after, PREPOSITION) || matches!(frame.word(after), "and" | "but" | "to"))
}

/// Whether the verb at `c`, with `speaker`, reports only a clause.
fn needs_clause(frame: &Frame<'_>, c: usize, speaker: &Np) -> bool {
    let mut buf = [0u8; MAX_WORD];
    let w = folded(frame.word(c), &mut buf);
    // ("A survey by the group in March found …": the head before its
    // complements)
    if WORRIES.contains(&&*w) {
        return !matches!(frame.word(c + 1), "about" | "over");
    }
    CLAUSE_ONLY.contains(&&*w)
        && !(speaker.first..=speaker.last)
            .take_while(|&i| !frame.r.is(i, PREPOSITION))
            .any(|i| frame.r.is(i, DOCUMENT))
}

/// How many words a speaker phrase the grammar does not read may have.
const LOOSE_WORDS: usize = 10;

/// Words after which a clause, and so a subject, may start.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "and", "but", "while", "as", "because", "when", "if", "although", "though",
];

/// Where the reporting clause of the verb at `c` opens, and its speaker,
/// when it follows (or interrupts) what it reports: its subject `speaker`
/// (after it, `inverted`, the verb itself); `None` where it reports
/// nothing that way.
fn closing_clause_open(
    frame: &Frame<'_>,
    c: usize,
    speaker: Np,
    inverted: bool,
) -> Option<(usize, Np)> {
    // "…, Hawkins and others said": a subject the grammar read only in
    // part still starts after the comma
    if inverted {
        return Some((c, speaker));
    }
    if as_closing(frame, &speaker) {
        // ("…, Lee said, as the crowd cheered": with a verb of reaction,
        // which takes no clause, "as" is of time, the writer's)
        return (!reaction(frame.word(c))).then_some((speaker.first - 1, speaker));
    }
    if (speaker.first == frame.lo + 1 && frame.word(frame.lo).eq_ignore_ascii_case("as"))
        || (speaker.first > frame.lo
            && (frame.r.toks[speaker.first - 1].is_punct(',')
                || partial_with_comma(frame, speaker.first - 1)))
    {
        return Some((speaker.first, speaker));
    }
    let loose = loose_subject(frame, c)?;
    // (""Q," the Austin, Texas, company said": the grammar's subject
    // reads over a city's state between commas, where the loose reading
    // stops)
    if loose.first > speaker.first && frame.r.in_city_state(loose.first - 1, c) {
        Some((speaker.first, speaker))
    } else {
        Some((loose.first, loose))
    }
}

/// A speaker phrase the grammar does not read ("sources close to her
/// campaign say", "protest organizers in Cleveland say"): the words from
/// the start of the clause to the verb at `c`, when they are few, hold no
/// verb of their own, and open with a capital, a determiner or a number.
fn loose_subject(frame: &Frame<'_>, c: usize) -> Option<Np> {
    let r = &frame.r;
    let mut j = frame.before_modifiers(c, frame.lo);
    // (and a deictic word of time after a noun, before a finite verb:
    // "Britain's trade unions yesterday said"; not "issued a statement
    // today saying", nor "a poll released today found", whose time is the
    // participle's)
    if j > frame.lo + 1
        && !frame.word(c).ends_with("ing")
        && matches!(frame.word(j - 1), "today" | "yesterday" | "tonight")
        && r.is_word_at(j - 2)
        && !r.is(j - 2, PREPOSITION | DETERMINER)
        && !is_past_form(frame.word(j - 2))
    {
        j -= 1;
    }
    let last = j
        .checked_sub(1)
        .filter(|&l| l >= frame.lo && r.is_word_at(l))?;
    // (nor a conjunction that opens the clause of the verb: "Miners quit
    // as demand falls", where "demand" is that clause's subject)
    if r.is(last, PREPOSITION | SUBORDINATOR)
        || clause::is_auxiliary(frame.word(last))
        || matches!(
            frame.word(last),
            "as" | "because" | "while" | "when" | "if" | "although" | "though"
        )
    {
        return None;
    }
    let first = words_back(frame, last, LOOSE_WORDS, |p| {
        let w = frame.word(p);
        CLAUSE_OPENERS.contains(&w)
            || r.is(p, SUBORDINATOR)
            || clause::is_auxiliary(w)
            || frame.is_cue(p)
    });
    // (a subordinator opens a clause too: "even after federal judge
    // ruled")
    let opens = first == frame.lo
        || !r.is_word_at(first - 1)
        || CLAUSE_OPENERS.contains(&frame.word(first - 1))
        || r.is(first - 1, SUBORDINATOR);
    // (a document noun heads the phrase, whatever its modifiers: "public
    // records show", "early results showed", and before its complement,
    // "early results from the state's districts showed"; no infinitive
    // inside: "uses big data to help brands find")
    let document = (first..=last)
        .take_while(|&i| !r.is(i, PREPOSITION))
        .any(|i| r.is(i, DOCUMENT) && !r.is_cap(i))
        && (first..=last).all(|i| frame.word(i) != "to");
    // (not an adverb opening the sentence: "Apparently invited members")
    let head = (r.is_cap(first) && !crate::attribute::classes::is_adverb(frame.word(first)))
        || r.is(first, DETERMINER | SPEAKER)
        // ("C, top aide says", "C, former rival says": a speaker noun
        // with its modifiers and no article; not the end of a phrase whose
        // adjectives a comma parts, "the bespectacled, 71-year-old
        // diplomat said")
        || (r.is(last, SPEAKER)
            && !r.is_cap(last)
            && last - first < 3
            && !(first >= frame.lo + 3
                && frame.comma_at(first - 1)
                && r.is(first - 3, DETERMINER)
                && looks_adjective(frame.word(first - 2))))
        || r.is_number(first)
        || bare_subject(frame, first, last, c)
        || (document
            && !frame.word(c).ends_with("ing")
            && !r.is(first, PREPOSITION | PRONOUN)
            && !r.relative(first)
            && !frame.according_to(first));
    // ("But this only explains …": the conjunction opening the sentence
    // is no word of the phrase, nor a subordinator, "As both parties
    // recognize …")
    let opening = |w: &str| {
        CONNECTIVES.contains(&w)
            || matches!(
                w,
                "As" | "While" | "Because" | "Although" | "Though" | "When" | "If" | "Since"
            )
    };
    let first = if first < last && first == frame.lo && opening(frame.word(first)) {
        first + 1
    } else {
        first
    };
    (opens && head && r.toks[first].kind != Kind::Clitic).then(|| Np::description(first, last))
}

/// Whether the words `first..=last`, one noun or an adjective and a
/// noun in lower case with no article, opening the sentence or a clause
/// after a conjunction, are the subject of the verb at `c`: a bare
/// singular noun before a verb in "-s" ("although history says …", "…,
/// and experience shows"), a bare plural before a plain form or a past
/// ("…, but majorities say"). The verb is one of a few that are seldom
/// nouns ("fears", "charges", "calls" are).
fn bare_subject(frame: &Frame<'_>, first: usize, last: usize, c: usize) -> bool {
    let r = &frame.r;
    // (a conjunction after a comma joins clauses: "Friends, lobbyists and
    // former foes say" joins nouns)
    let opener = first == frame.lo
        || (r.is_word_at(first - 1)
            && match frame.word(first - 1) {
                "and" | "but" | "yet" => first >= frame.lo + 2 && frame.comma_at(first - 2),
                // (any conjunction opening a clause, of time too, a
                // preposition as well: "after inspectors said", "when
                // auditors found")
                w => matches!(w, "as" | "once") || r.is(first - 1, SUBORDINATOR),
            });
    // (a plural noun with a plain form or a past: "but majorities say")
    let head = frame.word(last);
    let plural = head.ends_with('s') && !head.ends_with("ss");
    let agrees = if plural {
        BARE_PLURAL_VERBS.contains(&frame.word(c))
    } else {
        BARE_SUBJECT_VERBS.contains(&frame.word(c))
    };
    opener
        && last - first < 2
        && agrees
        && (first..=last).all(|i| {
            let x = frame.word(i);
            r.is_word_at(i)
                && !r.is_cap(i)
                && !r.is(i, PRONOUN | DETERMINER | PREPOSITION | POSSESSIVE)
                && !x.ends_with("ly")
                && !clause::is_auxiliary(x)
        })
}

/// Plain forms and pasts of saying and thought whose subject may be a
/// bare plural noun ([`bare_subject`]): "but majorities say".
const BARE_PLURAL_VERBS: &[&str] = &[
    "say",
    "said",
    "believe",
    "believed",
    "think",
    "thought",
    "agree",
    "agreed",
    "argue",
    "argued",
    "expect",
    "expected",
    "predict",
    "predicted",
    "warn",
    "warned",
    "insist",
    "insisted",
];

/// Singular verbs of saying and evidence whose subject may be a bare
/// noun ([`bare_subject`]), and which are seldom nouns themselves.
const BARE_SUBJECT_VERBS: &[&str] = &[
    "says",
    "shows",
    "suggests",
    "tells",
    "indicates",
    "argues",
    "finds",
    "demonstrates",
    "proves",
];

/// How far back from token `from` the words (and clitics) before it run,
/// at most `max` of them, up to punctuation or a word for which `stop`
/// holds: where a loosely read subject starts. `from` itself when the
/// token before it ends the run.
fn words_back(frame: &Frame<'_>, from: usize, max: usize, stop: impl Fn(usize) -> bool) -> usize {
    let r = &frame.r;
    let mut first = from;
    while first > frame.lo
        && from - first < max
        && (r.is_word_at(first - 1) || r.toks[first - 1].kind == Kind::Clitic)
        && !stop(first - 1)
    {
        first -= 1;
    }
    first
}

/// How many tokens an opening "according to" phrase may run before its
/// comma.
const OPENING_SOURCE: usize = 32;

/// The comma that ends an "according to" phrase at token `i` opening its
/// sentence, perhaps after a conjunction ("But according to X, C"),
/// within reach and with no quotation or semicolon before it.
fn opens_with_according(frame: &Frame<'_>, i: usize, len: usize) -> Option<usize> {
    let start = clause::sentence_start(frame, i);
    let led = opens_part(frame, i)
        || (start + 1 == i
            && (opens_with_coordinator(frame.word(start))
                || ["still", "also"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(frame.word(start)))));
    if !led {
        return None;
    }
    let r = &frame.r;
    // (a few words quoted inside the source, with no comma of their own:
    // "According to her "clawback" plan, C")
    let modifier = |k: usize| {
        let w = frame.word(k);
        r.toks[k].quote().is_some()
            && k + 1 < frame.hi
            && r.is_word_at(k + 1)
            && !w.contains(',')
            && w.split_whitespace().count() <= QUOTED_MODIFIER_WORDS
    };
    (i + len..frame.hi.min(i + len + OPENING_SOURCE))
        .take_while(|&k| (r.toks[k].quote().is_none() || modifier(k)) && !r.toks[k].is_punct(';'))
        .find(|&k| r.toks[k].is_punct(','))
}

/// How many words a quotation inside an opening "according to" source may
/// have ("her "clawback" plan", "the "Art of the Deal" author").
const QUOTED_MODIFIER_WORDS: usize = 5;

/// Whether token `i` opens its sentence, or the part after a semicolon,
/// colon or opening parenthesis ("It has not gone unnoticed: According to
/// polls, …", "(According to the police, C.)").
fn opens_part(frame: &Frame<'_>, i: usize) -> bool {
    clause::sentence_start(frame, i) == i
        || (i > frame.lo && matches!(frame.r.toks[i - 1].kind, Kind::Punct(':' | '(')))
}

/// The source of an opening "according to" phrase from token `k` to the
/// comma at `comma`: the phrase the grammar reads when it ends there,
/// else all the words between ("early results of the exit poll conducted
/// by Edison Research for …").
fn source_to_comma(frame: &Frame<'_>, k: usize, comma: usize) -> Option<Np> {
    if comma <= k {
        return None;
    }
    match frame.r.phrase_starting_at(k, frame.hi) {
        Some(np) if np.last + 1 == comma => Some(np),
        _ => frame
            .r
            .is_word_at(comma - 1)
            .then(|| Np::description(k, comma - 1)),
    }
}

/// The most words a source after "according to" that the grammar does
/// not read may have.
const LOOSE_SOURCE: usize = 20;

/// A source after "according to" that the grammar does not read ("a new
/// Associated Press-GfK poll", "people familiar with the plans"): the
/// words from `k` to the punctuation that ends them, when they are few.
fn loose_phrase(frame: &Frame<'_>, k: usize) -> Option<Np> {
    let r = &frame.r;
    let end = (k..frame.hi.min(k + LOOSE_SOURCE + 1))
        .find(|&j| !(r.is_word_at(j) || r.toks[j].kind == Kind::Clitic || r.toks[j].is_punct('-')))
        .unwrap_or(frame.hi);
    let last = end.checked_sub(1).filter(|&l| l >= k && r.is_word_at(l))?;
    let closed = end >= frame.hi || !r.toks[end].is_word();
    closed.then(|| Np::description(k, last))
}

/// How many words before its noun a document's phrase may have ("a new
/// nationwide survey by …").
const DOCUMENT_WORDS: usize = 4;

/// "A survey by the basin commission found": the document is the
/// speaker, with its author, not the author alone.
fn with_document(frame: &Frame<'_>, np: Np) -> Np {
    let r = &frame.r;
    if np.first < frame.lo + 2 {
        return np;
    }
    let head = if matches!(frame.word(np.first - 1), "by" | "of" | "from" | "for")
        && r.is(np.first - 2, DOCUMENT)
    {
        np.first - 2
    } else if let Some(head) = published_document(frame, np.first - 1) {
        head
    } else {
        return np;
    };
    let mut first = head;
    while first > frame.lo
        && head - first < DOCUMENT_WORDS
        && r.is_word_at(first - 1)
        && !r.is(first - 1, PREPOSITION | SUBORDINATOR)
        && !clause::is_auxiliary(frame.word(first - 1))
    {
        first -= 1;
    }
    Np::description(first, np.last).with_head(head)
}

/// "A study published Wednesday in the journal Nature found", "A
/// communique issued here after the meeting said": for the preposition at
/// `p` ("in", "by", "after", "at", "on") after a participle of a
/// document's making or handling ([`HANDLED`]: "published", "issued",
/// "obtained", …) and a time or two (or "here"), the document or noun of
/// speech before the participle.
fn published_document(frame: &Frame<'_>, p: usize) -> Option<usize> {
    if !matches!(frame.word(p), "in" | "by" | "after" | "at" | "on") {
        return None;
    }
    let head = frame.handled_before(p)? - 1;
    frame.r.is(head, DOCUMENT | SPEECH_NOUN).then_some(head)
}

/// The class of a cue, given its speaker: what a document, poll or data
/// says or suggests is evidence.
fn class_of(frame: &Frame<'_>, speaker: &Np, class: CueClass) -> CueClass {
    let head = speaker.role.map_or(speaker.last, |(_, last)| last);
    // (or a document's noun before the participle that describes it:
    // "disclosures filed on Sunday", "a study published in May")
    let described = || {
        (speaker.first..speaker.last).any(|i| {
            frame.r.is(i, DOCUMENT) && !frame.r.is_cap(i) && frame.r.agent_participle(i + 1)
        })
    };
    // (not a person's noun before the phrase's first preposition: "the
    // author of the report", "advocates for stem cell research"; "the
    // footage of a wife of 20 years" is footage)
    let person_of = || {
        (speaker.first + 1..speaker.last)
            .find(|&o| frame.r.is(o, PREPOSITION))
            .is_some_and(|o| frame.r.is(o - 1, SPEAKER) && !frame.r.is(o - 1, DOCUMENT | ORG))
    };
    let document =
        (frame.r.is(speaker.last, DOCUMENT) || frame.r.is(head, DOCUMENT) || described())
            && !person_of();
    if class == CueClass::Speech && document {
        CueClass::Evidence
    } else {
        class
    }
}

/// The report of "according to X" at `i`: the clause after "According to
/// X," opening its sentence, or the sentence before ", according to X"
/// (and the clause after it, when it interrupts the sentence).
fn according(frame: &Frame<'_>, i: usize, len: usize) -> Option<Candidate> {
    let opening = opens_with_according(frame, i, len);
    let np = match opening.and_then(|comma| source_to_comma(frame, i + len, comma)) {
        Some(np) => np,
        None => frame
            .source_phrase(i + len)
            .or_else(|| loose_phrase(frame, i + len))?,
    };
    let toks = &frame.r.toks;
    let after = np.last + 1;
    let class = class_of(frame, &np, CueClass::Speech);
    let mut found = Candidate {
        content: [(0, 0); 2],
        speaker: np,
        named: true,
        cue: (i, i + len - 1),
        source: None,
        addressee: None,
        class,
        rule: Rule::AccordingTo,
        confidence: ACCORDING_TO,
    };
    if opens_part(frame, i) || opening.is_some() {
        let k = if after < frame.hi && toks[after].is_punct(',') {
            after + 1
        } else {
            after
        };
        let k = past_source_appositive(frame, &np, k);
        // ("According to the poll, in a field of 12, Trump leads": a
        // phrase of circumstance opens the content too)
        let fronted =
            opening.is_some() && frame.r.is(k, PREPOSITION) && clause::continues(frame, k);
        if !(clause::starts_content(frame, k) || fronted) {
            return None;
        }
        // (the clause after a fronted phrase's comma decides the end)
        let from = if fronted && !clause::starts_content(frame, k) {
            (k..frame.hi)
                .find(|&j| frame.comma_at(j))
                .map_or(k, |j| j + 1)
        } else {
            k
        };
        found.content[0] = (k, clause::end(frame, from));
        return Some(found);
    }
    // "That's according to the poll": the pronoun is the content
    if i >= frame.lo + 2
        && matches!(frame.word(i - 1), "'s" | "’s" | "is" | "was")
        && ["that", "this"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(frame.word(i - 2)))
        && opens_part(frame, i - 2)
    {
        found.content[0] = (i - 2, i - 1);
        return Some(found);
    }
    // the clause before a comma or dash ("C — including X — according
    // to the data"), or before no mark where the source is one by its
    // kind and closes the sentence ("Most view him unfavorably according
    // to the poll.")
    let comma = i - 1;
    let known = np.is_named() || !np.generic || frame.r.is(np.last, DOCUMENT);
    // (a participle and a time may follow the source: "according to a
    // CBS poll released Monday.")
    let released = after < frame.hi
        && frame.r.is_word_at(after)
        && !frame.r.is_cap(after)
        && frame.word(after).ends_with("ed");
    let end = if released {
        clause::time_after(frame, after + 1)
    } else {
        after
    };
    // (or its clause, before a comma and a conjunction: "Clinton leads
    // by 271 delegates according to a count by the AP, but …", which
    // opens the writer's clause)
    // ("…, and" goes on with what the source says as often)
    let conjunction = |k: usize| {
        toks[k].is_punct(',') && matches!(frame.word(k + 1), "but" | "yet" | "while" | "though")
    };
    let closes = end >= frame.hi
        || matches!(toks[end].kind, Kind::Punct('.' | '!' | '?' | ';'))
        || conjunction(end)
        || (toks[end].is_punct(',') && frame.word(end + 1) == "and");
    // ("He called it a “root canal,” according to his memoir": a partial
    // quotation holding the comma inside its marks ends the content, with
    // the quotation in it)
    let quoted = toks[comma].quote().is_some() && frame.comma_at(comma);
    let marked = toks[comma].is_punct(',') || toks[comma].is_dash() || quoted;
    if !(marked || (known && closes && frame.r.is_word_at(comma))) {
        return None;
    }
    let comma = if marked && !quoted { comma } else { i };
    let start = after_colon(frame, clause::sentence_start(frame, comma), comma);
    if start >= comma {
        return None;
    }
    found.content[0] = (start, comma);
    // (past a time after the source: "The plan, first reported by the
    // Times on Tuesday, is …")
    let after = clause::time_after(frame, after);
    // (not a relative clause on the source of "according to": "…,
    // according to people briefed on the talks, who asked not to be
    // named"; after "first reported by X", one is as often on the thing
    // reported)
    let after = past_source_relative(frame, i, after, &mut found.speaker);
    // (nor an appositive that names what the source is: "…, according
    // to Dennis Ross, another former envoy, was a decision …")
    let after = closing_source_appositive(frame, &found.speaker, after).unwrap_or(after);
    // (or the dash that closes an aside the phrase ends, its opening dash
    // in the content: "Most Americans - 63 percent in 2014, according to
    // the report - still believe …")
    let closing_dash =
        after < frame.hi && toks[after].is_dash() && (start..comma).any(|j| toks[j].is_dash());
    if after < frame.hi
        && (toks[after].is_punct(',') || closing_dash)
        && !conjunction(after)
        && clause::continues(frame, after + 1)
    {
        found.content[1] = (after + 1, clause::end(frame, after + 1));
    }
    Some(found)
}

/// The start of the clause that "according to" closes at `comma`, in the
/// sentence from `start`: after the last colon, where a clause with a
/// verb in the past or an auxiliary follows it ("… less attractive to
/// financial firms: London was the financial capital of the world,
/// according to one index"); else `start` (a list after the colon, "who
/// it lacks: Obama and Clinton, according to …", is no clause).
fn after_colon(frame: &Frame<'_>, start: usize, comma: usize) -> usize {
    let r = &frame.r;
    let Some(colon) = (start..comma).rev().find(|&j| r.toks[j].is_punct(':')) else {
        return start;
    };
    let clause = (colon + 1..comma).any(|j| {
        let w = frame.word(j);
        r.is_word_at(j)
            && !r.is_cap(j)
            && (is_finite_auxiliary(w) || (is_past_form(w) && w.len() > 4))
    });
    if clause && colon + 1 < comma {
        colon + 1
    } else {
        start
    }
}

/// "…, according to Dennis Ross, another former envoy, was a decision",
/// "…, according to the Judicial Conference, the policy-making arm of the
/// courts.": the noun phrase after the comma at `comma` (the one that
/// ends the source of "according to"), opening with an article, a
/// determiner or a possessive, is an appositive on the source where it
/// runs to the sentence's end or to a comma before a verb; so is a name
/// after a source that is no name ("…, according to the disaster agency,
/// AFAD."), and a phrase joined to such a name that closes the sentence
/// ("…, AFAD, and the health ministry."). Its closing comma, or the
/// frame's end where it closes the sentence; `None` where no such phrase
/// follows (a subject of its own: "…, according to the report, the
/// company lost money"; "the company, which …").
fn closing_source_appositive(frame: &Frame<'_>, source: &Np, comma: usize) -> Option<usize> {
    let r = &frame.r;
    let k = comma + 1;
    let determined = r.is(k, ARTICLE | DETERMINER | POSSESSIVE) || frame.word(k) == "another";
    if !frame.comma_at(comma) || !(determined || (r.is_cap(k) && !source.is_named())) {
        return None;
    }
    let app = r.phrase_starting_at(k, frame.hi)?;
    if !determined && !app.is_named() {
        return None;
    }
    let j = app.last + 1;
    let closes = |j: usize| j >= frame.hi || matches!(r.toks[j].kind, Kind::Punct('.' | '!' | '?'));
    if closes(j) {
        return Some(frame.hi);
    }
    // (the name's closing comma before "and" and a phrase that ends the
    // sentence: the source's conjunct)
    if !determined
        && frame.comma_at(j)
        && frame.word(j + 1) == "and"
        && r.phrase_starting_at(j + 2, frame.hi)
            .is_some_and(|np| closes(np.last + 1))
    {
        return Some(frame.hi);
    }
    let verb = |v: usize| {
        r.is_word_at(v)
            && !r.is_cap(v)
            && (is_finite_auxiliary(frame.word(v)) || looks_finite(frame.word(v)))
    };
    (frame.comma_at(j) && !r.relative(j + 1) && verb(j + 1)).then_some(j)
}

/// [`past_relative_on_source`] from the token `after` the source
/// `speaker` of "according to" at `i`; a restrictive relative clause it
/// passes is part of the source ("members who spoke with reporters
/// afterward").
fn past_source_relative(frame: &Frame<'_>, i: usize, after: usize, speaker: &mut Np) -> usize {
    let past = past_relative_on_source(frame, i, after);
    if past > after
        && past < frame.hi
        && matches!(frame.word(after), "who" | "that")
        && !speaker.is_named()
    {
        *speaker = Np::description(speaker.first, past - 1).with_head(speaker.last);
    }
    past
}

/// How many tokens a relative clause on the source of "according to" may
/// take before the content goes on.
const RELATIVE_ON_SOURCE: usize = 16;

/// For the comma at `after` that closes the source of "according to" at
/// `i`: past a relative clause on that source, the comma after which the
/// content goes on with its verb ("The wait, according to Ann Lee, who
/// runs the clinic, is six weeks"), or the frame's end where it does not
/// (the clause closes the sentence). Any other comma is returned as is.
fn past_relative_on_source(frame: &Frame<'_>, i: usize, after: usize) -> usize {
    // (or a participle: "…, according to the paper, published Wednesday
    // in Nature.")
    let participle = || {
        let w = frame.word(after + 1);
        frame.r.is_word_at(after + 1)
            && !frame.r.is_cap(after + 1)
            && w.len() > 4
            && w.ends_with("ed")
            && !frame.is_cue(after + 1)
            // (then a time or a preposition, not an object: "…, according
            // to officials, adopted a new strategy")
            && (frame.r.is(after + 2, PREPOSITION)
                || is_time_word(frame.word(after + 2))
                || DAYS.contains(&frame.word(after + 2))
                || !frame.r.is_word_at(after + 2))
    };
    let according = frame.word(i).eq_ignore_ascii_case("according");
    let on_source = according
        && frame.comma_at(after)
        && (matches!(frame.word(after + 1), "who" | "which" | "whose" | "whom") || participle());
    // (a restrictive one, with no comma before it: "…, according to
    // members who spoke with reporters afterward, was any mention of …")
    let restrictive = according
        && after < frame.hi
        && frame.r.is_word_at(after)
        && matches!(frame.word(after), "who" | "that");
    if !on_source && !restrictive {
        return after;
    }
    let goes_on = (after + 2..frame.hi.min(after + 2 + RELATIVE_ON_SOURCE))
        .take_while(|&j| !matches!(frame.r.toks[j].kind, Kind::Punct('.' | '!' | '?' | ';')))
        .find(|&j| frame.comma_at(j))
        .filter(|&j| {
            frame.r.is_word_at(j + 1)
                && !frame.r.is_cap(j + 1)
                && (clause::is_auxiliary(frame.word(j + 1)) || looks_finite(frame.word(j + 1)))
        });
    match goes_on {
        Some(j) => j,
        None if restrictive => after,
        None => frame.hi,
    }
}

/// Past an appositive of the source of an opening "according to" at
/// `k`, before the clause it reports: "According to Ann Lee, the
/// campaign's director, C", "According to the director, Ann Lee, C",
/// "According to the King's Fund, a health think tank, C". Not
/// after a document ("According to the poll, Clinton, Sanders and Trump
/// lead" lists the content's subjects), nor before a relative clause.
/// A relative clause on the source, closed by a comma before a clause of
/// its own, is passed too ("According to the official, who spoke on
/// condition of anonymity, C", "According to the report, which was
/// released Monday, C"), and so is a participle ("According to the
/// report, released Monday, C").
fn past_source_appositive(frame: &Frame<'_>, source: &Np, k: usize) -> usize {
    let r = &frame.r;
    // (or a participle: "According to the report, released Monday, C")
    if k < frame.hi
        && k > frame.lo
        && frame.comma_at(k - 1)
        && (r.relative(k) || r.agent_participle(k))
    {
        return (k + 1..frame.hi.min(k + 1 + OPENING_SOURCE))
            .take_while(|&j| r.toks[j].quote().is_none() && !r.toks[j].is_punct(';'))
            .find(|&j| frame.comma_at(j))
            .filter(|&j| clause::starts_content(frame, j + 1))
            .map_or(k, |j| j + 1);
    }
    if r.is(source.last, DOCUMENT) {
        return k;
    }
    // ("According to the King's Fund, a health think tank, C": an
    // indefinite appositive, perhaps with a relative clause of its own,
    // names what the source is)
    if k < frame.hi
        && matches!(frame.word(k), "a" | "an")
        && frame.comma_at(k - 1)
        && let Some(c) = (k + 1..frame.hi.min(k + 1 + OPENING_SOURCE))
            .take_while(|&j| r.toks[j].quote().is_none() && !r.toks[j].is_punct(';'))
            .find(|&j| frame.comma_at(j))
        && r.phrase_starting_at(k, c).is_some_and(|app| {
            let j = app.last + 1;
            j == c || r.relative(j) || r.relative_with_verb(j)
        })
        && !r.relative(c + 1)
        && !ASIDE_OPENERS.contains(&frame.word(c + 1))
        && clause::starts_content(frame, c + 1)
    {
        return c + 1;
    }
    let Some(app) = r.phrase_starting_at(k, frame.hi) else {
        return k;
    };
    let next = app.last + 2;
    let apposed = source.is_named() != app.is_named() && app.kind != MentionKind::Pronoun;
    if apposed
        && frame.comma_at(app.last + 1)
        && !r.relative(next)
        && clause::own_clause(frame, next)
    {
        next
    } else {
        k
    }
}

/// Words that open an aside inside a clause's subject rather than the
/// clause itself ("According to Smith, a deal, if one is reached, would
/// …": "a deal" is the content's subject, not the source's appositive).
const ASIDE_OPENERS: &[&str] = &[
    "if",
    "when",
    "unless",
    "although",
    "though",
    "because",
    "while",
    "once",
    "as",
    "after",
    "before",
    "since",
    "including",
    "like",
];

/// Where "reported" at `i` reads as "as (first) reported by X": the
/// token that opens the phrase; also an aside after a comma ("The plan,
/// first reported by X, is …"), which opens at "reported" (or "first").
fn as_reported_by(frame: &Frame<'_>, i: usize) -> Option<usize> {
    if frame.word(i) != "reported" || frame.word(i + 1) != "by" || i <= frame.lo {
        return None;
    }
    let mut first = i - 1;
    if frame.word(first) == "first" && first > frame.lo {
        first -= 1;
    }
    if frame.word(first).eq_ignore_ascii_case("as") {
        Some(first)
    } else if first > frame.lo && frame.r.toks[first].is_punct(',') {
        Some(first + 1)
    } else {
        None
    }
}

/// The first token of "per" or "as per" at `i` when it names a source as
/// "according to" does: after a comma or opening its sentence, before a
/// name, a body, a person or a document ("…, per Axios.", "Per a
/// statement from the company, …", "As per police, …"); not a rate ("$5
/// per share", "per capita") nor a norm ("per the plan", "as per
/// usual").
fn per_source(frame: &Frame<'_>, i: usize) -> Option<usize> {
    if !frame.word(i).eq_ignore_ascii_case("per") {
        return None;
    }
    let opens = |j: usize, w: &str| {
        (j == frame.lo && w.starts_with(|c: char| c.is_ascii_uppercase()))
            || (j > frame.lo
                && frame.comma_at(j - 1)
                && w.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let first = if i > frame.lo && frame.word(i - 1).eq_ignore_ascii_case("as") {
        i - 1
    } else {
        i
    };
    if !opens(first, frame.word(first)) || frame.by_norm(i + 1) {
        return None;
    }
    // (a bare body the grammar does not read alone, "…, per police.";
    // not a rate, "per person")
    let np = frame.source_phrase(i + 1).or_else(|| {
        loose_phrase(frame, i + 1).filter(|np| np.first == np.last && frame.r.is(np.last, ORG))
    })?;
    let head = np.role.map_or(np.last, |(_, last)| last);
    (np.is_named() || frame.r.is(head, DOCUMENT | ORG | SPEAKER | SPEECH_NOUN)).then_some(first)
}

/// `C in a new CNN poll.`: the clause before "in" and a phrase headed
/// by a poll or survey is what the poll found, the phrase its source
/// (read as "according to"): "Clinton leads by four points in the latest
/// Marist poll", "Trump had 45 percent, in the survey, taken July 11-14".
/// Where the poll does not close the sentence, a clause of a subject and
/// its verb before "in" is still the finding ([`finding_before`]).
/// Not the polls at large ("he has sagged in the polls", a standing,
/// not a finding), nor those who were asked ("voters surveyed in a new
/// poll"); the phrase opening its sentence is [`openers::in_document`]'s.
fn in_poll(frame: &Frame<'_>, i: usize) -> Option<Candidate> {
    const ASKED: &[&str] = &[
        "surveyed",
        "polled",
        "asked",
        "questioned",
        "interviewed",
        "participated",
        "included",
        "sampled",
        // (nor a comparison: "doing better than in other polls")
        "than",
    ];
    let plural_poll = |k: usize| poll_noun(frame, k);
    // (most of the many "in"s of a text have no poll after them: passed
    // over before a phrase or the sentence's start is read)
    let near = (i + 2..frame.hi.min(i + 2 + LOOSE_SOURCE)).any(|k| plural_poll(k).is_some());
    if !near || i <= frame.lo || ASKED.contains(&frame.word(i - 1)) || opens_part(frame, i) {
        return None;
    }
    // (the source "according to" would read after "in": a poll heads it,
    // not "a survey of the region")
    // (or the clause of a subject and its verb before "in", whatever
    // goes on after the poll: "he fell to 10 percent in the latest CNN
    // poll, a collapse driven by …", "Cruz came in second in January
    // polls, although …")
    let mut found = according(frame, i, 1).or_else(|| finding_before(frame, i))?;
    let np = found.speaker;
    // (or its head, before a participle that goes on with it: "a new
    // poll released Thursday"; or a poll before a place or a time with no
    // verb after it, "public opinion polls in Florida and Ohio", not "the
    // latest poll stands at 53%", nor one in a relative clause, "in a row
    // that the poll has shown …")
    let poll = match np.role {
        Some((_, head)) if HANDLED.contains(&frame.word(head + 1)) => head,
        _ => np.last,
    };
    let poll = if plural_poll(poll).is_some() {
        poll
    } else {
        let first = (np.first..=np.last).find(|&k| plural_poll(k).is_some())?;
        let relative = (np.first..first).any(|k| matches!(frame.word(k), "that" | "which" | "who"));
        // (a place, a source or a time goes on with it: "polls in Ohio",
        // "a survey from Emerson College", "a poll this month"; not a
        // point of a change, "from 58 percent in the last poll to 55")
        let next = frame.word(first + 1);
        let goes_on = matches!(next, "in" | "from" | "of" | "by" | "this" | "last")
            || HANDLED.contains(&next)
            || DAYS.contains(&next)
            || MONTH_ABBREVIATIONS.contains(&next.trim_end_matches('.'))
            || is_time_word(next);
        if !goes_on {
            return None;
        }
        let verb = (first + 1..=np.last).any(|k| {
            let w = frame.word(k);
            frame.r.is_word_at(k) && !frame.r.is_cap(k) && looks_finite(w) && !HANDLED.contains(&w)
        });
        if relative || verb {
            return None;
        }
        first
    };
    let plural = plural_poll(poll)?;
    // (a poll of its own, "the survey", "a CNN poll", "most polls": not
    // "the polls" nor "polls" alone)
    if plural && (np.first..poll).all(|k| frame.word(k).eq_ignore_ascii_case("the")) {
        return None;
    }
    // (one phrase of a poll, "the RealClearPolitics average of recent
    // polls", not a phrase of something else, "in light of his
    // performance in the polls")
    // (nor the polls where a vote is cast, "in the hours before the
    // polls")
    let of_other = (np.first..poll).any(|k| {
        frame.r.is(k, PREPOSITION) && !(frame.word(k) == "of" && frame.word(k - 1) == "average")
    });
    if of_other {
        return None;
    }
    // (the clause of the finding alone, not the one before its comma)
    let (start, end) = found.content[0];
    let clause = finding_start(frame, end);
    let start = if clause > start && clause::subject_and_verb(frame, clause, end) {
        clause
    } else {
        start
    };
    found.content[0].0 = start;
    // (not what another cue reports: "Six in 10 say he is decisive, after
    // half said so in the earlier poll")
    if (start..i).any(|j| frame.is_cue(j)) {
        return None;
    }
    // (a participle after the poll's comma says more of the poll, "…, in
    // the survey, taken July 11-14, …": no part of the finding)
    let (k, _) = found.content[1];
    let participle = frame.word(k).ends_with("en") || frame.word(k).ends_with("ed");
    if k > 0 && !frame.r.is_cap(k) && participle {
        found.content[1] = (0, 0);
    }
    Some(Candidate {
        rule: Rule::InDocument,
        confidence: openers::IN_POLL,
        class: CueClass::Evidence,
        ..found
    })
}

/// Whether token `k` is a poll or survey, and if so whether in the
/// plural.
fn poll_noun(frame: &Frame<'_>, k: usize) -> Option<bool> {
    [
        ("poll", false),
        ("survey", false),
        ("polls", true),
        ("surveys", true),
    ]
    .into_iter()
    .find(|(w, _)| w.eq_ignore_ascii_case(frame.word(k)))
    .map(|(_, plural)| plural)
}

/// Where the clause that ends at token `end` before a poll's "in"
/// starts: after the last comma of its sentence part that a word opening
/// a clause follows, past that word ("…, where he has had a big lead in
/// the most recent polls", "…, although Rubio moved up in a later
/// survey"); after the comma of a clause of time or contrast that opens
/// the sentence ("While Clinton leads, she trails in the average of
/// polls"); past a conjunction that opens it ("But he fell to 10 percent
/// in the poll").
fn finding_start(frame: &Frame<'_>, end: usize) -> usize {
    let opener = |k: usize| {
        frame.r.is(k, SUBORDINATOR)
            || ["but", "and", "yet", "where", "as"]
                .iter()
                .any(|c| c.eq_ignore_ascii_case(frame.word(k)))
    };
    let start = clause::sentence_start(frame, end);
    if let Some(c) = (start..end)
        .rev()
        .find(|&c| frame.comma_at(c) && opener(c + 1))
    {
        return (c + 2).min(end);
    }
    // (a clause that opens the sentence with its conjunction is no part
    // of the finding: the main clause after its comma is)
    let subordinate = frame.r.is(start, SUBORDINATOR) || frame.word(start) == "As";
    match (start..end).find(|&c| frame.comma_at(c)) {
        Some(c) if subordinate => c + 1,
        _ => (start + usize::from(opener(start))).min(end),
    }
}

/// The report of a poll's finding at "in" (token `i`) that `according`
/// does not read, where the poll does not close the sentence: the
/// clause from the start of the sentence part to "in", when it opens with
/// a subject and its verb ("Obama was winning blacks by 28 points in the
/// same poll, a 52-point swing"), the poll its source.
fn finding_before(frame: &Frame<'_>, i: usize) -> Option<Candidate> {
    let np = frame
        .source_phrase(i + 1)
        .or_else(|| loose_phrase(frame, i + 1))?;
    let start = finding_start(frame, i);
    // (not a second poll of a clause that names one before: "… in a new
    // poll, his worst showing in the survey")
    if (start..i).any(|k| poll_noun(frame, k).is_some()) {
        return None;
    }
    clause::subject_and_verb(frame, start, i).then_some(Candidate {
        content: [(start, i), (0, 0)],
        speaker: np,
        named: true,
        cue: (i, i),
        source: None,
        addressee: None,
        class: CueClass::Evidence,
        rule: Rule::InDocument,
        confidence: openers::IN_POLL,
    })
}

/// Whether the verb of `v` stands in a clause that describes its speaker
/// ("shirts that read “…”", "signs reading “…”"): a relative pronoun
/// between them, or a participle right after the noun. Such a verb is
/// no report that "according to X" could relay: the sentence is X's.
fn modifies_its_speaker(frame: &Frame<'_>, v: &Candidate) -> bool {
    let (first, last, cue) = (v.speaker.first, v.speaker.last, v.cue.0);
    if cue <= last {
        return false;
    }
    let relative = (first..cue).any(|j| matches!(frame.word(j), "that" | "which"));
    let participle = cue == last + 1 && frame.word(cue).ends_with("ing");
    relative || participle
}

/// "According to RIA Novosti, Wang Yi told Lavrov that …", "In a memo,
/// Mook acknowledged …": where the content of "according to X" (or of a
/// document opening the sentence) is itself a report of speech (its verb
/// near the start, its speaker inside), X is the source that relayed that
/// report, not a report of its own. Reports from `start` on.
fn relay(frame: &Frame<'_>, out: &mut Vec<Candidate>, start: usize) {
    let mut k = start;
    while k < out.len() {
        let a = out[k];
        // "…, according to X" closing a sentence reports the sentence as
        // X's; "According to X, Y told …" relays Y's report
        let leading = a.ranges().next().is_some_and(|(lo, _)| lo > a.cue.1);
        let relays = matches!(a.rule, Rule::AccordingTo | Rule::InDocument);
        let relayed = (relays && leading)
            .then(|| {
                out[start..].iter().position(|v| {
                    !matches!(v.rule, Rule::AccordingTo | Rule::InDocument)
                        && v.class == CueClass::Speech
                        && a.holds(v.cue.0)
                        && a.holds(v.speaker.first)
                        && !modifies_its_speaker(frame, v)
                        && a.ranges()
                            .any(|(lo, _)| v.cue.0 >= lo && v.cue.0 - lo <= RELAY_REACH)
                })
            })
            .flatten();
        match relayed {
            Some(v) => {
                // (a share of people polled speaks through the poll: "In a
                // new poll, 75 percent said …" is the poll's finding)
                let v = &mut out[start + v];
                if frame.r.is_share(v.speaker) && frame.r.names_a_poll(a.speaker) {
                    v.speaker = a.speaker;
                } else {
                    v.source = Some(a.speaker);
                }
                out.remove(k);
            }
            None => k += 1,
        }
    }
    // "Lavrov, quoted by RIA Novosti, said that …": the outlet set off
    // after the speaker relays the report
    for v in &mut out[start..] {
        if v.source.is_none() {
            v.source =
                crate::attribute::rules::relay::quoted_by(frame, v.speaker).map(|(_, np)| np);
        }
    }
}
