#!/usr/bin/python3
"""Issue 10, items 1 and 2: the -f xlsx workbook recalculated by LibreOffice.

1. Every example (and tests/xlsx/fixtures, tests/fixtures/lots and lot_weights:
   every method, rule, panels, a discounted life-cycle cost, lots, a lot with
   weights of its own) is written with -f xlsx;
   the cached values of every formula cell are stripped from the sheet XML, so
   that the figures LibreOffice reports come from its own recalculation. Each
   recalculated total must equal aser's JSON total within 1e-9 relative, and
   no cell may hold a spreadsheet error (#NAME?, #VALUE!...).
2. In a copy of each workbook a raw weight is changed in the weights sheet's
   XML; the recalculated totals and ranking must equal
   `aser rank --weight ID=W -f json`.
3. Formula injection: suppliers named =HYPERLINK(...), +1+1, -1+1, @SUM(1),
   with a leading tab or CR, in the CSV and XLSX reports, read back by
   LibreOffice as text (a control CSV proves that the import evaluates formulas).

LibreOffice starts twice: once for every workbook, once for the CSV files.
Needs Debian's python3 (openpyxl) and soffice (libreoffice-calc-nogui).
"""
import argparse
import glob
import io
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import time
import zipfile

import openpyxl

TOTAL_HEADERS = {"Total", "Prix par point", "Price per point", "Prix ajusté", "Adjusted price",
                 "Prix fictif", "Fictitious price"}
DANGEROUS = ['=HYPERLINK("http://x"&A1;"x")', "+1+1", "-1+1", "@SUM(1)", "\tTAB=1+1", "\rCR=1+1"]

failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message, file=sys.stderr)


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, **kw)


def near(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def rewrite(src, dst, edit):
    """Copy an xlsx, passing each worksheet's XML through edit(name, xml)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = edit(item.filename, data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def strip_cached(_, xml):
    """Formula cells lose their cached value (and t="str"): LibreOffice must compute them."""
    xml = re.sub(r'(<c [^>]*?) t="str"(>\s*<f>)', r"\1\2", xml)
    return re.sub(r"(</f>)<v>[^<]*</v>", r"\1", xml)


def sheet_names(path):
    return openpyxl.load_workbook(path, read_only=True).sheetnames


def weights_sheet_index(lots):
    """The grid's weights sheet follows each lot's scores and answers sheets;
    the weights sheets of lots with weights of their own come after it."""
    return 2 * lots


def weights_sheet_file(lots):
    return "xl/worksheets/sheet%d.xml" % (weights_sheet_index(lots) + 1)


def raw_weight_cell(path, lots, node):
    """The row of `node` on the grid's weights sheet and its raw weight (column D)."""
    book = openpyxl.load_workbook(path)
    sheet = book[book.sheetnames[weights_sheet_index(lots)]]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == node:
            return row, float(sheet.cell(row, 4).value)
    raise AssertionError("no weights row for " + node)


def set_weight(lots, row, weight):
    target = weights_sheet_file(lots)

    def edit(name, xml):
        if name != target:
            return xml
        pattern = r'(<c r="D%d"[^>]*><v>)[^<]*(</v>)' % row
        new, count = re.subn(pattern, r"\g<1>%r\g<2>" % weight, xml)
        assert count == 1, "weights cell D%d not found" % row
        return new
    return edit


def totals(path, lots):
    """{lot sheet: {bid id: recalculated total}} for the ranked bids; checks for errors."""
    book = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for index, name in enumerate(book.sheetnames):
        sheet = book[name]
        for row in sheet.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("#") and c.value.endswith(("!", "?", "A")):
                    fail("%s!%s: %s holds %s" % (os.path.basename(path), name, c.coordinate, c.value))
        if index % 2 == 1 or index >= weights_sheet_index(lots):
            continue  # the answers sheet of the lot, or a weights sheet
        headers = [sheet.cell(2, col).value for col in range(1, sheet.max_column + 1)]
        total_col = next(i for i, h in enumerate(headers, 1) if h in TOTAL_HEADERS)
        lot = {}
        for row in range(3, sheet.max_row + 1):
            bid, total = sheet.cell(row, 2).value, sheet.cell(row, total_col).value
            if bid is not None and isinstance(total, (int, float)):
                lot[bid] = float(total)
        out[index // 2] = lot
    return out


def json_totals(report):
    out = {}
    for index, lot in enumerate(report["lots"]):
        out[index] = {b["id"]: b["total"] for b in lot["bids"] if b["status"] == "ranked"}
    return out


def compare(label, got, want, better):
    if set(got) != set(want):
        fail("%s: lots %s, aser has %s" % (label, sorted(got), sorted(want)))
        return
    for lot in want:
        if set(got[lot]) != set(want[lot]):
            fail("%s lot %d: ranked bids %s, aser ranks %s" % (label, lot, sorted(got[lot]), sorted(want[lot])))
            continue
        for bid, total in want[lot].items():
            if not near(got[lot][bid], total):
                fail("%s lot %d bid %s: LibreOffice %r, aser %r" % (label, lot, bid, got[lot][bid], total))
        reverse = better == "higher"
        order = sorted(got[lot], key=lambda b: (-got[lot][b] if reverse else got[lot][b], b))
        expected = sorted(want[lot], key=lambda b: (-want[lot][b] if reverse else want[lot][b], b))
        if order != expected:
            fail("%s lot %d: LibreOffice ranks %s, aser %s" % (label, lot, order, expected))


def soffice(args, soffice_bin, profile):
    command = [soffice_bin, "-env:UserInstallation=file://" + profile, "--headless", "--norestore"] + args
    subprocess.run(command, check=True, capture_output=True, timeout=300)


def injection_inputs(work, aser):
    """A tender whose suppliers carry every dangerous form: its CSV and XLSX reports."""
    folder = os.path.join(work, "injection")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "criteria.yaml"), "w") as f:
        f.write("format: 1\nname: Injection\nlanguage: en\ncriteria:\n"
                "  - id: price\n    weight: 1\n    answer: price\n    rule: { lowest_ratio: {} }\n")
    for i, name in enumerate(DANGEROUS):
        with open(os.path.join(folder, "b%d.json" % i), "w") as f:
            json.dump({"supplier": name, "price": 100 + i}, f)
    csv_path = os.path.join(work, "csv", "injection.csv")
    os.makedirs(os.path.dirname(csv_path), exist_ok=True)
    run([aser, "rank", folder, "-f", "csv", "-o", csv_path])
    # The control: a formula written as is, which the import must evaluate.
    with open(os.path.join(work, "csv", "control.csv"), "w") as f:
        f.write("supplier\r\n=1+1\r\n")
    xlsx_path = os.path.join(work, "in", "injection.xlsx")
    run([aser, "rank", folder, "-f", "xlsx", "-o", xlsx_path])
    return csv_path, xlsx_path


