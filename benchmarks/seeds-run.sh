#!/usr/bin/env bash
# Times the default run on the seeds (JVM and Spark start included) a few times and prints
# each wall time and peak RSS, then the median. Usage: benchmarks/seeds-run.sh [RUNS]
# The first, untimed run builds the jar if needed and writes the class-data-sharing archive.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

bin/credibility run --output "$out/warmup" >/dev/null 2>&1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
times=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$out/time" bin/credibility run --output "$out/run$i" >/dev/null 2>&1
  read -r wall rss < "$out/time"
  times+=("$wall")
  echo "run $i: ${wall} s wall, peak RSS $((rss / 1024)) MiB, load average $(cut -d' ' -f1 /proc/loadavg)"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s wall over " NR " runs"}'
