"""Who a report noun comes from when no "by"/"from" says so: the body an "of" names ("the
records of the Peace Monitor") and the report or outlet a participle puts it in ("data provided
in some media reports showed ..."). ``reports`` turns the tokens found into a source."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tasks.extract.cue_words import REPORT_NOUNS
from tasks.extract.grammar import pobj

_OWNER_ENTS = ("ORG", "PERSON")
_IN_WORDS = ("in", "on")


def is_report_noun(tok: Token) -> bool:
    """A noun for something put out that carries figures: "report", "data", "announcement"."""
    return tok.lemma_.lower() in REPORT_NOUNS or tok.lower_ in REPORT_NOUNS


def named_owner(prep: Token) -> Token | None:
    """The body or person an "of" names as a report's owner: "the records of the Peace
    Monitor", "figures of the Health Ministry" (not "a tally of Palestinians", "a count of
    the dead": what is counted)."""
    obj = pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "of" else None
    return obj if obj is not None and obj.ent_type_ in _OWNER_ENTS else None


def published_in(noun: Token) -> Iterator[Token]:
    """The report a participle hung on a report noun puts it in: "data provided in some media
    reports", "figures released in a UN report" (a report noun after its "in"/"on")."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for prep in clause.children:
            obj = pobj(prep) if prep.dep_ == "prep" and prep.lower_ in _IN_WORDS else None
            if obj is not None and obj.i != noun.i and is_report_noun(obj):
                yield obj
