# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled search analysis: the same results as :func:`marsad.search.analyzer.analyze_text`
(the Python reference; ``tests/test_speedups.py`` compares them on generated text and on real
corpus lines), one C loop per text instead of regex + Python per word.

What is compiled here and what it mirrors (a change to any mirrored module makes the loader
refuse this build until it is rebuilt, see :mod:`marsad._speedups`):

* the word scan of ``analyzer.WORD_RE`` (``\\w`` less ``_``, plus the in-word marks): CPython's
  ``re`` tests ``\\w`` with ``Py_UNICODE_ISALNUM``, and so does this loop;
* the surface key of a word (``analyzer.surface_key``): one table look-up per character, the table
  computed from the Python code itself at :func:`configure` (each character's key alone); a word
  holding a character outside the table (or one that composes: ``&``, combining madda/hamza) is
  analysed by the Python reference, so every rule stays in one place;
* the light stems (``stemmer.stems`` / ``light_stem``): the same steps, over the tables the
  Python module exports (passed in by :func:`configure`).
"""

from cpython.dict cimport PyDict_GetItem, PyDict_SetItem, PyDict_Size
from cpython.object cimport PyObject

# --- configuration (set by configure(), from the Python modules) ------------------------------

cdef dict _KEY_TABLE = {}      # code point -> replacement str ('' = delete); absent = Python path
cdef Py_UCS4[0x0700] _KT_A     # table for code points < 0x0700 (ABSENT, 0 = delete, else the key char)
cdef Py_UCS4[0x0070] _KT_G     # 0x2000-0x206F
cdef bint _configured = False
cdef object _slow_entry = None  # word -> (key, stems, other stems): the Python reference
cdef frozenset _PROTECTED = frozenset()
cdef frozenset _PARTICLES = frozenset()
cdef tuple _AL_PREFIXES = ()
cdef tuple _SUFFIXES = ()
cdef frozenset _FORM_V = frozenset()
cdef int _MIN_STEM = 3
cdef int _MIN_AFTER_ARTICLE = 2
cdef int _MIN_AFTER_WAW = 3

cdef enum:
    ABSENT = 0x110000  # no table entry: not a code point


cdef extern from *:
    """
    #ifndef MARSAD_SOURCE_HASH
    #define MARSAD_SOURCE_HASH ""
    #endif
    """
    const char *MARSAD_SOURCE_HASH

#: sha256 of this file and the Python modules it mirrors, when it was built (setup.py passes it;
#: :func:`marsad._speedups.load` compares it with the sources now).
SOURCE_HASH = (<bytes>MARSAD_SOURCE_HASH).decode("ascii")


def configure(dict key_table, slow_entry, protected, particles, al_prefixes, suffixes, form_v,
              int min_stem, int min_after_article, int min_after_waw):
    """Install the tables (from the Python modules, so a table change needs no rebuild)."""
    global _slow_entry, _PROTECTED, _PARTICLES, _AL_PREFIXES, _SUFFIXES, _FORM_V
    global _MIN_STEM, _MIN_AFTER_ARTICLE, _MIN_AFTER_WAW, _configured, _KEY_TABLE
    cdef Py_ssize_t cp
    cdef str rep
    for cp in range(0x0700):
        _KT_A[cp] = ABSENT
    for cp in range(0x0070):
        _KT_G[cp] = ABSENT
    for k, rep in key_table.items():
        cp = k
        if len(rep) > 1:
            continue
        if cp < 0x0700:
            _KT_A[cp] = <Py_UCS4>ord(rep) if rep else 0
        elif 0x2000 <= cp < 0x2070:
            _KT_G[cp - 0x2000] = <Py_UCS4>ord(rep) if rep else 0
    _KEY_TABLE = key_table
    _slow_entry = slow_entry
    _PROTECTED = frozenset(protected)
    _PARTICLES = frozenset(particles)
    _AL_PREFIXES = tuple(al_prefixes)
    _SUFFIXES = tuple(suffixes)
    _FORM_V = frozenset(form_v)
    _MIN_STEM = min_stem
    _MIN_AFTER_ARTICLE = min_after_article
    _MIN_AFTER_WAW = min_after_waw
    _configured = True


def is_configured():
    return _configured


# --- word scan ---------------------------------------------------------------------------------

cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)


cdef inline bint _in_word_mark(Py_UCS4 c) noexcept nogil:
    # analyzer._IN_WORD_MARKS
    return ((0x0610 <= c <= 0x061A) or (0x064B <= c <= 0x065F) or c == 0x0670
            or (0x06D6 <= c <= 0x06ED) or c == 0x0640 or (0x200C <= c <= 0x200F)
            or (0x202A <= c <= 0x202E) or (0x2066 <= c <= 0x2069) or c == 0x061C)


cdef inline bint _is_word_char(Py_UCS4 c):
    if c < 0x80:
        return (0x30 <= c <= 0x39) or (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A)
    return _in_word_mark(c) or Py_UNICODE_ISALNUM(c)


cdef inline bint _trailing_mark(Py_UCS4 c) noexcept nogil:
    # analyzer._TRAILING_MARKS
    return (0x064B <= c <= 0x065F) or c == 0x0670 or c == 0x0640 or (0x200C <= c <= 0x200F)


def word_spans(str text):
    """``[(start, end), ...]`` of the words of ``text`` (``analyzer.WORD_RE`` matches)."""
    cdef Py_ssize_t i = 0, n = len(text), s
    out = []
    while i < n:
        if _is_word_char(text[i]):
            s = i
            i += 1
            while i < n and _is_word_char(text[i]):
                i += 1
            out.append((s, i))
        else:
            i += 1
    return out


# --- surface key ---------------------------------------------------------------------------------

cdef inline Py_UCS4 _key_char(Py_UCS4 c) noexcept:
    cdef Py_ssize_t i = c
    if i < 0x0700:
        return _KT_A[i]
    if 0x2000 <= i < 0x2070:
        return _KT_G[i - 0x2000]
    return ABSENT


cdef object _fast_key(str word):
    """The surface key of ``word`` by the character table, or ``None`` when a character of the
    word is not in it (the caller then uses the Python reference)."""
    cdef Py_ssize_t n = len(word), i, m = 0
    cdef Py_UCS4 c, r
    cdef Py_UCS4 buf[64]
    if n > 64:
        return None
    for i in range(n):
        c = word[i]
        r = _key_char(c)
        if r == ABSENT:
            return None
        if r != 0:
            buf[m] = r
            m += 1
    if m and buf[m - 1] == 0x064A:  # ي: keep ى when the word is written with it
        i = n - 1
        while i >= 0 and _trailing_mark(word[i]):
            i -= 1
        if i >= 0 and word[i] == 0x0649:
            buf[m - 1] = 0x0649
    return _ucs4_str(buf, m)


cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void *buffer, Py_ssize_t size)
    int PyUnicode_4BYTE_KIND


cdef inline str _ucs4_str(Py_UCS4 *buf, Py_ssize_t m):
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, m)


def surface_key(str word):
    """``analyzer.surface_key(word)`` (the table where it applies, else the Python reference)."""
    key = _fast_key(word)
    if key is None:
        return _slow_entry(word)[0]
    return key


# --- light stems (stemmer.light_stem / stemmer.stems) ---------------------------------------------

cdef inline bint _is_proclitic(Py_UCS4 c) noexcept nogil:
    # stemmer.SINGLE_PROCLITICS: و ف ب ل ك
    return c == 0x0648 or c == 0x0641 or c == 0x0628 or c == 0x0644 or c == 0x0643


cdef bint _radical_final_ha(str w):
    cdef Py_ssize_t n = len(w)
    cdef Py_UCS4 c0
    if n == 5 or n == 6:
        c0 = w[0]
        if (c0 == 0x0648 or c0 == 0x0641 or c0 == 0x0644) and w[1:3] in _FORM_V:
            w = w[1:]
            n -= 1
    return (n == 4 or n == 5) and w[:2] in _FORM_V


cdef str _light_stem(str key):
    cdef str w, prefix, suffix
    cdef Py_ssize_t n
    if key in _PARTICLES:
        return key
    w = key.replace("ى", "ي")
    if w in _PROTECTED:
        return w
    n = len(w)
    if n > 3 and _is_proclitic(w[0]) and w[1:] in _PROTECTED:
        return w[1:]
    for prefix in _AL_PREFIXES:
        if w.startswith(prefix) and n - len(prefix) >= _MIN_AFTER_ARTICLE:
            w = w[len(prefix):]
            if w in _PROTECTED:
                return w
            break
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM:
            if suffix == "ه" and _radical_final_ha(w):
                continue
            w = w[: len(w) - len(suffix)]
            if w in _PROTECTED:
                return w
    return w


cdef tuple _stems(str key):
    cdef Py_UCS4 c0
    cdef str primary, secondary
    if not key:
        return (key,)
    c0 = key[0]
    if not (0x0621 <= c0 <= 0x064A):
        return (key,)
    if len(key) > 3 and _is_proclitic(c0) and key[1:] in _PARTICLES:
        return (key[1:],)
    primary = _light_stem(key)
    if c0 == 0x0648 and not key.startswith("وال") and len(key) - 1 >= _MIN_AFTER_WAW:
        secondary = _light_stem(key[1:])
        if secondary != primary:
            return (primary, secondary)
    return (primary,)


def stems(str key):
    """``stemmer.stems(key)``."""
    return _stems(key)


cdef tuple _entry(str word):
    """``(key, stems, other stems joined)`` of one word, as ``analyzer`` caches it."""
    cdef object key = _fast_key(word)
    cdef tuple st
    if key is None:
        return _slow_entry(word)
    st = _stems(key) if key else ()
    if len(st) == 0:
        return (key, st, "")
    if len(st) == 1:
        return (key, st, "" if st[0] == key else st[0])
    return (key, st, " ".join([s for s in st if s != key]))


def entry(str word):
    """The cache entry of one word (see :func:`_entry`)."""
    return _entry(word)


# --- a whole text ---------------------------------------------------------------------------------

def analyze_text(str text, dict cache, Py_ssize_t max_words):
    """``analyzer.analyze_text(text)``: ``(keys, stems)`` with ``cache`` (word → entry, shared
    with the Python analyzer) bounded by ``max_words`` (cleared when full, as there)."""
    cdef Py_ssize_t i = 0, n = len(text), s
    cdef list keys = []
    cdef list others = []
    cdef PyObject *hit
    cdef tuple e
    cdef str word, other
    while i < n:
        if not _is_word_char(text[i]):
            i += 1
            continue
        s = i
        i += 1
        while i < n and _is_word_char(text[i]):
            i += 1
        word = text[s:i]
        hit = PyDict_GetItem(cache, word)
        if hit is NULL:
            e = _entry(word)
            if PyDict_Size(cache) >= max_words:
                cache.clear()
            PyDict_SetItem(cache, word, e)
        else:
            e = <tuple>hit
        keys.append(e[0])
        other = e[2]
        if other:
            others.append(other)
    if not keys:
        return "", ""
    return " ".join(keys), " ".join(others)
