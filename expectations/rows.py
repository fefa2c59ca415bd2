"""Which rows a failed expectation rejects, computed in polars from the expectation's definition.

GX decides pass or fail and counts unexpected rows cheaply (``SUMMARY``); asking it for the failing
rows' ids (``COMPLETE`` with ``unexpected_index_column_names``) costs ~15x more and grows with the
number of failures. So the runner asks GX for counts, computes the rows here, and checks that
the two counts agree; where they do not, or an expectation type is not translated here, it asks
GX for the rows after all. Semantics follow GX's pandas engine: rows outside the row condition are
not checked; missing values (null, and NaN in float columns) are unexpected only for
``not_be_null``; a row condition compares like ``DataFrame.query`` (a null is unequal to
everything, so ``!=`` and ``not in`` hold for it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:
    from great_expectations.expectations.expectation import Expectation


def columns_used(expectations: Iterable[Expectation]) -> list[str]:
    """Every column the expectations read, in first-use order (what GX needs to see)."""
    used: dict[str, None] = {}
    for expectation in expectations:
        for field in ("column", "column_A", "column_B"):
            if name := getattr(expectation, field, None):
                used[name] = None
        for name in _condition_columns(getattr(expectation, "row_condition", None)):
            used[name] = None
    return list(used)


def unexpected(expectation: Expectation, schema: pl.Schema) -> pl.Expr | None:
    """A boolean expression, true on the rows ``expectation`` rejects; None if not translated."""
    translate = _TRANSLATIONS.get(expectation.expectation_type)
    condition = _condition(getattr(expectation, "row_condition", None), schema)
    if translate is None or condition is None:
        return None
    return (translate(expectation, schema, condition) & condition).fill_null(False)


def _missing(column: str, schema: pl.Schema) -> pl.Expr:
    # pandas (and so GX) sees float NaN as missing, like null.
    col = pl.col(column)
    return col.is_null() | col.is_nan() if schema[column].is_float() else col.is_null()


def _between(value: pl.Expr, e: Any) -> pl.Expr:
    inside = pl.lit(True)
    if e.min_value is not None:
        inside &= value > e.min_value if e.strict_min else value >= e.min_value
    if e.max_value is not None:
        inside &= value < e.max_value if e.strict_max else value <= e.max_value
    return ~inside


def _not_null(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    return _missing(e.column, schema)


def _unique(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    # Rows outside the row condition may share values: only rows inside it count as duplicates.
    checked = ~_missing(e.column, schema) & where
    return checked & pl.when(checked).then(pl.col(e.column)).is_duplicated()


def _in_set(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    return ~_missing(e.column, schema) & ~pl.col(e.column).is_in(list(e.value_set))


def _not_in_set(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    return ~_missing(e.column, schema) & pl.col(e.column).is_in(list(e.value_set))


def _values_between(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    return ~_missing(e.column, schema) & _between(pl.col(e.column), e)


def _lengths_between(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    return ~_missing(e.column, schema) & _between(pl.col(e.column).str.len_chars(), e)


def _match_regex(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    return ~_missing(e.column, schema) & ~pl.col(e.column).str.contains(e.regex)


def _a_greater_than_b(e: Any, schema: pl.Schema, where: pl.Expr) -> pl.Expr:
    a, b = pl.col(e.column_A), pl.col(e.column_B)
    missing_a, missing_b = _missing(e.column_A, schema), _missing(e.column_B, schema)
    ignored = {
        "both_values_are_missing": missing_a & missing_b,
        "either_value_is_missing": missing_a | missing_b,
        "neither": pl.lit(False),
    }[e.ignore_row_if]
    holds = a >= b if e.or_equal else a > b
    return ~ignored & ~holds.fill_null(False)


# Each gets the expectation, the frame's schema and its row condition as polars.
_TRANSLATIONS: dict[str, Callable[[Any, pl.Schema, pl.Expr], pl.Expr]] = {
    "expect_column_values_to_not_be_null": _not_null,
    "expect_column_values_to_be_unique": _unique,
    "expect_column_values_to_be_in_set": _in_set,
    "expect_column_values_to_not_be_in_set": _not_in_set,
    "expect_column_values_to_be_between": _values_between,
    "expect_column_value_lengths_to_be_between": _lengths_between,
    "expect_column_values_to_match_regex": _match_regex,
    "expect_column_pair_values_a_to_be_greater_than_b": _a_greater_than_b,
}
TRANSLATED_TYPES = frozenset(_TRANSLATIONS)


def _condition(condition: Any, schema: pl.Schema) -> pl.Expr | None:
    """A GX row condition as polars, with pandas ``query`` null semantics; None if unknown."""
    from great_expectations.expectations import row_conditions as rc

    if condition is None:
        return pl.lit(True)
    if isinstance(condition, rc.NullityCondition):
        missing = _missing(condition.column.name, schema)
        return missing if condition.is_null else ~missing
    if isinstance(condition, rc.ComparisonCondition):
        return _comparison(condition, schema)
    if isinstance(condition, (rc.AndCondition, rc.OrCondition)):
        parts = [_condition(c, schema) for c in condition.conditions]
        if any(p is None for p in parts):
            return None
        combine = pl.all_horizontal if isinstance(condition, rc.AndCondition) else pl.any_horizontal
        return combine(parts)
    return None  # a pandas query string (PassThroughCondition): let GX find the rows


def _comparison(condition: Any, schema: pl.Schema) -> pl.Expr:
    from great_expectations.expectations.row_conditions import Operator

    name, op, value = condition.column.name, Operator(condition.operator), condition.parameter
    col = pl.col(name)
    compare = {
        Operator.EQUAL: lambda: col == value,
        Operator.NOT_EQUAL: lambda: col != value,
        Operator.LESS_THAN: lambda: col < value,
        Operator.LESS_THAN_OR_EQUAL: lambda: col <= value,
        Operator.GREATER_THAN: lambda: col > value,
        Operator.GREATER_THAN_OR_EQUAL: lambda: col >= value,
        Operator.IN: lambda: col.is_in(list(value)),
        Operator.NOT_IN: lambda: ~col.is_in(list(value)),
    }[op]()
    # In pandas a missing value compares unequal to everything.
    holds_when_missing = op in (Operator.NOT_EQUAL, Operator.NOT_IN)
    return pl.when(_missing(name, schema)).then(holds_when_missing).otherwise(compare)


def _condition_columns(condition: Any) -> list[str]:
    if condition is None or not hasattr(condition, "type"):
        return []
    if hasattr(condition, "conditions"):
        return [name for c in condition.conditions for name in _condition_columns(c)]
    if hasattr(condition, "column"):
        return [condition.column.name]
    raise ValueError(f"cannot tell which columns the row condition {condition!r} reads")
