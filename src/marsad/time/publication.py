"""When was the article published: :func:`detect` → :class:`~marsad.model.Published`.

Sources, in order (the first that parses wins):

1. container fields ``TIME`` (ANT), ``date`` / ``published`` (JSON, HTML); read with the source's
   convention (:mod:`marsad.time.conventions`, chosen from ``article.meta['SRC' | 'src' | 'source']``);
   a *crawl-time* field (:data:`CRAWL_TIME_FIELDS`: SaudiNewsNet's ``date_extracted``) is read here
   but kept for step 4½;
2. the layout stage's ``header`` blocks (a plain-text header line such as the seed's
   ``20-04-2024 01:18 AM بتوقيت القدس المحتلة``, a date in a credit field, the date part of a Saudi
   Press Agency dateline);
3. when the layout made no header block: a header-like date line among the first lines of the
   text (``settings.HEADER_SCAN_LINES`` / ``HEADER_SCAN_CHARS``);
4. a dateline in the first line of the content (``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``);

   4¼. the last-modification time (``article.meta`` :data:`MODIFIED_META_KEYS`: the date after a
   ``آخر تحديث:`` label put there by the layout, a record's ``dateModified``), resolved into
   ``meta[MODIFIED_ISO_KEY]`` in any case and, when nothing above gave a date, standing in for the
   publication time as an upper bound (confidence at most ``settings.CRAWL_TIME_CONFIDENCE``,
   warning ``modified-time``; fifth new-user report, finding 7);

   4½. the crawl time, when nothing above gave a date: it says when the page was fetched, not when
   it was published (an upper bound; SaudiNewsNet's own README: "the date the article was
   extracted"), so ``Published.source`` stays the field's name (``"date_extracted"``), the value's
   confidence is at most ``settings.CRAWL_TIME_CONFIDENCE``, its ``warnings`` say so and the
   article gets the warning ``crawl-time`` (first-user finding, 2026-11-29: the crawl time was
   published as the publication time with no word, and won over a dateline's date);
5. the first explicit full date among the first lines of the content (confidence lowered).

A dated dateline is completed with the Saudi Press Agency trailer time (``20:26 ت م`` at the end of
the content, Mecca time) when there is one. When a field gives the date and the dateline gives
another day (beyond ``settings.HIJRI_TOLERANCE_DAYS``), the value carries a warning.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from marsad import settings
from marsad.model import Article, Published, Span, TimeValue
from marsad.time.conventions import SourceConvention, convention_for
from marsad.time.crawl import (  # crawl_time_sql: re-exported, its old home
    CRAWL_TIME_CODE,
    CRAWL_TIME_FIELDS,
    CRAWL_TIME_NOTE,
    crawl_time_sql,  # noqa: F401
)
from marsad.time.datetimes import AMBIGUOUS_ZONE_WARNING, build_value, parse_datetime
from marsad.time.expressions import find_time_expressions
from marsad.time.numerals import fold
from marsad.time.zones import AMBIGUOUS_PLACES, AMBIGUOUS_ZONE_PHRASE_RE, place_zone, zone_from_context

#: Container fields holding the publication time, in order of preference (case-insensitive): ANT
#: ``TIME``, the HTML reader's ``date``, SaudiNewsNet's ``date_extracted``, and the keys JSON records
#: and APIs use that :mod:`marsad.io.jsonrec` reads as the date (schema.org ``datePublished`` /
#: ``dateCreated``, WordPress/REST ``published_at``, NewsAPI ``publishedAt``, …; eighth new-user
#: report, finding 10: ``datePublished`` and ``published_at`` gave ``no-date``). The reader keeps
#: the key's own name as the field's name, so ``Published.source`` says which key dated the article.
TIME_FIELDS = (
    "time",
    "date",
    "date_extracted",
    "published",
    "date_published",
    "datepublished",
    "published_at",
    "publishedat",
    "publish_date",
    "publication_date",
    "pubdate",
    "pub_date",
    "datetime",
    "datecreated",
    "date_created",
    "created_at",
    "createdat",
)
#: Fields whose first lines may hold a dateline (ANT TEXT, JSON/HTML content).
CONTENT_FIELDS = ("content", "text", "body")
#: Saudi Press Agency trailer: ``20:26 ت م`` (Mecca time) closing the content, maybe before ``NNNN``.
SPA_TRAILER_RE = re.compile(r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>\d{2})\s*ت\s?م\s*(?:NNNN)?\s*$")


def _convention(article: Article) -> SourceConvention | None:
    for key in ("SRC", "src", "source", "Source"):
        value = article.meta.get(key)
        if value:
            conv = convention_for(value)
            if conv is not None:
                return conv
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=256)
def _by_lower(keys: tuple[str, ...]) -> dict[str, str]:
    """Field name in lower case → the name (the last one wins), per tuple of field names (a
    corpus has a few: computed once, not twice per article). Read only."""
    return {k.lower(): k for k in keys}


def _field(
    article: Article, names: tuple[str, ...], by_lower: dict[str, str] | None = None
) -> list[tuple[str, Span]]:
    """The fields among ``names`` (lower case) that ``article`` has, as ``(name, span)``;
    ``by_lower``: :func:`_by_lower` of the article's field names, when the caller has it."""
    if by_lower is None:
        by_lower = _by_lower(tuple(article.fields))
    out = []
    for n in names:
        k = by_lower.get(n)
        if k is not None and article.fields[k] is not None:
            out.append((k, article.fields[k]))
    return out


