"""Long documents never stop a run (issue 12 item 1), on a real Prefect server: a batch over its
time budget is retried one article at a time, an article over it alone is quarantined, an
article over the length limit is quarantined too_long, and a later run with a larger budget
parses the long one in chunks, publishes it and marks its quarantine row resolved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

from tasks.schema import ArticleCol, ClaimCol, Dataset, QuarantineCol
from tasks.store.publish import read_table
from tests.conftest import SEEDS
from tests.flows.conftest import spy_on_pools

pytestmark = pytest.mark.slow

PARAGRAPH = (
    "Officials in Kyiv said on Monday that {n} soldiers had arrived near the border, according "
    "to the defence ministry."
)


def _long(paragraphs: int) -> str:
    return "Reinforcements\n\n" + "\n\n".join(
        PARAGRAPH.format(n=f"{20_000 + 7 * i:,}") for i in range(paragraphs)
    )


# In the flow's process (per-batch task runs under a Prefect timeout), and on two worker
# processes (one article a batch: three full batches), where a late worker is stopped.
@pytest.mark.parametrize("workers", [{"processes": 1}, {"processes": 2, "batch_size": 1}])
def test_long_articles_are_timed_chunked_limited_and_later_published(
    prefect_server: str, tmp_path: Path, workers: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.pipeline import news_pipeline

    pools = spy_on_pools(monkeypatch)

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        (inbox / seed.name).write_bytes(seed.read_bytes())
    long_text = _long(3_000)  # ~357k characters: several chunks, many seconds of spaCy on any core
    (inbox / "long.txt").write_text(long_text)
    (inbox / "too_long.txt").write_text(_long(5_000))  # ~600k characters
    root = tmp_path / "data"
    limits: dict[str, Any] = {"max_article_chars": 400_000, **workers}

    first = news_pipeline(
        source=str(inbox), data_root=str(root), extract_timeout_seconds=2, **limits
    )
    assert first["status"] == "completed"
    c = first["counts"]
    assert (c["documents"], c["articles_new"], c["documents_quarantined"]) == (4, 2, 2)
    held = read_table(root, Dataset.QUARANTINE)
    reasons = {Path(u).name: r[0] for u, r in held.select("source_uri", "reasons").iter_rows()}
    assert reasons["too_long.txt"].startswith("too_long: ")
    assert reasons["long.txt"] == "extract_error: timed out after 2 s"
    assert read_table(root, Dataset.ARTICLES).height == 2  # the seeds, retried one by one
    # the path the case is about: two workers, started early (at the first new article read)
    assert pools == ([("warmup", 2)] if workers["processes"] == 2 else [])

    second = news_pipeline(source=str(inbox), data_root=str(root), **limits)
    assert second["status"] == "completed"
    assert second["counts"]["articles_new"] == 1
    articles = read_table(root, Dataset.ARTICLES)
    long_id = articles.filter(pl.col(ArticleCol.SOURCE_URI).str.ends_with("long.txt"))
    text = long_id[ArticleCol.TEXT][0]
    claims = read_table(root, Dataset.CLAIMS).filter(
        pl.col(ClaimCol.ARTICLE_ID) == long_id[ArticleCol.ARTICLE_ID][0]
    )
    assert claims.height >= 1_400
    last = claims.sort(ClaimCol.CHAR_START)[-1]
    assert last[ClaimCol.CHAR_START][0] > 150_000  # offsets into the whole text, past the chunks
    start, end = last[ClaimCol.CHAR_START][0], last[ClaimCol.CHAR_END][0]
    assert text[start:end] == last[ClaimCol.QUANTITY_TEXT][0]
    held = read_table(root, Dataset.QUARANTINE)
    resolved = held.filter(pl.col(QuarantineCol.RESOLVED_AT).is_not_null())
    assert [Path(u).name for u in resolved[QuarantineCol.SOURCE_URI]] == ["long.txt"]
