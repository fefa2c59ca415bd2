"""Parallel counts: a bare count in a list or a comparison takes the type of the count it runs
parallel to ("Spain took 3,000 migrants, Italy 2,400"; "today that number is 200 million")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from tasks.extract import claim_words as words
from tasks.extract import roles
from tasks.extract.counted import counted_noun
from tasks.extract.grammar import SUBJECT_DEPS
from tasks.extract.harm_cues import displaced
from tasks.extract.quantities import Quantity
from tasks.extract.roles import PERSON_TYPES, PERSONS
from tasks.schema import ClaimType

if TYPE_CHECKING:
    from tasks.extract.claims import Claim, ClaimFacts


def align_parallels(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """A count typed by default takes the type, unit and subject of the nearest typed count
    before it in its sentence ("Spain took 3,000 migrants, Italy 2,400"), or in the sentence
    before for "that number" ("... 100 million users. Today that number is 200 million")."""
    out = list(claims)
    for k, claim in enumerate(out):
        q = claim.quantity
        if k and _included(doc, q, claim.facts, out[k - 1]):
            out[k] = replace(claim, facts=replace(claim.facts, claim_type=ClaimType.CASUALTY_COUNT))
            continue
        nxt = doc[q.end] if q.end < len(doc) else None
        # "the remaining two", "two more": whatever its verb, it counts what its parallel counts
        elliptical = roles.refers_to_parallel(doc, q, counted_noun(doc, q))
        if elliptical and displaced(counted_noun(doc, q) or doc[q.core]):
            continue  # "killed 3,000 and displaced 2 million others": people, whatever before
        if (claim.facts.typed and not elliptical) or q.unit is not None:
            continue
        if not elliptical and nxt is not None and nxt.pos_ == "NOUN":
            continue  # "5m barrels" with a parse that missed the noun counts barrels
        verb = doc[q.core].head
        absolute = verb.dep_ == "pcomp" and verb.head.lower_ == "with"  # "with 12 cutting them"
        own_verb = doc[q.core].dep_ in SUBJECT_DEPS and verb.pos_ == "VERB" and not absolute
        if not elliptical and own_verb:
            continue  # "... and 2 million have fled": a verb of its own says what it counts
        sent = doc[claim.quantity.core].sent
        for earlier in reversed(out[:k]):
            earlier_sent = doc[earlier.quantity.core].sent
            same = earlier_sent.start == sent.start
            # "that number is 200 million", "Four more arrived" (typed by nothing else): one
            # sentence back too
            back = (elliptical and not claim.facts.typed) or _refers_back(doc, claim.quantity)
            previous = earlier_sent.end == sent.start and back
            if not (same or previous):
                break
            counted = earlier.facts.claim_type != ClaimType.OTHER or earlier.facts.subject
            if earlier.facts.typed and counted:  # "won 198 seats, while the Lib Dems took 62"
                out[k] = replace(claim, facts=_like(claim.facts, earlier.facts))
                break
    return out


def _included(doc: Doc, q: Quantity, facts: ClaimFacts, before: Claim) -> bool:
    """People counted "including" in a sentence whose count before is of casualties are some of
    them: "put the death toll at 230, including 41 children"."""
    if facts.claim_type != ClaimType.PEOPLE_COUNT:
        return False
    if before.facts.claim_type != ClaimType.CASUALTY_COUNT:
        return False
    if doc[before.quantity.core].sent.start != doc[q.core].sent.start:
        return False
    noun = counted_noun(doc, q) or doc[q.core]
    return noun.dep_ == "pobj" and noun.head.lower_ == "including"


def _like(facts: ClaimFacts, parallel: ClaimFacts) -> ClaimFacts:
    """``facts`` typed like its parallel count; people of a parallel count who are killed or
    wounded are casualties ("12 soldiers were killed and 30 more wounded")."""
    hurt = facts.claim_type == ClaimType.CASUALTY_COUNT
    if hurt and parallel.claim_type in PERSON_TYPES:
        return replace(facts, unit=PERSONS, subject=facts.subject or parallel.subject)
    return replace(
        facts,
        claim_type=parallel.claim_type,
        unit=parallel.unit,
        subject=facts.subject or parallel.subject,
    )


def _refers_back(doc: Doc, q: Quantity) -> bool:
    """ "that number is 200 million", "the figure rose to 30": the count names an earlier one."""
    noun = counted_noun(doc, q)
    return noun is not None and noun.lemma_.lower() in words.ANAPHORIC_NOUNS
