"""Who says it: the source of a claim or a quote, from cue verbs, "according to" and context.

Sources are found in the claim's own sentence first (scope ``sentence``), then in an anaphoric
next sentence of the same paragraph ("This information was presented ..., according to X",
scope ``paragraph``), then, for bullet items only, the article's lead source (scope ``document``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tasks.extract.grammar import (
    agent,
    entity_at,
    has_passive_subject,
    noun_phrase,
    pobj,
    sentence_before,
    subject,
)
from tasks.extract.names import NameIndex, actor_of, canonical_org, pronoun_gender

# Lemmas of verbs that report speech or a figure. "point" only with the particle "out".
SAY_VERBS = {
    "say", "tell", "confirm", "estimate", "report", "claim", "cite", "state", "note", "warn",
    "add", "announce", "reveal", "write", "insist", "emphasize", "emphasise", "stress", "assert",
    "acknowledge", "admit", "explain", "argue", "declare", "believe", "point", "tweet", "post",
    "accuse", "describe", "call", "urge", "suggest", "allege", "testify", "brief", "predict",
    "calculate", "count", "record", "document", "assess", "caution", "underline", "highlight",
    "maintain", "contend", "ask", "reply", "respond", "interpret", "label", "dismiss", "forecast",
    "term", "brand", "quote", "concede", "remark", "recall", "observe", "conclude",
}  # fmt: skip
REPORT_NOUNS = {
    "report", "estimate", "figure", "data", "assessment", "statement", "intelligence", "count",
}  # fmt: skip
OFFICIAL_NOUNS = {
    "official", "source", "spokesperson", "spokesman", "spokeswoman", "aide", "adviser",
    "advisor", "diplomat", "commander", "officer", "analyst", "expert", "minister", "envoy",
    "representative", "insider", "general", "soldier", "witness", "resident", "governor",
    "mayor", "head", "chief", "leader", "observer", "person", "people", "researcher", "staff",
}  # fmt: skip
MEDIA = {
    "politico", "reuters", "ap", "associated press", "afp", "cnn", "bbc", "bbc news",
    "the guardian", "guardian", "the independent", "independent", "kyiv independent",
    "the kyiv independent",
    "tass", "ria novosti", "interfax", "the new york times", "new york times", "the times",
    "the washington post", "washington post", "bloomberg", "al jazeera", "the wall street journal",
    "wall street journal", "financial times", "the economist", "sky news", "nbc", "cbs", "abc",
    "fox news", "yonhap", "ukrainska pravda", "meduza", "the kyiv post", "kyiv post", "media",
}  # fmt: skip
_TITLE_NOUNS = {
    "president", "minister", "secretary", "chancellor", "negotiator", "ambassador", "premier",
    "prosecutor", "director", "chairman", "chairwoman", "ombudsman", "mp", "senator",
}  # fmt: skip
_QUOTE_VERBS = {"continue", "go", "plead", "joke", "shout", "scream", "whisper", "recount"}
_QUOTED_AS = {"quote", "cite"}  # "he was quoted as saying": the passive subject speaks
_PRONOUNS = {"he", "she", "him", "her", "his"}
_ANAPHORIC_STARTS = {"this", "these", "that", "those", "the figure", "the figures", "the estimate"}
_BULLETS = ("-", "•", "*", "–", "—", "·")


@dataclass(frozen=True)
class Source:
    """A resolved source: the name as attributed, its kind, the cue words and the scope."""

    name: str
    kind: str
    cue: str
    scope: str = "sentence"


@dataclass
class ArticleContext:
    """What attribution needs to know about the whole article: people, quotes, paragraphs."""

    doc: Doc
    names: NameIndex
    # (char_start, canonical) of PERSON mentions outside quotes; subjects kept apart
    persons: list[tuple[int, str]] = field(default_factory=list)
    subject_persons: list[tuple[int, str]] = field(default_factory=list)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    lead: Source | None = None
    person_tokens: set[int] = field(default_factory=set)
    text: str = ""  # doc.text, built once: spaCy rebuilds it on every access
    sent_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, quote_spans: list[tuple[int, int]] | None = None) -> ArticleContext:
        spans = sorted(quote_spans or [])
        people = person_entities(doc)
        ctx = cls(doc, NameIndex(e.text for e in people), quote_spans=spans)
        ctx.person_tokens = {t.i for e in people for t in e}
        ctx.text = doc.text
        ctx.sent_starts = [s.start_char for s in doc.sents]
        for ent in people:
            if ctx.in_quote(ent.start_char):
                continue
            name = ctx.names.canonical(ent.text)
            ctx.persons.append((ent.start_char, name))
            root = ent.root
            head = root.head if root.dep_ in ("appos", "compound") else root
            # a subject, or the agent of a passive ("was conceded by Zelenskiy")
            if head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "pobj" and head.head.dep_ == "agent"
            ):
                ctx.subject_persons.append((ent.start_char, name))
        return ctx

    def in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.quote_spans, (char, 10**12)) - 1
        return k >= 0 and self.quote_spans[k][0] <= char < self.quote_spans[k][1]

    def resolve_pronoun(self, char: int, pronoun: str = "he") -> str | None:
        """The person a "he"/"she" at ``char`` most likely means: the last person named earlier
        in the same sentence, else the last person who was a grammatical subject (or a passive
        agent), else the last person named; people known to be of the other gender are skipped."""
        wanted = pronoun_gender(pronoun)
        k = bisect.bisect_right(self.sent_starts, char) - 1
        floor = self.sent_starts[k] if k >= 0 else 0
        same = [(c, n) for c, n in self.persons if floor <= c < char]
        for pool in (same, self.subject_persons, self.persons):
            k = bisect.bisect_left(pool, (char, "")) - 1
            while k >= 0:
                gender = self.names.gender(pool[k][1])
                if wanted is None or gender is None or gender == wanted:
                    return pool[k][1]
                k -= 1
        return None


def person_entities(doc: Doc) -> list[Span]:
    """People named in the article. spaCy's small model tags some capitals as people ("Kyiv
    argues ...") and some people as organisations ("Zelenskiy"): a place is never a person, and
    an entity of another label is one when a title introduces it ("Ukraine's president,
    Volodymyr Zelenskiy") or its surname is a known person's."""
    titled = OFFICIAL_NOUNS | _TITLE_NOUNS
    people = [e for e in doc.ents if e.label_ == "PERSON" and actor_of(e.text) is None]
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP") or len(ent) < 2 or actor_of(ent.text):
            continue
        root = ent.root
        by_title = root.dep_ == "appos" and root.head.lemma_.lower() in titled
        if by_title or any(t.lemma_.lower() in titled and t.i < ent.start for t in root.lefts):
            people.append(ent)
    names = NameIndex(e.text for e in people)
    starts = {e.start for e in people}
    people += [
        e
        for e in doc.ents
        if e.label_ == "ORG" and e.start not in starts and len(e) <= 3 and e.text in names
    ]
    return sorted(people, key=lambda e: e.start)


def describe(head: Token, ctx: ArticleContext) -> tuple[str, str] | None:
    """(name, kind) for the phrase headed by ``head``, or None when it names no source."""
    low = head.lower_
    if low in _PRONOUNS:
        name = ctx.resolve_pronoun(head.idx, low)
        return (name, "person") if name else None
    if low in ("it", "they") and head.dep_ == "nsubj" and is_cue_verb(head.head, quote=True):
        return _antecedent(head, ctx)  # "It said:", "They said 42 other people ..."
    if head.pos_ == "PRON" or low in ("it", "they", "this", "that", "which", "who"):
        return None
    phrase = noun_phrase(head)
    person = _person_in(head, phrase, ctx)
    if person is not None:
        return ctx.names.canonical(person.text), "person"
    if head.pos_ == "PROPN" and head.text in ctx.names:  # NER missed a known surname
        return ctx.names.canonical(head.text), "person"
    org = _org_entity(head)
    text = (org.text if org is not None else _without_description(phrase).text).strip(" ,")
    folded = text.lower()
    if head.lemma_.lower() == "source" and head.tag_ in ("NNS", "NNPS"):
        return text, "multiple_sources"
    if folded in MEDIA or low in MEDIA or (head.ent_type_ == "ORG" and folded in MEDIA):
        return canonical_org(text), "media"
    if head.lemma_.lower() in OFFICIAL_NOUNS:
        return text, "official_anonymous"
    if head.ent_type_ in ("ORG", "GPE", "NORP") or head.pos_ == "PROPN":
        return canonical_org(text), "organization"
    return text, "organization"


def _antecedent(pronoun: Token, ctx: ArticleContext) -> tuple[str, str] | None:
    """What "it"/"they" as a speaker refers to: the previous sentence's source in the same
    paragraph, else that sentence's (non-pronoun) subject."""
    prev = sentence_before(pronoun.sent)
    if prev is None:
        return None
    found = sentence_source(prev, prev.root, ctx)
    if found is not None:
        return found.name, found.kind
    subj = subject(prev.root)
    if subj is None or subj.pos_ == "PRON":
        return None
    return describe(subj, ctx)


def _org_entity(head: Token) -> Span | None:
    """The whole ORG entity a head noun ends ("the US-based Institute for the Study of War")."""
    return entity_at(head) if head.ent_type_ == "ORG" else None


def _without_description(phrase: Span) -> Span:
    """A source phrase without an "of" chain that only describes it ("a survey of 23 armed
    conflicts" -> "survey"): kept when it names someone ("the Defense Intelligence of Ukraine")."""
    for tok in phrase:
        if tok.lower_ == "of" and tok.dep_ == "prep" and tok.head.i == phrase.root.i:
            tail = phrase.doc[tok.i + 1 : phrase.end]
            if any(t.like_num for t in tail) or not any(t.pos_ == "PROPN" for t in tail):
                return phrase.doc[phrase.start : tok.i]
    return phrase


def _person_in(head: Token, phrase: Span, ctx: ArticleContext) -> Span | None:
    """A person the phrase is about: the head itself, a name inside it ("Russia's negotiator
    Kirill Dmitriev"), or an appositive name ("Ukraine's energy minister, Denys Shmyhal,")."""
    doc = head.doc

    def mention(i: int) -> Span | None:
        return entity_at(doc[i]) if i in ctx.person_tokens else None

    if (ent := mention(head.i)) is not None:
        return ent
    for child in head.children:
        if child.dep_ == "appos" and (ent := mention(child.i)) is not None:
            return ent
    if head.lemma_.lower() in OFFICIAL_NOUNS | _TITLE_NOUNS:
        names = [mention(t.i) for t in phrase if t.i > phrase.start]
        named = [n for n in names if n is not None]
        if named:
            return named[-1]
        # "title, Name," with the comma the parser did not attach
        nxt = phrase.end
        if nxt + 1 < len(doc) and doc[nxt].text == "," and (ent := mention(nxt + 1)) is not None:
            return ent
    return None


def speaker_of(verb: Token) -> Token | None:
    """Who performs a reporting verb: its subject, a passive agent ("was told by X"), a
    conjoined verb's subject, the noun a relative clause hangs on ("a report that said"), or a
    name the parser left just before the verb ("the governor, Serhiy Haidai, said"). A passive
    subject is what was said or reported ("Damage was recorded in 50 ..."), unless the verb
    quotes it ("he was quoted as saying")."""
    if (by := agent(verb)) is not None:
        return by
    if has_passive_subject(verb):
        return subject(verb) if verb.lemma_.lower() in _QUOTED_AS else None
    subj = subject(verb, ("nsubj",))
    if subj is not None and subj.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        return verb.head
    if subj is not None and subj.lower_ in ("this", "that"):
        return None
    return subj if subj is not None else name_before(verb)


def name_before(verb: Token) -> Token | None:
    """A subject-less cue verb's speaker when the parse attached it elsewhere: the appositive or
    person right before it, commas skipped ("..., Sweden's foreign minister, Ann Linde, said")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a participle ("noting that ...") continues the clause before it
    k, floor = verb.i - 1, verb.sent.start
    while k >= floor and (verb.doc[k].is_punct and not verb.doc[k].is_quote):
        k -= 1
    if k < floor:
        return None
    tok = verb.doc[k]
    if tok.ent_type_ == "PERSON" or (tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN")):
        return tok
    return None


def is_reporting(tok: Token) -> bool:
    """A cue verb with a speaker of its own ("X estimated that"), not a bare "estimated at"."""
    return is_cue_verb(tok) and speaker_of(tok) is not None


def is_cue_verb(tok: Token, *, quote: bool = False) -> bool:
    """A verb that reports speech; ``quote`` admits verbs that only do so next to a quotation
    ("“...,” he continued"), never for a number ("shelling continued")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or not (
        lemma in SAY_VERBS or (quote and lemma in _QUOTE_VERBS)
    ):
        return False
    if tok.lemma_.lower() == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    return True


def _cue_word(tok: Token) -> str:
    return "pointed out" if tok.lemma_.lower() == "point" else tok.lower_


def according_to(sent: Span, ctx: ArticleContext) -> Source | None:
    """ "according to X" anywhere in the sentence."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
            obj = pobj(tok.nbor())
            obj = obj if obj is not None else pobj(tok)
            if obj is not None and (found := describe(obj, ctx)):
                return Source(found[0], found[1], "according to")
    return None


def from_ancestors(target: Token, ctx: ArticleContext) -> Source | None:
    """The nearest cue governing ``target``: "X said that ...", "reports from X indicating ..."."""
    for anc in target.ancestors:
        # "reports from X indicating ...", and "Estimates provided ... from X were that ..."
        reports = [anc] + [c for c in anc.children if c.dep_ == "nsubj" and c.i != target.i]
        for noun in reports:
            if (found_report := _report_source(noun, ctx)) is not None:
                return found_report
        if is_cue_verb(anc):
            subj = speaker_of(anc)
            if subj is not None and not (subj.left_edge.i <= target.i <= subj.right_edge.i):
                found = describe(subj, ctx)
                if found:
                    return Source(found[0], found[1], _cue_word(anc))
    return None


def _report_source(noun: Token, ctx: ArticleContext) -> Source | None:
    """The source of a report noun: "reports from X", "estimates provided to Y from X"."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in REPORT_NOUNS:
        return None
    preps = [c for c in noun.children if c.dep_ != "acl"]
    preps += [g for c in noun.children if c.dep_ == "acl" for g in c.children]
    for child in preps:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = pobj(child)
            if obj is not None and (found := describe(obj, ctx)):
                return Source(found[0], found[1], f"{noun.lower_} {child.lower_}")
    return None


def loose_cue(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """A cue verb elsewhere in the sentence, when the parse did not make it govern the target."""
    for tok in sent:
        if is_cue_verb(tok) and tok.dep_ in ("ROOT", "parataxis", "ccomp") and tok.i != target.i:
            subj = speaker_of(tok)
            if subj is not None and (found := describe(subj, ctx)):
                return Source(found[0], found[1], _cue_word(tok))
    return None


def sentence_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source stated in the target's own sentence."""
    return from_ancestors(target, ctx) or according_to(sent, ctx) or loose_cue(sent, target, ctx)


def _paragraph_of(text: str, sent: Span) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, sent.start_char)
    end = text.find("\n\n", sent.end_char - 1)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def find_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """Sentence first, then an anaphoric next sentence of the paragraph, then (bullets) the lead."""
    found = sentence_source(sent, target, ctx)
    if found:
        return found
    doc, text = ctx.doc, ctx.text
    p_start, p_end = _paragraph_of(text, sent)
    if sent.end < len(doc) and doc[sent.end].idx < p_end:
        nxt = doc[sent.end].sent
        head = nxt.text.strip().lower()
        if any(head.startswith(a + " ") for a in _ANAPHORIC_STARTS):
            root = nxt.root
            found = from_ancestors(root, ctx) or according_to(nxt, ctx)
            if found:
                return Source(found.name, found.kind, found.cue, "paragraph")
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if text.startswith(_BULLETS, line_start) and ctx.lead is not None:
        return Source(ctx.lead.name, ctx.lead.kind, ctx.lead.cue, "document")
    return None
