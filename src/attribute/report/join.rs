//! The reports of a frame joined with its quotations: a reported clause
//! that holds a quotation is mixed, and the quotation is part of it; a
//! reported "clause" that is nothing but a quotation is the quotation's
//! own attribution; every other attributed quotation of speech is a
//! direct report (or a mixed one, for a partial quotation beside its
//! speaker; one no rule attributes is no report, unless a signature line
//! after it signs it), and one that continues the speaker of the
//! quotation's report before it in the paragraph ("“Q1,” she said.
//! “Q2.”"), or opens the next paragraph after it, adds to its content.

use super::clause;
use super::scan::{NAMING, participle_after, scan};
use super::{Candidate, CueClass, ReportKind, Reported};
use crate::Span;
use crate::attribute::Rule;
use crate::attribute::classes::{
    ARTICLE, DETERMINER, MANNER_VERBS, POSSESSIVE, PREPOSITION, STANCE_ADJECTIVES, SUBORDINATOR,
    WORKS,
};
use crate::attribute::coref::{Coref, span_of};
use crate::attribute::frame::{Frame, MONTH_ABBREVIATIONS, says};
use crate::attribute::outcome::Outcome;
use crate::attribute::phrase::{
    ADVERB_REACH, DAYS, TIME_NOUNS, is_count, is_past_form, is_qualifier, subject_pronoun,
};
use crate::attribute::rules::published::issued;
use crate::attribute::tokens::{Kind, Token};
use crate::lexicon::{MAX_WORD, folded};
use crate::quote::QuoteKind;

/// The confidence of a quotation no rule attributed: a report with no
/// speaker.
const UNATTRIBUTED: f32 = 0.0;

/// The factor on the confidence of a partial quotation reported on its
/// own: its speaker is as sure as its attribution, but the report misses
/// the clause around it (the content of a mixed report) about half the
/// time.
const PARTIAL_ALONE: f32 = 0.5;

/// The factor for a partial quotation reported with the clause that holds
/// it, before its reporting clause: right 0.82 of the time on the
/// training split (71 of 87 with the development split's), where its
/// attribution is 0.98.
const PARTIAL_CLAUSE: f32 = 0.83;

/// The confidence of a reported clause that holds a quotation (a mixed
/// report by [`Rule::ReportedClause`]): the quotation marks the clause as
/// speech, and such reports are right 0.84 of the time on the training
/// split (0.86 on dev), against 0.68 for those without one.
const MIXED_CLAUSE: f32 = 0.84;

/// The confidence of a report between commas that holds a quotation (a
/// mixed report by [`Rule::InterruptedReport`], `Q1, X said, "Q2"`):
/// right 0.81 of the time on the training split (104 of 128; 10 of 12 on
/// development), against 0.74 for those without one.
const MIXED_INTERRUPTED: f32 = 0.8;

/// The confidence of a report after a name and a colon that holds a
/// quotation (a mixed report by [`Rule::ColonReport`], `Lee: Plan is
/// "a disaster"`): right 33 of 35 times on the training split (5 of 6 on
/// development), against 0.70 for those without one.
const MIXED_COLON: f32 = 0.9;

/// How many bytes a report kept for the next paragraph may run over, and
/// how many quotations it may hold: a stream keeps the text under it, so
/// that a speech quoted paragraph after paragraph leaves its memory flat.
const KEPT_REACH: usize = 1 << 16;
const KEPT_SPANS: usize = 16;

/// A top-level quotation of the frame: its token, kind and attribution.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FrameQuote {
    pub(crate) token: usize,
    pub(crate) kind: QuoteKind,
    pub(crate) outcome: Option<Outcome>,
}

/// The reports of one document, built frame by frame.
#[derive(Debug, Default)]
pub(crate) struct Joiner {
    /// The reports of the paragraphs read so far, not yet handed out.
    pub(crate) reports: Vec<Reported>,
    /// The report of the last quotation (direct, or a partial quotation
    /// beside its speaker) that a quotation continuing its speaker adds
    /// to.
    last_quoted: Option<usize>,
    /// The last paragraph's closing report of a quotation, kept in
    /// `reports` when the others were taken ([`Joiner::take`]): a
    /// quotation opening the next paragraph with the same speaker
    /// continues it.
    kept: Option<usize>,
    /// That report while the paragraph's first frame is read.
    open: Option<usize>,
    /// The report of the last quotation no rule attributed, kept like
    /// `last_quoted` for a signature line in the next paragraph
    /// ([`Joiner::sign`]).
    last_unsigned: Option<usize>,
    /// The span of the last quotation read and of its speaker, in the
    /// whole text.
    last_quote: Option<(Span, Option<Span>)>,
    /// The report of a speaker's turn in a transcript ("TAPPER: …") that
    /// opened the paragraph: the paragraph's later sentences add to its
    /// content, `None` past the paragraph's first frame otherwise.
    turn: Option<usize>,
    /// Whether the turn's speaker is named in capitals, as transcripts
    /// name them ("TAPPER:"; not a section's label, "Bernie Sanders:
    /// Credit scores").
    shouted_turn: bool,
    /// Whether the next frame is its paragraph's first.
    first_frame: bool,
    /// Buffers kept between frames.
    candidates: Vec<Candidate>,
    absorbed: Vec<bool>,
    /// Per quotation of the current frame: whether a reading of its
    /// reporting clause found nothing but it for content ("said in an
    /// interview "it will be hard.""), so that it is reported on its own
    /// whatever its kind.
    alone: Vec<bool>,
    /// A buffer for the quotations of a frame, filled by the pass.
    pub(crate) quotes: Vec<FrameQuote>,
}

impl Joiner {
    /// The report a quotation that continues its speaker (read by `o`)
    /// adds to: the last quotation's, or else the last report through
    /// the same cue ("Trump is no conservative, he said. “He's a
    /// liberal!”"). So is the last report when it relays what holds that
    /// cue ("“Q1,” Lee said, according to CNN. “Q2.”" goes on with CNN's
    /// report of what Lee said).
    fn continued(&self, o: &Outcome) -> Option<usize> {
        self.last_quoted.or_else(|| {
            let d = self.reports.len().checked_sub(1)?;
            let cue = o.cue?;
            let last = &self.reports[d];
            let relayed = last.rule == Some(Rule::AccordingTo)
                && last
                    .content
                    .iter()
                    .any(|c| c.start <= cue.start && cue.end <= c.end);
            (last.cue == Some(cue) || relayed).then_some(d)
        })
    }

    /// Adds the report of a partial quotation that its sentence's subject
    /// speaks; several in one clause ("named “A,” “B” and “C” as his
    /// top shows") are one report, through the same verb, of the clause
    /// that holds them all.
    fn add_subject_report(&mut self, r: Option<Reported>) {
        let Some(r) = r else {
            return;
        };
        if let Some(prev) = self.reports.last_mut().filter(|p| {
            p.rule == Some(Rule::SentenceSubject) && p.kind == ReportKind::Mixed && p.cue == r.cue
        }) {
            if let (Some(a), Some(b)) = (prev.content.first_mut(), r.content.first()) {
                a.start = a.start.min(b.start);
                a.end = a.end.max(b.end);
            }
            return;
        }
        self.reports.push(r);
    }

