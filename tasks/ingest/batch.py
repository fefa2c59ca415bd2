"""Ingestion of one batch: read the documents, then clean them; bad ones come back rejected."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from tasks.documents import CleanArticle, DocRef, FetchState, RawDocument, Rejected
from tasks.ingest.clean import MAX_ARTICLE_CHARS, clean_batch
from tasks.ingest.read import read_batch


@dataclass
class Ingested:
    """One batch read and cleaned: every document seen lands in exactly one of the lists."""

    articles: list[CleanArticle] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # uris whose raw bytes are published
    # Web sources: what each URL's server said, kept once the run has published (see identify).
    fetched: list[FetchState] = field(default_factory=list)

    @property
    def seen(self) -> int:
        """Documents seen: one per file, or one per line of a JSONL file."""
        return len(self.articles) + len(self.rejected) + len(self.unchanged)

    @classmethod
    def combine(cls, batches: Iterable[Ingested]) -> Ingested:
        """The batches' outcomes as one, in batch order."""
        out = cls()
        for batch in batches:
            out.articles += batch.articles
            out.rejected += batch.rejected
            out.unchanged += batch.unchanged
            out.fetched += batch.fetched
        return out


def ingest_batch(
    refs: list[DocRef],
    *,
    max_bytes: int,
    skip_raw: Collection[str] = frozenset(),
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Ingested:
    """Read and clean ``refs``, leaving uncleaned the documents whose raw hash is in ``skip_raw``.

    A JSONL file expands to one document per line, so documents seen can exceed ``len(refs)``.
    """
    raw, unread = read_batch(refs, max_bytes=max_bytes, published=skip_raw)
    return ingest_documents(raw, unread, skip_raw=skip_raw, max_chars=max_chars)


def ingest_documents(
    raw: list[RawDocument],
    unread: list[Rejected],
    *,
    skip_raw: Collection[str] = frozenset(),
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Ingested:
    """Clean documents read elsewhere (fetched pages), as ``ingest_batch`` does files."""
    fresh = [doc for doc in raw if doc.raw_sha256 not in skip_raw]
    unchanged = [doc.source_uri for doc in raw if doc.raw_sha256 in skip_raw]
    articles, unclean = clean_batch(fresh, max_chars=max_chars)
    return Ingested(articles, [*unread, *unclean], unchanged)
