#!/usr/bin/env python3
"""The CSV report for a spreadsheet set to French reads back with Python's csv
module: `aser rank examples/nettoyage -f csv --sep ';' --decimal-comma --bom`
holds every score and points value of the JSON report (`-f json`), and a few
of them equal the hand arithmetic below.

Usage: check_csv.py ASER_BINARY   (run from the repository root)
"""
import csv
import io
import json
import subprocess
import sys

EXAMPLE = "examples/nettoyage"


def run(aser, *args):
    result = subprocess.run([aser, *args], capture_output=True, env={"NO_COLOR": "1"})
    if result.returncode != 0:
        sys.exit(f"aser {' '.join(args)} failed ({result.returncode}):\n{result.stderr.decode()}")
    return result.stdout


def french_number(text):
    # 118500,00 / 0,6109704641 / 21: a decimal comma, no digit groups.
    return float(text.replace(",", "."))


def main():
    aser = sys.argv[1]
    raw = run(aser, "rank", EXAMPLE, "-f", "csv", "--sep", ";", "--decimal-comma", "--bom")
    report = json.loads(run(aser, "rank", EXAMPLE, "-f", "json"))
    checks = failures = 0

    def check(condition, message):
        nonlocal checks, failures
        checks += 1
        if not condition:
            failures += 1
            print("FAILED:", message)

    check(raw.startswith(b"\xef\xbb\xbf"), "the file starts with a UTF-8 BOM")
    text = raw.decode("utf-8-sig")
    check("\r\n" in text, "records end with CRLF")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    by_id = {row["id"]: row for row in rows}

    bids = [bid for lot in report["lots"] for bid in lot["bids"]]
    check(len(rows) == len(bids), f"{len(rows)} rows for {len(bids)} bids")
    found = 0
    for bid in bids:
        row = by_id.get(bid["id"])
        check(row is not None, f"a row for {bid['id']}")
        if row is None:
            continue
        check(row["supplier"] == bid["supplier"], f"{bid['id']}: supplier {row['supplier']!r}")
        for kind in ("scores", "points"):
            column_suffix = ".score" if kind == "scores" else ".points"
            for node, value in bid[kind].items():
                cell = row.get(node + column_suffix)
                check(cell not in (None, ""), f"{bid['id']}: {node}{column_suffix} is there")
                if cell:
                    found += 1
                    check(abs(french_number(cell) - value) <= 1e-9,
                          f"{bid['id']}: {node}{column_suffix} {cell} == {value}")
        if bid["total"] is not None:
            check(abs(french_number(row["total"]) - bid["total"]) <= 1e-9,
                  f"{bid['id']}: total {row['total']} == {bid['total']}")
    # 10 nodes (price; social and its 3 criteria; environment and its 4) ×
    # (score, points) for the 5 ranked bids and nettoyeurs-reunis, which was
    # scored before it left (clair-services left before any scoring): 6 × 10 × 2.
    check(found == 6 * 10 * 2, f"{found} scores and points found, 120 expected")

    # By hand (examples/nettoyage): hygiene-express has the lowest price, so its
    # price score is 1 → 40 points; social (2 × 5/10 + 4/24 + 0)/4 = 0.2916666667
    # → 8.75 points; environment (2 × 0.4 + (8000 − 5200)/8000 + 0.5 + 0)/5 = 0.33
    # → 9.9 points; total 40 + 8.75 + 9.9 = 58.65. Its price is 72400,00.
    hygiene = by_id["hygiene-express"]
    check(hygiene["price"] == "72400,00", f"price {hygiene['price']}")
    check(hygiene["price.points"] == "40", f"price.points {hygiene['price.points']}")
    check(hygiene["social.score"] == "0,2916666667", f"social.score {hygiene['social.score']}")
    check(hygiene["social.points"] == "8,75", f"social.points {hygiene['social.points']}")
    check(hygiene["environment.score"] == "0,33", f"environment.score {hygiene['environment.score']}")
    check(hygiene["total"] == "58,65", f"total {hygiene['total']}")
    # atelier-solidaire: price 72400/118500 = 0.6109704641 (10 decimals).
    check(by_id["atelier-solidaire"]["price.score"] == "0,6109704641",
          f"atelier-solidaire price.score {by_id['atelier-solidaire']['price.score']}")
    # The weights read back too: price 40 / 100 = 0,4.
    check(hygiene["price.weight"] == "0,4", f"price.weight {hygiene['price.weight']}")

    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
