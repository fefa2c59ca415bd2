"""Whether a noun that can name a civilian thing or a person names a weapon here: a vehicle, ship
or carrier its modifiers or its sentence arm, and a "bomber" that is an aircraft, not a person.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.claim_words import (
    ARMED_CONTEXT,
    CONTAINER_NOUNS,
    MILITARY_MODIFIERS,
    PERSON_MODIFIERS,
    TROOP_NOUNS,
    WEAPON_USER_NOUNS,
)
from tasks.extract.memo import sentence_lemmas
from tasks.extract.person_counts import is_person


def armed_thing(noun: Token) -> bool:
    """Whether a thing that can be civilian (a vehicle, ship, carrier) is a weapon: its own
    modifiers say so ("infantry fighting vehicles", "armoured personnel carriers", "military
    trucks") or its sentence is about fighting ("ships" sunk in a war)."""
    named = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if not named.isdisjoint(MILITARY_MODIFIERS | TROOP_NOUNS):
        return True
    # its own word is no evidence: "launches" would arm every launch; nor is the group it is
    # compounded onto: "an airline's 500-plane fleet", "a 40-ship fleet" (a navy's "fleet" is
    # armed by "navy", not by the word "fleet", which airlines and shippers use as much)
    own = {noun.lemma_.lower()}
    if noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i:
        own.add(noun.head.lemma_.lower())
    return not (sentence_lemmas(noun) - CONTAINER_NOUNS - own).isdisjoint(ARMED_CONTEXT)


def weapon_user(noun: Token) -> bool:
    """Whether a weapon's noun that also names the person using one ("bombers") names persons
    here: a modifier only a person takes says so ("three suicide bombers", "two female
    bombers"), or they are counted among people ("killed 92 militants, including three
    bombers"); aircraft stay equipment ("downed two bombers", "six B-52 bombers")."""
    if (
        noun.lemma_.lower() not in WEAPON_USER_NOUNS
        and noun.lower_.rstrip("s") not in WEAPON_USER_NOUNS
    ):
        return False
    named = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    if not named.isdisjoint(PERSON_MODIFIERS):
        return True
    among = noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among")
    whole = noun.head.head if among else None
    return (
        whole is not None
        and whole.pos_ == "NOUN"
        and (whole.lemma_.lower() in TROOP_NOUNS or is_person(whole.lemma_.lower()))
    )
