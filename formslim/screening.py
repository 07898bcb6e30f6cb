"""``formslim screen``: business plans that share an author beyond the programme's template.

A support programme receives thousands of business plans; some are written for their applicants by one
consultant ("broker") from the consultant's own text. This module finds groups of plans that share
writing or files that independent applicants would not share, and gives the evidence an evaluator checks
in minutes. It is evidence for review, never proof.

The stages, over each plan's :class:`~formslim.parse.text.DocumentText`:

1. **Own text.** The text is normalised (NFKC, lower case, only letters and digits) and cut into
   character shingles (5 characters). Shingles of the programme's template (``templates``: the blank
   forms as published) and shingles found in a large share of the batch (``common``: headings, the
   call's own wording, the stock phrases of a field) are removed: what remains is what the applicant
   (or their writer) wrote.
2. **Candidates.** Each plan's remaining shingles get a MinHash signature (``permutations`` hash
   functions, numpy); locality-sensitive hashing over ``bands`` bands proposes the pairs worth
   comparing, so the work grows about linearly with the batch, not with its square.
3. **Pair evidence.** For a proposed pair: the share of the smaller plan's own text found in the other
   (containment of shingle sets); the passages that match, sentence by sentence, side by side; the file
   metadata in common that an applicant would not share (author, last editor, company, template,
   document id, the revision-save ids a word processor writes, the exact creation time) — values the
   template itself carries, values common in the batch and the defaults of office software
   (``data/screening.yaml``) do not count; and embedded images in common.
4. **Groups.** Pairs whose combined score reaches ``threshold`` are joined; each group lists its plans,
   its score (the strongest pair) and every pair's evidence.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

import numpy as np

from .components import components
from .model import Problem
from .parse.text import DocumentText

SCHEMA = "formslim.screen/1"
#: what the output says of itself, always
LIMITS = (
    "Shared wording and shared file metadata are evidence for a person to review, not proof that a "
    "broker wrote a plan.",
    "Applicants who legitimately share an advisor, an incubator or a consortium share text too: a known "
    "false positive; so do plans that quote the programme's notice where it was not given as a template.",
    "formslim does not detect machine-written text: published detectors misjudge non-native writers at "
    "high rates, and no such claim is made.",
    "A writer who rewrites every sentence in new words each time and strips the file's metadata is not found.",
)
_SUFFIXES = (".pdf", ".docx", ".hwpx", ".hwp")


@dataclass(frozen=True)
class ScreenOptions:
    shingle: int = 5  # characters per shingle
    permutations: int = 128  # MinHash functions
    bands: int = 64  # LSH bands (rows per band: permutations / bands)
    common: float = 0.3  # a shingle or metadata value in more than this share of the plans is common
    common_from: int = 20  # ... applied from this many plans on (a small batch cannot tell)
    whole_from: int = 6  # from this many plans on, what every plan has is the batch's even with the template given
    candidate: float = 0.05  # least estimated Jaccard of a proposed pair to compare it exactly
    threshold: float = 0.5  # pair score that puts two plans in one group
    prefilter: float = 0.08  # least containment of own shingles for a pair's sentences to be aligned
    text_floor: float = 0.05  # share of own sentences in common that independent plans reach by chance
    text_full: float = 0.20  # share that counts as full evidence of shared writing
    passage_min: int = 30  # letters for a sentence to count as a passage (Latin script)
    passage_min_hangul: int = 12  # ... in Korean, where a syllable carries what three or four letters do
    passage_similarity: float = 0.5  # Jaccard of two sentences' shingles to call them one passage
    passages_shown: int = 6  # passages side by side per pair
    headings: int = 3  # own headings and labels two plans must share (each rare in the batch) for their structure to count
    heading_plans: int = 8  # a heading set in more plans than this is no one writer's habit (a public guide's)
    habits: int = 2  # labelled-line habits ("* 출처: …", "(산출물: …)") two plans must share, each rare in the batch
    habit_lines: int = 2  # lines of a plan that must carry a label for it to be the plan's habit
    style_gram: int = 5  # characters per n-gram of a line's shape (words and numbers made one mark each)
    style_dims: int = 8192  # dimensions the shapes' weights are hashed into
    style_floor: float = 0.30  # cosine of two plans' shapes that independent plans reach (no evidence below it)
    style_full: float = 0.55  # cosine at which the shapes count their full weight
    style_weight: float = 0.85  # what the shapes weigh at most (0.5 alone from a cosine of about 0.45)
    style_from: int = 10  # plans a batch needs for its shapes to be weighed (rarity needs a batch)
    style_shared: int = 15  # shapes (rare in the batch) two plans must share for their cosine to count: a plan of
    # plain sentences has too few shapes of its own for a cosine to say anything
    # reworded sentences: one sentence of each plan that shares rare words — a writer who rewords every sentence
    # keeps their own words ("골든타임", "정면 돌파", "3단 점프 전략"): review 64 #6
    reword_words: int = 3  # rare word stems one sentence of each plan must share to be one thought reworded
    reword_plans: int = 10  # a word in more plans than this (or than a fifth of the batch, at least 3) is not rare
    reword_from: int = 10  # plans a batch needs for a word's rarity in it to say anything
    reword_floor: float = 0.07  # share of own sentences reworded in common that independent plans reach (plans of
    # one trade: 0.056 at most in the six studied batches, eval/screening/dev*)
    reword_full: float = 0.17  # share at which reworded sentences count their full weight
    reword_weight: float = 0.8  # what they weigh at most: alone enough for a group
    reword_shown: int = 4  # reworded sentence pairs shown per pair of plans


@dataclass(frozen=True)
class PairEvidence:
    a: str
    b: str
    score: float
    text_share: float  # share of the smaller plan's own sentences (by characters) the other also says
    passages: tuple[tuple[str, str, float], ...]  # (passage in a, passage in b, similarity)
    matched_passages: int
    metadata: tuple[tuple[str, str], ...]  # (key, value) in common
    images: int  # embedded images in common
    headings: tuple[str, ...] = ()  # the plans' own headings and table labels in common, each rare in the batch (as the first plan prints them)
    habits: tuple[str, ...] = ()  # the labels both writers put on line after line ("*출처:", "(산출물:"), each rare in the batch
    style: float = 0.0  # cosine of the two plans' line shapes, weighed by rarity in the batch (see style_vectors)
    style_examples: tuple[str, ...] = ()  # the rare shapes both use, as the first plan prints them ("1억 3,600만 원")
    reworded: float = 0.0  # share of the smaller plan's own sentences that share rare words with one of the other's
    reworded_passages: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (sentence of a, of b, rare words in common)

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "score": round(self.score, 3), "text_share": round(self.text_share, 3),
                "matched_passages": self.matched_passages,
                "passages": [{"a": x, "b": y, "similarity": round(s, 3)} for x, y, s in self.passages],
                "metadata": [{"key": k, "value": v} for k, v in self.metadata], "images_in_common": self.images,
                "headings_in_common": list(self.headings), "habits_in_common": list(self.habits),
                "style_similarity": round(self.style, 3), "style_in_common": list(self.style_examples),
                "reworded_share": round(self.reworded, 3),
                "reworded": [{"a": x, "b": y, "words": list(w)} for x, y, w in self.reworded_passages]}


@dataclass(frozen=True)
class Group:
    files: tuple[str, ...]
    score: float
    evidence: tuple[PairEvidence, ...]

    def to_dict(self, number: int) -> dict:
        return {"id": f"G{number}", "files": list(self.files), "score": round(self.score, 3),
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class ScreenResult:
    documents: tuple[DocumentText, ...]
    groups: tuple[Group, ...]
    problems: tuple[Problem, ...] = ()
    templates: tuple[str, ...] = ()
    own_share: dict = field(default_factory=dict)  # file → share of its shingles that are its own
    warnings: tuple[str, ...] = ()  # what limits this run's result (no template, too few plans)
    options: ScreenOptions = ScreenOptions()
    candidates: int = 0  # pairs LSH proposed
    compared: int = 0  # pairs compared (proposed and close enough by their signatures, or sharing metadata)

    def to_dict(self) -> dict:
        grouped = {f: i for i, g in enumerate(self.groups, 1) for f in g.files}
        return {
            "schema": SCHEMA,
            "groups": [g.to_dict(i) for i, g in enumerate(self.groups, 1)],
            "documents": [{"file": d.path, "format": d.format, "passages": len(d.passages),
                           "characters": sum(len(p) for p in d.passages),
                           "own_text_share": round(self.own_share.get(d.path, 0.0), 3),
                           "group": f"G{grouped[d.path]}" if d.path in grouped else None,
                           "metadata": dict(d.metadata)} for d in self.documents],
            "templates": list(self.templates),
            "problems": [p.to_dict() for p in self.problems],
            "summary": {"plans": len(self.documents), "groups": len(self.groups),
                        "plans_in_groups": len(grouped), "pairs_proposed": self.candidates,
                        "pairs_compared": self.compared},
            "options": {k: getattr(self.options, k) for k in self.options.__dataclass_fields__},
            "limits": list(LIMITS),
            "warnings": list(self.warnings),
        }


# ------------------------------------------------------------------ reading

def plan_files(paths: Iterable[str | os.PathLike]) -> list[tuple[str, str]]:
    """(path, name) of every plan under ``paths`` (files, or folders searched recursively), sorted."""
    out: list[tuple[str, str]] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in _SUFFIXES and not any(
                        x.startswith(".") for x in f.relative_to(p).parts):
                    out.append((str(f), str(f.relative_to(p))))
        else:
            out.append((str(p), p.name))
    names: dict[str, int] = {}
    unique = []
    for path, name in out:  # two folders may hold files of one name: keep both, told apart
        n = names.get(name, 0)
        names[name] = n + 1
        unique.append((path, name if not n else f"{name} ({n + 1})"))
    return unique


def read_plans(paths: Sequence[str | os.PathLike], progress: Optional[Callable[[str], None]] = None,
               exclude: Iterable[str | os.PathLike] = ()) -> tuple[list[DocumentText], list[Problem]]:
    """Text and metadata of every plan (but the files ``exclude``), read in the isolated workers of the
    document readers."""
    from .parse.runner import read_items

    skip = {os.path.realpath(p) for p in exclude}
    items = [(p, n) for p, n in plan_files(paths) if os.path.realpath(p) not in skip]
    results = read_items(items, progress=progress, what="text")
    docs = [r for r in results if isinstance(r, DocumentText)]
    problems = [r for r in results if isinstance(r, Problem)]
    return docs, problems


# ------------------------------------------------------------------ shingles and signatures

def normalise(text: str) -> str:
    """Letters and digits only, lower case, NFKC: the form in which two copies of a passage agree."""
    return "".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())).replace("_", "")


def shingles(text: str, k: int) -> np.ndarray:
    """The sorted distinct 64-bit hashes of the k-character shingles of normalised ``text``."""
    if len(text) < k:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * np.uint64(1_000_003) + codes[j:j + n]
        h ^= h >> np.uint64(29)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(32)
    return np.unique(h)


def _hash_functions(n: int) -> tuple[np.ndarray, np.ndarray]:
    rnd = np.random.default_rng(20251130)  # fixed: the same plans give the same signatures on every run
    a = rnd.integers(1, 2 ** 63 - 1, size=n, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    b = rnd.integers(0, 2 ** 63 - 1, size=n, dtype=np.int64).astype(np.uint64)
    return a, b


def signature(s: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """MinHash signature of a shingle set (multiply-shift hashing), in chunks to bound memory."""
    sig = np.full(len(a), np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, len(s), 8192):
            chunk = s[start:start + 8192]
            hv = (a[:, None] * chunk[None, :] + b[:, None]) >> np.uint64(16)
            sig = np.minimum(sig, hv.min(axis=1))
    return sig


def lsh_pairs(sigs: np.ndarray, bands: int) -> np.ndarray:
    """Pairs (i < j) of rows of ``sigs`` that agree on all rows of at least one band."""
    n, m = sigs.shape
    rows = max(1, m // bands)
    codes: list[np.ndarray] = []
    for band in range(bands):
        part = sigs[:, band * rows:(band + 1) * rows]
        if part.shape[1] == 0:
            break
        with np.errstate(over="ignore"):
            key = np.zeros(n, dtype=np.uint64)
            for c in range(part.shape[1]):
                key = key * np.uint64(0x9E3779B97F4A7C15) + part[:, c]
        order = np.argsort(key, kind="stable")
        ks = key[order]
        starts = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1]])
        ends = np.r_[starts[1:], n]
        for s, e in zip(starts, ends):
            if e - s < 2:
                continue
            members = np.sort(order[s:e]).astype(np.int64)
            i, j = np.triu_indices(len(members), 1)
            codes.append(members[i] * n + members[j])
    if not codes:
        return np.zeros((0, 2), dtype=np.int64)
    u = np.unique(np.concatenate(codes))
    return np.stack([u // n, u % n], axis=1)


# ------------------------------------------------------------------ metadata

def _common_count(n: int, o: ScreenOptions, template: bool = False) -> float:
    """More plans than this sharing a shingle make it common text: a share of a large batch; in a small
    one (3 or more plans) only what every plan has (their template) — unless the template is given: then
    the template's text is known, and three plans of one consultant may share all of theirs."""
    if n >= o.common_from:
        return o.common * n
    # (with the template given, a sentence all of six or more plans print is still no writer's: the notice's words
    # every applicant quotes, "본 사업의 목적인 '…'에 부합하도록 작성함" — a newcomer's review of #14 found twelve
    # independent plans grouped by it; one consultant's round of three may still share all of its text)
    return n - 1 if n >= 3 and (not template or n >= o.whole_from) else n


def _common_meta_count(n: int, o: ScreenOptions, template: bool = False) -> float:
    """More plans than this sharing a metadata value or an image make it the batch's, not a writer's: a
    share of a large batch; more than half of a small one (the template most of them were filled in) —
    unless the template is given, whose own values are known."""
    if n >= o.common_from:
        return o.common * n
    # (with the template given, a value most of six or more plans carry is still the batch's: the document id and
    # revision ids of the software that wrote them all — a newcomer's review of #14: twelve plans made by one
    # library were "one group, score 1.00")
    return max(2.0, n / 2) if n >= 3 and (not template or n >= o.whole_from) else n


def _screening_data(extra_dirs: Sequence[str] = ()) -> list[dict]:
    """data/screening.yaml, then each screening.yaml of --knowledge (a folder holding one, or the file)."""
    import yaml

    texts = [resources.files("formslim").joinpath("data/screening.yaml").read_text(encoding="utf-8")]
    for d in extra_dirs:
        p = Path(d) / "screening.yaml" if Path(d).is_dir() else Path(d)
        if p.name == "screening.yaml" and p.is_file():
            texts.append(p.read_text(encoding="utf-8"))
    return [yaml.safe_load(t) or {} for t in texts]


def _generic(extra_dirs: Sequence[str] = ()) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for data in _screening_data(extra_dirs):
        for k, values in (data.get("generic") or {}).items():
            out.setdefault(k, set()).update(str(v).strip().lower() for v in values or ())
    return out


