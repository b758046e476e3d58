//! Tokens of the text outside quotations, and the frames (sentences
//! outside quotations) the rules read.

use crate::Span;
use crate::chars::{char_at, is_combining, is_dash};
use crate::lexicon::PREFIX_ABBREVIATIONS;
use crate::quote::tag_at;
use crate::segment::Segmenter;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word: letters or digits, with inner apostrophes, hyphens and
    /// periods, and the period of an abbreviation or initial.
    Word,
    /// The possessive or contracted `'s` split off a word.
    Clitic,
    /// One punctuation character.
    Punct(char),
    /// A whole top-level quotation, by its index.
    Quote(usize),
}

/// One token with its span.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub(crate) span: Span,
    pub(crate) kind: Kind,
    /// First letter upper case.
    pub(crate) cap: bool,
}

impl Token {
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span]
    }

    pub(crate) fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub(crate) fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(q) => Some(q),
            _ => None,
        }
    }

    /// A dash that attributes or interrupts: — – ― or "--".
    pub(crate) fn is_dash(&self) -> bool {
        matches!(self.kind, Kind::Punct(c) if is_dash(c))
    }
}

/// Tokenizes `text[span]`, replacing each quotation span in `quotes`
/// (sorted, with their indices) by one token. No word runs over the end
/// of a sentence in `sentences` (sorted): "said.Trump claimed", split by
/// the segmenter, is two words.
/// A word followed by a period keeps it when the word is an abbreviation
/// of the built-in lists or of `segmenter`'s own.
pub(crate) fn tokenize(
    text: &str,
    span: Span,
    quotes: &[(usize, Span)],
    sentences: &[Span],
    segmenter: &Segmenter,
    out: &mut Vec<Token>,
) {
    out.clear();
    let mut ends = sentences.iter().map(|s| s.end).peekable();
    let mut words = |a: usize, b: usize, out: &mut Vec<Token>| {
        let mut a = a;
        while let Some(&e) = ends.peek() {
            if e >= b {
                break;
            }
            if e > a {
                plain(text, a, e, segmenter, out);
                a = e;
            }
            ends.next();
        }
        plain(text, a, b, segmenter, out);
    };
    let mut i = span.start;
    for &(index, q) in quotes {
        if i >= span.end || q.start >= span.end {
            break;
        }
        if q.end <= i {
            continue;
        }
        if q.start > i {
            words(i, q.start, out);
        }
        out.push(Token {
            span: q,
            kind: Kind::Quote(index),
            cap: false,
        });
        i = q.end;
    }
    if i < span.end {
        words(i, span.end, out);
    }
}

/// ASCII letters and digits, by byte: one load instead of three range
/// tests in the loops that read every byte of the text.
static ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        #[allow(clippy::cast_possible_truncation)] // b < 256
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether `c` is the second character of a letter of UTF-8 text read
/// as Latin-1 and encoded again ("PeÃ±a" for "Peña", "FranÃ§ois"): a
/// symbol of U+0080–U+00BF, which after "Ã" or "Â" belongs to the word.
/// Not the no-break space nor a guillemet, which are what they seem.
fn mojibake_tail(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{bf}') && !matches!(c, '\u{a0}' | '\u{ab}' | '\u{bb}')
}

/// Whether the word so far ends with "Ã" or "Â", composed or not ("A"
/// and a combining tilde or circumflex, as text normalised to NFD has it).
fn after_mojibake_lead(word: &str) -> bool {
    word.ends_with(['Ã', 'Â']) || word.ends_with("A\u{303}") || word.ends_with("A\u{302}")
}

