"""Article metadata: when it was published and by whom, from whatever a document carries.

Sources, most trusted first: a format's own fields (YAML front matter, HTML meta tags via
trafilatura, JSONL keys), the date in the URL's path, the URL's host mapped to the outlet's name
(``tasks/known_sources.yaml``), and the text itself (a wire credit "KYIV, Oct 28 (Reuters) -", a
sign-off "This article was published on October 31, 2024"). A date that is present but cannot be
read is never dropped silently: it becomes a ``metadata_warnings`` entry on the article.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import yaml
from dateutil import parser as dateparser

from tasks.documents import META_URL
from tasks.ingest.decode import normalize_text
from tasks.schema import ArticleCol as A

DATE_KEYS = (
    A.PUBLISHED_AT.value,
    "date",
    "published",
    "datepublished",
    "pubdate",
    "publication_date",
)
OUTLET_KEYS = (A.OUTLET.value, "site_name", "sitename", "publisher", "source")
URL_KEYS = (META_URL, "source", "link", "canonical_url")
# A block of "key: value" lines between two "---" lines, wherever it starts (crawlers put the
# title line first, or repeat the block): its lines must all read as YAML keys or continuations.
_BLOCK = re.compile(
    r"(?m)^---[ \t]*\n((?:[A-Za-z_][\w-]*[ \t]*:.*\n|[ \t]*-?[ \t]+\S.*\n|[ \t]*\n)+?)"
    r"(?:---|\.\.\.)[ \t]*$\n?"
)
_YAML_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_META_KEYS = frozenset(
    (
        *DATE_KEYS,
        *OUTLET_KEYS,
        *URL_KEYS,
        A.TITLE.value,
        "headline",
        "description",
        "author",
        "tags",
    )
)
_NO_DATE = frozenset(("unknown", "n/a", "na", "none", "null", "nil", "-", "?", "tbd", "undated"))
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\s*$")
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)"
    r"|[/-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/.?]|$)",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "KYIV, Oct 28 (Reuters) -", "Feb 10 (Reuters) -", "WASHINGTON (AP) —": the wire that filed it.
_WIRE = re.compile(
    r"^(?:[A-Z][\w’'.\- ]{1,40}(?:, [A-Z][\w ]{1,30})?,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? )?"
    r"\((?P<wire>[A-Z][A-Za-z&.]*(?: [A-Z][A-Za-z&.]*){0,2})\)\s*[-–—]"
)
_PUBLISHED = re.compile(
    r"(?i)\b(?:published|posted|updated|first appeared)(?: on| at)?:?\s+(?P<when>.{6,40}?)\s*[.;]?$"
)
# Dates more than this far ahead of the run are typos or placeholders.
_FUTURE_SLACK = timedelta(days=2)


def split_front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """Remove every YAML front-matter block (at the top or after a title) and return its fields.

    A block that is not valid YAML (an unquoted colon in a title is common) is still removed and its
    ``key: value`` lines are salvaged one by one: keeping it would leak metadata into the body as
    false claims and quotes. The first block's value wins for a key that repeats.
    """
    fields: dict[str, Any] = {}
    pieces: list[str] = []
    pos = 0
    for match in _BLOCK.finditer(text):
        block_fields = _block_fields(match.group(1))
        # Away from the top, a "---" pair is a block only when it names article metadata: a
        # markdown rule around a one-line "Note: ..." must stay text.
        if (
            match.start() > 0
            and text[: match.start()].strip()
            and not _META_KEYS & set(block_fields)
        ):
            continue
        pieces.append(text[pos : match.start()])
        pos = match.end()
        for key, value in block_fields.items():
            fields.setdefault(key, value)
    if not pieces:
        return text, {}
    pieces.append(text[pos:])
    return "".join(pieces).lstrip("\n"), fields


def _block_fields(block: str) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(block)
    except yaml.YAMLError:
        loaded = None
    if not isinstance(loaded, dict):
        loaded = {k: v.strip("'\"") for k, v in _YAML_LINE.findall(block)}
    return {str(k).lower(): v for k, v in loaded.items()}


def article_meta(
    fields: Mapping[str, Any], *, hosts: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """title, url, published_at (ISO UTC), outlet and metadata_warnings from a format's fields."""
    warnings: list[str] = []
    url = _first_str(fields, *URL_KEYS, urls=True)
    title = _first_str(fields, A.TITLE, "headline", urls=False)
    raw_date = _first(fields, *DATE_KEYS)
    published, problem = parse_date(raw_date)
    if problem:
        warnings.append(f"date: {problem}")
    published, note = _check_against_url(published, url)
    if note:
        warnings.append(note)
    outlet = _first_str(fields, *OUTLET_KEYS, urls=False) or _publisher_name(fields)
    return {
        A.TITLE: title,
        META_URL: url,
        A.PUBLISHED_AT: published.isoformat() if published else None,
        A.OUTLET: outlet or outlet_from_url(url, hosts or {}),
        A.METADATA_WARNINGS: warnings,
    }


