"""What a number counts: the noun it modifies ("11,000 [soldiers]"), the object of its "of"
("thousands of [soldiers]"), the subject a count verb or a change is said of ("the death toll
rose to 21", "an army that numbers 125,600"), and the counted phrase a row shows. Anaphoric
nouns are ``anaphor_counts``; counts opening a relative clause ``relative_counts``; phrases the
parser broke ``broken_phrases``; the clause around a count ``count_clauses``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.extract.anaphor_counts import counted_by_anaphor, of_object
from tasks.extract.broken_phrases import (
    headline_noun,
    noun_after_modifier_list,
    noun_after_scale,
    noun_past_designation,
    plural_conj,
)
from tasks.extract.claim_words import (
    ANAPHORIC_NOUNS,
    CASUALTY_WORDS,
    CHANGE_VERBS,
    CONTAINER_NOUNS,
    EQUIPMENT_NOUNS,
    LEVEL_NOUNS,
    MARK_NOUNS,
    MILITARY_ONLY_TROOPS,
    RECORD_NOUNS,
    TROOP_NOUNS,
)
from tasks.extract.grammar import SUBJECT_DEPS, noun_phrase, prep_object, raised_subject, subject
from tasks.extract.memo import per_doc
from tasks.extract.non_speakers import dateline_end, past_dateline
from tasks.extract.number_contexts import whole_of_a_part
from tasks.extract.people_words import PEOPLE_MEASURES, POPULATION_NOUNS
from tasks.extract.person_counts import is_person, plural_person_name
from tasks.extract.quantities import Quantity
from tasks.extract.quantity_filters import followed_by_a_time
from tasks.extract.quantity_words import EXCEEDING_VERBS
from tasks.extract.relative_counts import whom_antecedent
from tasks.extract.roles import noun_lemma, strength_noun

_NAMES = {"GPE", "LOC", "PERSON", "FAC"}
_WHEN = {"DATE", "TIME"}
_COUNT_VERBS = {"number", "total", "reach", *EXCEEDING_VERBS}
# Verbs of a total reaching a mark ("sales hit 2 million", "downloads passed 1 million"), which
# also tell of striking or passing something ("missiles hit 12", "troops passed 300"): they count
# their subject only when it is no weapon and no fighter.
_MARK_VERBS = {"hit", "pass", "cross"}
# Nouns of a change whose "of" or "in" is what changes: "a cut in troop numbers to 2,500".
_CHANGE_NOUNS = CHANGE_VERBS | {"cut", "reduction", "drawdown", "boost", "expansion"}


@per_doc
def counted_noun(doc: Doc, q: Quantity) -> Token | None:
    """The noun a quantity counts: "11,000 [soldiers]", "Thousands of [soldiers]", "a 19-strong
    [panel]", "500 cases of [hostages]"."""
    if _nominal_adjective_after(doc, q):
        return None  # "two dead, four wounded and body parts": the dead, not parts
    noun = _counted(doc, q) or noun_after_scale(doc, q) or noun_after_modifier_list(doc, q)
    noun = noun or headline_noun(doc, q)
    if noun is not None and noun.lemma_.lower() in CONTAINER_NOUNS:
        return of_object(noun) or _named_before(noun) or noun
    if noun is not None and (persons := _persons_reported(noun)) is not None:
        return persons  # "2,260 reports of missing people"
    return _thing_lost(noun) or noun if noun is not None else None


def _persons_reported(noun: Token) -> Token | None:
    """The persons a count of records is about: "2,260 reports of missing people" count the
    missing; "three reports of the committee" stay reports."""
    if noun.lemma_.lower() not in RECORD_NOUNS:
        return None
    obj = of_object(noun)
    return obj if obj is not None and is_person(noun_lemma(obj)) else None


def _thing_lost(noun: Token) -> Token | None:
    """ "1,000 tank losses", "300 artillery losses": losses named by a weapon count the weapon
    (equipment), not lives."""
    if noun.lemma_.lower() != "loss":
        return None
    named = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    return named[0] if named and named[0].lemma_.lower() in EQUIPMENT_NOUNS else None


_CONTAINER_BACK = 120  # tokens: about the paragraph before


