"""``formslim screen`` on a batch of generated business plans: time, peak memory and plan-level precision
and recall, at two batch sizes in one run (compare the ratio, not the seconds).

    python benchmarks/bench_screen.py [--sizes 500,2000]

The plans are DOCX files written by tests/plan_maker.py: independent applicants and brokers' clients
(8% of the plans, in groups of 2–8, reworded and reordered), 40 sentences each, a generated template.
Reading runs in the isolated reader processes (all cores), as the command line does.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run(n: int) -> dict:
    from formslim.screening import screen
    from tests.plan_maker import make_batch, plan_level_scores

    rnd = random.Random(n)
    brokered = int(n * 0.08)
    sizes = []
    while sum(sizes) < brokered:
        sizes.append(rnd.randint(2, 8))
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        plans = make_batch(Path(tmp), independents=n - sum(sizes), brokers=tuple(sizes), seed=n,
                           broker_names=tuple(i % 3 == 0 for i in range(len(sizes))))
        t1 = time.perf_counter()
        r = screen([tmp], templates=[Path(tmp) / "template.docx"])
        t2 = time.perf_counter()
    precision, recall = plan_level_scores([list(g.files) for g in r.groups], plans)
    return {"plans": len(plans), "brokered_plans": sum(sizes), "broker_groups": len(sizes),
            "write_seconds": round(t1 - t0, 1), "screen_seconds": round(t2 - t1, 1),
            "pairs_proposed": r.candidates, "pairs_compared": r.compared, "groups_found": len(r.groups),
            "precision": round(precision, 3), "recall": round(recall, 3),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="500,2000")
    args = ap.parse_args()
    rows = [run(int(s)) for s in args.sizes.split(",")]
    for a, b in zip(rows, rows[1:]):
        b["time_ratio_vs_previous"] = round(b["screen_seconds"] / max(a["screen_seconds"], 1e-9), 2)
        b["size_ratio_vs_previous"] = round(b["plans"] / a["plans"], 2)
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
