"""Definite descriptions that stand for a person or a body the article named before.

"Tim Henman is fit. “...,” the British number one said": Tim Henman (the person a sentence just
before was about); "The Turkish president, Recep Tayyip Erdoğan, ... The Turkish president later
said": the one person the article gave that very title; "..., said the Institute for the Study
of War. The research group said ...": the organisation that spoke just before, when the
description names a kind of organisation ("group", "firm", "think tank"), never an institution
of its own ("the government", "the ministry"); "Acme Records issued a statement ... “...,” the
statement continued": who put out the statement the text mentioned before.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from tasks.extract.claim_words import PERSON_NOUNS
from tasks.extract.context import ArticleContext, narration_back, subjects_of
from tasks.extract.cue_words import (
    BODY_NOUNS,
    NEW_SOURCE_NOUNS,
    OFFICIAL_NOUNS,
    SPOKESPERSON_NOUNS,
)
from tasks.extract.gazetteer import country_of, is_country_or_region
from tasks.extract.grammar import (
    entity_at,
    noun_phrase,
    paragraph_before,
    sentence_before,
    sentences_back,
    subject,
)
from tasks.extract.memo import STRING_ANSWERS, sentence_of
from tasks.extract.names import DEMONYMS, canonical_org
from tasks.extract.org_names import whole_org

# Nouns that say what kind of organisation something is, not which one: "the research group",
# "the Russian gas firm", "the think tank" stand for the organisation named just before.
ORG_KIND_NOUNS = frozenset({
    "group", "firm", "company", "thinktank", "tank", "institute", "organisation", "organization",
    "watchdog", "charity", "giant", "major", "operator", "lender", "monitor", "carrier",
    "airline", "retailer", "maker", "manufacturer", "insurer", "broadcaster", "consultancy",
    "foundation", "association", "body", "outfit", "conglomerate", "producer", "supplier",
    "provider", "network",
})  # fmt: skip
_TITLE_MODS = ("amod", "compound", "nmod", "poss")
# What someone puts out in words of their own: "the statement read" speaks for its issuer.
_ISSUED = frozenset({"statement", "release", "letter", "email", "e-mail", "memo", "note"})
_ISSUED_BACK = 12  # how many sentences back "the statement" looks for the one put out ...
_QUOTED_BACK = 40  # ... passing over sentences of quoted words
_ISSUED_IN = ("in", "through", "via")  # "denied it in a statement"
_NAMED = ("ORG", "PERSON", "GPE", "NORP")
_SAME_BODY_BACK = 6  # "the group" after "the group" after ...: how many links back
_DEMONYM_ENDS = ("i", "n", "an", "ian", "ese")  # "Pakistani", "Kenyan", "Sudanese"
_MIN_STEM = 4  # the shortest country name a demonym's stem may be


def named_before(desc: Token, ctx: ArticleContext) -> str | None:
    """The person a definite description stands for, named just before: "Tim Henman is fit.
    “...,” the British number one said" (Tim Henman). Never a noun that brings in a source of
    its own ("the spokesman"), nor one the sentences before use for somebody else."""
    lemma = desc.lemma_.lower()
    if not _common_role(desc) or lemma not in PERSON_NOUNS or lemma in NEW_SOURCE_NOUNS:
        return None
    kids = list(desc.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
        c.dep_ == "appos" or (c.pos_ == "PROPN" and c.i > desc.i) for c in kids
    ):
        return None  # "the first lady, Olena Zelenska": it names its own person
    found = ctx.antecedent(desc, nearby=True)
    if isinstance(found, Token) and found.lower_ in ("he", "she"):
        found = ctx.antecedent(found, nearby=True)
    if not isinstance(found, Token) or (mention := _mention(found, ctx)) is None:
        return None
    person, name = mention
    root = person.root
    if root.dep_ in ("compound", "appos"):
        root = root.head  # "US President Joe Biden", "Ukraine's president, Volodymyr Zelenskiy"
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None  # only the person a sentence before was about
    own = range(person.start, person.end)
    if any(i not in own and i < desc.i for i in _people_in(sentence_of(found), ctx)):
        return None  # "Putin told Erdoğan. The Turkish president ...": either of them
    for tok in desc.doc[sentence_of(found).start : desc.i]:
        if tok.lemma_.lower() == lemma and tok.i not in own and not _titles(tok, own):
            return None  # "met the UN chief. “...,” the UN chief said": somebody else
    return name


def _common_role(desc: Token) -> bool:
    """A singular common noun for a person, or its abbreviation in capitals that the model
    tags a proper noun ("the Tory MP for Leeds North", "the Labour MEP"): a role, not a name."""
    return desc.tag_ == "NN" or (desc.tag_ == "NNP" and desc.text.isupper() and len(desc) > 1)


def _mention(found: Token, ctx: ArticleContext) -> tuple[Span, str] | None:
    """The person mention at ``found`` and its canonical name: a tagged name, or a bare surname
    the model did not tag that names a person the article named in full ("Sir Ann Lee, 61, ...
    Lee, who ..., added ...")."""
    if (person := ctx.person_spans.get(found.i)) is not None:
        return person, ctx.names.canonical(person.text)
    if found.pos_ == "PROPN" and (known := ctx.known_person(found)) is not None:
        return found.doc[found.i : found.i + 1], known
    return None


def _people_in(sent: Span, ctx: ArticleContext) -> list[int]:
    """The tokens of the people a sentence names; a name with a definite article is a thing
    the model took for a person ("said the Bill was ...", "the Act"), no rival for a
    description."""
    spans = ctx.person_spans
    return [t.i for t in sent if t.i in spans and not _definite(spans[t.i])]


def _definite(name: Span) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in name.root.children)


