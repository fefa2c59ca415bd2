"""Reading: every format, every bad-input class of docs/RELIABILITY.md #23-34, one outcome each."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks.documents import DocRef, RawDocument, Rejected
from tasks.ingest.discover import discover
from tasks.ingest.read import read_batch, split_front_matter

GOOD = "Ukraine said on Monday that 12,000 soldiers had arrived near the border.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
RANDOM = bytes((i * 7919 + 13) % 256 for i in range(4096))  # deterministic "random" bytes


def _file(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _read_with_good_neighbour(
    tmp_path: Path, name: str, data: bytes | str | None, **kw: int
) -> tuple[list[RawDocument], list[Rejected], RawDocument | Rejected]:
    """Read file ``name`` (written from ``data`` unless None) in a batch with a good document."""
    _file(tmp_path, "0_good.txt", GOOD)
    target = tmp_path / name if data is None else _file(tmp_path, name, data)
    docs, rejected = read_batch(discover(str(tmp_path / "*")), **kw)
    assert any(d.source_uri.endswith("0_good.txt") and d.text == GOOD for d in docs)
    outcomes: list[RawDocument | Rejected] = [*docs, *rejected]
    mine = [o for o in outcomes if o.source_uri.startswith(str(target))]
    assert len(mine) == 1
    return docs, rejected, mine[0]


BAD_INPUTS = [
    pytest.param("empty.txt", b"", "empty", id="empty"),
    pytest.param("blank.txt", b"  \n\t \r\n", "empty", id="whitespace-only"),
    pytest.param("bom.txt", b"\xef\xbb\xbf", "empty", id="utf8-bom-only"),
    pytest.param("bom16.txt", b"\xff\xfe", "empty", id="utf16-bom-only"),
    pytest.param("invisible.txt", "\u200b\u202e\x1b[31m\x1b[0m\n", "empty", id="invisible-only"),
    pytest.param("image.txt", PNG, "binary", id="png-as-txt"),
    pytest.param("image.html", PNG, "binary", id="png-as-html"),
    pytest.param("doc.txt", PDF, "binary", id="pdf-as-txt"),
    pytest.param("noise.html", RANDOM, "binary", id="random-bytes"),
    pytest.param(
        "nul.txt", b"text\x00\x00\x00\x00 with many NULs\x00\x00", "binary", id="nul-heavy"
    ),
    pytest.param("page.html", gzip.compress(b"<html>" + b"A" * 10000), "compressed", id="gzip"),
    pytest.param("page.txt", b"\x28\xb5\x2f\xfd" + b"\x00" * 20, "compressed", id="zstd"),
    pytest.param("a.txt", b"PK\x03\x04" + b"\x00" * 30, "compressed", id="zip"),
    pytest.param("bad.jsonl", b'{"text": "unterminated\n', "unparseable", id="jsonl-invalid"),
    pytest.param("no_text.jsonl", b'{"title": "No body"}\n', "invalid_record", id="jsonl-no-text"),
    pytest.param("list.jsonl", b'["not", "an", "object"]\n', "invalid_record", id="jsonl-array"),
    pytest.param("blank.jsonl", b'{"text": "   "}\n', "invalid_record", id="jsonl-blank-text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_INPUTS)
def test_bad_input_is_rejected_with_its_reason(
    tmp_path: Path, name: str, data: bytes | str, reason: str
) -> None:
    _, _, outcome = _read_with_good_neighbour(tmp_path, name, data)
    assert isinstance(outcome, Rejected), outcome
    assert outcome.reasons[0].split(":")[0] == reason
    raw = data.encode() if isinstance(data, str) else data
    if name.endswith(".jsonl"):
        raw = raw.rstrip(b"\n")  # a JSONL line's id is the hash of the line's own bytes
    assert outcome.record_id == hashlib.sha256(raw).hexdigest()
    json.dumps(outcome.record)  # the record is JSON-able, for the quarantine table


def test_oversized_sparse_file_is_rejected_on_stat_without_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(10**10)  # 10 GB, sparse: instant to make, fatal to read
    start = time.perf_counter()
    _, _, outcome = _read_with_good_neighbour(tmp_path, "huge.txt", None, max_bytes=1024)
    assert time.perf_counter() - start < 2
    assert isinstance(outcome, Rejected)
    assert outcome.reasons == ("too_large: 10000000000 bytes > 1024",)
    uri_size = f"{outcome.source_uri}\x00{10**10}".encode()
    assert outcome.record_id == hashlib.sha256(uri_size).hexdigest()


def test_oversized_real_file(tmp_path: Path) -> None:
    _file(tmp_path, "0_good.txt", GOOD)
    _file(tmp_path, "big.txt", "word " * 1000)
    docs, rejected = read_batch(discover(str(tmp_path)), max_bytes=1000)
    assert [d.source_uri.endswith("0_good.txt") for d in docs] == [True]
    assert rejected[0].reasons == ("too_large: 5000 bytes > 1000",)


ENCODINGS = [
    pytest.param(b"\xef\xbb\xbf" + "Caf\u00e9 in Kyiv.".encode(), id="utf8-bom"),
    pytest.param(b"\xff\xfe" + "Caf\u00e9 in Kyiv.".encode("utf-16-le"), id="utf16-le-bom"),
    pytest.param(b"\xfe\xff" + "Caf\u00e9 in Kyiv.".encode("utf-16-be"), id="utf16-be-bom"),
    pytest.param("Caf\u00e9 in Kyiv.".encode("cp1252"), id="cp1252"),
    pytest.param("Caf\u00e9 in Kyiv.".encode("latin-1"), id="latin-1"),
    pytest.param("Cafe\u0301 in Kyiv.".encode(), id="nfd"),
]


@pytest.mark.parametrize("data", ENCODINGS)
def test_encodings_round_trip_to_nfc(tmp_path: Path, data: bytes) -> None:
    _, _, outcome = _read_with_good_neighbour(tmp_path, "enc.txt", data)
    assert isinstance(outcome, RawDocument)
    assert outcome.text == "Caf\u00e9 in Kyiv."  # BOM gone, NFC
    assert outcome.raw_sha256 == hashlib.sha256(data).hexdigest()


def test_short_cp1252_word_round_trips(tmp_path: Path) -> None:
    # charset-normalizer alone reads these four bytes as UTF-16 BE.
    _, _, outcome = _read_with_good_neighbour(tmp_path, "cafe.txt", "caf\u00e9".encode("cp1252"))
    assert isinstance(outcome, RawDocument) and outcome.text == "caf\u00e9"


def test_cp1252_punctuation_round_trips(tmp_path: Path) -> None:
    text = (
        "\u201cWe will win,\u201d he said \u2013 a \u20ac40bn pledge\u2026 na\u00efve fa\u00e7ade."
    )
    _, _, outcome = _read_with_good_neighbour(tmp_path, "quotes.txt", text.encode("cp1252"))
    assert isinstance(outcome, RawDocument) and outcome.text == text


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n", "\u2028"])
def test_line_endings_are_normalised(tmp_path: Path, newline: str) -> None:
    data = newline.join(["Title line", "First paragraph.", "", "Second."])
    _, _, outcome = _read_with_good_neighbour(tmp_path, "nl.txt", data)
    assert isinstance(outcome, RawDocument)
    assert outcome.text == "Title line\nFirst paragraph.\n\nSecond."


def test_invisible_noise_is_removed(tmp_path: Path) -> None:
    # U+0085 (NEL) is a line break; a lone NUL is noise, not a sign of binary.
    noisy = "Kyi\u200bv \x1b[31mreported\x1b[0m 5\u202e0 drones\x07\x00 over\u2066night\x85.\tEnd"
    _, _, outcome = _read_with_good_neighbour(tmp_path, "noise.txt", noisy)
    assert isinstance(outcome, RawDocument)
    assert outcome.text == "Kyiv reported 50 drones overnight\n.\tEnd"
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf") for ch in outcome.text)


def test_markdown_front_matter_becomes_meta(tmp_path: Path) -> None:
    md = (
        "---\n"
        'title: "Kyiv under fire - Example News"\n'
        "source: https://example.com/a\n"
        "date: 2026-01-30\n"
        "site_name: Example News\n"
        "---\n\nBody text here.\n"
    )
    _, _, outcome = _read_with_good_neighbour(tmp_path, "a.md", md)
    assert isinstance(outcome, RawDocument)
    assert outcome.text.strip() == "Body text here."
    assert outcome.meta == {
        "title": "Kyiv under fire - Example News",
        "url": "https://example.com/a",
        "published_at": "2026-01-30T00:00:00+00:00",
        "outlet": "Example News",
        "metadata_warnings": [],
    }


def test_broken_front_matter_is_removed_and_salvaged() -> None:
    # An unquoted colon makes this invalid YAML; the block must still leave the body.
    text, meta = split_front_matter("---\ntitle: War: day 3\ndate: unknown\n---\nBody.\n")
    assert text == "Body.\n"
    assert meta == {"title": "War: day 3", "date": "unknown"}


def test_html_page_uses_trafilatura_text_and_metadata(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Strikes hit Kyiv</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2026-02-01T10:00:00Z"></head>'
        "<body><nav>Home | World</nav><article><h1>Strikes hit Kyiv</h1>"
        "<p>Russia launched 90 missiles at Kyiv overnight, officials said on Sunday morning.</p>"
        "<h2>Damage</h2><p>Buildings were damaged in 50 locations across the capital city.</p>"
        "</article><div class='comments'><p>First comment!</p></div></body></html>"
    )
    _, _, outcome = _read_with_good_neighbour(tmp_path, "page.html", html)
    assert isinstance(outcome, RawDocument)
    assert "Russia launched 90 missiles" in outcome.text and "## Damage" in outcome.text
    assert "First comment" not in outcome.text
    assert outcome.meta["title"] == "Strikes hit Kyiv"
    assert outcome.meta["outlet"] == "Example News"
    assert outcome.meta["published_at"] == "2026-02-01T00:00:00+00:00"


def test_html_fragment_without_html_tag_is_extracted(tmp_path: Path) -> None:
    frag = "<p>Ukraine said 40 drones were shot down overnight near Kharkiv.</p><p>More.</p>"
    _, _, outcome = _read_with_good_neighbour(tmp_path, "frag.html", frag)
    assert isinstance(outcome, RawDocument)
    assert "40 drones were shot down" in outcome.text


def test_plain_text_in_html_file_takes_the_plain_route(tmp_path: Path) -> None:
    _, _, outcome = _read_with_good_neighbour(tmp_path, "plain.html", GOOD * 3)
    assert isinstance(outcome, RawDocument) and outcome.text == GOOD * 3


def test_deeply_nested_html_does_not_crash_or_hang(tmp_path: Path) -> None:
    deep = (
        "<html><body>" + "<div>" * 20000 + "<p>Deep text.</p>" + "</div>" * 20000 + "</body></html>"
    )
    start = time.perf_counter()
    _, _, outcome = _read_with_good_neighbour(tmp_path, "deep.html", deep)
    assert time.perf_counter() - start < 5
    if isinstance(outcome, Rejected):
        assert outcome.reasons[0].split(":")[0] in ("unparseable", "empty")
    else:
        assert "Deep text." in outcome.text


def test_jsonl_lines_become_documents_or_rejections(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "A", "text": "Alpha text.", "url": "https://e.com/a", "outlet": "E"}),
        "",
        "{broken",
        json.dumps({"title": "No text"}),
        json.dumps({"text": "Beta text.", "published_at": "2026-02-03T12:00:00+02:00"}),
    ]
    path = _file(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    refs = discover(str(path))
    assert [r.line for r in refs] == [1, 3, 4, 5]
    docs, rejected = read_batch(refs)
    assert [(d.source_uri, d.text) for d in docs] == [
        (f"{path}#L1", "Alpha text."),
        (f"{path}#L5", "Beta text."),
    ]
    assert docs[0].meta == {
        "title": "A",
        "url": "https://e.com/a",
        "published_at": None,
        "outlet": "E",
        "metadata_warnings": [],
    }
    assert docs[1].meta["published_at"] == "2026-02-03T10:00:00+00:00"
    assert docs[0].raw_sha256 == hashlib.sha256(lines[0].encode()).hexdigest()
    assert [(r.source_uri, r.reasons[0].split(":")[0]) for r in rejected] == [
        (f"{path}#L3", "unparseable"),
        (f"{path}#L4", "invalid_record"),
    ]
    assert rejected[1].reasons == ("invalid_record: no text",)
    # A whole-file ref (as a caller might build by hand) expands to the same outcomes.
    whole = DocRef(uri=str(path), size=path.stat().st_size, mtime=0.0)
    assert read_batch([whole]) == (docs, rejected)


def test_published_bytes_are_not_decoded_again(tmp_path: Path) -> None:
    """A document whose raw bytes are published comes back with its hash and no text (nothing
    reads it again: a run with nothing new parses none of its 2,225 lines); the rest as ever."""
    lines = [json.dumps({"text": f"Text {i}.", "title": f"T{i}"}) for i in range(3)]
    path = _file(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    page = _file(tmp_path, "page.txt", GOOD)
    refs = discover(str(path)) + discover(str(page))
    docs, rejected = read_batch(refs)
    assert len(docs) == 4 and not rejected
    published = {docs[1].raw_sha256, docs[3].raw_sha256}
    again, none = read_batch(refs, published=published)
    assert not none and [d.raw_sha256 for d in again] == [d.raw_sha256 for d in docs]
    assert [d.source_uri for d in again] == [d.source_uri for d in docs]
    assert [d.text for d in again] == ["Text 0.", "", "Text 2.", ""]
    assert again[0] == docs[0] and again[1].meta == {}


def test_a_jsonl_file_read_again_in_a_later_batch_gives_its_new_lines(tmp_path: Path) -> None:
    """The split lines are kept for the bytes read last (by identity): a batch that loads the
    file again after it changed reads the new lines, never the kept ones."""
    path = _file(tmp_path, "feed.jsonl", json.dumps({"text": "Before."}) + "\n")
    refs = discover(str(path))
    assert [d.text for d in read_batch(refs)[0]] == ["Before."]
    path.write_text(json.dumps({"text": "After!!"}) + "\n")  # the same size
    assert [d.text for d in read_batch(refs)[0]] == ["After!!"]


def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    missing = DocRef(uri=str(tmp_path / "gone.txt"), size=10, mtime=0.0)
    docs, rejected = read_batch([missing])
    assert docs == [] and rejected[0].reasons[0].startswith("unreadable: FileNotFoundError")
    assert rejected[0].record_id == hashlib.sha256(f"{missing.uri}\x0010".encode()).hexdigest()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_is_unreadable(tmp_path: Path) -> None:
    path = _file(tmp_path, "secret.txt", GOOD)
    path.chmod(0)
    try:
        _, rejected = read_batch(discover(str(path)))
    finally:
        path.chmod(0o600)
    assert rejected[0].reasons[0].startswith("unreadable: PermissionError")


def test_every_ref_lands_in_exactly_one_list(tmp_path: Path) -> None:
    for i, param in enumerate(BAD_INPUTS):
        _file(tmp_path, f"bad{i}.txt", param.values[1])  # type: ignore[arg-type]
    _file(tmp_path, "good.txt", GOOD)
    refs = discover(str(tmp_path))
    docs, rejected = read_batch(refs)
    outcomes: list[RawDocument | Rejected] = [*docs, *rejected]
    assert sorted(o.source_uri for o in outcomes) == sorted(r.uri for r in refs)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".txt", ".html", ".md", ".jsonl"]))
def test_read_batch_never_raises_on_arbitrary_bytes(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    docs, rejected = read_batch(discover(str(path)) or [DocRef(str(path), len(data), 0.0)])
    assert len(docs) + len(rejected) >= 1
    for doc in docs:
        assert "\r" not in doc.text and doc.text.strip()
        assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf") for ch in doc.text)
    for rej in rejected:
        assert rej.reasons and rej.reasons[0].split(":")[0] in {
            "empty",
            "binary",
            "compressed",
            "undecodable",
            "unparseable",
            "invalid_record",
        }


def test_a_symlink_loop_is_unreadable_not_an_internal_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "self.md").symlink_to(tmp_path / "self.md")
    _file(tmp_path, "0_good.txt", GOOD)
    for source in (str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path / "*")):
        docs, rejected = read_batch(discover(source))
        assert rejected, source
        assert all(r.reasons[0].startswith("unreadable: symlink loop") for r in rejected), [
            r.reasons for r in rejected
        ]


_BOMB = """
import gzip, resource, sys, time
from pathlib import Path
from tasks.ingest.read import read_batch
from tasks.documents import DocRef
path = Path(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
docs, rejected = read_batch([DocRef(str(path), path.stat().st_size, 0.0)])
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before,
      rejected[0].reasons[0] if rejected else "published")
