"""The analyst's commands: `claims`, `figures` (and `--disagreements`), `sources`, `report`.

Each reads the published tables; a mistake (an unknown actor or type, a data root without
tables) is one line that lists what exists, never a traceback.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import polars as pl
import typer

from flows.cli_options import DataRoot, settings_from
from tasks.analysis.figures import MOVE_DATE, MOVE_SOURCE
from tasks.schema import CLAIM_TYPES, ArticleCol, ClaimCol, Dataset, FigureCol
from tasks.schema import SourceCol as S

if TYPE_CHECKING:
    from tasks.store.views import Filters


class Format(StrEnum):
    """How rows are printed."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"


Actor = Annotated[
    str | None, typer.Option(help="Who the figure is about (part of a name), e.g. 'North Korea'.")
]
ClaimTypeOpt = Annotated[
    str | None, typer.Option("--type", help=f"One of: {', '.join(CLAIM_TYPES)}.")
]
Source = Annotated[str | None, typer.Option(help="Who makes the claim (part of a name).")]
Since = Annotated[
    datetime | None,
    typer.Option(formats=["%Y-%m-%d"], help="Published on or after this date (YYYY-MM-DD)."),
]
Until = Annotated[
    datetime | None,
    typer.Option(formats=["%Y-%m-%d"], help="Published on or before this date (YYYY-MM-DD)."),
]
FormatOpt = Annotated[Format, typer.Option("--format", help="table, csv or json.")]
Limit = Annotated[int, typer.Option(help="Rows to show in a table.")]


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _filters(
    actor: str | None,
    claim_type: str | None,
    source: str | None,
    since: datetime | None,
    until: datetime | None,
) -> Filters:
    from tasks.store.views import Filters

    return Filters(actor, claim_type, source, _day(since), _day(until))


def _show(rows: pl.DataFrame, fmt: Format, limit: int, summary: str | None) -> None:
    """Print ``rows`` as a table (with the summary line), CSV or JSON (summary to stderr)."""
    if fmt is Format.CSV:
        flat = rows.with_columns(
            pl.col(c).cast(pl.List(pl.String)).list.join("; ")
            for c, t in rows.schema.items()
            if t.is_nested()
        )
        sys.stdout.write(flat.write_csv())
    elif fmt is Format.JSON:
        sys.stdout.write(rows.write_json() + "\n")
    else:
        with pl.Config(
            tbl_rows=limit, fmt_str_lengths=48, tbl_width_chars=230, tbl_hide_dataframe_shape=True,
            fmt_table_cell_list_len=3,
        ):  # fmt: skip
            typer.echo(rows.head(limit))
    if summary:
        typer.echo(summary, err=fmt is not Format.TABLE)


def _fail(exc: Exception) -> typer.Exit:
    typer.secho(str(exc), fg="red", err=True)
    return typer.Exit(code=2)


def claims(
    data_root: DataRoot = None,
    actor: Actor = None,
    claim_type: ClaimTypeOpt = None,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    fmt: FormatOpt = Format.TABLE,
    limit: Limit = 100,
) -> None:
    """Who says how many: each matching claim with its source, outlet, date and sentence."""
    from tasks.store.views import ViewError, claims_view

    cfg = settings_from(data_root=data_root)
    try:
        rows, summary = claims_view(
            cfg.data_root,
            _filters(actor, claim_type, source, since, until),
            storage_options=cfg.storage_options,
        )
    except ViewError as exc:
        raise _fail(exc) from exc
    if fmt is Format.TABLE:
        from tasks.store.views import DAY

        rows = rows.select(
            ClaimCol.QUANTITY_TEXT, ClaimCol.VALUE, ClaimCol.QUALIFIER, FigureCol.SOURCE,
            ClaimCol.HEDGED, ArticleCol.OUTLET, DAY, pl.col(ArticleCol.TITLE).str.slice(0, 40),
        )  # fmt: skip
    _show(rows, fmt, limit, summary)


