"""Quarantine: one row per occurrence of a bad document or row, resolved once a run settles it."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow as pa
from deltalake import DeltaTable

from tasks import schema
from tasks.ingest.batch import ingest_batch
from tasks.ingest.discover import discover
from tasks.schema import QuarantineCol as Q
from tasks.store import publish, records
from tasks.store.identify import split_new
from tasks.store.records import RunInfo

GOOD = "Officials said on Monday that 40 soldiers were wounded in the attack near the border.\n"


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a_empty.txt").write_bytes(b"")
    (inbox / "b_empty.txt").write_bytes(b"")  # the same bytes under another name
    (inbox / "c_bad.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (inbox / "d_resent.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # sent again
    (inbox / "e_feed.jsonl").write_text(
        '{"text": ""}\n{"text": ""}\n' + f'{{"text": "{GOOD[:-1]}"}}\n'
    )
    (inbox / "f_good.txt").write_text(GOOD)
    return inbox


def _run(inbox: Path, root: Path, run_id: str) -> tuple[int, int, int]:
    """Ingest ``inbox`` and publish articles and quarantine as the flow does: (docs, new, dups)."""
    run = RunInfo(run_id=run_id)
    published = publish.read_table(root, "articles", columns=["article_id"])
    got = ingest_batch(discover(str(inbox)), max_bytes=1 << 20)
    new, dups = split_new(got.articles, set(published["article_id"]))
    frames = {
        "quarantine": records.rejected_rows(got.rejected, run),
        "articles": records.article_rows(new, run),
    }
    publish.publish(
        root,
        frames,
        processed_article_ids=[aid for aid, _ in new],
        read_sources=[a.source_uri for a in got.articles],
        run_id=run_id,
    )
    return got.seen, len(new), len(dups) + len(got.unchanged)


def test_every_occurrence_of_a_bad_document_is_a_row(tmp_path: Path) -> None:
    root = tmp_path / "data"
    documents, new, duplicates = _run(_inbox(tmp_path), root, "r1")
    held = publish.read_table(root, "quarantine")
    # two empty files, two identical PNGs, two identical empty JSONL lines: six rows, not three
    assert held.height == 6
    assert held[Q.OCCURRENCE_ID].n_unique() == 6
    articles = publish.read_table(root, "articles")
    # the accounting holds from the tables alone
    assert documents == 8
    assert documents == articles.height + duplicates + held.height
    assert (new, duplicates) == (1, 1)  # the JSONL line repeats f_good.txt's text


def test_a_rerun_over_the_same_files_adds_no_quarantine_row(tmp_path: Path) -> None:
    root, inbox = tmp_path / "data", _inbox(tmp_path)
    _run(inbox, root, "r1")
    before = publish.read_table(root, "quarantine").drop(schema.RUN_COLUMNS)
    _run(inbox, root, "r2")
    after = publish.read_table(root, "quarantine").drop(schema.RUN_COLUMNS)
    assert after.sort(Q.OCCURRENCE_ID).equals(before.sort(Q.OCCURRENCE_ID))


def test_a_fixed_file_marks_its_quarantine_row_resolved(tmp_path: Path) -> None:
    root, inbox = tmp_path / "data", _inbox(tmp_path)
    _run(inbox, root, "r1")
    fixed = inbox / "a_empty.txt"
    fixed.write_text("Kyiv said on Tuesday that 300 drones were launched against the capital.\n")
    _run(inbox, root, "r2")
    held = publish.read_table(root, "quarantine")
    resolved = held.filter(pl.col(Q.RESOLVED_AT).is_not_null())
    assert resolved[Q.SOURCE_URI].to_list() == [str(fixed.absolute())]
    assert resolved[Q.RESOLVED_RUN_ID].to_list() == ["r2"]
    assert held.filter(pl.col(Q.RESOLVED_AT).is_null()).height == 5
    published = publish.read_table(root, "articles")
    assert str(fixed.absolute()) in published["source_uri"].to_list()


def test_a_quarantined_row_is_resolved_when_its_article_is_reprocessed_clean(
    tmp_path: Path,
) -> None:
    root = tmp_path / "data"
    bad = pl.DataFrame({"claim_id": ["c1"], "article_id": ["a1"], "_reasons": [["unsourced"]]})
    run1 = RunInfo(run_id="r1")
    frames = {"quarantine": records.invalid_rows("claims", bad, run1, {"a1": "/in/x.txt"})}
    publish.publish(root, frames, processed_article_ids=[], run_id="r1")
    articles = records.rows_frame(
        [{"article_id": "a1", "source_uri": "/in/x.txt", "text": "t"}], RunInfo("r2"), "articles"
    )
    frames = {"quarantine": schema.empty("quarantine"), "articles": articles}
    publish.publish(root, frames, processed_article_ids=["a1"], run_id="r2")
    held = publish.read_table(root, "quarantine")
    assert held[Q.RESOLVED_RUN_ID].to_list() == ["r2"]


def test_a_table_from_before_occurrences_gains_the_columns(tmp_path: Path) -> None:
    new = {Q.OCCURRENCE_ID, Q.RESOLVED_AT, Q.RESOLVED_RUN_ID}
    old = [f for f in schema.empty("quarantine").to_arrow().schema if f.name not in new]
    uri = str(tmp_path / "quarantine")
    DeltaTable.create(uri, pa.schema(old), partition_by=[schema.PARTITION_COLUMN])
    _run(_inbox(tmp_path), tmp_path, "r1")
    table = DeltaTable(uri)
    assert new <= set(table.schema().to_arrow().names)
    assert publish.read_table(tmp_path, "quarantine").height == 6
