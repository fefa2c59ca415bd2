"""The run summary is markdown an operator's browser renders (Prefect UI): names and text from
articles stay text (issue 12 item 10), and failing rows are listed by id per expectation."""

from __future__ import annotations

import polars as pl
from markdown_it import MarkdownIt

from tasks import schema
from tasks.analysis import report
from tasks.analysis.run_record import Quarantined, RunRecord
from tasks.schema import ClaimCol
from tasks.store.records import RunInfo

EVIL = "in`box/a`b<img src=x onerror=alert(1)>|*x*_[l](javascript:alert(1)).txt"


def _render(markdown: str) -> str:
    # CommonMark with raw HTML allowed and GFM tables, as a permissive UI renders it.
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


def test_file_names_and_article_text_render_as_text() -> None:
    rec = RunRecord(run=RunInfo(run_id="r1"), source=f"/data/{EVIL}", parameters={})
    rec.quarantined.append(Quarantined("documents", f"/data/{EVIL}", ("empty",)))
    rec.top_claims.append(
        {
            ClaimCol.QUANTITY_TEXT: "<script>alert(1)</script> 40",
            ClaimCol.CLAIM_TYPE: "other",
            ClaimCol.SUBJECT: "soldiers | tanks",
            ClaimCol.ATTRIBUTED_TO: "`Kyiv`",
        }
    )
    rec.fail(f"quality gate: worst articles: /data/{EVIL} (3 rows)")
    html = _render(report.to_markdown(rec))
    assert "<img" not in html and "<script" not in html
    assert "<a " not in html and "<em>" not in html
    assert html.count("<code>") == 1  # the run id in the heading, nothing from the data
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # shown, as text
    assert "<td>soldiers | tanks</td>" in html  # a pipe in the data stays inside its cell


def test_failing_row_ids_are_listed_per_expectation() -> None:
    rec = RunRecord(run=RunInfo(run_id="r1"), source="inbox", parameters={})
    bad = pl.DataFrame(
        {
            ClaimCol.CLAIM_ID: ["c1", "c2", "c3"],
            ClaimCol.ARTICLE_ID: ["a1", "a1", "a2"],
            schema.REASONS: [["claims.x"], ["claims.x", "claims.y"], ["claims.y"]],
        }
    )
    summary = {
        "expectations": [
            {"name": "claims.x", "passed": 7, "failed": 2, "success": False},
            {"name": "claims.y", "passed": 7, "failed": 2, "success": False},
        ]
    }
    rec.validated("claims", summary, bad, {"a1": "/in/a.txt"})
    text = report.to_markdown(rec)
    assert "## Failing rows by expectation" in text
    rows = [line for line in text.splitlines() if line.startswith("| claims.")]
    assert rows == ["| claims.x | 2 | c1, c2 |", "| claims.y | 2 | c2, c3 |"]
