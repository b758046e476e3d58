//! One document's attribution, paragraph by paragraph: each frame of a
//! paragraph is read, its names linked, each quotation given to the rules
//! in order, and what they leave to the discourse rules.
//!
//! The pass holds no text: each paragraph comes with the string it lies in
//! and that string's offset (`base`) in the whole text, so that the same
//! pass serves a whole document and a stream. Spans it keeps are
//! whole-text offsets.

use super::classes::{SPEECH_NOUN, VERB};
use super::coref::Coref;
use super::discourse::{self, Discourse};
use super::frame::{Frame, frames_of};
use super::outcome::{Outcome, cue_span};
use super::phrase::{PhraseMemo, Reader, UNSET, subject_pronoun};
use super::report::{FrameQuote, Joiner, Reported};
use super::rules::{self, Ctx, Found};
use super::tokens::{Token, tokenize};
use super::{Attributor, Entity, MentionKind, Rule};

use crate::quote::{QuoteKind, title_case};
use crate::{QuoteStyle, Span};
use std::cell::Cell;

/// The factor on the confidence of an attribution to a term (a title, a
/// name or a so-called word) rather than speech: it is the speaker's
/// choice of words, not their speech, a weaker claim.
const TERM_CONFIDENCE: f32 = 0.9;

/// The rules that attribute a quotation nested in another's words: those
/// that read a reporting verb next to it. (A nested quotation without one
/// is the outer speaker's choice of words, or speech no one is named for.)
const NESTED_RULES: &[Rule] = &[
    Rule::LeadingCue,
    Rule::ColonIntro,
    Rule::TrailingSpeakerCue,
    Rule::TrailingCueSpeaker,
    Rule::TrailingAppositive,
    Rule::LeadingAppositive,
    Rule::SplitQuote,
    Rule::Parenthetical,
    Rule::ToldThat,
    Rule::QuotedAsSaying,
];

/// The factor on the confidence of an attribution of a nested quotation:
/// the words are reported by the outer speaker, from memory as often as
/// not, and its speaker is often known only by a pronoun.
const NESTED_CONFIDENCE: f32 = 0.9;

/// Connectives that may open a sentence made of a quotation without
/// attributing it ("Then, "Q"", "But "Q"").
const CONNECTIVES: &[&str] = &[
    "and",
    "but",
    "then",
    "still",
    "yet",
    "so",
    "also",
    "now",
    "later",
    "again",
    "or",
    "plus",
    "instead",
    "indeed",
    "however",
    "meanwhile",
];

/// The most words of a quotation that stands as a subheading.
const SUBHEAD_WORDS: usize = 6;

/// How far into the sentence after a quoted sentence its reporting verb
/// may stand, in tokens.
const DETACHED_REACH: usize = 32;

/// `"Why not?" Ann Lee, a voter, asked.`, `"It is over." Lee said.`: a
/// sentence that ended inside a quotation, with its terminal mark, and
/// the sentence after it, where that one is only the reporting clause of
/// the quotation, read as one frame. The sentences stay as they are.
fn join_detached_trailers(
    r: Reader<'_>,
    vocab: &crate::lexicon::Vocabulary,
    frames: &mut Vec<(usize, usize)>,
) {
    let mut w = 0;
    for i in 0..frames.len() {
        let (lo, hi) = frames[i];
        if w > 0 {
            let (plo, phi) = frames[w - 1];
            let q = phi - 1;
            // the sentence before is the quotation alone
            // (a sentence with no reporting verb or noun of speech near
            // its start is no reporting clause: most are rejected before a
            // frame is built)
            if phi == lo
                && plo == q
                && r.toks[q].quote().is_some()
                && r.is_word_at(lo)
                && (lo..hi.min(lo + DETACHED_REACH)).any(|k| r.is(k, VERB | SPEECH_NOUN))
            {
                let joined = Frame::new(r, vocab, plo, hi);
                if rules::detached_trailer(&joined, q) {
                    frames[w - 1] = (plo, hi);
                    continue;
                }
            }
        }
        frames[w] = (lo, hi);
        w += 1;
    }
    frames.truncate(w);
}

