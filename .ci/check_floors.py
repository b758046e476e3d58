#!/usr/bin/env python3
"""Reads run.sh output on stdin and fails when a figure is below its floor
(or above its ceiling) in .ci/floors.txt. Figures are `name=value` pairs (fractions like 51/52 count
their numerator) and the F1 column of the lenient quote-detection row
(`quote_f1_lenient`)."""
import re
import sys
from pathlib import Path

out = sys.stdin.read()
figures = {}
for name, value in re.findall(r"(\w+)=([0-9.]+)", out):
    figures[name] = float(value)
m = re.search(r"quote detection \(lenient P\)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)", out)
if m:
    figures["quote_f1_lenient"] = float(m.group(3))
m = re.search(r"end-to-end \(quote \+ speaker\)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)", out)
if m:
    figures["e2e_f1_exact"] = float(m.group(3))
m = re.search(r"speaker accuracy over matched: strict ([0-9.]+)", out)
if m:
    figures["speaker_strict_exact"] = float(m.group(1))

failed = False
for line in (Path(__file__).parent / "floors.txt").read_text().splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = line.split()
    # "name floor" is a lower bound; "name max ceiling" an upper one
    name, bound = parts[0], float(parts[-1])
    upper = len(parts) == 3 and parts[1] == "max"
    got = figures.get(name)
    if got is None:
        print(f"floor check: {name} missing from the evaluation output")
        failed = True
    elif (got > bound) if upper else (got < bound):
        print(f"floor check: {name}={got} is {'above its ceiling' if upper else 'below its floor'} {bound}")
        failed = True
    else:
        print(f"floor check: {name}={got} {'<=' if upper else '>='} {bound}")
sys.exit(1 if failed else 0)
