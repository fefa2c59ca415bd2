"""Reading: DocRefs to RawDocuments (decoded text and metadata) or Rejected records with a reason.

Reasons are short machine-readable strings, optionally followed by a colon and a detail:
``empty``, ``binary``, ``compressed``, ``too_large``, ``undecodable``, ``unparseable``,
``invalid_record``, ``outside_root``, ``unreadable`` and, for a bug of ours, ``internal_error``.
"""

from __future__ import annotations

import errno
import hashlib
import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

from tasks.documents import MAX_DOC_BYTES, DocRef, RawDocument, Rejected
from tasks.ingest.decode import declared_charset, decode_bytes, normalize_text, sniff_magic
from tasks.ingest.html import UnparseableHtml, extract_html, has_markup
from tasks.ingest.metadata import article_meta, split_front_matter
from tasks.known_sources import built_in
from tasks.schema import ArticleCol as A
from tasks.schema import QuarantineReason as Reason

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
FORMATS[".jsonl"] = "jsonl"
_HEAD_CHARS = 200

Outcome = RawDocument | Rejected


def read_batch(
    refs: list[DocRef], *, max_bytes: int = MAX_DOC_BYTES, published: Collection[str] = ()
) -> tuple[list[RawDocument], list[Rejected]]:
    """Read every ref; each (or each line of a whole-file JSONL ref) lands in exactly one list.

    A document whose raw bytes hash is in ``published`` comes back undecoded (text and meta
    empty): those very bytes were read into an article before, and nothing reads them again.
    """
    docs: list[RawDocument] = []
    rejected: list[Rejected] = []
    cache: dict[str, bytes | Rejected] = {}  # a JSONL file is read once for all its line refs
    for ref in refs:
        try:
            outcomes = _read_ref(ref, max_bytes, cache, published)
        except Exception as exc:  # noqa: BLE001 - one bad document never fails its batch
            outcomes = [_reject(ref, f"{Reason.INTERNAL_ERROR}: {type(exc).__name__}: {exc}")]
        for item in outcomes:
            (docs if isinstance(item, RawDocument) else rejected).append(item)  # type: ignore[arg-type]
    return docs, rejected


def read_bytes(uri: str, raw: bytes, fmt: str) -> Outcome:
    """Bytes obtained elsewhere (a fetched page) read as a ``fmt`` document found at ``uri``."""
    return _read_document(DocRef(uri=uri, size=len(raw), mtime=0.0), raw, fmt)


def _read_ref(
    ref: DocRef, max_bytes: int, cache: dict[str, bytes | Rejected], published: Collection[str]
) -> list[Outcome]:
    """Outcomes for one ref: one, or one per line for a whole JSONL file."""
    path = Path(ref.uri if ref.line is None else ref.uri.rsplit("#L", 1)[0])
    key = str(path)
    if key not in cache:
        cache[key] = _load(ref, path, max_bytes)
    loaded = cache[key]
    if isinstance(loaded, Rejected):
        # Each line ref of a refused file is refused under its own uri: nothing disappears.
        return [_reject(ref, *loaded.reasons)]
    fmt = _format(path, loaded)
    if fmt == "jsonl":
        return _read_jsonl(ref, path, loaded, published)
    return [_read_document(ref, loaded, fmt, published)]


def _load(ref: DocRef, path: Path, max_bytes: int) -> bytes | Rejected:
    """The file's bytes, after the checks that must come before reading (root, size)."""
    try:
        if ref.root is not None and not path.resolve().is_relative_to(Path(ref.root).resolve()):
            return _reject(ref, Reason.OUTSIDE_ROOT)
        if path.is_symlink() and not path.exists():
            _ = path.stat()  # a broken link or a loop: the OSError says which
        size = path.stat().st_size
        if path.is_dir():
            return _reject(ref, f"{Reason.UNREADABLE}: is a directory")
        # Checked on stat, before reading: a 10 GB sparse file must cost nothing
        # (docs/RELIABILITY.md #26).
        if size > max_bytes:
            return _reject(ref, f"{Reason.TOO_LARGE}: {size} bytes > {max_bytes}")
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)  # the file may have grown since stat
    except RuntimeError as exc:  # Python < 3.13: Path.resolve on a symlink loop
        return _reject(ref, f"{Reason.UNREADABLE}: symlink loop: {exc}")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _reject(ref, f"{Reason.UNREADABLE}: symlink loop: {exc.filename}")
        return _reject(ref, f"{Reason.UNREADABLE}: {type(exc).__name__}: {exc.strerror or exc}")
    if len(raw) > max_bytes:
        return _reject(ref, f"{Reason.TOO_LARGE}: more than {max_bytes} bytes")
    return raw


