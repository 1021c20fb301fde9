"""Time expressions inside article text, resolved against the publication date (TIMEX3 values).

:func:`find_time_expressions` finds, in Arabic prose:

* relative days: ``اليوم``, ``أمس`` / ``البارحة``, ``أمس الأول`` / ``أول أمس``, ``غدا`` / ``يوم غد``,
  ``بعد غد``, ``الليلة``; with a part of day (``مساء أمس`` → ``2024-04-19TEV``, ``فجر اليوم`` →
  ``…TMO``) and with a weekday that is *checked* (``اليوم الاثنين`` on a Saturday → value ``None``
  and a warning, never silently resolved);
* weekdays: ``الاثنين الماضي`` (the last Monday before the reference day), ``الخميس المقبل``
  (the next one after it), a bare ``الاثنين`` / ``يوم الاثنين`` (the most recent one, today included:
  Arabic wire copy reports past events — a heuristic, see docs/time.md);
* calendar units: ``الأسبوع الماضي`` → ``2024-W15``, ``الشهر المقبل`` → ``2024-05``, ``العام الماضي``
  → ``2023``, ``هذا الأسبوع``, ``الشهر الجاري``;
* explicit dates: ``12 كانون الثاني/يناير 2024``, ``في تموز/يوليو 2016`` (→ ``2016-07``),
  ``في 12 كانون الثاني/يناير`` (year from context: the occurrence nearest the reference day),
  ``20/4/2024``, Hijri ``26 شوال 1436 هـ``; months with a direction (``مارس الماضي``) or after
  ``شهر`` (``خلال شهر رمضان``: a Hijri month becomes its Gregorian span by Umm al-Qura,
  ``2015-06-18/2015-07-16``, year from context); years ``منذ عام 2011`` → ``2011``.

Values follow TIMEX3 (ISO-TimeML, ISO 24617-1): ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM``,
``YYYY``, parts of day ``TMO`` (morning, dawn), ``TMI`` (noon), ``TAF`` (afternoon), ``TEV``
(evening), ``TNI`` (night); Hijri spans as ISO 8601 intervals ``start/end``.

Speed: every pattern starts with a literal or a digit so Python's regex engine skips ahead with
its prefix search (no leading look-behind); word boundaries are checked in Python afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import lru_cache

from marsad.model import TimeExpression
from marsad.text.scan import char_positions, literal_positions, matches_at
from marsad.time import hijri
from marsad.time.datetimes import AMPM, HOUR_MARKERS, NUM_DATE_RE, _hour24, numeric_date
from marsad.time.months import (
    GREGORIAN,
    HIJRI_FOLDED,
    ORDINAL_DAYS,
    ORDINAL_HOURS,
    WEEKDAY_NAMES_AR,
    WEEKDAYS_FOLDED,
    alternation,
)
from marsad.time.numerals import fold_with_map

# --- tables -----------------------------------------------------------------------------------
#: Direction words after a weekday, month or unit (folded) → -1 past, 0 current, +1 future.
DIRECTIONS: dict[str, int] = {
    "الماضي": -1, "الماضيه": -1, "المنصرم": -1, "المنصرمه": -1, "الفائت": -1, "الفائته": -1,
    "السابق": -1, "السابقه": -1,
    # Tunisian/Maghrebi press (ANT v1.1, Jawhara FM: 228 uses in 177 articles; seventh new-user
    # report, finding 8): الأسبوع الفارط, السنة المنقضية
    "الفارط": -1, "الفارطه": -1, "المنقضي": -1, "المنقضيه": -1,
    "المقبل": 1, "المقبله": 1, "القادم": 1, "القادمه": 1,
    "الجاري": 0, "الجاريه": 0, "الحالي": 0, "الحاليه": 0,
}
#: Part-of-day words (folded) → TIMEX3 part-of-day code.
PARTS_OF_DAY: dict[str, str] = {
    "صباح": "MO", "صبيحه": "MO", "فجر": "MO", "ظهر": "MI", "ظهيره": "MI", "عصر": "AF",
    "مساء": "EV", "ليله": "NI", "ليل": "NI", "منتصف ليله": "NI", "منتصف ليل": "NI",
}
#: Calendar units (folded, without the article) → TIMEX3 granularity.
UNITS = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}

#: A span of time counted back from the publication day (``منذ ثلاثة أيام``, ``قبل يومين``,
#: ``منذ 20 عاما``; seventh new-user report, finding 9): the counted noun (folded) → (unit, the
#: count it carries itself: 1 singular, 2 dual, 0 none — a plural, or the singular accusative
#: after 11–99, needs a number). Arabic counts 3–10 with the plural, 11–99 with the singular
#: accusative, 100+ with the singular genitive (Wright, *A Grammar of the Arabic Language* §99).
AGO_UNITS: dict[str, tuple[str, int]] = {
    "دقيقه": ("minute", 1), "دقيقتين": ("minute", 2), "دقائق": ("minute", 0), "دقيقتان": ("minute", 2),
    "ساعه": ("hour", 1), "ساعتين": ("hour", 2), "ساعات": ("hour", 0), "ساعتان": ("hour", 2),
    "يوم": ("day", 1), "يومين": ("day", 2), "ايام": ("day", 0), "يوما": ("day", 0), "يومان": ("day", 2),
    "اسبوع": ("week", 1), "اسبوعين": ("week", 2), "اسابيع": ("week", 0), "اسبوعا": ("week", 0),
    "شهر": ("month", 1), "شهرين": ("month", 2), "اشهر": ("month", 0), "شهور": ("month", 0),
    "شهرا": ("month", 0), "عام": ("year", 1), "عامين": ("year", 2), "اعوام": ("year", 0),
    "عاما": ("year", 0), "سنه": ("year", 1), "سنتين": ("year", 2), "سنوات": ("year", 0),
    "سنين": ("year", 0), "عامان": ("year", 2),
}
#: Number words 3–10 (folded, masculine and feminine forms) before a plural counted noun.
AGO_NUMBER_WORDS: dict[str, int] = {
    "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6,
    "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10,
}

_AR_WEEKDAYS = {k: v for k, v in WEEKDAYS_FOLDED.items() if k.startswith("ال")}
_WD = alternation(_AR_WEEKDAYS)
_DIR = alternation(DIRECTIONS)
_GREG_AR = {k: v[0] for k, v in GREGORIAN.items() if v[1] != "english"}
_MONTH = alternation({**_GREG_AR, **HIJRI_FOLDED})
_PART = alternation(PARTS_OF_DAY)
_CAL = r"(?:\s*(?P<cal>هجريه|هجري|ه|ميلاديه|ميلادي|م)(?!\w))?"

# --- patterns (each starts with a literal or a digit: fast prefix scan) --------------------------
#: A weekday naming the relative day before it, after a comma or in parentheses (``يوم غد (الثلاثاء)``,
#: ``أمس (السبت)``: fresh new-user report nu18, 2026-11-30 — the parenthesised weekday was read alone).
_WD_AFTER = r"(?:\s*[,،]?\s*(?P<po>\(\s*)?(?P<wd>" + _WD + r")(?(po)\s*\)))?"
TODAY_RE = re.compile(r"اليوم" + _WD_AFTER + r"(?!\w)")
YESTERDAY_RE = re.compile(r"امس(?:\s+(?P<first>الاول))?" + _WD_AFTER + r"(?!\w)")
TOMORROW_RE = re.compile(r"غد(?:ا)?" + _WD_AFTER + r"(?!\w)")
OTHER_DAY_RE = re.compile(r"ال(?:بارحه|ليله)(?!\w)")
#: ``هذا الأسبوع`` / ``هذا الشهر`` / ``هذا العام`` / ``هذه السنة`` / ``هذا الصباح`` / ``هذه الليلة`` / ``هذا المساء``.
THIS_RE = re.compile(r"هذ[اه]\s+ال(?P<u>اسبوع|شهر|عام|سنه|صباح|ليله|مساء)(?!\w)")
WEEKDAY_RE = re.compile(r"(?P<wd>" + _WD + r")(?:\s+(?P<dir>" + _DIR + r"))?(?!\w)")
UNIT_RE = re.compile(r"ال(?P<u>اسبوع|شهر|عام|سنه)\s+(?P<dir>" + _DIR + r")(?!\w)")
SHAHR_RE = re.compile(
    r"شهر\s+(?P<m>" + _MONTH + r")(?!\w)(?:\s*/\s*(?P<m2>" + _MONTH + r")(?!\w))?(?:\s+(?P<dir>" + _DIR + r")(?!\w))?"
)
DIR_RE = re.compile(r"(?P<dir>" + _DIR + r")(?!\w)")
#: ``منذ|قبل [N|number word] unit`` (see :data:`AGO_UNITS`); what follows is checked in Python
#: (``من`` + an event: counted from that event, not from the publication day; a definite word, a
#: number or a month after a singular unit: an idafa, ``قبل يوم الجمعة``, ``منذ عام 2011``).
AGO_RE = re.compile(
    r"(?:منذ|قبل)\s+(?:(?P<n>[0-9]{1,4})\s*|(?P<w>" + alternation(AGO_NUMBER_WORDS) + r")\s+)?"
    r"(?P<u>" + alternation(AGO_UNITS) + r")(?!\w)"
)
#: After a counted span: ``من`` (counted from another event), or, after a bare singular, a word
#: that makes it an idafa (a definite word, a digit, a month or weekday name without ال).
_AGO_FROM_RE = re.compile(r"(?:\s+(?:فقط|تقريبا|تماما|علي\s+الاقل))?\s+من(?!\w)")
_AGO_IDAFA_RE = re.compile(r"\s*[0-9]|\s+(?:ال|(?:" + _MONTH + r"|" + alternation(k[2:] for k in _AR_WEEKDAYS) + r")(?!\w))")
MONTH_BEFORE_DIR_RE = re.compile(r"(?<!\w)(?:" + _MONTH + r")?\s*/?\s*(?<!\w)(?P<m>" + _MONTH + r")\s+$")
#: Hijri months news names after a bare preposition (see _HIJRI_GATE).
HIJRI_NAME_RE = re.compile(
    r"(?P<m>" + alternation(k for k, v in HIJRI_FOLDED.items() if v in (1, 9, 10, 12)) + r")(?!\w)"
    r"(?:\s+(?P<dir>" + _DIR + r")(?!\w))?"
)
#: Literals every HIJRI_NAME_RE match starts with (its month names' first letters up to where they
#: differ: ``ذو``/``ذي`` + ``\s*الحجه``); where to try it instead of a scan of the whole text.
_HIJRI_NAME_STARTS = tuple(
    sorted({k[:2] if k.startswith("ذ") else k for k, v in HIJRI_FOLDED.items() if v in (1, 9, 10, 12)})
)
YEAR_CAL_RE = re.compile(r"\s*(هجريه|هجري|ه|ميلاديه|ميلادي|م)(?!\w)")
#: ``D [-|من] [شهر] Month[/Month2] [، عام YYYY [هـ|م]] [الماضي|المقبل…]``. The second name of a dual
#: month may follow with no slash (``20 كانون الثاني يناير 2017``, BBC Arabic) when both name the
#: same Gregorian month (checked in :func:`_day_month`); a direction word after a date without a
#: year (``3 آب الماضي``; looked ahead at, not part of the span) places it before/after the
#: publication day (third new-user report, finding 11: it was put in the nearest year, into the
#: future).
DAY_MONTH_RE = re.compile(
    r"(?P<d>[0-9][0-9]?)(?:\s*-\s*|\s+)(?:من\s+)?(?:شهر\s+)?(?P<m>" + _MONTH + r")(?!\w)"
    r"(?:(?:\s*(?:/|\()\s*|\s+(?=\S+(?:\s+[0-9]|\s+" + _DIR + r"|\s*$)))(?P<m2>" + _MONTH + r")(?!\w)(?:\s*\))?)?"
    r"(?:\s*[,،]?\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>[0-9]{4})(?![0-9])" + _CAL + r"|(?=\s+(?P<dir>" + _DIR + r")(?!\w)))?"
)
#: ``الثامن من آذار/مارس 2014``, ``الحادي والعشرين من شهر يونيو``, ``العاشر من رمضان``, ``أول مايو``,
#: ``الخامس عشر من الشهر الجاري``: a day of the month as an ordinal (:data:`ORDINAL_DAYS`, every
#: form: masculine/feminine, with or without ``ال``, compounds 11–31), then ``من`` (only ``أول``
#: goes without it), then the month as :data:`DAY_MONTH_RE` reads it after a digit, or ``الشهر``
#: with a direction word / ``هذا الشهر`` (group ``udir``). Eighth new-user report, finding 5: 67 such
#: phrases in 1,050 ANT articles got no day. The word before is checked in Python
#: (:func:`_ordinal_dates`).
_MONTH_TAIL = (
    r"(?:شهر\s+)?(?P<m>" + _MONTH + r")(?!\w)"
    r"(?:\s*(?:/|\()\s*(?P<m2>" + _MONTH + r")(?!\w)(?:\s*\))?)?"
    r"(?:\s*[,،]?\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>[0-9]{4})(?![0-9])" + _CAL + r"|(?=\s+(?P<dir>" + _DIR + r")(?!\w)))?"
)
_THIS_MONTH_TAIL = r"(?:الشهر\s+(?P<udir>" + _DIR + r")|(?P<this>هذا\s+الشهر))(?!\w)"
ORDINAL_DATE_RE = re.compile(
    r"(?P<o>" + alternation({**ORDINAL_DAYS, "غره": 1}) + r")\s+(?P<min>من\s+)?(?:" + _MONTH_TAIL + "|" + _THIS_MONTH_TAIL + ")"
)
#: ``15 من الشهر الجاري``, ``3 من هذا الشهر``: a day number in the month of the publication day
#: (or the one before/after it).
DAY_OF_THIS_MONTH_RE = re.compile(r"(?P<d>[0-9][0-9]?)\s+من\s+(?:هذا\s+)?" + _THIS_MONTH_TAIL)
#: The last words of :data:`ORDINAL_DAYS` (``الثامن``, ``عشر``, ``والعشرين``): the word before ``من``
#: of an ordinal date.
_ORDINAL_LAST_WORDS = frozenset(k.split(" ")[-1] for k in ORDINAL_DAYS)
#: ``من`` + a month (``شهر`` before it allowed) or ``الشهر`` / ``هذا الشهر``: what follows an ordinal
#: day (the anchor :func:`_ordinal_starts` looks back from); ``أول`` + a month.
_ORDINAL_ANCHOR_RE = re.compile(
    r" من (?:(?:شهر\s+)?(?:" + _MONTH + r")(?!\w)|(?:هذا\s+)?الشهر\s)"
)
#: The first two letters of what may follow that ``من`` or ``أول`` (most ``من`` of an article are
#: followed by ``ال`` + a noun).
_ANCHOR_HEADS = frozenset(k[:2] for k in {**_GREG_AR, **HIJRI_FOLDED} if not k.startswith("ال")) | {"شه", "هذ"}
#: What may follow that ``من`` and starts with ``ال``: ``الشهر`` and the months so named (``المحرم``).
_ANCHOR_AL_WORDS = ("الشهر", *sorted(k for k in {**_GREG_AR, **HIJRI_FOLDED} if k.startswith("ال")))
#: Words that name the first day of the month without ``من`` before it: ``أول مايو`` and ``غرة``
#: (the first day of a month, classically of a lunar one: ``غرة ذي القعدة 1436هـ`` → 1 Dhu al-Qa'da;
#: Lane's Lexicon s.v. غرة, "the first night/day of the month"; new-user report nu22, item 12: it
#: was read as the whole month). ``مطلع``, ``أوائل``, ``بداية``, ``مستهل`` ("early in", "the beginning
#: of") name a part of the month, not a day: they stay out, and the month is the value.
_FIRST_DAY_WORDS = ("اول", "غره")
#: :data:`ORDINAL_DAYS` and ``غرة`` (1).
_ORDINAL_DAY_WORDS: dict[str, int] = {**ORDINAL_DAYS, "غره": 1}
_FIRST_OF_MONTH_RE = re.compile(r"(?:اول|غره) (?:شهر\s+)?(?:" + _MONTH + r")(?!\w)")
#: Literals every anchor starts with: ``من `` / ``اول `` and two letters of what follows (for the
#: compiled scanner's one pass: ~0.3 hits per ANT article instead of ~8 for a bare ``من ``).
_ORDINAL_ANCHOR_LITERALS = tuple(
    sorted({f"{w} {h}" for w in ("من", *_FIRST_DAY_WORDS) for h in (*_ANCHOR_HEADS, *_ANCHOR_AL_WORDS)})
)
#: Marks that may open the word before ``من`` (``(السادس من مايو)``, ``«الثامن من مارس»``).
_OPENING_MARKS = "(«\"'["
#: A word right before an ordinal that makes it no day of the month: a month's own second word
#: (``كانون الثاني``, ``ربيع الأول``, ``جمادى الأولى``), ``مدينة العاشر من رمضان`` (a city in Egypt).
_NOT_ORDINAL_DAY_BEFORE = frozenset({"كانون", "تشرين", "ربيع", "جمادي", "جماد", "مدينه", "ومدينه", "بمدينه"})
#: Words opening with ``ال`` (folded) that are no definite noun before an ordinal day: ``اليوم``
#: (``اليوم الثامن من مارس``), ``إلى`` (``من الخامس إلى التاسع من أبريل``), ``إلا``, ``الآن``, and
#: the relative pronouns.
_AL_WORDS_NOT_NOUNS = frozenset({"اليوم", "الي", "الا", "الان", "الذي", "التي"})
#: NUM_DATE_RE starting with a plain digit class and no look-behind (checked in Python).
NUM_DATE_SCAN_RE = re.compile(
    NUM_DATE_RE.pattern.replace(r"(?<![\d/.\-:])(?P<a>\d{1,4})", r"(?P<a>[0-9][0-9]{0,3})", 1)
)
NUMBER_RE = re.compile(r"[0-9][0-9]{0,3}")
_DATE_SEPARATORS = frozenset("/-.،–")
#: A clock time in prose (``11:07``, ``10:36م``, ``8:05 مساء``).
CLOCK_RE = re.compile(
    r"(?P<h>[0-9][0-9]?):(?P<mi>[0-9]{2})(?![0-9:])(?:\s*(?P<ap>ص|م|صباحا|مساء|am|pm)(?!\w))?", re.IGNORECASE
)
#: First letters after a day number that may begin a month name (or ``من``/``شهر``), and ``-``.
_MONTH_FIRST_CHARS = frozenset(k[0] for k in {**_GREG_AR, **HIJRI_FOLDED}) | {"م", "ش", "-"}
#: Before a 4-digit year: ``[شهر] Month[/Month2] [،] [عام]`` (anchored at the end of a slice).
MONTH_BEFORE_YEAR_RE = re.compile(
    r"(?:(?<!\w)شهر\s+)?(?<!\w)(?P<m>" + _MONTH + r")(?:\s*/\s*(?P<m2>" + _MONTH + r"))?\s*[,،]?\s*(?:من\s+)?(?:عام|العام|سنه)?\s*$"
)
YEAR_LEAD_RE = re.compile(r"(?:(?<!\w)(?:منذ|في|خلال|حتي|قبل|بعد|مطلع|نهايه|بدايه)\s+)?(?<!\w)(?:عام|العام|سنه|السنه|منذ)\s*$")
PART_BEFORE_RE = re.compile(r"(?<!\w)[وفب]?(?P<w>(?P<part>" + _PART + r"))\s+(?:يوم\s+)?$")
YAWM_BEFORE_RE = re.compile(r"(?<!\w)[وفل]?(?P<w>يوم|نهار)\s+$")
#: Prepositions before a month expression (``في``, ``خلال`` …), folded.
_PREPOSITIONS = ("في", "خلال", "منذ", "قبل", "بعد", "حتي", "طوال", "مطلع", "اواخر", "اوائل", "نهايه", "بدايه")
PREP_BEFORE_RE = re.compile(r"(?<!\w)(?:" + "|".join(_PREPOSITIONS) + r")\s+$")

# --- the end-anchored patterns above: a cheap necessary test first ------------------------------
# MONTH_BEFORE_YEAR_RE, MONTH_BEFORE_DIR_RE, PART_BEFORE_RE, YAWM_BEFORE_RE and PREP_BEFORE_RE
# end in ``$`` and are searched in a window of 12–40 characters before a number or a word. A search
# opening with a look-behind or an optional group is tried at every position of the window
# (~2–3 µs for 40 characters), and most windows hold no match (on ANT: 1 in 7 windows before a
# year ends with a month name). Each pattern has a *tail*: a pattern matching the reverse of
# how every one of its matches ends, tried once at the start of the reversed window. No tail:
# no match, and the search is skipped; otherwise the search runs, so the match is its own.


def _reversed_alternation(words) -> str:
    """:func:`alternation` of ``words`` written backwards (a space still matches a run of spaces)."""
    return alternation(w[::-1] for w in words)


def _reversed_words(words) -> str:
    return "|".join(w[::-1] for w in words)


_REVERSED_MONTH = _reversed_alternation({**_GREG_AR, **HIJRI_FOLDED})
#: Reversed end of a MONTH_BEFORE_YEAR_RE match: ``Month \s* [,،] \s* [من \s+] [عام|العام|سنه] \s*``.
_MONTH_BEFORE_YEAR_TAIL = re.compile(
    r"\s*(?:" + _reversed_words(("عام", "العام", "سنه")) + r")?(?:\s+" + _reversed_words(("من",)) + r")?"
    r"\s*[,،]?\s*(?:" + _REVERSED_MONTH + ")"
)
#: Reversed end of a MONTH_BEFORE_DIR_RE match: ``Month \s+``.
_MONTH_BEFORE_DIR_TAIL = re.compile(r"\s+(?:" + _REVERSED_MONTH + ")")
#: Reversed end of a PART_BEFORE_RE match: ``part \s+ [يوم \s+]``.
_PART_BEFORE_TAIL = re.compile(
    r"(?:\s+" + _reversed_words(("يوم",)) + r")?\s+(?:" + _reversed_alternation(PARTS_OF_DAY) + ")"
)
#: Reversed end of a YAWM_BEFORE_RE match: ``يوم|نهار \s+``.
_YAWM_BEFORE_TAIL = re.compile(r"\s+(?:" + _reversed_words(("يوم", "نهار")) + ")")
#: Reversed end of a PREP_BEFORE_RE match: ``preposition \s+``.
_PREP_BEFORE_TAIL = re.compile(r"\s+(?:" + _reversed_words(_PREPOSITIONS) + ")")


def _search_end(pattern: re.Pattern[str], tail: re.Pattern[str], window: str) -> re.Match[str] | None:
    """``pattern.search(window)`` for an end-anchored ``pattern`` whose reversed matches all begin
    with a match of ``tail`` (see above): ``None`` at once when the reversed window does not."""
    if tail.match(window[::-1]) is None:
        return None
    return pattern.search(window)
#: Words after ``اليوم`` that make it a noun ("the day ..."), not "today".
_NOT_TODAY_AFTER_RE = re.compile(r"\s+(?:ال\w+|نفسه|ذاته|التالي|الذي)")
_NOT_TODAY_BEFORE = ("عين ", "ذلك ", "صحيفه ", "جريده ", "«", '"', "يوم ")

# --- where the patterns can start (one cheap scan instead of one full scan per pattern) ----------
#: Words after ``ال`` that begin a match of OTHER_DAY_RE, WEEKDAY_RE, UNIT_RE or DIR_RE (each starts
#: with ``ال`` + one of these). ``ال`` begins ~70 words of an ANT article, so each of those four
#: patterns stopped ~70 times per article; one scan for ``ال`` + any of these words finds the ~2
#: places where one of them can match (see :mod:`marsad.text.scan`).
_AL_TAILS = frozenset(
    [k[2:] for k in _AR_WEEKDAYS] + [k[2:] for k in DIRECTIONS] + ["بارحه", "ليله"] + list(UNITS)
)
assert all(k.startswith("ال") for k in (*_AR_WEEKDAYS, *DIRECTIONS))
_AL_WORD_RE = re.compile(r"ال(?=" + alternation(_AL_TAILS) + ")")
_DIGITS = "0123456789"


# Rate (frequency) expressions: ``40 سيجارة في اليوم`` (forty cigarettes a day), ``ثلاث مرات في
# اليوم``, ``ثماني ساعات في الليلة``. After a count and the thing counted, or after a rate noun,
# ``في اليوم`` / ``باليوم`` / ``في الليلة`` means "per day / per night" (TIMEX3 type SET, no
# calendar value), not "today" / "tonight". Sources: Badawi, Carter & Gully, *Modern Written Arabic*
# (2004), distributive expressions; ANT v1.1 JA-diverse-314-20170428 (first-user finding).
#: Count words (folded: ة→ه, أ/إ/آ→ا): cardinals, hundreds, thousands, and vague counts.
RATE_COUNT_WORDS: tuple[str, ...] = (
    "واحد", "واحده", "اثنين", "اثنان", "اثنتين", "اثنتان", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس",
    "خمسه", "ست", "سته", "سبع", "سبعه", "ثمان", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره",
    "احد", "احدي", "اثني", "اثنتي", "اثنا", "اثنتا", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "اربعين",
    "اربعون", "خمسين", "خمسون", "ستين", "ستون", "سبعين", "سبعون", "ثمانين", "ثمانون", "تسعين", "تسعون",
    "مئه", "مائه", "مئتين", "مئتي", "مئتان", "مئات", "الف", "الفين", "الفي", "الفان", "الاف", "مليون",
    "ملايين", "مليار", "بضع", "بضعه", "عده", "عشرات", "نحو", "حوالي",
)
#: Nouns that are themselves a rate's count (``مرة في اليوم``, ``ساعتين في اليوم``), folded.
RATE_NOUNS: tuple[str, ...] = (
    "مره", "مرتين", "مرتان", "مرات", "ساعه", "ساعتين", "ساعتان", "ساعات", "دقيقه", "دقيقتين",
    "دقائق", "وجبه", "وجبتين", "وجبات", "جرعه", "جرعتين", "جرعات", "حبه", "حبتين", "حبات",
    "كوب", "كوبين", "اكواب", "رحله", "رحلتين", "رحلات",
)
#: The words before a per-day/per-night noun whose ``في``/``ب`` has been cut off: a count (digits
#: or a count word) followed by at most four words of the counted phrase (``لترات من الماء``) with
#: no clause punctuation between, or a rate noun right before.
RATE_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:[0-9]+(?:[.,][0-9]+)?|" + "|".join(sorted(RATE_COUNT_WORDS, key=len, reverse=True))
    + r")(?!\w)(?:\s+[^\s.,،؛:!?؟()\[\]\"«»0-9]+){1,4}"
    + r"|(?<!\w)[وب]?(?:" + "|".join(sorted(RATE_NOUNS, key=len, reverse=True)) + r"))\s*$"
)
_FI_BEFORE_RE = re.compile(r"(?<!\w)في\s+$")


def _is_rate(f: str, s: int) -> bool:
    """True when the day word starting at ``s`` in the folded text ``f`` (``اليوم``, ``الليلة``) is
    the "per day" of a rate expression: ``في``/``ب`` before it and a count phrase or rate noun before
    that (see :data:`RATE_BEFORE_RE`). Looks at most 80 characters back."""
    window = f[max(0, s - 80) : s]
    if window.endswith("ب") and (len(window) == 1 or not window[-2].isalnum() or window[-2] in "وف"):
        window = window[:-1].rstrip("وف")
    else:
        fm = _FI_BEFORE_RE.search(window)
        if fm is None:
            return False
        window = window[: fm.start()]
    return RATE_BEFORE_RE.search(window) is not None

_PROCLITICS = "وفبلك"
#: Hijri months read after a bare preposition (``في رمضان``, ``خلال شوال``): the months news
#: names that way; any Hijri month is read after ``شهر``, before a direction word, or with a day.
_HIJRI_GATE = ("رمضان", "شوال", "محرم", "الحجه")
_FIRST_BEFORE_RE = re.compile(r"(?<!\w)[وف]?(?P<w>اول)\s+(?:من\s+)?$")
_AFTER_BEFORE_RE = re.compile(r"(?<!\w)[وف]?(?P<w>بعد)\s+$")
_DEFINITE_WORD_BEFORE_RE = re.compile(r"(?<!\w)ال\w+\s+$")
#: Characters that may trail a match in the raw text and belong to it (tatweel, harakat).
_TRAILING_MARKS = frozenset("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")


def _left_ok(text: str, start: int) -> bool:
    """True when ``start`` begins a word, allowing one proclitic (و ف ب ل ك) or ``ال`` before it."""
    if start == 0 or not text[start - 1].isalnum():
        return True
    if text[start - 1] in _PROCLITICS and (start == 1 or not text[start - 2].isalnum()):
        return True
    return False


# --- where to try each pattern: one pass over the folded text -----------------------------------
#: The four patterns that open with ``ال`` + a word of :data:`_AL_TAILS`, each with the literals its
#: matches start with (their union is :data:`_AL_WORD_RE`'s starts: its look-ahead holds plain
#: words, and two ``ال`` cannot overlap). Each pattern is tried only where one of its own words
#: starts (it was tried at the ~3 ``ال`` words of an ANT article that any of the four can open:
#: ~11 matches per article instead of ~3).
_WEEKDAY_STARTS = tuple(sorted(_AR_WEEKDAYS))
_DIR_STARTS = tuple(sorted(DIRECTIONS))
_OTHER_DAY_STARTS = ("البارحه", "الليله")
_UNIT_STARTS = tuple("ال" + u for u in sorted(UNITS))
assert set(_WEEKDAY_STARTS + _DIR_STARTS + _OTHER_DAY_STARTS + _UNIT_STARTS) == {"ال" + t for t in _AL_TAILS}
assert not any(" " in k for k in _WEEKDAY_STARTS + _DIR_STARTS)  # alternation() reads a space as \s*
#: Literal groups whose start positions the scanner needs, indexed by the ``_G_*`` numbers below:
#: the ``ال`` words of the weekday, direction, other-day and unit patterns, the first words of the
#: relative-day, ``هذا``/``هذه`` and ``شهر`` patterns, the Hijri gate words and name starts, the
#: digits and the colon.
_SCAN_GROUPS: tuple[tuple[str, ...], ...] = (
    _WEEKDAY_STARTS,
    ("اليوم",),
    ("امس",),
    ("غد",),
    ("هذ",),
    ("شهر",),
    _HIJRI_GATE,
    _HIJRI_NAME_STARTS,
    tuple(_DIGITS),
    (":",),
    _DIR_STARTS,
    _OTHER_DAY_STARTS,
    _UNIT_STARTS,
    ("منذ", "قبل"),
    _ORDINAL_ANCHOR_LITERALS,
    ("الساعه",),
)
(_G_WEEKDAY, _G_TODAY, _G_YESTERDAY, _G_TOMORROW, _G_THIS, _G_SHAHR, _G_GATE, _G_HIJRI, _G_DIGITS, _G_COLON,
 _G_DIR, _G_OTHER_DAY, _G_UNIT, _G_AGO, _G_ORDINAL_ANCHOR, _G_HOUR) = range(len(_SCAN_GROUPS))
#: The groups of :data:`_SCAN_GROUPS` whose words open with ``ال`` (found by :data:`_AL_WORD_RE` on
#: the Python path), in that order.
_AL_GROUPS = (_G_WEEKDAY, _G_DIR, _G_OTHER_DAY, _G_UNIT)


def _compiled_literals():  # -> marsad._speedups.scan.Literals over _SCAN_GROUPS, or None
    from marsad import _speedups

    module = _speedups.load("scan")
    return None if module is None else module.Literals(_SCAN_GROUPS)


_LITERALS = _compiled_literals()


def _positions(f: str) -> list[list[int]]:
    """The start positions of each group of :data:`_SCAN_GROUPS` in the folded text ``f``: one
    compiled pass (:mod:`marsad._speedups.scan`) instead of ~15 scans (a regex scan, ten
    ``str.find`` loops, four ``in`` tests), or those scans. Only whether the Hijri gate list is
    empty matters (the Python path stops at the first gate word and lists no Hijri starts
    without one)."""
    if _LITERALS is not None:
        return _LITERALS.positions(f)  # type: ignore[no-any-return]
    gate = any(g in f for g in _HIJRI_GATE)
    al = [m.start() for m in _AL_WORD_RE.finditer(f)]
    by_group = [[p for p in al if f.startswith(_SCAN_GROUPS[g], p)] for g in _AL_GROUPS]
    return [
        by_group[0],
        literal_positions(f, ("اليوم",)),
        literal_positions(f, ("امس",)),
        literal_positions(f, ("غد",)),
        literal_positions(f, ("هذ",)),
        literal_positions(f, ("شهر",)),
        [0] if gate else [],
        literal_positions(f, _HIJRI_NAME_STARTS) if gate else [],
        char_positions(f, _DIGITS),
        char_positions(f, ":") if ":" in f else [],
        *by_group[1:],
        literal_positions(f, _SCAN_GROUPS[_G_AGO]),
        _ordinal_anchors_python(f),
        literal_positions(f, _SCAN_GROUPS[_G_HOUR]),
    ]


# --- resolution helpers ------------------------------------------------------------------------
#: ``timedelta(days=k)`` for the shifts the rules make (a day or two, a weekday, a week either way):
#: made once (a ``timedelta`` call with a keyword costs ~3 k instructions).
_DAY_DELTAS = {k: timedelta(days=k) for k in range(-14, 15)}
def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _nearest_year(ref: date, month: int, day: int | None) -> int:
    """Year putting ``month``/``day`` nearest to ``ref`` (TimeML practice for underspecified dates)."""
    best, best_gap = ref.year, None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            d = date(y, month, 28)
        gap = abs((d - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _directed_year(ref: date, month: int, day: int, direction: int) -> int:
    """Year of ``day``/``month`` said with a direction word: ``-1`` (``الماضي``) the last one before
    ``ref``, ``+1`` (``المقبل``) the next one after it, ``0`` (``الجاري``) ``ref``'s year."""
    if direction == 0:
        return ref.year
    for year in (ref.year, ref.year - direction):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if (d < ref) if direction < 0 else (d > ref):
            return year
    return ref.year - 1 if direction < 0 else ref.year + 1


