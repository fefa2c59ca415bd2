"""Relayed reports: a closing "..., Reuters reported" over a clause in which a source of its own
says the figure ("The army said that 14 soldiers died, Reuters reported"). The medium relays
the army's word; the figure stays the army's, as it would in "according to Reuters, the army
said ...". A closing cue over a clause with no speaker of its own ("Fourteen soldiers died,
Reuters reported") is still the medium's; so is one whose inner clause does not hold the figure,
and a relaying speaker who is no medium ("..., the army spokesman reported") keeps the figure
(``detached_cues.closing_source``)."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import RELAY_VERBS
from tasks.extract.cues import is_cue_verb


def relayed_cue(verb: Token, target: Token) -> Token | None:
    """The reporting verb whose speaker the closing cue ``verb`` only relays: an earlier one
    above the figure that has a speaker of its own ("X said that ..."), whichever of the two
    verbs the parse puts above the other; None when ``verb`` is no relay verb or relays none."""
    if verb.lemma_.lower() not in RELAY_VERBS:
        return None
    return next((anc for anc in target.ancestors if _inner_report(anc, verb)), None)


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
