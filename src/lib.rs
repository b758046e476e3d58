//! # whosaid
//!
//! Who said what in English news text: sentences, quotations, and the
//! speaker of each quotation, with exact byte offsets into the caller's
//! text. Rules and word lists only: no models, no downloads.
//!
//! ## The stages
//!
//! 1. **Segmentation** — [`paragraphs`] and [`sentences`] split the text
//!    ([`Segmenter`] for options).
//!
//! ```
//! let text = "Mr. Lavrov spoke in Beijing. He left at 5 p.m. on Tuesday.";
//! let spans: Vec<_> = whosaid::sentences(text).map(|s| s.span().range()).collect();
//! assert_eq!(spans, [0..28, 29..58]);
//! ```
//!
//! ## Offsets
//!
//! Every position the crate reports is a UTF-8 byte offset into the text
//! exactly as the caller passed it: nothing is normalised, re-encoded or
//! copied first. Spans are half-open ([`Span`]), lie on `char` boundaries,
//! and `&text[span]` always works. Sentence and paragraph spans exclude
//! surrounding white space (the byte-order mark counts as white space).
//!
//! ## Crate features
//!
//! * `serde` (default): `Serialize` for the result types and [`Span`]
//!   (`Deserialize` too for `Span`).

mod attribute;
mod document;
mod error;
mod lexicon;
mod quote;
mod segment;
mod span;

pub use attribute::{
    Attribution, Attributions, Attributor, AttributorBuilder, Cue, Entity, Mention, MentionKind,
    Rule, attribute,
};
pub use document::Document;
pub use error::Error;
pub use quote::{Quote, QuoteKind, QuoteStyle, Quotes, quotes};
pub use segment::{
    LineBreaks, Paragraph, Paragraphs, Segmenter, SegmenterBuilder, Sentence, Sentences,
    paragraphs, sentences,
};
pub use span::Span;