    /// Whether the quotation at `span`, read by `o`, needs no report of
    /// its own: a quotation over several paragraphs is read in each of
    /// them, and reported once for each speaker read; and read again with
    /// a speaker of its own, as its closing paragraph's "…," she said",
    /// the later reading replaces a continued one ([`Joiner::reread`]), as
    /// it does for the quotation itself.
    fn read_before(&mut self, span: Span, o: Option<&Outcome>) -> bool {
        let speaker = o.map(|o| o.speaker.span);
        let before = self.last_quote.replace((span, speaker));
        before == Some((span, speaker))
            || (before.is_some_and(|(was, _)| was == span)
                && o.is_some_and(|o| self.reread(span, o)))
    }

    /// The direct report of the quotation at `span`, still held, that a
    /// speaker continued from before it gave (a quotation over several
    /// paragraphs, read in each): it takes the speaker, cue and rule that
    /// `o` read for it in a later paragraph. Whether there was one.
    fn reread(&mut self, span: Span, o: &Outcome) -> bool {
        let carried = |rule: Rule| continues(rule) || rule == Rule::ParagraphContinuation;
        if carried(o.rule) {
            return false;
        }
        let Some(r) = self.reports.iter_mut().rev().find(|r| {
            r.kind == ReportKind::Direct
                && r.content.last() == Some(&span)
                && r.rule.is_some_and(carried)
        }) else {
            return false;
        };
        r.speaker = Some(o.speaker);
        r.cue = o.cue;
        r.source = o.source;
        r.addressee = o.addressee;
        r.confidence = o.confidence;
        r.rule = Some(o.rule);
        true
    }

    /// The report of the last quotation when the quotation read by `o`
    /// goes on with it after the reporting clause that closed it ("“Q1,”
    /// she told Lee, “Q2.”": the same cue, read again before it).
    fn split_from(&self, o: &Outcome, kind: ReportKind) -> Option<usize> {
        if o.rule != Rule::LeadingCue || kind != ReportKind::Direct || o.cue.is_none() {
            return None;
        }
        self.last_quoted
            .filter(|&d| self.reports[d].kind == ReportKind::Direct && self.reports[d].cue == o.cue)
    }
}

/// Whether candidate `c` opens a speaker's turn in a transcript, which
/// runs to the end of its paragraph: a person's name before a colon
/// ("TAPPER: Why not debate? BENENSON: …"), not a finding's document
/// ("Poll: …").
fn opens_turn(c: &Candidate) -> bool {
    c.rule == Rule::ColonReport && c.class == CueClass::Speech
}

/// Whether an attribution continues the speaker of the quotation before
/// it rather than naming one.
fn continues(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::Continuation | Rule::ContinuedFragment | Rule::SplitQuote
    )
}

/// Whether a rule reads a speaker right beside the quotation (`"Q," X
/// said`, `X said, "Q"`).
fn beside(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::TrailingSpeakerCue
            | Rule::TrailingCueSpeaker
            | Rule::TrailingAppositive
            | Rule::LeadingCue
            | Rule::ColonIntro
    )
}

/// The confidence of the complement of a verb no list holds, with a
/// partial quotation, as its subject's report: right (content and
/// speaker) 68 times in 188 on the training split, 7 in 19 on dev.
const SUBJECT_COMPLEMENT: f32 = 0.35;

/// The mixed report of the partial quotation at token `q` that its
/// sentence's subject speaks ([`subject_complement`]).
fn subject_report(frame: &Frame<'_>, base: usize, q: usize, o: &Outcome) -> Option<Reported> {
    let (verb, content) = subject_complement(frame, base, q, o)?;
    Some(Reported {
        content: vec![content],
        kind: ReportKind::Mixed,
        speaker: Some(o.speaker),
        cue: Some(verb),
        class: CueClass::Speech,
        source: o.source,
        addressee: None,
        confidence: SUBJECT_COMPLEMENT,
        rule: Some(o.rule),
    })
}

/// The verb nearest before the partial quotation at token `q`, after its
/// subject `o.speaker`, and the verb's complement, to the end of the
/// quotation when it closes with its own punctuation, else to the
/// clause's end: "deemed | him "well qualified,"", "emphasized | the
/// threat that "Islamic terrorism" poses to the world". The verb is a past
/// form in lower case, or the word right after the subject (past adverbs
/// and auxiliaries).
fn subject_complement(
    frame: &Frame<'_>,
    base: usize,
    q: usize,
    o: &Outcome,
) -> Option<(Span, Span)> {
    let toks = frame.r.toks;
    let after = o.speaker.span.end.checked_sub(base)?;
    let mut first = (frame.lo..q).find(|&i| toks[i].span.start >= after)?;
    while first < q && (frame.r.is_modifier(first) || clause::is_auxiliary(frame.word(first))) {
        first += 1;
    }
    let past = |i: usize| {
        let w = frame.word(i);
        frame.r.is_word_at(i) && !frame.r.is_cap(i) && is_past_form(w)
    };
    let v = (first..q).rev().find(|&i| past(i)).unwrap_or(first);
    if v >= q || !frame.r.is_word_at(v) || frame.r.is_cap(v) {
        return None;
    }
    let k = v + 1;
    let closed = toks[q]
        .text(frame.r.text)
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, ',' | '.' | '!' | '?'))
        .ends_with([',', '.', '!', '?']);
    let end = if closed {
        q + 1
    } else {
        clause::end(frame, k).max(q + 1)
    };
    Some((
        toks[v].span.shifted(base),
        span_of(toks, k, end - 1).shifted(base),
    ))
}

/// "Lee suggested that the plan was unserious - "We need details," she
/// said - and …": a quotation with a reporting clause of its own after it
/// is no part of a report whose content would run over it. That content
/// ends before the quotation (and the dash, bracket or comma before it),
/// and the quotation keeps its own report. So does a quotation that an
/// earlier verb's colon introduces ("He told a student who asked about
/// it: "Q""): a content of a verb inside that clause ends before the
/// colon.
fn end_before_tagged(frame: &Frame<'_>, base: usize, quotes: &[FrameQuote], c: &mut Candidate) {
    let toks = frame.r.toks;
    for q in quotes {
        // (the introducing verb stands before this one's, whose clause it
        // holds)
        let introduced = q.outcome.as_ref().is_some_and(|o| {
            o.rule == Rule::ColonIntro
                && o.cue
                    .is_some_and(|cue| cue.start < toks[c.cue.0].span.start + base)
        });
        if introduced && q.token > frame.lo && toks[q.token - 1].is_punct(':') {
            for r in &mut c.content {
                if (r.0..r.1).contains(&q.token) {
                    r.1 = clause::trimmed_end(frame, r.0, q.token - 1);
                }
            }
            continue;
        }
        let Some(cue) = q
            .outcome
            .as_ref()
            .filter(|o| trails(o.rule))
            .and_then(|o| o.cue)
        else {
            continue;
        };
        // (a partial quotation only when set off by a dash or a bracket:
        // "Lee called it "a mess," Kim said" reports a partial quotation
        // inside a report)
        if !(q.kind == QuoteKind::Direct || (q.kind == QuoteKind::Partial && aside(frame, q.token)))
            || cue.start < toks[q.token].span.end + base
            || toks[c.cue.0].span.start + base == cue.start
        {
            continue;
        }
        for r in &mut c.content {
            let holds_cue = (r.0..r.1).any(|i| toks[i].span.start + base == cue.start);
            if (r.0..r.1).contains(&q.token) && !holds_cue {
                r.1 = clause::trimmed_end(frame, r.0, q.token);
            }
        }
    }
}

/// Whether the quotation at token `q` opens an aside: a dash or an
/// opening bracket stands before it.
fn aside(frame: &Frame<'_>, q: usize) -> bool {
    q > frame.lo && {
        let t = &frame.r.toks[q - 1];
        t.is_dash() || t.is_punct('(')
    }
}

