//! The crate's error type.

/// What can go wrong when configuring an analysis or feeding it bytes.
///
/// Analysis itself never fails: any `&str` is valid input, an unclosed quote
/// is data, and an unattributed quote has no speaker. The builders return
/// errors for options that could not mean anything, and
/// [`crate::AttributionStream::push_bytes`] for bytes that are not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An abbreviation given to a builder is empty, contains whitespace, or
    /// is longer than the segmenter looks back (31 bytes before its
    /// period).
    #[error("invalid abbreviation {0:?}: expected 1 to 31 bytes with no whitespace")]
    InvalidAbbreviation(String),
    /// A word given to a builder as a reporting verb is empty or contains
    /// anything but letters, apostrophes and hyphens.
    #[error("invalid reporting verb {0:?}: expected words of letters")]
    InvalidCue(String),
    /// Bytes given to [`crate::AttributionStream::push_bytes`] are not
    /// UTF-8: the first bad byte is at `offset`, counted from the first
    /// byte ever pushed (or the text ends inside a character there, for
    /// [`crate::AttributionStream::try_finish`]).
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// The offset of the first byte that is not part of a character.
        offset: usize,
    },
}
