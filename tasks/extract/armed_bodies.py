"""Counts of an armed body's members given as its size: "3,800 members of the force", "the two
guerrilla groups have fewer than 10,000 members", "the PMF comprises 238,000 members" (an
acronym spelled out as "Popular Mobilization Forces"), "the ELN once numbered 4,000 men" (a
name the article calls a "guerrilla army" elsewhere), "1,000 members of its police and armed
forces", "1.5 million service members", "a million people under arms": troops. Word lists are
``claim_words``; ``claim_types`` and ``incidental`` apply these.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract import claim_words as words
from tasks.extract.grammar import SUBJECT_DEPS, prep_object
from tasks.extract.memo import sentence_lemmas
from tasks.extract.quantities import Quantity
from tasks.extract.roles import noun_lemma, strength_noun
from tasks.schema import ClaimType

# Verbs that give a body's size by its members: "the group has 5,000 members", "comprises",
# "numbered 4,000 men", "neared 20,000 members".
_SIZE_VERBS = {"have", "comprise", "number", "total", "count", "near", "include", "boast"}
_MEMBERS = {"member", "man", "men"}
# Words that make a group armed: "armed groups", "rebel factions", "guerrilla organisations".
_ARMED_MODIFIERS = words.TROOP_NOUNS | words.MILITARY_ONLY_TROOPS | {"armed", "rebel", "jihadist"}
# A sentence about fighting: a "mission" or "operation" in it is an armed one.
_FIGHTING = words.MILITARY_CONTEXT | words.FRONT_WORDS | {"armed", "peacekeeping", "fighting"}
# Acts of armed attack: "terrorists raided the garrison", "the town was overrun by gunmen".
_ASSAULTS = {"raid", "ambush", "assault", "overrun", "storm", "besiege", "siege", "retake"}
_ARMED_NAMES = "claimflow_armed_names"  # Doc.user_data key
# Verbs by which a group's own size is told: "the bandits numbering over 100".
_COUNT_VERBS = {"number", "total"}
# Armed men a group's size counts: soldiers, attackers and raiders ("bandits", "gunmen").
_ARMED_MEN = words.TROOP_NOUNS | words.MILITARY_ONLY_TROOPS | words.RAIDER_NOUNS
# A sentence of fighting or violence, for attackers: not the attackers' own words ("terror").
_VIOLENT = (words.ARMED_CONTEXT | words.VIOLENCE_WORDS | _FIGHTING | _ASSAULTS) - (
    words.ATTACKER_NOUNS | {"terror", "terrorism"}
)


def group_strength(doc: Doc, q: Quantity) -> ClaimType | None:
    """ "a 19-strong panel" counts people, "a 3,000-strong force" or "the 13,500-strong mission"
    of peacekeepers troops; None when the count is no "N-strong"."""
    group = strength_noun(doc, q)
    if group is None:
        return None
    return ClaimType.TROOP_COUNT if armed_body(group) else ClaimType.PEOPLE_COUNT


def numbered_force(doc: Doc, q: Quantity, noun: Token) -> bool:
    """ "the bandits numbering over 100 raided the villages and killed 11", "the insurgents,
    who number about 300, attacked the base": a count that is what armed men number, said of
    them by "number" or "total", is their strength, troops, whatever harm the clause says they
    did. Not when the clause then harms the group itself ("gunmen numbering 50 were killed"),
    nor when men who are armed only in a sentence of fighting are counted in one of peace:
    politics has "rebels" too ("Tory rebels numbering more than 40 voted against the bill")."""
    tok = doc[q.core]
    while q.start <= tok.head.i < q.end and tok.head.i != tok.i:
        tok = tok.head  # "over 100": out of the span
    verb = tok.head
    counted = tok.dep_ in ("dobj", "npadvmod", "attr", "prep")  # "number [about] 300"
    if verb.lemma_.lower() not in _COUNT_VERBS or not counted:
        return False
    group = verb.head if verb.dep_ in ("acl", "relcl") else None
    if group is None or group.i != noun.i or not _armed_men(noun):
        return False
    harmed_group = noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in words.CASUALTY_WORDS
    return not harmed_group


def named_force_size(noun: Token) -> bool:
    """ "the NPA estimated strength is at 3,000", "the strength of the Abu Sayyaf was put at
    300": the size of a group a name stands for, which the article calls an armed body
    elsewhere ("NPA rebels", "the ELN, a guerrilla army"), counts its fighters: troops."""
    if noun_lemma(noun) not in words.SIZE_NOUNS:
        return False
    names = (t for c in noun.lefts for t in c.subtree if t.pos_ == "PROPN")  # "The NPA estimated"
    owner = next(names, None) or prep_object(noun, ("of",))
    return owner is not None and owner.pos_ == "PROPN" and armed_body(owner)


def members_of_armed_body(noun: Token) -> bool:
    """Members counted of an armed force: "3,800 members of the force", "KFOR's 3,800
    members", "the Nato-led mission, which totals 3,800 members" (a mission only in a
    military sentence), "the rebels have 5,000 members", "numbered 4,000 men"."""
    lemma = noun.lemma_.lower()
    if lemma == "member" and _service_compound(noun):
        return True  # "1.5 million service members"
    if lemma not in _MEMBERS:
        return False
    group = _group_of(noun)
    if group is None or (lemma != "member" and not _sized_by(noun)):
        return False  # "men" only as what a body numbers: "numbered 4,000 men"
    return any(armed_body(g) for g in [group, *group.conjuncts])


def armed_body(group: Token) -> bool:
    """A body that fights: "the army", "the armed forces", "guerrilla groups", "the rebel
    faction", "the PMF" (spelled out "Popular Mobilization Forces"), a name the article calls
    an armed body elsewhere ("the ELN" after "the guerrilla army, the ELN"), and a mission,
    operation, squad or patrol in a sentence about fighting."""
    lemma = noun_lemma(group)
    if lemma in words.MILITARY_BODIES or lemma in words.TROOP_NOUNS:
        return True
    mods = {c.lemma_.lower() for c in group.children if c.dep_ in ("compound", "amod")}
    if group.pos_ == "NOUN" and not mods.isdisjoint(_ARMED_MODIFIERS):
        return True  # "guerrilla groups", "armed factions"
    if group.pos_ == "PROPN" and group.text in _armed_names(group.doc):
        return True
    sentence = sentence_lemmas(group)
    groups = words.MISSION_BODIES | words.FIGHTING_GROUPS
    return lemma in groups and not sentence.isdisjoint(_FIGHTING)


def military_formation(noun: Token) -> bool:
    """ "four combined arms armies", "two tank divisions", "three new assault brigades": a
    formation a military modifier of its own names is a count of troops, told at any size (each
    stands for hundreds or thousands of soldiers). Not "three ethnic armies" (armed groups) nor a
    firm's "two divisions"."""
    if noun_lemma(noun) not in words.FORMATION_NOUNS:
        return False
    named = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    words_named = {c.lemma_.lower() for c in named} | {c.lower_ for c in named}  # "arms", "arm"
    return not words_named.isdisjoint(words.FORMATION_MODIFIERS)