/// The kind of the report of quotation `q` standing on its own: a partial
/// quotation or a term is mixed, save one in an aside with its own
/// reporting clause after it ("… - "Q," she said - …"), which is said
/// whole.
fn quotation_kind(frame: &Frame<'_>, q: &FrameQuote) -> ReportKind {
    let own_aside = q.kind == QuoteKind::Partial
        && aside(frame, q.token)
        && q.outcome.as_ref().is_some_and(|o| trails(o.rule));
    if matches!(q.kind, QuoteKind::Partial | QuoteKind::Term) && !own_aside {
        ReportKind::Mixed
    } else {
        ReportKind::Direct
    }
}

/// Rules whose reporting clause follows the quotation.
fn trails(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::TrailingSpeakerCue | Rule::TrailingCueSpeaker | Rule::TrailingAppositive
    )
}

impl Joiner {
    /// Where the report kept for the next paragraph starts, in the whole
    /// text: a stream keeps its text until the report is handed out.
    pub(crate) fn kept_start(&self) -> Option<usize> {
        let r = self.reports.get(self.kept?)?;
        // (its mentions and cue may stand before its content)
        [r.speaker, r.source, r.addressee]
            .into_iter()
            .flatten()
            .map(|d| d.span.start)
            .chain(r.cue.map(|c| c.start))
            .chain(r.content.iter().map(|c| c.start))
            .min()
    }

    /// A new paragraph: only its opening quotation may continue the
    /// report that closed the paragraph before (by
    /// [`Rule::ParagraphContinuation`]).
    pub(crate) fn start_paragraph(&mut self) {
        self.last_quoted = None;
        self.open = self.kept;
        self.turn = None;
        self.first_frame = true;
    }

    /// The reports found so far into `out`, but for a quotation's report
    /// that closes the paragraph, which the next paragraph's opening quotation
    /// may continue: it stays until the next call, or until `all`. So does
    /// the report kept from the paragraph before when its quotation runs on
    /// past `until`, the whole-text end of the paragraph just read, and
    /// may yet be read with a speaker of its own ([`Joiner::reread`]).
    pub(crate) fn take(&mut self, out: &mut Vec<Reported>, all: bool, until: usize) {
        let running = self.kept.filter(|&d| {
            self.reports
                .get(d)
                .and_then(|r| r.content.last())
                .is_some_and(|c| c.end > until)
        });
        let closing = self
            .last_quoted
            .or(self.last_unsigned)
            .or(running)
            .filter(|&d| {
                let r = &self.reports[d];
                let start = r.start();
                let end = r.content.last().map_or(start, |c| c.end);
                !all && end - start <= KEPT_REACH
                    && r.content.len() < KEPT_SPANS
                    && self.reports.iter().all(|r| r.start() <= start)
            });
        // (a quotation that no rule attributed and no signature signed
        // is no attribution: it has neither source nor cue)
        let attributed = |r: &Reported| r.rule.is_some();
        if let Some(d) = closing {
            // (the caller puts what it takes in order)
            let kept = self.reports.swap_remove(d);
            out.extend(self.reports.drain(..).filter(attributed));
            self.reports.push(kept);
            self.kept = Some(0);
        } else {
            out.extend(self.reports.drain(..).filter(attributed));
            self.kept = None;
        }
        self.last_quoted = None;
        self.last_unsigned = None;
        self.open = None;
        self.turn = None;
    }

    /// The report kept from the paragraph before, a quotation no rule
    /// attributed, takes the speaker of the signature line `o` read in
    /// this one ([`Rule::Signature`]).
    pub(crate) fn sign(&mut self, o: &Outcome) {
        if let Some(r) = self.open.and_then(|d| self.reports.get_mut(d)) {
            if r.speaker.is_none() && r.kind == ReportKind::Direct {
                r.speaker = Some(o.speaker);
                r.rule = Some(o.rule);
                r.confidence = o.confidence;
            }
        }
    }

    /// Reads `frame` (whose string starts at `base` in the whole text),
    /// with its top-level quotations and their attributions.
    pub(crate) fn frame(
        &mut self,
        coref: &Coref,
        frame: &Frame<'_>,
        base: usize,
        quotes: &[FrameQuote],
        enabled: impl Fn(Rule) -> bool,
    ) {
        let in_turn = self.go_on_turn(frame, base, quotes);
        let mut candidates = std::mem::take(&mut self.candidates);
        candidates.clear();
        // (a report inside a transcript's turn is the turn speaker's, as
        // one inside a reported clause is its reporter's: "ALVAREZ: … I
        // said so in March")
        if !(in_turn && self.shouted_turn) {
            scan(frame, &mut candidates);
        }
        candidates.retain_mut(|c| {
            if !enabled(c.rule) || stranded_preposition(frame, c) {
                return false;
            }
            match plain_verb_content(frame, c, quotes) {
                Topic::None => false,
                Topic::From(k) => {
                    c.content[0].0 = k;
                    true
                }
                Topic::Unchanged => true,
            }
        });
        for c in &mut candidates {
            publisher(frame, c);
        }
        // (a closing "report" whose verb is a passive is an appositive
        // describing the noun before it, no report: "…, a think tank known
        // for …")
        candidates.retain_mut(|c| {
            if !passive_without_agent(frame, c) {
                return true;
            }
            c.named = false;
            c.rule != Rule::ClosingReport
        });
        drop_nested(frame, &mut candidates);
        for c in &mut candidates {
            end_before_tagged(frame, base, quotes, c);
        }
        self.absorbed.clear();
        self.absorbed.resize(quotes.len(), false);
        self.alone.clear();
        self.alone.resize(quotes.len(), false);
        let toks = frame.r.toks;
        for c in &candidates {
            let words = c
                .ranges()
                .flat_map(|(a, b)| a..b)
                .filter(|&i| toks[i].is_word())
                .count();
            // nothing but a quotation: its own attribution says who
            if words == 0 {
                for (k, q) in quotes.iter().enumerate() {
                    if c.ranges().any(|(a, b)| (a..b).contains(&q.token)) {
                        self.alone[k] = true;
                    }
                }
                continue;
            }
            let mut mixed = false;
            for (k, q) in quotes.iter().enumerate() {
                if c.ranges().any(|(a, b)| (a..b).contains(&q.token))
                    && !attributed_inside(frame, base, c, q)
                {
                    self.absorbed[k] = true;
                    mixed = true;
                }
            }
            let kind = if mixed {
                ReportKind::Mixed
            } else {
                ReportKind::Indirect
            };
            let mut report = reported(coref, frame, base, c, kind);
            if mixed {
                match c.rule {
                    Rule::ReportedClause => report.confidence = MIXED_CLAUSE,
                    Rule::InterruptedReport => report.confidence = MIXED_INTERRUPTED,
                    Rule::ColonReport => report.confidence = MIXED_COLON,
                    _ => {}
                }
            }
            if self.first_frame && opens_turn(c) {
                self.turn = Some(self.reports.len());
                self.shouted_turn = (c.speaker.first..=c.speaker.last)
                    .all(|i| !frame.r.is_word_at(i) || frame.r.no_lower_case(i));
            }
            self.reports.push(report);
            self.last_quoted = None;
        }
        self.quotations(frame, base, quotes, &candidates);
        self.candidates = candidates;
        // only the paragraph's first frame may continue the paragraph
        // before
        self.open = None;
        self.first_frame = false;
    }

