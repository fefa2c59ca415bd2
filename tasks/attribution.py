"""Who says it: the source of a claim or a quote, from cue verbs, "according to" and context.

Sources are found in the claim's own sentence first (scope ``sentence``), then in an anaphoric
next sentence of the same paragraph ("This information was presented ..., according to X",
scope ``paragraph``), then, for bullet items only, the article's lead source (scope ``document``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tasks.names import NameIndex, canonical_org

# Lemmas of verbs that report speech or a figure. "point" only with the particle "out".
SAY_VERBS = {
    "say", "tell", "confirm", "estimate", "report", "claim", "cite", "state", "note", "warn",
    "add", "announce", "reveal", "write", "insist", "emphasize", "emphasise", "stress", "assert",
    "acknowledge", "admit", "explain", "argue", "declare", "believe", "point", "tweet", "post",
    "accuse", "describe", "call", "urge", "suggest", "allege", "testify", "brief", "predict",
    "calculate", "count", "record", "document", "assess", "caution", "underline", "highlight",
    "maintain", "contend", "ask", "reply", "respond", "interpret", "label", "dismiss",
    "term", "brand", "quote", "concede", "remark", "recall", "observe", "conclude",
}  # fmt: skip
REPORT_NOUNS = {"report", "estimate", "figure", "data", "assessment", "statement", "intelligence"}
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
_QUOTE_VERBS = {"continue", "go", "plead", "joke", "shout", "scream", "whisper", "recount"}
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

    @classmethod
    def build(cls, doc: Doc, quote_spans: list[tuple[int, int]] | None = None) -> ArticleContext:
        spans = sorted(quote_spans or [])
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        ctx = cls(doc, NameIndex(e.text for e in people), quote_spans=spans)
        for ent in people:
            if ctx.in_quote(ent.start_char):
                continue
            name = ctx.names.canonical(ent.text)
            ctx.persons.append((ent.start_char, name))
            root = ent.root
            if root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
            ):
                ctx.subject_persons.append((ent.start_char, name))
        return ctx

    def in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self.quote_spans, (char, 10**12)) - 1
        return k >= 0 and self.quote_spans[k][0] <= char < self.quote_spans[k][1]

    def resolve_pronoun(self, char: int) -> str | None:
        """The person a "he"/"she" at ``char`` most likely means: the last person who was a
        grammatical subject before it, else the last person named."""
        for pool in (self.subject_persons, self.persons):
            k = bisect.bisect_left(pool, (char, "")) - 1
            if k >= 0:
                return pool[k][1]
        return None


def noun_phrase(head: Token) -> Span:
    """The phrase a head noun stands for: its modifiers and an "of ..." chain, no clauses."""
    keep = {"det", "amod", "compound", "nmod", "poss", "case", "nummod", "quantmod", "advmod"}
    left = head.i
    for child in head.lefts:
        if child.dep_ in keep:
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.right_edge.i > right:
            right = child.right_edge.i
        elif child.dep_ == "case":
            right = max(right, child.i)
    span = head.doc[left : right + 1]
    while len(span) > 1 and span[0].dep_ == "det" and span[0].lower_ in ("the", "a", "an"):
        span = span[1:]
    return span


def describe(head: Token, ctx: ArticleContext) -> tuple[str, str] | None:
    """(name, kind) for the phrase headed by ``head``, or None when it names no source."""
    low = head.lower_
    if low in _PRONOUNS:
        name = ctx.resolve_pronoun(head.idx)
        return (name, "person") if name else None
    if head.pos_ == "PRON" or low in ("it", "they", "this", "that", "which", "who"):
        return None
    phrase = noun_phrase(head)
    person = _person_in(head, phrase)
    if person is not None:
        return ctx.names.canonical(person.text), "person"
    if head.pos_ == "PROPN" and head.text in ctx.names:  # NER missed a known surname
        return ctx.names.canonical(head.text), "person"
    text = phrase.text.strip(" ,")
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


def _person_in(head: Token, phrase: Span) -> Span | None:
    """A PERSON entity that the phrase is about: the head itself, or an appositive name."""
    for ent in phrase.ents:
        if ent.label_ == "PERSON" and ent.root.i == head.i:
            return ent
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            return next(e for e in head.doc.ents if e.start <= child.i < e.end)
    if head.ent_type_ == "PERSON":
        return next(e for e in head.doc.ents if e.start <= head.i < e.end)
    return None


def _subject_of(verb: Token) -> Token | None:
    """The speaker of a cue verb: its subject, a passive agent, or a conjoined verb's subject."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "this", "that"):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_of(verb.head)
    return None


def is_reporting(tok: Token) -> bool:
    """A cue verb with a speaker of its own ("X estimated that"), not a bare "estimated at"."""
    return is_cue_verb(tok) and _subject_of(tok) is not None


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
            pobj = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None and (found := describe(pobj, ctx)):
                return Source(found[0], found[1], "according to")
    return None


def from_ancestors(target: Token, ctx: ArticleContext) -> Source | None:
    """The nearest cue governing ``target``: "X said that ...", "reports from X indicating ..."."""
    for anc in target.ancestors:
        if anc.pos_ in ("NOUN", "PROPN") and anc.lemma_.lower() in REPORT_NOUNS:
            for child in anc.children:
                if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and (found := describe(pobj, ctx)):
                        return Source(found[0], found[1], f"{anc.lower_} {child.lower_}")
        if is_cue_verb(anc):
            subj = _subject_of(anc)
            if subj is not None and not (subj.left_edge.i <= target.i <= subj.right_edge.i):
                found = describe(subj, ctx)
                if found:
                    return Source(found[0], found[1], _cue_word(anc))
    return None


def loose_cue(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """A cue verb elsewhere in the sentence, when the parse did not make it govern the target."""
    for tok in sent:
        if is_cue_verb(tok) and tok.dep_ in ("ROOT", "parataxis", "ccomp") and tok.i != target.i:
            subj = _subject_of(tok)
            if subj is not None and (found := describe(subj, ctx)):
                return Source(found[0], found[1], _cue_word(tok))
    return None


def sentence_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """The source stated in the target's own sentence."""
    return from_ancestors(target, ctx) or according_to(sent, ctx) or loose_cue(sent, target, ctx)


def _paragraph_of(doc: Doc, sent: Span) -> tuple[int, int]:
    text = doc.text
    start = text.rfind("\n\n", 0, sent.start_char)
    end = text.find("\n\n", sent.end_char - 1)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def find_source(sent: Span, target: Token, ctx: ArticleContext) -> Source | None:
    """Sentence first, then an anaphoric next sentence of the paragraph, then (bullets) the lead."""
    found = sentence_source(sent, target, ctx)
    if found:
        return found
    doc = ctx.doc
    p_start, p_end = _paragraph_of(doc, sent)
    if sent.end < len(doc):
        nxt = doc[sent.end].sent
        head = nxt.text.strip().lower()
        if nxt.start_char < p_end and any(head.startswith(a + " ") for a in _ANAPHORIC_STARTS):
            root = nxt.root
            found = from_ancestors(root, ctx) or according_to(nxt, ctx)
            if found:
                return Source(found.name, found.kind, found.cue, "paragraph")
    line_start = doc.text.rfind("\n", 0, sent.start_char) + 1
    if doc.text[line_start:].startswith(_BULLETS) and ctx.lead is not None:
        return Source(ctx.lead.name, ctx.lead.kind, ctx.lead.cue, "document")
    return None
