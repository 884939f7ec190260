#!/usr/bin/env python3
"""Writes N realistic bid files for the example cleaning tender's grid
(examples/nettoyage/criteria.yaml), for whole-process benchmarks.

usage: bench/generate_bids.py N OUT_DIR [--seed S] [--format yaml|json|mix|form]
       [--form FORM.yaml]

`--format form` fills in FORM.yaml, the form `aser form` writes for the grid,
as a bidder would: answers after the colons, its comments kept, `lot:` left
empty, one question in ten left unanswered, the contact and notes added at
the end.

The figures are drawn in plausible ranges with a fixed seed, so that two runs
write the same bytes. About one bid in twenty fails the insertion requirement.
"""
import argparse
import json
import os
import random
import shutil

WASTE = ["tri 5 flux et suivi", "tri sélectif", "aucun"]


NOTES = (
    "Offre établie conformément au cahier des clauses techniques particulières, "
    "prestations quotidiennes de nettoyage des bureaux, sanitaires et circulations, "
    "vitrerie trimestrielle, remise en état annuelle des sols.\n"
)


def bid_data(rng, index):
    """One bid's answers (the order of the draws is the order of the keys)."""
    price = round(rng.uniform(70_000, 160_000), 2)
    insertion = round(rng.uniform(3.5, 14), 1)
    return {
        "id": f"B-{index:05d}",
        "supplier": f"Entreprise de nettoyage n°{index}",
        "price": price,
        "social": {
            "insertion_hours_pct": insertion,
            "training_hours_per_agent": rng.randint(0, 35),
            "daytime_cleaning_pct": rng.randint(0, 100),
        },
        "environment": {
            "ecolabel_products_pct": rng.randint(20, 100),
            "co2e_kg": rng.randint(800, 7000),
            "waste_plan": WASTE[rng.randint(0, 1) if rng.random() < 0.95 else 2],
            "dosing_system": rng.random() < 0.7,
        },
        "contact": {
            "name": f"Responsable commercial {index}",
            "email": f"appels-offres{index}@example.org",
            "phone": f"+33 1 23 45 {index % 100:02d} {index // 100 % 100:02d}",
        },
        "notes": NOTES,
    }


def bid(data):
    """The bid as YAML, written as a bidder would."""
    s, e, c = data["social"], data["environment"], data["contact"]
    return (
        f"id: {data['id']}\n"
        f"supplier: {data['supplier']}\n"
        f"price: {data['price']:.2f}\n"
        "social:\n"
        f"  insertion_hours_pct: {s['insertion_hours_pct']}\n"
        f"  training_hours_per_agent: {s['training_hours_per_agent']}\n"
        f"  daytime_cleaning_pct: {s['daytime_cleaning_pct']}\n"
        "environment:\n"
        f"  ecolabel_products_pct: {e['ecolabel_products_pct']}\n"
        f"  co2e_kg: {e['co2e_kg']}\n"
        f"  waste_plan: {e['waste_plan']}\n"
        f"  dosing_system: {'true' if e['dosing_system'] else 'false'}\n"
        "contact:\n"
        f"  name: {c['name']}\n"
        f"  email: {c['email']}\n"
        f"  phone: \"{c['phone']}\"\n"
        "notes: >\n"
        "  Offre établie conformément au cahier des clauses techniques particulières,\n"
        "  prestations quotidiennes de nettoyage des bureaux, sanitaires et circulations,\n"
        "  vitrerie trimestrielle, remise en état annuelle des sols.\n"
    )


def form_bid(data, form_lines, index):
    """The bid written into the form's lines (see the module's text)."""
    out, parents = [], []
    for line in form_lines:
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        key, colon, rest = stripped.partition(":")
        if stripped.startswith("#") or not colon or (rest and not rest.startswith(" ")):
            out.append(line)
            continue
        parents = parents[: indent // 2] + [key]
        value = data
        for part in parents:
            value = value.get(part) if isinstance(value, dict) else None
        comment = rest.strip()
        skipped = index % 10 == 3 and parents == ["social", "daytime_cleaning_pct"]
        if value is None or isinstance(value, dict) or parents[0] == "evidence" or skipped:
            out.append(line)
            continue
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        out.append(f"{' ' * indent}{key}: {text}" + (f"  {comment}" if comment else ""))
    c = data["contact"]
    return ("\n".join(out) + "\n"
            f"contact:\n  name: {c['name']}\n  email: {c['email']}\n  phone: \"{c['phone']}\"\n"
            "notes: >\n"
            "  Offre établie conformément au cahier des clauses techniques particulières,\n"
            "  prestations quotidiennes de nettoyage des bureaux, sanitaires et circulations,\n"
            "  vitrerie trimestrielle, remise en état annuelle des sols.\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--format", choices=["yaml", "json", "mix", "form"], default="yaml",
                        help="mix: every other bid in JSON; form: FORM.yaml filled in")
    parser.add_argument("--form", help="the form of `aser form` (with --format form)")
    args = parser.parse_args()
    if (args.format == "form") != bool(args.form):
        parser.error("--format form and --form FORM.yaml go together")
    form_lines = open(args.form, encoding="utf-8").read().splitlines() if args.form else []
    rng = random.Random(args.seed)
    if os.path.isdir(args.out_dir):
        shutil.rmtree(args.out_dir)
    # Spread files over sub-folders, as a portal export would: discovery is recursive.
    for i in range(1, args.count + 1):
        folder = os.path.join(args.out_dir, f"depot-{i % 10}")
        os.makedirs(folder, exist_ok=True)
        data = bid_data(rng, i)
        as_json = args.format == "json" or (args.format == "mix" and i % 2 == 0)
        name = os.path.join(folder, f"offre-{i:05d}.{'json' if as_json else 'yaml'}")
        with open(name, "w", encoding="utf-8") as f:
            if as_json:
                f.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            elif form_lines:
                f.write(form_bid(data, form_lines, i))
            else:
                f.write(bid(data))
    shutil.copy(os.path.join(os.path.dirname(__file__), "..", "examples", "nettoyage", "criteria.yaml"),
                os.path.join(args.out_dir, "criteria.yaml"))


if __name__ == "__main__":
    main()
