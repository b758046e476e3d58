//! First stage: paragraphs and sentences.
//!
//! [`sentences`] and [`paragraphs`] split with the default rules;
//! [`Segmenter::builder`] adds abbreviations or changes how line breaks are
//! read. Both return lazy iterators of items that borrow the text and carry
//! their byte [`Span`].

mod paragraph;
mod split;

pub(crate) use split::BANG_NAMES;

use crate::Span;
use crate::error::Error;
use crate::lexicon::WordList;
use once_cell::sync::Lazy;
use std::borrow::Cow;

pub(crate) use paragraph::{End, ParagraphScanner};
pub(crate) use split::ParagraphSplitter;

/// How a single line break (one not followed by a blank line) is read.
///
/// A blank line, or a Unicode paragraph separator (U+2029), always ends a
/// paragraph whatever this says.
///
/// # Examples
///
/// ```
/// use whosaid::{LineBreaks, Segmenter};
///
/// let text = "Markets Rally\nStocks rose on Monday.\nthe rise was broad.";
/// let auto: Vec<_> = whosaid::paragraphs(text).map(|p| p.as_str().to_owned()).collect();
/// assert_eq!(auto, ["Markets Rally", "Stocks rose on Monday.\nthe rise was broad."]);
///
/// let soft = Segmenter::builder().line_breaks(LineBreaks::Soft).build()?;
/// assert_eq!(soft.paragraphs(text).count(), 1);
/// let hard = Segmenter::builder().line_breaks(LineBreaks::Hard).build()?;
/// assert_eq!(hard.paragraphs(text).count(), 3);
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LineBreaks {
    /// News text: a line break ends the paragraph unless the line plainly
    /// continues the sentence, in a paragraph that opened like prose (with
    /// a capital, a digit, a quotation mark or a bracket): the next line
    /// starts with a lower-case letter, or the line ends with a comma or a
    /// lower-case word that never ends a sentence or a headline (an
    /// article, a preposition, a conjunction, a possessive: "The voters
    /// of" / "Kansas know it.", as in text wrapped at a fixed width), an
    /// abbreviated title after a lower-case word ("said Sen." / "Ann
    /// Lee.") or a verb alone after a quotation closing with its comma
    /// (`"We won," said` / `Ann Lee.`), or the paragraph is indented (by 2 to 15 spaces or tabs, with two
    /// spaces at least or a tab, as newswire indents its paragraphs), the line is 40 bytes or more and
    /// the next line is not indented. Lines of lower-case fragments stay
    /// apart, as items of a list. Headlines and datelines without terminal
    /// punctuation are paragraphs of their own.
    #[default]
    Auto,
    /// Every line break ends a paragraph (and so a sentence).
    Hard,
    /// Only blank lines end paragraphs; a single line break is a space, as
    /// in hard-wrapped plain text.
    Soft,
}

/// A configured sentence and paragraph splitter.
///
/// [`Segmenter::default`] applies the rules that [`sentences`] and
/// [`paragraphs`] use; [`Segmenter::builder`] changes them.
///
/// # Examples
///
/// ```
/// use whosaid::Segmenter;
///
/// let seg = Segmenter::builder().abbreviation("Approx.").build()?;
/// let text = "It weighs approx. seven tons. Nobody knows why.";
/// let got: Vec<&str> = seg.sentences(text).map(|s| &text[s.span()]).collect();
/// assert_eq!(got, ["It weighs approx. seven tons.", "Nobody knows why."]);
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Segmenter {
    pub(crate) abbreviations: WordList,
    pub(crate) prefix_abbreviations: WordList,
    pub(crate) line_breaks: LineBreaks,
}

static DEFAULT: Lazy<Segmenter> = Lazy::new(Segmenter::default);

