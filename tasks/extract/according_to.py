"""Sources credited by a phrase: "according to X", "as per X", "by UN estimates".

Whom the phrase names: a report's owner ("according to the ministry's figures"), the author the
article gave a bare report before ("according to the figures"), or the phrase itself; nobody for
a measure ("according to their wishes") or a thing after "as per" ("as per the agreement").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tasks.extract.claim_words import PERSON_NOUNS
from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import BODY_NOUNS, OFFICIAL_NOUNS, TALLY_NOUNS
from tasks.extract.grammar import pobj, source_preposition
from tasks.extract.referents import describe, is_thing
from tasks.extract.report_owners import is_report_noun
from tasks.extract.report_possessors import pronoun_owned
from tasks.extract.reports import Source, bare_report, made_before, report_before, report_source


def according_to(
    sent: Span, ctx: ArticleContext, target: Token | None = None, *, figure: bool = True
) -> Source | None:
    """ "according to X" anywhere in the sentence; "according to projections ... by Acme" is
    Acme's, "according to the ministry's figures" and "according to its estimate" the owner's.
    One inside a relative clause speaks only for that clause: "support for talks, which,
    according to Ipsos, reached 40%" gives no other figure of the sentence (``target``). For a
    ``figure``, a bare report ("according to the figures") is no name by itself; words quoted
    from it are the report's ("According to the report, “...”")."""
    for tok in sent:
        if source_preposition(tok):  # "according to X", "as per X"
            if target is not None and _elsewhere(tok, target):
                continue
            obj = pobj(tok.nbor())
            obj = obj if obj is not None else pobj(tok)
            cue = f"{tok.lower_} {tok.nbor().lower_}"
            if obj is None:
                found = _participle_read(tok.nbor(), ctx, cue) or _read_apart(tok.nbor(), ctx, cue)
            elif figure and bare_report(obj) and not any(c.dep_ == "prep" for c in obj.children):
                found = _bare_owner(obj, ctx, cue)  # "according to the figures": no name by itself
            else:
                found = _credited(obj, ctx, cue)
            if found is not None:
                return found
    return None


def _bare_owner(obj: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """Whose a bare report is ("according to the figures"): its owner's, told in the sentence
    or before (``report_source``, ``report_before``, ``made_before``), else nobody's."""
    found = report_source(obj, ctx, holds=True) or report_before(obj, ctx) or made_before(obj, ctx)
    return replace(found, cue=cue) if found is not None else None


def _participle_read(to: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """ "according to corroborating sources" parsed as a gerund taking "sources" as its object:
    the adjective and its noun are the source's name."""
    verb = next((c for c in to.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
    if verb is None or obj is None or obj.i != verb.i + 1:
        return None
    found = _credited(obj, ctx, cue)
    name = f"{verb.text} {obj.text}"
    return (
        None
        if found is None
        else replace(found, name=name if found.name == obj.text else found.name)
    )


_NAME_WORDS = ("PROPN", "NOUN", "ADJ", "DET", "PART")


def _read_apart(to: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """ "According to Information Minister Ann Lee, 27 soldiers died": a name the parse took
    out of the phrase (as the subject of the clause after the comma); the name phrase between
    "to" and the comma, its last word the head."""
    doc, end = to.doc, to.i + 1
    while end < len(doc) and doc[end].pos_ in _NAME_WORDS and doc[end].text != ",":
        end += 1
    if end == to.i + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    head = doc[end - 1]
    return _credited(head, ctx, cue) if head.pos_ in ("PROPN", "NOUN") else None


def _credited(obj: Token, ctx: ArticleContext, cue: str) -> Source | None:
    """The source a crediting phrase's noun names ("according to [the ministry's figures]",
    "by [expert estimates]"): a report's owner, else the phrase itself; none for "its survey"
    with nothing for "its" to stand for, nor for a measure ("according to their wishes"), nor
    for a thing after "as per" ("as per the agreement": in keeping with it, nobody's word)."""
    found_report = report_source(obj, ctx, holds=True) or report_before(obj, ctx)
    if found_report is not None:
        return replace(found_report, cue=cue)
    if pronoun_owned(obj) or _by_measure(obj):
        return None
    if cue == "as per" and is_thing(obj, ctx):
        return None
    found = describe(obj, ctx)
    return Source.of(found, cue) if found is not None else None


def by_estimate(target: Token, ctx: ArticleContext) -> Source | None:
    """ "The war has, by expert estimates, killed 40,000": a "by" phrase on a clause over the
    figure whose noun is a tally ("by UN estimates", "by one count", "by the army's tally")
    credits the figure like "according to" (not a passive's agent: "killed by shelling")."""
    for anc in target.ancestors:
        for prep in anc.children:
            if prep.dep_ != "prep" or prep.lower_ != "by" or prep.i > target.i:
                continue
            obj = pobj(prep)
            if obj is not None and obj.lemma_.lower() in TALLY_NOUNS and _owned(obj):
                return _credited(obj, ctx, "by")
    return None


def _owned(noun: Token) -> bool:
    """Whether a tally says whose it is ("UN estimates", "expert estimates", "the army's
    count", "estimates from the UN"), not only what kind ("by conservative estimates")."""
    return any(
        c.dep_ in ("compound", "poss") or (c.dep_ == "prep" and c.lower_ in ("from", "by"))
        for c in noun.children
    )


def _elsewhere(according: Token, target: Token) -> bool:
    """Whether "according" sits in a relative clause that does not hold ``target``."""
    clause = next((a for a in according.ancestors if a.dep_ == "relcl"), None)
    return clause is not None and clause.i != target.i and not clause.is_ancestor(target)


def _by_measure(noun: Token) -> bool:
    """ "according to their capabilities", "according to his wishes": a measure something is
    done by, not a source (a person, a body or a report owned by the pronoun would be one)."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    if not owned or noun.pos_ != "NOUN" or is_report_noun(noun):
        return False
    lemma = noun.lemma_.lower()
    return lemma not in BODY_NOUNS and lemma not in OFFICIAL_NOUNS and lemma not in PERSON_NOUNS
