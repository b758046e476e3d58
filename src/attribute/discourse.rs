//! Speakers carried across sentences and paragraphs: a quotation standing
//! alone continues the speaker before it (rules
//! [`Continuation`](super::Rule::Continuation),
//! [`ParagraphContinuation`](super::Rule::ParagraphContinuation)), and a
//! paragraph that closes with "X said:" introduces the next one's
//! ([`ColonParagraph`](super::Rule::ColonParagraph),
//! [`SubjectColon`](super::Rule::SubjectColon)).

use super::classes::{ARTICLE, POSSESSIVE, PREPOSITION, SPEECH_NOUN, SUBORDINATOR, VERB};
use super::coref::Draft;
use super::frame::Frame;
use super::outcome::Outcome;
use super::phrase::Np;
use super::phrase::{IRREGULAR_PAST, STOP, looks_finite};
use super::rules::{self, Found};
use super::tokens::Kind;
use super::{MentionKind, Rule};

/// How far before a quotation opening a paragraph the speaker it continues
/// may have been named, in bytes.
pub(crate) const REACH_BACK: usize = 64 * 1024;

/// How many tokens from the end of a sentence "…, Schiff said." may start.
const CLOSING_REACH: usize = 6;

/// How far after the subject its reporting verb may stand, in tokens.
const SUBJECT_VERB_REACH: usize = 8;

/// How far after the subject a participle of speaking that a preposition
/// governs may stand, in tokens ("Lee distanced herself from the new
/// zoning plan by saying …").
const PARTICIPLE_REACH: usize = 16;

/// The speakers a later quotation may continue.
#[derive(Debug, Default)]
pub(crate) struct Discourse {
    /// The last attribution of the previous paragraph, or its closing "X
    /// said:".
    previous: Option<Outcome>,
    /// Whether `previous` is a closing "X said:".
    previous_closing: bool,
    /// Whether `current` is a guess from a sentence's subject
    /// ([`Discourse::other_speaker`]).
    guessed: bool,
    /// The last attribution, or reported named speaker, of the paragraph
    /// so far.
    current: Option<Outcome>,
    /// The "X said:" closing the paragraph's last sentence so far.
    closing: Option<Outcome>,
}

impl Discourse {
    /// A new paragraph starts.
    pub(crate) fn start_paragraph(&mut self) {
        self.current = None;
        self.guessed = false;
        self.closing = None;
    }

    /// A quotation of the paragraph was attributed, or a sentence reported
    /// a named speaker.
    pub(crate) fn note(&mut self, outcome: &Outcome) {
        self.current = Some(*outcome);
        self.guessed = false;
    }

    /// Whether the paragraph has no speaker so far and the previous one
    /// had: only then may [`Discourse::same_speaker`] carry it on.
    pub(crate) fn may_carry_on(&self) -> bool {
        self.current.is_none() && self.previous.is_some()
    }

    /// A sentence of a paragraph without speakers so far has the previous
    /// paragraph's speaker (entity `entity`) as its subject: the paragraph
    /// goes on with that speaker.
    pub(crate) fn same_speaker(&mut self, entity: usize) {
        if self.current.is_none() {
            self.current = self.previous.filter(|p| p.speaker.entity == Some(entity));
        }
    }

    /// A sentence without quotations or a report has as its subject a
    /// person named by `subject` other than the paragraph's last speaker
    /// ("Lee spoke first. Dana Cole had other ideas. "Q""), or than the
    /// previous paragraph's when none has spoken in this one yet, or
    /// before anyone has spoken ("Ann Lee was blunt. "Q""): a quotation
    /// standing alone after it is taken for that person's, at the
    /// confidence of a guess, within this paragraph only.
    pub(crate) fn other_speaker(&mut self, subject: Draft) {
        if self
            .current
            .is_none_or(|c| c.speaker.entity != subject.entity)
        {
            self.current = Some(Outcome {
                speaker: subject,
                nearest: subject,
                cue: None,
                source: None,
                addressee: None,
                rule: Rule::Continuation,
                confidence: rules::CONTINUATION_GUESSED,
            });
            self.guessed = true;
        }
    }

