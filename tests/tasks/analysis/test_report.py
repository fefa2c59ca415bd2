"""The run record and its renderings, filled by hand: no Prefect, no GX, no tables."""

from __future__ import annotations

import json

import polars as pl

from tasks import schema
from tasks.analysis import report
from tasks.analysis.run_record import RunCounts, RunRecord, Status
from tasks.documents import CleanArticle, Rejected
from tasks.ingest.batch import Ingested
from tasks.schema import ClaimCol, Dataset
from tasks.store.records import RunInfo, rows_frame

RUN = RunInfo(run_id="r1")


def _article(uri: str) -> CleanArticle:
    return CleanArticle(uri, "0" * 64, f"Text of {uri}.")


def _claims(rows: list[dict]) -> pl.DataFrame:
    return rows_frame(rows, RUN, Dataset.CLAIMS)


def _filled() -> RunRecord:
    rec = RunRecord(run=RUN, source="inbox", parameters={"batch_size": 64})
    with rec.stage("read"):
        pass
    rec.read(
        Ingested.combine(
            [
                Ingested([_article("a.txt"), _article("b.txt")], [], ["c.txt"]),
                Ingested([], [Rejected("d.txt", "r", ("empty",))], []),
            ]
        )
    )
    rec.identified(new=1, duplicates=2)
    claims = _claims([{"claim_id": "c1", "article_id": "a1"}, {"claim_id": "c2"}])
    rec.extracted(
        {
            Dataset.CLAIMS: claims,
            Dataset.QUOTES: schema.empty(Dataset.QUOTES),
            Dataset.ENTITIES: schema.empty(Dataset.ENTITIES),
        }
    )
    bad = claims.head(1).with_columns(pl.Series(schema.REASONS, [["claims.x"]]))
    rec.validated(Dataset.CLAIMS, {"success": False}, bad, {"a1": "a.txt"})
    return rec


def test_every_document_lands_in_exactly_one_count() -> None:
    c = _filled().counts
    assert (c.documents, c.articles_read, c.documents_quarantined) == (4, 2, 1)
    assert c.documents == c.articles_new + c.duplicates + c.documents_quarantined


def test_a_suite_counts_its_quarantined_rows_and_names_their_source() -> None:
    rec = _filled()
    assert rec.counts.tables[Dataset.CLAIMS].quarantined == 1
    assert rec.counts.rows_quarantined == 1
    assert rec.validation == {"claims": {"success": False}}
    assert [(q.dataset, q.source_uri, q.reasons) for q in rec.quarantined] == [
        ("documents", "d.txt", ("empty",)),
        ("claims", "a.txt", ("claims.x",)),
    ]


def test_the_flat_counters_keep_their_names_and_read_back() -> None:
    rec = _filled()
    rec.published({name: schema.empty(name) for name in schema.ARTICLE_CHILD_DATASETS} | {
        Dataset.ARTICLES: rows_frame([{"article_id": "a1"}], RUN, Dataset.ARTICLES)
    })  # fmt: skip
    flat = rec.counts.as_dict()
    assert flat["documents"] == 4 and flat["claims_extracted"] == 2
    assert flat["claims_quarantined"] == 1 and flat["articles_published"] == 1
    assert "articles_extracted" not in flat
    assert RunCounts.from_dict(flat) == rec.counts


def test_the_runs_row_carries_the_counts_and_conforms_to_the_contract() -> None:
    rec = _filled()
    rec.fail("quality gate: nothing published")
    row = rec.runs_row()
    assert row.schema == schema.RUNS
    assert row[schema.RunCol.STATUS].to_list() == ["failed"]
    assert json.loads(row[schema.RunCol.COUNTS][0]) == rec.counts.as_dict()
    assert rec.as_dict()["status"] == Status.FAILED.value


def test_the_markdown_summary_shows_stages_tables_and_the_balance() -> None:
    text = report.to_markdown(_filled())
    assert "| read + clean | 4 | 2 |" in text
    assert "| claims | 0 | 1 |" in text
    assert "Documents 4 = articles 1 + duplicates 2 + quarantined 1." in text
    assert "| documents | d.txt | empty |" in text  # data as escaped text, not a code span


def test_the_terminal_summary_reads_the_flow_result() -> None:
    rec = _filled()
    rec.complete([])
    text = report.summary_text(rec.as_dict())
    assert text.startswith("claimflow run r1: completed")
    assert "articles        1 new, 2 duplicates" in text
    assert "claims          0 published, 1 quarantined" in text
    assert "quarantined     1 documents, 1 rows" in text


def test_top_claims_have_a_figure_and_the_highest_confidence() -> None:
    rows = [  # (id, value, qualifier, confidence)
        ("low", 5.0, "exact", 0.2),
        ("vague", None, "vague", 0.5),
        ("none", None, "approximate", 0.99),  # no figure and not vague: never a top claim
        ("high", 9.0, "exact", 0.9),
    ]
    claims = _claims(
        [
            {"claim_id": i, "value": v, "qualifier": q, "confidence": c, "quantity_text": i}
            for i, v, q, c in rows
        ]
    )
    top = report.top_claims(claims, n=2)
    assert [c[ClaimCol.QUANTITY_TEXT] for c in top] == ["high", "vague"]
    assert set(top[0]) == {str(c) for c in report.TOP_CLAIM_COLUMNS}
