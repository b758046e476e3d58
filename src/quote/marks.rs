//! Quotation marks in a paragraph and the role each can play.
//!
//! A mark's role comes from the mark itself where it has a direction (“ ”
//! « 「) and from the characters on either side where it does not (" and
//! '): a mark with text after it and space or an opening bracket before it
//! opens; one with text before it and space or punctuation after it
//! closes. An apostrophe between letters, after a plural ("voters'") or
//! before an elided word ('90s, 'em) is not a mark at all.

use crate::chars::{ceil_char_boundary, char_at, char_before, is_space};
use crate::lexicon::ELISIONS;
pub(crate) use crate::marks::Family;
use crate::marks::{COMMON_LEADS, LEADS, RARE_LEADS, Reading};

/// What a mark can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Open,
    Close,
    /// Either, decided by whether a mark of its family is open.
    Either,
}

/// One quotation mark found in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mark {
    pub(crate) pos: usize,
    /// Its length in bytes: one character or a doubled ASCII mark, at most
    /// four. A byte keeps the mark small, which counts when a paragraph
    /// holds millions of them.
    pub(crate) len: u8,
    pub(crate) family: Family,
    pub(crate) role: Role,
    /// The mark's first character, which tells its convention.
    pub(crate) ch: char,
    /// An apostrophe that may be a closing mark or a plural possessive
    /// ("voters' "): it closes only when no later mark could.
    pub(crate) possessive: bool,
}

impl Mark {
    /// A mark of `len` bytes (one character, or a doubled ASCII mark) at
    /// `pos`, not possessive.
    fn new(pos: usize, len: usize, family: Family, role: Role, ch: char) -> Mark {
        debug_assert!(len <= 4, "a quotation mark is at most four bytes");
        Mark {
            pos,
            // at most four, as above
            #[allow(clippy::cast_possible_truncation)]
            len: len as u8,
            family,
            role,
            ch,
            possessive: false,
        }
    }

    pub(crate) fn end(&self) -> usize {
        self.pos + usize::from(self.len)
    }
}

/// Character classes around a mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// Start or end of the paragraph, or white space.
    Space,
    /// A letter or digit.
    Word,
    /// Opening brackets and dashes, which a quotation may follow.
    Opening,
    /// Punctuation that ends a clause or sentence, or closes a bracket.
    Ender,
    /// Any other punctuation or symbol.
    Punct,
}

impl Side {
    /// Punctuation or a symbol other than an opening bracket or dash.
    fn is_punct(self) -> bool {
        matches!(self, Side::Punct | Side::Ender)
    }
}

