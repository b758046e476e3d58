//! Second stage: quotations.
//!
//! [`quotes`] finds every quoted span of a text: its marks, its content,
//! its nesting, the paragraphs a long quotation runs over, and whether it
//! is speech, a fragment of speech, or a term.

mod kind;
mod marks;
mod pair;

use crate::Span;
use crate::segment::{LineBreaks, Segmenter};
use std::borrow::Cow;

pub use crate::marks::QuoteStyle;
pub(crate) use kind::{is_title_small_word, short_name, title_case};
pub(crate) use marks::tag_at;
pub(crate) use pair::{MAX_CHAIN, QuotePairer, QuoteScanner};

/// What a quotation holds.
///
/// Every kind is reported; filter on it to keep, say, only speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A sentence or more of speech: it opens its sentence or follows a
    /// colon, comma, dash or reporting verb (`Lavrov said: "…"`).
    Direct,
    /// A fragment of speech inside the author's sentence (`denounced the
    /// "unlawful sanctions"`).
    Partial,
    /// A name, title, nickname or scare-quoted term, when the text shows
    /// it: after "so-called", "dubbed", "titled" and the like, or a short
    /// span in title case (`on "Fox News Sunday"`).
    Term,
}

/// A quoted span of text.
///
/// # Examples
///
/// ```
/// use whosaid::QuoteKind;
///
/// let text = "Lavrov denounced the \u{201c}unlawful sanctions\u{201d} again.";
/// let quote = whosaid::quotes(text).next().expect("one quotation");
/// assert_eq!(&text[quote.span()], "\u{201c}unlawful sanctions\u{201d}");
/// assert_eq!(quote.content(), "unlawful sanctions");
/// assert_eq!(quote.kind(), QuoteKind::Partial);
/// assert!(quote.is_closed());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Quote<'t> {
    pub(crate) span: Span,
    pub(crate) content: Span,
    pub(crate) open_mark: Span,
    pub(crate) close_mark: Option<Span>,
    pub(crate) style: QuoteStyle,
    pub(crate) kind: QuoteKind,
    pub(crate) depth: usize,
    pub(crate) parent: Option<usize>,
    /// Paragraph segments of a multi-paragraph quotation; empty for one
    /// paragraph.
    pub(crate) segments: Vec<Span>,
    pub(crate) text: Cow<'t, str>,
}

impl Quote<'_> {
    /// The quotation with its marks: from the opening mark to the closing
    /// one (to the end of its last paragraph when unclosed). For a
    /// multi-paragraph quotation, from the first opening mark to the last
    /// closing mark.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// Byte offset of the opening mark.
    #[must_use]
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// Byte offset one past the closing mark.
    #[must_use]
    pub fn end(&self) -> usize {
        self.span.end
    }

    /// The span inside the marks.
    #[must_use]
    pub fn content_span(&self) -> Span {
        self.content
    }

    /// The text inside the marks, exactly as in the input (a
    /// multi-paragraph quotation includes the paragraph breaks and the
    /// continuation marks between its segments).
    #[must_use]
    pub fn content(&self) -> &str {
        &self.text
    }

    /// The opening mark's span.
    #[must_use]
    pub fn open_mark(&self) -> Span {
        self.open_mark
    }

    /// The closing mark's span, or `None` when unclosed.
    #[must_use]
    pub fn close_mark(&self) -> Option<Span> {
        self.close_mark
    }

    /// The mark convention.
    #[must_use]
    pub fn style(&self) -> QuoteStyle {
        self.style
    }

    /// Speech, a fragment, or a term.
    #[must_use]
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// Whether the closing mark was found. An unclosed quotation ends with
    /// its paragraph (with the last paragraph of a multi-paragraph
    /// quotation).
    #[must_use]
    pub fn is_closed(&self) -> bool {
        self.close_mark.is_some()
    }

    /// Nesting depth: 0 for a top-level quotation, 1 for one inside it, …
    #[must_use]
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The index of the enclosing quotation, counting every quotation of
    /// the text in document order from 0; `None` at top level.
    #[must_use]
    pub fn parent(&self) -> Option<usize> {
        self.parent
    }

    /// The paragraph segments: one span per paragraph the quotation runs
    /// over, each from its opening mark to the end of that paragraph (to
    /// the closing mark in the last one). A quotation within one paragraph
    /// has one segment, its span.
    #[must_use]
    pub fn segments(&self) -> &[Span] {
        if self.segments.is_empty() {
            std::slice::from_ref(&self.span)
        } else {
            &self.segments
        }
    }

    /// The quotation with every span moved `by` bytes to the right.
    pub(crate) fn shifted(mut self, by: usize) -> Self {
        self.span = self.span.shifted(by);
        self.content = self.content.shifted(by);
        self.open_mark = self.open_mark.shifted(by);
        self.close_mark = self.close_mark.map(|c| c.shifted(by));
        for s in &mut self.segments {
            *s = s.shifted(by);
        }
        self
    }

    /// A copy that owns its text and no longer borrows the input.
    #[must_use]
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            content: self.content,
            open_mark: self.open_mark,
            close_mark: self.close_mark,
            style: self.style,
            kind: self.kind,
            depth: self.depth,
            parent: self.parent,
            segments: self.segments,
        }
    }
}

