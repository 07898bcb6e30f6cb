"""What ``formslim screen`` writes: a table for the terminal, ``screen.json`` and ``screen.html`` — the
groups first, each pair's passages side by side and the metadata in common, so an evaluator can check
a group in minutes; the limits of the method on every page."""
from __future__ import annotations

import json
from pathlib import Path

from ..safe_output import html_text, one_line, report_folder
from ..screening import LIMITS, ScreenResult
from .packaging import report_date
from .redesign import CSS

OUTPUTS = ("screen.json", "screen.html")
MARKER = ".formslim-screen"
_META_NAMES = {"doc_id": "document id", "revision_ids": "revision-save ids", "author": "author",
               "last_modified_by": "last saved by", "company": "company", "manager": "manager",
               "template": "template", "created": "created at"}


_e = html_text


def screen_table(r: ScreenResult, lang: str = "") -> str:
    """The terminal summary: one line per group, then the plans in it — in the plans' language, as screen.html is
    (review 64 #12: an English summary of Korean plans beside a Korean page)."""
    s = r.to_dict()["summary"]
    ko = (lang or plans_language(r)) == "ko"

    def n(count: int, word: str) -> str:
        return f"{count} {word}" + ("" if count == 1 else "s")

    if ko:
        lines = [f"검토한 계획서 {s['plans']}건, 양식 밖에서 작성자를 공유하는 묶음 {s['groups']}개 (계획서 "
                 f"{s['plans_in_groups']}건); 비교한 쌍 {s['pairs_compared']}개"
                 + (f" (문장으로 제안된 {s['pairs_proposed']}쌍, 나머지는 파일 정보·이미지·목차·글 모양으로)"
                    if s['pairs_compared'] > s['pairs_proposed'] else f" (문장으로 제안된 {s['pairs_proposed']}쌍 중)")]
    else:
        lines = [f"{n(s['plans'], 'plan')} screened, {n(s['groups'], 'group')} sharing authorship beyond the template "
                 f"({n(s['plans_in_groups'], 'plan')}); {n(s['pairs_compared'], 'pair')} compared"
                 + (f" ({s['pairs_proposed']} proposed by shared text, the rest by shared metadata, images, headings or the shapes of lines)"
                    if s['pairs_compared'] > s['pairs_proposed'] else f" of {s['pairs_proposed']} proposed by shared text")]
    for i, g in enumerate(r.groups, 1):
        best = g.evidence[0]
        why = []
        if best.text_share:
            # (the closest pair's, as screen.json rounds it — screen.html lists each pair's)
            share = f"{round(best.text_share, 3):.0%}"
            why.append(f"가장 가까운 쌍이 고유 문장의 {share} 공유, 일치 문장 {best.matched_passages}개" if ko else
                       f"{share} of own sentences shared by the closest pair, "
                       f"{best.matched_passages} passage" + ("" if best.matched_passages == 1 else "s"))
        if best.metadata:
            names = META_KO if ko else _META_NAMES
            why.append(("같은 " if ko else "same ") + ", ".join(names.get(k, k) for k, _ in best.metadata))
        if best.images:
            why.append(f"같은 삽입 이미지 {best.images}개" if ko else f"{best.images} images in common")
        if best.headings:
            why.append(f"같은 자체 목차·표 항목 {len(best.headings)}개" if ko else
                       f"{len(best.headings)} own headings and table labels in common")
        if best.habits:
            why.append(("여러 줄마다 붙인 같은 표지어: " if ko else "the same labels on line after line: ")
                       + ", ".join(best.habits))
        if best.reworded_passages:
            share = f"{round(best.reworded, 3):.0%}"
            why.append(f"고유 문장의 {share}를 드문 낱말을 그대로 둔 채 고쳐 씀" if ko else
                       f"{share} of own sentences reworded with the same rare words")
        if best.style_examples:
            why.append(f"같은 방식으로 쓴 글 (모양 유사도 {best.style:.2f})" if ko else
                       f"text set the same way (shapes {best.style:.2f})")
        lines.append(f"G{i}  점수 {g.score:.2f}  계획서 {len(g.files)}건  ({'; '.join(why)})" if ko else
                     f"G{i}  score {g.score:.2f}  {len(g.files)} plans  ({'; '.join(why)})")
        for f in g.files:
            lines.append(f"    {one_line(f)}")
    lines.append("사람이 검토할 근거일 뿐 증거가 아님; 한계는 screen.json 또는 screen.html에." if ko else
                 "Evidence for review, not proof; see the limits in screen.json or screen.html.")
    return "\n".join(lines) + "\n"