def _titles(tok: Token, person: range) -> bool:
    """Whether ``tok`` is the person's own title ("Ukraine's president, Volodymyr Zelenskiy")."""
    return tok.head.i in person or any(c.i in person for c in tok.children)


def titled_before(desc: Token, ctx: ArticleContext) -> str | None:
    """The one person the article gave this title earlier, modifiers and all: "The Turkish
    president, Recep Tayyip Erdoğan, ..." then "the Turkish president said" (Erdoğan), however
    far back and whoever came in between. A bare title ("the president") says too little. A
    country, by name or demonym, matches the country the person's title or mention names: "the
    Kenyan president" or "Kenya's president" is "President X of Kenya", "Kenya's President X"."""
    lemma = desc.lemma_.lower()
    if lemma not in PERSON_NOUNS and lemma not in OFFICIAL_NOUNS:
        return None
    kids = list(desc.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" or _country(c) for c in kids):
        return None  # "the Turkish president", "Turkey's president"
    mods = _title_words(desc)
    if not mods or any(c.dep_ == "appos" for c in kids):
        return None
    countries = {c for w in mods if (c := _country_of_word(w))}
    mods = {w for w in mods if not _country_of_word(w)}  # the country by name or demonym
    names = set()
    for span in {id(s): s for s in ctx.person_spans.values()}.values():
        if span.end > desc.i or ctx.in_quote(span.start_char):
            continue
        for title in _titles_of(span):
            words = _title_words(title)
            theirs = _countries_of(span) | {c for w in words if (c := _country_of_word(w))}
            same = title.i != desc.i and title.lemma_.lower() == lemma
            if same and mods <= words and countries <= theirs:
                names.add(ctx.names.canonical(span.text))
    return names.pop() if len(names) == 1 else None


def _country(tok: Token) -> str | None:
    """The country a possessive names ("Turkey's president"), for a title owned by one."""
    return _country_of_word(tok.lower_) if tok.dep_ == "poss" else None


@lru_cache(maxsize=STRING_ANSWERS)
def _country_of_word(word: str) -> str | None:
    """The country a word of a title names, by name or demonym ("pakistani" -> Pakistan: a
    demonym the lexicon lacks is the country's name and an ending)."""
    if word in DEMONYMS:
        return DEMONYMS[word]
    if is_country_or_region(word):  # a country's name, not a city's ("Union", "Liberal")
        return country_of(word)
    for end in _DEMONYM_ENDS:
        stem = word.removesuffix(end)
        country = country_of(stem) if stem != word and len(stem) >= _MIN_STEM else None
        if country is not None and country.lower() == stem:  # a country's name, not a city's
            return country
    return None


def _countries_of(person: Span) -> set[str]:
    """The countries a person's mention ties them to: "President Lee of Korea", "Korea's
    President Lee"."""
    root = person.root
    tied = [c for c in root.children if c.dep_ == "poss"]
    tied += [o for c in root.rights if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return {c for t in tied if (c := _country_of_word(t.lower_))}


def _title_words(title: Token) -> set[str]:
    """The words that make a title one post: its modifiers ("the Turkish president") and what
    an "of" after it names ("the head of the agency": agency)."""
    words = {c.lower_ for c in title.children if c.dep_ in _TITLE_MODS and c.i < title.i}
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"):
        words |= {t.lower_ for t in prep.subtree if t.i != prep.i and t.dep_ != "det"}
    return words


def _titles_of(person: Span) -> list[Token]:
    """The title nouns the text gives a person: in apposition ("the Turkish president, X") or
    before the name ("Turkish President X")."""
    root = person.root
    out = [root.head] if root.dep_ == "appos" else []
    out += [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    out += [c for c in root.lefts if c.dep_ == "compound" and c.i < person.start]
    return [t for t in out if t.pos_ in ("NOUN", "PROPN")]


def body_named_before(desc: Token, ctx: ArticleContext, depth: int = 0) -> str | None:
    """The organisation a description of its kind stands for: the one that spoke or was the
    subject earlier in its sentence or in the sentence just before ("..., said the Institute for
    the Study of War. The research group said ..."); further back, other bodies may have come
    in between. A subject that is such a description names it in apposition ("The alliance,
    Riders United, was formed ..."), or is the same description, which stands for the same
    body ("The group said ... The group added ...")."""
    if desc.pos_ != "NOUN" or desc.ent_type_ or desc.lemma_.lower() not in ORG_KIND_NOUNS:
        return None
    if desc.tag_ == "NNS":
        return None  # "the sanctions monitors", "the groups": several, never the one body before
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in desc.children):
        return None
    if desc.lemma_.lower() == "tank" and not any(c.lower_ == "think" for c in desc.children):
        return None  # a think tank, not an army's tank
    prev = sentence_before(sentence_of(desc)) or paragraph_before(sentence_of(desc))
    while prev is not None and all(ctx.in_quote(t.idx) for t in prev if not t.is_punct):
        prev = sentence_before(prev) or paragraph_before(prev)  # the quotation's own sentences
    kinds = {c.lower_.rstrip("s") for c in desc.children if c.dep_ in ("compound", "amod")}
    # its own sentence's subject before it first: "Acme cut 60 jobs (the company called it ...)"
    own = [c for c in subjects_of(sentence_of(desc)) if c.i < desc.left_edge.i]
    before = subjects_of(prev) if prev is not None else []
    if prev is not None and prev.root.pos_ == "NOUN":
        before.append(prev.root)  # "The group, Riders United, formed ...", parsed verbless
    for cand in own + before:
        # a name the model took for a person's that says the very kind: "the production
        # company" for "Dick Clark Productions"
        named = entity_at(cand) if cand.ent_type_ in ("ORG", "PERSON") else None
        of_kind = named is not None and any(t.lower_.rstrip("s") in kinds for t in named)
        org = whole_org(named) if cand.ent_type_ == "ORG" or of_kind else None
        if ctx.in_quote(cand.idx):
            continue
        if org is not None:
            return canonical_org(org.text)
        if (body := _kind_named(cand, desc, ctx, depth)) is not None:
            return body
    return None


def _kind_named(cand: Token, desc: Token, ctx: ArticleContext, depth: int) -> str | None:
    """The body a subject that is a description of a kind of organisation names: its
    appositive name, else what the same description stood for before it."""
    if cand.pos_ != "NOUN" or cand.lemma_.lower() not in ORG_KIND_NOUNS:
        return None
    for appos in (c for c in cand.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        named = entity_at(appos) if appos.ent_type_ else None
        org = whole_org(named) if named is not None else None
        return canonical_org(org.text if org is not None else noun_phrase(appos).text)
    if cand.lemma_.lower() != desc.lemma_.lower() or depth >= _SAME_BODY_BACK:
        return None
    return body_named_before(cand, ctx, depth + 1)


_FULLER_BACK = 6  # how many sentences back "the ministry" looks for "the health ministry in X"
_FULLER_DEPS = ("compound", "prep", "nmod")


def fuller_before(desc: Token, ctx: ArticleContext) -> Token | None:
    """The fuller mention a bare "the ministry" (an institution's noun with nothing but "the")
    shortens: the nearest earlier one of the same noun that says which it is ("The health
    ministry in Gaza said ... The ministry added ..."), outside quotations; None when the
    article gave none."""
    if desc.pos_ != "NOUN" or desc.tag_ != "NN" or desc.lemma_.lower() not in BODY_NOUNS:
        return None
    if [c.lower_ for c in desc.children] != ["the"]:
        return None
    lemma, sent = desc.lemma_.lower(), sentence_of(desc)
    for prev in (sent, *sentences_back(sent, _FULLER_BACK)):
        for tok in reversed(prev):
            if tok.i >= desc.i or tok.lemma_.lower() != lemma or ctx.in_quote(tok.idx):
                continue
            if _says_which(tok):
                return tok
    return None


def _says_which(tok: Token) -> bool:
    """Whether a mention of an institution says which one it is: a noun or a phrase before or
    after it ("the health ministry", "the ministry of Niger") or a name ("the Malian army");
    not a pronoun's ("his own company")."""
    if any(c.dep_ in _FULLER_DEPS for c in tok.children):
        return True
    return any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" for t in noun_phrase(tok))


def issuer_before(desc: Token, ctx: ArticleContext) -> Token | None:
    """Who put out the statement "the statement" stands for: the named subject of the verb
    that issued the nearest one the text mentioned before ("Acme Records issued a statement
    ...", "Acme denied it in a statement ..."), outside quotations."""
    lemma = desc.lemma_.lower()
    if desc.pos_ != "NOUN" or lemma not in _ISSUED:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in desc.children):
        return None
    for prev in narration_back(sentence_of(desc), ctx, _ISSUED_BACK, _QUOTED_BACK):  # not its words
        for tok in reversed(prev):
            if tok.lemma_.lower() != lemma or ctx.in_quote(tok.idx):
                continue
            verb = tok.head
            if tok.dep_ == "pobj" and verb.lower_ in _ISSUED_IN:
                while verb.dep_ in ("prep", "dobj", "pobj") and verb.head.i != verb.i:
                    verb = verb.head  # "denied the claims in a statement": the verb
            elif tok.dep_ != "dobj":
                continue
            who = subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if who is not None and (who.pos_ == "PROPN" or who.ent_type_ in _NAMED):
                return who
    return None


_OWNED = ("poss", "compound", "nmod", "appos")  # "Acme's spokesman", "an Acme spokesman", ...
_SPEAKS_FOR = ("for", "from", "at", "of")  # ... "a spokesman for Acme": whom one speaks for


def spokesperson_before(desc: Token, ctx: ArticleContext) -> Token | None:
    """The earlier mention a bare "the spokesman" stands for: "A spokesman for the Home Office
    said ... “...,” the spokesman added" is that Home Office spokesman again, however far on.
    Only the nearest earlier mention of the same noun outside quotations counts, and only when
    it says whom it speaks for (a bare "a spokesman" before says no more than this one); a
    "the spokesman" with words of its own ("the club's spokesman") keeps them."""
    lemma = desc.lemma_.lower()
    if desc.pos_ != "NOUN" or desc.tag_ != "NN" or lemma not in SPOKESPERSON_NOUNS:
        return None
    kids = list(desc.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or _speaks_for(desc):
        return None
    for tok in reversed(desc.doc[: desc.i]):
        if tok.lemma_.lower() != lemma or tok.tag_ != "NN" or ctx.in_quote(tok.idx):
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            return tok.head  # "Acme spokesman Tom Reid"
        return tok if _speaks_for(tok) else None
    return None


def _speaks_for(role: Token) -> bool:
    """Whether a spokesperson noun says whom it speaks for: an owner or a name beside it, or
    "for"/"from" a body after it."""
    if any(c.dep_ in _OWNED for c in role.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _SPEAKS_FOR for c in role.children)
