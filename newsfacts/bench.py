"""`newsfacts bench`: end-to-end throughput against the IO and NLP floors, on one corpus, in one run.

Figures: articles/s of `newsfacts run` (a real CLI subprocess), seconds per stage (from the run summary),
peak RSS and PSS of the run's whole process tree, the no-op re-run time (with the temporary Prefect API the CLI
starts, and against an API already running), Parquet files per partition, and
side by side the two floors: (a) reading every file and running one regex, (b) bare `nlp.pipe` of the
spaCy pipeline extraction uses.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import psutil

from newsfacts import __version__
from newsfacts.bench_corpus import write_corpus
from newsfacts.header import ParsedArticle, parse_raw_article


@dataclass
class BenchResult:
    articles: int
    cores: int
    e2e_seconds: float
    e2e_articles_per_s: float
    e2e_cores_busy: float
    """CPU seconds of the run's whole process tree per wall second: 2.0 is both cores busy throughout."""
    peak_rss_mb: float
    peak_pss_mb: float
    noop_rerun_seconds: float
    """`newsfacts run` over the loaded corpus, as typed: it boots a temporary Prefect API when none is set."""
    io_floor_articles_per_s: float
    nlp_floor_articles_per_s: float
    nlp_floor_2proc_articles_per_s: float
    extraction_articles_per_s: float
    floor_sample: int
    stage_seconds: dict[str, float] = field(default_factory=dict)
    noop_rerun_running_api_seconds: float = 0.0
    """The same no-op against a Prefect API already up, as scheduled runs of a deployment meet it (0: not
    measured, in rows from before it was)."""
    max_files_per_partition: int = 0
    rows_written: dict[str, int] = field(default_factory=dict)
    version: str = __version__
    when: str = field(default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


class MemorySampler(threading.Thread):
    """Samples the memory of a process and all its children until stopped; keeps the peaks.

    Two sums: RSS, which counts a page shared by several processes (libraries, the spawn workers' common
    imports) once per process, and PSS (Linux), which splits each shared page between its sharers, so the
    sum is the tree's real footprint.
    """

    def __init__(self, pid: int, every: float = 0.5, pss_every: int = 10) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.pss_every = pid, every, pss_every
        self._stop_event = threading.Event()
        self.peak = self.peak_pss = 0

    def run(self) -> None:
        sample = 0
        while not self._stop_event.is_set():
            # PSS costs the kernel a walk of each process's page tables (~15 ms for a spaCy worker): read
            # four times a second for the whole tree it took a fifth of a core from the run being measured.
            with_pss = sample % self.pss_every == 0
            sample += 1
            try:
                root = psutil.Process(self.pid)
                procs = [root, *root.children(recursive=True)]
                rss = pss = 0
                for proc in procs:
                    with contextlib.suppress(psutil.Error):
                        rss += proc.memory_info().rss
                        pss += getattr(proc.memory_full_info(), "pss", 0) if with_pss else 0
                self.peak = max(self.peak, rss)
                self.peak_pss = max(self.peak_pss, pss)
            except psutil.Error:
                pass
            self._stop_event.wait(self.every)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass
class TimedRun:
    seconds: float
    peak_rss: int
    """Bytes, summed over the process tree."""
    peak_pss: int
    """Bytes, summed over the process tree (0 where the OS has no PSS)."""
    cpu_seconds: float
    """User + system time of the command and every descendant it waited for."""


def _timed_run(cmd: list[str], env: dict[str, str]) -> TimedRun:
    """Run a command, measuring its wall time, the peak RSS of its process tree and its CPU time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    sampler = MemorySampler(proc.pid)
    sampler.start()
    code = proc.wait()
    seconds = time.perf_counter() - start
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code:
        raise RuntimeError(f"{' '.join(cmd)} exited with {code}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return TimedRun(seconds, sampler.peak, sampler.peak_pss, cpu)


def noop_against_running_api(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds of `cmd` with a Prefect API already answering (the configured one, else one started here and
    stopped after): what a run costs without booting the temporary API."""
    if env.get("PREFECT_API_URL"):
        return _timed_run(cmd, env).seconds
    from newsfacts.prefect_api import TemporaryApi

    api = TemporaryApi()
    try:
        api.wait_until_ready()
        return _timed_run(cmd, {**env, "PREFECT_API_URL": api.url}).seconds
    finally:
        api.stop()


def io_floor(files: list[Path]) -> float:
    """Articles/s of reading every file and running one regex: what no pipeline can beat."""
    pattern = re.compile(r"\b\d+ (?:people|killed|dead)\b")
    start = time.perf_counter()
    hits = 0
    for path in files:
        hits += bool(pattern.search(path.read_text(encoding="utf-8")))
    return len(files) / (time.perf_counter() - start)


def _bodies(files: list[Path]) -> list[str]:
    bodies = []
    for path in files:
        parsed = parse_raw_article(path.read_bytes(), date.today())
        if isinstance(parsed, ParsedArticle):
            bodies.append(parsed.body)
    return bodies


def nlp_floor(bodies: list[str], processes: int = 1) -> float:
    """Articles/s of bare `nlp.pipe` over the bodies, the pipeline extraction runs on."""
    from newsfacts.extract.nlp import load_nlp

    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=32, n_process=processes):
        pass
    return len(bodies) / (time.perf_counter() - start)


