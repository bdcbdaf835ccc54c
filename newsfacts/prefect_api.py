"""A temporary Prefect API for a command-line run when no API is configured, started before the heavy imports.

Left to itself, Prefect starts the same temporary server the first time the flow calls its API: after the flow's
modules are imported (~2.5 s) and after importing the server's own code into the flow process too (~4 s and
~75 MB that the flow never uses). Started here, right after the settings are read, the server boots (~9 s on a
busy 2-core machine) while the flow's modules import, the flow process stays lighter, and every process the
run starts (a local Dask cluster's workers) reports to this one API through the PREFECT_API_URL it inherits.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping

SERVER_ENVIRONMENT = {
    # What Prefect's own temporary server (prefect.server.api.server.SubprocessASGIServer) runs with: no UI,
    # and the background services a short-lived API does not need switched off.
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
}
SERVER_DEFAULTS = {
    # Usage telemetry is one of the few services Prefect keeps on in a temporary server: it writes to the
    # database while the run starts, and offline it logs "Failed to send telemetry" in the middle of the run.
    # Off unless the environment says otherwise.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


def server_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The temporary server's environment: ours, with SERVER_DEFAULTS where it says nothing and
    SERVER_ENVIRONMENT always."""
    return {**SERVER_DEFAULTS, **environ, **SERVER_ENVIRONMENT}


def free_port() -> int:
    """A loopback port free right now (another process may still take it before it is bound)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class TemporaryApi:
    """A Prefect API server process on a free loopback port, using Prefect's database (PREFECT_HOME)."""

    def __init__(self) -> None:
        self.port = free_port()
        command = [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app"]
        command += [
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ]
        self.process = subprocess.Popen(command, env=server_environment(os.environ))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait_until_ready(self) -> None:
        """Block until the API answers its health check; raise, saying what to do, if it never does."""
        from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

        timeout = PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                raise RuntimeError(
                    f"The temporary Prefect API exited with code {code} while starting (its messages are "
                    "above; 3 means its port was taken: run again). Or set PREFECT_API_URL to a running "
                    "server (`prefect server start`)."
                )
            health = f"{self.url}/health"
            with contextlib.suppress(OSError), urllib.request.urlopen(health, timeout=2) as response:
                if response.status == 200:
                    return
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(
            f"The temporary Prefect API did not answer within {timeout:.0f} s. On a busy machine raise "
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or set PREFECT_API_URL to a running server."
        )

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def prefect_api() -> Iterator[TemporaryApi | None]:
    """The API this run reports to: the configured one (yields None), or a temporary server started now and
    stopped on exit (yields it; call `wait_until_ready` before the first flow call).

    The server is started before Prefect's settings are read, since reading them costs ~2.5 s of imports.
    The environment, where PREFECT_API_URL is usually set, is checked first; a URL set elsewhere (a Prefect
    profile, prefect.toml) stops the server again while it is still importing its code.
    """
    server = None if os.environ.get("PREFECT_API_URL") else TemporaryApi()
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        PREFECT_UI_URL,
        temporary_settings,
    )

    if PREFECT_API_URL.value() or server is None:
        if server is not None:
            server.stop()
        yield None
        return
    print(f"Starting temporary server on {server.url} (set PREFECT_API_URL to keep runs)", file=sys.stderr)
    os.environ["PREFECT_API_URL"] = server.url  # for the processes this run starts
    settings = {
        PREFECT_API_URL: server.url,
        # No "View at <link>" for a run: this server has no UI (and is gone when the run ends).
        PREFECT_UI_URL: "",
        # Heartbeats let a long-lived server mark a flow run whose process died as crashed; this server dies
        # with the run, so they would only cost the run up to a second at its end (Prefect joins the thread).
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None,
    }
    try:
        with temporary_settings(updates=settings):  # for this process
            try:
                yield server
            finally:
                _send_pending_logs_and_events()
    finally:
        del os.environ["PREFECT_API_URL"]
        server.stop()


def _send_pending_logs_and_events() -> None:
    """Prefect sends logs and events from background threads: let them reach the server before it stops."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()
    EventsWorker.drain_all()
