"""Which counts are told in passing ("two cities", "the two sides", "two or three visits"): a
small count that is no claim. Casualties, weapons and money count at any size, and so do things
hit or destroyed and people a verb acts on or who act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tasks.extract import claim_words as words
from tasks.extract import roles
from tasks.extract.armed_bodies import military_formation
from tasks.extract.claim_types import is_partitive_whole
from tasks.extract.count_clauses import clause_lemmas, context_lemmas
from tasks.extract.counted import counted_noun
from tasks.extract.grammar import SUBJECT_DEPS
from tasks.extract.passing_numbers import members_named
from tasks.extract.person_counts import counts_arrests, small_tally
from tasks.extract.places_hit import settlements_hit
from tasks.extract.quantities import Quantity
from tasks.extract.roles import PERSON_TYPES, PERSONS
from tasks.schema import ClaimType

if TYPE_CHECKING:
    from tasks.extract.claims import ClaimFacts

# Counts never told in passing, whatever their size (``is_incidental``).
_ANY_SIZE = (
    ClaimType.CASUALTY_COUNT,
    ClaimType.EQUIPMENT_COUNT,
    ClaimType.MONEY,
    ClaimType.PERCENTAGE,
)


# "the two men", "the other two finalists": people referred back to, not counted
_DEFINITE = {
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "both", "other",
}  # fmt: skip


def is_incidental(doc: Doc, q: Quantity, facts: ClaimFacts) -> bool:
    """A small count told in passing ("two cities", "the two sides", "two or three visits"):
    not a claim. Casualties, weapons and money count at any size, and so do things hit or
    destroyed and people a verb acts on or who act ("The council barred four businessmen")."""
    high = q.value_high if q.value_high is not None else q.value  # "six or seven digits"
    if high is None or high >= 10:
        return False
    # on the rules' type: which counts are told in passing stays the rules' call (the learned
    # type retypes what is published, it does not publish more)
    claim_type = facts.guess or facts.claim_type
    if q.unit not in (None, PERSONS) or claim_type in _ANY_SIZE:
        return False
    if small_tally(doc, q):
        return False  # "voted 9 to 4", "by seven votes to two": a small body's whole vote
    noun = counted_noun(doc, q)
    start = noun if noun is not None else doc[q.core]
    if doc[q.core].lower_ == "one":  # "said one woman", "One resident who had fled said"
        return not (context_lemmas(doc, q, noun) & words.DAMAGE_WORDS)
    if noun is not None and claim_type == ClaimType.TROOP_COUNT and military_formation(noun):
        return False  # "four combined arms armies": each a force of thousands
    if noun is not None and counts_arrests(noun):
        return False  # "there were only four arrests": a police figure
    if noun is not None and roles.noun_lemma(noun) in words.BLAST_NOUNS:
        return False  # "heard two blasts at the base": strikes
    if noun is not None and settlements_hit(noun):
        return False  # "bandits raided six villages": targets hit
    jobs = noun is not None and roles.counts_jobs(noun)  # "she has held three jobs"
    # "two men, A and B, were sentenced": the names are the news, the count told in passing
    named = noun is not None and members_named(doc, q, noun)
    acts = noun is not None and _acts(doc, q, noun)
    if claim_type in PERSON_TYPES and acts and not (jobs or named):
        return False
    if noun is None and _killed(doc[q.core]):
        return False  # "only four were killed by hounds" (after "91 foxes": animals, other)
    return not ((context_lemmas(doc, q, noun) | clause_lemmas(start)) & words.DAMAGE_WORDS)


def _killed(core: Token) -> bool:
    """A bare count that is the subject of a verb of harm ("four were killed"): harm counts at
    any size, whatever it was done to."""
    verb = core.head
    return core.dep_ in SUBJECT_DEPS and verb.lemma_.lower() in words.CASUALTY_WORDS


def _acts(doc: Doc, q: Quantity, noun: Token) -> bool:
    """People counted as a verb's subject or object, not referred back to ("the two men"). In a
    partitive ("three of its soldiers were killed") the count heads the phrase: the role is its."""
    definite = q.start > 0 and doc[q.start - 1].lower_ in _DEFINITE
    if is_partitive_whole(noun) and noun.head.head.i == q.core:
        noun = doc[q.core]
    agent = noun.dep_ == "pobj" and noun.head.dep_ == "agent"
    return not definite and (noun.dep_ in ("nsubj", "nsubjpass", "dobj") or agent)
