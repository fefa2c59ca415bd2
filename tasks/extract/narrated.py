"""Who a phrase quoted in narration comes from when no reporting verb, "according to" or speech
noun names anyone: the document, body or person that the clause holding it is about ("The new
rules bar firms “from selling arms”": the rules; "The court suspended him after he “misused
client money”": the court; "Ms Lee is convinced that “the bridge will stand”": Ms Lee), else the
speaker of a quotation just before it (an article going through a report, quoting it in phrases
between its full quotations: "Monitors were stopped by men with “automatic weapons”").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import BODY_NOUNS, REPORT_NOUNS
from tasks.extract.grammar import has_passive_subject, noun_phrase, subject
from tasks.extract.referents import is_thing
from tasks.extract.spoken_by import Speaker, speaker_from, speech_owner
from tasks.schema import AttributionKind

# Documents whose wording an article quotes without a reporting verb ("the law bars ...", "the
# draft conclusions say ..."): lemmas, beside REPORT_NOUNS.
_DOCUMENTS = frozenset({
    "law", "rule", "regulation", "decree", "amendment", "bill", "text", "resolution", "treaty",
    "agreement", "act", "directive", "code", "constitution", "charter", "accord", "ruling",
    "verdict", "judgment", "judgement", "guideline", "conclusion", "declaration", "draft",
    "order", "sanction", "ban", "embargo", "proposal", "plan", "strategy", "manifesto",
})  # fmt: skip
# Passive verbs of a state of mind whose subject holds the view quoted: "is convinced that ...".
_MINDED = frozenset({"convince", "persuade", "determine", "worry", "concern", "satisfy"})
_CARRY_CHARS = 400  # how far back the quotation whose speaker a cue-less phrase takes may end
_CARRY_PARAGRAPHS = 2  # ... and how many paragraph breaks may lie between them


def source_of_clause(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """The document, body or person that the clauses over the quoted phrase are about: the
    subject of the highest verb above the phrase that has one that can be a source (not a
    passive subject, not a thing, not inside a quotation): "The memo advises that Mr Ode should
    resign, as his allies “no longer trust him”" (the memo, not Mr Ode)."""
    found, below = None, inside.root
    for anc in inside.root.ancestors:
        below, child = anc, below
        if inside.start <= anc.i < inside.end:
            continue
        if anc.lemma_.lower() in REPORT_NOUNS and child.lower_ in ("of", "about"):
            return found  # "followed reports of “...”": the reports' words, not the subject's
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        subj = subject(anc)
        if subj is None or inside.start <= subj.i < inside.end or ctx.in_quote(subj.idx):
            continue
        if has_passive_subject(anc) and anc.lemma_.lower() not in _MINDED:
            continue  # "men with guns were “observed near the base”": what was seen
        found = _source(subj, ctx) or found
    return found


def _source(subj: Token, ctx: ArticleContext) -> Speaker | None:
    lemma = subj.lemma_.lower()
    if speech_owner(subj) is not None:  # "The governor's statement that ... “...”": hers
        return speaker_from(subj, ctx, None)
    if subj.pos_ == "NOUN" and (lemma in _DOCUMENTS or lemma in REPORT_NOUNS):
        written = noun_phrase(subj).text
        return Speaker(_bare(written), written, None, AttributionKind.ORGANIZATION)
    if subj.pos_ == "PRON" and subj.lower_ not in ("he", "she"):
        return None  # "it"/"they" with no reporting verb: nothing says what they stand for
    if is_thing(subj, ctx):
        return None
    if subj.pos_ == "NOUN" and not ctx.is_person_like(subj) and lemma not in BODY_NOUNS:
        return None  # "their observations “produced evidence”", "the crowd"
    return speaker_from(subj, ctx, None)


def _bare(written: str) -> str:
    """A document's name as a speaker, without its article ("the new law" -> "new law")."""
    first, _, rest = written.partition(" ")
    return rest if rest and first.lower() in ("the", "a", "an") else written


def carried_to_phrase(text: str, start: int, end_before: int, previous: Speaker) -> Speaker | None:
    """The speaker of the quotation just before a cue-less quoted phrase, when it ends close
    by (in the same paragraph or the ones just before)."""
    gap = text[end_before:start]
    if len(gap) < _CARRY_CHARS and gap.count("\n\n") <= _CARRY_PARAGRAPHS:
        return previous
    return None