/// Tokenizes `text[start..end]`, which holds no quotation.
fn plain(text: &str, start: usize, end: usize, segmenter: &Segmenter, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        let b = bytes[i];
        if ALNUM[usize::from(b)] {
            i = word(text, i, end, segmenter, out);
        } else if b == b' ' {
            i += 1;
        } else if let Some(close) = (b == b'<').then(|| tag_at(bytes, i, end)).flatten() {
            // a markup tag ("<tweet author="…">") holds no words of the text
            i = close + 1;
        } else if b < 0x80 {
            let c = char::from(b);
            // "--" is a dash, and so is a hyphen with space on both sides
            // ("Iowa - Ann Lee"), or an underscore, which wire copy of
            // old set for a dash ("WASHINGTON (AP) _ The …")
            let spaced = matches!(c, '-' | '_')
                && i > 0
                && bytes[i - 1].is_ascii_whitespace()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace);
            if spaced {
                out.push(Token {
                    span: Span::new(i, i + 1),
                    kind: Kind::Punct('\u{2014}'),
                    cap: false,
                });
                i += 1;
            } else if c == '-' && i + 2 <= end && bytes[i + 1] == b'-' {
                out.push(Token {
                    span: Span::new(i, i + 2),
                    kind: Kind::Punct('\u{2014}'),
                    cap: false,
                });
                i += 2;
            } else {
                // the rules read only these; stray marks, apostrophes,
                // symbols and spacing make no token
                if matches!(c, ',' | ':' | ';' | '(' | ')' | '.' | '!' | '?' | '-') {
                    out.push(Token {
                        span: Span::new(i, i + 1),
                        kind: Kind::Punct(c),
                        cap: false,
                    });
                }
                i += 1;
            }
        } else {
            let Some(c) = char_at(text, i) else { break };
            if c.is_alphanumeric() {
                i = word(text, i, end, segmenter, out);
            } else {
                if is_dash(c) {
                    out.push(Token {
                        span: Span::new(i, i + c.len_utf8()),
                        kind: Kind::Punct(c),
                        cap: false,
                    });
                }
                i += c.len_utf8();
            }
        }
    }
}

/// Whether "-elect" or "-designate" ([`crate::lexicon::TITLE_SUFFIXES`])
/// starts at byte `i` and ends a word before `limit` (not
/// "-designated"), as after an abbreviated title: "Gov.-elect".
fn title_suffix_at(bytes: &[u8], i: usize, limit: usize) -> bool {
    bytes.get(i) == Some(&b'-')
        && crate::lexicon::TITLE_SUFFIXES.iter().any(|x| {
            let end = i + 1 + x.len();
            end <= limit
                && bytes.get(i + 1..end) == Some(x.as_bytes())
                && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
        })
}

/// A word starting at `i`; returns the byte after it.
fn word(
    text: &str,
    start: usize,
    limit: usize,
    segmenter: &Segmenter,
    out: &mut Vec<Token>,
) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut end = start;
    let mut dotted = false;
    let mut apostrophe = false;
    let mut hyphen = false;
    while i < limit {
        let b = bytes[i];
        // ASCII letters and digits need no decoding
        if ALNUM[usize::from(b)] {
            i += 1;
            end = i;
            continue;
        }
        // a comma grouping the thousands of a number: "2,093", "1,500,000"
        if b == b',' && i > start && bytes[i - 1].is_ascii_digit() && thousands(bytes, i + 1, limit)
        {
            i += 1;
            continue;
        }
        // other ASCII ends the word, but for the joiners below
        if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b'&') {
            break;
        }
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        if c.is_alphanumeric()
            || is_combining(c)
            || (mojibake_tail(c) && after_mojibake_lead(&text[start..i]))
        {
            i += len;
            end = i;
        } else if c == '.' && title_suffix_at(bytes, i + 1, limit) {
            // "Gov.-elect": an abbreviated title and its suffix, one word
            (dotted, hyphen) = (true, true);
            i += 2;
        } else if matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&')
            && i + len < limit
            && char_at(text, i + len).is_some_and(char::is_alphanumeric)
        {
            dotted |= c == '.';
            hyphen |= c == '-';
            apostrophe |= c != '-' && c != '.' && c != '&';
            i += len;
        } else {
            break;
        }
    }
    let cap = if bytes[start].is_ascii() {
        bytes[start].is_ascii_uppercase()
            || ((hyphen || apostrophe) && reads_capitalised(&text[start..end]))
    } else {
        char_at(text, start).is_some_and(char::is_uppercase)
    };
    // split a trailing 's or ’s: Russia's, He’s
    let clitic = apostrophe.then(|| clitic_len(&text[start..end])).flatten();
    if let Some(len) = clitic {
        out.push(Token {
            span: Span::new(start, end - len),
            kind: Kind::Word,
            cap,
        });
        out.push(Token {
            span: Span::new(end - len, end),
            kind: Kind::Clitic,
            cap: false,
        });
        return end;
    }
    // a pronoun and its contracted auxiliary are two words: "she’ll",
    // "I've", "they're" (the auxiliary reads as "will", "have", "are")
    if let Some(len) = apostrophe
        .then(|| contracted_auxiliary(&text[start..end]))
        .flatten()
    {
        for (span, cap) in [
            (Span::new(start, end - len), cap),
            (Span::new(end - len, end), false),
        ] {
            out.push(Token {
                span,
                kind: Kind::Word,
                cap,
            });
        }
        return end;
    }
    let span_end = if keeps_mark(text, start, end, limit, cap, dotted, segmenter) {
        end + 1
    } else {
        end
    };
    out.push(Token {
        span: Span::new(start, span_end),
        kind: Kind::Word,
        cap,
    });
    // (the cheap test first: most words have no apostrophe after them;
    // "’" opens with the byte 0xE2)
    if !matches!(bytes.get(span_end), Some(b'\'' | 0xE2)) {
        return span_end;
    }
    trailing_possessive(text, start, end, span_end, limit, out).unwrap_or(span_end)
}