    /// The sentence just read closes (or does not) with "X said:".
    pub(crate) fn set_closing(&mut self, closing: Option<&Outcome>) {
        self.closing = closing.copied();
    }

    /// The paragraph ends: its closing "X said:", or else its last
    /// speaker, is what the next paragraph may continue.
    pub(crate) fn end_paragraph(&mut self) {
        self.previous_closing = self.closing.is_some();
        // (a guess from a sentence's subject goes no further than its
        // paragraph)
        let current = self.current.take().filter(|_| !self.guessed);
        self.guessed = false;
        self.previous = self.closing.take().or(current);
    }

    /// The speaker a quotation standing alone continues: the paragraph's
    /// last, or, when the quotation opens its paragraph, the previous
    /// paragraph's closing introduction or last speaker.
    /// `here` is the whole-text offset of the quotation: a speaker named
    /// more than [`REACH_BACK`] bytes before it is not continued, so that a
    /// stream need not keep the text back to it.
    pub(crate) fn continuation(
        &self,
        opens_paragraph: bool,
        here: usize,
        enabled: impl Fn(Rule) -> bool,
    ) -> Option<Outcome> {
        if let Some(r) = self.current {
            return enabled(Rule::Continuation).then_some(Outcome {
                rule: Rule::Continuation,
                confidence: capped(rules::CONTINUATION, self.guessed),
                speaker: r.nearest,
                ..r
            });
        }
        if !opens_paragraph {
            return None;
        }
        let r = self
            .previous
            .filter(|r| here.saturating_sub(r.start().unwrap_or(here)) <= REACH_BACK)?;
        let (rule, confidence) = match r.rule {
            Rule::ColonParagraph | Rule::SubjectColon if self.previous_closing => {
                (r.rule, r.confidence)
            }
            _ => (Rule::ParagraphContinuation, rules::PARAGRAPH_CONTINUATION),
        };
        enabled(rule).then_some(Outcome {
            rule,
            confidence,
            speaker: r.nearest,
            ..r
        })
    }

    /// The speaker a quotation opening a sentence that goes on without a
    /// reporting verb continues: the paragraph's last.
    pub(crate) fn fragment(&self, enabled: impl Fn(Rule) -> bool) -> Option<Outcome> {
        let r = self.current.filter(|_| enabled(Rule::ContinuedFragment))?;
        Some(Outcome {
            rule: Rule::ContinuedFragment,
            confidence: capped(rules::CONTINUED_FRAGMENT, self.guessed),
            speaker: r.nearest,
            ..r
        })
    }

    /// The earliest offset of the mentions and cue of the outcome a later
    /// paragraph may continue.
    pub(crate) fn previous_start(&self) -> Option<usize> {
        self.previous.as_ref()?.start()
    }
}

/// A rule's confidence, no higher than a guess from a sentence's subject
/// when the speaker continued is one ([`Discourse::other_speaker`]).
fn capped(confidence: f32, guessed: bool) -> f32 {
    if guessed {
        confidence.min(rules::CONTINUATION_GUESSED)
    } else {
        confidence
    }
}

/// The named speaker a frame without attributed quotations reports,
/// closing it ("…, Schiff said.") or as the subject of its reporting verb
/// ("X called him a master at …"), for a quotation that may follow.
pub(crate) fn reporter(frame: &Frame<'_>) -> Option<Found> {
    let (subject, cue) = closing_reporter(frame)
        .or_else(|| inverted_reporter(frame))
        .or_else(|| {
            // a name, a personal pronoun ("She said she and Obama had made
            // progress. "Q""), or a description with a speaker noun
            let subject = frame.subject.filter(|np| speaker_like(frame, np))?;
            let cue =
                (subject.last + 1..frame.hi.min(subject.last + PARTICIPLE_REACH)).find(|&c| {
                    // "Lee distanced himself from the plan by saying …": a
                    // participle a preposition governs speaks for the
                    // sentence's subject, farther from it than a verb
                    // (a far token is read only as such a participle)
                    // (or right after an aside set off by commas: "Tatum,
                    // asked about his late run, shrugged.")
                    let near = c < subject.last + SUBJECT_VERB_REACH
                        || (frame.comma_at(c - 1) && frame.comma_at(subject.last + 1));
                    if !near && !governed_participle(frame, c) {
                        return false;
                    }
                    frame.is_cue(c)
                        // ("He didn't suggest retaliation. "Q"": a negated
                        // verb says nothing a quotation could go on with)
                        && !(subject.last + 1..c).any(|k| negation(frame.word(k)))
                        && (!near
                            || frame
                                .r
                                .subject_before(frame.lo, c)
                                .is_some_and(|np| np.first == subject.first)
                            || governed_participle(frame, c)
                            || aspect_infinitive(frame, c, &subject))
                })?;
            Some((subject, cue))
        })
        .or_else(|| speech_object(frame))
        .or_else(|| subordinate_reporter(frame))
        .or_else(|| noun_question(frame))?;
    Some(Found::new(
        subject,
        Some(cue),
        Rule::Continuation,
        rules::CONTINUATION,
        cue + 1,
    ))
}

