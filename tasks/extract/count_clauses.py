"""The clause around a count and the words in it that say what it counts: the chain of heads up
to the first reporting verb (what is said, not the act of saying), what a passive verb's
complement says of its subject ("are believed to have been killed"), the counted noun's own
modifiers ("soldiers killed", "losses, estimated at"), and the whole clause the noun sits in; a
coordinated verb with a subject of its own ends the clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract import harm_cues as harm
from tasks.extract.attribution import is_reporting
from tasks.extract.grammar import SUBJECT_DEPS, pobj
from tasks.extract.memo import sentence_of
from tasks.extract.number_contexts import partitive_whole
from tasks.extract.quantities import Quantity

_TELLING_DEPS = {"acl", "relcl", "amod", "compound", "attr", "acomp", "conj", "oprd"}


def clause_chain(token: Token) -> list[Token]:
    """The token and its heads, up to (not including) the first reporting verb."""
    chain = [token]
    for anc in token.ancestors:
        if is_reporting(anc):
            break
        chain.append(anc)
    return chain


def said_of_subject(start: Token) -> set[str]:
    """What a passive verb's complement or a "they" clause beside it says of its subject: "48
    people are believed to have been killed", "20 are feared dead", "1,000 fighters were moved
    east after they surrendered" (not "were ordered to kill civilians": an act on others)."""
    verb = start.head
    if start.dep_ not in ("nsubjpass", "nsubj") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    said = set()
    # "24 people confirmed dead", "20 reported missing": a reduced passive read as active, its
    # adjective said of the subject (an active verb's own object takes it otherwise)
    objectless = not any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        acts_on = any(c.dep_ == "dobj" for c in child.children)
        raised = start.dep_ == "nsubjpass" and child.dep_ in ("xcomp", "oprd", "acomp")
        raised = raised or (objectless and child.dep_ in ("oprd", "acomp"))
        they = child.dep_ == "advcl" and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ == "they" for c in child.children
        )
        if (raised or they) and not acts_on:
            said |= {child.lemma_.lower(), child.lower_}
    return said


def clause_lemmas(noun: Token) -> set[str]:
    """Lemmas of the whole clause the noun sits in (its nearest verb's subtree)."""
    verb = next((t for t in clause_chain(noun) if t.pos_ in ("VERB", "AUX")), None)
    tokens = verb.subtree if verb is not None else sentence_of(noun)
    return {t.lemma_.lower() for t in tokens}


def context_lemmas(doc: Doc, q: Quantity, noun: Token | None) -> set[str]:
    """Lemmas of the clause around the quantity: heads up to the reporting verb, plus the
    counted noun's own modifiers ("soldiers killed", "losses, estimated at")."""
    start = noun if noun is not None else doc[q.core]
    # "500 wounded", "100 dead": the word after a bare count says what it counts
    lemmas = {doc[q.end].lower_} if noun is None and q.end < len(doc) else set()
    if noun is None:  # "two of the dead", "one of those killed": the whole says what it counts
        lemmas |= partitive_whole(doc[q.core])
    for tok in clause_chain(start):
        if harm.loses_something_else(tok, start):
            continue  # "500 workers would lose their jobs" are not casualties
        lemmas.add(harm.idiom(tok))  # "gunned down": "kill"
        lemmas.add(tok.lemma_.lower())
        lemmas.add(tok.lower_)
        # a headline's "300 Soldiers Killed": the tagger reads the noun as a name
        deps = _TELLING_DEPS if tok.pos_ != "PROPN" else {"acl"}
        if tok.pos_ in ("NOUN", "PROPN", "VERB", "AUX"):
            for child in tok.children:
                lost = harm.loses_something_else(child, start)  # "families who lost their homes"
                if child.dep_ in deps and not _own_clause(child) and not lost:
                    lemmas |= {child.lemma_.lower(), child.lower_}  # "remain missing": "miss"
                elif child.dep_ == "prep" and child.lower_ == "among" and (obj := pobj(child)):
                    named = [obj, *(c for c in obj.children if c.dep_ in ("acl", "amod", "relcl"))]
                    lemmas |= {t.lemma_.lower() for t in named}  # "among the dead", "those killed"
        if _own_clause(tok):
            break  # "homes were destroyed and [20,000 people left homeless]": a clause of its own
    if (verb := harm.taken_by_said(start)) is not None:
        lemmas.add(verb.lemma_.lower())  # "has killed 25 people, rescuers and officials said"
    return lemmas | said_of_subject(start) | harm.named_by_subject(start)


def _own_clause(tok: Token) -> bool:
    """A coordinated verb with a subject of its own starts a clause of its own."""
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and own_subject
