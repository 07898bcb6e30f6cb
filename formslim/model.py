"""The data model shared by every pipeline stage.

All records are frozen dataclasses: a stage never mutates what it was given, it returns a new value.
Every record serialises to plain JSON-able dicts with ``to_dict()``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields as dc_fields
from typing import Any, Optional

#: Field kinds, in the vocabulary the later stages rely on.
FIELD_KINDS = (
    "text",        # a short answer
    "number",      # a count or other non-monetary number
    "amount",      # money
    "date",
    "checkbox",    # one box that is ticked or not
    "radio",       # one choice among options, shown as buttons
    "choice",      # one choice from a list (dropdown, "택 1" table)
    "signature",
    "free_text",   # a paragraph or more
    "attachment",  # a document to attach or paste in (a scan of an ID card, a certificate)
)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items())}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


@dataclass(frozen=True)
class Location:
    """Where a field is: a page rectangle (PDF) or a table cell (DOCX, HWP …), or both."""

    file: str
    page: Optional[int] = None  # 1-based
    bbox: Optional[tuple[float, float, float, float]] = None  # x0, top, x1, bottom in points, top-left origin
    table: Optional[int] = None  # 1-based index of the table in the document
    row: Optional[int] = None  # 1-based
    column: Optional[int] = None  # 1-based
    paragraph: Optional[int] = None  # 1-based index of the paragraph outside tables

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}

    def describe(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.table is not None:
            parts.append(f"table {self.table} r{self.row}c{self.column}")
        elif self.paragraph is not None:
            parts.append(f"para {self.paragraph}")
        return " ".join(parts)


#: how a document's warning starts when its file holds part of its form only ("the file starts at page 2 …")
INCOMPLETE = "incomplete form: "
#: how a document's warning starts when its own calculation cannot run (it names fields the form does not have)
BROKEN_CALCULATION = "broken calculation: "


@dataclass(frozen=True)
class Field:
    """One thing an applicant is asked to provide."""

    id: str
    label: str  # human label, as printed (or the tooltip)
    normalized_label: str
    kind: str
    location: Location
    source: str  # which extractor found it, e.g. "acroform", "pdf-layout", "docx-table"
    confidence: float = 1.0
    name: Optional[str] = None  # the document's own field name (AcroForm name, content-control tag)
    options: tuple[str, ...] = ()
    required: Optional[bool] = None  # None: the document does not say
    max_length: Optional[int] = None
    context: tuple[str, ...] = ()  # section headings / table headers above the field, outermost first
    label_source: str = "printed"  # tooltip | printed | cell | name | locator (a tooltip that only says "Line 2") …
    repeats: int = 1  # rows of a roster table that ask the same thing again
    subject: Optional[str] = None  # whose datum: a party role (applicant, owner, spouse …) where the form says
    line: Optional[str] = None  # the form's own line number for the field ("37", "8a"), where it prints one
    # the form computes this answer itself (an AcroForm calculation): the formula as read ("SUM(Cash, Savings)",
    # "TotalAssets - TotalLiabilities") and the names of the fields it reads
    calculation: str = ""
    calculated_from: tuple[str, ...] = ()
    # the document will not let anyone type here (a PDF field flagged ReadOnly): the form or the software
    # that issued it fills the answer (a name copied from the main return, a voucher's copy of the total)
    read_only: bool = False
    # how many of a group of boxes the form lets one tick, where it says so: "one" ("Check one", "택 1",
    # "하나만"), "many" ("Select all that apply", "복수 선택 가능"); "" where it does not say
    choose: str = ""
    # the first box of one answer this box continues (a date's day and year boxes after its month box, an
    # address's second line): one question with it (formslim.fields.parts)
    part_of: Optional[str] = None
    # the instruction printed in the answer space itself, as printed ("공적조서에 기재된 공적내용을 요약하여 전부
    # 기재"): what the answer is to be, where the caption alone does not say (a summary of a text asked elsewhere)
    hint: str = ""
    # the whole question a page prints beside a box whose label is a tooltip's paraphrase of it (SBA Form
    # 1919's "4. Is the Applicant or any Associate … serving a sentence of imprisonment … (if "Yes" the Applicant
    # is not eligible …)" beside a box whose tooltip drops half of it): asked again, it is asked in these words
    question: str = ""
    # the caption a page prints beside or over a text box whose label is a tooltip's paraphrase of it, as printed
    # and whole (SBA Form 1919: "# of existing employees (including owners, all part-time, full-time and all
    # employees of domestic and foreign Affiliates – do not convert to FTE)" beside a box whose tooltip reads "Please
    # enter the number of existing employees here"; "# of FTE jobs saved/retained because of the loan (including
    # owners)" where the tooltip adds "in the next two years"): asked again, it is asked in these words
    caption: str = ""
    # the heading a form prints over the block of answer boxes this field is in, where it says whether the
    # block is mandatory or optional, with the sentences that follow it, as printed (SBA Form 1919: "Applicant
    # Owner's Demographic Information (Optional) - … Disclosure is voluntary and will have no bearing on the loan
    # application decision. …"): what a form asking these questions again prints above them
    block_note: str = ""
    # the heading printed just above a bare label's box (at most three words, no item number): Form 4868's "Routing
    # number" under "Electronic Withdrawal of Tax Due". Read for the contrast classes marked ``context: true`` only
    # (which account, which project), never for whose datum it is: a page's headings name too much else
    heading: str = ""
    # the case in which the form asks this question, as its own legend says (a checklist's "● … 종합점검의
    # 경우에만 해당한다": the item is checked in a full inspection only); "" where it is asked in every case
    condition: str = ""

    def __post_init__(self) -> None:
        if self.kind not in FIELD_KINDS:
            raise ValueError(f"unknown field kind {self.kind!r}")

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}


@dataclass(frozen=True)
class Signature:
    """A signature block: who signs, and the field where they sign."""

    signer: str  # a party role: applicant, representative, owner, spouse, creditor, contractor, preparer …
    field: str  # the signature field's id
    label: str = ""
    evidence: str = ""  # the words that name the signer
    # the case in which they sign, as the form prints it beside the signature ("required if listed on Line 2a",
    # "If a joint return, both must sign"); "" where it prints none
    condition: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class PrintedNotice:
    """The text a form prints above consent boxes (purpose, data, retention, recipients, the right to
    refuse), word for word with spaces normalised: what the person consents to."""

    fields: tuple[str, ...]  # the consent boxes it is printed above
    text: str

    def to_dict(self) -> dict:
        return {"fields": list(self.fields), "text": self.text}


@dataclass(frozen=True)
class PartFilledBy:
    """Pages of a form that another party completes, as the form says ("Section Four (Pages 12–20) is
    completed by the CDC"): their questions are not the applicant's."""

    first_page: int
    last_page: int
    party: str  # a role id (lender, agency_official …)
    words: str  # the sentence that says so

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class PrintedBound:
    """A share a document prints as a bound on one amount ("정부지원사업비 70% 이하", "자기부담사업비(B) 총 사업비의
    30% 이하"): what the programme allows, as this document states it."""

    subject: str  # the amount bound, without spaces and particles: "정부지원사업비"
    percent: str  # "70"
    direction: str  # as printed: 이상 | 이하 | 미만 | 초과
    text: str  # the words around it, as printed

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Exhibit:
    """One item of a form's numbered list of exhibits ("Exhibit 3: SBA Form 413, Personal Financial Statement …
    signed and current within 90 days …"): a document filed with the form, as the form prints it."""

    number: str  # "3"
    text: str  # the item's words, as printed (cut at 300 characters)
    forms: tuple[str, ...] = ()  # the forms it names by number, as printed ("SBA Form 413")
    condition: str = ""  # the case it is filed in, as printed ("if applicable", "For a new business"); "" always

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Duty:
    """A document a notice or a specification says its reader must submit, as printed, with when and to whom
    ("계약상대자는 납품 10근무일 전 검사관에게 검사의뢰서 … 를 제출하여야 한다"): a submission the package may hold no
    form for (formslim.parse.duties)."""

    document: str  # the document, as printed ("검사의뢰서", "KCS 또는 동등규격의 인증서")
    stage: str  # when, as one of formslim.parse.duties.STAGES ("bid", "contract", "delivery" …); "" unsaid
    when: str = ""  # when, as printed ("납품 10근무일 전", "검수 시"); ""
    who: str = ""  # who submits it, as printed ("계약상대자", "입찰자"); ""
    to: str = ""  # to whom, as printed ("검사관", "계약담당공무원"); ""
    case: str = ""  # the case it is asked in, as printed ("국내·외 제작품일 경우"); "" always
    clause: str = ""  # the printed number of the clause that says it ("6.4.2", "2)"); ""
    form: str = ""  # the annex it is to be written on, as printed ("붙임1"); ""
    instead: str = ""  # what the text says stands in for it ("입찰서": "… 입찰서로 대신합니다"); ""
    text: str = ""  # the sentence, as printed (cut at 300 characters)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class PrintedWindow:
    """How recent a document must be when it is submitted, as one document prints it: a form about itself ("This
    information is current as of … (must be within 90 days of submission for Disaster or within 120 days of
    submission for 7(a)/504 …)") or about another it asks for ("SBA Form 413, Personal Financial Statement (or
    equivalent) signed and current within 90 days")."""

    subject: str  # the document it is about, as printed ("SBA Form 413, Personal Financial Statement"); "" for itself
    days: int
    applies_to: str  # the case it is printed for ("7(a)/504/SBG/8(a) BD/WOSB"); "" for every case
    text: str  # the words, as printed

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class AttachmentRoute:
    """A row of a prescribed form's box of attachments that says who gives its documents to whom, as printed
    ("소방시설관리업자 또는 소방안전관리자가 관계인에게 제출 | 소방시설등점검표"): what the applicant files with the
    agency, and what another party hands the applicant, who keeps it."""

    giver: str  # as printed: "소방시설관리업자 또는 소방안전관리자"
    receiver: str  # as printed: "관계인", "소방본부장 또는 소방서장"
    items: tuple[str, ...]  # the documents, as printed, without their copies ("1부")
    conditions: tuple[str, ...] = ()  # per item, the case it is given in ("소방시설관리업자가 점검한 경우에만 제출합니다")
    words: str = ""  # the row's heading as printed

    def condition(self, item: str) -> str:
        return dict(zip(self.items, self.conditions)).get(item, "")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Document:
    """One logical document of an application package: a form as a reader counts it.

    Most files hold one form; a bundle (one HWP holding [별지 제1호 서식] … [붙임 5]) holds several. The
    file's record then lists its logical documents in ``parts`` — each a ``Document`` of the same
    ``path`` with the printed heading that starts it (``locator``) and its own fields — and a package
    counts, plans and reports the parts."""

    path: str  # the file, as given, relative to the package folder where there is one
    format: str  # pdf | docx | hwpx | hwp | xlsx
    title: str = ""
    kind: str = "form"  # see formslim.parse.classify.KINDS
    page_count: Optional[int] = None
    fields: tuple[Field, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str = "und"
    fillable: bool = False  # the file carries its own form fields (AcroForm, content controls)
    attachments: tuple[str, ...] = ()  # documents this one lists as required ("required: …" / "conditional: …")
    # (a checklist) what it prints for each attachment it numbers, whole — its category, the entry, what it
    # accepts and its notes: "붙임 4: [가점관련 증빙서류 (최대 1점)] (해당 시) 최근 1년 이내 5억원(현금) 이상 … 인정"
    attachment_details: tuple[str, ...] = ()
    # a form's numbered exhibits ("Exhibit 1: …" … "Exhibit 28: …"): documents filed with it, as it lists them
    exhibits: tuple[Exhibit, ...] = ()
    locator: str = ""  # the printed heading that starts this logical document; empty when the file is one form
    part: int = 0  # 1-based position of this logical document in its file; 0 when the file is one form
    kind_evidence: tuple[str, ...] = ()  # why the kind was chosen
    kind_confidence: float = 0.5
    signers: tuple[Signature, ...] = ()
    parties: tuple[str, ...] = ()  # whose data the document asks, in order of first appearance
    recipient: str = ""  # another party the document is given to ("Give Form W-4 to your employer"), as printed
    # the rows of its printed box of attachments that say who gives which documents to whom (a Korean prescribed
    # form's "첨부서류" table: "관계인이 소방본부장 또는 소방서장에게 제출 | 1. … 2. …")
    routes: tuple[AttachmentRoute, ...] = ()
    legal_form: str = ""  # the statute that prescribes this form, as printed ("상훈법 시행령 [별지 제1호서식]")
    # the rule its header prints as its source, statute or guideline, normalised ("2016년도 정부포상업무지침 [별지
    # 제6호의1 서식]", "2014년도 보건복지부 장관표창 운영지침 [붙임5 서식]"), "" where it prints none
    form_source: str = ""
    form_number: str = ""  # the form's own number, as other forms cite it: "form 1040", "schedule se", "form d-40"
    attached_to: str = ""  # the form a schedule says it is filed with ("form 1040")
    # the sentences its printed text carries one of its lines to another form's line with ("If line 16 is a gain,
    # enter the amount from line 16 on Form 1040, line 13"), as printed
    printed_carries: tuple[str, ...] = ()
    separate_filing: str = ""  # the words by which it says it is a filing of its own (an extension request)
    copy_asked: str = ""  # the words by which it asks a copy of another filing attached ("Attach a copy of your federal return")
    # the sentence by which it says a separate one is filed for each co-applicant ("A separate SBA Form 1919 for
    # each co-Applicant (e.g., EPC and OC) must be completed and signed …"), as printed
    one_per: str = ""
    # the words by which it says it is executed once the application is approved, at closing ("in consideration
    # of the approval and as a condition of the disbursement", "The “Note” is the promissory note dated"): a
    # document of a later stage than the application, listed apart and not counted in its figures
    after_approval: str = ""
    # its whole printed text, where that is nothing but its answer spaces' names and a word processor's field words
    # ("{{진행상태}} - 누름틀 {{진행상태}} - 텍스트"): a test or template stub, no form an applicant fills
    stub: str = ""
    # the records its 행정정보 공동이용 consent lists as looked up by the agency, as printed ("특허등록원부",
    # "수출신고필증"): what the package itself says the agency can fetch
    shared_records: tuple[str, ...] = ()
    form_for: str = ""  # the party the form says it is for ("(정부포상 후보자용)" → beneficiary)
    declaration: str = ""  # what its signer declares, as printed ("Under penalties of perjury, I declare …")
    # what the form says follows a false answer on it, as printed ("주) 1. 상기 기재내용이 허위사실로 판명된 경우
    # 협상대상자에서 제외 및 최종선정 후에도 계약을 해지할 수 있음"): the form's own sanction
    consequence: str = ""
    # the numbered notes it prints on how to fill it ("주) 1. 실제로 과업에 직접 투입되는 인력에 대하여 기재 2. 참여경력은
    # 현재를 기준으로 3년까지 기재 …"), each as printed: whom to list, how far back, what to mark
    fill_notes: tuple[str, ...] = ()
    # how long and for what a consent holds, as printed ("This consent is valid only for one-time use.", "This form
    # must be received by IRS within 120 days of the signature date."): what a reviewer checks it still holds
    validity: tuple[str, ...] = ()
    notices: tuple[PrintedNotice, ...] = ()  # the notices printed above its consent boxes
    citations: tuple[str, ...] = ()  # the laws its printed text cites ("5 U.S.C. 552a", "개인정보 보호법 제15조")
    filled_by_others: tuple[PartFilledBy, ...] = ()  # pages another party completes, as the form says
    # a programme notice's rules for the package, as printed: that the application itself is made online
    # ("① 사업신청서 온라인 입력"), and which documents must be written on its template, unchanged
    online_application: str = ""
    # a notice's table of what is submitted and how, as "what: how" ("사업신청서: 온라인 입력", "기타 제출서류: 파일
    # 첨부"): its own count of submissions, which may bundle several papers in one upload
    submissions: tuple[str, ...] = ()
    # the documents a notice says it asks for beyond the application, of those who pass a stage or are in a case,
    # as "document: who" ("창업기업확인서: 서류평가 통과자", "… 별도 증빙서류: 국외 창업 기업 해당 시")
    requests: tuple[str, ...] = ()
    # the shares it prints as bounds on amounts ("정부지원사업비 70% 이하"): a notice and its templates must agree
    bounds: tuple[PrintedBound, ...] = ()
    # how recent a document must be when submitted, as this one prints it (about itself or another it asks for)
    windows: tuple[PrintedWindow, ...] = ()
    # the documents a notice or a specification says its reader must submit, with when and to whom (Korean, for now)
    duties: tuple[Duty, ...] = ()
    fixed_templates: tuple[str, ...] = ()
    # the answers a form says the programme's online system asks too, by the names it quotes ("‘지원분야’,
    # ‘전문기술분야’ … 사항이 온라인시스템과 상이하게 작성할 경우"): every applicant writes them twice
    online_duplicates: tuple[str, ...] = ()
    # the sentences by which it says two answers must agree ("사업비 총액은 신청서의 신청 금액과 일치하여야 합니다"):
    # the printed basis of an equal-by-rule check (formslim.match.derive.equal_by_rule)
    agreements: tuple[str, ...] = ()
    # a consent's printed purpose and items, as printed (classify.consent_terms): what the legal review reads
    consent_terms: str = ""
    # what the notice says the online application verifies at log-in ("identity: …", "business: …": 실명인증,
    # 기업인증), with the sentence that says so
    login_checks: tuple[str, ...] = ()
    # the laws a notice names for an application made falsely ("거짓 신청 … 「보조금 관리에 관한 법률」 등에 따라")
    false_claim_laws: tuple[str, ...] = ()
    # the rules a notice defers to for whatever it does not say ("본 공고문에 명시되지 않은 사항은 … 운영요령, … 통합관리
    # 지침 … 에서 정하는 바에 따르며"): a document they prescribe is not removed by amending the notice alone
    governing_rules: tuple[str, ...] = ()
    # (a notice) the bodies it says check the applicants' eligibility, as printed ("요건검토 … 는 창업진흥원 및 주관기관
    # 에서 상시 진행"): each must have a basis to see a record the agency fetches in place of a copy
    reviewers: tuple[str, ...] = ()
    # (a notice) what it prints under each document it lists with its annex form, "별첨 1: 사업계획서 — 사업계획서는 …
    # 그 외 양식으로 제출 시 평가 대상에서 제외" (classify.annex_notes)
    annex_notes: tuple[str, ...] = ()
    # (a notice) each document it asks for later whose deadline it prints more than one way: "협약체결확약서: 선정 통보일
    # 다음날부터 3일 이내 / 요청*일 다음 영업일로부터 3일 이내 / …" (classify.deadline_conflicts)
    deadline_conflicts: tuple[str, ...] = ()
    # the length of composed text it demands, as printed ("공적내용 … (최소 2,000자 이상)", "at least 500 words"): a
    # narrative the filer writes, priced as one however few its fields (classify.composed_length)
    composed_length: str = ""
    # the pages of a fillable form that ask nothing and cite laws (SBA Form 1919's "Statements Required by
    # Law and Executive Order"), and their text as printed: what a consolidated form carries word for word
    statement_pages: tuple[int, ...] = ()
    statements: str = ""
    header: str = ""  # the first words of its text (at most 600 characters): where a form names its issuer
    # a pledge's undertakings as printed ("본인은 … 서약합니다." and its points): what a form asking the pledge carries
    pledge: str = ""
    # the time the form says it takes (a Paperwork Reduction Act statement): (low, high) minutes, and the words
    printed_burden: tuple[float, ...] = ()
    printed_burden_text: str = ""
    # personal mobile numbers ("010-…") a notice or specification prints: it goes out with the notice to every bidder or
    # applicant (review 51 #9) — counted, never kept
    personal_mobiles: int = 0
    # the date the form's printed approval expires (a US form's OMB control number and its expiration date), ISO,
    # and the words that say so: an expired edition is checked before it is redesigned
    approval_expires: str = ""
    approval_text: str = ""
    # the OMB control number the form prints in its head ("3245-0071"): the collection it belongs to, whose first four
    # digits name the agency that sponsors it (agencies.yaml `omb_prefix`)
    approval_number: str = ""
    # the programme's name the form prints filled in ("○ 포상명：2016년도 감염병관리 유공"): what the report calls it
    programme_printed: str = ""
    parts: tuple["Document", ...] = ()  # the logical documents of a file that holds several

    @property
    def key(self) -> str:
        """A stable id: the file, or the file and its part (``file#part2``)."""
        return f"{self.path}#part{self.part}" if self.part else self.path

    @property
    def logical(self) -> tuple["Document", ...]:
        """The logical documents of this file: its parts, or itself."""
        return self.parts or (self,)

    def to_dict(self, with_fields: bool = True) -> dict:
        out = {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self) if f.name not in ("fields", "parts")}
        out["key"] = self.key
        out["file"] = self.path
        out["field_count"] = len(self.fields)
        if self.parts:
            out["parts"] = [p.to_dict(with_fields=False) for p in self.parts]
        if with_fields:
            out["fields"] = [f.to_dict() for f in self.fields]
        return out


@dataclass(frozen=True)
class Problem:
    """A file that could not be read, with one line saying why."""

    file: str
    message: str
    code: str  # encrypted | corrupt | empty | unsupported | too_large | not_found

    def to_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Package:
    """The documents of one application, usually the files of one folder."""

    name: str
    documents: tuple[Document, ...] = ()
    problems: tuple[Problem, ...] = ()
    manifest: Optional[dict] = field(default=None, compare=False)

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(f for d in self.documents for f in d.fields)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "documents": [d.to_dict() for d in self.documents],
            "problems": [p.to_dict() for p in self.problems],
            "manifest": _plain(self.manifest) if self.manifest else None,
        }


