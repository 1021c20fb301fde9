"""Header lines and the title.

A *header line* is a line of metadata above the title of a plain-text article, in practice the
publication date/time as scraped: ``20-04-2024 01:18 AM بتوقيت القدس المحتلة``,
``Wed, 16 May 2018 15:25:37 +0400``, ``2017-01-20T21:43:00+01:00``, ``الأحد 20 أبريل 2024``.
The layout stage only *recognises* it (a cheap pattern); :mod:`marsad.time` parses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from marsad.layout.hashtags import remove_hashtag_marks
from marsad.layout.rules import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from marsad.model import Article

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


def title_without_hashtag_marks(article: Article) -> str:
    """Display text of the title with the ``#`` of each hashtag removed, underscores kept:
    ``#لافروف: الجهود … في #سوريا مرتبطة …`` → ``لافروف: الجهود … في سوريا مرتبطة …``."""
    if article.title is None:
        return ""
    from marsad.text.normalize import display_text

    raw = article.span_text(article.title)
    return " ".join(display_text(remove_hashtag_marks(raw)).split())
