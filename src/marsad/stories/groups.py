"""The read side of same-story groups (``docs/stories.md``): an article's group and the group ids
of search candidates. Plain SQL over the tables :mod:`marsad.stories.detect` writes, kept apart so
that ``marsad search`` and ``marsad show`` do not import numpy and datasketch (~0.2 s)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from urllib.parse import urlsplit


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
    #: The site it was published on (:func:`site_of`), ``None`` without a URL.
    site: str | None = None
    #: ``published`` is when the page was fetched, not published (SaudiNewsNet's ``date_extracted``,
    #: :data:`marsad.time.crawl.CRAWL_TIME_FIELDS`; nu31: unmarked in ``stories --show``).
    published_is_crawl_time: bool = False


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One same-story group for a listing: ``group_id`` (its smallest article id, as
    :func:`group_ids` gives), ``size`` (articles, exact copies included), ``sites`` (the distinct
    sites of its articles, :func:`site_of`, sorted; articles without a URL add none), ``first`` and
    ``last`` (the earliest and latest local publication times, ISO, ``None`` when none is known) and
    ``title`` (the title of its earliest article that has one, else of its smallest id that has
    one; ``""`` when none has) and ``article_id``, the article that title is of (the earliest
    article, else the smallest id, when none has a title): the ID ``stories --list`` shows, which
    ``marsad show`` and ``stories --show`` take, as they take any member's (task cli30, item 1: the
    list showed the group id beside another article's title); ``None`` reads as ``group_id``."""

    group_id: int
    size: int
    sites: tuple[str, ...]
    first: str | None
    last: str | None
    title: str
    article_id: int | None = None


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
    from marsad.time.crawl import crawl_time_sql

    columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    crawl, crawl_args = crawl_time_sql() if "published_source" in columns else ("0", [])
    for aid, title, source, published, dup, meta, is_crawl in conn.execute(
        f"SELECT id, title, source, published_local, duplicate_of, meta, {crawl} FROM articles "
        f"WHERE id IN ({marks}) ORDER BY id",
        [*crawl_args, *ids],
    ):
        out.append(
            GroupMember(aid, title or "", source, published, dup, direct.get(aid), site_of(meta), bool(is_crawl))
        )
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


def site_of(meta: str | dict | None) -> str | None:
    """The site an article was published on: the host of its ``url`` metadata field (the key
    matched case-insensitively: SaudiNewsNet ``url``, ANT ``URL``, an HTML page's canonical or
    ``og:url``), lower-cased and without a leading ``www.``; ``None`` when the article has no URL
    or ``meta`` (a dict or its JSON text, as stored in ``articles.meta``) cannot be read."""
    if isinstance(meta, str):
        try:
            meta = json.loads(meta)
        except ValueError:
            return None
    if not isinstance(meta, dict):
        return None
    url = next((v for k, v in meta.items() if str(k).lower() == "url" and isinstance(v, str)), None)
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def list_groups(conn: sqlite3.Connection, min_sites: int = 1, limit: int | None = 20) -> list[StorySummary]:
    """The same-story groups of the store with at least ``min_sites`` distinct sites, those told by
    the most sites first, then the largest, then the oldest group id; at most ``limit`` (all when
    ``None``). The answer to "which stories do several sites carry" (nu26 G2). Raises
    ``LookupError`` when the store was never processed by ``marsad stories``."""
    try:
        rows = conn.execute(
            "SELECT g.group_id, a.id, a.title, a.published_local, a.meta FROM story_groups g "
            "JOIN articles a ON a.id = g.article_id ORDER BY g.group_id, a.id"
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise LookupError("the store has no same-story links yet (run `marsad stories` first)") from exc
    groups: dict[int, list[tuple[int, str, str | None, str | None]]] = {}
    for gid, aid, title, published, meta in rows:
        groups.setdefault(gid, []).append((aid, title or "", published, site_of(meta)))
    out = []
    for gid, members in groups.items():
        sites = tuple(sorted({m[3] for m in members if m[3]}))
        if len(sites) < min_sites:
            continue
        dated = sorted((m[2], m[0], m[1]) for m in members if m[2])
        # the earliest titled article's title (cli29 item 8: an untitled first article gave a blank row),
        # with its id (cli30 item 1: the row's id was the group's, another article than the title's)
        shown = next(((i, t) for _, i, t in dated if t.strip()), None) or next(
            ((m[0], m[1]) for m in members if m[1].strip()), None
        )
        if shown is None:  # no title at all: the earliest article (its first words are listed)
            shown = (dated[0][1] if dated else gid, "")
        out.append(StorySummary(gid, len(members), sites, dated[0][0] if dated else None,
                                dated[-1][0] if dated else None, shown[1], shown[0]))
    out.sort(key=lambda s: (-len(s.sites), -s.size, s.group_id))
    return out if limit is None else out[:limit]


def unlinked_count(conn: sqlite3.Connection) -> int:
    """How many stored articles ``marsad stories`` has not processed yet (ingested after its last run;
    failed ones left out, as it links none of them:
    ``stories --list`` and ``--show`` read the groups as they were; nu28 item 2). ``0`` when the store
    was never processed (no ``story_articles`` table: :func:`list_groups` says so)."""
    try:
        row = conn.execute(
            "SELECT count(*) FROM articles a WHERE a.failed = 0 "
            "AND NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"
        ).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0])
