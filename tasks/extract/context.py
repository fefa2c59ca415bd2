"""What attribution needs to know about the whole article: its people, quotations and lead, and
whom a "he" or "she" stands for.

A pronoun takes, in order: the subject of a verb that governs it in its own sentence ("Zelensky
said he ...") or of a clause before it on that verb ("Although X admitted ..., he insisted"); the
reporting subject of the sentence before it in the same paragraph, named or described ("A senior
official said ... “...,” he added"), or the one it credits "according to", passing over sentences
of quoted words (into the paragraph before when the paragraph opens with them); the last person who
was a subject, else the last person named, earlier in the article. An object or an embedded
clause's subject is never an antecedent, nor is a country, a region or a news outlet the model
tagged as a person ("England are second", "Politico reports"), while a surname the article gives a
person is one whatever the model tagged it; gender only rules out people whose first name or role
says so, or whom the article has called by the other pronoun (``genders``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Span, Token

from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import (
    ANSWER_VERBS,
    ANSWERED_NOUNS,
    BACKGROUND_WORDS,
    FEMININE_NOUNS,
    MASCULINE_NOUNS,
    OFFICIAL_NOUNS,
    PERSONAL_PRONOUNS,
    TITLE_NOUNS,
)
from tasks.extract.cues import is_cue_verb
from tasks.extract.genders import learned_gender
from tasks.extract.grammar import (
    SUBJECT_DEPS,
    according_source,
    headline_end,
    paragraph_before,
    pobj,
    proper_name,
    sentence_before,
    sentences_back,
    subject,
)
from tasks.extract.memo import answers, sentence_of
from tasks.extract.names import NameIndex, opens_with_first_name, pronoun_gender
from tasks.extract.non_speakers import dateline_end
from tasks.extract.people import a_group, group_names, may_be_person, person_entities

if TYPE_CHECKING:
    from tasks.extract.attribution import Source

_SENTENCES_BACK = 3  # how many sentences back in its paragraph a pronoun looks
_QUOTED_BACK = 8  # how many sentences of quoted words it passes over on the way
_NOT_PEOPLE = ("GPE", "LOC", "NORP", "FAC", "ORG", "DATE", "TIME", "EVENT", "PRODUCT")


class Mention(NamedTuple):
    """A person named outside quotations: where, and the article's canonical name."""

    char: int
    name: str


