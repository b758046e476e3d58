//! Third stage: who said each quotation.
//!
//! Rules over the text outside quotations find the speaker of each
//! quotation, the reporting verb (cue), the outlet it was relayed through
//! ("according to RIA Novosti") and the person addressed ("told Lavrov"),
//! and link speakers to document-level entities so that "Lavrov", "Mr.
//! Lavrov" and "he" all carry the name "Sergey Lavrov".

mod classes;
mod engine;

pub(crate) use engine::{Engine, Stored};
mod entities;
mod mentions;
mod rules;
mod tokens;

use crate::Span;
use crate::error::Error;
use crate::lexicon::WordList;
use crate::quote::{Quote, QuoteKind};
use crate::segment::{ParagraphScanner, Segmenter};
use entities::{Gender, Registry};
use mentions::{Np, NpKind, Reader};
use rules::{Found, Frame};
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::Arc;
use tokens::{Token, tokenize};

/// What kind of phrase names a speaker, source or addressee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum MentionKind {
    /// A person's name, with any title ("Foreign Minister Sergey Lavrov").
    Person,
    /// An organisation or outlet ("the Kremlin", "RIA Novosti").
    Organization,
    /// A pronoun ("he", "they"), or a relative pronoun ("Stevie Wonder,
    /// who joked") whose name is that of the phrase before it.
    Pronoun,
    /// A description without a name ("a senior official", "sources").
    Description,
}

impl From<NpKind> for MentionKind {
    fn from(kind: NpKind) -> Self {
        match kind {
            NpKind::Person => MentionKind::Person,
            NpKind::Organization => MentionKind::Organization,
            NpKind::Pronoun => MentionKind::Pronoun,
            NpKind::Description => MentionKind::Description,
        }
    }
}

/// The rule that attributed a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rule {
    /// `"Q," X said.`
    TrailingSpeakerCue,
    /// `"Q," said X.`
    TrailingCueSpeaker,
    /// `X said: "Q"`
    ColonIntro,
    /// `X said "Q"` or `X said, "Q"`
    LeadingCue,
    /// `"Q1," X said, "Q2."`: the second part of a split quotation.
    SplitQuote,
    /// `X, the minister, said "Q"` or `X, who …, said "Q"`: the speaker
    /// across an appositive or relative clause.
    Appositive,
    /// `X told Y that … "Q"`
    ToldThat,
    /// `X said the plan was "a disaster"`: a quotation inside reported
    /// speech, the reporting verb earlier (or later) in the sentence.
    ReportedSpeech,
    /// `"Q," according to X`
    TrailingAccordingTo,
    /// `According to X, … "Q"`
    LeadingAccordingTo,
    /// `"Q" — X`
    Dash,
    /// `X has gone after Y as a "Q"`: no reporting verb, so the subject of
    /// the sentence (a person known as one, an organisation or a
    /// description; not a pronoun), as a weak guess for a partial quotation
    /// or a term (confidence 0.4 or less).
    SentenceSubject,
    /// `X: 'Q'` in a headline.
    Headline,
    /// A quotation with no attribution of its own that continues the
    /// previous quotation's speaker (in its paragraph, or a paragraph that
    /// opens with the quotation).
    Continuation,
}

/// Text borrowed from the input or shared with the entity table (names are
/// the same string for every mention of an entity).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Text<'t> {
    Borrowed(&'t str),
    Shared(Arc<str>),
}

impl Text<'_> {
    fn into_owned(self) -> Text<'static> {
        match self {
            Text::Borrowed(s) => Text::Shared(s.into()),
            Text::Shared(s) => Text::Shared(s),
        }
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Borrowed(s) => s,
            Text::Shared(s) => s,
        }
    }
}

/// A phrase that names a speaker, source or addressee.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention<'t> {
    span: Span,
    text: Cow<'t, str>,
    name: Option<Text<'t>>,
    kind: MentionKind,
    role: Option<Text<'t>>,
    entity: Option<usize>,
}

impl Mention<'_> {
    /// The mention as written ("He", "Russian Foreign Minister Sergey
    /// Lavrov", "a senior official").
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its byte span.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The canonical name of the entity it refers to: the fullest form of
    /// the name in the document ("Lavrov" → "Sergey Lavrov"; a pronoun →
    /// the person it refers to). `None` when the mention names no one the
    /// document names (an unresolved pronoun, "sources").
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// What kind of phrase it is.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    /// The role or title given with the name, or the entity's role
    /// elsewhere in the document ("Foreign Minister").
    #[must_use]
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }

    /// The index of its entity in [`crate::Document::entities`].
    #[must_use]
    pub fn entity(&self) -> Option<usize> {
        self.entity
    }

    fn into_owned(self) -> Mention<'static> {
        Mention {
            span: self.span,
            text: Cow::Owned(self.text.into_owned()),
            name: self.name.map(Text::into_owned),
            kind: self.kind,
            role: self.role.map(Text::into_owned),
            entity: self.entity,
        }
    }
}

