"""The batch entry point: row shapes, offsets that slice the text exactly, stable ids."""

from __future__ import annotations

import pytest

from tasks.documents import CleanArticle
from tasks.extract.batch import CLAIM_COLUMNS, ENTITY_COLUMNS, QUOTE_COLUMNS, extract_batch
from tasks.schema import ATTRIBUTION_KINDS, ATTRIBUTION_SCOPES, CLAIM_TYPES, QUALIFIERS, QUOTE_KINDS

TEXT = (
    "KYIV — North Korea has reportedly sent 10,000 soldiers to Russia, according to multiple "
    "sources.\n\n"
    "Key points\n\n"
    "- Approximately 10,000 North Korean soldiers sent to Russia.\n\n"
    "Ukrainian President Volodymyr Zelensky spoke on Monday. “We are now fighting not just "
    "Russia,” he stated. Zelensky said over 20 million North Koreans are oppressed.\n\n"
    "The Kremlin dismissed it as “fake news.” NATO will provide 40 billion euros and 99% of aid."
)


@pytest.fixture(scope="module")
def extraction(nlp):
    article = CleanArticle("mem://a.txt", "0" * 64, TEXT)
    return extract_batch(nlp, [("a1", article)])


def test_rows_have_the_contract_columns(extraction) -> None:
    assert extraction.claims and extraction.quotes and extraction.entities  # nothing vacuous
    assert all(tuple(r) == CLAIM_COLUMNS for r in extraction.claims)
    assert all(tuple(r) == QUOTE_COLUMNS for r in extraction.quotes)
    assert all(tuple(r) == ENTITY_COLUMNS for r in extraction.entities)


@pytest.mark.parametrize("dataset", ["claims", "quotes", "entities"])
def test_offsets_slice_the_text_exactly(extraction, dataset) -> None:
    key = "quantity_text" if dataset == "claims" else "text"
    rows = getattr(extraction, dataset)
    assert rows, f"no {dataset} extracted: nothing to check"
    for row in rows:
        assert TEXT[row["char_start"] : row["char_end"]] == row[key]


def test_enumerations_and_confidence(extraction) -> None:
    assert extraction.claims and extraction.quotes  # nothing vacuous
    for row in extraction.claims:
        assert row["qualifier"] in QUALIFIERS and row["claim_type"] in CLAIM_TYPES
        assert row["attribution_kind"] in ATTRIBUTION_KINDS
        assert row["attribution_scope"] in (*ATTRIBUTION_SCOPES, None)
        assert (row["attribution_kind"] == "none") == (row["attributed_to"] is None)
        assert 0.0 <= row["confidence"] <= 1.0
    assert all(q["quote_kind"] in QUOTE_KINDS for q in extraction.quotes)


def test_ids_are_unique_and_stable(nlp, extraction) -> None:
    again = extract_batch(nlp, [("a1", CleanArticle("mem://a.txt", "0" * 64, TEXT))])
    ids = [r["claim_id"] for r in extraction.claims]
    assert len(set(ids)) == len(ids) == len(again.claims)
    assert ids == [r["claim_id"] for r in again.claims]


def test_what_the_article_says(extraction) -> None:
    by_text = {r["quantity_text"]: r for r in extraction.claims}
    assert by_text["Approximately 10,000"]["attribution_scope"] == "document"  # bullet: the lead
    assert by_text["over 20 million"]["attributed_to"] == "Volodymyr Zelensky"
    assert by_text["40 billion euros"]["unit"] == "EUR"
    sent = by_text["10,000"]  # "North Korea has reportedly sent 10,000 soldiers to Russia"
    assert (sent["actor"], sent["actor_basis"]) == ("North Korea", "subject")
    assert (sent["location"], sent["location_country"]) == ("Russia", "Russia")
    speakers = {q["text"].rstrip(",. "): q["speaker"] for q in extraction.quotes}
    assert speakers["We are now fighting not just Russia"] == "Volodymyr Zelensky"
