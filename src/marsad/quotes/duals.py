"""Dual subjects: two parties named as one speaker (step 44, appos20).

Arabic has a dual number. A speaker written as a dual noun speaks for two parties, and the gold of
the annotated sets writes them as they are named, joined by ``و`` (``أبل وسامسونغ``, ``باراك أوباما
ورجب طيب أردوغان``; held-out 4, 15, 17, 46, 64, 65, 66), never the dual noun. Two forms:

* **a dual construct with its names** right after the cue: ``أعلنت شركتا "أبل" و"سامسونغ"`` →
  ``أبل وسامسونغ``; ``تعتزم شركتا دايملر، المالكة لمرسيديس بنز، وبورشه`` (an apposition between
  commas is skipped). Only a body head (``شركة``, ``حركة`` …): after a person's title the complement is
  another thing (``حاكما ولايتي بورنو ويوبي``: the governors of two states, whom the gold writes so);
* **a definite dual anaphor** as the subject (``وتعهد الرجلان``, ``وأكد الرئيسان``, ``عبر الوزيران``,
  ``وقالت الشركتان``, ``وأوضحت هاتان الجماعتان``, ``وقالت كلتا الشركتين``) refers to two parties named
  before it: the names of the last dual construct of the same head written earlier in the article;
  else, in the nearest of the three sentences before it (and its own sentence up to it) that names
  any, for a person noun exactly two persons linked by the entities stage (``رئيس الوزراء التركي بن
  علي يلديريم … بنظيره اليوناني ألكسيس تسيبراس``), for a body noun exactly one pair of bodies joined
  by ``و`` (organisation mentions, or short quoted names: ``"حركة إنقاذ أزواد" و"مجموعة الدفاع الذاتي
  عن الطوارق"``; a quoted alias right after a name is the same body). Three persons, or two pairs:
  ambiguous, the speaker stays as it was.

Near misses kept: a dual whose stem is no title or body head (``البيان``, ``السودان``), a singular
subject, a plural (``الدول الغربية``), a title's dual construct (``حاكما ولايتي …``).
"""

from __future__ import annotations

import re

from marsad.model import Article, Quote
from marsad.quotes.cues import _dual_forms, fold
from marsad.quotes.speakers import BODY_HEADS, ORG_HEADS, TITLE_WORDS, is_place, is_stop

#: Person nouns that are no title (folded): ``الرجلان``, ``المرأتان``.
_PERSON_NOUNS = frozenset(fold(w) for w in "رجل امرأة زعيم شخص مسؤول".split())
#: Words of :data:`TITLE_WORDS` that name no person (``العامان`` "the two years", ``المنطقتان``) or an
#: unnamed source (``المصدران`` stays as written).
_NOT_PERSON = frozenset(fold(w) for w in """عام عامة دولي الدولي منطقة محافظة ولاية إقليم حساب رئاسة وزارة
الحكومة سلف خلف مصدر مصادر سمو صاحب""".split())
#: Body heads (folded, without ``ال``) whose dual speaks for two named bodies.
_BODY_NOUNS = frozenset(w for w in BODY_HEADS | ORG_HEADS if not w.startswith("ال")) | frozenset(
    fold(w) for w in "مجموعة جماعة منظمة حركة صحيفة وكالة".split())
#: Words that may stand before the dual noun: demonstratives and ``كلا``/``كلتا`` (folded).
_BEFORE_DUAL = frozenset(fold(w) for w in "هاتان هذان هاتين هذين كلا كلتا".split())
#: Sentence ends for the anaphor's search.
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
#: How many sentences before the anaphor (with its own) are searched for named parties.
DUAL_SENTENCES = 4
#: A quoted name (a body's): at most this many words.
_QUOTED_WORDS = 5
_QUOTED_RE = re.compile(r"[\"«“]([^\"«»“”\n]{2,60})[\"»”]")
_WORD_RE = re.compile(r"[^\s،,.:؛!?؟\"«»“”()]+")
#: The word right after a cue (spaces and tabs before it, no line end): group 1.
_FIRST_WORD_RE = re.compile(r"[ \t\u00a0]+([^\s،,.:؛!?؟\"«»“”()]+)")
#: Endings of a dual (``-ان``, ``-ين``, the construct ``-ا``) and of the words before one (``هاتان``,
#: ``هذين``, ``كلا``, ``كلتا``).
_DUAL_ENDINGS = ("ان", "ين", "ا")