def _lines(text: str, start: int, end: int, max_lines: int, max_chars: int):
    """Yield ``(start, end)`` of the first non-blank lines of ``text[start:end]`` (trimmed)."""
    pos, n = start, 0
    limit = min(end, start + max_chars)
    while pos < limit and n < max_lines:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        a, b = _trim(text, pos, stop)
        if b > a:
            n += 1
            yield a, b
        if nl == -1:
            break
        pos = nl + 1


def _parse_span(article, a, b, conv, source) -> Published | None:
    raw = article.text[a:b]
    if len(raw) > settings.DATE_MAX_STRING_CHARS:
        return None
    v = parse_datetime(raw, source_convention=conv)
    return Published(a, b, raw, v, source) if v is not None else None


#: A Unix time in a date field: 9–10 digits (seconds) or 12–13 (milliseconds, JavaScript's
#: ``Date.now()``), as APIs and scrapers write it (``"date": 1521099000``).
EPOCH_RE = re.compile(r"[0-9]{9,10}(?:[0-9]{3})?(?:\.[0-9]+)?")


def _epoch_span(article: Article, a: int, b: int, name: str) -> Published | None:
    """The instant of a date field holding a Unix time (seconds or milliseconds since 1970-01-01
    UTC, POSIX.1-2017 §4.16) within ``settings.EPOCH_MIN_SECONDS`` … ``EPOCH_MAX_SECONDS`` (other
    numbers are ids or years); ``None`` otherwise. Third new-user report, finding 12: such a field
    gave ``bad-date`` and ``no-date``."""
    raw = article.text[a:b]
    if not EPOCH_RE.fullmatch(raw):
        return None
    seconds = float(raw)
    unit = "seconds"
    if seconds > settings.EPOCH_MAX_SECONDS * 10:
        seconds, unit = seconds / 1000, "milliseconds"
    if not settings.EPOCH_MIN_SECONDS <= seconds <= settings.EPOCH_MAX_SECONDS:
        return None
    instant = datetime.fromtimestamp(int(seconds), tz=UTC)
    value = build_value(
        instant.date(),
        instant.time(),
        "UTC",
        "second" if instant.second else "minute",
        warnings=[f"{name} field is a Unix time ({unit} since 1970-01-01 UTC)"],
    )
    return Published(a, b, raw, value, name)


