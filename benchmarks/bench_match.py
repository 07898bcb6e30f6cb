"""Matcher scaling: blocking keeps candidate generation near-linear in the number of labels.

    python benchmarks/bench_match.py [--sizes 25000,50000,100000,200000]

Also reports pair completeness (the share of the pairs exhaustive comparison links that blocking
proposes) and the whole matcher's time and peak memory (``match_package`` on 500 documents).

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


def completeness(n: int = 10000, anchors: int = 500) -> dict:
    """Pair completeness of blocking: of the pairs exhaustive comparison would link (certain or review),
    the share that blocking proposes. Exhaustive over every pair of a 10k catalogue is 50M comparisons;
    this compares ``anchors`` random labels with the whole catalogue (an unbiased estimate)."""
    from formslim.knowledge import load_knowledge
    from formslim.match.compare import compare
    from formslim.match.link import candidate_pairs, field_reading
    from formslim.model import Field, Location

    kb = load_knowledge()
    labels = catalogue(n)
    fields = [Field(id=f"f{i:06d}", label=l, normalized_label=l, kind="text", location=Location(file=f"doc{i % 500}"),
                    source="bench") for i, l in enumerate(labels)]
    readings = {f.id: field_reading(f, kb) for f in fields}
    proposed = {frozenset(p) for p in candidate_pairs(fields, readings)}
    rnd = random.Random(11)
    sample = rnd.sample(fields, min(anchors, n))
    true = found = 0
    t0 = time.perf_counter()
    for a in sample:
        ra = readings[a.id]
        for b in fields:
            if b.id == a.id:
                continue
            if compare(ra, readings[b.id], kb).status:
                true += 1
                found += frozenset((a.id, b.id)) in proposed
    return {"catalogue": n, "anchors": len(sample), "true_pairs": true, "proposed_by_blocking": found,
            "pair_completeness": round(found / true, 4) if true else None,
            "exhaustive_seconds": round(time.perf_counter() - t0, 1)}


def run(n: int) -> dict:
    from formslim.knowledge import load_knowledge
    from formslim.match import reading
    from formslim.match.link import candidate_codes, field_reading
    from formslim.model import Field, Location

    reading._read_cached.cache_clear()
    kb = load_knowledge()
    labels = catalogue(n)
    fields = [Field(id=f"f{i}", label=l, normalized_label=l, kind="text", location=Location(file=f"doc{i % 500}"),
                    source="bench") for i, l in enumerate(labels)]
    t0 = time.perf_counter()
    readings = {f.id: field_reading(f, kb) for f in fields}
    t1 = time.perf_counter()
    # blocking as match_package runs it: integer codes (a set of 20M id tuples would itself take gigabytes)
    pos = {fid: i for i, fid in enumerate(sorted(f.id for f in fields))}
    pairs = candidate_codes(fields, readings, kb, (), pos)
    t2 = time.perf_counter()
    n_pairs = len(pairs)
    del pos, pairs
    # the whole matcher as a user runs it: readings, blocking, comparison, groups (500 documents)
    from formslim.knowledge import load_knowledge as _lk  # noqa: F401
    from formslim.match import match_package
    from formslim.model import Document, Package

    docs: dict[str, list] = {}
    for f in fields:
        docs.setdefault(f.location.file, []).append(f)
    package = Package(name="bench", documents=tuple(Document(path=k, format="pdf", fields=tuple(v))
                                                     for k, v in sorted(docs.items())))
    reading._read_cached.cache_clear()
    t3 = time.perf_counter()
    result = match_package(package, kb)
    t4 = time.perf_counter()
    return {"labels": n, "read_seconds": round(t1 - t0, 2), "blocking_seconds": round(t2 - t1, 2),
            "match_package_seconds": round(t4 - t3, 2), "links": len(result.links), "groups": len(result.groups),
            "peak_rss_mib": _peak_rss_mib(),
            "candidate_pairs": n_pairs, "pairs_per_label": round(n_pairs / n, 1),
            "share_of_all_pairs": f"{n_pairs / (n * (n - 1) / 2):.2e}"}


def _peak_rss_mib() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="25000,50000,100000,300000")
    ap.add_argument("--completeness", type=int, default=10000, help="catalogue size for pair completeness (0: skip)")
    args = ap.parse_args()
    if args.completeness:
        print(json.dumps(completeness(args.completeness), indent=2), flush=True)
    rows = [run(int(s)) for s in args.sizes.split(",")]
    for a, b in zip(rows, rows[1:]):
        b["time_ratio_vs_previous"] = round((b["read_seconds"] + b["blocking_seconds"]) /
                                            max(a["read_seconds"] + a["blocking_seconds"], 1e-9), 2)
        b["size_ratio_vs_previous"] = round(b["labels"] / a["labels"], 2)
    print(json.dumps(rows, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
