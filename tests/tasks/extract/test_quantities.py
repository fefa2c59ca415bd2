"""Number parsing rules on literal sentences, with a tokenizer-only pipeline (no model)."""

from __future__ import annotations

import pytest

from tasks.extract.quantities import find_quantities, span_text


def _parse(blank, text: str) -> list[tuple]:
    doc = blank(text)
    return [
        (span_text(doc, q)[2], q.value, q.value_high, q.qualifier, q.unit)
        for q in find_quantities(doc)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They saw 11,000 soldiers.", ("11,000", 11000, None, "exact", None)),
        ("It sent 1.5m shells.", ("1.5m", 1.5e6, None, "exact", None)),  # tokenizer splits "m"
        ("A $40bn package.", ("$40bn", 40e9, None, "exact", "USD")),
        ("It gives 40 billion euros.", ("40 billion euros", 40e9, None, "exact", "EUR")),
        ("A €2.5bn loan.", ("€2.5bn", 2.5e9, None, "exact", "EUR")),
        ("A £1bn fund.", ("£1bn", 1e9, None, "exact", "GBP")),
        ("It provided 99% of aid.", ("99%", 99, None, "exact", "percent")),
        ("It provided 99 per cent of aid.", ("99 per cent", 99, None, "exact", "percent")),
        ("It sent three tanks.", ("three", 3, None, "exact", None)),
        ("It sent a dozen tanks.", ("a dozen", 12, None, "approximate", None)),  # gold: dev2, dev6
        ("Thousands of soldiers arrived.", ("Thousands", None, None, "vague", None)),
        ("tens of thousands of refugees", ("tens of thousands", None, None, "vague", None)),
        ("2,000-3,000 troops", ("2,000-3,000", 2000, 3000, "range", None)),
        (
            "between 10,000 and 12,000 troops",
            ("between 10,000 and 12,000", 1e4, 1.2e4, "range", None),
        ),
        ("10-12,000 troops", ("10-12,000", 1e4, 1.2e4, "range", None)),  # scale shared
        ("over 20 million people", ("over 20 million", 2e7, None, "more_than", None)),
        ("twenty-five tanks", ("twenty-five", 25, None, "exact", None)),
        ("a 40-mile convoy", ("40-mile", 40, None, "exact", "miles")),
        ("within 100km of Kyiv", ("100km", 100, None, "exact", "km")),
        ("after 2.5 years of war", ("2.5 years", 2.5, None, "exact", "years")),
        # fractions of a whole are percentages
        ("more than half the fighters", ("more than half", 50, None, "more_than", "percent")),
        (
            "It holds two-thirds of the city.",
            ("two-thirds", 200 / 3, None, "exact", "percent"),
        ),
        ("a quarter of the budget", ("a quarter", 25, None, "exact", "percent")),
        # a range whose two ends carry the unit
        ("It holds 70% to 80% of it.", ("70% to 80%", 70, 80, "range", "percent")),
        ("a range of 70km to 80km", ("70km to 80km", 70, 80, "range", "km")),
        # "over" as a verb particle is no qualifier
        ("They agreed to hand over 157 prisoners.", ("157", 157, None, "exact", None)),
        # "one" before a counted person is a count, not a pronoun
        ("It killed one person.", ("one", 1, None, "exact", None)),
        ("hundreds of billions of dollars", ("hundreds of billions", None, None, "vague", "USD")),
    ],
)
def test_forms(blank, text, expected) -> None:
    assert _parse(blank, text) == [expected]


