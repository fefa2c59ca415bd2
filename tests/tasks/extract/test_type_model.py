"""The learned claim-type decision (issue 10, stop 16): where the rules only guess what a count
counts, a model fitted to every labelled split weighs the evidence instead, in war reporting.

The class cases are invented (none is a sentence of a labelled split); each fails on the rules
alone, which guessed "people" or "other". The guards pass on both: counts a rule types stay
the rule's, and off-topic counts keep the rules' guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.type_fit import fit, load
from tasks.extract.quantities import find_quantities
from tasks.extract.type_features import type_features, war_reporting
from tasks.extract.type_model import TypeModel, decides, learned_type, model
from tasks.schema import ClaimType
from tests.tasks.extract.outlet_claims import type_on

TRAINING = Path(__file__).parents[3] / "evaluation" / "training" / "claim_type_training.jsonl.gz"
TROOPS, PEOPLE, OTHER = ClaimType.TROOP_COUNT, ClaimType.PEOPLE_COUNT, ClaimType.OTHER


# People an armed group recruits or enlists are its troops, though "men" or "youths" are no
# military nouns and no rule names the verb.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The militia stepped up its attacks on army posts. The commander said the militia had "
         "recruited 5,000 young men.", "5,000"),
        ("The insurgents seized two more towns. The group has enlisted about 3,000 local youths "
         "since the offensive began.", "3,000"),
    ],
)  # fmt: skip
def test_people_an_armed_group_takes_in_are_troops(nlp, text, number) -> None:
    assert type_on(nlp, text, number) == TROOPS


# An army's strength given as a bare figure is a troop count, not "other".
def test_an_armys_strength_as_a_bare_figure_is_troops(nlp) -> None:
    text = (
        "The rebels launched a new offensive in the north. The strength of the rebel army was "
        "about 40,000 at the end of the year, a monitoring group said."
    )
    assert type_on(nlp, text, "40,000") == TROOPS


# Guards: off-topic counts keep the rules' guess; members of a body no rule finds armed are
# people; a near tie keeps the guess.
@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The firm employs 3,000 people across the country.", "3,000", PEOPLE),
        ("Sales of the console surpassed 1 million units in the first quarter.", "1 million",
         OTHER),
        ("The coalition's 86 members agreed to send more troops to Arno.", "86", PEOPLE),
        ("About 500 war veterans marched through the capital.", "500", PEOPLE),
        ("The council sent 500 people to help with the harvest.", "500", PEOPLE),
    ],
)  # fmt: skip
def test_guesses_that_stand(nlp, text, number, expected) -> None:
    assert type_on(nlp, text, number) == expected


# Off-topic, the rules' guess stands where the model alone would read war: police "officers"
# recruited are people, not troops.
def test_off_topic_the_guess_stands_where_the_model_reads_war(nlp) -> None:
    text = "The police force plans to recruit 25,000 more officers over four years."
    doc = nlp(text)
    q = next(q for q in find_quantities(doc) if doc[q.core].text == "25,000")
    noun = doc[q.end + 1]
    assert learned_type(doc, q, noun, PEOPLE) == TROOPS  # what the model alone would say
    assert not decides(doc, q)
    assert type_on(nlp, text, "25,000") == PEOPLE


def test_war_reporting_is_an_article_about_fighting(nlp) -> None:
    war = nlp("Troops shelled the town. The army lost two tanks. Talks resumed on Monday.")
    sport = nlp("The striker shot wide. The defence held firm. Fans went home happy.")
    assert war_reporting(war)
    assert not war_reporting(sport)


def test_the_model_decides_counts_not_figures_their_unit_types(nlp) -> None:
    doc = nlp("The army spent $3 million on 400 trucks, 12% of its budget, and 30 km of road.")
    units = {doc[q.start : q.end].text: decides(doc, q) for q in find_quantities(doc)}
    assert units == {"$3 million": False, "400": True, "12%": False, "30 km": False}


def test_features_name_the_noun_its_lists_and_the_article(nlp) -> None:
    doc = nlp("Fighting went on. The army said 300 soldiers were killed in the attack.")
    q = next(q for q in find_quantities(doc) if doc[q.core].text == "300")
    features = type_features(doc, q, doc[q.end])
    assert {"noun=soldier", "noun:troop", "noun_kind=person", "article_armed=high"} <= set(features)
    assert any(f.startswith("head=kill") or f == "head:casualty" for f in features)


def test_probabilities_sum_to_one_and_unknown_features_leave_the_prior() -> None:
    probs = model().probabilities(["no such feature"])
    assert sum(probs.values()) == pytest.approx(1.0)
    assert probs == model().probabilities([])
    assert set(probs) == set(ClaimType)


def test_the_committed_model_is_what_the_committed_table_fits() -> None:
    lines = load(TRAINING)
    refit = fit(lines)
    committed = TypeModel.load()
    again = TypeModel(refit["classes"], refit["bias"], refit["weights"])
    assert refit["fit"]["lines"] == len(lines) > 1000
    assert set(refit["weights"]) == set(committed.weights)
    disagree = [
        ln for ln in lines if again.predict(ln["features"]) != committed.predict(ln["features"])
    ]
    assert not disagree
    right = sum(committed.predict(ln["features"]) == ln["gold"] for ln in lines)
    assert right / len(lines) > 0.95  # in-sample: the fit converged


# A count of a noun that names what it counts keeps the rules' "other" in war reporting too:
# the model may not make cars, strikes or wars into persons. Each article here is war
# reporting (the gate holds) and each count's model type, left alone, is a person type or
# near one; a bare count and "the figure" still go to the model.
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Russian troops shelled the city as the war went on. In May the number of cars sold "
         "across Russia tumbled by 83% from the previous month, to 24,000.", "24,000"),
        ("Russian forces shelled Kharkiv and soldiers were killed in the fighting. The army "
         "also lost 40 depots to the strikes.", "40"),
        ("The militia attacked army posts and killed soldiers in the war. The report counted 23 "
         "conflicts across the region.", "23"),
    ],
)  # fmt: skip
def test_a_counted_thing_keeps_other(nlp, text, number) -> None:
    doc = nlp(text)
    assert war_reporting(doc)
    assert type_on(nlp, text, number) == OTHER


def test_noun_settles_only_other_for_a_counting_noun() -> None:
    from tasks.extract.type_model import noun_settles

    assert noun_settles(OTHER, "car")
    assert not noun_settles(OTHER, "")  # a bare count: the model decides
    assert not noun_settles(OTHER, "figure")  # a word for another count
    assert not noun_settles(PEOPLE, "car")
