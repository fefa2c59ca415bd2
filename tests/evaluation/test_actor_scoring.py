"""How an extracted actor is scored against gold: a null gold actor means the sentence names none,
so an actor the extractor took from the place or the article agrees with it; a named one must match.
"""

from __future__ import annotations

import polars as pl
import pytest

from evaluation.evaluate import score_numeric
from tasks.schema import CLAIMS, ActorBasis, ClaimCol

TEXT = "Twelve people were killed in Kharkiv."
GOLD = {
    "article": "a.txt", "kind": "numeric", "required": True, "quantity_text": "Twelve",
    "value": 12, "qualifier": "exact", "claim_type": "casualty_count", "attributed_to": [None],
}  # fmt: skip


def _row(actor: str | None, basis: str | None) -> dict:
    row: dict = dict.fromkeys(CLAIMS.names())
    row |= {
        ClaimCol.ARTICLE_ID: "a.txt", ClaimCol.CHAR_START: 0, ClaimCol.CHAR_END: 6,
        ClaimCol.QUANTITY_TEXT: "Twelve", ClaimCol.VALUE: 12.0, ClaimCol.QUALIFIER: "exact",
        ClaimCol.CLAIM_TYPE: "casualty_count", ClaimCol.ACTOR: actor, ClaimCol.ACTOR_BASIS: basis,
        ClaimCol.HEDGED: False,
    }  # fmt: skip
    return row


@pytest.mark.parametrize(
    ("gold_actor", "actor", "basis", "right"),
    [
        (None, "Ukraine", ActorBasis.PLACE, True),  # the sentence names no actor
        (None, "Ukraine", ActorBasis.ARTICLE, True),
        (None, "Ukraine", ActorBasis.SUBJECT, False),  # the extractor says the sentence names one
        ("Ukraine", "Ukraine", ActorBasis.PLACE, True),
        ("Russia", "Ukraine", ActorBasis.ARTICLE, False),
        (None, None, None, True),
    ],
)
def test_actor_field(gold_actor, actor, basis, right) -> None:
    claims = pl.DataFrame([_row(actor, basis)], schema=CLAIMS)
    result = score_numeric([GOLD | {"actor": gold_actor}], claims, {"a.txt": TEXT})
    assert result["accuracy"][ClaimCol.ACTOR] == (1.0 if right else 0.0)