/// Serialized as `{"text", "start", "end", "name", "kind", "role"}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Mention<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("text", self.text())?;
        map.serialize_entry("start", &self.span.start)?;
        map.serialize_entry("end", &self.span.end)?;
        map.serialize_entry("name", &self.name())?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("role", &self.role())?;
        map.end()
    }
}

/// The reporting verb or phrase of an attribution ("said", "according
/// to", a colon, a dash).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cue<'t> {
    text: Cow<'t, str>,
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
}

impl Cue<'_> {
    /// The cue as written.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its byte span.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
}

/// A quotation with its speaker, if the rules found one.
///
/// # Examples
///
/// ```
/// use whosaid::{MentionKind, Rule};
///
/// let text = "Sergey Lavrov met Wang Yi. \u{201c}We agree,\u{201d} he said.";
/// let a = whosaid::attribute(text).next().expect("one quotation");
/// let speaker = a.speaker().expect("attributed");
/// assert_eq!(speaker.text(), "he");
/// assert_eq!(speaker.kind(), MentionKind::Pronoun);
/// assert_eq!(speaker.name(), Some("Sergey Lavrov"));
/// assert_eq!(a.cue().map(|c| c.text()), Some("said"));
/// assert_eq!(a.rule(), Some(Rule::TrailingSpeakerCue));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution<'t> {
    quote: Quote<'t>,
    speaker: Option<Mention<'t>>,
    cue: Option<Cue<'t>>,
    source: Option<Mention<'t>>,
    addressee: Option<Mention<'t>>,
    confidence: f32,
    rule: Option<Rule>,
}

impl<'t> Attribution<'t> {
    /// The quotation.
    #[must_use]
    pub fn quote(&self) -> &Quote<'t> {
        &self.quote
    }

    /// Who said it; `None` when no rule applies.
    #[must_use]
    pub fn speaker(&self) -> Option<&Mention<'t>> {
        self.speaker.as_ref()
    }

    /// The reporting verb or phrase.
    #[must_use]
    pub fn cue(&self) -> Option<&Cue<'t>> {
        self.cue.as_ref()
    }

    /// The outlet or person the quotation was relayed through ("according
    /// to RIA Novosti, Wang Yi told …").
    #[must_use]
    pub fn source(&self) -> Option<&Mention<'t>> {
        self.source.as_ref()
    }

    /// Whom the speaker addressed ("told Lavrov that …").
    #[must_use]
    pub fn addressee(&self) -> Option<&Mention<'t>> {
        self.addressee.as_ref()
    }

    /// How sure the rule is, in `[0, 1]`; 0 when unattributed. A term
    /// ([`QuoteKind::Term`]: a title, a name, a so-called word) goes to the
    /// speaker of its sentence at a lower confidence than speech would, as
    /// the speaker's choice of words rather than their words: filter on
    /// the confidence or the kind to leave terms out.
    ///
    /// [`QuoteKind::Term`]: crate::QuoteKind::Term
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The rule that found the speaker.
    #[must_use]
    pub fn rule(&self) -> Option<Rule> {
        self.rule
    }

    /// A copy that owns its text and no longer borrows the input.
    #[must_use]
    pub fn into_owned(self) -> Attribution<'static> {
        Attribution {
            quote: self.quote.into_owned(),
            speaker: self.speaker.map(Mention::into_owned),
            cue: self.cue.map(|c| Cue {
                text: Cow::Owned(c.text.into_owned()),
                span: c.span,
            }),
            source: self.source.map(Mention::into_owned),
            addressee: self.addressee.map(Mention::into_owned),
            confidence: self.confidence,
            rule: self.rule,
        }
    }
}

/// Serialized as the quotation's fields followed by `"speaker"`, `"cue"`,
/// `"source"`, `"addressee"` (each `null` or an object), `"confidence"`
/// and `"rule"`.
#[cfg(feature = "serde")]
impl serde::Serialize for Attribution<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        self.quote.serialize_fields(&mut map)?;
        map.serialize_entry("speaker", &self.speaker)?;
        map.serialize_entry("cue", &self.cue)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("addressee", &self.addressee)?;
        map.serialize_entry("confidence", &self.confidence)?;
        map.serialize_entry("rule", &self.rule)?;
        map.end()
    }
}

