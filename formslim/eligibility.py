"""``formslim eligibility``: a programme notice's eligibility criteria as rules, and a company's
self-check against them.

The notice (공고문: PDF, DOCX, HWPX, HWP) is read as running text. Its eligibility sections — the lines
under a heading such as "신청자격", "지원대상" or "신청 제외 대상" (``data/eligibility.yaml``) — are cut
into clauses at their item marks (①, ◦, ▶ …); notes and exceptions (※, *, "< 예외 대상 >") stay with the
clause they qualify; an item that continues a numbered list after a page break lands in that list. Each
clause becomes a rule where a pattern of ``data/eligibility.yaml`` reads it (founding window, business
age, size class, founder status, the representative's age, tax arrears, participation restrictions,
closure, prior support, excluded industries) and otherwise a ``confirm`` rule: "read this yourself",
never dropped. The rules can be written out (``--rules-out``), edited and read back (``--rules``).

With a company profile (YAML: documented core keys, any other key a programme-specific fact a rule may
name), each criterion is decided — met, not met, or cannot tell with what is missing — and the verdict
is ``eligible`` only when every criterion is met (a clause to read yourself counts as met only when the
profile lists its id under ``confirmed``), ``ineligible`` when one is certainly not met, else ``unknown``.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional, Sequence

import yaml

from .errors import FormslimError
from .text import as_date, clip
from .parse.text import DocumentText

SCHEMA = "formslim.eligibility/1"
_OUTCOME = {"met": "met", "not_met": "NOT MET", "unknown": "cannot tell"}
CORE_KEYS = ("company", "entity_type", "size_class", "founding_date", "application_date", "employees",
             "revenue_krw", "avg_revenue_3y_krw", "industry_ksic", "industry_words", "region",
             "representative_birth_date", "is_preliminary_founder", "tax_arrears", "participation_restricted",
             "closed", "subsidy_excluded", "loan_default", "prior_support", "certifications", "confirmed",
             "representative_type")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MAIN = re.compile(rf"^\s*(?:[{_CIRCLED}]|[◦○▶■◆]|\d{{1,2}}\)\s)")
_NOTE = re.compile(r"^\s*(?:\*+|※|☞|-\s|•|ㆍ|·|<|\(\d|\d{1,2}\.\s|[가-하]\.\s)")
_PAGE = re.compile(r"^\s*-\s*(\d{1,3})\s*-\s*$")


@dataclass(frozen=True)
class Criterion:
    id: str
    category: str
    kind: str  # include | exclude
    text: str  # the clause as printed, its lines joined
    where: str  # "page 6" or "paragraph 12"
    rule: dict
    notes: tuple[str, ...] = ()  # the clause's notes and exceptions, as printed
    pattern: str = ""  # the pattern of data/eligibility.yaml that read it; "" for "read this yourself"

    def to_dict(self) -> dict:
        return {"id": self.id, "category": self.category, "kind": self.kind, "text": self.text,
                "where": self.where, "rule": self.rule, "notes": list(self.notes), "pattern": self.pattern}


@dataclass(frozen=True)
class NoticeRules:
    file: str
    title: str
    reference_date: Optional[str]  # the notice's date (모집공고일), ISO
    criteria: tuple[Criterion, ...]
    documents: tuple[str, ...] = ()  # what the notice asks every applicant to submit, as printed
    documents_where: tuple[str, ...] = ()  # where each of ``documents`` is printed ("page 8")
    # what the notice asks later or in a case ({document, who, stage, where, lead, deadlines, deadlines_differ})
    later: tuple[dict, ...] = ()

    def to_dict(self) -> dict:
        return {"notice": self.file, "title": self.title, "reference_date": self.reference_date,
                "criteria": [c.to_dict() for c in self.criteria], "documents": list(self.documents),
                "documents_where": list(self.documents_where), "later": [dict(x) for x in self.later]}


@dataclass(frozen=True)
class Decision:
    id: str
    outcome: str  # met | not_met | unknown
    reason: str
    fact: Optional[str] = None
    value: Any = None
    missing: tuple[str, ...] = ()
    # "cannot tell" where the profile's facts fail the clause and only something the profile cannot show
    # saves it: "exception" (an exception the clause prints: 유예, 완납), "route" (another route the notice
    # offers); "" otherwise
    unless: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "outcome": self.outcome, "reason": self.reason, "fact": self.fact,
                "value": _plain(self.value), "missing": list(self.missing), "unless": self.unless}


@dataclass(frozen=True)
class SelfCheck:
    rules: NoticeRules
    verdict: Optional[str] = None  # eligible | ineligible | unknown; None without a profile
    decisions: tuple[Decision, ...] = ()
    profile_problems: tuple[str, ...] = ()
    submission: Optional[dict] = None  # with a plan: what the agency fetches, what the applicant still brings
    # criterion id → the registries (ids) the agency can check its fact against itself (행정정보 공동이용)
    agency_checks: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def to_dict(self) -> dict:
        out = {"schema": SCHEMA, **self.rules.to_dict(), "verdict": self.verdict,
               "agency_checks": {k: list(v) for k, v in self.agency_checks},
               "per_criterion": [d.to_dict() for d in self.decisions],
               "read_yourself": [c.id for c in self.rules.criteria if to_read(c)],
               "profile_problems": list(self.profile_problems), "submission": self.submission}
        return out


def to_read(c: Criterion) -> bool:
    """Whether the applicant reads a criterion (or part of it) and confirms it: a clause no pattern reads, or a list
    whose row in words only no code decides ("그 외 … 업종")."""
    return "confirm" in c.rule or bool(c.rule.get("catch_all"))


def for_company(sub: dict, profile: dict) -> dict:
    """What :func:`submission` lists, less what the profile rules out for this company: a co-representative's
    papers where it has one representative (``representative_type: 단독`` — formslim.prefill's rule, one for both
    commands; review 64 #9: ``fill`` marked them not applicable while ``eligibility --plan`` still listed them),
    listed apart as ``not_for_this_company``."""
    from .prefill import _ruled_out

    def out(name: str, case: str = "") -> bool:
        return bool(_ruled_out(profile, {"label": f"{name} {case}"}))

    gone: list[str] = []

    def keep(items, key=None):
        kept = []
        for x in items:
            name = x if isinstance(x, str) else str(x.get(key or "document", ""))
            case = "" if isinstance(x, str) else str(x.get("case", ""))
            if out(name, case):
                gone.append(name)
            else:
                kept.append(x)
        return kept

    new = dict(sub)
    for k in ("asked_now", "still_to_bring", "fetched_by_agency", "pending_approval", "kept_not_filed"):
        if isinstance(sub.get(k), list):
            new[k] = keep(sub[k])
    if isinstance(sub.get("only_in_some_cases"), dict):
        new["only_in_some_cases"] = {k: v for k, v in sub["only_in_some_cases"].items() if not out(k, str(v))}
    if gone:
        new["not_for_this_company"] = list(dict.fromkeys(gone))
    return new


def submission(plan: dict, form: Optional[dict] = None) -> dict:
    """What an applicant would submit if the agency adopted the reduction plan (``plan.json`` of ``formslim
    analyze``) — a proposal, not the notice's rules (review 58 #1): the package's documents as they are asked
    today (``asked_now``), then the plan's application (the consolidated form, or the online application it
    extends), the documents kept as they are, the certificates the agency fetches itself through 행정정보
    공동이용 (only with the consent of the person each concerns; without it the applicant brings them), those it
    could fetch only once approved to use a check (``pending_approval``, from ``form.json``'s consent amendments:
    until then the applicant brings them), and what is no longer asked, each with the plan's reason."""
    if not isinstance(plan, dict) or not isinstance(plan.get("documents"), list):
        raise FormslimError("not a formslim plan (plan.json of formslim analyze)")
    docs = [d for d in plan["documents"] if isinstance(d, dict)]
    lang = plan.get("language") if plan.get("language") in ("en", "ko") else "en"

    def name(d):
        return d.get("title") or d.get("file") or d.get("key") or ""

    # (a copy of one form in another format — a twin — is that form, not one more merged; the form that becomes
    # the consolidated form is not one "still to bring")
    host_of = plan.get("consolidated_form") if isinstance(plan.get("consolidated_form"), dict) else {}
    host = host_of.get("document") or ""
    own = [d for d in docs if not d.get("twin_of")]
    merged = [name(d) for d in own if d.get("decision") == "merge"]
    # a check the agency is not yet approved to use (a record the printed 공동이용 consent does not list, which the
    # plan's form adds): until the approval, the applicant brings the copy
    pending: dict[str, list[str]] = {}
    for am in ((form or {}).get("amendments") or ()) if isinstance(form, dict) else ():
        added = [str(x) for x in ((am.get("consent") or {}).get("add") or ())] if isinstance(am, dict) else []
        if added and am.get("replaces"):
            pending.setdefault(str(am["replaces"]), []).extend(added)
    registries = _registry_names(lang)
    decisions = {x.get("id"): x for x in plan.get("decisions") or () if isinstance(x, dict)}

    def why(d):
        """The plan's reason a document is no longer asked: its rule, and the reason in the plan's language."""
        from .report.i18n import rule_text

        for did in d.get("decisions") or ():
            x = decisions.get(did)
            if x:
                rule, reason, variant = str(x.get("rule", "")), str(x.get("reason", "")), str(x.get("variant", ""))
                return {"rule": rule, "variant": variant, "reason": reason,
                        "why": rule_text(lang, rule, reason, variant)}
        return {"why": ""}

    fetched, waiting = [], []
    for d in own:
        if d.get("decision") != "replace_by_registry":
            continue
        reg = d.get("registry")
        item = {"document": name(d), "registry": reg, "record": registries.get(reg, reg or "")}
        if d.get("condition"):
            item["case"] = d["condition"]
        needs = pending.get(d.get("key") or d.get("file") or "", [])
        if not needs and reg and any(reg in v for v in pending.values()):
            needs = [reg]
        if needs:
            waiting.append({**item, "needs_approval": [registries.get(x, x) for x in dict.fromkeys(needs)]})
        else:
            fetched.append(item)
    return {
        "basis": "proposal",
        # the documents the package asks for today, in its order (a form's twin in another format once), each with
        # the case it is filed in: the list an applicant follows until the agency adopts a plan
        "asked_now": [{"document": name(d), **({"case": d["condition"]} if d.get("condition") else {})}
                      for d in own],
        "consolidated_form": bool(host_of.get("in")) if host_of else bool(merged),
        # (the plan's questions asked in the online application the programme already takes, not a form of its own)
        "consolidated_form_in": str(host_of.get("in") or "") if host_of else "",
        "merged_into_consolidated_form": merged,
        # (a document another party gives the applicant to keep — a contractor's 점검표 — is not brought to the
        # agency: listed apart; one filed only in some cases says its case)
        "still_to_bring": [name(d) for d in own if d.get("decision") == "keep" and not d.get("received")
                           and not d.get("filed_elsewhere") and (d.get("key") or d.get("file")) != host],
        "only_in_some_cases": {name(d): d["condition"] for d in own if d.get("decision") in ("keep", "replace_by_registry")
                               and not d.get("received") and not d.get("filed_elsewhere")
                               and isinstance(d.get("condition"), str) and d["condition"]},
        "kept_not_filed": [name(d) for d in own if d.get("decision") == "keep" and d.get("received")],
        # (another agency's form nobody here asks a copy of — the federal return beside a DC return — is filed with
        # that agency, not brought here: review 49)
        "filed_elsewhere": [{"document": name(d), "agency": d["filed_elsewhere"]} for d in own
                            if d.get("decision") == "keep" and isinstance(d.get("filed_elsewhere"), str)
                            and d["filed_elsewhere"]],
        "fetched_by_agency": fetched,
        "pending_approval": waiting,
        "no_longer_asked": [name(d) for d in own if d.get("decision") in ("remove", "drop")],
        "no_longer_asked_why": [{"document": name(d), **why(d)} for d in own
                                if d.get("decision") in ("remove", "drop")],
        "note": "a proposal to the agency, not the notice's rules: until the agency adopts it, submit what the notice "
                "and its forms ask (asked_now). The agency fetches a record only with the consent of the person it "
                "concerns (the applicant's, asked in the application; another person's — a co-representative's — "
                "in their own consent); an applicant who does not consent brings it",
    }


def _registry_names(lang: str) -> dict[str, str]:
    """Each registry id of the catalogue by the record's name in ``lang`` ("KR-NTS-BIZREG" → "사업자등록증명")."""
    from .knowledge import load_knowledge

    return {k: r.named(lang) for k, r in load_knowledge().registries.items()}


