"""The cached attribute ruler sets exactly what spaCy's own does, token for token."""

from __future__ import annotations

from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from flows.settings import DEFAULT_MODEL
from tasks.extract.nlp import build_model
from tasks.extract.ruler import CachedAttributeRuler
from tests.conftest import SEEDS

# The rules that span two tokens ("gon na", "let 's", "there is") and odd spacing, with news text.
TRICKY = (
    "We're gonna need 40 more, let's say. Y'all know it ain't over: there are 3,000 left and "
    "there's talk of more. C'mon, he said, we gotta go.\n\n\n  Officials   said 12 died."
)


def test_same_tags_pos_morphology_lemmas_and_dependencies_as_spacys_ruler(nlp) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)  # by load_model
    plain = build_model(DEFAULT_MODEL, cached_rules=False)
    assert not isinstance(plain.get_pipe("attribute_ruler"), CachedAttributeRuler)
    texts = [TRICKY] + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    attrs = [TAG, POS, MORPH, LEMMA, DEP]
    for ours, theirs in zip(nlp.pipe(texts), plain.pipe(texts), strict=True):
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
    lemmas = {t.text: t.lemma_ for t in nlp(TRICKY)}
    assert (lemmas["gon"], lemmas["na"], lemmas["ai"]) == ("go", "to", "be")
