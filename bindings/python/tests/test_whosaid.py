"""Tests of the Python package against the Rust library and its examples.

The comparisons with the Rust examples build them with cargo from the
repository root; the evaluation texts are read from ../shared/eval beside
the repository when they are there (the comparison is skipped otherwise).
"""

import json
import os
import subprocess
import sys

import pytest

import whosaid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEV = os.path.join(ROOT, "..", "shared", "eval", "dev_quotes.jsonl")
SAMPLE = os.path.join(ROOT, "examples", "data", "sample_article.txt")

MIXED = (
    "\U0001F4F0 \u6771\u4eac\u2014 \u201cWe will not move,\u201d said Mar\u00eda L\u00f3pez "
    "\U0001F1F2\U0001F1FD, the \u65e5\u672c envoy. \u00abNon,\u00bb r\u00e9pondit-il.\n"
    "Officials said the caf\u00e9 talks would resume \u201csoon\u201d in \u6771\u4eac."
)


def example(name):
    """The path of a Rust example, built in release mode if needed."""
    subprocess.run(
        ["cargo", "build", "-q", "--release", "--example", name],
        cwd=ROOT,
        check=True,
    )
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    target = json.loads(meta.stdout)["target_directory"]
    return os.path.join(target, "release", "examples", name)


def char_of(text, byte):
    return len(text.encode("utf-8")[:byte].decode("utf-8"))


def test_offsets_are_string_indices_on_mixed_scripts():
    attributions = whosaid.attribute(MIXED)
    assert attributions, "quotations found"
    for a in attributions:
        q = a.quote
        assert MIXED[q.start : q.end] == q.text
        assert MIXED.encode()[q.byte_start : q.byte_end].decode() == q.text
        assert MIXED[q.content_start : q.content_end] == q.content
        for m in (a.speaker, a.source, a.addressee):
            if m is not None:
                assert MIXED[m.start : m.end] == m.text
                assert m.start == char_of(MIXED, m.byte_start)
        if a.cue is not None:
            assert MIXED[a.cue.start : a.cue.end] == a.cue.text
    first = attributions[0]
    assert first.quote.text == "\u201cWe will not move,\u201d"
    assert first.speaker.text == "Mar\u00eda L\u00f3pez"
    for r in whosaid.attributions(MIXED):
        for f in r.content:
            assert MIXED[f.start : f.end] == f.text
    for s in whosaid.sentences(MIXED):
        assert MIXED[s.start : s.end] == s.text


def test_reports_carry_kind_class_and_fragments():
    text = "The plan, officials said, will cost more. A new poll shows voters back it."
    reports = whosaid.attributions(text)
    assert [f.text for f in reports[0].content] == ["The plan", "will cost more"]
    assert reports[0].kind == "indirect" and reports[0].rule == "interrupted_report"
    assert reports[1].cue_class == "evidence"
    d = reports[0].to_dict()
    assert d["content"][0]["text"] == "The plan" and d["speaker"]["text"] == "officials"


def test_document_joins_everything():
    with open(SAMPLE, encoding="utf-8") as f:
        text = f.read()
    doc = whosaid.Document(text)
    assert doc.text == text
    assert len(doc.attributions) == len(whosaid.attribute(text))
    assert [r.to_dict() for r in doc.reports] == [r.to_dict() for r in whosaid.attributions(text)]
    assert doc.speakers[0].name == "Claire Dubois" and len(doc.speakers[0].quotes) == 2
    assert {e.name for e in doc.entities} >= {"Claire Dubois", "Luis Ortega", "Priya Raman"}
    assert set(doc.to_dict()) == {"sentences", "attributions", "reports", "entities", "speakers"}


def test_options_are_keyword_arguments():
    plain = whosaid.Attributor()
    text = "\u201cNever,\u201d the senator crowed."
    assert plain.attribute(text)[0].rule == "unlisted_cue"
    off = whosaid.Attributor(disabled_rules=["unlisted_cue"])
    assert off.attribute(text)[0].rule != "unlisted_cue"
    added = whosaid.Attributor(cues=["crowed"])
    assert added.attribute(text)[0].cue.text == "crowed"
    hard = whosaid.Attributor(line_breaks="soft")
    assert len(hard.document("One line\nGoes on.").sentences) == 1


