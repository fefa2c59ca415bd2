"""Words the parser may give a verb of saying as its speaker, or a report noun as its author,
that say nothing: a wire story's dateline ("KYIV, Ukraine (AP) —"), the subject of a passive
participle of saying ("the people believed to have fled"), and what a content clause names
("claims that 40,000 fighters had entered from the border": a place, no author)."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.datelines import dateline_words
from tasks.extract.memo import sentence_of

# A dateline closes with a colon or a dash, a plain hyphen too ("NIAMEY, NIGER - The ...").
_DATELINE_DASHES = (":", "—", "–", "-")


def dateline_end(tok: Token) -> int | None:
    """Where the colon or dash closing the dateline ``tok`` ends is (its token index): the
    capitals, then perhaps the country and the agency ("CHERNIHIV REGION, Ukraine (AP) —")."""
    if (dash := dateline_words(tok.doc).get(tok.i)) is not None:
        return dash  # "KATHMANDU, April 12 (Reuters) -", "Yerevan, May 3 (QNA) -"
    doc, start = tok.doc, sentence_of(tok).start
    if not all(t.is_upper and t.is_alpha for t in doc[start : tok.i + 1]):
        return None
    k = tok.i + 1
    while k < min(len(doc), tok.i + 8) and (doc[k].text in ",()" or _dateline_word(doc[k])):
        k += 1  # ", Ukraine (AP)", ", SOMALIA"
    return k if k < len(doc) and doc[k].text in _DATELINE_DASHES else None


def _dateline_word(tok: Token) -> bool:
    """A word of a dateline after its city: a name, or a country in capitals the parser may
    tag a common noun ("MOGADISHU, SOMALIA -")."""
    return tok.pos_ == "PROPN" or tok.is_upper and tok.is_alpha


def past_dateline(subj: Token) -> Token | None:
    """A subject read into a wire story's opening place in capitals ("BANGKOK: A strike ...",
    "KYIV, Ukraine (AP) — Russia and Ukraine said ..."): the noun after the dateline's dash,
    which the parser hangs on it, or None; any other subject is itself."""
    end = dateline_end(subj)
    if end is None:
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > end), None)


def subjects_past_dateline(verb: Token) -> list[Token]:
    """A verb's subjects, each read past a dateline (``past_dateline``); a dateline the parser
    made a subject beside the verb's own subject after its dash is left out ("KATHMANDU, April
    12 (Reuters) - Rebels killed 50 ..., the minister said": the minister, not the rebels the
    parse hangs on the place)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    ends = {c.i: end for c in subjects if (end := dateline_end(c)) is not None}
    own = [c for c in subjects if c.i not in ends and all(c.i > end for end in ends.values())]
    if ends and own:
        return own
    return [d for c in subjects if (d := past_dateline(c)) is not None]


# Verbs of saying and believing whose to-infinitive follows only in the passive ("people believed
# to have fled", "fighters said to have surrendered"); "claimed to have", "vowed to" are active.
_RAISED_ONLY = frozenset({
    "say", "believe", "think", "report", "know", "allege", "rumour", "rumor", "estimate",
    "understand", "presume", "suppose", "reckon",
})  # fmt: skip


def raised_passive(verb: Token) -> bool:
    """ "the people believed to have fled": a passive participle of saying followed by its
    to-infinitive, which the parser may read as a finite verb with a subject. No one speaks."""
    if verb.lemma_.lower() not in _RAISED_ONLY or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    to = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return to is not None and to.lower_ == "to" and to.dep_ == "aux" and to.head.head.i == verb.i


def content_clause(clause: Token) -> bool:
    """A clause that states what the report says, with a subject of its own ("claims that 40,000
    fighters had entered from the border": where they came from is no author), not one that
    describes the report ("a report compiled by X", "a study that was published by X")."""
    return any(
        c.dep_ == "mark" or c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
        for c in clause.children
    )
