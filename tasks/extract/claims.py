"""Numeric claims: what a quantity counts (type, subject), about whom (actor), where, and hedging.

Each rule reads the dependency parse around the number: the counted noun is the noun the number
modifies (or the object of its "of"); the clause is the chain of heads above it, up to the first
reporting verb (what the speaker says, not the act of saying).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tasks.extract.attribution import ArticleContext, Source, find_source, is_reporting, noun_phrase
from tasks.extract.currencies import tables as currency_tables
from tasks.extract.names import actor_of, canonical_org, canonical_place
from tasks.extract.quantities import MEASURE_UNITS, Quantity

TROOP_NOUNS = {
    "soldier", "troop", "personnel", "fighter", "force", "serviceman", "servicemen", "mercenary",
    "conscript", "reservist", "recruit", "marine", "paratrooper", "infantry", "combatant",
    "militant", "guard", "sailor", "pilot", "volunteer", "battalion", "brigade", "army",
    "servicemember", "military", "special", "commando", "sniper", "officer", "men",
}  # fmt: skip
EQUIPMENT_NOUNS = {
    "tank", "drone", "missile", "shell", "aircraft", "helicopter", "jet", "rocket", "artillery",
    "howitzer", "vehicle", "round", "launcher", "ship", "warship", "gun", "rifle", "weapon",
    "plane", "fighter-jet", "bomb", "munition", "ammunition", "system", "apc", "himars", "vessel",
    "boat", "submarine", "grenade", "mine", "piece", "truck", "armour", "armor", "radar", "uav",
}  # fmt: skip
PEOPLE_NOUNS = {
    "refugee", "civilian", "people", "person", "resident", "child", "woman", "man", "inhabitant",
    "citizen", "migrant", "evacuee", "population", "household", "family", "displaced", "student",
    "worker", "patient", "hostage", "prisoner", "detainee", "voter", "member", "volunteer",
    "journalist", "doctor", "baby", "adult", "individual", "pensioner", "ukrainians", "russians",
}  # fmt: skip
CASUALTY_WORDS = {
    "kill", "wound", "die", "dead", "death", "casualty", "loss", "lose", "injure", "injured",
    "capture", "captured", "fatality", "perish", "toll", "slay", "massacre", "execute", "missing",
    "wounded", "killed", "bodies", "body", "losses", "dies", "eliminate", "destroy",
    "surrender", "surrendered", "abduct", "abducted", "kidnap", "kidnapped", "deport",
}  # fmt: skip
# Captured people are casualties in the military sense (killed, wounded, missing, captured).
CAPTIVE_NOUNS = {"prisoner", "pow", "captive", "abductee"}
# "a population of 107,000", "the city of 3 million": people, though the noun is not a person.
POPULATION_NOUNS = {"population", "city", "town", "village", "country", "nation", "region"}
# Words that make a small count of things a claim ("five railway stations were hit").
DAMAGE_WORDS = {
    "hit", "strike", "destroy", "damage", "attack", "shell", "target", "fire", "launch", "shoot",
    "intercept", "down", "bomb", "struck", "destroyed", "damaged", "shot",
}  # fmt: skip
MILITARY_CONTEXT = {
    "battalion", "brigade", "army", "military", "unit", "deploy", "fight", "front", "combat",
    "troop", "soldier", "regiment", "division", "war", "battle", "frontline", "send", "station",
}  # fmt: skip
HEDGES = {"reportedly", "allegedly", "purportedly", "supposedly", "unverified", "unconfirmed"}
HEDGE_LEMMAS = {
    "estimate", "believe", "claim", "allege", "rumour", "rumor", "extrapolation", "extrapolate",
    "suggest",
}  # fmt: skip
_LOC_PREPS = {"in", "to", "into", "near", "at", "inside", "within", "across", "towards", "around"}
_REGION_NOUNS = {"region", "oblast", "province", "district", "city", "area", "border", "town"}
_DIRECTIONS = {
    "eastern", "western", "northern", "southern", "central", "north-eastern", "north-western",
    "south-eastern", "south-western", "northeastern", "northwestern", "southeastern",
    "southwestern", "occupied",
}  # fmt: skip
_PERSON_UNITS = ("troop_count", "casualty_count", "people_count")


@dataclass(frozen=True)
class ClaimFacts:
    """What the sentence says about a quantity, before it becomes a row."""

    claim_type: str
    unit: str | None
    subject: str | None
    actor: str | None
    location: str | None
    source: Source | None
    hedge_cue: str | None


def clause_chain(token: Token) -> list[Token]:
    """The token and its heads, up to (not including) the first reporting verb."""
    chain = [token]
    for anc in token.ancestors:
        if is_reporting(anc):
            break
        chain.append(anc)
    return chain


def counted_noun(doc: Doc, q: Quantity) -> Token | None:
    """The noun a quantity counts: "11,000 [soldiers]", "Thousands of [soldiers]"."""
    tok = doc[q.core]
    while q.start <= tok.head.i < q.end and tok.head.i != tok.i:
        tok = tok.head  # climb out of the span ("per cent", "20 million")
    for child in tok.children:  # "Thousands of soldiers", "99% of all assistance"
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
    head = tok.head
    outside = head.i != tok.i and not q.start <= head.i < q.end
    modifies = tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
    if outside and modifies and head.pos_ in ("NOUN", "PROPN"):
        return head
    # "a population of more than 1 million", "a death toll of 300"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    # "the death toll had risen to 21", "the population was 2.1 million": the subject counts
    verb = head.head if tok.dep_ == "pobj" and head.lower_ in ("to", "at") else head
    if tok.dep_ in ("attr", "pobj") and verb.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "NOUN":
            return _of_object(subj) if subj.lemma_.lower() in ("number", "total") else subj
    return None


def _of_object(noun: Token) -> Token:
    """ "the number of white deaths" -> deaths."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN":
                return pobj
    return noun


