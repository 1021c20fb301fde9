"""Light Arabic stemming in the style of Larkey's light10, guarded against over-stemming.

Works on **search keys** (the output of :func:`marsad.text.normalize.search_key`: alef forms folded
to ``ا``, ``ة`` → ``ه``, harakat and tatweel deleted, digits ASCII). ``ى`` may still be present
(the analyzer keeps it in the surface key); the stemmer folds it to ``ي`` itself, except in the
particles of :data:`ALEF_MAQSURA_PARTICLES`, which stay distinct so that the name ``علي`` never
meets the preposition ``على``.

Source of the rules: L. S. Larkey, L. Ballesteros, M. E. Connell, "Light Stemming for Arabic
Information Retrieval" (2007), stemmer *light10*, as implemented by Lucene's ``ArabicStemmer``
(prefixes ``ال وال بال كال فال لل و``; suffixes ``ها ان ات ون ين يه ية ه ة ي``, stripped in that
order, each once). Marsad's changes, each against a measured fault:

* a stem keeps at least :data:`MIN_STEM_CHARS` letters (Lucene: 2), so ``علي`` ↛ ``عل``,
  ``عمان`` ↛ ``عم``, ``سنة`` ↛ ``سن``;
* the lone conjunction ``و`` is *not* stripped from the primary stem (Lucene's light10 turns
  ``وزير`` into ``زير`` while ``الوزير`` stays ``وزير``, so they never meet); instead
  :func:`stems` returns a second stem without it, and the index stores both — unless the corpus
  lexicon says the ``و`` is the stem's (``وزارة``, ``وجود``), and a lone ``ب ل ك`` is cut before a
  noun the lexicon attests (``بجامعة``): lexicon-validated segmentation, see :func:`stems`;
* protected names (:mod:`marsad.search.names`: countries, cities, people) are never cut:
  ``فرنسا``, ``فلسطين``, ``البحرين`` → ``بحرين`` (article only), ``سلمان``, ``لبنان``; a single
  proclitic (``و ف ب ل ك``) before a protected name is stripped (``بلبنان`` → ``لبنان``), and
  suffix stripping stops at a protected name (``فلسطينيين`` → ``فلسطيني`` → ``فلسطين``, not ``فلسط``).
  A name's nisba adjective therefore meets the name (``القطرية`` → ``قطر``), as in Lucene's
  light10: an analyst searching ``فلسطين`` wants the articles about ``الفلسطينيين`` too (keeping
  them apart cut ``فلسطين`` from 1,589 to 330 ANT articles and R@100 of the judged queries from
  0.982 to 0.980); the article that writes ``قطر`` itself ranks first, through the surface key;
* a final ``ه`` is kept in four- and five-letter words shaped like the imperfect of verb forms V/VI/VIII
  (``يتوجه``, ``تتجه``, ``اتجاه``; :data:`FORM_V_PREFIXES`): it is a root letter there, and
  stripping it made another word (``يتوجه`` → ``يتوج``, "is crowned");
* a word of a name's family that is another word (:data:`marsad.search.names.NAME_FAMILIES`:
  ``رياضة``, ``رياضي``, ``الرياضيين`` "sport", not ``الرياض`` Riyadh) gets the stem ``N`` + ``ه``
  (``رياضه``) instead of the name ``N`` (:func:`stems`; time25: 2,681 ANT articles met the name);
* a nisba word of a country name in ``يا`` (:data:`marsad.search.names.NISBA_NAMES`: ``السوري``,
  ``التركية``, ``الألماني``) gets the name as its stem (``سوريا``, ``تركيا``, ``المانيا``) instead of
  light10's short stem (``سور`` "wall", ``ترك`` "left"; time26).
"""

from __future__ import annotations

