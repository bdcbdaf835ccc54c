"""Progress reporting that works with or without a terminal watching.

The CLI installs a reporter (a rich progress bar); the flow reports articles done through `advance`.
Runs started by a deployment have no reporter and report only to the Prefect UI.
"""

from __future__ import annotations

from collections.abc import Callable

_reporter: Callable[[int, int], None] | None = None


def set_reporter(reporter: Callable[[int, int], None] | None) -> None:
    """Install `reporter(done, total)`; None removes it."""
    global _reporter
    _reporter = reporter


def report(done: int, total: int) -> None:
    if _reporter is not None:
        _reporter(done, total)
