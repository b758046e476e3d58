//! Paragraph boundaries: where a line break ends a paragraph.

use super::LineBreaks;
use crate::Span;
use crate::chars::{char_at, char_before, is_line_break, is_lower, skip_space, trim_end};
use crate::lexicon::{LINE_CONTINUERS, PREFIX_ABBREVIATIONS};

/// Yields the trimmed spans of the paragraphs of `text`, in order.
#[derive(Debug, Clone)]
pub(crate) struct ParagraphScanner<'t> {
    text: &'t str,
    pos: usize,
    mode: LineBreaks,
}

impl<'t> ParagraphScanner<'t> {
    pub(crate) fn new(text: &'t str, mode: LineBreaks) -> Self {
        ParagraphScanner { text, pos: 0, mode }
    }

    /// The next line break at or after `i` and starting before `end`: its
    /// position, its length in bytes, and whether it is a paragraph
    /// separator (U+2029), which always ends a paragraph.
    fn next_break(&self, i: usize, end: usize) -> Option<(usize, usize, bool)> {
        let bytes = self.text.as_bytes();
        let end = end.min(bytes.len());
        let mut k = i;
        while k < end {
            k += memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[k..end])?;
            match bytes[k] {
                b'\n' => return Some((k, 1, false)),
                b'\r' => {
                    let len = if bytes.get(k + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    return Some((k, len, false));
                }
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
                _ if bytes.get(k + 1) == Some(&0x80) => match bytes.get(k + 2) {
                    Some(0xA8) => return Some((k, 3, false)),
                    Some(0xA9) => return Some((k, 3, true)),
                    _ => k += 1,
                },
                _ => k += 1,
            }
        }
        None
    }
}

/// Where a paragraph ends, as far as the text shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum End {
    /// The paragraph (trimmed) and where the search for the next one
    /// starts.
    Found(Span, usize),
    /// The text ran out before the paragraph's end was decided: more text
    /// could continue it. The search may resume at the given byte.
    Open(usize),
}

impl ParagraphScanner<'_> {
    /// Where the paragraph that starts at `start` ends, resuming the search
    /// for line breaks at `search` (`start` the first time). With
    /// `complete`, the end of the text ends the paragraph; without it, a
    /// paragraph that reaches the end of the text (or a line break at its
    /// very end) is [`End::Open`].
    pub(crate) fn end_of(&self, start: usize, mut search: usize, complete: bool) -> End {
        let text = self.text;
        let len = text.len();
        // A paragraph that opens in lower case is a fragment (a list item, a
        // tag line), not prose: a lower-case line after it starts a new
        // item instead of continuing it. Prose opens with a capital, a
        // digit, a quotation mark or a bracket.
        let prose = char_at(text, start).is_some_and(|c| !is_lower(c));
        // In text whose paragraphs are indented (wrapped at a fixed width,
        // as newswire is), a line that is not indented goes on.
        let indented = is_indented(text, start);
        let limit = start.saturating_add(MAX_PARAGRAPH);
        // breaks are looked for only up to the limit (and one past it), so
        // that a text without line breaks is read once, not once for each
        // paragraph cut from it
        let window = limit.saturating_add(1).min(len);
        loop {
            let brk = self.next_break(search, window);
            // a paragraph longer than any real one is cut, so that the
            // work and memory of every later stage stay bounded
            if brk.map_or(len, |(b, _, _)| b) > limit {
                let cut = cut_point(text, start, limit);
                return End::Found(Span::new(start, trim_end(text, start, cut)), cut);
            }
            let Some((brk, brk_len, separator)) = brk else {
                return if complete {
                    End::Found(Span::new(start, trim_end(text, start, len)), len)
                } else {
                    // no line break before the end: resume there
                    End::Open(len)
                };
            };
            let after = brk + brk_len;
            // the first character of the next line, past its indentation
            let next = skip_space_inline(text, after);
            let blank = match char_at(text, next) {
                None if complete => {
                    return End::Found(Span::new(start, trim_end(text, start, brk)), len);
                }
                // "\r" may be half of "\r\n", and the next line is unseen
                None => return End::Open(brk),
                Some(c) => is_line_break(c),
            };
            let continues = !separator
                && !blank
                && match self.mode {
                    LineBreaks::Hard => false,
                    LineBreaks::Soft => true,
                    LineBreaks::Auto => {
                        prose
                            && (char_at(text, next).is_some_and(is_lower)
                                || ends_with_continuer(text, start, brk)
                                || (indented && next == after && wrapped_line(text, start, brk)))
                    }
                };
            if continues {
                search = next;
            } else {
                return End::Found(Span::new(start, trim_end(text, start, brk)), after);
            }
        }
    }
}

