"""Figures: the same claim seen many times is one row; disagreements; the seeds end to end."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import polars as pl
import pytest

from tasks import schema
from tasks.analysis.figures import build_figures, disagreements, subject_class
from tasks.known_sources import built_in
from tasks.store import publish, records
from tasks.store.publish import read_table
from tasks.store.reconcile import reconcile
from tests.tasks.analysis.conftest import RUN


def _claim(cid: str, aid: str, value: float | None, source: str | None, **extra: object) -> dict:
    return {
        "claim_id": cid, "article_id": aid, "sentence": f"sentence {cid}", "value": value,
        "value_high": None, "qualifier": "exact" if value else "vague", "unit": "persons",
        "claim_type": "troop_count", "subject": "North Korean soldiers", "actor": "North Korea",
        "hedged": False, "source_id": source, **extra,
    }  # fmt: skip


def _articles(*rows: tuple[str, str | None, date | None]) -> pl.DataFrame:
    return pl.DataFrame(
        [
            {
                "article_id": a,
                "outlet": o,
                "published_at": d and datetime(d.year, d.month, d.day),
                "ingest_date": date(2024, 11, 5),
            }
            for a, o, d in rows
        ],  # fmt: skip
        schema={
            "article_id": pl.String,
            "outlet": pl.String,
            "published_at": pl.Datetime("us", "UTC"),
            "ingest_date": pl.Date,
        },  # fmt: skip
    )


SOURCES = pl.DataFrame(
    {"source_id": ["s1", "s2"], "name": ["Defence Intelligence of Ukraine", "Mark Rutte"]}
)


def test_one_figure_repeated_by_outlets_is_one_row() -> None:
    claims = pl.DataFrame(
        [
            _claim("c1", "a1", 11000.0, "s1"),
            _claim("c2", "a2", 11000.0, "s1", subject="North Korean troops", hedged=True),
            _claim("c3", "a3", 11000.0, "s1"),
            _claim("c4", "a3", 12000.0, "s1"),
            _claim("c5", "a4", None, "s2", sentence="Thousands of North Korean soldiers ..."),
        ]
    )
    articles = _articles(
        ("a1", "Reuters", date(2024, 10, 28)),
        ("a2", "BBC News", date(2024, 10, 30)),
        ("a3", "Reuters", None),  # unknown date: the ingest date stands in
        ("a4", None, date(2024, 11, 1)),
    )
    figures = build_figures(claims, articles, SOURCES)
    assert figures.height == 3
    eleven = figures.filter(pl.col("value") == 11000).row(0, named=True)
    assert (eleven["n_articles"], eleven["n_outlets"]) == (3, 2)
    assert eleven["outlets"] == ["BBC News", "Reuters"]
    assert eleven["claim_ids"] == ["c1", "c2", "c3"]
    assert (eleven["first_seen"], eleven["last_seen"]) == (date(2024, 10, 28), date(2024, 11, 5))
    assert eleven["hedged"] is False  # hedged in one article, stated in two
    assert eleven["example"] == "sentence c1"  # the earliest publication's sentence
    assert eleven["source"] == "Defence Intelligence of Ukraine"
    assert figures.schema == pl.Schema(
        {k: v for k, v in schema.FIGURES.items() if k not in schema.RUN_COLUMNS}
    )
    # Same claims in another order: the same rows, ids included.
    assert build_figures(claims.reverse(), articles, SOURCES).equals(figures)


@pytest.mark.parametrize(
    ("subject", "claim_type", "expected"),
    [
        ("North Korean soldiers", "troop_count", "troops"),
        ("civilians", "casualty_count", "civilians"),
        ("Ukrainian servicemen", "casualty_count", "troops"),
        ("residents", "people_count", "people"),
        ("Shahed drones", "equipment_count", "drones"),
        ("tanks", "equipment_count", "tank"),
        (None, "money", None),
    ],
)
def test_subject_class(subject: str | None, claim_type: str, expected: str | None) -> None:
    assert subject_class(subject, claim_type) == expected


def test_disagreements_latest_spread_and_moves() -> None:
    claims = pl.DataFrame(
        [
            _claim("c1", "a1", 11000.0, "s1"),
            _claim("c2", "a2", 12000.0, "s1"),
            _claim("c3", "a3", 3000.0, "s2", qualifier="approximate"),
            _claim("c4", "a3", None, None),
        ]
    )
    articles = _articles(
        ("a1", "Reuters", date(2024, 10, 24)),
        ("a2", "Reuters", date(2024, 11, 1)),
        ("a3", "BBC News", date(2024, 10, 29)),
    )
    figures = build_figures(claims, articles, SOURCES)
    view = disagreements(figures, actor="north korea", claim_type="troop_count")
    latest = dict(zip(view.latest["source"], view.latest["value"], strict=True))
    assert latest == {"Mark Rutte": 3000.0, "Defence Intelligence of Ukraine": 12000.0,
                      "(no source)": None}  # fmt: skip
    assert view.spread.select("unit", "low", "high", "ratio").row(0) == (
        "persons", 3000.0, 12000.0, 4.0
    )  # fmt: skip
    assert view.moves.to_dicts() == [
        {"mover": "Defence Intelligence of Ukraine", "moved_on": date(2024, 11, 1),
         "from_value": 11000.0, "to_value": 12000.0, "to_qualifier": "exact"}
    ]  # fmt: skip
    before = disagreements(figures, actor="North Korea", claim_type="troop_count",
                           until=date(2024, 10, 30))  # fmt: skip
    assert 12000.0 not in before.latest["value"].to_list() and before.moves.is_empty()


def test_the_seeds_troop_figures_come_from_the_sources_a_reader_names(
    published_seeds: Path,
) -> None:
    reconcile(published_seeds, built_in(), RUN)
    figures = read_table(published_seeds, "figures")
    troops = figures.filter(pl.col("actor") == "North Korea", pl.col("claim_type") == "troop_count")
    said = {(r["value"], r["source"]) for r in troops.iter_rows(named=True)}
    assert said == {
        (3000.0, "unnamed official, Defence Intelligence of Ukraine"),  # told POLITICO
        (10000.0, "multiple sources"),  # the lead, and its bullet point
        (11000.0, "Defence Intelligence of Ukraine"),  # "Ukrainian intelligence"
        (12000.0, "Defence Intelligence of Ukraine"),  # "the Defense Intelligence of Ukraine"
        (None, "Mark Rutte"),  # "Thousands", at a meeting he chaired
    }
    assert troops.get_column("source_id").n_unique() == 4


def test_reconciling_again_changes_no_row(published_seeds: Path) -> None:
    reconcile(published_seeds, built_in(), RUN)
    before = {d: read_table(published_seeds, d) for d in ("claims", "quotes", "sources", "figures")}
    versions = {d: publish.ensure_table(published_seeds, d).version() for d in before}
    later = records.RunInfo(run_id="run-2", started_at=datetime(2024, 11, 6, tzinfo=UTC))
    done = reconcile(published_seeds, built_in(), later)
    assert done.rows_written == {"claims": 0, "quotes": 0, "sources": 0, "figures": 0}
    for dataset, frame in before.items():
        assert (
            read_table(published_seeds, dataset)
            .sort(frame.columns[0])
            .equals(frame.sort(frame.columns[0]))
        )
        assert publish.ensure_table(published_seeds, dataset).version() == versions[dataset]
    claims = read_table(published_seeds, "claims")
    assert claims.filter(pl.col("attributed_to").is_not_null())["source_id"].null_count() == 0


def test_figures_another_run_published_after_this_one_read_are_never_deleted(
    published_seeds: Path, tmp_path: Path
) -> None:
    import shutil

    from tasks.store.reconcile import TablesMoved, derive, write

    root = tmp_path / "data"
    shutil.copytree(published_seeds, root)
    derived = derive(root, built_in())  # this run reads the tables...
    claims = read_table(root, "claims")
    article = claims["article_id"][0]
    theirs = claims.filter(pl.col("article_id") == article)
    extra = theirs.head(1).with_columns(  # ...then another run publishes a figure nobody had
        pl.lit("claim-other-run").alias("claim_id"), pl.lit(77_777.0).alias("value")
    )
    publish.replace_article_rows(root, "claims", pl.concat([theirs, extra]), [article])
    with pytest.raises(TablesMoved, match="claims changed since they were read"):
        write(root, derived, RUN)  # writing now would delete the other run's figure
    reconcile(root, built_in(), RUN)  # what the flow's retry does: derive again, then write
    figures = read_table(root, "figures")
    assert figures.filter(pl.col("claim_ids").list.contains("claim-other-run")).height == 1