def figures(
    data_root: DataRoot = None,
    actor: Actor = None,
    claim_type: ClaimTypeOpt = None,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    disagreements: Annotated[
        bool,
        typer.Option(
            "--disagreements",
            help="For one --actor and --type: each source's latest figure, the spread, and "
            "which sources changed their figure and when.",
        ),
    ] = False,
    fmt: FormatOpt = Format.TABLE,
    limit: Limit = 100,
) -> None:
    """Distinct figures (the same claim repeated by many articles is one row), by source."""
    from tasks.analysis.figures import disagreements as disagreement_view
    from tasks.store.views import ViewError, figures_view

    cfg = settings_from(data_root=data_root)
    try:
        if disagreements and not (actor and claim_type):
            raise ViewError("--disagreements needs one --actor and one --type")
        rows, summary = figures_view(
            cfg.data_root,
            _filters(actor, claim_type, source, since, until),
            storage_options=cfg.storage_options,
        )
    except ViewError as exc:
        raise _fail(exc) from exc
    if disagreements:
        view = disagreement_view(
            rows, actor=actor or "", claim_type=claim_type or "", since=_day(since),
            until=_day(until),
        )  # fmt: skip
        latest = view.latest.select(
            FigureCol.SOURCE, FigureCol.VALUE, FigureCol.VALUE_HIGH, FigureCol.QUALIFIER,
            FigureCol.UNIT, FigureCol.HEDGED, FigureCol.FIRST_SEEN, FigureCol.LAST_SEEN,
            FigureCol.N_ARTICLES, FigureCol.OUTLETS,
        )  # fmt: skip
        _show(latest, fmt, limit, None)
        if fmt is Format.TABLE:
            for r in view.spread.iter_rows(named=True):
                typer.echo(
                    f"spread ({r[FigureCol.UNIT] or 'no unit'}): {r['low']:,.0f} to "
                    f"{r['high']:,.0f}, {r['ratio']:.1f}x across {r['n_sources']} sources"
                )
            for m in view.moves.iter_rows(named=True):
                typer.echo(
                    f"moved: {m[MOVE_SOURCE]} from {m['from_value']:,.0f} to "
                    f"{m['to_value'] or 0:,.0f} on {m[MOVE_DATE]}"
                )
        return
    if fmt is Format.TABLE:
        rows = rows.select(
            FigureCol.SOURCE, FigureCol.VALUE, FigureCol.VALUE_HIGH, FigureCol.QUALIFIER,
            FigureCol.UNIT, FigureCol.FIRST_SEEN, FigureCol.LAST_SEEN, FigureCol.N_ARTICLES,
            FigureCol.OUTLETS,
        )  # fmt: skip
    _show(rows, fmt, limit, summary)


def sources(
    data_root: DataRoot = None,
    top: Annotated[int, typer.Option(help="How many sources, most cited first.")] = 20,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """The most cited sources, one name per source, with the spellings seen for each."""
    from tasks.store.publish import read_table
    from tasks.store.views import ViewError, check_root

    cfg = settings_from(data_root=data_root)
    try:
        check_root(cfg.data_root, cfg.storage_options)
    except ViewError as exc:
        raise _fail(exc) from exc
    table = read_table(cfg.data_root, Dataset.SOURCES, storage_options=cfg.storage_options)
    rows = (
        table.with_columns(
            (pl.col(S.N_CLAIMS) + pl.col(S.N_QUOTES)).alias("mentions"),
            pl.col(S.ALIASES).list.len().alias("n_aliases"),
        )
        .sort(["mentions", S.NAME], descending=[True, False])
        .head(top)
        .select(
            S.NAME,
            S.KIND,
            S.COUNTRY,
            S.AFFILIATION,
            "mentions",
            S.N_CLAIMS,
            S.N_QUOTES,
            S.N_ARTICLES,
            "n_aliases",
            S.ALIASES,
        )  # fmt: skip
    )
    _show(rows, fmt, top, f"{table.height} sources in all")


def report(
    data_root: DataRoot = None,
    actor: Actor = None,
    claim_type: ClaimTypeOpt = None,
    since: Since = None,
    until: Until = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the HTML file.")] = Path(
        "report.html"
    ),
) -> None:
    """Write one self-contained HTML report (opens offline): figures by source over time, the
    disagreement table, the top sources and what is held in quarantine."""
    from tasks.analysis import figures_report
    from tasks.store.publish import read_table
    from tasks.store.views import ViewError, check_filters, check_root

    cfg = settings_from(data_root=data_root)
    tables: dict[str, pl.DataFrame] = {}
    try:
        check_root(cfg.data_root, cfg.storage_options)
        for name in (Dataset.FIGURES, Dataset.SOURCES, Dataset.QUARANTINE):
            tables[name] = read_table(cfg.data_root, name, storage_options=cfg.storage_options)
        check_filters(
            tables[Dataset.FIGURES],
            _filters(actor, claim_type, None, since, until),
            FigureCol.ACTOR,
        )
    except ViewError as exc:
        raise _fail(exc) from exc
    page = figures_report.render(
        tables[Dataset.FIGURES], tables[Dataset.SOURCES], tables[Dataset.QUARANTINE], actor=actor,
        claim_type=claim_type, since=_day(since), until=_day(until),
    )  # fmt: skip
    figures_report.write(page, out)
    typer.echo(f"report written to {out} ({len(page) // 1024} kB, opens offline)")


COMMANDS = (claims, figures, sources, report)
