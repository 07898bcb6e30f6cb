"""Damaged copies of the sample files (truncated, bytes flipped) never crash formslim: each gives a
Document or one InputFileError line."""
import random

import pytest

from formslim import InputFileError, read_document

from .conftest import SAMPLES

FILES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".pdf", ".docx", ".xlsx", ".hwpx"))


def mutations(data: bytes, rnd: random.Random, n: int):
    for i in range(n):
        b = bytearray(data)
        if i % 3 == 0:
            yield bytes(b[: rnd.randrange(1, len(b))])  # truncated
        else:
            for _ in range(rnd.randrange(1, 20)):  # flipped bytes
                b[rnd.randrange(len(b))] = rnd.randrange(256)
            yield bytes(b)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_damaged_files(path, tmp_path):
    rnd = random.Random(path.name)
    data = path.read_bytes()
    for k, damaged in enumerate(mutations(data, rnd, 8)):
        target = tmp_path / f"{k}{path.suffix}"
        target.write_bytes(damaged)
        try:
            doc = read_document(target, target.name)
        except InputFileError as exc:
            assert str(exc).startswith(target.name) and "\n" not in str(exc)
        else:
            assert doc.path == target.name