def detect(article: Article) -> Published | None:
    """Find and parse the publication time of ``article`` (see the module docstring for the order).

    Returns ``None`` when nothing parses; records ``bad-date`` warnings for a date field that does
    not parse. Never raises on bad input."""
    text = article.text
    conv = _convention(article)
    pub: Published | None = None
    crawl: Published | None = None
    by_lower = _by_lower(tuple(article.fields))  # (once for the two look-ups below)
    # 1. container fields (a crawl time is kept aside for step 4½)
    for name, span in _field(article, TIME_FIELDS, by_lower):
        a, b = _trim(text, span.start, span.end)
        if b <= a:
            continue
        is_crawl = name.lower() in CRAWL_TIME_FIELDS
        if is_crawl and crawl is not None:
            continue
        found = _parse_span(article, a, b, conv, name) or _epoch_span(article, a, b, name)
        if found is None:
            article.warn("bad-date", f"{name} field {text[a:b][:80]!r} is not a date Marsad can read")
        elif is_crawl:
            crawl = found
        else:
            pub = found
            break
    # 2. header blocks made by the layout stage
    if pub is None:
        for block in article.blocks:
            if block.kind != "header" or block.field.lower() in TIME_FIELDS:
                continue  # a date field's own block was read in step 1 (a crawl time waits)
            for a, b in _lines(text, block.start, block.end, 3, settings.DATE_MAX_STRING_CHARS * 2):
                pub = _parse_span(article, a, b, conv, "header")
                if pub is not None:
                    break
            if pub is not None:
                break
    content = _field(article, CONTENT_FIELDS, by_lower)
    c_start, c_end = (content[0][1].start, content[0][1].end) if content else (0, len(text))
    # (a line holding a layout ``meta`` block is not read in steps 3 and 4: ``آخر تحديث: …`` is no
    # publication date; ninth new-user report, item 6: as a plain text's first line it was the dateline)
    metas = [bl.start for bl in article.blocks if bl.kind == "meta"]
    # 3. no header block: a header-like line at the start of a plain text
    if pub is None and not article.fields and not any(b.kind == "header" for b in article.blocks):
        for a, b in _lines(text, 0, len(text), settings.HEADER_SCAN_LINES, settings.HEADER_SCAN_CHARS):
            if metas and any(a <= m < b for m in metas):
                continue
            pub = _parse_span(article, a, b, conv, "header")
            if pub is not None:
                break
    # 4. dateline: first line of the content (never a line inside a date field's own value: a
    # record with no content field, e.g. a failed SaudiNewsNet record holding only date_extracted,
    # had its crawl time read as a dateline; nu31 item 8)
    fielded = [(s.start, s.end) for _n, s in _field(article, TIME_FIELDS, by_lower)] if not content else []
    dateline = None
    for a, b in _lines(text, c_start, c_end, 1, 400):
        if any(fa <= a < fb for fa, fb in fielded):
            continue
        if b - a <= 120 and not any(a <= m < b for m in metas):
            dateline = _parse_span(article, a, b, conv, "dateline")
    if dateline is not None:
        _complete_with_trailer(article, dateline, c_start, c_end, conv)
    if pub is None and dateline is not None:
        pub = dateline
    elif pub is not None and dateline is not None:
        if pub.source == "header" and _finer_same_day(dateline, pub):
            pub = dateline  # the SPA line's date (a header block) completed by its trailer time
        else:
            _cross_check(pub, dateline)
    # 4¼. the last-modification time (a date label line, a JSON key): recorded, and for want of a
    # publication date the upper bound standing in for it
    modified = _modified(article, conv)
    if pub is None and modified is not None:
        pub = _as_modified_time(article, modified)
    elif pub is not None and modified is not None:
        _check_not_after_modified(pub, modified)
    # 4½. the crawl time, for want of a publication date
    if pub is None and crawl is not None:
        pub = _as_crawl_time(article, crawl)
    elif pub is not None and crawl is not None:
        _check_not_after_crawl(pub, crawl)
    # 5. first explicit full date in the first lines
    if pub is None:
        first = next(iter(_lines(text, c_start, c_end, 3, 600)), None)
        if first is not None:  # some non-blank line; the dates are looked for in the first 600 chars
            for tx in find_time_expressions(text[c_start : min(c_end, c_start + 600)], None, base=c_start):
                if tx.value and len(tx.value) == 10:  # YYYY-MM-DD
                    v = parse_datetime(tx.text, source_convention=conv)
                    if v is None:
                        continue
                    v.confidence = min(v.confidence, 0.5)
                    v.warnings.append(
                        "first date in the text, not a header or dateline: may not be the publication date"
                    )
                    pub = Published(tx.start, tx.end, tx.text, v, "text")
                    break
    if pub is not None:
        if pub.source not in ("dateline", "text"):
            _midnight_as_day(pub)
        _zone_from_context(article, pub, conv)
        _zone_from_dateline(article, pub, conv)
        _check_plausible(article, pub)
    return pub


