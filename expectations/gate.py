"""The quality gate: when too many of a table's rows fail validation, the run publishes nothing.

A pure decision over the suites' results, so it is tested without GX or Prefect. Under the
threshold, failing rows are quarantined and the rest publish; over it, an upstream change is more
likely than bad articles, and an operator should look before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from expectations.runner import SuiteResult

WORST_LISTED = 3  # expectations named in the message, most failed rows first


@dataclass(frozen=True)
class Breach:
    """A suite whose share of failed rows is over the threshold."""

    dataset: str
    failed: int
    rows: int
    worst: tuple[str, ...]  # "claims.x (12 rows)", most failed rows first


def breaches(results: Iterable[SuiteResult], max_failed_share: float) -> list[Breach]:
    """The suites whose failed rows are more than ``max_failed_share`` of their rows."""
    return [
        Breach(r.dataset, r.n_failed_rows, r.n_rows, worst(r))
        for r in results
        if r.n_rows and r.n_failed_rows / r.n_rows > max_failed_share
    ]


def worst(result: SuiteResult, n: int = WORST_LISTED) -> tuple[str, ...]:
    """The ``n`` expectations that failed the most rows, with their counts."""
    failing = sorted((e for e in result.expectations if e["failed"]), key=lambda e: -e["failed"])
    return tuple(f"{e['name']} ({e['failed']} rows)" for e in failing[:n])


def message(found: Iterable[Breach], max_failed_share: float) -> str:
    """One line an operator acts on: which suites, how many rows, which expectations."""
    return "; ".join(
        f"quality gate: {b.dataset} suite failed {b.failed}/{b.rows} rows "
        f"(> {max_failed_share:.0%}), worst: {', '.join(b.worst)}; nothing published"
        for b in found
    )
