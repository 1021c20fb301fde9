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
from collections.abc import Callable, Iterable, Iterator
from typing import Any


def char_positions_python(
    text: str, chars: Iterable[str], start: int = 0, end: int | None = None
) -> list[int]:
    """Sorted positions of any of ``chars`` (single characters) in ``text[start:end]`` (the
    reference of :func:`char_positions`)."""
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


def _compiled_scan():  # -> marsad._speedups.scan, or None (the Python code is used)
    from marsad import _speedups

    return _speedups.load("scan")


_SCAN = _compiled_scan()
#: ``chars`` (a str of distinct characters) → its compiled character set.
_CHARSETS: dict[str, object] = {}


def char_positions_compiled(
    text: str, chars: Iterable[str], start: int = 0, end: int | None = None
) -> list[int]:
    """:func:`char_positions_python` by one C loop over ``text[start:end]`` (same result) when
    ``chars`` is a string of distinct characters and ``start``/``end`` are not negative; else the
    Python code. The ten digits cost ten ``str.find`` loops in Python (each slowed by ``memchr``
    stopping at every Arabic letter that shares a digit's low byte), one pass here."""
    cs = _CHARSETS.get(chars) if type(chars) is str else None  # type: ignore[arg-type]
    if cs is None:
        if type(chars) is not str or len(set(chars)) != len(chars):  # type: ignore[arg-type]
            return char_positions_python(text, chars, start, end)
        cs = _CHARSETS[chars] = _SCAN.CharSet(chars)  # type: ignore[union-attr, index]
    if end is None:
        end = len(text)
    if end < 0 or start < 0:
        return char_positions_python(text, chars, start, end)
    return cs.positions(text, start, end)  # type: ignore[attr-defined]


#: ``(chars_a, chars_b)`` (two strings of distinct characters, no character in both) → the compiled
#: set of their union and the set of ``chars_a``.
_SPLIT_SETS: dict[tuple[str, str], tuple[object, object]] = {}


def char_positions_two(
    text: str, chars_a: str, chars_b: str, start: int, end: int
) -> tuple[list[int], list[int]]:
    """``(char_positions(text, chars_a, start, end), char_positions(text, chars_b, start, end))``
    in one compiled pass over the text (``chars_a`` and ``chars_b``: strings of distinct
    characters, none in both; ``start``, ``end`` not negative), else the two calls."""
    sets = _SPLIT_SETS.get((chars_a, chars_b))
    if sets is None:
        if (
            _SCAN is None
            or set(chars_a) & set(chars_b)
            or len(set(chars_a + chars_b)) != len(chars_a + chars_b)
        ):
            return char_positions(text, chars_a, start, end), char_positions(text, chars_b, start, end)
        sets = _SPLIT_SETS[(chars_a, chars_b)] = (_SCAN.CharSet(chars_a + chars_b), _SCAN.CharSet(chars_a))
    if start < 0 or end < 0:
        return char_positions(text, chars_a, start, end), char_positions(text, chars_b, start, end)
    return sets[0].positions_split(text, start, end, sets[1])  # type: ignore[attr-defined, no-any-return]


#: Sorted positions of any of ``chars`` (single characters) in ``text[start:end]``: the compiled
#: scan when it is built and current (:mod:`marsad._speedups`), else the Python code.
char_positions = char_positions_compiled if _SCAN is not None else char_positions_python


def compiled_translation(
    table: dict[int, str | None], *, with_map: bool = False
) -> Callable[[str], Any] | None:
    """A compiled one-pass translation by ``table`` (code point → one or two characters, or
    ``""``/``None`` to delete; at most 64 two-character values: the lam-alef ligatures ``ﻻ`` → ``لا``),
    or ``None`` when the compiled scan is not available or the table does not suit one pass (a
    value holding a key, a value longer than two characters, a code point above U+FFFF). Equal to
    ``s.translate(table)`` when it is returned. ``with_map``: the function returns
    ``(translated, q)``, ``q[j]`` the raw position of the ``j``-th deleted character less ``j``
    (one-character values only: ``None`` for a table with a two-character value)."""
    if _SCAN is None:
        return None
    if with_map and any(v is not None and len(v) > 1 for v in table.values()):
        return None
    try:
        table_ = _SCAN.Table(dict(table))
        return table_.translate_with_map if with_map else table_.translate  # type: ignore[no-any-return]
    except ValueError:
        return None


def compiled_strip_span(chars: str) -> Callable[[str, int, int], tuple[int, int] | None] | None:
    """A compiled ``strip_span(text, start, end)``: ``[start, end)`` without the characters of
    ``chars`` at either end, as offsets, or ``None`` when only such characters are there
    (``text[start:end].strip(chars)`` without making the slices); ``None`` when the compiled scan
    is not available."""
    if _SCAN is None:
        return None
    return _SCAN.CharSet(chars).strip_span  # type: ignore[no-any-return]


#: ``word_lines(text, start, end)``: the stripped lines of ``text[start:end]`` that hold a word
#: character, in one compiled pass (see :mod:`marsad._speedups.scan`), or ``None``.
compiled_word_lines: Callable[[str, int, int], list[tuple[int, int]]] | None = (
    None if _SCAN is None else _SCAN.word_lines
)


#: ``space_run(text, start, end, n)``: where the first run of ``n`` or more white-space characters
#: other than ``\n`` starts in ``text[start:end]``, or -1 (``re.search(r"[^\S\n]{n,}", …)``, which
#: the regex engine tries at every character: ~25 µs on an ANT article, one C pass here), or ``None``.
compiled_space_run: Callable[[str, int, int, int], int] | None = None if _SCAN is None else _SCAN.space_run


def compiled_char_positions(chars: str) -> Callable[[str, int, int], list[int]] | None:
    """The compiled ``positions(text, start, end)`` of the character set ``chars`` (a string of
    distinct characters): :func:`char_positions` of ``text[start:end]`` (``start``, ``end`` not
    negative; ``end`` past the text is clamped) without the look-up and checks of
    :func:`char_positions_compiled` per call, for callers that scan every line; ``None`` when the
    compiled scan is not available (the caller then uses :func:`char_positions`)."""
    if _SCAN is None:
        return None
    return _SCAN.CharSet(chars).positions  # type: ignore[no-any-return]


def compiled_contains_any(chars: str) -> Callable[[str], bool] | None:
    """A compiled ``contains_any(text)``: ``any(c in text for c in chars)`` in one pass (one scan
    per character otherwise), or ``None`` when the compiled scan is not available."""
    if _SCAN is None:
        return None
    return _SCAN.CharSet(chars).contains_any  # type: ignore[no-any-return]


def compiled_byte_count(chars: bytes) -> Callable[[bytes], int] | None:
    """A compiled ``count(data)``: how many bytes of ``data`` (a ``bytes``) are among ``chars`` in
    one pass (``len(data) - len(data.translate(None, chars))`` copies the data), or ``None`` when
    the compiled scan is not available."""
    if _SCAN is None:
        return None
    return _SCAN.ByteSet(chars).count  # type: ignore[no-any-return]
