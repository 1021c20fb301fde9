"""The entity registry in the store: canonical entities across articles, their aliases, and links.

A store extension (listed in :data:`marsad.store.db.EXTENSIONS`): :func:`create_schema` and
:func:`save_article` run inside the ingest transaction, so the registry is never ahead of or behind
the articles. Schema (SQLite)::

    entity_registry(key TEXT PRIMARY KEY,      -- "TYPE:name key", e.g. "PER:سيرغي لافروف"
                    name TEXT, type TEXT,      -- canonical name (curated list, else first seen)
                    articles INTEGER,          -- number of articles that mention it
                    mentions INTEGER)          -- number of mentions over all articles
    entity_aliases(key TEXT, alias TEXT,       -- every name form (see registry_alias: cleaned,
                                               -- no proclitics, no bare role nouns)
                   count INTEGER, PRIMARY KEY (key, alias))
    entity_links(article_id INTEGER, key TEXT, -- one row per (article, entity)
                 entity INTEGER,               -- index into that article's entities
                 name TEXT, roles TEXT,        -- name in the article; roles as a JSON list
                 mentions INTEGER, PRIMARY KEY (article_id, key))
    index entity_links_key ON entity_links(key)

Mention offsets are in the store's ``mentions`` table (``article_id``, ``entity`` = the index in
``entity_links.entity``). Search filters (``person:``, ``org:``, ``place:``) resolve a name with
:func:`resolve` and select ``article_id`` from ``entity_links`` by key (see :func:`articles_for`).
"""

from __future__ import annotations

import json
import sqlite3

from marsad.entities.aliases import COMMON_GIVEN_NAMES, PERSON_TITLES, canonical, clean_name, name_key
from marsad.entities.features import proclitic_splits
from marsad.entities.roles import NOMINAL_NOUNS, noun_of_nominal
from marsad.model import Article

DDL = """
CREATE TABLE IF NOT EXISTS entity_registry (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    key TEXT NOT NULL, alias TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, alias)
);
CREATE TABLE IF NOT EXISTS entity_links (
    article_id INTEGER NOT NULL, key TEXT NOT NULL, entity INTEGER NOT NULL,
    name TEXT NOT NULL, roles TEXT NOT NULL DEFAULT '[]', mentions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, key)
);
CREATE INDEX IF NOT EXISTS entity_links_key ON entity_links(key);
CREATE INDEX IF NOT EXISTS entity_registry_type ON entity_registry(type, articles);
"""

#: Filter prefix in search queries → entity type.
_TITLE_KEYS = frozenset(name_key(t) for t in PERSON_TITLES)

