"""``formslim fill``: the consolidated form of a reduction plan, pre-filled for one company.

Input: the report folder ``formslim analyze`` wrote (its ``form.json``, schema ``formslim.form/1``) and a
company profile (the YAML of ``formslim eligibility``: core keys, and ``facts`` keyed by concept —
``org.brn: 123-45-67890`` — or by party and concept — ``representative person.name: 홍길동``).

Each question of the form gets a value only from a source: the profile (``from the profile``), or, for
a question the plan has the agency fetch from a registry, nothing but the mark that the agency fills and
confirms it. A value is checked before it is written — a date must be a date, a Korean business
registration number must pass its check digit, an amount a number, a choice one of the options, an
e-mail an address — and one that fails is flagged, not written. Nothing is invented: a question with
no source stays blank for the applicant.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from .errors import FormslimError
from .text import as_date

#: core profile keys and the (party, concept) of the consolidated form they answer
CORE_CONCEPTS = {
    "company": ("applicant", "org.name"), "founding_date": ("applicant", "org.founding_date"),
    "employees": ("applicant", "org.employees"), "revenue_krw": ("applicant", "org.revenue"),
    "industry_ksic": ("applicant", "org.industry"), "size_class": ("applicant", "org.size_class"),
    "entity_type": ("applicant", "org.legal_form"), "representative_birth_date": ("representative", "person.birth_date"),
}
#: data a pre-filled form never carries, whatever the profile says (개인정보 보호법 제24조의2: 주민등록번호)
NEVER_FILLED = {"person.rrn", "person.ssn", "person.signature"}


@dataclass(frozen=True)
class Filled:
    item: str  # the form item's id
    label: str
    outcome: str  # filled | flagged | agency | blank
    value: Any = None
    source: str = ""  # where the value came from, or why it was not written
    key: str = ""  # the profile's key the value came from ("company", "facts: org.brn"); "" for none

    def to_dict(self) -> dict:
        return {"item": self.item, "label": self.label, "outcome": self.outcome,
                "value": self.value if not isinstance(self.value, (dt.date, dt.datetime)) else self.value.isoformat(),
                "source": self.source}


def load_form(report_dir: str | Path) -> dict:
    path = Path(report_dir) / "form.json"
    try:
        form = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FormslimError(f"{report_dir}: no form.json (run formslim analyze PACKAGE -o {report_dir} first)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormslimError(f"{path}: cannot read the form ({type(exc).__name__})") from None
    if not isinstance(form, dict) or form.get("schema") != "formslim.form/1" or not isinstance(form.get("sections"), list):
        raise FormslimError(f"{path}: not a formslim.form/1 consolidated form")
    if not form["sections"]:
        raise FormslimError(f"{path}: the plan proposes no consolidated form to fill ({form.get('intro', '')})")
    return form


def brn_valid(value: str) -> bool:
    """A Korean business registration number (사업자등록번호): ten digits whose last is the check digit
    (weights 1 3 7 1 3 7 1 3 5, plus the tens of the ninth digit × 5)."""
    digits = re.sub(r"[\s-]", "", str(value))
    if not re.fullmatch(r"\d{10}", digits):
        return False
    d = [int(x) for x in digits]
    total = sum(x * w for x, w in zip(d[:9], (1, 3, 7, 1, 3, 7, 1, 3, 5))) + (d[8] * 5) // 10
    return (10 - total % 10) % 10 == d[9]


def crn_valid(value: str) -> bool:
    """A Korean corporate registration number (법인등록번호): thirteen digits, the last a check digit
    (weights 1 2 1 2 … over the first twelve)."""
    digits = re.sub(r"[\s-]", "", str(value))
    if not re.fullmatch(r"\d{13}", digits):
        return False
    total = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


#: amounts that may be negative (a loss)
_SIGNED = {"org.operating_profit"}


def _today():
    """The report's date (formslim.report.packaging.report_date: today, or SOURCE_DATE_EPOCH's)."""
    import datetime as _dt

    from .report.packaging import report_date

    return _dt.date.fromisoformat(report_date())


def check(item: dict, value) -> tuple[Optional[str], Optional[str]]:
    """(the value as written, None) or (None, why it is not written)."""
    kind, concept = item.get("kind"), item.get("concept") or ""
    if isinstance(value, (list, dict)):
        return None, "a list or mapping, not one answer"
    # (a passport's expiry is a date too: "2031-06-31" passed unflagged — review 64 #4)
    if kind == "date" or re.search(r"(?:date|expiry)$", concept):
        d = as_date(value)
        if d is None:
            return None, f"not a date ({value!r}); use YYYY-MM-DD"
        if concept.endswith("birth_date") and d > _today():
            return None, f"a birth date in the future ({value!r})"
        return d.isoformat(), None
    if concept == "org.brn":
        if not brn_valid(value):
            return None, f"not a valid business registration number ({value!r}: the check digit fails)"
        digits = re.sub(r"[\s-]", "", str(value))
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}", None
    if concept == "org.crn":
        if not crn_valid(value):
            return None, f"not a valid corporate registration number ({value!r}: 13 digits, the check digit fails)"
        digits = re.sub(r"[\s-]", "", str(value))
        return f"{digits[:6]}-{digits[6:]}", None
    if kind == "amount" or concept in ("org.revenue", "org.capital", "application.requested_amount"):
        text = re.sub(r"[,\s원]", "", str(value))
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", text):
            return None, f"not an amount ({value!r})"
        if text.startswith("-") and concept not in _SIGNED:
            return None, f"a negative amount ({value!r}) where only a loss may be negative"
        return f"{int(float(text)):,}" if float(text).is_integer() else text, None
    if kind == "number" or concept in ("org.employees", "org.planned_hires"):
        if not re.fullmatch(r"\d+", str(value).strip()):
            return None, f"not a whole number ({value!r})"
        return str(int(str(value).strip())), None
    if kind in ("radio", "choice") and item.get("options"):
        if str(value) not in item["options"]:
            return None, f"{value!r} is not one of the options ({', '.join(item['options'])})"
        return str(value), None
    if concept.endswith("email") and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", str(value)):
        return None, f"not an e-mail address ({value!r})"
    if concept.endswith("phone"):
        digits = re.sub(r"\D", "", str(value))
        if not re.fullmatch(r"[\d\s()+.-]{7,20}", str(value)) or not 8 <= len(digits) <= (11 if not str(value).startswith("+") else 15):
            return None, f"not a telephone number ({value!r})"
    text = re.sub(r"\s+", " ", str(value)).strip()
    if not text or not text.isprintable():
        return None, "empty or unprintable"
    return text[:500], None


def yearly(value, label: str = "") -> tuple[Any, str]:
    """A figure given by year (``revenue_krw: {2024: 1800000000}``, the shape ``formslim eligibility`` reads): the
    year a question's label names ("2024년 매출액"), else the latest; (the value, " (YEAR)") — a single figure as
    it is."""
    if not isinstance(value, dict) or not value:
        return value, ""
    keyed = {str(k).strip(): v for k, v in value.items()}
    named = [y for y in re.findall(r"(20\d{2})", label or "") if y in keyed]
    year = named[0] if named else max(keyed)
    return keyed[year], f" ({year})"


#: the kind of answer a core key is checked as, where its concept alone does not say
_CORE_KINDS = {"founding_date": "date", "application_date": "date", "representative_birth_date": "date",
               "employees": "number", "revenue_krw": "amount", "avg_revenue_3y_krw": "amount"}


def invalid_values(profile: dict) -> list[tuple[str, Any, str]]:
    """Every value of a profile that fails its check, whether or not a form asks it (review 58 #7: a business
    registration number whose check digit fails passed unnoticed when the form did not ask it): (key, value, why).
    A figure given by year is checked year by year."""
    out: list[tuple[str, Any, str]] = []
    for key, kind in _CORE_KINDS.items():
        v = profile.get(key)
        if v is None:
            continue
        concept = CORE_CONCEPTS.get(key, ("", ""))[1]
        values = v.items() if isinstance(v, dict) and kind == "amount" else [("", v)]
        for year, x in values:
            _, why = check({"kind": kind, "concept": concept}, x)
            if why:
                out.append((f"{key} {year}".strip(), x, why))
    ksic = profile.get("industry_ksic")
    if ksic is not None and not all(re.fullmatch(r"[A-Za-z]?\d{2,5}", re.sub(r"[\s.-]", "", str(x)))
                                    for x in (ksic if isinstance(ksic, list) else [ksic])):
        out.append(("industry_ksic", ksic, "not a KSIC code (2 to 5 digits, e.g. 62010)"))
    facts = profile.get("facts") if isinstance(profile.get("facts"), dict) else {}
    for key, v in facts.items():
        if v is None:
            continue
        concept = str(key).split()[-1]
        _, why = check({"concept": concept}, v)
        if why:
            out.append((f"facts: {key}", v, why))
    return out


def _lookup(profile: dict, item: dict) -> tuple[Any, str]:
    """The profile's value for a form item and the key it came from; (None, "") when it has none."""
    concept, role, index = item.get("concept") or "", item.get("role") or "", item.get("index")
    facts = profile.get("facts") or {}
    if not isinstance(facts, dict):
        facts = {}
    # a bare concept answers the applicant's own data (org.*, application.*); a person's datum needs the
    # person ("representative person.phone"): whose phone a bare "person.phone" is, nobody can tell. Of a
    # party the form numbers ("Second owner's legal name"), the numbered key answers ("owner 2 person.name");
    # the party's key without a number answers only its first — one owner's name is not five owners' names
    bare = concept if role in ("", "applicant") and not concept.startswith("person.") else None
    numbered = f"{role} {index} {concept}" if role and index else None
    plain = f"{role} {concept}" if role and index in (None, 1) else None
    for key in (numbered, plain, bare):
        if key and key in facts and facts[key] is not None:
            return facts[key], f"facts: {key}"
    for key, (party, c) in CORE_CONCEPTS.items():
        if c == concept and party == (role or "applicant") and profile.get(key) is not None:
            return profile[key], key
    return None, ""


