"""marsad.time — when: publication time and time expressions of Arabic news.

* :func:`parse_datetime` — one date/time string (header line, TIME/date field, dateline) →
  :class:`~marsad.model.TimeValue` (local ISO with offset, UTC, IANA zone, precision, confidence).
* :func:`marsad.time.publication.detect` — the article's publication time from its fields,
  header line or dateline.
* :func:`marsad.time.expressions.find_time_expressions` — ``اليوم``, ``أمس``, ``الاثنين الماضي``,
  ``الأسبوع الماضي``, ``خلال شهر رمضان`` … resolved to TIMEX3 values against a reference time.
* :func:`marsad.time.stage.annotate_time` — the pipeline stage doing both.

Modules: ``numerals`` (digit/mark folding), ``months`` (month/weekday tables), ``zones`` (zone
phrases → IANA), ``hijri`` (Umm al-Qura), ``conventions`` (per-source rules), ``datetimes``
(the parser), ``publication``, ``expressions``, ``stage``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.time.datetimes import parse_datetime

__all__ = ["parse_datetime"]


def __getattr__(name: str) -> Any:
    """``parse_datetime``, imported on first use (PEP 562): ``marsad.time.hijri`` and
    ``marsad.time.crawl``, which ``marsad search`` and ``stats`` use, do not load the parser and its
    tables (~50 ms; new-user report nu26, item 1)."""
    if name == "parse_datetime":
        from marsad.time.datetimes import parse_datetime

        globals()[name] = parse_datetime
        return parse_datetime
    raise AttributeError(f"module 'marsad.time' has no attribute {name!r}")


def describe(
    s: str,
    *,
    ref: str | None = None,
    source_convention: str | None = None,
    day_first: bool = True,
) -> dict:
    """JSON-ready description of a string: its :func:`parse_datetime` value (or ``None``) and, when
    ``ref`` (an ISO date or date-time) is given, the time expressions found in it resolved against
    that day. A ``ref`` date-time in UTC (``Z``, ``+00:00``) at or after
    ``settings.PUBLICATION_NEXT_DAY_UTC_HOUR`` is read as the pipeline reads such a publication stamp
    (:func:`marsad.time.publication.next_day_begun`: a bare weekday of the next day, told in the
    past, is that day; ``next_day_begun`` in the output says so). Raises ``ValueError`` for a
    ``ref`` that is not ISO 8601 or an unknown convention."""
    from dataclasses import asdict
    from datetime import date, datetime

    from marsad.time.conventions import CONVENTIONS, convention_for
    from marsad.time.datetimes import parse_datetime
    from marsad.time.expressions import find_time_expressions

    if source_convention is not None and convention_for(source_convention) is None:
        raise ValueError(
            f"unknown source convention {source_convention!r} (known: {', '.join(sorted(CONVENTIONS))})"
        )
    value = parse_datetime(s, day_first=day_first, source_convention=source_convention)
    out: dict = {"input": s, "value": asdict(value) if value is not None else None}
    if value is None:
        from marsad.time.reasons import why_not_a_date

        out["reason"] = why_not_a_date(s, day_first=day_first)
    if ref is not None:
        from datetime import timedelta

        from marsad.time.publication import utc_stamp_next_day_begun

        late = False
        try:
            if "T" in ref or " " in ref:
                ref_dt = datetime.fromisoformat(ref)
                ref_day = ref_dt.date()
                # the pipeline's late-UTC rule (publication.next_day_begun): a reference in UTC at
                # or after 21:00 lets a bare weekday of the next day be today
                utc = ref_dt.tzinfo is not None and ref_dt.utcoffset() == timedelta(0)
                late = utc_stamp_next_day_begun("UTC" if utc else None, ref_dt.isoformat(), "minute")
            else:
                ref_day = date.fromisoformat(ref)
        except ValueError as exc:
            raise ValueError(f"--ref {ref!r} is not an ISO 8601 date or date-time") from exc
        out["ref"] = ref_day.isoformat()
        out["next_day_begun"] = late
        out["expressions"] = [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "value": t.value,
                "type": t.type,
                "warning": t.warning,
            }
            for t in find_time_expressions(s, ref_day, next_day_begun=late)
        ]
    return out


__all__ += ["describe"]
