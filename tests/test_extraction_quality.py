"""Extraction quality stays above a floor on the held-out corpus (166 hand-written articles with gold facts,
nine independently written sets: eval/heldout/README.md).

Runs the real flow, then the project's scorer (eval/score.py) on the warehouse it wrote: a rule change
that helps one article and hurts the language in general shows up here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.ingest_news import ingest_news

REPO = Path(__file__).resolve().parent.parent
HELDOUT = REPO / "eval" / "heldout"
FLOORS = {
    # A few points under the figures measured when these floors were set (166 articles, overall 0.991,
    # every field 0.980 or more): noise of an item or two passes, a rule that hurts the language in
    # general does not.
    "overall": 0.97,
    "published": 1.0,
    "dateline": 0.97,
    "agency": 0.97,
    "anniversary": 0.95,
    "counts": 0.96,
    "counts_full": 0.95,
    "persons": 0.97,
    "titles": 0.95,
    "organizations": 0.95,
    "locations": 0.96,
    "dates": 0.97,
}


@pytest.mark.usefixtures("prefect_backend")
def test_heldout_f1_stays_above_floor(tmp_path: Path):
    warehouse = tmp_path / "warehouse"
    ingest_news(str(HELDOUT / "raw"), str(warehouse), processes=1)
    report = tmp_path / "score.json"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "eval/score.py"),
            "--warehouse",
            str(warehouse),
            "--gold",
            str(HELDOUT / "gold"),
            "--json",
            str(report),
        ],
        check=True,
    )
    scores = json.loads(report.read_text())
    assert scores["articles_missing"] == []
    f1 = {field: figures["f1"] for field, figures in scores["fields"].items()} | {
        "overall": scores["overall_f1"]
    }
    below = {field: (f1[field], floor) for field, floor in FLOORS.items() if f1[field] < floor}
    assert not below, f"F1 below floor (got, floor): {below}"
