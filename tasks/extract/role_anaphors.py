"""A bare "the official" that refers back to the last person named, when they spoke: "Dak
Deng, commissioner for the town of Nasir, said ... The victims were herders, the official
said." The article named the official a sentence or a paragraph before and now calls them by
a generic post; the name is the source (the title phrase is a name only where it is the only
one). Not when an unnamed holder of that post came in between ("an official at the ministry
said ... the official said": that one), nor when the phrase says more ("the army official",
"the official in Kabul": someone else, described), nor when the last person named did not
speak ("gunmen shot dead John Okello": the official is someone else)."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from tasks.extract.closing_cues import trailing_cue
from tasks.extract.context import ArticleContext, Mention
from tasks.extract.cue_words import ANAPHORIC_POSTS
from tasks.extract.memo import sentence_of

_BACK_PARAGRAPHS = 1  # paragraph breaks between the name and "the official", at most
# Words that say more about a post than "the" does: whoever it is, it is described anew.
_DESCRIBED = frozenset({"amod", "compound", "prep", "poss", "nmod", "appos", "relcl", "acl"})
_NEW_ONE = frozenset({"a", "an", "another", "one"})


def named_post_holder(head: Token, ctx: ArticleContext) -> str | None:
    """The canonical name of the speaker ``head`` ("the official") refers back to, or None."""
    if head.lemma_.lower() not in ANAPHORIC_POSTS or head.tag_ != "NN":
        return None
    kids = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.dep_ in _DESCRIBED for c in kids):
        return None
    pool = ctx.persons
    k = bisect.bisect_left(pool, Mention(head.idx, "")) - 1
    if k < 0 or not _spoke(pool[k], ctx):
        return None  # the last person named is no speaker: "the official" is someone else
    mention = pool[k]
    if ctx.text.count("\n\n", mention.char, head.idx) > _BACK_PARAGRAPHS:
        return None
    between = ctx.doc.char_span(mention.char, head.idx, alignment_mode="expand")
    if between is not None and any(_new_holder(t) for t in between if t.i != head.i):
        return None
    return mention.name


def _new_holder(tok: Token) -> bool:
    """An unnamed holder of a post brought in anew: "an official", "another spokesman"."""
    if tok.lemma_.lower() not in ANAPHORIC_POSTS:
        return False
    return any(c.dep_ == "det" and c.lower_ in _NEW_ONE for c in tok.children)


def _spoke(mention: Mention, ctx: ArticleContext) -> bool:
    """Whether the person ``mention`` names speaks where named: the subject of a verb, or the
    speaker of a cue closing the sentence ("..., Dak Deng, commissioner for Nasir, said")."""
    if mention in ctx.subject_persons:
        return True
    at = ctx.doc.char_span(mention.char, mention.char + 1, alignment_mode="expand")
    person = ctx.person_spans.get(at[0].i) if at is not None else None
    cue = trailing_cue(sentence_of(person[0])) if person is not None else None
    return cue is not None and person is not None and person.start <= cue.speaker.i < person.end
