"""Who a count of people is, from more than its counted noun: victims of violence are
casualties ("dozens of victims of the clashes"; a scam's victims are people); a count whose own
relative clause is about persons counts persons ("a list of 21 who face bans"; "the 300 who
died" are casualties); members a group loses in a fight are its dead ("lost four of our
members in the clashes"); and a plural demonym counts nationals ("3,000 North Koreans", and
"Chechens" the tagger read as a place's name). Counts of people no counted noun names as such:
one side of a vote tally ("MPs voted 272-219"), a legislature's majority ("Labour's majority was
cut to 14"), a household compound ("a 50-family community"), a count "out of work", a count of
arrests ("40 arrests": the people arrested); and civilians, who are never troops. ``claim_types``
``incidental``, ``claims`` and ``counted`` apply these; the word lists are ``claim_words``,
``people_words`` and ``captivity_words``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract import claim_words as words
from tasks.extract import roles
from tasks.extract.captivity_words import CHILD_WORDS, COURT_VERBS, LEAVING_SERVICE
from tasks.extract.grammar import SUBJECT_DEPS, pobj, prep_object
from tasks.extract.memo import sentence_lemmas, sentence_of
from tasks.extract.names import actor_of
from tasks.extract.number_ranges import vote_tally
from tasks.extract.numbers import parse_number
from tasks.extract.people_words import (
    ARREST_NOUNS,
    CIVILIAN_NOUNS,
    ELECTED_NOUNS,
    ELECTORAL_MAJORITY_WORDS,
    HOUSEHOLD_UNITS,
    LEGISLATOR_NOUNS,
    LEGISLATURE_WORDS,
    OUT_OF_STATES,
    PATRON_NOUNS,
)
from tasks.extract.quantities import Quantity
from tasks.extract.roles import noun_lemma
from tasks.schema import ClaimType

# Deaths and injuries a relative clause tells ("the 300 who died"); losing a job, a vote or
# savings is no casualty ("the 2,000 who lost their jobs").
_LOSS = {"lose", "loss", "losses"}
_HURT = words.CASUALTY_WORDS - _LOSS
_MODS = ("compound", "amod", "nmod")


def victims_of_violence(noun: Token) -> bool:
    """ "dozens of victims" in a sentence about violence, war or a disaster: casualties; "the
    scam had 300 victims" counts people."""
    if noun_lemma(noun) != "victim":
        return False
    return not sentence_lemmas(noun).isdisjoint(words.VIOLENCE_WORDS)


def members_lost_in_fighting(noun: Token) -> bool:
    """ "we lost four of our members in the clashes", "the group lost nine members during the
    raid": members a group loses in a fight or an attack (the object of "in" or "during" on the
    verb) are its dead, casualties. A union or a party losing members to a rival, over a
    vote or in a year keeps them people."""
    if noun_lemma(noun) != "member":
        return False
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() != "lose":
        return False
    event = prep_object(verb, ("in", "during"))
    return event is not None and event.lemma_.lower() in words.LOSING_FIGHTS


def relative_persons(doc: Doc, q: Quantity) -> ClaimType | None:
    """The type of a count whose own relative clause is about persons: "the 2.4 million who
    applied", "a list of 21 who face travel bans" (people), "the 300 who died" (casualties);
    None when no "who" clause hangs on the number."""
    core = doc[q.core]
    while q.start <= core.head.i < q.end and core.head.i != core.i:
        core = core.head  # "2.4 [million]"
    for clause in core.children:
        who = any(s.dep_ in SUBJECT_DEPS and s.lower_ == "who" for s in clause.children)
        if clause.dep_ == "relcl" and who:
            hurt = not {t.lemma_.lower() for t in clause.subtree}.isdisjoint(_HURT)
            return ClaimType.CASUALTY_COUNT if hurt else ClaimType.PEOPLE_COUNT
    return None


def is_nationals(noun: Token | None) -> bool:
    """ "North Koreans", "Ukrainians": a plural demonym used as a noun; also one the tagger
    read as a place's name ("Chechens" tagged a singular proper noun)."""
    if noun is None:
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return noun.ent_type_ == "NORP" or actor_of(noun.text) is not None
    return noun.ent_type_ in ("NORP", "GPE") and plural_person_name(noun)


