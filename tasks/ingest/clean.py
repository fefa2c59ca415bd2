"""Cleaning: a RawDocument's text to an article body with its title, dateline, outlet, headings and
references kept apart, or a Rejected when nothing English is left.

Body format: one paragraph per line of the source (a hard-wrapped line is joined to the next),
paragraphs separated by exactly one blank line, no leading or trailing whitespace. Headings stay
in the body as paragraphs of their own and are also listed in ``headings``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from tasks.documents import META_URL, CleanArticle, RawDocument, Rejected
from tasks.ingest.boilerplate import (
    is_clutter,
    is_embedded_post,
    strip_inline_clutter,
    strip_markup,
)
from tasks.ingest.decode import normalize_text
from tasks.ingest.metadata import date_in_sign_off, wire_credit
from tasks.known_sources import built_in
from tasks.schema import ArticleCol as A
from tasks.schema import QuarantineReason as Reason

_REFERENCES_HEADER = re.compile(
    r"(?i)^(?:literature|sources?|references|bibliography|further reading|works cited)\s*:?$"
)
_REFERENCE_MAX_WORDS = 25
_ENDNOTE = re.compile(r"^\s*\[\[[^\]]{1,12}\]\]\(")  # "[[iv]](url) https://t.me/..." lines
# "conflict.The deployment": a full stop between a lowercase word (2+ letters, so not "U.S." or
# "e.g.") and a capitalised word. Digits ("2.5") and hyphens ("Ka-52") never match.
_GLUED = re.compile(
    r"(?<=[a-z]{2}[.!?])(?=[“‘]?[A-Z][a-z])"  # conflict.The / said.“We
    r"|(?<=[a-z]{2}[.!?][”’])(?=[A-Z])"  # war.”The
)
_TERMINAL = '.!?:;,"”’)…'
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z’'.\-]{2,}(?: [A-Z][A-Z’'.\-]+){0,3}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"  # Reuters: "MOSCOW, Feb 10 (Reuters) -"
    r"(?: \([^)]{1,20}\))?\s*(?:[—–]|--?)\s+(?=\S)"
)
_STOPWORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "the of and to a in is that for it on was with as by at be this are from have has had not "
        "but an or they their which were said been his her he she its will would who more also "
        "than after about into there we our you i can could should what when all one"
    ).split()
)
# Longer clean texts are quarantined ("too_long"): spaCy parses them in chunks (see
# tasks/extract/nlp.py), but time still grows with length (~50 s a million characters).
MAX_ARTICLE_CHARS = 2_000_000
_ENGLISH_MIN_STOPWORD_SHARE = 0.15
_ENGLISH_MIN_ASCII_SHARE = 0.7


@dataclass
class _Line:
    """One line of body text and what markup said about it."""

    text: str
    heading: bool = False
    bullet: bool = False  # a list item or embedded post: its own paragraph, never a heading


def clean(doc: RawDocument) -> CleanArticle:
    """Clean one document; the body may come out empty or non-English (``clean_batch`` rejects)."""
    meta = doc.meta
    title, title_outlet = split_site_suffix(meta.get(A.TITLE), meta.get(META_URL))
    lines, signed_outlet = _body_lines(normalize_text(doc.text))
    lines, references = _take_references(lines)
    lines = _join_wrapped(lines)
    lines = _dedupe_adjacent(lines)
    if title is not None:
        # Pages repeat their headline at the top of the body (trafilatura's "# Title" too).
        while lines and _same(lines[0].text, title):
            lines.pop(0)
    elif lines and len(lines) > 1 and (lines[0].heading or _headline_like(lines[0].text, 25)):
        title = lines.pop(0).text
    headings = [
        line.text
        for i, line in enumerate(lines)
        if line.heading
        or (not line.bullet and i + 1 < len(lines) and _headline_like(line.text, 14))
    ]
    text = "\n\n".join(line.text for line in lines)
    outlet, published_at = _outlet_and_date(meta, signed_outlet, title_outlet, lines)
    return CleanArticle(
        source_uri=doc.source_uri,
        raw_sha256=doc.raw_sha256,
        text=text,
        title=title,
        outlet=outlet,
        dateline=_dateline([line.text for line in lines if not line.heading][:3]),
        published_at=published_at,
        language=detect_language(text),
        headings=tuple(headings),
        references=tuple(references),
        metadata_warnings=tuple(meta.get(A.METADATA_WARNINGS) or ()),
    )


def _outlet_and_date(
    meta: dict[str, Any], signed: str | None, title_outlet: str | None, lines: list[_Line]
) -> tuple[str | None, datetime | None]:
    """The outlet and publication date: the format's fields first, then what the text says."""
    published_at = _parse_utc(meta.get(A.PUBLISHED_AT))
    signed_date = date_in_sign_off(signed)  # "This article was published on October 31, 2024"
    if signed_date is not None:
        signed, published_at = None, published_at or signed_date
    lead = [line.text for line in lines[:3] if not line.heading]
    outlet = meta.get(A.OUTLET) or signed or wire_credit(lead) or title_outlet
    known = built_in().lookup(outlet) if outlet else None
    # One name per outlet: "BBC" in a sign-off and bbc.co.uk's "BBC News" are one outlet.
    return (known.name if known and known.hosts else outlet), published_at


