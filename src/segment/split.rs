//! Sentence boundaries inside one paragraph.
//!
//! A single forward scan looks for terminal punctuation (`.`, `?`, `!`, the
//! ellipsis, CJK full stops) and, in a list, for the next list marker. At
//! each terminator the decision looks only at a bounded window around it,
//! so the cost stays linear in the length of the text.

use super::Segmenter;
use crate::Span;
use crate::chars::{
    ceil_char_boundary, char_at, char_before, is_cjk_stop, is_closer, is_dash,
    is_exclamation_or_question, is_lower, is_opener, is_quote_mark, is_space, is_terminator,
    is_upper, skip_space, trim_end, word_at,
};
use crate::lexicon::{
    NUMERIC_ABBREVIATIONS, PREFIX_ABBREVIATIONS, REPORTING_VERBS, SENTENCE_STARTERS,
};

/// How far back the decision looks for the word before a period. Longer
/// tokens are never abbreviations.
const WORD_WINDOW: usize = 32;
/// How far either way the decision looks for an e-mail or web address.
const ADDRESS_WINDOW: usize = 256;

/// Splits one paragraph into trimmed sentence spans.
#[derive(Debug, Clone)]
pub(crate) struct ParagraphSplitter<'s, 't> {
    seg: &'s Segmenter,
    text: &'t str,
    end: usize,
    /// Start of the sentence being built; `end` once all are out.
    start: usize,
    /// Where the search for the next terminator resumes.
    cursor: usize,
    /// The next terminator at or after `cursor`, as last computed from
    /// `term_from` (`None` inside: none left).
    term: Option<(usize, Option<usize>)>,
    /// The next ASCII terminator found by the last search.
    ascii_next: Option<usize>,
    /// How far the current sentence has been checked for a letter or digit.
    word_checked: usize,
    has_word: bool,
    list: Option<List>,
}

/// What a terminator does.
enum Decision {
    /// The sentence ends at `end`; the next one starts at `next`.
    Split { end: usize, next: usize },
    /// No boundary; scanning resumes at the given byte.
    Continue(usize),
}

impl<'s, 't> ParagraphSplitter<'s, 't> {
    pub(crate) fn new(seg: &'s Segmenter, text: &'t str, paragraph: Span) -> Self {
        let mut splitter = ParagraphSplitter {
            seg,
            text,
            end: paragraph.end,
            start: paragraph.start,
            cursor: paragraph.start,
            term: None,
            ascii_next: None,
            word_checked: paragraph.start,
            has_word: false,
            list: None,
        };
        // A paragraph that opens with a list marker is a list: each later
        // marker that continues the sequence starts a new item, even where
        // the item before it has no terminal punctuation.
        if let Some((marker, after)) = parse_marker(text, paragraph.start, paragraph.end) {
            splitter.cursor = after;
            splitter.list = marker.successor().map(|expect| List {
                expect,
                from: after,
                searched: false,
                found: None,
            });
        }
        splitter
    }

    /// Starts a new sentence at `at`, stepping over a list marker there.
    fn begin(&mut self, at: usize) {
        self.start = at;
        self.cursor = at;
        self.word_checked = at;
        self.has_word = false;
        if let Some((marker, after)) = parse_marker(self.text, at, self.end) {
            self.cursor = after;
            if let Some(list) = &mut self.list {
                if list.expect == marker {
                    if let Some(expect) = marker.successor() {
                        *list = List {
                            expect,
                            from: after,
                            searched: false,
                            found: None,
                        };
                    }
                }
            }
        }
    }

    fn next_terminator(&mut self) -> Option<usize> {
        if let Some((from, found)) = self.term {
            if from <= self.cursor && found.is_none_or(|t| t >= self.cursor) {
                return found;
            }
        }
        let found = find_terminator(self.text, self.cursor, self.end, &mut self.ascii_next);
        self.term = Some((self.cursor, found));
        found
    }

    /// Whether the sentence so far, up to `upto`, holds a letter or digit.
    fn has_word_before(&mut self, upto: usize) -> bool {
        if !self.has_word && self.word_checked < upto {
            let region = &self.text[self.word_checked..upto];
            self.has_word = region.chars().any(char::is_alphanumeric);
            self.word_checked = upto;
        }
        self.has_word
    }

