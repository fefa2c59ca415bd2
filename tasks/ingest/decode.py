"""Bytes to clean Unicode text: refuse binary and compressed input, detect encodings, strip noise.

Each function either returns text or a short machine-readable reason (see ``tasks.ingest.read``);
none raises on bad bytes, so one bad file never fails its batch.
"""

from __future__ import annotations

import codecs
import re
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
_UTF16_NUL_SHARE = 0.3
_UTF16_STRAY_NULS = 0.02
_WESTERN_ASCII_LETTERS = 0.6

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


def decode_bytes(raw: bytes, *, declared: str | None = None) -> tuple[str | None, str | None]:
    """Decode ``raw`` to text; returns ``(text, None)`` or ``(None, reason)``.

    Order of evidence: a BOM; UTF-16 without a BOM (NULs in every other byte); valid UTF-8;
    the ``declared`` charset (an HTML ``<meta charset>``) when it decodes the bytes; then a
    guess. A declaration never overrides valid UTF-8: a page that says ``utf-8`` (or
    ``windows-1252``) and is not, is common, and decoding by the label garbles every accent.
    """
    refused = sniff_magic(raw)
    if refused:
        return None, refused
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding), None
            except UnicodeDecodeError:
                return None, f"{Reason.UNDECODABLE}: invalid {encoding} after BOM"
    text = _decode_utf16_without_bom(raw)
    if text is None:
        nuls = raw.count(b"\x00")
        if nuls > 1 and nuls > _NUL_RATIO_BINARY * len(raw):  # a lone NUL is noise, not binary
            return None, f"{Reason.BINARY}: NUL bytes"
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_declared(raw, declared) or _decode_legacy(raw)
    if text is None:
        return None, f"{Reason.BINARY}: no text encoding matches"
    if _is_control_heavy(text):
        return None, f"{Reason.BINARY}: control characters"
    return text, None


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I
)
# WHATWG: browsers read these labels as windows-1252, and so do publishers who write them.
_AS_CP1252 = frozenset({"ascii", "iso8859-1", "latin-1", "cp1252"})


def declared_charset(raw: bytes) -> str | None:
    """The codec an HTML page's ``<meta charset>`` names (in its first 4 KiB), or None."""
    match = _META_CHARSET.search(raw[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _decode_declared(raw: bytes, declared: str | None) -> str | None:
    """``raw`` decoded by a declared single-byte or CJK charset, if it decodes; else None.

    A declared UTF-8 or UTF-16 that does not decode is simply wrong (the caller got here
    because UTF-8 failed and there is no BOM): the guess decides instead.
    """
    if not declared or declared.startswith(("utf-", "utf_")):
        return None
    try:
        return raw.decode(declared)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM: NULs in a third of one byte column and (almost) none in the other.

    Western text in UTF-16 has a zero high byte for nearly every character, so the NULs line up
    in the odd (little-endian) or even (big-endian) positions; binary NULs fall anywhere.
    """
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    half = len(raw) // 2
    if odd >= _UTF16_NUL_SHARE * half and even <= _UTF16_STRAY_NULS * half:
        encoding = "utf-16-le"
    elif even >= _UTF16_NUL_SHARE * half and odd <= _UTF16_STRAY_NULS * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_legacy(raw: bytes) -> str | None:
    """Decode bytes that are not UTF-8, line by line: UTF-8 lines as UTF-8, the rest guessed.

    Files assembled from several sources mix UTF-8 lines with cp1252 ones; decoding the whole
    file as one codepage garbles one kind or the other (it came out as mac_roman).
    """
    lines = raw.splitlines(keepends=True)
    utf8 = [not line.isascii() and _is_utf8(line) for line in lines]
    rest = b"".join(line for line, is_utf8 in zip(lines, utf8, strict=True) if not is_utf8)
    encoding = _legacy_encoding(rest)
    if encoding is None:
        return None
    try:
        return "".join(
            line.decode("utf-8" if is_utf8 else encoding)
            for line, is_utf8 in zip(lines, utf8, strict=True)
        )
    except (UnicodeDecodeError, LookupError):
        return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _legacy_encoding(raw: bytes) -> str | None:
    """The codepage of bytes that are not UTF-8: cp1252 when they read as Western text.

    charset-normalizer alone gets short Western text wrong ("café €40bn –" came back as cp775,
    b"caf\xe9" as UTF-16 BE): every candidate scores alike there. Text whose letters are mostly
    ASCII under cp1252 is Western (English, French, German...: accents are a few letters in a
    hundred), while Cyrillic, Greek or CJK bytes read under cp1252 are nearly all non-ASCII, and
    then charset-normalizer decides.
    """
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None  # five byte values cp1252 leaves undefined
    if western is not None and _mostly_ascii_letters(western):
        return "cp1252"
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        return None
    if western is not None and (
        best.coherence < _CONFIDENT_COHERENCE or _WESTERN.match(best.encoding)
    ):
        return "cp1252"
    return str(best.encoding)


def _mostly_ascii_letters(text: str) -> bool:
    letters = [ch for ch in text[:65536] if ch.isalpha()]
    return sum(ch.isascii() for ch in letters) >= _WESTERN_ASCII_LETTERS * len(letters)


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
    text = text.translate(_invisible_in(text))
    return unicodedata.normalize("NFC", text)


_INVISIBLE: dict[str, bool] = {}  # character -> whether it is a Cc or Cf to delete


def _invisible_in(text: str) -> dict[int, None]:
    """A ``str.translate`` table deleting the Cc and Cf code points of ``text`` (not newline
    and tab). Built from the text's own characters: a table of every such code point took a
    scan of all 1.1 million (~0.45 s of CPU in every process that read a document)."""
    table: dict[int, None] = {}
    for ch in set(text):
        gone = _INVISIBLE.get(ch)
        if gone is None:
            gone = unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t"
            if len(_INVISIBLE) < 100_000:
                _INVISIBLE[ch] = gone
        if gone:
            table[ord(ch)] = None
    return table