def clean_batch(
    docs: list[RawDocument], *, max_chars: int = MAX_ARTICLE_CHARS
) -> tuple[list[CleanArticle], list[Rejected]]:
    """Clean every document; an empty, non-English or too long result (or a bug of ours)
    becomes Rejected."""
    articles: list[CleanArticle] = []
    rejected: list[Rejected] = []
    for doc in docs:
        try:
            article = clean(doc)
        except Exception as exc:  # noqa: BLE001 - one bad document never fails its batch
            rejected.append(_reject(doc, f"{Reason.INTERNAL_ERROR}: {type(exc).__name__}: {exc}"))
            continue
        if not article.text:
            rejected.append(_reject(doc, f"{Reason.EMPTY}: no text after cleaning"))
        elif article.language != "en":
            rejected.append(_reject(doc, Reason.NOT_ENGLISH, language=article.language))
        elif len(article.text) > max_chars:
            reason = f"{Reason.TOO_LONG}: {len(article.text)} characters > {max_chars}"
            rejected.append(_reject(doc, reason))
        else:
            articles.append(article)
    return articles, rejected


def _body_lines(text: str) -> tuple[list[_Line], str | None]:
    """Lines of article text with markup and clutter removed, and the outlet a sign-off names."""
    lines: list[_Line] = []
    outlet = None
    for raw in text.split("\n"):
        if not raw.strip() or _ENDNOTE.match(raw):
            continue
        body, heading, bullet = strip_markup(raw)
        # An embedded post is quoted text, never a heading, however short it is.
        bullet = bullet or is_embedded_post(body)
        body, signed = strip_inline_clutter(body)
        outlet = signed or outlet
        if body and not is_clutter(body):
            lines.append(_Line(_GLUED.sub(" ", body), heading=heading, bullet=bullet))
    return lines, outlet


def _take_references(lines: list[_Line]) -> tuple[list[_Line], list[str]]:
    """Split off a trailing "Sources:"/"References:" list; its items become source names."""
    for i in range(len(lines) - 1, -1, -1):
        if _REFERENCES_HEADER.match(lines[i].text):
            end = i + 1
            while end < len(lines) and len(lines[end].text.split()) <= _REFERENCE_MAX_WORDS:
                end += 1
            names = [_source_name(line.text) for line in lines[i + 1 : end]]
            return lines[:i] + lines[end:], [n for n in names if n]
    return lines, []


def _source_name(item: str) -> str:
    """The source a reference item names: the part after its last dash or bar, if short."""
    parts = re.split(r"\s+[-–—|]\s+", item)
    tail = parts[-1].strip(" .")
    if len(parts) > 1 and 0 < len(tail.split()) <= 6:
        return tail
    return item.strip(" .")


