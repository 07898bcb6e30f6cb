"""Whole-corpus extraction speed: formslim vs bare pdfplumber character extraction of the same PDFs.

    python benchmarks/bench_extract.py [CORPUS]

Both are timed in the same run (machines here are noisy: compare the ratio, not the seconds). Each
side runs in a fresh process so caches and memory do not leak between them; peak memory is each
process's maximum resident set size.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FORMSLIM = r"""
import sys, time, json, resource, glob
from formslim import read_document
from formslim.errors import InputFileError
paths = sorted(glob.glob(sys.argv[1] + '/**/*.pdf', recursive=True))
t = time.perf_counter(); n = 0; pages = 0
for p in paths:
    d = read_document(p, p)
    n += len(d.fields); pages += d.page_count or 0
print(json.dumps({"seconds": time.perf_counter() - t, "fields": n, "pages": pages, "files": len(paths),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

PDFPLUMBER = r"""
import sys, time, json, resource, glob
import pdfplumber
paths = sorted(glob.glob(sys.argv[1] + '/**/*.pdf', recursive=True))
t = time.perf_counter(); chars = 0; pages = 0
for p in paths:
    with pdfplumber.open(p) as pdf:
        for page in pdf.pages:
            chars += len(page.chars); pages += 1
            page.close()
print(json.dumps({"seconds": time.perf_counter() - t, "chars": chars, "pages": pages, "files": len(paths),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        sys.exit(f"no corpus at {corpus}")
    t0 = time.time()
    ours = run(FORMSLIM, corpus)
    base = run(PDFPLUMBER, corpus)
    ratio = base["seconds"] / ours["seconds"]
    print(json.dumps({"formslim": ours, "pdfplumber_chars": base, "speedup": round(ratio, 1),
                      "target_speedup": 6.0, "wall_seconds": round(time.time() - t0, 1)}, indent=2))


if __name__ == "__main__":
    main()
