# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled tokens of the quotes stage: ``phrase_tokens`` as one C loop per call.

The rule is ``marsad.quotes.tokens`` (the reference, used whenever this module is missing, stale or
disabled; ``tests/test_quotes_tokens.py`` compares both on every sub-span of mixed, random and real
text): the tokens of ``TOKEN_RE = #?[\\w\\u0640\\u064b-\\u065f\\u0670\\u200c.]+|[^\\w\\s]`` scanned in
``text[start : start + 16 * limit]``, a word glued to a full stop split into the word and the stop
(an abbreviated title such as ``د.`` kept whole), until ``limit`` entries. The character classes are
those of Python's ``re`` for a ``str`` pattern: ``\\w`` is ``Py_UNICODE_ISALNUM`` or ``_``, ``\\s``
``Py_UNICODE_ISSPACE``; ``str.isalpha`` is ``Py_UNICODE_ISALPHA``.

:class:`KeyWordScanner` finds whole words of a key set (``marsad.quotes.cues._CUE_WORD_RE``'s matches:
the cue words of a paragraph); its keys and character classes are given by the caller, so it mirrors
no rule of a Python module (``tests/test_quotes_speed.py`` compares it with the regex).
"""

cimport cython
from libc.stdint cimport uint32_t, uint64_t


cdef extern from *:
    """
    #ifndef MARSAD_SOURCE_HASH
    #define MARSAD_SOURCE_HASH ""
    #endif
    """
    const char *MARSAD_SOURCE_HASH


#: sha256 of this file and of ``quotes/tokens.py`` when it was built (setup.py passes it;
#: :func:`marsad._speedups.load` compares it with the sources now).
SOURCE_HASH = (<bytes>MARSAD_SOURCE_HASH).decode("ascii")


cdef extern from "Python.h":
    int PyUnicode_KIND(object o)
    void *PyUnicode_DATA(object o)
    Py_ssize_t PyUnicode_GET_LENGTH(object o)
    uint32_t PyUnicode_READ(int kind, void *data, Py_ssize_t index)
    object PyUnicode_Substring(object text, Py_ssize_t start, Py_ssize_t end)
    bint Py_UNICODE_ISSPACE(uint32_t ch)
    bint Py_UNICODE_ISALNUM(uint32_t ch)
    bint Py_UNICODE_ISALPHA(uint32_t ch)


cdef inline bint _is_word(uint32_t c) noexcept:
    """A character of a word token: ``[\\w\\u0640\\u064b-\\u065f\\u0670\\u200c.]``."""
    if c < 128:
        return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c == 95 or c == 46
    if c == 0x0640 or (0x064B <= c <= 0x065F) or c == 0x0670 or c == 0x200C:
        return True
    return Py_UNICODE_ISALNUM(c)


cdef inline void _append(list out, object text, Py_ssize_t s, Py_ssize_t e, int kind, void *data):
    """One token ``text[s:e]`` as :func:`marsad.quotes.tokens._split_dot` appends it."""
    cdef object tok
    if e - s > 1 and PyUnicode_READ(kind, data, e - 1) == 46:  # ends with a full stop
        if e - s == 2 and Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, s)):
            out.append((s, e, PyUnicode_Substring(text, s, e)))  # an abbreviated title (د.)
        else:
            out.append((s, e - 1, PyUnicode_Substring(text, s, e - 1)))
            out.append((e - 1, e, "."))
    else:
        out.append((s, e, PyUnicode_Substring(text, s, e)))


def phrase_tokens(str text, Py_ssize_t start, Py_ssize_t limit=14):
    """Up to ``limit`` tokens of ``text`` from ``start`` as ``(start, end, token)``; equal to
    ``marsad.quotes.tokens.scan_phrase_tokens`` (see the module docstring)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef Py_ssize_t endpos = start + 16 * limit
    cdef Py_ssize_t i, j
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef uint32_t c
    cdef list out = []
    if endpos > n:
        endpos = n
    if endpos < 0:
        endpos = 0
    i = start if start > 0 else 0  # (re clamps a negative position to 0)
    while i < endpos:
        c = PyUnicode_READ(kind, data, i)
        if _is_word(c):
            j = i + 1
            while j < endpos and _is_word(PyUnicode_READ(kind, data, j)):
                j += 1
        elif c == 35 and i + 1 < endpos and _is_word(PyUnicode_READ(kind, data, i + 1)):  # #word
            j = i + 2
            while j < endpos and _is_word(PyUnicode_READ(kind, data, j)):
                j += 1
        elif c < 128 and (c == 32 or 9 <= c <= 13 or 28 <= c <= 31):
            i += 1
            continue
        elif c >= 128 and Py_UNICODE_ISSPACE(c):
            i += 1
            continue
        else:
            j = i + 1  # one mark: [^\w\s]
        _append(out, text, i, j, kind, data)
        if len(out) >= limit:
            break
        i = j
    return out



cdef extern from "Python.h":
    int PySet_Contains(object anyset, object key) except -1


