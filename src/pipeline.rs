//! The driver above the stages: it runs them over a text paragraph by
//! paragraph. Each paragraph is found once, split into sentences, fed to
//! the quotation pairer, and attributed as soon as the quotations
//! overlapping it are all known. The whole-document path
//! ([`Attributor::attribute`], [`crate::Document`]) and the stream share
//! it; neither keeps more than a chain of paragraphs.

use crate::QuoteStyle;
use crate::Span;
use crate::attribute::{
    Attribution, Attributor, Entity, Outcome, Pass, Registry, Report, Reported, Stored, build,
    build_report, entities,
};
use crate::quote::{MAX_CHAIN, Quote, QuoteKind, QuotePairer};
use crate::segment::{ParagraphScanner, ParagraphSplitter};

/// The paragraph-by-paragraph pipeline.
#[derive(Debug)]
pub(crate) struct Engine<'a> {
    attributor: &'a Attributor,
    pairer: QuotePairer,
    pass: Pass<'a>,
    /// Complete paragraphs waiting for their quotation chain to close,
    /// with the range of their sentences in `sentences`.
    waiting: Vec<(Span, std::ops::Range<usize>)>,
    /// The sentences of the waiting paragraphs.
    sentences: Vec<Span>,
    /// Top-level quotations not attributed yet: index, span, kind.
    top: Vec<(usize, Span, QuoteKind, QuoteStyle)>,
    /// How many quotations the pairer has handed out.
    count: usize,
    /// Keep every paragraph and sentence (for a [`crate::Document`]).
    record: Option<(Vec<Span>, Vec<Span>)>,
    /// A buffer for the outcomes of one paragraph.
    found: Vec<(usize, Outcome)>,
    /// Reports found and not yet handed out, in document order.
    reports: Vec<Reported>,
    /// Quotations nested in another not attributed yet: index, span,
    /// kind, marks and the index of the quotation they are in.
    nested: Vec<(usize, Span, QuoteKind, QuoteStyle, usize)>,
    /// The quotations that hold those: index, content span, and outcome
    /// once known.
    outer: Vec<(usize, Span, Option<Outcome>)>,
}

impl<'a> Engine<'a> {
    pub(crate) fn new(attributor: &'a Attributor, record: bool) -> Self {
        Engine {
            attributor,
            pairer: QuotePairer::default(),
            pass: Pass::new(attributor),
            waiting: Vec::new(),
            sentences: Vec::new(),
            top: Vec::new(),
            count: 0,
            record: record.then(Default::default),
            found: Vec::new(),
            reports: Vec::new(),
            nested: Vec::new(),
            outer: Vec::new(),
        }
    }

    /// Finds reported speech too ([`Engine::take_reports`]).
    pub(crate) fn report(&mut self) {
        self.pass.report();
    }

