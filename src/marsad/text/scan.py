"""Fast ways to find where a pattern can match in Arabic text, for the stages' hot loops.

Python's regular-expression engine scans a text quickly only for a pattern that starts with a
literal; a pattern that starts with a character class, an alternation of words with a common
frequent prefix (``ال``), or a look-behind is tried at (nearly) every character. Over Arabic text
``str.find`` is the fast scan (a C loop per needle), so the stages first find the few positions
where a match can start and then try the pattern there (:func:`matches_at`): the same matches as
``pattern.finditer`` at a fraction of the cost (measured on ANT articles; see
``docs/benchmarks/ingest.md``).

Caveat of ``str.find`` with one character: on a UCS-2 string CPython looks for the needle's low
byte with ``memchr`` first, so a character whose low byte is that of a common Arabic letter (the
ASCII digits 0x30–0x39 share theirs with ذ ر ز س ش ص ض ط ظ ع) is slower to find than one that is
rare; it still beats a class scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def char_positions(text: str, chars: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """Sorted positions of any of ``chars`` (single characters) in ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[int] = []
    find = text.find
    for ch in chars:
        i = find(ch, start, end)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1, end)
    out.sort()
    return out


def literal_positions(text: str, literals: Iterable[str]) -> list[int]:
    """Sorted distinct positions where one of ``literals`` (non-empty strings) starts in ``text``."""
    out: set[int] = set()
    find = text.find
    for lit in literals:
        i = find(lit)
        while i >= 0:
            out.add(i)
            i = find(lit, i + 1)
    return sorted(out)


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, 0, end)`` gives, trying ``pattern`` only at ``starts``:
    sorted positions that include every position where ``pattern`` can begin a match (a pattern
    that cannot match the empty string). Like ``finditer``, a start inside the previous match is
    skipped (the scan resumes at a match's end). Look-behinds still see the text before a start."""
    last = 0
    match = pattern.match
    end = len(text) if end is None else end
    for p in starts:
        if p < last:
            continue
        m = match(text, p, end)
        if m is not None:
            last = m.end()
            yield m
