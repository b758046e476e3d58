//! Byte spans into the caller's text.

use std::ops::{Index, Range};

/// A half-open range of UTF-8 byte offsets, `start..end`, into the text that
/// was analysed.
///
/// Every span the crate returns lies on `char` boundaries of the caller's
/// unchanged text, so slicing never panics:
///
/// ```
/// let text = "Caf\u{e9} talks ended. Lavrov left.";
/// let second = whosaid::sentences(text).nth(1).expect("two sentences");
/// assert_eq!(&text[second.span()], "Lavrov left.");
/// assert_eq!(second.span().range(), 19..31); // "é" is two bytes
/// ```
///
/// `Span` is plain data: its fields are public and it is `Copy`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end`.
    ///
    /// A span with `start > end` is never produced by the crate; `len` and
    /// `is_empty` treat it as empty.
    ///
    /// # Examples
    ///
    /// ```
    /// let span = whosaid::Span::new(2, 5);
    /// assert_eq!(&"a quote"[span], "quo");
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The number of bytes covered.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The span as a `Range<usize>`, for slicing or for APIs that take ranges.
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies entirely within this span.
    ///
    /// ```
    /// use whosaid::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 11)));
    /// ```
    #[must_use]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved `by` bytes to the right, as when the text it points
    /// into is appended to a prefix of that length.
    #[must_use]
    pub const fn shifted(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

/// `&text[span]`, exactly like `&text[span.start..span.end]`.
///
/// # Panics
///
/// Like range indexing, when the span is out of bounds or not on `char`
/// boundaries of `text`. Spans the crate returns never are, for the text
/// they were computed on.
impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}