@pytest.mark.parametrize(
    ("text", "qualifier", "quantity_text"),
    [
        ("approximately 11,000 troops", "approximate", "approximately 11,000"),
        ("about 3,000 troops", "approximate", "about 3,000"),
        ("around 600,000 soldiers", "approximate", "around 600,000"),
        ("nearly 500 people", "approximate", "nearly 500"),
        ("some 3,000 troops", "approximate", "some 3,000"),
        ("an estimated 5,000 troops", "approximate", "an estimated 5,000"),
        ("roughly 40 tanks", "approximate", "roughly 40"),
        ("almost 40 tanks", "approximate", "almost 40"),
        ("over 600,000 troops", "more_than", "over 600,000"),
        ("more than 150,000 troops", "more_than", "more than 150,000"),
        ("up to 10 civilians", "at_most", "up to 10"),
        ("as many as 40 drones", "at_most", "as many as 40"),
        ("at least 40 soldiers", "at_least", "at least 40"),
        ("fewer than 20 tanks", "less_than", "fewer than 20"),
        ("less than 1% of GDP", "less_than", "less than 1%"),
        ("under 500 troops", "less_than", "under 500"),
    ],
)
def test_qualifiers_are_part_of_the_span(blank, text, qualifier, quantity_text) -> None:
    [found] = _parse(blank, text)
    assert (found[0], found[3]) == (quantity_text, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022.",
        "They have not fought since the 1950s.",  # "1950s" is not a number token
        "On 24 February troops crossed.",  # a day of a month
        "It began on May 18.",
        "The attack began at 5am.",
        "It began at 10:30.",
        "A Ka-52 helicopter was shot down.",  # a number inside a name
        "The G7 met.",
        "Covid-19 spread.",
        "NATO's Article 5 applies.",
        "One Russian soldier said so.",  # "one" as a determiner
        "It was one of the worst days.",
        "A three-pronged invasion began.",  # a word number inside an adjective
        "He came first.",
        "It happened in the second half of 2022.",  # "half" inside a date
        "Variations and half-measures fail.",
        "A third round of talks began.",  # "a third" before a noun is an ordinal
        "According to 161, a local outlet, it happened.",  # an outlet named by a number
        "He told the Rossiya 24 TV channel.",  # a number inside a name
        # ratios and votes look like ranges but run downhill: found in the domain corpus, where
        # they failed the value_high >= value expectation
        "The Senate ratified it, voting 95-1 in support.",
        "The mood in the room was 19 to 1 against the invasion.",
        "They need an advantage of three to one in the attack.",
    ],
)
def test_not_claims(blank, text) -> None:
    assert _parse(blank, text) == []


def test_a_quantity_next_to_a_year_is_kept(blank) -> None:
    # the year goes, the count stays
    assert [p[0] for p in _parse(blank, "In 2022, 300 soldiers died.")] == ["300"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # number words and spacing
        ("It hired one hundred and fifty guards.",
         ("one hundred and fifty", 150, None, "exact", None)),
        ("Half a million people fled.", ("Half a million", 5e5, None, "exact", None)),
        ("It cost one and a half million pounds.",
         ("one and a half million pounds", 1.5e6, None, "exact", "GBP")),
        ("Some 12 000 people marched.", ("Some 12 000", 12000, None, "approximate", None)),
        ("A firm worth $72370 folded.", ("$72370", 72370, None, "exact", "USD")),
        ("Rates rose 1.38pc on Monday.", ("1.38pc", 1.38, None, "exact", "percent")),
        ("Output grew +0.2% last month.", ("+0.2%", 0.2, None, "exact", "percent")),
        ("Output shrank -1.3% last month.", ("-1.3%", -1.3, None, "exact", "percent")),
        ("We expect 10 or so visitors.", ("10 or so", 10, None, "approximate", None)),
        ("The deal was worth $640m. Shares rose.", ("$640m.", 640e6, None, "exact", "USD")),
        ("Several hundred troops arrived.", ("Several hundred", None, None, "vague", None)),
        ("A few thousand fans stayed.", ("A few thousand", None, None, "vague", None)),
        ("It lost tens of millions of dollars.",
         ("tens of millions", None, None, "vague", "USD")),
        # currencies beyond the big three, and their hundredths
        ("Sales hit ¥500bn in May.", ("¥500bn", 500e9, None, "exact", "JPY")),
        ("It raised 2bn yuan.", ("2bn yuan", 2e9, None, "exact", "CNY")),
        ("The fine was 3m Swiss francs.", ("3m Swiss francs", 3e6, None, "exact", "CHF")),
        ("It paid A$100m in cash.", ("A$100m", 100e6, None, "exact", "AUD")),
        ("It paid C$5bn in cash.", ("C$5bn", 5e9, None, "exact", "CAD")),
        ("It paid HK$5bn in cash.", ("HK$5bn", 5e9, None, "exact", "HKD")),
        ("It paid US$2bn in cash.", ("US$2bn", 2e9, None, "exact", "USD")),
        ("It paid 40 million shekels in cash.", ("40 million shekels", 40e6, None, "exact", "ILS")),
        ("It paid 9bn roubles in cash.", ("9bn roubles", 9e9, None, "exact", "RUB")),
        ("It paid 7bn hryvnias in cash.", ("7bn hryvnias", 7e9, None, "exact", "UAH")),
        ("It paid 30bn rupees in cash.", ("30bn rupees", 30e9, None, "exact", "INR")),
        ("It paid 5m ringgit in cash.", ("5m ringgit", 5e6, None, "exact", "MYR")),
        ("It paid 50,000 won in cash.", ("50,000 won", 5e4, None, "exact", "KRW")),
        ("A stamp costs 95p.", ("95p", 0.95, None, "exact", "GBP")),
        ("A stamp costs 20 pence.", ("20 pence", 0.2, None, "exact", "GBP")),
        ("Fuel rose by 12 cents.", ("12 cents", 0.12, None, "exact", "USD")),
    ],
)  # fmt: skip
def test_more_forms(blank, text, expected) -> None:
    assert _parse(blank, text) == [expected]


