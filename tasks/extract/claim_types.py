"""What type a count is: money, casualties, troops, people, equipment or other, from its unit,
the noun it counts and the verbs around it, and whether the type rests on what the sentence says
or is only the rules' guess (which ``type_model`` may replace). What a number counts is
``counted.py``; the words of its clause ``count_clauses.py``; word lists ``claim_words.py``.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from tasks.extract import claim_words as words
from tasks.extract import harm_cues as harm
from tasks.extract import roles
from tasks.extract.armed_bodies import (
    armed_attackers,
    group_strength,
    members_of_armed_body,
    members_of_civic_body,
    military_formation,
    named_force_size,
    numbered_force,
    police_force,
)
from tasks.extract.assailants import attacking_force, carried_off
from tasks.extract.burials import laid_to_rest
from tasks.extract.captivity_words import CAPTIVE_NOUNS, FREEING_WORDS, WORKFORCE_NOUNS
from tasks.extract.count_clauses import clause_chain, clause_lemmas, context_lemmas
from tasks.extract.crowded import crowding
from tasks.extract.grammar import SUBJECT_DEPS, pobj
from tasks.extract.memo import sentence_lemmas
from tasks.extract.money_sums import sum_of_money
from tasks.extract.money_words import MONEY_NOUNS, MONEY_VERBS, TWO_OBJECT_MONEY_VERBS
from tasks.extract.number_contexts import fronted_of
from tasks.extract.people_words import PEOPLE_MEASURES, PERSON_STATES, POPULATION_NOUNS
from tasks.extract.person_counts import (
    before_a_court,
    counts_arrests,
    freed_child_soldiers,
    household_compound,
    is_nationals,
    is_person,
    legislative_majority,
    lost_at_the_polls,
    members_lost_in_fighting,
    out_of_a_state,
    relative_persons,
    tally_of_voters,
    tally_side,
    victims_of_violence,
)
from tasks.extract.quantities import PERCENT, Quantity, figure_sum
from tasks.extract.quantity_words import MEASURES
from tasks.extract.relative_counts import of_relative
from tasks.extract.spared import spared
from tasks.extract.targets import vessels_hit
from tasks.extract.type_features import war_reporting
from tasks.extract.weapon_nouns import armed_thing, weapon_user
from tasks.extract.whereabouts import buried, confined, inhabitants
from tasks.schema import CURRENCIES, ClaimType, Qualifier

_VAGUE_MONEY = {"millions", "billions", "trillions"}
# What a relative clause says of its noun beside its verb: "who were [missing]", "who went
# [missing]", "who were reported [killed]".
_PREDICATE_DEPS = ("acomp", "xcomp", "oprd", "attr")


class Verdict(NamedTuple):
    """What the rules make of a count's type."""

    claim_type: ClaimType
    typed: bool  # it rests on a counted noun, a unit or a telling verb (parallels read it)
    default: bool = False  # nothing told what it counts: a guess the learned model replaces