def check_injection(work):
    # XLSX: the supplier column of the scores sheet and of the answers sheet.
    book = openpyxl.load_workbook(os.path.join(work, "out", "injection.xlsx"))
    for name in book.sheetnames[:2]:
        sheet = book[name]
        found = {}
        for row in range(3, sheet.max_row + 1):
            c = sheet.cell(row, 3 if name == book.sheetnames[0] else 2)
            if c.data_type != "s":
                fail("xlsx %s!%s: type %s, value %r: not text" % (name, c.coordinate, c.data_type, c.value))
            found[c.value] = c.data_type
        for text in DANGEROUS:
            expected = text.replace("\r", "\n")  # XML reads a raw CR as a line feed
            if text not in found and expected not in found:
                fail("xlsx %s: supplier %r not read back as text (found %r)" % (name, text, sorted(found)))
    # CSV: read back with formulas evaluated; every supplier stays text.
    book = openpyxl.load_workbook(os.path.join(work, "csv_out", "control.xlsx"))
    control = book.active.cell(2, 1)
    if control.data_type != "f":
        fail("control CSV: =1+1 was not read as a formula (%r): the check proves nothing" % control.value)
    book = openpyxl.load_workbook(os.path.join(work, "csv_out", "injection.xlsx"))
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    col = headers.index("supplier") + 1
    seen = []
    for row in range(2, sheet.max_row + 1):
        c = sheet.cell(row, col)
        if c.data_type != "s":
            fail("csv %s: type %s, value %r: not text" % (c.coordinate, c.data_type, c.value))
        seen.append(c.value)
    for text in DANGEROUS:
        if not any(v is not None and v.lstrip("'").strip("\r\n") == text.strip("\r\n") for v in seen):
            fail("csv: supplier %r not read back (found %r)" % (text, seen))


