"""The adapter between the flow and GX: polars in, good rows and quarantined rows out.

This is the only place polars becomes pandas (once per validation, via Arrow, and only the columns
the suite reads). GX runs each suite with a run-level ``SUMMARY`` result format: it decides pass or
fail per expectation, counts unexpected rows, and its stored results are what Data Docs render.
The failing rows of a failed expectation are then found in polars (``expectations.rows``), checked
against GX's count, and, where they disagree, taken from GX itself (``COMPLETE``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from expectations import docs, rows
from expectations.checks import check_name, check_note
from tasks import schema
from tasks.schema import REASONS  # the failed expectations' names, on quarantined rows

if TYPE_CHECKING:
    import great_expectations as gx
    from pandas import DataFrame as PandasFrame

log = logging.getLogger(__name__)

# The validated tables, articles first (the others are checked against the articles that pass);
# sources and figures are validated after publishing, when they are derived again.
DATASETS = tuple(
    d.value
    for d in (
        schema.Dataset.ARTICLES,
        *schema.ARTICLE_CHILD_DATASETS,
        schema.Dataset.SOURCES,
        schema.Dataset.FIGURES,
    )
)
SITE_NAME = "claimflow"
# Run-level result formats: GX ignores result_format set on an Expectation
# (docs/RELIABILITY.md #20).
SUMMARY: dict[str, Any] = {"result_format": "SUMMARY", "partial_unexpected_count": 20}
# Only for an expectation whose rows polars could not reproduce: GX lists the failing rows by
# the pandas index, which the conversion makes the row position.
COMPLETE: dict[str, Any] = {"result_format": "COMPLETE"}


@dataclass
class SuiteResult:
    """One suite's outcome; ``expectations`` holds per-expectation row counts."""

    dataset: str
    n_rows: int
    n_failed_rows: int
    # [{"name", "note", "passed", "failed", "success"}]: failed = rows GX counted as unexpected,
    # passed = the other rows (rows outside a row condition pass).
    expectations: list[dict[str, Any]] = field(default_factory=list)
    success: bool = True


@dataclass
class Validation:
    """Rows that passed every expectation, rows that failed one (with ``_reasons``), the result."""

    good: pl.DataFrame
    bad: pl.DataFrame
    result: SuiteResult


@dataclass
class Validated:
    """Every table of a run validated: each dataset's ``Validation``, and the Data Docs index."""

    tables: dict[str, Validation]
    docs_index: Path

    def good(self) -> dict[str, pl.DataFrame]:
        """The rows that passed, per dataset."""
        return {name: v.good for name, v in self.tables.items()}

    def results(self) -> list[SuiteResult]:
        """Each suite's outcome, in validation order."""
        return [v.result for v in self.tables.values()]


@dataclass
class _Suite:
    module: Any
    suite: gx.ExpectationSuite
    definition: gx.ValidationDefinition
    columns: list[str]


def to_pandas(df: pl.DataFrame) -> PandasFrame:
    """The one polars -> pandas conversion, via Arrow; nulls become None/NaN/NaT, index 0..n-1."""
    return df.to_pandas()


