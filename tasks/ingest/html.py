"""HTML to article text: trafilatura for the main text and metadata, a plain route for the rest.

trafilatura returns None for plain text and for some fragments (docs/RELIABILITY.md #30), so a
document without tags skips it, a fragment is wrapped in ``<html><body><div>`` first, and a
page it cannot extract from falls back to the text of its block elements.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from tasks.documents import META_URL
from tasks.schema import ArticleCol as A

_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|!doctype|/[a-zA-Z])[\s>/]", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<html[\s>]", re.IGNORECASE)
_BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
    "article", "header", "footer", "pre", "table", "ul", "ol", "dd", "dt", "figcaption",
)  # fmt: skip
_DROP_TAGS = ("script", "style", "noscript", "template", "head", "nav", "aside", "form")


class UnparseableHtml(ValueError):
    """The document looks like HTML but no text could be extracted from it."""


def has_markup(text: str) -> bool:
    """Whether ``text`` contains at least one HTML tag."""
    return _TAG.search(text[:65536]) is not None


def extract_html(text: str) -> tuple[str, dict[str, Any]]:
    """Main text (markdown: ``#`` headings, ``-`` bullets) and title/date/sitename/url of a page."""
    if not has_markup(text):
        return text, {}
    page = (
        text if _HTML_ROOT.search(text[:8192]) else f"<html><body><div>{text}</div></body></html>"
    )
    body = trafilatura.extract(
        page,
        include_comments=False,
        output_format="markdown",
        include_formatting=True,
        include_tables=False,
    )
    if not body or not body.strip():
        body = _block_text(page)
    return body, _metadata(page)


def _metadata(page: str) -> dict[str, Any]:
    """Title, date, sitename and url as trafilatura finds them; empty when it finds nothing."""
    try:
        found = trafilatura.extract_metadata(page)
    except Exception:  # noqa: BLE001 - metadata is optional, never a reason to lose the text
        return {}
    if found is None:
        return {}
    return {
        A.TITLE: found.title,
        A.PUBLISHED_AT: found.date,
        A.OUTLET: found.sitename,
        META_URL: found.url,
    }


def _block_text(page: str) -> str:
    """Text of the page with a line break after each block element; scripts and styles dropped."""
    try:
        root = lxml.html.fromstring(page)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnparseableHtml(str(exc) or type(exc).__name__) from exc
    for el in list(root.iter(*_DROP_TAGS)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())
