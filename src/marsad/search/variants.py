"""Spelling variants of frequent transliterated foreign names, bridged at query time.

Arabic news spells some foreign names in two ways (``ترامب``/``ترمب`` for Trump): the analyzer
cannot fold them (they differ in letters, not in the marks and letter forms it normalizes), so a
query for one spelling missed the articles of the other (``ترامب``: 14 articles, ``ترمب``: 403 on
a store of Al Arabiya + SaudiNewsNet). A query word whose stem is one spelling of a pair also
searches the other spelling, as an OR alternative scored lower (``settings.SEARCH_VARIANT_WEIGHT``),
so articles with the exact spelling rank first.

The table is curated and small on purpose: one row per person, each spelling attested in the ANT
multi-source corpus v2.1 (Chouigui et al. 2017; counts of the exact word form in the raw corpus,
``zcat | grep -o``, 2026-11-29) and the person identified by the Wikidata person-name-token list
(``../shared/gazetteers/wikidata-person-name-tokens-en-ar.tsv``, CC0: the Latin name and its
usual Arabic spelling, given first). A pair is listed only when both spellings occur at least
25 times, so a rare misspelling does not widen every query. Spellings are in search-key space
(alef forms folded, ``ة`` → ``ه``).
"""

from __future__ import annotations

#: ``(Latin name in Wikidata, spellings (most frequent first), ANT v2.1 occurrences of each)``.
NAME_VARIANTS: tuple[tuple[str, tuple[str, ...], tuple[int, ...]], ...] = (
    ("Trump", ("ترامب", "ترمب"), (15_895, 2_024)),
    ("Putin", ("بوتين", "بوتن"), (2_056, 1_078)),
    ("Netanyahu", ("نتانياهو", "نتنياهو"), (1_183, 908)),
    ("Guterres", ("غوتيريس", "غوتيريش"), (262, 174)),
    ("Mattis", ("ماتيس", "ماتس"), (478, 50)),
    ("Kushner", ("كوشنر", "كوشنير"), (212, 39)),
    ("Bolton", ("بولتون", "بولتن"), (378, 29)),
)

#: Common words written in several spellings that no fold joins, as stems of the search analyzer
#: (``(meaning, stems, ANT v2.1 occurrences of the word forms of each)``). "Chemical": ``كيميائي``,
#: ``كيماوي`` and ``كيمياوي`` with their feminine and plural forms (the analyzer cuts the nisba
#: ``ي`` of some forms and not of others, so each spelling has two stems); the counts are of the
#: word forms with ``ال`` or bare, ``zcat | grep -o`` (nu32, 2026-12-02: ``الكيماوي`` found 29
#: articles of a 6,020-article store where 183 wrote one of the three).
WORD_VARIANTS: tuple[tuple[str, tuple[str, ...], tuple[int, ...]], ...] = (
    ("chemical", ("كيميائ", "كيماوي", "كيماو", "كيمياو", "كيمياوي"), (1_582, 1_343, 1_343, 320, 320)),
)

#: Every spelling → the other spellings of the same name or word.
VARIANTS: dict[str, tuple[str, ...]] = {
    spelling: tuple(other for other in spellings if other != spelling)
    for _name, spellings, _counts in (*NAME_VARIANTS, *WORD_VARIANTS)
    for spelling in spellings
}


#: Letter sequences written two ways inside one word, both ways frequent (``(a, b, what, ANT
#: v2.1 occurrences of the stems holding a, of those holding b)``): a query stem holding one also
#: searches the other. Measured before choosing them (``bench/search.py``'s corpus, stems seen
#: ≥ 25 times): a general fold of ``ري``/``ير`` joins 32 stem pairs, of which only the America
#: ones are one word (``كبري``/``كبير``, ``سري``/``سير``, ``شهري``/``شهير`` are not), so only
#: ``امريك``/``اميرك`` is listed; the hamza seat before ``و`` (``ئو``, the Egyptian and Gulf
#: spelling, / ``ؤو``) joins 7 stem pairs, all one word (``مسئول``/``مسؤول``, ``شئون``/``شؤون``,
#: ``كئوس``/``كؤوس``), and 8 other ``ئو`` stems (``مئوية``, ``رئوي``, ``فوجئوا``) have no ``ؤو``
#: form to meet.
INFIX_VARIANTS: tuple[tuple[str, str, str, tuple[int, int]], ...] = (
    ("امريك", "اميرك", "America, American (أمريكي / أميركي)", (15_971, 15_628)),
    ("ئو", "ؤو", "hamza seat before و (مسئول / مسؤول, شئون / شؤون)", (513, 13_483)),
)

