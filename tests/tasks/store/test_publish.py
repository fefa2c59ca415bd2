"""Publishing: Delta writes that are atomic, idempotent and replace what a run owns."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from deltalake import DeltaTable
from deltalake.exceptions import DeltaError, SchemaMismatchError

from tasks import schema
from tasks.store import publish
from tasks.store.records import RunInfo, rows_frame
from tests.conftest import REPO


def claims_for(article_ids: list[str], n_each: int, run_id: str = "r1") -> pl.DataFrame:
    rows = [
        {
            "claim_id": f"{aid}-{i}",
            "article_id": aid,
            "char_start": i,
            "char_end": i + 1,
            "quantity_text": str(i),
            "value": float(i + 1),
            "qualifier": "exact",
            "claim_type": "other",
            "attribution_kind": "none",
            "hedged": False,
            "confidence": 0.5,
        }
        for aid in article_ids
        for i in range(n_each)
    ]
    return rows_frame(rows, RunInfo(run_id=run_id), "claims")


def test_rerun_of_same_write_leaves_one_copy(tmp_path: Path) -> None:
    frame = claims_for(["a", "b"], 3)
    publish.replace_article_rows(tmp_path, "claims", frame, ["a", "b"])
    publish.replace_article_rows(tmp_path, "claims", frame, ["a", "b"])
    assert publish.read_table(tmp_path, "claims").height == 6


def test_corrected_rerun_with_fewer_rows_drops_stale_rows(tmp_path: Path) -> None:
    # docs/RELIABILITY.md #4: 30 rows then a rerun with 12 must leave 12, not 30 or 42.
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a", "b", "c"], 10), "abc")
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a", "b", "c"], 4), "abc")
    assert publish.read_table(tmp_path, "claims").height == 12


def test_replacing_one_article_keeps_the_others(tmp_path: Path) -> None:
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a", "b"], 2), ["a", "b"])
    # "b" reprocessed and found nothing: its rows go, "a" stays.
    publish.replace_article_rows(tmp_path, "claims", claims_for([], 0), ["b"])
    got = publish.read_table(tmp_path, "claims")
    assert sorted(set(got["article_id"])) == ["a"]
    assert got.height == 2


def test_rows_outside_the_write_are_rejected_and_table_unchanged(tmp_path: Path) -> None:
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a"], 2), ["a"])
    version = DeltaTable(str(tmp_path / "claims")).version()
    with pytest.raises(ValueError, match="outside this write"):
        publish.replace_article_rows(tmp_path, "claims", claims_for(["a", "z"], 1), ["a"])
    assert DeltaTable(str(tmp_path / "claims")).version() == version


def test_insert_new_is_idempotent(tmp_path: Path) -> None:
    run = RunInfo(run_id="r1")
    rows = rows_frame(
        [{"dataset": "documents", "record_id": "x", "reasons": ["empty"], "occurrence_id": "o"}],
        run,
        "quarantine",
    )
    first = publish.insert_new(tmp_path, "quarantine", rows)
    # the second inserts nothing and makes no commit: it says so (no version of its own)
    assert publish.insert_new(tmp_path, "quarantine", rows) is None
    assert publish.read_table(tmp_path, "quarantine").height == 1
    assert first == publish.ensure_table(tmp_path, "quarantine").version()


def test_schema_drift_new_column_is_rejected_by_the_table(tmp_path: Path) -> None:
    # docs/RELIABILITY.md #8: even a writer that bypasses our contract cannot add a column silently.
    from deltalake import write_deltalake

    publish.replace_article_rows(tmp_path, "claims", claims_for(["a"], 1), ["a"])
    drifted = claims_for(["a"], 1).with_columns(pl.lit(1).alias("surprise"))
    with pytest.raises(SchemaMismatchError):
        write_deltalake(str(tmp_path / "claims"), drifted.to_arrow(), mode="append")


def test_schema_drift_type_change_is_rejected_by_the_contract(tmp_path: Path) -> None:
    drifted = claims_for(["a"], 1).with_columns(pl.lit("lots").alias("value"))
    with pytest.raises(pl.exceptions.InvalidOperationError):
        publish.replace_article_rows(tmp_path, "claims", drifted, ["a"])


def test_conform_refuses_columns_outside_the_contract() -> None:
    with pytest.raises(ValueError, match="not in the data contract"):
        schema.conform(pl.DataFrame({"claim_id": ["x"], "oops": [1]}), "claims")


def test_stray_parquet_file_is_ignored_by_table_readers(tmp_path: Path) -> None:
    # docs/RELIABILITY.md #2, #12: orphans (e.g. from a crash) are invisible through the log, but a
    # raw glob sees them: analysts must read through Delta-aware readers.
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a"], 2), ["a"])
    orphan = claims_for(["zz"], 3).drop(schema.PARTITION_COLUMN)  # as in a partition folder
    orphan.write_parquet(tmp_path / "claims" / "orphan.parquet")
    assert publish.read_table(tmp_path, "claims").height == 2
    assert pl.read_delta(str(tmp_path / "claims")).height == 2
    glob = str(tmp_path / "claims" / "**" / "*.parquet")
    assert pl.read_parquet(glob, hive_partitioning=False).height == 5


def test_vacuum_refuses_short_retention(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="refusing to vacuum"):
        publish.vacuum(tmp_path, retention_hours=1)


def test_compact_keeps_rows(tmp_path: Path) -> None:
    for aid in "abcde":
        publish.replace_article_rows(tmp_path, "claims", claims_for([aid], 2), [aid])
    before = publish.read_table(tmp_path, "claims").sort("claim_id")
    metrics = publish.compact(tmp_path)
    assert metrics["claims"]["numFilesRemoved"] >= 5
    assert publish.read_table(tmp_path, "claims").sort("claim_id").equals(before)


def test_export_writes_current_rows_only(tmp_path: Path) -> None:
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a"], 5), ["a"])
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a"], 2), ["a"])
    out = publish.export_parquet(tmp_path, tmp_path / "export")
    assert pl.read_parquet(out["claims"]).height == 2


def _append_one(args: tuple[str, int]) -> str:
    root, i = args
    from tasks.store.publish import insert_new
    from tasks.store.records import RunInfo, rows_frame

    row = rows_frame(
        [
            {
                "dataset": "documents",
                "record_id": f"r{i}",
                "reasons": ["x"],
                "occurrence_id": f"o{i}",
            }
        ],
        RunInfo(run_id=f"run{i}"),
        "quarantine",
    )
    for _ in range(20):  # a concurrent merge may conflict: re-read and retry, as the flow does
        try:
            insert_new(root, "quarantine", row)
            return "ok"
        except Exception as exc:  # noqa: BLE001
            if "conflict" not in str(exc).lower() and "Commit" not in type(exc).__name__:
                raise
            time.sleep(0.05 * (1 + i % 3))
    return "gave up"


def test_concurrent_writers_all_land_once(tmp_path: Path) -> None:
    # docs/RELIABILITY.md #6, #11: spawned processes (deltalake hangs after fork), 8 writers.
    publish.ensure_table(tmp_path, "quarantine")
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.map(_append_one, [(str(tmp_path), i) for i in range(8)], chunksize=1)
    assert results == ["ok"] * 8
    got = publish.read_table(tmp_path, "quarantine")
    assert sorted(got["record_id"]) == sorted(f"r{i}" for i in range(8))


_WRITER_SCRIPT = textwrap.dedent(
    """
    import sys, polars as pl
    from tasks.store import publish
    from tasks.store.records import RunInfo, rows_frame
    root = sys.argv[1]
    rows = [dict(claim_id=f"c{i}", article_id=f"a{i % 500}", char_start=0, char_end=1,
                 quantity_text="1", value=1.0, qualifier="exact", claim_type="other",
                 attribution_kind="none", hedged=False, confidence=0.5,
                 sentence="x" * 2000) for i in range(400_000)]
    frame = rows_frame(rows, RunInfo(run_id="big"), "claims")
    print("ready", flush=True)
    publish.replace_article_rows(root, "claims", frame, [f"a{i}" for i in range(500)])
    print("done", flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.3, 1.0, 2.5])
