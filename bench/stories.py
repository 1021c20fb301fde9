"""Benchmark of same-story detection (`marsad.stories`) on real stores.

Usage::

    .venv/bin/python bench/stories.py [--snn-day 2015-07-23] [--ant-db PATH | --ant] [--sample 40]
                                      [--out bench/out/stories]

(a) One SaudiNewsNet day (``../shared/corpora/saudinewsnet/dataset/<day>.zip``) is ingested with
``marsad ingest --core`` into a temporary store; ``update_stories`` is timed (CPU) with k = 3, 4, 5
and, side by side, what a user would otherwise write: exact all-pairs Jaccard of the same shingle
sets through an inverted index (brute force; the new user's ``neardup.py``). Recall of the store's
same-story groups is measured against that exact all-pairs truth (every pair of indexed articles
with Jaccard >= the threshold), and the recall of ingest's exact link (``duplicate_of``) alone.

(b) The ANT v2.1 corpus: ``--ant-db`` gives a store already ingested with ``--core`` (copied, so it
is not changed), ``--ant`` ingests the corpus into a temporary store first (~2 min).

Both write ``<out>-<name>-pairs.txt``: a seeded random sample of linked pairs (titles, sources, the
first 300 characters of each prose) for reading, and a JSON summary ``<out>.json``.
"""

from __future__ import annotations

import argparse
import collections
import json
import platform
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from marsad import settings
from marsad.stories import StoryParams, open_store, update_stories
from marsad.stories.detect import _prose_rows
from marsad.stories.shingles import prose_text, shingle_hashes, words_of

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora"
MARSAD = [sys.executable, "-m", "marsad"]


def ingest(inp: Path, db: Path) -> float:
    t = time.time()
    subprocess.run([*MARSAD, "ingest", str(inp), "--db", str(db), "--core"], check=True, capture_output=True)
    return time.time() - t