#: how much one piece of metadata in common says, alone (combined as independent evidence)
_META_WEIGHT = {"doc_id": 0.9, "revision_ids": 0.7, "author": 0.5, "last_modified_by": 0.5, "created": 0.5,
                "company": 0.35, "manager": 0.35, "template": 0.35}
_SINGLE = ("author", "last_modified_by", "company", "manager", "template", "created", "doc_id")


def _meta_values(d: DocumentText) -> dict[str, set[str]]:
    m = d.meta
    out = {k: {m[k].strip().lower()} for k in _SINGLE if m.get(k, "").strip()}
    if m.get("revision_ids"):
        out["revision_ids"] = {x.strip().lower() for x in m["revision_ids"].split(";") if x.strip()}
    return out


# ------------------------------------------------------------------ structure

#: a heading a writer sets in the plan's free text: a short line after a heading mark ("□ 추진 배경",
#: "1. 시장 규모", "가. 목표 고객", "▶ 핵심 차별성 세 가지", "ㅇ 고객 Pain Point" — □ ○ are the first two levels of
#: Korean public documents' items, ㅇ the ○ typed from the keyboard) or in lenticular brackets ("【시장 분석】"),
#: not a sentence
_HEADING_MARK = re.compile(r"^\s*(?:[□■▶▷◆◇◎●◈①-⑳○ㅇ◦]|\d{1,2}[.)]|[가-하][.)]|\(\d{1,2}\)|[IVX]{1,4}\.)\s*(?P<words>\S.*)$")
_BRACKETED = re.compile(r"^\s*【\s*(?P<words>[^】]{2,30})】\s*$")
_NOT_A_HEADING = re.compile(r"(?:다|음|함|임|됨|니다|[.!?。:;,])\s*$")
#: a label a writer set as a passage of its own — a table's row or column label ("핵심 성능", "설치·사용
#: 편의성", "매출액(백만원)") or a caption line — at most this long, and mostly letters (not a figure)
_LABEL_CHARS = 20


#: letters from which a heading is a writer's own phrasing ("시장 진입 전략의 차별성"); a shorter one ("사업목표",
#: "시장현황", "판로계획") is the common vocabulary of plans, which writers who never met share: it counts half
_HEADING_LETTERS = 6


def heading_weight(heading: str, vocabulary: frozenset = frozenset()) -> float:
    if vocabulary and in_vocabulary(heading, vocabulary):
        return 0.25  # ("자금소요계획", "시장현황": words of every plan's outline, which strangers share)
    return 1.0 if len(re.findall(r"[가-힣A-Za-z]", heading)) >= _HEADING_LETTERS else 0.5


#: the words that join two words of a heading ("시장 현황 및 판로 계획", "팀 구성과 역량")
_JOINERS = ("및", "과", "와", "의", "별", "등")


def in_vocabulary(heading: str, vocabulary: frozenset) -> bool:
    """Whether a heading (its words without spaces) is made only of words of the plans' common outline —
    the templates' own words and data/screening.yaml ``plan_words`` — joined by 및, 과, 의 …: "자금소요계획" =
    자금 + 소요 + 계획. Such a heading is what writers who never met share."""
    s = re.sub(r"[^가-힣A-Za-z]", "", heading)
    if not s:
        return False
    ok = [True] + [False] * len(s)  # ok[i]: s[:i] splits into vocabulary words
    for i in range(len(s)):
        if ok[i]:
            for j in range(i + 1, min(len(s), i + 8) + 1):
                if s[i:j] in vocabulary or (s[i:j] in _JOINERS and 0 < i and j < len(s)):
                    ok[j] = True
    return ok[len(s)]


