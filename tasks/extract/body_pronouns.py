"""A "he" or "she" in an article that names no person before it, after a body spoke: "The
Security Council reported that 207 soldiers were killed. He noted that 20 were captured"
(translated wire copy writes a body's statement so). No one else is there for the pronoun to
stand for, and the words are the body's, never the outlet's.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.context import ArticleContext, sentences_before
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import BODY_NOUNS
from tasks.extract.cues import is_cue_verb


def body_spoke_before(pronoun: Token, ctx: ArticleContext) -> Token | None:
    """The body whose reporting verb is the latest before the pronoun's sentence, outside
    quotations: an organisation's name or a body noun ("the ministry"); None when
    the latest speaker is anyone else (a report, a group of people) or no one spoke."""
    for sent in sentences_before(pronoun):
        for tok in reversed(sent):
            if ctx.in_quote(tok.idx) or not is_cue_verb(tok, quote=True):
                continue
            speaker = speaker_of(tok)
            if speaker is None or speaker.pos_ == "PRON":
                continue  # "he said" again, or no one: look further back
            return speaker if _a_body(speaker) and not ctx.in_quote(speaker.idx) else None
    return None


def _a_body(tok: Token) -> bool:
    """An organisation's name in the singular ("the Armenian Security Council", not "the
    Houthis") or a body noun ("the ministry", "the police"); not a person's name, nor people
    ("officials", "residents")."""
    if tok.lemma_.lower() in BODY_NOUNS:
        return True
    return tok.ent_type_ == "ORG" and tok.tag_ != "NNPS"