@dataclass(frozen=True, slots=True)
class Link:
    """Two fields that ask for the same datum, with how sure formslim is and why."""

    a: str  # field id
    b: str  # field id
    score: float  # 0-1
    status: str  # certain | review
    rule: str  # the rule that made the link, e.g. M-CONCEPT, M-LEXICAL, M-NATIVE-NAME
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}


@dataclass(frozen=True)
class DuplicateGroup:
    """Fields across documents that ask for one datum: ask it once."""

    id: str
    concept: Optional[str]
    role: Optional[str]
    index: Optional[int]
    fields: tuple[str, ...]  # field ids, sorted
    status: str  # certain | review
    score: float
    label: str  # a representative label

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}


@dataclass(frozen=True)
class Derivation:
    """A field whose answer follows from other data: computed, looked up in a registry, or held."""

    rule: str  # rule id from the knowledge base, e.g. D-BIRTH-FROM-RRN
    type: str  # computed | total | equal | registry
    target: str  # field id
    inputs: tuple[str, ...]  # field ids (computed, total, equal) or the registry id
    how: str
    evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}


@dataclass(frozen=True)
class Decision:
    """One change the plan proposes, with the rule that allows it and the evidence for it."""

    id: str  # D001 …, stable for a given package
    rule: str  # e.g. R-REGISTRY, C-CONSENT-CHECKBOX, F-ASK-ONCE
    action: str  # keep | merge | replace_by_registry | remove | ask_once | drop_derived | prefill | checkbox | validate | form_fills
    documents: tuple[str, ...]
    fields: tuple[str, ...]
    reason: str
    evidence: tuple[str, ...] = ()
    legal_note: str = ""
    override: bool = False  # made because the manifest said so
    variant: str = ""  # which case of its rule ("online": the application is made online), for its explanation

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}


