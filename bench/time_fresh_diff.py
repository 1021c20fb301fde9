"""Time expressions before/after a change, on a sample of ANT v2.1 (fresh, unannotated text).

Usage (dump with each tree's code, then compare)::

    PYTHONPATH=/work/main/src .venv/bin/python bench/time_fresh_diff.py dump /tmp/base.jsonl --step 20 --offset 7
    PYTHONPATH=src .venv/bin/python bench/time_fresh_diff.py dump /tmp/mine.jsonl --step 20 --offset 7
    .venv/bin/python bench/time_fresh_diff.py compare /tmp/base.jsonl /tmp/mine.jsonl [--show 20]

``dump`` runs layout (segment, repeated blocks) and the time stage on every ``step``-th article of
``../shared/corpora/ant-multisource-v2.1.tar.gz`` (or, ``--corpus saudinewsnet``, of the
SaudiNewsNet zip files: Saudi papers, Hijri dates) from ``offset`` and writes one JSON line per
article: its position, publication value and time expressions (start, end, text, value, warning).
``compare`` counts the articles and expressions that changed (added, removed, value or span
changed) and prints up to ``--show`` changes with their context, to be read by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"
SAUDI = ROOT.parent / "shared" / "corpora" / "saudinewsnet" / "dataset"


def dump(out: Path, step: int, offset: int, limit: int | None, corpus: str = "ant") -> None:
    from marsad.io import iter_articles
    from marsad.layout.dedup import remove_repeated_blocks
    from marsad.layout.segment import segment
    from marsad.time.stage import annotate_time

    n = 0
    with out.open("w", encoding="utf-8") as fh:
        paths = [ANT] if corpus == "ant" else sorted(SAUDI.glob("*.zip"))
        for i, a in enumerate(iter_articles(paths)):
            if i < offset or (i - offset) % step:
                continue
            segment(a)
            remove_repeated_blocks(a)
            annotate_time(a)
            t = a.text
            fh.write(json.dumps({
                "i": i,
                "published": a.published.value.local if a.published is not None else None,
                "timexes": [[x.start, x.end, x.text, x.value, x.warning,
                             t[max(0, x.start - 40):x.start], t[x.end:x.end + 25]] for x in a.timexes],
            }, ensure_ascii=False) + "\n")
            n += 1
            if limit and n >= limit:
                break
    print(f"{n} articles → {out}", file=sys.stderr)


def _load(path: Path) -> dict[int, dict]:
    with path.open(encoding="utf-8") as fh:
        return {r["i"]: r for r in map(json.loads, fh)}


def compare(base: Path, mine: Path, show: int) -> None:
    a, b = _load(base), _load(mine)
    common = sorted(set(a) & set(b))
    changed_articles = 0
    added = removed = 0
    shown = 0
    for i in common:
        ka = {tuple(x[:5]): x for x in a[i]["timexes"]}
        kb = {tuple(x[:5]): x for x in b[i]["timexes"]}
        gone = [ka[k] for k in ka if k not in kb]
        new = [kb[k] for k in kb if k not in ka]
        if not (gone or new):
            continue
        changed_articles += 1
        removed += len(gone)
        added += len(new)
        if shown < show:
            shown += 1
            print(f"## article {i} (published {b[i]['published']})")
            for x in gone:
                print(f"  - {x[2]!r} → {x[3]}  (… {x[5]}[{x[2]}]{x[6]} …)" + (f"  ⚠ {x[4]}" if x[4] else ""))
            for x in new:
                print(f"  + {x[2]!r} → {x[3]}  (… {x[5]}[{x[2]}]{x[6]} …)" + (f"  ⚠ {x[4]}" if x[4] else ""))
    total_a = sum(len(a[i]["timexes"]) for i in common)
    total_b = sum(len(b[i]["timexes"]) for i in common)
    print(f"\n{len(common)} articles; expressions {total_a} → {total_b}; {changed_articles} articles changed: "
          f"{removed} expressions gone, {added} new (a changed value or span counts as one of each)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--step", type=int, default=20)
    d.add_argument("--offset", type=int, default=7)
    d.add_argument("--limit", type=int)
    d.add_argument("--corpus", choices=("ant", "saudinewsnet"), default="ant")
    c = sub.add_parser("compare")
    c.add_argument("base", type=Path)
    c.add_argument("mine", type=Path)
    c.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.step, args.offset, args.limit, args.corpus)
    else:
        compare(args.base, args.mine, args.show)


if __name__ == "__main__":
    main()