#: Both directions of :data:`INFIX_VARIANTS`.
_INFIX_PAIRS: tuple[tuple[str, str], ...] = tuple(
    pair for a, b, _what, _n in INFIX_VARIANTS for pair in ((a, b), (b, a))
)


def g_spellings(key: str) -> tuple[str, ...]:
    """The other spellings of a foreign name written with ``غ`` or ``ج`` for /g/ (``غ`` in the
    Levantine and Gulf press, ``ج`` in the Egyptian: ``أردوغان``/``أردوجان``, ``جونغ``/``جونج``,
    ``غوغل``/``جوجل``): the key with every ``ج`` (or one) made ``غ`` when that is a protected name
    (:mod:`marsad.search.names`), and a protected name's key with every ``غ`` made ``ج``. Only keys
    of ≥ 5 letters, or ending in ``نج``/``نغ`` (the /ŋ/ of ``جونغ``, ``يانغ``, ``كونغ``): over
    ANT v2.1, the 45 words (seen ≥ 5 times) whose ``ج`` → ``غ`` form is a protected name are 44
    times that name (``سيرجي``, ``جوارديولا``, ``اوروجواي``, ``تشانج``) and once another word
    (``تجريد``/``تغريد``); shorter ones are mostly other words (``جاده``/``غاده``, ``جروب``/``غروب``)."""
    from marsad.search.names import NAME_TAA_PLURALS, NAME_TAA_WORDS
    from marsad.search.stemmer import PROTECTED_NAMES

    if key in NAME_TAA_WORDS or key in NAME_TAA_PLURALS:  # kept-whole common words (قطرة, غايات), no names
        return ()
    if not (len(key) >= 5 or key.endswith(("نج", "نغ"))):
        return ()
    if "ج" in key:  # every ج, or one of them (جونج: the first ج is /dʒ/)
        candidates = [key.replace("ج", "غ")]
        candidates += [key[:i] + "غ" + key[i + 1 :] for i, c in enumerate(key) if c == "ج"]
        for other in candidates:
            if other in PROTECTED_NAMES and other not in NAME_TAA_WORDS and other not in NAME_TAA_PLURALS:
                return (other,)
    if "غ" in key and key in PROTECTED_NAMES:
        return (key.replace("غ", "ج"),)
    return ()


def variants_of(stems: tuple[str, ...], key: str = "") -> tuple[str, ...]:
    """The other spellings a query word also searches: of the name its stems hold (``("ترمب",)``
    → ``("ترامب",)``, :data:`VARIANTS`), of its stems by :data:`INFIX_VARIANTS` (``("امريك",)``
    → ``("اميرك",)``, ``("مسئول",)`` → ``("مسؤول",)``), and of its surface ``key`` written with
    ``غ``/``ج`` for /g/ (:func:`g_spellings`: ``اردوجان`` → ``اردوغان``); ``()`` for most words.
    Source of the seventh new-user report's pairs: ``الأمريكي``/``الأميركي`` split 992 articles
    of a 3,151-article ANT store into two halves."""
    out: list[str] = []

    def add(other: str) -> None:
        if other not in out and other not in stems and other != key:
            out.append(other)

    for stem in stems:
        for other in VARIANTS.get(stem, ()):
            add(other)
        for a, b in _INFIX_PAIRS:
            if a in stem:
                add(stem.replace(a, b))
    if key:
        for other in g_spellings(key):
            add(other)
    return tuple(out)


def key_variants(key: str, stems: tuple[str, ...]) -> tuple[str, ...]:
    """The surface keys of the other spellings :func:`variants_of` gives for a word with surface
    ``key`` and ``stems``: each variant written in the key where its stem stands (``الامريكي`` →
    ``الاميركي``, ``لترامب`` → ``لترمب``), for a phrase, which matches keys, not stems (new-user
    report nu27, item 2)."""
    out: list[str] = []

    def add(other: str) -> None:
        if other and other != key and other not in out:
            out.append(other)

    for stem in stems:
        for other in VARIANTS.get(stem, ()):
            add(key.replace(stem, other, 1) if stem in key else other)
    for a, b in _INFIX_PAIRS:
        if a in key:
            add(key.replace(a, b))
    for other in g_spellings(key):
        add(other)
    return tuple(out)


