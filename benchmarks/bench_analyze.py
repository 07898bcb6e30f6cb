"""How `formslim analyze` scales with fields and documents (issue #11, class 6).

Generates packages of DOCX forms (labels drawn from a mix of known concepts and unknown wording,
each document asking its own fields), runs the whole job (read, match, plan, burden, form, every
report file) and prints the seconds per size. Run on demand: `python benchmarks/bench_analyze.py
[--fields 1250,2500,5000,10000] [--documents 100,1000]`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import hostile  # noqa: E402  (the generators of the robustness tests)

WORDS = ["성명", "생년월일", "주소", "전화번호", "사업자등록번호", "상호", "대표자", "이메일", "매출액", "종업원 수",
         "설립일", "업종", "자본금", "신청금액", "계좌번호"]


def make_package(folder: Path, documents: int, fields: int) -> None:
    per_doc = max(1, fields // documents)
    for d in range(documents):
        labels = []
        for i in range(per_doc):
            k = d * per_doc + i
            labels.append(f"{WORDS[k % len(WORDS)]}" if i < len(WORDS) else f"항목 {k} 내용 {k % 97}")
        body = hostile.docx_paragraphs([f"{label}: ________" for label in labels])
        (folder / f"doc{d:04d}.docx").write_bytes(hostile.docx_bytes(body))


def run(documents: int, fields: int) -> tuple[float, int]:
    from formslim.pipeline import analyze
    from formslim.report.redesign import write_report

    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "pkg"
        pkg.mkdir()
        make_package(pkg, documents, fields)
        started = time.perf_counter()
        a = analyze([pkg])
        write_report(a, Path(tmp) / "out")
        return time.perf_counter() - started, len(a.package.fields)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fields", default="1250,2500,5000,10000")
    ap.add_argument("--documents", default="100,1000")
    args = ap.parse_args()
    print("documents  fields  seconds")
    for n in (int(x) for x in args.fields.split(",") if x):
        secs, got = run(10, n)
        print(f"{10:>9}  {got:>6}  {secs:7.1f}", flush=True)
    for d in (int(x) for x in args.documents.split(",") if x):
        secs, got = run(d, d * 5)
        print(f"{d:>9}  {got:>6}  {secs:7.1f}", flush=True)


if __name__ == "__main__":
    main()