fn side(c: Option<char>) -> Side {
    match c {
        None => Side::Space,
        Some(c) if is_space(c) => Side::Space,
        Some(c) if c.is_alphanumeric() => Side::Word,
        Some('(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '\u{2015}' | '/') => Side::Opening,
        Some(',' | '.' | ';' | ':' | '?' | '!' | ')' | ']' | '}') => Side::Ender,
        Some(_) => Side::Punct,
    }
}

/// Left- and right-flanking, after the `CommonMark` emphasis rules: a mark
/// with text after it, and before it space or punctuation, can open; one
/// with text before it, and after it space or punctuation, can close.
fn flanking(before: Side, after: Side) -> (bool, bool) {
    let after_open = matches!(after, Side::Space);
    // (a dash or bracket before a mark opens it only where more than an
    // ending follows: with space or a comma or period after, the mark
    // closes words broken off, "We—" she began; "I—",)
    let before_open = before == Side::Space
        || (before == Side::Opening && !matches!(after, Side::Space | Side::Ender));
    let left = !after_open
        && (!(after.is_punct() || after == Side::Opening) || before_open || before.is_punct());
    let right = !before_open
        && (!before.is_punct() || after_open || after.is_punct() || after == Side::Opening);
    (left, right)
}

fn role_from_flanking(before: Side, after: Side) -> Option<Role> {
    // (a mark between a clause's ending and a word, with no space on
    // either side, may open or close: `He said,"We won."`, `"We won,"he
    // said`; whether a quotation is open decides)
    if before == Side::Ender && after == Side::Word {
        return Some(Role::Either);
    }
    match flanking(before, after) {
        (true, false) => Some(Role::Open),
        (true, true) => Some(Role::Either),
        (false, true) => Some(Role::Close),
        // Space on both sides: a closing mark set off from an inner one
        // ('outreach,' ") closes what is open, and one with nothing open
        // opens a quotation typed with inner spaces (`" We won, " he
        // said`)
        (false, false) if before == Side::Space && after == Side::Space => Some(Role::Either),
        (false, false) if after != Side::Space => Some(Role::Close),
        (false, false) => None,
    }
}

/// Collects the marks of `text[start..end]` into `out` (cleared first).
pub(crate) fn scan(text: &str, start: usize, end: usize, out: &mut Vec<Mark>) {
    out.clear();
    let bytes = text.as_bytes();
    // Marks are rare: jump between candidate bytes with SIMD searches, for
    // the rare lead bytes (` « 「 …) only in paragraphs that hold one.
    let rare = has_rare_lead(&bytes[start..end]);
    let [c0, c1, c2] = COMMON_LEADS;
    let mut i = start;
    while i < end {
        let skip = if rare {
            bytes[i..end].iter().position(|&b| LEADS[usize::from(b)])
        } else {
            memchr::memchr3(c0, c1, c2, &bytes[i..end])
        };
        let Some(skip) = skip else { break };
        i += skip;
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        let Some(m) = crate::marks::mark(c) else {
            i += len;
            continue;
        };
        i = read(text, start, end, i, m, out);
    }
    if memchr::memchr(b'<', &bytes[start..end]).is_some() {
        drop_in_tags(bytes, start, end, out);
    }
}

/// The longest markup tag read, in bytes: `<tweet author="…" …>` and the
/// like. A longer run from `<` to `>` is taken for text.
const MAX_TAG: usize = 512;

/// Drops the marks inside markup tags of `bytes[start..end]` (`<a
/// href="…">`, `<tweet author="…">`, `</p>`): they delimit attribute
/// values, not quotations. A tag opens with `<` and a letter, `/` or `!`
/// and closes at the first `>` within [`MAX_TAG`] bytes, with no `<` or
/// line break before it; "a < b" and "x<y and z" are no tags. The tags
/// are found as the marks are walked, both in text order, with nothing
/// stored.
fn drop_in_tags(bytes: &[u8], start: usize, end: usize, out: &mut Vec<Mark>) {
    let mut tag = next_tag(bytes, start, end);
    out.retain(|m| {
        while let Some((_, close)) = tag.filter(|&(_, close)| close < m.pos) {
            tag = next_tag(bytes, close + 1, end);
        }
        !tag.is_some_and(|(open, close)| open < m.pos && m.pos < close)
    });
}

/// The first markup tag of `bytes[from..end]`: its `<` and `>`.
fn next_tag(bytes: &[u8], from: usize, end: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while let Some(k) = memchr::memchr(b'<', bytes.get(i..end)?) {
        let open = i + k;
        i = open + 1;
        if let Some(close) = tag_at(bytes, open, end) {
            return Some((open, close));
        }
    }
    None
}

/// The `>` closing the markup tag whose `<` is at `open`, within
/// `bytes[..end]`, if a tag opens there.
pub(crate) fn tag_at(bytes: &[u8], open: usize, end: usize) -> Option<usize> {
    let named = bytes
        .get(open + 1)
        .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!');
    if !named || open + 1 >= end {
        return None;
    }
    let limit = end.min(open + MAX_TAG);
    let len = bytes[open + 1..limit]
        .iter()
        .position(|&b| matches!(b, b'>' | b'<' | b'\n'))?;
    let close = open + 1 + len;
    if bytes[close] != b'>' {
        return None;
    }
    // a tag's name runs to a space, "/" or ">" ("<tweet author=…>"),
    // which "x<y and z>w" also passes; "<y, z>" does not
    let name_end = bytes[open + 1..close]
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'/' | b'!' | b'-' | b':')))
        .map_or(close, |n| open + 1 + n);
    matches!(bytes[name_end], b' ' | b'\t' | b'/' | b'>').then_some(close)
}