def _format(path: Path, raw: bytes) -> str:
    """The format from the suffix; an unknown suffix is sniffed as HTML or plain text."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    return (
        "html" if raw[:1024].lstrip().lower().startswith((b"<!doctype html", b"<html")) else "txt"
    )


def _read_document(ref: DocRef, raw: bytes, fmt: str, published: Collection[str] = ()) -> Outcome:
    """A txt, md or html file to a RawDocument, or the reason it cannot be one."""
    sha = _sha256(raw)
    if sha in published:
        return RawDocument(source_uri=ref.uri, text="", raw_sha256=sha, fmt=fmt)
    if not raw.strip():
        return _reject(ref, Reason.EMPTY, sha256=sha, fmt=fmt)
    text, reason = decode_bytes(raw, declared=declared_charset(raw) if fmt == "html" else None)
    if text is None:
        return _reject(ref, reason or Reason.UNDECODABLE, sha256=sha, fmt=fmt)
    text = normalize_text(text)
    if not text.strip():
        return _reject(ref, Reason.EMPTY, sha256=sha, fmt=fmt)
    meta: dict[str, Any] = {}
    if fmt in ("md", "txt"):
        text, meta = split_front_matter(text)  # a txt crawl may carry one after its title line
    elif fmt == "html" and has_markup(text):
        try:
            text, meta = extract_html(text)
        except (UnparseableHtml, RecursionError) as exc:
            return _reject(ref, f"{Reason.UNPARSEABLE}: {exc}", sha256=sha, fmt=fmt, text=text)
        text = normalize_text(text)
    if not text.strip():
        return _reject(ref, f"{Reason.EMPTY}: no text in {fmt}", sha256=sha, fmt=fmt)
    return RawDocument(
        source_uri=ref.uri, text=text, raw_sha256=sha, fmt=fmt, meta=_article_meta(meta)
    )


def _read_jsonl(
    ref: DocRef, path: Path, raw: bytes, published: Collection[str] = ()
) -> list[Outcome]:
    """One outcome per wanted line: the ref's own line, or every non-blank line of the file."""
    refused = sniff_magic(raw)
    if refused is None and raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        refused = f"{Reason.UNDECODABLE}: JSONL must be UTF-8"  # as the JSON Lines format requires
    if refused:
        # A line ref gets an id of its own (uri + size): the file's hash would repeat per line.
        sha = _sha256(raw) if ref.line is None else None
        return [_reject(ref, refused, sha256=sha, fmt="jsonl")]
    lines = _split_lines(raw)  # the same split as discovery's line iteration: numbers agree
    if ref.line is None:
        wanted = [n for n, line in enumerate(lines, start=1) if line.strip()]
        if not wanted:
            return [_reject(ref, Reason.EMPTY, sha256=_sha256(raw), fmt="jsonl")]
    else:
        wanted = [ref.line]
    return [_jsonl_record(ref, path, n, lines, published) for n in wanted]


# The last file split, by identity: (its bytes, its lines).
_split: tuple[bytes, tuple[bytes, ...]] = (b"", ())


def _split_lines(raw: bytes) -> tuple[bytes, ...]:
    # A JSONL file's line refs share one bytes object: split it once, not once per line (the
    # per-line split made reading 2,225 lines quadratic: 4.4 s of a 4.8 s incremental read).
    # Found by identity, not by value: each read batch loads the file anew, and comparing the
    # new bytes with the cached ones (equal, so a cache keyed by value hits) cost a 5 MB
    # memcmp per line: 0.27 s of reading 2,225 lines in 9 batches.
    global _split
    held, lines = _split
    if held is not raw:
        lines = tuple(raw.split(b"\n"))
        _split = (raw, lines)
    return lines


def _jsonl_record(
    ref: DocRef, path: Path, n: int, lines: tuple[bytes, ...], published: Collection[str] = ()
) -> Outcome:
    """Line ``n`` (1-based) of a JSONL file as a RawDocument, or why it cannot be one."""
    line_ref = DocRef(uri=f"{path}#L{n}", size=0, mtime=ref.mtime, line=n, root=ref.root)
    if n > len(lines) or not lines[n - 1].strip():
        return _reject(line_ref, f"{Reason.INVALID_RECORD}: line {n} is missing or blank")
    line = lines[n - 1].rstrip(b"\r")
    line = line.removeprefix(b"\xef\xbb\xbf") if n == 1 else line
    sha = _sha256(line)
    line_ref = DocRef(uri=line_ref.uri, size=len(line), mtime=ref.mtime, line=n, root=ref.root)
    if sha in published:
        return RawDocument(source_uri=line_ref.uri, text="", raw_sha256=sha, fmt="jsonl")
    head = line.decode("utf-8", "replace")
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        return _reject(
            line_ref, f"{Reason.UNDECODABLE}: JSONL line is not UTF-8", sha256=sha, fmt="jsonl"
        )
    except (ValueError, RecursionError) as exc:
        reason = f"{Reason.UNPARSEABLE}: invalid JSON: {str(exc)[:120]}"
        return _reject(line_ref, reason, sha256=sha, fmt="jsonl", text=head)
    if not isinstance(obj, dict):
        reason = f"{Reason.INVALID_RECORD}: not a JSON object"
        return _reject(line_ref, reason, sha256=sha, fmt="jsonl", text=head)
    text = obj.get(A.TEXT)
    text = normalize_text(text) if isinstance(text, str) else ""
    if not text.strip():
        return _reject(
            line_ref, f"{Reason.INVALID_RECORD}: no text", sha256=sha, fmt="jsonl", text=head
        )
    return RawDocument(
        source_uri=line_ref.uri, text=text, raw_sha256=sha, fmt="jsonl", meta=_article_meta(obj)
    )


def _article_meta(fields: dict[str, Any]) -> dict[str, Any]:
    """The RawDocument meta keys (title, url, published_at, outlet, metadata_warnings)."""
    return article_meta(fields, hosts=built_in().hosts())


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _reject(
    ref: DocRef,
    *reasons: str,
    sha256: str | None = None,
    fmt: str | None = None,
    text: str | None = None,
) -> Rejected:
    """A Rejected for ``ref``; its id is the bytes' sha256, or sha256(uri + size) when unread."""
    record_id = sha256 or _sha256(f"{ref.uri}\x00{ref.size}".encode("utf-8", "surrogatepass"))
    record: dict[str, Any] = {"uri": ref.uri, "size": ref.size, "fmt": fmt}
    if text is not None:
        record["head"] = text[:_HEAD_CHARS]
    return Rejected(source_uri=ref.uri, record_id=record_id, reasons=reasons, record=record)
