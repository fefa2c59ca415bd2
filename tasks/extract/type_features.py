"""What a learned claim-type decision reads about a quantity: named, sparse, cheap features.

The rules in ``claims.classify`` decide a claim's type from the counted noun, its word lists and
the verbs around it. Each rule was written from a few dozen articles and reaches the next ones
only a little (``tests/gold/README.md``, stop 15). ``type_model`` weighs the same evidence with
weights learned from every labelled numeric line: the counted noun and the word lists it is in,
its modifiers, the heads above it up to the reporting verb, the words of its sentence, and what
the rules' predicates find (harmed, deployed, serving in an armed body...). Not the rules' final
verdict: tuned on the labelled splits, it is right there far more often than on new text, and a
model that leans on it learns to trust it too much (``tests/gold/README.md``, "Stop 16"). Every
feature is a string; a quantity is the set of its features.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import lru_cache
from typing import Final

from spacy.tokens import Doc, Span, Token

from tasks.extract import claim_words as words
from tasks.extract import harm_cues as harm
from tasks.extract import roles
from tasks.extract.armed_bodies import armed_attackers, group_strength, members_of_armed_body
from tasks.extract.captivity_words import (
    CAPTIVE_NOUNS,
    CAPTIVITY_WORDS,
    DETAIN_VERBS,
    FREEING_WORDS,
    WORKFORCE_NOUNS,
)
from tasks.extract.count_clauses import clause_chain
from tasks.extract.memo import STRING_ANSWERS, per_doc, per_span, sentence_of
from tasks.extract.money_words import MONEY_VERBS
from tasks.extract.people_words import DISPLACED_WORDS, JOB_NOUNS, POPULATION_NOUNS
from tasks.extract.person_counts import is_nationals, relative_persons, victims_of_violence
from tasks.extract.quantities import Quantity
from tasks.extract.weapon_nouns import armed_thing

# The word lists a lemma is looked up in: each is a feature ("in:troop"), so a word no label
# ever held still carries what its list says.
LEXICONS: Final[tuple[tuple[str, Collection[str]], ...]] = (
    ("person", words.PERSON_NOUNS),
    ("people", words.PEOPLE_NOUNS),
    ("troop", words.TROOP_NOUNS),
    ("rank", words.RANK_NOUNS),
    ("attacker", words.ATTACKER_NOUNS),
    ("military_only", words.MILITARY_ONLY_TROOPS),
    ("equipment", words.EQUIPMENT_NOUNS),
    ("civilian_capable", words.CIVILIAN_CAPABLE),
    ("military_modifier", words.MILITARY_MODIFIERS),
    ("casualty", words.CASUALTY_WORDS),
    ("violence", words.VIOLENCE_WORDS),
    ("displaced", DISPLACED_WORDS),
    ("captive", CAPTIVE_NOUNS),
    ("freeing", FREEING_WORDS),
    ("captivity", CAPTIVITY_WORDS),
    ("detain", DETAIN_VERBS),
    ("recruit", words.RECRUIT_NOUNS),
    ("deploy", words.DEPLOY_VERBS),
    ("send", words.SEND_VERBS),
    ("front", words.FRONT_WORDS),
    ("military_context", words.MILITARY_CONTEXT),
    ("military_body", words.MILITARY_BODIES),
    ("mission", words.MISSION_BODIES),
    ("damage", words.DAMAGE_WORDS),
    ("money_verb", MONEY_VERBS),
    ("job", JOB_NOUNS),
    ("workforce", WORKFORCE_NOUNS),
    ("population", POPULATION_NOUNS),
    ("member", words.MEMBER_NOUNS),
    ("generic_people", words.GENERIC_PEOPLE),
    ("hospital", words.HOSPITAL_WORDS),
    ("anaphoric", words.ANAPHORIC_NOUNS),
)
_PERSON_WORDS: Final = (
    words.PERSON_NOUNS | words.PEOPLE_NOUNS | words.TROOP_NOUNS | words.RANK_NOUNS
    | words.ATTACKER_NOUNS | CAPTIVE_NOUNS
)  # fmt: skip
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})


def war_reporting(doc: Doc) -> bool:
    """Whether the article is about fighting: most of what the learned model was fitted to."""
    return _armed_share(doc) in ("some", "high")


@per_doc
def _armed_share(doc: Doc) -> str:
    """How much of the article is about war, in four steps: the share of its sentences with a
    word of armed conflict. Troops and casualties are rare outside war
    reporting ("officers" of a police force, "members" banned from a club)."""
    sentences = armed = 0
    for sent in doc.sents:
        sentences += 1
        armed += any(t.lemma_.lower() in words.WAR_WORDS for t in sent)
    share = armed / sentences if sentences else 0.0
    return "none" if share == 0 else "low" if share < 0.1 else "some" if share < 0.3 else "high"


@lru_cache(maxsize=STRING_ANSWERS)
def _lexicon_names(lemma: str) -> tuple[str, ...]:
    return tuple(name for name, members in LEXICONS if lemma in members)


def _word(prefix: str, lemma: str) -> list[str]:
    """The word itself and the lists it is in, under one prefix."""
    return [f"{prefix}={lemma}", *(f"{prefix}:{name}" for name in _lexicon_names(lemma))]


def type_features(doc: Doc, q: Quantity, noun: Token | None) -> list[str]:
    """The features of quantity ``q`` whose counted noun is ``noun`` (None: a bare count)."""
    core = doc[q.core]
    feats = [f"dep={core.dep_}", f"qualifier={q.qualifier}"]
    if q.value:
        feats.append(f"magnitude={min(7, int(math.log10(abs(q.value))))}")
    if q.end < len(doc):
        feats.append(f"next={doc[q.end].lower_}")
    if q.start > 0:
        feats.append(f"prev={doc[q.start - 1].lower_}")
    start = core if noun is None else noun
    if noun is None:
        feats.append("noun=NONE")
    else:
        lemma = roles.noun_lemma(noun)
        feats += _word("noun", lemma)
        feats.append(f"noun_kind={_kind(noun, lemma)}")
        feats += [f"noun_dep={noun.dep_}", f"noun_tag={noun.tag_}", f"noun_ent={noun.ent_type_}"]
        for child in noun.children:
            if child.dep_ in _MODIFIER_DEPS:
                feats += _word("mod", child.lemma_.lower())
                if child.ent_type_:
                    feats.append(f"mod_ent={child.ent_type_}")
            elif child.dep_ == "prep":
                feats.append(f"noun_prep={child.lower_}")
                feats += [f"noun_prep_obj={o.lemma_.lower()}" for o in child.children]
            elif child.dep_ in ("acl", "relcl"):
                feats += _word("noun_clause", child.lemma_.lower())
    chain = clause_chain(start)
    for depth, tok in enumerate(chain[:6]):
        if tok.i == start.i:
            continue
        if harm.loses_something_else(tok, start):  # "20,000 workers lost their jobs"
            feats.append("head=lose_a_thing")
            continue
        feats += _word("head", tok.lemma_.lower())
        if depth <= 2:
            feats.append(f"head{depth}={tok.lemma_.lower()}")
    feats += _cues(doc, q, noun, start, chain)
    feats.append(f"article_armed={_armed_share(doc)}")
    for i, words_of in _sentence_words(sentence_of(core)):
        if not (q.start <= i < q.end) and i != start.i:  # the count and its noun are above
            feats += words_of
    return sorted(set(feats))


@per_span
def _sentence_words(sent: Span) -> tuple[tuple[int, list[str]], ...]:
    """Each content word of the sentence (by token index) and its lists; the entity labels
    that start in it under index -1 (asked for every count in the sentence)."""
    found = [(-1, [f"sent_ent={t.ent_type_}" for t in sent if t.ent_type_ and t.ent_iob_ == "B"])]
    found += [(t.i, _word("sent", t.lemma_.lower())) for t in sent if t.pos_ in _CONTENT]
    return tuple(found)


def _kind(noun: Token, lemma: str) -> str:
    """A person, a piece of equipment, or a thing no list knows ("dolphin", "mosque"): a
    casualty, a troop or a people count is one of persons."""
    if lemma in _PERSON_WORDS or is_nationals(noun) or noun.ent_type_ in ("NORP", "PERSON"):
        return "person"
    if lemma in words.EQUIPMENT_NOUNS:
        return "equipment"
    return "listed" if _lexicon_names(lemma) else "unlisted"


def _cues(doc: Doc, q: Quantity, noun: Token | None, start: Token, chain: list[Token]) -> list[str]:
    """The rules' own findings about the counted thing, each a feature ("cue:harmed")."""
    found = {
        "strength": group_strength(doc, q) is not None,
        "relative_persons": relative_persons(doc, q) is not None,
        "harmed": harm.harmed(start),
        "displaced": harm.displaced(start),
        "deployed": roles.deployed(start),
        "hospitalised": roles.hospitalised(chain),
        "moved_by_force": roles.moved_by_force(chain),
        "caught_in_violence": harm.caught_in_violence(chain),
        "held_captive": roles.held_captive(chain),
        "taken_captive": roles.taken_captive(chain, False),
    }
    if noun is not None:
        found |= {
            "armed_body_members": members_of_armed_body(noun),
            "serves": roles.serves(noun),
            "raises_troops": roles.raises_troops(noun),
            "counts_jobs": roles.counts_jobs(noun),
            "armed_thing": armed_thing(noun),
            "armed_attackers": armed_attackers(noun),
            "nationals": is_nationals(noun),
            "lives_taken": harm.lives_taken(noun),
            "victims": victims_of_violence(noun),
        }
    return [f"cue:{name}" for name, true in found.items() if true]
