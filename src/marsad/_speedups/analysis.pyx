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
* the light stems (``stemmer.stems``, with its clitic lexicon): the same steps on the word's characters in
  a C buffer, over the tables the Python module exports (passed in by :func:`configure`); a
  Python string is made only to ask the name and particle sets about a candidate that a bitmap of
  their (first letter, last letter, length) says may be in them.

Unlike the Python analyzer it keeps no word cache: keying and stemming a word here costs about what
a dictionary look-up of it costs in Python, without the memory (the cache's ~60 MB at its bound)
and without the cache misses a large dictionary takes inside the ingest loop.
"""

from libc.stdint cimport uint32_t, uint64_t
from libc.stdlib cimport calloc, free, malloc, realloc
from libc.string cimport memcmp, memcpy, memset

from cpython.dict cimport PyDict_GetItem, PyDict_SetItem, PyDict_Size
from cpython.object cimport PyObject
from cpython.unicode cimport PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ

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
# affixes as C arrays (from stemmer.AL_PREFIXES, SUFFIXES, FORM_V_PREFIXES; at most 8 of 4 chars)
cdef Py_UCS4[8][4] _PRE
cdef int[8] _PRE_LEN
cdef int _NPRE = 0
cdef Py_UCS4[16][4] _SUF
cdef int[16] _SUF_LEN
cdef int _NSUF = 0
cdef Py_UCS4[16][2] _FV
cdef int _NFV = 0
# (first letter, last letter) -> bit set of lengths (31 = 31 or more) of the protected names / of
# the particles; letters outside U+0621..U+064A share bucket 42
cdef uint32_t[43 * 43] _PROT_BITS
cdef uint32_t[43 * 43] _PART_BITS
cdef uint32_t[43 * 43] _CI_BITS    # stemmer.CLITIC_INITIAL_STEMS
cdef uint32_t[43 * 43] _NI_BITS    # stemmer.NAME_INITIAL_STEMS
cdef uint32_t[43 * 43] _SI_BITS    # stemmer.STRONG_CLITIC_INITIAL_STEMS
cdef uint32_t[43 * 43] _AS_BITS    # stemmer.ARTICLE_STEMS
cdef int _MIN_AFTER_PROCLITIC = 3
cdef Py_UCS4[8] _STRIPPED          # stemmer.STRIPPED_PROCLITICS
cdef int _NSTRIPPED = 0

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
              int min_stem, int min_after_article, int min_after_waw,
              clitic_initial, strong_initial, name_initial, article_stems, stripped,
              int min_after_proclitic, possessive_bases=frozenset(), possessive_suffixes=(),
              taa_only=frozenset(), family_bases=frozenset(), family_words=frozenset(),
              al_own=frozenset(), nisba_bases=frozenset(), nisba_words=frozenset()):
    """Install the tables (from the Python modules, so a table change needs no rebuild)."""
    global _slow_entry, _PROTECTED, _PARTICLES, _AL_PREFIXES, _SUFFIXES, _FORM_V
    global _MIN_STEM, _MIN_AFTER_ARTICLE, _MIN_AFTER_WAW, _configured, _KEY_TABLE, _NFV
    global _MIN_AFTER_PROCLITIC, _NSTRIPPED, _HAS_PB, _NPOSS, _HAS_FAM, _HAS_NIS
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
    _affixes(tuple(al_prefixes), 8, 4, &_PRE[0][0], _PRE_LEN, &_NPRE)
    _affixes(tuple(suffixes), 16, 4, &_SUF[0][0], _SUF_LEN, &_NSUF)
    cdef int nfv = 0
    for fv in sorted(form_v):
        if len(fv) == 2 and nfv < 16:  # stemmer compares two-letter slices with them
            _FV[nfv][0] = ord(fv[0])
            _FV[nfv][1] = ord(fv[1])
            nfv += 1
    _NFV = nfv
    _bits(_PROTECTED, _PROT_BITS)
    _bits(_PARTICLES, _PART_BITS)
    _set_build(&_PROT_SET, _PROTECTED)
    _set_build(&_PART_SET, _PARTICLES)
    _bits(frozenset(clitic_initial), _CI_BITS)
    _bits(frozenset(name_initial), _NI_BITS)
    _bits(frozenset(strong_initial), _SI_BITS)
    _set_build(&_SI_SET, frozenset(strong_initial))
    _bits(frozenset(article_stems), _AS_BITS)
    _set_build(&_CI_SET, frozenset(clitic_initial))
    _set_build(&_NI_SET, frozenset(name_initial))
    _set_build(&_AS_SET, frozenset(article_stems))
    if len(stripped) > 8:
        raise ValueError(f"too many stripped proclitics: {stripped!r}")
    _NSTRIPPED = 0
    for c in sorted(stripped):
        _STRIPPED[_NSTRIPPED] = ord(c)
        _NSTRIPPED += 1
    _MIN_AFTER_PROCLITIC = min_after_proclitic
    _bits(frozenset(possessive_bases), _PB_BITS)
    _set_build(&_PB_SET, frozenset(possessive_bases))
    _affixes(tuple(possessive_suffixes), 8, 4, &_POSS[0][0], _POSS_LEN, &_NPOSS)
    for i, suf in enumerate(tuple(possessive_suffixes)[:8]):
        _POSS_TAA_ONLY[i] = suf in taa_only
    _HAS_PB = len(possessive_bases) > 0
    _bits(frozenset(family_bases), _FB_BITS)
    _set_build(&_FB_SET, frozenset(family_bases))
    _bits(frozenset(family_words), _FW_BITS)
    _set_build(&_FW_SET, frozenset(family_words))
    _HAS_FAM = len(family_bases) > 0
    _bits(frozenset(al_own), _AO_BITS)
    _set_build(&_AO_SET, frozenset(al_own))
    _bits(frozenset(nisba_bases), _NB_BITS)
    _set_build(&_NB_SET, frozenset(nisba_bases))
    _bits(frozenset(nisba_words), _NW_BITS)
    _set_build(&_NW_SET, frozenset(nisba_words))
    _HAS_NIS = len(nisba_bases) > 0
    _stem_cache_clear()
    _configured = True


cdef void _affixes(tuple items, int most, int width, Py_UCS4 *out, int *lens, int *count) except *:
    if len(items) > most or any(len(a) > width or not a for a in items):
        raise ValueError(f"affix table does not fit the compiled stemmer: {items!r}")
    cdef int i = 0, j
    for a in items:
        for j in range(len(a)):
            out[i * width + j] = ord(a[j])
        lens[i] = len(a)
        i += 1
    count[0] = i


cdef inline int _bucket(Py_UCS4 c) noexcept nogil:
    cdef long i = <long>c
    if 0x0621 <= i <= 0x064A:
        return <int>(i - 0x0621)
    return 42


cdef void _bits(frozenset words, uint32_t *table) except *:
    cdef int i
    for i in range(43 * 43):
        table[i] = 0
    for w in words:
        if w:
            table[_bucket(ord(w[0])) * 43 + _bucket(ord(w[len(w) - 1]))] |= (<uint32_t>1) << min(len(w), 31)


def is_configured():
    return _configured


# --- the protected-name and particle sets as C hash sets ------------------------------------------
# (a candidate stem is looked up on its characters: no Python string is made for it; the same
# answers as ``str in frozenset``, since two strings are equal exactly when their code points are)

cdef struct WordSet:
    uint64_t *hashes   # 0: empty slot
    uint32_t *offs     # start of the word in pool
    uint32_t *lens
    Py_UCS4 *pool
    Py_ssize_t mask


cdef WordSet _PROT_SET
cdef WordSet _PART_SET
cdef WordSet _CI_SET
cdef WordSet _NI_SET
cdef WordSet _SI_SET
cdef WordSet _AS_SET
cdef WordSet _PB_SET               # stemmer.POSSESSIVE_BASES
cdef uint32_t[43 * 43] _PB_BITS
cdef bint _HAS_PB = False
# stemmer.POSSESSIVE_SUFFIXES (at most 8 of 4 chars), and which are stemmer.TAA_ONLY_SUFFIXES
cdef Py_UCS4[8][4] _POSS
cdef int[8] _POSS_LEN
cdef int _NPOSS = 0
cdef bint[8] _POSS_TAA_ONLY
cdef Py_UCS4[64] _POSS_BUF         # the rest of the key being stemmed (stemmer.possessive_rest)
cdef WordSet _FB_SET               # names.NAME_FAMILIES (stemmer.stems: رياضة → رياضه)
cdef uint32_t[43 * 43] _FB_BITS
cdef WordSet _FW_SET               # names.NAME_FAMILY_WORDS
cdef uint32_t[43 * 43] _FW_BITS
cdef bint _HAS_FAM = False
cdef Py_UCS4[2][66] _FAM_OUT       # a family stem (N + ه) of the first / second stem
cdef WordSet _AO_SET               # names.AL_OWN_WORDS (keys whose ال is their own: الماني)
cdef uint32_t[43 * 43] _AO_BITS
cdef WordSet _NB_SET               # names.NISBA_BASES (سور of سوريا: stemmer._tail_stem)
cdef uint32_t[43 * 43] _NB_BITS
cdef WordSet _NW_SET               # names.NISBA_WORDS (سوري, سوريه, سوريين …)
cdef uint32_t[43 * 43] _NW_BITS
cdef bint _HAS_NIS = False
cdef Py_UCS4[2][66] _NIS_OUT       # a nisba stem (S + يا) of the first / second stem


cdef inline uint64_t _hash(const Py_UCS4 *w, Py_ssize_t n) noexcept nogil:
    cdef uint64_t h = 1469598103934665603ULL  # FNV-1a, 64 bits
    cdef Py_ssize_t i
    for i in range(n):
        h = (h ^ <uint64_t>w[i]) * 1099511628211ULL
    return h | 1


cdef void _set_free(WordSet *ws) noexcept:
    free(ws.hashes)
    free(ws.offs)
    free(ws.lens)
    free(ws.pool)
    ws.hashes = NULL
    ws.offs = NULL
    ws.lens = NULL
    ws.pool = NULL
    ws.mask = 0


cdef void _set_build(WordSet *ws, frozenset words) except *:
    cdef Py_ssize_t size = 16, total = 0, at = 0, i, j, n
    cdef uint64_t h
    cdef str w
    _set_free(ws)
    while size < 2 * len(words) + 2:
        size *= 2
    for w in words:
        total += len(w)
    ws.hashes = <uint64_t *>calloc(size, sizeof(uint64_t))
    ws.offs = <uint32_t *>calloc(size, sizeof(uint32_t))
    ws.lens = <uint32_t *>calloc(size, sizeof(uint32_t))
    ws.pool = <Py_UCS4 *>malloc((total + 1) * sizeof(Py_UCS4))
    if ws.hashes == NULL or ws.offs == NULL or ws.lens == NULL or ws.pool == NULL:
        _set_free(ws)
        raise MemoryError()
    ws.mask = size - 1
    for w in words:
        n = len(w)
        for j in range(n):
            ws.pool[at + j] = w[j]
        h = _hash(ws.pool + at, n)
        i = <Py_ssize_t>(h & <uint64_t>ws.mask)
        while ws.hashes[i] != 0:
            i = (i + 1) & ws.mask
        ws.hashes[i] = h
        ws.offs[i] = <uint32_t>at
        ws.lens[i] = <uint32_t>n
        at += n


cdef inline bint _set_has(const WordSet *ws, const Py_UCS4 *w, Py_ssize_t n) noexcept nogil:
    cdef uint64_t h
    cdef Py_ssize_t i
    if ws.hashes == NULL:
        return False
    h = _hash(w, n)
    i = <Py_ssize_t>(h & <uint64_t>ws.mask)
    while ws.hashes[i] != 0:
        if ws.hashes[i] == h and ws.lens[i] == n and memcmp(ws.pool + ws.offs[i], w, n * sizeof(Py_UCS4)) == 0:
            return True
        i = (i + 1) & ws.mask
    return False


def in_word_set(str word, bint protected):
    """``word in`` the protected-name (``protected``) or particle set, by the C hash set (tests)."""
    cdef Py_ssize_t n = len(word), i
    cdef Py_UCS4 *buf = <Py_UCS4 *>malloc((n + 1) * sizeof(Py_UCS4))
    if buf == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            buf[i] = word[i]
        return _set_has(&_PROT_SET if protected else &_PART_SET, buf, n)
    finally:
        free(buf)


# --- word scan ---------------------------------------------------------------------------------

cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)


cdef inline bint _in_word_mark(Py_UCS4 c) noexcept nogil:
    # analyzer._IN_WORD_MARKS
    return ((0x0610 <= c <= 0x061A) or (0x064B <= c <= 0x065F) or c == 0x0670
            or (0x06D6 <= c <= 0x06ED) or c == 0x0640 or (0x200C <= c <= 0x200F)
            or (0x202A <= c <= 0x202E) or (0x2066 <= c <= 0x2069) or c == 0x061C
            or (0x0300 <= c <= 0x036F) or (0x1AB0 <= c <= 0x1AFF) or (0x1DC0 <= c <= 0x1DFF)
            or (0xFE20 <= c <= 0xFE2F) or c == 0x00AD or c == 0x200B or (0x2060 <= c <= 0x2064)
            or c == 0xFEFF or c == 0)


cdef inline bint _is_word_char_slow(Py_UCS4 c) noexcept:
    if c < 0x80:
        return (0x30 <= c <= 0x39) or (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A) or c == 0  # (NUL: an in-word mark)
    return _in_word_mark(c) or Py_UNICODE_ISALNUM(c)


#: ``_is_word_char_slow`` of every code point below 0x0800 (Latin, Greek, Cyrillic, Hebrew, Arabic),
#: computed once when the module loads.
cdef unsigned char[0x0800] _WORD_CHAR
cdef Py_UCS4 _wc
for _wc in range(0x0800):
    _WORD_CHAR[_wc] = _is_word_char_slow(_wc)


cdef inline bint _is_word_char(Py_UCS4 c) noexcept:
    if c < 0x0800:
        return _WORD_CHAR[c]
    return _is_word_char_slow(c)


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
    if _particle_key_shape(buf, m):  # بأن: analyzer.HAMZA_PARTICLE_KEYS
        for i in range(n):
            if word[i] == 0x0623 or word[i] == 0x0625:
                return None
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


# --- light stems (stemmer.light_stem / stemmer.stems) on character buffers ------------------------

cdef extern from "Python.h":
    int PySet_Contains(object anyset, object key) except -1


cdef inline bint _is_proclitic(Py_UCS4 c) noexcept nogil:
    # stemmer.SINGLE_PROCLITICS: و ف ب ل ك
    return c == 0x0648 or c == 0x0641 or c == 0x0628 or c == 0x0644 or c == 0x0643


cdef inline bint _member(const Py_UCS4 *w, Py_ssize_t n, const uint32_t *bits, const WordSet *words) noexcept nogil:
    """``w[:n] in words``: the bitmap first, the C hash set only when the word may be there."""
    if n <= 0:
        return False
    if not (bits[_bucket(w[0]) * 43 + _bucket(w[n - 1])] >> (n if n < 31 else 31)) & 1:
        return False
    return _set_has(words, w, n)


cdef inline bint _eq(const Py_UCS4 *a, Py_ssize_t na, const Py_UCS4 *b, Py_ssize_t nb) noexcept nogil:
    cdef Py_ssize_t i
    if na != nb:
        return False
    for i in range(na):
        if a[i] != b[i]:
            return False
    return True


cdef inline bint _is_fv(Py_UCS4 a, Py_UCS4 b) noexcept nogil:
    cdef int i
    for i in range(_NFV):
        if _FV[i][0] == a and _FV[i][1] == b:
            return True
    return False


cdef bint _radical_final_ha(const Py_UCS4 *w, Py_ssize_t n) noexcept nogil:
    # stemmer._radical_final_ha
    cdef Py_UCS4 c0
    if n == 5 or n == 6:
        c0 = w[0]
        if (c0 == 0x0648 or c0 == 0x0641 or c0 == 0x0644) and _is_fv(w[1], w[2]):
            w += 1
            n -= 1
    return (n == 4 or n == 5) and _is_fv(w[0], w[1])


cdef inline bint _is_stripped(Py_UCS4 c) noexcept nogil:
    cdef int i
    for i in range(_NSTRIPPED):
        if _STRIPPED[i] == c:
            return True
    return False


cdef void _core_stem(const Py_UCS4 *w, Py_ssize_t n, const Py_UCS4 **out, Py_ssize_t *out_n) noexcept nogil:
    """stemmer.core_stem(w[:n]) of a folded key; the stem is ``out[0][:out_n[0]]`` (into ``w``).
    A word of names.AL_OWN_WORDS keeps its ال and two letters after it
    (stemmer._strip_article_and_suffixes)."""
    cdef Py_ssize_t i, j, s = 0, m = n, lp
    cdef bint ok
    cdef bint own = False
    cdef int shortest
    if _member(w, m, _PROT_BITS, &_PROT_SET):
        out[0] = w
        out_n[0] = m
        return
    for i in range(_NPRE):
        if _member(w, m, _AO_BITS, &_AO_SET):  # الماني, التزام: the ال is the word's own
            own = True
            break
        lp = _PRE_LEN[i]
        if m < lp:
            continue
        ok = True
        for j in range(lp):
            if w[j] != _PRE[i][j]:
                ok = False
                break
        if ok and m - lp >= _MIN_AFTER_ARTICLE:
            if lp == 3 and _member(w + 1, m - 1, _AO_BITS, &_AO_SET):
                lp = 1  # بالتزام: ب + التزام
            s = lp
            m -= lp
            if _member(w + s, m, _PROT_BITS, &_PROT_SET):
                out[0] = w + s
                out_n[0] = m
                return
            own = _member(w + s, m, _AO_BITS, &_AO_SET)  # الألمان: المان
            break
    shortest = _MIN_STEM + 1 if own else _MIN_STEM  # المان ↛ الم (nu27)
    for i in range(_NSUF):
        lp = _SUF_LEN[i]
        if m < lp:
            continue
        ok = True
        for j in range(lp):
            if w[s + m - lp + j] != _SUF[i][j]:
                ok = False
                break
        if ok and m - lp >= shortest:
            if lp == 1 and _SUF[i][0] == 0x0647 and _radical_final_ha(w + s, m):
                continue
            m -= lp
            if _member(w + s, m, _PROT_BITS, &_PROT_SET):
                break
    out[0] = w + s
    out_n[0] = m


cdef inline bint _first_letter_is_stem(const Py_UCS4 *c, Py_ssize_t n) noexcept nogil:
    # stemmer.first_letter_is_stem
    if _member(c, n, _CI_BITS, &_CI_SET):
        return True
    return n > 1 and c[n - 1] == 0x062A and _member(c, n - 1, _CI_BITS, &_CI_SET)


cdef int _primary(const Py_UCS4 *key, Py_ssize_t n, Py_UCS4 *w,
                  const Py_UCS4 **out, Py_ssize_t *out_n) noexcept nogil:
    """stemmer.stems(key[:n])[0] for an Arabic key (n > 0), into ``out`` (pointing into ``key``
    or ``w``); returns 1 when the key takes a second stem, the primary of ``key[1:]`` (the ``و``
    branch of stemmer.stems; the caller compares the two), else 0."""
    cdef Py_ssize_t i, rn
    cdef Py_UCS4 c0 = key[0]
    cdef const Py_UCS4 *rc
    cdef bint whole, own
    if n > 3 and _is_proclitic(c0) and _member(key + 1, n - 1, _PART_BITS, &_PART_SET):
        out[0] = key + 1
        out_n[0] = n - 1
        return 0
    if _member(key, n, _PART_BITS, &_PART_SET):
        out[0] = key
        out_n[0] = n
        return 0
    for i in range(n):
        w[i] = 0x064A if key[i] == 0x0649 else key[i]
    _core_stem(w, n, out, out_n)
    if not _is_proclitic(w[0]) or n <= 3:
        return 0
    own = out[0][0] == w[0] and _first_letter_is_stem(out[0], out_n[0])
    whole = _member(w, n, _PROT_BITS, &_PROT_SET)
    if (not whole and _member(w + 1, n - 1, _PROT_BITS, &_PROT_SET)
            and not (own and (out_n[0] == n or _member(out[0], out_n[0], _SI_BITS, &_SI_SET)))):
        out[0] = w + 1
        out_n[0] = n - 1
        return 0
    if own:
        return 0
    if w[0] == 0x0648:
        return 1 if not (w[1] == 0x0627 and w[2] == 0x0644) and n - 1 >= _MIN_AFTER_WAW else 0
    if (_is_stripped(w[0]) and not whole and n - 1 >= _MIN_AFTER_PROCLITIC
            and not (w[1] == 0x0627 and w[2] == 0x0644)
            and not _member(out[0], out_n[0], _NI_BITS, &_NI_SET)):
        _core_stem(w + 1, n - 1, &rc, &rn)
        if _member(rc, rn, _AS_BITS, &_AS_SET):
            out[0] = rc
            out_n[0] = rn
    return 0


cdef inline bint _poss_attested(const Py_UCS4 *r, Py_ssize_t n) noexcept nogil:
    # stemmer._possessive_attested
    if _member(r, n, _PB_BITS, &_PB_SET):
        return True
    return n > 3 and _is_proclitic(r[0]) and _member(r + 1, n - 1, _PB_BITS, &_PB_SET)


cdef Py_ssize_t _possessive_rest(const Py_UCS4 *key, Py_ssize_t n, Py_UCS4 *buf) noexcept nogil:
    """stemmer.possessive_rest(key[:n]) into ``buf``: its length, or 0 when nothing is cut."""
    cdef Py_ssize_t i, j, lp, rn
    cdef bint ok, taa
    cdef Py_UCS4 last = key[n - 1], prev
    # a quick no for most keys: the last letters of no suffix (هما هم هن كم كن نا) or no ت before
    # ه/ها (a taa marbuta, ه in key space, is the commonest ending and needs no look-up)
    if n < 4:
        return 0
    prev = key[n - 2]
    if last == 0x0645 or last == 0x0646:  # م ن: هم هن كم كن
        if prev != 0x0647 and prev != 0x0643:
            return 0
    elif last == 0x0627:  # ا: نا, ها after ت, هما
        if not (prev == 0x0646 or (prev == 0x0647 and key[n - 3] == 0x062A)
                or (prev == 0x0645 and key[n - 3] == 0x0647)):
            return 0
    elif last == 0x0647:  # ه after ت
        if prev != 0x062A:
            return 0
    else:
        return 0
    if _member(key, n, _PART_BITS, &_PART_SET):
        return 0
    for i in range(n):
        buf[i] = 0x064A if key[i] == 0x0649 else key[i]
    if _member(buf, n, _PROT_BITS, &_PROT_SET):
        return 0
    for i in range(_NPOSS):
        lp = _POSS_LEN[i]
        if n - lp < _MIN_STEM:
            continue
        ok = True
        for j in range(lp):
            if buf[n - lp + j] != _POSS[i][j]:
                ok = False
                break
        if not ok:
            continue
        rn = n - lp
        taa = buf[rn - 1] == 0x062A
        if _POSS_TAA_ONLY[i] and not taa:
            return 0
        if _poss_attested(buf, rn):
            return rn
        if taa:
            buf[rn - 1] = 0x0647  # the taa marbuta (ه in key space)
            if _poss_attested(buf, rn):
                return rn
        return 0
    return 0


cdef bint _family_word(const Py_UCS4 *key, Py_ssize_t n, const uint32_t *bits,
                       const WordSet *words) noexcept nogil:
    """stemmer._family_word(key[:n], family) (n <= 64): ``bits``/``words`` are the family words
    (``_FW_BITS``, ``_FW_SET``) or the nisba words (``_NW_BITS``, ``_NW_SET``)."""
    cdef Py_UCS4 w[64]
    cdef Py_ssize_t i, j, lp
    cdef bint ok
    if n <= 0 or n > 64:
        return False
    for i in range(n):
        w[i] = 0x064A if key[i] == 0x0649 else key[i]
    if _member(w, n, bits, words):
        return True
    for i in range(_NPRE):
        lp = _PRE_LEN[i]
        if n <= lp:
            continue
        ok = True
        for j in range(lp):
            if w[j] != _PRE[i][j]:
                ok = False
                break
        if ok and _member(w + lp, n - lp, bits, words):
            return True
    return n > 1 and _is_proclitic(w[0]) and _member(w + 1, n - 1, bits, words)


cdef inline void _grow_stem(const Py_UCS4 **s, Py_ssize_t *sn, const Py_UCS4 *key, Py_ssize_t n,
                            Py_UCS4 *out, const uint32_t *base_bits, const WordSet *bases,
                            const uint32_t *word_bits, const WordSet *words,
                            Py_UCS4 c1, Py_UCS4 c2) noexcept nogil:
    """stemmer's family and nisba steps: the stem ``s[0][:sn[0]]`` of ``key[:n]`` made the stem +
    ``c1`` (+ ``c2`` unless 0) in ``out`` (room for 66 code points) when the stem is one of
    ``bases`` and the word one of ``words``: family ``N`` + ``ه`` (stemmer.stems: رياضة → رياضه),
    nisba ``S`` + ``يا`` (stemmer._tail_stem: سوري → سوريا)."""
    cdef Py_ssize_t i, m = sn[0]
    if m >= 64 or not _member(s[0], m, base_bits, bases) or not _family_word(key, n, word_bits, words):
        return
    for i in range(m):
        out[i] = s[0][i]
    out[m] = c1
    if c2:
        out[m + 1] = c2
    s[0] = out
    sn[0] = m + (2 if c2 else 1)


cdef inline void _tail(const Py_UCS4 **s, Py_ssize_t *sn, const Py_UCS4 *key, Py_ssize_t n,
                       int slot) noexcept nogil:
    """stemmer._tail_stem: the family step, then (when it changed nothing) the nisba step."""
    cdef const Py_UCS4 *before = s[0]
    if _HAS_FAM:
        _grow_stem(s, sn, key, n, _FAM_OUT[slot], _FB_BITS, &_FB_SET, _FW_BITS, &_FW_SET, 0x0647, 0)
    if _HAS_NIS and s[0] == before:
        _grow_stem(s, sn, key, n, _NIS_OUT[slot], _NB_BITS, &_NB_SET, _NW_BITS, &_NW_SET, 0x064A, 0x0627)


cdef int _stems_c(const Py_UCS4 *key, Py_ssize_t n, Py_UCS4 *wa, Py_UCS4 *wb,
                  const Py_UCS4 **s1, Py_ssize_t *n1, const Py_UCS4 **s2, Py_ssize_t *n2) except -1:
    """stemmer.stems(key[:n]) for ``n > 0``: returns how many stems (1 or 2), in s1/n1, s2/n2
    (pointing into ``key``, ``wa``, ``wb`` or the module's possessive buffer: read them before
    the next call)."""
    cdef Py_UCS4 c0 = key[0]
    cdef Py_ssize_t rn
    if not (0x0621 <= c0 <= 0x064A):
        s1[0] = key
        n1[0] = n
        return 1
    if _HAS_PB:
        rn = _possessive_rest(key, n, _POSS_BUF)
        if rn:  # بلادهم → بلاد, حكومته → حكومه (stemmer.possessive_rest)
            key = _POSS_BUF
            n = rn
    if _primary(key, n, wa, s1, n1):
        _tail(s1, n1, key, n, 0)
        _primary(key + 1, n - 1, wb, s2, n2)
        _tail(s2, n2, key + 1, n - 1, 1)
        if not _eq(s1[0], n1[0], s2[0], n2[0]):
            return 2
    else:
        _tail(s1, n1, key, n, 0)
    return 1


def stems(str key):
    """``stemmer.stems(key)`` by the compiled stemmer (keys of at most 64 characters)."""
    cdef Py_ssize_t n = len(key), i
    cdef Py_UCS4 kb[64]
    cdef Py_UCS4 wa[64]
    cdef Py_UCS4 wb[64]
    cdef const Py_UCS4 *s1
    cdef const Py_UCS4 *s2
    cdef Py_ssize_t n1 = 0, n2 = 0
    if n == 0:
        return (key,)
    if n > 64:
        raise ValueError("key longer than 64 characters")
    for i in range(n):
        kb[i] = key[i]
    if _stems_c(kb, n, wa, wb, &s1, &n1, &s2, &n2) == 1:
        return (_ucs4_str(<Py_UCS4 *>s1, n1),)
    return (_ucs4_str(<Py_UCS4 *>s1, n1), _ucs4_str(<Py_UCS4 *>s2, n2))


# --- output buffers ---------------------------------------------------------------------------------

cdef struct Buf:
    Py_UCS4 *data
    Py_ssize_t n
    Py_ssize_t cap


cdef int _reserve(Buf *b, Py_ssize_t extra) except -1:
    cdef Py_ssize_t cap
    cdef Py_UCS4 *data
    if b.n + extra <= b.cap:
        return 0
    cap = max(2 * b.cap, b.n + extra + 64)
    data = <Py_UCS4 *>realloc(b.data, cap * sizeof(Py_UCS4))
    if data is NULL:
        raise MemoryError()
    b.data = data
    b.cap = cap
    return 0


cdef inline int _put(Buf *b, const Py_UCS4 *s, Py_ssize_t n, bint sep) except -1:
    """Append ``s[:n]``, after a space when ``sep``."""
    cdef Py_ssize_t i
    _reserve(b, n + 1)
    if sep:
        b.data[b.n] = 0x20
        b.n += 1
    for i in range(n):
        b.data[b.n + i] = s[i]
    b.n += n
    return 0


cdef int _put_str(Buf *b, str s, bint sep) except -1:
    cdef Py_ssize_t i, n = len(s)
    _reserve(b, n + 1)
    if sep:
        b.data[b.n] = 0x20
        b.n += 1
    for i in range(n):
        b.data[b.n + i] = s[i]
    b.n += n
    return 0


# --- one word, a whole text -------------------------------------------------------------------------

cdef inline bint _particle_key_shape(const Py_UCS4 *kb, Py_ssize_t m) noexcept nogil:
    """A key of analyzer.HAMZA_PARTICLE_KEYS (و ف ب ل ك + ان): the word takes the Python path when
    written with its hamza."""
    cdef Py_UCS4 c0
    if m != 3 or kb[1] != 0x0627 or kb[2] != 0x0646:
        return False
    c0 = kb[0]
    return c0 == 0x0628 or c0 == 0x0644 or c0 == 0x0641 or c0 == 0x0648 or c0 == 0x0643


cdef Py_ssize_t _key_into(int kind, const void *data, Py_ssize_t a, Py_ssize_t b, Py_UCS4 *kb) noexcept:
    """The surface key of the text's characters ``[a:b]`` (``kind``, ``data`` of the string) into
    ``kb`` (64 characters); -1 when the table cannot key the word (a character outside it, or
    longer than 64 characters)."""
    cdef Py_ssize_t i, m = 0
    cdef Py_UCS4 c, r
    cdef bint digit = False, other = False
    if b - a > 64:
        return -1
    for i in range(a, b):
        c = PyUnicode_READ(kind, data, i)
        r = _key_char(c)
        if r == ABSENT:
            return -1
        if r != 0:
            kb[m] = r
            m += 1
            if 0x30 <= r <= 0x39:
                digit = True
            else:
                other = True
    if digit and other:  # digits and letters (analyzer.key_stems): the Python reference
        return -1
    if _particle_key_shape(kb, m):  # بأن, كأن, فإن keep their hamza (analyzer.HAMZA_PARTICLE_KEYS)
        for i in range(a, b):
            c = PyUnicode_READ(kind, data, i)
            if c == 0x0623 or c == 0x0625:
                return -1
    if m and kb[m - 1] == 0x064A:  # ي: keep ى when the word is written with it
        i = b - 1
        while i >= a and _trailing_mark(PyUnicode_READ(kind, data, i)):
            i -= 1
        if i >= a and PyUnicode_READ(kind, data, i) == 0x0649:
            kb[m - 1] = 0x0649
    return m


# --- the stems of recent keys ---------------------------------------------------------------------
#
# News vocabulary is Zipfian: after a few hundred articles almost every key has been stemmed
# before. A direct-mapped table of the last key seen in each slot (keys of at most _CK characters)
# keeps what analyze_text writes to the stem stream for it: the stems that differ from the key,
# joined by a space (at most two stems, each no longer than the key). A hit costs a hash and a
# compare instead of _stems_c (~480 instructions per word in callgrind, the largest part of the
# analysis). Exact: the entry is the output of _stems_c for exactly that key, and configure()
# (the only thing _stems_c depends on besides the key) empties the table. Size: 32,768 slots
# (~7 MB) saved more instructions but cost time (a cache miss per word: analysis of 4,000 ANT
# articles 30 -> 35 us per article); 4,096 slots: 29 -> 27 us.

cdef enum:
    _CK = 16                # longest key kept
    _CSLOTS = 1 << 12       # slots (power of two); ~0.9 MB: stays in a 2 MB L2 cache

cdef struct StemSlot:
    uint64_t h              # _hash of the key (never 0); 0 = empty
    int n                   # key length
    int on                  # length of out
    Py_UCS4 key[_CK]
    Py_UCS4 out[2 * _CK + 1]

cdef StemSlot *_STEM_CACHE = NULL


cdef void _stem_cache_clear() except *:
    global _STEM_CACHE
    if _STEM_CACHE == NULL:
        _STEM_CACHE = <StemSlot *>calloc(_CSLOTS, sizeof(StemSlot))
        if _STEM_CACHE == NULL:
            raise MemoryError()
    else:
        memset(_STEM_CACHE, 0, _CSLOTS * sizeof(StemSlot))


cdef int _other_stems(Py_UCS4 *kb, Py_ssize_t m, Py_UCS4 *wa, Py_UCS4 *wb, Py_UCS4 *out) except -1:
    """The stems of the key ``kb[:m]`` (m > 0) that differ from it, joined by a space, into ``out``
    (room for 2 m + 1); returns the length written."""
    cdef const Py_UCS4 *s1
    cdef const Py_UCS4 *s2
    cdef Py_ssize_t n1 = 0, n2 = 0, i, o = 0
    cdef int k = _stems_c(kb, m, wa, wb, &s1, &n1, &s2, &n2)
    if not _eq(s1, n1, kb, m):
        for i in range(n1):
            out[o + i] = s1[i]
        o += n1
    if k == 2 and not _eq(s2, n2, kb, m):
        if o:
            out[o] = 0x20
            o += 1
        for i in range(n2):
            out[o + i] = s2[i]
        o += n2
    return <int>o


def clear_stem_cache():
    """Empty the stem cache (``analyzer.clear_cache`` calls it)."""
    if _STEM_CACHE != NULL:
        _stem_cache_clear()


def stem_cache_size():
    """Slots of the stem cache and how many hold a key (for tests)."""
    cdef Py_ssize_t i, used = 0
    if _STEM_CACHE == NULL:
        return _CSLOTS, 0
    for i in range(_CSLOTS):
        if _STEM_CACHE[i].h != 0:
            used += 1
    return _CSLOTS, used


def analyze_text(str text):
    """``analyzer.analyze_text_python(text)``: ``(keys, stems)`` (see there); no word cache, but
    the stems of recent keys are kept in C (see ``_STEM_CACHE``)."""
    cdef Py_ssize_t i = 0, n = len(text), s, m
    cdef Py_UCS4 kb[64]
    cdef Py_UCS4 wa[64]
    cdef Py_UCS4 wb[64]
    cdef bint first = True
    cdef Buf keys
    cdef Buf others
    cdef tuple e
    cdef uint64_t h
    cdef StemSlot *slot
    cdef Py_UCS4 ob[2 * 64 + 1]
    cdef int on
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    keys.data = NULL
    keys.n = keys.cap = 0
    others.data = NULL
    others.n = others.cap = 0
    try:
        _reserve(&keys, n + 16)
        _reserve(&others, n + 16)
        while i < n:
            if not _is_word_char(PyUnicode_READ(kind, data, i)):
                i += 1
                continue
            s = i
            i += 1
            while i < n and _is_word_char(PyUnicode_READ(kind, data, i)):
                i += 1
            m = _key_into(kind, data, s, i, kb)
            if m < 0:
                e = _slow_entry(text[s:i])
                _put_str(&keys, e[0], not first)
                if e[2]:
                    _put_str(&others, e[2], others.n > 0)
            else:
                _put(&keys, kb, m, not first)
                if m:
                    if m <= _CK and _STEM_CACHE != NULL:
                        h = _hash(kb, m)
                        slot = &_STEM_CACHE[h & (_CSLOTS - 1)]
                        if not (slot.h == h and slot.n == m and memcmp(slot.key, kb, m * sizeof(Py_UCS4)) == 0):
                            slot.on = _other_stems(kb, m, wa, wb, slot.out)
                            memcpy(slot.key, kb, m * sizeof(Py_UCS4))
                            slot.n = <int>m
                            slot.h = h
                        if slot.on:
                            _put(&others, slot.out, slot.on, others.n > 0)
                    else:
                        on = _other_stems(kb, m, wa, wb, ob)
                        if on:
                            _put(&others, ob, on, others.n > 0)
            first = False
        if first:
            return "", ""
        return _ucs4_str(keys.data, keys.n), _ucs4_str(others.data, others.n)
    finally:
        free(keys.data)
        free(others.data)


cdef bint _has_digit_and_letter(str key):
    cdef bint digit = False, other = False
    cdef Py_UCS4 c
    for c in key:
        if 0x30 <= c <= 0x39:
            digit = True
        else:
            other = True
    return digit and other


def entry(str word):
    """``analyzer._entry(word)``: ``(key, stems, other stems joined)`` by the compiled path."""
    key = surface_key(word)
    if len(key) > 64 or _has_digit_and_letter(key):
        return _slow_entry(word)
    st = stems(key) if key else ()
    return key, st, " ".join([x for x in st if x != key])


# --- white space runs (the store's body hash) ------------------------------------------------------

cdef extern from "Python.h":
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    bytes PyBytes_FromStringAndSize(const char *v, Py_ssize_t n)


cdef inline bint _is_space(Py_UCS4 c) noexcept:
    # Py_UNICODE_ISSPACE (what str.split splits at): below U+1680 only the ASCII ones, U+0085 and
    # U+00A0 are white space (tests/test_speedups_store.py checks every code point)
    if c < 0x80:
        return c == 0x20 or (0x09 <= c <= 0x0D) or (0x1C <= c <= 0x1F)
    if c < 0x1680:
        return c == 0x85 or c == 0xA0
    return Py_UNICODE_ISSPACE(c)


def collapse_whitespace_utf8(str text):
    """``" ".join(text.split()).encode("utf-8", "surrogatepass")`` in one pass: every run of
    white space (``str.isspace``) becomes one space, none at either end, written as UTF-8 (a lone
    surrogate as its three bytes, as ``surrogatepass`` does). The Python expression is the
    reference (:func:`marsad.store.db.body_hash_of`)."""
    cdef Py_ssize_t n = len(text), i, m = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef const void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 c
    cdef uint32_t u
    cdef bint gap = False
    cdef unsigned char *buf
    if n == 0:
        return b""
    buf = <unsigned char *>malloc(4 * n)
    if buf == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if _is_space(c):
                gap = m > 0
                continue
            if gap:
                buf[m] = 0x20
                m += 1
                gap = False
            u = <uint32_t>c  # arithmetic on an integer (Cython treats Py_UCS4 >> as str)
            if u < 0x80:
                buf[m] = <unsigned char>u
                m += 1
            elif u < 0x800:
                buf[m] = <unsigned char>(0xC0 | (u >> 6))
                buf[m + 1] = <unsigned char>(0x80 | (u & 0x3F))
                m += 2
            elif u < 0x10000:
                buf[m] = <unsigned char>(0xE0 | (u >> 12))
                buf[m + 1] = <unsigned char>(0x80 | ((u >> 6) & 0x3F))
                buf[m + 2] = <unsigned char>(0x80 | (u & 0x3F))
                m += 3
            else:
                buf[m] = <unsigned char>(0xF0 | (u >> 18))
                buf[m + 1] = <unsigned char>(0x80 | ((u >> 12) & 0x3F))
                buf[m + 2] = <unsigned char>(0x80 | ((u >> 6) & 0x3F))
                buf[m + 3] = <unsigned char>(0x80 | (u & 0x3F))
                m += 4
        return PyBytes_FromStringAndSize(<char *>buf, m)
    finally:
        free(buf)


# --- raw bytes against the text's UTF-8 (the store's articles row) ---------------------------------

cdef extern from "Python.h":
    const char *PyUnicode_AsUTF8AndSize(object text, Py_ssize_t *size) except NULL


def raw_storage(str text, raw):
    """``(raw value, raw_storage kind)`` of an article (:func:`marsad.store.db.raw_storage_of`,
    the Python reference): ``(None, "none")`` without raw bytes, ``(None, "text")`` when they are
    the text's UTF-8, ``(tail, "text+tail")`` when they are the text's UTF-8 followed by ``tail``,
    else ``(raw, "blob")``. Raises ``ValueError`` for a text with lone surrogates. The text's
    UTF-8 comes from ``PyUnicode_AsUTF8AndSize``, which keeps it with the string: the ``sqlite3``
    module binds the text through the same call, so the text is encoded once instead of twice."""
    cdef Py_ssize_t n, m
    cdef const char *u
    cdef bytes b
    try:
        u = PyUnicode_AsUTF8AndSize(text, &n)
    except UnicodeEncodeError:
        raise ValueError("text holds lone surrogate code points (undecodable bytes kept as escapes)") from None
    if raw is None:
        return None, "none"
    b = raw if type(raw) is bytes else bytes(raw)
    m = len(b)
    if m >= n and memcmp(<const char *>b, u, n) == 0:
        if m == n:
            return None, "text"
        if n > 0:
            return b[n:], "text+tail"
    return b, "blob"