#: The warning of :func:`_midnight_as_day`.
MIDNIGHT_NOTE = "00:00:00 in a date field read as a date-only placeholder: day precision"


def _midnight_as_day(pub: Published) -> None:
    """Reduce a metadata date-time at exactly ``00:00:00`` to day precision, in place.

    A content system that stores a date without a time writes midnight: SaudiNewsNet's
    ``arriyadiyah`` records carry ``| Tuesday, 11 August 2015 - 00:00 am`` for the nine columns with
    no time, beside ``13:34 pm`` for the timed news of the same day (the corpus's 48 such headers);
    schema.org ``datePublished`` values such as ``2018-03-01T00:00:00`` are the same. Read as an
    exact instant, such a value put the article at midnight and made it the first of its day.
    Only values from fields and header lines (never a dateline or a date in the text, which a writer
    wrote) and only at exactly zero hours, minutes and seconds are reduced; the zone, calendar and
    confidence stay, the warning :data:`MIDNIGHT_NOTE` says so (nu31, 2026-12-02: nine articles)."""
    v = pub.value
    if v.precision not in ("minute", "second") or not v.local or len(v.local) < 19:
        return
    if v.local[10:19] != "T00:00:00":
        return
    try:
        day = date.fromisoformat(v.local[:10])
    except ValueError:
        return
    pub.value = build_value(
        day,
        None,
        v.tz,
        "day",
        calendar=v.calendar,
        confidence=v.confidence,
        warnings=[*v.warnings, MIDNIGHT_NOTE],
    )


def _zone_from_context(article: Article, pub: Published, conv) -> None:
    """A publication time written with an ambiguous zone place (``بتوقيت عمان``: Amman or Oman;
    ``بتوقيت طرابلس``: Libya or Lebanon; :data:`marsad.time.zones.AMBIGUOUS_PLACES`) is read in the
    zone of the one country the article names (:func:`marsad.time.zones.zone_from_context` over the
    text and the source fields: ``العاهل الأردني`` → Asia/Amman), with a warning saying so and
    confidence at most ``settings.ZONE_FROM_CONTEXT_CONFIDENCE``; with no context or both, the
    value stays naive with the parser's warning (eighth new-user report, finding 8)."""
    v = pub.value
    if not v.naive or not any(w.startswith(AMBIGUOUS_ZONE_WARNING) for w in v.warnings):
        return
    raw = fold(pub.raw)
    am = AMBIGUOUS_ZONE_PHRASE_RE.search(raw)
    if am is None:
        return
    place = am["place"]
    context = fold(article.text[: settings.ZONE_CONTEXT_CHARS] + " " + " ".join(
        str(x) for k, x in article.meta.items() if k.lower() in ("source", "src", "dateline", "country")
    ))
    chosen = zone_from_context(place, context)
    if chosen is None:
        article.warn(
            "ambiguous-zone",
            f"the time zone place {place!r} names two zones ({' or '.join(AMBIGUOUS_PLACES[place])}) and "
            "the article names neither country alone: the publication time is kept naive",
        )
        return
    tz, hits = chosen
    nv = parse_datetime(raw[: am.start()] + " " * (am.end() - am.start()) + raw[am.end() :], default_tz=tz,
                        source_convention=conv)
    if nv is None or nv.naive:
        return
    nv.warnings.append(
        f"zone place {place!r} names two zones ({' or '.join(AMBIGUOUS_PLACES[place])}): read as {tz}, the "
        f"country the article names ({hits} mention(s))"
    )
    nv.confidence = min(nv.confidence, settings.ZONE_FROM_CONTEXT_CONFIDENCE)
    pub.value = nv