#: First words of compound Arabic names written with or without a space (search-key space): ``عبد
#: الفتاح``/``عبدالفتاح``, ``أبو بكر``/``أبوبكر``. The entities stage keeps each article's spelling, so
#: ``person:"عبدالفتاح السيسي"`` found 8 articles and ``person:"عبد الفتاح السيسي"`` 16 on a new user's
#: store (nu16 M3).
COMPOUND_HEADS = ("عبد", "ابو")


def compound_spellings(words: list[str]) -> list[list[str]]:
    """The other writings of a name given as search-key ``words``, each compound name written once
    joined and once apart (:data:`COMPOUND_HEADS`; a joined head splits only before at least three
    letters: ``عبدالله`` → ``عبد الله``, not ``عبدو``). Returns ``words`` itself first; at most the
    two writings of every compound together (all joined, all apart), not every mix."""
    joined: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in COMPOUND_HEADS and i + 1 < len(words):
            joined.append(w + words[i + 1])
            i += 2
            continue
        joined.append(w)
        i += 1
    apart: list[str] = []
    for w in joined:
        head = next((h for h in COMPOUND_HEADS if w.startswith(h) and len(w) - len(h) >= 3), None)
        apart += [head, w[len(head) :]] if head else [w]
    out = [words]
    for form in (joined, apart):
        if form not in out:
            out.append(form)
    return out


#: The letters each letter may stand for in another spelling of a foreign name (spell25), one
#: sound each: /g/ is written ``غ`` (Levantine, Gulf press), ``ج`` (Egyptian), ``ق`` (Gulf, Maghreb:
#: ``قوقل``), Persian gaf ``گ`` and Maghrebi ``ڨ``; /v/ ``ف`` or ``ڤ``; /p/ ``ب`` or ``پ``. ``ج`` is also
#: /dʒ/, ``ق`` /q/ and ``ك`` /k/, so ``ج``, ``ق`` and ``ك`` meet one another only through an
#: unambiguous /g/ letter (``غ گ ڨ``), and ``ك`` meets ``غ`` not at all (Iraqi ``ك`` for /g/, ``انكلترا``,
#: is rare): measured on the 200 most frequent persons of the ANT v2.1 store, a bridge of every
#: pair of ``غ ج ق ك`` took ``كونغ`` for ``جونغ`` (Kong, Jong), ``غلوب`` for ``كلوب`` (Klopp), ``مارق``
#: for ``مارك``, ``الكبير`` for ``الجبير`` (docs/search.md, "Foreign-name spellings").
#: (Habash, *Introduction to Arabic NLP* (2010), §2.2, on the transliteration of foreign sounds.)
FOREIGN_LETTER_ALTERNATIVES: dict[str, str] = {
    "غ": "جقگڨ",
    "ج": "غگڨ",
    "ق": "غگڨ",
    "ك": "گڨ",
    "گ": "غجقكڨ",
    "ڨ": "غجقكگ",
    "ف": "ڤ",
    "ڤ": "ف",
    "ب": "پ",
    "پ": "ب",
}
#: Two-letter spellings of one foreign sound, before a vowel letter: the Portuguese ``nh`` (/ɲ/) is
#: written ``نه`` or ``ني`` (``مورينهو`` / ``مورينيو``, ``كوتينهو`` / ``كوتينيو``, ``رونالدينهو`` /
#: ``رونالدينيو``).
FOREIGN_DIGRAPHS: tuple[tuple[str, ...], ...] = (("نه", "ني"),)
_DIGRAPH_OF = {d: group for group in FOREIGN_DIGRAPHS for d in group}
#: A foreign-sound slot is a digraph only before one of these (a vowel letter).
_VOWEL_LETTERS = "اوي"
#: Shortest word bridged (a three-letter word is almost always a native root: ``غرب`` / ``جرب`` / ``قرب``).
MIN_LETTER_VARIANT_CHARS = 4


def _slots(key: str) -> list[tuple[str, ...]]:
    """``key`` as slots: each foreign-sound letter or digraph with every way of writing it (itself
    first), any other letter alone (one way)."""
    slots: list[tuple[str, ...]] = []
    i = 0
    while i < len(key):
        two = key[i : i + 2]
        if i > 0 and two in _DIGRAPH_OF and i + 2 < len(key) and key[i + 2] in _VOWEL_LETTERS:
            slots.append((two, *(d for d in _DIGRAPH_OF[two] if d != two)))
            i += 2
            continue
        slots.append((key[i], *FOREIGN_LETTER_ALTERNATIVES.get(key[i], "")))
        i += 1
    return slots