#: the kinds of representation a profile may say (``representative_type``), by the words it may use
_SOLE = {"단독", "단독대표", "단독 대표", "sole", "single", "one"}
#: an item only a company with several representatives files ("(해당 시) 공동대표 또는 각자대표 동의서")
_SEVERAL = re.compile(r"공동\s*대표|각자\s*대표|co-?representative|joint representative", re.I)


def _ruled_out(profile: dict, item: dict) -> str:
    """Why a "(해당 시)" item does not apply to this company, where its profile says so: a co-representative's
    papers for a company with one representative (``representative_type: 단독``; review 58 #7); "" otherwise."""
    kind = str(profile.get("representative_type") or "").strip().lower()
    if kind not in _SOLE:
        return ""
    if item.get("role") == "co_representative" or _SEVERAL.search(str(item.get("label", ""))):
        return "not for this company: the profile says it has one representative (representative_type)"
    return ""


def _party_of(item: dict) -> str:
    """The party an amendment's item asks of, as its id names it last ("registry_key:KR-MOFA-PASSCHECK:
    person.passport_no:co_representative"); "" where it names none."""
    parts = str(item.get("id", "")).split(":")
    return parts[-1] if len(parts) >= 4 and parts[0] == "registry_key" and re.fullmatch(r"[a-z_]+", parts[-1]) else ""


