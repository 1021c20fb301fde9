# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled tokens of the quotes stage: ``phrase_tokens`` as one C loop per call.

The rule is ``marsad.quotes.tokens`` (the reference, used whenever this module is missing, stale or
disabled; ``tests/test_quotes_tokens.py`` compares both on every sub-span of mixed, random and real
text): the tokens of ``TOKEN_RE = #?[\\w\\u0640\\u064b-\\u065f\\u0670\\u200c.]+|[^\\w\\s]`` scanned in
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