@dataclass(frozen=True)
class DocumentPlan:
    file: str
    kind: str
    title: str
    decision: str  # keep | merge | replace_by_registry | remove
    decisions: tuple[str, ...]  # ids of the decisions that justify it
    registry: Optional[str] = None
    attachment: bool = False  # required but not a file in the package
    fields_before: int = 0
    fields_after: int = 0
    locator: str = ""  # the printed heading that starts it, when its file holds several documents
    key: str = ""  # the logical document's id (Document.key); the file when empty
    kind_evidence: tuple[str, ...] = ()
    signers: tuple[Signature, ...] = ()
    twin_of: str = ""  # the same form in another format, submitted instead of this one (not counted)
    # a variant of another document of the package for another kind of applicant ("공적조서 (단체)" beside
    # "공적조서 (개인)"): an applicant files one of them, so it is decided like the others but not counted
    alternative_of: str = ""
    condition: str = ""  # the words by which its title says it is filed only in some cases ("해당 시")
    # the person it is about where that is another party than the applicant (a co-representative's ID
    # copy): a registry lookup replacing it needs that person's keys and consent
    subject: str = ""
    # where its listing accepts one of several documents each checked by a registry of one group ("주민등록증,
    # 운전면허증, 여권 중 1개"): those registries, ``registry`` first — the applicant chooses which is checked
    registry_alternatives: tuple[str, ...] = ()
    # questions the plan adds to it, a document kept for another party to sign (a co-representative's
    # consent gains the ID check they consent to and its data): counted in fields_after
    added: int = 0
    # the words by which a form's box of attachments says another party gives it to the applicant, who keeps it
    # ("소방시설관리업자 또는 소방안전관리자가 관계인에게 제출"): not filed with the agency, not counted
    received: str = ""
    # the signature blocks of one signer made one in it (F-SIGN-ONCE: a consent form signed after each consent),
    # 0 where none
    signed_once: int = 0
    # the rule and form number its header prints as its source (Document.form_source), "" where none
    form_source: str = ""
    # the words by which it says it is executed once the application is approved, at closing (K-AFTER-APPROVAL):
    # a document of a later stage, listed apart and not counted
    after_approval: str = ""
    # the agency another form of the package is filed with, where no form of the package asks for a copy of it (the
    # federal return a state return copies lines from: filed with the IRS, not here): not counted (review 49 #8)
    filed_elsewhere: str = ""
    # the registries the agency fetches to check, in its place, what the document proved (X-VERIFIED-AT-LOGIN:
    # the representative a business's records name, matched against the person who logs in), () where none
    checked_against: tuple[str, ...] = ()

    @property
    def counted(self) -> bool:
        """Whether the document counts in the package's figures: not a twin in another format, not the
        second variant of a form for another kind of applicant, not a record another party hands the applicant,
        not an instrument executed after the application is approved, not another agency's form filed there."""
        return not self.twin_of and not self.alternative_of and not self.received and not self.after_approval \
            and not self.filed_elsewhere

    @property
    def issued(self) -> bool:
        """A document whose lines are not the applicant's answers: an attachment (another agency's filing), a
        certificate an authority issues (its seal signs it: "○○세무서장 (직인)"), a register's extract."""
        return self.attachment or (self.kind == "certificate" and any(sg.signer == "issuer" for sg in self.signers)) \
            or (self.kind == "roster" and bool(self.registry))

    def to_dict(self) -> dict:
        out = {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}
        out["key"] = self.key or self.file
        return out


