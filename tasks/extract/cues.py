"""Reporting verbs: which verbs report speech or a figure, and who performs them.

Shared by attribution (the source of a figure), quotes (the speaker of a quotation) and the
pronoun resolution in ``context`` (the reporting subject of the sentence before).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from tasks.extract.claim_words import LIFE_TAKING, PERSON_NOUNS, TAKEN_LIVES
from tasks.extract.cue_words import (
    ADDRESSEE_VERBS,
    BODY_NOUNS,
    COMPARE_VERBS,
    EVIDENCE_VERBS,
    FIGURE_VERBS,
    MISREAD_CUES,
    OFFICIAL_NOUNS,
    QUOTE_ONLY_VERBS,
    QUOTED_AS,
    REPORT_NOUNS,
    SAY_VERBS,
    TALLY_NOUNS,
    TALLY_VERBS,
)
from tasks.extract.grammar import (
    FINITE_TAGS,
    agent,
    has_passive_subject,
    name_before,
    name_read_as_adverb,
    phrase_restart,
    pobj,
    prep_object,
    put_at,
    relative_antecedent,
    source_preposition,
    subject,
)
from tasks.extract.memo import answers, per_span, per_token, sentence_of
from tasks.extract.non_speakers import past_dateline, raised_passive

_FINITE = FINITE_TAGS
_RELATIVE = ("that", "which", "who")
_HEADS = ("NOUN", "PROPN")
_NOMINAL = ("DET", "PROPN", "NOUN", "ADJ", "PART", "NUM")  # words of a name and its title


def is_cue_verb(
    tok: Token, *, quote: bool = False, evidence: bool = True, figure: bool = False
) -> bool:
    """A verb that reports speech; ``quote`` admits verbs that only do so next to a quotation
    ("“...,” he continued"), never for a number ("shelling continued"); ``evidence`` admits a
    report presenting evidence ("the study shows ..."); ``figure`` admits verbs that give a
    figure as someone's expectation ("the bank fears that 1 million ...")."""
    # asked ~120 times per article, two in three of them repeats: once per document (``memo``)
    cache, key = answers(tok.doc), (_is_cue_verb, tok.i, quote, evidence, figure)
    if (found := cache.get(key)) is None:
        found = cache[key] = _is_cue_verb(tok, quote, evidence, figure)
    return found


def _is_cue_verb(tok: Token, quote: bool, evidence: bool, figure: bool) -> bool:
    if tok.pos_ not in ("VERB", "AUX") and not _verb_read_as_noun(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    kids = list(tok.children)
    if lemma in ("put", "place"):  # "the think tank put casualties at 1.2 million"
        if quote and lemma == "put":  # "As Ann Lee put it, “...”"
            return any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
        return not quote and (put_at(tok) is not None or _put_forward(tok, figure))
    if lemma == "go":  # "“...,” he went on", not "prices went up", nor "went on to win"
        on = any(c.dep_ == "prt" and c.lower_ == "on" for c in kids)
        return quote and on and not any(g.lower_ == "to" for c in kids for g in c.children)
    if lemma == "add" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return False  # "the cuts added up to ...": a sum, not speech
    if takes_lives(tok):
        return False  # "the revolt has claimed 9,000 victims": deaths, no one's claim
    if lemma in SAY_VERBS or (quote and lemma in QUOTE_ONLY_VERBS):
        return True
    if figure and lemma in FIGURE_VERBS:
        return True
    if figure and lemma in COMPARE_VERBS:  # "X compared the cost with the £500m ...", not
        # "sales of 3 million compare with 2 million" (the figures compare: no one speaks)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        return subj is not None and _names_someone(subj)
    if figure and lemma in TALLY_VERBS:  # "the ministry gave a higher toll of 38", "the toll
        tally = ("dobj", "nsubjpass")  # was raised to 90 by the army"
        return any(c.dep_ in tally and c.lemma_.lower() in TALLY_NOUNS for c in kids)
    return evidence and lemma in EVIDENCE_VERBS and _report_subject(tok)


def _put_forward(verb: Token, figure: bool) -> bool:
    """ "Rescuers put forward a toll of 70 dead": "put forward" (or "out") a tally noun gives a
    figure as its subject's word, as "gave a toll of" does."""
    kids = list(verb.children)
    particle = ("prt", "advmod")  # "forward" is parsed either way
    if not figure or not any(c.dep_ in particle and c.lower_ in ("forward", "out") for c in kids):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TALLY_NOUNS for c in kids)


def takes_lives(verb: Token) -> bool:
    """ "The war has claimed 6,000 victims", "the attack claimed the lives of four soldiers",
    "the fighting cost 300 lives": "claim" (and "take", "cost") in its sense of causing deaths,
    with lives or victims as its object; no one's claim, so no source's word and no hedge."""
    return verb.lemma_.lower() in LIFE_TAKING and any(
        c.dep_ == "dobj" and _lives(c) for c in verb.children
    )