from marsad.search.clitic_stems import (
    ARTICLE_STEMS,
    CLITIC_FORM_NAMES,
    CLITIC_INITIAL_STEMS,
    NAME_INITIAL_STEMS,
    STRONG_CLITIC_INITIAL_STEMS,
)
from marsad.search.names import AL_OWN_WORDS, NAME_FAMILIES, NAME_FAMILY_WORDS, NISBA_BASES, NISBA_WORDS
from marsad.search.names import PROTECTED_NAMES as LISTED_NAMES
from marsad.search.possessive_stems import POSSESSIVE_BASES

#: The names :func:`stems` never cuts: :data:`marsad.search.names.PROTECTED_NAMES` less the
#: clitic forms that list took for names (``بجامعه``, ``لوزاره``: :data:`CLITIC_FORM_NAMES`).
#: :func:`light_stem` (the near-duplicate probe's stemmer) keeps the whole list.
PROTECTED_NAMES: frozenset[str] = LISTED_NAMES - CLITIC_FORM_NAMES

#: Definite-article prefixes of light10, longest first (search-key space).
AL_PREFIXES: tuple[str, ...] = ("وال", "بال", "كال", "فال", "لل", "ال")
#: Single-letter proclitics (conjunctions و ف, prepositions ب ل ك).
SINGLE_PROCLITICS: frozenset[str] = frozenset("وفبلك")
#: The prepositions cut before a noun without the article when the lexicon attests the rest
#: (:func:`stems`). ``ف`` is not among them: before a noun it is rare in news, and cut by the
#: lexicon it broke more words than it joined on ANT (``فيها`` → ``يها``, ``فزنا`` → ``زنا``).
STRIPPED_PROCLITICS: frozenset[str] = frozenset("بلك")
#: Suffixes of light10 in Lucene's order; ``ة`` appears as ``ه`` in search-key space.
SUFFIXES: tuple[str, ...] = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
#: Openings of the five-letter imperfect of verb forms V/VI (``يتفعل``, ``تتفاعل`` …) and form VIII
#: (``اتجاه``): in such a word a final ``ه`` is a root letter (see :func:`_radical_final_ha`).
FORM_V_PREFIXES: frozenset[str] = frozenset({"يت", "تت", "نت", "ات"})
#: Shortest stem left after removing a suffix (Lucene: 2; 3 stops ``علي`` → ``عل``).
MIN_STEM_CHARS = 3
#: Shortest remainder after removing a definite-article prefix (Lucene: 2: ``الحق`` → ``حق``).
MIN_AFTER_ARTICLE = 2
#: Shortest remainder after removing a lone conjunction ``و`` for the secondary stem.
MIN_AFTER_WAW = 3
#: Shortest remainder after removing a lone ``ب ل ك ف`` before a noun without the article.
MIN_AFTER_PROCLITIC = 3

#: Function words written with final ``ى`` (and their pronoun-suffixed forms) whose ``ي`` spelling
#: is a different, frequent word: ``على``/``علي`` (on / the name Ali), ``عليه`` (on him) would
#: otherwise stem to ``علي``; ``إلى``/``إلي`` (to / to me). They are kept whole and with ``ى``.
ALEF_MAQSURA_PARTICLES: frozenset[str] = frozenset(
    """
    على عليه عليها عليهم عليهما عليهن عليك عليكم علينا
    الى اليه اليها اليهم اليهما اليك اليكم الينا
    حتى متى لدى لديه لديها لديهم لدينا سوى انى اولى
    """.split()
)
#: The particle ``أنّ``/``إنّ`` with an attached pronoun (``أنه``, ``إنها``, ``أنهم``, ``أنني``): after a
#: proclitic (``بأنه``, ``فإنه``, ``لأنه``, ``وأنهم``, ``كأنها``) light10 cut the pronoun and
#: left a name (``بانه`` → ``بان``, Ban Ki-moon; ``فانه`` → ``فان``; ``لانه`` → ``لان``; ANT v2.1:
#: ``بانه`` 3,091 uses). They are kept whole and lose their proclitic, as the particles of
#: :data:`ALEF_MAQSURA_PARTICLES` do: ``بأنه`` → ``انه``, as ``أنه``. The second person (``أنك``)
#: is left out: ``بانك`` is also Bank (``دويتشه بانك``).
ANNA_PARTICLES: frozenset[str] = frozenset("انه انها انهم انهما انهن انني اننا".split())
#: Function words :func:`stems` keeps whole (less a single proclitic): :data:`ALEF_MAQSURA_PARTICLES`
#: and :data:`ANNA_PARTICLES` (time26). :func:`light_stem` keeps only the first.
PARTICLES: frozenset[str] = ALEF_MAQSURA_PARTICLES | ANNA_PARTICLES


