"""Certain-link recall split by the answer key's ``basis`` of each must_link pair.

Keys mark a must_link pair ``basis: form`` when the identity follows from the forms themselves and
``basis: scenario`` when it depends on the key's stated scenario (which owner fills a per-person form,
whose business a schedule is). formslim without a manifest can only be expected to find the first kind
as certain; this prints both so that neither hides the other. Standard library only.

    python eval/basis.py KEY SCORER_JSON RAW_DIR
(SCORER_JSON and RAW_DIR from ``score_package.py KEY --json SCORER_JSON --raw RAW_DIR``.)
"""
from __future__ import annotations

import json
import sys
from collections import Counter


def main(key_path: str, scored_path: str, raw: str) -> int:
    key = json.load(open(key_path, encoding="utf-8"))
    mapping = json.load(open(scored_path, encoding="utf-8"))["mapping"]
    match = json.load(open(f"{raw}/match.json", encoding="utf-8"))
    group = {fid: g["id"] for g in match["groups"] for fid in g["fields"]}
    total, found = Counter(), Counter()
    for pair in key["must_link"]:
        basis = pair.get("basis")
        if basis is None:
            continue
        total[basis] += 1
        a, b = mapping.get(pair["a"]), mapping.get(pair["b"])
        if a and b and group.get(a) is not None and group.get(a) == group.get(b):
            found[basis] += 1
    if not total:
        return 0
    parts = [f"{b} {found[b]}/{total[b]} = {found[b] / total[b]:.3f}" for b in sorted(total)]
    print(f"BASIS {key.get('package', key_path)}: certain recall by basis: " + " | ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
