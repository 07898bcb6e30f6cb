"""What ``formslim screen`` writes: a table for the terminal, ``screen.json`` and ``screen.html`` — the
groups first, each pair's passages side by side and the metadata in common, so an evaluator can check
a group in minutes; the limits of the method on every page."""
from __future__ import annotations

import html
import json
from pathlib import Path

from ..safe_output import one_line, report_folder
from ..screening import LIMITS, ScreenResult
from .redesign import CSS, report_date

OUTPUTS = ("screen.json", "screen.html")
MARKER = ".formslim-screen"
_META_NAMES = {"doc_id": "document id", "revision_ids": "revision-save ids", "author": "author",
               "last_modified_by": "last saved by", "company": "company", "manager": "manager",
               "template": "template", "created": "created at"}


def _e(x) -> str:
    return html.escape(str(x), quote=True)


def screen_table(r: ScreenResult) -> str:
    """The terminal summary: one line per group, then the plans in it."""
    s = r.to_dict()["summary"]
    def n(count: int, word: str) -> str:
        return f"{count} {word}" + ("" if count == 1 else "s")

    lines = [f"{n(s['plans'], 'plan')} screened, {n(s['groups'], 'group')} sharing authorship beyond the template "
             f"({n(s['plans_in_groups'], 'plan')}); {s['pairs_compared']} pairs compared of {s['pairs_proposed']} proposed"]
    for i, g in enumerate(r.groups, 1):
        best = g.evidence[0]
        why = []
        if best.text_share:
            why.append(f"{best.text_share:.0%} of own sentences shared, {best.matched_passages} passage"
                       + ("" if best.matched_passages == 1 else "s"))
        if best.metadata:
            why.append("same " + ", ".join(_META_NAMES.get(k, k) for k, _ in best.metadata))
        if best.images:
            why.append(f"{best.images} images in common")
        lines.append(f"G{i}  score {g.score:.2f}  {len(g.files)} plans  ({'; '.join(why)})")
        for f in g.files:
            lines.append(f"    {one_line(f)}")
    lines.append("Evidence for review, not proof; see the limits in screen.json or screen.html.")
    return "\n".join(lines) + "\n"


def screen_html(r: ScreenResult) -> str:
    d = r.to_dict()
    s = d["summary"]
    out = ["<!doctype html><html lang='ko'><head><meta charset='utf-8'>",
           "<meta name='viewport' content='width=device-width, initial-scale=1'>",
           "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           "<title>formslim screen: business plans sharing authorship</title>",
           f"<style>{CSS}.pair td{{width:50%}}.sim{{color:#5a6878;font-size:.8rem}}"
           f".limits{{border-left:4px solid #b3261e;background:#fbf3f2;padding:.5rem 1rem}}</style></head><body>",
           "<h1>Business plans sharing authorship beyond the template</h1>",
           f"<p class='sub'>{_e(report_date())} · {s['plans']} plans · templates removed: "
           f"{_e(', '.join(d['templates']) or 'none given (text common to the batch removed instead)')}</p>",
           "<div class='cards'>",
           f"<div class='card'><div class='big'>{s['groups']}</div><div class='label'>groups</div></div>",
           f"<div class='card'><div class='big'>{s['plans_in_groups']}</div><div class='label'>plans in groups"
           f"</div></div>",
           f"<div class='card'><div class='big'>{s['plans']}</div><div class='label'>plans screened</div></div>",
           "</div>",
           "<div class='limits'><strong>What this is and is not</strong><ul>"
           + "".join(f"<li>{_e(x)}</li>" for x in (*LIMITS, *r.warnings)) + "</ul></div>"]
    if not r.groups:
        out.append("<p>No group: no two plans share writing or files beyond the template at the threshold "
                   f"{_e(d['options']['threshold'])}.</p>")
    for g in d["groups"]:
        out.append(f"<h2 id='{_e(g['id'])}'>{_e(g['id'])} · {len(g['files'])} plans · score {g['score']:.2f}</h2>")
        out.append("<ul>" + "".join(f"<li>{_e(f)}</li>" for f in g["files"]) + "</ul>")
        for number, e in enumerate(g["evidence"]):
            if number == 2:
                out.append(f"<details><summary>{len(g['evidence']) - 2} more pairs in this group</summary>")
            out.append(f"<h3>{_e(e['a'])} ↔ {_e(e['b'])} <span class='sim'>score {e['score']:.2f}; "
                       f"{e['text_share']:.0%} of the smaller plan's own sentences said in the other; "
                       f"{e['matched_passages']} matching passages</span></h3>")
            if e["metadata"] or e["images_in_common"]:
                items = [f"{_e(_META_NAMES.get(m['key'], m['key']))}: <code>{_e(m['value'][:120])}</code>"
                         for m in e["metadata"]]
                if e["images_in_common"]:
                    items.append(f"{e['images_in_common']} embedded images identical")
                out.append("<p>In common: " + "; ".join(items) + "</p>")
            if e["passages"]:
                out.append(f"<table class='pair'><tr><th>{_e(e['a'])}</th><th>{_e(e['b'])}</th></tr>")
                for p in e["passages"]:
                    out.append(f"<tr><td>{_e(p['a'])}</td><td>{_e(p['b'])}<div class='sim'>similarity "
                               f"{p['similarity']:.2f}</div></td></tr>")
                out.append("</table>")
        if len(g["evidence"]) > 2:
            out.append("</details>")
    if d["problems"]:
        out.append("<h2>Files that could not be read</h2><ul>"
                   + "".join(f"<li>{_e(p['file'])}: {_e(p['message'])}</li>" for p in d["problems"]) + "</ul>")
    out.append("<h2>Method</h2><p class='small'>Character shingles (5 characters) of each plan's text, less the "
               "template's and those in a large share of the batch; MinHash signatures and locality-sensitive "
               "hashing propose pairs; their sentences are aligned (shingle Jaccard of at least "
               f"{d['options']['passage_similarity']}); a pair's score combines the share of the smaller plan's own "
               "sentences the other also says (from "
               f"{d['options']['text_floor']:.0%}, which independent plans reach by chance, to "
               f"{d['options']['text_full']:.0%}), file metadata an applicant would not share and identical "
               f"embedded images; plans are grouped from a score of {d['options']['threshold']}.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def write_screen(r: ScreenResult, out: Path) -> list[Path]:
    """screen.json and screen.html in ``out``, written atomically."""
    out = Path(out)
    with report_folder(out, OUTPUTS, MARKER) as tmp:
        (tmp / "screen.json").write_bytes(
            (json.dumps(r.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8", "replace"))
        (tmp / "screen.html").write_bytes(screen_html(r).encode("utf-8", "replace"))
    return [out / n for n in OUTPUTS]
