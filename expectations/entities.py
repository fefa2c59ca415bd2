"""The entities suite: named entities from spaCy's NER, each pointing into its article's text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import polars as pl

from expectations import spans
from expectations.checks import Check, key_checks, named_suite, text_checks
from tasks.schema import Dataset, EntityCol

if TYPE_CHECKING:
    import great_expectations as gx

DATASET = Dataset.ENTITIES.value
C = EntityCol

# en_core_web_sm's NER labels (nlp.get_pipe("ner").labels). A label outside them means another
# model, or a rule, produced the entity.
NER_LABELS = (
    *("CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY"),
    *("NORP", "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME"),
    "WORK_OF_ART",
)


def add_cross_checks(df: pl.DataFrame, context_frames: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Entities plus span checks against their article (the entity's ``text`` at the offsets)."""
    return spans.add_span_checks(
        df, context_frames, dataset=DATASET, cols=C, span_text=C.TEXT.value
    )


def build_suite() -> gx.ExpectationSuite:
    """The entities suite."""
    return named_suite(
        DATASET,
        [
            *key_checks(DATASET),
            *spans.span_checks(C, C.TEXT.value),
            *text_checks(DATASET, what="entity"),
            *_labels(),
        ],
    )


def _labels() -> list[Check]:
    import great_expectations as gx

    e = gx.expectations
    return [
        (
            "label_not_null",
            "Every entity has its NER label (PERSON, ORG, GPE, ...).",
            e.ExpectColumnValuesToNotBeNull(column=C.LABEL.value),
        ),
        (
            "label_in_set",
            "Label outside en_core_web_sm's NER labels: a different model or a rule produced it.",
            e.ExpectColumnValuesToBeInSet(column=C.LABEL.value, value_set=list(NER_LABELS)),
        ),
    ]
