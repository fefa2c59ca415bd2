"""Readings of a number from the words around it, for ``quantity_filters``: a decade ("during
the 30's"), a stage of a contest ("the round of 32"), and a count in a headline written in title
case ("Rebels Say 300 Fighters Killed"), where a capital before the number says nothing of a
name; and a bare "one" that still counts ("the blast killed one", "three were hit and one
crashed")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tasks.extract.claim_words import (
    CASUALTY_WORDS,
    EQUIPMENT_NOUNS,
    PEOPLE_NOUNS,
    PERSON_NOUNS,
    THING_HARM,
    TROOP_NOUNS,
)
from tasks.extract.grammar import SUBJECT_DEPS, in_title_case
from tasks.extract.memo import sentence_of
from tasks.extract.quantity_words import TIME_UNITS

if TYPE_CHECKING:
    from tasks.extract.quantities import Quantity

_DECADES = {20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0}
_DECADE_BEFORE = {"the", "early", "mid", "late", "mid-"}
_COUNTED_NOUNS = PERSON_NOUNS | PEOPLE_NOUNS | TROOP_NOUNS | EQUIPMENT_NOUNS


def decade(doc: Doc, q: Quantity, prev: Token | None, nxt: Token | None) -> bool:
    """ "during the 30's", "the early 90’s": a decade, written as its round two digits."""
    glued = nxt is not None and nxt.text in ("'s", "’s") and not doc[q.end - 1].whitespace_
    round_tens = q.value is not None and q.value in _DECADES and q.end - q.start == 1
    return glued and round_tens and prev is not None and prev.lower_ in _DECADE_BEFORE


def stage_of_a_contest(doc: Doc, q: Quantity) -> bool:
    """ "the round of 32", "its round of 16 opener": a stage of a contest, not a count ("five
    rounds of 32 shells" counts the shells, a plural after it)."""
    stage = q.start >= 2 and doc[q.start - 1].lower_ == "of" and doc[q.start - 2].lower_ == "round"
    nxt = doc[q.end] if q.end < len(doc) else None
    counted = nxt is not None and (nxt.tag_ in ("NNS", "NNPS") or nxt.pos_ == "NUM")
    return stage and q.unit is None and q.end - q.start == 1 and not counted


def headline_count(doc: Doc, q: Quantity) -> bool:
    """ "Rebels Say 300 Fighters Killed": in a headline in title case, a number before a
    capitalised plural of people or things counts them."""
    nxt = doc[q.end] if q.end < len(doc) else None
    if nxt is None or not nxt.text.endswith("s") or not doc.has_annotation("SENT_START"):
        return False  # a blank document (no sentences) has no headline
    if not in_title_case(sentence_of(doc[q.core])):
        return False
    low = nxt.lower_
    return (low[:-3] + "y" if low.endswith("ies") else low[:-1]) in _COUNTED_NOUNS


# "No one", "the one", "every one", "one another": no count at all.
_NOT_A_COUNT_NEAR_ONE = {"no", "any", "every", "each", "the", "this", "that", "another", "by"}
# Killing or wounding someone is a count of casualties; losing a job or a vote is not.
_ANY_SUBJECT = (*SUBJECT_DEPS, "csubj", "csubjpass")
_HURTING = CASUALTY_WORDS - {"lose", "loss", "losses", "toll", "body", "bodies"}


def one_modifies_a_noun(core: Token) -> bool:
    """ "One border guard was killed", "killed one policeman", "killed one American" (a
    nationality for a person): "one" counts the noun after it
    (whether that one is a claim is for ``claims.is_incidental``: casualties and weapons are);
    not the group a count is drawn from ("seven members of one family", "five children from
    one village"), which counts nothing."""
    head = core.head
    nominal = head.pos_ in ("NOUN", "PROPN") or _demonym_as_a_noun(head)
    if not (core.dep_ == "nummod" and head.i > core.i and nominal):
        return False
    prep = head.head
    group = head.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head.i != prep.i
    return not (group and any(c.dep_ == "nummod" for c in prep.head.children))


# Where a nominal stands in its clause: a subject, an object, a conjunct or an apposition.
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"}


def _demonym_as_a_noun(tok: Token) -> bool:
    """ "killed one American", "rescued five Filipinos and one Indian": a nationality standing
    for a person, which the tagger reads as an adjective in the singular, in a noun's place."""
    return tok.pos_ == "ADJ" and tok.ent_type_ == "NORP" and tok.dep_ in _NOMINAL_DEPS


def partitive_whole(core: Token) -> set[str]:
    """The words naming the group of people a bare count is drawn from: "one of the dead" ->
    {dead}, "two of those killed" -> {those, kill}, "three of the victims" -> {victim}, also fronted
    ("Of those injured, 40 ..." -> {those, injure}); none
    for a whole of things ("one of those shots")."""
    of = next((c for c in core.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None and core.dep_ in SUBJECT_DEPS:  # fronted: "Of those hurt, 640 were ..."
        of = next((c for c in core.head.children if fronted_of(c, core)), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or (whole.pos_ == "NOUN" and whole.lemma_.lower() not in PERSON_NOUNS):
        return set()
    words = {whole.lower_, whole.lemma_.lower()}
    said = [c for c in whole.children if c.dep_ in ("acl", "amod")]
    return words | {c.lemma_.lower() for c in said} | {c.lower_ for c in said}  # "harmed"


def fronted_of(prep: Token, subject: Token) -> bool:
    """ "Of those harmed, 640 are ...": an "of" phrase the verb carries before its subject,
    set off by a comma, names the whole the subject is drawn from."""
    start = subject.left_edge.i  # "Of the 300 on board, [at least 20] were killed"
    before = prep.doc[start - 1] if start > 0 else None
    fronted = prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < subject.i
    return fronted and before is not None and before.text == ","


def bare_one_counts(doc: Doc, core: Token) -> bool:
    """A bare "one" (no noun of its own) that counts: a casualty verb's subject or object ("the
    crash killed one", "one was wounded"), or one of a count just made in the same sentence, in
    a clause joined to it ("three people were killed, one of them a child"; "three of the drones
    were shot down and one crashed"; "it intercepted three missiles, but one fell on a block":
    the "one" subject of its own verb stands for the noun counted before), or one of a whole
    naming casualties ("one of the dead")."""
    # "that one" is no count, "said that one of them ..." is ("that" opening the clause)
    before = doc[core.i - 1].lower_ if core.i > 0 and doc[core.i - 1].pos_ != "SCONJ" else ""
    after = doc[core.i + 1].lower_ if core.i + 1 < len(doc) else ""
    if {before, after} & _NOT_A_COUNT_NEAR_ONE or any(c.dep_ == "det" for c in core.children):
        return False
    if _one_in_a_state_of_harm(doc, core) or _one_more_of_the_harmed(core):
        return True  # "left two dead, three wounded and one missing"
    head = core.head
    if partitive_whole(core) & _HURTING:
        return True  # "one of the dead was a child": a casualty, whatever the clause says of it
    if core.dep_ not in (*SUBJECT_DEPS, "dobj") or head.i == core.i:
        return False
    if head.pos_ == "VERB" and head.lemma_.lower() in _HURTING:
        return True
    if core.dep_ not in SUBJECT_DEPS:
        return False
    for verb in list(core.ancestors)[1:3]:  # the clause "one" is joined to, not its own
        subjects = (c for c in verb.children if c.dep_ in _ANY_SUBJECT and c.i < core.i)
        if any(t.like_num and t.i < core.i for s in subjects for t in s.subtree):
            return True
        if _counted_noun_in(t for t in verb.subtree if t.i < head.left_edge.i):
            return True
    # "launched five rockets at the town; one landed near a hospital": the clause before hangs
    # on the verb of "one"
    clauses = (c for c in head.children if c.pos_ in ("VERB", "AUX") and c.right_edge.i < core.i)
    return any(_counted_noun_in(c.subtree) for c in clauses)


def _one_in_a_state_of_harm(doc: Doc, core: Token) -> bool:
    """ "left four dead, eight injured and one missing", "one dead and two wounded": a word of
    harm right after a bare "one" that says what state the one is in (it hangs on "one" or on
    the verb "one" belongs to) makes it a casualty, as it does "two dead"; not a word of harm
    that modifies a noun after it ("one missing link", "one injured party")."""
    if core.i + 1 >= len(doc):
        return False
    state = doc[core.i + 1]
    harm = state.lower_ in _HURTING or state.lemma_.lower() in _HURTING
    hangs = state.i != core.head.i and state.head.i in (core.i, core.head.i)
    return harm and state.pos_ in ("ADJ", "VERB") and hangs


def _one_more_of_the_harmed(core: Token) -> bool:
    """ "killed six soldiers in the north and one in the south", "abducted 12 women from the
    school and one from the clinic": a bare "one" that is a conjunct after people a verb of
    harm counts (the noun left out, gapped) stands for one more of them. Only people: "lost 40
    tanks in the east and one in the west" has no person to stand for."""
    if core.dep_ != "conj":
        return False
    verb = next((t for t in (core.head, *core.head.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _HURTING:
        return False
    people = PERSON_NOUNS | PEOPLE_NOUNS | TROOP_NOUNS
    return any(
        t.like_num and t.dep_ == "nummod" and t.head.lemma_.lower() in people
        for t in verb.subtree
        if t.i < core.i
    )


def _counted_noun_in(tokens: Iterable[Token]) -> bool:
    """A count of things or people named ("three missiles", not "three days") in the clause
    before the clause of a bare "one", which that "one" stands for: "it intercepted three
    missiles, but one fell on a block", "fired four rockets and one hit the school"."""
    return any(
        t.like_num
        and t.dep_ == "nummod"
        and t.head.pos_ == "NOUN"
        and t.head.tag_ == "NNS"
        and t.head.lower_ not in TIME_UNITS
        for t in tokens
    )


def fronted_partitive(core: Token) -> bool:
    """ "Of the 35 hospitals in the city, 16 are out of service": a bare number that is the
    subject of a clause opened by "Of the N <things>," counts those things, whatever entity
    the tagger gave it (a date)."""
    return _fronted_whole(core) is not None


def _fronted_whole(core: Token) -> Token | None:
    verb = core.head
    if core.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    fronted = (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < core.i)
    return next((w for c in fronted if (w := _counted_whole(c)) is not None), None)


def _counted_whole(of: Token) -> Token | None:
    whole = next((c for c in of.children if c.dep_ == "pobj"), None)
    counted = whole is not None and any(c.like_num for c in whole.children if c.dep_ == "nummod")
    return whole if counted else None


def whole_of_a_part(doc: Doc, q: Quantity) -> Token | None:
    """The noun a part counts when the whole is named apart from it: "Of the 35 hospitals, 16
    are closed" and "shot down 17 out of 22 drones" count hospitals and drones."""
    fronted = _fronted_whole(doc[q.core])
    if fronted is not None:
        return fronted
    if [t.lower_ for t in doc[q.end : q.end + 2]] != ["out", "of"]:
        return None
    whole = next((c for c in doc[q.end + 1].children if c.dep_ == "pobj"), None)
    if whole is not None and whole.like_num and whole.head.pos_ == "NOUN":
        whole = whole.head  # the parser's "out of [22] drones"
    # a whole with a count of its own ("out of 22 drones"), not a state ("12,000 out of work")
    counted = whole is not None and any(c.like_num for c in whole.children if c.dep_ == "nummod")
    return whole if counted and tally_of_an_event(doc, q.core) else None


# Acts done to a count of things or people in one event: "shot down 17 out of 22 drones".
_EVENT_VERBS = THING_HARM | CASUALTY_WORDS
_VERB_CLIMB = 3  # tokens: "17" -> "down" -> "shot"


def tally_of_an_event(doc: Doc, first: int) -> bool:
    """ "Air defences shot down 17 out of 22 drones", "intercepted 30 out of 35 missiles": the
    count ``first`` before "out of" is what an act of harm or destruction struck, and the count
    after it is what was sent: two counts of one event, not a ratio ("two out of three voters",
    "six out of every 10 planes" are)."""
    tok = doc[first]
    for _ in range(_VERB_CLIMB):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok.lemma_.lower() in _EVENT_VERBS or tok.lower_ in _EVENT_VERBS
    return False