def test_bad_input_raises_the_documented_exceptions():
    for call in (whosaid.attribute, whosaid.attributions, whosaid.quotes, whosaid.sentences, whosaid.Document):
        with pytest.raises(TypeError, match="must be str"):
            call(b"bytes are not text")
        with pytest.raises(TypeError):
            call(None)
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        whosaid.attribute_many(["fine", 3])
    with pytest.raises(ValueError, match="line_breaks"):
        whosaid.Attributor(line_breaks="sometimes")
    with pytest.raises(ValueError, match="no rule named"):
        whosaid.Attributor(disabled_rules=["no_such_rule"])
    # bad text is data, not an error
    assert whosaid.attribute('"\u0000\ufeff\u201c\u2019 ' * 1000) is not None


def test_batches_equal_single_calls():
    texts = [MIXED, "\u201cYes,\u201d Ann said.", "", "No quotes here.", MIXED]
    single = [[a.to_dict() for a in whosaid.attribute(t)] for t in texts]
    for threads in (None, 1, 2, 5):
        many = whosaid.attribute_many(texts, threads=threads)
        assert [[a.to_dict() for a in x] for x in many] == single
    reports = whosaid.attributions_many(iter(texts), threads=2)
    assert [[r.to_dict() for r in x] for x in reports] == [
        [r.to_dict() for r in whosaid.attributions(t)] for t in texts
    ]


def test_arrow_equals_the_object_api():
    pa = pytest.importorskip("pyarrow")
    texts = [MIXED, None, "\u201cYes,\u201d Ann said.", "", "No quotes."]
    got = whosaid.attribute_arrow(pa.array(texts, type=pa.string()), threads=2).to_pylist()
    assert got[1] is None
    for text, rows in zip(texts, got):
        if text is None:
            continue
        want = whosaid.attribute(text)
        assert len(rows) == len(want)
        for row, a in zip(rows, want):
            assert (row["start"], row["end"]) == (a.quote.start, a.quote.end)
            assert (row["byte_start"], row["byte_end"]) == (a.quote.byte_start, a.quote.byte_end)
            assert row["text"] == a.quote.text and row["content"] == a.quote.content
            assert row["kind"] == a.quote.kind and row["rule"] == a.rule
            assert row["speaker"] == (a.speaker.text if a.speaker else None)
            assert row["speaker_name"] == (a.speaker.name if a.speaker else None)
            assert row["speaker_kind"] == (a.speaker.kind if a.speaker else None)
            assert row["cue"] == (a.cue.text if a.cue else None)
            assert row["source"] == (a.source.text if a.source else None)
            assert row["confidence"] == pytest.approx(a.confidence, abs=1e-6)
    assert list(got[0][0].keys()) == list(whosaid.ARROW_FIELDS)
    chunked = pa.chunked_array([texts[:2], texts[2:]], type=pa.large_string())
    assert whosaid.attribute_arrow(chunked).to_pylist() == got
    with pytest.raises(TypeError):
        whosaid.attribute_arrow(pa.array([1, 2]))


def test_report_arrow_equals_the_object_api():
    pa = pytest.importorskip("pyarrow")
    with open(SAMPLE, encoding="utf-8") as f:
        sample = f.read()
    split = "\u201cWe agree,\u201d Lavrov said, \u201cand we will act.\u201d"
    texts = [sample, None, MIXED, split, "", "No one said anything of note here."]
    got = whosaid.attributions_arrow(pa.array(texts, type=pa.string()), threads=2).to_pylist()
    assert got[1] is None
    assert any(len(r.content) > 1 for t in texts if t for r in whosaid.attributions(t))
    for text, rows in zip(texts, got):
        if text is None:
            continue
        want = whosaid.attributions(text)
        assert len(rows) == len(want)
        for row, r in zip(rows, want):
            first, last = r.content[0], r.content[-1]
            assert (row["start"], row["end"]) == (first.start, last.end)
            assert (row["byte_start"], row["byte_end"]) == (first.byte_start, last.byte_end)
            assert row["text"] == text[first.start : last.end]
            assert row["content"] == " \u2026 ".join(f.text for f in r.content)
            assert (row["kind"], row["cue_class"], row["rule"]) == (r.kind, r.cue_class, r.rule)
            for field in ("speaker", "source", "addressee"):
                m = getattr(r, field)
                assert row[field] == (m.text if m else None)
            assert row["speaker_name"] == (r.speaker.name if r.speaker else None)
            assert row["speaker_kind"] == (r.speaker.kind if r.speaker else None)
            assert row["speaker_role"] == (r.speaker.role if r.speaker else None)
            assert row["cue"] == (r.cue.text if r.cue else None)
            assert row["confidence"] == pytest.approx(r.confidence, abs=1e-6)
    assert list(got[0][0].keys()) == list(whosaid.REPORT_ARROW_FIELDS)
    chunked = pa.chunked_array([texts[:2], texts[2:]], type=pa.large_string())
    assert whosaid.attributions_arrow(chunked, threads=1).to_pylist() == got
    with pytest.raises(TypeError, match="attributions_arrow"):
        whosaid.attributions_arrow(pa.array([1, 2]))