def classify(doc: Doc, q: Quantity, noun: Token | None) -> Verdict:
    """The claim type from the unit, the counted noun and the verbs around it: whether it rests
    on something the sentence says (``typed``), and whether no rule found what the count counts
    and the type is a guess (``default``: a person noun with no cue is people, anything else
    other; a bare count as subject or object is people). The stages run in order, each
    answering only when its evidence settles the type: the unit, the body the noun belongs to,
    the thing it counts, the people it counts."""
    if (found := _by_unit(doc, q)) is not None:
        return found
    lemma = roles.noun_lemma(noun) if noun is not None else ""
    if q.value == 0 and lemma in words.RATE_NOUNS:
        return Verdict(ClaimType.PERCENTAGE, True)  # "growth had been zero": a rate of 0%
    if lemma in words.ANAPHORIC_NOUNS:  # "30 others", "that number": the parallel count says
        if (found := _anaphoric(doc, q, noun, lemma)) is not None:
            return found
        noun, lemma = None, ""
    if noun is not None and (found := _by_body(doc, q, noun, lemma)) is not None:
        return found
    user = noun is not None and weapon_user(noun)  # "three suicide bombers" are people
    if (found := _by_thing(doc, q, noun, lemma, user)) is not None:
        return found
    # "of the 8,000 troops", and "out of a force of 15,200" (the count sizes the whole)
    sizes = noun is not None and (doc[q.core].head.i == noun.i or _counts_inside(doc, q, noun))
    whole = sizes and noun is not None and is_partitive_whole(noun)
    said = _said_of_the_whole(noun) if whole and noun is not None else set()
    unharmed = not said & words.CASUALTY_WORDS  # "of the seven aid workers who were abducted"
    civilians_on_board = is_person(lemma) and lemma not in words.TROOP_NOUNS | words.CASUALTY_WORDS
    if whole and unharmed and civilians_on_board:
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # the people on board, not those killed
    context = said if whole else context_lemmas(doc, q, noun)
    if noun is not None and of_relative(doc, q):
        context |= context_lemmas(doc, q, None)  # "three gunmen ..., one of which was killed"
    if (found := _by_vote(doc, q, noun, lemma)) is not None:
        return found
    if noun is None:
        return _bare(doc, q, context)
    return _of_persons(doc, q, noun, lemma, context, user)


def _by_unit(doc: Doc, q: Quantity) -> Verdict | None:
    """The type a count's unit or its compound settles: money, a percentage, a measure, the
    households of "a 50-family community", the members of "a 19-strong panel"."""
    if q.unit in CURRENCIES or (q.unit is None and figure_sum(doc, q)):
        return Verdict(ClaimType.MONEY, True)  # "$5m", "a seven-figure sum"
    if q.unit == PERCENT:
        return Verdict(ClaimType.PERCENTAGE, True)
    if q.unit in MEASURES:
        return Verdict(ClaimType.OTHER, True)
    if household_compound(doc, q):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "a 50-family community"
    if (strength := group_strength(doc, q)) is not None:
        return Verdict(strength, True)  # "a 19-strong panel"
    return None


def _anaphoric(doc: Doc, q: Quantity, noun: Token | None, lemma: str) -> Verdict | None:
    """ "30 others", "that number": displaced or spared others are people, and in a sentence of
    harm the count is casualties; None when the parallel count must say (the caller then reads
    the count as if it had no noun)."""
    if noun is not None and (harm.displaced(noun) or spared(noun)):
        # "killed 3,000 and displaced 2 million others", "rescued 20 others"
        return Verdict(ClaimType.PEOPLE_COUNT, True)
    if sentence_lemmas(doc[q.core]) & words.CASUALTY_WORDS:
        # "how many were killed ... the number is 900"; "two more" defers to its parallel
        return Verdict(ClaimType.CASUALTY_COUNT, lemma not in words.ELLIPSIS_NOUNS)
    return None


def _by_body(doc: Doc, q: Quantity, noun: Token, lemma: str) -> Verdict | None:
    """The type the body the counted members belong to settles: an armed group's strength or
    its losses, the member states of an alliance, rounds of talks, recruits, attackers."""
    if named_force_size(noun):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "the NPA estimated strength is at 3,000"
    if numbered_force(doc, q, noun):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "the bandits numbering over 100 raided"
    if members_of_armed_body(noun):
        # "the mission, which totals 3,800 members"; "killed 93 members of the security forces"
        hurt = context_lemmas(doc, q, noun) & words.CASUALTY_WORDS or harm.harmed(noun)
        return Verdict((ClaimType.CASUALTY_COUNT if hurt else ClaimType.TROOP_COUNT), True)
    if members_lost_in_fighting(noun):
        return Verdict(ClaimType.CASUALTY_COUNT, True)  # "we lost four of our members in ..."
    owned = lemma in words.MEMBER_NOUNS and roles.owned_by_organisation(noun)
    if owned and not _members_harmed(noun):
        return Verdict(ClaimType.OTHER, True)  # "32 NATO allies", "the EU's 27 members" are states
    if lemma == "round" and roles.rounds_of_something_else(noun):
        return Verdict(ClaimType.OTHER, True)  # "five rounds of talks", not "rounds of ammunition"
    if roles.raises_troops(noun):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "recruitment levels of about 40,000 a month"
    own = doc[q.core].head.i == noun.i  # not "four attackers, one of whom"
    if own and attacking_force(noun):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "eight gunmen killed 12 villagers"
    return None