def _named_before(container: Token) -> Token | None:
    """ "lost 20,027 units of equipment ... troops abandoned 1,113 units": a container noun with
    no "of" of its own counts what the nearest one of the same word before it had."""
    doc, lemma = container.doc, container.lemma_.lower()
    for tok in reversed(doc[max(0, container.i - _CONTAINER_BACK) : container.i]):
        if tok.lemma_.lower() == lemma and (obj := of_object(tok)) is not None:
            return obj
    return None


def _nominal_adjective_after(doc: Doc, q: Quantity) -> bool:
    """ "reported two dead, four wounded and “body parts”": a harm adjective or participle right
    after a count, closing its phrase, is what the count counts (the people it says were hurt),
    whatever noun further on the parser gave the count to."""
    if q.end + 1 >= len(doc):
        return False
    adj, nxt = doc[q.end], doc[q.end + 1]
    harm = adj.lemma_.lower() in CASUALTY_WORDS or adj.lower_ in CASUALTY_WORDS
    closes = nxt.is_punct or nxt.pos_ == "CCONJ"
    return harm and adj.pos_ in ("ADJ", "VERB") and closes


def _counted(doc: Doc, q: Quantity) -> Token | None:
    if (group := strength_noun(doc, q)) is not None:
        return group
    tok = doc[q.core]
    while q.start <= tok.head.i < q.end and tok.head.i != tok.i:
        tok = tok.head  # climb out of the span ("per cent", "20 million")
    if tok.dep_ == "quantmod" and tok.head.like_num and tok.head.dep_ in ("pobj", "nummod"):
        tok = tok.head  # "from [300] to 750 (staff)": the low end hangs on the high end
    pobj = of_object(tok)
    while pobj is not None and q.start <= pobj.i < q.end:
        pobj = of_object(pobj)  # "Hundreds of thousands (of people)": the span's own "of"
    if pobj is not None:  # "Thousands of soldiers", "99% of all aid"
        return pobj
    if (whole := whom_antecedent(doc, q, tok)) is not None:
        return whole  # "the remaining hostages, at least 20 of whom are alive"
    if (whole := whole_of_a_part(doc, q)) is not None:
        return whole  # "Of the 35 hospitals, 16 are closed", "17 out of 22 drones"
    head = noun_past_designation(tok) or tok.head  # "3 AK-47 rifles": not the code
    outside = head.i != tok.i and not q.start <= head.i < q.end
    modifies = tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
    if outside and modifies and followed_by_a_time(doc, tok.i + 1):
        return None  # "down from 8,900 last month": the month says when, not what is counted
    if outside and modifies and (owner := _of_owner_across_and(tok, head)) is not None:
        return owner  # "unemployment of more than five million and impending cuts"
    if outside and modifies and head.pos_ in ("NOUN", "PROPN"):
        while (
            head.dep_ in ("nmod", "compound")
            and head.head.i > head.i
            and head.head.pos_ == "NOUN"
            and not _hyphened_equipment(tok, head)
        ):
            head = head.head  # "90 air, sea and ground-launched missiles"
        if head.pos_ == "PROPN" and head.ent_type_ in _WHEN:
            return None  # "rose to 2,886 Wednesday": the day says when, not what is counted
        named = head.ent_type_ in _NAMES or head.i < tok.i
        if head.pos_ == "PROPN" and named and not plural_person_name(head):
            return None  # "Kramatorsk 210,000": a name beside the count (not "250,000 Chechens")
        if (plural := plural_conj(head, q)) is not None:
            return plural  # "31 drone and airstrikes", "408 Shahed-type, ..., and other drones"
        if head.lemma_.lower() in MARK_NOUNS and head.dep_ == "dobj":
            total = subject(head.head, ("nsubj",))  # "the number of users passed the 2m mark"
            return counted_by_anaphor(total) if total is not None and total.pos_ == "NOUN" else head
        return head
    # "shrank from a peak of 40,000 to 3,000": the peak is a figure of what changes
    mark = head.head if tok.dep_ == "pobj" and head.lower_ == "of" else None
    reached = mark is not None and mark.lemma_.lower() in MARK_NOUNS and mark.dep_ == "pobj"
    if reached and mark is not None and (changed := _changed(mark.head)) is not None:
        return changed
    # "a population of more than 1 million", "a death toll of 300"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    # "an army that numbers 125,600", "losses totalled 3,000": the subject is what is counted
    # "numbering [about] 900,000": the span's qualifier, read as a preposition, heads it
    counted_by = tok.dep_ in ("dobj", "npadvmod", "attr")
    counted_by = counted_by or (tok.dep_ == "prep" and q.start <= tok.i < q.end)
    counts = head.lemma_.lower() in _COUNT_VERBS or _reaches_a_mark(head)
    if counted_by and counts and not _measured_before(head):
        subj = _raised_subject(head)
        if subj is not None and subj.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
            subj = head.head  # "that" -> "army", "who" -> "insurgents"
        if subj is None and head.dep_ == "acl":
            subj = head.head  # "the armed forces, numbering 40,000"
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return counted_by_anaphor(subj)
    changes = head.lemma_.lower() in CHANGE_VERBS and q.unit is None  # not "rose 5%"
    if tok.dep_ in ("dobj", "npadvmod") and changes:
        subj = subject(head, ("nsubj",))  # "the number of people out of work rose 32,000"
        if subj is not None and subj.pos_ == "NOUN" and not _has_object(head, tok):
            return counted_by_anaphor(subj)
    by = head.lower_ == "by" and q.unit is None  # "the workforce fell by 2,000" (not "by 5%")
    by = by and head.dep_ != "agent"  # "was watched by millions": who watched, not a change
    if tok.dep_ == "pobj" and (head.lower_ in ("from", "to") or by) and (changed := _changed(head)):
        return changed  # "its population rose from 9,000 to 12,000", "cut staff to 300"
    # "the death toll had risen to 21", "the population was 2.1 million": the subject counts
    verb = head.head if tok.dep_ == "pobj" and head.lower_ in ("to", "at") else head
    if verb.dep_ == "acomp":
        verb = verb.head  # "the number may be close to 200"
    while tok.dep_ == "pobj" and head.lower_ == "at" and verb.dep_ == "pobj":
        verb = verb.head.head  # "put the toll [in the province since May] at 230"
    if tok.dep_ == "pobj" and head.lower_ == "at" and verb.pos_ == "VERB":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:  # "put Russian casualties at 1.2 million", "estimated losses at"
            return obj
    if tok.dep_ in ("attr", "pobj", "acomp") and verb.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.pos_ == "NOUN":
            return counted_by_anaphor(subj)
    return None


