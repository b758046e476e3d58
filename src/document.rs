//! A document view that joins the stages: sentences, quotations, their
//! attributions, and the way from one to the other.

use crate::Span;
use crate::attribute::{Attribution, Attributor, Entity, Mention, MentionKind, Report};
use crate::quote::Quote;
use crate::segment::{Paragraph, Sentence};
use std::ops::Range;

/// A text with its paragraphs, sentences, quotations and their
/// attributions, in document order, the links between them, the entities
/// its speakers refer to, who was quoted ([`Document::speakers`]), and
/// every attribution quoted or reported ([`Document::reports`]).
///
/// Serialized (with the `serde` feature) as `{"paragraphs", "sentences",
/// "attributions", "reports", "entities", "speakers"}`, each a list of the serde form
/// of its items (the text itself is left out: it is the caller's).
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
    reports: Vec<Report<'t>>,
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
        let (mut engine, quotes, stored) = crate::pipeline::drive(attributor, text, true, true);
        let mut max_end = Vec::with_capacity(quotes.len());
        let mut running = 0;
        for q in &quotes {
            running = running.max(q.end());
            max_end.push(running);
        }
        let (paragraph_spans, sentence_spans) = engine.recorded();
        let entities = engine.entities();
        let reports = engine.take_built_reports(text);
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
            reports,
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

    /// Every attribution, quoted or reported, in document order; see
    /// [`crate::reports`].
    ///
    /// ```
    /// let doc = whosaid::Document::new("Officials said the talks would resume in May.");
    /// let r = &doc.reports()[0];
    /// assert_eq!(r.speaker().map(|s| s.text()), Some("Officials"));
    /// assert_eq!(r.content_text().next(), Some("the talks would resume in May"));
    /// ```
    #[must_use]
    pub fn reports(&self) -> &[Report<'t>] {
        &self.reports
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

/// One speaker of a document with the quotations attributed to them: a
/// person or organisation the document names (one entity, however it is
/// referred to: "Sergey Lavrov", "Lavrov", "he"), or a speaker described
/// without a name ("a Downing Street spokesman"), grouped by the
/// description's words.
///
/// Serialized (with the `serde` feature) as `{"name", "kind", "role",
/// "entity", "quotes"}`, `quotes` being indices into
/// [`Document::attributions`].
#[derive(Debug, Clone, PartialEq)]
pub struct QuotedSpeaker {
    name: String,
    kind: MentionKind,
    role: Option<String>,
    entity: Option<usize>,
    quotes: Vec<usize>,
}

impl QuotedSpeaker {
    /// The fullest form of the name in the document, or the description as
    /// first written ("a Downing Street spokesman").
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of speaker: a person, an organisation, a description, or
    /// a pronoun that names no one the document names.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    /// The first role or title given to the speaker ("Foreign Minister").
    #[must_use]
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }

    /// The speaker's index in [`Document::entities`], when the document
    /// names them.
    #[must_use]
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }

    /// The indices in [`Document::attributions`] of their quotations, in
    /// document order.
    #[must_use]
    pub fn quotes(&self) -> &[usize] {
        &self.quotes
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for QuotedSpeaker {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("name", &self.name)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("role", &self.role)?;
        map.serialize_entry("entity", &self.entity)?;
        map.serialize_entry("quotes", &self.quotes)?;
        map.end()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Document<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("paragraphs", &self.paragraphs)?;
        map.serialize_entry("sentences", &self.sentences)?;
        map.serialize_entry("attributions", &self.attributions)?;
        map.serialize_entry("reports", &self.reports)?;
        map.serialize_entry("entities", &self.entities)?;
        map.serialize_entry("speakers", &self.speakers())?;
        map.end()
    }
}

/// The words of a described speaker that tell it from others: lower case,
/// without a leading article ("A Downing Street spokesman" and "the Downing
/// Street spokesman" are one speaker).
fn description_key(text: &str) -> String {
    let lower = text.to_lowercase();
    let trimmed = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .unwrap_or(&lower);
    trimmed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How a speaker mention is grouped: by entity, or by its kind and words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum SpeakerKey {
    Entity(usize),
    Described(MentionKind, String),
}

impl SpeakerKey {
    fn of(mention: &Mention<'_>) -> SpeakerKey {
        match mention.entity() {
            Some(e) => SpeakerKey::Entity(e),
            None => SpeakerKey::Described(mention.kind(), description_key(mention.text())),
        }
    }
}

impl Document<'_> {
    /// Who was quoted: each speaker with the quotations attributed to
    /// them, the most quoted first (ties in order of first quotation).
    /// Quotations without a speaker are left out; one nested in another's
    /// words counts for its own speaker (filter on [`crate::Quote::depth`]
    /// to count only those quoted first-hand).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "\u{201c}We agree,\u{201d} Foreign Minister Sergey Lavrov said. \
    ///             \u{201c}Good,\u{201d} a Kremlin spokesman added. \
    ///             \u{201c}And we will act,\u{201d} Lavrov said. \u{201c}Soon,\u{201d} he added.";
    /// let doc = whosaid::Document::new(text);
    /// let speakers = doc.speakers();
    /// assert_eq!(speakers.len(), 2);
    /// assert_eq!(speakers[0].name(), "Sergey Lavrov");
    /// assert_eq!(speakers[0].role(), Some("Foreign Minister"));
    /// assert_eq!(speakers[0].quotes(), [0, 2, 3]);
    /// assert_eq!((speakers[1].name(), speakers[1].quotes().len()), ("a Kremlin spokesman", 1));
    /// ```
    #[must_use]
    pub fn speakers(&self) -> Vec<QuotedSpeaker> {
        let mut groups: Vec<QuotedSpeaker> = Vec::new();
        let mut index: std::collections::HashMap<SpeakerKey, usize> =
            std::collections::HashMap::new();
        for (i, a) in self.attributions.iter().enumerate() {
            let Some(mention) = a.speaker() else { continue };
            let key = SpeakerKey::of(mention);
            let entity = mention.entity().and_then(|e| self.entities.get(e));
            let g = *index.entry(key).or_insert_with(|| {
                groups.push(QuotedSpeaker {
                    name: entity.map_or_else(|| mention.text().to_owned(), |e| e.name().to_owned()),
                    kind: entity.map_or(mention.kind(), Entity::kind),
                    role: None,
                    entity: mention.entity(),
                    quotes: Vec::new(),
                });
                groups.len() - 1
            });
            let group = &mut groups[g];
            if group.role.is_none() {
                group.role = mention
                    .role()
                    .or_else(|| entity.and_then(Entity::role))
                    .map(str::to_owned);
            }
            group.quotes.push(i);
        }
        // most quoted first; a stable sort keeps first appearance for ties
        groups.sort_by_key(|g| std::cmp::Reverse(g.quotes.len()));
        groups
    }
}
