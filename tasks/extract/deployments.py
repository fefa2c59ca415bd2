"""A nation's armed force named with the country it is deployed in: "the U.S. forces in
Afghanistan said", "French troops in Mali said". The place is part of the force's name there
(the command that speaks), not where the speaker happens to be, as it is for "an official in the
capital": without it "U.S. forces" names a different, larger body."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.gazetteer import is_country_or_region
from tasks.extract.grammar import pobj

# Nouns of a nation's force abroad: "forces", "troops", "contingent", "command".
_FORCE_NOUNS = frozenset({"force", "troop", "contingent", "command"})
_NATIONS = frozenset({"NORP", "GPE"})
# A mission a body sends is named by its place too ("the UN mission in South Sudan", "the EU
# mission in Mali"): the sender may be an organisation, not only a nation.
_MISSION = "mission"


def deployed_in(head: Token) -> str | None:
    """ "in Afghanistan" for "the U.S. forces in Afghanistan": a force noun a nation names (or a
    mission a nation or a body names: "the UN mission in Mali"), with "in" and a country or
    region after it; None otherwise."""
    lemma = head.lemma_.lower()
    if lemma not in _FORCE_NOUNS and lemma != _MISSION or head.pos_ != "NOUN":
        return None
    senders = _NATIONS | {"ORG"} if lemma == _MISSION else _NATIONS
    if not any(c.dep_ in ("amod", "compound") and c.ent_type_ in senders for c in head.lefts):
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "in"), None)
    place = pobj(prep) if prep is not None else None
    if prep is None or place is None or not _ends_at(place):
        return None
    named = head.doc[place.left_edge.i : place.i + 1].text
    if place.ent_type_ != "GPE" and not is_country_or_region(named):
        return None  # the model may miss a country ("Mali" tagged a person)
    return head.doc[prep.i : place.i + 1].text


def _ends_at(place: Token) -> bool:
    """Whether nothing hangs after the place but the initials of what it ends ("the UN mission
    in South Sudan (UNMISS)"): a longer phrase is no part of the body's name."""
    after = place.doc[place.i + 1 : place.right_edge.i + 1]
    if not after:
        return True
    texts = [t.text for t in after]
    return len(texts) == 3 and texts[0] == "(" and texts[2] == ")" and texts[1].isupper()
