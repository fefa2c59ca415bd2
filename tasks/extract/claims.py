"""Numeric claims: everything a sentence tells about each quantity (type, subject, actor,
location, source, hedging), gathered into the facts that become a row, and which quantities are
claims at all. A bare count in a list or a comparison ("Spain took 3,000 migrants, Italy 2,400")
takes the type of its parallel count (``parallels``); a sum named by no currency, or by a word
several currencies share, takes the article's. What type a count is: ``claim_types.py``; what a
number counts: ``counted.py``; what is told in passing: ``incidental.py``; actor and location:
``actors.py``; word lists ``claim_words.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from tasks.extract.actors import Actor, Location, find_actor, find_location
from tasks.extract.attribution import ArticleContext, Source, find_source
from tasks.extract.claim_types import classify
from tasks.extract.count_clauses import clause_chain
from tasks.extract.counted import counted_noun, subject_text
from tasks.extract.currencies import home_currency
from tasks.extract.gazetteer import article_country
from tasks.extract.hedges import hedge_cue
from tasks.extract.incidental import is_incidental
from tasks.extract.memo import sentence_of
from tasks.extract.parallels import align_parallels
from tasks.extract.person_counts import civilians
from tasks.extract.quantities import MEASURE_UNITS, PERCENT, Quantity, find_quantities
from tasks.extract.quantity_words import TIME_UNITS
from tasks.extract.roles import PERSON_TYPES, PERSONS
from tasks.extract.type_model import decides, learned_type
from tasks.schema import CURRENCIES, ClaimType

_PERSON_PRONOUNS = {"who", "he", "she", "i", "you"}


@dataclass(frozen=True)
class ClaimFacts:
    """What the sentence says about a quantity, before it becomes a row."""

    claim_type: ClaimType
    unit: str | None
    subject: str | None
    actor: Actor | None
    location: Location
    source: Source | None
    hedge_cue: str | None
    typed: bool = True  # the type rests on a counted noun, a unit or a telling verb
    guess: ClaimType | None = None  # the rules' default type, where the learned model decided


@dataclass(frozen=True)
class Claim:
    """A quantity and what its sentence says about it."""

    quantity: Quantity
    facts: ClaimFacts


def _is_age(doc: Doc, q: Quantity) -> bool:
    """ "who is 14", "she was 35": a small whole number said of a person."""
    core = doc[q.core]
    if q.value is None or not 0 < q.value < 120 or q.value != int(q.value):
        return False
    verb = core.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = subj is not None and (subj.lower_ in _PERSON_PRONOUNS or subj.ent_type_ == "PERSON")
    return core.dep_ in ("attr", "acomp") and verb.lemma_ == "be" and person


def claim_facts(doc: Doc, q: Quantity, ctx: ArticleContext) -> ClaimFacts:
    """Everything the sentence tells about one quantity."""
    noun = counted_noun(doc, q)
    claim_type, typed, default = classify(doc, q, noun)
    guess, unit = None, q.unit
    if unit is None and noun is None and _is_age(doc, q):
        claim_type, unit = ClaimType.OTHER, MEASURE_UNITS["years"]  # "my daughter, who is 14"
    elif default and decides(doc, q):  # the rules only guessed: the model weighs the evidence
        guess, claim_type = claim_type, learned_type(doc, q, noun, claim_type)
        if claim_type == ClaimType.TROOP_COUNT and civilians(noun):
            claim_type = guess  # the model read the troops around them: "evacuate 300 citizens"
    if unit is None and claim_type in PERSON_TYPES:
        unit = PERSONS
    if unit is None and claim_type == ClaimType.PERCENTAGE:
        unit = PERCENT  # "inflation fell to zero"
    core = doc[q.core]
    sent = sentence_of(core)
    source = find_source(sent, core, ctx)
    chain = clause_chain(noun if noun is not None else core)
    location = find_location(doc, chain)
    return ClaimFacts(
        claim_type=claim_type,
        unit=unit,
        subject=subject_text(doc, noun, q) if noun is not None else None,
        actor=find_actor(doc, q, noun, claim_type, chain, location),
        location=location,
        source=source,
        hedge_cue=hedge_cue(sent, source, noun if noun is not None else core),
        typed=typed,
        guess=guess,
    )


def is_time_span(facts: ClaimFacts) -> bool:
    """A quantity of time ("two years", "within 10 days", "a 14-year-old"): never a claim of
    interest. Durations and ages are incidental, relative times are no figure at all."""
    return facts.unit in TIME_UNITS


def _in_the_article_currency(claims: list[Claim]) -> list[Claim]:
    """A sum named by no currency ("can cost users thousands", "lost billions") is in the
    currency of the article's other sums, when they all name one ("bills of up to £2,000")."""
    named = {c.facts.unit for c in claims if c.facts.unit in CURRENCIES}
    if len(named) != 1:
        return claims
    currency = named.pop()
    return [
        replace(c, facts=replace(c.facts, unit=currency))
        if c.facts.claim_type == ClaimType.MONEY and c.facts.unit is None
        else c
        for c in claims
    ]


def _in_the_home_currency(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """A sum named by a word several currencies share ("8 million pesos", "200 rupees") is in
    the currency of the country the article is about, when that is one of them (the Philippine
    peso in a story from Cebu), not the first the contract lists."""
    country = None
    out = []
    for c in claims:
        q = c.quantity
        if c.facts.claim_type == ClaimType.MONEY and c.facts.unit in CURRENCIES:
            country = country or article_country(doc)
            home = home_currency(doc[q.end - 1].lower_, country)
            if home is not None and home != c.facts.unit:
                c = replace(c, facts=replace(c.facts, unit=home))
        out.append(c)
    return out


def find_claims(doc: Doc, ctx: ArticleContext) -> list[Claim]:
    """Every quantity claim of a document, parallel counts typed alike, incidental ones and time
    spans out."""
    claims = [Claim(q, claim_facts(doc, q, ctx)) for q in find_quantities(doc)]
    claims = _in_the_home_currency(doc, _in_the_article_currency(align_parallels(doc, claims)))
    return [
        c
        for c in claims
        if not is_time_span(c.facts) and not is_incidental(doc, c.quantity, c.facts)
    ]