@dataclass
class ArticleContext:
    """The article's people, quotation spans and lead source, built once per article."""

    doc: Doc
    names: NameIndex
    persons: list[Mention] = field(default_factory=list)
    subject_persons: list[Mention] = field(default_factory=list)  # subjects and passive agents
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    lead: Source | None = None  # the lead's source: bullet points inherit it (see policy)
    person_tokens: set[int] = field(default_factory=set)
    person_spans: dict[int, Span] = field(default_factory=dict)  # token -> the person it names
    text: str = ""  # doc.text, built once: spaCy rebuilds it on every access
    groups: set[str] = field(default_factory=set)  # names used for armed groups (``people``)
    learned: dict[str, str] | None = None  # name -> gender its pronouns give it (``genders``)
    # a pronoun's antecedent candidates, by its index: they depend on nothing set after build
    candidates: dict[int, list[Token]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(
        cls,
        doc: Doc,
        quote_spans: list[tuple[int, int]] | None = None,
        *,
        text: str | None = None,
        ents: Sequence[Span] | None = None,
    ) -> ArticleContext:
        """``text`` and ``ents``: ``doc.text`` and ``doc.ents`` when the caller has them (spaCy
        rebuilds both on every access)."""
        ents = doc.ents if ents is None else ents
        groups = group_names(ents)
        people = person_entities(doc, ents, groups)
        ctx = cls(doc, NameIndex(), quote_spans=sorted(quote_spans or []))
        ctx.text = doc.text if text is None else text
        ctx.groups = groups
        headline = headline_end(ctx.text)  # title case: "Resilient Zelensky tells ..."
        for ent in sorted(people, key=lambda e: e.start_char < headline):
            ctx.names.add(ent.text)  # full names from the body first
        ctx.person_spans = {t.i: e for e in people for t in e}
        ctx.person_tokens = set(ctx.person_spans)
        for ent in people:
            if ctx.in_quote(ent.start_char):
                continue
            mention = Mention(ent.start_char, ctx.names.canonical(ent.text))
            ctx.persons.append(mention)
            root = ent.root
            head = root.head if root.dep_ in ("appos", "compound") else root
            if head.dep_ in SUBJECT_DEPS or (head.dep_ == "pobj" and head.head.dep_ == "agent"):
                ctx.subject_persons.append(mention)
        return ctx

    def in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.quote_spans, (char, 10**12)) - 1
        return k >= 0 and self.quote_spans[k][0] <= char < self.quote_spans[k][1]

    def antecedent(self, pronoun: Token, *, nearby: bool = False) -> Token | str | None:
        """What a "he"/"she" stands for: a token (a person's name or a role noun, to be
        described) or, from earlier in the article, a canonical person name (not ``nearby``:
        then only the sentence and the paragraph's sentences before it count)."""
        wanted = pronoun_gender(pronoun.lower_)
        if (candidates := self.candidates.get(pronoun.i)) is None:
            candidates = self.candidates[pronoun.i] = _candidates(pronoun, self)
        for cand in candidates:
            if self.is_person_like(cand) and self._gender_fits(cand, wanted):
                return cand
        if nearby:
            return None
        for pool in (self.subject_persons, self.persons):
            k = bisect.bisect_left(pool, Mention(pronoun.idx, "")) - 1
            while k >= 0:
                gender = self._gender_of(pool[k].name)
                if wanted is None or gender is None or gender == wanted:
                    return pool[k].name
                k -= 1
        return self._unnamed_speaker_before(pronoun, wanted)

    def _unnamed_speaker_before(self, pronoun: Token, wanted: str | None) -> Token | None:
        """The latest unnamed speaker before a "he"/"she" in an article that names no person
        before it: "A security source told reporters that ... [paragraphs of narration] “...,”
        he said" (the source). Only the speakers of reporting verbs: across paragraphs, the
        subject of narration is no speaker ("A police officer was killed ... [paragraphs] “...,”
        he said" is not the officer)."""
        for sent in sentences_before(pronoun):
            for role in reversed(speakers_in(sent)):
                if role.tag_ != "NN" or self.in_quote(role.idx) or not self.is_person_like(role):
                    continue
                if self._gender_fits(role, wanted):
                    return role
        return None

    def is_person_like(self, tok: Token) -> bool:
        """A token that can stand for one person: a name (tagged PERSON or not, when it is a
        subject), a singular role noun ("a senior official"), or another "he"/"she"."""
        if tok.i in self.person_tokens or tok.lower_ in ("he", "she"):
            return True
        if self.known_person(tok):  # the model tagged a known person otherwise ("Campese")
            return True
        if tok.pos_ == "PROPN":
            if _capitalised_at_start(tok):
                return False
            name = proper_name(tok).text
            if a_group(name, self.groups):
                return False  # "Ansar Dine fighters seized the town. “...,” he said"
            if tok.ent_type_ == "ORG" and opens_with_first_name(name):
                return may_be_person(name)  # "Geoff Pollard" tagged an organisation
            if tok.ent_type_ == "ORG" and _surname_of_named(tok, name):
                return may_be_person(name)  # "Oloni said", after "led by Johnson Oloni"
            return tok.ent_type_ not in _NOT_PEOPLE and may_be_person(name)
        if tok.pos_ == "NOUN" and tok.tag_ == "NN":
            lemma = tok.lemma_.lower()
            return lemma in OFFICIAL_NOUNS or lemma in TITLE_NOUNS or lemma in MASCULINE_NOUNS
        return False

    def set_off_name(self, desc: Token) -> Span | None:
        """A person's name set off by commas right after a description, which the parse may
        not hang on it ("according to his aunt, Jane Starner, ..."): the person described."""
        doc, after = self.doc, desc.right_edge.i + 1
        person = self.person_spans.get(after + 1) if after + 1 < len(doc) else None
        if person is None or doc[after].text != "," or person.start != after + 1:
            return None
        return person if person.end < len(doc) and doc[person.end].text == "," else None

    def known_person(self, tok: Token) -> str | None:
        """The article's full name for a capitalised word that names a person it names
        elsewhere, whatever the model made of it here ("Zelenskyy said" read as a noun)."""
        if not tok.text[:1].isupper():
            return None
        if tok.pos_ not in ("PROPN", "NOUN") and not (tok.pos_ == "ADV" and tok.is_title):
            return None  # a surname read as an adverb: "says Early"
        return self.names.find(proper_name(tok).text)

    def _gender_fits(self, tok: Token, wanted: str | None) -> bool:
        if wanted is None:
            return True
        low = tok.lower_
        if low in PERSONAL_PRONOUNS:
            gender = pronoun_gender(low)
        elif low in MASCULINE_NOUNS or low in FEMININE_NOUNS:
            gender = "m" if low in MASCULINE_NOUNS else "f"
        elif tok.pos_ == "PROPN":
            gender = self._gender_of(proper_name(tok).text)
        else:
            gender = None
        return gender is None or gender == wanted

    def _gender_of(self, name: str) -> str | None:
        """As the name tells, else as the article's own pronouns for that person tell."""
        return self.names.gender(name) or learned_gender(self, name)