DATELINE_ZONE_NOTE = (
    "zone not written: read as {tz}, the zone of the dateline place {place!r} on the same line "
    "(a local time at the place the report was filed, assumed)"
)


def _zone_from_dateline(article: Article, pub: Published, conv) -> None:
    """A naive publication time written on the dateline's own line (``تونس - الأحد 29 جانفي 2017
    الساعة 21:16``, ``القاهرة، 12 مارس 2019 10:30``) of a source with no zone convention is read in
    the zone of the dateline place when :data:`marsad.time.zones.PLACE_ZONES` knows it (and it is not
    one of the :data:`~marsad.time.zones.AMBIGUOUS_PLACES`), with confidence at most
    ``settings.DATELINE_ZONE_CONFIDENCE`` and a warning saying so (ninth new-user report, item 5:
    such times stayed naive, "zone ?"). A source convention's zone (ANT v1.1, SaudiNewsNet) wins; a
    time on another line than the dateline is left naive (the outlet's clock may be elsewhere)."""
    v = pub.value
    span = article.dateline
    if not v.naive or span is None or (conv is not None and conv.default_tz is not None):
        return
    text = article.text
    lo, hi = (span.end, pub.start) if span.end <= pub.start else (pub.end, span.start)
    if lo > hi + 1 and not (pub.start <= span.start and span.end <= pub.end):
        return  # overlapping in some other way: leave it
    if "\n" in text[min(lo, hi) : max(lo, hi)]:
        return
    place = text[span.start : span.end].strip()
    if fold(place) in AMBIGUOUS_PLACES:
        return
    tz = place_zone(place)
    if tz is None:
        return
    nv = parse_datetime(pub.raw, default_tz=tz, source_convention=conv)
    if nv is None or nv.naive or nv.local[:10] != v.local[:10]:
        return
    nv.warnings.append(DATELINE_ZONE_NOTE.format(tz=tz, place=place))
    nv.confidence = min(nv.confidence, settings.DATELINE_ZONE_CONFIDENCE)
    pub.value = nv


def _instant_of(v: TimeValue) -> datetime | None:
    """The instant a value starts (UTC; a naive value's local time read as UTC), or ``None``."""
    text = v.utc or v.local
    if not text:
        return None
    text = text.split("/")[0]
    if len(text) == 4:
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


#: The warning codes of a publication time that cannot be right (eighth new-user report, finding 9).
FUTURE_DATE_CODE = "future-date"
IMPLAUSIBLE_DATE_CODE = "implausible-date"


def _year_of(text: str) -> int:
    """The year an ISO value text opens with (``"2017-03-05T10:00+03:00"`` → 2017), or -1."""
    y = text[:4]
    return int(y) if len(y) == 4 and y.isascii() and y.isdigit() else -1


