#!/usr/bin/env python3
"""Writes the bad-input fixtures of tests/bad_inputs/ (run from anywhere).

Each case is one defect in an otherwise good grid or bid; cases.tsv lists the
command, the exit code and a substring of stderr (file:line:col: error: ...).
The files are committed; this script documents and regenerates them.
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
REL = "tests/bad_inputs"

GRID = """\
# A good grid for the bad-input cases: every rule kind the bid cases need.
format: 1
name: Bad inputs — a good grid
language: en
currency: EUR
scale: 100
criteria:
  - id: price
    weight: 40
    answer: price
    rule: { lowest_ratio: {} }
  - id: social
    weight: 30
    criteria:
      - id: insertion
        weight: 2
        answer: social.insertion_hours_pct
        rule: { linear: { worst: 0, best: 10 } }
      - id: training
        weight: 1
        answer: social.training_hours
        rule: { linear: { worst: 0, best: 20 } }
  - id: environment
    weight: 30
    criteria:
      - id: emissions
        answer: environment.co2e_kg
        rule: { linear: { worst: 5000, best: 0 } }
      - id: label
        answer: environment.ecolabel
        rule: { scale: { "EU Ecolabel": 1, "ISO 14001": 0.6, none: 0 } }
      - id: dosing
        answer: environment.dosing_system
        rule: { boolean: {} }
requirements:
  - answer: social.insertion_hours_pct
    at_least: 2
    reason: at least 2 % of insertion hours
tie_break: [price, id]
"""

GOOD_A = """\
id: A
supplier: Alpha Services
price: 100000
social:
  insertion_hours_pct: 6
  training_hours: 12
environment:
  co2e_kg: 3000
  ecolabel: EU Ecolabel
  dosing_system: true
"""

GOOD_B = """\
id: B
supplier: Beta Nettoyage
price: 92000
social:
  insertion_hours_pct: 4
  training_hours: 8
environment:
  co2e_kg: 4200
  ecolabel: ISO 14001
  dosing_system: false