def plan_vocabulary(templates, extra_dirs: Sequence[str] = ()) -> frozenset:
    """The words of the plans' common outline: each word (two letters or more) of the templates' text, and
    data/screening.yaml ``plan_words`` (with --knowledge additions)."""
    words = {w for t in templates for p in t.passages for w in re.findall(r"[가-힣]{2,}|[A-Za-z]{3,}", p)}
    for data in _screening_data(extra_dirs):
        words.update(str(w).strip() for w in data.get("plan_words") or ())
    return frozenset(w for w in words if w)


def own_headings(doc: DocumentText, template_lines: set[str]) -> set[str]:
    """The headings and labels a plan's writer set (each as its words without spaces, up to a colon), less
    the template's own lines: the skeleton a consultant reuses for every client, whatever the words under
    it — headings after a mark or in 【 】, and short passages of their own, which are the row and column
    labels of the writer's own tables ("■ 경쟁 제품 비교": 가격 / 핵심 성능 / 사후관리 / 종합 평가)."""
    return set(own_heading_texts(doc, template_lines))


def own_heading_texts(doc: DocumentText, template_lines: set[str]) -> dict[str, str]:
    """:func:`own_headings`, each key with the words as the plan prints them ("고객 Pain Point"): what the
    evidence quotes."""
    out: dict[str, str] = {}
    for p in doc.passages:
        lines = p.split("\n")
        for line in lines:
            m = _HEADING_MARK.match(line) or _BRACKETED.match(line)
            if not m or len(line.strip()) > 30 or _NOT_A_HEADING.search(line.strip()):
                continue
            shown = m.group("words").split(":")[0].strip()
            key = re.sub(r"\s+", "", shown)
            if len(re.findall(r"[가-힣A-Za-z]", key)) >= 2 and re.sub(r"\s+", "", line) not in template_lines:
                out.setdefault(key, re.sub(r"\s+", " ", shown))
        text = p.strip()
        if len(lines) == 1 and len(text) <= _LABEL_CHARS and not (_HEADING_MARK.match(text) or _BRACKETED.match(text)) \
                and not _NOT_A_HEADING.search(text):
            key = re.sub(r"\s+", "", text)
            letters = len(re.findall(r"[가-힣A-Za-z]", key))
            if letters >= 2 and 2 * letters >= len(key) and key not in template_lines:
                out.setdefault(key, re.sub(r"\s+", " ", text))
    return out


# ------------------------------------------------------------------ passages

_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|(?<=[다함음됨임])\.?\s+(?=\S)|\s+(?=[-•○◦▪□■●※]\s)")


def own_sentences(doc: DocumentText, min_chars: int, template: set, k: int = 5, min_hangul: int = 12
                  ) -> list[tuple[str, frozenset]]:
    """The plan's sentences of at least ``min_chars`` letters (``min_hangul`` for a mostly Korean one),
    with their shingles, less those that are mostly the template's or the batch's common text
    (``template``: a heading, a guidance line left in)."""
    out = []
    for p in doc.passages:
        for sent in _SENTENCE_END.split(p):
            sent = sent.strip(" -•○◦▪□■●※")
            norm = normalise(sent)
            hangul = len(re.findall(r"[\uac00-\ud7a3]", norm))
            if len(norm) < (min_hangul if hangul * 2 >= len(norm) else min_chars):
                continue
            sh = set(shingles(norm, k).tolist())
            if not sh or (template and len(sh & template) > 0.8 * len(sh)):
                continue
            out.append((sent, frozenset(sh)))
    return out


_WORD = re.compile(r"[\uac00-\ud7a3]{2,}|[A-Za-z]{3,}")


def word_endings(extra_dirs: Sequence[str] = ()) -> tuple[str, ...]:
    """The Korean endings a word is compared without (screening.yaml ``word_endings``), longest first."""
    ends = {str(x) for data in _screening_data(extra_dirs) for x in data.get("word_endings") or ()}
    return tuple(sorted(ends, key=lambda x: (-len(x), x)))


def word_stem(word: str, endings: Sequence[str]) -> str:
    """A word without its ending ("모순을" → "모순"), at least two letters kept; Latin words in lower case."""
    w = word.lower()
    for e in endings:
        if w.endswith(e) and len(w) - len(e) >= 2:
            return w[:-len(e)]
    return w


def sentence_words(doc: DocumentText, template_lines: set[str], endings: Sequence[str]
                   ) -> list[tuple[str, frozenset[str]]]:
    """The plan's own sentences (not a line the template prints) of three words or more, with their words' stems
    (an ending standing alone — "으로" after a quotation — is no word)."""
    out = []
    endings_set = set(endings)
    for p in doc.passages:
        for line in p.split("\n"):
            if re.sub(r"\s+", "", line) in template_lines:
                continue
            for sent in _SENTENCE_END.split(line):
                words = frozenset(x for x in (word_stem(w, endings) for w in _WORD.findall(sent) if w not in endings_set)
                                  if len(x) >= 2)
                if len(words) >= 3:
                    out.append((sent.strip(" -•○◦▪□■●※"), words))
    return out


def reworded_sentences(a: list[tuple[str, frozenset[str]]], b: list[tuple[str, frozenset[str]]], least: int
                       ) -> tuple[float, list[tuple[str, str, tuple[str, ...]]]]:
    """Sentences of ``a`` and ``b`` (their rare words only) that share ``least`` words or more, one to one: the share
    of the smaller plan's sentences that have such a partner, and the pairs (most words in common first). A pair
    counts only with ``least - 1`` words no pair before it used: a plan that names its topic ("프랜차이즈 본사",
    "키트") in every sentence meets another plan on that topic once, not in every sentence (one thought reworded
    brings words of its own)."""
    index: dict[str, list[int]] = {}
    for k, (_, words) in enumerate(b):
        for w in words:
            index.setdefault(w, []).append(k)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for x, (_, words) in enumerate(a):
        if len(words) < least:
            continue
        hits = Counter(k for w in words for k in index.get(w, ()))
        for k, c in hits.items():
            if c >= least:
                found.append((x, k, tuple(sorted(words & b[k][1]))))
    found.sort(key=lambda f: (-len(f[2]), f[0], f[1]))
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    used_words: set[str] = set()
    for x, k, w in found:
        if x in used_a or k in used_b or len(set(w) - used_words) < least - 1:
            continue
        kept.append((x, k, w))
        used_a.add(x)
        used_b.add(k)
        used_words.update(w)
    share = len(kept) / max(1, min(len(a), len(b)))
    return share, [(a[x][0], b[k][0], w) for x, k, w in kept]