impl Iterator for ParagraphScanner<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let len = self.text.len();
        let start = skip_space(self.text, self.pos, len);
        if start >= len {
            self.pos = len;
            return None;
        }
        match self.end_of(start, start, true) {
            End::Found(span, next) => {
                self.pos = next;
                Some(span)
            }
            End::Open(_) => {
                self.pos = len;
                None
            }
        }
    }
}

/// The most bytes a paragraph may have; a longer run of text without a
/// paragraph break is cut (at a sentence end or a space where it can be).
/// Real paragraphs are a few kilobytes at most.
pub(crate) const MAX_PARAGRAPH: usize = 64 * 1024;

/// Where to cut a paragraph that starts at `start` and runs past `limit`:
/// after the last sentence end (". ", "? ", "! ") in the second half of the
/// window, else after its last space, else at `limit` (on a char
/// boundary).
fn cut_point(text: &str, start: usize, limit: usize) -> usize {
    let limit = crate::chars::floor_char_boundary(text, limit);
    let half = start + (limit - start) / 2;
    let window = &text.as_bytes()[half..limit];
    let sentence = window
        .windows(2)
        .rposition(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1] == b' ');
    if let Some(k) = sentence {
        return half + k + 1;
    }
    match memchr::memrchr(b' ', window) {
        Some(k) if half + k > start => half + k,
        _ if limit > start => limit,
        _ => crate::chars::ceil_char_boundary(text, start + 1),
    }
}

/// The fewest bytes a line of text wrapped at a fixed width has, before an
/// unindented line that goes on its indented paragraph (a short line is a
/// headline or a dateline of its own).
const WRAPPED_LINE: usize = 40;

/// Whether the line that ends at `brk` (a line break) in the paragraph
/// starting at `start` is long enough to be a line of wrapped text. (Its
/// start is found from the text alone, so that a stream resuming the
/// search in the middle of a paragraph decides as a whole text does.)
fn wrapped_line(text: &str, start: usize, brk: usize) -> bool {
    let line = memchr::memrchr2(b'\n', b'\r', &text.as_bytes()[start..brk])
        .map_or(start, |k| start + k + 1);
    brk - line >= WRAPPED_LINE
}

/// The most bytes of spaces and tabs that indent a paragraph; a longer run
/// is layout of another kind (and is not read back over again and again
/// while a stream waits for the paragraph's end).
const MAX_INDENT: usize = 16;

/// Whether the paragraph starting at `start` is indented as a paragraph of
/// wrapped text is: by two spaces or more, or a tab, in fewer than
/// [`MAX_INDENT`] bytes, after a line break or at the start of the text.
fn is_indented(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let mut k = start;
    let (mut spaces, mut tab) = (0, false);
    while k > 0 && start - k < MAX_INDENT {
        match bytes[k - 1] {
            b' ' => spaces += 1,
            b'\t' => tab = true,
            b'\n' | b'\r' => break,
            _ => return false,
        }
        k -= 1;
    }
    start - k < MAX_INDENT && (tab || spaces >= 2)
}

/// Whether the line ending at `end` (a line break) plainly goes on on the
/// next, as in text wrapped at a fixed width: it ends with a comma, after
/// which only closing quotation marks may stand (`"We won,"` / `Lee
/// said.`), or with a lower-case word that never ends a sentence or a
/// headline ("The voters of").
fn ends_with_continuer(text: &str, start: usize, end: usize) -> bool {
    let end = trim_end(text, start, end);
    // a comma, perhaps inside closing quotation marks
    if ends_with_comma(text, start, end).is_some() {
        return true;
    }
    let bytes = &text.as_bytes()[start..end];
    let letters = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    // a whole word: after a space, not the tail of "U.S.-of" or a name
    let whole = letters > 0 && bytes.len() > letters && bytes[bytes.len() - letters - 1] == b' ';
    if whole && LINE_CONTINUERS.contains(&text[end - letters..end]) {
        return true;
    }
    // a verb alone after a quotation closing with its comma: `"We won,"
    // said` / `Lee.` (the reporting clause has no subject yet)
    let before_word = bytes.len().saturating_sub(letters + 1);
    if whole && before_word > 0 && ends_with_comma(text, start, start + before_word) == Some(true) {
        return true;
    }
    prose_title_at_end(bytes) || prose_title_at_end(without_last_name_word(bytes))
}

