"""A nation's armed force named with the country it is deployed in: "the U.S. forces in
Afghanistan said", "French troops in Mali said". The place is part of the force's name there
(the command that speaks), not where the speaker happens to be, as it is for "an official in the
capital": without it "U.S. forces" names a different, larger body."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.grammar import pobj

# Nouns of a nation's force abroad: "forces", "troops", "contingent", "command".
_FORCE_NOUNS = frozenset({"force", "troop", "contingent", "command"})
_NATIONS = frozenset({"NORP", "GPE"})


def deployed_in(head: Token) -> str | None:
    """ "in Afghanistan" for "the U.S. forces in Afghanistan": a force noun a nation names,
    with "in" and a country or region after it; None otherwise."""
    if head.lemma_.lower() not in _FORCE_NOUNS or head.pos_ != "NOUN":
        return None
    if not any(c.dep_ in ("amod", "compound") and c.ent_type_ in _NATIONS for c in head.lefts):
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    place = pobj(prep) if prep is not None else None
    if prep is None or place is None or place.ent_type_ != "GPE" or place.right_edge.i != place.i:
        return None
    return head.doc[prep.i : place.i + 1].text
