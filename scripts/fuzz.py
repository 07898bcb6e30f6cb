"""Mutation fuzzing of every reader and of the manifest loader (`make fuzz`).

Seeds are the sample packages, ../shared/corpus when present, and the hostile generators of the
tests. Each round mutates a seed — bytes flipped, cut, repeated or spliced; for zip formats one XML
part edited and the archive rebuilt (numbers made huge or negative, elements repeated or cut); for HWP
a section's records edited and the file rebuilt — and reads the results through the same isolated
runner as formslim itself. A finding is:

* ``crash``: a reader the worker pool had to stop (``could not be read safely``), which should be
  rare and each one worth a budget;
* ``internal``: a Python error inside a reader reported as a damaged file (``cannot read DOCX
  (TypeError: …)``): formslim stayed up, but the reader has a bug;
* ``manifest``: the manifest loader raised something other than its one-line error.

Findings are written to ``fuzz-findings/`` (input and a line of why); turn each into a generated
regression test in tests/test_hostile.py. Usage:
``python scripts/fuzz.py [--count N] [--seconds S] [--seed K] [--out DIR]``.
"""
from __future__ import annotations

import argparse
import io
import random
import re
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from formslim.limits import Limits  # noqa: E402
from formslim.model import Problem  # noqa: E402
from formslim.parse.runner import read_items  # noqa: E402
from tests import hostile  # noqa: E402

FORMATS = (".pdf", ".docx", ".xlsx", ".hwpx", ".hwp")
INTERNAL = re.compile(r"\((?:TypeError|AttributeError|KeyError|IndexError|ValueError|UnboundLocalError|"
                      r"ZeroDivisionError|AssertionError|NameError|StopIteration|OverflowError)\b")
NUMBER = re.compile(rb"(?<![\w.])\d{1,6}(?![\w.])")


def seeds() -> list[tuple[str, bytes]]:
    files = [p for p in (ROOT / "sample_forms").rglob("*") if p.suffix in FORMATS]
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        files += [p for p in corpus.rglob("*") if p.suffix.lower() in FORMATS and p.stat().st_size < 3_000_000]
    out = [(p.suffix.lower(), p.read_bytes()) for p in sorted(files)]
    out += [(".pdf", hostile.text_pdf(["Name: ______", "Date:   /   /"])),
            (".pdf", hostile.acroform_pdf([b"name", b"date"], [b"Full name", b"Date of birth"])),
            (".docx", hostile.docx_bytes(hostile.docx_paragraphs(["성명: ____", "   년   월   일"]))),
            (".xlsx", hostile.xlsx_with_merge("A1:B2", 3)),
            (".hwp", hostile.hwp_bytes([hostile.hwp_paragraph("성명: ____") +
                                        hostile.hwp_click_here("대표자성명", "이름")]))]
    return out


