"""What the sentence makes of counted people and groups, beyond the counted noun itself: a group
counted by its strength ("a 19-strong panel"), people serving in an army ("37,000 women are in
the army": troops), people held captive ("900 troops were sent to a prison colony":
casualties), "rounds" of talks (not ammunition), and a count that only refers back to a
parallel one ("the remaining two", "two more"), which takes that count's type. Word lists are
``claim_words``; ``claims`` applies these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract import claim_words as words
from tasks.extract.grammar import prep_object
from tasks.extract.quantities import Quantity
from tasks.schema import ClaimType

_STRONG = "strong"
_MEMBER_PREPS = {"in", "into", "with", "of"}
_HELD_PREPS = {"in", "to", "into", "at"}


def group_strength(doc: Doc, q: Quantity) -> ClaimType | None:
    """ "a 19-strong panel" counts people, "a 3,000-strong force" troops; None otherwise."""
    group = strength_noun(doc, q)
    if group is None:
        return None
    military = group.lemma_.lower() in words.TROOP_NOUNS | words.MILITARY_BODIES
    return ClaimType.TROOP_COUNT if military else ClaimType.PEOPLE_COUNT


def strength_noun(doc: Doc, q: Quantity) -> Token | None:
    """The group a "N-strong" count measures: "a 19-strong [panel]"."""
    k = q.end + 1 if q.end < len(doc) and doc[q.end].text == "-" else q.end
    if k >= len(doc) or doc[k].lower_ != _STRONG:
        return None
    head = doc[k].head
    return head if doc[k].dep_ == "amod" and head.pos_ in ("NOUN", "PROPN") else None


def serves(noun: Token) -> bool:
    """People the sentence puts in an armed force: "are in the army", "joined the navy", "have
    become commanders"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in words.SERVE_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS:
            body = next((c for c in child.children if c.dep_ == "pobj"), None)
            if body is not None and body.lemma_.lower() in words.MILITARY_BODIES:
                return True
        if child.dep_ == "dobj" and child.lemma_.lower() in words.MILITARY_BODIES:
            return True
        if child.dep_ in ("attr", "acomp") and child.lemma_.lower() in words.RANK_NOUNS:
            return True
    return False


def held_captive(chain: list[Token]) -> bool:
    """People the clause puts in captivity: "sent to a prison colony", "held in custody",
    "transferred to a detainment facility"."""
    for tok in chain:
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ not in _HELD_PREPS:
                continue
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
            if place is None:
                continue
            named = {place.lemma_.lower()}
            named |= {c.lemma_.lower() for c in place.children if c.dep_ in ("compound", "amod")}
            if named & words.CAPTIVITY_WORDS:
                return True
    return False


def refers_to_parallel(doc: Doc, q: Quantity, noun: Token | None) -> bool:
    """ "the remaining two", "the other three", "two more", "30 others": a count that names no
    noun of its own and refers back to a parallel count."""
    if noun is not None:
        return noun.lemma_.lower() in words.ELLIPSIS_NOUNS
    before = doc[q.start - 1].lower_ if q.start > 0 else ""
    after = doc[q.end].lower_ if q.end < len(doc) else ""
    inside = {t.lower_ for t in doc[q.start : q.end]}
    return before in words.ELLIPSIS_BEFORE or bool({after, *inside} & words.ELLIPSIS_NOUNS)


def rounds_of_something_else(noun: Token) -> bool:
    """ "five rounds of talks" are not ammunition; "300 rounds of ammunition" are."""
    of = prep_object(noun, ("of",))
    return of is not None and of.lemma_.lower() not in words.EQUIPMENT_NOUNS | {"fire"}


def owned_by_organisation(noun: Token) -> bool:
    """ "NATO allies", "Nato's 30 members", "the 25-member EU": an organisation owns them."""
    if noun.dep_ == "compound" and noun.head.ent_type_ in ("ORG", "GPE"):
        return True
    return any(c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ == "ORG" for c in noun.lefts)