    fn decide(&mut self, t: usize) -> Decision {
        let text = self.text;
        let end = self.end;
        let run = Run::scan(text, t, end);
        let mut after = run.end;
        let mut quoted = false;
        while after < end {
            match char_at(text, after) {
                // (a straight mark right before a capital opens the next
                // sentence, its space lost: `of trouble."We were`)
                Some('"') if opens_glued(text, after + 1) => break,
                Some(c) if is_closer(c) => {
                    quoted |= is_quote_mark(c);
                    after += c.len_utf8();
                }
                _ => break,
            }
        }
        let next = skip_space(text, after, end);
        if next >= end {
            return Decision::Continue(end);
        }
        // A sentence never consists of punctuation alone: the run joins the
        // text that follows it (". . . The practice").
        if !self.has_word_before(t) {
            return Decision::Continue(after);
        }
        let Some(c) = char_at(text, next) else {
            return Decision::Continue(end);
        };
        let spaced = next > after;
        let split = Decision::Split { end: after, next };
        if run.cjk {
            return split;
        }
        // The case test reads the first letter, past opening marks:
        // `done. (and more)` goes on like `done. and more`.
        let mut first = next;
        while let Some(o) = char_at(text, first).filter(|&o| is_opener(o) && first < end) {
            first += o.len_utf8();
        }
        if spaced && first > next && char_at(text, first).is_some_and(is_lower) {
            return Decision::Continue(after);
        }
        if is_lower(c)
            || is_terminator(c)
            || matches!(c, ',' | ';' | ':' | '-' | '\u{2026}')
            || is_dash(c)
            || (is_closer(c)
                && !(spaced && is_opener(c))
                && !(c == '"' && opens_glued(text, next + 1)))
        {
            return Decision::Continue(after);
        }
        if run.other {
            // "told E! News", "on Yahoo! Finance": a name whose "!" is its
            // own ends nothing
            if run.end == t + 1
                && text.as_bytes()[t] == b'!'
                && !quoted
                && BANG_NAMES.contains(&word_before(text, t, self.start).0)
            {
                return Decision::Continue(after);
            }
            // "Hello?! Is it you?" ends; "Really?Yes" ends only before a
            // word; "Why?" Smith asked. does not end before its speaker.
            if !spaced {
                return if is_upper(c) && lower_after(text, next) {
                    split
                } else {
                    Decision::Continue(after)
                };
            }
            if quoted && cue_follows(text, next, end) {
                return Decision::Continue(after);
            }
            return split;
        }
        if run.dots >= 2 {
            return self.decide_ellipsis(&run, t, after, next, spaced);
        }
        self.decide_period(t, after, next, spaced, c)
    }

    fn decide_ellipsis(
        &self,
        run: &Run,
        t: usize,
        after: usize,
        next: usize,
        spaced: bool,
    ) -> Decision {
        let text = self.text;
        // "[...]" marks an omission inside a quotation, never an end.
        if char_before(text, t).is_some_and(|b| b == '[' || b == '(')
            && char_at(text, run.end).is_some_and(|a| a == ']' || a == ')')
        {
            return Decision::Continue(after);
        }
        // "compounds. . . . The": the period on the word ends the sentence
        // and the spaced ellipsis opens the next one (an omission at the
        // start of a quoted sentence).
        if run.spaced
            && run.dots >= 4
            && text.as_bytes()[t] == b'.'
            && char_before(text, t).is_some_and(char::is_alphanumeric)
        {
            return Decision::Split {
                end: t + 1,
                next: skip_space(text, t + 1, self.end),
            };
        }
        // Four dots are an ellipsis plus a full stop.
        if run.dots >= 4 {
            return Decision::Split { end: after, next };
        }
        // A three-dot ellipsis ends a sentence only when the next word is
        // one that opens sentences ("... The"), not a name or "I".
        if spaced && starts_sentence(text, next, self.end) {
            return Decision::Split { end: after, next };
        }
        Decision::Continue(after)
    }

