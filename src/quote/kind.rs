//! What a quotation is: speech, a fragment of speech, or a term.

use super::QuoteKind;
use crate::Span;
use crate::chars::{
    ceil_char_boundary, char_before, floor_char_boundary, is_closer, is_dash, is_quote_mark,
    is_space, is_terminator,
};
use crate::lexicon::{FEMALE_NAMES, MALE_NAMES, TERM_MARKERS, Vocabulary};

/// How far back the classification looks from an opening mark.
const LOOK_BACK: usize = 64;
/// How much of a quotation's content the classification reads.
const HEAD: usize = 256;

/// Small words that stay lower case in a title ("War and Peace").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// Whether `word` is one that title case leaves in lower case ("of",
/// "the").
pub(crate) fn is_title_small_word(word: &str) -> bool {
    TITLE_SMALL_WORDS.contains(&word)
}

/// A quotation's content as a name may be: a few words with no
/// punctuation of a sentence inside, without a comma closing the span,
/// which is the sentence's inside the marks in US style (on “Meet the
/// Press,” Lee said). Only short quotations can be terms; longer ones are
/// never read in full, so that nested quotations cost no more than their
/// own length.
pub(crate) fn short_name(body: &str) -> Option<&str> {
    let name = body.strip_suffix(',').unwrap_or(body);
    let short = name.len() <= HEAD && {
        let words = name
            .split(is_space)
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .take(7)
            .count();
        (1..=6).contains(&words) && !name.contains([',', ';', ':', '?', '!'])
    };
    short.then_some(name)
}

