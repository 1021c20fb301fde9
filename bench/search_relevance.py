"""Relevance of Marsad's search alone (no other systems): the 59 judged queries of
``bench/search.py`` (``RELEVANCE_QUERIES``, ``_criterion``, ``judge``, ``Marsad``) on the whole ANT
v2.1 corpus indexed by ``build_index``, plus the matching-article counts of probe words — the
"small script" docs/benchmarks/search.md speaks of, for before/after runs of one analysis change
(``bench/search.py bench`` rebuilds four systems, ~5 min; this ~2 min).

Usage::

    PYTHONPATH=<tree>/src .venv/bin/python bench/search_relevance.py --db /tmp/X.db --out X.json \
        [--probe قطر قطرة زياد زيادة]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import RELEVANCE_QUERIES, Marsad, _criterion, build_index, judge, read_ant  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--probe", nargs="*", default=[])
    args = ap.parse_args()
    db = Path(args.db)
    for p in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        p.unlink(missing_ok=True)
    build = build_index(db)
    docs = list(read_ant())
    by_ref = {d.docno: d for d in docs}
    m = Marsad(db)
    p10 = r10 = r100 = 0.0
    per_query = {}
    for q, core in RELEVANCE_QUERIES:
        crit = _criterion(core)
        rel_docs = [d for d in docs if judge(d, crit)]
        n_rel = len(rel_docs)
        n_rel_distinct = len({d.title + d.lead for d in rel_docs})
        top100 = m.top(q, 100)
        rel100 = {by_ref[r].title + by_ref[r].lead for r in top100 if judge(by_ref[r], crit)}
        top = m.top(q, 10)
        rel = [r for r in top if judge(by_ref[r], crit)]
        a, b, c = len(rel) / 10, len(rel) / max(1, min(10, n_rel)), len(rel100) / max(1, min(100, n_rel_distinct))
        p10, r10, r100 = p10 + a, r10 + b, r100 + c
        per_query[q] = {"p10": a, "r10": round(b, 3), "r100": round(c, 3), "count": m.count(q)}
    nq = len(RELEVANCE_QUERIES)
    out = {"articles": build["articles"], "P@10": round(p10 / nq, 3), "R@10": round(r10 / nq, 3),
           "R@100": round(r100 / nq, 3), "probe_counts": {w: m.count(w) for w in args.probe},
           "per_query": per_query}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "per_query"}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
