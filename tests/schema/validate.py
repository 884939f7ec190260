#!/usr/bin/env python3
"""Validates aser's files against `aser schema` with ajv-cli, a JSON Schema
validator nobody here wrote (issue 4, "What it must show", item 2):

- every built-in grid (criteria/*.yaml) and every example's criteria.yaml
  against `aser schema grid`;
- every bid of every example (YAML and JSON; CSV tables are not JSON Schema
  material) against `aser schema bid -c <that example's criteria.yaml>`;
- the JSON report of every example, and the golden reports, against
  `aser schema report`;
- then negative checks, on files written here, that prove the validation can
  fail: a grid with an unknown key, a bid with a wrong type or an unknown
  label or without a required answer, a report with a wrong type. Where aser
  itself refuses the same file, that is checked too, so that the schema and
  the loader agree.

Examples are found by listing examples/*/criteria.yaml, so new ones are
validated without changing this script.

Usage: validate.py --aser BIN --ajv AJV --work DIR  (run from the source root)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys

failures = []
passes = 0


def check(ok, what, detail=""):
    global passes
    if ok:
        passes += 1
        print("ok: " + what)
    else:
        failures.append(what)
        print("FAIL: " + what + ("\n" + detail if detail else ""))


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def ajv(tool, schema, files):
    """{file: (valid, output)} for each file, one ajv run per schema."""
    args = [tool, "validate", "--spec=draft2020", "--allow-union-types", "-c", "ajv-formats",
            "-s", schema]
    for f in files:
        args += ["-d", f]
    result = run(args)
    text = result.stdout + result.stderr
    out = {}
    for f in files:
        if (f + " valid") in text.splitlines():
            out[f] = (True, text)
        else:
            out[f] = (False, text)
    if "schema " + schema + " is invalid" in text or "error:" in text.split("\n")[0]:
        for f in files:
            out[f] = (False, text)
    return out


def aser_out(aser, args, path):
    result = run([aser] + args)
    if result.returncode != 0:
        check(False, "aser " + " ".join(args), result.stderr)
        return None
    with open(path, "w", encoding="utf-8") as f:
        f.write(result.stdout)
    return path


def bid_files(folder):
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            ext = os.path.splitext(name)[1].lower()
            if name.startswith(".") or name in ("criteria.yaml", "decisions.yaml"):
                continue
            if ext in (".yaml", ".yml", ".json"):
                found.append(os.path.join(root, name))
    return found


def validate_all(aser, tool, work):
    examples = sorted(os.path.join("examples", d) for d in os.listdir("examples")
                      if os.path.isfile(os.path.join("examples", d, "criteria.yaml")))
    check(len(examples) > 0, "examples/ holds at least one tender")

    # 1. Grids.
    grid_schema = aser_out(aser, ["schema", "grid"], os.path.join(work, "grid.schema.json"))
    grids = sorted(os.path.join("criteria", f) for f in os.listdir("criteria") if f.endswith(".yaml"))
    grids += [os.path.join(e, "criteria.yaml") for e in examples]
    if grid_schema:
        for f, (ok, text) in ajv(tool, grid_schema, grids).items():
            check(ok, "grid " + f + " validates against 'aser schema grid'", text)

    # 2. Each example's bids against the schema of its grid.
    report_schema = aser_out(aser, ["schema", "report"], os.path.join(work, "report.schema.json"))
    for example in examples:
        name = os.path.basename(example)
        schema = aser_out(aser, ["schema", "bid", "-c", os.path.join(example, "criteria.yaml")],
                          os.path.join(work, name + ".bid.schema.json"))
        bids = bid_files(example)
        check(len(bids) > 0, example + " has YAML or JSON bids")
        if schema and bids:
            for f, (ok, text) in ajv(tool, schema, bids).items():
                check(ok, "bid " + f + " validates against 'aser schema bid -c " + example +
                      "/criteria.yaml'", text)
        # 3. Its JSON report.
        report = os.path.join(work, name + ".report.json")
        if report_schema and aser_out(aser, ["rank", example, "-f", "json"], report):
            for f, (ok, text) in ajv(tool, report_schema, [report]).items():
                check(ok, "the JSON report of " + example + " validates against 'aser schema report'",
                      text)
    golden = sorted(os.path.join("tests", "golden", f) for f in os.listdir(os.path.join("tests", "golden"))
                    if f.endswith(".json"))
    if report_schema and golden:
        for f, (ok, text) in ajv(tool, report_schema, golden).items():
            check(ok, "golden report " + f + " validates against 'aser schema report'", text)
    return grid_schema, report_schema


GRID = """format: 1
name: Schema test
criteria:
  - id: price
    weight: 60
    answer: price
    rule: { linear: { worst: 200000, best: 100000 } }
  - id: environment
    theme: environment
    weight: 40
    criteria:
      - id: label
        answer: environment.label
        rule: { scale: { "EU Ecolabel or equivalent": 1, "none": 0 } }
      - id: insertion
        answer: social.insertion_pct
        missing: exclude
        rule: { linear: { worst: 0, best: 10 } }
