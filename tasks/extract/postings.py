"""A statement on a body's own page: "A statement on the army's website said ...", "a post on
the ministry's Telegram channel said ...". The page or channel belongs to the body, so what is
put up there is the body's word, as "a statement from the army" is; the outlet only found it
there. A page the sentence names no owner of ("a statement on Telegram") says nothing of whose
it is."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import OWN_OUTLETS, PLATFORMS, POSTING_NOUNS
from tasks.extract.grammar import pobj
from tasks.extract.referents import Named, describe
from tasks.extract.report_owners import is_report_noun

# Participles that hang a posting's page on it: "a statement posted on the group's account".
_PUT_UP = frozenset({"post", "publish", "put", "carry", "issue", "release", "upload"})


_OWNERS_S = re.compile(r"\s*['’]s?$")


def posted_by(noun: Token, ctx: ArticleContext) -> Named | None:
    """The owner of the page a report or posting ``noun`` is on ("army" in "a statement on the
    army's website"), or None."""
    if not (is_report_noun(noun) or noun.lemma_.lower() in POSTING_NOUNS):
        return None
    for prep in _on_preps(noun):
        page = pobj(prep)
        if page is None or page.lemma_.lower() not in OWN_OUTLETS:
            continue
        owner = _page_owner(page)
        found = describe(owner, ctx) if owner is not None else None
        name = _OWNERS_S.sub("", found.name) if found is not None else ""
        return replace(found, name=name) if found is not None and name else None
    return None


def _on_preps(noun: Token) -> list[Token]:
    """The "on" phrases of ``noun`` and of a participle on it ("posted on ...")."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _PUT_UP]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"]


def _page_owner(page: Token) -> Token | None:
    """Whose page it is: its possessor ("the army's"), else a noun before it that is no
    platform ("the police website", not "its Telegram channel")."""
    owner = next((c for c in page.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.pos_ == "PRON" else owner
    return next(
        (
            c
            for c in page.children
            if c.dep_ == "compound" and c.lower_ not in PLATFORMS and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
