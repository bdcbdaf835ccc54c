"""A long run must hand back what each batch freed: the allocator settings and the per-batch release."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from conftest import REPO

from newsfacts.memory import tune_allocators

FRAGMENTED_HEAP = textwrap.dedent(
    """
    from newsfacts.memory import release_freed_memory

    def rss_mb():
        return int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) >> 10

    blocks = [bytes(1000) for _ in range(200_000)]  # ~200 MB of malloc'd blocks (too big for pymalloc)
    survivors = blocks[::50]  # a batch's leftovers, scattered through the heap
    del blocks
    before = rss_mb()
    release_freed_memory()
    print(before, rss_mb())
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_a_batch_freed_goes_back_to_the_system():
    env = {"MALLOC_ARENA_MAX": "2", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", FRAGMENTED_HEAP], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    before, after = map(int, result.stdout.split())
    assert before > 150, "the heap was not filled: the test proves nothing"
    assert before - after > 100


def test_allocator_settings_reach_child_processes_and_explicit_ones_win(monkeypatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "")  # recorded, so the delenv below is undone after the test
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    tune_allocators(arenas=3)
    script = "import os; print(os.environ['MALLOC_ARENA_MAX'], os.environ['ARROW_DEFAULT_MEMORY_POOL'])"
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert child.stdout.split() == ["3", "jemalloc"]


def test_the_flow_process_leaves_spacy_to_the_extraction_workers():
    """The flow process hands batches to worker processes; loading spaCy there too would cost every run
    about 0.5 s of start-up (a no-op run included) and the flow process 40 MB."""
    code = "import sys, flows.ingest_news; print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["[]"]
