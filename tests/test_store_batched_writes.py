"""The store's batched writes give exactly what one-by-one writes give: multi-row INSERTs
(:func:`marsad.store.db.insert_rows`), the entity registry written per batch
(``registry.save_rows``), and ``Store.add`` without a SAVEPOINT in an ingest's deferred
transaction (an error after its INSERT deletes the row again: nothing of the article stays and
the next article gets the same id)."""

from __future__ import annotations

import itertools
import random
import sqlite3

import pytest

from marsad.entities import registry
from marsad.entities.aliases import canonical
from marsad.model import Article, Entity, Mention
from marsad.search import index as search_index
from marsad.store import db as store_db
from marsad.store.db import ROWS_PER_STATEMENT, Store, insert_rows


def _dump(conn: sqlite3.Connection) -> list[str]:
    return list(conn.iterdump())


@pytest.mark.parametrize("n", [0, 1, ROWS_PER_STATEMENT - 1, ROWS_PER_STATEMENT, ROWS_PER_STATEMENT + 1, 3 * ROWS_PER_STATEMENT + 5])
@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO t (a, b, c) VALUES (?, ?, ?)",
        "INSERT OR IGNORE INTO t (a, b, c) VALUES (?, ?, ?)",
        "INSERT OR REPLACE INTO t (a, b, c) VALUES (?, ?, ?)",
        "INSERT OR IGNORE INTO r (a, b, c) VALUES (?, ?, ?)",
    ],
)
def test_insert_rows_equals_executemany(n, sql):
    rng = random.Random(n)
    # keys repeat (OR IGNORE / OR REPLACE decide), values of every bindable type and NULL
    rows = [
        (rng.randrange(n // 2 + 1), rng.choice([None, 1.5, "نص", b"\x00\xff", 7]), f"r{i}")
        for i in range(n)
    ]
    if not sql.startswith("INSERT OR"):
        rows = [(i, b, c) for i, (_, b, c) in enumerate(rows)]
    dumps, counts = [], []
    for write in ("many", "multi"):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b, c)")
        conn.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, a, b, c, UNIQUE (a))")
        if write == "many":
            counts.append(conn.executemany(sql, rows).rowcount if rows else 0)
        else:
            counts.append(insert_rows(conn, sql, list(itertools.chain.from_iterable(rows)), 3))
        dumps.append(_dump(conn))
    assert dumps[0] == dumps[1]
    assert counts[0] == counts[1]


def test_insert_rows_failing_statement_writes_none_of_its_rows():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b)")
    values = list(itertools.chain.from_iterable((i, i) for i in range(ROWS_PER_STATEMENT)))
    values[-2] = 0  # the last row repeats the first key
    with pytest.raises(sqlite3.IntegrityError):
        insert_rows(conn, "INSERT INTO t (a, b) VALUES (?, ?)", values, 2)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def _entity_article(text: str, ents: list[tuple[str, str, list[tuple[int, int]], list[str]]]) -> Article:
    a = Article(text=text)
    for i, (name, typ, spans, aliases) in enumerate(ents):
        idx = []
        for s, e in spans:
            idx.append(len(a.mentions))
            a.mentions.append(Mention(s, e, type=typ, text=text[s:e], entity=i))
        a.entities.append(Entity(name, typ, aliases, ["مسؤول"], idx, canonical(name, typ)[1]))
    return a


def _registry_articles() -> list[Article]:
    t1 = "قاتل داعش في سوريا"
    t2 = "تنظيم الدولة الإسلامية و الامارات"
    t3 = "زار لافروف دمشق وقال لافروف"
    return [
        _entity_article(t1, [("داعش", "ORG", [(5, 9)], []), ("سوريا", "LOC", [(13, 18)], [])]),
        _entity_article(t2, [("تنظيم الدولة الإسلامية", "ORG", [(0, 22)], []), ("الإمارات", "LOC", [(25, 33)], ["الامارات"])]),
        Article(text="خبر بلا كيانات"),
        _entity_article(t3, [("لافروف", "PER", [(4, 10), (21, 27)], []), ("دمشق", "LOC", [(11, 15)], [])]),
    ]