/// Whether `bytes` hold a lead byte of a mark outside [`COMMON_LEADS`].
fn has_rare_lead(bytes: &[u8]) -> bool {
    let (rare, n) = RARE_LEADS;
    match n {
        0 => false,
        1..=3 => memchr::memchr3(rare[0], rare[1.min(n - 1)], rare[2.min(n - 1)], bytes).is_some(),
        _ => bytes.iter().any(|b| rare[..n].contains(b)),
    }
}

/// Reads the mark `m` at `i` as its table row says; returns the byte after
/// what was read.
fn read(
    text: &str,
    start: usize,
    end: usize,
    i: usize,
    m: &crate::marks::Mark,
    out: &mut Vec<Mark>,
) -> usize {
    let bytes = text.as_bytes();
    let c = m.ch;
    let len = c.len_utf8();
    match m.reading {
        Reading::Flanked => push_flanked(text, start, end, i, len, m.family, c, out),
        Reading::StraightSingle => {
            let mut n = 1;
            while i + n < end && bytes[i + n] == bytes[i] {
                n += 1;
            }
            apostrophes(text, start, end, i, n, out);
            return i + n;
        }
        Reading::Backtick => {
            if bytes.get(i + 1) == Some(&bytes[i]) {
                out.push(Mark::new(i, 2, Family::Double, Role::Open, c));
                return i + 2;
            }
        }
        _ => fixed(text, start, end, i, m, out),
    }
    i + len
}

fn around(
    text: &str,
    start: usize,
    end: usize,
    i: usize,
    len: usize,
) -> (Option<char>, Option<char>) {
    let before = if i > start {
        char_before(text, i)
    } else {
        None
    };
    let after = if i + len < end {
        char_at(text, i + len)
    } else {
        None
    };
    (before, after)
}

#[allow(clippy::too_many_arguments)]
fn push_flanked(
    text: &str,
    start: usize,
    end: usize,
    i: usize,
    len: usize,
    family: Family,
    ch: char,
    out: &mut Vec<Mark>,
) {
    let (before, after) = around(text, start, end, i, len);
    if let Some(role) = role_from_flanking(side(before), side(after)) {
        out.push(Mark::new(i, len, family, role, ch));
    }
}

/// A run of `n` straight apostrophes at `i`.
fn apostrophes(text: &str, start: usize, end: usize, i: usize, n: usize, out: &mut Vec<Mark>) {
    match n {
        1 => single(text, start, end, i, 1, '\'', out),
        // the double-apostrophe convention of newspaper plain text: ''…''
        2 => push_flanked(text, start, end, i, 2, Family::Double, '\'', out),
        _ => {
            // three or more: doubles, and a single nearest the text when the
            // count is odd ('''Tis opens '' then '; no.''' closes ' then '')
            let (before, after) = around(text, start, end, i, n);
            let (left, _) = flanking(side(before), side(after));
            let role = if left { Role::Open } else { Role::Close };
            let single_at = if n % 2 == 0 {
                None
            } else if left {
                Some(i + n - 1)
            } else {
                Some(i)
            };
            let mut k = i;
            while k < i + n {
                let (len, family) = if Some(k) == single_at {
                    (1, Family::Single)
                } else {
                    (2, Family::Double)
                };
                out.push(Mark::new(k, len, family, role, '\''));
                k += len;
            }
        }
    }
}

/// The word that starts at `i`: letters and digits.
fn word_after(text: &str, i: usize, end: usize) -> &str {
    let s = text.get(i..end).unwrap_or("");
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(k, _)| k);
    &s[..len]
}

/// The letters and digits that end at `i`, not before `floor`.
fn word_before(text: &str, floor: usize, i: usize) -> &str {
    // a bounded look back: longer words are neither "n" nor g-dropped
    let floor = ceil_char_boundary(text, floor.max(i.saturating_sub(32)));
    let s = text.get(floor..i).unwrap_or("");
    let start = s
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(k, c)| k + c.len_utf8());
    &s[start..]
}