def _written(item: dict, value, key: str, note: str) -> Filled:
    """A profile's value checked (:func:`check`) and written on the item with where it came from (``note``), or
    flagged and not written."""
    label = item.get("label", "")
    written, why = check(item, value)
    if written is None:
        return Filled(item["id"], label, "flagged", value=value, source=f"{key}: {why}", key=key)
    item["value"], item["value_source"] = written, note
    return Filled(item["id"], label, "filled", value=written, source=note, key=key)


def fill_form(form: dict, profile: dict) -> tuple[dict, list[Filled]]:
    """The form with ``value`` and ``value_source`` on the items the profile answers, and what was done
    with each question."""
    out = copy.deepcopy(form)
    done: list[Filled] = []
    chosen: dict[str, list[str]] = {}  # concept → the options of the choice that asks it (the "Other" box follows)
    for section in out["sections"]:
        for item in section["items"]:
            if item.get("kind") in ("statement",) or section.get("id") == "rosters":
                continue
            concept = item.get("concept") or ""
            label = item.get("label", "")
            if concept in NEVER_FILLED or item.get("kind") == "signature":
                done.append(Filled(item["id"], label, "blank", source="the applicant writes it (never pre-filled)"))
                continue
            ruled_out = _ruled_out(profile, item)
            if ruled_out:
                done.append(Filled(item["id"], label, "not_applicable", source=ruled_out,
                                   key="representative_type"))
                continue
            value, key = _lookup(profile, item)
            if value is None:
                if item.get("source") == "prefill" and item.get("registry"):
                    done.append(Filled(item["id"], label, "agency",
                                       source=f"the agency fills and confirms it from {item['registry']}"))
                else:
                    done.append(Filled(item["id"], label, "blank", source="no source: the applicant answers"))
                continue
            others = chosen.get(concept, [])
            if item.get("kind") in ("choice", "radio") and item.get("options"):
                chosen[concept] = [str(o).strip().lower() for o in item["options"]]
            elif others and str(value).strip().lower() in others:
                # the box that describes "Other" ("What other type of entity …") after the choice that asks the same
                # datum: a value that is one of the choice's options is ticked there, not written here
                done.append(Filled(item["id"], label, "blank", source=f"{key}: '{value}' is one of the choice's "
                                   "options above, ticked there; this box is for another answer", key=key))
                continue
            if isinstance(value, dict) and concept in ("org.revenue", "org.employees"):
                value, year = yearly(value, label)
                key += year
            note = f"from the profile ({key})"
            if item.get("source") == "prefill" and item.get("registry"):
                note += f"; the agency confirms it against {item['registry']}"
            done.append(_written(item, value, key, note))
    # what the plan adds to a document another person signs (the co-representative's consent: the ID check's data,
    # the ID to check): filled from the profile's keys for that party like any other, else that person's to answer
    # (review 64 #3: its passport data were "not asked by this form", and its items had no outcome at all)
    for a in out.get("amendments") or ():
        signer = a.get("signer") or ""
        whose = next((_party_of(x) for x in a.get("items") or () if _party_of(x)), "")
        ruled_out = _ruled_out(profile, {"role": whose, "label": a.get("title", "")})
        for extra in (a.get("choice"), a.get("separate_consent")):
            if extra and extra.get("label"):
                ident = f"amendment:{a.get('document', '')}:{extra['label'][:40]}"
                done.append(Filled(ident, extra["label"], "not_applicable", source=ruled_out, key="representative_type")
                            if ruled_out else
                            Filled(ident, extra["label"], "blank",
                                   source=f"{signer or 'the person who signs it'} chooses (never pre-filled)"))
        for item in a.get("items") or ():
            party = item.get("role") or _party_of(item)
            probe = {**item, "role": party}
            label = item.get("label", "")
            ruled_out = _ruled_out(profile, probe)
            if ruled_out:
                done.append(Filled(item["id"], label, "not_applicable", source=ruled_out, key="representative_type"))
                continue
            value, key = _lookup(profile, probe)
            if value is None:
                done.append(Filled(item["id"], label, "blank",
                                   source=f"no source: {signer or 'the person who signs it'} answers"))
                continue
            done.append(_written(item, value, key, f"from the profile ({key})"))
    # a value of the profile no question asks is checked too: a wrong one is flagged, never passed over (review 58 #7)
    flagged = {f.key.split(" (")[0] for f in done if f.outcome == "flagged"}
    for key, value, why in invalid_values(profile):
        if key.split(" ")[0] not in flagged and key not in flagged:
            done.append(Filled(f"profile:{key}", key, "flagged", value=value,
                               source=f"{key}: {why} (checked when the profile was read; no question here asks it)",
                               key=key))
    out["filled"] = [f.to_dict() for f in done]
    out["unused"] = unused_facts(profile, done)
    return out, done