def _plain(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    return v


# ------------------------------------------------------------------ knowledge

@dataclass(frozen=True)
class _Patterns:
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    documents: tuple[str, ...]
    stop: tuple[str, ...]
    patterns: tuple[dict, ...] = field(default_factory=tuple)
    not_headings: tuple[str, ...] = ()  # hold an include/exclude word but name something else: never open a section


def load_patterns(extra: Sequence[str] = ()) -> _Patterns:
    texts = [resources.files("formslim").joinpath("data/eligibility.yaml").read_text(encoding="utf-8")]
    for d in extra:
        p = Path(d) / "eligibility.yaml" if Path(d).is_dir() else Path(d)
        if p.name == "eligibility.yaml" and p.is_file():
            texts.append(p.read_text(encoding="utf-8"))
    sections: dict[str, list[str]] = {"include": [], "exclude": [], "documents": [], "stop": [], "not_headings": []}
    patterns: dict[str, dict] = {}
    for t in texts:
        try:
            data = yaml.safe_load(t) or {}
        except yaml.YAMLError as exc:
            raise FormslimError(f"eligibility.yaml: not valid YAML ({str(exc).splitlines()[0]})") from None
        for k in sections:
            sections[k] += [str(x) for x in ((data.get("sections") or {}).get(k) or [])]
        for p in data.get("patterns") or []:
            if not isinstance(p, dict) or not {"id", "category", "regex", "rule"} <= set(p):
                raise FormslimError("eligibility.yaml: each pattern needs id, category, regex and rule")
            try:
                re.compile(p["regex"])
            except re.error as exc:
                raise FormslimError(f"eligibility.yaml: pattern {p['id']}: bad regex ({exc})") from None
            patterns[p["id"]] = p
    return _Patterns(*(tuple(sections[k]) for k in ("include", "exclude", "documents", "stop")),
                     patterns=tuple(patterns.values()), not_headings=tuple(sections["not_headings"]))


# ------------------------------------------------------------------ reading the notice

def _squeeze(text: str) -> str:
    from .parse.classify import squeezed

    return squeezed(text)


def _has(line: str, words: Sequence[str]) -> Optional[str]:
    sq = _squeeze(line)
    return next((w for w in words if _squeeze(w) in sq), None)


def _leads(topic: str, words: Sequence[str]) -> bool:
    """Whether a heading's topic begins with one of ``words``: a word of them lies within the first
    letters of the topic, as many as the first word found plus two (room for a bullet or a number)."""
    found = _has(topic, words)
    return found is not None and _has(_squeeze(topic)[:len(_squeeze(found)) + 2], words) is not None


def _notice_date(lines: list[str]) -> Optional[str]:
    """The notice's date: the first full date printed near its top (after the 공고 number) — "2026년 2월 20일" or
    "2026. 2. 20." —; else the month its 공고 line prints ("… 다음과 같이 공고합니다. 2026. 2": a 조달청 notice),
    its first day."""
    for line in lines[:25]:
        # (a form's amendment mark in its head — "<개정 2025. 12. 1.>" — dates the form, not a notice: review 48 #14)
        line = re.sub(r"[<\[(]\s*(?:개정|신설|전문\s*개정)[^>\])]{0,60}[>\])]", " ", line)
        m = re.search(r"(20\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일|(20\d{2})\.\s*(\d{1,2})\.\s*(\d{1,2})\.", line)
        if m:
            y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
            try:
                return dt.date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                continue
    for line in lines[:40]:
        m = re.search(r"공고\w*\.?\s*(20\d{2})\s*[.년]\s*(\d{1,2})\s*(?:월|\.)?\s*$", line.strip())
        if m and 1 <= int(m.group(2)) <= 12:
            return dt.date(int(m.group(1)), int(m.group(2)), 1).isoformat()
    return None


def _number(line: str) -> Optional[int]:
    m = re.match(rf"^\s*([{_CIRCLED}])", line)
    return _CIRCLED.index(m.group(1)) + 1 if m else None


def _pages(lines: list[str]) -> list[Optional[int]]:
    """The page each line of a notice is on, by the page numbers it prints ("- 3 -"): printed at the top of each
    page ("- 1 -" first), a number opens its page; printed at the foot, it closes it. None before any number."""
    first_mark = next((j for j, x in enumerate(lines) if _PAGE.match(x.strip())), None)
    at_top = first_mark is not None and first_mark <= 2 and _PAGE.match(lines[first_mark].strip()).group(1) == "1"
    out: list[Optional[int]] = []
    page: Optional[int] = None
    for raw in lines:
        m = _PAGE.match(raw.strip())
        if m:
            page = int(m.group(1)) if at_top else int(m.group(1)) + 1
        out.append(page)
    return out


def _where(pages: list[Optional[int]], i: int) -> str:
    """Where line ``i`` of a notice is: its page, or its paragraph where the notice prints no page numbers."""
    return f"page {pages[i]}" if pages[i] else f"paragraph {i + 1}"


#: the heading of an annex ("[붙임 2] 신청 제외 대상 창업지원사업 목록"), its number
#: an annex's heading: "[붙임 2] 신청 제외 대상 …", "붙임 4 패스트트랙 …", or a bracketed "<붙임 1>" alone on its line (a
#: tender's annexed forms)
_ANNEX_HEAD = re.compile(r"^\s*[\[<【]?\s*붙임\s*(\d+)\s*[\]>】]?\s+\S|^\s*[\[<【]\s*붙임\s*(\d+)\s*[\]>】]\s*$")


#: where a passage read as one runs on into the next annex or into a table (a PDF's text joined across a page's
#: blocks: "… kssc.kostat.go.kr) 참고 붙임 4 패스트트랙 자격기준", "… 자(기업) NO. 대상 업종 코드번호 세세분류 1
#: 일반유흥주점업 56211 …"): an annex heading that titles something (not "[붙임 5] 참고"), a table's first header
_ANNEX_IN = re.compile(r"\s+(?=[\[<【]?\s*붙임\s*\d+\s*[\]>】]?\s+(?!참고|참조)[가-힣0-9])")
_TABLE_IN = re.compile(r"\s+(?=(?:NO\.|No\.|연번|순번)\s+\S)")
#: a table's header row, read as a line: the rows after it are the table's, not a clause's words
_TABLE_HEAD = re.compile(r"^\s*(?:NO\.|No\.|연번|순번)\s+\S")
_TABLE_ROW = re.compile(r"\s\d{1,3}\s+[ㆍ·]?\s*[가-힣]")
#: a table's row read as a line: its number, then its cells ("1 일반유흥주점업 56211", "2\t무도유흥주점업\t56212")
_TABLE_ROW_LINE = re.compile(r"^\s*\d{1,3}\s+[ㆍ·]?\s*\S")


#: an enumerator alone ("①", "1.", "(가)", "-")
ENUMERATOR_LIKE = re.compile(r"[①-⑳㉑-㉟]|\(?\d{1,2}[.)]|\(?[가-하][.)]|[-•◦○▶□■※*]+")


def _runs_on(passage: str) -> list[str]:
    """A passage cut where it runs on into a table (at its header: "NO.", "연번"), and before an annex heading
    that ends it — the heading and its short title, alone up to the passage's end or the table ("… 참고 붙임 4
    패스트트랙 자격기준"); an annex named inside a sentence ("…자(기업), [붙임 5] 참고") stays where it is."""
    parts = [x for x in _TABLE_IN.split(passage) if x.strip()]
    out: list[str] = []
    for part in parts:
        cut = list(_ANNEX_IN.finditer(part))
        rest = part[cut[-1].end():] if cut else ""
        before = re.sub(r"\s+", "", part[:cut[-1].start()]) if cut else ""
        # (a title, not a clause that names the annex — "① [붙임 1] 지원 제외 업종을 영위하는 자" —, after a sentence,
        # not after an enumerator)
        if cut and len(re.sub(r"\s+", "", rest)) <= 30 and len(before) > 4 and not ENUMERATOR_LIKE.fullmatch(before) \
                and not re.search(r"참조|참고|확인|따름|같이|(?:을|를|에)\s|(?:자|경우|기업|업체|사업자|중인|있는|없는)\s*\)?\s*$", rest):
            out += [part[:cut[-1].start()], part[cut[-1].end():]]
        else:
            out.append(part)
    return [x for x in out if x.strip()]


def read_notice(doc: DocumentText, extra: Sequence[str] = ()) -> NoticeRules:
    """The eligibility criteria of a notice, each with its clause, where it is and its rule."""
    pats = load_patterns(extra)
    # (a table a passage runs on into — its header inside the passage, not a line of its own —: a table the text
    # layer joined to the clause above it, which ends there; a table printed as rows of its own is read as before)
    lines: list[str] = []
    run_on: set[int] = set()
    for p in doc.passages:
        # (a form field's marker — the NUL a reader leaves where a 누름틀 starts and ends — is no letter of the clause)
        p = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", p)
        for k, x in enumerate(_runs_on(p) if p.strip() else ()):
            if _TABLE_HEAD.match(x) and (k > 0 or len(_TABLE_ROW.findall(x)) >= 2):
                # (… or a whole table read as one passage, its header and rows: "NO. 대상 업종 코드번호 세세분류 1
                # 일반유흥주점업 56211 2 무도유흥주점업 56212 …")
                run_on.add(len(lines))
            lines.append(x)
    pages = _pages(lines)
    section: Optional[str] = None
    clauses: list[dict] = []  # {"kind", "lines", "notes", "where", "number"}
    documents: list[str] = []
    documents_at: list[str] = []
    last_number: dict[str, int] = {}
    last_at: dict[str, int] = {}  # the line of that last number
    outside = 0  # the last number of a list printed outside any section of criteria
    in_note = False
    in_table = False  # in the rows of a table printed under a clause
    annex = 0  # past a "붙임 N" heading, its N: annexes detail the body's criteria
    annex_lines: dict[int, list[str]] = {}  # each annex's lines, as printed
    lists: dict[tuple, list] = {}  # in an annex, (kind, annex) → [lists begun, last number]: a list that restarts
    adopted = False  # in a list continued after another block: only its numbered items belong to it

    as_of = ""  # the section's own reference date: "□ 신청 제외 대상 (사업 신청‧접수 마감일 기준)"
    aside = False  # in an announcement printed among the clauses ("★ 서류평가 통과자를 대상으로 … 제출 요청 예정")
    for i, raw in enumerate(lines):
        line = raw.strip()
        for c in clauses[::-1]:
            if "as_of" in c:
                break
            c["as_of"] = as_of
        if _PAGE.match(line):
            continue
        annex_m = _ANNEX_HEAD.match(line)
        annex_head = bool(annex_m) and len(_squeeze(line)) <= 30
        if annex_head:
            annex = int(annex_m.group(1) or annex_m.group(2))  # the annex's number: "붙임 4"
        if annex:
            annex_lines.setdefault(annex, []).append(line)
        if re.match(rf"^\s*[{_CIRCLED}]\s*[~∼\-–]\s*[{_CIRCLED}]", line):
            continue  # "①∼③ (중 1개)": a table cell that says how many of the items are needed, no clause
        head = re.split(r"[:：]", line, maxsplit=1)
        content = head[1].strip() if len(head) == 2 else ""
        # a top-level heading: "□ 신청자격", "3 신청자격 및 요건" (a short line: a table row "1 일반유흥주점업
        # 56211" is not one)
        top = re.match(r"^\s*(?:□|■|\d{1,2}\s+[가-힣][가-힣\s·‧및,()]{1,24}$)", line) is not None or (
            # "4. 신청방법", "3. 신청자격": a numbered section title — a noun phrase, not a numbered clause
            # ("1. 국세를 체납한 자" ends as a clause does)
            # ("3-1. 제출서류", "4. (세부) 품명 및 수량": a tender notice's numbering)
            re.match(r"^\s*\d{1,2}(?:-\d{1,2})?\s*\.\s*[가-힣(][가-힣\s·‧및,()]{1,24}$", line) is not None
            and not re.search(r"(?:자|기업|경우|곳|업체|사업자|기관|단체|법인|사업장|중인|있는|없는)\s*$", line)
            and _has(line, pats.include + pats.exclude + pats.documents + pats.stop) is not None)
        marked = top or re.match(r"^\s*(?:<|\[|▶|◦|○)", line) is not None
        short = len(_squeeze(head[0])) <= 30
        # what the heading names: anywhere in a top-level heading ("□ 패스트트랙 해당 기업 자격 요건"), first
        # in any other ("▶ 신청가능 업력", "< 신청자격 세부조건 >", "- 신청제외대상"); never in a sentence
        topic = head[0] if top else re.sub(r"^\s*(?:[-<\[▶◦○]\s*)?(?:\[?붙임\s*\d+\]?\s*)?(?:\d{1,2}\.\s*)?", "",
                                           head[0])[:12]
        kind = ("exclude" if _has(topic, pats.exclude) else "include" if _has(topic, pats.include) else
                "documents" if _has(topic, pats.documents) and top else None)
        if kind and _has(head[0], pats.not_headings):
            kind = None  # ("3-2. 입찰참가자격 등록": how to register, not who may bid — a heading that ends the section)
        if kind and not top and not _leads(topic, pats.exclude + pats.include):
            kind = None
        # a heading is short: a top-level one up to 30 letters before any colon, another up to 16
        opens = kind is not None and "예외" not in line and short and (
            top or (len(_squeeze(head[0])) <= (30 if annex_head else 16)
                    and (marked or not re.search(r"[다함음]$", line.strip()))))
        if opens:
            section, in_note, adopted, in_table, aside = kind, False, False, False, False
            basis = re.search(r"\(([^()]{2,30}?기준)\)", line)
            as_of = basis.group(1).strip() if basis else ""
            if content and kind != "documents":
                clauses.append({"kind": kind, "lines": [content], "notes": [], "where": _where(pages, i),
                                "number": None, "head": head[0].strip(" □■▶◦○<>"), "annex": annex})
            elif annex and kind != "documents":
                # an annex's list ("[붙임 1] 지원 제외 업종", then its table's rows): a clause of its own, not
                # the rest of the body's last one
                clauses.append({"kind": kind, "lines": [line], "notes": [], "where": _where(pages, i), "number": None,
                                "head": "", "annex": annex})
            continue
        if annex_head:
            # an annex that opens no list of criteria ("붙임 5 2025년 동시수행 불가한 창업지원사업 목록"): the clause
            # before it ends there — its title and table are not that clause's note
            section = None
            continue
        # (a table's short column header that names another topic — "선발 규모", "지원 한도" beside "신청 대상"
        # in a programme's overview — ends a section as a heading does)
        if (top or (short and _has(head[0], pats.stop) and (marked or len(_squeeze(line)) <= 8))) \
                and "예외" not in line:
            section = None  # another topic of the notice starts
            continue
        number = _number(line)
        if section is None and number is not None and number in (1, outside + 1):
            # (an item that continues a list printed outside the criteria — "8. 불공정행위 금지 … ① … ② … ③" — is that
            # list's: its ③ does not continue the criteria's ②, review 47 #8; a list interleaved by the page's reading
            # order, "① … ④" between the exclusions' ⑧ and ⑨, leaves ⑨ to them)
            outside = number
        elif section is None and number is not None:
            # an item that continues a numbered list of criteria after a page break or another block
            for k in ("exclude", "include"):
                # (near the list it continues: a "③" in an annexed form's article, pages later, continues nothing —
                # review 47 #8)
                if last_number.get(k) == number - 1 and i - last_at.get(k, i) <= 40:
                    section, adopted = k, True
                    break
        if section is not None and adopted and number is None and _NOTE.match(line) and not line.startswith(("*", "※")):
            section = None  # the other block goes on: "- 신청‧접수 시 …" is not a note of the list
        if section is None:
            in_table = False
            continue
        # a table under a clause — joined to it in one passage ("… 자(기업) NO. 대상 업종 코드번호 세세분류 1
        # 일반유흥주점업 …"), or its header then its rows one line each ("NO. 대상 업종 코드번호" / "세세분류" / "1
        # 일반유흥주점업 56211" …) — details that clause: its rows are read for the clause's rule (the KSIC codes an
        # excluded-industry clause lists), never shown as the clause's words; a note or a clause ends it
        if clauses and clauses[-1]["kind"] == section and (
                i in run_on or _TABLE_HEAD.match(line) and not _MAIN.match(line)):
            in_table = True
        elif in_table and (_NOTE.match(line) or _MAIN.match(line) and not _TABLE_ROW_LINE.match(line)):
            in_table = False
        if in_table:
            clauses[-1].setdefault("table", []).append(line)
            continue
        if section == "documents":
            if re.match(r"^\s*[◦○▶•]", line):
                documents.append(line.lstrip("◦○▶• ").strip())
                documents_at.append(_where(pages, i))
            elif number is not None and _DOC_NOUN.search(line):
                # "< 제출서류 및 제출방법 >  ① 사업신청서 온라인 입력 -": a numbered row of the submissions table, one
                # the list above does not name already (review 58 #2: the online application was left out)
                item = re.sub(rf"^\s*[{_CIRCLED}]\s*", "", line)
                core = _squeeze(re.split(r"\s(?:파일|온라인|우편|방문|이메일|전자)", item)[0].strip(" -"))
                if core and not any(core in _squeeze(d) for d in documents):
                    how = re.search(r"(온라인\s*입력|파일\s*첨부|우편\s*제출|방문\s*제출)", item)
                    name = re.split(r"\s(?:파일|온라인|우편|방문|이메일|전자)", item)[0].strip(" -")
                    documents.append(f"{name} ({how.group(1)})" if how else name)
                    documents_at.append(_where(pages, i))
            continue
        if line.startswith(("★", "☆")):
            # an announcement among the clauses, no clause's note (review 58 #5: C8 "본점 …" carried "★ 서류평가
            # 통과자를 대상으로 ‘창업기업확인서’ … 제출 요청 예정"; the later requests list it)
            aside, in_note = True, False
            continue
        if aside and not (_MAIN.match(line) or _NOTE.match(line)):
            continue
        aside = False
        if _MAIN.match(line) and not (line.startswith("<") or "예외" in line):
            list_no = 0
            if number is not None:
                last_number[section], last_at[section] = number, i
                if annex:
                    # (an annex's second list — "① … 참여기업 ② … ③ …", then "① 고용인원 … ② 매출액 … ③ 투자" — is
                    # another list, not the first printed again)
                    seen = lists.setdefault((section, annex), [0, 0])
                    if number <= seen[1]:
                        seen[0] += 1
                    seen[1] = number
                    list_no = seen[0]
            clauses.append({"kind": section, "lines": [line], "notes": [], "where": _where(pages, i), "number": number,
                            "head": "", "annex": annex, "list": list_no})
            in_note = False
        elif _NOTE.match(line) or "예외" in line:
            if clauses and clauses[-1]["kind"] == section:
                clauses[-1]["notes"].append(line)
                in_note = True
            else:
                clauses.append({"kind": section, "lines": [line], "notes": [], "where": _where(pages, i), "number": None,
                                "head": "", "annex": annex})
                in_note = False
        elif clauses and clauses[-1]["kind"] == section:
            target = clauses[-1]["notes"] if in_note and clauses[-1]["notes"] else clauses[-1]["lines"]
            target[-1] = target[-1] + " " + line
        else:
            clauses.append({"kind": section, "lines": [line], "notes": [], "where": _where(pages, i), "number": None,
                            "head": "", "annex": annex})
    for c in clauses:
        c.setdefault("as_of", as_of)
    # an item printed twice (a summary of changes before the body): the later one is the notice's
    kept: dict[tuple, dict] = {}
    # each clause's parent: the last "1)"-numbered clause before it (a list of ①… items hangs under one)
    parents, parent = [], -1
    for k, c in enumerate(clauses):
        if re.match(r"^\s*\d{1,2}\)", " ".join(c["lines"])):
            parent = k
        parents.append(parent)
    for k, c in enumerate(clauses):
        text = " ".join(c["lines"])
        key = (c["kind"], c["annex"], c.get("list", 0), c["number"]) if c["number"] is not None else (c["kind"], _squeeze(text))
        if c["number"] is not None:
            # (the same number under another parent item — "1) … 갖춘 자: ① … ②" and "2) … 해당하는 경우: ① … ②" — is
            # another item, not the same printed twice: both stay, review 47 #8)
            key = (*key, parents[k])
        kept.pop(key, None)
        kept[key] = c
    # (a clause that says what it states disqualifies — "… 확인이 안 될 경우 입찰참가자격이 없습니다" — is an exclusion,
    # and so are the items under a lead-in that says so: "다음의 어느 하나에 해당하는 경우에는 참가자격이 없습니다: ① …
    # ②", "아래 각호에 … 해당하는 경우에는 … 참여할 수 없습니다" — review 47 #8, a tender's exclusions read as its
    # requirements)
    negating = {k for k, c in enumerate(clauses) if _DISQUALIFIES.search(" ".join(c["lines"]))}
    for k, c in enumerate(clauses):
        if c["kind"] == "include" and (k in negating or (parents[k] in negating and parents[k] != k
                                                          and re.match(rf"^\s*[{_CIRCLED}]", " ".join(c["lines"])))):
            c["kind"] = "exclude"
    # (the cells of an annex table's "①∼③ 중 필수 1개" column, read into the rows beside them: "… 자격요건 증빙서류 중 기본
    # 1개", "… 최종선정 제외 중 필수 1개")
    marked = {n for n, x in annex_lines.items() if _ONE_OF.search(re.sub(r"\s+", "", " ".join(x)))}
    debris = re.compile(r"(?:\s+(?:중|기본|필수|\d\s*개))+\s*$")
    for c in clauses:
        if c["annex"] in marked:
            c["lines"] = [debris.sub("", x) for x in c["lines"]]
            c["notes"] = [debris.sub("", x) for x in c["notes"]]
    criteria = []
    for n, c in enumerate(kept.values(), 1):
        text = re.sub(r"\s+", " ", " ".join(c["lines"])).strip()
        if len(re.findall(r"[가-힣A-Za-z]", text)) < 4:
            continue  # a page reference, a stray number
        if c["head"]:
            text = f"{c['head']}: {text}"
        category, rule, pattern = _rule_of(" ".join([text, *c.get("table", ())]), c["notes"], c["kind"], pats)
        # the date the clause is judged at: its own ("⑧ 신청일 기준 …"), else its section's ("신청 제외 대상 (사업
        # 신청‧접수 마감일 기준)") — review 58 #5: an arrear paid by the closing date does not exclude
        own = re.search(r"((?:모집\s*)?공고일|신청일|접수일|[가-힣‧·\s]{0,10}마감일)\s*기준", text)
        basis = own.group(0).strip() if own else c.get("as_of", "")
        if basis and "fact" in rule or basis and "all_of" in rule or basis and "confirm" in rule and c["kind"] == "exclude":
            rule = {**rule, "as_of": re.sub(r"\s+", " ", basis)}
        if c["annex"]:
            # detail of a body criterion: listed, not decided on its own
            rule = {**rule, "annex": True, "annex_no": c["annex"]}
            if c["number"] is not None:
                rule["item"] = [c.get("list", 0), c["number"]]  # (which list of the annex, which item of it)
        criteria.append(Criterion(id=f"C{len(criteria) + 1}", category=category, kind=c["kind"], text=text,
                                  where=c["where"], rule=rule, notes=tuple(c["notes"]), pattern=pattern))
    criteria = _annex_titles(_lead_ins(_routes(criteria)))
    criteria = _annex_programmes(criteria)
    criteria = _annex_programme_tables(criteria, annex_lines)
    listed = next(({k: v for k, v in c.rule.items() if k not in _ANNEX_KEYS} for c in criteria
                   if c.rule.get("none_of_codes")), None)
    if listed:
        coded = next((c for c in criteria if c.rule.get("none_of_codes") and c.rule.get("annex_no")),
                     next(c for c in criteria if c.rule.get("none_of_codes")))
        catch_all = _catch_all_row(annex_lines.get(coded.rule.get("annex_no") or 0, []))
        if catch_all:
            # a row of the list in words only ("5 그 외 경제질서 … 중소벤처기업부령으로 정하는 업종 -"): the codes
            # decide the coded rows, and that row is read by the applicant (review 58 #6)
            listed = {**listed, "catch_all": catch_all}
            if "하고자" in coded.text:
                listed["also_planned"] = True  # ("영위하고 있거나 또는 영위하고자 하는 자": an industry planned too)
        # "… 업종을 영위하는 자 ([붙임 3] 참조)": the list the notice prints elsewhere decides it
        criteria = [replace(c, rule={**listed, **_as_of(c.rule)}) if c.rule.get("fact") == "industry_excluded"
                    else replace(c, rule={**c.rule, **{k: v for k, v in listed.items() if k in ("catch_all", "also_planned")}})
                    if c.rule.get("none_of_codes") else c for c in criteria]
    criteria = _route_requirements(criteria, annex_lines)
    criteria += _procedures(lines, criteria, len(criteria))
    at = next((k for k, p in enumerate(lines[:12]) if re.search(r"공고|모집|notice", p, re.I)
               and not re.search(r"제\s*\d", p)), None)
    title = lines[at] if at is not None else ""
    if at and len(lines[at - 1].strip()) <= 40 and not re.search(r"제\s*\d|[다.:]\s*$|^\s*-\s*\d+\s*-\s*$", lines[at - 1]) \
            and re.search(r"[가-힣]", lines[at - 1]) and len(title.strip()) <= 30:
        # a title printed over two lines — the programme, then what the notice does ("2025년도 창업도약패키지(일반형)" /
        # "창업기업 모집 수정 공고"): both (review 58 #10: the programme's name was missing)
        title = f"{lines[at - 1].strip()} {title.strip()}"
    firsts = {}
    for d, w in zip(documents, documents_at):
        firsts.setdefault(d, w)
    return NoticeRules(file=doc.path, title=title.strip(), reference_date=_notice_date(lines),
                       criteria=tuple(criteria), documents=tuple(firsts), documents_where=tuple(firsts.values()),
                       later=tuple(_later_requests(lines, pages)))


#: a document's noun in a submissions table's row ("사업신청서", "사업계획서", "증빙서류", "확인서", "동의서", "사본")
_DOC_NOUN = re.compile(r"(?:신청서|계획서|서류|확인서|확약서|동의서|증명서?|사본|명부|등본)")
#: how long a document takes to obtain, as printed: "발급기간(약 3주)"
_LEAD = re.compile(r"발급\s*기간\s*\(?\s*(?:약\s*)?(\d{1,3})\s*(주|일|개월)\s*\)?")


def _later_requests(lines: list[str], pages: list[Optional[int]]) -> list[dict]:
    """What the notice asks beyond the application — of those who pass a stage, who are selected, or who are in a
    case (``parse.classify.notice_requests``) — each with where it is first printed, the time it takes to obtain
    where the notice says so ("발급기간(약 3주)"), and every deadline the notice prints for it, flagged where they
    differ (review 58 #2: 협약체결확약서 "선정 통보일 다음날부터 3일 이내" on p.1, "제출 요청일 다음 영업일로부터 3일
    이내" on p.11, "제출 요청일 다음날로부터 3일 이내" on p.12)."""
    from .parse.classify import deadlines_near, lines_naming, notice_requests
    from .report.redesign import request_stage

    flat_lines = [re.sub(r"\s+", " ", x) for x in lines]
    out = []
    for entry in notice_requests("\n".join(lines)):
        doc, _, who = entry.partition(": ")
        at = lines_naming(flat_lines, doc)
        item = {"document": doc, "who": who, "stage": request_stage(who),
                "where": _where(pages, at[0]) if at else ""}
        # (each deadline once, where it is first printed — the parse stage reads the same, for analyze's report)
        deadlines = {said: f"{_where(pages, i)}: {said}" for i, said in deadlines_near(flat_lines, at)}
        lead = ""
        for i in at:
            window = " ".join(flat_lines[max(0, i - 1):i + 5])
            if not lead and (m := _LEAD.search(window)):
                lead = re.sub(r"\s+", " ", m.group(0)).strip()
        if lead:
            item["lead"] = lead
        if deadlines:
            item["deadlines"] = list(deadlines.values())
            item["deadlines_differ"] = len(deadlines) > 1
        out.append(item)
    order = ("application", "screening", "selection", "case")
    return sorted(out, key=lambda x: order.index(x["stage"]) if x["stage"] in order else len(order))


#: the keys of a rule that say where an annex's clause is (not how it is decided)
_ANNEX_KEYS = ("annex", "annex_no", "item")
#: the keys of a rule that place it among the others (an annex's item, a route's detail), not how it is decided
_PLACE_KEYS = (*_ANNEX_KEYS, "route_of", "detail_of", "details", "requires", "annex_of_route", "as_of")


#: a clause saying that what it states, or the items under it, bar the applicant: "… 경우에는 참가자격이 없습니다", "…
#: 동 입찰에 참여할 수 없습니다", "신청할 수 없음"
_DISQUALIFIES = re.compile(r"(?:참가\s*)?자격이\s*없(?:습니다|음|다)|(?:참여|참가|신청|지원|입찰)할\s*수\s*없(?:습니다|음|다)")


#: a clause that introduces the items below it or points elsewhere: "다음 ①~③의 요건을 모두 충족하는 …",
#: "아래 어느 하나에 해당하는 자는 …", "(세부 요건은 ‘3. 신청자격’ 참조)"
_LEAD_IN = re.compile(r"(?:다음|아래)[^.。]{0,30}(?:요건|각\s*호|어느\s*하나|모두|항목|사항)|[①-⑳]\s*[~∼\-–]\s*[①-⑳]|"
                      r"\([^()]*참조\s*\)\s*$")


def _lead_ins(criteria: list[Criterion]) -> list[Criterion]:
    """A clause no pattern reads that only introduces the items after it, or points to another part of the
    notice, is no criterion of its own: listed (``lead_in``), not decided and not counted — its items are."""
    out = list(criteria)
    for i, c in enumerate(out):
        if "confirm" not in c.rule or not _LEAD_IN.search(c.text):
            continue
        if i + 1 < len(out):  # (a clause the notice ends with introduces nothing)
            out[i] = replace(c, rule={"lead_in": True}, category="lead_in")
    return out


def _not_counted(rule: dict) -> Optional[str]:
    """Why a criterion is listed but not decided on its own: an annex's detail, a lead-in, a route, a condition
    on how to apply."""
    return ("annex" if rule.get("annex") else "lead_in" if rule.get("lead_in") else
            "route_of" if rule.get("route_of") else "procedure" if rule.get("procedure") else
            "detail_of" if rule.get("detail_of") else None)


#: what a notice prints as the consequence of applying the wrong way, wherever it prints it: the application
#: is dropped (탈락), not evaluated, not signed, or only one kind may be applied for
_PROCEDURE = re.compile(r"탈락|평가\s*대상\s*에서\s*제외|평가\s*대상\s*제외|협약\s*(?:체결\s*)?대상\s*에서\s*제외|"
                        r"선정\s*대상\s*에서\s*제외|선정\s*(?:및\s*협약\s*)?취소|"
                        r"(?:\d|한)\s*개의?\s*(?:유형|분야|과제|트랙)만\s*신청")


def _procedures(lines: list[str], criteria: list[Criterion], numbered_from: int) -> list[Criterion]:
    """The conditions on how to apply that a notice prints outside its eligibility section, each with the
    consequence it states ("반드시 창업기업 대표자 본인이 신청‧접수하여야 하며, 타인이 신청‧접수하는 경우 탈락
    처리", "‘일반형’ 사업계획서 양식 … 그 외 양식으로 제출 시 평가 대상에서 제외", "1개의 유형만 신청 가능"):
    listed to read yourself, not counted in the verdict (they are about the application, not the company;
    applicant tools review 39 #6). A sentence printed over two lines is read whole; one the criteria already
    hold (a clause or its note) is not listed again."""
    held = {_squeeze(x) for c in criteria for x in (c.text, *c.notes)}
    out: list[Criterion] = []
    seen: set[str] = set()
    covered: set[int] = set()  # the lines of the sentences listed
    pages = _pages(lines)

    def starts(k: int) -> bool:  # a line that opens an item, a note or a heading: a sentence starts there
        x = lines[k].strip()
        if re.match(rf"^[{_CIRCLED}]\S", x) and len(re.findall(rf"[{_CIRCLED}]", x)) >= 2 and k > 0 \
                and not _SENTENCE_END.search(lines[k - 1]) and not _PAGE.match(lines[k - 1].strip()):
            return False  # ("… 모집은 / ①일반형, ②대기업 협업형, ③투자병행형 …": an enumeration inside the sentence)
        return bool(_MAIN.match(x) or _NOTE.match(x) or re.match(r"^\s*(?:□|■|<|\[|★)", x))

    for i, raw in enumerate(lines):
        line = raw.strip()
        if i in covered or _PAGE.match(line) or not _PROCEDURE.search(line):
            continue
        # the whole sentence, across its lines (review 58 #5: "혁신상 수상기업은 …" lost its subject, "… 참여" its end):
        # back to the line that opens it, on to the line that ends it (up to four lines each way)
        first = i
        while first > 0 and i - first < 4 and not starts(first) and not _PAGE.match(lines[first - 1].strip()) \
                and not _SENTENCE_END.search(lines[first - 1]):
            first -= 1
        last = i
        while last + 1 < len(lines) and last - i < 4 and not _PAGE.match(lines[last + 1].strip()) \
                and not starts(last + 1) and (not _SENTENCE_END.search(lines[last])
                                              or _GOES_ON.match(lines[last + 1])):
            last += 1
        if covered & set(range(first, last + 1)):
            continue
        text = " ".join(x.strip() for x in lines[first:last + 1])
        key = _squeeze(text)
        if key in seen or any(key in h or _squeeze(line) in h for h in held):
            continue
        seen.add(key)
        covered.update(range(first, last + 1))
        out.append(Criterion(id=f"C{numbered_from + len(out) + 1}", category="procedure", kind="include",
                             text=re.sub(r"\s+", " ", text).strip(),
                             where=_where(pages, i),
                             rule={"confirm": True, "procedure": True}))
    return _without_repeats(out, numbered_from)


#: where a notice's sentence ends: a verb's ending (…다, …함, …음, …임, …됨), or a noun a notice ends on (…가능, …불가,
#: …제외, …예정, …필수), or a full stop
_SENTENCE_END = re.compile(r"(?:[다함음임됨요]|것|가능|불가|제외|필수|예정|바람|[.。])\s*$")


#: a line that goes on with the sentence above it, whatever that line ended on ("평가대상 제외" / "및 탈락처리 되거나 …")
_GOES_ON = re.compile(r"^\s*(?:및|또는|등|하게|되거나|될\s|되어|되며|하며|이며)(?:\s|$)")


def _trigrams(text: str) -> set[str]:
    t = _squeeze(text)
    return {t[k:k + 3] for k in range(len(t) - 2)}


def _without_repeats(items: list[Criterion], numbered_from: int) -> list[Criterion]:
    """The conditions on how to apply, each once: one the notice prints twice in other words (the 60-point rule on
    pages 11 and 14: "평가 단계별 취득점수가 60점 미만일 경우 선정 대상에서 제외") is kept in its fuller wording, where
    that is printed (review 58 #5)."""
    kept: list[Criterion] = []
    for c in items:
        mine = _trigrams(c.text)
        twin = next((k for k, x in enumerate(kept) if mine and len(mine & _trigrams(x.text)) >= 0.5 * min(
            len(mine), len(_trigrams(x.text)))), None)
        if twin is None:
            kept.append(c)
        elif len(c.text) > len(kept[twin].text):
            kept[twin] = c
    return [replace(c, id=f"C{numbered_from + n}") for n, c in enumerate(kept, 1)]


def _annex_titles(criteria: list[Criterion]) -> list[Criterion]:
    """An annex's title alone ("붙임 3 지원 제외 대상 업종"), followed by that annex's own clauses, is a title,
    not a criterion: dropped (its clauses, and the body's clause that points to the annex, stay). Ids are
    given again in order."""
    out = []
    for i, c in enumerate(criteria):
        nxt = criteria[i + 1] if i + 1 < len(criteria) else None
        if c.rule.get("annex") and _ANNEX_HEAD.match(c.text) and len(_squeeze(c.text)) <= 30 and not c.notes \
                and nxt is not None and nxt.rule.get("annex") and not _ANNEX_HEAD.match(nxt.text):
            continue
        out.append(c)
    if len(out) == len(criteria):
        return criteria
    ids = {c.id: f"C{n}" for n, c in enumerate(out, 1)}

    def renamed(rule):
        if isinstance(rule, dict):
            return {k: renamed(v) for k, v in rule.items()}
        if isinstance(rule, list):
            return [renamed(v) for v in rule]
        return ids.get(rule, rule) if isinstance(rule, str) else rule
    return [replace(c, id=ids[c.id], rule=renamed(c.rule)) for c in out]


def _routes(criteria: list[Criterion]) -> list[Criterion]:
    """"신청자격 : 도약기 창업기업 또는 패스트 트랙 해당 기업" followed by "◦ (도약기 기업) …" and "◦ (패스트 트랙
    기업) …": the items are routes, one of which suffices. The clause gets ``any_of`` its routes; each
    route keeps its rule, marked ``route_of`` the clause, and is decided as part of it."""
    out = list(criteria)
    for i, c in enumerate(out):
        if c.kind != "include" or "또는" not in c.text or len(c.text) > 80:
            continue
        routes = []
        for d in out[i + 1:]:
            if d.kind != c.kind or not re.match(r"^\s*[◦○]", d.text):
                break
            routes.append(d)
        if len(routes) < 2:
            continue
        out[i] = replace(c, rule={"any_of": [r.id for r in routes]}, category="routes", pattern="routes")
        for r in routes:
            out[out.index(r)] = replace(r, rule={**r.rule, "route_of": c.id})
    return out


def _catch_all_row(lines: Sequence[str]) -> str:
    """The row of a list of excluded industries printed in words only, with no code: "그 외 경제질서, 미풍양속에
    현저히 어긋나는 업종으로 중소벤처기업부령으로 정하는 업종" (its row number and "-" cell, printed inside it by a PDF's
    reading order, taken out); "" where the list has none. "기타 사행시설 관리 및 운영업 91249" has its code."""
    text = " ".join(x.strip() for x in lines)
    m = re.search(r"그\s*외\s+[^*※]{4,160}업종(?=\s*[-–]?\s*(?:[*※]|$))", text)
    if not m:
        return ""
    row = re.sub(r"\s+\d{1,2}\s*[-–]\s+", "", m.group(0))
    return re.sub(r"\s+", " ", row).strip()


#: "①∼③ 중 1개", "①~③ 중 필수 1개": items of a list that are alternatives (one of them is enough)
_ONE_OF = re.compile(rf"[{_CIRCLED}][~∼\-–][{_CIRCLED}]중.{{0,80}}?(?:\d개|하나|한개)")


def _route_requirements(criteria: list[Criterion], annex_lines: dict[int, list[str]]) -> list[Criterion]:
    """What each route of a "… 또는 …" clause (``any_of``) needs besides its own words (review 58 #3):
    - the notice body's criteria of the kind only that route sets ("창업 후 3년 초과 7년 이내", "신청가능 업력:
      2018. 2. 20. ~ 2022. 2. 19." beside the routes 도약기 — a business age — and 패스트트랙 — prior participation):
      details of that route (``detail_of``), decided with it, not against an applicant who takes another route;
    - the annex the route names ("[붙임 4]의 자격 요건을 충족하는 자"): its numbered lists, each list one of its
      items where the annex prints "①∼③ 중 1개", else all of them (``requires``: a list of groups, ``one_of``)."""
    by_id = {c.id: c for c in criteria}
    out = {c.id: c for c in criteria}
    for parent in criteria:
        routes = [by_id[x] for x in parent.rule.get("any_of") or () if x in by_id]
        if len(routes) < 2:
            continue
        cats = {r.id: {r.category} | {p.get("fact") for p in (r.rule.get("all_of") or [r.rule]) if isinstance(p, dict)}
                for r in routes}
        for c in criteria:
            if c.kind != "include" or c.id == parent.id or c in routes or _not_counted(c.rule) or "confirm" in c.rule:
                continue
            mine = [r for r in routes if c.category in cats[r.id] or c.rule.get("fact") in cats[r.id]]
            if len(mine) == 1:
                out[c.id] = replace(c, rule={**c.rule, "detail_of": mine[0].id})
                route = out[mine[0].id]
                out[route.id] = replace(route, rule={**route.rule, "details": [*route.rule.get("details", []), c.id]})
        for r in routes:
            m = re.search(r"붙임\s*(\d+)", r.text)
            if not m:
                continue
            n = int(m.group(1))
            items = [c for c in criteria if c.rule.get("annex_no") == n and c.rule.get("item")]
            if not items:
                continue
            lists: dict[int, list[Criterion]] = {}
            for c in items:
                lists.setdefault(c.rule["item"][0], []).append(c)
            # (spaces out, not NFKC: "①" must stay a circled number)
            alternatives = len(_ONE_OF.findall(re.sub(r"\s+", "", " ".join(annex_lines.get(n, [])))))
            groups = []
            for k, (_, members) in enumerate(sorted(lists.items())):
                groups.append({"one_of" if k < alternatives else "all_of": [c.id for c in members]})
                for c in members:
                    out[c.id] = replace(out[c.id], rule={**out[c.id].rule, "detail_of": r.id})
            route = out[r.id]
            out[r.id] = replace(route, rule={**route.rule, "requires": groups, "annex_of_route": n})
            for c in criteria:
                # (the annex's heading rows — "□ 패스트트랙 해당 기업 자격 요건 구분 세부 자격요건 증빙서류" — are headings)
                if c.rule.get("annex_no") == n and "confirm" in c.rule and not c.rule.get("item") \
                        and c.text.lstrip().startswith(("□", "■")):
                    out[c.id] = replace(c, rule={"lead_in": True, "annex": True, "annex_no": n}, category="lead_in")
    return [out[c.id] for c in criteria]


def _annex_programme_tables(criteria: list[Criterion], annex_lines: dict[int, list[str]]) -> list[Criterion]:
    """A body clause on programmes "[붙임 N] 참고" points to, whose annex is a table of programmes read as lines
    ("연번 창업지원사업명 소관 부처" / "1 ㆍ예비창업패키지 중소벤처기업부" …) but opened no list of criteria:
    "⑥ 2025년 … ‘창업 사업화 지원사업’에 선정되어 사업을 수행 중인 자(기업), [붙임 5] 참고" is decided by the
    table's programmes, in the year the clause names (review 58 #4)."""
    out = list(criteria)
    for k, c in enumerate(criteria):
        m = re.search(r"붙임\s*(\d+)", c.text)
        if c.kind != "exclude" or not m or "confirm" not in c.rule or _not_counted(c.rule):
            continue
        if not re.search(r"수행\s*중|선정\s*되|지원\s*받", c.text):
            continue
        lines = annex_lines.get(int(m.group(1)), [])
        if not any(re.search(r"사업명|지원사업명|프로그램명", x) for x in lines[:4]):
            continue
        names = []
        for x in lines[1:]:
            row = re.match(r"^\s*\d{1,3}\s+[ㆍ·•]?\s*(.+?)\s*$", x)
            if not row:
                continue
            words = row.group(1).split()
            cut = next((i for i, w in enumerate(words) if i and _AGENCY_WORD.match(w)), len(words))
            name = " ".join(words[:cut])
            if len(_squeeze(name)) >= 3:
                names.append(name)
        if len(names) < 2:
            continue
        year = re.match(rf"^\W*[{_CIRCLED}]?\s*(\d{{4}})\s*년", c.text)
        rule = {"fact": "prior_support", "none_of": names, "annex_list": int(m.group(1))}
        if year:
            rule["year"] = year.group(1)  # ("2025년 … 선정되어 수행 중인 자": that year's selections)
        out[k] = replace(c, rule={**rule, **_as_of(c.rule)}, category="exclusion", pattern="annex_programmes")
    return out


def notice_rules(path: str | Path, extra: Sequence[str] = ()) -> NoticeRules:
    """The criteria of a notice file, read in the isolated readers (a notice comes from outside);
    raises :class:`formslim.errors.InputFileError` when the file cannot be read."""
    from .errors import InputFileError
    from .model import Problem
    from .parse.runner import read_items

    result = read_items([(str(path), Path(path).name)], what="text")[0]
    if isinstance(result, Problem):
        raise InputFileError(result.file, result.code, result.message)
    return read_notice(result, extra)


def load_plan_form(path: str | Path) -> Optional[dict]:
    """The consolidated form (``form.json``) beside a plan, where the report folder holds one; None otherwise."""
    path = Path(path)
    form = (path if path.is_dir() else path.parent) / "form.json"
    try:
        data = json.loads(form.read_text(encoding="utf-8")) if form.is_file() else None
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def load_plan(path: str | Path) -> dict:
    """A reduction plan: ``plan.json`` of a report folder (or the file itself)."""
    path = Path(path) / "plan.json" if Path(path).is_dir() else Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        # (said in words, not as Python's "FileNotFoundError": review 64 #11)
        raise FormslimError(f"{path}: no plan here (give the folder formslim analyze wrote, or its plan.json)") from None
    except UnicodeDecodeError:
        raise FormslimError(f"{path}: cannot read the plan (not UTF-8 text)") from None
    except ValueError:
        raise FormslimError(f"{path}: cannot read the plan (not JSON)") from None
    except OSError as exc:
        raise FormslimError(f"{path}: cannot read the plan ({exc.strerror or 'cannot open it'})") from None


def _fill(value, groups: tuple):
    if isinstance(value, str):
        def sub(m):
            g = groups[int(m.group(1)) - 1] if int(m.group(1)) <= len(groups) else None
            return g or ""
        return re.sub(r"\{(\d+)\}", sub, value)
    if isinstance(value, list):
        return [_fill(v, groups) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, groups) for k, v in value.items()}
    return value


