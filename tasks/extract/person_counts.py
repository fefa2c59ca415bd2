"""Who a count of people is, from more than its counted noun: victims of violence are
casualties ("dozens of victims of the clashes"; a scam's victims are people); a count whose own
relative clause is about persons counts persons ("a list of 21 who face bans"; "the 300 who
died" are casualties); and a plural demonym counts nationals ("3,000 North Koreans", and
"Chechens" the tagger read as a place's name). ``claims`` and ``counted`` apply these; the word
lists are ``claim_words``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract import claim_words as words
from tasks.extract.grammar import SUBJECT_DEPS
from tasks.extract.memo import sentence_lemmas
from tasks.extract.names import actor_of
from tasks.extract.quantities import Quantity
from tasks.extract.roles import noun_lemma
from tasks.schema import ClaimType

# Deaths and injuries a relative clause tells ("the 300 who died"); losing a job, a vote or
# savings is no casualty ("the 2,000 who lost their jobs").
_HURT = words.CASUALTY_WORDS - {"lose", "loss", "losses"}


def victims_of_violence(noun: Token) -> bool:
    """ "dozens of victims" in a sentence about violence, war or a disaster: casualties; "the
    scam had 300 victims" counts people."""
    if noun_lemma(noun) != "victim":
        return False
    return not sentence_lemmas(noun).isdisjoint(words.VIOLENCE_WORDS)


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