    /// The reports found since the last call, in document order.
    pub(crate) fn take_reports(&mut self) -> std::vec::Drain<'_, Reported> {
        self.reports.drain(..)
    }

    /// The reports found since the last call, built over `text` (whose
    /// first byte is at `base` in the whole text) with the entities' names
    /// as they stand.
    pub(crate) fn take_built_reports_at<'t>(
        &mut self,
        text: &'t str,
        base: usize,
    ) -> Vec<Report<'t>> {
        let registry = &self.pass.coref.registry;
        self.reports
            .drain(..)
            .map(|r| build_report(registry, text, base, &r))
            .collect()
    }

    /// [`Engine::take_built_reports_at`] over the whole text.
    pub(crate) fn take_built_reports<'t>(&mut self, text: &'t str) -> Vec<Report<'t>> {
        self.take_built_reports_at(text, 0)
    }

    /// Takes paragraph `p` of `text` (whose first byte is at `base` in the
    /// whole text): new quotations go to `quotes`, outcomes that became
    /// known to `results` as (index, outcome).
    pub(crate) fn paragraph<'t>(
        &mut self,
        text: &'t str,
        base: usize,
        p: Span,
        quotes: &mut Vec<Quote<'t>>,
        results: &mut Vec<(usize, Stored)>,
    ) {
        let first = self.sentences.len();
        self.sentences
            .extend(ParagraphSplitter::new(self.attributor.segmenter(), text, p));
        if let Some((paragraphs, all)) = &mut self.record {
            paragraphs.push(p);
            all.extend_from_slice(&self.sentences[first..]);
        }
        self.pairer.feed(text, p);
        self.waiting.push((p, first..self.sentences.len()));
        // a chain of paragraphs held back for a quotation still open ends
        // after a bound, so that the text held back stays bounded too
        let held = self
            .waiting
            .first()
            .map_or(0, |(w, _)| p.end.saturating_sub(w.start));
        if self.pairer.is_open() && held > MAX_CHAIN {
            self.pairer.finish(text);
        }
        self.take(text, quotes);
        if !self.pairer.is_open() {
            self.flush(text, base, results);
        }
    }

    /// Ends the text.
    pub(crate) fn finish<'t>(
        &mut self,
        text: &'t str,
        base: usize,
        quotes: &mut Vec<Quote<'t>>,
        results: &mut Vec<(usize, Stored)>,
    ) {
        self.pairer.finish(text);
        self.take(text, quotes);
        self.flush(text, base, results);
        self.pass.take_reports(&mut self.reports, true, usize::MAX);
    }

    /// Whether a quotation chain is still open: the paragraphs fed since
    /// the last flush are not attributed yet.
    pub(crate) fn has_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }

    /// The first quotation (by index in the whole text) that waits for a
    /// signature line in the next paragraph: it and the quotations after
    /// it are not final yet.
    pub(crate) fn first_unsigned(&self) -> Option<usize> {
        self.pass.first_unsigned()
    }

    fn take<'t>(&mut self, text: &'t str, quotes: &mut Vec<Quote<'t>>) {
        let before = quotes.len();
        self.pairer
            .take_ready(text, self.attributor.vocabulary(), quotes);
        for (k, q) in quotes[before..].iter().enumerate() {
            let index = self.count + k;
            match q.parent() {
                None => self.top.push((index, q.span(), q.kind(), q.style())),
                Some(parent) => {
                    if let Err(at) = self.outer.binary_search_by_key(&parent, |o| o.0) {
                        let Some(content) = parent
                            .checked_sub(self.count)
                            .and_then(|j| quotes.get(before + j))
                            .map(Quote::content_span)
                        else {
                            continue;
                        };
                        self.outer.insert(at, (parent, content, None));
                    }
                    self.nested
                        .push((index, q.span(), q.kind(), q.style(), parent));
                }
            }
        }
        self.count += quotes.len() - before;
    }

    fn flush(&mut self, text: &str, base: usize, results: &mut Vec<(usize, Stored)>) {
        let mut first = 0;
        // (the paragraphs are read again for nested quotations)
        let waiting = std::mem::take(&mut self.waiting);
        for &(p, ref range) in &waiting {
            let sentences = &self.sentences[range.clone()];
            while first < self.top.len() && self.top[first].1.end <= p.start {
                first += 1;
            }
            let mut end = first;
            while end < self.top.len() && self.top[end].1.start < p.end {
                end += 1;
            }
            self.pass.paragraph(
                text,
                base,
                p,
                sentences,
                &self.top[first..end],
                &mut self.found,
            );
            for &(i, r) in &self.found {
                if let Ok(o) = self.outer.binary_search_by_key(&i, |o| o.0) {
                    self.outer[o].2 = Some(r);
                }
            }
            results.extend(self.found.drain(..).map(|(i, r)| (i, Stored::from(&r))));
            self.pass
                .take_reports(&mut self.reports, false, base + p.end);
        }
        if !self.nested.is_empty() {
            self.flush_nested(text, base, &waiting, results);
        }
        self.waiting = waiting;
        self.waiting.clear();
        self.top.clear();
        self.sentences.clear();
    }

    /// Attributes the nested quotations of the paragraphs `waiting`, each
    /// group within one paragraph of the quotation it is in read on its
    /// own, outer quotations first.
    fn flush_nested(
        &mut self,
        text: &str,
        base: usize,
        waiting: &[(Span, std::ops::Range<usize>)],
        results: &mut Vec<(usize, Stored)>,
    ) {
        let mut nested = std::mem::take(&mut self.nested);
        // (by the quotation they are in: an outer one's outcome is known
        // before the quotations inside it are read)
        nested.sort_unstable_by_key(|n| (n.4, n.0));
        let mut clipped = Vec::new();
        let mut here = Vec::new();
        let mut found = Vec::new();
        let mut at = 0;
        while at < nested.len() {
            let (_, span, _, _, parent) = nested[at];
            let Ok(o) = self.outer.binary_search_by_key(&parent, |o| o.0) else {
                at += 1;
                continue;
            };
            let (_, content, teller) = self.outer[o];
            // (both found by halves: a paragraph may hold many)
            let Some((p, range)) = waiting
                .get(waiting.partition_point(|(p, _)| p.end <= span.start))
                .filter(|(p, _)| p.start <= span.start)
            else {
                at += 1;
                continue;
            };
            let region = Span::new(content.start.max(p.start), content.end.min(p.end));
            // the quotations of the same outer one in that region
            let mut end = at + 1;
            while end < nested.len() && nested[end].4 == parent && nested[end].1.start < region.end
            {
                end += 1;
            }
            here.clear();
            here.extend(
                nested[at..end]
                    .iter()
                    .filter(|n| n.1.end <= region.end)
                    .map(|&(i, s, k, st, _)| (i, s, k, st)),
            );
            clipped.clear();
            let sentences = &self.sentences[range.clone()];
            clipped.extend(
                sentences[sentences.partition_point(|s| s.end <= region.start)..]
                    .iter()
                    .take_while(|s| s.start < region.end)
                    .map(|s| Span::new(s.start.max(region.start), s.end.min(region.end))),
            );
            // (only speech is read, a quotation of its own or one opening a
            // sentence, as `Pass::nested` does: a group of terms and
            // fragments needs no reading; the sentence holding a fragment
            // is found by halves)
            let opens = |q: Span| {
                clipped
                    .get(clipped.partition_point(|c| c.end <= q.start))
                    .is_some_and(|c| c.start <= q.start && text[c.start..q.start].trim().is_empty())
            };
            let speech = |&(_, q, k, _): &(usize, Span, QuoteKind, QuoteStyle)| {
                k == QuoteKind::Direct || (k == QuoteKind::Partial && opens(q))
            };
            if !here.iter().any(speech) {
                at = end;
                continue;
            }
            found.clear();
            self.pass.nested(
                text,
                base,
                region,
                &clipped,
                &here,
                teller.as_ref(),
                &mut found,
            );
            for &(i, r) in &found {
                // (a quotation that holds others passes its outcome on)
                if let Ok(o) = self.outer.binary_search_by_key(&i, |o| o.0) {
                    self.outer[o].2 = Some(r);
                }
            }
            results.extend(found.iter().map(|(i, r)| (*i, Stored::from(r))));
            at = end;
        }
        self.nested = nested;
        self.nested.clear();
        self.outer.clear();
    }

    /// The attribution of `quote` from its stored outcome, with names from
    /// the entities as they stand.
    pub(crate) fn attribution<'t>(
        &self,
        text: &'t str,
        base: usize,
        quote: Quote<'t>,
        stored: Option<&Stored>,
    ) -> Attribution<'t> {
        build(&self.pass.coref.registry, text, base, quote, stored)
    }

    /// The earliest whole-text offset a later quotation may still take a
    /// mention from: continuation copies the previous paragraph's speaker,
    /// which may itself have come from further back.
    pub(crate) fn earliest_reference(&self) -> Option<usize> {
        // (and a report kept for the next paragraph is built from the text
        // once it is handed out)
        match (self.pass.previous_start(), self.pass.kept_report_start()) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The entities so far.
    pub(crate) fn entities(&self) -> Vec<Entity> {
        self.pass.entities()
    }

    /// The paragraphs and sentences recorded.
    pub(crate) fn recorded(&mut self) -> (Vec<Span>, Vec<Span>) {
        self.record.take().unwrap_or_default()
    }

    /// The entity table, for building attributions later.
    pub(crate) fn into_registry(self) -> Registry {
        self.pass.coref.registry
    }
}

