"""Who says a quotation, as the extractor reports it, and who a reporting verb's subject names
as a speaker: a person (a description standing for one named before), a body, a report's
author ("The report, compiled by X, found ...": X)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tasks.extract.attribution import report_source
from tasks.extract.claim_words import CIVIC_BODIES, MILITARY_BODIES, STATE_BODIES
from tasks.extract.context import ArticleContext
from tasks.extract.cue_speakers import quoted_as, speaker_of
from tasks.extract.cue_words import (
    NAMED_AS_VERBS,
    OBJECT_SAYS_VERBS,
    REPORT_NOUNS,
    SPEECH_NOUNS,
    SPOKESPERSON_NOUNS,
)
from tasks.extract.cues import is_cue_verb
from tasks.extract.descriptions import (
    body_named_before,
    issuer_before,
    named_before,
    spokesperson_before,
    titled_before,
)
from tasks.extract.elided_heads import pair_named
from tasks.extract.grammar import (
    SUBJECT_DEPS,
    has_passive_subject,
    noun_phrase,
    pobj,
    proper_name,
    subject,
)
from tasks.extract.names import canonical_org
from tasks.extract.referents import describe, is_thing, national_body, post_at
from tasks.schema import AttributionKind

_GERUND_PREPS = ("by", "after", "before", "while", "when")
_NOT_WORDS = ' ,;:“”"«»—–-'  # around a speaker's words as written
_BELIEFS = ("believe", "think", "reckon")  # reporting verbs of a view, not of words
_OWNERS = ("his", "her", "its", "their", "our")  # "said her council recommends ...": her side
_SPEAKS_FOR = ("at", "from", "for", "of")  # "a spokesperson from Acme": whom they speak for
_SHOWS = ("show", "indicate", "suggest", "prove", "demonstrate")  # what evidence shows
# Nouns for a body that speaks as one, never standing for a person named before it ("the army
# said", "the police said"), though WordNet lists some among people.
_BODY_NOUNS = (MILITARY_BODIES | CIVIC_BODIES | STATE_BODIES | {"police", "government"}) - {
    "guard",  # a guard, a marine: one person
    "marine",
}


@dataclass(frozen=True)
class Speaker:
    """Who says a quotation: canonical name, the words that name them, the cue verb, the kind."""

    name: str
    written: str
    cue: str | None
    kind: AttributionKind = AttributionKind.PERSON


def speaker_from(subj: Token, ctx: ArticleContext, cue: str | None) -> Speaker | None:
    """The speaker a subject names; a report speaks for its author ("The report, compiled by
    X, found ...": X)."""
    if (owner := speech_owner(subj)) is not None:
        return speaker_from(owner, ctx, cue)
    if (pair := pair_named(subj, ctx)) is not None:  # "a humanitarian and a UN source said"
        return Speaker(pair.name, pair.name, cue, pair.kind)
    # the words as written, without the quotation's marks or commas the phrase ran into
    written = subj.text if subj.pos_ == "PRON" else noun_phrase(subj).text.strip(_NOT_WORDS)
    if (meant := _meant_by_pronoun(subj, ctx, cue) or _whose(subj, ctx, cue)) is not None:
        return Speaker(meant.name, written, cue, meant.kind)
    if (named_as := _named_as(subj)) is not None:
        return Speaker(ctx.names.canonical(named_as.text), written, cue, AttributionKind.PERSON)
    if (org := _name_with_preposition(subj)) is not None:
        return Speaker(canonical_org(org.text), org.text, cue, AttributionKind.ORGANIZATION)
    if (earlier := spokesperson_before(subj, ctx)) is not None and (
        again := speaker_from(earlier, ctx, cue)
    ):
        return Speaker(again.name, written, cue, again.kind)  # "the spokesman" named before
    authored = None if national_body(subj) else report_source(subj, ctx, holds=False)
    if authored is not None:  # "the letter signed by seven doctors": the doctors
        return Speaker(authored.name, written, cue, authored.kind)
    found = describe(subj, ctx)
    if found is None:
        return None
    if found.kind != AttributionKind.PERSON:
        # a body never stands for a person named before: "the Nigerian army said in a
        # statement" is the army, not its spokesman (WordNet lists "army" among people)
        a_body = found.kind == AttributionKind.ORGANIZATION and subj.lemma_.lower() in _BODY_NOUNS
        named = titled_before(subj, ctx) or (None if a_body else named_before(subj, ctx))
        if named:
            return Speaker(named, written, cue, AttributionKind.PERSON)
        if body := body_named_before(subj, ctx):
            return Speaker(body, written, cue, AttributionKind.ORGANIZATION)
        if (issuer := issuer_before(subj, ctx)) is not None and (
            issued := speaker_from(issuer, ctx, cue)
        ):
            return Speaker(issued.name, written, cue, issued.kind)
    post = _post(subj) if found.kind == AttributionKind.OFFICIAL_ANONYMOUS else None
    if post is not None and not found.name.endswith(post):  # "of Acme" may be in it already
        return Speaker(f"{found.name} {post}", written, cue, found.kind)
    return Speaker(_unpossessed(found.name, subj), written, cue, found.kind)


def _post(desc: Token) -> str | None:
    """Where the post of a definite role description is, when no earlier name fits it: "the
    former permanent secretary at the Treasury said" is that whole description, one person (not
    "a senior official at the Pentagon", one of many, named by the role alone). A spokesperson
    is named by whom they speak for, whatever the article: "a spokesperson from Acme", "the
    spokesman for the Odesa administration", "a spokeswoman for Ms Lind"."""
    if desc.lemma_.lower() in SPOKESPERSON_NOUNS:
        return post_at(desc, _SPEAKS_FOR)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in desc.children):
        return None
    return post_at(desc)