def _surname_of_named(tok: Token, name: str) -> bool:
    """Whether a lone word the model tagged an organisation is the last word of a name the
    article writes elsewhere with a first name before it ("a militia led by Johnson Oloni ...
    Oloni said"): a surname, whatever the model made of either."""
    if " " in name:
        return False
    doc = tok.doc
    return any(
        t.text == tok.text and t.i > 0 and doc[t.i - 1].is_title
        and opens_with_first_name(f"{doc[t.i - 1].text} {t.text}")
        for t in doc
        if t.i != tok.i
    )  # fmt: skip


def _capitalised_at_start(tok: Token) -> bool:
    """A lone word the model tagged no name that opens its sentence, and that the article never
    writes anywhere else (where a name would be capitalised too): a common noun capitalised by its
    place ("Convention should be respected. He warned ..."), which no "he" stands for; a surname
    the article uses elsewhere ("said Danilov") stays a name."""
    if not tok.is_sent_start or tok.ent_type_ or len(proper_name(tok)) != 1:
        return False
    return not any(t.text == tok.text and not t.is_sent_start for t in tok.doc)


def _candidates(pronoun: Token, ctx: ArticleContext) -> list[Token]:
    """Antecedent candidates in order: subjects of verbs governing the pronoun (nearest first)
    and of adverbial clauses before it on those verbs, the author of an introductory "... made
    by X", then, sentence by sentence back through the paragraph, each sentence's reporting
    subjects and its main subject; quoted words never count."""
    out = [
        _role_in(s) for a in pronoun.ancestors if (s := subject(a)) is not None and s.i != pronoun.i
    ]
    out += [  # "Although Campese admitted ..., he insisted"
        s
        for a in pronoun.ancestors
        for c in a.children
        if c.dep_ == "advcl"
        and c.i < pronoun.i
        and (s := subject(c)) is not None
        and s.pos_ != "PRON"  # its own "he" would take this one: a loop
    ]
    # "In a statement made by X, he said": the author of what introduces the sentence
    out += [
        by
        for t in sentence_of(pronoun)
        if t.i < pronoun.i and t.dep_ == "agent" and (by := pobj(t)) is not None
    ]
    back = list(_paragraph_back(sentence_of(pronoun), ctx))
    for prev in back:
        out += [_role_in(c) for c in _answerers(prev)] + _according(prev, ctx)
        out += [
            _role_in(c)
            for c in _by_depth(subjects_of(prev))
            + _relative_subjects(prev)
            + _clause_subjects(prev, ctx)
        ]
    # then a name that is the subject of another clause there ("The visit came as Tom Berg
    # prepared to meet Omar Reyes. ... he said": Tom Berg), then one named in another role
    # ("... the choice of Steven Gaydos. But he predicted ..."), the nearest first
    out += [t for prev in back for t in reversed(prev) if t.dep_ == "nsubj" and t.pos_ == "PROPN"]
    out += [t for prev in back for t in reversed(prev) if _names_person(t, ctx)]
    return [c for c in out if not ctx.in_quote(c.idx)]