_SLASH_OR_BRACKET_RE = re.compile(r"[/(]")


def _hijri_occurrence(ref: date, month: int, direction: int | None) -> tuple[date, date] | None:
    """Gregorian span of the Hijri ``month`` nearest ``ref`` (or last / next / current one)."""
    h = hijri.from_gregorian(ref)
    if h is None:
        return None
    spans = [hijri.month_span(y, month) for y in (h[0] - 1, h[0], h[0] + 1)]
    spans = [s for s in spans if s is not None]
    if not spans:
        return None
    if direction == -1:
        past = [s for s in spans if s[1] < ref]
        return past[-1] if past else None
    if direction == 1:
        fut = [s for s in spans if s[0] > ref]
        return fut[0] if fut else None
    for s in spans:
        if s[0] <= ref <= s[1]:
            return s
    if direction == 0:
        return None
    return min(spans, key=lambda s: min(abs((s[0] - ref).days), abs((s[1] - ref).days)))


class _Cand:
    __slots__ = ("start", "end", "value", "type", "warning", "weekday", "explicit", "stated")

    def __init__(self, start, end, value, type_="DATE", warning=None, weekday=None, explicit=False, stated=False):
        self.start, self.end, self.value, self.type, self.warning = start, end, value, type_, warning
        self.weekday = weekday  # a weekday name (0 = Monday) ending the phrase: it may introduce a date
        self.explicit = explicit  # a written day-precision date
        self.stated = stated  # the day is said (اليوم, أمس, a direction word), not guessed (a bare weekday)


