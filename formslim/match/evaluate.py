"""Pairwise evaluation of same-datum decisions against a gold file of label pairs."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..errors import FormslimError
from ..knowledge import Knowledge
from ..text import split_tooltip
from .compare import compare
from .reading import acronym_definitions, read_spelled_out


@dataclass(frozen=True)
class PairResult:
    label_a: str
    label_b: str
    gold: bool
    predicted: bool
    score: float
    status: Optional[str]
    evidence: tuple[str, ...]
    split: str


def read_pairs(path: str | Path, split: Optional[str] = None) -> list[dict]:
    """Rows of ``label_a,label_b,same`` (1 or 0); an optional ``split`` column selects a part."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise FormslimError(f"{path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:  # a CSV saved by Korean Excel is CP949 (a superset of EUC-KR)
            text = raw.decode("cp949")
        except UnicodeDecodeError:
            raise FormslimError(f"{path}: neither UTF-8 nor CP949 text (byte {exc.start}); save the CSV as UTF-8") from None
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise FormslimError(f"{path}: not a CSV file ({exc})") from None
    if not rows or not {"label_a", "label_b", "same"} <= set(rows[0]):
        raise FormslimError(f"{path}: needs the columns label_a, label_b, same")
    out = []
    for i, r in enumerate(rows, 2):
        if str(r["same"]).strip() not in ("0", "1"):
            raise FormslimError(f"{path}:{i}: 'same' must be 1 or 0")
        if split and split != "all" and (r.get("split") or "") != split:
            continue
        out.append(r)
    if not out:
        raise FormslimError(f"{path}: no pairs{' in split ' + split if split else ''}")
    return out


def evaluate_pairs(rows: list[dict], kb: Knowledge, count_review: bool = False) -> tuple[dict, list[PairResult]]:
    """Precision, recall, F1 and F0.5 of the same-datum decision (a "certain" link; with
    ``count_review`` also a "review" one)."""
    results = []
    for r in rows:
        # the two labels as one package: an acronym one spells out ("Tax file number (TFN)") the other may use
        acronyms = acronym_definitions((r["label_a"], r["label_b"]))
        # (a tooltip that carries its field's path — "Part 4. Information About Beneficiary. 1.a. Family Name" —
        # is read as the PDF reader reads it: the path is the field's context, the rest its label)
        a, b = (read_spelled_out(label, kb, acronyms, context=path)
                for path, label in (split_tooltip(r[k]) for k in ("label_a", "label_b")))
        v = compare(a, b, kb)
        predicted = v.status == "certain" or (count_review and v.status == "review")
        results.append(PairResult(r["label_a"], r["label_b"], r["same"].strip() == "1", predicted, v.score, v.status,
                                  v.evidence, r.get("split") or ""))
    tp = sum(1 for x in results if x.gold and x.predicted)
    fp = sum(1 for x in results if not x.gold and x.predicted)
    fn = sum(1 for x in results if x.gold and not x.predicted)
    tn = len(results) - tp - fp - fn
    p = tp / (tp + fp) if tp + fp else 0.0
    rcl = tp / (tp + fn) if tp + fn else 0.0

    def f(beta: float) -> float:
        return (1 + beta ** 2) * p * rcl / (beta ** 2 * p + rcl) if p + rcl else 0.0

    metrics = {"pairs": len(results), "positives": tp + fn, "negatives": fp + tn, "tp": tp, "fp": fp, "fn": fn,
               "tn": tn, "precision": round(p, 4), "recall": round(rcl, 4), "f1": round(f(1), 4),
               "f0_5": round(f(0.5), 4), "counted": "certain+review" if count_review else "certain"}
    return metrics, results