    fn decide_period(
        &self,
        t: usize,
        after: usize,
        next: usize,
        spaced: bool,
        c: char,
    ) -> Decision {
        let text = self.text;
        let split = Decision::Split { end: after, next };
        let keep = Decision::Continue(after);
        let (word, word_start) = word_before(text, t, self.start);
        if !spaced {
            // "world.Today", "1,000.That": a missing space after a period,
            // recognised by a plain word on both sides. Addresses and
            // dotted abbreviations ("U.S.A", "Jane.Doe@example.com") keep
            // their periods.
            let plain = word.chars().count() >= 2
                && !word.contains('.')
                && word.chars().all(|ch| ch.is_alphanumeric() || ch == ',');
            // (past a straight mark that opens the next sentence:
            // `trouble."We were`)
            let (c, first) = if c == '"' && opens_glued(text, next + 1) {
                (char_at(text, next + 1).unwrap_or(c), next + 1)
            } else {
                (c, next)
            };
            return if is_upper(c)
                && lower_after(text, first)
                && plain
                && !self.is_prefix(word)
                && !in_address(text, t, self.end)
            {
                split
            } else {
                keep
            };
        }
        if self.is_prefix(word) {
            return keep;
        }
        if c.is_ascii_digit() && NUMERIC_ABBREVIATIONS.contains(word) {
            return keep;
        }
        let mut letters = word.chars();
        let first = letters.next();
        // (a letter in brackets is no initial: "Sen. John McCain (R).
        // Last month, …")
        let bracketed = matches!(char_before(text, t), Some(')' | ']'));
        if let (Some(letter), None) = (first, letters.next()) {
            if is_upper(letter) && !bracketed {
                // An initial ("George W. Bush", "Albert I. Jones") ends a
                // sentence only after a lower-case word and before a word
                // that opens sentences ("you and I. Did") or a quotation
                // ("in a post on X. "Congress must act."": no name goes on
                // in marks after a lone initial there).
                let prev_lower =
                    word_before(text, trim_end(text, self.start, word_start), self.start)
                        .0
                        .chars()
                        .next()
                        .is_some_and(is_lower);
                return if prev_lower
                    && (starts_sentence(text, next, self.end) || quotation_opens(text, next))
                {
                    split
                } else {
                    keep
                };
            }
        }
        if self.may_end(word) {
            // An abbreviation that can end a sentence ("Co.", "U.S.",
            // "a.m.") does so only before a word that opens sentences, and
            // only after a clause: "At 5 a.m. Mr. Smith" goes on.
            if c.is_ascii_digit() {
                return keep;
            }
            return if (starts_sentence(text, next, self.end) || quotation_opens(text, next))
                && words_between(text, self.start, word_start) >= 3
            {
                split
            } else {
                keep
            };
        }
        split
    }

    fn is_prefix(&self, word: &str) -> bool {
        // "then-Sen.": the title after the prefix decides
        let word = crate::lexicon::former_of(word).unwrap_or(word);
        PREFIX_ABBREVIATIONS.contains(word) || self.seg.prefix_abbreviations.contains(word)
    }

    fn may_end(&self, word: &str) -> bool {
        crate::lexicon::ABBREVIATIONS.contains(word)
            || self.seg.abbreviations.contains(word)
            || is_dotted_abbreviation(word)
            || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_lowercase()))
    }
}

impl Iterator for ParagraphSplitter<'_, '_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        loop {
            let start = self.start;
            if start >= self.end {
                return None;
            }
            let term = self.next_terminator();
            let marker = match &mut self.list {
                Some(list) => list.next_marker(self.text, self.cursor, self.end),
                None => None,
            };
            if let Some(m) = marker.filter(|&m| term.is_none_or(|t| m < t)) {
                let end = trim_end(self.text, start, m);
                self.begin(m);
                if end > start {
                    return Some(Span::new(start, end));
                }
                continue;
            }
            let Some(t) = term else {
                self.start = self.end;
                return Some(Span::new(start, self.end));
            };
            match self.decide(t) {
                Decision::Split { end, next } => {
                    self.begin(next);
                    return Some(Span::new(start, end));
                }
                Decision::Continue(resume) => self.cursor = resume.max(t + 1),
            }
        }
    }
}

