"""CNN Arabic's related-news widget on all CNN files of ANT v2.1: found by the rule vs the
cross-article evidence (new-user report nu23, task teaser24).

A teaser is another story's lead, so it occurs verbatim in other articles (that story, or other
widgets of the same days). ``measure`` runs the layout stages on every CNN file of ANT v2.1
(``bench/layout.py``'s ``ant_files``), keys each prose or ``related`` block by its stripped text,
and counts for each distinct article (same title and text once) the **shared tail**: how many of
its closing blocks (of at least 60 characters) each occur in a differently titled CNN article,
stopping at the first that does not. It prints the distribution of shared tails against the
widget the rule found (``related`` blocks), the articles whose widget was missed (shared tail ≥ 3,
no ``related`` block), and ``related`` blocks not shared anywhere (to read). ``--list`` prints
the locators of one class.

``dump OUT`` runs the full pipeline (ranker off) on all CNN files and writes one JSON line per
file: its member name, the number of ``related`` blocks, and its quotations (kind, speaker,
offsets, whether inside a ``related`` block, context). ``compare BEFORE AFTER`` prints the
counts and every quotation whose speaker changed, with its context, for reading. Usage::

    PYTHONPATH=src .venv/bin/python bench/layout_teasers.py measure [--list missed|unshared]
    PYTHONPATH=src .venv/bin/python bench/layout_teasers.py dump OUT.jsonl [--every 1] [--names FILE]
    PYTHONPATH=src .venv/bin/python bench/layout_teasers.py compare BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layout import ant_files  # noqa: E402

from marsad import settings  # noqa: E402
from marsad.io.readers import read_records  # noqa: E402

PROSE = ("lead", "body", "subheading", "related")
MIN_CHARS = 60


def cnn_articles(every: int = 1, layout_only: bool = True, names: set | None = None):
    """``(member name, article)`` for every ``every``-th CNN file of ANT v2.1 (only those whose
    file name without ``.txt`` is in ``names`` when given), after the layout stages (or the whole
    pipeline, ranker off, when ``layout_only`` is false)."""
    from marsad.pipeline import annotate

    settings.QUOTES_SPEAKER_RANKER = False
    only = ("layout.segment", "layout.dedup") if layout_only else None
    k = 0
    for name, data in ant_files():
        if "/CNN/" not in name:
            continue
        k += 1
        if (k - 1) % every or (names is not None and name.rsplit("/", 1)[-1][:-4] not in names):
            continue
        art = next(read_records(data, source=name, fmt="trec"))
        yield name, annotate(art, only=only)


def _blocks(art) -> list[tuple[str, str]]:
    t = art.text
    return [(b.kind, t[b.start : b.end].strip()) for b in art.blocks if b.kind in PROSE]


def measure(show: str | None) -> None:
    """Print the shared-tail distribution against the rule's widgets (see the module doc)."""
    arts = []
    seen = set()
    for name, art in cnn_articles():
        title = art.span_text(art.title).strip() if art.title is not None else ""
        blocks = _blocks(art)
        key = (title, tuple(x for _, x in blocks))
        dup = key in seen
        seen.add(key)
        arts.append((name, title, blocks, dup))
    where: dict[str, set[str]] = defaultdict(set)  # paragraph -> titles of the articles holding it
    for _name, title, blocks, _dup in arts:
        for _k, x in blocks:
            if len(x) >= MIN_CHARS:
                where[x].add(title)
    table: Counter = Counter()
    n_found = n_teasers = 0
    missed, unshared, partial = [], [], []
    n_distinct = 0
    for name, title, blocks, dup in arts:
        if dup:
            continue
        n_distinct += 1
        tail = 0
        for _k, x in reversed(blocks[1:]):  # the lead is never a teaser of the widget
            if len(x) >= MIN_CHARS and where[x] - {title}:
                tail += 1
            else:
                break
        found = sum(k == "related" for k, _ in blocks)
        table[(min(tail, 6), found)] += 1
        if found:
            n_found += 1
            n_teasers += found
            for k, x in blocks:
                if k == "related" and not where[x] - {title}:
                    unshared.append((name, x))
            if tail < found:
                partial.append((name, tail, found))
        elif tail >= 3:
            missed.append((name, tail))
    print(f"CNN files {len(arts):,}, distinct (title, prose) {n_distinct:,}")
    print(f"articles with a widget found {n_found:,}, related blocks {n_teasers:,}")
    print("shared tail (>=60 chars, in a differently titled CNN article) x related blocks found:")
    for tail in range(7):
        row = {f: c for (t, f), c in sorted(table.items()) if t == tail}
        print(f"  tail {tail}{'+' if tail == 6 else ' '}: {sum(row.values()):5,}  by found: {row}")
    print(f"missed (tail >= 3, none found): {len(missed):,}  by tail {Counter(t for _, t in missed)}")
    print(f"related blocks found but not shared: {len(unshared):,}; widgets longer than their shared tail: {len(partial):,}")
    if show == "missed":
        for name, tail in missed:
            print("MISSED", tail, name)
    elif show == "unshared":
        for name, x in unshared:
            print("UNSHARED", name, x[:100])
    elif show == "partial":
        for name, tail, found in partial:
            print("PARTIAL", tail, found, name)


