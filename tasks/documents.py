"""The in-memory records that flow between stages, before they become dataset rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

# Documents larger than this are quarantined unread, unless a run sets its own cap.
MAX_DOC_BYTES: Final = 5 * 1024 * 1024
META_URL: Final = "url"  # the page's own url, in a RawDocument's meta (not an article column)


@dataclass(frozen=True)
class DocRef:
    """A candidate document found by discovery: a file, or one line of a JSONL file."""

    uri: str
    size: int
    mtime: float
    line: int | None = None  # 1-based line number inside a JSONL file
    # The input root it was found under: the reader refuses a path that resolves outside it
    # (a symlink escaping the input folder). None when the file was named explicitly.
    root: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """A document decoded to text (BOM stripped, newlines normalised), before cleaning."""

    source_uri: str
    text: str
    raw_sha256: str
    fmt: str  # txt | md | html | jsonl
    # The article columns the format names (title, published_at, outlet), and META_URL.
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejected:
    """A document that could not become an article, with why. Goes to quarantine."""

    source_uri: str
    record_id: str  # stable: sha256 of the raw bytes (or of uri + size when unread)
    reasons: tuple[
        str, ...
    ]  # e.g. ("empty",), ("binary",), ("too_large: 6000000 > 5242880 bytes",)
    record: dict[str, Any] = field(default_factory=dict)  # what is known about it, JSON-able


@dataclass(frozen=True)
class CleanArticle:
    """A cleaned article: body text with paragraphs separated by blank lines, metadata apart."""

    source_uri: str
    raw_sha256: str
    text: str
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published_at: datetime | None = None  # UTC
    language: str = "en"
    headings: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    metadata_warnings: tuple[str, ...] = ()  # a date or outlet found but unusable, and why


@dataclass(frozen=True)
class FetchState:
    """What a URL's server said last: kept, once its article is published, for the next
    conditional GET (a ``fetch_state`` row)."""

    source_uri: str  # the canonical URL
    final_url: str
    status: int  # 200, or 304 (unchanged)
    etag: str | None
    last_modified: str | None
    content_sha256: str | None  # of the last body received
    fetched_at: datetime
