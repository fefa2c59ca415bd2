"""Feeds (RSS 0.9x/1.0/2.0, Atom) to entries, and URLs to their canonical form.

A feed is parsed from bytes we fetched ourselves (feedparser is never handed a URL or a path,
which it would open). Before feedparser sees them, the bytes go through defusedxml, which refuses
any entity declaration: no entity is ever expanded, so XXE (``<!ENTITY x SYSTEM "file:...">``)
and billion laughs cannot happen (docs/RELIABILITY.md #38-39). An external DTD reference alone (the
classic RSS 0.91 doctype) is harmless: neither parser loads it.
"""

from __future__ import annotations

import calendar
import io
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urldefrag, urljoin, urlsplit
from xml.etree.ElementTree import ParseError

import courlan
import defusedxml
import defusedxml.ElementTree
import feedparser

_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")


class UnusableFeed(ValueError):
    """The bytes are not a feed we can use; ``reason`` is ``kind: detail``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where the article is, and what the feed says about it."""

    url: str  # canonical
    title: str | None = None
    published_at: str | None = None  # ISO 8601 UTC
    outlet: str | None = None  # the feed's title


def canonical_url(url: str) -> str:
    """``url`` without tracking parameters or fragment, scheme and host lowercased, default
    port dropped: the same story reached from two feeds is one ``source_uri``."""
    try:
        normal = courlan.normalize_url(url.strip())
    except ValueError:  # courlan rejects some malformed URLs; keep them as given
        normal = url.strip()
    return urldefrag(normal)[0]


def looks_like_feed(raw: bytes) -> bool:
    """Whether the first 2 KB show a feed's root element (a feed served as text/html)."""
    return _FEED_ROOT.search(raw[:2048]) is not None


def refuse_entities(raw: bytes) -> None:
    """Raise UnusableFeed when the document declares an entity (internal or external)."""
    try:
        defusedxml.ElementTree.fromstring(
            raw, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except defusedxml.DefusedXmlException as exc:
        raise UnusableFeed(f"unsafe_xml: {type(exc).__name__}: {exc}") from exc
    except ParseError:
        # Not well-formed: feedparser's lenient parser may still read it, but not if it declares
        # entities (an encoding defusedxml could not read is decoded leniently to look).
        if _ENTITY_DECL.search(raw.decode("utf-8", "replace")):
            raise UnusableFeed("unsafe_xml: entity declaration in a malformed feed") from None


def parse_feed(raw: bytes, *, base_url: str) -> list[FeedEntry]:
    """The entries of a feed with a link, in feed order, links resolved against ``base_url``."""
    refuse_entities(raw)
    parsed = feedparser.parse(
        io.BytesIO(raw),
        response_headers={"content-location": base_url},
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    if not parsed.get("version") and not parsed.entries:
        detail = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise UnusableFeed(f"unparseable: not a feed: {detail}")
    outlet = _text(parsed.feed.get("title"))
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for item in parsed.entries:
        link = _text(item.get("link"))
        if not link:
            continue
        url = canonical_url(urljoin(base_url, link))
        if urlsplit(url).scheme not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        entries.append(
            FeedEntry(
                url=url,
                title=_text(item.get("title")),
                published_at=_iso(item.get("published_parsed") or item.get("updated_parsed")),
                outlet=outlet,
            )
        )
    return entries


def _text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _iso(moment: time.struct_time | None) -> str | None:
    """feedparser's parsed dates are UTC struct_times."""
    if moment is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(moment), tz=UTC).isoformat()
