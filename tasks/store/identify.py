"""Identity: an article is its clean text, so renames and re-sends map to one ``article_id``.

Incremental runs skip earlier still: a document whose raw bytes (``raw_sha256``) were already
published by this pipeline version is known without being cleaned again, and a URL whose server
says it has not changed (``fetch_state``, a conditional GET) is not even downloaded. An article is
up to date only if the current extractor and model produced its rows (``extracted_by``):
otherwise it is new again, and its rows are replaced.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tasks.documents import CleanArticle, FetchState
from tasks.schema import PIPELINE_VERSION, ArticleCol, Dataset, FetchStateCol
from tasks.store.tables import read_table

_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SPACE = re.compile(r"\s+")


def article_id(text: str) -> str:
    """A stable id for a clean text: invariant under whitespace, newline and zero-width noise."""
    norm = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    norm = _SPACE.sub(" ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


class NewArticles:
    """Articles sorted as they arrive into new and duplicates (already published, or seen
    earlier in this run), so a run can act on the new ones before it has read them all."""

    def __init__(self, published: set[str]) -> None:
        self._seen = set(published)
        self.new: list[tuple[str, CleanArticle]] = []
        self.duplicates: list[tuple[str, CleanArticle]] = []

    def add(self, articles: Iterable[CleanArticle]) -> int:
        """Sort ``articles`` in; how many of them are new."""
        before = len(self.new)
        for article in articles:
            aid = article_id(article.text)
            (self.duplicates if aid in self._seen else self.new).append((aid, article))
            self._seen.add(aid)
        return len(self.new) - before


def split_new(
    articles: Iterable[CleanArticle], published: set[str]
) -> tuple[list[tuple[str, CleanArticle]], list[tuple[str, CleanArticle]]]:
    """Split articles into (new, duplicates): already published, or seen earlier in this run."""
    sorted_in = NewArticles(published)
    sorted_in.add(articles)
    return sorted_in.new, sorted_in.duplicates


@dataclass(frozen=True)
class Published:
    """What the articles table holds, up to date: ids, and the raw hashes behind them."""

    # Articles published and extracted by the current extractor and model (all articles when
    # the caller names none): any other is extracted again when its source is read.
    article_ids: set[str] = field(default_factory=set)
    # Raw documents published by this pipeline version (and extractor): the same bytes clean to
    # the same text only under the same code, so another version's hashes never skip a document.
    raw_sha256: set[str] = field(default_factory=set)
    stale: int = 0  # published articles extracted by another extractor or model


def published(
    data_root: str | Path,
    *,
    pipeline_version: str = PIPELINE_VERSION,
    extracted_by: str | None = None,
    storage_options: Mapping[str, str] | None = None,
) -> Published:
    """The up-to-date article ids and raw hashes, in one read of four columns (empty if none)."""
    frame = read_table(
        data_root,
        Dataset.ARTICLES,
        columns=[
            ArticleCol.ARTICLE_ID,
            ArticleCol.RAW_SHA256,
            ArticleCol.PIPELINE_VERSION,
            ArticleCol.EXTRACTED_BY,
        ],
        storage_options=storage_options,
    )
    if extracted_by is not None:
        current = frame.filter(pl.col(ArticleCol.EXTRACTED_BY).eq_missing(extracted_by))
    else:
        current = frame
    same = current.filter(pl.col(ArticleCol.PIPELINE_VERSION) == pipeline_version)
    return Published(
        article_ids=set(current.get_column(ArticleCol.ARTICLE_ID).to_list()),
        raw_sha256=set(same.get_column(ArticleCol.RAW_SHA256).drop_nulls().to_list()),
        stale=frame.height - current.height,
    )


def fetch_states(
    data_root: str | Path, *, storage_options: Mapping[str, str] | None = None
) -> dict[str, FetchState]:
    """What each fetched URL's server said last, by canonical URL (empty before any fetch)."""
    frame = read_table(data_root, Dataset.FETCH_STATE, storage_options=storage_options)
    names = [f.name for f in dataclasses.fields(FetchState)]
    return {
        row[FetchStateCol.SOURCE_URI]: FetchState(**{n: row[n] for n in names})
        for row in frame.iter_rows(named=True)
    }
