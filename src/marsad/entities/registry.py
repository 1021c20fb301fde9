"""The entity registry in the store: canonical entities across articles, their aliases, and links.

A store extension (listed in :data:`marsad.store.db.EXTENSIONS`): :func:`create_schema` and
:func:`save_article` (or, in the store's batches, :func:`article_rows` per article and
:func:`save_rows` before the ``COMMIT``) run inside the ingest transaction, so the registry is
never ahead of or behind the articles. Schema (SQLite)::

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
:func:`resolve` and select ``article_id`` from ``entity_links`` by key (see :func:`articles_for`;
``marsad.search.index._registry_links``), besides the names each article's own index fields hold.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from marsad import settings
from marsad.entities.aliases import COMMON_GIVEN_NAMES, PERSON_TITLES, canonical, clean_name, name_key
from marsad.entities.features import proclitic_splits
from marsad.entities.linking import (
    COMPOUND_HEADS,
    ORDINAL_KEYS,
    PATRONYMIC_MARKERS,
    ROYAL_TITLES,
    clitic_form_of,
)
from marsad.entities.roles import NOMINAL_NOUNS, noun_of_nominal
from marsad.layout.rules import GREGORIAN_MONTHS, HIJRI_MONTHS
from marsad.model import Article
from marsad.text.letters import has_letter_forms

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
    key) a stripped form that the curated list gives that key also counts (``للحوثيين``), and a form
    that is not specific to the entity is none (:func:`_specific_alias`: a month name, a person's
    given name alone, a grandfather's ``بن`` part)."""
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
    if key and not _specific_alias(f, key):
        return None
    return f


#: One-word month names, Hijri and Gregorian (every form of :data:`marsad.layout.rules.HIJRI_MONTHS`
#: and :data:`marsad.layout.rules.GREGORIAN_MONTHS`), as name keys: alone such a word is a date
#: (``رجب``, ``شعبان``, ``نيسان``), whatever name it is also part of.
MONTH_KEYS = frozenset(
    name_key(m) for m in (*HIJRI_MONTHS.split("|"), *GREGORIAN_MONTHS.split("|")) if " " not in m
)
_LINEAGE_START = frozenset(name_key(w) for w in ("بن", "ابن"))


def _specific_alias(form: str, key: str) -> bool:
    """May the cleaned ``form`` stand as a registry alias of the entity ``key`` (``"TYPE:name key"``)?
    An alias ties every article that writes it to the entity (``person:`` and ``org:`` searches,
    a quote's speaker): it must name this entity, not many (new user nu33: ``رجب`` was an alias of
    ``رجب طيب أردوغان``). The entity's own name always may; another form not when it is:

    * one word that is a month name (:data:`MONTH_KEYS`: ``رجب``, ``نيسان``);
    * for a person of two words or more, one word that is the first word of the key, the given
      name alone (``رجب``, ``سارة``, ``إيمانويل``: many people bear it; the surname, ``أردوغان``,
      stays), unless the name is East Asian, family name first (:func:`_east_asian`: ``شي``);
    * for a person, a ``بن``/``ابن`` form (a nasab) other than the one right after the first word of
      the key (``بن لادن`` of ``أسامة بن لادن`` stays; ``بن عبدالعزيز`` of ``محمد بن سلمان بن
      عبدالعزيز``, the grandfather, names all his grandsons), unless the key itself starts with it.
    """
    toks = name_key(form).split()
    chain = key.partition(":")[2].split()
    if toks == chain:  # the entity's own name
        return True
    if len(toks) == 1 and toks[0] in MONTH_KEYS:
        return False
    if not key.startswith("PER:"):
        return True
    if len(toks) == 1 and len(chain) >= 2 and toks[0] == chain[0] and not any(map(_east_asian, chain)):
        return False
    if len(toks) >= 2 and toks[0] in _LINEAGE_START and chain[:1] != toks[:1]:
        return len(chain) >= 3 and chain[1] in _LINEAGE_START and chain[2 : 1 + len(toks)] == toks[1:]
    return True


#: One article's registry rows (:func:`article_rows`): ``(article_id, entity_links rows,
#: entity_registry rows, entity_aliases rows)``.
RegistryRows = tuple[int, list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]

_FORGET_SELECT = "SELECT article_id, key, mentions FROM entity_links WHERE article_id BETWEEN ? AND ?"
_FORGET_UPDATE = "UPDATE entity_registry SET articles = articles - 1, mentions = mentions - ? WHERE key = ?"
#: The name stays the first one stored, unless that one is written with Persian letters, presentation
#: forms, a lam-alef ligature or a format character and the new one is not (spell25: ``علی لاریجانی``
#: stored first, then ``علي لاريجاني``: the entry is shown in standard letters; SQL function
#: ``marsad_letter_forms`` = :func:`marsad.text.letters.has_letter_forms`, registered by :func:`save_rows`).
_REGISTRY_UPSERT = (
    "INSERT INTO entity_registry(key, name, type, articles, mentions) VALUES (?, ?, ?, 1, ?) "
    "ON CONFLICT(key) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions, "
    "name = CASE WHEN marsad_letter_forms(name) AND NOT marsad_letter_forms(excluded.name) "
    "THEN excluded.name ELSE name END"
)
_ALIAS_UPSERT = (
    "INSERT INTO entity_aliases(key, alias, count) VALUES (?, ?, ?) "
    "ON CONFLICT(key, alias) DO UPDATE SET count = count + excluded.count"
)
_LINK_INSERT = "INSERT INTO entity_links(article_id, key, entity, name, roles, mentions) VALUES (?, ?, ?, ?, ?, ?)"
#: Value types the registry's rows may hold (every column is NOT NULL).
_BINDABLE = (str, int, float)


