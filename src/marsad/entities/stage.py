"""The entities stage: tag the title and prose blocks, link mentions into entities, attach roles.

``annotate_entities(article)`` fills :attr:`Article.mentions` (raw offsets; proclitics outside the
span: ``وبسوريا`` → a mention over ``سوريا``) and :attr:`Article.entities` (canonical name, type,
aliases as written, roles, mention indices, registry key). Steps:

1. tokens of the title and of each prose block (:func:`marsad.text.tokens.tokenize_with_kinds`;
   hashtags split into their words), cut into sentences at ``. ! ? ؟``;
2. CRF tagging (:mod:`marsad.entities.tagger`), chunks → candidate mentions (:func:`proclitic_len`
   decides how many leading letters are clitics);
3. document-level label consistency (:mod:`marsad.entities.consistency`: one name, one type, all
   occurrences tagged), then dictionary mentions: untagged occurrences of curated names
   (``data/aliases.tsv``);
4. linking, roles and nominal references (:mod:`marsad.entities.linking`, :mod:`marsad.entities.roles`).

Errors: a missing model file is recorded as the warning ``ner-model-missing``; nothing raises.
"""

from __future__ import annotations

import collections
import dataclasses
import re
from bisect import bisect_left
from functools import lru_cache

from marsad import settings
from marsad.entities.aliases import (
    COMMON_GIVEN_NAMES,
    PERSON_TITLES,
    alias_table,
    ambiguous_aliases,
    canonical,
    clean_name,
    context_cues,
    name_key,
)
from marsad.entities.consistency import propagate_labels
from marsad.entities.evaluate import chunks
from marsad.entities.features import ner_norm, proclitic_splits, stem_with_article
from marsad.entities.linking import (
    COMPOUND_HEADS,
    JUNIOR_WORDS,
    PATRONYMIC_MARKERS,
    Cand,
    aliases_of,
    choose_name,
    group_by_key,
    link_partial_names,
    link_title_only_persons,
    mention_name,
    nisba_skeleton,
    qualify_titled_given_names,
    role_mentions_key,
    role_nisbas,
    role_signature,
    signatures_match,
)
from marsad.entities.nonnames import BARE_ALEF_FUNCTION_WORDS, HAMZA_FUNCTION_WORDS
from marsad.entities.nonnames import apply_rules as apply_nonname_rules
from marsad.entities.roles import (
    NOMINAL_NOUNS,
    SUBJECT_VERBS,
    noun_of_nominal,
    role_after,
    role_before,
    role_split,
)
from marsad.model import Article, Entity, Mention

#: Tokens that end a sentence for tagging purposes.
SENTENCE_END = frozenset({".", "!", "?", "؟", "...", "…"})
#: See :mod:`marsad.settings` (``NER_*``) for the reasons of these values.
MIN_STEM_FREQ = settings.NER_MIN_STEM_FREQ
CONJ_WHOLE_WORD_RATIO = settings.NER_CONJ_WHOLE_WORD_RATIO
TANWEEN_NAME_MAX_SHARE = settings.NER_TANWEEN_NAME_MAX_SHARE
DICTIONARY_SCORE = settings.NER_DICTIONARY_SCORE
PROPAGATED_SCORE = settings.NER_PROPAGATED_SCORE
NOMINAL_SCORE = settings.NER_NOMINAL_SCORE
_HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640"}

Token = tuple[int, int, str]


@lru_cache(maxsize=1)
def _resources():
    from marsad.entities.clusters import load_clusters
    from marsad.entities.tagger import get_tagger

    tagger = get_tagger()
    _, freq = load_clusters()
    ex = tagger.extractor
    return tagger, freq, ex.gaz, ex.person_tokens, _dictionary()


def _dictionary():
    """Curated names usable as dictionary mentions, as a :class:`Gazetteer` (longest match, first
    token may carry proclitics). Names marked ambiguous in the list (``~`` prefix, also common
    words) are matched only where the word cannot be the head of a common noun phrase: not followed
    by a definite word (``القاعدة العسكرية`` "the military base" is no mention; ``ولادة القاعدة،`` is)."""
    from marsad.entities.gazetteer import Gazetteer

    out: dict[tuple[str, ...], set[str]] = {}
    for key, (_canon, typ) in alias_table().items():
        out.setdefault(tuple(key.split()), set()).add(typ)
    return Gazetteer(out)


def _ambiguous_here(words: list[str], i: int, j: int) -> bool:
    """Is the dictionary match ``words[i:j]`` an ambiguous name used as a common word here?"""
    if " ".join((stem_with_article(words[i]), *words[i + 1 : j])) not in ambiguous_aliases() and (
        " ".join(words[i:j]) not in ambiguous_aliases()
    ):
        return False
    return j < len(words) and stem_with_article(words[j]).startswith("ال")


def prose_tokens(article: Article) -> list[list[Token]]:
    """Sentences of ``(start, end, text)`` tokens over the title and the prose blocks (whole text
    when the layout found no blocks)."""
    from marsad.text.tokens import tokenize_with_kinds

    text = article.text
    spans: list[tuple[int, int]] = []
    if article.title is not None:
        spans.append((article.title.start, article.title.end))
    paras = article.paragraphs
    if paras:
        spans.extend((b.start, b.end) for b in paras)
    elif article.title is None:
        spans.append((0, len(text)))
    sents: list[list[Token]] = []
    for s, e in spans:
        cur: list[Token] = []
        for ts, te, kind in tokenize_with_kinds(text, s, e):
            if kind == "hashtag":
                pos = ts + 1
                for part in text[ts + 1 : te].split("_"):
                    if part:
                        cur.append((pos, pos + len(part), part))
                    pos += len(part) + 1
                continue
            tok = text[ts:te]
            cur.append((ts, te, tok))
            if tok in SENTENCE_END or len(cur) >= settings.NER_MAX_SENTENCE_TOKENS:
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
    return sents