/// Whether the quotation at `q` (spanning `span`) is a subheading, which
/// continues no one's words: a short quotation alone in its paragraph,
/// in title case ("'All Bets Are Off.'") or in single marks right after a
/// quotation in double ones (`marks_change`: "'A really tough
/// decision.'"), a change that continued words would not make.
fn subhead(frame: &Frame<'_>, q: usize, span: Span, marks_change: bool) -> bool {
    let alone = q == frame.lo
        && frame.hi
            == q + 1 + usize::from(frame.r.toks.get(q + 1).is_some_and(|t| t.is_punct('.')));
    let body = frame.r.text.get(span.range()).unwrap_or("");
    alone
        && frame.lo == 0
        // (counted no further than the limit: a quotation may run on for
        // pages)
        && body.split_whitespace().take(SUBHEAD_WORDS + 1).count() <= SUBHEAD_WORDS
        && (marks_change || title_case(body))
}

/// Whether a frame is a quotation standing alone: no words but its
/// quotations, and perhaps a connective (or a participle of speaking:
/// "Adding, “Q”") before the first.
fn stands_alone(frame: &Frame<'_>) -> bool {
    let mut words = (frame.lo..frame.hi).filter(|&i| frame.r.toks[i].is_word());
    match (words.next(), words.next()) {
        (None, _) => true,
        (Some(w), None) => {
            // ("Adding, "Q"": a participle of speaking alone goes on with
            // the speaker too)
            let participle = frame.word(w).ends_with("ing") && frame.is_cue(w);
            w == frame.lo
                && (participle
                    || CONNECTIVES
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case(frame.word(w))))
                && frame
                    .r
                    .toks
                    .get(w + 1)
                    .is_some_and(|t| t.quote().is_some() || t.is_punct(','))
        }
        _ => false,
    }
}

/// Words that open a topic label: "On the trade rumours: "Q"", "As for
/// the goalie: "Q"".
const TOPIC_OPENERS: &[&str] = &["on", "about", "regarding", "concerning"];

/// Whether the quotation at `q` follows a topic label alone, a phrase
/// naming what the words are about and a colon, with no speaker or verb
/// of saying of its own: "On goalie Marcus Lind, who left hurt: "We'll
/// know more tomorrow."" (sports and interview copy give a speaker's
/// answers so, one topic to a paragraph, after the speaker is named).
/// Not "On Tuesday, Lee said:" (a verb of saying) nor "On the bus, she
/// wept:" (a subject pronoun).
fn topic_label(frame: &Frame<'_>, q: usize) -> bool {
    let r = &frame.r;
    let opener = |w: &str| TOPIC_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w));
    let as_for =
        frame.word(frame.lo).eq_ignore_ascii_case("as") && frame.word(frame.lo + 1) == "for";
    q > frame.lo + 2
        && r.is_word_at(frame.lo)
        && (opener(frame.word(frame.lo)) || as_for)
        && r.toks[q - 1].is_punct(':')
        && (frame.lo..q - 1).all(|k| {
            r.toks[k].quote().is_none()
                && !(r.is_word_at(k) && (frame.is_cue(k) || subject_pronoun(frame.word(k))))
        })
        && (q + 1..frame.hi).all(|k| !r.is_word_at(k))
}

/// Whether the quotation at `q` opens its frame, perhaps after a
/// connective ("And "Q" …").
fn opens_sentence(frame: &Frame<'_>, q: usize) -> bool {
    q == frame.lo
        || (q == frame.lo + 1
            && CONNECTIVES
                .iter()
                .any(|c| c.eq_ignore_ascii_case(frame.word(frame.lo))))
}

/// State carried through one document.
#[derive(Debug)]
pub(crate) struct Pass<'a> {
    cfg: &'a Attributor,
    /// Offset of the current string in the whole text.
    base: usize,
    pub(crate) coref: Coref,
    discourse: Discourse,
    /// Buffers kept between paragraphs: tokens, their word classes
    /// (looked up lazily), quotation spans and frames.
    tokens: Vec<Token>,
    classes: Vec<Cell<u32>>,
    memo: PhraseMemo,
    spans: Vec<(usize, Span)>,
    frames: Vec<(usize, usize)>,
    /// Reported speech, when asked for.
    joiner: Option<Joiner>,
    /// The end token of the previous frame, when a rule of its own
    /// attributed a quotation in it.
    attributed_until: Option<usize>,
    /// The last quotation given a speaker: one that runs on over a
    /// paragraph end keeps it, and is not continued anew in the paragraphs
    /// it runs into (a rule of theirs still decides).
    given: Option<(usize, Outcome)>,
    /// The quotations no rule attributed in the last paragraph, when it
    /// held nothing but quotations: a signature line in the next
    /// paragraph ([`Rule::Signature`](super::Rule::Signature)) may sign
    /// them.
    unsigned: Vec<usize>,
    /// Whether the last quotation read was in double marks.
    after_double: bool,
}

