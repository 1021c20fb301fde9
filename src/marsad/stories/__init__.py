"""Same-story (near-duplicate) detection between stored articles: MinHash + LSH over word shingles
of the kept prose, every candidate verified by its exact Jaccard index (``docs/stories.md``).

``update_stories(conn)`` links the articles a store has not processed yet; ``story_group(conn, id)``
lists an article's group; ``group_ids(conn, ids)`` maps
articles to their group id for search; ``open_store(path)`` opens a store for the update.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from marsad.stories.detect import (
    GroupMember,
    StoriesSummary,
    StoryParams,
    ensure_tables,
    group_ids,
    rebuild_groups,
    story_group,
    update_stories,
)
from marsad.stories.shingles import jaccard, prose_text, shingle_hashes, words_of

__all__ = [
    "GroupMember",
    "StoriesSummary",
    "StoryParams",
    "ensure_tables",
    "group_ids",
    "jaccard",
    "open_store",
    "prose_text",
    "rebuild_groups",
    "shingle_hashes",
    "story_group",
    "update_stories",
    "words_of",
]


def open_store(path: str | Path, timeout_s: float = 30.0) -> sqlite3.Connection:
    """A writable autocommit connection to the Marsad store ``path`` for :func:`update_stories`
    (WAL, busy timeout ``timeout_s``). Raises :class:`marsad.store.db.StoreError` with a one-line
    reason when the file is missing, not writable, or not a Marsad store (no ``articles`` and
    ``blocks`` tables)."""
    from marsad.store.db import StoreError, check_writable

    path = Path(path)
    if not path.exists():
        raise StoreError(f"no store at {path} (run `marsad ingest PATH --db {path}` first)")
    check_writable(path)
    try:
        conn = sqlite3.connect(str(path), timeout=timeout_s, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={int(timeout_s * 1000)}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a Marsad store: {exc}") from exc
    if not {"articles", "blocks"} <= tables:
        conn.close()
        raise StoreError(f"{path} is not a Marsad store (no articles table)")
    conn.execute("PRAGMA journal_mode=WAL")
    return conn
