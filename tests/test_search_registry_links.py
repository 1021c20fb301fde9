"""Entity filters take every article the entity registry links to the entity (nu33 W10): the index's
``per``/``org``/``loc`` fields hold only the names each article itself uses, so ``org:داعش`` missed the
articles that say ``تنظيم الدولة الإسلامية`` (a 5,000-article store: 385 of the entity's 547 articles;
``org:"أنصار الله"`` 2 of the Houthis' 267). Our own sentences."""

from __future__ import annotations

import sqlite3

import pytest

import marsad
from marsad.entities import registry
from marsad.search import index

TEXTS = [
    "هجوم جديد في العراق\n\nوقال مسؤول عراقي إن مسلحي تنظيم الدولة الإسلامية هاجموا قرية قرب الموصل أمس.",
    "معارك في سوريا\n\nوقال المرصد السوري إن مقاتلي داعش انسحبوا من بلدة في ريف دير الزور أمس.",
    "أمطار غزيرة في جدة\n\nوقالت الأرصاد إن الأمطار ستستمر حتى نهاية الأسبوع في جدة ومكة.",
    "تقدم في اليمن\n\nوقال التحالف إن جماعة أنصار الله الحوثية أطلقت صاروخا على جازان أمس.",
    "مفاوضات اليمن\n\nوقال المبعوث الأممي إن وفد الحوثيين وصل إلى الكويت للمشاركة في المفاوضات.",
]


def _store(with_registry: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    index.create_schema(conn)
    if with_registry:
        registry.create_schema(conn)
    for i, text in enumerate(TEXTS, 1):
        article = marsad.parse(text)
        index.save_article(conn, i, article)
        if with_registry:
            registry.save_article(conn, i, article)
    return conn


def _found(conn: sqlite3.Connection, query: str) -> set[int]:
    return {h["article_id"] for h in index.search(conn, query, limit=50)}


@pytest.fixture(scope="module")
def conn():
    return _store(True)


@pytest.mark.parametrize("query", ["org:داعش", 'org:"تنظيم الدولة الإسلامية"'])
def test_each_name_of_the_islamic_state_finds_both_articles(conn, query):
    assert _found(conn, query) == {1, 2}


@pytest.mark.parametrize("query", ["org:الحوثيين", "org:الحوثيون", 'org:"أنصار الله"'])
def test_each_name_of_the_houthis_finds_both_articles(conn, query):
    assert _found(conn, query) == {4, 5}  # before: {5}, {5}, {4}


def test_registry_links_are_what_entities_counts(conn):
    assert registry.articles_for(conn, "داعش", "ORG") == [1, 2]
    assert index._registry_links(conn, {"org": ["داعش"]}, frozenset()) == {("org", "داعش"): [1, 2]}


def test_a_filter_combined_with_words_and_negation(conn):
    assert _found(conn, "مسلحي org:داعش") == {1}
    assert _found(conn, "الموصل OR -org:داعش") == {1, 3, 4, 5}


def test_search_tables_alone_keep_the_field_match():
    # no registry tables (a tool's index without a store): the names each article uses, no error
    bare = _store(False)
    assert _found(bare, "org:داعش") == {2}
    assert index._registry_links(bare, {"org": ["داعش"]}, frozenset()) == {}


def test_a_prefix_filter_is_not_resolved_in_the_registry(conn):
    assert index._registry_links(conn, {"org": ["داع*"]}, frozenset()) == {}
