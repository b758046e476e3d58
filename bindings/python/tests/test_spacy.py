"""Tests of the spaCy component: what it leaves on a Doc is what the
package's own calls find, as spans of that Doc."""

import json
import os
import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402

import whosaid  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "examples", "data", "sample_article.txt")

TEXT = (
    "\u201cWe will not move,\u201d said Mar\u00eda L\u00f3pez \U0001F1F2\U0001F1FD, "
    "the \u65e5\u672c envoy. She told Reuters that the talks would resume.\n\n"
    "\u201cIt is over,\u201d he said."
)


def nlp_with(**config):
    nlp = spacy.blank("en")
    nlp.add_pipe("whosaid", config=config)
    return nlp


def covers(span, item):
    """Whether the spaCy span holds the string range of ``item`` and
    starts and ends in the tokens at its edges."""
    return (
        span.start_char <= item["start"]
        and item["end"] <= span.end_char
        and span.doc[span.start].idx + len(span.doc[span.start]) > item["start"]
        and span.doc[span.end - 1].idx < item["end"]
    )


def test_the_factory_is_found_without_an_import():
    # in a fresh interpreter whose script never imports whosaid, the
    # package's entry point is what tells spaCy where the factory is
    script = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('whosaid')\n"
        "doc = nlp('\"We agree,\" said Ann Lee.')\n"
        "print(doc._.whosaid_quotes[0].speaker.text)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Ann Lee"


def test_quotes_are_the_packages_attributions_as_spans():
    doc = nlp_with()(TEXT)
    want = whosaid.attribute(TEXT)
    got = doc._.whosaid_quotes
    assert [q.data for q in got] == [a.to_dict() for a in want]
    assert len(got) == 2
    for q, a in zip(got, want):
        assert q.quote.text == a.quote.text
        assert q.speaker.text == a.speaker.text
        assert q.name == a.speaker.name
        assert q.cue.text == a.cue.text
    # "he" cannot be María López: no canonical name
    assert (got[1].speaker.text, got[1].name) == ("he", None)
    assert got[0].name == "Mar\u00eda L\u00f3pez"


def test_reports_are_the_packages_reports_as_spans():
    doc = nlp_with()(TEXT)
    want = whosaid.attributions(TEXT)
    got = doc._.whosaid_reports
    assert [r.data for r in got] == [r.to_dict() for r in want]
    told = next(r for r in got if r.kind == "indirect")
    assert [c.text for c in told.content] == ["that the talks would resume"]
    assert (told.speaker.text, told.cue.text, told.addressee.text) == ("She", "told", "Reuters")
    assert told.cue_class == "speech"


def test_spans_widen_to_whole_tokens_only_where_tokens_cut_through():
    doc = nlp_with()(TEXT)
    data = doc._.whosaid
    for q in doc._.whosaid_quotes:
        assert covers(q.quote, q.data)
        assert covers(q.speaker, q.data["speaker"])
    # spaCy splits the quotation marks off, so the quotation is exact
    first = doc._.whosaid_quotes[0]
    a = data["attributions"][0]
    assert (first.quote.start_char, first.quote.end_char) == (a["start"], a["end"])


def test_the_span_group_labels_every_part_once():
    doc = nlp_with()(TEXT)
    group = doc.spans["whosaid"]
    labels = [s.label_ for s in group]
    assert labels.count("QUOTE") == 2
    assert {"SPEAKER", "CUE", "ADDRESSEE", "CONTENT"} <= set(labels)
    assert len({(s.start, s.end, s.label_) for s in group}) == len(group)
    content = [s.text for s in group if s.label_ == "CONTENT"]
    assert content == ["that the talks would resume"]
    # in document order
    assert [(s.start, s.end) for s in group] == sorted((s.start, s.end) for s in group)


def test_pipe_gives_what_one_call_gives():
    nlp = nlp_with(threads=2)
    with open(SAMPLE, encoding="utf-8") as f:
        sample = f.read()
    texts = [sample, TEXT, "", "No quotation here.", TEXT * 3]
    one = [nlp(t)._.whosaid for t in texts]
    many = [d._.whosaid for d in nlp.pipe(texts, batch_size=2)]
    assert many == one
    assert one[0]["attributions"] and one[0]["reports"]
    assert one[2] == {"attributions": [], "reports": []}


def test_settings_reach_the_attributor():
    text = "\u201cNever,\u201d Ann Lee quipped."
    assert nlp_with()(text)._.whosaid_quotes[0].cue.text == "quipped"
    off = nlp_with(reports=False, spans_key=None)(TEXT)
    assert off._.whosaid["reports"] == [] and off._.whosaid_reports == []
    assert "whosaid" not in off.spans
    alone = "\u201cNo,\u201d she said.\n\n\u201cIt is over.\u201d"
    assert nlp_with()(alone)._.whosaid_quotes[1].speaker.text == "she"
    assert nlp_with(continuation=False)(alone)._.whosaid_quotes[1].speaker is None
    with pytest.raises(Exception):
        nlp_with(line_breaks="sometimes")


def test_docbin_keeps_the_analysis():
    nlp = nlp_with()
    doc = nlp(TEXT)
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    back = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))[0]
    # (msgpack gives lists back as tuples)
    assert json.loads(json.dumps(back._.whosaid)) == doc._.whosaid
    assert [q.quote.text for q in back._.whosaid_quotes] == [q.quote.text for q in doc._.whosaid_quotes]
    assert [(s.start, s.end, s.label_) for s in back.spans["whosaid"]] == [
        (s.start, s.end, s.label_) for s in doc.spans["whosaid"]
    ]


def test_a_doc_the_component_never_saw_has_nothing():
    nlp = spacy.blank("en")
    nlp_with()  # the extensions exist once the component was made
    doc = nlp(TEXT)
    assert doc._.whosaid is None
    assert doc._.whosaid_quotes == [] and doc._.whosaid_reports == []


def test_displacy_draws_the_span_group():
    from spacy import displacy

    doc = nlp_with()(TEXT)
    html = displacy.render(doc, style="span", options={"spans_key": "whosaid"}, page=False)
    for label in ("QUOTE", "SPEAKER", "CUE", "CONTENT"):
        assert label in html