/// A person or organisation that the document's speakers refer to.
///
/// Serialized (with the `serde` feature) as `{"name", "kind", "role"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entity {
    name: Arc<str>,
    kind: MentionKind,
    role: Option<Arc<str>>,
}

#[cfg(feature = "serde")]
impl serde::Serialize for Entity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("name", self.name())?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("role", &self.role())?;
        map.end()
    }
}

impl Entity {
    /// The fullest form of its name in the document.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A person or an organisation.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.kind
    }

    /// The first role or title given with its name.
    #[must_use]
    pub fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
}

/// Options for attribution; see [`Attributor::builder`].
///
/// # Examples
///
/// ```
/// let attributor = whosaid::Attributor::builder().cue("opined").build()?;
/// let text = "\u{201c}Nonsense,\u{201d} Lavrov opined.";
/// let a = attributor.attribute(text).next().expect("one quotation");
/// assert_eq!(a.speaker().map(|s| s.text()), Some("Lavrov"));
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Attributor {
    segmenter: Segmenter,
    cues: WordList,
    continuation: bool,
}

/// Builder for an [`Attributor`].
#[derive(Debug, Clone)]
pub struct AttributorBuilder {
    segmenter: Segmenter,
    cues: Vec<String>,
    continuation: bool,
}

impl Default for AttributorBuilder {
    fn default() -> Self {
        AttributorBuilder {
            segmenter: Segmenter::default(),
            cues: Vec::new(),
            continuation: true,
        }
    }
}

impl AttributorBuilder {
    /// Adds a reporting verb form to the built-in list ("opined"). Add each
    /// inflection you want recognised.
    pub fn cue(&mut self, verb: &str) -> &mut Self {
        self.cues.push(verb.to_owned());
        self
    }

    /// The segmenter that splits paragraphs and sentences.
    pub fn segmenter(&mut self, segmenter: Segmenter) -> &mut Self {
        self.segmenter = segmenter;
        self
    }

    /// Whether a quotation with no attribution of its own continues the
    /// previous quotation's speaker ([`Rule::Continuation`]); on by
    /// default.
    pub fn continuation(&mut self, yes: bool) -> &mut Self {
        self.continuation = yes;
        self
    }

    /// Makes the attributor.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCue`] when a cue is empty or holds anything but
    /// letters, apostrophes and hyphens.
    pub fn build(&self) -> Result<Attributor, Error> {
        for c in &self.cues {
            if c.is_empty()
                || !c
                    .chars()
                    .all(|ch| ch.is_alphabetic() || matches!(ch, '\'' | '-' | '\u{2019}'))
            {
                return Err(Error::InvalidCue(c.clone()));
            }
        }
        Ok(Attributor {
            segmenter: self.segmenter.clone(),
            cues: WordList::from_words(self.cues.iter().map(|c| c.to_lowercase())),
            continuation: self.continuation,
        })
    }
}

impl Attributor {
    /// A builder starting from the defaults.
    #[must_use]
    pub fn builder() -> AttributorBuilder {
        AttributorBuilder::default()
    }

    /// The segmenter in use.
    #[must_use]
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
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
        let (engine, quotes, stored) = self.drive(text, false);
        Attributions {
            text,
            quotes: quotes.into_iter(),
            stored: stored.into_iter(),
            registry: engine.into_registry(),
        }
    }

    /// Runs the pipeline over the whole of `text`: the engine (with its
    /// entities, and the paragraphs and sentences when `record`), every
    /// quotation, and each one's outcome.
    pub(crate) fn drive<'t>(
        &self,
        text: &'t str,
        record: bool,
    ) -> (
        engine::Engine<'_>,
        Vec<Quote<'t>>,
        Vec<Option<engine::Stored>>,
    ) {
        let mut engine = engine::Engine::new(self, record);
        let mut quotes = Vec::new();
        let mut stored: Vec<Option<engine::Stored>> = Vec::new();
        let mut results = Vec::new();
        let mut keep = |results: &mut Vec<(usize, engine::Stored)>, count: usize| {
            stored.resize(count, None);
            for (i, r) in results.drain(..) {
                stored[i] = Some(r);
            }
        };
        for p in ParagraphScanner::new(text, self.segmenter.line_breaks()) {
            engine.paragraph(text, 0, p, &mut quotes, &mut results);
            keep(&mut results, quotes.len());
        }
        engine.finish(text, 0, &mut quotes, &mut results);
        keep(&mut results, quotes.len());
        (engine, quotes, stored)
    }
}

static DEFAULT: once_cell::sync::Lazy<Attributor> = once_cell::sync::Lazy::new(|| {
    Attributor::builder()
        .build()
        .expect("the default options are valid")
});