/// Whether the word from `start` to `end` keeps the mark right after it:
/// the period of an abbreviation or initial, or the exclamation mark of a
/// name spelled with one, inside a sentence ("told E! News").
fn keeps_mark(
    text: &str,
    start: usize,
    end: usize,
    limit: usize,
    cap: bool,
    dotted: bool,
    segmenter: &Segmenter,
) -> bool {
    let bytes = text.as_bytes();
    match bytes.get(end) {
        Some(b'.') if end < limit && end - start <= 8 => {
            let word = &text[start..end];
            abbreviation(word, cap, dotted, segmenter)
                || before_number(word, &bytes[end + 1..limit])
        }
        Some(b'!') => end + 1 < limit && crate::segment::BANG_NAMES.contains(&&text[start..end]),
        _ => false,
    }
}

/// Whether three digits start at byte `i`, and no fourth follows them,
/// before `limit`.
fn thousands(bytes: &[u8], i: usize, limit: usize) -> bool {
    i + 3 <= limit
        && bytes[i..i + 3].iter().all(u8::is_ascii_digit)
        && (i + 3 == limit || !bytes[i + 3].is_ascii_digit())
}

/// The length of an apostrophe right after the word `text[start..end]`
/// that marks a plural possessive: the word ends in "s" and no letter
/// follows the mark.
fn plural_possessive(text: &str, start: usize, end: usize, limit: usize) -> Option<usize> {
    let c = char_at(text, end).filter(|&c| matches!(c, '\'' | '\u{2019}'))?;
    let len = c.len_utf8();
    let ends_in_s = end > start && matches!(text.as_bytes()[end - 1], b's' | b'S');
    let next_is_letter =
        end + len < limit && char_at(text, end + len).is_some_and(char::is_alphanumeric);
    (ends_in_s && !next_is_letter).then_some(len)
}

/// Pushes the possessive after the word `start..end` (whose token ends
/// at `span_end`, past a kept period) as a token of its own, and returns
/// the byte after it: `'s` after an abbreviation's period ("Alphabet
/// Inc.'s Google", "the U.S.’s allies"), or the apostrophe of a plural
/// possessive ("Sanders' campaign", "voters’ views").
fn trailing_possessive(
    text: &str,
    start: usize,
    end: usize,
    span_end: usize,
    limit: usize,
    out: &mut Vec<Token>,
) -> Option<usize> {
    let at = if span_end > end { span_end } else { end };
    let len = if span_end > end {
        possessive_after_period(text, span_end, limit)?
    } else {
        plural_possessive(text, start, end, limit)?
    };
    out.push(Token {
        span: Span::new(at, at + len),
        kind: Kind::Clitic,
        cap: false,
    });
    Some(at + len)
}

/// The length of a possessive `'s` (or `’s`) at byte `at`, right after
/// an abbreviation's period, and before no letter or digit ("Inc.'s").
fn possessive_after_period(text: &str, at: usize, limit: usize) -> Option<usize> {
    let rest = text.get(at..limit)?;
    ["'s", "\u{2019}s"]
        .iter()
        .find(|c| rest.starts_with(*c))
        .map(|c| c.len())
        .filter(|&len| {
            char_at(text, at + len).is_none_or(|c| !c.is_alphanumeric()) || at + len >= limit
        })
}

/// The length of a trailing possessive or contracted `'s` (or `’s`) of
/// `word`, if it has one besides.
fn clitic_len(word: &str) -> Option<usize> {
    ["'s", "\u{2019}s", "'S", "\u{2019}S"]
        .iter()
        .find(|c| word.len() > c.len() && word.ends_with(*c))
        .map(|c| c.len())
}