/// Classifies a quotation from its content and the text right before its
/// opening mark (`open`, within its paragraph starting at `floor`).
///
/// * `Term`: a short span right after a word that names ("so-called",
///   "dubbed", "titled"), or a short span in title case that does not open
///   its sentence ("Fox News Sunday").
/// * `Direct`: a quotation that opens its sentence, follows a colon, comma
///   or dash (a typed one too: "--", a hyphen or underscore standing
///   alone) or a reporting verb, or holds a sentence boundary.
/// * `Partial`: any other fragment inside the author's sentence.
///
/// `vocab` holds the reporting verbs (built-in and added) after which a
/// quotation is speech.
pub(crate) fn classify(
    text: &str,
    floor: usize,
    open: usize,
    content: Span,
    vocab: &Vocabulary,
) -> QuoteKind {
    let body = text.get(content.range()).unwrap_or("");
    let (prev, prev_word) = before(text, floor, open);
    let name = short_name(body);
    let short = name.is_some();
    if short && TERM_MARKERS.contains(prev_word) {
        return QuoteKind::Term;
    }
    // a nickname inside a name: one capitalised word between a known given
    // name and a surname (`Robert "Bob" Casey`; not a quoted word in a
    // headline's title case, "Sanders Calls Trump 'Dangerous' For …")
    if short
        && !body.contains(is_space)
        && body.chars().next().is_some_and(char::is_uppercase)
        && prev_word.chars().next().is_some_and(char::is_uppercase)
        && prev.is_some_and(char::is_alphabetic)
        && (MALE_NAMES.contains(prev_word) || FEMALE_NAMES.contains(prev_word))
        && surname_after(text, content.end)
    {
        return QuoteKind::Term;
    }
    let opens_sentence = match prev {
        None => true,
        Some(c) => is_terminator(c) || (is_closer(c) && ends_sentence_before(text, floor, open)),
    };
    // (a hyphen standing alone is a typed dash: "WASHINGTON -- "Q"",
    // "LONDON (Reuters) - "Q"", as the old wire's "(AP) _ "Q"" is)
    let typed_dash = matches!(prev_word, "-" | "--" | "---") || typed_underscore(text, floor, open);
    let set_off =
        matches!(prev, Some(':' | ',' | '(' | '[')) || prev.is_some_and(is_dash) || typed_dash;
    // a short title-case span is a name even after a verb (told "Fox News
    // Sunday"); set off by punctuation or opening its sentence it is speech
    if short
        && !opens_sentence
        && !set_off
        && name.is_some_and(title_case)
        && !title_case_before(text, floor, open)
    {
        return QuoteKind::Term;
    }
    let introduced = set_off
        || (!prev_word.is_empty() && introduced_by_cue(text, floor, open, prev_word, vocab));
    if opens_sentence || introduced || holds_boundary(&body[..floor_char_boundary(body, HEAD)]) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Whether the words before `open`, the last of them `last`, end with a
/// reporting verb or phrase ("said", "pointed out").
fn introduced_by_cue(
    text: &str,
    floor: usize,
    open: usize,
    last: &str,
    vocab: &Vocabulary,
) -> bool {
    if vocab.is_cue_word(last) {
        return true;
    }
    if !vocab.may_end_phrase(last) {
        return false;
    }
    // the words before, for a phrase of several: a short look back
    let from = ceil_char_boundary(text, floor.max(open.saturating_sub(LOOK_BACK)));
    let words: Vec<&str> = text[from..open]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .collect();
    words.first() == Some(&last) && vocab.ends_with_cue(|k| words.get(k).copied().unwrap_or(""))
}

/// The last non-space character before `open` (not before `floor`) and the
/// word it ends, if it ends one.
fn before(text: &str, floor: usize, open: usize) -> (Option<char>, &str) {
    // a bounded look back keeps runs of marks or spaces linear
    let floor = floor.max(open.saturating_sub(LOOK_BACK));
    let mut i = open;
    while i > floor {
        match char_before(text, i) {
            Some(c) if is_space(c) => i -= c.len_utf8(),
            Some(c) => {
                let end = i;
                let mut start = i;
                let limit = end.saturating_sub(32).max(floor);
                while start > limit {
                    match char_before(text, start) {
                        Some(w) if w.is_alphanumeric() || w == '-' => start -= w.len_utf8(),
                        _ => break,
                    }
                }
                return (Some(c), text.get(start..end).unwrap_or(""));
            }
            None => break,
        }
    }
    (None, "")
}

/// Whether an underscore standing alone between spaces comes right
/// before `open` (past spaces): the dash of old wire copy, "(AP) _ "Q"".
fn typed_underscore(text: &str, floor: usize, open: usize) -> bool {
    let from = floor.max(floor_char_boundary(text, open.saturating_sub(LOOK_BACK)));
    let Some(head) = text.get(from..open) else {
        return false;
    };
    let rest = head.trim_end_matches(is_space);
    rest.len() < head.len()
        && rest
            .strip_suffix('_')
            .is_some_and(|r| r.ends_with(is_space))
}

/// Whether the closing mark before `open` follows terminal punctuation:
/// `."  "Next` opens a sentence.
fn ends_sentence_before(text: &str, floor: usize, open: usize) -> bool {
    let floor = floor.max(open.saturating_sub(LOOK_BACK));
    let mut i = open;
    while i > floor {
        match char_before(text, i) {
            Some(c) if is_space(c) || is_closer(c) => i -= c.len_utf8(),
            Some(c) => return is_terminator(c),
            None => break,
        }
    }
    false
}

/// Every word capitalised but the small ones: a title or a name.
pub(crate) fn title_case(body: &str) -> bool {
    let mut any = false;
    for word in body.split(is_space) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            continue;
        };
        if first.is_uppercase() || first.is_ascii_digit() {
            any = true;
        } else if !TITLE_SMALL_WORDS.contains(&word) {
            return false;
        }
    }
    any
}

/// Whether the words right before the quotation are capitalised too, as
/// in a headline: then title case says nothing about the quotation.
fn title_case_before(text: &str, floor: usize, open: usize) -> bool {
    let floor = floor.max(open.saturating_sub(LOOK_BACK));
    let before = &text[ceil_char_boundary(text, floor)..open];
    let mut capitals = 0;
    for w in before
        .split(is_space)
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .rev()
        .take(3)
    {
        if w.chars().next().is_some_and(char::is_uppercase) {
            capitals += 1;
        } else if !TITLE_SMALL_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())) {
            return false;
        }
    }
    capitals > 0
}

/// Whether a capitalised word follows the closing mark after `end`, past
/// one space: the rest of a name.
fn surname_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let rest = rest.trim_start_matches(is_quote_mark);
    let mut chars = rest.chars();
    chars.next() == Some(' ') && chars.next().is_some_and(char::is_uppercase)
}

