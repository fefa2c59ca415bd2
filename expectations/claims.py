"""The claims suite: one row per quantity claim, with its value, qualifier, type and source."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import polars as pl

from expectations import spans
from expectations.checks import Check, key_checks, named_suite
from tasks.schema import (
    ACTOR_BASES,
    ATTRIBUTION_KINDS,
    ATTRIBUTION_SCOPES,
    CLAIM_TYPES,
    QUALIFIERS,
    SOURCED_CLAIM_TYPES,
    UNITS,
    AttributionKind,
    ClaimCol,
    ClaimType,
    Dataset,
    Qualifier,
)

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = Dataset.CLAIMS.value
C = ClaimCol

VAGUE = Qualifier.VAGUE.value
RANGE = Qualifier.RANGE.value
PERCENTAGE = ClaimType.PERCENTAGE.value
NO_SOURCE = AttributionKind.NONE.value


def add_cross_checks(df: pl.DataFrame, context_frames: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Claims plus the span checks against their article (``quantity_text`` at the offsets)."""
    return spans.add_span_checks(
        df, context_frames, dataset=DATASET, cols=C, span_text=C.QUANTITY_TEXT.value
    )


def build_suite() -> gx.ExpectationSuite:
    """The claims suite."""
    return named_suite(
        DATASET,
        [
            *key_checks(DATASET),
            *spans.span_checks(C, C.QUANTITY_TEXT.value),
            *_enumerations(),
            *_values(),
            *_sources(),
            *_places(),
        ],
    )


def _enumerations() -> list[Check]:
    import great_expectations as gx

    e = gx.expectations
    return [
        (
            "quantity_text_not_null",
            "The quantity as written is missing; the claim cannot be checked against its article.",
            e.ExpectColumnValuesToNotBeNull(column=C.QUANTITY_TEXT.value),
        ),
        (
            "qualifier_not_null",
            "Every claim says how exact its number is (exact, approximate, ..., vague).",
            e.ExpectColumnValuesToNotBeNull(column=C.QUALIFIER.value),
        ),
        (
            "qualifier_in_set",
            "Qualifier outside the contract's list: the extractor and tasks.schema disagree.",
            e.ExpectColumnValuesToBeInSet(column=C.QUALIFIER.value, value_set=list(QUALIFIERS)),
        ),
        (
            "claim_type_not_null",
            "Every claim has a type (troop_count, casualty_count, money, ...).",
            e.ExpectColumnValuesToNotBeNull(column=C.CLAIM_TYPE.value),
        ),
        (
            "claim_type_in_set",
            "Claim type outside the contract's list: the extractor and tasks.schema disagree.",
            e.ExpectColumnValuesToBeInSet(column=C.CLAIM_TYPE.value, value_set=list(CLAIM_TYPES)),
        ),
        (
            "unit_in_set",
            "Unknown unit (null is allowed: the claim type implies it). If the extractor now emits "
            "it on purpose, add it to UNITS in tasks/schema.py.",
            e.ExpectColumnValuesToBeInSet(column=C.UNIT.value, value_set=list(UNITS)),
        ),
        (
            "hedged_not_null",
            "Every claim records whether the text marks it as unconfirmed (true or false).",
            e.ExpectColumnValuesToNotBeNull(column=C.HEDGED.value),
        ),
        (
            "confidence_within_0_1",
            "The extractor's confidence is a probability, between 0 and 1.",
            e.ExpectColumnValuesToBeBetween(column=C.CONFIDENCE.value, min_value=0, max_value=1),
        ),
    ]


