"""Discovery: turn a source (folder, glob, file or JSONL file) into a sorted list of DocRefs.

URI scheme: a file's ``uri`` is its absolute path (symlinks not resolved, so a link is reported
as itself); one line of a JSONL file is ``<absolute path>#L<n>`` with ``line=n`` (1-based).
Discovery never judges content: every candidate becomes a DocRef, and the reader accepts or
rejects it (an escaping symlink, an unreadable file, an oversized JSONL file).
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

from tasks.documents import MAX_DOC_BYTES, DocRef

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"})
_GLOB_CHARS = frozenset("*?[")


def source_problem(source: str) -> str | None:
    """Why ``source`` cannot be discovered (one line for the user), or None when it can."""
    if any(ch in source for ch in _GLOB_CHARS) and not Path(source).exists():
        root = _glob_root(source)
        if not root.is_dir():
            return f"glob {source!r}: base folder {str(root)!r} does not exist"
        return None
    path = Path(source)
    if path.exists() or path.is_symlink():
        return None
    return f"source {source!r} does not exist (expected a folder, glob or file)"


def discover(source: str, *, max_bytes: int = MAX_DOC_BYTES) -> list[DocRef]:
    """List the candidate documents under ``source``, sorted by uri and line."""
    problem = source_problem(source)
    if problem:
        raise FileNotFoundError(problem)
    if any(ch in source for ch in _GLOB_CHARS) and not Path(source).exists():
        root = _glob_root(source)
        # Files named by the glob are candidates whatever their suffix: the user asked for them.
        paths = [Path(p) for p in glob.glob(source, recursive=True)]
        files = [p for p in paths if not p.is_dir() or p.is_symlink()]
        for folder in (p for p in paths if p.is_dir() and not p.is_symlink()):
            files.extend(_walk(folder))
        return _refs(files, root=root, max_bytes=max_bytes)
    path = Path(source)
    if path.is_dir():
        return _refs(_walk(path), root=path, max_bytes=max_bytes)
    # A file named explicitly is trusted wherever it points: no root to escape from.
    return _refs([path], root=None, max_bytes=max_bytes)


def _glob_root(pattern: str) -> Path:
    """The longest leading folder of ``pattern`` without glob characters."""
    parts: list[str] = []
    for part in Path(pattern).parts:
        if any(ch in part for ch in _GLOB_CHARS):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def _walk(folder: Path) -> list[Path]:
    """Files with a known suffix under ``folder``, hidden entries skipped, links not followed.

    A symlink (to a file or a folder) is returned as a candidate so that the reader can refuse
    one that escapes the root instead of it vanishing here.
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        for name in dirnames:
            if (base / name).is_symlink() and _escapes(base / name, folder):
                found.append(base / name)
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                found.append(base / name)
    return found


def _escapes(path: Path, root: Path) -> bool:
    """Whether ``path`` resolves outside ``root`` (a symlink loop counts: the reader says why)."""
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (RuntimeError, OSError):
        return True


def _refs(files: list[Path], *, root: Path | None, max_bytes: int) -> list[DocRef]:
    """DocRefs for ``files``: one per file, or one per non-empty line of a readable JSONL file."""
    root_str = str(root.absolute()) if root is not None else None
    refs: list[DocRef] = []
    for path in {p.absolute() for p in files}:
        size, mtime = _stat(path)
        uri = str(path)
        expandable = (
            path.suffix.lower() == ".jsonl"
            and 0 < size <= max_bytes
            and path.is_file()
            and not (root is not None and _escapes(path, root))
        )
        line_refs = _jsonl_refs(path, mtime, root_str) if expandable else None
        if not line_refs:  # unopenable or all blank: the file itself is the candidate
            refs.append(DocRef(uri=uri, size=size, mtime=mtime, root=root_str))
        else:
            refs.extend(line_refs)
    return sorted(refs, key=_sort_key)


def _sort_key(ref: DocRef) -> tuple[str, int]:
    """Order by file path, then line number (a JSONL line's uri carries ``#L<n>``)."""
    path = ref.uri if ref.line is None else ref.uri.rsplit("#L", 1)[0]
    return path, ref.line or 0


def _stat(path: Path) -> tuple[int, float]:
    """Size and mtime of what ``path`` points to, or of the link itself when that is broken."""
    try:
        st = path.stat()
    except OSError:
        try:
            st = path.lstat()
        except OSError:
            return 0, 0.0
    return st.st_size, st.st_mtime


def _jsonl_refs(path: Path, mtime: float, root: str | None) -> list[DocRef] | None:
    """One DocRef per non-blank line; None when the file cannot be opened (the reader says why)."""
    try:
        with path.open("rb") as fh:
            return [
                DocRef(uri=f"{path}#L{n}", size=len(line), mtime=mtime, line=n, root=root)
                for n, line in enumerate(fh, start=1)
                if line.strip()
            ]
    except OSError:
        return None
