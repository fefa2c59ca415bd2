"""What a reporting verb covers: which part of its sentence it reports and which it does not.

``attribution`` asks, for a figure under a cue verb, whether the clause or phrase holding it is
what the verb reports, or scene-setting beside it (whom it addresses, when, why, where); and,
for a cue closing the sentence ("..., the governor said."), whether the verb says something of
its own instead ("..., the governor called for calm."); and which reporting verb a figure in an
elliptical conjunct of its clause belongs to ("X said six were killed and 15 injured").
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract.claim_words import VIOLENCE_WORDS
from tasks.extract.cue_words import ADDRESSEE_VERBS, BACKGROUND_WORDS, QUOTED_AS, REPLY_VERBS
from tasks.extract.cues import is_cue_verb, takes_lives
from tasks.extract.grammar import SUBJECT_DEPS
from tasks.extract.memo import sentence_of

# Prepositions of a phrase opening the sentence that sets its scene: "At the checkpoint some
# 2km from the bridge, a guard told us ..." (the distance is no part of what was told).
_PLACE_WORDS = frozenset({"at", "near", "outside", "inside", "around", "beside"})
# Prepositions that give a closing verb a complement of its own: "called for calm", "warned
# against escalation".
_OWN_PREPS = frozenset({"for", "against"})
_OWN_DEPS = ("dobj", "ccomp", "xcomp", "oprd")


def background_clause(verb: Token, clause: Token) -> bool:
    """Whether the part of the sentence that holds the figure is no part of what ``verb``
    reports: whom it addresses ("tells 2 million households how to ..."), what it answers
    ("responded to 81 questions"), where ("At a checkpoint 2km away, a guard said ...") or
    when and why ("accused X, after strikes that killed 23", "accuses Y as supply drops by
    half", "After riots left 20 dead, the mayor said ...")."""
    lemma = verb.lemma_.lower()
    if clause.dep_ in ("dobj", "dative") and lemma in ADDRESSEE_VERBS:
        return True
    if clause.dep_ == "prep":
        if clause.lower_ == "as" and lemma in QUOTED_AS:  # "was quoted as saying ...": what
            return False  # is quoted
        if clause.lower_ == "to" and lemma in REPLY_VERBS:
            return True
        fronted = clause.i == sentence_of(clause).start and clause.lower_ in _PLACE_WORDS
        return clause.lower_ in BACKGROUND_WORDS or fronted
    if clause.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if _reasons_what_is_said(verb, clause, marks) or _elliptical_twin(clause, marks):
        return False
    if marks & _CONCESSIVE_MARKS and any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "Although 150 trucks got in, aid workers say it is not enough"
    if marks == {"as"}:  # "..., the experts said, as is the transfer of 1m people": likewise
        return any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children)
    opening = clause.doc[clause.left_edge.i]  # "After a clash left five dead, ..." (a clause
    if opening.dep_ == "prep" and opening.head.i == clause.i:  # the parser hung "after" on)
        marks.add(opening.lower_)
    return any(m in BACKGROUND_WORDS for m in marks)


_CAUSE_MARKS = frozenset({"because", "since", "as"})
_CONTRAST_MARKS = frozenset({"while", "whereas"})
# Marks of a clause a speaker's own claim is set against: what it concedes is the writer's.
_CONCESSIVE_MARKS = frozenset({"although", "though"})


def _elliptical_twin(clause: Token, marks: set[str]) -> bool:
    """A "while" clause that leaves out its auxiliary ("X counted 26 dead, while nine fighters
    killed in shelling"): a verbless twin of the count before it, set against it in the same
    report, not the outlet's narration of what else happened ("..., while rescuers were still
    searching")."""
    if not marks or not marks <= _CONTRAST_MARKS or clause.tag_ != "VBN":
        return False
    kids = list(clause.children)
    if any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    return any(c.dep_ in SUBJECT_DEPS and any(g.dep_ == "nummod" for g in c.children) for c in kids)


def _reasons_what_is_said(verb: Token, clause: Token, marks: set[str]) -> bool:
    """A reason clause after the reported clause, which the parse hung on the reporting verb:
    "Acme said the ruling would hurt it because its stake would fall to 40%" gives Acme's
    reason for what it says, not the scene. "because" always; "since" and "as", which also tell
    when, only with a modal of their own ("as its share would fall to 30%"), a reasoning about
    what may happen, never a narrated event ("accuses Y as supply drops by half")."""
    if not marks or not marks <= _CAUSE_MARKS:
        return False
    if not any(c.dep_ == "ccomp" and c.i < clause.i for c in verb.children):
        return False
    return "because" in marks or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


