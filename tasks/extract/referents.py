"""Who a phrase names as a source: a person (through a title, an apposition or a pronoun), an
organisation, the media, an anonymous official, several sources.

"he"/"she" resolve through ``context``; "it"/"they" as speakers walk back to something that can
speak. ``attribution`` decides which phrase names the source; this module says who that is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tasks.extract.body_pronouns import body_spoke_before
from tasks.extract.claim_words import PERSON_NOUNS
from tasks.extract.context import ArticleContext, subjects_of
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import (
    BODY_NOUNS,
    COLLECTIVE_NOUNS,
    HEAD_NOUNS,
    MEDIA,
    NOT_SOURCES,
    OFFICIAL_NOUNS,
    PART_OF_NOUNS,
    PERSONAL_PRONOUNS,
    POST_NOUNS,
    REPORT_NOUNS,
    SOURCE_NOUN,
    SPOKESPERSON_NOUNS,
    THING_PRONOUNS,
)
from tasks.extract.cues import is_cue_verb, partitive_of
from tasks.extract.deployments import deployed_in
from tasks.extract.grammar import (
    according_source,
    entity_at,
    is_measure,
    noun_phrase,
    pobj,
    proper_name,
    sentences_back,
    subject,
)
from tasks.extract.initials import spelled_before_initials
from tasks.extract.it_referents import (
    author_of,
    lone_name,
    main_subject_stands_for_it,
    stands_for,
)
from tasks.extract.memo import sentence_of
from tasks.extract.names import canonical_org, strip_person
from tasks.extract.org_names import (
    appositive_org,
    clean_name,
    is_media,
    titled_by_of,
    whole_org,
    with_name_tail,
    without_descriptor,
)
from tasks.extract.place_words import POST_PLACE_WORDS, REGION_NOUNS
from tasks.extract.role_anaphors import named_post_holder
from tasks.extract.title_holders import person_in
from tasks.schema import AttributionKind

# Nouns of actions and qualities (a suffix after a stem of at least _MIN_STEM letters), and the
# institutions among them that no other word list (BODY_NOUNS, COLLECTIVE_NOUNS...) holds: "the
# restoration revealed" names no speaker.
_ACTION_OR_QUALITY = re.compile(r"(?:tion|sion|ment|ance|ence|ness|ity|ing|ism)$")
_MIN_STEM = 4
_INSTITUTIONS = frozenset(
    {
        "administration", "community", "foundation", "alliance", "prosecution", "movement",
        "publication", "resistance", "majority", "convention", "confederation", "corporation",
        "institution", "legislation", "presidency",
    }
)  # fmt: skip
# Reports that are figures, with no words of their own to quote ("the data showed a “...”").
_FIGURES = frozenset({
    "data", "datum", "figure", "statistic", "count", "tally", "index", "model", "estimate",
    "projection", "calculation", "census", "finding",
})  # fmt: skip
_THINGS_BACK = 4  # how many sentences back "it said" / "they said" looks for what it means


@dataclass(frozen=True)
class Named:
    """Who a phrase names as a source, and what kind of source that is."""

    name: str
    kind: AttributionKind


def describe(head: Token, ctx: ArticleContext) -> Named | None:
    """Who the phrase headed by ``head`` names as a source, or None when it names none."""
    low = head.lower_
    if _acronym(head):  # "says WHO": the World Health Organization, not "who"
        return Named(head.text, AttributionKind.ORGANIZATION)
    if low in PERSONAL_PRONOUNS:
        return _person_pronoun(head, ctx)
    if low in THING_PRONOUNS and head.dep_ == "nsubj" and is_cue_verb(head.head, quote=True):
        return _thing_antecedent(head, ctx)  # "It said:", "They said 42 other people ..."
    pronoun = head.pos_ == "PRON" and head.is_stop and not _part_of_named(head)
    if pronoun or low in NOT_SOURCES or is_measure(head):
        return None  # a word of no closed class tagged a pronoun is a name ("Houthis say")
    phrase = _in_org_name(head) or noun_phrase(head)
    person = person_in(head, phrase, ctx)
    if person is not None:
        return Named(ctx.names.canonical(person.text), AttributionKind.PERSON)
    if known := ctx.known_person(head):
        return Named(known, AttributionKind.PERSON)  # NER missed a known person
    if holder := named_post_holder(head, ctx):
        return Named(holder, AttributionKind.PERSON)  # "X, ..., said ... the official said"
    # an organisation, or a name tagged a person that no person check took ("Levada Center")
    named = head.ent_type_ == "ORG" or head.ent_type_ == "PERSON"
    org = whole_org(entity_at(head)) if named else appositive_org(head)
    org = spelled_before_initials(head) or org  # "the Network for ... and Human Rights (NDHR)"
    if org is None and head.ent_type_ == "GPE" and (place := entity_at(head)) is not None:
        phrase = place  # "estimates from the US, Ukraine, and ...": the head's own country
    elif org is None and head.pos_ == "PROPN":
        # "the U.N. High Commissioner for Refugees"; "market analysts Panlogic" -> Panlogic
        phrase = without_descriptor(with_name_tail(phrase))
    text = clean_name(org.text if org is not None else _undated(_without_description(phrase)))
    lemma = head.lemma_.lower()
    if org is None and lemma in OFFICIAL_NOUNS and (near := _said_near(head)) is not None:
        text = clean_name(f"{text} {near}")  # "a source close to the army", not "source"
    elif org is None and lemma == SOURCE_NOUN and (among := _sources_among(head)) is not None:
        text = clean_name(f"{text} {among}")  # "sources at security firms", not "sources"
    elif org is None and (body := _post_in(head)) is not None and body not in text:
        text = clean_name(f"{text} {body}")  # "a spokesman of the rebel alliance"
    elif org is None and (where := deployed_in(head)) is not None and where not in text:
        text = clean_name(f"{text} {where}")  # "the U.S. forces in Afghanistan"
    if lemma == SOURCE_NOUN and head.tag_ in ("NNS", "NNPS"):  # "multiple sources"
        return Named(text, AttributionKind.MULTIPLE_SOURCES)
    if is_media(text) or low in MEDIA:
        return Named(canonical_org(text), AttributionKind.MEDIA)
    if (
        org is None
        and lemma in OFFICIAL_NOUNS
        and not (lemma in COLLECTIVE_NOUNS and head.pos_ == "PROPN")
    ):
        return Named(text, AttributionKind.OFFICIAL_ANONYMOUS)  # not "the General Staff"
    if head.ent_type_ in ("ORG", "GPE", "NORP") or head.pos_ == "PROPN":
        return Named(canonical_org(text), AttributionKind.ORGANIZATION)
    return Named(text, AttributionKind.ORGANIZATION)


def named_conjunct(head: Token) -> Token:
    """Of sources coordinated as one speaker ("the militant group and Somali officials said"),
    the first that carries a name when ``head``'s own phrase names no one: a description of a
    body ("the militant group") says less than "Somali officials"; ``head`` otherwise."""
    if carries_name(head) or head.lemma_.lower() in OFFICIAL_NOUNS:
        return head  # "the minister and Paul Ekani": two people, the first speaks first
    nouns = (c for c in head.conjuncts if c.i > head.i and c.pos_ in ("NOUN", "PROPN"))
    return next((c for c in nouns if carries_name(c)), head)


def carries_name(head: Token) -> bool:
    """Whether the phrase headed by ``head`` holds a name ("Somali officials", "al Shabaab")."""
    named = ("ORG", "NORP", "GPE", "PERSON")
    return any(t.pos_ == "PROPN" or t.ent_type_ in named for t in noun_phrase(head))


def _said_near(head: Token) -> str | None:
    """The adjective phrase after an anonymous source that says whom it is near, its only
    name: "a source close to the army", "officials familiar with the talks"."""
    adj = next((c for c in head.rights if c.dep_ == "amod" and c.pos_ == "ADJ"), None)
    if adj is None or not any(c.dep_ == "prep" for c in adj.children):
        return None
    return head.doc[adj.i : adj.right_edge.i + 1].text


# Prepositions that say which body unnamed sources belong to: "sources at security firms",
# "sources within the army", "sources in the interior ministry".
_AMONG = frozenset({"at", "in", "within", "inside", "from", "among"})


# Prepositions that say in which body a post is: "an official of X", "a commander in X", "an
# officer with X" ("a spokesman for X" says whom they speak for: X when named, else no one).
_POST_IN = frozenset({"of", "in", "within", "at", "with", "from"})  # "an officer from X police"


def _post_in(head: Token) -> str | None:
    """The phrase after an unnamed holder of a post that names the body they serve, their only
    name: "of the rebel alliance", "in a pro-government militia"; not a place ("an official in
    the capital", "in Kabul"), nor a bare noun ("an official in charge")."""
    if head.lemma_.lower() not in POST_NOUNS or head.pos_ != "NOUN":
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _POST_IN), None)
    if prep is None or (obj := pobj(prep)) is None:
        return None
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in REGION_NOUNS | POST_PLACE_WORDS:
        return None
    if obj.ent_type_ in _NOT_BODIES or not _body_told_apart(obj):
        return None
    return head.doc[prep.i : noun_phrase(obj).end].text


