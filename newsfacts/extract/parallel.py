"""Extraction on several processes: spaCy holds the GIL, so both cores need two processes.

Worker processes are started once per run (spawn, so they never inherit the flow's threads) and each loads
the model once; they are replaced every CHUNKS_PER_WORKER chunks and stopped when the run has extracted its
last batch (`shutdown_pools`), or at exit. spaCy and the gazetteer are imported by the functions that run in
the workers, not by this module: the flow process that hands out the work never loads them.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import date

from newsfacts.extract.facts import ArticleFacts

MIN_CHUNK = 16
"""Fewer articles than this per process are extracted in the calling process: not worth the round trip."""
CHUNK_ARTICLES = 100
"""Most articles sent to a worker at once. A worker's memory follows the chunk it is working on (its bodies,
spaCy's work on them, the facts it sends back): on the benchmark corpus a 500-article chunk kept a worker
near 330 MB, against about 230 MB when idle."""
CHUNKS_PER_WORKER = 50
"""A worker process is replaced after this many chunks (~5,000 articles): spaCy's string store grows with
every new word it meets, so a long run on real text would otherwise grow without bound. A new worker costs
~3 s of warm-up (model and gazetteer)."""

_pools: dict[int, ProcessPoolExecutor] = {}
_pools_lock = threading.Lock()


def extract_chunk(items: list[tuple[str, date]]) -> list[ArticleFacts | str]:
    """Extract each (body, published) pair; an article whose extraction raises yields the error text."""
    from newsfacts.extract.article import extract_article
    from newsfacts.extract.nlp import load_nlp

    nlp = load_nlp()
    results: list[ArticleFacts | str] = []
    for (_, published), doc in zip(items, nlp.pipe((body for body, _ in items), batch_size=32), strict=True):
        try:
            results.append(extract_article(doc, published))
        except Exception as err:  # one bad article must not sink its batch: it is quarantined instead
            results.append(f"{type(err).__name__}: {err}")
    return results


def warm_up() -> None:
    """Load what extraction needs once per worker, at start-up rather than on its first article."""
    from newsfacts.extract.geo import gazetteer
    from newsfacts.extract.nlp import load_nlp

    load_nlp()
    gazetteer()


def _pool(processes: int) -> ProcessPoolExecutor:
    with _pools_lock:  # two batches may be extracted at once, from two task threads: one pool for both
        if processes not in _pools:
            context = multiprocessing.get_context("spawn")
            _pools[processes] = ProcessPoolExecutor(
                processes, mp_context=context, initializer=warm_up, max_tasks_per_child=CHUNKS_PER_WORKER
            )
        return _pools[processes]


def shutdown_pools(cancel: bool = False) -> None:
    """Stop the worker processes (and free their memory); the next extraction starts new ones. Work already
    submitted (another run's, in the same process) finishes first unless `cancel`."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.shutdown(cancel_futures=cancel)


atexit.register(shutdown_pools, cancel=True)


def extract_many(items: list[tuple[str, date]], processes: int = 1) -> list[ArticleFacts | str]:
    """Extract a batch, split over `processes` worker processes (1: in this process), in input order."""
    processes = min(processes, len(items) // MIN_CHUNK)
    if processes <= 1:
        return extract_chunk(items)
    size = min(CHUNK_ARTICLES, -(-len(items) // processes))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    return [result for chunk in _pool(processes).map(extract_chunk, chunks) for result in chunk]
