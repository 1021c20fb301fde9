"""Time-zone phrases → IANA zone names, resolved through the tz database (``zoneinfo`` + ``tzdata``).

Offsets are never written by hand: a phrase names a place, the place names an IANA zone, and the
offset on a given date comes from the IANA tz database, so daylight saving is right (on 2024-04-20
at 01:18 ``بتوقيت القدس`` is +03:00 in Asia/Jerusalem while Gaza, Asia/Gaza, was +02:00).

Tables (data only, folded spelling as :func:`marsad.time.numerals.fold` produces):

* :data:`PLACE_ZONES` — the place after ``بتوقيت`` / ``حسب توقيت`` / ``بالتوقيت`` (city or country);
* :data:`ABBREVIATION_ZONES` — wire abbreviations written after a time: ``ت م`` (توقيت مكة, Saudi
  Press Agency) and ``ت غ`` / ``تغ`` (توقيت غرينتش, AFP Arabic), plus ``GMT``/``UTC``.

Source: IANA Time Zone Database (https://www.iana.org/time-zones), read via Python's ``zoneinfo``
with the ``tzdata`` package as fallback. Ambiguous place names (``عمان`` = Amman or Oman,
``طرابلس`` = Tripoli in Libya or Lebanon) are not in :data:`PLACE_ZONES`: they are
:data:`AMBIGUOUS_PLACES`, read only with context (:func:`zone_from_context`).
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from marsad.time.numerals import fold

#: The one zone name of every zero-offset marker (``Z``, ``+00:00``, ``+0000``, ``UTC``, ``UT``,
#: ``GMT``, ``توقيت غرينتش``): ``UTC``, the IANA tz database's name for Coordinated Universal Time
#: (a link to ``Etc/UTC`` in its ``backward`` file). ``GMT`` is read as UTC too: RFC 5322 §4.3
#: makes ``GMT`` the obsolete spelling of ``+0000`` (Universal Time), and in Arabic wires ``ت غ`` /
#: ``بتوقيت غرينتش`` is the UTC clock of the dispatch, not London's local time (which would be
#: ``Europe/London``, with summer time). RFC 3339 §4.3 reads ``+00:00`` (and ``Z``) as UTC.
#: Before 2026-11-29 these came out as ``Etc/GMT``, ``Etc/UTC`` or ``+00:00`` for the same instant.
UTC_ZONE = "UTC"
_GMT = UTC_ZONE
_UTC = UTC_ZONE
#: Names of zero-offset zones and offsets that :func:`canonical_zone` turns into :data:`UTC_ZONE`
#: (IANA names of UTC/GMT from its ``etcetera`` and ``backward`` files, and the offset strings).
ZERO_OFFSET_NAMES: frozenset[str] = frozenset(
    {
        "UTC", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu",
        "GMT", "Etc/GMT", "GMT0", "Etc/GMT0", "GMT+0", "Etc/GMT+0", "GMT-0", "Etc/GMT-0",
        "Greenwich", "Etc/Greenwich", "Z", "+00:00", "-00:00", "+0000", "-0000", "+00", "-00",
    }
)  # fmt: skip

#: Place (as written after ``بتوقيت``) → IANA zone. Keys are folded at import.
# fmt: off
_PLACES: dict[str, str] = {
    # Palestine / Israel: Jerusalem and Gaza differ in daylight-saving dates
    "القدس المحتلة": "Asia/Jerusalem", "القدس": "Asia/Jerusalem", "تل أبيب": "Asia/Jerusalem",
    "إسرائيل": "Asia/Jerusalem",
    "غزة": "Asia/Gaza", "قطاع غزة": "Asia/Gaza",
    "رام الله": "Asia/Hebron", "الخليل": "Asia/Hebron", "نابلس": "Asia/Hebron", "بيت لحم": "Asia/Hebron",
    "الضفة الغربية": "Asia/Hebron",
    # Arabian peninsula
    "مكة المكرمة": "Asia/Riyadh", "مكة": "Asia/Riyadh", "مكه المكرمه": "Asia/Riyadh", "الرياض": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh", "المملكة": "Asia/Riyadh", "جدة": "Asia/Riyadh",
    "أبوظبي": "Asia/Dubai", "أبو ظبي": "Asia/Dubai", "دبي": "Asia/Dubai", "الإمارات": "Asia/Dubai",
    "الدوحة": "Asia/Qatar", "قطر": "Asia/Qatar",
    "الكويت": "Asia/Kuwait",
    "المنامة": "Asia/Bahrain", "البحرين": "Asia/Bahrain",
    "مسقط": "Asia/Muscat", "سلطنة عمان": "Asia/Muscat",
    "صنعاء": "Asia/Aden", "عدن": "Asia/Aden", "اليمن": "Asia/Aden",
    # Levant, Iraq
    "بيروت": "Asia/Beirut", "لبنان": "Asia/Beirut",
    "دمشق": "Asia/Damascus", "سوريا": "Asia/Damascus", "سورية": "Asia/Damascus",
    "بغداد": "Asia/Baghdad", "العراق": "Asia/Baghdad", "أربيل": "Asia/Baghdad",
    "الأردن": "Asia/Amman", "عمان الأردنية": "Asia/Amman",
    # Africa
    "القاهرة": "Africa/Cairo", "مصر": "Africa/Cairo",
    "الخرطوم": "Africa/Khartoum", "السودان": "Africa/Khartoum",
    "ليبيا": "Africa/Tripoli", "طرابلس الغرب": "Africa/Tripoli", "طرابلس الليبية": "Africa/Tripoli",
    "طرابلس اللبنانية": "Asia/Beirut", "طرابلس الشام": "Asia/Beirut",
    "تونس": "Africa/Tunis",
    "الجزائر": "Africa/Algiers",
    "الرباط": "Africa/Casablanca", "المغرب": "Africa/Casablanca", "الدار البيضاء": "Africa/Casablanca",
    "نواكشوط": "Africa/Nouakchott", "موريتانيا": "Africa/Nouakchott",
    # elsewhere, as found in Arabic wires
    "غرينتش": _GMT, "غرينيتش": _GMT, "جرينتش": _GMT, "جرينيتش": _GMT, "غرنتش": _GMT, "جرنتش": _GMT,
    "موسكو": "Europe/Moscow", "لندن": "Europe/London", "باريس": "Europe/Paris", "برلين": "Europe/Berlin",
    "واشنطن": "America/New_York", "نيويورك": "America/New_York",
    "طهران": "Asia/Tehran", "إيران": "Asia/Tehran",
    "أنقرة": "Europe/Istanbul", "إسطنبول": "Europe/Istanbul", "اسطنبول": "Europe/Istanbul", "تركيا": "Europe/Istanbul",
}
PLACE_ZONES: dict[str, str] = {fold(k): v for k, v in _PLACES.items()}

#: Wire abbreviations written after a time, keyed without spaces and dots (``ت م``, ``ت.م`` → ``تم``).
ABBREVIATION_ZONES: dict[str, str] = {
    "تم": "Asia/Riyadh",  # توقيت مكة — Saudi Press Agency (واس) trailers: "20:26 ت م"
    "تغ": _GMT,  # توقيت غرينتش — AFP Arabic: "(05:00 ت غ)", "(6:00 تغ)"
    "gmt": _GMT,
    "utc": _UTC,
    "ut": _UTC,
    "z": _UTC,
    # North American zone abbreviations, fixed offsets as RFC 5322 §4.3 defines them (the same as
    # the RFC 822 reader): "March 15, 2018 10:30 AM EST" (third new-user report, finding 12).
    "est": "-05:00",
    "edt": "-04:00",
    "cst": "-06:00",
    "cdt": "-05:00",
    "mst": "-07:00",
    "mdt": "-06:00",
    "pst": "-08:00",
    "pdt": "-07:00",
}
# fmt: on

#: ``بتوقيت <place>`` and its variants (``حسب توقيت``, ``بالتوقيت``, ``توقيت مدينة``).
ZONE_PHRASE_RE = re.compile(
    r"(?:\(\s*)?(?<!\w)(?:ب|حسب\s+|وفق\s+|علي\s+)?(?:ال)?توقيت\s+(?:مدينه\s+)?(?P<place>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s*") for k in sorted(PLACE_ZONES, key=len, reverse=True))
    + r")(?!\w)(?:\s*\))?"
)
#: A known place in brackets right after a clock time, without ``توقيت``: Al Jazeera's
#: ``آخر تحديث: 2015/8/11 الساعة 13:26 (مكة المكرمة)`` (eighth new-user report, finding 8). Read by
#: :func:`marsad.time.parse_datetime` only after a clock time, as the zone of that time.
BRACKET_PLACE_RE = re.compile(
    r"\(\s*(?P<place>"
    + "|".join(re.escape(k).replace(r"\ ", r"\s*") for k in sorted(PLACE_ZONES, key=len, reverse=True))
    + r")\s*\)"
)

# --- place names shared by two zones (eighth new-user report, finding 8) -------------------------
#: A place written alike for two zones (without harakat ``عَمّان`` Amman and ``عُمان`` Oman are one
#: spelling; ``طرابلس`` is Tripoli in Libya and in Lebanon) → the candidate IANA zones. Never read
#: as one of them by itself: :func:`marsad.time.parse_datetime` keeps the time naive with a warning
#: (confidence ``settings.AMBIGUOUS_ZONE_PLACE_CONFIDENCE``), and
#: :func:`marsad.time.publication.detect` picks one when the article's context names only one of
#: the countries (:data:`AMBIGUOUS_PLACE_CUES`). Keys folded.
AMBIGUOUS_PLACES: dict[str, tuple[str, ...]] = {
    "عمان": ("Asia/Amman", "Asia/Muscat"),
    "طرابلس": ("Africa/Tripoli", "Asia/Beirut"),
}
#: Words of an article (folded; whole words, with one proclitic allowed) that name one of the
#: countries of :data:`AMBIGUOUS_PLACES`: the country, its nisba adjective, a city of its own, the
#: source/dateline country. ``عمان`` itself is not a cue (it is the ambiguous word).
# fmt: off
AMBIGUOUS_PLACE_CUES: dict[str, tuple[str, ...]] = {
    "Asia/Amman": ("الاردن", "الاردني", "الاردنيه", "الاردنيون", "الاردنيين", "اربد", "الزرقاء", "العقبه",
                   "عمان الاردنيه", "بترا"),
    "Asia/Muscat": ("سلطنه عمان", "العماني", "العمانيه", "العمانيون", "العمانيين", "مسقط", "صلاله"),
    "Africa/Tripoli": ("ليبيا", "الليبي", "الليبيه", "الليبيون", "الليبيين", "بنغازي", "مصراته", "طرابلس الغرب"),
    "Asia/Beirut": ("لبنان", "اللبناني", "اللبنانيه", "اللبنانيون", "اللبنانيين", "بيروت", "صيدا", "طرابلس الشام"),
}
# fmt: on
#: ``بتوقيت <ambiguous place>`` (same prefixes as :data:`ZONE_PHRASE_RE`), or the place in brackets.
AMBIGUOUS_ZONE_PHRASE_RE = re.compile(
    r"(?:\(\s*)?(?<!\w)(?:(?:ب|حسب\s+|وفق\s+|علي\s+)?(?:ال)?توقيت\s+(?:مدينه\s+)?)(?P<place>"
    + "|".join(AMBIGUOUS_PLACES)
    + r")(?!\w)(?:\s*\))?"
)
_CUE_RES: dict[str, re.Pattern[str]] = {
    tz: re.compile(r"(?<!\w)[وفبل]?(?:" + "|".join(c.replace(" ", r"\s+") for c in cues) + r")(?!\w)")
    for tz, cues in AMBIGUOUS_PLACE_CUES.items()
}


def zone_from_context(place: str, folded_text: str) -> tuple[str, int] | None:
    """``(zone, cue count)`` for the ambiguous ``place`` (a key of :data:`AMBIGUOUS_PLACES`) when
    ``folded_text`` (the article, folded) names the country of exactly one of its zones; ``None``
    when it names neither or both."""
    found = []
    for tz in AMBIGUOUS_PLACES.get(place, ()):
        n = len(_CUE_RES[tz].findall(folded_text))
        if n:
            found.append((tz, n))
    return found[0] if len(found) == 1 else None


#: ``بالتوقيت المحلي`` (local time of the dateline place): no zone, recorded as a note.
LOCAL_TIME_RE = re.compile(r"(?<!\w)(?:ب|حسب\s+)?التوقيت\s+المحلي(?!\w)")


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo:
    """The ``tzinfo`` for an IANA zone name (``"Asia/Jerusalem"``) or a fixed offset string
    (``"+04:00"``, ``"-0330"``). Raises ``ZoneInfoNotFoundError`` / ``ValueError`` on unknown names."""
    if name and name[0] in "+-":
        sign = -1 if name[0] == "-" else 1
        digits = name[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    return ZoneInfo(name)


def place_zone(place: str) -> str | None:
    """IANA zone for a place phrase as written (folded internally), or ``None`` when unknown."""
    return PLACE_ZONES.get(re.sub(r"\s+", " ", fold(place)).strip())


def offset_name(sign: str, hours: int, minutes: int) -> str:
    """Canonical fixed-offset name ``"+04:00"`` from its parts; a zero offset is ``"UTC"``
    (:data:`UTC_ZONE`)."""
    if hours == 0 and minutes == 0:
        return UTC_ZONE
    return f"{'-' if sign == '-' else '+'}{hours:02d}:{minutes:02d}"


def canonical_zone(name: str | None) -> str | None:
    """The zone name a :class:`~marsad.model.TimeValue` records for ``name``: every zero-offset
    name or offset of :data:`ZERO_OFFSET_NAMES` → ``"UTC"``; anything else unchanged."""
    return UTC_ZONE if name in ZERO_OFFSET_NAMES else name
