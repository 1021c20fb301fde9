"""HTML pages laid out with ``<br>``/``<div>``, visible date lines, share lines, BiDi marks
(third new-user report, finding 2) and HTML inside JSON ``content`` (finding 3). The pages in
``tests/data/robustness3`` are the user's own hostile inputs, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
from marsad.io.html import fragment_paragraphs
from marsad.io.readers import read_records

DATA = Path(__file__).parent / "data" / "robustness3"


def _parse(name: str) -> tuple[marsad.Article, dict]:
    data = (DATA / name).read_bytes()
    article = marsad.parse(data, source=name)
    assert article.raw == data  # raw kept byte for byte
    return article, article.to_dict()


def _content(article: marsad.Article) -> list[str]:
    span = article.fields["content"]
    return article.text[span.start : span.end].split("\n\n")


def _kept_text(article: marsad.Article) -> str:
    """The article's text without the page furniture moved to its ``dropped`` field (recorded in
    ``removed``; eleventh new-user report, finding 9)."""
    span = article.fields.get("dropped")
    return article.text if span is None else article.text[: span.start]


def test_br_page_keeps_story_and_visible_date():
    # before: text 31 characters (the title only); title-only + no-date warnings
    article, d = _parse("br.html")
    assert d["title"] == "مصر تعلن خطة جديدة لدعم السياحة"
    assert d["dateline"] == 'القاهرة - "الأهرام"'
    assert d["published"]["local"] == "2018-03-15T10:30:00+02:00"
    assert d["published"]["tz"] == "Africa/Cairo"
    assert d["published"]["raw"] == "الخميس ١٥ مارس ٢٠١٨ - ١٠:٣٠ صباحاً بتوقيت القاهرة"
    assert _content(article) == [
        'القاهرة - "الأهرام"',
        "أعلنت وزارة السياحة المصرية، اليوم الخميس، عن خطة جديدة لدعم قطاع السياحة تتضمن حوافز للطيران "
        "العارض وتخفيضات على رسوم التأشيرات.",
        "وقال وزير السياحة “إن الخطة تستهدف جذب 15 مليون سائح بحلول نهاية العام”، مضيفا أن الحكومة ستخصص "
        "\u200e200 مليون دولار\u200e للترويج.",
        "وأضاف الوزير أن «القطاع يتعافى بسرعة» بعد سنوات من التراجع.",
    ]
    assert [p.code for p in article.problems] == []
    for junk in ("trackPageView", "سكريبت", "تعليق مخفي", "الرئيسية", "اقرأ أيضا", "جميع الحقوق"):
        assert junk not in _kept_text(article)


def test_div_page_keeps_story_and_quote():
    # before: text 73 characters; the body and the quote were lost
    article, d = _parse("divs.html")
    assert d["dateline"] == "الرياض - واس"
    assert _content(article) == [
        "الرياض - واس",
        "أعلن صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد، اليوم، إطلاق المرحلة الأولى من مشروع نيوم.",
        'وقال الأمير محمد بن سلمان: "نيوم ستكون وجهة عالمية".',
    ]
    assert "نيوم ستكون وجهة عالمية" in [q["text"] for q in d["quotes"]]
    assert "الرئيسية" not in _kept_text(article)


@pytest.mark.parametrize("name,encoding", [("real.html", "utf-8"), ("real1256.html", "cp1256")])
def test_article_page_date_share_lines_and_rlm(name, encoding):
    # before: no-date; "شارك على فيسبوك"/"شارك على تويتر" body paragraphs; speaker '\u200fوزير الصحة'
    article, d = _parse(name)
    assert article.encoding == encoding
    assert d["published"]["local"] == "2020-03-15T22:30:00+02:00"
    assert d["published"]["raw"] == "الأحد، 15 مارس 2020 10:30 م بتوقيت القاهرة"
    assert d["title"] == 'وزير الصحة: "لا إصابات جديدة" بالفيروس'
    assert _content(article) == [
        "القاهرة - أ ش أ",
        "قالت وزيرة الصحة هالة زايد، مساء اليوم الأحد، إنه «لا توجد إصابات جديدة» بالفيروس في المحافظات.",
        "وأضافت زايد أن الوزارة رفعت درجة الاستعداد في جميع المستشفيات.",
    ]
    for junk in ("شارك على", "اقرأ أيضا", "الأكثر قراءة"):
        assert junk not in _kept_text(article)
    assert all("\u200f" not in q["speaker"] for q in d["quotes"] if q.get("speaker"))
    assert "\u200f" not in article.text[: article.fields["title"].end]


def test_earlier_pages_unchanged():
    # a page without any <p> reads its text-only <div>s, however short (fifth new-user report,
    # finding 13: a <div>-only story was `empty`); body <p> pages still read only their <p>
    (a,) = read_records(
        "<html><head><title>عنوان الصفحة</title></head><body><div>لا فقرات</div></body></html>",
        source="p.html",
    )
    assert a.span_text(a.fields["content"]) == "لا فقرات" and a.problems == []
    (b,) = read_records(
        "<html><body><ul><li>قائمة</li></ul><h2>الأكثر قراءة</h2><p>فقرة</p></body></html>", source="q.html"
    )
    assert b.text == "فقرة"


def test_date_line_without_class_near_title():
    page = (
        "<html><body><h1>العنوان هنا</h1><div>15/03/2018 10:30 بتوقيت مكة المكرمة</div>"
        "<div>الرياض - واس<br>أعلنت الوزارة اليوم عن خطة جديدة لتطوير النقل العام في المدن الكبرى "
        "خلال العام المقبل.<br>وقال الوزير إن الخطة تشمل مترو جديدا في العاصمة.</div></body></html>"
    )
    (a,) = read_records(page, source="x.html")
    assert a.text[a.fields["date"].start : a.fields["date"].end] == "15/03/2018 10:30 بتوقيت مكة المكرمة"
    assert _content(a)[0] == "الرياض - واس" and len(_content(a)) == 3


def test_deeply_nested_page_does_not_recurse():
    page = (
        "<html><body>" + "<div>" * 5000 + "نص عميق جدا في الصفحة " * 10 + "</div>" * 5000 + "</body></html>"
    )
    (a,) = read_records(page, source="deep.html")
    assert "نص عميق جدا" in a.text


# -- finding 3: HTML inside JSON values ---------------------------------------------------------
def test_html_in_json_content_is_cleaned():
    # before: one lead block starting '<p>الرياض - واس</p><p>…'; a quote ending in
    # '</p><script>alert(1)</script><p>اقرأ أيضاً: <a href="/x">…'; `alert`, `script`, `href` searchable
    line = (DATA / "htmljson.jsonl").read_bytes()
    article = marsad.parse(line, source="htmljson.jsonl")
    d = article.to_dict()
    assert article.raw == line.rstrip(b"\n")  # raw byte for byte (the line without its end)
    assert _content(article) == [
        "الرياض - واس",
        "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة.",
        "وقال المتحدث باسم الوزارة محمد العبدالعالي إن «الوضع مطمئن».",
    ]
    assert d["dateline"] == "الرياض - واس"
    codes = [(p.level, p.code) for p in article.problems]
    assert codes == [("warning", "html-markup")]
    assert "'content' holds HTML markup" in article.problems[0].message
    for junk in ("<", ">", "alert", "script", "href", "&laquo;", "&nbsp;", "اقرأ أيضاً"):
        assert junk not in article.text
    assert [(q["speaker"], q["text"]) for q in d["quotes"]][-1] == ("محمد العبدالعالي", "إن «الوضع مطمئن»")


def test_html_in_json_title_and_text_key():
    record = {
        "title": "<b>عاجل:</b> خبر <i>مهم</i>",
        "text": "<div>الفقرة الأولى.</div><div>الفقرة الثانية.<br/>سطر ثالث.</div><style>p{}</style>",
    }
    (a,) = read_records(json.dumps(record, ensure_ascii=False), source="r.json")
    t = a.fields["title"]
    assert a.text[t.start : t.end] == "عاجل: خبر مهم"
    assert _content(a) == ["الفقرة الأولى.", "الفقرة الثانية.", "سطر ثالث."]
    assert [p.code for p in a.problems] == ["html-markup", "html-markup"]


def test_plain_json_values_untouched():
    record = {"title": "سعر < 5 دولارات > أمس", "content": "نص <DOCNO> عادي &quot;بلا&quot; وسوم."}
    (a,) = read_records(json.dumps(record, ensure_ascii=False), source="r.json")
    assert a.text == "سعر < 5 دولارات > أمس\n\nنص <DOCNO> عادي &quot;بلا&quot; وسوم." and a.problems == []


def test_json_content_with_paragraph_separators():
    # finding 5 in JSON: content paragraphs separated by U+2029 gave dateline None and one lead
    record = {
        "title": "عنوان",
        "content": "جدة - واس\u2029افتتح الوزير المعرض أمس.\u2029وقال المدير إن الإقبال كبير.",
    }
    (a,) = read_records(json.dumps(record, ensure_ascii=False), source="r.json")
    d = marsad.parse(json.dumps(record, ensure_ascii=False)).to_dict()
    assert d["dateline"] == "جدة - واس"
    assert [p.code for p in a.problems] == ["line-breaks"]


def test_fragment_paragraphs():
    assert fragment_paragraphs("<p>أ</p>نص حر<br><br>ب<script>x()</script><p>شارك على فيسبوك</p>") == [
        "أ",
        "نص حر",
        "ب",
    ]
    assert fragment_paragraphs("") == []
    assert fragment_paragraphs("<p>&laquo;قول&raquo; &amp; فعل</p>") == ["«قول» & فعل"]
