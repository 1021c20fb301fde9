"""Compare the entity mentions of two code versions on the same ANT articles (mention boundaries).

Usage (shared data beside the clone, ``../shared``)::

    python bench/mention_diff.py dump before.json --n 3000     # on the old code
    python bench/mention_diff.py dump after.json --n 3000      # on the new code
    python bench/mention_diff.py compare before.json after.json

``dump`` annotates every 5th record of ``ant-multisource-v2.1.tar.gz`` (all five sources mixed)
and writes each article's mentions ``[start, end, text, type]`` and display text; ``compare``
prints how many mentions and articles changed and every ``old → new`` change with its count
(``∅``: no mention there), for reading. Used for the third new-user report, finding 8
(docs/benchmarks/entities-boundaries.md).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import time
from pathlib import Path

ANT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"


def dump(out: Path, n: int, step: int = 5) -> None:
    """Annotate ``n`` ANT records (every ``step``-th) and write their mentions to ``out``."""
    from marsad.io.sources import iter_articles
    from marsad.pipeline import annotate

    t0 = time.perf_counter()
    data: dict[str, dict] = {}
    for a in itertools.islice(iter_articles([str(ANT)]), 0, n * step, step):
        annotate(a)
        data[a.source] = {"text": a.text, "mentions": [[m.start, m.end, m.text, m.type] for m in a.mentions]}
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    print(f"{len(data):,} articles in {time.perf_counter() - t0:.1f} s → {out}")


def compare(before: Path, after: Path) -> None:
    """Print the mention changes between two dumps of the same articles."""
    b = json.loads(before.read_text(encoding="utf-8"))
    a = json.loads(after.read_text(encoding="utf-8"))
    changes: collections.Counter[tuple[str, str, str]] = collections.Counter()
    n_before = n_after = n_articles = 0
    for src, old in b.items():
        new = a.get(src, {"text": "", "mentions": []})
        mb = {(m[1], m[3]): m for m in old["mentions"]}  # by end: a proclitic moves the start
        ma = {(m[1], m[3]): m for m in new["mentions"]}
        n_before += len(mb)
        n_after += len(ma)
        changed = False
        for key in mb.keys() | ma.keys():
            x, y = mb.get(key), ma.get(key)
            if x and y and x[:3] == y[:3]:
                continue
            changed = True
            changes[(x[2] if x else "∅", y[2] if y else "∅", key[1])] += 1
        n_articles += changed
    print(
        f"articles {len(b):,}; changed {n_articles:,}; mentions {n_before:,} → {n_after:,}; "
        f"changes {sum(changes.values()):,}"
    )
    for (x, y, t), k in changes.most_common():
        print(f"{k:4d} {t:4s} {x} → {y}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--n", type=int, default=3000)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.n)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