@pytest.mark.skipif(not os.path.exists(DEV), reason="the evaluation set is not beside the repository")
def test_results_equal_the_rust_example_on_the_dev_texts():
    with open(DEV, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    run = subprocess.run([example("quotes"), "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    rust = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rust) == len(docs)
    for doc, want in zip(docs, rust):
        text = doc["text"]
        got = whosaid.attribute(text)
        assert len(got) == len(want["quotes"]), doc["id"]
        for a, w in zip(got, want["quotes"]):
            d = a.to_dict()
            # bytes as the Rust JSON has them; string indices from them
            assert (d["byte_start"], d["byte_end"]) == (w["start"], w["end"])
            assert (d["start"], d["end"]) == (char_of(text, w["start"]), char_of(text, w["end"]))
            for key in ("content", "kind", "style", "closed", "depth", "parent", "rule"):
                assert d[key] == w[key], (doc["id"], key)
            for key in ("speaker", "cue", "source", "addressee"):
                if w[key] is None:
                    assert d[key] is None
                    continue
                assert d[key]["byte_start"] == w[key]["start"] and d[key]["text"] == w[key]["text"]
                assert d[key]["start"] == char_of(text, w[key]["start"])
                for field in ("name", "kind", "role"):
                    if field in w[key]:
                        assert d[key][field] == w[key][field], (doc["id"], key, field)
            assert d["confidence"] == pytest.approx(w["confidence"], abs=1e-6)


@pytest.mark.skipif(not os.path.exists(DEV), reason="the evaluation set is not beside the repository")
def test_reports_equal_the_rust_example_on_the_dev_texts():
    with open(DEV, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()][:30]
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    run = subprocess.run([example("attributions"), "--jsonl"], input=lines, capture_output=True, text=True, check=True)
    for doc, line in zip(docs, run.stdout.splitlines()):
        want = json.loads(line)["attributions"]
        got = whosaid.attributions(doc["text"])
        assert [[(f.byte_start, f.byte_end) for f in r.content] for r in got] == [
            [(c["start"], c["end"]) for c in w["content"]] for w in want
        ]
        assert [(r.kind, r.cue_class, r.rule) for r in got] == [(w["kind"], w["cue_class"], w["rule"]) for w in want]


def test_the_command_prints_the_rust_example_table():
    py = subprocess.run(
        [sys.executable, "-m", "whosaid", SAMPLE], capture_output=True, text=True, check=True
    )
    rust = subprocess.run([example("attribute"), SAMPLE], capture_output=True, text=True, check=True)
    assert py.stdout == rust.stdout
    with open(SAMPLE, "rb") as f:
        stdin = subprocess.run(
            [sys.executable, "-m", "whosaid", "-"], input=f.read(), capture_output=True, check=True
        )
    assert stdin.stdout.decode() == rust.stdout
    missing = subprocess.run([sys.executable, "-m", "whosaid", "/no/such/file"], capture_output=True, text=True)
    assert missing.returncode != 0 and "/no/such/file" in missing.stderr
    # a quotation nested in another, attributed, stands indented under it
    text = "\"My boss told me, 'Go home,' and I did,\" Reyes said. \"It was a 'reform' in name only.\"\n"
    py = subprocess.run([sys.executable, "-m", "whosaid", "-"], input=text, capture_output=True, text=True, check=True)
    rust = subprocess.run([example("attribute"), "-"], input=text, capture_output=True, text=True, check=True)
    assert py.stdout == rust.stdout
    assert "\n  'Go home,'" in py.stdout and "\n  'reform'" not in py.stdout
    # an article that reports without quoting still shows its reports
    text = "Analysts warned that a strike could cost billions. Police believe the suspect fled.\n"
    py = subprocess.run([sys.executable, "-m", "whosaid", "-"], input=text, capture_output=True, text=True, check=True)
    rust = subprocess.run([example("attribute"), "-"], input=text, capture_output=True, text=True, check=True)
    assert py.stdout == rust.stdout
    assert py.stdout.startswith("no quotations found\n")
    assert "reported by" in py.stdout and "Analysts" in py.stdout and "Police" in py.stdout


def spark_job(tmp_path, docs, *args):
    """Runs the Spark example in local mode on ``docs``: the JSON Lines it
    read, what it printed, and the rows of its Parquet."""
    pytest.importorskip("pyspark")
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs))
    out = tmp_path / "rows.parquet"
    job = os.path.join(HERE, "..", "examples", "spark_quotes.py")
    run = subprocess.run(
        [sys.executable, job, str(source), str(out), *args, "--master", "local[2]"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return source, run.stdout, pq.read_table(str(out)).to_pylist()


def dev_docs():
    with open(DEV, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.skipif(not os.path.exists(DEV), reason="the evaluation set is not beside the repository")
def test_the_spark_job_writes_exactly_the_rust_attributions(tmp_path):
    source, printed, rows = spark_job(tmp_path, dev_docs())
    assert "the most quoted" in printed
    rust = subprocess.run(
        [example("quotes"), "--jsonl"],
        input=source.read_text(),
        capture_output=True,
        text=True,
        check=True,
    )
    want = []
    for line in rust.stdout.splitlines():
        d = json.loads(line)
        for q in d["quotes"]:
            s = q["speaker"] or {}
            want.append(
                (
                    str(d["id"]),
                    q["start"],
                    q["end"],
                    q["kind"],
                    s.get("text"),
                    s.get("name"),
                    (q["cue"] or {}).get("text"),
                    (q["source"] or {}).get("text"),
                    q["rule"],
                )
            )
    got = [
        (
            r["id"],
            r["byte_start"],
            r["byte_end"],
            r["kind"],
            r["speaker"],
            r["speaker_name"],
            r["cue"],
            r["source"],
            r["rule"],
        )
        for r in rows
    ]
    assert sorted(got, key=repr) == sorted(want, key=repr)


@pytest.mark.skipif(not os.path.exists(DEV), reason="the evaluation set is not beside the repository")
def test_the_spark_job_with_reports_writes_exactly_the_rust_reports(tmp_path):
    source, printed, rows = spark_job(tmp_path, dev_docs()[:40], "--reports")
    assert "the most attributed" in printed
    rust = subprocess.run(
        [example("attributions"), "--jsonl"],
        input=source.read_text(),
        capture_output=True,
        text=True,
        check=True,
    )
    text = lambda m: (m or {}).get("text")  # noqa: E731
    want = []
    for line in rust.stdout.splitlines():
        d = json.loads(line)
        for r in d["attributions"]:
            want.append(
                (
                    str(d["id"]),
                    r["content"][0]["start"],
                    r["content"][-1]["end"],
                    " \u2026 ".join(c["text"] for c in r["content"]),
                    r["kind"],
                    r["cue_class"],
                    text(r["speaker"]),
                    (r["speaker"] or {}).get("name"),
                    text(r["cue"]),
                    text(r["source"]),
                    text(r["addressee"]),
                    r["rule"],
                )
            )
    got = [
        (
            r["id"],
            r["byte_start"],
            r["byte_end"],
            r["content"],
            r["kind"],
            r["cue_class"],
            r["speaker"],
            r["speaker_name"],
            r["cue"],
            r["source"],
            r["addressee"],
            r["rule"],
        )
        for r in rows
    ]
    assert len(want) > 100
    assert sorted(got, key=repr) == sorted(want, key=repr)