"""


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_decompression_bomb_is_refused_in_bounded_time_and_memory(
    tmp_path: Path, suffix: str
) -> None:
    # docs/RELIABILITY.md #25: 1 GB of "A" gzipped to about 1 MB, read in a fresh process.
    import subprocess
    import sys
    import zlib

    from tests.conftest import REPO

    path = tmp_path / f"bomb{suffix}"
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip header, as gzip writes
    chunk = b"A" * (1 << 20)
    with path.open("wb") as out:
        for _ in range(1024):
            out.write(squeeze.compress(chunk))
        out.write(squeeze.flush())
    assert path.stat().st_size < 2 << 20
    got = subprocess.run(
        [sys.executable, "-c", _BOMB, str(path)], cwd=REPO, capture_output=True, text=True
    )
    seconds, rss_kb, reason = got.stdout.split(maxsplit=2)
    assert reason.strip() == "compressed: gzip", got.stdout + got.stderr
    assert float(seconds) < 2
    assert int(rss_kb) < 100 * 1024  # KiB on Linux


def test_thirty_megabytes_of_html_is_refused_by_the_cap_at_once(tmp_path: Path) -> None:
    # docs/RELIABILITY.md #26: trafilatura takes 16 s and 322 MB on 30 MB of HTML; the cap
    # refuses it on stat, before reading a byte.
    page = tmp_path / "huge.html"
    row = b"<div><p>Officials said 40 soldiers were wounded near the border.</p></div>\n"
    page.write_bytes(b"<html><body>" + row * (30 * (1 << 20) // len(row)) + b"</body></html>")
    start = time.perf_counter()
    docs, rejected = read_batch(discover(str(page)))
    assert time.perf_counter() - start < 1
    assert not docs and rejected[0].reasons[0].startswith("too_large: ")