#: Years whose publication times :func:`_check_plausible` need not parse: not before
#: ``settings.PUBLICATION_YEAR_MIN``, and two years or more before the year this process started
#: (a value in such a year ends before the present whatever its UTC offset and the tolerance of
#: ``settings.FUTURE_DATE_TOLERANCE_HOURS``, less than a year).
_SURELY_PLAUSIBLE_YEAR_MIN = settings.PUBLICATION_YEAR_MIN
_SURELY_PLAUSIBLE_YEAR_MAX = (
    datetime.now(UTC).year - 2 if 0 <= settings.FUTURE_DATE_TOLERANCE_HOURS < 24 * 300 else -2
)


def _check_plausible(article: Article, pub: Published, now: datetime | None = None) -> None:
    """A publication time after the ingest time (``now``, UTC) by more than
    ``settings.FUTURE_DATE_TOLERANCE_HOURS``, or in a year before ``settings.PUBLICATION_YEAR_MIN``,
    cannot be right (a bad CMS field, a day/month swap, a wrong year): the value is kept, with a
    warning in ``value.warnings``, the article warning ``future-date`` / ``implausible-date`` and
    confidence at most ``settings.FUTURE_DATE_CONFIDENCE``. A time *expression* in the text may lie
    in the future; a publication time may not."""
    v = pub.value
    text = v.utc or v.local
    if text and now is None and _SURELY_PLAUSIBLE_YEAR_MIN <= _year_of(text) <= _SURELY_PLAUSIBLE_YEAR_MAX:
        return  # the common case: a year neither too old nor near the present (no parse, no clock)
    start = _instant_of(v)
    if start is None:
        return
    now = now or datetime.now(UTC)
    if start - now > timedelta(hours=settings.FUTURE_DATE_TOLERANCE_HOURS):
        note = (
            f"publication time {v.local} ({pub.source}) is after the ingest time {now:%Y-%m-%dT%H:%MZ}: "
            "impossible for a published article (a bad field, a day/month swap or a wrong year); value kept"
        )
        code = FUTURE_DATE_CODE
    elif start.year < settings.PUBLICATION_YEAR_MIN:
        note = f"publication year {start.year} ({pub.source} {pub.raw!r}) is implausible for a news article; value kept"
        code = IMPLAUSIBLE_DATE_CODE
    else:
        return
    v.warnings.append(note)
    v.confidence = min(v.confidence, settings.FUTURE_DATE_CONFIDENCE)
    article.warn(code, note)


#: ``Article.meta`` keys holding when the article was last modified (lower case): the layout's
#: ``date_modified`` (the date after ``آخر تحديث:``, :func:`marsad.layout.header.find_date_label_line`)
#: and the keys JSON records and APIs use (schema.org ``dateModified``, WordPress ``modified``).
MODIFIED_META_KEYS = (
    "date_modified",
    "datemodified",
    "modified",
    "last_modified",
    "updated",
    "updated_at",
    "date_updated",
)
#: The ``Article.meta`` key given the resolved last-modification time: ISO 8601 local time, with its
#: offset when the zone is known (``TimeValue.local``): the model has no field for it.
MODIFIED_ISO_KEY = "date_modified_iso"
#: The warning code and message of a publication time that is a last-modification time.
MODIFIED_TIME_CODE = "modified-time"
MODIFIED_TIME_NOTE = (
    "{key} is when the article was last updated, not when it was published: it appeared at or before "
    "this time (no publication date in the fields, header or dateline)"
)


def _modified(article: Article, conv) -> Published | None:
    """The article's last-modification time from :data:`MODIFIED_META_KEYS` (the first that parses),
    recorded as ``article.meta[MODIFIED_ISO_KEY]``; ``None`` without one (one dict test per key when
    ``meta`` is empty). ``Published.source`` is the key; the span is where the layout found it in
    the text (empty when it came from a record's key). Fifth new-user report, finding 7."""
    if not article.meta:
        return None
    for key in _modified_keys(tuple(article.meta)):
        raw = article.meta[key]
        if not raw or len(raw) > settings.DATE_MAX_STRING_CHARS:
            continue
        value = parse_datetime(raw, source_convention=conv) or _epoch_value(raw, key)
        if value is None:
            continue
        article.meta[MODIFIED_ISO_KEY] = value.local or ""
        at = article.text.find(raw) if key == "date_modified" else -1
        return Published(max(at, 0), at + len(raw) if at >= 0 else 0, raw, value, key)
    return None


