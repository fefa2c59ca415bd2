"""The `claimflow` command: run the pipeline, and look after the tables it writes."""

from __future__ import annotations

import json
import os
import sys
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from flows.settings import Settings

# Prefect reads its logging settings when it is first imported, so these are set before any
# command imports it. They send what tasks/ and expectations/ log to the flow run's logs in the
# UI, for `run` as for `serve` (whose runs start in fresh processes that inherit the environment).
LOGGING_CONFIG = Path(__file__).resolve().parents[1] / "deploy" / "logging.yml"
os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "tasks,expectations")
if LOGGING_CONFIG.exists():
    os.environ.setdefault("PREFECT_LOGGING_SETTINGS_PATH", str(LOGGING_CONFIG))
# The temporary server's usage telemetry: offline, every run logged an ERROR failing to send it.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


class Exit(IntEnum):
    """`claimflow run` exit codes: each user mistake or outcome has its own (see README)."""

    OK = 0
    ERROR = 1  # an unexpected error: a bug, reported with its traceback
    INVALID_SETTING = 2  # an option or CLAIMFLOW_* variable out of range (as click's usage errors)
    NO_SOURCE = 3  # the source folder, file or glob base does not exist
    NO_API = 4  # PREFECT_API_URL names a server that does not answer
    QUALITY_GATE = 5  # validation failures are systemic: nothing published
    BROKEN_TABLE = 6  # a table's Delta log is unreadable or names missing files
    NO_MODEL = 7  # the spaCy model is not installed
    TERMINATED = 143  # SIGTERM: the run is marked Crashed (128 + 15)


def _fail(message: str, code: Exit) -> typer.Exit:
    """Print ``message`` as one red line on stderr; the exit to raise."""
    typer.secho(message, fg="red", err=True)
    return typer.Exit(code=int(code))


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="claimflow: news articles in; validated Delta tables of who claims what number out.",
)


def _default(name: str) -> str:
    return f"(default {Settings.model_fields[name].default}; env CLAIMFLOW_{name.upper()})"


DataRoot = Annotated[
    str | None,
    typer.Option(
        "--data-root",
        "-d",
        help=f"Folder (or object-store URI) holding the Delta tables. {_default('data_root')}",
        show_default=False,
    ),
]
BatchSize = Annotated[
    int | None,
    typer.Option(
        "--batch-size",
        "-b",
        help="Articles per task run: larger batches amortise Prefect's per-task cost, "
        f"smaller ones bound memory. {_default('batch_size')}",
        show_default=False,
    ),
]
Model = Annotated[
    str | None,
    typer.Option(help=f"spaCy pipeline to load. {_default('model')}", show_default=False),
]
MaxDocBytes = Annotated[
    int | None,
    typer.Option(
        help=f"Documents larger than this are quarantined unread. {_default('max_doc_bytes')}",
        show_default=False,
    ),
]
MaxFailedShare = Annotated[
    float | None,
    typer.Option(
        help="Fail the run, publishing nothing, when more than this share of a table's "
        "rows fail validation and the failure is systemic (many rows or articles). "
        f"{_default('max_failed_share')}",
        show_default=False,
    ),
]
MaxArticleChars = Annotated[
    int | None,
    typer.Option(
        help="Clean texts longer than this are quarantined (too_long); long ones below it are "
        f"parsed in chunks. {_default('max_article_chars')}",
        show_default=False,
    ),
]
ExtractTimeout = Annotated[
    float | None,
    typer.Option(
        "--extract-timeout",
        help="Seconds one extract batch may take before its articles are retried one by one "
        f"(an article over it alone is quarantined). {_default('extract_timeout_seconds')}",
        show_default=False,
    ),
]