impl Attributor {
    /// The attributor with the default options, shared.
    pub(crate) fn shared() -> &'static Attributor {
        &DEFAULT
    }
}

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
    stored: std::vec::IntoIter<Option<engine::Stored>>,
    registry: entities::Registry,
}

impl<'t> Iterator for Attributions<'t> {
    type Item = Attribution<'t>;

    fn next(&mut self) -> Option<Attribution<'t>> {
        let quote = self.quotes.next()?;
        let stored = self.stored.next().flatten();
        Some(engine::build(
            &self.registry,
            self.text,
            0,
            quote,
            stored.as_ref(),
        ))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.quotes.size_hint()
    }
}

impl ExactSizeIterator for Attributions<'_> {}
impl std::iter::FusedIterator for Attributions<'_> {}

/// The frames of a paragraph's tokens: its sentences, except that a
/// sentence end inside a quotation (`quotes`, sorted) does not end a frame.
/// Sentences and quotations are both in order, so one merge finds them.
/// The factor on the confidence of an attribution to a term (a title, a
/// name or a so-called word) rather than speech.
const TERM_CONFIDENCE: f32 = 0.6;

fn frames_of(
    toks: &[Token],
    sentences: &[Span],
    quotes: &[(usize, Span)],
    frames: &mut Vec<(usize, usize)>,
) {
    frames.clear();
    let mut start = 0;
    let mut t = 0;
    let mut q = 0;
    for s in sentences.iter().take(sentences.len().saturating_sub(1)) {
        let e = s.end;
        while q < quotes.len() && quotes[q].1.end <= e {
            q += 1;
        }
        // top-level quotations do not overlap: only the first one ending
        // after `e` can hold it
        if quotes.get(q).is_some_and(|(_, span)| span.start < e) {
            continue;
        }
        while t < toks.len() && toks[t].span.start < e {
            t += 1;
        }
        if t > start {
            frames.push((start, t));
            start = t;
        }
    }
    if start < toks.len() {
        frames.push((start, toks.len()));
    }
}

/// A mention found by the rules, before names are final.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Draft {
    span: Span,
    kind: NpKind,
    role: Option<Span>,
    entity: Option<usize>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Outcome {
    speaker: Draft,
    /// The speaker mention nearest the quotation, as written, where the
    /// speaker is a fuller mention of the same person elsewhere in the
    /// sentence.
    nearest: Draft,
    cue: Option<Span>,
    source: Option<Draft>,
    addressee: Option<Draft>,
    rule: Rule,
    confidence: f32,
}

/// A recent mention that a pronoun may refer to.
#[derive(Debug, Clone, Copy)]
struct Salient {
    pos: usize,
    entity: usize,
}

/// State carried through one document, paragraph by paragraph. It holds
/// no text: each paragraph comes with the string it lies in and that
/// string's offset (`base`) in the whole text, so that the same pass serves
/// a whole document and a stream. Spans it keeps are whole-text offsets.
#[derive(Debug)]
pub(crate) struct Pass<'a> {
    cfg: &'a Attributor,
    /// Offset of the current string in the whole text.
    base: usize,
    pub(crate) registry: Registry,
    salient: Vec<Salient>,
    tokens: Vec<Token>,
    /// Word classes of the paragraph's tokens, looked up lazily.
    classes: Vec<Cell<u32>>,
    /// Buffers kept between paragraphs: quotation spans and frames.
    spans: Vec<(usize, Span)>,
    frames: Vec<(usize, usize)>,
    /// The last attribution of the previous paragraph, or its closing
    /// "X said:".
    previous: Option<Outcome>,
}

impl<'a> Pass<'a> {
    pub(crate) fn new(cfg: &'a Attributor) -> Self {
        Pass {
            cfg,
            base: 0,
            registry: Registry::default(),
            salient: Vec::new(),
            tokens: Vec::new(),
            classes: Vec::new(),
            spans: Vec::new(),
            frames: Vec::new(),
            previous: None,
        }
    }

