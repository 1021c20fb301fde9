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

#: Every spelling → the other spellings of the same name.
VARIANTS: dict[str, tuple[str, ...]] = {
    spelling: tuple(other for other in spellings if other != spelling)
    for _name, spellings, _counts in NAME_VARIANTS
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
