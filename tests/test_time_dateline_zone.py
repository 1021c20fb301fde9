"""Ninth new-user report, item 5: a naive publication time on the dateline's own line takes the
zone of the dateline place (sources without a zone convention), with lowered confidence and a
warning; a time on another line, an ambiguous place, or a source convention's zone stay as before."""

from __future__ import annotations

import json

import pytest

import marsad
from marsad import settings

LEAD = "قال الوزير إن الاجتماع انتهى."


@pytest.mark.parametrize(
    ("line", "local", "tz", "utc"),
    [
        ("تونس - الأحد 29 جانفي 2017 الساعة 21:16", "2017-01-29T21:16:00+01:00", "Africa/Tunis",
         "2017-01-29T20:16:00+00:00"),
        ("القاهرة، 12 مارس 2019 10:30", "2019-03-12T10:30:00+02:00", "Africa/Cairo", "2019-03-12T08:30:00+00:00"),
        ("القاهرة - 12 مارس 2019", "2019-03-12", "Africa/Cairo", "2019-03-11T22:00:00+00:00"),
        ("بيروت - الأحد 29 كانون الثاني 2017 الساعة 21:16", "2017-01-29T21:16:00+02:00", "Asia/Beirut",
         "2017-01-29T19:16:00+00:00"),
    ],
)
def test_time_on_the_dateline_line_takes_the_place_zone(line, local, tz, utc):
    a = marsad.parse(f"عنوان الخبر\n\n{line}\n\n{LEAD}\n")
    v = a.published.value
    assert (v.local, v.tz, v.utc) == (local, tz, utc)
    assert v.confidence == settings.DATELINE_ZONE_CONFIDENCE == 0.8
    assert "zone of the dateline place" in v.warnings[-1]


def test_ambiguous_place_and_other_line_stay_naive():
    amman = marsad.parse(f"عنوان الخبر\n\nعمان - الأحد 29 كانون الثاني 2017 الساعة 21:16\n\n{LEAD}\n")
    assert amman.published.value.naive and amman.published.value.confidence == 1.0  # Amman or Oman
    apart = marsad.parse(f"عنوان الخبر\n12 مارس 2019 10:30\nالقاهرة - {LEAD}\n")
    assert apart.dateline is not None and apart.published.value.naive  # the outlet's clock may be elsewhere


def test_written_zone_and_source_convention_win():
    a = marsad.parse(f"عنوان الخبر\n\nالقاهرة، 12 مارس 2019 10:30 بتوقيت مكة المكرمة\n\n{LEAD}\n")
    assert a.published.value.tz == "Asia/Riyadh" and a.published.value.confidence == 1.0
    record = {"title": "عنوان", "source": "sabq", "content": f"القاهرة - 12 مارس 2019 10:30\n\n{LEAD}"}
    b = marsad.parse(json.dumps(record, ensure_ascii=False), fmt="json")
    assert b.published.value.tz == "Asia/Riyadh"  # the SaudiNewsNet convention, not the dateline place
