"""Score `formslim eligibility` against the answer key of notices (eval/notices/key.yaml) a helper wrote
from the notices alone, never seeing formslim.

    python3 eval/notices/score.py [--formslim PATH] [--show NOTICE] [KEY]

Per notice:
- criteria found: a criterion of the key counts as found when its clause as printed (spaces and item marks
  aside) is inside the text or the notes of a criterion formslim lists, or shares 80% of its character
  trigrams with one; "with a rule" when that criterion has a rule formslim can decide (not "read this
  yourself"); an annex criterion formslim lists but does not count (an annex's detail) still counts as found.
- extra: criteria formslim lists that hold no criterion of the key (document lists, headings read as clauses).
- verdicts: each profile of the key checked with --profile; "wrongly eligible" is the error that matters
  most (an ineligible company told it may apply).

`--show NOTICE` prints the misses and extras of one notice: use it only on a notice being studied; the
others are held back (their totals only).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MARKS = re.compile(r"^[\s\-–◦○●▶▷□■∙·•*※]*(?:[①-⑳]|\(?\d{1,2}[.)]|[가-하][.)]|\([가-하]\))?\s*")


def norm(text: str) -> str:
    return re.sub(r"[\s'‘’\"“”「」『』]+", "", MARKS.sub("", text or ""))


def trigrams(text: str) -> set:
    return {text[i:i + 3] for i in range(max(0, len(text) - 2))}


def found_in(key_text: str, criterion: dict) -> bool:
    k = norm(key_text)
    if not k:
        return False
    hay = norm(" ".join([criterion.get("text", "")] + list(criterion.get("notes") or [])))
    if k in hay:
        return True
    kt = trigrams(k)
    return bool(kt) and len(kt & trigrams(hay)) >= 0.8 * len(kt)


def run(formslim: str, args: list[str]) -> dict:
    p = subprocess.run([formslim, "eligibility", *args, "--format", "json", "--quiet"], capture_output=True,
                       text=True, timeout=600)
    if p.returncode not in (0,):
        raise SystemExit(f"formslim eligibility {' '.join(args)}: exit {p.returncode}: {p.stderr.strip()[:300]}")
    return json.loads(p.stdout)


def score(entry: dict, formslim: str, show: bool) -> dict:
    notice = str(HERE / entry["notice"])
    out = run(formslim, [notice])
    crit = out["criteria"]
    found = with_rule = 0
    used = set()
    misses = []
    for k in entry["criteria"]:
        hits = [c for c in crit if found_in(k["text"], c)]
        if hits:
            found += 1
            used.update(c["id"] for c in hits)
            if any(c.get("pattern") not in (None, "", "confirm") and (c.get("rule") or {}).get("fact") != "confirmed"
                   for c in hits):
                with_rule += 1
        else:
            misses.append(k)
    # (a lead-in formslim lists but does not count is no extra criterion)
    extra = [c for c in crit if c["id"] not in used and not (c.get("rule") or {}).get("lead_in")]
    verdicts = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, p in enumerate(entry.get("profiles") or []):
            path = Path(tmp) / f"profile{i}.yaml"
            path.write_text(yaml.safe_dump(p["profile"], allow_unicode=True), encoding="utf-8")
            got = run(formslim, [notice, "--profile", str(path)])["verdict"]
            verdicts.append((p["name"], p["expected"], got))
    right = sum(1 for _, e, g in verdicts if e == g)
    wrongly_eligible = sum(1 for _, e, g in verdicts if g == "eligible" and e != "eligible")
    n = len(entry["criteria"])
    print(f"NOTICE {entry['notice']}: criteria found {found}/{n} = {found / n:.3f} (with a rule {with_rule}), "
          f"extra {len(extra)} | verdicts {right}/{len(verdicts)}, wrongly eligible {wrongly_eligible}")
    if show:
        for k in misses:
            print(f"  MISS {k['id']} [{k['category']}] {k['text']}")
        for c in extra:
            print(f"  EXTRA {c['id']} [{c.get('category')}] {c['text'][:120]}")
        for name, e, g in verdicts:
            print(f"  {'ok ' if e == g else 'BAD'} {name}: expected {e}, got {g}")
    return {"found": found, "n": n, "with_rule": with_rule, "extra": len(extra), "right": right,
            "profiles": len(verdicts), "wrongly_eligible": wrongly_eligible}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("key", nargs="?", default=str(HERE / "key.yaml"))
    ap.add_argument("--formslim", default="formslim")
    ap.add_argument("--show", action="append", default=[], help="a notice (file name) whose misses to print")
    a = ap.parse_args()
    key = yaml.safe_load(Path(a.key).read_text(encoding="utf-8"))
    totals = [score(e, a.formslim, e["notice"] in a.show) for e in key["notices"]]
    f, n = sum(t["found"] for t in totals), sum(t["n"] for t in totals)
    r, p = sum(t["right"] for t in totals), sum(t["profiles"] for t in totals)
    print(f"NOTICES total: criteria found {f}/{n} = {f / n:.3f} (with a rule {sum(t['with_rule'] for t in totals)}), "
          f"extra {sum(t['extra'] for t in totals)} | verdicts {r}/{p}, "
          f"wrongly eligible {sum(t['wrongly_eligible'] for t in totals)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