def proclitic_len(raw: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> int:
    """How many leading characters of the first token of a mention are proclitics (0 = none).

    A known name (gazetteer, curated list, person-name tokens) is never split. A split is
    possible when its stem is a known name — unless the whole token is itself a frequent word
    (≥ :data:`MIN_STEM_FREQ` in the news corpora) at least as frequent as the stem: ``بريد``
    ("mail", 206) is no ب + ``ريد`` (166) — or when the stem is frequent (≥ :data:`MIN_STEM_FREQ`
    and more frequent than the whole token). Of the possible splits, the one whose stem is most
    frequent in the corpora wins (ties: the longest prefix): ``وباريس`` → ``باريس`` (4,486), not
    و + ب + ``اريس`` (27, a person-name token); ``وبكين`` → ``بكين``, not ``كين`` (third new-user
    report, finding 8). The frequency route never splits off a lone ``ف``
    (``فالانس`` stays whole: ``الانس`` is a common noun, and the city name is not a clitic form). ``لل`` (ل + ال) is left whole: its stem is not a substring;
    a split the article itself confirms is made later (:func:`strip_confirmed_proclitics`).
    """
    w = ner_norm(raw)
    if w in person_tokens or w in alias_table():
        return 0
    fw = freq.get(w, 0)
    if gaz.token_types(w):
        return _definite_after_clitic(raw, fw, freq, person_tokens, gazetteer_only=True)
    best, best_fs = 0, -1
    for k, stem in proclitic_splits(raw):
        if stem.startswith("ل") and raw[k - 1 : k] == "ل":
            continue
        s = ner_norm(stem)
        if len(s) < 3 and s not in alias_table():  # 'كنو' (a player) is no ك + 'نو' (second user)
            continue
        fs = freq.get(s, 0)
        known = bool(gaz.token_types(s)) or s in person_tokens or s in alias_table()
        # the frequency route alone never splits off a lone ف: 'فالانس' (Valence) is no
        # ف + 'الانس' (a frequent common noun); the conjunction ف is rare before names in news
        guessable = not (k == 1 and raw[0] == "ف")
        whole_is_word = _frequent_whole(raw, fw, fs)
        if ((known and not whole_is_word) or (guessable and fs >= MIN_STEM_FREQ and fs > fw)) and fs > best_fs:
            best, best_fs = k, fs  # longest prefix first: a later split must be more frequent
    k = best or _definite_after_clitic(raw, fw, freq, person_tokens, gazetteer_only=False)
    if k:
        while k < len(raw) - 1 and raw[k] in _HARAKAT:
            k += 1
    return k


#: Shortest stem, in letters, that :func:`_definite_after_clitic` reads as ``ال`` + a word: ``ال`` and
#: three letters (``والمرج`` → ``المرج``; ``والدا`` "two parents of" and ``والي`` stay whole).
DEFINITE_STEM_MIN_LEN = 5


def _definite_after_clitic(
    raw: str, fw: int, freq: dict[str, int], person_tokens, gazetteer_only: bool
) -> int:
    """Proclitic length of a first token that is a conjunction or preposition + ``ال`` + a word (ent28:
    ``واللوجستيك``, ``بالحرس الثوري الإيراني`` were names with their proclitic). The definite article
    after ``و``/``ب`` is by far the commonest reading of such a token; a foreign name that begins so
    (``والتر``, ``بالوتيلي``) is a person-name token and never reaches this test.

    * ``gazetteer_only``: the whole token is only a gazetteer entry (no person-name token, no curated
      name; ANERgazet lists ``بالحرس``, ``والعربيه``, ``بالخرج`` as persons): it is split when the
      clitic holds ``و`` or ``ب`` (``كالفن`` Calvin stays), the stem is no person-name token (``بالله``
      of ``المعتصم بالله`` stays) and the stem is frequent (≥ :data:`MIN_STEM_FREQ`) and more frequent
      than the whole (``الحرس`` 2,126 vs ``بالحرس`` 117);
    * otherwise (an unknown token the frequency route left whole, its stem rare in the news counts:
      ``واللوجستيك``, ``والمرج``): only the conjunction ``و`` alone is split off, and only from a rare
      whole (< :data:`MIN_STEM_FREQ`): ``ب``/``ف`` + ``ال`` also begin foreign names (``بالانتير``
      Palantir, ``فالانس``)."""
    for k, stem in proclitic_splits(raw):
        s = ner_norm(stem)
        if not s.startswith("ال") or len(s) < DEFINITE_STEM_MIN_LEN or s in person_tokens:
            continue
        if gazetteer_only:
            fs = freq.get(s, 0)
            if ("و" in raw[:k] or "ب" in raw[:k]) and fs >= MIN_STEM_FREQ and fs > fw:
                return k
        elif k == 1 and raw[0] == "و" and fw < MIN_STEM_FREQ:
            return k
        elif fw < MIN_STEM_FREQ and _HAMZA_AFTER_ARTICLE.match(stem):
            return k  # ent30: 'بالأوميغا' = ب + 'الأوميغا'; a foreign name writes no hamza there ('بالانتير')
    return 0


#: ``ال`` + a hamza-seated alef (after harakat): a word boundary, the article before a word that
#: begins with a hamza (``الأوميغا``); a transliterated name that begins ``بال`` (``بالانتير``,
#: ``بالتيمور``) writes a bare alef or a consonant there.
_HAMZA_AFTER_ARTICLE = re.compile("^ال[\u064b-\u0652]*[أإآ]")


def _key_tokens(raw_tokens: list[str]) -> tuple[str, ...]:
    return tuple(ner_norm(t) for t in raw_tokens)


def annotate_entities(article: Article) -> None:
    """Fill ``article.mentions`` and ``article.entities`` (see module doc)."""
    try:
        tagger, freq, gaz, person_tokens, dictionary = _resources()
    except FileNotFoundError as exc:
        _resources.cache_clear()
        article.warn("ner-model-missing", str(exc))
        return
    sents = prose_tokens(article)
    text = article.text
    all_toks = [[t[2] for t in sent] for sent in sents]
    all_tags: list[list[str]] = []
    all_conf: list[dict[int, float]] = []
    crf = tagger._tagger
    for toks in all_toks:
        tags = tagger.tag(toks)
        all_tags.append(tags)
        all_conf.append({k: crf.marginal(t, k) for k, t in enumerate(tags) if t != "O"})
    all_tags = propagate_labels(all_toks, all_tags)
    cands: list[Cand] = []
    tagged: list[list[bool]] = []
    for si, sent in enumerate(sents):
        tags, conf = all_tags[si], all_conf[si]
        used = [False] * len(sent)
        raw_words = all_toks[si]
        for typ, i0, j0 in sorted(chunks(tags), key=lambda c: c[1]):
            i, j = trim_tanween_edges(raw_words, i0, j0, gaz, person_tokens, freq)
            if typ in TRIMMED_TYPES:
                i, j = trim_function_words(raw_words, i, j)
            if i == j:
                continue
            if not (i > 0 and used[i - 1]):
                typ, i = extend_compound_name(raw_words, typ, i, j)
            i = trim_compound_tail(raw_words, typ, i, j)
            score = sum(conf.get(k, PROPAGATED_SCORE) for k in range(i, j)) / (j - i)
            for a, b, conj in split_coordinated_names(raw_words, typ, i, j, freq, gaz, person_tokens):
                cands.append(_cand(text, sent, si, a, b, typ, score, freq, gaz, person_tokens, conj))
            for k in range(i, j):
                used[k] = True
        tagged.append(used)
    cands = split_glued_acronyms(text, sents, cands)
    _add_dictionary_mentions(text, sents, tagged, cands, dictionary, freq, gaz, person_tokens)
    cands = [
        c for c in cands
        if not is_nisba_adjective(c.text, gaz) and not is_common_word_form(c.text, freq, gaz, person_tokens)
    ]  # fmt: skip
    cands = drop_false_positives(text, sents, cands, freq, gaz, person_tokens)
    cands = apply_nonname_rules(sents, cands, gaz)
    cands = merge_split_places(text, sents, cands, gaz)
    _add_given_name_mentions(text, sents, tagged, cands, freq)
    strip_confirmed_proclitics(text, sents, cands, freq)
    restore_transliterated_initials(text, sents, cands, freq, gaz, person_tokens)
    extend_nisba_family_names(text, sents, cands, gaz, person_tokens)
    extend_given_names_after_roles(text, sents, cands, freq, gaz, person_tokens)
    cands = extend_attested_given_names(text, sents, cands, freq, gaz, person_tokens)
    extend_given_names_before_compounds(text, sents, cands, gaz, person_tokens)
    join_hyphenated_syllables(text, sents, cands)
    cut_subject_pronouns(text, sents, cands)
    cut_trailing_verbs(text, sents, cands, freq, gaz, person_tokens)
    cands = drop_adjective_persons(sents, cands, freq, gaz, person_tokens)
    cands = drop_definite_common_nouns(sents, cands, freq, person_tokens)
    cands = join_hyphenated_surnames(text, sents, cands)
    cands = join_split_person_pairs(text, sents, cands, freq, person_tokens)
    cands = split_run_on_persons(text, sents, cands, freq, gaz, person_tokens)
    cands = cut_name_tails(text, sents, cands, freq, gaz, person_tokens)
    cands = join_web_site_names(text, cands)
    strip_list_conjunctions(text, sents, cands)
    name_juniors(sents, cands)
    cands.sort(key=lambda c: c.start)
    groups = group_by_key(cands)
    groups = link_partial_names(cands, groups, gaz, person_tokens)
    groups = link_title_only_persons(cands, groups, sents)
    qualify_titled_given_names(cands, groups, sents)
    role_positions = _attach_roles(text, sents, cands, groups)
    _add_nominal_mentions(text, sents, tagged, cands, groups, role_positions)
    _emit(article, cands, groups)


def is_nisba_adjective(name: str, gaz) -> bool:
    """Is the one-word ``name`` a definite relative adjective of a place (``السورية``, ``الأمريكي``,
    ``المصرية``) rather than a name? True when, without ``ال`` and the nisba ending ``ي``/``ية``, it is
    a place of the gazetteer (``سوريا``, ``امريكا``, ``مصر``, ``المغرب``) and is not itself a curated
    name (``السعودية`` stays). ANERcorp tags these adjectives ``O``."""
    if " " in name.strip():
        return False
    w = stem_with_article(ner_norm(name))
    if not w.startswith("ال") or name_key(w) in alias_table():
        return False
    base = w[2:]
    for ending in ("يه", "ي"):
        if base.endswith(ending) and len(base) > len(ending) + 1:
            root = base[: -len(ending)]
            return any("LOC" in gaz.token_types(f) for f in (root, root + "ا", root + "يا", "ال" + root))
    return False


#: Tanween (nunation) marks: fathatan, dammatan, kasratan (U+064B-U+064D).
TANWEEN = frozenset("\u064b\u064c\u064d")
#: Dual endings (nominative ``ـان``, oblique ``ـين``) of a common noun (``مصدران``, ``مسؤولين``).
DUAL_SUFFIXES = ("ان", "ين")


#: Fathatan, whose accusative form is usually written on an alef seat (``محمداً`` / ``محمدًا``).
FATHATAN = "\u064b"


def is_tanween_common_word(word: str, gaz, person_tokens: set[str], freq: dict[str, int]) -> bool:
    """Does the single token ``word`` carry tanween as a common word does?

    Tanween (nunation) marks an indefinite noun or adjective (``مصرٌّ`` "insistent", ``شخصاً``,
    ``رسمياً``), and diptote names (``مصر``, ``عمر``, most place names) never take it; but a
    triptote personal name does, in ordinary MSA (``إن محمداً``, ``التقى خالداً``, ``زيدٌ``). So a
    tanween word is a name form only when, without its harakat and without the alef seat of
    fathatan, it is a person name (a Wikidata person-name token or a ``PER`` gazetteer entry; a
    place or organisation name with tanween is still a common word: ``مصراً`` "insistent") whose
    accusative form (base + alef) is rare in the news corpora (``freq``, normalized word → count):
    at most :data:`TANWEEN_NAME_MAX_SHARE` of the base's count. Many Wikidata name tokens are
    common words too (``كثير``, ``يوم``, ``أول``), and those carry the alef of tanween all the time
    (``كثيراً`` 1.5 times as often as ``كثير``; ``محمداً`` 0.0009 times ``محمد``).
    Source: Ryding, *A Reference Grammar of Modern Standard Arabic* (2005), ch. 7 (nunation,
    diptotes)."""
    if TANWEEN.isdisjoint(word):
        return False
    w = ner_norm(word)
    base = w[:-1] if FATHATAN in word and w.endswith("ا") and len(w) > 3 else w
    if base not in person_tokens and "PER" not in gaz.token_types(base):
        return True
    return freq.get(base + "ا", 0) > TANWEEN_NAME_MAX_SHARE * freq.get(base, 0)


def trim_tanween_edges(
    words: list[str], i: int, j: int, gaz, person_tokens: set[str], freq: dict[str, int]
) -> tuple[int, int]:
    """The chunk ``words[i:j]`` (raw tokens) without leading/trailing tokens that carry tanween as
    common words (:func:`is_tanween_common_word`): the tagger sometimes takes an adverb or a
    predicate into a name (``شكري رسمياً``), and the name must survive the filter in
    :func:`is_common_word_form`, which rejects a mention holding such a word. Returns ``(i, j)``;
    ``i == j`` when nothing is left."""
    while i < j and is_tanween_common_word(words[i], gaz, person_tokens, freq):
        i += 1
    while j > i and is_tanween_common_word(words[j - 1], gaz, person_tokens, freq):
        j -= 1
    return i, j


def is_common_word_form(name: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> bool:
    """Is the mention text ``name`` a common word's form rather than a name?

    * a word carrying tanween as common words do (:func:`is_tanween_common_word`: ``مصرٌّ``
      "insistent", ``شخصاً``; not the person name ``محمداً``): tanween marks an indefinite word,
      news text writes names without it (diptote names such as ``مصر`` never take it);
    * a one-word dual of a frequent common noun (``مصدران`` "two sources", ``مسؤولين``): the word
      ends in ``ـان``/``ـين``, is no known name (gazetteer, curated alias, person-name token), and
      its stem without the ending is a frequent word (≥ :data:`MIN_STEM_FREQ` in the news corpora,
      more frequent than the word) that is no name either. ``سلمان``, ``عمران``, ``البحرين`` are
      known names and stay.

    Source of the rule: Arabic grammar of nunation and the dual (Ryding, *A Reference Grammar of
    Modern Standard Arabic*, 2005, ch. 7 and 8); first-user findings on ANT v2.1."""
    if any(is_tanween_common_word(t, gaz, person_tokens, freq) for t in name.split()):
        return True
    if " " in name.strip():
        return False
    w = ner_norm(name)
    if gaz.token_types(w) or w in person_tokens or name_key(name) in alias_table():
        return False
    for suffix in DUAL_SUFFIXES:
        if w.endswith(suffix) and len(w) >= len(suffix) + 3:
            stem = w[: -len(suffix)]
            fs = freq.get(stem, 0)
            if fs >= MIN_STEM_FREQ and fs > freq.get(w, 0) and stem not in person_tokens and not gaz.token_types(stem):
                return True
    return False


#: Function words that are never part of a mention (prepositions, particles, conjunctions written
#: alone or with a clitic), compared after :func:`clean_name` (harakat and tatweel off) but with
#: hamza and alef maqsura as written: ``على`` is a preposition, ``علي`` a given name; ``فان`` stays
#: out (``فان دايك``). The tagger takes some into a name (``على ترمب``, ``فإن ترمب``); they are
#: trimmed at either edge of the mention. Source: first-user findings on ANT v2.1 (Al Arabiya).
EDGE_FUNCTION_WORDS = frozenset(
    (
        "على", "وعلى", "فعلى", "إن", "فإن", "وإن", "أن", "بأن", "وأن", "لأن", "ان", "عن", "وعن", "مع",
        "ومع", "في", "وفي", "من", "ومن", "إلى", "الى", "وإلى", "لكن", "ولكن", "كما", "قد", "وقد",
        "فقد", "لقد", "ثم", "أو", "حتى", "إذ", "إذا", "لدى", "عند", "ضد", "عبر", "نحو", "حول", "منذ",
        "هل", "لم", "لن",
        # prepositional nouns (ظروف and أشباه الجمل): ``بفضل دونالد ترامب``, ``إلى جانب نادين لبكي``
        # were tagged whole and the speaker of a quotation took the chunk (new-user report nu20)
        # (not خلف, a given and family name: نايف خلف; nor أمام, written for the name إمام: عادل أمام;
        # nor دون: ماو دون)
        "بفضل", "جانب", "بجانب", "قبل", "وقبل", "بعد", "وبعد", "خلال", "وخلال", "بين", "وبين",
        "وأمام", "وراء", "تجاه", "حسب", "بحسب", "وبحسب", "وفق", "وفقا", "إثر", "عقب", "لصالح",
        "بحق", "بدون", "سوى", "برفقة", "بمشاركة", "بحضور",
    )
)  # fmt: skip
#: Types whose mentions are trimmed of edge function words; titles of works (MISC: ``مع نور``,
#: ``من أجل أنوثة جديدة``) may start with one.
TRIMMED_TYPES = frozenset({"PER", "LOC", "ORG"})


def trim_function_words(words: list[str], i: int, j: int) -> tuple[int, int]:
    """The chunk ``words[i:j]`` (raw tokens) without leading/trailing function words
    (:data:`EDGE_FUNCTION_WORDS`): ``على ترمب`` → ``ترمب``. Applied to :data:`TRIMMED_TYPES` only.
    Returns ``(i, j)``; ``i == j`` when
    nothing is left."""
    while i < j and clean_name(words[i]) in EDGE_FUNCTION_WORDS:
        i += 1
    while j > i and clean_name(words[j - 1]) in EDGE_FUNCTION_WORDS:
        j -= 1
    return i, j


#: Head nouns of organisations (normalized). An ORG chunk that has ``و`` + one of them inside names
#: two bodies (``الاتحاد الأوروبي والمصرف المركزي الأوروبي``); ``منظمة الأمن والتعاون`` does not.
ORG_HEAD_NOUNS = frozenset(
    ner_norm(w)
    for w in (
        "المصرف", "مصرف", "البنك", "بنك", "الاتحاد", "اتحاد", "المجلس", "مجلس", "الحكومة", "حكومة",
        "وزارة", "الوزارة", "هيئة", "الهيئة", "منظمة", "المنظمة", "صندوق", "الصندوق", "الجيش", "جيش",
        "الشرطة", "شرطة", "جامعة", "الجامعة", "حركة", "حزب", "شركة", "الشركة", "البرلمان", "المحكمة",
        "محكمة", "اللجنة", "لجنة", "جمعية", "الجمعية", "وكالة", "الوكالة", "مؤسسة", "المؤسسة",
        "قوات", "القوات", "جبهة", "تنظيم", "الأمم", "المفوضية", "مفوضية", "الكونغرس",
    )
)  # fmt: skip


def split_coordinated_orgs(words: list[str], typ: str, i: int, j: int) -> list[tuple[int, int, bool]]:
    """Token ranges ``[(a, b, conj)]`` of the chunk ``words[i:j]``: one range, or, for an ORG chunk
    with a token ``و`` + an organisation head noun (:data:`ORG_HEAD_NOUNS`) after its first token,
    one range per body (``conj`` True when the range starts with that conjunction, which is then
    outside the mention)."""
    if typ != "ORG" or j - i < 3:
        return [(i, j, False)]
    cuts = [k for k in range(i + 1, j) if words[k][:1] == "و" and ner_norm(words[k][1:]) in ORG_HEAD_NOUNS]
    if not cuts:
        return [(i, j, False)]
    out, a = [], i
    for k in cuts:
        out.append((a, k, a != i))
        a = k
    out.append((a, j, True))
    return out


def _coordinated_name_cut(
    words: list[str], typ: str, i: int, k: int, j: int, freq, gaz, person_tokens
) -> bool:
    """Does the token ``words[k]`` (``i < k < j``) of a chunk ``words[i:j]`` of type ``typ`` open a
    second name joined by the conjunction ``و`` (``ترامب وكيم``, ``هاري وميغان``, ``فيسبوك وتويتر``;
    nu26 item 4: 23 registry entries were two names)? The token is ``و`` + a stem of three letters
    or more, the whole token is no known name (``وليد``, ``وسام``, ``وهبي`` are person-name tokens),
    and it is not a frequent word of its own (:func:`_frequent_whole`). For a person the stem is a
    person name (Wikidata tokens, ``PER`` gazetteer entry or curated row). For other types (titles
    of bodies hold ``و``: ``منظمة الأمن والتعاون``, ``البوسنة والهرسك``) only a two-word chunk of two
    indefinite words that is no known name is cut, when each word is a frequent word of the news
    on its own (≥ :data:`MIN_STEM_FREQ`)."""
    raw = words[k]
    if raw[:1] != "و" or len(raw) < 4:
        return False
    w, stem = ner_norm(raw), ner_norm(raw[1:])
    if gaz.token_types(w) or w in person_tokens or w in alias_table():
        return False
    fw, fs = freq.get(w, 0), freq.get(stem, 0)
    if _frequent_whole(raw, fw, fs):
        return False
    if typ == "PER":
        return (
            stem in person_tokens
            or "PER" in gaz.token_types(stem)
            or alias_table().get(stem, ("", ""))[1] == "PER"
        )
    if j - i != 2 or stem.startswith("ال") or ner_norm(words[i]).startswith("ال"):
        return False
    whole = " ".join(words[i:j])
    if gaz.lookup(whole) or name_key(whole) in alias_table():
        return False
    return fs >= MIN_STEM_FREQ and freq.get(ner_norm(words[i]), 0) >= MIN_STEM_FREQ


def split_coordinated_names(
    words: list[str], typ: str, i: int, j: int, freq, gaz, person_tokens
) -> list[tuple[int, int, bool]]:
    """Token ranges ``[(a, b, conj)]`` of the chunk ``words[i:j]``: the ranges of
    :func:`split_coordinated_orgs`, each cut again before a second name joined by ``و``
    (:func:`_coordinated_name_cut`); ``conj`` is True when the range starts with that conjunction."""
    out: list[tuple[int, int, bool]] = []
    for a, b, conj in split_coordinated_orgs(words, typ, i, j):
        cuts = [
            k for k in range(a + 1, b) if _coordinated_name_cut(words, typ, a, k, b, freq, gaz, person_tokens)
        ]
        for k in cuts:
            out.append((a, k, conj))
            a, conj = k, True
        out.append((a, b, conj))
    return out


#: Heads of theophoric compound names (``خير الله``, ``نصر الله``, ``عبد الله``), normalized: ``الله``
#: after one of them is the end of a person's name, not a MISC entity (``ماجدة خير الله``). Words
#: of religious formulae (``رحمه الله``, ``نعمة الله``) are not heads: the name would swallow them.
THEOPHORIC_HEADS = frozenset(
    ner_norm(w)
    for w in ("عبد", "خير", "نصر", "فضل", "جاد", "عطا", "حمد", "رزق", "عوض", "ضيف", "سعد", "حسب", "جار",
              "فتح", "عبيد", "خلف", "حرز", "عطية", "كرم",
              # names only, counted in ANT v2.1 + SaudiNewsNet (see ALLAH_NAME_HEADS): ذبيح الله مجاهد
              "ذبيح", "عطاء", "حبيب", "عزيز", "حفيظ", "ثناء", "أسد", "سميع", "إنعام", "انعام", "نجيب",
              "إحسان", "احسان", "حكمت", "ظفر", "صبغة", "رحمت", "نعمت", "حكيم", "كليم", "شفيع")
)  # fmt: skip
_ALLAH = ner_norm("الله")
#: Religious formulae (first-user finding: ``MISC:الله`` was a top entity of SaudiNewsNet, from
#: ``إن شاء الله``, ``الحمد لله``, ``بسم الله``, ``حفظه الله``, ``رحمه الله``): a one-word mention
#: ``الله``/``لله`` right after one of these words, or right before one of
#: :data:`FORMULA_TAILS` (``الله تعالى``, ``الله عز وجل``, ``الله أكبر``), is part of a formula or a
#: religious set phrase (``بيت الله الحرام``, ``كتاب الله``, ``رسول الله``), not an entity.
#: Read off the words before a lone ``الله`` mention in 3,012 articles of ../shared/corpora.
RELIGIOUS_FORMULA_WORDS = frozenset(
    ner_norm(w)
    for w in ("شاء", "الحمد", "والحمد", "بسم", "وبسم", "سبحان", "بإذن", "وبإذن", "بمشيئة", "بعون", "بحول",
              "بفضل", "حفظه", "حفظها", "حفظهم", "حفظهما", "رحمه", "رحمها", "رحمهم", "يرحمه", "يرحمها",
              "رحم", "رحمة", "ورحمة", "رعاه", "أيده", "أعزه", "وفقه", "وفقهم", "يحفظه", "جزاه", "جزاهم",
              "صلى", "أستغفر", "استغفر", "تبارك", "إلا", "نسأل", "ونسأل", "سائلا", "سائلاً", "سائلين",
              "داعيا", "داعياً", "داعين", "لعنه", "قاتله", "أمان", "ذمة", "حسبنا", "توكلنا", "يا",
              "قدر", "أدعو", "ندعو", "يدعو", "ادعو", "أعوذ", "بنعمة", "بحمد", "لوجه",
              # set phrases "God's …": بيت الله (the Kaaba), كتاب الله (the Quran), رسول الله …
              "بيت", "بيوت", "كتاب", "رسول", "دين", "لدين", "سبيل", "شرع", "عباد", "ضيوف", "حجاج",
              "مساجد", "خلق", "عند", "آية", "آيات", "حفظ", "رعاية")
)  # fmt: skip
#: Words right after ``الله`` that close a formula (``الله تعالى``, ``الله عز وجل``, ``الله عليه``).
FORMULA_TAILS = frozenset(
    ner_norm(w)
    for w in ("تعالى", "عز", "سبحانه", "عليه", "عليهم", "عنه", "عنها", "عنهم", "أكبر", "ورسوله", "الحرام")
)  # fmt: skip
_ALLAH_FORMS = frozenset({_ALLAH, ner_norm("لله")})

_TITLE_KEYS = frozenset(name_key(t) for t in PERSON_TITLES)


def _is_imperfect_verb(w: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> bool:
    """Is the normalized one-word ``w`` an imperfect verb (``يصل`` "arrives") rather than a name?
    It starts with the prefix ``ي``/``ت``, is no known name, and the form with the other prefix
    (``تصل``) is frequent in the news corpora: verbs alternate their person prefix, names do not
    (``يونكر`` has no ``تونكر``)."""
    if len(w) < 3 or w[0] not in "يت" or w in person_tokens or gaz.token_types(w) or w in alias_table():
        return False
    other = ("ت" if w[0] == "ي" else "ي") + w[1:]
    return freq.get(other, 0) >= MIN_STEM_FREQ


def is_verb_form(w: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> bool:
    """Is the normalized one-word ``w`` tagged as a person an imperfect verb? :func:`_is_imperfect_verb`,
    also for the first person plural ``ن`` (``ندرس``: ``يدرس`` is frequent) and after the future
    ``س`` (``سندرس`` "we will study", third-user gold, SaudiNewsNet/Al Arabiya). A known name never
    is (``نجيب``, ``نتنياهو``: person-name tokens, and ``يتنياهو`` does not occur)."""
    if w[:1] == "س" and len(w) > 4 and w[1] in "يتن":
        w = w[1:]
    if w[:1] == "ن" and len(w) >= 4:
        if w in person_tokens or gaz.token_types(w) or w in alias_table():
            return False
        return freq.get("ي" + w[1:], 0) >= MIN_STEM_FREQ and freq.get("ي" + w[1:], 0) > 4 * freq.get(w, 0)
    return _is_imperfect_verb(w, freq, gaz, person_tokens)


def is_future_verb(w: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> bool:
    """Is the normalized one-word ``w`` the future ``س`` + an imperfect verb (``ستكرم`` "will honour",
    ``سيعود`` "will return")? :func:`is_verb_form`, and the verb without ``س`` is at least as frequent
    in the news corpora as the whole word: names that start like it (``سيرجي`` Sergi 170 vs ``يرجي``
    35, ``سيدني`` 176 vs 0) fail. Only this form is cut off the start of a longer mention: names
    starting with ``ي``/``ت`` are too many (``ييري مينا``, ``يوم الدين``, ``يورو 2016``)."""
    if w[:1] != "س" or len(w) < 5 or w[1] not in "يتن":
        return False
    return freq.get(w[1:], 0) >= freq.get(w, 0) and is_verb_form(w, freq, gaz, person_tokens)


def is_feminine_perfect_verb(w: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> bool:
    """Is the normalized one-word ``w``, the last word of a person mention, a perfect verb of the third
    person feminine (``سجلت`` "she recorded", ``ساهمت``, ``أبدعت``) run into a woman's name (``سارة
    سجلت``, nu33)? It ends in ``ت``, is no person-name token nor gazetteer person, and its imperfect
    (``ت`` or ``ي`` + the stem, without the ``أ`` of form IV: ``تسجل``, ``تساهم``, ``تبدع``) is in the
    news counts at least :data:`MIN_STEM_FREQ` times, and the word itself at least
    :data:`FEMININE_VERB_MIN_FREQ` times (a verb of news prose is frequent: ``سجلت`` 1,441, ``صنعت``
    161; the poet ``فهد عافت``: ``عافت`` 21, ``تعاف`` 22). Names ending in ``ت`` have no such imperfect
    (``عرفات``, ``بركات``, ``فرحات``) or are person tokens (``عزت``, ``بهجت``, ``جودت``)."""
    if len(w) < 4 or w[-1] != "ت" or w in person_tokens or "PER" in gaz.token_types(w) or w in alias_table():
        return False
    if freq.get(w, 0) < FEMININE_VERB_MIN_FREQ:
        return False
    stem = w[1:-1] if w[0] == "ا" and len(w) > 4 else w[:-1]
    return max(freq.get("ت" + stem, 0), freq.get("ي" + stem, 0)) >= MIN_STEM_FREQ


#: A word must occur this often in the news counts to be cut as a feminine perfect verb
#: (:func:`is_feminine_perfect_verb`).
FEMININE_VERB_MIN_FREQ = settings.NER_FEMININE_VERB_MIN_FREQ


#: A one-word person mention written with a preposition clitic is a common noun (rule of
#: :func:`is_clitic_common_noun`) when its stem takes the article this often (share of its count).
CLITIC_NOUN_MIN_DEFINITE_SHARE = settings.NER_CLITIC_NOUN_MIN_DEFINITE_SHARE


def is_clitic_common_noun(c: Cand, k: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> bool:
    """Is the one-word person mention ``c`` (name key ``k``) a common noun after a preposition clitic
    (``بإجمالي`` "in total", ``بمكرر``, ``لمجرد``, ``بدعم``: nu33)? Written with ``ب``/``ل``/``ك``
    (after ``و``/``ف`` too), its stem no person-name token, gazetteer person or curated name, and the
    stem a common word of the news counts (:data:`MIN_STEM_FREQ` or more) that takes the article in
    at least :data:`CLITIC_NOUN_MIN_DEFINITE_SHARE` of its uses (``الإجمالي`` 945 of 2,429; names do
    not: ``هنيدي``, ``كافاني`` 0). A frequent word that seldom takes the article stays: it may be the
    name itself (``سعد لمجرد``: ``مجرد`` 1,543, ``المجرد`` 21)."""
    lead = c.surface[: len(c.surface) - len(c.text)].lstrip("وف")
    if lead[:1] not in ("ب", "ل", "ك") or k.startswith("ال") or len(k) < 3:
        return False
    if k in person_tokens or "PER" in gaz.token_types(k) or k in alias_table():
        return False
    n = freq.get(k, 0)
    return n >= MIN_STEM_FREQ and freq.get("ال" + k, 0) >= CLITIC_NOUN_MIN_DEFINITE_SHARE * n


#: Tokens after which an ambiguous short name may stand (``فتح في بيان``, ``فتح وحماس``), normalized.
NAME_FOLLOWERS = frozenset(
    ner_norm(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "بعد", "قبل", "لدى", "أن", "إن", "التي", "الذي")
)  # fmt: skip
_PUNCT_TOKEN = frozenset(".،,؛;:!?؟()[]\"«»{}-–—/…")


def _name_reading(sent, c: Cand, same_sent: list[Cand], freq, gaz, person_tokens) -> bool:
    """Can the one-word ambiguous mention ``c`` (``فتح``: the movement, or "opening") be the name
    where it stands? Not when written with a preposition clitic (``لفتح``, ``بفتح``: a governed
    verbal noun); otherwise only when what follows is the end, punctuation, a preposition or
    particle (:data:`NAME_FOLLOWERS`), a word with the conjunction ``و`` (``فتح وحماس``), an
    imperfect verb agreeing with it (``فتح تستنكر``; :func:`_is_imperfect_verb`, after ``س``), or
    another mention (``فتح عزام الأحمد``). A common noun in construct (``فتح تحقيق``, ``فتح معبر``,
    ``فتح أبوابها``) fails. ``same_sent`` lists the candidates of ``c``'s sentence."""
    lead = c.surface[: len(c.surface) - len(c.text)].lstrip("وف")
    if lead[:1] in ("ب", "ل", "ك"):
        return False
    if c.tok_end >= len(sent):
        return True
    nxt = sent[c.tok_end]
    raw = nxt[2]
    if raw in _PUNCT_TOKEN or not any(ch.isalpha() for ch in raw):
        return True
    w = ner_norm(raw)
    if w in NAME_FOLLOWERS or (w[:1] == "و" and len(w) > 2):
        return True
    if _is_imperfect_verb(w[1:] if w[:1] == "س" and len(w) > 3 else w, freq, gaz, person_tokens):
        return True
    return any(o.tok_first == c.tok_end for o in same_sent)


def drop_false_positives(text, sents, cands: list[Cand], freq, gaz, person_tokens) -> list[Cand]:
    """Remove the recurring kinds of tagger false positives (issue 5, first-user findings):

    * an ambiguous curated short form (``~فتح`` "opened", ``~القاعدة`` "the base") as a one-word
      mention, unless the article also writes an unambiguous form of that entity (``حركة فتح``) or
      one of its cue words (:func:`marsad.entities.aliases.context_cues`: ``غزة``, ``الفلسطينية``)
      and, when the form is also a perfect verb (its imperfect ``ي`` + form is frequent: ``يفتح``;
      not ``حماس``, ``القاعدة``), stands where a name can (:func:`_name_reading`: not ``فتح تحقيق``,
      ``لفتح معبر``);
    * a one-word person that is an imperfect verb (:func:`_is_imperfect_verb`: ``وزير الخارجية
      السعودي يصل إلى طهران``);
    * ``الله`` after the head of a theophoric name (``ماجدة خير الله``): the person mention that ends
      right before it, if any, is extended over ``خير الله``;
    * a very common given name alone (:data:`COMMON_GIVEN_NAMES`) with no title before it and no
      longer person name in the article containing it;
    * a future verb read into the start of a longer mention (:func:`is_future_verb`: ``ستكرم بينيلوبي
      كروز`` "will honour Penelope Cruz" was an ORG; fourth new-user report, M4), or an imperfect or
      future verb after a person's name (``نوير سيحمي``, ``صلاح يلعب``; not after ``بن``: ``وسام بن
      يدر``): the verb is cut off, the name stays.
    Returns the kept candidates (those extended are changed in place)."""
    keys = [name_key(mention_name_text(c.text)) for c in cands]
    ambiguous = ambiguous_aliases()
    article_words: set[str] | None = None
    joined = ""
    long_person_tokens: set[str] = set()
    for c, k in zip(cands, keys, strict=True):
        if c.type == "PER" and " " in k:  # words that can stand for the bearer (not after بن)
            toks = k.split()
            long_person_tokens.update(t for i, t in enumerate(toks) if not (i and toks[i - 1] in PATRONYMIC_MARKERS))
            long_person_tokens.add(k)
    by_sent: dict[int, list[Cand]] = {}  # the candidates of each sentence, in order (the same objects)
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    unambiguous_keys: set[str] | None = None  # registry keys of the unambiguous forms, built on first need
    drop: set[int] = set()
    for ci, (c, k) in enumerate(zip(cands, keys, strict=True)):
        if " " not in k and k in ambiguous:
            canon, ckey, _ = canonical(k, c.type)
            if unambiguous_keys is None:  # once per article (was every candidate per ambiguous one)
                unambiguous_keys = {canonical(k2, c2.type)[1] for c2, k2 in zip(cands, keys, strict=True)
                                    if k2 not in ambiguous}  # fmt: skip
            if ckey not in unambiguous_keys:
                if article_words is None:
                    toks = [name_key(t[2]) for sent in sents for t in sent]
                    article_words = set(toks) | {name_key(stem_with_article(t)) for t in toks}
                    joined = " " + " ".join(toks) + " "
                cues = context_cues(canon)
                if not any((cue in article_words) or (" " in cue and f" {cue} " in joined) for cue in cues):
                    drop.add(ci)
                    continue
                if freq.get("ي" + k, 0) >= MIN_STEM_FREQ and not _name_reading(
                    sents[c.sent], c, by_sent[c.sent], freq, gaz, person_tokens
                ):  # a verb form too ('فتح' "opened" beside 'يفتح'): the syntax must allow a name
                    drop.add(ci)
                    continue
        if c.type == "PER" and " " not in k and is_verb_form(k, freq, gaz, person_tokens):
            drop.add(ci)
            continue
        if c.type == "PER" and " " not in k and is_clitic_common_noun(c, k, freq, gaz, person_tokens):
            drop.add(ci)  # 'بإجمالي' ("in total") → no person 'إجمالي' (nu33)
            continue
        if " " in k and c.tok_end - c.tok_first > 1 and is_future_verb(k.split()[0], freq, gaz, person_tokens):
            _drop_first_token(text, sents[c.sent], c)  # 'ستكرم بينيلوبي كروز' → 'بينيلوبي كروز'
            k = name_key(mention_name_text(c.text))
        ktoks = k.split()
        if (c.type == "PER" and len(ktoks) > 1 and c.tok_end - c.tok_first > 1 and ktoks[-2] not in PATRONYMIC_MARKERS
                and (is_future_verb(ktoks[-1], freq, gaz, person_tokens)
                     or (ktoks[-1][:1] != "س" and is_verb_form(ktoks[-1], freq, gaz, person_tokens))
                     or is_feminine_perfect_verb(ktoks[-1], freq, gaz, person_tokens))):  # fmt: skip
            # 'نوير سيحمي' ("Neuer will guard") → 'نوير'; 'سارة سجلت' ("Sara recorded") → 'سارة'
            _drop_last_token(text, sents[c.sent], c)
            k = name_key(mention_name_text(c.text))
        if k == _ALLAH and c.tok_first > 0:
            sent = sents[c.sent]
            if ner_norm(sent[c.tok_first - 1][2]) in THEOPHORIC_HEADS:
                drop.add(ci)
                same_sent = by_sent[c.sent]
                for c2 in same_sent:
                    if c2.type == "PER" and c2.tok_end in (c.tok_first - 1, c.tok_first):
                        c2.end, c2.tok_end = c.end, c.tok_end
                        c2.text = text[c2.start : c2.end]
                        c2.surface = text[sent[c2.tok_first][0] : c2.end]
                    elif (c2.type == "PER" and c2.tok_first == c.tok_end
                          and c2.start == sent[c2.tok_first][0]
                          and ner_norm(sent[c.tok_first - 1][2]) not in GUARDED_NAME_HEADS
                          and c.tok_first >= 2 and not any(o.tok_end == c.tok_first - 1
                                                           for o in same_sent)):  # fmt: skip
                        # the rest of the name after it (ذبيح | الله | مجاهد): the person starts at the
                        # head; not after a head that is mostly a common noun (فضل) nor when the rest has a
                        # proclitic: 'مطالب فضل الله لروس' (Fadlallah's demands to Ross) is two people
                        c2.tok_first = c.tok_first - 1
                        s_head, _, raw_head = sent[c2.tok_first]
                        c2.start = s_head + _head_proclitic_len(raw_head)
                        c2.text = text[c2.start : c2.end]
                        c2.surface = text[s_head : c2.end]
                continue
        if k in _ALLAH_FORMS and _in_religious_formula(sents[c.sent], c):
            drop.add(ci)
            continue
        if c.type == "PER" and k in COMMON_GIVEN_NAMES and k not in long_person_tokens:
            prev = name_key(sents[c.sent][c.tok_first - 1][2]) if c.tok_first > 0 else ""
            if prev not in _TITLE_KEYS and noun_of_nominal(prev) is None:
                drop.add(ci)
    return [c for ci, c in enumerate(cands) if ci not in drop]


def _drop_first_token(text: str, sent, c: Cand) -> None:
    """Cut the first token off the multi-token mention ``c`` in place (offsets, text, surface)."""
    c.tok_first += 1
    c.start = sent[c.tok_first][0]
    c.text = text[c.start : c.end]
    c.surface = c.text


def _drop_last_token(text: str, sent, c: Cand) -> None:
    """Cut the last token off the multi-token mention ``c`` in place (offsets, text, surface: the
    surface keeps the first token's proclitics)."""
    c.tok_end -= 1
    c.end = sent[c.tok_end - 1][1]
    c.text = text[c.start : c.end]
    c.surface = text[sent[c.tok_first][0] : c.end]


def merge_split_places(text: str, sents, cands: list[Cand], gaz) -> list[Cand]:
    """Join two place mentions that stand side by side (one space between them, same sentence) into
    one when the two together are a place (:func:`_is_place_name`: the gazetteer, the curated list, or
    a LOC mention of the same article; ``بني`` + ``سويف`` → ``بني سويف``, Beni Suef; the
    tagger cut the name in two in ``SK-economy-1051``, fourth new-user report, M4). Returns the list
    without the second halves, in the same order (the first halves grow in place)."""
    places = {(c.sent, c.tok_first): c for c in cands if c.type == "LOC" and not c.nominal}
    if len(places) < 2:
        return cands
    here = {name_key(c.text) for c in cands if c.type == "LOC" and " " in c.text}  # whole elsewhere
    gone: set[int] = set()
    for c in cands:
        if c.type != "LOC" or c.nominal or id(c) in gone:
            continue
        nxt = places.get((c.sent, c.tok_end))
        if (nxt is None or id(nxt) in gone or nxt.surface != nxt.text or not text[c.end : nxt.start].isspace()
                or not _is_place_name(c.text + " " + nxt.text, here, gaz)):  # fmt: skip
            continue
        c.end, c.tok_end = nxt.end, nxt.tok_end
        c.text = text[c.start : c.end]
        c.surface = text[sents[c.sent][c.tok_first][0] : c.end]
        gone.add(id(nxt))
    return [c for c in cands if id(c) not in gone] if gone else cands


def _is_place_name(name: str, here: set[str], gaz) -> bool:
    """Is ``name`` a place: a gazetteer or curated LOC entry, or the key of a LOC mention of the
    same article (``here``: the tagger found it whole elsewhere in the text)?"""
    if name_key(name) in here or "LOC" in gaz.lookup(name):
        return True
    hit = alias_table().get(name_key(name))
    return hit is not None and hit[1] == "LOC"


def _head_proclitic_len(raw: str) -> int:
    """Letters of proclitics before the theophoric head written in ``raw`` (``لذبيح`` → 1)."""
    if ner_norm(raw) in THEOPHORIC_HEADS:
        return 0
    return next((k for k, stem in proclitic_splits(raw) if ner_norm(stem) in THEOPHORIC_HEADS), 0)


def _in_religious_formula(sent, c: Cand) -> bool:
    """Is the one-word mention ``c`` (``الله``) part of a religious formula: after a word of
    :data:`RELIGIOUS_FORMULA_WORDS` (``إن شاء الله``, ``حفظه الله``) or before one of
    :data:`FORMULA_TAILS` (``الله تعالى``)?"""
    prev = ner_norm(sent[c.tok_first - 1][2].lstrip('-–(«"')) if c.tok_first > 0 else ""
    nxt = ner_norm(sent[c.tok_end][2]) if c.tok_end < len(sent) else ""
    if nxt in FORMULA_TAILS or prev in RELIGIOUS_FORMULA_WORDS:
        return True
    # with a proclitic: وندعو الله, فحسبنا الله, برسول الله, بحفظ الله
    return len(prev) > 3 and prev[0] in "وفبل" and prev[1:] in RELIGIOUS_FORMULA_WORDS


def mention_name_text(t: str) -> str:
    """Mention text → name text for comparisons: :func:`clean_name` with ``لل`` read as ``ال``."""
    t = clean_name(t)
    return "ال" + t[2:] if t.startswith("لل") and len(t.split()[0]) > 3 else t


def strip_confirmed_proclitics(text, sents, cands: list[Cand], freq: dict[str, int] | None = None) -> None:
    """Take a proclitic (``و ف ب ل ك``, :func:`marsad.entities.features.proclitic_splits`) off a
    mention that kept it when the rest is a name written elsewhere in the article
    (``لترمب`` with ``ترمب`` or ``دونالد ترمب`` in the article → ``ترمب``;
    ``لدونالد ترمب`` → ``دونالد ترمب``). Changes ``start``/``text`` in place.

    With ``freq`` (the stage's corpus frequencies), a first token that is a frequent word, more
    frequent than the rest (``بكين`` 1,296 beside Harry Kane's ``كين`` 434; ``بريد`` beside
    ``ريد``), is kept whole (third new-user report, finding 8); ``بروسيا`` (666, also Borussia)
    beside ``روسيا`` (12,672) is still ب + روسيا."""
    names = {name_key(mention_name_text(c.text)) for c in cands}
    tokens = set()
    for n in names:
        tokens.update(n.split())
    for c in cands:
        s0, _, raw0 = sents[c.sent][c.tok_first]
        if c.start != s0 or c.nominal:
            continue
        if freq is not None and _whole_word(raw0, freq):
            continue
        rest = text[s0 + len(raw0) : c.end]
        for k, _stem in proclitic_splits(raw0):
            cand_name = name_key(mention_name_text(raw0[k:] + rest))
            if cand_name in names or (" " not in cand_name and cand_name in tokens):
                c.start = s0 + k
                c.text = text[c.start : c.end]
                break


#: Letters of a proclitic that a foreign name may begin with (ب, ك, ل, ف: ``بيارا``, ``كيانو``, ``لوثار``,
#: ``فلادمير``); the conjunction و is left out: it attaches to every word of a list.
NAME_INITIAL_CLITICS = frozenset("بكلف")
#: First letters of a stem that, right after such a letter, render the vowel of a foreign name's
#: first syllable: the long-vowel letters ا و ي (``بيارا`` Piara, ``كيانو`` Keanu, ``لوثار`` Lothar,
#: ``كارلين`` Carlin). A name of its own that begins with a vowel is written with a hamza seat
#: (``أوغستين``, ``إيرين``), and ``ال`` after ب/ك/ل is the article (``بالديناميت``).
TRANSLIT_VOWEL_INITIALS = frozenset("اوي")
#: First letters of a stem that, right after ب/ك/ف, make an initial consonant cluster of a foreign
#: name (``كلارو`` Claro, ``برومل``, ``بلاوال`` Bilawal, ``فلادمير`` Vladimir); Arabic words never
#: begin with two consonants. After ل they do not: ل + a name in ر/ل is the preposition (``لريهام``).
TRANSLIT_CLUSTER_INITIALS = frozenset("رل")
TRANSLIT_STEM_MAX_FREQ = settings.NER_TRANSLIT_STEM_MAX_FREQ
TRANSLIT_WHOLE_MIN_SHARE = settings.NER_TRANSLIT_WHOLE_MIN_SHARE


def _translit_shape(clitic: str, stem: str) -> bool:
    """Does the raw ``stem`` after the proclitic letter ``clitic`` read as the inside of one foreign name
    (:data:`TRANSLIT_VOWEL_INITIALS`, :data:`TRANSLIT_CLUSTER_INITIALS`)?"""
    c = stem[:1]
    if c in TRANSLIT_VOWEL_INITIALS:
        return not stem.startswith("ال")
    return c in TRANSLIT_CLUSTER_INITIALS and clitic != "ل"


def restore_transliterated_initials(
    text, sents, cands: list[Cand], freq: dict[str, int], gaz, person_tokens: set[str]
) -> None:
    """Give back to a mention the first letter that :func:`proclitic_len` took for a proclitic when the
    split is only a guess the article does not support (kind 1 of the 2026-11-30 name boundaries:
    ``وقال بيارا بوار`` gave ``يارا بوار``, Piara Powar of the quote's speaker; ``كلارو اريلانو`` gave
    ``لارو اريلانو``, ``كيانو ريفز`` gave ``يانو ريفز``). Changes ``start``/``text`` in place.

    Only a split at ب ك ل ف (:data:`NAME_INITIAL_CLITICS`; a و before it stays out: ``وبيارا`` →
    ``بيارا``) whose stem is no gazetteer place or curated name is looked at. The article decides
    first: the stem written on its own elsewhere (bare or after و/ف: ``يارا``, ``ويارا``) confirms the
    split. Otherwise the letter goes back to the name when

    * the stem reads as the inside of a transliterated foreign name (:func:`_translit_shape`: a
      long-vowel letter or, after ب/ك/ف, ر/ل first), is a person-name token or rare, not a common
      word (``بولاية``, ``لوكالة``, ``بوتيرة`` stay split) nor one that takes the article (its ``ال``
      form over :data:`GIVEN_NAME_MAX_DEFINITE_SHARE` of its count: ``بريف إدلب``, ``الريف``), and
      either is rare in the news (<
      :data:`TRANSLIT_STEM_MAX_FREQ`: the guess rests on a Wikidata name token alone, ``يارا`` 30,
      ``يانو`` 0) or the whole word is a frequent word of its own (≥ :data:`MIN_STEM_FREQ` and ≥
      :data:`TRANSLIT_WHOLE_MIN_SHARE` of the stem's count: ``ليروي`` 65 of 190, ``لوبن`` 46, ``بليغ``
      23; not ``لاية`` 46 beside ``اية`` 2,409); or
    * the stem is rare and no ``ال`` word (``بالبليدة``), the token is that letter + the stem (no و
      before it: ``ولسون`` is Wilson, not for this rule) and the whole word is written elsewhere in the article before another word than
      here (``كعدي`` of the actress Randa Kaadi, ``كماتشو``): the same phrase repeated
      (``لكرونوسلاف يورسيتش`` twice) is no evidence.

    A foreign name is rarely a proclitic + a name; on a read sample of 3,139 split mentions of ANT
    v2.1 (every 2nd of 12,000 records), 52 of the 64 splits with that shape and no stem elsewhere were
    wrong (``فلادمير``, ``كوتيار``, ``لوثار``, ``ليروي ساني``), ``ليوب هاينكس`` (to Jupp Heynckes) one of
    the right ones lost."""
    words: set[str] | None = None  # normalized tokens of the article, made when first needed
    followers: dict[str, set[str]] | None = None
    for c in cands:
        if c.nominal:
            continue
        sent = sents[c.sent]
        s0, _e0, raw0 = sent[c.tok_first]
        k = c.start - s0
        if k <= 0 or k >= len(raw0):
            continue
        lead = "".join(ch for ch in raw0[:k] if ch not in _HARAKAT)
        if not lead or lead[-1] not in NAME_INITIAL_CLITICS:
            continue
        stem_raw = raw0[k:]
        stem = ner_norm(stem_raw)
        if gaz.token_types(stem) or name_key(stem_raw) in alias_table():
            continue
        j = raw0.rfind(lead[-1], 0, k)  # where the name would begin: the clitic letter
        whole = ner_norm(raw0[j:])
        fs, fw = freq.get(stem, 0), freq.get(whole, 0)
        shaped = (
            _translit_shape(lead[-1], stem_raw)
            and (stem in person_tokens or fs < MIN_STEM_FREQ)  # not a common word: بولاية, لوكالة
            # nor one that takes the article (بريف: الريف "the countryside"); foreign names do not
            and freq.get("ال" + stem, 0) <= GIVEN_NAME_MAX_DEFINITE_SHARE * max(fs, 1)
            and (fs < TRANSLIT_STEM_MAX_FREQ or (fw >= MIN_STEM_FREQ and fw >= TRANSLIT_WHOLE_MIN_SHARE * fs))
        )
        if not shaped and (fs >= TRANSLIT_STEM_MAX_FREQ or j > 0 or stem.startswith("ال")):
            # و + ل + stem (ولسون, Wilson) is not for the second rule to say; ب + ال is the article
            continue
        if words is None:
            words = {ner_norm(raw) for sent2 in sents for _s, _e, raw in sent2}
        if stem in words or "و" + stem in words or "ف" + stem in words:
            continue  # the article writes the stem alone: the split stands
        if not shaped:
            if followers is None:
                followers = {}
                for sent2 in sents:
                    normed = [ner_norm(t[2]) for t in sent2]
                    for ti, w in enumerate(normed):
                        followers.setdefault(w, set()).add(normed[ti + 1] if ti + 1 < len(normed) else "")
            here = ner_norm(sent[c.tok_first + 1][2]) if c.tok_first + 1 < len(sent) else ""
            if not (followers.get(whole, set()) - {here}) and not any(
                followers.get(x + whole, set()) for x in ("و", "ف")
            ):
                continue  # no other use of the whole word: the split stands
        c.start = s0 + j
        c.text = text[c.start : c.end]


#: The member states of the Arab League (normalized, with the spellings of the gazetteer), whose
#: nisbas are family names after Arab given names (``السوداني``, ``المصري``, ``الكويتي``, ``التونسي``).
#: After a name, the nisba of another country is the nationality adjective of a foreign person
#: (``مانويل نوير الألماني``, ``كينيث باي الأمريكي``, ``باتريك باتستون الفرنسي``: 6 of the 8 extensions
#: on 3,000 ANT v2.1 articles before this table). Source: League of Arab States, member list.
ARAB_STATES = frozenset(
    ner_norm(w)
    for w in ("مصر", "السودان", "العراق", "سوريا", "سورية", "لبنان", "الأردن", "فلسطين", "السعودية",
              "الكويت", "قطر", "البحرين", "الإمارات", "عمان", "اليمن", "ليبيا", "تونس", "الجزائر",
              "المغرب", "موريتانيا", "الصومال", "جيبوتي", "القمر")
)  # fmt: skip
#: Kunya heads: ``أبو``/``أم`` + a name + any nisba is a nom de guerre (``أبو حمزة البلجيكي``).
KUNYA_HEADS = frozenset(ner_norm(w) for w in ("أبو", "ابو", "أم", "ام"))


def is_family_nisba(word: str, gaz, any_place: bool = False) -> bool:
    """Is the raw token ``word`` a definite masculine nisba of a gazetteer place (``السوداني``,
    ``المصري``, ``الكويتي``: :func:`is_nisba_adjective`, ending in ``ي``), the form a family name takes
    (``محمد شياع السوداني``, ``نوري المالكي`` style)? The place must be an Arab state
    (:data:`ARAB_STATES`) unless ``any_place``. Feminine forms (``السودانية``) are adjectives."""
    w = ner_norm(word)
    if not (w.startswith("ال") and w.endswith("ي") and is_nisba_adjective(word, gaz)):
        return False
    root = w[2:-1]
    return any_place or any(p in ARAB_STATES for p in (root, root + "ا", root + "يا", "ال" + root, "ال" + root + "يه"))


def extend_nisba_family_names(text, sents, cands: list[Cand], gaz, person_tokens: set[str]) -> None:
    """Extend a person mention over the nisba family name right after it (kind 3 of the 2026-11-30
    name boundaries: ``رئيس الوزراء العراقي محمد شياع السوداني`` gave ``محمد شياع``; fresh-user report 8
    #13). Changes ``end``/``tok_end``/``text``/``surface`` in place.

    The mention has two words or more, its first word (proclitics aside) is a person-name token
    (Wikidata tokens or a ``PER`` gazetteer entry), and none of its words is definite or a title —
    after a role the nisba is the role's adjective and stands before the name (``الرئيس العراقي``);
    the next token of the sentence is a family nisba (:func:`is_family_nisba`: of an Arab state, or of
    any place after a kunya, ``أبو حمزة البلجيكي``) that no other mention covers, and no person's name
    follows it (``وصف لويس هاميلتون الأرجنتيني خوان مانويل فانجيو``: the
    adjective of the next person)."""
    taken: dict[int, set[int]] = {}
    per_starts: dict[int, set[int]] = {}
    for c in cands:
        taken.setdefault(c.sent, set()).update(range(c.tok_first, c.tok_end))
        if c.type == "PER":
            per_starts.setdefault(c.sent, set()).add(c.tok_first)
    for c in cands:
        if c.type != "PER" or c.nominal or c.tok_end - c.tok_first < 2:
            continue
        sent = sents[c.sent]
        t = c.tok_end
        kunya = name_key(c.text.split()[0]) in KUNYA_HEADS
        if t >= len(sent) or t in taken[c.sent] or not is_family_nisba(sent[t][2], gaz, any_place=kunya):
            continue
        if t + 1 in per_starts.get(c.sent, ()):
            continue
        words = [name_key(w) for w in c.text.split()]
        if len(words) < 2 or any(w.startswith("ال") or w in _TITLE_KEYS for w in words):
            continue
        first = ner_norm(clean_name(c.text.split()[0]))
        if first not in person_tokens and "PER" not in gaz.token_types(first):
            continue
        c.end, c.tok_end = sent[t][1], t + 1
        c.text = text[c.start : c.end]
        c.surface = text[sent[c.tok_first][0] : c.end]
        taken[c.sent].add(t)


def extend_given_names_after_roles(
    text, sents, cands: list[Cand], freq: dict[str, int], gaz, person_tokens: set[str]
) -> None:
    """Extend a person mention back over the untagged given name between a role phrase (or a
    title) and the name: ``قالت المستشارة الألمانية أنغيلا ميركل`` gave the person ``ميركل`` with no
    role, the tagger knowing ``أنجيلا`` but not ``أنغيلا`` (nu26 item 2: 80 quotes in 43 articles had
    a two-word speaker whose entity was the surname alone: ``سلفا كير``, ``بن والاس``, ``أفيغدور
    ليبرمان``). Changes ``start``/``tok_first``/``text``/``surface`` in place.

    The word right before the mention is covered by no other mention and is a name's word: no
    article, proclitic ``و`` or tanween, no function or stop word, role noun or title, no verb
    (:func:`_verb_evidence`), not a frequent word with the article (a person-name token, or its
    definite form at most :data:`GIVEN_NAME_MAX_DEFINITE_SHARE` of its news count: ``عمر`` is a
    name, ``حكومة`` and ``أمس`` are not). The word before it ends a role phrase that
    :func:`marsad.entities.roles.role_before` reads for that word, a comma between them or not
    (``المستشارة الألمانية``; a definite word or a
    place or body ends it, so an indefinite construct head cannot: ``رئيس حكومة نتنياهو``) or is a
    person title (``السيد``)."""
    from marsad.entities.roles import ROLE_STOPWORDS

    taken: dict[int, set[int]] = {}
    names: dict[int, set[int]] = {}
    persons: dict[int, set[int]] = {}
    for c in cands:
        taken.setdefault(c.sent, set()).update(range(c.tok_first, c.tok_end))
        (persons if c.type == "PER" else names).setdefault(c.sent, set()).update(
            range(c.tok_first, c.tok_end)
        )
    for c in cands:
        t = c.tok_first - 1
        if c.type != "PER" or c.nominal or t < 1 or t in taken[c.sent]:
            continue
        sent = sents[c.sent]
        if c.start != sent[c.tok_first][0]:  # a proclitic before the name: 'وميركل' is no given name's
            continue
        raw = sent[t][2]
        if not raw.isalpha() or not _given_name_word(raw, freq, gaz, person_tokens, ROLE_STOPWORDS):
            continue
        toks = [tk[2] for tk in sent]
        p = t - 2 if toks[t - 1] in ("،", ",") else t - 1  # 'وزير الدفاع الإسرائيلي، أفيغدور ليبرمان'
        if p < 0:
            continue
        prev = ner_norm(toks[p])
        if p != t - 1 or prev not in _TITLE_KEYS:
            if not (stem_with_article(prev).startswith("ال") or p in names.get(c.sent, ())):
                continue
            blocked = persons[c.sent] - set(range(c.tok_first, c.tok_end))
            if role_before(toks, t, blocked, names.get(c.sent, set())) is None:
                continue
        c.start, c.tok_first = sent[t][0], t
        c.text = text[c.start : c.end]
        c.surface = c.text
        taken[c.sent].add(t)
        persons[c.sent].add(t)


def extend_attested_given_names(
    text, sents, cands: list[Cand], freq: dict[str, int], gaz, person_tokens: set[str]
) -> list[Cand]:
    """Give a surname mention back the given name that is also a common word, where the article
    writes the two as one name: in a hashtag (``#باسم_مغنية``: the underscore joins the words of one
    name; ``باسم`` is also "in the name of", ``عمر`` "age", so :func:`_given_name_word` refuses them
    before a surname), and then wherever else the article writes that word right before the surname
    (``باسم مغنية: "تانغو" …`` in the title, ``وقال باسم مغنية``), an untagged pair included (ent26
    item 3: 13 quotes of ``AL-culture-516`` were the surname's alone). The word must be a person-name
    token or a gazetteer person (``باسم``, ``عمر``), undefined, without a proclitic, no function or
    stop word, title or role noun; the word before a hashtag's name must open the hashtag or follow
    an underscore in it. Returns the candidates (new ones appended); changes the extended ones in place."""
    from marsad.entities.roles import ROLE_STOPWORDS, is_role_noun

    attested: set[tuple[str, str]] = set()
    taken: dict[int, set[int]] = {}
    for c in cands:
        taken.setdefault(c.sent, set()).update(range(c.tok_first, c.tok_end))

    def name_word(raw: str) -> bool:
        w = ner_norm(raw)
        return (
            raw.isalpha() and len(w) >= 3 and not w.startswith("ال") and not any(ch in TANWEEN for ch in raw)
            and (w in person_tokens or "PER" in gaz.token_types(w)) and w not in EDGE_FUNCTION_WORDS
            and w not in ROLE_STOPWORDS and w not in _TITLE_KEYS and w not in COMMON_GIVEN_NAMES
            and not is_role_noun(raw)
        )  # fmt: skip

    def extend(c: Cand, t: int) -> None:
        sent = sents[c.sent]
        c.start, c.tok_first = sent[t][0], t
        c.text = c.surface = text[c.start : c.end]
        taken[c.sent].add(t)

    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    for c in pers:
        sent, t = sents[c.sent], c.tok_first - 1
        if t < 0 or t in taken[c.sent] or c.start != sent[c.tok_first][0]:
            continue
        s0, e0, raw = sent[t]
        if text[e0 : c.start] != "_" or s0 == 0 or text[s0 - 1] not in "#_" or not name_word(raw):
            continue
        attested.add((ner_norm(raw), ner_norm(sent[c.tok_first][2])))
        extend(c, t)
    if not attested:
        return cands
    firsts = {b for _a, b in attested}
    for c in pers:  # the other places the article writes the pair
        sent, t = sents[c.sent], c.tok_first - 1
        if t < 0 or t in taken[c.sent] or c.start != sent[c.tok_first][0]:
            continue
        if (ner_norm(sent[t][2]), ner_norm(sent[c.tok_first][2])) in attested:
            extend(c, t)
    out = list(cands)
    for si, sent in enumerate(sents):  # ... and the pair the tagger left untagged
        used = taken.get(si, set())
        for ti in range(1, len(sent)):
            if ti in used or ti - 1 in used:
                continue
            b = ner_norm(sent[ti][2])
            if b not in firsts or (ner_norm(sent[ti - 1][2]), b) not in attested:
                continue
            s0, e1 = sent[ti - 1][0], sent[ti][1]
            out.append(
                Cand(start=s0, end=e1, type="PER", text=text[s0:e1], surface=text[s0:e1], sent=si,
                     tok_first=ti - 1, tok_end=ti + 1, score=PROPAGATED_SCORE)
            )  # fmt: skip
            used.update((ti - 1, ti))
            taken[si] = used
    return out


_ABD_KEY = ner_norm("عبد")


def extend_given_names_before_compounds(text, sents, cands: list[Cand], gaz, person_tokens: set[str]) -> None:
    """Give a person mention that opens with an ``عبد`` compound written as one word (``عبدالله
    صالح``, ``عبدالعزيز بوتفليقة``) back the given name the tagger left before it: ``للرئيس الراحل علي
    عبدالله صالح`` gave ``عبدالله صالح`` while ``علي عبد الله صالح`` (written apart) was whole (ent26
    item 2: 29 ANT v2.1 articles had the row ``عبدالله صالح``, most of them ``علي عبدالله صالح``). The
    word before is untagged, a person-name token or gazetteer person (the very common ``علي``,
    ``محمد`` included: a compound after them is the rest of the chain), without the article or a
    proclitic, no function word as written (``على`` "on" stays out: compared with its alef
    maqsura; ``أمام``, ``امام`` "in front of": :data:`marsad.entities.nonnames.HAMZA_FUNCTION_WORDS`),
    title or role noun; the compound carries no proclitic (``لعبدالله``: "to Abdullah")."""
    from marsad.entities.roles import is_role_noun

    taken = {(c.sent, t) for c in cands for t in range(c.tok_first, c.tok_end)}
    for c in cands:
        if c.type != "PER" or c.nominal or c.tok_first < 1:
            continue
        sent, t = sents[c.sent], c.tok_first - 1
        first = ner_norm(sent[c.tok_first][2])
        if not (first.startswith(_ABD_KEY) and len(first) > 4) or c.start != sent[c.tok_first][0]:
            continue
        raw = sent[t][2]
        w = ner_norm(raw)
        if (c.sent, t) in taken or not raw.isalpha() or raw in EDGE_FUNCTION_WORDS or raw.endswith("ى"):
            continue
        if raw in HAMZA_FUNCTION_WORDS or raw in BARE_ALEF_FUNCTION_WORDS:  # 'الفرصة أمام عبدالغني'
            continue
        if w.startswith("ال") or w in _TITLE_KEYS or is_role_noun(raw) or len(w) < 3:
            continue
        if not (w in person_tokens or "PER" in gaz.token_types(w)):
            continue
        c.start, c.tok_first = sent[t][0], t
        c.text = text[c.start : c.end]
        c.surface = c.text
        taken.add((c.sent, t))


def join_hyphenated_syllables(text, sents, cands: list[Cand]) -> None:
    """Extend a person mention over an untagged syllable written after a hyphen with no space on
    either side where one of the two is an East Asian syllable (ending in ``نغ``/``نج``): the
    tagger stops at the hyphen of a Korean given name (``كيم جونغ-أون`` gave ``كيم جونغ``, ent26
    item 1; ``كيم يونغ-نام``, ``سون هيونغ-مين``). Not over a function word, a word with the article
    or another name's word, nor into a chain (``A-B-C``). Changes mentions in place."""
    covered = {(c.sent, t) for c in cands for t in range(c.tok_first, c.tok_end)}
    for c in cands:
        if c.type != "PER" or c.nominal:
            continue
        sent, h = sents[c.sent], c.tok_end
        if h + 1 >= len(sent) or sent[h][2] != "-" or sent[h][0] != c.end or sent[h + 1][0] != sent[h][1]:
            continue
        if (c.sent, h + 1) in covered or (h + 2 < len(sent) and sent[h + 2][2] == "-"):
            continue
        raw = sent[h + 1][2]
        w, last = ner_norm(raw), ner_norm(sent[h - 1][2])
        if not raw.isalpha() or w.startswith("ال") or w in EDGE_FUNCTION_WORDS:
            continue
        if not (last.endswith(("نغ", "نج")) or w.endswith(("نغ", "نج"))):
            continue
        c.end, c.tok_end = sent[h + 1][1], h + 2
        c.text = text[c.start : c.end]
        c.surface = text[sent[c.tok_first][0] : c.end]
        covered.update(((c.sent, h), (c.sent, h + 1)))


#: Adverbs written between a role and a name (``رئيس الوزراء آنذاك إسحق رابين``), no given names.
_NAME_GAP_ADVERBS = frozenset(
    ner_norm(w) for w in ("آنذاك", "حينذاك", "وقتذاك", "يومذاك", "عندئذ", "حينئذ", "أيضا", "فقط", "كذلك", "حينها", "وقتها")
)  # fmt: skip
#: Object pronoun suffixes: a function word + one (``عنهما``, ``معه``, ``لديها``) is no name.
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "نا", "كم")


def _given_name_word(
    raw: str, freq: dict[str, int], gaz, person_tokens: set[str], stopwords: frozenset[str]
) -> bool:
    """Can the raw token ``raw``, untagged between a role phrase and a person's name, be that
    person's given name (:func:`extend_given_names_after_roles`)? Not when it holds the article, a
    proclitic before another word (``للمركز``, ``بالطائف``, ``لمؤسسة``, ``فريما``: :func:`proclitic_len`)
    or a tanween; when it is a function or stop word (or one with an object pronoun: ``عنهما``), a
    title, role noun, fixed complement (``باسم``: ``المتحدث باسم بوتين``), adverb (``آنذاك``, ``سابقا``
    beside ``السابق``), very common given name or verb (:func:`_verb_evidence`); nor when its definite
    form has over :data:`GIVEN_NAME_MAX_DEFINITE_SHARE` of its news count (``أول``, ``دكتور``, ``عمر``:
    common words; ``أنغيلا``, ``سلفا``, ``أفيغدور``, ``بن`` have none)."""
    from marsad.entities.roles import COMPLEMENT_WORDS, is_role_noun

    w = ner_norm(raw)
    if len(w) < 2 or any(ch in TANWEEN for ch in raw):
        return False
    known = w in person_tokens or "PER" in gaz.token_types(w)
    if w.startswith("ال") or (stem_with_article(w).startswith("ال") and not known):
        return False
    if (w[:1] == "و" and not known) or (not known and proclitic_len(raw, freq, gaz, person_tokens)):
        return False
    if w in EDGE_FUNCTION_WORDS or w in stopwords or w in _TITLE_KEYS or w in COMMON_GIVEN_NAMES:
        return False
    if w in COMPLEMENT_WORDS or w in ORG_HEAD_NOUNS or w in _NAME_GAP_ADVERBS or is_role_noun(raw):
        return False
    if any(
        w.endswith(sfx) and (w[: -len(sfx)] in EDGE_FUNCTION_WORDS or w[: -len(sfx)] in stopwords)
        for sfx in _PRONOUN_SUFFIXES
    ):
        return False
    if w.endswith("ا") and freq.get("ال" + w[:-1], 0) > freq.get(w, 0):  # سابقا, حاليا: adverbs of adjectives
        return False
    if freq.get("ال" + w, 0) > GIVEN_NAME_MAX_DEFINITE_SHARE * freq.get(w, 0):
        return False
    return not _verb_evidence(w, freq, gaz, person_tokens)


def _frequent_whole(raw: str, fw: int, fs: int) -> bool:
    """Is the token ``raw`` (corpus count ``fw``) a frequent word of its own next to a stem of
    count ``fs``: ``fw`` ≥ :data:`MIN_STEM_FREQ` and ≥ ``fs`` (≥ :data:`CONJ_WHOLE_WORD_RATIO` ×
    ``fs`` after the conjunction و/ف, which attaches to every word)?"""
    ratio = CONJ_WHOLE_WORD_RATIO if raw[:1] in "وف" else 1.0
    return fw >= MIN_STEM_FREQ and fw >= ratio * fs


def _whole_word(raw: str, freq: dict[str, int]) -> bool:
    """Is ``raw`` (a mention's first token) a word of its own rather than proclitics + a name:
    :func:`_frequent_whole` against every stem it splits into?"""
    fw = freq.get(ner_norm(raw), 0)
    return all(_frequent_whole(raw, fw, freq.get(ner_norm(s), 0)) for _k, s in proclitic_splits(raw))


#: Arabic compound names ``X الله`` / ``X الدين`` (Fethullah, Nasrallah, Nour al-Din, Hezbollah): the
#: second words (normalized) and the first words that make a name with them (normalized). A chunk that starts with a second word lost its
#: first word to the tagger (``الله غولن`` of ``فتح الله غولن``). Not listed: first words that are
#: mostly common nouns before الله and never names (``رسول``, ``بيت``, ``آية`` — a title).
COMPOUND_NAME_TAILS = frozenset(ner_norm(w) for w in ("الله", "الدين"))
#: First words of ``X الله`` names of the news added on 2026-11-30 (the tagger gave ``الله مجاهد`` for
#: the Taliban spokesman ``ذبيح الله مجاهد``). Each checked in ANT v2.1 + SaudiNewsNet (``X الله`` count,
#: what follows): ``ذبيح`` 29 (all ``مجاهد``), ``عطاء`` 11 (``خوجياني``), ``أسد`` 16 (``أسدي``), ``حبيب`` 6,
#: ``عبيد`` 8, ``عزيز`` 1, ``هبة`` 15, ``سميع``/``إنعام``/``نجيب``/``إحسان``/``حكمت``/``حجة`` 1–2, all names;
#: ``حفيظ``, ``ثناء``, ``ظفر``, ``صبغة``, ``عصمت``, ``رحمت``, ``نعمت``, ``حكيم``, ``كليم``, ``شفيع`` 0–2 (Afghan and
#: Pakistani names: ``حكيم الله محسود``, ``نعمت الله``). Names also in :data:`GUARDED_NAME_HEADS`.
ALLAH_NAME_HEADS = (
    "ذبيح", "عبيد", "عطاء", "حبيب", "عزيز", "حفيظ", "ثناء", "أسد", "سميع", "إنعام", "انعام", "نجيب", "إحسان",
    "احسان", "حكمت", "حجة", "ظفر", "صبغة", "رحمت", "نعمت", "حكيم", "كليم", "شفيع", "أمين", "امين", "مال",
)  # fmt: skip
#: First words of ``X الدين`` names added on 2026-11-30, checked the same way: ``جلال`` 45 (``حقاني`` 36,
#: ``الرومي``, ``السيوطي``), ``تقي`` 33, ``صفي`` 25 (``الحلي``), ``قطب`` 4, ``ناصر`` 7, ``شهاب`` 3,
#: ``برهان`` 2, ``مجد`` 3, ``نصير`` 1, ``ركن`` 1, ``حميد`` 3, ``عصام`` 4, ``بهي`` (``بهي الدين حسن``), ``نجيب`` 1;
#: ``معين``, ``وحيد``, ``رفيع``, ``ظهير``, ``مصلح``, ``شجاع``, ``فريد``, ``رشيد``, ``قوام``, ``محب`` 0 (names of
#: the region, no common use). Not listed: ``رجل``/``رجال``/``علماء``/``يوم``/``علم``/``ولي`` + ``الدين``
#: ("cleric", "clerics", "Judgement Day": 180–273 uses each, never a name head).
DIN_NAME_HEADS = (
    "ناصر", "تقي", "شهاب", "برهان", "معين", "قطب", "جلال", "ركن", "مجد", "نصير", "صفي", "حميد", "عصام", "بهي",
    "وحيد", "رفيع", "ظهير", "مصلح", "شجاع", "فريد", "رشيد", "قوام", "محب",
)  # fmt: skip
#: First words that are mostly a common noun or part of a formula before ``الله`` in the news but
#: also head names (ANT v2.1 + SaudiNewsNet: ``فضل الله`` 351, mostly ``بفضل الله ثم``/``تعالى``;
#: ``رحمة الله`` 267 ``عليه``/``وبركاته``; ``لطف الله`` 18 ``به``; ``نعمة``/``عناية`` 7 each; ``أمان`` 1; but
#: ``ولي الله سيف`` 28 of 28, ``لطف الله نجفي``, ``نعمة الله``): they extend a chunk only when the
#: tagger's chunk goes on with a name after ``الله`` (``الله سيف``), never a lone ``الله`` or one
#: followed by a formula word (:data:`FORMULA_TAILS`: ``الله تعالى``).
GUARDED_NAME_HEADS = frozenset(
    ner_norm(w) for w in ("فضل", "رحمة", "لطف", "نعمة", "عناية", "أمان", "امان", "ولي", "جاد", "شكر")
)  # fmt: skip
COMPOUND_NAME_HEADS = frozenset(
    ner_norm(w)
    for w in (
        "عبد", "فتح", "نصر", "عطا", "حسب", "جاب", "خير", "سعد", "رزق", "جار", "ضيف", "هبة", "روح",
        "عوض", "كرم", "حرز", "خلف", "فرج", "حمد", "نور", "صلاح", "علاء", "عز",
        "بدر", "شمس", "محيي", "محي", "زين", "جمال", "سيف", "تاج", "كمال", "نجم", "شرف", "ضياء", "بهاء",
        "سراج", "فخر", "حسام", "عماد", "صدر", "غياث", "معز", "قمر", "نظام", "عصمت",
        *ALLAH_NAME_HEADS, *DIN_NAME_HEADS,
    )
) | GUARDED_NAME_HEADS  # fmt: skip
#: First words of organisation names of this form (``حزب الله``, ``أنصار الله``, ``جند الله``).
COMPOUND_ORG_HEADS = frozenset(ner_norm(w) for w in ("حزب", "أنصار", "جند"))


def _compound_head(prev: str) -> str | None:
    """The normalized first word of a compound name (``فتح``, ``حزب``) that the raw token ``prev`` is,
    proclitics aside (``بفتح``, ``لولي``); ``None`` when it is none."""
    for head in [ner_norm(prev)] + [ner_norm(stem) for _k, stem in proclitic_splits(prev)]:
        if head in COMPOUND_ORG_HEADS or head in COMPOUND_NAME_HEADS:
            return head
    return None


def extend_compound_name(words: list[str], typ: str, i: int, j: int) -> tuple[str, int]:
    """``(type, start)`` of the chunk ``words[i:j]`` (type ``typ``), one word earlier when the
    chunk starts with the second word of a compound name and the word before is a first word of
    one (:data:`COMPOUND_NAME_TAILS`, :data:`COMPOUND_NAME_HEADS`, :data:`COMPOUND_ORG_HEADS`),
    proclitics aside (``بفتح الله غولن``): ``فتح`` + ``الله غولن`` → ``فتح الله غولن`` (third new-user report,
    finding 8: Fethullah Gülen was stored as ``الله غولن``). A MISC chunk so extended is a person
    (an organisation after ``حزب``/``أنصار``/``جند``); one of the tail alone (``الله``, God) is left
    as it is. A head of :data:`GUARDED_NAME_HEADS` (``فضل``, ``ولي``) counts only when a name word
    follows the tail in the chunk (``ولي الله سيف``; not ``فضل الله تعالى``)."""
    if i == 0 or ner_norm(words[i]) not in COMPOUND_NAME_TAILS or (typ == "MISC" and j - i == 1):
        return typ, i
    head = _compound_head(words[i - 1])
    if head is None:
        return typ, i
    if head in COMPOUND_ORG_HEADS:
        return ("ORG" if typ == "MISC" else typ), i - 1
    if head in GUARDED_NAME_HEADS and (j - i < 2 or ner_norm(words[i + 1]) in FORMULA_TAILS
                                       or not any(ch.isalpha() for ch in words[i + 1])):  # fmt: skip
        return typ, i
    return ("PER" if typ == "MISC" else typ), i - 1


def trim_compound_tail(words: list[str], typ: str, i: int, j: int) -> int:
    """Start of the PER chunk ``words[i:j]`` without a leading compound-name tail (``الله``, ``الدين``)
    that no first word of a compound name precedes (:func:`extend_compound_name` found none): no
    person's name begins with them, so the tagger ran a phrase into the name — ``رجل الدين مقتدى
    الصدر`` ("the cleric Muqtada al-Sadr") → ``مقتدى الصدر``, ``آية الله علي خامنئي`` → ``علي خامنئي``.
    Other types and a tail alone are left as they are. Returns the new start (``i`` or ``i + 1``)."""
    if typ != "PER" or j - i < 2 or ner_norm(words[i]) not in COMPOUND_NAME_TAILS:
        return i
    if i > 0 and _compound_head(words[i - 1]) is not None:
        return i  # a guarded head before a formula (فضل الله تعالى): not this rule's business
    return i + 1


#: Arabic spellings of the names of the Latin letters (normalized by :func:`name_key`: hamza
#: forms folded), as in spelled-out acronyms of foreign names: ``بي بي سي`` (BBC), ``سي إن إن``
#: (CNN), ``إم بي سي`` (MBC), ``إف بي آي`` (FBI), ``إتش إس بي سي`` (HSBC).
LATIN_LETTER_NAMES = frozenset(
    name_key(w)
    for w in ("إيه", "ايه", "أيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "اتش", "آي", "جاي", "كي", "إل",
              "إم", "إن", "أو", "كيو", "آر", "إس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد", "زي")
)  # fmt: skip


def is_spelled_acronym(words: list[str]) -> bool:
    """Are ``words`` (raw or normalized, two or more) all Arabic names of Latin letters
    (:data:`LATIN_LETTER_NAMES`) — a foreign acronym spelled out (``بي بي سي``)? At least one word
    must be a letter name that is no Arabic word (``بي``, ``سي``, ``دي``, ``إف``…, not only ``في``,
    ``أو``, ``إن``, ``آي``): ``في أو`` is no acronym."""
    keys = [name_key(w) for w in words]
    return (
        len(keys) >= 2 and all(k in LATIN_LETTER_NAMES for k in keys)
        and any(k not in _ARABIC_LOOKALIKE_LETTERS for k in keys)
    )  # fmt: skip


#: Letter names that are also Arabic function words (``في`` "in", ``أو`` "or", ``إن``, ``آي``…).
_ARABIC_LOOKALIKE_LETTERS = frozenset(name_key(w) for w in ("في", "أو", "إن", "آي", "إي", "واي", "إيه", "ايه", "أيه"))


def split_glued_acronyms(text: str, sents, cands: list[Cand]) -> list[Cand]:
    """Cut a mention before a word that is a proclitic (``ل``, ``ب``, ``و``, ``ف``, ``ك``) glued to a
    spelled-out acronym running to the mention's end (``سوجاثا لبي بي سي``: "Sujatha told the BBC",
    tagged as one name), and make the acronym a mention of its own (type ``ORG``: media, agencies,
    companies), without the clitic. A word that is itself a letter name (``واي``, Y), or letter names
    before it, make the mention one acronym (``تي واي سي``): no cut. Source: the eleventh new-user report (nu22, item 4: ``لبي بي سي``
    kept as a name or glued to a speaker's name in 6 of 301 articles). Returns the new list."""
    out: list[Cand] = []
    for c in cands:
        sent = sents[c.sent]
        cut = None
        for p in range(c.tok_first + 1, c.tok_end - 1):
            raw = sent[p][2]
            if name_key(raw) in LATIN_LETTER_NAMES or all(
                name_key(t[2]) in LATIN_LETTER_NAMES for t in sent[c.tok_first : p]
            ):
                break  # 'تي واي سي' (TyC): واي is the letter Y, the mention is one acronym
            if raw[:1] in "لبوفك" and is_spelled_acronym([raw[1:], *(t[2] for t in sent[p + 1 : c.tok_end])]):
                cut = p
                break
        if cut is None or c.nominal:
            out.append(c)
            continue
        s0 = sent[cut][0]
        tail = Cand(
            start=s0 + 1, end=c.end, type="ORG", text=text[s0 + 1 : c.end], surface=text[s0 : c.end],
            sent=c.sent, tok_first=cut, tok_end=c.tok_end, score=c.score,
        )  # fmt: skip
        prev_end = sent[cut - 1][1]
        c.surface = c.surface[: len(c.surface) - (c.end - prev_end)]
        c.end, c.tok_end = prev_end, cut
        c.text = text[c.start : c.end]
        out.extend((c, tail))
    return out


def _cand(text, sent, si, i, j, typ, score, freq, gaz, person_tokens, conj: bool = False) -> Cand:
    s0, e0, raw0 = sent[i]
    k = 1 if conj else proclitic_len(raw0, freq, gaz, person_tokens)
    if k == 0 and j - i > 1:  # 'والاتحاد الأوروبي': the rest is a curated name
        rest = text[e0 : sent[j - 1][1]]
        for kk, stem in proclitic_splits(raw0):
            if name_key(mention_name_text(stem + rest)) in alias_table() or is_spelled_acronym(
                [stem, *(t[2] for t in sent[i + 1 : j])]
            ):  # 'لبي بي سي': the rest is spelled in Latin letter names
                k = kk
                break
    start, end = s0 + k, sent[j - 1][1]
    return Cand(
        start=start, end=end, type=typ, text=text[start:end], surface=text[s0:end],
        sent=si, tok_first=i, tok_end=j, score=round(score, 3),
    )  # fmt: skip


def _add_dictionary_mentions(text, sents, tagged, cands, dictionary, freq, gaz, person_tokens) -> None:
    """Step 3: curated names where the tagger said O (after document-level propagation)."""
    for si, sent in enumerate(sents):
        used = tagged[si]
        words = [name_key(t[2]) for t in sent]
        bio = dictionary.match_bio(words)
        i = 0
        while i < len(sent):
            if not bio[i].startswith("B-"):
                i += 1
                continue
            j = i + 1
            while j < len(sent) and bio[j].startswith("I-"):
                j += 1
            if not any(used[i:j]) and not _ambiguous_here(words, i, j):
                typ = bio[i][2:].split("+")[0]
                cands.append(_cand(text, sent, si, i, j, typ, DICTIONARY_SCORE, freq, gaz, person_tokens))
                for k in range(i, j):
                    used[k] = True
            i = j


#: Largest share of a given name's news-corpus count that its definite form (``ال`` + the word) may
#: have for the name alone to be read as a mention: common words that are also given names take
#: the article (``سعيد``/``السعيد``, ``جمال``/``الجمال``, ``أمل``/``الأمل``), foreign and rarer given
#: names do not (``دونالد``, ``ماركوس``, ``روسمة``). See ``settings.NER_GIVEN_NAME_MAX_DEFINITE_SHARE``.
GIVEN_NAME_MAX_DEFINITE_SHARE = settings.NER_GIVEN_NAME_MAX_DEFINITE_SHARE


def given_names(cands: list[Cand], freq: dict[str, int]) -> dict[str, int]:
    """``{given name key: index of the person mention}`` for the given names that may stand alone
    for one person of the article: the first word of a person mention of two words or more (titles
    stripped), of three letters or more, not a title, compound head (``عبد``, ``أبو``, ``بن``) or very
    common given name (:data:`COMMON_GIVEN_NAMES`: ``محمد`` names thousands), rarely written with
    the article in the news (:data:`GIVEN_NAME_MAX_DEFINITE_SHARE`), and the given name of no other
    person of the article (two people sharing a first name: neither gets the name alone)."""
    from marsad.entities.aliases import strip_titles
    from marsad.entities.linking import COMPOUND_HEADS, _tokens_of

    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for ci, c in enumerate(cands):
        if c.type != "PER" or c.nominal or " " not in c.text:
            continue
        toks = _tokens_of(strip_titles(mention_name_text(c.text)))
        if len(toks) < 2:
            continue
        g = toks[0]
        if len(g) < 3 or g in COMPOUND_HEADS or g.startswith("عبد") or g in COMMON_GIVEN_NAMES or g in _TITLE_KEYS:
            continue
        if freq.get("ال" + g, 0) > GIVEN_NAME_MAX_DEFINITE_SHARE * freq.get(g, 0):
            continue
        owners.setdefault(g, set()).add(" ".join(toks))
        first.setdefault(g, ci)
    return {g: first[g] for g, full in owners.items() if not _different_people(full)}


def _different_people(full_names: set[str]) -> bool:
    """Do the full names (joined name keys) sharing one given name name two or more people? One
    name that contains the others (``دونالد ترمب`` and ``دونالد جون ترمب``) is one person."""
    names = sorted(full_names, key=len, reverse=True)
    return any(not set(n.split()) <= set(names[0].split()) for n in names[1:])


#: Letters as written that :func:`marsad.entities.aliases.name_key` folds into the key letter at
#: the end of a word (alef maqsura, taa marbuta, hamza seats), for a cheap last-letter filter.
_LAST_LETTER_FORMS = {"ي": "يى", "ه": "هة", "ا": "اأإآ"}


def _conjoined(raw: str) -> bool:
    """Does the raw token start with the conjunction ``و`` before a name (``وحماقي``, ``والحلاني``)?
    A name that starts with ``و`` itself (``وهبي``, ``وليد``: person-name tokens) does not count."""
    if raw[:1] != "و" or len(raw) < 4:
        return False
    _, _, _, person_tokens, _ = _resources()
    return ner_norm(raw) not in person_tokens


def _run_on_surname(sent, ti: int, owner: Cand, freq: dict[str, int]) -> bool:
    """Is token ``ti`` of ``sent``, right after a given name standing alone, the surname of a second
    person with that given name (``الروسية أناستازيا بافليوتشينكوفا`` … ``اللاتفية أناستازيا
    سيفاتسوفا``; rob23 item 13)? A word, not written with the article or ``و``, a proclitic-free rare word
    (:data:`RUN_ON_SURNAME_MAX_FREQ` in the news counts: transliterated surnames are rare, the verbs
    and nouns that follow a name are not), no imperfect verb and no word of the full name ``owner`` nor
    a spelling of one (the same first three letters: ``ديبوراه راميز`` for ``ديبوراه راميرز``); the
    given name itself is no definite word (``القاضي``, ``الرضيعة``: a title or noun)."""
    if ti >= len(sent):
        return False
    raw = sent[ti][2]
    owner_words = name_key(mention_name_text(owner.text)).split()
    if not raw.isalpha() or owner_words[0].startswith("ال"):  # ``القاضي``, ``الرضيعة``: a title or noun
        return False
    w = ner_norm(raw)
    if w[:1] == "و" or w.startswith("ال") or w in EDGE_FUNCTION_WORDS or freq.get(w, 0) > RUN_ON_SURNAME_MAX_FREQ:
        return False
    _, _, gaz, person_tokens, _ = _resources()
    k = name_key(raw)
    # the owner's own surname, or a spelling of it (``راميز`` for ``راميرز``, ``كافانوه``): same first 3 letters
    if is_verb_form(w, freq, gaz, person_tokens) or any(k[:3] == o[:3] for o in owner_words[1:]):
        return False
    return not any(freq.get(ner_norm(stem), 0) > RUN_ON_SURNAME_MAX_FREQ for _k, stem in proclitic_splits(raw))


def _add_given_name_mentions(text, sents, tagged, cands: list[Cand], freq) -> None:
    """Given names standing alone (:func:`given_names`) where the tagger said O become person
    mentions (``روسمة`` after ``روسمة منصور``; ``لدونالد`` → ``دونالد``); linking then ties them to
    the full name. The word must not run on into a tagged name (``دونالد توسك``); a name joined by
    ``و`` is no run-on (``ضد عاصي وحماقي``: Assi and Hamaki, fourth new-user report, M4). When the
    next word is a rare untagged word (:func:`_run_on_surname`), the mention takes it: a second
    person sharing the given name (``أناستازيا سيفاتسوفا``), not a short form of the first."""
    names = given_names(cands, freq)
    if not names:
        return
    # a cheap filter before the name key of every word: the last letter as written
    last_letters = {ch for n in names for ch in _LAST_LETTER_FORMS.get(n[-1], n[-1])}
    for si, sent in enumerate(sents):
        used = tagged[si]
        for ti, tok in enumerate(sent):
            if tok[2][-1:] not in last_letters or used[ti]:
                continue
            s, e, raw = tok
            if ti + 1 < len(sent) and used[ti + 1] and not _conjoined(sent[ti + 1][2]):
                continue
            w = name_key(raw)
            k = 0
            if w not in names:
                if len(w) < 4 or (w[1:] not in names and w[2:] not in names):  # no proclitic + name
                    continue
                k = next((kk for kk, stem in proclitic_splits(raw) if name_key(stem) in names), 0)
                if not k:
                    continue
            end_tok = ti + 1
            owner = names.get(name_key(text[s + k : e]))
            if owner is not None and not (ti + 1 < len(used) and used[ti + 1]) and _run_on_surname(sent, ti + 1, cands[owner], freq):
                end_tok, e = ti + 2, sent[ti + 1][1]  # a second person with this given name
            cands.append(
                Cand(start=s + k, end=e, type="PER", text=text[s + k : e], surface=text[s:e], sent=si,
                     tok_first=ti, tok_end=end_tok, score=PROPAGATED_SCORE, given=True)
            )  # fmt: skip
            used[ti:end_tok] = [True] * (end_tok - ti)


def _attach_roles(text, sents, cands, groups) -> dict[tuple[int, int], int]:
    """Roles from title phrases before and appositions after each person mention. Returns
    ``{(sentence, token): entity}`` for the tokens of the role phrases attached: the person whose role
    it is (a title before a name is that person's, an apposition after a name yields to it)."""
    role_positions: dict[tuple[int, int], int] = {}
    after_positions: dict[tuple[int, int], int] = {}
    per_tokens: dict[int, set[int]] = {}
    name_tokens: dict[int, set[int]] = {}
    sent_texts: dict[int, list[str]] = {}
    for c in cands:
        target = per_tokens if c.type == "PER" else name_tokens
        target.setdefault(c.sent, set()).update(range(c.tok_first, c.tok_end))
    for c in cands:
        if c.type != "PER" or c.entity < 0:
            continue
        sent = sents[c.sent]
        toks = sent_texts.get(c.sent)
        if toks is None:
            toks = sent_texts[c.sent] = [t[2] for t in sent]
        blocked = per_tokens.get(c.sent, set()) - set(range(c.tok_first, c.tok_end))
        ok = name_tokens.get(c.sent, set())
        lead = c.surface[: len(c.surface) - len(c.text)].lstrip("وف")
        governed = bool(lead) and lead[0] in "بلك"  # لميركل: no apposition read
        # titles the tagger put inside the mention ('للرئيس دونالد ترامب'): the role phrase before the
        # name ends after them ('مستشار الأمن القومي للرئيس' is one phrase, not the adviser's alone)
        name_first = c.tok_first
        while name_first < c.tok_end - 1 and (title := noun_of_nominal(toks[name_first])) is not None:
            groups[c.entity].titles.add(title)
            name_first += 1
        # a name written with the conjunction ('الرئيس الفرنسي وترمب', 'بين الملك وترامب') is a new
        # conjunct: the title or role phrase before it is the previous person's (nu22 item 3)
        conjunct = name_first == c.tok_first and c.surface[: len(c.surface) - len(c.text)][:1] == "و"
        if name_first > 0 and not conjunct:  # a title right before the name: 'الملك سلمان', 'والرئيس ترامب'
            title = noun_of_nominal(toks[name_first - 1])
            if title is not None and not c.nominal:
                groups[c.entity].titles.add(title)
        spans = [None if conjunct else role_before(toks, name_first, blocked, ok)]
        if not governed:
            subject = name_first > 0 and ner_norm(toks[c.tok_first - 1] if c.tok_first > 0 else "") in SUBJECT_VERBS
            spans.append(role_after(toks, c.tok_end, blocked, ok, subject=subject))
        for n, span in enumerate(spans):
            if span is None:
                continue
            a, b = span
            (role_positions if n == 0 else after_positions).update(((c.sent, t), c.entity) for t in range(a, b))
            s0, _, raw0 = sent[a]
            k = (role_split(raw0) or (0, ""))[0]
            role = " ".join(text[s0 + k : sent[b - 1][1]].split())
            if role.startswith("لل"):  # للرئيس الأمريكي → الرئيس الأمريكي
                role = "ال" + role[2:]
            g = groups[c.entity]
            if role and role not in g.roles:
                g.roles.append(role)
    for g in groups:
        if len(g.roles) > 1:
            g.roles = inner_title_roles(g.roles)
    return after_positions | role_positions


def inner_title_roles(roles: list[str]) -> list[str]:
    """``roles`` of one person with each construct phrase "the X of the Y" (``مبعوث الرئيس
    الأميركي``: :func:`marsad.entities.roles._inner_title`) cut to the Y (``الرئيس الأميركي``) when the
    article gives the person the Y's office elsewhere: another role, itself no such construct,
    that opens with the Y's title as written (``الرئيس الأميركي``, ``الرئيس`` of ``الرئيس ترامب``;
    not ``رئيس الحكومة`` for ``نائب الرئيس اليمني``). Arabic writes "the
    president's envoy Trump" and "the envoy of President Trump" alike; a person the article calls
    president is the president (nu26 item 3: Trump had the role ``مبعوث الرئيس الأميركي``). The
    title written right before the name is no evidence: in ``نائب الرئيس مايك بنس`` it is the inner
    title itself. Bare nouns are compared (``رئيس``, through
    :data:`marsad.entities.roles.NOUN_SYNONYMS`)."""
    from marsad.entities.roles import NOUN_SYNONYMS, _inner_title

    def head(tok: str) -> str:
        hit = role_split(tok)
        if hit is None:
            return ""
        bare = hit[1].removeprefix("ال")
        return NOUN_SYNONYMS.get(bare, bare)

    def definite_form(tok: str) -> str:
        w = ner_norm(tok)
        return "ال" + w[2:] if w.startswith("لل") else w

    inners = {r: _inner_title(r.split(), 0, len(r.split())) if len(r.split()) > 1 else None for r in roles}
    firsts = {definite_form(r.split()[0]) for r in roles if r.split() and inners[r] is None}
    out: list[str] = []
    for r in roles:
        toks = r.split()
        inner = inners[r]
        if inner is not None and head(toks[inner]) != head(toks[0]) and definite_form(toks[inner]) in firsts:
            r = " ".join(toks[inner:])
            if r.startswith("لل"):
                r = "ال" + r[2:]
        if r not in out:
            out.append(r)
    return out


def _add_nominal_mentions(text, sents, tagged, cands, groups, role_positions=None) -> None:
    """``الوزير`` → the last person mentioned before it whose role has the head ``وزير`` or whose name
    was written after the title ``الوزير``; unlinked when there is none. A role phrase with an
    indefinite head standing alone (``ولي العهد``, ``رئيس الوزراء``, ``رئيس المركز``: not the role phrase
    of a name, ``role_positions``: ``{(sentence, token): entity}`` from :func:`_attach_roles`) → the
    last person whose role names that office
    (:func:`marsad.entities.linking.signatures_match`: ``ولي العهد السعودي``, ``رئيس مركز بحر أبو سكينة``)."""
    role_positions = role_positions or {}
    persons = sorted((c for c in cands if c.type == "PER" and c.entity >= 0), key=lambda c: c.start)
    starts = [c.start for c in persons]
    if not persons:
        return
    role_nouns = {
        gi: set(g.titles).union(*(role_mentions_key(r) for r in g.roles))
        for gi, g in enumerate(groups)
        if g.roles or g.titles
    }
    if not role_nouns:
        return
    role_sigs = {
        gi: sigs
        for gi, g in enumerate(groups)
        if g.roles and (sigs := [sig for r in g.roles if len(sig := role_signature(r.split())) >= 2])
    }  # only offices of two words or more can be referred to by a role phrase
    role_quals = {gi: [(role_signature(r.split())[:2], role_nisbas(r)) for r in groups[gi].roles] for gi in role_sigs}
    new: list[Cand] = []
    name_starts = {  # (a name after a conjunction, 'الرئيس وكوهين', is no name the title is of)
        (c.sent, c.tok_first): c.entity for c in persons if not c.nominal and c.start == sents[c.sent][c.tok_first][0]
    }
    for si, sent in enumerate(sents):
        for ti, (s, e, raw) in enumerate(sent):
            if tagged[si][ti]:
                continue
            noun = noun_of_nominal(raw)
            if noun is None:
                if (
                    role_sigs and ti + 1 < len(sent) and sent[ti + 1][2].startswith(("ال", "لل"))
                    and role_split(raw) is not None
                ):  # fmt: skip
                    m = _phrase_reference(
                        text, sent, si, ti, tagged[si], role_positions, persons, starts, role_sigs, role_quals
                    )
                    if m is not None:
                        new.append(m)
                continue
            target = None
            nisba = None if ti + 1 < len(sent) and tagged[si][ti + 1] else _nisba_after(sent, ti)
            k = bisect_left(starts, s)  # persons named before this token, most recent first
            for c in reversed(persons[max(0, k - settings.NER_NOMINAL_LOOKBACK) : k]):
                if noun in role_nouns.get(c.entity, ()) and not _contradicts(nisba, noun, groups[c.entity].roles):
                    target = c.entity
                    break
            owner = role_positions.get((si, ti))
            if target is not None and owner is None and (si, ti + 1) in name_starts:
                # a title written right before a person's name is that person's, even where no role
                # was attached ('مبادرة العاهل السعودي الراحل الملك عبدالله بن عبدالعزيز' after
                # 'الملك حمد بن عيسى': a mention of Abdullah, not of the king named before; ent27)
                target = owner = name_starts[(si, ti + 1)]
            if target is None or (owner is not None and owner != target):
                # the title of a role phrase attached to a name is that person's: 'قال الرئيس الأمريكي
                # دونالد ترامب' is no mention of the president named before (nu22 item 3)
                continue
            k = (role_split(raw, NOMINAL_NOUNS) or (0, ""))[0]
            m = Cand(
                start=s + k, end=e, type="PER", text=text[s + k : e], surface=raw, sent=si,
                tok_first=ti, tok_end=ti + 1, score=NOMINAL_SCORE, entity=target, nominal=True,
            )  # fmt: skip
            m.name = m.text
            new.append(m)
    for m in new:
        cands.append(m)
    cands.sort(key=lambda c: c.start)
    for g in groups:
        g.members = []
    for i, c in enumerate(cands):
        if c.entity >= 0:
            groups[c.entity].members.append(i)


def _nisba_after(sent, ti: int) -> str | None:
    """The nationality (nisba) adjective written right after the title at token ``ti``
    (``الرئيس الصيني`` → ``"الصيني"`` normalized, feminine ``ة`` dropped), or ``None``."""
    if ti + 1 >= len(sent):
        return None
    w = name_key(sent[ti + 1][2])
    w = w[:-1] if w.endswith("ه") else w
    return w if w.startswith("ال") and len(w) > 4 and w.endswith("ي") else None


def _contradicts(nisba: str | None, noun: str, roles: list[str]) -> bool:
    """Does the title ``noun`` + ``nisba`` (``الرئيس الصيني``) contradict a person whose roles are
    ``roles``? Yes when one of the roles with that head noun carries a nisba adjective and none
    carries this one (Sisi, ``الرئيس المصري``, is not ``الرئيس الصيني``: nu22 item 3). A person with no
    nisba in a role (``الرئيس ترامب``) is not contradicted; only adjectives in the run of definite
    words after the head count (``وزير الخارجية السعودي``; not ``مدرب مانشستر يونايتد الإنجليزي``)."""
    if nisba is None:
        return False
    seen_other = False
    for r in roles:
        if noun not in role_mentions_key(r):
            continue
        for w in r.split()[1:]:
            k = name_key(w)
            if not k.startswith(("ال", "لل")):
                break  # 'مدرب مانشستر يونايتد الإنجليزي': the adjective after a name is the club's
            k = k[:-1] if k.endswith("ه") else k
            if k == nisba:
                return False
            if k.startswith("ال") and len(k) > 4 and k.endswith("ي"):
                seen_other = True
    return seen_other


def _phrase_reference(
    text, sent, si, ti, used, role_positions, persons, starts, role_sigs, role_quals=None
) -> Cand | None:
    """A nominal mention for the role phrase with an indefinite head starting at token ``ti``
    (``ولي العهد``, ``رئيس الوزراء السابق``) when it stands alone and names the office of a person
    named before (see :func:`_add_nominal_mentions`); else ``None``.

    A phrase qualified by a nationality (``وزير الخارجية التركي``) names nobody whose roles of that
    office carry other nationalities and not this one (``role_quals``: ``{entity: [((head,
    complement), nisbas of the role)]}``, :func:`marsad.entities.linking.role_nisbas`): the Saudi
    minister ``عادل الجبير`` (``وزير الخارجية السعودي``) is not ``وزير الخارجية التركي``, nor the head
    of the Saudi football union ``رئيس الاتحاد الآسيوي`` (nu27: role phrases of another person
    linked to the nearest holder of the office)."""
    if not role_sigs or ti + 1 >= len(sent) or (si, ti) in role_positions or used[ti + 1]:
        return None
    if not name_key(sent[ti + 1][2]).startswith(("ال", "لل")) or role_split(sent[ti][2]) is None:
        return None
    words = [t[2] for t in sent[ti : ti + 3]]
    sig = role_signature(words, definite_head=False)
    if len(sig) < 2 or not name_key(words[1]).startswith(("ال", "لل")):
        return None
    end_tok = ti + len(sig)
    if any(used[ti:end_tok]) or any((si, t) in role_positions for t in range(ti, end_tok)):
        return None
    if end_tok < len(sent) and used[end_tok]:  # a title before a name the tagger found
        return None
    s = sent[ti][0]
    k = bisect_left(starts, s)
    matches = [
        c for c in reversed(persons[max(0, k - settings.NER_NOMINAL_LOOKBACK) : k])
        if any(signatures_match(sig, r) for r in role_sigs.get(c.entity, ()))
        and not _other_nationality(sig, (role_quals or {}).get(c.entity, ()))
    ]  # fmt: skip
    if len({c.entity for c in matches}) > 1 and len(sig) < 3:
        return None  # 'وزير الخارجية' after the Saudi and the Egyptian ministers: neither
    if not matches:
        return None
    lead = (role_split(sent[ti][2]) or (0, ""))[0]
    start, end = s + lead, sent[end_tok - 1][1]
    m = Cand(
        start=start, end=end, type="PER", text=text[start:end], surface=text[s:end], sent=si,
        tok_first=ti, tok_end=end_tok, score=NOMINAL_SCORE, entity=matches[0].entity, nominal=True,
    )  # fmt: skip
    m.name = m.text
    return m


def _other_nationality(sig: tuple[str, ...], quals) -> bool:
    """Does the reference signature ``sig`` (:func:`marsad.entities.linking.role_signature`) carry a
    nationality adjective that the person's roles of that office (``quals``: ``[((head, complement),
    nisbas)]``) contradict: some of them carry a nationality, none this one?"""
    if len(sig) < 3 or not _is_nisba_key("ال" + sig[2]):
        return False
    q = nisba_skeleton(sig[2])
    nisbas = {n for hc, ns in quals if hc == sig[:2] for n in ns}
    return bool(nisbas) and q not in nisbas


def _is_nisba_key(key: str) -> bool:
    k = key.removesuffix("ه")
    return k.startswith("ال") and len(k) > 4 and k.endswith("ي")


def _emit(article: Article, cands: list[Cand], groups) -> None:
    """Write ``Mention``/``Entity`` objects; entities in order of first mention."""
    order = sorted(range(len(groups)), key=lambda g: min(cands[m].start for m in groups[g].members))
    new_id = {g: k for k, g in enumerate(order)}
    mentions: list[Mention] = []
    of_entity: list[list[int]] = [[] for _ in order]  # mention indices of each entity, in one pass
    for c in sorted(cands, key=lambda c: c.start):
        of_entity[new_id[c.entity]].append(len(mentions))
        mentions.append(
            Mention(c.start, c.end, type=groups[c.entity].type, text=c.text, entity=new_id[c.entity], score=c.score)
        )
    entities: list[Entity] = []
    for g in order:
        grp = groups[g]
        name = choose_name(grp, cands)
        entities.append(
            Entity(
                name=name,
                type=grp.type,
                aliases=aliases_of(grp, cands, name),
                roles=list(dict.fromkeys(clean_name(r) for r in grp.roles)),  # display form: no tatweel
                mentions=of_entity[new_id[g]],
                key=grp.key,
            )
        )
    article.mentions = mentions
    article.entities = entities


# --- Name boundaries (rob23 item 13, 2026-12-01): a pronoun after a name, an adjective alone, a
# --- hyphenated surname, the conjunction of a place list -------------------------------------

#: Separate subject pronouns: ``بيليه هو أكثر اللاعبين`` ("Pelé is the player who …"), the pronoun of
#: a nominal sentence whose subject is the name.
SUBJECT_PRONOUNS = frozenset(ner_norm(w) for w in ("هو", "هي", "هم", "هما", "هن"))
#: Words that open the predicate after such a pronoun besides a definite word: elatives and
#: quantifiers (``هو أكثر``, ``هو أول``, ``هي أحد``, ``هو من``), normalized.
PREDICATE_OPENERS = frozenset(
    ner_norm(w) for w in ("أول", "أحد", "إحدى", "من", "ما", "صاحب", "صاحبة", "نفسه", "نفسها", "وحده", "الوحيد",
                          # elatives by name: the أفعل shape is also a verb's (``ليو هي أبلغ`` "Liu He told")
                          "أكثر", "أقل", "أفضل", "أكبر", "أصغر", "أهم", "أبرز", "أشهر", "أقدم", "أحسن", "أعظم",
                          "أسرع", "أغلى", "أقوى", "أطول", "أعلى", "آخر")
)  # fmt: skip
#: A one-word person ``الXي`` whose feminine ``الXية`` has at least this share of its news count is an
#: adjective (``الدولي`` 12,698 / ``الدولية`` 8,529; ``الإرهابي``, ``المأساوي``); family names are not
#: inflected (``الحريري``, ``السبسي``, ``العبادي``: no ``ية`` form, or ``الحوثي`` 23 %).
ADJECTIVE_FEMININE_MIN_SHARE = 0.5
#: A word right after a given name that no other name part follows is a second person's surname
#: (``أناستازيا سيفاتسوفا`` beside ``أناستازيا بافليوتشينكوفا``) when it is this rare in the news
#: counts: transliterated surnames are (``سيفاتسوفا`` 0); verbs and nouns after a name are not.
RUN_ON_SURNAME_MAX_FREQ = 20


def _predicate_opens(sent, ti: int) -> bool:
    """Does token ``ti`` of ``sent`` open the predicate of a nominal sentence: a definite word
    (``ال``, not a name's ``ال`` of a family name after ``هو``: names do not follow a pronoun), an
    elative (``أكثر``, ``أصغر``: listed, as the ``أفعل`` shape is a verb's too) or another word of
    :data:`PREDICATE_OPENERS`?"""
    if ti >= len(sent):
        return False
    w = ner_norm(sent[ti][2])
    return (w.startswith("ال") and len(w) > 3) or w in PREDICATE_OPENERS


#: Particles that open a clause after a name: ``جابر كي تكون`` ("Jaber, so that it is …").
CLAUSE_PARTICLES = frozenset(ner_norm(w) for w in ("كي", "لكي"))


def cut_subject_pronouns(text: str, sents, cands: list[Cand]) -> None:
    """A separate pronoun at the end of a person mention of two words or more, with the predicate
    of a nominal sentence after it (:func:`_predicate_opens`: ``بيليه هو أكثر اللاعبين``, ``فضل شاكر
    هو من سيتولى``), is no part of the name: it is cut off in place. So is a pronoun or a clause
    particle (:data:`CLAUSE_PARTICLES`) whatever follows when the rest of the mention is written as a
    person elsewhere in the article (``نادين هي "شراكة …"`` beside ``نادين نجيم``; ``جابر كي تكون``
    beside ``جابر سلطان``: the whole name, or the first or last word of a longer one). A pronoun-like
    last syllable of an East Asian name stays: followed by no predicate (``بونغ جون هو،``), or after a
    word of three letters or one in ``نغ``/``نج`` (``ليو هي أبلغ``, Liu He)."""
    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    names = [name_key(mention_name_text(c.text)).split() for c in pers]
    for c, words in zip(pers, names, strict=True):
        if c.tok_end - c.tok_first < 2 or len(words) < 2:
            continue
        sent = sents[c.sent]
        last = ner_norm(sent[c.tok_end - 1][2])
        if last not in SUBJECT_PRONOUNS and last not in CLAUSE_PARTICLES:
            continue
        rest = words[:-1]
        if last in SUBJECT_PRONOUNS and (len(rest[-1]) <= 3 or rest[-1].endswith(("نغ", "نج"))):
            continue  # an East Asian syllable before it: ``ليو هي`` (Liu He), ``بونغ جون هو``
        rest_shown = any(
            n == rest or (len(rest) == 1 and len(n) > 1 and rest[0] in (n[0], n[-1])) for n in names if n != words
        )
        if (last in SUBJECT_PRONOUNS and _predicate_opens(sent, c.tok_end)) or rest_shown:
            _drop_last_token(text, sent, c)


def drop_adjective_persons(sents, cands: list[Cand], freq: dict[str, int], gaz, person_tokens: set[str]) -> list[Cand]:
    """Drop one-word person mentions that are a definite nisba adjective agreeing with the definite
    noun right before it (``المبعوث الدولي`` tagged ``الدولي`` PER, which then took the role
    ``المبعوث``; ``المجتمع الدولي``, ``المذهب الزيدي``, ``بالوضع المأساوي``): ``الXي`` whose feminine
    ``الXية`` is frequent in the news counts (:data:`ADJECTIVE_FEMININE_MIN_SHARE`), after a word
    with the article (proclitics allowed: ``بالوضع``) that is no part of a mention. A family name (a
    gazetteer person or person-name token: ``المصري``, ``العربي``, ``الهاشمي``), a word that ends a
    longer person name of the article (``سعد الحريري`` … ``الحريري``) and a name opening a sentence
    (``المقدسي يعتبر``, ANERcorp) stay."""
    long_words = {w for c in cands if c.type == "PER" and not c.nominal and " " in c.text.strip()
                  for w in name_key(mention_name_text(c.text)).split()}  # fmt: skip
    covered = {(c.sent, t) for c in cands for t in range(c.tok_first, c.tok_end)}
    out = []
    for c in cands:
        if c.type == "PER" and not c.nominal and " " not in c.text.strip() and c.tok_first > 0:
            w = ner_norm(mention_name_text(c.text))
            prev = ner_norm(sents[c.sent][c.tok_first - 1][2])
            definite_before = (c.sent, c.tok_first - 1) not in covered and any(
                prev.startswith(p) and len(prev) > len(p) + 1 for p in ("ال", "بال", "وال", "فال", "كال", "لل")
            )
            if (definite_before and w.startswith("ال") and w.endswith("ي") and len(w) > 4 and name_key(w) not in long_words
                    and w not in person_tokens and "PER" not in gaz.token_types(w)
                    and freq.get(w, 0) >= MIN_STEM_FREQ
                    and freq.get(w + "ه", 0) >= ADJECTIVE_FEMININE_MIN_SHARE * freq.get(w, 0)):  # fmt: skip
                continue
        out.append(c)
    return out


#: Proclitic prepositions (``ب``, ``ل``, ``ك``, also after ``و``/``ف``) glued to a definite word.
_GLUED_PREPOSITIONS = ("ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def drop_definite_common_nouns(
    sents, cands: list[Cand], freq: dict[str, int], person_tokens: set[str]
) -> list[Cand]:
    """Drop a one-word person ``الX`` that the article also writes governed by a glued preposition
    (``ورحب الرئيس الأميركي بالخطاب``, "welcomed the speech": ``الخطاب`` was a person, a family name in
    the gazetteer from ``عمر بن الخطاب``; ent26 item 4) when ``X`` without the article is at least
    as frequent in the news counts (a common noun: ``خطاب`` 1,282 / ``الخطاب`` 654; family names are
    not: ``حريري`` 0 / ``الحريري`` 768, ``أسد`` 99 / ``الأسد`` 3,474), ``الX`` is no person-name token
    (a name that starts with the letters of a preposition and the article, ``لالانا`` Lallana and the
    Tunisian ``بالطيب``, was cut into one: ``الانا``, ``الطيب`` are Wikidata name tokens) and no
    longer person name of the article ends in it (``مقتدى الصدر`` … ``بالصدر``). Every one-word
    mention of that name goes."""
    one: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "PER" and not c.nominal and " " not in c.text.strip():
            one.setdefault(ner_norm(mention_name_text(c.text)), []).append(c)
    drop: set[str] = set()
    for w, cs in one.items():
        if not w.startswith("ال") or len(w) < 5 or w in person_tokens or freq.get(w[2:], 0) < freq.get(w, 0):
            continue
        if not any(ner_norm(c.surface).startswith(tuple(p + "ال" for p in _GLUED_PREPOSITIONS)) for c in cs):
            continue
        if any(
            c.type == "PER" and " " in c.text.strip() and ner_norm(mention_name_text(c.text)).split()[-1] == w
            for c in cands
        ):
            continue
        drop.add(w)
    if not drop:
        return cands
    gone = {id(x) for w in drop for x in one[w]}
    return [c for c in cands if id(c) not in gone]


def join_hyphenated_surnames(text: str, sents, cands: list[Cand]) -> list[Cand]:
    """Join the two halves of a double surname written with a hyphen, ``A-B`` (``A- B`` too, not
    ``A - B``: a separator), into one name (``أنجيلا غودفري-غولدشتاين``, ``باتريك سون-شيونغ``, ``إريك ماكسيم تشوبو-موتنغ``; rob23
    item 13: the halves were two persons): ``B`` is a one-word person mention, ``A`` a person mention
    or a word the tagger left out, and ``A``'s last word ends a person name of two words or more in
    the article; ``B`` is never written elsewhere in the article but after a hyphen, and no hyphen
    chains three names (``صلاح-ماني-فيرمينو``). Two people each named on their own (``ترامب-كيم``
    beside ``كيم جونغ أون``) are not joined. Returns the list without the joined ``B``\\s; an ``A``
    mention grows in place, and for an untagged ``A`` the ``B`` mention grows back over it."""
    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    if not pers:
        return cands
    by_end = {(c.sent, c.tok_end): c for c in cands if not c.nominal}
    covered = {(c.sent, t) for c in cands for t in range(c.tok_first, c.tok_end)}
    long_last = {name_key(mention_name_text(c.text)).split()[-1] for c in pers if " " in c.text.strip()}
    pairs: list[tuple[Cand | None, Cand]] = []
    for b in pers:
        sent, h = sents[b.sent], b.tok_first - 1
        if h < 1 or sent[h][2] != "-" or b.surface != b.text or " " in b.text.strip():
            continue
        if sent[h][0] > sent[h - 1][1] and b.start > sent[h][1]:
            continue  # ``أندريه جوميز - إنييستا``: spaced on both sides, a separator
        if (b.tok_end < len(sent) and sent[b.tok_end][2] == "-") or (h >= 2 and sent[h - 2][2] == "-"):
            continue  # a chain: ``صلاح-ماني-فيرمينو``
        a = by_end.get((b.sent, h))
        if a is not None:
            if a.type != "PER" and " " in a.text.strip() or name_key(mention_name_text(a.text)).split()[-1] not in long_last:
                continue  # a one-word half of another type is the person's word too (``تشوبو`` MISC)
        elif (b.sent, h - 1) in covered or name_key(sent[h - 1][2]) not in long_last:
            continue
        pairs.append((a, b))
    halves = {id(b) for _a, b in pairs}
    gone: set[int] = set()
    for a, b in pairs:
        bk = name_key(b.text)
        if any(bk in name_key(mention_name_text(c.text)).split() for c in pers if id(c) not in halves):
            continue
        if a is None:  # the first half untagged: the mention grows back over it
            b.tok_first -= 2
            b.start = sents[b.sent][b.tok_first][0]
            b.text = b.surface = text[b.start : b.end]
            continue
        a.end, a.tok_end, a.type = b.end, b.tok_end, "PER"
        a.text = text[a.start : a.end]
        a.surface = text[sents[a.sent][a.tok_first][0] : a.end]
        gone.add(id(b))
    return [c for c in cands if id(c) not in gone] if gone else cands


def strip_list_conjunctions(text: str, sents, cands: list[Cand]) -> None:
    """Take the conjunction ``و`` off a place or organisation mention that continues a list joined by
    ``و``: the mention right before it (same sentence, one token before, same type) starts with a
    ``و`` it left out of its text (``والصين ونيجريا`` → ``نيجريا``; ``والجزائر ووهران`` → ``وهران``). In
    such a list every item after the first carries the conjunction, so the ``و`` of the next is one
    too, whatever the name (``نيجريا`` is no gazetteer spelling)."""
    by_end = {(c.sent, c.tok_end): c for c in cands if not c.nominal}
    _strip_person_list_conjunctions(text, sents, cands)
    for c in cands:
        if c.type not in ("LOC", "ORG") or c.nominal or c.text[:1] != "و" or len(c.text.split()[0]) < 4:
            continue
        s0 = sents[c.sent][c.tok_first][0]
        prev = by_end.get((c.sent, c.tok_first))
        if c.start != s0 or prev is None or prev.type != c.type:
            continue
        p0 = sents[prev.sent][prev.tok_first][0]
        if prev.start > p0 and text[p0] == "و" and text[c.start : c.start + 1] == "و":
            c.start += 1
            c.text = text[c.start : c.end]


def _strip_person_list_conjunctions(text: str, sents, cands: list[Cand]) -> None:
    """Take ``و`` off a person of two words or more in a list of persons joined by ``، و``: the person
    mention next to it (after or before it, a comma or nothing between) starts with a ``و`` it left out
    of its text (``، وشيبان العنزي، وعبدالله الجلال، وناصر العموش``: ``وشيبان`` is rare in the news
    and ``شيبان`` never seen alone, so :func:`proclitic_len` kept the whole word; ent26 item 4). Not
    when the whole first word is a person name (``وليد``, ``وسام``, ``وائل``: person-name tokens)."""
    _, _, gaz, person_tokens, _ = _resources()
    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    by_first = {(c.sent, c.tok_first): c for c in pers}
    by_end = {(c.sent, c.tok_end): c for c in pers}

    def conj_stripped(o: Cand | None) -> bool:
        if o is None:
            return False
        o0 = sents[o.sent][o.tok_first][0]
        return o.start == o0 + 1 and text[o0] == "و"

    for c in pers:
        sent = sents[c.sent]
        if c.text[:1] != "و" or " " not in c.text.strip() or c.start != sent[c.tok_first][0]:
            continue
        first = ner_norm(sent[c.tok_first][2])
        if len(first) < 4 or first in person_tokens or "PER" in gaz.token_types(first):
            continue
        near = [by_end.get((c.sent, c.tok_first)), by_first.get((c.sent, c.tok_end))]
        if c.tok_first >= 1 and sent[c.tok_first - 1][2] in ("،", ","):
            near.append(by_end.get((c.sent, c.tok_first - 1)))
        if c.tok_end < len(sent) and sent[c.tok_end][2] in ("،", ","):
            near.append(by_first.get((c.sent, c.tok_end + 1)))
        if any(conj_stripped(o) for o in near):
            c.start += 1
            c.text = text[c.start : c.end]


#: A verb glued to a name has its other person prefix (``توبخ`` / ``يوبخ``) or its imperfect
#: (``بارك`` / ``تبارك``, ``يبارك``) at least this often in the news counts; the article's own evidence
#: (the name written without the word) is what :func:`cut_trailing_verbs` relies on first.
GLUED_VERB_MIN_FREQ = 10


def _verb_evidence(w: str, freq: dict[str, int], gaz, person_tokens: set[str]) -> bool:
    """Can the normalized word ``w`` be a verb: an imperfect (:func:`is_verb_form`, or ``ي``/``ت`` +
    stem with the other prefix in the news counts, no person-name token: ``توبخ`` / ``يوبخ``, not
    ``يونغ``) or a perfect with an imperfect ``يX`` in the counts (``بارك`` / ``يبارك``; not ``تX``:
    ``تشان``, ``تشديد``)? Gazetteer person names never are (``حمد``, ``سعد``, ``عادل``: ``يعادل`` is
    frequent too)."""
    if len(w) < 3 or "PER" in gaz.token_types(w):
        return False
    if is_verb_form(w, freq, gaz, person_tokens):
        return True
    if w[0] in "يت" and w not in person_tokens and freq.get(("ت" if w[0] == "ي" else "ي") + w[1:], 0) >= GLUED_VERB_MIN_FREQ:
        return True
    return freq.get("ي" + w, 0) >= GLUED_VERB_MIN_FREQ  # not ``تX``: a noun (``تشديد``) or name (``تشان``)


def cut_trailing_verbs(text: str, sents, cands: list[Cand], freq: dict[str, int], gaz, person_tokens) -> None:
    """Cut a verb the tagger ran a person mention into (``جمال بنعمر بارك ذلك العرض`` "Benomar
    blessed that offer", ``هايلي توبخ`` "Haley rebukes"; rob23 item 13) when the article itself
    shows the name without it: the mention less its last word is another person mention of the
    article, whole (``جمال بنعمر``) or as the end of a longer name (``هايلي`` of ``نيكي هايلي``), the
    last word is written in no other person name of the article, it can be a verb
    (:func:`_verb_evidence`) and a word follows it, as a verb's complement does (a name in a list ends
    at punctuation: ``الياس بو صعب،``, ``هنري شديد.``, ``كيم يونغ-نام``). Changes the mentions in place."""
    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    names = [name_key(mention_name_text(c.text)).split() for c in pers]
    for c, words in zip(pers, names, strict=True):
        if len(words) < 2 or c.tok_end - c.tok_first < 2:
            continue
        head, last = words[:-1], words[-1]
        shown = any(o[-len(head) :] == head and len(o) >= len(head) and o != words for o in names)
        if not shown or any(last in o for o in names if o != words):
            continue
        sent = sents[c.sent]
        if c.tok_end >= len(sent) or not sent[c.tok_end][2][:1].isalpha():
            continue  # a verb goes on with its complement; a name in a list ends at punctuation (``الياس بو صعب،``)
        if _verb_evidence(ner_norm(sent[c.tok_end - 1][2]), freq, gaz, person_tokens):
            _drop_last_token(text, sent, c)


#: The second of two one-word persons side by side is the first one's surname when it is this rare in
#: the news counts (``فينوس وليامس``: ``وليامس`` 21, ``راسل وستبروك``: 26); the surnames of two people
#: named in a row as verb subject and object are well-known names (``ترامب ماكرون``: ``ماكرون`` 2,846).
SPLIT_SURNAME_MAX_FREQ = 50


def join_split_person_pairs(text: str, sents, cands: list[Cand], freq: dict[str, int], person_tokens) -> list[Cand]:
    """Join two one-word person mentions that stand side by side (one space, same sentence) into one
    name when the tagger began a second name at the surname (``فينوس`` + ``وليامس``, Venus Williams;
    rob23 item 13): the first word is a person-name token, the second no definite word, no
    person-name token and rare in the news counts (:data:`SPLIT_SURNAME_MAX_FREQ`) — one starting
    with ``و`` more frequent as written than without it (``وليامس`` 21, ``ليامس`` 0; ``جيني وكوستنر``
    is two people) — and neither word
    is written in another person name of the article (a person named again on their own is a
    person: ``استقبل عون الحريري``). Returns the list without the second halves."""
    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    if len(pers) < 2:
        return cands
    at = {(c.sent, c.tok_first): c for c in pers}
    words = collections.Counter(w for c in pers for w in name_key(mention_name_text(c.text)).split())
    gone: set[int] = set()
    for a in pers:
        b = at.get((a.sent, a.tok_end))
        if b is None or id(a) in gone or " " in a.text.strip() or " " in b.text.strip() or b.surface != b.text:
            continue
        if not text[a.end : b.start].isspace() or len(text[a.end : b.start]) != 1:
            continue
        wa, wb = ner_norm(a.text), ner_norm(b.text)
        if wa not in person_tokens or wb.startswith("ال") or wb in person_tokens:
            continue
        if freq.get(wb, 0) > SPLIT_SURNAME_MAX_FREQ or words[name_key(a.text)] > 1 or words[name_key(b.text)] > 1:
            continue
        if wb[:1] == "و" and (wb[1:] in person_tokens or freq.get(wb, 0) <= freq.get(wb[1:], 0)):
            continue  # ``جيني وكوستنر``: و + a name, two people; ``وليامس`` (21) is written so, ``ليامس`` never
        a.end, a.tok_end = b.end, b.tok_end
        a.text = text[a.start : a.end]
        a.surface = text[sents[a.sent][a.tok_first][0] : a.end]
        gone.add(id(b))
    return [c for c in cands if id(c) not in gone] if gone else cands


def name_juniors(sents, cands: list[Cand]) -> None:
    """Name a person mention followed by ``الابن`` (Jr., :data:`JUNIOR_WORDS`) with that word, so that
    linking does not join the son to the father of the same name (ent28: ``نجله، دونالد الابن`` and
    ``دونالد ترامب الابن`` were mentions of ``دونالد ترامب``; ``الابن`` is left out of the mention's
    span, as ANERcorp tags it ``O``). Sets ``Cand.name`` in place."""
    for c in cands:
        if c.type != "PER" or c.nominal:
            continue
        sent = sents[c.sent]
        if c.tok_end < len(sent) and ner_norm(sent[c.tok_end][2]) in JUNIOR_WORDS:
            c.name = f"{mention_name(c)} {sent[c.tok_end][2]}"


#: Words that may stand between two persons' names the tagger ran into one (``جوردان أو جيمس``), normalized.
RUN_ON_GAP_WORDS = frozenset(ner_norm(w) for w in ("أو", "و"))


def _contiguous_in(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is the word tuple ``short`` a contiguous run of ``long``?"""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def split_run_on_persons(
    text: str, sents, cands: list[Cand], freq: dict[str, int], gaz, person_tokens
) -> list[Cand]:
    """Split a person mention that is two persons' names run together (nu28: ``بوتين نتنياهو`` in
    ``أبلغ بوتين نتنياهو`` "Putin told Netanyahu", ``مورينيو يغازل بوغبا`` "Mourinho courts Pogba") when
    each part is a known person of the article: the mention's words cut into a left and a right part,
    with at most one word between them that can be a verb (:func:`_verb_evidence`: ``يغازل``) or
    ``أو``/``و``, where

    * each part is another person mention of the article, whole, or the end of a longer name (the
      surname: ``بوتين`` of ``فلاديمير بوتين``), of a name that is no part of the mention itself
      (``هيفاء`` and ``وهبي`` alone are short forms of ``هيفاء وهبي``) and holds no word of the other
      part (``ترامب ميلانيا`` is no evidence that ``ميلانيا ترامب`` is two people);
    * a one-word left part opens no other person's name (``رجب`` of ``رجب طيب أردوغان`` is a given
      name: ``رجب أردوغان`` is one man) and is never written with the article in the news counts: an
      Arabic given name is also a common word (``الصلاح`` 12: ``صلاح محسن`` is one player, though
      ``صلاح`` ends ``محمد صلاح`` and ``محسن`` ends ``مروان محسن``), a foreign surname is not
      (``بوتين``, ``كلوب``); the right part opens with no compound head (``بن``, ``عبد``, ``أبو``:
      ``محمد بن سلمان``), and the whole name is written in no other mention.

    The word between is dropped (it is no name); the two parts become two mentions. Returns the new
    list (a split mention replaced by its parts, in place)."""
    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    if len(pers) < 3:
        return cands
    names = [tuple(name_key(mention_name_text(c.text)).split()) for c in pers]
    whole_count = collections.Counter(names)
    out: list[Cand] | None = None
    for c, words in zip(pers, names, strict=True):
        n = len(words)
        if n < 2 or c.tok_end - c.tok_first != n or whole_count[words] > 1:
            continue
        others = [o for o in names if o != words]
        # names of other mentions a part may be: whole, or the end of a longer name
        known: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        openers: set[str] = set()
        for o in others:
            if len(o) > 1:
                openers.add(o[0])
            for a in range(len(o)):
                if a == 0 or o[a - 1] not in PATRONYMIC_MARKERS:
                    known.setdefault(o[a:], set()).add(o)
        cut = None
        for p in range(1, n):
            for gap in (0, 1):
                if p + gap >= n:
                    continue
                left, right = words[:p], words[p + gap :]
                if left not in known or right not in known or words[p - 1] in COMPOUND_HEADS:
                    continue
                if len(left) == 1 and (left[0] in openers or freq.get("ال" + left[0], 0)):
                    continue  # a given name: of another person, or an Arabic one ('صلاح محسن')
                if right[0] in COMPOUND_HEADS:
                    continue
                # another person each: a name that is no part of this one ('هيفاء' and 'وهبي' alone
                # are short forms of 'هيفاء وهبي') and holds no word of the other part
                if not any(not _contiguous_in(o, words) and not set(o) & set(right) for o in known[left]):
                    continue
                if not any(not _contiguous_in(o, words) and not set(o) & set(left) for o in known[right]):
                    continue
                if gap and not (
                    words[p] in RUN_ON_GAP_WORDS or _verb_evidence(words[p], freq, gaz, person_tokens)
                ):
                    continue
                cut = (p, gap)
                break
            if cut:
                break
        if cut is None:
            continue
        p, gap = cut
        sent = sents[c.sent]
        first_end = sent[c.tok_first + p - 1][1]
        second_start = sent[c.tok_first + p + gap][0]
        a = dataclasses.replace(c, end=first_end, text=text[c.start : first_end], tok_end=c.tok_first + p)
        a.surface = text[sent[c.tok_first][0] : first_end]
        b = dataclasses.replace(
            c, start=second_start, end=c.end, text=text[second_start : c.end], surface=text[second_start : c.end],
            tok_first=c.tok_first + p + gap,
        )  # fmt: skip
        if out is None:
            out = list(cands)
        k = next(i for i, x in enumerate(out) if x is c)
        out[k : k + 1] = [a, b]
    return cands if out is None else out


#: Prepositions (written as words) that never stand inside a person's name: a mention running on
#: into one (``محمد بن سلمان بشأن خاشقجي``) ends before it (ent30).
TAIL_PREPOSITIONS = EDGE_FUNCTION_WORDS | {"بشأن", "وبشأن", "لدى", "تجاه"}  # as written: 'فان دايك'

NAME_TAIL_DEFINITE_MIN_FREQ = settings.NER_NAME_TAIL_DEFINITE_MIN_FREQ
_TAIL_CLITICS = ("ب", "ل", "ك", "وب", "ول", "وك")  # not ف + ل: 'فلفال' (a family name) is no ف + ل + 'فال'
#: Shortest stem, in letters, read as a word after a preposition proclitic: 'بتري' is no ب + 'تري'.
TAIL_CLITIC_STEM_MIN_LEN = 4
#: A preposition + the article (normalized): no name token begins so, even one tagged alone.
_DEFINITE_CLITIC_FORMS = tuple(c + ("ل" if c.endswith("ل") else "ال") for c in _TAIL_CLITICS)


def _clitic_tail(raw: str, w: str, freq: dict[str, int], gaz, person_tokens, named: set[str]) -> int:
    """Length of a preposition proclitic (``ب``, ``ل``, ``ك``, after ``و``/``ف`` or not) on the raw
    token ``raw`` (normalized ``w``) that reads as a preposition + a word, never as a name: the stem is
    a word of another person of the article (``named``: ``لبوتن``, ``بهربرت``), ``ل`` + ``ال``
    written ``لل`` (``للقاضي``), or ``ال`` + a word more frequent than the whole (``بالإيعاز``), or a
    frequent word the whole is rarer than a fifth of (``كواحد``); 0 otherwise. A whole token that is a
    person-name token, a gazetteer person or a curated name is no such form (``بلير``, ``كلينتون``)."""
    if w in person_tokens or w in alias_table() or "PER" in gaz.token_types(w):
        return 0
    fw = freq.get(w, 0)
    for clitic in _TAIL_CLITICS:
        k = len(clitic)
        if not w.startswith(clitic) or len(w) - k < TAIL_CLITIC_STEM_MIN_LEN:
            continue
        stem = w[k:]
        if clitic.endswith("ل") and stem.startswith("ل"):
            stem = "ا" + stem  # لل = ل + ال
        if name_key(stem) in named or (
            stem.startswith("ال")
            and len(stem) >= DEFINITE_STEM_MIN_LEN
            and freq.get(stem, 0) > max(fw, MIN_STEM_FREQ - 1)
        ):
            return _raw_prefix_len(raw, k)
        if stem not in person_tokens and freq.get(stem, 0) >= max(MIN_STEM_FREQ, 5 * fw):
            return _raw_prefix_len(raw, k)
    return 0


def _raw_prefix_len(raw: str, letters: int) -> int:
    """Characters of ``raw`` that hold its first ``letters`` letters (harakat skipped)."""
    seen = 0
    for i, ch in enumerate(raw):
        if ch in _HARAKAT:
            continue
        if seen == letters:
            return i
        seen += 1
    return len(raw)


def cut_name_tails(
    text: str, sents, cands: list[Cand], freq: dict[str, int], gaz, person_tokens
) -> list[Cand]:
    """Cut the words a person mention runs on into after a name the article writes without them
    (ent30: ``ترامب العسكري``, ``رونالدو القياسي``, ``محمد بن سلمان بالإيعاز``, ``ترامب لبوتن``,
    ``هاري كين هداف`` were one-article entities of their own, and quotes were linked to them).

    The mention's first words (the head) must be another person of the article — the end of a longer
    name (a surname: ``ترامب`` of ``دونالد ترامب``, not after ``بن``) or a name written alone
    (``هاري كين``, or its last word alone: ``ترامب`` beside ``دونالد ترامب للقاضي``; given-name
    mentions not counted) — or the words after a preposition must be one
    (``أردوغان لميركل`` beside ``ميركل``); the next word must be written in no other person name of
    the article (nor alone as a person, for the first two kinds: ``أوباما بشاي`` beside ``بشاي``) and be

    * a preposition written as a word (:data:`TAIL_PREPOSITIONS`: ``بشأن``, ``على``);
    * a preposition proclitic + a word (:func:`_clitic_tail`: ``للقاضي``, ``بالإيعاز``, ``لبوتن``);
    * a definite common word (``ال`` + three letters or more, at least
      :data:`NAME_TAIL_DEFINITE_MIN_FREQ` uses in the news counts, no person-name token, not
      ``الله``/``الدين``: ``العسكري``, ``الخميس``), after a surname that opens no name of the article
      or a longer name, every word of it a foreign name (never written with the article in the news
      counts, no very common given name): an Arabic name goes on with a family name (``منصور
      العتيبي`` beside ``رياض منصور``: ``المنصور`` 96; ``سلمان الفرج``, ``فايز المالكي``);
    * after a name of two words or more only: an indefinite common noun (its definite form over
      :data:`GIVEN_NAME_MAX_DEFINITE_SHARE` of its count: ``هداف``/``الهداف``) or a word that is
      only a place (``موسكو``).

    The mention ends before that word. When the rest of the old mention, after the preposition, is
    a person of the article (``ترامب بهربرت ماكماستر``, ``بشأن خاشقجي``), it becomes a mention of its
    own; a one-word person mention that is the cut word(s) alone (a "surname" the article's label
    propagation took from the run-on name: ``العسكري``) is dropped. Returns the new list."""
    pers = [c for c in cands if c.type == "PER" and not c.nominal]
    if len(pers) < 2:
        return cands
    names = [tuple(name_key(mention_name_text(c.text)).split()) for c in pers]
    whole = collections.Counter(n for c, n in zip(pers, names, strict=True) if not c.given)
    ends: collections.Counter = collections.Counter()
    distinct = set(names)
    for o in distinct:
        for a in range(1, len(o)):
            if o[a - 1] not in PATRONYMIC_MARKERS and o[a - 1] not in COMPOUND_HEADS:
                ends[o[a:]] += 1

    def others_of(words: tuple[str, ...]) -> list[tuple[str, ...]]:
        # the names of other persons: not this one, nor a part of it (a surname propagated from it)
        return [o for o in distinct if o != words and not _contiguous_in(o, words)]

    cut_tails: set[tuple[str, ...]] = set()
    named = {w for o in names for w in o}
    first_words = collections.Counter(o[0] for o in set(names) if len(o) > 1)
    out: list[Cand] | None = None
    for c, words in zip(pers, names, strict=True):
        n = len(words)
        if n < 2 or c.tok_end - c.tok_first != n:
            continue
        openers = {w for w, k in first_words.items() if k > (1 if w == words[0] else 0)}
        sent = sents[c.sent]
        other_words = {x for o in others_of(words) for x in o}
        alone_words = {x for o in distinct if o != words for x in o}
        for p in range(n - 1, 0, -1):
            head = words[:p]
            surname = ends[head] > (1 if _is_tail(head, words) else 0)
            alone = whole[head] > 0 or (p >= 2 and whole[head[-1:]] > 0)  # or its surname alone
            if head[-1] in COMPOUND_HEADS or head[-1] in PATRONYMIC_MARKERS:
                continue
            if words[p] in other_words:
                continue  # written in another person's name
            alone_too = words[p] in alone_words  # also a person alone (a propagated surname, say)
            raw = sent[c.tok_first + p][2]
            w = ner_norm(raw)
            if w in COMPOUND_NAME_TAILS:
                continue
            # a name of two words or more ('هاري كين'; not a compound alone: 'عبد الله', 'أبو سالم')
            compound = head[0] in COMPOUND_HEADS or head[0].startswith("عبد")
            long_head = p >= 2 and not (p == 2 and compound)
            kind = None
            clitic = 0
            if alone_too and not w.startswith(_DEFINITE_CLITIC_FORMS):
                pass  # a clitic form may be a name ('بشاي'); 'للقاضي' tagged alone is no more one
            elif clean_name(raw) in TAIL_PREPOSITIONS:
                kind = "prep"
            else:
                clitic = _clitic_tail(raw, w, freq, gaz, person_tokens, named - set(words[: p + 1]))
                if clitic:
                    kind = "clitic"
            if (
                kind is None
                and (long_head or (surname and head[0] not in openers))
                and w.startswith("ال") and len(w) >= DEFINITE_STEM_MIN_LEN and w not in person_tokens
                and freq.get(w, 0) >= NAME_TAIL_DEFINITE_MIN_FREQ
                and all(x not in COMMON_GIVEN_NAMES and not freq.get("ال" + x, 0) for x in head)
            ):  # fmt: skip
                # after a foreign name only (a surname of the article that opens no name, or a full
                # name; no word ever definite in the news counts: 'المنصور' 96): an Arabic name goes
                # on with a family name ('منصور العتيبي', 'سلمان الفرج', 'محمد عبدالعظيم الحوثي')
                kind = "definite"
            if kind is None and long_head and not w.startswith("ال") and "PER" not in gaz.token_types(w):
                fw = freq.get(w, 0)
                if fw >= MIN_STEM_FREQ and freq.get("ال" + w, 0) > GIVEN_NAME_MAX_DEFINITE_SHARE * fw:
                    kind = "noun"
                elif gaz.token_types(w) == frozenset({"LOC"}) and w not in person_tokens:
                    kind = "place"
            if kind is None:
                continue
            first = c.tok_first + p + (1 if kind == "prep" else 0)
            rest_person = rest_surname = False
            if kind in ("prep", "clitic") and first < c.tok_end:
                rest = (name_key(sent[first][2][clitic:]), *words[first - c.tok_first + 1 :])
                rest_surname = ends[rest] > (1 if _is_tail(rest, words) else 0)
                rest_person = bool(whole[rest]) or rest_surname
            known = p >= 2 or freq.get(head[0], 0) >= MIN_STEM_FREQ
            if not (surname or alone or (kind == "prep" and rest_person) or (rest_surname and known)):
                # the article writes neither the name alone nor, after a clitic, the other person's
                # full name ('لميركل' beside 'انجيلا ميركل'), or the first word is no name the news
                # writes: 'دانيا لفاتشيك' beside 'جان فاتشيك' (ANERcorp) is one name
                continue
            if out is None:
                out = list(cands)
            k = next(i for i, x in enumerate(out) if x is c)
            new = [c]
            if rest_person:
                start = sent[first][0] + clitic
                new.append(
                    dataclasses.replace(c, start=start, end=c.end, text=text[start : c.end],
                                        surface=text[sent[first][0] : c.end], tok_first=first, given=False)
                )  # fmt: skip
            cut_tails.add(words[p:])
            cut_tails.add(tuple(name_key(mention_name_text(text[sent[c.tok_first + p][0] : c.end])).split()))
            c.tok_end = c.tok_first + p
            c.end = sent[c.tok_end - 1][1]
            c.text = text[c.start : c.end]
            c.surface = text[sent[c.tok_first][0] : c.end]
            out[k : k + 1] = new
            break
    if out is None:
        return cands
    # the cut words written alone were the run-on name's propagated "surname" ('العسكري'): no person
    return [
        c for c in out
        if c.type != "PER" or c.nominal or tuple(name_key(mention_name_text(c.text)).split()) not in cut_tails
    ]  # fmt: skip


def _is_tail(head: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Is ``head`` also an end of ``words`` itself (``ends`` then counts the mention's own name once)?"""
    return any(words[a:] == head for a in range(1, len(words)))


#: Top-level domains written in Arabic or Latin letters after a site's name (``بيت.كوم``, Bayt.com).
WEB_DOMAINS = frozenset(("كوم", "نت", "com", "net"))


def join_web_site_names(text: str, cands: list[Cand]) -> list[Cand]:
    """A mention that starts with a top-level domain (:data:`WEB_DOMAINS`) written right after
    ``NAME.`` (no space before the dot) is the web site ``NAME.كوم`` (``بيت.كوم``, ``ممزورلد.كوم``;
    rob23 item 13: ORG ``كوم`` in 44 of the 58 ANT v2.1 articles that write such a site, the dot having
    ended a sentence): the mention grows back over the name and is an organisation; a mention of the
    name alone is dropped. Token positions stay those of the domain's sentence."""
    out_drop: set[int] = set()
    by_end = {c.end: c for c in cands if not c.nominal}
    for c in cands:
        if c.nominal or c.start < 2 or text[c.start - 1] != "." or not text[c.start - 2].isalpha():
            continue
        if name_key(c.text.split()[0]) not in WEB_DOMAINS:
            continue
        s = c.start - 1
        while s > 0 and not text[s - 1].isspace() and text[s - 1] not in "\"«(":
            s -= 1
        if s == c.start - 1:
            continue
        prev = by_end.get(c.start - 1)
        if prev is not None and prev.start >= s:
            out_drop.add(id(prev))
        c.start, c.type = s, "ORG"
        c.text = c.surface = text[s : c.end]
    return [c for c in cands if id(c) not in out_drop] if out_drop else cands
