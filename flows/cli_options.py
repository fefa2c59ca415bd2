"""The command line's shared options, and the settings they make: given > CLAIMFLOW_* > default."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Annotated, Any

import typer

from flows.settings import RUN_PARAMETERS, Settings


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


def fail(message: str, code: Exit) -> typer.Exit:
    """Print ``message`` as one red line on stderr; the exit to raise."""
    typer.secho(message, fg="red", err=True)
    return typer.Exit(code=int(code))


def default_help(name: str) -> str:
    """A setting's default and its variable, for an option's help."""
    return f"(default {Settings.model_fields[name].default}; env CLAIMFLOW_{name.upper()})"


DataRoot = Annotated[
    str | None,
    typer.Option(
        "--data-root",
        "-d",
        help=f"Folder (or object-store URI) holding the Delta tables. {default_help('data_root')}",
        show_default=False,
    ),
]
BatchSize = Annotated[
    int | None,
    typer.Option(
        "--batch-size",
        "-b",
        help="Articles per task run: larger batches amortise Prefect's per-task cost, "
        f"smaller ones bound memory. {default_help('batch_size')}",
        show_default=False,
    ),
]
Model = Annotated[
    str | None,
    typer.Option(help=f"spaCy pipeline to load. {default_help('model')}", show_default=False),
]
MaxDocBytes = Annotated[
    int | None,
    typer.Option(
        help=f"Documents larger than this are quarantined unread. {default_help('max_doc_bytes')}",
        show_default=False,
    ),
]
MaxFailedShare = Annotated[
    float | None,
    typer.Option(
        help="Fail the run, publishing nothing, when more than this share of a table's "
        "rows fail validation and the failure is systemic (many rows or articles). "
        f"{default_help('max_failed_share')}",
        show_default=False,
    ),
]
MaxArticleChars = Annotated[
    int | None,
    typer.Option(
        help="Clean texts longer than this are quarantined (too_long); long ones below it are "
        f"parsed in chunks. {default_help('max_article_chars')}",
        show_default=False,
    ),
]
ExtractTimeout = Annotated[
    float | None,
    typer.Option(
        "--extract-timeout",
        help="Seconds one extract batch may take before its articles are retried one by one "
        f"(an article over it alone is quarantined). {default_help('extract_timeout_seconds')}",
        show_default=False,
    ),
]
Processes = Annotated[
    int | None,
    typer.Option(
        "--processes",
        "-p",
        min=1,
        help="Worker processes for spaCy and extraction, each loading the model once; 1 runs "
        "them in this process. (default: one per core; env CLAIMFLOW_PROCESSES)",
        show_default=False,
    ),
]


SourcesFile = Annotated[
    str | None,
    typer.Option(
        help="A YAML file of your own sources (aliases, outlets' web hosts) extending the "
        "curated list tasks/known_sources.yaml. Env CLAIMFLOW_SOURCES_FILE.",
        show_default=False,
    ),
]


def check_sources_file(cfg: Settings) -> None:
    """A user's sources file that cannot be used stops the command with one line, before work."""
    if not cfg.sources_file:
        return
    from tasks.known_sources import SourcesFileError, load

    try:
        load([cfg.sources_file])
    except SourcesFileError as exc:
        raise fail(str(exc), Exit.INVALID_SETTING) from exc


def settings_from(**given: Any) -> Settings:
    """The run's settings: options given on the command line, else CLAIMFLOW_*, else defaults.

    A bad value (an option, or a variable such as CLAIMFLOW_BATCH_SIZE=abc) is one clear line:
    options carry no range of their own, so the settings object is the one place that checks.
    """
    from pydantic import ValidationError

    try:
        return Settings.from_parameters(given)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors()
        )
        raise fail(f"invalid setting: {problems}", Exit.INVALID_SETTING) from exc


def run_settings(options: Mapping[str, Any]) -> Settings:
    """Settings from a command's options named after the flow parameters (``locals()``)."""
    return settings_from(**{name: options[name] for name in RUN_PARAMETERS})