"""


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def negative_checks(aser, tool, work, grid_schema, report_schema):
    neg = os.path.join(work, "negative")
    shutil.rmtree(neg, ignore_errors=True)
    os.makedirs(neg)

    # Grids: the good one passes; an unknown key, at the top or in a criterion,
    # and a rule with a wrong parameter fail, for ajv and for aser alike.
    good_grid = write(os.path.join(neg, "good.yaml"), GRID)
    bad_grids = {
        "top-level key 'currancy'": GRID.replace("name: Schema test", "name: Schema test\ncurrancy: EUR"),
        "criterion key 'answr'": GRID.replace("answer: price", "answr: price"),
        "rule 'linear' without 'best'": GRID.replace("{ worst: 200000, best: 100000 }", "{ worst: 200000 }"),
        "a score of 1.5 in a scale": GRID.replace('"none": 0', '"none": 1.5'),
    }
    files = {what: write(os.path.join(neg, "grid%d.yaml" % i), text)
             for i, (what, text) in enumerate(bad_grids.items())}
    if grid_schema:
        results = ajv(tool, grid_schema, [good_grid] + list(files.values()))
        check(results[good_grid][0], "the test grid validates", results[good_grid][1])
        for what, f in files.items():
            check(not results[f][0], "ajv rejects a grid with " + what, results[f][1])
            check(run([aser, "lint", "-c", f]).returncode == 1, "aser rejects a grid with " + what)

    # Bids: nested and dotted keys pass; a wrong type, an unknown label fail
    # (and aser finds them invalid); a missing required answer fails the schema
    # (aser excludes the bid: valid file, no ranking).
    schema = aser_out(aser, ["schema", "bid", "-c", good_grid], os.path.join(neg, "bid.schema.json"))
    good = {
        "nested": "price: 150000\nenvironment:\n  label: none\nsocial:\n  insertion_pct: 6\n",
        "dotted": "price: [150000, 151000]\nenvironment.label: EU Ecolabel or equivalent\n"
                  "social.insertion_pct: 6\nnotes: call back\n",
        "json": '{"id": "j", "price": 120000, "social": {"insertion_pct": 7}, '
                '"environment": {"label": "none"}, '
                '"evidence": {"environment.label": "licence FR/030/004"}}',
    }
    bad = {
        "a text price": ("price: cher\nsocial: { insertion_pct: 6 }\n", True),
        "an unknown label": ("price: 1\nenvironment: { label: Ecolabel }\nsocial: { insertion_pct: 6 }\n", True),
        "a negative price": ("price: -5\nsocial: { insertion_pct: 6 }\n", True),
        "no required answer": ("price: 150000\nenvironment: { label: none }\n", False),
        "a null parent of a required answer": ("price: 150000\nsocial: ~\n", False),
    }
    good_files = {what: write(os.path.join(neg, "good-%s.%s" % (what, "json" if what == "json" else "yaml")), text)
                  for what, text in good.items()}
    bad_files = {what: write(os.path.join(neg, "bad%d.yaml" % i), text)
                 for i, (what, (text, _)) in enumerate(bad.items())}
    if schema:
        results = ajv(tool, schema, list(good_files.values()) + list(bad_files.values()))
        for what, f in good_files.items():
            check(results[f][0], "a bid with %s answers validates" % what, results[f][1])
            check(run([aser, "validate", f, "-c", good_grid]).returncode == 0,
                  "aser validates the bid with %s answers" % what)
        for what, f in bad_files.items():
            check(not results[f][0], "ajv rejects a bid with " + what, results[f][1])
            if bad[what][1]:
                check(run([aser, "validate", f, "-c", good_grid]).returncode == 1,
                      "aser finds the bid with %s invalid" % what)

    # Reports: a rank written as text fails.
    if report_schema:
        folder = os.path.join(neg, "bids")
        os.makedirs(folder)
        for what, f in good_files.items():
            shutil.copy(f, folder)
        result = run([aser, "rank", folder, "-c", good_grid, "-f", "json"])
        check(result.returncode == 0, "aser ranks the good test bids", result.stderr)
        if result.returncode == 0:
            report = json.loads(result.stdout)
            report["lots"][0]["bids"][0]["rank"] = "1"
            f = write(os.path.join(neg, "report-bad-rank.json"), json.dumps(report))
            ok, text = ajv(tool, report_schema, [f])[f]
            check(not ok, "ajv rejects a report whose rank is text", text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--aser", required=True)
    parser.add_argument("--ajv", required=True)
    parser.add_argument("--work", required=True)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    grid_schema, report_schema = validate_all(args.aser, args.ajv, args.work)
    negative_checks(args.aser, args.ajv, args.work, grid_schema, report_schema)
    print("%d checks passed, %d failed" % (passes, len(failures)))
    for what in failures:
        print("failed: " + what)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
