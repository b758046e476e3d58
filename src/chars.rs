//! Character classes shared by the stages.

/// Whitespace as the crate trims it: Unicode white space plus the byte-order
/// mark, which is invisible and never part of a sentence.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// A character that ends a line: `\n`, `\r` (alone or in `\r\n`), and the
/// Unicode line and paragraph separators.
#[inline]
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// White space that does not end a line.
#[inline]
pub(crate) fn is_inline_space(c: char) -> bool {
    is_space(c) && !is_line_break(c)
}

/// Closing brackets and quotation marks that stay with the sentence whose
/// terminal punctuation they follow.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}') || crate::marks::mark(c).is_some_and(|m| m.closer)
}

/// Opening brackets and quotation marks: a sentence may start with one.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(c, '(' | '[' | '{') || crate::marks::mark(c).is_some_and(|m| m.opener)
}

/// Quotation marks of any convention (not brackets).
#[inline]
pub(crate) fn is_quote_mark(c: char) -> bool {
    crate::marks::mark(c).is_some()
}

/// Sentence-final punctuation other than the full stop and the ellipsis.
#[inline]
pub(crate) fn is_exclamation_or_question(c: char) -> bool {
    matches!(
        c,
        '?' | '!'
            | '\u{203c}' // ‼
            | '\u{203d}' // ‽
            | '\u{2047}' // ⁇
            | '\u{2048}' // ⁈
            | '\u{2049}' // ⁉
            | '\u{ff01}' // ！
            | '\u{ff1f}' // ？
    )
}

/// Full stops of scripts that end sentences without a following space.
#[inline]
pub(crate) fn is_cjk_stop(c: char) -> bool {
    matches!(c, '\u{3002}' | '\u{ff61}' | '\u{ff01}' | '\u{ff1f}')
}

/// Any character that can end a sentence.
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    c == '.' || c == '\u{2026}' || is_exclamation_or_question(c) || is_cjk_stop(c)
}

/// Dashes that introduce or interrupt: an em or en dash, a horizontal bar,
/// or a double hyphen.
#[inline]
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '\u{2014}' | '\u{2013}' | '\u{2015}' | '\u{2012}')
}

/// The character starting at byte `i`, if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character ending at byte `i`, if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The first byte at or after `i` (and before `end`) that is not white space.
#[inline]
pub(crate) fn skip_space(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    while i < end {
        let b = bytes[i];
        if b == b' ' || (b'\t'..=b'\r').contains(&b) {
            i += 1;
        } else if b < 0x80 {
            break;
        } else {
            match char_at(text, i) {
                Some(c) if is_space(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i.min(end)
}

/// The byte after the last non-space character before `end` (and at or
/// after `start`).
#[inline]
pub(crate) fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        match char_before(text, end) {
            Some(c) if is_space(c) => end -= c.len_utf8(),
            _ => break,
        }
    }
    end
}

/// Whether `c` is a combining mark, which belongs to the letter before it
/// ("José" written "Jose" and U+0301, as text normalised to NFD has it).
pub(crate) fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// Whether `c` counts as a lower-case letter for the "continues the
/// sentence" tests: letters with a lower-case form that are lower case.
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// Whether `c` is an upper-case or title-case letter.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// The word (letters, digits, apostrophes, hyphens, internal dots) that
/// starts at `i`, up to `end`.
pub(crate) fn word_at(text: &str, i: usize, end: usize) -> &str {
    let s = text.get(i..end).unwrap_or("");
    let mut len = 0;
    let mut prev_dot = false;
    for (k, c) in s.char_indices() {
        if c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-' || c == '°' || c == 'º'
        {
            len = k + c.len_utf8();
            prev_dot = false;
        } else if c == '.' && !prev_dot && k > 0 {
            // a dot inside a word ("U.S", "e.g"); a trailing dot is not taken
            prev_dot = true;
        } else {
            break;
        }
    }
    &s[..len]
}

/// The largest char boundary of `s` at or below `i` (`s.len()` past the
/// end): a slice that ends there never splits a character.
#[inline]
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or above `i` (`s.len()` past the
/// end): a slice that starts there never splits a character.
#[inline]
pub(crate) fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}
