"""Same-story (near-duplicate) links between the articles of a store: MinHash + LSH, verified exactly.

The method is the field's standard (Broder 1997, "On the resemblance and containment of
documents"; Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3):

1. each article's kept prose becomes a set of ``k``-word shingles (:mod:`marsad.stories.shingles`);
2. a MinHash signature of ``num_perm`` values estimates the Jaccard index of two sets
   (``datasketch.MinHash``, affine32 scheme; the 64-bit shingle hashes' low 32 bits go in);
3. LSH over ``bands`` bands of ``rows`` values (``datasketch.MinHashLSH``) returns as candidates
   the earlier articles that share at least one band; a pair of Jaccard ``J`` becomes a candidate
   with probability ``1 - (1 - J**rows)**bands`` (MMDS §3.4.2);
4. every candidate pair is **verified** by the exact Jaccard index of the two shingle sets
   (recomputed from the stored text when the other article was processed by an earlier run), and
   linked when it is at least ``threshold`` (``cross_site_threshold`` for two articles from two
   different sites, :func:`site_of`; :meth:`StoryParams.pair_threshold`).

Links are kept in the store's own tables, created on first use (``CREATE TABLE IF NOT EXISTS``):

* ``story_articles(article_id, shingles, signature)`` — one row per processed article (the run
  resumes after the last committed batch): its number of distinct shingles (``NULL`` for an exact
  copy, which is not shingled) and its MinHash signature (``num_perm`` little-endian uint32; ``NULL``
  when the article is not indexed: failed, fewer than ``min_shingles`` shingles, or an exact copy);
* ``story_pairs(article_id, other_id, jaccard)`` — verified same-story links, ``article_id <
  other_id``; exact copies (``articles.duplicate_of``) are *not* repeated here;
* ``story_groups(article_id, group_id)`` — connected components of the links and of the exact-copy
  links (``articles.duplicate_of``), for every article in a group of two or more; ``group_id`` is
  the group's smallest article id;
* ``story_state(key, value)`` — the parameters the stored signatures were computed with; a run
  with other parameters starts over (the signatures would not be comparable).

``articles.duplicate_of`` (the exact title + prose hash link written by ingest) is read, never
written: an exact copy and a same-story article stay distinct.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from marsad import settings
from marsad.stories.groups import site_of  # (kept there: search and show import no numpy)
from marsad.stories.shingles import (
    PROSE_KINDS,
    body_shingles,
    jaccard,
    prose_text,
    shared_outside_last,
    shingle_hashes,
    words_of,
)

#: The tables of this module (created on first use; see the module docstring).
STORY_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS story_articles (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  shingles INTEGER,
  signature BLOB
)""",
    """CREATE TABLE IF NOT EXISTS story_pairs (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  other_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  jaccard REAL NOT NULL,
  PRIMARY KEY (article_id, other_id)
) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS story_pairs_other ON story_pairs(other_id)",
    """CREATE TABLE IF NOT EXISTS story_groups (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  group_id INTEGER NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS story_groups_group ON story_groups(group_id)",
    "CREATE TABLE IF NOT EXISTS story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

_LOW32 = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Parameters of same-story detection (defaults from :mod:`marsad.settings`, where each value
    has its reason). ``shingle_words``: k; ``num_perm``: MinHash size; ``bands`` × ``rows`` ≤
    ``num_perm``: the LSH banding; ``threshold``: the exact Jaccard index at or above which a
    candidate pair is linked; ``min_shingles``: fewer distinct shingles and the article is not
    linked by its prose; ``seed``: the MinHash permutations' seed; ``min_body_shingles``: the
    fewest common shingles a linked pair must have outside each article's last prose block
    (:func:`marsad.stories.shingles.shared_outside_last`)."""

    shingle_words: int = settings.STORY_SHINGLE_WORDS
    num_perm: int = settings.STORY_NUM_PERM
    bands: int = settings.STORY_LSH_BANDS
    rows: int = settings.STORY_LSH_ROWS
    threshold: float = settings.STORY_JACCARD_THRESHOLD
    min_shingles: int = settings.STORY_MIN_SHINGLES
    seed: int = 1
    min_body_shingles: int = settings.STORY_MIN_BODY_SHINGLES
    cross_site_threshold: float = settings.STORY_CROSS_SITE_THRESHOLD

    def pair_threshold(self, site_a: str | None, site_b: str | None) -> float:
        """The Jaccard index at or above which a candidate pair is linked: ``cross_site_threshold``
        (when lower) for two articles whose sites are both known and differ, else ``threshold``
        (same site, or a site unknown). Two sites that share 40 % of their 5-word runs print one
        wire report or press release; one site's later article that repeats its own earlier
        paragraphs is often an update of a developing story or another event of the same kind
        (ANT v2.1 pairs read at 0.35-0.6, 2026-12-01: of 86 cross-site pairs 84 one event, 1 an
        update, 1 another month's figures at 0.399; of 67 same-site pairs 8 one event, 48 updates,
        11 other events; docs/benchmarks/stories.md)."""
        if site_a and site_b and site_a != site_b:
            return min(self.threshold, self.cross_site_threshold)
        return self.threshold

    def key(self) -> str:
        """What stored signatures and links depend on, as one comparable string."""
        return ",".join(f"{k}={v}" for k, v in sorted(asdict(self).items()))

    def candidate_probability(self, j: float) -> float:
        """Probability that a pair of Jaccard index ``j`` shares an LSH band (MMDS §3.4.2)."""
        return 1.0 - (1.0 - j**self.rows) ** self.bands


@dataclass(slots=True)
class StoriesSummary:
    """What :func:`update_stories` did and what the store holds afterwards.

    ``processed``: stored records handled by this run, ``failed`` of them failed records (kept raw,
    never linked; nu31: "processed 4,888 new articles" for 4,883 articles and 5 failed records);
    ``indexed``: of them, shingled and in the LSH
    index; ``candidates``: LSH candidate pairs verified by this run; ``linked``: of them, linked
    (Jaccard ≥ threshold); ``pairs``: links in the store; ``groups`` / ``grouped`` / ``largest``:
    same-story groups (with exact copies), the articles in them, the largest group's size and id;
    ``seconds``: CPU seconds of this run; ``restarted``: the parameters changed, links rebuilt."""

    processed: int = 0
    failed: int = 0
    indexed: int = 0
    candidates: int = 0
    linked: int = 0
    pairs: int = 0
    groups: int = 0
    grouped: int = 0
    largest: int = 0
    largest_id: int | None = None
    seconds: float = 0.0
    restarted: bool = False
    stage_seconds: dict[str, float] = field(default_factory=dict)


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables in the store ``conn`` when missing (idempotent)."""
    for ddl in STORY_DDL:
        conn.execute(ddl)


def _sites(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str | None]:
    """:func:`site_of` of the given stored articles."""
    out: dict[int, str | None] = {}
    for lo in range(0, len(ids), 500):
        part = ids[lo : lo + 500]
        marks = ",".join("?" * len(part))
        for aid, meta in conn.execute(f"SELECT id, meta FROM articles WHERE id IN ({marks})", part):
            out[aid] = site_of(meta)
    return out


def _identity(x: int) -> int:
    return x


class _Index:
    """The MinHash template, the LSH index and the shingle sets of one run."""

    def __init__(self, params: StoryParams) -> None:
        from datasketch import MinHash, MinHashLSH

        self.params = params
        self.template = MinHash(num_perm=params.num_perm, seed=params.seed, hashfunc=_identity)
        self.lsh = MinHashLSH(num_perm=params.num_perm, params=(params.bands, params.rows))
        self._minhash = MinHash
        self.sets: dict[int, np.ndarray] = {}

    def signature(self, shingles: np.ndarray) -> Any:
        m = self.template.copy()
        m.update_batch((shingles & _LOW32).tolist())
        return m

    def from_blob(self, blob: bytes) -> Any:
        values = np.frombuffer(blob, dtype="<u4").astype(np.uint32)
        return self._minhash(
            hashvalues=values,
            permutations=self.template.permutations,
            scheme="affine32",
            seed=self.params.seed,
        )

    def remember(self, article_id: int, shingles: np.ndarray) -> None:
        sets = self.sets
        if len(sets) >= settings.STORY_SHINGLE_CACHE:
            for k in list(sets)[: len(sets) // 2]:  # oldest half (dicts keep insertion order)
                del sets[k]
        sets[article_id] = shingles


def _prose_rows(
    conn: sqlite3.Connection, ids: list[int]
) -> Iterator[tuple[int, str, list[tuple[int, int, str]]]]:
    """``(article_id, text, [(start, end, kind)])`` of the given articles' prose blocks, in id order."""
    marks = ",".join("?" * len(ids))
    blocks: dict[int, list[tuple[int, int, str]]] = {i: [] for i in ids}
    kinds = ",".join(f"'{k}'" for k in PROSE_KINDS)
    for aid, s, e, kind in conn.execute(
        f'SELECT article_id, start, "end", kind FROM blocks WHERE article_id IN ({marks}) '
        f"AND kind IN ({kinds}) ORDER BY article_id, idx",
        ids,
    ):
        blocks[aid].append((s, e, kind))
    for aid, text in conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks}) ORDER BY id", ids):
        yield aid, text, blocks[aid]


