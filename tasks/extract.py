"""The fact-extraction task."""

from __future__ import annotations

from datetime import datetime

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsfacts.extract.batch import extract_batch
from newsfacts.ingest import Batch


@task(name="extract-facts", task_run_name="extract-facts-{index}", cache_policy=NO_CACHE)
def extract_facts(batch: Batch, run_started: datetime, processes: int, index: int) -> Batch:
    """Run spaCy and the fact extractors over a batch's articles on `processes` worker processes."""
    return extract_batch(batch, run_started, processes)