def mutate_bytes(data: bytes, rnd: random.Random, others: list[bytes]) -> bytes:
    b = bytearray(data)
    op = rnd.randrange(5)
    if op == 0 and len(b) > 1:
        return bytes(b[: rnd.randrange(1, len(b))])
    if op == 1:
        for _ in range(rnd.randrange(1, 30)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        return bytes(b)
    if op == 2 and len(b) > 16:
        i = rnd.randrange(len(b) - 8)
        chunk = b[i:i + rnd.randrange(1, min(4096, len(b) - i))]
        return bytes(b[:i] + chunk * rnd.randrange(2, 50) + b[i:])
    if op == 3 and others:
        o = rnd.choice(others)
        i, j = rnd.randrange(len(b)), rnd.randrange(len(o))
        return bytes(b[:i] + o[j:])
    return bytes(NUMBER.sub(lambda m: _number(rnd) if rnd.random() < 0.05 else m.group(0), bytes(b)))


def _number(rnd: random.Random) -> bytes:
    return str(rnd.choice([0, -1, 65535, 2 ** 31, 2 ** 32 + 1, 99999999, rnd.randrange(100000)])).encode()


def mutate_xml(xml: bytes, rnd: random.Random) -> bytes:
    op = rnd.randrange(4)
    if op == 0:  # numbers in attributes and text made huge, negative or zero
        return NUMBER.sub(lambda m: _number(rnd) if rnd.random() < 0.1 else m.group(0), xml)
    tags = [m.start() for m in re.finditer(rb"<[A-Za-z]", xml)]
    if not tags:
        return xml
    i = rnd.choice(tags)
    j = xml.find(b">", i)
    if op == 1 and j > 0:  # an element's start repeated (unbalanced, or deeper nesting)
        return xml[:i] + xml[i:j + 1] * rnd.randrange(2, 200) + xml[i:]
    if op == 2:  # cut in the middle of the document
        return xml[:i]
    k = rnd.choice(tags)
    lo, hi = sorted((i, k))
    return xml[:hi] + xml[lo:hi] * rnd.randrange(2, 20) + xml[hi:]  # a run of elements repeated


def mutate_zip(data: bytes, rnd: random.Random) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            members = {i.filename: z.read(i) for i in z.infolist()}
    except Exception:
        return mutate_bytes(data, rnd, [])
    xml = [n for n in members if n.endswith((".xml", ".hpf", ".rels"))]
    if not xml:
        return mutate_bytes(data, rnd, [])
    name = rnd.choice(xml)
    members[name] = mutate_xml(members[name], rnd) if rnd.random() < 0.8 else mutate_bytes(members[name], rnd, [])
    return hostile.zip_bytes(members)


def mutate_hwp(rnd: random.Random) -> bytes:
    paras = []
    for _ in range(rnd.randrange(1, 20)):
        text = rnd.choice(["성명", "주소: ____", "   년   월   일", "□ 예 □ 아니오", "x" * rnd.randrange(1, 300)])
        paras.append(hostile.hwp_paragraph(text))
        if rnd.random() < 0.3:
            paras.append(hostile.hwp_click_here(rnd.choice(["성명", "", "x" * 300]), "hint", rnd.randrange(0, 3000)))
    records = bytearray(b"".join(paras))
    for _ in range(rnd.randrange(0, 10)):
        if records:
            records[rnd.randrange(len(records))] = rnd.randrange(256)
    return hostile.hwp_bytes([bytes(records)], share=rnd.choice([1, 1, 1, 5]))


def make_input(rnd: random.Random, pool: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    ext, data = rnd.choice(pool)
    if ext == ".hwp" and rnd.random() < 0.5:
        return ext, mutate_hwp(rnd)
    if ext in (".docx", ".xlsx", ".hwpx") and rnd.random() < 0.7:
        return ext, mutate_zip(data, rnd)
    same = [d for e, d in pool if e == ext]
    return ext, mutate_bytes(data, rnd, same)


MANIFEST_SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_forms").rglob("formslim.yaml"))]
YAML_BITS = ["[", "]", "{", "}", ": ", "- ", "&a ", "*a", "!!str ", "!!binary ", "? ", "\n  ", "null", "~", "1e999",
             "-5", "[ko]", "{a: 1}", "'", '"', "\t", "%YAML 1.1\n", "--- ", "...\n"]


def fuzz_manifest(rnd: random.Random, folder: Path) -> str | None:
    from formslim.errors import FormslimError
    from formslim.manifest import load_manifest

    text = rnd.choice(MANIFEST_SEEDS)
    for _ in range(rnd.randrange(1, 6)):
        i = rnd.randrange(len(text) + 1)
        text = text[:i] + rnd.choice(YAML_BITS) + text[i + rnd.randrange(0, 8):]
    path = folder / "formslim.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_manifest(path)
    except FormslimError:
        return None
    except Exception as exc:  # the finding
        return f"{type(exc).__name__}: {str(exc)[:120]}", text
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=2000, help="documents to generate (default 2000)")
    ap.add_argument("--seconds", type=float, default=0, help="stop after this many seconds (0: no limit)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=40)
    ap.add_argument("--workers", type=int, default=0, help="reader processes (0: one per core)")
    ap.add_argument("--out", default="fuzz-findings")
    ap.add_argument("--max-seed-bytes", type=int, default=0,
                    help="use only seeds up to this size (0: all): more inputs per second for a volume run")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    pool = [s for s in seeds() if not args.max_seed_bytes or len(s[1]) <= args.max_seed_bytes]
    out = Path(args.out)
    limits = Limits(memory_mib=1024, cpu_seconds=20, wall_seconds=30, workers=args.workers)
    counts: Counter = Counter()
    findings = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        done = 0
        while done < args.count and (not args.seconds or time.monotonic() - started < args.seconds):
            items, blobs = [], {}
            for k in range(min(args.batch, args.count - done)):
                ext, data = make_input(rnd, pool)
                name = f"in{done + k:07d}{ext}"
                (tmp / name).write_bytes(data)
                items.append((str(tmp / name), name))
                blobs[name] = data
            for r in read_items(items, limits):
                kind = None
                if isinstance(r, Problem):
                    counts[f"problem:{r.code}"] += 1
                    if r.message.startswith("could not be read safely"):
                        kind = "crash"
                    elif INTERNAL.search(r.message):
                        kind = "internal"
                else:
                    counts["document"] += 1
                if kind:
                    findings += 1
                    counts[kind] += 1
                    out.mkdir(exist_ok=True)
                    name = r.file
                    (out / f"{kind}-{args.seed}-{name}").write_bytes(blobs[name])
                    with open(out / "findings.txt", "a", encoding="utf-8") as fh:
                        fh.write(f"{kind}-{args.seed}-{name}: {r.message}\n")
            for path, _ in items:
                Path(path).unlink()
            done += len(items)
            for _ in range(len(items) // 4):  # a manifest for every four documents
                found = fuzz_manifest(rnd, tmp)
                counts["manifest inputs"] += 1
                if found:
                    findings += 1
                    counts["manifest"] += 1
                    out.mkdir(exist_ok=True)
                    (out / f"manifest-{args.seed}-{counts['manifest inputs']}.yaml").write_text(found[1], encoding="utf-8")
                    with open(out / "findings.txt", "a", encoding="utf-8") as fh:
                        fh.write(f"manifest-{args.seed}-{counts['manifest inputs']}: {found[0]}\n")
            rate = done / (time.monotonic() - started)
            print(f"\r{done} documents, {counts['manifest inputs']} manifests, {findings} findings, {rate:.0f}/s",
                  end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    for k, v in sorted(counts.items()):
        print(f"{k:>20}  {v}")
    print(f"{'seconds':>20}  {time.monotonic() - started:.0f}")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
