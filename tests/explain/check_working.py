#!/usr/bin/env python3
"""The working `aser explain --all` prints adds up, on every example and test
tender (every method, lots with weights of their own, panels, life-cycle
costs, French and English).

Each line of arithmetic — "Points: 0.650 × 50.0% × 100 = 32.50", a group's
"Subtotal: score 0.875, 30.00 + 5.00 = 35.00 points", "Total: 32.50 + 35.00 +
5.00 = 72.50", a rule's working "(10 − 0) ÷ (20 − 0) = 0.500", a discounted
year "€1,000.00 ÷ (1 + 0.1)^1 = €909.09" — is evaluated from the figures as
printed and compared with the result printed, within the rounding of what is
shown. Before stop 19 a lot with weights of its own printed the grid's
weights beside the lot's points ("1.000 × 15.0% × 100 = 30.00"): this check
fails on that, whatever the tender.

usage: check_working.py --aser BINARY --source REPO
"""
import argparse
import glob
import os
import re
import subprocess
import sys

LABELS = ("Points", "Subtotal", "Sous-total", "Total", "Working", "Calcul")
YEAR = re.compile(r"^\s*(Year|Année) \d+\s*:")
NUMBER = re.compile(r"€?(\d[\d\u00a0\u202f.,]*\d|\d)(\u00a0?%|\u00a0?€)?")


def value(text, french):
    text = text.replace("\u00a0", "").replace("\u202f", "")
    if french:
        text = text.replace(",", ".")
    else:
        text = text.replace(",", "")
    return float(text)


def as_python(expression, french):
    """The expression with its numbers as Python floats, or None when it holds
    anything but numbers, + − × ÷ ^ and parentheses."""
    out = []
    at = 0
    for m in NUMBER.finditer(expression):
        out.append(expression[at:m.start()])
        number = value(m.group(1), french)
        if m.group(2) and m.group(2).endswith("%"):
            number /= 100
        out.append(repr(number))
        at = m.end()
    out.append(expression[at:])
    text = "".join(out).replace("×", "*").replace("÷", "/").replace("−", "-").replace("^", "**")
    if re.search(r"[^0-9.e+\-*/() ]", text):
        return None
    return text


def shown_decimals(text):
    digits = re.sub(r"[^\d.,]", "", text)
    sep = max(digits.rfind("."), digits.rfind(","))
    return 0 if sep < 0 else len(digits) - sep - 1


def check_segment(segment, french, where, failures):
    if " = " not in segment:
        return 0
    left, right = segment.rsplit(" = ", 1)
    right = right.strip()
    negative = right.startswith(("-", "−"))
    m = NUMBER.search(right)
    if not m or m.start() > (2 if negative else 1):
        return 0
    expression = as_python(left, french)
    if expression is None:
        return 0
    try:
        computed = eval(expression, {"__builtins__": {}})  # numbers and operators only
    except ZeroDivisionError:
        return 0
    shown = value(m.group(1), french) * (-1 if negative else 1)
    if m.group(2) and m.group(2).endswith("%"):
        shown /= 100
    # The printed operands are rounded too (a score to 3 decimals, a share to
    # 1, each part of a sum to the result's decimals): allow a half-unit of
    # the result's last decimal per operand and for the result itself, and
    # 0.2% for the rounding carried through a product.
    operands = len(NUMBER.findall(left))
    tolerance = (operands + 1) * 0.5 * 10 ** -shown_decimals(m.group(1)) + 0.002 * max(
        abs(shown), abs(computed))
    if abs(computed - shown) > tolerance:
        failures.append("%s: %s — works out to %.6g" % (where, segment.strip(), computed))
    return 1


def check_text(text, name, failures):
    french = text.startswith("Explication")
    checked = 0
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        label = stripped.split(":", 1)[0].strip()
        if label not in LABELS and not YEAR.match(line):
            continue
        body = stripped.split(":", 1)[1] if ":" in stripped else ""
        if label in ("Subtotal", "Sous-total"):
            body = body.split(", ", 1)[1] if ", " in body else ""
            body = re.sub(r"\s*points?$", "", body)
        for segment in body.split(";"):
            checked += check_segment(segment, french, "%s:%d" % (name, number), failures)
    return checked


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--aser", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    tenders = sorted(glob.glob(os.path.join(args.source, "examples", "*", "criteria.yaml")))
    tenders += sorted(glob.glob(os.path.join(args.source, "tests", "fixtures", "*", "criteria.yaml")))
    tenders += sorted(glob.glob(os.path.join(args.source, "tests", "xlsx", "fixtures", "*", "criteria.yaml")))
    failures = []
    total = 0
    for grid in tenders:
        folder = os.path.dirname(grid)
        run = subprocess.run([args.aser, "explain", "--all", folder, "-c", grid, "--keep-going"],
                             capture_output=True, text=True)
        if run.returncode not in (0, 1) or not run.stdout:
            continue  # a tender whose bids are all invalid, on purpose: nothing to explain
        name = os.path.relpath(folder, args.source)
        checked = check_text(run.stdout, name, failures)
        total += checked
        print("%s: %d lines of working checked" % (name, checked))
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    if total < 300:
        print("FAIL: only %d lines checked: the explain format changed?" % total, file=sys.stderr)
        return 1
    print("%d lines of working add up" % total if not failures else "%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
