#!/usr/bin/env bash
# The digests test: BINARY's reports must be byte-identical to digests.txt.
# usage: tests/digests/check.sh BINARY
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$here/digests.sh" "$1" > "$actual"
if ! diff -u "$here/digests.txt" "$actual"; then
  echo "reports changed (lines with + above); if the change is meant, run: tests/digests/update.sh $1" >&2
  exit 1
fi
echo "$(wc -l < "$actual") reports byte-identical to tests/digests/digests.txt"
