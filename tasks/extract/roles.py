"""What the sentence makes of counted people and groups, beyond the counted noun itself: a group
counted by its strength ("a 19-strong panel"), people serving in an army ("37,000 women are in
the army": troops), members of an armed force ("3,800 members of the force": troops), people
held captive ("900 troops were sent to a prison colony", "taken prisoner") or freed from it ("the
release of 144 soldiers") or taken to hospital (all casualties), people an army deploys or sends
to the front (troops), and "rounds" of talks (not ammunition). A count that only refers back to
a parallel one is ``parallels``. Word lists are ``claim_words``,
``people_words`` and ``captivity_words``; ``claim_types`` applies these.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from tasks.extract import claim_words as words
from tasks.extract.captivity_words import (
    CAPTIVE_NOUNS,
    CAPTIVE_PURPOSES,
    CAPTIVITY_TOPICS,
    CAPTIVITY_WORDS,
    CAPTOR_VERBS,
    FORCED_MOVES,
    FORCED_WORDS,
    FREEING_WORDS,
    HANDOVER_VERBS,
)
from tasks.extract.grammar import pobj, prep_object
from tasks.extract.memo import sentence_lemmas
from tasks.extract.people_words import (
    HOME_NOUNS,
    JOB_CHANGE_NOUNS,
    JOB_NOUNS,
    LEGISLATOR_NOUNS,
    RESCUE_VERBS,
    RETURN_VERBS,
    SURVIVAL_WORDS,
)
from tasks.extract.quantities import Quantity
from tasks.schema import ClaimType

PERSONS = "persons"  # the unit of a count of people
PERSON_TYPES = (ClaimType.TROOP_COUNT, ClaimType.CASUALTY_COUNT, ClaimType.PEOPLE_COUNT)

_STRONG = "strong"
_MEMBER_PREPS = {"in", "into", "with", "of"}
_INTO = {"into"}
_HELD_PREPS = {"in", "to", "into", "at"}


def strength_noun(doc: Doc, q: Quantity) -> Token | None:
    """The group a "N-strong" count measures: "a 19-strong [panel]"; also one a count of its
    members is hyphened onto, "a 22-member [crew]", "a 12-man [squad]", "a 30-person [team]"
    (a common noun: "the 27-member EU" and "the 27-member bloc" count states)."""
    k = q.end + 1 if q.end < len(doc) and doc[q.end].text == "-" else q.end
    if k >= len(doc):
        return None
    size, head = doc[k], doc[k].head
    if size.lower_ == _STRONG:
        return head if size.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN") else None
    hyphened = k > q.end and size.lower_ in words.GROUP_SIZE_WORDS and size.dep_ == "compound"
    common = head.pos_ == "NOUN" and not head.ent_type_ and head.i > k
    return head if hyphened and common and noun_lemma(head) not in words.STATE_BODIES else None


def serves(noun: Token) -> bool:
    """People the sentence puts in an armed force: "are in the army", "joined the navy", "have
    become commanders", "under arms", and people any verb takes "into" one ("were accepted into
    the ranks of the armed forces", "drafted 30,000 men into the army")."""
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "attr") else [noun]
    if any((arms := prep_object(h, ("under",))) and arms.lower_ == "arms" for h in holders):
        return True  # "a million people under arms", "keeps 300,000 men under arms"
    verb = noun.head
    taken_in = noun.dep_ in ("nsubjpass", "dobj")
    if not taken_in and (noun.dep_ != "nsubj" or verb.lemma_.lower() not in words.SERVE_VERBS):
        return False
    for child in verb.children:
        preps = _INTO if taken_in else _MEMBER_PREPS
        if child.dep_ == "prep" and child.lower_ in preps and _armed_body(pobj(child)):
            return True
        if taken_in:
            continue
        if child.dep_ == "dobj" and child.lemma_.lower() in words.MILITARY_BODIES:
            return True
        if child.dep_ in ("attr", "acomp") and child.lemma_.lower() in words.RANK_NOUNS:
            return True
    return False


def _armed_body(body: Token | None) -> bool:
    """ "the army", "the navy", "the ranks of the armed forces" (not "the ranks of the police")."""
    if body is not None and body.lemma_.lower() == "rank":
        body = prep_object(body, ("of",)) or body
    return body is not None and noun_lemma(body) in words.MILITARY_BODIES  # "Armed Forces"


