"""The finer error classes ``make eval`` prints for every split (the test split's included: they
are counts, never items): which way a source is wrong, which claim type a figure was read as, and
whether a quote's wrong speaker is missing or another."""

from __future__ import annotations

import polars as pl
import pytest

from evaluation.cli import error_classes, finer_classes
from evaluation.evaluate import score_numeric, score_quotes
from tasks.schema import CLAIMS, QUOTES, AttributionKind, AttributionScope, ClaimCol, QuoteCol

TEXT = "Twelve soldiers were killed, the ministry said."
GOLD = {
    "article": "a.txt", "kind": "numeric", "required": True, "quantity_text": "Twelve",
    "value": 12, "qualifier": "exact", "claim_type": "casualty_count",
}  # fmt: skip


def _claim(source: str | None, kind: str | None, claim_type: str = "casualty_count") -> dict:
    row: dict = dict.fromkeys(CLAIMS.names())
    row |= {
        ClaimCol.ARTICLE_ID: "a.txt", ClaimCol.CHAR_START: 0, ClaimCol.CHAR_END: 6,
        ClaimCol.QUANTITY_TEXT: "Twelve", ClaimCol.VALUE: 12.0, ClaimCol.QUALIFIER: "exact",
        ClaimCol.CLAIM_TYPE: claim_type, ClaimCol.ATTRIBUTED_TO: source,
        ClaimCol.ATTRIBUTION_KIND: kind, ClaimCol.HEDGED: False,
        ClaimCol.ATTRIBUTION_SCOPE: AttributionScope.DOCUMENT if kind == "media" else None,
    }  # fmt: skip
    return row


OUTLET = "attribution: the outlet (or none) where a source gives it"
OVER = "attribution: a source where the outlet states it"
OTHER = "attribution: another source"


@pytest.mark.parametrize(
    ("gold_source", "source", "kind", "error"),
    [
        (["the ministry"], None, None, OUTLET),
        (["the ministry"], "Kyiv Post", AttributionKind.MEDIA, OUTLET),
        ([None], "the ministry", AttributionKind.ORGANIZATION, OVER),
        (["the ministry"], "the army", AttributionKind.ORGANIZATION, OTHER),
        (["the ministry"], "the ministry", AttributionKind.ORGANIZATION, None),
    ],
)  # fmt: skip
def test_wrong_sources_by_kind(gold_source, source, kind, error) -> None:
    claims = pl.DataFrame([_claim(source, kind)], schema=CLAIMS)
    kinds = score_numeric([GOLD | {"attributed_to": gold_source}], claims, {"a.txt": TEXT})
    assert kinds["error_kinds"] == ({error: 1} if error else {})


def test_a_wrong_claim_type_names_both_types_and_finer_classes_sort_by_count() -> None:
    claims = pl.DataFrame([_claim("the ministry", "organization", "people_count")], schema=CLAIMS)
    numeric = score_numeric([GOLD | {"attributed_to": ["the ministry"]}], claims, {"a.txt": TEXT})
    assert numeric["error_kinds"] == {"claim_type casualty_count read as people_count": 1}
    quote = {"article": "a.txt", "kind": "quote", "quote_start": "we won", "speaker": ["Ann Lee"]}
    blank = dict.fromkeys(QUOTES.names()) | {QuoteCol.ARTICLE_ID: "a.txt"}
    rows = [
        blank | {QuoteCol.TEXT: t, QuoteCol.SPEAKER: s}
        for t, s in (("we won", None), ("we lost", None), ("we drew", "Bo Li"))
    ]
    quotes = score_quotes(
        [quote, quote | {"quote_start": "we lost"}, quote | {"quote_start": "we drew"}],
        pl.DataFrame(rows, schema=QUOTES),
        ["a.txt"],
    )
    assert finer_classes({"numeric": numeric, "quotes": quotes}) == {
        "speaker: none": 2,
        "claim_type casualty_count read as people_count": 1,
        "speaker: another": 1,
    }


def test_a_wrong_value_holding_a_comma_counts_once_under_its_field() -> None:
    """ "attribution='Niger, Mali’s army'" is one wrong attribution, not a field "Mali’s army'"."""
    numeric = {
        "misses": ["a.txt: 'Twelve' wrong actor=None, attribution='Niger, Mali’s army'"],
        "false_positives": [],
        "wrong_incidental": [],
    }
    quotes = {"misses": [], "false_positives": [], "not_quote_hits": []}
    classes = error_classes({"numeric": numeric, "quotes": quotes})
    assert classes["wrong attribution"] == 1
    assert classes["wrong actor"] == 1
    assert not any("Mali" in k for k in classes)


@pytest.mark.parametrize(
    ("gold_type", "published", "listed"),
    [
        ("casualty_count", "people_count", True),  # read as another type
        ("casualty_count", "casualty_count", False),  # right: costs nothing
    ],
)
def test_a_published_claim_of_an_incidental_line_with_the_wrong_type_is_listed(
    gold_type: str, published: str, listed: bool
) -> None:
    """A figure labelled incidental that is published with a wrong type costs strict precision
    but is neither a miss nor an extra: it is listed and counted on its own."""
    claims = pl.DataFrame([_claim("the ministry", "organization", published)], schema=CLAIMS)
    incidental = GOLD | {"required": False, "claim_type": gold_type}
    numeric = score_numeric([incidental], claims, {"a.txt": TEXT})
    quotes = {"misses": [], "false_positives": [], "not_quote_hits": []}
    assert numeric["precision_strict"] == (0.0 if listed else 1.0)
    assert len(numeric["wrong_incidental"]) == listed
    if listed:
        wrong = numeric["wrong_incidental"][0]
        assert "published as people_count, 12.0 (gold casualty_count, 12)" in wrong
    classes = error_classes({"numeric": numeric, "quotes": quotes})
    assert classes["incidental published wrong"] == listed
