"""The layout promises of docs/ARCHITECTURE.md: tasks/ is pure, heavy imports stay lazy."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests.conftest import REPO

TASK_MODULES = sorted((REPO / "tasks").rglob("*.py"))


def _module(path) -> str:
    return ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", TASK_MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_tasks_never_import_prefect(path) -> None:
    assert "prefect" not in _imports(path), f"{path} imports prefect: wrap it in flows/"


@pytest.mark.parametrize("path", TASK_MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_tasks_do_not_import_flows(path) -> None:
    assert "flows" not in _imports(path)


def test_importing_tasks_and_expectations_stays_cheap() -> None:
    # GX takes ~5 s to import: only the validation step may pay for it.
    # Every tasks/ module, imported for real: catches a prefect import that comes in transitively.
    modules = ", ".join(_module(p) for p in TASK_MODULES)
    code = (
        f"import sys, {modules}, expectations;"
        "print('great_expectations' in sys.modules, 'prefect' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


TASK_PACKAGES = [str(p.parent.relative_to(REPO)) for p in TASK_MODULES if p.name == "__init__.py"]


def test_every_package_says_what_belongs_in_it() -> None:
    for pkg in ("tasks", "flows", "expectations", "evaluation", *TASK_PACKAGES):
        doc = ast.get_docstring(ast.parse((REPO / pkg / "__init__.py").read_text()))
        assert doc and len(doc) > 80, f"{pkg}/__init__.py needs a paragraph saying what is in it"