def dump(out: Path, every: int, names: set | None = None) -> None:
    """Write the quotations of every ``every``-th CNN file (or those in ``names``) after the whole
    pipeline to ``out``."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, art in cnn_articles(every, layout_only=False, names=names):
            n += 1
            t = art.text
            rel = [(b.start, b.end) for b in art.blocks if b.kind == "related"]
            qs = [
                dict(kind=q.kind, speaker=q.speaker, s=q.start, e=q.end,
                     related=any(s <= q.start < e for s, e in rel),
                     ctx=t[max(0, q.start - 100) : q.start] + "⟦" + t[q.start : q.end] + "⟧" + t[q.end : q.end + 60])
                for q in art.quotes
            ]
            fh.write(json.dumps(dict(src=name, related=len(rel), quotes=qs), ensure_ascii=False) + "\n")
    print(f"{n} articles -> {out}")


def compare(before: Path, after: Path) -> None:
    """Counts before/after and every quotation (same article and offsets) whose speaker changed."""
    def load(p: Path) -> dict:
        return {r["src"]: r for r in map(json.loads, p.open(encoding="utf-8"))}

    b, a = load(before), load(after)
    for label, d in (("before", b), ("after", a)):
        print(f"{label}: articles {len(d):,}, with a widget {sum(r['related'] > 0 for r in d.values()):,}, "
              f"related blocks {sum(r['related'] for r in d.values()):,}, quotations "
              f"{sum(len(r['quotes']) for r in d.values()):,}, in teasers "
              f"{sum(q['related'] for r in d.values() for q in r['quotes']):,}")
    changed = spans = own = 0
    for src, rb in b.items():
        ra = a.get(src)
        if ra is None:
            continue
        qb = {(q["s"], q["e"]): q for q in rb["quotes"]}
        qa = {(q["s"], q["e"]): q for q in ra["quotes"]}
        spans += len(qb.keys() ^ qa.keys())
        for k in qb.keys() & qa.keys():
            if qb[k]["speaker"] != qa[k]["speaker"]:
                changed += 1
                print(f"SPEAKER {src.split('/')[-1]} {qb[k]['speaker']!r} -> {qa[k]['speaker']!r} "
                      f"(teaser {qb[k]['related']}->{qa[k]['related']})\n    {qa[k]['ctx']}")
        if rb["related"] == ra["related"] and qb.keys() != qa.keys():
            own += 1
    print(f"speakers changed {changed}, quotations added or removed {spans}, "
          f"articles with the same widget whose quotations changed {own}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure")
    m.add_argument("--list", choices=("missed", "unshared", "partial"))
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--every", type=int, default=1)
    d.add_argument("--names", type=Path, help="a file of CNN file names (without .txt), one a line")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "measure":
        measure(args.list)
    elif args.cmd == "dump":
        dump(args.out, args.every, set(args.names.read_text().split()) if args.names else None)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