def _by_depth(subjects: list[Token]) -> list[Token]:
    """A sentence's reporting subjects, the main clause's first: "It was no use Mr Dunn claiming
    ..., argued Mr Hale. ... he added" (Mr Hale, not the one inside what he argued)."""
    return sorted(subjects, key=lambda s: sum(1 for _ in s.head.ancestors))


def _answerers(sent: Span) -> list[Token]:
    """Who answers someone's words in the sentence, the latest of its speakers: "Smith attacked
    the plan but the chairman, Jones, rejected his comments. “...,” he said" (Jones)."""
    return [
        s
        for t in sent
        if t.pos_ == "VERB"
        and t.lemma_.lower() in ANSWER_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ANSWERED_NOUNS for c in t.children)
        and (s := subject(t, ("nsubj",))) is not None
    ]


def _according(sent: Span, ctx: ArticleContext) -> list[Token]:
    """The source a sentence credits with "according to" is its latest speaker: "..., a missile
    hit a hotel, according to its mayor Ivan Kos. He said ..." (Kos, not someone before); its
    role noun too, for a name the model did not take for a person (a name it did take for one
    stands alone, so that a "he" cannot take "the minister, Ruth Baker")."""
    source = according_source(sent)
    if source is None:
        return []
    if (person := ctx.set_off_name(source)) is not None:  # "the minister, Ruth Baker,"
        return [person[-1]]
    named = _role_in(source)
    if named.ent_type_ == "PERSON":  # the name, whose gender the pronoun must fit
        return [named]
    roles = [c for c in source.children if c.dep_ in ("compound", "appos") and _is_role(c)]
    return [named, source, *roles]


def _is_role(tok: Token) -> bool:
    """A singular noun naming a person's post or title ("mayor", "governor", "General")."""
    lemma = tok.lemma_.lower()
    return tok.tag_ in ("NN", "NNP") and (lemma in OFFICIAL_NOUNS or lemma in TITLE_NOUNS)


def _relative_subjects(sent: Span) -> list[Token]:
    """Names that are subjects of a relative clause on the sentence's main subject, after it: a
    sentence about a thing may be about who does something to it ("One thing Young would
    cut is the Gateway. “...,” he said": Young)."""
    main = subject(sent.root)
    if main is None:
        return []
    clauses = (c for c in main.children if c.dep_ == "relcl")
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]


def _clause_subjects(sent: Span, ctx: ArticleContext) -> list[Token]:
    """The people who are subjects of adverbial clauses on a sentence whose own subject is no
    person: such a sentence is about them ("His words came as Bishop Ann Lee backed the plan.
    ... she said": Ann Lee, not someone named sentences before)."""
    main = subject(sent.root)
    if main is None or ctx.is_person_like(main):
        return []
    kids = list(sent.root.children)
    subjects = [subject(c, ("nsubj",)) for c in kids if c.dep_ == "advcl"]
    # the parse may read the conjunction as a preposition: "began as Ann Lee, ..., backed"
    subjects += [pobj(c) for c in kids if c.dep_ == "prep" and c.lower_ in BACKGROUND_WORDS]
    return [s for s in subjects if s is not None and ctx.is_person_like(s)]


