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

// ---------------------------------------------------------------------------
// Quotations

/// Mark pairs by family: doubles and singles alternate with depth.
const DOUBLES: &[(&str, &str)] = &[
    ("\u{201c}", "\u{201d}"),
    ("\"", "\""),
    ("``", "''"),
    ("''", "''"),
    ("\u{ab}", "\u{bb}"),
    ("\u{201e}", "\u{201c}"),
];
const SINGLES: &[(&str, &str)] = &[("\u{2018}", "\u{2019}"), ("'", "'")];

/// Words, with apostrophes that are not quotation marks.
const WORDS: &[&str] = &[
    "economy",
    "talks",
    "don't",
    "it's",
    "Russia's",
    "voters' views",
    "the '90s",
    "rock 'n' roll",
    "o'clock",
    "Beijing",
    "said",
    "and",
];

/// A recipe for one quotation: its mark choice, words, and what is nested
/// inside.
#[derive(Debug, Clone)]
struct QuoteRecipe {
    style: usize,
    words: Vec<usize>,
    inner: Option<Box<QuoteRecipe>>,
}

fn quote_recipe() -> impl Strategy<Value = QuoteRecipe> {
    let leaf =
        (0..6usize, prop::collection::vec(0..WORDS.len(), 1..5)).prop_map(|(style, words)| {
            QuoteRecipe {
                style,
                words,
                inner: None,
            }
        });
    leaf.prop_recursive(3, 8, 1, |inner| {
        (
            0..6usize,
            prop::collection::vec(0..WORDS.len(), 1..5),
            inner,
        )
            .prop_map(|(style, words, inner)| QuoteRecipe {
                style,
                words,
                inner: Some(Box::new(inner)),
            })
    })
}

/// Writes a quotation into `out`, recording (start, end, depth) of it and
/// of the quotations inside it.
fn write_quote(
    r: &QuoteRecipe,
    depth: usize,
    out: &mut String,
    want: &mut Vec<(usize, usize, usize)>,
) {
    let (open, close) = if depth % 2 == 0 {
        DOUBLES[r.style % DOUBLES.len()]
    } else {
        SINGLES[r.style % SINGLES.len()]
    };
    let start = out.len();
    out.push_str(open);
    out.push_str("Start");
    for &w in &r.words {
        out.push(' ');
        out.push_str(WORDS[w]);
    }
    if let Some(inner) = &r.inner {
        out.push(' ');
        write_quote(inner, depth + 1, out, want);
    }
    out.push_str(" end");
    out.push_str(close);
    want.push((start, out.len(), depth));
}

/// A document: paragraphs of narrative and quotations, some paragraphs
/// ending in a quotation that runs on into the next one.
fn quote_document() -> impl Strategy<Value = (String, Vec<(usize, usize, usize)>)> {
    let item = (
        quote_recipe(),
        prop::collection::vec(0..WORDS.len(), 0..4),
        any::<bool>(),
    );
    prop::collection::vec(
        (prop::collection::vec(item, 1..4), any::<bool>(), 0..2usize),
        1..5,
    )
    .prop_map(|paragraphs| {
        let mut text = String::new();
        let mut want = Vec::new();
        for (k, (items, run_on, style)) in paragraphs.iter().enumerate() {
            if k > 0 {
                text.push_str(if k % 2 == 0 { "\n\n" } else { "\r\n" });
            }
            text.push_str("Narrative");
            for (recipe, words, comma) in items {
                text.push_str(if *comma { ", " } else { " " });
                write_quote(recipe, 0, &mut text, &mut want);
                for &w in words {
                    text.push(' ');
                    text.push_str(WORDS[w]);
                }
                text.push('.');
            }
            if *run_on {
                // news convention: no closing mark at the paragraph end,
                // an opening mark on the next paragraph
                let (open, close) = [("\u{201c}", "\u{201d}"), ("\"", "\"")][*style];
                text.push_str(" He said: ");
                let start = text.len();
                text.push_str(open);
                text.push_str("First part.\n\n");
                text.push_str(open);
                text.push_str("Second part.");
                text.push_str(close);
                want.push((start, text.len(), 0));
                text.push_str(" Narrative again.");
            }
        }
        want.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        (text, want)
    })
}