/// How many words a quotation in a sentence without a reporting verb
/// needs to continue the sentence before it.
const FOLLOWING_WORDS: usize = 3;

/// The buffers a reading fills, taken from the pass and given back.
struct Buffers {
    spans: Vec<(usize, Span)>,
    toks: Vec<Token>,
    cells: Vec<Cell<u32>>,
    memo: PhraseMemo,
    frames: Vec<(usize, usize)>,
}

/// What one paragraph is read with.
struct Paragraph<'p> {
    /// The top-level quotations overlapping it: index, span, kind, marks.
    here: &'p [(usize, Span, QuoteKind, QuoteStyle)],
    /// Whether its first token is a quotation.
    opens_with_quote: bool,
    /// Where it starts in the string.
    start: usize,
}

impl<'a> Pass<'a> {
    pub(crate) fn new(cfg: &'a Attributor) -> Self {
        Pass {
            cfg,
            base: 0,
            coref: Coref::default(),
            discourse: Discourse::default(),
            attributed_until: None,
            given: None,
            tokens: Vec::new(),
            classes: Vec::new(),
            memo: PhraseMemo::default(),
            spans: Vec::new(),
            frames: Vec::new(),
            joiner: None,
            unsigned: Vec::new(),
            after_double: false,
        }
    }

    /// Finds reported speech too, from now on.
    pub(crate) fn report(&mut self) {
        self.joiner.get_or_insert_with(Joiner::default);
    }

    /// The reports found so far, in document order, into `out`; a direct
    /// report closing the last paragraph (which ends at `until` in the
    /// whole text) stays until the next paragraph is read, which may
    /// continue it, or until `all`.
    pub(crate) fn take_reports(&mut self, out: &mut Vec<Reported>, all: bool, until: usize) {
        if let Some(j) = &mut self.joiner {
            let from = out.len();
            j.take(out, all, until);
            out[from..].sort_by_key(Reported::start);
        }
    }

    /// Attributes the quotations of paragraph `p` of `text` (whose first
    /// byte is at `base` in the whole text): `here` lists the top-level
    /// quotations overlapping it (index, span in `text`, kind, marks), and `out`
    /// receives (index, outcome) for those attributed.
    pub(crate) fn paragraph(
        &mut self,
        text: &str,
        base: usize,
        p: Span,
        sentences: &[Span],
        here: &[(usize, Span, QuoteKind, QuoteStyle)],
        out: &mut Vec<(usize, Outcome)>,
    ) {
        self.base = base;
        let Buffers {
            spans,
            toks,
            cells,
            memo,
            frames,
        } = self.read(text, p, sentences, here);
        self.discourse.start_paragraph();
        if let Some(j) = &mut self.joiner {
            j.start_paragraph();
        }
        self.attributed_until = None;
        let para = Paragraph {
            here,
            opens_with_quote: toks.first().is_some_and(|t| t.quote().is_some()),
            start: p.start,
        };
        let unsigned = std::mem::take(&mut self.unsigned);
        let first_out = out.len();
        for &(lo, hi) in &frames {
            let r = Reader {
                text,
                toks: &toks,
                classes: &cells,
                memo: &memo,
            };
            let frame = Frame::new(r, self.cfg.vocabulary(), lo, hi);
            if !unsigned.is_empty() && frames.len() == 1 {
                self.sign(&frame, &unsigned, out);
            }
            self.frame(&para, &frame, out);
        }
        // a paragraph of quotations alone keeps those no rule attributed
        // for a signature line after it
        // (looked up sorted: a paragraph may hold many quotations)
        if toks.iter().all(|t| !t.is_word()) {
            let mut attributed: Vec<usize> = out[first_out..].iter().map(|&(i, _)| i).collect();
            attributed.sort_unstable();
            self.unsigned.extend(
                here.iter()
                    .filter(|&&(i, _, kind, _)| {
                        kind == QuoteKind::Direct && attributed.binary_search(&i).is_err()
                    })
                    .map(|&(i, _, _, _)| i),
            );
        }
        self.discourse.end_paragraph();
        self.keep(Buffers {
            spans,
            toks,
            cells,
            memo,
            frames,
        });
    }