def held_captive(chain: list[Token]) -> bool:
    """People the clause puts in captivity: "sent to a prison colony", "held in custody",
    "transferred to a detainment facility", "moved to Russia for investigation"."""
    if _placed(chain, _HELD_PREPS, CAPTIVITY_WORDS):
        return True
    moved = any(t.lemma_.lower() in words.MOVE_VERBS for t in chain)
    return moved and _placed(chain, ("for",), CAPTIVE_PURPOSES)


def taken_captive(chain: list[Token], troops: bool) -> bool:
    """People the clause takes captive or frees from captivity: "were taken prisoner", "held
    hostage", "the release of 144 soldiers", "were swapped"; "freed" or "returned" only in a
    sentence about captives or a swap ("the swap freed 210 marines"), since "freed up 2 million
    workers" and "returned home" are not. ``troops``: soldiers need no such sentence to be
    released or swapped. Never those who do the taking or freeing ("the marines freed 30")."""
    topic = not sentence_lemmas(chain[0]).isdisjoint(CAPTIVITY_TOPICS)
    for below, tok in zip(chain, chain[1:], strict=False):
        lemma = tok.lemma_.lower()
        if below.dep_ == "nsubj":  # the clause's actor ("12 soldiers took 30 prisoners"), but
            # "returned home" in a swap: those who return are those handed back
            returning = lemma in HANDOVER_VERBS and not any(c.dep_ == "dobj" for c in tok.children)
            return topic and returning
        if lemma in CAPTOR_VERBS and any(
            c.dep_ in ("dobj", "oprd", "attr", "acomp") and c.lemma_.lower() in CAPTIVE_NOUNS
            for c in tok.children
        ):
            return True  # "were taken prisoner", "held them hostage"
        freeing = lemma in FREEING_WORDS and (topic or (troops and lemma != "free"))
        if freeing or (lemma in HANDOVER_VERBS and topic):
            return True
    return False


def survived(chain: list[Token]) -> bool:
    """ "22 of the 71 patients survived", "only 40 passengers survived the crash", "12 survivors":
    the counted noun, or the first verb above it, says they lived through it (``chain``: the
    noun and its heads, ``clause_chain``)."""
    if chain[0].lemma_.lower() in SURVIVAL_WORDS:
        return True
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in SURVIVAL_WORDS


def rescued(chain: list[Token]) -> bool:
    """ "two helicopters evacuated 31 tanker crew", "40 villagers were rescued": the first verb
    above the counted noun rescues or evacuates it, its object (``chain``: ``clause_chain``)."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in RESCUE_VERBS:
        return False
    return any(t.dep_ in ("dobj", "nsubjpass") and t.head.i == verb.i for t in chain)


def returned_home(chain: list[Token]) -> bool:
    """ "we returned 2,400 from the shelters to their homes", "500 families were returned to
    their villages": the first verb above the count brings it back "to" a home (``chain``:
    ``clause_chain``)."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in RETURN_VERBS:
        return False
    home = prep_object(verb, ("to",))
    return home is not None and home.lemma_.lower() in HOME_NOUNS


def hospitalised(chain: list[Token]) -> bool:
    """People the clause says were moved to a hospital: "three people were sent to the
    hospital", "12 were taken to hospital" (injured: casualties); not "visited the hospital",
    not those someone actively sends or drives there ("sent 200 doctors to the hospital")."""
    if chain[0].lemma_.lower() in words.MEDICAL_STAFF:
        return False
    movers = [t for t in chain if t.lemma_.lower() in words.MOVE_VERBS]
    passive = any(c.dep_ == "auxpass" for t in movers for c in t.children)
    return passive and (_placed(chain, _HELD_PREPS, words.HOSPITAL_WORDS) or _to_hospital(chain))


def moved_by_force(chain: list[Token]) -> bool:
    """People the clause says were moved by force: "the forcible transfer of a million people",
    "were forcibly deported": abducted civilians (casualties)."""
    for tok in chain:
        moves = tok.lemma_.lower() in FORCED_MOVES
        if moves and any(c.lemma_.lower() in FORCED_WORDS for c in tok.children):
            return True
    return False


def _to_hospital(chain: list[Token]) -> bool:
    """ "were rushed to hospital" that the parser read as a verb ("to [hospital]" an xcomp)."""
    doc = chain[0].doc
    return any(
        c.lower_ in words.HOSPITAL_WORDS and c.i > 0 and doc[c.i - 1].lower_ in _HELD_PREPS
        for tok in chain
        for c in tok.children
    )


