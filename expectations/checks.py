"""What every suite is built from: checks with a stable name and a note an operator can act on.

Column names come from the contract (``tasks.schema``'s column enums), never from strings here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tasks import schema
from tasks.schema import QuoteCol

# The span's own text, in the tables that have one (quotes, entities): same name in both.
TEXT = QuoteCol.TEXT.value

if TYPE_CHECKING:
    import great_expectations as gx
    from great_expectations.expectations.expectation import Expectation

# One check: (short name, note for an operator, the GX expectation). The suite prefixes the name
# with the dataset, so "claim_id_unique" becomes "claims.claim_id_unique".
Check = tuple[str, str, "Expectation"]


def key(dataset: str) -> str:
    """The dataset's single key column (``claim_id``, ``article_id``, ...)."""
    (name,) = schema.DATASETS[dataset][1]
    return str(name)  # GX wants a plain str, not the column enum


def check_name(expectation: Any) -> str:
    """The stable name a suite gave ``expectation`` (or its configuration in a GX result)."""
    return str((expectation.meta or {})["name"])


def check_note(expectation: Any) -> str:
    """The operator's note a suite gave ``expectation``."""
    return str((expectation.meta or {})["note"])


def named_suite(dataset: str, checks: Iterable[Check]) -> gx.ExpectationSuite:
    """A suite named after ``dataset`` whose expectations carry ``meta`` name and note.

    The note also goes into GX ``notes``, prefixed by the name, so Data Docs show both.
    """
    import great_expectations as gx

    suite = gx.ExpectationSuite(name=dataset)
    seen: set[str] = set()
    for short_name, note, expectation in checks:
        name = f"{dataset}.{short_name}"
        if name in seen:
            raise ValueError(f"duplicate expectation name {name!r}")
        seen.add(name)
        expectation.meta = {"name": name, "note": note}
        expectation.notes = f"{name}: {note}"
        suite.add_expectation(expectation)
    return suite


def key_checks(dataset: str) -> list[Check]:
    """The key is present and unique: rows are published, replaced and quarantined by it."""
    import great_expectations as gx

    column = key(dataset)
    return [
        (
            f"{column}_not_null",
            f"Every row needs a {column}; the pipeline derives it, so a null is an extractor bug.",
            gx.expectations.ExpectColumnValuesToNotBeNull(column=column),
        ),
        (
            f"{column}_unique",
            f"Two rows share a {column}: both are held back, since a rerun would replace one "
            "with the other. Usually the same span extracted twice.",
            gx.expectations.ExpectColumnValuesToBeUnique(column=column),
        ),
    ]


def text_checks(dataset: str, *, what: str) -> list[Check]:
    """The row's ``text`` is present and not blank."""
    import great_expectations as gx

    column = TEXT
    return [
        (
            "text_not_null",
            f"The {what} text is missing.",
            gx.expectations.ExpectColumnValuesToNotBeNull(column=column),
        ),
        (
            "text_not_blank",
            f"The {what} text is empty or only whitespace.",
            gx.expectations.ExpectColumnValuesToMatchRegex(column=column, regex=r"\S"),
        ),
    ]
