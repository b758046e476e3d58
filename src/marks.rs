//! Quotation marks of every convention, in one table.
//!
//! Each row of [`MARKS`] says which marks a character pairs with, how the
//! quotation scanner decides whether it opens or closes, whether the
//! sentence splitter may see it before or after a sentence, and the style
//! of a quotation it opens. The scanner's search bytes and the character
//! tests of the other stages are derived from the table, so that a new
//! convention is one new row (and, if it is a new style, one
//! [`QuoteStyle`] variant).

/// Marks that pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Family {
    /// `"` `“` `”` `„`, and ``` `` ``` with `''`
    Double,
    /// ' ‘ ’ ‚
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
}

impl Family {
    /// How many families there are.
    pub(crate) const COUNT: usize = 6;

    /// The family's index below [`Family::COUNT`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// How the quotation scanner reads a mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// `"`: opens or closes by the characters on either side.
    Flanked,
    /// `'`: a mark only where the sides rule out an apostrophe; two in a
    /// row are the double mark of newspaper plain text (`''…''`).
    StraightSingle,
    /// `` ` ``: doubled, the opening double mark of wire copy.
    Backtick,
    /// `’`: an apostrophe far more often than a mark.
    RightSingle,
    /// `‘`: opens, unless a word comes before it or an elision after it.
    LeftSingle,
    /// `“`: opens, or closes `„…“`.
    LeftDouble,
    /// `”`: closes, and may open (`”…”`) after a space before a word.
    RightDouble,
    /// Always opens.
    Open,
    /// Opens only right before a word (`‚` looks like a comma).
    OpenBeforeWord,
    /// Points either way (guillemets: French `«…»`, German `»…«`); the
    /// pairing decides.
    Either,
    /// Always closes.
    Close,
}

/// One quotation mark character.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark {
    pub(crate) ch: char,
    pub(crate) family: Family,
    pub(crate) reading: Reading,
    /// May stand before the first word of a sentence.
    pub(crate) opener: bool,
    /// May stand after a sentence's terminal punctuation.
    pub(crate) closer: bool,
    /// The style of a quotation it opens.
    pub(crate) style: QuoteStyle,
    /// The style when two of it make a mark of the double family (`''`).
    pub(crate) doubled: Option<QuoteStyle>,
}

const fn row(
    ch: char,
    family: Family,
    reading: Reading,
    (opener, closer): (bool, bool),
    style: QuoteStyle,
) -> Mark {
    Mark {
        ch,
        family,
        reading,
        opener,
        closer,
        style,
        doubled: None,
    }
}

/// Where a mark may stand: before a sentence, after one, or both.
const BEFORE: (bool, bool) = (true, false);
const AFTER: (bool, bool) = (false, true);
const BOTH: (bool, bool) = (true, true);

/// Every quotation mark the crate knows.
#[rustfmt::skip]
pub(crate) const MARKS: &[Mark] = &[
    row('"', Family::Double, Reading::Flanked, BOTH, QuoteStyle::Straight),
    Mark {
        doubled: Some(QuoteStyle::DoubleApostrophes),
        ..row('\'', Family::Single, Reading::StraightSingle, BOTH, QuoteStyle::StraightSingle)
    },
    row('`', Family::Double, Reading::Backtick, BEFORE, QuoteStyle::Backticks),
    row('\u{201c}', Family::Double, Reading::LeftDouble, BOTH, QuoteStyle::Curly),
    row('\u{201d}', Family::Double, Reading::RightDouble, AFTER, QuoteStyle::Curly),
    row('\u{2018}', Family::Single, Reading::LeftSingle, BOTH, QuoteStyle::CurlySingle),
    row('\u{2019}', Family::Single, Reading::RightSingle, AFTER, QuoteStyle::StraightSingle),
    row('\u{201e}', Family::Double, Reading::Open, BEFORE, QuoteStyle::LowHigh),
    row('\u{201a}', Family::Single, Reading::OpenBeforeWord, BEFORE, QuoteStyle::LowHighSingle),
    row('\u{ab}', Family::Guillemet, Reading::Either, BEFORE, QuoteStyle::Guillemets),
    row('\u{bb}', Family::Guillemet, Reading::Either, BOTH, QuoteStyle::Guillemets),
    row('\u{2039}', Family::SingleGuillemet, Reading::Either, BEFORE, QuoteStyle::SingleGuillemets),
    row('\u{203a}', Family::SingleGuillemet, Reading::Either, AFTER, QuoteStyle::SingleGuillemets),
    row('\u{300c}', Family::Corner, Reading::Open, BEFORE, QuoteStyle::Corner),
    row('\u{300d}', Family::Corner, Reading::Close, AFTER, QuoteStyle::Corner),
    row('\u{300e}', Family::WhiteCorner, Reading::Open, BEFORE, QuoteStyle::WhiteCorner),
    row('\u{300f}', Family::WhiteCorner, Reading::Close, AFTER, QuoteStyle::WhiteCorner),
];

/// The row of `c`, if it is a quotation mark.
#[inline]
pub(crate) fn mark(c: char) -> Option<&'static Mark> {
    // ASCII and General Punctuation (curly marks, but also dashes and the
    // ellipsis, which the scanner meets often) by direct lookup
    let code = c as usize;
    let slot = if code < 0x80 {
        ASCII_ROWS[code]
    } else if (PUNCTUATION..PUNCTUATION + 0x80).contains(&code) {
        PUNCTUATION_ROWS[code - PUNCTUATION]
    } else {
        return MARKS.iter().find(|m| m.ch == c);
    };
    slot.checked_sub(1).map(|i| &MARKS[usize::from(i)])
}