def extraction_speed(bodies: list[str], processes: int) -> float:
    """Articles/s of the extraction step the pipeline runs (spaCy plus every fact extractor), on
    `processes` worker processes, warmed up first as they are in a run."""
    from newsfacts.extract.parallel import extract_many

    today = date.today()
    items = [(body, today) for body in bodies]
    extract_many(items[: 32 * processes], processes)  # start the workers and load the model
    start = time.perf_counter()
    extract_many(items, processes)
    return len(items) / (time.perf_counter() - start)


def files_per_partition(warehouse: Path) -> int:
    counts = Counter(p.parent for p in warehouse.glob("*/year=*/month=*/*.parquet"))
    return max(counts.values(), default=0)


def run_benchmark(
    articles: int, workdir: Path, templates_dir: Path | None = None, floor_sample: int | None = None
) -> BenchResult:
    """Build (or reuse) a corpus of `articles` files under `workdir` and measure everything on it.

    The NLP floors and the extraction speed run over the first `floor_sample` articles of the corpus
    (all of them by default): at 100,000 articles each of those passes alone takes many minutes.
    """
    corpus = workdir / f"corpus-{articles}"
    files = sorted(corpus.glob("*.txt")) if corpus.exists() else []
    if len(files) != articles:
        shutil.rmtree(corpus, ignore_errors=True)
        print(f"writing {articles} articles to {corpus}", file=sys.stderr)
        files = write_corpus(corpus, articles, templates_dir)
    warehouse = workdir / f"warehouse-{articles}"
    shutil.rmtree(warehouse, ignore_errors=True)
    summary_path = workdir / f"summary-{articles}.json"

    env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"}
    cmd = [sys.executable, "-m", "newsfacts.cli", "run", "--raw", str(corpus), "--warehouse", str(warehouse)]
    print("end-to-end run ...", file=sys.stderr)
    e2e = _timed_run([*cmd, "--summary-json", str(summary_path)], env)
    summary = json.loads(summary_path.read_text())
    print("no-op re-run ...", file=sys.stderr)
    noop = _timed_run(cmd, env)
    print("no-op re-run against a running Prefect API ...", file=sys.stderr)
    noop_running_api = noop_against_running_api(cmd, env)

    print("IO floor ...", file=sys.stderr)
    io_rate = io_floor(files)
    bodies = _bodies(files[:floor_sample] if floor_sample else files)
    cores = os.cpu_count() or 1
    print(f"NLP floor (1 process, {len(bodies)} articles) ...", file=sys.stderr)
    nlp_rate = nlp_floor(bodies, 1)
    print("NLP floor (one process per core) ...", file=sys.stderr)
    nlp_rate_cores = nlp_floor(bodies, cores)
    print("extraction (one process per core) ...", file=sys.stderr)
    extract_rate = extraction_speed(bodies, cores)
    return BenchResult(
        articles=articles,
        cores=os.cpu_count() or 1,
        e2e_seconds=round(e2e.seconds, 1),
        e2e_articles_per_s=round(articles / e2e.seconds, 1),
        e2e_cores_busy=round(e2e.cpu_seconds / e2e.seconds, 2),
        peak_rss_mb=round(e2e.peak_rss / 2**20),
        peak_pss_mb=round(e2e.peak_pss / 2**20),
        noop_rerun_seconds=round(noop.seconds, 1),
        noop_rerun_running_api_seconds=round(noop_running_api, 1),
        io_floor_articles_per_s=round(io_rate),
        nlp_floor_articles_per_s=round(nlp_rate, 1),
        nlp_floor_2proc_articles_per_s=round(nlp_rate_cores, 1),
        extraction_articles_per_s=round(extract_rate, 1),
        floor_sample=len(bodies),
        stage_seconds={k: round(v, 1) for k, v in summary.get("stage_seconds", {}).items()},
        max_files_per_partition=files_per_partition(warehouse),
        rows_written=summary.get("rows_written", {}),
    )