    /// Attributes the quotations of paragraph `p` of `text` (whose first
    /// byte is at `base` in the whole text): `here` lists the top-level
    /// quotations overlapping it (index, span in `text`, kind), and `out`
    /// receives (index, outcome) for those attributed.
    pub(crate) fn paragraph(
        &mut self,
        text: &str,
        base: usize,
        p: Span,
        sentences: &[Span],
        here: &[(usize, Span, QuoteKind)],
        out: &mut Vec<(usize, Outcome)>,
    ) {
        self.base = base;
        let mut spans = std::mem::take(&mut self.spans);
        spans.clear();
        spans.extend(here.iter().enumerate().map(|(k, &(_, s, _))| (k, s)));
        let mut toks = std::mem::take(&mut self.tokens);
        tokenize(text, p, &spans, &mut toks);
        let mut cells = std::mem::take(&mut self.classes);
        cells.clear();
        cells.resize(toks.len(), Cell::new(mentions::UNSET));
        let mut frames = std::mem::take(&mut self.frames);
        frames_of(&toks, sentences, &spans, &mut frames);
        let mut last_in_paragraph: Option<Outcome> = None;
        let mut colon_intro: Option<Outcome> = None;
        let first_token_is_quote = toks.first().is_some_and(|t| t.quote().is_some());
        for &(lo, hi) in &frames {
            let words = (lo..hi).filter(|&i| toks[i].is_word()).count();
            let mut frame = Frame {
                r: Reader {
                    text,
                    toks: &toks,
                    classes: &cells,
                },
                extra_cues: &self.cfg.cues,
                lo,
                hi,
                headline: false,
                subject: None,
                according: None,
            };
            frame.headline = frame.is_headline();
            frame.subject = frame.find_subject();
            frame.according = frame.find_according();
            self.note_subject(&frame);
            let mut prior: Option<(usize, Found)> = None;
            let mut attributed = false;
            for (q, tok) in toks.iter().enumerate().take(hi).skip(lo) {
                let Some(k) = tok.quote() else {
                    continue;
                };
                let (index, _, kind) = here[k];
                let found = Self::find(&frame, q, prior.as_ref(), kind).filter(|f| {
                    f.rule != Rule::SentenceSubject
                        || f.speaker.kind != NpKind::Person
                        || self.known_person(&frame, &f.speaker)
                });
                let result = match found {
                    Some(mut f) => {
                        let nearest = f.speaker;
                        self.prefer_named(&frame, &mut f);
                        if kind == QuoteKind::Term {
                            // a title or a so-called word in someone's
                            // sentence is their choice of words, not their
                            // speech: a weaker claim
                            f.confidence *= TERM_CONFIDENCE;
                        }
                        prior = Some((q, f));
                        let mut r = self.resolve(&frame, &f);
                        if nearest.first != f.speaker.first {
                            r.nearest = self.mention(&frame, nearest);
                        }
                        Some(r)
                    }
                    None if self.cfg.continuation => {
                        let alone = words == 0;
                        let opens_paragraph = q == 0 && first_token_is_quote;
                        (alone && kind == QuoteKind::Direct)
                            .then(|| self.continuation(last_in_paragraph.as_ref(), opens_paragraph))
                            .flatten()
                    }
                    None => None,
                };
                if let Some(r) = result {
                    if let Some(e) = r.speaker.entity {
                        self.remember(Salient {
                            pos: r.speaker.span.start,
                            entity: e,
                        });
                        self.registry.touch(e);
                    }
                    last_in_paragraph = Some(r);
                    attributed = true;
                    out.push((index, r));
                }
            }
            colon_intro = frame.colon_intro_at_end().map(|f| self.resolve(&frame, &f));
            // A sentence without attributed quotations that reports a named
            // speaker ("…, Schiff said.", "X called him a master at …")
            // introduces the quotation standing alone after it.
            if !attributed {
                if let Some(r) = self.reporter(&frame) {
                    last_in_paragraph = Some(r);
                }
            }
        }
        self.previous = colon_intro.or(last_in_paragraph);
        self.tokens = toks;
        self.classes = cells;
        self.spans = spans;
        self.frames = frames;
    }

    /// The named speaker a frame reports, closing it ("…, Schiff said.") or
    /// as the subject of its reporting verb, as a weak outcome for a
    /// quotation that may follow.
    fn reporter(&mut self, frame: &Frame<'_>) -> Option<Outcome> {
        let named = |np: &Np| matches!(np.kind, NpKind::Person | NpKind::Organization);
        // "…, Schiff said." closing the sentence: a comma stands before the
        // speaker, so a frame without one has no such close
        let has_comma = (frame.lo..frame.hi).any(|i| frame.r.toks[i].is_punct(','));
        let closing = (frame.lo..frame.hi)
            .rev()
            .take(if has_comma { 6 } else { 0 })
            .filter(|&c| frame.is_cue(c))
            .find_map(|c| {
                let np = frame.r.subject_before(frame.lo, c).filter(|np| {
                    named(np) && np.first > frame.lo && frame.r.toks[np.first - 1].is_punct(',')
                })?;
                Some((np, c))
            });
        let (subject, cue) = if let Some(found) = closing {
            found
        } else {
            // the subject of the sentence's reporting verb
            let subject = frame.subject.filter(named)?;
            let cue = (subject.last + 1..frame.hi.min(subject.last + 8)).find(|&c| {
                frame.is_cue(c)
                    && frame
                        .r
                        .subject_before(frame.lo, c)
                        .is_some_and(|np| np.first == subject.first)
            })?;
            (subject, cue)
        };
        let found = Found {
            speaker: subject,
            cue: Some(cue),
            cue_last: None,
            source: None,
            addressee: None,
            rule: Rule::Continuation,
            confidence: 0.5,
            attribution_end: cue + 1,
        };
        Some(self.resolve(frame, &found))
    }

