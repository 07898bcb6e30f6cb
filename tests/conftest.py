import os
import shutil
from pathlib import Path

import pytest

# the suite never reads from nor fills the user's document cache; the cache's own tests name theirs
os.environ["FORMSLIM_CACHE"] = "0"

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_forms"
CORPUS = Path(os.environ.get("FORMSLIM_CORPUS", ROOT.parent / "shared" / "corpus"))


def corpus_files(pattern: str) -> list[Path]:
    return sorted(CORPUS.glob(pattern)) if CORPUS.is_dir() else []


def corpus_package(folder: Path, *files: str) -> Path:
    """A package folder of copies of corpus files ("sba-buddy/SBA_1244.pdf"), each under its own name."""
    folder.mkdir(parents=True)
    for f in files:
        (folder / f.split("/")[-1]).write_bytes((CORPUS / f).read_bytes())
    return folder


needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


# ------------------------------------------------------------------ a real browser, for the HTML report

def _chromium() -> str | None:
    for c in ("/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium") or ""):
        if c and Path(c).exists():
            return c
    return None


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through playwright, one per test module; skipped where either is missing (never in CI)."""
    exe = _chromium()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Chromium (.ci/run installs it)")
        pytest.skip("Chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("CI must have playwright (dev extra)")
        pytest.skip("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu", "--disable-quic",
                                                         "--no-first-run", "--disable-background-networking",
                                                         "--disable-component-update", "--disable-sync"])
        yield b
        b.close()
