"""Sources and speakers on dev4's unseen conflict news (issue 10), eleventh round: one invented
sentence per class (a few guards pass on main too; one hand-built parse pins a misreading).

An organisation's full name runs up to its initials in brackets and keeps the noun cut from its
last word; a statement speaks for whom it is from or who issued it; "X put the toll since <date>
at N" is X's; a reporting verb read as a participle in a verbless sentence speaks ("X's forces
reported on May 2 that ...", "“...,” Y, an MP, posted on X"); a when-phrase set off by a comma
inside the reported clause is the outlet's narration; "he" takes the name in apposition to a
capitalised title; a report a nationality describes goes by its own name ("British
intelligence"); an announcement still to come is the reporter's word; a country heading a
folded list is itself; a place things come from is no author; a wire dateline is no subject and
speakers closing the sentence after the figure speak for it; "reportedly" relays the
"According to X," that opens the sentence before."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tasks.extract.context import ArticleContext
from tasks.extract.referents import describe
from tasks.schema import AttributionKind, ClaimCol
from tests.tasks.extract.outlet_claims import claim_on
from tests.tasks.extract.test_quotes import speakers


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # the initials in brackets are no part of the name before them
        ("Deaths rose to 5,000, according to the World Health Organization (WHO).", "5,000",
         "World Health Organization"),
        # ... and the name runs on through "in" + a place up to them
        ("At least 900 people were hurt, the United Nations Assistance Mission in Somalia "
         "(UNSOM) said.", "900", "United Nations Assistance Mission in Somalia"),
        ("The Kerovian Council for Refugees in Vardia (KCRV) said 1,200 people had arrived.",
         "1,200", "Kerovian Council for Refugees in Vardia"),
        # a name cut before the lowercase noun its "for" words' last word qualifies keeps it
        ("The Institute for Human rights said 35 journalists were detained.", "35",
         "Institute for Human rights"),
    ],
)  # fmt: skip
def test_an_organisations_whole_name(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_a_role_after_the_name_is_no_part_of_it(nlp) -> None:
    """Guard: the noun after a name's last word is a person's role, not the name's tail."""
    text = "The Institute for Regional Studies chief, Ann Lode, said 300 families had returned."
    assert claim_on(nlp, text, "300")[ClaimCol.ATTRIBUTED_TO] == "Ann Lode"


def test_it_after_a_statement_from_someone_is_that_someone(nlp) -> None:
    text = (
        "The town was shelled overnight. A statement from the Kerovian Defence Council said "
        "the attack began at dawn. It said troops repelled the assault and killed eight."
    )
    assert claim_on(nlp, text, "eight")[ClaimCol.ATTRIBUTED_TO] == "Kerovian Defence Council"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The rebel council issued a statement on Sunday describing the offensive as a "
         "\"disaster\" and saying that its fighters had “pushed the enemy back across the "
         "river.”", "rebel council"),
        ("A statement from the Kerovian Defence Council said the attack began at dawn. It said "
         "the troops had “held every position they were given.”", "Kerovian Defence Council"),
    ],
)  # fmt: skip
def test_a_statement_speaks_for_its_issuer(nlp, text, speaker) -> None:
    assert {name for _, name in speakers(nlp, text)} == {speaker}


@pytest.mark.parametrize("number", ["212", "40"])
def test_a_toll_put_at_a_figure_after_a_date_phrase(nlp, number) -> None:
    text = (
        "The monitoring group has put the death toll in the region since the start of June "
        "at 212, including 40 women."
    )
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == "monitoring group"


@pytest.mark.parametrize("number", ["40", "12"])
def test_a_verbless_sentence_whose_reporting_verb_was_read_as_a_participle(nlp, number) -> None:
    text = (
        "Kerovia's special forces reported on March 3 that 40 Vardian soldiers were killed "
        "and 12 injured within two days."
    )
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == "Kerovia's special forces"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The rebel leader Omar Dask vowed on Sunday that the army would pay dearly, after 12 "
         "villagers were killed in a raid.", "12"),
        ("The mayor said the city would rebuild, following a flood that destroyed 300 homes.",
         "300"),
    ],
)  # fmt: skip
def test_a_when_phrase_set_off_inside_the_reported_clause_is_the_outlets(nlp, text, number) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("The rebel leader Omar Dask said on Sunday that 12 villagers were killed after the "
         "raid.", "12", "Omar Dask"),
        # what the clause's own subject did before it is in what was said
        ("The Free Valley Brigade said it had destroyed five tanks in the area, after reusing "
         "two missiles fired earlier by the army.", "two", "Free Valley Brigade"),
    ],
)  # fmt: skip
def test_a_when_phrase_of_the_speakers_stays_theirs(nlp, text, number, source) -> None:
    """Guards: no comma, or a gerund whose subject is the reported clause's own."""
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a past tense read as a participle after the quotation and its speaker's apposition
        ("“We will not stop. Until the bridge is rebuilt,” Kerovian Transport Minister Ivo "
         "Darn, a member of the war cabinet, posted on X.", "Ivo Darn"),
        # "he" stands for the name in apposition to a capitalised title, not the title's "of"
        ("The Commander-in-Chief of the Kerovian Armed Forces, Oleksandr Syrskyi, stated this "
         "week that losses continue to rise, though he warned that the enemy is “highly "
         "motivated.”", "Oleksandr Syrskyi"),
    ],
)  # fmt: skip
def test_a_speaker_the_parse_left_beside_the_verb(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("According to British intelligence, the Kerovian army lost 1,262 people a day in May.",
         "1,262", "British intelligence"),
        ("According to Kerovian figures, at least 565 people have died in the valley.", "565",
         "Kerovian figures"),
    ],
)  # fmt: skip
def test_a_report_a_nationality_describes_goes_by_its_own_name(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("Foreign Minister Ana Vel said on Monday that Kerovia would announce 500 new troops for "
         "the border.", "500", "Ana Vel"),
        ("Defence Secretary Omar Dask said Tuesday that Vardia will soon announce more than "
         "$2.3 billion in aid.", "2.3 billion", "Omar Dask"),
    ],
)  # fmt: skip
def test_an_announcement_still_to_come_is_the_reporters_word(nlp, text, number, source) -> None:
    assert claim_on(nlp, text, number)[ClaimCol.ATTRIBUTED_TO] == source