/// What a whole-document run gives: the engine (with its entities, and the
/// paragraphs and sentences when recorded), every quotation, and each
/// one's outcome.
pub(crate) type Driven<'a, 't> = (Engine<'a>, Vec<Quote<'t>>, Vec<Option<Stored>>);

/// Runs the pipeline over the whole of `text`.
pub(crate) fn drive<'a, 't>(
    attributor: &'a Attributor,
    text: &'t str,
    record: bool,
    report: bool,
) -> Driven<'a, 't> {
    let mut engine = Engine::new(attributor, record);
    if report {
        engine.report();
    }
    let mut quotes = Vec::new();
    let mut stored: Vec<Option<Stored>> = Vec::new();
    let mut results = Vec::new();
    let mut keep = |results: &mut Vec<(usize, Stored)>, count: usize| {
        stored.resize(count, None);
        for (i, r) in results.drain(..) {
            stored[i] = Some(r);
        }
    };
    for p in ParagraphScanner::new(text, attributor.segmenter().line_breaks()) {
        engine.paragraph(text, 0, p, &mut quotes, &mut results);
        keep(&mut results, quotes.len());
    }
    engine.finish(text, 0, &mut quotes, &mut results);
    keep(&mut results, quotes.len());
    (engine, quotes, stored)
}

