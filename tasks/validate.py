"""Validation tasks: check each batch before it is written; publish the run's Data Docs at the end.

Each task makes its own Great Expectations context (GX contexts are not thread-safe; batches may be
validated on several threads or Dask workers at once), imported only when the task runs.
"""

from __future__ import annotations

import time
from datetime import datetime

from prefect import get_run_logger, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from newsfacts import validation
from newsfacts.ingest import Batch
from newsfacts.validation import GreatExpectations, ValidationFailed, load_suites
from newsfacts.validation import validate_batch as check_batch
from newsfacts.validation_docs import RunReport, build_run_docs, save_batch_record, summary_markdown


@task(name="validate-batch", task_run_name="validate-batch-{index}", cache_policy=NO_CACHE)
def validate_batch(batch: Batch, warehouse_dir: str, run: str, run_started: datetime, index: int) -> Batch:
    """Run the suites in expectations/ over the batch: failing rows move to quarantine; a table-level
    failure raises ValidationFailed and nothing of the batch is written."""
    logger = get_run_logger()
    started = time.perf_counter()
    with validation.GX_LOCK:  # by module: a lock in a task's globals cannot be sent to Dask
        gx = GreatExpectations(load_suites())
        checked = check_batch(batch, gx, run_started)
        save_batch_record(warehouse_dir, run, run_started, index, checked)
        report = build_run_docs(gx, warehouse_dir, run) if checked.problems else None
    for table, stats in checked.stats.items():
        if stats.quarantined:
            logger.warning(
                "batch %d: %d of %d %s rows quarantined (%s)",
                index,
                stats.quarantined,
                stats.evaluated,
                table,
                ", ".join(f"{name}: {n}" for name, n in stats.failures.items()) or "their article failed",
            )
    if checked.problems:
        page = report.page.resolve() if report and report.page else None
        raise ValidationFailed(
            f"Batch {index} failed validation and was not written:\n- "
            + "\n- ".join(checked.problems)
            + f"\nData Docs: {page}\nFix the extraction, or edit the suite if the rule is wrong, then run again: "
            "this batch's files are not in the ledger yet, so the next run loads them. Batches already "
            "committed are unaffected."
        )
    checked.batch.seconds = {**batch.seconds, "validate": time.perf_counter() - started}
    return checked.batch


@task(name="publish-data-docs", cache_policy=NO_CACHE)
def publish_data_docs(warehouse_dir: str, run: str) -> RunReport | None:
    """Render the run's Data Docs; link them and summarise each suite as Prefect artifacts."""
    with validation.GX_LOCK:  # by module: a lock in a task's globals cannot be sent to Dask
        report = build_run_docs(GreatExpectations(load_suites()), warehouse_dir, run)
    if report is None or report.page is None:
        return None  # nothing was validated: no new files
    create_link_artifact(
        key="newsfacts-data-docs",
        link=report.page.resolve().as_uri(),
        link_text=f"Data Docs of run {run}",
        description=f"Great Expectations Data Docs; every run: {report.index.resolve().as_uri() if report.index else ''}",
    )
    create_markdown_artifact(
        key="newsfacts-validation", markdown=summary_markdown(report), description=f"Validation of run {run}"
    )
    return report