def _bridgeable(key: str) -> bool:
    """Long enough (:data:`MIN_LETTER_VARIANT_CHARS`) and not written with the article: a word
    ``الX`` is Arabic (``الجبير`` / ``الكبير``, ``الملقي`` / ``الملكي``)."""
    return len(key) >= MIN_LETTER_VARIANT_CHARS and not key.startswith("ال")


def letter_variants(key: str, limit: int | None = None) -> tuple[str, ...]:
    """The other spellings of a search ``key`` that differ from it only in how foreign sounds are
    written (:data:`FOREIGN_LETTER_ALTERNATIVES`, :data:`FOREIGN_DIGRAPHS`): ``غيتس`` → ``جيتس``,
    ``قيتس``, ``گيتس``, ``ڨيتس``; ``مورينهو`` → ``مورينيو``. ``()`` for a key that is not
    :func:`_bridgeable`, has no such letter, or more than ``limit`` spellings
    (:data:`marsad.settings.SEARCH_LETTER_VARIANT_MAX`). The relation is symmetric: ``b`` is in
    ``letter_variants(a)`` exactly when ``a`` is in ``letter_variants(b)`` (:func:`is_letter_variant`).
    Whether a variant is bridged is decided by the caller, on evidence that both are foreign names
    (:func:`reads_as_foreign_name`): most variants are no word at all, and some are native words."""
    from itertools import product

    from marsad import settings

    limit = settings.SEARCH_LETTER_VARIANT_MAX if limit is None else limit
    if not _bridgeable(key):
        return ()
    slots = _slots(key)
    n = 1
    for s in slots:
        n *= len(s)
        if n > limit + 1:
            return ()
    if n == 1:
        return ()
    return tuple(w for w in ("".join(p) for p in product(*slots)) if w != key)


def is_letter_variant(a: str, b: str) -> bool:
    """Is ``b`` one of :func:`letter_variants` ``(a)`` (without generating them): two different
    :func:`_bridgeable` keys whose slots match one for one, each pair equal or alternatives.
    Symmetric."""
    if a == b or len(a) != len(b) or not _bridgeable(a) or not _bridgeable(b):
        return False
    sa, sb = _slots(a), _slots(b)
    return len(sa) == len(sb) and all(y[0] in x for x, y in zip(sa, sb, strict=True))


def reads_as_foreign_name(uses: int, with_article: int) -> bool:
    """Does a word written ``uses`` times, ``with_article`` times with the article ``ال`` before it,
    read as a transliterated foreign name (never, or almost never, definite:
    :data:`marsad.settings.SEARCH_LETTER_VARIANT_MAX_DEFINITE_SHARE`)? A word never seen passes."""
    from marsad import settings

    return with_article <= settings.SEARCH_LETTER_VARIANT_MAX_DEFINITE_SHARE * uses


def unsegmented(key: str) -> bool:
    """Is ``key`` its own and only stem (the light stemmer cuts no clitic or suffix off it)? A
    transliterated name is written bare (``غيتس``, ``مورينيو``); a native word often carries a
    pronoun or a preposition (``كونها``, ``بينها``, ``بغرب``), which the stemmer cuts."""
    from marsad.search.stemmer import stems

    return tuple(stems(key)) == (key,)


def news_counts_foreign(key: str) -> bool:
    """:func:`reads_as_foreign_name` by the shipped news counts (ANT v2.1 + SaudiNewsNet, the
    entities stage's word-cluster frequencies, by ``ner_norm`` key): used where no search index is at
    hand (``quotes --speaker``). ``False`` when the counts are not installed (no evidence, no bridge)."""
    counts = _news_counts()
    if counts is None:
        return False
    if not key:
        return False
    from marsad.entities.features import ner_norm

    k = ner_norm(key)
    return reads_as_foreign_name(counts.get(k, 0), counts.get("ال" + k, 0))


_COUNTS: list = []


def _news_counts() -> dict[str, int] | None:
    """The entities stage's news word counts (``{ner_norm key: count}``, the second column of its
    shipped ``clusters.tsv.gz``; read once, ~0.1 s; ``None`` when unavailable)."""
    if not _COUNTS:
        try:
            import gzip

            from marsad.entities.clusters import CLUSTERS_FILE

            counts: dict[str, int] = {}
            with gzip.open(CLUSTERS_FILE, "rt", encoding="utf-8") as fh:
                for line in fh:
                    word, n = line.split("\t", 2)[:2]
                    counts[word] = int(n)
            _COUNTS.append(counts)
        except Exception:  # noqa: BLE001 - the entities data is optional for search
            _COUNTS.append(None)
    return _COUNTS[0]
