"""The NLP stage on worker processes: the flow's tables are those of one process, and a
document that fails extraction is quarantined while the rest publish."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path
from typing import Any

import pytest

from tasks.store.publish import read_table
from tests.conftest import SEEDS
from tests.flows.conftest import assert_same_tables, run_pipeline, snapshot, spy_on_pools

pytestmark = pytest.mark.slow


def _inbox(tmp_path: Path) -> Path:
    """Each seed, and its first four lines alone as another article: 10 articles, enough for
    two full batches of 4, so both workers take batches."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        (inbox / path.name).write_text(text, encoding="utf-8")
        lead = "\n".join(text.splitlines()[:4]) + "\n"
        (inbox / f"lead-{path.name}").write_text(lead, encoding="utf-8")
    return inbox


def test_two_worker_processes_give_the_tables_of_one(
    prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    pools = spy_on_pools(monkeypatch)
    inbox = _inbox(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    first = run_pipeline(inbox, one, processes=1, batch_size=4)
    second = run_pipeline(inbox, two, processes=2, batch_size=4)
    # the second run went through two worker processes, started as it read; the first did not
    assert pools == [("warmup", 2)]
    assert first["status"] == second["status"] == "completed"
    assert first["counts"]["articles_new"] == second["counts"]["articles_new"] == 10
    assert_same_tables(snapshot(one), snapshot(two))
    assert read_table(two, "claims").height > 0
    # the same texts again, in new bytes (a re-crawl): read, found published, nothing started
    for path in inbox.iterdir():
        path.write_text(path.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    third = run_pipeline(inbox, two, processes=2, batch_size=4)
    assert third["counts"]["articles_new"] == 0 and pools == [("warmup", 2)]
    assert multiprocessing.active_children() == []  # no worker or GX process outlives a run


def test_batches_go_to_the_workers_while_reading_goes_on(
    prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NLP starts on the first full batch, not after the last document is read; the rows are
    those of one process."""
    from flows import pipeline
    from tasks.extract.pool import ExtractPool

    inbox = _inbox(tmp_path)  # 10 articles: five read batches of 2
    monkeypatch.setattr(pipeline.extraction, "READ_BATCH_MIN", 2)
    streamed = threading.Event()
    real_submit, real_read = ExtractPool._submit, pipeline.ingest.ingest_batch
    reads: list[bool] = []

    def submit(self: ExtractPool, batch: list) -> Any:
        streamed.set()
        return real_submit(self, batch)

    def read(refs: list, **kw: Any) -> Any:
        if len(reads) == 4:  # the last read batch: a batch must be on the workers by now
            reads.append(streamed.wait(timeout=120))
        else:
            reads.append(streamed.is_set())
        return real_read(refs, **kw)

    monkeypatch.setattr(ExtractPool, "_submit", submit)
    monkeypatch.setattr(pipeline.ingest, "ingest_batch", read)
    one, two = tmp_path / "one", tmp_path / "two"
    streaming = run_pipeline(inbox, two, processes=2, batch_size=2)
    assert reads[0] is False and reads[-1] is True  # the workers had work before reading ended
    first = run_pipeline(inbox, one, processes=1, batch_size=2)
    assert streaming["status"] == first["status"] == "completed"
    assert streaming["counts"] == first["counts"]
    assert_same_tables(snapshot(one), snapshot(two))


def test_a_run_that_fails_while_streaming_stops_its_workers(
    prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading fails after batches went to the workers: the error is the run's, the workers
    stop, and nothing is published."""
    from flows import pipeline
    from tasks.extract.pool import ExtractPool

    inbox = _inbox(tmp_path)
    monkeypatch.setattr(pipeline.extraction, "READ_BATCH_MIN", 2)
    streamed = threading.Event()
    real_submit, real_read = ExtractPool._submit, pipeline.ingest.ingest_batch
    reads: list[int] = []

    def submit(self: ExtractPool, batch: list) -> Any:
        streamed.set()
        return real_submit(self, batch)

    def read(refs: list, **kw: Any) -> Any:
        reads.append(len(refs))
        if len(reads) == 4:
            assert streamed.wait(timeout=120)
            raise OSError("the disk went away")
        return real_read(refs, **kw)

    monkeypatch.setattr(ExtractPool, "_submit", submit)
    monkeypatch.setattr(pipeline.ingest, "ingest_batch", read)
    with pytest.raises(OSError, match="the disk went away"):
        run_pipeline(inbox, tmp_path / "data", processes=2, batch_size=2)
    assert multiprocessing.active_children() == []
    assert read_table(tmp_path / "data", "claims").height == 0


def test_the_workers_take_batches_in_pieces_and_progress_counts_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pool gets each batch in pieces (so that no worker idles for most of a batch at the
    end), the run's last, shorter batch in finer ones; progress still counts whole batches, and
    the rows are those of one pass."""
    from flows import extraction
    from flows.settings import DEFAULT_MODEL
    from tasks.documents import CleanArticle
    from tasks.extract.batch import extract_batch
    from tasks.extract.nlp import load_model
    from tasks.extract.pool import ExtractPool
    from tasks.store.records import RunInfo

    monkeypatch.setattr(extraction, "POOL_PIECE", 2)
    sizes: list[int] = []
    real_submit = ExtractPool._submit

    def submit(self: ExtractPool, batch: list) -> Any:
        sizes.append(len(batch))
        return real_submit(self, batch)

    monkeypatch.setattr(ExtractPool, "_submit", submit)
    text = "Officials said {} soldiers were killed near Kharkiv on Monday."
    articles = [
        (f"a{i}", CleanArticle(f"mem://{i}", f"{i:064d}", text.format(i + 2))) for i in range(7)
    ]
    ticks: list[int] = []
    run = RunInfo("r")
    out = extraction.extract_on_workers.fn(
        [articles[:5], articles[5:]],
        workers=2,
        model=DEFAULT_MODEL,
        run=run,
        timeout=120,
        tick=ticks.append,
    )
    # the last, shorter batch in finer pieces: the workers end together (at most 2 per worker)
    assert sizes == [2, 2, 1, 1, 1]
    assert ticks == [1, 2]
    one = extraction.Extracted()
    one.add(extraction._frames(extract_batch(load_model(DEFAULT_MODEL), articles), run), {})
    for name, frame in one.tables(run).items():
        order = ["article_id", "char_start", "char_end"]
        assert out.tables(run)[name].sort(order).equals(frame.sort(order)), name
    assert out.tables(run)["claims"].height == 7
    assert multiprocessing.active_children() == []
