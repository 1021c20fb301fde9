"""The time stage: publication time, then time expressions resolved against it.

``annotate_time(article)`` sets :attr:`Article.published` (see :mod:`marsad.time.publication`) or
records the warning ``no-date``, then fills :attr:`Article.timexes` from the prose blocks (lead,
body, sub-headings; the whole text minus the publication line when the layout made no blocks).
A prose block whose start repeats an earlier block's (a repeat the dedup stage kept) is skipped,
so a repeated lead does not yield its time expressions twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from marsad.model import Article
from marsad.time.expressions import find_time_expressions
from marsad.time.publication import detect, reference_day

_LINE_RE = re.compile(r"[^\n]+")
#: Leading characters compared to tell a repeated block (see the module docstring).
_REPEAT_PREFIX_CHARS = 60


def annotate_time(article: Article) -> None:
    """Set ``article.published`` and ``article.timexes``; never raises on bad input."""
    pub = detect(article)
    if pub is None:
        article.warn("no-date", "no publication date found in the date fields, header, dateline or first lines")
    else:
        article.published = pub
    ref = reference_day(pub)
    text = article.text
    blocks = article.paragraphs
    spans: list[tuple[int, int]]
    if blocks:
        spans = [(b.start, b.end) for b in blocks]
    elif article.blocks:
        spans = []
    else:  # no layout at all: every line is a paragraph (the publication line is skipped below)
        spans = [m.span() for m in _LINE_RE.finditer(text)]
    kept: list[tuple[int, int]] = []
    seen: set[str] = set()
    for a, b in spans:
        if b <= a:
            continue
        if pub is not None and a <= pub.start < b and len(text[a:b].strip()) <= len(pub.raw) + 2:
            continue
        key = text[a : a + _REPEAT_PREFIX_CHARS]
        if len(key) >= _REPEAT_PREFIX_CHARS:
            if key in seen:
                continue
            seen.add(key)
        kept.append((a, b))
    out = []
    if kept:
        kept.sort()
        lo, hi = kept[0][0], max(b for _, b in kept)
        # one scan over the prose region (one call instead of one per paragraph), then keep the
        # expressions that lie inside one kept paragraph
        starts = [a for a, _ in kept]
        for t in find_time_expressions(text[lo:hi], ref, base=lo):
            i = bisect_right(starts, t.start) - 1
            if i >= 0 and t.end <= kept[i][1]:
                out.append(t)
    article.timexes = out