def _weekday_check(
    day: date, wd_name: str | None, what: str, said: str | None = None
) -> tuple[str | None, str | None]:
    """``(value, warning)`` for a relative day optionally followed by a weekday name. ``what`` names
    the relative day (``غداً``, ``بعد غد``); ``said`` is the expression as written (the raw span it
    covers), quoted in the warning: the note quoted ``what`` and the weekday, so ``بعد غد السبت`` was
    quoted as ``غداً السبت`` (task cli28)."""
    if wd_name is None:
        return day.isoformat(), None
    wd = WEEKDAYS_FOLDED[wd_name]
    if wd == day.weekday():
        return day.isoformat(), None
    return None, (
        f"weekday mismatch: '{said or f'{what} {WEEKDAY_NAMES_AR[wd]}'}' but {day.isoformat()} "
        f"({what} by the publication date) is a {WEEKDAY_NAMES_AR[day.weekday()]} "
        f"({day.strftime('%A')}); flagged, not resolved"
    )


# --- the scanner -------------------------------------------------------------------------------
def find_time_expressions(
    text: str, ref: date | None, base: int = 0, *, next_day_begun: bool = False
) -> list[TimeExpression]:
    """Time expressions in ``text`` with TIMEX3 values resolved against ``ref`` (the publication
    day, local). Offsets are into ``text`` plus ``base``. Relative expressions get value ``None``
    and a warning when ``ref`` is ``None``. ``next_day_begun``: the publication is stamped in UTC
    late enough that the day after ``ref`` has begun where the article was written
    (:func:`marsad.time.publication.next_day_begun`); a bare weekday of that day told in the past is then that day, not
    six days back. Never raises on odd input."""
    if not text:
        return []
    f, to_raw = fold_with_map(text)
    cands: list[_Cand] = []
    pos = _positions(f)
    _relative_days(f, ref, cands, pos, lambda s, e: text[to_raw(s) : to_raw(e - 1) + 1])
    _weekdays(f, ref, cands, pos[_G_WEEKDAY], next_day_begun)
    _units(f, ref, cands, pos[_G_UNIT], pos[_G_THIS])
    _numbers(f, ref, cands, pos[_G_DIGITS])
    _months_without_digits(f, ref, cands, pos)
    _ago(f, ref, cands, pos[_G_AGO])
    _ordinal_dates(f, ref, cands, _ordinal_starts(f, pos[_G_ORDINAL_ANCHOR]))
    if not cands:
        return []
    _clock_times(f, cands, pos[_G_COLON])
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    cands = _merge_weekday_dates(f, cands)
    if pos[_G_HOUR]:  # after the merge: 'الساعة الثانية ليلا من يوم الثلاثاء 23 ماي 2017' is one
        _hour_times(f, cands, pos[_G_HOUR])
        cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[TimeExpression] = []
    last_end = -1
    for c in cands:
        if c.start < last_end:
            continue
        last_end = c.end
        rs, re_ = to_raw(c.start), to_raw(c.end - 1) + 1
        while re_ < len(text) and text[re_] in _TRAILING_MARKS:
            re_ += 1
        out.append(TimeExpression(base + rs, base + re_, text[rs:re_], c.value, c.type, c.warning))
    return out


_JOIN_RE = re.compile(r"[\s,،]*")
#: A run of white space (month and part-of-day names are keyed with single spaces).
_SPACES_RE = re.compile(r"\s+")
#: ``يوم``/``صباح``/… right before a bare ``غد`` (then it is "tomorrow", not the noun).
_DAY_WORD_BEFORE_RE = re.compile(r"(?:يوم|صباح|مساء|ظهر|عصر|ليله|فجر)\s+(?:ال)?$")
_CLOCK_GAP_RE = re.compile(r"\s*(?:من\s+)?")
#: TIMEX3 part of day → the 12-hour period it implies for a clock time before it.
_PART_PERIOD = {"MO": "am", "MI": "noon", "AF": "pm", "EV": "pm", "NI": "night"}