@lru_cache(maxsize=256)
def _modified_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys among ``keys`` (``Article.meta``'s) that are :data:`MODIFIED_META_KEYS`, in that
    order of preference; per tuple of keys (a corpus has a few: usually none, found once)."""
    by_lower = _by_lower(keys)
    return tuple(by_lower[name] for name in MODIFIED_META_KEYS if name in by_lower)


def _epoch_value(raw: str, key: str) -> TimeValue | None:
    """A Unix time in a modification key, read as :func:`_epoch_span` reads a date field."""
    holder = Article(text=raw)
    found = _epoch_span(holder, 0, len(raw), key)
    return found.value if found is not None else None


def _as_modified_time(article: Article, modified: Published) -> Published:
    """Mark ``modified`` as the last-modification time standing in for the publication time (an
    upper bound, like a crawl time: confidence at most ``settings.CRAWL_TIME_CONFIDENCE``)."""
    return _stand_in(article, modified, MODIFIED_TIME_NOTE.format(key=modified.source), MODIFIED_TIME_CODE)


def _stand_in(article: Article, found: Published, note: str, code: str) -> Published:
    """``found`` (a crawl or modification time) standing in for the publication time: ``note`` in
    its warnings and as the article's warning ``code``, confidence at most
    ``settings.CRAWL_TIME_CONFIDENCE``."""
    found.value.warnings.append(note)
    found.value.confidence = min(found.value.confidence, settings.CRAWL_TIME_CONFIDENCE)
    article.warn(code, note)
    return found


def _check_not_after_modified(pub: Published, modified: Published) -> None:
    """An article is not published after its last update: a publication instant later than the
    modification instant (both with a zone), or a later day, is doubtful."""
    a, b = pub.value, modified.value
    later = (a.utc > b.utc) if a.utc and b.utc and len(a.utc) == len(b.utc) else None
    if later is None:
        da, db = _day_of(a), _day_of(b)
        later = da is not None and db is not None and (da - db).days > settings.HIJRI_TOLERANCE_DAYS
    if later:
        a.warnings.append(
            f"{pub.source} gives {a.local}, after the last update ({modified.source} {modified.raw!r}); "
            f"{pub.source} kept"
        )
        a.confidence = min(a.confidence, 0.7)


def _complete_with_trailer(article, dateline: Published, c_start: int, c_end: int, conv) -> None:
    """Add the ``hh:mm ت م`` trailer time (Mecca time, Asia/Riyadh) to a day-precision dateline."""
    v = dateline.value
    if v.precision != "day" or not v.local or len(v.local) != 10:
        return
    tail = fold(article.text[max(c_start, c_end - 60) : c_end])
    m = SPA_TRAILER_RE.search(tail)
    if not m:
        return
    h, mi = int(m["h"]), int(m["mi"])
    if h > 23 or mi > 59:
        return
    day = date.fromisoformat(v.local)
    nv = build_value(
        day,
        time(h, mi),
        "Asia/Riyadh",
        "minute",
        calendar=v.calendar,
        confidence=v.confidence,
        warnings=v.warnings,
    )
    nv.warnings.append("time from the closing 'hh:mm ت م' (Mecca time) line of the Saudi Press Agency")
    dateline.value = nv
    dateline.source = "dateline+trailer"


def _as_crawl_time(article: Article, crawl: Published) -> Published:
    """Mark ``crawl`` as a crawl time standing in for the publication time (step 4½)."""
    return _stand_in(article, crawl, CRAWL_TIME_NOTE.format(field=crawl.source), CRAWL_TIME_CODE)


def _check_not_after_crawl(pub: Published, crawl: Published) -> None:
    """A page cannot be published after it was crawled: a publication day later than the crawl
    day (beyond ``settings.HIJRI_TOLERANCE_DAYS``) is doubtful."""
    a, b = _day_of(pub.value), _day_of(crawl.value)
    if a is None or b is None or pub.value.precision in ("year", "month"):
        return
    if (a - b).days > settings.HIJRI_TOLERANCE_DAYS:
        pub.value.warnings.append(
            f"{pub.source} gives {a.isoformat()}, after the page was crawled ({crawl.source} "
            f"{crawl.raw!r}); {pub.source} kept"
        )
        pub.value.confidence = min(pub.value.confidence, 0.7)


_PRECISION_RANK = {"year": 0, "month": 1, "day": 2, "minute": 3, "second": 4}


def _finer_same_day(a: Published, b: Published) -> bool:
    """True when ``a`` gives the same local day as ``b`` with a finer precision."""
    day = _day_of(a.value)
    return (
        day is not None
        and day == _day_of(b.value)
        and _PRECISION_RANK.get(a.value.precision, 0) > _PRECISION_RANK.get(b.value.precision, 0)
    )


def _day_of(v: TimeValue) -> date | None:
    if not v.local or len(v.local) < 10 or v.local[4] != "-" or "/" in v.local:
        return None
    try:
        return date.fromisoformat(v.local[:10])
    except ValueError:
        return None


def _cross_check(pub: Published, dateline: Published) -> None:
    a, b = _day_of(pub.value), _day_of(dateline.value)
    if a is None or b is None or pub.value.precision in ("year", "month"):
        return
    if abs((a - b).days) > settings.HIJRI_TOLERANCE_DAYS:
        pub.value.warnings.append(
            f"{pub.source} gives {a.isoformat()} but the dateline gives {b.isoformat()} "
            f"({dateline.raw!r}); {pub.source} kept"
        )
        pub.value.confidence = min(pub.value.confidence, 0.7)


def reference_day(pub: Published | None) -> date | None:
    """The local calendar day of a publication value (day precision or finer), else ``None``."""
    if pub is None or pub.value is None or pub.value.precision in ("year", "month"):
        return None
    return _day_of(pub.value)


def next_day_begun(pub: Published | None) -> bool:
    """Whether a publication stamped in UTC (``tz`` ``UTC``, minute precision or finer) falls at or
    after ``settings.PUBLICATION_NEXT_DAY_UTC_HOUR`` (21:00), when the calendar day after its
    :func:`reference_day` has begun in the zones where most Arab newsrooms write (UTC+3, UTC+4).
    ``False`` for any other zone (its local day is the writer's) or a missing value."""
    if pub is None or pub.value is None:
        return False
    return utc_stamp_next_day_begun(pub.value.tz, pub.value.local, pub.value.precision)


def utc_stamp_next_day_begun(tz: str | None, local: str | None, precision: str | None) -> bool:
    """The rule of :func:`next_day_begun` on a value's parts (``tz``, ``local`` ISO 8601 text,
    ``precision``): ``tz`` is ``UTC``, the precision is ``minute`` or ``second`` and the hour is at
    or after ``settings.PUBLICATION_NEXT_DAY_UTC_HOUR``. Shared with ``marsad date --ref``
    (:func:`marsad.time.describe`), so a reference date-time is read as the pipeline reads a stamp."""
    if tz != "UTC" or precision not in ("minute", "second"):
        return False
    hour = (local or "")[11:13]
    return hour.isdigit() and int(hour) >= settings.PUBLICATION_NEXT_DAY_UTC_HOUR


__all__ = [
    "MODIFIED_ISO_KEY",
    "MODIFIED_META_KEYS",
    "TIME_FIELDS",
    "detect",
    "next_day_begun",
    "reference_day",
    "utc_stamp_next_day_begun",
]