#: the HTML page's words, in the plans' language
WORDS = {
    "en": {"title": "Business plans sharing authorship beyond the template", "plans": "plans",
           "templates": "templates removed", "no_template": "none given (text common to the batch removed instead)",
           "groups": "groups", "in_groups": "plans in groups", "screened": "plans screened",
           "what": "What this is and is not", "no_group": "No group: no two plans share writing or files beyond "
           "the template at the threshold {t}.", "score": "score", "share": "{p} of the smaller plan's own sentences "
           "said in the other", "passages": "{n} matching passages", "in_common": "In common",
           "images": "{n} embedded images identical", "headings": "{n} own headings and table labels in common (the same skeleton)",
           "habits": "the same labels put on line after line (habits of layout)",
           "style": "text set the same way — numbers, lists, asides (shape similarity {s}); rare shapes both use",
           "reworded": "{p} of the smaller plan's own sentences reworded, keeping the same rare words",
           "similarity": "similarity", "more": "{n} more pairs in this group",
           "unreadable": "Files that could not be read", "method": "Method",
           "method_text": "Character shingles (5 characters) of each plan's text, less the template's and those in a "
           "large share of the batch; MinHash signatures and locality-sensitive hashing propose pairs; their sentences "
           "are aligned (shingle Jaccard of at least {sim}); a pair's score combines the share of the smaller plan's "
           "own sentences the other also says (from {lo}, which independent plans reach by chance, to {hi}), file "
           "metadata an applicant would not share, identical embedded images, the same skeleton: own headings and "
           "table labels (not the template's) that few plans of the batch use, and the same habits of layout: labels "
           "a writer puts on line after line (\"* 출처:\" under every figure, \"(산출물:\" on every schedule row) that "
           "few plans use, and text set the same way: the shapes of lines (\"1억 3,600만 원\" as \"0가 0,0가 가\") weighed by "
           "rarity in the batch, compared by cosine, and sentences reworded with the same rare words: one sentence of each "
           "plan sharing {rw} words or more (without their endings) that the template does not print and few plans of "
           "the batch use, counted from {rlo} of the smaller plan's sentences; plans are grouped from a score of {t}."},
    "ko": {"title": "양식 밖에서 같은 작성자가 보이는 사업계획서", "plans": "건",
           "templates": "제외한 양식", "no_template": "지정하지 않음 (여러 계획서에 공통인 문장을 양식으로 보고 제외)",
           "groups": "묶음", "in_groups": "묶음에 든 계획서", "screened": "검토한 계획서",
           "what": "이 결과가 말하는 것과 말하지 않는 것", "no_group": "묶음 없음: 기준 점수 {t}에서 양식 밖의 문장이나 파일 "
           "정보를 공유하는 계획서가 없습니다.", "score": "점수", "share": "작은 계획서 고유 문장의 {p}가 상대 계획서에도 있음",
           "passages": "일치 문장 {n}개", "in_common": "공통 파일 정보", "images": "같은 삽입 이미지 {n}개", "headings": "같은 자체 목차·표 항목 {n}개 (같은 골격)",
           "habits": "여러 줄마다 붙인 같은 표지어 (같은 작성 습관)",
           "style": "같은 방식으로 쓴 글 — 숫자·목록·괄호 표기 (모양 유사도 {s}); 둘 다 쓰는 드문 모양",
           "reworded": "작은 계획서 고유 문장의 {p}를 같은 드문 낱말을 둔 채 고쳐 씀",
           "similarity": "유사도", "more": "이 묶음의 나머지 {n}쌍", "unreadable": "읽지 못한 파일", "method": "방법",
           "method_text": "각 계획서 본문을 5글자 단위(shingle)로 나누고 양식과 계획서 다수에 공통인 부분을 뺍니다. MinHash 서명과 "
           "LSH로 비교할 쌍을 고르고, 문장끼리 맞춰 봅니다(유사도 {sim} 이상). 쌍의 점수는 작은 계획서 고유 문장 중 상대 "
           "계획서에도 있는 비율(독립 작성에서도 우연히 나오는 {lo}부터 {hi}까지), 신청인끼리 같을 리 없는 파일 정보, 같은 삽입 "
           "이미지, 같은 골격(양식에 없고 계획서 몇 건만 쓰는 자체 목차와 표 항목), 같은 작성 습관(여러 줄마다 붙인 표지어: 수치마다 "
           "\"* 출처:\", 일정표 행마다 \"(산출물:\" — 계획서 몇 건만 쓰는 것), 같은 글 모양(숫자·목록·괄호를 쓰는 방식: \"1억 3,600만 원\"을 "
           "\"0가 0,0가 가\"로 본 줄 모양을 묶음 안의 드문 정도로 가중한 코사인 유사도), 같은 드문 낱말을 둔 채 고쳐 쓴 문장(양식에 "
           "없고 계획서 몇 건만 쓰는 낱말을 어미·조사를 떼고 {rw}개 이상 함께 쓰는 두 문장 — 작은 계획서 문장의 {rlo}부터 셈)을 "
           "합칩니다. 점수 {t} 이상인 쌍을 묶습니다."},
}
LIMITS_KO = (
    "문장과 파일 정보가 같다는 것은 사람이 검토할 근거일 뿐, 브로커가 썼다는 증거가 아닙니다.",
    "같은 자문기관·보육기관·컨소시엄의 도움을 정당하게 받은 신청인도 문장을 공유합니다(알려진 오탐). 공고문을 "
    "템플릿으로 주지 않으면 공고문을 인용한 계획서끼리도 그렇습니다.",
    "formslim은 기계가 쓴 글을 판별하지 않습니다. 공개된 판별기는 모국어가 아닌 사람의 글을 높은 비율로 잘못 판정합니다.",
    "모든 문장을 매번 새 낱말로 고쳐 쓰고 파일 정보를 지운 작성자는 찾지 못합니다.",
)
META_KO = {"doc_id": "문서 ID", "revision_ids": "편집 저장 ID", "author": "작성자", "last_modified_by": "마지막 저장자",
           "company": "회사", "manager": "관리자", "template": "서식 파일", "created": "작성 시각"}


