"""Folding a date string for matching: digits to ASCII, invisible marks and harakat deleted.

:func:`fold` is the one normalisation every date rule sees. It is a short chain of C-level
``str.replace`` calls (no per-character Python loop) and does:

* Arabic-Indic digits U+0660–0669 and Persian (Extended Arabic-Indic) digits U+06F0–06F9 → ASCII
  (so ``+۰۳:۰۰`` becomes ``+03:00``, ``١١/١١/٢٠٠١`` becomes ``11/11/2001``);
* Arabic decimal separator ``٫`` (U+066B) → ``.``;
* deleted: BiDi marks and embeddings (LRM U+200E, RLM U+200F, ALM U+061C, U+202A–U+202E,
  U+2066–U+2069), zero-width characters (U+200B–U+200D, U+FEFF), tatweel U+0640, harakat /
  tanween / shadda / sukun (U+064B–U+0652) and the superscript alef U+0670;
* folded one-to-one: alef forms ``أ إ آ ٱ`` → ``ا``, ``ى`` → ``ي``, ``ة`` → ``ه``, no-break
  spaces → space.

Because deletions shift offsets, :func:`fold_with_map` also returns a function mapping an index of
the folded string back to the raw string (bisect over the few deleted positions; no per-character
map is built). Unicode code points: The Unicode Standard, ch. 9 (Arabic) and UAX #9 (BiDi).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from marsad.text.normalize import BIDI_CONTROLS, HARAKAT, LETTER_FOLDS, TATWEEL
from marsad.text.scan import char_positions, compiled_translation

_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}
#: Characters deleted before matching: BiDi controls, zero-width space/joiners, tatweel, harakat and superscript alef U+0670 (the
#: tables of :mod:`marsad.text.normalize`, not a copy).
DELETED_CHARS = BIDI_CONTROLS + "\u200b\u200c\u200d" + TATWEEL + HARAKAT + "\u0670"
_ONE_TO_ONE = {
    **LETTER_FOLDS,
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "٫": ".",
}
_FOLD_TABLE: dict[int, str | None] = dict(_DIGITS)
_FOLD_TABLE.update({ord(k): v for k, v in _ONE_TO_ONE.items()})
_FOLD_TABLE.update({ord(c): None for c in DELETED_CHARS})

_DELETED_RE = re.compile("[" + DELETED_CHARS + "]")
#: The same table as (character, replacement) pairs: a chain of ``in`` + ``str.replace`` calls is
#: ~15× faster than ``str.translate`` with a non-Latin-1 table on a 3,000-character article
#: (12 µs against 180 µs; each call is a C loop and most characters are absent).
_REPLACEMENTS: tuple[tuple[str, str], ...] = tuple((chr(k), v or "") for k, v in _FOLD_TABLE.items())


def fold_python(s: str) -> str:
    """Return ``s`` folded for date matching (see the module docstring); never raises. (The
    reference of :func:`fold`.)"""
    if s.isascii():
        return s
    for char, repl in _REPLACEMENTS:
        if char in s:
            s = s.replace(char, repl)
    return s


_FOLD_COMPILED = compiled_translation(_FOLD_TABLE)
#: :func:`fold` with the deleted positions, in one compiled pass (``(folded, q)``, see
#: :func:`fold_with_map`), when the table deletes exactly :data:`DELETED_CHARS`; else ``None``.
_FOLD_WITH_MAP = (
    compiled_translation(_FOLD_TABLE, with_map=True)
    if {k for k, v in _FOLD_TABLE.items() if not v} == set(map(ord, DELETED_CHARS))
    else None
)


def fold(s: str) -> str:
    """Return ``s`` folded for date matching (see the module docstring); never raises. One
    compiled pass (:mod:`marsad._speedups.scan`) when it is built, else :func:`fold_python`
    (same result: no replacement is itself folded or deleted)."""
    if s.isascii():
        return s
    if _FOLD_COMPILED is not None:
        return _FOLD_COMPILED(s)
    return fold_python(s)


def to_ascii_digits(s: str) -> str:
    """Only the digit part of :func:`fold`: Arabic-Indic and Persian digits → ASCII (same length)."""
    return s.translate(_DIGITS)


def fold_with_map(s: str) -> tuple[str, Callable[[int], int]]:
    """Fold ``s`` and return ``(folded, to_raw)`` where ``to_raw(i)`` is the raw index of folded
    index ``i`` (for ``i == len(folded)`` it returns ``len(s)``). Use ``to_raw(end - 1) + 1`` for
    an exclusive end offset."""
    if _FOLD_WITH_MAP is not None and _FOLD_COMPILED is not None and not s.isascii():
        # one compiled pass folds and lists the deleted positions
        folded, q = _FOLD_WITH_MAP(s)
        if not q:
            return folded, _identity
    else:
        folded = fold(s)
        if len(folded) == len(s):
            return folded, _identity
        # q[j] = number of kept characters before the j-th deleted position
        if _FOLD_COMPILED is not None:  # one C pass instead of a character-class scan (~20 µs)
            q = [p - j for j, p in enumerate(char_positions(s, DELETED_CHARS))]
        else:
            q = [m.start() - j for j, m in enumerate(_DELETED_RE.finditer(s))]
    n = len(folded)
    raw_len = len(s)

    def to_raw(i: int) -> int:
        if i >= n:
            return raw_len
        return i + bisect_right(q, i)

    return folded, to_raw


def _identity(i: int) -> int:
    return i
