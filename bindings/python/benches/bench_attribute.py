"""Throughput of the Python package beside the Rust crate on the same texts,
in the same process (a benchmark to run by hand, not a timed test):

    python benches/bench_attribute.py [FILE.jsonl]

The texts are the {"id", "text"} lines of FILE (by default the evaluation's
development set beside the repository, else the bundled sample article
repeated). Each figure is the best of five rounds.
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


def best(f, rounds=5):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv):
    texts = texts_from(argv)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    rust = _whosaid._rust_seconds(texts, 5)
    rows = [
        ("Rust crate, one thread (baseline)", rust),
        ("attribute_many, threads=1", best(lambda: whosaid.attribute_many(texts, threads=1))),
        ("attribute_many, threads=2", best(lambda: whosaid.attribute_many(texts, threads=2))),
        ("attributions_many, threads=1", best(lambda: whosaid.attributions_many(texts, threads=1))),
    ]
    try:
        import pyarrow as pa

        array = pa.array(texts, type=pa.string())
        rows.append(("attribute_arrow, threads=1", best(lambda: whosaid.attribute_arrow(array, threads=1))))
        rows.append(("attribute_arrow, threads=2", best(lambda: whosaid.attribute_arrow(array, threads=2))))
    except ImportError:
        pass
    print(f"{len(texts)} texts, {mb:.2f} MB")
    for name, seconds in rows:
        print(f"  {name:<36} {mb / seconds:7.1f} MB/s  {rust / seconds:5.2f}x the crate")


if __name__ == "__main__":
    main(sys.argv)