def _clock_times(f: str, cands: list[_Cand], colons: list[int]) -> None:
    """``11:07 صباح اليوم``, ``16:49 من مساء أمس``, ``10:00 من صباح يوم الاثنين``: a clock time
    directly before a resolved day becomes one TIME expression ``2024-04-20T11:07``. A clock time
    with no day after it is left alone (its day is not known)."""
    if not colons or not cands:
        return
    by_start = {c.start: c for c in cands}
    # a clock time starts one or two digits before its colon
    for m in matches_at(CLOCK_RE, f, sorted({c - k for c in colons for k in (2, 1) if c >= k})):
        s = m.start()
        if s and (f[s - 1].isdigit() or f[s - 1] in ".:/"):
            continue
        ap = m["ap"]
        day = by_start.get(_CLOCK_GAP_RE.match(f, m.end()).end())
        if day is None and ap:  # '8:05 مساء اليوم': the period word starts the day expression
            day = by_start.get(m.start("ap"))
            ap = None
        if day is None:
            continue
        period = AMPM.get(ap.lower()) if ap else None
        value = None
        if day.value is not None and len(day.value) >= 10 and day.value[4] == "-" and "/" not in day.value:
            code = day.value[11:] if "T" in day.value else ""
            hour = _hour24(int(m["h"]), ap)
            if period is None and code in _PART_PERIOD:
                hour = _hour24(int(m["h"]), {"am": "am", "pm": "pm", "noon": "ظهرا", "night": "ليلا"}[_PART_PERIOD[code]])
            minute = int(m["mi"])
            if hour is None or minute > 59:
                continue
            value = f"{day.value[:10]}T{hour:02d}:{minute:02d}"
        elif day.value is not None:
            continue  # a week, month or span: no clock time inside it
        cands.append(_Cand(s, day.end, value, "TIME", day.warning))


#: ``الساعة 3 عصر``, ``الساعة الثالثة من فجر``, ``الساعة العاشرة والنصف صباحا``: an hour without
#: minutes (digits or a spelled hour, :data:`marsad.time.months.ORDINAL_HOURS`), an optional fraction
#: and 12-hour marker, before a day expression (eighth new-user report, finding 7).
HOUR_BEFORE_DAY_RE = re.compile(
    r"الساعه\s+(?:(?P<h>[0-9][0-9]?)(?![0-9:])|(?P<hw>" + alternation(ORDINAL_HOURS) + r")(?!\w))"
    r"(?:\s+و(?P<frac>النصف|الربع|الثلث)(?!\w))?(?:\s*(?P<ap>" + alternation(HOUR_MARKERS) + r")(?!\w))?"
)


def _hour_times(f: str, cands: list[_Cand], starts: list[int]) -> None:
    """``الساعة الثالثة من فجر اليوم`` → ``2024-04-20T03:00``; ``الساعة 3 عصر أمس`` →
    ``2024-04-19T15:00``: an hour after ``الساعة`` directly before a resolved day (as
    :func:`_clock_times` reads ``hh:mm``); the marker or the part of day sets AM/PM."""
    by_start = {c.start: c for c in cands}
    for k in starts:
        m = HOUR_BEFORE_DAY_RE.match(f, k)
        if m is not None and _left_ok(f, k):
            ap = m["ap"]
            day = by_start.get(_CLOCK_GAP_RE.match(f, m.end()).end())
            if day is None and ap:  # 'الساعة 3 مساء اليوم': the marker starts the day expression
                day = by_start.get(m.start("ap"))
                ap = None
            if day is not None and day.value is not None and len(day.value) >= 10 and day.value[4] == "-" \
                    and "/" not in day.value:
                code = day.value[11:] if "T" in day.value else ""
                hour = int(m["h"]) if m["h"] else ORDINAL_HOURS[_SPACES_RE.sub(" ", m["hw"])]
                if ap is None and code in _PART_PERIOD:
                    ap = {"am": "am", "pm": "pm", "noon": "ظهرا", "night": "ليلا"}[_PART_PERIOD[code]]
                h24 = _hour24(hour, ap)
                if h24 is not None:
                    minute = {None: 0, "النصف": 30, "الربع": 15, "الثلث": 20}[m["frac"]]
                    cands.append(_Cand(k, day.end, f"{day.value[:10]}T{h24:02d}:{minute:02d}", "TIME", day.warning))


def _merge_weekday_dates(f: str, cands: list[_Cand]) -> list[_Cand]:
    """``الأربعاء 18 جانفي 2017`` is one expression: a phrase ending in a weekday name directly
    before a written day-precision date takes the date's value, with a warning when the weekday does
    not match it. The phrase is a bare weekday, a weekday with a direction (``يوم الأربعاء المقبل 27
    جويلية 2016``) or a relative day with its weekday (``اليوم الجمعة 22 جويلية 2016``, ``أمس
    الخميس، 21 جويلية``): new-user report nu22, item 12 — there the bare weekday inside ``اليوم
    الجمعة`` took the date and the whole lost to the longer ``اليوم الجمعة``, and the date was read
    from the month on (day dropped). When a phrase that says its day (a relative day, a direction
    word; not a bare weekday, whose day is a guess) resolved by the publication date to another day
    (or not at all), the written date still wins and a warning says so. ``cands`` is sorted
    (start, then longest first)."""
    out: list[_Cand] = []
    i = 0
    n = len(cands)
    while i < n:
        c = cands[i]
        if c.weekday is not None and not (out and out[-1].end > c.start):  # not inside 'مساء اليوم الجمعة'
            j = i + 1
            while j < n and cands[j].start < c.end:
                j += 1  # candidates inside the phrase (the weekday of 'اليوم الجمعة')
            nxt = cands[j] if j < n else None
            gap = _JOIN_RE.match(f, c.end)
            if nxt is not None and nxt.explicit and gap is not None and gap.end() == nxt.start:
                warning = nxt.warning
                d = date.fromisoformat(nxt.value) if nxt.value and len(nxt.value) == 10 else None
                if d is not None and d.weekday() != c.weekday:
                    warning = (
                        f"weekday mismatch: {WEEKDAY_NAMES_AR[c.weekday]} written but {nxt.value} is a "
                        f"{WEEKDAY_NAMES_AR[d.weekday()]} ({d.strftime('%A')})"
                    )
                elif d is not None and c.stated and c.value != nxt.value:
                    warning = _far_date_note(c, nxt.value, d)
                out.append(_Cand(c.start, nxt.end, nxt.value, nxt.type, warning, explicit=True))
                i = j + 1
                continue
        out.append(c)
        i += 1
    return out


def _far_date_note(phrase: _Cand, written: str, d: date) -> str:
    """The note on a written date whose weekday agrees with it but that lies away from the day the
    phrase before it (``اليوم``, ``أمس``, ``المقبل``) names by the publication date: the date is not in
    doubt, only far from that day (new-user report nu22 / time24 item 2: ``اليوم الجمعة 22 جويلية
    2016`` in an article of 2019 read "resolves … to 2019-03-01", as if the date were doubtful).
    ``phrase.value`` is that day (ISO, maybe with a part of day) or ``None`` (read by the publication
    date, the phrase falls on another weekday: ``اليوم الجمعة`` published on a Saturday)."""
    head = f"the weekday {WEEKDAY_NAMES_AR[d.weekday()]} agrees with the written date {written}, which is taken"
    if not phrase.value:
        return head + "; the phrase before it, read by the publication date, falls on another weekday"
    named = date.fromisoformat(phrase.value[:10])
    gap = (d - named).days
    n = abs(gap)
    return (f"{head}; it is {n} day{'s' if n != 1 else ''} {'before' if gap < 0 else 'after'} "
            f"{named.isoformat()}, the day the phrase before it names by the publication date")


def _no_ref(cands: list[_Cand], start: int, end: int) -> None:
    cands.append(_Cand(start, end, None, "DATE", "no publication date to resolve against"))


def _with_part(f: str, start: int, day_value: str | None) -> tuple[int, str | None, str]:
    """Extend ``start`` back over a part of day (``مساء``, ``فجر`` …) and ``يوم``."""
    window = f[max(0, start - 24) : start]
    pm = _search_end(PART_BEFORE_RE, _PART_BEFORE_TAIL, window)
    if pm:
        code = PARTS_OF_DAY[_SPACES_RE.sub(" ", pm["part"])]
        return start - (len(window) - pm.start("w")), (f"{day_value}T{code}" if day_value else None), "TIME"
    ym = _search_end(YAWM_BEFORE_RE, _YAWM_BEFORE_TAIL, window)
    if ym:
        return start - (len(window) - ym.start("w")), day_value, "DATE"
    return start, day_value, "DATE"


def _relative_days(
    f: str,
    ref: date | None,
    cands: list[_Cand],
    pos: list[list[int]],
    raw: Callable[[int, int], str] | None = None,
) -> None:
    """Relative days (``اليوم``, ``أمس``, ``أمس الأول``, ``غداً``, ``بعد غد``, ``البارحة``, ``الليلة``)
    in the folded text ``f``, optionally with a weekday name after them; ``raw(start, end)`` gives the
    raw text of a folded span, quoted in a weekday-mismatch warning."""
    for m in matches_at(TODAY_RE, f, pos[_G_TODAY]):
        s = m.start()
        if not _left_ok(f, s):
            continue
        if m["wd"] is None:
            before = f[max(0, s - 8) : s]
            if any(before.endswith(b) for b in _NOT_TODAY_BEFORE) or _NOT_TODAY_AFTER_RE.match(f, m.end()):
                continue
            if _is_rate(f, s):
                continue  # '40 سيجارة في اليوم': per day, a frequency, not today
        _emit_relative(f, ref, cands, s, m.end(), 0, m["wd"], "اليوم", raw)
    for m in matches_at(YESTERDAY_RE, f, pos[_G_YESTERDAY]):
        s = m.start()
        if s >= 2 and f[s - 2 : s] == "ال" and (s == 2 or not f[s - 3].isalnum() or f[s - 3] in _PROCLITICS):
            s -= 2  # الامس / بالامس
        elif not _left_ok(f, s):
            continue
        offset = -2 if m["first"] else -1
        before = f[max(0, s - 12) : s]
        bm = _FIRST_BEFORE_RE.search(before)
        if bm:
            s -= len(before) - bm.start("w")
            offset = -2
        what = "أمس" if offset == -1 else "أمس الأول"
        _emit_relative(f, ref, cands, s, m.end(), offset, m["wd"], what, raw)
    for m in matches_at(TOMORROW_RE, f, pos[_G_TOMORROW]):
        s = m.start()
        if not _left_ok(f, s):
            if not (s >= 2 and f[s - 2 : s] == "ال" and _search_end(PART_BEFORE_RE, _PART_BEFORE_TAIL, f[max(0, s - 24) : s - 2])):
                continue
            s -= 2  # صباح الغد
        offset = 1
        before = f[max(0, s - 8) : s]
        bm = _AFTER_BEFORE_RE.search(before)
        if bm:
            s -= len(before) - bm.start("w")
            offset = 2
        elif m.group(0) == "غد" and not _DAY_WORD_BEFORE_RE.search(f[max(0, s - 8) : s]):
            continue  # bare 'غد' (noun) without 'يوم'/'صباح' before it
        _emit_relative(f, ref, cands, s, m.end(), offset, m["wd"], "غداً" if offset == 1 else "بعد غد", raw)
    for m in matches_at(OTHER_DAY_RE, f, pos[_G_OTHER_DAY]):
        s = m.start()
        if not _left_ok(f, s):
            continue
        if m.group(0) == "الليله" and _is_rate(f, s):
            continue  # 'ثماني ساعات في الليلة': per night, not tonight
        if m.group(0) == "البارحه":  # 'مساء البارحة', 'ليلة البارحة': as أمس, with a part of day
            _emit_relative(f, ref, cands, s, m.end(), -1, None, "البارحة")
            continue
        # الليلة: tonight; الليلة الماضية / البارحة: last night, the evening before the reference
        # day (eighth new-user report, finding 6: it was tonight); الليلة قبل الماضية: the one before
        e, back = m.end(), 0
        nm = _NIGHT_DIR_RE.match(f, e)
        if nm is not None:
            e = nm.end()
            back = 2 if nm["before"] else (1 if DIRECTIONS[nm["dir"]] < 0 else 0)
        mid = _MIDNIGHT_BEFORE_RE.search(f, max(0, s - 8), s)
        if mid is not None:
            s = mid.start()  # 'منتصف الليلة الماضية': the same night
        if ref is None:
            _no_ref(cands, s, e)
        else:
            cands.append(_Cand(s, e, f"{(ref - _DAY_DELTAS[back]).isoformat()}TNI", "TIME"))


#: After ``الليلة``: a direction word (``الماضية`` → last night, ``المقبلة``/``القادمة`` → the coming
#: night, i.e. tonight) or ``قبل الماضية`` (the night before last).
_NIGHT_DIR_RE = re.compile(r"\s+(?:(?P<before>قبل\s+الماضيه)|(?P<dir>" + _DIR + r"))(?!\w)")
#: ``منتصف`` (midnight of) right before ``الليلة``.
_MIDNIGHT_BEFORE_RE = re.compile(r"(?<!\w)[وفب]?منتصف\s+$")


