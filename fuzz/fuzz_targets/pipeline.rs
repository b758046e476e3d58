//! Runs every stage on arbitrary text and checks the span invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn check(text: &str, span: whosaid::Span) {
    assert!(span.start <= span.end && span.end <= text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fuzz_target!(|data: &[u8]| {
    // bytes pushed to a stream: an error exactly where they stop being
    // UTF-8, never a panic
    let mut raw = whosaid::stream();
    let step = usize::from(data.last().copied().unwrap_or(5)).max(1);
    let mut taken = 0;
    for chunk in data.chunks(step) {
        match raw.push_bytes(chunk) {
            Ok(_) => taken += chunk.len(),
            Err(whosaid::Error::InvalidUtf8 { offset }) => {
                let valid = std::str::from_utf8(data).map_or_else(|e| e.valid_up_to(), |_| data.len());
                assert_eq!(offset, valid);
                assert!(offset >= taken.saturating_sub(3) && offset <= taken + chunk.len());
                break;
            }
            Err(e) => panic!("unexpected error {e}"),
        }
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    assert!(raw.try_finish().is_ok());
    let mut last = 0;
    for s in whosaid::sentences(text) {
        check(text, s.span());
        assert!(s.start() >= last && !s.as_str().is_empty());
        last = s.end();
    }
    for p in whosaid::paragraphs(text) {
        check(text, p.span());
    }
    let doc = whosaid::Document::new(text);
    let quotes: Vec<_> = doc.quotes().collect();
    for (i, q) in quotes.iter().enumerate() {
        check(text, q.span());
        check(text, q.content_span());
        for seg in q.segments() {
            check(text, *seg);
        }
        if let Some(p) = q.parent() {
            assert!(p < i && quotes[p].span().contains(q.span()));
        }
        let _ = doc.sentences_of(i);
    }
    for i in 0..doc.sentences().len() {
        for q in doc.quotes_in(i) {
            assert!(q.span().overlaps(doc.sentences()[i].span()));
        }
    }
    // who was quoted: every attributed quotation in one group, in order
    let speakers = doc.speakers();
    let grouped: usize = speakers.iter().map(|s| s.quotes().len()).sum();
    let attributed = doc.attributions().iter().filter(|a| a.speaker().is_some()).count();
    assert_eq!(grouped, attributed);
    for s in &speakers {
        assert!(s.quotes().windows(2).all(|w| w[0] < w[1]));
        assert!(s.entity().is_none_or(|e| e < doc.entities().len()));
    }
    for a in doc.attributions() {
        for m in [a.speaker(), a.source(), a.addressee()].into_iter().flatten() {
            check(text, m.span());
            // a speaker is never inside its own quotation
            assert!(!a.quote().span().overlaps(m.span()) || a.quote().depth() > 0);
            assert_eq!(&text[m.span()], m.text());
        }
        if let Some(c) = a.cue() {
            check(text, c.span());
        }
        assert!((0.0..=1.0).contains(&a.confidence()));
    }
    // the same text fed to a stream in pieces (cut where the first byte
    // says) gives the same quotations and speakers
    // reported speech: content spans valid, in order, apart from each
    // other and from the speaker; the quotations' attributions unchanged
    let mut previous = 0;
    for r in doc.reports() {
        let spans = r.content();
        assert!(!spans.is_empty() && spans[0].start >= previous);
        previous = spans[0].start;
        for (span, t) in spans.iter().zip(r.content_text()) {
            check(text, *span);
            assert!(span.start < span.end);
            assert_eq!(&text[*span], t);
        }
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
        for m in [r.speaker(), r.source(), r.addressee()].into_iter().flatten() {
            check(text, m.span());
            assert_eq!(&text[m.span()], m.text());
        }
        if let Some(s) = r.speaker() {
            assert!(spans.iter().all(|c| !c.overlaps(s.span())));
        }
        assert!((0.0..=1.0).contains(&r.confidence()));
    }
    let alone: Vec<_> = whosaid::attribute(text).collect();
    assert_eq!(&alone[..], doc.attributions());
    let step = usize::from(data.first().copied().unwrap_or(7)).max(1);
    let mut stream = whosaid::stream().with_reports();
    let mut streamed = Vec::new();
    let mut reports = Vec::new();
    let mut last = 0;
    let mut cut = step;
    while cut < text.len() {
        if text.is_char_boundary(cut) {
            streamed.extend(stream.push(&text[last..cut]));
            reports.extend(stream.take_reports());
            last = cut;
        }
        cut += step;
    }
    streamed.extend(stream.push(&text[last..]));
    let (rest, more) = stream.finish_reports();
    streamed.extend(rest);
    reports.extend(more);
    assert_eq!(reports.len(), doc.reports().len());
    for (s, w) in reports.iter().zip(doc.reports()) {
        assert_eq!(s.content(), w.content());
        assert_eq!(s.speaker().map(|m| m.span()), w.speaker().map(|m| m.span()));
    }
    assert_eq!(streamed.len(), doc.attributions().len());
    for (s, w) in streamed.iter().zip(doc.attributions()) {
        assert_eq!(s.quote(), w.quote());
        assert_eq!(s.speaker().map(|m| m.span()), w.speaker().map(|m| m.span()));
        assert_eq!(s.rule(), w.rule());
    }
});