def _forget(conn: sqlite3.Connection, article_ids: list[int]) -> None:
    """Forget the links of ``article_ids`` (their registry counts taken back): one range
    ``SELECT`` for the batch; the ``UPDATE`` / ``DELETE`` run only for ids that have links (a
    new article has none)."""
    wanted = set(article_ids)
    lo, hi = min(wanted), max(wanted)
    if hi - lo < 4 * len(wanted) + 64:
        rows = [r for r in conn.execute(_FORGET_SELECT, (lo, hi)) if r[0] in wanted]
    else:  # scattered ids (not an ingest batch): one look-up each
        rows = [r for aid in sorted(wanted) for r in conn.execute(_FORGET_SELECT, (aid, aid))]
    if not rows:
        return
    conn.executemany(_FORGET_UPDATE, [(n, key) for _, key, n in rows])
    conn.executemany("DELETE FROM entity_links WHERE article_id = ?", [(a,) for a in dict.fromkeys(r[0] for r in rows)])


def article_rows(article_id: int, article: Article) -> RegistryRows:
    """The registry rows of one article stored under ``article_id`` (pure: touches no database):
    its links, its entities' registry entries and their alias forms. The store calls this inside
    the article's own step of an ingest (an error here stores the article as a failed copy) and
    writes a whole transaction's rows at its end with :func:`save_rows`. Raises ``TypeError`` for
    a value SQLite cannot store or a missing one (every registry column is NOT NULL), so that the
    batched write cannot fail on it."""
    if not article.entities:
        return (article_id, [], [], [])
    links, reg, alias_rows = [], [], []
    seen: set[str] = set()
    for i, e in enumerate(article.entities):
        name = clean_name(e.name) or e.name
        key = e.key or canonical(name, e.type)[1]
        if key in seen:  # two article entities on one key: the first keeps the link
            continue
        seen.add(key)
        canon, ckey, _ = canonical(name, e.type)
        if ckey != key and e.type == "PER":  # a title kept in the name ('الملك سلمان'): as named
            canon = name
        n = len(e.mentions)
        links.append((article_id, key, i, name, json.dumps(e.roles, ensure_ascii=False), n))
        reg.append((key, canon, e.type, n))
        written = [article.mentions[m].text for m in e.mentions if 0 <= m < len(article.mentions)]
        known = {name_key(f) for f in (name, canon, *written)}
        # a mention that is no name of the entity in the article (a nominal reference, ``وزير
        # الخارجية الأمريكي`` standing for the person named before: no alias, see
        # linking.aliases_of) is counted under no alias: a role phrase is never a name (nu27)
        names = {name_key(f) for f in (name, canon, *e.aliases)}
        forms: dict[str, int] = {}
        for w in written:
            if name_key(w) not in names and clitic_form_of(w, names) is None:
                continue
            a = registry_alias(w, known, key)
            if a is not None:
                forms[a] = forms.get(a, 0) + 1
        for w in e.aliases:
            a = registry_alias(w, known, key)
            if a is not None:
                forms.setdefault(a, 0)
        forms.setdefault(name, 0)
        alias_rows.extend((key, a, c) for a, c in forms.items())
    for rows in (links, reg, alias_rows):
        for row in rows:
            for v in row:
                if not isinstance(v, _BINDABLE):
                    raise TypeError(f"entity registry value of type {type(v).__name__} cannot be stored: {v!r:.80}")
    return (article_id, links, reg, alias_rows)


def save_rows(conn: sqlite3.Connection, batch: list[RegistryRows]) -> None:
    """Write the :func:`article_rows` of many articles (each replacing earlier rows of its
    ``article_id``; every id once): the earlier links of the batch's ids forgotten, then one
    ``executemany`` per table, in the batch's order — the rows and counts that :func:`save_article`
    one article after another gives (forgetting article *i* reads and deletes only rows of *i*;
    the counts are sums). The store calls this once per ingest batch, just before ``COMMIT``."""
    if not batch:
        return
    _forget(conn, [b[0] for b in batch])
    reg = [r for b in batch for r in b[2]]
    if reg:
        conn.create_function("marsad_letter_forms", 1, _letter_forms, deterministic=True)
        conn.executemany(_REGISTRY_UPSERT, reg)
        conn.executemany(_ALIAS_UPSERT, [r for b in batch for r in b[3]])
        conn.executemany(_LINK_INSERT, [r for b in batch for r in b[1]])


def _letter_forms(name: str | None) -> int:
    """:func:`marsad.text.letters.has_letter_forms` for SQLite (``1``/``0``; ``0`` for ``NULL``)."""
    return int(bool(name) and has_letter_forms(name))


def save_article(conn: sqlite3.Connection, article_id: int, article: Article) -> None:
    """Register the entities of one stored article (replacing earlier rows for ``article_id``)."""
    save_rows(conn, [article_rows(article_id, article)])


def verify(conn: sqlite3.Connection) -> list[str]:
    """Registry counts that disagree with the links (empty list when in sync)."""
    rows = conn.execute(
        "SELECT r.key, r.articles, r.mentions, COUNT(l.article_id), COALESCE(SUM(l.mentions), 0) "
        "FROM entity_registry r LEFT JOIN entity_links l ON l.key = r.key GROUP BY r.key "
        "HAVING r.articles != COUNT(l.article_id) OR r.mentions != COALESCE(SUM(l.mentions), 0)"
    ).fetchall()
    return [f"entity {k}: registry says {a} articles/{m} mentions, links say {la}/{lm}" for k, a, m, la, lm in rows]


#: Share of a surname's full-name mentions (over all full-name entities ending in it, spelling
#: variants included) that one entity must hold before the surname-only entity is listed under it.
SURNAME_MERGE_SHARE = settings.NER_SURNAME_MERGE_SHARE
#: Fewest full-name mentions the dominant entity must have for a surname merge (too few, no evidence).
SURNAME_MERGE_MIN_MENTIONS = settings.NER_SURNAME_MERGE_MIN_MENTIONS


def _spellings(token: str) -> tuple[str, ...]:
    """``token`` (a name key word) and its transliteration variants
    (:data:`marsad.search.variants.VARIANTS`: ``ترمب`` ↔ ``ترامب``), as name keys."""
    from marsad.search.variants import VARIANTS

    return (token, *(name_key(v) for v in VARIANTS.get(token, ())))


