"""`newsfacts report`: one self-contained HTML page an analyst opens in a browser, offline.

The numbers come from DuckDB over the warehouse views (newsfacts.sql); the plots are drawn with matplotlib
as inline SVG (text kept as text, so it is searchable and sharp), the page is rendered from
templates/report.html.j2 with Jinja2 (autoescaped). No script, stylesheet or font is fetched from anywhere.

Validation pass rate per run: a run is identified by its start time, which stamps `source_files.seen_at`
and `articles.ingested_at`. Files accepted = loaded / (loaded + quarantined) raw files of the run; rows
passing validation = rows written for the run's articles / (those + the run's `validate`-stage quarantine
rows, each assigned to the latest run started before it was quarantined). Without validation rows the
page says so instead of claiming a pass rate.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

from newsfacts import __version__
from newsfacts.sql import connect, to_arrow

FACT_TABLES = ("counts", "persons", "organizations", "locations", "dates")
ENTITY_TABLES = ("persons", "organizations", "locations")
TOP_ENTITIES = 10
PALETTE = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#EECA3B", "#9D755D")


@dataclass
class Plot:
    """One figure of the page: its anchor id, title, caption and inline SVG (None: nothing to plot)."""

    id: str
    title: str
    caption: str
    svg: str | None
    empty_message: str = ""


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def _svg(fig) -> str:
    """The figure as an inline <svg> element that scales with the page."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    return re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 class="plot-svg"', text, count=1)


def _figure(width: float = 8.0, height: float = 3.2, ncols: int = 1):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(1, ncols)
    for ax in axes if ncols > 1 else [axes]:
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="both", color="#e6e6e6", linewidth=0.6)
        ax.set_axisbelow(True)
    return fig, axes


def _barh(ax, labels: list[str], values: list[int], color: str) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    positions = range(len(labels))
    bars = ax.barh(list(positions), values, color=color)
    ax.set_yticks(list(positions), labels)
    ax.invert_yaxis()
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.15)


def facts_per_day(con: duckdb.DuckDBPyConnection) -> Plot:
    union = " UNION ALL ".join(f"SELECT article_id, '{t}' AS kind FROM {t}" for t in FACT_TABLES)
    rows = _rows(
        con,
        f"SELECT a.published, f.kind, count(*) FROM ({union}) f JOIN articles a USING (article_id) "
        "GROUP BY ALL ORDER BY 1, 2",
    )
    plot = Plot(
        "facts-per-day",
        "Facts per day",
        "Fact rows extracted from the articles published each day, by table.",
        None,
        "No facts yet: load articles with newsfacts run.",
    )
    if not rows:
        return plot
    import matplotlib.dates as mdates

    days = sorted({r[0] for r in rows})
    fig, ax = _figure()
    bottom = dict.fromkeys(days, 0)
    width = 0.8 if len(days) < 400 else 1.0
    for color, kind in zip(PALETTE, FACT_TABLES, strict=False):
        values = {r[0]: r[2] for r in rows if r[1] == kind}
        if not values:
            continue
        heights = [values.get(d, 0) for d in days]
        ax.bar(days, heights, width, bottom=[bottom[d] for d in days], label=kind, color=color)
        for d, h in zip(days, heights, strict=True):
            bottom[d] += h
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylabel("fact rows")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(frameon=False, fontsize=8, ncols=len(FACT_TABLES), loc="upper left", bbox_to_anchor=(0, 1.15))
    plot.svg = _svg(fig)
    return plot


def counts_by_category(con: duckdb.DuckDBPyConnection) -> Plot:
    rows = _rows(con, "SELECT category, count(*) FROM counts GROUP BY ALL ORDER BY 2 DESC, 1")
    plot = Plot(
        "counts-by-category",
        "Counts by category",
        "Stated counts (rows of the counts table) per category: how often each kind of figure is reported.",
        None,
        "No counts extracted yet.",
    )
    if rows:
        fig, ax = _figure(height=0.4 + 0.28 * len(rows))
        _barh(ax, [r[0] for r in rows], [r[1] for r in rows], PALETTE[0])
        ax.set_xlabel("counts stated")
        plot.svg = _svg(fig)
    return plot