/// "Her response?", "Ann Lee's answer?": a sentence of a possessor and a
/// noun of speech alone ([`rules::noun_cue::possessor`]), asked as a
/// question that the quotation after it answers; the possessor speaks
/// (not "its", nor a noun with no possessor: "The answer?").
fn noun_question(frame: &Frame<'_>) -> Option<(Np, usize)> {
    let r = &frame.r;
    let noun = frame.hi.checked_sub(2)?;
    if noun <= frame.lo
        || !r.toks[noun + 1].is_punct('?')
        || !r.is_word_at(noun)
        || r.is_cap(noun)
        || !r.is(noun, SPEECH_NOUN)
    {
        return None;
    }
    rules::noun_cue::possessor(frame, noun)
        .filter(|owner| owner.first == frame.lo)
        .map(|owner| (owner, noun))
}

/// "…, since Trump spoke only in evasive bromides.": a named person
/// speaking in a clause a subordinator opens, when the main clause names
/// no speaker; a quotation standing alone after it may be theirs.
fn subordinate_reporter(frame: &Frame<'_>) -> Option<(Np, usize)> {
    let r = &frame.r;
    // (a name opens the clause: the phrase is read only there)
    (frame.lo + 1..frame.hi)
        .filter(|&s| r.is_cap(s + 1) && r.is(s, SUBORDINATOR) && !r.is_cap(s))
        .find_map(|s| {
            let np = r
                .phrase_starting_at(s + 1, frame.hi)
                .filter(|np| np.kind == MentionKind::Person && np.is_named())?;
            let c = np.last + 1;
            (c < frame.hi && frame.is_cue(c) && looks_finite(frame.word(c))).then_some((np, c))
        })
}

/// How many adjectives may stand before a noun of speech in
/// [`speech_object`].
const SPEECH_OBJECT_ADJECTIVES: usize = 2;

/// "Howard continued his scathing remarks.", "Lee issued a warning on
/// Monday.": a sentence whose subject's verb takes a noun of speech as
/// its object, the subject and that verb. The noun closes the clause (at
/// punctuation, the frame's end or a preposition); a negated verb says
/// nothing.
fn speech_object(frame: &Frame<'_>) -> Option<(Np, usize)> {
    let r = &frame.r;
    let subject = frame.subject.filter(|np| speaker_like(frame, np))?;
    let mut v = subject.last + 1;
    while v < frame.hi && r.is_modifier(v) && !negation(frame.word(v)) {
        v += 1;
    }
    let w = frame.word(v);
    let finite = r.is_word_at(v)
        && !r.is_cap(v)
        && (w.ends_with("ed") || w.ends_with('s') || IRREGULAR_PAST.contains(&w))
        && !r.is(v, STOP & !VERB);
    if !finite || negation(w) {
        return None;
    }
    let mut k = v + 1;
    if r.is(k, ARTICLE | POSSESSIVE) {
        k += 1;
    }
    let floor = k;
    while k < frame.hi
        && k < floor + SPEECH_OBJECT_ADJECTIVES
        && r.is_word_at(k)
        && !r.is_cap(k)
        && !r.is(k, SPEECH_NOUN | STOP)
    {
        k += 1;
    }
    // (or a participle of speaking goes on with what the noun says: "the
    // DNC issued a statement apologizing to Sanders")
    let closes = k + 1 >= frame.hi
        || !r.is_word_at(k + 1)
        || r.is(k + 1, PREPOSITION)
        || (frame.word(k + 1).ends_with("ing") && frame.is_cue(k + 1));
    (r.is_word_at(k) && r.is(k, SPEECH_NOUN) && closes).then_some((subject, v))
}

