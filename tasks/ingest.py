"""Ingestion of one batch: read the documents, then clean them; bad ones come back rejected."""

from __future__ import annotations

from tasks.clean import clean_batch
from tasks.documents import CleanArticle, DocRef, Rejected
from tasks.read import read_batch


def ingest_batch(
    refs: list[DocRef], *, max_bytes: int
) -> tuple[list[CleanArticle], list[Rejected], int]:
    """Read and clean ``refs``; returns (articles, rejected, documents seen).

    A JSONL file expands to one document per line, so documents seen can exceed ``len(refs)``.
    """
    raw, unread = read_batch(refs, max_bytes=max_bytes)
    articles, unclean = clean_batch(raw)
    return articles, [*unread, *unclean], len(raw) + len(unread)
