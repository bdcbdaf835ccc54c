"""The newsfacts flow: raw wire-news files in, validated and partitioned Parquet fact tables out.

    plan which raw files are new -> for each batch: load + parse headers -> extract facts -> validate -> write
    (atomic) -> compact partitions -> regroup claims -> publish a run summary and the Data Docs

Batches are submitted to the flow's task runner: in this process by default, or to a Dask cluster
(`task_runner(dask_address=..., workers=...)`), with a bounded number in flight. The whole run holds the
warehouse lock, so scheduled runs that overlap queue instead of racing; deployments add a concurrency limit
of one run on top (see `newsfacts serve` and prefect.yaml).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture, wait
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import opaque

from newsfacts import progress
from newsfacts.ingest import RawFile, record_duplicates
from newsfacts.memory import release_freed_memory
from newsfacts.orchestration import RESULTS_DIR, batches_in_flight
from newsfacts.storage import absolute, warehouse_path
from newsfacts.tables import SCHEMAS, now_utc
from newsfacts.warehouse import Warehouse
from tasks.claims import build_claims
from tasks.extract import extract_facts, stop_extraction_workers
from tasks.ingest import load_raw_batch, plan_new_files
from tasks.validate import publish_data_docs, validate_batch
from tasks.write import BatchResult, compact_warehouse, recover_warehouse, write_batch

DEFAULT_BATCH_SIZE = 2000
"""Files per batch. Great Expectations costs about 0.65 s per batch plus 0.15 s per 1,000 articles, and every
batch pays four task runs and a file per table, so batches are large: a 10,000-article load ran at 66.5
articles/s with 2,000-file batches against 63.5 with 1,000 (two runs each). Two batches are in flight."""


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
    stage_seconds: dict[str, float] = field(default_factory=dict)
    """Seconds spent per stage, summed over batches (stages overlap: their sum can exceed the run's time)."""

    def as_table(self) -> list[dict[str, object]]:
        head = {k: v for k, v in asdict(self).items() if k not in ("rows_written", "stage_seconds")}
        rows = [{"measure": k.replace("_", " "), "value": v} for k, v in head.items()]
        rows += [{"measure": f"rows written: {t}", "value": self.rows_written.get(t, 0)} for t in SCHEMAS]
        return rows + [
            {"measure": f"seconds: {k}", "value": round(v, 2)} for k, v in self.stage_seconds.items()
        ]


@dataclass
class SubmittedBatch:
    """One batch's chain of task futures: load -> extract -> validate -> write."""

    index: int
    files: list[RawFile]
    steps: list[PrefectFuture]

    def result(self) -> BatchResult:
        """Wait for the batch; if a step failed, raise that step's own error (not "upstream failed")."""
        wait(self.steps)
        for step in self.steps:
            if not step.state.is_completed():
                step.result()
        return self.steps[-1].result()


def default_processes() -> int:
    """Extraction processes: one per core (spaCy is single-threaded per process)."""
    return max(1, os.cpu_count() or 1)


def task_runner(dask_address: str | None = None, workers: int | None = None) -> TaskRunner:
    """Where batch tasks run: an existing Dask cluster, a local Dask cluster of `workers` processes, or
    (neither given) this process.

    Dask workers get one thread each: spaCy holds the GIL, so a worker process is the unit of parallelism,
    and each loads the model once.
    """
    if not dask_address and not workers:
        return ThreadPoolTaskRunner()
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})


def _unchanged(future: PrefectFuture) -> PrefectFuture:
    return future


def _cluster_threads() -> int | None:
    """Worker threads of the Dask cluster this run submits to; None when tasks run in this process."""
    runner = FlowRunContext.get().task_runner
    prefect_dask = sys.modules.get("prefect_dask")
    if prefect_dask is None or not isinstance(runner, prefect_dask.DaskTaskRunner):
        return None
    return max(1, sum(runner.client.nthreads().values()))


