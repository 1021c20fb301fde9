"""Quotations across the store: query the ``quotes`` table written by :mod:`marsad.store`.

The store keeps each :class:`marsad.model.Quote` as a row of ``quotes`` (``article_id``, ``idx``,
``start``, ``end``, ``kind``, ``cue_text``, ``speaker``, ``entity``, ``cue_start``/``cue_end``,
``speaker_span_start``/``speaker_span_end``), offsets into ``articles.text``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from marsad.quotes.cues import fold
from marsad.text.normalize import display_text


@dataclass(slots=True)
class QuoteRow:
    """One stored quotation with its article's id, title and publication time (UTC when known).

    ``text``, ``speaker``, ``cue`` and ``title`` are display text (:func:`marsad.text.normalize.display_text`:
    the same cleaning ``marsad show`` applies, e.g. ``مزيداُ`` → ``مزيداً``); the offsets they come from
    stay offsets into the raw ``articles.text``.
    """

    article_id: int
    kind: str
    speaker: str | None
    cue: str
    text: str
    title: str | None
    published: str | None


def query_quotes(
    conn: sqlite3.Connection, speaker: str | None = None, since: str | None = None, limit: int = 50
) -> list[QuoteRow]:
    """Quotations of the store, newest article first.

    ``speaker``: keep quotes whose speaker contains this name after spelling folding (``لافروف``
    finds ``سيرغي لافروف``); ``since``: an ISO date (``2018-03-01``) compared with the local
    publication time's calendar day, as search's ``from:`` (second-user finding: the UTC day put an
    article published after local midnight one day early); the listed time is the local one. Texts are returned as display text (see :class:`QuoteRow`). Raises ``LookupError`` when the store has no ``quotes`` table.
    """
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='quotes'").fetchone()
    if not has:
        raise LookupError("this store has no quotes table (ingest with the full pipeline first)")
    sql = (
        'SELECT q.article_id, q.kind, q.speaker, q.cue_text, substr(a.text, q."start" + 1, q."end" - q."start"), '
        "a.title, coalesce(a.published_local, a.published_utc) FROM quotes q JOIN articles a ON a.id = q.article_id"
    )
    args: list[object] = []
    if since:
        instant = _utc_instant(since)
        if instant is None:  # a date or a local time: the local wall-clock reading (19 characters)
            sql += " WHERE substr(coalesce(a.published_local, a.published_utc), 1, 19) >= ?"
            args.append(since)
        else:  # an instant with an offset: compared with the UTC instant
            sql += " WHERE substr(coalesce(a.published_utc, a.published_local), 1, 19) >= ?"
            args.append(instant)
    sql += " ORDER BY coalesce(a.published_utc, a.published_local) DESC, q.article_id, q.idx"
    want = fold(speaker) if speaker else None
    out: list[QuoteRow] = []
    for row in conn.execute(sql, args):
        if want and want not in fold(row[2] or ""):
            continue
        aid, kind, spk, cue, text, title, published = row
        out.append(
            QuoteRow(
                aid,
                kind,
                display_text(spk) if spk else spk,
                display_text(cue or ""),
                display_text(text or ""),
                display_text(title) if title else title,
                published,
            )
        )
        if len(out) >= limit:
            break
    return out


def _utc_instant(value: str) -> str | None:
    """``2024-04-21T12:00:00+03:00`` → ``2024-04-21T09:00:00`` (UTC wall clock, 19 characters);
    ``None`` for a date or a time without an offset."""
    from datetime import UTC, datetime

    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is None:
        return None
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