    /// The tokens, frames and word classes of `span` of `text` (whose
    /// `sentences` end where they do, and where the quotations `here`
    /// stand as one token each), in the buffers kept between calls.
    fn read(
        &mut self,
        text: &str,
        span: Span,
        sentences: &[Span],
        here: &[(usize, Span, QuoteKind, QuoteStyle)],
    ) -> Buffers {
        let mut spans = std::mem::take(&mut self.spans);
        spans.clear();
        spans.extend(here.iter().enumerate().map(|(k, &(_, s, _, _))| (k, s)));
        let mut toks = std::mem::take(&mut self.tokens);
        tokenize(
            text,
            span,
            &spans,
            sentences,
            self.cfg.segmenter(),
            &mut toks,
        );
        let mut cells = std::mem::take(&mut self.classes);
        cells.clear();
        cells.resize(toks.len(), Cell::new(UNSET));
        let mut memo = std::mem::take(&mut self.memo);
        memo.start_paragraph();
        let mut frames = std::mem::take(&mut self.frames);
        frames_of(&toks, sentences, &spans, &mut frames);
        let r = Reader {
            text,
            toks: &toks,
            classes: &cells,
            memo: &memo,
        };
        join_detached_trailers(r, self.cfg.vocabulary(), &mut frames);
        Buffers {
            spans,
            toks,
            cells,
            memo,
            frames,
        }
    }

    /// The buffers back, for the next call.
    fn keep(&mut self, b: Buffers) {
        self.spans = b.spans;
        self.tokens = b.toks;
        self.classes = b.cells;
        self.memo = b.memo;
        self.frames = b.frames;
    }