/// A line's bytes without one capitalised word of letters closing it and
/// the space before it ("said Sen. George" → "said Sen."), or all of them
/// where none closes it: a line cut after a title and a given name
/// (`said Sen. George` / `Mitchell of Maine.`) goes on as one cut after
/// the title does.
fn without_last_name_word(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let rest = bytes.len() - n;
    let capital =
        n >= 2 && bytes[rest].is_ascii_uppercase() && bytes[rest + 1].is_ascii_lowercase();
    if capital && rest > 0 && bytes[rest - 1] == b' ' {
        &bytes[..rest - 1]
    } else {
        bytes
    }
}

/// Whether the text from `start` to `end` ends with a comma, after which
/// only closing quotation marks may stand: `Some(true)` inside them (`"We
/// won,"`), `Some(false)` bare, `None` without a comma.
fn ends_with_comma(text: &str, start: usize, end: usize) -> Option<bool> {
    let mut k = end;
    let mut quoted = false;
    while k > start {
        match char_before(text, k) {
            Some(',') => return Some(quoted),
            Some(c @ ('"' | '\'' | '\u{201d}' | '\u{2019}' | '\u{bb}')) => {
                quoted = true;
                k -= c.len_utf8();
            }
            _ => return None,
        }
    }
    None
}

/// Whether a line (its bytes) ends with an abbreviated title that never
/// ends a sentence ("Sen.", "Gov.", "Dr.") after a lower-case word, as in
/// prose wrapped before the name (`said Sen.` / `Ann Lee`). Not after a
/// capital, as in a title-case headline or a street ("Main St.").
fn prose_title_at_end(bytes: &[u8]) -> bool {
    let Some(body) = bytes.strip_suffix(b".") else {
        return false;
    };
    let word_len = body
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let Some(rest) = body.len().checked_sub(word_len + 1) else {
        return false;
    };
    let word = &body[rest + 1..];
    if word_len == 0 || body[rest] != b' ' || !word[0].is_ascii_uppercase() {
        return false;
    }
    let previous = body[..rest]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let lower_before = previous > 0 && body[rest - previous].is_ascii_lowercase();
    lower_before && std::str::from_utf8(word).is_ok_and(|w| PREFIX_ABBREVIATIONS.contains(w))
}

