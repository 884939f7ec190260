#!/usr/bin/env bash
# The SHA-256 of every report (json, csv, table, markdown, html; and xlsx,
# html --analyze, `analyze` in four formats, `explain --all`, the letters) of
# every example and of a generated 10,000-bid folder (half YAML, half JSON; fixed
# seed; read with 1 and 2 threads), one line each: "<sha256>  <exit> <name>".
#
# usage: tests/digests/digests.sh BINARY > FILE
# DIGEST_SKIP=REGEX leaves out the reports whose name matches (check.sh too):
# the sanitizer build skips the 10,000-bid HTML report (~25 s of CPU in Release).
# Run from anywhere; paths in the reports are relative to the repository (the
# examples) or to a temporary folder (the generated bids), so the bytes do not
# depend on where the checkout is.
set -euo pipefail
aser=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${DIGEST_BIDS:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

digest() {  # NAME, then the command line; stdout is hashed, with the exit code
  local name=$1 code=0
  shift
  if [[ -n ${DIGEST_SKIP:-} && $name =~ $DIGEST_SKIP ]]; then return; fi
  "$@" > "$work/out" 2> /dev/null || code=$?
  echo "$(sha256sum < "$work/out" | cut -d' ' -f1)  $code $name"
}

# A folder's files, each file's name and bytes, hashed as one stream (letters).
folder_digest() {  # NAME FOLDER, then the command line that fills FOLDER
  local name=$1 folder=$2 code=0
  shift 2
  if [[ -n ${DIGEST_SKIP:-} && $name =~ $DIGEST_SKIP ]]; then return; fi
  rm -rf "$folder"
  "$@" > /dev/null 2>&1 || code=$?
  echo "$(cd "$folder" 2> /dev/null && find . -type f | LC_ALL=C sort | while read -r f; do
    echo "$f"
    cat "$f"
  done | sha256sum | cut -d' ' -f1)  $code $name"
}

cd "$root"
for dir in examples/*/; do
  example=${dir%/}
  [ -f "$example/criteria.yaml" ] || continue
  for format in json csv table markdown html; do
    digest "$example.$format" env NO_COLOR=1 "$aser" rank "$example" -f "$format"
  done
  # The committee's formats (issue 10) and the analysis (issue 12): the
  # workbook, the HTML report with its analysis, `aser analyze` in each
  # format, every bid's `explain`, and the letters.
  digest "$example.xlsx" "$aser" rank "$example" -f xlsx -o /dev/stdout
  digest "$example.html --analyze" env NO_COLOR=1 "$aser" rank "$example" -f html --analyze
  for format in json table markdown html; do
    digest "$example analyze.$format" env NO_COLOR=1 "$aser" analyze "$example" -f "$format"
  done
  digest "$example explain --all" env NO_COLOR=1 "$aser" explain --all "$example"
  folder_digest "$example letters" "$work/letters" "$aser" letters "$example" -o "$work/letters" --date 2026-12-04
done

python3 "$root/bench/generate_bids.py" "$count" "$work/bids" --format mix --seed 11 > /dev/null
cd "$work"
for format in json csv table markdown html; do
  digest "bids-$count.$format" env NO_COLOR=1 "$aser" rank bids -f "$format" -j 2
done
digest "bids-$count.json (-j 1)" env NO_COLOR=1 "$aser" rank bids -f json -j 1
