"""Word, number and punctuation tokens over raw character offsets (one compiled regex, ``finditer``).

Token kinds, tried in this order (see :data:`TOKEN_RE`):

* ``url`` — ``http(s)://…`` or ``www.…``, trailing sentence punctuation left out;
* ``email`` — ``name@host.tld``;
* ``hashtag`` / ``handle`` — ``#`` or ``@`` and the tag, kept whole with underscores, harakat,
  shadda, tatweel and ZWNJ inside (``#مهرجان_كان``, ``#سوريّا``);
* ``number`` — digits of any script with decimal/thousands separators inside
  (``3.5``, ``٣٫٥``, ``1,000``, ``٢٠١٠``);
* ``word`` — letters of any script with harakat, tatweel, ZWNJ/ZWJ inside (``مُحَمَّد``, ``جميـــلا``,
  ``Lavrov``); an apostrophe between Latin letters stays inside (``don't``);
* ``punct`` — an ellipsis or a run of ``!``/``?``/``؟`` as one token, otherwise one character.

BiDi controls and spaces are never tokens. Nothing is split inside a word: clitics (``وال``, ``ب``)
stay attached — splitting them is the analyzer's job (:mod:`marsad.search`).
"""

from __future__ import annotations

import re

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff"
_JOINERS = "\u0640\u200c\u200d"
_LETTER = r"[^\W\d_]"
_INVISIBLE = "\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad\u2060"

#: One alternation, first match wins; group names are the token kinds.
TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>"«»]*[^\s<>"«».,،؛:;!?؟)\]'])
  | (?P<email>(?<![\w.+-])[\w.+-]{{1,64}}@[\w-]+(?:\.[\w-]+)+)
  | (?P<hashtag>\#(?:[\w{_MARKS}{_JOINERS}])+)
  | (?P<handle>@\w+)
  | (?P<number>\d+(?:[.,٫٬]\d+)*)
  | (?P<word>(?:{_LETTER}|[{_MARKS}{_JOINERS}])+(?:['’]{_LETTER}+)*)
  | (?P<punct>\.{{2,}}|[!?؟]+|[^\s\w{_INVISIBLE}]|_)
    """,
    re.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Tokens of ``text[start:end]`` as raw ``(start, end)`` offsets, in order, non-overlapping."""
    end = len(text) if end is None else end
    return [m.span() for m in TOKEN_RE.finditer(text, start, end)]


def tokenize_with_kinds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Like :func:`tokenize` with the kind of each token (``word``, ``number``, ``punct``, ``url``,
    ``email``, ``hashtag``, ``handle``)."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.lastgroup or "punct") for m in TOKEN_RE.finditer(text, start, end)]
