#!/usr/bin/python3
"""The comparison of issue 11: a short script that ranks a bid folder by a
weighted sum, each bid loaded with PyYAML's C loader (json for .json files).

usage: bench/rank_python.py FOLDER OUT.json   (the grid is FOLDER/criteria.yaml)

It reads what aser's generated folders need (linear, steps, scale, boolean and
lowest_ratio rules, nested groups, requirements with at_least) and nothing else:
no positions, no checks, no limits; it is a floor, not a rival."""
import json
import os
import sys

import yaml


def answer(bid, path):
    for part in path.split("."):
        bid = bid.get(part) if isinstance(bid, dict) else None
    return bid


def score(rule, x, lowest):
    (kind, args), = rule.items()
    if x is None:
        return 0.0
    if kind == "linear":
        return min(1.0, max(0.0, (x - args["worst"]) / (args["best"] - args["worst"])))
    if kind == "steps":
        return next((s["score"] for s in args if x >= s["at_least"]), 0.0)
    if kind == "scale":
        return float(args.get(x, 0.0))
    if kind == "boolean":
        return float(args.get("yes" if x else "no", 1 if x else 0))
    if kind == "lowest_ratio":
        return lowest[id(rule)] / x
    raise SystemExit(f"rule {kind} not in this script")


def leaves(nodes, share=1.0):
    total = sum(n["weight"] for n in nodes)
    for n in nodes:
        w = share * n["weight"] / total
        yield from leaves(n["criteria"], w) if "criteria" in n else [(n, w)]


def main():
    folder, out = sys.argv[1], sys.argv[2]
    with open(os.path.join(folder, "criteria.yaml"), encoding="utf-8") as f:
        grid = yaml.load(f, Loader=yaml.CSafeLoader)
    bids = []
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if name == "criteria.yaml" or not name.endswith((".yaml", ".yml", ".json")):
                continue
            with open(path, "rb") as f:
                bid = json.load(f) if name.endswith(".json") else yaml.load(f, Loader=yaml.CSafeLoader)
            if all((answer(bid, r["answer"]) or 0) >= r["at_least"]
                   for r in grid.get("requirements", []) if "answer" in r):
                bids.append(bid)
    crits = list(leaves(grid["criteria"]))
    lowest = {id(c["rule"]): min(answer(b, c["answer"]) for b in bids)
              for c, _ in crits if "lowest_ratio" in c["rule"]}
    scale = grid.get("scale", 100)
    ranked = sorted(({"id": b["id"], "supplier": b.get("supplier"),
                      "total": scale * sum(w * score(c["rule"], answer(b, c["answer"]), lowest)
                                           for c, w in crits)} for b in bids),
                    key=lambda r: (-r["total"], r["id"]))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(ranked, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
