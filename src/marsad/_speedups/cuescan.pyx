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
from libc.stdlib cimport malloc, free


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


#: FNV-1a (64 bit) over code points: the hash of the key set of :class:`KeyWordScanner` (speed32a).
cdef uint64_t _FNV_OFFSET = 14695981039346656037ULL
cdef uint64_t _FNV_PRIME = 1099511628211ULL


cdef inline uint64_t _fnv_step(uint64_t h, uint32_t c) noexcept:
    return (h ^ c) * _FNV_PRIME


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
    occur in keys, a key has its length, first and last character (bit tables), and the hash of its
    code points is a key's (an open-addressing table of the keys' FNV-1a hashes, speed32a: the bit
    tables let most words of a line through, each then made a string and looked up), so most words
    of a text cost no string; the set look-up still decides."""

    cdef frozenset keys
    cdef Py_ssize_t maxlen
    cdef str before
    cdef str after
    cdef uint64_t filt[33][64]  # length → first char & 63 → bit (last char & 63)
    cdef unsigned char keychar[8192]  # bit per BMP code point: the character occurs in a key
    cdef bint astral  # a key holds a character above U+FFFF: keychar is not used
    cdef uint64_t *hashes  # the keys' hashes (0: an empty slot; a hash of 0 is kept as 1)
    cdef uint64_t hmask  # slots − 1 (a power of two, at least 4 slots per key)

    def __cinit__(self):
        self.hashes = NULL

    def __dealloc__(self):
        if self.hashes != NULL:
            free(self.hashes)

    cdef inline bint _hash_in(self, uint64_t h) noexcept:
        cdef uint64_t i
        if h == 0:
            h = 1
        i = h & self.hmask
        while self.hashes[i] != 0:
            if self.hashes[i] == h:
                return True
            i = (i + 1) & self.hmask
        return False

    def __init__(self, keys, str before, str after):
        cdef Py_ssize_t L
        cdef uint64_t size, h, i
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
        size = 16
        while size < 4 * len(self.keys):
            size <<= 1
        if self.hashes != NULL:
            free(self.hashes)
        self.hashes = <uint64_t *>malloc(size * sizeof(uint64_t))
        if self.hashes == NULL:
            raise MemoryError()
        for i in range(size):
            self.hashes[i] = 0
        self.hmask = size - 1
        for k in self.keys:
            h = _FNV_OFFSET
            for ch in k:
                h = _fnv_step(h, <uint32_t>ord(ch))
            if h == 0:
                h = 1
            i = h & self.hmask
            while self.hashes[i] != 0 and self.hashes[i] != h:
                i = (i + 1) & self.hmask
            self.hashes[i] = h

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
        cdef uint32_t first, c
        cdef uint64_t h
        cdef uint64_t prefix[33]  # prefix[k]: the hash of text[p : p + k]
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
            h = _FNV_OFFSET
            while r < hi:
                c = PyUnicode_READ(kind, data, r)
                if not self._key_char(c):
                    break
                h = _fnv_step(h, c)
                r += 1
                prefix[r - p] = h
            found = -1
            first = PyUnicode_READ(kind, data, p) & 63
            e = r
            while e > p:
                if (e == end_ or not self._word_after(PyUnicode_READ(kind, data, e))) and (
                        self.filt[e - p][first] >> (PyUnicode_READ(kind, data, e - 1) & 63)) & 1 and (
                        self._hash_in(prefix[e - p])):
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


# -- memos of the word tests (speed23): the references are marsad.quotes.cues.WordMemo / _FoldCache --

cdef class WordMemo(dict):
    """``marsad.quotes.cues.WordMemo`` with its ``__missing__`` in C (no Python frame on a miss but
    the test's own): ``compute(word)`` kept per word, the memo cleared whole when it holds ``size``
    entries; ``compute`` raised through (nothing kept)."""

    cdef public object compute
    cdef public Py_ssize_t size

    def __init__(self, compute, Py_ssize_t size):
        dict.__init__(self)
        self.compute = compute
        self.size = size

    def __missing__(self, word):
        value = self.compute(word)
        if len(self) >= self.size:
            self.clear()
        self[word] = value
        return value


cdef class FoldCache(dict):
    """``marsad.quotes.cues._FoldCache`` with its ``__missing__`` in C: a missing ``str`` is folded
    by ``fold`` (a compiled one-pass fold: ``marsad._speedups.scan.Table.fold_words``), a non-``str``
    by ``python_fold`` (which raises, as the Python cache does), and kept when it has at most
    ``max_chars`` characters (the cache cleared whole when it holds ``size`` words)."""

    cdef object fold
    cdef object python_fold
    cdef Py_ssize_t size
    cdef Py_ssize_t max_chars

    def __init__(self, fold, python_fold, Py_ssize_t size, Py_ssize_t max_chars):
        dict.__init__(self)
        self.fold = fold
        self.python_fold = python_fold
        self.size = size
        self.max_chars = max_chars

    def __missing__(self, word):
        if isinstance(word, str):
            folded = self.fold(word)
        else:
            folded = self.python_fold(word)
        if len(word) <= self.max_chars:
            if len(self) >= self.size:
                self.clear()
            self[word] = folded
        return folded


cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    int PyUnicode_4BYTE_KIND
    bint Py_UNICODE_ISSPACE(uint32_t ch)


cdef inline bint _run_char(uint32_t c) noexcept:
    """A character of ``[\\w\\u0640\\u064b-\\u0652]`` (``\\w``: ``Py_UNICODE_ISALNUM`` or ``_``)."""
    if c < 128:
        return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c == 95
    if c == 0x0640 or (0x064B <= c <= 0x0652):
        return True
    return Py_UNICODE_ISALNUM(c)


cdef class MarkedWordScanner:
    """The candidate words of ``marsad.quotes.cues._iter_marked_cues`` (speed23) as one C loop: the
    runs of ``[\\w\\u0640\\u064b-\\u0652]+`` in ``text[start:stop]`` (a run that goes on a word begun
    before ``start`` skipped, as the look-behind of the pattern it replaced did) whose form without
    the characters of ``deleted`` is a key, or ends with ``ا`` and is a key with ``ً`` after it;
    each as ``(start, end, word)``. The keys and the deleted characters are the caller's. A word is
    made into a string only when a key has its length, first and last character (bit tables)."""

    cdef frozenset keys
    cdef uint64_t filt[34][64]  # length → first char & 63 → bit (last char & 63); 33: longer
    cdef unsigned char deleted[8192]  # bit per BMP code point

    def __init__(self, keys, str deleted):
        cdef Py_ssize_t L
        self.keys = frozenset(keys)
        for L in range(34):
            for i in range(64):
                self.filt[L][i] = 0
        for k in self.keys:
            if not isinstance(k, str) or not k:
                raise ValueError("MarkedWordScanner: keys must be non-empty strings")
            L = min(len(k), 33)
            self.filt[L][ord(k[0]) & 63] |= (<uint64_t>1) << (ord(k[-1]) & 63)
        for i in range(8192):
            self.deleted[i] = 0
        for ch in deleted:
            if ord(ch) > 0xFFFF:
                raise ValueError("MarkedWordScanner: deleted characters must be in the BMP")
            self.deleted[ord(ch) >> 3] |= 1 << (ord(ch) & 7)

    cdef inline bint _deleted(self, uint32_t c) noexcept:
        return c <= 0xFFFF and (self.deleted[c >> 3] >> (c & 7)) & 1

    cdef inline bint _may(self, Py_ssize_t L, uint32_t first, uint32_t last) noexcept:
        if L > 33:
            L = 33
        return (self.filt[L][first & 63] >> (last & 63)) & 1

    def candidates(self, str text, Py_ssize_t start, Py_ssize_t stop):
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef Py_ssize_t i, j, s, L
        cdef uint32_t c, first, last
        cdef uint32_t *buf
        cdef list out = []
        cdef bint skip
        if stop > n:
            stop = n
        if start < 0:
            start = 0
        if start >= stop:
            return out
        buf = <uint32_t *>malloc((stop - start + 2) * sizeof(uint32_t))
        if buf == NULL:
            raise MemoryError()
        try:
            skip = start > 0 and _run_char(PyUnicode_READ(kind, data, start - 1))
            i = start
            while i < stop:
                c = PyUnicode_READ(kind, data, i)
                if not _run_char(c):
                    i += 1
                    continue
                s = i
                L = 0
                while i < stop:
                    c = PyUnicode_READ(kind, data, i)
                    if not _run_char(c):
                        break
                    if not self._deleted(c):
                        buf[L] = c
                        L += 1
                    i += 1
                if skip and s == start:
                    skip = False
                    continue
                skip = False
                if L == 0:
                    continue
                first = buf[0]
                last = buf[L - 1]
                if self._may(L, first, last) and PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, L) in self.keys:
                    out.append((s, i, PyUnicode_Substring(text, s, i)))
                elif last == 0x0627 and self._may(L + 1, first, 0x064B):
                    buf[L] = 0x064B
                    if PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, L + 1) in self.keys:
                        out.append((s, i, PyUnicode_Substring(text, s, i)))
        finally:
            free(buf)
        return out

