"""Fifth new-user report, findings 12 and 13: JSON record shapes and ``<div>``-only HTML pages."""

from __future__ import annotations

import json

import marsad
from marsad.io import read_records


def codes(article):
    return [p.code for p in article.problems]


def field(article, name):
    return article.span_text(article.fields[name])


# -- finding 13: an HTML body of <div>s only ------------------------------------------------------
DIV_PAGE = (
    "<html><head><style>.c{color:red}</style><script>var x = 'سكربت';</script></head><body>"
    "<nav><div>الرئيسية</div><div>أخبار</div></nav>"
    '<div class="c"><div>قال الوزير إن الوضع مستقر في البلاد.</div>'
    "<div>وأضاف أن الحكومة تعمل.</div><noscript><div>فعّل جافاسكربت</div></noscript></div>"
    "<aside><div>الأكثر قراءة</div></aside><footer><div>جميع الحقوق محفوظة</div></footer>"
    "</body></html>"
)


def test_div_only_body_is_read_as_paragraphs():
    (a,) = read_records(DIV_PAGE, source="d.html")
    assert field(a, "content").split("\n\n") == [
        "قال الوزير إن الوضع مستقر في البلاد.",
        "وأضاف أن الحكومة تعمل.",
    ]
    assert "empty" not in codes(a)


def test_div_only_body_through_the_pipeline_the_reporters_page():
    page = (
        '<html><body><div class="c"><div>قال الوزير إن الوضع مستقر في البلاد.</div>'
        "<div>وأضاف أن الحكومة تعمل.</div></div></body></html>"
    ).encode()
    a = marsad.parse(page)
    assert a.ok and "empty" not in codes(a)
    # no title anywhere: the layout's rule takes the first short paragraph (with a warning)
    assert a.span_text(a.title) == "قال الوزير إن الوضع مستقر في البلاد." and "title-from-text" in codes(a)
    assert [a.span_text(b) for b in a.paragraphs] == ["وأضاف أن الحكومة تعمل."]


def test_div_page_with_p_elsewhere_keeps_the_p_rule():
    # a body with <p> paragraphs: only those (its <div> menus stay out), as before
    (a,) = read_records(
        "<html><body><div>القائمة</div><p>فقرة الخبر الأولى.</p><p>فقرة ثانية.</p></body></html>",
        source="p.html",
    )
    assert field(a, "content") == "فقرة الخبر الأولى.\n\nفقرة ثانية."


def test_page_of_only_skipped_parts_is_still_empty():
    (a,) = read_records(
        "<html><body><nav><div>الرئيسية</div></nav><script>x()</script><footer><div>حقوق</div></footer>"
        "</body></html>",
        source="e.html",
    )
    assert codes(a) == ["empty"] and a.text == ""


# -- finding 12: JSON shapes ------------------------------------------------------------------------
def test_nested_article_object_keeps_its_title_and_the_outer_keys():
    record = {
        "url": "https://example.org/1",
        "article": {"title": "مقال في غلاف", "content": "قال المتحدث إن كل شيء بخير.", "date": "2024-03-24"},
    }
    (a,) = read_records(json.dumps(record, ensure_ascii=False), source="w.json")
    assert field(a, "title") == "مقال في غلاف"
    assert field(a, "content") == "قال المتحدث إن كل شيء بخير."
    assert field(a, "date") == "2024-03-24"
    assert a.meta == {"url": "https://example.org/1"}
    assert codes(a) == ["json-wrapper"] and "'article'" in a.problems[0].message


def test_article_object_two_levels_down_and_a_nested_content_value_unchanged():
    record = {"data": {"item": {"headline": "عنوان عميق", "body": "نص الخبر العميق."}}}
    (a,) = read_records(json.dumps(record, ensure_ascii=False), source="w.json")
    assert (field(a, "title"), field(a, "content")) == ("عنوان عميق", "نص الخبر العميق.")
    assert "'data → item'" in a.problems[0].message
    # a record with its own title: a nested content object is read as before (its inner value)
    (b,) = read_records(
        json.dumps({"title": "عنوان", "content": {"text": "نص داخل كائن"}}, ensure_ascii=False),
        source="n.json",
    )
    assert (field(b, "title"), field(b, "content")) == ("عنوان", "نص داخل كائن")
    assert codes(b) == ["field-type"]