    /// The sentence of `frame` (at `base`) adds to the turn of the
    /// transcript's speaker that opened its paragraph; one with a
    /// quotation ends the turn, as the quotation's own attribution says
    /// who speaks. Whether it went into a turn.
    fn go_on_turn(&mut self, frame: &Frame<'_>, base: usize, quotes: &[FrameQuote]) -> bool {
        if !quotes.is_empty() {
            self.turn = None;
        }
        let Some(r) = self.turn.and_then(|d| self.reports.get_mut(d)) else {
            return false;
        };
        let end = clause::trimmed_end(frame, frame.lo, frame.hi);
        match (r.content.last_mut(), end > frame.lo) {
            (Some(last), true) => {
                last.end = last.end.max(frame.r.toks[end - 1].span.end + base);
                true
            }
            _ => false,
        }
    }

    /// The reports of the quotations of `frame` that no candidate holds,
    /// from their own attributions.
    fn quotations(
        &mut self,
        frame: &Frame<'_>,
        base: usize,
        quotes: &[FrameQuote],
        candidates: &[Candidate],
    ) {
        let toks = frame.r.toks;
        for (k, q) in quotes.iter().enumerate() {
            if self.absorbed[k] {
                continue;
            }
            let span = toks[q.token].span.shifted(base);
            if self.read_before(span, q.outcome.as_ref()) {
                continue;
            }
            let kind = quotation_kind(frame, q);
            // "“Q1,” she said, adding, “Q2.”": a report of its own
            let anew = anew_cue(frame, base, q.token, kind);
            match &q.outcome {
                // "The panel deemed him "well qualified,"": a partial
                // quotation its sentence's subject speaks through a verb
                // no list holds reports the verb's complement
                Some(o) if o.rule == Rule::SentenceSubject && q.kind == QuoteKind::Partial => {
                    self.last_quoted = None;
                    self.add_subject_report(subject_report(frame, base, q.token, o));
                }
                // a partial quotation whose clause was not read is a report
                // of its own only where its speaker stands beside it
                // (unless a reporting clause was read with it alone for
                // content)
                Some(o) if kind == ReportKind::Mixed && !beside(o.rule) && !self.alone[k] => {}
                Some(o) if anew.is_none() && continues(o.rule) && self.continued(o).is_some() => {
                    if let Some(d) = self.continued(o) {
                        self.reports[d].content.push(span);
                    }
                }
                // "“Q1,” she said.¶“Q2.”": the speaker's next paragraph
                // goes on with the report that closed the one before
                // (a quotation of one paragraph: one running over a
                // break has a stray mark more often than not)
                Some(o)
                    if o.rule == Rule::ParagraphContinuation
                        && kind == ReportKind::Direct
                        && self.open.is_some_and(|d| self.reports[d].speaker.is_some())
                        && !toks[q.token].text(frame.r.text).contains(['\n', '\r']) =>
                {
                    if let Some(d) = self.open.take() {
                        // (a quotation over two paragraphs is read in both)
                        if self.reports[d]
                            .content
                            .last()
                            .is_none_or(|l| l.end <= span.start)
                        {
                            self.reports[d].content.push(span);
                        }
                        self.last_quoted = Some(d);
                    }
                }
                // "“Q1,” she told Lee, “Q2.”": a quotation after the
                // reporting clause that closed the one before goes on
                // with its report
                Some(o) if anew.is_none() && self.split_from(o, kind).is_some() => {
                    if let Some(d) = self.last_quoted {
                        self.reports[d].content.push(span);
                    }
                }
                Some(o) => {
                    self.last_quoted = None;
                    // "They have "a higher bar," he said": a partial
                    // quotation before its reporting clause reports the
                    // clause that holds it, from the sentence's start
                    // (not where the speaker, as a fuller mention earlier
                    // in the sentence, stands in that clause)
                    let start = clause::sentence_start(frame, q.token);
                    let clause = span_of(toks, start, q.token).shifted(base);
                    let held = kind == ReportKind::Mixed
                        && trails(o.rule)
                        && (start..q.token).any(|i| toks[i].is_word())
                        && !(start..q.token).any(|i| toks[i].quote().is_some())
                        && !clause.overlaps(o.speaker.span);
                    // a term reports only the clause holding it before a
                    // verb with no content of its own ("are fans of
                    // “Prison Break,” Lee said"; not "on “X,” Lee said C")
                    if q.kind == QuoteKind::Term
                        && (!held || reports_a_clause(candidates, toks, base, o.cue))
                    {
                        continue;
                    }
                    let (span, factor) = match kind {
                        ReportKind::Mixed if held => (clause, PARTIAL_CLAUSE),
                        ReportKind::Mixed => (span, PARTIAL_ALONE),
                        _ => (span, 1.0),
                    };
                    self.reports.push(Reported {
                        content: vec![span],
                        kind,
                        speaker: Some(o.speaker),
                        cue: anew.or(o.cue),
                        class: CueClass::Speech,
                        source: o.source,
                        addressee: o.addressee,
                        confidence: o.confidence * factor,
                        rule: Some(o.rule),
                    });
                    // "“They want change,” Lee said. “It is time.”", and
                    // "Voters want “real change,” Lee said. “It is time.”":
                    // a quotation continuing the speaker adds to the report
                    self.last_quoted = Some(self.reports.len() - 1);
                }
                None if q.kind == QuoteKind::Direct => {
                    self.last_quoted = None;
                    self.last_unsigned = Some(self.reports.len());
                    self.reports.push(Reported {
                        content: vec![span],
                        kind,
                        speaker: None,
                        cue: None,
                        class: CueClass::Speech,
                        source: None,
                        addressee: None,
                        confidence: UNATTRIBUTED,
                        rule: None,
                    });
                }
                None => {}
            }
        }
    }
}

/// The cue of a direct quotation at token `q` that a reporting participle
/// introduces as a report of its own ([`participle_before`]), in the
/// whole text.
fn anew_cue(frame: &Frame<'_>, base: usize, q: usize, kind: ReportKind) -> Option<Span> {
    if kind != ReportKind::Direct {
        return None;
    }
    let c = participle_before(frame, q)?;
    Some(span_of(frame.r.toks, c, c).shifted(base))
}

/// The reporting participle that introduces the quotation at token `q`
/// after the clause reporting the quotation before it ("she said,
/// adding, “Q2”", "Lee said, adding of the mayor: “Q2”"): the
/// participle, a comma or colon before the quotation, and between them
/// at most an "of" phrase of a few words. The quotation is a report of
/// its own through that cue.
fn participle_before(frame: &Frame<'_>, q: usize) -> Option<usize> {
    let toks = frame.r.toks;
    let p = q.checked_sub(1).filter(|&p| p > frame.lo)?;
    if !(toks[p].is_punct(',') || toks[p].is_punct(':')) {
        return None;
    }
    let mut i = p - 1;
    // (an "of" phrase: "adding of Mr. Trump,")
    let floor = i.saturating_sub(OF_REACH).max(frame.lo);
    let mut k = i;
    while k > floor && (toks[k].is_word() || toks[k].is_punct('.')) && frame.word(k) != "of" {
        k -= 1;
    }
    if k > frame.lo && frame.word(k) == "of" && k < i {
        i = k - 1;
    }
    // (a comma before the participle, inside the frame: it follows a
    // clause)
    (i > frame.lo && participle_after(frame, i - 1)).then_some(i)
}

/// How many tokens an "of" phrase after a participle may hold
/// ([`participle_before`]).
const OF_REACH: usize = 5;

