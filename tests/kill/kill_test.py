#!/usr/bin/env python3
"""The kill test (issue 5, item 4): `aser rank BIDS -f FORMAT -o out.FORMAT`
killed with SIGKILL at random moments, RUNS times. After each kill, out.FORMAT
must be byte for byte the old report (or still absent, when there was none)
or the complete new one (the report of an undisturbed run): never empty,
never cut, never anything else.

usage: tests/kill/kill_test.py --aser build/aser [--format html] [--runs 200]
                               [--bids 90] [--seed 5] [--work DIR]

The corpus comes from bench/generate_bids.py, sized so that one run takes a
few tenths of a second. The delays before the kill are drawn from the whole
run (0 to 1.5 x its median time, so that some runs finish first: the machine's
load varies), half of them from 0.7 to 1.3 x the median, around the end of the
run, where the report is rendered and written. Prints the count of each outcome; exits 1 when
any run left anything but the old or the new report.
"""
import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(aser, bids, fmt, out):
    return subprocess.Popen([aser, "rank", bids, "-f", fmt, "-o", out],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=ROOT)


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def strays(folder, name):
    """Files the writer left beside the report: '.out.html.tmp.*'."""
    return [f for f in os.listdir(folder) if f.startswith("." + name + ".tmp")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aser", required=True)
    parser.add_argument("--format", default="html")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--bids", type=int, default=0,
                        help="bid files to generate (default: 90 for html, 400 otherwise)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--work", default=os.path.join(ROOT, "build", "kill"))
    args = parser.parse_args()
    aser = os.path.abspath(args.aser)
    count = args.bids or (90 if args.format == "html" else 400)
    work = os.path.abspath(args.work)
    bids = os.path.join(work, "bids")
    os.makedirs(work, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_bids.py"), str(count),
                    bids], check=True, stdout=subprocess.DEVNULL)

    # 1. The complete new report, and how long a run takes.
    name = "out." + args.format
    out = os.path.join(work, name)
    reference_path = os.path.join(work, "reference." + args.format)
    times = []
    for _ in range(3):
        start = time.monotonic()
        done = subprocess.run([aser, "rank", bids, "-f", args.format, "-o", reference_path],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.monotonic() - start)
        if done.returncode != 0:
            print(f"kill test: the reference run failed ({done.returncode}):\n"
                  f"{done.stderr.decode(errors='replace')}")
            return 1
    reference = read(reference_path)
    median = statistics.median(times)
    old = b"<!-- the report of an earlier run -->\n" * 100
    assert old != reference

    # 2. Kill at random moments; look at what is left.
    rng = random.Random(args.seed)
    outcomes = {"old": 0, "new": 0, "other": 0}
    finished = 0
    stray_count = 0
    others = []
    for i in range(args.runs):
        for stray in strays(work, name):
            os.unlink(os.path.join(work, stray))
        # One run in four starts with no report: the new one must then appear
        # whole or not at all (linked into place), the others replace one.
        before = None if i % 4 == 2 else old
        if before is None:
            if os.path.exists(out):
                os.unlink(out)
        else:
            with open(out, "wb") as f:
                f.write(before)
        late = i % 2 == 1
        delay = rng.uniform(0.7 * median, 1.3 * median) if late else rng.uniform(0, 1.5 * median)
        process = run(aser, bids, args.format, out)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        else:
            finished += 1
        process.wait()
        left = read(out)
        if left == before:
            outcomes["old"] += 1
        elif left == reference:
            outcomes["new"] += 1
        else:
            outcomes["other"] += 1
            others.append((i, delay, None if left is None else len(left)))
        stray_count += len(strays(work, name))

    print(f"kill test: {args.runs} runs of 'aser rank' ({count} bids, -f {args.format}, "
          f"{len(reference)} bytes, median run {median:.3f} s), SIGKILL after 0 to "
          f"{1.5 * median:.3f} s")
    print(f"  old report left (or still no report): {outcomes['old']}")
    print(f"  complete new report: {outcomes['new']} ({finished} runs had finished before the "
          f"kill)")
    print(f"  anything else: {outcomes['other']}")
    print(f"  temporary files left beside the report: {stray_count}")
    for i, delay, size in others:
        print(f"  run {i}: killed after {delay:.3f} s, left "
              f"{'no file' if size is None else str(size) + ' bytes'}")
    # A test that saw only one outcome would not show that a kill mid-run is safe.
    if outcomes["old"] == 0 or outcomes["new"] == 0:
        print("kill test: every run ended the same way: the delays do not span the run")
        return 1
    return 1 if outcomes["other"] else 0


if __name__ == "__main__":
    sys.exit(main())