/// Whether terminal punctuation inside is followed by a capitalised word:
/// the quotation holds more than one sentence.
fn holds_boundary(body: &str) -> bool {
    let mut prev_terminal = false;
    let mut after_space = false;
    for c in body.chars() {
        if prev_terminal && after_space && c.is_uppercase() {
            return true;
        }
        if is_terminator(c) {
            prev_terminal = true;
            after_space = false;
        } else if is_space(c) {
            after_space = prev_terminal;
        } else if !is_closer(c) {
            prev_terminal = false;
            after_space = false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str, open: usize, close: usize) -> QuoteKind {
        classify(
            text,
            0,
            open,
            Span::new(open + 1, close),
            Vocabulary::shared(),
        )
    }

    #[test]
    fn sentence_opening_quote_is_direct() {
        let t = "\"we are fine,\" he said.";
        assert_eq!(kind(t, 0, 12), QuoteKind::Direct);
    }

    #[test]
    fn colon_and_verb_introduce_direct_speech() {
        let t = "He said: \"no\"";
        assert_eq!(kind(t, 9, 12), QuoteKind::Direct);
        let t = "He said \"no more\"";
        assert_eq!(kind(t, 8, 16), QuoteKind::Direct);
    }

    #[test]
    fn a_typed_dash_sets_speech_off() {
        // a hyphen or two standing alone, or the old wire's underscore,
        // is a dash: the quotation after it is speech
        for t in [
            "LONDON (Reuters) - \"We will stay,\" he said.",
            "WASHINGTON -- \"We will stay,\" he said.",
            "WASHINGTON (AP) _ \"We will stay,\" he said.",
            "\u{2014} \"We will stay,\" he said.",
        ] {
            let open = t.find('"').unwrap();
            let close = t[open + 1..].find('"').unwrap() + open + 1;
            assert_eq!(kind(t, open, close), QuoteKind::Direct, "{t}");
        }
        // not a hyphen or underscore inside a word
        for t in ["a so-\"called\" expert", "a well_\"known\" fact"] {
            let open = t.find('"').unwrap();
            let close = t[open + 1..].find('"').unwrap() + open + 1;
            assert_eq!(kind(t, open, close), QuoteKind::Partial, "{t}");
        }
    }

    #[test]
    fn fragment_inside_a_sentence_is_partial() {
        let t = "He denounced the \"unlawful sanctions\" today.";
        assert_eq!(kind(t, 17, 36), QuoteKind::Partial);
    }

    #[test]
    fn naming_words_make_terms() {
        let t = "the so-called \"experts\" left";
        assert_eq!(kind(t, 14, 22), QuoteKind::Term);
    }

    #[test]
    fn a_nickname_between_a_given_name_and_a_surname_is_a_term() {
        // (opening its sentence, where a title-case span is no term)
        let t = "Robert \"Bob\" Casey spoke.";
        assert_eq!(kind(t, 7, 11), QuoteKind::Term);
        // not after a word that is no given name (a headline's title case)
        let t = "Sanders Calls Trump \"Dangerous\" For America";
        assert_eq!(kind(t, 20, 30), QuoteKind::Partial);
        // nor where no surname follows
        let t = "Robert \"Bob\" spoke.";
        assert_ne!(kind(t, 7, 11), QuoteKind::Term);
    }

    #[test]
    fn added_cues_introduce_speech_too() {
        let t = "He harrumphed \"no more\" today";
        let content = Span::new(15, 22);
        assert_eq!(
            classify(t, 0, 14, content, Vocabulary::shared()),
            QuoteKind::Partial
        );
        let vocab = Vocabulary::with_cues(&["harrumphed"]);
        assert_eq!(classify(t, 0, 14, content, &vocab), QuoteKind::Direct);
        let t = "He weighed in \"no more\" today";
        let vocab = Vocabulary::with_cues(&["weighed in"]);
        assert_eq!(
            classify(t, 0, 14, Span::new(15, 22), &vocab),
            QuoteKind::Direct
        );
    }

    #[test]
    fn title_case_fragment_is_a_term() {
        let t = "on \"Fox News Sunday\" he said";
        assert_eq!(kind(t, 3, 19), QuoteKind::Term);
    }
}