def plural_person_name(tok: Token) -> bool:
    """A capitalised plural whose singular is a person noun ("Chechens", "Syrians",
    "Officers"): it counts persons, though the tagger read it as a name."""
    return tok.pos_ == "PROPN" and tok.text.endswith("s") and noun_lemma(tok) != tok.lemma_.lower()


def tally_of_voters(doc: Doc, q: Quantity) -> bool:
    """ "MPs voted 272-219", "the peers voted by 229 to 206", "rejected by shareholders 412-96":
    one side of a vote tally counts the people who voted, when the voting verb's subject (or
    its passive agent) is a person noun; a tally of "votes" or of a body ("Parliament voted")
    is left to the other rules."""
    if not tally_side(doc, q):
        return False
    sent = sentence_of(doc[q.start])
    for verb in doc[max(sent.start, q.start - 7) : q.start]:
        for child in verb.children:
            if child.dep_ == "agent":
                child = pobj(child) or child
            elif child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if is_person(roles.noun_lemma(child)):  # "MPs", tagged a name: mp
                return True
    return False


def tally_side(doc: Doc, q: Quantity) -> bool:
    """One side of a vote tally, "voted 9 to 4", "in a 5-4 vote" (``vote_tally``)."""
    return _other_side(doc, q, votes=False) is not None


def small_tally(doc: Doc, q: Quantity) -> bool:
    """ "voted 9 to 4", "a 5-4 vote", "by seven votes to two": a tally whose every side is under
    ten is the whole vote of a small body (a committee, a court, a board), published side by side
    as a large tally is. A lopsided one ("voted 95-1") is told by its large side: the lone vote
    against is a count in passing."""
    k = _other_side(doc, q, votes=True)
    other = parse_number(doc, k, len(doc)) if k is not None else None
    return other is not None and other.value < 10


def _other_side(doc: Doc, q: Quantity, votes: bool) -> int | None:
    """Where the other side of the tally ``q`` is one side of starts: across a dash or "to"
    (``vote_tally``), or across "votes to" ("by seven votes to two") when ``votes``."""
    i, j, end = q.start, q.end, len(doc)
    if j < end and vote_tally(doc, q.core, j, end):
        return j + 1
    if i >= 2 and doc[i - 1].lower_ in ("-", "–", "to") and vote_tally(doc, i - 2, i - 1, end):
        return i - 2
    if votes and j + 2 < end and _votes_to(doc, j) and doc[j + 2].like_num:
        return j + 2
    return i - 3 if votes and i >= 3 and _votes_to(doc, i - 2) and doc[i - 3].like_num else None


def _votes_to(doc: Doc, i: int) -> bool:
    """ "votes to" at token i."""
    return doc[i].lemma_.lower() == "vote" and doc[i].tag_ == "NNS" and doc[i + 1].lower_ == "to"


def lost_at_the_polls(noun: Token, context: set[str]) -> bool:
    """ "the party lost 12 MLAs", "Labour lost 300 councillors": holders of elected office whose
    only harm is being lost were lost in a vote (people); "12 MPs were killed" stay casualties.
    So are members, customers and viewers a body or business loses when they leave ("the loss
    of 2,000 members", "lost 500,000 viewers"), in a sentence with no fighting or disaster in it
    ("the militia lost 300 members in the battle", "the club lost 12 members in the plane crash"
    lost lives)."""
    lost = not context.isdisjoint(_LOSS)
    if not lost or context & _HURT:
        return False
    lemma = roles.noun_lemma(noun)
    # "the militia lost 300 members in the battle", "the club lost 12 members in the crash"
    fighting = sentence_lemmas(noun) & (
        words.ARMED_CONTEXT | words.FRONT_WORDS | words.VIOLENCE_WORDS
    )
    return lemma in ELECTED_NOUNS or (lemma in PATRON_NOUNS and not fighting)


def civilians(noun: Token | None) -> bool:
    """ "several hundred UK citizens", "300 foreign nationals", "2,000 tourists": a count whose
    own noun is a civilian person noun is never troops, whatever armed words share its sentence
    ("troops are on standby to evacuate ..."); the rules make civilians troops only when they
    are enlisted themselves ("drafted 6,000 residents into the army"), and those are no guess."""
    return noun is not None and roles.noun_lemma(noun) in CIVILIAN_NOUNS