@flow(
    name="newsfacts-ingest",
    description="Raw wire-news files to validated, partitioned Parquet fact tables.",
    # A deployment's runs (serve, prefect.yaml) go to Dask when the worker's environment names a scheduler.
    task_runner=task_runner(dask_address=os.environ.get("NEWSFACTS_DASK_ADDRESS")),
)
def ingest_news(
    raw_dir: str = "raw",
    warehouse_dir: str = "warehouse",
    batch_size: int = DEFAULT_BATCH_SIZE,
    processes: int | None = None,
) -> RunSummary:
    """Load every raw file not loaded yet into the warehouse; a re-run over the same files writes nothing."""
    logger = get_run_logger()
    # Absolute, so tasks on Dask workers or in other folders find the same files. The warehouse must be a
    # folder (path or file:// URL); raw_dir may be any fsspec URL (see newsfacts/storage.py).
    raw_dir, warehouse_dir = absolute(raw_dir), absolute(warehouse_path(warehouse_dir))
    processes = processes or default_processes()
    run_started = now_utc()
    stamp = run_started.strftime("%Y%m%dT%H%M%S%fZ")
    summary = RunSummary()
    written: Counter[str] = Counter()
    seconds: Counter[str] = Counter()

    with Warehouse(warehouse_dir).lock():
        recovered = recover_warehouse(warehouse_dir)
        if any(recovered.values()):
            logger.warning("Recovered from an interrupted run: %s", recovered)

        planning = time.perf_counter()
        plan = plan_new_files(raw_dir, warehouse_dir)
        seconds["ingest"] += time.perf_counter() - planning
        summary.files_seen, summary.files_new = plan.seen, plan.new
        summary.files_unchanged, summary.duplicates = plan.unchanged, len(plan.duplicates)
        logger.info(
            "%d raw files in %s: %d new, %d already loaded, %d duplicate content",
            plan.seen,
            raw_dir,
            plan.new,
            plan.unchanged,
            len(plan.duplicates),
        )
        if plan.duplicates:
            duplicates = write_batch(
                warehouse_dir, record_duplicates(plan.duplicates, run_started), f"{stamp}-dup"
            )
            written.update(duplicates.rows)

        bar = create_progress_artifact(0.0, description="Raw files loaded in this run") if plan.new else None
        done = 0
        progress.report(0, plan.new)
        cluster_threads = _cluster_threads()
        in_flight = batches_in_flight(cluster_threads)
        # On Dask a worker process is one extraction process: no process pool nested inside it.
        extract_processes = 1 if cluster_threads else processes
        cache_dir = str(Path(warehouse_dir).resolve() / RESULTS_DIR)
        # A batch is handed on whole: `opaque` lets Prefect resolve the future without walking the thousands
        # of rows inside it (a fifth of this process's time otherwise). Not on Dask, which unpacks the
        # annotation (a NamedTuple) into a plain tuple on the way to the worker.
        whole = _unchanged if cluster_threads else opaque
        pending: deque[SubmittedBatch] = deque()

        def finish_oldest() -> None:
            nonlocal done
            submitted = pending[0]
            result = submitted.result()
            pending.popleft()
            release_freed_memory()  # what the batch freed, or the run grows with the number of files
            written.update(result.rows)
            seconds.update(result.seconds)
            summary.articles_loaded += result.rows.get("articles", 0)
            done += len(submitted.files)
            progress.report(done, plan.new)
            update_progress_artifact(bar, 100.0 * done / plan.new)
            logger.info("batch %d: %d of %d new files done", submitted.index, done, plan.new)

        try:
            for index, files in enumerate(plan.batches(batch_size)):
                batch = load_raw_batch.submit(files, run_started, index)
                facts = extract_facts.submit(whole(batch), run_started, extract_processes, index, cache_dir)
                checked = validate_batch.submit(whole(facts), warehouse_dir, stamp, run_started, index)
                write = write_batch.submit(warehouse_dir, whole(checked), f"{stamp}-{index:05d}")
                pending.append(SubmittedBatch(index, files, [batch, facts, checked, write]))
                if len(pending) >= in_flight:
                    finish_oldest()
            while pending:
                finish_oldest()
        finally:
            # A batch failed: let those already submitted finish before the lock is released.
            wait([step for submitted in pending for step in submitted.steps])
            stop_extraction_workers()
        # Every batch is committed: no cached facts are left to reuse (see tasks/extract.py).
        shutil.rmtree(cache_dir, ignore_errors=True)

        finishing = time.perf_counter()
        summary.partitions_compacted = compact_warehouse(warehouse_dir) if plan.new else 0
        if summary.articles_loaded:  # claims are derived from the facts: regroup them when facts arrive
            written["claims"] += build_claims(warehouse_dir, f"{stamp}-claims")
        seconds["write"] += time.perf_counter() - finishing

    summary.rows_written = dict(written)
    summary.stage_seconds = dict(seconds)
    summary.quarantined = written["quarantine"]
    create_table_artifact(
        key="newsfacts-run-summary",
        table=summary.as_table(),
        description=f"newsfacts run over `{raw_dir}` into `{warehouse_dir}`",
    )
    if plan.new:  # nothing validated, nothing to publish (and no Great Expectations import: ~3 s)
        publish_data_docs(
            warehouse_dir, stamp
        )  # <warehouse>/_data_docs/runs/<stamp>.html, linked as an artifact
    logger.info("Run summary: %s", asdict(summary))
    return summary