def _fold_maqsura(key: str) -> str:
    return key.replace("ى", "ي")


def light_stem(key: str) -> str:
    """The primary light10 stem of one search-key token (``str`` → ``str``, never empty).

    ``ى`` is folded to ``ي`` unless the token is one of :data:`ALEF_MAQSURA_PARTICLES`.
    Protected names lose at most a proclitic and the definite article.
    """
    if key in ALEF_MAQSURA_PARTICLES:
        return key
    w = _fold_maqsura(key)
    if w in LISTED_NAMES:
        return w
    if len(w) > 3 and w[0] in SINGLE_PROCLITICS and w[1:] in LISTED_NAMES:
        return w[1:]
    return _strip_article_and_suffixes(w, LISTED_NAMES)


def _strip_article_and_suffixes(
    w: str, names: frozenset[str] | set[str], own_al: frozenset[str] = frozenset()
) -> str:
    """``w`` without a definite-article prefix (:data:`AL_PREFIXES`, once) and then
    :data:`SUFFIXES` (each once, in order), stopping as soon as what is left is one of ``names``.
    A word of ``own_al`` (:data:`marsad.search.names.AL_OWN_WORDS`: ``الماني``, ``التزام``) keeps
    its ``ال``, and a three-letter prefix before one (``بالتزام``) loses only its proclitic; such a
    word (also after the article: ``الألمان``) keeps two letters after its own ``ال`` (nu27:
    ``ألمان`` → ``الم`` "pain", ``ألوان`` → ``الو``, ``آليات`` → ``الي``; now ``المان``, ``الوان``,
    ``اليات``, while ``أليفة`` → ``اليف`` still meets ``أليف``)."""
    own = w in own_al
    if not own:
        for prefix in AL_PREFIXES:
            if w.startswith(prefix) and len(w) - len(prefix) >= MIN_AFTER_ARTICLE:
                cut = 1 if len(prefix) == 3 and w[1:] in own_al else len(prefix)
                w = w[cut:]
                if w in names:
                    return w
                own = w in own_al
                break
    shortest = MIN_STEM_CHARS + 1 if own else MIN_STEM_CHARS  # ال + two letters
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= shortest:
            if suffix == "ه" and _radical_final_ha(w):  # يتوجه ↛ يتوج
                continue
            w = w[: -len(suffix)]
            if w in names:  # فلسطينيين → فلسطيني → فلسطين, not فلسط
                return w
    return w


def _radical_final_ha(w: str) -> bool:
    """True for a word whose final ``ه`` is a root letter by its shape: four or five letters (one
    more with a leading ``و``/``ف``/``ل``) opening with :data:`FORM_V_PREFIXES`: the imperfect of
    verb forms V/VI (``يتوجه``, ``يتنبه``) or of form VIII of a root opening with ``و``
    (``يتجه``, ``اتجاه``): prefix + root letters, so stripping ``ه`` as a pronoun would leave a
    broken root and, sometimes, another word (``يتوجه`` "heads to" → ``يتوج`` "is crowned")."""
    if len(w) in (5, 6) and w[0] in "وفل" and w[1:3] in FORM_V_PREFIXES:
        w = w[1:]
    return len(w) in (4, 5) and w[:2] in FORM_V_PREFIXES


