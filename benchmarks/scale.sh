#!/usr/bin/env bash
# Scale benchmark (docs/scale.md): for each N, generate a synthetic corpus and run the default job on
# it with bin/credibility's default settings, recording wall time, articles/s, peak RSS (of the
# launcher and the JVM it execs) and the seconds of each stage (from the job's progress lines on
# stderr). Then a single-threaded plain-Java loop over the largest corpus does the same
# per-article text work (parse, clean, split, cues) without Spark, for two throughput ratios:
# the whole pipeline's, and the ingest stage's, which is the loop's work done through Spark.
#
# Usage: benchmarks/scale.sh [N ...]        (default: 25000 50000 100000 200000)
#   SEED=1  WORK=/tmp/credibility-scale  (corpora and outputs; removed at the end unless KEEP=1)
# Writes benchmarks/results/scale-<timestamp>.md and prints the same markdown.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(25000 50000 100000 200000)
seed="${SEED:-1}"
work="${WORK:-/tmp/credibility-scale}"
mkdir -p "$work" benchmarks/results
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
result="benchmarks/results/scale-$(date -u +%Y%m%dT%H%M%SZ).md"

bin/credibility --help >/dev/null   # builds the jar first if needed: not timed
stages=(ingest claims links mentions features scores outlets write counts report)
{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(uname -sr)"
  echo "command: bin/credibility generate --articles N --seed $seed --output G; bin/credibility run --input G --output O --model seeds/model"
  echo
  printf '| N | wall s | articles/s | peak RSS MiB | load avg (start → end) |'
  printf ' %s s |' "${stages[@]}"; echo
  printf '|---|---|---|---|---|'; printf -- '---|%.0s' "${stages[@]}"; echo
} | tee "$result"

declare -A wall ingest
for n in "${sizes[@]}"; do
  input="$work/in-$n" output="$work/out-$n"
  [ -f "$input/articles.jsonl" ] || bin/credibility generate --articles "$n" --seed "$seed" --output "$input" 2>/dev/null
  rm -rf "$output"
  load_start="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "%e %M" -o "$work/time-$n" bin/credibility run --input "$input" --output "$output" \
      --model seeds/model >/dev/null 2>"$work/stderr-$n" || { echo "run failed for N=$n:"; tail -3 "$work/stderr-$n"; exit 1; }
  read -r secs rss < "$work/time-$n"
  wall[$n]="$secs"
  row="| $n | $secs | $(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%.0f", n / s}') | $((rss / 1024)) | $load_start → $(cut -d' ' -f1 /proc/loadavg) |"
  for stage in "${stages[@]}"; do
    # progress line: "credibility: <stage>  <detail>  <seconds> s  (total <seconds> s)"; a long
    # stage also prints "running: k/n tasks" lines every 20 s: its last line is the finished one.
    secs_of_stage="$(awk -v st="$stage" '$1 == "credibility:" && $2 == st { for (i = 3; i <= NF; i++) if ($(i+1) == "s" && $(i+2) == "(total") v = $i } END { print v }' "$work/stderr-$n")"
    [ "$stage" != ingest ] || ingest[$n]="$secs_of_stage"
    row="$row $secs_of_stage |"
  done
  echo "$row" | tee -a "$result"
done

{
  echo
  last="${sizes[${#sizes[@]}-1]}"
  for ((i = 1; i < ${#sizes[@]}; i++)); do
    a="${sizes[i-1]}" b="${sizes[i]}"
    echo "t($b)/t($a) = $(awk -v x="${wall[$b]}" -v y="${wall[$a]}" 'BEGIN {printf "%.2f", x / y}')"
  done
  # The bare loop: same classpath as the launcher's embedded Spark, one thread, no Spark.
  bare="$(java -cp "jobs/target/credibility-jobs.jar:$(cat jobs/target/spark-classpath.txt)" \
      org.credibility.jobs.bench.BareLoop "$work/in-$last")"
  echo "$bare (N=$last, load avg $(cut -d' ' -f1 /proc/loadavg))"
  bare_rate="$(echo "$bare" | sed -E 's/.* ([0-9.]+) articles\/s.*/\1/')"
  echo "pipeline on $(nproc) cores / bare loop: $(awk -v n="$last" -v s="${wall[$last]}" -v b="$bare_rate" 'BEGIN {printf "%.2f", (n / s) / b}')x (N=$last, end-to-end wall including JVM and Spark start)"
  # The same work on both sides: the ingest stage is the loop's parse, clean, split and cues, plus
  # Spark's part (reading, the duplicate-id check, rows, keeping the table). Above 1, Spark's
  # overhead costs less than the second core brings.
  echo "ingest stage on $(nproc) cores / bare loop: $(awk -v n="$last" -v s="${ingest[$last]}" -v b="$bare_rate" 'BEGIN {printf "%.2f", (n / s) / b}')x (N=$last, the same per-article work; the stage's ${ingest[$last]} s, without JVM and Spark start)"
} | tee -a "$result"
echo "written to $result"