def test_text_beside_content_is_named_when_it_differs():
    record = {"title": "عنوان", "text": "نص من حقل text", "content": "نص من حقل content"}
    (a,) = read_records(json.dumps(record, ensure_ascii=False), source="t.json")
    assert field(a, "content") == "نص من حقل content" and a.meta["text"] == "نص من حقل text"
    assert codes(a) == ["json-fields"]
    assert a.problems[0].message.startswith("'content' and 'text' both hold text and differ: 'content' read")
    # the same text twice (or a blank second value) needs no word
    for text in ("نص من حقل content ", "", "  "):
        (b,) = read_records(
            json.dumps({"title": "عنوان", "text": text, "content": "نص من حقل content"}, ensure_ascii=False),
            source="t.json",
        )
        assert codes(b) == []
    # the same rule for the title (title before headline)
    (c,) = read_records(
        json.dumps({"title": "عنوان أول", "headline": "عنوان آخر", "content": "نص."}, ensure_ascii=False),
        source="h.json",
    )
    assert field(c, "title") == "عنوان أول" and codes(c) == ["json-fields"]


def test_array_on_a_jsonl_line_is_expanded_into_its_records():
    lines = [
        json.dumps(
            [
                {"title": "خبر 9", "content": "قال الوزير إن الخبر 9 مهم."},
                {"title": "خبر 10", "content": "نص 10."},
            ],
            ensure_ascii=False,
        ),
        json.dumps({"title": "خبر 11", "content": "نص 11."}, ensure_ascii=False),
    ]
    data = ("\n".join(lines) + "\n").encode()
    arts = list(read_records(data, source="l.jsonl"))
    assert [field(a, "title") for a in arts] == ["خبر 9", "خبر 10", "خبر 11"]
    assert [a.fmt for a in arts] == ["jsonl"] * 3
    assert codes(arts[0]) == ["jsonl-array"] and codes(arts[1]) == codes(arts[2]) == []
    assert json.loads(arts[1].raw) == {"title": "خبر 10", "content": "نص 10."}  # the element, verbatim
    # a whole file that is one array on one line, named .jsonl
    one = json.dumps([{"title": "خبر 4", "content": "نص 4."}, {"title": "خبر 5", "content": "نص 5."}])
    assert [field(a, "title") for a in read_records(one.encode(), source="array_as.jsonl")] == [
        "خبر 4",
        "خبر 5",
    ]
    # an array of non-records stays one json-type error
    (bad,) = read_records(b"[1, 2, 3]\n", source="n.jsonl")
    assert codes(bad) == ["json-type"]


def test_array_line_in_a_jsonl_file_on_disk_is_expanded(tmp_path):
    from marsad.io.sources import iter_articles

    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps(
            [{"title": "خبر 1", "content": "نص 1."}, {"title": "خبر 2", "content": "نص 2."}],
            ensure_ascii=False,
        )
        + "\n"
        + json.dumps({"title": "خبر 3", "content": "نص 3."}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    arts = list(iter_articles([path]))
    assert [field(a, "title") for a in arts] == ["خبر 1", "خبر 2", "خبر 3"]
    assert codes(arts[0]) == ["jsonl-array"]


def test_a_div_page_takes_its_title_from_the_title_class_and_leaves_menu_and_footer_out():
    """Sixth new-user report, finding 7: the menu's first item was the title, the footer a paragraph."""
    import marsad

    page = (
        '<html><body><div class="hdr"><div>الرئيسية</div><div>أخبار</div></div>'
        '<div class="title">وزير الخارجية يزور بغداد</div><div class="date">2024-05-01 10:00</div>'
        '<div class="body"><div>وصل وزير الخارجية إلى بغداد اليوم في زيارة رسمية.</div>'
        "<div>وقال الوزير إن الزيارة تهدف إلى تعزيز العلاقات.</div></div>"
        '<div class="footer">جميع الحقوق محفوظة</div></body></html>'
    )
    a = marsad.parse(page.encode(), fmt="html")
    assert a.title_text == "وزير الخارجية يزور بغداد"
    body = [a.text[b.start : b.end] for b in a.body]
    assert body == [
        "وصل وزير الخارجية إلى بغداد اليوم في زيارة رسمية.",
        "وقال الوزير إن الزيارة تهدف إلى تعزيز العلاقات.",
    ]
    assert "title-from-text" not in [p.code for p in a.problems]
