"""The entity registry store extension, and the `marsad entities` / `eval ner` commands."""
from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from marsad.entities import registry
from marsad.model import Article, Entity, Mention


def _article(text, ents):
    """``ents``: [(name, type, [(start, end)], aliases, roles)]"""
    a = Article(text=text)
    for i, (name, typ, spans, aliases, roles) in enumerate(ents):
        idx = []
        for s, e in spans:
            idx.append(len(a.mentions))
            a.mentions.append(Mention(s, e, type=typ, text=text[s:e], entity=i))
        from marsad.entities.aliases import canonical

        a.entities.append(Entity(name, typ, aliases, roles, idx, canonical(name, typ)[1]))
    return a


@pytest.fixture()
def conn():
    c = sqlite3.connect(":memory:")
    registry.create_schema(c)
    registry.create_schema(c)  # idempotent
    return c


def test_registry_links_aliases_across_articles(conn):
    t1 = "قاتل داعش في سوريا"
    a1 = _article(t1, [("داعش", "ORG", [(5, 9)], [], []), ("سوريا", "LOC", [(13, 18)], [], [])])
    t2 = "تنظيم الدولة الإسلامية و الامارات"
    a2 = _article(t2, [("تنظيم الدولة الإسلامية", "ORG", [(0, 22)], [], []), ("الإمارات", "LOC", [(25, 33)], ["الامارات"], [])])
    registry.save_article(conn, 1, a1)
    registry.save_article(conn, 2, a2)
    top = registry.top_entities(conn)
    assert top[0]["name"] == "تنظيم الدولة الإسلامية"
    assert (top[0]["articles"], top[0]["mentions"]) == (2, 2)
    assert "داعش" in top[0]["aliases"]
    assert registry.articles_for(conn, "داعش") == [1, 2]
    assert registry.articles_for(conn, "الدولة الإسلامية", "ORG") == [1, 2]
    assert registry.articles_for(conn, "الإمارات العربية المتحدة") == [2]
    assert registry.articles_for(conn, "الجيش السوري") == []
    assert [r["name"] for r in registry.top_entities(conn, "LOC")] == ["سوريا", "الإمارات"] or \
        [r["name"] for r in registry.top_entities(conn, "LOC")] == ["الإمارات", "سوريا"]
    assert registry.verify(conn) == []


def test_resaving_an_article_replaces_its_rows(conn):
    a = _article("لافروف", [("سيرغي لافروف", "PER", [(0, 6)], ["لافروف"], ["وزير الخارجية الروسي"])])
    registry.save_article(conn, 7, a)
    registry.save_article(conn, 7, a)
    row = conn.execute("SELECT articles, mentions FROM entity_registry").fetchone()
    assert row == (1, 1)
    roles = conn.execute("SELECT roles FROM entity_links WHERE article_id = 7").fetchone()[0]
    assert "وزير الخارجية الروسي" in roles
    assert registry.verify(conn) == []


def test_store_round_trip_and_cli(tmp_path, seed_article):
    from marsad.cli import entities as _  # noqa: F401 - registers the commands
    from marsad.cli.app import app
    from marsad.store.db import Store

    db = tmp_path / "m.db"
    with Store(db) as store:
        with store.transaction():
            store.add(seed_article)
    runner = CliRunner()
    res = runner.invoke(app, ["entities", "--db", str(db), "--type", "PER"])
    assert res.exit_code == 0, res.output
    assert "سيرغي لافروف" in res.output and "لافروف" in res.output
    assert "سوريا" not in res.output
    res = runner.invoke(app, ["entities", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1
    res = runner.invoke(app, ["entities", "--db", str(db), "--type", "XYZ"])
    assert res.exit_code == 2  # a bad option value is a usage error (tests/test_cli_usage_errors.py)


def test_eval_ner_on_a_small_file(tmp_path):
    from marsad.cli import entities as _  # noqa: F401
    from marsad.cli.app import app

    p = tmp_path / "t.txt"
    p.write_text("وقال O\nسيرغي B-PERS\nلافروف I-PERS\nفي O\nموسكو B-LOC\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "ner", str(p)])
    assert res.exit_code == 0, res.output
    assert "overall" in res.output and "100.00" in res.output
    res = CliRunner().invoke(app, ["eval", "ner", str(tmp_path / "missing.txt")])
    assert res.exit_code == 1