_NOT_BODIES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _body_told_apart(obj: Token) -> bool:
    """A body a determiner, an owner or a name before it singles out: "the rebel alliance",
    "its militia", "Basra police"; not a bare noun ("in charge", "with experience")."""
    return any(
        c.dep_ in ("det", "poss") or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in obj.children
    )


def _sources_among(head: Token) -> str | None:
    """The phrase after "sources" that says whose sources they are, their only name: "sources
    at security companies (involved in ...)" -> "at security companies"; not a place ("sources
    in Gaza": where they are, not which) nor a time."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _AMONG), None)
    obj = pobj(prep) if prep is not None else None
    if prep is None or obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if obj.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return None
    return head.doc[prep.i : noun_phrase(obj).end].text


def post_at(head: Token, preps: tuple[str, ...] = ("at",)) -> str | None:
    """The named body after a role noun that says where the post is, part of the only name a
    speaker no earlier name fits has: "the former permanent secretary at the Treasury", not
    "secretary" alone; with ``preps``, also whom a spokesperson speaks for ("a spokesperson
    from Acme", "a spokesman for Mr Lee")."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    obj = pobj(prep) if prep is not None else None
    if prep is None or obj is None or not _named_body(obj):
        return None
    end = next((t.i for t in head.doc[obj.i : obj.right_edge.i + 1] if t.text == ","), None)
    return head.doc[prep.i : end if end is not None else obj.right_edge.i + 1].text


def body_spoken_for(head: Token) -> Named | None:
    """The organisation a spokesperson speaks for, named after them: "a spokeswoman for Acme
    Re" gives a figure on Acme Re's word (not "a spokesman for Mr Lee": a person, who keeps
    the spokesman)."""
    if head.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "from")), None)
    obj = pobj(prep) if prep is not None else None
    org = whole_org(entity_at(obj)) if obj is not None and obj.ent_type_ == "ORG" else None
    if org is None:
        return _deployment_spoken_for(obj)
    return Named(canonical_org(clean_name(org.text)), AttributionKind.ORGANIZATION)