/// The length of a contracted auxiliary ending `word` after a personal
/// or relative pronoun ("she’ll", "I'm", "who've"), if any.
fn contracted_auxiliary(word: &str) -> Option<usize> {
    let (stem, tail) = word.split_at(word.rfind(['\'', '\u{2019}'])?);
    let aux = tail.trim_start_matches(['\'', '\u{2019}']);
    let pronoun = [
        "i", "you", "he", "she", "it", "we", "they", "who", "that", "there",
    ]
    .iter()
    .any(|p| p.eq_ignore_ascii_case(stem));
    let auxiliary = ["ll", "d", "ve", "re", "m"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(aux));
    (pronoun && auxiliary).then_some(tail.len())
}

/// Whether `word` reads as capitalised though its first letter is lower
/// case: a name that opens with an Arabic article joined by a hyphen
/// ("al-Assad", "el-Sisi", "ul-Haq") or an elided particle before it
/// ("d'Escoto", "d’Estaing"), or a capitalised title after a
/// prefix of time ("then-Secretary", "ex-Gov").
fn reads_capitalised(word: &str) -> bool {
    let capital = |rest: &str| rest.chars().next().is_some_and(char::is_uppercase);
    [
        "al-",
        "el-",
        "ul-",
        "ad-",
        "ash-",
        "d'",
        "d\u{2019}",
        "dell'",
        "dell\u{2019}",
    ]
    .iter()
    .any(|p| word.strip_prefix(p).is_some_and(capital))
        || crate::lexicon::former_of(word).is_some_and(capital)
}

/// Whether `word`, followed by a period, is an abbreviation or initial
/// that keeps it: dotted ("U.S"), a single capital, or on the built-in or
/// the segmenter's lists. A title that is a whole word ("King", "Pope",
/// "aide") ends a sentence like any other word.
fn abbreviation(word: &str, cap: bool, dotted: bool, segmenter: &Segmenter) -> bool {
    // "then-Gov.": the title after the prefix decides
    let word = crate::lexicon::former_of(word).unwrap_or(word);
    let single_capital = cap && word.chars().nth(1).is_none();
    // (a decimal number, "$1.10.", ends before the sentence's period)
    let decimal = word.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    (dotted && !decimal)
        || single_capital
        || matches!(
            word,
            "Jr" | "Sr" | "St" | "Inc" | "Co" | "Corp" | "Ltd" | "Del"
        )
        || PREFIX_ABBREVIATIONS.contains(word)
        || segmenter.has_own_abbreviation(word)
}

