"""Tokens of the quotes stage's phrases: :data:`TOKEN_RE` and :func:`phrase_tokens`.

A token is a word (letters, digits, harakat, tatweel, ZWNJ, full stops inside it, an optional ``#``
before it) or one punctuation mark; a word glued to a full stop is read as the word and the stop, an
abbreviated title (``د.``) as one token. The stage reads a few to 60 tokens from a position ~100,000
times per 3,000 ANT articles (after each cue: its subject, its complement, an apposition before it).

Three equal ways (``tests/test_quotes_tokens.py`` compares them on every sub-span of mixed, random and
real text): :func:`scan_phrase_tokens`, a direct scan with :data:`TOKEN_RE` (the reference);
:func:`phrase_tokens_python`, which reads the tokens of a sub-span from one tokenisation of the whole
text (:func:`text_tokens`, made once per text), and :func:`phrase_tokens`, which is the compiled scan
of ``marsad._speedups.quotes`` (``src/marsad/_speedups/quotes.pyx``: one C loop per call, the same
character classes as the pattern) when it is built and current, else :func:`phrase_tokens_python`.
The compiled module is built from this file's rule (``_speedups/_manifest.py``): a change here
makes the build stale (not used, one warning) until it is rebuilt.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain

from marsad import _speedups

#: Tokens of a subject phrase: words (letters, digits, harakat, tatweel, ZWNJ) or one punctuation mark.
TOKEN_RE = re.compile(r"#?[\w\u0640\u064b-\u065f\u0670\u200c.]+|[^\w\s]")


def phrase_tokens_python(text: str, start: int, limit: int = 14) -> list[tuple[int, int, str]]:
    """Up to ``limit`` tokens of ``text`` from ``start`` as ``(start, end, token)`` (local offsets).

    The tokens of :data:`TOKEN_RE` scanned from ``start`` to ``start + 16 * limit`` (a word glued to a
    full stop is two tokens, ``د.`` one; ``limit + 1`` tokens when the last one splits so). Read from
    the text's shared tokenisation (:func:`text_tokens`, made once per text): a sub-span's tokens are
    the whole text's tokens between its offsets, except a token that a boundary of the sub-span cuts,
    which is read as the scan reads it (its part inside). Equal to :func:`scan_phrase_tokens`, the
    direct scan, for every ``text``, ``start`` and ``limit`` (``tests/test_quotes_tokens.py``).
    :func:`phrase_tokens` is this function or its compiled equal."""
    toks = _TOKENS_CACHE.get(text)
    if toks is None:
        if limit < _SHARED_TOKENS_MIN_LIMIT or start < 0:
            return scan_phrase_tokens(text, start, limit)
        toks = text_tokens(text)
    elif limit <= 0 or start < 0:
        return scan_phrase_tokens(text, start, limit)
    starts, ends, proc, first = toks
    endpos = min(len(text), start + 16 * limit)
    i = bisect_right(ends, start)  # the first token that ends after start
    n = len(starts)
    out: list[tuple[int, int, str]] = []
    if i < n and starts[i] < start:  # start cuts this token: the scan reads its part from start
        e = min(ends[i], endpos)
        _split_dot(out, start, e, text[start:e])
        if len(out) >= limit:
            return out
        i += 1
    need = limit - len(out)
    b = bisect_right(ends, endpos, i)  # tokens i .. b-1 lie inside [start, endpos)
    if first is None:  # no token splits: one entry per token
        j = i + need
        if j <= b:
            if out:
                out += proc[i:j]
                return out
            return proc[i:j]
        out += proc[i:b]
    else:
        j = bisect_left(first, first[i] + need, i + 1)  # tokens i .. j-1 give at least ``need`` entries
        if j <= b:
            out += proc[first[i] : first[j]]
            return out
        out += proc[first[i] : first[b]]
    if b < n and starts[b] < endpos:  # endpos cuts this token: the scan reads its part before endpos
        _split_dot(out, starts[b], endpos, text[starts[b] : endpos])
    return out


def scan_phrase_tokens(text: str, start: int, limit: int = 14) -> list[tuple[int, int, str]]:
    """:func:`phrase_tokens` by a direct scan of ``text[start : start + 16 * limit]`` (the reference)."""
    out: list[tuple[int, int, str]] = []
    for m in TOKEN_RE.finditer(text, start, min(len(text), start + 16 * limit)):
        _split_dot(out, m.start(), m.end(), m.group())
        if len(out) >= limit:
            break
    return out


def _split_dot(out: list[tuple[int, int, str]], s: int, e: int, tok: str) -> None:
    """Append the token ``text[s:e] == tok`` to ``out``: a word glued to a full stop as the word and
    the stop, an abbreviated title (``د.`` of ``د. نايف الحجرف``) as one token."""
    if tok.endswith(".") and len(tok) == 2 and tok[0].isalpha():
        out.append((s, e, tok))  # an abbreviated title (د. نايف الحجرف): one token
    elif tok.endswith(".") and len(tok) > 1:  # a word glued to a full stop: stop before the dot
        out.append((s, e - 1, tok[:-1]))
        out.append((e - 1, e, "."))
    else:
        out.append((s, e, tok))


#: :data:`TOKEN_RE` with the white space before each token: every character of a text is white space
#: or part of a token, so the matches tile the text and the lengths give the offsets.
_SPACED_TOKEN_RE = re.compile(r"(\s*)(#?[\w\u0640\u064b-\u065f\u0670\u200c.]+|[^\w\s])")
#: A full stop that ends a token (the next character is no token character): where a token may split.
_TOKEN_FINAL_DOT_RE = re.compile(r"\.(?![\w\u0640\u064b-\u065f\u0670\u200c.])")

TextTokens = tuple[list[int], list[int], list[tuple[int, int, str]], "list[int] | None"]

#: :func:`text_tokens` per text (paragraph or whole article; cleared when full).
_TOKENS_CACHE: dict[str, TextTokens] = {}
_TOKENS_CACHE_SIZE = 64
#: A text is tokenised whole for the first call that reads at least this many tokens of it; calls for
#: fewer scan directly until then (one token after a cue does not pay for a paragraph's tokenisation).
_SHARED_TOKENS_MIN_LIMIT = 4


def text_tokens(text: str) -> TextTokens:
    """The shared tokenisation of ``text``: ``(starts, ends, entries, first)`` where ``starts``/``ends``
    are the offsets of the :data:`TOKEN_RE` tokens of the whole text (ascending), ``entries`` the
    ``(start, end, token)`` entries of :func:`phrase_tokens` for them all, and ``first[k]`` the index in
    ``entries`` of token ``k``'s first entry (``None`` when no token splits at a full stop, then it is
    ``k``). Made with C-level passes (one ``findall``, the lengths accumulated); kept per text."""
    flat = list(chain.from_iterable(_SPACED_TOKEN_RE.findall(text)))
    cum = list(accumulate(map(len, flat), initial=0))
    starts = cum[1::2]
    ends = cum[2::2]
    words = flat[1::2]
    proc = list(zip(starts, ends, words, strict=True))
    first: list[int] | None = None
    if "." in text:
        splits = []
        for m in _TOKEN_FINAL_DOT_RE.finditer(text):
            k = bisect_left(ends, m.end())
            tok = words[k]
            if len(tok) > 1 and not (len(tok) == 2 and tok[0].isalpha()):
                splits.append(k)
        if splits:
            widths = [1] * len(words)
            for k in reversed(splits):
                s, e, tok = proc[k]
                proc[k : k + 1] = [(s, e - 1, tok[:-1]), (e - 1, e, ".")]
                widths[k] = 2
            first = list(accumulate(widths, initial=0))
    out = (starts, ends, proc, first)
    if len(_TOKENS_CACHE) >= _TOKENS_CACHE_SIZE:
        _TOKENS_CACHE.clear()
    _TOKENS_CACHE[text] = out
    return out


#: The compiled ``marsad._speedups.quotes`` when built and current (``None``: the Python path).
_COMPILED = _speedups.load("quotes")

#: ``phrase_tokens(text, start, limit=14) -> list[(start, end, token)]``: up to ``limit`` tokens of
#: ``text`` from ``start`` (local offsets; ``limit + 1`` when the last one splits at a full stop), read
#: in ``text[start : start + 16 * limit]``: the compiled scan when available, else
#: :func:`phrase_tokens_python`; both equal :func:`scan_phrase_tokens`.
phrase_tokens = _COMPILED.phrase_tokens if _COMPILED is not None else phrase_tokens_python
