"""The fact-extraction task, with its expensive pure part cached by content.

`extract-facts` runs every time (it stamps rows with this run's time); inside it `extract-article-facts`
computes the facts from the articles' bodies and dates only, keyed by that content plus the code version and
persisted in the warehouse's `_prefect_results/`. So a run after a failure (a write that ran out of retries,
a killed worker) reuses the facts of batches already extracted instead of running spaCy again, while the
write itself is never cached: rows reach the warehouse only through a commit in the run that reports them.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext
from prefect.utilities.annotations import opaque

from newsfacts.extract.batch import add_facts, article_facts
from newsfacts.extract.facts import ArticleFacts
from newsfacts.extract.parallel import shutdown_pools
from newsfacts.ingest import Batch
from newsfacts.orchestration import extraction_cache_key


def _content_key(context: TaskRunContext, parameters: dict[str, Any]) -> str:
    return extraction_cache_key(parameters["articles"])


@task(
    name="extract-article-facts",
    cache_key_fn=_content_key,
    persist_result=True,
    result_serializer="pickle",
    # Persisted for a later run to reuse; not also kept in the flow's in-memory result cache, which would
    # hold every batch's facts until the run ends (memory growing with the number of files).
    cache_result_in_memory=False,
)
def extract_article_facts(articles: list[dict], processes: int) -> list[ArticleFacts | str]:
    """spaCy and the fact extractors over the articles' bodies (cached: see the module docstring)."""
    return article_facts(articles, processes)


@task(name="extract-facts", task_run_name="extract-facts-{index}", cache_policy=NO_CACHE)
def extract_facts(batch: Batch, run_started: datetime, processes: int, index: int, cache_dir: str) -> Batch:
    """Add facts to a batch's articles on `processes` worker processes; failed articles go to quarantine."""
    started = time.perf_counter()
    articles = batch.rows.get("articles", [])
    cached = extract_article_facts.with_options(
        result_storage=Path(cache_dir), task_run_name=f"extract-article-facts-{index}"
    )
    extracted = add_facts(batch, cached(opaque(articles), processes) if articles else [], run_started)
    extracted.seconds = {**batch.seconds, "extract": time.perf_counter() - started}
    return extracted


def stop_extraction_workers() -> None:
    """Stop this process's extraction workers: called once every batch is extracted, so their memory (~0.3 GB
    each) is free for compaction and claims. On Dask there are none here: each worker extracts in-process."""
    shutdown_pools()