def subject_text(doc: Doc, noun: Token, q: Quantity) -> str:
    """The counted phrase without the quantity's own words: "North Korean soldiers"."""
    phrase = noun_phrase(noun)
    words = [t for t in phrase if not q.start <= t.i < q.end and t.dep_ not in ("det", "prep")]
    words = [t for t in words if not t.is_quote and not t.is_punct] or [noun]
    words = [t for t in words if t.i >= q.end] or words  # "a further 34,000 [separatist forces]"
    return doc[words[0].i : words[-1].i + 1].text.strip('“”"‘’ ')


def classify(doc: Doc, q: Quantity, noun: Token | None) -> str:
    """The claim type from the unit, the counted noun and the verbs around it."""
    if q.unit in currency_tables().symbols.values():
        return "money"
    if q.unit == "percent":
        return "percentage"
    if q.unit in set(MEASURE_UNITS.values()):
        return "other"
    lemma = noun.lemma_.lower() if noun is not None else ""
    if lemma in EQUIPMENT_NOUNS:
        return "equipment_count"
    if lemma in CAPTIVE_NOUNS:
        return "casualty_count"
    context = _context_lemmas(doc, q, noun)
    if noun is None and doc[q.core].dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
        # a bare count as subject or object counts people: "thousands had remained"
        return "casualty_count" if context & CASUALTY_WORDS else "people_count"
    personish = lemma in TROOP_NOUNS or lemma in PEOPLE_NOUNS or _is_nationals(noun) or noun is None
    if personish and (lemma in CASUALTY_WORDS or context & CASUALTY_WORDS):
        return "casualty_count"
    if lemma in CASUALTY_WORDS:
        return "casualty_count"
    if lemma in TROOP_NOUNS:
        return "troop_count"
    if noun is not None and _is_nationals(noun):
        return "troop_count" if _clause_lemmas(noun) & MILITARY_CONTEXT else "people_count"
    if lemma in PEOPLE_NOUNS or lemma in POPULATION_NOUNS:
        return "people_count"
    return "other"


