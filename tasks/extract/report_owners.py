"""Who a report noun comes from: its "by"/"from", the body an "of" names ("the records of the
Peace Monitor") and the report a participle puts it in ("data provided in some media reports
showed ..."). ``reports`` turns the tokens found into a source."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tasks.extract.cue_words import FACILITY_NOUNS, REPORT_NOUNS
from tasks.extract.grammar import author, pobj

_OWNER_ENTS = ("ORG", "PERSON")
_PLACE_ENTS = ("FAC", "LOC")
_IN_WORDS = ("in", "on")
# Verbs whose subject puts out their object report noun: "X made a prediction that ...".
_ISSUE_VERBS = frozenset({"make", "issue", "publish", "release", "produce", "give", "present"})
# Verbs whose agent got hold of a report rather than wrote it ("a memo seen by Reuters"), or
# asked or paid for it ("the report commissioned by the Security Council"): not its author.
NOT_AUTHOR_VERBS = frozenset({"obtain", "see", "receive", "review", "get", "acquire", "view",
    "commission", "order", "request", "mandate", "fund", "finance", "sponsor"})  # fmt: skip


def is_report_noun(tok: Token) -> bool:
    """A noun for something put out that carries figures: "report", "data", "announcement"."""
    return tok.lemma_.lower() in REPORT_NOUNS or tok.lower_ in REPORT_NOUNS


def report_author(prep: Token) -> Token | None:
    """Who a preposition on a report noun (or on a clause hung on it) names as its author:
    "a study by X", "data from X", "compiled by X", and the body or person an "of" names as
    its owner: "the records of the Peace Monitor" (not "a tally of Palestinians": what is
    counted). The "by" of an active verb is a margin: "the figure, which exceeds the army by
    15,000 troops"."""
    if prep.lower_ == "by" and prep.head.pos_ in ("VERB", "AUX") and prep.head.tag_ != "VBN":
        return None
    if prep.dep_ == "prep" and prep.lower_ == "of":
        obj = pobj(prep)
        return obj if obj is not None and obj.ent_type_ in _OWNER_ENTS else None
    found = author(prep)
    if found is not None and prep.lower_ == "from" and is_facility(found):
        return None  # "data from the gas transfer station in X": where it was read, not whose
    return found


def is_facility(tok: Token) -> bool:
    """A place or facility readings come from without anyone there issuing them: "the gas
    transfer station", "a monitoring post", "the border crossing" (not a body that owns it:
    "the Port Authority", "the Syrian Observatory" are named organisations)."""
    if tok.ent_type_ in _OWNER_ENTS or tok.pos_ == "PROPN":
        return tok.ent_type_ in _PLACE_ENTS
    return tok.ent_type_ in _PLACE_ENTS or tok.lemma_.lower() in FACILITY_NOUNS


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


def issuer_of(noun: Token) -> Token | None:
    """Who put out a report noun that is the object of "make", "issue", "publish"...: "Chris
    Deering made a prediction that 20 million ..." (Deering)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUE_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        None if subj is None or subj.pos_ == "PRON" and subj.lower_ not in ("he", "she") else subj
    )


def written_by(report: Token) -> Token | None:
    """Whom a report noun says it is by, from the words around it: "a statement from X", "the
    report, published by X," (not "a memo seen by X"), "X published a report that ..."."""
    for child in report.children:
        if (by := author(child)) is not None:
            return by
        if child.dep_ == "acl" and child.lemma_.lower() not in NOT_AUTHOR_VERBS:
            agent = next((g for g in child.children if author(g) is not None), None)
            if agent is not None:
                return author(agent)
    return issuer_of(report)
