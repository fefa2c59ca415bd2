"""Answers remembered per document (``memo``): the same answers as asking spaCy and the rules
afresh, never carried from one document to another."""

from __future__ import annotations

from spacy.tokens import Doc

from tasks.extract import memo
from tasks.extract.batch import Extraction, extract_doc
from tasks.extract.cues import is_cue_verb

_TEXT = (
    "Kyiv says 12 people were killed.\n\nThe mayor said: “We will rebuild.” Officials "
    "reported that 300 homes were hit. Rescuers, who arrived late, said 40 were injured."
)


def test_sentence_of_is_token_sent_for_every_token(nlp) -> None:
    doc = nlp(_TEXT)
    for tok in doc:
        fresh = tok.sent
        found = memo.sentence_of(tok)
        assert (found.start, found.end, found.text) == (fresh.start, fresh.end, fresh.text)
        assert memo.span_text(found) == fresh.text


def test_sentence_of_raises_like_token_sent_without_sentences(blank) -> None:
    doc = blank("12 people were killed")
    for ask in (lambda t: t.sent, memo.sentence_of):
        try:
            ask(doc[0])
        except ValueError as exc:
            assert "E030" in str(exc)
        else:
            raise AssertionError("no sentence boundaries, yet a sentence")


def test_answers_belong_to_one_document(nlp) -> None:
    first, second = nlp("She said no."), nlp("She said no.")
    memo.answers(first)["k"] = 1
    assert "k" not in memo.answers(second)  # another document: a fresh cache
    assert "k" not in memo.answers(first)  # and the first one's answers are gone, not reused
    memo.answers(first)["k"] = 2
    memo.forget()
    assert memo.answers(first) == {}


def test_a_document_changed_in_place_is_read_afresh_by_extract_doc(nlp) -> None:
    """``extract_doc`` forgets what was remembered: a reparsed (changed) document is re-asked."""
    doc = nlp("The minister said the strike killed 12 people.")
    said = next(t for t in doc if t.lower_ == "said")
    assert is_cue_verb(said)
    said.pos_ = "ADP"  # what a different parse would say: no verb, no cue
    assert is_cue_verb(said)  # remembered within the same reading of the document
    extract_doc(doc, "a", Extraction())
    assert not is_cue_verb(said)


def test_remembered_rules_give_the_rows_of_fresh_documents(nlp) -> None:
    """Rows of a document extracted twice, and of a copy of it, are the same."""
    doc = nlp(_TEXT)
    runs = []
    for d in (doc, doc, Doc(doc.vocab).from_bytes(doc.to_bytes())):
        out = Extraction()
        extract_doc(d, "a", out)
        runs.append((out.claims, out.quotes, out.entities))
    assert runs[0] == runs[1] == runs[2]
    assert runs[0][0], "the text has claims to compare"