"""


def bid(**replace):
    """GOOD_A with some lines replaced: {old_line: new_text}."""
    text = GOOD_A
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def deep(levels):
    lines = ["price: 1"]
    for i in range(levels):
        lines.append("  " * i + "k%d:" % i)
    lines.append("  " * levels + "v: 1")
    return "\n".join(lines) + "\n"


BOMB = "price: 1\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    "a%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 10)) for i in range(1, 9))

BIDS = {
    "malformed.yaml": bid(**{"  training_hours: 12\n": "  training_hours: [12, 14\n"}),
    "tabs.yaml": bid(**{"  training_hours: 12\n": "\ttraining_hours: 12\n"}),
    "wrong_type.yaml": bid(**{"co2e_kg: 3000": "co2e_kg: three tonnes"}),
    "nan.yaml": bid(**{"price: 100000": "price: .nan"}),
    "inf.yaml": bid(**{"co2e_kg: 3000": "co2e_kg: -.inf"}),
    "overflow.yaml": bid(**{"co2e_kg: 3000": "co2e_kg: 1e999"}),
    "negative_price.yaml": bid(**{"price: 100000": "price: -100000"}),
    "unknown_label.yaml": bid(**{"ecolabel: EU Ecolabel": "ecolabel: EU Ecolabell"}),
    "list.yaml": "- id: A\n  price: 100000\n- id: B\n  price: 92000\n",
    "deep.yaml": deep(100),
    "bomb.yaml": BOMB,
    "duplicate_keys.yaml": GOOD_A + "price: 90000\n",
    "two_documents.yaml": GOOD_A + "---\n" + GOOD_B,
    "trailing_comma.json": '{\n  "id": "J",\n  "price": 100000,\n  "social": {"training_hours": 3,},\n'
                           '  "environment": {"ecolabel": "none"}\n}\n',
    "nan.json": '{\n  "id": "J",\n  "price": NaN\n}\n',
    "quoted_number.yaml": bid(**{"insertion_hours_pct: 6": 'insertion_hours_pct: "6"'}),
    "yes_no.yaml": bid(**{"dosing_system: true": "dosing_system: yes"}),
    "unclosed_quote.yaml": bid(**{"supplier: Alpha Services": 'supplier: "Alpha Services'}),
    "bad_panel.yaml": bid(**{"training_hours: 12": "training_hours: [12, lots]"}),
    "empty_id.yaml": bid(**{"id: A": 'id: ""'}),
    "price_mapping.yaml": bid(**{"price: 100000": "price: {amount: 100000}"}),
    "negative_panel.yaml": bid(**{"price: 100000": "price: [100000, -5]"}),
    "missing_comma.yaml": bid(**{"dosing_system: true": "dosing_system: {a: 1 b: 2}"}),
    "deep_brackets.yaml": "price: 1\nx: " + "[" * 200 + "\n",
}

GRIDS = {
    "missing_format.yaml": GRID.replace("format: 1\n", ""),
    "format_2.yaml": GRID.replace("format: 1\n", "format: 2\n"),
    "unknown_key.yaml": GRID.replace("currency: EUR", "curency: EUR"),
    "zero_weight.yaml": GRID.replace("weight: 30\n    criteria:\n      - id: insertion",
                                     "weight: 0\n    criteria:\n      - id: insertion"),
    "negative_weight.yaml": GRID.replace("        weight: 1\n", "        weight: -1\n"),
    "text_weight.yaml": GRID.replace("    weight: 40\n", "    weight: heavy\n"),
    "quoted_weight.yaml": GRID.replace("    weight: 40\n", '    weight: "40"\n'),
    "curve_not_increasing.yaml": GRID.replace(
        "rule: { linear: { worst: 0, best: 20 } }",
        "rule: { curve: [[0, 0], [20, 1], [10, 0.5]] }"),
    "best_equals_worst.yaml": GRID.replace("{ worst: 0, best: 10 }", "{ worst: 10, best: 10 }"),
    "zero_at_1.yaml": GRID.replace("rule: { lowest_ratio: {} }",
                                   "rule: { deviation: { zero_at: 1 } }"),
    "unknown_rule.yaml": GRID.replace("{ linear: { worst: 0, best: 20 } }",
                                      "{ liner: { worst: 0, best: 20 } }"),
    "score_above_1.yaml": GRID.replace('"ISO 14001": 0.6', '"ISO 14001": 1.5'),
    "unknown_group.yaml": GRID.replace("tie_break: [price, id]\n",
                                       "  - group: enviroment\n    at_least: 0.3\n"
                                       "tie_break: [price, id]\n"),
    "unknown_tie_break.yaml": GRID.replace("tie_break: [price, id]", "tie_break: [price, supplir]"),
    "duplicate_id.yaml": GRID.replace("- id: training", "- id: insertion"),
    "bad_id.yaml": GRID.replace("- id: training", "- id: Training"),
    "no_rule.yaml": GRID.replace("        rule: { boolean: {} }\n", ""),
    "method_without_price.yaml": GRID.replace("method", "method").replace(
        "scale: 100\n", "scale: 100\nmethod: price_per_point\n").replace("- id: price", "- id: cost"),
    "adjusted_price_cap.yaml": GRID.replace("scale: 100\n", "scale: 100\nmethod: adjusted_price\n")
        .replace("weight: 30\n", "weight: 0.3\n").replace("weight: 2\n", "weight: 0.3\n")
        .replace("        weight: 1\n", "        weight: 0.3\n")
        .replace("answer: environment.", "weight: 0.3\n        answer: environment."),
    "typo_path.yaml": GRID,  # with the typo/ bids below
}

CASES = [
    # args, exit code, stderr substring
    ("validate -c {R}/grid.yaml {R}/bids/malformed.yaml", "{R}/bids/malformed.yaml:6:19: error: a '[' is not closed"),
    ("validate -c {R}/grid.yaml {R}/bids/tabs.yaml", "{R}/bids/tabs.yaml:6:1: error: tabs are not allowed for indentation"),
    ("validate -c {R}/grid.yaml {R}/bids/wrong_type.yaml", "{R}/bids/wrong_type.yaml:8:12: error: 'environment.co2e_kg' expects a number, got 'three tonnes'"),
    ("validate -c {R}/grid.yaml {R}/bids/nan.yaml", "{R}/bids/nan.yaml:3:8: error: '.nan' is not a finite number"),
    ("validate -c {R}/grid.yaml {R}/bids/inf.yaml", "{R}/bids/inf.yaml:8:12: error: '-.inf' is not a finite number"),
    ("validate -c {R}/grid.yaml {R}/bids/overflow.yaml", "{R}/bids/overflow.yaml:8:12: error: the number '1e999' is too large"),
    ("validate -c {R}/grid.yaml {R}/bids/negative_price.yaml", "{R}/bids/negative_price.yaml:3:8: error: 'price' is negative (-100000)"),
    ("validate -c {R}/grid.yaml {R}/dup", "{R}/dup/two.yaml:1:5: error: duplicate bid id 'A' (also in '{R}/dup/one.yaml')"),
    ("validate -c {R}/grid.yaml {R}/bids/unknown_label.yaml", "{R}/bids/unknown_label.yaml:9:13: error: 'environment.ecolabel' has an unknown label 'EU Ecolabell'"),
    ("validate -c {R}/grids/typo_path.yaml {R}/typo", "{R}/grids/typo_path.yaml:26:9: error: no bid answers 'environment.co2e_kg', read by criterion 'emissions'"),
    ("validate -c {R}/grid.yaml {R}/empty", "{R}/empty: error: no bid files found in '{R}/empty'"),
    ("validate -c {R}/grid.yaml {R}/bids/invalid_utf8.yaml", "{R}/bids/invalid_utf8.yaml:2:20: error: invalid UTF-8 (byte 0xE9)"),
    ("validate -c {R}/grid.yaml {R}/bids/list.yaml", "{R}/bids/list.yaml:1:1: error: a bid file must be a mapping of answers, got a list"),
    ("validate -c {R}/grid.yaml {R}/bids/deep.yaml", "{R}/bids/deep.yaml:66:129: error: nesting deeper than 64 levels"),
    ("validate -c {R}/grid.yaml {R}/bids/deep_brackets.yaml", "{R}/bids/deep_brackets.yaml:2:67: error: nesting deeper than 64 levels"),
    ("validate -c {R}/grid.yaml {R}/bids/price_mapping.yaml", "{R}/bids/price_mapping.yaml:3:8: error: 'price' expects a number, got a mapping"),
    ("validate -c {R}/grid.yaml {R}/bids/negative_panel.yaml", "{R}/bids/negative_panel.yaml:3:17: error: 'price' has a negative mark (-5)"),
    ("validate -c {R}/grid.yaml {R}/bids/missing_comma.yaml", "{R}/bids/missing_comma.yaml:10:24: error: expected ',' or '}}' in this flow mapping"),
    ("validate -c {R}/grid.yaml {R}/bids/bomb.yaml", "{R}/bids/bomb.yaml:6:1: error: more than 100000 nodes after expanding aliases"),
    ("validate -c {R}/grid.yaml {R}/bids/duplicate_keys.yaml", "{R}/bids/duplicate_keys.yaml:11:1: error: duplicate key 'price' (first at line 3)"),
    ("validate -c {R}/grid.yaml {R}/bids/two_documents.yaml", "{R}/bids/two_documents.yaml:12:1: error: more than one YAML document in the file"),
    ("validate -c {R}/grid.yaml {R}/bids/trailing_comma.json", "{R}/bids/trailing_comma.json:4:33: error: invalid JSON: a trailing comma"),
    ("validate -c {R}/grid.yaml {R}/bids/nan.json", "{R}/bids/nan.json:3:12: error: invalid JSON: unexpected 'N'"),
    ("validate -c {R}/grid.yaml {R}/bids/quoted_number.yaml", "{R}/bids/quoted_number.yaml:5:24: error: 'social.insertion_hours_pct' expects a number, got '6'"),
    ("validate -c {R}/grid.yaml {R}/bids/yes_no.yaml", "{R}/bids/yes_no.yaml:10:18: error: 'environment.dosing_system' expects true or false, got 'yes'"),
    ("validate -c {R}/grid.yaml {R}/bids/unclosed_quote.yaml", "{R}/bids/unclosed_quote.yaml:2:11: error: a quoted text is not closed"),
    ("validate -c {R}/grid.yaml {R}/bids/bad_panel.yaml", "{R}/bids/bad_panel.yaml:6:24: error: 'social.training_hours' is a list of marks, but this item is 'lots'"),
    ("validate -c {R}/grid.yaml {R}/bids/empty_id.yaml", "{R}/bids/empty_id.yaml:1:5: error: 'id' is empty"),
    ("validate -c {R}/grids/missing_format.yaml {R}/good", "{R}/grids/missing_format.yaml:2:1: error: the grid has no 'format'"),
    ("validate -c {R}/grids/format_2.yaml {R}/good", "{R}/grids/format_2.yaml:2:9: error: unsupported grid format 2"),
    ("validate -c {R}/grids/unknown_key.yaml {R}/good", "{R}/grids/unknown_key.yaml:5:1: error: unknown key 'curency' in the grid"),
    ("validate -c {R}/grids/zero_weight.yaml {R}/good", "{R}/grids/zero_weight.yaml:13:13: error: 'weight' must be above 0, got 0"),
    ("validate -c {R}/grids/negative_weight.yaml {R}/good", "{R}/grids/negative_weight.yaml:20:17: error: 'weight' must be above 0, got -1"),
    ("validate -c {R}/grids/text_weight.yaml {R}/good", "{R}/grids/text_weight.yaml:9:13: error: 'weight' expects a number, got 'heavy'"),
    ("validate -c {R}/grids/quoted_weight.yaml {R}/good", "{R}/grids/quoted_weight.yaml:9:13: error: 'weight' expects a number, got '40'"),
    ("validate -c {R}/grids/curve_not_increasing.yaml {R}/good", "{R}/grids/curve_not_increasing.yaml:22:43: error: the x values of a curve must increase: 10 comes after 20"),
    ("validate -c {R}/grids/best_equals_worst.yaml {R}/good", "{R}/grids/best_equals_worst.yaml:18:44: error: 'best' and 'worst' are equal (10)"),
    ("validate -c {R}/grids/zero_at_1.yaml {R}/good", "{R}/grids/zero_at_1.yaml:11:35: error: 'zero_at' must be above 1, got 1"),
    ("validate -c {R}/grids/unknown_rule.yaml {R}/good", "{R}/grids/unknown_rule.yaml:22:17: error: unknown rule 'liner'"),
    ("validate -c {R}/grids/score_above_1.yaml {R}/good", "{R}/grids/score_above_1.yaml:31:57: error: the score 'ISO 14001' must be between 0 and 1, got 1.5"),
    ("validate -c {R}/grids/unknown_group.yaml {R}/good", "{R}/grids/unknown_group.yaml:39:12: error: unknown group 'enviroment' in a requirement"),
    ("validate -c {R}/grids/unknown_tie_break.yaml {R}/good", "{R}/grids/unknown_tie_break.yaml:39:20: error: unknown tie-break key 'supplir'"),
    ("validate -c {R}/grids/duplicate_id.yaml {R}/good", "{R}/grids/duplicate_id.yaml:19:13: error: duplicate id 'insertion' (first at line 15)"),
    ("validate -c {R}/grids/bad_id.yaml {R}/good", "{R}/grids/bad_id.yaml:19:13: error: invalid id 'Training'"),
    ("validate -c {R}/grids/no_rule.yaml {R}/good", "{R}/grids/no_rule.yaml:32:9: error: criterion 'dosing' has no 'rule'"),
    ("validate -c {R}/grids/method_without_price.yaml {R}/good", "{R}/grids/method_without_price.yaml:7:9: error: method 'price_per_point' needs a top-level criterion 'price'"),
    ("validate -c {R}/grids/adjusted_price_cap.yaml {R}/good", "{R}/grids/adjusted_price_cap.yaml:7:9: error: under adjusted_price the coefficients add up to 0.45, above the cap of 0.3"),
]


def write(rel, text, mode="w"):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


def main():
    for sub in ["bids", "grids", "good", "dup", "typo", "empty"]:
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    write("grid.yaml", GRID)
    write("good/a.yaml", GOOD_A)
    write("good/b.yaml", GOOD_B)
    write("good/README.txt", "Not a bid: files are found by extension, so this one is skipped.\n")
    for name, text in BIDS.items():
        write("bids/" + name, text)
    write("bids/invalid_utf8.yaml", GOOD_A.replace("Alpha Services", "Alpha Caf\xe9").encode("latin-1"), "wb")
    for name, text in GRIDS.items():
        write("grids/" + name, text)
    write("dup/one.yaml", GOOD_A)
    write("dup/two.yaml", GOOD_B.replace("id: B", "id: A"))
    write("typo/a.yaml", GOOD_A.replace("co2e_kg", "co2_kg"))
    write("typo/b.yaml", GOOD_B.replace("co2e_kg", "co2_kg"))
    write("empty/.gitkeep", "")
    lines = ["# aser bad-input cases: args<TAB>expected exit<TAB>expected stderr substring",
             "# Generated by make_fixtures.py; paths are relative to the repository root."]
    for args, expected in CASES:
        lines.append("\t".join([args.format(R=REL), "1", expected.format(R=REL)]))
    write("cases.tsv", "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