    /// A quotation standing alone continues the last speaker of its
    /// paragraph, or, when it opens the paragraph, the last speaker (or
    /// closing "X said:") of the paragraph before. The mention nearest the
    /// previous quotation carries on: in `"…," she said. "…"` the second is
    /// hers as written.
    fn continuation(
        &self,
        in_paragraph: Option<&Outcome>,
        opens_paragraph: bool,
    ) -> Option<Outcome> {
        if let Some(r) = in_paragraph {
            return Some(Outcome {
                rule: Rule::Continuation,
                confidence: 0.75,
                speaker: r.nearest,
                ..*r
            });
        }
        if !opens_paragraph {
            return None;
        }
        self.previous.map(|r| {
            let colon = r.rule == Rule::ColonIntro;
            Outcome {
                rule: if colon {
                    Rule::ColonIntro
                } else {
                    Rule::Continuation
                },
                confidence: if colon { 0.85 } else { 0.6 },
                speaker: r.nearest,
                ..r
            }
        })
    }

    /// The rules, most specific first.
    fn find(
        frame: &Frame<'_>,
        q: usize,
        prior: Option<&(usize, Found)>,
        kind: QuoteKind,
    ) -> Option<Found> {
        let mut found = frame.trailing(q);
        if found.is_none() {
            if let Some((_, f)) = prior {
                let between = f.attribution_end..q;
                if between.clone().all(|i| {
                    let t = &frame.r.toks[i];
                    t.is_punct(',') || t.is_punct(':') || t.is_dash()
                }) && !between.is_empty()
                {
                    found = Some(Found {
                        rule: Rule::SplitQuote,
                        confidence: 0.9,
                        attribution_end: q + 1,
                        ..*f
                    });
                }
            }
        }
        let found = found
            .or_else(|| frame.headline(q).filter(|_| frame.lo == 0))
            .or_else(|| frame.leading(q))
            .or_else(|| frame.later(q))
            .or_else(|| frame.colon_subject(q))
            .or_else(|| {
                frame
                    .subject_fallback(q)
                    .filter(|_| matches!(kind, QuoteKind::Partial | QuoteKind::Term))
            });
        // a subject guessed without a reporting verb does not speak: an
        // "according to" phrase names the speaker instead
        let found = found.filter(|f| f.rule != Rule::SentenceSubject || frame.according.is_none());
        match (found, frame.according) {
            (Some(mut f), Some((at, np)))
                if f.rule != Rule::TrailingAccordingTo && at != f.cue.unwrap_or(usize::MAX) =>
            {
                // someone else speaks: the "according to" phrase relayed it
                if np.first != f.speaker.first {
                    f.source = Some(np);
                }
                Some(f)
            }
            (None, Some((at, np))) => {
                let rule = if at < q {
                    Rule::LeadingAccordingTo
                } else {
                    Rule::TrailingAccordingTo
                };
                Some(Found {
                    speaker: np,
                    cue: Some(at),
                    cue_last: Some(at + 1),
                    source: None,
                    addressee: None,
                    rule,
                    confidence: 0.8,
                    attribution_end: np.last + 1,
                })
            }
            (f, _) => f,
        }
    }

    /// Turns token positions into spans and links mentions to entities.
    fn resolve(&mut self, frame: &Frame<'_>, f: &Found) -> Outcome {
        let toks = frame.r.toks;
        let cue = f.cue.map(|c| {
            let last = f.cue_last.unwrap_or(c);
            Span::new(toks[c].span.start, toks[last].span.end).shifted(self.base)
        });
        let speaker = self.mention(frame, f.speaker);
        // a name that speaks is a person's (or an organisation's)
        if let (NpKind::Person, Some(e)) = (speaker.kind, speaker.entity) {
            self.registry.entities[e].person = true;
        }
        Outcome {
            speaker,
            nearest: speaker,
            cue,
            source: f.source.map(|np| self.mention(frame, np)),
            addressee: f.addressee.map(|np| self.mention(frame, np)),
            rule: f.rule,
            confidence: f.confidence,
        }
    }