static DEFAULT: once_cell::sync::Lazy<Attributor> = once_cell::sync::Lazy::new(Attributor::default);

impl Attributor {
    /// The attributor with the default options, shared.
    pub(crate) fn shared() -> &'static Attributor {
        &DEFAULT
    }

    /// Analyses `text` into a [`crate::Document`] with these options.
    #[must_use]
    pub fn document<'t>(&self, text: &'t str) -> crate::Document<'t> {
        crate::Document::with_attributor(text, self)
    }

    /// Every quotation of `text` with its attribution, in document order.
    ///
    /// The attributions are built as the iterator is advanced; until then
    /// only the quotations and a compact outcome for each are kept, so that
    /// memory stays a small multiple of the text.
    #[must_use]
    pub fn attribute<'t>(&self, text: &'t str) -> Attributions<'t> {
        let (engine, quotes, stored) = drive(self, text, false, false);
        Attributions {
            text,
            quotes: quotes.into_iter(),
            stored: stored.into_iter(),
            registry: engine.into_registry(),
        }
    }
}

impl Attributor {
    /// Every attribution of `text`, quoted or reported, in document order;
    /// see [`reports`].
    #[must_use]
    pub fn reports<'t>(&self, text: &'t str) -> Reports<'t> {
        let (mut engine, _, _) = drive(self, text, false, true);
        let items: Vec<Reported> = engine.take_reports().collect();
        Reports {
            text,
            items: items.into_iter(),
            registry: engine.into_registry(),
        }
    }
}

/// Every attribution of `text`, with or without quotation marks, in
/// document order, with the default rules: who said, thought or found
/// what.
///
/// Quotations keep their attributions from [`attribute`]: an attributed
/// quotation of its own is a [`ReportKind::Direct`] report (quotations of
/// one speaker that follow each other in a paragraph, or open the next
/// paragraph, are one report, but for one a participle introduces after
/// the reporting clause, as in "“Q1,” she said, adding, “Q2”", which is a
/// report through that participle; one that no rule attributes has
/// neither source nor cue, and is no report), a partial quotation inside a
/// reported clause makes the clause
/// [`ReportKind::Mixed`], and a reported clause without quotation marks
/// is [`ReportKind::Indirect`]: "X said (that) …", "X told Y that …", "X
/// believes …", "…, X said.", "…, X said, …", "according to X, …". Each
/// report's [`CueClass`] tells speech from thought and evidence. A report
/// inside another report's content belongs to the outer source, as a
/// quotation inside reported speech does: "Aides say the senator believes
/// the bill will fail" is one report, the aides'.
///
/// [`ReportKind::Direct`]: crate::ReportKind::Direct
/// [`ReportKind::Mixed`]: crate::ReportKind::Mixed
/// [`ReportKind::Indirect`]: crate::ReportKind::Indirect
/// [`CueClass`]: crate::CueClass
///
/// # Examples
///
/// ```
/// use whosaid::{CueClass, ReportKind};
///
/// let text = "According to RIA Novosti, Wang Yi told Lavrov that China would \
///             support \u{201c}Russia\u{2019}s stable development.\u{201d} \
///             A new poll shows the plan is popular.";
/// let reports: Vec<_> = whosaid::reports(text).collect();
/// assert_eq!(reports.len(), 2);
/// let wang = &reports[0];
/// assert_eq!(wang.kind(), ReportKind::Mixed);
/// assert_eq!(wang.speaker().map(|s| s.text()), Some("Wang Yi"));
/// assert_eq!(wang.addressee().map(|s| s.text()), Some("Lavrov"));
/// assert_eq!(wang.source().map(|s| s.text()), Some("RIA Novosti"));
/// assert!(wang.content_text().next().is_some_and(|c| c.starts_with("that China")));
/// assert_eq!(reports[1].cue_class(), CueClass::Evidence);
/// assert_eq!(reports[1].content_text().collect::<Vec<_>>(), ["the plan is popular"]);
/// ```
#[must_use]
pub fn reports(text: &str) -> Reports<'_> {
    Attributor::shared().reports(text)
}