def copy_store(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    for t in ("story_pairs", "story_groups", "story_articles", "story_state"):
        b.execute(f"DROP TABLE IF EXISTS {t}")
    b.commit()
    a.close()
    b.close()


def run_stories(db: Path, params: StoryParams) -> dict:
    conn = open_store(db)
    try:
        s = update_stories(conn, params)
    finally:
        conn.close()
    out = {k: getattr(s, k) for k in s.__slots__}
    out["ms_per_article"] = 1000 * s.seconds / max(s.processed, 1)
    return out


def all_pairs(db: Path, k: int, min_shingles: int, threshold: float) -> tuple[dict, dict, float]:
    """Exact Jaccard of every pair of indexed articles that share a shingle (inverted index, no
    cap): ``({(a, b): J >= threshold}, {id: n_shingles}, cpu seconds)``. Exact copies
    (``duplicate_of``) are included (a pair of copies is a same-story pair too); failed articles
    and articles with fewer than ``min_shingles`` shingles are left out, as ``update_stories``
    leaves them."""
    conn = sqlite3.connect(db)
    t = time.process_time()
    ids = [i for (i,) in conn.execute("SELECT id FROM articles WHERE failed = 0")]
    sets: dict[int, np.ndarray] = {}
    for lo in range(0, len(ids), 500):
        for aid, text, blocks in _prose_rows(conn, ids[lo : lo + 500]):
            sh = shingle_hashes(words_of(prose_text(text, blocks)), k)
            if len(sh) >= min_shingles:
                sets[aid] = sh
    inv: dict[int, list[int]] = collections.defaultdict(list)
    for aid, sh in sets.items():
        for h in sh.tolist():
            inv[h].append(aid)
    shared: collections.Counter = collections.Counter()
    for lst in inv.values():
        n = len(lst)
        for x in range(n):
            a = lst[x]
            for y in range(x + 1, n):
                shared[(a, lst[y])] += 1
    truth = {}
    for (a, b), n in shared.items():
        j = n / (len(sets[a]) + len(sets[b]) - n)
        if j >= threshold:
            truth[(a, b)] = j
    conn.close()
    return truth, {i: len(s) for i, s in sets.items()}, time.process_time() - t


def groups_of(db: Path) -> dict[int, int]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT article_id, group_id FROM story_groups"))
    finally:
        conn.close()


def exact_roots(db: Path) -> dict[int, int]:
    conn = sqlite3.connect(db)
    try:
        return {i: d for i, d in conn.execute("SELECT id, duplicate_of FROM articles") if d is not None}
    finally:
        conn.close()


def write_sample(db: Path, path: Path, n: int, seed: int, lo: float = 0.0, hi: float = 1.01) -> int:
    """Write ``n`` random linked pairs (Jaccard in [lo, hi)) for reading; returns how many."""
    conn = sqlite3.connect(db)
    pairs = conn.execute(
        "SELECT article_id, other_id, jaccard FROM story_pairs WHERE jaccard >= ? AND jaccard < ? ORDER BY 1, 2",
        (lo, hi),
    ).fetchall()
    rng = random.Random(seed)
    pick = rng.sample(pairs, min(n, len(pairs)))
    with path.open("w", encoding="utf-8") as f:
        for a, b, j in sorted(pick, key=lambda p: p[2]):
            f.write(f"=== {a} {b} J={j:.3f}\n")
            for aid, text, blocks in _prose_rows(conn, [a, b]):
                title, source, pub = conn.execute(
                    "SELECT title, source, published_local FROM articles WHERE id = ?", (aid,)
                ).fetchone()
                f.write(f"  [{aid}] {pub} {source.split('/')[-1]}\n  T: {title}\n")
                f.write("  P: " + prose_text(text, blocks)[:300].replace("\n", " ") + "\n")
    conn.close()
    return len(pick)


def snn(day: str, out: str, sample: int, tmp: Path) -> dict:
    base = tmp / "snn.db"
    wall = ingest(SHARED / "saudinewsnet" / "dataset" / f"{day}.zip", base)
    res: dict = {"day": day, "ingest_wall_s": round(wall, 1)}
    for k in (3, 4, 5):
        params = StoryParams(shingle_words=k)
        db = tmp / f"snn-k{k}.db"
        copy_store(base, db)
        s = run_stories(db, params)
        truth, sizes, brute_s = all_pairs(db, k, params.min_shingles, 0.3)
        group = groups_of(db)
        roots = exact_roots(db)

        def same(a: int, b: int, group: dict[int, int] = group) -> bool:
            return group.get(a) is not None and group.get(a) == group.get(b)

        t = params.threshold
        found = sum(1 for (a, b), j in truth.items() if j >= t and same(a, b))
        by_exact = sum(1 for (a, b), j in truth.items() if j >= t and roots.get(a, a) == roots.get(b, b))
        below = collections.Counter(
            (f"{lo:.1f}", same(a, b)) for (a, b), j in truth.items() if j < t for lo in [int(j * 10) / 10]
        )
        conn = sqlite3.connect(db)
        direct = {(a, b) for a, b in conn.execute("SELECT article_id, other_id FROM story_pairs")}
        conn.close()
        res[f"k{k}"] = {
            "stories": s,
            "brute_force_cpu_s": round(brute_s, 2),
            "brute_force_ms_per_article": round(1000 * brute_s / max(len(sizes), 1), 3),
            "truth_pairs": sum(1 for j in truth.values() if j >= t),
            "truth_in_same_group": found,
            "recall_groups": round(found / max(sum(1 for j in truth.values() if j >= t), 1), 4),
            "truth_linked_directly": len(direct & {p for p, j in truth.items() if j >= t}),
            "truth_by_duplicate_of_alone": by_exact,
            "truth_ge_0.8": sum(1 for j in truth.values() if j >= 0.8),
            "truth_ge_0.5": sum(1 for j in truth.values() if j >= 0.5),
            "below_threshold_pairs_grouped": {f"{lo} grouped={g}": n for (lo, g), n in sorted(below.items())},
        }
        print(f"SNN {day} k={k}: {json.dumps(res[f'k{k}'], default=str)}", flush=True)
        if k == settings.STORY_SHINGLE_WORDS:
            res["sample_pairs"] = write_sample(db, Path(f"{out}-snn-pairs.txt"), sample, 1)
    return res


def ant(ant_db: Path | None, out: str, sample: int, tmp: Path) -> dict:
    db = tmp / "ant.db"
    res: dict = {}
    if ant_db is None:
        res["ingest_wall_s"] = round(ingest(SHARED / "ant-multisource-v2.1.tar.gz", db), 1)
    else:
        copy_store(ant_db, db)
    s = run_stories(db, StoryParams())
    res["stories"] = s
    again = run_stories(db, StoryParams())
    res["rerun"] = {"processed": again["processed"], "seconds": round(again["seconds"], 2)}
    conn = sqlite3.connect(db)
    hist = collections.Counter(
        min(int(j * 10), 9) / 10 for (j,) in conn.execute("SELECT jaccard FROM story_pairs")
    )
    res["pairs_by_jaccard_from"] = {f"{k:.1f}": v for k, v in sorted(hist.items())}
    res["pairs_jaccard_1"] = conn.execute("SELECT count(*) FROM story_pairs WHERE jaccard = 1").fetchone()[0]
    sizes = collections.Counter(
        n for (n,) in conn.execute("SELECT count(*) FROM story_groups GROUP BY group_id")
    )
    res["group_sizes"] = dict(sorted(sizes.items()))
    conn.close()
    res["sample_pairs"] = write_sample(db, Path(f"{out}-ant-pairs.txt"), sample, 1)
    res["sample_pairs_0.6_0.7"] = write_sample(db, Path(f"{out}-ant-pairs-0.6.txt"), sample, 2, 0.6, 0.7)
    print(f"ANT: {json.dumps(res, default=str)}", flush=True)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snn-day", default="2015-07-23")
    ap.add_argument("--ant-db", type=Path, help="an ANT v2.1 store ingested with --core (copied)")
    ap.add_argument("--ant", action="store_true", help="ingest ANT v2.1 into a temporary store first")
    ap.add_argument("--no-snn", action="store_true")
    ap.add_argument("--sample", type=int, default=40, help="linked pairs written for reading")
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "stories"))
    args = ap.parse_args()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    report: dict = {
        "machine": f"{platform.machine()} {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "params": StoryParams().key(),
    }
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if not args.no_snn:
            report["snn"] = snn(args.snn_day, args.out, args.sample, tmp)
        if args.ant or args.ant_db:
            report["ant"] = ant(args.ant_db, args.out, args.sample, tmp)
    Path(f"{args.out}.json").write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