/// Whether the cue `cue` (in the whole text) is a candidate's: its verb
/// reports a content of its own.
fn reports_a_clause(
    candidates: &[Candidate],
    toks: &[Token],
    base: usize,
    cue: Option<Span>,
) -> bool {
    cue.is_some_and(|cue| {
        candidates
            .iter()
            .any(|c| span_of(toks, c.cue.0, c.cue.1).shifted(base) == cue)
    })
}

/// A candidate as a stored report, its mentions linked to entities
/// without changing them.
fn reported(
    coref: &Coref,
    frame: &Frame<'_>,
    base: usize,
    c: &Candidate,
    kind: ReportKind,
) -> Reported {
    let toks = frame.r.toks;
    let peek = |np| coref.peek(frame, base, np);
    // ("voted against the measure", "asked for a recount", "called out
    // his rival", "pushed back on"): a preposition of the topic
    // (`clause::TOPICAL`), or a particle (`clause::PARTICLES`), right
    // after the cue is the cue's, and what follows it the content
    // (not a duration, "said for weeks", nor a time, "for the first
    // time", nor an amount, "up to 20", "about 400", nor a cause, "out
    // of concern")
    let particle = c.ranges().next().is_some_and(|(a, b)| {
        a == c.cue.1 + 1
            && b > a + 1
            && toks[a].is_word()
            && match frame.word(a) {
                "for" => !(is_duration(frame, a + 1) || clause::ordinal_after(frame, a + 1)),
                "out" => frame.word(a + 1) != "of",
                "up" => frame.word(a + 1) != "to",
                // ("said about 400 customers lost power": "about" before
                // a number approximates it)
                // (after a noun of a possessor it is the topic: "his
                // comment about 47 percent of the country")
                "about" => {
                    let noun = (c.speaker.first..c.cue.0)
                        .any(|i| frame.r.is(i, POSSESSIVE) || toks[i].kind == Kind::Clitic);
                    noun || !clause::quantity_at(frame, a + 1)
                }
                w => clause::TOPICAL.contains(&w) || clause::PARTICLES.contains(&w),
            }
    });
    let (cue_last, skip) = if particle {
        (c.cue.1 + 1, Some(c.cue.1 + 1))
    } else {
        (c.cue.1, None)
    };
    Reported {
        content: c
            .ranges()
            .map(|(a, b)| {
                let a = if Some(a) == skip { a + 1 } else { a };
                content_span(frame.r.text, toks, a, b - 1).shifted(base)
            })
            .collect(),
        kind,
        speaker: c.named.then(|| peek(c.speaker)),
        cue: Some(span_of(toks, c.cue.0, cue_last).shifted(base)),
        class: c.class,
        source: c.source.map(peek),
        addressee: c.addressee.map(peek),
        confidence: c.confidence,
        rule: Some(c.rule),
    }
}

/// The span of content tokens `first..=last` of `text`, with the signs
/// written onto its first and last words, which make no token: a
/// currency's, a hashtag's or a handle's before ("said $4 billion was
/// lost", "said #Resist had changed things"), a percent or cent sign
/// after ("said unemployment rose 5%").
fn content_span(text: &str, toks: &[Token], first: usize, last: usize) -> Span {
    let mut span = span_of(toks, first, last);
    if let Some(c @ ('$' | '€' | '£' | '¥' | '#' | '@')) = text[..span.start].chars().next_back()
    {
        span = Span::new(span.start - c.len_utf8(), span.end);
    }
    if let Some(c @ ('%' | '¢' | '°')) = text[span.end..].chars().next() {
        span = Span::new(span.start, span.end + c.len_utf8());
    }
    span
}

/// Takes out the reports whose cue stands inside another report's content
/// ("aides say Ivanka Trump advises her father …": the aides' report
/// holds Ivanka Trump's), as a quotation inside reported speech belongs
/// to the outer speaker: what the outer source says is the attribution
/// the text makes. A report coordinated with the one holding it ("Durbin
/// said …, and he said he hoped …", "stating … and chiding …") is no
/// part of it: the outer content ends before it instead. In time
/// `O(n log n)` for `n` reports.
fn drop_nested(frame: &Frame<'_>, candidates: &mut Vec<Candidate>) {
    if candidates.len() < 2 {
        return;
    }
    // every content range with its report and slot, by start
    let mut ranges: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        for (slot, &(a, b)) in c.content.iter().enumerate() {
            if a < b {
                ranges.push((a, b, i, slot));
            }
        }
    }
    ranges.sort_unstable();
    // for each prefix, the range that reaches furthest
    let mut reach: Vec<usize> = Vec::with_capacity(ranges.len());
    for k in 0..ranges.len() {
        let best = match reach.last() {
            Some(&j) if ranges[j].1 >= ranges[k].1 => j,
            _ => k,
        };
        reach.push(best);
    }
    let mut nested = vec![false; candidates.len()];
    let mut cuts = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let x = c.cue.0;
        let k = ranges.partition_point(|r| r.0 <= x);
        let Some(&j) = k.checked_sub(1).map(|k| &reach[k]) else {
            continue;
        };
        let (a, b, outer, slot) = ranges[j];
        if b <= x || outer == i {
            continue;
        }
        // "The campaign said C, CNN reported.": each holds the other's
        // cue; the closing report, whose cue comes later, is the outer
        if c.holds(candidates[outer].cue.0) && c.cue.0 > candidates[outer].cue.0 {
            continue;
        }
        // "Cruz, who said Trump is attacking Rubio, said …": the holding
        // report stands between this one's speaker and its verb (in a
        // relative clause or an aside), so this is the main clause, not
        // nested in it; the held content ends before it
        let holder = &candidates[outer];
        // "C is seen as …, and 60 percent said …": a report that names no
        // one holds no named report; both stand
        if c.named && !holder.named && holder.rule == Rule::ReportedClause {
            continue;
        }
        // (not where the speaker is in the holder's content, before a
        // reporting clause that interrupts it: "Mr. Lee, the prosecutor
        // said, had warned the victim" is the prosecutor's whole)
        if c.named
            && c.speaker.last < a
            && c.speaker.last < holder.speaker.first.min(holder.cue.0)
            && holder.cue.0 < c.cue.0
            && !holder.holds(c.speaker.first)
        {
            cuts.push((outer, slot, before_commas(frame, c.cue.0, a)));
            continue;
        }
        // "Even as Lee claimed C, an aide said …": the holding report is a
        // clause of circumstance before the main clause, whose speaker
        // opens after a comma; the held content ends at that comma
        if let Some(cut) = main_clause_start(frame, holder, c, a) {
            cuts.push((outer, slot, cut));
            continue;
        }
        match coordinated_start(frame, holder, c, a) {
            Some(cut) => cuts.push((outer, slot, cut)),
            None => match adjunct_start(frame, c, a) {
                Some(cut) => cuts.push((outer, slot, cut)),
                None => nested[i] = !kept_inside(frame, c),
            },
        }
    }
    for (outer, slot, cut) in cuts {
        let r = &mut candidates[outer].content[slot];
        r.1 = r.1.min(before_opening(frame, r.0, cut)).max(r.0);
    }
    let mut k = 0;
    candidates.retain(|c| {
        k += 1;
        !nested[k - 1] && c.ranges().next().is_some()
    });
}

/// A cut at `cut` in a content starting at `from`, moved before the
/// opening of the clause the held report stands in: its subordinator and
/// subject pronoun ("not to be named because she" before "feared").
fn before_opening(frame: &Frame<'_>, from: usize, cut: usize) -> usize {
    let r = &frame.r;
    let opening = cut > from + 2
        && r.is_word_at(cut - 1)
        && subject_pronoun(frame.word(cut - 1))
        && r.is_word_at(cut - 2)
        && r.is(cut - 2, SUBORDINATOR);
    if opening { cut - 2 } else { cut }
}

