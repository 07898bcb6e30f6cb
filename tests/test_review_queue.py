"""The review queue as a reviewer works through it: look-alike links one row (review 49 #14)."""
import json
import re

from formslim.pipeline import analyze
from formslim.report.redesign import plan_queue, write_report

from .conftest import corpus_package, needs_corpus


@needs_corpus
def test_links_between_boxes_of_one_label_are_one_row_each_with_its_own_manifest_line(tmp_path):
    """DC D-40 prints "Check if loss" at three lines, Schedule S at two: six possible links, which a reviewer
    settles at once (which, if any, is one datum), not one by one; "Your first name" beside the first names of
    Schedule S's person list likewise. Each link keeps the manifest line that accepts it, and the queue's count
    stays a count of links (plan_queue, match.json unchanged)."""
    pkg = corpus_package(tmp_path / "pkg", "dc-tax-pdflib/DC40.pdf", "dc-tax-pdflib/DCSCHS.pdf")
    a = analyze([pkg], cache=None)
    write_report(a, tmp_path / "out")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    asked, _ = plan_queue(a)
    loss = [x for x in asked if x["a"]["label"] == x["b"]["label"] == "Check if loss"]
    assert len(loss) >= 4
    rows = [x for x in md.splitlines() if x.startswith("- #") and "Check if loss" in x]
    assert len(rows) == 1, rows
    # (each side with the page its boxes are on: where to look on the printed form — review 63 #8)
    assert re.search(r"DC40\.pdf: Check if loss \((?:\d/\d, )+\d/\d\) · p\. \d ~ DCSCHS\.pdf: Check if loss \(\d/\d, \d/\d\) · "
                     r"p\. \d", rows[0]), rows[0]
    assert f"one row for {len(loss)} possible links" in rows[0]
    for x in loss:
        pair = x["accept"]["overrides"]["same"][0]
        assert json.dumps(pair, ensure_ascii=False) in rows[0]
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    queue = html[html.index('id="review-queue"'):html.index("</table>", html.index('id="review-queue"'))]
    assert queue.count("<code>- [") == len(asked[:150])
    assert queue.count('<tr><td class="n">') < len(asked[:150])
    # (the brief says how many rows the reviewer reads, beside how many links)
    rows = html.count('<tr><td class="n">')
    assert f"{len(asked)} possible same-datum link(s) to accept or reject (review queue) — in " in md
    assert rows <= len(asked) - len(loss) + 1
    # (one "(n/m)" list per side: no box is named twice in a row)
    for row in re.findall(r"\(((?:\d+/\d+, )+\d+/\d+)\)", md):
        assert len(row.split(", ")) == len(set(row.split(", ")))
