//! # whosaid
//!
//! Who said what in English news text: sentences, quotations, and the
//! speaker of each quotation, with exact byte offsets into the caller's
//! text. Rules and word lists only: no models, no downloads, no panics.
//!
//! ```
//! let text = "Speaking in Beijing, Sergey Lavrov said: \"We agree.\" \
//!             Wang Yi nodded. He noted that the two sides would \"keep talking.\"";
//! let who: Vec<(String, Option<String>)> = whosaid::attribute(text)
//!     .map(|a| {
//!         let speaker = a.speaker().expect("attributed");
//!         (speaker.text().to_owned(), speaker.name().map(str::to_owned))
//!     })
//!     .collect();
//! assert_eq!(who[0], ("Sergey Lavrov".into(), Some("Sergey Lavrov".into())));
//! assert_eq!(who[1], ("He".into(), Some("Wang Yi".into())));
//! ```
//!
//! ## The stages
//!
//! Each stage is a module that builds only on the ones before it.
//!
//! 1. **Segmentation** — [`paragraphs`] and [`sentences`] split the text;
//!    [`Segmenter`] takes options (extra abbreviations, [`LineBreaks`]).
//!
//!    ```
//!    let text = "Mr. Lavrov spoke in Beijing. He left at 5 p.m. on Tuesday.";
//!    let spans: Vec<_> = whosaid::sentences(text).map(|s| s.span().range()).collect();
//!    assert_eq!(spans, [0..28, 29..58]);
//!    ```
//!
//! 2. **Quotations** — [`quotes`] finds every quoted span of every mark
//!    convention, with its nesting, its paragraph segments and its
//!    [`QuoteKind`]; apostrophes are told apart from quotation marks.
//!
//!    ```
//!    let text = "He denounced the \u{201c}unlawful sanctions\u{201d} on the voters\u{2019} behalf.";
//!    let q = whosaid::quotes(text).next().expect("one quotation");
//!    assert_eq!(q.span().range(), 17..41); // “ and ” are three bytes each
//!    assert_eq!(q.content(), "unlawful sanctions");
//!    ```
//!
//! 3. **Attribution** — [`attribute`] gives each quotation its speaker
//!    ([`Mention`]), reporting verb ([`Cue`]), relaying source, addressee,
//!    confidence and the [`Rule`] that decided; [`Attributor`] takes
//!    options. The rules read one sentence at a time, in the fixed order
//!    of [`Rule::all`], the most specific construction first (`"Q," X
//!    said`) and the weak guesses last; the first that finds a speaker
//!    decides. A quotation standing alone continues the speaker before
//!    it.
//!
//!    ```
//!    let text = "\u{201c}We will win,\u{201d} said Sen. Tom Avery.";
//!    let a = whosaid::attribute(text).next().expect("one quotation");
//!    let speaker = a.speaker().expect("attributed");
//!    assert_eq!(&text[speaker.span()], "Sen. Tom Avery");
//!    assert_eq!(speaker.name(), Some("Tom Avery"));
//!    assert_eq!(a.rule(), Some(whosaid::Rule::TrailingCueSpeaker));
//!    ```
//!
//! A [`Document`] runs all three and joins them: from a sentence to its
//! quotations and back, and the document's entities.
//!
//! ## Offsets
//!
//! Every position the crate reports is a UTF-8 byte offset into the text
//! exactly as the caller passed it: nothing is normalised, re-encoded or
//! copied first. Spans are half-open ([`Span`]), lie on `char` boundaries,
//! and `&text[span]` always works. Sentence and paragraph spans exclude
//! surrounding white space (the byte-order mark counts as white space);
//! quotation spans include their marks. Text with `\r\n` line endings, a
//! byte-order mark, non-breaking spaces or tabs is ordinary input.
//!
//! ## Errors and panics
//!
//! Analysis never fails and never panics, whatever the input: an unclosed
//! quotation is data, an unattributed one has no speaker. Only the builders
//! return [`Error`], for options that cannot mean anything.
//!
//! ## Crate features
//!
//! * `serde` (default): `Serialize` for every result type (and
//!   `Deserialize` for [`Span`]). The examples print this form as JSON.
//! * `rayon`: `par_attribute_batch`, batches of documents on all cores.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod attribute;
mod batch;
mod chars;
mod document;
mod error;
mod lexicon;
mod marks;
mod pipeline;
mod quote;
mod segment;
mod span;
mod stream;

pub use attribute::{
    Attribution, Attributor, AttributorBuilder, Cue, CueClass, Entity, Mention, MentionKind,
    Report, ReportKind, Rule,
};
pub use batch::attribute_batch;
#[cfg(feature = "rayon")]
pub use batch::par_attribute_batch;
pub use document::{Document, QuotedSpeaker};
pub use error::Error;
pub use pipeline::{Attributions, Reports, attribute, reports};
pub use quote::{Quote, QuoteKind, QuoteStyle, Quotes, quotes};
pub use segment::{
    LineBreaks, Paragraph, Paragraphs, Segmenter, SegmenterBuilder, Sentence, Sentences,
    paragraphs, sentences,
};
pub use span::Span;
pub use stream::{AttributionStream, stream};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
