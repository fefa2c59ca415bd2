"""Sources named in a relative clause on the figure: "below the $53 million figure the senator
cited", "151 PS, which Nissan claims is a 20% gain". The first parses as a relative clause on the
figure's noun; the second the parser often misreads ("claims" as a noun or a subject), so it is
read from the word order "which|that <name> <reporting verb> is|was|will ...".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import CLAUSE_ONLY_VERBS, SAY_VERBS
from tasks.extract.cues import Cue, is_cue_verb

_NOUNS = ("NOUN", "PROPN")
_IN_PHRASE = ("nummod", "compound", "quantmod", "amod")  # how a figure sits in its noun phrase
_RELATIVES = ("which", "that")
_NAME_WORDS = ("DET", "PROPN", "NOUN", "ADJ", "PART")
_NAME_LEN = 5  # words of the name between the relative and its verb, at most
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})  # the figure's clause ends
_CLAUSE_VERBS = frozenset({"be", "will", "would", "could", "may", "might", "have"})


def figure_noun_cue(target: Token) -> Cue | None:
    """ "the $53 million figure McKinley cited", "the 300 jobs the firm announced": a reporting
    verb in a relative clause on the noun the figure counts or measures, with a speaker of its
    own (not "the 12 books he wrote", not "the 40 officials who said")."""
    noun = target
    while noun.pos_ not in _NOUNS and noun.dep_ in _IN_PHRASE and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in _NOUNS or noun.i < target.i:
        return None
    for verb in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
        if verb.lemma_.lower() in CLAUSE_ONLY_VERBS or not is_cue_verb(verb):
            continue  # not "100,000 jobs (that) economists (had not) expected"
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        speaker = speaker_of(verb)
        if speaker is not None and speaker.i != noun.i and speaker.i > noun.i:
            return Cue(verb, speaker)
    return None


def which_cue(sent: Span, target: Token) -> Token | None:
    """ "..., which Nissan claims is a 20% gain": the head of the name between a relative
    pronoun and a reporting verb that takes the clause holding ``target``; None otherwise."""
    doc = sent.doc
    for k in range(sent.start, target.i):
        if doc[k].lower_ not in _RELATIVES:
            continue
        for j in range(k + 2, min(target.i, k + 2 + _NAME_LEN)):
            reports = _reporting_form(doc[j]) and doc[j + 1].lemma_ in _CLAUSE_VERBS
            if reports and not any(t.text in _CLAUSE_BREAKS for t in doc[j + 1 : target.i]):
                return doc[j - 1]
            if doc[j].pos_ not in _NAME_WORDS:
                break
    return None


def _reporting_form(tok: Token) -> bool:
    """A present or past form of a reporting verb, however tagged ("claims", "says", "noted")."""
    low = tok.lower_
    lemma = low[:-1] if low.endswith("s") else low[:-2] if low.endswith("ed") else ""
    return bool(lemma) and (lemma in SAY_VERBS or tok.lemma_.lower() in SAY_VERBS)