def _emit_relative(f, ref, cands, s, e, offset, wd, what, raw=None) -> None:
    if ref is None:
        _no_ref(cands, s, e)
        if wd is not None:  # 'اليوم الجمعة 22 جويلية 2016' is still one expression: the date's
            cands[-1].weekday = WEEKDAYS_FOLDED[wd]
        return
    day = ref + _DAY_DELTAS[offset]
    value, warning = _weekday_check(day, wd, what)
    s2, value2, type_ = _with_part(f, s, value)
    if warning is not None and raw is not None:  # quote the expression as written, part of day included
        warning = _weekday_check(day, wd, what, raw(s2, e))[1]
    lead = WEEKDAYS_FOLDED[wd] if wd is not None and type_ == "DATE" else None
    cands.append(_Cand(s2, e, value2, type_, warning, weekday=lead, stated=True))


#: Words (folded) of a bare weekday's clause that place its event after the publication day: the
#: future particle, scheduling words, a coming match or meeting (``سوف``, ``المقرر``, ``المرتقبة``,
#: ``مباراة الفريق المقبلة، الأربعاء``, ``موعد``), and ``لن`` (the negated future: ``لن يصوم يومي
#: الجمعة والسبت``).
_FUTURE_WORDS = frozenset({
    "سوف", "وسوف", "فسوف", "المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه", "مرتقبه",
    "المقرر", "المقرره", "مقرر", "مقرره", "مقررا", "المزمع", "المزمعه", "المتوقع", "يتوقع", "ويتوقع",
    "متوقع", "متوقعه",
    "موعد", "بموعد", "الموعد", "لن", "ولن",
})
#: Scheduling words of :data:`_FUTURE_WORDS` that ``كان`` before them turns into a past plan
#: (``كانت مقررة الأربعاء وتأجلت``, ``كان من المقرر``): then the clause no longer says the direction.
_PLAN_WORDS = frozenset({
    "المقرر", "المقرره", "مقرر", "مقرره", "مقررا", "المزمع", "المزمعه", "المتوقع", "متوقع", "متوقعه",
    "موعد", "بموعد", "الموعد",
})
#: Words (folded) that place it before: the pluperfect ``كان … قد``, ``منذ``, and the perfect of the
#: reporting verbs (``وقال العبادي، يوم الثلاثاء، إن``).
_PAST_WORDS = frozenset({
    "منذ", "ومنذ", "كان", "كانت", "وكان", "وكانت", "قال", "وقال", "قالت", "وقالت", "اعلن", "واعلن",
    "اعلنت", "واعلنت", "اكد", "واكد", "اكدت", "واكدت", "ذكر", "وذكر", "ذكرت", "وذكرت",
})
#: ``كان`` forms (folded): before an imperfect (``كان يلتقي``: a past habit) or a scheduling word.
_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})
#: The future prefix س on an imperfect verb (``سيعقد``, ``ستجري``, ``وسيزور``, ``سنبدا``), also of
#: a doubled root, two letters after the prefix (``سيتم``, ``ستتم``, ``سيظل``, ``سيضم``; time26: ``نص
#: القرار سيتم توزيعه الأربعاء`` was read six days back; 14 of the 16 weekdays of ANT v2.1 this
#: rule and :data:`_OBJECT_EVENT_PERFECTS` turned right).
_FUTURE_VERB_RE = re.compile(r"[وف]?س[يتن](?:\w{3,}|تم|ظل|مر|حل|شن|ضم|رد|عد)")
#: Words of that shape that are no future verb: nouns (``سيارة``, ``سنوات``, ``سياسية``) and the
#: perfect ``سيطرت``, and foreign names (``سيرغي``, ``ستيفن``, ``سنغافورة``, ``سيلتا``) — the most
#: frequent words of the shape before a weekday in ANT v2.1 (20,000 articles, 2026-11-30), by their
#: first letters (``سيلتا``, not ``سيلت``: that cut off the verb ``سيلتقي``, time24).
_NOT_FUTURE_VERB = (
    "سيار", "سياس", "سيطر", "سيد", "سين", "سيف", "سيرغ", "سيرج", "سيزار", "سيات", "سيلف", "سيبا",
    "سيسي", "سيري", "سيلتا", "سيول", "سيمون", "ستيف", "ستار", "ستري", "ستوك", "ستول", "ستان", "ستاد",
    "ستراس", "سته", "ستين", "ستون", "سنو", "سنه", "سنين", "سنت", "سنغ", "سنغف", "ستافان",
)


@lru_cache(maxsize=4096)
def _is_name_word(w: str) -> bool:
    """Is ``w`` (folded, maybe after ``و``/``ف``) a person-name token of the shipped gazetteer
    (:func:`marsad.entities.gazetteer.load_person_tokens`: 12,277 tokens from the NER training data
    and CLDR names)? A foreign name shaped like a future verb (``ستيفان``, ``سيرجيو``, ``سيمونز``,
    ``ستيوارت``) is then no tense word, beside the prefixes of :data:`_NOT_FUTURE_VERB` (nu32:
    ``ستافان دي ميستورا … الثلاثاء`` after ``ونبه`` was read as the coming Tuesday)."""
    tokens = _person_tokens()
    return w in tokens or (w[:1] in "وف" and w[1:] in tokens)


@lru_cache(maxsize=1)
def _person_tokens() -> frozenset[str]:
    from marsad.entities.gazetteer import load_person_tokens  # the entities' shipped data, read once

    return frozenset(load_person_tokens())


#: First letters (folded, after a و/ف) of words shaped like an imperfect ``ي…`` that are none: the
#: day and month names (``يوم``, ``يومي``, ``يونيو``, ``يوليو``, ``يناير``), nationality adjectives
#: (``يمني``, ``ياباني``, ``يوناني``, ``يهودي``), currencies (``يورو``, ``يوان``) and first names of
#: the news (``يوسف``, ``ياسر``, ``يحيى``, ``يونكر``, ``يائير``).
_NOT_IMPERFECT = (
    "يوم", "يون", "يول", "ينا", "يمن", "يابان", "يهود", "يوغ", "يور", "يوان", "يوس", "ياسر", "ياسين",
    "يحيي", "يعقوب", "يزيد", "يسري", "يائير", "يان", "يعلون", "يوكي", "يلدريم", "يامين", "يافا",
    "ييب", "يوه", "يان",
)
#: Words ``وي…`` whose و is no conjunction: names (``ويليامز``, ``ويلز``, ``ويكيليكس``, ``ويست``).
_NOT_WAW_IMPERFECT = (
    "ويليام", "ويلز", "ويكي", "ويستهام", "ويستمنستر", "ويب", "وينست", "ويندوز", "ويلسون", "ويلي", "ويلب",
    "ويلس", "ويلك", "ويلف",
)
#: Words of four letters or more ending in ``ت`` that are no feminine perfect (place names, nouns).
_NOT_FEMININE_PERFECT = frozenset({
    "بيروت", "الكويت", "تكريت", "ابيت", "بيت", "وقت", "صوت", "تحت", "تويت", "انترنت", "موت", "سكوت",
    "جبروت", "ياقوت", "تابوت", "ملكوت", "نبيت", "كبريت", "عفريت", "توقيت", "تصويت", "تثبيت", "تفويت",
    "تشتيت", "تبييت", "تفتيت",
})
#: Imperfects that govern a clause of their own (``يذكر أن …``, ``يشار إلى أن …``, ``يبدو أن …``):
#: they say nothing of the weekday's direction; the scan stops there.
_CLAUSE_IMPERFECTS = frozenset({
    "يذكر", "يشار", "يجدر", "يبدو", "يعتقد", "يقول", "يري", "يضيف", "يعتبر", "يتابع", "ياتي",
    "يزال", "تزال",  # 'ولا يزال التجمع قائما السبت': a state that goes on, no direction
})
#: Prepositions of an earlier event (``بعد إعلان الحكومة الجمعة``, ``عقب``, ``إثر``, ``غداة``) and
#: ``كما`` of a compared event (``عندما لا يلعب ميسي كما حصل الثلاثاء``): a verb before them does
#: not govern the weekday; the scan stops there.
_AFTER_WORDS = frozenset({"بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر", "غداه", "بعيد", "كما", "وكما"})
#: Words after which the next word stands where a verb stands: relative pronouns, temporal
#: conjunctions, ``أن``, the future negation and the particles of a verbal sentence.
_VERB_SLOT_WORDS = frozenset({
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "عندما", "حين", "حينما", "بعدما",
    "حيث", "ان", "لكي", "كي", "لن", "ولن", "لا", "ثم", "وهو", "وهي", "هو", "هي", "قد", "وقد", "حتي",
})
#: Words after which a perfect stands in a verb's place (besides :data:`_VERB_SLOT_WORDS`).
_PERFECT_SLOT_WORDS = frozenset({"كيف", "ما", "لقد", "حال", "حاله", "اذا", "واذا", "فاذا", "لو", "طالما", "متي", "بعدما"})
#: Conditions before a perfect (``في حال خسرت``, ``إذا فاز``): the perfect then says the future.
_CONDITIONS = frozenset({"حال", "حاله", "اذا", "واذا", "فاذا", "لو", "طالما", "متي"})
#: Words before an imperfect that make it past: the jussive after ``لم``/``لما``.
_PAST_NEGATION = frozenset({"لم", "ولم", "فلم", "لما"})
#: Words that open a sentence and are no verb (``وبعد``, ``وقبل``, ``فإن``, ``وكما``): the check of a
#: sentence-opening perfect (three letters, a form-IV ا) skips them (time24: ``وبعد اجتماع``,
#: ``فإن خرج دينز`` put two weekdays of the day after publication six days back).
_NOT_OPENING_VERBS = frozenset({
    "بعد", "قبل", "عند", "لدي", "حول", "ضمن", "غير", "بين", "كما", "عقب", "اثر", "ان", "اذا", "اما",
    "الا", "لكن", "منذ", "بعض", "كل", "في", "من", "علي", "الي", "مع", "عن", "لو", "هو", "هي", "هم",
    "خلال", "حتي", "ازاء", "امام", "وسط", "اي", "اول", "هذا", "هذه", "ذلك", "تلك", "هنا", "هناك",
})
#: Nouns ``و…`` of four letters that the opening-verb check would read as ``و`` + a perfect of
#: three letters (``وزير الخارجية … الخميس`` was put six days back).
_WAW_NOUNS = frozenset({"وزير", "وكيل", "وجود", "وصول", "وقوع", "وراء", "وطني", "وفاه", "وحده", "ولايه"})
#: Masculine perfects (folded) of the news read as a perfect wherever they stand, bare or after
#: ``و``/``ف`` (``التقى الرئيس الوزير الخميس``, ``الهجوم وقع يوم السبت``): their unvowelled form is
#: no frequent noun or name, nor an imperfect (the ``ي…``/``ت…`` forms are left out: ``تلاقي``/
#: ``تلاقى``). Picked from the words that open the clause of a bare weekday in every second article
#: of ANT v2.1 (time25, 2026-12-01); ``قال``, ``أعلن``, ``أكد``, ``ذكر`` are :data:`_PAST_WORDS`.
_MASCULINE_PERFECTS = frozenset({
    "التقي", "استقبل", "زار", "وصل", "غادر", "افتتح", "اختتم", "تراس", "اجري", "اصدر", "اطلق",
    "اعتقل", "قتل", "كشف", "حذر", "اوضح", "اضاف", "افاد", "اشار", "صرح", "اعرب", "انتقد",
    "ندد", "هدد", "اتهم", "وصف", "توفي", "لقي", "اصيب", "اعتبر", "وقع", "فاز",
    "خسر", "حقق", "تغلب", "اكتسح", "هزم", "استهدف", "اعترف", "اعتذر", "انتخب", "اغلق", "اقتحم",
    "ابدي", "القي", "اقال", "استقال", "ارتفع", "انخفض", "اشاد", "اعتمد", "توصل", "استعاد",
    "استبعد", "انطلق", "اندلع", "شارك", "نفي", "اتخذ", "احتفل", "اوقف", "افرج", "استدعي",
})
#: Masculine perfects (folded) read as such only in a verb's place (:func:`_masculine_perfect`):
#: the unvowelled form is also a frequent noun (``بحث`` research, ``عقد`` contract, ``دخل``
#: income, ``نشر`` publishing, ``رفض`` refusal, ``طلب`` request) or a name (``شهد``).
_PLACED_PERFECTS = frozenset({
    "بحث", "عقد", "دخل", "شهد", "صدر", "نشر", "رفض", "قدم", "سجل", "حكم", "عرض", "نقل",
    "بدا", "جاء", "تعهد", "تقدم", "تعادل", "قصف", "شن", "ضرب", "تراجع", "تظاهر", "خرج", "توجه",
    "تحدث", "عاد", "هبط", "جدد", "تفقد", "عين", "بث", "ادي", "حضر", "قام", "تمكن",
})
#: Perfects (folded, bare) of calling, deciding and agreeing: their object is an event to come
#: (``دعت السعودية إلى اجتماع طارئ، الأحد``, ``التي دعيت إلى الاجتماع الأربعاء``, ``قرر إقامة الحفل
#: الخميس``) as often as the weekday dates the decision: the scan stops there, undecided.
_PLANNING_PERFECTS = frozenset({
    "دعا", "دعت", "دعي", "دعيت", "قرر", "قررت", "وافق", "وافقت", "اتفق", "اتفقت", "طلب", "طلبت",
    "اقترح", "اقترحت", "حدد", "حددت", "امر", "امرت", "اقر", "اقرت", "اعتزم", "اعتزمت",
})
#: Perfects (folded, bare) that take a verbal noun as their object, the event they re-do, resume or
#: carry on (``العقوبات التي أعادت واشنطن فرضها الثلاثاء``: reimposed, in force on the Tuesday after
#: publication; ``التي استأنف النظام قصفها، الجمعة``): when that object, with its pronoun, stands
#: right before the weekday, the weekday may date the object's event, and the perfect does not
#: decide (:func:`_bare_weekday_ahead`; time26).
_OBJECT_EVENT_PERFECTS = frozenset({
    "اعاد", "اعادت", "استانف", "استانفت", "واصل", "واصلت", "باشر", "باشرت", "تابع", "تابعت",
})
#: An attached object pronoun ending the word right before a weekday (``فرضها``, ``قصفه``).
_OBJECT_PRONOUN_RE = re.compile(r"\w{2,}(?:ها|هما|هم|هن|ه)")
#: ``أن``/``إن`` (that), bare or with a pronoun, ``و`` or ``ب`` (folded): a verb before one governs
#: its clause, not a weekday inside it (:func:`_bare_weekday_ahead`).
_THAT_WORDS = frozenset({
    "ان", "انه", "انها", "انهم", "انهما", "وان", "وانه", "وانها", "بان", "بانه", "بانها", "بانهم",
})
#: Words after which a masculine perfect stands in a verb's place (``الذي عقد الخميس``, ``حين
#: وصل``, ``ثم التقى``): not ``أن``, ``لا``, ``هو``, ``حتى``, which a noun follows as often.
_MASCULINE_PERFECT_SLOTS = frozenset({
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "عندما", "حين", "حينما",
    "بعدما", "حيث", "ثم", "قد", "وقد", "لقد", "كيف", "ما",
})


