#!/usr/bin/env bash
# Whole-process benchmark: `aser rank` on 10,000 generated bids, 5 runs each
# with 1 and 2 reading threads. Prints the median wall time, CPU use (over 100 %
# means both cores worked) and peak memory (max RSS) of each setting.
set -euo pipefail
aser=${1:-build/aser}
count=${COUNT:-10000}
runs=${RUNS:-5}
out=bench/out
command -v python3 >/dev/null || { echo "bench needs python3: apt-get install -y python3"; exit 1; }
[ -x /usr/bin/time ] || { echo "bench needs GNU time: apt-get install -y time"; exit 1; }

python3 bench/generate_bids.py "$count" "$out/bids"
echo "bids: $count files, $(du -sh "$out/bids" | cut -f1)"

for jobs in 1 2; do
  : > "$out/times-$jobs"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %P %M" -o "$out/one" "$aser" rank "$out/bids" -f json -j "$jobs" -o "$out/report.json" 2>/dev/null || true
    tail -1 "$out/one" >> "$out/times-$jobs"
  done
  sort -n "$out/times-$jobs" | awk -v jobs="$jobs" -v runs="$runs" '
    { wall[NR] = $1; cpu[NR] = $2; rss[NR] = $3 }
    END { m = int((runs + 1) / 2);
          printf "jobs=%d  median wall %.2f s  (cpu %s, max RSS %.1f MB at the median run)\n",
                 jobs, wall[m], cpu[m], rss[m] / 1024 }'
done
