"""What the article itself says of a person's gender: the "he" or "she" it uses for them.

A name tells nothing of some people ("Jo Walton", "Sam Ortiz"), so "he" might take a woman the
article has just called "she". Reading the article in order, each subject "he"/"she" outside
quotations that resolves (within its paragraph) to a named person says that person's gender; a
later pronoun of the other gender passes over them ("... the novelist Jo Walton explained.
“...,” she said. ... he replied" is not Walton). The first pronoun a person takes wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tasks.extract.grammar import SUBJECT_DEPS, proper_name
from tasks.extract.names import pronoun_gender

if TYPE_CHECKING:
    from tasks.extract.context import ArticleContext


def learned_gender(ctx: ArticleContext, name: str) -> str | None:
    """ "f", "m", or None: the gender the article's own pronouns give the person ``name``."""
    if ctx.learned is None:
        ctx.learned = {}  # filled in order; resolutions while filling see what came before
        for tok in ctx.doc:
            if tok.lower_ not in ("he", "she") or tok.dep_ not in SUBJECT_DEPS:
                continue
            if ctx.in_quote(tok.idx):
                continue
            found = ctx.antecedent(tok, nearby=True)
            if isinstance(found, Token) and (named := person_name(ctx, found)):
                ctx.learned.setdefault(named, pronoun_gender(tok.lower_) or "")
    return ctx.learned.get(ctx.names.canonical(name)) or None


def person_name(ctx: ArticleContext, tok: Token) -> str | None:
    """The canonical name of the person a name token stands for; None for a role noun."""
    span = ctx.person_spans.get(tok.i)
    if span is not None:
        return ctx.names.canonical(span.text)
    return ctx.names.canonical(proper_name(tok).text) if tok.pos_ == "PROPN" else None
