"""The `news_pipeline` flow: source -> discover -> read+clean -> identify -> nlp+extract ->
validate -> publish -> report, with every heavy step working on batches of articles."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import polars as pl
from deltalake.exceptions import CommitFailedError
from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_table_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from flows import reaper, settings
from tasks.analysis import report
from tasks.documents import CleanArticle, DocRef, Rejected
from tasks.extract.batch import extract_batch
from tasks.extract.nlp import load_model
from tasks.ingest import batch as ingest
from tasks.ingest import discover
from tasks.store import identify, publish, records

# Progress hook for the command line (a rich progress bar); None under a scheduler.
ProgressHook = Callable[[str, int, int], None]
_progress: ProgressHook | None = None


def set_progress_hook(hook: ProgressHook | None) -> None:
    """Report (stage, done, total) to ``hook`` as batches finish."""
    global _progress
    _progress = hook


def _tick(stage: str, done: int, total: int) -> None:
    if _progress is not None:
        _progress(stage, done, total)


def _is_conflict(task: Any, task_run: Any, state: Any) -> bool:
    # Retry only what can pass: a concurrent writer won the commit. Writes are idempotent
    # (predicate overwrite / insert-if-new), so a retry re-reads the table and reapplies.
    try:
        state.result()
    except CommitFailedError:
        return True
    except Exception:
        return False
    return False


discover_documents = task(name="discover documents", cache_policy=NO_CACHE)(discover.discover)
published_index = task(
    name="load published article ids", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE
)(identify.published)
publish_tables = task(
    name="publish tables",
    retries=3,
    retry_delay_seconds=[1, 2, 5],
    retry_jitter_factor=0.5,
    retry_condition_fn=_is_conflict,
    cache_policy=NO_CACHE,
)(publish.publish)


@task(
    name="read and clean documents",
    task_run_name="read and clean batch {batch_no}",
    cache_policy=NO_CACHE,
)
def ingest_batch(
    refs: list[DocRef], batch_no: int, max_bytes: int, skip_raw: set[str]
) -> ingest.Ingested:
    """Read and clean one batch of documents; bad ones come back rejected, never raised, and
    those whose raw bytes are already published come back unchanged, uncleaned."""
    return ingest.ingest_batch(refs, max_bytes=max_bytes, skip_raw=skip_raw)


@task(
    name="extract claims, quotes, entities",
    task_run_name="extract batch {batch_no}",
    cache_policy=NO_CACHE,
)
def extract_claims(
    articles: list[tuple[str, CleanArticle]], batch_no: int, model: str, run: records.RunInfo
) -> dict[str, pl.DataFrame]:
    """One spaCy pass over a batch; the model is loaded once per worker process."""
    extraction = extract_batch(load_model(model), articles, batch_size=len(articles) or 1)
    return {
        "claims": records.rows_frame(extraction.claims, run, "claims"),
        "quotes": records.rows_frame(extraction.quotes, run, "quotes"),
        "entities": records.rows_frame(extraction.entities, run, "entities"),
    }


@task(name="validate tables", cache_policy=NO_CACHE)
def validate_tables(frames: dict[str, pl.DataFrame], docs_dir: str, run_id: str) -> dict[str, Any]:
    """Run each dataset's GX suite; returns the Validation per dataset and the Data Docs index."""
    from expectations.runner import Validator  # GX takes seconds to import: only when validating

    validator = Validator(docs_dir)
    out: dict[str, Any] = {}
    articles = validator.validate("articles", frames["articles"], run_name=run_id)
    out["articles"] = articles
    context = {"articles": articles.good}
    for dataset in ("claims", "quotes", "entities"):
        out[dataset] = validator.validate(
            dataset, frames[dataset], context_frames=context, run_name=run_id
        )
    out["_docs"] = str(validator.build_docs())
    return out


class QualityGateFailed(RuntimeError):
    """More than the allowed share of a table's rows failed validation."""