def article_shingles(conn: sqlite3.Connection, article_id: int, params: StoryParams) -> np.ndarray:
    """The shingle set (sorted distinct uint64) of one stored article's kept prose."""
    for _aid, text, blocks in _prose_rows(conn, [article_id]):
        return shingle_hashes(words_of(prose_text(text, blocks)), params.shingle_words)
    return np.zeros(0, dtype=np.uint64)


def _body_shingles(conn: sqlite3.Connection, article_id: int, params: StoryParams) -> np.ndarray:
    """:func:`marsad.stories.shingles.body_shingles` of one stored article."""
    for _aid, text, blocks in _prose_rows(conn, [article_id]):
        return body_shingles(text, blocks, params.shingle_words)
    return np.zeros(0, dtype=np.uint64)


def _check_params(conn: sqlite3.Connection, params: StoryParams) -> bool:
    """Record ``params``; when the stored links were made with others, drop them (returns True)."""
    row = conn.execute("SELECT value FROM story_state WHERE key = 'params'").fetchone()
    if row is not None and row[0] == params.key():
        return False
    restarted = row is not None
    with _tx(conn):
        if restarted:
            for table in ("story_pairs", "story_groups", "story_articles"):
                conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT OR REPLACE INTO story_state (key, value) VALUES ('params', ?)", (params.key(),))
    return restarted


