"""Issue 10's speaker classes from the fourth review (unlabelled Guardian and web articles), one
invented sentence each: the canonical name keeps what makes a speaker who they are (a body's own
name over its country, "Jr"), and a headline's title case does not name anyone."""

from __future__ import annotations

import pytest

from tests.tasks.extract.test_quotes import speakers as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a headline's adjective in title case is no first name: the body's full name wins
        ("Confident Okafor tells BBC the war must end\n\nNigeria's President Ngozi Okafor "
         "continues to defy critics.\n\n“I will not resign over a rumour,” Okafor said.",
         "Ngozi Okafor"),
        ("Weary Lindqvist tells MPs she will stay\n\nThe Swedish minister Anna Lindqvist faced "
         "MPs on Tuesday.\n\n“We followed every rule,” Lindqvist told them.", "Anna Lindqvist"),
    ],
)  # fmt: skip
def test_a_headline_adjective_is_no_first_name(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


def test_a_generational_suffix_is_part_of_the_name(nlp) -> None:
    text = (
        "Hank Miller Jr wrote on his blog: “The cuts are reckless.” His father, Hank Miller, "
        "said nothing.\n\n“We will fight this in court,” said Hank Miller later."
    )
    assert [s for _, s in _speakers(nlp, text)] == ["Hank Miller Jr", "Hank Miller"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The ceasefire must hold,” said Polish military intelligence in a statement.",
         "Polish military intelligence"),
        ("Talks stalled on Monday. “Both sides broke the truce,” Ukrainian military "
         "intelligence said on Telegram.", "Ukrainian military intelligence"),
    ],
)  # fmt: skip
def test_a_body_its_nationality_describes_is_not_the_country(nlp, text, speaker) -> None:
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On the ongoing crisis in Sudan, the former permanent secretary at the Foreign Office "
         "said: “Nobody is protecting civilians.”",
         "former permanent secretary at the Foreign Office"),
        ("On the renewed fighting in Libya, the former special envoy at the Foreign Office "
         "said: “Both sides are rearming.”", "former special envoy at the Foreign Office"),
    ],
)  # fmt: skip
def test_a_place_in_a_fronted_phrase_is_not_the_speaker(nlp, text, speaker) -> None:
    """The parse hangs the subject on the place as its apposition: the title speaks."""
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a headline echoing the body's phrase does not make it the article's term
        ("Minister urges ‘swift reprisals’ after border raid\n\nThe defence minister called for "
         "“swift reprisals” after the raid on Sunday.", "swift reprisals", "defence minister"),
        ("Union accuses board of ‘wilful neglect’ over closures\n\nThe union has accused the "
         "board of “wilful neglect” over the closures.", "wilful neglect", "union"),
        # what someone called a judgement with no noun in it is their words, not a name
        ("Belarus recalled its envoy in response to what it called “hostile and unfriendly” "
         "actions by London.", "hostile and unfriendly", "Belarus"),
        ("The ministry condemned what it called “reckless and provocative” drills near the "
         "coast.", "reckless and provocative", "ministry"),
    ],
)  # fmt: skip
def test_a_short_phrase_someone_says_is_a_quote(nlp, text, quote, speaker) -> None:
    assert (quote, speaker) in _speakers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow labelled the group a “foreign agent” last year.",
        "The army shelled what it called “Nazi positions” overnight.",
        # a phrase the body itself quotes twice stays a term
        "Officials call them “grey zones”. Few people live in the “grey zones” now.",
    ],
)
def test_names_and_terms_stay_out(nlp, text) -> None:
    assert _speakers(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Prices will fall,” said Ivan Petrov, an analyst.\n\nMarta Berg rejected this "
         "reading. “Nobody expects prices to fall this year.”", "Marta Berg"),
        ("“The bridge is safe,” the engineer Tomas Lind told reporters.\n\nSara Holm disputed "
         "the survey. “We found cracks in every pillar.”", "Sara Holm"),
    ],
)  # fmt: skip
def test_a_cue_less_quote_is_said_by_whom_the_sentence_before_is_about(nlp, text, speaker):
    """Not by the last speaker quoted: the narration between names somebody else."""
    assert _speakers(nlp, text)[-1][1] == speaker