#: a label a writer puts at the head of a line's part, with the mark before it: "* 출처:", "(산출물:", "▶ 대응:"
_LINE_LABEL = re.compile(r"([^\w\s]?)\s*([가-힣A-Za-z]{1,8})\s*[:：]")


def line_habits(doc: DocumentText, template_lines: set[str], template_labels: set[str], min_lines: int) -> set[str]:
    """The labels a plan's writer puts on line after line — "* 출처: 기관, 「보고서」(연도)" under every figure,
    "(산출물: …)" closing every schedule row — each as its mark and word ("*출처", "(산출물"): those on at
    least ``min_lines`` lines of the plan, less any whose word the template labels (``template_labels``)."""
    counts: Counter = Counter()
    for p in doc.passages:
        for line in p.split("\n"):
            if re.sub(r"\s+", "", line) in template_lines:
                continue
            counts.update({m.group(1) + m.group(2) for m in _LINE_LABEL.finditer(line)
                           if m.group(2) not in template_labels})
    return {x for x, c in counts.items() if c >= min_lines}


#: the runs a line's shape is made of: Hangul, Latin letters, digits, spaces — each one mark —, any other
#: character itself
_SHAPE_RUN = re.compile(r"(?P<h>[\uac00-\ud7a3\u3131-\u318e]+)|(?P<a>[A-Za-z]+)|(?P<d>\d+)|(?P<s>\s+)|.")
_SHAPE_MARK = {"h": "가", "a": "a", "d": "0", "s": " "}


def _shape_runs(line: str) -> tuple[str, list[re.Match]]:
    """A line as it is compared (NFKC, stripped) and the runs of its shape, one a mark."""
    text = unicodedata.normalize("NFKC", line).strip()
    return text, list(_SHAPE_RUN.finditer(text))


def line_shape(line: str) -> str:
    """A line's shape: each run of Hangul a "가", of Latin letters an "a", of digits a "0", of spaces one space —
    punctuation, brackets, bullets and units kept ("1억 3,600만 원" → "0가 0,0가 가"; "▶ Pain Point[고객 불편]:" →
    "▶ a a[가 가]:"). What a writer does out of habit, whatever the words: how numbers, lists and asides are set."""
    return "".join(_SHAPE_MARK.get(r.lastgroup, r.group()) for r in _shape_runs(line)[1])


#: words in a row that, printed in a template, make a plan's words the template's wherever they stand
_TEMPLATE_RUN = 3


def template_word_runs(templates: Sequence[DocumentText]) -> set[tuple[str, ...]]:
    """Every run of ``_TEMPLATE_RUN`` words the templates print (the blank form, the programme's notice)."""
    runs: set[tuple[str, ...]] = set()
    for t in templates:
        for p in t.passages:
            words = [w for w in (normalise(x) for x in p.split()) if w]
            runs.update(zip(*(words[i:] for i in range(_TEMPLATE_RUN))))
    return runs


def _own_segments(line: str, template_runs: set[tuple[str, ...]]) -> list[str]:
    """A line without the runs of words a template prints ("… 이 사업의 목적인 “유망 기술창업 아이템을 보유한
    도약기 창업기업의” …" quoted from the notice): the pieces between them, each shaped on its own."""
    words = line.split()
    if not template_runs or len(words) < _TEMPLATE_RUN:
        return [line]
    keys = [normalise(w) for w in words]
    theirs = [False] * len(words)
    for i in range(len(words) - _TEMPLATE_RUN + 1):
        if tuple(keys[i:i + _TEMPLATE_RUN]) in template_runs:
            theirs[i:i + _TEMPLATE_RUN] = [True] * _TEMPLATE_RUN
    if not any(theirs):
        return [line]
    out, piece = [], []
    for w, t in zip(words, theirs):
        if t:
            if piece:
                out.append(" ".join(piece))
            piece = []
        else:
            piece.append(w)
    if piece:
        out.append(" ".join(piece))
    return out


def _shape_grams(doc: DocumentText, template_lines: set[str], k: int,
                 template_runs: set[tuple[str, ...]] = frozenset()) -> tuple[Counter, dict[str, str]]:
    """The k-character n-grams of the shapes of a plan's own lines (not the template's, nor the runs of words
    a template prints within them), counted, each with the text of its first occurrence."""
    counts: Counter = Counter()
    example: dict[str, str] = {}
    for p in doc.passages:
        for whole in p.split("\n"):
            if not whole.strip() or re.sub(r"\s+", "", whole) in template_lines:
                continue
            for line in _own_segments(whole, template_runs):
                # (each mark of the shape is one run of the line: a gram is shown as the plan prints it)
                text, runs = _shape_runs(line)
                shape = "".join(_SHAPE_MARK.get(r.lastgroup, r.group()) for r in runs)
                for i in range(len(shape) - k + 1):
                    g = shape[i:i + k]
                    counts[g] += 1
                    if g not in example:
                        example[g] = text[runs[i].start():runs[i + k - 1].end()].strip()
    return counts, example


def style_vectors(grams: Sequence[Counter], dims: int) -> np.ndarray:
    """Each plan's shape n-grams weighed by how rare they are in the batch (tf-idf: (1 + log count) · log((n +
    1) / (df + 0.5))) — a shape every plan prints weighs nothing, one only a few plans share weighs much —,
    hashed into ``dims`` dimensions (CRC-32, the same in every run) and scaled to length 1: the dot product of
    two rows is their cosine."""
    import zlib

    n = len(grams)
    df = Counter(g for c in grams for g in c)
    x = np.zeros((n, dims), dtype=np.float32)
    norms = np.ones(n)
    for i, c in enumerate(grams):
        total = 0.0
        for g, tf in c.items():
            if df[g] >= n:
                continue  # (a shape every plan prints tells none apart)
            w = (1 + np.log(tf)) * np.log((n + 1) / (df[g] + 0.5))
            total += w * w
            if df[g] >= 2:  # (a shape of this plan alone is in no pair: it only lengthens the plan's vector)
                x[i, zlib.crc32(g.encode("utf-8")) % dims] += w
        norms[i] = np.sqrt(total) or 1.0
    return x / norms[:, None]


