"""Which figures a reporting verb gives as its speaker's word: what its clause says ("X said
that 40 died"), not a coordinated clause, scene-setting or what it was told; a pledge or a
finding whose own clause holds the figure; what a verb of detection found; nothing inside an
aside about a person ("Ebbers, who is accused of an $11bn fraud, ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.cue_scope import background_clause, narrated_inside, scene_below, told_to
from tasks.extract.cue_words import (
    CLAUSE_CUE_VERBS,
    CLAUSE_ONLY_VERBS,
    DETECTION_VERBS,
    REPLY_VERBS,
)
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import put_at, subject


def _speaks_for(verb: Token, target: Token) -> bool:
    """Whether ``verb`` reports ``target``: "firms added 100,000 jobs" reports nothing, and
    neither does "X accused Russia ..., and Y vowed to supply billions" (a coordinated clause)."""
    clause = next((c for c in verb.children if c.i == target.i or c.is_ancestor(target)), None)
    if clause is not None and clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX"):
        return _second_reported(verb, clause)
    told_it = clause is not None and told_to(clause, target)  # "told a radio station that"
    if (
        clause is not None
        and not told_it
        and (background_clause(verb, clause) or scene_below(verb, target))
    ):
        # unless the parser hung the figure a verb puts something at in that phrase
        at = put_at(verb) if verb.lemma_.lower() in ("put", "place") else None
        return at is not None and clause.is_ancestor(at)
    if clause is not None and clause.i < verb.i and _says_that_after(verb):
        return False  # "4 were killed in X, the sources said that they targeted Y": Y's only
    if verb.lemma_.lower() in REPLY_VERBS:  # "forces responded effectively, ..., with 15
        return clause is not None and clause.dep_ in ("ccomp", "parataxis")  # militants dead"
    if verb.lemma_.lower() not in CLAUSE_ONLY_VERBS:
        return True
    if clause is None or clause.dep_ in ("ccomp", "parataxis", "xcomp", "advcl"):
        return True
    # a clause the parser misread as an object: "wrote that prices could triple to $380"
    return any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in clause.children)


def _second_reported(verb: Token, clause: Token) -> bool:
    """Whether a clause the parse coordinated with a reporting verb goes on with what it
    reports: "X said 130 medics were killed and 15 clinics are out of service" (a second
    reported clause with its own subject, joined by a bare "and" right after the first), not
    "X accused Russia ..., and Y vowed ..." (a comma, or a verb that reports on its own)."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < clause.i]
    if not said or is_cue_verb(clause) or clause.lemma_.lower() in CLAUSE_CUE_VERBS:
        return False
    joins = [c for c in verb.children if c.dep_ == "cc" and said[-1].i < c.i < clause.i]
    if len(joins) != 1 or joins[0].lower_ != "and" or verb.doc[joins[0].i - 1].text == ",":
        return False
    own = subject(clause)
    return own is not None and own.pos_ != "PRON" and own.i > joins[0].i


def _says_that_after(verb: Token) -> bool:
    """Whether a reporting verb reports a "that" clause after it: then what comes before it, in
    a run-on sentence the parse hung on it, is not what it reports."""
    said = (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i)
    return any(g.dep_ == "mark" and g.lower_ == "that" for c in said for g in c.children)


def reports_figure(verb: Token, target: Token) -> bool:
    """Whether ``verb`` gives ``target`` as its speaker's word: a cue verb that speaks for it,
    or a pledge or finding whose own finite clause holds it ("X pledged that ... would reach
    450 gigawatts", "the panel found that in 2015 there were 9 million ...")."""
    if narrated_inside(verb, target):
        return False  # "X vowed that Y would pay, after 10 civilians were killed"
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "X said that the US will announce $2bn": not given yet, X gives it
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "the army did not mention another attack that left dozens dead": not its
    if is_cue_verb(verb, figure=True):
        return _speaks_for(verb, target)
    if verb.lemma_.lower() in DETECTION_VERBS:
        return _detected(verb, target)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAUSE_CUE_VERBS:
        return False
    own = ("mark", "nsubj", "nsubjpass", "expl")
    clauses = (c for c in verb.children if c.dep_ == "ccomp")
    said = [c for c in clauses if any(g.dep_ in own for g in c.children)]
    held = [c for c in verb.children if c.is_ancestor(target) or c.i == target.i]
    # the clause pledged, or a participle going on with it ("..., going from 175 to 450 GW")
    return bool(held) and (held[0] in said or (bool(said) and held[0].tag_ == "VBG"))


def _detected(verb: Token, target: Token) -> bool:
    """Whether a verb of detection gives ``target`` as what its subject's watch found: the
    figure counts its object ("the military identified about 50 projectiles"), not something
    a clause inside the object tells ("identified the cause of the fire that killed 12"), and
    no reporter above says it ("the coastguard said its patrols spotted 30 boats": the
    coastguard's)."""
    if verb.pos_ != "VERB" or any(is_cue_verb(a, figure=True) for a in verb.ancestors):
        return False
    tok = target
    while tok.head.i != verb.i:
        if tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.dep_ == "dobj"


_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "conj", "appos"})


def is_aside(verb: Token) -> bool:
    """A relative clause set off by commas about a person ("Ebbers, who is accused of an $11bn
    fraud, ..."): the outlet's background on them, not what the sentence's speaker reports."""
    if verb.dep_ != "relcl" or verb.left_edge.i == 0:
        return False
    relative = verb.doc[verb.left_edge.i]
    comma = verb.doc[verb.left_edge.i - 1].text == ","
    return comma and relative.lower_ in ("who", "whose")


def in_aside(target: Token) -> bool:
    """Whether ``target`` sits in an aside (see ``is_aside``)."""
    return any(is_aside(anc) for anc in target.ancestors)