def speech_owner(noun: Token) -> Token | None:
    """Whose words a speech noun standing as the speaker are: its possessor's ("The governor's
    remark that the plan was “a disaster” ...": the governor, not the remark)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _unpossessed(name: str, owner: Token) -> str:
    """A possessor's name without its "'s": "the governor's remark" is the governor's."""
    if owner.dep_ != "poss":
        return name
    for mark in ("'s", "’s", "'", "’"):
        if name.endswith(mark):
            return name[: -len(mark)].rstrip()
    return name


def _meant_by_pronoun(subj: Token, ctx: ArticleContext, cue: str | None) -> Speaker | None:
    """Whom a "he"/"she" standing for a description means: "“...,” the Russian president told
    reporters. “...,” he said" (the president named before, not the words "Russian president")."""
    if subj.lower_ not in ("he", "she"):
        return None
    ante = ctx.antecedent(subj)
    if not isinstance(ante, Token) or ante.pos_ != "NOUN":
        return None
    return speaker_from(ante, ctx, cue)


def _named_as(desc: Token) -> Span | None:
    """The name a clause on a description of a person gives them "as": "said the resident who
    asked to be identified as Rabe", "a trader who identified himself as Ahmed", "a teacher,
    identified only as Fatima, said" (that name, not "resident"); a role or a common noun there
    ("identified as a sergeant", "as the attacker") names nobody."""
    if desc.pos_ != "NOUN":
        return None
    for clause in (c for c in desc.children if c.dep_ in ("relcl", "acl")):
        for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "as"):
            verb = prep.head
            if verb.lemma_.lower() not in NAMED_AS_VERBS:
                continue
            if verb.lemma_.lower() == "give" and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in NAMED_AS_VERBS for c in verb.children
            ):
                continue  # "gave her name as ...", not "gave the money as ..."
            name = pobj(prep)
            if name is not None and name.pos_ == "PROPN" and name.ent_type_ not in ("GPE", "NORP"):
                return proper_name(name)
    return None


def _name_with_preposition(subj: Token) -> Span | None:
    """An organisation's name with a capitalised preposition in it, which the model may not tag
    and the parse cuts at the preposition ("Doctors Without Borders reported ...": not
    "Doctors"): a preposition in capitals right after the subject, and capitals up to its
    object; "Doctors in Gaza said" is doctors."""
    doc = subj.doc
    if subj.i + 1 >= len(doc) or not subj.text[:1].isupper():
        return None
    prep = doc[subj.i + 1]
    if prep.dep_ != "prep" or not prep.text[:1].isupper() or prep.is_sent_start:
        return None  # the parse may hang it on the verb: "said Reporters Without Borders"
    obj = pobj(prep)
    if obj is None or obj.right_edge.i != obj.i or obj.ent_type_ == "PERSON":
        return None
    tail = doc[prep.i + 1 : obj.i + 1]
    if not all(t.text[:1].isupper() for t in tail):
        return None
    return doc[subj.left_edge.i : obj.i + 1]


def _whose(subj: Token, ctx: ArticleContext, cue: str | None) -> Speaker | None:
    """A "whose ..." subject speaks for the noun its relative clause hangs on: "the Acme Group,
    whose website says it offers “...”" (the Acme Group)."""
    verb = subj.head
    if verb.dep_ != "relcl" or not any(c.lower_ == "whose" for c in subj.children):
        return None
    return speaker_from(verb.head, ctx, cue) if verb.head.pos_ in ("PROPN", "NOUN") else None


def cue_in(region: Span, inside: Span, ctx: ArticleContext) -> Speaker | None:
    """The cue verb nearest to the quote, outside it, with a subject outside it."""
    verbs = [t for t in region if is_cue_verb(t, quote=True) and not ctx.in_quote(t.idx)]
    verbs.sort(key=lambda t: min(abs(t.i - inside.start), abs(t.i - inside.end)))
    for verb in verbs:
        subj = speaker_of(verb)
        if subj is not None and not (inside.start <= subj.i < inside.end or ctx.in_quote(subj.idx)):
            found = cue_speaker(verb, subj, ctx)
            if found:
                return found
    return None


