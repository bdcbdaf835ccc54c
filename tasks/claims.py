"""The claims task: keep the derived claims table in step with the facts."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from newsfacts.claims import rebuild_claims
from tasks.ingest import IO_RETRIES


@task(name="build-claims", cache_policy=NO_CACHE, **IO_RETRIES)
def build_claims(warehouse_dir: str, txn: str) -> int:
    """Regroup every count into claims and atomically replace the claims partitions that changed."""
    return rebuild_claims(warehouse_dir, txn)
