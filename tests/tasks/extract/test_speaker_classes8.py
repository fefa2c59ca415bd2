"""Issue 10's quote and speaker classes from the eighth review (conflict reporting of 2014 from a
public bias dataset), on invented sentences: a curly quotation closed by a straight mark, or a
straight one by a curly mark, is one quotation, not a span running over the narration to the
next mark of its style; a phrase quoted right after another quoted word, or after a comma that
closes no quotation, is partial (and so a term when it is one: a “DPR” “traffic police” post)."""

from __future__ import annotations

import pytest

from tasks.extract.quote_marks import pair_marks, quote_kind
from tests.tasks.extract.test_quotes import _inside, extracted, speakers


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            '“The plan is a breach of the treaty," the ministry said. The ban will last "until '
            "the review ends.” Talks resume in May.",
            ["The plan is a breach of the treaty,", "until the review ends."],
        ),
        (
            'He wants the port called “occupied” or “seized" by the navy. The memo calls for '
            "the “removal of all checkpoints”.",
            ["occupied", "seized", "removal of all checkpoints"],
        ),
        (
            'The memo calls for "punishing” disloyal officials. Leaders "dislike him anyway".',
            ["punishing", "dislike him anyway"],
        ),
        # a quotation nested in the other style of double mark stays inside its quotation
        ('“He said "no" to me,” she said.', ['He said "no" to me,']),
        ('"We call it “the old port” here," he said.', ["We call it “the old port” here,"]),
    ],
)
def test_a_quotation_closed_by_the_other_style_of_mark_ends_there(text, quotes) -> None:
    assert _inside(text) == quotes


def test_the_speaker_after_a_mixed_quotation_is_not_carried_from_before(nlp) -> None:
    text = (
        'The report calls for "punishing” disloyal officials. The mayor, Ivan Petrov, spoke '
        "later. “For now, I see no obstacles,” he said. “All demands will be met.”"
    )
    found = speakers(nlp, text)
    assert found[-2:] == [
        ("For now, I see no obstacles,", "Ivan Petrov"),
        ("All demands will be met.", "Ivan Petrov"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("She insisted that the vote was fair, “a true grassroots movement.”", "partial"),
        ("The code covers espionage and, “any other help given to a foreign state”.", "partial"),
        ("He blamed a “punitive raid” in the south, “first of all on its people.”", "partial"),
        ("It could end this “anomaly” “which is not even a state” (as he put it).", "partial"),
        ("Monitors saw a “DPR” “military police” car.", "partial"),
        # speech after speech, and a quotation split by its attribution, stay full
        ("“We will win,” he said, “whatever happens.”", "full"),
        ("He added, “We will stay.”", "full"),
        ("“Stop.” “Now.”", "full"),
    ],
)
def test_a_phrase_after_a_comma_or_a_quoted_word_is_partial(text, kind) -> None:
    span = pair_marks(text)[-1]
    assert quote_kind(text, span) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Two “LPR” “border guards” stopped the team near the river.",
        "Guards at a “DPR” “traffic police” post stopped the convoy.",
    ],
)
def test_a_term_after_a_quoted_name_is_no_quote(nlp, text) -> None:
    assert speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The new rules prohibit firms “from selling equipment to the region”.", "new rules"),
        ("The court suspended the lawyer after he “misused client money” in 2010.", "court"),
        ("The amendments, signed by the president, make “any word on troop losses” a state "
         "secret.", "amendments"),
        ("The council on Monday authorised the use of troops “until the situation normalises” "
         "in the region.", "council"),
        ("The mayor, a former teacher, is convinced that “the bridge will be rebuilt” soon.",
         "mayor"),
        # the highest clause's source, not a person its clause is about
        ("The memo also advises that Mayor Ivan Ode should resign soon, as his allies “no "
         "longer trust him”.", "memo"),
    ],
)  # fmt: skip
def test_a_phrase_quoted_without_a_cue_comes_from_what_its_clause_is_about(
    nlp, text, speaker
) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


def test_a_cueless_phrase_goes_on_from_the_quotation_just_before(nlp) -> None:
    text = (
        "“Monitors were refused access at gunpoint,” the report said.\n\n"
        "Still, their notes “gave clear evidence of foreign troops” near the roadblocks."
    )
    assert [s for _, s in speakers(nlp, text)] == ["report", "report"]


