"""One document never fails its batch: long texts are parsed in chunks with offsets intact, and a
document that breaks spaCy or extraction is set aside with its reason (issue 12 item 1)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tasks.documents import CleanArticle, RawDocument
from tasks.extract import batch
from tasks.extract.batch import extract_batch
from tasks.extract.nlp import split_chunks
from tasks.ingest.clean import clean_batch

PARAGRAPH = (
    "Officials in Kyiv said on Monday that {n} soldiers had arrived near the border, according "
    "to the defence ministry. “We counted {m} tanks,” General Petro Ivanenko told reporters."
)


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(PARAGRAPH.format(n=100 + i, m=10 + i) for i in range(paragraphs))


@pytest.fixture
def short_limit(nlp: Language) -> Iterator[int]:
    """The model's max_length lowered, as if every article were a 1.2 MB one."""
    saved = nlp.max_length
    nlp.max_length = 3_000
    try:
        yield nlp.max_length
    finally:
        nlp.max_length = saved


def test_split_chunks_rejoin_and_cut_at_paragraphs() -> None:
    text = _long_text(40)
    chunks = split_chunks(text, 1_000)
    assert "".join(chunks) == text
    assert all(len(c) <= 1_000 for c in chunks)
    assert all(c.endswith("\n\n") for c in chunks[:-1])
    one_paragraph = "word " * 1_000
    assert "".join(split_chunks(one_paragraph, 333)) == one_paragraph


def test_a_text_over_max_length_is_extracted_with_offsets_intact(nlp, short_limit) -> None:
    text = _long_text(60)  # ~12k characters against a max_length of 3k
    assert len(text) > 3 * short_limit
    article = CleanArticle("mem://long.txt", "0" * 64, text)
    out = extract_batch(nlp, [("long", article), ("short", CleanArticle("m", "1" * 64, "Hi."))])
    assert out.failed == {}
    values = {row["value"] for row in out.claims}
    assert {100.0, 159.0, 10.0, 69.0} <= values  # from the first paragraph and the last
    for row in out.claims:
        assert text[row["char_start"] : row["char_end"]] == row["quantity_text"]
    for row in out.quotes:
        assert text[row["char_start"] : row["char_end"]] == row["text"]
    for row in out.entities:
        assert text[row["char_start"] : row["char_end"]] == row["text"]


def test_the_same_rows_as_in_one_piece(nlp, short_limit) -> None:
    text = _long_text(20)
    article = CleanArticle("mem://long.txt", "0" * 64, text)
    chunked = extract_batch(nlp, [("a", article)])
    nlp.max_length = 1_000_000
    whole = extract_batch(nlp, [("a", article)])
    key = ("char_start", "char_end", "value", "claim_type", "attributed_to")
    assert [tuple(r[k] for k in key) for r in chunked.claims] == [
        tuple(r[k] for k in key) for r in whole.claims
    ]


BOOM = "explodes"


@Language.component("claimflow_test_fault")
def _fault(doc: Doc) -> Doc:
    if BOOM in doc.text:
        raise ValueError(f"cannot handle {BOOM!r}")
    return doc


def test_a_document_spacy_fails_on_is_set_aside_and_the_batch_goes_on(nlp: Language) -> None:
    good = [
        (f"g{i}", CleanArticle(f"m{i}", "0" * 64, PARAGRAPH.format(n=i, m=i))) for i in range(4)
    ]
    bad = ("bad", CleanArticle("mbad", "1" * 64, f"This text {BOOM} in the parser."))
    nlp.add_pipe("claimflow_test_fault", last=True)
    try:
        out = extract_batch(nlp, [good[0], good[1], bad, good[2], good[3]], batch_size=2)
    finally:
        nlp.remove_pipe("claimflow_test_fault")
    assert out.failed == {"bad": f"extract_error: ValueError: cannot handle {BOOM!r}"}
    assert {row["article_id"] for row in out.claims} == {"g0", "g1", "g2", "g3"}


def test_a_document_extraction_fails_on_gets_no_rows(nlp, monkeypatch) -> None:
    real = batch.extract_doc

    def failing_on_b(doc: Doc, article_id: str, out: batch.Extraction, **context: Any) -> None:
        real(
            doc, article_id, out, **context
        )  # rows appended first: they must not survive the failure
        if article_id == "b":
            raise IndexError("span out of range")

    monkeypatch.setattr(batch, "extract_doc", failing_on_b)
    articles = [(aid, CleanArticle(aid, "0" * 64, PARAGRAPH.format(n=1, m=2))) for aid in "abc"]
    out = extract_batch(nlp, articles)
    assert out.failed == {"b": "extract_error: IndexError: span out of range"}
    assert {row["article_id"] for row in out.claims} == {"a", "c"}


def test_a_text_over_the_article_limit_is_quarantined_too_long() -> None:
    docs = [
        RawDocument("m://long", _long_text(30), "0" * 64, "txt"),
        RawDocument("m://ok", _long_text(2), "1" * 64, "txt"),
    ]
    articles, rejected = clean_batch(docs, max_chars=2_000)
    assert [a.source_uri for a in articles] == ["m://ok"]
    assert [r.reasons[0].split(":")[0] for r in rejected] == ["too_long"]
    assert rejected[0].source_uri == "m://long"


def test_the_minibatch_size_bounds_memory_never_the_rows(nlp: Language) -> None:
    """spaCy runs a batch in minibatches of ``NLP_BATCH`` documents (memory grows with the
    tokens of a minibatch); the rows are those of one document at a time or all at once."""
    from tests.conftest import SEEDS

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    raws = [RawDocument(f"m://seed-{i}", t, f"{i}" * 64, "txt") for i, t in enumerate(texts)]
    articles = [(f"a{i}", a) for i, a in enumerate(clean_batch(raws)[0])]
    rows = {
        size: extract_batch(nlp, articles, batch_size=size) for size in (1, batch.NLP_BATCH, 64)
    }
    assert batch.NLP_BATCH < 64
    assert rows[1].claims and rows[1].quotes and rows[1].entities
    for size in (batch.NLP_BATCH, 64):
        assert rows[size].claims == rows[1].claims
        assert rows[size].quotes == rows[1].quotes
        assert rows[size].entities == rows[1].entities
