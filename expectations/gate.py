"""The quality gate: what happens when many of a table's rows fail validation.

A pure decision over the suites' results, tested without GX or Prefect. Failing rows are always
quarantined. When a suite's failed share is over the threshold, the gate asks whether the failure
is *systemic*: enough rows to trust the share (``GATE_MIN_ROWS``), or failures spread over many
articles (``GATE_MIN_ARTICLES``). Then an upstream change is likelier than bad articles, and the
run publishes nothing until an operator looks. Otherwise the failure is local (one poor article
with three unsourced figures out of seven rows): its rows are quarantined and the rest publish.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import polars as pl

from expectations.runner import SuiteResult
from tasks.schema import ArticleCol

WORST_LISTED = 3  # expectations and articles named in the message, most failed rows first
GATE_MIN_ROWS = 50  # below this many rows a share says little...
GATE_MIN_ARTICLES = 3  # ...unless the failing rows come from this many articles

ArticleCounts = tuple[tuple[str, int], ...]  # (article's source or id, failing rows), most first


class QualityGateFailed(RuntimeError):
    """Validation failures are systemic: the run publishes nothing but its quarantine rows."""


@dataclass(frozen=True)
class Breach:
    """A suite whose share of failed rows is over the threshold."""

    dataset: str
    failed: int
    rows: int
    worst: tuple[str, ...]  # "claims.x (12 rows)", most failed rows first
    articles: ArticleCounts = ()  # the articles the failing rows come from

    @property
    def systemic(self) -> bool:
        """Enough rows, or enough articles, that the failure is not one article's."""
        return self.rows >= GATE_MIN_ROWS or len(self.articles) >= GATE_MIN_ARTICLES


def breaches(
    results: Iterable[SuiteResult],
    max_failed_share: float,
    articles: Mapping[str, ArticleCounts] | None = None,
) -> list[Breach]:
    """The suites whose failed rows are more than ``max_failed_share`` of their rows;
    ``articles`` gives, per dataset, the articles its failing rows come from."""
    return [
        Breach(r.dataset, r.n_failed_rows, r.n_rows, worst(r), (articles or {}).get(r.dataset, ()))
        for r in results
        if r.n_rows and r.n_failed_rows / r.n_rows > max_failed_share
    ]


def systemic(found: Iterable[Breach]) -> list[Breach]:
    """The breaches that stop the run from publishing."""
    return [b for b in found if b.systemic]


def failing_articles(bad: pl.DataFrame, names: Mapping[str, str]) -> ArticleCounts:
    """Failing rows per article, most first; an article is named by ``names`` (its source)."""
    if bad.is_empty() or ArticleCol.ARTICLE_ID not in bad.columns:
        return ()
    counts = (
        bad.group_by(ArticleCol.ARTICLE_ID)
        .len()
        .sort(["len", ArticleCol.ARTICLE_ID], descending=[True, False])
    )
    return tuple((names.get(aid, aid), n) for aid, n in counts.iter_rows())


def worst(result: SuiteResult, n: int = WORST_LISTED) -> tuple[str, ...]:
    """The ``n`` expectations that failed the most rows, with their counts."""
    failing = sorted((e for e in result.expectations if e["failed"]), key=lambda e: -e["failed"])
    return tuple(f"{e['name']} ({e['failed']} rows)" for e in failing[:n])


def message(found: Sequence[Breach], max_failed_share: float, *, published: bool = False) -> str:
    """One line an operator acts on: which suites, how many rows, which expectations, which
    articles, and whether the rest was published."""
    outcome = (
        "not systemic: those rows quarantined, the rest published"
        if published
        else "nothing published; the failing rows are in quarantine"
        if any(b.articles for b in found)
        else "nothing published"
    )
    return "; ".join(
        f"quality gate: {b.dataset} suite failed {b.failed}/{b.rows} rows "
        f"(> {max_failed_share:.0%}), worst: {', '.join(b.worst)}"
        + (f"; worst articles: {_articles(b.articles)}" if b.articles else "")
        + f"; {outcome}"
        for b in found
    )


def _articles(articles: ArticleCounts, n: int = WORST_LISTED) -> str:
    listed = ", ".join(f"{name} ({count} rows)" for name, count in articles[:n])
    more = len(articles) - n
    return listed + (f" and {more} more" if more > 0 else "")