/// Skips spaces and tabs but not line breaks.
fn skip_space_inline(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if crate::chars::is_inline_space(c) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str, mode: LineBreaks) -> Vec<&str> {
        ParagraphScanner::new(text, mode)
            .map(|s| &text[s])
            .collect()
    }

    #[test]
    fn blank_line_always_ends_a_paragraph() {
        let t = "One line\n\nthe next one";
        assert_eq!(paras(t, LineBreaks::Auto), ["One line", "the next one"]);
        assert_eq!(paras(t, LineBreaks::Soft), ["One line", "the next one"]);
    }

    #[test]
    fn lower_case_line_continues_prose() {
        let t = "This is a sentence\ncut off in the middle.";
        assert_eq!(paras(t, LineBreaks::Auto), [t]);
        assert_eq!(paras(t, LineBreaks::Hard).len(), 2);
    }

    #[test]
    fn capitalised_line_starts_a_paragraph() {
        let t = "A Headline Without Punctuation\nThe story starts here.";
        assert_eq!(
            paras(t, LineBreaks::Auto),
            ["A Headline Without Punctuation", "The story starts here."]
        );
        assert_eq!(paras(t, LineBreaks::Soft), [t]);
    }

    #[test]
    fn line_ending_in_a_word_that_ends_nothing_continues_prose() {
        // text wrapped at a fixed width: "of", "the", "and" end no sentence
        let t = "The voters of\nKansas know it, and\nThe Times agrees with the\nGovernor.";
        assert_eq!(paras(t, LineBreaks::Auto), [t]);
        assert_eq!(paras(t, LineBreaks::Hard).len(), 4);
        // nor does a comma, inside closing quotation marks or not
        for t in [
            "\"We won,\"\nLee said.",
            "\u{201c}We won,\u{201d}\nLee said.",
            "``We won,''\nsaid Lee.",
            "Lee, who won,\nWent home.",
        ] {
            assert_eq!(paras(t, LineBreaks::Auto), [t], "{t}");
        }
        // but a capitalised word of a title-case headline, another word, or
        // a word glued to punctuation ends the line as before
        for t in [
            "Pride Of\nThe story starts here.",
            "Lee wins in a landslide\nThe count ended at noon.",
            "Notes on U.S.-to\nThe story starts here.",
            "\"We won.\"\nLee said so.",
        ] {
            assert_eq!(paras(t, LineBreaks::Auto).len(), 2, "{t}");
        }
        // a fragment that opened in lower case stays apart
        assert_eq!(paras("contact of\nEvents", LineBreaks::Auto).len(), 2);
    }

    #[test]
    fn a_line_cut_inside_a_reporting_clause_continues_prose() {
        // an abbreviated title after a lower-case word, or a verb alone
        // after a quotation's comma, ends no sentence
        for t in [
            "\"We will not yield,\" said Sen.\nJohn Smith of Ohio.",
            "\"We will not yield,\" said Sen. John\nSmith of Ohio.",
            "The plan was backed by Gov.\nAnn Lee on Monday.",
            "\"We will not yield,\" said\nJohn Smith of Ohio.",
            "\u{201c}We will not yield,\u{201d} added\nJohn Smith of Ohio.",
        ] {
            assert_eq!(paras(t, LineBreaks::Auto), [t], "{t}");
        }
        // after a capital (a street, a title-case headline), a whole
        // reporting clause, or a quotation closing with its full stop,
        // the line ends as before
        for t in [
            "He lives on Main St.\nThe house is old.",
            "He lives on Main St. Lee\nThe house is old.",
            "Ohio Backs Gov. Lee\nThe vote was close.",
            "Ohio Backs Gov.\nThe vote was close.",
            "They met Sen. JOHN\nThe vote was close.",
            "\"We won,\" Lee says\nThe count ended.",
            "\"We won.\" said\nThe count ended.",
        ] {
            assert_eq!(paras(t, LineBreaks::Auto).len(), 2, "{t}");
        }
    }

    #[test]
    fn unindented_line_goes_on_an_indented_paragraph_of_wrapped_text() {
        let t = "   Sen. Bob Dole said the Senate would vote on Tuesday, after\n\
                 Democrats agreed. The bill passed the House on Monday with\n\
                 Republican votes.\n   \
                 Rep. Tom Foley disagreed.\n\
                 \tA tab indents too and the line is long enough to go on\n\
                 Here.";
        assert_eq!(
            paras(t, LineBreaks::Auto),
            [
                "Sen. Bob Dole said the Senate would vote on Tuesday, after\n\
                 Democrats agreed. The bill passed the House on Monday with\n\
                 Republican votes.",
                "Rep. Tom Foley disagreed.",
                "A tab indents too and the line is long enough to go on\nHere."
            ]
        );
        // a short indented line is a headline; one space, a no-break
        // space or a wide margin is no indentation; an indented next line
        // starts anew
        let margin = format!(
            "{}The Senate passed the budget on Tuesday after a long debate\nThe House did not.",
            " ".repeat(MAX_INDENT)
        );
        assert_eq!(paras(&margin, LineBreaks::Auto).len(), 2);
        for t in [
            "   Senate Passes Budget\nThe Senate passed the budget on Tuesday.",
            " The Senate passed the budget on Tuesday after a long debate\nThe House did not.",
            "\u{a0}The Senate passed the budget on Tuesday after a long debate\nThe House did not.",
            "   The Senate passed the budget on Tuesday after a long debate\n   The House did not.",
        ] {
            assert_eq!(paras(t, LineBreaks::Auto).len(), 2, "{t:?}");
        }
    }

    #[test]
    fn lower_case_fragments_stay_apart() {
        let t = "features\ncontact manager\nevents, activities\n";
        assert_eq!(
            paras(t, LineBreaks::Auto),
            ["features", "contact manager", "events, activities"]
        );
    }

    #[test]
    fn crlf_bom_and_indentation_are_whitespace() {
        let t = "\u{feff}First line\r\n\r\n\u{a0} Second\r\n";
        assert_eq!(paras(t, LineBreaks::Auto), ["First line", "Second"]);
    }

    #[test]
    fn paragraph_separator_always_ends_a_paragraph() {
        let t = "One\u{2029}two";
        assert_eq!(paras(t, LineBreaks::Soft), ["One", "two"]);
        assert_eq!(
            paras("One\u{2028}two", LineBreaks::Auto),
            ["One\u{2028}two"]
        );
    }

    #[test]
    fn an_endless_paragraph_is_cut_at_a_sentence_end_within_bounds() {
        let sentence = "Words go on. ";
        let t = sentence.repeat(3 * MAX_PARAGRAPH / sentence.len());
        let got = paras(&t, LineBreaks::Auto);
        assert!(got.len() >= 3, "{}", got.len());
        assert!(
            got.iter()
                .all(|p| p.len() <= MAX_PARAGRAPH && p.ends_with('.'))
        );
        // no space at all: cut on a char boundary
        let t = "\u{e9}".repeat(MAX_PARAGRAPH);
        let got = paras(&t, LineBreaks::Auto);
        assert_eq!(got.concat(), t);
    }

    #[test]
    fn empty_and_blank_text_have_no_paragraphs() {
        assert!(paras("", LineBreaks::Auto).is_empty());
        assert!(paras(" \n\r\n\t ", LineBreaks::Auto).is_empty());
    }
}
