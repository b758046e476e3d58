//! The attribution options: [`Attributor`] and its builder.

use super::Rule;
use crate::error::Error;
use crate::lexicon::Vocabulary;
use crate::segment::Segmenter;

/// Options for attribution; see [`Attributor::builder`].
///
/// An attributor runs the whole pipeline: [`Attributor::attribute`],
/// [`Attributor::document`], [`Attributor::stream`] and
/// [`Attributor::attribute_batch`].
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
#[derive(Debug, Clone)]
pub struct Attributor {
    segmenter: Segmenter,
    vocabulary: Vocabulary,
    /// Rules switched off, one bit per [`Rule::index`].
    disabled: u64,
    pub(crate) continuation: bool,
}

/// Builder for an [`Attributor`].
///
/// Setters take and return `&mut Self`; [`AttributorBuilder::build`]
/// checks the options and makes the attributor.
#[derive(Debug, Clone)]
pub struct AttributorBuilder {
    segmenter: Segmenter,
    cues: Vec<String>,
    disabled: u64,
    continuation: bool,
}

impl Default for AttributorBuilder {
    fn default() -> Self {
        AttributorBuilder {
            segmenter: Segmenter::default(),
            cues: Vec::new(),
            disabled: 0,
            continuation: true,
        }
    }
}

impl AttributorBuilder {
    /// Adds a reporting verb form ("opined") or phrase of several words
    /// ("weighed in") to the built-in ones. Add each inflection you want
    /// recognised. It counts wherever the built-in verbs do: in the rules,
    /// and in telling speech from fragments ([`crate::QuoteKind`]).
    ///
    /// ```
    /// let a = whosaid::Attributor::builder().cue("weighed in").build()?;
    /// let text = "\u{201c}Not so fast,\u{201d} Lavrov weighed in.";
    /// let got = a.attribute(text).next().expect("one quotation");
    /// assert_eq!(got.speaker().map(|s| s.text()), Some("Lavrov"));
    /// assert_eq!(got.cue().map(|c| c.text()), Some("weighed in"));
    /// # Ok::<(), whosaid::Error>(())
    /// ```
    pub fn cue(&mut self, verb: &str) -> &mut Self {
        self.cues.push(verb.to_owned());
        self
    }

    /// The segmenter that splits paragraphs and sentences; its
    /// abbreviations also keep their period when the rules read names
    /// ("Insp. Lestrade").
    pub fn segmenter(&mut self, segmenter: Segmenter) -> &mut Self {
        self.segmenter = segmenter;
        self
    }

    /// Whether a quotation with no attribution of its own continues the
    /// previous quotation's speaker ([`Rule::Continuation`],
    /// [`Rule::ParagraphContinuation`], [`Rule::ColonParagraph`]); on by
    /// default.
    pub fn continuation(&mut self, yes: bool) -> &mut Self {
        self.continuation = yes;
        self
    }

    /// Switches one rule on or off; all are on by default. A quotation
    /// that a rule switched off would have decided goes to the next rule
    /// that applies, if any.
    ///
    /// ```
    /// use whosaid::Rule;
    /// let text = "Reid has gone after the nominee as a \u{201c}human leech.\u{201d}";
    /// let strict = whosaid::Attributor::builder()
    ///     .rule(Rule::SentenceSubject, false)
    ///     .build()?;
    /// assert!(strict.attribute(text).next().expect("one quotation").speaker().is_none());
    /// # Ok::<(), whosaid::Error>(())
    /// ```
    pub fn rule(&mut self, rule: Rule, on: bool) -> &mut Self {
        let bit = 1u64 << rule.index();
        if on {
            self.disabled &= !bit;
        } else {
            self.disabled |= bit;
        }
        self
    }

    /// Makes the attributor.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidCue`] when a cue is empty or holds anything but
    /// letters, apostrophes, hyphens and single spaces between words.
    pub fn build(&self) -> Result<Attributor, Error> {
        for c in &self.cues {
            let words: Vec<&str> = c.split(' ').collect();
            let valid = words.iter().all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, '\'' | '-' | '\u{2019}'))
            });
            if !valid {
                return Err(Error::InvalidCue(c.clone()));
            }
        }
        Ok(Attributor {
            segmenter: self.segmenter.clone(),
            vocabulary: Vocabulary::with_cues(&self.cues),
            disabled: self.disabled,
            continuation: self.continuation,
        })
    }
}

impl Default for Attributor {
    /// The attributor with the default options, as
    /// `Attributor::builder().build()` makes it.
    fn default() -> Self {
        Attributor {
            segmenter: Segmenter::default(),
            vocabulary: Vocabulary::default(),
            disabled: 0,
            continuation: true,
        }
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

    /// Whether `rule` is on.
    #[must_use]
    pub fn is_enabled(&self, rule: Rule) -> bool {
        self.enabled(rule)
    }

    pub(crate) fn enabled(&self, rule: Rule) -> bool {
        self.disabled & (1u64 << rule.index()) == 0
    }

    /// The reporting verbs and phrases, built-in and added.
    pub(crate) fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Every built-in reporting verb form and phrase, in byte order within
    /// each kind (verb forms first, then phrases of several words).
    ///
    /// ```
    /// let cues: Vec<&str> = whosaid::Attributor::builtin_cues().collect();
    /// assert!(cues.contains(&"said") && cues.contains(&"pointed out"));
    /// ```
    pub fn builtin_cues() -> impl Iterator<Item = &'static str> {
        crate::lexicon::builtin_cues()
    }
}