def cue_speaker(verb: Token, subj: Token | None, ctx: ArticleContext) -> Speaker | None:
    """The speaker of a reporting verb whose subject is ``subj``; when that is a thing, who
    reports the clause (see ``_outer_cue``); "the paper quoted Mr Lee as saying" is Mr Lee's;
    "X hit back by saying" is X's."""
    quoted = quoted_as(verb) or _reporter_over(verb) or _participle_doer(verb, ctx)
    if quoted is not None and not ctx.in_quote(quoted.idx):
        subj = quoted
    if subj is None and (by := _gerund_subject(verb)) is not None and not ctx.in_quote(by.idx):
        subj = by
    if subj is None:
        return None
    if is_thing(subj, ctx) and (outer := _outer_cue(verb, ctx)) is not None:
        return outer
    return speaker_from(subj, ctx, verb.lemma_.lower())


def _outer_cue(verb: Token, ctx: ArticleContext) -> Speaker | None:
    """Who reports the clause a thing's verb heads: "Ann Berg, who argues the treaty reflected
    a “...”" (Ann Berg, not the treaty), "It said satellite imagery suggested a “...”"; for a
    participle hung on a thing, the person the clause above it is about."""
    for anc in verb.ancestors:
        if not is_cue_verb(anc, quote=True) or ctx.in_quote(anc.idx):
            continue
        subj = speaker_of(anc)
        if subj is not None and not ctx.in_quote(subj.idx) and not is_thing(subj, ctx):
            return speaker_from(subj, ctx, anc.lemma_.lower())
    if verb.tag_ != "VBG":
        return None
    for anc in verb.ancestors:  # "made a pitch for the rural vote urging ...": who made it
        subj = subject(anc) if anc.pos_ in ("VERB", "AUX") else None
        if subj is not None and ctx.is_person_like(subj) and not ctx.in_quote(subj.idx):
            return speaker_from(subj, ctx, verb.lemma_.lower())
    return None


def _reporter_over(verb: Token) -> Token | None:
    """Who reports the clause a reporting verb sits in, when that verb is theirs: a verb the
    parse conjoined to the reported clause, with no subject of its own ("Ann Lee said the team
    was tired but added the “...”": Ann Lee, not the team), or a belief inside somebody's
    words ("he said, adding that Washington believes “...”": his words, not Washington's)."""
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        clause = verb.head
    elif verb.dep_ == "ccomp" and (verb.lemma_.lower() in _BELIEFS or _reporters_own(verb)):
        clause = verb
    else:
        return None
    outer = clause.head
    if clause.dep_ != "ccomp" or (clause is not verb and is_cue_verb(clause, quote=True)):
        return None
    return speaker_of(outer) if is_cue_verb(outer, quote=True) else None


def _participle_doer(verb: Token, ctx: ArticleContext) -> Token | None:
    """Who performs a participle of speech hung on a clause: the subject of the verb it
    modifies, which the parse may have cut off from it, not that verb's object ("Mr Dale left
    the council saying ...", "rejected the offer calling it ...") nor a reporter above the
    clause ("A spokesman said the mayor addressed the crowd, saying: ...": the mayor). Not for
    "adding", which goes on with the reporter's words ("X said the mayor left, adding ...")."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() == "add":
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and not _says_itself(head, ctx):
        head = head.head  # "rejected the offer calling it ...": the parse made it the offer's
    elif verb.dep_ == "xcomp":
        if not any(c.dep_ == "dobj" and c.i < verb.i for c in head.children):
            return None
    elif verb.dep_ != "advcl" or head.dep_ != "ccomp" or head.lemma_.lower() in ("be", "have"):
        return None  # only a reported clause's own verb, not "X said Y was Z, saying ..."
    if head.pos_ != "VERB" or head.lemma_.lower() in OBJECT_SAYS_VERBS:
        return None  # "heard the general saying ...": the general says it
    subj = subject(head, ("nsubj",))
    if subj is None or (verb.dep_ == "advcl" and not ctx.is_person_like(subj)):
        return None  # "X said the economy grew, saying ...": X's words
    return subj


def _says_itself(noun: Token, ctx: ArticleContext) -> bool:
    """An object that may say what the participle on it says: a person, or a report or speech
    ("issued a statement warning ...", "arrested a man shouting ...")."""
    lemma = noun.lemma_.lower()
    return ctx.is_person_like(noun) or lemma in REPORT_NOUNS or lemma in SPEECH_NOUNS


def _reporters_own(verb: Token) -> bool:
    """A clause inside somebody's words that gives their own side's view or what a study shows
    is in their words: "Ann Lee said her council recommends “...”", "he said the audit shows
    the clinics are “...”" (not the council's, not the audit's)."""
    subj = subject(verb)
    if subj is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in subj.children):
        return True
    return verb.lemma_.lower() in _SHOWS and subj.lemma_.lower() in REPORT_NOUNS


def _gerund_subject(verb: Token) -> Token | None:
    """Who performs a reporting gerund after a preposition: the subject of the verb the
    preposition of means or time hangs on ("Mr Vance hit back by saying ...", "after warning
    that ...")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ not in ("prep", "agent"):
        return None
    if prep.lower_ not in _GERUND_PREPS:
        return None  # "criticised for not acknowledging ...": what the critics missed
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") or has_passive_subject(head):
        return None
    if (subj := subject(head)) is None and head.dep_ == "acl":
        return head.head  # "The aid chief, Mara Lund, hit back by saying" parsed as a modifier
    return subj
