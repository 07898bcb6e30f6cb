"""Matcher scaling: blocking keeps candidate generation near-linear in the number of labels.

    python benchmarks/bench_match.py [--sizes 25000,50000,100000,200000]

Labels: the 13,171 public-data standard terms (../shared/reference) and variants of them as forms word
them (spacing, a role in front, a unit behind), plus the project's gold labels. Each size runs in this
one process, one after the other; compare the ratios, not the seconds.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def catalogue(n: int) -> list[str]:
    terms_file = ROOT.parent / "shared" / "reference" / "kr_public_data_standard_terms.csv"
    base: list[str] = []
    if terms_file.exists():
        with open(terms_file, encoding="utf-8") as fh:
            base = [r["용어명"] for r in csv.DictReader(fh) if r.get("용어명")]
    with open(ROOT / "eval" / "label_pairs.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            base += [r["label_a"], r["label_b"]]
    rnd = random.Random(7)
    roles = ["", "", "", "대표자 ", "담당자 ", "신청인 ", "Owner 1 ", "Spouse "]
    units = ["", "", "", "(원)", "(명)", " *", "(필수)"]
    out = list(dict.fromkeys(base))
    while len(out) < n:
        t = rnd.choice(base)
        if len(t) > 3 and rnd.random() < 0.4:
            i = rnd.randrange(1, len(t) - 1)
            t = t[:i] + " " + t[i:]
        out.append(rnd.choice(roles) + t + rnd.choice(units))
    return out[:n]


def run(n: int) -> dict:
    from formslim.knowledge import load_knowledge
    from formslim.match import reading
    from formslim.match.link import candidate_pairs, field_reading
    from formslim.model import Field, Location

    reading._read_cached.cache_clear()
    kb = load_knowledge()
    labels = catalogue(n)
    fields = [Field(id=f"f{i}", label=l, normalized_label=l, kind="text", location=Location(file=f"doc{i % 500}"),
                    source="bench") for i, l in enumerate(labels)]
    t0 = time.perf_counter()
    readings = {f.id: field_reading(f, kb) for f in fields}
    t1 = time.perf_counter()
    pairs = candidate_pairs(fields, readings)
    t2 = time.perf_counter()
    return {"labels": n, "read_seconds": round(t1 - t0, 2), "blocking_seconds": round(t2 - t1, 2),
            "candidate_pairs": len(pairs), "pairs_per_label": round(len(pairs) / n, 1),
            "share_of_all_pairs": f"{len(pairs) / (n * (n - 1) / 2):.2e}"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="25000,50000,100000,200000")
    args = ap.parse_args()
    rows = [run(int(s)) for s in args.sizes.split(",")]
    for a, b in zip(rows, rows[1:]):
        b["time_ratio_vs_previous"] = round((b["read_seconds"] + b["blocking_seconds"]) /
                                            max(a["read_seconds"] + a["blocking_seconds"], 1e-9), 2)
        b["size_ratio_vs_previous"] = round(b["labels"] / a["labels"], 2)
    print(json.dumps(rows, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