impl Segmenter {
    /// A builder starting from the default rules.
    #[must_use]
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder::default()
    }

    /// The segmenter with the default rules, shared.
    pub(crate) fn shared() -> &'static Segmenter {
        &DEFAULT
    }

    /// Whether `word` (without its period) is one of the abbreviations
    /// added to this segmenter.
    #[inline]
    pub(crate) fn has_own_abbreviation(&self, word: &str) -> bool {
        !(self.abbreviations.is_empty() && self.prefix_abbreviations.is_empty())
            && (self.prefix_abbreviations.contains(word) || self.abbreviations.contains(word))
    }

    /// How this segmenter reads single line breaks.
    #[must_use]
    pub fn line_breaks(&self) -> LineBreaks {
        self.line_breaks
    }

    /// The sentences of `text`, in order.
    ///
    /// See [`sentences`] for the rules.
    #[must_use]
    pub fn sentences<'s, 't>(&'s self, text: &'t str) -> Sentences<'s, 't> {
        Sentences {
            seg: self,
            text,
            paragraphs: ParagraphScanner::new(text, self.line_breaks),
            current: None,
        }
    }

    /// The paragraphs of `text`, in order.
    ///
    /// See [`paragraphs`] for the rules.
    #[must_use]
    pub fn paragraphs<'t>(&self, text: &'t str) -> Paragraphs<'t> {
        Paragraphs {
            text,
            inner: ParagraphScanner::new(text, self.line_breaks),
        }
    }
}

/// Options for a [`Segmenter`].
///
/// Setters take and return `&mut Self`; [`SegmenterBuilder::build`] checks
/// the options and makes the segmenter.
#[derive(Debug, Clone, Default)]
pub struct SegmenterBuilder {
    abbreviations: Vec<String>,
    prefix_abbreviations: Vec<String>,
    line_breaks: LineBreaks,
}

impl SegmenterBuilder {
    /// Adds an abbreviation that may end a sentence, like the built-in
    /// "Inc." or "Jr.": its period ends the sentence only before a word that
    /// commonly opens sentences ("The", "He", "Mr."). The final period is
    /// optional. Written in lower case it matches in any case; with capitals
    /// it matches as written or in full capitals.
    pub fn abbreviation(&mut self, abbreviation: &str) -> &mut Self {
        self.abbreviations.push(abbreviation.to_owned());
        self
    }

    /// Adds an abbreviation that stands before what it qualifies and never
    /// ends a sentence, like the built-in "Mr." or "Gen.".
    ///
    /// ```
    /// let seg = whosaid::Segmenter::builder().prefix_abbreviation("Insp.").build()?;
    /// assert_eq!(seg.sentences("Insp. Lestrade arrived.").count(), 1);
    /// # Ok::<(), whosaid::Error>(())
    /// ```
    pub fn prefix_abbreviation(&mut self, abbreviation: &str) -> &mut Self {
        self.prefix_abbreviations.push(abbreviation.to_owned());
        self
    }

    /// Sets how single line breaks are read; [`LineBreaks::Auto`] by
    /// default.
    pub fn line_breaks(&mut self, line_breaks: LineBreaks) -> &mut Self {
        self.line_breaks = line_breaks;
        self
    }

    /// Makes the segmenter.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidAbbreviation`] when an abbreviation is empty (after
    /// its final period is removed), contains white space, or is longer
    /// than 31 bytes.
    pub fn build(&self) -> Result<Segmenter, Error> {
        Ok(Segmenter {
            abbreviations: word_list(&self.abbreviations)?,
            prefix_abbreviations: word_list(&self.prefix_abbreviations)?,
            line_breaks: self.line_breaks,
        })
    }
}

fn word_list(items: &[String]) -> Result<WordList, Error> {
    let mut words = Vec::with_capacity(items.len());
    for item in items {
        let word = item.strip_suffix('.').unwrap_or(item);
        if word.is_empty() || word.len() > 31 || word.chars().any(crate::chars::is_space) {
            return Err(Error::InvalidAbbreviation(item.clone()));
        }
        words.push(word.to_owned());
    }
    Ok(WordList::from_words(words))
}

macro_rules! text_item {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        pub struct $name<'t> {
            #[cfg_attr(feature = "serde", serde(flatten))]
            span: Span,
            text: Cow<'t, str>,
        }

        impl<'t> $name<'t> {
            pub(crate) fn new(source: &'t str, span: Span) -> Self {
                $name { span, text: Cow::Borrowed(&source[span]) }
            }

            /// Its byte span in the analysed text, without surrounding
            /// white space.
            #[must_use]
            pub fn span(&self) -> Span {
                self.span
            }

            /// Byte offset of its first character.
            #[must_use]
            pub fn start(&self) -> usize {
                self.span.start
            }

            /// Byte offset one past its last character.
            #[must_use]
            pub fn end(&self) -> usize {
                self.span.end
            }

            /// Its text, exactly as in the input.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.text
            }

            /// A copy that owns its text and no longer borrows the input.
            #[must_use]
            pub fn into_owned(self) -> $name<'static> {
                $name { span: self.span, text: Cow::Owned(self.text.into_owned()) }
            }
        }

        impl std::fmt::Display for $name<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.text)
            }
        }
    };
}

