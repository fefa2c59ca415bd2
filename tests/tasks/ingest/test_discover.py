"""Discovery: folders, globs, files and JSONL files become sorted DocRefs; nothing vanishes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tasks.ingest.discover import discover
from tasks.ingest.read import read_batch


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    _write(root / "b.txt", "Bee.")
    _write(root / "a.md", "# A")
    _write(root / "sub" / "c.html", "<p>C</p>")
    _write(root / "sub" / "deeper" / "d.htm", "<p>D</p>")
    _write(root / "e.markdown", "E")
    _write(root / "notes.pdf", b"%PDF-1.4")  # not a document suffix: not a candidate
    _write(root / ".hidden.txt", "hidden")
    _write(root / ".git" / "x.txt", "inside a hidden folder")
    _write(root / "feed.jsonl", '{"text": "one"}\n\n{"text": "two"}\n   \n{"text": "three"}\n')
    return root


def test_folder_is_recursive_sorted_and_skips_hidden(tree: Path) -> None:
    refs = discover(str(tree))
    names = [Path(r.uri.split("#")[0]).relative_to(tree).as_posix() for r in refs]
    assert names == [
        "a.md",
        "b.txt",
        "e.markdown",
        "feed.jsonl",
        "feed.jsonl",
        "feed.jsonl",
        "sub/c.html",
        "sub/deeper/d.htm",
    ]
    assert refs == sorted(refs, key=lambda r: (r.uri.split("#L")[0], r.line or 0))
    assert discover(str(tree)) == refs  # deterministic
    assert all(r.root == str(tree.absolute()) for r in refs)


def test_sizes_and_mtimes_come_from_stat(tree: Path) -> None:
    ref = next(r for r in discover(str(tree)) if r.uri.endswith("b.txt"))
    assert ref.size == 4
    assert ref.mtime == pytest.approx((tree / "b.txt").stat().st_mtime)
    assert ref.line is None


def test_jsonl_yields_one_ref_per_non_empty_line(tree: Path) -> None:
    refs = [r for r in discover(str(tree)) if "feed.jsonl" in r.uri]
    # Line numbers are the file's own (1-based), so blank lines leave gaps.
    assert [r.line for r in refs] == [1, 3, 5]
    assert [r.uri for r in refs] == [f"{tree.absolute() / 'feed.jsonl'}#L{n}" for n in (1, 3, 5)]
    assert [r.size for r in refs] == [len(b'{"text": "one"}\n'), 16, 18]


def test_single_file_and_single_jsonl(tree: Path) -> None:
    refs = discover(str(tree / "b.txt"))
    assert [r.uri for r in refs] == [str((tree / "b.txt").absolute())]
    assert refs[0].root is None  # named explicitly: nothing to escape from
    assert len(discover(str(tree / "feed.jsonl"))) == 3


def test_glob_patterns(tree: Path) -> None:
    assert [Path(r.uri).name for r in discover(str(tree / "*.txt"))] == ["b.txt"]
    deep = discover(str(tree / "**" / "*.htm*"))
    assert [Path(r.uri).name for r in deep] == ["c.html", "d.htm"]
    # A glob names its files explicitly, so even an unusual suffix is a candidate.
    assert [Path(r.uri).name for r in discover(str(tree / "*.pdf"))] == ["notes.pdf"]
    assert discover(str(tree / "*.nothing")) == []


def test_nonexistent_source_raises_clearly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        discover(str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match="base folder"):
        discover(str(tmp_path / "missing" / "*.txt"))


def test_big_jsonl_is_one_ref_and_the_reader_rejects_it(tmp_path: Path) -> None:
    big = _write(tmp_path / "big.jsonl", '{"text": "x"}\n' * 100)
    refs = discover(str(tmp_path), max_bytes=100)
    assert [(r.uri, r.line) for r in refs] == [(str(big.absolute()), None)]
    docs, rejected = read_batch(refs, max_bytes=100)
    assert docs == [] and rejected[0].reasons[0].startswith("too_large")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_escaping_the_root_is_listed_and_rejected(tmp_path: Path) -> None:
    outside = _write(tmp_path / "secret" / "passwd.txt", "Outside the input root.")
    _write(tmp_path / "secret" / "more.txt", "Also outside.")
    root = tmp_path / "in"
    _write(root / "ok.txt", "Inside the root, an ordinary article.")
    (root / "link.txt").symlink_to(outside)
    (root / "linkdir").symlink_to(outside.parent, target_is_directory=True)
    (root / "inner.txt").symlink_to(root / "ok.txt")  # stays inside: fine
    refs = discover(str(root))
    assert sorted(Path(r.uri).name for r in refs) == ["inner.txt", "link.txt", "linkdir", "ok.txt"]
    docs, rejected = read_batch(refs)
    assert sorted(Path(d.source_uri).name for d in docs) == ["inner.txt", "ok.txt"]
    assert {Path(r.source_uri).name: r.reasons for r in rejected} == {
        "link.txt": ("outside_root",),
        "linkdir": ("outside_root",),
    }


def test_odd_file_names_are_recorded_as_data(tmp_path: Path) -> None:
    root = tmp_path / "in"
    names = ["cafe\u0301.txt", "caf\u00e9.txt", "new\nline.txt", "x" * 250 + ".txt"]
    for name in names:
        _write(root / name, "An article with an odd file name.")
    refs = discover(str(root))
    assert len(refs) == len(names)
    docs, rejected = read_batch(refs)
    assert len(docs) == len(names) and not rejected
    assert all(Path(d.source_uri).resolve().is_relative_to(root.resolve()) for d in docs)
