#!/usr/bin/env bash
# Issue 11's comparison: `aser rank DIR -f json` against bench/rank_python.py
# (PyYAML's C loader) on generated folders, paired runs (aser, then Python),
# whole-process figures from GNU time: wall, CPU (user + sys), peak memory.
# aser runs as the issue's command, its standard output going to a file (as
# the script writes its own, neither synced to disk), and again with `-o FILE`:
# the atomic write, which syncs the report to disk before naming it.
# Prints a Markdown table: median of RUNS with [min, max], and the ratios of
# the medians. `uptime` goes to stderr before each folder (a shared machine).
#
# usage: bench/compare.sh [ASER]   (default build/aser)
#   SIZES="10000 100000" FORMATS="yaml json mix form" RUNS=5 OUT=bench/out
# (form: bids written into `aser form`'s form, its comments kept and some
# questions left empty, as bidders fill it in; not run unless asked)
set -euo pipefail
aser=$(realpath "${1:-build/aser}")
sizes=${SIZES:-10000}
formats=${FORMATS:-yaml json mix}
runs=${RUNS:-5}
out=${OUT:-bench/out}
python=/usr/bin/python3
"$python" -c 'import yaml; assert yaml.__with_libyaml__' 2> /dev/null ||
  { echo "bench needs PyYAML with libyaml: apt-get install -y python3-yaml" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench needs GNU time: apt-get install -y time" >&2; exit 1; }
mkdir -p "$out"

# One run: "wall cpu rss_mb" appended to FILE; standard output to STDOUT.
measure() {
  local file=$1 stdout=$2
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$out/one" "$@" > "$stdout" 2> /dev/null || true
  awk '{ printf "%.3f %.3f %.1f\n", $1, $2 + $3, $4 / 1024 }' "$out/one" >> "$file"
}

# "median [min, max]" of column COL of FILE.
stat() {
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END {
    printf "%s [%s, %s]", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
median() { sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

echo "| bids | format | program | wall (s) | CPU (s) | peak memory (MB) | files/s (wall) |"
echo "| ---: | --- | --- | --- | --- | --- | ---: |"
for n in $sizes; do
  for format in $formats; do
    dir="$out/bids-$n-$format"
    form=()
    if [ "$format" = form ]; then  # the grid's own form, filled in (generate_bids.py)
      "$aser" form -c examples/nettoyage/criteria.yaml -o "$out/form.yaml"
      form=(--form "$out/form.yaml")
    fi
    python3 bench/generate_bids.py "$n" "$dir" --format "$format" "${form[@]}" > /dev/null
    echo "$(date -u +%H:%M) $n $format: $(uptime)" >&2
    : > "$out/aser.t"
    : > "$out/aser-o.t"
    : > "$out/python.t"
    for _ in $(seq "$runs"); do
      measure "$out/aser.t" "$out/aser.json" "$aser" rank "$dir" -f json
      measure "$out/aser-o.t" /dev/null "$aser" rank "$dir" -f json -o "$out/aser-o.json"
      measure "$out/python.t" /dev/null "$python" bench/rank_python.py "$dir" "$out/python.json"
    done
    for who in aser aser-o python; do
      label=$who
      [ "$who" = aser ] && label="aser > FILE"
      [ "$who" = aser-o ] && label="aser -o FILE"
      printf "| %d | %s | %s | %s | %s | %s | %.0f |\n" "$n" "$format" "$label" "$(stat "$out/$who.t" 1)" \
        "$(stat "$out/$who.t" 2)" "$(stat "$out/$who.t" 3)" "$(echo "$n / $(median "$out/$who.t" 1)" | bc -l)"
    done
    printf "| | | **Python ÷ aser** | **%.1f×** | **%.1f×** | %.2f× | |\n" \
      "$(echo "$(median "$out/python.t" 1) / $(median "$out/aser.t" 1)" | bc -l)" \
      "$(echo "$(median "$out/python.t" 2) / $(median "$out/aser.t" 2)" | bc -l)" \
      "$(echo "$(median "$out/python.t" 3) / $(median "$out/aser.t" 3)" | bc -l)"
    rm -rf "$dir"
  done
done
