"""The command line's shared options, and the settings they make: given > CLAIMFLOW_* > default."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

import typer

from flows.settings import RUN_PARAMETERS, Settings


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
        min=1,
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
        min=1,
        help=f"Documents larger than this are quarantined unread. {default_help('max_doc_bytes')}",
        show_default=False,
    ),
]
MaxFailedShare = Annotated[
    float | None,
    typer.Option(
        min=0.0,
        max=1.0,
        help="Fail the run, publishing nothing, when more than this share of a table's "
        f"rows fail validation. {default_help('max_failed_share')}",
        show_default=False,
    ),
]


SourcesFile = Annotated[
    str | None,
    typer.Option(
        help="A YAML file of your own sources (aliases, outlets' web hosts) extending the "
        "curated list tasks/data/known_sources.yaml. Env CLAIMFLOW_SOURCES_FILE.",
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
        typer.secho(str(exc), fg="red", err=True)
        raise typer.Exit(code=2) from exc


def settings_from(**given: Any) -> Settings:
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
        typer.secho(f"invalid setting: {problems}", fg="red", err=True)
        raise typer.Exit(code=2) from exc


def run_settings(options: Mapping[str, Any]) -> Settings:
    """Settings from a command's options named after the flow parameters (``locals()``)."""
    return settings_from(**{name: options[name] for name in RUN_PARAMETERS})
