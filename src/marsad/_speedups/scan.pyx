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
rebuild. Besides, a few fixed scans, each equal to the Python code it replaces (the reference, kept
and tested against it): ``space_run`` (``re.search(r"[^\\S\\n]{n,}")`` of ``layout.segment``),
``ByteSet.count`` (``bytes.translate`` deletion count, ``io.encoding.control_ratio``),
``trec_tags`` (``io.trec._tags_python``: the one rule encoded here, the TREC tag syntax; hence
``io/trec.py`` among this module's sources in ``_manifest.py``: a change there makes this build
stale until it is rebuilt).
"""

cimport cython
from libc.stdint cimport uint8_t, uint32_t, uint64_t
from libc.stdlib cimport free, malloc
from libc.string cimport memcpy, memset


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


cdef extern from "Python.h":
    Py_ssize_t PyUnicode_FindChar(object text, uint32_t ch, Py_ssize_t start, Py_ssize_t end, int direction) except -2
    bint Py_UNICODE_ISSPACE(uint32_t ch)
    bint Py_UNICODE_ISALNUM(uint32_t ch)


cdef inline bint _is_space(uint32_t c) noexcept:
    """``Py_UNICODE_ISSPACE(c)`` without its table look-up below U+1680: there only
    ``\\t``-``\\r``, U+001C-U+001F, the space, U+0085 and U+00A0 are white space (Arabic letters
    are decided by two comparisons instead of a call per character). Equal on every code point
    (``tests/test_speedups_scan.py``)."""
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    if c < 0x1680:
        return c == 0x85 or c == 0xA0
    return Py_UNICODE_ISSPACE(c)


def is_space(uint32_t c):
    """:func:`_is_space` for the tests: ``Py_UNICODE_ISSPACE`` (``str.isspace`` of one character)."""
    return _is_space(c)


cdef inline uint32_t _char_at(int kind, void *data, Py_ssize_t i) noexcept:
    if kind == PyUnicode_2BYTE_KIND:
        return (<const unsigned short *>data)[i]
    if kind == PyUnicode_1BYTE_KIND:
        return (<const uint8_t *>data)[i]
    return (<const uint32_t *>data)[i]


cdef enum:
    KEEP = 0xFFFFFFFF
    DELETE = 0xFFFFFFFE
    PAIR = 0xFFFFFF00  # Table: PAIR + k, the k-th two-character value (k < MAX_PAIRS)
    MAX_PAIRS = 64
    NO_EDGE = 0xFFFFFFFF  # Literals.root_char: no first character with this low byte


@cython.final
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


    def positions_split(self, str text, Py_ssize_t start, Py_ssize_t end, CharSet first):
        """``(a, b)``: :meth:`positions` of ``text[start:end]`` split by ``first`` — ``a`` the
        positions whose character is in ``first``, ``b`` the others (for a set that is the union
        of ``first`` and another set: both sets' positions in one pass)."""
        cdef Py_ssize_t i
        cdef uint32_t c
        cdef list a = []
        cdef list b = []
        for i in self.positions(text, start, end):
            c = _char_at(PyUnicode_KIND(text), PyUnicode_DATA(text), i)
            if first._has(c):
                a.append(i)
            else:
                b.append(i)
        return a, b

    def contains_any(self, str text):
        """True when one of the set's characters occurs in ``text`` (``any(c in text for c in
        chars)`` in one pass that stops at the first)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef Py_ssize_t i
        cdef uint32_t c
        cdef const unsigned short *d2 = <const unsigned short *>data
        if kind == PyUnicode_2BYTE_KIND:
            for i in range(n):
                c = d2[i]
                if c >= self.lo and c <= self.hi and (self.bits[c >> 3] >> (c & 7)) & 1:
                    return True
            return False
        for i in range(n):
            if self._has(_char_at(kind, data, i)):
                return True
        return False

    def strip_span(self, str text, Py_ssize_t start, Py_ssize_t end):
        """``(s, e)``: ``[start, end)`` (clamped to the text) without the set's characters at
        either end, or ``None`` when nothing else is left (``str.strip(chars)`` on the slice,
        as offsets, without making the slice)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        if start < 0:
            start = 0
        if end > n:
            end = n
        while start < end and self._has(_char_at(kind, data, start)):
            start += 1
        if start >= end:
            return None
        while self._has(_char_at(kind, data, end - 1)):
            end -= 1
        return start, end


def word_lines(str text, Py_ssize_t start, Py_ssize_t end):
    """``[(a, b), …]``: each line of ``text[start:end]`` (lines end at ``\\n``) from its first to
    its last non-white-space character, kept when it holds a word character — what
    ``re.finditer(r"[^\\S\\n]*(\\S(?:[^\\n]*\\S)?)", text, start, end)`` spans (group 1) with
    ``re.search(r"\\w", text, a, b)`` give (``re``'s ``\\s`` is ``Py_UNICODE_ISSPACE``, its ``\\w``
    ``Py_UNICODE_ISALNUM`` or ``_``)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t i, a, b, line_end
    cdef uint32_t c
    cdef bint word
    cdef list out = []
    if start < 0:
        start = 0
    if end > n:
        end = n
    i = start
    while i < end:
        line_end = PyUnicode_FindChar(text, 10, i, end, 1)  # memchr-based: a line is not walked twice
        if line_end < 0:
            line_end = end
        a = i
        while a < line_end and _is_space(_char_at(kind, data, a)):
            a += 1
        if a < line_end:
            b = line_end
            while _is_space(_char_at(kind, data, b - 1)):
                b -= 1
            word = False
            for i in range(a, b):
                c = _char_at(kind, data, i)
                if c == 95 or Py_UNICODE_ISALNUM(c):
                    word = True
                    break
            if word:
                out.append((a, b))
        i = line_end + 1
    return out


cdef inline bint _run_space(uint32_t c) noexcept:
    """A character of a :func:`space_run` run: white space other than ``\\n``."""
    return c != 10 and _is_space(c)


def space_run(str text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t n):
    """Where the first run of at least ``n`` (>= 1) white-space characters other than ``\\n``
    starts in ``text[start:end]``, or -1 — the start of
    ``re.compile(r"[^\\S\\n]{n,}").search(text, start, end)`` (``re``'s ``\\s`` is
    ``Py_UNICODE_ISSPACE``), without trying the pattern at every character."""
    cdef Py_ssize_t length = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t i, j, k, m
    if n < 1:
        raise ValueError("space_run: n must be at least 1")
    if start < 0:
        start = 0
    if end > length:
        end = length
    # A run of n starting at or after i covers i + n - 1: look there first, and skip n characters
    # when it is no white space (most of a text is read once in n characters, not every one).
    i = start
    while i + n <= end:
        j = i + n - 1
        if not _run_space(_char_at(kind, data, j)):
            i = j + 1
            continue
        k = j  # the earliest start >= i of the white space ending at j
        while k > i and _run_space(_char_at(kind, data, k - 1)):
            k -= 1
        m = j + 1  # does it go on to k + n?
        while m < k + n and m < end and _run_space(_char_at(kind, data, m)):
            m += 1
        if m >= k + n:
            return k
        i = m + 1  # every start up to m holds the character at m, which is no white space
    return -1



cdef inline bint _is_tag_head(uint32_t c) noexcept:
    return 65 <= c <= 90  # A-Z


cdef inline bint _is_tag_char(uint32_t c) noexcept:
    return 65 <= c <= 90 or 48 <= c <= 57 or c == 95  # A-Z 0-9 _


cdef Py_ssize_t _tag_end(int kind, void *data, Py_ssize_t i, Py_ssize_t n) noexcept:
    """With ``text[i] == '<'`` (and any ``/`` already passed: ``i`` is where the name starts
    less one): the position after ``>`` of ``[A-Z][A-Z0-9_]*>`` at ``i + 1``, or -1."""
    cdef Py_ssize_t j = i + 1
    if j >= n or not _is_tag_head(_char_at(kind, data, j)):
        return -1
    j += 1
    while j < n and _is_tag_char(_char_at(kind, data, j)):
        j += 1
    if j < n and _char_at(kind, data, j) == 62:  # >
        return j + 1
    return -1


def trec_tags(str element):
    """The field tags of a TREC ``<DOC>`` element as ``marsad.io.trec.parse_fields`` reads them
    (its Python loop is the reference): for each match of ``<([A-Z][A-Z0-9_]*)>`` other than
    ``<DOC>``, in order, ``(tag, nested, unclosed, start, end)`` — ``nested``: it starts before the
    end of the previous field; else ``[start, end)`` is its content up to ``</tag>`` (``unclosed``:
    none after it; up to the next ``</?[A-Z][A-Z0-9_]*>`` or the end), without the CR/LF that open
    or close it."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(element)
    cdef int kind = PyUnicode_KIND(element)
    cdef void *data = PyUnicode_DATA(element)
    cdef Py_ssize_t i = 0, e, k, j, close, content_end, after, start, name_len, cursor = 0
    cdef uint32_t c
    cdef bint unclosed
    cdef list out = []
    while i < n:
        # the next "<": PyUnicode_FindChar (memchr-based) instead of a test per character
        i = PyUnicode_FindChar(element, 60, i, n, 1)
        if i < 0:
            break
        e = _tag_end(kind, data, i, n)
        if e < 0:
            i += 1
            continue
        tag = element[i + 1 : e - 1]
        if tag == "DOC":
            i = e
            continue
        if i < cursor:
            out.append((tag, True, False, i, e))
            i = e
            continue
        # element.find("</" + tag + ">", e)
        name_len = e - 1 - (i + 1)
        close = -1
        j = e
        while j + name_len + 3 <= n:
            j = PyUnicode_FindChar(element, 60, j, n - name_len - 2, 1)  # a "<" with room after it
            if j < 0:
                break
            if _char_at(kind, data, j + 1) == 47:  # </
                for k in range(name_len + 1):  # the name and the ">" after it
                    if _char_at(kind, data, j + 2 + k) != _char_at(kind, data, i + 1 + k):
                        break
                else:
                    close = j
                    break
            j += 1
        unclosed = close < 0
        if unclosed:  # up to the next opening or closing tag
            content_end = n
            j = e
            while j < n:
                j = PyUnicode_FindChar(element, 60, j, n, 1)
                if j < 0:
                    break
                k = j + 1 if j + 1 < n and _char_at(kind, data, j + 1) == 47 else j
                if _tag_end(kind, data, k, n) >= 0:
                    content_end = j
                    break
                j += 1
            after = content_end
        else:
            content_end = close
            after = close + name_len + 3
        cursor = after
        start = e
        while start < content_end:
            c = _char_at(kind, data, start)
            if c != 13 and c != 10:
                break
            start += 1
        while content_end > start:
            c = _char_at(kind, data, content_end - 1)
            if c != 13 and c != 10:
                break
            content_end -= 1
        out.append((tag, False, unclosed, start, content_end))
        i = e
    return out


@cython.final
cdef class ByteSet:
    """A set of byte values; ``count(data)``: how many bytes of ``data`` are in it
    (``len(data) - len(data.translate(None, chars))`` without the copy)."""

    cdef uint8_t member[256]
    cdef bint controls  # every member is below 0x20 or 0x7F (DEL): words without one are skipped

    def __init__(self, bytes chars):
        memset(self.member, 0, sizeof(self.member))
        self.controls = True
        for b in chars:
            self.member[<uint8_t>b] = 1
            if not (b < 0x20 or b == 0x7F):
                self.controls = False

    def count(self, bytes data):
        cdef const unsigned char *p = data
        cdef Py_ssize_t i = 0, k, n = len(data), total = 0
        cdef uint64_t w, d
        if self.controls:
            # 8 bytes at a time: a word with no byte below 0x20 and none equal to 0x7F holds no
            # member (the "has a byte less than n" and "has a zero byte" tests of Anderson's Bit
            # Twiddling Hacks: never a false negative); the others are counted byte by byte.
            while i + 8 <= n:
                memcpy(&w, p + i, 8)
                d = w ^ 0x7F7F7F7F7F7F7F7FULL
                if ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) == 0 and (
                    (d - 0x0101010101010101ULL) & ~d & 0x8080808080808080ULL
                ) == 0:
                    i += 8
                    continue
                for k in range(i, i + 8):
                    total += self.member[p[k]]
                i += 8
        for k in range(i, n):
            total += self.member[p[k]]
        return total


