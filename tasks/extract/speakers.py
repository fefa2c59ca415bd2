"""Who says a quotation: the speaker a quote's own words and its neighbours name.

In order: a reporting clause closing the quote's sentence ("A claimed “...”, B said": B),
"according to X" before or right after it (unless a reporting verb of its own introduces the
quote: "According to a report, X said: “...”"), the cue verb nearest to the quote in its own
sentence, a reporting verb in the next sentence after a question mark or a comma, a short
clause closing it ("“...?” Mr Weingarten pressed."), a clause about a person ending in a colon
before it ("Mr Dean is confident: “...”"), the previous sentence of the paragraph. A phrase
quoted in narration is said by the author of a speech noun over it ("remarks by X that ...
“...”"), else by the reporting verb that governs it (``said_by``): one before it, one above it
in the parse ("condemned the attacks as “...”", "raised concerns about the “...”, saying ..."),
or an aside ("..., he said, ..."). ``quotes`` carries speakers over between quotes, and
``paragraph_speakers`` from reported speech in the paragraph before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from tasks.extract.closing_cues import trailing_cue
from tasks.extract.context import ArticleContext
from tasks.extract.cue_speakers import speaker_of
from tasks.extract.cue_words import REPORT_NOUNS, SPEECH_NOUNS, WORDS_ONLY_VERBS
from tasks.extract.cues import is_cue_verb
from tasks.extract.grammar import (
    prep_object,
    subject,
)
from tasks.extract.lead_ins import according, according_in, dash_signed, introduced
from tasks.extract.memo import sentence_of
from tasks.extract.quote_marks import QuoteSpan
from tasks.extract.quote_terms import names_speaker
from tasks.extract.spoken_by import Speaker, cue_in, cue_speaker, speaker_from
from tasks.schema import QuoteKind

# Verbs that put out a document in words, whose issuer a phrase quoted in the same clause
# quotes: "The embassy issued a travel warning ... due to “civil unrest”".
_ISSUE_VERBS = ("issue", "release", "publish")
_SAYS_WHAT = ("acl", "relcl", "ccomp", "appos")  # what a speech noun says: "remarks that ..."
CLAUSE_AFTER = 6  # tokens: "Mr Weingarten pressed." closing a quote reports it


def _cue_in_ancestors(inside: Span, ctx: ArticleContext, *, person_only: bool = False):
    """The nearest governing verb that reports speech (or, with ``person_only``, any verb whose
    subject is a person, for a phrase quoted in narration)."""
    for anc in inside.root.ancestors:
        if person_only and anc.pos_ not in ("VERB", "AUX"):
            continue
        if not person_only and not _reports(anc, inside.root):
            continue
        if _beside_its_clause(anc, inside.root):
            continue
        if names_speaker(anc, inside.root):
            continue
        subj = speaker_of(anc)
        if subj is None or (
            person_only and subj.ent_type_ != "PERSON" and subj.lower_ not in ("he", "she")
        ):
            continue
        if found := cue_speaker(anc, subj, ctx):
            return found
    return None


def _aside_after(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """A reporting clause right after the closing mark, with no comma, that the parse hung on
    the quoted noun as a relative clause: "She retired in 1963, an “instant decision” she said,
    ...". A verb that reports only words ("say", "admit") and has nothing else to report is a
    parenthetical cue: its subject says the quoted words. Not "the “plan” she announced"
    (announcing takes a thing)."""
    doc = inside.doc
    k = inside.end + 1 if inside.end < len(doc) and doc[inside.end].is_quote else inside.end
    if k >= len(doc) or k == inside.end:
        return None
    subj = doc[k]
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.dep_ != "relcl" or not inside.start <= verb.head.i < inside.end:
        return None
    if verb.lemma_.lower() not in WORDS_ONLY_VERBS or verb.i > k + 2:
        return None  # "she said", "she later said"
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return cue_speaker(verb, subj, ctx)


def _beside_its_clause(verb: Token, quoted: Token) -> bool:
    """Whether a reporting verb inside someone's reported words reaches the quoted phrase only
    through a clause conjoined to its own, with a subject of its own: "The club insisted Mr Lowe
    was speaking about adults and his remarks were “...”" (the club's words, not his speech)."""
    if verb.dep_ != "ccomp" or not is_cue_verb(verb.head, quote=True):
        return False
    child = next((c for c in verb.children if c.i == quoted.i or c.is_ancestor(quoted)), None)
    if child is None or child.dep_ != "conj":
        return False
    return any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)


