"""The seeds, read, extracted and published to a data root once per session, without Prefect."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tasks.extract.batch import extract_batch
from tasks.ingest.batch import ingest_batch
from tasks.ingest.discover import discover
from tasks.store import identify, publish, records
from tests.conftest import SEEDS

RUN = records.RunInfo(run_id="run-1", started_at=datetime(2024, 11, 5, tzinfo=UTC))


@pytest.fixture(scope="session")
def seeds_root(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds read, extracted and published to a fresh data root, without Prefect."""
    root = tmp_path_factory.mktemp("data")
    got = ingest_batch(discover(str(SEEDS)), max_bytes=10**7)
    new, _ = identify.split_new(got.articles, set())
    extraction = extract_batch(nlp, new, batch_size=8)
    frames = {
        "claims": records.rows_frame(extraction.claims, RUN, "claims"),
        "quotes": records.rows_frame(extraction.quotes, RUN, "quotes"),
        "entities": records.rows_frame(extraction.entities, RUN, "entities"),
        "articles": records.article_rows(new, RUN),
    }
    publish.publish(root, frames, processed_article_ids=[aid for aid, _ in new])
    return root
