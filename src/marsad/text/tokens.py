"""Word, number and punctuation tokens over raw character offsets (one compiled regex, ``finditer``).

Token kinds, tried in this order (see :data:`TOKEN_RE`):

* ``url`` — ``http(s)://…`` or ``www.…``, trailing sentence punctuation left out;
* ``email`` — ``name@host.tld``;
* ``hashtag`` / ``handle`` — ``#`` or ``@`` and the tag, kept whole with underscores, harakat,
  shadda, tatweel and ZWNJ inside (``#مهرجان_كان``, ``#سوريّا``);
* ``number`` — digits of any script with decimal/thousands separators inside
  (``3.5``, ``٣٫٥``, ``1,000``, ``٢٠١٠``);
* ``word`` — letters of any script with harakat, tatweel, ZWNJ/ZWJ inside (``مُحَمَّد``, ``جميـــلا``,
  ``Lavrov``), and any other format character (Unicode Cf: RLM, ALM, soft hyphen …; and NUL) between
  two of its letters (``الص<RLM>فدي``); digits are not part of a word (``و2010`` → ``و`` ``2010``); an apostrophe followed by
  letters stays inside (``don't``);
* ``punct`` — an ellipsis or a run of ``!``/``?``/``؟`` as one token, otherwise one character
  (a stray run of harakat with no letter before it is one token too).

BiDi controls and spaces are never tokens. Nothing is split inside a word: clitics (``وال``, ``ب``)
stay attached — splitting them is the analyzer's job (:mod:`marsad.search`).
"""

from __future__ import annotations

import re

from marsad.text.letters import format_char_class

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08d3-\u08ff"
_JOINERS = "\u0640\u200c\u200d"
_LETTER = r"[^\W\d_]"
_INVISIBLE = "\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad\u2060"

#: The format characters (Unicode Cf and NUL, :data:`marsad.text.letters.FORMAT_CHARS`) but ZWNJ/ZWJ
#: (joiners already): a run of them between two letters, or between a letter and a haraka, is inside
#: the word (``الص<RLM>فدي``, ``الص<U+00AD>فدي``, ``الص<NUL>فدي`` are one word; fmt24). Elsewhere they are
#: no token (BiDi controls and the other invisibles) or one punctuation token (NUL, as before).
_FORMAT_IN_WORD = format_char_class("\u200c\u200d")

_COMMON = rf"""
    (?P<word>[^\W\d_]+(?:(?:[{_MARKS}{_JOINERS}]|[{_FORMAT_IN_WORD}]+(?=[^\W\d_]|[{_MARKS}]))+[^\W\d_]*)*(?:['’][^\W\d_]+)*)
  | (?P<number>\d+(?:[.,٫٬]\d+)*)
  | (?P<hashtag>\#[\w{_MARKS}{_JOINERS}]+)
  | (?P<handle>@\w+)
  | (?P<punct>\.{{2,}}|[!?؟]+|[{_MARKS}{_JOINERS}]+|[^\s\w{_INVISIBLE}]|_)
"""
#: One alternation, first match wins; group names are the token kinds. Words come first (most
#: tokens are words): a word is runs of letters joined by harakat, tatweel and ZWNJ/ZWJ
#: (``مُحَمَّد``, ``جميـــلا``); digits are not part of a word (``و2010`` is ``و`` + ``2010``).
TOKEN_RE = re.compile(_COMMON, re.VERBOSE)
#: The same with URLs and e-mail addresses tried first (used when the text has ``://``, ``www.``
#: or ``@``; otherwise they cannot occur and the shorter pattern is faster).
TOKEN_WITH_LINKS_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>"«»]*[^\s<>"«».,،؛:;!?؟)\]'])
  | (?P<email>(?<![\w.+-])[\w.+-]{{1,64}}@[\w-]+(?:\.[\w-]+)+)
  | {_COMMON}
    """,
    re.VERBOSE,
)


def _pattern(text: str, start: int, end: int) -> re.Pattern[str]:
    seg_has = text.find
    if seg_has("@", start, end) >= 0 or seg_has("://", start, end) >= 0 or seg_has("www.", start, end) >= 0:
        return TOKEN_WITH_LINKS_RE
    return TOKEN_RE


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Tokens of ``text[start:end]`` as raw ``(start, end)`` offsets, in order, non-overlapping."""
    end = len(text) if end is None else end
    return [m.span() for m in _pattern(text, start, end).finditer(text, start, end)]


def tokenize_with_kinds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Like :func:`tokenize` with the kind of each token (``word``, ``number``, ``punct``, ``url``,
    ``email``, ``hashtag``, ``handle``)."""
    end = len(text) if end is None else end
    pattern = _pattern(text, start, end)
    return [(m.start(), m.end(), m.lastgroup or "punct") for m in pattern.finditer(text, start, end)]