/// Whether `word`, followed by a period and then `rest`, is an
/// abbreviation that stands before a number and has one after it: "No.
/// 10", "p. 55" (a sentence may end in "No.": "The answer was No.").
fn before_number(word: &str, rest: &[u8]) -> bool {
    // (the byte test first: most words before a period end a sentence)
    rest.iter()
        .find(|&&b| b != b' ')
        .is_some_and(u8::is_ascii_digit)
        && crate::lexicon::NUMERIC_ABBREVIATIONS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        let sentences: Vec<Span> = crate::sentences(text).map(|s| s.span()).collect();
        let mut out = Vec::new();
        tokenize(
            text,
            Span::new(0, text.len()),
            &[],
            &sentences,
            Segmenter::shared(),
            &mut out,
        );
        out
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn a_possessive_after_an_abbreviations_period_is_a_clitic() {
        for (text, clitic) in [
            ("Alphabet Inc.'s Google said.", "'s"),
            ("Alphabet Inc.\u{2019}s Google said.", "\u{2019}s"),
            ("the U.S.'s allies said.", "'s"),
        ] {
            let toks = tokens(text);
            let at = toks
                .iter()
                .position(|t| t.kind == Kind::Clitic)
                .unwrap_or_else(|| panic!("a clitic in {text}"));
            assert_eq!(toks[at].text(text), clitic, "{text}");
            assert!(toks[at - 1].text(text).ends_with('.'), "{text}");
            assert!(toks[at + 1].text(text).len() > 1, "{text}");
        }
        // not the start of a word after the period
        assert_eq!(words("Corp.'super' deal"), ["Corp.", "super", "deal"]);
    }

    #[test]
    fn a_decimal_number_leaves_the_sentence_period() {
        assert_eq!(
            words("Costs rose to $1.10. Shares fell."),
            ["Costs", "rose", "to", "1.10", ".", "Shares", "fell", "."]
        );
        // an abbreviation with inner periods keeps its own
        assert_eq!(
            words("He left the U.S. today."),
            ["He", "left", "the", "U.S.", "today", "."]
        );
    }

    #[test]
    fn combining_marks_and_mojibake_stay_in_their_word() {
        // NFD: a letter and its combining accent
        assert_eq!(
            words("said Jose\u{301} Marti\u{301}nez."),
            ["said", "Jose\u{301}", "Marti\u{301}nez", "."]
        );
        // UTF-8 read as Latin-1 and encoded again, composed or not
        assert_eq!(words("Pe\u{c3}\u{b1}a Nieto"), ["Pe\u{c3}\u{b1}a", "Nieto"]);
        assert_eq!(
            words("FranA\u{303}\u{83}A\u{302}\u{a7}ois Hollande"),
            ["FranA\u{303}\u{83}A\u{302}\u{a7}ois", "Hollande"]
        );
        // a symbol after another letter, and a no-break space after "Ã",
        // still end the word
        assert_eq!(words("a\u{a7}b"), ["a", "b"]);
        assert_eq!(words("\u{c3}\u{a0}b"), ["\u{c3}", "b"]);
    }

    #[test]
    fn no_word_runs_over_the_end_of_a_sentence() {
        assert_eq!(
            words("Trump said.Trump claimed"),
            ["Trump", "said", ".", "Trump", "claimed"]
        );
        // not in dotted abbreviations, short parts or web addresses
        assert_eq!(words("a Ph.D student"), ["a", "Ph.D", "student"]);
        assert_eq!(words("in St.Louis"), ["in", "St.Louis"]);
        assert_eq!(words("on change.org"), ["on", "change.org"]);
    }

    #[test]
    fn a_spaced_underscore_is_a_dash() {
        // as wire copy of old set it; not inside a word
        let text = "OMAHA (AP) _ Lee said snake_case";
        let out = tokens(text);
        let dashes: Vec<&str> = out
            .iter()
            .filter(|t| t.is_dash())
            .map(|t| t.text(text))
            .collect();
        assert_eq!(dashes, ["_"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            words("Retired Lt. Gen. Michael T. Flynn said."),
            [
                "Retired", "Lt.", "Gen.", "Michael", "T.", "Flynn", "said", "."
            ]
        );
        assert_eq!(words("the U.S. Senate"), ["the", "U.S.", "Senate"]);
        // one that stands before a number, where a number follows
        assert_eq!(words("in No. 10 said"), ["in", "No.", "10", "said"]);
        assert_eq!(
            words("The answer was No. Lee"),
            ["The", "answer", "was", "No", ".", "Lee"]
        );
    }

    #[test]
    fn the_segmenters_abbreviations_keep_their_period() {
        let seg = Segmenter::builder()
            .prefix_abbreviation("Chmn.")
            .build()
            .expect("a valid abbreviation");
        let text = "Chmn. Lestrade said.";
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &[], &[], &seg, &mut out);
        assert_eq!(out[0].text(text), "Chmn.");
        assert_eq!(words(text)[..2], ["Chmn", "."]);
    }

    #[test]
    fn a_plural_possessive_apostrophe_is_a_clitic() {
        let text = "Sanders\u{2019} campaign and the voters' views";
        assert_eq!(
            words(text),
            [
                "Sanders", "\u{2019}", "campaign", "and", "the", "voters", "'", "views"
            ]
        );
        // not an apostrophe that closes a quotation-like run inside a word
        assert_eq!(words("rock'n'roll")[0], "rock'n'roll");
    }

    #[test]
    fn possessive_is_split_and_dashes_are_tokens() {
        let text = "Russia\u{2019}s view -- not Kyiv's";
        assert_eq!(
            words(text),
            ["Russia", "\u{2019}s", "view", "--", "not", "Kyiv", "'s"]
        );
        let mut out = Vec::new();
        tokenize(
            text,
            Span::new(0, text.len()),
            &[],
            &[],
            Segmenter::shared(),
            &mut out,
        );
        assert!(out[3].is_dash());
        assert_eq!(out[1].kind, Kind::Clitic);
    }

    #[test]
    fn quotations_are_single_tokens() {
        let text = "He said \"no more\" today.";
        let mut out = Vec::new();
        tokenize(
            text,
            Span::new(0, text.len()),
            &[(7, Span::new(8, 17))],
            &[],
            Segmenter::shared(),
            &mut out,
        );
        assert_eq!(out[2].quote(), Some(7));
        assert_eq!(out.len(), 5);
    }
}