@dataclass(frozen=True)
class FieldPlan:
    field: str  # field id
    file: str
    label: str
    kind: str
    action: str  # ask | drop_duplicate | drop_derived | prefill | checkbox | inform | registry | removed | other_party | form_fills
    concept: Optional[str] = None
    role: Optional[str] = None
    group: Optional[str] = None  # duplicate group id
    source: str = ""  # where the answer comes from when it is not asked
    decision: Optional[str] = None
    document: str = ""  # the logical document's key (Document.key)
    # the field whose answer this box continues (Field.part_of: a date's day box): counted with it, as one question
    part_of: Optional[str] = None

    def to_dict(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in dc_fields(self)}


#: MSS's plan in its own terms: the documents a small business submits per support application, about 9 today,
#: 4.4 after (중소벤처기업부, AI 기반 중소기업 지원 혁신 방안, November 2025)
MSS_DOCUMENTS_BEFORE, MSS_DOCUMENTS_AFTER = 9, 4.4
#: the share of documents to remove when the user sets none: MSS's cut as it stands, 1 − 4.4/9 (51.1 %), not rounded
#: — a rounded 50 % called a 4 → 2 package "met" that falls short of MSS's figure (review 55 #1). formslim's default,
#: not a programme's own target, and every verdict that uses it says so
DEFAULT_TARGET = 1 - MSS_DOCUMENTS_AFTER / MSS_DOCUMENTS_BEFORE
#: the packages the default applies to: MSS's figure is the Korean government's commitment; elsewhere a package
#: with no target set gets no verdict (a PRA burden review counts hours, not documents: review 46 #4)
DEFAULT_TARGET_COUNTRY = "KR"


