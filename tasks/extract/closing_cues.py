"""Reporting clauses that close a sentence and whose they are: "..., the spokesman, Tom Brown,
said.", "..., estimated the country's General Staff", "..., the research notes." (a verb the
parser read as a noun). What the sentence says before such a clause is its speaker's word.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.cue_speakers import HEADS, NOMINAL, speaker_of
from tasks.extract.cue_words import ADDRESSEE_VERBS, MISREAD_CUES
from tasks.extract.cues import Cue, is_cue_verb, names_someone
from tasks.extract.grammar import FINITE_TAGS, prep_object
from tasks.extract.memo import per_span
from tasks.extract.quantity_words import ANAPHORIC_WHOLES


@per_span
def trailing_cue(sent: Span) -> Cue | None:
    """A reporting verb that closes its sentence after a comma, with its speaker between them:
    "A claimed ..., the spokesman, Tom Brown, said." Whatever the sentence says before it is
    that speaker's word, even a cue of its own ("A claimed"). The parser sometimes reads the
    closing "the research notes" as a noun phrase: that counts too."""
    end = sent.end - 1
    doc = sent.doc
    while end > sent.start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    for k in range(end, max(sent.start, end - 6), -1):  # "said on Monday", "said in a statement"
        verb = doc[k]
        if verb.tag_ in FINITE_TAGS and is_cue_verb(verb, quote=True) and verb.right_edge.i >= end:
            speaker = speaker_of(verb) or _phrase_before(verb, sent)
            if speaker is None:
                break  # maybe "the research notes" with "research" read as a compound
            if speaker.i < verb.i and not _after_comma(speaker, sent):
                # a noun of the reported clause taken for the subject: the phrase before the
                # verb speaks ("..., army spokesman, Colonel Ann Lee announced Sunday")
                speaker = _joined_subject(verb, sent) or _phrase_before(verb, sent) or speaker
            if speaker.i < verb.i and _counted_aside(speaker):
                speaker = _phrase_before(verb, sent) or speaker
            if speaker.i > verb.i or not _after_comma(speaker, sent):
                return None
            return Cue(verb, speaker)
    last = doc[end]  # "..., the research notes." read as a noun phrase, or "notes" as a verb
    speaker = misread_cue(last)  # with "research" its compound
    if speaker is not None:
        first = min(c.i for c in last.lefts if c.dep_ in ("det", "compound", "amod", "poss"))
        if doc[first - 1].text in (",", "”", '"'):
            return Cue(last, speaker)
    return None


def _joined_subject(verb: Token, sent: Span) -> Token | None:
    """The speaker of a closing "..., a local official said" that the parse joined as a
    conjunct to a gapped "12 were killed and 5 others injured ...": the verb then has two
    subjects, the counted "others" and its own; its own is the last one, after a comma. Only
    for a verb that says nothing of its own (no complement), so "12 died and police said 5
    were hurt" keeps the police to their own clause."""
    if verb.dep_ != "conj" or any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2 or not _after_comma(subjects[-1], sent):
        return None
    return subjects[-1] if names_someone(subjects[-1]) else None


# Dependents by which a verb says something of its own rather than close the sentence's report.
_OWN_COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp", "attr"})


def _counted_aside(speaker: Token) -> bool:
    """ "..., left at least 18 dead, half of them civilians, monitors and local sources said":
    the parse made the aside that splits the count ("half of them") the verb's subject and
    hung the speakers on it, or took the aside's noun for the subject with the part as its own
    subject ("half of them" under "civilians"). A part picked from "them" counts the figure's
    people; it speaks only where no noun phrase of its own closes the sentence ("..., one of
    them said")."""
    parts = [speaker, *(c for c in speaker.children if c.dep_ == "nsubj")]
    wholes = (prep_object(part, ("of",)) for part in parts)
    return any(whole is not None and whole.lower_ in ANAPHORIC_WHOLES for whole in wholes)


def _phrase_before(verb: Token, sent: Span) -> Token | None:
    """The speaker of a closing "..., a local official and a rebel group said." that the parse
    left without a subject (hanging the phrase on a noun before the comma as an apposition):
    the noun phrase between the last comma and the verb, when it names someone."""
    doc, start = sent.doc, verb.i
    while start > sent.start and doc[start - 1].text != ",":
        start -= 1
    words = doc[start : verb.i]
    if not len(words) or start == sent.start:
        return None
    if not all(t.pos_ in NOMINAL or t.pos_ == "CCONJ" for t in words):
        return None
    heads = [t for t in words if not start <= t.head.i < verb.i and t.pos_ in HEADS]
    if len(heads) != 1:
        return None
    # "monitors and local sources": one conjunct that can speak makes the phrase a speaker
    return heads[0] if any(names_someone(t) for t in heads[0].conjuncts + (heads[0],)) else None


