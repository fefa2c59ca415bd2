"""The `claimflow` command: run the pipeline, and look after the tables it writes."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from flows.cli_options import (
    BatchSize,
    DataRoot,
    Exit,
    ExtractTimeout,
    MaxArticleChars,
    MaxDocBytes,
    MaxFailedShare,
    Model,
    Processes,
    SourcesFile,
    check_sources_file,
    default_help,
    fail,
    run_settings,
)
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

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="claimflow: news articles in; validated Delta tables of who claims what number out.",
)


@app.command()
def run(
    source: Annotated[
        str | None,
        typer.Argument(
            help="A folder (searched recursively for .txt .md .html .jsonl), a glob such as "
            "'inbox/**/*.md', a single file, a JSONL file with one article per line, a feed "
            "or article URL (http/https), or a .urls file listing URLs one a line. "
            f"{default_help('source')}",
            show_default=False,
        ),
    ] = None,
    data_root: DataRoot = None,
    batch_size: BatchSize = None,
    model: Model = None,
    max_doc_bytes: MaxDocBytes = None,
    max_failed_share: MaxFailedShare = None,
    max_article_chars: MaxArticleChars = None,
    extract_timeout_seconds: ExtractTimeout = None,
    processes: Processes = None,
    sources_file: SourcesFile = None,
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

    Exit codes: 0 done, 1 run failed (an error), 2 invalid setting, 3 no such source, 4 Prefect
    API not answering, 5 quality gate (nothing published), 6 damaged table, 7 model not
    installed, 143 SIGTERM.
    """
    cfg = run_settings(locals())
    check_sources_file(cfg)
    from flows import local_server
    from tasks.ingest import web
    from tasks.ingest.discover import source_problem

    _refuse_unfetchable(cfg.source, allow_private=cfg.allow_private_hosts)
    if not web.is_url(cfg.source) and (problem := source_problem(cfg.source)):
        raise fail(problem, Exit.NO_SOURCE)
    if problem := local_server.api_problem():
        raise fail(problem, Exit.NO_API)
    server = local_server.start_if_needed()  # starts while the pipeline imports
    _run(server, cfg, dask_address=dask_address, dask_workers=dask_workers, json_out=json_out)


def _refuse_unfetchable(source: str, *, allow_private: bool) -> None:
    """A URL the fetch policy refuses (scheme, private or metadata address) is one line, exit 2.

    Scheduled runs quarantine it instead: this is for a person at a terminal.
    """
    from tasks.ingest import fetch, web

    if not web.is_url(source):
        return
    try:
        fetch.resolve_checked(source.strip(), allow_private=allow_private)
    except fetch.PermanentFetchError as exc:
        typer.secho(f"refused {source}: {exc.reason}", fg="red", err=True)
        raise typer.Exit(code=2) from exc
    except fetch.TransientFetchError:
        pass  # DNS may answer later: the run's retries will see


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

    from expectations.docs import DataDocsFailed
    from flows.pipeline import QualityGateFailed, set_progress_hook, with_task_runner
    from tasks.extract.nlp import ModelNotInstalled
    from tasks.store.verify import BrokenTable, verify_tables

    try:  # checked here too, so that a damaged table is one line, not a failed flow's traceback
        verify_tables(cfg.data_root, storage_options=cfg.storage_options)
    except BrokenTable as exc:
        raise fail(f"damaged table: {exc}", Exit.BROKEN_TABLE) from exc

    waiting = server is not None and not PREFECT_API_URL.value()
    ahead = ExitStack()
    if waiting and dask_address is None and not dask_workers:
        ahead.enter_context(_head_start(cfg))  # GX and the workers load while the server starts
    try:
        use_local = waiting and server.wait_healthy()
    except BaseException:  # Ctrl-C in the wait: what the head start began stops now
        ahead.close()
        raise
    api = temporary_settings({PREFECT_API_URL: server.api_url}) if use_local else nullcontext()

    show = sys.stderr.isatty() and not json_out
    with ahead, api, Progress(transient=True, disable=not show) as progress:
        bars: dict[str, TaskID] = {}

        def hook(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                bars[stage] = progress.add_task(stage, total=total)
            progress.update(bars[stage], completed=done, total=total)  # grows while streaming

        set_progress_hook(hook)
        try:
            result = with_task_runner(dask_address, dask_workers)(**cfg.run_parameters())
        except QualityGateFailed as exc:
            raise fail(f"run failed: {exc}", Exit.QUALITY_GATE) from exc
        except BrokenTable as exc:
            raise fail(f"damaged table: {exc}", Exit.BROKEN_TABLE) from exc
        except ModelNotInstalled as exc:
            raise fail(str(exc), Exit.NO_MODEL) from exc
        except FileNotFoundError as exc:  # the source went away after the check above
            raise fail(str(exc), Exit.NO_SOURCE) from exc
        except (DataDocsFailed, OSError) as exc:  # a full disk, a read-only folder
            raise fail(f"run failed: {type(exc).__name__}: {exc}", Exit.ERROR) from exc
        except SystemExit as exc:
            if exc.code == Exit.TERMINATED:
                typer.secho("run stopped by SIGTERM: marked Crashed", fg="red", err=True)
            raise
        finally:
            set_progress_hook(None)
    if json_out:
        typer.echo(json.dumps(result, default=str, indent=2))
    else:
        from tasks.analysis.report import summary_text

        typer.echo(summary_text(result))


@contextmanager
def _head_start(cfg: Settings) -> Iterator[None]:
    """``flows.warmup.head_start`` for the run ``cfg`` describes: what it starts stops when the
    run ends. A look ahead that fails costs nothing but its time: the run reports the problem."""
    from flows.warmup import head_start

    with ExitStack() as stack:
        try:
            head_start(stack, cfg)
        except Exception:  # noqa: BLE001 - the run meets (and reports) the same problem itself
            stack.close()
        try:
            yield
        finally:
            head_start(stack, None)  # a run that never took it over leaves nothing behind


@app.command()
def serve(
    source: Annotated[
        str | None,
        typer.Argument(
            help="What each run reads (as for `run`): usually an inbox folder. "
            f"{default_help('source')}",
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
    max_article_chars: MaxArticleChars = None,
    extract_timeout_seconds: ExtractTimeout = None,
    processes: Processes = None,
    sources_file: SourcesFile = None,
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
    cfg = run_settings(locals())
    check_sources_file(cfg)
    from prefect import serve as serve_deployments
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.schedules import Cron, Interval
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline import news_pipeline
    from flows.reaper import reap_crashed_runs

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


# The table commands and the analyst's (claims, figures, sources, report), after run and serve.
from flows import analyst_commands, cli_tables  # noqa: E402

for _command in (*cli_tables.COMMANDS, *analyst_commands.COMMANDS):
    app.command()(_command)


if __name__ == "__main__":
    app()
