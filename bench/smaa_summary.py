#!/usr/bin/python3
"""The SMAA benchmark's table: aser (Google Benchmark JSON) next to numpy.

Usage: bench/smaa_summary.py smaa_aser.json smaa_numpy_20.json [smaa_numpy_200.json]
"""
import json
import re
import sys


def main():
    aser = json.load(open(sys.argv[1]))
    numpy = {}
    for path in sys.argv[2:]:
        data = json.load(open(path))
        numpy[data["bids"]] = data
    runs = {}  # (bids, threads) -> [(wall s, cpu s)] of the single runs
    for b in aser["benchmarks"]:
        m = re.search(r"bids:(\d+)/threads:(\d+)", b["name"])
        if not m or b.get("run_type", "iteration") != "iteration":
            continue
        scale = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}[b.get("time_unit", "ns")]
        runs.setdefault((int(m.group(1)), int(m.group(2))), []).append(
            (b["real_time"] * scale, b.get("process_cpu_s", float("nan"))))
    stats = {}
    for key, values in runs.items():
        walls = sorted(v[0] for v in values)
        cpus = sorted(v[1] for v in values)
        stats[key] = {"median": walls[len(walls) // 2], "min": walls[0], "max": walls[-1],
                      "cpu": cpus[len(cpus) // 2]}
    print("| 10^6 samples | median wall | min | max | median CPU | numpy / aser (wall) "
          "| 1 thread / 2 threads (wall) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for bids in sorted({k[0] for k in stats}):
        one = stats.get((bids, 1), {})
        for threads in (1, 2):
            s = stats.get((bids, threads))
            if not s:
                continue
            ratio = ""
            if bids in numpy:
                ratio = "%.1f×" % (numpy[bids]["median_s"] / s["median"])
            speedup = "%.2f×" % (one["median"] / s["median"]) if threads == 2 and one else ""
            print("| aser, %d bids, %d thread%s | %.3f s | %.3f s | %.3f s | %.3f s | %s | %s |" % (
                bids, threads, "s" if threads > 1 else "", s["median"], s["min"], s["max"],
                s["cpu"], ratio, speedup))
        if bids in numpy:
            n = numpy[bids]
            cpus = sorted(n["cpu_s"])
            print("| numpy, %d bids, 1 thread | %.3f s | %.3f s | %.3f s | %.3f s | | |" % (
                bids, n["median_s"], n["min_s"], n["max_s"], cpus[len(cpus) // 2]))


if __name__ == "__main__":
    main()
