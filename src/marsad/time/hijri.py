"""Hijri (Umm al-Qura) ↔ Gregorian conversion, through the ``hijridate`` package.

The Umm al-Qura calendar is the official civil calendar of Saudi Arabia and the one Saudi papers
and the Saudi Press Agency print (``26 شوال 1436 هـ الموافق 11 أغسطس 2015 م``). ``hijridate``
(https://hijridate.readthedocs.io, data from the Umm al-Qura tables of the King Abdulaziz City for
Science and Technology) covers 1343-01-01 … 1500-12-30 AH (1924-08-01 … 2077-11-16 CE).

A printed day 30 in a month that Umm al-Qura gives 29 days (sighting-based calendars differ by a
day) is read as the day after day 29, with a warning, rather than rejected.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from hijridate import Gregorian, Hijri

#: The years ``hijridate`` can convert (Umm al-Qura table range).
HIJRI_MIN_YEAR = 1343
HIJRI_MAX_YEAR = 1500


@lru_cache(maxsize=4096)
def month_start(year: int, month: int) -> date | None:
    """Gregorian date of 1 <month> <year> AH (Umm al-Qura), or ``None`` outside the table range."""
    if not (HIJRI_MIN_YEAR <= year <= HIJRI_MAX_YEAR and 1 <= month <= 12):
        return None
    try:
        return _to_date(Hijri(year, month, 1))
    except (ValueError, OverflowError):
        return None


def _to_date(h: Hijri) -> date:
    g = h.to_gregorian()
    return date(g.year, g.month, g.day)


@lru_cache(maxsize=4096)
def month_length(year: int, month: int) -> int | None:
    """Number of days (29 or 30) of the Hijri month, or ``None`` outside the table range."""
    start = month_start(year, month)
    if start is None:
        return None
    nxt = month_start(year + (month == 12), 1 if month == 12 else month + 1)
    if nxt is None:
        try:
            return Hijri(year, month, 1).month_length()
        except (ValueError, OverflowError):
            return None
    return (nxt - start).days


def to_gregorian(year: int, month: int, day: int) -> tuple[date | None, str | None]:
    """Convert a Hijri date to a Gregorian ``date``; returns ``(date, warning)``.

    ``(None, reason)`` when the year is outside 1343–1500 AH or the day is not 1–30; a day 30 in a
    29-day month gives the following day with a warning."""
    if not 1 <= day <= 30:
        return None, f"hijri day {day} is not 1-30"
    start = month_start(year, month)
    if start is None:
        return (
            None,
            f"hijri date {year}-{month:02d}-{day:02d} outside the Umm al-Qura table ({HIJRI_MIN_YEAR}-{HIJRI_MAX_YEAR} AH)",
        )
    warning = None
    length = month_length(year, month)
    if length is not None and day > length:
        warning = f"hijri day {day} but Umm al-Qura gives month {month} of {year} AH {length} days"
    return start + timedelta(days=day - 1), warning


def month_span(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month (Umm al-Qura), or ``None`` out of range."""
    start = month_start(year, month)
    length = month_length(year, month)
    if start is None or length is None:
        return None
    return start, start + timedelta(days=length - 1)


def year_span(year: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri year (Umm al-Qura), or ``None`` out of range."""
    first = month_span(year, 1)
    last = month_span(year, 12)
    if first is None or last is None:
        return None
    return first[0], last[1]


def from_gregorian(d: date) -> tuple[int, int, int] | None:
    """Umm al-Qura ``(year, month, day)`` of a Gregorian date, or ``None`` out of range."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day