@contextmanager
def _stage(rep: report.RunReport, name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        rep.stage_seconds[name] = round(
            rep.stage_seconds.get(name, 0.0) + time.perf_counter() - start, 3
        )


def _worst(expectations: list[dict[str, Any]], n: int = 3) -> list[str]:
    failing = sorted((e for e in expectations if e["failed"]), key=lambda e: -e["failed"])
    return [f"{e['name']} ({e['failed']} rows)" for e in failing[:n]]


READ_BATCH_MIN = 256


def _batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(
    name="news_pipeline",
    log_prints=True,
    # One batch at a time by default: spaCy already uses the cores it can, and memory stays
    # bounded by the batch size. Scale out with a DaskTaskRunner (see with_task_runner).
    task_runner=ThreadPoolTaskRunner(max_workers=1),  # type: ignore[arg-type]
)
def news_pipeline(
    source: str = settings.DEFAULT_SOURCE,
    data_root: str = settings.DEFAULT_DATA_ROOT,
    batch_size: int = settings.DEFAULT_BATCH_SIZE,
    model: str = settings.DEFAULT_MODEL,
    max_doc_bytes: int = settings.DEFAULT_MAX_DOC_BYTES,
    max_failed_share: float = settings.DEFAULT_MAX_FAILED_SHARE,
) -> dict[str, Any]:
    """Turn the articles under ``source`` into validated Delta tables under ``data_root``.

    source: a folder, a glob pattern, a file, or a JSONL file of articles.
    data_root: where the Delta tables live (a local folder, or an object-store URI).
    batch_size: articles per task run (each task run costs ~50-70 ms of orchestration).
    model: the spaCy pipeline to load.
    max_doc_bytes: documents larger than this are quarantined unread.
    max_failed_share: if more than this share of a table's rows fail validation, the run fails
        and publishes nothing.
    """
    logger = get_run_logger()
    # A run killed without a word (SIGKILL, OOM) stays Running and holds the deployment's slot.
    for line in reaper.register_and_reap(flow_run.get_id()):
        logger.warning(line)
    run = records.RunInfo(run_id=uuid.uuid4().hex)
    params = {
        "source": source,
        "data_root": data_root,
        "batch_size": batch_size,
        "model": model,
        "max_doc_bytes": max_doc_bytes,
        "max_failed_share": max_failed_share,
    }
    rep = report.RunReport(
        run=run,
        source=source,
        parameters=params,
        flow_run_id=flow_run.get_id(),
        versions=report.library_versions(model),
    )

    with _stage(rep, "discover"):
        refs: list[DocRef] = discover_documents(source, max_bytes=max_doc_bytes)
    logger.info("discovered %d candidate documents in %s", len(refs), source)

    with _stage(rep, "identify"):
        published: identify.Published = published_index(data_root)
    with _stage(rep, "read"):
        articles: list[CleanArticle] = []
        rejected: list[Rejected] = []
        unchanged: list[str] = []
        # Reading costs ~5 ms a document against ~60 ms a task run: batches larger than NLP's.
        ref_batches = _batches(refs, max(batch_size, READ_BATCH_MIN))
        for i, batch in enumerate(ref_batches):
            got = ingest_batch(
                batch, batch_no=i, max_bytes=max_doc_bytes, skip_raw=published.raw_sha256
            )
            articles += got.articles
            rejected += got.rejected
            unchanged += got.unchanged
            rep.count("documents", got.seen)
            _tick("read", i + 1, len(ref_batches))
    rep.count("articles_read", len(articles))
    rep.count("documents_quarantined", len(rejected))
    for r in rejected:
        logger.warning("quarantined %s: %s", r.source_uri, "; ".join(r.reasons))

    with _stage(rep, "identify"):
        new, duplicates = identify.split_new(articles, published.article_ids)
    rep.count("articles_new", len(new))
    # Documents whose raw bytes are already published are duplicates found before cleaning.
    rep.count("duplicates", len(duplicates) + len(unchanged))
    logger.info("%d new articles, %d duplicates", len(new), rep.counts["duplicates"])

    with _stage(rep, "extract"):
        parts: dict[str, list[pl.DataFrame]] = {"claims": [], "quotes": [], "entities": []}
        art_batches = _batches(new, batch_size)
        # Submitted, not called: on a Dask task runner the batches run on the cluster's workers
        # (each loads the model once); locally they run one after the other.
        futures = [
            extract_claims.submit(batch, batch_no=i, model=model, run=run)
            for i, batch in enumerate(art_batches)
        ]
        for i, future in enumerate(futures):
            for name, frame in future.result().items():
                parts[name].append(frame)
            _tick("extract", i + 1, len(art_batches))
    frames: dict[str, pl.DataFrame] = {
        name: pl.concat(fs) if fs else records.rows_frame([], run, name)
        for name, fs in parts.items()
    }
    frames["articles"] = records.article_rows(new, run)
    for name in ("claims", "quotes", "entities"):
        rep.count(f"{name}_extracted", frames[name].height)

    source_uris = {aid: a.source_uri for aid, a in new}
    quarantine = [records.rejected_rows(rejected, run)]
    rep.quarantined += [
        {"dataset": "documents", "source_uri": r.source_uri, "reasons": list(r.reasons)}
        for r in rejected
    ]
    with _stage(rep, "validate"):
        docs_dir = settings.data_docs_dir(data_root)
        results = validate_tables(frames, docs_dir, run.run_id) if new else {}
    rep.data_docs_uri = results.get("_docs")
    tripped = []
    for name in ("articles", "claims", "quotes", "entities"):
        if name not in results:
            continue
        v = results[name]
        rep.validation[name] = asdict(v.result)
        frames[name] = v.good
        rep.count(f"{name}_quarantined", v.bad.height)
        rep.count("rows_quarantined", v.bad.height)
        quarantine.append(records.invalid_rows(name, v.bad, run, source_uris))
        rep.quarantined += [
            {
                "dataset": name,
                "source_uri": source_uris.get(row.get("article_id") or "", ""),
                "reasons": row["_reasons"],
            }
            for row in v.bad.head(20).iter_rows(named=True)
        ]
        n = v.result.n_rows
        if n and v.bad.height / n > max_failed_share:
            tripped.append((name, v.bad.height, n, _worst(v.result.expectations)))

    if tripped:
        rep.status = "failed"
        rep.message = "; ".join(
            f"quality gate: {name} suite failed {bad}/{n} rows (> {max_failed_share:.0%}), "
            f"worst: {', '.join(worst)}; nothing published"
            for name, bad, n, worst in tripped
        )
        _finish(rep, data_root, publish_data=None)
        raise QualityGateFailed(rep.message)

    frames["quarantine"] = pl.concat(quarantine)
    for name in ("articles", "claims", "quotes", "entities"):
        rep.count(f"{name}_published", frames[name].height)
    rep.top_claims = (
        frames["claims"]
        .filter(pl.col("value").is_not_null() | (pl.col("qualifier") == "vague"))
        .sort("confidence", descending=True)
        .head(10)
        .select("quantity_text", "claim_type", "subject", "attributed_to")
        .to_dicts()
    )
    rep.status = "completed"
    read_sources = [a.source_uri for a in articles] + unchanged  # settle their quarantine rows
    _finish(rep, data_root, publish_data=(frames, [aid for aid, _ in new], read_sources))
    logger.info(rep.to_text())
    return rep.as_dict()


def _finish(
    rep: report.RunReport,
    data_root: str,
    publish_data: tuple[dict[str, pl.DataFrame], list[str], list[str]] | None,
) -> None:
    """Publish the data (unless the gate tripped), then the run record and the artifacts."""
    with _stage(rep, "publish"):
        if publish_data is not None:
            frames, processed, read_sources = publish_data
            publish_tables(
                data_root,
                frames,
                processed_article_ids=processed,
                read_sources=read_sources,
                run_id=rep.run.run_id,
            )
        publish_tables(data_root, {"runs": rep.runs_row()}, processed_article_ids=[])
    _artifacts(rep, claims=publish_data[0]["claims"] if publish_data else None)


# What an operator scans in the UI to see what a run found; the full rows are in the claims table.
CLAIMS_ARTIFACT_COLUMNS = (
    "quantity_text",
    "value",
    "claim_type",
    "actor",
    "attributed_to",
    "hedged",
)
CLAIMS_ARTIFACT_ROWS = 200


def _artifacts(rep: report.RunReport, claims: pl.DataFrame | None = None) -> None:
    """The run's summary, claims, validation table and Data Docs link, shown in the Prefect UI."""
    create_markdown_artifact(
        rep.to_markdown(), key="claimflow-run-summary", description="claimflow run summary"
    )
    if claims is not None and claims.height:
        shown = claims.select(CLAIMS_ARTIFACT_COLUMNS).head(CLAIMS_ARTIFACT_ROWS)
        create_table_artifact(
            shown.to_dicts(),
            key="claimflow-claims",
            description=f"claims published by this run: {shown.height} of {claims.height}",
        )
    rows = [
        {"suite": suite, **{k: e[k] for k in ("name", "passed", "failed", "success")}}
        for suite, res in rep.validation.items()
        for e in res.get("expectations", [])
    ]
    if rows:
        create_table_artifact(
            rows, key="claimflow-validation", description="expectations: pass/fail counts"
        )
    if rep.data_docs_uri:
        create_link_artifact(
            Path(rep.data_docs_uri).resolve().as_uri(),
            link_text="Data Docs (validation report)",
            key="claimflow-data-docs",
            description="Great Expectations Data Docs: every expectation, every failing row",
        )


def with_task_runner(dask_address: str | None = None, dask_workers: int | None = None) -> Any:
    """The flow, on a Dask cluster when asked: an existing one by address, or a local one."""
    if dask_address is None and not dask_workers:
        return news_pipeline
    from prefect_dask import DaskTaskRunner

    if dask_address:
        runner = DaskTaskRunner(address=dask_address)
    else:
        runner = DaskTaskRunner(
            cluster_kwargs={"n_workers": dask_workers, "threads_per_worker": 1, "processes": True}
        )
    return news_pipeline.with_options(task_runner=runner)  # type: ignore[arg-type]