@dataclass(frozen=True)
class ReductionPlan:
    package: str
    target: Optional[float]  # None: no target set and no default applies (outside Korea) — no verdict
    documents: tuple[DocumentPlan, ...]
    decisions: tuple[Decision, ...]
    fields: tuple[FieldPlan, ...]
    excluded: tuple[dict, ...] = ()  # files that are not submitted (notices), with the reason
    assumptions: tuple[str, ...] = ()
    blockers: tuple[dict, ...] = ()  # documents that keep the target from being met, with what would unblock them
    # where the consolidated form lives: "primary" (a form of the package, rule K-PRIMARY), "online" (the
    # programme's online application, which its notice says every applicant fills: no added document),
    # "new" (a form the agency adds, counted as a document the applicant submits), "" (nothing is merged)
    consolidated: str = ""
    # the target is formslim's default (DEFAULT_TARGET): no --target, formslim.toml or caller set it — every
    # verdict says so, so a reader does not take it for the programme's own target (review K-Startup 30 #1)
    target_default: bool = False
    # identifiers the programme's online application establishes at log-in (its business authentication gives
    # the business registration number): a registry lookup keyed by them asks nothing more
    login_provides: tuple[str, ...] = ()
    # registries whose channel takes a signed consent form the plan keeps as it is (K-CHANNEL-CONSENT: IVES and
    # Form 4506-C): that form is their consent, which the consolidated form does not ask again
    signed_consents: tuple[str, ...] = ()
    # who files the package, where its main form names no applicant but a party who files for someone else (a
    # 추천서's 추천인, the 추천기관 that recommends a 포상 후보자): that role (roles.yaml), whose signature on the
    # package's forms is the filer's; "" where the applicant files (the usual case)
    filer: str = ""
    # the programme notice's sentence saying the application itself is made online ("① 사업신청서 온라인
    # 입력"): that application is a document every applicant submits, before and after, and is counted as one —
    # a ministry counts the document types of an application with its application form (review 44 #1: "3 → 1"
    # left it out, where the ministry's count is 4 → 2); "" where the notice says no such thing
    online_application: str = ""

    @property
    def documents_before(self) -> int:
        """Documents an applicant submits today; one form offered in two formats counts once; the programme's
        online application counts as one."""
        return sum(1 for d in self.documents if d.counted) + bool(self.online_application)

    @property
    def documents_after(self) -> int:
        return (sum(1 for d in self.documents if d.decision == "keep" and d.counted) + (self.consolidated == "new")
                + bool(self.online_application))

    @property
    def documents_required_before(self) -> int:
        """Documents every applicant submits today: those whose titles name no case they apply in, and the
        programme's online application."""
        return sum(1 for d in self.documents if d.counted and not d.condition) + bool(self.online_application)

    @property
    def documents_required_after(self) -> int:
        return (sum(1 for d in self.documents if d.decision == "keep" and d.counted and not d.condition)
                + (self.consolidated == "new") + bool(self.online_application))

    @property
    def target_basis(self) -> str:
        """What the reduction is measured on: "required" (the documents every applicant submits) where some
        documents are filed only in some cases ("(해당 시) …") — counting a paper few applicants file as cut
        for everyone would overstate the saving — else "all"."""
        conditional = self.documents_before - self.documents_required_before
        # (the online application alone is no document every applicant files that the count could cut)
        return "required" if conditional and self.documents_required_before - bool(self.online_application) else "all"

    @property
    def reduction(self) -> float:
        if self.target_basis == "required":
            return 1 - self.documents_required_after / self.documents_required_before
        return 1 - self.documents_after / self.documents_before if self.documents_before else 0.0

    @property
    def target_documents(self) -> Optional[float]:
        """The documents per application the target allows, where the target is formslim's default: MSS's plan is
        a count — about 9 documents per support application today, 4.4 after, an average over programmes — and a
        programme that ends at 2 documents meets it, whatever share it cut (review 60 #1: "4 → 2, 50 %, 51.1 %
        미달성" judged a count by a ratio, so the programmes that already ask least failed it). None where the user
        set a target (a share of documents to remove)."""
        return MSS_DOCUMENTS_AFTER if self.target_default else None

    def meets(self, before: int, after: int) -> Optional[bool]:
        """Whether a count of documents, ``before`` → ``after``, meets the target: at most :attr:`target_documents`
        after where the target is MSS's count, else a reduction of at least :attr:`target`; None where there is no
        target or nothing is counted."""
        if self.target is None or not before:
            return None
        if self.target_documents is not None:
            return after <= self.target_documents + 1e-9
        return 1 - after / before + 1e-9 >= self.target

    def within_before(self, before: int) -> Optional[bool]:
        """Whether a count was within MSS's count before the plan too (no achievement of the plan's, and said so —
        review 61 #1); None where the target is no such count or nothing is counted."""
        if self.target_documents is None or not before:
            return None
        return before <= self.target_documents + 1e-9

    @property
    def target_met(self) -> Optional[bool]:
        """None where there is no target to meet, or nothing of the applicant's is counted to meet it with (every
        paper a notice, another party's or filed after the award: "does not apply", never "not met")."""
        if self.target is None or not self.documents_before:
            return None
        everything = self.meets(self.documents_before, self.documents_after)
        if self.target_basis != "required":
            return everything
        met = self.meets(self.documents_required_before, self.documents_required_after)
        # (with MSS's count every count is judged, all documents among them: reviews 55 #1, 61 #1)
        return met and bool(everything) if self.target_documents is not None else met

    @property
    def main_form(self) -> Optional[str]:
        """The package's main form (key): the one that becomes the consolidated form (K-PRIMARY), or the one that
        stays as it is because nothing moves into it (K-MAIN-FORM)."""
        rules = {d.id: d.rule for d in self.decisions}
        return next((d.key or d.file for d in self.documents
                     if any(rules.get(i) in ("K-PRIMARY", "K-MAIN-FORM") for i in d.decisions)), None)

    def variants(self, d: "DocumentPlan") -> list["DocumentPlan"]:
        """The other variants of ``d``'s form for another kind of applicant ("공적조서 (개인)" / "(단체)"): the one
        it is a variant of, those that are variants of it, and its fellow variants of one form."""
        key = d.key or d.file
        return [x for x in self.documents if (x.key or x.file) == d.alternative_of or x.alternative_of == key
                or (d.alternative_of and x.alternative_of == d.alternative_of and x is not d)]

    @property
    def primary(self) -> Optional[str]:
        """The document (key) that becomes the consolidated form (rule K-PRIMARY), if any."""
        rules = {d.id: d.rule for d in self.decisions}
        return next((d.key or d.file for d in self.documents if any(rules.get(i) == "K-PRIMARY" for i in d.decisions)), None)
