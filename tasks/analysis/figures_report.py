"""The analyst's report: one self-contained HTML page (no script, no CDN, charts inline as SVG).

For one actor and claim type: a timeline of figures by source, the disagreement table (each
source's latest figure, the spread, who moved), every figure with its outlets and an example
sentence, the most cited sources, and what is held in quarantine and why. Without an actor and
type, the pair that the most sources disagree on is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path

import polars as pl

from tasks.analysis import charts
from tasks.analysis.figures import MOVE_DATE, MOVE_SOURCE, NO_SOURCE, disagreements
from tasks.files import write_text_atomically
from tasks.schema import (
    SOURCED_CLAIM_TYPES,
    FigureCol,
    QuarantineCol,
    SourceCol,
)
from tasks.store import views

# The page's element ids (tests and readers find the tables by them).
FIGURES_TABLE, SOURCES_TABLE, HELD_TABLE = "every-figure", "top-sources-table", "held-table"
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;
color:#1d2430;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #d8dde6}
.meta{color:#5a6577;font-size:.9rem}.spread{font-size:1.1rem;margin:.6rem 0}
table{border-collapse:collapse;width:100%;font-size:.86rem;margin:.6rem 0}
th,td{border-bottom:1px solid #e3e7ee;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f9}td.n{text-align:right;white-space:nowrap}.muted{color:#8a93a3}
figure{margin:1rem 0}figcaption{font-size:.85rem;color:#5a6577}
"""


def pick_focus(figures: pl.DataFrame) -> tuple[str | None, str | None]:
    """The (actor, claim_type) with the most distinct sources, sourced counts first."""
    named = figures.filter(pl.col(FigureCol.ACTOR).is_not_null())
    if named.is_empty():
        return None, None
    ranked = (
        named.group_by(FigureCol.ACTOR, FigureCol.CLAIM_TYPE)
        .agg(pl.col(FigureCol.SOURCE_ID).n_unique().alias("n"), pl.len().alias("rows"))
        .with_columns(pl.col(FigureCol.CLAIM_TYPE).is_in(SOURCED_CLAIM_TYPES).alias("sourced"))
        .sort(
            ["sourced", "n", "rows", FigureCol.ACTOR, FigureCol.CLAIM_TYPE],
            descending=[True, True, True, False, False],
        )  # fmt: skip
    )
    first = ranked.row(0, named=True)
    return first[FigureCol.ACTOR], first[FigureCol.CLAIM_TYPE]


def render(
    figures: pl.DataFrame,
    sources: pl.DataFrame,
    quarantine: pl.DataFrame,
    *,
    actor: str | None = None,
    claim_type: str | None = None,
    since: date | None = None,
    until: date | None = None,
    heading: str | None = None,
    generated_at: datetime | None = None,
) -> str:
    """The report page as one HTML string."""
    if actor is None or claim_type is None:
        picked = pick_focus(
            figures.filter(pl.col(FigureCol.ACTOR).str.to_lowercase() == actor.lower())
            if actor
            else figures.filter(pl.col(FigureCol.CLAIM_TYPE) == claim_type)
            if claim_type
            else figures
        )
        actor, claim_type = actor or picked[0], claim_type or picked[1]
    moment = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>claimflow report: {escape(str(claim_type))} about {escape(str(actor))}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(heading or 'Who says how many')}</h1>",
        f"<p class='meta'>Generated {moment}. {figures.height} distinct figures from "
        f"{int(figures[FigureCol.N_ARTICLES].sum() or 0)} article mentions, {sources.height} "
        f"sources{_window_text(since, until)}.</p>",
    ]
    if actor and claim_type:
        parts += _focus_section(figures, actor, claim_type, since, until)
    else:
        parts.append("<p id='no-figures'>No figures with an actor yet.</p>")
    parts += _sources_section(sources)
    parts += _quarantine_section(quarantine, actor, claim_type)
    parts.append("</body></html>")
    return "\n".join(parts)