def freed_child_soldiers(noun: Token, chain: list[Token]) -> bool:
    """ "released 833 child soldiers", "the demobilisation of 500 child soldiers": children an
    armed group lets go of leave its service, not captivity (people, where freed prisoners of
    war are casualties). Children it abducts or recruits are not freed ("abducted 89 boys for
    use as child soldiers"). ``chain``: the noun and its heads (``count_clauses.clause_chain``)."""
    lemma = roles.noun_lemma(noun)
    young = any(c.lemma_.lower() in CHILD_WORDS for c in noun.children if c.dep_ in _MODS)
    if not young or lemma not in words.TROOP_NOUNS:
        return False
    return any(t.lemma_.lower() in LEAVING_SERVICE for t in chain)


def household_compound(doc: Doc, q: Quantity) -> bool:
    """ "a 50-family community", "a 200-household village": a count of families or households
    hyphened onto what they live in sizes a population: people (the value as written). Not a
    longer compound ("a 40-family-owned firm")."""
    if q.end + 1 >= len(doc) or doc[q.end].text not in ("-", "–") or q.unit is not None:
        return False
    unit = doc[q.end + 1]
    owned = unit.i + 1 < len(doc) and doc[unit.i + 1].text in ("-", "–")  # "a 40-family-owned firm"
    return unit.lemma_.lower() in HOUSEHOLD_UNITS and not owned


def legislative_majority(doc: Doc, q: Quantity) -> bool:
    """ "Labour's majority was reduced to 14", "saw its majority cut to just 14", "a majority of
    66 in the Commons": a bare count a government's or a party's majority in a legislature is
    cut to (or stands at) counts legislators. A majority in one seat is votes ("held the seat
    with a majority of 5,000"), and a share is a percentage (its unit says so)."""
    sent = sentence_of(doc[q.start])
    near = doc[max(sent.start, q.start - 8) : q.start]
    if q.unit is not None or not any(t.lemma_.lower() == "majority" for t in near):
        return False
    lemmas = sentence_lemmas(doc[q.core])
    legislature = lemmas & (LEGISLATURE_WORDS | LEGISLATOR_NOUNS)
    return bool(legislature) and not lemmas & ELECTORAL_MAJORITY_WORDS


def out_of_a_state(doc: Doc, q: Quantity) -> bool:
    """ "with 12,000 out of work", "200,000 out of a job": a bare count said to be out of work
    or home counts the people in that state, as "12,000 unemployed" does."""
    after = doc[q.end : q.end + 5]
    if [t.lower_ for t in after[:2]] != ["out", "of"]:
        return False
    state = next((t for t in after[2:] if t.pos_ == "NOUN"), None)
    return state is not None and state.lemma_.lower() in OUT_OF_STATES


def is_person(lemma: str) -> bool:
    """A noun for a person or people ("engineers", "residents", "MPs")."""
    people = words.PEOPLE_NOUNS
    return lemma in people or lemma in words.PERSON_NOUNS or lemma in LEGISLATOR_NOUNS


def counts_arrests(noun: Token) -> bool:
    """ "40 arrests", "made three arrests": a plural noun of arrests, whose count is of the
    people arrested (not a headline's "Police arrest 15", where the noun is the act)."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in ARREST_NOUNS


def before_a_court(noun: Token) -> bool:
    """ "28 cartel members charged in an investigation", "12 soldiers were convicted of looting",
    "five militants sentenced to death": people a court or prosecutor acts on (the verb
    modifies them, or they are its object or passive subject) are counted as people, whatever
    harm the sentence names ("death" here is the penalty, not a toll). Not when their own verb
    harms them ("three men charged over the attack were shot dead": casualties)."""
    acts = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if noun.dep_ in ("nsubjpass", "dobj") and noun.head.pos_ == "VERB":
        if noun.head.lemma_.lower() in words.CASUALTY_WORDS:
            return False
        acts.append(noun.head)
    court = (v for v in acts if v.lemma_.lower() in COURT_VERBS)
    return any(v.tag_ == "VBN" or v.dep_ != "relcl" for v in court)