def style_pairs(x: np.ndarray, floor: float, block: int = 1024) -> list[tuple[int, int]]:
    """The pairs (i < j) whose shapes' cosine reaches ``floor``, block by block (the batch's square is never
    held at once)."""
    out = []
    for start in range(0, len(x), block):
        s = x[start:start + block] @ x.T
        ii, jj = np.nonzero(s >= floor)
        out.extend((start + i, j) for i, j in zip(ii.tolist(), jj.tolist()) if start + i < j)
    return out


class _Sentences:
    """One plan's own sentences, indexed once: their shingles as flat arrays with the sentence each
    belongs to, for the alignment."""

    def __init__(self, items: list[tuple[str, frozenset]]) -> None:
        self.items = items
        self.chars = np.array([len(t) for t, _ in items], dtype=np.int64)
        self.total = int(self.chars.sum())
        sizes = [len(sh) for _, sh in items]
        self.sizes = np.array(sizes, dtype=np.int64)
        self.ids = np.repeat(np.arange(len(items)), sizes)
        self.flat = np.fromiter((h for _, sh in items for h in sh), dtype=np.uint64, count=int(sum(sizes)))
        order = np.argsort(self.flat, kind="stable")
        self.sorted_flat, self.sorted_ids = self.flat[order], self.ids[order]  # to join other plans on


def _aligned_sentences(a: _Sentences, b: _Sentences, min_sim: float) -> list[tuple[str, str, float]]:
    """Sentences of ``a`` that say what a sentence of ``b`` says (shingle Jaccard ≥ ``min_sim``, at least
    three shingles in common), the best match of each; every (sentence of a, sentence of b) pair that
    shares a shingle is counted at once by a join on the shingle."""
    if not len(a.flat) or not len(b.flat):
        return []
    bs, bid = b.sorted_flat, b.sorted_ids
    lo = np.searchsorted(bs, a.flat, side="left")
    hi = np.searchsorted(bs, a.flat, side="right")
    n = hi - lo
    keep = n > 0
    if not keep.any():
        return []
    lo, n, aid = lo[keep], n[keep], a.ids[keep]
    # expand each a-shingle into its matches in b
    total = int(n.sum())
    starts = np.repeat(lo - np.concatenate(([0], np.cumsum(n)[:-1])), n) + np.arange(total)
    pa = np.repeat(aid, n)
    pb = bid[starts]
    nb = len(b.items)
    codes, counts = np.unique(pa.astype(np.int64) * nb + pb, return_counts=True)
    ia, ib = codes // nb, codes % nb
    sim = counts / (a.sizes[ia] + b.sizes[ib] - counts)
    ok = (sim >= min_sim) & (counts >= 3) & (a.sizes[ia] >= 4)
    ia, ib, sim = ia[ok], ib[ok], sim[ok]
    if not len(ia):
        return []
    # the best match of each sentence of a (ties: the earlier sentence of b)
    order = np.lexsort((ib, -sim, ia))
    ia, ib, sim = ia[order], ib[order], sim[order]
    first = np.r_[True, ia[1:] != ia[:-1]]
    return [(a.items[x][0], b.items[y][0], float(z)) for x, y, z in zip(ia[first], ib[first], sim[first])]


def _aligned_share(passages: list[tuple[str, str, float]], a: list, b: list) -> float:
    """The share of the smaller plan's own sentences (by characters) that the other plan also says."""
    total_a, total_b = sum(len(t) for t, _ in a), sum(len(t) for t, _ in b)
    if not total_a or not total_b:
        return 0.0
    if total_a <= total_b:
        return min(1.0, sum(len(x) for x, _, _ in passages) / total_a)
    return min(1.0, sum(len(y) for y in {y for _, y, _ in passages}) / total_b)


# ------------------------------------------------------------------ the screen

