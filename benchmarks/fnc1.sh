#!/usr/bin/env bash
# Times the FNC-1 stance path end to end: import of the training CSVs, then `evaluate stance`
# split by Body ID, which analyses all 1,683 bodies, trains the stance model on one side and
# scores the other. With the default dev share 0.5 that is ~25k pairs trained and ~25k scored,
# the size of the FNC-1 competition test set (25,413 pairs; we do not have it).
# Usage: benchmarks/fnc1.sh FNC1_DIR [DEV_SHARE] [REPORT_DIR]
#   FNC1_DIR holds train_bodies.csv and train_stances.csv; the evaluation report (report.json,
#   report.md: confusion matrix, per-class F1) is kept in REPORT_DIR when given.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data="$1"
share="${2:-0.5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
report="${3:-$out/eval}"

bin/credibility --help >/dev/null 2>&1  # builds the jar if needed, untimed
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1 /proc/loadavg)"
start=$(date +%s.%N)
bin/credibility import fnc1 --bodies "$data/train_bodies.csv" --stances "$data/train_stances.csv" --output "$out/fnc1" >/dev/null
imported=$(date +%s.%N)
bin/credibility evaluate stance --input "$out/fnc1" --output "$report" --split article --dev-share "$share" 2>/dev/null
end=$(date +%s.%N)
python3 - "$report/report.json" "$start" "$imported" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
start, imported, end = map(float, sys.argv[2:5])
s, split, dev = r["seconds"], r["split"], r["dev"]
print(f"import: {imported - start:.1f} s wall")
print(f"evaluate: {end - imported:.1f} s wall (JVM and Spark start included): ingest {s['ingest']} s, "
      f"train on {split['train_pairs']} pairs {s['train']} s, score {split['dev_pairs']} pairs {s['predict_dev']} s")
print(f"total: {end - start:.1f} s wall; dev FNC-1 score {dev['fnc_score_relative']}, macro-F1 {dev['macro_f1']}")
PY
echo "load average at the end: $(cut -d' ' -f1 /proc/loadavg)"
