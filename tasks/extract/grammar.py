"""Reading spaCy's dependency parse: the few questions every extraction rule asks of it.

One home for them, so that every module answers "what is this preposition's object", "who is this
verb's subject" and "which entity is this token in" the same way, and so that name comparison
uses one folding. Nothing here knows about claims, quotes or sources.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from tasks.extract.memo import sentence_of

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Heads that raise a subject to the verb they complete: "is [likely] [to exceed]".
_RAISING_DEPS = ("xcomp", "acomp")
# Dependents inside a noun phrase (not clauses, not prepositions other than "of").
_PHRASE_DEPS = {"det", "amod", "compound", "nmod", "poss", "case", "nummod", "quantmod", "advmod"}
FINITE_TAGS = ("VBD", "VBZ", "VBP")
_HEADLINE_CHARS = 200  # a first line this short is a headline, not a lead paragraph
QUOTES_TO_ASCII = str.maketrans("‘’‛“”„«»", '\'\'\'"""""')


def pobj(prep: Token) -> Token | None:
    """The object of a preposition: "of [soldiers]", "according to [him]"."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


# Two-word prepositions whose object is the source of what the sentence says: "according to
# X", "as per X" (the second word's object).
SOURCE_PREPOSITIONS = frozenset({("according", "to"), ("as", "per")})


def source_preposition(tok: Token) -> bool:
    """Whether ``tok`` opens "according to" or "as per" in its sentence."""
    nxt = tok.i + 1
    if nxt >= sentence_of(tok).end:
        return False
    return (tok.lower_, tok.doc[nxt].lower_) in SOURCE_PREPOSITIONS


def according_source(sent: Span) -> Token | None:
    """The head of the source a sentence gives with "according to X" ("as per X"), if any."""
    for tok in sent:
        if source_preposition(tok):
            return pobj(tok.nbor())
    return None


def author(prep: Token) -> Token | None:
    """Whom a report is from or by: the object of a "from"/"by" preposition or agent, unless a
    date or a number ("a prediction that ... by 2008" is a deadline, not an author)."""
    if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by"):
        return None
    obj = pobj(prep)
    return None if obj is None or obj.ent_type_ in ("DATE", "TIME") or obj.like_num else obj


def put_at(verb: Token) -> Token | None:
    """The "at" of a figure a verb puts something at ("put casualties at 1.2 million"), also
    where the parser hung it on a noun in between ("put the toll since the end of April at
    387")."""
    ats = (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "at")
    return next((t for t in ats if t.head.i == verb.i or _numeric(pobj(t))), None)


def _numeric(tok: Token | None) -> bool:
    return tok is not None and tok.like_num


def prep_object(head: Token, words: Collection[str]) -> Token | None:
    """The object of ``head``'s first preposition among ``words`` ("reports from [X]")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in words and (obj := pobj(child)) is not None:
            return obj
    return None


def agent(verb: Token) -> Token | None:
    """A passive verb's agent: "was reported by [officials]"."""
    return next((pobj(c) for c in verb.children if c.dep_ == "agent"), None)


# Verbs whose object is the means, not the doer, of the verb completing them: "X used his blog
# to call ..." (X calls, not the blog).
_MEANS_VERBS = frozenset({"use", "employ"})


def subject(verb: Token, deps: Collection[str] = SUBJECT_DEPS) -> Token | None:
    """The verb's grammatical subject, else the subject of the verb it is conjoined to or
    completes ("stood up and said", "wanted to know"), or that verb's object when it has one
    ("prompting the UN to say", "led analysts to estimate"). Of two subjects, the named person
    ("Russia's negotiator Kirill Dmitriev told": the parser makes both subjects)."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    if subjects:
        return next((c for c in subjects if c.ent_type_ == "PERSON"), subjects[0])
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in _MEANS_VERBS:
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if controller is not None and controller.i < verb.i:
            return controller
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return subject(verb.head, deps)
    return None


def raised_subject(verb: Token, deps: Collection[str] = SUBJECT_DEPS) -> Token | None:
    """``subject``, also through the heads that raise it: "casualties are likely to continue
    to exceed 1,200 a day" -> casualties; "the cost is unlikely to be in the billions" -> cost."""
    while True:
        subj = subject(verb, deps)
        if subj is not None or verb.dep_ not in _RAISING_DEPS or verb.head.i == verb.i:
            return subj
        verb = verb.head


def has_passive_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def entity_at(tok: Token) -> Span | None:
    """The named entity ``tok`` is part of (with its label), or None."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start, end = tok.i, tok.i + 1  # the entity's extent from its IOB tags: no scan of doc.ents
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


_MEASURE_ENTS = ("DATE", "TIME", "QUANTITY")


def is_measure(tok: Token) -> bool:
    """A unit or span of time that a number measures: "year" in "10-year notes", "TB" in "a 1TB
    model", "week" in "a two-week study". Never a speaker nor the owner of a report (but "The
    Week", "Channel 4" and "Two officials" are). Shares ("51% say") are the respondents'."""
    doc = tok.doc
    if not tok.is_alpha or tok.lower_ in ("percent", "per"):
        return False
    if tok.ent_type_ in _MEASURE_ENTS and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "10 year notes"
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.text in ("-", "‑") and not before.whitespace_ and tok.i > 1:
        before = doc[tok.i - 2]  # "10-year", "two-week"
    if before is None or before.whitespace_:
        return False  # only a number glued to it: "1TB", "5kg"
    return before.like_num


def proper_name(tok: Token) -> Span:
    """A proper noun with the capitalised words compounded before it: "Beta Re"."""
    left, doc = tok.i, tok.doc
    while left > 0 and doc[left - 1].head.i == tok.i and doc[left - 1].dep_ == "compound":
        if not (doc[left - 1].pos_ == "PROPN" or doc[left - 1].is_title):
            break
        left -= 1
    return tok.doc[left : tok.i + 1]


def phrase_restart(head: Token) -> Token | None:
    """A determiner (or "one") of the head noun right after another noun: the parse ran two
    noun phrases into one ("a reception one senior diplomat described ...", "a photo the
    ministry called ..."), and the head's own phrase starts there."""
    for child in head.lefts:
        opens = child.dep_ == "det" or (child.dep_ == "nummod" and child.lower_ == "one")
        if opens and child.i > 0 and head.doc[child.i - 1].pos_ in ("NOUN", "PROPN"):
            return child
    return None


_DASHES = frozenset({"-", "—", "–"})


def free_dash(tok: Token) -> bool:
    """A dash with a space before it, which closes what comes before (a wire story's dateline,
    "LAGOS, NIGERIA - "), not the hyphen inside a word ("pro-Iran", "Al-Qassam")."""
    return tok.text in _DASHES and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def noun_phrase(head: Token) -> Span:
    """The phrase a head noun stands for: its modifiers and an "of ..." chain, no clauses, no
    leading article."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in _PHRASE_DEPS:
            left = min(left, child.left_edge.i)
    if (restart := phrase_restart(head)) is not None:
        left = max(left, restart.i)  # "a reception one diplomat described": "one diplomat"
    marks = [t.i for t in head.doc[left : head.i] if t.dep_ == "case"]
    commas = [t.i for t in head.doc[left : marks[-1]] if t.text == ","] if marks else []
    if commas:  # a possessor opens its phrase: "Niger, Mali's army" is "Mali's army"
        left = commas[-1] + 1
    dashes = [t.i for t in head.doc[left : head.i] if free_dash(t)]
    if dashes:  # a dateline's dash closes it: "LAGOS, NIGERIA - Nigerian police": "police"
        left = dashes[-1] + 1
    right = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.right_edge.i > right:
            right = child.right_edge.i
        elif child.dep_ == "case":
            right = max(right, child.i)
    span = head.doc[left : right + 1]
    while len(span) > 1 and (
        span[0].is_space or span[0].dep_ == "det" and span[0].lower_ in ("the", "a", "an")
    ):
        span = span[1:]  # "The\xa0press office": no article, nor the space the text put after it
    return span


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` in the same paragraph (no line break between them)."""
    doc = sent.doc
    if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
        return None
    return sentence_of(doc[sent.start - 1])


def paragraph_before(sent: Span) -> Span | None:
    """The last sentence of the paragraph before, for a sentence that opens its paragraph."""
    doc, k = sent.doc, sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or "\n\n" not in doc[k : sent.start].text_with_ws:
        return None
    return sentence_of(doc[k])


def sentences_back(sent: Span, limit: int) -> Iterator[Span]:
    """Up to ``limit`` sentences before ``sent``, nearest first, across paragraph breaks."""
    for _ in range(limit):
        prev = sentence_before(sent) or paragraph_before(sent)
        if prev is None:
            return
        yield prev
        sent = prev


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """NFKC, curly quotes to ASCII, no diacritics, lowercase, single spaces: the form in which
    names and phrases are compared."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES_TO_ASCII)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def headline_end(text: str) -> int:
    """Where a headline opening the text ends (0 when the first line is no headline): its title
    case makes adjectives look like first names ("Defiant Okonjo vows ..."), and it echoes the
    body's quotations."""
    end = text.find("\n")
    return end if 0 < end <= _HEADLINE_CHARS else 0


def name_read_as_adverb(verb: Token) -> Token | None:
    """A surname that is also a common word, which the parser made an adverb of the verb it is
    the subject of: "“...,” says Early." (a capital mid-sentence), "Early says ..." (right
    before a finite verb that has no subject)."""
    doc = verb.doc
    for k in (verb.i + 1, verb.i - 1):
        if not 0 <= k < len(doc):
            continue
        tok = doc[k]
        if tok.head.i != verb.i or tok.dep_ not in ("advmod", "npadvmod") or not tok.is_title:
            continue
        if k > verb.i and k + 1 < len(doc) and doc[k + 1].is_punct:
            return tok  # "says Early."
        if k < verb.i:
            return tok  # "Early says there is ...", "While ..., Early says ..."
    return _name_before_aside(verb)


_NAME_MISREAD = ("advmod", "npadvmod", "advcl", "dep", "intj")  # what a lone name was taken for


def _name_before_aside(verb: Token) -> Token | None:
    """A name the parser made an adverb of a subject-less verb when an aside set off by commas
    parts them: "Baerbock, for instance, said: ...", "Lund, in turn, told reporters ..." (not
    a sentence adverb ending in "-ly": "Separately, ...")."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for tok in verb.lefts:  # a bare capitalised word, whatever the parse made of it
        if tok.dep_ not in _NAME_MISREAD or not tok.is_title or tok.lower_.endswith("ly"):
            continue
        if tok.n_lefts or tok.n_rights:
            continue
        if tok.i + 1 < verb.i - 1 and doc[tok.i + 1].text == ",":
            return tok
    return None


def set_off(verb: Token) -> bool:
    """Whether a clause stands between commas inside another ("Mr Lowe, the minister told
    reporters, had ..."): a comma (its own or the sentence's) on either side of its words."""
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    if doc[first].text != ",":
        first -= 1
    if doc[last].text not in (",", ";"):
        last += 1
    if first < 0 or last >= len(doc):
        return False
    return doc[first].text == "," and doc[last].text in (",", ";")


def in_title_case(sent: Span) -> bool:
    """A sentence written in title case, as headlines are ("Rebels Say 300 Fighters Killed"):
    most of its longer words capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return 2 * sum(t.is_lower for t in words) < len(words)


def name_before(verb: Token) -> Token | None:
    """A subject-less cue verb's speaker when the parse attached it elsewhere: the appositive or
    person right before it, commas skipped ("..., Sweden's foreign minister, Ann Linde, said")."""
    if verb.tag_ not in FINITE_TAGS and not _past_after_quote(verb):
        return None  # a participle ("noting that ...") continues the clause before it
    k, floor = verb.i - 1, sentence_of(verb).start
    while k >= floor and (verb.doc[k].is_punct and not verb.doc[k].is_quote):
        k -= 1
    if k < floor:
        return None
    tok = verb.doc[k]
    while tok.dep_ in ("pobj", "prep") and tok.head.i < tok.i:  # "..., governor of the region,"
        tok = tok.head
    if tok.dep_ == "conj" and tok.pos_ == "NOUN":  # "..., locals and media reports said"
        return _first_conjunct_after_comma(tok)
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN":
        if tok.head.ent_type_ in ("GPE", "LOC"):  # "On the war in Ukraine, the minister said"
            return tok
        return tok.head  # "Pavel Orlov, governor of the region, told": the name
    if tok.ent_type_ == "PERSON" or (tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN")):
        return tok
    return None


def _past_after_quote(verb: Token) -> bool:
    """ "“...,” Ann Lee, an MP, posted on X": a past tense the parser took for a participle
    after a quotation and its speaker (no auxiliary of its own)."""
    quoted = any(t.is_quote for t in verb.doc[sentence_of(verb).start : verb.i])
    aux = any(c.dep_.startswith("aux") for c in verb.children)
    return verb.tag_ == "VBN" and quoted and not aux


def _first_conjunct_after_comma(tok: Token) -> Token | None:
    """The first of the coordinated nouns ending in ``tok`` after the sentence's last comma
    before it ("..., locals and media reports said": "locals"), which the parser conjoined to
    a noun before the comma; None when no comma parts them."""
    comma = next(
        (k for k in range(tok.i - 1, sentence_of(tok).start, -1) if tok.doc[k].text == ","), None
    )
    if comma is None:
        return None
    while tok.dep_ == "conj" and tok.head.i > comma:
        tok = tok.head
    return tok if tok.dep_ == "conj" and tok.head.i < comma and tok.pos_ == "NOUN" else None


def relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause is about: its head, or above a date the parser hung it on
    ("a report seen on Monday, which noted ...": the report, not Monday)."""
    head = clause.head
    if head.ent_type_ not in ("DATE", "TIME"):
        return head
    while head.ent_type_ in ("DATE", "TIME") or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        if head.head.i == head.i:
            return clause.head
        head = head.head
    return head
