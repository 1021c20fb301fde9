"""Speaker plausibility: can a candidate subject phrase after a cue verb be the one who speaks?

Arabic puts the subject after the verb (verb–subject order), so the quotation rules read the words
after ``قال``/``أكد``/``ذكر`` … as the speaker. When the sentence has no overt subject there (an elided
subject, a relative clause ``الذي يعتبر الأكبر``, a verb with its object first ``وحث المكتب حائزي …``,
an adjunct ``حفظها دون تشفير``), those words are not a subject at all. A speaker is a person (a name, a
title or role, a kinship or profession noun), a group of people (``مسؤولون``, ``شهود عيان``), an
organisation, institution, state or city standing for its government, a medium, or a document or
statement (``البيان``, ``تقرير``: the gold convention, ``tests/data/quotes/heldout11/README.md``).

This module says which words cannot *head* such a noun phrase (:func:`implausible_head`) and which
words cannot stand *inside* it (:func:`phrase_breaker`: a verb or an adverb/preposition starts a new
constituent, so the subject ends before it). The classes, by Arabic grammar (Ryding, *A Reference
Grammar of Modern Standard Arabic*, 2005, ch. 10–11, 16, 21):

* ``adjective`` — an adjective or elative without its noun (``الأكبر``, ``عديدة``, ``حديثة``);
  the elative أفعل pattern (``الأكبر``, ``الأهم``) also by its shape;
* ``quantifier`` — ``كل``, ``جميع``, ``عدة`` … (they head a partitive, never speak alone as written);
* ``adverb`` / ``preposition`` — ``دون``, ``عشية``, ``إثر``, ``جراء`` …;
* ``verb`` — a finite verb (``أضاع``, ``ظهرت``, ``طلب`` read as a verb after a noun);
* ``action`` — a verbal noun of an act or an abstract noun (``محاولة``, ``طلب``, ``أسباب``): what is
  done, not who does it;
* ``speech`` — a noun of what is said or thought (``تصريحات``, ``ملاحظات``, ``مزاعم``): not the
  speaker, but in idafa it names them (``تصريحات بروسك حسكة``: the caller reads the possessor);
* ``number`` — digits or a number word;
* ``prepositional`` — the proclitic ``ل``/``ب`` before a word of the classes above (``لمختلف``,
  ``بدون``): a prepositional phrase, never a subject (not every ``بال…``: ``بالفي`` is a name).

Word classes come from two places: the tables below (closed classes, written for this test) and
``models/ud_pud_word_classes.tsv``, the forms that the Universal Dependencies Arabic PUD treebank
(CC BY-SA 3.0) never tags as a noun, proper noun or pronoun, derived at build time by
``bench/quotes_pud_word_classes.py``. Words the caller knows to be names (person-name tokens, places,
role and organisation heads, names already seen in the article) are never implausible, except the
closed-class words of the tables, which the person-name lists hold by accident (``دون`` "Don").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from marsad.quotes.cues import fold, word_memo

#: The derived word list (see the module docstring).
PUD_WORD_CLASSES_PATH = Path(__file__).resolve().parent / "models" / "ud_pud_word_classes.tsv"

#: Universal POS tags of the PUD list and the class each stands for.
_UPOS_CLASS = {"ADJ": "adjective", "VERB": "verb", "AUX": "verb", "ADV": "adverb", "ADP": "preposition",
               "NUM": "number", "DET": "quantifier", "PART": "particle", "SCONJ": "particle", "CCONJ": "particle"}

#: Closed classes written for this test (folded). Each word here is implausible as the head of a
#: speaker even when a name list holds it (``دون``).
NOT_SPEAKER_WORDS: dict[str, str] = {
    **{fold(w): "quantifier" for w in "كل كافة جميع عدة عديد العديد معظم أغلب كلا كلتا شتى سائر مختلف".split()},
    # adverbs of time and cause, and prepositions of exception: they open an adjunct, also inside a phrase
    **{fold(w): "adverb" for w in """دون بدون عشية غداة إبان قبيل بعيد جراء بسبب رغم برغم إثر عقب
       أثناء خلال""".split()},
    # prepositions that also join a role to its place (مندوبة … لدى الأمم المتحدة): never a head only
    # (not بين: also the given name Ben, وقال بين ستانتون; not نحو, حوالي: "about" before people counted,
    # وأفاد حوالي 46% من المشاركين)
    **{fold(w): "preposition" for w in "ضمن لدى عبر حول وسط".split()},
    # (not أنباء, معلومات, تقارير: news and reports speak in the gold files, held-out 2 and 5)
    **{fold(w): "action" for w in "محاولة محاولات طلب طلبات أسباب سبب".split()},
    # what someone says or thinks: in idafa its possessor speaks (وحسب تصريحات بروسك حسكة → بروسك حسكة)
    **{fold(w): "speech" for w in """ملاحظات ملاحظة تصريحات آراء مطالب مطالبات دعوة دعوات مزاعم ادعاءات
       اتهامات مخاوف""".split()},
}

#: The elative pattern أفعل with the article (folded: ``الا`` + three consonants, or two and a final
#: alef maqsura): ``الأكبر``, ``الأعلى``. Not without the article: ``أنعم``, ``أبرد``, ``أحمد`` are family
#: and given names as often (10,000 fresh ANT articles, step 30).
ELATIVE_RE = re.compile(r"^الا[^\sاويةىء]{2}(?:[^\sاويةىءه]|ى)$")
#: A number written in digits (Western or Arabic-Indic), with separators.
_NUMBER_RE = re.compile(r"^[0-9٠-٩][0-9٠-٩.,،٫]*$")
#: Fewest occurrences in PUD for an adverb or preposition form to count (single ones are tagging
#: noise of the treebank: ``غربي`` once ADP).
PUD_MIN_COUNT_FUNCTION = 2


@lru_cache(maxsize=1)
def pud_classes() -> dict[str, tuple[str, int]]:
    """``{folded form: (class, count)}`` of :data:`PUD_WORD_CLASSES_PATH`; ``{}`` when the file is absent.

    A form with several tags takes the class of its first tag in the order verb, adjective, adverb,
    preposition, number, quantifier, particle."""
    order = ("verb", "adjective", "adverb", "preposition", "number", "quantifier", "particle")
    out: dict[str, tuple[str, int]] = {}
    try:
        lines = PUD_WORD_CLASSES_PATH.read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        if not line or line.startswith("#"):
            continue
        form, tags, count = line.split("\t")
        classes = {_UPOS_CLASS.get(t, "particle") for t in tags.split(",")}
        out[form] = (next(c for c in order if c in classes), int(count))
    return out


def _without_conjunction(w: str) -> str:
    """A folded word without a proclitic ``و``/``ف`` (``والأكبر`` → ``الأكبر``)."""
    if len(w) > 3 and w[0] in "وف" and (w[1:3] == "ال" or w[1:] in NOT_SPEAKER_WORDS or w[1:] in pud_classes()):
        return w[1:]
    return w


@lru_cache(maxsize=32_768)
def word_class(word: str, known_name: bool = False) -> str | None:
    """The class (module docstring) that makes ``word`` (as written) no head of a speaker, or ``None``.

    ``known_name``: the caller knows the word as a name or head (a person-name token, a place, a role
    or organisation head, a name of the article); then only the closed classes of
    :data:`NOT_SPEAKER_WORDS` count (``علي``, ``فيصل``, ``صباح`` are names that PUD also tags as a
    preposition, a verb, an adverb)."""
    w = _without_conjunction(fold(word.strip("\"'«»“”()[]،,.:؛")))
    if not w:
        return None
    if _NUMBER_RE.match(w):
        return "number"  # (a plausible head, see implausible_phrase; no first word of a name)
    cls = NOT_SPEAKER_WORDS.get(w) or NOT_SPEAKER_WORDS.get(w[2:] if w.startswith("ال") else "")
    if cls:
        return cls
    if known_name:
        return None
    pud = pud_classes().get(w)
    if pud is not None and pud[0] == "verb" and ((len(w) == 3 and not w.endswith("ى")) or (len(w) == 4 and w[1] == "ا")):
        return None  # a bare perfect فعل is also the verbal noun فَعْل (جرد, بحث), a form III فاعل also
        # the active participle, a person (طالب, كاتب): no verb by its shape
    if pud is not None and pud[0] == "adjective" and w.endswith(("ون", "ين")):
        return None  # a sound masculine plural participle names people: عاملون, مراقبون, كثيرون
    if pud is not None and pud[0] != "particle" and (
            pud[0] not in ("adverb", "preposition") or pud[1] >= PUD_MIN_COUNT_FUNCTION):
        return pud[0]
    if ELATIVE_RE.match(w):
        return "adjective"
    if w[:1] in "لب" and len(w) > 3:
        rest = ("ا" + w[1:]) if w.startswith("لل") else w[1:]  # للمختلف = ل + المختلف
        pud = pud_classes().get(rest, ("", 0))
        if (rest in NOT_SPEAKER_WORDS or (rest.startswith("ال") and rest[2:] in NOT_SPEAKER_WORDS)
                or (pud[0] in ("adjective", "quantifier", "adverb", "preposition") and pud[1] >= PUD_MIN_COUNT_FUNCTION)):
            return "prepositional"  # (not بالفي: ب + الفي "two thousand" once in PUD, a name)
    return None


def implausible_head(word: str, known_name: bool = False) -> str | None:
    """The class that rules ``word`` out as the first word of a speaker phrase, or ``None``
    (see :func:`word_class`; the treebank's particles are not used: ``بل``, ``لو`` are also names,
    ``وقال بل``, ``لو مير``, and the real ones, ``قد``, ``لم``, already end the phrase reader's subject)."""
    return word_class(word, known_name)


@lru_cache(maxsize=32_768)
def phrase_breaker(word: str, known_name: bool = False) -> str | None:
    """``"verb"`` or ``"adverb"`` (of :data:`NOT_SPEAKER_WORDS`) when ``word`` cannot continue a subject noun
    phrase after its head (a finite verb starts the predicate, ``مواطن | ظهرت``; an adverb or
    preposition an adjunct, ``صحيفة الأهرام | عشية``), else ``None``. Adjectives and nouns continue it
    (``المسؤول الأكبر``)."""
    if fold(word) in _CALLED:
        return None  # طالب آخر يدعى بيلي فوسبرغ: the name follows, the phrase reader takes it
    cls = word_class(word, known_name)
    if cls == "adverb" and NOT_SPEAKER_WORDS.get(_without_conjunction(fold(word))) != "adverb":
        return None  # (inside a phrase only the table's adverbs cut: PUD's are noisier, and a preposition
        # may join a role to its place: مندوبة الولايات المتحدة لدى الأمم المتحدة سمانثا باور)
    return cls if cls in ("verb", "adverb") else None


#: Adjectives that stand for a person: the participle of a role (``القائم بأعمال وزير الدفاع`` "the
#: acting minister") and the anaphoric ``الأخيرة`` "the latter", ``أخرى`` "another (woman)" (``وترى
#: أخرى أنه``), folded.
ROLE_PARTICIPLES = frozenset(fold(w) for w in """القائم قائم الأخير الأخيرة الأول الأولى آخر أخرى الآخر الأخرى
آخرون آخرين الآخرون الآخرين أخريات""".split())
#: The elative أفعل without the article (folded): before a definite noun it is a superlative in idafa
#: (``أبرز التحديات``, ``أعلى المعايير``), never a speaker; alone it is as often a name (``أنعم``).
_ELATIVE_BARE_RE = re.compile(r"^ا(?!ل)[^\sاويةىء]{2}(?:[^\sاويةىءه]|ى)$")


#: ``يدعى`` "named" and its forms (folded): inside a subject they introduce the name.
_CALLED = frozenset(fold(w) for w in "يدعى تدعى يدعي تدعي ويدعى وتدعى يسمى تسمى".split())
#: Indefinite heads of a medium or body whose name follows (folded): the name is not cut.
_MEDIUM_HEADS = frozenset(fold(w) for w in "صحيفة جريدة مجلة قناة وكالة موقع شبكة إذاعة حركة جمعية شركة منظمة".split())


def _definite_nisba(w: str) -> bool:
    """A definite nisba adjective (folded): alone it names a ministry by its portfolio or a medium
    (``المالية``, ``الاقتصادية``, ``العربية``), a speaker."""
    return w.startswith("ال") and w.endswith(("ي", "ى", "ية", "يون", "يين"))  # (ى: الأهلى, a club)


def _breaks(word: str, known: Callable[[str], bool]) -> bool:
    """:func:`phrase_breaker` with the caller's name look-up done only when the word has a class."""
    return bool(phrase_breaker(word)) and bool(phrase_breaker(word, known(word)))


def implausible_phrase(words: list[str], known: Callable[[str], bool]) -> tuple[str | None, int]:
    """Judge a subject phrase (its words as written) as a speaker: ``(class, 0)`` when its head rules it
    out (:func:`implausible_head`); ``("superlative", 1)`` for a bare elative before an indefinite noun
    (``أحدث إحصائيات رسمية``: the superlative in idafa, the noun after it may speak); else ``(None, k)`` with ``k`` the number of words that form the
    plausible subject (``len(words)`` when all do; fewer when a verb, adverb or preposition starts a
    new constituent: ``مواطن ظهرت`` → 1). ``known(word)``: whether the caller knows the word as a name
    or head (see :func:`word_class`).

    An adjective before a known word qualifies it (``البلجيكي كيفن دي بروين``); a quantifier followed
    by more words heads a partitive (``بعض المصادر``, ``عديد من الدراسات``): plausible; alone it is
    not. A number is a plausible head (``ستة من أصل 18 من الحكماء``, ``وقال 1% إنهم``: people counted)."""
    if not words:
        return None, 0
    f0 = _without_conjunction(fold(words[0]))
    head = implausible_head(words[0])
    if head and known(words[0]):
        head = implausible_head(words[0], True)  # (the caller's look-up only when a class was found)
    partitive = len(words) > 1 and fold(words[1]) == "من"
    if head in ("quantifier", "adjective", "number") and partitive:
        head = None  # أكثر من نجم, العديد من الخبراء: a partitive of people
    if head == "quantifier" and len(words) > 1:
        head = None
    if head == "adjective" and (f0 in ROLE_PARTICIPLES or (len(words) == 1 and _definite_nisba(f0)) or (
            len(words) > 1 and not ELATIVE_RE.match(f0) and not _breaks(words[1], known))):
        head = None  # البلجيكي كيفن دي بروين, شاب آخر, المالية: an adjective as a noun or before one
    if head in ("particle", "preposition") and len(words) > 1 and f0 not in NOT_SPEAKER_WORDS:
        head = None  # (a function word of the treebank before more words: لو مير is Le Maire)
    if (head in ("verb", None) and len(words) > 1 and not partitive and _ELATIVE_BARE_RE.match(f0)
            and f0 in pud_classes()  # (listed: not أمبر راد, إسحق جهانغيري, names of the shape)
            and f0 not in NOT_SPEAKER_WORDS and not known(words[0]) and not _breaks(words[1], known)):
        return "superlative", 1  # أحدث إحصائيات رسمية, أحدث النتائج: the noun after the superlative speaks
    if head == "number":
        head = None  # people counted speak: قال 12% من المشاركين, وقال 1% إنهم (a number heads no speaker
        # only inside a name, see the callers)
    if head:
        return head, 0
    for k in range(1, len(words)):
        if _breaks(words[k], known) and not (
                k == 1 and _without_conjunction(fold(words[0])) in _MEDIUM_HEADS):
            return None, k  # (not the name of a medium: صحيفة دون بالون)
    return None, len(words)


#: Fewest PUD occurrences for a form to outweigh the person-name lists (:func:`common_word_name`).
PUD_MIN_COUNT_NAME = 2


#: Prepositions and complementizers (folded) that follow a verb, never a family name.
_CLAUSE_NEXT = frozenset(fold(w) for w in "من في عن على إلى الى أن إن ان مع".split())


@lru_cache(maxsize=32_768)
def common_word_name(word: str, next_word: str = "") -> str | None:
    """The class of a word that the person-name lists hold but that, first in a speaker's name, is a
    common word (issue 6, step 39b): a verb or adverb of the PUD list (``أدى``, ``ليس``, ``الآن``:
    ``خلل فني أدى``, ``ليس الوحيد``), a definite ordinal-like adjective that is no nisba (``التاسع``),
    or a preposition before a number (``بين 25 و30 سنتيمترا``); each at least
    :data:`PUD_MIN_COUNT_NAME` times in PUD, which never tags it a noun or proper noun. ``None`` for a
    name (``علي العجمي``: the preposition reading needs a number after it; ``تركي``, once in PUD) and
    for a word not in the PUD list, and for a verb or adverb before a word the list does not hold
    (``فيصل السماعلي``: a given name). ``next_word``: the word after it in the name, or ``""``."""
    w = _without_conjunction(fold(word.strip("\"'«»“”()[]،,.:؛")))
    pud = pud_classes().get(w)
    if pud is None or pud[1] < PUD_MIN_COUNT_NAME:
        return None
    cls = pud[0]
    nxt = _without_conjunction(fold(next_word.strip("\"'«»“”()[]،,.:؛"))) if next_word else ""
    if cls in ("verb", "adverb"):
        # alone, or before another word of the list or a preposition (ليس الوحيد, أدى إلى); before an
        # unknown word it is a given name before the family name (فيصل السماعلي)
        return cls if (not nxt or nxt == "0" or nxt in pud_classes() or nxt in _CLAUSE_NEXT) else None
    if cls == "adjective" and w.startswith("ال") and not _definite_nisba(w):
        return cls
    if cls == "preposition" and _NUMBER_RE.match(fold(next_word.strip("\"'«»“”()[]،,.:؛")) or "x"):
        return cls
    return None


# -- step 42c: a speaker string that is no agent at all (junk18) --

#: An indefinite accusative participle (folded): ``م`` + three to five letters + the tanwin alif
#: ``ا`` (``متحدثا``, ``مرتبطا``, ``مثمنا``, ``مستغربا``): the circumstantial (ḥāl) of the derived verb
#: forms II–X, whose participles all begin with ``مُ`` (Ryding 2005, ch. 11.3). A subject is nominative,
#: never written with the accusative alif; the ḥāl shares the main verb's subject and has none of its
#: own, so the word after it is its object (``مثمنا دور عمادة القبول``). Not a second letter ا, ي
#: (``ماريا``, ``ميلانيا``: names), not a final ``يا``/``كا`` (``مونيكا``, ``موريتانيا``), nor ``نا``
#: after four letters or more: the suffix "our" on a noun (``مراسلنا``, a speaker; ``مثمنا`` is the
#: participle).
ACCUSATIVE_PARTICIPLE_RE = re.compile(r"^م[^\sاي][^\s]{2,4}(?<![يك])ا$")
#: The participle of forms V and VI (``متحدثا``, ``متسائلا``), folded: after a name it is never the
#: name's last part (a form III shape ``مطالبا`` is also a family name's, ``جانيوري مكامبا``).
_FORM_V_PARTICIPLE_RE = re.compile(r"^مت[^\s]{3,4}(?<![يكن])ا$")
#: A preposition with the relative ``ما`` written as one word (folded): ``لما``, ``مما``, ``بما``,
#: ``عما``: a relative clause (``وفقا لما أوردته صحيفة``), whose verb's subject follows.
_PREPOSITION_MA = frozenset(fold(w) for w in "لما مما بما عما".split())  # (not فيما: mostly "while", فيما
# أشاد ماتس هوملز, with its own verb and subject)
#: Number words (folded) before a counted noun, with the digits of :data:`_NUMBER_RE`.
_NUMBER_WORDS = frozenset(fold(w) for w in """ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشر عشرين
ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين مئة مائة ألف آلاف""".split())


#: The harakat (fathatan … sukun), as :func:`marsad.quotes.cues.fold` deletes them.
_HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"


def _bare_word(word: str) -> str:
    """``word`` folded, without the punctuation around it and a proclitic ``و``/``ف``."""
    return _without_conjunction(fold(word.strip("\"'«»“”()[]،,.:؛")))


def accusative_participle(word: str, known_name: bool = False) -> bool:
    """True when ``word`` (as written) has the shape of an indefinite accusative participle
    (:data:`ACCUSATIVE_PARTICIPLE_RE`: ``متحدثا``, ``مثمنا``) and the caller does not know it as a name."""
    w = _bare_word(word)
    return not known_name and _accusative_shape(w)


def _accusative_shape(w: str) -> bool:
    """:data:`ACCUSATIVE_PARTICIPLE_RE` on a folded word, less a final ``نا`` or ``ها`` after four letters:
    a noun with the pronoun "our", "her" (``مراسلنا``, ``محاميها``; not ``متوجها``, form V)."""
    return bool(ACCUSATIVE_PARTICIPLE_RE.match(w)) and not (len(w) >= 6 and (
        w.endswith("نا") or (w.endswith("ها") and not w.startswith("مت"))))


#: Adverbs in the indefinite accusative (folded), written without their tanwīn as often as with it
#: (``قال آنفا``, ``ذكر سابقا``, ``كان سيئا``): the adverbial accusative (mafʿūl fīh / ḥāl / mafʿūl
#: muṭlaq, Ryding 2005, ch. 11 and 13), never a subject, which is nominative. A closed list: the shape
#: alone (a final ``ا``) is shared by names (``كندا``, ``نوكيا``, ``موزا``: 2,698 fresh articles,
#: subj25). With the tanwīn written (``مستشهداً``) the phrase reader skips any such word.
ACCUSATIVE_ADVERBS = frozenset(fold(w) for w in """آنفا انفا سابقا لاحقا سلفا مسبقا حديثا قديما مجددا مرارا
تكرارا كثيرا قليلا دائما أبدا غالبا أحيانا جدا تماما حقا فعلا أصلا تحديدا خصوصا تقريبا بدلا علما نظرا
سيئا جيدا علنا سرا رسميا شخصيا حاليا نهائيا مطلقا أولا ثانيا ثالثا أخيرا فورا حالا سريعا بعيدا قريبا
مؤخرا أيضا صراحة""".split())
#: Prepositions alone as a speaker (folded): ``التي جرت بين …`` read as ``بين``. Inside a longer speaker
#: they may begin a name (``بين ستانتون``), so one-word speakers only.
_LONE_PREPOSITIONS = frozenset(fold(w) for w in "بين عبر نحو حول ضد".split())
#: The hollow form IV perfect ``أفال`` (folded: ``أشاد``, ``أفاد``, ``أضاف``): a verb, never a noun
#: of that shape but for names the caller knows (``إياد``).
_IMAM = fold("إمام")  # (the one noun of the shape that speaks: an imam)
_HOLLOW_PERFECT_RE = re.compile(r"^ا[^\sاويىةل]ا[^\sاويىة]$")  # (not ال…: الأب)
#: Particles that cannot end a noun phrase (folded): a speaker read up to ``ولا``/``و`` ran into the
#: next clause (``وحدات متمردة ولا يمكن …``).
_TRAILING_PARTICLES = frozenset(fold(w) for w in "و ف ولا فلا لا ولم لم ولن لن قد وقد".split())


#: Nouns of knowledge and opinion (folded) that an attribution phrase takes with a possessive suffix
#: (``حسب علمي`` "to my knowledge", ``بحسب رأيه`` "in his view"): the owner of the view speaks, not
#: the noun.
OPINION_NOUNS = frozenset(fold(w) for w in """علم رأي اعتقاد ظن تقدير معلومات فهم تجربة خبرة معرفة قول تعبير
وصف تقييم اعتقاد""".split())
#: The possessive suffixes read on an :data:`OPINION_NOUNS` noun (folded; ``ت`` for a taa marbuta before them).
_POSSESSIVE_RE = re.compile(r"^(.{2,}?)(?:ي|ه|ها|هم|هما|نا)$")


def opinion_of_owner(word: str) -> bool:
    """True when ``word`` (as written) is an :data:`OPINION_NOUNS` noun with a possessive suffix
    (``علمي``, ``رأيه``, ``تقديرها``, ``تجربتي``)."""
    m = _POSSESSIVE_RE.match(_bare_word(word))
    if m is None:
        return False
    n = m.group(1)
    return n in OPINION_NOUNS or (n.endswith("ت") and n[:-1] + "ة" in OPINION_NOUNS) or (n.endswith("ي") and n in OPINION_NOUNS)


#: Nouns that head an adverbial prepositional phrase after ``ب`` (folded): ``بملء الفم``, ``بصوت عال``,
#: ``بأي تفاصيل``, ``بشأن``, ``بخصوص``, ``بفضل``.
ADVERBIAL_PP_NOUNS = frozenset(fold(w) for w in "ملء صوت أي شأن خصوص فضل".split()) | frozenset(
    # subj26: the nouns of complex prepositions (Ryding 2005, ch. 16: بمناسبة, بعنوان, بقدر, بصورة, بشكل,
    # بمثابة, بغية, بهدف, بحضور, برعاية, بمشاركة, بفعل, بواسطة, بموجب, بنعت; fresh text gave بمناسبة مرور
    # خمس سنوات, بعنوان, بقدر, بصورة أكبر, بنعت الفنانات as speakers)
    fold(w) for w in "مناسبة عنوان قدر صورة شكل مثابة غية هدف حضور رعاية مشاركة فعل واسطة موجب نعت".split())


#: Temporal and other conjunctions that open a clause (``بعدما``, ``عندما``, ``بينما``, ``كلما``), folded:
#: alone as a speaker they are the clause's opener, never an agent (subj26).
_CLAUSE_CONJUNCTIONS = frozenset(fold(w) for w in "بعدما عندما حينما بينما كلما ريثما طالما".split())
#: The tanween of the accusative as written (``ً`` on the last letter or before a final ``ا``).
_TANWEEN_FATH = ("ً", "ًا", "ًى")


def prepositional(word: str, common: Callable[[str], bool], known_name: bool = False) -> bool:
    """True when ``word`` (as written) is the preposition ``ب``/``ل`` glued to a word that is no name:
    a closed-class word (:data:`NOT_SPEAKER_WORDS`, :data:`ADVERBIAL_PP_NOUNS`: ``بكل``, ``بأي``, whatever
    the name lists hold), a form of the treebank list other than
    a particle, a manner or head noun or a verbal noun the caller knows (``common``: ``بملء``,
    ``بوكالة``, ``لدراسة``, ``بانتظام``). A prepositional phrase is an adjunct, never a subject
    (Ryding 2005, ch. 16). ``known_name``: the word itself is a name the caller knows (``لسعد``)."""
    w = _without_conjunction(fold(word.strip("\"'«»“”()[]،,.:؛")))
    if len(w) < 3 or w[0] not in "بل" or w.startswith(("بال", "لل")):
        return False
    rest = w[1:]
    if rest in ADVERBIAL_PP_NOUNS or rest in NOT_SPEAKER_WORDS:
        return True  # (closed classes: also when a name list holds the word by accident, بأي)
    if known_name or len(rest) < 3:
        return False  # (بحث "research" is no ب + حث)
    return (rest in pud_classes() and pud_classes()[rest][0] != "particle") or common(rest)


def junk_speaker(words: list[str], known: Callable[[str], bool], before: str = "",
                 common: Callable[[str], bool] | None = None,
                 verb: Callable[[str], bool] | None = None) -> tuple[str | None, int]:
    """Judge a finished speaker string (its words as written) by the form of its head (issue 6, step
    42c): ``(kind, 0)`` when it cannot name an agent at all, ``(kind, k)`` when only its first ``k``
    words do, ``(None, len(words))`` otherwise. ``known(word)``: whether the caller knows the word as a
    name (a person-name token, a place, a name of the article). ``before``: the word written right
    before the speaker's mention in the text (``""`` when there is none or it is not known).

    Kinds, each by Arabic morphology or syntax rather than a list of the strings seen:

    * ``fragment`` — a head of one letter (``ل`` of ``المتحدث الرسمي ل"نزاهة"``): a proclitic cut
      from its noun;
    * ``relative`` — a preposition fused with the relative ``ما`` (``لما``, ``مما``), or a word right
      after ``ما`` (``وفق ما علم …``): the verb of a relative clause, whose own subject comes later;
    * ``accusative`` — one unknown word in the accusative: a ḥāl participle
      (:data:`ACCUSATIVE_PARTICIPLE_RE`, ``واضاف متحدثا للصحفيين``) or the counted noun after a number
      (``صاحب الـ 57 عاما``, ``374 شخصا``, the tamyiz); a subject is nominative;
    * ``object`` — the words right after a ḥāl participle (``مثمنا دور عمادة …``): its object, since
      the participle has no subject of its own;
    * ``quantifier`` — a quantifier of the treebank alone (``إحدى``: "one (f.) of", always in idafa);
    * ``participle`` (with ``k``) — a trailing ḥāl participle of form V/VI after a name (``تيتي
      متحدثا``): the name ends before it;
    * ``adverb`` — one word of :data:`ACCUSATIVE_ADVERBS` (``آنفا``, ``سيئا``) or a preposition alone
      (``بين``);
    * ``verb`` — one unknown word that is a finite verb: a cue form the caller knows (``verb``:
      ``ترفض``, ``تنفي``) or the hollow form IV perfect (``أشاد``);
    * ``prepositional`` — a first word that is ``ب``/``ل`` glued to a common word (:func:`prepositional`,
      with ``common`` the caller's look-up of head and verbal nouns: ``بملء الفم``, ``بأي تفاصيل``,
      ``بوكالة تونس إفريقيا``; without ``common`` not judged); one word ``ل`` + a name of the article (``لرويترز``, ``لبوتين``) is
      the dative of the one addressed;
    * ``generic`` — ``كل`` + an indefinite singular noun (``كل شخص`` "everyone"): no one in particular;
    * ``possessed`` — an opinion noun with a possessive suffix (``حسب علمي``, ``بحسب رأيه``,
      :func:`opinion_of_owner`): its owner speaks, the running speaker;
    * ``trailing`` (with ``k``) — a last word that is a particle (``متمردة ولا``): the phrase ran into
      the next clause; the words before it are judged again.
    (subj25: the first five kinds and ``trailing``, by the testers' wrong speakers of interview answers.)"""
    if not words:
        return None, 0
    if len(words) > 1 and fold(words[-1]) in _TRAILING_PARTICLES:
        kind, k = junk_speaker(words[:-1], known, before, common, verb)
        return (kind, k) if kind and not k else ("trailing", k)
    if common is not None and words[0][:1] in "بل" and prepositional(words[0], common, known(words[0])):
        return "prepositional", 0
    if fold(words[0]) in _CLAUSE_CONJUNCTIONS:
        return "adverb", 0  # subj26: بعدما جلس إيدن هازارد …: a clause's opener and its clause
    if len(words) == 2 and fold(words[0]) == "كل" and not fold(words[1]).startswith("ال") and fold(words[1]) != "من" \
            and not known(words[1]):
        return "generic", 0
    if (len(words) > 1 and len(words[0]) > 2 and "ما" not in words[0]
            and not (before and ("ما" in before or before.rstrip(_HARAKAT).endswith("ا")))
            and not any("مت" in w for w in words[1:])):
        return None, len(words)  # (the common case, before any folding: no kind can apply)
    w0 = _bare_word(words[0])
    if len(w0) <= 1 and not _NUMBER_RE.match(w0) and not (w0 in "وف" and len(words) > 1):
        return "fragment", 0  # (not a digit: 6 عناصر تكفيرية; not a conjunction written apart: و مستقبل قابس)
    b = _bare_word(before) if before else ""
    if w0 in _PREPOSITION_MA or b == "ما" or b in _PREPOSITION_MA:
        return "relative", 0
    if len(words) == 1 and w0.endswith("ا") and not known(words[0]) and (
            _accusative_shape(w0) or (b and (_NUMBER_RE.match(b) or b in _NUMBER_WORDS))):
        return "accusative", 0
    if b and _accusative_shape(b) and not known(before):
        return "object", 0
    if len(words) == 1:
        pud = pud_classes().get(w0)
        if pud is not None and pud[0] == "quantifier" and pud[1] >= PUD_MIN_COUNT_FUNCTION:
            return "quantifier", 0
        if opinion_of_owner(words[0]):  # (also علمي, a family name as well: after حسب, "my knowledge")
            return "possessed", 0
        if w0 in ACCUSATIVE_ADVERBS or w0 in _LONE_PREPOSITIONS or w0 in _CLAUSE_CONJUNCTIONS:
            return "adverb", 0
        if words[0].endswith(_TANWEEN_FATH) and not known(words[0]):
            return "adverb", 0  # subj26: بناءً (على), an accusative with its tanween written: no name bears one
        if not known(words[0]) and ((_HOLLOW_PERFECT_RE.match(w0) and w0 != _IMAM) or (verb is not None and verb(words[0]))):
            return "verb", 0
    for k in range(1, len(words)):
        if "مت" in words[k] and _FORM_V_PARTICIPLE_RE.match(_bare_word(words[k])) and not known(words[k]):
            return "participle", k
    return None, len(words)


# -- step 51f: speakers that are text fragments (spk28) --

#: Particles and conjunctions (folded) that open a clause, never a name (Ryding 2005, ch. 18–21):
#: ``ثم ترك يديه``, ``حتى``, ``كما``. Not ``كي`` (``كي مون``), ``إن`` (``إن بي سي``), ``لا`` (``لا ليغا``),
#: ``أم`` (``أم كلثوم``), ``دون``/``فان`` (``دون بالون``, ``فان دورن``): the first words of names.
FRAGMENT_PARTICLES = frozenset(fold(w) for w in "ثم حتى كما بينما إذا لكن إلا أو قد لم لن أن لأن".split())
#: Prepositions (folded) that head a prepositional phrase, never a subject (Ryding 2005, ch. 16):
#: ``بين بكين`` of ``قمة بين بكين``, ``وإلى جانب``. Alef maqsura kept by :func:`fold`: ``على`` is not
#: the name ``علي``. ``بين`` before a person-name token that is no place is the given name Ben
#: (``بين ستانتون``), see :func:`fragment_speaker`. ``جانب``, ``لدن``: nouns used as prepositions
#: (``من جانب دونالد ترامب``, ``من لدن``; step 52g, new-user report nu31 #1: ``جانب دونالد ترامب``).
FRAGMENT_PREPOSITIONS = frozenset(fold(w) for w in "بين إلى على عن في من مع منذ ضد نحو حول لدى عند تجاه جانب لدن".split())
#: A number as written in a speaker: digits with separators, a percent sign.
_DIGITS_RE = re.compile(r"^[0-9٠-٩][0-9٠-٩.,،٫]*[%٪]?$")
#: ``ب`` glued to a number (``بـ381``, ``ب4.5``): the amount of an estimating verb's object
#: (``قدرت … أعداد القتلى بـ381``), never inside a subject.
_PREP_NUMBER_RE = re.compile(r"^[وف]?ب\u0640*[0-9٠-٩]")
#: Nouns of a year (folded) that, before a number, make a date (``عام 2016``), no party.
_YEAR_NOUNS = frozenset(fold(w) for w in "عام العام سنة السنة".split())
#: A possessive suffix on a noun (folded): ``ثروته``, ``أعدادهم``: an object's noun, never a subject's
#: last word after a body's name (``فوربس ثروته``).
_POSSESSED_END_RE = re.compile(r"^..+(?:ه|ها|هم|هما)$")


#: Nouns of a quantity (folded) that an estimating verb takes as its object before ``بـ`` + the
#: amount (``قدرت الوكالة أعداد القتلى بـ381``, ``قدرت فوربس ثروته بـ4.5 مليار``): never in its subject.
_QUANTITY_NOUNS = frozenset(fold(w) for w in """عدد أعداد حجم قيمة ثروة كلفة تكلفة تكاليف خسائر حصيلة
نسبة مجموع إجمالي""".split())


def _quantity_noun(word: str) -> bool:
    """A noun of :data:`_QUANTITY_NOUNS`, with or without ``ال`` or a possessive suffix (``ثروته``)."""
    w = fold(word)
    w = w[2:] if w.startswith("ال") else w
    if w in _QUANTITY_NOUNS:
        return True
    m = re.match(r"^(.{2,}?)(?:ه|ها|هم|هما)$", w)
    return bool(m) and (m.group(1) in _QUANTITY_NOUNS or (m.group(1).endswith("ت") and m.group(1)[:-1] + "ة" in _QUANTITY_NOUNS))


#: Every head of :func:`fragment_speaker`'s first two kinds (folded).
FRAGMENT_HEADS = FRAGMENT_PARTICLES | FRAGMENT_PREPOSITIONS
#: Any digit: a speaker without one and without a :data:`FRAGMENT_HEADS` head is no fragment.
_ANY_DIGIT_RE = re.compile(r"[0-9٠-٩]")


def maybe_fragment(speaker: str) -> bool:
    """The cheap first test of :func:`fragment_speaker` on a speaker string: a digit in it, or a first
    word of :data:`FRAGMENT_HEADS` (almost every speaker has neither: one dict look-up and one search)."""
    return _ANY_DIGIT_RE.search(speaker) is not None or _head_word(speaker.split(None, 1)[0]) in FRAGMENT_HEADS


@word_memo(16_384)
def _head_word(word: str) -> str:
    """``word`` folded, without punctuation around it and a proclitic ``و``/``ف`` before a word of the
    fragment tables (``وإلى`` → ``الى``)."""
    w = fold(word.strip("\"'«»“”()[]،,.:؛"))
    if len(w) > 2 and w[0] in "وف" and (w[1:] in FRAGMENT_PREPOSITIONS or w[1:] in FRAGMENT_PARTICLES) and w != "فان":
        # (not فان: the name Van, فان دورن, not ف + أن)
        return w[1:]
    return w


def fragment_speaker(words: list[str], known: Callable[[str], bool], person: Callable[[str], bool],
                     place: Callable[[str], bool]) -> tuple[str | None, int, int]:
    """Judge a finished speaker string (its words as written) as a text fragment (issue 6, step 51f):
    ``(kind, i, j)`` where ``words[i:j]`` is what may still name the speaker (``i == j``: nothing), or
    ``(None, 0, len(words))`` when it is no fragment. ``known(word)``: a person-name token or a place;
    ``person(word)``: a person-name token; ``place(word)``: a place. A speaker is a name, a role or an unnamed source; these
    forms are none (Ryding 2005: a prepositional phrase, ch. 16; a clause, ch. 18–21; a date):

    * ``particle`` — a first word that opens a clause (:data:`FRAGMENT_PARTICLES`: ``ثم ترك يديه``);
    * ``preposition`` — a first word that heads a prepositional phrase (:data:`FRAGMENT_PREPOSITIONS`:
      ``بين بكين``, ``وإلى جانب``); the words after it are kept only when one is a known name or
      place (``بين دولة الإمارات`` → ``دولة الإمارات``; ``بين الطرفين`` → nothing); ``بين`` before a
      person-name token that is no place is the given name Ben and stays;
    * ``number`` — no letter at all (``79``, ``9٪``: a share cut from ``79,7% منهم``; the caller
      reads the whole number);
    * ``date`` — a year noun before a number (``عام 2016``);
    * ``amount`` — ``ب`` glued to a number inside (``فوربس ثروته بـ4.5``): the object's amount; the
      words before it are kept, less a last noun with a possessive suffix (``ثروته``: the object)
      and less the object from its noun of quantity on (:data:`_QUANTITY_NOUNS`: ``وكالة إندونيسية
      حكومية أخرى أعداد القتلى بـ381`` → ``وكالة إندونيسية حكومية أخرى``)."""
    n = len(words)
    if not n:
        return None, 0, 0
    h = _head_word(words[0])
    if h in FRAGMENT_PARTICLES:
        return "particle", 0, 0
    if h in FRAGMENT_PREPOSITIONS:
        if h == "بين" and n > 1 and person(words[1]) and not place(words[1]) and not fold(words[1]).startswith("ال"):
            return None, 0, n  # بين ستانتون: the given name Ben
        rest = words[1:]
        if any(known(w) for w in rest):
            return "preposition", 1, n
        return "preposition", 0, 0
    if not any(c.isalpha() for c in "".join(words)):
        return "number", 0, 0
    if n > 1 and h in _YEAR_NOUNS and _DIGITS_RE.match(words[1]):
        return "date", 0, 0
    for k in range(1, n):
        if _PREP_NUMBER_RE.match(words[k]):
            j = k
            if j > 1 and _POSSESSED_END_RE.match(fold(words[j - 1])) and not known(words[j - 1]):
                j -= 1
            # the object estimated starts at a noun of quantity (قدرت وكالة … أعداد القتلى بـ381)
            j = next((i for i in range(1, j) if _quantity_noun(words[i])), j)
            return "amount", 0, j
    return None, 0, n