def _join_wrapped(lines: list[_Line]) -> list[_Line]:
    """Join a hard-wrapped line to the next: long, no closing punctuation, next starts lowercase."""
    out: list[_Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not (prev.heading or line.heading or line.bullet)
            and len(prev.text) >= 50
            and prev.text[-1] not in _TERMINAL
            and line.text[:1].islower()
        ):
            prev.text = f"{prev.text} {line.text}"
        else:
            out.append(line)
    return out


def _dedupe_adjacent(lines: list[_Line]) -> list[_Line]:
    """Drop a line identical to the one before it (captions and teasers repeated by crawlers)."""
    return [line for i, line in enumerate(lines) if i == 0 or line.text != lines[i - 1].text]


def _headline_like(text: str, max_words: int) -> bool:
    """Short, capitalised, no closing punctuation other than ? ! or a colon: a title or heading."""
    words = text.split()
    if not words or len(words) > max_words or len(text) > 200:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "‘“\"'"):
        return False
    last = text[-1]
    if last in '.,;"”’…' or re.search(r"[a-z]{2}[.!?] [A-Z]", text):
        return False
    # A colon ends a lead-in sentence ("experts suggest the following measures:") when the line
    # reads as a clause (has a comma); otherwise it introduces a list ("Key points on X:").
    return not (last == ":" and "," in text)


def _dateline(paragraphs: list[str]) -> str | None:
    """The place a paragraph opens with before a dash ("KYIV — As the war..."), if any."""
    for paragraph in paragraphs:
        match = _DATELINE.match(paragraph)
        if match:
            return match.group("place").strip()
    return None


def split_site_suffix(title: str | None, url: str | None) -> tuple[str | None, str | None]:
    """Split "Headline | Section | Outlet" or "Headline - Outlet" into (headline, outlet).

    A bar always separates site furniture; a dash or colon only when the suffix matches the
    url's host ("Atlantic Council" for atlanticcouncil.org), since headlines use dashes too.
    """
    if not title:
        return None, None
    title = " ".join(title.split())
    if " | " in title:
        parts = [p.strip() for p in title.split(" | ")]
        return parts[0], parts[-1] or None
    match = re.match(r"^(.*\S)\s+[-–—:]\s+([^-–—:|]{2,40})$", title)
    if match and url and _names_host(match.group(2), url):
        return match.group(1), match.group(2).strip()
    return title, None


def _names_host(name: str, url: str) -> bool:
    """Whether ``name`` ("BBC News") is the site name in ``url``'s host (bbc.com)."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    host = urlsplit(url).hostname or ""
    labels = [label for label in host.split(".")[:-1] if len(label) >= 3 and label != "www"]
    return bool(key) and any(key.startswith(label) or label.startswith(key) for label in labels)


def detect_language(text: str) -> str:
    """``"en"`` when the text reads as English (ASCII letters, common stopwords), else ``"und"``."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return "und"
    letters = sum(len(w) for w in words)
    ascii_letters = sum(len(w) for w in words if w.isascii())
    if ascii_letters < _ENGLISH_MIN_ASCII_SHARE * letters:
        return "und"
    if len(words) < 8:  # too short for word statistics: trust the script
        return "en"
    stop = sum(w in _STOPWORDS for w in words)
    return "en" if stop >= _ENGLISH_MIN_STOPWORD_SHARE * len(words) else "und"


def _same(a: str, b: str) -> bool:
    """Equal after case folding and whitespace collapsing."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _parse_utc(value: Any) -> datetime | None:
    """An ISO 8601 string (as the reader writes it) as a datetime, else None."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _reject(doc: RawDocument, reason: str, *, language: str | None = None) -> Rejected:
    """A Rejected for a document that cleaning could not turn into an article."""
    record: dict[str, Any] = {
        "uri": doc.source_uri,
        "fmt": doc.fmt,
        # Guarded: this also records documents that broke the cleaner.
        A.TITLE: doc.meta.get(A.TITLE) if isinstance(doc.meta, dict) else None,
        "head": doc.text[:200] if isinstance(doc.text, str) else None,
    }
    if language:
        record[A.LANGUAGE] = language
    return Rejected(
        source_uri=doc.source_uri, record_id=doc.raw_sha256, reasons=(reason,), record=record
    )
