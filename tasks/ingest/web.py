"""URL sources: which sources are on the web, and fetched bytes to documents.

A source is on the web when it is a URL (a feed or a page, told apart by what the server sends)
or a ``.urls`` file listing URLs, one a line (``#`` starts a comment). A fetched page becomes a
RawDocument exactly as a local ``.html`` file does, under its canonical URL, with the feed entry's
title, date and outlet where the page has none. Fetching is ``fetch``'s job; retries and the
``fetch_state`` table belong to the flow.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

from tasks.documents import META_URL, FetchState, RawDocument, Rejected
from tasks.ingest.feeds import FeedEntry, canonical_url, looks_like_feed
from tasks.ingest.fetch import FEED_TYPES, HTML_TYPES, Fetched, FetchError, Validators
from tasks.ingest.read import read_bytes
from tasks.schema import ArticleCol as A

URL_LIST_SUFFIX = ".urls"
# A URL the user names may be a feed or a page; a feed's entry must be a page.
SOURCE_TYPES = HTML_TYPES | FEED_TYPES | {"text/plain"}
PAGE_TYPES = HTML_TYPES
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: str) -> bool:
    """Whether ``source`` is written as a URL (any scheme: fetching refuses all but http(s))."""
    return _SCHEME.match(source.strip()) is not None


def source_urls(source: str) -> list[str] | None:
    """The URLs a web source names, in order and without repeats; None for a local source."""
    if is_url(source):
        return [source.strip()]
    path = Path(source)
    if path.suffix.lower() != URL_LIST_SUFFIX or not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    return list(dict.fromkeys(u for u in (_strip_comment(line) for line in lines) if u))


def _strip_comment(line: str) -> str:
    line = line.strip()
    return "" if line.startswith("#") else line


def is_feed(fetched: Fetched) -> bool:
    """Whether a response is a feed: by its declared type, or its root element when undeclared."""
    if fetched.content_type in FEED_TYPES:
        return True
    return fetched.content_type in (None, "text/plain", "text/html") and looks_like_feed(
        fetched.body
    )


def page_document(fetched: Fetched, entry: FeedEntry | None = None) -> RawDocument | Rejected:
    """A fetched page read like a local file; the feed ``entry`` fills title, date and outlet."""
    uri = canonical_url(fetched.final_url)
    fmt = "txt" if fetched.content_type == "text/plain" else "html"
    outcome = read_bytes(uri, fetched.body, fmt)
    if isinstance(outcome, Rejected):
        return outcome
    meta = dict(outcome.meta)
    meta[META_URL] = uri
    if entry is not None:
        meta[A.TITLE] = entry.title or meta.get(A.TITLE)
        meta[A.PUBLISHED_AT] = entry.published_at or meta.get(A.PUBLISHED_AT)
        meta[A.OUTLET] = meta.get(A.OUTLET) or entry.outlet
    return dataclasses.replace(outcome, meta=meta)


def url_rejected(url: str, reason: str) -> Rejected:
    """A URL that gave no document (refused, unreachable, not a page, not a usable feed)."""
    uri = canonical_url(url)
    kind = reason.split(":", 1)[0]
    record_id = hashlib.sha256(f"{uri}\x00{kind}".encode()).hexdigest()
    return Rejected(source_uri=uri, record_id=record_id, reasons=(reason,), record={"uri": uri})


def fetch_rejected(error: FetchError) -> Rejected:
    return url_rejected(error.url, error.reason)


def fetch_state(fetched: Fetched, previous: FetchState | None = None) -> FetchState:
    """The state to keep after ``fetched``; a 304 keeps the body hash of the last 200."""
    body_sha = hashlib.sha256(fetched.body).hexdigest() if not fetched.not_modified else None
    return FetchState(
        source_uri=canonical_url(fetched.url),
        final_url=fetched.final_url,
        status=fetched.status,
        etag=fetched.validators.etag or (previous.etag if previous else None),
        last_modified=fetched.validators.last_modified
        or (previous.last_modified if previous else None),
        content_sha256=body_sha or (previous.content_sha256 if previous else None),
        fetched_at=fetched.fetched_at,
    )


def validators(state: FetchState | None) -> Validators | None:
    """What to send back for a conditional GET of the URL ``state`` describes."""
    if state is None or not (state.etag or state.last_modified):
        return None
    return Validators(etag=state.etag, last_modified=state.last_modified)
