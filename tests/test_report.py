"""`newsfacts report`: a self-contained page whose plots a real browser draws."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from analyst_warehouse import build

from newsfacts.cli import main
from newsfacts.report import build_report

PLOTS = ("facts-per-day", "counts-by-category", "top-entities", "quarantine-reasons", "validation-pass-rate")

# Appended to a copy of the page: after layout, record what the browser actually drew for each plot.
MEASURE = """
<script>
for (const figure of document.querySelectorAll('figure.plot[id^="plot-"]')) {
  const svg = figure.querySelector('svg');
  const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
  const drawn = svg ? [...svg.querySelectorAll('path, rect, use, text')].filter(
    (el) => { const b = el.getBoundingClientRect(); return b.width > 0 || b.height > 0; }).length : 0;
  figure.setAttribute('data-measured', JSON.stringify({width: box.width, height: box.height, drawn: drawn,
    text: svg ? svg.textContent : ''}));
}
</script>
"""


def render_dom(chromium: str, page: Path, profile: Path) -> str:
    """The DOM after Chromium loaded and laid out `page`, offline."""
    done = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--window-size=1280,2000",
            "--virtual-time-budget=15000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("report") / "warehouse")


def test_report_is_self_contained_and_escapes_what_it_shows(warehouse: Path, tmp_path: Path):
    output = tmp_path / "out" / "report.html"
    assert main(["report", "--warehouse", str(warehouse), "--output", str(output)]) == 0
    html = output.read_text()

    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), "the page must not load anything"
    assert "<script" not in html and "<link" not in html
    assert "Red Crescent &lt;Society&gt; &amp; Co" in html and "<Society>" not in html
    for plot in PLOTS:
        assert re.search(rf'<figure class="plot" id="plot-{plot}" data-has-plot="yes">\s*<h2>', html)
    assert "613: Report, Trend · 612: AzerTag" in html  # a disputed claim: each figure and who states it


def test_chromium_draws_every_plot(chromium: str, warehouse: Path, tmp_path: Path):
    page = tmp_path / "measured.html"
    page.write_text(build_report(warehouse).replace("</body>", MEASURE + "</body>"))

    dom = render_dom(chromium, page, tmp_path / "profile")

    measured = dict(re.findall(r'id="plot-([a-z-]+)" data-has-plot="yes" data-measured="([^"]*)"', dom))
    assert set(measured) == set(PLOTS), f"plots the browser saw: {sorted(measured)}"
    for plot, raw in measured.items():
        drawn = json.loads(raw.replace("&quot;", '"'))
        assert drawn["width"] > 300 and drawn["height"] > 100, (plot, drawn)
        assert drawn["drawn"] >= 10, (plot, drawn)
    text = {plot: json.loads(raw.replace("&quot;", '"'))["text"] for plot, raw in measured.items()}
    assert "killed" in text["counts-by-category"] and "captured" in text["counts-by-category"]
    assert "Emin Rustamov" in text["top-entities"] and "AzerTag" in text["top-entities"]
    assert "validate: expectation_failed" in text["quarantine-reasons"]
    assert "parse: empty_file" in text["quarantine-reasons"]
    assert "rows passing validation" in text["validation-pass-rate"]


def test_report_of_an_empty_warehouse_says_there_is_nothing_yet(tmp_path: Path):
    (tmp_path / "warehouse").mkdir()
    html = build_report(tmp_path / "warehouse")

    assert "<svg" not in html
    assert html.count('data-has-plot="no"') == len(PLOTS)
    assert "No runs recorded yet." in html and "Nothing quarantined" in html


def test_missing_warehouse_is_an_error_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    missing = tmp_path / "nowhere"
    assert main(["report", "--warehouse", str(missing), "--output", str(tmp_path / "r.html")]) == 2
    assert str(missing) in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_pass_rate_attributes_validation_failures_to_their_run(warehouse: Path, tmp_path: Path):
    from analyst_warehouse import RUN_1, RUN_2

    from newsfacts.report import run_pass_rates
    from newsfacts.sql import connect

    runs = {r["run"]: r for r in run_pass_rates(connect(warehouse))}
    assert set(runs) == {RUN_1, RUN_2}
    assert (runs[RUN_1]["files_loaded"], runs[RUN_1]["files_quarantined"], runs[RUN_1]["failed"]) == (3, 1, 0)
    # run 2 wrote its article, one count and one organization; one more row failed validation
    assert (runs[RUN_2]["files_loaded"], runs[RUN_2]["rows"], runs[RUN_2]["failed"]) == (1, 3, 1)


def test_without_validation_failures_the_page_shows_file_acceptance_only(warehouse: Path, tmp_path: Path):
    copy = shutil.copytree(warehouse, tmp_path / "warehouse")
    for part in (copy / "quarantine").rglob("part-run2.parquet"):  # the run that had a validation failure
        part.unlink()
    html = build_report(copy)

    assert re.search(r'id="plot-validation-pass-rate" data-has-plot="yes"', html)
    assert "raw files accepted" in html and "rows passing validation" not in html
    assert "No row has failed validation so far" in html
