"""People someone buries are dead: "villagers buried 20 people in a mass grave", "he helped bury
51 women and children", "12 children were buried on Sunday": casualties, though no word of
killing is in the clause (those trapped "under the rubble" are ``whereabouts.buried``).
"""

from __future__ import annotations

from spacy.tokens import Token

_BURY = {"bury", "inter", "rebury"}


def laid_to_rest(noun: Token) -> bool:
    """The counted people are the object of a verb of burial, or its passive subject not put
    "under" or "beneath" something (the living can be buried under rubble and dug out)."""
    verb = noun.head
    if verb.lemma_.lower() not in _BURY or verb.pos_ != "VERB":
        return False
    if noun.dep_ == "dobj":
        return True
    under = any(c.dep_ == "prep" and c.lower_ in ("under", "beneath") for c in verb.children)
    return noun.dep_ == "nsubjpass" and not under