def _is_nationals(noun: Token | None) -> bool:
    """ "North Koreans", "Ukrainians": a plural demonym used as a noun."""
    return (
        noun is not None
        and noun.tag_ in ("NNS", "NNPS")
        and (noun.ent_type_ == "NORP" or actor_of(noun.text) is not None)
    )


def _clause_lemmas(noun: Token) -> set[str]:
    """Lemmas of the whole clause the noun sits in (its nearest verb's subtree)."""
    verb = next((t for t in clause_chain(noun) if t.pos_ in ("VERB", "AUX")), None)
    tokens = verb.subtree if verb is not None else noun.sent
    return {t.lemma_.lower() for t in tokens}


def _context_lemmas(doc: Doc, q: Quantity, noun: Token | None) -> set[str]:
    """Lemmas of the clause around the quantity: heads up to the reporting verb, plus the
    counted noun's own modifiers ("soldiers killed", "losses, estimated at")."""
    start = noun if noun is not None else doc[q.core]
    # "500 wounded", "100 dead": the word after a bare count says what it counts
    lemmas = {doc[q.end].lower_} if noun is None and q.end < len(doc) else set()
    for tok in clause_chain(start):
        lemmas.add(tok.lemma_.lower())
        lemmas.add(tok.lower_)
        if tok.pos_ in ("NOUN", "VERB", "AUX"):
            for child in tok.children:
                if child.dep_ in ("acl", "relcl", "amod", "compound", "attr", "acomp", "conj"):
                    lemmas.add(child.lemma_.lower())
    return lemmas


def find_actor(doc: Doc, q: Quantity, noun: Token | None, claim_type: str) -> str | None:
    """Who the quantity is about: a demonym or name in the counted phrase, else in the phrase
    of a governing noun or the subject of a governing verb. Money and percentages belong to
    whoever gives or holds them ("NATO ... has provided 99% of all assistance")."""
    if q.unit in set(MEASURE_UNITS.values()):
        return None  # a distance or a duration is about nobody
    chain = clause_chain(noun if noun is not None else doc[q.core])
    core = doc[q.core]
    owned = noun is not None and core.dep_ == "pobj" and core.head.head.i == noun.i
    if (
        claim_type in ("money", "percentage")
        and noun is not None
        and owned
        and (actor := _actor_in(_head_phrase(noun), q))
    ):
        return actor  # "a UK GDP decline of 1.5%"
    if claim_type in ("money", "percentage"):
        for tok in chain:
            subj = _verb_subject(tok) if tok.pos_ in ("VERB", "AUX") else None
            if subj is not None:
                return _actor_in(_head_phrase(subj), q)
    if noun is not None and (actor := _actor_in(_head_phrase(noun), q)):
        return actor
    for tok in chain[1:]:
        if tok.pos_ in ("NOUN", "PROPN") and (actor := _actor_in(_head_phrase(tok), q)):
            return actor
        if tok.pos_ in ("VERB", "AUX"):
            subj = _verb_subject(tok)
            if subj is not None and (actor := _actor_in(_head_phrase(subj), q)):
                return actor
    return None


def _head_phrase(head: Token) -> Span:
    """The head noun with its left modifiers and a direct "of" object: no clauses, no verbs."""
    doc = head.doc
    left = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ != "punct"])
    right = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                right = max(right, pobj.i)
    return doc[left : right + 1]


def _verb_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_subject(verb.head)
    return None


def _actor_in(phrase: Span, q: Quantity) -> str | None:
    for ent in phrase.ents:
        if ent.label_ in ("NORP", "GPE", "ORG") and not q.start <= ent.start < q.end:
            return actor_of(ent.text) or (
                canonical_place(ent.text) if ent.label_ == "GPE" else canonical_org(ent.text)
            )
    return actor_of(phrase.text)


