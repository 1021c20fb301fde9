"""Header lines and the title.

A *header line* is a line of metadata above the title of a plain-text article, in practice the
publication date/time as scraped: ``20-04-2024 01:18 AM بتوقيت القدس المحتلة``,
``Wed, 16 May 2018 15:25:37 +0400``, ``2017-01-20T21:43:00+01:00``, ``الأحد 20 أبريل 2024``.
The layout stage only *recognises* it (a cheap pattern); :mod:`marsad.time` parses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# title_without_hashtag_marks lives with the hashtags (an Article's title_text needs no header patterns,
# whose compilation is ~25 ms: nu26 item 1); imported here, its first home
from marsad.layout.hashtags import title_without_hashtag_marks  # noqa: F401
from marsad.layout.rules import (
    DATE_LABELS,
    DATE_LABELS_NEED_COLON,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    WEEKDAYS,
    date_label_pattern,
)
from marsad.model import Span

_D = "[0-9٠-٩۰-۹]"
_MONTH_EN = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_DAY_EN = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_CLOCK = (
    rf"{_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?(?:[.,]\d+)?"
    r"(?:\s*(?:AM|PM|am|pm|a\.m\.|p\.m\.|ص|م|صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً))?"
    r"(?:\s*(?:GMT|UTC|Z|[+-]\d{2}:?\d{2}|ت\s*م|بتوقيت\s+غرينتش))?"
)
_NUMERIC_DATE = rf"{_D}{{1,4}}\s*[-/.]\s*{_D}{{1,2}}\s*[-/.]\s*{_D}{{1,4}}"
_NAMED_DATE = (
    rf"(?:(?:{WEEKDAYS}|{_DAY_EN}),?\s+)?{_D}{{1,2}}\s+(?:{GREGORIAN_MONTHS}|{HIJRI_MONTHS}|{_MONTH_EN})"
    rf"(?:\s*/\s*(?:{GREGORIAN_MONTHS}))?,?\s+{_D}{{4}}\s*(?:هـ|ه|م)?"
)
_ISO = (
    rf"{_D}{{4}}-{_D}{{2}}-{_D}{{2}}T{_D}{{2}}:{_D}{{2}}(?::{_D}{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?"
)
#: A whole line that is a date and/or time, optionally with a weekday and a ``بتوقيت <place>``
#: time-zone phrase (at most 40 characters of place).
HEADER_LINE_PATTERN = re.compile(
    rf"\s*(?:(?:{WEEKDAYS}|{_DAY_EN})\s*[,،]?\s*)?"
    rf"(?:{_ISO}|(?:{_NUMERIC_DATE}|{_NAMED_DATE})(?:\s*[-,،|T]?\s*(?:الساعة\s*)?{_CLOCK})?|{_CLOCK})"
    r"(?:\s*[-,،]?\s*(?:بتوقيت|حسب توقيت|توقيت)\s+[^\n\d]{1,40})?\s*"
)
#: Header lines are short; anything longer is prose that happens to start with a date.
MAX_HEADER_LINE_CHARS = 90


@lru_cache(maxsize=1)
def _time_parser() -> Callable[[str], object] | None:
    """``marsad.time.parse_datetime`` when the time work provides it, else ``None``."""
    try:
        from marsad import time as time_pkg

        fn = getattr(time_pkg, "parse_datetime", None)
        if fn is None:
            from marsad.time import parse as time_parse  # type: ignore[attr-defined]

            fn = getattr(time_parse, "parse_datetime", None)
        return fn
    except Exception:  # noqa: BLE001 - optional collaborator
        return None


def is_header_line(line: str) -> bool:
    """True when ``line`` (one line, any surrounding space) is a date/time header line.

    A cheap pattern first (:data:`HEADER_LINE_PATTERN`); lines it misses that are short and that
    :func:`marsad.time.parse_datetime` (when available) parses wholly are accepted too.
    """
    s = line.strip()
    if not s or len(s) > MAX_HEADER_LINE_CHARS:
        return False
    if HEADER_LINE_PATTERN.fullmatch(s):
        return True
    if len(s) <= 60 and 4 * sum(c.isdigit() for c in s) >= len(s.replace(" ", "")):
        fn = _time_parser()
        if fn is not None:
            try:
                return fn(s) is not None
            except Exception:  # noqa: BLE001 - a collaborator's bug must not stop layout
                return False
    return False


# --- relative time lines: "منذ ساعتين", "قبل 5 دقائق", "اليوم 10:30 ص", "2 hours ago" -----------------
#: A relative-time line is short: an expression, perhaps a clock time (``أمس الساعة 9 مساء``).
MAX_RELATIVE_TIME_LINE_CHARS = 40
_HOUR_WORDS = "ص|م|صباحا|صباحاً|مساء|مساءً|مساءا|ظهرا|ظهراً|عصرا|عصراً|ليلا|ليلاً|فجرا|فجراً|AM|PM|am|pm"
#: What may stand beside the relative expressions of such a line: separators, and a clock time
#: (:data:`_CLOCK`) or an hour after ``الساعة`` with its period word — the parts of a web page's
#: "time ago" stamp that :func:`marsad.time.expressions.find_time_expressions` leaves unattached
#: when no day is known.
_RELATIVE_REST = re.compile(
    rf"[\s,،|\-–—:]*(?:(?:الساعة|الساعه)\s*)?(?:{_CLOCK}|{_D}{{1,2}}(?:\s*(?:{_HOUR_WORDS}))?)?[\s,،|\-–—.]*"
)
#: English "time ago" stamps of web pages (the time package reads Arabic expressions only).
ENGLISH_RELATIVE_TIME = re.compile(
    r"(?:(?:about|over|less than)\s+)?(?:\d{1,3}|an?|one|two|three|few)\s+"
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago"
    rf"|(?:just now|today|yesterday)(?:\s*(?:at\s*)?{_CLOCK})?",
    re.IGNORECASE,
)


def is_relative_time_line(line: str) -> bool:
    """True when ``line`` (one line) is only a time relative to an unknown moment: ``منذ ساعتين``,
    ``قبل 5 دقائق``, ``منذ 3 أيام``, ``اليوم 10:30 ص``, ``أمس الساعة 9 مساء``, ``2 hours ago``.

    The Arabic expressions are those :func:`marsad.time.expressions.find_time_expressions` reads
    without a reference day and cannot resolve (value ``None``): every one it finds must be such,
    and the rest of the line only separators and a clock time or ``الساعة`` + hour
    (:data:`_RELATIVE_REST`); English stamps are :data:`ENGLISH_RELATIVE_TIME`. At most
    :data:`MAX_RELATIVE_TIME_LINE_CHARS` characters. A line with an explicit date (``منذ عام
    2011``, ``الأحد 20 أبريل 2024``) or other words (``اليوم العالمي للمرأة``) is not one.
    Source: new-user report nu22, item 2 (a web page's "time ago" stamp above the title became it).
    """
    s = line.strip()
    if not s or len(s) > MAX_RELATIVE_TIME_LINE_CHARS:
        return False
    if ENGLISH_RELATIVE_TIME.fullmatch(s):
        return True
    from marsad.time.expressions import find_time_expressions

    try:
        found = find_time_expressions(s, None)
    except Exception:  # noqa: BLE001 - a collaborator's bug must not stop layout
        return False
    if not found or any(t.value is not None for t in found):
        return False
    pos = 0
    for t in found:
        if not _RELATIVE_REST.fullmatch(s, pos, t.start):
            return False
        pos = t.end
    return _RELATIVE_REST.fullmatch(s, pos, len(s)) is not None


# --- a title closed by its date: "الأمم المتحدة تحذر من مجاعة في اليمن - 12 مارس 2019" ----------------
#: The separator before a date closing a title line: a spaced dash or bar.
_TITLE_DATE_SEPARATOR = re.compile(r"[ \t\u00a0]+[-–—|][ \t\u00a0]+")


def split_title_date(text: str, start: int, end: int) -> tuple[int, Span] | None:
    """``(title_end, date)`` when the line ``text[start:end]`` is a headline closed by a spaced dash
    or bar and a date/time (:func:`is_header_line`): ``الأمم المتحدة تحذر من مجاعة في اليمن - 12 مارس
    2019`` → the title ends after ``اليمن``, the date is ``12 مارس 2019``. The headline before the
    separator keeps at least two words. ``None`` otherwise. New-user report nu22, item 2: the
    headline's first words became the dateline and the others landed in the date string."""
    last = None
    for m in _TITLE_DATE_SEPARATOR.finditer(text, start, end):
        last = m
    if last is None:
        return None
    d0, d1 = last.end(), end
    while d1 > d0 and text[d1 - 1] in " \t\u00a0":
        d1 -= 1
    if d1 <= d0 or not is_header_line(text[d0:d1]):
        return None
    title_end = last.start()
    if len(text[start:title_end].split()) < 2:
        return None
    return title_end, Span(d0, d1)


# --- date label lines: "نشر في: … آخر تحديث: …" ------------------------------------------------------
_LABEL_KEYS = sorted(DATE_LABELS, key=len, reverse=True)  # the longest label first at one position
#: One of :data:`marsad.layout.rules.DATE_LABELS` between non-letters; the group named ``l<k>``
#: that matched says which (``m.lastgroup``).
DATE_LABEL_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(f"(?P<l{k}>{date_label_pattern(label)})" for k, label in enumerate(_LABEL_KEYS))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_LABEL_OF_GROUP = {f"l{k}": label for k, label in enumerate(_LABEL_KEYS)}
#: Characters before the label that a date label line may start with (bullets, dashes).
DATE_LABEL_BULLETS = frozenset("*•|-–— \t\u00a0")
_ALEFS = "اأإآ"
_HARAKAT_AND_TATWEEL = "".join(map(chr, range(0x064B, 0x0653))) + "\u0640"
#: The first two characters a label may open a line with (its first letter in any alef form and
#: case, then its second letter or a haraka): with :data:`DATE_LABEL_BULLETS`, a cheap gate before
#: :data:`DATE_LABEL_RE` (a slice and one or two set tests per line; most prose lines fail it).
DATE_LABEL_PREFIXES = frozenset(
    first + second
    for label in _LABEL_KEYS
    for first in {label[0], label[0].upper(), *(_ALEFS if label[0] in _ALEFS else "")}
    for second in {label[1], label[1].upper(), *(_ALEFS if label[1] in _ALEFS else ""), *_HARAKAT_AND_TATWEEL}
)
_LINE_JUNK_RE = re.compile(r"[ \t\u00a0*•|\-–—]*")
_COLON_AFTER_RE = re.compile(r"[ \t\u00a0]*[:：]")
_DATE_EDGE = " \t\u00a0|-–—،,;؛"
#: A date label line is short: one or two labels, each with a date and time and its zone.
MAX_DATE_LABEL_LINE_CHARS = 240


@dataclass(slots=True)
class DateLabelLine:
    """A line of date labels (:func:`find_date_label_line`): the spans of the publication date
    and of the last-modification date written after their labels (``None`` when absent)."""

    published: Span | None
    modified: Span | None


def find_date_label_line(text: str, start: int, end: int) -> DateLabelLine | None:
    """Read ``text[start:end]`` (one stripped line) as a date label line: it opens with a label of
    :data:`marsad.layout.rules.DATE_LABELS` and holds only labels, each followed by a date that
    :func:`marsad.time.parse_datetime` reads whole (``نشر في: 24 مارس ,2024: 09:30 ص بتوقيت مكة
    المكرمة آخر تحديث: 24 مارس ,2024: 11:00 ص بتوقيت مكة المكرمة``). A label needs a colon after it,
    or a digit opening its date (``نشر في 24 مارس 2024``; never for the one-word labels of
    :data:`~marsad.layout.rules.DATE_LABELS_NEED_COLON`); a date ending a sentence (``.``) is prose.
    ``None`` otherwise: a line over :data:`MAX_DATE_LABEL_LINE_CHARS`, or opening with neither
    :data:`DATE_LABEL_PREFIXES` nor :data:`DATE_LABEL_BULLETS`, costs a few tests. Fifth new-user report, finding 7: the line was the
    lead and only its day was read, as "the first date in the text"."""
    if (
        end - start > MAX_DATE_LABEL_LINE_CHARS
        or start >= end
        or (text[start : start + 2] not in DATE_LABEL_PREFIXES and text[start] not in DATE_LABEL_BULLETS)
    ):
        return None
    pos = _LINE_JUNK_RE.match(text, start, end).end()  # type: ignore[union-attr]
    if DATE_LABEL_RE.match(text, pos, end) is None:  # (a prose line stops here: one anchored match)
        return None
    labels = list(DATE_LABEL_RE.finditer(text, pos, end))
    parse = _time_parser()
    if parse is None:
        return None
    published = modified = None
    for k, m in enumerate(labels):
        label = _LABEL_OF_GROUP[m.lastgroup or ""]
        stop = labels[k + 1].start() if k + 1 < len(labels) else end
        colon = _COLON_AFTER_RE.match(text, m.end(), stop)
        d0 = colon.end() if colon else m.end()
        d1 = stop
        while d0 < d1 and text[d0] in _DATE_EDGE:
            d0 += 1
        while d1 > d0 and text[d1 - 1] in _DATE_EDGE:
            d1 -= 1
        if d1 <= d0 or text[d1 - 1] in ".؟?!":
            return None
        if colon is None and (label in DATE_LABELS_NEED_COLON or not text[d0].isdigit()):
            return None
        try:
            if parse(text[d0:d1]) is None:
                return None
        except Exception:  # noqa: BLE001 - a collaborator's bug must not stop layout
            return None
        if DATE_LABELS[label] == "published":
            published = published or Span(d0, d1)
        else:
            modified = modified or Span(d0, d1)
    return DateLabelLine(published, modified)