# Nouns of the complex prepositions of time and cause: "in the wake of", "in the aftermath of".
_WHEN_NOUNS = frozenset({"wake", "aftermath", "midst"})
_REPORTED = ("ccomp", "parataxis")


def scene_below(verb: Token, target: Token) -> bool:
    """Whether ``target`` sits in a when- or why-phrase anywhere under what ``verb`` acts on,
    outside any clause it reports: "X announced a truce in the wake of a quake that killed 3,000",
    "X declared a curfew to ease relief efforts following floods that killed 200" (the outlet's
    narration of what came before, not what X announced)."""
    path = []
    for node in (target, *target.ancestors):
        if node.i == verb.i:
            break
        path.append(node)
    else:
        return False
    if any(n.dep_ in _REPORTED or is_cue_verb(n) for n in path):
        return False  # "X said 40 died following a strike that wounded 60": X's word
    for node in path:
        word = node.lower_
        if node.dep_ in ("prep", "acl", "advcl") and word in BACKGROUND_WORDS:
            return not _moves_on(node, path)
        if node.dep_ == "prep" and word == "in":
            noun = next((c for c in node.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in _WHEN_NOUNS:
                return True
    return False


# Prepositions of the value a moving figure reaches or moves by: "rebounding to 2.4%".
_MOVE_PREPS = frozenset({"to", "by"})


def _moves_on(word: Token, path: list[Token]) -> bool:
    """Whether a "before"/"after" phrase on the path to a figure is the next step of what is
    reported, a gerund with no subject of its own moving to or by the figure ("predicted 2%,
    easing to 1.5% before rebounding to 2.4%"), not a scene ("after floods that killed 200")."""
    gerund = next((c for c in word.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if gerund is None or any(c.dep_ in SUBJECT_DEPS for c in gerund.children):
        return False
    return any(n.head.i == gerund.i and n.dep_ == "prep" and n.lower_ in _MOVE_PREPS for n in path)


# Words of a phrase that, set off by a comma inside what a verb reports, tell what happened
# before it: "X vowed that Y would pay, after 10 civilians were killed" (the outlet's narration,
# hung by the parser on "pay").
_NARRATED_BEFORE = frozenset({"after", "following", "amid"})


def narrated_inside(verb: Token, target: Token) -> bool:
    """Whether ``target`` sits in a when-phrase set off by a comma inside the clause ``verb``
    reports ("..., after 10 civilians were killed"), not in what was said; what the clause's
    own subject did before ("said it destroyed five tanks, after reusing two missiles") is."""
    doc, at = target.doc, verb.i
    for node in (target, *target.ancestors):
        if node.head.i == at or node.i == at:
            return False
        if node.dep_ not in ("prep", "advcl"):
            continue
        left = node.left_edge.i
        if left == 0 or doc[left - 1].text != ",":
            continue
        opening = doc[left]
        if opening.lower_ in _NARRATED_BEFORE:
            gerund = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in opening.children) or (
                node.tag_ == "VBG" and opening.i != node.i
            )
            return not gerund
    return False


def own_complement(verb: Token) -> bool:
    """Whether a verb closing its sentence takes an object or a clause of its own after it
    ("..., the mayor called for calm", "..., the union denied the claim"), so that it does not
    report what came before it; an addressee ("..., he told reporters") is no such object."""
    for child in verb.rights:
        if child.dep_ in _OWN_DEPS and not (
            child.dep_ == "dobj" and verb.lemma_.lower() in ADDRESSEE_VERBS
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in _OWN_PREPS:
            return True
    return False


def set_beside_its_cue(target: Token) -> bool:
    """Whether the nearest cue verb above ``target`` holds it only as scene-setting ("X told
    envoys ..., Y said, after clashes left dozens dead"): then no other cue in the sentence,
    such as the "told" inside what Y said, reports it either."""
    below = target
    for anc in target.ancestors:
        if is_cue_verb(anc, figure=True):
            return background_clause(anc, below)
        below = anc
    return False


def told_to(addressee: Token, target: Token) -> bool:
    """Whether ``target`` sits in what a verb tells its addressee, a "that" clause the parser
    hung on the addressee as a relative clause ("told a radio station [that police had arrested
    40]": "that" a conjunction, the clause with a subject of its own)."""
    for clause in (c for c in addressee.children if c.dep_ == "relcl"):
        if clause.i != target.i and not clause.is_ancestor(target):
            continue
        kids = list(clause.children)
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
        return that and any(c.dep_ in SUBJECT_DEPS for c in kids)
    return False


def causes(subj: Token, verb: Token) -> bool:
    """Whether a verb's subject causes what it counts instead of telling it: an act of violence
    or a disaster ("strikes", "the quake"), or whatever "claims" or "takes" lives."""
    if takes_lives(verb):
        return True  # "the disease has claimed 300 lives", "claimed the lives of 24 people"
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in VIOLENCE_WORDS


def told(verb: Token, target: Token) -> bool:
    """Whether ``target`` sits in a clause ``verb`` reports ("imagery suggested that 40 ...")."""
    return any(c.dep_ in ("ccomp", "parataxis") and c.is_ancestor(target) for c in verb.children)


def gapped_after(target: Token) -> Token | None:
    """The reporting verb whose clause a figure's elliptical conjunct continues: "officials
    said six people were killed and 15 injured" reports the 15 too, though the verb ("were") of
    "15 injured" is left out, and the parse may hang that conjunct far away (as the town's) or
    on the reporting verb itself (as a second clause, which would report nothing)."""
    return _hung_away(target) or _conjunct_of_cue(target) or _listed_after(target)


def _hung_away(target: Token) -> Token | None:
    """A figure's phrase right after a reported clause and a bare "and"/"or", hung outside it."""
    doc = target.doc
    start = target.left_edge.i
    if start < 2 or doc[start - 1].lower_ not in ("and", "or"):
        return None
    said = doc[start - 2]  # the last word of the reported clause (which may hold the "and")
    for verb in (said, *said.ancestors):
        if verb.right_edge.i not in (start - 2, start - 1) or verb.is_ancestor(target):
            continue
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
        if is_cue_verb(verb, figure=True) and clause is not None and clause.i < start:
            return verb
    return None


_PAST = ("VBD", "VBN")


def _listed_after(target: Token) -> Token | None:
    """ "X reported that the fighting had killed 80 civilians, wounded 20 and displaced 11,000":
    verb phrases listed after a reported clause's own verb phrase, past tense like it and with
    no subject of their own, go on with what it reports, though the parse hangs them on the
    reporting verb or makes them the sentence's main verb."""
    verb = next((a for a in target.ancestors if a.pos_ == "VERB"), None)
    doc = target.doc
    # "..., wounded 20 and displaced 11,000": the item of the list right after the comma
    while verb is not None and doc[verb.i - 1].text != "," and verb.dep_ == "conj":
        verb = verb.head
    if verb is None or verb.tag_ not in _PAST or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    last = doc[verb.i - 2]  # the last word of the verb phrase before the comma
    before = next((a for a in (last, *last.ancestors) if a.pos_ == "VERB"), None)
    if before is None or before.tag_ not in _PAST or before.dep_ != "ccomp":
        return None
    if before.right_edge.i not in (last.i, last.i + 1):
        return None  # the comma closes more than that verb phrase
    cue = before.head
    if any(c.dep_ in SUBJECT_DEPS and c.i > cue.i for c in verb.children):
        return None  # a subject of its own ("..., police arrested 20"), not the reporter
    return cue if is_cue_verb(cue, figure=True) else None


def _conjunct_of_cue(target: Token) -> Token | None:
    """ "where medics said nine were wounded and three killed": a bare participle conjoined to
    the reporting verb, after its passive reported clause, is that clause's elliptical twin;
    so is one after a counted object ("officials reported 20 dead and 300 wounded")."""
    verb = next((a for a in target.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "conj" or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    cue = verb.head
    if not is_cue_verb(cue, figure=True):
        return None
    said = (c for c in cue.children if c.dep_ == "ccomp" and c.i < verb.i)
    passive = any(g.dep_ == "auxpass" for c in said for g in c.children)
    return cue if passive or _counted_object(cue, verb) else None


def _counted_object(cue: Token, before: Token) -> bool:
    """Whether the reporting verb's object before ``before`` is a figure ("reported [20 dead]")."""
    objects = (c for c in cue.children if c.dep_ == "dobj" and c.i < before.i)
    return any(any(g.dep_ == "nummod" for g in o.children) for o in objects)