fn check_quote_spans(text: &str, quotes: &[whosaid::Quote<'_>]) {
    for (i, q) in quotes.iter().enumerate() {
        let span = q.span();
        assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
        for s in [span, q.content_span(), q.open_mark()] {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert!(span.contains(q.content_span()));
        assert_eq!(q.content(), &text[q.content_span()]);
        if i > 0 {
            assert!(quotes[i - 1].start() <= q.start(), "not in document order");
        }
        match q.parent() {
            None => assert_eq!(q.depth(), 0),
            Some(p) => {
                assert!(p < i);
                let parent = &quotes[p];
                assert!(parent.span().contains(span), "child outside its parent");
                assert_eq!(parent.depth() + 1, q.depth());
            }
        }
        // quotations nest or are disjoint, never cross
        for other in &quotes[..i] {
            let o = other.span();
            assert!(
                o.contains(span) || span.contains(o) || !o.overlaps(span),
                "{o:?} crosses {span:?} in {text:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_quotations_are_recovered((text, want) in quote_document()) {
        let got: Vec<(usize, usize, usize)> = whosaid::quotes(&text)
            .map(|q| (q.start(), q.end(), q.depth()))
            .collect();
        prop_assert_eq!(got, want, "{}", text);
    }

    #[test]
    fn quotation_spans_are_well_formed(text in tricky_text()) {
        let quotes: Vec<_> = whosaid::quotes(&text).collect();
        check_quote_spans(&text, &quotes);
    }

    #[test]
    fn quotation_prefix_shifts_spans(prefix in tricky_text(), text in tricky_text()) {
        let prefix = format!("{prefix}\n\n");
        // a quotation runs on over a blank line only when the next
        // paragraph opens with a mark: keep the text from opening with one
        let text = format!("x {text}");
        let joined = format!("{prefix}{text}");
        let mut want: Vec<_> = whosaid::quotes(&prefix).map(|q| q.span()).collect();
        want.extend(whosaid::quotes(&text).map(|q| q.span().shifted(prefix.len())));
        let got: Vec<_> = whosaid::quotes(&joined).map(|q| q.span()).collect();
        prop_assert_eq!(got, want);
    }
}

// ---------------------------------------------------------------------------
// Attribution, streaming and batches

/// News-like text: sentences with speakers, cues, pronouns, relays and
/// quotations, in paragraphs, with some of the tricky characters.
fn news_text() -> impl Strategy<Value = String> {
    let sentence = prop::sample::select(vec![
        "Sergey Lavrov said: \u{201c}We agree.\u{201d}",
        "\u{201c}It is over,\u{201d} he said.",
        "\u{201c}It is over,\u{201d} she said. \u{201c}We tried.\u{201d}",
        "Wang Yi told Lavrov that China would \"help Russia.\"",
        "According to RIA Novosti, Ms. Ann Lee said \"no.\"",
        "\"Yes,\" said Ann, a senior aide.",
        "The foreign minister left. Lavrov was tired.",
        "\u{201c}First part.",
        "\u{201c}Second part,\u{201d} Wang said.",
        "Trump: 'I Will Win'",
        "Sources said the talks were \"productive.\"",
        "He denounced the \u{201c}unlawful sanctions\u{201d} again.",
        "Officials said the talks would resume in May.",
        "The plan, she said, will fail, according to aides.",
        "In a new poll, most voters back the mayor's claim that taxes fell.",
        // a quotation alone, and a signature line that may sign it
        "\u{201c}We will look into it.\u{201d}",
        "- Ann Lee.",
        // lines of wrapped text that go on on the next line
        "The talks on the future of the region ran late into the",
        "\u{201c}We won,\u{201d}",
    ]);
    // (indented lines, as in wrapped newswire)
    let sep = prop::sample::select(vec![" ", "\n", "\n\n", "\r\n", "\n\n\n", "\n   ", "\n\t"]);
    (prop::collection::vec((sentence, sep), 1..16), tricky_text()).prop_map(|(parts, noise)| {
        let mut text = String::new();
        for (i, (s, sep)) in parts.iter().enumerate() {
            text.push_str(s);
            text.push_str(sep);
            if i == 3 {
                text.push_str(&noise);
            }
        }
        text
    })
}

/// Cuts `text` into pieces at the given byte positions, moved back to char
/// boundaries.
fn pieces(text: &str, mut cuts: Vec<usize>) -> Vec<&str> {
    for c in &mut cuts {
        *c %= text.len() + 1;
        while !text.is_char_boundary(*c) {
            *c -= 1;
        }
    }
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut last = 0;
    for c in cuts {
        out.push(&text[last..c]);
        last = c;
    }
    out.push(&text[last..]);
    out
}

/// What streaming must reproduce exactly: everything but the names (and
/// roles) that come from entities, which a stream knows only so far.
fn comparable(a: &whosaid::Attribution<'_>) -> String {
    let mention = |m: Option<&whosaid::Mention<'_>>| {
        m.map(|m| {
            format!(
                "{:?} {:?} {:?} {:?}",
                m.span(),
                m.text(),
                m.kind(),
                m.entity()
            )
        })
    };
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {}",
        a.quote(),
        mention(a.speaker()),
        a.cue(),
        mention(a.source()),
        mention(a.addressee()),
        a.rule(),
        a.confidence(),
        a.quote().parent(),
        a.quote().depth()
    )
}

/// A report as streaming must reproduce it: all but entity names.
fn comparable_report(r: &whosaid::Report<'_>) -> String {
    let mention = |m: Option<&whosaid::Mention<'_>>| {
        m.map(|m| {
            format!(
                "{:?} {:?} {:?} {:?}",
                m.span(),
                m.text(),
                m.kind(),
                m.entity()
            )
        })
    };
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {}",
        r.content(),
        r.content_text().collect::<Vec<_>>(),
        r.kind(),
        mention(r.speaker()),
        r.cue(),
        r.cue_class(),
        mention(r.source()),
        mention(r.addressee()),
        r.rule(),
        r.confidence()
    )
}