def _focus_section(
    figures: pl.DataFrame, actor: str, claim_type: str, since: date | None, until: date | None
) -> list[str]:
    view = disagreements(figures, actor=actor, claim_type=claim_type, since=since, until=until)
    scoped = figures.filter(
        pl.col(FigureCol.ACTOR).str.to_lowercase() == actor.lower(),
        pl.col(FigureCol.CLAIM_TYPE) == claim_type,
    )
    if since:
        scoped = scoped.filter(pl.col(FigureCol.LAST_SEEN) >= since)
    if until:
        scoped = scoped.filter(pl.col(FigureCol.FIRST_SEEN) <= until)
    title = f"{claim_type.replace('_', ' ')} about {actor}"
    svg = charts.figure_timeline(scoped, title=title)
    out = [f"<h2 id='focus'>{escape(title)}</h2>"]
    if svg:
        out.append(
            f"<figure id='timeline'>{svg}<figcaption>One mark per distinct figure, one colour per "
            "source; bars span ranges; hollow marks are hedged figures.</figcaption></figure>"
        )
    for row in view.spread.iter_rows(named=True):
        out.append(
            f"<p class='spread'>Latest figures run from <b>{_num(row['low'])}</b> to "
            f"<b>{_num(row['high'])}</b> {escape(row[FigureCol.UNIT] or '')} across "
            f"{row['n_sources']} "
            f"sources: a spread of <b>{_ratio(row['ratio'])}</b>.</p>"
        )
    out.append("<h3>Each source's latest figure</h3>")
    out.append(
        _table(
            "disagreements",
            [
                "Source",
                "Figure",
                "Qualifier",
                "Hedged",
                "First seen",
                "Last seen",
                "Articles",
                "Outlets",
            ],  # fmt: skip
            [
                [
                    r[FigureCol.SOURCE],
                    _figure(r),
                    r[FigureCol.QUALIFIER],
                    "yes" if r[FigureCol.HEDGED] else "",
                    r[FigureCol.FIRST_SEEN],
                    r[FigureCol.LAST_SEEN],
                    r[FigureCol.N_ARTICLES],
                    ", ".join(r[FigureCol.OUTLETS]),
                ]
                for r in view.latest.iter_rows(named=True)
            ],  # fmt: skip
        )
    )
    if view.moves.height:
        out.append("<h3>Sources that changed their figure</h3>")
        out.append(
            _table(
                "moves",
                ["Source", "From", "To", "When"],
                [
                    [r[MOVE_SOURCE], _num(r["from_value"]), _num(r["to_value"]), r[MOVE_DATE]]
                    for r in view.moves.iter_rows(named=True)
                ],
            )
        )
    out.append("<h3>Every figure</h3>")
    ordered = scoped.sort(FigureCol.FIRST_SEEN, FigureCol.VALUE, nulls_last=True)
    out.append(
        _table(
            FIGURES_TABLE,
            [
                "Figure",
                "Qualifier",
                "Source",
                "First seen",
                "Last seen",
                "Articles",
                "Outlets",
                "Example",
            ],  # fmt: skip
            [
                [
                    _figure(r),
                    r[FigureCol.QUALIFIER],
                    r[FigureCol.SOURCE] or NO_SOURCE,
                    r[FigureCol.FIRST_SEEN],
                    r[FigureCol.LAST_SEEN],
                    r[FigureCol.N_ARTICLES],
                    ", ".join(r[FigureCol.OUTLETS]),
                    r[FigureCol.EXAMPLE],
                ]
                for r in ordered.iter_rows(named=True)
            ],  # fmt: skip
        )
    )
    return out


def _sources_section(sources: pl.DataFrame) -> list[str]:
    out = ["<h2 id='top-sources'>Top sources</h2>"]
    svg = charts.top_sources(sources)
    if svg:
        out.append(f"<figure id='sources-chart'>{svg}</figure>")
    top = (
        sources.with_columns(
            (pl.col(SourceCol.N_CLAIMS) + pl.col(SourceCol.N_QUOTES)).alias("mentions")
        )
        .sort(["mentions", SourceCol.NAME], descending=[True, False])
        .head(25)
    )
    out.append(
        _table(
            SOURCES_TABLE,
            ["Source", "Kind", "Country", "Affiliation", "Claims", "Quotes", "Spellings seen"],
            [
                [
                    r[SourceCol.NAME],
                    r[SourceCol.KIND],
                    r[SourceCol.COUNTRY] or "",
                    r[SourceCol.AFFILIATION] or "",
                    r[SourceCol.N_CLAIMS],
                    r[SourceCol.N_QUOTES],
                    "; ".join(r[SourceCol.ALIASES][:6]),
                ]
                for r in top.iter_rows(named=True)
            ],  # fmt: skip
        )
    )
    return out


def _quarantine_section(
    quarantine: pl.DataFrame, actor: str | None, claim_type: str | None
) -> list[str]:
    out = ["<h2 id='held'>Held in quarantine</h2>"]
    if quarantine.is_empty():
        return [*out, "<p>Nothing is held.</p>"]
    counts = (
        quarantine.explode(QuarantineCol.REASONS)
        .group_by(QuarantineCol.DATASET, QuarantineCol.REASONS)
        .len()
        .sort(["len", QuarantineCol.DATASET], descending=[True, False])
    )
    held = views.held_claims(quarantine, actor=actor, claim_type=claim_type)
    if actor and claim_type:
        out.append(
            f"<p id='held-matching'>{held.height} {escape(claim_type)} claims about "
            f"{escape(actor)} are held and not in the figures above.</p>"
        )
    out.append(
        _table(
            HELD_TABLE,
            ["Dataset", "Reason", "Rows"],
            [
                [r[QuarantineCol.DATASET], r[QuarantineCol.REASONS], r["len"]]
                for r in counts.rows(named=True)
            ],
        )
    )
    return out


def write(page: str, path: Path) -> Path:
    """Write ``page`` to ``path`` atomically (a reader never sees half a report)."""
    return write_text_atomically(path, page)


def _table(table_id: str, header: list[str], rows: Iterable[list[object]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = (
        "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
        or f"<tr><td colspan='{len(header)}' class='muted'>none</td></tr>"
    )
    return f"<table id='{table_id}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"<td class='n'>{escape(str(value))}</td>"
    return f"<td>{escape('' if value is None else str(value))}</td>"


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}"


def _figure(row: dict[str, object]) -> str:
    value, high = row[FigureCol.VALUE], row[FigureCol.VALUE_HIGH]
    unit = row[FigureCol.UNIT]
    if value is None:
        text = "vague"
    elif high is not None and high != value:
        text = f"{_num(value)}–{_num(high)}"  # type: ignore[arg-type]
    else:
        text = _num(value)  # type: ignore[arg-type]
    return f"{text} {unit}" if unit and unit != "persons" and value is not None else text


def _ratio(ratio: float) -> str:
    return f"{ratio:,.0f}×" if ratio >= 10 else f"{ratio:.1f}×"


def _window_text(since: date | None, until: date | None) -> str:
    if not since and not until:
        return ""
    return f", published {since or '…'} to {until or '…'}"
