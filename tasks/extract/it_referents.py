"""What "it" or "they" can stand for as a speaker, for ``referents``: an organisation, a
country, a group or a report that spoke or can speak (number agreeing), the author a report
noun names, and a one-word name the model took for a person that "it" says is none."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.claim_words import MILITARY_BODIES
from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import (
    BODY_NOUNS,
    COLLECTIVE_NOUNS,
    MEDIA,
    OFFICIAL_NOUNS,
    REPORT_NOUNS,
)
from tasks.extract.grammar import fold, proper_name
from tasks.extract.report_owners import written_by


def author_of(report: Token) -> Token | None:
    """Whom a report noun is from or by ("a statement from the ministry", "X published a report
    that ..."), if it says: "it" after a report speaks for its author, never as "report"."""
    if report.lemma_.lower() not in REPORT_NOUNS:
        return None
    return written_by(report)


def lone_name(tok: Token, ctx: ArticleContext) -> bool:
    """A one-word name tagged as a person that no fuller person's name in the article explains
    ("Ukrenergo, the state energy operator, said"): maybe an organisation."""
    return tok.ent_type_ == "PERSON" and len(proper_name(tok)) == 1 and not ctx.names.find(tok.text)


def main_subject_stands_for_it(main: Token, pronoun: Token, ctx: ArticleContext) -> bool:
    """Whether the named organisation or country that is its sentence's main subject, before the
    pronoun and outside quotations, is what "it"/"they" speaks for."""
    named = main.ent_type_ in ("ORG", "GPE", "NORP")
    return named and main.i < pronoun.i and not ctx.in_quote(main.idx)


def stands_for(tok: Token, *, plural: bool, spoke: bool) -> bool:
    """Whether "it" (or, ``plural``, "they") can refer to ``tok`` as a speaker: the number must
    agree, and a thing that did not speak before must be able to (an organisation, a country, a
    group, a report), not "a second proposal"."""
    if tok.pos_ == "PRON" or tok.ent_type_ == "PERSON":
        return False
    lemma = tok.lemma_.lower()
    many = tok.tag_ in ("NNS", "NNPS")
    named = tok.ent_type_ in ("ORG", "GPE", "NORP") or fold(tok.text) in MEDIA
    group = lemma in COLLECTIVE_NOUNS or lemma in BODY_NOUNS
    if plural:  # "they": a plural, an organisation, or a group ("Aslin's family")
        return many or named or group
    # "the armed forces said ... it said": one institution under a plural name (not "Russian
    # forces", troops with no article)
    body = spoke and lemma in MILITARY_BODIES and any(c.lower_ == "the" for c in tok.children)
    if (many and not body) or lemma in OFFICIAL_NOUNS:
        return False
    return spoke or named or group or tok.pos_ == "PROPN" or lemma in REPORT_NOUNS
