//! The speed baseline: unicode-segmentation's UAX#29 sentence splitter.

use unicode_segmentation::UnicodeSegmentation;

/// The number of UAX#29 sentences in `text`.
///
/// unicode-segmentation 1.13.3's sentence iterators report an invalid
/// `size_hint` on empty input (debug builds panic with "attempt to subtract
/// with overflow"), so empty text never reaches them.
#[must_use]
pub fn uax29_sentences(text: &str) -> usize {
    if text.is_empty() {
        return 0;
    }
    text.split_sentence_bound_indices().count()
}
