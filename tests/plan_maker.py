"""Business plans the project writes itself, for testing ``formslim screen``: a programme template,
independent applicants who each write their own text, and brokers who write for several applicants from
their own stock of sentences — reworded (synonyms, word order), reordered, mixed with each client's own
text, with or without their name in the file's metadata.

Everything is generated from the word lists below with a seeded random generator: the same call writes
the same plans. The wording is plausible business-plan Korean, not real plans; the real template of the
corpus (K-Startup 사업계획서 양식) is used by the corpus tests.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

FIELDS = ["인공지능", "빅데이터", "스마트팩토리", "친환경", "바이오", "헬스케어", "핀테크", "에듀테크", "모빌리티", "농식품",
          "반려동물", "물류", "관광", "로봇", "드론", "보안", "에너지", "소재", "반도체", "콘텐츠", "메타버스", "푸드테크",
          "리사이클링", "수산", "스마트팜", "웨어러블", "뷰티", "패션", "건설", "해양", "우주", "게임", "의료기기", "가전"]
OBJECTS = ["플랫폼", "솔루션", "서비스", "장비", "소프트웨어", "키트", "센서", "앱", "시스템", "모듈", "소재", "제품군",
           "진단도구", "구독모델", "분석엔진", "관제시스템", "배송망", "포장재", "교육과정", "중개서비스"]
ACTIONS = ["품질검사", "수요예측", "재고관리", "이상탐지", "원가절감", "고객관리", "공정최적화", "탄소저감", "맞춤추천",
           "원격진료", "자동분류", "위험평가", "에너지관리", "이력추적", "실시간모니터링", "예약관리", "정산자동화",
           "불량예측", "맞춤제작", "성능검증"]
CUSTOMERS = ["중소 제조기업", "지역 소상공인", "대형 유통사", "공공기관", "1인 가구", "고령층", "대학병원", "영농조합",
             "해외 바이어", "프랜차이즈 본사", "물류센터", "학부모", "반려인", "캠핑족", "건설현장", "수출기업"]
VERBS = ["개발하고", "고도화하고", "상용화하고", "검증하고", "확산하고", "구축하고", "현지화하고", "표준화하고"]
GOALS = ["매출 {n}억 원을 달성할 계획임", "고객 {n}만 명을 확보하는 것이 목표임", "원가를 {n}% 절감할 것으로 기대됨",
         "신규 고용 {n}명을 창출할 예정임", "해외 {n}개국에 진출할 계획임", "시장점유율 {n}%를 목표로 함",
         "재구매율 {n}%를 유지하는 것이 목표임", "처리시간을 {n}% 단축할 수 있음"]
OPENERS = ["당사는", "본 기업은", "우리 회사는", "창업팀은", "본 과제는", "이번 사업을 통해", "향후", "1차년도에는",
           "2차년도에는", "협약기간 동안", "초기에는", "중장기적으로"]
# the broker's own turns of phrase, which independent writers do not use
BROKER_PHRASES = ["압도적 기술 우위를 바탕으로", "고객 가치의 극대화를 위하여", "독보적 사업모델을 근간으로",
                  "전주기 밸류체인 혁신을 통해", "시장 선점 효과를 극대화하여", "지속가능한 성장 엔진으로서",
                  "혁신적 패러다임 전환을 선도하며", "데이터 기반 의사결정 체계를 토대로"]
SYNONYMS = {"개발하고": "만들고", "고도화하고": "발전시키고", "확산하고": "보급하고", "구축하고": "마련하고",
            "계획임": "예정임", "목표임": "목표로 함", "기대됨": "예상됨", "고객": "수요처", "달성할": "이룰",
            "확보하는": "모으는", "극대화하여": "최대화하여", "바탕으로": "기반으로", "통해": "통하여"}
TEMPLATE_HEADINGS = ["1. 문제인식 (Problem)", "1-1. 창업아이템의 개발 동기 및 목적", "2. 실현가능성 (Solution)",
                     "2-1. 창업아이템의 개발 및 사업화 전략", "3. 성장전략 (Scale-up)", "3-1. 자금 소요 및 조달 계획",
                     "4. 팀 구성 (Team)", "4-1. 대표자 및 팀원의 보유 역량"]
TEMPLATE_GUIDANCE = ["※ 아래 각 항목은 예시이며 창업아이템의 특성에 맞게 자유롭게 작성하시기 바랍니다.",
                     "※ 작성 시 파란색 안내 문구는 삭제하고 검정색 글씨로 작성하여 제출하여 주십시오.",
                     "※ 개인정보(성명, 생년월일, 주소 등)는 기재하지 않도록 유의하여 주시기 바랍니다.",
                     "※ 사업계획서는 15페이지 이내로 작성하되 별첨 자료는 분량에 포함되지 않습니다."]


@dataclass(frozen=True)
class Plan:
    name: str
    writer: str  # "indep-N" or "broker-N"
    path: Path


@dataclass(frozen=True)
class Business:
    """What one plan is about: a real plan names its own few products and customers again and again."""
    fields: tuple[str, ...]
    objects: tuple[str, ...]
    actions: tuple[str, ...]
    customers: tuple[str, ...]

    @staticmethod
    def pick(rnd: random.Random) -> "Business":
        return Business(tuple(rnd.sample(FIELDS, 2)), tuple(rnd.sample(OBJECTS, 2)), tuple(rnd.sample(ACTIONS, 3)),
                        tuple(rnd.sample(CUSTOMERS, 2)))


def sentence(rnd: random.Random, opener: str = "", phrase: str = "", business: Business | None = None) -> str:
    b = business or Business(tuple(FIELDS), tuple(OBJECTS), tuple(ACTIONS), tuple(CUSTOMERS))
    field, obj, action = rnd.choice(b.fields), rnd.choice(b.objects), rnd.choice(b.actions)
    customer, verb = rnd.choice(b.customers), rnd.choice(VERBS)
    goal = rnd.choice(GOALS).format(n=rnd.randint(2, 95))
    opener = opener or rnd.choice(OPENERS)
    middle = f"{phrase} " if phrase else ""
    shape = rnd.randrange(3)
    if shape == 0:
        return f"{opener} {middle}{field} {action} {obj}을 {verb} {customer}을 대상으로 {goal}."
    if shape == 1:
        return f"{opener} {middle}{customer}의 {action} 문제를 {field} {obj}로 해결하여 {goal}."
    return f"{opener} {middle}{field} 분야 {customer} 대상 {action} {obj}을 {verb} {goal}."


def reword(text: str, rnd: random.Random, share: float = 0.5) -> str:
    """A broker's copy for another client: some words swapped for synonyms."""
    words = text.split(" ")
    out = []
    for w in words:
        stem = next((k for k in SYNONYMS if w.startswith(k)), None)
        out.append(w.replace(stem, SYNONYMS[stem], 1) if stem and rnd.random() < share else w)
    return " ".join(out)


