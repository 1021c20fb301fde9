"""Plain JSON-ready view of an :class:`~marsad.model.Article` (the shape of ``marsad export``)."""

from __future__ import annotations

from typing import Any

from marsad.model import Article, span_dict


def article_to_dict(a: Article) -> dict[str, Any]:
    """Return the article as plain data: metadata, publication time, title and hashtags,
    dateline and byline, blocks, removed repeats, sentences, fixes, time expressions, mentions,
    entities, quotes and problems. Offsets are character offsets into ``text``. Every span is
    ``{"start", "end", …its attributes, "text", "display"}``: ``text`` the raw slice (standoff,
    ``text[start:end]``), ``display`` the display text ``marsad show`` prints
    (:func:`marsad.model.span_dict`); ``title``, ``dateline`` and ``byline`` are display text
    (``None`` when absent), their spans under ``title_span``, ``dateline_span``, ``byline_span``.
    Fields: docs/architecture.md ("Export")."""
    pub = None
    if a.published is not None:
        v = a.published.value
        pub = {
            "raw": a.published.raw,
            "start": a.published.start,
            "end": a.published.end,
            "source": a.published.source,
            "local": v.local,
            "utc": v.utc,
            "tz": v.tz,
            "naive": v.naive,
            "precision": v.precision,
            "confidence": v.confidence,
            "calendar": v.calendar,
            "warnings": list(v.warnings),
        }
    return {
        "source": a.source,
        "outlet": a.outlet or None,
        "format": a.fmt,
        "encoding": a.encoding,
        "content_hash": a.content_hash,
        "meta": dict(a.meta),
        "fields": {k: span_dict(a, v) for k, v in a.fields.items()},
        "published": pub,
        "title": a.title_text or None,
        "title_span": span_dict(a, a.title),
        "hashtags": [h.tag for h in a.hashtags],
        "hashtag_spans": span_dict(a, a.hashtags),
        "dateline": (a.display(a.dateline) or None) if a.dateline is not None else None,
        "dateline_span": span_dict(a, a.dateline),
        "byline": (a.display(a.byline) or None) if a.byline is not None else None,
        "byline_span": span_dict(a, a.byline),
        "blocks": span_dict(a, a.blocks),
        "removed": span_dict(a, a.removed),
        "sentences": span_dict(a, a.sentences),
        "fixes": span_dict(a, a.fixes),
        "timexes": span_dict(a, a.timexes),
        "mentions": span_dict(a, a.mentions),
        "entities": span_dict(a, a.entities),
        "quotes": span_dict(a, a.quotes),
        "problems": span_dict(a, a.problems),
        "text": a.text,
    }
