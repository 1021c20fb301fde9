"""Fifth new-user report, findings 6 and 7: dated dateline lines and date label lines.

A dateline line that carries a time (``بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت``) is the
dateline (place) plus a ``header`` block (the date-time), never a body sub-heading; a ``نشر في: …
آخر تحديث: …`` line gives the publication time (a ``header`` block) and the last-modification time
(``meta["date_modified"]``, resolved in ``meta["date_modified_iso"]``), and is not the lead.
"""

from __future__ import annotations

import json

import pytest

import marsad
from marsad.layout.dateline import find_place_date_line
from marsad.layout.header import find_date_label_line

LEAD = "قال المتحدث إن الاختبار جار."


def kinds(article):
    return [(b.kind, article.span_text(b)) for b in article.blocks]


# -- finding 6: a dated dateline line with a time ----------------------------------------------------
DATED_LINES = [
    # line, place, date-time (header), byline, local time, zone
    (
        "بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت",
        "بيروت",
        "٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت",
        None,
        "2024-03-24T23:05:00+02:00",
        "Asia/Beirut",
    ),
    (
        "الخرطوم، الأحد 24 مارس (آذار) 2024، 9:30 م (ت.غ)",
        "الخرطوم",
        "الأحد 24 مارس (آذار) 2024، 9:30 م (ت.غ)",
        None,
        "2024-03-24T21:30:00+00:00",
        "UTC",
    ),
    (
        "الرياض - 14 رمضان 1445 هـ الموافق 24 مارس 2024م، الساعة ٠٩:٣٠ ص بتوقيت مكة",
        "الرياض",
        "14 رمضان 1445 هـ الموافق 24 مارس 2024م، الساعة ٠٩:٣٠ ص بتوقيت مكة",
        None,
        "2024-03-24T09:30:00+03:00",
        "Asia/Riyadh",
    ),
    (  # was: the whole line the dateline and "توقيت غرينتش" the byline
        "الرباط - الأحد 24 مارس 2024 - 21:30 (توقيت غرينتش)",
        "الرباط",
        "الأحد 24 مارس 2024 - 21:30 (توقيت غرينتش)",
        None,
        "2024-03-24T21:30:00+00:00",
        "UTC",
    ),
    (  # was: cut at the clock's colon, "15 صباحا بتوقيت تونس" a sub-heading
        "تونس في 24 مارس 2024 على الساعة 10:15 صباحا بتوقيت تونس",
        "تونس",
        "في 24 مارس 2024 على الساعة 10:15 صباحا بتوقيت تونس",
        None,
        "2024-03-24T10:15:00+01:00",
        "Africa/Tunis",
    ),
    (  # a place of two words, an agency closing the line; no zone written: the dateline place's
        # zone, assumed (confidence 0.8, ninth new-user report item 5; was naive)
        "مكة المكرمة، الأحد ٢٤ مارس ٢٠٢٤ - ٠٩:٣٠ صباحاً (واس)",
        "مكة المكرمة",
        "الأحد ٢٤ مارس ٢٠٢٤ - ٠٩:٣٠ صباحاً",
        "واس",
        "2024-03-24T09:30:00+03:00",
        "Asia/Riyadh",
    ),
]


@pytest.mark.parametrize(("line", "place", "date", "byline", "local", "tz"), DATED_LINES)
def test_dated_dateline_line_in_a_plain_text(line, place, date, byline, local, tz):
    a = marsad.parse(f"عنوان الخبر\n\n{line}\n\n{LEAD}\n")
    assert a.span_text(a.dateline) == place
    assert ("dateline", place) in kinds(a) and ("header", date) in kinds(a)
    assert a.span_text(a.byline) == (byline or "")
    assert [a.span_text(b) for b in a.paragraphs] == [LEAD] and a.span_text(a.lead) == LEAD
    assert not a.subheadings
    assert (a.published.source, a.published.raw, a.published.value.local, a.published.value.tz) == (
        "header",
        date,
        local,
        tz,
    )


@pytest.mark.parametrize(("line", "place", "date", "byline", "local", "tz"), DATED_LINES[:3])
def test_dated_dateline_line_opening_a_json_content_field(line, place, date, byline, local, tz):
    record = {"title": "عنوان الخبر", "content": f"{line}\n\n{LEAD}\n\nوأضاف أن العمل مستمر."}
    a = marsad.parse(json.dumps(record, ensure_ascii=False), fmt="json")
    assert a.span_text(a.dateline) == place and ("header", date) in kinds(a)
    assert a.span_text(a.lead) == LEAD and not a.subheadings
    assert a.published.value.local == local


