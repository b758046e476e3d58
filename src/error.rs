//! The crate's error type.

/// What can go wrong when configuring an analysis.
///
/// Analysis itself never fails: any `&str` is valid input, an unclosed quote
/// is data, and an unattributed quote has no speaker. Only the builders
/// return errors, for options that could not mean anything.
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
    #[error("invalid reporting verb {0:?}: expected one word of letters")]
    InvalidCue(String),
}
