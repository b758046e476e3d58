"""Throughput of the Python package beside the Rust crate on the same texts,
in the same process (a benchmark to run by hand, not a timed test):

    python benches/bench_attribute.py [FILE.jsonl]

The texts are the {"id", "text"} lines of FILE (by default the evaluation's
development set beside the repository, else the bundled sample article
repeated). Each figure is the best of ten rounds that run every stage
in turn.
"""

import json
import os
import sys
import time

import whosaid
from whosaid import _whosaid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def texts_from(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(ROOT, "..", "shared", "eval", "dev_quotes.jsonl")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    with open(os.path.join(ROOT, "examples", "data", "sample_article.txt"), encoding="utf-8") as f:
        return [f.read()] * 200


def interleaved(stages, rounds=10):
    """The best time of each stage over rounds that run every stage in
    turn, so that all of them meet the same load (the machine's other work
    changes from second to second)."""
    best = {name: float("inf") for name, _ in stages}
    for _ in range(rounds):
        for name, f in stages:
            start = time.perf_counter()
            f()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def main(argv):
    texts = texts_from(argv)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    stages = [
        ("Rust crate, one thread (baseline)", lambda: _whosaid._rust_seconds(texts, 1)),
        ("attribute_many, threads=1", lambda: whosaid.attribute_many(texts, threads=1)),
        ("attribute_many, threads=2", lambda: whosaid.attribute_many(texts, threads=2)),
        ("attributions_many, threads=1", lambda: whosaid.attributions_many(texts, threads=1)),
    ]
    try:
        import pyarrow as pa

        array = pa.array(texts, type=pa.string())
        stages.append(("attribute_arrow, threads=1", lambda: whosaid.attribute_arrow(array, threads=1)))
        stages.append(("attribute_arrow, threads=2", lambda: whosaid.attribute_arrow(array, threads=2)))
    except ImportError:
        pass
    best = interleaved(stages)
    rust = best[stages[0][0]]
    print(f"{len(texts)} texts, {mb:.2f} MB; best of 10 interleaved rounds")
    for name, _ in stages:
        seconds = best[name]
        print(f"  {name:<36} {mb / seconds:7.1f} MB/s  {rust / seconds:5.2f}x the crate")


if __name__ == "__main__":
    main(sys.argv)