/// Words that may stand before the opener of a fronted clause of
/// circumstance: a conjunction from the sentence before, or a focusing or
/// degree adverb ("But even as …", "Ever since …", "Shortly after …").
const BEFORE_OPENER: &[&str] = &[
    "and", "but", "so", "yet", "even", "just", "only", "ever", "long", "shortly", "soon",
];

/// How many words of [`BEFORE_OPENER`] may stand before the opener.
const OPENER_REACH: usize = 3;

/// Where the content of `outer`, a range starting at `from`, ends before
/// the report `inner` that is its sentence's main clause: `outer` is
/// reported in a clause of circumstance that opens the sentence ("As",
/// "While", "Even after" with its speaker before its verb), and `inner`'s
/// named speaker stands in the content right after a comma, before its
/// own verb ("While Lee conceded C, her rival said …"). `None` otherwise.
fn main_clause_start(
    frame: &Frame<'_>,
    outer: &Candidate,
    inner: &Candidate,
    from: usize,
) -> Option<usize> {
    // (a few words at most: this runs for every held report, and must
    // not walk far)
    let mut i = frame.lo;
    while i < outer.speaker.first.min(frame.lo + OPENER_REACH)
        && BEFORE_OPENER
            .iter()
            .any(|w| w.eq_ignore_ascii_case(frame.word(i)))
    {
        i += 1;
    }
    let opener = frame.word(i);
    let opens = opener.eq_ignore_ascii_case("as") || frame.r.is(i, SUBORDINATOR);
    if !opens
        || !outer.named
        || outer.speaker.first <= i
        || outer.speaker.last >= outer.cue.0
        || !inner.named
        || inner.speaker.first <= from + 1
        || inner.speaker.last >= inner.cue.0
        || !frame.comma_at(inner.speaker.first - 1)
        || (i..outer.cue.0).any(|k| frame.r.toks[k].is_punct(','))
    {
        return None;
    }
    Some(before_commas(frame, inner.speaker.first, from + 1))
}

/// Words that open a clause of circumstance or a relative clause inside a
/// content ("…, when Lee claimed C", "the aide, whom critics accuse of
/// C"). ("as" and "which" open such clauses too, but reports after them
/// are as often part of the content: left out, measured on both splits.)
const ADJUNCT_OPENERS: &[&str] = &["when", "after", "while", "whom", "whereas"];

/// Where a content starting at `from` ends before the report `inner`
/// whose clause (its speaker, or its verb where the speaker stands before
/// the content) a word of [`ADJUNCT_OPENERS`] opens: the report is made
/// in a clause of circumstance or a relative clause attached to the
/// content ("the city admitted it erred when a pediatrician reported C",
/// "Lee said the plan failed, after the auditors found C"), a report of
/// its own, not part of the outer one. `None` for a clause the outer verb
/// governs ("said that Lee claimed C").
fn adjunct_start(frame: &Frame<'_>, inner: &Candidate, from: usize) -> Option<usize> {
    let start = if inner.speaker.first > from {
        inner.speaker.first.min(inner.cue.0)
    } else {
        inner.cue.0
    };
    // (past an adverb of manner before the verb: "after recently
    // accusing")
    let start =
        if start == inner.cue.0 && start > from + 2 && clause::manner_adverb(frame, start - 1) {
            start - 1
        } else {
            start
        };
    let opener = start.checked_sub(1).filter(|&o| o > from + 1)?;
    let w = frame.word(opener);
    if !ADJUNCT_OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w)) {
        return None;
    }
    let cut = before_commas(frame, opener, from + 1);
    // ("finds that, while many say C, most disagree": a clause of
    // circumstance right after "that" opens the content, no end)
    (cut > from + 1 || frame.word(from) != "that").then_some(cut)
}

/// Token `cut` moved back over the commas and a conjunction right before
/// it, not below `floor`: where a held content ends before the clause
/// that follows it ("asked whether he would run and said no" holds
/// "whether he would run").
fn before_commas(frame: &Frame<'_>, mut cut: usize, floor: usize) -> usize {
    while cut > floor
        && (frame.r.toks[cut - 1].is_punct(',')
            || (frame.r.is_word_at(cut - 1) && matches!(frame.word(cut - 1), "and" | "or" | "but")))
    {
        cut -= 1;
    }
    cut
}

/// Where the content of `outer`, a range starting at `from`, ends before
/// the report `inner` when the two are coordinated: `inner`'s clause
/// opens with "and" or "but", or has the same speaker, after a comma or a
/// conjunction, or opens with its named speaker after a dash. `None` when
/// `inner` is nested in the content.
fn coordinated_start(
    frame: &Frame<'_>,
    outer: &Candidate,
    inner: &Candidate,
    from: usize,
) -> Option<usize> {
    // (a participle's speaker is the main clause's, before the content:
    // "…, citing a poll")
    let start = if inner.speaker.first > from {
        inner.speaker.first.min(inner.cue.0)
    } else {
        inner.cue.0
    };
    if start <= from + 1 {
        return None;
    }
    let before = frame.word(start - 1);
    // "what he and many union members see as": "and" after a subject
    // pronoun joins two subjects, not two clauses
    if before == "and" && start >= from + 2 && subject_pronoun(frame.word(start - 2)) {
        return None;
    }
    // "alleged that Hoyle and two colleagues submitted …": nor after the
    // whole phrase that opens a "that" clause
    if before == "and" && clause::coordinated_subject(frame, from, start - 1) {
        return None;
    }
    let joined = matches!(before, "and" | "but") || frame.comma_at(start - 1);
    let same = inner.named
        && outer.named
        && frame.word(inner.speaker.last) == frame.word(outer.speaker.last);
    // "Some say C -- others say C'": a named report opening right after
    // a dash, with no dash after its verb that would close it as an aside
    // ("C -- critics say -- is …")
    // (nor one before it that it would close: "C -- a word used by
    // many -- Lee spoke of"; and a verb of speech: not "spear phishing
    // - fake emails intended to …")
    let dashed = frame.r.toks[start - 1].is_dash()
        && inner.named
        && !inner.speaker.generic
        && inner.speaker.first == start
        && inner.class == CueClass::Speech
        && !(from..start - 1).any(|k| frame.r.toks[k].is_dash())
        && !(inner.cue.0..outer.ranges().map(|r| r.1).max().unwrap_or(from))
            .any(|k| frame.r.toks[k].is_dash());
    if dashed {
        return Some(start - 1);
    }
    if !(matches!(before, "and" | "but") || (same && joined)) {
        return None;
    }
    let mut cut = start - 1;
    // (a quotation ending with a comma inside its marks stays: "that he
    // is a “good man,” and said …")
    while cut > from
        && (matches!(frame.word(cut), "and" | "but") || frame.r.toks[cut].is_punct(','))
    {
        cut -= 1;
    }
    Some(cut + 1)
}

/// Whether the content of `c` is a preposition alone, stranded by the
/// relative clause its object stands before ("the establishment he rails
/// against"): what it reports is outside the clause, no content.
fn stranded_preposition(frame: &Frame<'_>, c: &Candidate) -> bool {
    let mut ranges = c.ranges();
    matches!((ranges.next(), ranges.next()), (Some((a, b)), None)
        if b == a + 1 && frame.r.is_word_at(a) && frame.r.is(a, PREPOSITION))
}

