"""Shared fixtures: a Prefect backend for flow tests and a raw folder built from the shipped samples."""

from __future__ import annotations

import os
import shutil
import subprocess
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


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium for the browser tests, installed with apt-get when missing (CI runs as root)."""
    if found := shutil.which("chromium"):
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.fail("the browser tests need Chromium: install it with `sudo apt-get install -y chromium`")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            pytest.fail(f"`{' '.join(command)}` failed, so Chromium is missing:\n{done.stderr[-2000:]}")
    return shutil.which("chromium") or pytest.fail("apt-get installed chromium but it is not on PATH")