    /// Attributes the quotations `here` nested in the content of a
    /// quotation, within `region` of one paragraph of `text` (whose first
    /// byte is at `base`; `sentences` are the region's): the rules with
    /// a reporting verb read the quoted words as a text of their own
    /// (`"My boss told me, 'Go home,'" Lee said.`: "My boss"). The outer
    /// quotation's `teller`, if attributed, relays the words, and is the
    /// one a first-person speaker or addressee ("I", "me") is. Nothing
    /// the outer attribution decided changes: names are looked up, not
    /// linked.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn nested(
        &mut self,
        text: &str,
        base: usize,
        region: Span,
        sentences: &[Span],
        here: &[(usize, Span, QuoteKind, QuoteStyle)],
        teller: Option<&Outcome>,
        out: &mut Vec<(usize, Outcome)>,
    ) {
        self.base = base;
        let b = self.read(text, region, sentences, here);
        let r = Reader {
            text,
            toks: &b.toks,
            classes: &b.cells,
            memo: &b.memo,
        };
        for &(lo, hi) in &b.frames {
            let frame = Frame::new(r, self.cfg.vocabulary(), lo, hi);
            let mut prior: Option<Found> = None;
            for (q, tok) in b.toks.iter().enumerate().take(hi).skip(lo) {
                let Some(k) = tok.quote() else { continue };
                let (index, _, kind, _) = here[k];
                // (the marks of the outer quotation hide that one opening
                // the words opens a sentence: it is read as speech)
                let kind = match kind {
                    QuoteKind::Partial if q == lo => QuoteKind::Direct,
                    QuoteKind::Direct => kind,
                    _ => continue,
                };
                let known = |np: &super::phrase::Np| self.coref.known_person(&frame, np);
                let ctx = Ctx::new(&frame, q, kind, prior.as_ref(), &known);
                let enabled = |r: Rule| NESTED_RULES.contains(&r) && self.cfg.enabled(r);
                // (not "it": "It's easy to say, 'Q'")
                if let Some(f) = rules::find(&ctx, enabled).filter(|f| {
                    !(f.speaker.kind == MentionKind::Pronoun
                        && frame.word(f.speaker.first).eq_ignore_ascii_case("it"))
                }) {
                    out.push((index, self.nested_outcome(&frame, &f, teller)));
                    prior = Some(f);
                }
            }
        }
        self.keep(b);
    }

    /// The outcome of a nested quotation's rule: its mentions looked up,
    /// "I" and "me" the outer quotation's speaker, who is its source.
    fn nested_outcome(&self, frame: &Frame<'_>, f: &Found, teller: Option<&Outcome>) -> Outcome {
        let cue = cue_span(frame, self.base, f);
        let mention = |np: super::phrase::Np| {
            let mut d = self.coref.peek(frame, self.base, np);
            let first_person = np.kind == MentionKind::Pronoun
                && ["i", "me"]
                    .iter()
                    .any(|w| frame.word(np.first).eq_ignore_ascii_case(w));
            if let Some(t) = teller.filter(|_| first_person) {
                d.entity = t.speaker.entity;
                d.name = t.speaker.name;
            } else if np.kind == MentionKind::Pronoun && !frame.r.relative(np.first) {
                // (another pronoun but a relative one means someone the
                // quoted words named, whom nothing here has read)
                d.entity = None;
                d.name = None;
            }
            d
        };
        let speaker = mention(f.speaker);
        Outcome {
            speaker,
            nearest: speaker,
            cue,
            source: f.source.map(mention).or(teller.map(|t| t.speaker)),
            addressee: f.addressee.map(mention),
            rule: f.rule,
            confidence: f.confidence * NESTED_CONFIDENCE,
        }
    }

    /// Makes the frame's subject, a person named before `speaker` (the
    /// text position of a speaker a preposition governs: "in the words
    /// of X"), the newest candidate for later pronouns again.
    fn subject_again(&mut self, frame: &Frame<'_>, speaker: usize) {
        let Some(subject) = frame.subject else { return };
        let at = frame.r.toks[subject.first].span.start + self.base;
        // (tokens are in text order: found by halves, so that a long
        // sentence of many such quotations stays linear)
        let governed = speaker
            .checked_sub(self.base)
            .and_then(|s| {
                frame.r.toks[frame.lo..frame.hi]
                    .binary_search_by_key(&s, |t| t.span.start)
                    .ok()
            })
            .is_some_and(|k| k > 0 && frame.r.word(frame.lo + k - 1) == "of");
        if subject.kind != MentionKind::Person || at >= speaker || !governed {
            return;
        }
        if let Some(e) = self.coref.peek(frame, self.base, subject).entity {
            self.coref.remember(at, e);
        }
    }

    /// Reads one frame of paragraph `para`.
    fn frame(&mut self, para: &Paragraph<'_>, frame: &Frame<'_>, out: &mut Vec<(usize, Outcome)>) {
        let last_speaker = self.coref.note_subject(frame, self.base);
        let mut spoke_at = None;
        let alone = stands_alone(frame);
        let first = out.len();
        let mut prior: Option<Found> = None;
        let mut attributed = false;
        // …by a rule of the frame, not by continuing the paragraph
        let mut by_rule = false;
        for q in frame.lo..frame.hi {
            let Some(k) = frame.r.toks[q].quote() else {
                continue;
            };
            let (index, span, kind, style) = para.here[k];
            // a quotation that runs on from a paragraph that gave it a
            // speaker ("X said: "… / "…"") keeps it
            let carried = self
                .given
                .filter(|&(i, _)| i == index && span.start < para.start);
            let result = match self.find(frame, q, kind, prior.as_ref()) {
                Some((found, r)) => {
                    prior = Some(found);
                    by_rule = true;
                    Some(r)
                }
                None if carried.is_some() => carried.map(|(_, r)| r),
                None if self.cfg.continuation
                    && (alone || topic_label(frame, q))
                    && kind == QuoteKind::Direct
                    && !subhead(frame, q, span, self.after_double && style.is_single()) =>
                {
                    // (a topic label opening the paragraph opens it as the
                    // quotation would)
                    let opens = (q == 0 && para.opens_with_quote) || (frame.lo == 0 && !alone);
                    let here = self.base + frame.r.toks[q].span.start;
                    self.discourse
                        .continuation(opens, here, |r| self.cfg.enabled(r))
                }
                None if self.cfg.continuation
                    && kind != QuoteKind::Term
                    && (opens_sentence(frame, q) || self.follows_attributed(frame, q)) =>
                {
                    self.discourse.fragment(|r| self.cfg.enabled(r))
                }
                None => None,
            };
            self.after_double = !style.is_single();
            if let Some(r) = result {
                if let Some(e) = r.speaker.entity {
                    self.coref.remember(r.speaker.span.start, e);
                    self.coref.registry.touch(e);
                    spoke_at = Some(r.speaker.span.start);
                }
                self.discourse.note(&r);
                attributed = true;
                self.given = Some((index, r));
                out.push((index, r));
            }
        }
        // "Ames called it "empty," a verdict Mr. Wexler said he never
        // forgot": the one who speaks last is the newest candidate
        if let (Some((pos, e)), Some(at)) = (last_speaker, spoke_at) {
            if pos > at {
                self.coref.remember(pos, e);
            }
        }
        // "Brooks was, in the words of the critic Ralph Gleason, "Q." He
        // …": one named inside a phrase of the sentence, to whom a noun
        // of speech gives the words, ranks below the person it is about
        if let Some(&(_, r)) = out[first..].last() {
            if r.rule == Rule::NounCue {
                self.subject_again(frame, r.speaker.span.start);
            }
        }
        self.attributed_until = by_rule.then_some(frame.hi);
        if self.joiner.is_some() {
            self.reports(para, frame, &out[first..]);
        }
        let closing = rules::closing_colon(frame)
            .filter(|f| self.cfg.enabled(f.rule))
            .map(|f| Outcome::resolve(&mut self.coref, frame, self.base, &f));
        self.discourse.set_closing(closing.as_ref());
        // A sentence without attributed quotations that reports a named
        // speaker ("…, Schiff said.", "X called him a master at …")
        // introduces the quotation standing alone after it.
        if !attributed {
            if let Some(f) = discourse::reporter(frame) {
                let r = Outcome::resolve(&mut self.coref, frame, self.base, &f);
                self.discourse.note(&r);
                // "…, he said. Good information wins only when "Q."": a
                // quotation closing the next sentence continues him too
                self.attributed_until = Some(frame.hi);
            } else if let Some(np) = frame.subject.filter(|np| {
                // (not in a title-case headline, whose capitals name no one)
                !frame.headline
                    && (np.is_named()
                        || (np.kind == MentionKind::Pronoun && !frame.r.relative(np.first)))
            }) {
                // (a person's name opening the phrase, not a description
                // holding one: "the oversized Trump face")
                let person =
                    np.kind == MentionKind::Person && np.name.is_some_and(|(a, _)| a == np.first);
                let carry = self.discourse.may_carry_on();
                if carry || person {
                    let d = self.coref.mention(frame, self.base, np);
                    // "…," Viguerie notes. ¶ Viguerie is upbeat about it. ¶
                    // "Q": a paragraph about the last speaker keeps him as
                    // the one a quotation after it continues
                    if let Some(e) = d.entity.filter(|_| carry) {
                        self.discourse.same_speaker(e);
                    }
                    // "Lee spoke first. Dana Cole had other ideas. "Q"": another
                    // person, named in full or known to be one, is the guess
                    // (so is the first person named, before anyone has
                    // spoken: "Ann Lee was blunt. "Q"")
                    let full_name = np.name.is_some_and(|(a, b)| b > a);
                    if person
                        && (full_name
                            || d.entity
                                .is_some_and(|e| self.coref.registry.entities[e].person))
                    {
                        self.discourse.other_speaker(d);
                    }
                }
            }
        }
    }

    /// The quotations `unsigned` of the paragraph before, signed by the
    /// signature line `frame` (the whole paragraph), if it is one.
    fn sign(&mut self, frame: &Frame<'_>, unsigned: &[usize], out: &mut Vec<(usize, Outcome)>) {
        if !self.cfg.enabled(super::Rule::Signature) {
            return;
        }
        let Some(f) = rules::signature::read(frame) else {
            return;
        };
        let r = Outcome::resolve(&mut self.coref, frame, self.base, &f);
        out.extend(unsigned.iter().map(|&i| (i, r)));
        if let Some(j) = &mut self.joiner {
            j.sign(&r);
        }
    }

    /// The first of the last paragraph's quotations that wait for a
    /// signature line in the next ([`Pass::paragraph`]).
    pub(crate) fn first_unsigned(&self) -> Option<usize> {
        self.unsigned.first().copied()
    }

    /// Whether `frame` follows right after a sentence whose own rules
    /// attributed a quotation, and has no reporting verb of its own: `"Q1," she says.
    /// It's "Q2."` continues her.
    fn follows_attributed(&self, frame: &Frame<'_>, q: usize) -> bool {
        // a word or two in quotation marks is as often the writer's
        // ("The "deal" is done.")
        // (counted no further than needed: a quotation may run on for pages)
        let words = frame
            .word(q)
            .split_whitespace()
            .take(FOLLOWING_WORDS)
            .count();
        // …and so is one inside the writer's sentence: the quotation
        // closes the sentence ("It's "Q2."")
        // (the tests that read the frame last: a frame may hold thousands
        // of quotations)
        let closes = || (q + 1..frame.hi).all(|i| !frame.r.is_word_at(i));
        self.attributed_until == Some(frame.lo)
            && words >= FOLLOWING_WORDS
            && closes()
            && !(frame.lo..frame.hi).any(|i| frame.is_cue(i))
    }

    /// The reports of `frame`, whose quotations' outcomes are `found`.
    fn reports(&mut self, para: &Paragraph<'_>, frame: &Frame<'_>, found: &[(usize, Outcome)]) {
        let Some(joiner) = &mut self.joiner else {
            return;
        };
        let mut quotes = std::mem::take(&mut joiner.quotes);
        quotes.clear();
        quotes.extend((frame.lo..frame.hi).filter_map(|token| {
            let (index, _, kind, _) = para.here[frame.r.toks[token].quote()?];
            let outcome = found.iter().find(|(i, _)| *i == index).map(|(_, o)| *o);
            Some(FrameQuote {
                token,
                kind,
                outcome,
            })
        }));
        let cfg = self.cfg;
        joiner.frame(&self.coref, frame, self.base, &quotes, |r| cfg.enabled(r));
        joiner.quotes = quotes;
    }

    /// The rules' attribution of the quotation at `q`, as found (for a
    /// split quotation after it) and resolved.
    fn find(
        &mut self,
        frame: &Frame<'_>,
        q: usize,
        kind: QuoteKind,
        prior: Option<&Found>,
    ) -> Option<(Found, Outcome)> {
        let coref = &self.coref;
        let known = |np: &super::phrase::Np| coref.known_person(frame, np);
        let ctx = Ctx::new(frame, q, kind, prior, &known);
        let mut f = rules::find(&ctx, |r| self.cfg.enabled(r))?;
        let nearest = f.speaker;
        f.speaker = self.coref.prefer_named(frame, f.speaker);
        // (nor does the fuller mention hold the quotation)
        if f.speaker.first <= q && q <= f.speaker.last {
            f.speaker = nearest;
        }
        if kind == QuoteKind::Term {
            f.confidence *= TERM_CONFIDENCE;
        }
        let mut r = Outcome::resolve(&mut self.coref, frame, self.base, &f);
        if nearest.first != f.speaker.first {
            r.nearest = self.coref.mention(frame, self.base, nearest);
        }
        // "said Mr. Lee, who noted that prices had "cratered". "Q"": a
        // later quotation goes on with the relative pronoun's antecedent,
        // the mention that stands on its own
        if nearest.kind == MentionKind::Pronoun && frame.r.relative(nearest.first) {
            if let Some(np) = frame.r.antecedent(frame.lo, nearest.first) {
                r.nearest = self.coref.mention(frame, self.base, np);
            }
        }
        Some((f, r))
    }

    /// The earliest offset of the mentions and cue of the outcome a later
    /// paragraph may continue.
    pub(crate) fn previous_start(&self) -> Option<usize> {
        self.discourse.previous_start()
    }

    /// Where the report kept for the next paragraph starts (see
    /// [`Pass::take_reports`]), in the whole text.
    pub(crate) fn kept_report_start(&self) -> Option<usize> {
        self.joiner.as_ref().and_then(Joiner::kept_start)
    }

    /// The entities so far.
    pub(crate) fn entities(&self) -> Vec<Entity> {
        super::outcome::entities(&self.coref.registry)
    }
}
