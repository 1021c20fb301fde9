"""Same-story (near-duplicate) detection between stored articles: MinHash + LSH over word shingles
of the kept prose, every candidate verified by its exact Jaccard index (``docs/stories.md``).

``update_stories(conn)`` links the articles a store has not processed yet; ``story_group(conn, id)``
lists an article's group; ``list_groups(conn, min_sites)`` the groups, those told by the most sites
first; ``unlinked_count(conn)`` the articles not processed yet; ``group_ids(conn, ids)`` maps articles to their group id for search; ``open_store(path)`` opens a store for the update.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

# the read side is light (plain SQL); the detection imports numpy and datasketch, so it is
# loaded on first use (PEP 562): `marsad search` / `show` call group_ids / story_group only
from marsad.stories.groups import (
    GroupMember,
    StorySummary,
    group_ids,
    list_groups,
    site_of,
    story_group,
    unlinked_count,
)

if TYPE_CHECKING:  # pragma: no cover
    from marsad.stories.detect import (
        StoriesSummary,
        StoryParams,
        ensure_tables,
        rebuild_groups,
        update_stories,
    )
    from marsad.stories.shingles import jaccard, prose_text, shingle_hashes, words_of

_LAZY = {
    "StoriesSummary": "detect", "StoryParams": "detect", "ensure_tables": "detect",
    "rebuild_groups": "detect", "update_stories": "detect", "jaccard": "shingles",
    "prose_text": "shingles", "shingle_hashes": "shingles", "words_of": "shingles",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'marsad.stories' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"marsad.stories.{module}"), name)


__all__ = [
    "GroupMember",
    "StoriesSummary",
    "StoryParams",
    "StorySummary",
    "ensure_tables",
    "group_ids",
    "jaccard",
    "list_groups",
    "open_store",
    "prose_text",
    "rebuild_groups",
    "shingle_hashes",
    "site_of",
    "story_group",
    "unlinked_count",
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
