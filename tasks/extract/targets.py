"""Things a count says were hit, not weapons: ships and boats an armed group attacks or seizes.

A vessel in a war sentence is a weapon by default ("the navy lost two ships"), but the vessels
that raiders, rebels or pirates target, hit, board or seize are most often merchant shipping:
what was hit (``other``), like the villages a strike hits, unless the phrase names a fleet, a
navy or a country they belong to ("sank 15 ships of the Black Sea Fleet", "two Russian ships").
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tasks.extract.claim_words import ARMED_CONTEXT, MILITARY_MODIFIERS, THING_HARM

# Craft that sail for trade as often as for a navy.
WATERCRAFT: Final = {"ship", "vessel", "boat", "tanker", "freighter"}
# What is done to a target: struck, sunk, boarded or taken ("lose" and "abandon" are done by
# the side that owned the thing, which is then its own equipment).
_ACTS_ON_TARGETS: Final = (THING_HARM - {"lose", "loss", "losses", "abandon"}) | {
    "hijack", "board", "attack", "target", "harass",
}  # fmt: skip
_OBJECT_DEPS: Final = ("dobj", "nsubjpass")
_OWNER_ENTS: Final = {"NORP", "GPE", "ORG"}
_MODIFIER_DEPS: Final = ("amod", "compound", "poss", "nmod")


def vessels_hit(noun: Token) -> bool:
    """Whether ``noun`` counts watercraft that a verb of attack or seizure acts on ("targeted
    more than 60 vessels", "three ships were hit", "seized one vessel") and that no word of
    the phrase gives to an armed force or a state (an owner, "naval", "of the fleet")."""
    if noun.lemma_.lower() not in WATERCRAFT or noun.dep_ not in _OBJECT_DEPS:
        return False
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ACTS_ON_TARGETS:
        return False
    return not any(_owned_or_military(t) for t in _own_words(noun))


def _own_words(noun: Token) -> list[Token]:
    """The vessel's modifiers and its "of" phrase ("two Russian", "of the fleet"), not a clause
    hung on it ("vessels ... in a campaign that has killed four sailors")."""
    near = [c for c in noun.children if c.dep_ in _MODIFIER_DEPS]
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    return near + [t for p in of for t in p.subtree if t.i != p.i]


def _owned_or_military(tok: Token) -> bool:
    """A word in the vessel's phrase that makes it a force's: "Russian", "Iran's", "naval",
    "of the fleet"."""
    lemma = tok.lemma_.lower()
    owner = tok.dep_ == "poss" or (tok.ent_type_ in _OWNER_ENTS and tok.dep_ != "nummod")
    return owner or lemma in MILITARY_MODIFIERS or lemma in ARMED_CONTEXT
