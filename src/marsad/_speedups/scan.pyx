# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled text scans for the core stages: one C loop per text instead of one ``str.find`` or
``str.replace`` pass per character of a table.

Two primitives, each with a pure-Python reference that stays the rule (the callers keep it and
use it whenever this module is missing, stale or disabled; ``tests/test_speedups.py`` compares
both on generated text and real articles):

* :class:`CharSet` — ``positions(text, start, end)``: the sorted positions of any of a set of
  characters (``marsad.text.scan.char_positions``: one ``str.find`` loop per character, ten of
  them for the digits, whose low byte CPython's ``memchr`` shares with common Arabic letters);
* :class:`Table` — ``translate(s)``: one pass that replaces each character by at most one
  character or deletes it (``marsad.layout.dedup.fast_fold``, ``marsad.time.numerals.fold``: a
  chain of ``in`` + ``str.replace`` per table entry, ~40 passes over an article). Equal to the
  chain only when no replacement is itself a key of the table; :class:`Table` refuses other tables
  (``ValueError``) and the caller keeps its chain.

The tables come from the Python modules (passed in when they are built), so a rule change needs no
rebuild; this file encodes no rule of its own.
"""

from libc.stdint cimport uint8_t, uint32_t
from libc.stdlib cimport free, malloc
from libc.string cimport memset


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
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    int PyUnicode_1BYTE_KIND
    int PyUnicode_2BYTE_KIND
    int PyUnicode_4BYTE_KIND


cdef enum:
    KEEP = 0xFFFFFFFF
    DELETE = 0xFFFFFFFE


cdef class CharSet:
    """A set of single characters (any code points) with a bitmap over the BMP."""

    cdef uint8_t bits[8192]
    cdef frozenset astral  # characters above U+FFFF (rare): asked one by one
    cdef uint32_t lo, hi

    def __init__(self, chars):
        cdef uint32_t c
        memset(self.bits, 0, sizeof(self.bits))
        self.lo = 0x10FFFF
        self.hi = 0
        astral = set()
        for ch in chars:
            if not isinstance(ch, str) or len(ch) != 1:
                raise ValueError("CharSet takes single characters")
            c = ord(ch)
            if c > 0xFFFF:
                astral.add(c)
            else:
                self.bits[c >> 3] |= 1 << (c & 7)
            if c < self.lo:
                self.lo = c
            if c > self.hi:
                self.hi = c
        self.astral = frozenset(astral)

    cdef inline bint _has(self, uint32_t c):
        if c < self.lo or c > self.hi:
            return False
        if c <= 0xFFFF:
            return (self.bits[c >> 3] >> (c & 7)) & 1
        return c in self.astral

    def positions(self, str text, Py_ssize_t start, Py_ssize_t end):
        """Sorted positions ``i`` in ``[start, end)`` (clamped to the text) where ``text[i]`` is
        one of the set's characters."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef Py_ssize_t i
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef const uint8_t *d1
        cdef const unsigned short *d2
        cdef const uint32_t *d4
        cdef uint32_t c
        cdef uint32_t lo = self.lo
        cdef uint32_t hi = self.hi
        cdef list out = []
        if start < 0:
            start = 0
        if end > n:
            end = n
        if kind == PyUnicode_1BYTE_KIND:
            d1 = <const uint8_t *>data
            if lo > 0xFF:
                return out
            for i in range(start, end):
                c = d1[i]
                if c >= lo and c <= hi and (self.bits[c >> 3] >> (c & 7)) & 1:
                    out.append(i)
        elif kind == PyUnicode_2BYTE_KIND:
            d2 = <const unsigned short *>data
            for i in range(start, end):
                c = d2[i]
                if c >= lo and c <= hi and (self.bits[c >> 3] >> (c & 7)) & 1:
                    out.append(i)
        else:
            d4 = <const uint32_t *>data
            for i in range(start, end):
                c = d4[i]
                if c >= lo and c <= hi and self._has(c):
                    out.append(i)
        return out


cdef class Table:
    """A one-pass character translation: each BMP code point kept, deleted, or replaced by one
    character (built from ``{code point: str of length 0 or 1}``)."""

    cdef uint32_t *cells  # 256 entries per used page of 256 code points
    cdef int page_of[256]  # BMP page (code point >> 8) → index into cells / 256, or -1

    def __cinit__(self):
        self.cells = NULL

    def __init__(self, dict table):
        cdef int used = 0
        cdef int p
        cdef uint32_t value
        for p in range(256):
            self.page_of[p] = -1
        pages = sorted({k >> 8 for k in table})
        for k, v in table.items():
            if not isinstance(k, int) or not 0 <= k <= 0xFFFF:
                raise ValueError(f"Table: key {k!r} is not a BMP code point")
            if v is not None and (not isinstance(v, str) or len(v) > 1):
                raise ValueError(f"Table: value for U+{k:04X} is not one character or empty")
            if v and ord(v) in table:
                raise ValueError(f"Table: U+{k:04X} becomes U+{ord(v):04X}, itself a key: not one pass")
        self.cells = <uint32_t *>malloc(max(1, len(pages)) * 256 * sizeof(uint32_t))
        if self.cells == NULL:
            raise MemoryError()
        for i in range(max(1, len(pages)) * 256):
            self.cells[i] = KEEP
        for p in pages:
            self.page_of[p] = used
            used += 1
        for k, v in table.items():
            value = DELETE if not v else <uint32_t>ord(v)
            self.cells[self.page_of[k >> 8] * 256 + (k & 0xFF)] = value

    def __dealloc__(self):
        if self.cells != NULL:
            free(self.cells)

    cdef inline uint32_t _map(self, uint32_t c) noexcept:
        cdef int p
        if c > 0xFFFF:
            return KEEP
        p = self.page_of[c >> 8]
        if p < 0:
            return KEEP
        return self.cells[p * 256 + (c & 0xFF)]

    def translate(self, str s):
        """``s`` with the table applied (``s`` itself when nothing changes)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s)
        cdef int kind = PyUnicode_KIND(s)
        cdef void *data = PyUnicode_DATA(s)
        cdef Py_ssize_t i, j, first = -1
        cdef uint32_t c
        cdef uint32_t v
        cdef uint32_t *buf
        if kind != PyUnicode_1BYTE_KIND and kind != PyUnicode_2BYTE_KIND and kind != PyUnicode_4BYTE_KIND:
            raise ValueError("not a ready str")
        for i in range(n):
            if kind == PyUnicode_2BYTE_KIND:
                c = (<const unsigned short *>data)[i]
            elif kind == PyUnicode_1BYTE_KIND:
                c = (<const uint8_t *>data)[i]
            else:
                c = (<const uint32_t *>data)[i]
            if self._map(c) != KEEP:
                first = i
                break
        if first < 0:
            return s
        buf = <uint32_t *>malloc(max(1, n) * sizeof(uint32_t))
        if buf == NULL:
            raise MemoryError()
        try:
            j = 0
            for i in range(n):
                if kind == PyUnicode_2BYTE_KIND:
                    c = (<const unsigned short *>data)[i]
                elif kind == PyUnicode_1BYTE_KIND:
                    c = (<const uint8_t *>data)[i]
                else:
                    c = (<const uint32_t *>data)[i]
                if i < first:
                    buf[j] = c
                    j += 1
                    continue
                v = self._map(c)
                if v == KEEP:
                    buf[j] = c
                    j += 1
                elif v != DELETE:
                    buf[j] = v
                    j += 1
            return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, j)
        finally:
            free(buf)


cdef class Literals:
    """Groups of literal strings, found in one pass: ``positions(text)`` gives, for each group, the
    sorted distinct positions where one of the group's literals starts (overlapping occurrences
    included), as ``marsad.text.scan.literal_positions(text, group)`` does with one ``str.find``
    loop per literal."""

    cdef uint32_t *chars  # the literals' code points, one after another
    cdef Py_ssize_t *offset  # literal k: chars[offset[k] : offset[k] + length[k]]
    cdef Py_ssize_t *length
    cdef int *group
    cdef Py_ssize_t n_literals
    cdef int n_groups
    cdef uint8_t bits[8192]  # first characters (BMP)
    cdef uint32_t lo, hi
    cdef uint32_t *firsts  # the distinct first code points, ascending
    cdef Py_ssize_t *first_start  # literals first_start[m] .. first_end[m] begin with firsts[m]
    cdef Py_ssize_t *first_end
    cdef Py_ssize_t n_firsts

    def __cinit__(self):
        self.chars = NULL
        self.offset = NULL
        self.length = NULL
        self.group = NULL
        self.firsts = NULL
        self.first_start = NULL
        self.first_end = NULL

    def __init__(self, groups):
        cdef Py_ssize_t k, total = 0, pos = 0
        cdef uint32_t c
        items = []
        for g, lits in enumerate(groups):
            for lit in lits:
                if not isinstance(lit, str) or not lit or ord(max(lit)) > 0xFFFF:
                    raise ValueError("Literals: non-empty BMP strings only")
                items.append((lit, g))
        items.sort()
        self.n_groups = len(groups)
        self.n_literals = len(items)
        for lit, _g in items:
            total += len(lit)
        self.chars = <uint32_t *>malloc(max(1, total) * sizeof(uint32_t))
        self.offset = <Py_ssize_t *>malloc(max(1, len(items)) * sizeof(Py_ssize_t))
        self.length = <Py_ssize_t *>malloc(max(1, len(items)) * sizeof(Py_ssize_t))
        self.group = <int *>malloc(max(1, len(items)) * sizeof(int))
        if self.chars == NULL or self.offset == NULL or self.length == NULL or self.group == NULL:
            raise MemoryError()
        memset(self.bits, 0, sizeof(self.bits))
        self.lo = 0xFFFF
        self.hi = 0
        by_first = {}
        for k, (lit, g) in enumerate(items):
            self.offset[k] = pos
            self.length[k] = len(lit)
            self.group[k] = g
            for ch in lit:
                self.chars[pos] = ord(ch)
                pos += 1
            c = ord(lit[0])
            self.bits[c >> 3] |= 1 << (c & 7)
            if c < self.lo:
                self.lo = c
            if c > self.hi:
                self.hi = c
            first, _end = by_first.get(c, (k, k))
            by_first[c] = (first, k + 1)
        self.n_firsts = len(by_first)
        self.firsts = <uint32_t *>malloc(max(1, self.n_firsts) * sizeof(uint32_t))
        self.first_start = <Py_ssize_t *>malloc(max(1, self.n_firsts) * sizeof(Py_ssize_t))
        self.first_end = <Py_ssize_t *>malloc(max(1, self.n_firsts) * sizeof(Py_ssize_t))
        if self.firsts == NULL or self.first_start == NULL or self.first_end == NULL:
            raise MemoryError()
        for k, c in enumerate(sorted(by_first)):
            self.firsts[k] = c
            self.first_start[k], self.first_end[k] = by_first[c]

    def __dealloc__(self):
        free(self.chars)
        free(self.offset)
        free(self.length)
        free(self.group)
        free(self.firsts)
        free(self.first_start)
        free(self.first_end)

    def positions(self, str text):
        """One sorted list of start positions per group (see the class docstring)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef Py_ssize_t i, j, k, m, first, end, L
        cdef uint32_t c, d
        cdef const uint32_t *lit
        cdef bint ok
        cdef list out = [[] for _ in range(self.n_groups)]
        cdef int *last = <int *>malloc(max(1, self.n_groups) * sizeof(int))
        if last == NULL:
            raise MemoryError()
        try:
            for k in range(self.n_groups):
                last[k] = -1
            for i in range(n):
                if kind == PyUnicode_2BYTE_KIND:
                    c = (<const unsigned short *>data)[i]
                elif kind == PyUnicode_1BYTE_KIND:
                    c = (<const uint8_t *>data)[i]
                else:
                    c = (<const uint32_t *>data)[i]
                if c < self.lo or c > self.hi or not (self.bits[c >> 3] >> (c & 7)) & 1:
                    continue
                m = 0
                while self.firsts[m] != c:  # present: its bit is set
                    m += 1
                first = self.first_start[m]
                end = self.first_end[m]
                for k in range(first, end):
                    L = self.length[k]
                    if i + L > n or last[self.group[k]] == i:
                        continue
                    lit = self.chars + self.offset[k]
                    ok = True
                    for j in range(1, L):
                        if kind == PyUnicode_2BYTE_KIND:
                            d = (<const unsigned short *>data)[i + j]
                        elif kind == PyUnicode_1BYTE_KIND:
                            d = (<const uint8_t *>data)[i + j]
                        else:
                            d = (<const uint32_t *>data)[i + j]
                        if d != lit[j]:
                            ok = False
                            break
                    if ok:
                        last[self.group[k]] = i
                        (<list>out[self.group[k]]).append(i)
            return out
        finally:
            free(last)
