"""The `news_pipeline` flow: source -> discover -> read+clean -> identify -> nlp+extract ->
validate -> publish -> report, with every heavy step working on batches of articles."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from contextlib import ExitStack
from dataclasses import asdict
from typing import Any

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from expectations import gate
from expectations.gate import QualityGateFailed
from expectations.process import ValidatorProcess
from expectations.runner import Validated  # GX itself is imported only when validating
from flows import extraction, fetching, reaper
from flows.artifacts import publish_artifacts
from flows.extraction import Articles
from flows.reconcile import reconcile_tables, write_report
from flows.settings import Settings
from flows.tables import publish_tables, published_index, recorded
from flows.warmup import Warmup
from tasks.analysis import charts, report
from tasks.analysis.run_record import RunRecord, library_versions
from tasks.documents import CleanArticle, DocRef, Rejected
from tasks.extract.batch import extractor_key
from tasks.ingest import batch as ingest
from tasks.ingest import discover, web
from tasks.schema import Dataset
from tasks.store import identify, reconcile, records
from tasks.store.verify import verify_tables

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


discover_documents = task(name="discover documents", cache_policy=NO_CACHE)(discover.discover)


@task(
    name="read and clean documents",
    task_run_name="read and clean batch {batch_no}",
    cache_policy=NO_CACHE,
)
def ingest_batch(
    refs: list[DocRef], batch_no: int, max_bytes: int, skip_raw: set[str], max_chars: int
) -> ingest.Ingested:
    """Read and clean one batch of documents; bad ones come back rejected, never raised, and
    those whose raw bytes are already published come back unchanged, uncleaned."""
    return ingest.ingest_batch(refs, max_bytes=max_bytes, skip_raw=skip_raw, max_chars=max_chars)


@task(name="validate tables", cache_policy=NO_CACHE)
def validate_tables(
    frames: dict[str, pl.DataFrame], validator: ValidatorProcess, run_id: str
) -> Validated:
    """Run each dataset's GX suite: good and bad rows per dataset, and the Data Docs index."""
    return validator.validate_all(frames, run_name=run_id)