def profile_problems(profile: dict, kb=None) -> list[str]:
    """Keys of the profile's ``facts`` that name no concept (or party) formslim knows: typos, never used."""
    from .knowledge import load_knowledge

    kb = kb or load_knowledge()
    out = []
    facts = profile.get("facts") or {}
    if not isinstance(facts, dict):
        return ["facts: must be a mapping of concept (or 'party concept') to value"]
    for key in facts:
        parts = str(key).split()
        if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) >= 1:
            parts = [parts[0], parts[2]]  # "owner 2 person.name": the second owner's
        concept, party = parts[-1], parts[0] if len(parts) == 2 else None
        if concept not in kb.concepts or len(parts) > 2 or (party and party not in kb.roles):
            out.append(f"facts: '{key}' is not [party [N] ]concept of the knowledge base (a typo?); not used")
        elif party is None and concept.startswith("person."):
            out.append(f"facts: '{key}' does not say whose it is; write e.g. 'representative {concept}'; not used")
    return out


def unused_facts(profile: dict, done: list[Filled]) -> list[str]:
    """The profile's values that no question of the form asked (a form may not ask the company's name at
    all): said, so that an applicant sees what was not used rather than assume it was."""
    used = {f.key.split(" (")[0] for f in done if f.key}  # ("revenue_krw (2024)": the year's figure of revenue_krw)
    out = [k for k in CORE_CONCEPTS if profile.get(k) is not None and k not in used]
    facts = profile.get("facts") if isinstance(profile.get("facts"), dict) else {}
    out += [f"facts: {k}" for k in facts if facts[k] is not None and f"facts: {k}" not in used]
    return out


