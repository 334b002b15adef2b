#!/usr/bin/env bash
# The article-centric benchmark at several fold seeds: its stance and claims' figures move with
# the claims' deal into folds (48 claims, 10 true and 20 false, 5 folds), so one seed is one draw.
# Runs `evaluate articles` once a seed and prints each seed's figures, then their mean and range.
# Usage: benchmarks/article-seeds.sh INPUT OUTPUT_DIR [SEEDS]
#   INPUT: an `import article-benchmark` folder (BENCHMARKS.md, (1)); OUTPUT_DIR/seed-N gets each
#   run's report; SEEDS defaults to "1 2 3 4 5" (about 5 minutes each on 2 cores).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
input="$1"
out="$2"
seeds="${3:-1 2 3 4 5}"
for seed in $seeds; do
  [ -f "$out/seed-$seed/report.json" ] || CREDIBILITY_JAVA_OPTS="${CREDIBILITY_JAVA_OPTS:--Xmx8g}" \
    bin/credibility evaluate articles --input "$input" --output "$out/seed-$seed" --seed "$seed" >/dev/null
done
python3 - "$out" $seeds <<'PY'
import json, statistics, sys
out, seeds = sys.argv[1], sys.argv[2:]
rows = []
for seed in seeds:
    r = json.load(open(f"{out}/seed-{seed}/report.json"))
    kept = r["linking"]["reports_kept_cross_validated_stance"]
    reported = r["linking"]["reported_by_the_cue_judge"]
    rows.append((seed, r["stance"]["cross_validated"]["macro_f1_reports"],
                 r["credibility"]["cross_validated"]["roc_auc_pooled"], kept["recall"], kept["precision"],
                 reported["recall"], reported["precision"]))
print("| fold seed | stance macro-F1 | claims' ROC-AUC | reports kept, recall | precision"
      " | reported by the cue judge, recall | precision |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for row in rows:
    print(f"| {row[0]} | " + " | ".join(f"{x:.4f}" for x in row[1:]) + " |")
for name, pick in (("mean", statistics.mean), ("min", min), ("max", max)):
    print(f"| {name} | " + " | ".join(f"{pick([row[k] for row in rows]):.4f}" for k in range(1, 7)) + " |")
PY
