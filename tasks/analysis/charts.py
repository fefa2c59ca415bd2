"""Charts for the report as inline SVG: Altair specs rendered by vl-convert, offline, no browser.

vl-convert bundles Vega and a JavaScript engine in its wheel, so rendering needs no network and no
CDN; the SVG it returns goes into the page as is.
"""

from __future__ import annotations

import threading
from typing import Any

import altair as alt
import polars as pl
import vl_convert

from tasks.analysis.figures import NO_SOURCE
from tasks.schema import FigureCol, SourceCol

WIDTH = 720
_LOG_SPREAD = 50  # a y axis spanning more than this factor is drawn on a log scale
# The chart's own field names (Vega-Lite reads them from the data rows).
_Y, _COLOUR, _HOLLOW = "figure", "who", "is_hedged"


def figure_timeline(figures: pl.DataFrame, *, title: str) -> str:
    """One mark per figure at its first publication: one colour per source, ranges as bars from
    value to value_high, hedged figures hollow. Vague figures (no value) cannot be placed."""
    placed = figures.filter(pl.col(FigureCol.VALUE).is_not_null()).select(
        pl.col(FigureCol.FIRST_SEEN).cast(pl.String).alias("date"),
        pl.col(FigureCol.VALUE).alias(_Y),
        pl.coalesce(FigureCol.VALUE_HIGH, FigureCol.VALUE).alias("high"),
        pl.col(FigureCol.SOURCE).fill_null(NO_SOURCE).alias(_COLOUR),
        pl.col(FigureCol.HEDGED).fill_null(False).alias(_HOLLOW),
    )
    if placed.is_empty():
        return ""
    low, high = float(placed[_Y].min()), float(placed["high"].max())  # type: ignore[arg-type]
    log = low > 0 and high / low > _LOG_SPREAD
    y_scale = alt.Scale(type="log") if log else alt.Scale(zero=True)
    data = placed.to_dicts()
    base = alt.Chart(alt.Data(values=data)).encode(
        x=alt.X("date:T", title="first published (ingest date when unknown)"),
        color=alt.Color(
            f"{_COLOUR}:N",
            title="source of the figure",
            legend=alt.Legend(orient="bottom", columns=2, labelLimit=340),
        ),
    )
    y = alt.Y(f"{_Y}:Q", title="figure" + (" (log scale)" if log else ""), scale=y_scale)
    ranges = base.mark_rule(strokeWidth=6, opacity=0.55).encode(y=y, y2="high:Q")
    solid = base.transform_filter(f"!datum.{_HOLLOW}").mark_point(size=110, filled=True).encode(y=y)
    hollow = (
        base.transform_filter(f"datum.{_HOLLOW}")
        .mark_point(size=110, filled=False, strokeWidth=2)
        .encode(y=y)
    )
    chart = (ranges + solid + hollow).properties(width=WIDTH, height=320, title=title)
    return _svg(chart.to_dict())


def top_sources(sources: pl.DataFrame, *, n: int = 15) -> str:
    """Horizontal bars: the sources cited most often (claims and quotes), by kind."""
    top = (
        sources.with_columns(
            (pl.col(SourceCol.N_CLAIMS) + pl.col(SourceCol.N_QUOTES)).alias("mentions")
        )
        .sort(["mentions", SourceCol.NAME], descending=[True, False])
        .head(n)
        .select(SourceCol.NAME, SourceCol.KIND, "mentions")
    )
    if top.is_empty():
        return ""
    chart = (
        alt.Chart(alt.Data(values=top.to_dicts()))
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", title="claims and quotes"),
            y=alt.Y(f"{SourceCol.NAME}:N", sort="-x", title=None),
            color=alt.Color(f"{SourceCol.KIND}:N", title="kind of source"),
        )
        .properties(width=WIDTH - 260, height=18 * top.height, title="Most cited sources")
    )
    return _svg(chart.to_dict())


# The first rendering starts vl-convert's JavaScript engine: ~0.6 s, which a run would otherwise
# spend at its end, on one core, while the report waits. ``warm_up`` starts it in the background.
_WARM_UP_SPEC = {"mark": "point", "data": {"values": [{"x": 1}]}}
_warming: threading.Thread | None = None
_warm_lock = threading.Lock()


def warm_up() -> None:
    """Start the chart renderer in a background thread now (once a process); rendering waits
    for it, so the two never render at the same time."""
    global _warming
    with _warm_lock:
        if _warming is None:
            _warming = threading.Thread(
                target=vl_convert.vegalite_to_svg, args=(_WARM_UP_SPEC,), daemon=True
            )
            _warming.start()


def _svg(spec: dict[str, Any]) -> str:
    if _warming is not None:
        _warming.join()
    svg = vl_convert.vegalite_to_svg(spec)
    # The XML declaration is not allowed inside HTML; the <svg> element is.
    return svg[svg.index("<svg") :] if "<svg" in svg else svg