text_item!(
    /// A sentence: its span and its text.
    ///
    /// Serialized (with the `serde` feature) as `{"start", "end", "text"}`.
    Sentence
);

text_item!(
    /// A paragraph: a block of text ended by a blank line or by a line
    /// break that does not continue the sentence (see [`LineBreaks`]).
    ///
    /// Serialized (with the `serde` feature) as `{"start", "end", "text"}`.
    Paragraph
);

/// The sentences of `text`, in order, with the default rules.
///
/// Each sentence is trimmed of surrounding white space; between two
/// sentences there is only white space, so every other character of `text`
/// lies in exactly one sentence. A sentence ends at:
///
/// * terminal punctuation (`.` `?` `!` `…` and runs of them) followed by a
///   word that is not in lower case, with any closing quotation marks and
///   brackets kept in the sentence;
/// * the end of a paragraph (see [`LineBreaks`]), which ends headlines and
///   other lines without terminal punctuation;
/// * the next marker of a list ("1." "2.", "a)" "b)", bullets).
///
/// It does not end at abbreviations before names ("Mr." "Gen." "St."),
/// initials ("George W. Bush"), numbers ("$1.5 billion"), addresses
/// ("www.example.com"), a quotation followed by its speaker (`"So what?"
/// said Harry.`), or an ellipsis followed by a lower-case word. Abbreviations
/// that can end a sentence ("Inc." "U.S." "p.m.") end one only before a word
/// that commonly starts sentences ("The", "He", "Mr.").
///
/// # Examples
///
/// ```
/// let text = "Gov. Jerry Brown said: \"So what?\" He left at 5 p.m. The talks resume in the U.S. Senate.";
/// let got: Vec<&str> = whosaid::sentences(text).map(|s| &text[s.span()]).collect();
/// assert_eq!(got, [
///     "Gov. Jerry Brown said: \"So what?\"",
///     "He left at 5 p.m.",
///     "The talks resume in the U.S. Senate.",
/// ]);
/// ```
#[must_use]
pub fn sentences(text: &str) -> Sentences<'static, '_> {
    Segmenter::shared().sentences(text)
}

/// The paragraphs of `text`, in order, with the default rules.
///
/// A blank line always ends a paragraph; a single line break ends one
/// unless the line plainly continues the sentence: the next line starts in
/// lower case, or the line ends with a comma, a word such as "of" or "the"
/// that ends no sentence, an abbreviated title after a lower-case word
/// ("said Sen.") or a verb alone after a quotation's comma (`"We won,"
/// said`) ([`LineBreaks::Auto`]).
///
/// # Examples
///
/// ```
/// let text = "Russia and China Agree\r\n\r\nThe talks in Beijing\r\nran late.";
/// let got: Vec<&str> = whosaid::paragraphs(text).map(|p| &text[p.span()]).collect();
/// assert_eq!(got, ["Russia and China Agree", "The talks in Beijing\r\nran late."]);
/// ```
#[must_use]
pub fn paragraphs(text: &str) -> Paragraphs<'_> {
    Segmenter::shared().paragraphs(text)
}

/// Iterator over the sentences of a text; see [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'s, 't> {
    seg: &'s Segmenter,
    text: &'t str,
    paragraphs: ParagraphScanner<'t>,
    current: Option<ParagraphSplitter<'s, 't>>,
}

impl<'t> Iterator for Sentences<'_, 't> {
    type Item = Sentence<'t>;

    fn next(&mut self) -> Option<Sentence<'t>> {
        loop {
            if let Some(split) = &mut self.current {
                if let Some(span) = split.next() {
                    return Some(Sentence::new(self.text, span));
                }
            }
            let paragraph = self.paragraphs.next()?;
            self.current = Some(ParagraphSplitter::new(self.seg, self.text, paragraph));
        }
    }
}

impl std::iter::FusedIterator for Sentences<'_, '_> {}

/// Iterator over the paragraphs of a text; see [`paragraphs`].
#[derive(Debug, Clone)]
pub struct Paragraphs<'t> {
    text: &'t str,
    inner: ParagraphScanner<'t>,
}

impl<'t> Iterator for Paragraphs<'t> {
    type Item = Paragraph<'t>;

    fn next(&mut self) -> Option<Paragraph<'t>> {
        self.inner
            .next()
            .map(|span| Paragraph::new(self.text, span))
    }
}

impl std::iter::FusedIterator for Paragraphs<'_> {}