def core_stem(w: str) -> str:
    """The light10 stem of a folded search key (``ى`` already ``ي``) with no single proclitic
    removed: a definite-article prefix (:data:`AL_PREFIXES`) once, then :data:`SUFFIXES` (each once,
    in order), stopping at a protected name. The stem the clitic lexicon
    (:mod:`marsad.search.clitic_stems`) is built from and looked up with."""
    if w in PROTECTED_NAMES:
        return w
    return _strip_article_and_suffixes(w, PROTECTED_NAMES, AL_OWN_WORDS)


def first_letter_is_stem(core: str) -> bool:
    """True when the opening ``و ف ب ل ك`` of a word whose :func:`core_stem` is ``core`` belongs to
    the stem: ``core`` (or, for a taa marbuta written ``ت`` before a pronoun, ``وزارت`` of
    ``وزارتها``, ``core`` less its ``ت``; so also a verb of a root opening with ``و``: ``وصلت``) is attested after the definite article in the corpus
    (:data:`CLITIC_INITIAL_STEMS`: ``الوزارة`` → ``وزار``, ``الورقة`` → ``ورق``, ``الكتاب``)."""
    return core in CLITIC_INITIAL_STEMS or (core[-1:] == "ت" and core[:-1] in CLITIC_INITIAL_STEMS)


#: Possessive (attached pronoun) suffixes cut by :func:`possessive_rest`, longest first, in
#: search-key space: ``هما هم هن كم كن نا`` (their, your, our), which light10 leaves on
#: (``بلادهم``, ``كتابنا``), then ``ها ه``, which light10 already strips: for them only the taa
#: marbuta written ``ت`` before the pronoun is at stake (``حكومته`` → ``حكومه``, not ``حكومت``).
POSSESSIVE_SUFFIXES: tuple[str, ...] = ("هما", "هم", "هن", "كم", "كن", "نا", "ها", "ه")
#: Those of :data:`POSSESSIVE_SUFFIXES` cut only when a ``ت`` is left before them.
TAA_ONLY_SUFFIXES: frozenset[str] = frozenset({"ها", "ه"})


def _possessive_attested(rest: str) -> bool:
    """True when ``rest`` (or ``rest`` less a single proclitic ``و ف ب ل ك``) is a word of the
    possessive lexicon (:data:`POSSESSIVE_BASES`: written after the definite article in the corpus,
    ``البلاد``, ``الحكومة``; not ``الأعل``, so ``أعلنا`` "we announced" keeps its ``نا``)."""
    if rest in POSSESSIVE_BASES:
        return True
    return len(rest) > 3 and rest[0] in SINGLE_PROCLITICS and rest[1:] in POSSESSIVE_BASES


def possessive_rest(key: str) -> str | None:
    """``key`` (a search key) less its possessive suffix (:data:`POSSESSIVE_SUFFIXES`, the longest
    that leaves ≥ :data:`MIN_STEM_CHARS` letters), folded (``ى`` → ``ي``), when the lexicon attests
    what is left (:func:`_possessive_attested`); a ``ت`` left before the pronoun is tried as written
    and then as a taa marbuta (``بيته`` → ``بيت``, ``حكومتهم`` → ``حكومه``). ``None`` when nothing
    is cut: no such suffix, a particle (``عليهم``), a protected name, or an unattested rest
    (``أعلنا`` "we announced" keeps its ``نا``: no ``الأعل``; ``مكنا``, ``منهم`` are too short). The same check as
    the proclitic cut (Farasa's: a segmentation is kept when its stem is attested; eighth new-user
    report, finding 17: ``كتاب`` missed 16 of the 22 articles with only ``كتابه/كتابها/كتابهم``)."""
    if key in PARTICLES:
        return None
    w = _fold_maqsura(key)
    if w in PROTECTED_NAMES:
        return None
    for suffix in POSSESSIVE_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_STEM_CHARS:
            rest = w[: -len(suffix)]
            taa = rest[-1] == "ت"
            if suffix in TAA_ONLY_SUFFIXES and not taa:
                return None
            if _possessive_attested(rest):
                return rest
            if taa and _possessive_attested(rest[:-1] + "ه"):
                return rest[:-1] + "ه"
            return None
    return None


