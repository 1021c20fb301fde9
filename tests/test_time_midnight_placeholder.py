"""A date field at exactly 00:00:00 is a date-only placeholder: day precision (nu31, 2026-12-02).

SaudiNewsNet's ``arriyadiyah`` records put ``| Tuesday, 11 August 2015 - 00:00 am`` in the author
field of nine untimed columns, beside ``13:34 pm`` for timed news the same day."""

from __future__ import annotations

import json

import marsad
from marsad.time.publication import MIDNIGHT_NOTE


def _published(rec: dict):
    return marsad.parse(json.dumps([rec], ensure_ascii=False), fmt="json").published


def _snn(author: str) -> dict:
    return {
        "source": "arriyadiyah",
        "url": "http://www.arriyadiyah.com/node/1",
        "date_extracted": "2015-08-11 18:43:53",
        "title": "إدارة جديدة بطموح كبير",
        "author": author,
        "content": "قال رئيس النادي إن الإدارة الجديدة ستعمل على إعادة الفريق إلى البطولات.",
    }


def test_snn_midnight_placeholder_is_a_day():
    pub = _published(_snn("| Tuesday, 11 August 2015 - 00:00 am"))
    assert pub.raw == "Tuesday, 11 August 2015 - 00:00 am"
    assert pub.value.precision == "day"
    assert pub.value.local == "2015-08-11"
    assert pub.value.tz == "Asia/Riyadh"
    assert pub.value.utc == "2015-08-10T21:00:00+00:00"  # the local day starts at 21:00 UTC
    assert MIDNIGHT_NOTE in pub.value.warnings


def test_snn_timed_header_keeps_its_minute():
    pub = _published(_snn("جدة – محمد الجابري | Tuesday, 11 August 2015 - 13:08 pm"))
    assert pub.value.precision == "minute"
    assert pub.value.local == "2015-08-11T13:08:00+03:00"
    assert MIDNIGHT_NOTE not in pub.value.warnings


def test_iso_date_field_at_midnight_is_a_day_but_one_minute_past_is_not():
    base = {"title": "عنوان", "content": "قال الوزير إن الاجتماع سيعقد غدا."}
    pub = _published({**base, "datePublished": "2018-03-01T00:00:00+03:00"})
    assert (pub.value.local, pub.value.precision, pub.value.tz) == ("2018-03-01", "day", "+03:00")
    assert pub.value.utc == "2018-02-28T21:00:00+00:00"
    pub = _published({**base, "datePublished": "2018-03-01T00:01:00+03:00"})
    assert (pub.value.local, pub.value.precision) == ("2018-03-01T00:01:00+03:00", "minute")


def test_a_plain_text_header_at_midnight_is_a_day_in_its_zone():
    # the header line a site's page template writes (the seed's form) is machine-written too: the day
    # and the zone stay, the exact midnight instant does not
    art = marsad.parse("20-04-2024 00:00 بتوقيت القدس المحتلة\n\nقال الوزير إن الاجتماع سيعقد غدا.\n")
    v = art.published.value
    assert (v.local, v.precision, v.tz) == ("2024-04-20", "day", "Asia/Jerusalem")
    assert v.utc == "2024-04-19T21:00:00+00:00"
    art = marsad.parse("20-04-2024 00:05 بتوقيت القدس المحتلة\n\nقال الوزير إن الاجتماع سيعقد غدا.\n")
    assert art.published.value.local == "2024-04-20T00:05:00+03:00"
