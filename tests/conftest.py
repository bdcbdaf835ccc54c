"""Shared fixtures: a Prefect backend for flow tests and a raw folder built from the shipped samples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "raw").glob("*.txt"))


@pytest.fixture(scope="session")
def prefect_backend():
    """One throwaway Prefect API (SQLite) for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """A raw folder holding the two sample articles that ship in raw/."""
    folder = tmp_path / "raw"
    folder.mkdir()
    for sample in SAMPLES:
        shutil.copy2(sample, folder / sample.name)
    return folder