def test_dated_dateline_line_first_in_a_text_without_title():
    a = marsad.parse(f"بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت\nعنوان الخبر\n\n{LEAD}\n")
    assert a.span_text(a.dateline) == "بيروت" and a.span_text(a.title) == "عنوان الخبر"
    assert a.published.value.utc == "2024-03-24T21:05:00+00:00"


@pytest.mark.parametrize(
    "line",
    [
        "بيروت ٢٤ آذار ٢٠٢٤ قتل ثلاثة في انفجار.",  # a sentence (final full stop)
        "بيروت 3 قتلى في الانفجار وعشرات الجرحى في المستشفيات",  # no date
        "بيروت الجميلة تستقبل 24 ألف زائر",  # no date after the place
        "المتحدث، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥",  # not a known place
    ],
)
def test_lines_that_are_not_dated_datelines(line):
    assert find_place_date_line(line, 0, len(line)) is None


def test_a_sentence_opening_with_a_place_and_date_stays_the_lead():
    line = "بيروت ٢٤ آذار ٢٠٢٤ قتل ثلاثة في انفجار."
    a = marsad.parse(f"عنوان الخبر\n\n{line}\n\n{LEAD}\n")
    assert a.span_text(a.lead) == line and a.dateline is None


# -- finding 7: "نشر في: … آخر تحديث: …" ------------------------------------------------------------
ALARABIYA = (
    "نشر في: 24 مارس ,2024: 09:30 ص بتوقيت مكة المكرمة آخر تحديث: 24 مارس ,2024: 11:00 ص بتوقيت مكة المكرمة"
)


def test_al_arabiya_published_and_updated_line():
    a = marsad.parse(f"عنوان اختبار التاريخ\n\n{ALARABIYA}\n\n{LEAD}\n")
    assert kinds(a) == [
        ("title", "عنوان اختبار التاريخ"),
        ("header", "24 مارس ,2024: 09:30 ص بتوقيت مكة المكرمة"),
        ("meta", "24 مارس ,2024: 11:00 ص بتوقيت مكة المكرمة"),
        ("lead", LEAD),
    ]
    v = a.published.value
    assert (a.published.source, v.local, v.utc, v.tz, v.confidence, v.warnings) == (
        "header",
        "2024-03-24T09:30:00+03:00",
        "2024-03-24T06:30:00+00:00",
        "Asia/Riyadh",
        1.0,
        [],
    )
    assert a.meta == {
        "date_modified": "24 مارس ,2024: 11:00 ص بتوقيت مكة المكرمة",
        "date_modified_iso": "2024-03-24T11:00:00+03:00",
    }
    assert a.problems == []


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("نُشر في 24 مارس 2024", "24 مارس 2024", None),  # harakat, no colon: a digit follows
        ("تاريخ النشر : 14/9/1445هـ", "14/9/1445هـ", None),
        ("• نشر بتاريخ: الأحد 24 مارس 2024", "الأحد 24 مارس 2024", None),
        ("Published on 24 March 2024 09:30 GMT", "24 March 2024 09:30 GMT", None),
        ("اخر تحديث: 2024-03-24T11:00:00+03:00", None, "2024-03-24T11:00:00+03:00"),
        (
            "نشر: 2024-03-24T09:30:00+03:00 | تحديث: 2024-03-24T11:00:00+03:00",
            "2024-03-24T09:30:00+03:00",
            "2024-03-24T11:00:00+03:00",
        ),
    ],
)
def test_date_label_line_forms(line, published, modified):
    found = find_date_label_line(line, 0, len(line))
    assert found is not None
    got = tuple(None if s is None else line[s.start : s.end] for s in (found.published, found.modified))
    assert got == (published, modified)


@pytest.mark.parametrize(
    "line",
    [
        "نشر في 2012 وثيقة عن تمويل الزعيم الليبي الراحل معمر القذافي.",
        "نشر في صحيفة الرياض تقرير عن الطقس",
        "نشر الجيش 24 صورة للهجوم",  # a one-word label needs a colon
        "آخر تحديث للتطبيق 24 مارس 2024 أضاف ميزات جديدة كثيرة للمستخدمين في كل مكان.",
        "قال المتحدث: نشر في: 24 مارس 2024",  # the label does not open the line
    ],
)
def test_prose_with_publication_words_is_not_a_date_label_line(line):
    assert find_date_label_line(line, 0, len(line)) is None


