"""The time stage: publication time, then time expressions resolved against it.

``annotate_time(article)`` sets :attr:`Article.published` (see :mod:`marsad.time.publication`) or
records the warning ``no-date``, then fills :attr:`Article.timexes` from the prose blocks (lead,
body, sub-headings; the whole text minus the publication line when the layout made no blocks).
A prose block whose start repeats an earlier block's (a repeat the dedup stage kept) is skipped,
so a repeated lead does not yield its time expressions twice.
"""

from __future__ import annotations

import re

from marsad.model import Article
from marsad.time.expressions import find_time_expressions
from marsad.time.numerals import fold
from marsad.time.publication import detect, reference_day

_LINE_RE = re.compile(r"[^\n]+")
#: Folded characters compared to tell a repeated block (see the module docstring).
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
    seen: set[str] = set()
    out = []
    for a, b in spans:
        if pub is not None and a <= pub.start < b and len(text[a:b].strip()) <= len(pub.raw) + 2:
            continue
        if b <= a:
            continue
        key = fold(text[a : min(b, a + _REPEAT_PREFIX_CHARS + 10)])[:_REPEAT_PREFIX_CHARS]
        if len(key) >= _REPEAT_PREFIX_CHARS:
            if key in seen:
                continue
            seen.add(key)
        out.extend(find_time_expressions(text[a:b], ref, base=a))
    article.timexes = out