def stems(key: str) -> tuple[str, ...]:
    """All stems the index stores for one search-key token (``str`` → 1 or 2 stems; non-Arabic
    tokens, digits and Latin, are returned as is).

    Lexicon-validated clitic segmentation, after Larkey et al.'s light10 (proclitics are cut only
    by rule there) and the dictionary check of Farasa's segmenter (A. Abdelali, K. Darwish,
    N. Durrani, H. Mubarak, "Farasa: A Fast and Furious Segmenter for Arabic", NAACL 2016: a
    segmentation is kept when its stem is attested) with a lexicon derived from the ANT corpus
    (:mod:`marsad.search.clitic_stems`, built by ``bench/search.py lexicon``):

    * a word opening with ``و ف ب ل ك`` whose stem is a clitic-initial stem
      (:func:`first_letter_is_stem`: ``وزارة``, ``ورقة``, ``وادي``, ``وجود``, ``فرقة``, ``كتاب``,
      ``كلمة``, ``لجنة``) keeps that letter: one stem, the light10 stem of the whole word
      (``وزارة`` → ``("وزار",)``, never ``زار`` "visited");
      The lexicon decides only on stems that open with the word's own first letter (``والكسندر``
      is ``و`` + ``الكسندر``). Before a protected name it must say more: the word is uncut
      (``لسان`` "tongue", not ``ل`` + ``سان``) or its stem is attested after the article often
      (:data:`STRONG_CLITIC_INITIAL_STEMS`: ``وادي`` → ``واد``, not ``ادي``); else the name wins
      (``لغزة`` → ``غزه``, not ``لغز`` "riddle");
    * otherwise a single proclitic before a protected name is stripped (``بلبنان`` → ``لبنان``);
    * otherwise the conjunction ``و`` (not ``وال``) gives two stems, the word's and the rest's
      (``وحكومة`` → ``("وحكوم", "حكوم")``, ``وقال`` → ``("وقال", "قال")``);
    * otherwise ``ب ل ك ف`` before a rest of ≥ :data:`MIN_AFTER_PROCLITIC` letters (no article)
      whose stem is attested after the definite article (:data:`ARTICLE_STEMS`: ``الجامعة`` →
      ``جامع``) is stripped: ``بجامعة`` → ``("جامع",)``, ``لشركة`` → ``("شرك",)``,
      ``بوزارة`` → ``("وزار",)``; ``كانت``, ``لذلك``, ``بلد`` stay whole, and so do words whose
      stem is that of a gazetteer name (:data:`NAME_INITIAL_STEMS`: ``كلوب`` Klopp, ``بسام``).
    """
    if not key or not ("\u0621" <= key[0] <= "\u064a"):
        return (key,)
    rest = possessive_rest(key) if POSSESSIVE_BASES else None
    if rest is not None:  # بلادهم → بلاد, حكومته → حكومه (eighth new-user report, finding 17)
        key = rest
    primary, waw = _primary_stem(key)
    primary = _tail_stem(primary, key)
    if waw:  # the stem of the rest, as light10 would cut the conjunction
        second = _tail_stem(_primary_stem(key[1:])[0], key[1:])
        if second != primary:
            return (primary, second)
    return (primary,)


def _tail_stem(stem: str, key: str) -> str:
    """The family and nisba step of :func:`stems` on the stem ``stem`` of ``key``: ``N`` + ``ه`` for
    a word of a :data:`marsad.search.names.NAME_FAMILIES` name's family (``رياضة`` → ``رياضه``, not
    the name ``رياض``), the name ``S`` + ``يا`` for a nisba word of a
    :data:`marsad.search.names.NISBA_NAMES` name (``السوري`` → ``سوريا``, not ``سور`` "wall";
    time26), else ``stem``."""
    if stem in NAME_FAMILIES and _family_word(key):
        return stem + "ه"
    if stem in NISBA_BASES and _family_word(key, NISBA_WORDS):
        return stem + "يا"
    return stem