def _placed(chain: list[Token], preps: Collection[str], places: Collection[str]) -> bool:
    """Whether a head in ``chain`` has a preposition among ``preps`` whose object (or its
    compound or adjective) is one of ``places``."""
    for tok in chain:
        for child in tok.children:
            if child.dep_ not in ("prep", "dative") or child.lower_ not in preps:
                continue
            place = next((c for c in child.children if c.dep_ == "pobj"), None)
            if place is None:
                continue
            named = {place.lemma_.lower()}
            named |= {c.lemma_.lower() for c in place.children if c.dep_ in ("compound", "amod")}
            if not named.isdisjoint(places):
                return True
    return False


def deployed(count: Token) -> bool:
    """People a verb of raising or placing an army acts on ("Pyongyang deployed 12,000 to
    Kursk", "mobilised 300,000 people", "100,000 were massed near the border"), or sends to the
    front or to fight ("has sent 10,000 to the front"): troops. ``count`` is the counted noun,
    or the number itself when it names none."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in words.DEPLOY_VERBS for c in count.children):
        return True  # "has 1,200 people deployed in Libya", "with 500 men stationed there"
    verb = count.head
    reduced = (
        count.dep_ == "nsubj"
        and verb.tag_ == "VBN"
        and not any(  # "has 900 men deployed"
            c.dep_ in ("aux", "auxpass") for c in verb.children
        )
    )
    if count.dep_ not in ("dobj", "nsubjpass") and not reduced:
        return False
    if verb.lemma_.lower() in words.DEPLOY_VERBS:
        return True
    return verb.lemma_.lower() in words.SEND_VERBS and _to_the_front(verb)


def _to_the_front(verb: Token) -> bool:
    """ "sent 10,000 to the front", "into battle", "sent them to fight": where the verb sends
    them is the fighting ("moved 2,000 from frontline towns" is not)."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in words.FRONT_WORDS:
            return True
        if child.dep_ not in ("prep", "dative") or child.lower_ not in _TOWARDS:
            continue
        for place in (c for c in child.children if c.dep_ == "pobj"):
            named = {place.lemma_.lower()}
            named |= {c.lemma_.lower() for c in place.children if c.dep_ in ("compound", "amod")}
            if not named.isdisjoint(words.FRONT_WORDS):
                return True
    return False


_TOWARDS = {"to", "into", "towards", "toward"}


def raises_troops(noun: Token) -> bool:
    """A count of an act of raising troops or of a level of troops: "a mobilisation of 300,000",
    "recruitment levels of about 40,000 a month", "cut the troop level to 10,000", "force
    numbers" (not a "labour force" or "police force" figure: a compound of its own)."""
    lemma = noun.lemma_.lower()
    if lemma in words.RECRUIT_NOUNS:
        return True
    if lemma not in words.LEVEL_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    troops = (
        m
        for m in mods
        if m.lemma_.lower() in words.TROOP_NOUNS
        and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in m.children)
    )
    recruits = any(m.lemma_.lower() in words.RECRUIT_NOUNS for m in mods)
    return recruits or next(troops, None) is not None


def counts_jobs(noun: Token) -> bool:
    """ "3,200 jobs", "1,200 redundancies", "900 job losses", "500 job cuts": jobs, whose count is
    a count of the people who hold them (not casualties: the jobs are lost, not lives)."""
    lemma = noun.lemma_.lower()
    if lemma in JOB_NOUNS:
        return True
    compounds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    return lemma in JOB_CHANGE_NOUNS and not compounds.isdisjoint(JOB_NOUNS)


def rounds_of_something_else(noun: Token) -> bool:
    """ "five rounds of talks" are not ammunition; "300 rounds of ammunition" are."""
    of = prep_object(noun, ("of",))
    return of is not None and of.lemma_.lower() not in words.EQUIPMENT_NOUNS | {"fire"}


def owned_by_organisation(noun: Token) -> bool:
    """ "NATO allies", "Nato's 30 members", "the 25-member EU": an organisation owns them; and
    members of a body of states, named or not ("the 12-member eurozone bloc", "the 30 member
    countries of the OECD", "its 27 member states"): states, not people."""
    if noun.dep_ == "compound" and noun.head.ent_type_ in ("ORG", "GPE"):
        return True
    if noun.dep_ == "compound" and noun_lemma(noun.head) in words.STATE_BODIES:
        return True  # "the 12-member eurozone bloc" (a "bloc" the tagger took for a name)
    if noun.lemma_.lower() in words.STATE_MEMBERS and any(c.lower_ == "member" for c in noun.lefts):
        return True  # "30 member countries", "member nations"
    return any(c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ == "ORG" for c in noun.lefts)


