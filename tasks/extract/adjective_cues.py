"""A reporting verb the parser read as an adjective: "A spokeswoman for Acme Re, Europe's
fifth-largest reinsurer, estimated storm claims would reach €20m" parses "estimated storm claims"
as one noun phrase (an estimated claim), the subject's phrase and the reported clause as one
sentence with two subjects. The word order says otherwise: a participle that opens its noun
phrase right after a subject's phrase (after a comma or a noun, never after "the" or "an": "the
estimated claims" is an adjective) and before the sentence's finite verb is that subject's
reporting verb, and the clause after it what the subject reports.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.cues import Cue, is_cue_verb

_AFTER_SUBJECT = ("NOUN", "PROPN")  # the last word of a subject's phrase, or a comma


def adjective_cue(sent: Span, target: Token) -> Cue | None:
    """The reporting verb read as an adjective before ``target`` (see the module docstring),
    and the subject before it that speaks."""
    root = sent.root
    for verb in sent[1 : target.i - sent.start]:
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD"):
            continue
        noun = verb.head
        if not noun.i < root.i <= target.i:
            continue
        before = sent.doc[verb.i - 1]
        if before.text != "," and before.pos_ not in _AFTER_SUBJECT:
            continue  # "the estimated claims", "Acme's estimated claims": an adjective
        if not is_cue_verb(verb, figure=True):
            continue
        speaker = next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if speaker is not None and speaker.i != noun.i:
            return Cue(verb, speaker)
    return None