def _role_in(subj: Token) -> Token:
    """The person a subject stands for: a role noun that the parse hung inside an organisation's
    name ("A Department for Rural Affairs spokeswoman said": the spokeswoman), or the name in
    apposition to a role ("Ms Lind's deputy, Oliver Barrow, said": Oliver Barrow)."""
    if subj.ent_type_ == "ORG" and subj.right_edge.i > subj.i:
        last = subj.right_edge
        if last.pos_ == "NOUN" and last.lemma_.lower() in OFFICIAL_NOUNS and not last.ent_type_:
            return last
    if subj.pos_ == "NOUN" or subj.lower_ in OFFICIAL_NOUNS:  # "The Commander-in-Chief, X,"
        return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)
    return subj


def _names_person(tok: Token, ctx: ArticleContext) -> bool:
    """Whether ``tok`` ends a person's full name ("Steven Gaydos"; not "Twitter" mistagged)."""
    span = ctx.person_spans.get(tok.i)
    return span is not None and tok.i == span.end - 1 and sum(t.is_alpha for t in span) >= 2


def _paragraph_back(sent: Span, ctx: ArticleContext) -> Iterator[Span]:
    """The earlier sentences of the paragraph, nearest first (at most ``_SENTENCES_BACK``); for
    a sentence opening its paragraph, those of the paragraph before. Sentences that are all
    quoted words are passed over (the speaker's words, not narration): a paragraph that opens
    with them looks on into the paragraph before ("“...” he told the BBC.\n\n“...” “...,” he
    says": the "he" of the first)."""
    prev, narration = sentence_before(sent) or paragraph_before(sent), False
    given = skipped = 0
    while prev is not None and given < _SENTENCES_BACK and skipped < _QUOTED_BACK:
        if _all_quoted(prev, ctx):
            skipped += 1
        else:
            # a fragment that names nobody ("Accusing the US of “...”, he said:" cut in two)
            # does not stop the walk at the paragraph's start
            narration = narration or _about_someone(prev, ctx)
            given += 1
            yield prev
        prev = sentence_before(prev) or (None if narration else paragraph_before(prev))


def _about_someone(sent: Span, ctx: ArticleContext) -> bool:
    """Whether a sentence has a subject or names a person ("According to Ann Lee, there is
    ...")."""
    return bool(subjects_of(sent)) or any(_names_person(t, ctx) for t in sent)


def _all_quoted(sent: Span, ctx: ArticleContext) -> bool:
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return bool(words) and all(ctx.in_quote(t.idx) for t in words)


def sentences_before(tok: Token) -> list[Span]:
    """The sentences before ``tok``'s own, the latest first: where a pronoun's antecedent is
    looked for."""
    return [s for s in reversed(list(tok.doc.sents)) if s.end <= tok.sent.start]


def speakers_in(sent: Span) -> list[Token]:
    """The speakers of a sentence's reporting verbs, in order."""
    cache, key = answers(sent.doc), (speakers_in, sent.start, sent.end)
    if key not in cache:
        cues = (t for t in sent if is_cue_verb(t, quote=True))
        cache[key] = [s for t in cues if (s := speaker_of(t)) is not None]
    return list(cache[key])


def subjects_of(sent: Span) -> list[Token]:
    """Who a sentence is about, as a pronoun would take it: the speakers of its reporting verbs,
    then the subject of its main verb."""
    cache, key = answers(sent.doc), (subjects_of, sent.start, sent.end)
    if key not in cache:
        out = speakers_in(sent)
        root_subject = subject(sent.root)
        if root_subject is not None and dateline_end(root_subject) is not None:
            root_subject = None  # "MOGADISHU, SOMALIA - Officials said ...": a place, no one
        cache[key] = out + ([root_subject] if root_subject is not None else [])
    return list(cache[key])


def narration_back(sent: Span, ctx: ArticleContext, limit: int, reach: int) -> Iterator[Span]:
    """Up to ``limit`` sentences of narration before ``sent``, nearest first, passing over the
    ones that are all quoted words, within ``reach`` sentences back."""
    told = 0
    for prev in sentences_back(sent, reach):
        if all(ctx.in_quote(t.idx) for t in prev if not (t.is_punct or t.is_space)):
            continue  # quoted words, not narration
        told += 1
        if told > limit:
            return
        yield prev
