"""Tasks that find and read raw files."""

from __future__ import annotations

from datetime import datetime

from prefect import State, Task, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import TaskRun
from prefect.tasks import exponential_backoff

from newsfacts.ingest import Batch, IngestPlan, RawFile, load_batch, plan_ingest
from newsfacts.warehouse import Warehouse


def _io_error(task: Task, task_run: TaskRun, state: State) -> bool:
    """Retry what may pass on a second try (a file system or network hiccup), not a bug or bad data."""
    return isinstance(state.data, OSError)


IO_RETRIES = {
    "retries": 3,
    "retry_delay_seconds": exponential_backoff(backoff_factor=2),  # 2, 4, 8 s, each +-50%
    "retry_jitter_factor": 0.5,
    "retry_condition_fn": _io_error,
}


@task(name="plan-ingest", cache_policy=NO_CACHE, **IO_RETRIES)
def plan_new_files(raw_dir: str, warehouse_dir: str) -> IngestPlan:
    """List raw files and keep those the warehouse's ledger has not seen."""
    return plan_ingest(raw_dir, Warehouse(warehouse_dir).known_files())


@task(name="load-batch", task_run_name="load-batch-{index}", cache_policy=NO_CACHE, **IO_RETRIES)
def load_raw_batch(files: list[RawFile], run_started: datetime, index: int) -> Batch:
    """Read a batch of raw files and parse their headers (bad ones become quarantine rows)."""
    return load_batch(files, run_started)
