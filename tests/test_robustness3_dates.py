"""Datelines and dates, third new-user report (findings 10, 11, 12): a header line opening with a
place and a Hijri date; a dated credit line in a TREC ``<AUTHOR>`` or in plain text; ``DD Month
الماضي`` resolved into the future; dual month names without a slash; ``EST`` dropped silently;
epoch numbers in JSON date fields. The strings are the user's own."""

from __future__ import annotations

import json
from datetime import date

import pytest

import marsad
from marsad.time import parse_datetime
from marsad.time.expressions import find_time_expressions

MIXED = (
    "الرياض ١٤٣٩/٦/٢٧هـ الموافق ١٥ مارس ٢٠١٨م - ١٠:٣٠ صباحاً بتوقيت مكة\n\n"
    "أرامكو تعلن عن طرح أولي في بورصة نيويورك وباريس\n\n"
    "الرياض - رويترز\n\n"
    "قال أمين الناصر، الرئيس التنفيذي لشركة أرامكو السعودية، يوم الخميس إن الشركة تدرس طرح أسهمها.\n\n"
    "وأكد وزير الطاقة خالد الفالح أن الطرح يسير وفق الجدول الزمني المحدد.\n"
)


def _kinds(d: dict) -> list[tuple[str, str]]:
    return [(b["kind"], b["text"]) for b in d["blocks"]]


def test_place_then_hijri_header_line_is_not_the_title():
    # before: title 'الرياض ١٤٣٩/٦/٢٧ه الموافق …', lead = the real title, dateline None
    d = marsad.parse(MIXED).to_dict()
    assert d["title"] == "أرامكو تعلن عن طرح أولي في بورصة نيويورك وباريس"
    assert d["dateline"] == "الرياض"
    assert d["published"]["local"] == "2018-03-15T10:30:00+03:00"
    assert d["published"]["calendar"] == "gregorian+hijri"
    kinds = _kinds(d)
    assert kinds[:3] == [
        ("dateline", "الرياض"),
        ("header", "١٤٣٩/٦/٢٧هـ الموافق ١٥ مارس ٢٠١٨م - ١٠:٣٠ صباحاً بتوقيت مكة"),
        ("title", "أرامكو تعلن عن طرح أولي في بورصة نيويورك وباريس"),
    ]
    assert ("dateline", "الرياض - رويترز") in kinds
    assert not any(q.get("cue", {}).get("text") == "تعلن" for q in d.get("quotes", []))


TREC_AUTHOR = """<DOC>
<DOCNO>X-1</DOCNO>
<URL>http://x</URL>
<SRC>X</SRC>
<CAT>world</CAT>
<TITLE>بريطانيا تعلن خطة جديدة</TITLE>
<TIME></TIME>
<AUTHOR>لندن - 15 مارس 2018 10:30 GMT - رويترز</AUTHOR>
<TEXT>
أعلنت الحكومة البريطانية اليوم عن خطة جديدة لدعم الاقتصاد في مواجهة التحديات.
وقال وزير المالية إن الخطة ستبدأ الشهر المقبل.
</TEXT>
</DOC>
"""


def test_trec_author_with_date_time_and_agency():
    # before: published raw '15 مارس 2018 10' (cut at the colon), day precision, tz None; byline None
    d = marsad.parse(TREC_AUTHOR).to_dict()
    pub = d["published"]
    assert (pub["raw"], pub["local"], pub["tz"], pub["precision"]) == (
        "15 مارس 2018 10:30 GMT",
        "2018-03-15T10:30:00+00:00",
        "UTC",
        "minute",
    )
    assert (d["dateline"], d["byline"]) == ("لندن", "رويترز")


@pytest.mark.parametrize(
    "line,date_raw",
    [
        ("لندن - 15 مارس 2018 10:30 GMT - رويترز", "15 مارس 2018 10:30 GMT"),
        ("لندن 15 مارس 2018 10:30 بتوقيت غرينتش (رويترز)", "15 مارس 2018 10:30 بتوقيت غرينتش"),
    ],
)
def test_plain_dated_credit_line(line, date_raw):
    # before: the instant was right but dateline and byline were both None
    text = f"عنوان الخبر هنا\n\n{line}\n\nأعلنت الحكومة البريطانية اليوم عن خطة جديدة لدعم الاقتصاد.\n\nوقال الوزير إن الخطة ستبدأ قريبا.\n"
    for t in (text, text.split("\n\n", 1)[1]):  # under the title, and as the first line
        d = marsad.parse(t).to_dict()
        assert (d["dateline"], d["byline"]) == ("لندن", "رويترز")
        assert d["published"]["raw"] == date_raw
        assert d["published"]["utc"] == "2018-03-15T10:30:00+00:00"
    assert marsad.parse(text).to_dict()["title"] == "عنوان الخبر هنا"