/// Iterator over the reports of a text; see [`reports`].
#[derive(Debug)]
pub struct Reports<'t> {
    text: &'t str,
    items: std::vec::IntoIter<Reported>,
    registry: Registry,
}

impl Reports<'_> {
    /// The people and organisations the text's speakers refer to;
    /// [`crate::Mention::entity`] indexes this list. They are the same as
    /// those of [`attribute`] on the same text: reported speech links its
    /// speakers to them without adding any.
    #[must_use]
    pub fn entities(&self) -> Vec<Entity> {
        entities(&self.registry)
    }
}

impl<'t> Iterator for Reports<'t> {
    type Item = Report<'t>;

    fn next(&mut self) -> Option<Report<'t>> {
        let r = self.items.next()?;
        Some(build_report(&self.registry, self.text, 0, &r))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

impl ExactSizeIterator for Reports<'_> {}
impl std::iter::FusedIterator for Reports<'_> {}

/// Every quotation of `text` with its attribution, in document order, with
/// the default rules.
///
/// # Examples
///
/// ```
/// let text = "According to RIA Novosti, Wang Yi told Lavrov that China would support \
///             \u{201c}Russia\u{2019}s stable development.\u{201d}";
/// let a = whosaid::attribute(text).next().expect("one quotation");
/// assert_eq!(a.speaker().map(|s| s.text()), Some("Wang Yi"));
/// assert_eq!(a.cue().map(|c| c.text()), Some("told"));
/// assert_eq!(a.source().map(|s| s.text()), Some("RIA Novosti"));
/// assert_eq!(a.addressee().map(|s| s.text()), Some("Lavrov"));
/// ```
#[must_use]
pub fn attribute(text: &str) -> Attributions<'_> {
    Attributor::shared().attribute(text)
}

/// Iterator over the attributions of a text; see [`attribute`].
#[derive(Debug)]
pub struct Attributions<'t> {
    text: &'t str,
    quotes: std::vec::IntoIter<Quote<'t>>,
    stored: std::vec::IntoIter<Option<Stored>>,
    registry: Registry,
}

impl Attributions<'_> {
    /// The people and organisations the text's speakers refer to;
    /// [`crate::Mention::entity`] indexes this list.
    ///
    /// ```
    /// let mut it = whosaid::attribute("\u{201c}Yes,\u{201d} Sergey Lavrov said.");
    /// let a = it.next().expect("one quotation");
    /// let e = a.speaker().and_then(|s| s.entity()).expect("an entity");
    /// assert_eq!(it.entities()[e].name(), "Sergey Lavrov");
    /// ```
    #[must_use]
    pub fn entities(&self) -> Vec<Entity> {
        entities(&self.registry)
    }
}

impl<'t> Iterator for Attributions<'t> {
    type Item = Attribution<'t>;

    fn next(&mut self) -> Option<Attribution<'t>> {
        let quote = self.quotes.next()?;
        let stored = self.stored.next().flatten();
        Some(build(&self.registry, self.text, 0, quote, stored.as_ref()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.quotes.size_hint()
    }
}

impl ExactSizeIterator for Attributions<'_> {}
impl std::iter::FusedIterator for Attributions<'_> {}
