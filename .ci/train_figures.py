#!/usr/bin/env python3
"""Prints the training-set figures that run.sh computes but does not print
(it keeps the last four lines of the scorer's report), as `name=value`
pairs for check_floors.py:

  train_speaker_acc_canonical  canonical name vs gold or its coreference
  train_speaker_strict_exact   strict speaker accuracy, three decimals
  train_no_speaker             share of matched quotations left without a
                               speaker

Runs the release `quotes` example (built by run.sh) on the training set and
scores it with the shared scorer. Prints nothing when ../shared/eval or the
training set is not there."""
import json
import re
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
evaluation = root.parent / "shared" / "eval"
gold = evaluation / "train_quotes.jsonl"
binary = root / "target" / "release" / "examples" / "quotes"
if not gold.is_file():
    sys.exit(0)

lines = []
with gold.open(encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        lines.append(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False))
out = subprocess.run(
    [str(binary), "--jsonl"],
    input="\n".join(lines) + "\n",
    capture_output=True,
    text=True,
    check=True,
).stdout
pred = root / "target" / "train_quotes.out.jsonl"
pred.write_text(out, encoding="utf-8")
report = subprocess.run(
    [sys.executable, str(evaluation / "score_quotes.py"), str(gold), str(pred)],
    capture_output=True,
    text=True,
    check=True,
).stdout

m = re.search(r"speaker accuracy over matched: strict ([0-9.]+).*canonical name vs gold/coref ([0-9.]+)", report)
matched = re.search(r"matched (\d+)", report)
none = re.search(r"\(none\) (\d+)/(\d+)", report)
if not (m and matched):
    sys.exit("train_figures: the scorer's report has no speaker accuracy line")
figures = {
    "train_speaker_strict_exact": m.group(1),
    "train_speaker_acc_canonical": m.group(2),
    "train_no_speaker": f"{int(none.group(2)) / int(matched.group(1)):.3f}" if none else "0.000",
}
print(" ".join(f"{k}={v}" for k, v in figures.items()))
