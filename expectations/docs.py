"""Data Docs an operator can open anywhere: every run's report kept, and nothing fetched.

GX 1.x renders Data Docs that load Bootstrap, jQuery, bootstrap-table, Font Awesome and Vega from
CDNs (``render/view/templates/js_script_imports.j2``, ``index_page.j2``), and its maintainers
declined an offline mode (great_expectations #994, #2870). Offline, the validation pages lose
their styling and the index page, which builds its table in jQuery, shows nothing. And an
ephemeral context's index lists only the run that built it.

So after GX builds the pages, each page it wrote has its remote scripts and stylesheets removed
and a small stylesheet inlined (GX's own default styles are already inlined by its templates;
the logo comes from the package's static folder), and ``index.html`` is ours: a static list of
every run's validation pages, newest first, from ``history.jsonl`` (one line per suite per run).
Every write goes to a temporary file first: a full disk fails the run, never a half-written page.
"""

from __future__ import annotations

import errno
import html
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from tasks.files import write_text_atomically

HISTORY = "history.jsonl"
INDEX = "index.html"
_REMOTE_ASSET = re.compile(
    r"<script\b[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>"
    r"|<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*>",
    re.IGNORECASE,
)
_REMOTE_IMAGE = re.compile(r"(<img\b[^>]*\bsrc=)\"https?://[^\"]*\"", re.IGNORECASE)
# GX's templates count the folder depth of a validation page one short ("../../../static/..."
# from four folders down), so its favicon and fonts miss: every static reference is recomputed.
_STATIC_REF = re.compile(r"\b(src|href)=\"(?:\./|(?:\.\./)*)static/([^\"]+)\"")
LOGO = "static/images/logo-long.png"  # shipped in great_expectations/render/view/static
# The Bootstrap classes GX's pages use, enough to read them: grid, tables, cards, badges, alerts,
# and the Font Awesome status icons as characters.
OFFLINE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#212529}
a{color:#0d6efd}.container-fluid{padding:1rem 2rem}.row{display:flex;flex-wrap:wrap}
.col-12,.col-md-10,.col-lg-10{flex:1 1 100%;max-width:100%}
.col-md-2{flex:0 0 16%;max-width:16%}.d-none{display:none}
.table{border-collapse:collapse;width:100%;margin:.5rem 0}
.table td,.table th{border:1px solid #dee2e6;padding:.3rem .5rem;vertical-align:top;text-align:left}
.card{border:1px solid #dee2e6;border-radius:4px;margin:.5rem 0}
.card-header{background:#f8f9fa;padding:.5rem 1rem;border-bottom:1px solid #dee2e6}
.card-body{padding:.5rem 1rem}.alert{padding:.5rem 1rem;border-radius:4px;background:#e2e3e5}
.badge{display:inline-block;padding:.1em .4em;border-radius:3px;background:#6c757d;color:#fff}
.text-success{color:#198754}.text-danger{color:#dc3545}.text-info{color:#0dcaf0}
.navbar{display:flex;gap:1rem;align-items:center;padding:.5rem 2rem;background:#f8f9fa}
.nav{list-style:none;padding:0}.sticky-top{position:static}.btn{display:none}
.fa-check-circle::before{content:"\\2714 "}.fa-times::before{content:"\\2718 "}
.fa-exclamation-triangle::before{content:"\\26A0 "}.fa-times-circle::before{content:"\\2718 "}
.failed{color:#dc3545;font-weight:bold}.passed{color:#198754}
"""


class DataDocsFailed(RuntimeError):
    """A Data Docs page could not be written (a full disk, a read-only folder): the run fails,
    since its validation report would be missing or stale."""


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # GX's message ends with 'OSError: "[Errno 28] No space left on device".  Traceback: ...'
        text = record.getMessage()
        cause = re.search(r'(\w+(?:Error|Exception)): "(.*?)"\.\s+Traceback', text, re.DOTALL)
        self.found.append(f"{cause.group(1)}: {cause.group(2)}" if cause else text[:300])


@contextmanager
def gx_errors() -> Iterator[list[str]]:
    """The errors GX logs while building Data Docs: it catches a failed page write, logs it and
    goes on (``render/renderer/site_builder.py``), so a full disk used to pass unseen."""
    handler = _Errors()
    logger = logging.getLogger("great_expectations.render.renderer.site_builder")
    logger.addHandler(handler)
    try:
        yield handler.found
    finally:
        logger.removeHandler(handler)


@dataclass(frozen=True)
class SuiteRun:
    """One suite validated in one run, as the index lists it."""

    run_name: str
    run_time: str  # ISO 8601, UTC
    suite: str
    success: bool
    rows: int
    failed_rows: int
    page: str  # relative to the docs folder; "" when GX wrote none


def offline_page(page: Path, docs_dir: Path) -> None:
    """Rewrite one GX page to load nothing remote (see the module docstring)."""
    text = page.read_text(encoding="utf-8")
    logo = os.path.relpath(docs_dir / LOGO, page.parent)
    text = _REMOTE_ASSET.sub("", text)
    text = _REMOTE_IMAGE.sub(lambda m: f'{m.group(1)}"{logo}"', text)
    static = os.path.relpath(docs_dir / "static", page.parent)
    text = _STATIC_REF.sub(lambda m: f'{m.group(1)}="{static}/{m.group(2)}"', text)
    text = text.replace("</head>", f"<style>{OFFLINE_CSS}</style></head>", 1)
    _write(page, text)


def record(docs_dir: Path, runs: Iterable[SuiteRun]) -> None:
    """Append this run's suites to the history the index is built from.

    One ``write`` in append mode, so runs writing at once never lose each other's lines (a
    read-and-replace would); a line a crash cut short is closed first and then skipped by
    ``history``."""
    lines = "".join(json.dumps(asdict(r), sort_keys=True) + "\n" for r in runs)
    path = docs_dir / HISTORY
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            lines = "\n" + lines
        data = lines.encode("utf-8")
        if os.write(fd, data) != len(data):  # a full disk: say so, as a whole-file write would
            raise OSError(errno.ENOSPC, f"history line cut short in {path}")
    finally:
        os.close(fd)


def history(docs_dir: Path) -> list[SuiteRun]:
    """Every suite run recorded, newest first (a line a crash cut short is skipped)."""
    path = docs_dir / HISTORY
    if not path.exists():
        return []
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            found.append(SuiteRun(**json.loads(line)))
        except (ValueError, TypeError):
            continue
    return sorted(found, key=lambda r: (r.run_time, r.run_name, r.suite), reverse=True)


def write_index(docs_dir: Path) -> Path:
    """``index.html``: every run, newest first, each suite with its outcome and its page."""
    esc = html.escape
    rows = []
    for r in history(docs_dir):
        outcome = (
            '<span class="passed">passed</span>'
            if r.success
            else f'<span class="failed">failed</span> ({r.failed_rows} of {r.rows} rows)'
        )
        link = f'<a href="{esc(r.page)}">{esc(r.suite)}</a>' if r.page else esc(r.suite)
        rows.append(
            f"<tr><td>{esc(r.run_time)}</td><td><code>{esc(r.run_name)}</code></td>"
            f"<td>{link}</td><td>{outcome}</td><td>{r.rows}</td></tr>"
        )
    expectations = sorted(p.stem for p in (docs_dir / "expectations").glob("*.html"))
    suites = " ".join(f'<a href="expectations/{esc(s)}.html">{esc(s)}</a>' for s in expectations)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>claimflow validation report</title>
<style>{OFFLINE_CSS}</style></head>
<body><div class="container-fluid">
<h1>claimflow validation report</h1>
<p>Every run's validation, newest first. Expectation suites: {suites}</p>
<table class="table"><thead><tr><th>validated at (UTC)</th><th>run</th><th>suite</th>
<th>outcome</th><th>rows</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
</div></body></html>
"""
    index = docs_dir / INDEX
    _write(index, page)
    return index


def _write(path: Path, text: str) -> None:
    """Write ``text`` whole or not at all (ENOSPC raises, the old file stays)."""
    write_text_atomically(path, text)