def find_location(doc: Doc, q: Quantity, noun: Token | None) -> str | None:
    """A place the clause puts the quantity in: "stationed in eastern Russia", "Kursk region"."""
    for tok in clause_chain(noun if noun is not None else doc[q.core]):
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOC_PREPS:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and (place := _place(pobj)):
                return place
    return None


def _place(pobj: Token) -> str | None:
    doc = pobj.doc
    if pobj.ent_type_ in ("GPE", "LOC", "FAC"):
        ent = next(e for e in doc.ents if e.start <= pobj.i < e.end)
        start = ent.start
        if start > 0 and doc[start - 1].lower_ in _DIRECTIONS:
            start -= 1
        end = ent.end
        if end < len(doc) and doc[end].lower_ in _REGION_NOUNS:
            end += 1
        return doc[start:end].text
    if pobj.lower_ in _REGION_NOUNS:
        named = [c for c in pobj.lefts if c.dep_ == "compound" and c.ent_type_]
        if named:
            return doc[named[0].i : pobj.i + 1].text
    return None


def hedge_cue(sent: Span, source: Source | None, target: Token | None = None) -> str | None:
    """The word marking the claim as unconfirmed, if the sentence has one. Adverbs
    ("reportedly") hedge the whole sentence; hedging verbs and nouns ("estimates", "claims")
    only when they govern ``target`` (or are the subject of what does), so "Though Russia claims
    the regions, its forces control 70%" is not hedged."""
    text = sent.text.lower()
    if "independently verif" in text or "not be verified" in text:
        return "could not be independently verified"
    scope = _hedge_scope(target) if target is not None else None
    for tok in sent:
        low = tok.lower_
        if low in HEDGES:
            return low
        if scope is not None and tok.i not in scope:
            continue
        if tok.lemma_.lower() in HEDGE_LEMMAS and tok.pos_ in ("VERB", "NOUN"):
            return low
        if tok.lemma_.lower() == "report" and tok.pos_ == "NOUN":
            has_source = any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children)
            if not has_source and source is None:
                return "reports"
    return None


def _hedge_scope(target: Token) -> set[int]:
    """Token indices that can hedge ``target``: its heads, their subjects and modifiers."""
    scope = {target.i} | {c.i for c in target.children}
    for anc in target.ancestors:
        scope.add(anc.i)
        scope.update(
            c.i for c in anc.children if c.dep_ in ("nsubj", "nsubjpass", "advmod", "acl", "amod")
        )
    return scope


def is_incidental(doc: Doc, q: Quantity, facts: ClaimFacts) -> bool:
    """A small exact count told in passing ("two cities", "the two sides", "three surgeries"):
    not a claim. Casualties and weapons count at any size, and so do things hit or destroyed."""
    if q.value is None or q.value >= 10 or q.unit is not None or q.qualifier == "range":
        return False
    if facts.claim_type in ("casualty_count", "equipment_count", "money", "percentage"):
        return False
    noun = counted_noun(doc, q)
    start = noun if noun is not None else doc[q.core]
    return not ((_context_lemmas(doc, q, noun) | _clause_lemmas(start)) & DAMAGE_WORDS)


def claim_facts(doc: Doc, q: Quantity, ctx: ArticleContext) -> ClaimFacts:
    """Everything the sentence tells about one quantity."""
    noun = counted_noun(doc, q)
    claim_type = classify(doc, q, noun)
    unit = q.unit
    if unit is None and claim_type in _PERSON_UNITS:
        unit = "persons"
    sent = doc[q.core].sent
    source = find_source(sent, doc[q.core], ctx)
    return ClaimFacts(
        claim_type=claim_type,
        unit=unit,
        subject=subject_text(doc, noun, q) if noun is not None else None,
        actor=find_actor(doc, q, noun, claim_type),
        location=find_location(doc, q, noun),
        source=source,
        hedge_cue=hedge_cue(sent, source, noun if noun is not None else doc[q.core]),
    )
