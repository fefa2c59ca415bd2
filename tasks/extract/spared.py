"""Others a harm sentence counts apart from its harmed: "killed 12 and rescued 20 others", "40
others were evacuated", "while two million others remain homeless". "Others" takes its type from
the sentence's casualty words (``claims.classify``), but these are unhurt people the clause
rescues or leaves in want, not casualties. Word lists are ``claim_words`` and ``people_words``.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import claim_words as words
from tasks.extract import roles
from tasks.extract.count_clauses import clause_chain
from tasks.extract.grammar import SUBJECT_DEPS
from tasks.extract.harm_cues import harmed
from tasks.extract.people_words import PERSON_STATES


def spared(noun: Token) -> bool:
    """The counted others are rescued or evacuated by their verb, or said to be in a person's
    state by it ("remain homeless", "are now destitute"), and nothing of their own names harm
    ("rescued 30 others who were wounded" are casualties)."""
    told = (c for c in noun.children if c.dep_ in ("relcl", "acl"))
    if harmed(noun) or any(c.lemma_.lower() in words.CASUALTY_WORDS for c in told):
        return False  # "30 others who had been wounded"
    if roles.rescued(clause_chain(noun)):
        return True
    if noun.dep_ not in SUBJECT_DEPS:
        return False
    states = (c for c in noun.head.children if c.dep_ in ("acomp", "oprd", "attr"))
    return any(c.lemma_.lower() in PERSON_STATES for c in states)
