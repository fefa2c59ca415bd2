"""The quality gate's decision on suite results alone: no GX, no Prefect, no tables."""

from __future__ import annotations

import polars as pl
import pytest

from expectations import gate
from expectations.runner import SuiteResult


def _suite(dataset: str, rows: int, failed: dict[str, int]) -> SuiteResult:
    expectations = [
        {"name": name, "note": "", "passed": rows - n, "failed": n, "success": not n}
        for name, n in failed.items()
    ]
    return SuiteResult(
        dataset=dataset,
        n_rows=rows,
        n_failed_rows=max(failed.values(), default=0),
        expectations=expectations,
        success=not any(failed.values()),
    )


@pytest.mark.parametrize(
    ("failed", "share", "tripped"),
    [
        (0, 0.0, False),  # nothing failed: even a zero threshold passes
        (1, 0.0, True),  # one row over a zero threshold
        (2, 0.2, False),  # exactly at the threshold is allowed
        (3, 0.2, True),
        (10, 1.0, False),  # every row failed, but everything is allowed
    ],
)
def test_the_gate_trips_only_over_the_share(failed: int, share: float, tripped: bool) -> None:
    results = [_suite("claims", 10, {"claims.x": failed})]
    assert bool(gate.breaches(results, share)) is tripped


def test_an_empty_table_never_trips_the_gate() -> None:
    assert gate.breaches([_suite("quotes", 0, {})], 0.0) == []


def test_the_message_names_the_suite_the_counts_and_the_worst_expectations() -> None:
    claims = _suite("claims", 10, {"claims.a": 1, "claims.b": 6, "claims.c": 3, "claims.d": 2})
    quotes = _suite("quotes", 4, {"quotes.a": 0})
    found = gate.breaches([claims, quotes], 0.2)
    assert [b.dataset for b in found] == ["claims"]
    assert gate.message(found, 0.2) == (
        "quality gate: claims suite failed 6/10 rows (> 20%), worst: claims.b (6 rows), "
        "claims.c (3 rows), claims.d (2 rows); nothing published"
    )


def test_every_breached_suite_is_in_the_message() -> None:
    found = gate.breaches(
        [_suite("articles", 2, {"articles.x": 2}), _suite("claims", 5, {"claims.y": 5})], 0.5
    )
    text = gate.message(found, 0.5)
    assert [b.dataset for b in found] == ["articles", "claims"]
    assert "articles suite failed 2/2" in text and "claims suite failed 5/5" in text


def _rows(article_rows: dict[str, int]) -> pl.DataFrame:
    ids = [aid for aid, n in article_rows.items() for _ in range(n)]
    return pl.DataFrame({"claim_id": [f"c{i}" for i in range(len(ids))], "article_id": ids})


def test_one_poor_article_is_not_systemic() -> None:
    # The case: three unsourced figures out of seven rows, all from one article.
    bad = _rows({"a1": 3})
    articles = {"claims": gate.failing_articles(bad, {"a1": "/inbox/poor.txt"})}
    found = gate.breaches([_suite("claims", 7, {"claims.sourced": 3})], 0.2, articles)
    assert [b.dataset for b in found] == ["claims"]
    assert gate.systemic(found) == []
    assert "not systemic: those rows quarantined, the rest published" in gate.message(
        found, 0.2, published=True
    )


@pytest.mark.parametrize(
    ("rows", "articles", "systemic"),
    [
        (7, {"a1": 3}, False),
        (7, {"a1": 1, "a2": 1, "a3": 1}, True),  # spread over many articles
        (60, {"a1": 30}, True),  # enough rows for the share to mean something
        (49, {"a1": 20, "a2": 5}, False),
    ],
)
def test_systemic_means_many_rows_or_many_articles(
    rows: int, articles: dict[str, int], systemic: bool
) -> None:
    failing = {"claims": gate.failing_articles(_rows(articles), {})}
    failed = sum(articles.values())
    found = gate.breaches([_suite("claims", rows, {"claims.x": failed})], 0.2, failing)
    assert bool(gate.systemic(found)) is systemic


def test_a_systemic_message_names_the_worst_articles() -> None:
    bad = _rows({"a": 1, "b": 4, "c": 2, "d": 1})
    names = {"a": "/in/a.txt", "b": "/in/b.txt", "c": "/in/c.txt", "d": "/in/d.txt"}
    articles = {"claims": gate.failing_articles(bad, names)}
    found = gate.systemic(gate.breaches([_suite("claims", 10, {"claims.x": 8})], 0.2, articles))
    assert gate.message(found, 0.2) == (
        "quality gate: claims suite failed 8/10 rows (> 20%), worst: claims.x (8 rows); "
        "worst articles: /in/b.txt (4 rows), /in/c.txt (2 rows), /in/a.txt (1 rows) and 1 more; "
        "nothing published; the failing rows are in quarantine"
    )
