#!/usr/bin/env python3
"""Writes N realistic bid files for the example cleaning tender's grid
(examples/nettoyage/criteria.yaml), for whole-process benchmarks.

usage: bench/generate_bids.py N OUT_DIR [--seed S]

The figures are drawn in plausible ranges with a fixed seed, so that two runs
write the same bytes. About one bid in twenty fails the insertion requirement.
"""
import argparse
import os
import random
import shutil

WASTE = ["tri 5 flux et suivi", "tri sélectif", "aucun"]


def bid(rng, index):
    price = round(rng.uniform(70_000, 160_000), 2)
    insertion = round(rng.uniform(3.5, 14), 1)
    return (
        f"id: B-{index:05d}\n"
        f"supplier: Entreprise de nettoyage n°{index}\n"
        f"price: {price:.2f}\n"
        "social:\n"
        f"  insertion_hours_pct: {insertion}\n"
        f"  training_hours_per_agent: {rng.randint(0, 35)}\n"
        f"  daytime_cleaning_pct: {rng.randint(0, 100)}\n"
        "environment:\n"
        f"  ecolabel_products_pct: {rng.randint(20, 100)}\n"
        f"  co2e_kg: {rng.randint(800, 7000)}\n"
        f"  waste_plan: {WASTE[rng.randint(0, 1) if rng.random() < 0.95 else 2]}\n"
        f"  dosing_system: {'true' if rng.random() < 0.7 else 'false'}\n"
        "contact:\n"
        f"  name: Responsable commercial {index}\n"
        f"  email: appels-offres{index}@example.org\n"
        f"  phone: \"+33 1 23 45 {index % 100:02d} {index // 100 % 100:02d}\"\n"
        "notes: >\n"
        "  Offre établie conformément au cahier des clauses techniques particulières,\n"
        "  prestations quotidiennes de nettoyage des bureaux, sanitaires et circulations,\n"
        "  vitrerie trimestrielle, remise en état annuelle des sols.\n"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if os.path.isdir(args.out_dir):
        shutil.rmtree(args.out_dir)
    # Spread files over sub-folders, as a portal export would: discovery is recursive.
    for i in range(1, args.count + 1):
        folder = os.path.join(args.out_dir, f"depot-{i % 10}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"offre-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(bid(rng, i))
    shutil.copy(os.path.join(os.path.dirname(__file__), "..", "examples", "nettoyage", "criteria.yaml"),
                os.path.join(args.out_dir, "criteria.yaml"))


if __name__ == "__main__":
    main()