#: Filter prefix in search queries → entity type.
FILTER_TYPES = {"person": "PER", "org": "ORG", "place": "LOC", "misc": "MISC"}


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the registry tables (idempotent). One ``execute`` per statement, not ``executescript``
    (which commits first), so the store can create its whole schema in one transaction."""
    for ddl in DDL.split(";"):
        if ddl.strip():
            conn.execute(ddl)


def is_role_only(form: str) -> bool:
    """Is ``form`` made of role nouns and titles only (``الرئيس``, ``والمتحدث``, ``الأمين العام``,
    ``الملك``)? Such a nominal reference ties a person inside one article (``الوزير`` → لافروف) but is
    never a name of the person across articles."""
    if name_key(form) in NOMINAL_NOUNS or name_key(form) in _TITLE_KEYS:
        return True
    toks = form.split()
    return bool(toks) and all(noun_of_nominal(t) is not None or name_key(t) in _TITLE_KEYS for t in toks)


def registry_alias(form: str, known: set[str], key: str = "") -> str | None:
    """The alias stored for a mention form of one entity, or ``None`` when none is: the form cleaned
    (:func:`marsad.entities.aliases.clean_name`: no ``#``, ``_`` as a space, no harakat/tatweel),
    without a proclitic (``و ف ب ل ك``; ``لل`` → ``ال``) when the rest is another name of the same
    entity or, for one word, a word of one (``known``: name keys of its mentions and name:
    ``لترمب`` → ``ترمب`` beside ``دونالد ترمب``), and never a bare
    role noun (:func:`is_role_only`) nor a very common given name alone (``محمد``: it names
    thousands; :data:`marsad.entities.aliases.COMMON_GIVEN_NAMES`). With ``key`` (the entity's registry
    key) a stripped form that the curated list gives that key also counts (``للحوثيين``)."""
    f = clean_name(form)
    if not f or is_role_only(f):
        return None
    first, _, rest = f.partition(" ")
    known_tokens = {t for n in known for t in n.split()} if not rest else set()
    for k, stem in proclitic_splits(first):
        cands = [stem]
        if first[k - 1] == "ل" and stem.startswith("ل"):
            cands.insert(0, "ا" + stem)  # للاتحاد, وللصين: ل + (ا)ل → الاتحاد, الصين
        for st in cands:
            alt = f"{st} {rest}".strip()
            if name_key(alt) in known or name_key(alt) in known_tokens or (key and canonical(alt, key.split(":", 1)[0])[1] == key):
                return alt
    if not rest and name_key(f) in COMMON_GIVEN_NAMES:
        return None
    return f


def _forget(conn: sqlite3.Connection, article_id: int) -> None:
    rows = conn.execute("SELECT key, mentions FROM entity_links WHERE article_id = ?", (article_id,)).fetchall()
    for key, n in rows:
        conn.execute(
            "UPDATE entity_registry SET articles = articles - 1, mentions = mentions - ? WHERE key = ?", (n, key)
        )
    conn.execute("DELETE FROM entity_links WHERE article_id = ?", (article_id,))


def save_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """Register the entities of one stored article (replacing earlier rows for ``article_id``)."""
    _forget(conn, article_id)
    if not article.entities:
        return
    links, reg, alias_rows = [], [], []
    seen: set[str] = set()
    for i, e in enumerate(article.entities):
        name = clean_name(e.name) or e.name
        key = e.key or canonical(name, e.type)[1]
        if key in seen:  # two article entities on one key: the first keeps the link
            continue
        seen.add(key)
        canon = canonical(name, e.type)[0]
        n = len(e.mentions)
        links.append((article_id, key, i, name, json.dumps(e.roles, ensure_ascii=False), n))
        reg.append((key, canon, e.type, n))
        written = [article.mentions[m].text for m in e.mentions if 0 <= m < len(article.mentions)]
        known = {name_key(f) for f in (name, canon, *written)}
        forms: dict[str, int] = {}
        for w in written:
            a = registry_alias(w, known, key)
            if a is not None:
                forms[a] = forms.get(a, 0) + 1
        for w in e.aliases:
            a = registry_alias(w, known, key)
            if a is not None:
                forms.setdefault(a, 0)
        forms.setdefault(name, 0)
        alias_rows.extend((key, a, c) for a, c in forms.items())
    conn.executemany(
        "INSERT INTO entity_registry(key, name, type, articles, mentions) VALUES (?, ?, ?, 1, ?) "
        "ON CONFLICT(key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions",
        reg,
    )
    conn.executemany(
        "INSERT INTO entity_aliases(key, alias, count) VALUES (?, ?, ?) "
        "ON CONFLICT(key, alias) DO UPDATE SET count = count + excluded.count",
        alias_rows,
    )
    conn.executemany(
        "INSERT INTO entity_links(article_id, key, entity, name, roles, mentions) VALUES (?, ?, ?, ?, ?, ?)", links
    )


def verify(conn: sqlite3.Connection) -> list[str]:
    """Registry counts that disagree with the links (empty list when in sync)."""
    rows = conn.execute(
        "SELECT r.key, r.articles, r.mentions, COUNT(l.article_id), COALESCE(SUM(l.mentions), 0) "
        "FROM entity_registry r LEFT JOIN entity_links l ON l.key = r.key GROUP BY r.key "
        "HAVING r.articles != COUNT(l.article_id) OR r.mentions != COALESCE(SUM(l.mentions), 0)"
    ).fetchall()
    return [f"entity {k}: registry says {a} articles/{m} mentions, links say {la}/{lm}" for k, a, m, la, lm in rows]


def top_entities(conn: sqlite3.Connection, type: str | None = None, limit: int = 20) -> list[dict]:
    """Most-mentioned entities (by articles, then mentions): dicts with key, name, type, articles,
    mentions, aliases (most frequent first, at most 8)."""
    sql = "SELECT key, name, type, articles, mentions FROM entity_registry WHERE articles > 0"
    args: list = []
    if type:
        sql += " AND type = ?"
        args.append(type)
    sql += " ORDER BY articles DESC, mentions DESC, key LIMIT ?"
    args.append(limit)
    out = []
    for key, name, typ, arts, ments in conn.execute(sql, args).fetchall():
        aliases = [
            a
            for (a,) in conn.execute(
                "SELECT alias FROM entity_aliases WHERE key = ? AND alias != ? ORDER BY count DESC, alias LIMIT 8",
                (key, name),
            )
        ]
        out.append({"key": key, "name": name, "type": typ, "articles": arts, "mentions": ments, "aliases": aliases})
    return out


def resolve(conn: sqlite3.Connection, name: str, type: str | None = None) -> list[str]:
    """Registry keys a user-typed ``name`` refers to: its canonical key (curated aliases, spelling
    key, title stripping) plus any entity that has ``name`` as a recorded alias. ``type`` limits the
    result (``"PER"``…); without it every type is tried."""
    types = [type] if type else ["PER", "ORG", "LOC", "MISC"]
    keys: list[str] = []
    for t in types:
        k = canonical(name, t)[1]
        if conn.execute("SELECT 1 FROM entity_registry WHERE key = ?", (k,)).fetchone() and k not in keys:
            keys.append(k)
    q = "SELECT DISTINCT a.key FROM entity_aliases a JOIN entity_registry r ON r.key = a.key WHERE a.alias = ?"
    for (k,) in conn.execute(q, (name,)):
        if k not in keys and (not type or k.startswith(type + ":")):
            keys.append(k)
    return keys


def articles_for(conn: sqlite3.Connection, name: str, type: str | None = None) -> list[int]:
    """Ids of stored articles that mention the entity ``name`` (see :func:`resolve`), ascending."""
    keys = resolve(conn, name, type)
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = conn.execute(f"SELECT DISTINCT article_id FROM entity_links WHERE key IN ({marks}) ORDER BY 1", keys)
    return [r[0] for r in rows]
