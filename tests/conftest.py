"""Shared test settings: where ../shared is, and a Prefect that never phones home."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold"

# Set before Prefect is imported anywhere in the test session.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
os.environ.setdefault("PREFECT_HOME", str(REPO / ".prefect" / "tests"))
Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)  # Prefect makes no parents


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a reason a newcomer understands."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} not found: gold labels and corpora live in ../shared beside the checkout "
            "(CI has them; a fresh clone does not)"
        )
    return path


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline (with newline sentence breaks); loaded once per session."""
    from flows.settings import DEFAULT_MODEL
    from tasks.extract.nlp import load_model

    return load_model(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def blank():
    """A tokenizer-only English pipeline, for rules that need no model."""
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="session")
def published_seeds(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds read, extracted and published to a fresh data root, without Prefect."""
    from tasks.store import records

    run = records.RunInfo(run_id="seeds", started_at=datetime(2024, 11, 5, tzinfo=UTC))
    root = tmp_path_factory.mktemp("data")
    publish_extracted(nlp, SEEDS, root, run)
    return root


def publish_extracted(nlp: Any, source: Path, root: Path, run: Any) -> list[str]:
    """Read, extract and publish the documents under ``source`` as one run's publish stage does,
    and nothing after it (no reconcile); returns the new article ids."""
    from tasks.extract.batch import extract_batch
    from tasks.ingest.batch import ingest_batch
    from tasks.ingest.discover import discover
    from tasks.store import identify, publish, records

    got = ingest_batch(discover(str(source)), max_bytes=10**7)
    new, _ = identify.split_new(got.articles, set())
    extraction = extract_batch(nlp, new, batch_size=8)
    frames = {
        "claims": records.rows_frame(extraction.claims, run, "claims"),
        "quotes": records.rows_frame(extraction.quotes, run, "quotes"),
        "entities": records.rows_frame(extraction.entities, run, "entities"),
        "articles": records.article_rows(new, run),
    }
    publish.publish(root, frames, processed_article_ids=[aid for aid, _ in new])
    return [aid for aid, _ in new]


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``path`` (needs root): a disk that fills up for real."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}): needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