def dual_stem(word: str) -> tuple[str, str, bool] | None:
    """``(singular, kind, construct)`` for a dual noun as written (``الرجلان`` → ``("رجل", "person",
    False)``, ``الشركتين`` → ``("شركة", "body", False)``, ``شركتا`` → ``("شركة", "body", True)``), where
    ``kind`` is ``"person"`` (a title of :data:`TITLE_WORDS` or a person noun) or ``"body"`` (a body
    head); ``None`` for any other word. The definite nominative ``-ان`` / genitive ``-ين`` forms and the
    indefinite construct ``-ا`` are read; a stem shorter than three letters is none."""
    w = fold(word.strip("\"'«»“”()"))
    if w.startswith(("و", "ف")) and len(w) > 5 and w[1:3] == "ال":
        w = w[1:]
    if w.startswith("ال") and w.endswith(("ان", "ين")):
        stem, construct = w[2:-2], False
    elif not w.startswith("ال") and w.endswith("ا") and len(w) > 3:
        stem, construct = w[:-1], True
    else:
        return None
    if len(stem) < 3:
        return None
    singular = stem[:-1] + "ة" if stem.endswith("ت") else stem
    if singular in _BODY_NOUNS:
        return singular, "body", construct
    if not construct and singular not in _NOT_PERSON and (singular in TITLE_WORDS or singular in _PERSON_NOUNS):
        return singular, "person", construct
    return None


def _names_after_construct(text: str, pos: int) -> tuple[str, str] | None:
    """The two names of a dual construct whose noun ends at ``pos``: a quoted name or one unquoted word
    (no ``ال`` unless a place: ``والبرتغال``; no stop word), an optional apposition between commas, then ``و`` and the second name of
    the same shape. ``None`` when the complement is not so written."""
    def name_at(i: int, glued: bool) -> tuple[str, int] | None:
        while i < len(text) and text[i] == " ":
            i += 1
        if glued:
            if text[i : i + 1] != "و":
                return None
            i += 1
        m = _QUOTED_RE.match(text, i)
        if m:
            name = " ".join(m.group(1).split())
            return (name, m.end()) if len(name.split()) <= _QUOTED_WORDS else None
        m = _WORD_RE.match(text, i)
        if m is None:
            return None
        word = m.group(0)
        if (fold(word).startswith("ال") and not is_place(word)) or is_stop(word) or not word.isalpha() or len(word) < 3:
            return None
        return word, m.end()
    first = name_at(pos, False)
    if first is None:
        return None
    name1, i = first
    rest = text[i : i + 80]
    if rest.lstrip().startswith("،"):
        # an apposition between commas (``دايملر، المالكة لمرسيديس بنز، وبورشه``)
        j = rest.find("،", rest.find("،") + 1)
        if j < 0:
            return None
        i += j + 1
    second = name_at(i, True)
    if second is None:
        return None
    return name1, second[0]


def _construct_before(text: str, singular: str, end: int) -> tuple[str, str] | None:
    """The names of the last dual construct of ``singular`` (``شركتا``) written before ``end``."""
    head = singular[:-1] + "ت" if singular.endswith("ة") else singular
    found = None
    for m in re.compile(r"(?<!\w)" + re.escape(head) + r"ا(?!\w)").finditer(text, 0, end):
        pair = _names_after_construct(text, m.end())
        if pair is not None:
            found = pair
    return found


def _persons_in(article: Article, lo: int, hi: int) -> list[str] | None:
    """The distinct persons (entity names, in order of mention) linked in ``[lo, hi)``."""
    names: list[str] = []
    for m in article.mentions:
        if lo <= m.start and m.end <= hi and m.type in ("PER", "PERS") and m.entity is not None:
            name = " ".join(article.entities[m.entity].name.split())
            if name and name not in names:
                names.append(name)
    return names


