"""Developer tool: extract facts from a folder of raw files straight into a flat warehouse and score it.

    .venv/bin/python scripts/eval_dev.py [--raw eval/heldout/raw] [--gold eval/heldout/gold]
                                         [--warehouse /tmp/newsfacts-eval] [--verbose]

Score the dev corpus with `--raw ../shared/corpus/dev/raw --gold ../shared/corpus/dev/gold`.

Skips Prefect, validation and partitioning so an extraction change can be scored in seconds.
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

from newsfacts.extract.article import extract_article
from newsfacts.extract.nlp import load_nlp
from newsfacts.header import ParsedArticle, parse_raw_article

ROOT = Path(__file__).resolve().parent.parent


ARTICLE_FIELDS = (
    "dateline_place",
    "dateline_country",
    "agency",
    "anniversary_ordinal",
    "anniversary_of_year",
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, default=ROOT / "eval/heldout/raw")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval/heldout/gold")
    ap.add_argument("--warehouse", type=Path, default=Path("/tmp/newsfacts-eval"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    nlp = load_nlp()
    rows: dict[str, list[dict]] = {
        t: [] for t in ("articles", "counts", "persons", "organizations", "locations", "dates")
    }
    for path in sorted(args.raw.glob("*.txt")):
        data = path.read_bytes()
        parsed = parse_raw_article(data, date.today())
        if not isinstance(parsed, ParsedArticle):
            print(f"{path.name}: {parsed}", file=sys.stderr)
            continue
        aid = hashlib.sha256(data).hexdigest()[:16]
        facts = extract_article(nlp(parsed.body), parsed.published)
        rows["articles"].append(
            {
                "article_id": aid,
                "source_file": path.name,
                "published": parsed.published,
                **{k: getattr(facts, k) for k in ARTICLE_FIELDS},
            }
        )
        for table in ("counts", "persons", "organizations", "locations", "dates"):
            rows[table] += [{"article_id": aid, **dataclasses.asdict(f)} for f in getattr(facts, table)]

    shutil.rmtree(args.warehouse, ignore_errors=True)
    for table, table_rows in rows.items():
        if table_rows:
            (args.warehouse / table).mkdir(parents=True)
            pq.write_table(pa.Table.from_pylist(table_rows), args.warehouse / table / "part-0.parquet")
    cmd = [sys.executable, str(ROOT / "eval/score.py"), "--warehouse", str(args.warehouse)]
    cmd += ["--gold", str(args.gold)] + (["--verbose"] if args.verbose else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