/// A single straight apostrophe, or a curly ’ or ‘, at `i`.
fn single(
    text: &str,
    start: usize,
    end: usize,
    i: usize,
    len: usize,
    ch: char,
    out: &mut Vec<Mark>,
) {
    let (before, after) = around(text, start, end, i, len);
    let (b, a) = (side(before), side(after));
    let push = |out: &mut Vec<Mark>, role, possessive| {
        out.push(Mark {
            possessive,
            ..Mark::new(i, len, Family::Single, role, ch)
        });
    };
    match (b, a) {
        // don't, O'Brien, rock'n'roll
        (Side::Word, Side::Word) => {}
        (Side::Space | Side::Opening | Side::Punct | Side::Ender, Side::Word) => {
            let word = word_after(text, i + len, end);
            // 'em, 'tis, '90s; and 's, 'll after a period or a closing
            // mark (Jr.'s) are apostrophes
            let elided = ELISIONS.contains(word)
                || word.starts_with(|c: char| c.is_ascii_digit())
                || (b.is_punct() && matches!(word, "s" | "d" | "ll" | "re" | "ve" | "m" | "t"));
            if !elided && ch != '\u{2019}' {
                push(out, Role::Open, false);
            } else if !elided {
                // ’ before a word is an apostrophe far more often than a
                // misturned opening mark; it opens only where nothing else
                // could
                push(out, Role::Open, true);
            }
        }
        // voters', the Joneses', or the end of 'a quotation'
        (Side::Word, _) => {
            let word = word_before(text, start, i);
            // rock 'n' roll: the closing apostrophe of an elided "n"
            if word == "n" && matches!(char_before(text, i - 1), Some('\'' | '\u{2019}')) {
                return;
            }
            // a plural possessive, or a dropped g (nothin', goin')
            let possessive = before.is_some_and(|c| c == 's' || c == 'S' || c == 'z')
                || (word.len() > 3 && word.ends_with("in"));
            if ch == '\u{2018}' {
                // ‘ after a word is a misturned apostrophe or closer
                push(out, Role::Close, true);
            } else {
                push(out, Role::Close, possessive);
            }
        }
        (Side::Punct | Side::Ender, Side::Space | Side::Punct | Side::Ender | Side::Opening) => {
            push(out, Role::Close, false);
        }
        (Side::Space | Side::Opening, Side::Punct | Side::Ender) => push(out, Role::Open, false),
        _ => {}
    }
}

/// A mark at `i` read by its direction and its sides.
fn fixed(
    text: &str,
    start: usize,
    end: usize,
    i: usize,
    m: &crate::marks::Mark,
    out: &mut Vec<Mark>,
) {
    let c = m.ch;
    let len = c.len_utf8();
    let push = |out: &mut Vec<Mark>, role| out.push(Mark::new(i, len, m.family, role, c));
    let (before, after) = around(text, start, end, i, len);
    match m.reading {
        Reading::RightSingle => single(text, start, end, i, len, c, out),
        Reading::LeftSingle => {
            if side(before) == Side::Word {
                single(text, start, end, i, len, c, out);
            } else if side(after) == Side::Word {
                let word = word_after(text, i + len, end);
                // ‘90s: a misturned apostrophe
                if !(ELISIONS.contains(word) || word.starts_with(|c: char| c.is_ascii_digit())) {
                    push(out, Role::Open);
                }
            } else if side(after) != Side::Space {
                push(out, Role::Open);
            }
        }
        // “ opens, or closes „…“ (and a misturned closer: “Mostly False.“)
        Reading::LeftDouble => match role_from_flanking(side(before), side(after)) {
            Some(Role::Close) => push(out, Role::Close),
            None => {}
            // (set off by spaces, it closes what is open: `“We won, “ he`)
            Some(Role::Either) if side(before) == Side::Space => push(out, Role::Either),
            _ => push(out, Role::Open),
        },
        // ” closes; before a word after a space it may open (”…”)
        Reading::RightDouble => match role_from_flanking(side(before), side(after)) {
            Some(Role::Open) => push(out, Role::Either),
            None => {}
            _ => push(out, Role::Close),
        },
        Reading::Open => push(out, Role::Open),
        Reading::Close => push(out, Role::Close),
        Reading::OpenBeforeWord => {
            if side(after) == Side::Word {
                push(out, Role::Open);
            }
        }
        // « » point either way, with or without inner spaces; which one
        // opens is decided when pairing
        Reading::Either => {
            if !(side(before) == Side::Space && after.is_none()) {
                push(out, Role::Either);
            }
        }
        Reading::Flanked | Reading::StraightSingle | Reading::Backtick => {}
    }
}
