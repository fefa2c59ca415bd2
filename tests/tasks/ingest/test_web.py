"""Web sources: which sources are URLs, and fetched pages read like local HTML files."""

from __future__ import annotations

from pathlib import Path

from tasks.documents import RawDocument, Rejected
from tasks.ingest.feeds import FeedEntry
from tasks.ingest.fetch import FetchPolicy, fetch
from tasks.ingest.web import (
    SOURCE_TYPES,
    fetch_state,
    is_feed,
    page_document,
    source_urls,
    url_rejected,
    validators,
)
from tests.sites.web import Site

LOCAL = FetchPolicy(allow_private=True)


def test_a_url_is_its_own_source_and_a_folder_is_not(tmp_path: Path) -> None:
    assert source_urls("https://example.org/feed.xml") == ["https://example.org/feed.xml"]
    assert source_urls("file:///etc/passwd") == ["file:///etc/passwd"]  # refused when fetched
    assert source_urls(str(tmp_path)) is None
    assert source_urls(str(tmp_path / "missing.urls")) is None


def test_a_urls_file_lists_one_url_a_line(tmp_path: Path) -> None:
    listing = tmp_path / "reading.urls"
    listing.write_text(
        "\ufeff# morning reading\nhttps://a.org/feed.xml\n\n  https://b.org/story.html  \n"
        "https://a.org/feed.xml\n",
        encoding="utf-8",
    )
    assert source_urls(str(listing)) == ["https://a.org/feed.xml", "https://b.org/story.html"]


def test_a_page_from_a_feed_gets_the_entrys_title_date_and_the_pages_outlet(site: Site) -> None:
    fetched = fetch(
        site.url("/articles/two.html?utm_source=rss"), policy=LOCAL, accept=SOURCE_TYPES
    )
    entry = FeedEntry(
        url=site.url("/articles/two.html"),
        title="Rescuers reach cut-off villages",
        published_at="2024-11-05T10:00:00+00:00",
        outlet="Valley Courier feed",
    )
    doc = page_document(fetched, entry)
    assert isinstance(doc, RawDocument)
    assert doc.source_uri == site.url("/articles/two.html")
    assert doc.meta["title"] == "Rescuers reach cut-off villages"
    assert doc.meta["published_at"] == "2024-11-05T10:00:00+00:00"
    assert doc.meta["outlet"] == "Valley Courier"  # the page's site name beats the feed's title
    assert "600 soldiers and 45 boats" in doc.text and "Copyright" not in doc.text


def test_a_page_alone_keeps_its_own_metadata(site: Site) -> None:
    doc = page_document(fetch(site.url("/articles/one.html"), policy=LOCAL, accept=SOURCE_TYPES))
    assert isinstance(doc, RawDocument)
    assert doc.meta["outlet"] == "Valley Courier"
    assert doc.meta["published_at"] == "2024-11-04T00:00:00+00:00"  # trafilatura keeps the day
    assert doc.meta["title"].startswith("Floods displace 12,000 people")


def test_png_bytes_labelled_html_are_rejected_as_binary(site: Site) -> None:
    doc = page_document(fetch(site.url("/mislabelled.html"), policy=LOCAL, accept=SOURCE_TYPES))
    assert isinstance(doc, Rejected) and doc.reasons == ("binary: png",)


def test_feeds_are_told_from_pages(site: Site) -> None:
    assert is_feed(fetch(site.url("/feed.xml"), policy=LOCAL, accept=SOURCE_TYPES))
    assert is_feed(fetch(site.url("/atom.xml"), policy=LOCAL, accept=SOURCE_TYPES))
    assert not is_feed(fetch(site.url("/articles/one.html"), policy=LOCAL, accept=SOURCE_TYPES))


def test_a_refused_url_is_one_quarantine_record_per_url_and_reason() -> None:
    one = url_rejected(
        "https://a.org/x.html?utm_source=y", "http_404: Not Found at https://a.org/x.html"
    )
    again = url_rejected("https://a.org/x.html", "http_404: Not Found")
    other = url_rejected("https://a.org/x.html", "too_large: more than 5 bytes")
    assert one.source_uri == "https://a.org/x.html" and one.record_id == again.record_id
    assert other.record_id != one.record_id


def test_a_304_keeps_the_last_bodys_hash_and_validators(site: Site) -> None:
    first = fetch(site.url("/feed.xml?utm_source=x"), policy=LOCAL, accept=SOURCE_TYPES)
    state = fetch_state(first)
    assert (
        state.source_uri == site.url("/feed.xml") and state.status == 200 and state.etag == '"v1"'
    )
    again = fetch(
        site.url("/feed.xml"), policy=LOCAL, accept=SOURCE_TYPES, validators=validators(state)
    )
    kept = fetch_state(again, state)
    assert kept.status == 304 and kept.content_sha256 == state.content_sha256
    assert kept.last_modified == state.last_modified and kept.fetched_at > state.fetched_at
    assert validators(None) is None