#: a fill's source or reason, piece by piece, in Korean: (pattern of the English, Korean)
_SOURCES_KO = (
    (r"from the profile \((.+?)\); the agency confirms it against (\S+)", "회사 정보에서 ({1}); 기관이 {2}과(와) 대조해 확인"),
    (r"from the profile \((.+?)\)", "회사 정보에서 ({1})"),
    (r"the agency fills and confirms it from (\S+)", "기관이 {1}에서 채우고 확인"),
    (r"no source: the applicant answers", "정보 없음: 신청인이 적음"),
    (r"no source: the person who signs it answers", "정보 없음: 서명하는 사람이 적음"),
    (r"no source: (.+) answers", "정보 없음: {1} 본인이 적음"),
    (r"the person who signs it chooses \(never pre-filled\)", "서명하는 사람이 고름 (미리 채우지 않음)"),
    (r"(.+) chooses \(never pre-filled\)", "{1} 본인이 고름 (미리 채우지 않음)"),
    (r"the applicant writes it \(never pre-filled\)", "신청인이 직접 적음 (미리 채우지 않음)"),
    (r"(.+?): (.+) \(checked when the profile was read; no question here asks it\)",
     "{1}: {2!} (회사 정보를 읽을 때 검사함; 이 서식은 묻지 않음)"),
    (r"(.+?): '(.+)' is one of the choice's options above, ticked there; this box is for another answer",
     "{1}: '{2}'은(는) 위 선택지의 하나로 거기에 표시함; 이 칸은 다른 답을 적는 곳"),
    (r"(\S+(?: \S+)?): (not .+|a negative .+|a birth date .+|a list .+|empty .+|'.+' is not one .+)", "{1}: {2!}"),
    (r"not a date \((.+)\); use YYYY-MM-DD", "날짜가 아님 ({1}); YYYY-MM-DD로 적음"),
    (r"a birth date in the future \((.+)\)", "미래의 생년월일 ({1})"),
    (r"not a valid business registration number \((.+): the check digit fails\)", "사업자등록번호가 아님 ({1}: 검증번호 불일치)"),
    (r"not a valid corporate registration number \((.+): 13 digits, the check digit fails\)",
     "법인등록번호가 아님 ({1}: 13자리, 검증번호 불일치)"),
    (r"not an amount \((.+)\)", "금액이 아님 ({1})"), (r"not a whole number \((.+)\)", "정수가 아님 ({1})"),
    (r"a negative amount \((.+)\) where only a loss may be negative", "음수 금액 ({1}): 손실만 음수일 수 있음"),
    (r"a list or mapping, not one answer", "목록이나 표: 답 하나가 아님"),
    (r"'(.+)' is not one of the options \((.+)\)", "'{1}'은(는) 선택지({2})에 없음"),
    (r"not an e-mail address \((.+)\)", "전자우편 주소가 아님 ({1})"),
    (r"not a telephone number \((.+)\)", "전화번호가 아님 ({1})"),
    (r"not a KSIC code \(2 to 5 digits, e\.g\. 62010\)", "표준산업분류 코드가 아님 (2~5자리 숫자, 예: 62010)"),
    (r"empty or unprintable", "비어 있거나 인쇄할 수 없는 값"),
    (r"not for this company: the profile says it has one representative \(representative_type\)",
     "이 회사에는 해당 없음: 회사 정보상 대표자가 한 명 (representative_type)"),
)