    fn span_of(toks: &[Token], first: usize, last: usize) -> Span {
        Span::new(toks[first].span.start, toks[last].span.end)
    }

    fn mention(&mut self, frame: &Frame<'_>, np: Np) -> Draft {
        let toks = frame.r.toks;
        let span = Self::span_of(toks, np.first, np.last);
        let role = np
            .role
            .map(|(a, b)| Self::span_of(toks, a, b).shifted(self.base));
        let entity = match np.kind {
            NpKind::Person | NpKind::Organization => self.link(frame, &np),
            // "Stevie Wonder, who joked": the relative pronoun stands for
            // the phrase before it
            NpKind::Pronoun if frame.r.relative(np.first) => {
                match frame.r.antecedent(frame.lo, np.first) {
                    Some(a) if a.kind != NpKind::Description => self.link(frame, &a),
                    Some(a) => {
                        let text = &frame.r.text[Self::span_of(toks, a.first, a.last)];
                        self.registry.by_role(text)
                    }
                    None => None,
                }
            }
            NpKind::Pronoun => self.resolve_pronoun(frame.r.word(np.first), span.start + self.base),
            NpKind::Description => self.registry.by_role(&frame.r.text[span]),
        };
        Draft {
            span: span.shifted(self.base),
            kind: np.kind,
            role,
            entity,
        }
    }

    fn link(&mut self, frame: &Frame<'_>, np: &Np) -> Option<usize> {
        let toks = frame.r.toks;
        let (a, b) = np.name?;
        let name = Self::span_of(toks, a, b);
        let role = np.role.map(|(x, y)| Self::span_of(toks, x, y));
        let honorific = (np.first..a)
            .find(|&i| frame.r.is(i, classes::HONORIFIC))
            .map(|i| frame.r.word(i));
        // a first name tells a gender only before a surname
        let first_name = if b > a { frame.r.class(a) } else { 0 };
        let gender = Gender::guess(honorific, role.map(|r| &frame.r.text[r]), first_name);
        let titled = np.role.is_some() || honorific.is_some();
        self.registry
            .link(frame.r.text, name, np.kind, role, gender, titled)
    }

    /// The entity a pronoun at `pos` refers to: the most recent person
    /// (or, for "it", organisation) that spoke or was the subject of a
    /// sentence, of the pronoun's gender.
    fn resolve_pronoun(&mut self, pronoun: &str, pos: usize) -> Option<usize> {
        let mut buf = [0u8; crate::lexicon::MAX_WORD];
        let (gender, want_person) = match &*crate::lexicon::folded(pronoun, &mut buf) {
            "he" => (Gender::Male, true),
            "she" => (Gender::Female, true),
            "it" => (Gender::Unknown, false),
            _ => return None,
        };
        let found = self
            .salient
            .iter()
            .rev()
            .filter(|s| s.pos < pos)
            .take(24)
            .find(|s| {
                let e = &self.registry.entities[s.entity];
                if want_person {
                    e.kind == NpKind::Person && e.person && e.gender.compatible(gender)
                } else {
                    e.kind == NpKind::Organization
                }
            })
            .map(|s| s.entity)?;
        let e = &mut self.registry.entities[found];
        if e.gender == Gender::Unknown {
            e.gender = gender;
        }
        Some(found)
    }

    /// The earliest offset of the mentions and cue of the outcome a later
    /// paragraph may continue.
    pub(crate) fn previous_start(&self) -> Option<usize> {
        let r = self.previous.as_ref()?;
        [Some(r.speaker), Some(r.nearest), r.source, r.addressee]
            .into_iter()
            .flatten()
            .map(|d| d.span.start)
            .chain(r.cue.map(|c| c.start))
            .min()
    }

    /// Records a candidate for later pronouns. Only the newest few are ever
    /// read ([`Pass::resolve_pronoun`] looks 24 back), so older ones are
    /// dropped now and then: memory does not grow with the text.
    fn remember(&mut self, salient: Salient) {
        if self.salient.len() >= 1024 {
            self.salient.drain(..self.salient.len() - 64);
        }
        self.salient.push(salient);
    }

