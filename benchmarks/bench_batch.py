"""Batch throughput (issue 13): every package of the corpus list (``../shared/corpus/PACKAGES.tsv``) with
1 and 2 jobs, cold and warm document cache, in one run. Prints packages per minute and the ratios.

``python benchmarks/bench_batch.py [LIST] [--repeat N]`` — each configuration runs ``N`` times (default 2)
into fresh output folders; the best time counts (the machine is shared and noisy).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def batch(lst: Path, out: Path, jobs: int, cache: Path | None) -> float:
    env = {**os.environ, "FORMSLIM_CACHE": str(cache) if cache else "0"}
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "formslim", "batch", str(lst), "-o", str(out), "-j", str(jobs),
                        "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if r.returncode not in (0, 1):
        sys.exit(f"batch failed ({r.returncode}): {r.stderr[-500:]}")
    return took


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("list", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "PACKAGES.tsv"))
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    lst = Path(args.list)
    if not lst.is_file():
        sys.exit(f"{lst}: no package list (the corpus is in ../shared)")
    sys.path.insert(0, str(ROOT))
    from formslim.batching import discover

    n = len(discover(lst))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for jobs in (1, 2):
            cold, warm = [], []
            for k in range(args.repeat):
                cache = tmp / f"cache-{jobs}-{k}.sqlite"
                cold.append(batch(lst, tmp / f"cold-{jobs}-{k}", jobs, cache))
                warm.append(batch(lst, tmp / f"warm-{jobs}-{k}", jobs, cache))
            results[jobs] = (min(cold), min(warm))
    print(f"{n} packages from {lst}")
    print("| jobs | cold cache (s) | packages/min | warm cache (s) | packages/min |")
    print("| --- | --- | --- | --- | --- |")
    for jobs, (cold, warm) in results.items():
        print(f"| {jobs} | {cold:.1f} | {60 * n / cold:.0f} | {warm:.1f} | {60 * n / warm:.0f} |")
    print(f"speed-up with 2 jobs: cold {results[1][0] / results[2][0]:.2f}×, warm {results[1][1] / results[2][1]:.2f}×; "
          f"warm vs cold (1 job): {results[1][0] / results[1][1]:.2f}×")


if __name__ == "__main__":
    main()