/// A run of terminal punctuation: "." "?!" "..." ". . . ." "…".
#[derive(Debug)]
struct Run {
    end: usize,
    /// Full stops, counting "…" as three.
    dots: u32,
    /// Holds a question or exclamation mark.
    other: bool,
    /// Dots separated by single spaces (". . .").
    spaced: bool,
    /// Holds a CJK full stop, which ends a sentence with no space after it.
    cjk: bool,
}

impl Run {
    fn scan(text: &str, t: usize, end: usize) -> Run {
        let mut run = Run {
            end: t,
            dots: 0,
            other: false,
            spaced: false,
            cjk: false,
        };
        let mut i = t;
        while i < end {
            let Some(c) = char_at(text, i) else { break };
            match c {
                '.' => run.dots += 1,
                '\u{2026}' => run.dots += 3,
                ' ' if run.dots > 0
                    && char_before(text, i) == Some('.')
                    && char_at(text, i + 1) == Some('.') =>
                {
                    run.spaced = true;
                }
                _ if is_cjk_stop(c) => {
                    run.cjk = true;
                    run.other |= is_exclamation_or_question(c);
                }
                _ if is_exclamation_or_question(c) => run.other = true,
                _ => break,
            }
            i += c.len_utf8();
            run.end = i;
        }
        run
    }
}

/// Names of outlets and shows spelled with an exclamation mark of their
/// own ("E! News", "Yahoo! Finance", "Jeopardy!"), without it.
pub(crate) const BANG_NAMES: &[&str] = &["E", "Yahoo", "Jeopardy"];

/// The next byte at or after `from` that may end a sentence. `ascii` caches
/// the next ASCII terminator (`.` `?` `!`, or `end` for none) so that runs
/// of non-ASCII terminators do not search the rest of the paragraph again.
fn find_terminator(
    text: &str,
    from: usize,
    end: usize,
    ascii: &mut Option<usize>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let ascii = match *ascii {
        Some(a) if a >= from => a,
        _ => {
            let a = memchr::memchr3(b'.', b'?', b'!', &bytes[from..end]).map_or(end, |k| from + k);
            *ascii = Some(a);
            a
        }
    };
    // lead bytes of "…", "‼", "‽", "。", "！", "？" before it
    let mut i = from;
    while i < ascii {
        let Some(k) = memchr::memchr3(0xE2, 0xE3, 0xEF, &bytes[i..ascii]) else {
            break;
        };
        i += k;
        let c = char_at(text, i)?;
        if is_terminator(c) {
            return Some(i);
        }
        i += c.len_utf8();
    }
    (ascii < end).then_some(ascii)
}

/// Whether the character after the one at `i` is a lower-case letter, as in
/// a capitalised word.
fn lower_after(text: &str, i: usize) -> bool {
    char_at(text, i)
        .and_then(|c| char_at(text, i + c.len_utf8()))
        .is_some_and(is_lower)
}

/// The word that ends at `t` (the byte of its period), within a bounded
/// window and not before `floor`, with any brackets or quotation marks
/// around it removed; and its start.
fn word_before(text: &str, t: usize, floor: usize) -> (&str, usize) {
    let mut start = t;
    let limit = t.saturating_sub(WORD_WINDOW).max(floor);
    while start > limit {
        match char_before(text, start) {
            Some(c) if (is_closer(c) || !is_opener(c)) && c != '"' && !is_space(c) => {
                start -= c.len_utf8();
            }
            _ => break,
        }
    }
    if start == limit && start > floor && char_before(text, start).is_some_and(|c| !is_space(c)) {
        // longer than any abbreviation
        return ("", t);
    }
    let mut word = &text[start..t];
    while let Some(c) = word.chars().next_back().filter(|&c| is_closer(c)) {
        word = &word[..word.len() - c.len_utf8()];
    }
    while let Some(c) = word.chars().next().filter(|&c| is_opener(c) || c == '\'') {
        word = &word[c.len_utf8()..];
        start += c.len_utf8();
    }
    (word, start)
}

