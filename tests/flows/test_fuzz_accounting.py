"""Fuzzing a whole run (issue 12): random and mutated documents through the real flow, then the
accounting checked from the tables alone. Every document ends as exactly one of: a published
article, a duplicate, a quarantined document, or a quarantined article row; a rerun changes no
table but `runs`. Bounded: three generated inboxes, no shrinking (each example is a full run)."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tasks import schema
from tasks.schema import Dataset, QuarantineCol, RunCol
from tasks.store.publish import read_table
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".txt")


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few random edits: cut, insert, overwrite, truncate."""
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        edit = draw(st.sampled_from(["cut", "insert", "overwrite", "truncate"]))
        junk = draw(st.binary(min_size=1, max_size=40))
        if edit == "cut":
            data = data[:at] + data[at + draw(st.integers(1, 400)) :]
        elif edit == "insert":
            data = data[:at] + junk + data[at:]
        elif edit == "overwrite":
            data = data[:at] + junk + data[at + len(junk) :]
        else:
            data = data[:at]
    return data


@st.composite
def jsonl(draw: st.DrawFn) -> bytes:
    """Good, bad, blank and repeated lines."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["good", "no_text", "invalid", "blank", "repeat", "list"]))
        seed = draw(st.sampled_from(SEED_TEXTS))
        if kind == "good":
            start = draw(st.integers(0, len(seed) // 2))
            lines.append(json.dumps({"title": "T", "text": seed[start : start + 1500]}))
        elif kind == "no_text":
            lines.append(json.dumps({"title": "no text here"}))
        elif kind == "invalid":
            lines.append("{not json " + draw(st.text(max_size=20)))
        elif kind == "blank":
            lines.append("   ")
        elif kind == "list":
            lines.append("[1, 2, 3]")
        elif lines:
            lines.append(lines[-1])
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def document(draw: st.DrawFn) -> tuple[str, bytes]:
    """A (suffix, bytes) pair: a seed as it is, re-encoded, mutated, wrapped, or garbage."""
    seed = draw(st.sampled_from(SEED_TEXTS))
    kind = draw(
        st.sampled_from(
            ["seed", "mutated", "random", "empty", "blank", "png", "gzip", "cp1252", "utf16"]
            + ["html", "jsonl", "excerpt"]
        )
    )
    suffix = draw(st.sampled_from(SUFFIXES))
    if kind == "seed":
        return suffix if suffix != ".jsonl" else ".txt", seed.encode()
    if kind == "mutated":
        return ".txt", draw(mutated(seed.encode()))
    if kind == "random":
        return suffix, draw(st.binary(min_size=1, max_size=3000))
    if kind == "empty":
        return suffix, b""
    if kind == "blank":
        return suffix, b" \n\t\r\n "
    if kind == "png":
        return suffix, b"\x89PNG\r\n\x1a\n" + draw(st.binary(max_size=200))
    if kind == "gzip":
        return suffix, gzip.compress(seed.encode())
    if kind == "cp1252":
        return ".txt", seed.encode("cp1252", "replace")
    if kind == "utf16":
        return ".txt", seed.encode("utf-16")
    if kind == "html":
        paras = "".join(f"<p>{p}</p>" for p in seed.split("\n\n") if p.strip())
        return ".html", f"<html><body><article>{paras}</article></body></html>".encode()
    if kind == "jsonl":
        return ".jsonl", draw(jsonl())
    start = draw(st.integers(0, len(seed) // 2))
    return ".txt", seed[start : start + draw(st.integers(50, 2500))].encode()


def _accounting(root: Path, run_id: str) -> dict[str, int]:
    """The run's documents and their fates, read back from the tables alone."""
    runs = read_table(root, Dataset.RUNS).filter(pl.col(RunCol.RUN_ID) == run_id)
    counts = json.loads(runs[RunCol.COUNTS][0])
    held = read_table(root, Dataset.QUARANTINE).filter(pl.col(schema.Stamp.RUN_ID) == run_id)
    by_dataset = held.group_by(QuarantineCol.DATASET).len()
    quarantined = dict(by_dataset.iter_rows())
    return {
        "documents": counts["documents"],
        "articles": read_table(root, Dataset.ARTICLES)
        .filter(pl.col(schema.Stamp.RUN_ID) == run_id)
        .height,
        "duplicates": counts["duplicates"],
        "documents_quarantined": quarantined.get(schema.DOCUMENTS, 0),
        "articles_quarantined": quarantined.get(Dataset.ARTICLES, 0),
        "counted_quarantined": counts["documents_quarantined"],
    }


@settings(
    max_examples=3,  # the first is the simplest (one seed, repeated): two more vary
    deadline=None,
    phases=[Phase.generate],  # no shrinking: every example is a whole run
    suppress_health_check=list(HealthCheck),
)
@given(docs=st.lists(document(), min_size=25, max_size=45))
def test_random_and_mutated_documents_are_all_accounted_for(
    prefect_server: str, docs: list[tuple[str, bytes]]
) -> None:
    from flows.pipeline import news_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        inbox, root = Path(tmp) / "inbox", Path(tmp) / "data"
        inbox.mkdir()
        for i, (suffix, data) in enumerate(docs):
            (inbox / f"doc{i:03d}{suffix}").write_bytes(data)
        # Every mistake-free run completes: the gate is out of the way so that only the
        # accounting is under test (a systemic breach is tested on its own).
        first = news_pipeline(source=str(inbox), data_root=str(root), max_failed_share=1.0)
        assert first["status"] == "completed"
        got = _accounting(root, first["run"][RunCol.RUN_ID])
        assert got["documents"] >= len(docs) - sum(1 for s, _ in docs if s == ".jsonl")
        assert got["documents"] == (
            got["articles"]
            + got["duplicates"]
            + got["documents_quarantined"]
            + got["articles_quarantined"]
        ), got
        assert got["documents_quarantined"] == got["counted_quarantined"], got

        before = {
            name: read_table(root, name).drop(schema.RUN_COLUMNS)
            for name in (Dataset.ARTICLES, Dataset.CLAIMS, Dataset.QUARANTINE)
        }
        second = news_pipeline(source=str(inbox), data_root=str(root), max_failed_share=1.0)
        assert second["status"] == "completed"
        assert second["counts"]["documents"] == got["documents"]
        assert second["counts"]["articles_new"] == 0
        for name, frame in before.items():
            key = list(schema.DATASETS[name][1])
            after = read_table(root, name).drop(schema.RUN_COLUMNS)
            assert after.sort(key).equals(frame.sort(key)), name