def test_a_country_heading_a_list_the_parser_folded_into_it_is_that_country() -> None:
    """ "Estimates from the US, Kerovia, and Vardia suggest ...", parsed (as the model does in
    running text) with "US" a modifier of "Kerovia": the source is the country, not "US ,
    Kerovia". The parse is built by hand to pin down the misreading."""
    words = ["Estimates", "from", "the", "US", ",", "Kerovia", ",", "and", "Vardia", "suggest",
             "that", "300", "died", "."]  # fmt: skip
    doc = Doc(
        Vocab(),
        words=words,
        heads=[9, 0, 5, 5, 3, 1, 0, 0, 9, 9, 12, 12, 9, 9],
        deps=[
            "nsubj",
            "prep",
            "det",
            "nmod",
            "punct",
            "pobj",
            "punct",
            "cc",
            "nsubj",
            "ROOT",
            "mark",
            "nsubj",
            "ccomp",
            "punct",
        ],  # fmt: skip
        pos=[
            "NOUN",
            "ADP",
            "DET",
            "PROPN",
            "PUNCT",
            "PROPN",
            "PUNCT",
            "CCONJ",
            "PROPN",
            "VERB",
            "SCONJ",
            "NUM",
            "VERB",
            "PUNCT",
        ],  # fmt: skip
        ents=[
            "O",
            "O",
            "O",
            "B-GPE",
            "O",
            "B-GPE",
            "O",
            "O",
            "B-GPE",
            "O",
            "O",
            "B-CARDINAL",
            "O",
            "O",
        ],  # fmt: skip
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    found = describe(doc[5], ArticleContext.build(doc, []))
    assert found is not None and found.name == "Kerovia"


def test_a_place_things_come_from_is_no_author(nlp) -> None:
    """ "the release of 240 women from jails": "release" in its sense of freeing; jails say
    nothing, so the figure is the outlet's."""
    text = (
        "The militants freed 80 hostages under a ceasefire deal at the end of May that "
        "included the release of 240 Syrian women and teenagers from Turkish jails."
    )
    assert claim_on(nlp, text, "240")[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA


@pytest.mark.parametrize(
    "text",
    [
        # a wire dateline is no subject; the speakers close the sentence, conjoined by the
        # parser to the figure's noun
        "VARDIA CITY: A drone strike on a market killed 12 people, residents and local media "
        "said on Monday.",
        "A drone strike on a market killed 12 people, residents and local media said on Monday.",
    ],
)
def test_speakers_closing_the_sentence_after_the_figure(nlp, text) -> None:
    assert claim_on(nlp, text, "12")[ClaimCol.ATTRIBUTED_TO] == "residents"


def test_a_reportedly_sentence_relays_the_according_to_before_it(nlp) -> None:
    text = ("According to the Morava Herald, talks hosted by Vardia have stalled. Kerovian "
            "officials reportedly \"presented a new plan\" that would result in the release of "
            "40 hostages and 120 prisoners.")  # fmt: skip
    assert claim_on(nlp, text, "40")[ClaimCol.ATTRIBUTED_TO] == "Morava Herald"


def test_a_reportedly_sentence_with_no_according_to_before_it_stays_the_outlets(nlp) -> None:
    """Guard: nothing before it names whom the outlet relays."""
    text = (
        'Talks hosted by Vardia have stalled. Kerovian officials reportedly "presented a '
        'new plan" that would result in the release of 40 hostages and 120 prisoners.'
    )
    assert claim_on(nlp, text, "40")[ClaimCol.ATTRIBUTION_KIND] == AttributionKind.MEDIA


def test_a_reportedly_sentence_that_turns_to_another_matter_is_not_the_reports(nlp) -> None:
    """Review finding: "Separately"/"Meanwhile" opens another matter, not the report's."""
    text = (
        "According to the Morava Herald, the army advanced near Vardia. Separately, 300 homes "
        "were reportedly destroyed by a storm in the south."
    )
    assert claim_on(nlp, text, "300")[ClaimCol.ATTRIBUTED_TO] != "Morava Herald"
