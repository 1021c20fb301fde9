# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled tokens of the quotes stage: ``phrase_tokens`` as one C loop per call (and, speed30,
``marsad.quotes.direct``'s reading of the quotation marks: :func:`marked_spans`).

The rule is ``marsad.quotes.tokens`` (the reference, used whenever this module is missing, stale or
disabled; ``tests/test_quotes_tokens.py`` compares both on every sub-span of mixed, random and real
text): the tokens of ``TOKEN_RE = #?[W.]+(?:[F]+[W][W.]*)*|[^\\w\\s]`` (``W`` = ``\\w\\u0640\\u064b-\\u065f\\u0670\\u200c``,
``F`` the format characters of ``marsad.text.letters.FORMAT_CHAR_RANGES`` but ZWNJ) scanned in
``text[start : start + 16 * limit]``, a word glued to a full stop split into the word and the stop
(an abbreviated title such as ``د.`` kept whole), until ``limit`` entries. The character classes are
those of Python's ``re`` for a ``str`` pattern: ``\\w`` is ``Py_UNICODE_ISALNUM`` or ``_``, ``\\s``
``Py_UNICODE_ISSPACE``; ``str.isalpha`` is ``Py_UNICODE_ISALPHA``.
"""

cimport cython
from libc.stdint cimport uint32_t


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
    if 0x0620 <= c <= 0x065F:  # the Arabic letters, tatweel and harakat (speed26: no table look-up)
        return True
    if c == 0x0670 or c == 0x200C:
        return True
    return Py_UNICODE_ISALNUM(c)


cdef inline bint _is_format(uint32_t c) noexcept:
    """A format character (Unicode 14 Cf, and NUL): ``marsad.text.letters.FORMAT_CHAR_RANGES``."""
    if c < 0x00AD:
        return c == 0
    if c < 0x2000:
        return (c == 0x00AD or 0x0600 <= c <= 0x0605 or c == 0x061C or c == 0x06DD or c == 0x070F
                or c == 0x0890 or c == 0x0891 or c == 0x08E2 or c == 0x180E)
    if c < 0x2070:
        return 0x200B <= c <= 0x200F or 0x202A <= c <= 0x202E or 0x2060 <= c <= 0x2064 or 0x2066 <= c
    if c < 0x10000:
        return c == 0xFEFF or 0xFFF9 <= c <= 0xFFFB
    return (c == 0x110BD or c == 0x110CD or 0x13430 <= c <= 0x13438 or 0x1BCA0 <= c <= 0x1BCA3
            or 0x1D173 <= c <= 0x1D17A or c == 0xE0001 or 0xE0020 <= c <= 0xE007F)


cdef inline Py_ssize_t _word_end(int kind, void *data, Py_ssize_t j, Py_ssize_t endpos) noexcept:
    """The end of the word token whose word characters run to ``j``: a run of format characters
    followed by a word character other than the full stop continues it (``(?:[F]+[W][W.]*)*``)."""
    cdef Py_ssize_t k
    cdef uint32_t c
    while j < endpos:
        k = j
        while k < endpos and _is_format(PyUnicode_READ(kind, data, k)) and PyUnicode_READ(kind, data, k) != 0x200C:
            k += 1
        if k == j or k >= endpos:
            return j
        c = PyUnicode_READ(kind, data, k)
        if c == 46 or not _is_word(c):
            return j
        j = k + 1
        while j < endpos and _is_word(PyUnicode_READ(kind, data, j)):
            j += 1
    return j


cdef inline bint _splits(int kind, void *data, Py_ssize_t s, Py_ssize_t e) noexcept:
    """True when the word token ``text[s:e]`` is read as the word and its final full stop
    (:func:`marsad.quotes.tokens._split_dot`; an abbreviated title such as ``د.`` stays whole)."""
    return e - s > 1 and PyUnicode_READ(kind, data, e - 1) == 46 and not (
        e - s == 2 and Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, s)))


cdef inline void _append(list out, object text, Py_ssize_t s, Py_ssize_t e, int kind, void *data):
    """One token ``text[s:e]`` as :func:`marsad.quotes.tokens._split_dot` appends it."""
    if _splits(kind, data, s, e):
        out.append((s, e - 1, PyUnicode_Substring(text, s, e - 1)))
        out.append((e - 1, e, "."))
    else:
        out.append((s, e, PyUnicode_Substring(text, s, e)))


cdef Py_ssize_t _scan(list out, str text, Py_ssize_t i, Py_ssize_t endpos, Py_ssize_t limit,
                      Py_ssize_t stop, int mode) except -2:
    """Append to ``out`` the entries of the tokens scanned in ``text[i:endpos]`` until ``out`` holds
    ``limit`` entries (one more when the last token splits at its full stop). ``mode`` 1: only
    entries that start before ``stop``; 2: only entries that end at or before ``stop`` (the entries
    are in text order, so both keep a prefix). Returns the offset where the scan would go on, or -1
    when nothing is left to read (``endpos`` reached, or an entry past ``stop``)."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t j
    cdef uint32_t c
    cdef bint split
    while i < endpos:
        c = PyUnicode_READ(kind, data, i)
        if _is_word(c):
            j = i + 1
            while j < endpos and _is_word(PyUnicode_READ(kind, data, j)):
                j += 1
            j = _word_end(kind, data, j, endpos)
        elif c == 35 and i + 1 < endpos and _is_word(PyUnicode_READ(kind, data, i + 1)):  # #word
            j = i + 2
            while j < endpos and _is_word(PyUnicode_READ(kind, data, j)):
                j += 1
            j = _word_end(kind, data, j, endpos)
        elif c < 128 and (c == 32 or 9 <= c <= 13 or 28 <= c <= 31):
            i += 1
            continue
        elif c >= 128 and _space(c):
            i += 1
            continue
        else:
            j = i + 1  # one mark: [^\w\s]
        if mode == 0:
            _append(out, text, i, j, kind, data)
        else:
            split = _splits(kind, data, i, j)
            if (i >= stop) if mode == 1 else ((j - 1 if split else j) > stop):
                return -1
            if not split:
                out.append((i, j, PyUnicode_Substring(text, i, j)))
            else:
                out.append((i, j - 1, PyUnicode_Substring(text, i, j - 1)))
                if (j - 1 >= stop) if mode == 1 else (j > stop):
                    return -1
                out.append((j - 1, j, "."))
        if len(out) >= limit:
            return j
        i = j
    return -1