def _deployment_spoken_for(obj: Token | None) -> Named | None:
    """A force or mission named with where it serves, which a spokesperson speaks for: "a
    spokesman for the UN mission in Mali", "a spokeswoman for the U.S. forces in Afghanistan"
    (the place is part of the body's name: ``deployed_in``)."""
    where = deployed_in(obj) if obj is not None else None
    if obj is None or where is None:
        return None
    name = clean_name(f"{noun_phrase(obj).text} {where}")
    return Named(name, AttributionKind.ORGANIZATION)


def _named_body(obj: Token) -> bool:
    """A name, or a body a name says which it is ("the Odesa regional administration"), not
    one no name tells apart ("the family", "the company")."""
    if obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "GPE"):
        return True
    lemma = obj.lemma_.lower()
    return (lemma in BODY_NOUNS or lemma in _INSTITUTIONS) and any(
        c.pos_ == "PROPN" for c in obj.lefts if c.dep_ in ("compound", "amod", "nmod")
    )


def _acronym(tok: Token) -> bool:
    """A pronoun-like word written in capitals ("WHO", "IT"), in a sentence that is not itself
    in capitals: an organisation's initials."""
    low = tok.lower_
    if len(tok.text) < 2 or not tok.text.isupper():
        return False
    if tok.pos_ != "PRON" and low not in NOT_SOURCES and low not in PERSONAL_PRONOUNS:
        return False
    return any(t.is_alpha and not t.is_upper for t in sentence_of(tok))


def _in_org_name(role: Token) -> Span | None:
    """A role noun the parse hung at the end of an organisation's name, with that name: "A
    Department for Rural Affairs spokeswoman" (not "Rural Affairs spokeswoman")."""
    prep = role.head
    if role.dep_ != "pobj" or prep.dep_ != "prep" or role.right_edge.i != role.i:
        return None
    org = prep.head
    if org.ent_type_ != "ORG" or org.pos_ != "PROPN" or role.lemma_.lower() not in OFFICIAL_NOUNS:
        return None
    start = org.left_edge.i + (org.left_edge.dep_ == "det")
    return role.doc[start : role.i + 1]


