"""After publishing: one name per source and the figures table across all articles, then the run's
HTML report. Both read the published tables back, so a run that died half-way is completed by
the next, and a run with nothing new writes no row (and derives nothing when the tables are as a
reconcile left them: tasks/store/ledger.py)."""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

import tasks
from expectations.process import ValidatorProcess
from expectations.runner import Validator  # GX itself is imported by a Validator only
from flows.settings import Settings
from flows.tables import ON_CONFLICT
from tasks import known_sources
from tasks.analysis import figures_report
from tasks.analysis.run_record import RunRecord
from tasks.schema import DATASETS, Dataset, FigureCol, QuarantineCol, SourceCol
from tasks.store import ledger, publish, reconcile, records


# A concurrent run may commit to claims, quotes, sources or figures while this one merges (a lost
# commit), or publish into the tables this one derived from before it writes (TablesMoved, raised
# by reconcile.write before it writes anything): both are retried from the start (derive re-reads
# the tables), so neither run's sources or figures are lost. A window remains between that check
# and the writes; the next run closes it: a commit in that window leaves the tables as no
# reconcile's record has them (tasks/store/ledger.py), so the next run derives everything again.
@task(name="reconcile sources and figures", cache_policy=NO_CACHE, **ON_CONFLICT)
def reconcile_tables(
    cfg: Settings, rec: RunRecord, *, validator: ValidatorProcess | Validator | None
) -> None:
    """Resolve sources and rebuild figures; validate them with ``validator`` (given when the
    run brought new rows). Without one, skipped when the tables are as a reconcile left them."""
    code = _fingerprint(cfg, rec)
    if validator is None and _up_to_date(cfg, rec, code):
        return
    registry = known_sources.load([cfg.sources_file] if cfg.sources_file else [])
    options = cfg.storage_options
    derived = reconcile.derive(cfg.data_root, registry, storage_options=options)
    if validator is None:  # nothing new was published: only what changed needs the suites
        derived, changed = _held_back(cfg, derived)
        if changed:
            validator = Validator(cfg.data_docs_dir())
    if validator is not None:
        derived = _validated(cfg, rec, derived, validator)
    done = reconcile.write(cfg.data_root, derived, rec.run, storage_options=options)
    rec.counts.sources, rec.counts.figures = done.sources, done.figures
    rec.counts.figures_written = done.rows_written[Dataset.FIGURES]
    rec.reconciled = derived.ledger.record(code) if code else None
    get_run_logger().info("reconciled: %s", done)


def _fingerprint(cfg: Settings, rec: RunRecord) -> str | None:
    """What reconcile derives with: the code (tasks/ and this module), the sources file, the
    libraries; None if it cannot be read (then reconcile runs, and says why if it must)."""
    files = [Path(tasks.__file__).parent, Path(__file__)]
    try:
        return ledger.fingerprint(
            [*files, *([Path(cfg.sources_file)] if cfg.sources_file else [])], rec.versions
        )
    except OSError:
        return None


def _up_to_date(cfg: Settings, rec: RunRecord, code: str | None) -> bool:
    """Whether a reconcile left the tables as they are now, under the same ``code``: then the
    counts are the tables' rows and the record goes on. Anything unreadable: no."""
    opts = cfg.storage_options
    if code is None:
        return False
    try:
        state = ledger.Ledger.open(cfg.data_root, storage_options=opts).record(code)
        by = state and ledger.recorded_by(cfg.data_root, state, storage_options=opts)
    except Exception as exc:  # noqa: BLE001 - never skip on doubt; reconcile says what is wrong
        get_run_logger().info("reconcile record unreadable (%s): reconciling", exc)
        return False
    if not by:
        return False
    counted = {
        name: publish.read_table(cfg.data_root, name, columns=[key], storage_options=opts).height
        for name, key in (
            (Dataset.SOURCES, SourceCol.SOURCE_ID),
            (Dataset.FIGURES, FigureCol.FIGURE_ID),
        )
    }
    rec.counts.sources, rec.counts.figures = counted[Dataset.SOURCES], counted[Dataset.FIGURES]
    rec.reconciled, rec.reconcile_skipped = state, True
    get_run_logger().info(
        "reconciled: up to date, skipped (no table it derives from changed since run %s)", by
    )
    return True


