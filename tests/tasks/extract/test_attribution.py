"""Who says a number: cue verbs, "according to", reports from X, pronouns and context."""

from __future__ import annotations

import pytest

from tasks.extract.claims import claim_facts
from tasks.extract.context import ArticleContext
from tasks.extract.quantities import find_quantities


def _source(nlp, text: str, number: str):
    doc = nlp(text)
    ctx = ArticleContext.build(doc)
    [q] = [q for q in find_quantities(doc) if number in doc[q.start : q.end].text]
    return claim_facts(doc, q, ctx).source


@pytest.mark.parametrize(
    ("text", "number", "name", "kind", "cue"),
    [
        ("According to the Defense Intelligence of Ukraine, 12,000 soldiers arrived.", "12,000",
         "Defense Intelligence of Ukraine", "organization", "according to"),
        ("North Korea sent 10,000 soldiers, according to multiple sources.", "10,000",
         "multiple sources", "multiple_sources", "according to"),
        # the official is the source; the outlet that was told is not
        ("A senior Ukrainian military intelligence official told POLITICO that about 3,000 "
         "North Koreans joined.", "3,000", "senior Ukrainian military intelligence official",
         "official_anonymous", "told"),
        # the report's source, not the person whose statement follows it
        ("Rutte's statement follows reports from Ukrainian intelligence indicating that "
         "approximately 11,000 soldiers are stationed in Russia.", "11,000",
         "Ukrainian intelligence", "organization", "reports from"),
        ("Mark Rutte met allies. He cited estimates indicating that around 600,000 soldiers "
         "have been killed.", "600,000", "Mark Rutte", "person", "cited"),
        ("The Pentagon said 300 tanks were destroyed.", "300", "Pentagon", "organization", "said"),
        ("Reuters reported that 40 drones were launched.", "40", "Reuters", "media", "reported"),
        ("Ukraine's spy chief Kyrylo Budanov spoke on Monday. According to him, 5,000 troops "
         "are ready.", "5,000",
         "Kyrylo Budanov", "person", "according to"),
        # "title, Name," apposition: the person, not the title
        ("The Luhansk regional governor, Serhiy Haidai, said on Wednesday that Russia "
         "controlled 70% of the city.", "70%", "Serhiy Haidai", "person", "said"),
        ("Ukraine's energy minister, Denys Shmyhal, said 200 crews restored power to 1,100 "
         "buildings.", "1,100", "Denys Shmyhal", "person", "said"),
        # a passive subject is what was reported; the agent is the source
        ("At least 10 deaths have been reported by health officials.", "10", "health officials",
         "official_anonymous", "reported"),
        # a descriptive "of" chain is not part of the source's name (an unowned survey is no
        # name by itself: test_attribution_classes15)
        ("The Geneva Academy's survey of 23 armed conflicts concluded that more than 100,000"
         " civilians were killed.", "100,000", "Geneva Academy", "organization",
         "survey concluded"),
        # a figure inside a report's participle: "Estimates provided ... from X"
        ("Estimates provided to Rusi from Ukraine's military were that 100 people were "
         "killed.", "100", "Ukraine's military", "organization", "estimates from"),
    ],
)  # fmt: skip
def test_sentence_sources(nlp, text, number, name, kind, cue) -> None:
    source = _source(nlp, text, number)
    assert (source.name, source.kind, source.cue, source.scope) == (name, kind, cue, "sentence")


def test_source_in_the_next_anaphoric_sentence(nlp) -> None:
    text = (
        "Thousands of North Korean soldiers have arrived in Russia's Kursk region. This "
        "information was presented at a meeting, according to NATO Secretary General Mark Rutte."
    )
    source = _source(nlp, text, "Thousands")
    assert (source.name, source.scope) == ("Mark Rutte", "paragraph")


def test_no_source(nlp) -> None:
    assert _source(nlp, "Russia sent 300 tanks to the front.", "300") is None


def test_unrelated_narration_is_not_a_source(nlp) -> None:
    # "continued" reports no speech: the shelling is not a source
    assert _source(nlp, "Russian shelling continued, killing 22 people.", "22") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "she" skips a man named last; "he" skips a woman
        ("Maria Zakharova spoke first. Then Sergei Lavrov arrived. She said 300 tanks were "
         "lost.", "Maria Zakharova"),
        ("Sergei Lavrov spoke first. Then Maria Zakharova arrived. He said 300 tanks were "
         "lost.", "Sergei Lavrov"),
        # the agent of a passive is a candidate, as a subject is
        ("Mark Rutte spoke. The losses were conceded by the president, Volodymyr Zelenskiy, in "
         "an interview. He said 300 soldiers died.", "Volodymyr Zelenskiy"),
        # "they" as a speaker: the previous sentence's source
        ("The toll rose to 21, Russian authorities said. They said 42 other people were "
         "wounded.", "Russian authorities"),
    ],
)  # fmt: skip
def test_pronoun_sources(nlp, text, name) -> None:
    number = "42" if "42" in text else "300"
    assert _source(nlp, text, number).name == name


def test_restated_figure_is_the_outlets_word(nlp) -> None:
    # a figure restated without a source is the outlet's word (the gold convention), not the
    # source an equal number had earlier: "15%" twice is often not the same figure
    from tasks.documents import CleanArticle
    from tasks.extract.batch import extract_batch

    text = (
        "The Commission had proposed a 15% cut in gas use, according to its spokesman.\n\n"
        "Spain led the opposition to the uniform 15% target."
    )
    article = CleanArticle("mem://a", "0" * 64, text, outlet="Daily Bugle")
    later = extract_batch(nlp, [("a", article)]).claims[-1]
    assert (later["attributed_to"], later["attribution_kind"], later["attribution_scope"]) == (
        "Daily Bugle",
        "media",
        "document",
    )