class _tx:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on error) on an autocommit connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _load_index(conn: sqlite3.Connection, index: _Index) -> None:
    for aid, blob in conn.execute(
        "SELECT article_id, signature FROM story_articles WHERE signature IS NOT NULL ORDER BY article_id"
    ):
        index.lsh.insert(aid, index.from_blob(blob), check_duplication=False)


def _pending(conn: sqlite3.Connection) -> list[tuple[int, int, int | None]]:
    """``(id, failed, duplicate_of)`` of the articles not processed yet, in id order."""
    return conn.execute(
        "SELECT a.id, a.failed, a.duplicate_of FROM articles a "
        "WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id) ORDER BY a.id"
    ).fetchall()


def weak_bridges(pairs: list[tuple[int, int]], min_side: int) -> set[tuple[int, int]]:
    """The links of ``pairs`` (``(a, b)`` article ids, ``a < b``) that are *bridges* of the link graph
    (removing one disconnects its component: it lies on no cycle, so in no triangle) and leave at
    least ``min_side`` articles on each side, in the component as a whole; returned as the same
    ``(a, b)`` tuples. Bridges by Tarjan's low-link method (Tarjan 1974, "A note on finding the
    bridges of a graph"), iterative, O(articles + links). Single-link grouping chains two stories
    through one shared article pair (a bulletin carrying both); such a link is where to cut
    (``settings.STORY_BRIDGE_MIN_SIDE``)."""
    adj: dict[int, list[int]] = {}
    for a, b in pairs:
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    size: dict[int, int] = {}
    found: list[tuple[int, int, int]] = []  # (parent, child, component root)
    comp_size: dict[int, int] = {}
    for root in adj:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        size[root] = 1
        stack = [(root, -1, iter(adj[root]))]
        while stack:
            node, parent, it = stack[-1]
            for nxt in it:
                if nxt == parent:
                    parent = -2  # one parallel edge back to the parent is the tree edge itself
                    stack[-1] = (node, parent, it)
                    continue
                if nxt in order:
                    low[node] = min(low[node], order[nxt])
                    continue
                order[nxt] = low[nxt] = len(order)
                size[nxt] = 1
                stack.append((nxt, node, iter(adj[nxt])))
                break
            else:
                stack.pop()
                if stack:
                    up = stack[-1][0]
                    low[up] = min(low[up], low[node])
                    size[up] += size[node]
                    if low[node] > order[up]:
                        found.append((up, node, root))
        comp_size[root] = size[root]
    out: set[tuple[int, int]] = set()
    for up, node, root in found:
        if size[node] >= min_side and comp_size[root] - size[node] >= min_side:
            out.add((min(up, node), max(up, node)))
    return out