def test_a_statement_that_mentions_a_phrase_says_it(nlp) -> None:
    text = "The envoy spoke first. The statement mentioned the “unlawful seizure of the port”."
    assert speakers(nlp, text) == [("unlawful seizure of the port", "statement")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a reporting verb the parse conjoined to the reported clause is the reporter's
        ("Coach Tom Reed said the team was tired but added the “fans deserve better than "
         "this.”", "Tom Reed"),
        # a belief reported inside somebody's words is in their words
        ("A State Department spokesman said the US was “disappointed,” adding that Washington "
         "believes “there was ample time to sign the deal.”", "State Department spokesman"),
        # "by" after an active verb's object names no agent
        ("In a TV interview, Mayor Ivan Petrenko said he would not resign, and called decisions "
         "by the council “illegal”.", "Ivan Petrenko"),
    ],
)  # fmt: skip
def test_the_reporting_subject_speaks_not_a_noun_inside_what_it_reports(nlp, text, speaker) -> None:
    assert speakers(nlp, text)[-1][1] == speaker


def test_he_after_a_description_takes_whom_it_stands_for(nlp) -> None:
    text = (
        "Russian President Vladimir Putin gave a news conference on Tuesday.\n\n"
        "“I believe the damage will be mutual,” the Russian president told reporters.\n\n"
        "“We think our actions have been reasonable,” he said."
    )
    assert [s for _, s in speakers(nlp, text)] == ["Vladimir Putin", "Vladimir Putin"]


@pytest.mark.parametrize("kind", ["provider", "network"])
def test_a_description_of_a_body_reaches_back_over_its_own_quotation(nlp, kind) -> None:
    text = (
        f"Another {kind}, Nordline, issued a similar denial.\n\n"
        "“Criminals are using illegal gear for such messages. We know such gear exists,” the "
        "company wrote on Facebook."
    )
    assert speakers(nlp, text)[-1][1] == "Nordline"


@pytest.mark.parametrize(
    "text",
    [
        "The monitors watched the implementation of the “Package of measures for the "
        "implementation of the ceasefire”.",
        "The grants were paid under the project “Building trust between rival towns” by the fund.",
        "Volunteers joined the campaign “Light for every home” in May.",
    ],
)
def test_a_title_in_quotation_marks_is_no_quote(nlp, text) -> None:
    assert speakers(nlp, text) == []


def test_a_capitalised_phrase_somebody_says_stays_a_quote(nlp) -> None:
    text = "The mayor called the plan the “Worst idea in decades”."
    assert speakers(nlp, text) == [("Worst idea in decades", "mayor")]


def test_he_after_a_fragment_about_nobody_looks_back_past_the_paragraph(nlp) -> None:
    text = (
        "Mr Glazov, who is seen as the president's chief adviser, gave a long interview.\n\n"
        "He warned that if the protesters did not leave, President Yanek might have no choice "
        "but to use force.\n\n"
        '"In a situation like this, they simply have no choice," he said.\n\n'
        '"Otherwise the country will fall into chaos."\n\n'
        'Accusing the Americans of "meddling in the country\'s affairs", he said: "There is '
        'information that fighters are trained at the embassy."'
    )
    assert {s for _, s in speakers(nlp, text)} == {"Glazov"}


def test_the_speaker_as_written_leaves_out_the_quotation_marks(nlp) -> None:
    [quote] = extracted(nlp, "“The whole gas market is changing fast,” USIP’s Taylor said.")
    assert quote.speaker is not None and quote.speaker.written == "USIP’s Taylor"


def test_he_after_a_sentence_that_only_names_a_person_takes_that_person(nlp) -> None:
    text = (
        "After the short war, the General Staff announced that it had lost 74 servicemen.\n\n"
        "According to Alexander Khramov, deputy director of a think tank, there is no accepted "
        "norm for such operations.\n\n"
        '"Each country handles these questions its own way," he told the newspaper.'
    )
    assert speakers(nlp, text)[-1][1] == "Alexander Khramov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("One of them is Paul Renko, listed as working for the Acme Group, whose website says "
         "it offers “financial planning” services.", "Acme Group"),
        ("The firm's founder, Ann Lee, whose Facebook page says it offers “financial advice” "
         "services, declined to comment.", "Ann Lee"),
    ],
)  # fmt: skip
def test_whose_page_speaks_for_whom_the_clause_is_about(nlp, text, speaker) -> None:
    assert [s for _, s in speakers(nlp, text)] == [speaker]
