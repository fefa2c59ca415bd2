"""Where the labelled articles come from: the domain corpus folder as crawled, and BBC News
articles (off-topic news) that live in one Parquet file and are written out as ``<id>.txt`` files
(headline, blank line, body) so that they take exactly the pipeline's own read-and-clean path.

Nothing here is copied into the repository: the texts stay under ``../shared`` and the files are
written to a temporary folder for the run.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

import polars as pl

BBC_PREFIX = "bbc_"


def bbc_names(names: Iterable[str]) -> set[str]:
    """The gold article names that are BBC articles (``bbc_tech_127.txt``)."""
    return {n for n in names if n.startswith(BBC_PREFIX)}


def write_bbc_articles(parquet: str | Path, names: Iterable[str], folder: str | Path) -> Path:
    """Write the BBC articles called ``names`` (``<id>.txt``) from ``parquet`` into ``folder``.

    Raises ``KeyError`` naming the ids the file does not have."""
    wanted = {Path(n).stem for n in names}
    rows = (
        pl.read_parquet(parquet, columns=["id", "title", "text"])
        .filter(pl.col("id").is_in(sorted(wanted)))
        .to_dicts()
    )
    missing = wanted - {r["id"] for r in rows}
    if missing:
        raise KeyError(f"{parquet} has no article {sorted(missing)}")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for row in rows:
        text = f"{row['title'].strip()}\n\n{row['text'].strip()}\n"
        (out / f"{row['id']}.txt").write_text(text, encoding="utf-8")
    return out


def bbc_folder(parquet: str | Path, names: Iterable[str]) -> Path:
    """A fresh temporary folder holding the named BBC articles (removed at interpreter exit)."""
    tmp = tempfile.TemporaryDirectory(prefix="claimflow-bbc-")
    _KEEP.append(tmp)
    return write_bbc_articles(parquet, names, tmp.name)


_KEEP: list[tempfile.TemporaryDirectory] = []
