"""Settlements an attack falls on, counted: "bandits raided six villages", "torched homes in five
villages", "35 people were killed in the five villages". The conventions count targets hit at
any size, so these are no small count told in passing (``claims.is_incidental``); "visited five
villages" is. Word lists are ``claim_words``.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import claim_words as words

_OBJECT_DEPS = ("dobj", "nsubjpass")
_WHERE = ("in", "across", "on")


def settlements_hit(noun: Token) -> bool:
    """Villages, towns or a force's bases that a verb of raiding or taking acts on (its object,
    or its passive subject, also through a partitive: "captured two of their camps"), or
    where a raid or a killing took place (its "in" object: "torched homes in five villages",
    "were killed in the five villages")."""
    # the lemmatiser reads "bases" as "basis"
    lemma = "base" if noun.lower_ == "bases" else noun.lemma_.lower()
    if lemma not in words.SETTLEMENT_NOUNS:
        return False
    noun = _partitive_count(noun)
    if noun.dep_ in _OBJECT_DEPS:
        return _raids(noun.head)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _WHERE:
        return False
    return _raids(prep.head) or prep.head.lemma_.lower() in words.PERSON_HARM_VERBS


def _partitive_count(noun: Token) -> Token:
    """The count a partitive's whole hangs on ("captured [two] of their camps"), which holds the
    phrase's role in its clause; else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.like_num:
        return prep.head
    return noun


def _raids(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words.RAID_VERBS
