"""Third new-user report, finding 14: JSON objects that wrap the records, nested field values,
a trailing comma in an array."""

from __future__ import annotations

import json

from marsad.io.readers import read_records

RECORDS = [
    {
        "title": f"خبر {k}",
        "content": f"الرياض - واس\n\nأعلنت الوزارة الخبر رقم {k}.",
        "date": "2015-08-11 10:00",
    }
    for k in range(3)
]


def _read(value: object | str) -> list:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return list(read_records(text.encode("utf-8"), "x.json"))


def test_wrapped_articles_are_read_with_their_verbatim_raw() -> None:
    arts = _read({"status": "ok", "totalResults": 3, "articles": RECORDS})
    assert [a.title_text or a.text.split("\n")[0] for a in arts] == ["خبر 0", "خبر 1", "خبر 2"]
    assert all(a.ok for a in arts)
    assert [a.source for a in arts] == ["x.json#0", "x.json#1", "x.json#2"]
    assert json.loads(arts[1].raw.decode("utf-8")) == RECORDS[1]
    assert arts[0].problems[0].code == "json-wrapper"
    assert "status, totalResults, articles (a list of 3 objects)" in arts[0].problems[0].message
    assert "under articles" in arts[0].problems[0].message


def test_wrapped_two_levels_with_nested_field_values() -> None:
    arts = _read({"data": {"articles": [{"headline": "متداخل", "body": {"text": "نص داخلي"}}]}})
    assert len(arts) == 1
    (a,) = arts
    assert a.ok
    assert a.text == "متداخل\n\nنص داخلي"
    assert a.span_text(a.fields["title"]) == "متداخل"
    assert "data → articles" in a.problems[0].message


def test_wordpress_rendered_and_author_name() -> None:
    rec = {
        "title": {"rendered": "عنوان"},
        "content": {"rendered": "<p>فقرة أولى.</p><p>فقرة ثانية.</p>"},
        "author": {"name": "كاتب"},
    }
    (a,) = _read({"items": [rec]})
    assert a.text == "عنوان\n\nكاتب\n\nفقرة أولى.\n\nفقرة ثانية."


def test_other_wrapper_keys_and_single_list_value() -> None:
    for key in ("data", "items", "results", "posts", "news"):
        assert len(_read({key: RECORDS})) == 3
    assert len(_read({"meta": {"page": 1}, "payload_list": RECORDS})) == 3  # the only list of objects


def test_object_without_article_fields_names_what_was_found() -> None:
    (a,) = _read({"status": "ok", "articles": [1, 2, 3]})
    assert not a.ok
    assert a.problems[-1].code == "empty"
    assert a.problems[-1].message.startswith(
        "an object with keys status, articles (a list of 3 values); no article fields"
    )


def test_record_with_article_fields_is_not_unwrapped() -> None:
    (a,) = _read({"title": "عنوان", "content": "نص", "items": RECORDS})
    assert a.text == "عنوان\n\nنص"


def test_trailing_comma_adds_no_failed_record() -> None:
    text = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + ",\n]\n"
    arts = _read(text)
    assert len(arts) == 3
    assert all(a.ok for a in arts)
    text1 = "[" + json.dumps(RECORDS[0], ensure_ascii=False) + ", ]"
    arts = _read(text1)
    assert len(arts) == 1 and arts[0].ok


def test_unreadable_date_object_is_a_warning_not_a_failure() -> None:
    (a,) = _read({"title": "عنوان", "content": "نص الخبر.", "published": {"y": 2018}})
    assert a.ok
    assert [(p.level, p.code) for p in a.problems] == [("warning", "field-type")]


def test_unreadable_title_beside_content_is_read_with_a_warning() -> None:
    (a,) = _read({"title": {"x": 1}, "content": "نص الخبر."})
    assert a.ok and a.text == "نص الخبر."
    assert [(p.level, p.code) for p in a.problems] == [("warning", "field-type")]
    (b,) = _read({"title": {"x": 1}})
    assert not b.ok