def _speech_noun_over(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """Who said the words a speech noun over the phrase names, before any reporting verb above
    it: "demanded an apology over remarks by the minister, Ivan Petrov, that the border was “a
    sieve”" (Ivan Petrov, not who demanded), "his claim that ..." (him)."""
    quoted = child = inside.root
    for anc in quoted.ancestors:
        if is_cue_verb(anc, quote=True):
            return None
        below, child = child, anc
        if anc.pos_ != "NOUN" or anc.lemma_.lower() not in SPEECH_NOUNS:
            continue
        if below.dep_ not in _SAYS_WHAT and not (below.dep_ == "prep" and below.lower_ == "of"):
            continue  # "condemned his remarks as “absurd”": said of the remarks, not in them
        who = prep_object(anc, ("by", "from"))
        who = who or next((c for c in anc.children if c.dep_ == "poss"), None)
        if who is not None and not who.left_edge.i <= quoted.i <= who.right_edge.i:
            return speaker_from(who, ctx, anc.lemma_.lower())
    return None


def _reports(verb: Token, quoted: Token) -> bool:
    """A verb that reports what its subject says: a reporting verb; one with a reporting
    participle ("raised concerns about the “...”, saying ..."); one casting its object as the
    quoted phrase ("condemned the attacks as “more barbarism”")."""
    if is_cue_verb(verb, quote=True):
        return True
    if verb.pos_ != "VERB":
        return False
    kids = list(verb.children)
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and is_cue_verb(c) for c in kids):
        return True
    cast_as = quoted.head.lower_ == "as" and quoted.head.head.i == verb.i
    return cast_as and any(c.dep_ == "dobj" for c in kids)


def _aside_cue(sent: Span, ctx: ArticleContext) -> Speaker | None:
    """A reporting clause set off by commas inside the sentence reports all of it: "Such
    “enormous leaps in price” were unlikely, he said, but ..."."""
    doc = sent.doc
    for verb in sent:
        if not is_cue_verb(verb, quote=True) or ctx.in_quote(verb.idx):
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            continue  # it reports a clause of its own
        subj = speaker_of(verb)
        if subj is None or subj.i > verb.i or verb.i + 1 >= sent.end:
            continue
        left = subj.left_edge.i
        if left > sent.start and doc[left - 1].text == "," and doc[verb.i + 1].text in (",", ";"):
            return speaker_from(subj, ctx, verb.lemma_.lower())
    return None