def top_entities(con: duckdb.DuckDBPyConnection) -> Plot:
    tops = {
        t: _rows(
            con,
            f"SELECT name, count(DISTINCT article_id) AS n FROM {t} GROUP BY ALL "
            f"ORDER BY n DESC, name LIMIT {TOP_ENTITIES}",
        )
        for t in ENTITY_TABLES
    }
    plot = Plot(
        "top-entities",
        "Top entities",
        f"The {TOP_ENTITIES} persons, organizations and locations named in the most articles.",
        None,
        "No entities extracted yet.",
    )
    if any(tops.values()):
        from matplotlib.ticker import MaxNLocator

        longest = max(len(r) for r in tops.values())
        fig, axes = _figure(width=11, height=0.6 + 0.3 * longest, ncols=len(ENTITY_TABLES))
        for ax, color, (table, rows) in zip(axes, PALETTE[1:], tops.items(), strict=False):
            ax.set_title(table, fontsize=10, loc="left")
            if rows:
                _barh(ax, [_shorten(r[0]) for r in rows], [r[1] for r in rows], color)
                ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
            else:
                ax.text(0.5, 0.5, "none", ha="center", va="center", transform=ax.transAxes)
            ax.set_xlabel("articles")
        plot.svg = _svg(fig)
    return plot


