"""Those who carry out an attack, counted: a force that attacked, troops, not the attack's
casualties ("eight gunmen killed 12 villagers" counts eight attackers and 12 dead; "a gang of
eight bandits attacked the farm"; "the blast was carried out by two suicide bombers"). The
clause's harm words describe what the counted did, not what was done to them. Word lists are
``claim_words``; ``claims.classify`` applies these.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import claim_words as words
from tasks.extract.memo import sentence_lemmas
from tasks.extract.weapon_nouns import weapon_user

_ARMED = words.TROOP_NOUNS | words.MILITARY_ONLY_TROOPS | words.RAIDER_NOUNS
# Troop nouns that name police, prison guards and helpers as often ("four officers shot a man",
# "two guards assaulted an inmate"): the classifier makes them troops only in a military
# sentence, and so does this (the gold counts police as people).
_POLICING = words.TROOP_NOUNS & words.MILITARY_ONLY_TROOPS
_REFLEXIVES = {"themselves", "himself", "herself", "itself", "ourselves", "yourselves"}
# Verbs that take an act of attack as object ("launched an attack", "carried out the raid"):
# only with such an object do they make their doer an attacker.
_ACT_VERBS = {"launch", "carry", "stage", "mount"}
_ATTACK_ACTS = {"attack", "assault", "raid", "ambush", "offensive", "bombing", "strike", "blast"}


def attacking_force(noun: Token) -> bool:
    """An armed noun counted as the doer of an attack: the active subject of a verb of attack,
    directly or through a group it belongs to ("a gang of eight bandits attacked"), or the agent
    of a passive one ("was carried out by two bombers"). Not when the same subject is then
    harmed ("three gunmen attacked the post and were shot dead": casualties)."""
    if not _armed_word(noun) and not weapon_user(noun):
        return False
    doer = _group_of(noun)
    if doer.dep_ == "nsubj":
        verb = doer.head
        return _attacks(verb) and _acts_on_something(verb) and not _harmed_after(verb)
    if doer.dep_ == "pobj" and doer.head.dep_ == "agent":
        return _attacks(doer.head.head)
    return False


def carried_off(noun: Token) -> bool:
    """People armed raiders carry off, the object of their verb of taking away or seizing:
    "the bandits took away 52 people", "militants carried off 30 schoolgirls", "gunmen seized
    14 passengers": abducted civilians, casualties. Not when police or anyone unarmed takes
    them ("police took away 20 protesters": arrests, people)."""
    verb = noun.head
    if noun.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    away = any(c.lower_ in ("away", "off") for c in verb.children if c.dep_ in ("prt", "advmod"))
    if not ((lemma in words.CARRY_OFF_VERBS and away) or lemma in words.SEIZING_VERBS):
        return False
    return any(_armed(c) for c in verb.children if c.dep_ == "nsubj")


def _armed(doer: Token) -> bool:
    """An armed noun, directly or as the group it names ("a gang of gunmen")."""
    if _armed_word(doer):
        return True
    of = next((c for c in doer.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    member = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return member is not None and _armed_word(member)


def _armed_word(tok: Token) -> bool:
    """A noun of an armed force; "officers", "guards" and "volunteers" only in a sentence with a
    military word ("army officers took away 20 men"), not police or prison guards."""
    lemma = tok.lemma_.lower()
    if lemma not in _ARMED:
        return False
    return lemma not in _POLICING or not sentence_lemmas(tok).isdisjoint(words.MILITARY_CONTEXT)


def _group_of(noun: Token) -> Token:
    """The group noun whose "of" names ``noun`` ("a gang of eight bandits"), else ``noun``."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in words.BAND_NOUNS:
        return prep.head
    return noun


def _attacks(verb: Token) -> bool:
    """A verb of attack, or one whose object or subject is an act of attack ("launched an
    attack", "the attack was carried out")."""
    lemma = verb.lemma_.lower()
    if lemma not in words.ATTACK_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma not in _ACT_VERBS:
        return True
    acts = (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    return any(c.lemma_.lower() in _ATTACK_ACTS for c in acts)


def _acts_on_something(verb: Token) -> bool:
    """The verb, or one coordinated with it, has an object ("attacked and killed workers"): a
    bare "nine fighters killed during the fighting" is a reduced passive the parser read as
    active, the fighters killed. A reflexive object is the doers themselves ("three gunmen
    killed themselves": casualties)."""
    objects = (c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "dobj")
    return any(c.lower_ not in _REFLEXIVES for c in objects)


def _harmed_after(verb: Token) -> bool:
    """The attackers' own fate in a coordinated passive or a verb of dying ("attacked the post
    and were shot dead", "stormed the base and died")."""
    for conj in verb.conjuncts:
        passive = any(c.dep_ == "auxpass" for c in conj.children)
        if conj.lemma_.lower() in words.CASUALTY_WORDS and (passive or conj.lemma_ == "die"):
            return True
    return False
