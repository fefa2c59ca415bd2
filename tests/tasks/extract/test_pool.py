"""The process pool: real spawned workers give exactly one process's rows; failures stay alone."""

from __future__ import annotations

import os
import sys
import time

import pytest
from spacy.language import Language

from flows.settings import DEFAULT_MODEL
from tasks.documents import CleanArticle
from tasks.extract.batch import Extraction
from tasks.extract.pool import Batch, ExtractPool, extract_rows, workers_for
from tests.conftest import SEEDS

BOOM, KILL, SLOW = "BOOM-7f3a", "KILL-7f3a", "SLOW-7f3a"
BOOM_REASON = "extract_error: ValueError: a document the rules cannot handle"


def _articles() -> list[tuple[str, CleanArticle]]:
    out = []
    for k, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        out.append((f"seed{k}", CleanArticle(path.as_uri(), "0" * 64, text)))
        # a short second article per seed: more batches than workers, uneven lengths
        out.append((f"lead{k}", CleanArticle(path.as_uri(), "1" * 64, text.split("\n\n")[0])))
    return out


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _rows(outcomes) -> tuple[list[dict], list[dict], list[dict]]:
    claims, quotes, entities = [], [], []
    for o in outcomes:
        claims += o.extraction.claims
        quotes += o.extraction.quotes
        entities += o.extraction.entities
    return claims, quotes, entities


def fragile_rows(nlp: Language, batch: Batch) -> Extraction:
    """The real extraction, except that a marked document raises, or kills its worker outright."""
    for _, article in batch:
        if KILL in article.text:
            os._exit(3)  # what a segfault or the OOM killer looks like to the parent
        if BOOM in article.text:
            raise ValueError("a document the rules cannot handle")
        if SLOW in article.text:
            time.sleep(3600)  # a document spaCy or the rules never finish
    return extract_rows(nlp, batch)


def priority_rows(nlp: Language, batch: Batch) -> Extraction:
    """One row: the niceness the worker loaded its model at, and the one it runs batches at."""
    import threading

    from tasks.extract import pool_worker

    here = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    return Extraction(claims=[{"loaded": pool_worker._loaded_niceness, "runs": here}])


@pytest.fixture(scope="module")
def one_process(nlp):
    articles = _articles()
    return _rows(ExtractPool(DEFAULT_MODEL, 1).map(_batches(articles, 3)))


def test_two_spawned_workers_give_exactly_the_rows_of_one_process(one_process) -> None:
    articles = _articles()
    with ExtractPool(DEFAULT_MODEL, 2) as pool:
        got = _rows(pool.map(_batches(articles, 2)))
    claims, quotes, entities = one_process
    assert claims and quotes and entities
    assert got == one_process  # same rows, same order, every column


def test_a_failing_document_is_set_aside_and_its_batch_goes_on(nlp) -> None:
    leads = [a for a in _articles() if a[0].startswith("lead")]
    bad = [
        ("boom", CleanArticle("mem://boom", "2" * 64, f"Officials said 40 people died. {BOOM}")),
        ("kill", CleanArticle("mem://kill", "3" * 64, f"About 12 soldiers left. {KILL}")),
    ]
    batches = [[leads[0], bad[0], leads[1]], [leads[2], bad[1]], leads[3:]]
    with ExtractPool(DEFAULT_MODEL, 2, work=fragile_rows) as pool:
        outcomes = list(pool.map(batches))
        restarts = pool.restarts
    failed = dict(f for o in outcomes for f in o.failed)
    assert set(failed) == {"boom", "kill"}
    assert failed["boom"] == BOOM_REASON
    assert "worker process died" in failed["kill"]
    assert restarts >= 1
    alone = ExtractPool(DEFAULT_MODEL, 1).map([[lead] for lead in leads])
    assert _rows(outcomes) == _rows(alone)  # every other document's rows, in order


def test_a_document_over_the_time_budget_stops_its_worker_and_is_set_aside(nlp) -> None:
    leads = [a for a in _articles() if a[0].startswith("lead")]
    slow = ("slow", CleanArticle("mem://slow", "4" * 64, f"Some 30 tanks moved. {SLOW}"))
    batches = [[leads[0], leads[1]], [leads[2], slow], [leads[3], leads[4]]]
    started = time.monotonic()
    with ExtractPool(DEFAULT_MODEL, 2, work=fragile_rows, timeout=5) as pool:
        outcomes = list(pool.map(batches))
        restarts = pool.restarts
    assert time.monotonic() - started < 300  # never the hour the document asks for
    assert [f for o in outcomes for f in o.failed] == [
        ("slow", "extract_error: timed out after 5 s")
    ]
    assert restarts >= 1
    alone = ExtractPool(DEFAULT_MODEL, 1).map([[lead] for lead in leads])
    assert _rows(outcomes) == _rows(alone)  # every other document's rows, in order