def can_speak(head: Token) -> bool:
    """Whether the phrase headed by ``head`` may name something that speaks or reports: anything
    but an action or a quality named by a noun ("the restoration of the old films revealed ...",
    "the cleaning of the archive"), unless it is a report, an institution or a group ("the
    investigation found", "the government said", "the management said")."""
    if head.pos_ != "NOUN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = head.lemma_.lower()
    abstract = _ACTION_OR_QUALITY.search(lemma)
    if abstract is None or abstract.start() < _MIN_STEM:  # "city", "ring"
        return True
    return (
        lemma in PERSON_NOUNS
        or lemma in OFFICIAL_NOUNS
        or lemma in BODY_NOUNS
        or lemma in COLLECTIVE_NOUNS
        or lemma in REPORT_NOUNS
        or lemma in _INSTITUTIONS
    )


def is_thing(tok: Token, ctx: ArticleContext) -> bool:
    """Whether a reporting verb's subject is a thing that cannot say anything in its own right
    ("the treaty reflected ...", "satellite imagery suggested ...", "the data showed ..."): a
    common noun that names no person, body, group, nor a report with words of its own."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or ctx.is_person_like(tok):
        return False
    lemma = tok.lemma_.lower()
    return not (
        lemma in PERSON_NOUNS
        or lemma in OFFICIAL_NOUNS  # "security sources telling AFP that ...": people
        or lemma in BODY_NOUNS
        or lemma in COLLECTIVE_NOUNS
        or (lemma in REPORT_NOUNS and lemma not in _FIGURES)
        or lemma in _INSTITUTIONS
    )


def national_body(subj: Token) -> bool:
    """A body its nationality only describes speaks under its own name, not the country's:
    "Ukrainian military intelligence said", "US intelligence estimates" (a country's name
    is a nationality too; not "Ukraine", as "Ukrainian data shows" would); so does one a
    participle hangs a sponsor on ("a UN-backed assessment said": backed, not written, by it)."""
    if any(c.dep_ == "poss" or c.lower_ in ("by", "from", "of") for c in subj.children):
        return False
    mods = [t for c in subj.lefts if c.dep_ in ("amod", "compound") for t in c.subtree]
    if any(t.tag_ == "VBN" and t.dep_ == "amod" for t in mods):
        return True
    names = [t for t in mods if t.pos_ == "PROPN"]
    nations = any(t.ent_type_ in ("NORP", "GPE") for t in mods)
    return nations and all(t.ent_type_ == "GPE" for t in names)


def _person_pronoun(pronoun: Token, ctx: ArticleContext) -> Named | None:
    found = ctx.antecedent(pronoun)
    if found is None and (body := body_spoke_before(pronoun, ctx)) is not None:
        return describe(body, ctx)  # "The Security Council reported ... He noted ..."
    if found is None or isinstance(found, str):
        return Named(found, AttributionKind.PERSON) if found else None
    if titled_by_of(found):  # "the General Staff of the Army ... He added": the body
        return describe(found, ctx)
    if found.pos_ == "PROPN" and found.i not in ctx.person_tokens and found.text not in ctx.names:
        # a title whose holder is named after it: "the Coordinator in Chad, Ama Mensah, said"
        if (holder := person_in(found, noun_phrase(found), ctx)) is not None:
            return Named(ctx.names.canonical(holder.text), AttributionKind.PERSON)
        # a name the model did not tag as a person: the pronoun says it is one
        return Named(strip_person(noun_phrase(found).text), AttributionKind.PERSON)
    return describe(found, ctx)


def _thing_antecedent(pronoun: Token, ctx: ArticleContext) -> Named | None:
    """What "it"/"they" as a speaker refers to: the speaker of a cue governing it ("The US said
    it believed ..."), else, sentence by sentence back, a speaker or main subject that "it" (an
    organisation, a country, a report) or "they" (a plural, an organisation) can stand for."""
    for anc in pronoun.head.ancestors:
        speaker = speaker_of(anc) if is_cue_verb(anc) else None
        if speaker is not None and speaker.pos_ != "PRON":
            return describe(speaker, ctx)
    plural = pronoun.lower_ == "they"
    main = _main_subject(sentence_of(pronoun), pronoun)
    if main is not None and main_subject_stands_for_it(main, pronoun, ctx):
        return describe(main, ctx)  # "Russia blamed Kyiv for an attack in which it said ..."
    if main is not None and (owner := _owner_of_subject(main, pronoun, ctx)) is not None:
        return describe(owner, ctx)
    # a source given by "according to X" speaks for its sentence ("According to the ministry,
    # the strikes hit what it called ...") and for an "it said" after it
    own = sentence_of(pronoun)
    for prev in (own, *sentences_back(own, _THINGS_BACK)):
        acc = according_source(prev)
        if acc is not None and acc.i < pronoun.i and stands_for(acc, plural=plural, spoke=True):
            return describe(author_of(acc) or acc, ctx)
        if prev.start == own.start:
            continue
        speakers = {s.i for t in prev if is_cue_verb(t, quote=True) and (s := speaker_of(t))}
        for cand in subjects_of(prev):
            spoke = cand.i in speakers
            if ctx.in_quote(cand.idx):
                continue
            if spoke and cand.lower_ == pronoun.lower_ and cand.i < own.start:  # "it said" again
                return _thing_antecedent(cand, ctx)
            if stands_for(cand, plural=plural, spoke=spoke):
                # "A statement from X said ... It said ...": X, not the statement
                found = describe(author_of(cand) or cand, ctx)
                if found is None or found.kind != AttributionKind.PERSON:
                    return found  # "it" is never a person the article names
            elif not plural and spoke and lone_name(cand, ctx):
                # a one-word name the model took for a person: "it" says it is not one
                return Named(canonical_org(proper_name(cand).text), AttributionKind.ORGANIZATION)
    return None


def _main_subject(sent: Span, pronoun: Token) -> Token | None:
    """The subject of the sentence's main clause; when that is the pronoun itself in a closing
    "..., they reported", the subject of the clause it reports ("A count by A and B found
    ..., they reported": count)."""
    main = subject(sent.root)
    if main is None or main.i != pronoun.i:
        return main
    said = (c for c in sent.root.children if c.dep_ in ("ccomp", "parataxis") and c.i < main.i)
    return next((s for c in said if (s := subject(c)) is not None), None)


def _owner_of_subject(main: Token, pronoun: Token, ctx: ArticleContext) -> Token | None:
    """Who owns the report that is the pronoun's own sentence's main subject, before it: "A
    joint estimate by A and B counted 5,000 ..., they reported" is A and B's word, a nearer
    antecedent than any subject of the sentences before ("Other groups use ...")."""
    if main.i > pronoun.i or ctx.in_quote(main.idx) or (owner := author_of(main)) is None:
        return None
    plural = pronoun.lower_ == "they"
    if not plural and any(c.dep_ == "conj" for c in owner.children):
        return None  # "it" is not two owners
    return owner if stands_for(owner, plural=plural, spoke=True) else None


def _part_of(head: Token) -> bool:
    """A head that names part of the group its "of" names, and no one without it: "members of
    the militia", "one of these sources", "three of the witnesses"."""
    return head.lemma_.lower() in PART_OF_NOUNS or head.pos_ == "NUM"


def _part_of_named(head: Token) -> bool:
    """ "Some of the survivors", "many of the residents": a quantifier pronoun whose "of" names
    the group it is part of with a noun (not "some of them")."""
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = pobj(of) if of is not None else None
    return _part_of(head) and obj is not None and obj.pos_ in ("NOUN", "PROPN")


def _undated(phrase: Span) -> str:
    """A source phrase without the date leading it: "An October 2025 United Nations
    investigation" -> "United Nations investigation", nor an inverted cue the parser put in it
    ("..., estimated the General Staff")."""
    k = phrase.start
    while k < phrase.end - 1 and (
        phrase.doc[k].ent_type_ in ("DATE", "TIME")
        or phrase.doc[k].is_punct
        or is_cue_verb(phrase.doc[k], figure=True)
    ):
        k += 1
    return phrase.doc[k : phrase.end].text


def _without_description(phrase: Span) -> Span:
    """A source phrase without an "of" chain that only describes it ("a survey of 23 armed
    conflicts" -> "survey"): kept when it names someone ("the Defense Intelligence of Ukraine")
    or says whose head it is ("the head of the regional administration")."""
    for tok in phrase:
        if tok.lower_ == "of" and tok.dep_ == "prep" and tok.head.i == phrase.root.i:
            tail = phrase.doc[tok.i + 1 : phrase.end]
            if partitive_of(phrase.root) is not None:
                return phrase  # "one of its residents": the number alone names no one
            if any(t.like_num for t in tail):
                return phrase.doc[phrase.start : tok.i]
            if phrase.root.lemma_.lower() in HEAD_NOUNS or _part_of(phrase.root):
                return phrase
            if not any(t.pos_ == "PROPN" for t in tail):
                return phrase.doc[phrase.start : tok.i]
    return phrase
