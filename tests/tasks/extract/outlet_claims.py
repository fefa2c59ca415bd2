"""One article by a known outlet through the whole extraction, and the claim on a number: the
helper the invented-sentence source tests share."""

from __future__ import annotations

from tasks.documents import CleanArticle
from tasks.extract.batch import extract_batch
from tasks.schema import ClaimCol, ClaimType

OUTLET = "Daily Bugle"


def claims_in(nlp, text: str) -> list[dict]:
    """The claims of ``text`` as an article of ``OUTLET``."""
    article = CleanArticle("mem://a", "0" * 64, text, outlet=OUTLET)
    return extract_batch(nlp, [("a", article)]).claims


def claim_on(nlp, text: str, number: str) -> dict:
    """The first claim whose quantity text holds ``number`` in ``text`` as an article of
    ``OUTLET`` (a figure nobody else gives is the outlet's)."""
    rows = claims_in(nlp, text)
    found = [c for c in rows if number in c[ClaimCol.QUANTITY_TEXT]]
    assert found, [c[ClaimCol.QUANTITY_TEXT] for c in rows]
    return found[0]


def type_on(nlp, text: str, number: str) -> ClaimType:
    """The claim type of the first claim on ``number`` in ``text`` (as ``claim_on``)."""
    return ClaimType(claim_on(nlp, text, number)[ClaimCol.CLAIM_TYPE])


def source_on(nlp, text: str, number: str) -> str | None:
    """Who gives the first claim on ``number`` in ``text`` (as ``claim_on``)."""
    return claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO]
