"""The Arabic analyzer of Marsad's search, used at index time and at query time.

One word of display text → ``(key, stems)``:

* ``key`` — the **surface key**: :func:`marsad.text.normalize.search_key` of the word (alef forms,
  ``ة`` → ``ه``, harakat/tatweel/BiDi deleted, digits ASCII, Latin accents folded: ``Café`` →
  ``cafe``), lower-cased, with one exception: a
  word written with final ``ى`` keeps it (``على`` stays ``على``), so exact and quoted matching
  separates the preposition ``على`` from the name ``علي``, ``مبنى`` from ``مبني``.
* ``stems`` — one or two light stems (:func:`marsad.search.stemmer.stems`).

The index stores the keys (with positions, for phrases and exact-match ranking) and the stems (for
recall over clitics and suffixes); see :mod:`marsad.search.index`.

Analysis is cached per distinct word (:data:`_CACHE`): news vocabulary is Zipfian, so after the
first few hundred articles almost every word is a dictionary hit, and analysis costs one regex scan
plus one dict lookup per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import itemgetter

from marsad import settings
from marsad.search.stemmer import stems as _stems
from marsad.text.normalize import search_key

#: Characters that belong inside a word although Python's ``\w`` excludes them: Arabic harakat,
#: Quranic marks, superscript alef, tatweel, ZWNJ/ZWJ, the BiDi controls the display layer
#: deletes, the other format characters the search key deletes (soft hyphen, ZWSP, word joiner, BOM, NUL), and the combining diacritical marks of Latin letters written decomposed (``Zu`` + U+0308
#: ``rich`` is one word, keyed ``zurich``: :data:`marsad.text.normalize.COMBINING_DIACRITICS`). ``_`` is
#: excluded from words so that hashtag parts (``#الاتفاق_النووي``) are found.
_IN_WORD_MARKS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069\u061c"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\ufe20-\ufe2f"
    # the other format characters the search key deletes: soft hyphen, zero-width space, word joiner
    # and invisible operators, BOM, NUL (hostile tester nu25: ``محمد الع<U+00AD>مري`` was two words,
    # so ``العمري`` found nothing while ``person:العمري`` found it; index layout 12)
    "\u00ad\u200b\u2060-\u2064\ufeff\x00"
)
#: One word: letters, digits and in-word marks.
WORD_RE = re.compile(rf"(?:[^\W_]|[{_IN_WORD_MARKS}])+")
#: :data:`WORD_RE` for a text without ``_``: one character class instead of an alternation per
#: character, the same matches (measured: ~3× faster ``findall`` on ANT text).
_WORD_NO_UNDERSCORE_RE = re.compile(rf"[\w{_IN_WORD_MARKS}]+")
#: What may remain in a key: letters and digits only (FTS5 ``unicode61`` would split on marks).
_NON_KEY_CHARS_RE = re.compile(r"[\W_]+")
_TRAILING_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640\u200c\u200d\u200e\u200f"

Analysis = tuple[str, tuple[str, ...]]
#: word → (surface key, stems, stems other than the key joined by spaces).
_CACHE: dict[str, tuple[str, tuple[str, ...], str]] = {}
_KEY = itemgetter(0)
_OTHER_STEMS = itemgetter(2)


#: Keys of a proclitic ``و ف ب ل ك`` + the particle ``أنّ``/``إنّ`` once the hamza is folded, each also
#: a name or another word: ``بأن`` → ``بان`` (Ban Ki-moon), ``كأن`` → ``كان`` ("was"), ``فإن`` → ``فان``
#: (Van), ``لأن``, ``وأن`` (new-user report nu27, item 6: ``بان`` found the articles writing ``بأن``).
#: A word written with its hamza keeps it in its key (:func:`particle_key`).
HAMZA_PARTICLE_KEYS: frozenset[str] = frozenset({"بان", "لان", "فان", "وان", "كان"})


def particle_key(word: str, key: str) -> str:
    """``key`` of ``word``, or for a word of :data:`HAMZA_PARTICLE_KEYS` written with ``أ``/``إ`` (``بأن``,
    ``فإنّ``) the key with that hamza (``بأن``, ``فإن``): the particle never meets the name or word its
    folded key spells; the same word typed in a query keys the same way."""
    if key in HAMZA_PARTICLE_KEYS:
        for c in word:
            if c in "أإ":
                return key[0] + c + key[2]
    return key


def surface_key(word: str) -> str:
    """The surface key of one word (see the module docstring); ``""`` when nothing remains."""
    key = _NON_KEY_CHARS_RE.sub("", search_key(word)).lower()
    if key.endswith("ي") and word.rstrip(_TRAILING_MARKS).endswith("ى"):
        key = key[:-1] + "ى"
    return particle_key(word, key)


#: A boundary between a digit and a letter inside a key (``السعوديه2030``, ``2011م``, ``covid19``).
_DIGIT_LETTER_RE = re.compile(r"[0-9][^0-9]|[^0-9][0-9]")
#: The runs of digits and of other characters of a key.
_DIGIT_RUNS_RE = re.compile(r"[0-9]+|[^0-9]+")


def digit_runs(key: str) -> list[str] | None:
    """The runs of digits and of letters of a key that mixes them (``السعوديه2030`` →
    ``['السعوديه', '2030']``), ``None`` for any other key."""
    return _DIGIT_RUNS_RE.findall(key) if _DIGIT_LETTER_RE.search(key) else None


def key_stems(key: str) -> tuple[str, ...]:
    """The stems the index stores for one non-empty surface key: :func:`marsad.search.stemmer.stems`;
    for a key mixing digits and letters, the stems of each run instead (eighth new-user report,
    finding 16: ``#السعودية2030`` was found neither by ``السعودية`` nor by ``2030``; the key keeps
    the whole word for exact and ``hashtag:`` search). A query word of such a key asks for all its
    runs (:mod:`marsad.search.query`)."""
    runs = digit_runs(key)
    if runs is None:
        return _stems(key)
    return tuple(dict.fromkeys(s for r in runs for s in _stems(r)))


def _entry(word: str) -> tuple[str, tuple[str, ...], str]:
    """The cache entry of one word, uncached: ``(surface key, stems, stems other than the key
    joined by spaces)`` (also the compiled analysis's way out for a word its table cannot key)."""
    key = surface_key(word)
    stems = key_stems(key) if key else ()
    return key, stems, " ".join(s for s in stems if s != key)


def _entry_cached(word: str) -> tuple[str, tuple[str, ...], str]:
    """:func:`_entry` through the word cache: the compiled analysis's way out (a word its table
    cannot key, or one mixing digits and letters, ``2011م``: ~0.6 a news article, ~5 µs each
    uncached)."""
    return _CACHE.get(word) or _analyze_new(word)


def _analyze_new(word: str) -> tuple[str, tuple[str, ...], str]:
    entry = _entry(word)
    if len(_CACHE) >= settings.SEARCH_ANALYZER_CACHE_WORDS:
        _CACHE.clear()
    _CACHE[word] = entry
    return entry


#: Separator of the words analysed together by :func:`_analyze_many`: never in a word, never
#: deleted or folded by :func:`search_key`.
_SEP = "\n"
#: ``_NON_KEY_CHARS_RE`` that keeps the separator.
_NON_KEY_CHARS_KEEP_SEP_RE = re.compile(r"(?:[^\w\n]|_)+")
#: Characters that make :func:`search_key` compose with the previous character (combining madda
#: and hamza) or decode entities: words holding them are keyed one by one.
_COMPOSING_RE = re.compile("[&\u0653-\u0655]")


def _analyze_many(needed: set[str]) -> None:
    """Make sure every word of ``needed`` is in the cache: analyse those not there yet, the search
    keys of all of them from one :func:`search_key` call over the words joined by a newline (equal
    to keying them one by one: the key's deletions and folds are per character and never touch the
    newline; words that could compose across the join are keyed alone). ~2× faster than word by
    word on new ANT vocabulary. When the cache must start over, every needed word is analysed again
    (the caller looks them all up afterwards: clearing only made room for the new ones once, and a
    cached word of the same text was gone — a KeyError that failed 2 of 31,525 ANT articles)."""
    new_words = needed.difference(_CACHE)
    if len(_CACHE) + len(new_words) > settings.SEARCH_ANALYZER_CACHE_WORDS:
        _CACHE.clear()
        new_words = needed
    batch = [w for w in new_words if not _COMPOSING_RE.search(w)]
    keys = _NON_KEY_CHARS_KEEP_SEP_RE.sub("", search_key(_SEP.join(batch))).lower().split(_SEP)
    if len(keys) != len(batch):  # cannot happen (see above); stay correct anyway
        batch, keys = [], []
    cache = _CACHE
    for word, key in zip(batch, keys, strict=True):
        if key.endswith("ي") and word.rstrip(_TRAILING_MARKS).endswith("ى"):
            key = key[:-1] + "ى"
        key = particle_key(word, key)
        stems = key_stems(key) if key else ()
        cache[word] = (key, stems, " ".join([s for s in stems if s != key]))
    for word in new_words:
        if word not in cache:  # composing words; no clearing here: every new word must stay cached
            key = surface_key(word)
            stems = key_stems(key) if key else ()
            cache[word] = (key, stems, " ".join([s for s in stems if s != key]))


def analyze_word(word: str) -> Analysis:
    """``(surface key, stems)`` of one word, cached; ``("", ())`` when the word has no letters."""
    hit = _CACHE.get(word) or _analyze_new(word)
    return hit[0], hit[1]


def words(text: str) -> list[str]:
    """The words of ``text`` as written (marks kept), in order (``WORD_RE.findall(text)``)."""
    if "_" in text:
        return WORD_RE.findall(text)
    return _WORD_NO_UNDERSCORE_RE.findall(text)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Matches of the words of ``text`` (``.start()``/``.end()`` are offsets into ``text``)."""
    return WORD_RE.finditer(text)


def analyze_text_python(text: str) -> tuple[str, str]:
    """Index streams of one field: ``(keys, stems)``, space-separated tokens. ``keys`` has one
    surface key per word, in order (positions serve phrases); ``stems`` has the stems of each word
    that differ from its surface key (a stem equal to the key is found in the key stream, so the
    query searches stems in both streams). Runs of spaces may occur; tokenizers skip them.
    Cost (measured, loaded 2-core machine): ~0.5 µs per cached word, ~5 µs per new word."""
    cache = _CACHE
    found = WORD_RE.findall(text) if "_" in text else _WORD_NO_UNDERSCORE_RE.findall(text)
    if len(found) < 2:
        if not found:
            return "", ""
        entry = cache.get(found[0]) or _analyze_new(found[0])
        return entry[0], entry[2]
    # The lookups and joins run in C (itemgetter, map, filter): ~2× faster than list comprehensions.
    lookup = itemgetter(*found)
    try:
        entries = lookup(cache)
    except KeyError:
        _analyze_many(set(found))
        entries = lookup(cache)
    return " ".join(map(_KEY, entries)), " ".join(filter(None, map(_OTHER_STEMS, entries)))


def _key_table() -> dict[int, str]:
    """Each character's surface-key contribution on its own, for the compiled analysis: code
    point → ``""`` (deleted) or one character; characters of words only, in the Arabic block,
    Latin/Greek/Cyrillic below U+0700 and General Punctuation. Left out (the compiled analysis
    hands a word holding one to :func:`_entry`): characters that compose with a neighbour or
    decode entities (``&``, U+0653–U+0655), capital sigma (its lower case depends on the next
    character), anything whose key is longer than one character. The key of a word of table
    characters is the concatenation of theirs (each step of :func:`search_key` on such a word is
    per character; ``tests/test_speedups.py`` checks words of every table character)."""
    table: dict[int, str] = {}
    for cp in (*range(0x0700), *range(0x2000, 0x2070)):
        c = chr(cp)
        if c in "&\u0653\u0654\u0655\u03a3" or not WORD_RE.fullmatch(c):
            continue
        key = _NON_KEY_CHARS_RE.sub("", search_key(c)).lower()
        if len(key) <= 1:
            table[cp] = key
    return table


def _compiled_analysis():  # -> the configured compiled module, or None
    from marsad import _speedups
    from marsad.search import stemmer

    module = _speedups.load("analysis")
    if module is None:
        return None
    try:
        module.configure(
            _key_table(),
            _entry_cached,
            stemmer.PROTECTED_NAMES,
            stemmer.PARTICLES,
            stemmer.AL_PREFIXES,
            stemmer.SUFFIXES,
            stemmer.FORM_V_PREFIXES,
            stemmer.MIN_STEM_CHARS,
            stemmer.MIN_AFTER_ARTICLE,
            stemmer.MIN_AFTER_WAW,
            stemmer.CLITIC_INITIAL_STEMS,
            stemmer.STRONG_CLITIC_INITIAL_STEMS,
            stemmer.NAME_INITIAL_STEMS,
            stemmer.ARTICLE_STEMS,
            "".join(sorted(stemmer.STRIPPED_PROCLITICS)),
            stemmer.MIN_AFTER_PROCLITIC,
            possessive_bases=stemmer.POSSESSIVE_BASES,
            possessive_suffixes=stemmer.POSSESSIVE_SUFFIXES,
            taa_only=stemmer.TAA_ONLY_SUFFIXES,
            family_bases=stemmer.NAME_FAMILIES,
            family_words=stemmer.NAME_FAMILY_WORDS,
            al_own=stemmer.AL_OWN_WORDS,
            nisba_bases=stemmer.NISBA_BASES,
            nisba_words=stemmer.NISBA_WORDS,
        )
    except Exception as exc:  # noqa: BLE001 - e.g. an affix table grown past the compiled arrays
        _speedups.refuse("analysis", f"its tables do not fit: {type(exc).__name__}: {exc}")
        return None
    return module


#: The compiled analysis (:mod:`marsad._speedups.analysis`), or ``None``: then
#: :func:`analyze_text` is :func:`analyze_text_python`.
_COMPILED = _compiled_analysis()


def analyze_text_compiled(text: str) -> tuple[str, str]:
    """:func:`analyze_text_python` by the compiled analysis (same results; it keys and stems each
    word in C, keeping the stems of the last key seen in each of 4,096 slots instead of a word
    cache); raises ``AttributeError`` when it is not available
    (``_COMPILED is None``)."""
    return _COMPILED.analyze_text(text)  # type: ignore[union-attr]


#: Index streams of one field (see :func:`analyze_text_python`): the compiled analysis when it is
#: built and current (:mod:`marsad._speedups`), else the Python code; identical results.
analyze_text = analyze_text_compiled if _COMPILED is not None else analyze_text_python


def clear_cache() -> None:
    """Forget cached analyses (call after the normalization or the name list changed), also the
    compiled analysis's stems of recent keys."""
    _CACHE.clear()
    if _COMPILED is not None:
        _COMPILED.clear_stem_cache()
