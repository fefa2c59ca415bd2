"""The report as a person sees it: one offline HTML file, opened in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest

from tasks.analysis.figures_report import pick_focus, render
from tasks.known_sources import built_in
from tasks.store.publish import read_table
from tasks.store.reconcile import reconcile
from tasks.store.views import held_claims
from tests.tasks.analysis.conftest import RUN

# Anything the page would fetch: scripts, stylesheets, images, fonts, frames.
_EXTERNAL = re.compile(
    r"<script|<link\b|<iframe|@import|url\(\s*['\"]?(?:https?:)?//|(?:src|href)\s*=\s*['\"]?(?:https?:)?//",
    re.IGNORECASE,
)
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
)  # fmt: skip


@pytest.fixture(scope="module")
def report(published_seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    reconcile(published_seeds, built_in(), RUN)
    page = render(
        read_table(published_seeds, "figures"),
        read_table(published_seeds, "sources"),
        read_table(published_seeds, "quarantine"),
    )
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def test_the_seeds_report_focuses_on_north_korean_troops_and_needs_no_network(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert not _EXTERNAL.search(page), _EXTERNAL.search(page)
    assert "troop count about North Korea" in page
    timeline = page[page.index("id='timeline'") :]
    assert timeline.index("<svg") < timeline.index("</figure>")


def _chromium(*args: str, user_dir: Path) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        pytest.skip("chromium not installed: .ci/run installs it (apt-get install chromium)")
    return subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={user_dir}", *args],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip


def test_chromium_shows_the_chart_and_the_disagreement_table(report: Path, tmp_path: Path) -> None:
    dom = _chromium("--dump-dom", report.as_uri(), user_dir=tmp_path / "profile").stdout
    timeline = dom[dom.index('id="timeline"') :]
    svg = timeline[: timeline.index("</svg>")]
    assert svg.count('class="mark-symbol') >= 1 and svg.count("<path") >= 4  # the marks
    table = dom[
        dom.index('id="disagreements"') : dom.index("</table>", dom.index('id="disagreements"'))
    ]
    for cell in ("Defence Intelligence of Ukraine", "12,000", "multiple sources", "Mark Rutte"):
        assert cell in table
    shot = tmp_path / "report.png"
    _chromium("--window-size=1200,1800", f"--screenshot={shot}", report.as_uri(),
              user_dir=tmp_path / "profile2")  # fmt: skip
    # A blank white page of this size compresses to a few kB; charts and tables do not.
    assert shot.stat().st_size > 60_000


def test_focus_and_held_claims() -> None:
    figures = pl.DataFrame(
        {
            "actor": ["Russia", "North Korea", "North Korea", None],
            "claim_type": ["money", "troop_count", "troop_count", "troop_count"],
            "source_id": ["s1", "s1", "s2", "s3"],
        }  # fmt: skip
    )
    assert pick_focus(figures) == ("North Korea", "troop_count")
    held = pl.DataFrame(
        {
            "dataset": ["claims", "claims", "quotes"],
            "record": [
                '{"actor": "North Korea", "claim_type": "troop_count", "quantity_text": "5"}',
                '{"actor": "Russia", "claim_type": "troop_count"}',
                "{}",
            ],
            "reasons": [["claims.sourced_count_has_source"], ["x"], ["y"]],
            "source_uri": ["a", "b", "c"],
        }  # fmt: skip
    )
    got = held_claims(held, actor="north korea", claim_type="troop_count")
    assert got["quantity_text"].to_list() == ["5"]


def test_the_renderer_warms_up_once_in_the_background_and_charts_still_render() -> None:
    from tasks.analysis import charts

    charts.warm_up()
    first = charts._warming
    assert first is not None
    charts.warm_up()
    assert charts._warming is first  # once a process
    svg = charts._svg({"mark": "bar", "data": {"values": [{"x": 2}]}})
    assert svg.startswith("<svg") and not first.is_alive()  # rendering waited for it
