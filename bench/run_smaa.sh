#!/usr/bin/env bash
# SMAA-2 benchmark (issue 12, item 4): aser's run_smaa (Google Benchmark,
# bench/smaa_bench.cpp) against a vectorised numpy implementation of the same
# sampling and ranking (bench/smaa_numpy.py, one BLAS thread), 10^6 samples on
# 20 and 200 bids × 12 criteria, RUNS runs each (default 5). Prints the median,
# minimum and maximum wall time of each, the ratios, and the load before and
# after (the machine may be shared: compare CPU times too, in bench/out/).
#   bench/run_smaa.sh [BUILD_DIR]     RUNS=5 NUMPY_BIDS="20 200" by default
set -euo pipefail
build=${1:-build}
runs=${RUNS:-5}
numpy_bids=${NUMPY_BIDS:-"20 200"}
out=bench/out
mkdir -p "$out"
python=/usr/bin/python3  # Debian's, with numpy
"$python" -c "import numpy" 2>/dev/null || { echo "bench needs numpy: apt-get install -y python3-numpy"; exit 1; }
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$build" --target aser_smaa_bench > /dev/null ||
  { echo "bench needs Google Benchmark: apt-get install -y libbenchmark-dev"; exit 1; }

echo "load before: $(uptime)"
"$build/aser_smaa_bench" --benchmark_repetitions="$runs" \
  --benchmark_out="$out/smaa_aser.json" --benchmark_out_format=json > "$out/smaa_aser.txt" 2>&1
for bids in $numpy_bids; do
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$python" bench/smaa_numpy.py --bids "$bids" --runs "$runs" > "$out/smaa_numpy_$bids.json"
done
echo "load after:  $(uptime)"
"$python" bench/smaa_summary.py "$out/smaa_aser.json" "$out"/smaa_numpy_*.json
