"""Score `formslim screen` on a held-back batch of business plans written by independent writers.

    python3 eval/screening/score.py [KEY] [--formslim PATH] [--threshold X] [--show]

KEY: key.yaml (the held-back batch, default) or dev_key.yaml (a studied batch: `--show` prints its groups
and the pairs missed; refused on a key that is not marked `studied`).

The batch (eval/screening/heldback/, key.yaml beside this file) was written by eight helpers that never saw
formslim or its screening code: three playing consultants ("brokers") who each wrote three plans for three
clients — one reusing much of their stock text and leaving their firm in the file metadata, one
paraphrasing and putting each client's name in the metadata, one rewriting each plan from the previous
client's — and five playing founders who each wrote their own plan (three of them in a broker client's
industry). All fill the same programme template (sample_forms/kr-sme-support/02_사업계획서.docx, given to
screen as --template). The key was written from that assignment, before formslim read a file.

Printed (totals only — the batch is held back: never tune on it, never print its groups):
- plan level (the issue's measure): a plan in a found group is right when every other plan of the group has
  its writer and that writer is a broker; precision over plans in found groups, recall over broker plans;
- pairs: precision and recall over pairs of plans put in one group.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def scores(groups: list[list[str]], writer: dict[str, str]) -> dict:
    flagged = {f: g for g in groups for f in g}
    right = sum(1 for f, g in flagged.items() if writer.get(f, "").startswith("broker")
                and all(writer.get(x) == writer[f] for x in g))
    brokered = [f for f, w in writer.items() if w.startswith("broker")]
    found = {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}
    true = {frozenset(p) for p in combinations(sorted(writer), 2)
            if writer[p[0]] == writer[p[1]] and writer[p[0]].startswith("broker")}
    return {"plans": len(writer), "brokers": len({w for w in writer.values() if w.startswith("broker")}),
            "groups": len(groups), "plan_precision": right / len(flagged) if flagged else 1.0,
            "plan_recall": right / len(brokered) if brokered else 1.0,
            "pair_precision": len(found & true) / len(found) if found else 1.0,
            "pair_recall": len(found & true) / len(true) if true else 1.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--formslim", default="formslim")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("key", nargs="?", default="key.yaml")
    args = ap.parse_args()
    key = yaml.safe_load((HERE / args.key).read_text(encoding="utf-8"))
    if args.show and not key.get("studied"):
        print(f"{args.key} is held back: totals only (--show is for a studied key)", file=sys.stderr)
        return 2
    name = "held-back" if not key.get("studied") else f"studied ({key['batch']})"
    writer = {f: w for w, files in key["writers"].items() for f in files}
    batch = HERE / key["batch"]
    missing = sorted(f for f in writer if not (batch / f).is_file())
    if missing:
        print(f"SCREEN {name}: {len(missing)} plan(s) of the key missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    cmd = [args.formslim, "screen", *[str(batch / f) for f in sorted(writer)], "--template", str(ROOT / key["template"]),
           "--format", "json", "--quiet"] + (["--threshold", str(args.threshold)] if args.threshold is not None else [])
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        print(f"SCREEN {name}: formslim screen exited {done.returncode}: {done.stderr.strip()[:300]}", file=sys.stderr)
        return 1
    result = json.loads(done.stdout)
    groups = [[Path(f).name for f in g["files"]] for g in result["groups"]]
    s = scores(groups, writer)
    print(f"SCREEN {name} ({s['plans']} plans, {s['brokers']} brokers): plan-level P {s['plan_precision']:.3f} "
          f"R {s['plan_recall']:.3f} | pairs P {s['pair_precision']:.3f} R {s['pair_recall']:.3f} | "
          f"{s['groups']} group(s)")
    if args.show:
        for g in result["groups"]:
            files = [Path(f).name for f in g["files"]]
            print(f"  group {g['score']:.2f}: " + ", ".join(f"{f} ({writer[f]})" for f in files))
        found = {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}
        for a, b in combinations(sorted(writer), 2):
            if writer[a] == writer[b] and writer[a].startswith("broker") and frozenset((a, b)) not in found:
                print(f"  missed: {a} ~ {b} ({writer[a]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
