"""What a count's clause says happened to the people counted, beyond a casualty verb on the count
itself: lives a war "claimed" (deaths), people who "suffered injuries" or "embraced martyrdom"
and people "caught in the crossfire" (casualties), a count given as what a named total is ("the
casualty rate was 1,100 people", "the ones who passed away are 30 people": the subject says what
is counted), a count "has killed 25 people, rescuers and officials said" took from its verb, and
people displaced ("displaced 2 million others": people, also beside a count of the killed).

``harmed`` is the one rule for a count of persons (or of nobody named) that harm is said of
beyond its verb: its own modifiers ("41 with injuries", "755 suffering wounds", "4,639 injured")
or the harm total it is the value or a part of ("the death toll rose to 1,225 civilians",
"casualties include eight people", "the toll could pass 20").
``claim_types`` and ``count_clauses`` apply these; the word lists are ``claim_words``,
``people_words`` and ``captivity_words``.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.extract import claim_words as words
from tasks.extract.attribution import is_reporting
from tasks.extract.captivity_words import (
    ABDUCTION_WORDS,
    CAPTIVE_NOUNS,
    CAPTIVITY_WORDS,
    CAPTOR_VERBS,
    CRIMINAL_JUSTICE_WORDS,
    DETAIN_VERBS,
    RESERVE_WORDS,
)
from tasks.extract.grammar import SUBJECT_DEPS, pobj, prep_object
from tasks.extract.memo import sentence_lemmas
from tasks.extract.people_words import DISPLACED_WORDS
from tasks.extract.quantity_words import VAGUE
from tasks.extract.whereabouts import seeks_refuge

# Harm a subject suffers as its verb's object: "suffered injuries", "embraced martyrdom", "paid
# the ultimate sacrifice", "met their deaths" (nouns only: "treated the injured" is an act).
_HARM_NOUNS = {"injury", "wound", "martyrdom", "sacrifice", "death", "burn"}
_SUFFER_VERBS = {"suffer", "sustain", "receive", "embrace", "pay", "meet"}
_NAMING_DEPS = {"compound", "amod", "nmod"}
_PHRASE_PATH = {"pobj", "prep"}
_TRAILING_DEPS = {"parataxis", "ccomp", "conj"}
_VIOLENT_PLACES = words.VIOLENCE_WORDS | {"crossfire", "cross-fire", "firefight", "stampede"}
# How a count hangs as a total's value: its verb's object or complement, or the object of "to"
# or "at" ("rose to 1,225", "stood at 300").
_VALUE_DEPS = {"dobj", "attr", "npadvmod", "oprd"}
_VALUE_PREPS = {"to", "at"}
_PART_PREPS = {"including", "among"}  # a part of a total: "..., including 802 fighters"
_LIST_DEPS = {"conj", "appos"}
_TOTAL_NAMING_DEPS = _NAMING_DEPS | {"acl"}
_WHEN = {"DATE", "TIME"}


def lives_taken(noun: Token) -> bool:
    """ "claimed thousands of lives", "the attack cost 40 lives": deaths."""
    return _lives_object_of(noun, words.LIFE_TAKING)


def lives_at_stake(noun: Token) -> bool:
    """ "claimed 40 lives", "lost 300 lives", "would save 65 lives a year", "could save
    hundreds of lives": a count of lives taken, lost or saved counts deaths (suffered or
    averted), a casualty count; lives "at risk" or "changed" are people."""
    return _lives_object_of(noun, words.LIFE_TAKING | words.LIFE_SAVING)


def _lives_object_of(noun: Token, verbs: set[str]) -> bool:
    """Whether ``noun`` is (or counts) "lives" that one of ``verbs`` takes as its object, or
    as its passive subject ("65 lives could be saved")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "claimed the lives of a colonel and [six bodyguards]"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ == "life":
        noun = noun.head.head  # "cost the lives of 80 soldiers"
    if noun.lemma_.lower() not in words.TAKEN_LIVES:
        return False
    tok = noun  # climb "thousands of [lives]" to the verb that takes them
    while tok.dep_ in _PHRASE_PATH and tok.head.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    taken = tok.dep_ in ("dobj", "nsubjpass")
    return taken and tok.head.lemma_.lower() in verbs


