"""The read side of same-story groups (``docs/stories.md``): an article's group and the group ids
of search candidates. Plain SQL over the tables :mod:`marsad.stories.detect` writes, kept apart so
that ``marsad search`` and ``marsad show`` do not import numpy and datasketch (~0.2 s)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GroupMember:
    """One article of a same-story group: ``article_id``, ``title``, ``source``, ``published``
    (local ISO time or ``None``), ``copy_of`` (the article it is an exact copy of, from
    ``articles.duplicate_of``, else ``None``) and ``jaccard`` (its highest verified Jaccard index
    with the asked-about article, ``None`` when they are not directly linked)."""

    article_id: int
    title: str
    source: str
    published: str | None
    copy_of: int | None
    jaccard: float | None


def story_group(conn: sqlite3.Connection, article_id: int) -> list[GroupMember]:
    """The same-story group of ``article_id`` (itself included, in id order), or just the article
    when it is in no group. Raises ``LookupError`` when the store has no such article, was never
    processed by :func:`update_stories` (no ``story_groups`` table), or was ingested after the last
    run (the article has no ``story_articles`` row: "no group" would be a guess)."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
        raise LookupError(f"no article {article_id}")
    try:
        row = conn.execute("SELECT group_id FROM story_groups WHERE article_id = ?", (article_id,)).fetchone()
        seen = conn.execute("SELECT 1 FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    except sqlite3.OperationalError as exc:
        raise LookupError("the store has no same-story links yet (run `marsad stories` first)") from exc
    if seen is None:
        raise LookupError(
            f"article {article_id} was stored after the last `marsad stories` run: run it again"
        )
    if row is None:
        ids = [article_id]
    else:
        ids = [
            i
            for (i,) in conn.execute(
                "SELECT article_id FROM story_groups WHERE group_id = ? ORDER BY article_id", (row[0],)
            )
        ]
    direct = {
        (b if a == article_id else a): j
        for a, b, j in conn.execute(
            "SELECT article_id, other_id, jaccard FROM story_pairs WHERE article_id = ? OR other_id = ?",
            (article_id, article_id),
        )
    }
    marks = ",".join("?" * len(ids))
    out = []
    for aid, title, source, published, dup in conn.execute(
        f"SELECT id, title, source, published_local, duplicate_of FROM articles WHERE id IN ({marks}) ORDER BY id",
        ids,
    ):
        out.append(GroupMember(aid, title or "", source, published, dup, direct.get(aid)))
    return out


def group_ids(conn: sqlite3.Connection, ids: list[int]) -> dict[int, int]:
    """``{article_id: group_id}`` for those of ``ids`` that are in a same-story group (with two or
    more articles; exact copies included); ``{}`` when the store was never processed by
    :func:`update_stories` or cannot be read. Never raises: meant for search, which collapses the
    hits of one group (``group_id`` is the group's smallest article id)."""
    out: dict[int, int] = {}
    try:
        for lo in range(0, len(ids), 900):  # SQLite's default limit of 999 bound parameters
            part = ids[lo : lo + 900]
            out.update(
                conn.execute(
                    f"SELECT article_id, group_id FROM story_groups WHERE article_id IN ({','.join('?' * len(part))})",
                    part,
                ).fetchall()
            )
    except sqlite3.Error:
        return {}
    return out