/// The first code point of the General Punctuation block.
const PUNCTUATION: usize = 0x2000;

/// For each code point of a block of 128 from `first`, one more than the
/// index of its row in [`MARKS`], or 0.
const fn rows_of_block(first: usize) -> [u8; 128] {
    let mut table = [0u8; 128];
    let mut i = 0;
    while i < MARKS.len() {
        let code = MARKS[i].ch as usize;
        if code >= first && code < first + 128 {
            assert!(i < 255, "too many marks for a byte index");
            #[allow(clippy::cast_possible_truncation)] // checked just above
            {
                table[code - first] = (i + 1) as u8;
            }
        }
        i += 1;
    }
    table
}

static ASCII_ROWS: [u8; 128] = rows_of_block(0);
static PUNCTUATION_ROWS: [u8; 128] = rows_of_block(PUNCTUATION);

/// The style of a quotation opened by `ch` reading as a mark of `family`.
pub(crate) fn style_of(ch: char, family: Family) -> QuoteStyle {
    match mark(ch) {
        Some(m) if m.family == family => m.style,
        Some(m) => m.doubled.unwrap_or(m.style),
        // the scanner makes marks only of table characters
        None => QuoteStyle::Straight,
    }
}

/// The first byte of `c` in UTF-8.
#[allow(clippy::cast_possible_truncation)] // each branch keeps the bits of one byte
const fn lead_byte(c: char) -> u8 {
    let c = c as u32;
    if c < 0x80 {
        c as u8
    } else if c < 0x800 {
        0xC0 | (c >> 6) as u8
    } else if c < 0x1_0000 {
        0xE0 | (c >> 12) as u8
    } else {
        0xF0 | (c >> 18) as u8
    }
}

/// The lead bytes of the marks that fill news text (`"`, `'` and the curly
/// marks, all of which start with 0xE2): the scanner looks for these in
/// every paragraph with one SIMD search.
pub(crate) const COMMON_LEADS: [u8; 3] = [b'"', b'\'', 0xE2];

/// Whether a byte starts some quotation mark.
pub(crate) static LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < MARKS.len() {
        table[lead_byte(MARKS[i].ch) as usize] = true;
        i += 1;
    }
    table
};

/// The other lead bytes, in table order without repeats, and how many
/// there are: the scanner searches for them only once per paragraph.
pub(crate) const RARE_LEADS: ([u8; 8], usize) = {
    let mut out = [0u8; 8];
    let mut n = 0;
    let mut i = 0;
    while i < MARKS.len() {
        let b = lead_byte(MARKS[i].ch);
        let common = b == COMMON_LEADS[0] || b == COMMON_LEADS[1] || b == COMMON_LEADS[2];
        let mut seen = false;
        let mut k = 0;
        while k < n {
            seen |= out[k] == b;
            k += 1;
        }
        if !common && !seen {
            assert!(n < 8, "more than eight rare lead bytes");
            out[n] = b;
            n += 1;
        }
        i += 1;
    }
    (out, n)
};

/// The convention of a quotation's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteStyle {
    /// `"…"`
    Straight,
    /// `'…'`
    StraightSingle,
    /// `“…”`
    Curly,
    /// `‘…’`
    CurlySingle,
    /// `„…“` or `„…”`
    LowHigh,
    /// `‚…‘` or `‚…’`
    LowHighSingle,
    /// `«…»` or `»…«`
    Guillemets,
    /// `‹…›` or `›…‹`
    SingleGuillemets,
    /// `「…」`
    Corner,
    /// `『…』`
    WhiteCorner,
    /// ``` ``…'' ```, as in wire copy
    Backticks,
    /// `''…''`, as in newspaper plain text
    DoubleApostrophes,
}

impl QuoteStyle {
    /// Whether the marks are single ones (`'…'`, `‘…’`, `‚…‘`, `‹…›`), the
    /// inner marks of text whose own are double.
    pub(crate) fn is_single(self) -> bool {
        matches!(
            self,
            QuoteStyle::StraightSingle
                | QuoteStyle::CurlySingle
                | QuoteStyle::LowHighSingle
                | QuoteStyle::SingleGuillemets
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_is_found_once_and_its_lead_byte_is_searched() {
        for m in MARKS {
            assert_eq!(
                MARKS.iter().filter(|n| n.ch == m.ch).count(),
                1,
                "{:?}",
                m.ch
            );
            assert!(mark(m.ch).is_some_and(|n| n.ch == m.ch));
            let mut buf = [0u8; 4];
            let lead = m.ch.encode_utf8(&mut buf).as_bytes()[0];
            assert!(LEADS[usize::from(lead)]);
            let (rare, n) = RARE_LEADS;
            assert!(COMMON_LEADS.contains(&lead) || rare[..n].contains(&lead));
        }
        assert!(mark('a').is_none() && mark('(').is_none() && mark('\u{e9}').is_none());
    }

    #[test]
    fn styles_come_from_the_table() {
        assert_eq!(style_of('\'', Family::Single), QuoteStyle::StraightSingle);
        assert_eq!(
            style_of('\'', Family::Double),
            QuoteStyle::DoubleApostrophes
        );
        assert_eq!(style_of('\u{201e}', Family::Double), QuoteStyle::LowHigh);
        assert_eq!(
            style_of('\u{bb}', Family::Guillemet),
            QuoteStyle::Guillemets
        );
    }
}
