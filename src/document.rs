//! A document view that joins the stages: sentences, quotations, their
//! attributions, and the way from one to the other.

use crate::Span;
use crate::attribute::{Attribution, Attributor, Entity};
use crate::quote::Quote;
use crate::segment::{Paragraph, Sentence};
use std::ops::Range;

/// A text with its paragraphs, sentences, quotations and their
/// attributions, in document order, the links between them, and the
/// entities its speakers refer to.
///
/// The segmentation stage knows nothing of quotations; this view joins
/// them: [`Document::quotes_in`] goes from a sentence to its quotations,
/// [`Document::sentences_of`] from a quotation to its sentences.
///
/// # Examples
///
/// ```
/// let text = "Lavrov spoke first. He said: \u{201c}We agree. We will act.\u{201d} Wang nodded.";
/// let doc = whosaid::Document::new(text);
/// assert_eq!(doc.sentences().len(), 4);
/// let quote = doc.quote(0).expect("one quotation");
/// assert_eq!(quote.content(), "We agree. We will act.");
/// let speaker = doc.attributions()[0].speaker().expect("attributed");
/// assert_eq!((speaker.text(), speaker.name()), ("He", Some("Lavrov")));
/// // the quotation runs over sentences 1 and 2
/// assert_eq!(doc.sentences_of(0), 1..3);
/// assert_eq!(doc.quotes_in(2).count(), 1);
/// assert_eq!(doc.quotes_in(0).count(), 0);
/// ```
#[derive(Debug, Clone)]
pub struct Document<'t> {
    text: &'t str,
    paragraphs: Vec<Paragraph<'t>>,
    sentences: Vec<Sentence<'t>>,
    attributions: Vec<Attribution<'t>>,
    entities: Vec<Entity>,
    /// For each quotation, the largest end of it and those before it:
    /// where the search for quotations overlapping a point may start.
    max_end: Vec<usize>,
}

impl<'t> Document<'t> {
    /// Analyses `text` with the default rules.
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        Self::with_attributor(text, Attributor::shared())
    }

    /// Analyses `text` with `attributor`'s options (and its segmenter's).
    #[must_use]
    pub fn with_attributor(text: &'t str, attributor: &Attributor) -> Self {
        let (mut engine, quotes, stored) = crate::pipeline::drive(attributor, text, true);
        let mut max_end = Vec::with_capacity(quotes.len());
        let mut running = 0;
        for q in &quotes {
            running = running.max(q.end());
            max_end.push(running);
        }
        let (paragraph_spans, sentence_spans) = engine.recorded();
        let entities = engine.entities();
        let attributions = quotes
            .into_iter()
            .zip(&stored)
            .map(|(q, r)| engine.attribution(text, 0, q, r.as_ref()))
            .collect();
        let paragraphs = paragraph_spans
            .iter()
            .map(|&p| Paragraph::new(text, p))
            .collect();
        let sentences = sentence_spans
            .iter()
            .map(|&s| Sentence::new(text, s))
            .collect();
        Document {
            text,
            paragraphs,
            sentences,
            attributions,
            entities,
            max_end,
        }
    }

    /// The analysed text.
    #[must_use]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The paragraphs, in order.
    #[must_use]
    pub fn paragraphs(&self) -> &[Paragraph<'t>] {
        &self.paragraphs
    }

    /// The sentences, in order.
    #[must_use]
    pub fn sentences(&self) -> &[Sentence<'t>] {
        &self.sentences
    }

    /// The quotations, in document order; [`Quote::parent`] counts in this
    /// order.
    pub fn quotes(&self) -> impl ExactSizeIterator<Item = &Quote<'t>> + '_ {
        self.attributions.iter().map(Attribution::quote)
    }

    /// Quotation `index` in document order.
    #[must_use]
    pub fn quote(&self, index: usize) -> Option<&Quote<'t>> {
        self.attributions.get(index).map(Attribution::quote)
    }

    /// Every quotation with its attribution, in document order.
    #[must_use]
    pub fn attributions(&self) -> &[Attribution<'t>] {
        &self.attributions
    }

    /// The people and organisations the speakers refer to;
    /// [`crate::Mention::entity`] indexes this slice.
    #[must_use]
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The index of the sentence holding byte `offset`, if any (white space
    /// between sentences belongs to none).
    #[must_use]
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end() <= offset);
        (i < self.sentences.len() && self.sentences[i].start() <= offset).then_some(i)
    }

    /// The indices of the sentences that quotation `quote` overlaps; empty
    /// if there is no such quotation.
    #[must_use]
    pub fn sentences_of(&self, quote: usize) -> Range<usize> {
        let Some(q) = self.quote(quote) else {
            return 0..0;
        };
        self.sentences_overlapping(q.span())
    }

    /// The indices of the sentences that overlap `span`.
    fn sentences_overlapping(&self, span: Span) -> Range<usize> {
        let first = self.sentences.partition_point(|s| s.end() <= span.start);
        let last = self.sentences.partition_point(|s| s.start() < span.end);
        first..last.max(first)
    }

    /// The quotations that overlap sentence `sentence`, in document order;
    /// none if there is no such sentence.
    pub fn quotes_in(&self, sentence: usize) -> impl Iterator<Item = &Quote<'t>> + '_ {
        let span = self.sentences.get(sentence).map(Sentence::span);
        let from = span.map_or(self.attributions.len(), |s| {
            self.max_end.partition_point(|&end| end <= s.start)
        });
        self.attributions[from..]
            .iter()
            .map(Attribution::quote)
            .take_while(move |q| span.is_some_and(|s| q.start() < s.end))
            .filter(move |q| span.is_some_and(|s| q.span().overlaps(s)))
    }
}