def _bodies_in(article: Article, lo: int, hi: int) -> list[tuple[str, str]]:
    """The pairs of bodies joined by ``و`` in ``[lo, hi)``: organisation mentions and short quoted names
    (a quoted name right after or inside another candidate is its alias, not a third body)."""
    text = article.text
    cands: list[tuple[int, int, str]] = []
    for m in article.mentions:
        if lo <= m.start and m.end <= hi and m.type == "ORG":
            cands.append((m.start, m.end, " ".join(text[m.start : m.end].split())))
    for m in _QUOTED_RE.finditer(text, lo, hi):
        name = " ".join(m.group(1).split())
        if len(name.split()) <= _QUOTED_WORDS:
            cands.append((m.start(), m.end(), name))
    cands.sort()
    merged: list[tuple[int, int, str]] = []
    for s, e, name in cands:
        if merged and (s < merged[-1][1] or not text[merged[-1][1] : s].strip()):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]), merged[-1][2])  # an alias or inside
            continue
        merged.append((s, e, name))
    pairs = []
    for (_, e1, n1), (s2, _, n2) in zip(merged, merged[1:], strict=False):
        gap = text[e1:s2].strip(" \"«»“”")
        if gap == "و" and fold(n1) != fold(n2):
            pairs.append((n1, n2))
    return pairs


def _joined(head: str, pair: tuple[str, str]) -> str:
    """``A وB``; with the dual head before them when both are places (``حكومتا بريطانيا وفرنسا``: the
    governments of two countries, not the countries; as ``حاكما ولايتي بورنو ويوبي``)."""
    if all(is_place(n) for n in pair):
        return f"{head} {pair[0]} و{pair[1]}"
    return f"{pair[0]} و{pair[1]}"


def dual_parties(article: Article, q: Quote) -> str | None:
    """The two parties a dual subject written right after ``q``'s cue names, joined as ``A وB`` (see
    the module docstring), or ``None`` when the subject is no dual of a title or body head or the
    parties are not found unambiguously."""
    text = article.text
    if q.cue is None:
        return None
    first = _FIRST_WORD_RE.match(text, q.cue.end)
    if first is None or not first.group(1).endswith(_DUAL_ENDINGS):
        return None  # (the cheap test first, once per quotation: every dual and every word before one
        # ends so; a dual written with a final vowel mark is missed)
    if fold(first.group(1)) in _BEFORE_DUAL:
        dual, k = _FIRST_WORD_RE.match(text, first.end()), 1
        if dual is None:
            return None
    else:
        dual, k = first, 0
    dual_word = dual.group(1)
    got = dual_stem(dual_word)
    if got is None:
        return None
    singular, kind, construct = got
    if not k and not singular.endswith("ة") and fold(dual_word).endswith("ين"):
        return None  # المسؤولين: a masculine plural is spelled as the genitive dual; only after كلا/هذين
    if construct:
        if k:
            return None
        pair = _names_after_construct(text, dual.end())
        return _joined(dual_word, pair) if pair else None
    head = singular[:-1] + "تا" if singular.endswith("ة") else singular + "ا"
    pair = _construct_before(text, singular, dual.start(1))
    if pair is not None:
        return _joined(head, pair)
    hi = dual.start(1)
    for _ in range(DUAL_SENTENCES):
        cut = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, hi - 1500), hi)]
        lo = cut[-1] if cut else max(0, hi - 1500)
        if kind == "person":
            names = _persons_in(article, lo, hi)
            if len(names) == 2:
                return f"{names[0]} و{names[1]}"
            if len(names) > 2:
                return None
        else:
            pairs = _bodies_in(article, lo, hi)
            if len(pairs) == 1:
                return f"{pairs[0][0]} و{pairs[0][1]}"
            if len(pairs) > 1:
                return None
        if lo == 0:
            return None
        hi = lo - 1
    return None


#: Step 55a (obj34): the past duals read as cues (``قالا``, ``أكدتا``: :data:`marsad.quotes.cues.DUAL_LEMMAS`,
#: folded, without ``و``/``ف``), whose subject may be elided.
DUAL_VERBS = frozenset(fold(dual) for _lemma, dual, _g, _c in _dual_forms())