#: where an annex row's programme name ends: the agency in charge, in the next column ("중소벤처기업부", "부산광역시")
_AGENCY_WORD = re.compile(r"^(?:[가-힣]+(?:부|청|처|위원회|광역시|특별시|특별자치시|특별자치도|도|시|군|구|공단|진흥원|재단))$")


def _annex_programmes(criteria: list[Criterion]) -> list[Criterion]:
    """An annex that lists the programmes whose past support excludes ("[붙임 2] 신청 제외 대상 창업지원사업 목록":
    연번 | 사업명 | 소관 | 제외 범위) decides the body's clause that points to it ("① [붙임 2]의 … 지원받은 이력이
    있는 자"): each row's programme, from the year its row names where it names one ("2022년 이후 선정자")."""
    out = list(criteria)
    for k, c in enumerate(criteria):
        m = _ANNEX_HEAD.match(c.text)
        if not (m and c.rule.get("annex") and re.search(r"사업명|프로그램|지원사업", c.text[:60])):
            continue
        body = re.split(r"(?:^|\s)1\s+(?=[가-힣A-Za-z])", c.text, maxsplit=1)
        rows = re.split(r"\s\d{1,2}\s+(?=[가-힣A-Za-z])", " " + body[1]) if len(body) == 2 else []
        names, since = [], {}
        for row in rows:
            words = row.split()
            cut = next((i for i, w in enumerate(words) if _AGENCY_WORD.match(w)), None)
            name = " ".join(words[:cut]) if cut else ""
            if len(_squeeze(name)) < 4:
                continue
            names.append(name)
            year = re.search(r"(\d{4})\s*년\s*(?:이후|부터|이래)", row)
            if year:
                since[name] = year.group(1)
        if len(names) < 2:
            continue
        rule = {"fact": "prior_support", "none_of": names, **({"since_each": since} if since else {})}
        out[k] = replace(c, rule={**rule, "annex": True}, category="exclusion")
        # the body's clause that points to this annex is decided by its list
        for j, b in enumerate(out):
            if j != k and not b.rule.get("annex") and re.search(rf"붙임\s*{m.group(1) or m.group(2)}\b", b.text) \
                    and b.rule.get("fact") == "prior_support":
                out[j] = replace(b, rule={**rule, **_as_of(b.rule)})
    return out