/// Whether token `c` is an infinitive whose verb of aspect (or adjective
/// of readiness after a copula) has `subject` as its subject ("Lee was
/// quick to add that …", "Lee went on to say …"): the subject reports
/// through it.
fn aspect_infinitive(frame: &Frame<'_>, c: usize, subject: &Np) -> bool {
    c > frame.lo + 1
        && frame.word(c - 1) == "to"
        && super::report::aspect_verb(frame, c - 1).is_some_and(|v| {
            frame
                .r
                .subject_before(frame.lo, v)
                .is_some_and(|np| np.first == subject.first)
        })
}

/// Whether token `c` is a participle that "by", "after" or "while"
/// governs ("by saying", "after noting"); the caller tests that it is a
/// cue.
fn governed_participle(frame: &Frame<'_>, c: usize) -> bool {
    c > frame.lo
        && frame.word(c).ends_with("ing")
        && matches!(frame.word(c - 1), "by" | "after" | "while")
}

/// Whether a word negates the verb after it: "not", "never" or a
/// contracted "n't".
fn negation(w: &str) -> bool {
    matches!(w, "not" | "never") || crate::attribute::phrase::contracted_negation(w)
}

/// Whether a phrase can speak for a later quotation: a name, a personal
/// pronoun ("She said she and Obama had made progress. "Q""), or a
/// description with a speaker noun ("…, the committee said.").
fn speaker_like(frame: &Frame<'_>, np: &Np) -> bool {
    np.is_named()
        || (np.kind == MentionKind::Pronoun && !frame.is_it(np))
        || (np.kind == MentionKind::Description && !np.generic)
}

/// How far from the end of a frame an inverted closing reporting clause
/// may start, in tokens: its verb, speaker and an appositive.
const INVERTED_REACH: usize = 24;

/// "…, said Maria Lopez, a union organiser." closing the frame: a
/// reporting verb after a comma, then a named speaker that ends the frame
/// or is followed by a comma (and an appositive).
fn inverted_reporter(frame: &Frame<'_>) -> Option<(Np, usize)> {
    let r = &frame.r;
    let floor = frame.hi.saturating_sub(INVERTED_REACH).max(frame.lo + 1);
    let c = (floor..frame.hi)
        .rev()
        .find(|&c| frame.comma_at(c - 1) && frame.is_cue(c))?;
    if crate::attribute::frame::is_tell(frame.word(c)) {
        return None;
    }
    let np = r.phrase_starting_at(c + 1, frame.hi)?;
    let after = np.last + 1;
    let closes = after >= frame.hi
        || matches!(r.toks[after].kind, Kind::Punct(',' | '.' | '!' | '?'))
            && (after + 1..frame.hi).all(|k| !frame.is_cue(k));
    (closes && np.is_named() && speaker_like(frame, &np)).then_some((np, c))
}

/// "…, Schiff said." closing the frame: a named speaker after a comma,
/// then the reporting verb, among the last tokens.
fn closing_reporter(frame: &Frame<'_>) -> Option<(Np, usize)> {
    // a comma stands before the speaker, so a frame without one has no
    // such close
    if !(frame.lo..frame.hi).any(|i| frame.r.toks[i].is_punct(',')) {
        return None;
    }
    (frame.lo..frame.hi)
        .rev()
        .take(CLOSING_REACH)
        .filter(|&c| frame.is_cue(c))
        .find_map(|c| {
            let np = frame.r.subject_before(frame.lo, c).filter(|np| {
                speaker_like(frame, np)
                    && np.first > frame.lo
                    && frame.r.toks[np.first - 1].is_punct(',')
            })?;
            Some((np, c))
        })
}
