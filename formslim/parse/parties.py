"""Parties and signers: whose data a document asks, and who signs it.

A reader knows who signs a form from the words printed at its signature blocks ("Signature of Standby
Creditor", "Spouse's signature", "확인자 … (서명)"), from the party a document is about ("Unconditional
Guarantee" is signed by the guarantor) and from instructions that name the person who fills each copy
("Complete this form for each owner"). The party words are the subject roles of the knowledge base
(``formslim/data/roles.yaml``), so a user who adds a role there adds it here too.

Signers are facts of the package that the reducer relies on: a document signed by a party other than
the applicant (or its representative) cannot be merged into the applicant's form.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Optional

from ..model import Field, PartFilledBy, Signature
from ..text import ASKED_OF_YOU, line_shape, repeated_lines

#: roles that sign for the applicant itself
OWN = ("applicant", "representative")
#: a participle that describes who signed something else ("… the documents related to the Loan signed by
#: Borrower, Guarantor …"), not a place to sign ("Signed by: ____")
_SIGNED_BY = re.compile(r"signed\s+by\s+(?![\s:_.]*_)(?!\s*:)", re.I)
#: a clause that says something must be signed ("… must be identified as a part of this statement and signed.")
_PASSIVE_SIGNED = re.compile(r"\b(?:must|should|shall|will|is\s+to|are\s+to)\s+be\b[^.;]*$", re.I)
#: how far above a signature mark a block may name the party it is for (characters)
_BLOCK_HEAD = 260
_SIGN = re.compile(r"signature|\bsign(?:ed|s)?\b|\(\s*(?:서명|인|날인)[^)]{0,8}\)|서명|날인|unterschrift", re.I)
_EACH = re.compile(r"\b(?:complete|completed|submit|submitted|sign|signed|filled)\b[^.]{0,40}?\beach\s+([a-z][a-z'-]*(?: [a-z][a-z'-]*)?)",
                   re.I)
#: how far after a programme's heading its "Complete this form for: …" clause may start (characters)
_SCOPE_REACH = 40
#: a heading that names a programme: a short line of a form used by several programmes, over the clause that
#: says who completes the form for that one ("7(a) loan / 504 loan / Surety Bonds", "Disaster Business Loan
#: Application", "Women Owned Small Business (WOSB) Federal Contracting Program")
_PROGRAMME_WORD = re.compile(r"\b(?:loans?|programs?|programmes?|applications?|bonds?|grants?)\b|사업|지원", re.I)


def _programme_headings(text: str, body: str) -> list[tuple[int, str]]:
    """The programme headings of a form used by several programmes, each with where it stands in ``body`` (the
    text with its whitespace made single spaces): a short line without a full stop, naming a loan, programme,
    application or bond, followed by a line that says who completes the form ("Complete this form for: (1) each
    proprietor …", "This form must be completed by each individual …"). [] where the form has fewer than two."""
    lines = [re.sub(r"\s+", " ", x).strip() for x in (text or "").splitlines()]
    lines = [x for x in lines if x]
    found = []
    for k in range(len(lines) - 1):
        head, nxt = lines[k], lines[k + 1]
        if len(head) <= 90 and _PROGRAMME_WORD.search(head) and (
                (_EACH.match(nxt) and not re.search(r"[.:;]\s*$", head))
                or (re.match(r"(?:this form must be|complete this form)\b", nxt, re.I) and not head.endswith("."))):
            # (a check box drawn as a private-use glyph before the heading, "\uf071 7(a) loan …", is no word of it)
            head = re.sub(r"[\ue000-\uf8ff]", "", head).strip(" \u00a0\ufeff\u200b")
            at = body.find(head)
            if at >= 0:
                found.append((at, head))
    return found if len(found) >= 2 else []


_PERSONAL = re.compile(r"statement of personal|personal (?:history|financial statement|statement|data sheet)|"
                       r"curriculum vitae|\bresume\b|이력서|신상\s*진술|개인\s*이력", re.I)


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[re.Pattern, str, str], ...]:
    """(pattern, role, cue) from the knowledge base's roles, longest cue first."""
    from ..knowledge import load_knowledge

    out = []
    for role in load_knowledge().roles.values():
        for cue in (*role.en, *role.ko):
            cue = cue.strip()
            if len(cue) < 2:
                continue
            if re.search(r"[a-z]", cue, re.I):
                pat = re.compile(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", re.I)
            else:
                pat = re.compile(re.escape(cue).replace(r"\ ", r"\s*"))
            out.append((pat, role.id, cue))
    out.sort(key=lambda t: -len(t[2]))
    return tuple(out)


@lru_cache(maxsize=1)
def _non_signing() -> frozenset:
    """The roles named near a signature line that never sign (roles.yaml ``signs: false``: a contact person, an
    issuing agency, the intermediary that passes the form on — "Electronic Signature: Only IVES participants …
    can accept" —, a third-party designee)."""
    from ..knowledge import load_knowledge

    return frozenset(r.id for r in load_knowledge().roles.values() if not r.signs)


@lru_cache(maxsize=1)
def _not_party() -> tuple[re.Pattern, ...]:
    from ..knowledge import load_knowledge

    return tuple(re.compile(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", re.I)
                 for r in load_knowledge().roles.values() for p in r.not_when)


@lru_cache(maxsize=1)
def _seal_titles() -> tuple[tuple[re.Pattern, str], ...]:
    from ..knowledge import load_knowledge

    return tuple((re.compile(r"(?:" + "|".join(map(re.escape, sorted(r.seal_titles, key=len, reverse=True)))
                             + r")\s*$"), r.id) for r in load_knowledge().roles.values() if r.seal_titles)


def _office_seal(label: str) -> Optional[tuple[str, str]]:
    """(role, title) where a signature's caption is an office-holder's title before a seal mark ("○○세무서장
    (직인)", "중소벤처기업부장관 (직인)"), else None."""
    m = re.fullmatch(r"\s*([^()]{1,30}?)\s*\((?:직\s*인|관\s*인|인)\)\s*", label or "")
    if not m or not re.search(r"[가-힣]", m.group(1)):
        return None
    caption = m.group(1).strip()
    for pat, role in _seal_titles():
        if pat.search(caption):
            return role, caption
    return None


def roles_in(text: str) -> list[tuple[str, str, int]]:
    """(role, cue, position) of the party words in text, longest first, not overlapping."""
    return list(_roles_in(text or ""))


@lru_cache(maxsize=65536)
def _roles_in(text: str) -> tuple[tuple[str, str, int], ...]:
    # (every field's label and headings are searched for every cue: the headings recur field after field)
    taken: list[tuple[int, int]] = [m.span() for p in _not_party() for m in p.finditer(text or "")]
    found = []
    for pat, role, cue in _cues():
        for m in pat.finditer(text or ""):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((role, m.group(0), m.start()))
    return tuple(sorted(found, key=lambda t: t[2]))


_FOR_WHOM = re.compile(r"\(([^()]{1,24})용\)")


#: the verb of a sworn statement, with the oath it is made under: "certify", "declare and affirm under the
#: penalty of perjury", "swear or affirm,"
_AVER = (r"(?:certify|declare|swear|affirm)(?: (?:and|or) (?:affirm|swear|declare|certify))?"
         r"(?:,? under (?:the )?penalt(?:y|ies) of [^.,:]{3,80}?,?)?")

#: the declaration a signer makes, as forms print it: the statutory jurat of a tax return, the
#: certification of an application, "위의 기록이 사실과 다름없음을 확인합니다"
_DECLARATION = re.compile(
    r"Under penalties of (?:perjury|law),? I declare[^.]{10,500}\.(?: (?:Declaration of preparer|If prepared by)[^.]{10,300}\.)?|"
    # the lead-in of a numbered list the signer certifies: "Under penalties of perjury, I certify that:" (W-9)
    # ("We certify that all the details declared here are correct and complete.": a grant's investigators, who
    # sign it together — CSIR Form-C item 11, grants review 43 #7)
    r"(?:Under penalties of perjury,? )?(?:I|We) (?:hereby )?" + _AVER + r" that\s*:|"
    # "By signing this form, I certify under penalty of criminal prosecution that …" (SBA 413), "I certify,
    # under penalty of perjury, that …" (USCIS), "I declare and affirm under the penalty of perjury that …"
    # (SSA-89), "By signing this application, I certify (1) to the statements … and (2) that …" (SF-424)
    r"(?:By signing[^.,]{0,40}, )?(?:I|We) (?:hereby |further )?" + _AVER + r" that[^.:]{10,400}\.|"
    r"By signing[^.,]{0,40}, I (?:hereby )?certify\b[^.]{10,400}\.|"
    r"(?<![가-힣])(?:위|상기|본인은)[^.。\n\t]{0,60}?(?:사실과\s*(?:다름|틀림)\s*(?:이\s*)?없음을|틀림\s*없음을|사실임을)\s*"
    r"(?:확인|서약)합니다\.?|"
    # "위 기재사항은 인사기록원본과 다름없이 정확하게 기록하였음을 확인함." (an officer's attestation, in the noun
    # style of an official form); "위 자료는 … 작성하였으며 … 그 어떠한 책임도 감수하겠습니다." (the writer's answerability)
    r"(?<![가-힣])(?:위|상기)\s*[^.。\n\t]{0,60}?(?:다름\s*(?:이\s*)?없이|틀림\s*없이)[^.。\n\t]{0,40}?음을\s*"
    r"(?:확인|서약)(?:합니다|함)\.?|"
    r"(?<![가-힣])(?:위|상기)\s*(?:자료|내용|기재\s*사항|사항)[^\n\t]{10,300}?책임(?:도|을)\s*(?:감수하겠습니다|지겠습니다)\.?|"
    # the statutory form's own clause: "「소방시설 설치 및 관리에 관한 법률」 제23조제3항 … 에 따라 위와 같이 …
    # 보고서를 제출합니다" — what the signer files, under which act
    r"「[^」\n]{2,60}」[^.。]{0,160}?(?:에\s*따라|에\s*의하여)[^.。]{0,120}?(?:제출|신청|보고|신고)합니다\.?")


def declaration(text: str) -> str:
    """The first declaration the form prints for its signer, word for word (spaces normalised), else "".
    Where it is one point of a list the signer certifies ("… certifies to the following: • I have read …
    • I certify that the information … • I will comply …", SBA Form 1919), the whole list with its lead-in:
    the signer certifies every point, not the first sentence alone. A certification the applicant makes by
    signing, printed just before it ("APPLICANT CERTIFICATION By signing this application, the Applicant
    certifies that it complies with all Loan Program Requirements …"), comes first: both are signed."""
    flat = re.sub(r"[ \t]+", " ", text or "")[:60000]
    for m in _DECLARATION.finditer(flat):
        first = re.sub(r"\s+", " ", m.group(0)).strip()
        if first.endswith(":"):  # the lead-in of a list: the declaration is the list, if one follows
            listed = certified_list(text, first)
            if listed:
                return _with_preceding_certification(text, listed)
            continue
        # (the sentence that says on what the paid preparer's declaration rests is part of the one jurat:
        # "… it is correct. Declaration of paid preparer is based on information available to the preparer."
        # — DC D-40, review 34 #4; the IRS 1040's "Declaration of preparer (other than taxpayer) is based on …")
        after = _PREPARER_BASIS.match(flat, m.end())
        if after:
            first = first + " " + re.sub(r"\s+", " ", after.group(1)).strip()
        return _with_preceding_certification(text, certified_list(text, first) or first)
    return ""


#: the sentence after a jurat on what the paid preparer's declaration rests
_PREPARER_BASIS = re.compile(r"\s*(Declaration of (?:paid )?preparer\b[^.]{5,160}\.)", re.I)


#: the lead-in of a Korean pledge: "본인은 … 다음 사항을 준수할 것을 서약합니다.", "… 확약합니다"
_KO_PLEDGE = re.compile(r"[^\n]{0,200}?(?:서약|확약|다짐|약속)(?:합니다|함|하며[^\n]{0,300}?(?:합니다|함))\s*[.。]?")
#: a sentence after a pledge's points that goes on with them: "사업 신청 전 상기 항목들에 대하여 충분히 숙지하고 …
#: 동의합니다.", "아울러, … 재차 동의합니다." (K-Startup's 신청서 제출 관련 책임 동의, review 44 #6)
_KO_PLEDGE_MORE = re.compile(r"^(?:[^\n]{0,20}(?:상기|위의?)\s*(?:항목|사항|내용)|아울러)[^\n]{0,400}(?:합니다|함)\s*[.。]?$")
_KO_POINT = re.compile(r"^\s*(?:\d{1,2}[.)]|[①-⑳]|[가-하][.)]|[-•·○])\s*\S")


def korean_pledge(text: str, limit: int = 4000) -> str:
    """A Korean pledge as printed: its lead-in ("본인은 … 다음 사항을 준수할 것을 서약합니다.") and the points under it
    ("1. 사업비를 목적 외로 사용하지 않으며, …"), one per line; "" where the text holds none. What the signer
    undertakes is these words: a consolidated form that asks the pledge carries them."""
    lines = (text or "").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        m = _KO_PLEDGE.search(line)
        if not m or "다음" not in line and "아래" not in line:
            continue
        points: list[str] = []
        for nxt in lines[i + 1:]:
            s = nxt.strip()
            if not s:
                if points:
                    break
                continue
            if _KO_POINT.match(s):
                points.append(s)
            elif points and not points[-1].endswith((".", "다", "음", "함")) and len(s) < 120 \
                    and not _KO_PLEDGE_MORE.match(s):
                points[-1] += " " + s
            else:
                break
        if points:
            more = []
            for nxt in lines[i + 1 + _consumed(lines[i + 1:], points):]:
                s = nxt.strip()
                if not s:
                    continue
                if not _KO_PLEDGE_MORE.match(s) or len(more) >= 3:
                    break
                more.append(s)
            out = "\n".join([line.strip(), *points, *more])
            return out if len(out) <= limit else ""
    return _pledge_to_signature(lines, limit)


def _consumed(lines: list[str], points: list[str]) -> int:
    """How many of ``lines`` the points read (blank lines before them and the lines they run over included)."""
    text, n, want = "", 0, " ".join(points)
    for n, line in enumerate(lines, 1):
        text = (text + " " + line.strip()).strip()
        if len(text) >= len(want):
            return n
    return n


#: the lines that close a pledge: its date ("년   월   일", "20  .   .   .", "2025. 3. 9."), the pledger's
#: signature line ("서약자 ○○○○회사 … 대표 ○○○ (인)") and the addressee ("조달청장 귀하")
_KO_CLOSE = re.compile(r"^(?:(?:\d{2,4}\s*)?[.년]?[\s.년월일\d]*[.년월일][\s.년월일\d]*)$|\((?:인|서명)|귀하\s*$|"
                       r"^(?:서약자|확약자|서약인|확약인)(?:\s|[:：]|$)")


def _pledge_to_signature(lines: list[str], limit: int) -> str:
    """A pledge whose undertaking is printed as a sentence and what it refers to ("… 아래 내용의「물품구매(제조)
    계약 특수조건」제7조의3에 따른 직접이행의무를 준수하고 … 확약합니다." over the article itself, "제7조의3(직접
    이행의무) ① … ② … 1. …"; "… [별표1]의 기준에 따른 금액을 조달청에 납부할 것을 확약합니다." over the 별표's
    table): the sentence and every line after it up to the pledge's date or signature, as printed. "" where
    no such line closes it (where the undertaking ends is not known) or it runs over ``limit``."""
    for i, line in enumerate(lines):
        lead = line.strip()
        if not _KO_PLEDGE.search(lead) or not lead.endswith((".", "。", "다", "함")) or len(lead) < 20:
            continue
        block: list[str] = []
        for nxt in lines[i + 1:]:
            s = re.sub(r"[ \t]+", " ", nxt).strip()
            if not s:
                continue
            if _KO_CLOSE.search(s):
                out = "\n".join([lead, *block])
                return out if len(out) <= limit else ""
            block.append(s)
        return ""
    return ""


#: a certification the applicant makes by signing, in the third person: "By signing this application, the
#: Applicant certifies that …"
_BY_SIGNING = re.compile(r"By signing (?:this|the) (?:application|form|request)[^.,]{0,20}, the (?:Applicant|Borrower|"
                         r"undersigned|Company)\b[^.]{0,40}?\bcertifies\b", re.I)


def _with_preceding_certification(text: str, found: str, reach: int = 2000) -> str:
    """``found`` with the certification by signing printed just before it (at most ``reach`` characters
    before, nothing but that paragraph between), else ``found`` as it is."""
    flat = re.sub(r"\s+", " ", text or "")[:60000]
    at = flat.find(re.sub(r"\s+", " ", found)[:60])
    if at <= 0:
        return found
    m = None
    for m in _BY_SIGNING.finditer(flat, max(0, at - reach), at):
        pass
    if m is None:
        return found
    # (the heading printed over it, "APPLICANT CERTIFICATION", in capitals on the line before: its title; and
    # the lead-in over that, "By Signing Below, You Make the Following Representations, …:")
    before = flat[max(0, m.start() - 300):m.start()]
    head = re.search(r"((?:[A-Z][A-Z’'&-]+ ){0,5}[A-Z][A-Z’'&-]+) $", before)
    lead = re.search(r"(By signing below[^.:]{0,160}:) $", before[:head.start()] if head else before, re.I)
    return "\n".join(x for x in (lead.group(1) if lead else "", head.group(1) if head else "",
                                  flat[m.start():at].strip(), found) if x)



#: the lead-in of a list of points a signer certifies, alone on its line: "The authorized representative …
#: certifies to the following:", "By signing, I certify that:"
_LIST_LEAD = re.compile(r"(?im)^([^\n]{0,300}?\b(?:certif(?:y|ies)|declares?|agrees?|acknowledges?)\b[^\n]{0,80}?"
                        r"(?:the following|that)\s*:)[ \t]*$")
_POINT = re.compile(r"^\s*(?:[•◦▪‣●○■\-–*]|\(?[a-z0-9]{1,2}[.)])\s+")


def certified_list(text: str, first: str, limit: int = 8000) -> str:
    """The list of points (lead-in and bullets, one line each) that holds the sentence ``first``, else "".
    A point goes on over lines until one ends with a full stop and the next starts a point or another
    block; a list of over ``limit`` characters is no declaration to carry (a page of terms)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")[:60000]
    # the lines every page repeats (the form's running header and footer: "SBA Form 1919 (02/2025) 4"): a
    # list printed over a page break goes on after them
    running = {k for k in repeated_lines([x] for x in text.split("\n")) if not _POINT.match(k)}
    for m in _LIST_LEAD.finditer(text):
        points: list[str] = []
        marks: list[str] = []
        for line in text[m.end():].split("\n"):
            s = line.strip()
            if points and line_shape(s) in running:
                continue
            if not s:
                if points:
                    break
                continue
            if _POINT.match(s):
                marks.append(_POINT.match(s).group().strip())
                points.append(_POINT.sub("", s, count=1))
            elif points and (not points[-1].rstrip().endswith((".", ";", ":")) or s[:1].islower()):
                points[-1] += " " + s
            else:
                break
            if sum(map(len, points)) > limit:
                points = []
                break
        if len(points) >= 2:
            # one point a line, as printed: a point under another ("◦" under the "•" that ends in ":") indented
            # under it — "The Applicant and OC will not, without Lender's prior written consent: ◦ Make any
            # distribution …" is one covenant, not two statements (review 30 #2)
            top = marks[0]
            lines = [re.sub(r"\s+", " ", m.group(1)).strip()]
            for mark, point in zip(marks, points):
                point = re.sub(r"\s+", " ", point).strip()
                lines.append(f"• {point}" if mark == top else f"    {mark} {point}")
            out = "\n".join(lines)
            if first[:60] in re.sub(r"\s+", " ", out):
                return out
    return ""


def form_for(text: str) -> str:
    """The party a form says it is for, near its title ("(정부포상 후보자용)" → "beneficiary"), else "": the
    person data it asks without naming anyone are that party's."""
    for m in _FOR_WHOM.finditer(re.sub(r"\s+", " ", text or "")[:600]):
        found = roles_in(m.group(1))
        if found and found[0][0] not in _non_signing():
            return found[0][0]
    return ""


#: ("Spouse’s/domestic partner’s signature": the first of two names joined by a slash is the party)
_OWN_SIGNATURE = re.compile(r"\b([A-Za-z]+)[’']s(?:\s*/\s*(?:[A-Za-z]+\s+){0,2}[A-Za-z]+[’']s)?\s+signature\b"
                            r"|\bsignature\s+of\s+(?:the\s+)?(U\.S\.\s+person|[A-Za-z]+)\b"
                            # "sign (spousal signature, if required)": the adjective names the party (SBA Form 413)
                            r"|\b(spousal)\s+signature\b", re.I)
_SIGN_VERB = re.compile(r"\b(?:you|must|to|please|will|shall|not)\s+$", re.I)
#: the case a signature is printed for: "(required if listed on Line 2a)", "If a joint return, both must sign",
#: "(if applicable)", "(spousal signature, if required)", "(해당 시)"
_SIGN_CONDITION = re.compile(
    r"\b((?:required\s+|only\s+)?if\s+(?:a\s+|an\s+|any\b|applicable|listed|married|joint|filing|there\b|required\b)"
    r"[^.;:()]{0,60})"
    r"|\((해당\s*(?:시|하는\s*경우|자(?:에\s*한함|만))[^)]{0,20})\)", re.I)


def sign_condition(text: str) -> str:
    """The case in which the signature printed in ``text`` (a signature's label, or the words after a printed
    mark) is given, as printed; "" where it names none."""
    m = _SIGN_CONDITION.search(text or "")
    if not m:
        return ""
    # (a layout's line runs on into the next box's caption: "if filing jointly … on same return Date Preparer's")
    case = _NEXT_CAPTION.split(m.group(1) or m.group(2), 1)[0]
    return re.sub(r"\s+", " ", case).strip().rstrip(",")


#: a printed caption that starts the next box on a signature line, not a word of the case before it
_NEXT_CAPTION = re.compile(r"\s+(?=(?:Date|Signature|Title|Phone|Telephone|Print(?:ed)?|Preparer|PTIN|Firm)\b)")


_YOUR_SIGNATURE = re.compile(r"\byour\s+signature\b|\bsignature\s+of\s+(?:the\s+)?taxpayer\b|본인\s*서명", re.I)


def _nearest(text: str, at: int, before: int = 90, after: int = 50) -> Optional[tuple[str, str]]:
    """The party word nearest to a signature mark at ``at``."""
    lo = max(0, at - before)
    window = text[lo:at + after]
    best = None
    for role, cue, pos in roles_in(window):
        d = abs(lo + pos - at)
        if best is None or d < best[0]:
            best = (d, role, cue)
    return (best[1], best[2]) if best else None


_ALTERNATIVE_SEP = re.compile(r"\s*(?:[ㆍ·ᆞ/,]|또는|or)\s*", re.I)


def _own_among_alternatives(text: str, at: int, before: int = 90) -> Optional[tuple[str, str]]:
    """(role, cue) of the applicant side where the party words just before a signature mark are a list
    of alternatives that includes it ("소방시설관리업자ㆍ소방안전관리자ㆍ관계인: (서명 또는 인)"), else None."""
    lo = max(0, at - before)
    found = roles_in(text[lo:at])
    if len(found) < 2:
        return None
    # the run of party words nearest the mark, joined only by separators
    run = [found[-1]]
    for prev in reversed(found[:-1]):
        gap = text[lo + prev[2] + len(prev[1]): lo + run[0][2]]
        if not _ALTERNATIVE_SEP.fullmatch(gap):
            break
        run.insert(0, prev)
    if len(run) < 2 or not re.fullmatch(r"[\s:：]*", text[lo + run[-1][2] + len(run[-1][1]): at]):
        return None
    return next(((r, c) for r, c, _ in run if r in OWN), None)


#: the sign-off slots of a Korean form, whose printed words say whose they are
_SLOT = re.compile(r"(?<![가-힣])(?:작\s?성\s?자|확\s?인\s?자|조\s?사\s?자)")  # (printed letter-spaced too)
#: the mark a slot's words end at: "(서명)", "(서명 또는 인)", "(인)", "(관인)" — not "(인사담당자)"
_SLOT_MARK = re.compile(r"\(\s*(?:서명|날인)[^)]{0,8}\)|\(\s*(?:관\s*)?인\s*\)|서명")
#: a post in an organisation's own hierarchy, printed for a sign-off slot ("확인자 총무‧인사과장(팀장)",
#: "조사자 … 추천부서의 부서장"): not an outside authority's (소방본부장, 세무서장)
_INTERNAL_POST = re.compile(r"과장|팀장|부서장|담당관|실장|(?<!본)부장")


def _read_signoff_slots(body: str, sigs: list[Signature]) -> list[Signature]:
    """The signers of a Korean form's sign-off slots by the words printed between the slot and its mark: a
    party named there signs ("22)작성자(인사담당자)": the personnel office); a post of the organisation's own
    hierarchy ("확인자 담당 과장(팀장)", "조사자 … 추천부서의 부서장") is its internal approval — the role
    ``approver``, which signs in the filer's name — where the form is also signed by its writer or by a party who
    files for others (the 추천관); a slot with its own 소속 to fill and no post ("확인자 소속 : 직급 :", a site
    check by an official) stays the official's."""
    slot_roles: dict[str, set[str]] = {}
    slots = list(_SLOT.finditer(body))
    for k, m in enumerate(slots):
        end = min([m.end() + 40] + [x.start() for x in slots[k + 1:k + 2]]
                  + [x.start() for x in _SLOT_MARK.finditer(body, m.end(), m.end() + 40)])
        window = body[m.end():end]
        named = [r for r, words in _slot_words() if any(w in window for w in words)] + [
            r for r, _, _ in roles_in(window) if r not in ("writer", "agency_official")]
        slot_roles.setdefault(re.sub(r"\s", "", m.group(0)), set()).add(
            named[0] if named else "approver" if _INTERNAL_POST.search(window) else "")
    companions = {s.signer for s in sigs if s.signer == "writer" or (s.signer not in OWN and s.signer != "agency_official"
                                                                      and _signs_for_others(s.signer))}
    out = []
    for s in sigs:
        cue = re.search(r"'(작성자|확인자|조사자)'", s.evidence)
        roles = slot_roles.get(cue.group(1), set()) if cue else set()
        new = next(iter(roles)) if len(roles) == 1 else ""
        if new == "approver" and not companions - {s.signer}:
            new = ""
        what = "a post of the organisation's own" if new == "approver" else f"the {new}"
        out.append(replace(s, signer=new, evidence=f"{s.evidence} (printed for the slot: {what})")
                   if new and new != s.signer else s)
    return out


@lru_cache(maxsize=1)
def _slot_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from ..knowledge import load_knowledge

    return tuple((r.id, r.slot_words) for r in load_knowledge().roles.values() if r.slot_words)


@lru_cache(maxsize=64)
def _signs_for_others(role: str) -> bool:
    from ..knowledge import load_knowledge

    r = load_knowledge().roles.get(role)
    return bool(r is not None and r.signs_for_others)


def subject_of(field: Field) -> Optional[str]:
    """Whose datum a field asks: a party named in its label, else in the nearest heading that names one.
    Headings that name no party (Contact Information, Mailing Address) give none."""
    # (a question put to "you" names its subject — the one who answers —, whatever party its clauses name: "… by any
    # Federal Department or agency?", "If yes, the Applicant is not eligible")
    own = () if ASKED_OF_YOU.search(field.label or "") else (field.label,)
    for text in (*own, *reversed(field.context)):
        found = roles_in(text)
        if found:
            return found[0][0]
    return None


#: a signature caption listing parties as alternatives: "소방시설관리업자ㆍ소방안전관리자ㆍ관계인"
_EITHER_PARTY = re.compile(r"\s*[가-힣]{2,12}(?:\s*[ㆍᆞ·‧]\s*[가-힣]{2,12})+")


def read_parties(title: str, text: str, fields: Iterable[Field], kind: str) -> tuple[tuple[Signature, ...], tuple[str, ...]]:
    """The signature blocks of a document with their signers, and the parties whose data it asks."""
    fields = tuple(fields)
    sig_fields = [f for f in fields if f.kind == "signature"]
    first = sig_fields[0] if sig_fields else None
    sigs: list[Signature] = []
    seen: set[str] = set()

    def add(role: str, field_id: str, label: str, evidence: str, condition: str = "") -> None:
        key = f"{role}|{field_id}"
        if key not in seen:
            seen.add(key)
            sigs.append(Signature(signer=role, field=field_id, label=label, evidence=evidence, condition=condition))

    for f in sig_fields:
        office = _office_seal(f.label)
        if office:
            add(office[0], f.id, f.label, f"the seal of the office that issues it ('{office[1]}')")
            continue
        found = roles_in(f.label)
        if not found:
            for c in reversed(f.context):
                if _SIGN.search(c) or len(c) <= 40:
                    # (a heading above the mark that names a party who never signs — "실무 담당자" over the
                    # contact's table — names no signer of this mark)
                    found = [x for x in roles_in(c) if x[0] not in _non_signing()]
                    if found:
                        break
        either = _EITHER_PARTY.match(f.label) if found and len({r for r, *_ in found}) > 1 else None
        if either and "applicant" in {r for r, *_ in found}:
            # "소방시설관리업자ㆍ소방안전관리자ㆍ관계인: (서명 또는 인)": whichever of them files signs — the filer,
            # the applicant, or another party for it (fire review 33a #6)
            add("applicant", f.id, f.label, f"signature labelled '{either.group(0).strip()}': whichever of them files signs")
            continue
        if found:
            add(found[0][0], f.id, f.label, f"signature labelled '{found[0][1]}'", sign_condition(f.label))
    # (a form field's NUL markers are no words of the evidence quoted from it)
    body = re.sub(r"\s+", " ", re.sub(r"[\x00-\x08\x0e-\x1f\x7f]", " ", text or ""))
    # "Your signature": the form's "you" — the one who files it — signs
    m = _YOUR_SIGNATURE.search(body)
    if m:
        add("applicant", "", "", f"'{m.group(0)}' printed: the filer signs")
    # "Employee's signature", "signature of the guarantor": the word the mark belongs to names the signer,
    # even a party that is otherwise only listed (an employee signs a W-4)
    for m in _OWN_SIGNATURE.finditer(body):
        found = roles_in(m.group(1) or m.group(2) or m.group(3) or "")
        if found:
            # ("Spouse's signature. If a joint return, both must sign.": the words just after say the case)
            add(found[0][0], "", "", f"'{m.group(0)}' printed: that party signs",
                sign_condition(body[m.end():m.end() + 60]))
    block_start = 0  # where the current signature block begins: after the previous mark
    for m in _SIGN.finditer(body):
        if _SIGN_VERB.search(body[max(0, m.start() - 12):m.start()]):
            continue  # "(This form is not valid unless you sign it.)": an instruction, not a signature mark
        told = m.group(0).lower() == "signed" and _PASSIVE_SIGNED.search(body[max(0, m.start() - 80):m.start()])
        if (_SIGNED_BY.match(body, m.start()) and not told) or (told and re.match(r"signed\s*[.,;]", body[m.start():m.start() + 8])):
            # "the documents related to the Loan signed by Borrower, Guarantor …" (but "These statements must be
            # … signed by the Applicant" says who signs), "Each attachment must be identified as a part of this
            # statement and signed.": what is to be signed, not where
            continue
        near = _nearest(body, m.start())
        own = _own_among_alternatives(body, m.start())
        start, block_start = block_start, m.end()
        if near is None:
            # a block that names its party at its head, the official who signs for it below ("Name, Address, &
            # Phone No. of Applicant / By ___ Typed Name & Title of Authorized Official / ___ Signature of
            # Authorized Official", SBA Form 601, then the same for the Subrecipient): the party of its block
            # (a caption that ends on the party, a blank or "By" after it — not a sentence that names a party:
            # "any record to the CDC or SBA … Signature: ___"), where the mark is a line to sign on
            lo = max(start, m.start() - _BLOCK_HEAD)
            head = [x for x in roles_in(body[lo:m.start()]) if x[0] not in _non_signing()
                    and re.match(r"\s*(?:By\b|_|:)", body[lo + x[2] + len(x[1]):m.start()])] \
                if re.search(r"_{5,}", body[max(start, m.start() - 60):m.end() + 40]) else []
            if head:
                add(head[-1][0], "", "", f"'{head[-1][1]}' named at the head of a signature block, above "
                                         f"'{body[m.start():m.end() + 30].strip()}…'")
            continue
        if own:
            # "소방시설관리업자ㆍ소방안전관리자ㆍ관계인 (서명 또는 인)": one of these signs — whoever inspected;
            # the applicant may, so the form is not one only another party signs
            add(own[0], "", "", f"one of the parties listed at a signature mark signs, the {own[1]} among them: "
                                f"…{body[max(0, m.start() - 50):m.end() + 20]}…")
        elif near and near[0] not in _non_signing():
            add(near[0], "", "", f"'{near[1]}' printed at a signature mark: …{body[max(0, m.start() - 50):m.end() + 20]}…")
    scopes = _programme_headings(text, body)
    for m in _EACH.finditer(body):
        found = roles_in(m.group(1))
        if not found:
            continue
        # ("Completed for each individual who holds 20% …" over a demographic section no one signs: a form
        # completed for each person is signed by each only where its sentence says sign)
        end = body.find(".", m.end())
        sentence = body[body.rfind(".", 0, m.start()) + 1:end if end >= 0 else len(body)]
        if re.search(r"\bsign", sentence, re.I) or not re.search(r"\bfor\s+each\b", m.group(0), re.I):
            # (under a heading that names the programme it is for — SBA Form 413's "Disaster Business Loan
            # Application" section says who completes it for a disaster loan —: in that programme only)
            scope = next((h for at, h in reversed(scopes) if at <= m.start() <= at + len(h) + _SCOPE_REACH), "")
            add(found[0][0], "", "", f"filled {m.group(0)[:60]!r}", f"for the {scope}" if scope else "")
    # "(정부포상 후보자용)": a Korean form says for whom it is, near its title
    for m in _FOR_WHOM.finditer(body[:600]):
        found = roles_in(m.group(1))
        if found and found[0][0] not in _non_signing():
            add(found[0][0], first.id if first else "", first.label if first else "",
                f"the form is '{m.group(0)}': filled and signed by the {found[0][1]}")
    # a statement about a person (personal history, personal financial statement, CV) is made and signed
    # by that person, whoever files it
    m = _PERSONAL.search(title or "") or _PERSONAL.search(body[:400])
    if m and (first is not None or _SIGN.search(body)) and not any(s.signer not in OWN for s in sigs):
        add("individual", first.id if first else "", first.label if first else "",
            f"a statement about a person ('{m.group(0)}'): that person signs it")
    # an undertaking with several signature blocks binds every party it names: the applicant signs one,
    # the other parties the others ("Signature of Authorized Official" twice, applicant and contractor)
    n_blocks = len(sig_fields)
    if kind in ("pledge", "agreement") and n_blocks >= 2 and not any(s.signer not in OWN for s in sigs):
        named = [r for r, _, _ in roles_in(body) if r not in OWN and r not in _non_signing() and r != "lender"]
        if named:
            top = max(set(named), key=named.count)
            add(top, "", "", f"{n_blocks} signature blocks in an undertaking that binds the {top} "
                             f"(named {named.count(top)} times)")
    if not sigs and first is not None and kind in ("consent", "pledge"):
        # "(해당 시) 공동대표 또는 각자대표 동의서": a consent or pledge whose title names the party it is
        # from is signed by that party, though its signature block names nobody
        for role, cue, _ in roles_in(title or "")[:1]:
            if role not in ("applicant",) and role not in _non_signing():
                add(role, first.id, first.label, f"a {kind} whose title names the {cue} ('{(title or '')[:60]}'): "
                                                 f"that party signs it")
    if not sigs and first is not None:
        add("applicant", first.id, first.label, "a signature block that names no other party: the applicant signs")
    sigs = _read_signoff_slots(body, sigs)
    if kind == "agreement":
        for role, cue, _ in roles_in(title)[:1]:
            if role not in OWN:
                add(role, "", "", f"an agreement of the {cue} ('{title[:60]}')")
    parties = []
    for f in fields:
        if f.subject and f.subject not in parties:
            parties.append(f.subject)
    return tuple(sigs), tuple(parties)


def without_issuers_seal(kind: str, fields: tuple[Field, ...], signers: tuple[Signature, ...]
                         ) -> tuple[tuple[Field, ...], tuple[Signature, ...]]:
    """A certificate without the seal of the office that issued it ("○○세무서장 (직인)"): the seal is part of
    the record the office issues, nothing anyone writes — the office stays its signer, with no field."""
    if kind != "certificate":
        return fields, signers
    seals = {sg.field for sg in signers if sg.signer == "issuer" and sg.field}
    return (tuple(f for f in fields if f.id not in seals),
            tuple(replace(sg, field="") if sg.field in seals else sg for sg in signers))


def signer_roles(signers: Iterable[Signature]) -> tuple[str, ...]:
    out = []
    for s in signers:
        if s.signer not in out:
            out.append(s.signer)
    return tuple(out)


def other_signers(signers: Iterable[Signature]) -> tuple[str, ...]:
    """Signers other than the applicant, its representative and those who sign in its name
    (``signs_as_applicant`` in roles.yaml: the 작성자 who writes a Korean form for it)."""
    return tuple(r for r in signer_roles(signers) if r not in OWN and r not in ("co_representative",)
                 and r not in signs_as_applicant())


@lru_cache(maxsize=1)
def signs_as_applicant() -> frozenset[str]:
    """The roles that sign in the applicant's name (roles.yaml ``signs_as_applicant``)."""
    from ..knowledge import load_knowledge

    return frozenset(r.id for r in load_knowledge().roles.values() if r.signs_as_applicant)


def with_title_party(title: str, fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """A form about one person of another party than the filer, as its title says at its head ("참여인력 개인별
    이력사항", "참여인력 상세이력": a bidder's CV of each staff member it proposes, one per person — review 41 #2):
    what it asks, where no label says whose, is that person's, not the applicant's."""
    from ..knowledge import load_knowledge

    t = re.sub(r"^[\s\[(<【〈]*(?:[^\])>】〉]{0,20}[\])>】〉])?\s*", "", title or "")
    found = roles_in(t)
    if not found or found[0][2] > 1 or found[0][0] in OWN:
        return fields
    role = load_knowledge().roles.get(found[0][0])
    if role is None or "person" not in role.subject or role.signs_for_others:
        return fields
    return tuple(replace(f, subject=role.id) if f.subject is None else f for f in fields)


#: a term a form defines for a party in the caption that asks it: 'With the following company ("the Company"):
#: Company Name' (SSA-89), 'the lender (the "Lender")'
_DEFINED_TERM = re.compile(r"\(\s*(?:the\s+)?[\"“”']\s*(?:the\s+)?([A-Z][A-Za-z]{2,20})\s*[\"“”']\s*\)")


#: what a signature block asks besides the signature: its date, the signer's printed name and title
_SIGN_ADJUNCT = re.compile(r"(?i)^\s*(?:date(?:\s+signed)?|print(?:ed)?\s*(?:/\s*type(?:d)?)?\s*name|type(?:d)?\s+name|"
                           r"printed\s+name|name|title|서명일|일자|날짜|성명)\s*[:.]?\s*$")


def with_parties(fields: Iterable[Field]) -> tuple[Field, ...]:
    """The fields, each with its subject. A party a caption defines a term for ('With the following company
    ("the Company"): Company Name') is the subject of the captions after it that start with the term
    ("Company Address"): the form's own word for that party, not the applicant's (review 42 #1)."""
    out: list[Field] = []
    terms: dict[str, str] = {}
    subjects: dict[str, Optional[str]] = {}
    signer: Optional[str] = None  # the party of the signature block the fields are in
    since = 0  # boxes since its mark
    for f in fields:
        if f.kind in ("checkbox", "radio") and f.part_of and f.part_of in subjects:
            # an option of one choice ("To open a bank account" of SSA-89's reasons) is its question's, whatever
            # party its words name
            out.append(replace(f, subject=subjects[f.part_of]))
            continue
        if f.subject is None:
            f = replace(f, subject=subject_of(f))
        if f.kind == "signature":
            signer, since = f.subject, 0
        elif signer:
            since += 1
            if f.subject is None and since <= 4 and f.location.page is not None and _SIGN_ADJUNCT.match(f.label or ""):
                # the date and printed name of a signature block ("Spouse's signature …", then "Date", "Print/Type
                # name": Form 4506-C) are its signer's (review 42 #2) — the boxes just after its mark, before any
                # box that names a party of its own
                f = replace(f, subject=signer)
            elif f.kind != "checkbox" and (f.subject is not None or not _SIGN_ADJUNCT.match(f.label or "")):
                signer = None  # (a box of the mark's own — "signed electronically" — does not end its block)
        if f.subject is None and terms:
            head = re.match(r"\s*([A-Z][A-Za-z]+)\b", f.label or "")
            if head and head.group(1).lower() in terms:
                f = replace(f, subject=terms[head.group(1).lower()])
        if f.subject:
            for m in _DEFINED_TERM.finditer(f.label or ""):
                terms[m.group(1).lower()] = f.subject
        subjects[f.id] = f.subject
        out.append(f)
    return tuple(out)


#: who a certification's signature blocks are for: "(to be completed by each person submitting the information
#: requested on this form and the spouse of any 20% or more owner when spousal assets are included)" (SBA Form 413)
_BLOCKS_FOR = re.compile(r"\b(?:to\s+be\s+)?(?:completed|signed)\s+by\s+([^()]{3,160}?)\s+and\s+(?:by\s+)?the\s+"
                         r"([A-Za-z][A-Za-z'’-]+)\b", re.I)


def with_block_parties(text: str, fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """A form that prints its certification's signature blocks alike, one after another, and says whom they are for
    — "to be completed by each person submitting … and the spouse of any 20% or more owner" (SBA Form 413) —: the
    last block is that second party's, its name, date and number too. SBA review 57 #4: the 413's "Print Name 2" and
    its Social Security No. were read as a second owner's (the form's second block is the owner's spouse's). Only
    where the blocks' signatures say no party and the second party is a role formslim knows."""
    m = _BLOCKS_FOR.search(re.sub(r"\s+", " ", text or ""))
    if m is None:
        return fields
    second = roles_in(m.group(2))
    signatures = [i for i, f in enumerate(fields) if f.kind == "signature"]
    if not second or len(signatures) < 2 or any(fields[i].subject for i in signatures):
        return fields
    role = second[0][0]
    out = list(fields)
    last = signatures[-1]
    for i in range(last, min(len(fields), last + 5)):
        f = fields[i]
        if i > last and (f.kind == "signature" or f.subject or not _BLOCK_ADJUNCT.match(f.label or "")):
            break
        out[i] = replace(f, subject=role)
    return tuple(out)


#: "Ensure that lines 5 through 8 are completed before signing" (IRS Form 4506-C): the request's own lines, which the
#: party that files the form fills before the signer signs
_BEFORE_SIGNING = re.compile(r"\blines?\s+(\d{1,2})[a-z]?\s+(?:through|thru|to|[-–])\s+(\d{1,2})[a-z]?\s+(?:are|is|must\s+be|"
                             r"should\s+be|have\s+been)\s+(?:completed|filled\s+in|filled\s+out)\s+(?:before|prior\s+to)\s+"
                             r"(?:signing|you\s+sign|it\s+is\s+signed|the\s+form\s+is\s+signed)", re.I)


def with_lines_filled_before_signing(text: str, fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The lines a form says are completed before it is signed — "Ensure that lines 5 through 8 are completed before
    signing" (IRS Form 4506-C: the IVES participant, its client and the transcript requested) — are the party's that
    files it, not the signer's answers: a field of those lines that says no party of its own is that party's — the
    party the range's other lines name (the 4506-C's 5a "IVES participant"). Loan-consents review 59 #1, SBA review 57
    #8: lines 6–8 were counted as the borrower's questions. Only where one party other than the applicant's side is
    named in the range."""
    m = _BEFORE_SIGNING.search(re.sub(r"\s+", " ", text or "")[:60000])
    if m is None:
        return fields
    first, last = int(m.group(1)), int(m.group(2))
    if not 0 < first <= last <= first + 10:
        return fields

    def in_range(f: Field) -> bool:
        n = re.match(r"(\d{1,2})", f.line or "") or re.match(r"\s*(\d{1,2})[a-z]?\.", f.label or "")
        return n is not None and first <= int(n.group(1)) <= last

    parties = [f.subject for f in fields if f.subject and f.subject not in _OWN_SIDE and in_range(f)
               or f.subject and f.subject not in _OWN_SIDE and re.match(rf"\s*{first}[a-z]?\b", f.label or "")]
    if not parties:
        parties = [f.subject for f in fields if f.subject and f.subject not in _OWN_SIDE
                   and f.subject in {"intermediary", "client", "lender", "requester"}]
    if not parties:
        return fields
    party = parties[0]
    return tuple(replace(f, subject=party) if f.subject is None and in_range(f) else f for f in fields)


#: the boxes of a signature block after its mark: its date, the signer's printed name, their number
_BLOCK_ADJUNCT = re.compile(r"(?i)^\s*(?:enter\s+)?(?:date|print(?:ed)?\s*(?:/\s*type(?:d)?)?\s*name|type(?:d)?\s+name|name|"
                            r"title|social\s+security\s+(?:no|number)|ssn)\b")


#: "Section Four (Pages 12–20) is completed by the CDC", "Part III (page 3) must be completed by the lender"
_FILLED_BY = re.compile(r"\b(?:Section|Part)\s+[\w.-]{1,8}\s*\((?:Pages?|pp?\.)\s*(\d{1,3})(?:\s*[-–—]\s*(\d{1,3}))?\)\s*"
                        r"(?:is|are|must be|shall be|should be|to be|will be)\s+completed\s+by\s+(?:the\s+|an?\s+)?"
                        r"([A-Za-z][A-Za-z'’ ]{1,40}?)\s*[.,;:(]", re.I)
#: the applicant's side: parts they complete are the applicant's to fill
_OWN_SIDE = {"applicant", "representative", "co_representative", "owner", "spouse", "member", "individual", "contact"}


def filled_by_others(text: str) -> tuple[PartFilledBy, ...]:
    """The page ranges a form says another party completes (a lender, a CDC, an official), by role."""
    out = []
    for m in _FILLED_BY.finditer(re.sub(r"\s+", " ", text or "")[:60000]):
        who = m.group(3).strip()
        found = roles_in(who)
        if not found or found[0][2] != 0:
            continue  # a party named first ("the CDC"), not one named inside ("Associates of the Applicant")
        role = found[0][0]
        if role in _OWN_SIDE:
            continue
        first = int(m.group(1))
        last = int(m.group(2) or first)
        if 0 < first <= last <= first + 200:
            out.append(PartFilledBy(first_page=first, last_page=last, party=role, words=m.group(0).rstrip(" .,;:(")))
    return tuple(out)
