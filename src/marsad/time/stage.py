"""The time stage: publication time, then time expressions resolved against it.

``annotate_time(article)`` sets :attr:`Article.published` (see :mod:`marsad.time.publication`) or
records the warning ``no-date``, then fills :attr:`Article.timexes` from the prose blocks (lead,
body, sub-headings, as chosen by the layout stage, which also removed repeated blocks). Without
any layout block every line is read except the publication line and a line whose first 60
characters repeat an earlier line's, so a repeated lead does not yield its expressions twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from marsad.model import Article
from marsad.time.expressions import find_time_expressions
from marsad.time.publication import detect, next_day_begun, reference_day

_LINE_RE = re.compile(r"[^\n]+")
#: Block kinds scanned for time expressions (as :attr:`Article.paragraphs`).
_PROSE_KINDS = frozenset(("lead", "body", "subheading"))
#: Leading characters compared to tell a repeated block (see the module docstring).
_REPEAT_PREFIX_CHARS = 60


def annotate_time(article: Article) -> None:
    """Set ``article.published`` and ``article.timexes``; never raises on bad input."""
    pub = detect(article)
    if pub is None:
        article.warn(
            "no-date", "no publication date found in the date fields, header, dateline or first lines"
        )
    else:
        article.published = pub
    ref = reference_day(pub)
    late = next_day_begun(pub)
    text = article.text
    blocks = [(b.start, b.end) for b in article.blocks if b.kind in _PROSE_KINDS]
    if blocks or article.blocks:
        kept = blocks  # the layout stage chose the prose and removed repeats
    else:  # no layout at all: every line is a paragraph, minus the publication line and repeats
        kept = []
        seen: set[str] = set()
        for m in _LINE_RE.finditer(text):
            a, b = m.span()
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
        lo, hi = kept[0][0], max([b for _, b in kept])
        # one scan over the prose region (one call instead of one per paragraph), then keep the
        # expressions that lie inside one kept paragraph
        starts = [a for a, _ in kept]
        for t in find_time_expressions(text[lo:hi], ref, base=lo, next_day_begun=late):
            i = bisect_right(starts, t.start) - 1
            if i >= 0 and t.end <= kept[i][1]:
                out.append(t)
    article.timexes = out
