#!/bin/sh
# Seed inputs for each fuzz target from examples/ and tests/bad_inputs/,
# written to OUT/<target>/ (make fuzz runs this; the fuzzers read the seeds
# besides fuzz/corpus/). Run from the repository root: fuzz/make_seeds.sh OUT
set -eu
out=${1:?usage: fuzz/make_seeds.sh OUT}
rm -rf "$out"
mkdir -p "$out/grid" "$out/bid_yaml" "$out/bid_json" "$out/rank"

n=0
for f in examples/*/criteria.yaml criteria/*.yaml tests/bad_inputs/grid.yaml \
         tests/bad_inputs/grids/*.yaml tests/fixtures/*/criteria.yaml; do
  [ -f "$f" ] || continue
  n=$((n + 1)); cp "$f" "$out/grid/$n-$(basename "$f")"
done

for f in examples/*/offres/* tests/bad_inputs/bids/* tests/bad_inputs/good/*.yaml \
         tests/bad_inputs/dup/* tests/bad_inputs/typo/* tests/fixtures/*/*.yaml \
         tests/fixtures/*/*.json; do
  [ -f "$f" ] || continue
  [ "$(basename "$f")" = criteria.yaml ] && continue
  n=$((n + 1))
  case "$f" in
    *.json) cp "$f" "$out/bid_json/$n-$(basename "$f")" ;;
    *) cp "$f" "$out/bid_yaml/$n-$(basename "$f")" ;;
  esac
done
# JSON is YAML 1.2 too: the JSON bids seed the YAML target as well.
for f in "$out"/bid_json/*; do [ -f "$f" ] && cp "$f" "$out/bid_yaml/"; done

# The rank target's raw form: a NUL byte, the grid, then each bid after a NUL.
tender() {
  dest=$1; grid=$2; shift 2
  { printf '\000'; cat "$grid"; for bid in "$@"; do printf '\000'; cat "$bid"; done; } > "$dest"
}
for dir in examples/*/; do
  name=$(basename "$dir")
  tender "$out/rank/example-$name" "$dir/criteria.yaml" "$dir"/offres/*
done
for dir in tests/fixtures/*/; do
  [ -f "$dir/criteria.yaml" ] || continue
  # The bids beside the grid, or in its bids/ folder (declared_lots, lot_weights).
  bids=$(ls "$dir"*.yaml "$dir"*.json "$dir"bids/*.yaml "$dir"bids/*.json 2>/dev/null |
    grep -v '/criteria.yaml$' || true)
  # shellcheck disable=SC2086
  tender "$out/rank/fixture-$(basename "$dir")" "$dir/criteria.yaml" $bids
done
tender "$out/rank/bad-inputs-good" tests/bad_inputs/grid.yaml tests/bad_inputs/good/*.yaml
tender "$out/rank/bad-inputs-dup" tests/bad_inputs/grid.yaml tests/bad_inputs/dup/*
tender "$out/rank/bad-inputs-bids" tests/bad_inputs/grid.yaml tests/bad_inputs/good/a.yaml \
  tests/bad_inputs/bids/unknown_label.yaml tests/bad_inputs/bids/negative_price.yaml
tender "$out/rank/typo" tests/bad_inputs/grids/typo_path.yaml tests/bad_inputs/typo/*
# Structured form (any first byte but NUL): a few fixed choices.
for i in 1 2 3 4 5 6 7 8; do
  head -c 256 /dev/zero | tr '\000' "\\$(printf '%03o' $((i * 17)))" > "$out/rank/structured-$i"
done
echo "seeds: $(ls "$out/grid" | wc -l) grid, $(ls "$out/bid_yaml" | wc -l) bid_yaml," \
     "$(ls "$out/bid_json" | wc -l) bid_json, $(ls "$out/rank" | wc -l) rank"