def markdown_row(r: BenchResult) -> str:
    stages = ", ".join(f"{k} {v}" for k, v in r.stage_seconds.items())
    floor = r.nlp_floor_2proc_articles_per_s
    ratio = r.e2e_articles_per_s / floor if floor else 0
    extraction = r.extraction_articles_per_s / floor if floor else 0
    return (
        f"| {r.when} | {r.version} | {r.cores} | {r.articles:,} | {r.e2e_articles_per_s} | {r.e2e_cores_busy} | "
        f"{r.nlp_floor_articles_per_s} | {r.nlp_floor_2proc_articles_per_s} | {r.extraction_articles_per_s} | "
        f"{r.floor_sample:,} | {ratio:.0%} | {extraction:.0%} | "
        f"{r.io_floor_articles_per_s:,} | {r.peak_rss_mb:,.0f} | {r.peak_pss_mb:,.0f} | {r.noop_rerun_seconds} | "
        f"{r.noop_rerun_running_api_seconds or 'not measured'} | {r.max_files_per_partition} | {stages} |"
    )


HEADER = (
    "| when | version | cores | articles | e2e art/s | e2e cores busy | NLP floor art/s (1 proc) "
    "| NLP floor art/s (1 proc/core) | extraction art/s (1 proc/core) | floors measured on "
    "| e2e / NLP floor (1 proc/core) | extraction / NLP floor (1 proc/core) | IO floor art/s "
    "| peak RSS MB (sum) | peak PSS MB (sum) | no-op re-run s | no-op re-run s (API running) "
    "| max files/partition | stage seconds |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def append_to_markdown(result: BenchResult, path: Path) -> None:
    """Append one row to the results table of BENCHMARKS.md (creating the file with its header if missing);
    notes and other tables around it are kept where they are."""
    if not path.exists():
        path.write_text(
            "# Benchmarks\n\nWritten by `newsfacts bench` (see README). Machine: "
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}.\n\n"
            f"{HEADER}\n"
        )
    lines = path.read_text().splitlines()
    header = next((i for i, line in enumerate(lines) if line.startswith("| when |")), None)
    if header is None:  # a hand-written file without the results table: add it at the end
        lines += ["", HEADER]
        header = len(lines) - 2
    end = header
    while end + 1 < len(lines) and lines[end + 1].startswith("|"):
        end += 1
    lines.insert(end + 1, markdown_row(result))
    path.write_text("\n".join(lines) + "\n")


def result_json(result: BenchResult) -> str:
    return json.dumps(asdict(result), indent=2)