def _masculine_perfect(core: str, placed: bool) -> bool:
    """Whether ``core`` (folded, without ``و``/``ف``) reads as a masculine perfect: one of
    :data:`_MASCULINE_PERFECTS`, or, when ``placed`` (it stands in a verb's place), one of
    :data:`_PLACED_PERFECTS` or of the derived forms whose unvowelled shape is no frequent noun:
    VIII ``افتعل`` (five letters, ``ت`` third, no ``ا`` fourth: ``اجتمع``, ``انتخب``; not ``استاد``,
    ``أمتار``), VII ``انفعل`` (``انعقد``; not ``أنصار``, ``أنقرة``) and X ``استفعل`` (six letters:
    ``استقبل``, ``استأنف``; not ``استديو``)."""
    if core in _MASCULINE_PERFECTS:
        return True
    if not placed:
        return False
    if core in _PLACED_PERFECTS:
        return True
    n = len(core)
    if n == 5 and core[0] == "ا" and core[1] != "ل" and core[3] != "ا" and core[-1] != "ه":
        return core[2] == "ت" or core[1] == "ن"
    return n == 6 and core.startswith("است") and core[-1] not in "وه"


#: How many words before a bare weekday its clause is read for tense (:func:`_bare_weekday_ahead`).
_TENSE_WINDOW_WORDS = 8
_WORD_MARKS = "،,:;\"'()«»“”"
_CLOSING_QUOTES = ('"', "»", "”")
_OPENING_QUOTES = ('"', "«", "“")
_CLAUSE_END_RE = re.compile(r"(?<![0-9])\.|[!?؟\n]")  # not a decimal point (1.5%)


def _imperfect_tense(words: list[str], i: int) -> bool | None:
    """The direction that the word ``words[i]`` (folded) gives a bare weekday after it when it is a
    verb in a verb's place: ``True`` for an imperfect (the coming day: ``يلتقي الوزير الأربعاء``,
    ``ويحل الشباب ضيفا … يوم الجمعة``, ``المعسكر الذي ينطلق الأحد``), ``False`` for an imperfect
    after ``لم``/``لما`` or ``كان`` (``لم يحضر الأحد``, ``كان يلتقي``: past) and for a perfect with
    the feminine ``…ت`` (``روت فيها كيف تعرضت الثلاثاء``, ``التي تنتقد التعديلات أطلقت الاثنين``),
    and for a masculine perfect (:func:`_masculine_perfect`: ``التقى الرئيس الوزير الخميس``, ``وبحث``,
    ``الذي عقد``; time25), but ``True`` for a perfect after a condition (:data:`_CONDITIONS`: ``في
    حال خسرت السعودية الأربعاء``, ``إذا فاز``), ``None`` otherwise (a name, a noun, an imperfect
    that governs a clause of its own: ``يذكر أن``).

    An imperfect is ``[و]ي…`` (three letters or more after ي, not :data:`_NOT_IMPERFECT`) that opens
    its clause (``i == 0``), carries the conjunction ``و``, or follows a verb-slot word
    (:data:`_VERB_SLOT_WORDS`, also with ``و``). Not ``ف``: ``فيسبوك``, ``فيفا``, ``فيها`` are far
    more frequent than ``فيلتقي``. A feminine perfect is a word of four letters or more ending in
    ``ت`` but not the plural ``ات`` nor a definite noun (``ال…``, but ``التقت``), not
    :data:`_NOT_FEMININE_PERFECT`. A masculine perfect's verb's place is the clause opening (``i ==
    0``) or after :data:`_MASCULINE_PERFECT_SLOTS`; the words of :data:`_MASCULINE_PERFECTS` are read
    anywhere.
    The feminine imperfect ``ت…`` is not read: without vowels it is the masculine perfect of forms
    V/VI (``التي تعادل فيها فريقه``, ``وتلاقي``/``وتلاقى``)."""
    w = words[i]
    prev = words[i - 1] if i else ""
    if prev[:1] == "و" and prev[1:] in _VERB_SLOT_WORDS:
        prev = prev[1:]
    core = w[1:] if w[:1] == "و" and w[1:2] == "ي" and not w.startswith(_NOT_WAW_IMPERFECT) else w
    if core[:1] == "ي" and len(core) >= 3 and not core.startswith(_NOT_IMPERFECT):
        if not (i == 0 or core is not w or prev in _VERB_SLOT_WORDS or prev in _PAST_NEGATION or prev in _KANA):
            return None
        if core in _CLAUSE_IMPERFECTS:
            return None
        if prev == "ان" and i >= 2 and words[i - 2] in ("قبل", "وقبل", "بعد", "وبعد"):
            return False  # 'قبل أن ينهي عقده … يوم الأحد': the subjunctive of a narrated event
        return not (prev in _PAST_NEGATION or prev in _KANA)
    bare = w[1:] if w[:1] == "و" and len(w) > 5 else w
    if (len(bare) >= 4 and bare.endswith("ت") and not bare.endswith("ات")
            and (not bare.startswith("ال") or bare[:-1] + "ي" in _MASCULINE_PERFECTS)  # التقت, ألقت
            and bare not in _NOT_FEMININE_PERFECT
            and (i == 0 or bare is not w or prev in _VERB_SLOT_WORDS or prev in _PERFECT_SLOT_WORDS)):
        # a perfect after a condition is the future: 'في حال خسرت السعودية الأربعاء'
        return True if prev in _CONDITIONS else False
    stem = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    placed = i == 0 or prev in _MASCULINE_PERFECT_SLOTS or prev in _CONDITIONS
    if _masculine_perfect(w, placed) or (stem is not w and _masculine_perfect(stem, placed)):
        return True if prev in _CONDITIONS else False  # 'إذا فاز الفريق السبت': the future
    return None


def _bare_weekday_ahead(f: str, s: int, back: int, next_day_begun: bool = False) -> bool:
    """Whether the bare weekday at ``f[s:]`` (folded text), which fell ``back`` days (1–6) before the
    publication day, names the coming one instead (HeidelTime's idea: a weekday's direction from the
    tense of the verb that governs it). The clause before it (at most :data:`_TENSE_WINDOW_WORDS`
    words, not across a sentence end or back over a closing quotation mark — a quotation's tense is
    not the report's) is read from the weekday backwards, and the nearest tense word decides: the
    future prefix ``س`` on a verb (:data:`_FUTURE_VERB_RE`, not :data:`_NOT_FUTURE_VERB`), a
    scheduling word or ``لن`` (:data:`_FUTURE_WORDS`), ``على أن``, ``اعتبارا من`` right before the
    weekday, or an imperfect in a verb's place (:func:`_imperfect_tense`: ``يلتقي الوزير الأربعاء``)
    → ahead; a past word (:data:`_PAST_WORDS`), an imperfect after ``لم``/``كان`` or a perfect
    (feminine ``التي …ت`` or masculine, :func:`_masculine_perfect`) → behind, the day after
    publication included (time25: ``التقى الرئيس الوزير الخميس`` on a Wednesday is six days back)
    unless ``next_day_begun`` (a UTC stamp at or after ``settings.PUBLICATION_NEXT_DAY_UTC_HOUR``:
    that day is then the writer's today; not after ``كان … قد``). A verb further back than an
    ``أن``/``إن`` (:data:`_THAT_WORDS`) governs that clause and does not decide; a perfect of
    calling or deciding (:data:`_PLANNING_PERFECTS`: ``دعت إلى اجتماع الأحد``) stops the scan;
    ``اعتبارا من`` right before the weekday → ahead. A perfect that takes a verbal noun as object
    (:data:`_OBJECT_EVENT_PERFECTS`: ``أعاد``, ``استأنف``) with that object and its pronoun right
    before the weekday does not decide (``العقوبات التي أعادت واشنطن فرضها الثلاثاء``: only the day
    after publication is ahead). A scheduling word after ``كان`` (``كانت مقررة الأربعاء وتأجلت``: a past
    plan: the day after publication ahead, else behind), an imperfect that governs its own clause
    (``يذكر أن``, ``يأتي ذلك``) and a preposition of an earlier event (:data:`_AFTER_WORDS`:
    ``بعد إعلان الحكومة الجمعة``) stop the scan undecided. Then a
    verb opening the sentence further back (``و``/``ف`` + verb, the VSO order of news): an imperfect
    ``ي…`` → ahead when that is within two days, a perfect (three letters, a feminine ``ت``, a
    form-IV ``ا``; not a particle of :data:`_NOT_OPENING_VERBS`) → behind. With none of these, only
    the weekday of the day after publication (``back`` 6) is ahead.

    Figures: on 30 weekdays of ANT v2.1 resolved six days back (seed 11, 2,500 articles, read by the
    lead, 2026-11-30) 26 named the coming day and 4 the past week; at ``back`` 5, 25 of 40 were
    ahead, nearly all with such a word. time24 (2026-12-01): 207 bare weekdays of ANT v2.1 (every
    25th article from the 13th, 1–6 days from publication, read by hand; ``bench/time_weekdays.py``):
    the reading before the imperfect, ``كان`` + plan and coordination rules was right on 189
    (0.913), all 18 errors coming days read as past; with them 203 (0.981; written on that sample).
    On fresh text (``bench/time_fresh_diff.py``, two samples of 1,261 articles, read by hand) 22
    weekdays changed wrong → right and 3 right → wrong (imperfects of state or habit, docs/time.md). Source of the fault: the fresh new-user
    report nu18 (16 weekdays put six days back in 300 articles) and rob23 item 12. time25
    (masculine perfects, the UTC hour, planning verbs, أن clauses): the 207 stay at 203 (0.981; 202
    on main that day, ``اعتبارا من`` had not been written); fresh (``time_fresh_diff.py --step 25``,
    offsets 7, 21 and 2, 3,783 articles, read by hand) 14 wrong → right, 1 right → wrong
    (``العقوبات التي أعادت واشنطن فرضها الثلاثاء``, sanctions in force the next day). time26
    (:data:`_OBJECT_EVENT_PERFECTS`, ``سيتم``): the 207 stay at 203; all of ANT v2.1 (31,525
    articles, every change read) 16 wrong → right, 1 right → wrong (``سيتم إنشاء موقع … مساء
    الأحد``, written on the Sunday and stamped 01:36 UTC on the Monday)."""
    lo = max(0, s - 200)
    window = f[lo:s]
    cut = None
    for m in _CLAUSE_END_RE.finditer(window):
        cut = m
    if cut is not None:
        window = window[cut.end() :]
    raw_words = window.split()
    words = [w.strip(_WORD_MARKS) for w in raw_words]
    opens = cut is not None or lo == 0  # words[0] opens the sentence
    last = len(words) - 1
    past = back == 6 and next_day_begun  # what a past reading gives: False (behind) but for today
    that_clause = False  # an أن/إن (that) lies between the word read and the weekday
    for i in range(last, max(-1, last - _TENSE_WINDOW_WORDS), -1):
        w = words[i]
        if raw_words[i].rstrip("،,:;").endswith(_CLOSING_QUOTES):
            break  # a quotation's own tense (إن "الهدوء سيقابل بالهدوء"، الأربعاء) is not the report's
        if raw_words[i][:1] in _OPENING_QUOTES:
            break  # the weekday is inside a quotation or title (كتابه "حديث الأربعاء")
        if w in ("قد", "وقد", "لقد") and i < last and words[i + 1][:1] not in "يتن":
            # 'قد' + perfect: 'وكان الجسر الذي يزن 861 طنا قد أقيم السبت'; after كان (the pluperfect:
            # 'وكان إينجه قد حشد … الخميس') never today, however late the stamp
            return False if any(x in _KANA for x in words[max(0, i - 5) : i]) else past
        if w in _FUTURE_WORDS or (w == "ان" and i and words[i - 1] == "علي"):
            if w in _PLAN_WORDS and any(x in _KANA for x in words[max(0, i - 3) : i]):
                return back == 6  # 'كانت مقررة الأربعاء', 'كان من المقرر': a past plan, direction not said
            return True  # … or 'على أن' + verb: "provided that it will"
        if w in _PAST_WORDS:
            return past
        if w == "من" and i == last and i and words[i - 1] == "اعتبارا":
            return True  # 'اعتبارا من الثلاثاء': from that day on
        if _FUTURE_VERB_RE.fullmatch(w) and not w.lstrip("وف").startswith(_NOT_FUTURE_VERB) and not _is_name_word(w):
            return True
        if w in _AFTER_WORDS or (w[1:] if w[:1] in "وف" and len(w) > 3 else w) in _PLANNING_PERFECTS:
            break
        if (i < last - 1 and (w[1:] if w[:1] in "وف" and len(w) > 4 else w) in _OBJECT_EVENT_PERFECTS
                and _OBJECT_PRONOUN_RE.fullmatch(words[last])):
            return back == 6  # 'التي أعادت واشنطن فرضها الثلاثاء': the weekday of the object's event
        if i or opens:
            tense = _imperfect_tense(words, i)
            if tense is not None and that_clause:
                break  # 'اعتبر زيدان أن مباراة الكلاسيكو التي تجمع فريقه ببرشلونة الأحد': the verb governs
                # the أن clause that holds the weekday, not the weekday
            if tense is False:
                return past  # a perfect: six days back, or today where the stamp's next day has begun
            if tense is not None:
                return tense
            if w.lstrip("وف") in _CLAUSE_IMPERFECTS:
                break
        if w in _THAT_WORDS:
            that_clause = True
    if words and opens and words[0][:1] == "ي" and len(words[0]) >= 4 and not words[0].startswith(_NOT_IMPERFECT):
        return back >= 5  # 'يبدأ أكثر من مليوني مسلم … الأحد': an opening imperfect without و
    if words and opens and words[0][:1] in "وف" and len(words[0]) > 2:
        # the sentence opens with its verb (VSO): ويلتقي/ويعقد (imperfect) → ahead; وجرى, ودخلت,
        # وأعلن (perfect: three letters, a feminine ت, a form-IV ا) → behind
        verb = words[0][1:]
        if verb in _NOT_OPENING_VERBS or verb.startswith("ال") or words[0] in _WAW_NOUNS:
            return back == 6
        if verb[:1] == "ي" and len(verb) >= 3 and not verb.startswith(_NOT_IMPERFECT):
            return back >= 5  # the imperfect: the next two days (habitual or present further back)
        if len(verb) == 3 or verb.endswith("ت") or verb[:1] == "ا":
            return past
    return back == 6