def harmed(count: Token) -> bool:
    """Whether harm is said of a count (a person noun, or the number where no noun is counted)
    by its own modifiers or by the harm total it belongs to, or captivity by a verb of holding."""
    harm = harm_modifier(count) or suffered(count) or harm_total(count) or _orphan_harm(count)
    return harm or held_as_captives(count) or _counted_as_harmed(count) or harm_done_to(count)


def harm_done_to(count: Token) -> bool:
    """ "the shooting of four civilians", "the killing of 30 farmers", "the execution of nine
    prisoners", "the abduction of 12 aid workers": the count is the "of" object of a noun that
    names an act of harm (a harm verb made a noun by "-ing" or "-ion"): those it was done to."""
    if count.dep_ != "pobj" or count.head.lower_ != "of":
        return False
    act = count.head.head
    return act.pos_ == "NOUN" and _harm_act(act.lemma_.lower())


def _harm_act(lemma: str) -> bool:
    """ "killing", "shooting", "stabbing", "execution", "abduction", "massacre": a noun for an
    act of harm, by its verb ("stabbing": "stab"; "execution": "execute") or by the list of
    harm nouns ("neutralisation", ``claim_words.HARM_NOMINALS``)."""
    if lemma in words.HARM_NOMINALS or (lemma in words.CASUALTY_WORDS and lemma not in _NOT_ACTS):
        return True  # "murder", "massacre", "neutralisation"
    stem = lemma[:-3] if lemma.endswith(("ing", "ion")) else ""
    verbs = {stem, stem + "e"} | ({stem[:-1]} if stem[-2:-1] == stem[-1:] else set())
    return len(stem) > 2 and not verbs.isdisjoint(words.CASUALTY_WORDS)


# Harm words that are no act done to the people of their "of": "a body of 30 experts", "the loss
# of 2,000 members" (a union's: what else the sentence says decides a soldier's).
_NOT_ACTS = {"body", "bodies", "loss", "losses", "lose"}


def _counted_as_harmed(count: Token) -> bool:
    """ "400 people have been recorded as killed", "were listed as missing", "are confirmed as
    dead": a passive verb whose "as" complement is harm (the captured are ``held_as_captives``)."""
    if count.dep_ != "nsubjpass":
        return False
    for child in count.head.children:
        as_clause = child.dep_ == "advcl" and any(m.lower_ == "as" for m in child.children)
        if as_clause and _is_harm(child):
            return True  # "recorded as killed"
        as_phrase = child.dep_ == "prep" and child.lower_ == "as"
        if as_phrase and any(_is_harm(c) for c in child.children):
            return True  # "listed as missing", "confirmed as dead"
    return False


def _orphan_harm(count: Token) -> bool:
    """ "Two Malawians deployed with the mission were killed": a participle after the count read
    as its main verb, and the real passive verb of harm after it left without a subject, hung
    on that participle or beside it."""
    tok = count
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        tok = tok.head.head  # "three of its peacekeepers"
    verb = tok.head
    reduced = verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_.startswith("aux") for c in verb.children
    )
    if tok.dep_ != "nsubj" or not reduced:
        return False
    near = [*verb.children, *(verb.head.children if verb.dep_ in _TRAILING_DEPS else ())]
    return any(
        c.dep_ in _TRAILING_DEPS
        and c.i > verb.i
        and _is_harm(c)
        and not _has_subject(c)
        and any(d.dep_ == "auxpass" for d in c.children)
        for c in near
    )


def harm_modifier(count: Token) -> bool:
    """ "4,639 injured", "41 with moderate injuries", "755 suffering minor wounds", "soldiers
    wounded in the raid": a participle or adjective of harm, harm "with" the count, or harm it
    suffers, on the count itself (not "soldiers killing civilians": an act on others)."""
    for child in count.children:
        said = child.dep_ == "amod" or (child.dep_ == "acl" and child.tag_ == "VBN")
        if said and _is_harm(child):
            return True
        obj = pobj(child) if child.dep_ == "prep" and child.lower_ == "with" else None
        if obj is not None and obj.lemma_.lower() in _HARM_NOUNS:
            return True
        if child.dep_ == "acl" and _suffers_harm(child):
            return True
    return _harm_with_after(count) or _harm_participle_after(count)