@flow(
    name="news_pipeline",
    log_prints=True,
    # One batch at a time by default: spaCy already uses the cores it can, and memory stays
    # bounded by the batch size. Scale out with a DaskTaskRunner (see with_task_runner).
    task_runner=ThreadPoolTaskRunner(max_workers=1),  # type: ignore[arg-type]
)
def news_pipeline(
    source: str | None = None,
    data_root: str | None = None,
    batch_size: int | None = None,
    model: str | None = None,
    max_doc_bytes: int | None = None,
    max_failed_share: float | None = None,
    max_article_chars: int | None = None,
    extract_timeout_seconds: float | None = None,
    processes: int | None = None,
    sources_file: str | None = None,
) -> dict[str, Any]:
    """Turn the articles under ``source`` into validated Delta tables under ``data_root``.

    A parameter left empty takes its CLAIMFLOW_* variable, else its default (flows/settings.py).
    source: a folder, a glob pattern, a file, a JSONL file of articles, a feed or page URL,
        or a .urls file of URLs.
    data_root: where the Delta tables live (a local folder, or an object-store URI).
    batch_size: articles per task run (each task run costs ~50-70 ms of orchestration).
    model: the spaCy pipeline to load.
    max_doc_bytes: documents larger than this are quarantined unread.
    max_failed_share: if more than this share of a table's rows fail validation and the failure
        is systemic (see expectations/gate.py), the run fails and publishes nothing.
    max_article_chars: clean texts longer than this are quarantined (too_long).
    extract_timeout_seconds: the time budget of one extract batch; a batch over it is retried
        one article at a time, and an article over it alone is quarantined.
    processes: worker processes for spaCy and extraction (empty: one per core; 1: in the flow's
        own process).
    sources_file: a YAML file of your own sources (aliases, outlets' web hosts), extending the
        curated list in tasks/known_sources.yaml.
    """
    cfg = Settings.from_parameters(flow_run.parameters).with_storage_block()
    rec, key = _start(cfg), extractor_key(cfg.model)
    charts.warm_up()  # the report's renderer starts while the run reads and extracts
    urls = web.source_urls(cfg.source)  # a feed, a page or a .urls file; None for files
    with recorded(rec, cfg), ExitStack() as stack:
        verify_tables(cfg.data_root, storage_options=cfg.storage_options)
        with rec.stage("discover"):
            refs = [] if urls else discover_documents(cfg.source, max_bytes=cfg.max_doc_bytes)
        with rec.stage("identify"):
            published: identify.Published = published_index(
                cfg.data_root, extracted_by=key, storage_options=cfg.storage_options
            )
        # workers and GX start at the first new article read, and NLP as batches fill up
        warm = Warmup(stack, cfg)
        stream = extraction.ExtractStream(cfg, rec.run, published.article_ids, _tick)
        with rec.stage("read"):
            ingested = _read(refs, urls, cfg, published.raw_sha256, warm, stream, stack)
        rec.read(ingested)
        if not stream.new:
            warm.stop()
        gx = warm.validate() if stream.new else None
        with rec.stage("extract"):
            new, frames, failed = extraction.extract_articles(stream, cfg, rec.run, _tick)
        rec.set_aside(failed)
        # Documents whose raw bytes are already published are duplicates found before cleaning.
        duplicates = len(stream.articles.duplicates) + len(ingested.unchanged)
        rec.identified(new=len(new), duplicates=duplicates)
        get_run_logger().info("%d new articles, %d duplicates", len(new), rec.counts.duplicates)
        rec.extracted(frames)
        frames[Dataset.ARTICLES] = records.article_rows(new, rec.run, extracted_by=key)
        with rec.stage("validate"):
            checked = validate_tables(frames, gx, rec.run.run_id) if gx and new else None
        quarantine = _quarantine(rec, checked, [*ingested.rejected, *failed], new)
        _gate(rec, cfg, checked, new, quarantine)
        frames = {**frames, **(checked.good() if checked else {}), Dataset.QUARANTINE: quarantine}
        frames[Dataset.FETCH_STATE] = records.fetch_state_rows(ingested.fetched, rec.run)
        rec.published(frames)
        rec.complete(report.top_claims(frames[Dataset.CLAIMS]))
        read = _read_sources(ingested, failed)
        processed = tuple(aid for aid, _ in new)
        _finish(rec, cfg, frames, processed=processed, read_sources=read, validator=gx)
    return rec.as_dict()


def _start(cfg: Settings) -> RunRecord:
    """Reap runs that died silently, then open this run's record."""
    # A run killed without a word (SIGKILL, OOM) stays Running and holds the deployment's slot.
    for line in reaper.register_and_reap(flow_run.get_id()):
        get_run_logger().warning(line)
    return RunRecord(
        run=records.RunInfo(run_id=uuid.uuid4().hex),
        source=cfg.source,
        parameters=cfg.run_parameters(),
        flow_run_id=flow_run.get_id(),
        versions=library_versions(cfg.model),
    )


def _gate(
    rec: RunRecord,
    cfg: Settings,
    checked: Validated | None,
    new: Articles,
    quarantine: pl.DataFrame,
) -> None:
    """Stop the run, publishing only its quarantine rows, when the validation failures are
    systemic; log a local failure (one poor article) and let the rest publish."""
    if checked is None:
        return
    names = {aid: a.source_uri for aid, a in new}
    articles = {n: gate.failing_articles(v.bad, names) for n, v in checked.tables.items()}
    found = gate.breaches(checked.results(), cfg.max_failed_share, articles)
    if stopping := gate.systemic(found):
        rec.fail(gate.message(stopping, cfg.max_failed_share))
        held: dict[str, pl.DataFrame] = {Dataset.QUARANTINE: quarantine}
        publish_tables(
            cfg.data_root, held, processed_article_ids=[], storage_options=cfg.storage_options
        )
        _finish(rec, cfg)
        raise QualityGateFailed(rec.message)
    if found:
        get_run_logger().warning(gate.message(found, cfg.max_failed_share, published=True))