def _by_thing(doc: Doc, q: Quantity, noun: Token | None, lemma: str, user: bool) -> Verdict | None:
    """The type the counted thing settles: equipment (armed, or in a war), sums of money told in
    words, jobs, captives, and the persons of a relative clause ("the 2.4 million who applied")."""
    if lemma in words.EQUIPMENT_NOUNS and lemma in words.CIVILIAN_CAPABLE and noun is not None:
        # "infantry fighting vehicles", "ships" in a war; not merchant ships raiders target
        armed = armed_thing(noun) and not vessels_hit(noun)
        return Verdict((ClaimType.EQUIPMENT_COUNT if armed else ClaimType.OTHER), True)
    if lemma in words.EQUIPMENT_NOUNS and not user:
        return Verdict(ClaimType.EQUIPMENT_COUNT, True)
    if lemma in MONEY_NOUNS and _vague_scale(doc, q):
        return Verdict(ClaimType.MONEY, True)  # "total claims could reach tens of billions"
    if noun is not None and roles.counts_jobs(noun):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "cut 3,200 jobs", "900 job losses"
    if lemma in CAPTIVE_NOUNS or lemma in FREEING_WORDS:
        return Verdict(ClaimType.CASUALTY_COUNT, True)  # "95 prisoners", "the 144 freed"
    share = noun is not None and noun.lower_ in ("%", "percent")  # "15% of [the 2.4 million]"
    whole_of = noun is not None and _counts_inside(doc, q, noun)  # "a list of [21] who ..."
    if (noun is None or share or whole_of) and (persons := relative_persons(doc, q)):
        return Verdict(persons, True)  # "the 2.4 million who applied", "a list of 21 who face bans"
    return None


def _by_vote(doc: Doc, q: Quantity, noun: Token | None, lemma: str) -> Verdict | None:
    """A count of votes or seats: a majority, the voters on each side of a tally, a
    committee's votes."""
    # the count's "noun" here is the majority itself or the word cutting it, not one it modifies
    majority = noun is None or doc[q.core].head.i != noun.i or lemma == "majority"
    if majority and legislative_majority(doc, q):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "Labour's majority was reduced to 14"
    # "MPs voted 272-219", "Senators backed him in a 58-41 vote" (whose noun is the vote)
    if (noun is None or lemma == "vote") and tally_of_voters(doc, q):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # the voters on each side
    if noun is None and tally_side(doc, q):
        return Verdict(ClaimType.OTHER, True)  # "the committee voted 9 to 4": its votes
    return None


def _of_persons(
    doc: Doc, q: Quantity, noun: Token, lemma: str, context: set[str], user: bool
) -> Verdict:
    """The type of a count of persons (or anything else no earlier stage settled): casualties
    when harmed, held or carried off, people when displaced, sheltered, tried or rescued,
    troops when they serve or fight; else a guess."""
    personish = lemma in words.TROOP_NOUNS or is_person(lemma) or is_nationals(noun) or user
    chain = clause_chain(noun)
    if (harmed := _harmed_persons(noun, chain, lemma, context, personish)) is not None:
        return harmed
    civil = is_person(lemma) and lemma not in words.TROOP_NOUNS | words.MILITARY_ONLY_TROOPS
    if civil and (roles.rescued(chain) or roles.returned_home(chain)):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "evacuated 31 tanker crew": unhurt
    if is_person(lemma) and roles.serves(noun):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "37,000 women are in the army"
    if military_formation(noun) or _size_of_a_force(doc, q, noun):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "two tank divisions", "a contingent of 200"
    if user:
        return Verdict(ClaimType.TROOP_COUNT, True)  # unharmed attackers, whatever the clause
    if lemma in words.MILITARY_ONLY_TROOPS:
        clause = clause_lemmas(noun) - {lemma}
        if clause & words.ARMED_CONTEXT or armed_attackers(noun) or police_force(noun, clause):
            # not "1 million units sold", "officers" people
            return Verdict(ClaimType.TROOP_COUNT, True)
    elif lemma in words.TROOP_NOUNS:
        return Verdict(ClaimType.TROOP_COUNT, True)
    return _unarmed(doc, q, noun, lemma)


