//! The public API's promises: thread safety, the JSON shape other tools
//! read, and spans that slice the caller's text.

fn send_sync<T: Send + Sync>() {}
fn send<T: Send>() {}

#[test]
fn main_types_are_send_and_sync() {
    send_sync::<whosaid::Segmenter>();
    send_sync::<whosaid::Attributor>();
    send_sync::<whosaid::Document<'static>>();
    send_sync::<whosaid::Attribution<'static>>();
    send_sync::<whosaid::Quote<'static>>();
    send_sync::<whosaid::Sentence<'static>>();
    send_sync::<whosaid::Error>();
    // a stream is used from one thread at a time, but may move between them
    send::<whosaid::AttributionStream<'static>>();
}

#[test]
fn spans_slice_the_text_they_came_from() {
    let text = "\u{feff}Caf\u{e9} owner Ana Ruiz said, \u{201c}We\u{2019}re open.\u{201d}\r\n";
    for a in whosaid::attribute(text) {
        assert_eq!(
            &text[a.quote().span()],
            "\u{201c}We\u{2019}re open.\u{201d}"
        );
        let s = a.speaker().expect("attributed");
        assert_eq!(&text[s.span()], s.text());
        assert_eq!(s.text(), "Caf\u{e9} owner Ana Ruiz");
        assert_eq!(s.name(), Some("Ana Ruiz"));
    }
}

#[cfg(feature = "serde")]
#[test]
fn attributions_serialize_to_the_documented_json() {
    let text =
        "According to RIA Novosti, Wang Yi told Lavrov that China would support \"stability.\"";
    let a = whosaid::attribute(text).next().expect("one quotation");
    let json: serde_json::Value = serde_json::to_value(&a).expect("serializable");
    for key in [
        "start",
        "end",
        "content",
        "kind",
        "closed",
        "depth",
        "parent",
        "speaker",
        "cue",
        "source",
        "addressee",
        "confidence",
        "rule",
    ] {
        assert!(json.get(key).is_some(), "{key} missing from {json}");
    }
    assert_eq!(json["kind"], "partial");
    assert_eq!(json["speaker"]["text"], "Wang Yi");
    assert_eq!(json["speaker"]["name"], "Wang Yi");
    assert_eq!(json["speaker"]["kind"], "person");
    assert_eq!(json["cue"]["text"], "told");
    assert_eq!(json["source"]["text"], "RIA Novosti");
    assert_eq!(json["addressee"]["text"], "Lavrov");
    assert_eq!(json["rule"], "told_that");
    let start = json["speaker"]["start"].as_u64().expect("offset");
    assert_eq!(
        &text[usize::try_from(start).expect("fits")..][..7],
        "Wang Yi"
    );
}

#[cfg(feature = "serde")]
#[test]
fn an_unattributed_quotation_has_null_fields() {
    let a = whosaid::attribute("Then came \"silence.\"")
        .next()
        .expect("one quotation");
    let json = serde_json::to_value(&a).expect("serializable");
    assert!(json["speaker"].is_null() && json["cue"].is_null() && json["rule"].is_null());
    assert_eq!(json["confidence"], 0.0);
}

#[test]
fn confidences_read_to_four_decimals() {
    // a term and a nested quotation have their rule's confidence reduced
    // by a factor; the product is rounded, not 0.80999994
    let text = "\"I'll be back,\" Schwarzenegger declared in \"The Terminator.\" \
                \"My boss told me, 'Go home,'\" Reyes said. \
                Lee said the plan was \"a disaster\" for farmers.";
    let confidences: Vec<f32> = whosaid::attribute(text)
        .map(|a| a.confidence())
        .chain(whosaid::reports(text).map(|r| r.confidence()))
        .collect();
    assert!(confidences.len() >= 5, "{confidences:?}");
    for c in confidences {
        let shown = c.to_string();
        let decimals = shown.split('.').nth(1).map_or(0, str::len);
        assert!(decimals <= 4, "{shown}");
    }
}
