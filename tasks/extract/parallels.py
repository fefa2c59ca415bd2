"""Parallel counts: a bare count in a list or a comparison takes the type of the count it runs
parallel to ("Spain took 3,000 migrants, Italy 2,400"; "today that number is 200 million"), and
so does a count that only refers back to one ("the remaining two", "two more", "207 of them",
"Of those, 310 were ...")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from tasks.extract import claim_words as words
from tasks.extract.count_clauses import clause_chain
from tasks.extract.counted import counted_noun
from tasks.extract.cue_words import SAY_VERBS
from tasks.extract.grammar import SUBJECT_DEPS, prep_object
from tasks.extract.harm_cues import displaced
from tasks.extract.memo import sentence_of
from tasks.extract.person_counts import is_person
from tasks.extract.quantities import Quantity
from tasks.extract.quantity_words import ANAPHORIC_WHOLES, TIME_UNITS
from tasks.extract.roles import PERSON_TYPES, PERSONS
from tasks.extract.spared import spared
from tasks.schema import ClaimType

if TYPE_CHECKING:
    from tasks.extract.claims import Claim, ClaimFacts


def align_parallels(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """A count typed by default takes the type, unit and subject of the nearest typed count
    before it in its sentence ("Spain took 3,000 migrants, Italy 2,400"), or in the sentence
    before for "that number" ("... 100 million users. Today that number is 200 million").
    Money only across amounts: a currency-less count with a count of something else between
    it and the amount is no amount ("£3bn in lost reserves, 250,000 repossessed, one million
    in negative equity"; but "£100m, France 50m and Germany 75m")."""
    out = list(claims)
    for k, claim in enumerate(out):
        q = claim.quantity
        if k and _typed_as_before(doc, q, claim.facts, out[k - 1]):
            whole = out[k - 1].facts.claim_type  # casualties, people or troops, as it is
            out[k] = replace(claim, facts=replace(claim.facts, claim_type=whole, guess=None))
            continue
        if k and _harmed_like(doc, claim, out[k - 1]):
            out[k] = replace(claim, facts=_like(claim.facts, out[k - 1].facts))
            continue
        nxt = doc[q.end] if q.end < len(doc) else None
        # "the remaining two", "two more": whatever its verb, it counts what its parallel counts
        elliptical = refers_to_parallel(doc, q, counted_noun(doc, q))
        others = counted_noun(doc, q) or doc[q.core]
        if elliptical and (displaced(others) or spared(others)):
            continue  # "killed 3,000 and displaced 2 million others", "rescued 20 others"
        if (claim.facts.typed and not elliptical) or q.unit is not None:
            continue
        if claim.facts.unit in TIME_UNITS:
            continue  # "beat two players ... when he was just 14": an age runs parallel to none
        if not elliptical and nxt is not None and nxt.pos_ == "NOUN":
            continue  # "5m barrels" with a parse that missed the noun counts barrels
        verb = doc[q.core].head
        absolute = verb.dep_ == "pcomp" and verb.head.lower_ == "with"  # "with 12 cutting them"
        own_verb = doc[q.core].dep_ in SUBJECT_DEPS and verb.pos_ == "VERB" and not absolute
        if not elliptical and own_verb:
            continue  # "... and 2 million have fled": a verb of its own says what it counts
        sent = sentence_of(doc[claim.quantity.core])
        crossed = False  # a count of something else lies between
        aside = _in_brackets(doc, q)
        for earlier in reversed(out[:k]):
            earlier_sent = sentence_of(doc[earlier.quantity.core])
            if _in_brackets(doc, earlier.quantity) and not aside:
                continue  # "2 million rubles ($23,700), up from 1.5 million": not the aside's
            same = earlier_sent.start == sent.start
            # "that number is 200 million", "Four more arrived" (typed by nothing else): one
            # sentence back too
            back = (elliptical and not claim.facts.typed) or _refers_back(doc, claim.quantity)
            previous = earlier_sent.end == sent.start and back
            if not (same or previous):
                break
            counted = earlier.facts.claim_type != ClaimType.OTHER or earlier.facts.subject
            money = earlier.facts.claim_type == ClaimType.MONEY
            if money and crossed:
                break  # "£3bn in reserves, 250,000 repossessed, one million in negative equity"
            crossed = crossed or not money
            if earlier.facts.typed and counted:  # "won 198 seats, while the Lib Dems took 62"
                facts = _like(claim.facts, earlier.facts)
                if elliptical and same and facts.source is None:
                    # "Russia said it intercepted three missiles, but one fell on a block": the
                    # "one" is of the three, on the word of whoever gave them
                    facts = replace(facts, source=earlier.facts.source)
                out[k] = replace(claim, facts=facts)
                break
    return out


def _in_brackets(doc: Doc, q: Quantity) -> bool:
    """Whether a count stands in brackets in its sentence: an aside ("about 2 million rubles
    (around $23,700)") converts or glosses the figure before it and runs parallel to nothing
    outside."""
    sent = sentence_of(doc[q.core])
    depth = 0
    for tok in doc[sent.start : q.start]:
        depth += (tok.text == "(") - (tok.text == ")")
    return depth > 0


def _typed_as_before(doc: Doc, q: Quantity, facts: ClaimFacts, before: Claim) -> bool:
    """A count that is part of the count before it ("including 41 children") or that count's
    size in people ("five battalions, or about 2,500 people"): its type is that count's."""
    return _included(doc, q, facts, before) or _restates_a_force(doc, q, facts, before)


def _included(doc: Doc, q: Quantity, facts: ClaimFacts, before: Claim) -> bool:
    """People counted "including" in a sentence whose count before is of casualties, or of
    people, are some of them: "put the death toll at 230, including 41 children"; "1,515
    people, including 650 children, crossed the lines" (people, whatever a war sentence
    makes the learned type read into "children"); so are the counts coordinated with the
    first one included ("including 41 children and 12 women", "a girl and 4 women"), and a
    list of people standing alone right after the count ("we know of seven victims. Two men
    and five women", the governor said)."""
    if (facts.guess or facts.claim_type) != ClaimType.PEOPLE_COUNT:  # the rules' type
        return False
    if before.facts.claim_type not in (ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT):
        return False
    noun = counted_noun(doc, q) or doc[q.core]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "including 41 children and [12 women]"
    sent, earlier = sentence_of(doc[q.core]), sentence_of(doc[before.quantity.core])
    if earlier.start != sent.start:
        return earlier.end == sent.start and _list_alone(noun, sent)
    if noun.dep_ == "pobj" and noun.head.lower_ == "including":
        return True
    first = counted_noun(doc, before.quantity)  # the list's first count, typed so
    listed = first is not None and first.i == noun.i
    return listed and _list_alone(noun, sent)


def _list_alone(noun: Token, sent: Span) -> bool:
    """A list of counted people that opens its sentence and that no verb governs but a verb of
    saying with nothing else to say: a breakdown of the count before it ("Two men and five
    women," she said), not speakers ("Two activists and a doctor said families had fled")."""
    tokens = [t for t in sent if not t.is_punct]  # not ``words``: the lexicon's name here
    opens = bool(tokens) and tokens[0].i == noun.left_edge.i
    listed = any(c.dep_ == "conj" for c in noun.children)
    verb = noun.head
    said = verb.lemma_.lower() in SAY_VERBS and not any(c.dep_ == "ccomp" for c in verb.children)
    return opens and listed and (noun.dep_ == "ROOT" or said)


def _restates_a_force(doc: Doc, q: Quantity, facts: ClaimFacts, before: Claim) -> bool:
    """A count of persons put after ", or" beside a count of troops says that force's size in
    people: "five more battalions, or about 2,500 people, will be sent", "two brigades, or
    some 6,000 men": troops, whatever the clause does to its enemy ("to eradicating the
    rebels")."""
    if before.facts.claim_type != ClaimType.TROOP_COUNT or facts.claim_type not in PERSON_TYPES:
        return False
    noun, force = counted_noun(doc, q), counted_noun(doc, before.quantity)
    if noun is None or force is None or noun.dep_ != "conj" or noun.head.i != force.i:
        return False
    return [t.lower_ for t in doc[force.i + 1 : force.i + 3]] == [",", "or"]


def _harmed_like(doc: Doc, claim: Claim, before: Claim) -> bool:
    """A bare count harmed as the things or animals counted before it were: it counts them."""
    return _things_harmed(doc, claim, before) or _animals_killed(doc, claim, before)


def _things_harmed(doc: Doc, claim: Claim, before: Claim) -> bool:
    """A bare count harmed only as things can be ("852 were damaged", "Of these, 2,635 were
    destroyed, 534 were captured") after a count of equipment in its sentence, or the sentence
    before when none is in its own, counts that equipment, not casualties."""
    q, facts = claim.quantity, claim.facts
    if (facts.claim_type != ClaimType.CASUALTY_COUNT and facts.typed) or q.unit is not None:
        return False  # typed as casualties by the verb, or by nothing ("30 were damaged")
    if before.facts.claim_type != ClaimType.EQUIPMENT_COUNT or counted_noun(doc, q) is not None:
        return False
    sent, earlier = sentence_of(doc[q.core]), sentence_of(doc[before.quantity.core])
    if earlier.start != sent.start and earlier.end != sent.start:
        return False
    clause = {t.lemma_.lower() for t in doc[q.core].head.subtree}
    harm = clause & (words.CASUALTY_WORDS | words.THING_HARM)
    return bool(harm) and harm <= words.THING_HARM  # not "12 were taken to hospital"


def _animals_killed(doc: Doc, claim: Claim, before: Claim) -> bool:
    """A bare count killed after a count of non-persons its sentence says were killed ("killing
    91 foxes - only four were killed by hounds", "culled 300 badgers, and 40 were shot dead")
    counts those animals (dead animals are ``other``), not casualties."""
    q, facts = claim.quantity, claim.facts
    if facts.claim_type != ClaimType.CASUALTY_COUNT or q.unit is not None:
        return False
    if before.facts.claim_type in PERSON_TYPES or counted_noun(doc, q) is not None:
        return False
    noun = counted_noun(doc, before.quantity)
    if noun is None or sentence_of(noun).start != sentence_of(doc[q.core]).start:
        return False
    if is_person(noun.lemma_.lower()):
        return False
    return any(t.lemma_.lower() in _KILLING for t in clause_chain(noun))


# Harm only living things suffer: a count of things "killed" is of animals ("killing 91 foxes").
_KILLING = words.CASUALTY_WORDS - words.THING_HARM


def _like(facts: ClaimFacts, parallel: ClaimFacts) -> ClaimFacts:
    """``facts`` typed like its parallel count; people of a parallel count who are killed or
    wounded are casualties ("12 soldiers were killed and 30 more wounded")."""
    hurt = (facts.guess or facts.claim_type) == ClaimType.CASUALTY_COUNT  # the rules' type
    if hurt and parallel.claim_type in PERSON_TYPES:
        return replace(facts, unit=PERSONS, subject=facts.subject or parallel.subject)
    return replace(
        facts,
        claim_type=parallel.claim_type,
        unit=parallel.unit,
        subject=facts.subject or parallel.subject,
        guess=None,  # the parallel's type, no longer the learned model's
    )


def _refers_back(doc: Doc, q: Quantity) -> bool:
    """ "that number is 200 million", "the figure rose to 30", "there are now 30": the count
    names an earlier one."""
    noun = counted_noun(doc, q)
    if noun is None:  # "Of those, 310 were ...", "There will be five million by May"
        return drawn_from_anaphor(doc, q) or _existential(doc[q.core])
    return noun.lemma_.lower() in words.ANAPHORIC_NOUNS


def _existential(core: Token) -> bool:
    """ "There are now 26,000", "there could be as many as 5,000": a count that only says how
    many there are, with no noun of its own, counts what the count before it counted."""
    verb = core.head
    there = any(c.dep_ == "expl" for c in verb.children)
    return core.dep_ == "attr" and verb.lemma_.lower() == "be" and there


def refers_to_parallel(doc: Doc, q: Quantity, noun: Token | None) -> bool:
    """ "the remaining two", "the other three", "two more", "30 others", a bare "one" ("three
    were hit and one crashed"): a count that names no noun of its own and refers back to a
    parallel count."""
    if noun is not None:
        return noun.lemma_.lower() in words.ELLIPSIS_NOUNS
    if drawn_from_anaphor(doc, q):
        return True
    if q.end - q.start == 1 and doc[q.core].lower_ == "one":
        return True
    before = doc[q.start - 1].lower_ if q.start > 0 else ""
    after = doc[q.end].lower_ if q.end < len(doc) else ""
    inside = {t.lower_ for t in doc[q.start : q.end]}
    return before in words.ELLIPSIS_BEFORE or bool({after, *inside} & words.ELLIPSIS_NOUNS)


def drawn_from_anaphor(doc: Doc, q: Quantity) -> bool:
    """ "207 of them", "Of those, 310 were ...": a count of a part of a whole named only by a
    pronoun, which stands for a count just made (its type is that count's)."""
    core = doc[q.core]
    whole = prep_object(core, ("of",))
    if whole is not None and whole.lower_ in ANAPHORIC_WHOLES and not list(whole.children):
        return True
    if _partitive_relative(core):
        return True  # "10,000 soldiers ..., of which 4,000 will support the border guard"
    sent = sentence_of(core)  # "Of those, 310 were ...": the parser hangs the fronted "of" anywhere
    opening = [t.lower_ for t in doc[sent.start : min(sent.start + 3, q.start)]]
    if opening[:1] != ["of"] or len(opening) < 3 or opening[1] not in ANAPHORIC_WHOLES:
        return False
    first = next((t for t in doc[sent.start : q.start] if t.like_num), None)
    return opening[2] == "," and first is None


_RELATIVE_WHOLES = {"which", "whom"}


def _partitive_relative(core: Token) -> bool:
    """ "N soldiers ..., of which M will ...": the subject of a relative clause whose "of which"
    (or "of whom") names the whole it is a part of, hung on the clause's verb."""
    if core.dep_ not in SUBJECT_DEPS:
        return False
    return any(  # the parser hangs the "of" as "prep" or "dep"
        of.lower_ == "of" and of.i < core.i and {w.lower_ for w in of.children} & _RELATIVE_WHOLES
        for of in core.head.children
    )