def _harm_participle_after(count: Token) -> bool:
    """ "suffered 240,000 personnel wounded and 50,000 killed": a participle of harm right after
    the count's phrase, that the parser hung on a verb above the count, is said of the count
    (not "troops killed 12 civilians": a participle with an object of its own acts on others)."""
    after = count.right_edge.i + 1
    if after >= len(count.doc):
        return False
    part = count.doc[after]
    above = part.head.i != part.i and part.head.is_ancestor(count)
    acts = any(c.dep_ in ("dobj", "nsubj") for c in part.children)
    return part.tag_ == "VBN" and above and _is_harm(part) and not acts


def _harm_with_after(count: Token) -> bool:
    """ "pulled out 17 with severe burns": the "with" right after a verb's object, that the
    parser hung on the verb, is said of the object."""
    verb = count.head
    if count.dep_ != "dobj" or count.right_edge.i + 1 >= len(count.doc):
        return False
    after = count.doc[count.right_edge.i + 1]
    obj = pobj(after) if after.head.i == verb.i and after.lower_ == "with" else None
    return obj is not None and obj.lemma_.lower() in _HARM_NOUNS


def harm_total(count: Token) -> bool:
    """A count given as the value or a part of a total of harm: "the death toll rose to 1,225
    civilians", "raised the toll to 2,886", "brought the toll to 1,000 people, including 802
    fighters", "the toll could pass 20", "casualties include eight
    people, 41 with injuries", "the number of dead stood at 300"."""
    tok = count
    while tok.dep_ in _LIST_DEPS and tok.head.i != tok.i:
        tok = tok.head  # "include 658 in Latakia, [384] in Tartus"
    if tok.dep_ == "nummod" and tok.head.ent_type_ in _WHEN:
        tok = tok.head  # "rose to 2,886 Wednesday" parsed as a count of Wednesdays
    whole = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in _PART_PREPS else None
    if whole is not None and whole.pos_ in ("NOUN", "NUM") and whole.i != tok.i:
        return harm_total(whole)  # "the toll rose to 450 people, including 120 soldiers"
    verb, totals = tok.head, []
    if tok.dep_ == "pobj" and verb.lower_ in _VALUE_PREPS:
        verb = verb.head
        totals = [c for c in verb.children if c.dep_ == "dobj"]  # "raised the toll to 2,886"
    elif tok.dep_ not in _VALUE_DEPS:
        return False
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words.TOTAL_VERBS:
        return False
    totals += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(_names_harm(t) for t in totals if t.i != tok.i)


