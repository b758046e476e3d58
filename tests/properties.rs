//! Properties that hold for every input: spans in bounds and ordered, no
//! panics, text never lost, prefixes shift spans.

use proptest::prelude::*;
use whosaid::Span;

/// White space as the crate trims it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Text built from the characters segmentation and quote detection care
/// about, so that short inputs hit many rules.
fn tricky_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[.?!\u{2026}\"'`\u{201c}\u{201d}\u{2018}\u{2019}\u{ab}\u{bb}\u{201e} \n\r\t\u{a0}\u{feff}aAzZ19()\\[\\]:,;\u{2014}\u{2022}-]{0,120}",
        "([A-Z][a-z]{0,6}|[a-z]{1,6}|[0-9]{1,3}|Mr|U\\.S|e\\.g|said|he)([.?!,:;]{0,3}[\"'\u{201d}\u{2019})]{0,2}[ \n]{1,2}|[\"'\u{201c}\u{2018}(]){1,30}",
    ]
}

fn check_sentence_spans(text: &str, spans: &[Span]) {
    let mut last_end = 0;
    for span in spans {
        assert!(span.start < span.end, "empty span {span:?} in {text:?}");
        assert!(span.start >= last_end, "unordered {spans:?} in {text:?}");
        assert!(span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let s = &text[*span];
        assert!(
            !s.starts_with(is_space) && !s.ends_with(is_space),
            "untrimmed {s:?}"
        );
        // between sentences: only white space
        assert!(
            text[last_end..span.start].chars().all(is_space),
            "lost text in {text:?}"
        );
        last_end = span.end;
    }
    assert!(
        text[last_end..].chars().all(is_space),
        "lost tail in {text:?}"
    );
}

fn sentence_spans(text: &str) -> Vec<Span> {
    whosaid::sentences(text).map(|s| s.span()).collect()
}

fn paragraph_spans(text: &str) -> Vec<Span> {
    whosaid::paragraphs(text).map(|p| p.span()).collect()
}

/// One well-formed sentence: a word that opens sentences, ordinary words
/// (with abbreviations, initials, numbers and apostrophes inside), and
/// terminal punctuation, sometimes inside quotation marks.
fn sentence() -> impl Strategy<Value = String> {
    let first = prop::sample::select(vec!["The", "It", "We", "They", "This", "He", "She", "But"]);
    let word = prop::sample::select(vec![
        "economy",
        "minister",
        "said",
        "talks",
        "in",
        "the",
        "of",
        "Beijing",
        "Mr. Lavrov",
        "$1.5",
        "billion",
        "U.S. officials",
        "Acme Inc. shares",
        "don't",
        "Russia's",
        "3.14",
        "e.g.",
        "Dr. Ruth Lee",
        "George W. Bush",
        "NATO... and",
        "(and more)",
        "Yahoo! in",
    ]);
    let last = prop::sample::select(vec!["today", "again", "there", "Moscow", "them", "2024"]);
    let end = prop::sample::select(vec![".", "?", "!", "!!", "?!", "..."]);
    let quoted = any::<bool>();
    (first, prop::collection::vec(word, 0..8), last, end, quoted).prop_map(
        |(first, words, last, end, quoted)| {
            let mut s = String::from(first);
            for w in words {
                s.push(' ');
                s.push_str(w);
            }
            s.push(' ');
            s.push_str(last);
            s.push_str(end);
            if quoted {
                format!("\u{201c}{s}\u{201d}")
            } else {
                s
            }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn sentence_spans_are_well_formed(text in tricky_text()) {
        check_sentence_spans(&text, &sentence_spans(&text));
    }

    #[test]
    fn paragraph_spans_are_well_formed(text in tricky_text()) {
        check_sentence_spans(&text, &paragraph_spans(&text));
    }

    #[test]
    fn sentences_lie_inside_paragraphs(text in tricky_text()) {
        let paragraphs = paragraph_spans(&text);
        for s in sentence_spans(&text) {
            prop_assert!(paragraphs.iter().any(|p| p.contains(s)), "{s:?} crosses a paragraph");
        }
    }

    #[test]
    fn generated_sentences_are_recovered(
        parts in prop::collection::vec(sentence(), 1..8),
        seps in prop::collection::vec(prop::sample::select(vec![" ", "  ", "\n", "\r\n", "\n\n", "\u{a0}"]), 8),
    ) {
        let mut text = String::new();
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                text.push_str(seps[i]);
            }
            text.push_str(p);
        }
        let got: Vec<&str> = whosaid::sentences(&text).map(|s| &text[s.span()]).collect();
        let want: Vec<&str> = parts.iter().map(String::as_str).collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn prefix_ending_in_a_blank_line_shifts_spans(prefix in tricky_text(), text in tricky_text()) {
        let prefix = format!("{prefix}\n\n");
        let joined = format!("{prefix}{text}");
        let mut want = sentence_spans(&prefix);
        want.extend(sentence_spans(&text).into_iter().map(|s| s.shifted(prefix.len())));
        prop_assert_eq!(sentence_spans(&joined), want);
    }
}