def rebuild_groups(conn: sqlite3.Connection) -> tuple[int, int, int, int | None]:
    """Recompute ``story_groups`` from ``story_pairs`` and the exact-copy links of processed
    articles (union-find); returns ``(groups, articles in groups, largest size, its group id)``.
    A link that alone joins two parts of at least ``settings.STORY_BRIDGE_MIN_SIDE`` articles each
    (:func:`weak_bridges`) is left out of the grouping (kept in ``story_pairs``).
    Runs inside the caller's transaction."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        parent.setdefault(ra, ra)
        parent.setdefault(rb, rb)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the smallest id names the group

    pairs = conn.execute("SELECT article_id, other_id FROM story_pairs").fetchall()
    cut = weak_bridges(pairs, settings.STORY_BRIDGE_MIN_SIDE)
    for a, b in pairs:
        if (a, b) not in cut:
            union(a, b)
    for a, d in conn.execute(
        "SELECT a.id, a.duplicate_of FROM articles a JOIN story_articles s ON s.article_id = a.id "
        "WHERE a.duplicate_of IS NOT NULL"
    ):
        union(a, d)
    members = {x: find(x) for x in list(parent)}
    sizes: dict[int, int] = {}
    for g in members.values():
        sizes[g] = sizes.get(g, 0) + 1
    conn.execute("DELETE FROM story_groups")
    conn.executemany("INSERT INTO story_groups (article_id, group_id) VALUES (?, ?)", sorted(members.items()))
    if not sizes:
        return 0, 0, 0, None
    largest_id = min(sizes, key=lambda g: (-sizes[g], g))
    return len(sizes), len(members), sizes[largest_id], largest_id


def update_stories(
    conn: sqlite3.Connection,
    params: StoryParams | None = None,
    *,
    batch: int = settings.STORY_BATCH,
    progress: Callable[[int, int], None] | None = None,
) -> StoriesSummary:
    """Link every article of the store ``conn`` not processed yet to the earlier articles that tell
    the same story (see the module docstring), committing every ``batch`` articles: a rerun
    processes only new articles, a killed run resumes after its last committed batch.

    ``conn``: a writable connection in autocommit mode (``isolation_level=None``) to a Marsad store
    (``articles`` and ``blocks`` tables). ``progress(done, total)`` is called after each batch.
    Raises ``sqlite3.Error`` when the store cannot be read or written."""
    params = params or StoryParams()
    cpu0 = time.process_time()
    ensure_tables(conn)
    summary = StoriesSummary(restarted=_check_params(conn, params))
    index = _Index(params)
    todo = _pending(conn)
    t = time.process_time()
    if todo:  # a rerun with nothing new does not rebuild the LSH index (~0.2 ms per article)
        _load_index(conn, index)
    summary.stage_seconds["load"] = time.process_time() - t
    stage = dict.fromkeys(("read", "shingle", "minhash", "lsh", "verify", "write"), 0.0)
    for start in range(0, len(todo), batch):
        chunk = todo[start : start + batch]
        state = {aid: (failed, dup) for aid, failed, dup in chunk}
        t = time.process_time()
        wanted = [aid for aid, (failed, dup) in state.items() if not failed and dup is None]
        rows = list(_prose_rows(conn, wanted)) if wanted else []
        stage["read"] += time.process_time() - t
        article_rows: list[tuple[int, int | None, bytes | None]] = []
        pair_rows: list[tuple[int, int, float]] = []
        shingled = {}
        prose_of = {}
        site = _sites(conn, wanted) if wanted else {}
        for aid, text, blocks in rows:
            prose_of[aid] = (text, blocks)
            t = time.process_time()
            sh = shingle_hashes(words_of(prose_text(text, blocks)), params.shingle_words)
            shingled[aid] = sh
            stage["shingle"] += time.process_time() - t
        for aid, (_failed, _dup) in state.items():
            sh = shingled.get(aid)
            if sh is None or len(sh) < params.min_shingles:
                article_rows.append((aid, None if sh is None else len(sh), None))
                continue
            t = time.process_time()
            m = index.signature(sh)
            t2 = time.process_time()
            found = index.lsh.query(m)
            index.lsh.insert(aid, m, check_duplication=False)
            t3 = time.process_time()
            stage["minhash"] += t2 - t
            stage["lsh"] += t3 - t2
            for other in found:
                if other not in site:
                    site.update(_sites(conn, [other]))
                other_sh = index.sets.get(other)
                if other_sh is None:
                    other_sh = article_shingles(conn, other, params)
                    index.remember(other, other_sh)
                j = jaccard(sh, other_sh)
                summary.candidates += 1
                t_pair = params.pair_threshold(site.get(aid), site.get(other))
                if j >= t_pair and params.min_body_shingles > 0:
                    # the shared text must not be only the closing blocks (a shared footer)
                    text, blocks = prose_of[aid]
                    mine = body_shingles(text, blocks, params.shingle_words)
                    theirs = _body_shingles(conn, other, params) if other not in prose_of else body_shingles(
                        *prose_of[other], params.shingle_words
                    )
                    if shared_outside_last(sh, mine, other_sh, theirs) < params.min_body_shingles:
                        continue
                if j >= t_pair:
                    pair_rows.append((min(aid, other), max(aid, other), round(j, 6)))
            index.remember(aid, sh)
            stage["verify"] += time.process_time() - t3
            article_rows.append((aid, len(sh), m.hashvalues.astype("<u4").tobytes()))
            summary.indexed += 1
        t = time.process_time()
        with _tx(conn):
            conn.executemany(
                "INSERT OR REPLACE INTO story_articles (article_id, shingles, signature) VALUES (?, ?, ?)",
                article_rows,
            )
            conn.executemany(
                "INSERT OR REPLACE INTO story_pairs (article_id, other_id, jaccard) VALUES (?, ?, ?)",
                pair_rows,
            )
            summary.groups, summary.grouped, summary.largest, summary.largest_id = rebuild_groups(conn)
        stage["write"] += time.process_time() - t
        summary.processed += len(chunk)
        summary.failed += sum(1 for _aid, failed, _dup in chunk if failed)
        summary.linked += len(pair_rows)
        if progress is not None:
            progress(start + len(chunk), len(todo))
    if not todo:
        with _tx(conn):
            summary.groups, summary.grouped, summary.largest, summary.largest_id = rebuild_groups(conn)
    summary.pairs = conn.execute("SELECT count(*) FROM story_pairs").fetchone()[0]
    summary.stage_seconds.update(stage)
    summary.seconds = time.process_time() - cpu0
    return summary


