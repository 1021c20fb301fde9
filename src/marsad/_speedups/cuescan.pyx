# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled whole-word key scan of the quotes stage: :class:`KeyWordScanner`.

It finds the words of a key set as ``marsad.quotes.cues._CUE_WORD_RE`` (a trie regex) matches them,
the cue words of a paragraph. The keys and the character classes are given by the caller
(``cues.py``), so this module mirrors no rule of a Python module; ``tests/test_quotes_speed.py``
compares it with the regex on every window of thousands of texts. Kept apart from
``_speedups/quotes.pyx`` so that a checkout that has not rebuilt it keeps the compiled phrase tokens
(a missing module means the regex, the reference, is used).
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


#: sha256 of this file when it was built (setup.py passes it; :func:`marsad._speedups.load`
#: compares it with the source now).
SOURCE_HASH = (<bytes>MARSAD_SOURCE_HASH).decode("ascii")


cdef extern from "Python.h":
    int PyUnicode_KIND(object o)
    void *PyUnicode_DATA(object o)
    Py_ssize_t PyUnicode_GET_LENGTH(object o)
    uint32_t PyUnicode_READ(int kind, void *data, Py_ssize_t index)
    object PyUnicode_Substring(object text, Py_ssize_t start, Py_ssize_t end)
    bint Py_UNICODE_ISALNUM(uint32_t ch)

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
