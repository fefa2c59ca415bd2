"""Publication date and outlet: common date forms, URL dates and hosts, the text's own credits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tasks.documents import DocRef
from tasks.ingest.batch import ingest_batch
from tasks.ingest.metadata import (
    article_meta,
    date_from_url,
    parse_date,
    split_front_matter,
    wire_credit,
)
from tasks.known_sources import built_in
from tests.conftest import shared_path

NOW = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("October 31, 2024", datetime(2024, 10, 31, tzinfo=UTC)),
        ("Dec 18, 2024", datetime(2024, 12, 18, tzinfo=UTC)),
        ("31 October 2024", datetime(2024, 10, 31, tzinfo=UTC)),
        ("31/10/2024", datetime(2024, 10, 31, tzinfo=UTC)),  # day first: 31 cannot be a month
        ("10/31/2024", datetime(2024, 10, 31, tzinfo=UTC)),  # month first: 31 cannot be a month
        ("2024/10/31", datetime(2024, 10, 31, tzinfo=UTC)),
        ("2024-10-31", datetime(2024, 10, 31, tzinfo=UTC)),
        ("2024-10-31T12:00:00+02:00", datetime(2024, 10, 31, 10, tzinfo=UTC)),  # to UTC
        ("2024-10-31T12:00:00Z", datetime(2024, 10, 31, 12, tzinfo=UTC)),
        ("2024-10-31 12:00", datetime(2024, 10, 31, 12, tzinfo=UTC)),  # no zone: taken as UTC
        ("Thu, 31 Oct 2024 10:00:00 GMT", datetime(2024, 10, 31, 10, tzinfo=UTC)),
        (date(2024, 10, 31), datetime(2024, 10, 31, tzinfo=UTC)),  # YAML reads dates itself
    ],
)
def test_common_date_forms_parse_to_utc(text: str | date, expected: datetime) -> None:
    assert parse_date(text, now=NOW) == (expected, None)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("unknown", "gives no date"),
        ("Oct 28", "not a full date"),  # no year: never the current year silently
        ("October 2024", "not a full date"),
        ("the day before yesterday", "cannot read"),
        ("2031-01-01", "not a plausible"),  # in the future of the run
    ],
)
def test_unusable_dates_say_why(text: str, why: str) -> None:
    moment, problem = parse_date(text, now=NOW)
    assert moment is None
    assert problem is not None and why in problem


def test_a_date_that_reads_both_ways_is_taken_day_first_and_says_so() -> None:
    moment, note = parse_date("03/04/2024", now=NOW)
    assert moment == datetime(2024, 4, 3, tzinfo=UTC)
    assert note is not None and "day/month" in note


def test_an_unparseable_date_becomes_a_warning_not_silence() -> None:
    meta = article_meta({"title": "T", "date": "Octobre 3 deux mille"})
    assert meta["published_at"] is None
    assert meta["metadata_warnings"] == ["date: cannot read 'Octobre 3 deux mille' as a date"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.theguardian.com/law/2026/feb/02/more-than-100000", date(2026, 2, 2)),
        ("https://aljazeera.com/news/2026/2/7/us-has-given-ukraine", date(2026, 2, 7)),
        ("https://reuters.com/world/europe/kremlin-says-2025-02-10", date(2025, 2, 10)),
        ("https://www.icij.org/news/2026/02/hong-kong-firms", None),  # month only
        ("https://www.bbc.com/news/articles/cvgj9p15y87o", None),
        (None, None),
    ],
)
def test_the_date_in_a_news_url(url: str | None, expected: date | None) -> None:
    assert date_from_url(url) == expected


def test_the_url_date_wins_over_a_disagreeing_field_with_a_warning() -> None:
    # A crawler's date field is often the crawl date; the URL is written when the story is filed.
    meta = article_meta(
        {"date": "2019-06-28", "source": "https://reuters.com/world/europe/talks-2025-02-10"},
        hosts=built_in().hosts(),
    )
    assert meta["published_at"] == "2025-02-10T00:00:00+00:00"
    assert meta["outlet"] == "Reuters"  # the host, as the curated list names it
    assert meta["metadata_warnings"] == [
        "date: 2019-06-28 disagrees with the URL's 2025-02-10; the URL's is kept"
    ]


@pytest.mark.parametrize(
    ("fields", "outlet"),
    [
        ({"outlet": "Kyiv Post"}, "Kyiv Post"),
        ({"publisher": {"name": "Example Wire"}}, "Example Wire"),  # JSON-LD publisher object
        ({"source": "Example Daily"}, "Example Daily"),  # "source" naming the outlet, not a URL
        ({"url": "https://news.northeastern.edu/2026/02/23/x/"}, "Northeastern Global News"),
        ({"url": "https://www.bbc.co.uk/news/world-1"}, "BBC News"),  # a subdomain's parent
        ({"url": "https://unknown-site.example/a"}, None),
    ],
)
def test_outlet_from_fields_or_the_urls_host(fields: dict, outlet: str | None) -> None:
    assert article_meta(fields, hosts=built_in().hosts())["outlet"] == outlet


@pytest.mark.parametrize(
    ("lead", "wire"),
    [
        ("KYIV, Oct 28 (Reuters) - Russia launched", "Reuters"),
        ("Feb 10 (Reuters) - Moscow is yet to", "Reuters"),
        ("WASHINGTON (AP) — The Pentagon said", "AP"),
        ("Kyiv (Ukraine) is a city of three million.", None),  # no dash: not a credit
    ],
)
def test_wire_credit_in_the_lead(lead: str, wire: str | None) -> None:
    assert wire_credit([lead]) == wire


def test_front_matter_after_a_title_line_is_stripped_and_read(tmp_path: Path) -> None:
    # Issue 10: this block survived cleaning and yielded false claims ("word_count: 1545").
    path = tmp_path / "crawl.txt"
    path.write_text(
        "Russia strikes Kyiv overnight\n"
        "---\n"
        'title: "Russia strikes Kyiv overnight | Example"\n'
        "source: https://www.aljazeera.com/news/2026/2/10/russia-strikes-kyiv\n"
        "date: February 10, 2026\n"
        "word_count: 1545\n"
        "---\n"
        "Russia launched 40 drones at Kyiv overnight, the Ukrainian Air Force said on Tuesday. "
        "Officials said the attack damaged two schools and a hospital in the capital.\n",
        encoding="utf-8",
    )
    got = ingest_batch(
        [DocRef(uri=str(path), size=path.stat().st_size, mtime=0.0)], max_bytes=10**6
    )
    (article,) = got.articles
    assert article.title == "Russia strikes Kyiv overnight"
    assert "word_count" not in article.text and "source:" not in article.text
    assert article.text.startswith("Russia launched 40 drones")
    assert (article.outlet, article.published_at) == (
        "Al Jazeera",
        datetime(2026, 2, 10, tzinfo=UTC),
    )


def test_a_markdown_rule_around_prose_is_not_front_matter() -> None:
    text = "Para one.\n---\nNote: figures are provisional\n---\nPara two.\n"
    assert split_front_matter(text) == (text, {})


def test_every_front_matter_block_goes_and_the_first_value_wins() -> None:
    text = (
        "---\ntitle: A\ndate: 2026-01-02\n---\nHead\n---\ntitle: B\ntags:\n- x\n- y\n---\nBody.\n"
    )
    body, fields = split_front_matter(text)
    assert body == "Head\nBody.\n"
    assert fields["title"] == "A" and fields["tags"] == ["x", "y"]


def test_a_sign_off_date_is_a_date_not_an_outlet(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    body = "Russia launched 40 drones at Kyiv overnight, officials said on a cold Tuesday morning."
    path.write_text(f"Drones hit Kyiv\n{body}\nThis article was published on October 31, 2024.\n")
    got = ingest_batch(
        [DocRef(uri=str(path), size=path.stat().st_size, mtime=0.0)], max_bytes=10**6
    )
    (article,) = got.articles
    assert article.outlet is None
    assert article.published_at == datetime(2024, 10, 31, tzinfo=UTC)


def test_domain_web_articles_get_date_and_outlet_wherever_front_matter_has_them() -> None:
    folder = shared_path("corpus", "domain")
    paths = sorted(folder.glob("web2026_*.md"))
    refs = [DocRef(uri=str(p), size=p.stat().st_size, mtime=0.0) for p in paths]
    got = ingest_batch(refs, max_bytes=10**7)
    assert len(got.articles) == len(paths) == 21
    dated = {p.name for p in paths if "\ndate: unknown" not in p.read_text(encoding="utf-8")[:800]}
    by_name = {Path(a.source_uri).name: a for a in got.articles}
    assert all(a.outlet for a in got.articles), [n for n, a in by_name.items() if not a.outlet]
    assert {n for n, a in by_name.items() if a.published_at} >= dated
    # "date: unknown" is said, not swallowed; the Guardian's URL still dates its story.
    assert by_name["web2026_013.md"].published_at == datetime(2026, 2, 2, tzinfo=UTC)
    assert any("no date" in w for w in by_name["web2026_053.md"].metadata_warnings)
    assert by_name["web2026_033.md"].published_at == datetime(2025, 2, 10, tzinfo=UTC)