/// Whether a report held in another's content is a report of its own
/// all the same: a named speaker's "say" in a relative clause whose
/// pronoun is the content's subject ("the attacks, which the probe said
/// were covered up, …", "a finish that he said defied expectations"),
/// and a verb of naming whose object it is ("a tax which he called "a
/// cartel"").
/// A verb of saying whose subject is "who" stands too: the relative
/// clause reports for the one it is on ("61 percent said their minds
/// were made up, against 38 percent who said they could change them").
/// (Other held reports are as often part of what the outer speaker says
/// as not: measured, they cost more than they find; so did other verbs
/// after "who", and "which".)
fn kept_inside(frame: &Frame<'_>, c: &Candidate) -> bool {
    let gap = c.content[1].0 < c.content[1].1;
    let cue = frame.word(c.cue.0);
    let relative =
        c.speaker.first == c.speaker.last && matches!(frame.word(c.speaker.first), "who");
    c.named && ((gap && (says(cue) || NAMING.contains(&cue))) || (relative && says(cue)))
}

/// What a report of a one-word verb of laughing or speaking holds, by
/// [`plain_verb_content`].
enum Topic {
    /// Nothing that was said: the report is none.
    None,
    /// What was said or spoken of, from this token on.
    From(usize),
    /// The content as found.
    Unchanged,
}

/// Verbs of the phrases of raising, voicing and floating ("raised
/// concerns", "voiced support for", "floated the idea"), which report
/// only what follows them: "… when they raised concerns." reports
/// nothing before it.
const RAISING: &[&str] = &[
    "raise", "raised", "raises", "raising", "voice", "voiced", "voices", "voicing", "float",
    "floated", "floats", "floating",
];

/// What the report `c` holds when its content is no quotation, for the
/// verbs that report only some complements. Of any verb, a content that
/// is only a phrase of time ([`time_phrase_only`]: "testified for three hours",
/// "conceded shortly before midnight") reports nothing, and so does a
/// verb of writing whose object is only the work written
/// ([`written_work_only`]: "wrote a letter to the president"). A phrase of
/// [`RAISING`] reports only what follows it, and for a cue of one verb:
///
/// A verb of laughing or sighing ([`MANNER_VERBS`]) reports a
/// "that"-clause and nothing else that follows it, which is how or when
/// it was done ("laughed when I asked", "scoffed at the idea for a
/// while", "sighed as the vote was read"); words quoted after it are
/// reported as quotations.
///
/// "speak" reports what it was about: past adverbs in -ly and "instead",
/// and past "out" or "up", the object of "about", "of", "against" or
/// "on" ("spoke passionately about C", "has spoken out against C"), or a
/// content opened by "for" that is no duration ("speaks for millions of
/// farmers"). The verb alone tells only that someone spoke: a content
/// opening otherwise is how, how long or on what terms ("spoke on
/// condition of anonymity because …", "spoke for about 30 minutes", "his
/// speaking tour"), and no report.
fn plain_verb_content(frame: &Frame<'_>, c: &Candidate, quotes: &[FrameQuote]) -> Topic {
    let (cue, last) = c.cue;
    if quotes.iter().any(|q| c.holds(q.token)) {
        return Topic::Unchanged;
    }
    let mut buf = [0u8; MAX_WORD];
    let verb = folded(frame.word(cue), &mut buf);
    let first = c.ranges().next();
    // ("testified for three hours", "conceded shortly before midnight",
    // "said quietly as confetti fell": how long, when or how, and nothing
    // said; "wrote a letter to the president": the work, not its words)
    if let Some((a, b)) = first.filter(|_| c.content[1].0 >= c.content[1].1) {
        let writing = cue == last && WRITING.contains(&&*verb);
        if time_phrase_only(frame, a, b) || (writing && written_work_only(frame, a, b)) {
            return Topic::None;
        }
        // (past it, a "that" opens what was said: "said as the meeting
        // ended that …")
        if clause::as_circumstance(frame, a, b) {
            return match (a + 2..b).find(|&k| frame.word(k) == "that") {
                Some(k) => Topic::From(k),
                None => Topic::None,
            };
        }
    }
    if cue != last {
        // a phrase of raising or voicing reports only what follows it
        let before = first.is_none_or(|(a, _)| a <= last);
        return if before && RAISING.contains(&&*verb) {
            Topic::None
        } else {
            Topic::Unchanged
        };
    }
    if MANNER_VERBS.contains(&&*verb) {
        return match first {
            Some((a, _)) if frame.word(a) == "that" => Topic::Unchanged,
            _ => Topic::None,
        };
    }
    if !matches!(&*verb, "speak" | "speaks" | "spoke" | "spoken" | "speaking") {
        return Topic::Unchanged;
    }
    let Some((a, b)) = first else {
        return Topic::Unchanged;
    };
    let mut k = a;
    while k < b && clause::manner_adverb(frame, k) {
        k += 1;
    }
    if k < b && matches!(frame.word(k), "out" | "up") {
        k += 1;
    }
    // (nothing left after them: "spoke out." alone reports nothing)
    if k >= b {
        return Topic::None;
    }
    match frame.word(k) {
        "about" | "of" | "against" if k + 1 < b => Topic::From(k + 1),
        // ("spoke out on the abuses"; not "spoke on condition of
        // anonymity")
        "on" if k > a && k + 1 < b && matches!(frame.word(k - 1), "out" | "up") => {
            Topic::From(k + 1)
        }
        _ if k > a && matches!(frame.word(k - 1), "out" | "up") => Topic::From(k),
        // ("speaks for millions of farmers", not "spoke for about 30
        // minutes": a duration)
        "for" if !is_duration(frame, k + 1) => Topic::From(k),
        _ => Topic::None,
    }
}

/// Whether tokens `a..b` are only a phrase of time: a duration after
/// "for", "within" or "over" ("for three hours", "within minutes", "for
/// the past week"), or "shortly", "soon" or a span of time before
/// "before", "after" or "later" ("shortly before midnight", "hours
/// after the vote", "moments later"), with no conjunction "that" in them.
fn time_phrase_only(frame: &Frame<'_>, a: usize, b: usize) -> bool {
    let w = frame.word(a);
    if matches!(w, "for" | "within" | "over") {
        let mut k = a + 1;
        while k < b
            && k < a + 1 + ADVERB_REACH
            && (counting(frame.word(k))
                || is_count(frame.word(k))
                || frame.r.is_number_like(k)
                || matches!(frame.word(k), "the" | "past" | "last" | "few"))
        {
            k += 1;
        }
        let noun = frame.word(k);
        return k + 1 == b && (is_time_noun(noun) || noun == "ages");
    }
    let span = matches!(
        w,
        "shortly" | "soon" | "moments" | "minutes" | "hours" | "days"
    );
    span && a + 1 < b
        && matches!(frame.word(a + 1), "before" | "after" | "later")
        && (a + 2..b).all(|k| frame.word(k) != "that")
}

/// Verbs of writing, whose object may be the work written rather than
/// what it says ([`written_work_only`]).
const WRITING: &[&str] = &[
    "wrote", "write", "writes", "writing", "written", "penned", "pens",
];

/// Writings besides the works a title names ([`WORKS`]: "book",
/// "column", "memoir"): a verb of writing with one of them as its
/// object names the medium, not what was said.
const WRITINGS: &[&str] = &[
    "letter",
    "letters",
    "blog",
    "post",
    "op-ed",
    "books",
    "article",
    "essay",
    "piece",
    "memo",
    "note",
    "email",
    "editorial",
    "profile",
];

