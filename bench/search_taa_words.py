"""Generate :data:`marsad.search.names.NAME_TAA_WORDS`: words ``N`` + taa marbuta whose light10
stem is a protected name ``N`` that is only a name (new-user report nu22, item 13: ``قطرة`` "drop"
was stemmed to ``قطر`` Qatar).

Criterion (search-key space, ``ة`` = ``ه``), over the words of ANT v2.1's titles, leads and bodies
(:func:`search.ant_key_counts`):

* ``N`` is a protected name (the generated and hand lists of ``names.py``), ≥ 3 letters, not
  opening with ``ال`` nor ending in ``ه``;
* ``N`` is written after the definite article at most ``max(2, 1 % of N's uses)`` times: a proper
  name, not also a common word (``كبير``/``كبيرة``, ``جميل``/``جميلة`` are adjectives, whose
  feminine must keep meeting the masculine; they are written ``الكبير``, ``الجميل``);
* ``N`` takes a possessive pronoun (``N`` + ``ها هم هما كم نا``) fewer than ``max(3, 1 %)`` times:
  not a common noun or verb, whose ``N`` + ``ه`` is "his N" (``صاحبه`` "its owner" / ``صاحب``,
  ``غيره``, ``بيده``, ``شهده``: those stay with ``N``);
* ``N`` + ``ه`` occurs ≥ 3 times and the stemmer (without this list) stems it to ``N`` (so not
  ``دولته`` "his state", which the possessive lexicon reads as ``دولة`` + pronoun).

Such a word is then another word than the name (``زيادة`` "increase" / ``زياد`` Ziad, ``حلبة``
"ring" / ``حلب`` Aleppo, ``ماكينة`` / ``ماكين`` McCain, ``عادة`` "habit" / ``عاد``, a woman's
name beside a man's: ``سميرة`` / ``سمير``), and the stemmer keeps it whole.

The plurals ``N`` + ``ات`` of those words (:func:`taa_plurals`, ``names.NAME_TAA_PLURALS``) are
printed after them.

Third (time25), the candidates for ``names.NAME_FAMILIES`` (:func:`name_families`): protected
names ``N`` whose family words ``N`` + ``ة ات ي ية يين يون يات`` (bare, after the article or a
single proclitic) occur ≥ 50 times and stem to ``N`` — names also written with the article
(``الرياض``), which the first criterion leaves out, and common words on the name list. Most
families are the name's own nisba or feminine (``القطرية``, ``كبيرة``) and must keep meeting it;
the list is picked from these by reading (``رياضة`` sport / ``الرياض``; ``صلاحية`` / ``صلاح``).

Fourth (time26), ``names.PERSON_NISBA_NAMES`` (:func:`person_nisba_names`): person names ending in
``ي`` that the stemmer turned into another name (``حسني`` → ``حسن``, ``جولياني`` → ``جوليان``).
Fifth (time26), ``names.AL_OWN_WORDS`` (:func:`al_own_words`): keys whose opening ``ال`` is their
own letters (``ألماني``, ``آلاف``, ``التزام``), not the article. Sixth (nu27), ``names.PERSON_SURNAMES``
(:func:`person_surnames`): family names ``ال`` + ``Y`` ending in ``ي`` that the stemmer cut to a given
name (``الزياني`` → ``زيان``). Criteria in the functions' docstrings.

Usage::

    PYTHONPATH=src .venv/bin/python bench/search_taa_words.py   # prints the lists, ~2 min
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import ant_key_counts  # noqa: E402

#: Possessive pronouns whose forms mark ``N`` as a common noun or verb (``صاحبها``, ``غيرهم``).
_PRONOUNS = ("ها", "هم", "هما", "كم", "نا")


def taa_words(keys, names) -> list[tuple[str, int, str, int, int]]:
    """``(word, its uses, name, the name's uses, the name's uses after the article)`` by the
    criterion of the module docstring, most frequent first."""
    from marsad.search import stemmer

    saved, saved_families = stemmer.PROTECTED_NAMES, stemmer.NAME_FAMILIES
    stemmer.PROTECTED_NAMES = frozenset(names) - stemmer.CLITIC_FORM_NAMES  # the stemmer without the list
    stemmer.NAME_FAMILIES = frozenset()  # nor the family stems (عادة → عاده by the family of عاد)
    try:
        return _taa_words(keys, names, stemmer.stems)
    finally:
        stemmer.PROTECTED_NAMES, stemmer.NAME_FAMILIES = saved, saved_families


def _taa_words(keys, names, stems) -> list[tuple[str, int, str, int, int]]:
    out = []
    for n in names:
        if len(n) < 3 or n.startswith("ال") or n.endswith("ه"):
            continue
        t = n + "ه"
        if keys[t] < 3 or stems(t)[0] != n:  # دولته → دوله (a pronoun after ة): not this fault
            continue
        al_n = keys["ال" + n]
        pronouns = sum(keys[n + p] for p in _PRONOUNS)
        if al_n <= max(2, 0.01 * keys[n]) and pronouns < max(3, 0.01 * keys[n]):
            out.append((t, keys[t], n, keys[n], al_n))
    return sorted(out, key=lambda r: (-r[1], r[0]))


#: Prefixes under which a plural ``N`` + ``ات`` is counted: the article only (a single proclitic
#: would count ``ولايات`` "states" as ``و`` + ``لايات``).
_PLURAL_PREFIXES = ("", "ال", "وال", "بال", "فال", "كال")


def taa_plurals(keys, taa: list[str]) -> list[tuple[str, int]]:
    """``(plural, its uses)``: for each word ``N`` + ``ه`` of :func:`taa_words`, its plural ``N`` +
    ``ات`` (``قطرات``, ``زيادات``, ``عادات``) when it occurs ≥ 3 times in ANT (bare or after the
    article) and the stemmer stems it to the name ``N`` (time24 item 4). Kept whole too, so the
    plural no longer meets the name."""
    from marsad.search import stemmer

    out = []
    for t in taa:
        n = t[:-1]
        p = n + "ات"
        uses = sum(keys[pre + p] for pre in _PLURAL_PREFIXES)
        if uses >= 3 and stemmer.stems(p)[0] == n:
            out.append((p, uses))
    return sorted(out, key=lambda r: (-r[1], r[0]))


#: Prefixes under which a family word is counted (:func:`name_families`).
_FAMILY_PREFIXES = ("", "ال", "وال", "بال", "فال", "كال", "لل", "و", "ب", "ل")


def name_families(keys, names, least: int = 50) -> list[tuple[int, str, int, int, list[tuple[str, int]]]]:
    """``(family uses, N, N's uses, uses of ال + N, the six commonest family words with their
    uses)`` for each protected name ``N`` (≥ 3 letters, not opening with ``ال`` nor ending in
    ``ه``) whose words ``N`` + a tail of ``names.NAME_FAMILY_TAILS`` (under :data:`_FAMILY_PREFIXES`)
    occur ≥ ``least`` times and are stemmed to ``N`` by the stemmer without
    ``names.NAME_FAMILIES``; most uses first."""
    from marsad.search import names as names_mod
    from marsad.search import stemmer

    saved = stemmer.NAME_FAMILIES
    stemmer.NAME_FAMILIES = frozenset()
    try:
        out = []
        for n in names:
            if len(n) < 3 or n.startswith("ال") or n.endswith("ه"):
                continue
            fam = {}
            for tail in names_mod.NAME_FAMILY_TAILS:
                for pre in _FAMILY_PREFIXES:
                    w = pre + n + tail
                    if keys[w] and stemmer.stems(w)[0] == n:
                        fam[w] = keys[w]
            total = sum(fam.values())
            if total >= least:
                top = sorted(fam.items(), key=lambda x: -x[1])[:6]
                out.append((total, n, keys[n], keys["ال" + n], top))
        return sorted(out, key=lambda r: (-r[0], r[1]))
    finally:
        stemmer.NAME_FAMILIES = saved


def _gazetteer_person_keys() -> set[str]:
    """Search keys of the person-name tokens of the Wikidata list and of ANERgazet."""
    from marsad.search.analyzer import surface_key

    shared = Path(__file__).resolve().parents[2] / "shared" / "gazetteers"
    out: set[str] = set()
    with (shared / "wikidata-person-name-tokens-en-ar.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                out.add(surface_key(parts[1].replace(" ", "")))
    with (shared / "anergazet" / "pers.txt").open(encoding="utf-8") as fh:
        for line in fh:
            out.update(surface_key(t) for t in line.split())
    out.discard("")
    return out


def person_nisba_names(keys, least: int = 20) -> list[tuple[str, int, str, int, int]]:
    """``(word, its uses, its stem, uses after the article, uses of its feminine)`` for the person
    names ending in ``ي`` that the stemmer (without ``names.PERSON_NISBA_NAMES``) stems to another
    protected name: keys of the gazetteers' person-name tokens (:func:`_gazetteer_person_keys`)
    seen ≥ ``least`` times in ANT v2.1, not opening with ``ال``, whose stem is a protected name
    other than the word, written after the article and in the feminine (``N`` less ``ي`` + ``يه``,
    bare or after the article) each at most ``max(2, 20 %)`` of the word's uses (a nisba adjective
    is written ``المصري``, ``المصرية``), and not ``و ف ب ل ك`` before a word more frequent than
    the word (``وولي`` = ``و`` + ``ولي``, ``كيلي`` = ``ك`` + ``يلي``), nor a noun ``N`` + ``ي``
    "my N" (``N`` takes the pronouns ``ها هم هما كم نا`` ≥ ``max(3, 1 %)`` times: ``بيتي``,
    ``صديقي``). Most uses first."""
    from marsad.search import names as names_mod
    from marsad.search import stemmer

    person = _gazetteer_person_keys()
    saved = stemmer.PROTECTED_NAMES
    stemmer.PROTECTED_NAMES = saved - names_mod.PERSON_NISBA_NAMES
    try:
        out = []
        for k, c in keys.items():
            if c < least or len(k) < 4 or not k.endswith("ي") or k.startswith("ال") or k not in person:
                continue
            if k in stemmer.PROTECTED_NAMES or (k[0] in "وفبلك" and keys[k[1:]] >= c):
                continue
            stem = stemmer.stems(k)[0]
            if stem == k or stem not in stemmer.PROTECTED_NAMES:
                continue
            al = keys["ال" + k]
            fem = keys[k[:-1] + "يه"] + keys["ال" + k[:-1] + "يه"]
            pronouns = sum(keys[k[:-1] + p] for p in _PRONOUNS)  # بيتها: بيتي is "my house"
            if al <= max(2, 0.2 * c) and fem <= max(2, 0.2 * c) and pronouns < max(3, 0.01 * keys[k[:-1]]):
                out.append((k, c, stem, al, fem))
        return sorted(out, key=lambda r: (-r[1], r[0]))
    finally:
        stemmer.PROTECTED_NAMES = saved


def _gazetteer_place_keys() -> set[str]:
    """Search keys of the place-name tokens of ANERgazet (``loc.txt``), also without their article
    (``القدس`` → ``قدس``)."""
    from marsad.search.analyzer import surface_key

    shared = Path(__file__).resolve().parents[2] / "shared" / "gazetteers"
    with (shared / "anergazet" / "loc.txt").open(encoding="utf-8") as fh:
        out = {surface_key(t) for line in fh for t in line.split()}
    out |= {k[2:] for k in out if k.startswith("ال") and len(k) > 4}
    out.discard("")
    return out


def person_surnames(keys, least: int = 5) -> list[tuple[str, int, str, int, int]]:
    """``(surname less its article, uses of the surname, its stem, uses of its feminine, uses of the
    stem alone)`` for family names written with the article and ending in ``ي`` (``الزياني``,
    ``العمادي``, ``اليوسفي``) that the stemmer (without ``names.PERSON_SURNAMES``) cut to a given
    name (``زيان``, ``عماد``, ``يوسف``; new-user report nu27, item 6): keys ``ال`` + ``Y`` of ANT
    v2.1 seen ≥ ``least`` times, ``Y`` ending in ``ي`` (≥ 4 letters), ``ال`` + ``Y`` or ``Y`` a
    person-name token of the gazetteers (:func:`_gazetteer_person_keys`), whose stem (the ``ال``
    cut) is another person-name token and no place token (:func:`_gazetteer_place_keys`:
    ``الأرجنتيني``, ``القدسي`` keep meeting the place), not a nisba of
    :data:`marsad.search.names.NISBA_NAMES`, and that are names only: the feminine (``Y`` less
    ``ي`` + ``يه``, bare or after the article), the plural (``ال`` + ``يين``/``يون``) and ``Y``
    without the article each at most ``max(2, 20 %)`` of the surname's uses (``الدوري`` "the
    league", ``النادي`` "the club" are written bare, ``المصرية`` is the feminine). Most uses first."""
    from marsad.search import names as names_mod
    from marsad.search import stemmer

    person = _gazetteer_person_keys()
    places = _gazetteer_place_keys()
    saved = stemmer.PROTECTED_NAMES
    stemmer.PROTECTED_NAMES = saved - names_mod.PERSON_SURNAMES
    try:
        out = []
        for k, c in keys.items():
            y = k[2:]
            if c < least or not k.startswith("ال") or len(y) < 4 or not y.endswith("ي"):
                continue
            if k not in person and y not in person:
                continue
            if y in stemmer.PROTECTED_NAMES or y in names_mod.NISBA_WORDS:
                continue
            stem = stemmer.stems(k)[0]
            if stem in (y, k) or stem not in person or stem in places:
                continue
            most = max(2, 0.2 * c)
            fem = keys[y[:-1] + "يه"] + keys["ال" + y[:-1] + "يه"]
            plural = keys["ال" + y[:-1] + "يين"] + keys["ال" + y[:-1] + "يون"]
            if fem <= most and plural <= most and keys[y] <= most:
                out.append((y, c, stem, fem, keys[stem]))
        return sorted(out, key=lambda r: (-r[1], r[0]))
    finally:
        stemmer.PROTECTED_NAMES = saved


