"""Encodings (docs/RELIABILITY.md #27): Western text in every usual encoding, declared or not,
and in HTML with a right, missing or wrong ``<meta charset>``, reads back equal to the original
(NFC)."""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks.documents import DocRef, RawDocument
from tasks.ingest.clean import clean
from tasks.ingest.read import read_batch

ENGLISH = (
    "the", "troops", "said", "on", "Monday", "that", "officials", "reported", "about", "near",
    "border", "were", "wounded", "in", "an", "attack", "and", "more", "than", "ministry",
)  # fmt: skip
# Accented words, currency and typographic punctuation that cp1252 (and mostly latin-1) holds,
# and the characters trafilatura's markdown escapes (<, _, *, [, `).
EUROPEAN = (
    "café", "naïve", "façade", "Zürich", "Müller", "Straße", "España", "año", "São", "Øresund",
    "Ærø", "crème", "brûlée", "déjà", "œuvre", "Łódź", "€40bn", "£5m", "–", "—", "“quoted”",
    "‘single’", "…", "<10%", "1_000", "±3", "20°C", "½", "[sic]", "¿qué?", "¡olé!",
)  # fmt: skip
ENCODINGS = ("cp1252", "latin-1", "utf-8", "utf-16-le", "utf-16-be")
BOMS = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
META_LABELS = {
    "cp1252": "windows-1252",
    "latin-1": "iso-8859-1",
    "utf-8": "utf-8",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16",
}


def _encodable(word: str, encoding: str) -> bool:
    try:
        word.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@st.composite
def sentences(draw: st.DrawFn, encoding: str) -> str:
    """A sentence of English and European words that ``encoding`` can represent, with at least
    one English word: a line of dashes alone ("– – – –.") is a separator the cleaner drops, not
    text (found by this test in the full suite)."""
    european = [w for w in EUROPEAN if _encodable(w, encoding)]
    words = draw(
        st.lists(
            st.one_of(st.sampled_from(ENGLISH), st.sampled_from(european)),
            min_size=3,
            max_size=29,
        )
    )
    words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(ENGLISH)))
    return words[0][:1].upper() + " ".join(words)[1:] + "."


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, str, bool, str | None]:
    """(text, encoding, with BOM, meta charset) for a .txt (meta None) or .html document."""
    encoding = draw(st.sampled_from(ENCODINGS))
    n = draw(st.integers(1, 4))
    text = "\n".join(draw(sentences(encoding)) for _ in range(n))
    bom = encoding in BOMS and draw(st.booleans())
    meta = draw(st.sampled_from([None, "txt", "correct", "missing", "wrong"]))
    return text, encoding, bom, meta


def _write(tmp_path: Path, text: str, encoding: str, bom: bool, meta: str | None) -> Path:
    if meta in (None, "txt"):
        name, body = "doc.txt", text
    else:
        label = {
            "correct": META_LABELS[encoding],
            "wrong": "windows-1252" if encoding.startswith("utf") else "utf-8",
        }.get(meta)
        head = f'<meta charset="{label}">' if label else ""
        # One paragraph: the body is a single block of text after cleaning.
        para = html.escape(text.replace("\n", " "), quote=False)
        name = "doc.html"
        body = f"<html><head>{head}<title>t</title></head><body><p>{para}</p></body></html>"
    path = tmp_path / name
    path.write_bytes((BOMS[encoding] if bom else b"") + body.encode(encoding))
    return path


def _read(path: Path) -> RawDocument:
    docs, rejected = read_batch([DocRef(str(path), path.stat().st_size, 0.0)])
    assert not rejected, rejected
    return docs[0]


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(doc=documents())
def test_western_text_reads_back_equal_after_nfc(
    tmp_path: Path, doc: tuple[str, str, bool, str | None]
) -> None:
    text, encoding, bom, meta = doc
    path = _write(tmp_path, text, encoding, bom, meta)
    raw = _read(path)
    expected = unicodedata.normalize("NFC", text)
    if path.suffix == ".txt":
        assert raw.text == expected
    else:
        # Through cleaning too: trafilatura's markdown escapes (\<, \_) must not survive.
        assert clean(raw).text == expected.replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        "brûlée Monday café Monday – wounded said near.",  # was "br¹lķe ... cafķ ... ¢" (cp775)
        "[sic] said “quoted” about déjà – an €40bn and and.",
        "about wounded said the border ‘single’.",
    ],
)
def test_cp1252_sentence_is_not_read_as_a_baltic_codepage(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    assert _read(path).text == text


def test_cp1252_html_with_a_wrong_utf8_meta_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Müller said “quoted” – €40bn.</p>'
    path = tmp_path / "a.html"
    path.write_bytes(page.encode("cp1252"))
    assert clean(_read(path)).text == "Müller said “quoted” – €40bn."


def test_file_mixing_utf8_and_cp1252_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Prices rose to €40bn in the café.\n".encode()
        + "Le café était fermé – voilà.\n".encode("cp1252")
    )
    assert _read(path).text == "Prices rose to €40bn in the café.\nLe café était fermé – voilà.\n"


def test_cyrillic_codepage_is_still_detected(tmp_path: Path) -> None:
    text = "Министерство обороны сообщило, что около десяти тысяч солдат прибыли к границе."
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert _read(path).text == text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Support fell to <10% and 1_000 people left.</p>", "Support fell to <10% and"),
        ("<p>He wrote *not* [sic] and `code` here, then left.</p>", "He wrote *not* [sic]"),
    ],
)
def test_html_text_keeps_no_markdown_escapes(tmp_path: Path, markup: str, expected: str) -> None:
    path = tmp_path / "e.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    text = clean(_read(path)).text
    assert "\\" not in text
    assert text.startswith(expected)
