"""`claimflow claims`: a figure the outlet states as fact is the outlet's; with no outlet known it
is held, and the command says how many matching figures are held and why (`--include-held`
lists them). Real extraction, real GX validation, real Delta tables; no Prefect needed."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from expectations.runner import Validator
from tasks.documents import CleanArticle
from tasks.extract.batch import extract_batch
from tasks.schema import AttributionKind, AttributionScope, ClaimCol, Dataset
from tasks.store.publish import publish, read_table
from tasks.store.records import RunInfo, article_rows, invalid_rows, rows_frame
from tasks.store.views import HELD, Filters, claims_view

OUTLET_TEXT = "A missile strike on the market killed 12 people."
UNKNOWN_TEXT = "A missile strike on the depot killed 30 soldiers. Officials said 40 were wounded."
ARTICLES = [
    ("a-outlet", CleanArticle("mem://a.txt", "a" * 64, OUTLET_TEXT, outlet="Daily Bugle")),
    ("b-unknown", CleanArticle("mem://b.txt", "b" * 64, UNKNOWN_TEXT)),
]


@pytest.fixture(scope="module")
def data_root(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data")
    run = RunInfo(run_id="r1")
    extraction = extract_batch(nlp, ARTICLES)
    articles = article_rows(ARTICLES, run)
    claims = rows_frame(extraction.claims, run, Dataset.CLAIMS)
    validation = Validator(root / "_docs").validate(
        Dataset.CLAIMS, claims, context_frames={Dataset.ARTICLES: articles}
    )
    uris = {aid: a.source_uri for aid, a in ARTICLES}
    frames = {
        Dataset.ARTICLES: articles,
        Dataset.CLAIMS: validation.good,
        Dataset.QUARANTINE: invalid_rows(Dataset.CLAIMS, validation.bad, run, uris),
    }
    publish(root, frames, processed_article_ids=[aid for aid, _ in ARTICLES])
    return root


def test_the_outlets_own_figure_is_published_as_the_outlets(data_root: Path) -> None:
    claims = read_table(data_root, Dataset.CLAIMS).filter(pl.col(ClaimCol.VALUE) == 12)
    row = claims.row(0, named=True)
    assert row[ClaimCol.ATTRIBUTED_TO] == "Daily Bugle"
    assert row[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA
    assert row[ClaimCol.ATTRIBUTION_SCOPE] == AttributionScope.DOCUMENT
    assert row[ClaimCol.ATTRIBUTION_CUE] is None


def test_an_unsourced_count_from_an_unknown_outlet_is_held_and_counted(data_root: Path) -> None:
    casualties = Filters(claim_type="casualty_count")
    rows, line = claims_view(data_root, casualties)
    assert sorted(rows[ClaimCol.VALUE].to_list()) == [12.0, 40.0]
    assert "; 1 more held in quarantine: " in line and "--include-held lists them" in line
    assert "claims.sourced_count_has_source (a troop or casualty count with no source" in line
    listed, _ = claims_view(data_root, casualties, include_held=True)
    held = listed.filter(pl.col(HELD).is_not_null())
    assert held[ClaimCol.VALUE].to_list() == [30.0]
    assert "claims.sourced_count_has_source" in held[HELD][0]
    assert listed.filter(pl.col(HELD).is_null()).height == 2
    # the filters apply to held figures too
    assert "held" not in claims_view(data_root, Filters(claim_type="money"))[1]


def test_the_command_says_what_is_held_and_why(data_root: Path) -> None:
    from flows.cli import app

    runner = CliRunner()
    plain = runner.invoke(app, ["claims", "--data-root", str(data_root)])
    assert plain.exit_code == 0, plain.output
    assert "1 more held in quarantine: " in plain.output
    assert "no outlet known" in plain.output and "--include-held lists them" in plain.output
    listed = runner.invoke(app, ["claims", "--data-root", str(data_root), "--include-held"])
    assert listed.exit_code == 0, listed.output
    assert "claims.sourced_count_has_source" in listed.output and HELD in listed.output
