"""The curated suite (tests/data/time/suite.tsv): real-style date strings and in-text expressions
in the styles of ../shared/corpora, each with its expected value; every row must pass.

Columns: category, kind (parse | expr), input, convention, ref, expected (local ISO / TIMEX3
value / "None"), utc_or_span (parse: expected UTC; expr: expected span text), tz, precision,
flags (ok: confidence 1 and no warning; warn: at least one warning and confidence < 1;
naive: no zone, utc None; none: parse gives None / the sentence yields no expression).
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from marsad.time import parse_datetime
from marsad.time.expressions import find_time_expressions

SUITE = Path(__file__).parent / "data" / "time" / "suite.tsv"


def load_suite() -> list[dict]:
    with SUITE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = load_suite()


def check_row(row: dict) -> str | None:
    """``None`` when the row passes, else a one-line reason."""
    flags = set(filter(None, row["flags"].split(",")))
    if row["kind"] == "parse":
        v = parse_datetime(row["input"], source_convention=row["convention"] or None)
        if "none" in flags or row["expected"] == "None":
            return None if v is None else f"expected None, got {v.local}"
        if v is None:
            return "not parsed"
        if v.local != row["expected"]:
            return f"local {v.local} != {row['expected']}"
        if (v.utc or "") != row["utc_or_span"]:
            return f"utc {v.utc} != {row['utc_or_span'] or None}"
        if (v.tz or "") != row["tz"]:
            return f"tz {v.tz} != {row['tz'] or None}"
        if row["precision"] and v.precision != row["precision"]:
            return f"precision {v.precision} != {row['precision']}"
        if "ok" in flags and (v.warnings or v.confidence < 1):
            return f"unexpected warnings {v.warnings} / confidence {v.confidence}"
        if "warn" in flags and not (v.warnings and v.confidence < 1):
            return f"expected a warning and lowered confidence, got {v.warnings} / {v.confidence}"
        if "naive" in flags and not (v.naive and v.utc is None and v.tz is None):
            return "expected a naive value"
        return None
    ref = date.fromisoformat(row["ref"]) if row["ref"] else None
    found = find_time_expressions(row["input"], ref)
    if "none" in flags:
        return None if not found else f"expected no expression, got {[t.text for t in found]}"
    match = [t for t in found if t.text == row["utc_or_span"]]
    if not match:
        return f"span {row['utc_or_span']!r} not found; got {[(t.text, t.value) for t in found]}"
    t = match[0]
    expected = None if row["expected"] == "None" else row["expected"]
    if t.value != expected:
        return f"value {t.value} != {expected}"
    if "warn" in flags and not t.warning:
        return "expected a warning"
    if t.text != t_text_at(row["input"], t):
        return "span offsets do not point at the text"
    return None


def t_text_at(s: str, t) -> str:
    return s[t.start : t.end]


def test_suite_size_and_categories():
    cats = Counter(r["category"] for r in ROWS)
    assert len(ROWS) >= 150
    for needed in (
        "header-ampm",
        "arabic-12h",
        "wire-abbreviation",
        "rfc822",
        "iso8601",
        "numeric-dmy",
        "digits-marks",
        "msa-months",
        "levantine-months",
        "maghrebi-months",
        "dual-months",
        "english-months",
        "hijri-gregorian",
        "hijri-only",
        "expr-relative",
        "expr-weekday",
        "expr-unit",
        "expr-explicit",
        "expr-hijri-month",
        "expr-clock",
    ):
        assert cats[needed] >= 5, needed


@pytest.mark.parametrize("row", ROWS, ids=[f"{i}-{r['category']}" for i, r in enumerate(ROWS)])
def test_suite_row(row):
    reason = check_row(row)
    assert reason is None, f"{row['category']}: {row['input']!r}: {reason}"


def test_suite_all_pass_per_category():
    failures = Counter()
    totals = Counter()
    for r in ROWS:
        totals[r["category"]] += 1
        if check_row(r) is not None:
            failures[r["category"]] += 1
    assert not failures, {c: f"{totals[c] - failures[c]}/{totals[c]}" for c in failures}