def _settings(**given: Any) -> Settings:
    """The run's settings: options given on the command line, else CLAIMFLOW_*, else defaults.

    A bad value (an option, or a variable such as CLAIMFLOW_BATCH_SIZE=abc) is one clear line.
    """
    from pydantic import ValidationError

    try:
        return Settings.from_parameters(given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        raise _fail(f"invalid setting: {problems}", Exit.INVALID_SETTING) from exc


@app.command()
def run(
    source: Annotated[
        str | None,
        typer.Argument(
            help="A folder (searched recursively for .txt .md .html .jsonl), a glob such as "
            "'inbox/**/*.md', a single file, or a JSONL file with one article per line. "
            f"{_default('source')}",
            show_default=False,
        ),
    ] = None,
    data_root: DataRoot = None,
    batch_size: BatchSize = None,
    model: Model = None,
    max_doc_bytes: MaxDocBytes = None,
    max_failed_share: MaxFailedShare = None,
    max_article_chars: MaxArticleChars = None,
    extract_timeout: ExtractTimeout = None,
    dask_address: Annotated[
        str | None,
        typer.Option(help="Run the NLP batches on this Dask scheduler (tcp://host:8786)."),
    ] = None,
    dask_workers: Annotated[
        int | None,
        typer.Option(min=1, help="Run the NLP batches on a local Dask cluster of N processes."),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the run report as JSON instead of a summary.")
    ] = False,
) -> None:
    """Run the pipeline once on SOURCE and print what it did.

    Exit codes: 0 done, 2 invalid setting, 3 no such source, 4 Prefect API not answering,
    5 quality gate (nothing published), 6 damaged table, 7 model not installed, 143 SIGTERM.
    """
    from flows import local_server
    from tasks.ingest.discover import source_problem

    cfg = _settings(
        source=source,
        data_root=data_root,
        batch_size=batch_size,
        model=model,
        max_doc_bytes=max_doc_bytes,
        max_failed_share=max_failed_share,
        max_article_chars=max_article_chars,
        extract_timeout_seconds=extract_timeout,
    )
    if problem := source_problem(cfg.source):
        raise _fail(problem, Exit.NO_SOURCE)
    if problem := local_server.api_problem():
        raise _fail(problem, Exit.NO_API)
    server = local_server.start_if_needed()  # starts while the pipeline imports
    _run(server, cfg, dask_address=dask_address, dask_workers=dask_workers, json_out=json_out)


def _run(
    server: Any,
    cfg: Settings,
    *,
    dask_address: str | None = None,
    dask_workers: int | None = None,
    json_out: bool = False,
) -> None:
    from contextlib import nullcontext

    from prefect.settings import PREFECT_API_URL, temporary_settings
    from rich.progress import Progress, TaskID

    from flows.pipeline import QualityGateFailed, set_progress_hook, with_task_runner
    from tasks.extract.nlp import ModelNotInstalled
    from tasks.store.verify import BrokenTable, verify_tables

    try:  # checked here too, so that a damaged table is one line, not a failed flow's traceback
        verify_tables(cfg.data_root, storage_options=cfg.storage_options)
    except BrokenTable as exc:
        raise _fail(f"damaged table: {exc}", Exit.BROKEN_TABLE) from exc

    use_local = server is not None and not PREFECT_API_URL.value() and server.wait_healthy()
    api = temporary_settings({PREFECT_API_URL: server.api_url}) if use_local else nullcontext()

    show = sys.stderr.isatty() and not json_out
    with api, Progress(transient=True, disable=not show) as progress:
        bars: dict[str, TaskID] = {}

        def hook(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                bars[stage] = progress.add_task(stage, total=total)
            progress.update(bars[stage], completed=done)

        set_progress_hook(hook)
        try:
            result = with_task_runner(dask_address, dask_workers)(**cfg.run_parameters())
        except QualityGateFailed as exc:
            raise _fail(f"run failed: {exc}", Exit.QUALITY_GATE) from exc
        except BrokenTable as exc:
            raise _fail(f"damaged table: {exc}", Exit.BROKEN_TABLE) from exc
        except ModelNotInstalled as exc:
            raise _fail(str(exc), Exit.NO_MODEL) from exc
        except FileNotFoundError as exc:  # the source went away after the check above
            raise _fail(str(exc), Exit.NO_SOURCE) from exc
        except SystemExit as exc:
            if exc.code == Exit.TERMINATED:
                typer.secho(
                    "run stopped by SIGTERM: marked Crashed, nothing half-published",
                    fg="red",
                    err=True,
                )
            raise
        finally:
            set_progress_hook(None)
    if json_out:
        typer.echo(json.dumps(result, default=str, indent=2))
    else:
        from tasks.analysis.report import summary_text

        typer.echo(summary_text(result))


@app.command()
def serve(
    source: Annotated[
        str | None,
        typer.Argument(
            help="What each run reads (as for `run`): usually an inbox folder. "
            f"{_default('source')}",
            show_default=False,
        ),
    ] = None,
    data_root: DataRoot = None,
    name: Annotated[str, typer.Option(help="Deployment name (news_pipeline/NAME).")] = "served",
    cron: Annotated[str, typer.Option(help="When to run, a cron expression.")] = "0 * * * *",
    timezone: Annotated[str, typer.Option(help="Time zone of the cron expression.")] = "UTC",
    interval: Annotated[
        int | None,
        typer.Option(min=1, help="Run every N seconds instead of on the cron schedule."),
    ] = None,
    batch_size: BatchSize = None,
    model: Model = None,
    max_doc_bytes: MaxDocBytes = None,
    max_failed_share: MaxFailedShare = None,
    reap_every: Annotated[
        int,
        typer.Option(
            min=5,
            help="Seconds between checks for runs that died without a word (SIGKILL, OOM); "
            "they are marked Crashed so they stop holding the run slot.",
        ),
    ] = 60,
) -> None:
    """Run the pipeline on a schedule from this machine, no work pool needed (Ctrl-C stops).

    Needs a Prefect server (PREFECT_API_URL). One run at a time: a run due while another
    writes the tables waits for it.
    """
    from prefect import serve as serve_deployments
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.schedules import Cron, Interval
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline import news_pipeline
    from flows.reaper import reap_crashed_runs

    cfg = _settings(
        source=source,
        data_root=data_root,
        batch_size=batch_size,
        model=model,
        max_doc_bytes=max_doc_bytes,
        max_failed_share=max_failed_share,
    )
    schedule = Interval(interval) if interval else Cron(cron, timezone=timezone)
    pipeline = news_pipeline.to_deployment(
        name=name,
        schedules=[schedule],
        parameters=cfg.run_parameters(),
        # The deployment's limit (Prefect's global_limit for serve): two runs never write the
        # tables at once; a run due while another runs is queued, not dropped.
        concurrency_limit=ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE
        ),
        tags=["claimflow"],
        # Runs import the flow by module, so `serve` works from any directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    reaper = reap_crashed_runs.to_deployment(
        name=f"{name}-reaper",
        schedules=[Interval(reap_every)],
        tags=["claimflow"],
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    serve_deployments(pipeline, reaper)  # type: ignore[arg-type]


@app.command()
def quarantine(
    data_root: DataRoot = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
) -> None:
    """List what is held in quarantine, why, and from which document."""
    import polars as pl

    from tasks.schema import Dataset
    from tasks.store.publish import read_table

    cfg = _settings(data_root=data_root)
    held = read_table(cfg.data_root, Dataset.QUARANTINE, storage_options=cfg.storage_options)
    if held.is_empty():
        typer.echo("quarantine is empty")
        return
    view = held.sort("quarantined_at", descending=True).select(
        "quarantined_at",
        "dataset",
        "source_uri",
        pl.col("reasons").list.join("; ").alias("reasons"),
        "record_id",
    )
    with pl.Config(tbl_rows=limit, fmt_str_lengths=80, tbl_width_chars=200):
        typer.echo(view.head(limit))
    typer.echo(f"{held.height} held in all")


@app.command()
def compact(data_root: DataRoot = None) -> None:
    """Merge the small Parquet files scheduled runs leave into larger ones (same rows)."""
    from tasks.store.publish import compact as compact_tables

    cfg = _settings(data_root=data_root)
    for dataset, metrics in compact_tables(
        cfg.data_root, storage_options=cfg.storage_options
    ).items():
        typer.echo(
            f"{dataset}: {metrics.get('numFilesRemoved', 0)} files -> "
            f"{metrics.get('numFilesAdded', 0)}"
        )


@app.command()
def vacuum(
    data_root: DataRoot = None,
    retention_hours: Annotated[int, typer.Option(min=168, help="At least 7 days.")] = 168,
    apply: Annotated[bool, typer.Option("--apply", help="Delete; default is a dry run.")] = False,
) -> None:
    """Remove files no recent table version needs. Never run it while a pipeline run writes."""
    from tasks.store.publish import vacuum as vacuum_tables

    cfg = _settings(data_root=data_root)
    for dataset, files in vacuum_tables(
        cfg.data_root,
        retention_hours=retention_hours,
        dry_run=not apply,
        storage_options=cfg.storage_options,
    ).items():
        typer.echo(f"{dataset}: {len(files)} files {'deleted' if apply else 'would be deleted'}")


@app.command()
def export(
    out_dir: Annotated[Path, typer.Argument(help="Folder for one plain Parquet file per table.")],
    data_root: DataRoot = None,
) -> None:
    """Export each table's current rows as plain Parquet, for tools that cannot read Delta."""
    from tasks.store.publish import export_parquet

    cfg = _settings(data_root=data_root)
    for dataset, path in export_parquet(
        cfg.data_root, out_dir, storage_options=cfg.storage_options
    ).items():
        typer.echo(f"{dataset}: {path}")


@app.command()
def claims(
    data_root: DataRoot = None,
    actor: Annotated[
        str | None, typer.Option(help="Who the figure is about, e.g. 'North Korea'.")
    ] = None,
    claim_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="troop_count, casualty_count, equipment_count, "
            "people_count, money, percentage or other.",
        ),
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Who makes the claim (part of a name).")
    ] = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 100,
) -> None:
    """Who says how many: matching claims with value, source, hedging, outlet, title and date."""
    import polars as pl

    from tasks.store.query import who_says

    cfg = _settings(data_root=data_root)
    rows, summary = who_says(
        cfg.data_root,
        actor=actor,
        claim_type=claim_type,
        source=source,
        storage_options=cfg.storage_options,
    )
    with pl.Config(
        tbl_rows=limit, fmt_str_lengths=60, tbl_width_chars=220, tbl_hide_dataframe_shape=True
    ):
        typer.echo(
            rows.head(limit).select(
                "quantity_text",
                "value",
                "qualifier",
                "attributed_to",
                "hedged",
                "outlet",
                pl.col("title").str.slice(0, 40),
                pl.col("published_at").dt.date(),
            )
        )
    typer.echo(summary)


if __name__ == "__main__":
    app()
