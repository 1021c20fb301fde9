"""A JSON record whose unused field is nested deeper than the parser allows (rob23 report, item 14):
the rest of the record is read, with a ``json-too-deep`` warning naming the field; a first line too
deep for the parser no longer makes format detection raise."""

from __future__ import annotations

import json

from marsad.io.formats import detect_format
from marsad.io.jsonrec import read_shallow_object
from marsad.io.readers import read_records

TITLE = "عنوان عميق"
CONTENT = "قال وزير الخارجية الأردني أيمن الصفدي يوم الأحد إن المحادثات مستمرة في القاهرة."
DEEP = '{"a":' * 100_000 + "1" + "}" * 100_000
WARNING = (
    "field 'extra' nested deeper than the JSON parser allows (about 1,000 levels of [ or {): "
    "skipped, the rest of the record read (raw kept)"
)


def _record(extra: str = DEEP, after: str = "") -> str:
    head = json.dumps({"title": TITLE, "content": CONTENT}, ensure_ascii=False)[:-1]
    return head + ', "extra": ' + extra + after + "}"


def _only(records):
    (article,) = records
    return article


def test_deep_unused_field_is_skipped_and_the_record_read():
    article = _only(read_records(_record().encode("utf-8"), "deep.json"))
    assert [(p.level, p.code, p.message) for p in article.problems] == [("warning", "json-too-deep", WARNING)]
    assert article.text[article.fields["title"].start : article.fields["title"].end] == TITLE
    assert CONTENT in article.text
    assert article.raw == _record().encode("utf-8")


def test_fields_after_the_deep_one_are_read_too():
    text = _record(after=', "author": "مراسل"')
    article = _only(read_records(text.encode("utf-8"), "deep.json"))
    assert [p.code for p in article.problems] == ["json-too-deep"]
    assert "مراسل" in article.text


def test_deep_array_value_and_a_deep_field_in_a_json_lines_line():
    line = _record(extra="[" * 50_000 + "]" * 50_000)
    other = json.dumps({"title": "سطر ثان", "content": CONTENT}, ensure_ascii=False)
    records = list(read_records((line + "\n" + other + "\n").encode("utf-8"), "a.jsonl"))
    assert [a.source for a in records] == ["a.jsonl#0", "a.jsonl#1"]
    assert [[p.code for p in a.problems] for a in records] == [["json-too-deep"], []]
    assert TITLE in records[0].text


def test_deep_field_in_an_array_element():
    text = (
        "[" + _record() + ", " + json.dumps({"title": "الثاني", "content": CONTENT}, ensure_ascii=False) + "]"
    )
    records = list(read_records(text.encode("utf-8"), "arr.json"))
    assert [[p.code for p in a.problems] for a in records] == [["json-too-deep"], []]
    assert TITLE in records[0].text and "الثاني" in records[1].text


def test_a_deep_value_that_never_closes_still_fails_whole():
    text = _record(extra="[" * 5000)  # brackets never closed: not a JSON object at all
    article = _only(read_records(text.encode("utf-8"), "bad.json"))
    assert [(p.level, p.code) for p in article.problems] == [("error", "json")]


def test_the_deep_field_being_the_content_leaves_a_title_only_record():
    text = '{"title": "' + TITLE + '", "content": ' + "[" * 5000 + "]" * 5000 + "}"
    article = _only(read_records(text.encode("utf-8"), "c.json"))
    codes = [p.code for p in article.problems]
    assert codes[0] == "json-too-deep" and "'content'" in article.problems[0].message
    assert "title-only" in codes


def test_read_shallow_object():
    obj, end = read_shallow_object('  {"a": 1, "b": ' + "[" * 3000 + "]" * 3000 + ', "c": "}"} tail', 2)
    assert dict(obj) == {"a": 1, "c": "}"} and obj.skipped == ["b"]
    assert end == len('  {"a": 1, "b": ' + "[" * 3000 + "]" * 3000 + ', "c": "}"}')
    assert read_shallow_object('{"a" 1}', 0) is None
    assert read_shallow_object("[1]", 0) is None
    obj, end = read_shallow_object("{}", 0)
    assert dict(obj) == {} and obj.skipped == [] and end == 2


def test_detect_format_never_raises_on_a_deep_first_line():
    deep_line = "[" * 5000 + "]" * 5000
    line2 = json.dumps({"title": "ب", "content": CONTENT}, ensure_ascii=False)
    assert detect_format(deep_line + "\n" + line2 + "\n", "x.txt") == "jsonl"
    assert detect_format("[" * 5000 + "]" * 4999 + "\n" + line2 + "\n", "x.txt") == "json"
    records = list(read_records((deep_line + "\n" + line2 + "\n").encode("utf-8"), "x.txt"))
    assert [(a.source, [p.code for p in a.problems]) for a in records] == [
        ("x.txt#0", ["json"]),
        ("x.txt#1", []),
    ]