def _validated(
    cfg: Settings,
    rec: RunRecord,
    derived: reconcile.Derived,
    validator: ValidatorProcess | Validator,
) -> reconcile.Derived:
    """Sources and figures that pass their suites; failing rows go to quarantine with reasons."""
    good: dict[str, pl.DataFrame] = {}
    held = []
    for name, frame in ((Dataset.SOURCES, derived.sources), (Dataset.FIGURES, derived.figures)):
        checked = validator.validate(name, records.with_run_columns(frame, rec.run, name))
        good[name] = checked.good.select(frame.columns)
        held.append(records.invalid_rows(name, checked.bad, rec.run, {}))
        rec.validation[name] = asdict(checked.result)
    quarantine = pl.concat(held)
    if quarantine.height:
        version = publish.insert_new(
            cfg.data_root, Dataset.QUARANTINE, quarantine, storage_options=cfg.storage_options
        )
        derived.ledger.committed(Dataset.QUARANTINE, version)
    return replace(derived, sources=good[Dataset.SOURCES], figures=good[Dataset.FIGURES])


def _held_back(cfg: Settings, derived: reconcile.Derived) -> tuple[reconcile.Derived, bool]:
    """A run that brings no new rows has no validator. The sources and figures held in
    quarantine (unresolved, and not published since by a run that validated them) stay out:
    only a run that validates may publish them, changed or not (a run with new articles
    validates every derived row). Any other row that would be written means validating now
    (true): a changed sources file, say."""
    q = QuarantineCol
    held = publish.read_table(
        cfg.data_root,
        Dataset.QUARANTINE,
        columns=[q.DATASET, q.RECORD_ID, q.RESOLVED_AT],
        storage_options=cfg.storage_options,
    ).filter(pl.col(q.RESOLVED_AT).is_null())
    kept, changed = {}, False
    for name, frame in ((Dataset.SOURCES, derived.sources), (Dataset.FIGURES, derived.figures)):
        key = DATASETS[name][1][0]
        stored = publish.read_table(cfg.data_root, name, storage_options=cfg.storage_options)
        mine = held.filter(pl.col(q.DATASET) == name).get_column(q.RECORD_ID)
        out = mine.filter(~mine.is_in(stored[key].implode()))  # held, not published since
        kept[name] = frame.filter(~pl.col(key).is_in(out.implode()))
        fresh = reconcile.unwritten(
            cfg.data_root, name, kept[name], storage_options=cfg.storage_options, current=stored
        )
        changed |= fresh.height > 0
    return replace(derived, sources=kept[Dataset.SOURCES], figures=kept[Dataset.FIGURES]), changed


@task(name="write the report", cache_policy=NO_CACHE)
def write_report(cfg: Settings, rec: RunRecord) -> str:
    """The run's HTML report under the data root (and ``latest.html``); returns its path."""
    tables = {
        name: publish.read_table(cfg.data_root, name, storage_options=cfg.storage_options)
        for name in (Dataset.FIGURES, Dataset.SOURCES, Dataset.QUARANTINE)
    }
    figures = tables[Dataset.FIGURES]
    # The run's new figures choose what the report is about; all figures give it context.
    new = figures.filter(pl.col(FigureCol.RUN_ID) == rec.run.run_id)
    actor, claim_type = figures_report.pick_focus(new if new.height else figures)
    page = figures_report.render(
        figures,
        tables[Dataset.SOURCES],
        tables[Dataset.QUARANTINE],
        actor=actor,
        claim_type=claim_type,
        heading=f"Who says how many: claimflow run {rec.run.run_id[:12]}",
    )
    folder = Path(cfg.reports_dir())
    path = figures_report.write(page, folder / f"{rec.run.run_id}.html")
    figures_report.write(page, folder / "latest.html")
    rec.report_uri = str(path)
    return str(path)