/// Serialized as `{"start", "end", "content", "content_start",
/// "content_end", "kind", "style", "closed", "depth", "parent",
/// "segments"}`; `segments` only for a multi-paragraph quotation.
#[cfg(feature = "serde")]
impl serde::Serialize for Quote<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        self.serialize_fields(&mut map)?;
        map.end()
    }
}

#[cfg(feature = "serde")]
impl Quote<'_> {
    /// Writes the quotation's fields into a map being serialized, so that
    /// an attribution can add its own after them.
    pub(crate) fn serialize_fields<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        map.serialize_entry("start", &self.span.start)?;
        map.serialize_entry("end", &self.span.end)?;
        map.serialize_entry("content", self.content())?;
        map.serialize_entry("content_start", &self.content.start)?;
        map.serialize_entry("content_end", &self.content.end)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("style", &self.style)?;
        map.serialize_entry("closed", &self.is_closed())?;
        map.serialize_entry("depth", &self.depth)?;
        map.serialize_entry("parent", &self.parent)?;
        if !self.segments.is_empty() {
            map.serialize_entry("segments", &self.segments)?;
        }
        Ok(())
    }
}

/// The quotations of `text`, in document order (by opening mark; an
/// enclosing quotation comes before those inside it).
///
/// Marks of every convention are paired: straight and curly, double and
/// single, guillemets either way round, „low-high“, corner brackets, and
/// the ``` ``…'' ``` and `''…''` conventions of wire copy. A straight mark
/// takes its direction from the characters around it. Apostrophes are not
/// quotation marks: contractions, possessives ("voters' opinions"),
/// elisions ('90s, rock 'n' roll).
///
/// A quotation stays within its paragraph, except in the news convention
/// for long quotations: when a paragraph ends inside a quotation and the
/// next paragraph opens with a quotation mark, the quotation runs on. An
/// unclosed quotation ends at the end of its paragraph and is reported
/// with [`Quote::is_closed`] false; a stray closing mark is ignored.
///
/// # Examples
///
/// ```
/// let text = "\u{201c}We won,\u{201d} she said. \u{201c}They said \u{2018}no\u{2019} to the voters\u{2019} plan.\u{201d}";
/// let quotes: Vec<_> = whosaid::quotes(text).collect();
/// assert_eq!(quotes.len(), 3);
/// assert_eq!(quotes[0].content(), "We won,");
/// assert_eq!(quotes[1].depth(), 0);
/// assert_eq!(quotes[2].content(), "no");
/// assert_eq!(quotes[2].depth(), 1);
/// assert_eq!(quotes[2].parent(), Some(1));
/// ```
#[must_use]
pub fn quotes(text: &str) -> Quotes<'_> {
    Quotes::new(text, Segmenter::shared().line_breaks())
}

/// Iterator over the quotations of a text; see [`quotes`].
#[derive(Debug, Clone)]
pub struct Quotes<'t> {
    inner: QuoteScanner<'t>,
}

impl<'t> Quotes<'t> {
    /// The quotations of `text`, with paragraphs as `line_breaks` reads
    /// them.
    pub(crate) fn new(text: &'t str, line_breaks: LineBreaks) -> Self {
        Quotes {
            inner: QuoteScanner::new(text, line_breaks),
        }
    }
}

impl<'t> Iterator for Quotes<'t> {
    type Item = Quote<'t>;

    fn next(&mut self) -> Option<Quote<'t>> {
        self.inner.next()
    }
}

impl std::iter::FusedIterator for Quotes<'_> {}