def test_registry_save_rows_equals_save_article_one_by_one():
    """A batch (ids 5..8, of which 5 and 7 have links already: written again) gives the rows and
    counts of saving the same articles one after another."""
    arts = _registry_articles()
    dumps = []
    for batched in (False, True):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        registry.create_schema(conn)
        registry.save_article(conn, 5, arts[3])  # earlier versions, to be replaced
        registry.save_article(conn, 7, arts[0])
        registry.save_article(conn, 2, arts[1])  # outside the batch: kept
        batch = [(5, arts[0]), (6, arts[1]), (7, arts[2]), (8, arts[3])]
        if batched:
            registry.save_rows(conn, [registry.article_rows(aid, a) for aid, a in batch])
        else:
            for aid, a in batch:
                registry.save_article(conn, aid, a)
        assert registry.verify(conn) == []
        dumps.append(_dump(conn))
    assert dumps[0] == dumps[1]
    assert any("entity_links" in line and "VALUES(2," in line for line in dumps[1])


def test_registry_article_rows_refuses_a_missing_value():
    a = _registry_articles()[0]
    a.entities[0].type = None  # type: ignore[assignment]
    with pytest.raises(TypeError, match="entity registry value"):
        registry.article_rows(1, a)


def test_add_without_savepoint_undoes_its_insert_when_what_follows_fails(tmp_path, monkeypatch):
    """In an ingest's deferred transaction ``Store.add`` runs its INSERT without a SAVEPOINT;
    an error after it (here the search index's ``article_rows``) leaves no row, and the next
    article gets the id the failed one had."""
    orig = search_index.article_rows

    def article_rows(article_id, article):
        if article.source == "bad.txt":
            raise TypeError("not storable")
        return orig(article_id, article)

    monkeypatch.setattr(search_index, "article_rows", article_rows)
    with Store(tmp_path / "s.db") as store:
        assert store._all_batched
        executed: list[str] = []
        store.conn.set_trace_callback(executed.append)
        with store.transaction(defer_rows=True):
            first = store.add(Article(text="خبر أول عن الطقس", source="a.txt"))
            with pytest.raises(TypeError, match="not storable"):
                store.add(Article(text="خبر ثان عن الطقس", source="bad.txt"))
            second = store.add(Article(text="خبر ثالث عن الطقس", source="c.txt"))
        store.conn.set_trace_callback(None)
        assert (first, second) == (1, 2)
        assert not [s for s in executed if s.startswith(("SAVEPOINT add_article", "RELEASE add_article"))]
        assert [r[0] for r in store.conn.execute("SELECT source FROM articles ORDER BY id")] == ["a.txt", "c.txt"]
        assert [r[0] for r in store.conn.execute("SELECT article_id FROM search_doc ORDER BY 1")] == [1, 2]
        assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 2


def test_add_keeps_its_savepoint_when_an_extension_writes_at_once(tmp_path, monkeypatch):
    """An extension that writes in ``save_article`` (not batched) keeps the SAVEPOINT path."""
    import types

    ext = types.ModuleType("marsad_test_ext")
    ext.create_schema = lambda conn: conn.execute("CREATE TABLE IF NOT EXISTS ext_rows (article_id INTEGER)")  # type: ignore[attr-defined]
    ext.save_article = lambda conn, aid, a: conn.execute("INSERT INTO ext_rows VALUES (?)", (aid,))  # type: ignore[attr-defined]
    monkeypatch.setattr(store_db, "load_extensions", lambda: [*[__import__(n, fromlist=["x"]) for n in store_db.EXTENSIONS], ext])
    with Store(tmp_path / "s.db") as store:
        assert not store._all_batched
        with store.transaction(defer_rows=True):
            store.add(Article(text="خبر عن الطقس", source="a.txt"))
        assert store.conn.execute("SELECT article_id FROM ext_rows").fetchall() == [(1,)]