def test_in_process_isolation_too(nlp) -> None:
    articles = _articles()[:2]
    bad = ("boom", CleanArticle("mem://boom", "2" * 64, f"{BOOM} and 3 more."))
    outcomes = list(ExtractPool(DEFAULT_MODEL, 1, work=fragile_rows).map([[bad, *articles]]))
    assert outcomes[0].failed == [
        ("boom", "extract_error: ValueError: a document the rules cannot handle")
    ]
    alone = list(ExtractPool(DEFAULT_MODEL, 1).map([articles]))
    assert _rows(outcomes) == _rows(alone)


def test_a_model_that_cannot_load_stops_the_run_with_the_install_hint() -> None:
    from tasks.extract.nlp import ModelNotInstalled

    with ExtractPool("no_such_model_7f3a", 2) as pool, pytest.raises(ModelNotInstalled) as err:
        list(pool.map([[("a", CleanArticle("mem://a", "0" * 64, "Two men."))]]))
    assert "uv pip install" in str(err.value)


@pytest.mark.parametrize(
    ("n", "batch", "processes", "expected"),
    [
        (5, 64, 8, 1),  # a handful: no worker is worth its model load
        (100, 64, 2, 1),  # one full batch of work
        (128, 64, 2, 2),
        (200, 64, 8, 3),
        (2225, 64, 2, 2),
        (2225, 64, 1, 1),
    ],
)
def test_workers_for(n, batch, processes, expected) -> None:
    assert workers_for(n, batch, processes) == expected


def test_warm_up_loads_what_the_rules_look_up_before_any_batch(nlp) -> None:
    """A worker loads the gazetteer and the currency tables at start (while the run reads), not
    in its first batch."""
    from tasks.extract import batch, currencies, gazetteer

    gazetteer._gazetteer.cache_clear()
    currencies.tables.cache_clear()
    batch.warm_up(nlp)
    assert gazetteer._gazetteer.cache_info().currsize == 1
    assert currencies.tables.cache_info().currsize == 1


@pytest.mark.skipif(sys.platform != "linux", reason="niceness per thread is Linux's")
def test_workers_load_the_model_at_a_low_priority_and_run_batches_at_the_normal_one() -> None:
    """A run's start (its Prefect server, reading) comes before the workers' model loads; their
    batches then compete as equals."""
    from tasks.processes import START_NICENESS

    mine = os.getpriority(os.PRIO_PROCESS, 0)
    with ExtractPool(DEFAULT_MODEL, 2, work=priority_rows) as pool:
        (outcome,) = pool.map([_articles()[:1]])
    (row,) = outcome.extraction.claims
    assert row == {"loaded": min(mine + START_NICENESS, 19), "runs": mine}


def test_a_pool_closed_while_a_batch_runs_fails_at_once_and_never_restarts(nlp) -> None:
    """The run ends (Ctrl-C) while a batch hangs: closing the pool from another thread kills
    the workers, and the batch fails with PoolClosed instead of respawning workers to go on."""
    import multiprocessing
    import threading
    from concurrent.futures.process import BrokenProcessPool

    from tasks.extract.pool import PoolClosed

    slow = ("slow", CleanArticle("mem://slow", "4" * 64, f"Some 30 tanks moved. {SLOW}"))
    pool = ExtractPool(DEFAULT_MODEL, 2, work=fragile_rows, timeout=600)
    pool.start()
    outcome: list[BaseException] = []

    def consume() -> None:
        try:
            list(pool.map([[slow], [slow]]))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=consume)
    thread.start()
    time.sleep(8)  # the workers have loaded the model and hang in the slow batches
    started = time.monotonic()
    pool.close(kill=True)
    thread.join(timeout=120)
    assert not thread.is_alive() and time.monotonic() - started < 120
    # PoolClosed, or the broken pool's own error when the kill lands between two steps
    assert len(outcome) == 1 and isinstance(outcome[0], PoolClosed | OSError | BrokenProcessPool)
    assert pool._executor is None and pool.restarts == 0
    assert multiprocessing.active_children() == []  # no worker was started again
    with pytest.raises(PoolClosed):
        pool.start()