def test_date_label_line_at_the_end_of_a_json_content_is_not_body():
    record = {
        "title": "عنوان",
        "content": f"{LEAD}\n\nوأضاف أن العمل مستمر.\n\nتاريخ النشر: 24 مارس 2024 - 09:30 بتوقيت مكة المكرمة",
    }
    a = marsad.parse(json.dumps(record, ensure_ascii=False), fmt="json")
    assert [a.span_text(b) for b in a.paragraphs] == [LEAD, "وأضاف أن العمل مستمر."]
    assert ("header", "24 مارس 2024 - 09:30 بتوقيت مكة المكرمة") in kinds(a)
    assert a.published.value.local == "2024-03-24T09:30:00+03:00" and a.published.source == "header"


def test_updated_line_alone_stands_in_for_the_publication_time_with_a_warning():
    a = marsad.parse(f"عنوان اختبار\n\nآخر تحديث: 24 مارس 2024 - 11:00 بتوقيت مكة المكرمة\n\n{LEAD}\n")
    assert a.span_text(a.lead) == LEAD
    v = a.published.value
    assert (a.published.source, v.local, v.confidence) == ("date_modified", "2024-03-24T11:00:00+03:00", 0.5)
    assert "last updated" in v.warnings[-1]
    assert [p.code for p in a.problems] == ["modified-time"]
    assert a.meta["date_modified_iso"] == "2024-03-24T11:00:00+03:00"


def test_updated_line_opening_a_plain_text_is_no_dateline():
    """Ninth new-user report, item 6: as the first line of a plain text (no title before it) the
    ``آخر تحديث:`` line was read as a dateline and taken as the publication time, confidence 1.0."""
    a = marsad.parse(f"آخر تحديث: الثلاثاء 11 أغسطس 2015 - 3:45 م\nعنوان الخبر التجريبي هنا\n{LEAD}\n")
    v = a.published.value
    assert (a.published.source, v.local, v.confidence) == ("date_modified", "2015-08-11T15:45:00", 0.5)
    assert [p.code for p in a.problems] == ["modified-time"]
    plain = marsad.parse(f"الثلاثاء 11 أغسطس 2015 - 3:45 م\nعنوان الخبر التجريبي هنا\n{LEAD}\n")
    assert plain.published.value.confidence == 1.0 and not plain.problems  # no label: still the date


def test_publication_after_the_last_update_is_doubtful():
    line = "نشر في: 25 مارس 2024 09:30 بتوقيت مكة المكرمة | آخر تحديث: 24 مارس 2024 11:00 بتوقيت مكة المكرمة"
    a = marsad.parse(f"عنوان اختبار\n\n{line}\n\n{LEAD}\n")
    v = a.published.value
    assert v.local == "2024-03-25T09:30:00+03:00" and v.confidence == 0.7
    assert "after the last update" in v.warnings[-1]


def test_json_record_modification_key_is_resolved():
    record = {"title": "عنوان", "date": "2024-03-24T09:30:00+03:00", "dateModified": "2024-03-24T12:00:00Z"}
    record["content"] = LEAD
    a = marsad.parse(json.dumps(record, ensure_ascii=False), fmt="json")
    assert a.published.value.local == "2024-03-24T09:30:00+03:00" and a.published.source == "date"
    assert a.meta["dateModified"] == "2024-03-24T12:00:00Z"
    assert a.meta["date_modified_iso"] == "2024-03-24T12:00:00+00:00"
    assert a.published.value.confidence == 1.0


@pytest.mark.parametrize(
    ("line", "local", "byline", "lead"),
    [
        (
            "بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت: قالت مصادر أمنية إن غارة استهدفت بلدة.",
            "2024-03-24T23:05:00+02:00", None, "قالت مصادر أمنية إن غارة استهدفت بلدة.",
        ),
        (
            "بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت - قالت مصادر أمنية إن غارة استهدفت بلدة.",
            "2024-03-24T23:05:00+02:00", None, "قالت مصادر أمنية إن غارة استهدفت بلدة.",
        ),
        (
            "دمشق، 5 كانون الثاني 2023، الساعة 08:40 صباحاً بتوقيت دمشق (سانا) - أعلنت الوزارة عن خطة.",
            "2023-01-05T08:40:00+03:00", "سانا", "أعلنت الوزارة عن خطة.",
        ),
    ],
)
def test_a_dated_dateline_opening_the_lead_on_the_same_line(line, local, byline, lead):
    """Sixth new-user report, finding 6: the wire form "PLACE، DATE TIME - prose" lost its time and
    zone (only the line on its own was read)."""
    a = marsad.parse("عنوان الخبر\n\n" + line + "\n")
    assert a.published.value.local == local
    assert a.text[a.dateline.start : a.dateline.end] == line.split("،")[0]
    assert (a.text[a.byline.start : a.byline.end] if a.byline else None) == byline
    assert a.text[a.lead.start : a.lead.end] == lead