def _shorten(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quarantine_reasons(con: duckdb.DuckDBPyConnection) -> Plot:
    rows = _rows(
        con, "SELECT stage || ': ' || reason, count(*) FROM quarantine GROUP BY ALL ORDER BY 2 DESC, 1"
    )
    plot = Plot(
        "quarantine-reasons",
        "Quarantine reasons",
        "What was rejected and why (stage: reason). The detail of each: "
        'newsfacts sql "SELECT source_file, reason, detail FROM quarantine".',
        None,
        "Nothing quarantined: every raw file became an article and no row failed validation.",
    )
    if rows:
        fig, ax = _figure(height=0.4 + 0.28 * len(rows))
        _barh(ax, [r[0] for r in rows], [r[1] for r in rows], PALETTE[3])
        ax.set_xlabel("rows quarantined")
        plot.svg = _svg(fig)
    return plot


def run_pass_rates(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Per run (by start time): raw files accepted and rows passing validation (None without data)."""
    facts = " UNION ALL ".join(f"SELECT article_id FROM {t}" for t in FACT_TABLES)
    return [
        {"run": run, "files_loaded": loaded, "files_quarantined": rejected, "rows": rows, "failed": failed}
        for run, loaded, rejected, rows, failed in _rows(
            con,
            f"""
            WITH runs AS (
                SELECT seen_at AS run,
                       count(*) FILTER (outcome = 'loaded') AS loaded,
                       count(*) FILTER (outcome = 'quarantined') AS rejected
                FROM source_files GROUP BY seen_at
            ),
            written AS (
                SELECT a.ingested_at AS run, count(*) AS n_rows
                FROM (SELECT article_id FROM articles UNION ALL {facts}) f
                JOIN articles a USING (article_id) GROUP BY 1
            ),
            failed AS (
                SELECT r.run, count(*) AS n_failed
                FROM quarantine q ASOF JOIN runs r ON q.quarantined_at >= r.run
                WHERE q.stage = 'validate' GROUP BY 1
            )
            SELECT runs.run, loaded, rejected, coalesce(n_rows, 0), coalesce(n_failed, 0)
            FROM runs LEFT JOIN written USING (run) LEFT JOIN failed USING (run)
            ORDER BY runs.run
            """,
        )
    ]


def validation_pass_rate(con: duckdb.DuckDBPyConnection) -> Plot:
    runs = run_pass_rates(con)
    has_validation = bool(_rows(con, "SELECT 1 FROM quarantine WHERE stage = 'validate' LIMIT 1"))
    caption = (
        "Per run: share of new raw files loaded rather than quarantined, and share of rows that passed "
        "validation (rows written / rows written + rows quarantined by validation)."
    )
    if not has_validation:
        caption += " No row has failed validation so far, so only the file acceptance rate is shown."
    plot = Plot(
        "validation-pass-rate",
        "Validation pass rate over runs",
        caption,
        None,
        "No runs recorded yet.",
    )
    runs = [r for r in runs if r["files_loaded"] + r["files_quarantined"] or r["failed"]]
    if not runs:
        return plot
    import matplotlib.dates as mdates
    from matplotlib.ticker import PercentFormatter

    fig, ax = _figure()
    times = [r["run"] for r in runs]
    files = [100 * r["files_loaded"] / max(1, r["files_loaded"] + r["files_quarantined"]) for r in runs]
    ax.plot(times, files, marker="o", color=PALETTE[0], linestyle="--", label="raw files accepted")
    rows = [100 * r["rows"] / max(1, r["rows"] + r["failed"]) for r in runs] if has_validation else []
    if rows:
        ax.plot(times, rows, marker="s", markersize=4, color=PALETTE[2], label="rows passing validation")
    lowest = min(files + rows)
    ax.set_ylim(max(0, 10 * math.floor((lowest - 5) / 10)), 101)  # room to see a dip
    ax.yaxis.set_major_formatter(PercentFormatter())
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel("run started (UTC)")
    if len(times) == 1:  # one run: give the lone point some room
        ax.set_xlim(times[0] - timedelta(hours=1), times[0] + timedelta(hours=1))
    ax.legend(frameon=False, fontsize=8, loc="best")
    plot.svg = _svg(fig)
    return plot


def summary(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """The headline numbers shown above the plots."""
    articles, first, last, agencies = _rows(
        con, "SELECT count(*), min(published), max(published), count(DISTINCT agency) FROM articles"
    )[0]
    facts = sum(_rows(con, f"SELECT count(*) FROM {t}")[0][0] for t in FACT_TABLES)
    quarantined = _rows(con, "SELECT count(*) FROM quarantine")[0][0]
    statuses = dict(_rows(con, "SELECT status, count(*) FROM claims GROUP BY ALL"))
    span = f"{first} to {last}" if first else "none yet"
    claims = ", ".join(f"{statuses.get(s, 0)} {s}" for s in ("agree", "range", "conflict", "single"))
    return [
        ("articles", f"{articles:,}"),
        ("published", span),
        ("agencies", f"{agencies:,}"),
        ("fact rows", f"{facts:,}"),
        ("quarantined", f"{quarantined:,}"),
        ("claims", claims),
    ]


def disputed_claims(con: duckdb.DuckDBPyConnection, limit: int = 25) -> list[dict]:
    """Claims whose sources give different figures (conflict first), with what each source says."""
    rows = to_arrow(
        con.sql(
            f"""
        SELECT category, subject, event_period, status, n_articles, reports
        FROM claims WHERE status IN ('conflict', 'range')
        ORDER BY status = 'conflict' DESC, n_articles DESC, category, subject, event_start LIMIT {limit}
        """
        )
    )
    disputed = []
    for claim in rows.to_pylist():
        sources: dict[tuple[int, str], list[str]] = {}
        for r in claim.pop("reports"):
            names = sources.setdefault((r["value"], r["qualifier"]), [])
            if (name := r["agency"] or r["source_file"]) not in names:
                names.append(name)
        statements = [
            f"{_figure_text(value, qualifier)}: {', '.join(names)}"
            for (value, qualifier), names in sorted(
                sources.items(), key=lambda item: (-len(item[1]), item[0])
            )
        ]
        disputed.append({**claim, "statements": statements})
    return disputed


def _figure_text(value: int, qualifier: str) -> str:
    words = {"exact": "", "at_least": "at least ", "at_most": "at most ", "approx": "about "}
    return f"{words.get(qualifier, qualifier + ' ')}{value:,}"


def build_report(warehouse: str | Path) -> str:
    """The report page as HTML text."""
    import matplotlib
    from jinja2 import Environment, PackageLoader

    con = connect(warehouse)
    try:
        with matplotlib.rc_context(
            {"svg.fonttype": "none", "svg.hashsalt": "newsfacts", "font.size": 9, "axes.titlesize": 10}
        ):
            plots = [
                facts_per_day(con),
                counts_by_category(con),
                top_entities(con),
                quarantine_reasons(con),
                validation_pass_rate(con),
            ]
        context = {
            "warehouse": str(warehouse),
            "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "version": __version__,
            "summary": summary(con),
            "plots": plots,
            "disputed": disputed_claims(con),
        }
    finally:
        con.close()
    env = Environment(loader=PackageLoader("newsfacts", "templates"), autoescape=True)
    return env.get_template("report.html.j2").render(**context)


def write_report(warehouse: str | Path, output: str | Path) -> Path:
    """Render the report and write it to `output`."""
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(build_report(warehouse), encoding="utf-8")
    return path
