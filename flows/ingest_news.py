"""The newsfacts flow: raw wire-news files in, validated and partitioned Parquet fact tables out.

    plan which raw files are new -> for each batch: load + parse headers -> extract facts -> write (atomic)
    -> compact partitions -> publish a run summary

The whole run holds the warehouse lock, so scheduled runs that overlap queue instead of racing.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import asdict, dataclass, field

from prefect import flow, get_run_logger
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact

from newsfacts import progress
from newsfacts.ingest import record_duplicates
from newsfacts.tables import SCHEMAS, now_utc
from newsfacts.warehouse import Warehouse
from tasks.extract import extract_facts
from tasks.ingest import load_raw_batch, plan_new_files
from tasks.write import compact_warehouse, recover_warehouse, write_batch

DEFAULT_BATCH_SIZE = 256


@dataclass
class RunSummary:
    """What a run did, as printed by the CLI and published as the run's table artifact."""

    files_seen: int = 0
    files_new: int = 0
    files_unchanged: int = 0
    duplicates: int = 0
    articles_loaded: int = 0
    quarantined: int = 0
    rows_written: dict[str, int] = field(default_factory=dict)
    partitions_compacted: int = 0

    def as_table(self) -> list[dict[str, object]]:
        head = {k: v for k, v in asdict(self).items() if k != "rows_written"}
        rows = [{"measure": k.replace("_", " "), "value": v} for k, v in head.items()]
        return rows + [
            {"measure": f"rows written: {t}", "value": self.rows_written.get(t, 0)} for t in SCHEMAS
        ]


def default_processes() -> int:
    """Extraction processes: one per core (spaCy is single-threaded per process)."""
    return max(1, os.cpu_count() or 1)


@flow(
    name="newsfacts-ingest", description="Raw wire-news files to validated, partitioned Parquet fact tables."
)
def ingest_news(
    raw_dir: str = "raw",
    warehouse_dir: str = "warehouse",
    batch_size: int = DEFAULT_BATCH_SIZE,
    processes: int | None = None,
) -> RunSummary:
    """Load every raw file not loaded yet into the warehouse; a re-run over the same files writes nothing."""
    logger = get_run_logger()
    processes = processes or default_processes()
    run_started = now_utc()
    stamp = run_started.strftime("%Y%m%dT%H%M%S%fZ")
    summary = RunSummary()
    written: Counter[str] = Counter()

    with Warehouse(warehouse_dir).lock():
        recovered = recover_warehouse(warehouse_dir)
        if any(recovered.values()):
            logger.warning("Recovered from an interrupted run: %s", recovered)

        plan = plan_new_files(raw_dir, warehouse_dir)
        summary.files_seen, summary.files_new = plan.seen, len(plan.new)
        summary.files_unchanged, summary.duplicates = plan.unchanged, len(plan.duplicates)
        logger.info(
            "%d raw files in %s: %d new, %d already loaded, %d duplicate content",
            plan.seen,
            raw_dir,
            len(plan.new),
            plan.unchanged,
            len(plan.duplicates),
        )
        if plan.duplicates:
            written.update(
                write_batch(warehouse_dir, record_duplicates(plan.duplicates, run_started), f"{stamp}-dup")
            )

        bar = create_progress_artifact(0.0, description="Raw files loaded in this run") if plan.new else None
        done = 0
        progress.report(0, len(plan.new))
        for index, files in enumerate(plan.batches(batch_size)):
            batch = load_raw_batch(files, run_started, index)
            batch = extract_facts(batch, run_started, processes, index)
            summary.articles_loaded += batch.count("articles")
            written.update(write_batch(warehouse_dir, batch, f"{stamp}-{index:05d}"))
            done += len(files)
            progress.report(done, len(plan.new))
            update_progress_artifact(bar, 100.0 * done / len(plan.new))
            logger.info("batch %d: %d of %d new files done", index, done, len(plan.new))

        summary.partitions_compacted = compact_warehouse(warehouse_dir) if plan.new else 0

    summary.rows_written = dict(written)
    summary.quarantined = written["quarantine"]
    create_table_artifact(
        key="newsfacts-run-summary",
        table=summary.as_table(),
        description=f"newsfacts run over `{raw_dir}` into `{warehouse_dir}`",
    )
    logger.info("Run summary: %s", asdict(summary))
    return summary