def check_bytes_and_terminal(aser, source, work):
    """Same bytes on each run (no timestamp but the fixed one); no workbook on a terminal."""
    folder = os.path.join(source, "examples", "nettoyage")
    first = run([aser, "rank", folder, "-f", "xlsx"]).stdout
    time.sleep(1.1)  # a timestamp in seconds would differ now
    second = run([aser, "rank", folder, "-f", "xlsx"]).stdout
    if first != second:
        fail("two runs of -f xlsx gave different bytes")
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        core = z.read("docProps/core.xml").decode()
        if "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z<" not in core:
            fail("docProps/core.xml: not the fixed date: " + core)
    dated = run([aser, "rank", folder, "-f", "xlsx", "--date", "2026-12-04"]).stdout
    with zipfile.ZipFile(io.BytesIO(dated)) as z:
        if "2026-12-04T00:00:00Z" not in z.read("docProps/core.xml").decode():
            fail("--date 2026-12-04 is not the workbook's created date")
    # On a terminal: a usage error, nothing written.
    primary, secondary = pty.openpty()
    done = subprocess.run([aser, "rank", folder, "-f", "xlsx"], stdout=secondary,
                          stderr=subprocess.PIPE, timeout=60)
    os.close(secondary)
    os.close(primary)
    expected = ("aser: error: -f xlsx writes a binary workbook, not for a terminal\n"
                "hint: add -o FILE (aser rank ... -f xlsx -o report.xlsx) or redirect stdout\n")
    if done.returncode != 2 or done.stderr.decode() != expected:
        fail("-f xlsx on a terminal: exit %d, stderr %r" % (done.returncode, done.stderr.decode()))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--aser", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--soffice", default="soffice")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    for sub in ("in", "out", "csv_out"):
        os.makedirs(os.path.join(args.work, sub))

    tenders = sorted(glob.glob(os.path.join(args.source, "examples", "*", "criteria.yaml")))
    tenders += sorted(glob.glob(os.path.join(args.source, "tests", "xlsx", "fixtures", "*", "criteria.yaml")))
    tenders.append(os.path.join(args.source, "tests", "fixtures", "lots", "criteria.yaml"))
    # A lot with weights of its own: its scores read its own weights sheet,
    # whose weights the lot does not set read the grid's sheet.
    tenders.append(os.path.join(args.source, "tests", "fixtures", "lot_weights", "criteria.yaml"))
    cases = []
    for grid in tenders:
        folder = os.path.dirname(grid)
        name = os.path.basename(folder)
        report = json.loads(run([args.aser, "rank", folder, "-f", "json"]).stdout)
        original = os.path.join(args.work, name + ".xlsx")
        run([args.aser, "rank", folder, "-f", "xlsx", "-o", original])
        rewrite(original, os.path.join(args.work, "in", name + ".xlsx"), strip_cached)
        # The what-if: the first top-level node the method weighs (price is
        # not weighed by price_per_point, adjusted_price, fictitious_price) × 0.8.
        # Top-level weights move no group score, so exclusions stay as they are.
        method = report["grid"]["method"]
        tops = [line.split(":", 1)[1].strip() for line in open(grid)
                if re.match(r"^  - id:", line)]
        node = next(t for t in tops if method == "weighted_sum" or t != "price")
        lots = len(report["lots"])
        row, weight = raw_weight_cell(original, lots, node)
        changed = weight * 0.8
        what_if = json.loads(run([args.aser, "rank", folder, "-f", "json",
                                  "--weight", "%s=%r" % (node, changed)]).stdout)
        edit = set_weight(lots, row, changed)
        rewrite(original, os.path.join(args.work, "in", name + "-weight.xlsx"),
                lambda n, x: strip_cached(n, edit(n, x)))
        cases.append((name, report, what_if, node, changed))
    csv_path, _ = injection_inputs(args.work, args.aser)

    profile = os.path.join(args.work, "profile")
    inputs = sorted(glob.glob(os.path.join(args.work, "in", "*.xlsx")))
    started = time.monotonic()
    soffice(["--calc", "--convert-to", "xlsx", "--outdir", os.path.join(args.work, "out")] + inputs,
            args.soffice, profile)
    csv_filter = "CSV:44,34,76,1,,1033,false,true,false,false,false,,true"
    soffice(["--calc", "--infilter=" + csv_filter, "--convert-to", "xlsx", "--outdir",
             os.path.join(args.work, "csv_out"), csv_path, os.path.join(args.work, "csv", "control.csv")],
            args.soffice, profile)
    print("LibreOffice: %d workbooks and 2 CSV files in %.1f s" % (len(inputs), time.monotonic() - started))

    for name, report, what_if, node, changed in cases:
        better = report["grid"]["better"]
        lots = len(report["lots"])
        compare(name, totals(os.path.join(args.work, "out", name + ".xlsx"), lots), json_totals(report), better)
        got = totals(os.path.join(args.work, "out", name + "-weight.xlsx"), lots)
        compare("%s with %s=%r" % (name, node, changed), got, json_totals(what_if), better)
        before = json_totals(report)
        if all(near(got[l].get(b, 0), t) for l in before for b, t in before[l].items()):
            fail("%s: changing %s in the workbook moved no total" % (name, node))
        print("ok %s: %d lot(s), %d ranked bids; %s=%r" % (
            name, len(report["lots"]), sum(len(l) for l in json_totals(report).values()), node, changed))
    check_injection(args.work)
    check_bytes_and_terminal(args.aser, args.source, args.work)
    if failures:
        print("%d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("all workbooks recalculated by LibreOffice agree with aser")
    return 0


if __name__ == "__main__":
    sys.exit(main())