def _lives(obj: Token) -> bool:
    """ "300 lives", "the lives of 24", "6,000 victims", and a count of them: "thousands of
    lives", "dozens of victims"."""
    if obj.lemma_.lower() in TAKEN_LIVES:
        return True
    of = (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return any(g.dep_ == "pobj" and g.lemma_.lower() in TAKEN_LIVES for g in of)


def _verb_read_as_noun(tok: Token) -> bool:
    """ "the Budget Office projects that ...": a verb tagged a noun that still has a subject
    and a "that" clause of its own (no noun takes both)."""
    if tok.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and "ccomp" in deps


def _report_subject(verb: Token) -> bool:
    """ "The report found ...", "the study shows ...": a report presenting evidence speaks; so
    does one a participle hangs on ("with reports indicating 25 ...", "data showing 40% ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subj = verb.head
    return subj is not None and (subj.lemma_.lower() in REPORT_NOUNS or subj.lower_ in REPORT_NOUNS)


def cue_word(tok: Token) -> str:
    """The cue as written: "said", "pointed out"."""
    return "pointed out" if tok.lemma_.lower() == "point" else tok.lower_


def _outside_quote(subjects: list[Token], verb: Token) -> Token | None:
    """Of a verb's subjects, the one between the closing quotation mark and the verb: "“Three
    gunmen killed in the hills,” the account of the district police tweeted" (a quote with no
    verb of its own lends the parser its noun as a subject too)."""
    doc = verb.doc
    return next((s for s in subjects if not any(t.is_quote for t in doc[s.i : verb.i])), None)


@per_token
def speaker_of(verb: Token) -> Token | None:
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
    own = [d for c in verb.children if c.dep_ == "nsubj" and (d := past_dateline(c)) is not None]
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
    if verb.tag_ in _FINITE and (named := name_read_as_adverb(verb)) is not None:
        return named  # "“...,” says Early."
    # "Ukraine's forces reported on May 2 that ...": the verb of a sentence parsed verbless
    finite = verb.head.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in verb.children)
    finite = finite or _reports_that(verb)  # "The governor, X, reported that ..., wounded 20"
    if verb.dep_ == "acl" and (verb.tag_ == "VBG" or finite) and verb.head.pos_ in _HEADS:
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
    while start > 0 and (doc[start - 1].pos_ in _NOMINAL or doc[start - 1].lower_ == "and"):
        start -= 1
    if start == verb.i or start == 0 or doc[start - 1].lower_ not in _CLAUSE_LINKS:
        return None
    heads = [t for t in doc[start : verb.i] if t.pos_ in _HEADS]
    if not heads or heads[0].dep_ != "conj" or not any(_names_someone(h) for h in heads):
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


class Cue(NamedTuple):
    """A reporting verb and who performs it."""

    verb: Token
    speaker: Token


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
        if verb.tag_ in _FINITE and is_cue_verb(verb, quote=True) and verb.right_edge.i >= end:
            speaker = speaker_of(verb) or _phrase_before(verb, sent)
            if speaker is None:
                break  # maybe "the research notes" with "research" read as a compound
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
    if not all(t.pos_ in _NOMINAL or t.pos_ == "CCONJ" for t in words):
        return None
    heads = [t for t in words if not start <= t.head.i < verb.i and t.pos_ in _HEADS]
    return heads[0] if len(heads) == 1 and _names_someone(heads[0]) else None


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
            if _names_someone(late) and _closes(late, sent):
                return Cue(verb, late)
            continue
        if late is not None and not _reports_clause_before(verb):
            continue  # its own subject ("photos estimates the X": a word of the clause)
        if verb.dep_ == "amod" and verb.head.pos_ == "PROPN" and verb.head.i > k:
            named = doc[k + 1 : verb.head.i + 1]
            if all(t.pos_ in _NOMINAL or t.dep_ == "case" for t in named):
                return Cue(verb, verb.head)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and _addressee(verb, late):
            continue  # "“...,” the mayor told AFP, adding ...": AFP is told, the mayor tells
        if obj is not None and _names_someone(obj) and _closes(obj, sent):
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


def _names_someone(tok: Token) -> bool:
    """A name or a body that can speak: "the defence ministry", "Acme", "a senior official",
    or one of some people ("one of its residents", "two of the witnesses")."""
    lemma = tok.lemma_.lower()
    named = tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    return named or lemma in BODY_NOUNS or lemma in OFFICIAL_NOUNS or one_of_people(tok)


def partitive_of(tok: Token) -> Token | None:
    """What a number word picks from: "[residents]" in "one of its residents"."""
    return prep_object(tok, ("of",)) if tok.pos_ == "NUM" and tok.is_alpha else None


def one_of_people(tok: Token) -> bool:
    """A number word picking from people or a body that can speak ("one of its residents",
    "two of the witnesses"): a speaker, not a count of them."""
    people = partitive_of(tok)
    return people is not None and (_names_someone(people) or people.lemma_.lower() in PERSON_NOUNS)


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
    while left > sent.start and doc[left - 1].pos_ in _NOMINAL and doc[left - 1].text != ",":
        left -= 1
    if left <= sent.start:
        return False
    has_comma = any(t.text == "," for t in doc[sent.start : left])
    return has_comma and doc[left - 1].text in (",", "”", '"')
