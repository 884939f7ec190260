#!/usr/bin/env bash
# The digests test: BINARY's reports must be byte-identical to digests.txt.
# usage: tests/digests/check.sh BINARY
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
actual=$(mktemp)
expected=$(mktemp)
trap 'rm -f "$actual" "$expected"' EXIT
"$here/digests.sh" "$1" > "$actual"
if [ -n "${DIGEST_SKIP:-}" ]; then
  grep -v -E "$DIGEST_SKIP" "$here/digests.txt" > "$expected" || true
else
  cp "$here/digests.txt" "$expected"
fi
if ! diff -u "$expected" "$actual"; then
  echo "reports changed (lines with + above); if the change is meant, run: tests/digests/update.sh $1" >&2
  exit 1
fi
echo "$(wc -l < "$actual") reports byte-identical to tests/digests/digests.txt"
