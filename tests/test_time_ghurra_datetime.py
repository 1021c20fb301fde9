"""``غرة`` + a month is its first day in the date-string parser too (``marsad date``, datelines), as in
the time expressions of an article (new-user report nu23 item 4: ``marsad date "غرة ذي القعدة
1436هـ"`` gave the month while the article's time stage gave 2015-08-16)."""

from __future__ import annotations

from marsad.time import describe
from marsad.time.datetimes import parse_datetime


def test_ghurra_is_the_first_day_of_a_hijri_month():
    v = parse_datetime("غرة ذي القعدة 1436هـ")
    assert (v.local, v.precision, v.calendar) == ("2015-08-16", "day", "hijri")
    v = parse_datetime("الرياض غرة رمضان 1436 هـ")
    assert (v.local, v.precision) == ("2015-06-18", "day")


def test_without_ghurra_the_month_stays_a_month():
    v = parse_datetime("ذي القعدة 1436هـ")
    assert (v.local, v.precision) == ("2015-08-16/2015-09-13", "month")


def test_marsad_date_and_the_time_stage_agree():
    out = describe("غرة ذي القعدة 1436هـ", ref="2015-08-10")
    assert out["value"]["local"] == "2015-08-16"
    assert [e["value"] for e in out["expressions"]] == ["2015-08-16"]
