"""Identity: an article is its clean text, so renames and re-sends map to one ``article_id``."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from tasks.documents import CleanArticle

_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SPACE = re.compile(r"\s+")


def article_id(text: str) -> str:
    """A stable id for a clean text: invariant under whitespace, newline and zero-width noise."""
    norm = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    norm = _SPACE.sub(" ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


def split_new(
    articles: Iterable[CleanArticle], published: set[str]
) -> tuple[list[tuple[str, CleanArticle]], list[tuple[str, CleanArticle]]]:
    """Split articles into (new, duplicates): already published, or seen earlier in this run."""
    seen = set(published)
    new: list[tuple[str, CleanArticle]] = []
    duplicates: list[tuple[str, CleanArticle]] = []
    for article in articles:
        aid = article_id(article.text)
        (duplicates if aid in seen else new).append((aid, article))
        seen.add(aid)
    return new, duplicates