def test_a_shared_scale_and_cents_in_the_currency_named_before(blank) -> None:
    found = _parse(blank, "Spending rose from $10 to $15 billion.")
    assert [(f[0], f[1]) for f in found] == [("$10", 10e9), ("$15 billion", 15e9)]
    # after "range from" it is one range, the low end's scale shared too
    found = _parse(blank, "Estimates range from $10 to $15 billion.")
    assert [(f[0], f[1], f[2]) for f in found] == [("$10 to $15 billion", 10e9, 15e9)]
    found = _parse(blank, "A €2 coin, up 30 cents.")
    assert found[-1] == ("30 cents", 0.3, None, "exact", "EUR")
    # "a million" inside "more than half a million" is a number, not a share
    assert _parse(blank, "more than half a million voters") == [
        ("more than half a million", 5e5, None, "more_than", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She won the 800m final.",  # a race distance, not 800 million
        "He ran the 1500m.",
        "The film is 18-rated.",
        "The match ended 2-2.",  # a score
        "It is a 50-50 chance.",  # odds
        "One in 20 adults smokes.",  # ratios
        "Two out of three voters agreed.",
        "They won 3-1 at home.",
        "Federer beat Safin 4-6 6-3 7-6.",  # tennis sets
        "It reached the top ten.",
        "It happened 20 years ago.",  # relative time
        "Three months later, it ended.",
        "Prices rose between 2010 and 2020.",  # a range of years
        "He served 2014-2022.",
    ],
)
def test_off_topic_numbers_are_not_claims(blank, text) -> None:
    assert _parse(blank, text) == []


def test_a_number_after_a_colon_is_not_a_clock_time(blank) -> None:
    assert _parse(blank, "Support remains high: 64% of respondents agree.") == [
        ("64%", 64, None, "exact", "percent")
    ]


def test_an_age_is_counted_in_years(blank) -> None:
    assert _parse(blank, "Aged 30, he moved to Leeds.") == [("30", 30, None, "exact", "years")]


def test_cents_belong_to_the_money_named_beside_them(blank) -> None:
    found = _parse(blank, "Rent rose £50 last year. Oil rose 50 cents to $43.20 a barrel.")
    assert ("50 cents", 0.5, None, "exact", "USD") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell by a third.", ("a third", 100 / 3, None, "exact", "percent")),
        ("Profits were cut by half in May.", ("half", 50, None, "exact", "percent")),
        ("A quarter of staff left.", ("A quarter", 25, None, "exact", "percent")),
    ],
)
def test_shares_without_of(blank, text, expected) -> None:
    assert _parse(blank, text) == [expected]


def test_a_count_before_a_year_is_no_ratio(blank) -> None:
    assert [p[0] for p in _parse(blank, "It killed 12 in 2005.")] == ["12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by X to Y" with one unit is a range; "plus VAT" is no qualifier
        ("Fares rise by 10 to 15 per cent.", ("10 to 15 per cent", 10, 15, "range", "percent")),
        ("It costs £50 plus VAT.", ("£50", 50, None, "exact", "GBP")),
        ("They hired 50-plus staff.", ("50-plus", 50, None, "at_least", None)),
    ],
)
def test_ranges_and_trailing_words(blank, text, expected) -> None:
    assert _parse(blank, text) == [expected]
