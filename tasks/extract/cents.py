"""Which currency a count of cents is in ("Oil rose 50 cents to $43.20", "a €2 coin, up 30
cents"): hundredths of the nearest money named around it (pence are sterling's), else of the
dollar.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tasks.extract.currencies import SUBUNITS
from tasks.extract.modifiers import PERCENT
from tasks.extract.quantity_words import MEASURES

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity


_STERLING = SUBUNITS["pence"]
_NOT_CURRENCY = {PERCENT, *MEASURES}


def cents_currency(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """ "Oil rose 50 cents to $43.20", "a €2 coin, up 30 cents": cents are hundredths of the
    nearest money named around them (pence are sterling's), else of the dollar."""
    money = [
        q
        for q in found
        if q.unit is not None and q.unit not in _NOT_CURRENCY and not _says_cents(doc, q)
    ]
    out = []
    for q in found:
        if q.unit == SUBUNITS["cents"] and _says_cents(doc, q):
            near = [m for m in money if m.unit != _STERLING and abs(m.start - q.start) <= 15]
            if near:
                q = replace(q, unit=min(near, key=lambda m: abs(m.start - q.start)).unit)
        out.append(q)
    return out


def _says_cents(doc: Doc, q: Quantity) -> bool:
    return any(t.lower_ in ("cent", "cents") or t.text.endswith("c") for t in doc[q.start : q.end])