def _harmed_persons(
    noun: Token, chain: list[Token], lemma: str, context: set[str], personish: bool
) -> Verdict | None:
    """Persons the sentence harms, holds or carries off are casualties; those it frees, displaces,
    shelters or brings before a court, and seats lost at the polls, are people; None when it
    says neither. ``chain``: the noun and the clauses above it (``clause_chain``)."""
    # captured fighters: "900 troops were sent to a prison colony", "two commanders were moved
    # to Russia for investigation" (not "12 men in detention")
    troops = lemma in words.RANK_NOUNS or is_nationals(noun)
    captive = troops and roles.held_captive(chain)
    captive = captive or (personish and roles.taken_captive(chain, troops))
    abducted = roles.moved_by_force(chain) or carried_off(noun)  # "took away 52 people"
    abducted = abducted and lemma not in WORKFORCE_NOUNS
    moved = roles.hospitalised(chain) or abducted or harm.caught_in_violence(chain)
    if freed_child_soldiers(noun, chain):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "released 833 child soldiers"
    if personish and roles.survived(chain):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "22 of the 71 patients survived"
    if is_person(lemma) and lemma not in words.TROOP_NOUNS and harm.displaced(noun):
        # "killed 3,000 and displaced 2 million people"
        return Verdict(ClaimType.PEOPLE_COUNT, True)
    civil = is_person(lemma) and lemma not in words.TROOP_NOUNS | words.MILITARY_ONLY_TROOPS
    if civil and (inhabitants(noun) or confined(noun) or crowding(noun)):
        # "a city of 1.8 million people", "260,000 people are trapped in the city", "a church
        # crowded with hundreds of refugees"; fighters encircled in a town or camped there stay
        # troops
        return Verdict(ClaimType.PEOPLE_COUNT, True)
    if personish and before_a_court(noun):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "28 cartel members charged"
    # "1,270 children still lying under the rubble"; "villagers buried 20 people"
    moved = moved or buried(noun) or laid_to_rest(noun)
    hurt = personish and (bool(context & words.CASUALTY_WORDS) or moved or harm.harmed(noun))
    if hurt and not moved and lost_at_the_polls(noun, context):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "lost 12 MLAs": seats, not lives
    died = harm.lives_at_stake(noun) or victims_of_violence(noun)  # "claimed 300 lives"
    if hurt or died or lemma in words.CASUALTY_WORDS or captive:
        return Verdict(ClaimType.CASUALTY_COUNT, True)
    return None


def _unarmed(doc: Doc, q: Quantity, noun: Token, lemma: str) -> Verdict:
    """A count of persons no armed word claims: members of a civic body, people deployed,
    nationals and men in a military clause, arrests; else people or other, at a guess."""
    if members_of_civic_body(noun):  # no armed word in the clause (checked before)
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "a group with 350 volunteers"
    if lemma in words.GENERIC_PEOPLE and roles.deployed(noun):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "mobilised 300,000 people", "sent 500 men"
    if is_nationals(noun) or (lemma == "man" and noun.tag_ == "NNS"):
        military = clause_lemmas(noun) & words.MILITARY_CONTEXT
        if military:
            return Verdict(ClaimType.TROOP_COUNT, True)
        return Verdict(ClaimType.PEOPLE_COUNT, True, default=True)  # no cue: people, at a guess
    if lemma in words.MEMBER_NOUNS and roles.member_of_a_body(noun):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # of a body that is no armed one (above)
    if lemma in PEOPLE_MEASURES or counts_arrests(noun):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "unemployment of five million", "40 arrests"
    if is_person(lemma) or (lemma in POPULATION_NOUNS and _counts_inside(doc, q, noun)):
        return Verdict(ClaimType.PEOPLE_COUNT, True, default=True)  # no cue: people, at a guess
    return Verdict(ClaimType.OTHER, True, default=True)


