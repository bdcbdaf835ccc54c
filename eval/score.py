#!/usr/bin/env python3
# Vendored unchanged from the project brief's shared scorer so tests and tools can score without ../shared.
"""Score a warehouse against gold annotations.

    python score.py --warehouse WAREHOUSE --gold GOLD_DIR [--json OUT] [--verbose]

WAREHOUSE follows ../CONTRACT.md; GOLD_DIR holds one JSON per raw file (see corpus/dev/gold).
Prints precision / recall / F1 per field, micro-averaged over all articles, and a last line
`overall_f1=<x>` (the mean of the field F1s). Needs only pyarrow.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pyarrow.dataset as ds

FIELDS = ["published", "dateline", "agency", "anniversary", "counts", "counts_full",
          "persons", "titles", "organizations", "locations", "dates"]


def norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\"'\u2018\u2019\u201c\u201d().,;:!?]", " ", s.lower())
    s = re.sub(r"^(the)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def tokens(s: str | None) -> set[str]:
    return set(norm(s).split())


def read_table(warehouse: Path, name: str) -> list[dict]:
    path = warehouse / name
    if not path.exists():
        return []
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def match_sets(pred: list, gold: list, same) -> tuple[int, int, int, list, list]:
    """Greedy one-to-one matching; returns tp, fp, fn, unmatched pred, unmatched gold."""
    left = list(pred)
    missed = []
    tp = 0
    for g in gold:
        for i, p in enumerate(left):
            if same(p, g):
                tp += 1
                del left[i]
                break
        else:
            missed.append(g)
    return tp, len(left), len(missed), left, missed


def same_name(a: str, b: str) -> bool:
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    ta, tb = set(na.split()), set(nb.split())
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(small) >= 2 and small <= big


def same_person(p: dict, g: dict) -> bool:
    return same_name(p["name"], g["name"]) or (
        norm(p["name"]).split()[-1:] == norm(g["name"]).split()[-1:]
        and len(norm(g["name"]).split()) >= 2 and len(norm(p["name"]).split()) >= 2
        and norm(p["name"]).split()[:1] == norm(g["name"]).split()[:1])


def title_ok(pred: str | None, gold: str | None) -> bool:
    tg, tp = tokens(gold), tokens(pred)
    if not tg:
        return not tp
    return len(tg & tp) / len(tg) >= 0.6


def dedupe(items, key):
    seen, out = set(), []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warehouse", required=True, type=Path)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--verbose", action="store_true", help="list every miss and false hit")
    args = ap.parse_args()

    gold = {}
    for f in sorted(args.gold.glob("*.json")):
        g = json.loads(f.read_text())
        gold[g["file"]] = g
    if not gold:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 2

    articles = {a["source_file"]: a for a in read_table(args.warehouse, "articles")}
    facts = {t: {} for t in ("counts", "persons", "organizations", "locations", "dates")}
    for t in facts:
        for row in read_table(args.warehouse, t):
            facts[t].setdefault(row["article_id"], []).append(row)

    prf = {f: PRF() for f in FIELDS}
    misses: list[str] = []
    missing_articles = []
    for fname, g in gold.items():
        a = articles.get(fname)
        if a is None:
            missing_articles.append(fname)
            a = {}
        aid = a.get("article_id")
        get = lambda t: facts[t].get(aid, []) if aid else []  # noqa: E731

        def scalar(field, pred, want, same=lambda x, y: x == y):
            if want is None and pred is None:
                return
            if want is None:
                prf[field].add(0, 1, 0)
                misses.append(f"{fname} {field}: false {pred!r}")
            elif pred is None:
                prf[field].add(0, 0, 1)
                misses.append(f"{fname} {field}: missed {want!r}")
            elif same(pred, want):
                prf[field].add(1, 0, 0)
            else:
                prf[field].add(0, 1, 1)
                misses.append(f"{fname} {field}: got {pred!r} want {want!r}")

        pub = a.get("published")
        scalar("published", str(pub) if pub is not None else None, g["published"])
        gd = g.get("dateline")
        pd_ = (a.get("dateline_place"), a.get("dateline_country")) if a.get("dateline_place") else None
        scalar("dateline", pd_, (gd["place"], gd.get("country")) if gd else None,
               lambda x, y: norm(x[0]) == norm(y[0]) and (not y[1] or norm(x[1]) == norm(y[1])))
        scalar("agency", a.get("agency") or None, g.get("agency"), lambda x, y: norm(x) == norm(y))
        ga = g.get("anniversary")
        pa = (a.get("anniversary_ordinal"), a.get("anniversary_of_year")) if a.get("anniversary_ordinal") else None
        scalar("anniversary", pa, (ga["ordinal"], ga.get("of_year")) if ga else None,
               lambda x, y: x[0] == y[0] and (y[1] is None or x[1] == y[1]))

        pc, gc = get("counts"), g.get("counts", [])
        for field, same in (
            ("counts", lambda p, q: p["category"] == q["category"] and int(p["value"]) == int(q["value"])),
            ("counts_full", lambda p, q: p["category"] == q["category"] and int(p["value"]) == int(q["value"])
             and p.get("qualifier") == q.get("qualifier") and norm(p.get("subject")) == norm(q.get("subject"))),
        ):
            tp, fp, fn, extra, missed = match_sets(pc, gc, same)
            prf[field].add(tp, fp, fn)
            if field == "counts":
                misses += [f"{fname} counts: false {p['category']} {p['value']} ({p.get('subject')})" for p in extra]
                misses += [f"{fname} counts: missed {q['category']} {q['value']} ({q.get('subject')}): {q.get('text')}"
                           for q in missed]

        pp = dedupe(get("persons"), lambda r: norm(r["name"]))
        gp = g.get("persons", [])
        tp, fp, fn, extra, missed = match_sets(pp, gp, same_person)
        prf["persons"].add(tp, fp, fn)
        misses += [f"{fname} persons: false {p['name']}" for p in extra]
        misses += [f"{fname} persons: missed {q['name']}" for q in missed]
        for q in gp:
            if not q.get("title"):
                continue
            hit = next((p for p in pp if same_person(p, q)), None)
            ok = hit is not None and title_ok(hit.get("title"), q["title"])
            prf["titles"].add(int(ok), int(hit is not None and not ok), int(not ok))
            if not ok:
                misses.append(f"{fname} titles: {q['name']}: got {hit.get('title') if hit else None!r} "
                              f"want {q['title']!r}")

        for t in ("organizations", "locations"):
            pe = dedupe(get(t), lambda r: norm(r["name"]))
            ge = dedupe([{"name": n} for n in g.get(t, [])], lambda r: norm(r["name"]))
            tp, fp, fn, extra, missed = match_sets(pe, ge, lambda p, q: same_name(p["name"], q["name"]))
            prf[t].add(tp, fp, fn)
            misses += [f"{fname} {t}: false {p['name']}" for p in extra]
            misses += [f"{fname} {t}: missed {q['name']}" for q in missed]

        pdts = dedupe(get("dates"), lambda r: (str(r["start"]), str(r["end"])))
        gdts = dedupe(g.get("dates", []), lambda r: (r["start"], r["end"]))
        tp, fp, fn, extra, missed = match_sets(
            pdts, gdts, lambda p, q: str(p["start"]) == q["start"] and str(p["end"]) == q["end"])
        prf["dates"].add(tp, fp, fn)
        misses += [f"{fname} dates: false {p['text']} {p['start']}..{p['end']}" for p in extra]
        misses += [f"{fname} dates: missed {q['text']} {q['start']}..{q['end']}" for q in missed]

    out = {"articles": len(gold), "articles_missing": missing_articles, "fields": {}}
    print(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for f in FIELDS:
        p, r, f1 = prf[f].scores()
        out["fields"][f] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4),
                            "tp": prf[f].tp, "fp": prf[f].fp, "fn": prf[f].fn}
        print(f"{f:<14}{p:7.3f}{r:7.3f}{f1:7.3f}{prf[f].tp:6d}{prf[f].fp:6d}{prf[f].fn:6d}")
    if missing_articles:
        print(f"articles not in the warehouse: {len(missing_articles)} of {len(gold)}")
    if args.verbose:
        print("\n".join(misses))
    overall = sum(out["fields"][f]["f1"] for f in FIELDS) / len(FIELDS)
    out["overall_f1"] = round(overall, 4)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    print(f"overall_f1={overall:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