cdef inline Py_ssize_t _window_end(str text, Py_ssize_t start, Py_ssize_t limit) noexcept:
    """The end of the window that :func:`phrase_tokens` scans: ``start + 16 * limit``, within the text."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef Py_ssize_t endpos = start + 16 * limit
    if endpos > n:
        endpos = n
    if endpos < 0:
        endpos = 0
    return endpos


def phrase_tokens(str text, Py_ssize_t start, Py_ssize_t limit=14):
    """Up to ``limit`` tokens of ``text`` from ``start`` as ``(start, end, token)``; equal to
    ``marsad.quotes.tokens.scan_phrase_tokens`` (see the module docstring)."""
    cdef list out = []
    _scan(out, text, start if start > 0 else 0, _window_end(text, start, limit), limit, 0, 0)
    return out


def phrase_tokens_before(str text, Py_ssize_t start, Py_ssize_t limit, Py_ssize_t stop):
    """The entries of ``phrase_tokens(text, start, limit)`` that start before ``stop``
    (``marsad.quotes.tokens.phrase_tokens_before_python``), the rest not made."""
    cdef list out = []
    _scan(out, text, start if start > 0 else 0, _window_end(text, start, limit), limit, stop, 1)
    return out


def phrase_tokens_within(str text, Py_ssize_t start, Py_ssize_t limit, Py_ssize_t stop):
    """The entries of ``phrase_tokens(text, start, limit)`` that end at or before ``stop``
    (``marsad.quotes.tokens.phrase_tokens_within_python``), the rest not made."""
    cdef list out = []
    _scan(out, text, start if start > 0 else 0, _window_end(text, start, limit), limit, stop, 2)
    return out


def phrase_tokens_head(str text, Py_ssize_t start, Py_ssize_t limit, Py_ssize_t count):
    """The first ``count`` entries of ``phrase_tokens(text, start, limit)`` (one more when the last
    splits; all of them when there are fewer): a head that :func:`phrase_tokens_more` extends."""
    cdef list out = []
    _scan(out, text, start if start > 0 else 0, _window_end(text, start, limit),
          count if count < limit else limit, 0, 0)
    return out


def phrase_tokens_more(str text, Py_ssize_t start, Py_ssize_t limit, list toks, Py_ssize_t count):
    """Extend ``toks``, a head of ``phrase_tokens(text, start, limit)``, by its next ``count``
    entries (or the rest); ``True`` when ``toks`` is then the whole window."""
    cdef Py_ssize_t n = len(toks)
    cdef Py_ssize_t target = n + count
    if n >= limit:
        return True
    if target > limit:
        target = limit
    cdef Py_ssize_t i = (<tuple>toks[n - 1])[1] if n else (start if start > 0 else 0)
    return _scan(toks, text, i, _window_end(text, start, limit), target, 0, 0) < 0 or len(toks) >= limit


# -- whole-text word helpers (speed23): the references are marsad.quotes.tokens' *_python ---------

from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memcmp

cdef extern from "Python.h":
    object PyUnicode_FromOrdinal(int ordinal)


cdef inline int _mark_index(uint32_t c) noexcept:
    """Index of ``c`` in ``tokens.MARK_TOKEN_PUNCT`` (``"«»“”'،,.:;؛!?؟()``), or -1."""
    if c < 128:
        if c == 34: return 0
        if c == 39: return 5
        if c == 44: return 7
        if c == 46: return 8
        if c == 58: return 9
        if c == 59: return 10
        if c == 33: return 12
        if c == 63: return 13
        if c == 40: return 15
        if c == 41: return 16
        return -1
    if c == 0xAB: return 1
    if c == 0xBB: return 2
    if c == 0x201C: return 3
    if c == 0x201D: return 4
    if c == 0x060C: return 6
    if c == 0x061B: return 11
    if c == 0x061F: return 14
    return -1


cdef inline bint _space(uint32_t c) noexcept:
    """``str.split``'s white space (``Py_UNICODE_ISSPACE``). Below U+1680 only ``\\t``-``\\r``,
    U+001C-U+001F, the space, U+0085 and U+00A0 are white space: an Arabic letter is decided by two
    comparisons, not a call to the table per character (speed26, as ``scan._is_space``)."""
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    if c < 0x1680:
        return c == 0x85 or c == 0xA0
    return Py_UNICODE_ISSPACE(c)


_MARKS = "\"«»“”'،,.:;؛!?؟()"


def mark_tokens(str text):
    """``marsad.quotes.tokens.mark_tokens_python(text)`` in one pass: words split at white space,
    each mark of ``MARK_TOKEN_PUNCT`` a token of its own, a line break a ``.`` token."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t i = 0, s = -1
    cdef uint32_t c
    cdef int m
    cdef list out = []
    cdef list marks = [_MARKS[k] for k in range(17)]
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c == 10:
            m = 8  # the line break read as " . "
        else:
            m = _mark_index(c)
        if m >= 0 or _space(c):
            if s >= 0:
                out.append(PyUnicode_Substring(text, s, i))
                s = -1
            if m >= 0:
                out.append(marks[m])
        elif s < 0:
            s = i
    if s >= 0:
        out.append(PyUnicode_Substring(text, s, n))
    return out


def bare_forms(list folded):
    """``marsad.quotes.tokens.bare_forms_python(folded)``: ``و``/``ف`` + ``ال`` and ``ال`` dropped."""
    cdef list out = []
    cdef str w
    cdef Py_ssize_t n, a
    cdef int kind
    cdef void *data
    cdef uint32_t c0
    for w in folded:
        n = PyUnicode_GET_LENGTH(w)
        a = 0
        if n > 3:
            kind = PyUnicode_KIND(w)
            data = PyUnicode_DATA(w)
            c0 = PyUnicode_READ(kind, data, 0)
            if (c0 == 0x0648 or c0 == 0x0641) and PyUnicode_READ(kind, data, 1) == 0x0627 \
                    and PyUnicode_READ(kind, data, 2) == 0x0644:
                a = 1
            if n - a > 3 and PyUnicode_READ(kind, data, a) == 0x0627 and PyUnicode_READ(kind, data, a + 1) == 0x0644:
                a += 2
        out.append(w if a == 0 else PyUnicode_Substring(w, a, n))
    return out


ctypedef struct _Word:
    uint64_t h
    Py_ssize_t s
    Py_ssize_t e


cdef inline bint _same(_Word *a, _Word *b, const char *data, int kind) noexcept:
    return a.h == b.h and a.e - a.s == b.e - b.s and \
        memcmp(data + a.s * kind, data + b.s * kind, (a.e - a.s) * kind) == 0


cdef Py_ssize_t _find(_Word *w, Py_ssize_t *table, Py_ssize_t mask, _Word *x, const char *data, int kind) noexcept:
    """The index in ``w`` of the word equal to ``x`` in the open-addressing ``table`` (``-1``: an
    empty slot) over ``w``, or the negative ``-(slot + 2)`` of the empty slot where it would go."""
    cdef Py_ssize_t slot = <Py_ssize_t>(x.h & <uint64_t>mask)
    cdef Py_ssize_t k
    while True:
        k = table[slot]
        if k < 0:
            return -(slot + 2)
        if _same(&w[k], x, data, kind):
            return k
        slot = (slot + 1) & mask


def repeated_lines(str text, list spans, double threshold):
    """``marsad.quotes.tokens.repeated_lines_python(text, spans, threshold)``: each line's word set
    kept as distinct hashed offsets into ``text`` in an open-addressing table (no string per word;
    equal hashes compared by their characters)."""
    cdef Py_ssize_t nlines = len(spans)
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef const char *data = <const char *>PyUnicode_DATA(text)
    cdef Py_ssize_t total = 0, k, s, e, i, q, m, nw, common, base, cap, slot, j
    cdef uint64_t h
    cdef uint32_t c
    cdef list dropped = []
    cdef _Word *words = NULL
    cdef Py_ssize_t *tables = NULL   # the seen lines' tables, one after the other
    cdef Py_ssize_t *seen_at = NULL  # start of seen line q's words in `words`
    cdef Py_ssize_t *seen_n = NULL   # its number of distinct words
    cdef Py_ssize_t *seen_tab = NULL  # start of its table in `tables`
    cdef Py_ssize_t *seen_mask = NULL
    cdef Py_ssize_t nseen = 0, tab_used = 0, tab_cap = 0
    cdef Py_ssize_t *tab
    cdef _Word x
    cdef bint rep
    cdef double t = threshold
    bounds = []
    for k in range(nlines):
        s, e = spans[k]
        # text[s:e] as Python slices it
        if s < 0:
            s = s + n if s + n > 0 else 0
        if e < 0:
            e = e + n if e + n > 0 else 0
        if s > n:
            s = n
        if e > n:
            e = n
        if e < s:
            e = s
        bounds.append((s, e))
        total += e - s
    # a line of L characters has at most (L + 1) // 2 words; its table at most 4 slots per word
    tab_cap = 4 * (total // 2 + nlines) + 16 * (nlines + 1)
    words = <_Word *>malloc((total // 2 + nlines + 1) * sizeof(_Word))
    tables = <Py_ssize_t *>malloc(tab_cap * sizeof(Py_ssize_t))
    seen_at = <Py_ssize_t *>malloc((nlines + 1) * 4 * sizeof(Py_ssize_t))
    if words == NULL or tables == NULL or seen_at == NULL:
        free(words); free(tables); free(seen_at)
        raise MemoryError()
    seen_n = seen_at + (nlines + 1)
    seen_tab = seen_n + (nlines + 1)
    seen_mask = seen_tab + (nlines + 1)
    try:
        base = 0
        for k in range(nlines):
            s, e = bounds[k]
            # the table: a power of two at least twice the words the line can hold, at least 8
            cap = 8
            while cap < e - s + 2:
                cap *= 2
            tab = tables + tab_used
            for j in range(cap):
                tab[j] = -1
            nw = 0
            i = s
            while i < e:
                c = PyUnicode_READ(kind, <void *>data, i)
                if _space(c):
                    i += 1
                    continue
                h = 1469598103934665603ULL
                x.s = i
                while i < e:
                    c = PyUnicode_READ(kind, <void *>data, i)
                    if _space(c):
                        break
                    h = (h ^ c) * 1099511628211ULL
                    i += 1
                x.e = i
                x.h = h ^ (h >> 29)
                slot = _find(&words[base], tab, cap - 1, &x, data, kind)
                if slot < 0:  # a new word
                    tab[-slot - 2] = nw
                    words[base + nw] = x
                    nw += 1
            rep = False
            if nw >= 4:
                for q in range(nseen):
                    m = seen_n[q]
                    if t * <double>(m if m > nw else nw) <= <double>(nw if m > nw else m):
                        common = 0
                        for j in range(nw):
                            if _find(&words[seen_at[q]], tables + seen_tab[q], seen_mask[q], &words[base + j],
                                     data, kind) >= 0:
                                common += 1
                        if <double>common >= t * <double>(nw + m - common):
                            rep = True
                            break
            if rep:
                dropped.append(k)
                continue
            seen_at[nseen] = base
            seen_n[nseen] = nw
            seen_tab[nseen] = tab_used
            seen_mask[nseen] = cap - 1
            nseen += 1
            base += nw
            tab_used += cap
    finally:
        free(words); free(tables); free(seen_at)
    return dropped


cdef inline bint _name_word(uint32_t c) noexcept:
    """A character of ``[\\w\\u064b-\\u065f\\u0670]`` (``\\w``: ``Py_UNICODE_ISALNUM`` or ``_``)."""
    if c < 128:
        return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c == 95
    if (0x064B <= c <= 0x065F) or c == 0x0670:
        return True
    return Py_UNICODE_ISALNUM(c)


def name_tokens(str text, Py_ssize_t lo, Py_ssize_t hi):
    """``marsad.quotes.tokens.NAME_TOKEN_RE.findall(text, lo, hi)``: words of ``[\\w\\u064b-\\u065f\\u0670]``
    (runs of format characters between two such characters inside) or one character that is neither such a character nor white space (positions clamped as ``re``
    clamps them)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t i, j, k
    cdef uint32_t c
    cdef list out = []
    if lo < 0:
        lo = 0
    if hi > n:
        hi = n
    i = lo
    while i < hi:
        c = PyUnicode_READ(kind, data, i)
        if _name_word(c):
            j = i + 1
            while j < hi and _name_word(PyUnicode_READ(kind, data, j)):
                j += 1
            while j < hi and _is_format(PyUnicode_READ(kind, data, j)):  # format characters inside
                k = j
                while k < hi and _is_format(PyUnicode_READ(kind, data, k)):
                    k += 1
                if k >= hi or not _name_word(PyUnicode_READ(kind, data, k)):
                    break
                j = k + 1
                while j < hi and _name_word(PyUnicode_READ(kind, data, j)):
                    j += 1
            out.append(PyUnicode_Substring(text, i, j))
            i = j
        elif _space(c):
            i += 1
        else:
            out.append(PyUnicode_Substring(text, i, i + 1))
            i += 1
    return out


def indices_of(list items, value):
    """``[k for k, x in enumerate(items) if x == value]`` ."""
    cdef list out = []
    cdef Py_ssize_t k
    for k in range(len(items)):
        x = items[k]
        if x == value:
            out.append(k)
    return out


def indices_in(list items, values):
    """``[k for k, x in enumerate(items) if x in values]``."""
    cdef list out = []
    cdef Py_ssize_t k
    for k in range(len(items)):
        if items[k] in values:
            out.append(k)
    return out


def mark_token_offsets(str text):
    """``marsad.quotes.tokens.mark_token_offsets_python(text)``: ``(start, token)`` of each word
    (split at white space and at the marks) and each mark of ``MARK_TOKEN_PUNCT``."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t i, s = -1
    cdef uint32_t c
    cdef int m
    cdef list out = []
    cdef list marks = [_MARKS[k] for k in range(17)]
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        m = _mark_index(c)
        if m >= 0 or _space(c):
            if s >= 0:
                out.append((s, PyUnicode_Substring(text, s, i)))
                s = -1
            if m >= 0:
                out.append((i, marks[m]))
        elif s < 0:
            s = i
    if s >= 0:
        out.append((s, PyUnicode_Substring(text, s, n)))
    return out


def feminine_keys(list bare):
    """``marsad.quotes.tokens.feminine_keys_python(bare)``: a final ``ة``/``ه`` dropped from a token
    of more than 3 characters."""
    cdef list out = []
    cdef str w
    cdef Py_ssize_t n
    cdef uint32_t c
    for w in bare:
        n = PyUnicode_GET_LENGTH(w)
        if n > 3:
            c = PyUnicode_READ(PyUnicode_KIND(w), PyUnicode_DATA(w), n - 1)
            if c == 0x0629 or c == 0x0647:
                out.append(PyUnicode_Substring(w, 0, n - 1))
                continue
        out.append(w)
    return out


def word_count(str text, start=None, end=None):
    """``len(text[start:end].split())`` without the slice and the words (the bounds as Python
    slices them: ``None``, negative or past the end)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t s, e, i, count = 0
    cdef bint in_word = False
    if start is None:
        s = 0
    else:
        s = start
        if s < 0:
            s = s + n if s + n > 0 else 0
        elif s > n:
            s = n
    if end is None:
        e = n
    else:
        e = end
        if e < 0:
            e = e + n if e + n > 0 else 0
        elif e > n:
            e = n
    for i in range(s, e):
        if _space(PyUnicode_READ(kind, data, i)):
            in_word = False
        elif not in_word:
            in_word = True
            count += 1
    return count


# -- quotation marks (speed30): ``marsad.quotes.direct.find_marked_spans_python`` as one C loop ------

cdef inline int _mark_family(uint32_t c) noexcept:
    """``direct.MARK_FAMILY``: 1 ``d`` (``" “ ” „ ″ 〝 〞 〟``), 2 ``g`` (``« »``), 3 ``a`` (``‹ ›``),
    4 ``s`` (``' ‘ ’``), 0 no mark."""
    if c < 128:
        if c == 34: return 1
        if c == 39: return 4
        return 0
    if c == 0xAB or c == 0xBB: return 2
    if c < 0x2018: return 0
    if c == 0x201C or c == 0x201D or c == 0x201E or c == 0x2033: return 1
    if c == 0x2018 or c == 0x2019: return 4
    if c == 0x2039 or c == 0x203A: return 3
    if c == 0x301D or c == 0x301E or c == 0x301F: return 1
    return 0


cdef inline bint _open_before(uint32_t c) noexcept:
    """``direct._OPEN_BEFORE``: ``( : ، , ؛ ; - – — [ ـ /``."""
    return (c == 0x28 or c == 0x3A or c == 0x060C or c == 0x2C or c == 0x061B or c == 0x3B or c == 0x2D
            or c == 0x2013 or c == 0x2014 or c == 0x5B or c == 0x0640 or c == 0x2F)


cdef inline bint _close_after(uint32_t c) noexcept:
    """``direct._CLOSE_AFTER``: ``. , ، ؛ ; : ! ؟ ? ) ] - – — …``."""
    return (c == 0x2E or c == 0x2C or c == 0x060C or c == 0x061B or c == 0x3B or c == 0x3A or c == 0x21
            or c == 0x061F or c == 0x3F or c == 0x29 or c == 0x5D or c == 0x2D or c == 0x2013 or c == 0x2014
            or c == 0x2026)


cdef inline bint _clitic_letter(uint32_t c) noexcept:
    """``direct._CLITIC_LETTERS``: ``و ف ب ل ك``."""
    return c == 0x0648 or c == 0x0641 or c == 0x0628 or c == 0x0644 or c == 0x0643


cdef inline int _mark_role(int kind, void *data, Py_ssize_t n, Py_ssize_t i, Py_ssize_t width) noexcept:
    """``direct._role``: 1 open, 2 close, 0 ``?`` (``width``: 2 for a doubled apostrophe)."""
    cdef uint32_t prev = PyUnicode_READ(kind, data, i - 1) if i > 0 else 32
    cdef uint32_t nxt = PyUnicode_READ(kind, data, i + width) if i + width < n else 32
    cdef uint32_t p2
    cdef bint before_open = Py_UNICODE_ISSPACE(prev) or _open_before(prev)
    if not before_open and _clitic_letter(prev):
        if i < 2:
            before_open = True
        else:
            p2 = PyUnicode_READ(kind, data, i - 2)
            before_open = Py_UNICODE_ISSPACE(p2) or _open_before(p2)
    cdef bint nxt_space = Py_UNICODE_ISSPACE(nxt)
    cdef bint after_close = nxt_space or _close_after(nxt) or _mark_family(nxt) != 0 or i + width >= n
    if before_open and not nxt_space and not after_close:
        return 1
    if after_close and not Py_UNICODE_ISSPACE(prev):
        return 2
    if before_open and _mark_family(nxt) != 0:
        return 1
    return 0


_FAMILY_NAMES = (None, "d", "g", "a", "s")


def marked_spans(span_type, str text):
    """``marsad.quotes.direct.find_marked_spans_python(text)``: the top-level quoted spans of
    ``text``, each a ``span_type`` (``direct.MarkedSpan``) with its nested children and, when
    unclosed, its ``merged_end``. The same reading, mark by mark, in one C loop."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t pos, best
    cdef Py_ssize_t skip = -1, width
    cdef uint32_t c, nc
    cdef int fam, role
    cdef bint punct_after, doubled
    cdef list top = []
    cdef list open_all = []
    cdef list stack, todo
    cdef set open_ids = set()
    cdef list stacks = [None, [], [], [], []]
    cdef tuple names = _FAMILY_NAMES
    for pos in range(n):
        c = PyUnicode_READ(kind, data, pos)
        fam = _mark_family(c)
        if fam == 0 or pos == skip:
            continue
        doubled = c == 39 and pos + 1 < n and PyUnicode_READ(kind, data, pos + 1) == 39
        width = 1
        if doubled:  # ``''…''``: one double mark (direct.find_marked_spans_python, step 54b)
            skip = pos + 1
            fam = 1
            width = 2
        role = _mark_role(kind, data, n, pos, width)
        stack = <list>stacks[fam]
        if role == 0:
            if fam == 4:
                continue
            role = 2 if stack else 1
        if role == 2 and not stack and fam != 4:
            if pos + width >= n:
                punct_after = True
            else:
                nc = PyUnicode_READ(kind, data, pos + width)
                punct_after = _close_after(nc) or nc == 10
            if open_all and (<object>open_all[len(open_all) - 1]).family not in (names[fam], "s") and (
                    c == 0xBB or c == 0x203A or punct_after):
                span = open_all.pop()
                open_ids.discard(id(span))
                (<list>stacks[_FAMILY_NAMES.index(span.family)]).pop()
                span.close = pos + width - 1
                span.end = pos
                continue
            if c == 0xBB or c == 0x203A:
                continue
            if not open_all and punct_after:
                continue
            role = 1
        if role == 1:
            span = span_type(pos, None, pos + width, n, names[fam], depth=len(open_all))
            if open_all:
                (<object>open_all[len(open_all) - 1]).children.append(span)
            else:
                top.append(span)
            stack.append(span)
            open_all.append(span)
            open_ids.add(id(span))
        else:
            if not stack:
                continue
            span = stack.pop()
            span.close = pos + width - 1
            span.end = pos
            if id(span) in open_ids:
                while open_all and open_all[len(open_all) - 1] is not span:
                    open_ids.discard(id(open_all.pop()))
                open_ids.discard(id(open_all.pop()))
    for span in top:
        if span.close is None:
            best = -1
            todo = list(span.children)
            while todo:
                child = todo.pop()
                if child.close is not None and <Py_ssize_t>child.close > best:
                    best = child.close
                todo.extend(child.children)
            span.merged_end = best if best >= 0 else None
    return top


# -- sentence ends (speed30): ``marsad.quotes.reported.sentence_ends_python`` as one C loop ----------

#: The pattern :func:`sentence_ends` reads, character for character (``reported.SENTENCE_END_RE``);
#: ``reported`` uses this function only while its pattern is this string.
SENTENCE_END_PATTERN = (
    "[.!?؟](?<!\\s[\\u0621-\\u064a][.!?؟])(?<!^[\\u0621-\\u064a][.!?؟])(?!\\d)(?=[\\s\\\"”»'’)]|$)")

cdef extern from "Python.h":
    bint Py_UNICODE_ISDECIMAL(uint32_t ch)


def sentence_ends(str text):
    """``marsad.quotes.reported.sentence_ends_python(text)``: the offsets just after each match of
    :data:`SENTENCE_END_PATTERN` (``. ! ? ؟`` not after a space and one Arabic letter, nor after one
    Arabic letter opening the text; not before a digit; before white space, ``" ” » ' ’ )`` or the
    end), then ``len(text)``. ``\\s`` and ``\\d`` as ``re`` reads them in a ``str``:
    ``Py_UNICODE_ISSPACE``, ``Py_UNICODE_ISDECIMAL``."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t p
    cdef uint32_t c, prev, nxt
    cdef list out = []
    for p in range(n):
        c = PyUnicode_READ(kind, data, p)
        if not (c == 0x2E or c == 0x21 or c == 0x3F or c == 0x061F):
            continue
        if p >= 1:
            prev = PyUnicode_READ(kind, data, p - 1)
            if 0x0621 <= prev <= 0x064A and (p == 1 or Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, p - 2))):
                continue  # د. م. : a one-letter abbreviation
        if p + 1 < n:
            nxt = PyUnicode_READ(kind, data, p + 1)
            if Py_UNICODE_ISDECIMAL(nxt):
                continue
            if not (Py_UNICODE_ISSPACE(nxt) or nxt == 0x22 or nxt == 0x201D or nxt == 0xBB or nxt == 0x27
                    or nxt == 0x2019 or nxt == 0x29):
                continue
        out.append(p + 1)
    out.append(n)
    return out


