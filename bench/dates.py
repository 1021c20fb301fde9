"""Benchmark of date parsing: Marsad against dateparser (the library a user would otherwise pick),
both run in this one process on the same inputs.

Usage::

    .venv/bin/python bench/dates.py [--repeat 5] [--corpus-sample 3000] [--no-corpus]

1. The curated suite ``tests/data/time/suite.tsv`` (249 rows, 19 categories): date strings
   (``kind=parse``) through :func:`marsad.time.parse_datetime` and ``dateparser`` (one
   ``DateDataParser(languages=["ar", "en"])`` reused, its fastest use); sentences
   (``kind=expr``) through :func:`marsad.time.expressions.find_time_expressions` and
   ``dateparser.search.search_dates`` with ``RELATIVE_BASE`` set to the publication day.
   Accuracy per category, side by side.
2. When ``../shared`` is present: the ANT TIME fields (all of ANT v1.1, a sample of ANT v2.1),
   expected values from the standard library (``email.utils`` for RFC 822, ``datetime`` for ISO
   8601) and the Jawhara FM day-first convention for ``dd/mm/yyyy``; counts dateparser's silent
   day/month swaps.

Throughput is CPU time of this process on one core (``time.process_time``), so the figures hold
on a shared machine. Scoring dateparser: a returned datetime counts when its wall-clock fields
(and its offset, when the expected value has one) equal the expected local value at the expected
precision; a month/year/week value counts when the date falls inside it; a Hijri span when the
date falls inside the span; an expected ``None`` counts when nothing is returned.
"""

from __future__ import annotations

import argparse
import csv
import platform
import re
import sys
import tarfile
import time
import warnings
from collections import Counter, defaultdict
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from marsad.time import parse_datetime
from marsad.time.expressions import find_time_expressions

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "tests" / "data" / "time" / "suite.tsv"
SHARED = ROOT.parent / "shared" / "corpora"
warnings.filterwarnings("ignore")


def load_suite() -> list[dict]:
    with SUITE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# --- scoring ------------------------------------------------------------------------------------
def _in_value(d: date, value: str) -> bool:
    """Does day ``d`` fall in the TIMEX3 / ISO value (day, part of day, week, month, year, span)?"""
    if "/" in value:
        a, b = value.split("/")
        return date.fromisoformat(a) <= d <= date.fromisoformat(b)
    if "-W" in value:
        y, w = value.split("-W")
        return tuple(d.isocalendar())[:2] == (int(y), int(w))
    if len(value) == 4:
        return d.year == int(value)
    if len(value) == 7:
        return (d.year, d.month) == (int(value[:4]), int(value[5:7]))
    return d.isoformat() == value[:10]


def dateparser_parse_ok(dt: datetime | None, row: dict) -> bool:
    expected = row["expected"]
    if expected == "None":
        return dt is None
    if dt is None:
        return False
    if "T" in expected and "/" not in expected:  # minute/second precision
        exp = datetime.fromisoformat(expected)
        if dt.replace(tzinfo=None, microsecond=0) != exp.replace(tzinfo=None):
            return False
        if exp.tzinfo is not None:
            return dt.tzinfo is not None and dt.utcoffset() == exp.utcoffset()
        return True
    return _in_value(dt.date(), expected)


def marsad_parse_ok(v, row: dict) -> bool:
    if row["expected"] == "None":
        return v is None
    return v is not None and v.local == row["expected"] and (v.utc or "") == row["utc_or_span"]


def marsad_expr_ok(found, row: dict) -> bool:
    if "none" in row["flags"]:
        return not found
    expected = None if row["expected"] == "None" else row["expected"]
    return any(t.text == row["utc_or_span"] and t.value == expected for t in found)


def dateparser_expr_ok(found, row: dict) -> bool:
    expected = None if row["expected"] == "None" else row["expected"]
    if expected is None:
        return not found
    return any(_in_value(dt.date(), expected) for _, dt in (found or []))


