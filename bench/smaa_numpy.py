#!/usr/bin/python3
"""SMAA-2 in vectorised numpy, for comparison with aser's run_smaa (issue 12, item 4).

The same sampling and ranking as src/analyze/smaa*.cpp on the same data as
bench/smaa_bench.cpp: weights uniform on the simplex from the gaps between
sorted uniforms; weighted_sum totals (scale 100); competition ranks within
1e-9 (relative) by sorting; acceptability counts per rank; central weights as
the mean weight vector where each bid ranks first. Samples go in batches of
65,536 (numpy's memory, not its speed, sets the batch). numpy's own random
generator (PCG64) replaces aser's streams, so the numbers agree statistically,
not bit for bit. Two totals within 1e-9 of their neighbour join a run here,
where aser compares with the first of the run: the same on data without
near-ties, such as this.

Usage: /usr/bin/python3 bench/smaa_numpy.py [--bids 20] [--samples 1000000] [--runs 5]
Run it with OPENBLAS_NUM_THREADS=1 (bench/run_smaa.sh does) for one thread.
"""
import argparse
import json
import sys
import time

import numpy as np

CRITERIA = 12


def bench_data(bids):
    """Scores (bids × criteria) and grid weights, as smaa_bench.cpp builds them."""
    i = np.arange(bids, dtype=np.int64)[:, None]
    j = np.arange(CRITERIA, dtype=np.int64)[None, :]
    answers = ((i * 7919 + j * 104729 + 17) % 1001) / 100.0
    scores = np.clip(answers / 10.0, 0.0, 1.0)  # linear 0..10
    weights = np.arange(1, CRITERIA + 1, dtype=np.float64)
    return scores, weights / weights.sum()


def smaa(scores, samples, seed, scale=100.0, batch=65536):
    n, m = scores.shape
    rng = np.random.default_rng(seed)
    counts = np.zeros(n * n, dtype=np.int64)
    central = np.zeros((n, m))
    firsts = np.zeros(n, dtype=np.int64)
    positions = np.arange(n)[None, :]
    rows_of = np.arange(n)[None, :] * n
    done = 0
    while done < samples:
        b = min(batch, samples - done)
        # Uniform on the simplex: gaps between sorted uniforms, 0 and 1.
        cuts = rng.random((b, m - 1))
        cuts.sort(axis=1)
        w = np.diff(cuts, axis=1, prepend=0.0, append=1.0)
        # weighted_sum totals, higher first: sort the negated totals ascending.
        keys = -(w @ scores.T) * scale
        order = np.argsort(keys, axis=1, kind="stable")
        ordered = np.take_along_axis(keys, order, axis=1)
        # Competition ranks: a new run where a total is not within 1e-9 of the previous.
        tolerance = 1e-9 * np.maximum(1.0, np.maximum(np.abs(ordered[:, 1:]), np.abs(ordered[:, :-1])))
        starts = np.ones((b, n), dtype=bool)
        starts[:, 1:] = np.abs(ordered[:, 1:] - ordered[:, :-1]) > tolerance
        run_rank = np.maximum.accumulate(np.where(starts, positions, 0), axis=1)
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, run_rank, axis=1)
        counts += np.bincount((rows_of + ranks).ravel(), minlength=n * n)
        first = ranks == 0
        firsts += first.sum(axis=0)
        central += first.T.astype(np.float64) @ w
        done += b
    acceptability = counts.reshape(n, n) / samples
    with np.errstate(invalid="ignore", divide="ignore"):
        central_weights = central / firsts[:, None]
    return acceptability, central_weights


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bids", type=int, default=20)
    parser.add_argument("--samples", type=int, default=1000000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    scores, _ = bench_data(args.bids)
    times = []
    for run in range(args.runs):
        start = time.perf_counter()
        cpu = time.process_time()
        acceptability, _ = smaa(scores, args.samples, args.seed + run)
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    walls = sorted(t[0] for t in times)
    json.dump({"bids": args.bids, "samples": args.samples, "runs": args.runs,
               "wall_s": [t[0] for t in times], "cpu_s": [t[1] for t in times],
               "median_s": walls[len(walls) // 2], "min_s": walls[0], "max_s": walls[-1],
               "first_rank": acceptability[:, 0].round(4).tolist()}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