def _values() -> list[Check]:
    import great_expectations as gx
    from great_expectations.expectations.row_conditions import Column

    e = gx.expectations
    not_vague = Column(C.QUALIFIER.value).is_in([q for q in QUALIFIERS if q != VAGUE])
    is_percentage = Column(C.CLAIM_TYPE.value) == PERCENTAGE
    not_percentage = Column(C.CLAIM_TYPE.value).is_not_in([PERCENTAGE])
    return [
        (
            "value_present_unless_vague",
            "Only a vague quantity ('thousands') may lack a number; every other qualifier needs a "
            "normalised value. This covers troop and casualty counts too.",
            e.ExpectColumnValuesToNotBeNull(column=C.VALUE.value, row_condition=not_vague),
        ),
        (
            "value_positive",
            "A claimed quantity is a positive number (> 0); only a percentage change may be "
            "negative ('-1.3%').",
            e.ExpectColumnValuesToBeBetween(
                column=C.VALUE.value, min_value=0, strict_min=True, row_condition=not_percentage
            ),
        ),
        (
            "range_has_value_high",
            "A range ('10,000 to 12,000') needs its upper bound in value_high.",
            e.ExpectColumnValuesToNotBeNull(
                column=C.VALUE_HIGH.value, row_condition=Column(C.QUALIFIER.value) == RANGE
            ),
        ),
        (
            "value_high_not_below_value",
            "A range's upper bound (value_high) is at least its lower bound (value).",
            e.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A=C.VALUE_HIGH.value,
                column_B=C.VALUE.value,
                or_equal=True,
                ignore_row_if="either_value_is_missing",
            ),
        ),
        (
            "percentage_within_100",
            "A percentage lies between -100 and 100 (a fall of 1.3% is -1.3); 9900 for '99%' "
            "means the number was normalised twice.",
            e.ExpectColumnValuesToBeBetween(
                column=C.VALUE.value, min_value=-100, max_value=100, row_condition=is_percentage
            ),
        ),
        (
            "percentage_high_within_100",
            "A percentage range's upper bound lies between -100 and 100.",
            e.ExpectColumnValuesToBeBetween(
                column=C.VALUE_HIGH.value,
                min_value=-100,
                max_value=100,
                row_condition=is_percentage,
            ),
        ),
    ]


def _sources() -> list[Check]:
    import great_expectations as gx
    from great_expectations.expectations.row_conditions import Column

    e = gx.expectations
    sourced = Column(C.CLAIM_TYPE.value).is_in(SOURCED_CLAIM_TYPES)
    return [
        (
            "attribution_kind_not_null",
            "Every claim records what kind of source it has ('none' when it has none).",
            e.ExpectColumnValuesToNotBeNull(column=C.ATTRIBUTION_KIND.value),
        ),
        (
            "attribution_kind_in_set",
            "Attribution kind outside the contract's list: extractor and tasks.schema disagree.",
            e.ExpectColumnValuesToBeInSet(
                column=C.ATTRIBUTION_KIND.value, value_set=list(ATTRIBUTION_KINDS)
            ),
        ),
        (
            "attribution_scope_in_set",
            "Attribution scope is sentence, paragraph or document (null when there is no source).",
            e.ExpectColumnValuesToBeInSet(
                column=C.ATTRIBUTION_SCOPE.value, value_set=list(ATTRIBUTION_SCOPES)
            ),
        ),
        (
            "sourced_count_has_source",
            "A troop or casualty count must say on whose word it rests (attributed_to). Unsourced "
            "counts are held back for review, not published.",
            e.ExpectColumnValuesToNotBeNull(column=C.ATTRIBUTED_TO.value, row_condition=sourced),
        ),
        (
            "sourced_count_source_kind",
            "A troop or casualty count's attribution_kind must name a kind of source, not 'none'.",
            e.ExpectColumnValuesToNotBeInSet(
                column=C.ATTRIBUTION_KIND.value, value_set=[NO_SOURCE], row_condition=sourced
            ),
        ),
    ]


def _places() -> list[Check]:
    import great_expectations as gx
    from great_expectations.expectations.row_conditions import Column

    e = gx.expectations
    return [
        (
            "actor_basis_in_set",
            "Actor basis is subject, place or article (null when there is no actor): the "
            "extractor and tasks.schema disagree.",
            e.ExpectColumnValuesToBeInSet(column=C.ACTOR_BASIS.value, value_set=list(ACTOR_BASES)),
        ),
        (
            "actor_has_basis",
            "Every actor says what it rests on (actor_basis): the sentence, the place or the "
            "article.",
            e.ExpectColumnValuesToNotBeNull(
                column=C.ACTOR_BASIS.value, row_condition=Column(C.ACTOR.value).is_not_null()
            ),
        ),
        (
            "location_lat_within_range",
            "A latitude lies between -90 and 90: a larger one means lat and lon were swapped.",
            e.ExpectColumnValuesToBeBetween(
                column=C.LOCATION_LAT.value, min_value=-90, max_value=90
            ),
        ),
        (
            "location_lon_within_range",
            "A longitude lies between -180 and 180.",
            e.ExpectColumnValuesToBeBetween(
                column=C.LOCATION_LON.value, min_value=-180, max_value=180
            ),
        ),
        (
            "coordinates_have_a_country",
            "A point on the map comes from the gazetteer with its country: coordinates without "
            "location_country mean the two were filled apart.",
            e.ExpectColumnValuesToNotBeNull(
                column=C.LOCATION_COUNTRY.value,
                row_condition=Column(C.LOCATION_LAT.value).is_not_null(),
            ),
        ),
    ]