def _names_harm(total: Token) -> bool:
    """A noun that names a total of harm: "the death toll", "casualties", "the number of dead"."""
    nominal = total.pos_ == "VERB" and any(c.dep_ == "det" for c in total.children)
    if total.pos_ not in ("NOUN", "PRON", "ADJ") and not nominal:
        return False
    # "those hurt include", "the injured include": a harm word describing a pronoun or the
    # nominalised adjective itself
    named = [total, *(c for c in total.children if c.dep_ in _TOTAL_NAMING_DEPS)]
    of = next((c for c in total.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and (obj := pobj(of)) is not None:
        named.append(obj)  # "the number of dead"
    return any(_is_harm(t) for t in named)


def _is_harm(tok: Token) -> bool:
    return tok.lemma_.lower() in words.CASUALTY_WORDS or tok.lower_ in words.CASUALTY_WORDS


def _suffers_harm(verb: Token) -> bool:
    """ "suffered injuries", "sustaining wounds", "embraced martyrdom"."""
    if verb.lemma_.lower() not in _SUFFER_VERBS:
        return False
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _HARM_NOUNS
        for c in verb.children
    )


def suffered(noun: Token) -> bool:
    """A count that is the subject of a verb whose object is harm: "six soldiers suffered
    injuries", "seven recruits ... embraced martyrdom"."""
    if noun.dep_ != "nsubj":
        return False
    shared = (c for c in noun.head.children if c.dep_ == "conj" and not _has_subject(c))
    return any(_suffers_harm(verb) for verb in (noun.head, *shared))


def _has_subject(verb: Token) -> bool:
    """ "12 were unhurt and 14 suffered burns": the second verb has a subject of its own."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def named_by_subject(noun: Token) -> set[str]:
    """Lemmas that say what a count given as a subject's value counts: "the daily casualty rate
    was 1,100 people" -> {rate, casualty, ...}; "the ones who passed away are 30 people" ->
    {one, die, ...} (a relative clause about the subject too). Empty unless the count is the
    attribute of "be"."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() != "be":
        return set()
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ != "NOUN":
        return set()
    lemmas = {subj.lemma_.lower()}
    for child in subj.children:
        if child.dep_ in _NAMING_DEPS:
            lemmas.add(child.lemma_.lower())
        elif child.dep_ == "relcl":
            lemmas |= {idiom(t) for t in child.subtree}
    return lemmas


def idiom(tok: Token) -> str:
    """What a verb and its particle mean together where that is harm ("passed away" is "die",
    "gunned down" and "mowed down" are "kill": the verb alone says nothing of it); other words
    are their lemma. The particle may be the next word that the parser hung on the object
    ("burned alive 12 passengers": "alive" read as the noun's adjective)."""
    lemma = tok.lemma_.lower()
    after = [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []
    for child in (*tok.children, *after):
        meaning = words.HARM_PHRASAL_VERBS.get((lemma, child.lower_))
        if meaning is not None:
            return meaning
    return lemma


def displaced(start: Token) -> bool:
    """A count whose nearest verb or noun head (past prepositions) displaces it or leaves it
    homeless, or that is itself called homeless: "displaced 2 million others", "the displacement
    of 300,000 others", "left 40 others homeless", "60 injured and 3,000 homeless", or whom it
    makes flee or seek refuge ("forced 2 million people to flee", "forcing thousands to seek
    refuge with the UN", "17,000 people continue to live away from home")."""
    if any(_displacing(c) for c in start.children if c.dep_ in ("amod", "acl")):
        return True
    if any(_displacing(c) and _infinitive(c) for c in start.children if c.dep_ == "relcl"):
        return True  # "forced half a million to flee": the parser hangs "to flee" on the count
    below = start
    for tok in start.ancestors:
        number = tok.like_num or tok.lower_ in VAGUE  # "hundreds of thousands of others"
        if tok.pos_ == "ADP" or (number and tok.dep_ in ("dobj", "nsubjpass", "pobj")):
            below = tok
            continue
        # "prompting hundreds of thousands of others to flee": the object's own verb
        # and a subject's: "17,000 people continue to live away from home"
        deps = ("oprd", "xcomp") if below.dep_ in ("dobj", *SUBJECT_DEPS) else ("oprd",)
        return _displacing(tok) or any(_displacing(c) for c in tok.children if c.dep_ in deps)
    return False


def _infinitive(verb: Token) -> bool:
    """A "to" infinitive: the complement a causing verb gives its object ("made 300 to leave"),
    which the parser sometimes files as a relative clause of that object."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _displacing(tok: Token) -> bool:
    displacing = tok.lemma_.lower() in DISPLACED_WORDS or tok.lower_ in DISPLACED_WORDS
    return displacing or seeks_refuge(tok)


def taken_by_said(noun: Token) -> Token | None:
    """The verb whose object the parser gave to a trailing "said" as its subject, coordinated
    with the speakers: "has killed at least 25 people, rescuers and local officials said" ->
    killed. None for a real subject ("40 people said")."""
    said = noun.head
    if noun.dep_ != "nsubj" or not is_reporting(said):
        return None
    # the verb before hangs on "said" ("... has killed", a ccomp) or "said" hangs on it
    clauses = [c for c in said.children if c.dep_ in _TRAILING_DEPS and c.i < noun.i]
    verb = said.head if said.dep_ in _TRAILING_DEPS else next(iter(clauses), said)
    speakers = any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in noun.children)
    before = verb.pos_ == "VERB" and verb.i < noun.i and noun.i < said.i
    objectless = not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    return verb if speakers and before and objectless else None


def caught_in_violence(chain: list[Token]) -> bool:
    """People "caught in the fire", "caught in the crossfire", "caught in the blast": hurt."""
    for tok in chain:
        if tok.lemma_.lower() != "catch":
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and place.lemma_.lower() in _VIOLENT_PLACES:
                return True
    return False


def held_as_captives(count: Token) -> bool:
    """People a passive verb of holding keeps: "9,000 fighters and 60,000 relatives held in
    camps", "over 1,000 of them held by the militia", "were detained", "around 60,000 of its
    members were taken into custody" (captured: casualties). Not "held up", "held in reserve",
    nor those who do the holding ("the militia holds 500")."""
    if held_by_police(count):
        return False  # "seven of the men were held in connection with suspected offences"
    persons = [count, *count.conjuncts]  # "9,000 fighters and 60,000 relatives [held]"
    if (of := prep_object(count, ("of",))) is not None:
        persons.append(of)  # "1,000 of them [held by]"
    if count.dep_ == "pobj" and count.head.lower_ == "of":
        persons.append(count.head.head)  # "[60,000] of its members were taken"
    for person in persons:
        verbs = [c for c in person.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if person.dep_ == "nsubjpass":
            verbs.append(person.head)
        if any(_holds_captive(verb) for verb in verbs):
            return True
    return False


# Words that make those held captives of war, whatever else the sentence says (``held_by_police``).
_CAPTIVITY_IN_WAR = words.WAR_WORDS | CAPTIVE_NOUNS | ABDUCTION_WORDS


def held_by_police(count: Token) -> bool:
    """A sentence of criminal justice (arrest, suspicion, bail, police, court) and none of war or
    abduction: those held there are suspects, people, not captives (casualties). An arrest of
    someone else says nothing of them ("he was arrested with eight men seized at a hotel": the
    eight were seized, by whoever held him)."""
    lemmas = sentence_lemmas(count)
    justice = lemmas & CRIMINAL_JUSTICE_WORDS
    if _ARREST in justice and _arrests_of_others(count):
        justice = justice - {_ARREST}
    if not justice:
        return False
    return lemmas.isdisjoint(_CAPTIVITY_IN_WAR)


_ARREST = "arrest"


def _arrests_of_others(count: Token) -> bool:
    """Whether every "arrest" verb of the sentence has a person of its own as its object or
    passive subject, none of them the count ("he was arrested with eight men")."""
    phrase = set(range(count.left_edge.i, count.right_edge.i + 1))
    arrests = [t for t in count.sent if t.lemma_.lower() == _ARREST]
    for verb in arrests:
        held = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if verb.pos_ != "VERB" or not held or any(c.i in phrase for c in held):
            return False
    return True


def _holds_captive(verb: Token) -> bool:
    """A passive verb that holds people captive: "held", "detained", "taken into custody"."""
    places = {o.lemma_.lower() for c in verb.children if c.dep_ == "prep" and (o := pobj(c))}
    if any(c.dep_ == "prt" for c in verb.children) or places & RESERVE_WORDS:
        return False  # "were held up", "held back", "kept in reserve"
    lemma = verb.lemma_.lower()
    return lemma in DETAIN_VERBS or (
        lemma in CAPTOR_VERBS and not places.isdisjoint(CAPTIVITY_WORDS)
    )


def loses_something_else(verb: Token, counted: Token) -> bool:
    """ "lose their jobs", "lost the vote": losing a thing, not people."""
    if verb.lemma_.lower() not in ("lose", "loss"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i == counted.i or obj.is_ancestor(counted):
        return False  # "lost 500 men", "losing hundreds of [men]": the count is what is lost
    return obj.lemma_.lower() not in words.LIVES
