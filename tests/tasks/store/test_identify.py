"""Identity: one article_id per clean text, whatever the noise; what the articles table holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.documents import CleanArticle
from tasks.schema import Dataset
from tasks.store import identify, publish
from tasks.store.records import RunInfo, article_rows

TEXT = "Officials said 40 soldiers were wounded.\n\nThe attack came at dawn."


def _article(text: str, raw: str = "0" * 64, uri: str = "mem://a.txt") -> CleanArticle:
    return CleanArticle(uri, raw, text)


@pytest.mark.parametrize(
    "noisy",
    [
        TEXT.replace("\n\n", "\n\n\n"),  # extra blank line
        TEXT.replace(" ", "  "),  # doubled spaces
        "\ufeff" + TEXT,  # a BOM
        TEXT.replace("soldiers", "sol\u200bdiers"),  # a zero-width space inside a word
        TEXT + "  \n",  # trailing whitespace
        TEXT.replace("\n\n", "\r\n"),  # a CRLF paragraph break
    ],
)
def test_the_id_ignores_whitespace_and_invisible_noise(noisy: str) -> None:
    assert identify.article_id(noisy) == identify.article_id(TEXT)


def test_different_texts_have_different_ids() -> None:
    assert identify.article_id(TEXT) != identify.article_id(TEXT.replace("40", "41"))
    assert len(identify.article_id(TEXT)) == 32


def test_split_new_counts_published_and_repeated_articles_as_duplicates() -> None:
    first, again, other = _article(TEXT), _article(TEXT + " "), _article("Another article.")
    published = {identify.article_id("Already out.")}
    new, duplicates = identify.split_new([first, again, other, _article("Already out.")], published)
    assert [a for _, a in new] == [first, other]
    assert [a for _, a in duplicates] == [again, _article("Already out.")]
    assert published == {identify.article_id("Already out.")}  # the caller's set is not changed


def test_published_reads_ids_and_this_versions_raw_hashes(tmp_path: Path) -> None:
    assert identify.published(tmp_path) == identify.Published()  # no table yet: nothing published
    old = RunInfo(run_id="r0", pipeline_version="0.0.1")
    now = RunInfo(run_id="r1")
    a, b = _article("First article.", "a" * 64), _article("Second article.", "b" * 64)
    for run, art in ((old, a), (now, b)):
        rows = article_rows([(identify.article_id(art.text), art)], run)
        publish.insert_new(tmp_path, Dataset.ARTICLES, rows)
    seen = identify.published(tmp_path)
    assert seen.article_ids == {identify.article_id(a.text), identify.article_id(b.text)}
    # Only this pipeline version's raw bytes may skip cleaning: another version cleans differently.
    assert seen.raw_sha256 == {"b" * 64}
