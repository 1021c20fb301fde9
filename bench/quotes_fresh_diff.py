"""Quotations a rule change removes or adds on fresh text (issue 6, step 39d: prec15).

``dump`` draws articles from the three corpora of ``../shared`` — ANT v2.1 (``--multi`` members), ANT
v1.1 Jawhara (``--jawhara``), SaudiNewsNet (``--snn`` records) — with ``random.Random(--seed)``,
skipping every article named by a locator in ``tests/data/quotes`` (the annotated sets),
``bench/data/quotes_blind`` (the blind sets: their text must not be read) and the
locators of ``--skip`` JSON files (lists of items with a ``source``, e.g. a labelling sample), runs the
full pipeline (ranker off) and writes one JSON line per article: its locator, format and quotes (kind,
speaker, cue, offsets, text with 80 characters of context either side). ``compare BEFORE AFTER``
prints the quotations removed and added (same article, same kind and offsets), with their context,
for reading. Usage::

    PYTHONPATH=src .venv/bin/python bench/quotes_fresh_diff.py dump OUT.jsonl [--seed 3915]
    PYTHONPATH=src .venv/bin/python bench/quotes_fresh_diff.py compare BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sample import ROOT, _key, annotated_fresh, draw_fresh, excluded_locators  # noqa: E402

from marsad import settings  # noqa: E402


def dump(out: Path, seed: int, n_multi: int, n_jawhara: int, n_snn: int, skip: list[Path]) -> None:
    """Write the quotes of the drawn articles to ``out`` (JSON lines), in draw order."""
    settings.QUOTES_SPEAKER_RANKER = False
    rng = random.Random(seed)
    excluded = excluded_locators([ROOT / "tests" / "data" / "quotes", ROOT / "bench" / "data" / "quotes_blind"])
    for p in skip:
        excluded |= {_key(it["source"]) for it in json.loads(p.read_text(encoding="utf-8"))}
    draws = draw_fresh(rng, n_multi, n_jawhara, n_snn)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for src, _fmt, art in annotated_fresh(draws, excluded):
            n += 1
            t = art.text
            qs = [dict(kind=q.kind, speaker=q.speaker, cue=q.cue_text, s=q.start, e=q.end,
                       ctx=t[max(0, q.start - 80) : q.start] + "⟦" + t[q.start : q.end] + "⟧" + t[q.end : q.end + 80])
                  for q in art.quotes]
            fh.write(json.dumps(dict(src=src, quotes=qs), ensure_ascii=False) + "\n")
    print(f"{n} articles -> {out}")


def compare(before: Path, after: Path) -> None:
    """Print the quotations in ``before`` and not ``after`` (removed) and the reverse (added)."""
    def load(p: Path) -> dict:
        return {json.dumps(r["src"], sort_keys=True): r["quotes"] for r in map(json.loads, p.open(encoding="utf-8"))}

    b, a = load(before), load(after)
    n_b = sum(len(v) for v in b.values())
    n_a = sum(len(a.get(k, [])) for k in b)
    removed, added = [], []
    for k, qs in b.items():
        keys_a = {(q["kind"], q["s"], q["e"]) for q in a.get(k, [])}
        keys_b = {(q["kind"], q["s"], q["e"]) for q in qs}
        removed += [(k, q) for q in qs if (q["kind"], q["s"], q["e"]) not in keys_a]
        added += [(k, q) for q in a.get(k, []) if (q["kind"], q["s"], q["e"]) not in keys_b]
    print(f"{len(b)} articles; quotations before {n_b}, after {n_a}; removed {len(removed)}, added {len(added)}")
    for title, rows in (("REMOVED", removed), ("ADDED", added)):
        for i, (k, q) in enumerate(rows, 1):
            print(f"{title} {i} {json.loads(k)['member']} {q['kind']} cue={q['cue']!r} speaker={q['speaker']!r}")
            print("   ", q["ctx"].replace("\n", " ⏎ "))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--seed", type=int, default=3915)
    d.add_argument("--multi", type=int, default=250)
    d.add_argument("--jawhara", type=int, default=100)
    d.add_argument("--snn", type=int, default=100)
    d.add_argument("--skip", type=Path, nargs="*", default=[])
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.seed, args.multi, args.jawhara, args.snn, args.skip)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
