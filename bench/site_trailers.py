"""Site trailers left in the prose, per source (task trail23): how many articles' last prose block
still closes with a trailer-shaped segment, and how many articles had one moved to ``removed``.

For every SaudiNewsNet record (all daily zips, or ``--days``) and ANT v2.1 / v1.1 document (with
``--ant``), the layout (``segment`` + ``remove_repeated_blocks``) runs; counted per source:

* ``articles``: records read;
* ``site-trailer``: articles with a ``RemovedBlock(what="site-trailer")``;
* ``left``: articles whose prose still holds one of the derived trailer prefixes after a sentence
  end or at a block start (``…. سمات``, ``رابط الخبر بصحيفة الوئام:``) in the last 300 characters
  of the last prose block: trailers the rule missed (or prose that opens with the words);
* ``boilerplate``: articles with any other boilerplate removal.

    PYTHONPATH=src python bench/site_trailers.py --days 2015-07-21 2015-08-11
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import zipfile
from pathlib import Path

from marsad.io.readers import read_records
from marsad.layout.boilerplate import flexible_pattern, load_table
from marsad.layout.dedup import remove_repeated_blocks
from marsad.layout.segment import segment

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
#: This checkout's table: its trailer prefixes are counted whichever ``marsad`` runs the layout (run
#: with ``PYTHONPATH`` of a checkout without site trailers for the before numbers).
TABLE = Path(__file__).resolve().parents[1] / "src" / "marsad" / "layout" / "boilerplate_table.json"
_PROSE = ("lead", "body", "subheading")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", nargs="*", help="SaudiNewsNet days (zip stems); default all")
    ap.add_argument("--show", type=int, default=0, help="print this many 'left' tails per source")
    args = ap.parse_args(argv)
    prefixes = [e["text"] for e in load_table(TABLE) if e.get("where") == "trailer"]
    rule = re.compile("|".join(flexible_pattern(t) for t in prefixes) + r"(?=\s|$)", re.I)
    rows: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    shown: collections.Counter = collections.Counter()
    zips = sorted((SHARED / "corpora" / "saudinewsnet" / "dataset").glob("*.zip"))
    if args.days:
        zips = [z for z in zips if z.stem in args.days]
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            data = zf.read(zf.namelist()[0])
        for a in read_records(data, source=z.stem + ".json"):
            segment(a)
            remove_repeated_blocks(a)
            src = a.meta.get("source", "?")
            c = rows[src]
            c["articles"] += 1
            whats = {r.what for r in a.removed if r.kind == "boilerplate"}
            c["site-trailer"] += "site-trailer" in whats
            c["boilerplate"] += bool(whats - {"site-trailer"})
            prose = [b for b in a.blocks if b.kind in _PROSE]
            if prose and prefixes:
                b = prose[-1]
                tail = a.text[max(b.start, b.end - 300) : b.end]
                left = any(
                    m.start() == 0 or re.search(r"[.!?؟]\s+$", tail[: m.start()])
                    for m in rule.finditer(tail)
                )
                c["left"] += left
                if left and shown[src] < args.show:
                    shown[src] += 1
                    print(f"{src}: …{tail[-160:]!r}")
    print(f"{'source':14} {'articles':>8} {'site-trailer':>12} {'left':>6} {'boilerplate':>11}")
    for src in sorted(rows):
        c = rows[src]
        print(f"{src:14} {c['articles']:8} {c['site-trailer']:12} {c['left']:6} {c['boilerplate']:11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