def write_docx(path: Path, paragraphs: list[str], author: str = "user", last: str = "user",
               base: Path | None = None) -> None:
    import docx

    d = docx.Document(str(base)) if base else docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.core_properties.author = author
    d.core_properties.last_modified_by = last
    d.core_properties.comments = ""
    d.save(str(path))


def template_paragraphs() -> list[str]:
    out = ["창업사업화 지원사업 사업계획서 양식"] + TEMPLATE_GUIDANCE
    for h in TEMPLATE_HEADINGS:
        out += [h, "○ (작성 요령) 해당 항목의 내용을 구체적으로 기재하여 주십시오."]
    return out


def make_batch(out: Path, independents: int = 24, brokers: tuple[int, ...] = (4, 3, 5), seed: int = 1,
               broker_names: tuple[bool, ...] = (True, False, False), base: Path | None = None,
               sentences_per_plan: int = 40, write_template: bool = True) -> list[Plan]:
    """Write a batch of plans under ``out`` and return them with their true writers. ``brokers`` gives
    each broker's number of clients; ``broker_names`` whether the broker's name is left in the files'
    metadata. ``base``: a DOCX template to fill (e.g. the corpus's real one); else the generated template
    (written to ``out/template.docx`` when ``write_template``)."""
    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    tpl = template_paragraphs()
    if write_template and base is None:
        write_docx(out / "template.docx", tpl, author="agency", last="agency")
    plans: list[Plan] = []
    number = 0

    def body(own: list[str], headings: list[str]) -> list[str]:
        paras = [] if base else list(tpl[:1])
        per = max(1, len(own) // len(headings))
        for k, h in enumerate(headings):
            paras.append(h)
            paras += own[k * per:(k + 1) * per] if k < len(headings) - 1 else own[k * per:]
        return paras

    for w in range(independents):
        number += 1
        wr = random.Random(rnd.random())
        biz = Business.pick(wr)
        own = [sentence(wr, business=biz) for _ in range(sentences_per_plan)]
        path = out / f"plan_{number:04d}.docx"
        write_docx(path, body(own, TEMPLATE_HEADINGS), author=f"대표{number}", last=f"대표{number}", base=base)
        plans.append(Plan(path.name, f"indep-{w}", path))
    for b, clients in enumerate(brokers):
        br = random.Random(rnd.random())
        # the broker's stock: sentences about the kind of business it sells to, in its own turns of phrase
        trade = Business.pick(br)
        stock = [sentence(br, phrase=br.choice(BROKER_PHRASES), business=trade)
                 for _ in range(int(sentences_per_plan * 0.8))]
        name = f"컨설팅{b}" if b < len(broker_names) and broker_names[b] else "user"
        for c in range(clients):
            number += 1
            cr = random.Random(rnd.random())
            borrowed = [reword(s, cr) for s in cr.sample(stock, int(len(stock) * 0.6))]
            biz = Business.pick(cr)
            own = [sentence(cr, business=biz) for _ in range(sentences_per_plan - len(borrowed))]
            mixed = borrowed + own
            cr.shuffle(mixed)
            path = out / f"plan_{number:04d}.docx"
            write_docx(path, body(mixed, TEMPLATE_HEADINGS), author=name, last=name, base=base)
            plans.append(Plan(path.name, f"broker-{b}", path))
    return plans


def truth(plans: list[Plan]) -> dict[str, str]:
    return {p.name: p.writer for p in plans}


def plan_level_scores(groups: list[list[str]], plans: list[Plan]) -> tuple[float, float]:
    """Precision and recall at the plan level: a plan in a found group is right when another plan of its
    group has its writer and that writer is a broker; recall is over plans written by brokers."""
    writer = truth(plans)
    flagged = {f: g for g in groups for f in g}
    right = sum(1 for f, g in flagged.items() if writer[f].startswith("broker")
                and any(writer[x] == writer[f] for x in g if x != f)
                and all(writer[x] == writer[f] for x in g))
    brokered = [p for p in plans if p.writer.startswith("broker")]
    precision = right / len(flagged) if flagged else 1.0
    recall = right / len(brokered) if brokered else 1.0
    return precision, recall