def members_of_civic_body(noun: Token) -> bool:
    """Volunteers, activists or supporters a civic body has: "the charity has 400 volunteers",
    "a local group with 120 volunteers", "the campaign's 2,000 activists", "the group said it
    is well organised, with 350 volunteers": people, in war reporting too (a campaign to save
    the regiments is no regiment). Not a body that fights ("rebel groups") nor one the parse
    names ("the Wagner Group": a proper name says nothing of what it does)."""
    if noun_lemma(noun) not in words.CIVIC_MEMBERS:
        return False
    body = _group_of(noun) or _holder(noun)
    if body is None or body.pos_ != "NOUN" or body.lemma_.lower() not in words.CIVIC_BODIES:
        return False
    return not armed_body(body)


def _holder(noun: Token) -> Token | None:
    """What a "with" phrase gives the count to: "a group [with] 120 volunteers" (the noun), or
    the subject of the clause it qualifies ("it is well organised, with 350 volunteers"), an
    "it" taken back to the subject of the verb that reports it ("the group said it ...")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    holder = noun.head.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return holder
    subject = next((c for c in holder.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in ("it", "they") and holder.dep_ == "ccomp":
        return next((c for c in holder.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject


def armed_attackers(noun: Token) -> bool:
    """Terrorists, gunmen, jihadists or assailants counted in a sentence of fighting or violence:
    "several hundred terrorists attacked the post", "battled hundreds of jihadists", "the
    district held by 40 gunmen the army is trying to retake", "70 militants operating in the
    valley" (not "jailed 12 terrorists")."""
    if noun.lemma_.lower() not in words.ATTACKER_NOUNS:
        return False
    if any(_active(c) for c in noun.children):
        return True  # "some 70 militants operating in the hills": a force in the field
    return not sentence_lemmas(noun).isdisjoint(_VIOLENT)


