#!/usr/bin/env bash
# Runs the pipeline fuzz target for the given number of seconds (default
# 600), keeping its corpus in fuzz/corpus/pipeline between runs and
# appending the run's length and outcome to fuzz/runs.log.
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
mkdir -p corpus/pipeline artifacts/pipeline
# build first: a build failure is not a fuzzing run
RUSTC_BOOTSTRAP=1 cargo fuzz build pipeline || exit 2
start=$(date -u +%FT%TZ)
RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline corpus/pipeline seeds/pipeline -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 > last-run.log 2>&1
rc=$?
echo "$start seconds=$seconds exit=$rc $(grep -Eo 'Done [0-9]+ runs' last-run.log | tail -1)" >> runs.log
exit $rc
