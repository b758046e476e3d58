#!/usr/bin/env python3
"""Checks the JSON Lines contract of the `quotes`, `sentences` and
`attributions` examples:
each valid input line gives one output line, in order, echoing its `id`
unchanged (number or string); a malformed line is reported on standard
error with its line number, the run goes on, and the exit code is non-zero.
Run from the project root after `cargo build --release --examples`."""
import json
import subprocess
import sys

LINES = [
    json.dumps({"id": 7, "text": "\"Yes,\" Ann said."}),
    "not json",
    json.dumps({"id": "a-1", "text": "He said: \"No.\""}),
    json.dumps({"text": "no id here"}),
    "",
    json.dumps({"id": 3.5, "text": "\ufeffOne.\r\nTwo\u00a0\"three.\""}),
]
WANT_IDS = [7, "a-1", 3.5]
failures = []

for example in ["quotes", "sentences", "attributions"]:
    run = subprocess.run(
        [f"target/release/examples/{example}", "--jsonl"],
        input="\n".join(LINES) + "\n",
        capture_output=True,
        text=True,
    )
    out = [json.loads(l) for l in run.stdout.splitlines()]
    ids = [o["id"] for o in out]
    if ids != WANT_IDS or [type(i) for i in ids] != [type(i) for i in WANT_IDS]:
        failures.append(f"{example}: ids {ids!r}, want {WANT_IDS!r}")
    for n in (2, 4):
        if f"line {n}" not in run.stderr:
            failures.append(f"{example}: stderr does not name line {n}: {run.stderr!r}")
    if run.returncode == 0:
        failures.append(f"{example}: exit code 0 after malformed lines")
    if example == "quotes" and out and out[0]["quotes"][0]["speaker"]["text"] != "Ann":
        failures.append(f"quotes: first speaker {out[0]['quotes'][0]['speaker']!r}")
    if example == "attributions" and out:
        # the quotation is a direct report; content offsets are bytes
        first = out[0]["attributions"]
        if not first or first[0]["speaker"]["text"] != "Ann" or first[0]["kind"] != "direct":
            failures.append(f"attributions: first report {first!r}")
        text = json.loads(LINES[5])["text"].encode()
        for r in out[-1]["attributions"] if len(out) == 3 else []:
            for c in r["content"]:
                if text[c["start"]:c["end"]].decode() != c["text"]:
                    failures.append(f"attributions: {c!r} is not the text at its offsets")
    if example == "sentences" and len(out) == 3:
        # offsets are UTF-8 byte offsets into the unchanged text (with its
        # byte-order mark, CRLF and non-breaking space)
        text = json.loads(LINES[5])["text"].encode()
        for sentence in out[2]["sentences"]:
            piece = text[sentence["start"]:sentence["end"]].decode()
            if piece != sentence["text"]:
                failures.append(f"sentences: {sentence!r} is not {piece!r}")
        if len(out[2]["sentences"]) != 2:
            failures.append(f"sentences: {out[2]['sentences']!r}, want two")
    print(f"{example}: ids {ids!r}, exit {run.returncode}")

# A bad byte at offset N: every mode of every example exits non-zero,
# naming the file and N, and prints nothing that ends after N.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    good = ("\"We won,\" she said. " * 5000).encode()
    bad = good[:50000] + b"\xff" + good[50000:]
    path = os.path.join(tmp, "bad.txt")
    with open(path, "wb") as f:
        f.write(bad)
    for example, modes in [
        ("quotes", [[], ["--stream"]]),
        ("sentences", [[]]),
        ("attribute", [[]]),
        ("attributions", [[]]),
    ]:
        for mode in modes:
            run = subprocess.run(
                [f"target/release/examples/{example}", *mode, path],
                capture_output=True,
                text=True,
            )
            where = f"{example} {' '.join(mode)}".strip()
            if run.returncode == 0:
                failures.append(f"{where}: exit 0 on a bad byte")
            if path not in run.stderr or "50000" not in run.stderr:
                failures.append(f"{where}: stderr names neither file nor offset: {run.stderr!r}")
            for line in run.stdout.splitlines():
                if line.startswith("{") and json.loads(line).get("end", 0) > 50000:
                    failures.append(f"{where}: printed a result after the bad byte")
                    break
    run = subprocess.run(["target/release/examples/quotes", "--jsonl", tmp], capture_output=True, text=True)
    if run.returncode == 0 or tmp not in run.stderr:
        failures.append(f"quotes --jsonl DIR: {run.stderr!r}")
    print("bad bytes and directories: named in errors")

# An article that reports without quoting: the attribute example says it
# found no quotations, then shows the reports.
run = subprocess.run(
    ["target/release/examples/attribute", "-"],
    input="Analysts warned that a strike could cost billions.\n",
    capture_output=True,
    text=True,
)
if not (run.stdout.startswith("no quotations found\n") and "Analysts" in run.stdout):
    failures.append(f"attribute on reports alone: {run.stdout!r}")
print("attribute: reports without quotations are shown")

# A reader that stops early (`attribute | head -1`) ends the table
# example quietly: no panic message on standard error.
proc = subprocess.Popen(
    ["target/release/examples/attribute"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
)
proc.stdout.readline()
proc.stdout.close()
err = proc.stderr.read().decode("utf-8", "replace")
proc.wait()
if "panicked" in err:
    failures.append(f"attribute | head -1: {err[:200]!r}")
print("attribute: a closed pipe ends it quietly")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("examples keep the JSON Lines contract")