    /// Links the names of a frame to entities and records the frame's
    /// subject as a candidate for later pronouns.
    fn note_subject(&mut self, frame: &Frame<'_>) {
        // In a title-case headline every word is capitalised: runs of
        // capitals are not names there.
        if frame.headline {
            return;
        }
        let r = &frame.r;
        let mut i = frame.lo;
        while i < frame.hi {
            let t = r.toks[i];
            if !(t.is_word() && t.cap) {
                i += 1;
                continue;
            }
            let Some(np) = r.phrase_starting_at(i, frame.hi) else {
                i += 1;
                continue;
            };
            // Fuller forms of names ("Foreign Minister Sergey Lavrov")
            // make entities for later short mentions; a bare single word
            // ("Moscow") waits until it speaks or is a subject.
            let full = np.role.is_some() || np.name.is_some_and(|(a, b)| b > a);
            if full && matches!(np.kind, NpKind::Person | NpKind::Organization) {
                self.link(frame, &np);
            }
            i = (np.last + 1).max(i + 1);
        }
        let Some(subject) = frame.subject else { return };
        let pos = r.toks[subject.first].span.start + self.base;
        let entity = match subject.kind {
            NpKind::Person | NpKind::Organization => {
                let e = self.link(frame, &subject);
                // the subject of a reporting verb ("Lavrov spoke") is a person
                let mut v = subject.last + 1;
                while v < frame.hi && r.is_modifier(v) {
                    v += 1;
                }
                if let (NpKind::Person, Some(e), true) = (subject.kind, e, frame.is_cue(v)) {
                    self.registry.entities[e].person = true;
                }
                e
            }
            NpKind::Pronoun => self.resolve_pronoun(r.word(subject.first), pos),
            NpKind::Description => None,
        };
        if let Some(entity) = entity {
            self.remember(Salient { pos, entity });
        }
    }

    /// A pronoun speaker gives way to the named subject of its own sentence
    /// ("Lynch said she recalled thinking, "…"" is Lynch's), when the two
    /// can be the same.
    fn prefer_named(&self, frame: &Frame<'_>, f: &mut Found) {
        if f.speaker.kind != NpKind::Pronoun {
            return;
        }
        let Some(subject) = frame.subject else { return };
        let mut buf = [0u8; crate::lexicon::MAX_WORD];
        let pronoun = crate::lexicon::folded(frame.r.word(f.speaker.first), &mut buf);
        let fits = match subject.kind {
            NpKind::Person => matches!(&*pronoun, "he" | "she"),
            NpKind::Organization | NpKind::Description => matches!(&*pronoun, "it" | "they"),
            NpKind::Pronoun => false,
        };
        if !fits || subject.first == f.speaker.first {
            return;
        }
        let pronoun_at = f.speaker.first;
        // "what they call": the pronoun is the subject of the sentence
        let what = pronoun_at > frame.lo && frame.r.word(pronoun_at - 1) == "what";
        // otherwise only the subject of a reporting verb whose clause holds
        // the pronoun: "Lynch said she recalled", not "LaBelle got a roar
        // when she added" nor "Putney said …, but he said"
        let near = subject.last + 1..frame.hi.min(subject.last + 32);
        let reports = near
            .filter(|&c| frame.is_cue(c))
            .find(|&c| {
                frame
                    .r
                    .subject_before(frame.lo, c)
                    .is_some_and(|np| np.first == subject.first)
            })
            .is_some_and(|c| {
                let (a, b) = (c.min(pronoun_at), c.max(pronoun_at));
                b - a <= 64 && !frame.coordinated(a, b)
            });
        if !what && !reports {
            return;
        }
        if subject.kind == NpKind::Person {
            let gender = if pronoun == "he" {
                Gender::Male
            } else {
                Gender::Female
            };
            let known = subject.name.and_then(|(a, b)| {
                let name = &frame.r.text[Self::span_of(frame.r.toks, a, b)];
                self.registry.person_of(name)
            });
            // a known person of the pronoun's gender, not "African-Americans"
            if !known.is_some_and(|(person, g)| person && g.compatible(gender)) {
                return;
            }
        }
        f.speaker = subject;
    }

    /// Whether a name phrase names someone known to be a person: with a
    /// title, a first and last name, a known first name, or who has spoken
    /// ("Contrary to …" and "Pressure is building" name no one).
    fn known_person(&self, frame: &Frame<'_>, np: &Np) -> bool {
        let Some((a, b)) = np.name else {
            return false;
        };
        let name = &frame.r.text[Self::span_of(frame.r.toks, a, b)];
        np.role.is_some()
            || frame.r.is(np.first, classes::HONORIFIC)
            || self
                .registry
                .person_of(name)
                .is_some_and(|(person, _)| person)
    }

    /// The entities so far.
    pub(crate) fn entities(&self) -> Vec<Entity> {
        self.registry
            .entities
            .iter()
            .map(|e| Entity {
                name: e.display.clone(),
                kind: e.kind.into(),
                role: e.role.clone(),
            })
            .collect()
    }
}