cdef inline bint _alnum(uint32_t c) noexcept:
    """``Py_UNICODE_ISALNUM``, with the ASCII and Arabic-letter (U+0621–U+064A) ranges answered
    without the Unicode table."""
    if c < 128:
        return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122)
    if 0x0621 <= c <= 0x064A:
        return True
    return Py_UNICODE_ISALNUM(c)


@cython.final
cdef class KeyWordScanner:
    """The matches of a whole-word key pattern, as one C loop: ``finditer`` of
    ``(?<![\\w B])(?:K1|K2|…)(?![\\w A])`` over ``text[start:stop]`` with the keys tried longest first
    (what ``marsad.quotes.cues._CUE_WORD_RE``, a trie of the keys, matches), where ``B`` are the
    characters of ``before`` and ``A`` those of ``after``. ``\\w`` is ``re``'s for a ``str`` pattern
    (``Py_UNICODE_ISALNUM`` or ``_``); the look-behind reads the character before ``start`` as ``re``
    does, the look-ahead does not read past ``stop``. The keys and the two classes are the caller's
    (the rule stays in the Python module); ``tests/test_quotes_speed.py`` compares both on real,
    random and edge-case text. A candidate word is looked up only when it is made of characters that
    occur in keys and a key has its length, first and last character (bit tables), so most words of
    a text cost no string."""

    cdef frozenset keys
    cdef Py_ssize_t maxlen
    cdef str before
    cdef str after
    cdef uint64_t filt[33][64]  # length → first char & 63 → bit (last char & 63)
    cdef unsigned char keychar[8192]  # bit per BMP code point: the character occurs in a key
    cdef bint astral  # a key holds a character above U+FFFF: keychar is not used

    def __init__(self, keys, str before, str after):
        cdef Py_ssize_t L
        self.keys = frozenset(keys)
        if not self.keys or any(not isinstance(k, str) or not k for k in self.keys):
            raise ValueError("KeyWordScanner: keys must be non-empty strings")
        self.maxlen = max(len(k) for k in self.keys)
        if self.maxlen > 32:
            raise ValueError("KeyWordScanner: keys longer than 32 characters")
        self.before = before
        self.after = after
        for L in range(33):
            for i in range(64):
                self.filt[L][i] = 0
        for k in self.keys:
            L = len(k)
            self.filt[L][ord(k[0]) & 63] |= (<uint64_t>1) << (ord(k[-1]) & 63)
        for i in range(8192):
            self.keychar[i] = 0
        self.astral = False
        for k in self.keys:
            for ch in k:
                if ord(ch) > 0xFFFF:
                    self.astral = True
                else:
                    self.keychar[ord(ch) >> 3] |= 1 << (ord(ch) & 7)

    cdef inline bint _key_char(self, uint32_t c) noexcept:
        return self.astral or (c <= 0xFFFF and (self.keychar[c >> 3] >> (c & 7)) & 1)

    cdef inline bint _in(self, str chars, uint32_t c) noexcept:
        cdef Py_ssize_t i
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(chars)
        cdef int kind = PyUnicode_KIND(chars)
        cdef void *data = PyUnicode_DATA(chars)
        for i in range(n):
            if PyUnicode_READ(kind, data, i) == c:
                return True
        return False

    cdef inline bint _word_before(self, uint32_t c) noexcept:
        return c == 95 or _alnum(c) or self._in(self.before, c)

    cdef inline bint _word_after(self, uint32_t c) noexcept:
        return c == 95 or _alnum(c) or self._in(self.after, c)

    def spans(self, str text, Py_ssize_t start=0, stop=None):
        """``[(start, end, word), …]`` of the matches in ``text[start:stop]``, in order."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef Py_ssize_t end_ = n if stop is None else stop
        cdef Py_ssize_t p, e, hi, found, r
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef uint32_t first
        cdef list out = []
        cdef object w
        cdef object hit = None
        # positions as re clamps them
        if end_ > n:
            end_ = n
        if end_ < 0:
            end_ = 0
        p = start if start > 0 else 0
        while p < end_:
            if p > 0 and self._word_before(PyUnicode_READ(kind, data, p - 1)):
                p += 1
                continue
            hi = p + self.maxlen
            if hi > end_:
                hi = end_
            # every character of a key is a key character: a match ends at or before the first
            # other one
            r = p
            while r < hi and self._key_char(PyUnicode_READ(kind, data, r)):
                r += 1
            found = -1
            first = PyUnicode_READ(kind, data, p) & 63
            e = r
            while e > p:
                if (e == end_ or not self._word_after(PyUnicode_READ(kind, data, e))) and (
                        self.filt[e - p][first] >> (PyUnicode_READ(kind, data, e - 1) & 63)) & 1:
                    w = PyUnicode_Substring(text, p, e)
                    if PySet_Contains(self.keys, w):
                        found = e
                        hit = w
                        break
                e -= 1
            if found < 0:
                p += 1
            else:
                out.append((p, found, hit))
                p = found
        return out
