"""Pure helpers for running the flow: extraction cache keys and how many batches may be in flight.

No Prefect import here: tasks/ and flows/ use these, tests check them directly.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import newsfacts
from newsfacts.extract.nlp import MODEL

EXTRACT_SOURCES = Path(newsfacts.__file__).parent / "extract"
RESULTS_DIR = "_prefect_results"
"""Cached extraction results, inside the warehouse (readers skip names starting with `_`)."""


@lru_cache(maxsize=1)
def code_version() -> str:
    """What extraction output depends on besides its input: newsfacts' version, the extraction source code
    and the spaCy model's version. Any change gives new cache keys, so stale facts are never reused."""
    digest = hashlib.sha256(newsfacts.__version__.encode())
    for source in sorted(EXTRACT_SOURCES.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    try:
        digest.update(metadata.version(MODEL).encode())
    except metadata.PackageNotFoundError:
        digest.update(b"model-not-installed")
    return digest.hexdigest()


def extraction_cache_key(articles: list[dict]) -> str:
    """Key for a batch's extracted facts: the articles' content (body and header date) plus the code version.

    The same files give the same key in any run, under any name and on any machine; one changed byte or one
    changed extraction rule gives a new key. Row stamps (run time, file name) are not part of it: they are
    added after extraction, so a cached result carries none of an earlier run's.
    """
    digest = hashlib.sha256(code_version().encode())
    for article in articles:
        digest.update(b"\0" + article["published"].isoformat().encode() + b"\0" + article["body"].encode())
    return f"newsfacts-extract-{digest.hexdigest()}"


def batches_in_flight(cluster_threads: int | None) -> int:
    """Batches submitted ahead of the oldest unfinished one.

    Locally two: while one batch is validated and written in this process, the next is extracted on the
    process pool, so the cores never wait for Great Expectations or Parquet. On a Dask cluster one per
    worker thread plus one queued, so every worker stays busy. Either way memory is bounded by the window,
    not by the number of files.
    """
    return 2 if not cluster_threads else cluster_threads + 1
