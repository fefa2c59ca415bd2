"""Where a count of people is, when that says what the count is: people who sought refuge or
live away from home were displaced (people, not casualties); people trapped in a besieged city
and a place's inhabitants ("a city of 1.8 million people", "home to 300,000 people") are people
whatever harm the sentence fears for them; people lying or trapped under rubble are casualties.
``harm_cues.displaced`` and ``claims.classify`` apply these.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tasks.extract.grammar import pobj
from tasks.extract.people_words import POPULATION_NOUNS

# "seek refuge", "take shelter", "found sanctuary": what people driven from home look for.
_REFUGE_NOUNS: Final = {"refuge", "shelter", "sanctuary", "asylum"}
_SEEKING_VERBS: Final = {"seek", "take", "find", "look"}
# "live away from home", "remain away from their homes"
_HOME_NOUNS: Final = {"home", "homes", "house", "houses", "village", "villages"}
# Places whose inhabitants a count gives: "a city of 1.8 million", "a camp of 40,000 people".
_INHABITED: Final = POPULATION_NOUNS | {"camp", "district", "province", "state", "community"}
# Verbs that hold people in a place without hurting them: "trapped in the city", "besieged".
_CONFINING_VERBS: Final = {"trap", "besiege", "encircle", "strand", "surround", "stick"}
_INSIDE: Final = {"in", "inside", "within"}
# What a building leaves when it falls: "lying under the rubble", "trapped beneath debris".
_RUBBLE_NOUNS: Final = {"rubble", "debris", "ruin", "ruins", "wreckage"}
_UNDER: Final = {"under", "beneath", "underneath"}


def seeks_refuge(verb: Token) -> bool:
    """A verb that says its subject left home: "seek refuge", "take shelter with the UN",
    "live away from home", "stay away from their villages"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    sought = verb.lemma_.lower() in _SEEKING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _REFUGE_NOUNS for c in verb.children
    )
    return sought or any(_away_from_home(c) for c in verb.children if c.dep_ == "advmod")


def _away_from_home(adverb: Token) -> bool:
    if adverb.lower_ != "away":
        return False
    places = (pobj(c) for c in adverb.children if c.dep_ == "prep" and c.lower_ == "from")
    return any(p is not None and p.lower_ in _HOME_NOUNS for p in places)


def inhabitants(noun: Token) -> bool:
    """People a place is said to hold: "el-Fasher, a city of 1.8 million people", "a camp of
    40,000 residents", "the town, home to 300,000 people"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    of_place = prep.lower_ == "of" and prep.head.lemma_.lower() in _INHABITED
    return of_place or (prep.lower_ == "to" and prep.head.lower_ == "home")


def confined(noun: Token) -> bool:
    """People held in a place by a siege, not hurt: "260,000 people are trapped in the city",
    "thousands remain stranded inside the town". Not under rubble (``buried``)."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _CONFINING_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _INSIDE for c in verb.children) and not buried(noun)


def buried(noun: Token) -> bool:
    """People under a fallen building, dead or missing: "1,270 children still lying under the
    rubble", "dozens are trapped beneath the debris", "300 people remain under the ruins"."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    count = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if count.dep_ in ("nsubj", "nsubjpass"):  # "Dozens of residents remain trapped ..."
        verbs.append(count.head)
    # "remain trapped beneath": the state the verb puts them in
    verbs += [c for v in verbs for c in v.children if c.dep_ in ("acomp", "xcomp", "oprd")]
    return any(_under_rubble(v) for v in verbs)


def _under_rubble(verb: Token) -> bool:
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _UNDER)
    return any((p := pobj(c)) is not None and p.lemma_.lower() in _RUBBLE_NOUNS for c in preps)
