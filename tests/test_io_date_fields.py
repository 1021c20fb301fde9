"""The readers' date fields (eighth new-user report, finding 10): schema.org ``datePublished`` and the
other publication-date keys of JSON records, the JSON-LD of HTML pages, and a WordPress US-order date
line (``أبريل 20, 2024``) above a plain-text article."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.io.jsonrec import DATE_KEYS
from marsad.layout.rules import FIELD_ROLES
from marsad.time.publication import TIME_FIELDS


def _record(key: str, value: str = "2024-04-20T10:00:00Z") -> marsad.Article:
    rec = {"title": "عنوان الخبر هنا", "content": "نص الخبر الخامس هنا طويل بما يكفي.", key: value}
    return marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")


def test_every_publication_date_key_is_read_by_the_time_stage_and_the_layout():
    for key in DATE_KEYS:
        if key == "date_modified":
            continue
        assert key in TIME_FIELDS, key
        assert FIELD_ROLES.get(key) == "date", key


@pytest.mark.parametrize(
    "key",
    ["datePublished", "published_at", "publishedAt", "publish_date", "pubdate", "date_published",
     "publication_date", "pub_date", "dateCreated", "created_at", "date", "published"],
)
def test_json_date_keys(key):
    a = _record(key)
    assert a.published is not None, key
    assert (a.published.source, a.published.value.utc) == (key, "2024-04-20T10:00:00+00:00")
    assert "no-date" not in [p.code for p in a.problems]
    assert [b.kind for b in a.blocks if b.field == key] == ["header"]  # not body text


def test_schema_org_record():
    rec = {"headline": "عنوان الخبر", "article_body": "نص الخبر هنا عن الاقتصاد.", "datePublished": "2024-04-20T10:00:00Z"}
    a = marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")
    assert a.published.value.utc == "2024-04-20T10:00:00+00:00"
    assert a.published.source == "datePublished"


def test_published_before_created():
    rec = {"title": "عنوان", "content": "نص الخبر.", "created_at": "2024-04-19T09:00:00Z",
           "published_at": "2024-04-20T10:00:00Z"}
    a = marsad.parse(json.dumps(rec, ensure_ascii=False), fmt="json")
    assert a.published.source == "published_at"
    assert a.meta["created_at"] == "2024-04-19T09:00:00Z"


_PAGE = """<html lang="ar"><head><title>خبر</title>{ld}</head><body><article>
<h1>عنوان الخبر الرئيسي هنا</h1><p>نص الخبر الأول هنا عن الاقتصاد والسياسة في المنطقة.</p>
<p>الفقرة الثانية من الخبر تتحدث عن التطورات.</p></article></body></html>"""


def _page(ld: str) -> marsad.Article:
    return marsad.parse(_PAGE.format(ld=ld), fmt="html")


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def test_html_json_ld_date_and_author():
    a = _page(_ld({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-04-20T10:00:00+03:00",
                   "author": {"@type": "Person", "name": "سارة أحمد"}}))
    assert a.published.value.utc == "2024-04-20T07:00:00+00:00"
    assert a.span_text(a.byline) == "سارة أحمد"
    assert "no-date" not in [p.code for p in a.problems]


def test_html_json_ld_graph_and_lists():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "datePublished": "2020-01-01T00:00:00Z"},
        {"@type": ["NewsArticle"], "dateCreated": "2024-04-20T10:00:00Z",
         "author": [{"name": "سارة أحمد"}, {"name": "علي حسن"}]},
    ]}
    a = _page('<script type="application/ld+json">not json</script>' + _ld([{"@type": "Organization"}, graph]))
    assert a.published.value.utc == "2024-04-20T10:00:00+00:00"  # the article, not the WebPage
    assert a.span_text(a.byline) == "سارة أحمد، علي حسن"


def test_html_meta_published_time_wins_over_json_ld():
    meta = '<meta property="article:published_time" content="2024-04-21T10:00:00Z">'
    a = _page(meta + _ld({"@type": "NewsArticle", "datePublished": "2024-04-20T10:00:00Z"}))
    assert a.published.value.utc == "2024-04-21T10:00:00+00:00"


def test_html_json_ld_before_og_updated_time():
    meta = '<meta property="og:updated_time" content="2024-04-22T10:00:00Z">'
    a = _page(meta + _ld({"@type": "NewsArticle", "datePublished": "2024-04-20T10:00:00Z"}))
    assert a.published.value.utc == "2024-04-20T10:00:00+00:00"


def test_html_without_any_date_still_says_so():
    a = _page(_ld({"@type": "Organization", "name": "الجزيرة"}))
    assert a.published is None
    assert "no-date" in [p.code for p in a.problems]


@pytest.mark.parametrize("line", ["أبريل 20, 2024", "أبريل 20، 2024", "April 20, 2024", "نيسان 20, 2024"])
def test_us_order_date_line_is_the_header_not_the_title(line):
    a = marsad.parse(f"{line}\n\nعنوان الخبر\n\nنص الخبر هنا عن الاقتصاد.\n", fmt="text")
    assert a.span_text(a.title) == "عنوان الخبر"
    assert a.published.value.local == "2024-04-20"
    assert a.published.source == "header"
