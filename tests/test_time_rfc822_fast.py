"""The short reading of the plain RFC 5322 date (``datetimes._rfc822_plain_value``, every ANT
``TIME``) gives what ``parse_datetime`` gives the full way: the same :class:`TimeValue` (local, UTC,
zone, precision, confidence, warnings) or the same exception, and it steps aside (``None``) for every
string it does not read the common way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.time import datetimes
from marsad.time.datetimes import parse_datetime

_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _full(s: str, **kw):
    """``parse_datetime`` with the short reading switched off: the value, or the exception type."""
    saved = datetimes._rfc822_plain_value
    datetimes._rfc822_plain_value = lambda _s: None
    try:
        return parse_datetime(s, **kw)
    except Exception as exc:  # noqa: BLE001 - the same exception is the expected outcome
        return type(exc)
    finally:
        datetimes._rfc822_plain_value = saved


def _now(s: str, **kw):
    try:
        return parse_datetime(s, **kw)
    except Exception as exc:  # noqa: BLE001
        return type(exc)


_ZONES = st.one_of(
    st.just("GMT"),
    st.sampled_from(
        [
            "+0000",
            "-0000",
            "+0400",
            "+0300",
            "-0500",
            "+0530",
            "+0090",
            "-0130",
            "+1400",
            "+2359",
            "+2400",
            "-9999",
        ]
    ),
    st.builds(lambda sign, n: f"{sign}{n:04d}", st.sampled_from("+-"), st.integers(0, 9999)),
)


@settings(max_examples=3000, deadline=None)
@given(
    wd=st.one_of(st.none(), st.sampled_from(_WEEKDAYS)),
    day=st.integers(0, 39),
    two_digit_day=st.booleans(),
    month=st.sampled_from(_MONTHS),
    year=st.one_of(st.integers(1000, 9999), st.sampled_from([1000, 2017, 2018, 2019, 9999])),
    hour=st.integers(0, 99),
    minute=st.integers(0, 99),
    second=st.one_of(st.just(0), st.integers(0, 99)),
    zone=_ZONES,
    convention=st.sampled_from([None, "ant-v1.1", "saudinewsnet", "Jawhara FM"]),
)
def test_short_reading_equals_the_full_one(
    wd, day, two_digit_day, month, year, hour, minute, second, zone, convention
):
    d = f"{day:02d}" if two_digit_day else str(day)
    s = f"{wd + ', ' if wd else ''}{d} {month} {year} {hour:02d}:{minute:02d}:{second:02d} {zone}"
    assert _now(s, source_convention=convention) == _full(s, source_convention=convention), s


@pytest.mark.parametrize(
    ("s", "local", "utc", "tz", "precision"),
    [
        (
            "Sun, 18 Feb 2018 21:35:43 +0400",
            "2018-02-18T21:35:43+04:00",
            "2018-02-18T17:35:43+00:00",
            "+04:00",
            "second",
        ),
        (
            "Thu, 1 Mar 2018 00:10:00 -0130",
            "2018-03-01T00:10:00-01:30",
            "2018-03-01T01:40:00+00:00",
            "-01:30",
            "minute",
        ),
        (
            "18 Feb 2018 21:35:00 GMT",
            "2018-02-18T21:35:00+00:00",
            "2018-02-18T21:35:00+00:00",
            "UTC",
            "minute",
        ),
        (
            "Mon, 01 Jan 2018 01:00:00 +0300",
            "2018-01-01T01:00:00+03:00",
            "2017-12-31T22:00:00+00:00",
            "+03:00",
            "minute",
        ),
    ],
)
def test_short_reading_values(s, local, utc, tz, precision):
    v = datetimes._rfc822_plain_value(s)
    assert v is not None
    assert (v.local, v.utc, v.tz, v.precision, v.confidence, v.naive, v.warnings) == (
        local,
        utc,
        tz,
        precision,
        1.0,
        False,
        [],
    )
    assert v == _full(s)


@pytest.mark.parametrize(
    "s",
    [
        "Mon, 18 Feb 2018 21:35:43 +0400",  # 2018-02-18 is a Sunday: the full reading warns
        "Sun, 18 Feb 2018 21:35:43 -0000",  # no zone
        "31 Feb 2018 10:00:00 +0100",  # no such day
        "18 Feb 2018 24:00:00 +0100",  # no such hour
        "18 Feb 2018 10:00:00 +2400",  # no such offset
        "Sunday, 18 Feb 2018 21:35:43 +0400",  # not the plain form
        "18 Feb 2018 21:35 +0400",
        "18 feb 2018 21:35:43 +0400",
        "18  Feb 2018 21:35:43 +0400",
        "١٨ Feb 2018 21:35:43 +0400",
    ],
)
def test_short_reading_steps_aside(s):
    assert datetimes._rfc822_plain_value(s) is None
    assert _now(s) == _full(s)