/// "U.S", "a.m", "Ph.D", "e.g": letters in groups of one or two joined by
/// periods. Their shape marks them as abbreviations.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// Whether the token around byte `t` is an e-mail or web address: it holds
/// "@" or "://", or starts with "www.".
fn in_address(text: &str, t: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let floor = t.saturating_sub(ADDRESS_WINDOW);
    let mut lo = t;
    while lo > floor && !bytes[lo - 1].is_ascii_whitespace() {
        lo -= 1;
    }
    let ceil = (t + ADDRESS_WINDOW).min(end);
    let mut hi = t;
    while hi < ceil && !bytes[hi].is_ascii_whitespace() {
        hi += 1;
    }
    let token = &bytes[lo..hi];
    token.starts_with(b"www.")
        || memchr::memchr(b'@', token).is_some()
        || token.windows(3).any(|w| w == b"://")
}

/// How many words stand between `from` and `to`, counting up to three.
fn words_between(text: &str, from: usize, to: usize) -> usize {
    let from = from.max(to.saturating_sub(256));
    let region = &text[ceil_char_boundary(text, from)..to];
    region
        .split(is_space)
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(3)
        .count()
        .max(if from > 0 && to.saturating_sub(from) >= 256 {
            3
        } else {
            0
        })
}

/// Whether the word at `i` is one that opens sentences: a closed-class word
/// ("The", "How", "Did") or a title ("Mr.").
fn starts_sentence(text: &str, mut i: usize, end: usize) -> bool {
    // look past opening quotation marks and brackets: ... "The
    while let Some(c) = char_at(text, i).filter(|&c| is_opener(c)) {
        i += c.len_utf8();
    }
    let word = word_at(text, i, end);
    SENTENCE_STARTERS.contains(word)
        || (word.chars().next().is_some_and(is_upper) && PREFIX_ABBREVIATIONS.contains(word))
}

/// Whether a quotation opening with a capital starts at `i` (`Fresno,
/// Calif. "I think …"`): after an abbreviation that may end a sentence,
/// a new quotation is a new sentence. An ellipsis that opens the
/// quotation (`Ill. ". . . I just want"`) stands before its capital.
fn quotation_opens(text: &str, i: usize) -> bool {
    let Some(mark) = char_at(text, i).filter(|&c| crate::chars::is_quote_mark(c)) else {
        return false;
    };
    let mut j = i + mark.len_utf8();
    let mut dots = 0;
    while let Some(c) = char_at(text, j).filter(|&c| matches!(c, '.' | '…' | ' ')) {
        dots += usize::from(c != ' ');
        j += c.len_utf8();
        if dots > 3 || j - i > 12 {
            return false;
        }
    }
    let opened = i + mark.len_utf8();
    (dots != 0 || j == opened) && char_at(text, j).is_some_and(is_upper)
}

/// Whether a speaker and a reporting verb follow: up to four capitalised
/// words and then "said", "asked", … ("Why?" Sen. John Smith asked).
fn cue_follows(text: &str, mut i: usize, end: usize) -> bool {
    let mut names = 0;
    for _ in 0..6 {
        let word = word_at(text, i, end);
        if word.is_empty() {
            return false;
        }
        let first = word.chars().next().unwrap_or(' ');
        if names == 0 && SENTENCE_STARTERS.contains(word) {
            // "The", "He": the writer started a new sentence
            return false;
        }
        if is_upper(first) {
            names += 1;
            if names > 4 {
                return false;
            }
        } else {
            return names > 0 && (REPORTING_VERBS.contains(word) || cue_phrase_at(text, i, end));
        }
        i += word.len();
        if char_at(text, i) == Some('.') {
            i += 1;
        }
        let j = skip_space(text, i, end);
        if j == i {
            return false;
        }
        i = j;
    }
    false
}

/// Whether a reporting phrase of several words starts at `i` ("fired
/// back", "chimed in"): the words from there, each after one run of
/// spaces.
fn cue_phrase_at(text: &str, i: usize, end: usize) -> bool {
    let mut words = [""; 4];
    let mut at = i;
    for slot in &mut words {
        let word = word_at(text, at, end);
        if word.is_empty() {
            break;
        }
        *slot = word;
        at = skip_space(text, at + word.len(), end);
    }
    crate::lexicon::builtin_phrase_len(&|k| words.get(k).copied().unwrap_or("")).is_some()
}

/// A list marker: a bullet, a number or a lower-case letter followed by
/// ".", ")" or ".)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Bullet(char),
    Number(u32, Suffix),
    Letter(u8, Suffix),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix {
    Dot,
    Paren,
    DotParen,
}