def test_sigkill_during_a_write_leaves_the_table_as_it_was(tmp_path: Path, delay: float) -> None:
    # docs/RELIABILITY.md #1: kill the writer mid-commit; the table stays at its previous version.
    publish.replace_article_rows(tmp_path, "claims", claims_for(["a0", "a1"], 3), ["a0", "a1"])
    before = publish.read_table(tmp_path, "claims").sort("claim_id")
    version = DeltaTable(str(tmp_path / "claims")).version()
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER_SCRIPT, str(tmp_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    table = DeltaTable(str(tmp_path / "claims"))
    if table.version() == version:  # killed before the commit: nothing changed
        assert publish.read_table(tmp_path, "claims").sort("claim_id").equals(before)
    else:  # the commit made it before the kill: the whole write is there, nothing half
        assert publish.read_table(tmp_path, "claims").height == 400_000


def test_partition_value_is_pipeline_controlled(tmp_path: Path) -> None:
    frame = claims_for(["a"], 1)
    assert frame[schema.PARTITION_COLUMN].to_list() == [RunInfo(run_id="x").ingest_date]
    assert isinstance(frame[schema.PARTITION_COLUMN][0], date)


def test_a_full_disk_mid_write_leaves_the_table_as_it_was(tmp_path: Path) -> None:
    # docs/RELIABILITY.md #9, on a real full filesystem: a small tmpfs (skipped without root).
    from tests.conftest import tmpfs

    with tmpfs(tmp_path / "small", "1m") as root:
        publish.replace_article_rows(root, "claims", claims_for(["a0"], 3), ["a0"])
        before = publish.read_table(root, "claims").sort("claim_id")
        version = DeltaTable(str(root / "claims")).version()
        big = claims_for([f"a{i}" for i in range(200)], 50)
        noise = [os.urandom(250).hex() for _ in range(big.height)]  # incompressible: ~5 MB
        big = big.with_columns(pl.Series("sentence", noise))
        with pytest.raises((OSError, DeltaError), match="No space left on device"):
            publish.replace_article_rows(root, "claims", big, [f"a{i}" for i in range(200)])
        assert DeltaTable(str(root / "claims")).version() == version
        assert publish.read_table(root, "claims").sort("claim_id").equals(before)


def test_upsert_replaces_a_urls_state_and_keeps_the_others(tmp_path: Path) -> None:
    # fetch_state is state, not history: the latest validators for a URL replace the earlier.
    def state(url: str, etag: str) -> dict[str, object]:
        return {"source_uri": url, "final_url": url, "status": 200, "etag": etag}

    first = rows_frame(
        [state("https://a.org/1", '"v1"'), state("https://a.org/2", '"v1"')],
        RunInfo("r1"),
        "fetch_state",
    )
    publish.publish(tmp_path, {"fetch_state": first}, processed_article_ids=[])
    later = rows_frame([state("https://a.org/1", '"v2"')], RunInfo("r2"), "fetch_state")
    publish.publish(tmp_path, {"fetch_state": later}, processed_article_ids=[])
    got = publish.read_table(tmp_path, "fetch_state").sort("source_uri")
    assert got["etag"].to_list() == ['"v2"', '"v1"'] and got["run_id"].to_list() == ["r2", "r1"]