@functools.lru_cache(maxsize=65536)
def _spelling_class(token: str) -> str:
    """One representative of ``token``'s spellings (a name key word): the least of
    :func:`_spellings`, the /g/ spellings of :func:`marsad.search.variants.g_spellings`
    (``جونج`` = ``جونغ``) and a foreign name's other letters for one sound
    (:func:`marsad.search.variants.letter_variants`: ``أنغيلا`` = ``أنجيلا``, spell25), so that two full
    names written with other spellings of one word meet (every word of the two names must). The
    letter variants are taken of every spelling, so that two tokens of one table class keep one
    representative (``نتنياهو`` / ``نتانياهو``)."""
    from marsad.search.variants import g_spellings, letter_variants

    forms = {*_spellings(token), *g_spellings(token)}
    return min(forms | {v for f in forms for v in letter_variants(f)})


_ABD = name_key("عبد")
_AL_FAMILY = name_key("آل")


def lineage_parts(name: str) -> tuple[tuple[str, ...], str]:
    """``(chain, family)`` of a person's name key: the words (a hyphen parts two: ``كيم جونغ-اون`` =
    ``كيم جونغ اون``) with ``عبد X`` written as one word
    (``عبد العزيز`` = ``عبدالعزيز``, one name in two spellings) and a trailing family name ``آل X``
    taken off (``family`` = ``X`` or ``""``; kept in the chain when fewer than two words would be
    left: ``تركي آل الشيخ``). ``"محمد بن سلمان بن عبد العزيز ال سعود"`` →
    ``(("محمد", "بن", "سلمان", "بن", "عبدالعزيز"), "سعود")``."""
    joined: list[str] = []
    for t in name.replace("-", " ").split():  # 'كيم جونغ-اون' = 'كيم جونغ اون'
        if joined and joined[-1] == _ABD:
            joined[-1] += t
        else:
            joined.append(t)
    if len(joined) >= 4 and joined[-2] == _AL_FAMILY:
        return tuple(joined[:-2]), joined[-1]
    return tuple(joined), ""


def lineage_base(name: str) -> str:
    """:func:`lineage_parts` chain cut before its second patronymic marker (``بن``: the
    grandfather), as one string: ``"محمد بن سلمان بن عبد العزيز ال سعود"`` → ``"محمد بن سلمان"``."""
    chain = lineage_parts(name)[0]
    marks = [i for i, t in enumerate(chain) if t in PATRONYMIC_MARKERS and i > 0]
    return " ".join(chain[: marks[1]] if len(marks) >= 2 else chain)


def _lineage_merges(keys: list[str], mentions: dict[str, int]) -> dict[str, str]:
    """Merges among registry keys of one :func:`lineage_base` (spaces ignored: a name written with
    or without a space between its parts, ``شي جين بينغ`` = ``شي جينبينغ``): the target is the entry with the
    shortest chain (then the most mentions); another entry joins it when the target's chain is a
    prefix of its own, every other entry's chain is a prefix of its or the other way round (no two
    different grandfathers: ``عثمان بن عبدالله بن صقر`` ≠ ``عثمان بن عبدالله بن سليمان``), and, when
    the target has a family name, it has the same one (``فهد بن عبدالعزيز آل سعود`` ≠ ``فهد بن
    عبدالعزيز بن معمر``)."""
    parts = {k: ("".join(c), f) for k, (c, f) in ((k, lineage_parts(k[4:])) for k in keys)}
    # the family name left out ('سلمان بن عبدالعزيز' = 'سلمان بن عبدالعزيز آل سعود'): the entry
    # without it is the target, unless the entries name two families or a longer chain without
    # that family ('فهد بن عبدالعزيز بن معمر' beside 'فهد بن عبدالعزيز آل سعود'): nu26 item 1
    fams = {f for _, f in parts.values() if f}
    conflict = len(fams) > 1 or any(
        fa and len(cb) > len(ca) and fb != fa for ca, fa in parts.values() for cb, fb in parts.values()
    )
    target = min(keys, key=lambda k: (len(parts[k][0]), bool(parts[k][1]) and not conflict, -mentions[k], k))
    tchain, tfam = parts[target]

    def compatible(a: str, b: str) -> bool:
        return a.startswith(b) or b.startswith(a)

    out: dict[str, str] = {}
    for k in keys:
        chain, fam = parts[k]
        if k == target or not chain.startswith(tchain) or (tfam and fam != tfam):
            continue
        if all(compatible(chain, parts[o][0]) for o in keys):
            out[k] = target
    return out


def merge_map(conn: sqlite3.Connection, type: str = "PER") -> dict[str, str]:
    """Registry keys of one person listed under another key, ``{key: target key}``, decided from
    what the store holds (nothing is rewritten; the entries stay, and ingest never merges):

    * **surname alone** (``PER:ترمب``, ``PER:ترامب``) → the full-name entity (two words or more,
      last word = the surname or a transliteration variant of it, not after ``بن`` nor ``آل``: a
      family name is shared by many) that holds at
      least :data:`SURNAME_MERGE_SHARE` of the mentions of all such full-name entities and at
      least :data:`SURNAME_MERGE_MIN_MENTIONS` mentions, the mentions of longer names that start with
      the word (a given name too: ``فهد`` of ``فهد بن خالد``) counted against it: unambiguous in this
      store; in a store of few articles fewer do (one per
      :data:`settings.NER_SURNAME_MERGE_ARTICLES_PER_MENTION` articles) when that full name is the
      only one ending in the surname, no name starts with the word and the full name has at least
      the surname entry's mentions (3 articles: ``نتنياهو`` → ``بنيامين نتانياهو``, nu27). Compound-name heads (``عبد``) and very common given names are never merged. ``الأسد`` goes
      to ``بشار الأسد`` only when ``حافظ الأسد`` and ``ماهر الأسد`` together have under 10%;
    * a surname with no full name in the store → its most-mentioned transliteration variant
      (``ترامب`` → ``ترمب``), when that has an entry;
    * **one lineage** (:func:`lineage_base`, :func:`_lineage_merges`): ``محمد بن سلمان بن عبدالعزيز``,
      ``محمد بن سلمان بن عبد العزيز آل سعود`` → ``محمد بن سلمان`` (the grandfather's and family
      names add no person; ``عبد العزيز`` = ``عبدالعزيز``);
    * **a short given name** (:func:`_nickname_merges`): ``جيم ماتيس`` → ``جيمس ماتيس`` when one
      article writes both.

    Only ``type`` ``PER`` has rules; other types give ``{}``. Returns no chains (targets are final)."""
    if type != "PER":
        return {}
    # the map is computed once per registry state (search filters call this per query)
    stamp = (id(conn), *conn.execute(
        "SELECT count(*), total(mentions), total(articles), total(length(key)), max(key) FROM entity_registry"
        " WHERE type = 'PER'"
    ).fetchone())  # fmt: skip
    if _MERGE_CACHE.get("stamp") == stamp:
        return dict(_MERGE_CACHE["map"])
    out = _merge_map(conn)
    _MERGE_CACHE.update(stamp=stamp, map=dict(out))
    return out


