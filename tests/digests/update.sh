#!/usr/bin/env bash
# Writes tests/digests/digests.txt from BINARY's reports: run it with the
# binary whose reports are the reference (e.g. right before a merge that must
# not change them), commit the file, and the digests test holds the next
# binaries to those bytes.
# usage: tests/digests/update.sh BINARY
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: $0 BINARY" >&2; exit 2; }
"$here/digests.sh" "$1" > "$here/digests.txt.tmp"
mv "$here/digests.txt.tmp" "$here/digests.txt"
echo "wrote $here/digests.txt ($(wc -l < "$here/digests.txt") reports) from $1"
