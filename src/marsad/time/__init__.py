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

from marsad.time.datetimes import parse_datetime

__all__ = ["parse_datetime"]
