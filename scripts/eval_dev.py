"""Developer tool: extract facts from a folder of raw files straight into a flat warehouse and score it.

    .venv/bin/python scripts/eval_dev.py [--raw ../shared/corpus/dev/raw] [--gold ../shared/corpus/dev/gold]
                                         [--warehouse /tmp/newsfacts-eval] [--verbose]

Skips Prefect, validation and partitioning so an extraction change can be scored in seconds.
Extractors that are not written yet (NotImplementedError) contribute nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from newsfacts.extract import article_meta, counts, dates, entities
from newsfacts.extract.nlp import load_nlp
from newsfacts.header import ParsedArticle, parse_raw_article

ROOT = Path(__file__).resolve().parent.parent


def _try(fn, *args, default):
    try:
        return fn(*args)
    except NotImplementedError:
        return default


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, default=ROOT.parent / "shared/corpus/dev/raw")
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared/corpus/dev/gold")
    ap.add_argument("--warehouse", type=Path, default=Path("/tmp/newsfacts-eval"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    nlp = load_nlp()
    rows: dict[str, list[dict]] = {t: [] for t in ("articles", "counts", "persons", "organizations", "locations", "dates")}
    for path in sorted(args.raw.glob("*.txt")):
        data = path.read_bytes()
        parsed = parse_raw_article(data, date.today())
        if not isinstance(parsed, ParsedArticle):
            print(f"{path.name}: {parsed}", file=sys.stderr)
            continue
        aid = hashlib.sha256(data).hexdigest()[:16]
        doc = nlp(parsed.body)
        place, country = _try(article_meta.extract_dateline, parsed.body, default=(None, None))
        ordinal, of_year = _try(article_meta.extract_anniversary, doc, parsed.published, default=(None, None))
        rows["articles"].append(
            {
                "article_id": aid,
                "source_file": path.name,
                "published": parsed.published,
                "dateline_place": place,
                "dateline_country": country,
                "agency": _try(article_meta.extract_agency, doc, default=None),
                "anniversary_ordinal": ordinal,
                "anniversary_of_year": of_year,
            }
        )
        for table, facts in (
            ("counts", _try(counts.extract_counts, doc, default=[])),
            ("persons", _try(entities.extract_persons, doc, default=[])),
            ("organizations", _try(entities.extract_organizations, doc, default=[])),
            ("locations", _try(entities.extract_locations, doc, default=[])),
            ("dates", _try(dates.extract_dates, doc, parsed.published, default=[])),
        ):
            rows[table] += [{"article_id": aid, **dataclasses.asdict(f)} for f in facts]

    shutil.rmtree(args.warehouse, ignore_errors=True)
    for table, table_rows in rows.items():
        if table_rows:
            (args.warehouse / table).mkdir(parents=True)
            pq.write_table(pa.Table.from_pylist(table_rows), args.warehouse / table / "part-0.parquet")
    cmd = [sys.executable, str(ROOT.parent / "shared/eval/score.py"), "--warehouse", str(args.warehouse)]
    cmd += ["--gold", str(args.gold)] + (["--verbose"] if args.verbose else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