@cython.final
cdef class Table:
    """A one-pass character translation: each BMP code point kept, deleted, or replaced by one
    character or by two (built from ``{code point: str of length 0, 1 or 2}``; at most
    ``MAX_PAIRS`` two-character values: the lam-alef ligatures ``ﻻ`` → ``لا``, spell25)."""

    cdef uint32_t *cells  # 256 entries per used page of 256 code points
    cdef int page_of[256]  # BMP page (code point >> 8) → index into cells / 256, or -1
    cdef uint32_t pair_a[64]  # the two characters of the k-th two-character value
    cdef uint32_t pair_b[64]
    cdef int n_pairs  # 0: every value is one character or none (the output is never longer)

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
            if v is not None and (not isinstance(v, str) or len(v) > 2):
                raise ValueError(f"Table: value for U+{k:04X} is not one or two characters or empty")
            for ch in v or "":
                if ord(ch) in table:
                    raise ValueError(f"Table: U+{k:04X} becomes U+{ord(ch):04X}, itself a key: not one pass")
                if ord(ch) > 0xFFFF:
                    raise ValueError(f"Table: value for U+{k:04X} is not in the BMP")
        self.n_pairs = 0
        self.cells = <uint32_t *>malloc(max(1, len(pages)) * 256 * sizeof(uint32_t))
        if self.cells == NULL:
            raise MemoryError()
        for i in range(max(1, len(pages)) * 256):
            self.cells[i] = KEEP
        for p in pages:
            self.page_of[p] = used
            used += 1
        for k, v in table.items():
            if v and len(v) == 2:
                if self.n_pairs >= MAX_PAIRS:
                    raise ValueError("Table: too many two-character values")
                self.pair_a[self.n_pairs] = ord(v[0])
                self.pair_b[self.n_pairs] = ord(v[1])
                value = PAIR + self.n_pairs
                self.n_pairs += 1
            else:
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
        return self._translate(s, None)

    def translate_spans(self, str s, list spans):
        """``[translate(s[sp.start:sp.end]) for sp in spans]`` (objects with ``start`` and ``end``:
        blocks), without a slice of each span of a 2-byte string (an offset outside ``s`` or an
        empty or reversed span is sliced, as Python slices it)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s)
        cdef Py_ssize_t a, b
        cdef const unsigned short *d2
        cdef list out = []
        if PyUnicode_KIND(s) != PyUnicode_2BYTE_KIND:
            return [self._translate(s[sp.start : sp.end], None) for sp in spans]
        d2 = <const unsigned short *>PyUnicode_DATA(s)
        for sp in spans:
            a = sp.start
            b = sp.end
            if 0 <= a < b <= n:
                out.append(self._translate2(None, d2 + a, b - a, None))
            else:
                out.append(self._translate(s[sp.start : sp.end], None))
        return out

    def translate_each(self, list tokens):
        """``[translate(t) for t in tokens]`` (each token ``str``; one that nothing changes is
        returned itself), or ``None`` when a token holds a space (U+0020): then joining the tokens
        with spaces, translating and splitting at the spaces (``marsad.quotes.cues.fold_tokens``)
        would not give one entry per token. One C loop for an article's tokens (speed23)."""
        cdef list out = []
        cdef str t
        for t in tokens:
            if PyUnicode_FindChar(t, 32, 0, PyUnicode_GET_LENGTH(t), 1) != -1:
                return None
            out.append(self._translate(t, None))
        return out

    def fold_words(self, str s):
        """``" ".join(translate(s).split())`` in one pass: the table applied, runs of white space
        (``str.split``'s) made one space, none at either end (the table neither makes nor deletes
        white space). ``s`` itself when nothing changes (speed23: ``marsad.quotes.cues.fold_word``)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s)
        cdef int kind = PyUnicode_KIND(s)
        cdef void *data = PyUnicode_DATA(s)
        cdef Py_ssize_t i, j = 0
        cdef uint32_t c, v
        cdef bint changed = False, pending = False
        cdef unsigned short *buf2 = NULL
        cdef uint32_t *buf4 = NULL
        cdef Py_ssize_t room = max(1, n) * (2 if self.n_pairs else 1)
        if kind == PyUnicode_4BYTE_KIND:
            buf4 = <uint32_t *>malloc(room * sizeof(uint32_t))
            if buf4 == NULL:
                raise MemoryError()
        else:
            buf2 = <unsigned short *>malloc(room * sizeof(unsigned short))
            if buf2 == NULL:
                raise MemoryError()
        try:
            for i in range(n):
                c = _char_at(kind, data, i)
                if _is_space(c):
                    if c != 32 or pending or j == 0:
                        changed = True  # a run, a space at the start, or another white space
                    pending = j > 0
                    continue
                v = self._map(c)
                if v == DELETE:
                    changed = True
                    continue
                if v != KEEP:
                    changed = True
                    c = v
                if pending:
                    if buf4 != NULL:
                        buf4[j] = 32
                    else:
                        buf2[j] = 32
                    j += 1
                    pending = False
                if c >= PAIR:  # a two-character value: its first character here
                    if buf4 != NULL:
                        buf4[j] = self.pair_a[c - PAIR]
                    else:
                        buf2[j] = <unsigned short>self.pair_a[c - PAIR]
                    j += 1
                    c = self.pair_b[c - PAIR]
                if buf4 != NULL:
                    buf4[j] = c
                else:
                    buf2[j] = <unsigned short>c
                j += 1
            if pending:
                changed = True  # white space at the end
            if not changed:
                return s
            if buf4 != NULL:
                return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf4, j)
            return PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, buf2, j)
        finally:
            free(buf2)
            free(buf4)

    def translate_with_map(self, str s):
        """``(translate(s), q)``: ``q[j]`` is the raw position of the ``j``-th deleted character
        less ``j`` (the number of kept characters before it), the map
        ``marsad.time.numerals.fold_with_map`` builds; one pass for both."""
        cdef list q = []
        if self.n_pairs:
            raise ValueError("Table: translate_with_map of a table with two-character values")
        return self._translate(s, q), q

    cdef object _translate(self, str s, list q):
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(s)
        cdef int kind = PyUnicode_KIND(s)
        cdef void *data = PyUnicode_DATA(s)
        cdef Py_ssize_t i, j, first = -1
        cdef uint32_t c
        cdef uint32_t v
        cdef unsigned short *buf2
        cdef uint32_t *buf4
        if kind != PyUnicode_1BYTE_KIND and kind != PyUnicode_2BYTE_KIND and kind != PyUnicode_4BYTE_KIND:
            raise ValueError("not a ready str")
        if kind == PyUnicode_2BYTE_KIND:  # Arabic text: the same passes without the kind tests
            return self._translate2(s, <const unsigned short *>data, n, q)
        for i in range(n):
            if self._map(_char_at(kind, data, i)) != KEEP:
                first = i
                break
        if first < 0:
            return s
        if kind != PyUnicode_4BYTE_KIND:  # every value is a BMP character: 2-byte output
            buf2 = <unsigned short *>malloc(max(1, n) * (2 if self.n_pairs else 1) * sizeof(unsigned short))
            if buf2 == NULL:
                raise MemoryError()
            try:
                for i in range(first):
                    buf2[i] = <unsigned short>_char_at(kind, data, i)
                j = first
                for i in range(first, n):
                    c = _char_at(kind, data, i)
                    v = self._map(c)
                    if v == KEEP:
                        buf2[j] = <unsigned short>c
                        j += 1
                    elif v == DELETE:
                        if q is not None:
                            q.append(j)
                    elif v >= PAIR:
                        buf2[j] = <unsigned short>self.pair_a[v - PAIR]
                        buf2[j + 1] = <unsigned short>self.pair_b[v - PAIR]
                        j += 2
                    else:
                        buf2[j] = <unsigned short>v
                        j += 1
                return PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, buf2, j)
            finally:
                free(buf2)
        buf4 = <uint32_t *>malloc(max(1, n) * (2 if self.n_pairs else 1) * sizeof(uint32_t))
        if buf4 == NULL:
            raise MemoryError()
        try:
            for i in range(first):
                buf4[i] = _char_at(kind, data, i)
            j = first
            for i in range(first, n):
                c = _char_at(kind, data, i)
                v = self._map(c)
                if v == KEEP:
                    buf4[j] = c
                    j += 1
                elif v == DELETE:
                    if q is not None:
                        q.append(j)
                elif v >= PAIR:
                    buf4[j] = self.pair_a[v - PAIR]
                    buf4[j + 1] = self.pair_b[v - PAIR]
                    j += 2
                else:
                    buf4[j] = v
                    j += 1
            return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf4, j)
        finally:
            free(buf4)


    cdef object _translate2(self, str s, const unsigned short *d2, Py_ssize_t n, list q):
        """:meth:`_translate` of a 2-byte string (``d2``: its code units; ``s`` ``None``: code units
        of a part of a string, made into a new one when nothing changes)."""
        cdef Py_ssize_t i, j, first = -1
        cdef uint32_t c, v
        cdef int p
        cdef unsigned short *buf2
        for i in range(n):
            p = self.page_of[d2[i] >> 8]
            if p >= 0 and self.cells[p * 256 + (d2[i] & 0xFF)] != KEEP:
                first = i
                break
        if first < 0:
            return s if s is not None else PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, d2, n)
        buf2 = <unsigned short *>malloc(max(1, n) * (2 if self.n_pairs else 1) * sizeof(unsigned short))
        if buf2 == NULL:
            raise MemoryError()
        try:
            memcpy(buf2, d2, first * sizeof(unsigned short))
            j = first
            for i in range(first, n):
                c = d2[i]
                p = self.page_of[c >> 8]
                if p < 0:
                    buf2[j] = <unsigned short>c
                    j += 1
                    continue
                v = self.cells[p * 256 + (c & 0xFF)]
                if v == KEEP:
                    buf2[j] = <unsigned short>c
                    j += 1
                elif v == DELETE:
                    if q is not None:
                        q.append(j)
                elif v >= PAIR:
                    buf2[j] = <unsigned short>self.pair_a[v - PAIR]
                    buf2[j + 1] = <unsigned short>self.pair_b[v - PAIR]
                    j += 2
                else:
                    buf2[j] = <unsigned short>v
                    j += 1
            return PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, buf2, j)
        finally:
            free(buf2)


@cython.final
cdef class Literals:
    """Groups of literal strings, found in one pass: ``positions(text)`` gives, for each group, the
    sorted distinct positions where one of the group's literals starts (overlapping occurrences
    included), as ``marsad.text.scan.literal_positions(text, group)`` does with one ``str.find``
    loop per literal. The literals are a trie walked from each position whose character may start
    one (at most 32 groups).

    A node whose edges' characters lie within 64 code points (every node below the root for
    Arabic literals) finds its child by one index into a dense table (``c - lo``); other nodes
    compare their sorted edges one by one. The root's edge is found by the low byte of the
    character, two characters per byte (ASCII digits share theirs with ذ ر ش, ``:`` with غ)."""

    cdef uint32_t *mask  # per trie node: the groups a literal ending here belongs to (bit g)
    cdef Py_ssize_t *child_start  # per node: its edges are child_start[v] .. child_start[v + 1]
    cdef uint32_t *edge_char  # per edge, ascending within a node
    cdef Py_ssize_t *edge_node
    cdef uint32_t *lo  # per node: its lowest edge character (dense nodes)
    cdef uint32_t *span  # per node: highest - lowest + 1 of a dense node's edges; 0: not dense
    cdef Py_ssize_t *dense_off  # per dense node: where its slots start in ``dense``
    cdef Py_ssize_t *dense  # child node by ``c - lo``, or -1
    cdef int n_groups
    cdef uint8_t bits[8192]  # first characters (BMP)
    cdef uint32_t root_char[256]  # the root's edge by the low byte of its character, or NO_EDGE
    cdef Py_ssize_t root_node[256]
    cdef uint32_t root_char2[256]  # a second first character with that low byte, or NO_EDGE
    cdef Py_ssize_t root_node2[256]  # (a third one: found among the root's edges)

    def __cinit__(self):
        self.mask = NULL
        self.child_start = NULL
        self.edge_char = NULL
        self.edge_node = NULL
        self.lo = NULL
        self.span = NULL
        self.dense_off = NULL
        self.dense = NULL

    def __init__(self, groups):
        cdef Py_ssize_t v, e
        cdef uint32_t c
        if len(groups) > 32:
            raise ValueError("Literals: at most 32 groups")
        self.n_groups = len(groups)
        trie = [{}]  # node → {code point: child node}
        masks = [0]
        for g, lits in enumerate(groups):
            for lit in lits:
                if not isinstance(lit, str) or not lit or ord(max(lit)) > 0xFFFF:
                    raise ValueError("Literals: non-empty BMP strings only")
                v = 0
                for ch in lit:
                    nxt = trie[v].get(ord(ch))
                    if nxt is None:
                        nxt = len(trie)
                        trie[v][ord(ch)] = nxt
                        trie.append({})
                        masks.append(0)
                    v = nxt
                masks[v] |= 1 << g
        n_nodes = len(trie)
        n_edges = n_nodes - 1
        self.mask = <uint32_t *>malloc(n_nodes * sizeof(uint32_t))
        self.child_start = <Py_ssize_t *>malloc((n_nodes + 1) * sizeof(Py_ssize_t))
        self.edge_char = <uint32_t *>malloc(max(1, n_edges) * sizeof(uint32_t))
        self.edge_node = <Py_ssize_t *>malloc(max(1, n_edges) * sizeof(Py_ssize_t))
        if self.mask == NULL or self.child_start == NULL or self.edge_char == NULL or self.edge_node == NULL:
            raise MemoryError()
        e = 0
        for v in range(n_nodes):
            self.mask[v] = masks[v]
            self.child_start[v] = e
            for ch in sorted(trie[v]):
                self.edge_char[e] = ch
                self.edge_node[e] = trie[v][ch]
                e += 1
        self.child_start[n_nodes] = e
        # dense child tables for the nodes (root excluded) whose edges span at most 64 characters
        self.lo = <uint32_t *>malloc(n_nodes * sizeof(uint32_t))
        self.span = <uint32_t *>malloc(n_nodes * sizeof(uint32_t))
        self.dense_off = <Py_ssize_t *>malloc(n_nodes * sizeof(Py_ssize_t))
        if self.lo == NULL or self.span == NULL or self.dense_off == NULL:
            raise MemoryError()
        slots = []
        for v in range(n_nodes):
            self.lo[v] = 0
            self.span[v] = 0
            self.dense_off[v] = 0
            if v == 0 or not trie[v]:
                continue
            first, last = min(trie[v]), max(trie[v])
            if last - first >= 64:
                continue
            self.lo[v] = first
            self.span[v] = last - first + 1
            self.dense_off[v] = len(slots)
            slots.extend(trie[v].get(first + k, -1) for k in range(last - first + 1))
        self.dense = <Py_ssize_t *>malloc(max(1, len(slots)) * sizeof(Py_ssize_t))
        if self.dense == NULL:
            raise MemoryError()
        for e, node in enumerate(slots):
            self.dense[e] = node
        memset(self.bits, 0, sizeof(self.bits))
        for v in range(256):
            self.root_char[v] = NO_EDGE
            self.root_node[v] = -1
            self.root_char2[v] = NO_EDGE
            self.root_node2[v] = -1
        for ch in trie[0]:
            c = ch
            self.bits[c >> 3] |= 1 << (c & 7)
            if self.root_char[c & 0xFF] == NO_EDGE:
                self.root_char[c & 0xFF] = c
                self.root_node[c & 0xFF] = trie[0][ch]
            elif self.root_char2[c & 0xFF] == NO_EDGE:
                self.root_char2[c & 0xFF] = c
                self.root_node2[c & 0xFF] = trie[0][ch]

    def __dealloc__(self):
        free(self.mask)
        free(self.child_start)
        free(self.edge_char)
        free(self.edge_node)
        free(self.lo)
        free(self.span)
        free(self.dense_off)
        free(self.dense)

    cdef inline Py_ssize_t _child(self, Py_ssize_t v, uint32_t c) noexcept:
        cdef uint32_t d = c - self.lo[v]  # wraps around below lo
        cdef Py_ssize_t e, end
        if self.span[v]:
            if d < self.span[v]:
                return self.dense[self.dense_off[v] + d]
            return -1
        e = self.child_start[v]
        end = self.child_start[v + 1]
        while e < end:
            if self.edge_char[e] >= c:
                if self.edge_char[e] == c:
                    return self.edge_node[e]
                return -1
            e += 1
        return -1

    def positions(self, str text):
        """One sorted list of start positions per group (see the class docstring)."""
        cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
        cdef int kind = PyUnicode_KIND(text)
        cdef void *data = PyUnicode_DATA(text)
        cdef Py_ssize_t i, j, v
        cdef uint32_t c, found
        cdef int g
        cdef list out = [[] for _ in range(self.n_groups)]
        cdef const unsigned short *d2 = <const unsigned short *>data
        for i in range(n):
            if kind == PyUnicode_2BYTE_KIND:
                c = d2[i]
                if not (self.bits[c >> 3] >> (c & 7)) & 1:
                    continue
            else:
                c = _char_at(kind, data, i)
                if c > 0xFFFF or not (self.bits[c >> 3] >> (c & 7)) & 1:
                    continue
            if self.root_char[c & 0xFF] == c:
                v = self.root_node[c & 0xFF]
            elif self.root_char2[c & 0xFF] == c:
                v = self.root_node2[c & 0xFF]
            else:
                v = self._child(0, c)
            found = self.mask[v]
            j = i + 1
            while j < n and self.child_start[v] < self.child_start[v + 1]:
                c = _char_at(kind, data, j)
                v = self._child(v, c)
                if v < 0:
                    break
                found |= self.mask[v]
                j += 1
            if found:
                for g in range(self.n_groups):
                    if (found >> g) & 1:
                        (<list>out[g]).append(i)
        return out


def probe_hits(str key, Py_ssize_t probe_len, list keys, Py_ssize_t lo, Py_ssize_t hi):
    """Indices ``i`` in ``[lo, hi)`` of ``keys`` holding at least two of the four probes of
    ``key`` — ``key[j * step : j * step + probe_len]`` for ``j`` = 1..4, ``step = len(key) // 5``
    (``marsad.layout.dedup``'s near-duplicate pre-selection, one ``in`` test per probe and key)."""
    cdef Py_ssize_t step = PyUnicode_GET_LENGTH(key) // 5
    cdef Py_ssize_t i, hits
    cdef list out = []
    p1 = key[step : step + probe_len]
    p2 = key[2 * step : 2 * step + probe_len]
    p3 = key[3 * step : 3 * step + probe_len]
    p4 = key[4 * step : 4 * step + probe_len]
    for i in range(lo, hi):
        other = <str>keys[i]
        hits = (p1 in other) + (p2 in other)
        if hits == 0 and p3 not in other:
            continue
        hits += (p3 in other)
        if hits < 2:
            hits += (p4 in other)
        if hits >= 2:
            out.append(i)
    return out


cdef inline bint _octal_ok(const unsigned char *b, Py_ssize_t start, Py_ssize_t stop) noexcept:
    """Every byte of ``b[start:stop]`` is an octal digit, a space or a NUL."""
    cdef Py_ssize_t i
    cdef unsigned char c
    for i in range(start, stop):
        c = b[i]
        if not (48 <= c <= 55 or c == 32 or c == 0):
            return False
    return True


cdef inline long long _octal(const unsigned char *b, Py_ssize_t start, Py_ssize_t length) noexcept:
    """``int(field.split(b"\\0", 1)[0].strip() or b"0", 8)`` of a field of octal digits, spaces
    and NULs (``marsad.io.tarfast._number``); -1 where ``int`` raises (a space between digits)."""
    cdef Py_ssize_t i = start, stop = start + length, last
    cdef long long value = 0
    for last in range(start, stop):
        if b[last] == 0:
            stop = last
            break
    while i < stop and b[i] == 32:
        i += 1
    while stop > i and b[stop - 1] == 32:
        stop -= 1
    for i in range(i, stop):
        if b[i] == 32:
            return -1
        value = value * 8 + (b[i] - 48)
    return value


#: ``(offset, length)`` of the numeric fields of a ustar header that ``tar_plain_numbers`` reads,
#: in its output order: chksum, mode, uid, gid, size, mtime, devmajor, devminor.
_TAR_NUMBER_FIELDS = ((148, 8), (100, 8), (108, 8), (116, 8), (124, 12), (136, 12), (329, 8), (337, 8))


def tar_plain_numbers(bytes buf):
    """The numbers of a plain tar header block as ``marsad.io.tarfast.FastTarFile._plain`` reads
    them (its Python code is the reference): ``(chksum, mode, uid, gid, size, mtime, devmajor,
    devminor)`` when ``buf`` is 512 bytes, its bytes 100-155 and 329-344 are octal digits, spaces
    and NULs, no number has a space between its digits, and the unsigned checksum (256 + the sum
    of the bytes outside the checksum field) matches; else ``None`` (the Python code decides)."""
    cdef const unsigned char *b
    cdef long long total = 256
    cdef long long value
    cdef Py_ssize_t i
    if len(buf) != 512:
        return None
    b = <const unsigned char *>buf
    if not _octal_ok(b, 100, 156) or not _octal_ok(b, 329, 345):
        return None
    out = []
    for offset, length in _TAR_NUMBER_FIELDS:
        value = _octal(b, offset, length)
        if value < 0:
            return None
        out.append(value)
    for i in range(148):
        total += b[i]
    for i in range(156, 512):
        total += b[i]
    if total != out[0]:
        return None
    return tuple(out)
