"""`claimflow run URL` as a user runs it, against a real local site: a feed's articles published
with outlet and date, an unchanged feed costing one request, failures retried by Prefect or
quarantined with their reason, and a private address refused in one line."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from deltalake import DeltaTable

from tests.flows.conftest import CLAIMFLOW
from tests.sites.web import Site, serve_site

pytestmark = pytest.mark.slow


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


def _run(
    source: str, tmp_path: Path, *args: str, private: bool = True, **env: str
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "CLAIMFLOW_"))}
    home = tmp_path / "prefect-home"
    home.mkdir(exist_ok=True)
    base |= {"PREFECT_HOME": str(home), "CLAIMFLOW_FETCH_DELAY": "0", **env}
    if private:
        base["CLAIMFLOW_ALLOW_PRIVATE_HOSTS"] = "1"
    cmd = [str(CLAIMFLOW), "run", source, "--data-root", str(tmp_path / "data"), "--json", *args]
    return subprocess.run(cmd, env=base, capture_output=True, text=True, timeout=600)


def _report(out: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert out.returncode == 0, out.stderr[-4000:]
    return json.loads(out.stdout[out.stdout.index("{") :])  # type: ignore[no-any-return]


def _table(tmp_path: Path, name: str) -> pl.DataFrame:
    return pl.read_delta(str(tmp_path / "data" / name))


def test_a_feed_publishes_its_articles_and_an_unchanged_feed_costs_one_request(
    site: Site, tmp_path: Path
) -> None:
    report = _report(_run(site.url("/feed.xml"), tmp_path))
    assert report["counts"]["articles_new"] == 3
    articles = _table(tmp_path, "articles").sort("published_at")
    assert articles["source_uri"].to_list() == [
        site.url(f"/articles/{name}.html") for name in ("one", "two", "three")
    ]
    assert articles["outlet"].to_list() == ["Valley Courier"] * 3
    assert [str(t) for t in articles["published_at"]] == [
        "2024-11-04 08:30:00+00:00",
        "2024-11-05 10:00:00+00:00",
        "2024-11-06 07:15:00+00:00",
    ]
    assert articles["title"][0] == "Floods displace 12,000 people in river valley"
    claims = _table(tmp_path, "claims")
    assert set(claims["article_id"]) == set(articles["article_id"])
    assert "about 12,000" in claims["quantity_text"].to_list()
    # One request per story: the one the feed links twice is fetched once, without the trackers.
    assert sorted(site.paths()) == [
        "/articles/one.html",
        "/articles/three.html",
        "/articles/two.html",
        "/feed.xml",
    ]
    assert all(seen.headers["User-Agent"].startswith("claimflow/") for seen in site.requests)
    state = _table(tmp_path, "fetch_state")
    assert state.height == 4 and set(state["etag"]) == {'"v1"'}

    versions = {t: DeltaTable(str(tmp_path / "data" / t)).version() for t in ("articles", "claims")}
    before = len(site.requests)
    again = _report(_run(site.url("/feed.xml"), tmp_path))
    assert again["counts"]["articles_new"] == 0 and again["counts"]["documents"] == 0
    assert [s.path for s in site.requests[before:]] == ["/feed.xml"]
    assert site.requests[before].headers["If-None-Match"] == '"v1"'
    assert {t: DeltaTable(str(tmp_path / "data" / t)).version() for t in versions} == versions


def test_without_the_setting_a_private_url_is_refused_in_one_line(
    site: Site, tmp_path: Path
) -> None:
    out = _run(site.url("/feed.xml"), tmp_path, private=False)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        f"refused {site.url('/feed.xml')}: refused_host: 127.0.0.1 is 127.0.0.1, a private or "
        "loopback address (set CLAIMFLOW_ALLOW_PRIVATE_HOSTS=1 to allow)"
    ]
    assert site.requests == [] and not (tmp_path / "data").exists()


def test_failing_entries_are_retried_or_quarantined_with_their_reason(
    site: Site, tmp_path: Path
) -> None:
    site.slow_seconds = 4.0
    out = _run(
        site.url("/feed-mixed.xml"),
        tmp_path,
        "--max-doc-bytes",
        "1000000",
        CLAIMFLOW_FETCH_TIMEOUT="1",
    )
    report = _report(out)
    assert report["counts"]["articles_new"] == 2
    # 500 then 200: Prefect retried the task run and the page was published.
    assert site.hits["/flaky.html"] == 2
    flaky = _table(tmp_path, "articles").filter(pl.col("source_uri") == site.url("/flaky.html"))
    assert flaky["title"].to_list() == ["Flaky"]  # the feed's title for its entry
    assert "600 soldiers and 45 boats" in flaky["text"][0]
    held = {
        row["source_uri"].removeprefix(site.base): row["reasons"][0]
        for row in _table(tmp_path, "quarantine").iter_rows(named=True)
    }
    assert held["/missing.html"].startswith("http_404")
    assert held["/photo.html"].startswith("unwanted_type: image/png")
    assert held["/big.html"].startswith("too_large: more than 1000000 bytes")
    assert held["/metadata.html"].startswith("refused_host: 169.254.169.254")
    assert held["/slow.html"].startswith("timeout") and held["/slow.html"].endswith(
        "(after retries)"
    )
    assert site.hits["/slow.html"] == 4  # tried, then retried three times
    assert site.hits["/missing.html"] == 1  # a 404 is not retried
    # An entry failed only for now: the feed keeps no validators, so the next run asks again.
    assert (
        site.url("/feed-mixed.xml") not in _table(tmp_path, "fetch_state")["source_uri"].to_list()
    )


def test_a_urls_file_reads_pages_and_quarantines_what_it_may_not_fetch(
    site: Site, tmp_path: Path
) -> None:
    # A list is a scheduled source: a refused URL in it is quarantined, the rest goes on.
    listing = tmp_path / "reading.urls"
    listing.write_text(
        f"# morning reading\n{site.url('/articles/two.html?utm_source=x')}\n"
        "http://169.254.169.254/latest/meta-data/\nfile:///etc/passwd\n",
        encoding="utf-8",
    )
    report = _report(_run(str(listing), tmp_path))
    assert report["counts"]["articles_new"] == 1
    (article,) = _table(tmp_path, "articles").iter_rows(named=True)
    assert article["source_uri"] == site.url("/articles/two.html")
    assert article["outlet"] == "Valley Courier" and str(article["published_at"]).startswith(
        "2024-11-05"
    )
    held = {
        row["source_uri"]: row["reasons"][0]
        for row in _table(tmp_path, "quarantine").iter_rows(named=True)
    }
    assert held["http://169.254.169.254/latest/meta-data/"].startswith("refused_host")
    assert held["file:///etc/passwd"].startswith("refused_scheme: file")
    assert site.paths() == ["/articles/two.html?utm_source=x"]
