"""The run the analysis tests reconcile with."""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.store import records

RUN = records.RunInfo(run_id="run-1", started_at=datetime(2024, 11, 5, tzinfo=UTC))