def _family_word(key: str, family: frozenset[str] = NAME_FAMILY_WORDS) -> bool:
    """True when ``key`` (a search key), less a definite-article prefix (:data:`AL_PREFIXES`) or a
    single proclitic (``و ف ب ل ك``), is one of ``family`` (:data:`marsad.search.names.NAME_FAMILY_WORDS`:
    ``الرياضية``, ``للرياضة``, ``ورياضي``; not ``الرياض``; or :data:`marsad.search.names.NISBA_WORDS`)."""
    w = _fold_maqsura(key)
    if w in family:
        return True
    for prefix in AL_PREFIXES:
        if w.startswith(prefix) and w[len(prefix) :] in family:
            return True
    return w[:1] in SINGLE_PROCLITICS and w[1:] in family


def _primary_stem(key: str) -> tuple[str, bool]:
    """The first stem of :func:`stems` (``key`` non-empty) and whether the word also takes the
    ``و``-less second stem."""
    if len(key) > 3 and key[0] in SINGLE_PROCLITICS and key[1:] in PARTICLES:
        return key[1:], False
    if key in PARTICLES:
        return key, False
    w = _fold_maqsura(key)
    core = core_stem(w)  # w itself when it is a protected name
    first = w[0]
    if first not in SINGLE_PROCLITICS or len(w) <= 3:
        return core, False
    own_letter = core[0] == first and first_letter_is_stem(core)  # وزارة, ورقة, وجود, كتاب
    whole_name = w in PROTECTED_NAMES
    rest = w[1:]
    if (
        not whole_name
        and rest in PROTECTED_NAMES  # بلبنان, بروسيا, لغزة
        and not (own_letter and (core == w or core in STRONG_CLITIC_INITIAL_STEMS))  # لسان, وادي
    ):
        return rest, False
    if own_letter:
        return core, False
    if first == "و":
        return core, not w.startswith("وال") and len(rest) >= MIN_AFTER_WAW
    cut = _after_lone_proclitic(first, rest, whole_name, core)
    return (core if cut is None else cut), False
    if core[0] == first and first_letter_is_stem(core):  # وزارة, ورقة, وجود, كتاب
        return (core,)
    whole_name = w in PROTECTED_NAMES
    rest = w[1:]
    if not whole_name and rest in PROTECTED_NAMES:  # بلبنان, وجدة, بروسيا
        return (rest,)
    if first == "و":
        if not w.startswith("وال") and len(rest) >= MIN_AFTER_WAW:
            second = stems(key[1:])[0]
            if second != core:
                return (core, second)
    else:
        cut = _after_lone_proclitic(first, rest, whole_name, core)
        if cut is not None:
            return (cut,)
    return (core,)


def _after_lone_proclitic(first: str, rest: str, whole_name: bool, core: str) -> str | None:
    """The stem of ``rest`` when the word's first letter ``first`` is a lone ``ب ل ك``
    (:data:`STRIPPED_PROCLITICS`) before a noun the lexicon attests after the article
    (:data:`ARTICLE_STEMS`: ``بجامعة``, ``لشركة``, ``بقرار``); ``None`` when it is not cut (a whole
    protected name, a short rest, a rest with ``ال``, a stem that opens a name)."""
    if (
        first in STRIPPED_PROCLITICS
        and not whole_name
        and len(rest) >= MIN_AFTER_PROCLITIC
        and not rest.startswith("ال")
        and core not in NAME_INITIAL_STEMS
    ):
        rest_core = core_stem(rest)
        if rest_core in ARTICLE_STEMS:
            return rest_core
    return None