#: Between two weekdays: ``و``, ``إلى``, ``حتى``, ``أو`` (``الأربعاء والخميس``, ``من الثلاثاء إلى
#: الخميس``): the second is the first such day after the first (:func:`_weekdays`).
_WEEKDAY_PAIR_RE = re.compile(r"\s*(?:،\s*)?(?:و|او|الي|حتي)\s*")


def _weekdays(f: str, ref: date | None, cands: list[_Cand], starts: list[int], next_day_begun: bool = False) -> None:
    """Weekday names (bare or with a direction) resolved against ``ref``: a direction word says it;
    a bare one is the most recent (today included) unless its clause says the coming one
    (:func:`_bare_weekday_ahead`). A bare weekday joined to the weekday before it (``يومي الجمعة
    والسبت``, ``من الثلاثاء إلى الخميس``, :data:`_WEEKDAY_PAIR_RE`) is the first such day after
    that one's day (time24: ``دعيت إلى الاجتماع الأربعاء والخميس`` put Thursday a week behind
    Wednesday; 3 of 207 read weekdays)."""
    prev_end, prev_day = -1, None
    for m in matches_at(WEEKDAY_RE, f, starts):
        s = m.start()
        if not _left_ok(f, s):
            continue
        wd = WEEKDAYS_FOLDED[m["wd"]]
        if ref is None:
            cands.append(_Cand(s, m.end(), None, "DATE", "no publication date to resolve against", weekday=wd))
            continue
        direction = DIRECTIONS.get(m["dir"]) if m["dir"] else None
        back = (ref.weekday() - wd) % 7
        if direction == -1:
            day = ref - _DAY_DELTAS[back or 7]
        elif direction == 1:
            day = ref + _DAY_DELTAS[((wd - ref.weekday()) % 7) or 7]
        elif m["dir"] is None and prev_day is not None and _pair_joined(f, prev_end, s):
            day = prev_day + _DAY_DELTAS[((wd - prev_day.weekday()) % 7) or 7]
        elif m["dir"] is None and back and _bare_weekday_ahead(f, s, back, next_day_begun):
            day = ref + _DAY_DELTAS[7 - back]  # the coming one
        else:  # bare weekday or 'الجاري': the most recent one, today included
            day = ref - _DAY_DELTAS[back]
        prev_end, prev_day = m.end(), day
        s2, value, type_ = _with_part(f, s, day.isoformat())
        cands.append(_Cand(s2, m.end(), value, type_, weekday=wd if type_ == "DATE" else None,
                           stated=m["dir"] is not None))


def _pair_joined(f: str, end: int, start: int) -> bool:
    """Whether the text between a weekday ending at ``end`` and one starting at ``start`` is only
    :data:`_WEEKDAY_PAIR_RE` (a conjunction attached to the second weekday included: ``والسبت``)."""
    if end < 0 or start - end > 8:
        return False
    gap = _WEEKDAY_PAIR_RE.fullmatch(f, end, start)
    return gap is not None and gap.group(0).strip(" ،") != ""


def _units(f: str, ref: date | None, cands: list[_Cand], starts: list[int], this_starts: list[int]) -> None:
    for m in matches_at(UNIT_RE, f, starts):
        s = m.start()
        if not _left_ok(f, s):
            continue
        if ref is None:
            _no_ref(cands, s, m.end())
            continue
        if m["u"] == "عام" and _DEFINITE_WORD_BEFORE_RE.search(f[max(0, s - 20) : s]):
            continue  # 'الأمين العام الماضي': العام is the adjective 'general'
        _emit_unit(cands, s, m.end(), ref, UNITS[m["u"]], DIRECTIONS[m["dir"]])
    for m in matches_at(THIS_RE, f, this_starts):
        s = m.start()
        if not _left_ok(f, s):
            continue
        if ref is None:
            _no_ref(cands, s, m.end())
        elif m["u"] in UNITS:
            _emit_unit(cands, s, m.end(), ref, UNITS[m["u"]], 0)
        else:
            code = {"صباح": "MO", "مساء": "EV", "ليله": "NI"}[m["u"]]
            cands.append(_Cand(s, m.end(), f"{ref.isoformat()}T{code}", "TIME"))


def _ago(f: str, ref: date | None, cands: list[_Cand], starts: list[int]) -> None:
    """``منذ ثلاثة أيام`` → the day three days before ``ref``; weeks → ISO week, months →
    ``YYYY-MM``, years → ``YYYY`` (the granularity said); hours and minutes → value ``None`` with
    a warning (only the publication *day* is the reference here). A plural without a number
    (``منذ أيام``) and ``بضعة`` are vague: not taken. ``قبل يومين من الانتخابات`` counts from the
    elections, and ``بعد`` mostly from the event just told: neither is taken."""
    for m in matches_at(AGO_RE, f, starts):
        s, e = m.start(), m.end()
        if not _left_ok(f, s):
            continue
        unit, own = AGO_UNITS[m["u"]]
        if m["n"] is not None:
            n = int(m["n"])
        elif m["w"] is not None:
            n = AGO_NUMBER_WORDS[m["w"]]
        else:
            n = own
        if n <= 0 or (own == 0 and m["n"] is None and m["w"] is None):
            continue
        if _AGO_FROM_RE.match(f, e) or (own == 1 and m["n"] is None and _AGO_IDAFA_RE.match(f, e)):
            continue
        if ref is None:
            _no_ref(cands, s, e)
        elif unit in ("hour", "minute"):
            what = "hours" if unit == "hour" else "minutes"
            cands.append(_Cand(s, e, None, "DATE", f"{n} {what} before the publication time: only its day is known here"))
        elif unit == "day":
            cands.append(_Cand(s, e, (ref - timedelta(days=n)).isoformat()))
        elif unit == "week":
            cands.append(_Cand(s, e, _iso_week(ref - timedelta(days=7 * n))))
        elif unit == "month":
            y, mo = _add_months(ref.year, ref.month, -n)
            cands.append(_Cand(s, e, f"{y:04d}-{mo:02d}"))
        else:
            cands.append(_Cand(s, e, f"{ref.year - n:04d}"))


def _emit_unit(cands: list[_Cand], s: int, e: int, ref: date, unit: str, k: int) -> None:
    """Week → ``YYYY-Www`` (ISO week), month → ``YYYY-MM``, year → ``YYYY``, shifted by ``k``."""
    if unit == "week":
        value = _iso_week(ref + _DAY_DELTAS[7 * k])
    elif unit == "month":
        y, mo = _add_months(ref.year, ref.month, k)
        value = f"{y:04d}-{mo:02d}"
    else:
        value = f"{ref.year + k:04d}"
    cands.append(_Cand(s, e, value))


def _month_number(name: str) -> tuple[int, str]:
    name = _SPACES_RE.sub(" ", name)
    if name in _GREG_AR:
        return _GREG_AR[name], "gregorian"
    return HIJRI_FOLDED[name], "hijri"


def _digit_left_ok(f: str, s: int) -> bool:
    return s == 0 or not (f[s - 1].isdigit() or f[s - 1] in ".,:/")


def _number_spans(f: str, digits: list[int]) -> Iterator[tuple[int, int]]:
    """``(s, e)`` of each number the date rules read: a run of at most 4 ASCII digits (``digits``:
    their sorted positions in ``f``) not touching another digit or ``. , : /`` before it — what
    ``NUMBER_RE`` matched at each run's start (a longer run is no number: each of its 4-digit
    pieces touches another digit), without a regex match per number."""
    n = len(f)
    k = len(digits)
    i = 0
    while i < k:
        s = digits[i]
        i += 1
        while i < k and digits[i] == digits[i - 1] + 1:
            i += 1
        e = digits[i - 1] + 1
        if e - s > 4:
            continue
        if (s and (f[s - 1].isdigit() or f[s - 1] in ".,:/")) or (e < n and f[e].isdigit()):
            continue
        yield s, e


def _numbers(f: str, ref: date | None, cands: list[_Cand], digits: list[int]) -> None:
    """Written dates and years: one fast scan for digit runs, then by what follows a number
    (a date separator, a month name, four digits) the one anchored pattern that can match there.
    (Three full scans, or one combined alternation, cost 1.5–2.5× more on ANT articles, which hold
    ~21 numbers each.) Overlaps are resolved by the caller (earliest, then longest, wins)."""
    n = len(f)
    for s, e in _number_spans(f, digits):
        nxt = f[e] if e < n else ""
        if nxt == " " and e + 1 < n:
            nxt = f[e + 1]
        if nxt in _DATE_SEPARATORS:  # D/M/Y, Y/M/D
            nm = NUM_DATE_SCAN_RE.match(f, s)
            if nm:
                d = numeric_date(nm, True)
                if d is not None and d.greg is not None:
                    cands.append(_Cand(s, nm.end(), d.greg.isoformat(), explicit=True))
                    continue
        if e - s <= 2:
            if nxt in _MONTH_FIRST_CHARS or nxt.isspace():  # D Month [/Month2] [Y]
                dm = DAY_MONTH_RE.match(f, s)
                if dm:
                    c = _day_month(dm, ref)
                    if c is not None:
                        c.explicit = True
                        cands.append(c)
                elif nxt == "م":
                    tm = DAY_OF_THIS_MONTH_RE.match(f, s)
                    if tm:
                        cands.append(_day_of_this_month(tm, int(tm["d"]), ref))
        elif e - s == 4:  # [شهر] Month YYYY, [منذ] عام YYYY
            _year(f, s, e, cands)


#: The last word of a :data:`YEAR_LEAD_RE` match (``العام``, ``السنه`` end like these).
_YEAR_LEAD_ENDS = ("عام", "سنه", "منذ")


