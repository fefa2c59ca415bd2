"""Who performs a reporting verb: its subject, a passive agent, a name the parse left beside the
verb, the noun a relative clause or a participle hangs on, whom "X quoted Y as saying" quotes, or
the speaker of the verb a participle goes on from. ``cues`` decides which verbs report.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.cue_words import QUOTED_AS, REPORT_NOUNS
from tasks.extract.cues import is_cue_verb, names_someone
from tasks.extract.grammar import (
    FINITE_TAGS,
    agent,
    has_passive_subject,
    name_before,
    name_read_as_adverb,
    phrase_restart,
    pobj,
    relative_antecedent,
    source_preposition,
    subject,
)
from tasks.extract.memo import per_token, sentence_of
from tasks.extract.non_speakers import dateline_end, raised_passive, subjects_past_dateline

_RELATIVE = ("that", "which", "who")
HEADS = ("NOUN", "PROPN")
NOMINAL = ("DET", "PROPN", "NOUN", "ADJ", "PART", "NUM")  # words of a name and its title


def _outside_quote(subjects: list[Token], verb: Token) -> Token | None:
    """Of a verb's subjects, the one between the closing quotation mark and the verb: "“Three
    gunmen killed in the hills,” the account of the district police tweeted" (a quote with no
    verb of its own lends the parser its noun as a subject too)."""
    doc = verb.doc
    return next((s for s in subjects if not any(t.is_quote for t in doc[s.i : verb.i])), None)


@per_token
def speaker_of(verb: Token) -> Token | None:
    """Who performs a reporting verb (see ``_performer``); never a word of a wire story's
    dateline, which the parse may hang anything on ("KINSHASA, May 2 (AP) - ..., the minister
    said" with the minister in apposition to the agency): the place and the agency carry the
    story, they do not speak in it."""
    found = _performer(verb)
    return None if found is not None and dateline_end(found) is not None else found


def _performer(verb: Token) -> Token | None:
    """Who performs a reporting verb: its subject, a passive agent ("was told by X"), a name
    the parser left just before the verb ("the governor, Serhiy Haidai, said"), the noun a
    relative clause or a participle hangs on ("a report that said", "with the minister
    saying"), or the subject of the verb it is conjoined to ("stood up and said"). A passive
    subject is what was said or reported ("Damage was recorded in 50 ..."), unless the verb
    quotes it ("he was quoted as saying")."""
    if (quoted := quoted_as(verb)) is not None:
        return quoted  # "X quoted Y as saying", "Y was quoted by X as saying": Y
    if (by := agent(verb)) is not None and not any(c.dep_ == "dobj" for c in verb.children):
        return by  # not an active verb's object's "by" ("called decisions by the council ...")
    if has_passive_subject(verb):
        if verb.lemma_.lower() in QUOTED_AS:
            return subject(verb)
        return _document_in(verb)  # "is described on the sanctions list as ..."
    own = subjects_past_dateline(verb)
    if raised_passive(verb):  # "the people believed to have fled": said by no one named
        return None
    if after := [c for c in own if c.i > verb.i and verb.doc[verb.i - 1].is_quote]:
        own = after  # "“..., the inability to ...,” said OCHA": a noun of the quote is not it
    if (reporter := _aside_reporter(verb, own)) is not None:
        return reporter
    if own:
        # of two subjects, the person, else the name after its description ("the news
        # agency Interfax reported": both parsed as subjects)
        later = [c for c in own[1:] if c.pos_ == "PROPN" and c.is_title and c.nbor(-1).is_alpha]
        subj = next((c for c in own if c.ent_type_ == "PERSON"), later[0] if later else own[0])
        if any(t.is_quote for t in verb.doc[subj.i + 1 : verb.i]):
            # a word of the quotation taken for the subject: the name before the verb speaks
            subj = name_before(verb) or _outside_quote(own, verb) or subj
        if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return relative_antecedent(verb)
        return None if subj.lower_ in ("this", "that") else subj
    if verb.i > 0 and verb.doc[verb.i - 1].is_quote:  # "“...?” inquired one member of ..."
        inverted = next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "npadvmod")), None)
        if inverted is not None and inverted.pos_ in ("NOUN", "PROPN"):
            return inverted
    # a trailing "..., the governor, Anna Petrenko, said" parsed as a verb conjoined to the
    # sentence's main verb: the name before the verb speaks, not the main verb's subject
    if (named := name_before(verb) or _name_after(verb)) is not None:
        return named
    if verb.tag_ in FINITE_TAGS and (named := name_read_as_adverb(verb)) is not None:
        return named  # "“...,” says Early."
    # "Ukraine's forces reported on May 2 that ...": the verb of a sentence parsed verbless
    finite = verb.head.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in verb.children)
    finite = finite or _reports_that(verb)  # "The governor, X, reported that ..., wounded 20"
    if verb.dep_ == "acl" and (verb.tag_ == "VBG" or finite) and verb.head.pos_ in HEADS:
        if verb.head.dep_ == "attr" and (described := subject(verb.head.head)) is not None:
            return described  # "Ann Lee was the third witness testifying": Ann Lee
        return verb.head  # "..., with its spokesman, Ivan Petrov, calling the claims “...”"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        if (with_noun := _with_before(verb)) is not None:
            return with_noun  # "..., with its spokesman, Ivan Petrov, calling it “...”"
        # "X said ... that ..., adding that ...": the reporting verb's speaker, else the subject
        # of the clause the participle hangs on ("X raised concerns, saying ...")
        cue = next((a for a in verb.ancestors if is_cue_verb(a)), None)
        if cue is not None:
            return speaker_of(cue)
        head = verb.head  # "X disputed that Y was Z, saying ...": X, not the embedded Y
        while head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX"):
            head = head.head
        if (source := according_object(head)) is not None:
            return source  # "According to a nurse, “...”, adding that ...": the nurse
        return subject(head) if head.pos_ in ("VERB", "AUX") else None
    if (own_subject := _subject_read_as_object(verb)) is not None:
        return own_subject  # "X wouldn't give a toll but local media said ..."
    if (participle := _participle_conjoined(verb)) is not None:
        return speaker_of(participle)  # "..., estimating that 30 died and mentioning “...”"
    if (describer := _zero_relative_subject(verb)) is not None:
        return describer
    if any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_.lower() not in QUOTED_AS:
        return _document_in(verb)  # "X went on sale and is expected to cost ...": not X's word
    return subject(verb, ("nsubj",))


_CLAUSE_LINKS = frozenset({"but", "while", "whereas", "yet"})


def _subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a conjoined reporting verb that the parse joined to the object before it:
    "The governor wouldn't give a toll but local media and residents said ...": "media" is the
    second clause's subject, not a second thing the governor would not give."""
    if verb.dep_ != "conj" or verb.i < 2:
        return None
    doc, start = verb.doc, verb.i
    while start > 0 and (doc[start - 1].pos_ in NOMINAL or doc[start - 1].lower_ == "and"):
        start -= 1
    if start == verb.i or start == 0 or doc[start - 1].lower_ not in _CLAUSE_LINKS:
        return None
    heads = [t for t in doc[start : verb.i] if t.pos_ in HEADS]
    if not heads or heads[0].dep_ != "conj" or not any(names_someone(h) for h in heads):
        return None
    return heads[0]


def _reports_that(verb: Token) -> bool:
    """A past reporting verb the parse hung on the noun before it that reports a "that" clause:
    no reduced relative takes one ("the governor reported that ..."), so the noun is its
    subject, wherever the parse made that noun the subject of a later verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    said = (c for c in verb.children if c.dep_ == "ccomp")
    return any(g.dep_ == "mark" and g.lower_ == "that" for c in said for g in c.children)


def according_object(clause: Token) -> Token | None:
    """Whom an "according to X" ("as per X") on ``clause`` names: X, the understood subject of
    a reporting participle hung on that clause."""
    lead = next((c for c in clause.children if c.dep_ == "prep" and source_preposition(c)), None)
    return pobj(lead.nbor()) if lead is not None else None


def _participle_conjoined(verb: Token) -> Token | None:
    """The reporting participle that a participle conjoined to a finite verb goes on from: in
    "..., estimating that 30 died and mentioning “many wounded”" the parse joins "mentioning"
    to "died", though a participle only coordinates with a participle ("estimating")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.tag_ == "VBG":
        return None
    return next((a for a in verb.ancestors if a.tag_ == "VBG" and a.dep_ == "advcl"), None)


def _aside_reporter(verb: Token, own: list[Token]) -> Token | None:
    """Of two subjects, the one of a reporting clause set off inside the clause it reports,
    which the parse made the reporting verb's: "Mr Lowe, the minister told reporters, had
    misled ..." (the minister, not Mr Lowe; not "The governor, Ann Lee, said": a comma
    closes a name in apposition before its verb)."""
    before = [c for c in own if c.i < verb.i]
    said = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if not before or said is None:
        return None
    # the parse makes the reporter a second subject or the first one's apposition
    far = before[0]
    appos = (c for c in far.rights if c.dep_ == "appos" and c.right_edge.i == verb.i - 1)
    near = before[-1] if len(before) > 1 else next(appos, far)
    doc = verb.doc
    parted = near.i != far.i and doc[near.left_edge.i - 1].text == ","
    close = not any(t.is_punct for t in doc[near.right_edge.i + 1 : verb.i])
    closed = any(t.text == "," for t in doc[verb.i + 1 : said.left_edge.i])
    return near if parted and close and closed else None


def _zero_relative_subject(verb: Token) -> Token | None:
    """The subject of a relative clause with no "that" that the parse read as a participle on
    it: "a reception one senior diplomat described as a “mugging”" (the diplomat describes; not
    "a diplomat described as “brilliant”", where nothing names a thing before the diplomat).
    The parse runs two noun phrases into one (see ``phrase_restart``)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if agent(verb) is not None or head.i > verb.i:
        return None
    return head if phrase_restart(head) is not None else None


def quoted_as(verb: Token) -> Token | None:
    """Whom "X quoted (cited, reported) Y as saying ..." or "Y was quoted by X as saying ..."
    quotes, asked of the verb or of its "saying": Y."""
    if verb.lemma_.lower() == "say" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_.lower() not in QUOTED_AS and verb.lemma_.lower() != "report":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    if has_passive_subject(verb):
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "DET"), None)


def _with_before(verb: Token) -> Token | None:
    """The noun of a "with" phrase that ends right before a participle: "..., with its
    spokesman, Ivan Petrov, calling ..." (the spokesman)."""
    doc, k = verb.doc, verb.i - 1
    while k > sentence_of(verb).start and doc[k].is_punct:
        k -= 1
    tok = doc[k]
    for anc in (tok, *tok.ancestors):
        if anc.dep_ == "pobj" and anc.head.lower_ == "with":
            return anc if _absolute_with(anc.head) and k <= anc.right_edge.i < verb.i else None
        if anc.i == verb.head.i or anc.dep_ not in ("pobj", "prep", "appos", "compound"):
            break
    return None


def _absolute_with(with_: Token) -> bool:
    """A "with" set off by a comma on a clause ("..., with X saying"), not a noun's ("an
    interview with Reuters, noting ...")."""
    return with_.i > 0 and with_.doc[with_.i - 1].text == "," and with_.head.pos_ in ("VERB", "AUX")


def _name_after(verb: Token) -> Token | None:
    """An inverted "..., said Niklas Masuhr at the Center ..." that the parser left without a
    subject: the person named right after the verb."""
    doc = verb.doc
    if not 0 < verb.i < len(doc) - 1 or doc[verb.i - 1].text not in (",", "”", '"'):
        return None
    nxt = doc[verb.i + 1]
    if nxt.ent_type_ != "PERSON":
        return None
    end = nxt.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _document_in(verb: Token) -> Token | None:
    """A report a passive cue verb is found in: "described in the report as", "listed on the
    sanctions list"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in REPORT_NOUNS:
                return obj
    return None