def dual_verb_parties(article: Article, q: Quote) -> str | None:
    """Step 55a: the two persons a dual verb of saying with no written subject refers to (``التقى
    الرئيس محمود عباس الملك عبد الله الثاني …، وقالا إن …`` → ``محمود عباس وعبد الله الثاني``; the
    gold's joint speaker, held-out 4, 15, 17), joined by ``و``: the one pair of mentions joined by ``و``
    (:func:`_coordinated_pairs`), else exactly two persons linked by the entities stage, in the cue's
    sentence before it, else in the sentence before; ``None`` when the
    cue (:data:`DUAL_VERBS`) is no dual verb, or no sentence names exactly two (nu33: 1,459 of 40,743
    store quotations had no speaker, many after ``وقالا``)."""
    if q.cue is None:
        return None
    w = fold(q.cue_text.strip())
    if w not in DUAL_VERBS and not (w[:1] in "وف" and w[1:] in DUAL_VERBS):
        return None
    text, hi = article.text, q.cue.start
    for _ in range(2):
        cut = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(0, hi - 1500), hi)]
        lo = cut[-1] if cut else max(0, hi - 1500)
        pairs = _coordinated_pairs(article, lo, hi)
        if len(pairs) == 1:
            return f"{pairs[0][0]} و{pairs[0][1]}"
        names = _persons_in(article, lo, hi)
        if len(names) == 2 and not pairs and not _party_between(article, lo, hi):
            return f"{names[0]} و{names[1]}"
        if names or pairs or lo == 0:
            return None
        hi = lo - 1
    return None


#: Prepositions that bring in another party than the subject (``علاقات ودية مع ترامب``), folded: a
#: person named after one is no subject of the dual verb.
_OTHER_PARTY = frozenset(fold(w) for w in "مع عن ضد على إلى الى من لدى بين".split())


def _party_between(article: Article, lo: int, hi: int) -> bool:
    """Step 55a: True when a preposition of :data:`_OTHER_PARTY`, or a word glued to ``ل``/``ب``, stands
    right before a person mention in ``[lo, hi)`` other than the first: that person is a party of an
    adjunct (``نسج ماكرون وترودو علاقات مع ترامب``), not the second subject of a dual verb."""
    text = article.text
    ms = sorted((m for m in article.mentions if lo <= m.start and m.end <= hi and m.type in ("PER", "PERS")),
                key=lambda m: m.start)
    for m in ms[1:]:
        before = _WORD_RE.findall(text, max(lo, m.start - 30), m.start)
        if before and fold(before[-1]) in _OTHER_PARTY:
            return True
        if text[m.start - 1 : m.start] not in (" ", "\u00a0") and fold(text[m.start - 1 : m.start]) in ("ل", "ب"):
            return True
    return False


def _coordinated_pairs(article: Article, lo: int, hi: int) -> list[tuple[str, str]]:
    """Step 55a: the pairs of entity mentions in ``[lo, hi)`` joined by ``و`` alone (``ماكرون وترودو``,
    ``السعودية وروسيا``, ``لكاثرين وأليكس``: the subject of a dual verb after them), each as its entity's
    name for a linked person, else as written; a mention inside a longer coordination (``أ وب وج``)
    makes no pair."""
    text = article.text
    ms = [m for m in article.mentions if lo <= m.start and m.end <= hi and m.type in ("PER", "PERS", "ORG", "LOC")]
    ms.sort(key=lambda m: m.start)

    def name(m) -> str:
        if m.type in ("PER", "PERS") and m.entity is not None:
            return " ".join(article.entities[m.entity].name.split())
        return " ".join(text[m.start : m.end].split())

    joined = [i for i in range(len(ms) - 1) if text[ms[i].end : ms[i + 1].start].strip() == "و"]
    return [(name(ms[i]), name(ms[i + 1])) for i in joined if i - 1 not in joined and i + 1 not in joined
            and fold(name(ms[i])) != fold(name(ms[i + 1]))]


def name_dual_subjects(article: Article, quotes: list[Quote]) -> None:
    """Rewrite in place the speaker of every quotation of ``quotes`` whose cue is followed by a dual
    subject with two parties found (:func:`dual_parties`), and of the quotations that carry the same
    speaker mention (an elided ``وأضافا`` after it)."""
    by_span = {}
    for q in quotes:
        if q.cue is None or q.kind == "headline":
            continue
        new = dual_parties(article, q)
        if new:
            if q.speaker_span is not None:
                by_span[(q.speaker_span.start, q.speaker_span.end, q.speaker)] = new
            q.speaker = new
            continue
        if q.speaker_span is not None:
            carried = by_span.get((q.speaker_span.start, q.speaker_span.end, q.speaker))
            if carried:
                q.speaker = carried
        elif not q.speaker:
            q.speaker = dual_verb_parties(article, q) or q.speaker  # (step 55a: وقالا with no subject)