def _active(tok: Token) -> bool:
    """ "operating in the valley", "active in the north": what attackers are said to be doing
    where they are, as a force is ("terrorists operating", "militants active")."""
    return tok.dep_ in ("acl", "amod", "relcl") and tok.lemma_.lower() in words.ACTIVE_WORDS


def _service_compound(noun: Token) -> bool:
    """ "service members", "active-duty service members": members of the armed services (not
    "civil service members", whose "service" has a modifier of its own)."""
    return any(
        c.dep_ == "compound" and c.lower_ == "service" and not any(c.children)
        for c in noun.children
    )


def _sized_by(noun: Token) -> bool:
    return noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in _SIZE_VERBS


def _armed_names(doc: Doc) -> frozenset[str]:
    """Names the article puts in apposition with an armed body: "the rebel group, FARC",
    "the ELN, a guerrilla army". Built once per Doc."""
    found: frozenset[str] | None = doc.user_data.get(_ARMED_NAMES)
    if found is None:
        names = set()
        for tok in doc:
            if _names_armed_men(tok):
                names.add(tok.text)  # "NPA rebels", "Abu Sayyaf militants"
            if tok.dep_ != "appos":
                continue
            for name, body in ((tok, tok.head), (tok.head, tok)):
                if name.pos_ == "PROPN" and body.pos_ == "NOUN" and armed_body(body):
                    names.add(name.text)
        found = frozenset(names)
        doc.user_data[_ARMED_NAMES] = found
    return found


def _names_armed_men(tok: Token) -> bool:
    """A name that modifies a noun of armed men: "NPA rebels", "Abu Sayyaf militants"."""
    men = tok.head
    named = tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod") and men.pos_ == "NOUN"
    return named and men.i > tok.i and _armed_men(men)


def _armed_men(noun: Token) -> bool:
    """Whether a noun counts armed men here: soldiers anywhere; rebels, raiders, volunteers
    and guards only in a sentence of fighting or violence, for politics has rebels too ("SNP
    rebels defied the whip", "Tory rebels numbering 40 voted against the bill"), which would
    make the party an armed body and its members troops."""
    lemma = noun_lemma(noun)
    if lemma in words.TROOP_NOUNS:
        return True
    return lemma in _ARMED_MEN and not sentence_lemmas(noun).isdisjoint(_VIOLENT - {lemma})


def _antecedent(tok: Token) -> Token:
    """What a relative clause is about when the parser hung it on a place inside the phrase:
    "the mission in Kosovo, which totals ..." is about the mission."""
    while tok.ent_type_ in ("GPE", "LOC") and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return tok


def _group_of(noun: Token) -> Token | None:
    """The group a "members" noun counts members of: its "of" object, its owner, or the
    subject of the verb it is the object of ("which totals 3,800 members": the antecedent)."""
    if (of := prep_object(noun, ("of",))) is not None:
        return of
    owner = next((c for c in noun.children if c.dep_ in ("poss", "compound")), None)
    if owner is not None:
        return owner  # "the army's 500 members", "40 special forces members"
    verb = noun.head
    if noun.dep_ not in ("dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        return _antecedent(verb.head)  # "the mission, which totals 3,800 members"
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def police_force(noun: Token, clause: set[str]) -> bool:
    """ "350 police officers flew in for the regional security mission", "deployed 400 police
    officers to the border": police sent as a force, on a mission or a deployment (``clause``:
    the lemmas of the clause they are counted in), are troops; not the officers a force hires."""
    police = any(c.lower_ == "police" for c in noun.children if c.dep_ in ("compound", "nmod"))
    return police and not clause.isdisjoint(words.MISSION_BODIES | words.DEPLOY_VERBS)
