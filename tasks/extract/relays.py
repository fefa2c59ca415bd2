"""Relayed reports: a closing "..., Reuters reported" over a clause in which a source of its own
says the figure ("The army said that 14 soldiers died, Reuters reported"). The medium relays
the army's word; the figure stays the army's, as it would in "according to Reuters, the army
said ...". A closing cue over a clause with no speaker of its own ("Fourteen soldiers died,
Reuters reported") is still the medium's."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.cue_words import RELAY_VERBS
from tasks.extract.cues import is_cue_verb, speaker_of


def relays_a_source(verb: Token, target: Token) -> bool:
    """Whether the closing cue ``verb`` only relays ``target``: a relay verb after an earlier
    reporting verb above the figure that has a speaker of its own ("X said that ...")."""
    if verb.lemma_.lower() not in RELAY_VERBS:
        return False
    return any(_inner_report(anc, verb) for anc in target.ancestors)


def _inner_report(anc: Token, verb: Token) -> bool:
    """A reporting verb before the relay ``verb`` with a speaker of its own, neither the relay's
    speaker nor inside its phrase: "the ministry said" in "the ministry said that ..., reports
    Xinhua"."""
    if anc.i >= verb.i or not is_cue_verb(anc, figure=True):
        return False
    speaker, relay = speaker_of(anc), speaker_of(verb)
    if speaker is None or relay is None:
        return False
    return speaker.i != relay.i and not relay.is_ancestor(speaker)