class Validator:
    """Runs the dataset suites in one ephemeral GX context and renders their Data Docs."""

    def __init__(self, data_docs_dir: str | Path) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.data_docs_dir = Path(data_docs_dir).resolve()
        self._context = context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        context.add_data_docs_site(
            SITE_NAME,
            {
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(self.data_docs_dir),
                },
            },
        )
        source = context.data_sources.add_pandas(SITE_NAME)
        self._suites: dict[str, _Suite] = {}
        for dataset in DATASETS:
            module = importlib.import_module(f"expectations.{dataset}")
            suite = context.suites.add(module.build_suite())
            batches = source.add_dataframe_asset(dataset).add_batch_definition_whole_dataframe(
                dataset
            )
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=dataset, data=batches, suite=suite)
            )
            used = rows.columns_used(suite.expectations)
            self._suites[dataset] = _Suite(module, suite, definition, used)

    def suite(self, dataset: str) -> gx.ExpectationSuite:
        """The registered suite for ``dataset``."""
        return self._suites[dataset].suite

    def validate(
        self,
        dataset: str,
        df: pl.DataFrame,
        *,
        context_frames: dict[str, pl.DataFrame] | None = None,
        run_name: str | None = None,
    ) -> Validation:
        """Validate ``df`` (conformed to the contract) and split it into good and bad rows."""
        from great_expectations.core.run_identifier import RunIdentifier

        if dataset not in self._suites:
            raise ValueError(f"no suite for dataset {dataset!r}; known: {DATASETS}")
        contract = schema.DATASETS[dataset][0]
        if dict(df.schema) != dict(contract):
            raise ValueError(f"{dataset}: frame does not match tasks.schema; conform() it first")
        entry = self._suites[dataset]
        checked = entry.module.add_cross_checks(df, context_frames or {})
        frame = to_pandas(checked.select(entry.columns))
        run_id = RunIdentifier(run_name=run_name, run_time=dt.datetime.now(dt.UTC))
        outcome = entry.definition.run(
            batch_parameters={"dataframe": frame}, result_format=SUMMARY, run_id=run_id
        )
        by_name = {check_name(r.expectation_config): r for r in outcome.results}
        summaries, masks = [], {}
        for expectation in entry.suite.expectations:
            name = check_name(expectation)
            failed = unexpected_count(name, by_name[name])
            success = bool(by_name[name].success)
            if not success:
                masks[name] = self._failing_rows(entry, expectation, checked, frame, failed)
            summaries.append(
                {
                    "name": name,
                    "note": check_note(expectation),
                    "passed": df.height - failed,
                    "failed": failed,
                    "success": success,
                }
            )
        return _split(dataset, df, masks, summaries, success=bool(outcome.success))

    def validate_all(
        self, frames: Mapping[str, pl.DataFrame], *, run_name: str | None = None
    ) -> Validated:
        """Validate articles, then the tables that hang off them (checked against the articles
        that passed), and render Data Docs."""
        first = schema.Dataset.ARTICLES.value
        articles = self.validate(first, frames[first], run_name=run_name)
        tables, context = {first: articles}, {first: articles.good}
        for name in schema.ARTICLE_CHILD_DATASETS:
            tables[name] = self.validate(
                name, frames[name], context_frames=context, run_name=run_name
            )
        return Validated(tables, self.build_docs([v.result for v in tables.values()], run_name))

    def build_docs(self, results: Sequence[SuiteResult] = (), run_name: str | None = None) -> Path:
        """Render Data Docs for every suite and validation so far, offline, and add ``results``
        to the report's history (see ``expectations.docs``); the path to ``index.html``."""
        started = time.time() - 1  # file times are coarse on some filesystems
        with docs.gx_errors() as errors:
            # No GX index: building it deletes the pages of earlier runs (not in this run's
            # ephemeral store); ours lists them all.
            self._context.build_data_docs(site_names=[SITE_NAME], build_index=False)
        if errors:  # GX logs a page it could not write (a full disk) and carries on
            raise docs.DataDocsFailed(f"Data Docs in {self.data_docs_dir}: {errors[0]}")
        for page in self.data_docs_dir.rglob("*.html"):
            if page.stat().st_mtime >= started:
                docs.offline_page(page, self.data_docs_dir)
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        docs.record(self.data_docs_dir, [self._suite_run(r, run_name, when) for r in results])
        return docs.write_index(self.data_docs_dir)

    def _suite_run(self, result: SuiteResult, run_name: str | None, when: str) -> docs.SuiteRun:
        """One suite's line in the history, with the page GX wrote for it in this run."""
        found = sorted(self.data_docs_dir.glob(f"validations/{result.dataset}/{run_name}/*/*.html"))
        page = str(found[-1].relative_to(self.data_docs_dir)) if found and run_name else ""
        return docs.SuiteRun(
            run_name=run_name or "",
            run_time=when,
            suite=result.dataset,
            success=result.success,
            rows=result.n_rows,
            failed_rows=result.n_failed_rows,
            page=page,
        )

    def _failing_rows(
        self,
        entry: _Suite,
        expectation: Any,
        checked: pl.DataFrame,
        frame: PandasFrame,
        gx_count: int,
    ) -> pl.Series:
        """Boolean mask of the rows ``expectation`` rejects: polars, or GX where polars cannot."""
        name = check_name(expectation)
        expr = rows.unexpected(expectation, checked.schema)
        if expr is not None:
            mask = checked.select(expr.alias(name)).to_series()
            if mask.sum() == gx_count:
                return mask
            log.warning(
                "%s: polars found %d failing rows, GX %d; using GX's", name, mask.sum(), gx_count
            )
        batch = entry.definition.batch_definition.get_batch(batch_parameters={"dataframe": frame})
        positions = batch.validate(expectation, result_format=COMPLETE).result[
            "unexpected_index_list"
        ]
        return pl.Series(name, [False] * checked.height).scatter(positions, True)


def unexpected_count(name: str, gx_result: Any) -> int:
    """GX's count of rows failing expectation ``name``; raises if GX could not evaluate it."""
    if "unexpected_count" not in gx_result.result:
        # exception_info is {"exception_message": ...}, or one such dict per metric that failed.
        info = gx_result.exception_info or {}
        found = [info, *(v for v in info.values() if isinstance(v, dict))]
        messages = [str(i["exception_message"]) for i in found if i.get("exception_message")]
        raise RuntimeError(f"{name}: GX could not evaluate it: {'; '.join(messages) or info}")
    return int(gx_result.result["unexpected_count"] or 0)


def _split(
    dataset: str,
    df: pl.DataFrame,
    masks: Mapping[str, pl.Series],
    summaries: list[dict[str, Any]],
    *,
    success: bool,
) -> Validation:
    """Good rows, and bad rows with the names of the expectations each one failed."""
    if masks:
        reasons = pl.concat_list(
            [pl.when(pl.col(name)).then(pl.lit(name)) for name in masks]
        ).list.drop_nulls()
        flagged = df.with_columns(
            pl.DataFrame(list(masks.values())).select(reasons.alias(REASONS)).to_series()
        )
        is_bad = pl.col(REASONS).list.len() > 0
        good, bad = flagged.filter(~is_bad).drop(REASONS), flagged.filter(is_bad)
    else:  # every row passed (the usual case): no per-row list to build (~0.5 s at 50k rows)
        good = df
        bad = df.clear().with_columns(pl.lit(None, pl.List(pl.String)).alias(REASONS))
    result = SuiteResult(
        dataset=dataset,
        n_rows=df.height,
        n_failed_rows=bad.height,
        expectations=summaries,
        success=success,
    )
    return Validation(good=good, bad=bad, result=result)
