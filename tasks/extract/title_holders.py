"""The person a source phrase names through a title: the head itself, a name inside the phrase
("Russia's negotiator Kirill Dmitriev"), an appositive name ("the minister, Ann Lee,"), the name
a title with a complement stands before ("Shadow spokesman for sport Hugh Robertson"), or the
name after a body's name and a role ("Commission for Racial Equality chairman Trevor Phillips").
A possessor is not the one who holds the role: "Mr Lee's spokesman" speaks as the spokesman.
``referents.describe`` asks this first.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tasks.extract.claim_words import PERSON_NOUNS
from tasks.extract.context import ArticleContext
from tasks.extract.cue_words import OFFICIAL_NOUNS, TITLE_NOUNS
from tasks.extract.grammar import pobj
from tasks.extract.initials import holder_after_initials
from tasks.extract.names import opens_with_first_name
from tasks.extract.people import may_be_person

_FIELD_PREPS = ("for", "of")  # "spokesman for sport", "Secretary of State for Health"
_PLACE_PREPS = ("of", "in")  # "the Mayor of Kaduna North, X,", "the Coordinator in Chad, X,"


def _title_holder(role: Token, ctx: ArticleContext) -> Span | None:
    """The name a title with a complement stands before: "Shadow spokesman for sport Hugh
    Robertson said", "Minister for Europe Ann Lee said" (the parse hangs the name on the
    complement). A title written so has no article, and the complement names a field, not
    whom the role serves: "the lawyer for Ann Lee", "a spokesman for party chief Ann Lee" are
    someone else."""
    if any(c.dep_ in ("det", "poss") for c in role.children):
        return None
    for prep in (c for c in role.rights if c.dep_ == "prep" and c.lower_ in _FIELD_PREPS):
        obj = pobj(prep)
        person = _name_ending(obj, prep, ctx) if obj is not None else None
        if obj is None or person is None or obj.i != person.end - 1:
            continue
        field = [t for t in role.doc[prep.i + 1 : person.start] if t.i not in ctx.person_tokens]
        if field and not any(_serves(t) for t in field):
            return person
    return None


def _name_ending(obj: Token, prep: Token, ctx: ArticleContext) -> Span | None:
    """The person's name that ends at ``obj``: as the model tagged it, else the words from a
    first name on ("for Sport Richard Caborn": Richard Caborn, tagged nothing)."""
    if (person := ctx.person_spans.get(obj.i)) is not None:
        return person
    if obj.pos_ != "PROPN":
        return None
    doc = obj.doc
    for k in range(prep.i + 2, obj.i):  # a field word first, then the name
        name = doc[k : obj.i + 1]
        if all(t.pos_ == "PROPN" for t in name) and opens_with_first_name(name.text):
            return name
    return None


def _serves(tok: Token) -> bool:
    """A word that makes the name after it someone the title serves: a determiner, a
    possessive, a person's own title ("party chief", "Mr")."""
    lemma = tok.lemma_.lower()
    return (
        tok.dep_ in ("det", "poss", "case")
        or tok.is_punct
        or lemma in PERSON_NOUNS
        or lemma in OFFICIAL_NOUNS
        or lemma in TITLE_NOUNS
    )


def _owns(person: Span, role: Token) -> bool:
    """Whether a person is the possessor of a role, not the one who holds it: "Mr Lee's
    spokesman" is the spokesman, who speaks as such, not Mr Lee; nor does a name before the
    role as its modifier hold it ("a Blair aide", "the Lib Dem spokesman" with the party's
    name tagged a person): the role serves whom that name names."""
    root = person.root
    if root.head.i != role.i:
        return False
    return root.dep_ == "poss" or (root.dep_ in ("compound", "nmod") and person.end <= role.i)


def person_in(head: Token, phrase: Span, ctx: ArticleContext) -> Span | None:
    """A person the phrase is about: the head itself, a name inside it ("Russia's negotiator
    Kirill Dmitriev"), or an appositive name ("Ukraine's energy minister, Denys Shmyhal,")."""
    doc = head.doc

    def mention(i: int) -> Span | None:
        return ctx.person_spans.get(i)

    appositives = [m for c in head.children if c.dep_ == "appos" and (m := mention(c.i))]
    possessive = any(c.dep_ == "case" for c in head.children)
    if appositives and possessive:  # "Aslin's local MP, Robert Jenrick, said": not Aslin
        return appositives[-1]
    if (ent := mention(head.i)) is not None:
        return ent
    if appositives:
        return appositives[0]
    lemma = head.lemma_.lower()
    if lemma in OFFICIAL_NOUNS or lemma in TITLE_NOUNS:
        if (holder := _title_holder(head, ctx) or _titled_conjunct(head, ctx)) is not None:
            return holder
        named = [
            n
            for t in phrase
            if t.i > phrase.start and (n := mention(t.i)) is not None and not _owns(n, head)
        ]
        if named:
            return named[-1]
        # "title, Name," with the comma the parser did not attach
        nxt = phrase.end
        if nxt + 1 < len(doc) and doc[nxt].text == "," and (ent := mention(nxt + 1)) is not None:
            return ent
    return (
        _named_after_place(head, ctx)
        or _titled_by_body(head, ctx)
        or holder_after_initials(head, ctx.person_spans)  # "the ... Officer (PPRO), SP Ann Musa"
    )


