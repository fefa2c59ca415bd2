"""claimflow claims, figures, sources and report as a user types them, on the published seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tasks.known_sources import built_in
from tasks.store.reconcile import reconcile
from tasks.store.records import RunInfo


@pytest.fixture(scope="module")
def root(published_seeds: Path) -> Path:
    reconcile(published_seeds, built_in(), RunInfo(run_id="cli"))
    return published_seeds


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_figures_prints_each_sources_figures_and_a_summary_per_unit(root: Path) -> None:
    code, out, _ = _run(
        "figures", "-d", str(root), "--actor", "North Korea", "--type", "troop_count"
    )
    assert code == 0
    assert "Defence Intelligence of Ukraine" in out and "Mark Rutte" in out
    assert out.strip().splitlines()[-1] == (
        "6 figures: persons 3,000 to 12,000; plus 1 vague; from 4 distinct sources (0 unattributed)"
    )


def test_disagreements_show_the_spread_and_who_moved(root: Path) -> None:
    code, out, _ = _run("figures", "-d", str(root), "--actor", "north korea", "--type",
                        "troop_count", "--disagreements")  # fmt: skip
    assert code == 0
    assert "spread (persons): 3,000 to 12,000, 4.0x across 3 sources" in out
    assert "moved: Defence Intelligence of Ukraine from 11,000 to 12,000" in out


def test_claims_as_json_and_csv_with_outlet_date_and_sentence(root: Path) -> None:
    code, out, err = _run("claims", "-d", str(root), "--actor", "North Korea", "--type",
                          "troop_count", "--format", "json")  # fmt: skip
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 6 and {"outlet", "date", "sentence", "source_id"} <= set(rows[0])
    assert "6 claims" in err  # the summary goes to stderr, so stdout stays valid JSON
    code, out, _ = _run("claims", "-d", str(root), "--type", "troop_count", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("quantity_text,value,")


def test_since_and_until_filter_by_date(root: Path) -> None:
    code, out, _ = _run("claims", "-d", str(root), "--since", "2030-01-01")
    assert code == 0 and out.strip().endswith("no matching claims")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("claims", "--actor", "Narnia"),
            "no claims about 'Narnia'; actors with the most claims: ",
        ),
        (("figures", "--type", "rumour"), "unknown --type 'rumour'; claim types: troop_count,"),
        (("figures", "--actor", "Russia", "--disagreements"), "needs one --actor and one --type"),
        (("claims", "--since", "2024-02-01", "--until", "2024-01-01"), "is after --until"),
    ],
)
def test_mistakes_are_one_line_listing_what_exists(
    root: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = _run(*args, "-d", str(root))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1, err


def test_a_data_root_without_tables_is_one_line(tmp_path: Path) -> None:
    code, _, err = _run("figures", "-d", str(tmp_path / "nowhere"))
    assert code == 2 and err.startswith("no claimflow tables under ")


def test_sources_lists_one_name_per_source_with_its_spellings(root: Path) -> None:
    code, out, _ = _run("sources", "-d", str(root), "--format", "json")
    assert code == 0
    by_name = {r["name"]: r for r in json.loads(out)}
    assert by_name["Mark Rutte"]["kind"] == "person"
    assert "Defence Intelligence of Ukraine" in by_name


def test_report_writes_one_offline_file(root: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "r.html"
    code, out, _ = _run("report", "-d", str(root), "--actor", "North Korea", "--type",
                        "troop_count", "-o", str(out_file))  # fmt: skip
    assert code == 0 and "opens offline" in out
    page = out_file.read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page and "id='disagreements'" in page
