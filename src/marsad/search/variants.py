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


def variants_of(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The other spellings of the name a query word's stems hold (``("ترمب",)`` →
    ``("ترامب",)``); ``()`` for a word that is no listed name."""
    out: list[str] = []
    for stem in stems:
        for other in VARIANTS.get(stem, ()):
            if other not in out and other not in stems:
                out.append(other)
    return tuple(out)