def _check_against_url(
    published: datetime | None, url: str | None
) -> tuple[datetime | None, str | None]:
    """The URL's date where a field gives none or disagrees by more than a day (time zones)."""
    from_url = date_from_url(url)
    if from_url is None:
        return published, None
    url_moment = datetime(from_url.year, from_url.month, from_url.day, tzinfo=UTC)
    if published is None:
        return url_moment, None
    if abs(published.date() - from_url) <= timedelta(days=1):
        return published, None
    # A news URL's path is written when the story is filed; a crawler's date field is often the
    # crawl or update date (web2026_033: front matter 2019-06-28, URL and story 2025-02-10).
    return url_moment, (
        f"date: {published.date().isoformat()} disagrees with the URL's "
        f"{from_url.isoformat()}; the URL's is kept"
    )


def parse_date(value: Any, *, now: datetime | None = None) -> tuple[datetime | None, str | None]:
    """A publication date in any common form as a UTC datetime, or (None, why not).

    ISO 8601 with or without zone, RFC 2822, "October 31, 2024", "Dec 18, 2024", "31/10/2024".
    A numeric date that reads both ways ("03/04/2024") is taken day first, as most of the world
    writes it, and says so. A missing value is (None, None); a date without a year is refused.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        moment, note = value, None
    elif isinstance(value, date):
        moment, note = datetime(value.year, value.month, value.day), None
    elif isinstance(value, str):
        text = " ".join(value.split())
        if text.lower().strip(".") in _NO_DATE:
            return None, f"the source gives no date ({text!r})"
        parsed = _parse_text(text)
        if isinstance(parsed, str):
            return None, parsed
        moment, note = parsed
    else:
        return None, f"cannot read {value!r} as a date"
    # A timestamp without a zone is taken as UTC: the contract stores UTC and guessing a local
    # zone would be worse.
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    if moment > (now or datetime.now(UTC)) + _FUTURE_SLACK or moment.year < 1900:
        return None, f"{moment.date().isoformat()} is not a plausible publication date"
    return moment, note


def _parse_text(text: str) -> tuple[datetime, str | None] | str:
    """A date string to (naive or aware datetime, note), or the reason it is not one."""
    try:
        return datetime.fromisoformat(text), None
    except ValueError:
        pass
    if re.search(r"[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4} \d", text):
        try:
            return parsedate_to_datetime(text), None
        except (TypeError, ValueError, IndexError):
            pass
    numeric = _NUMERIC_DATE.match(text)
    note = None
    dayfirst = True
    if numeric:
        first, second, third = (int(g) for g in numeric.groups())
        if len(numeric.group(1)) == 4:  # 2024/10/31
            dayfirst = False
        elif second > 12 >= first:
            dayfirst = False  # 10/31/2024: month first
        elif first <= 12 and second <= 12 and first != second:
            note = f"{text!r} reads both ways; taken as day/month"
    try:
        # Parsed twice with different defaults: a part the text lacks comes out different.
        a = dateparser.parse(text, dayfirst=dayfirst, default=datetime(1904, 1, 1))
        b = dateparser.parse(text, dayfirst=dayfirst, default=datetime(1908, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return f"cannot read {text!r} as a date"
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return f"{text!r} is not a full date (day, month and year)"
    return a, note


def date_from_url(url: str | None) -> date | None:
    """The date a news URL's path carries (/2026/02/07/, /2026/feb/02/, ...-2025-02-10), if any."""
    if not url:
        return None
    match = _URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    groups = match.groups()
    y, m, d = groups[:3] if groups[0] else groups[3:]
    month = int(m) if m.isdigit() else _MONTHS.index(m.lower()) + 1
    try:
        return date(int(y), month, int(d))
    except ValueError:
        return None


def outlet_from_url(url: str | None, hosts: Mapping[str, str]) -> str | None:
    """The outlet a URL's host belongs to (www.bbc.co.uk -> BBC News), from the hosts map."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.lower().removeprefix("www.").split(".")
    for i in range(len(labels) - 1):
        name = hosts.get(".".join(labels[i:]))
        if name:
            return name
    return None


def wire_credit(paragraphs: list[str]) -> str | None:
    """The agency a lead paragraph credits: "KYIV, Oct 28 (Reuters) -" -> "Reuters"."""
    for paragraph in paragraphs:
        match = _WIRE.match(paragraph)
        if match:
            return match.group("wire")
    return None


def date_in_sign_off(phrase: str | None) -> datetime | None:
    """The date a sign-off names ("... was published on October 31, 2024"), if it is one."""
    if not phrase:
        return None
    match = _PUBLISHED.search(phrase)
    moment, _ = parse_date(match.group("when") if match else phrase)
    return moment


def _first(fields: Mapping[str, Any], *keys: str) -> Any:
    """The first non-empty value among ``keys``."""
    for key in keys:
        value = fields.get(key)
        if value not in (None, ""):
            return value
    return None


def _first_str(fields: Mapping[str, Any], *keys: str, urls: bool) -> str | None:
    """The first non-blank string among ``keys`` that is (``urls``) or is not a web address."""
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            text = " ".join(normalize_text(value).split())
            if text.startswith(("http://", "https://")) == urls:
                return text
    return None


def _publisher_name(fields: Mapping[str, Any]) -> str | None:
    """A JSON-LD style publisher object's name ({"publisher": {"name": "Reuters"}})."""
    publisher = fields.get("publisher")
    if isinstance(publisher, Mapping):
        name = publisher.get("name")
        return name.strip() if isinstance(name, str) and name.strip() else None
    return None
