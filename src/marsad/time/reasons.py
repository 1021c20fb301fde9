"""Why a string is not a date: the message ``marsad date`` gives when :func:`parse_datetime` finds
no value (first-user finding: ``2024-02-30`` and ``الجمعة 30 فبراير 2024`` returned null with no
reason). Added by the io/CLI work; it reads the same patterns as :mod:`marsad.time.datetimes`."""

from __future__ import annotations

import calendar
import re

from marsad import settings
from marsad.time import hijri
from marsad.time.datetimes import (
    _HAS_DIGIT_RE,
    _SPACES_RE,
    HIJRI_FOLDED,
    ISO_RE,
    NUM_DATE_RE,
    TEXT_DATE_RE,
    _cal_kind,
)
from marsad.time.months import GREGORIAN
from marsad.time.numerals import fold

#: English month names for the messages (``calendar.month_name`` depends on the locale).
_MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def invalid_gregorian(y: int, m: int, d: int) -> str | None:
    """Why ``y-m-d`` is not a Gregorian day (``None`` when it is one): the month is not 1–12, or
    the day is not in the month (``invalid day 30 for February 2024: it has 29 days``)."""
    if not 1 <= m <= 12:
        return f"invalid month {m} (months are 1-12)"
    if not 1 <= y <= 9999:
        return f"year {y} is out of range"
    days = calendar.monthrange(y, m)[1]
    if not 1 <= d <= days:
        return f"invalid day {d} for {_MONTH_NAMES[m]} {y}: it has {days} days"
    return None


def _text_date_reason(m: re.Match[str]) -> str | None:
    if not (m["d"] and m["y"]):
        return None
    name = _SPACES_RE.sub(" ", m["m"].lower())
    y, d = int(m["y"]), int(m["d"])
    if name in HIJRI_FOLDED and name not in GREGORIAN:
        g, why = hijri.to_gregorian(y, HIJRI_FOLDED[name], d)
        return None if g is not None else f"invalid Hijri date: {why}"
    return invalid_gregorian(y, GREGORIAN[name][0], d)


def _numeric_date_reason(m: re.Match[str], day_first: bool) -> str | None:
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        y, first, second = int(c), int(a), int(b)
        d, mo = (first, second) if day_first or first > 12 else (second, first)
        if mo > 12 and d <= 12:
            d, mo = mo, d
    else:
        return None
    if _cal_kind(m["cal"], y) == "hijri":
        g, why = hijri.to_gregorian(y, mo, d) if 1 <= mo <= 12 else (None, f"invalid month {mo}")
        return None if g is not None else f"invalid Hijri date: {why}"
    return invalid_gregorian(y, mo, d)


def why_not_a_date(s: str, *, day_first: bool = True) -> str:
    """One line saying why :func:`marsad.time.parse_datetime` found no value in ``s``: a date
    whose day, month or year cannot be (``2024-02-30``: "invalid day 30 for February 2024: it has
    29 days"), no digits, too long, or no date form recognised."""
    if not s or not s.strip():
        return "empty string"
    if len(s) > settings.DATE_MAX_STRING_CHARS:
        return f"longer than {settings.DATE_MAX_STRING_CHARS} characters (settings.DATE_MAX_STRING_CHARS)"
    f = _SPACES_RE.sub(" ", fold(s)).strip()
    if not _HAS_DIGIT_RE.search(f):
        return "no digits: no day or year to read"
    m = ISO_RE.fullmatch(f)
    if m:
        why = invalid_gregorian(int(m["y"]), int(m["mo"]), int(m["d"]))
        if why:
            return why
        if m["h"] is not None and (int(m["h"]) > 23 or int(m["mi"]) > 59 or int(m["s"] or 0) > 59):
            return f"invalid time of day {m['h']}:{m['mi']}"
    for tm in TEXT_DATE_RE.finditer(f):
        why = _text_date_reason(tm)
        if why:
            return why
    for nm in NUM_DATE_RE.finditer(f):
        why = _numeric_date_reason(nm, day_first)
        if why:
            return why
    return (
        "no date form recognised (ISO 8601, RFC 822, DD-MM-YYYY, D Month YYYY, Hijri; "
        f"at most {settings.DATE_MAX_EXTRA_WORDS} other words)"
    )
