"""Tokens of the quotes stage's phrases: :data:`TOKEN_RE` and :func:`phrase_tokens`.

A token is a word (letters, digits, harakat, tatweel, ZWNJ, full stops inside it, format characters
such as RLM or a soft hyphen between its letters, an optional ``#`` before it) or one punctuation mark; a word glued to a full stop is read as the word and the stop, an
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
from marsad.text.letters import format_char_class

#: The characters of a word token besides the full stop: ``\w``, tatweel, harakat, dagger alef, ZWNJ.
_WORD_CHARS = r"\w\u0640\u064b-\u065f\u0670\u200c"
#: The format characters (Unicode Cf and NUL, :data:`marsad.text.letters.FORMAT_CHARS`) but ZWNJ (a
#: word character already): a run of them between a word character and a word character other than
#: the full stop is inside the word (``الص<RLM>فدي`` is one token, ``الص<U+00AD>فدي`` too); elsewhere each
#: is a mark of its own, as before (fmt24).
_FORMAT = format_char_class("\u200c")
#: One word token: word characters and full stops, runs of format characters inside.
_WORD_TOKEN = rf"#?[{_WORD_CHARS}.]+(?:[{_FORMAT}]+[{_WORD_CHARS}][{_WORD_CHARS}.]*)*"

#: A format character of :data:`_FORMAT` (a cut token holding one may be more than one token).
_FORMAT_CHAR_RE = re.compile(f"[{_FORMAT}]")

#: Tokens of a subject phrase: words (letters, digits, harakat, tatweel, ZWNJ; format characters
#: inside, see :data:`_FORMAT`) or one punctuation mark.
TOKEN_RE = re.compile(rf"{_WORD_TOKEN}|[^\w\s]")


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
        if _scan_part(out, text, start, e, limit):
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
        _scan_part(out, text, starts[b], endpos, limit)
    return out


def _scan_part(out: list[tuple[int, int, str]], text: str, s: int, e: int, limit: int) -> bool:
    """Append the tokens of the direct scan of ``text[s:e]``, a part of one token of the whole text cut
    by a sub-span's boundary, until ``out`` holds ``limit`` entries (then ``True``). Usually the part
    is one token; a run of format characters inside the word makes it more (``بت<RLE>1`` cut after
    ``ت`` is the mark and the digit, cut before ``1`` the word and the mark)."""
    if e - s == 1 or _FORMAT_CHAR_RE.search(text, s, e) is None:
        _split_dot(out, s, e, text[s:e])
        return len(out) >= limit
    for m in TOKEN_RE.finditer(text, s, e):
        _split_dot(out, m.start(), m.end(), m.group())
        if len(out) >= limit:
            return True
    return False


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
_SPACED_TOKEN_RE = re.compile(rf"(\s*)({_WORD_TOKEN}|[^\w\s])")
#: A full stop that ends a token (the next character is no token character, nor a run of format
#: characters before a word character): where a token may split.
_TOKEN_FINAL_DOT_RE = re.compile(rf"\.(?![{_WORD_CHARS}.]|[{_FORMAT}]+[{_WORD_CHARS}])")

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


# -- parts of a window (speed26): the readers that use a window's first tokens only ---------------
# Each is defined by :func:`phrase_tokens`; the compiled forms make only the entries returned (a
# window's tokens after the part read cost an allocation each and were thrown away).


def phrase_tokens_before_python(text: str, start: int, limit: int, stop: int) -> list[tuple[int, int, str]]:
    """``[t for t in phrase_tokens(text, start, limit) if t[0] < stop]``: the window's entries that
    start before ``stop`` (a prefix of the window: its entries are in text order)."""
    return [t for t in phrase_tokens(text, start, limit) if t[0] < stop]


def phrase_tokens_within_python(text: str, start: int, limit: int, stop: int) -> list[tuple[int, int, str]]:
    """``[t for t in phrase_tokens(text, start, limit) if t[1] <= stop]``: the window's entries that
    end at or before ``stop`` (a prefix of the window)."""
    return [t for t in phrase_tokens(text, start, limit) if t[1] <= stop]


def phrase_tokens_head_python(text: str, start: int, limit: int, count: int) -> list[tuple[int, int, str]]:
    """A head of ``phrase_tokens(text, start, limit)`` holding at least its first ``count`` entries (or
    all of them), for :func:`phrase_tokens_more` to extend as far as a reader goes. This reference
    returns the whole window; the compiled one stops after ``count`` entries."""
    return phrase_tokens(text, start, limit)


def phrase_tokens_more_python(
    text: str, start: int, limit: int, toks: list[tuple[int, int, str]], count: int,
) -> bool:
    """Extend ``toks``, a head of ``phrase_tokens(text, start, limit)``, by at least its next ``count``
    entries (or the rest of the window); ``True`` when ``toks`` is then the whole window. This
    reference extends it to the whole window."""
    toks[len(toks) :] = phrase_tokens(text, start, limit)[len(toks) :]
    return True


#: ``phrase_tokens_before(text, start, limit, stop)``: compiled or :func:`phrase_tokens_before_python`.
phrase_tokens_before = _COMPILED.phrase_tokens_before if _COMPILED is not None else phrase_tokens_before_python
#: ``phrase_tokens_within(text, start, limit, stop)``: compiled or :func:`phrase_tokens_within_python`.
phrase_tokens_within = _COMPILED.phrase_tokens_within if _COMPILED is not None else phrase_tokens_within_python
#: ``phrase_tokens_head(text, start, limit, count)``: compiled or :func:`phrase_tokens_head_python`.
phrase_tokens_head = _COMPILED.phrase_tokens_head if _COMPILED is not None else phrase_tokens_head_python
#: ``phrase_tokens_more(text, start, limit, toks, count) -> bool``: compiled or
#: :func:`phrase_tokens_more_python`.
phrase_tokens_more = _COMPILED.phrase_tokens_more if _COMPILED is not None else phrase_tokens_more_python


# -- whole-text word helpers (speed23) ------------------------------------------------------------
# Python references of three loops of the stage that read every word of an article or of its first
# lines; the compiled ``marsad._speedups.quotes`` has the same functions (``tests/test_quotes_speed.py``
# compares both paths on random and real text). Each is a function of its arguments alone.

#: The one-character tokens of :func:`mark_tokens`: each stands alone, the rest splits at white space.
MARK_TOKEN_PUNCT = "\"«»“”'،,.:;؛!?؟()"


def mark_tokens_python(text: str) -> list[str]:
    r"""The tokens of ``[^\s"«»“”'،,.:;؛!?؟()]+|["«»“”'،,.:;؛!?؟()]`` in ``text`` with each line break
    read as a full stop (``findall(text.replace("\n", " . "))``, the same list): each mark of
    :data:`MARK_TOKEN_PUNCT` padded with spaces, then ``str.split()`` (white space as
    :meth:`str.isspace`). The article's tokens of ``marsad.quotes.repair`` (speed14)."""
    text = text.replace("\n", " . ")
    for ch in MARK_TOKEN_PUNCT:
        if ch in text:
            text = text.replace(ch, " " + ch + " ")
    return text.split()


#: The pattern :func:`mark_tokens` equals (without its line breaks read as full stops).
MARK_TOKEN_RE = re.compile(r"[^\s\"«»“”'،,.:;؛!?؟()]+|[\"«»“”'،,.:;؛!?؟()]")


def mark_token_offsets_python(text: str) -> list[tuple[int, str]]:
    """``[(m.start(), m.group()) for m in MARK_TOKEN_RE.finditer(text)]``: the article's words and
    marks with their offsets (``marsad.quotes.canonical``)."""
    return [(m.start(), m.group()) for m in MARK_TOKEN_RE.finditer(text)]


def feminine_keys_python(bare: list[str]) -> list[str]:
    """``repair._feminine_key`` of each bare token: a final ``ة``/``ه`` dropped from a token of more
    than 3 characters."""
    return [w[:-1] if len(w) > 3 and w.endswith(("ة", "ه")) else w for w in bare]


def word_count_python(text: str, start: int | None = None, end: int | None = None) -> int:
    """``len(text[start:end].split())``: the words of a slice, split at white space."""
    return len(text[start:end].split())


def bare_forms_python(folded: list[str]) -> list[str]:
    """``repair._bare`` of each folded token: a ``و``/``ف`` before ``ال`` dropped, then ``ال``, each only
    from a token of more than 3 characters (``والوزير`` → ``وزير``, ``ال`` → ``ال``)."""
    out: list[str] = []
    for w in folded:
        if len(w) > 3 and w[0] in "وف" and w[1:3] == "ال":
            w = w[1:]
        if len(w) > 3 and w.startswith("ال"):
            w = w[2:]
        out.append(w)
    return out


def repeated_lines_python(text: str, spans: list[tuple[int, int]], threshold: float) -> list[int]:
    """The indices of the ``(start, end)`` lines of ``text`` that repeat an earlier line not itself
    dropped: a line of at least 4 distinct words (``str.split``) whose word set has a Jaccard
    similarity at or above ``threshold`` with such a line's. Ascending; usually empty."""
    dropped: list[int] = []
    seen: list[tuple[int, set[str]]] = []
    t = threshold
    for k, (s, e) in enumerate(spans):
        words = set(text[s:e].split())
        # |A ∪ B| = |A| + |B| - |A ∩ B|: the union is counted, not built; and two sets whose sizes
        # differ more than the threshold allows (|A ∩ B| <= min, |A ∪ B| >= max) are not intersected
        n = len(words)
        if n >= 4 and _repeats(words, n, seen, t):
            dropped.append(k)
            continue
        seen.append((n, words))
    return dropped


def _repeats(words: set[str], n_words: int, seen: list[tuple[int, set[str]]], t: float) -> bool:
    for m, other in seen:
        # t * max(n, m) <= min(n, m), written out (a plain loop: no generator per line)
        if t * (m if m > n_words else n_words) <= (n_words if m > n_words else m):
            common = len(words & other)
            if common >= t * (n_words + m - common):
                return True
    return False


#: The tokens of names read before an offset (``speakers.SpeakerBook._lead_before``): a word (``\w``
#: and the harakat; a run of format characters between two such characters inside, as in
#: :data:`TOKEN_RE`) or one mark.
NAME_TOKEN_RE = re.compile(rf"[\w\u064b-\u065f\u0670]+(?:[{format_char_class()}]+[\w\u064b-\u065f\u0670]+)*|[^\w\s]")


def name_tokens_python(text: str, lo: int, hi: int) -> list[str]:
    """``NAME_TOKEN_RE.findall(text, lo, hi)``."""
    return NAME_TOKEN_RE.findall(text, lo, hi)


def indices_of_python(items: list, value) -> list[int]:
    """``[k for k, x in enumerate(items) if x == value]``."""
    return [k for k, x in enumerate(items) if x == value]


def indices_in_python(items: list, values) -> list[int]:
    """``[k for k, x in enumerate(items) if x in values]`` (``values`` a set or frozenset)."""
    return [k for k, x in enumerate(items) if x in values]


#: ``mark_tokens(text) -> list[str]``: the compiled scan when available, else :func:`mark_tokens_python`.
mark_tokens = _COMPILED.mark_tokens if _COMPILED is not None else mark_tokens_python
#: ``bare_forms(folded) -> list[str]``: compiled or :func:`bare_forms_python`.
bare_forms = _COMPILED.bare_forms if _COMPILED is not None else bare_forms_python
#: ``repeated_lines(text, spans, threshold) -> list[int]``: compiled or :func:`repeated_lines_python`.
repeated_lines = _COMPILED.repeated_lines if _COMPILED is not None else repeated_lines_python
#: ``name_tokens(text, lo, hi) -> list[str]``: compiled or :func:`name_tokens_python`.
name_tokens = _COMPILED.name_tokens if _COMPILED is not None else name_tokens_python
#: ``indices_of(items, value) -> list[int]``: compiled or :func:`indices_of_python`.
indices_of = _COMPILED.indices_of if _COMPILED is not None else indices_of_python
#: ``indices_in(items, values) -> list[int]``: compiled or :func:`indices_in_python`.
indices_in = _COMPILED.indices_in if _COMPILED is not None else indices_in_python
#: ``mark_token_offsets(text) -> list[(start, token)]``: compiled or :func:`mark_token_offsets_python`.
mark_token_offsets = _COMPILED.mark_token_offsets if _COMPILED is not None else mark_token_offsets_python
#: ``feminine_keys(bare) -> list[str]``: compiled or :func:`feminine_keys_python`.
feminine_keys = _COMPILED.feminine_keys if _COMPILED is not None else feminine_keys_python
#: ``word_count(text, start=None, end=None) -> int``: compiled or :func:`word_count_python`.
word_count = _COMPILED.word_count if _COMPILED is not None else word_count_python
