"""Entities-stage speed on a fixed set of pre-annotated ANT articles, with an output digest.

Usage (from the repository root)::

    .venv/bin/python bench/entities_stage.py make [--n 400] [--stride 1]   # once: input pickle
    .venv/bin/python bench/entities_stage.py run [--repeat 5]              # time + digest
    .venv/bin/python bench/entities_stage.py digest                        # digest only (one pass)
    .venv/bin/python bench/entities_stage.py once [--limit 50]             # one pass (callgrind)

``make`` reads the first ``--n`` files of ``../shared/corpora/ant-multisource-v2.1.tar.gz`` in archive
order (every ``--stride``-th file; stride 1 = the 400 Al Arabiya culture articles of the issue-5
measurement), runs the stages before the entities stage (``layout.segment``, ``layout.dedup``,
``text``, ``time``) and pickles the articles to ``--input`` (default
``/tmp/marsad-bench-entities-<n>-<stride>.pkl``; the other modes read the same default, or
``--input``, and take its first ``--limit`` articles). Make it ONCE and time every code version on that
same file: the earlier stages may differ between versions, the entities stage's input must not.

``run`` loads the pickle, calls :func:`marsad.entities.stage.annotate_entities` on every article
``--repeat`` times and prints the best CPU time (``time.process_time``: one core, not inflated by other
processes' wall time) per article, and the sha256 digest of every article's mentions (start, end,
type, text, entity, score) and entities (name, type, aliases, roles, mention indices, registry key).
Two code versions with the same digest give the same output on these articles.

To compare another version, put its ``src`` first on the path, e.g.
``git archive 8111fa9 | tar -x -C /tmp/base_ent`` then
``PYTHONPATH=/tmp/base_ent/src .venv/bin/python bench/entities_stage.py run``; run versions in
alternating order (base, new, base, new) on a shared machine. Instruction counts (no timer noise):
``valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out .venv/bin/python
bench/entities_stage.py once --limit 50 --repeat 1`` then ``callgrind_annotate /tmp/cg.out``;
the instructions of ``--repeat 2`` minus those of ``--repeat 1`` are one pass with warm caches (the
tagger's per-word feature cache, the ``lru_cache`` of name keys), as in the timed ``run``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"
PRE_ENTITY_STAGES = ("layout.segment", "layout.dedup", "text", "time")


def default_input(n: int, stride: int) -> Path:
    return Path(f"/tmp/marsad-bench-entities-{n}-{stride}.pkl")


def make(corpus: Path, n: int, stride: int, out: Path) -> None:
    """Read ``n`` ANT files (every ``stride``-th, archive order), run the pre-entity stages, pickle."""
    from marsad.io.readers import read_records
    from marsad.pipeline import annotate

    arts = []
    k = 0
    with tarfile.open(corpus, "r:gz") as tar:
        for m in tar:
            if not m.isfile():
                continue
            k += 1
            if (k - 1) % stride:
                continue
            f = tar.extractfile(m)
            data = f.read() if f else b""
            for a in read_records(data, source=f"{corpus}::{m.name}"):
                annotate(a, only=PRE_ENTITY_STAGES)
                arts.append(a)
                break
            if len(arts) >= n:
                break
    out.write_bytes(pickle.dumps(arts, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"{len(arts)} articles, {sum(len(a.text) for a in arts):,} characters -> {out}")


def article_digest(a) -> list:
    """The entities stage's output of one article as plain JSON-able data."""
    return [
        [[m.start, m.end, m.type, m.text, m.entity, m.score] for m in a.mentions],
        [[e.name, e.type, e.aliases, e.roles, e.mentions, e.key] for e in a.entities],
    ]


def digest(arts) -> str:
    """sha256 over the mentions and entities of every article (order kept)."""
    h = hashlib.sha256()
    for a in arts:
        h.update(json.dumps(article_digest(a), ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("make", "run", "digest", "once", "dump"))
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--stride", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None, help="run modes: only the first LIMIT articles")
    ap.add_argument("--input", type=Path, default=None)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    path = args.input or default_input(args.n, args.stride)
    if args.mode == "make":
        make(args.corpus, args.n, args.stride, path)
        return
    from marsad.entities.stage import _resources, annotate_entities

    _resources()  # model, clusters, gazetteers: loaded before timing
    arts = pickle.loads(path.read_bytes())[: args.limit]
    if args.mode == "once":  # --repeat passes (callgrind: 2 passes minus 1 = one warm-cache pass)
        for _ in range(args.repeat):
            for a in arts:
                annotate_entities(a)
        return
    if args.mode in ("digest", "dump"):
        for a in arts:
            annotate_entities(a)
        if args.mode == "dump":  # one JSON line per article, to diff two versions
            for a in arts:
                print(json.dumps(article_digest(a), ensure_ascii=False))
            return
        print(digest(arts))
        return
    runs = []
    for _ in range(args.repeat):
        t0 = time.process_time()
        for a in arts:
            annotate_entities(a)
        runs.append(time.process_time() - t0)
    import marsad

    best = min(runs)
    print(
        f"{args.label or Path(marsad.__file__).parents[1]}: {len(arts)} articles, best of {args.repeat} "
        f"{best:.3f} s = {1000 * best / len(arts):.2f} ms/article; all {[round(r, 2) for r in runs]}; "
        f"digest {digest(arts)[:16]}",
        file=sys.stdout,
    )


if __name__ == "__main__":
    main()
