//! The pipeline paragraph by paragraph: each paragraph is found once, split
//! into sentences, fed to the quotation pairer, and attributed as soon as
//! the quotations overlapping it are all known. The whole-document path and
//! the stream share it; neither keeps more than a chain of paragraphs.

use super::entities::Registry;
use super::{Attribution, Attributor, Cue, Draft, Entity, Mention, Outcome, Pass, Rule, Text};
use crate::Span;
use crate::quote::{Quote, QuoteKind, QuotePairer};
use crate::segment::ParagraphSplitter;
use std::borrow::Cow;
use std::sync::Arc;

/// An outcome as kept until the quotation is handed out: the speaker and
/// cue inline, the rarer source and addressee boxed.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    speaker: Draft,
    cue: Option<Span>,
    others: Option<Box<(Option<Draft>, Option<Draft>)>>,
    rule: Rule,
    confidence: f32,
}

impl From<&Outcome> for Stored {
    fn from(r: &Outcome) -> Self {
        Stored {
            speaker: r.speaker,
            cue: r.cue,
            others: (r.source.is_some() || r.addressee.is_some())
                .then(|| Box::new((r.source, r.addressee))),
            rule: r.rule,
            confidence: r.confidence,
        }
    }
}

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
    top: Vec<(usize, Span, QuoteKind)>,
    /// How many quotations the pairer has handed out.
    count: usize,
    /// Keep every paragraph and sentence (for a [`crate::Document`]).
    record: Option<(Vec<Span>, Vec<Span>)>,
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
        }
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
        self.take(text, quotes);
        self.waiting.push((p, first..self.sentences.len()));
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
    }

    /// Whether a quotation chain is still open: the paragraphs fed since
    /// the last flush are not attributed yet.
    pub(crate) fn has_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }

    fn take<'t>(&mut self, text: &'t str, quotes: &mut Vec<Quote<'t>>) {
        let before = quotes.len();
        self.pairer.take_ready(text, quotes);
        for (k, q) in quotes[before..].iter().enumerate() {
            if q.depth() == 0 {
                self.top.push((self.count + k, q.span(), q.kind()));
            }
        }
        self.count += quotes.len() - before;
    }

    fn flush(&mut self, text: &str, base: usize, results: &mut Vec<(usize, Stored)>) {
        let mut found = Vec::new();
        let mut first = 0;
        for (p, range) in self.waiting.drain(..) {
            let sentences = &self.sentences[range];
            while first < self.top.len() && self.top[first].1.end <= p.start {
                first += 1;
            }
            let mut end = first;
            while end < self.top.len() && self.top[end].1.start < p.end {
                end += 1;
            }
            self.pass
                .paragraph(text, base, p, sentences, &self.top[first..end], &mut found);
            results.extend(found.drain(..).map(|(i, r)| (i, Stored::from(&r))));
        }
        self.top.clear();
        self.sentences.clear();
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
        build(&self.pass.registry, text, base, quote, stored)
    }

    /// The earliest whole-text offset a later quotation may still take a
    /// mention from: continuation copies the previous paragraph's speaker,
    /// which may itself have come from further back.
    pub(crate) fn earliest_reference(&self) -> Option<usize> {
        self.pass.previous_start()
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
        self.pass.registry
    }
}

/// The public form of a mention: its text from `text` (whose first byte is
/// at `base`), borrowed when it can be.
fn public<'t>(registry: &Registry, text: &'t str, base: usize, d: Draft) -> Mention<'t> {
    let entity = d.entity.map(|e| &registry.entities[e]);
    let local = |s: Span| Span::new(s.start - base, s.end - base);
    Mention {
        span: d.span,
        text: Cow::Borrowed(&text[local(d.span)]),
        name: entity.map(|e| Text::Shared(Arc::clone(&e.display))),
        kind: d.kind.into(),
        role: match (d.role, entity.and_then(|e| e.role.as_ref())) {
            (Some(r), _) => Some(Text::Borrowed(&text[local(r)])),
            (None, Some(r)) => Some(Text::Shared(Arc::clone(r))),
            (None, None) => None,
        },
        entity: d.entity,
    }
}

/// A quotation with its stored outcome, as the public attribution.
pub(crate) fn build<'t>(
    registry: &Registry,
    text: &'t str,
    base: usize,
    quote: Quote<'t>,
    stored: Option<&Stored>,
) -> Attribution<'t> {
    let Some(r) = stored else {
        return Attribution {
            quote,
            speaker: None,
            cue: None,
            source: None,
            addressee: None,
            confidence: 0.0,
            rule: None,
        };
    };
    let (source, addressee) = r.others.as_deref().copied().unwrap_or((None, None));
    Attribution {
        quote,
        speaker: Some(public(registry, text, base, r.speaker)),
        cue: r.cue.map(|c| Cue {
            text: Cow::Borrowed(&text[c.start - base..c.end - base]),
            span: c,
        }),
        source: source.map(|d| public(registry, text, base, d)),
        addressee: addressee.map(|d| public(registry, text, base, d)),
        confidence: r.confidence,
        rule: Some(r.rule),
    }
}