def plans_language(r: ScreenResult) -> str:
    """The plans' language: Korean when most of their letters are Hangul."""
    import re

    text = " ".join(p for d in r.documents for p in d.passages[:200])
    hangul = len(re.findall(r"[\uac00-\ud7a3]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "ko" if hangul * 2 >= latin and hangul else "en"


def screen_html(r: ScreenResult, lang: str = "") -> str:
    d = r.to_dict()
    s = d["summary"]
    lang = lang or plans_language(r)
    W = WORDS[lang]
    meta_names = META_KO if lang == "ko" else _META_NAMES
    limits = LIMITS_KO if lang == "ko" else LIMITS
    o = d["options"]
    out = [f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>",
           "<meta name='viewport' content='width=device-width, initial-scale=1'>",
           "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           f"<title>formslim screen: {_e(W['title'])}</title>",
           f"<style>{CSS}.pair td{{width:50%}}.sim{{color:#5a6878;font-size:.8rem}}"
           f".limits{{border-left:4px solid #b3261e;background:#fbf3f2;padding:.5rem 1rem}}</style></head><body>",
           f"<h1>{_e(W['title'])}</h1>",
           f"<p class='sub'>{_e(report_date())} · {s['plans']} {_e(W['plans'])} · {_e(W['templates'])}: "
           f"{_e(', '.join(d['templates']) or W['no_template'])}</p>",
           "<div class='cards'>",
           f"<div class='card'><div class='big'>{s['groups']}</div><div class='label'>{_e(W['groups'])}</div></div>",
           f"<div class='card'><div class='big'>{s['plans_in_groups']}</div><div class='label'>{_e(W['in_groups'])}"
           f"</div></div>",
           f"<div class='card'><div class='big'>{s['plans']}</div><div class='label'>{_e(W['screened'])}</div></div>",
           "</div>",
           f"<div class='limits'><strong>{_e(W['what'])}</strong><ul>"
           + "".join(f"<li>{_e(x)}</li>" for x in (*limits, *r.warnings)) + "</ul></div>"]
    if not r.groups:
        out.append(f"<p>{_e(W['no_group'].format(t=o['threshold']))}</p>")
    for g in d["groups"]:
        out.append(f"<h2 id='{_e(g['id'])}'>{_e(g['id'])} · {len(g['files'])} {_e(W['plans'])} · "
                   f"{_e(W['score'])} {g['score']:.2f}</h2>")
        out.append("<ul>" + "".join(f"<li>{_e(f)}</li>" for f in g["files"]) + "</ul>")
        for number, e in enumerate(g["evidence"]):
            if number == 2:
                out.append(f"<details><summary>{_e(W['more'].format(n=len(g['evidence']) - 2))}</summary>")
            share = f"{e['text_share']:.0%}"
            out.append(f"<h3>{_e(e['a'])} ↔ {_e(e['b'])} <span class='sim'>{_e(W['score'])} {e['score']:.2f}; "
                       f"{_e(W['share'].format(p=share))}; "
                       f"{_e(W['passages'].format(n=e['matched_passages']))}</span></h3>")
            if e.get("headings_in_common"):
                out.append(f"<p>{_e(W['headings'].format(n=len(e['headings_in_common'])))}: "
                           + ", ".join(f"<code>{_e(h)}</code>" for h in e["headings_in_common"]) + "</p>")
            if e.get("habits_in_common"):
                out.append(f"<p>{_e(W['habits'])}: "
                           + ", ".join(f"<code>{_e(h)}</code>" for h in e["habits_in_common"]) + "</p>")
            if e.get("style_in_common"):
                similarity = format(e["style_similarity"], ".2f")
                out.append(f"<p>{_e(W['style'].format(s=similarity))}: "
                           + ", ".join(f"<code>{_e(h)}</code>" for h in e["style_in_common"]) + "</p>")
            if e.get("reworded"):
                out.append(f"<p>{_e(W['reworded'].format(p=format(e['reworded_share'], '.0%')))}:</p>"
                           f"<table class='pair'><tr><th>{_e(e['a'])}</th><th>{_e(e['b'])}</th></tr>")
                for p in e["reworded"]:
                    out.append(f"<tr><td>{_e(p['a'])}</td><td>{_e(p['b'])}<div class='sim'>"
                               f"{_e(', '.join(p['words']))}</div></td></tr>")
                out.append("</table>")
            if e["metadata"] or e["images_in_common"]:
                items = [f"{_e(meta_names.get(m['key'], m['key']))}: <code>{_e(m['value'][:120])}</code>"
                         for m in e["metadata"]]
                if e["images_in_common"]:
                    items.append(_e(W["images"].format(n=e["images_in_common"])))
                out.append(f"<p>{_e(W['in_common'])}: " + "; ".join(items) + "</p>")
            if e["passages"]:
                out.append(f"<table class='pair'><tr><th>{_e(e['a'])}</th><th>{_e(e['b'])}</th></tr>")
                for p in e["passages"]:
                    out.append(f"<tr><td>{_e(p['a'])}</td><td>{_e(p['b'])}<div class='sim'>{_e(W['similarity'])} "
                               f"{p['similarity']:.2f}</div></td></tr>")
                out.append("</table>")
        if len(g["evidence"]) > 2:
            out.append("</details>")
    if d["problems"]:
        out.append(f"<h2>{_e(W['unreadable'])}</h2><ul>"
                   + "".join(f"<li>{_e(p['file'])}: {_e(p['message'])}</li>" for p in d["problems"]) + "</ul>")
    out.append(f"<h2>{_e(W['method'])}</h2><p class='small'>"
               + _e(W["method_text"].format(sim=o["passage_similarity"], lo=f"{o['text_floor']:.0%}",
                                            hi=f"{o['text_full']:.0%}", t=o["threshold"], rw=o["reword_words"],
                                            rlo=f"{o['reword_floor']:.0%}")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write_screen(r: ScreenResult, out: Path, lang: str = "") -> list[Path]:
    """screen.json and screen.html in ``out``, written atomically (the page in ``lang``, else the plans')."""
    out = Path(out)
    with report_folder(out, OUTPUTS, MARKER) as tmp:
        (tmp / "screen.json").write_bytes(
            (json.dumps(r.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8", "replace"))
        (tmp / "screen.html").write_bytes(screen_html(r, lang).encode("utf-8", "replace"))
    return [out / n for n in OUTPUTS]
