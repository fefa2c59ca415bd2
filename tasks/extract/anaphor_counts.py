"""What an anaphoric count noun counts: the object of its "of" ("the number of nurses"), the noun
that names it ("the casualty figure"), what an estimate of a count counts ("his estimate of the
number of militants") and the members a group's size counts ("the rebels' strength").
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.claim_words import ANAPHORIC_NOUNS, SIZE_NOUNS
from tasks.extract.cue_words import TALLY_NOUNS
from tasks.extract.grammar import prep_object


def of_object(noun: Token) -> Token | None:
    """ "the number of white deaths" -> deaths."""
    obj = prep_object(noun, ("of",))
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


def counted_by_anaphor(noun: Token) -> Token:
    """What an anaphoric noun counts: its "of" object ("the number of nurses"), else the noun
    that names it ("the claimant count", "the casualty figure"); other nouns are themselves.
    An estimate of such a noun counts what that one does, and a group's size its members."""
    noun = _estimated_count(noun)
    if (members := _sized_group(noun)) is not None:
        return members
    if noun.lemma_.lower() not in ANAPHORIC_NOUNS:
        return noun
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    named = before is not None and before.head.i == noun.i and before.dep_ in ("compound", "amod")
    namer = before if named and before is not None and before.pos_ in ("NOUN", "ADJ") else None
    return of_object(noun) or namer or noun


def _estimated_count(noun: Token) -> Token:
    """ "his estimate of the number of militants was 4,000", "the official tally of the number
    of dead stood at 90": an estimate whose "of" object is itself a count word gives the figure
    of what that word counts, not of the estimate (so "the estimate of the cost" stays)."""
    inner = of_object(noun) if noun.lemma_.lower() in TALLY_NOUNS else None
    return inner if inner is not None and inner.lemma_.lower() in ANAPHORIC_NOUNS else noun


def _sized_group(noun: Token) -> Token | None:
    """The members a group's size counts when the figure is that size ("the rebels' estimated
    strength is at 3,000", "the group's troop strength was put at 800", "the strength of the
    militia stood at 2,000"): the noun that names what makes up the size ("troop strength"),
    else the group that owns it (its possessor or its "of" object), when a common noun names
    it. None for any other noun, a size owned by nothing ("its strength": the pronoun says
    nothing) or by a name ("the strength of Abu Sayyaf": the learned model weighs that one)."""
    if noun.lemma_.lower() not in SIZE_NOUNS:
        return None
    before = [c for c in noun.children if c.i < noun.i]
    named = (c for c in before if c.dep_ == "compound" and c.pos_ == "NOUN")
    owners = (c for c in before if c.dep_ in ("poss", "nmod"))
    owner = next(named, None) or next(owners, None) or of_object(noun)
    return owner if owner is not None and owner.pos_ == "NOUN" else None