def screen_texts(docs: Sequence[DocumentText], templates: Sequence[DocumentText] = (),
                 options: ScreenOptions = ScreenOptions(), problems: Sequence[Problem] = (),
                 knowledge: Sequence[str] = ()) -> ScreenResult:
    """Groups of plans among ``docs`` that share writing or files beyond ``templates``."""
    o = options
    docs = sorted(docs, key=lambda d: d.path)
    n = len(docs)
    # (a batch screened with its template knows the template's own text and values: see _common_count)
    given = bool(templates)
    template_shingles = np.unique(np.concatenate(
        [shingles(normalise(" ".join(t.passages)), o.shingle) for t in templates] or [np.zeros(0, np.uint64)]))
    raw = [shingles(normalise(" ".join(d.passages)), o.shingle) for d in docs]
    common = np.zeros(0, dtype=np.uint64)
    if n >= 3:
        allsh = np.concatenate(raw) if raw else np.zeros(0, np.uint64)
        values, counts = np.unique(allsh, return_counts=True)
        common = values[counts > _common_count(n, o, given)]
    drop = np.union1d(template_shingles, common)
    own = [np.setdiff1d(s, drop, assume_unique=True) for s in raw]
    own_share = {d.path: (len(s) / len(r) if len(r) else 0.0) for d, s, r in zip(docs, own, raw)}
    a, b = _hash_functions(o.permutations)
    sigs = np.stack([signature(s, a, b) for s in own]) if n else np.zeros((0, o.permutations), np.uint64)
    empty = np.array([len(s) == 0 for s in own])

    # metadata: what the templates carry, what is common, what is generic counts for nothing
    generic = _generic(knowledge)
    template_meta: dict[str, set[str]] = {}
    for t in templates:
        for k, v in _meta_values(t).items():
            template_meta.setdefault(k, set()).update(v)
    metas = [_meta_values(d) for d in docs]
    seen: dict[tuple[str, str], int] = {}
    for m in metas:
        for k, vs in m.items():
            for v in vs:
                seen[(k, v)] = seen.get((k, v), 0) + 1
    # structure: the headings each plan's writer set, those few plans of the batch share
    template_lines = {re.sub(r"\s+", "", line) for t in templates for p in t.passages for line in p.split("\n")}
    printed = [own_heading_texts(d, template_lines) for d in docs]
    heads = [set(x) for x in printed]

    def rare(sets: list[set[str]]) -> set[str]:
        # (a heading or habit more plans use is a public guide's or the template's, not one writer's: at most a
        # third of the batch (or 3), always under half of it, and never more than o.heading_plans plans)
        df = Counter(x for s in sets for x in s)
        return {x for x, c in df.items() if 2 <= c <= max(3, min(n // 3, o.heading_plans)) and 2 * c < n}

    rare_heads = rare(heads)
    # habits: the labels each plan's writer puts on line after line (not a word the template labels), those
    # few plans of the batch share
    template_labels = {m.group(2) for line in template_lines for m in _LINE_LABEL.finditer(line)}
    habits = [line_habits(d, template_lines, template_labels, o.habit_lines) for d in docs]
    rare_habits = rare(habits)

    # style: the shapes of the plans' own lines, weighed by rarity in the batch
    style_on = n >= o.style_from
    template_runs = template_word_runs(templates) if style_on else set()
    shape = [_shape_grams(d, template_lines, o.style_gram, template_runs) for d in docs] if style_on else []
    style = style_vectors([c for c, _ in shape], o.style_dims) if style_on else np.zeros((n, 1), np.float32)
    if style_on:
        style_df = Counter(g for c, _ in shape for g in c)
        usable = [{g for g in c if 2 <= style_df[g] < n} for c, _ in shape]

    def style_weight(cos: float) -> float:
        return o.style_weight * min(1.0, max(0.0, (cos - o.style_floor) / (o.style_full - o.style_floor)))

    def shared_shapes(i: int, j: int, most: int = 5) -> tuple[str, ...]:
        # (the rarest shapes both plans use, as the first prints them: what an evaluator looks for in both)
        both = [g for g in shape[i][0] if g in shape[j][0] and 2 <= style_df[g] < n and g in shape[i][1]]
        both.sort(key=lambda g: (style_df[g], -shape[i][0][g], g))
        seen_ex, out = set(), []
        for g in both:
            ex = shape[i][1][g]
            if ex and ex not in seen_ex and any(ch.isdigit() or not ch.isalnum() for ch in ex):
                seen_ex.add(ex)
                out.append(ex)
            if len(out) >= most:
                break
        return tuple(out)

    def shared_habits(i: int, j: int) -> tuple[str, ...]:
        common_habits = sorted(habits[i] & habits[j] & rare_habits)
        return tuple(common_habits) if len(common_habits) >= o.habits else ()

    # (each rare heading weighed once, not again for every pair that shares it)
    vocabulary = plan_vocabulary(templates, knowledge)
    weights = {h: heading_weight(h, vocabulary) for h in rare_heads}

    def shared_headings(i: int, j: int) -> tuple[str, ...]:
        common_heads = sorted(heads[i] & heads[j] & rare_heads)
        return tuple(common_heads) if sum(weights[h] for h in common_heads) >= o.headings else ()

    # reworded sentences: each plan's sentences by their rare words (not the template's, in few plans of the batch)
    reword_on = n >= o.reword_from
    if reword_on:
        endings = word_endings(knowledge)
        template_words = {word_stem(w, endings) for t in templates for p in t.passages for w in _WORD.findall(p)}
        worded = [sentence_words(d, template_lines, endings) for d in docs]
        word_df = Counter(w for ss in worded for w in set().union(*(ws for _, ws in ss)))
        rare_limit = max(3, min(n // 5, o.reword_plans))
        rare_words = [[(sent, frozenset(w for w in ws if word_df[w] <= rare_limit and w not in template_words))
                       for sent, ws in ss] for ss in worded]

    def reword_weight(share: float) -> float:
        return o.reword_weight * min(1.0, max(0.0, (share - o.reword_floor) / (o.reword_full - o.reword_floor)))

    template_images = {h for t in templates for h in t.images}
    meta_common = _common_meta_count(n, o, given)  # (more plans than this sharing a value: the batch's)
    image_seen: dict[str, int] = {}
    for d in docs:
        for h in set(d.images):
            image_seen[h] = image_seen.get(h, 0) + 1

    def image_counts(h: str) -> bool:
        return h not in template_images and image_seen[h] <= meta_common

    def counts(key: str, value: str) -> bool:
        if value in template_meta.get(key, set()) or value in generic.get(key, set()):
            return False
        if key == "created" and value.startswith(("1601", "1899", "1900", "1970")):
            return False
        return seen.get((key, value), 0) <= meta_common

    # candidates: LSH over the signatures of plans with own text, plus every pair with metadata or an
    # image in common (indexes of the few values that count)
    pairs = set()
    proposed = 0
    if n > 1:
        with_text = np.flatnonzero(~empty)
        if len(with_text) > 1:
            lp = with_text[lsh_pairs(sigs[with_text], o.bands)]
            # the signatures' estimate of each proposed pair's Jaccard, all at once: most proposals of a
            # large batch are plans on one topic, dropped here before any pair is compared exactly
            keep = np.zeros(len(lp), dtype=bool)
            for start in range(0, len(lp), 65536):
                part = lp[start:start + 65536]
                keep[start:start + 65536] = (sigs[part[:, 0]] == sigs[part[:, 1]]).mean(axis=1) >= o.candidate
            pairs.update(map(tuple, lp[keep].tolist()))
            proposed = len(lp)
        by_value: dict[tuple[str, str], list[int]] = {}
        for i, m in enumerate(metas):
            for k, vs in m.items():
                for v in vs:
                    if counts(k, v):
                        by_value.setdefault((k, v), []).append(i)
        for i, d in enumerate(docs):
            for h in set(d.images):
                if image_counts(h):
                    by_value.setdefault(("image", h), []).append(i)
        for x in rare_heads:
            by_value.setdefault(("heading", x), []).extend(i for i, h in enumerate(heads) if x in h)
        for x in rare_habits:
            by_value.setdefault(("habit", x), []).extend(i for i, h in enumerate(habits) if x in h)
        if reword_on:
            # (plans that share many rare words: a writer's own words, reworded or not)
            shared_words: Counter = Counter()
            postings: dict[str, list[int]] = {}
            for i, ss in enumerate(rare_words):
                for w in set().union(*(ws for _, ws in ss)):
                    postings.setdefault(w, []).append(i)
            for members in postings.values():
                for x in range(len(members)):
                    for y in range(x + 1, len(members)):
                        shared_words[(members[x], members[y])] += 1
            pairs.update(p for p, c in shared_words.items() if c >= 2 * o.reword_words)
        if style_on:
            # (plans whose shapes are close: a writer's habits of setting numbers, lists and asides)
            pairs.update((i, j) for i, j in style_pairs(style, o.style_floor)
                         if len(usable[i] & usable[j]) >= o.style_shared)
        for members in by_value.values():
            if len(members) <= max(50, n // 4):
                for x in range(len(members)):
                    for y in range(x + 1, len(members)):
                        pairs.add((members[x], members[y]))

    template_set = set(drop.tolist())  # the template's and the batch's common shingles
    scored: list[PairEvidence] = []
    sentence_cache: dict[int, list] = {}
    for i, j in sorted(pairs):
        est = float(np.mean(sigs[i] == sigs[j])) if not empty[i] and not empty[j] else 0.0
        si, sj = own[i], own[j]
        share = 0.0
        if est >= o.candidate and len(si) and len(sj):
            share = len(np.intersect1d(si, sj, assume_unique=True)) / min(len(si), len(sj))
        shared_meta = []
        for k in ("doc_id", "revision_ids", "author", "last_modified_by", "company", "manager", "template", "created"):
            common_values = sorted(v for v in metas[i].get(k, set()) & metas[j].get(k, set()) if counts(k, v))
            if common_values:
                shared_meta.append((k, "; ".join(common_values[:10])))
        shared_images = sum(1 for h in set(docs[i].images) & set(docs[j].images) if image_counts(h))
        passages: list[tuple[str, str, float]] = []
        aligned = 0.0
        if share >= o.prefilter:
            # the text in common as passages: sentences of one plan that say what a sentence of the other
            # says; their share of the smaller plan's own sentences is the text evidence
            for x in (i, j):
                if x not in sentence_cache:
                    sentence_cache[x] = _Sentences(own_sentences(docs[x], o.passage_min, template_set, o.shingle,
                                                                 o.passage_min_hangul))
            a_s, b_s = sentence_cache[i], sentence_cache[j]
            passages = _aligned_sentences(a_s, b_s, o.passage_similarity)
            aligned = _aligned_share(passages, a_s.items, b_s.items)
        t = min(1.0, max(0.0, (aligned - o.text_floor) / (o.text_full - o.text_floor)))
        miss = 1.0 - t
        for k, _ in shared_meta:
            miss *= 1.0 - _META_WEIGHT.get(k, 0.3)
        miss *= 0.5 ** shared_images
        # the same skeleton of own headings: three rare ones in common are as much as half the text; more, more
        structure = shared_headings(i, j)
        if structure:
            miss *= 1.0 - min(0.9, 0.25 * (sum(weights[h] for h in structure) - 1))
        # the same habits of layout ("* 출처: …" under every figure and "(산출물: …)" on every schedule row): two
        # rare ones in common are as much as half the text
        habit = shared_habits(i, j)
        if habit:
            miss *= 1.0 - min(0.9, 0.25 * len(habit))
        # the same habits of setting text ("1억 3,600만 원", "▶ a[가]:", "하나. … 둘. …"), over the batch's
        cos = float(style[i] @ style[j]) if style_on and len(usable[i] & usable[j]) >= o.style_shared else 0.0
        miss *= 1.0 - style_weight(cos)
        reworded, rewording = reworded_sentences(rare_words[i], rare_words[j], o.reword_words) if reword_on else (0.0, [])
        miss *= 1.0 - reword_weight(reworded)
        score = 1.0 - miss
        if score < o.threshold:
            continue
        shown = tuple(sorted(passages, key=lambda p: (-len(p[0]) * p[2], p[0]))[:o.passages_shown])
        scored.append(PairEvidence(a=docs[i].path, b=docs[j].path, score=score, text_share=aligned, passages=shown,
                                   matched_passages=len(passages), metadata=tuple(shared_meta),
                                   images=shared_images, headings=tuple(printed[i][h] for h in structure),
                                   habits=habit, style=cos,
                                   style_examples=shared_shapes(i, j) if style_weight(cos) > 0 else (),
                                   reworded=reworded,
                                   reworded_passages=tuple(rewording[:o.reword_shown]) if reword_weight(reworded) > 0
                                   else ()))

    # groups: plans joined by a pair at or over the threshold
    groups = []
    for files in components(((e.a, e.b) for e in scored), (d.path for d in docs)):
        if len(files) < 2:
            continue
        fs = set(files)
        ev = tuple(sorted((e for e in scored if e.a in fs), key=lambda e: (-e.score, e.a, e.b)))
        groups.append(Group(files=tuple(sorted(files)), score=max(e.score for e in ev), evidence=ev))
    groups.sort(key=lambda g: (-g.score, -len(g.files), g.files))
    warnings = []
    if not n:
        pass  # (nothing read: the error says so, no warning about a batch there is not — review 64 #11)
    elif not templates and n < 3:
        warnings.append("no --template and fewer than 3 plans: the text and file ids of the blank form they were "
                        "filled in cannot be told apart and count as shared; give the template")
    elif not templates and n < o.common_from:
        warnings.append(f"no --template and {n} plans: only text every plan has is taken as the template's; "
                        f"give the template for a sure result")
    return ScreenResult(documents=tuple(docs), groups=tuple(groups), problems=tuple(problems), warnings=tuple(warnings),
                        templates=tuple(t.path for t in templates), own_share=own_share, options=o,
                        candidates=proposed, compared=len(pairs))


def screen(plans: Sequence[str | os.PathLike], templates: Sequence[str | os.PathLike] = (),
           options: ScreenOptions = ScreenOptions(), progress: Optional[Callable[[str], None]] = None,
           knowledge: Sequence[str] = ()) -> ScreenResult:
    """Read the plans (files or folders) and the programme's template files, and screen them."""
    tdocs, tproblems = read_plans(templates, progress) if templates else ([], [])
    # a template that sits among the plans is the template, not a plan
    docs, problems = read_plans(plans, progress, exclude=[t for t, _ in plan_files(templates)])
    return screen_texts(docs, tdocs, options, [*problems, *tproblems], knowledge)