def member_of_a_body(noun: Token) -> bool:
    """ "the coalition's 86 members", "86 members of the club": members of a body the sentence
    names, which ``members_of_armed_body`` found is no armed one."""
    of = prep_object(noun, ("of",))
    owner = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.lefts)
    return owner or (of is not None and of.pos_ in ("NOUN", "PROPN"))


_ACRONYM_BACK = 2000  # how many tokens back an acronym looks for the words it stands for
_INTRODUCTIONS = "claimflow_acronym_introductions"  # Doc.user_data key
_NAME_PREPS = {"of", "for"}  # inside a spelled-out name: "Defenders of the Southern Valleys"
_KNOWN_NOUNS = (
    words.PERSON_NOUNS | words.PEOPLE_NOUNS | words.TROOP_NOUNS | words.EQUIPMENT_NOUNS
) | (CAPTIVE_NOUNS | LEGISLATOR_NOUNS)  # "10 MEPs", tagged a name: mep


def noun_lemma(noun: Token) -> str:
    """The counted noun's lemma, also for a capitalised plural the tagger left whole ("25,000
    Community Support Officers" -> officer) and for an acronym the article spelled out before
    ("2,000 new CSOs" after "Community Support Officers (CSOs)" -> officer)."""
    lemma = noun.lemma_.lower()
    acronym = len(noun.text) > 2 and noun.text.rstrip("s").isupper()
    spelled = _spelled_out(noun) if acronym else None
    if spelled is not None:
        noun = spelled
        lemma = noun.lemma_.lower()
    # a plural name keeps its own lemma only when it is no plural ("400 US Marines": marine)
    known = lemma in _KNOWN_NOUNS and noun.tag_ != "NNPS"
    if noun.pos_ != "PROPN" or lemma != noun.lower_ or known or not lemma.endswith("s"):
        return lemma
    singular = lemma[:-3] + "y" if lemma.endswith("ies") else lemma[:-1]
    return singular if singular in _KNOWN_NOUNS else lemma


def _spelled_out(acronym: Token) -> Token | None:
    """The last word of the phrase an acronym was introduced with: "Community Support Officers
    (CSOs)" -> Officers (the nearest introduction before it, within ``_ACRONYM_BACK`` tokens)."""
    text = acronym.text
    singular = text[:-1] if text.endswith("s") else text
    found = _introductions(acronym.doc)
    before = [
        (k, word)
        for key in {text, singular}
        for k, word in found.get(key, ())
        if acronym.i - _ACRONYM_BACK < k < acronym.i
    ]
    return max(before, key=lambda kw: kw[0])[1] if before else None


def _named_head(word: Token, acronym: Token) -> Token:
    """The head noun of a capitalised name the word before an acronym's bracket ends:
    "Defenders of the Southern Valleys (DSV" -> Defenders (what the members are),
    climbing its "of" and "for" phrases while they stay capitalised (the parser may hang the
    last word on the acronym, which then holds its place in the phrase)."""
    tok = acronym if word.head.i == acronym.i else word
    while tok.dep_ == "pobj" and tok.head.lower_ in _NAME_PREPS and tok.head.dep_ == "prep":
        head = tok.head.head
        if not (head.is_alpha and head.text[:1].isupper() and head.pos_ in ("NOUN", "PROPN")):
            break
        tok = head
    return word if tok.i == acronym.i else tok


def _introductions(doc: Doc) -> dict[str, list[tuple[int, Token | None]]]:
    """Every "Words (ACRONYM" of the document: the acronym's text -> (its index, the word before
    the bracket when it is a capitalised word, else None). Built once per Doc."""
    found: dict[str, list[tuple[int, Token | None]]] | None = doc.user_data.get(_INTRODUCTIONS)
    if found is None:
        found = {}
        for k in range(2, len(doc)):
            if doc[k - 1].text == "(":
                word = _named_head(doc[k - 2], doc[k])
                ok = word.is_alpha and word.text[:1].isupper()
                found.setdefault(doc[k].text, []).append((k, word if ok else None))
        doc.user_data[_INTRODUCTIONS] = found
    return found
