"""Pairs of articles by exact Jaccard band, for reading (choosing ``STORY_JACCARD_THRESHOLD``).

Usage::

    .venv/bin/python bench/stories_bands.py --db STORE [--from 2018-05-01 --to 2018-06-30]
        [--bands 0.35 0.4 0.45 0.5 0.55 0.6] [--per-band 20] [--seed 1] --out bench/out/bands-NAME

For every indexed article of a store ingested with ``--core`` (not failed, not an exact copy,
at least ``STORY_MIN_SHINGLES`` shingles: what ``marsad stories`` indexes), the shingle set of its
kept prose is built with the current shingling (:mod:`marsad.stories.shingles`). All pairs with
exact Jaccard in ``[bands[0], 1]`` are found through an inverted index: a pair is a candidate when
it shares at least one shingle held by at most ``--df-cap`` articles (a pair whose every common
shingle is in more articles shares only boilerplate), and its size ratio allows the lowest band
(J ≤ min/max of the two set sizes). Each candidate's Jaccard is then exact over all shingles.

Writes ``<out>.json`` (pair counts per band; per band, how many pairs pass the body rule
``shared_outside_last >= STORY_MIN_BODY_SHINGLES`` and how many are LSH candidates of each other
with the current banding) and ``<out>-pairs.txt``: ``--per-band`` seeded random pairs per band
(titles, sources, dates, the first 400 characters of each prose) with a blank ``LABEL:`` line to
fill (``same`` / ``update`` / ``not``).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import time
from pathlib import Path

import numpy as np
from stories import copy_store  # bench/stories.py (this folder is on sys.path when run as a script)

from marsad import settings
from marsad.stories import StoryParams, open_store, update_stories
from marsad.stories.detect import _prose_rows, _sites
from marsad.stories.shingles import (
    body_shingles,
    jaccard,
    prose_text,
    shared_outside_last,
    shingle_hashes,
    words_of,
)


def load(db: Path, date_from: str | None, date_to: str | None, k: int, min_shingles: int):
    conn = sqlite3.connect(db)
    where = "failed = 0 AND duplicate_of IS NULL"
    args: list = []
    if date_from:
        where += " AND substr(published_local, 1, 10) >= ?"
        args.append(date_from)
    if date_to:
        where += " AND substr(published_local, 1, 10) <= ?"
        args.append(date_to)
    ids = [i for (i,) in conn.execute(f"SELECT id FROM articles WHERE {where} ORDER BY id", args)]
    sets, bodies = {}, {}
    for lo in range(0, len(ids), 500):
        for aid, text, blocks in _prose_rows(conn, ids[lo : lo + 500]):
            sh = shingle_hashes(words_of(prose_text(text, blocks)), k)
            if len(sh) >= min_shingles:
                sets[aid] = sh
                bodies[aid] = body_shingles(text, blocks, k)
    return conn, sets, bodies


def pairs_by_band(sets: dict, lo: float, df_cap: int) -> dict:
    ids = np.fromiter(sets, dtype=np.int64)
    sizes = {a: len(s) for a, s in sets.items()}
    sh = np.concatenate([sets[a] for a in ids.tolist()])
    doc = np.repeat(ids, [sizes[a] for a in ids.tolist()])
    order = np.argsort(sh, kind="stable")
    sh, doc = sh[order], doc[order]
    starts = np.flatnonzero(np.r_[True, sh[1:] != sh[:-1]])
    counts = np.diff(np.r_[starts, len(sh)])
    cand: set = set()
    for s, n in zip(
        starts[(counts >= 2) & (counts <= df_cap)].tolist(),
        counts[(counts >= 2) & (counts <= df_cap)].tolist(),
        strict=True,
    ):
        g = doc[s : s + n].tolist()
        for x in range(n):
            a = g[x]
            for y in range(x + 1, n):
                b = g[y]
                cand.add((a, b) if a < b else (b, a))
    out = {}
    for a, b in cand:
        na, nb = sizes[a], sizes[b]
        if min(na, nb) < lo * max(na, nb):
            continue
        j = jaccard(sets[a], sets[b])
        if j >= lo:
            out[(a, b)] = j
    return out


def links(db: Path, tmp: Path, pairs: dict, sites: dict, sets: dict, bodies: dict) -> dict:
    """``marsad stories`` on a copy of ``db`` before (one threshold for every pair) and after (the
    cross-site threshold): pairs linked, groups, and the links' recall against the exact pairs
    (brute force above) that the same rule links (``pair_threshold`` and the body rule)."""
    out = {}
    for name, params in (
        ("before", StoryParams(cross_site_threshold=settings.STORY_JACCARD_THRESHOLD)),
        ("after", StoryParams()),
    ):
        copy = tmp / f"{name}.db"
        copy_store(db, copy)  # (bench/stories.py's: the store without its same-story tables)
        conn = open_store(copy)
        s = update_stories(conn, params)
        linked = {(x, y) for x, y in conn.execute("SELECT article_id, other_id FROM story_pairs")}
        conn.close()
        truth = {
            ab
            for ab, j in pairs.items()
            if j >= params.pair_threshold(sites.get(ab[0]), sites.get(ab[1]))
            and shared_outside_last(sets[ab[0]], bodies[ab[0]], sets[ab[1]], bodies[ab[1]])
            >= params.min_body_shingles
        }
        cross = sum(1 for x, y in linked if sites.get(x) and sites.get(y) and sites[x] != sites[y])
        out[name] = {
            "pairs": s.pairs,
            "cross_site_pairs": cross,
            "groups": s.groups,
            "grouped": s.grouped,
            "largest": s.largest,
            "cpu_s": round(s.seconds, 1),
            "candidates": s.candidates,
            "exact_pairs_the_rule_links": len(truth),
            "found_by_lsh": len(truth & linked),
        }
        copy.unlink()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--from", dest="date_from")
    ap.add_argument("--to", dest="date_to")
    ap.add_argument("--bands", type=float, nargs="+", default=[0.35, 0.4, 0.45, 0.5, 0.55, 0.6])
    ap.add_argument("--per-band", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--df-cap", type=int, default=50)
    ap.add_argument("--out", required=True)
    ap.add_argument("--links", action="store_true", help="also run marsad stories before/after on a copy")
    a = ap.parse_args()
    k, ms = settings.STORY_SHINGLE_WORDS, settings.STORY_MIN_SHINGLES
    t = time.process_time()
    conn, sets, bodies = load(a.db, a.date_from, a.date_to, k, ms)
    pairs = pairs_by_band(sets, a.bands[0], a.df_cap)
    sites = _sites(conn, list(sets))

    def cross(ab: tuple[int, int]) -> bool:
        return bool(sites.get(ab[0]) and sites.get(ab[1]) and sites[ab[0]] != sites[ab[1]])

    edges = [*a.bands, 1.000001]
    rng = random.Random(a.seed)
    summary: dict = {"db": str(a.db), "from": a.date_from, "to": a.date_to, "indexed": len(sets), "bands": {}}
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with open(f"{a.out}-pairs.txt", "w", encoding="utf-8") as f:
        for lo, hi in zip(edges, edges[1:], strict=False):
            band = sorted((ab, j) for ab, j in pairs.items() if lo <= j < hi)
            body_ok = [
                ab
                for ab, _j in band
                if shared_outside_last(sets[ab[0]], bodies[ab[0]], sets[ab[1]], bodies[ab[1]])
                >= settings.STORY_MIN_BODY_SHINGLES
            ]
            summary["bands"][f"{lo:.2f}-{min(hi, 1):.2f}"] = {
                "pairs": len(band),
                "pass_body_rule": len(body_ok),
                "cross_site": sum(1 for ab, _j in band if cross(ab)),
            }
            if hi > 1:
                continue  # the linked band is not sampled here (bench/stories.py reads it)
            pick = sorted(rng.sample(band, min(a.per_band, len(band))), key=lambda x: x[1])
            for (x, y), j in pick:
                f.write(
                    f"=== {x} {y} J={j:.3f} band {lo:.2f} {'cross-site' if cross((x, y)) else 'same-site'}\n"
                )
                for aid, text, blocks in _prose_rows(conn, [x, y]):
                    title, source, pub = conn.execute(
                        "SELECT title, source, published_local FROM articles WHERE id = ?", (aid,)
                    ).fetchone()
                    f.write(f"  [{aid}] {pub} {source.split('/')[-1][:60]}\n  T: {title}\n")
                    f.write("  P: " + prose_text(text, blocks)[:400].replace("\n", " | ") + "\n")
                f.write("LABEL:\n")
    summary["cpu_s"] = round(time.process_time() - t, 1)
    if a.links:
        import tempfile

        with tempfile.TemporaryDirectory() as d:
            summary["links"] = links(a.db, Path(d), pairs, sites, sets, bodies)
    Path(f"{a.out}.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