/// Content spans valid, in order, not overlapping each other nor the
/// speaker's mention; mentions and cues the text they say; reports in
/// document order.
fn check_reports(text: &str, got: &[whosaid::Report<'_>]) {
    let mut previous = 0;
    for r in got {
        let spans = r.content();
        assert!(!spans.is_empty());
        assert!(
            spans[0].start >= previous,
            "reports out of order in {text:?}"
        );
        previous = spans[0].start;
        for (s, t) in spans.iter().zip(r.content_text()) {
            assert!(s.start < s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert_eq!(&text[*s], t);
        }
        for w in spans.windows(2) {
            assert!(
                w[0].end <= w[1].start,
                "fragments {w:?} overlap in {text:?}"
            );
        }
        for m in [r.speaker(), r.source(), r.addressee()]
            .into_iter()
            .flatten()
        {
            assert_eq!(&text[m.span()], m.text());
        }
        if let Some(s) = r.speaker() {
            assert!(
                spans.iter().all(|c| !c.overlaps(s.span())),
                "speaker {:?} inside content {spans:?} in {text:?}",
                s.span()
            );
        }
        if let Some(c) = r.cue() {
            assert_eq!(&text[c.span()], c.text());
        }
        assert!((0.0..=1.0).contains(&r.confidence()));
        assert_eq!(r.speaker().is_some(), r.rule().is_some());
    }
}

fn check_attributions(text: &str, got: &[whosaid::Attribution<'_>]) {
    for a in got {
        let q = a.quote();
        for m in [a.speaker(), a.source(), a.addressee()]
            .into_iter()
            .flatten()
        {
            let s = m.span();
            assert!(
                s.end <= text.len()
                    && text.is_char_boundary(s.start)
                    && text.is_char_boundary(s.end)
            );
            assert_eq!(&text[s], m.text());
            assert!(
                !q.span().overlaps(s),
                "{s:?} inside its quotation {:?} in {text:?}",
                q.span()
            );
        }
        if let Some(c) = a.cue() {
            assert_eq!(&text[c.span()], c.text());
        }
        assert!((0.0..=1.0).contains(&a.confidence()));
        assert_eq!(a.speaker().is_some(), a.rule().is_some());
        // a nested quotation's speaker and cue are in the words of the
        // quotation it is in
        if let (Some(p), Some(m)) = (q.parent(), a.speaker()) {
            let outer = got[p].quote().content_span();
            assert!(
                outer.contains(m.span()),
                "{m:?} outside {outer:?} in {text:?}"
            );
            let cue = a.cue().expect("a nested quotation's rule reads a verb");
            assert!(
                outer.contains(cue.span()),
                "{cue:?} outside {outer:?} in {text:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn attribution_spans_are_well_formed(text in prop_oneof![news_text(), tricky_text()]) {
        let got: Vec<_> = whosaid::attribute(&text).collect();
        check_attributions(&text, &got);
    }

    #[test]
    fn streaming_equals_the_whole_document(
        text in prop_oneof![news_text(), tricky_text()],
        cuts in prop::collection::vec(any::<usize>(), 0..12),
    ) {
        let whole: Vec<String> = whosaid::attribute(&text).map(|a| comparable(&a)).collect();
        let mut stream = whosaid::stream();
        let mut streamed = Vec::new();
        for piece in pieces(&text, cuts) {
            streamed.extend(stream.push(piece));
        }
        streamed.extend(stream.finish());
        check_attributions(&text, &streamed);
        let streamed: Vec<String> = streamed.iter().map(comparable).collect();
        prop_assert_eq!(streamed, whole);
    }

    #[test]
    fn batches_equal_independent_runs(
        texts in prop::collection::vec(news_text(), 1..6),
        order in prop::collection::vec(any::<prop::sample::Index>(), 1..12),
    ) {
        // a batch that shuffles the texts and repeats some of them
        let batch: Vec<&str> = order.iter().map(|i| texts[i.index(texts.len())].as_str()).collect();
        let got = whosaid::attribute_batch(&batch);
        prop_assert_eq!(got.len(), batch.len());
        for (text, attributions) in batch.iter().zip(&got) {
            // each document alone, with an attributor of its own, and as a
            // document view: no state leaks from one document to the next
            let alone = whosaid::Attributor::default();
            let fresh: Vec<_> = alone.attribute(text).collect();
            prop_assert_eq!(attributions, &fresh);
            let doc = whosaid::Document::new(text);
            prop_assert_eq!(doc.attributions(), &attributions[..]);
        }
    }

    #[test]
    fn report_spans_are_well_formed(text in prop_oneof![news_text(), tricky_text()]) {
        let reports: Vec<_> = whosaid::reports(&text).collect();
        check_reports(&text, &reports);
    }

    #[test]
    fn streamed_reports_equal_the_whole_document(
        text in news_text(),
        cuts in prop::collection::vec(any::<usize>(), 0..12),
    ) {
        let whole: Vec<String> = whosaid::reports(&text).map(|r| comparable_report(&r)).collect();
        let mut stream = whosaid::stream().with_reports();
        let mut streamed = Vec::new();
        for piece in pieces(&text, cuts) {
            stream.push(piece);
            streamed.extend(stream.take_reports());
        }
        let (_, rest) = stream.finish_reports();
        streamed.extend(rest);
        check_reports(&text, &streamed);
        let streamed: Vec<String> = streamed.iter().map(comparable_report).collect();
        prop_assert_eq!(streamed, whole);
    }

    #[test]
    fn a_document_holds_the_same_reports(text in news_text()) {
        let doc = whosaid::Document::new(&text);
        let direct: Vec<_> = whosaid::reports(&text).collect();
        prop_assert_eq!(doc.reports(), &direct[..]);
        // reported speech changes nothing of the quotations' attributions
        let quotes: Vec<_> = whosaid::attribute(&text).collect();
        prop_assert_eq!(doc.attributions(), &quotes[..]);
    }

    #[test]
    fn a_document_holds_the_same_attributions(text in news_text()) {
        let doc = whosaid::Document::new(&text);
        let direct: Vec<_> = whosaid::attribute(&text).collect();
        prop_assert_eq!(doc.attributions(), &direct[..]);
        let sentences: Vec<_> = whosaid::sentences(&text).collect();
        prop_assert_eq!(doc.sentences(), &sentences[..]);
    }
}

#[cfg(feature = "rayon")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn parallel_batches_equal_sequential_ones(texts in prop::collection::vec(news_text(), 0..24)) {
        prop_assert_eq!(whosaid::par_attribute_batch(&texts), whosaid::attribute_batch(&texts));
    }
}

/// Attributes and reports each text, checking every result's spans.
fn check_all(texts: &[&str]) {
    for &text in texts {
        let attributions: Vec<_> = whosaid::attribute(text).collect();
        check_attributions(text, &attributions);
        let reports: Vec<_> = whosaid::reports(text).collect();
        check_reports(text, &reports);
    }
}

/// Inputs the fuzzer found: each once panicked.
#[test]
fn inputs_found_by_fuzzing_do_not_panic() {
    // a sentence-opening word of the modifier class as the frame's last
    // token, read with the token after it
    let texts = [
        "Can\n\"So what?\"\u{1f}ada\u{1c} nd Friday agreed on aid Harry. \u{2019}s o",
        "Still",
        "First\n",
        // a partial quotation's clause holding the fuller mention of its
        // trailing speaker (found by fuzzing before release)
        "E agree on u\u{201c}4!\u{201d}he said",
        // a verb of a name's class as the text's first word: the word
        // before it was read below the text
        "read",
        "state that",
        // marks inside a word open a quotation that the phrase after
        // "told" took in: the addressee held its own quotation
        "Ortega told Dubois''''''''x'''''''' that Mexico would go.''",
    ];
    check_all(&texts);
}

/// Inputs found by reading the code: each once panicked.
#[test]
fn inputs_found_in_review_do_not_panic() {
    let texts = [
        // a participle as the frame's first word before a quotation: the
        // comma before it was read at an index below the frame
        "adding, \"We will win.\"",
        "Adding: \u{201c}No.\u{201d}",
        // an opening comma, and one at the frame's first token: the word
        // before it is read only inside the frame
        ", Sheriff Joe Arpaio, a figure, backed it. \"Yes,\" he said.",
        "Ann Lee spoke.\n, Earlier, Sheriff Joe Arpaio, a figure, backed it.",
        "WASHINGTON \u{2014}, Sheriff Joe Arpaio, a figure, said it.",
        // a verb of naming with its subject at the frame's first token:
        // the word before the subject was read below the frame
        "he often calls \"X\" a lot.",
        "Ann Lee spoke. She often called \"the plan\" bad.",
    ];
    check_all(&texts);
}
