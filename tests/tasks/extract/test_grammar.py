"""The parse helpers every extraction rule shares: objects, subjects, entities, folding."""

from __future__ import annotations

from tasks.extract.grammar import (
    agent,
    entity_at,
    fold,
    noun_phrase,
    pobj,
    prep_object,
    sentence_before,
    subject,
)


def _tok(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_prepositional_objects(nlp) -> None:
    doc = nlp("Thousands of soldiers arrived, according to reports from Ukrainian intelligence.")
    assert pobj(_tok(doc, "of")).text == "soldiers"
    assert prep_object(_tok(doc, "reports"), ("from", "by")).text == "intelligence"
    assert prep_object(_tok(doc, "reports"), ("by",)) is None


def test_subject_prefers_the_named_person_and_climbs_conjunctions(nlp) -> None:
    doc = nlp("Russia's negotiator Kirill Dmitriev stood up and said the talks failed.")
    said = _tok(doc, "said")
    assert subject(said).text == "Dmitriev"  # from "stood", the verb "said" is conjoined to


def test_agent_of_a_passive(nlp) -> None:
    doc = nlp("At least 10 deaths have been reported by health officials.")
    assert agent(_tok(doc, "reported")).text == "officials"
    assert subject(_tok(doc, "reported")).text == "deaths"


def test_entity_at_keeps_the_whole_entity_and_its_label(nlp) -> None:
    doc = nlp("The Institute for the Study of War noted a shift.")
    ent = entity_at(_tok(doc, "War"))
    assert (ent.text, ent.label_) == ("The Institute for the Study of War", "ORG")
    assert entity_at(_tok(doc, "shift")) is None


def test_noun_phrase_keeps_modifiers_and_of_chain_without_article(nlp) -> None:
    doc = nlp("The senior Ukrainian official of the ministry, who spoke anonymously, said so.")
    assert noun_phrase(_tok(doc, "official")).text == "senior Ukrainian official of the ministry"


def test_sentence_before_stays_in_the_paragraph(nlp) -> None:
    doc = nlp("The mayor spoke. She was angry.\n\nThe next paragraph starts here.")
    sents = list(doc.sents)
    assert sentence_before(sents[1]).text.strip() == "The mayor spoke."
    last = next(s for s in sents if s.text.startswith("The next"))
    assert sentence_before(last) is None
    assert sentence_before(sents[0]) is None


def test_fold() -> None:
    assert fold("  Zelenskyy’s  “Plan”\u00e9 ") == 'zelenskyy\'s "plan"e'