def _cue_before(sent: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """For a phrase quoted in narration: the nearest cue verb before it in its sentence that
    governs it or that the parse may have cut it from ("the ministry said that “fierce fights”
    were taking place", with "taking" attached to an earlier verb)."""
    doc = sent.doc
    for k in range(inside.start - 1, sent.start - 1, -1):
        verb = doc[k]
        if not is_cue_verb(verb, quote=True):
            continue
        between = doc[k + 1 : inside.start]
        if not (verb.is_ancestor(inside.root) or any(t.dep_ == "mark" for t in between)):
            return None
        if names_speaker(verb, inside.root):
            return None
        if _beside_its_clause(verb, inside.root):
            verb = verb.head
        if _adjunct_of(verb, inside.root):
            verb = _outer_reporter(verb)
        return cue_speaker(verb, speaker_of(verb), ctx)
    return None


# Prepositions that bring in what a reporting verb says: "warned of “...”", "described it as
# “...”", "called for “...”", "spoke about “...”".
_CONTENT_PREPS = frozenset({"of", "as", "about", "for", "on", "over", "against", "to"})


def _adjunct_of(verb: Token, quoted: Token) -> bool:
    """Whether the quoted phrase hangs on ``verb`` as an adjunct (how, when, on what terms),
    not as what the verb says: "announced their withdrawal “regardless of the situation”",
    not "warned of “a hard winter”" nor "described it as “a betrayal”"."""
    child = next((c for c in verb.children if c.i == quoted.i or c.is_ancestor(quoted)), None)
    if child is None:
        return False
    if child.dep_ == "prep":
        return child.lower_ not in _CONTENT_PREPS
    return child.dep_ in ("advmod", "npadvmod", "advcl")


def _outer_reporter(verb: Token) -> Token:
    """The outermost reporting verb whose reported clause holds ``verb``'s: a phrase quoted as
    an adjunct in a clause someone reports is that reporter's words, even where a reporting
    verb of the clause governs it ("Mr Lee pointed out that three allies had announced their
    withdrawal “regardless of the situation”": Mr Lee's words, not the allies')."""
    while (
        verb.dep_ == "ccomp"
        and is_cue_verb(verb.head, quote=True)
        and speaker_of(verb.head) is not None
    ):
        verb = verb.head
    return verb


def _closing_cue(last: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    cue = trailing_cue(last)
    if cue is None or cue.verb.i < inside.end:
        return None
    return cue_speaker(cue.verb, cue.speaker, ctx)


def said_by(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """The speaker whose reporting verb governs a phrase quoted in narration."""
    first, last = sentence_of(inside[0]), sentence_of(inside[-1])
    found = _closing_cue(last, inside, ctx) or _aside_after(inside, ctx)
    found = found or _cue_before(first, inside, ctx)
    return found or _cue_in_ancestors(inside, ctx) or _aside_cue(first, ctx)


def find_speaker(doc: Doc, span: QuoteSpan, kind: QuoteKind, ctx: ArticleContext):
    """The speaker from the quote's sentences, else the neighbouring ones."""
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None:
        return None
    first, last = sentence_of(inside[0]), sentence_of(inside[-1])
    region = doc[first.start : last.end]
    closing = _closing_cue(last, inside, ctx) or dash_signed(doc, span, ctx)
    if closing is not None:
        return closing
    if kind == QuoteKind.PARTIAL:
        found = _speech_noun_over(inside, ctx) or _aside_after(inside, ctx)
        found = found or _cue_before(first, inside, ctx)
        found = found or _cue_in_ancestors(inside, ctx)
        found = found or cue_in(region, inside, ctx) or according_in(first, ctx)
        found = found or _issued_with(inside, ctx)
        found = found or _cue_in_ancestors(inside, ctx, person_only=True)
        found = found or _quoted_predicate(inside, ctx)
        return found or _said_just_before(first, inside, ctx)
    # "according to X" before the quote, or right after it ("“...,” according to Mr Graczyk."),
    # unless someone's reporting verb introduces it ("According to a report, Ann Lee said: ...")
    for part in (doc[first.start : inside.start], doc[inside.end : last.end]):
        if len(part) and not introduced(part, ctx) and (found := according(part, ctx)):
            return found
    found = cue_in(region, inside, ctx)
    if found:
        return found
    # “...?” an interpreter asked: a question mark ends the sentence before its cue; and
    # “...,” Pavlo Kyrylenko, governor of ..., told a briefing: the comma says the cue follows
    close = last.end < len(doc) and doc[last.end].idx - span.end <= 3
    cue_follows = close and (doc[last.end].is_lower or ctx.text[span.end - 1 : span.end] == ",")
    if cue_follows and (found := cue_in(sentence_of(doc[last.end]), inside, ctx)):
        return found
    if found := _clause_after(doc, inside, ctx) or _colon_before(first, inside, ctx):
        return found
    if close and ctx.text[span.end - 1 : span.end] in ("?", "!"):
        same_paragraph = "\n" not in ctx.text[span.end : doc[last.end].idx]
        if same_paragraph and (found := _asked_after(sentence_of(doc[last.end]), ctx)):
            return found
    prev = _sentence_before(first, ctx)
    return (cue_in(prev, inside, ctx) or _about(prev, ctx)) if prev is not None else None


def _issued_with(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """A phrase quoted in a clause whose subject issues a statement, a warning or a report
    quotes that document, so its issuer: "The US embassy issued a travel warning for the region
    due to “civil unrest”", "The UN released a statement about the “unacceptable loss of
    life”" (not "issued a curfew because of “operations”": a curfew says nothing)."""
    for anc in inside.root.ancestors:
        if anc.pos_ != "VERB" or anc.lemma_.lower() not in _ISSUE_VERBS:
            continue
        said = [c for c in anc.children if c.dep_ == "dobj"]
        if not any(c.lemma_.lower() in SPEECH_NOUNS | REPORT_NOUNS for c in said):
            return None
        subj = speaker_of(anc)
        if subj is None or ctx.in_quote(subj.idx):
            return None
        return cue_speaker(anc, subj, ctx)
    return None


def _quoted_predicate(inside: Span, ctx: ArticleContext) -> Speaker | None:
    """A phrase quoted as the reporting verb of its own sentence is its subject's words: "The
    prime minister “vehemently denounced” the attack", "the ministry “strongly condemned” the
    strike" (no cue outside the marks reports them)."""
    verb = inside.root
    if verb.pos_ != "VERB" or not is_cue_verb(verb, quote=True):
        return None
    subj = speaker_of(verb)
    if subj is None or inside.start <= subj.i < inside.end or ctx.in_quote(subj.idx):
        return None
    return cue_speaker(verb, subj, ctx)


def _sentence_before(sent: Span, ctx: ArticleContext) -> Span | None:
    """The sentence before, in the same paragraph."""
    para_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    doc = sent.doc
    return (
        sentence_of(doc[sent.start - 1])
        if sent.start > 0 and doc[sent.start - 1].idx >= para_start
        else None
    )


def _said_just_before(sent: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """A phrase quoted in narration that nobody in its sentence says goes on from the reported
    speech just before it: "Ms Holt said demand had fallen. Households used “far less gas”"."""
    prev = _sentence_before(sent, ctx)
    return (cue_in(prev, inside, ctx) or according_in(prev, ctx)) if prev is not None else None


def _about(sent: Span, ctx: ArticleContext) -> Speaker | None:
    """The person a narration sentence right before a cue-less quote is about speaks it: "Ms
    Berg rejected the claim. “Nobody was evacuated.”"."""
    subj = subject(sent.root)
    if subj is None or ctx.in_quote(subj.idx) or not ctx.is_person_like(subj):
        return None
    return speaker_from(subj, ctx, None)


def _clause_after(doc: Doc, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """A short clause right after the quote whose subject is a person and that says nothing
    else reports it, whatever its verb: "“Did you ever know him?” Mr Weingarten pressed."."""
    k = inside.end
    near = inside.end_char + 3
    while k < len(doc) and doc[k].idx <= near and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k >= len(doc) or k == inside.end or doc[k].is_punct:
        return None
    clause = doc[k : sentence_of(doc[k]).end]
    verbs = [t for t in clause if t.pos_ == "VERB"]
    if len(clause) > CLAUSE_AFTER or len(verbs) != 1:
        return None
    verb = verbs[0]
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return None
    subj = subject(verb)
    if subj is None or subj.i < k or not ctx.is_person_like(subj):
        return None
    return speaker_from(subj, ctx, verb.lemma_.lower())


def _asked_after(sent: Span, ctx: ArticleContext) -> Speaker | None:
    """A sentence right after a quotation ending in "?" or "!" that opens with its speaker and
    a reporting verb reporting nothing else: "“Why not?” Ann Lee asked the board in May",
    "“...?” Lena Park wrote on Facebook, next to a photo" (not "“What now?” Critics say the
    plan will fail": that verb reports its own clause)."""
    verb = sent.root
    if not is_cue_verb(verb, quote=True) or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subj = subject(verb)
    if subj is None or subj.left_edge.i != sent.start or ctx.in_quote(subj.idx):
        return None
    return speaker_from(subj, ctx, verb.lemma_.lower())


def _colon_before(sent: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """A clause about a person that ends in a colon introduces the quote after it, whatever its
    verb: "Mr Okafor is confident though: “...”"."""
    doc, k = sent.doc, inside.start - 1
    while k > sent.start and doc[k].is_quote:
        k -= 1
    if k <= sent.start or doc[k].text != ":":
        return None
    clause = doc[sent.start : k]
    tops = (t for t in clause if t.head.i == t.i or not sent.start <= t.head.i < k)
    verb = next((t for t in tops if t.pos_ in ("VERB", "AUX")), None)
    subj = subject(verb) if verb is not None else None
    if subj is None or subj.i >= k or not ctx.is_person_like(subj) or ctx.in_quote(subj.idx):
        return None
    return speaker_from(subj, ctx, None)
