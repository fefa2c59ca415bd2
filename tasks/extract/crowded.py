"""People a place is crowded with are where they are, not what happened to them: "a church
crowded with hundreds of refugees" (and then a shell killed 15 of them), "a school packed with
400 displaced people", "a mosque filled with 200 worshippers": people, though the sentence goes
on to the killing (as ``whereabouts``: a city's inhabitants, people trapped in a town).
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import claim_words as words

_FILLING = {"crowd", "fill", "pack", "cram", "throng", "overflow", "jam", "swell"}


def crowding(noun: Token) -> bool:
    """The counted people are the "with" object of a participle that fills a place with them
    ("a hall crowded with some 300 guests", "crowded with hundreds of refugees"); not the
    wounded a hospital is crowded with."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "hundreds of refugees"
        noun = noun.head.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or noun.lemma_.lower() in words.CASUALTY_WORDS:
        return False
    verb = prep.head
    return verb.lemma_.lower() in _FILLING and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
