"""`newsfacts run` without a configured Prefect API starts a temporary one early and stops it afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import REPO

from newsfacts.prefect_api import prefect_api, server_environment

RUN_WITH_TEMPORARY_API = textwrap.dedent(
    """
    import json, os, urllib.request
    from newsfacts.prefect_api import prefect_api
    from prefect.settings import PREFECT_API_URL, get_current_settings

    with prefect_api() as server:
        server.wait_until_ready()
        seen = {
            "url": server.url,
            "setting": PREFECT_API_URL.value(),
            "inherited": os.environ["PREFECT_API_URL"],
            "health": urllib.request.urlopen(server.url + "/health").status,
            "heartbeat": get_current_settings().flows.heartbeat_frequency,
            "server_env": open(f"/proc/{server.process.pid}/environ").read().split("\\0"),
        }
    seen["stopped"] = server.process.poll() is not None
    seen["env_after"] = os.environ.get("PREFECT_API_URL")
    print(json.dumps(seen))
    """
)


def test_without_an_api_a_temporary_one_serves_the_run_and_its_children_then_stops(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {
        "PREFECT_HOME": str(tmp_path),
        # As the CLI sets it: a first start (migrations on a new database) on a busy CI machine passes 20 s.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PYTHONPATH": str(REPO),
    }
    result = subprocess.run(
        [sys.executable, "-c", RUN_WITH_TEMPORARY_API], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["health"] == 200
    assert seen["setting"] == seen["inherited"] == seen["url"]
    assert seen["stopped"] and seen["env_after"] is None
    # Nothing left for the server to do after the run: no heartbeat thread to wait for, no telemetry to send.
    assert seen["heartbeat"] is None
    assert "PREFECT_SERVER_ANALYTICS_ENABLED=false" in seen["server_env"]
    assert (tmp_path / "prefect.db").exists()  # Prefect's own database under PREFECT_HOME, as without us
    assert "Starting temporary server on " + seen["url"] in result.stderr


def test_the_temporary_server_keeps_an_analytics_choice_made_in_the_environment():
    assert (
        server_environment({"PREFECT_SERVER_ANALYTICS_ENABLED": "true"})["PREFECT_SERVER_ANALYTICS_ENABLED"]
        == "true"
    )
    assert server_environment({})["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false"
    assert (
        server_environment({"PREFECT_UI_ENABLED": "1"})["PREFECT_UI_ENABLED"] == "0"
    )  # it has no UI to serve


def test_a_configured_api_is_used_and_no_server_is_started(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    with prefect_api() as server:
        assert server is None
        assert os.environ["PREFECT_API_URL"] == "http://127.0.0.1:9/api"
