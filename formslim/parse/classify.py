"""What kind of document a file is: a form to fill, a certificate someone issues, a consent, a pledge,
a roster, a checklist or a notice. Read from the title, the file name and the text; a package
manifest can say otherwise."""
from __future__ import annotations

import re
from pathlib import Path

from ..model import Field

KINDS = ("form", "schedule", "certificate", "consent", "pledge", "agreement", "roster", "checklist", "notice")
#: a schedule says it is filed with another form ("Attach to Form 1040", "Attachment Sequence No. 12")
_ATTACHED = re.compile(r"\battach\s+to\s+(?:form|your\s+(?:tax\s+)?return)|\battachment\s+sequence\s+no", re.I)

_RULES = (
    ("checklist", r"제출\s*목록|체크\s*리스트|구비\s*서류|checklist|list of (?:required )?documents"),
    ("notice", r"공고문?|모집\s*공고|notice of|announcement|instructions for"),
    ("consent", r"동의서|동의\s*서|consent|authori[sz]ation|4506-?c|ssa-?89|request for transcript|제3자\s*제공"),
    ("pledge", r"서약서|확약서|각서|pledge|affidavit|declaration|certification of|agreement of compliance|지침\s*준수"),
    ("agreement", r"guarantee|guaranty|보증서|약정서|계약서|standby creditor|creditor'?s agreement|\bagreement\b"),
    ("certificate", r"증명서?|증명원|확인서|확인증|등본|초본|사본|증빙|certificate|transcript|extract|증서|copy of"),
    ("roster", r"명부|명단|roster|register of|list of (?:employees|staff)"),
)
_ISSUED = re.compile(r"증명합니다|확인합니다|(?:\(|\[)직인(?:\)|\])|hereby certif|this is to certify|issued by")


def classify(title: str, path: str, text: str = "", fields: tuple[Field, ...] = ()) -> str:
    """The document kind, by the first rule whose words appear in the title or file name; the body text
    decides between an issued certificate and a form that merely mentions one."""
    head = f"{Path(path).stem} {title}"
    if _ATTACHED.search((text or "")[:3000]):
        return "schedule"
    for kind, pattern in _RULES:
        if re.search(pattern, head, re.I):
            if kind == "certificate" and not _ISSUED.search(text) and text and re.search(r"신청서|application", head, re.I):
                continue
            return kind
    if _ISSUED.search(text or ""):
        return "certificate"
    if fields and sum(1 for f in fields if f.repeats > 1) >= max(2, len(fields) // 2):
        return "roster"
    return "form"


_ITEM = re.compile(r"\(\s*(필수|해당\s*시|required|if applicable)\s*\)\s*([^\n\t\[]{3,80})", re.I)


def listed_attachments(text: str) -> tuple[str, ...]:
    """The documents a checklist asks for: "(필수) 사업자등록증명" → "required: 사업자등록증명";
    "(해당 시) …" → "conditional: …". In order, each once: a later, longer mention of the same item
    (the attachment page under the table of contents) replaces the shorter one."""
    out: list[str] = []
    for m in _ITEM.finditer(text or ""):
        tag = "required" if m.group(1).strip().lower() in ("필수", "required") else "conditional"
        item = re.split(r"[※⧉]|\((?:필수|해당\s*시)\)", m.group(2))[0]
        item = re.sub(r"\s+", " ", item).strip(" .,:;")
        if len(item) < 3:
            continue
        entry = f"{tag}: {item}"
        for i, prev in enumerate(out):
            if entry.startswith(prev) or prev.startswith(entry):
                out[i] = max(prev, entry, key=len)
                break
        else:
            out.append(entry)
    return tuple(out)