def _bare(doc: Doc, q: Quantity, context: set[str]) -> Verdict:
    """A count with no counted noun: "thousands had remained", "lost billions", "500 wounded"."""
    vague_money = _vague_scale(doc, q)
    if vague_money and context & MONEY_VERBS:
        return Verdict(ClaimType.MONEY, True)  # before casualties: "lost billions"
    if q.qualifier == Qualifier.VAGUE and _sum_paid_to_someone(doc[q.core]):
        return Verdict(ClaimType.MONEY, True)  # "can cost users thousands"
    if vague_money and sum_of_money(doc[q.core]):
        return Verdict(ClaimType.MONEY, True)  # "the bill could run into billions"
    chain = clause_chain(doc[q.core])
    if harm.displaced(doc[q.core]) and not harm.harm_modifier(doc[q.core]):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "Hundreds of thousands have been displaced"
    if context & words.CASUALTY_WORDS or roles.hospitalised(chain) or harm.harmed(doc[q.core]):
        return Verdict(ClaimType.CASUALTY_COUNT, True)  # "500 wounded", "12 were taken to hospital"
    if roles.taken_captive(chain, troops=False):
        return Verdict(ClaimType.CASUALTY_COUNT, True)  # "95 were swapped for Russian prisoners"
    if roles.returned_home(chain):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "returned 2,400 from camps to their homes"
    if roles.deployed(doc[q.core]):
        return Verdict(ClaimType.TROOP_COUNT, True)  # "North Korea has sent 10,000 to the front"
    state = q.end < len(doc) and doc[q.end].lower_ in PERSON_STATES
    if state or out_of_a_state(doc, q):
        return Verdict(ClaimType.PEOPLE_COUNT, True)  # "three million unemployed", "out of work"
    core = doc[q.core]
    agent = core.dep_ == "pobj" and core.head.dep_ == "agent"  # "was signed by 40,000"
    if core.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos") or agent:
        return Verdict(ClaimType.PEOPLE_COUNT, False, default=True)  # a subject or object: people
    if vague_money and q.start > 0 and doc[q.start - 1].lower_ == "worth":
        return Verdict(ClaimType.MONEY, True)  # "worth billions"
    if q.qualifier == Qualifier.VAGUE and q.unit is None:
        return Verdict(ClaimType.PEOPLE_COUNT, False, default=True)  # "essential for millions"
    return Verdict(ClaimType.OTHER, False, default=True)


def _said_of_the_whole(noun: Token) -> set[str]:
    """The lemmas of what a partitive's whole has undergone by its own relative clause, full or
    reduced: "three of the four peacekeepers [who were missing]", "two of the five soldiers
    [abducted last week]" (not the clause of the part: "three of the 40 passengers were killed"
    leaves the 40 unharmed)."""
    lemmas: set[str] = set()
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        lemmas |= _predicate_words(clause)
    return lemmas


