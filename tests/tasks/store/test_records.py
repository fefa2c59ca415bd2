"""Row assembly: every frame conforms to the contract and carries the run that wrote it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import polars as pl

from tasks import schema
from tasks.documents import CleanArticle, Rejected
from tasks.schema import ArticleCol, ClaimCol, Dataset, QuarantineCol, Stamp
from tasks.store import records

RUN = records.RunInfo(run_id="r1", started_at=datetime(2026, 3, 1, 23, 30, tzinfo=UTC))


def test_the_partition_is_the_runs_utc_start_date() -> None:
    assert RUN.ingest_date.isoformat() == "2026-03-01"


def test_rows_carry_the_run_and_conform_to_the_contract() -> None:
    frame = records.rows_frame([{ClaimCol.CLAIM_ID: "c1", ClaimCol.VALUE: 3}], RUN, Dataset.CLAIMS)
    assert frame.schema == schema.CLAIMS
    row = frame.row(0, named=True)
    assert row[ClaimCol.VALUE] == 3.0 and row[ClaimCol.QUALIFIER] is None
    assert (row[Stamp.RUN_ID], row[Stamp.PIPELINE_VERSION]) == ("r1", schema.PIPELINE_VERSION)
    assert row[Stamp.INGEST_DATE] == RUN.ingest_date


def test_no_rows_is_an_empty_frame_of_the_contract() -> None:
    assert records.rows_frame([], RUN, Dataset.QUOTES).equals(schema.empty(Dataset.QUOTES))


def test_an_article_row_counts_its_words_and_keeps_its_metadata() -> None:
    article = CleanArticle(
        "mem://a.txt", "f" * 64, "Two words.\n\nThree more words.", title="T", headings=("H",)
    )
    row = records.article_rows([("a1", article)], RUN).row(0, named=True)
    assert row[ArticleCol.ARTICLE_ID] == "a1" and row[ArticleCol.N_WORDS] == 5
    assert row[ArticleCol.TITLE] == "T" and row[ArticleCol.HEADINGS] == ["H"]
    assert row[ArticleCol.INGESTED_AT] == RUN.started_at


def test_a_rejected_document_is_quarantined_with_its_reasons() -> None:
    rejected = Rejected("mem://x.bin", "9" * 64, ("binary: NUL bytes",), {"size": 12})
    row = records.rejected_rows([rejected], RUN).row(0, named=True)
    assert row[QuarantineCol.DATASET] == schema.DOCUMENTS
    assert row[QuarantineCol.REASONS] == ["binary: NUL bytes"]
    assert json.loads(row[QuarantineCol.RECORD]) == {"size": 12}


def test_an_invalid_row_is_quarantined_as_extracted() -> None:
    claims = records.rows_frame(
        [{ClaimCol.CLAIM_ID: "c1", ClaimCol.ARTICLE_ID: "a1"}, {ClaimCol.ARTICLE_ID: "a2"}],
        RUN,
        Dataset.CLAIMS,
    )
    bad = claims.with_columns(pl.Series(schema.REASONS, [["claims.x"], ["claims.y"]]))
    held = records.invalid_rows(Dataset.CLAIMS, bad, RUN, {"a1": "mem://a1.txt"})
    assert held.schema == schema.QUARANTINE
    assert held[QuarantineCol.RECORD_ID].to_list() == ["c1", "row:1"]  # a null key: its position
    assert held[QuarantineCol.SOURCE_URI].to_list() == ["mem://a1.txt", None]
    record = json.loads(held[QuarantineCol.RECORD][0])
    # The row as extracted: no run columns (a rerun quarantines an identical record), no reasons.
    assert record[ClaimCol.CLAIM_ID] == "c1"
    assert not set(record) & {*schema.RUN_COLUMNS, schema.REASONS}


def test_no_invalid_rows_is_an_empty_quarantine() -> None:
    empty = schema.empty(Dataset.CLAIMS).with_columns(
        pl.Series(schema.REASONS, [], pl.List(pl.String))
    )
    assert records.invalid_rows(Dataset.CLAIMS, empty, RUN, {}).is_empty()
