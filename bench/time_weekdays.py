"""Bare weekdays of ANT v2.1 read by hand: is the most recent one (P) or the coming one (F) named?

Usage::

    PYTHONPATH=src .venv/bin/python bench/time_weekdays.py [--show]

``bench/data/time_weekdays_ant.json`` holds 210 bare weekdays (``الأربعاء``, ``يوم الأحد``,
``مساء السبت``) 1–6 days from the publication day, drawn (``random.Random(24)``) from those the
time stage found in every 25th article of ``../shared/corpora/ant-multisource-v2.1.tar.gz`` from
the 13th (1,261 articles; 763 such weekdays). Each was read in its article by the time24 helper
(2026-12-01) and labelled ``P`` (the most recent), ``F`` (the coming one) or ``X`` (no single
day: a rule, ``الجمعة الرابعة``). The script runs layout and the time stage on those articles and
prints the share the stage resolves in the labelled direction (``X`` left out).

The same sample was used to write the rules it measures (time24): fresh text is read with
``bench/time_fresh_diff.py``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"
DATA = ROOT / "bench" / "data" / "time_weekdays_ant.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print the wrong ones with their context")
    args = ap.parse_args()
    from marsad.io import iter_articles
    from marsad.layout.dedup import remove_repeated_blocks
    from marsad.layout.segment import segment
    from marsad.time.stage import annotate_time

    rows = json.loads(DATA.read_text(encoding="utf-8"))
    want = {r["i"] for r in rows}
    found: dict[int, list] = {}
    for i, a in enumerate(iter_articles([ANT])):
        if i > max(want):
            break
        if i in want:
            segment(a)
            remove_repeated_blocks(a)
            annotate_time(a)
            found[i] = list(a.timexes)
    ok = n = 0
    for r in rows:
        if r["gold"] == "X":
            continue
        ref = date.fromisoformat(r["ref"])
        hits = [t for t in found.get(r["i"], []) if t.start <= r["start"] < t.end and t.value]
        got = "?" if not hits else ("F" if date.fromisoformat(hits[0].value[:10]) > ref else "P")
        n += 1
        ok += got == r["gold"]
        if got != r["gold"] and args.show:
            print(f"{r['i']}: gold {r['gold']}, got {got}: {r['context']}")
    print(f"{ok}/{n} = {ok / n:.3f} bare weekdays resolved in the labelled direction")


if __name__ == "__main__":
    main()