def source_text(source: str, lang: str) -> str:
    """What a fill did with a question, in ``lang``: the registry by the record's name, never its id; in Korean,
    each phrase by ``_SOURCES_KO`` (review 58 #10: English in the Korean lines)."""
    from .knowledge import load_knowledge
    from .report.i18n import by_patterns, josa

    regs = load_knowledge().registries
    said = re.sub(r"\b([A-Z]{2}-[A-Z0-9]+-[A-Z0-9-]+)\b",
                  lambda m: regs[m.group(1)].named(lang) if m.group(1) in regs else m.group(1), source)
    if lang != "ko":
        return said

    def again(text):
        read = by_patterns(_SOURCES_KO, text, again, re.S)
        return text if read is None else read
    return josa(again(said))


def fill_summary(done: list[Filled]) -> dict:
    return {k: sum(1 for f in done if f.outcome == k) for k in ("filled", "agency", "blank", "flagged", "not_applicable")}


def write_filled(form: dict, out_dir: str | Path) -> list[Path]:
    """filled_form.json and the filled consolidated form (DOCX; HWPX too for a Korean form)."""
    from .report.reduced_form import write_docx, write_hwpx
    from .safe_output import report_folder

    out = Path(out_dir)
    names = ["filled_form.json", "filled_form.docx"] + (["filled_form.hwpx"] if form.get("language") == "ko" else [])
    with report_folder(out, names, ".formslim-fill") as tmp:
        (tmp / "filled_form.json").write_bytes(
            (json.dumps(form, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8", "replace"))
        write_docx(form, tmp / "filled_form.docx")
        if form.get("language") == "ko":
            write_hwpx(form, tmp / "filled_form.hwpx")
    return [out / n for n in names]


def written_values(path: str | Path) -> dict[str, str]:
    """Re-read a filled form with formslim's own readers: label → answer of every two-cell row (the
    writers' layout), for checking that what was written is what is read back."""
    from .parse import guarded
    from .parse.docx import read_docx_layout
    from .parse.hwpx import read_hwpx_layout
    from .parse.layout import Table

    lay = guarded(path, Path(path).name, {"docx": lambda p, rel: read_docx_layout(p)[0],
                                          "hwpx": lambda p, rel: read_hwpx_layout(p, rel)[0]})
    out: dict[str, str] = {}
    for block in lay.blocks:
        if not isinstance(block, Table) or block.n_cols != 2:
            continue
        grid = block.grid()
        for row in grid:
            if row[0] is not None and row[1] is not None and row[0] is not row[1]:
                # a content control (DOCX) or click-here field (HWPX) holds the answer; else the cell's text
                answer = " ".join(h for _, h in row[1].native).strip() if row[1].native else row[1].text.strip()
                out[row[0].text.strip().removesuffix(" *").strip()] = answer
    return out