def _year_lead(window: str) -> re.Match[str] | None:
    r"""``YEAR_LEAD_RE.search(window)``, tried only where a match can start. A match is
    ``[preposition \s+] keyword \s* $`` of words without white space, so the window (white space
    stripped) ends with a keyword and the match starts in its last two runs of non-white-space; the
    search starts at the second-to-last run (its look-behind still sees the character before). The
    full search tried the pattern at each of the 40 characters (~30 k instructions per 4-digit
    number of an ANT article)."""
    tail = window.rstrip()
    if not tail.endswith(_YEAR_LEAD_ENDS):
        return None
    k = len(tail)
    for want_space in (False, True, False):  # back over the last run, the white space, the run before
        while k > 0 and tail[k - 1].isspace() is want_space:
            k -= 1
    return YEAR_LEAD_RE.search(window, k)


def _year(f: str, s: int, e: int, cands: list[_Cand]) -> None:
    """``[شهر] Month YYYY`` (month precision) or ``[منذ] عام YYYY`` (year) before the 4-digit
    number ``f[s:e]``."""
    window = f[max(0, s - 40) : s]
    if not window:
        return
    year = int(f[s:e])
    cal = YEAR_CAL_RE.match(f, e)
    end = cal.end() if cal else e
    mb = _search_end(MONTH_BEFORE_YEAR_RE, _MONTH_BEFORE_YEAR_TAIL, window)
    if mb:
        month, kind = _month_number(mb["m"])
        start = s - (len(window) - mb.start())
        if kind == "gregorian":
            cands.append(_Cand(start, end, f"{year:04d}-{month:02d}"))
        else:
            span = hijri.month_span(year, month)
            cands.append(_Cand(start, end, f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None,
                               "DATE", None if span else "Hijri month outside the Umm al-Qura table"))
        return
    ym = _year_lead(window)
    if ym and 1000 <= year <= 2100:
        start = s - (len(window) - ym.start())
        if cal and cal.group(1).startswith("ه"):
            span = hijri.year_span(year)
            value = f"{span[0].isoformat()}/{span[1].isoformat()}" if span else None
            cands.append(_Cand(start, end, value, "DATE", None if span else "Hijri year outside the Umm al-Qura table"))
        else:
            cands.append(_Cand(start, end, f"{year:04d}"))


def _day_month(dm: re.Match, ref: date | None, day: int | None = None) -> _Cand | None:
    """A :data:`DAY_MONTH_RE` (or :data:`ORDINAL_DATE_RE`, then ``day`` is given) match resolved:
    the year written, else by a direction word, else the occurrence nearest ``ref``."""
    month, kind = _month_number(dm["m"])
    day = int(dm["d"]) if day is None else day
    warning = None
    if dm["m2"]:
        m2name = _SPACES_RE.sub(" ", dm["m2"])
        if kind == "hijri" or m2name not in _GREG_AR:
            return None
        if _GREG_AR[m2name] != month:
            if not _SLASH_OR_BRACKET_RE.search(dm.group(), 0, dm.start("m2") - dm.start()):
                return None  # two month names side by side that do not name one month
            warning = f"dual month names disagree: {dm['m']} / {dm['m2']}"
    if dm["y"]:
        year = int(dm["y"])
        cal = dm["cal"]
        if kind == "gregorian" and cal and cal.startswith("ه"):
            return None
    else:
        if ref is None:
            return _Cand(dm.start(), dm.end(), None, "DATE", "date without a year and no publication date")
        if kind == "hijri":
            h = hijri.from_gregorian(ref)
            if h is None:
                return None
            best = None
            for y in (h[0] - 1, h[0], h[0] + 1):
                g, _ = hijri.to_gregorian(y, month, day)
                if g is not None and (best is None or abs((g - ref).days) < abs((best - ref).days)):
                    best = g
            return _Cand(dm.start(), dm.end(), best.isoformat() if best else None, "DATE", warning)
        direction = DIRECTIONS[dm["dir"]] if dm["dir"] else None
        year = _directed_year(ref, month, day, direction) if direction else _nearest_year(ref, month, day)
    if kind == "hijri":
        g, w = hijri.to_gregorian(year, month, day)
        if g is None:
            return _Cand(dm.start(), dm.end(), None, "DATE", w)
        return _Cand(dm.start(), dm.end(), g.isoformat(), "DATE", w or warning)
    try:
        return _Cand(dm.start(), dm.end(), date(year, month, day).isoformat(), "DATE", warning)
    except ValueError:
        return None


def _day_of_this_month(m: re.Match, day: int, ref: date | None) -> _Cand:
    """``15 من الشهر الجاري`` / ``الخامس عشر من الشهر الماضي`` / ``3 من هذا الشهر``: ``day`` in the
    month of ``ref`` shifted by the direction word (:data:`DIRECTIONS`)."""
    if ref is None:
        return _Cand(m.start(), m.end(), None, "DATE", "no publication date to resolve against", explicit=True)
    k = 0 if m["this"] else DIRECTIONS[m["udir"]]
    y, mo = _add_months(ref.year, ref.month, k)
    try:
        return _Cand(m.start(), m.end(), date(y, mo, day).isoformat(), explicit=True)
    except ValueError:
        return _Cand(m.start(), m.end(), None, "DATE", f"day {day} does not exist in {y:04d}-{mo:02d}", explicit=True)


def _ordinal_anchors_python(f: str) -> list[int]:
    """The :data:`_ORDINAL_ANCHOR_LITERALS` positions that matter, for the pure-Python path: where
    ``من`` of :data:`_ORDINAL_ANCHOR_RE` and :data:`_FIRST_OF_MONTH_RE` matches start (two regex
    scans, ~10 µs per ANT article; a ``str.find`` loop per literal would be ~100). The compiled
    scanner gives a superset; :func:`_ordinal_starts` keeps the same ones of both."""
    out = [m.start() + 1 for m in _ORDINAL_ANCHOR_RE.finditer(f)] if " من " in f else []
    if "اول " in f or "غره " in f:
        out.extend(m.start() for m in _FIRST_OF_MONTH_RE.finditer(f))
        out.sort()
    return out


def _ordinal_starts(f: str, anchors: list[int]) -> list[int]:
    """Where :data:`ORDINAL_DATE_RE` can match in the folded text ``f``, from ``anchors`` (the
    positions of :data:`_ORDINAL_ANCHOR_LITERALS`, ``من``/``أول`` + a month's first letters, found
    in the scanner's one pass): at
    the ordinal (one or two words of :data:`ORDINAL_DAYS`, an opening mark and one proclitic looked
    through) before each ``من`` + a month or ``الشهر`` (:data:`_ORDINAL_ANCHOR_RE`), and at each
    ``أول`` + a month (``أول مايو``), in text order. A scan for the ~80 ordinal words themselves cost
    ~75 µs per ANT article on the pure-Python path (a ``str.find`` loop each)."""
    out: list[int] = []
    for k in anchors:
        if f[k] in "اغ":  # 'أول' / 'غرة' + a month
            if _FIRST_OF_MONTH_RE.match(f, k):
                out.append(k)
            continue
        k -= 1  # 'من' after a space, then a month, 'شهر', 'الشهر', 'هذا الشهر'
        if k < 0 or f[k] != " " or _ORDINAL_ANCHOR_RE.match(f, k) is None:
            continue
        base = max(0, k - 30)
        parts = f[base:k].rsplit(None, 2)
        word = parts[-1].lstrip(_OPENING_MARKS) if parts else ""
        if word not in _ORDINAL_LAST_WORDS and word[:1] in _PROCLITICS:
            word = word[1:]
        if word in _ORDINAL_LAST_WORDS:
            s1 = k - len(word)
            first = parts[-2].lstrip(_OPENING_MARKS) if len(parts) >= 2 else ""
            if first[:1] in _PROCLITICS and f"{first} {word}" not in ORDINAL_DAYS:
                first = first[1:]
            if first and f"{first} {word}" in ORDINAL_DAYS:
                out.append(f.rfind(first, base, s1))
            elif word in ORDINAL_DAYS:
                out.append(s1)
    return sorted(set(out)) if len(out) > 1 else out


def _ordinal_dates(f: str, ref: date | None, cands: list[_Cand], starts: list[int]) -> None:
    """Ordinal days of the month (:data:`ORDINAL_DATE_RE`): ``في الثامن من آذار/مارس 2014`` →
    ``2014-03-08``. Not read after a word that makes the ordinal something else: a definite noun
    other than ``اليوم`` (``الأسبوع الأول من مايو`` is a week, ``النصف الثاني من يونيو`` a half),
    a month's first word (``كانون الثاني``), ``مدينة`` (the city ``العاشر من رمضان``)."""
    for m in matches_at(ORDINAL_DATE_RE, f, starts):
        s = m.start()
        if not _left_ok(f, s):
            continue
        ordinal = _SPACES_RE.sub(" ", m["o"])
        if m["min"] is None and ordinal not in _FIRST_DAY_WORDS:
            continue
        before = f[max(0, s - 16) : s].split()
        prev = before[-1] if before else ""
        if prev in _NOT_ORDINAL_DAY_BEFORE or (
            prev.startswith("ال") and prev not in _AL_WORDS_NOT_NOUNS and ordinal != "غره"
        ):
            continue  # 'غرة' is a noun, no adjective of the noun before it: 'بدأ الصيام غرة رمضان'
        day = _ORDINAL_DAY_WORDS[ordinal]
        if m["udir"] is not None or m["this"] is not None:
            cands.append(_day_of_this_month(m, day, ref))
            continue
        c = _day_month(m, ref, day)
        if c is not None:
            c.explicit = True
            cands.append(c)


def _month_value(ref: date | None, month: int, kind: str, direction: int | None) -> tuple[str | None, str | None]:
    if ref is None:
        return None, "no publication date to resolve against"
    if kind == "hijri":
        span = _hijri_occurrence(ref, month, direction)
        if span is None:
            return None, "Hijri month could not be placed near the publication date"
        return f"{span[0].isoformat()}/{span[1].isoformat()}", None
    if direction == -1:
        y = ref.year if month < ref.month else ref.year - 1
    elif direction == 1:
        y = ref.year if month > ref.month else ref.year + 1
    elif direction == 0:
        y = ref.year
    else:
        y = _nearest_year(ref, month, None)
    return f"{y:04d}-{month:02d}", None


#: A written year right after ``شهر`` + month (``في شهر سبتمبر 2015``, ``شهر يناير من عام 2015``):
#: the year rule reads the whole (it was placed at the nearest September: 2018-09).
_SHAHR_YEAR_AFTER_RE = re.compile(r"\s*[,،]?\s*(?:من\s+)?(?:عام|العام|سنه|السنه)?\s*[0-9]{4}(?![0-9])")
#: ``شهر سبتمبر [من] العام الماضي``: the year said by a direction word after the month.
_SHAHR_REL_YEAR_RE = re.compile(r"\s*[,،]?\s+(?:من\s+)?(?:العام|السنه)\s+(?P<dir>" + _DIR + r")(?!\w)")


def _months_without_digits(
    f: str, ref: date | None, cands: list[_Cand], pos: list[list[int]]
) -> None:
    for m in matches_at(SHAHR_RE, f, pos[_G_SHAHR]):
        s = m.start()
        if not _left_ok(f, s):
            continue
        end = m.end()
        month, kind = _month_number(m["m"])
        direction = DIRECTIONS[m["dir"]] if m["dir"] else None
        if direction is None and _SHAHR_YEAR_AFTER_RE.match(f, end):
            continue  # a written year follows: the year rule reads month and year
        rel = _SHAHR_REL_YEAR_RE.match(f, end) if direction is None and kind == "gregorian" else None
        if rel is not None:
            end = rel.end()
            value, warning = (None, "no publication date to resolve against") if ref is None else (
                f"{ref.year + DIRECTIONS[rel['dir']]:04d}-{month:02d}", None)
        else:
            value, warning = _month_value(ref, month, kind, direction)
        before = f[max(0, s - 12) : s]
        pm = _search_end(PREP_BEFORE_RE, _PREP_BEFORE_TAIL, before)
        start = s - (len(before) - pm.start()) if pm else s
        cands.append(_Cand(start, end, value, "DATE", warning))
    for m in matches_at(DIR_RE, f, pos[_G_DIR]):
        s = m.start()
        window = f[max(0, s - 20) : s]
        mm = _search_end(MONTH_BEFORE_DIR_RE, _MONTH_BEFORE_DIR_TAIL, window) if window.endswith(" ") else None
        if not mm:
            continue
        month, kind = _month_number(mm["m"])
        value, warning = _month_value(ref, month, kind, DIRECTIONS[m["dir"]])
        cands.append(_Cand(s - (len(window) - mm.start()), m.end(), value, "DATE", warning))
    if not pos[_G_GATE]:  # no Hijri gate word
        return
    for m in matches_at(HIJRI_NAME_RE, f, pos[_G_HIJRI]):
        s = m.start()
        if not _left_ok(f, s) or m["m"] == "صفر":
            continue
        before = f[max(0, s - 12) : s]
        pm = _search_end(PREP_BEFORE_RE, _PREP_BEFORE_TAIL, before)
        if not pm:
            continue
        direction = DIRECTIONS[m["dir"]] if m["dir"] else None
        value, warning = _month_value(ref, HIJRI_FOLDED[_SPACES_RE.sub(" ", m["m"])], "hijri", direction)
        cands.append(_Cand(s - (len(before) - pm.start()), m.end(), value, "DATE", warning))