_MERGE_CACHE: dict = {}


def _merge_map(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute(
        "SELECT key, mentions, articles FROM entity_registry WHERE type = 'PER' AND articles > 0"
    ).fetchall()
    mentions = {k: m for k, m, _ in rows}
    articles = {k: a for k, _, a in rows}
    out: dict[str, str] = {}
    by_base: dict[str, list[str]] = {}
    for key in mentions:  # spaces ignored between two words or more: شي جين بينغ = شي جينبينغ
        b = lineage_base(key[4:])  # (not لي لي = ليلي: one word on one side)
        by_base.setdefault(b.replace(" ", "") if " " in b else " " + b, []).append(key)
    for keys in by_base.values():
        if len(keys) > 1:
            out.update(_lineage_merges(keys, mentions))
    base = {key: lineage_base(key[4:]).split() for key in mentions}
    out.update(_spelling_merges(mentions, base, out))
    out.update(_sound_merges(mentions, base, out))
    out.update(_east_asian_prefix_merges(mentions, base, out))
    out.update(_nickname_merges(conn, mentions, base, out))
    by_last: dict[str, list[str]] = {}
    starting: dict[str, list[str]] = {}  # longer names that start with the word (a given name)
    for key in mentions:
        toks = base[key]
        if len(toks) >= 2 and _is_titled_key(key):  # 'الملك سلمان' is no full name ending in سلمان
            continue
        if len(toks) >= 2:
            starting.setdefault(toks[0], []).append(key)
        if len(toks) >= 2 and toks[-2] not in PATRONYMIC_MARKERS and toks[-2] != _AL_FAMILY:
            by_last.setdefault(toks[-1], []).append(key)
    as_first = {w: _given_name_use(keys, base, mentions, articles) for w, keys in starting.items()}
    n_articles = conn.execute("SELECT COUNT(DISTINCT article_id) FROM entity_links").fetchone()[0]
    small_floor = -(-n_articles // settings.NER_SURNAME_MERGE_ARTICLES_PER_MENTION)  # ceil; ≥ the floor: no change
    for key, n in mentions.items():
        toks = base[key]
        if len(toks) != 1:
            continue
        if key in out or toks[0] in COMPOUND_HEADS or toks[0] in COMMON_GIVEN_NAMES:
            continue
        spellings = _spellings(toks[0])
        fulls = [k for sp in spellings for k in by_last.get(sp, ())]
        total: dict[str, int] = {}
        for k in fulls:  # one person's entries (lineage, spellings) count as one
            t = out.get(k, k)
            total[t] = total.get(t, 0) + mentions.get(k, 0)
        if total:
            best = max(total, key=lambda k: (total[k], k))
            given = sum(as_first.get(sp, 0) for sp in spellings)  # فهد of فهد بن خالد, توماس مولر
            enough = total[best] >= SURNAME_MERGE_MIN_MENTIONS or (
                len(total) == 1 and not given and total[best] >= max(n, small_floor)
            )
            if enough and total[best] >= SURNAME_MERGE_SHARE * (sum(total.values()) + given):
                out[key] = best
            continue
        variants = [f"PER:{sp}" for sp in _spellings(toks[0])[1:] if f"PER:{sp}" in mentions]
        best = max(variants, key=lambda k: (mentions[k], k), default=None)
        if best is not None and (mentions[best], best) > (n, key):
            out[key] = best
    out.update(_compound_tail_merges(mentions, base, out))
    out.update(_patronymic_merges(mentions, base, out))
    out.update(_titled_merges(conn, mentions, out))
    for key, target in list(out.items()):  # variant → variant that itself went to a full name
        out[key] = out.get(target, target)
    return out


_ABU = name_key("أبو")


def _spelling_merges(
    mentions: dict[str, int], base: dict[str, list[str]], merged: dict[str, str]
) -> dict[str, str]:
    """Full names (two words or more, :func:`lineage_base`) that differ only in the spelling of
    their words, each word a transliteration variant of the other's (:func:`_spelling_class`:
    ``بنيامين نتنياهو`` = ``بنيامين نتانياهو``, ``كيم جونج اون`` = ``كيم جونغ اون``), are one person: each goes to the most-mentioned of
    them (nu26 item 1: the two were rows of 19 and 18 articles, and neither held the share of the
    ``نتنياهو`` mentions a surname merge needs). Keys already merged, and royal title + given
    name keys, are left out."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for k, b in base.items():
        if len(b) < 2 or k in merged or _is_titled_key(k):
            continue
        sig = tuple(_spelling_class(t) for t in b)
        groups.setdefault(sig, []).append(k)
    out: dict[str, str] = {}
    for keys in groups.values():
        if len(keys) > 1 and len({tuple(base[k]) for k in keys}) > 1:
            target = max(keys, key=lambda k: (mentions[k], k))
            out.update((k, target) for k in keys if k != target)
    return out


#: Words of Arab lineage names (``بن``, ``أبو``, ``آل``): a name holding one is no transliterated
#: foreign name, and ``فهد بن سعد`` / ``فهد بن سعود`` are two people.
_LINEAGE_WORDS = frozenset(PATRONYMIC_MARKERS) | frozenset(name_key(w) for w in ("أبو", "أبي", "أم", "آل"))
#: Letters of long vowels, left out of a foreign word's :func:`_sound_class` inside the word.
_VOWEL_LETTERS = frozenset("اوي")
EAST_ASIAN_SPELLING_DOMINANCE = settings.NER_EAST_ASIAN_SPELLING_DOMINANCE
EAST_ASIAN_PREFIX_DOMINANCE = settings.NER_EAST_ASIAN_PREFIX_DOMINANCE


def _east_asian(word: str) -> bool:
    """Does ``word`` (a name key word) end in the /ŋ/ of an East Asian syllable (``جونغ``, ``يونج``)?"""
    return word.endswith(("نغ", "نج"))


@functools.lru_cache(maxsize=65536)
def _sound_class(token: str) -> str | None:
    """The sound of a transliterated foreign name word (a name key word), or ``None`` for a word that
    is no such name (under three letters, written with the article, or definite in over 5% of its news
    uses: :func:`marsad.search.variants.news_counts_foreign`; ``حسين``, ``سعيد``, ``حميد`` are).
    Its :func:`_spelling_class`, then the spellings of one foreign sound that no letter table holds:
    Spanish and German J written ``خ``, ``ج`` or, first, ``ي`` (``سيرخيو`` / ``سيرجيو``, ``يواكيم`` /
    ``جواكيم`` / ``خواكيم``, ``يوليان`` / ``جوليان``, Korean ``يونغ`` / ``جونغ``), and the long-vowel
    letters inside the word, which transliterations add or leave out (``هايلي`` / ``هيلي``,
    ``كاين`` / ``كين``, ``برانسون`` / ``برونسون``, ``فيرغسون`` / ``فيرغوسون``); the first and last
    letters stay (``مارتيني`` ≠ ``مارتن``, ``كوسي`` ≠ ``كوسا``).
    (Habash, *Introduction to Arabic NLP* (2010), §2.2, on the transliteration of foreign sounds.)"""
    from marsad.search.variants import news_counts_foreign

    if len(token) < 3 or token.startswith("ال") or not news_counts_foreign(token):
        return None
    t = _spelling_class(token).replace("خ", "ج")
    if t[0] == "ي":
        t = "ج" + t[1:]
    return t[0] + "".join(ch for ch in t[1:-1] if ch not in _VOWEL_LETTERS) + t[-1]


def _sound_merges(
    mentions: dict[str, int], base: dict[str, list[str]], merged: dict[str, str]
) -> dict[str, str]:
    """Full names of foreign people (two words or more, every word a transliterated name:
    :func:`_sound_class`, no Arab lineage word) that differ in one word only, the two spellings of
    that word one sound (``كيم يونغ أون`` = ``كيم جونغ أون``, ``هاري كاين`` = ``هاري كين``, ``نيكي
    هايلي`` = ``نيكي هيلي``, ``سيرخيو راموس`` = ``سيرجيو راموس``), each go to the most-mentioned of
    them. Where the word is an East Asian syllable (:func:`_east_asian`: Korean 정 Jong and 용 Yong
    are two names, ``كيم جونغ نام`` ≠ ``كيم يونغ نام``, and so are Sung and Sang, ``كيم سونغ`` ≠
    ``كيم سانغ``) only when that one has at least
    :data:`EAST_ASIAN_SPELLING_DOMINANCE` times the mentions. Keys already merged are left out."""
    groups: dict[tuple, list[tuple[str, tuple[str, ...]]]] = {}
    for k, b in base.items():
        if len(b) < 2 or k in merged or _is_titled_key(k) or any(t in _LINEAGE_WORDS for t in b):
            continue
        sounds = [_sound_class(t) for t in b]
        if None in sounds:
            continue
        classes = tuple(_spelling_class(t) for t in b)
        for i, snd in enumerate(sounds):
            groups.setdefault((classes[:i], snd, classes[i + 1 :]), []).append((k, classes))
    out: dict[str, str] = {}
    for sig, members in groups.items():
        if len({c for _, c in members}) < 2:
            continue
        i = len(sig[0])
        target, tclasses = max(members, key=lambda kc: (mentions[kc[0]], kc[0]))
        for k, c in members:
            if k == target or k in out or c == tclasses:
                continue
            if (_east_asian(c[i]) or _east_asian(tclasses[i])) and (
                mentions[target] < EAST_ASIAN_SPELLING_DOMINANCE * mentions[k]
            ):
                continue
            out[k] = target
    for k in list(out):  # chains (a target merged in another word's group) end at their last target
        seen = {k}
        while out[k] in out and out[k] not in seen:
            seen.add(out[k])
            out[k] = out[out[k]]
    return out


def _east_asian_prefix_merges(
    mentions: dict[str, int], base: dict[str, list[str]], merged: dict[str, str]
) -> dict[str, str]:
    """A two-word name ending in an East Asian syllable (:func:`_east_asian`: ``كيم جونغ``, the tagger
    stopping before ``أون`` or a hyphen, ``كيم جونغ-أون``) → the three-word name that starts with it
    (spellings of :func:`_spelling_class` one) and holds :data:`SURNAME_MERGE_SHARE` of the mentions
    of all such names (``كيم جونغ إيل`` counts against), at least
    :data:`SURNAME_MERGE_MIN_MENTIONS` and :data:`EAST_ASIAN_PREFIX_DOMINANCE` times the short
    name's: the cut form of a name is the rarer one."""
    shorts = {
        tuple(_spelling_class(t) for t in b): k for k, b in base.items()
        if len(b) == 2 and k not in merged and _east_asian(b[1]) and not _is_titled_key(k)
    }  # fmt: skip
    if not shorts:
        return {}
    total: dict[tuple[str, ...], dict[str, int]] = {}
    for k, b in base.items():
        if len(b) == 3:
            head = (_spelling_class(b[0]), _spelling_class(b[1]))
            if head in shorts:
                t = merged.get(k, k)
                total.setdefault(head, {})
                total[head][t] = total[head].get(t, 0) + mentions[k]
    out: dict[str, str] = {}
    for head, tot in total.items():
        key = shorts[head]
        best = max(tot, key=lambda k: (tot[k], k))
        n = tot[best]
        if (
            n >= SURNAME_MERGE_MIN_MENTIONS
            and n >= SURNAME_MERGE_SHARE * sum(tot.values())
            and n >= EAST_ASIAN_PREFIX_DOMINANCE * mentions[key]
        ):
            out[key] = best
    return out


def _nickname_merges(
    conn: sqlite3.Connection, mentions: dict[str, int], base: dict[str, list[str]], merged: dict[str, str]
) -> dict[str, str]:
    """Full names of foreign people (two words or more, the given name a transliterated name:
    :func:`_sound_class`; no Arab lineage word) that differ in the given name only, one given name
    the start or the end of the other, three letters or more (``جيم`` / ``جيمس ماتيس``, ``بيب`` /
    ``جوسيب غوارديولا``: a short form or nickname), go under the most-mentioned of them when some
    article of the store writes both (the evidence that the two are one person there: ent27; on the
    whole ANT v2.1 store ``جيم ماتيس`` 68 articles and ``جيمس ماتيس`` 96 were two rows). Keys
    already merged are left out."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for k, b in base.items():
        if len(b) < 2 or k in merged or _is_titled_key(k) or any(t in _LINEAGE_WORDS for t in b):
            continue
        groups.setdefault(tuple(_spelling_class(t) for t in b[1:]), []).append(k)
    # a name that ends a longer one is that one cut ('ماري لوبان' of the father 'جان ماري لوبان')
    tails = {tuple(b[1:]) for b in base.values() if len(b) >= 3}
    out: dict[str, str] = {}
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-mentions[k], k))
        for short in keys:
            g = base[short][0]
            if len(g) < 3 or _sound_class(g) is None or tuple(base[short]) in tails:
                continue
            for long in keys:
                h = base[long][0]
                if long == short or len(h) <= len(g) or not (h.startswith(g) or h.endswith(g)):
                    continue
                if _sound_class(h) is None or not conn.execute(_BOTH_IN_ONE_ARTICLE, (short, long)).fetchone():
                    continue
                a, b2 = out.get(short, short), out.get(long, long)
                target = min((a, b2), key=lambda k: (-mentions[k], k))
                for k in (short, long):
                    if k != target:
                        out[k] = target
    return out


#: Does one article link both keys?
_BOTH_IN_ONE_ARTICLE = (
    "SELECT 1 FROM entity_links a JOIN entity_links b ON b.article_id = a.article_id AND b.key = ? WHERE a.key = ? LIMIT 1"
)


def _given_name_use(
    keys: list[str], base: dict[str, list[str]], mentions: dict[str, int], articles: dict[str, int]
) -> int:
    """Mentions of the longer names ``keys`` that start with one word, counted as evidence that the
    word is a given name (``فهد`` of ``فهد بن خالد``), which keeps a surname-only entry of that word
    apart: all of them when two names or more start with it, when one is seen in two articles or
    more, or when it goes on with ``بن``; else none — one name of one article that starts with a
    surname is the tagger running a name on into the next words (``بوتين ليس هتلر``, ``ميركل
    ستختار ينس شبان``, ``نتنياهو ظريف``: nu26 item 1, such rows kept ``ميركل``, ``بوتين`` apart)."""
    if len(keys) >= 2 or any(articles[k] >= 2 or base[k][1] in PATRONYMIC_MARKERS for k in keys):
        return sum(mentions[k] for k in keys)
    return 0


def _compound_tail_merges(mentions: dict[str, int], base: dict[str, list[str]], merged: dict[str, str]) -> dict[str, str]:
    """A two-word name that opens with a compound (``عبدالله صالح``, ``عبد الله صالح``, ``أبو مازن``
    — ``عبد`` compounds are one word in :func:`lineage_parts`) → the longer name ending in it
    (``علي عبد الله صالح``: one given name + the short) when that entity holds
    :data:`SURNAME_MERGE_SHARE` of the mentions of all such names and of the names starting with it
    (``عبدالله صالح الأحمر`` counts against) and :data:`SURNAME_MERGE_MIN_MENTIONS` or more. The short
    form of a compound surname names its bearer, as ``عبد الناصر`` does ``جمال عبد الناصر`` (see
    :func:`marsad.entities.linking._is_part`); a longer name ending in it is a descendant's chain
    (``طارق محمد عبدالله صالح``, the nephew; ``أحمد علي عبدالله صالح``, the son), whom the short
    form never names: such names count neither way (ent26: the nephew's 14 mentions on ANT v2.1
    had kept ``عبدالله صالح``, 29 articles, apart from ``علي عبد الله صالح``)."""
    shorts = {
        tuple(b): k for k, b in base.items()
        if len(b) == 2 and k not in merged and not _is_titled_key(k)
        and ((b[0].startswith(_ABD) and len(b[0]) > len(_ABD)) or b[0] == _ABU)
    }  # fmt: skip
    if not shorts:
        return {}
    total: dict[tuple[str, ...], dict[str, int]] = {}
    against: dict[tuple[str, ...], int] = {}
    for k, b in base.items():
        if len(b) <= 2 or _is_titled_key(k):
            continue
        tail, head = tuple(b[-2:]), tuple(b[:2])
        if tail in shorts and len(b) == 3:  # given name + the short: its bearer
            t = merged.get(k, k)
            total.setdefault(tail, {})
            total[tail][t] = total[tail].get(t, 0) + mentions[k]
        if head in shorts:
            against[head] = against.get(head, 0) + mentions[k]
    out: dict[str, str] = {}
    for short, key in shorts.items():
        tot = total.get(short)
        if not tot:
            continue
        best = max(tot, key=lambda k: (tot[k], k))
        if tot[best] >= SURNAME_MERGE_MIN_MENTIONS and tot[best] >= SURNAME_MERGE_SHARE * (
            sum(tot.values()) + against.get(short, 0)
        ):
            out[key] = best
    return out


def _patronymic_merges(mentions: dict[str, int], base: dict[str, list[str]], merged: dict[str, str]) -> dict[str, str]:
    """A name with the father's name in it (``عادل بن أحمد الجبير``) → the same name without it
    (``عادل الجبير``: given name + family name with the article), when that entry exists, the given
    name is no very common one (``محمد``: :data:`COMMON_GIVEN_NAMES`) and every such entry of the
    store names one father (``فهد بن عبدالله العتيبي`` and ``فهد بن سعد العتيبي`` are two people, and
    ``فهد العتيبي`` either)."""
    by_short: dict[str, list[str]] = {}
    for k, b in base.items():
        if (
            len(b) == 4 and b[1] in PATRONYMIC_MARKERS and b[2] not in PATRONYMIC_MARKERS
            and b[3].startswith("ال") and len(b[3]) > 3 and b[0] not in COMMON_GIVEN_NAMES
        ):  # fmt: skip
            by_short.setdefault(f"PER:{b[0]} {b[3]}", []).append(k)
    out: dict[str, str] = {}
    for short, longs in by_short.items():
        if short not in mentions or len({base[k][2] for k in longs}) != 1:
            continue
        target = merged.get(short, short)
        for k in longs:
            if k not in merged and k != target:
                out[k] = target
    return out


def _is_titled_key(key: str) -> bool:
    """Is ``key`` a royal title + one given name (``PER:الملك سلمان``, ``PER:الملك عبد الله``)?"""
    chain = lineage_parts(key[4:])[0]
    return len(chain) == 2 and chain[0] in ROYAL_TITLES


def _titled_merges(conn: sqlite3.Connection, mentions: dict[str, int], merged: dict[str, str]) -> dict[str, str]:
    """Royal title + given name (``PER:الملك سلمان``, :func:`marsad.entities.linking.qualify_titled_given_names`)
    → the full name of that ruler, when the store makes it unambiguous: among the entries (after the
    lineage merges) named by that given name followed by ``بن`` or a regnal ordinal
    (``سلمان بن عبدالعزيز``, ``عبدالله الثاني``: the ways a royal name goes on), one holds at least
    :data:`SURNAME_MERGE_SHARE` of their mentions and :data:`SURNAME_MERGE_MIN_MENTIONS` or more.
    ``الملك عبدالله`` stays apart while both ``عبدالله بن عبدالعزيز`` and ``عبدالله الثاني`` are
    stored, ``الأمير محمد`` while ``محمد بن سلمان`` and ``محمد بن نايف`` are."""
    titled = [k for k in mentions if _is_titled_key(k)]
    if not titled:
        return {}
    by_given: dict[str, dict[str, int]] = {}
    for key, n in mentions.items():
        toks = lineage_parts(key[4:])[0]
        if len(toks) >= 2 and (toks[1] in PATRONYMIC_MARKERS or toks[1] in ORDINAL_KEYS):
            target = merged.get(key, key)
            by_given.setdefault(toks[0], {})
            by_given[toks[0]][target] = by_given[toks[0]].get(target, 0) + n
    out: dict[str, str] = {}
    for key in titled:
        given = lineage_parts(key[4:])[0][1]
        totals = by_given.get(given, {})
        if not totals:
            continue
        best = max(totals, key=lambda k: (totals[k], k))
        if totals[best] >= SURNAME_MERGE_MIN_MENTIONS and totals[best] >= SURNAME_MERGE_SHARE * sum(totals.values()):
            out[key] = best
    return out


def top_entities(
    conn: sqlite3.Connection, type: str | None = None, limit: int = 20, include_common: bool = False
) -> list[dict]:
    """Most-mentioned entities (by articles, then mentions): dicts with key, name, type, articles,
    mentions, aliases (most frequent first, at most 8), a person's name as its commonest spelling
    (:func:`commonest_spelling`) and ``merged`` (the keys listed under this
    entity by :func:`merge_map`, e.g. ``PER:ترمب`` under ``PER:دونالد ترمب``; their articles and
    mentions are counted in, articles once each, and their names are aliases). A person entry whose
    name the store holds as a place or an organisation in :data:`settings.NER_OTHER_TYPE_DOMINANCE`
    times its articles or more is no person row (``بيونغ يانغ``, ``ميلان``). Currencies and
    ``الله`` (:func:`marsad.entities.nonnames.is_common_entity`) are left out unless
    ``include_common``."""
    from marsad.entities.nonnames import is_common_entity

    merged = merge_map(conn, type or "PER") if type in (None, "PER") else {}
    sql = "SELECT key, name, type, articles, mentions FROM entity_registry WHERE articles > 0"
    args: list = []
    if not include_common and type in (None, "MISC"):
        conn.create_function("marsad_common_entity", 2, lambda n, t: int(is_common_entity(n, t)), deterministic=True)
        sql += " AND NOT marsad_common_entity(name, type)"
    if type:
        sql += " AND type = ?"
        args.append(type)
    if type in (None, "PER"):  # a place or club the tagger typed PER in a few articles: listed under its type
        sql += (
            " AND NOT (type = 'PER' AND EXISTS (SELECT 1 FROM entity_registry o WHERE o.key IN"
            " ('LOC:' || substr(entity_registry.key, 5), 'ORG:' || substr(entity_registry.key, 5))"
            " AND o.articles >= ? * entity_registry.articles))"
        )
        args.append(settings.NER_OTHER_TYPE_DOMINANCE)
    if not merged:
        sql += " ORDER BY articles DESC, mentions DESC, key LIMIT ?"
        args.append(limit)
    rows = conn.execute(sql, args).fetchall()
    if merged:
        groups: dict[str, list[str]] = {}
        for key, target in merged.items():
            groups.setdefault(target, []).append(key)
        info = {r[0]: r for r in rows}
        agg = []
        for key, name, typ, arts, ments in rows:
            if key in merged:
                continue
            keys = [key, *sorted(groups.get(key, ()))]
            if len(keys) > 1:
                marks = ",".join("?" * len(keys))
                arts = conn.execute(
                    f"SELECT COUNT(DISTINCT article_id) FROM entity_links WHERE key IN ({marks})", keys
                ).fetchone()[0]
                ments = sum(info[k][4] for k in keys if k in info)
            agg.append((key, name, typ, arts, ments))
        agg.sort(key=lambda r: (-r[3], -r[4], r[0]))
        rows = agg[:limit]
    out = []
    for key, name, typ, arts, ments in rows:
        keys = [key, *sorted(k for k, t in merged.items() if t == key)]
        marks = ",".join("?" * len(keys))
        aliases = [
            a
            for (a,) in conn.execute(
                f"SELECT alias FROM entity_aliases WHERE key IN ({marks}) AND alias != ? "
                "GROUP BY alias ORDER BY SUM(count) DESC, alias LIMIT 8",
                (*keys, name),
            )
        ]
        shown = commonest_spelling(conn, keys, name) if typ == "PER" else name  # spk28: ترامب, not ترمب
        if shown != name:
            aliases = [a for a in [name, *aliases] if a != shown][:8]
        out.append(
            {"key": key, "name": shown, "type": typ, "articles": arts, "mentions": ments, "aliases": aliases,
             "merged": keys[1:]}
        )  # fmt: skip
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
    if keys and type in (None, "PER"):  # the same person under a surname or lineage key
        merged = merge_map(conn, "PER")
        targets = {merged.get(k, k) for k in keys}
        for k in sorted(targets | {k for k, t in merged.items() if t in targets}):
            if k not in keys:
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


# -- one person, one key across spellings (spk28, issue 6 nu28 item 2) --


def spelling_signature(name: str) -> tuple[str, ...]:
    """The name key words of ``name`` each as its spelling class (:func:`_spelling_class`: the
    transliteration variants of :data:`marsad.search.variants.VARIANTS`, the /g/ spellings and a foreign
    name's letter variants that search folds): ``دونالد ترامب`` and ``دونالد ترمب`` give one signature,
    ``بنيامين نتانياهو`` and ``بنيامين نتنياهو`` another."""
    return tuple(_spelling_class(t) for t in name_key(name).split())


def commonest_spelling(conn: sqlite3.Connection, keys: list[str], name: str) -> str:
    """The spelling of ``name`` the store's texts write most: of the aliases of ``keys`` (an entry and
    the keys listed under it) with ``name``'s :func:`spelling_signature`, the one with the most
    mentions (``entity_aliases.count`` summed over the keys); ``name`` itself on a tie or when no
    alias has its signature. The curated list names Trump ``دونالد ترمب``, the news write ``ترامب``
    about ten times as often (nu28: 1,351 against 135 on 3,000 articles): the entry is shown as
    ``دونالد ترامب``. Only names of two words or more: a surname alone is counted under the full name."""
    sig = spelling_signature(name)
    if len(sig) < 2 or not keys:
        return name
    marks = ",".join("?" * len(keys))
    counts: dict[str, int] = {}
    for alias, n in conn.execute(
        f"SELECT alias, SUM(count) FROM entity_aliases WHERE key IN ({marks}) GROUP BY alias", keys
    ):
        if isinstance(alias, str) and len(alias.split()) == len(sig) and spelling_signature(alias) == sig:
            counts[alias] = int(n or 0)
    best = max(counts, key=lambda a: (counts[a], a == name), default=name)
    return best if counts.get(best, 0) > counts.get(name, 0) else name


def key_names(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, str]:
    """The name each registry key is shown by, as ``marsad entities`` lists it: the registry's
    name, for a person its :func:`commonest_spelling` over the key and the keys :func:`merge_map`
    lists under it. The curated key ``PER:دونالد ترمب`` is shown as ``دونالد ترامب``, the spelling
    of 337 articles, not of 3 (new-user report nu32: ``quotes --count`` printed the key). A key
    the registry lacks is left out."""
    keys = [k for k in dict.fromkeys(keys) if k]
    if not keys:
        return {}
    try:
        merged = merge_map(conn, "PER")
    except sqlite3.Error:
        merged = {}
    under: dict[str, list[str]] = {}
    for k, target in merged.items():
        under.setdefault(target, []).append(k)
    out: dict[str, str] = {}
    for key in keys:
        row = conn.execute("SELECT name, type FROM entity_registry WHERE key = ?", (key,)).fetchone()
        if row is None:
            continue
        name, typ = row
        keys_of = [key, *sorted(under.get(key, ()))]
        out[key] = commonest_spelling(conn, keys_of, name) if typ == "PER" else name
    return out


def key_of(conn: sqlite3.Connection) -> Callable[[str | None], str | None]:
    """A look-up from a registry key to the key that stands for its person across spellings and
    name forms (:func:`merge_map`: ``PER:بنيامين نتنياهو`` → ``PER:بنيامين نتانياهو`` when the latter
    has more mentions, ``PER:ترمب`` → ``PER:دونالد ترمب``); other keys and ``None`` unchanged. One
    :func:`merge_map` for the store's state, read when the look-up is made; a store with no registry
    (built ``--core``) maps every key to itself."""
    try:
        merged = merge_map(conn, "PER")
    except sqlite3.Error:
        merged = {}

    def look(key: str | None) -> str | None:
        return merged.get(key, key) if key else key

    return look