def test_a_title_with_a_place_and_a_number_stays_a_title():
    d = marsad.parse(
        "الرياض تستضيف 20 دولة في قمة الطاقة\n\nافتتحت الرياض اليوم قمة الطاقة بحضور وفود.\n"
    ).to_dict()
    assert d["title"] == "الرياض تستضيف 20 دولة في قمة الطاقة"


def _exprs(text: str, ref: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_time_expressions(text, date.fromisoformat(ref))]


@pytest.mark.parametrize(
    "text,ref,expected",
    [
        # before: 2018-08-03, after the publication day
        ("في 3 آب الماضي", "2018-04-13", [("3 آب", "2017-08-03")]),
        ("زار الرياض في 16 مايو الماضي", "2018-04-13", [("16 مايو", "2017-05-16")]),
        # before: 2018-11-20 (stream.db article 985, published 2018-06-29)
        ("20 تشرين الثاني/نوفمبر الماضي", "2018-06-29", [("20 تشرين الثاني/نوفمبر", "2017-11-20")]),
        ("أغسطس الماضي", "2018-04-13", [("أغسطس الماضي", "2017-08")]),
        ("في 16 مايو المقبل", "2018-06-13", [("16 مايو", "2019-05-16")]),
        ("في 10 أبريل الماضي", "2018-04-13", [("10 أبريل", "2018-04-10")]),
        # before: '20 من كانون الثاني' 2018-01-20 and 'يناير 2017' 2017-01
        ("في 20 من كانون الثاني يناير 2017", "2018-04-13", [("20 من كانون الثاني يناير 2017", "2017-01-20")]),
        (
            "الـ 20 من كانون الثاني يناير 2017",
            "2018-04-13",
            [("20 من كانون الثاني يناير 2017", "2017-01-20")],
        ),
        # before: '14 شباط' 2018-02-14
        ("في 14 شباط فبراير 2016", "2018-04-13", [("14 شباط فبراير 2016", "2016-02-14")]),
    ],
)
def test_directed_and_dual_month_dates(text, ref, expected):
    assert _exprs(text, ref) == expected


def test_past_dates_never_after_publication_day():
    months = [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ]
    ref = date(2018, 6, 29)
    for m in months:
        for day in (1, 15, 28):
            for word in ("الماضي", "المنصرم"):
                (found,) = find_time_expressions(f"في {day} {m} {word}", ref)
                assert found.value is not None and found.value < ref.isoformat(), (m, day, found.value)
            (nxt,) = find_time_expressions(f"في {day} {m} المقبل", ref)
            assert nxt.value is not None and nxt.value > ref.isoformat(), (m, day, nxt.value)


def test_two_different_months_side_by_side_are_not_a_dual_name():
    assert _exprs("في 5 مارس أبريل 2018", "2018-04-13")[0] != ("5 مارس أبريل 2018", "2018-03-05")


@pytest.mark.parametrize(
    "s,local,tz",
    [
        # before: local 2018-03-15T10:30:00, tz None, warnings []
        ("March 15, 2018 10:30 AM EST", "2018-03-15T10:30:00-05:00", "-05:00"),
        ("15 مارس 2018 10:30 PST", "2018-03-15T10:30:00-08:00", "-08:00"),
        ("March 15, 2018 10:30 PM EDT", "2018-03-15T22:30:00-04:00", "-04:00"),
    ],
)
def test_north_american_zone_abbreviations(s, local, tz):
    v = parse_datetime(s)
    assert v is not None and (v.local, v.tz) == (local, tz) and v.warnings == []


def test_unknown_zone_abbreviation_is_not_dropped_silently():
    v = parse_datetime("March 15, 2018 10:30 AM CET")
    assert v is not None and v.tz is None and v.naive
    assert v.warnings == ["zone abbreviation 'CET' not known: the time is kept naive"]
    assert v.confidence <= 0.7


@pytest.mark.parametrize("value", [1521099000, "1521099000", 1521099000000, "1521099000000", 1521099000.0])
def test_epoch_json_date(value):
    # before: problems ['bad-date', 'no-date']
    record = {"title": "عنوان", "content": "نص الخبر هنا في الرياض.", "date": value}
    data = json.dumps(record, ensure_ascii=False).encode()
    article = marsad.parse(data, source="x.json")
    d = article.to_dict()
    assert article.raw == data
    pub = d["published"]
    assert (pub["utc"], pub["tz"], pub["raw"]) == ("2018-03-15T07:30:00+00:00", "UTC", str(value))
    assert "Unix time" in pub["warnings"][0]
    assert not {"bad-date", "no-date"} & {p.code for p in article.problems}


@pytest.mark.parametrize("value", [2018, "20180315", 12, "123"])
def test_numbers_that_are_not_epochs(value):
    record = {"title": "عنوان", "content": "نص الخبر هنا في الرياض.", "date": value}
    article = marsad.parse(json.dumps(record).encode(), source="x.json")
    pub = article.to_dict()["published"]
    assert pub is None or "Unix time" not in " ".join(pub["warnings"])