/// How many tokens of modifiers may stand between the determiner and
/// the work in [`written_work_only`] ("a detailed, six-page letter").
const WORK_MODIFIERS: usize = 5;

/// Whether tokens `a..b`, after a verb of writing, are only the work
/// written, with perhaps whom it went to or when: "wrote a viral blog",
/// "wrote a detailed, six-page letter to the president", "wrote the
/// letter Feb. 2". Not a work followed by what it says ("wrote an op-ed
/// urging Congress to act", "a letter saying …", "a column on …").
fn written_work_only(frame: &Frame<'_>, a: usize, b: usize) -> bool {
    let r = &frame.r;
    if !(r.is(a, ARTICLE) || r.is(a, POSSESSIVE) || r.is(a, DETERMINER)) {
        return false;
    }
    let Some(noun) = (a + 1..b.min(a + 2 + WORK_MODIFIERS))
        .take_while(|&k| !r.is_word_at(k) || !(r.is_cap(k) || r.is(k, PREPOSITION)))
        .find(|&k| {
            r.is_word_at(k) && (WRITINGS.contains(&frame.word(k)) || WORKS.contains(&frame.word(k)))
        })
    else {
        return false;
    };
    // (nothing after it says what it said: "a letter to Zucker asking
    // that …")
    if (noun + 1..b).any(|k| frame.word(k) == "that" || frame.is_cue(k)) {
        return false;
    }
    let next = noun + 1;
    next >= b
        || matches!(
            frame.word(next),
            "to" | "for"
                | "in"
                | "last"
                | "this"
                | "while"
                | "after"
                | "before"
                | "during"
                | "earlier"
                | "when"
        )
        || (r.is_cap(next)
            && (DAYS.contains(&frame.word(next))
                || MONTH_ABBREVIATIONS.contains(&frame.word(next).trim_end_matches('.'))))
}

/// Whether a duration starts at token `k`: past words that qualify or
/// count it ("about", "more than", "an", "several", "half"), a number
/// (in figures or words) or a noun of time ("30 minutes", "about five
/// minutes", "an hour", "several days").
fn is_duration(frame: &Frame<'_>, k: usize) -> bool {
    let mut j = k;
    while j < k + ADVERB_REACH && counting(frame.word(j)) {
        j += 1;
    }
    let w = frame.word(j);
    frame.r.is_number_like(j) || is_count(w) || is_time_noun(w)
}

/// Whether `w` qualifies or counts a duration before its number or noun
/// of time ("about", "more than", "an", "several", "half").
fn counting(w: &str) -> bool {
    is_qualifier(w)
        || matches!(
            w,
            "a" | "an" | "more" | "less" | "than" | "several" | "half"
        )
}

/// Whether `w` is a noun of time, singular or plural ("hour", "days").
fn is_time_noun(w: &str) -> bool {
    TIME_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))
}

/// Whether quotation `q` is named by a clause of naming inside the
/// content of `c`, "what" and a speaker before a verb of naming ("sought
/// to shed what Gilbert called "a perception problem"": the words are
/// Gilbert's, and the report of "sought" holds them as no words of its
/// speaker's).
fn attributed_inside(frame: &Frame<'_>, base: usize, c: &Candidate, q: &FrameQuote) -> bool {
    let Some(cue) = q.outcome.as_ref().and_then(|o| o.cue) else {
        return false;
    };
    let toks = frame.r.toks;
    // (the verb stands right before the quotation, perhaps past an
    // article: "called a "debate""; a bounded look keeps long sentences
    // of many quotations linear)
    let Some(v) = (q.token.saturating_sub(NAMING_REACH).max(frame.lo)..q.token)
        .find(|&j| toks[j].span.start + base == cue.start)
    else {
        return false;
    };
    // (a name the verb gives at once, "called "…"", not a description
    // after "as", "what he described as the "brilliant" decision")
    super::scan::NAMING.contains(&frame.word(v))
        && !(v + 1..q.token).any(|j| frame.word(j) == "as")
        && (v.saturating_sub(NAMER_WORDS)..v).any(|j| j >= frame.lo && frame.word(j) == "what")
        && c.ranges().any(|(a, b)| (a..b).contains(&v))
}

/// How many tokens before a quotation its verb of naming may stand
/// ("called a "debate"").
const NAMING_REACH: usize = 3;

/// How many words the namer between "what" and a verb of naming may
/// have ("what the Florida senator called").
const NAMER_WORDS: usize = 5;

/// Whether the cue of `c` is a participle after a form of "be" with no
/// agent after it ("Rubio is seen as the strongest", "the plan was
/// described as a failure"): the subject of a passive is what the report
/// is about, and no one is named as its source.
fn passive_without_agent(frame: &Frame<'_>, c: &Candidate) -> bool {
    let v = c.cue.0;
    let w = frame.word(v);
    let participle = w.ends_with("ed")
        || w.ends_with("en")
        || matches!(w, "known" | "seen" | "thought" | "shown");
    // (an adjective of stance is no passive: "is convinced that C")
    let stance = STANCE_ADJECTIVES.iter().any(|&(a, _)| a == w);
    if !participle || stance || v <= frame.lo || frame.word(c.cue.1 + 1) == "by" {
        return false;
    }
    let mut b = v - 1;
    // (past adverbs: "is increasingly seen", "has also seen", "once
    // known"; a few at most)
    let floor = frame.lo.max(v.saturating_sub(ADVERB_REACH));
    while b > floor
        && ((frame.r.is_modifier(b)
            && !clause::is_auxiliary(frame.word(b))
            && frame.r.toks[b].kind != crate::attribute::tokens::Kind::Clitic)
            || matches!(frame.word(b), "once" | "now"))
    {
        b -= 1;
    }
    let be = matches!(
        frame.word(b),
        "is" | "was" | "are" | "were" | "be" | "been" | "being"
    );
    // a form that is only ever a participle, with no auxiliary before it,
    // is a reduced passive too ("a think tank known for …", "a fund once
    // known for …")
    let reduced = PARTICIPLES_ONLY.contains(&w)
        && !(frame.r.is_word_at(b) && clause::is_auxiliary(frame.word(b)))
        && frame.r.toks[b].kind != crate::attribute::tokens::Kind::Clitic;
    frame.r.is_word_at(b) && be || reduced
}

/// Verb forms that are participles only, never a finite past ("known",
/// not "knew").
const PARTICIPLES_ONLY: &[&str] = &[
    "known", "seen", "shown", "written", "spoken", "given", "taken",
];

/// "He released a letter that says C", "Her office issued a statement
/// saying C": a document that speaks through a relative pronoun or a
/// participle speaks for whoever issued it, the document its source (as
/// rule `Published` reads a quotation).
fn publisher(frame: &Frame<'_>, c: &mut Candidate) {
    let p = c.speaker.first;
    if !c.named {
        return;
    }
    let relative =
        c.speaker.last == p && matches!(frame.word(p), "that" | "which") && frame.r.relative(p);
    let participle = frame.word(c.cue.0).ends_with("ing");
    let after = if relative { p } else { c.cue.0 };
    if !(relative || participle) {
        return;
    }
    // (the document read as the speaker right before the participle, or
    // its issuer, read as the speaker already: "Two senators sent a
    // letter demanding C")
    let adjacent = c.speaker.last + 1 == c.cue.0;
    if let Some((issuer, document)) = issued(frame, after, true)
        && (relative
            || (adjacent && document.first == c.speaker.first)
            || issuer.first == c.speaker.first)
    {
        c.speaker = issuer;
        c.source = Some(document);
    }
}
