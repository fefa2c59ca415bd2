"""Bytes to clean Unicode text: refuse binary and compressed input, detect encodings, strip noise.

Each function either returns text or a short machine-readable reason (see ``tasks.ingest.read``);
none raises on bad bytes, so one bad file never fails its batch.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

import charset_normalizer

from tasks.schema import QuarantineReason as Reason

# Magic numbers checked before any decoding: trafilatura extracts garbage from raw gzip bytes
# (docs/RELIABILITY.md #25), and charset-normalizer happily "decodes" some binary formats.
COMPRESSED_MAGIC: dict[bytes, str] = {
    b"\x1f\x8b": "gzip",
    b"\x28\xb5\x2f\xfd": "zstd",
    b"BZh": "bzip2",
    b"\xfd7zXZ\x00": "xz",
    b"PK\x03\x04": "zip",
    b"PK\x05\x06": "zip",
    b"7z\xbc\xaf\x27\x1c": "7z",
}
BINARY_MAGIC: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"%PDF-": "pdf",
    b"\xff\xd8\xff": "jpeg",
    b"GIF87a": "gif",
    b"GIF89a": "gif",
    b"RIFF": "riff",
    b"\x7fELF": "elf",
    b"MZ": "exe",
    b"\xd0\xcf\x11\xe0": "ole",  # legacy .doc/.xls
    b"SQLite format 3\x00": "sqlite",
    b"OggS": "ogg",
    b"ID3": "mp3",
    b"\x00\x00\x01\x00": "ico",
}
# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Western codepages charset-normalizer confuses on short text ("très" -> cp1250): for any of
# them cp1252 (latin-1's printable range and more) is the better bet.
_WESTERN = re.compile(
    r"^(cp1250|cp1252|cp1254|cp1257|cp1258|latin_1|iso8859_(?:[1-4]|9|1[0-6])|mac_roman|cp437|cp850|ascii)$"
)
_CONFIDENT_COHERENCE = 0.2
_NUL_RATIO_BINARY = 0.01
_CONTROL_RATIO_BINARY = 0.05
_MIN_CONTROLS_BINARY = 8

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def sniff_magic(raw: bytes) -> str | None:
    """The reason for refusing ``raw`` from its leading bytes alone, or None."""
    for magic, kind in COMPRESSED_MAGIC.items():
        if raw.startswith(magic):
            return f"{Reason.COMPRESSED}: {kind}"
    for magic, kind in BINARY_MAGIC.items():
        if raw.startswith(magic):
            return f"{Reason.BINARY}: {kind}"
    return None


def decode_bytes(raw: bytes) -> tuple[str | None, str | None]:
    """Decode ``raw`` to text; returns ``(text, None)`` or ``(None, reason)``."""
    refused = sniff_magic(raw)
    if refused:
        return None, refused
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding), None
            except UnicodeDecodeError:
                return None, f"{Reason.UNDECODABLE}: invalid {encoding} after BOM"
    nuls = raw.count(b"\x00")
    if nuls > 1 and nuls > _NUL_RATIO_BINARY * len(raw):  # a lone NUL is noise, not binary
        return None, f"{Reason.BINARY}: NUL bytes"
    text: str | None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(raw)
    if text is None:
        return None, f"{Reason.BINARY}: no text encoding matches"
    if _is_control_heavy(text):
        return None, f"{Reason.BINARY}: control characters"
    return text, None


def _decode_legacy(raw: bytes) -> str | None:
    """Decode bytes that are not UTF-8: charset-normalizer when it is confident, else cp1252.

    On short text every candidate scores the same (b"caf\xe9" comes back as UTF-16 BE or
    cp1006), so without a confident language match we take cp1252, the usual codepage of
    undeclared Western news text; it cannot decode five byte values, which then defer to the guess.
    """
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        return None
    if best.coherence < _CONFIDENT_COHERENCE or _WESTERN.match(best.encoding):
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass  # latin-1 would turn those bytes into C1 controls: no better
    try:
        return str(best)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_control_heavy(text: str) -> bool:
    """Whether C0/C1 controls (other than whitespace and ESC) make up a binary share of the text.

    A handful is noise to strip (a stray BEL in a crawl), so short texts need more than a few.
    """
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\x0c\x1b\x85"
    )
    return controls > max(_MIN_CONTROLS_BINARY, _CONTROL_RATIO_BINARY * len(sample))


def normalize_text(text: str) -> str:
    """Newlines to ``\\n``, ANSI escapes and invisible format/control characters removed, NFC."""
    text = _NEWLINES.sub("\n", text)
    text = _ANSI.sub("", text)
    # Zero-width, bidi and other format characters (Cf) and C0/C1 controls (Cc) are invisible
    # noise that would make the same article hash differently (docs/RELIABILITY.md #29, #33).
    text = text.translate(_invisible_table())
    return unicodedata.normalize("NFC", text)


@functools.cache
def _invisible_table() -> dict[int, None]:
    """A ``str.translate`` table deleting every Cc and Cf code point except newline and tab."""
    return {
        cp: None
        for cp in range(sys.maxunicode + 1)
        if unicodedata.category(chr(cp)) in ("Cc", "Cf") and chr(cp) not in "\n\t"
    }