def inverted_cue(sent: Span, after: int) -> Cue | None:
    """ "It lost 3,000 troops in May, estimated the country's General Staff": a reporting verb
    after a comma and after token ``after``, with no subject of its own, that the parser read
    as a modifier of the name that follows it, or as a verb taking that name as its object
    ("..., estimated the defence ministry." closing the sentence); that name speaks."""
    doc = sent.doc
    for k in range(max(after + 1, sent.start + 1), sent.end - 1):
        verb = doc[k]
        if doc[k - 1].text != "," and not _reports_clause_before(verb):
            continue  # "... owns 600 photos estimates the Acme Association": no comma
        if verb.tag_ not in ("VBD", "VBN", "VBZ") or not is_cue_verb(verb, figure=True):
            continue
        late = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if late is not None and late.i > k:  # "..., predicts research group JD Power."
            if names_someone(late) and _closes(late, sent):
                return Cue(verb, late)
            continue
        if late is not None and not _reports_clause_before(verb):
            continue  # its own subject ("photos estimates the X": a word of the clause)
        if verb.dep_ == "amod" and verb.head.pos_ == "PROPN" and verb.head.i > k:
            named = doc[k + 1 : verb.head.i + 1]
            if all(t.pos_ in NOMINAL or t.dep_ == "case" for t in named):
                return Cue(verb, verb.head)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and _addressee(verb, late):
            continue  # "“...,” the mayor told AFP, adding ...": AFP is told, the mayor tells
        if obj is not None and names_someone(obj) and _closes(obj, sent):
            return Cue(verb, obj)
    return None


def _addressee(verb: Token, subject: Token | None) -> bool:
    """Whether the object of ``verb`` is whom its own subject before it talks to ("the mayor
    told AFP", "Ochieng informed reporters"): an addressee, never the one who speaks, even when
    a participle ("..., adding that ...") after it lets it close the sentence."""
    told = verb.lemma_.lower() in ADDRESSEE_VERBS
    return told and subject is not None and subject.i < verb.i


def _reports_clause_before(verb: Token) -> bool:
    """A sentence's main verb that comes after the clause it reports, with no comma between:
    "The average home holds 600 photos estimates the Acme Association" (or the verb read as
    conjoined to that clause's verb with no "and" between them)."""
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i > verb.i:
        return False
    return not any(c.dep_ in ("cc", "punct") and head.i < c.i < verb.i for c in head.children)


def _closes(tok: Token, sent: Span) -> bool:
    """Whether ``tok``'s phrase ends its sentence (punctuation aside, and a participle about
    the speaker after a comma: "..., said one resident, speaking on condition of anonymity")."""
    rest = sent.doc[tok.right_edge.i + 1 : sent.end]
    if len(rest) > 1 and rest[0].text == "," and rest[1].tag_ == "VBG" and rest[1].dep_ == "advcl":
        rest = sent.doc[rest[1].right_edge.i + 1 : sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def misread_cue(tok: Token) -> Token | None:
    """ "War Watch notes ...", "the research notes": a reporting verb the parser read as a
    plural noun (or a verb without a subject) with its speaker as a compound; the speaker."""
    if tok.lower_ not in MISREAD_CUES:
        return None
    return next((c for c in reversed(list(tok.lefts)) if c.dep_ == "compound"), None)


def _after_comma(speaker: Token, sent: Span) -> bool:
    """Whether the speaker's phrase starts right after a comma or a closing quotation mark, with
    something said before it in the sentence."""
    doc, left = sent.doc, speaker.left_edge.i
    # "..., Russia’s state news agency TASS reported" with the name parsed apart from its title
    while left > sent.start and doc[left - 1].pos_ in NOMINAL and doc[left - 1].text != ",":
        left -= 1
    if left <= sent.start:
        return False
    has_comma = any(t.text == "," for t in doc[sent.start : left])
    return has_comma and doc[left - 1].text in (",", "”", '"')