impl Suffix {
    fn as_str(self) -> &'static str {
        match self {
            Suffix::Dot => ".",
            Suffix::Paren => ")",
            Suffix::DotParen => ".)",
        }
    }
}

impl Marker {
    /// The marker that continues the sequence.
    fn successor(self) -> Option<Marker> {
        match self {
            Marker::Bullet(_) => Some(self),
            Marker::Number(n, s) => n.checked_add(1).map(|n| Marker::Number(n, s)),
            Marker::Letter(l, s) => (l < b'z').then(|| Marker::Letter(l + 1, s)),
        }
    }

    fn pattern(self) -> String {
        match self {
            Marker::Bullet(c) => c.to_string(),
            Marker::Number(n, s) => format!("{n}{}", s.as_str()),
            Marker::Letter(l, s) => format!("{}{}", char::from(l), s.as_str()),
        }
    }
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' // •
            | '\u{25e6}' // ◦
            | '\u{2023}' // ‣
            | '\u{2043}' // ⁃
            | '\u{25aa}' // ▪
            | '\u{25cf}' // ●
            | '\u{2219}' // ∙
            | '\u{25a0}' // ■
            | '\u{25c6}' // ◆
            | '\u{27a2}' // ➢
            | '\u{25ba}' // ►
    )
}

/// The list marker at `i`, and the byte after it and its spacing.
fn parse_marker(text: &str, i: usize, end: usize) -> Option<(Marker, usize)> {
    let c = char_at(text, i)?;
    if is_bullet(c) || ((c == '-' || c == '*') && char_at(text, i + 1).is_some_and(is_space)) {
        let after = skip_space(text, i + c.len_utf8(), end);
        // a numbered item may follow the bullet ("• 9. The first item")
        let after = parse_counter(text, after, end).map_or(after, |(_, a)| a);
        return Some((Marker::Bullet(c), after));
    }
    parse_counter(text, i, end)
}

fn parse_counter(text: &str, i: usize, end: usize) -> Option<(Marker, usize)> {
    let bytes = text.as_bytes();
    let mut k = i;
    while k < end && k - i < 3 && bytes[k].is_ascii_digit() {
        k += 1;
    }
    let numeric = k > i;
    if !numeric {
        if k < end && bytes[k].is_ascii_lowercase() {
            k += 1;
        } else {
            return None;
        }
    }
    let suffix = if bytes.get(k..k + 2) == Some(b".)") {
        Suffix::DotParen
    } else if bytes.get(k) == Some(&b')') {
        Suffix::Paren
    } else if bytes.get(k) == Some(&b'.') {
        Suffix::Dot
    } else {
        return None;
    };
    let after_suffix = k + suffix.as_str().len();
    let after = skip_space(text, after_suffix, end);
    if after == after_suffix || after >= end {
        return None;
    }
    let marker = if numeric {
        Marker::Number(text[i..k].parse().ok()?, suffix)
    } else {
        Marker::Letter(bytes[i], suffix)
    };
    Some((marker, after))
}

/// A list in progress: the marker that would start the next item.
#[derive(Debug, Clone)]
struct List {
    expect: Marker,
    /// Where the search for it starts.
    from: usize,
    /// Whether the search has run since `expect` was set.
    searched: bool,
    /// Its result: `None` when the list has no further item.
    found: Option<usize>,
}

impl List {
    fn next_marker(&mut self, text: &str, cursor: usize, end: usize) -> Option<usize> {
        if self.searched && self.found.is_none_or(|m| m >= cursor) {
            return self.found;
        }
        let pattern = self.expect.pattern();
        let mut from = self.from.max(cursor);
        let found = loop {
            let Some(rel) = text.get(from..end).and_then(|s| s.find(&pattern)) else {
                break None;
            };
            let m = from + rel;
            let before_ok = char_before(text, m).is_some_and(is_space);
            if before_ok && parse_marker(text, m, end).is_some_and(|(k, _)| k == self.expect) {
                break Some(m);
            }
            from = m + pattern.len();
        };
        self.from = from;
        self.searched = true;
        self.found = found;
        found
    }
}
/// Whether a straight double mark ending at `i` opens a sentence glued to
/// the one before: a capital letter follows it with no space.
fn opens_glued(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(is_upper)
}