def _hyphened_equipment(count: Token, noun: Token) -> bool:
    """ "a 10-vehicle column", "a 30-tank convoy", "a 12-drone attack": a weapon or vehicle
    hyphened onto the count, the compound of a noun after it, is what the count counts (the
    column is made of ten vehicles), not the noun it modifies."""
    hyphen = noun.i == count.i + 2 and count.doc[count.i + 1].text in ("-", "–")
    return hyphen and noun.tag_ == "NN" and noun.lemma_.lower() in EQUIPMENT_NOUNS


def _of_owner_across_and(count: Token, head: Token) -> Token | None:
    """ "unemployment of more than five million and impending cuts to welfare": the parser hangs
    a count that ends an "of" phrase on the noun after the "and" that follows it (its own "cc"
    child sits between them); the count is the "of" object of the noun before, when that noun
    is one a count measures (a turnout, a population: not "a group of 40 and dozens of ...")."""
    cc = any(c.dep_ == "cc" and count.i < c.i < head.i for c in count.children)
    of = head.head if head.dep_ == "pobj" else None
    if not cc or of is None or of.lower_ != "of" or not of.i < count.i:
        return None
    measured = of.head.lemma_.lower() in PEOPLE_MEASURES | POPULATION_NOUNS
    return of.head if measured else None


def _reaches_a_mark(verb: Token) -> bool:
    """ "Sales hit 2 million", "subscriptions passed 500,000": a verb of reaching a mark whose
    subject is a plural total, not a weapon or a fighter that strikes ("drones hit 12"). A
    singular subject measures something else ("the number of refugees passed 2 million", "the
    army's strength passed 200,000", "the toll hit 300"): the other rules read it."""
    if verb.lemma_.lower() not in _MARK_VERBS:
        return False
    subj = subject(verb, ("nsubj",))
    armed = EQUIPMENT_NOUNS | TROOP_NOUNS | MILITARY_ONLY_TROOPS
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS":
        return False
    return noun_lemma(subj) not in armed


