"""Tasks that change the warehouse: recovery, batch commits, compaction."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from newsfacts.ingest import Batch
from newsfacts.tables import to_arrow
from newsfacts.warehouse import Warehouse
from tasks.ingest import IO_RETRIES

LOGGED_QUARANTINE_ROWS = 20
"""Per batch; a batch of bad files should not drown the log (all of them are in the quarantine table)."""


@task(name="recover-warehouse", cache_policy=NO_CACHE, **IO_RETRIES)
def recover_warehouse(warehouse_dir: str) -> dict[str, int]:
    """Roll forward what a crashed run committed, delete what it had not."""
    return Warehouse(warehouse_dir).recover()


@dataclass
class BatchResult:
    """Rows a batch committed per table, and the seconds it spent per stage on its way."""

    rows: dict[str, int]
    seconds: dict[str, float] = field(default_factory=dict)


@task(name="write-batch", task_run_name="write-batch-{txn}", cache_policy=NO_CACHE, **IO_RETRIES)
def write_batch(warehouse_dir: str, batch: Batch, txn: str) -> BatchResult:
    """Commit a batch's rows atomically; a retry re-stages the same transaction from scratch."""
    started = time.perf_counter()
    tables = {name: to_arrow(name, rows) for name, rows in batch.rows.items() if rows}
    written = Warehouse(warehouse_dir).commit(txn, tables)
    _log_quarantined(batch.rows.get("quarantine", []))
    return BatchResult(written, {**batch.seconds, "write": time.perf_counter() - started})


def _log_quarantined(rows: list[dict]) -> None:
    """Name each quarantined file and why in the run's log (the Prefect UI), not only in the table."""
    logger = get_run_logger()
    for row in rows[:LOGGED_QUARANTINE_ROWS]:
        logger.warning(
            "quarantined %s (%s, %s stage): %s",
            row["source_file"],
            row["reason"],
            row["stage"],
            row["detail"],
        )
    if len(rows) > LOGGED_QUARANTINE_ROWS:
        logger.warning(
            "... and %d more quarantined rows: see the quarantine table", len(rows) - LOGGED_QUARANTINE_ROWS
        )


@task(name="compact-warehouse", cache_policy=NO_CACHE, **IO_RETRIES)
def compact_warehouse(warehouse_dir: str, max_files: int = 8) -> int:
    """Merge partitions that have grown more than `max_files` files."""
    return Warehouse(warehouse_dir).compact(max_files)