# --- runs ---------------------------------------------------------------------------------------
def run_suite(rows: list[dict], repeat: int) -> None:
    import dateparser
    from dateparser.search import search_dates

    ddp = dateparser.DateDataParser(languages=["ar", "en"])
    parse_rows = [r for r in rows if r["kind"] == "parse"]
    expr_rows = [r for r in rows if r["kind"] == "expr"]
    ok = defaultdict(Counter)
    total = Counter()
    for r in parse_rows:
        total[r["category"]] += 1
        ok["marsad"][r["category"]] += marsad_parse_ok(
            parse_datetime(r["input"], source_convention=r["convention"] or None), r)
        ok["dateparser"][r["category"]] += dateparser_parse_ok(ddp.get_date_data(r["input"]).date_obj, r)
    for r in expr_rows:
        total[r["category"]] += 1
        ref = date.fromisoformat(r["ref"])
        ok["marsad"][r["category"]] += marsad_expr_ok(find_time_expressions(r["input"], ref), r)
        found = search_dates(r["input"], languages=["ar"],
                             settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day, 12)})
        ok["dateparser"][r["category"]] += dateparser_expr_ok(found, r)

    print(f"\n## Curated suite ({len(rows)} rows: {len(parse_rows)} date strings, {len(expr_rows)} sentences)\n")
    print("| category | n | Marsad | dateparser 1.5 |")
    print("|---|---:|---:|---:|")
    for cat in total:
        n = total[cat]
        print(f"| {cat} | {n} | {100 * ok['marsad'][cat] / n:.0f}% | {100 * ok['dateparser'][cat] / n:.0f}% |")
    n = sum(total.values())
    print(f"| **all** | {n} | {100 * sum(ok['marsad'].values()) / n:.1f}% | "
          f"{100 * sum(ok['dateparser'].values()) / n:.1f}% |")

    strings = [(r["input"], r["convention"] or None) for r in parse_rows]
    t0 = time.process_time()
    for _ in range(repeat * 20):
        for s, conv in strings:
            parse_datetime(s, source_convention=conv)
    m_rate = repeat * 20 * len(strings) / (time.process_time() - t0)
    t0 = time.process_time()
    for _ in range(repeat):
        for s, _ in strings:
            ddp.get_date_data(s)
    d_rate = repeat * len(strings) / (time.process_time() - t0)
    t0 = time.process_time()
    for _ in range(max(1, repeat // 2)):
        for s, _ in strings:
            dateparser.parse(s, languages=["ar", "en"])
    p_rate = max(1, repeat // 2) * len(strings) / (time.process_time() - t0)
    sents = [(r["input"], date.fromisoformat(r["ref"])) for r in expr_rows]
    t0 = time.process_time()
    for _ in range(repeat * 20):
        for s, ref in sents:
            find_time_expressions(s, ref)
    me_rate = repeat * 20 * len(sents) / (time.process_time() - t0)
    t0 = time.process_time()
    for s, ref in sents:
        search_dates(s, languages=["ar"], settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day)})
    de_rate = len(sents) / (time.process_time() - t0)
    print("\n## Throughput (CPU time, one core)\n")
    print("| input | Marsad | dateparser 1.5 | ratio |")
    print("|---|---:|---:|---:|")
    print(f"| suite date strings (DateDataParser reused) | {m_rate:,.0f}/s | {d_rate:,.0f}/s | {m_rate / d_rate:,.0f}× |")
    print(f"| suite date strings (`dateparser.parse`) | {m_rate:,.0f}/s | {p_rate:,.0f}/s | {m_rate / p_rate:,.0f}× |")
    print(f"| suite sentences (expressions / `search_dates`) | {me_rate:,.0f}/s | {de_rate:,.0f}/s | {me_rate / de_rate:,.0f}× |")


_TIME_TAG = re.compile(r"<TIME>(.*?)</TIME>", re.S)


def _ant_times(path: Path) -> list[str]:
    out = []
    with tarfile.open(path, "r:gz") as tf:
        for m in tf:
            if m.isfile() and m.name.endswith(".txt"):
                out.extend(t.strip() for t in _TIME_TAG.findall(tf.extractfile(m).read().decode("utf-8", "replace")))
    return out


def _reference(s: str) -> tuple[datetime | date, bool]:
    """Expected value of an ANT TIME string by the standard library / the Jawhara FM convention;
    ``(value, ambiguous)``."""
    if re.fullmatch(r"\d{2}/\d{2}/\d{4}", s):
        d, m, y = int(s[:2]), int(s[3:5]), int(s[6:])
        return date(y, m, d), d <= 12 and m <= 12 and d != m
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{6}", s):
        return datetime.strptime(s, "%Y-%m-%dT%H%M%S"), False
    if s[:4].isdigit():
        return datetime.fromisoformat(s), False
    return parsedate_to_datetime(s), False


def run_corpus(sample: int) -> None:
    import dateparser

    ms_path, v1_path = SHARED / "ant-multisource-v2.1.tar.gz", SHARED / "ant-v1.1.tar.gz"
    if not (ms_path.exists() and v1_path.exists()):
        print("\n(../shared absent: corpus part skipped)")
        return
    ms = _ant_times(ms_path)
    v1 = _ant_times(v1_path)
    step = max(1, len(ms) // sample)
    sets = {
        f"ANT v2.1 TIME (every {step}th)": (ms[::step], "ant-multisource"),
        "ANT v1.1 TIME (all)": (v1, "ant-v1.1"),
    }
    ddp = dateparser.DateDataParser(languages=["ar", "en"])
    print("\n## ANT TIME fields (expected from email.utils / datetime / the Jawhara FM day-first rule)\n")
    print("| set | n | Marsad | dateparser 1.5 | dateparser silent day/month swaps | Marsad CPU/s | dateparser CPU/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (strings, conv) in sets.items():
        refs = [_reference(s) for s in strings]
        t0 = time.process_time()
        mv = [parse_datetime(s, source_convention=conv) for s in strings]
        m_t = time.process_time() - t0
        t0 = time.process_time()
        dv = [ddp.get_date_data(s).date_obj for s in strings]
        d_t = time.process_time() - t0
        m_ok = d_ok = swaps = 0
        for (ref, _amb), v, dt in zip(refs, mv, dv, strict=True):
            if isinstance(ref, datetime):
                if ref.tzinfo is not None:
                    m_ok += v is not None and v.utc is not None and datetime.fromisoformat(v.utc) == ref
                    d_ok += dt is not None and dt.tzinfo is not None and dt == ref
                else:
                    m_ok += v is not None and datetime.fromisoformat(v.local).replace(tzinfo=None) == ref
                    d_ok += dt is not None and dt.replace(tzinfo=None) == ref
            else:
                m_ok += v is not None and v.local == ref.isoformat()
                d_ok += dt is not None and dt.date() == ref
                if dt is not None and dt.date() != ref and (dt.month, dt.day) == (ref.day, ref.month):
                    swaps += 1
        n = len(strings)
        print(f"| {name} | {n:,} | {100 * m_ok / n:.1f}% | {100 * d_ok / n:.1f}% | {swaps:,} | "
              f"{n / m_t:,.0f} | {n / d_t:,.0f} |")


def run_stage(n: int) -> None:
    """CPU time of the time stage (publication + expressions) per ANT v2.1 article, after layout."""
    from marsad.io import iter_articles
    from marsad.layout.dedup import remove_repeated_blocks
    from marsad.layout.segment import segment
    from marsad.time.stage import annotate_time

    path = SHARED / "ant-multisource-v2.1.tar.gz"
    if not path.exists():
        return
    articles = []
    for a in iter_articles([path]):
        segment(a)
        remove_repeated_blocks(a)
        articles.append(a)
        if len(articles) >= n:
            break
    chars = sum(len(a.text) for a in articles)
    t0 = time.process_time()
    for a in articles:
        annotate_time(a)
    t = time.process_time() - t0
    with_pub = sum(a.published is not None for a in articles)
    timexes = sum(len(a.timexes) for a in articles)
    print(f"\n## Time stage on {len(articles):,} ANT v2.1 articles (after layout; avg {chars / len(articles):,.0f} chars)\n")
    print(f"{1e6 * t / len(articles):,.0f} µs per article CPU ({len(articles) / t:,.0f} articles/s); "
          f"publication found for {with_pub:,}/{len(articles):,}; {timexes:,} time expressions "
          f"({timexes / len(articles):.1f} per article).")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus-sample", type=int, default=3000)
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--stage-articles", type=int, default=3000)
    args = ap.parse_args()
    import dateparser

    print(f"# Dates: Marsad vs dateparser {dateparser.__version__}")
    print(f"\nmachine: {platform.machine()}, Python {platform.python_version()}, {platform.system()}; "
          f"date: {date.today().isoformat()}; command: {' '.join(['python'] + sys.argv)}")
    run_suite(load_suite(), args.repeat)
    if not args.no_corpus:
        run_corpus(args.corpus_sample)
        run_stage(args.stage_articles)


if __name__ == "__main__":
    main()
