"""Keeping a long run's memory flat: glibc and Arrow keep memory that Python has freed unless told otherwise.

Measured on the flow process over 6,000 benchmark articles (BENCHMARKS.md): Python's own objects stayed flat
(tracemalloc) while the process grew ~6 MB per 1,000 articles, all of it in memory freed but kept by glibc's
arenas and by Arrow's mimalloc pool. Arrow on the system allocator plus a trim after every batch held it flat,
about 60 MB lower at 6,000 articles, for a few milliseconds per batch.
"""

from __future__ import annotations

import ctypes
import functools
import os

M_ARENA_MAX = -8
"""glibc's mallopt parameter for the number of malloc arenas."""


@functools.cache  # looked up once, not after every batch
def _glibc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 (glibc only: musl and macOS have no malloc_trim)
    except (OSError, AttributeError):
        return None
    return libc


def tune_allocators(arenas: int = 2) -> None:
    """Allocator settings for this process and (by environment) the processes it starts; explicit settings win.

    - At most `arenas` glibc malloc arenas: glibc gives each allocating thread its own arena, up to 8 per core,
      and memory freed in one is not reused by the others (two kept the flow ~25 MB lower at 6,000 articles).
    - Arrow on the system allocator, so the per-batch trim (`release_freed_memory`) also returns what Arrow
      frees; must be set before pyarrow is imported.
    """
    os.environ.setdefault("MALLOC_ARENA_MAX", str(arenas))
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_ARENA_MAX, int(os.environ["MALLOC_ARENA_MAX"]))


def release_freed_memory() -> None:
    """Hand memory that was freed (by the batch just finished) back to the operating system."""
    import pyarrow

    pyarrow.default_memory_pool().release_unused()
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