# -- whole-line hint tests (speed30): a pattern's search as one C pass ------------------------------

#: ``marsad.quotes.stage._ACCORDING_HINT_RE``'s pattern, read by :func:`according_hint` (used only
#: while the pattern is this string).
ACCORDING_HINT_PATTERN = "حسب|وفق|طبق|نقلا\\s+عن|على\\s+(?:حد|ما)"
#: ``marsad.quotes.interview._MARK_HINT_RE``'s pattern, read by :func:`mark_hint` (the same guard).
MARK_HINT_PATTERN = "س\\s*\\d*\\s*[:/：\\-–]"


cdef inline Py_ssize_t _spaces(int kind, void *data, Py_ssize_t n, Py_ssize_t j) noexcept:
    """The offset past the white space (``\\s``: ``Py_UNICODE_ISSPACE``) from ``j``."""
    while j < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, j)):
        j += 1
    return j


cdef inline bint _pair(int kind, void *data, Py_ssize_t n, Py_ssize_t j, uint32_t a, uint32_t b) noexcept:
    return j + 1 < n and PyUnicode_READ(kind, data, j) == a and PyUnicode_READ(kind, data, j + 1) == b


def according_hint(str text):
    """``ACCORDING_HINT_PATTERN`` found in ``text`` (``re.search(...) is not None``): ``حسب``,
    ``وفق``, ``طبق``, ``نقلا`` + white space + ``عن``, ``على`` + white space + ``حد``/``ما``."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t i, j
    cdef uint32_t c
    for i in range(n):
        c = PyUnicode_READ(kind, data, i)
        if c < 0x062D or c > 0x0648:
            continue
        if c == 0x062D:  # حسب
            if _pair(kind, data, n, i + 1, 0x0633, 0x0628):
                return True
        elif c == 0x0648:  # وفق
            if _pair(kind, data, n, i + 1, 0x0641, 0x0642):
                return True
        elif c == 0x0637:  # طبق
            if _pair(kind, data, n, i + 1, 0x0628, 0x0642):
                return True
        elif c == 0x0646:  # نقلا\s+عن
            if _pair(kind, data, n, i + 1, 0x0642, 0x0644) and i + 3 < n and PyUnicode_READ(kind, data, i + 3) == 0x0627:
                j = _spaces(kind, data, n, i + 4)
                if j > i + 4 and _pair(kind, data, n, j, 0x0639, 0x0646):
                    return True
        elif c == 0x0639:  # على\s+(?:حد|ما)
            if _pair(kind, data, n, i + 1, 0x0644, 0x0649):
                j = _spaces(kind, data, n, i + 3)
                if j > i + 3 and (_pair(kind, data, n, j, 0x062D, 0x062F) or _pair(kind, data, n, j, 0x0645, 0x0627)):
                    return True
    return False


def mark_hint(str text):
    """``MARK_HINT_PATTERN`` found in ``text``: ``س``, white space, digits (``\\d``:
    ``Py_UNICODE_ISDECIMAL``), white space, then one of ``: / ： - –`` (the three runs are of
    disjoint classes and the last character is in none, so no other reading of them matches)."""
    cdef Py_ssize_t n = PyUnicode_GET_LENGTH(text)
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_ssize_t i, j
    cdef uint32_t c
    for i in range(n):
        if PyUnicode_READ(kind, data, i) != 0x0633:
            continue
        j = _spaces(kind, data, n, i + 1)
        while j < n and Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, data, j)):
            j += 1
        j = _spaces(kind, data, n, j)
        if j < n:
            c = PyUnicode_READ(kind, data, j)
            if c == 0x3A or c == 0x2F or c == 0xFF1A or c == 0x2D or c == 0x2013:
                return True
    return False
