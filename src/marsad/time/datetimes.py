"""The date/time string parser: one Arabic or English date string → :class:`~marsad.model.TimeValue`.

:func:`parse_datetime` reads the forms of Arabic news headers, container fields and datelines:

* ISO 8601 (``2017-01-25T14:36:00+01:00``, basic ``2017-01-22T185600``), RFC 822
  (``Sun, 18 Feb 2018 21:35:43 +0400``, ``… GMT``; read with :func:`email.utils.parsedate_to_datetime`);
* numeric dates ``DD-MM-YYYY``, ``DD/MM/YYYY``, ``YYYY/MM/DD`` with separators ``/ - . ، –`` and
  spaces around them; day/month order from the source convention, never silently swapped;
* month names of every set in :mod:`marsad.time.months`, the dual form ``12 كانون الثاني/يناير 2024``,
  month precision ``تموز/يوليو 2016``;
* Hijri dates (``26 شوال 1436 هـ``, ``18/9/1436هـ``) converted with Umm al-Qura, alone or paired
  with the Gregorian date (``… الموافق 11 أغسطس 2015 م``), the pair checked for agreement;
* times ``hh:mm[:ss]`` with ``AM/PM``, ``ص/م``, ``صباحا/مساء/ظهرا/عصرا/ليلا/فجرا``
  (``12:00 ص`` = 00:00, ``12:00 م`` = 12:00), zones by phrase (``بتوقيت القدس المحتلة``), wire
  abbreviation (``ت م``, ``ت غ``, ``GMT``) or offset (``+0400``, ``+۰۳:۰۰``);
* digits ASCII, Arabic-Indic or Persian, and invisible marks anywhere (see :mod:`.numerals`).

The string must *be* a date: besides the date parts it may hold at most
``settings.DATE_MAX_EXTRA_WORDS`` other words (a dateline place such as ``إسلام آباد``, an agency
tag ``واس``), so a sentence that merely contains a date returns ``None``. Strings without a digit
return ``None`` at once (one regex search).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime

from marsad import settings
from marsad.model import TimeValue
from marsad.time import hijri
from marsad.time.conventions import SourceConvention, convention_for
from marsad.time.months import (
    GREGORIAN,
    HIJRI_FOLDED,
    ORDINAL_HOURS,
    WEEKDAY_NAMES_AR,
    WEEKDAYS_FOLDED,
    alternation,
)
from marsad.time.numerals import fold
from marsad.time.zones import (
    ABBREVIATION_ZONES,
    AMBIGUOUS_PLACES,
    AMBIGUOUS_ZONE_PHRASE_RE,
    BRACKET_PLACE_RE,
    LOCAL_TIME_RE,
    PLACE_ZONES,
    UTC_ZONE,
    ZONE_PHRASE_RE,
    canonical_zone,
    offset_name,
    zone,
)

_UTC = UTC

# ---------------------------------------------------------------------------------------------
# compiled patterns (on folded text)
_HAS_DIGIT_RE = re.compile(r"\d")
_SPACES_RE = re.compile(r"\s+")
_ABBR_STRIP_RE = re.compile(r"[\s.]+")

ISO_RE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]\s?(?P<h>\d{2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<z>Z|[+-]\d{2}(?::?\d{2})?)?"
)
RFC822_RE = re.compile(
    r"(?:(?P<wd>[A-Za-z]{3})[a-z]*,?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<y>\d{4})"
    r"\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<z>GMT|UTC?|Z|[ECMP][SD]T|[+-]\d{4})?"
)
#: 12-hour markers (folded) → period code: am, pm, noon (ظهرا: 1–6 → afternoon), night (ليلا).
# fmt: off
AMPM: dict[str, str] = {
    "am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm",
    "ص": "am", "صباحا": "am", "صباح": "am", "صباحا.": "am", "فجرا": "am", "فجر": "am", "قبل الظهر": "am",
    "م": "pm", "مساء": "pm", "مساءا": "pm", "عصرا": "pm", "عصر": "pm", "بعد الظهر": "pm",
    "ظهرا": "noon", "ظهر": "noon", "ليلا": "night", "ليل": "night",
}
# fmt: on
_AMPM_ALT = alternation(AMPM)
TIME_RE = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})\s?:\s?(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?(?![\d:])"
    r"(?:\s*(?:من\s+)?(?P<ap>" + _AMPM_ALT + r")(?![\w.]|\.\w))?",
    re.IGNORECASE,
)
#: The 12-hour markers an hour without minutes may carry (one word each: every :data:`AMPM` key
#: but the two-word ones and the bare nouns ``صباح``/``عصر``/``ظهر``/``ليل``/``فجر``).
HOUR_MARKERS = ("ص", "م", "صباحا", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "فجرا", "am", "pm", "a.m.", "p.m.", "a.m", "p.m")
#: An hour without minutes, only with a 12-hour marker: ``الساعة 10 صباحا``, ``3 م``, ``الساعة 3
#: عصرا`` (15:00), ``الساعة 2 ظهرا`` (14:00), ``11 ليلا`` (23:00), ``4 فجرا`` (04:00) — eighth
#: new-user report, finding 7: the ``ظهرا/عصرا/ليلا/فجرا`` forms were dropped.
HOUR_RE = re.compile(
    r"(?<![\w.:/])(?P<h>\d{1,2})\s*(?P<ap>" + alternation(HOUR_MARKERS) + r")(?!\w|\.\w)", re.IGNORECASE
)
#: An hour spelled as an ordinal after ``الساعة`` with a marker: ``الساعة العاشرة صباحا``, ``الساعة
#: الثالثة والنصف عصرا`` (:data:`marsad.time.months.ORDINAL_HOURS`; ``والنصف`` :30, ``والربع`` :15,
#: ``والثلث`` :20).
HOUR_WORD_RE = re.compile(
    r"(?<!\w)الساعه\s+(?P<hw>" + alternation(ORDINAL_HOURS) + r")(?:\s+و(?P<frac>النصف|الربع|الثلث))?"
    r"\s+(?:من\s+)?(?P<ap>" + alternation(HOUR_MARKERS) + r")(?!\w)"
)
_HOUR_FRACTIONS = {None: 0, "النصف": 30, "الربع": 15, "الثلث": 20}
_OFFSET_AFTER_TIME_RE = re.compile(
    r"\s*\(?\s*(?:(?:GMT|UTC|ت\s?غ|غرينتش|جرينتش)\s*)?(?P<sign>[+-])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?\s*\)?",
    re.IGNORECASE,
)
ABBREVIATION_RE = re.compile(
    r"\(?(?<!\w)(?P<abbr>ت\s?\.?\s?م|ت\s?\.?\s?غ|تغ|GMT|UTC|UT|[ECMP][SD]T)(?!\w)"
    r"(?:\s*(?P<sign>[+-])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?\)?"
)

#: A zone abbreviation :data:`ABBREVIATION_RE` does not know (``CET``, ``BST``, ``AEST``, ``IST``):
#: three to five capitals ending in ``T``, left over after the date and time were read.
UNKNOWN_ZONE_ABBREVIATION_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,3}[SD]?T(?![A-Za-z])")

_ALL_MONTHS = {**{k: v[0] for k, v in GREGORIAN.items()}, **HIJRI_FOLDED}
MONTH_ALT = alternation(_ALL_MONTHS)
_CAL_MARK = r"(?:\s*(?P<cal>هجريه|هجري|ه|ميلاديه|ميلادي|م)(?!\w))?"
#: ``[weekday] D [-|من] [شهر] Month[/Month2] [،] [عام] YYYY [هـ|م]`` — day, second name and year optional;
#: ``غرة`` in place of ``D`` is the first day (``غرة ذي القعدة 1436هـ``: as the time expressions read it,
#: ``expressions._FIRST_DAY_WORDS``; new-user report nu23 item 4: ``marsad date`` gave the month).
TEXT_DATE_RE = re.compile(
    r"(?:(?<![\d.,/:])(?P<d>\d{1,2})(?:\s*-\s*|\s+)(?:من\s+)?(?:شهر\s+)?"
    r"|(?<!\w)(?P<g>غر[ةه])\s+(?:من\s+)?(?:شهر\s+)?)?"
    r"(?<!\w)(?P<m>" + MONTH_ALT + r")(?!\w)"
    r"(?:\s*(?:/|\(|-)\s*(?P<m2>" + MONTH_ALT + r")(?!\w)(?:\s*\))?)?"
    r"(?:\s*[,،]?\s*(?:من\s+)?(?:عام|العام|سنه|السنه)?\s*(?<!\d)(?P<y>\d{4})(?!\d)" + _CAL_MARK + r")?",
    re.IGNORECASE,
)
#: English ``Month D, YYYY``, and the same order with an Arabic month name and a comma
#: (``أبريل 20, 2024``: WordPress's default ``F j, Y`` in an Arabic locale; eighth new-user report,
#: finding 10 — the line was not read and became the title).
ENGLISH_MDY_RE = re.compile(
    r"(?<!\w)(?:(?P<m>" + alternation(k for k, v in GREGORIAN.items() if v[1] == "english") + r")\.?\s+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?,?|(?P<am>" + alternation(k for k, v in GREGORIAN.items() if v[1] != "english")
    + r")\s+(?P<ad>\d{1,2})\s*[,،])\s+(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
NUM_DATE_RE = re.compile(
    r"(?<![\d/.\-:])(?P<a>\d{1,4})\s*(?P<s1>[/\-.،–])\s*(?P<b>\d{1,2})\s*(?P<s2>[/\-.،–])\s*"
    r"(?P<c>\d{1,4})(?![\d/:]|\.\d)" + _CAL_MARK
)
WEEKDAY_RE = re.compile(r"(?<!\w)(?P<w>" + alternation(WEEKDAYS_FOLDED) + r")(?!\w)", re.IGNORECASE)
#: Words allowed around a date in a date string besides at most DATE_MAX_EXTRA_WORDS others.
FILLER_WORDS = frozenset(
    "في يوم الساعه الموافق الموافقه بتاريخ تاريخ التاريخ نشر نشرت النشر منشور اخر تحديث التحديث تم "
    "واس وكالات at on published updated last date the of".split()
)
_WORD_RE = re.compile(r"[^\W_]+")
#: First words of month names (lower-case, folded): a cheap gate before the month regexes.
_MONTH_FIRST_WORDS = frozenset(k.split()[0] for k in _ALL_MONTHS)
_ENGLISH_MONTHS = frozenset(k for k, v in GREGORIAN.items() if v[1] == "english")

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2, "minute": 3, "second": 4}
#: The opening words of the warning of an ambiguous zone place (``بتوقيت عمان``): what
#: :func:`marsad.time.publication.detect` looks for to choose the zone from the article's context.
AMBIGUOUS_ZONE_WARNING = "zone place"


# ---------------------------------------------------------------------------------------------
class _Date:
    """A date read from text before it becomes a TimeValue (internal)."""

    __slots__ = ("y", "m", "d", "calendar", "warnings", "confidence", "span", "greg", "interval")

    def __init__(self, y, m, d, calendar, span, warnings=None, confidence=1.0):
        self.y, self.m, self.d = y, m, d
        self.calendar = calendar
        self.span = span
        self.warnings: list[str] = warnings or []
        self.confidence = confidence
        self.greg: date | None = None  # Gregorian day (day precision)
        self.interval: tuple[date, date] | None = None  # Hijri month without a day


def _cal_kind(cal: str | None, year: int) -> str:
    if cal and cal.startswith("ه"):
        return "hijri"
    if cal and cal.startswith("م"):
        return "gregorian"
    return "hijri" if settings.HIJRI_YEAR_MIN <= year <= settings.HIJRI_YEAR_MAX else "gregorian"


def _finish_date(dt: _Date) -> _Date | None:
    """Validate and compute the Gregorian day (or Hijri month span); ``None`` when impossible."""
    if dt.calendar == "hijri":
        if dt.d is None:
            span = hijri.month_span(dt.y, dt.m)
            if span is None:
                return None
            dt.interval = span
            return dt
        g, warn = hijri.to_gregorian(dt.y, dt.m, dt.d)
        if g is None:
            return None
        if warn:
            dt.warnings.append(warn)
            dt.confidence = min(dt.confidence, 0.8)
        dt.greg = g
        return dt
    if not 1 <= dt.m <= 12:
        return None
    if dt.d is not None:
        try:
            dt.greg = date(dt.y, dt.m, dt.d)
        except ValueError:
            return None
    return dt


def text_date(m: re.Match, default_year: int | None = None) -> _Date | None:
    """Read a :data:`TEXT_DATE_RE` match. Without a year, ``default_year`` is used (else ``None``)."""
    name = _SPACES_RE.sub(" ", m["m"].lower())
    warnings: list[str] = []
    confidence = 1.0
    if name in HIJRI_FOLDED and name not in GREGORIAN:
        month, calendar = HIJRI_FOLDED[name], "hijri"
    else:
        month, calendar = GREGORIAN[name][0], "gregorian"
    if m["m2"]:
        name2 = _SPACES_RE.sub(" ", m["m2"].lower())
        month2 = GREGORIAN.get(name2, (None,))[0]
        if month2 is None or calendar == "hijri":
            return None
        if month2 != month:
            warnings.append(f"dual month names disagree: {m['m']} ({month}) / {m['m2']} ({month2})")
            confidence = 0.5
    y = m["y"]
    if y is None:
        if default_year is None:
            return None
        year = default_year
    else:
        year = int(y)
        cal = m["cal"]
        if cal and cal.startswith("ه") and calendar == "gregorian":
            warnings.append(f"Gregorian month {m['m']} with a Hijri year mark")
            confidence = min(confidence, 0.6)
    d = int(m["d"]) if m["d"] else (1 if m["g"] else None)
    return _finish_date(_Date(year, month, d, calendar, m.span(), warnings, confidence))


def numeric_date(m: re.Match, day_first: bool | None, cal_group: str = "cal") -> _Date | None:
    """Read a :data:`NUM_DATE_RE` match; ``day_first`` is the explicit convention (``None``: none
    known, an ambiguous value is read day-first with a warning and lowered confidence)."""
    a, b, c = m["a"], m["b"], m["c"]
    warnings: list[str] = []
    confidence = 1.0
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        y, first, second = int(c), int(a), int(b)
        if first > 12 and second <= 12:
            d, mo = first, second
        elif second > 12 and first <= 12:
            mo, d = first, second
            warnings.append(f"month-first date {m.group(0).strip()}: read as MM/DD/YYYY (second field > 12)")
            confidence = 0.9
        elif first == second or day_first is not None:
            d, mo = (first, second) if (day_first is not False) else (second, first)
        else:
            d, mo = first, second
            warnings.append(
                f"ambiguous day/month in {m.group(0).strip()}: read day-first (DD/MM/YYYY), the Arabic "
                "news default; no source convention given"
            )
            confidence = settings.AMBIGUOUS_DAY_MONTH_CONFIDENCE
    else:
        return None
    cal = m[cal_group]
    calendar = _cal_kind(cal, y)
    if calendar == "hijri" and not cal:
        warnings.append(f"year {y} read as Hijri (no calendar mark)")
        confidence = min(confidence, settings.HIJRI_INFERRED_CONFIDENCE)
    return _finish_date(_Date(y, mo, d, calendar, m.span(), warnings, confidence))


def _hour24(h: int, ap: str | None) -> int | None:
    if ap is None:
        return h if 0 <= h <= 23 else None
    period = AMPM.get(ap.lower())
    if h > 12:
        return h if h <= 23 else None
    if period == "am":
        return 0 if h == 12 else h
    if period == "pm":
        return 12 if h == 12 else h + 12
    if period == "noon":
        return h + 12 if 1 <= h <= 6 else h
    if period == "night":
        if h == 12:
            return 0
        return h + 12 if 6 <= h <= 11 else h
    return h


def _blank(s: str, span: tuple[int, int]) -> str:
    return s[: span[0]] + " " * (span[1] - span[0]) + s[span[1] :]


# ---------------------------------------------------------------------------------------------
def build_value(
    day: date,
    clock: time | None,
    tzname: str | None,
    precision: str,
    *,
    calendar: str = "gregorian",
    confidence: float = 1.0,
    warnings: list[str] | None = None,
    convention: SourceConvention | None = None,
    default_tz: str | None = None,
    local_override: str | None = None,
) -> TimeValue:
    """Make a :class:`TimeValue` from a day, an optional clock time and an optional zone name.

    With a zone, ``local`` carries the offset the IANA database gives on that date and ``utc`` the
    instant (for day/month/year precision: the instant the local period starts). Without one the
    zone comes from ``default_tz``, then the source convention (confidence lowered to its
    ``tz_confidence``), else the value stays naive (``naive=True``, ``utc=None``)."""
    warnings = list(warnings or [])
    tzname = canonical_zone(tzname)
    if tzname is None:
        if default_tz:
            tzname = default_tz
        elif convention is not None and convention.default_tz:
            tzname = convention.default_tz
            confidence = min(confidence, convention.tz_confidence)
            warnings.append(f"zone {tzname} assumed from the {convention.name} source convention")
    if precision in ("minute", "second"):
        local_dt = datetime.combine(day, clock or time(0))
    else:
        local_dt = datetime.combine(day, time(0))
    if precision == "year":
        reduced = f"{day.year:04d}"
    elif precision == "month":
        reduced = f"{day.year:04d}-{day.month:02d}"
    else:
        reduced = day.isoformat()
    utc: str | None = None
    if tzname is None:
        local = local_dt.isoformat() if precision in ("minute", "second") else reduced
    else:
        aware_local, utc = _aware_strings(local_dt, tzname)
        local = aware_local if precision in ("minute", "second") else reduced
        if precision in ("minute", "second") and tzname != UTC_ZONE and _OFFSET_NAME_RE.fullmatch(tzname) is None:
            doubt = _dst_doubt(local_dt, tzname)
            if doubt is not None:
                warnings.append(doubt[0])
                confidence = min(confidence, doubt[1])
    return TimeValue(
        local=local_override or local,
        utc=utc,
        tz=tzname,
        precision=precision,
        confidence=confidence,
        naive=tzname is None,
        calendar=calendar,
        warnings=warnings,
    )


#: A fixed-offset zone name as :func:`marsad.time.zones.offset_name` writes it (``+04:00``).
_OFFSET_NAME_RE = re.compile(r"[+-][0-9]{2}:[0-9]{2}")


def _dst_doubt(local_dt: datetime, tzname: str) -> tuple[str, float] | None:
    """``(warning, confidence)`` when the naive ``local_dt`` falls in a daylight-saving change of
    the IANA zone ``tzname``: a time that never appeared on a clock (a gap, clocks forward) or one
    that appeared twice (a fold, clocks back); ``None`` otherwise. Either is read with PEP 495's
    ``fold=0`` (the offset before the change), as :func:`_aware_strings` does."""
    tz = zone(tzname)
    first, second = local_dt.replace(tzinfo=tz), local_dt.replace(tzinfo=tz, fold=1)
    before, after = first.utcoffset(), second.utcoffset()
    if before == after or before is None or after is None:
        return None
    offset = first.isoformat()[-6:]
    when = f"{local_dt:%H:%M} on {local_dt.date().isoformat()} in {tzname}"
    if first.astimezone(_UTC).astimezone(tz).replace(tzinfo=None) != local_dt:
        return (
            f"local time {when} never appeared on a clock (clocks went forward): read with the "
            f"offset before the change, {offset}",
            settings.DST_GAP_CONFIDENCE,
        )
    return (
        f"local time {when} happened twice (clocks went back): read as the first, {offset}",
        settings.DST_FOLD_CONFIDENCE,
    )


def _aware_strings_python(local_dt: datetime, tzname: str) -> tuple[str, str]:
    """``(local, utc)``: ISO 8601 of the naive ``local_dt`` in the zone ``tzname`` (with its
    offset) and of the same instant in UTC, through the ``tzinfo`` (the reference of
    :func:`_aware_strings`)."""
    aware = local_dt.replace(tzinfo=zone(tzname))
    return aware.isoformat(), aware.astimezone(_UTC).isoformat()


def _aware_strings(local_dt: datetime, tzname: str) -> tuple[str, str]:
    """:func:`_aware_strings_python`, written out for ``UTC`` and fixed offsets (``+04:00``: every
    RFC 5322 date of ANT): the naive ISO form plus the offset, and the instant the offset earlier
    (the same strings, the same ``OverflowError`` at the ends of the calendar; ~25 k instructions
    less per date). IANA zones (daylight saving) go through the ``tzinfo``."""
    if local_dt.tzinfo is not None:
        return _aware_strings_python(local_dt, tzname)
    if tzname == UTC_ZONE:
        iso = local_dt.isoformat()
        return iso + "+00:00", iso + "+00:00"
    if _OFFSET_NAME_RE.fullmatch(tzname) is None:
        return _aware_strings_python(local_dt, tzname)
    minutes = int(tzname[1:3]) * 60 + int(tzname[4:6])
    if minutes >= 24 * 60:  # not a timezone offset: let datetime raise its error
        return _aware_strings_python(local_dt, tzname)
    if tzname[0] == "-":
        minutes = -minutes
    suffix = tzname if minutes else "+00:00"
    return local_dt.isoformat() + suffix, (local_dt - timedelta(minutes=minutes)).isoformat() + "+00:00"


def _offset_tz(sign: str, oh: str, om: str | None) -> str | None:
    h, mi = int(oh), int(om or 0)
    if h > 14 or mi > 59:
        return None
    return offset_name(sign, h, mi)


def _parse_iso(m: re.Match, convention, default_tz) -> TimeValue | None:
    """An ISO 8601 match as a :class:`TimeValue`. A year of ``settings.HIJRI_YEAR_MIN`` ..
    ``HIJRI_YEAR_MAX`` (``1445-10-11``, as Saudi CMSs and Umm al-Qura APIs write it) is the Hijri
    date, converted by Umm al-Qura, with a warning and ``settings.HIJRI_INFERRED_CONFIDENCE``, as
    the slash form is (eighth new-user report, finding 4: it was AD 1445 at confidence 1.0)."""
    y = int(m["y"])
    calendar, warnings, confidence = "gregorian", [], 1.0
    if settings.HIJRI_YEAR_MIN <= y <= settings.HIJRI_YEAR_MAX:
        if not 1 <= int(m["mo"]) <= 12:
            return None
        g, warn = hijri.to_gregorian(y, int(m["mo"]), int(m["d"]))
        if g is None:
            return None
        day, calendar = g, "hijri"
        warnings.append(f"year {y} read as Hijri (no calendar mark): {m.group(0)[:10]} AH = {g.isoformat()}")
        if warn:
            warnings.append(warn)
        confidence = settings.HIJRI_INFERRED_CONFIDENCE
    else:
        try:
            day = date(y, int(m["mo"]), int(m["d"]))
        except ValueError:
            return None
    clock = None
    precision = "day"
    if m["h"] is not None:
        h, mi, s = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
        if h > 23 or mi > 59 or s > 59:
            return None
        clock = time(h, mi, s)
        precision = "second" if m["s"] and s else "minute"
    z = m["z"]
    tzname = None
    if z == "Z":
        tzname = UTC_ZONE
    elif z:
        digits = z[1:].replace(":", "")
        tzname = _offset_tz(z[0], digits[:2], digits[2:4] or None)
        if tzname is None:
            return None
    return build_value(
        day, clock, tzname, precision, calendar=calendar, confidence=confidence, warnings=warnings,
        convention=convention, default_tz=default_tz,
    )


#: The RFC 5322 form news feeds write (``Sun, 18 Feb 2018 21:35:43 +0400``, ``… GMT``; every TIME
#: of ANT v2.1): read from this match by :func:`_rfc822_datetime`, exactly as
#: :func:`email.utils.parsedate_to_datetime` reads it; every other form goes to that function.
_RFC822_PLAIN_RE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?([0-9]{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" ([1-9][0-9]{3}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-][0-9]{4}|GMT)"
)
_RFC822_MONTHS = {
    name: i for i, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)
}
#: First characters of the plain form (a weekday or a day number): other strings skip its pattern.
_RFC822_PLAIN_FIRST = frozenset("MTWFS0123456789")


def _rfc822_datetime(s: str) -> datetime:
    """:func:`email.utils.parsedate_to_datetime` of ``s``, without its tokenizer for the plain form
    :data:`_RFC822_PLAIN_RE` (~3× faster; the same datetime, the same ``ValueError`` for an
    impossible date or offset: the offset arithmetic is the email module's, ``+0090`` included)."""
    pm = _RFC822_PLAIN_RE.fullmatch(s)
    if pm is None:
        return parsedate_to_datetime(s)
    d, mon, y, h, mi, sec, z = pm.groups()
    fields = (int(y), _RFC822_MONTHS[mon], int(d), int(h), int(mi), int(sec))
    offset = 0 if z == "GMT" else int(z)
    if offset == 0 and z[0] == "-":  # -0000: no zone information (RFC 5322 §3.3)
        return datetime(*fields)
    if offset:
        sign = -1 if offset < 0 else 1
        offset = sign * ((abs(offset) // 100) * 3600 + (abs(offset) % 100) * 60)
    return datetime(*fields, tzinfo=timezone(timedelta(seconds=offset)))


#: :data:`_RFC822_PLAIN_RE` with the weekday as a group: the form read by :func:`_rfc822_plain_value`.
_RFC822_PLAIN_WD_RE = re.compile(
    r"(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?([0-9]{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" ([1-9][0-9]{3}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-][0-9]{4}|GMT)"
)


def _rfc822_zone(z: str) -> tuple[str | None, int]:
    """``(zone name, offset in minutes east of UTC)`` of an RFC 5322 zone as
    :data:`_RFC822_PLAIN_WD_RE` reads it (``GMT`` or ``[+-]HHMM``); ``(None, 0)`` for an offset
    ``timezone()`` refuses (a day or more) and for ``-0000`` (no zone information, RFC 5322 §3.3)."""
    if z == "GMT":
        return UTC_ZONE, 0
    minutes = int(z[1:3]) * 60 + int(z[3:5])
    if minutes >= 24 * 60 or (minutes == 0 and z[0] == "-"):
        return None, 0
    return offset_name(z[0], minutes // 60, minutes % 60), -minutes if z[0] == "-" else minutes


#: :func:`_rfc822_zone` by zone string (a feed writes one or two: ``+0300``, ``GMT``; at most 20,001).
_RFC822_ZONES: dict[str, tuple[str | None, int]] = {}
#: ``"00"`` … ``"59"``: two-digit hours and minutes without a format call.
_TWO_DIGITS = tuple(f"{i:02d}" for i in range(60))


def _rfc822_plain_value(s: str) -> TimeValue | None:
    """The :class:`TimeValue` that :func:`parse_datetime` gives for the plain RFC 5322 form of
    news feeds (:data:`_RFC822_PLAIN_WD_RE`: ``Sun, 18 Feb 2018 21:35:43 +0400``, ``… GMT``; every
    TIME of ANT v2.1), read straight from the string: no fold (ASCII, single spaces), no general
    patterns, no ``datetime`` with a ``tzinfo`` (~60 k instructions less per date; a UTC time on the
    same day is written out, without a ``timedelta`` and a ``datetime``: ~9 k less). ``None`` for any
    other string and for the plain strings whose reading is not the common one — an impossible
    date, time or offset, ``-0000`` (no zone), a weekday that does not match the date (a warning):
    :func:`parse_datetime` then reads them the full way. Equal to the full reading on generated
    strings (``tests/test_time_rfc822_fast.py``)."""
    pm = _RFC822_PLAIN_WD_RE.fullmatch(s)
    if pm is None:
        return None
    wd, d, mon, y, h, mi, sec, z = pm.groups()
    zone_of = _RFC822_ZONES.get(z)
    if zone_of is None:
        zone_of = _RFC822_ZONES[z] = _rfc822_zone(z)
    tzname, minutes = zone_of
    if tzname is None:
        return None  # timezone() refuses the offset / -0000 is no zone (RFC 5322 §3.3)
    hour, minute, second = int(h), int(mi), int(sec)
    if hour > 23 or minute > 59 or second > 59:
        return None
    try:
        day = date(int(y), _RFC822_MONTHS[mon], int(d))
    except ValueError:
        return None
    if wd is not None and WEEKDAYS_FOLDED[wd.lower()] != day.weekday():
        return None  # the full reading adds the weekday-mismatch warning
    iso_day = day.isoformat()
    local = f"{iso_day}T{h}:{mi}:{sec}"
    if minutes:
        in_utc = hour * 60 + minute - minutes  # minutes since the local midnight, in UTC
        if 0 <= in_utc < 24 * 60:  # the same day in UTC: written out (no timedelta, no datetime)
            utc = f"{iso_day}T{_TWO_DIGITS[in_utc // 60]}:{_TWO_DIGITS[in_utc % 60]}:{sec}"
        else:
            utc = (
                datetime(day.year, day.month, day.day, hour, minute, second) - timedelta(minutes=minutes)
            ).isoformat()
        return TimeValue(
            local + tzname, utc + "+00:00", tzname, "second" if second else "minute"
        )
    return TimeValue(
        local + "+00:00", local + "+00:00", tzname, "second" if second else "minute"
    )


def _parse_rfc822(s: str, m: re.Match, convention, default_tz) -> TimeValue | None:
    try:
        dt = _rfc822_datetime(s)
    except (ValueError, TypeError, IndexError):
        return None
    precision = "second" if m["s"] and int(m["s"]) else "minute"
    warnings: list[str] = []
    confidence = 1.0
    wd = m["wd"]
    if wd and WEEKDAYS_FOLDED.get(wd.lower()) is not None and WEEKDAYS_FOLDED[wd.lower()] != dt.weekday():
        warnings.append(f"weekday mismatch: {wd} but {dt.date().isoformat()} is a {dt.strftime('%A')}")
        confidence = 0.5
    z = (m["z"] or "").upper()
    if dt.tzinfo is None:  # "-0000" or no zone: unknown zone (RFC 2822 §3.3)
        tzname = None
    elif z in ("GMT", "UT", "UTC", "Z"):
        tzname = UTC_ZONE  # GMT is UT, RFC 5322 §4.3 (see marsad.time.zones.UTC_ZONE)
    else:
        off = dt.utcoffset() or timedelta(0)
        total = int(off.total_seconds() // 60)
        sign = "-" if total < 0 else "+"
        tzname = offset_name(sign, abs(total) // 60, abs(total) % 60)
    return build_value(
        dt.date(),
        dt.time().replace(tzinfo=None),
        tzname,
        precision,
        confidence=confidence,
        warnings=warnings,
        convention=convention,
        default_tz=default_tz,
    )


def parse_datetime(
    s: str,
    *,
    day_first: bool = True,
    default_tz: str | None = None,
    source_convention: str | SourceConvention | None = None,
) -> TimeValue | None:
    """Parse one date/time string (a header line, a TIME/date field, a dateline) into a TimeValue.

    Args:
        s: the string as found (any digits, invisible marks allowed).
        day_first: order used for an ambiguous all-numeric date when no source convention says
            otherwise; such a reading carries a warning and confidence
            ``settings.AMBIGUOUS_DAY_MONTH_CONFIDENCE``. ``False`` reads MM/DD/YYYY (also warned).
        default_tz: IANA zone for a time written without one (takes precedence over the convention).
        source_convention: a corpus name (``"ant-v1.1"``, ``"saudinewsnet"``), a source value
            (``"Jawhara FM"``) or a :class:`~marsad.time.conventions.SourceConvention`.

    Returns:
        a :class:`~marsad.model.TimeValue`, or ``None`` when ``s`` is not a date string (no digit,
        no recognisable date, an impossible date, or more than ``settings.DATE_MAX_EXTRA_WORDS``
        words besides the date). Never raises on a bad ``s``.

    Raises:
        zoneinfo.ZoneInfoNotFoundError: ``default_tz`` is not an IANA zone name (a caller's error).
    """
    if default_tz is not None:
        zone(default_tz)  # fail loudly on a wrong zone name, whatever the string
    if not s or len(s) > settings.DATE_MAX_STRING_CHARS:
        return None
    if s[0] in _RFC822_PLAIN_FIRST:
        convention_for(source_convention)  # the same error for a wrong convention as below
        v = _rfc822_plain_value(s)
        if v is not None:
            return v
    f = fold(s)
    if not _HAS_DIGIT_RE.search(f):
        return None
    f = _SPACES_RE.sub(" ", f).strip()
    convention = convention_for(source_convention)
    m = ISO_RE.fullmatch(f)
    if m:
        return _parse_iso(m, convention, default_tz)
    m = RFC822_RE.fullmatch(f)
    if m:
        v = _parse_rfc822(f, m, convention, default_tz)
        if v is not None:
            return v
    explicit_day_first: bool | None = None
    if convention is not None and convention.day_first is not None:
        explicit_day_first = convention.day_first
    elif not day_first:
        explicit_day_first = False
    try:
        return _parse_general(f, explicit_day_first, convention, default_tz)
    except (ValueError, OverflowError, KeyError):  # defensive: bad input never crashes
        return None


def _parse_general(
    f: str, day_first: bool | None, convention: SourceConvention | None, default_tz: str | None
) -> TimeValue | None:
    work = f
    warnings: list[str] = []
    confidence = 1.0
    tzname: str | None = None
    # 1. zone phrase / local-time phrase / wire abbreviation
    zm = ZONE_PHRASE_RE.search(work) if "توقيت" in work else None
    amb = AMBIGUOUS_ZONE_PHRASE_RE.search(work) if zm is None and "توقيت" in work else None
    if zm:
        tzname = PLACE_ZONES[_SPACES_RE.sub(" ", zm["place"])]
        work = _blank(work, zm.span())
    elif amb:  # بتوقيت عمان / طرابلس: two zones, no context here (publication.detect may choose)
        place = amb["place"]
        warnings.append(
            f"{AMBIGUOUS_ZONE_WARNING} {place!r} names two zones ({' or '.join(AMBIGUOUS_PLACES[place])}): "
            "zone not set, the time is kept naive"
        )
        confidence = min(confidence, settings.AMBIGUOUS_ZONE_PLACE_CONFIDENCE)
        work = _blank(work, amb.span())
    else:
        lm = LOCAL_TIME_RE.search(work) if "المحلي" in work else None
        if lm:
            warnings.append("'local time' of the dateline place: zone not stated")
            work = _blank(work, lm.span())
        am = ABBREVIATION_RE.search(work)
        if am:
            tzname = ABBREVIATION_ZONES.get(_ABBR_STRIP_RE.sub("", am["abbr"].lower()))
            if am["sign"]:
                tzname = _offset_tz(am["sign"], am["oh"], am["om"]) or tzname
            work = _blank(work, am.span())
    # 2. time of day
    clock: time | None = None
    precision = "day"
    tm = TIME_RE.search(work)
    if tm:
        h = _hour24(int(tm["h"]), tm["ap"])
        mi = int(tm["mi"])
        sec = int(tm["s"] or 0)
        if h is None or mi > 59 or sec > 59:
            return None
        clock = time(h, mi, sec)
        precision = "second" if sec else "minute"
        end = tm.end()
        work = _blank(work, tm.span())
        if tzname is None:
            om = _OFFSET_AFTER_TIME_RE.match(work, end)
            if om and om.end() > end:
                tz_off = _offset_tz(om["sign"], om["oh"], om["om"])
                if tz_off:
                    tzname = tz_off
                    work = _blank(work, (end, om.end()))
    else:
        hm = HOUR_RE.search(work)
        if hm:
            h = _hour24(int(hm["h"]), hm["ap"])
            if h is not None:
                clock = time(h, 0)
                precision = "minute"
                work = _blank(work, hm.span())
        elif "الساعه ال" in work:
            hw = HOUR_WORD_RE.search(work)
            h = _hour24(ORDINAL_HOURS[_SPACES_RE.sub(" ", hw["hw"])], hw["ap"]) if hw else None
            if h is not None:
                clock = time(h, _HOUR_FRACTIONS[hw["frac"]])
                precision = "minute"
                work = _blank(work, hw.span())
    if clock is not None and tzname is None and "(" in work:
        bm = BRACKET_PLACE_RE.search(work)  # '10:05 (مكة المكرمة)': the place of the clock (Al Jazeera)
        if bm:
            tzname = PLACE_ZONES[_SPACES_RE.sub(" ", bm["place"])]
            work = _blank(work, bm.span())
    # 3. dates: textual (month names) and numeric
    dates: list[_Date] = []
    words = _WORD_RE.findall(work.lower())
    has_month = any(w in _MONTH_FIRST_WORDS for w in words)
    for dm in TEXT_DATE_RE.finditer(work) if has_month else ():
        if dm["d"] is None and dm["g"] is None and dm["y"] is None:
            continue
        d = text_date(dm)
        if d is None:
            return None
        dates.append(d)
    for dm in ENGLISH_MDY_RE.finditer(work) if has_month else ():
        if any(x.span[0] <= dm.start() < x.span[1] for x in dates):
            continue
        name, day_digits = (dm["m"], dm["d"]) if dm["m"] else (_SPACES_RE.sub(" ", dm["am"]), dm["ad"])
        d = _finish_date(_Date(int(dm["y"]), GREGORIAN[name.lower()][0], int(day_digits), "gregorian", dm.span()))
        if d is None:
            return None
        dates.append(d)
    for dm in NUM_DATE_RE.finditer(work):
        if any(x.span[0] <= dm.start() < x.span[1] for x in dates):
            continue
        d = numeric_date(dm, day_first)
        if d is None:
            return None
        dates.append(d)
    if not dates:
        return None
    dates.sort(key=lambda x: x.span[0])
    for d in dates:
        work = _blank(work, d.span)
    # 4. weekday names, fillers, and what is left
    weekdays: list[int] = []
    extra = 0
    for w in _WORD_RE.findall(work.lower()):
        wd = WEEKDAYS_FOLDED.get(w)
        if wd is not None:
            weekdays.append(wd)
        elif w not in FILLER_WORDS:
            extra += 1
    if extra > settings.DATE_MAX_EXTRA_WORDS:
        return None
    if tzname is None:
        unknown = UNKNOWN_ZONE_ABBREVIATION_RE.search(work)
        if unknown:  # "CET", "BST", "IST": said, but not read — never dropped silently
            warnings.append(f"zone abbreviation {unknown.group()!r} not known: the time is kept naive")
            confidence = min(confidence, 0.7)
    # 5. choose: a Hijri + Gregorian pair, or the first date
    calendar = "gregorian"
    hij = [d for d in dates if d.calendar == "hijri"]
    greg = [d for d in dates if d.calendar == "gregorian"]
    if hij and greg:
        main, other = greg[0], hij[0]
        calendar = "gregorian+hijri"
        if main.greg is not None and other.greg is not None:
            diff = abs((main.greg - other.greg).days)
            if diff == 0:
                pass
            elif diff <= settings.HIJRI_TOLERANCE_DAYS:
                warnings.append(
                    f"Hijri date is {(other.greg - main.greg).days:+d} day(s) from the Gregorian date "
                    f"by Umm al-Qura (within the ±{settings.HIJRI_TOLERANCE_DAYS}-day tolerance of printed "
                    "Hijri dates); Gregorian kept"
                )
                confidence = min(confidence, 0.95)
            else:
                warnings.append(
                    f"Hijri and Gregorian dates disagree: Hijri is {other.greg.isoformat()} by Umm al-Qura, "
                    f"Gregorian says {main.greg.isoformat()}; Gregorian kept"
                )
                confidence = min(confidence, 0.5)
        warnings.extend(other.warnings)
    else:
        main = dates[0]
        if len(dates) > 1:
            warnings.append(f"{len(dates)} dates in the string; the first is used")
            confidence = min(confidence, 0.7)
        calendar = main.calendar
    warnings.extend(main.warnings)
    confidence = min(confidence, main.confidence)
    if main.interval is not None:  # Hijri month without day: a Gregorian interval
        start, end = main.interval
        v = build_value(
            start,
            None,
            tzname,
            "month",
            calendar="hijri",
            confidence=confidence,
            warnings=warnings,
            convention=convention,
            default_tz=default_tz,
            local_override=f"{start.isoformat()}/{end.isoformat()}",
        )
        return v
    if main.greg is not None:
        day = main.greg
        if not (clock is not None):
            precision = "day"
    else:  # month precision (Gregorian, no day)
        day = date(main.y, main.m, 1)
        precision = "month"
        clock = None
    if weekdays and main.greg is not None and weekdays[0] != day.weekday():
        warnings.append(
            f"weekday mismatch: {WEEKDAY_NAMES_AR[weekdays[0]]} written but {day.isoformat()} is a "
            f"{WEEKDAY_NAMES_AR[day.weekday()]} ({day.strftime('%A')})"
        )
        confidence = min(confidence, 0.6)
    return build_value(
        day,
        clock,
        tzname,
        precision,
        calendar=calendar,
        confidence=confidence,
        warnings=warnings,
        convention=convention,
        default_tz=default_tz,
    )
