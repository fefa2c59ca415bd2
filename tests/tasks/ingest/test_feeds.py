"""Feeds parsed from fetched bytes: RSS 0.91/1.0/2.0 and Atom, canonical links, and no entity
ever expanded (XXE, billion laughs; docs/RELIABILITY.md #38-39)."""

from __future__ import annotations

import resource
import time

import pytest

from tasks.ingest.feeds import UnusableFeed, canonical_url, parse_feed
from tasks.ingest.fetch import FEED_TYPES, FetchPolicy, fetch
from tests.sites.web import Site

LOCAL = FetchPolicy(allow_private=True)


def _feed(site: Site, path: str) -> bytes:
    return fetch(site.url(path), policy=LOCAL, accept=FEED_TYPES).body


def test_rss2_entries_have_canonical_links_titles_dates_and_outlet(site: Site) -> None:
    entries = parse_feed(_feed(site, "/feed.xml"), base_url=site.url("/feed.xml"))
    # Four items, three articles: the item shared with tracking parameters is the same story.
    assert [e.url for e in entries] == [
        site.url("/articles/one.html"),  # utm_* dropped
        site.url("/articles/two.html"),  # relative link resolved against the feed
        site.url("/articles/three.html"),  # fragment dropped
    ]
    assert entries[0].title == "Floods displace 12,000 people in river valley"
    assert entries[1].published_at == "2024-11-05T10:00:00+00:00"
    assert {e.outlet for e in entries} == {"Valley Courier"}


def test_atom_dates_become_utc(site: Site) -> None:
    entries = parse_feed(_feed(site, "/atom.xml"), base_url=site.url("/atom.xml"))
    assert [e.url for e in entries] == [
        site.url("/articles/one.html"),
        site.url("/articles/two.html"),
    ]
    assert entries[0].published_at == "2024-11-04T08:30:00+00:00"  # published beats updated
    assert entries[1].published_at == "2024-11-05T09:00:00+00:00"  # +01:00 in the feed
    assert entries[0].outlet == "Valley Courier (Atom)"


def test_rss1_rdf(site: Site) -> None:
    (entry,) = parse_feed(_feed(site, "/rdf.xml"), base_url=site.url("/rdf.xml"))
    assert entry.url == site.url("/articles/three.html")
    assert entry.published_at == "2024-11-06T07:15:00+00:00"


def test_an_external_dtd_is_never_loaded(site: Site) -> None:
    (entry,) = parse_feed(_feed(site, "/feed-dtd.xml"), base_url=site.url("/feed-dtd.xml"))
    assert entry.title == "Valley farmers count the cost of the floods"
    assert site.hits["/evil.dtd"] == 0


def test_xxe_is_refused_and_nothing_is_read(site: Site) -> None:
    with pytest.raises(UnusableFeed) as err:
        parse_feed(_feed(site, "/feed-xxe.xml"), base_url=site.url("/feed-xxe.xml"))
    assert err.value.reason.startswith("unsafe_xml: EntitiesForbidden")
    assert "root:" not in err.value.reason  # no line of /etc/passwd
    assert site.hits["/secret.txt"] == 0


def test_billion_laughs_is_refused_in_bounded_time_and_memory(site: Site) -> None:
    raw = _feed(site, "/feed-bomb.xml")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    with pytest.raises(UnusableFeed, match="unsafe_xml"):
        parse_feed(raw, base_url=site.url("/feed-bomb.xml"))
    assert time.monotonic() - start < 1.0
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 50_000  # expanded, lol9 would be 3 GB of "lol"


def test_entity_declarations_in_a_malformed_feed_are_refused_too() -> None:
    # The bare "&" breaks the XML before the declaration: feedparser's lenient parser would go on.
    raw = b'<rss version="2.0"><channel><title>Fish & chips</title><!DOCTYPE r [<!ENTITY x "y">]>'
    with pytest.raises(UnusableFeed, match="entity declaration in a malformed feed"):
        parse_feed(raw, base_url="http://a.b/feed")


def test_a_page_is_not_a_feed(site: Site) -> None:
    page = fetch(site.url("/articles/one.html"), policy=LOCAL, accept=frozenset({"text/html"}))
    with pytest.raises(UnusableFeed, match="unparseable: not a feed"):
        parse_feed(page.body, base_url=page.url)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "https://Example.ORG/a/story.html?utm_source=x&utm_medium=y",
            "https://example.org/a/story.html",
        ),
        ("https://example.org/story?id=5&fbclid=abc#top", "https://example.org/story?id=5"),
        ("http://example.org:80/story", "http://example.org/story"),
        ("https://example.org:8443/story", "https://example.org:8443/story"),
        # Parameters that name the story stay: two stories must not become one.
        ("https://example.org/index.php?p=123", "https://example.org/index.php?p=123"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical
