"""The project's own documents stay true to the code: the tests they cite exist, and the code
cites them, not documents that live outside the repository."""

from __future__ import annotations

import ast
import fnmatch
import re
from pathlib import Path

import pytest

from tests.conftest import REPO

DOCS = REPO / "docs"
RELIABILITY = (DOCS / "RELIABILITY.md").read_text(encoding="utf-8")
ROWS = {int(n) for n in re.findall(r"^\| (\d+) \|", RELIABILITY, flags=re.MULTILINE)}
CODE = sorted(
    p
    for folder in ("tasks", "flows", "expectations", "evaluation", "tests", "bench")
    for p in (REPO / folder).rglob("*.py")
    if p != Path(__file__)
)


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def _cited_tests() -> list[tuple[str, str]]:
    """(file, test name or pattern) for every ``file.py::test_x`` the document cites, the file
    named by a path under tests/ or, after the first mention, by its name alone."""
    cited, last = [], None
    for file, names in re.findall(r"`([\w/]*test_\w+\.py)?((?:::test_[\w*]+)+)`", RELIABILITY):
        last = file or last
        cited += [(last, name) for name in names.split("::") if name]
    return cited


def test_the_reliability_table_keeps_its_numbers() -> None:
    assert set(range(1, 41)) == ROWS


@pytest.mark.parametrize(("file", "name"), _cited_tests())
def test_every_cited_test_exists(file: str, name: str) -> None:
    matches = [p for p in (REPO / "tests").rglob(Path(file).name) if p.as_posix().endswith(file)]
    assert len(matches) == 1, f"{file}: no single test module of that name under tests/"
    assert fnmatch.filter(_tests_in(matches[0]), name), f"{file} has no {name}"


def test_code_cites_the_documents_in_docs() -> None:
    stray, unknown = [], []
    for path in CODE:
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(REPO)
        stray += [
            f"{rel}: {m}"
            for m in re.findall(r"(?<!docs/)\b(?:DESIGN|RELIABILITY|STYLE)(?:\.md|\s+rows?)", text)
        ]
        for numbers in re.findall(r"docs/RELIABILITY\.md ((?:#\d+(?:-\d+)?[, ]*)+)", text):
            for first, last in re.findall(r"#(\d+)(?:-(\d+))?", numbers):
                if not {int(first), int(last or first)} <= ROWS:
                    unknown.append(f"{rel}: #{first}")
    assert not stray, f"cite docs/ARCHITECTURE.md or docs/RELIABILITY.md instead: {stray}"
    assert not unknown, f"no such row in docs/RELIABILITY.md: {unknown}"
