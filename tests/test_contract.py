"""The data contract holds together: what the extractor can emit, the suites accept."""

from __future__ import annotations

import polars as pl
import pytest

from tasks import schema
from tasks.extract import currencies, quantity_words


def test_every_unit_the_extractor_can_emit_is_in_the_contract() -> None:
    tables = currencies.tables()
    emitted = {
        *tables.symbols.values(),
        *tables.names.values(),
        *currencies.SUBUNITS.values(),
        *quantity_words.MEASURE_UNITS.values(),
        *quantity_words.AREA_UNITS.values(),
        "persons",
        "percent",
    }
    assert emitted <= set(schema.UNITS), sorted(emitted - set(schema.UNITS))


@pytest.mark.parametrize("dataset", sorted(schema.DATASETS))
def test_every_dataset_is_partitioned_by_the_pipeline_controlled_date(dataset: str) -> None:
    dtypes = schema.DATASETS[dataset][0]
    assert dtypes[schema.PARTITION_COLUMN] == pl.Date()
    assert "run_id" in dtypes and "pipeline_version" in dtypes


@pytest.mark.parametrize("dataset", sorted(schema.DATASETS))
def test_keys_are_columns(dataset: str) -> None:
    dtypes, keys = schema.DATASETS[dataset]
    assert set(keys) <= set(dtypes.names())


def test_conform_fills_missing_columns_with_typed_nulls() -> None:
    frame = schema.conform(pl.DataFrame({"claim_id": ["c1"]}), "claims")
    assert frame.schema == schema.CLAIMS
    assert frame["value"].to_list() == [None]