def _measured_before(verb: Token) -> bool:
    """ "The average recruit costs 2 million rubles ... and is expected to reach 2.5 million":
    a count verb whose subject is that of a verb before it, coordinated, with a counted object
    reaches a figure of what that verb measured (the cost), not of the subject; the count runs
    parallel to the figure before it."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "conj":
            objects = (c for c in verb.head.children if c.dep_ == "dobj")
            return any(o.like_num or any(d.like_num for d in o.children) for o in objects)
        verb = verb.head
    return False


def _raised_subject(verb: Token) -> Token | None:
    """The subject of a count verb, through the verbs that raise it, past a dateline the
    parser made a subject too."""
    subj = raised_subject(verb, ("nsubj",))
    if subj is not None and dateline_end(subj) is not None:
        return _subject_past_dateline(subj.head, subj)
    return subj


def _subject_past_dateline(verb: Token, dateline: Token) -> Token | None:
    """ "TBILISI, Georgia—The toll ... has reached about 230": the parser makes the
    dateline's capitals a subject too; the verb's own subject is the one after the dateline."""
    later = (c for c in verb.children if c.dep_ == "nsubj" and c.i > dateline.i)
    return next(later, None) or past_dateline(dateline)


def _has_object(verb: Token, count: Token) -> bool:
    """Whether a verb has a direct object other than the count (or the figure it changes to):
    "grew sales 12,000", not "fell 11,000 to 813,200"."""
    return any(c.dep_ == "dobj" and c.i != count.i and not c.like_num for c in verb.children)


def _changed(prep: Token) -> Token | None:
    """What goes "from X to Y": the object of a verb that changes it ("increased the number of
    nurses from 300 to 750", "cut staff to 200"), else the verb's subject ("the population rose
    from 9,000 to 12,000"), else the noun a participle describes ("nurses based in Leeds from 300
    to 750"), else what a change noun changes ("a reduction of the troop level to 10,000").
    Anaphoric nouns give their "of" object: "the number of nurses"."""
    verb = prep.head
    if verb.lower_ == "from" and prep.lower_ == "to":
        verb = verb.head  # "from 9,000 to 12,000": "to" hangs on "from"
    if verb.pos_ == "NOUN":  # "the troop level to 10,000", "a reduction of the level to"
        level = verb.lemma_.lower() in LEVEL_NOUNS | ANAPHORIC_NOUNS
        return counted_by_anaphor(verb) if level else _change_of(verb)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    noun = noun or next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if noun is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        noun = verb.head
    if noun is None and verb.dep_ == "xcomp":  # "take the number of jobs to go ... to 5,500"
        raised = [c for c in verb.head.children if c.dep_ == "dobj"]
        raised += [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        noun = raised[0] if raised else None  # "the number is thought to have fallen to 300"
    if noun is None or noun.pos_ != "NOUN":
        return None
    return _change_of(noun) or counted_by_anaphor(noun)


def _change_of(change: Token) -> Token | None:
    """What a change noun changes: "a cut in troop numbers" -> troop, "a reduction of the
    workforce" -> workforce; None for other nouns and a change that names nothing."""
    if change.lemma_.lower() not in _CHANGE_NOUNS:
        return None
    changed = prep_object(change, ("of", "in"))
    return counted_by_anaphor(changed) if changed is not None and changed.pos_ == "NOUN" else None


def subject_text(doc: Doc, noun: Token, q: Quantity) -> str:
    """The counted phrase without the quantity's own words: "North Korean soldiers"."""
    phrase = noun_phrase(noun)
    kept = [t for t in phrase if not q.start <= t.i < q.end and t.dep_ not in ("det", "prep")]
    kept = [t for t in kept if not t.is_quote and not t.is_punct] or [noun]
    kept = [t for t in kept if t.i >= q.end] or kept  # "a further 34,000 [separatist forces]"
    return doc[kept[0].i : kept[-1].i + 1].text.strip('“”"‘’ ')
