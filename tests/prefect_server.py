"""Real parts for tests: a `prefect server start` on a free loopback port, its REST API, and Chromium.

Tests use the server the way a user does (the CLI with PREFECT_API_URL, the UI in a browser) and read
results back through the REST API with httpx, independent of the in-process test harness.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from newsfacts.prefect_api import free_port

BIN = Path(sys.executable).parent
RETRY_CODES = {429, 502, 503}
RETRIES = 5


def wait_for(check: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll `check` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


class PrefectServer:
    """A running `prefect server start` and a small client for its REST API."""

    def __init__(self, url: str, log: Path) -> None:
        self.url = url
        self.api_url = f"{url}/api"
        self.log = log
        self.http = httpx.Client(base_url=self.api_url, timeout=30)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a process that reports to this server."""
        return {**os.environ, "PREFECT_API_URL": self.api_url, "PREFECT_LOGGING_LEVEL": "INFO", **extra}

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One API call, retried like Prefect's own client does on 429/502/503.

        On a busy 2-core machine the SQLite-backed server answers 503 when a write waits too long for the
        database lock; Prefect's client retries those, so a test talking to the API directly does too.
        """
        for attempt in range(RETRIES + 1):
            response = self.http.request(method, path, **kwargs)
            if response.status_code not in RETRY_CODES or attempt == RETRIES:
                return response
            time.sleep(2**attempt)
        return response

    def get(self, path: str) -> Any:
        response = self.request("GET", path)
        response.raise_for_status()
        return response.json()

    def post(self, path: str, body: dict | None = None) -> Any:
        response = self.request("POST", path, json=body or {})
        response.raise_for_status()
        return response.json()

    def flow_runs(self, **flow_run_filter: Any) -> list[dict]:
        return self.post("/flow_runs/filter", {"flow_runs": flow_run_filter, "sort": "START_TIME_DESC"})

    def artifacts(self, flow_run_id: str) -> list[dict]:
        return self.post("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}})

    def task_runs(self, flow_run_id: str) -> list[dict]:
        return self.post("/task_runs/filter", {"flow_runs": {"id": {"any_": [flow_run_id]}}})

    def logs(self, flow_run_id: str) -> list[str]:
        rows = self.post("/logs/filter", {"logs": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 200})
        return [row["message"] for row in rows]

    def wait_for_final_state(self, flow_run_id: str, timeout: float) -> dict:
        def final() -> dict | None:
            run = self.get(f"/flow_runs/{flow_run_id}")
            return run if run["state_type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None

        return wait_for(final, timeout, f"flow run {flow_run_id} to finish")


@contextmanager
def prefect_server(home: Path, timeout: float = 120) -> Iterator[PrefectServer]:
    """`prefect server start` (SQLite under `home`) on a free loopback port, stopped afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_UI_API_URL": f"{url}/api",  # the UI's own calls; it defaults to port 4200
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    log = home / "server.log"
    home.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = PrefectServer(url, log)
    try:

        def healthy() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"prefect server exited early:\n{log.read_text()[-3000:]}")
            try:
                return server.http.get("/health").status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(healthy, timeout, f"prefect server on {url}")
        yield server
    finally:
        server.http.close()
        stop(process)


def stop(process: subprocess.Popen, timeout: float = 30) -> None:
    """Ask a process to stop (Ctrl-C), then insist."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