def _named_after_place(head: Token, ctx: ArticleContext) -> Span | None:
    """The name set off by commas after a title with an "of" or "in" place: "The Commissioner
    of Pibor County, Lokiri Anyang, said", "the UN Coordinator in Chad, Ama Kofi Mensah, said"
    (the parse hangs the name on the place or on the title as its apposition, and may tag it
    with the place, or as a body). A name the model tagged a person, or capitalised words
    opening with a first name, or all of them tagged one body right after the title's place
    (a name of a person the model misread); not a place after a place ("the governor of Kano,
    Nigeria,"), nor a body inside the name ("the Minister of Interior, Hamas Affairs,")."""
    lemma = head.lemma_.lower()
    if head.pos_ != "PROPN" and lemma not in OFFICIAL_NOUNS and lemma not in TITLE_NOUNS:
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS), None)
    place = pobj(prep) if prep is not None else None
    if place is None:
        return None
    appos = next((c for c in place.rights if c.dep_ == "appos"), None)
    if appos is None:  # hung on the title instead: "the Coordinator in Chad, X, said"
        appos = next((c for c in head.rights if c.dep_ == "appos" and c.i > place.i), None)
    if appos is None:
        return None
    doc = head.doc
    name = doc[appos.left_edge.i : appos.i + 1]
    if doc[name.start - 1].text != "," or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    if (ent := ctx.person_spans.get(appos.i)) is not None:
        return ent  # two or more capitalised words, of no place (tagged with the place or not)
    if not 2 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    placed = any(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC") for t in name)
    body = any(
        e.label_ == "ORG" and e.start >= name.start and (e.start, e.end) != (name.start, name.end)
        for e in name.ents
    )
    if (placed or body) and not opens_with_first_name(name.text):  # not "Hamas Affairs"
        return None
    return name if may_be_person(name.text) else None


def _titled_conjunct(head: Token, ctx: ArticleContext) -> Span | None:
    """The name after two titles of one person, which the parse conjoins to the first title:
    "interior minister and government spokesman Paul Ekani" is Ekani; not "the minister and
    Paul Ekani" (two people: the name has no title of its own before it)."""
    for conj in (c for c in head.children if c.dep_ == "conj"):
        person = ctx.person_spans.get(conj.i)
        if person is not None and person.start > 0 and _role_word(head.doc[person.start - 1]):
            return person
    return None


def _titled_by_body(head: Token, ctx: ArticleContext) -> Span | None:
    """The person a body's name and a role title stand before, when the parse made the body the
    head: "Commission for Racial Equality chairman Trevor Phillips said", "Confederation of
    Acme Industry director general Ann Lee said" (the person, not the body). The name must end
    the phrase, the role sit right before it and the body's name right before the role: "Friends
    of President Lula said" is the group (no body's name before the title)."""
    if head.pos_ != "PROPN" and head.ent_type_ != "ORG":
        return None  # "Relatives of Hamas leader X said": the relatives
    doc = head.doc
    person = ctx.person_spans.get(head.right_edge.i)
    if person is None or person.start <= head.i + 1 or head.i in ctx.person_tokens:
        return None
    k = person.start - 1
    if not _role_word(doc[k]):
        return None
    while k > head.i and doc[k].is_lower and doc[k].is_alpha:
        k -= 1  # "director general", "chief executive", "general secretary"
    before = doc[k]
    if before.is_lower or before.pos_ != "PROPN" or _role_word(before) or person.start - k > 4:
        return None
    return person


def _role_word(tok: Token) -> bool:
    """A noun for a post someone holds: "chairman", "director", "spokeswoman"."""
    lemma = tok.lemma_.lower()
    return lemma in OFFICIAL_NOUNS or lemma in TITLE_NOUNS or lemma in PERSON_NOUNS