def _read_sources(ingested: ingest.Ingested, failed: list[Rejected]) -> tuple[str, ...]:
    """Sources this run read into an article (new or a duplicate): they settle their earlier
    quarantine rows."""
    gone = {r.source_uri for r in failed}
    read = (a.source_uri for a in ingested.articles if a.source_uri not in gone)
    return (*read, *ingested.unchanged)


def _read(
    refs: list[DocRef],
    urls: list[str] | None,
    cfg: Settings,
    skip_raw: set[str],
    warm: Warmup,
    stream: extraction.ExtractStream,
    stack: ExitStack,
) -> ingest.Ingested:
    """Read (or fetch) and clean every document, batch by batch, sorting the new articles into
    ``stream`` and telling ``warm`` how many are new as it goes (once it starts the workers,
    the stream's batches go to them); log what is quarantined."""
    logger = get_run_logger()
    if urls:
        ingested = fetching.ingest_urls(urls, cfg, skip_raw)
        stream.add(ingested.articles)
    else:
        logger.info("discovered %d candidate documents in %s", len(refs), cfg.source)
        batches = extraction.in_batches(refs, extraction.read_batch_size(cfg))
        done = []
        for i, batch in enumerate(batches):
            done.append(
                ingest_batch(
                    batch,
                    batch_no=i,
                    max_bytes=cfg.max_doc_bytes,
                    skip_raw=skip_raw,
                    max_chars=cfg.max_article_chars,
                )
            )
            _tick("read", i + 1, len(batches))
            warm.read(stream.add(done[-1].articles), len(batch), len(refs))
            if warm.pool is not None:
                stream.stream_to(warm.pool, stack)
        ingested = ingest.Ingested.combine(done)
    for r in ingested.rejected:
        logger.warning("quarantined %s: %s", r.source_uri, "; ".join(r.reasons))
    return ingested


def _quarantine(
    rec: RunRecord,
    checked: Validated | None,
    rejected: list[Rejected],
    new: list[tuple[str, CleanArticle]],
) -> pl.DataFrame:
    """Count each suite's outcome into the record; the run's quarantine rows."""
    source_uris = {aid: a.source_uri for aid, a in new}
    parts = [records.rejected_rows(rejected, rec.run)]
    if checked is not None:
        rec.data_docs_uri = str(checked.docs_index)
        for name, v in checked.tables.items():
            rec.validated(name, asdict(v.result), v.bad, source_uris)
            parts.append(records.invalid_rows(name, v.bad, rec.run, source_uris))
    return pl.concat(parts)


def _finish(
    rec: RunRecord,
    cfg: Settings,
    frames: Mapping[str, pl.DataFrame] | None = None,
    processed: tuple[str, ...] = (),
    read_sources: tuple[str, ...] = (),
    validator: ValidatorProcess | None = None,
) -> None:
    """Publish the data (none when the gate tripped), then the run record and the artifacts;
    sources and figures are validated by ``validator`` when the run processed articles."""
    options = cfg.storage_options
    with rec.stage("publish"):
        if frames is not None:
            publish_tables(
                cfg.data_root,
                frames,
                processed_article_ids=processed,
                read_sources=read_sources,
                run_id=rec.run.run_id,
                storage_options=options,
            )
        # Every table exists with its schema after any run, even one that published nothing.
        reconcile.ensure_all(cfg.data_root, storage_options=options)
    if frames is not None:
        with rec.stage("reconcile"):
            reconcile_tables(cfg, rec, validator=validator if processed else None)
        if validator is not None:
            validator.close(wait=False)  # its last use: GX's teardown overlaps what follows
        with rec.stage("report"):
            write_report(cfg, rec)
    with rec.stage("publish"):
        run_row: dict[str, pl.DataFrame] = {Dataset.RUNS: rec.runs_row()}
        publish_tables(cfg.data_root, run_row, processed_article_ids=[], storage_options=options)
    publish_artifacts(rec, frames)


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