def _predicate_words(clause: Token) -> set[str]:
    """What a relative clause says of the noun it hangs on: its verb and what completes it
    ("who were missing", "who went missing", "who were among the dead"). Not a phrase or a
    clause inside it about others ("who work at the hospital where the victims died", "who
    volunteered after the massacre"); nothing when it acts on someone ("who killed two
    guards"), is denied ("who were not hurt") or loses without an object ("the five candidates
    who lost": beaten in a contest, not killed)."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "dobj" for c in clause.children):
        return set()
    if any(c.dep_ == "neg" for t in (clause, *auxiliaries) for c in t.children):
        return set()  # "not" on the verb or on its auxiliary ("who were not injured")
    passive = any(c.dep_ == "auxpass" for c in auxiliaries)
    if clause.lemma_.lower() == "lose" and not passive:
        return set()
    said = [clause, *(c for c in clause.children if c.dep_ in _PREDICATE_DEPS)]
    among = (pobj(c) for c in clause.children if c.dep_ == "prep" and c.lower_ == "among")
    said += [t for t in among if t is not None]
    return {w for t in said for w in (t.lemma_.lower(), t.lower_)}


def _size_of_a_force(doc: Doc, q: Quantity, noun: Token) -> bool:
    """ "the first contingent of 200 landed", "a deployment of 1,500 arrived": a bare count that
    is the size of a body sent on a mission, in war reporting, counts the force it is (no noun
    after the count says who is in it: "a contingent of 50 fans" counts fans)."""
    sized = _of_count(doc[q.core], noun)
    return sized and roles.noun_lemma(noun) in words.MISSION_BODIES and war_reporting(doc)


def _vague_scale(doc: Doc, q: Quantity) -> bool:
    """ "millions", "tens of billions": a vague count by a scale word, which may be a sum."""
    return q.qualifier == Qualifier.VAGUE and doc[q.core].lower_ in _VAGUE_MONEY


def _sum_paid_to_someone(core: Token) -> bool:
    """ "can cost users thousands", "charged customers hundreds", "saved us hundreds": a count
    that is the second object of a verb of money given or taken, after whom it goes to or from
    (the parser often hangs a plural noun there as the count's compound)."""
    verb = core.head
    if core.dep_ != "dobj" or verb.lemma_.lower() not in TWO_OBJECT_MONEY_VERBS:
        return False
    to_whom = any(c.dep_ in ("dative", "dobj") and c.i < core.i for c in verb.children)
    named = (c for c in core.children if c.dep_ in ("compound", "nmod") and c.i < core.i)
    return to_whom or any(c.tag_ in ("NNS", "NNPS", "PRP") for c in named)


def is_partitive_whole(noun: Token) -> bool:
    """ "500 of the 8,000 troops were killed", "injured six miners out of the 70 people
    underground", "Of the 300 civilians in the convoy, 20 were killed": the 8,000, the 70 and
    the 300 are the whole the others are taken from."""
    prep = noun.head
    if prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    if prep.head.like_num or (prep.head.lower_ == "out" and prep.head.dep_ == "prep"):
        return True
    subjects = (c for c in prep.head.children if c.dep_ in SUBJECT_DEPS)  # "Of the 300 on
    return any(fronted_of(prep, s) for s in subjects)  # board, 20 were killed"


def _counts_inside(doc: Doc, q: Quantity, noun: Token) -> bool:
    """ "a population of 107,000", "a city of 3 million", not "ten countries"."""
    return noun.lemma_.lower() == "population" or _of_count(doc[q.core], noun)


def _of_count(core: Token, noun: Token) -> bool:
    """Whether a bare count is the "of" object of the noun it sizes ("a city of [3 million]",
    "a contingent of [200]"): the noun is what the count measures, not what it is made of."""
    return core.dep_ == "pobj" and core.head.lower_ == "of" and core.head.head.i == noun.i


def _members_harmed(noun: Token) -> bool:
    """Members an organisation owns whom a verb kills, wounds or abducts, as its subject, its
    object or in a reduced clause ("two Hamas members were killed", "killed three Hezbollah
    members", "four ISIS members killed on Friday"): people, not the member states a bloc
    counts."""
    verbs = [noun.head] if noun.dep_ in (*SUBJECT_DEPS, "dobj") else []
    verbs += [c for c in noun.children if c.dep_ == "acl"]
    return any(v.lemma_.lower() in words.PERSON_HARM_VERBS for v in verbs)
