"""The NLP stage on worker processes: the flow's tables are those of one process, and a
document that fails extraction is quarantined while the rest publish."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from tasks.store.publish import read_table
from tests.conftest import SEEDS
from tests.flows.conftest import assert_same_tables, run_pipeline, snapshot, spy_on_pools

pytestmark = pytest.mark.slow


def test_two_worker_processes_give_the_tables_of_one(
    prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    pools = spy_on_pools(monkeypatch)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for path in SEEDS.glob("*.txt"):
        # each seed, and its first four lines alone as another article: enough articles for
        # two full batches of 4, so both workers take batches
        text = path.read_text(encoding="utf-8")
        (inbox / path.name).write_text(text, encoding="utf-8")
        lead = "\n".join(text.splitlines()[:4]) + "\n"
        (inbox / f"lead-{path.name}").write_text(lead, encoding="utf-8")
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