def _as_of(rule: dict) -> dict:
    """The reference date a rule carries, to keep when its test is replaced by an annex's."""
    return {"as_of": rule["as_of"]} if rule.get("as_of") else {}


def _programme_names(text: str) -> list[str]:
    """The programmes a clause names: "창업도약패키지", "중소벤처기업부 스마트상점 기술보급사업" (up to two words
    before a name ending in 패키지, 중심대학, 사관학교 or 사업), not one made of generic words only ("지원사업",
    "사업화 지원 사업", "동일 사업")."""
    # (with the bracket that says which track: "창업중심대학(도약기 창업기업)" is not "(초기 창업기업)")
    names = set()
    for m in re.finditer(r"[가-힣A-Za-z]+(?:패키지|중심대학|사관학교)(?:\([^()]{1,20}\))?", text):
        name = re.sub(r"\s+", " ", m.group(0))
        # a name printed with a space inside it ("재도전 성공패키지"): the word before, where it is a word of the name
        # (not a year, a particle or a conjunction: "’24년 초기창업패키지", "중 창업도약패키지")
        before = re.search(r"(?:^|\s)([가-힣]{2,})\s$", text[:m.start()])
        if before and not re.search(r"(?:년|및|또는|중|의|은|는|이|가|을|를|에|와|과|등|부)$", before.group(1)):
            name = f"{before.group(1)} {name}"
        names.add(name)
    for m in re.finditer(r"((?:[가-힣A-Za-z]+\s){0,2}[가-힣A-Za-z]*사업)(?=\s*(?:으로|에서|에|을|를|의|또는|및|이나|,|\(|$))",
                         text):
        words = m.group(1).split()
        while words and (re.search(r"(?:이후|부터|이래|년|중|및|또는)$", words[0]) or words[0] in ("타", "기타")):
            words = words[1:]
        name = " ".join(words)
        if name and not all(re.fullmatch(r"(?:사업화|지원|사업|보조|정부|국고|재정|동일|유사|해당|본|기타|타|창업|국가)+", w)
                            for w in words) and len(_squeeze(name)) >= 5:
            names.add(name)
    return sorted(names)


#: a number in a table printed as text: a code, a range of codes ("64~66"), or a row's number
_CODE_CELL = re.compile(r"(?<![\d.])(\d{1,5})(?:\s*[~∼]\s*(\d{2,5}))?(?![\d.%])")


def _ksic_codes(text: str) -> tuple[list[str], list[str]]:
    """The KSIC codes of a table of excluded industries, read as the notice prints it in text ("1 일반유흥
    주점업 56211 2 무도유흥주점업 56212 … 6 금융 및 보험업 64~66 7 부동산업 68 단, 부동산 중개 및 대리업(68221)은
    신청 가능"): a code follows an industry's name (2 to 5 digits, a range "64~66" or a list "711, 712"), a
    row number follows the previous row (1, 2, 3 … in order); a code in brackets that the notice says may
    still apply ("(56213)은 신청 가능") is an exception. Returns (excluded, allowed)."""
    excluded: list[str] = []
    allowed: list[str] = []
    row = 1
    for m in _CODE_CELL.finditer(text):
        lo, hi = m.group(1), m.group(2)
        if hi is None and len(lo) <= 2 and int(lo) == row:
            row += 1  # the table's row number
            continue
        before = text[:m.start()].rstrip()
        if len(lo) < 2 or not before:
            continue
        after = text[m.end():m.end() + 20]
        bracketed = before.endswith("(") and after.lstrip().startswith(")")
        follows_name = re.search(r"[가-힣)]$", before) is not None or (
            re.search(r"\d\s*,$", before) is not None and bool(excluded))  # "711, 712"
        if not (bracketed or follows_name):
            continue
        values = [str(n).zfill(len(lo)) for n in range(int(lo), int(hi) + 1)] if hi and len(hi) == len(lo) \
            and 0 <= int(hi) - int(lo) <= 20 else [lo]
        if bracketed:
            if re.match(r"\)\s*(?:은|는)?[^.,]{0,12}가능", after.lstrip()):
                allowed += values
            elif re.search(r"제외", after) or re.search(r"[가-힣]\s*\($", before):
                # "(…)은 제외", or a list that prints each industry with its code: "일반 유흥 주점업(56211)"
                excluded += values
            continue
        excluded += values
    return sorted(set(excluded) - set(allowed)), sorted(set(allowed))


def _rule_of(text: str, notes: list[str], kind: str, pats: _Patterns) -> tuple[str, dict, str]:
    """The category, rule and pattern id(s) of a clause: every pattern that reads it (a clause may set
    two conditions: "중소기업의 대표자 … 창업 3년 초과 7년 이내"), else a clause to read yourself."""
    found: list[tuple[str, dict, str]] = []
    for p in pats.patterns:
        m = re.search(p["regex"], text)
        if not m:
            continue
        if p.get("needs") and not any(w in text for w in p["needs"]):
            continue
        if p.get("not") and any(w in text for w in p["not"]) and kind == "include":
            continue
        if p.get("only") and p["only"] != kind:
            continue
        rule = _fill(p["rule"], m.groups())
        for op in ("none_of", "took_part_in"):
            if rule.get(op) == "programme":
                names = _programme_names(text)
                if not names:
                    break
                rule = {**rule, op: names}
        if "programme" in (rule.get("none_of"), rule.get("took_part_in")):
            continue
        for k in ("from", "to"):
            # "’22∼’24년": two-digit years are this century's
            if isinstance(rule.get(k), str) and re.fullmatch(r"\d{2}", rule[k]):
                rule[k] = f"20{rule[k]}"
        if p["category"] == "industry":
            codes, allowed = _ksic_codes(text)
            if len(codes) >= 3:  # the notice prints the excluded industries' KSIC codes
                rule = {"fact": "industry_ksic", "none_of_codes": codes}
                if allowed:
                    rule["except_codes"] = allowed
        if any(f[1] == rule for f in found):
            continue
        found.append((p["category"], rule, p["id"]))
    if not found:
        return ("exclusion" if kind == "exclude" else "other"), {"confirm": True}, ""
    if len(found) == 1:
        return found[0]
    return found[0][0], {"all_of": [f[1] for f in found]}, ",".join(f[2] for f in found)


# ------------------------------------------------------------------ the self-check

class _ProfileLoader(yaml.SafeLoader):
    """YAML as a profile is read: a date stays the text it was written as (as_date reads it), so an impossible date
    written unquoted ("founding_date: 2021-02-30") is that key's problem, named, not the whole profile's failure
    (review 64 #10: "a value in the profile is not valid", no key, every other check lost)."""


_ProfileLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

#: yes and no as a Korean or English profile writes them (review 64 #8: "tax_arrears: 아니오" was "not true or false",
#: while formslim's own Korean rule prints "체납: 아니오")
_YES = {"예", "네", "있음", "yes", "y", "true"}
_NO = {"아니오", "아니요", "없음", "no", "n", "false"}


def _yes_no_value(v):
    if isinstance(v, str):
        word = v.strip().lower()
        return True if word in _YES else False if word in _NO else v
    return v


def load_profile(path: str | Path) -> tuple[dict, list[str]]:
    """A company profile (YAML mapping) and what is wrong with it (unknown types), never a traceback."""
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_ProfileLoader)  # noqa: S506 (a SafeLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise FormslimError(f"{path}: cannot read the profile ({type(exc).__name__})") from None
    except yaml.YAMLError as exc:
        raise FormslimError(f"{path}: the profile is not valid YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise FormslimError(f"{path}: the profile must be a mapping of facts (key: value)")
    data = {k: _yes_no_value(v) for k, v in data.items()}
    problems = []
    for key in ("founding_date", "application_date", "representative_birth_date"):
        if key in data and as_date(data[key]) is None:
            problems.append(f"{key}: not a date ({data[key]!r}); use YYYY-MM-DD")
    for key in ("is_preliminary_founder", "tax_arrears", "participation_restricted", "closed", "subsidy_excluded",
                "loan_default"):
        if key in data and not isinstance(data[key], bool):
            problems.append(f"{key}: not true or false ({data[key]!r})")
    from .prefill import invalid_values

    said = {p.split(":")[0] for p in problems}
    # (every value checked as fill checks it — one profile, one format, one check for both commands: review 58 #7)
    problems += [f"{key}: {why}" for key, _, why in invalid_values(data) if key.split(" ")[0] not in said]
    if data.get("size_class") is not None:
        values, aliases = _size_classes()
        given = str(data["size_class"]).strip()
        named = aliases.get(given.lower(), given)
        if named not in values:
            # (a class no rule knows would fail every size criterion: "cannot tell" instead, and said here)
            problems.append(f"size_class: {given!r} is none of {', '.join(values)}; left out")
            data = {k: v for k, v in data.items() if k != "size_class"}
        elif named != given:
            data = {**data, "size_class": named}
    return data, problems


@lru_cache(maxsize=1)
def _builtin() -> dict:
    """data/eligibility.yaml as shipped, read once."""
    return yaml.safe_load(resources.files("formslim").joinpath("data/eligibility.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _size_classes() -> tuple[tuple[str, ...], dict[str, str]]:
    """The size classes a profile may name (data/eligibility.yaml ``size_classes``), and English words for them."""
    sc = _builtin().get("size_classes") or {}
    return tuple(str(v) for v in sc.get("values") or ()), {str(k).lower(): str(v) for k, v in (sc.get("aliases") or {}).items()}


def _other_count(r: dict) -> str:
    """The notice's own word for a headcount where it is not the 상시근로자 수 the profile's ``employees`` is
    ("고용인원 (대표자 제외)": counted on a date from the 4대 보험 roll, not a yearly average); "" otherwise."""
    word = re.sub(r"\s+", " ", str(r.get("counted") or "")).strip()
    return "" if not word or re.sub(r"\s", "", word).startswith("상시근로자") else word


def _counted_note(r: dict) -> str:
    word = _other_count(r)
    return f"; the notice counts {word}: check the profile's employees is that count" if word else ""


def _counted_rule(r: dict, ko: bool) -> str:
    word = _other_count(r)
    if not word:
        return ""
    return (f" (공고문이 세는 수: {word} — 상시근로자 수(연평균)와 다를 수 있음)" if ko else
            f" (the notice counts {word}, which may differ from the yearly average of employees)")


#: what a rule may test a fact by
RULE_OPERATORS = {"between", "age_years", "in", "equals", "age_at_most", "none_of", "none_of_codes", "at_least",
                  "took_part_in",
                  "at_least_eok", "age_at_least", "at_most", "at_most_eok", "on_or_after", "on_or_before"}


def rule_problems(rules: NoticeRules, profile: Optional[dict]) -> list[str]:
    """What is wrong between a rules file and a profile: a rule formslim cannot decide (a misspelt
    operator), a confirmed id no criterion has, a profile key neither documented nor named by a rule."""
    out = []
    ids = {c.id for c in rules.criteria}
    facts = set()
    for c in rules.criteria:
        parts = c.rule.get("all_of") or [c.rule]
        for r in parts:
            if not isinstance(r, dict):
                out.append(f"{c.id}: a rule must be a mapping")
                continue
            if "fact" in r:
                facts.add(str(r["fact"]))
                if not RULE_OPERATORS & set(r):
                    out.append(f"{c.id}: rule on {r['fact']} has no test formslim knows "
                               f"({', '.join(sorted(set(r) - {'fact'})) or 'none'}; use one of {', '.join(sorted(RULE_OPERATORS))})")
            elif not ({"confirm", "any_of", "all_of", "lead_in"} & set(r)):
                out.append(f"{c.id}: rule names no fact to test and is no 'confirm'")
    if profile is not None:
        for x in confirmed_ids(profile):
            if x not in ids:
                out.append(f"confirmed: {x} is no criterion of these rules")
        for k in profile:
            if k not in CORE_KEYS and k not in facts and k != "facts":
                out.append(f"{k}: not a documented profile key, and no rule names it (a typo?)")
    return out


def _months_before(d: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the month's last day where it has no such day)."""
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def _years_before(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _figure(v, year: str = ""):
    """A profile's figure as a number: ``v`` itself, or of a mapping year → number the named ``year``'s (else
    the latest); a message with ``{fact}`` to fill in where there is none."""
    value = v
    if isinstance(v, dict) and v:
        keyed = {str(k): x for k, x in v.items()}
        if year and year not in keyed:
            return f"the profile gives no {{fact}} for {year}"
        value = keyed[year] if year else v[max(v)]
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return f"{{fact}} {v!r} is not a number"


def _before(support, year) -> bool:
    """Whether a profile's prior support ({programme, year}) is dated before ``year``; one without a year is not."""
    return isinstance(support, dict) and str(support.get("year", "")).strip().isdigit() \
        and int(str(support["year"]).strip()) < int(year)


def decide(c: Criterion, profile: dict, reference: Optional[dt.date]) -> Decision:
    """A criterion decided for a company: by its rule from the profile's facts; where the rule cannot tell,
    the profile's ``confirmed`` list settles it (the reader checked the clause); a confirmation never
    overrides facts that say the criterion is not met — it is noted beside them."""
    d = _decide(c, profile, reference)
    if c.id not in confirmed_ids(profile) or d.outcome == "met":
        return d
    unreadable = d.fact is not None and d.fact in d.missing and profile.get(d.fact) is not None
    if d.outcome == "unknown" and not d.unless and not unreadable:
        # (a value the profile gives but formslim cannot read — "industry_ksic: 일반유흥주점업" — is a fact to correct,
        # which a confirmation does not settle; a list's row in words only, or a fact not given, it does)
        return Decision(c.id, "met", f"the profile confirms this clause (confirmed), which formslim could not "
                                     f"decide: {d.reason}", fact=d.fact, value=d.value)
    # the facts fail it: a confirmation (an exception claimed) does not make it met — the agency decides on
    # the proof of the exception (SelfCheck's verdict stays "unknown", never "eligible")
    return replace(d, reason=f"{d.reason} (listed under 'confirmed', but the profile's facts say otherwise)")


def confirmed_ids(profile: dict) -> list[str]:
    """The criterion ids a profile's ``confirmed`` lists: a list, or one id or several written as a string
    ("C6", "C6, C9")."""
    given = profile.get("confirmed") or []
    if isinstance(given, (str, int)):
        given = re.split(r"[\s,]+", str(given))
    return [str(x).strip() for x in given if str(x).strip()]


def _decide(c: Criterion, profile: dict, reference: Optional[dt.date]) -> Decision:
    r = {k: v for k, v in c.rule.items() if k not in _PLACE_KEYS}
    c = replace(c, rule=r)
    if r.get("lead_in"):
        return Decision(c.id, "met", "a lead-in to the clauses after it (decided by them); not counted")
    if "all_of" in r:
        parts = [_decide(replace(c, rule=sub), profile, reference) for sub in r["all_of"]]
        outcome = "not_met" if any(p.outcome == "not_met" for p in parts) else (
            "met" if all(p.outcome == "met" for p in parts) else "unknown")
        return Decision(c.id, outcome, "; ".join(p.reason for p in parts),
                        missing=tuple(m for p in parts for m in p.missing))
    if "confirm" in r:
        if c.id in confirmed_ids(profile):
            return Decision(c.id, "met", "the profile confirms this clause (confirmed)")
        return Decision(c.id, "unknown", "read this clause yourself; list its id under 'confirmed' once " + (
            "you have checked it does not apply to you" if c.kind == "exclude" else "you meet it"),
            missing=("confirmed",))
    fact = r.get("fact")
    if fact not in profile or profile.get(fact) is None:
        return Decision(c.id, "unknown", f"the profile does not say {fact}", fact=fact, missing=(fact,))
    v = profile[fact]
    ok: Optional[bool] = None
    why = ""
    if "between" in r:
        d, lo, hi = as_date(v), as_date(r["between"][0]), as_date(r["between"][1])
        if d is None or lo is None or hi is None:
            return Decision(c.id, "unknown", f"{fact} or the window is not a date", fact=fact, value=v)
        ok, why = lo <= d <= hi, f"{fact} {d} {'within' if lo <= d <= hi else 'outside'} {lo} – {hi}"
    elif "age_years" in r or "age_at_least" in r:
        d = as_date(v)
        ref = reference or as_date(profile.get("application_date"))
        if d is None or ref is None:
            return Decision(c.id, "unknown", "no reference date (the notice's date or application_date)",
                            fact=fact, value=v, missing=() if d else (fact,))
        if "age_at_least" in r:
            # "사업자등록일로부터 6개월 이상 경과": founded at least that long before the reference date
            n, unit = int(r["age_at_least"]["n"]), r["age_at_least"].get("unit", "년")
            limit = _months_before(ref, n * 12 if unit == "년" else n)
            ok, why = d <= limit, f"{fact} {d}; needs on or before {limit} ({n}{unit} by the reference date {ref})"
        else:
            a = r["age_years"]
            ok, parts = True, []
            if a.get("above"):
                limit = _years_before(ref, int(a["above"]))
                good = d < limit if a.get("above_how") == "초과" else d <= limit
                ok &= good
                parts.append(f"founded {'before' if a.get('above_how') == '초과' else 'on or before'} {limit}")
            if a.get("below"):
                limit = _years_before(ref, int(a["below"]))
                good = d > limit if a.get("below_how") == "미만" else d >= limit
                ok &= good
                parts.append(f"founded {'after' if a.get('below_how') == '미만' else 'on or after'} {limit}")
            why = f"{fact} {d}; needs " + " and ".join(parts) + f" (reference date {ref})"
    elif "on_or_after" in r or "on_or_before" in r:
        # "2018. 4. 8. 이후 창업한 기업", "1985. 3. 15. 이후 출생자", "(2024. 5. 12. 이전 개업)": the date the notice
        # prints, itself included
        after = "on_or_after" in r
        d, limit = as_date(v), as_date(r["on_or_after" if after else "on_or_before"])
        if d is None or limit is None:
            return Decision(c.id, "unknown", f"{fact} or the printed date is not a date", fact=fact, value=v)
        ok = d >= limit if after else d <= limit
        why = f"{fact} {d}; needs on or {'after' if after else 'before'} {limit} (the date the notice prints)"
    elif "at_most" in r or "at_most_eok" in r:
        # "직전년도(2024년) 매출액 100억원 이하", "상시근로자 5명 미만": that year's figure where the clause names
        # one (a mapping year → number), else the latest
        year = str(r.get("year") or "")
        number = _figure(v, year)
        if isinstance(number, str):
            return Decision(c.id, "unknown", number.format(fact=fact), fact=fact, value=v, missing=(fact,))
        need = float(r["at_most"]) if "at_most" in r else float(r["at_most_eok"]) * 100_000_000
        under = r.get("how") == "미만"
        ok = number < need if under else number <= need
        why = f"{fact}{f' ({year})' if year else ''} is {number:,.0f}; needs {'under' if under else 'at most'} {need:,.0f}" \
            + _counted_note(r)
    elif "at_least" in r or "at_least_eok" in r:
        # revenue as a number, or a mapping year → number (the latest year counts)
        number = _figure(v)
        if isinstance(number, str):
            return Decision(c.id, "unknown", number.format(fact=fact), fact=fact, value=v, missing=(fact,))
        need = float(r["at_least"]) if "at_least" in r else float(r["at_least_eok"]) * 100_000_000
        ok, why = number >= need, f"{fact} is {number:,.0f}; needs at least {need:,.0f}" + _counted_note(r)
    elif "in" in r:
        if fact == "region":
            # "부산" matches "부산광역시", "부산 해운대구"
            ok = any(str(x) and _squeeze(str(v)).startswith(_squeeze(str(x))) for x in r["in"])
        else:
            ok = str(v) in [str(x) for x in r["in"]]
        why = f"{fact} is {v!r}; needs one of {', '.join(map(str, r['in']))}"
        limits = r.get("employees_under_by_ksic")
        if ok and limits and profile.get("employees") is not None and profile.get("industry_ksic"):
            # the law's own test of the size the profile claims: the employees under the limit of its industry
            division = re.sub(r"\D", "", str(profile["industry_ksic"]))[:2]
            limit = next((int(x["limit"]) for x in limits if not x.get("divisions") or any(
                division and int(lo) <= int(division) <= int(hi or lo)
                for lo, _, hi in (part.strip().partition("-") for part in str(x["divisions"]).split(",")))), None)
            try:
                employees = float(str(profile["employees"]).replace(",", ""))
            except ValueError:
                employees = None
            if limit is not None and employees is not None:
                ok = employees < limit
                why += f"; employees {employees:g} (KSIC {profile['industry_ksic']}): the law's limit is under {limit}"
    elif "equals" in r:
        if isinstance(r["equals"], bool) and not isinstance(v, bool):
            # "closed: 'no'": a value formslim cannot read decides nothing (the profile's problems say so too)
            return Decision(c.id, "unknown", f"{fact} is {v!r}: not true or false", fact=fact, value=v, missing=(fact,))
        ok, why = v == r["equals"], f"{fact} is {_yes_no(v, 'en')}; needs {_yes_no(r['equals'], 'en')}"
    elif "age_at_most" in r:
        d = as_date(v)
        ref = reference or as_date(profile.get("application_date"))
        if d is None or ref is None:
            return Decision(c.id, "unknown", "no birth date or reference date", fact=fact, value=v)
        age = ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))
        limit = int(r["age_at_most"])
        ok = age <= limit if r.get("how") != "미만" else age < limit
        why = f"representative is {age} (만) on {ref}; needs {'at most' if r.get('how') != '미만' else 'under'} {limit}"
    elif "none_of_codes" in r:
        given = v if isinstance(v, list) else [v]
        # "I56211", "56211", "5621-1": the section letter and punctuation are not the code
        codes = [re.sub(r"\D", "", str(x)) for x in given]
        if not codes or any(len(x) < 2 for x in codes):
            return Decision(c.id, "unknown", f"{fact} {v!r} is not a KSIC code (give the 5-digit code)",
                            fact=fact, value=v, missing=(fact,))
        allowed = tuple(r.get("except_codes") or ())
        hits = sorted({x for x in codes for code in r["none_of_codes"] if x.startswith(code)
                       and not any(x.startswith(e) for e in allowed)})
        # a code broader than an excluded one ("5621" 주점업 holds 56211 excluded and 56213 not): which
        # industry it is the profile must say
        broad = sorted({x for x in codes if x not in hits for code in r["none_of_codes"] if code.startswith(x)
                        and len(code) > len(x)})
        if not hits and broad:
            within = sorted({code for x in broad for code in r["none_of_codes"] if code.startswith(x)})
            return Decision(c.id, "unknown", f"{fact} {', '.join(broad)} is broader than the excluded codes "
                            f"{', '.join(within)}: give the 5-digit code", fact=fact, value=v, missing=(fact,))
        ok, why = not hits, (f"{fact} {', '.join(hits)} is an excluded industry" if hits else
                             f"{fact} {', '.join(codes)} is not among the {len(r['none_of_codes'])} excluded codes")
        if ok and r.get("catch_all") and c.id not in confirmed_ids(profile):
            return Decision(c.id, "unknown", why + f"; met for the coded rows, but the list's row '{r['catch_all']}' "
                            "has no code: read it yourself" + (" (it covers an industry the company plans to run "
                                                               "too)" if r.get("also_planned") else ""),
                            fact=fact, value=v, missing=("confirmed",))
        if ok and re.search(r"그\s*외|기타", c.text) and c.id not in confirmed_ids(profile):
            return Decision(c.id, "unknown", why + "; the list's catch-all entry ('그 외 …') is in words only: read it "
                            f"and list {c.id} under 'confirmed'", fact=fact, value=v, missing=("confirmed",))
    elif "took_part_in" in r:
        return _took_part_in(c, r, v)
    elif "none_of" in r:
        past = v if isinstance(v, list) else [v]
        undated = []
        if r.get("year"):
            # "2025년 … 선정되어 수행 중인 자": that year's selections only; one without a year cannot be told
            undated = [x for x in past if not (isinstance(x, dict) and str(x.get("year", "")).strip().isdigit())]
            past = [x for x in past if isinstance(x, dict) and str(x.get("year", "")).strip() == str(r["year"])]
        if r.get("since"):
            # "2023년 이후 … 지원받은 자": support before that year does not count (one without a year may)
            past = [x for x in past if not _before(x, r["since"])]
        for name, year in (r.get("since_each") or {}).items():
            # an annex row's own window ("초기창업패키지 — 2022년 이후 선정자")
            past = [x for x in past if not (_before(x, year) and _squeeze(name) in _squeeze(str(x.get("programme", ""))))]
        names = [str(x.get("programme", "")) if isinstance(x, dict) else str(x) for x in past]
        # (the notes that add programmes: "’21~’22년 창업도약패키지 대기업 협업 프로그램(에그, 씨앗 …)도 포함하여 신청불가")
        also = [n for note in c.notes if re.search(r"포함", note) and re.search(r"불가|제외", note)
                for n in _note_names(note)]
        hits = list(dict.fromkeys(n for n in names for p in [*r["none_of"], *also]
                                  if n.strip() and _same_programme(n, p)))
        shown = r["none_of"] if len(r["none_of"]) <= 6 else [*r["none_of"][:6], f"… {len(r['none_of']) - 6} more"]
        ok, why = not hits, (f"prior support includes {', '.join(hits)}" + (f" ({r['year']})" if r.get("year") else "")
                             if hits else f"no prior support in {', '.join(shown)}"
                             + (f" in {r['year']}" if r.get("year") else ""))
        if ok:
            late = [str(x.get("programme", "")) if isinstance(x, dict) else str(x) for x in undated]
            late = [n for n in late if any(_same_programme(n, p) for p in r["none_of"])]
            if late:
                return Decision(c.id, "unknown", f"prior support includes {', '.join(late)} with no year: give the "
                                f"year (the clause counts {r['year']}'s)", fact=fact, value=v, missing=(fact,))
        if not ok:
            exceptions = _exception_names(c.notes)
            if exceptions is not None:
                # the exceptions name their programmes ("①글로벌기업 협업 프로그램(… 창구, 마중 …), ②창업도약패키지
                # 성장촉진 프로그램만 지원받은 자는 신청 가능"): a prior programme that names none of them is no exception
                # — 창업도약패키지 itself is not its 성장촉진 프로그램 (review 58 #4)
                maybe = [n for n in hits if any(_squeeze(e) in _squeeze(n) for e in exceptions)]
                if not maybe:
                    return Decision(c.id, "not_met", why + "; none of it is one of the exceptions the clause names",
                                    fact=fact, value=v)
        maybe = [n for n in names if n.strip() and _named_in_notes(n, c.notes)]
        if ok and maybe:
            # the notes name more programmes ("창업도약패키지 대기업 협업 프로그램(에그, 씨앗 …)도 포함") and exceptions:
            # a prior programme one of whose names they print may be one of them — one they never name is not
            # (review 44 #12: 초기창업패키지 against ⑤'s 창업도약패키지 notes)
            return Decision(c.id, "unknown", why + f"; the clause's notes name more programmes: check "
                            f"{', '.join(maybe)} against them", fact=fact, value=v)
    else:
        return Decision(c.id, "unknown", "a rule formslim does not know how to decide", fact=fact, value=v)
    if ok:
        return Decision(c.id, "met", why, fact=fact, value=v)
    if any(re.search(r"예외|^\W*단\s*[,，]|^\W*다만", n) for n in c.notes):
        return Decision(c.id, "unknown", why + "; not met unless one of the clause's exceptions applies",
                        fact=fact, value=v, unless="exception")
    return Decision(c.id, "not_met", why, fact=fact, value=v)


def _took_part_in(c: Criterion, r: dict, v) -> Decision:
    """"’22∼’24년 초기창업패키지 … 참여기업": met by a prior programme of the names, in those years; not met when the
    profile's prior support lists none of them (an empty list says "none"); a programme of the names without a
    year cannot be told."""
    fact = r.get("fact")
    past = v if isinstance(v, list) else [v]
    lo, hi = int(r.get("from") or 0), int(r.get("to") or 9999)
    took, undated = [], []
    for x in past:
        name = str(x.get("programme", "")) if isinstance(x, dict) else str(x)
        if not name.strip() or not any(_same_programme(name, p) for p in r["took_part_in"]):
            continue
        year = str(x.get("year", "")).strip() if isinstance(x, dict) else ""
        if year.isdigit() and lo <= int(year) <= hi:
            took.append(f"{name} {year}")
        elif not year.isdigit():
            undated.append(name)
    span = f"{r.get('from')}–{r.get('to')}" if r.get("from") else ""
    names = ", ".join(r["took_part_in"])
    if took:
        return Decision(c.id, "met", f"took part in {', '.join(took)}", fact=fact, value=v)
    if undated:
        return Decision(c.id, "unknown", f"prior support includes {', '.join(undated)} with no year: give the year "
                        f"(the clause counts {span})", fact=fact, value=v, missing=(fact,))
    return Decision(c.id, "not_met", f"prior support lists none of {names}" + (f" in {span}" if span else ""),
                    fact=fact, value=v)


def _programme_parts(name: str) -> tuple[str, str]:
    """A programme's name and its bracket ("창업중심대학(초기 창업기업)" → 창업중심대학, 초기창업기업), spaces out."""
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    core, track = (m.group(1), m.group(2)) if m else (name, "")
    return _squeeze(core), _squeeze(track)


def _same_programme(given: str, named: str) -> bool:
    """Whether a profile's programme is one a clause names: the same name (spaces aside), or one within the other
    ("창업도약패키지 사업화 지원" and "창업도약패키지"), and — where both print a track in brackets — the same track,
    one written shorter ("창업중심대학(초기)" is "창업중심대학(초기 창업기업)", not "(도약기 창업기업)")."""
    (a, ta), (b, tb) = _programme_parts(given), _programme_parts(named)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        # (a short name — "에그", "가치" — is that name, or a word of the longer one: not any word holding it)
        longer = given if len(a) >= len(b) else named
        words = {_squeeze(w) for w in re.split(r"[\s()（）,]+", longer) if w}
        if short != long_ and short not in words:
            return False
    elif short not in long_:
        return False
    return not ta or not tb or ta.startswith(tb) or tb.startswith(ta)


#: words a note's brackets print that name no programme ("자(기업)는", "(중단처분)")
_NOT_NAMES = {"기업", "사업", "단체", "법인", "개인", "자", "예비", "창업자", "중단", "포기", "실패"}


def _note_names(note: str) -> list[str]:
    """The programmes a note names: words ending in a programme's noun and the short names its brackets list
    ("대기업 협업 프로그램(에그, 씨앗, 이웃, 가치, 스타)" → 협업 프로그램 …, 에그, 씨앗 …), years left out."""
    out = []
    for m in _NOTE_NAME.finditer(note):
        name = re.sub(r"^[’‘'`]?\d{2,4}\s*년?\s*(?:[~∼\-–]\s*[’‘'`]?\d{2,4}\s*년)?\s*", "", (m.group(1) or m.group(0)).strip())
        if len(_squeeze(name)) >= 2 and _squeeze(name) not in _NOT_NAMES:
            out.append(name)
    return out


def _exception_names(notes: Sequence[str]) -> Optional[list[str]]:
    """The programmes a clause's exception names ("** 단, ①글로벌기업 협업 프로그램(창업도약패키지 지원사업 ’19~’20년
    창구, ’20년 마중, 정글, 엔업), ②창업도약패키지 성장촉진 프로그램(’17~’21년)만 지원받은 자(기업)는 신청 가능"):
    each item's name before its bracket and the short names the bracket lists; None where the clause prints no
    exception, or one that names no programme (the applicant must read it)."""
    found = None
    for note in notes:
        if not re.search(r"예외|^\W*단\s*[,，]|^\W*다만", note):
            continue
        items = re.split(rf"[{_CIRCLED}]", note)[1:] or [note]
        names = []
        for item in items:
            head = re.split(r"[(（]", item, maxsplit=1)[0]
            head = re.split(r"만\s*(?:지원|참여|선정)|(?:을|를)\s*지원", head)[0].strip(" ,")
            if re.search(r"(?:프로그램|패키지|사업|대학|바우처)$", head):
                names.append(head)
            bracket = re.search(r"[(（]([^()（）]+)[)）]", item)
            for part in (bracket.group(1).split(",") if bracket else []):
                word = part.strip().split()[-1] if part.strip() else ""
                if re.fullmatch(r"[가-힣A-Za-z]{2,8}", word) and word not in _NOT_NAMES:
                    names.append(word)
        if not names:
            return None  # (an exception in words only: "1. 채무변제 완료 후 증빙이 가능한 자")
        found = [*(found or []), *names]
    return found


#: the programmes a clause's notes name: a name in brackets or listed after one ("프로그램(에그, 씨앗, 이웃)"), or a
#: word ending in a programme's noun ("창업도약패키지", "성장촉진 프로그램", "창업중심대학")
_NOTE_NAME = re.compile(r"[가-힣A-Za-z0-9]{2,}(?:패키지|프로그램|사업|대학|바우처)|(?<=[(,，、])\s*([가-힣A-Za-z0-9]{2,12})\s*(?=[),，、])")


def _named_in_notes(programme: str, notes: Sequence[str]) -> bool:
    """Whether a clause's notes print a name of ``programme`` or a name within it ("에그" in "에그 프로그램")."""
    mine = _squeeze(programme)
    for note in notes:
        if mine and mine in _squeeze(note):
            return True
        for m in _NOTE_NAME.finditer(note):
            name = _squeeze(m.group(1) or m.group(0))
            if len(name) >= 2 and name not in _NOT_NAMES and (name in mine or mine in name):
                return True
    return False


def _where_said(where: str, w: dict) -> str:
    """"page 3" / "paragraph 12" in the terminal form's words."""
    m = re.fullmatch(r"(page|paragraph) (\d+)", where or "")
    return w[m.group(1)].format(n=m.group(2)) if m and m.group(1) in w else where


def self_check(rules: NoticeRules, profile: Optional[dict] = None, profile_problems: Sequence[str] = (),
               plan: Optional[dict] = None, form: Optional[dict] = None) -> SelfCheck:
    sub = submission(plan, form) if plan is not None else None
    if sub is not None and profile is not None:
        sub = for_company(sub, profile)
    if profile is None:
        return SelfCheck(rules=rules, submission=sub)
    reference = as_date(rules.reference_date) if rules.reference_date else None
    own = {c.id: decide(c, profile, reference) for c in rules.criteria if "any_of" not in c.rule}
    for c in rules.criteria:
        if "route_of" in c.rule and c.id in own and (c.rule.get("details") or c.rule.get("requires")):
            own[c.id] = _with_requirements(c, own)
    # what the routes decide (a business age on one route): a criterion of that kind may be the route's
    route_categories = {c.category for c in rules.criteria if "route_of" in c.rule}
    spare = _not_needed(rules, own)
    decisions = []
    for c in rules.criteria:
        if "any_of" in c.rule:
            parts = [own[x] for x in c.rule["any_of"] if x in own]
            outcome = "met" if any(p.outcome == "met" for p in parts) else (
                "not_met" if parts and all(p.outcome == "not_met" for p in parts) else "unknown")
            decisions.append(Decision(c.id, outcome, "one of its routes suffices: " + "; ".join(
                f"{p.id} {_OUTCOME[p.outcome]}" for p in parts)))
            continue
        d = own[c.id]
        if "route_of" in c.rule:
            d = replace(d, reason=f"(a route of {c.rule['route_of']}) {d.reason}")
        elif c.rule.get("detail_of"):
            d = replace(d, reason=f"(decided with route {c.rule['detail_of']}; not counted on its own) {d.reason}")
        elif c.rule.get("annex"):
            d = replace(d, reason=f"(an annex's detail of a criterion of the notice's body; not counted) {d.reason}")
        elif c.rule.get("procedure"):
            d = replace(d, reason=f"(how to apply, not a condition on the company; not counted) {d.reason}")
        elif d.outcome == "not_met" and c.kind == "include" and c.category in route_categories:
            # the notice offers routes to eligibility: an applicant failing this may qualify by another
            d = replace(d, outcome="unknown", unless="route", reason=d.reason + "; not met, unless the applicant "
                                                                              "qualifies by another route the notice offers")
        if c.id in spare and d.outcome != "met":
            d = replace(d, reason=f"(not needed: {spare[c.id]}) {d.reason}")
        decisions.append(d)
    counted = [d for c, d in zip(rules.criteria, decisions) if not _not_counted(c.rule)]
    outcomes = {d.outcome for d in counted}
    verdict = "ineligible" if "not_met" in outcomes else ("eligible" if outcomes == {"met"} else "unknown")
    return SelfCheck(rules=rules, verdict=verdict, decisions=tuple(decisions), profile_problems=tuple(profile_problems),
                     submission=sub, agency_checks=agency_checks(rules))


def agency_checks(rules: NoticeRules) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each criterion on a fact the agency can check itself (data/eligibility.yaml ``agency_checks``: 체납 →
    납세증명서, 휴·폐업 → 휴업·폐업사실증명, the size → 중소기업확인서 …), the registries of the catalogue of the
    notice's country that provide it — said beside the criterion, so that a founder knows the agency checks it
    (review 58 #8)."""
    from .knowledge import load_knowledge

    by_fact = {k: v for k, v in (_builtin().get("agency_checks") or {}).items() if isinstance(v, list)}
    country = "KR" if notice_language(rules) == "ko" else "US"
    regs = [r for r in load_knowledge().registries.values() if r.country == country]
    out = []
    for c in rules.criteria:
        facts = {p.get("fact") for p in (c.rule.get("all_of") or [c.rule]) if isinstance(p, dict)}
        wanted = {x for f in facts for x in by_fact.get(f, ())}
        found = tuple(r.id for r in regs if wanted & set(r.provides))
        if found:
            out.append((c.id, found))
    return tuple(out)


def _not_needed(rules: NoticeRules, own: dict[str, Decision]) -> dict[str, str]:
    """The criteria an applicant need not meet, and why: an alternative of an annex's "①∼③ 중 1개" list another item
    of which is met ("C25 is met"), and the details of a route where another route is met ("route C3 is met") — shown
    as not needed, not as "not met" (review 58 #3: C26 "not met" shown to a company the 도약기 route admits)."""
    out: dict[str, str] = {}
    by_id = {c.id: c for c in rules.criteria}
    for parent in rules.criteria:
        routes = [by_id[x] for x in parent.rule.get("any_of") or () if x in by_id]
        taken = next((r for r in routes if own.get(r.id) and own[r.id].outcome == "met"), None)
        for r in routes:
            groups = r.rule.get("requires") or ()
            for g in groups:
                met = next((x for x in g.get("one_of") or () if own.get(x) and own[x].outcome == "met"), None)
                for x in g.get("one_of") or ():
                    if met and x != met:
                        out[x] = f"{met} is met, one of the list suffices"
            if taken is not None and r is not taken:
                for x in [*(r.rule.get("details") or ()), *(y for g in groups for y in (g.get("one_of") or g.get("all_of") or ()))]:
                    out.setdefault(x, f"route {taken.id} is met")
    return out


def _combined(outcomes: Sequence[str], one_of: bool) -> str:
    if one_of:
        return "met" if "met" in outcomes else ("not_met" if outcomes and all(o == "not_met" for o in outcomes)
                                                else "unknown")
    return "not_met" if "not_met" in outcomes else ("met" if all(o == "met" for o in outcomes) else "unknown")


def _with_requirements(route: Criterion, own: dict[str, Decision]) -> Decision:
    """A route decided with what it needs besides its own words: the body's criteria that detail it (all of them)
    and its annex's lists (one of the items of a list the annex says "①∼③ 중 1개" of, else all) — review 58 #3."""
    d = own[route.id]
    outcomes, said = [d.outcome], []
    details = [own[x] for x in route.rule.get("details") or () if x in own]
    if details:
        outcomes += [x.outcome for x in details]
        said.append("with " + ", ".join(f"{x.id} {_OUTCOME[x.outcome]}" for x in details))
    for g in route.rule.get("requires") or ():
        one_of = "one_of" in g
        ids = [x for x in (g.get("one_of") or g.get("all_of") or []) if x in own]
        if not ids:
            continue
        o = _combined([own[x].outcome for x in ids], one_of)
        outcomes.append(o)
        span = f"{ids[0]}–{ids[-1]}" if len(ids) > 2 else " and ".join(ids)
        said.append(f"{'one of' if one_of else 'all of'} {span} [붙임 {route.rule.get('annex_of_route', '')}] "
                    f"{_OUTCOME[o]}")
    outcome = _combined(outcomes, False)
    missing = tuple(dict.fromkeys(m for x in (d, *details) for m in x.missing))
    return replace(d, outcome=outcome, reason="; ".join([d.reason, *said]), missing=missing,
                   unless=d.unless if outcome != "met" else "")


def rules_yaml(rules: NoticeRules) -> str:
    """The rules as an editable YAML file (read back with :func:`rules_from_yaml`)."""
    head = ("# formslim eligibility rules: edit a rule, add one, or turn a 'confirm' clause into a rule on a\n"
            "# profile fact; read back with --rules. Each criterion keeps the clause it came from.\n")
    return head + yaml.safe_dump({"schema": SCHEMA, **rules.to_dict()}, allow_unicode=True, sort_keys=False, width=100)


def rules_from_yaml(path: str | Path) -> NoticeRules:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        raise FormslimError(f"{path}: cannot read the rules ({type(exc).__name__}: {str(exc).splitlines()[0][:80]})") from None
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise FormslimError(f"{path}: not a rules file (no 'criteria' list)")
    criteria = []
    for i, c in enumerate(data["criteria"], 1):
        if not isinstance(c, dict) or not isinstance(c.get("rule"), dict):
            raise FormslimError(f"{path}: criterion {i} has no rule")
        criteria.append(Criterion(id=str(c.get("id") or f"C{i}"), category=str(c.get("category", "other")),
                                  kind=str(c.get("kind", "include")), text=str(c.get("text", "")),
                                  where=str(c.get("where", "")), rule=c["rule"],
                                  notes=tuple(str(n) for n in c.get("notes") or ()), pattern=str(c.get("pattern", ""))))
    return NoticeRules(file=str(data.get("notice", "")), title=str(data.get("title", "")),
                       reference_date=data.get("reference_date"), criteria=tuple(criteria),
                       documents=tuple(str(d) for d in data.get("documents") or ()))


#: the terminal form's own words, by language (the clauses, notes and facts are shown as printed and as given)
_FRAMES = {
    "en": {"dated": "{title}  (notice dated {date})", "unknown_date": "unknown",
           "count": "{n} criteria; {m} to read yourself", "read": "read this yourself",
           "lead_in": "a lead-in to the clauses after it (not counted)", "annex": " (an annex's detail: not counted)",
           "route": " (a route of {id})", "note": "note", "more": "… {n} more notes (--format json)", "rule": "rule",
           "met": "met", "not_met": "NOT MET", "unknown": "cannot tell", "not_met_uncounted": "not met (not counted)",
           "not_needed": "not needed",
           "documents": "What the notice asks every applicant to submit now:",
           "asked_now": "  the package's documents, as they are asked now:",
           "not_for_company": "  not for this company (the profile says it has one representative: representative_type):",
           "later": "What the notice asks later, stage by stage:",
           "stage_application": "at application", "stage_screening": "after the document evaluation",
           "stage_selection": "after selection", "stage_case": "if it applies to you",
           "lead": "the notice says to allow for {lead}", "deadline": "deadline: {items}",
           "deadlines_differ": "the notice states the deadline differently — check with the agency: {items}",
           "page": "page {n}", "paragraph": "paragraph {n}", "as_of": "judged as of",
           "checked_by": "the agency can check this itself (행정정보 공동이용, with your consent)",
           "after": "If the agency adopted the reduction plan (a proposal, not the notice's rules: until it is "
                    "adopted, submit what the notice asks above):",
           "form": "    the consolidated application form the plan proposes",
           "form_online": "    the online application, with the questions the plan adds to it",
           "form_asks": " (in place of: {names})",
           "kept": "  documents the plan keeps, as they are:",
           "kept_not_filed": "  documents received and kept, not filed with the agency:",
           "filed_elsewhere": "  filed with another agency, not here (no copy is asked):",
           "fetched": "  the agency would check itself (with the consent of the person each concerns):",
           "pending": "  the agency could check only once approved to use {checks} — until then, bring:",
           "no_longer": "  no longer asked:",
           "verdict": "Verdict: {verdict} ({met} met, {not_met} not met, {unknown} cannot tell; {uncounted} listed, "
                      "not counted)",
           "unless": "  not eligible unless {items}", "unless_exception": "an exception the clause prints applies to {id}",
           "unless_route": "the applicant qualifies by another route than {id}",
           "eligible": "eligible", "ineligible": "ineligible", "unknown_verdict": "unknown"},
    # (ko: the tags of a criterion — include/exclude, its category, where it is printed — in Korean: review 44 #11)
    "ko": {"kind_include": "자격", "kind_exclude": "제외", "cat_business_age": "업력", "cat_exclusion": "제외 대상",
           "cat_founder_status": "창업자 구분", "cat_industry": "업종", "cat_region": "지역", "cat_representative": "대표자",
           "cat_size_class": "기업 규모", "cat_procedure": "절차", "cat_other": "기타", "cat_routes": "경로",
           "cat_lead_in": "머리말", "cat_participation": "참여 이력", "page": "{n}쪽", "paragraph": "{n}번째 문단",
           "dated": "{title}  (공고일 {date})", "unknown_date": "알 수 없음",
           "count": "기준 {n}개; 직접 읽고 판단할 조항 {m}개", "read": "직접 읽고 판단",
           "lead_in": "뒤 조항들의 머리말 (세지 않음)", "annex": " (붙임의 세부 기준: 세지 않음)",
           "route": " ({id}의 경로 중 하나)", "note": "참고", "more": "… 참고 {n}개 더 (--format json)", "rule": "규칙",
           "met": "충족", "not_met": "미충족", "unknown": "판단 불가", "not_met_uncounted": "미충족 (세지 않음)",
           "not_needed": "필요 없음",
           "documents": "지금 공고문이 모든 신청인에게 요구하는 제출 서류:",
           "asked_now": "  이 패키지의 서식·서류 (지금 요구하는 그대로):",
           "not_for_company": "  이 회사에는 해당 없음 (회사 정보상 대표자가 한 명: representative_type):",
           "later": "공고문이 이후 단계에서 요구하는 서류:",
           "stage_application": "신청 시", "stage_screening": "서류평가 통과 후", "stage_selection": "최종 선정 후",
           "stage_case": "해당하는 경우", "as_of": "판단 기준일",
           "checked_by": "기관이 직접 확인할 수 있음 (행정정보 공동이용, 신청인 동의 시)",
           "lead": "공고문: {lead}을 고려해 미리 준비", "deadline": "기한: {items}",
           "deadlines_differ": "공고문이 기한을 서로 다르게 적음 — 기관에 확인: {items}",
           "after": "기관이 감축안을 채택한다면 (제안일 뿐 공고문의 규정이 아님: 채택 전까지는 위의 공고문대로 제출):",
           "form": "    감축안이 제안하는 통합 신청서",
           "form_online": "    온라인 사업신청서 (감축안이 더하는 질문 포함)",
           "form_asks": " (다음 서류 대신: {names})",
           "kept": "  그대로 내는 서류:",
           "kept_not_filed": "  받아 보관하는 서류 (기관에 내지 않음):",
           "filed_elsewhere": "  다른 기관에 내는 서류 (여기에는 사본도 내지 않음):",
           "fetched": "  기관이 직접 확인할 서류 (각 정보주체의 동의를 받아):",
           "pending": "  기관이 {checks} 이용 승인을 받은 뒤에야 직접 확인할 수 있는 서류 — 그 전까지는 제출:",
           "no_longer": "  더 이상 내지 않는 서류:",
           "verdict": "판정: {verdict} (충족 {met}, 미충족 {not_met}, 판단 불가 {unknown}; 세지 않고 적기만 한 것 {uncounted})",
           "unless": "  다음이 아니면 신청 불가: {items}", "unless_exception": "{id}: 조항이 정한 예외에 해당",
           "unless_route": "{id}: 공고문의 다른 경로로 자격을 갖춤",
           "eligible": "신청 가능", "ineligible": "신청 불가", "unknown_verdict": "판단 불가"},
}

#: a decision's reason, piece by piece ("; "-separated), in Korean: (pattern of the English piece, Korean)
_REASONS_KO = (
    (r"the profile confirms this clause \(confirmed\), which formslim could not decide: (.+)",
     "회사 정보의 confirmed에 이 조항이 있음 (formslim이 판단하지 못한 조항): {1!}"),
    (r"(.+) \(listed under 'confirmed', but the profile's facts say otherwise\)",
     "{1!} (confirmed에 적혀 있으나 회사 정보의 사실과 다름)"),
    (r"a lead-in to the clauses after it \(decided by them\)", "뒤 조항들의 머리말 (그 조항들로 판단)"),
    (r"not counted", "세지 않음"),
    (r"the profile confirms this clause \(confirmed\)", "회사 정보의 confirmed에 이 조항이 있음"),
    (r"read this clause yourself", "이 조항은 직접 읽고 판단"),
    (r"list its id under 'confirmed' once you meet it", "충족하면 그 번호를 confirmed에 적음"),
    (r"list its id under 'confirmed' once you have checked it does not apply to you",
     "해당하지 않음을 확인하면 그 번호를 confirmed에 적음"),
    (r"(\S+) is (.+): not true or false", "{1} {2}: true 또는 false가 아님"),
    (r"(\S+) is yes", "{1}: 예"), (r"(\S+) is no", "{1}: 아니오"), (r"needs yes", "예여야 함"),
    (r"needs no", "아니오여야 함"),
    (r"took part in (.+)", "{1} 참여"),
    (r"prior support lists none of (.+) in (\d{4})–(\d{4})", "지원 이력에 {2}–{3}년 {1} 없음"),
    (r"prior support lists none of (.+)", "지원 이력에 {1} 없음"),
    (r"prior support includes (.+) with no year: give the year \(the clause counts (.+?)(?:'s)?\)",
     "지원 이력의 {1}에 연도가 없음: 연도를 적음 (조항은 {2}년을 셈)"),
    (r"none of it is one of the exceptions the clause names", "조항이 밝힌 예외 사업에 해당하지 않음"),
    (r"met for the coded rows, but the list's row '(.+)' has no code: read it yourself \(it covers an industry "
     r"the company plans to run too\)",
     "코드가 있는 행에는 해당하지 않으나, 코드 없는 행 '{1}'은(는) 직접 읽고 판단 (영위하려는 업종도 포함)"),
    (r"met for the coded rows, but the list's row '(.+)' has no code: read it yourself",
     "코드가 있는 행에는 해당하지 않으나, 코드 없는 행 '{1}'은(는) 직접 읽고 판단"),
    (r"with (C\d+ .+)", "함께 판단: {1!}"),
    (r"(C\d+ (?:met|NOT MET|cannot tell)), (C\d+ .+)", "{1!}, {2!}"),
    (r"one of (\S+) \[붙임 (\d+)\] (met|NOT MET|cannot tell)", "[붙임 {2}] {1} 중 1개: {3!}"),
    (r"all of (\S+) \[붙임 (\d+)\] (met|NOT MET|cannot tell)", "[붙임 {2}] {1} 모두: {3!}"),
    (r"met", "충족"), (r"NOT MET", "미충족"), (r"cannot tell", "판단 불가"),
    (r"(\S+) (.+) is broader than the excluded codes (.+): give the 5-digit code",
     "{1} {2}: 제외 코드 {3}보다 넓은 분류 (5자리 코드 필요)"),
    # (the fact is missing, not "no": "회사 정보에 국세·지방세 체납이 없음" read as "no arrears" — review 64 #7)
    (r"the profile does not say (\S+)", "회사 정보에 '{1}' 항목이 적혀 있지 않음: 적어야 판단할 수 있음"),
    (r"(\S+) or the window is not a date", "{1} 또는 기간이 날짜가 아님"),
    (r"(\S+) (\S+) within (\S+) – (\S+)", "{1} {2}: {3} – {4} 안"),
    (r"(\S+) (\S+) outside (\S+) – (\S+)", "{1} {2}: {3} – {4} 밖"),
    (r"no reference date \(the notice's date or application_date\)", "기준일 없음 (공고일 또는 application_date)"),
    (r"needs on or before (\S+) \((\d+)(\S+) by the reference date (\S+)\)",
     "{1} 이전이어야 함 (기준일 {4}까지 {2}{3})"),
    (r"needs (.+) \(reference date (\S+)\)", "{1!} (기준일 {2})"),
    (r"founded before (\S+)", "{1} 전 창업"), (r"founded on or before (\S+)", "{1} 이전 창업"),
    (r"founded after (\S+)", "{1} 후 창업"), (r"founded on or after (\S+)", "{1} 이후 창업"),
    (r"(.+) and (founded .+)", "{1!}, {2!}이어야 함"),
    (r"(\S+) or the printed date is not a date", "{1} 또는 공고문의 날짜가 날짜가 아님"),
    (r"needs on or after (\S+) \(the date the notice prints\)", "공고문의 날짜 {1} 이후여야 함"),
    (r"needs on or before (\S+) \(the date the notice prints\)", "공고문의 날짜 {1} 이전이어야 함"),
    (r"(\S+) \((\d{4})\) is ([\d,.]+)", "{1}({2}) {3}"), (r"(\S+) is ([\d,.]+)", "{1} {2}"),
    (r"needs under ([\d,.]+)", "{1} 미만이어야 함"), (r"needs at most ([\d,.]+)", "{1} 이하여야 함"),
    (r"needs at least ([\d,.]+)", "{1} 이상이어야 함"),
    (r"the profile gives no (\S+) for (\d{4})", "회사 정보에 {2}년 '{1}'이(가) 적혀 있지 않음: 적어야 판단할 수 있음"),
    (r"(\S+) (.+) is not a number", "{1} {2}이(가) 숫자가 아님"),
    (r"(\S+) is (.+)", "{1}: {2}"), (r"needs one of (.+)", "다음 중 하나여야 함: {1}"),
    (r"the notice counts (.+): check the profile's (.+) is that count",
     "공고문은 {1}을(를) 셈: 프로필의 {2}이(가) 그 수인지 확인"),
    (r"employees (\S+) \(KSIC (\S+)\): the law's limit is under (\d+)", "상시근로자 {1}명 (KSIC {2}): 법정 기준 {3}명 미만"),
    (r"needs (.+)", "{1}이어야 함"),
    (r"no birth date or reference date", "생년월일 또는 기준일 없음"),
    (r"representative is (\d+) \(만\) on (\S+)", "대표자 만 {1}세 ({2} 기준)"),
    (r"(\S+) (.+) is not a KSIC code \(give the 5-digit code\)", "{1} {2}은(는) 표준산업분류 코드가 아님 (5자리 코드)"),
    (r"(\S+) (.+) is an excluded industry", "{1} {2}: 제외 업종"),
    (r"(\S+) (.+) is not among the (\d+) excluded codes", "{1} {2}: 제외 코드 {3}개에 해당하지 않음"),
    (r"the list's catch-all entry \('그 외 …'\) is in words only: read it and list (\S+) under 'confirmed'",
     "목록의 '그 외 …' 항목은 글로만 되어 있음: 읽고 {1}을(를) confirmed에 적음"),
    (r"prior support includes (.+) \((\d{4})\)", "지원 이력에 {2}년 {1} 있음"),
    (r"prior support includes (.+)", "지원 이력에 {1} 있음"),
    (r"no prior support in (.+) in (\d{4})", "{2}년 {1} 선정·수행 없음 (다른 해의 참여는 해당 없음)"), (r"no prior support in (.+)", "{1} 지원 이력 없음"),
    (r"the clause's notes name more programmes: check (.+) against them", "조항의 참고가 다른 사업도 밝힘: {1}을(를) 대조"),
    (r"a rule formslim does not know how to decide", "formslim이 판단할 줄 모르는 규칙"),
    (r"not met unless one of the clause's exceptions applies", "조항의 예외에 해당하지 않으면 미충족"),
    (r"not met, unless the applicant qualifies by another route the notice offers", "공고문의 다른 경로로 자격을 갖추지 않으면 미충족"),
    (r"one of its routes suffices: (.+)", "경로 중 하나면 됨: {1!}"),
    (r"(C\d+) met", "{1} 충족"), (r"(C\d+) NOT MET", "{1} 미충족"), (r"(C\d+) cannot tell", "{1} 판단 불가"),
)


def _reason_ko(reason: str) -> str:
    """A decision's reason in Korean: its prefix ("(a route of C2)"), then each "; " piece by the first pattern
    that reads it whole; a piece none reads stays as written. Particles agree with the word before them."""
    from .report.i18n import josa

    said = _reason_ko_pieces(reason)
    # (a fact by its Korean name, not its profile key: "tax_arrears" → "국세·지방세 체납"; review 58 #10)
    said = re.sub(r"… (\d+) more", r"… 외 \1개", said)
    said = re.sub(r"(?<![A-Za-z_])(" + "|".join(sorted(FACTS_KO, key=len, reverse=True)) + r")(?![A-Za-z_])",
                  lambda m: FACTS_KO[m.group(1)], said)
    return josa(said)


#: the prefixes a decision's reason opens with — where the criterion stands among the others —, in Korean
_PREFIXES_KO = (
    (r"\(a route of (\S+)\)", "({1}의 경로)"),
    (r"\(not needed: (C\d+) is met, one of the list suffices\)", "(필요 없음: {1} 충족, 목록 중 하나면 됨)"),
    (r"\(not needed: route (C\d+) is met\)", "(필요 없음: {1} 경로 충족)"),
    (r"\(decided with route (\S+); not counted on its own\)", "({1} 경로와 함께 판단; 따로 세지 않음)"),
    (r"\(an annex's detail of a criterion of the notice's body; not counted\)", "(공고문 본문 기준의 붙임 세부 기준; 세지 않음)"),
    (r"\(how to apply, not a condition on the company; not counted\)", "(신청 방법에 관한 조건: 회사의 요건이 아님; 세지 않음)"),
)


def _reason_ko_pieces(reason: str) -> str:
    for pattern, ko in _PREFIXES_KO:
        m = re.match(rf"^{pattern} (.*)$", reason, re.S)
        if m:
            *named, rest = m.groups()
            head = re.sub(r"\{(\d)\}", lambda x: named[int(x.group(1)) - 1], ko)
            return f"{head} {_reason_ko_pieces(rest)}"
    return "; ".join(_piece_ko(x) for x in reason.split("; "))


def _piece_ko(piece: str) -> str:
    """One piece of a reason in Korean, by the first of ``_REASONS_KO`` that reads it whole; else as written."""
    from .report.i18n import by_patterns

    read = by_patterns(_REASONS_KO, piece, _piece_ko, re.S)
    return piece if read is None else read


def _case(name: str, case: str) -> str:
    """A document's name with the case it is filed in, once: "(해당 시) 공동대표 … 동의서" already says it."""
    return name if not case or _squeeze(case) in _squeeze(name) else f"{name} ({case})"


def _submissions_text(check: SelfCheck, w: dict, lang: str) -> list[str]:
    """What to submit: first what the notice and its forms ask now, with the page, then what it asks later, stage by
    stage (with the time a document takes to obtain and the deadlines, flagged where the notice states them
    differently), and only then — labelled as a proposal — what a reduction plan would change (review 58 #1, #2)."""
    r, sub = check.rules, check.submission
    lines: list[str] = []
    if r.documents:
        lines.append(w["documents"])
        wheres = list(r.documents_where) + [""] * (len(r.documents) - len(r.documents_where))
        lines += [f"    {x}" + (f" ({_where_said(at, w)})" if at else "") for x, at in zip(r.documents, wheres)]
    if sub and sub.get("asked_now"):
        lines.append(w["asked_now"])
        lines += [f"    {_case(x['document'], x.get('case', ''))}" for x in sub["asked_now"]]
    if sub and sub.get("not_for_this_company"):
        lines.append(w["not_for_company"])
        lines += [f"    {x}" for x in sub["not_for_this_company"]]
    if r.later:
        lines.append(w["later"])
        for x in r.later:
            said = f"    {w.get('stage_' + x['stage'], x['stage'])}: {x['document']} ({x['who']}"
            said += (f"; {_where_said(x['where'], w)}" if x.get("where") else "") + ")"
            if x.get("lead"):
                said += " — " + w["lead"].format(lead=x["lead"])
            lines.append(said)
            if x.get("deadlines"):
                lines.append("      " + w["deadlines_differ" if x.get("deadlines_differ") else "deadline"].format(
                    items=" / ".join(_where_said_in(d, w) for d in x["deadlines"])))
    if not sub:
        return lines
    lines.append(w["after"])
    if sub["consolidated_form"]:
        form = w["form_online"] if sub.get("consolidated_form_in") == "online" else w["form"]
        lines.append(form + (w["form_asks"].format(names=", ".join(sub["merged_into_consolidated_form"]))
                             if sub["merged_into_consolidated_form"] else ""))
    cases = sub.get("only_in_some_cases") or {}
    if sub["still_to_bring"]:
        lines.append(w["kept"])
        lines += [f"    {_case(x, cases.get(x, ''))}" for x in sub["still_to_bring"]]
    if sub.get("kept_not_filed"):
        lines.append(w["kept_not_filed"])
        lines += [f"    {x}" for x in sub["kept_not_filed"]]
    if sub.get("filed_elsewhere"):
        lines.append(w["filed_elsewhere"])
        lines += [f"    {x['document']} ({x['agency']})" for x in sub["filed_elsewhere"]]
    if sub["fetched_by_agency"]:
        lines.append(w["fetched"])
        lines += [f"    {_case(x['document'], x.get('case', ''))} — {x.get('record') or x['registry']}"
                  for x in sub["fetched_by_agency"]]
    for x in sub.get("pending_approval") or ():
        lines.append(w["pending"].format(checks=", ".join(x["needs_approval"])))
        lines.append(f"    {_case(x['document'], x.get('case', ''))}")
    if sub.get("no_longer_asked"):
        lines.append(w["no_longer"])
        from .report.i18n import rule_text

        whys = {x["document"]: (rule_text(lang, x["rule"], x.get("reason", ""), x.get("variant", "")) if x.get("rule")
                                else x.get("why", "")) for x in sub.get("no_longer_asked_why") or ()}
        lines += [f"    {x}" + (f" — {whys[x]}" if whys.get(x) else "") for x in sub["no_longer_asked"]]
    return lines


def _where_said_in(said: str, w: dict) -> str:
    """"page 11: …" in the terminal form's words."""
    at, sep, rest = said.partition(": ")
    return f"{_where_said(at, w)}: {rest}" if sep and re.fullmatch(r"(?:page|paragraph) \d+", at) else said


#: the profile's facts by name, in Korean (the text output names a fact as a reader would; the key itself is in the
#: JSON and the rules file)
FACTS_KO = {"founding_date": "개업일(설립일)", "application_date": "신청일", "size_class": "기업 규모",
            "employees": "상시근로자 수", "revenue_krw": "매출액", "avg_revenue_3y_krw": "최근 3년 평균 매출액",
            "industry_ksic": "업종(표준산업분류 코드)", "industry_excluded": "제외 업종 여부", "region": "소재지",
            "representative_birth_date": "대표자 생년월일", "is_preliminary_founder": "예비창업자 여부",
            "tax_arrears": "국세·지방세 체납", "participation_restricted": "창업지원사업 참여제한",
            "closed": "휴·폐업", "subsidy_excluded": "보조사업 수행배제", "loan_default": "채무불이행",
            "prior_support": "지원 이력", "certifications": "인증"}


def _yes_no(v, lang: str) -> str:
    if isinstance(v, bool):
        return ("예" if v else "아니오") if lang == "ko" else ("yes" if v else "no")
    return str(v)


def _rule_said(rule: dict, lang: str) -> str:
    """A rule as a reader would say it ("founding date within 2018-02-20 – 2022-02-19", "국세·지방세 체납: 아니오"),
    never by its pattern's id (review 58 #10)."""
    ko = lang == "ko"
    parts = []
    for r in rule.get("all_of") or [rule]:
        if not isinstance(r, dict):
            continue
        fact = str(r.get("fact", ""))
        name = FACTS_KO.get(fact, fact) if ko else fact.replace("_", " ")
        if "between" in r:
            lo, hi = (as_date(x) or x for x in r["between"])
            parts.append(f"{name} {lo} ~ {hi}" if ko else f"{name} within {lo} – {hi}")
        elif "age_years" in r:
            a = r["age_years"]
            bits = []
            if a.get("above"):
                bits.append(f"{a['above']}년 {a.get('above_how') or '초과'}" if ko else
                            f"more than {a['above']} years" if a.get("above_how") == "초과" else f"at least {a['above']} years")
            if a.get("below"):
                bits.append(f"{a['below']}년 {a.get('below_how') or '이내'}" if ko else
                            f"less than {a['below']} years" if a.get("below_how") == "미만" else f"at most {a['below']} years")
            parts.append(("업력 " + " ".join(bits) + " (공고일 기준)") if ko else
                         ("business age " + " and ".join(bits) + " (by the notice's date)"))
        elif "age_at_least" in r:
            n, unit = r["age_at_least"].get("n"), r["age_at_least"].get("unit", "년")
            parts.append(f"업력 {n}{unit} 이상" if ko else f"business age at least {n} {'years' if unit == '년' else 'months'}")
        elif "on_or_after" in r or "on_or_before" in r:
            after = "on_or_after" in r
            d = r["on_or_after" if after else "on_or_before"]
            parts.append(f"{name} {d} {'이후' if after else '이전'}" if ko else f"{name} on or {'after' if after else 'before'} {d}")
        elif "in" in r:
            parts.append(f"{name}: {', '.join(map(str, r['in']))} 중 하나" if ko else f"{name}: one of {', '.join(map(str, r['in']))}")
        elif "equals" in r:
            parts.append(f"{name}: {_yes_no(r['equals'], lang)}")
        elif "took_part_in" in r:
            span = f"{r.get('from')}–{r.get('to')}" if r.get("from") else ""
            parts.append(f"{span}년 {', '.join(r['took_part_in'])} 참여" if ko else
                         f"took part in {', '.join(r['took_part_in'])}" + (f" in {span}" if span else ""))
        elif "none_of" in r:
            more = len(r["none_of"]) - 4
            names = ", ".join(r["none_of"][:4]) + ((f" 외 {more}개" if ko else f" and {more} more") if more > 0 else "")
            year = r.get("year") or ""
            # (a year's exclusion is of that year's selection: "2025년 … 선정되어 사업을 수행 중인 자" — a founder
            # supported in 2023 may apply; review 61 #14)
            parts.append((f"{year}년 {names} 선정·수행 없음 (다른 해의 참여는 해당 없음)" if year else f"{names} 지원 이력 없음")
                         if ko else (f"not selected for {names} in {year} (another year's does not count)" if year
                                     else f"no prior support in {names}"))
        elif "none_of_codes" in r:
            parts.append(f"제외 업종 코드 {', '.join(r['none_of_codes'])}에 해당하지 않음" if ko else
                         f"industry not among the excluded codes {', '.join(r['none_of_codes'])}")
            if r.get("catch_all"):
                parts.append("코드 없는 행은 직접 읽고 판단" if ko else "the row without a code: read it yourself")
        elif "at_least" in r or "at_least_eok" in r:
            n = f"{r['at_least']}" if "at_least" in r else (f"{r['at_least_eok']}억원" if ko else f"KRW {r['at_least_eok']}00 million")
            parts.append(f"{name} {n} 이상" if ko else f"{name} at least {n}")
            parts[-1] += _counted_rule(r, ko)
        elif "at_most" in r or "at_most_eok" in r:
            n = f"{r['at_most']}" if "at_most" in r else (f"{r['at_most_eok']}억원" if ko else f"KRW {r['at_most_eok']}00 million")
            how = r.get("how") == "미만"
            parts.append(f"{name} {n} {'미만' if how else '이하'}" if ko else f"{name} {'under' if how else 'at most'} {n}")
            parts[-1] += _counted_rule(r, ko)
        elif "age_at_most" in r:
            how = r.get("how") == "미만"
            parts.append(f"대표자 만 {r['age_at_most']}세 {'미만' if how else '이하'}" if ko else
                         f"representative aged {'under' if how else 'at most'} {r['age_at_most']}")
        elif "any_of" in r:
            parts.append(("다음 경로 중 하나: " if ko else "one of the routes ") + ", ".join(r["any_of"]))
        else:
            parts.append(json.dumps({k: v for k, v in r.items() if k not in _PLACE_KEYS}, ensure_ascii=False))
    said = "; ".join(parts)
    if rule.get("details"):
        said += (f"; 함께 판단: {', '.join(rule['details'])}" if ko else f"; with {', '.join(rule['details'])}")
    for g in rule.get("requires") or ():
        ids = g.get("one_of") or g.get("all_of") or []
        span = f"{ids[0]}–{ids[-1]}" if len(ids) > 2 else ", ".join(ids)
        n = rule.get("annex_of_route", "")
        said += ((f"; [붙임 {n}] {span} 중 {'1개' if 'one_of' in g else '모두'}") if ko else
                 (f"; [붙임 {n}] {'one of' if 'one_of' in g else 'all of'} {span}"))
    return said


def notice_language(rules: NoticeRules) -> str:
    """The language of a notice's clauses: "ko" where most of their letters are Hangul, else "en" — the
    language the self-check speaks by default (review 58 #10: a Korean notice answered in English)."""
    text = " ".join([rules.title, *(c.text for c in rules.criteria), *rules.documents])
    hangul = len(re.findall(r"[가-힣]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ko" if hangul > latin else "en"


def eligibility_text(check: SelfCheck, lang: str = "en") -> str:
    """The terminal form: the notice, each criterion with its clause and rule (and, with a profile, its
    decision), the documents the notice asks for, the verdict last; its own words in ``lang`` (en, ko) — the
    clauses, notes, rules and profile facts as printed and given."""
    w = _FRAMES.get(lang, _FRAMES["en"])
    reason = _reason_ko if lang == "ko" else (lambda x: x)
    r = check.rules
    decisions = {d.id: d for d in check.decisions}
    checks = dict(check.agency_checks)
    names = _registry_names(lang) if checks else {}
    lines = [w["dated"].format(title=r.title or r.file, date=r.reference_date or w["unknown_date"]),
             w["count"].format(n=len(r.criteria), m=sum(1 for c in r.criteria if to_read(c)))]
    for c in r.criteria:
        if "confirm" in c.rule:
            rule = w["read"]
        elif c.rule.get("lead_in"):
            rule = w["lead_in"]
        else:
            rule = _rule_said(c.rule, lang)
            if c.rule.get("annex"):
                rule += w["annex"]
            if c.rule.get("route_of"):
                rule += w["route"].format(id=c.rule["route_of"])
        lines.append(f"{c.id} [{w.get('kind_' + c.kind, c.kind)} · {w.get('cat_' + c.category, c.category)} · "
                     f"{_where_said(c.where, w)}] {clip(c.text, 160)}")
        for n in c.notes[:4]:
            lines.append(f"    {w['note']}: {clip(n, 140)}")
        if len(c.notes) > 4:
            lines.append("    " + w["more"].format(n=len(c.notes) - 4))
        lines.append(f"    {w['rule']}: {rule}")
        if c.rule.get("as_of"):
            lines.append(f"    {w['as_of']}: {c.rule['as_of']}")
        d = decisions.get(c.id)
        if d and checks.get(c.id):
            lines.append(f"    {w['checked_by']}: " + ", ".join(names.get(x, x) for x in checks[c.id]))
        if d:
            # (a detail the verdict does not count — an annex's alternative the company may not take — is not
            # shouted "NOT MET")
            shown = w["not_met_uncounted"] if d.outcome == "not_met" and _not_counted(c.rule) else w[d.outcome]
            if d.outcome != "met" and d.reason.startswith("(not needed: "):
                shown = w["not_needed"]
            said = reason(d.reason)
            if shown == w["not_needed"]:
                said = re.sub(r"^\((?:not needed|필요 없음): ([^()]*(?:\([^()]*\)[^()]*)*)\) ", r"\1 — ", said)
            lines.append(f"    {shown}: {said}")
    lines += _submissions_text(check, w, lang)
    if check.verdict:
        counted = [d for c, d in zip(r.criteria, check.decisions) if not _not_counted(c.rule)]
        counts = {k: sum(1 for d in counted if d.outcome == k) for k in _OUTCOME}
        verdict = w.get(check.verdict if check.verdict != "unknown" else "unknown_verdict", check.verdict)
        unless = [w["unless_" + d.unless].format(id=d.id) for d in counted if d.outcome == "unknown" and d.unless]
        if unless and check.verdict == "unknown":
            # the profile's facts fail these: "cannot tell" only because an exception or another route may save it
            lines.append(w["unless"].format(items="; ".join(unless)))
        # (the verdict stays the last line; the criteria listed but not counted are counted in it too, so that
        # its numbers add up to the header's)
        lines.append(w["verdict"].format(verdict=verdict, met=counts["met"], not_met=counts["not_met"],
                                         unknown=counts["unknown"], uncounted=len(r.criteria) - len(counted)))
    return "\n".join(lines) + "\n"