def al_own_words(keys, least: int = 5) -> list[tuple[str, int, int, int]]:
    """``(key, its uses, uses of ال + key, uses of the key less its ال)`` for the keys ``K`` opening
    with ``ال`` (not ``الال``, ≥ 4 letters, no particle) whose ``ال`` is their own: ``ال`` + ``K``
    occurs ≥ ``least`` times and either ≥ 25 % as often as ``K`` or more often than ``K[2:]``
    (``الإلغاء`` 24, ``إلغاء`` 749, ``غاء`` 0). Most uses of ``ال`` + ``K`` first."""
    from marsad.search.stemmer import PARTICLES

    out = []
    for k, c in keys.items():
        if not k.startswith("ال") or k.startswith("الال") or len(k) < 4 or k in PARTICLES:
            continue
        a = keys["ال" + k]
        if a >= least and (a >= 0.25 * c or keys[k[2:]] < a):
            out.append((k, c, a, keys[k[2:]]))
    return sorted(out, key=lambda r: (-r[2], r[0]))


def _print_words(words: list[str]) -> None:
    for i in range(0, len(words), 10):
        print("    " + " ".join(words[i : i + 10]))


def main() -> None:
    from marsad.search import names

    keys, _article = ant_key_counts()
    listed = frozenset(names._GENERATED.split()) | frozenset(names._ADDED.split())
    rows = taa_words(keys, listed)
    for r in rows:
        print(*r, sep="\t", file=sys.stderr)
    words = sorted(r[0] for r in rows)
    print(f"{len(words)} words, {sum(r[1] for r in rows):,} uses", file=sys.stderr)
    for i in range(0, len(words), 10):
        print("    " + " ".join(words[i : i + 10]))
    plurals = taa_plurals(keys, words)
    for r in plurals:
        print(*r, sep="\t", file=sys.stderr)
    print(f"plurals (NAME_TAA_PLURALS): {len(plurals)} words, {sum(r[1] for r in plurals):,} uses", file=sys.stderr)
    pw = sorted(r[0] for r in plurals)
    for i in range(0, len(pw), 10):
        print("    " + " ".join(pw[i : i + 10]))
    fams = name_families(keys, listed)
    print(f"family candidates (NAME_FAMILIES is picked from them): {len(fams)} names", file=sys.stderr)
    for total, n, n_uses, al_uses, top in fams:
        words = " ".join(f"{w}:{c}" for w, c in top)
        print(f"{total}\t{n}\tN={n_uses}\tal+N={al_uses}\t{words}", file=sys.stderr)
    person = person_nisba_names(keys)
    for r in person:
        print(*r, sep="\t", file=sys.stderr)
    print(f"person names (PERSON_NISBA_NAMES): {len(person)} words, {sum(r[1] for r in person):,} uses", file=sys.stderr)
    _print_words(sorted(r[0] for r in person))
    own = al_own_words(keys)
    for r in own:
        print(*r, sep="\t", file=sys.stderr)
    print(f"own-ال words (AL_OWN_WORDS): {len(own)} words, {sum(r[1] for r in own):,} uses", file=sys.stderr)
    _print_words(sorted(r[0] for r in own))
    surnames = person_surnames(keys)
    for r in surnames:
        print(*r, sep="\t", file=sys.stderr)
    print(
        f"surnames (PERSON_SURNAMES): {len(surnames)} words, {sum(r[1] for r in surnames):,} uses",
        file=sys.stderr,
    )
    _print_words(sorted(r[0] for r in surnames))


if __name__ == "__main__":
    main()
