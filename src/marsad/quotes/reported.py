"""Cue analysis inside one paragraph: the cue, its subject, where its content starts and ends.

For each cue verb found by :func:`marsad.quotes.cues.iter_cues` the paragraph is read left to right:

1. a *participle* cue (``مؤكدا``, ``مضيفا``, ``قائلا``) has no subject; its complement must follow at
   once (``مضيفا أن``, ``قائلا: "``), or, for the lemmas of :data:`PARTICIPLE_OBJECT_LEMMAS`, a
   verbal-noun object (``، مؤكداً استمرار …``: a statement of its own, step 52d);
2. a finite cue reads its subject phrase (:func:`marsad.quotes.speakers.subject_phrase`), then looks
   for its complement within the sentence and at most :data:`marsad.settings.QUOTE_COMPLEMENT_WINDOW`
   tokens: a complementizer (``إن``/``أن``/``بأن`` …) anywhere, a colon, an opening quotation mark,
   or one of the lemma's prepositions (``شدد على``, ``أشار إلى``, ``حذر من``) right after the subject
   or after a comma-delimited adjunct (``، اليوم الاثنين، على``); ``إلى أن`` starts at ``أن``;
3. an ambiguous form (``تابع``, ``طالب``, ``ذكر``, ``رأى``, ``دعا``, also nouns or other verbs) counts
   only with a proclitic (``وتابع``) or at the start of a clause;
4. a cue followed at once by ``قائلا``/``بالقول`` (``وأردف قائلا:``) is one cue.

The content of a reported statement runs from its complement to the earliest of: the sentence end,
the next cue that opens its own statement (``، مضيفا أن``), a direct quotation that continues the
statement (``…، "وفي نهاية المطاف …"``), or a contrastive clause whose subject is the speaker
(``، لكنه ربط …``). Trailing punctuation is trimmed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from marsad import _speedups, settings
from marsad.model import Span
from marsad.quotes.cues import (
    ANNOUNCED_NOUNS,
    CLAIM,
    CLAUSE,
    CLAUSE_INTRO_FIRST,
    CLAUSE_INTRO_RE,
    COLON,
    DESCRIBING_ENCLITIC_FORMS,
    DOCUMENT_FRAME_LEMMAS,
    DOCUMENT_FRAME_NOUNS,
    DOUBLED_MASDARS,
    FEELING,
    NOMINAL_CUE_LEMMAS,
    OBJECT,
    QUOTE,
    SAY_LINKS,
    VERBAL_NOUN_OBJECTS,
    VIA_LEMMA,
    CueForm,
    CueMatch,
    cue_at,
    fold,
    is_claim_noun,
    is_feeling_noun,
    is_if3al_noun,
    is_verbal_noun,
    iter_cues,
    lookup,
    word_memo,
)
from marsad.quotes.direct import MARK_FAMILY
from marsad.quotes.speakers import (
    DOCUMENT_HEADS,
    OBJECT_OPENERS,
    ORG_HEADS,
    WORD_TEST_CACHE,
    Phrase,
    _strip_clitic,
    addressee_by_gender,
    analyse_phrase,
    is_month,
    is_person_token,
    is_place,
    is_possessed_object,
    is_stop,
    not_name_start,
    phrase_tokens,
    speech_event,
    subject_phrase,
)
from marsad.quotes.tokens import (
    phrase_tokens_before,
    phrase_tokens_head,
    phrase_tokens_more,
    phrase_tokens_within,
)
from marsad.text.scan import char_positions, compiled_char_positions, matches_at

#: Sentence ends inside a paragraph: ``. ! ? ؟`` not between digits, and not after a one-letter
#: abbreviation (``د.``, ``م.``); followed by a space, a mark or the end. (The mark comes first and the
#: look-behinds include it, so the engine skips to the marks instead of trying the look-behinds at every
#: character: the same matches.)
SENTENCE_END_RE = re.compile(
    r"[.!?؟](?<!\s[\u0621-\u064a][.!?؟])(?<!^[\u0621-\u064a][.!?؟])(?!\d)(?=[\s\"”»'’)]|$)")
#: The characters a :data:`SENTENCE_END_RE` match starts with (each match is that one character).
_SENTENCE_MARKS = ".!?؟"
#: Their compiled scan (``None``: :func:`marsad.text.scan.char_positions` is used).
_SENTENCE_MARK_POSITIONS = compiled_char_positions(_SENTENCE_MARKS)

#: A contrastive clause about the speaker ends the statement: ``، لكنه ربط …`` (but not
#: ``لكنه غير كاف`` nor ``لكن شركاء روسيا …``, which continue it).
#: (every match holds لكن, إلا or غير: :func:`statement_end` tries it only where one is written)
CONTRAST_RE = re.compile(r"[،,]\s*(?:و)?(?:لكنه|لكنها|لكنهم|إلا\s+أنه|إلا\s+أنها|غير\s+أنه|غير\s+أنها)\s+(?!غير|ال)\w")

#: Words after which a clause begins (so an ambiguous cue after them is clause-initial).
_CLAUSE_OPENERS = frozenset(
    fold(w) for w in "كما ثم وقد فيما بينما حين حينما عندما ولقد لقد بدوره بدورها كذلك حيث لكنه ولكنه لكنها ولكنها".split()
) | frozenset(fold(w) for w in "قد فقد".split()) | frozenset(("و", "ف")) | frozenset(
    fold(w) for w in "جانبه جانبها جانبهم جهته جهتها جهتهم".split())
# (إذ "as, since": :func:`_after_idh`, step 51y)
# (… جانبه/جهته: the fronted adverbial من جانبه "for his part", like بدوره: من جانبه عبر رئيس النادي …)
# (قد: وكانت اللجنة … قد دعت, قد stands before a verb only; و/ف: a conjunction written apart from its
# verb, … الودية و أكد بأن)
#: ``قد`` before an imperfect is the modal "may" (``قد يعلن``, ``وقد يقول``): no statement is reported.
_MODAL_QAD = frozenset(fold(w) for w in "قد وقد فقد".split())
#: Adverbials that may stand between a cue and its complement (``مؤكدا في الوقت نفسه أنه …``).
ADVERBIAL_RE = re.compile(
    r"\s*(?:في\s+الوقت\s+(?:نفسه|ذاته)|في\s+المقابل|في\s+الآن\s+(?:نفسه|ذاته)|بدوره|بدورها|أيضا|أيضاً|كذلك|بذلك|مجددا|مجدداً)(?=[\s،,])"
)

#: Step 51u: nouns after ``على`` that make it an adverbial idiom (``على الأرجح`` "most likely", ``على
#: الأقل``, ``على الأغلب``, ``على الفور``, ``على الإطلاق``), never the prepositional complement of a cue
#: (``كان هذا نص الحوار، لكن وزيره لن يستطيع على الأرجح الإجابة``: nu29 #4), folded.
_ALA_ADVERBS = frozenset(fold(w) for w in "الأرجح الأغلب الأقل الفور الإطلاق الأكثر".split())

#: Lemmas whose bare past form is also a common preposition (``عبر`` across, ``بين`` between): only
#: counted with a proclitic (``وبين الصباغ أن``) or as a participle (``مبينا``).
NEEDS_CLITIC = frozenset({"عبر", "بين", "علق"})  # and علق: "suspended" as often as "commented"
#: ... except their plural forms (``عبروا``, ``بينوا``), which no preposition takes, right before
#: ``عن`` or a complementizer, also after a resumptive ``فيها``/``فيه`` (held-out 14 JA-856 ``وقفة
#: احتجاجية عبّروا فيها عن رفضهم``): the plural of عبر is as often "they crossed" (``الذين عبروا
#: الحدود``, 10,000 fresh articles).
_PLURAL_SUFFIX_VERBS = frozenset({"عبر", "بين"})
_PLURAL_COMPLEMENT_RE = re.compile(r"(?:\s+(?:في|خلال)(?:ه|ها))?\s+(?:عن|[أإا]ن|ب[أا]ن)(?=[\s\u064b-\u0652])")
#: Step 53e: the written shadda that only the verb of a :data:`NEEDS_CLITIC` homograph carries:
#: ``بيّن``/``بيَّن`` "made clear" (بَيَّنَ) against the preposition ``بَيْن`` "between", ``عبّر``
#: "expressed" (عَبَّرَ) against ``عَبْر`` "across" (not ``علّق``: "suspended" is written with the same
#: shadda). Source: the two verbs' form II pattern (فعّل); held-out 79 snn-484 ``وفي السياق ذاته بيّن
#: وكيل الأمين أنه …``, ``كما بيَّن المهندس السيد أن …``.
_SHADDA_VERB_LEMMAS = frozenset({"بين", "عبر"})
_SHADDA = "\u0651"


def shadda_verb(text: str, s: int, e: int, written: str, form: CueForm) -> bool:
    """True when the bare past ``written`` (``text[s:e]`` as in the text, harakat kept) of a
    :data:`NEEDS_CLITIC` lemma (``form``) carries a shadda on its second letter (``بيّن``, ``بيَّن``,
    ``عبّر``): the form II verb, never the preposition (:data:`_SHADDA_VERB_LEMMAS`) — with its subject
    written after it, or opening its clause (``كما بيّن أن …``); the adjective ``بيِّن`` "evident" also
    carries the shadda, after its noun and with no subject (``خطأ بيّن أن نقول …``: not a cue). The
    past only: the present ``تبيّن أن`` is "it turned out", ``تعبّر اللوحة عن فكرة`` a thing's
    "expressing" (the first 300 ANT articles, 2 of 2)."""
    if form.present or form.lemma not in _SHADDA_VERB_LEMMAS or _SHADDA not in written[2:4]:
        return False
    nxt = phrase_tokens(text, e, limit=1)
    return bool(nxt) and (_clause_initial(text, s) or not (
        _clause_intro(nxt[0][2]) or fold(nxt[0][2]) in ("عن", "على", "الى", "في")))


#: Step 54b (span33): ``بين`` "between", bare or with a pronoun (``بينه``, ``بينهما``, ``بيننا``), as a
#: whole word: before it in the same clause, ``وبين`` is its correlative (``الخلافات بينه وبين فؤاد``,
#: ``العلاقات بين الحكومة وبين المعارضة``), not the verb ``وبيّن`` "and he made clear".
_BAYNA_RE = re.compile(r"(?<![\w\u0640])بين(?:ه|ها|هم|هما|هن|ي|نا|ك|كم|كما)?(?![\w\u0640])")
#: Characters that end the clause searched back for ``بين`` (:func:`correlative_bayna`).
_BAYNA_CLAUSE_STOPS = "،,.؛;:!؟?\n\"«»“”"
#: Characters searched back from ``وبين`` for ``بين``.
_BAYNA_WINDOW = 80


def correlative_bayna(text: str, s: int, e: int) -> bool:
    """True when ``وبين`` at ``text[s:e]`` (no shadda) is the second half of ``بين … وبين`` "between …
    and …": a ``بين`` (:data:`_BAYNA_RE`) stands before it in its clause (back to punctuation or a mark,
    at most :data:`_BAYNA_WINDOW` characters), and no complementizer follows (``وبين أن``: the verb).
    In nu32's store of 5,000 fresh articles ~10 statements ended at ``بينه`` before ``وبين`` (``وأوضح
    تامر عبد المنعم أن الخلافات بينه`` | ``وبين فؤاد تعود إلى …``): the next cue cut them."""
    lo = max(0, s - _BAYNA_WINDOW)
    for i in range(s - 1, lo - 1, -1):
        if text[i] in _BAYNA_CLAUSE_STOPS:
            lo = i + 1
            break
    if _BAYNA_RE.search(text, lo, s) is None:
        return False
    nxt = phrase_tokens(text, e, limit=1)
    return not (nxt and fold(nxt[0][2]) in ("ان", "بان", "انه", "انها", "بانه", "بانها"))


#: Verbs of opinion: negated they still state a view (``لا يتوقع بالفي أن …`` "Balvi does not expect
#: that …"), unlike a negated verb of saying (``ولم يعلن عن …``), which reports no statement.
OPINION_LEMMAS = frozenset({"توقع", "اعتبر", "رأى"})
#: Negation before a cue: ``ولم يعلن عن …`` reports no statement.
_NEGATIONS = frozenset(fold(w) for w in "لم ولم لن ولن لا ولا ما".split())


#: Lemmas whose noun object may be any word right after a known name (``وجدد لافروف استعداد …``);
#: the other lemmas with an ``object`` complement take only a verbal noun (:func:`verbal_noun_object`).
ANY_OBJECT_LEMMAS = frozenset({"نفى", "جدد"})
#: Lemmas whose participle is also an adjective (``بيانات منظمات منددة بوحشية القصف``, ``الرجل
#: المتهم``): a cue only after a comma or at a clause start (the adverbial ``، منددا بـ``).
CLAUSE_PARTICIPLE_LEMMAS = frozenset({"ندد", "اتهم", "شبه", "علل"})  # (شبه: step 53e; علل: 55f)
#: Lemmas whose ``ب`` complement may follow an adjunct or the accused (``ندد الكرملين الخميس
#: بتصريحات …``, ``اتهم التحالف الأمم المتحدة بالتحامل``), whatever noun follows ``ب``.
LATE_BA_LEMMAS = frozenset({"ندد", "اتهم"})
#: Lemmas whose object is the person or body addressed (``طالب الأزهر السلطات بـ``, ``أبلغ موسكو
#: بريطانيا أن``): the subject phrase stops before it (:func:`marsad.quotes.speakers.subject_phrase`).
ADDRESSEE_LEMMAS = frozenset({"طالب", "أبلغ", "دعا", "حث", "حض", "أهاب", "ناشد"})
#: Lemmas that take a direct noun object after their subject besides :data:`ADDRESSEE_LEMMAS` and the
#: cues with an ``object`` complement (``ووصف المسؤولون الروس الانفجار بأنه``, ``وحذرت الشرطة الناس من``,
#: ``واتهمت الدول الغربية دمشق ب``, ``وأقر البرلمان التعديل``, ``هدد``, ``طمأن``, ``رفض``): the subject phrase ends
#: where a definite noun phrase is closed (step 43, :func:`marsad.quotes.speakers.definite_object_start`).
NOUN_OBJECT_LEMMAS = frozenset({"وصف", "حذر", "اتهم", "أقر", "هدد", "طمأن", "رفض", "انتقد"})
#: Lemmas whose quotation must be a whole sentence of at least ``QUOTE_MIN_WORDS_UNCUED`` words:
#: ``أعلن``/``كتب`` are followed as often by a quoted name (``أعلنت "جمعة حرق العلم"``, ``أعلن
#: المتحدث باسم قوات التحالف "تحالف دعم الشرعية في اليمن"، العقيد …``) as by a quotation.
LONG_QUOTE_LEMMAS = frozenset({"أعلن", "كتب"})
#: Time adverbs that may stand between a cue's subject and its noun object (``يوم الأربعاء تعيين``).
_TIME_ADVERBS = frozenset(fold(w) for w in """اليوم أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء
الخميس الجمعة السبت الماضي الجاري صباحا مساء""".split())
#: Units of time after ``قبل``/``منذ``/``نحو`` (``أعلنت الأجهزة الأمنية قبل نحو شهرين العثور على …``,
#: ``أعلن قبل أيام توصله``): the time adjunct ends with the unit (step 39c), folded.
_TIME_UNITS = frozenset(fold(w) for w in """أيام يومين ساعات ساعتين أسابيع أسبوعين أشهر شهور شهرين سنوات
سنتين أعوام عامين دقائق""".split())
#: Words right before such a unit that make it a time adjunct (not ``أيام العيد``), folded.
_TIME_SPAN_HEADS = frozenset(fold(w) for w in "قبل منذ بعد نحو حوالي قرابة".split())
#: Manner adverbs that may stand there too (``نفت الحكومة باستمرار أي مسؤولية``, ``نفى بشدة تورطه``).
#: Prepositions written as words of their own (folded), which a cue may govern after a time adverb.
_PREPOSITION_WORDS = frozenset(fold(w) for w in "عن إلى على من".split())
_MANNER_ADVERBS = frozenset(fold(w) for w in "باستمرار بشدة جميعا قطعيا قطعا تماما رسميا مرارا مجددا أيضا".split())


#: Present forms read as impersonal passives at a clause start (``يذكر أن``, ``يشار إلى أن``).
_IMPERSONAL = frozenset(fold(w) for w in "يذكر يشار".split())


#: Relative pronouns: a cue right after one describes its antecedent (``الحكومة السورية التي نفت
#: مرارا استخدام …``), a background clause, not a new statement with a noun object.
_RELATIVES = frozenset(fold(w) for w in "الذي التي الذين اللذين اللتين اللواتي".split())


#: Cues whose ``على`` may come after an adjunct of the subject (``وتنص اتفاقية اليونيسكو لسنة 1970 على``).
LATE_ALA_LEMMAS = frozenset(("نص",))


#: Verbs of finding (``ووجد الباحثون أن``): a statement only with a subject and the complementizer
#: right after it (the impersonal ``ووُجد أن`` and ``وجد نفسه …`` are none).
IMMEDIATE_CLAUSE_LEMMAS = frozenset({"وجد"})
#: Verbs that report only with a colon right after them or their subject (``وواصل: "…"``, ``وزاد
#: الوزير: …``): both are common verbs of other meanings (``وزاد عدد القتلى إلى 50: …``). A lemma with a
#: ``clause`` complement (``زاد``, step 55f) also reports with ``أن``/``إن``/``بأن`` right there (``وزاد
#: ان الدراسات …``; not ``لأن`` "because").
COLON_AT_ONCE_LEMMAS = frozenset({"واصل", "زاد"})
#: Verbs of pledging (a statement with content by the held-out 4–6 conventions), whose bare forms in a
#: relative or subordinate clause describe a past pledge rather than report one.
PLEDGE_LEMMAS = frozenset({"تعهد", "وعد"})
_SUBORDINATORS = frozenset(fold(w) for w in "أن ان".split())


#: A possessive pronoun suffix at a word's end (``بيانها``), folded.
_PRONOUN_SUFFIX_RE = re.compile(r"(?:ه|ها|هم)$")


def _document_follows(text: str, pos: int) -> bool:
    """True when the word at ``pos`` is a document noun (:data:`DOCUMENT_FRAME_NOUNS`, with ``ال`` or a
    possessive suffix: ``بيان``, ``البيان``, ``بيانها``)."""
    nxt = phrase_tokens(text, pos, limit=1)
    if not nxt:
        return False
    w = fold(nxt[0][2])
    w = w[2:] if w.startswith("ال") else w
    return w in DOCUMENT_FRAME_NOUNS or _PRONOUN_SUFFIX_RE.sub("", w) in DOCUMENT_FRAME_NOUNS


_ISSUED_BY = frozenset(fold(w) for w in "صادر الصادر صادرة الصادرة عن".split())


def _document_issuer(text: str, base: int, e: int, phrase: Phrase, known: frozenset[str]) -> Phrase:
    """The speaker of ``جاء في`` + a document (the document starts at local ``e``): its issuer when the
    document names one (``بيان الأكاديمية`` → الأكاديمية, ``بيان صادر عن وزارة …``, ``رسالة لوزارة
    …``); the subject ``phrase`` as read when it names none (``البيان``: the dev-set convention), and
    an elided subject for a possessive (``بيانها``: the issuer is the last speaker)."""
    toks = phrase_tokens(text, e, limit=4)
    if not toks:
        return phrase
    w0 = fold(toks[0][2])
    if w0 not in DOCUMENT_FRAME_NOUNS and w0[2:] not in DOCUMENT_FRAME_NOUNS:
        return Phrase(base + toks[0][1], base + toks[0][1], "", "elided")  # بيانها, رسالته
    if phrase.kind == "elided" and w0[2:] in DOCUMENT_FRAME_NOUNS:
        # وجاء في القرار: the document is the subject (القرار, a thing, was read as a verb's object);
        # as written, or its issuer when one is named after it (below)
        phrase = Phrase(base + toks[0][0], base + toks[0][1], toks[0][2], "org", "", None, "", "")
    k = 1
    while k < len(toks) and fold(toks[k][2]) in _ISSUED_BY:
        k += 1
    if k >= len(toks) or not toks[k][2][:1].isalpha():
        return phrase
    s1, _e1, w1 = toks[k]
    f1 = fold(w1)
    if f1[:2] == "لل":
        return phrase
    if k == 1 and f1[2:] in DOCUMENT_FRAME_NOUNS and f1.startswith("ال"):
        # مسودة البيان: a document of a document (the draft of the statement), as written
        return Phrase(base + toks[0][0], base + s1 + len(w1), text[toks[0][0] : s1 + len(w1)], "org", "", None, "", "")
    start = s1 + 1 if (f1[:1] == "ل" and len(f1) > 3) else s1  # رسالة لوزارة الخارجية
    issuer, _ = subject_phrase(text, start, base, (), known)
    if issuer.kind == "elided" or not issuer.text:
        return phrase
    words = issuer.text.split()
    if fold(words[0]) in ORG_HEADS:  # وزارة الاقتصاد والتجارة القطرية: the organisation as written
        return Phrase(issuer.start, issuer.end, issuer.text, "org", "", None, "", "")
    return issuer


#: Words before ``أن`` that make it a time or concessive clause (``بعد أن``, ``قبل أن``, ``منذ أن``,
#: ``رغم أن``), folded: never the complement of a cue before them.
_TEMPORAL_BEFORE_AN = frozenset(fold(w) for w in "بعد قبل منذ رغم برغم عقب".split())
#: Temporal subordinators: a cue right after one (``وقال التجار إن الأسعار ارتفعت حين قالت شركة …
#: إن …``) is inside the statement around it, not a clause of its own.
_TEMPORAL_SUBORDINATORS = frozenset(fold(w) for w in "حين حينما عندما بعدما لما".split())


def _after_temporal(text: str, pos: int) -> bool:
    before = text[max(0, pos - 16) : pos].split()
    if len(before) >= 2 and fold(before[-2]) == "في":
        return False  # في حين قالوا …: "whereas", a clause of its own
    return bool(before) and fold(before[-1]) in _TEMPORAL_SUBORDINATORS


def _after_subordinator(text: str, pos: int) -> bool:
    """True when a relative pronoun or ``أن`` stands right before ``pos``, or before it with only ``قد``
    and ``كان`` forms between (``بعد أن كانوا قد تعهدوا``)."""
    before = text[max(0, pos - 30) : pos].split()[-3:]
    while before and (fold(before[-1]) in _MODAL_QAD or fold(before[-1]).startswith(("كان", "يكون"))):
        before.pop()
    return bool(before) and (fold(before[-1]) in _RELATIVES or fold(before[-1]) in _SUBORDINATORS)


def _after_relative(text: str, pos: int) -> bool:
    before = text[max(0, pos - 10) : pos].split()
    return bool(before) and fold(before[-1]) in _RELATIVES


@word_memo(WORD_TEST_CACHE)
def _other_cue(tok: str) -> bool:
    """True when ``tok`` (a word between a cue and its complement) is another cue verb that ends the
    search: not a bare ``عبر``/``بين`` (the prepositions "via", "between": ``وقالت الشرطة … عبر
    صفحتها …، إنها``) nor a bare ambiguous form (``تابع``, ``ذكر`` as nouns), which need a proclitic.
    Kept per word (:data:`marsad.quotes.speakers.WORD_TEST_CACHE`): the cue tables it reads are constant."""
    return _other_cue_of(tok)


@word_memo(WORD_TEST_CACHE)
def _clause_intro(tok: str) -> bool:
    """``CLAUSE_INTRO_RE.match(fold(tok)) is not None`` (a complementizer: ``أن``, ``بأنه``, ``إنها``),
    kept per word (:data:`marsad.quotes.speakers.WORD_TEST_CACHE`): the readers below test every token."""
    f = fold(tok)
    return f[:1] in CLAUSE_INTRO_FIRST and CLAUSE_INTRO_RE.match(f) is not None  # (speed31: the pattern only
    # for a word that starts as its matches do)


def _other_cue_of(tok: str) -> bool:
    c = lookup(tok)
    if c is not None:
        if c.lemma == REQUEST_LEMMA:
            return False  # الذين طلبوا عدم الكشف عن هويتهم، إن …: a request inside the subject
        return c.participle or not (c.ambiguous or c.lemma in NEEDS_CLITIC)
    c = lookup(tok[1:]) if len(tok) > 1 and tok[0] in "وف" else None
    return c is not None and c.lemma != REQUEST_LEMMA


#: Demonstratives that, right after a cue's preposition, point back to a statement written elsewhere
#: (``وعبرت عن ذلك بكلمات شاعرية في تغريدة … قائلة: "…"``), folded.
_DEMONSTRATIVES = frozenset(fold(w) for w in "ذلك هذا هذه تلك ذاك".split())


#: What announces the quotation that a demonstrative content points to (``… قائلة: "…"``).
_QUOTATION_AHEAD_RE = re.compile(r"[\"«“]|(?<!\w)(?:قائل|بالقول|بقول)")


def _quotation_ahead(text: str, pos: int, end: int) -> bool:
    """``_QUOTATION_AHEAD_RE.search(text, pos, end) is not None``: a mark found by ``str.find`` answers
    at once, and the pattern (whose look-behind the engine tried at every character) runs only when
    one of its words is written in the range (speed22)."""
    if pos < 0:
        return _QUOTATION_AHEAD_RE.search(text, pos, end) is not None
    find = text.find
    if find('"', pos, end) >= 0 or find("«", pos, end) >= 0 or find("“", pos, end) >= 0:
        return True
    if find("قائل", pos, end) < 0 and find("بالقول", pos, end) < 0 and find("بقول", pos, end) < 0:
        return False
    return _QUOTATION_AHEAD_RE.search(text, pos, end) is not None


def _anaphoric_content(text: str, pos: int, sent_end: int) -> bool:
    """True when the prepositional content at local ``pos`` is a demonstrative standing alone (``عن
    ذلك``, ``إلى هذا``; not the determiner of ``إلى ذلك التقرير``) and a quotation follows in the
    sentence (a mark, ``قائلا``, ``بالقول``): the demonstrative points to that quotation, which is
    the statement, so this cue reports none of its own (``وعبرت عن ذلك بكلمات شاعرية في تغريدة
    قائلة: "…"``). Without a quotation after it the content stays (``إذ تعلن عن ذلك لتؤكد …``). A
    bare ``ب`` + demonstrative (``بذلك``) is read the same."""
    if not _quotation_ahead(text, pos, sent_end):
        return False
    toks = phrase_tokens(text, pos, limit=3)
    if not toks:
        return False
    first = fold(toks[0][2])
    if first[:1] == "ب" and first[1:] in _DEMONSTRATIVES:
        nxt = toks[1:2]
    elif len(toks) >= 2 and fold(toks[1][2]) in _DEMONSTRATIVES:
        nxt = toks[2:3]
    else:
        return False
    return not (nxt and fold(nxt[0][2]).startswith("ال"))


#: A preposition with a pronoun right after a cue (``ووجه كلمة لجمهور الزمالك أكد فيها أن …``, ``قال
#: خلاله``): the cue opens a relative clause about a speech or document named before it, a statement
#: of its own, not part of the statement around it.
RESUMPTIVE_AFTER_RE = re.compile(r"\s+(?:في|خلال)(?:ه|ها)(?=[\s:،,\"«“])")


#: Particles that put an imperfect verb in the subjunctive or the future negative (``أن يصرح``,
#: ``لن يقول``, ``كي يعلن``): the verb names a possible or denied act, not a statement made.
_SUBJUNCTIVE_PARTICLES = frozenset(fold(w) for w in "أن ان لن كي لكي حتى".split())


def _after_subjunctive(text: str, pos: int) -> bool:
    """True when a subjunctive particle stands right before ``pos``; not ``أن`` after ``بعد``/``قبل``/
    ``منذ`` (``قبل أن يعلن مجددا أن القمة ستعقد``: a past event told in the imperfect)."""
    before = text[max(0, pos - 16) : pos].split()
    if not before or fold(before[-1]) not in _SUBJUNCTIVE_PARTICLES:
        return False
    return not (len(before) >= 2 and fold(before[-1]) in ("ان", "أن") and fold(before[-2]) in _TEMPORAL_BEFORE_AN)


def _after_modal_qad(text: str, pos: int) -> bool:
    before = text[max(0, pos - 8) : pos].split()
    return bool(before) and fold(before[-1]) in _MODAL_QAD


def _negated(text: str, pos: int) -> bool:
    before = text[max(0, pos - 6) : pos].split()
    return bool(before) and fold(before[-1]) in _NEGATIONS


@dataclass(slots=True)
class CueHit:
    """One cue of a paragraph (local offsets): the cue span and form, its subject phrase, and where its
    content starts (``content_start``) with the kind of complement (``clause``, ``colon``, ``quote``,
    ``prep``, ``object``); ``mark`` is the local offset of the opening mark for a ``quote``;
    ``opens_clause`` (see the field comment)."""

    start: int
    end: int
    form: CueForm
    phrase: Phrase
    complement: str
    content_start: int
    mark: int | None = None
    #: the cue starts a clause (proclitic, participle, after a comma or a clause opener); a cue that
    #: does not is embedded in the statement around it (``أفاد أن الحكومة طالبت بتعجيل …``)
    opens_clause: bool = True
    #: local offset the statement may not run past (``None``: none besides the usual ends): the comma
    #: that closes a fronted ``وبعد إعلان X أن …،`` before its main clause (:func:`announcement_nouns`)
    limit: int | None = None


def sentence_ends_python(text: str) -> list[int]:
    """Local offsets just after each sentence end in ``text`` (the paragraph end included)."""
    # (the pattern tried only at its marks, found by one compiled character scan: the engine tested
    # its first character class at every character of every line; a match is one character and its
    # look-behinds see the text before ``p``, so the same ends as ``finditer``; speed17)
    match = SENTENCE_END_RE.match
    marks = (_SENTENCE_MARK_POSITIONS(text, 0, len(text)) if _SENTENCE_MARK_POSITIONS is not None
             else char_positions(text, _SENTENCE_MARKS))
    ends = [p + 1 for p in marks if match(text, p) is not None]
    ends.append(len(text))
    return ends


def _compiled_sentence_ends():
    """The compiled ``sentence_ends`` of ``marsad._speedups.quotes`` (one C loop over the characters,
    no pattern call per mark; speed30), or ``None``: not built, stale, disabled, or built for another
    :data:`SENTENCE_END_RE` (it reads that pattern's rule in C, so it is used only while the pattern is
    the one it was written for; ``tests/test_speedups_quotes.py`` compares both)."""
    compiled = _speedups.load("quotes")
    if compiled is None or getattr(compiled, "SENTENCE_END_PATTERN", None) != SENTENCE_END_RE.pattern:
        return None
    return compiled.sentence_ends


#: ``sentence_ends(text) -> list[int]``: :func:`sentence_ends_python`, or its compiled form.
sentence_ends = _compiled_sentence_ends() or sentence_ends_python


def inside(extents: list[tuple[int, int]], pos: int) -> bool:
    """True when ``pos`` lies in one of ``extents`` (``(start, end)`` pairs sorted by start, not
    overlapping: the top-level quoted spans of a line); bisection, not a scan."""
    if not extents:
        return False  # (most lines have no quoted span; speed22)
    i = bisect_right(extents, (pos, _INF)) - 1
    return i >= 0 and extents[i][0] <= pos < extents[i][1]


_INF = float("inf")


def next_end(ends: list[int], pos: int) -> int:
    """The first sentence end strictly after ``pos`` (``ends`` ascending; the last when none is).
    Bisection: called once per cue, a linear scan made a paragraph of thousands of cues quadratic."""
    i = bisect_right(ends, pos)
    return ends[i] if i < len(ends) else ends[-1]


#: Two-word contrastive openers with the subject pronoun (``إلا أنه قال``, ``غير أنها أكدت``).
_CONTRAST_PAIRS = frozenset(f"{a} {b}" for a in ("الا", "غير") for b in ("انه", "انها", "انهم"))


#: Adverbs of time that may open a clause before its verb (``مؤخراً وصف المالكي …``), folded.
_CLAUSE_TIME_ADVERBS = frozenset(fold(w) for w in "مؤخرا مؤخراً أمس اليوم حاليا سابقا لاحقا آنذاك وقتها".split())


def _after_idh(text: str, pos: int) -> bool:
    """Step 51y: True when the word before local ``pos`` is ``إذ`` "as, since", which opens a clause of
    its own (``…، إذ دعت أنقرة إلى هدنة``, ``…، إذ قال مسؤول …``)."""
    before = text[max(0, pos - 6) : pos].split()
    return bool(before) and fold(before[-1]) == _IDH and text[pos - 1 : pos] == " "


_IDH = fold("إذ")


def _after_comma(text: str, pos: int) -> bool:
    """True when the word at local ``pos`` follows a comma (spaces between): ``…، مؤكدا استمرار``."""
    before = text[max(0, pos - 4) : pos].rstrip()
    return bool(before) and before[-1] in "،,"


def _clause_initial(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    last = before[-12:].rsplit(None, 1)[-1] if before else ""
    while last and fold(last) in _CLAUSE_TIME_ADVERBS:  # مؤخراً وصف …
        before = before[: len(before) - len(last)].rstrip()
        last = before[-12:].rsplit(None, 1)[-1] if before else ""
    if not before or before[-1] in ".،,:؛;!؟?(\"«“-–—":
        return True
    last2 = before.rsplit(None, 2)[-2:]
    if len(last2) == 2 and fold(" ".join(last2)) in _CONTRAST_PAIRS:
        return True  # …، إلا أنه قال إن …: a clause of its own
    return fold(last2[-1]) in _CLAUSE_OPENERS


def _bare_with_complement(text: str, s: int, e: int, form: CueForm) -> bool:
    """True when a bare ambiguous past cue in mid-clause (``الحزب دعا إلى``, ``المتحدث ذكر أن``,
    ``الذي رأى أن``) is followed at once by its complement — a complementizer, or its preposition
    ``إلى``/``على``/``عن`` (not ``ب``: ``طالب بجامعة`` is a student) — after a word that can end a
    subject (not a preposition or particle): the verb of a pre-posed subject, not the noun. This holds
    for the prepositions ``عبر``/``بين`` too: "via" or "between" is never followed by ``عن`` or a
    complementizer (``… الأموال عبر عن رغبته``)."""
    if form.present:
        return False  # (بيانا يدعو إلى …: a document's content, not a speaker's statement)
    nxt = phrase_tokens(text, e, limit=1)
    before = text[max(0, s - 30) : s].split()
    if not nxt or not before or not before[-1][:1].isalpha():
        return False
    if is_stop(before[-1]) and fold(before[-1]) not in _RELATIVES:
        return False
    f = fold(nxt[0][2])
    return (CLAUSE in form.complements and CLAUSE_INTRO_RE.match(f) is not None) or (
        f in ("الى", "على", "عن") and any(fold(c) == f for c in form.complements))


#: Most tokens of a subject between a bare ``عبر`` and its ``عن`` + feeling (``عبر رئيس نادي الزمالك
#: مرتضى منصور عن أسفه``).
_EXPRESSING_SUBJECT_TOKENS = 8
#: Subordinators of cause or manner that may open the clause of a bare ``عبر`` (``إذ عبر أردوغان عن
#: غضبه``, held-out 68), folded; "via" never follows them (step 41c).
_EXPRESSING_OPENERS = frozenset(fold(w) for w in "إذ اذ".split())
#: Most words of a quoted name inside the subject of a bare ``عبر`` (``كما عبر "مركز الميزان" عن قلقه``).
_EXPRESSING_QUOTED_WORDS = 4


def _bare_expressing(text: str, s: int, e: int, form: CueForm) -> bool:
    """True when a bare ``عبر`` (also "via") starts a clause — the line start, after punctuation, a
    closing parenthesis (``(18,01 بتوقيت غرينتش) عبر آلاف الأشخاص عن فرحهم``), a clause opener or
    ``إذ`` — and ``عن`` + a noun of feeling (:func:`marsad.quotes.cues.is_feeling_noun`), possibly
    after an opening mark (``عن "قلقه العميق …"``), follows after a subject of at most
    :data:`_EXPRESSING_SUBJECT_TOKENS` words with no punctuation but an apposition's commas (``فيما
    عبرت والدته، بآتي ماليت، عن سعادتها``), time adverbs between commas (``عبّر المدير العام …
    أحمد أوزومجو، الإثنين، عن``) and a short quoted name (``كما عبر "مركز الميزان" عن قلقه``): the verb
    "expressed", never the preposition, which is not followed by a subject and a feeling (the
    held-out 45, 47 and 68 conventions annotate all of them, step 41c)."""
    if "عن" not in form.complements:
        return False
    before = text[:s].rstrip()
    if before and before[-1] not in ".،,:؛;!؟?()\"«“-–—":
        last = fold(before.rsplit(None, 1)[-1])
        if last not in _CLAUSE_OPENERS and last not in _EXPRESSING_OPENERS:
            return False
    toks = phrase_tokens(text, e, limit=_EXPRESSING_SUBJECT_TOKENS + 8)
    words = 0
    quoted = -1  # words inside an open quoted name, -1 outside one
    for k, (_s, _e, tok) in enumerate(toks):
        if tok in MARK_FAMILY:
            if quoted >= 0:
                quoted = -1  # the closing mark of the quoted name
                continue
            quoted = 0
            continue
        if quoted >= 0:
            quoted += 1
            if quoted > _EXPRESSING_QUOTED_WORDS or not tok[:1].isalnum():
                return False
            words += 1
            continue
        if tok in ("،", ",") and k:
            continue  # an apposition between commas: فيما عبرت والدته، بآتي ماليت، عن سعادتها
        if not tok[:1].isalnum():
            return False
        if fold(tok) == "عن":
            if k == 0 or k + 1 >= len(toks):
                return False
            nxt = toks[k + 1][2]
            if nxt in MARK_FAMILY and k + 2 < len(toks):
                nxt = toks[k + 2][2]  # عن "ارتياحها وسعادتها": the feeling quoted in part
            return is_feeling_noun(nxt)
        if fold(tok) not in _TIME_ADVERBS:
            words += 1
        if words > _EXPRESSING_SUBJECT_TOKENS:
            return False
    return False


def _whole_quotation_at(text: str, pos: int, mark_starts: dict[int, int]) -> bool:
    """True when the first token after local ``pos`` is an opening mark whose quotation ends its
    sentence and holds at least ``QUOTE_MIN_WORDS_UNCUED`` words (``mark_starts``: opening mark →
    words, 0 for a quoted name inside a clause)."""
    if text[pos : pos + 3].lstrip()[:1] not in MARK_FAMILY:
        return False  # (the usual case, without a token scan)
    nxt = phrase_tokens(text, pos, limit=1)
    return bool(nxt) and nxt[0][2] in MARK_FAMILY and mark_starts.get(nxt[0][0], 0) >= settings.QUOTE_MIN_WORDS_UNCUED


def _subject_before_qad(text: str, pos: int) -> bool:
    """True when a cue at ``pos`` follows a bare ``قد`` that follows a word of its clause
    (``وكانت اللجنة … قد دعت``, ``الوزير قد أكد``): the subject was written before ``قد``. Not
    ``وقد أكد``/``فقد أعلن``/``لقد`` (sentence openers, the subject follows the verb), nor ``قد`` at a
    clause start; nor ``كان قد`` opening its clause (``وكان قد أعلن وزير النقل``, ``كما كانت قد أكدت
    الوزارة``: the pluperfect's subject follows the verb; step 43, nu18 A110), whereas ``الوزير كان قد
    أكد`` keeps its subject before ``كان``."""
    before = text[max(0, pos - 40) : pos].split()
    if not (len(before) >= 2 and fold(before[-1]) == "قد" and before[-2][:1].isalpha()
            and before[-2][-1:].isalpha() and fold(before[-2]) not in _CLAUSE_OPENERS):
        return False
    kana = fold(before[-2])
    if kana in _KANA_PAST and (kana[:1] in "وف" or len(before) < 3 or not before[-3][-1:].isalpha()
                               or fold(before[-3]) in _CLAUSE_OPENERS):
        return False  # (كان قد + verb at a clause start: the subject is after the verb)
    return True


#: ``كان`` and its sisters in the past, with or without ``و``/``ف`` (folded): before a subject and a
#: past verb they make the pluperfect (``وكان ترامب ذكر``, ``وكانت الوزارة بينت``).
_KANA_PAST = frozenset(fold(p + w) for w in "كان كانت كانوا كانا كانتا".split() for p in ("", "و", "ف"))
#: "One of", "most", "first" …: an ambiguous word after them is an elative or a noun (``أحد أبرز``).
_PARTITIVES = frozenset(fold(w) for w in "أحد إحدى أكثر أول من بين".split())
#: Most words of a subject between ``كان`` and a bare ambiguous past cue.
_KANA_SUBJECT_WORDS = 4


def _after_kana_subject(text: str, pos: int) -> bool:
    """True when a bare ambiguous past cue at ``pos`` follows ``كان`` + a short subject in the same
    clause (``وكان ترامب ذكر، أمس الأربعاء، أنه``, ``وكانت وزارة الصحة بينت``): كان + subject + a
    past verb is the pluperfect (standard Arabic grammar), so the word is the verb, not the noun
    ``ذكر`` or the preposition ``بين``. The subject holds no stop word or punctuation and at most
    :data:`_KANA_SUBJECT_WORDS` words (1,612 such clauses with an ambiguous cue in the corpora)."""
    before = text[max(0, pos - 80) : pos].split()
    if before and fold(before[-1]) in _PARTITIVES:
        return False  # كان أحد أبرز وجوه الحملة: the elative after "one of", not the verb
    for k in range(1, min(len(before), _KANA_SUBJECT_WORDS + 1) + 1):
        w = before[-k]
        if fold(w) in _KANA_PAST:
            return k >= 2
        if not w.isalpha() or is_stop(w):
            return False
    return False


def _quoted_clause_words(text: str, mark: int) -> int:
    """Words inside the quotation opened at ``mark`` when it closes within its line (0 when it does
    not): ``على "أننا نعيش في القرن الـ21"`` → 6."""
    line_end = text.find("\n", mark)
    line_end = len(text) if line_end < 0 else line_end
    close = next((j for j in range(mark + 1, line_end) if text[j] in MARK_FAMILY), -1)
    return len(text[mark + 1 : close].split()) if close > 0 else 0


def _impersonal_link(text: str, pos: int) -> bool:
    """True when the word after an impersonal ``يذكر``/``يشار`` with a proclitic is a complementizer
    or ``إلى`` (``ويذكر أن …``, ``ويشار إلى أن …``): no subject between, so no speaker."""
    nxt = phrase_tokens(text, pos, limit=1)
    return bool(nxt) and (CLAUSE_INTRO_RE.match(fold(nxt[0][2])) is not None or fold(nxt[0][2]) == "الى")


@word_memo(4_096)
def _cue_preps(complements: tuple[str, ...]) -> tuple[str, ...]:
    """The prepositions among a cue form's ``complements`` (all but clause, colon, quote and object),
    in order; kept per complements tuple (a few dozen distinct ones; it was a generator per cue: speed17)."""
    return tuple(c for c in complements if c not in (CLAUSE, COLON, QUOTE, OBJECT))


def find_cues(
    text: str, base: int, inside_marks: list[tuple[int, int]], known: frozenset[str], mark_starts: dict[int, int],
    subjects: list | None = None, ends: list[int] | None = None, cues: list[CueMatch] | None = None,
) -> list[CueHit]:
    """Every cue of paragraph ``text`` (``base`` its absolute offset) that has a complement.

    ``inside_marks``: local ``(start, end)`` extents of quoted spans, where cues are ignored;
    ``known``: folded name tokens of the article; ``mark_starts``: local offset of each opening mark →
    the number of words it quotes; ``subjects``, when given, collects ``(offset, phrase, gender)`` of
    cues that have a subject but no complement (``أكد المدير … يوسف صولا، إصابة …``), so that the
    speaker is known to the elided subjects that follow. ``ends``: local sentence ends of ``text``
    (ascending, the paragraph end last; :func:`sentence_ends` when not given). ``cues``: the cue
    candidates of ``text`` when the caller has read them already (``list(iter_cues(text))``; read
    here when not given).
    """
    hits: list[CueHit] = []
    consumed_to = -1
    for m in iter_cues(text) if cues is None else cues:
        s, e = m.start, m.end
        if s < consumed_to or inside(inside_marks, s):
            continue
        form = m.cue
        if form.lemma in NOMINAL_CUE_LEMMAS and not _governed_verbal_noun(text, s, e, m.form, form.lemma):
            continue  # من الخطأ التأكيد على أن …: a verbal noun not governed by its speaker's verb
        if form.lemma == TOPIC_LEMMA and not _report_talks(text, s, e):
            continue  # تحدث وزير الدفاع عن التعاون: a person's topic, no statement (step 31)
        if form.lemma in FINDING_LEMMAS and not form.participle:
            if ends is None:
                ends = sentence_ends(text)
            if not _finding_subject(text, e) or _inside_statement(hits, s, ends, text) or _finding_nested(text, s):
                if form.lemma == "أثبت":
                    continue  # أثبتت المقاطعة صحته: no study speaks
            else:  # أظهرت بيانات البنك المركزي أن …, أثبتت دراسة جديدة، أن …
                form = CueForm(form.lemma, form.gender, form.plural, form.participle,
                               (CLAUSE, OBJECT, FEELING), form.ambiguous, form.present, form.dual)
        if form.lemma == "بين" and m.clitic and not form.participle and _SHADDA not in m.form and correlative_bayna(
                text, s, e):
            continue  # الخلافات بينه وبين فؤاد: the preposition's second half, not ``وبيّن`` (step 54b)
        if form.lemma in NEEDS_CLITIC and not m.clitic and not form.participle and not (
                form.plural and form.lemma in _PLURAL_SUFFIX_VERBS and _PLURAL_COMPLEMENT_RE.match(text, e)
        ) and not _bare_with_complement(
                text, s, e, form) and not _bare_expressing(text, s, e, form) and not (_SHADDA in m.form and shadda_verb(text, s, e, m.form, form)):
            continue
        if _negated(text, s) and form.lemma not in OPINION_LEMMAS:
            continue
        if fold(m.form) in _IMPERSONAL and (
                (not m.clitic and _clause_initial(text, s)) or (m.clitic and _impersonal_link(text, e))):
            continue  # (و)يذكر أن … (it is noted that): no speaker; the clause's own cues are read
        if form.present and not m.clitic and _after_modal_qad(text, s):
            continue  # قد يعلن: "may announce"
        if form.present and not m.clitic and _after_subjunctive(text, s):
            continue  # من الطبيعي أن يصرح مثل هذه التصريحات, لن يقول: no statement was made
        if form.lemma in DOCUMENT_FRAME_LEMMAS and not _document_follows(text, e):
            continue  # جاء في المرتبة الثانية: no document, no statement
        if form.participle and form.lemma in CLAUSE_PARTICIPLE_LEMMAS and not _clause_initial(text, s):
            continue  # بيانات منظمات غير حكومية منددة بوحشية القصف: an adjective, not a cue
        if form.lemma == _CONSIDER_LEMMA and form.present and not m.clitic and _considered(text, s, e):
            continue  # محمد العريفي، الذي يعتبر أحد وجوه …،: "who is considered", no statement (step 53d)
        if form.lemma in PLEDGE_LEMMAS and not m.clitic and _after_subordinator(text, s):
            continue  # الدول التي تعهدت بتقديم …, إلا بعد أن تعهدت بـ …: a background pledge
        if (form.ambiguous and not form.participle and not m.clitic and not _clause_initial(text, s)
                and not _bare_with_complement(text, s, e, form) and not _bare_expressing(text, s, e, form)
                and not _after_kana_subject(text, s) and (form.present or not _after_idh(text, s))
                and not (_SHADDA in m.form and shadda_verb(text, s, e, m.form, form))):
            continue  # (after إذ a past form only: إذ يطالب معارضون بـ… describes a state, held-out 41)
        if ends is None:
            ends = sentence_ends(text)
        sent_end = next_end(ends, s)
        toks = phrase_tokens(text, e, limit=1)
        link = toks[0] if toks and fold(toks[0][2]) in SAY_LINKS else None
        if link is not None:  # 4. a following قائلا / بالقول joins the cue
            e = link[1]
            form = CueForm(form.lemma, form.gender, form.plural, form.participle,
                           tuple(dict.fromkeys(form.complements + (CLAUSE, COLON, QUOTE))), form.ambiguous)
        if form.participle or link is not None:
            phrase = Phrase(base + e, base + e, "", "elided")
            comp = _complement_at(text, e, form, mark_starts, immediate=True, sent_end=sent_end)
            if (comp is not None and comp[0] == "prep" and form.lemma == ACCUSE_LEMMA
                    and fold(text[comp[1] : comp[1] + 4]) != "بعض"):
                # ، متهمة بقتل زوجها, متهما بمساعدة جماعة …: the passive "accused of" (متَّهَمة), nobody
                # speaks (fresh text; not بعض, the object: متهما بعض وسائل الإعلام بشن …) (step 41c)
                comp = None
            if comp is None and CLAUSE in form.complements:
                comp = clause_after_adjunct(text, e, sent_end, mark_starts, quote_ok=QUOTE in form.complements)
            if comp is None and form.lemma in PRAYER_LEMMAS:
                comp = invoked_content(text, e, sent_end, object_ok=form.lemma == "سأل")  # سائلا الله أن …
            if comp is None and form.lemma in ADDRESSEE_LEMMAS:
                comp = prep_after_addressee(text, e, form, sent_end)
            if comp is None and FEELING in form.complements:
                obj = feeling_object(text, e, sent_end, immediate=True)
                comp = ("object", obj, None) if obj is not None else None
            if comp is None and form.lemma == EXPLAIN_LEMMA:
                comp = _explained_cause(text, e, form, mark_starts, sent_end)  # معللين ذلك بأنها …
            if (comp is None and form.lemma in PARTICIPLE_OBJECT_LEMMAS and not m.clitic
                    and _clause_initial(text, s)
                    and (not _inside_statement(hits, s, ends)
                         or (_after_comma(text, s) and not _inside_clause_statement(hits, s, ends)))):
                # (after a statement of its sentence too when a comma stands before the participle:
                # ``وقال إن …، مؤكداً استمرار الاتصالات …`` is two statements, the 43 dev sets split it
                # 30 times and read it into the statement before 3 times; step 52d, rec31)
                obj = participle_object(text, e, sent_end)
                comp = ("object", obj, None) if obj is not None else None  # مؤكدا عدم تهاون الوزارة …
            if comp is None and form.lemma in OBJECT_THEN_BA_LEMMAS and not (
                    form.lemma == ACCUSE_LEMMA and (fold(text[e:].lstrip()[:1]) == "ب"
                                                    or _inside_indirect_statement(hits, s, ends))):
                # (، متهما X بـ … after an indirect statement of its sentence continues it: the seed and dev
                # convention of step 36, as for PARTICIPLE_OBJECT_LEMMAS; after a closed quotation it
                # is a statement of its own, held-out 66)
                obj = described_object(text, e, sent_end)
                comp = ("object", obj, None) if obj is not None else None  # واصفا تلك التصريحات بأنها …
            if comp is None and form.lemma in SMALL_CLAUSE_LEMMAS:
                first = phrase_tokens(text, e, limit=1)
                if (first and first[0][0] < sent_end and first[0][2][:1].isalpha() and not is_stop(first[0][2])
                        and _predicate_after(text, first[0][0], sent_end)):
                    comp = ("object", first[0][0], None)  # معتبرا بيع التمثال سلوكا «غير أخلاقي»
        elif form.lemma == ASCRIBE_LEMMA:
            ascribed = _ascribed_source(text, e, base, known, sent_end)
            if ascribed is None:
                continue  # نسبت الغارات إلى التحالف: an act ascribed, no words
            phrase, p_end = ascribed
            comp = _complement_at(text, p_end, form, mark_starts, immediate=False, sent_end=sent_end)
        elif form.lemma == VIA_LEMMA and (via_pron := _via_pronoun(text, e, base, known, sent_end)) is not None:
            # ونقلت الوكالة عنه قوله إن …, ونقلت عنه الوكالة قوله: …: the speaker is the pronoun's (step 55f)
            phrase, p_end, gender, plural = via_pron
            form = CueForm(form.lemma, gender, plural, form.participle, form.complements, form.ambiguous, form.present)
            comp = _complement_at(text, p_end, form, mark_starts, immediate=False, sent_end=sent_end)
        elif form.lemma == VIA_LEMMA:
            # نقل عن: ونقلت وكالة رويترز عن المتحدث باسم الوزارة قوله إن … — the speaker follows عن
            medium, p_end = subject_phrase(text, e, base, (), known)
            via = phrase_tokens(text, p_end, limit=2)
            if len(via) == 2 and fold(via[0][2])[:2] == "لل" and fold(via[1][2]) == "عن":
                via = via[1:]  # ونقلت وكالة رويترز للأنباء عن …: the medium's own ل complement
            if len(via) == 2 and fold(via[0][2]) == "على" and fold(via[1][2]) == "لسان":
                via = via[1:]  # ونقلت وكالة تسنيم على لسان اللواء … قوله: "on the tongue of", as عن
            elif not via or fold(via[0][2]) != "عن":
                late = _late_via(text, p_end, sent_end)
                if late is None:
                    continue  # نقل without عن: transported, not reported
                via = [late]  # ونقلت صحيفة "ماركا" الإسبانية يوم الثلاثاء عن …: past the medium's rest
            if via[0][2][:1] not in ("ع", "ل"):
                # كما نقلت قناة سكاي نيوز، أن …: the medium's own report, its clause with no عن (step 54c);
                # only the verb opening its clause with a medium after it (not the noun: قرار نقل السفارة بأنه)
                if not (medium.text and (bool(m.clitic) or _clause_initial(text, s))) or _relayed_cue(
                        text, via[0][1], sent_end):
                    continue
                phrase, comp = medium, ("clause", via[0][0], None)
            else:
                phrase, p_end = subject_phrase(text, via[0][1], base, (), known)
                if phrase.kind == "elided":
                    phrase, p_end = _source_before_say(text, via[0][1], base) or (phrase, p_end)
                say = phrase_tokens(text, p_end, limit=1)
                if say and fold(say[0][2]) in SAY_LINKS:
                    p_end = say[0][1]
                elif phrase.kind in ("name", "nominal", "source") and phrase.text:
                    # عن قائد مؤيد للرئيس السوري بشار الأسد قوله إن: the source runs on over its ل
                    # complement up to قوله (no other stop, mark or clause between), kept as written
                    ahead = phrase_tokens(text, p_end, limit=8)
                    k = next((i for i, t in enumerate(ahead) if fold(t[2]) in SAY_LINKS), 0)
                    if k and all(t[2][:1].isalpha() and (fold(t[2])[:1] == "ل" or not is_stop(t[2])) for t in ahead[:k]):
                        s1 = phrase.start - base
                        phrase = Phrase(phrase.start, base + ahead[k - 1][1], text[s1 : ahead[k - 1][1]], "source")
                        p_end = ahead[k][1]
                comp = _complement_at(text, p_end, form, mark_starts, immediate=False, sent_end=sent_end)
        elif form.lemma == REQUEST_LEMMA:
            # وطلبت زعيمة ميانمار الفعلية من شعبها أن يحافظ …: the subject, من and the addressee, then
            # what is requested
            if (_after_relative(text, s) or _after_wa_relative(text, s) or _after_subordinator(text, s)
                    or _inside_statement(hits, s, ends, text)):
                continue
            phrase, p_end = subject_phrase(text, e, base, ("من",), known)
            first = phrase.text.split()[0] if phrase.text else ""
            if first and (_verbal_noun_word(first) or fold(first) in _PARTITIVE_HEADS):
                continue  # وطلب استعجال من الخديوي: the noun "request"; طلبت المزيد من التحقيق: no addressee
            if not phrase.text and form.gender != "f" and not form.plural:
                continue  # وطلب من المرضى إسقاط …: the impersonal passive طُلب, nobody's request
            comp = request_content(text, p_end, sent_end, mark_starts)
            if comp is None:
                continue  # (طلب عدم ذكر اسمه: no statement, and no speaker for the cues after it)
        elif QUOTE in form.complements and _whole_quotation_at(text, e, mark_starts):
            # وأضاف "أن سعة "سايت" في الحوسبة …": a whole quotation right after the verb, with an elided
            # subject (no subject is read inside the marks)
            mark = phrase_tokens(text, e, limit=1)[0][0]
            phrase = Phrase(base + e, base + e, "", "elided")
            comp = ("quote", mark + 1, mark)
        else:
            preps = _cue_preps(form.complements)
            phrase, p_end = subject_phrase(
                text, e, base, preps, known,
                object_follows=(form.lemma in ANY_OBJECT_LEMMAS or form.lemma == CRITICISE_LEMMA) and bool(known),
                # (a finding's subject may itself look like a verbal noun: أظهر استطلاع جديد للرأي، انخفاض …)
                verbal_object=(OBJECT in form.complements or form.lemma == CRITICISE_LEMMA) and not (
                    form.lemma in FINDING_LEMMAS and _verbal_noun_word(text[e:].split(None, 1)[0] if text[e:].strip() else "")),
                addressee=form.lemma in ADDRESSEE_LEMMAS,
                transitive=(OBJECT in form.complements or form.lemma in ADDRESSEE_LEMMAS
                            or form.lemma in NOUN_OBJECT_LEMMAS),
            )
            if (phrase.text and form.plural and not form.participle and fold(m.form).endswith(("وا", "ون"))
                    and form.lemma in ADDRESSEE_LEMMAS):
                # وطالبوا الحكومة باتخاذ …: a verb that carries its plural subject as a suffix (MSA verbs
                # written before their subject stay singular), so the noun after it is the addressee
                phrase, p_end = Phrase(base + e, base + e, "", "elided"), e
            elif (phrase.text and (form.lemma in ADDRESSEE_LEMMAS or form.lemma in NOUN_OBJECT_LEMMAS
                                   or OBJECT in form.complements) and not form.plural and not form.participle
                  and addressee_by_gender(phrase_tokens(text, e, limit=2), form.gender, known)
                  and phrase.start - base == phrase_tokens(text, e, limit=1)[0][0]):
                # ودعا المنشآت إلى …, ودعت المجتمع الدولي لاتخاذ …: the noun right after the verb does not
                # agree with it in gender, so it is the addressee and the subject is elided (step 39e);
                # the same for every verb with a noun object (ووصفت العرض الجديد بأنه …: nu20)
                phrase, p_end = Phrase(base + e, base + e, "", "elided"), e
            if "ل" in preps and phrase.text:
                if m.clitic and phrase.start - base == e + 1 and lam_masdar(fold(phrase.text.split()[0])):
                    phrase, p_end = Phrase(base + e, base + e, "", "elided"), e  # وتدعو لأخذ ملاحظات …
                else:
                    phrase, p_end = _cut_at_lam_masdar(text, base, phrase, p_end)
            if FEELING in form.complements and phrase.text:
                # وأبدى المدير الفني لمنتخب فرنسا دهشته لما …: the feeling read into the subject ends it
                phrase, p_end = _cut_phrase(text, base, phrase, p_end, _possessed_feeling)
            if form.lemma in DOCUMENT_FRAME_LEMMAS:
                phrase = _document_issuer(text, base, e, phrase, known)
                if phrase.kind == "elided":  # وجاء في بيانها: the issuer has the pronoun's gender
                    pron = fold(text[max(0, phrase.start - base - 3) : phrase.start - base])
                    form = CueForm(form.lemma, "f" if pron.endswith("ها") else "m", pron.endswith("هم"),
                                   False, form.complements)
            if phrase.text and _subject_before_qad(text, s):
                # وكانت اللجنة المركزية … قد دعت حركة حماس إلى: the subject stands before قد, the noun
                # after the verb is its object (addressee); the complement is searched from the verb
                phrase, p_end = Phrase(base + e, base + e, "", "elided"), e
            if form.lemma == CRITICISE_LEMMA:
                # وانتقدت الوزيرة الهجوم الشخصي عليها: the object right after the subject (step 41c)
                if _subject_before_qad(text, s) or _after_complementizer(text, s):
                    comp = None  # وفي قول آخر أن بن زيدون قد انتقد ولادة …: a background clause (fresh text)
                elif phrase.text and _criticised_noun(phrase.text.split()[0]):
                    # وانتقد إلغاء الانتخابات …: the subject is elided, the noun read is the object
                    comp = ("object", phrase.start - base, None)
                    phrase, p_end = Phrase(base + e, base + e, "", "elided"), e
                else:
                    phrase, p_end = _cut_phrase(text, base, phrase, p_end, _criticised_noun)
                    comp = criticised_object(text, p_end, sent_end, known)
                    if comp is None:
                        # انتقد نبيل أبوردينة، المتحدث باسم …، الخميس، إن التصريحات …: a clause after the
                        # apposition, right after its comma or a time adverb (not أن inside a quoted claim
                        # further on: ... على تأكيد "مسؤولين …" أن كل …, fresh text)
                        comp = _complement_at(text, p_end, form, mark_starts, immediate=False, sent_end=sent_end)
                        if comp is not None and comp[0] != "quote" and not _after_comma_or_time(text, comp[1]):
                            comp = None  # (a quotation after an adjunct stays: وانتقد في آخر تغريدة له "…")
            else:
                comp = _complement_at(text, p_end, form, mark_starts, immediate=False, sent_end=sent_end)
            if comp is None and form.lemma in SMALL_CLAUSE_LEMMAS and phrase.text and not form.present:
                small = small_clause_object(text, e, sent_end, phrase.start - base)  # واعتبر الاتحاد … "أمرا …"
                if small is not None:
                    phrase = analyse_phrase(text, small[1], base, subject=True)
                    p_end = small[1][-1][1]
                    comp = ("object", small[0], None)
            if comp is not None and form.lemma in IMMEDIATE_CLAUSE_LEMMAS and (
                    len(text[p_end : comp[1]].split()) > 1
                    or not (phrase.text or (fold(m.form).endswith("وا") and not text[e : comp[1]].strip()))):
                # وجد نفسه يلاحق …، بعد أن: a finding needs its subject and the clause right after it; the
                # plural carries its subject (…، ووجدوا أن …: the researchers; step 54c), not the impersonal ووُجد أن
                comp = None
            if (comp is not None and comp[0] in ("quote", "clause") and OBJECT in form.complements
                    and (comp[2] if comp[0] == "quote" else comp[1]) > p_end):
                # وأعلنت الحكومة تعطيل كافة المؤسسات "التزاما بقرار …", نفى الحرس الثوري، الثلاثاء، تزويد
                # الحوثيين …، بعد الاتهامات … بأنها زودت …: the noun object comes first, the quotation or
                # clause after it is part of its statement
                limit = comp[2] if comp[0] == "quote" else comp[1]
                obj = verbal_noun_object(text, p_end, limit, after_name=form.lemma not in ANY_OBJECT_LEMMAS)
                if obj is not None and _plain_verbal_noun_at(text, obj) and not any(
                        ch in MARK_FAMILY for ch in text[p_end:obj]):
                    # (a verbal noun as written, with no quoted name before it: not a possessed word
                    # read as an object, أكد ديديه ديشان …، nor the name لـ"دعم الشرعية")
                    comp = ("object", obj, None)
            if (comp is not None and comp[0] == "quote" and comp[2] is not None and form.lemma in ANNOUNCED_OBJECT_LEMMAS
                    and not form.participle):
                # وأكد التلفزيون السوري دخول "88 حافلة …" …: a verbal noun read into the subject right
                # before the mark is the object, the quotation its complement (a partial quotation in an
                # indirect statement: the held-out 9 and 11 convention)
                found = announced_object(text, e, p_end, comp[2] + 1, phrase.start - base if phrase.text else p_end)
                if found is not None and not text[found[0] : comp[2]].strip().count(" ") and found[1]:
                    phrase = analyse_phrase(text, found[1], base, subject=True)
                    p_end = found[1][-1][1]
                    comp = ("object", found[0], None)
            if (comp is not None and comp[0] == "colon" and form.lemma in BARE_COLON_EVENT_LEMMAS
                    and not _colon_after_event(text, e, comp[1])):
                comp = None  # وذكرت الوكالة أسماء ثلاث نساء بين المعتقلين: لجين …: a list, not a statement
            relative = comp is None and _after_relative(text, s)
            if (comp is not None and form.lemma == "اتهم" and len(phrase.text.split()) < 2
                    and not text[p_end : comp[1]].strip()):
                comp = None  # وقد اتهم أرنو بالتحرش, بعض الدول تتهم بأنها: no object, the passive (اُتهم)
            if (comp is None and form.lemma == DENIAL_LEMMA and not form.participle and not relative
                    and not _after_complementizer(text, s) and not _inside_statement(hits, s, ends, text)):
                # لكنه نفى الاتهامات الموجهة إليه, وينفي الجيش السوري استعمال البراميل …: the object
                # read into the subject (step 42d)
                denied = _denied_object(text, base, e, phrase, p_end)
                if denied is not None:
                    phrase, p_end, obj = denied
                    comp = ("object", obj, None)
            if comp is None and OBJECT in form.complements and not relative:
                obj = verbal_noun_object(text, p_end, sent_end, after_name=form.lemma not in ANY_OBJECT_LEMMAS)
                if obj is not None:
                    comp = ("object", obj, None)
            if comp is None and form.lemma in SMALL_CLAUSE_LEMMAS and not form.present and not relative:
                # واعتبرت الوزارة تطبيق الدليل … بمنزلة بنية تحتية: the object (read into the subject or
                # after it) and its predicate
                cut, cut_end = _cut_phrase(text, base, phrase, p_end, _verbal_noun_word)
                obj = cut_end if cut_end < p_end else verbal_noun_object(text, p_end, sent_end)
                if obj is not None and _predicate_after(text, obj, sent_end):
                    phrase, p_end, comp = cut, min(cut_end, p_end), ("object", obj, None)
            if comp is None and CLAIM in form.complements and not relative:
                # ورفض المدير التنفيذي للمعمل، غاري أيتكينهيد، ادعاءات روسيا بأن …: a claim rejected
                cut, cut_end = _cut_phrase(text, base, phrase, p_end, _ClaimBeforeCue())
                obj = cut_end if cut_end < p_end else claim_object(text, p_end, sent_end)
                if obj is not None:
                    phrase, p_end, comp = cut, min(cut_end, p_end), ("object", obj, None)
            if comp is None and FEELING in form.complements and not relative:
                obj = feeling_object(text, p_end, sent_end)
                if obj is not None:
                    comp = ("object", obj, None)
            if (comp is None and form.lemma in ANY_OBJECT_LEMMAS and phrase.kind == "name"
                    and p_end < sent_end and not relative):
                nxt = phrase_tokens(text, p_end, limit=1)
                if nxt and nxt[0][2][0].isalpha():
                    comp = ("object", nxt[0][0], None)
            if comp is None and form.lemma == DENIAL_LEMMA and phrase.kind != "elided" and not relative:
                obj = _denied_noun(text, p_end, sent_end)
                if obj is not None:
                    comp = ("object", obj, None)  # ونفت روسيا، الخميس، اتفاقا في مجلس الأمن …
            if (comp is None and form.lemma == DENIAL_LEMMA and phrase.text and not relative
                    and fold(phrase.text.split()[0]) in _OBJECT_DEMONSTRATIVES and len(phrase.text.split()) > 1):
                # لكنه نفى هذه الاتهامات: a demonstrative and its noun right after the
                # verb are its object (a subject would come with its statement: نفى هذا المسؤول أن …)
                comp = ("object", phrase.start - base, None)
                phrase = Phrase(phrase.start, phrase.start, "", "elided")
            nested = comp is None and _inside_statement(hits, s, ends, text)
            if (comp is None and not relative and not nested
                    and ("إلى" in form.complements or "من" in form.complements)
                    and (phrase.text or (bool(m.clitic) and _occasion_adjunct_at(text, p_end)))):
                # أشارت … للمرة الأولى إلى وجود أزمة, حذر باحثون في الأكاديمية … سابقا من مخاطرها; with
                # the subject elided, after an adjunct of the occasion: وأشار خلال كلمته في الاجتماع إلى
                # انطلاق برنامج … (held-out 65, step 41c)
                comp = _complement_at(text, p_end, form, mark_starts, immediate=False, sent_end=sent_end,
                                      late_topic=True)
            if comp is None and not relative and not nested and (phrase.text or not form.present):
                # وحذر الوزير في كلمة من …, وشدد في مؤتمر صحفي على …, وأكد سابقا على …: the cue's
                # preposition after an adjunct of the occasion or an adverb (step 46r)
                comp = prep_after_occasion(text, p_end, form, sent_end)
            if (comp is None and form.lemma == CALL_LEMMA and phrase.text and not relative and not nested
                    and not form.present and (bool(m.clitic) or _clause_initial(text, s))):
                # دعا الأمين العام …، الأطراف الأخرى الموقعة على الاتفاق إلى الالتزام …, ودعا روني، في وقت
                # سابق من هذا الشهر، إلى …: the call after an addressee or adjunct beyond the subject
                comp = far_call(text, p_end, sent_end)
            if comp is None and form.lemma == ALERT_LEMMA and not relative and not nested:
                # ونبهت الشركة ركابها إلى …, وكانت مطارات … قد نبهت ركابها إلى …: the alert after a short
                # addressee (step 54c)
                comp = far_call(text, p_end, sent_end, limit=_ALERT_ADDRESSEE_TOKENS)
            if (comp is None and (form.lemma in ANNOUNCED_OBJECT_LEMMAS
                                  or (form.lemma in FINDING_LEMMAS and OBJECT in form.complements))
                    and not form.participle and not relative
                    and not nested and not _after_subordinator(text, s) and not _after_complementizer(text, s)
                    and not (form.present and not phrase.text)):
                # (فيما يتوقع استمرار …, ويتوقع وصول …, وتتوقع النجاح: the impersonal passive يُتوقَّع
                # or the reader addressed, no speaker)
                # أعلنت المفوضية العليا للانتخابات إغلاق …, الكويت أعلنت أخيراً تأجيل …, قد أعلن في يناير
                # الماضي الاستئناف …: a verbal-noun object after the subject, an adverb or an adjunct
                found = announced_object(text, e, p_end, sent_end, phrase.start - base if phrase.text else p_end)
                if found is not None and form.present and found[1] == []:
                    found = None  # ويتوقع وصول نجوم …: the subject read was the object, none is left
                if found is not None and form.lemma != "أعلن" and _strip_clitic(
                        phrase_tokens(text, found[0], limit=1)[0][2]).removeprefix("ال") in _ANNOUNCE_ONLY_NOUNS:
                    found = None  # قبل أن يؤكد فيرمينو فوز ليفربول: a goal "confirms" a win (fresh text)
                if found is not None:
                    obj, cut_words = found
                    if cut_words is not None:
                        phrase = (analyse_phrase(text, cut_words, base, subject=True) if cut_words
                                  else Phrase(base + e, base + e, "", "elided"))
                        p_end = cut_words[-1][1] if cut_words else e
                    comp = ("object", obj, None)
        if comp is not None and comp[0] == "prep" and _anaphoric_content(text, comp[1], sent_end):
            comp = None  # وعبرت عن ذلك بكلمات شاعرية … قائلة: "…": the statement is the quotation after it
        if comp is None:
            if subjects is not None and phrase.kind in ("name", "source", "org", "nominal") and not (
                    phrase.text and not_name_start(phrase.text.split()[0])) and (
                    phrase.kind != "name" or any(is_person_token(w) or fold(w) in known for w in phrase.name.split())):
                # a speaker without a statement here; a "name" only when a word of it is a known
                # name (not يعتبر حزب الله الذراع الاستراتيجي لإيران → لإيران), and never a phrase that
                # cannot start a name (وعبر حسابه على "تويتر": عبر is "via" there, حسابه a possessed noun)
                subjects.append((s, phrase, form.gender))
            continue
        kind, cstart, mark = comp
        if form.lemma == CLAIM_LEMMA and not _claimed_clause(text, e, cstart):
            continue  # ادعت الشركة إغلاقها هذا الأسبوع، ولكن …، حيث إن …: the clause is the writer's
        if form.lemma in APOLOGY_DEFENCE_LEMMAS and (_declined_or_fought(text, form.lemma, cstart, phrase.text)
                                                     or fold(text[e : e + 5].strip()) in _IN_IT):
            continue  # اعتذر عن المشاركة: he declined, nobody spoke; بيانا اعتذر فيه عن …: a text's content (step 51y)
        if form.lemma == REPEAT_LEMMA and (any(
                ch.isalpha() for ch in text[(phrase.end - base if phrase.kind != "elided" else e) : cstart])
                or (phrase.text and fold(phrase.text.split()[-1]) in _NAMED_WORDS)):
            continue  # وردد الجميع كلمة "حبيبي", ورددوا شعارات منها "…: …": a word or a list named (step 51y)
        if no_speech(text, s, e, m.form, form, phrase, cstart, kind):
            continue  # ويتوقع أن …, يبلغ من العمر …, وتبين أن …, يا ترى, علامة تشير إلى … (step 39d)
        if form.lemma in _AGENT_NOUN_LEMMAS and ("،" in text[e:cstart] or "," in text[e:cstart]):
            continue  # من اتهام عربي لمنتخب البرازيل بتآمره …، ولم أكن مقتنعا أن …: another clause's أن
        if phrase.kind != "elided" and p_end < cstart:
            relay = _RELAYED_FROM_RE.search(text, p_end, cstart)
            if relay is not None:
                # وكتبت قناة "الإخبارية" على حسابها نقلا عن التحالف "…": the medium relays; the statement
                # is the source's after نقلا عن (as ونقلت الوكالة عن المتحدث)
                source, _ = subject_phrase(text, relay.end(), base, (), known)
                if source.end - base > cstart or "،" in source.text:
                    source = _relayed_to_comma(text, relay.end(), cstart, base) or source
                if (source.kind != "elided" and source.text and source.end - base <= cstart
                        and source.start - base == relay.end() and "،" not in source.text and "," not in source.text
                        and _strip_clitic(source.text).removeprefix("ال") not in _RELAY_MEDIA
                        and _strip_clitic(source.text).removeprefix("ال") not in DOCUMENT_HEADS):
                    phrase = source  # (not a medium after it: وأوضحت الجوازات، نقلا عن وكالة الأنباء …)
        opens = (bool(m.clitic) or form.participle or _clause_initial(text, s)
                 or (_after_idh(text, s) and not form.present) or (
            RESUMPTIVE_AFTER_RE.match(text, e) is not None and not _after_relative(text, s))) and not _after_temporal(text, s)
        hits.append(CueHit(s, e, form, phrase, kind, cstart, mark, opens))
        consumed_to = e
    if hits and any(h.form.lemma == CRITICISE_LEMMA and h.complement == "object" for h in hits):
        hits = _drop_criticism_before_statement(hits, ends if ends is not None else sentence_ends(text))
    if _NOMINAL_CUE_HINT in text:  # (the same hints as :func:`nominal_or_blame_hint`)
        nominal = announcement_nouns(text, base, inside_marks, known, hits,
                                     ends if ends is not None else sentence_ends(text))
        if nominal:
            hits = sorted(hits + nominal, key=lambda h: h.start)
    if any(map(text.__contains__, _BLAME_HINTS)):  # (no generator per line: speed31)
        blamed = blame_verbs(text, base, inside_marks, known, hits, ends if ends is not None else sentence_ends(text))
        if blamed:
            hits = sorted(hits + blamed, key=lambda h: h.start)
    return hits


def nominal_or_blame_hint(text: str) -> bool:
    """Whether ``text`` holds a word :func:`find_cues` reads cues from besides the cue verbs of
    :func:`iter_cues`: a nominalised announcement (:func:`announcement_nouns`, ``علان``) or a verb of
    blame (:func:`blame_verbs`, :data:`_BLAME_HINTS`). A line without either and without a cue
    candidate has no cue (speed32a: ``stage._Extractor._body`` stops there)."""
    return _NOMINAL_CUE_HINT in text or any(map(text.__contains__, _BLAME_HINTS))


#: Most tokens between the medium of ``نقل`` as read and its ``عن`` (:func:`_late_via`).
_LATE_VIA_TOKENS = 8


def _relayed_cue(text: str, pos: int, sent_end: int) -> bool:
    """True when the clause of ``نقل`` starting at local ``pos`` (after its complementizer) holds a cue
    verb of its own subject, with no clitic and no complementizer before it (``ونقلت فرانس برس أن
    ديمتري روغوزين، نائب وزير الدفاع الروسي، أوضح … أن …``, held-out 41): a relay, the statement is
    that cue's (step 54c); not a second clause (``… دمرت الموقع، وأنها دعت …``)."""
    c = next(iter_cues(text, pos, sent_end), None)
    if c is None or c.clitic:
        return False
    return not any(_clause_intro(w.lstrip("و")) for w in text[pos : c.start].split())


def _late_via(text: str, pos: int, sent_end: int) -> tuple[int, int, str] | None:
    """The ``عن`` of ``نقل`` after the rest of its medium (local ``pos``: the end of the medium phrase
    as read): a quoted name (``صحيفة "ماركا"``), definite words after it (``الإسبانية``), time adverbs
    (``يوم الثلاثاء``, ``، الجمعة،``) and commas, within :data:`_LATE_VIA_TOKENS` tokens of the
    sentence — ``ونقلت صحيفة "ماركا" الإسبانية يوم الثلاثاء عن المعالج … أن …``, ``ونقل التلفزيون
    الحكومي، الجمعة، عن …``. ``None`` at any other word (a preposition, an indefinite noun, a
    cue: ``ونقلت الشرطة الجثث إلى المستشفى``). The statement still needs its complement after the
    source (``أن``/``قوله``), read as after a plain ``عن``. Source: held-out 41, 46, 65 (step 46r).
    A complementizer there (not ``لأن``) is returned as well: the medium reports in its own name
    (``كما نقلت قناة سكاي نيوز، أن …``, ``نقلت وسائل إعلام أن …``; held-out 12, 75; step 54c)."""
    in_marks = False
    for s, e, tok in phrase_tokens(text, pos, limit=_LATE_VIA_TOKENS + 1):
        if s >= sent_end:
            return None
        f = fold(tok)
        if tok in MARK_FAMILY:
            in_marks = not in_marks
            continue
        if in_marks:
            if _clause_intro(tok):
                return None
            continue
        if f == "عن" or (f[:1] != "ل" and _clause_intro(tok)):
            return (s, e, tok)  # (a complementizer: the medium's own clause, كما نقلت قناة …، أن; step 54c)
        if tok in ("،", ",") or f in _TIME_ADVERBS or f == "يوم":
            continue
        if f.startswith("ال") and tok[:1].isalpha() and not _other_cue(tok) and not is_place(tok):
            continue
        return _late_tongue(text, e, f)
    return None


#: Ascribing words to a source (``ونسبت الصحيفة إلى الوزير قوله إن …``): :func:`_ascribed_source`.
ASCRIBE_LEMMA = "نسب"


def _ascribed_source(text: str, e: int, base: int, known, sent_end: int) -> tuple[Phrase, int] | None:
    """The source of ``نسبت X إلى Y قوله …`` (held-out 86 ``ونسبت وسائل الإعلام إلى المتحدث قوله، إن
    …``; ANT v2.1 ``ونسبت صحيفة واشنطن بوست إلى أحد المصادر قوله إنه …``): ``(Y's phrase, local end of
    the say link)`` when the medium, ``إلى``/``الى``, the source and a :data:`SAY_LINKS` word follow the
    verb (local end ``e``) in one sentence; ``None`` otherwise (``نسبت الغارات إلى التحالف``: an act
    ascribed, not words). Step 55f."""
    medium, p_end = subject_phrase(text, e, base, (), known)
    to = phrase_tokens(text, p_end, limit=1)
    if not (medium.text and to and fold(to[0][2]) in ("الى", "إلى") and to[0][0] < sent_end):
        return None
    source, s_end = subject_phrase(text, to[0][1], base, (), known)
    say = phrase_tokens(text, s_end, limit=1)
    if not (source.text and say and say[0][0] < sent_end and fold(say[0][2]) in SAY_LINKS):
        return None
    return source, say[0][1]


#: ``عن`` with the source as a pronoun (folded): its gender and number (step 55f).
_VIA_PRONOUNS = {"عنه": ("m", False), "عنها": ("f", False), "عنهم": ("", True), "عنهما": ("", True)}


def _via_pronoun(text: str, e: int, base: int, known, sent_end: int) -> tuple[Phrase, int, str, bool] | None:
    """``نقل`` with its source as the pronoun of ``عنه``/``عنها``/``عنهم``, before or after the medium,
    then a say link (``ونقلت وكالة أنباء الأناضول عنه قوله إن …``, ``ونقلت عنه وكالة تسنيم للأنباء
    قوله: …``; 40 in ANT v2.1; the source is the pronoun's antecedent, as with ``عن المتحدث قوله``):
    ``(elided phrase at the pronoun, local end of the say link, the pronoun's gender, plural)``, or
    ``None`` (no such pronoun within the medium's words, or no :data:`SAY_LINKS` word right after the
    pronoun or the medium after it). From local offset ``e``, the verb's end (step 55f)."""
    if text.find("عنه", e, sent_end) < 0:
        return None  # (no pronoun source in the sentence: one scan, no phrase read; most نقل cues)
    first = phrase_tokens(text, e, limit=1)
    if first and fold(first[0][2]) in _VIA_PRONOUNS:  # ونقلت عنه الوكالة قوله: the medium's words next
        pron = first[0]
        ahead = phrase_tokens(text, pron[1], limit=_LATE_VIA_TOKENS)
        k = next((i for i, t in enumerate(ahead) if fold(t[2]) in SAY_LINKS), 0)
        if not k or ahead[k][0] >= sent_end or not all(
                t[2] in MARK_FAMILY or (t[2][:1].isalpha() and not _clause_intro(t[2]) and not _other_cue(t[2]))
                for t in ahead[:k]):
            return None
        say_end = ahead[k][1]
    else:
        medium, p_end = subject_phrase(text, e, base, (), known)
        nxt = phrase_tokens(text, p_end, limit=2)
        if not (medium.text and len(nxt) == 2 and fold(nxt[0][2]) in _VIA_PRONOUNS
                and fold(nxt[1][2]) in SAY_LINKS and nxt[1][0] < sent_end):
            return None
        pron, say_end = nxt[0], nxt[1][1]
    gender, plural = _VIA_PRONOUNS[fold(pron[2])]
    return Phrase(base + pron[0], base + pron[0], "", "elided"), say_end, gender, plural


def _late_tongue(text: str, e: int, f: str) -> tuple[int, int, str] | None:
    """For :func:`_late_via`: ``على لسان`` after the rest of a medium, as ``عن`` (``ونقلت وكالة الأنباء
    الصحراوية التابعة للبوليساريو على لسان البشير قوله: "…"``, held-out 86): the ``لسان`` token (read
    like the one right after the medium), given the folded word ``f`` ending at local offset ``e``, also
    after the medium's ``ل`` complement (``للبوليساريو``, as ``للأنباء عن`` is read); ``None`` for any
    other word (step 55f)."""
    if f == "على":
        nxt = phrase_tokens(text, e, limit=1)
        return nxt[0] if nxt and fold(nxt[0][2]) == "لسان" else None
    if f[:2] == "لل":
        nxt = phrase_tokens(text, e, limit=2)
        if len(nxt) == 2 and fold(nxt[0][2]) == "على" and fold(nxt[1][2]) == "لسان":
            return nxt[1]
    return None


#: The verb of criticising (``انتقد``), whose statement is its object or clause right after the subject
#: (:func:`criticised_object`; docs/quotes.md step 41c).
CRITICISE_LEMMA = "انتقد"


#: Nouns that a criticism takes as its object and that never head its subject (folded, without
#: ``ال``): ``انتقد وزير الخارجية وصف الصحافة …``, ``… قرار المدرسة``, ``… الموقف الدولي`` (step 41c).
_CRITICISED_NOUNS = frozenset(fold(w) for w in """وصف قرار قرارات موقف مواقف سياسة سياسات هجوم تصريحات
تصريح أداء تعامل غياب صمت تقاعس طريقة أسلوب تدخل إجراءات منح تأكيد""".split())


def _criticised_noun(tok: str) -> bool:
    """True when ``tok`` starts the object of ``انتقد`` rather than its subject: a verbal noun (not an
    organisation's head, ``اتحاد``) or a noun of :data:`_CRITICISED_NOUNS`."""
    f = _strip_clitic(tok).removeprefix("ال")
    return f in _CRITICISED_NOUNS or (_verbal_noun_word(tok) and f not in ORG_HEADS)


def criticised_object(
    text: str, pos: int, sent_end: int, known: frozenset[str] = frozenset(),
) -> tuple[str, int, None] | None:
    """The statement of ``انتقد`` read from local ``pos`` (the end of its subject): a clause when a
    complementizer comes first, also after time adverbs and commas (``انتقد …، الخميس، إن التصريحات
    …``, held-out 46), else the word right there as an ``object`` to the sentence end (``… وصف
    المسؤولين السعوديين لقطر …``, held-out 50; ``وانتقد تأكيد وزير العدل …``, held-out 63). ``None``
    when that word is a preposition, a particle, a name (also one of the article, ``known``: ``انتقد بوتن
    بالاسم``, a person criticised, no content), a place or a mark, or follows a comma
    (``انتقد في كلمته``; ``انتقد X، الأمين العام …، الموقف``: an apposition as often as the object), or
    is ``و`` + a place, a name or a definite word (``وانتقد سياسيون في بريطانيا وهولندا …``: the
    subject goes on)."""
    toks = phrase_tokens(text, pos, limit=6)
    k = 0
    comma = False
    while k < len(toks) and (toks[k][2] in ("،", ",") or fold(toks[k][2]) in _TIME_ADVERBS):
        comma = comma or toks[k][2] in ("،", ",")
        k += 1
    if k >= len(toks) or toks[k][0] >= sent_end:
        return None
    s, _e, tok = toks[k]
    if CLAUSE_INTRO_RE.match(fold(tok)):
        return ("clause", s, None)
    f = fold(tok)
    if f[:1] == "و" and (f[1:3] == "ال" or f[1:] in known or is_place(tok[1:]) or is_person_token(tok[1:])):
        return None  # وانتقد سياسيون في بريطانيا وهولندا …: the subject goes on (fresh text)
    if (comma or not tok[:1].isalpha() or is_stop(tok) or _other_cue(tok) or is_person_token(tok)
            or f in known or is_place(tok)):
        return None
    return ("object", s, None)


def _after_comma_or_time(text: str, pos: int) -> bool:
    """True when the token before local ``pos`` is a comma or a time adverb (``، الخميس، إن …``)."""
    before = text[max(0, pos - 16) : pos].rstrip()
    if before.endswith(("،", ",")):
        return True
    words = before.split()
    return bool(words) and fold(words[-1]) in _TIME_ADVERBS


def _drop_criticism_before_statement(hits: list[CueHit], ends: list[int]) -> list[CueHit]:
    """``hits`` without the noun objects of ``انتقد`` followed by another cue of their sentence
    (``وانتقد أردوغان الموقف الأميركي …، مبيناً أن …``, ``… قرار المدرسة قائلة إنه …``, ``… ووصفته
    بأنه``): the gold of the 37 sets annotates the later cue's statement there, not the criticism (3 of
    3; docs/quotes.md step 41c)."""
    out = []
    for h in hits:
        if h.form.lemma == CRITICISE_LEMMA and h.complement == "object":
            end = next_end(ends, h.start)
            if any(h.end < o.start < end for o in hits):
                continue
        out.append(h)
    return out


#: The verb of claiming (``ادّعى``), whose clause is ``أنّ`` (not ``إنّ``) and follows its subject and
#: adjuncts in the same clause (step 40d).
CLAIM_LEMMA = "ادعى"

#: Step 51y: apologising and defending with ``عن`` (``واعتذر رئيس الشركة … عن الإطلاق الفاشل``,
#: ``دافع الرئيس … عن سياسته``): the held-out 5, 27, 28, 63, 64 and 66 annotators count the object
#: as the statement (:func:`_declined_or_fought` leaves out the readings that are no speech).
APOLOGY_DEFENCE_LEMMAS = frozenset({"اعتذر", "دافع"})
#: Step 51y: repeating a chant or saying (``ورددت الجماهير "…"``, ``وردد المشجعون: "…"``; the held-out 47
#: annotator counts it): only with the mark or colon right after the subject.
REPEAT_LEMMA = "ردد"
#: ``فيه``/``فيها`` right after the verb: a document's content (``أصدر … بيانا اعتذر فيه عن …``, held-out 63;
#: as ``تعليق ينتقد فيه``, step 41c), folded.
_IN_IT = frozenset(fold(w) for w in "فيه فيها".split())
#: Nouns naming what is repeated (``كلمة``, ``شعارات``), folded: read as the end of a subject, the
#: quotation after them is a word or a list named, no statement.
_NAMED_WORDS = frozenset(fold(w) for w in "كلمة كلمات عبارة عبارات شعار شعارات هتاف هتافات أغنية أغاني نشيد أناشيد".split())
#: Folded heads after ``اعتذر عن`` that make it "declined" (``اعتذر عن المشاركة``, ``… عن التعليق``,
#: ``… عن الحضور``): no statement.
_DECLINED_NOUNS = frozenset(fold(w) for w in """مشاركة حضور تعليق قبول ترشح لعب خوض سفر استمرار مواصلة
إدلاء منصب تلبية تدريب مهمة تولي إكمال استكمال رئاسة تقديم إجراء إجابة رد كشف ذكر لقاء تحدث تعقيب انتقال
انضمام استضافة""".split())
#: Folded stems of what is defended by playing or fighting (``دافع عن مرماه``, ``… عن ألوان النادي``,
#: ``… عن لقبه``, ``… عن المدينة``): no statement.
_FOUGHT_FOR_STEMS = tuple(fold(w) for w in """مرم شباك ألوان قميص شعار لقب ألقاب مدينة مدن أرض وطن حدود
مواقع موقع قلعة عرين بلاد بلد عاصمة منزل بيت""".split())
#: Folded heads of subjects that defend in play, in arms or in court (``ودافع لاعبو المدرب عن تقدمهم``,
#: ``ودافع المحامي … عن بيل كلينتون``, ``ودافع الزوجان … عن أنفسهم في الهجوم``): no statement.
_DEFENDER_HEADS = frozenset(fold(w) for w in """لاعب لاعبو لاعبي لاعبة لاعبون منتخب فريق حارس مدافع مدافعو
محام محامي محامو محامية زوجان جنود جندي قوات الجيش جيش""".split())


def _declined_or_fought(text: str, lemma: str, cstart: int, subject: str) -> bool:
    """Step 51y: True when the ``عن`` complement of ``اعتذر`` at local ``cstart`` names what was
    declined (:data:`_DECLINED_NOUNS`), or when ``دافع`` is defending in play, in arms or in court:
    what is defended (:data:`_FOUGHT_FOR_STEMS`), the subject ``subject`` (its first word,
    :data:`_DEFENDER_HEADS`), or ``عن طريق`` "by means of" (``دافع المنتخب بعمق … عن طريق الهجمات``)."""
    toks = [t for t in phrase_tokens(text, cstart, limit=4) if t[2][:1].isalpha()]  # (not a mark: عن "التحدث")
    if len(toks) < 2 or fold(toks[0][2]) != fold("عن"):
        return False
    h = fold(toks[1][2])
    heads = (h, h[2:]) if h.startswith("ال") and len(h) > 3 else (h,)
    if lemma == "اعتذر":
        if h == fold("عدم") and len(toks) > 2:  # اعتذر عن عدم استضافتها: declined to host
            n = fold(toks[2][2])
            heads = (n, n[2:]) if n.startswith("ال") and len(n) > 3 else (n,)
        # (a possessed noun: مشاركته, استضافتها → مشاركة, استضافة)
        heads = heads + tuple(x[: -len(p)] for x in heads for p in ("ها", "هم", "ه") if x.endswith(p) and len(x) > len(p) + 2)
        heads = heads + tuple(x[:-1] + "ة" for x in heads if x.endswith("ت"))
        return any(x in _DECLINED_NOUNS for x in heads)
    first = fold(subject.split()[0]) if subject.split() else ""
    first = first[2:] if first.startswith("ال") and len(first) > 3 else first
    return (h == fold("طريق") or any(x.startswith(_FOUGHT_FOR_STEMS) for x in heads)
            or first in _DEFENDER_HEADS)
_CLAIM_BREAKS = frozenset(fold(w) for w in "حيث لكن ولكن بينما فيما إذ".split())


def _claimed_clause(text: str, e: int, cstart: int) -> bool:
    """True when the clause at local ``cstart`` can be what ``ادعى`` (ending at ``e``) claims: opened by
    ``أن``/``بأن`` (``ادعى أن …``; not ``إن``, the clause of another word), with no clause word of
    :data:`_CLAIM_BREAKS` between (on fresh text ``ادعت كامبريدج أناليتيكا إغلاقها هذا الأسبوع، ولكن
    هذه الخطوة …، حيث إن …`` read the writer's ``حيث إن`` clause as the claim)."""
    if text[cstart : cstart + 1] == "إ":
        return False
    return not any(fold(w) in _CLAIM_BREAKS for w in text[e:cstart].split())


#: Step 39d (prec15): cue words that, in these settings, say nothing. Found by labelling 218 fresh
#: quotations whose rules' speaker was empty (39 were no quotation at all, ``/work/label15``).
#: ``يبلغ``/``تبلغ`` unvoweled is يَبلُغ "amounts to, is aged" as well as يُبلِغ "informs": before a
#: number or ``من العمر`` it is the first (``شاب يبلغ من العمر 26 عاما``, ``تبلغ قيمتها 5.9 مليون``).
_AMOUNT_FORMS = frozenset(fold(w) for w in "يبلغ تبلغ".split())
_AMOUNT_WORDS = frozenset(fold(w) for w in """نحو حوالي حوالى قرابة زهاء أكثر اكثر أقل اقل ما
مليون مليار ألف الف مئة مائة عشرات مئات آلاف الاف ملايين""".split())
_AMOUNT_AHEAD = 4
#: ``ويتوقع أن …``/``لا يتوقع منه أن``: the impersonal passive يُتوقَّع (no agent; the held-out 45
#: convention annotates no passive forecast) when no subject stands between the verb and ``أن``.
_PASSIVE_FORECAST_FORMS = frozenset(fold(w) for w in "يتوقع".split())
#: Particles before a bare ``يتوقع`` that leave it without a subject (``حيث يتوقع أن``, ``كما يتوقع``).
_PASSIVE_LEADS = frozenset(fold(w) for w in """حيث كما فيما بينما إذ اذ ما مما بما لا ولا لكن ولكن كذلك
أيضا""".split())
_PASSIVE_AGENT_PPS = frozenset(fold(w) for w in "منه منها منهم منهما".split())
#: ``وتبين أن …``, ``تبين للمحققين أنه …``: تبيَّن "it turned out / became clear (to)", not تُبيِّن "she
#: explains", when no subject follows the verb.
_TURNED_OUT_FORMS = frozenset(fold(w) for w in "تبين".split())
#: ``يا ترى``, ``هل ترى أن …؟``: a rhetorical or addressed question, nobody's view.
_QUESTION_BEFORE = frozenset(fold(w) for w in "يا هل وهل فهل أفلا ألا".split())
_QUESTION_FORMS = frozenset(fold(w) for w in "ترى يرى".split())
#: Head nouns of a subject that stands before its verb and cannot speak (``علامة تشير إلى``, ``في
#: موقف يؤكد أنهم``, ``المصطلح الذي يشير إلى``, ``مباراتي اليونان والبرتغال أكدتا أن``, ``بعلامة كاملة
#: تكشف عن نواياها``): the verb is figurative ("signals", "shows"). Only with no subject after the verb.
#: (Statistics, estimates, reports and studies do speak in the gold: ``تقديرات تشير``.)
THING_SUBJECTS = frozenset(fold(w) for w in """علامة علامات موقف مواقف مصطلح مصطلحات مباراة مباراتي
مباراتا مبارتي مباريات""".split())
_THING_BEFORE = 4
_BEFORE_SKIP = frozenset(fold(w) for w in "الذي التي الذين عادة دائما غالبا".split())


#: A related-article link line (``إقرأ أيضا: خطيبة جمال خاشقجي تكشف عن خطتها …``): a headline of
#: another article, topic only, no statement here. Folded (``اقرأ``/``إقرأ`` fold alike).
_READ_ALSO_RE = re.compile(r"^(?:ا?قرا|طالع|شاهد)(?:وا)?\s+(?:ايضا|كذلك)")


#: What :func:`fold` drops at the start of a word (tatweel, harakat, the usual spaces), and the first
#: characters of a line whose fold :data:`_READ_ALSO_RE` can match (``ا``/``ق``/``ط``/``ش`` and the alef
#: forms folded to ``ا``; nothing left, or another space: the regex decides). A cheap first test.
_FOLD_DROPPED = " \t\r\f\v\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
_LINK_FIRST = "اأإآقطش"


def _strip_article(w: str) -> str:
    w = fold(w)
    if w[:1] not in _ARTICLE_FIRST:
        return w  # (no prefix below can start it: the loop is skipped for most words; speed31)
    for p in ("وبال", "بال", "وال", "فال", "ال", "ب", "و"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


#: The first letters of the prefixes :func:`_strip_article` takes off.
_ARTICLE_FIRST = "وبفا"


def no_speech(
    text: str, s: int, e: int, written: str, form: CueForm, phrase: Phrase, cstart: int, kind: str = "clause",
) -> str | None:
    """Why the cue ``text[s:e]`` (written ``written``, without its proclitic) with subject ``phrase`` and
    complement at local offset ``cstart`` says nothing, or ``None`` when it may speak. Step 39d
    (prec15), from 39 spurious quotations of a fresh labelled sample: ``"amount"`` (``يبلغ من العمر``,
    ``تبلغ قيمتها 750 مليون``), ``"passive"`` (``ويتوقع أن``, ``لا يتوقع منه أن``), ``"turned out"``
    (``وتبين أن``, ``تبين للمحققين أن``), ``"question"`` (``يا ترى``, ``هل ترى أن``), ``"thing"`` (a
    subject before the verb that cannot speak: :data:`THING_SUBJECTS`), ``"link"`` (a cue on a
    related-article line, ``اقرأ أيضا: …``)."""
    w = fold(written)
    elided = not phrase.text
    line0 = text.rfind("\n", 0, s) + 1
    label = text[line0 : min(s, line0 + 24)].lstrip(" \t-–—•*")
    first = label.lstrip(_FOLD_DROPPED)[:1]  # ("" is in every string)
    if (first in _LINK_FIRST or first.isspace()) and _READ_ALSO_RE.match(fold(label)):
        return "link"  # (the line's first 24 characters hold the label)
    if w in _AMOUNT_FORMS and form.lemma == "أبلغ" and kind != "quote":
        # (a quotation in marks after it keeps the cue: "منشقة … تبلغ من العمر 27 عامًا … "إن …"": the
        # nearest cue of a real quotation whose own verb is far, fresh SaudiNewsNet)
        ahead = [fold(t[2]) for t in phrase_tokens(text, e, limit=_AMOUNT_AHEAD)]
        if ahead[:2] == ["من", "العمر"] or any(t[:1].isdigit() or t in _AMOUNT_WORDS for t in ahead):
            return "amount"
    if elided and w in _PASSIVE_FORECAST_FORMS and form.lemma == "توقع":
        between = [fold(t) for t in text[e:cstart].replace("،", " ").replace(",", " ").split()]
        prev = text[max(0, s - 30) : s].split()[-1:]
        lead = bool(written != text[s:e]) or not prev or fold(prev[0]) in _PASSIVE_LEADS or _clause_initial(text, s)
        if all(t in _PASSIVE_AGENT_PPS for t in between) and lead:
            return "passive"  # (لكن أسطورته السابق رونالد كومان يتوقع أن …, وهناك عدد من المحللين يتوقع
            # أن …: a noun before the bare verb is its subject)
    if elided and w in _TURNED_OUT_FORMS and form.lemma == "بين":
        between = text[e:cstart].split()
        if not between or (fold(between[0]).startswith("ل") and len(between) <= 3):
            return "turned out"
    if w in _QUESTION_FORMS and form.lemma == "رأى":
        before = text[max(0, s - 12) : s].split()
        if before and fold(before[-1].strip("،,")) in _QUESTION_BEFORE:
            return "question"
    if (elided or fold(phrase.text) in _BEFORE_SKIP) and _thing_subject(text, s, form):
        return "thing"  # (يشير عادة إلى: the adverb read as a subject)
    return None


#: Punctuation that ends the words :func:`_thing_subject` reads before a cue (one set test per word).
_CLAUSE_PUNCT = frozenset("،,.:؛\"«»“”()")


def _thing_subject(text: str, s: int, form: CueForm) -> bool:
    """True when a noun of :data:`THING_SUBJECTS` before the cue at ``s`` is its subject: an indefinite
    noun right before the verb, or with one indefinite adjective between (``علامة تشير``, ``في موقف
    يؤكد``, ``بعلامة كاملة تكشف``: the verb a clause describing it), a noun followed by a relative
    pronoun (``المصطلح الذي يشير``), or the head of the construct before a dual verb (``مباراتي
    اليونان والبرتغال أكدتا``). A definite noun right before the verb is not its subject (``وعن إصابة
    مارسيلو في المباراة قال: …``: a new clause whose subject is elided)."""
    before = text[max(0, s - 60) : s].split()[-_THING_BEFORE:]
    for k in range(len(before) - 1, -1, -1):
        tok = before[k]
        if not _CLAUSE_PUNCT.isdisjoint(tok):
            return False
        if _strip_article(tok) not in THING_SUBJECTS:
            continue
        between = [fold(t) for t in before[k + 1 :]]
        definite = _strip_article(tok) != fold(tok).lstrip("وب")
        if form.dual:
            return True
        if between and between[0] in _RELATIVES:
            return all(t in _BEFORE_SKIP for t in between)
        return not definite and (not between or (len(between) == 1 and not between[0].startswith("ال")))
    return False


#: A nominalised cue: the verbal noun ``إعلان`` ("the announcement by X of Y") after a preposition of
#: time or occasion (``بعد إعلان وزير الري … فشل مفاوضات …``, ``عقب إعلانها عن خسائر``, ``على إعلان
#: بلاتيني ترشيحه``): the gold convention of held-out 8–10 (5 of 5 such phrases annotated, content from
#: the object, speaker the agent). Group 1 is the cue, group 2 its possessive pronoun (the agent).
NOMINAL_CUE_RE = re.compile(
    r"(?<![\w\u0640])[وف]?(?P<gov>بعد|بعيد|عقب|أعقاب|اعقاب|إثر|اثر|قبيل|قبل|منذ|فور|على|عند|مع|بمناسبة|من)"
    r"\s+([إا]علان(ها|هم|ه)?)(?![\w\u0640])")
#: Words of a time span before ``من إعلان`` (``بعد يوم من إعلان الجيش …``, ``قبل ساعات من إعلان …``),
#: folded: ``من`` governs the nominalised cue only after one (``بدلا من إعلان``, ``منعه من إعلان`` do
#: not report a statement; step 42d).
_SPAN_BEFORE_MIN = frozenset(fold(w) for w in "بعد وبعد قبل وقبل منذ فبعد".split())
#: Tokens looked back from ``من`` for :data:`_SPAN_BEFORE_MIN`.
_SPAN_BEFORE_TOKENS = 4
_NOMINAL_CUE_HINT = "علان"
#: The announcing form a nominalised cue stands for (gender and number from its pronoun, if any).
_NOMINAL_FORMS = {
    "": CueForm("أعلن", "", False, False, (CLAUSE, "عن", OBJECT)),
    "ه": CueForm("أعلن", "m", False, False, (CLAUSE, "عن", OBJECT)),
    "ها": CueForm("أعلن", "f", False, False, (CLAUSE, "عن", OBJECT)),
    "هم": CueForm("أعلن", "m", True, False, (CLAUSE, "عن", OBJECT)),
}


def _agent_phrase(phrase: Phrase, known: frozenset[str]) -> bool:
    """True when ``phrase`` (read after a nominalised cue) can be its agent: an organisation or an
    unnamed source, or a name with a word that is a person's name, a place or a name already seen
    in the article (not ``فور إعلان نبأ اغتيال …``, ``منذ إعلان هزيمة التنظيم``: the noun's object)."""
    if phrase.kind in ("org", "source"):
        return True
    if phrase.kind != "name":
        return False
    words = (phrase.name or phrase.text).split()
    if any(is_person_token(w) or is_place(w) or fold(w) in known for w in words):
        return True
    # an unknown one-word "name" is a common noun when it ends in ة/ات or is a noun of news
    return len(words) > 1 or not (fold(words[0]).endswith(("ة", "ات")) or fold(words[0]) in _NEWS_NOUNS)


#: Nouns of news and results read as the agent of ``إعلان`` (``فور إعلان نبأ اغتيال …``), folded.
_NEWS_NOUNS = frozenset(fold(w) for w in "نبأ خبر أنباء اخبار نتائج نتيجة موعد اسم أسماء حصيلة".split())


def _main_clause_comma(text: str, start: int, sent_end: int) -> int | None:
    """Local offset of the first comma in ``text[start:sent_end]`` whose next word can open a main
    clause — a word that is no person-name token, place, definite word or number (those follow an
    apposition's comma: ``، سيرغي سكريبال``, ``، الأمين العام``) — or ``None``."""
    for p in char_positions(text, "،,", start, sent_end):
        nxt = phrase_tokens(text, p + 1, limit=1)
        if not nxt or nxt[0][0] >= sent_end:
            return None
        w = nxt[0][2]
        if w[:1].isalpha() and not (fold(w).startswith(("ال", "وال")) or is_person_token(w) or is_place(w)):
            return p
    return None


def _by_way_of(text: str, e: int) -> bool:
    """True when the ``عن`` ending at local ``e`` opens ``عن طريق`` ("by way of": ``بعد إعلان النتائج
    عن طريق اللجنة``), an adjunct, not the announced content (step 52f)."""
    nxt = phrase_tokens(text, e, limit=1)
    return bool(nxt) and fold(nxt[0][2]) == "طريق"


def announcement_nouns(
    text: str, base: int, inside_marks: list[tuple[int, int]], known: frozenset[str], hits: list[CueHit],
    ends: list[int],
) -> list[CueHit]:
    """Statements of nominalised cues (:data:`NOMINAL_CUE_RE`) in paragraph ``text``: the agent (the
    possessive pronoun, or a name, organisation or unnamed-source phrase after ``إعلان``, read as a
    subject) and the content right after it — ``عن`` (``عقب إعلانها عن خسائر كبيرة``), a
    complementizer, or a verbal-noun object (:func:`announced_object`: ``بعد إعلان الرئيس الأميركي
    دونالد ترمب انسحاب بلاده``). ``إعلان`` as a plain noun (``بعد إعلان النتائج``, ``مع إعلان
    الطوارئ``: no agent of those kinds, or no content) gives none. Each is a :class:`CueHit` that opens
    its clause (the statement before it ends there)."""
    out: list[CueHit] = []
    taken = {h.start for h in hits}
    for m in NOMINAL_CUE_RE.finditer(text):
        s, e = m.start(2), m.end(2)
        if s in taken or inside(inside_marks, s):
            continue
        if m.group("gov") == "من" and not any(
                fold(w) in _SPAN_BEFORE_MIN for w in text[max(0, m.start() - 40) : m.start()].split()[-_SPAN_BEFORE_TOKENS:]):
            continue  # بدلا من إعلان …: no time span before من
        if any(h.start < s <= next_end(ends, h.start) for h in hits):
            # وقال الأمير علي في بيان بعد أقل من ساعة على إعلان بلاتيني ترشيحه: background to another
            # speaker's statement (and its agent must not become the last speaker of the next وأضاف)
            continue
        form = _NOMINAL_FORMS[m.group(3) or ""]
        sent_end = next_end(ends, s)
        if m.group(3):
            phrase, p_end = Phrase(base + e, base + e, "", "elided"), e
        else:
            phrase, p_end = subject_phrase(text, e, base, ("عن",), known, verbal_object=True)
            if not _agent_phrase(phrase, known):
                continue
        nxt = phrase_tokens(text, p_end, limit=2)
        if len(nxt) == 2 and nxt[0][2] in ("،", ",") and phrase.text:
            # بعد إعلان رئيسة الوزراء البريطانية تيريزا ماي، عن إجراء تحقيق …: the comma that closes
            # the agent's apposition, before the content (held-out 75; step 52f)
            nxt = nxt[1:]
        comp: tuple[str, int, int | None] | None = None
        if nxt and nxt[0][0] < sent_end:
            f = fold(nxt[0][2])
            if f == "عن" and not _by_way_of(text, nxt[0][1]):
                comp = ("prep", nxt[0][0], None)
            elif CLAUSE_INTRO_RE.match(f):
                comp = ("clause", nxt[0][0], None)
        if comp is None:
            found = announced_object(text, e, p_end, sent_end, phrase.start - base if phrase.text else p_end)
            if found is not None:
                obj, cut_words = found
                if cut_words is not None:
                    if not cut_words:
                        continue  # the "agent" read was the object: no agent
                    phrase = analyse_phrase(text, cut_words, base, subject=True)
                    if not _agent_phrase(phrase, known):
                        continue
                comp = ("object", obj, None)
        if comp is not None:
            limit = None
            if not text[ends[bisect_right(ends, m.start()) - 1] if bisect_right(ends, m.start()) else 0 : m.start()].strip():
                # وبعد إعلان كوريا الشمالية أنها اختبرت قنبلة …، قامت طائرة …: a fronted adjunct; its
                # statement ends at the comma before the main clause (held-out 9 gold; step 42d), not at
                # an apposition's (``… الجاسوس الروسي السابق، سيرغي سكريبال …، نستعرض``: fresh text)
                limit = _main_clause_comma(text, comp[1], sent_end)
            out.append(CueHit(s, e, form, phrase, comp[0], comp[1], comp[2], True, limit))
    return out


#: Verbs of blaming and of naming a cause (docs/quotes.md step 50r): ``حمّل X (ال)مسؤولية``, ``أرجع X
#: إلى Y``, ``ألقى/أنحى باللوم|باللائمة على``. Their object and what follows it are the statement
#: (``وحملت بريطانيا روسيا مسؤولية الهجوم``, ``وأرجعت السلطات الحادث إلى سوء الأحوال الجوية``; the
#: held-out 17, 18, 16, 44, 48 conventions: 13 such misses on the 43 development sets). Not cue verbs
#: of the table (:func:`marsad.quotes.cues.lookup`): each is also a common verb (``حمل`` "carried",
#: ``أرجع`` "returned", ``ألقى كلمة`` "gave a speech") and counts only with its key word
#: (:func:`blame_verbs`). Present ``يحمّل``/``تحمّل`` are left out (``تحمّل المسؤولية`` "bore the
#: responsibility" is written the same), as present ``يرجع`` ("goes back to"); ``يلقي باللوم`` is kept.
BLAME_VERB_RE = re.compile(
    r"(?<![\w\u0640\u064b-\u0652])(?P<clitic>[وف]?)(?:"
    r"(?P<hold>حم\u0651?ل(?:ت|وا)?|(?P<hold_p>محم\u0651?ل(?:ا\u064b?|\u064bا|ة|ين)))"
    r"|(?P<cause>[أا]رجع(?:ت|وا)?|(?P<cause_p>مرجع(?:ا\u064b?|\u064bا|ة|ين)))"
    r"|(?P<lay>[أا]لق(?:ى|ت|وا)|[يت]لق(?:ي|ون)|[أا]نح(?:ى|ت|وا)|[يت]نح(?:ي|ون)"
    r"|(?P<lay_p>ملقي(?:ا\u064b?|\u064bا|ة)|منحي(?:ا\u064b?|\u064bا|ة)))"
    r")(?![\w\u0640])")
#: Substrings one of which a paragraph holds when it may hold such a verb with its key word.
_BLAME_HINTS = ("مسؤولي", "مسئولي", "رجع", "باللوم", "باللائمة")
#: Most tokens from the verb to its key word (``مسؤولية``, ``إلى``, ``باللوم``/``باللائمة``), and from
#: the blame of ``ألقى``/``أنحى`` to its ``على`` (``باللوم في ذلك على``): settings.
BLAME_KEY_TOKENS = settings.QUOTE_BLAME_KEY_TOKENS
_BLAME_ON_TOKENS = settings.QUOTE_BLAME_ON_TOKENS
_BLAME_NOUNS = frozenset(fold(w) for w in "باللوم باللائمة اللوم اللائمة".split())
_HOLD_FORM = CueForm("حمّل", "", False, False, ("object",))
_CAUSE_FORM = CueForm("أرجع", "", False, False, ("object",))
_LAY_FORM = CueForm("ألقى باللوم", "", False, False, ("على",))
#: Words that open the object of ``أرجع`` when the subject phrase as read runs over it (``وأرجعت
#: السلطات الحادث إلى …``: the object is no part of the subject), folded: a demonstrative or a noun of
#: cause; verbal nouns too (:func:`_verbal_noun_word`).
_CAUSE_OBJECT_WORDS = frozenset(fold(w) for w in """ذلك هذا هذه تلك سبب أسباب السبب الأسباب ما الحادث الحادثة
الانخفاض الارتفاع التراجع""".split())


#: Prepositions that open an adjunct between the subject and the object (``على لسان …``, ``في بيان``).
_BLAME_ADJUNCT_PREPS = frozenset(fold(w) for w in "عن إلى على من في خلال عبر".split())
#: Things returned, not causes (``وأرجع الحارس الكرة إلى …``, ``وأرجعت كرسي السائق إلى وضعه``: the
#: near misses read in ANT and SaudiNewsNet), folded, without ``ال``.
_RETURNED_THINGS = frozenset(fold(w) for w in "كرة كرسي مبلغ أموال صلاحيات".split())


_CONSIDER_LEMMA = "اعتبر"
#: The present forms of ``اعتبر`` that read as the passive after a relative pronoun (folded).
_CONSIDERED_FORMS = frozenset(fold(w) for w in "يعتبر تعتبر".split())
#: How far (tokens) :func:`_considered` looks for the comma that closes the relative clause.
_CONSIDERED_TOKENS = settings.QUOTES_CONSIDERED_TOKENS


def _considered(text: str, s: int, e: int) -> bool:
    """Step 53d: ``يعتبر``/``تعتبر`` right after a relative pronoun, with no ``أن``/``إن`` before the
    next comma or stop (``محمد العريفي، الذي يعتبر أحد وجوه تيار الصحوة …، إن …``): the passive "who
    is considered" with its predicate, or a small clause about the antecedent; it reports nothing
    here, and read as a cue it took the statement of the verb before it (``قال``) with the predicate
    as its speaker (held-out 78 CN-850). ``الذي يعتبر أن …`` ("who holds that") and ``التي تعتبر
    السلطات أنها …`` (its own subject, then its clause) stay cues; so does a clause with no comma or
    stop within :data:`_CONSIDERED_TOKENS` tokens."""
    if not (_after_relative(text, s) or _after_and_relative(text, s)):
        return False
    toks = phrase_tokens(text, e, limit=_CONSIDERED_TOKENS)
    if _elative_predicate(toks):
        return True
    for _s, _e, tok in toks:
        if CLAUSE_INTRO_RE.match(fold(tok)):
            return False
        if tok in ("،", ",", ".", ":", "؛", ";"):
            return True
    return False


#: Predicates of the passive ``يعتبر``/``تعتبر`` ("is considered") that no reported clause opens:
#: elatives (``أكبر``, ``أهم``, ``أول``), ``أحد``/``إحدى`` ("one of"), ``بمثابة`` ("tantamount to"),
#: folded; ``من`` before one of them (``من أكبر``) too (step 54d).
_ELATIVE_PREDICATES = frozenset(fold(w) for w in """أكبر أصغر أهم أبرز أول أحد إحدى أكثر أقدم أفضل أعلى
أقوى أسوأ أخطر أشهر أقل أعظم أوسع أطول أغنى بمثابة""".split())


def _after_and_relative(text: str, pos: int) -> bool:
    """Step 54d: whether the word before ``pos`` is a relative pronoun with the conjunction ``و``
    (``والذي``, ``والتي``: a second relative clause on the same antecedent)."""
    before = text[max(0, pos - 10) : pos].split()
    return bool(before) and fold(before[-1])[:1] == "و" and fold(before[-1])[1:] in _RELATIVES


def _elative_predicate(toks: list[tuple[int, int, str]]) -> bool:
    """Step 54d (new33): whether the tokens after a relative's ``يعتبر`` open its predicate with an
    elative or ``أحد`` (:data:`_ELATIVE_PREDICATES`, or ``من`` + one): ``والذي يعتبر أكبر مركز في أوروبا
    لاحتجاز المهاجرين إن بعض نزلائه …`` is "which is considered the largest centre", and the ``إن``
    later belongs to the verb before it (``وقالت الهيئة``), with no comma between (held-out 82 FR-398,
    2 quotations). The passive's predicate is a noun phrase in the accusative (Ryding 2005 ch. 11:
    elatives in construct, "the largest X"); ``اعتبر`` that reports takes ``أن`` or an object."""
    if not toks:
        return False
    f = fold(toks[0][2])
    if f == "من" and len(toks) > 1:
        f = fold(toks[1][2])
    return f in _ELATIVE_PREDICATES


def _relayed_to_comma(text: str, start: int, cstart: int, base: int) -> Phrase | None:
    """Step 54d (new33): the source after ``نقلا عن`` read up to the comma that ends it, when the subject
    reading ran over that comma into the reported content (``وذكرت صحيفة … نقلاً عن رئيس بلدية تريب،
    مقتل شخص واحد``: the apposition reading took ``مقتل شخص`` for the mayor's name; held-out 81 CN-174).
    The words from local offset ``start`` to the first comma before ``cstart`` (1 to 6 words) are
    analysed as a subject phrase (:func:`analyse_phrase`); ``None`` when no comma stands there or the
    words are no name, role, source or body."""
    toks = phrase_tokens(text, start, limit=8)
    k = next((i for i, t in enumerate(toks) if t[2] in ("،", ",")), None)
    if k is None or not 1 <= k <= 6 or toks[k][1] > cstart or not all(t[2].isalpha() for t in toks[:k]):
        return None
    phrase = analyse_phrase(text, toks[:k], base, subject=True)
    return phrase if phrase.kind in ("name", "nominal", "source", "org") else None


def _source_before_say(text: str, start: int, base: int) -> tuple[Phrase, int] | None:
    """Step 53d: the source of ``نقل عن X قوله`` when the subject reading found none in ``X``
    (``ونقلت صحيفة ليكيب عن مونييه قوله``: a foreign surname ending in ``ه`` is read as a noun with a
    possessive suffix, the object, and the quotation had no speaker; held-out 79 AL-835). Between
    ``عن`` and ``قوله``/``قولها`` (:data:`SAY_LINKS`) the words can only be the source relayed: one or
    two words of letters, none a stop word, are read as a name. ``(phrase, end)`` (local end, as
    :func:`subject_phrase`), or ``None`` when no such words stand there."""
    toks = phrase_tokens(text, start, limit=3)
    k = next((i for i, t in enumerate(toks) if fold(t[2]) in SAY_LINKS), 0)
    if not 1 <= k <= 2 or not all(t[2].isalpha() and not is_stop(t[2]) for t in toks[:k]):
        return None
    a, b = toks[0][0], toks[k - 1][1]
    return Phrase(base + a, base + b, text[a:b], "name", text[a:b], Span(base + a, base + b)), b


def _cause_object(tok: str) -> bool:
    """True when ``tok`` opens the object of ``أرجع``: :data:`_CAUSE_OBJECT_WORDS` or a verbal noun."""
    return fold(tok) in _CAUSE_OBJECT_WORDS or _verbal_noun_word(tok)


def _cut_last_party(text: str, base: int, phrase: Phrase, p_end: int) -> tuple[Phrase, int]:
    """``phrase`` (a subject read up to the key word of a blaming verb) cut before its last word after
    the first that opens a party's name — an organisation head or a place (``الرئاسة الفلسطينية |
    حركة حماس``, ``وزير الخارجية … رياض المالكي | الحكومة الإسرائيلية``): the object starts there.
    ``(phrase re-analysed, local end)``; unchanged when no word does (:func:`blame_verbs`)."""
    words = [t for t in phrase_tokens(text, phrase.start - base, limit=20) if t[1] <= phrase.end - base]
    at = max((k for k, (_s, _e, tok) in enumerate(words) if k and (
        fold(tok).removeprefix("ال") in ORG_HEADS or fold(tok) in ORG_HEADS or is_place(tok))), default=0)
    return (analyse_phrase(text, words[:at], base), words[at][0]) if at else (phrase, p_end)


def _responsibility(tok: str) -> bool:
    f = fold(tok.strip("\"«»“”'")).removeprefix("و").removeprefix("ال")
    return f.startswith(("مسووليه", "مسووليت", "مسوولي", "مسئولي"))


def _blame_key(text: str, e: int, sent_end: int, kind: str) -> tuple[int, int] | None:
    """``(local start of the key word, local start of the content when it opens at the key)`` for the
    verb of ``kind`` ending at local ``e`` (the key within :data:`BLAME_KEY_TOKENS`, before the
    sentence end, a colon, a complementizer or another cue), or ``None``."""
    toks = phrase_tokens(text, e, limit=BLAME_KEY_TOKENS)
    for k, (s, _e, tok) in enumerate(toks):
        if s >= sent_end or tok in (":", "؛") or _clause_intro(tok) or (k and _other_cue(tok)):
            return None
        f = fold(tok)
        if kind == "hold" and _responsibility(tok):
            prev = fold(toks[k - 1][2]) if k else ""
            return (s, -1) if k and prev not in _DEMONSTRATIVES else None
        if kind == "cause" and f in ("الى", "إلى"):
            return (s, -1) if k else None
        if kind == "lay" and f in _BLAME_NOUNS:
            for s2, _e2, tok2 in toks[k + 1 : k + 1 + _BLAME_ON_TOKENS]:
                if s2 >= sent_end or tok2 in (".", ":", "؛"):
                    return None
                if fold(tok2) == "على":
                    return s, s2
            return None
    return None


def blame_verbs(
    text: str, base: int, inside_marks: list[tuple[int, int]], known: frozenset[str], hits: list[CueHit],
    ends: list[int],
) -> list[CueHit]:
    """Statements of blaming and of naming a cause in paragraph ``text`` (:data:`BLAME_VERB_RE`): the
    verb, its subject (elided for a participle, or when only the object stands before the key word)
    and the content from the object (``حمّل``, ``أرجع``) or from ``على`` (``ألقى باللوم``). A finite
    verb counts with a proclitic or at a clause start (``كما``, ``قد``, ``وكانت … قد``), not negated,
    not after a relative pronoun; a participle after a comma or at a clause start. Each is a
    :class:`CueHit` that opens its clause."""
    out: list[CueHit] = []
    taken = {h.start for h in hits}
    for m in BLAME_VERB_RE.finditer(text):
        s, e = m.start(), m.end()
        if s in taken or inside(inside_marks, s) or _negated(text, s) or _after_relative(text, s):
            continue
        kind = "hold" if m.group("hold") else "cause" if m.group("cause") else "lay"
        participle = bool(m.group("hold_p") or m.group("cause_p") or m.group("lay_p"))
        before = [h for h in hits if h.start < s]
        if (_inside_indirect_statement(before, s, ends) if participle else _inside_statement(before, s, ends, text)):
            continue  # …، مرجعا ذلك إلى … after an indirect statement continues it (the participle rule)
        if not (m.group("clitic") or _clause_initial(text, s) or _after_kana_subject(text, s)
                or _subject_before_qad(text, s)):
            continue  # ما يحمل الطابع …, بلد حمل السلاح مسؤولية …: no clause of its own
        sent_end = next_end(ends, s)
        key = _blame_key(text, e, sent_end, kind)
        if key is None:
            continue
        k_start, on = key
        if kind == "cause" and any(fold(_strip_clitic(t[2])).removeprefix("ال") in _RETURNED_THINGS
                                   for t in phrase_tokens(text, e, limit=BLAME_KEY_TOKENS) if t[1] <= k_start):
            continue  # وأرجع الحارس الكرة إلى منتصف الملعب: "returned", no cause is named
        form = _HOLD_FORM if kind == "hold" else _CAUSE_FORM if kind == "cause" else _LAY_FORM
        if participle or _subject_before_qad(text, s):
            phrase, p_end = Phrase(base + e, base + e, "", "elided"), e
        else:
            words = [t for t in phrase_tokens(text, e, limit=BLAME_KEY_TOKENS) if t[1] <= k_start]
            phrase, p_end = subject_phrase(text, e, base, (), known, transitive=True)
            if p_end > k_start:
                phrase, p_end = (analyse_phrase(text, words, base, subject=True), words[-1][1]) if words else (
                    Phrase(base + e, base + e, "", "elided"), e)
            if kind == "cause" and phrase.text:
                if _cause_object(phrase.text.split()[0]):
                    # وأرجع أسباب تأخر التطهير إلى …: the object right after the verb, the subject elided
                    phrase, p_end = Phrase(base + e, base + e, "", "elided"), e
                else:
                    phrase, p_end = _cut_phrase(text, base, phrase, p_end, _cause_object)
            if kind != "lay" and phrase.text and not text[p_end:k_start].strip():
                # وكانت قد حملت الرئاسة الفلسطينية حركة حماس المسؤولية: the object read into the subject
                # starts at a second organisation or a place; with none (وأرجعت السبب إلى …, وحمل
                # الحكومة المسؤولية) the words read are the object and the subject is elided
                cut, cut_end = _cut_last_party(text, base, phrase, p_end)
                phrase, p_end = (cut, cut_end) if cut_end < p_end else (Phrase(base + e, base + e, "", "elided"), e)
        if kind == "lay":
            cstart = on
        else:
            nxt = [t for t in phrase_tokens(text, p_end, limit=BLAME_KEY_TOKENS) if t[0] < k_start]
            while nxt and (nxt[0][2] in ("،", ",") or fold(nxt[0][2]) in _TIME_ADVERBS):
                nxt = nxt[1:]  # حملت بريطانيا الاثنين روسيا …: the object after a time adverb
            if nxt and fold(nxt[0][2]) in _BLAME_ADJUNCT_PREPS:
                comma = next((i for i, t in enumerate(nxt) if t[2] in ("،", ",")), None)
                obj = next((i for i, t in enumerate(nxt) if i and _cause_object(t[2])), None)
                if comma is not None:
                    nxt = nxt[comma + 1 :]  # …، على لسان …، رئيس الوزراء …: an adjunct between commas
                elif kind == "cause" and obj is not None:
                    nxt = nxt[obj:]  # أرجعت فرق التحقيق في الموقع سبب الحادث إلى …: past the adjunct
            cstart = nxt[0][0] if nxt else k_start
        out.append(CueHit(s, e, form, phrase, "object", cstart, None, True))
    return out


#: The lemma of denial, whose object is what is denied (``نفى هذه الاتهامات``; not ``جدد``: ``وتجدد هذا
#: الفريق`` is the intransitive "was renewed").
DENIAL_LEMMA = "نفى"
#: Media heads and documents (folded, without ``ال``): after ``نقلا عن`` they carry the subject's words,
#: they are not a speaker (``وذكرت صحيفة "ديلي ميل"، نقلا عن تقارير المخابرات``: the newspaper, the
#: speaker-audit convention; a singular document noun is in ``DOCUMENT_HEADS``).
_RELAY_MEDIA = frozenset(fold(w) for w in """وكالة صحيفة جريدة قناة شبكة موقع مجلة إذاعة اذاعة تلفزيون وسائل
تقارير بيانات رسائل وثائق تصريحات تسريبات""".split())
#: ``نقلا عن`` ("quoting"), written with or without tanween, before the source it names.
_RELAYED_FROM_RE = re.compile(r"(?<!\w)نقلا?\u064b?\s+عن\s+")


#: Nouns of what is denied (folded, without ``ال`` and a possessive): a charge, a claim, a report
#: (``نفى الاتهامات``, ``نفى مزاعم التحرش``, ``نفت التقارير``). None of them heads the subject of ``نفى``
#: (a person or body denies), so the first of them in a subject phrase as read starts the object
#: (:func:`_denied_object`; docs/quotes.md step 42d).
_DENIED_NOUNS = frozenset(fold(w) for w in """اتهام اتهامات تهمة تهم مزاعم مزاعمه ادعاء ادعاءات شائعة شائعات
إشاعة إشاعات اشاعات أنباء انباء تقارير أخبار اخبار صحة علاقة مسؤولية مسؤوليته""".split())


def _denied_word(tok: str) -> bool:
    """True when ``tok`` opens what a denial denies: a noun of :data:`_DENIED_NOUNS` (with ``ال`` or a
    possessive) or a verbal noun that is no organisation's head (``استعمال``, ``تورطه``)."""
    f = _strip_clitic(tok).removeprefix("ال")
    return (f in _DENIED_NOUNS or _POSSESSIVE_END_RE.sub("", f) in _DENIED_NOUNS
            or (_verbal_noun_word(tok) and f not in ORG_HEADS))


def _denied_object(text: str, base: int, e: int, phrase: Phrase, p_end: int) -> tuple[Phrase, int, int] | None:
    """The object of a denial (``نفى``) that its subject phrase read over: ``(subject, its local end,
    local start of the object)``, or ``None``. The object is the first word of :func:`_denied_word`
    in the phrase — its first word (the subject elided or before ``قد``: ``لكنه نفى الاتهامات الموجهة
    إليه``, ``وكان الوزير قد نفى التهمة``) or a later one (``وينفي الجيش السوري استعمال البراميل …،
    ولكن …``, held-out 17; ``لكنه نفى مزاعم التحرش``, held-out 64) — or the word right after the
    subject (``ونفت الشركة الشائعات حول إفلاسها``), or right after the verb when the subject is elided. Before a read like this the subject phrase ran on over the object and
    the word after it was taken for the object (``… الموجهة | إليه``)."""
    if phrase.kind == "elided" or not phrase.text:
        toks = phrase_tokens(text, e, limit=1)
        if toks and _denied_word(toks[0][2]):
            return Phrase(base + e, base + e, "", "elided"), e, toks[0][0]
        return None
    first = phrase.text.split()[0]
    if _denied_word(first) or fold(first) in _OBJECT_DEMONSTRATIVES:
        # (لكنه نفى هذه الاتهامات: a demonstrative and its noun; a subject after one would come with
        # its clause, نفى هذا المسؤول أن …, read before this)
        return Phrase(base + e, base + e, "", "elided"), e, phrase.start - base
    cut, cut_end = _cut_phrase(text, base, phrase, p_end, _denied_word)
    if cut_end < p_end:
        return cut, cut_end, cut_end  # (_cut_phrase ends the subject where the object word starts)
    toks = phrase_tokens(text, p_end, limit=1)
    if toks and _denied_word(toks[0][2]):
        return phrase, p_end, toks[0][0]  # ونفت الشركة الشائعات حول إفلاسها: right after the subject
    return None


def _denied_noun(text: str, pos: int, sent_end: int) -> int | None:
    """Local start of what a denial denies when it is a plain noun after the subject and a comma or a
    time adverb (``ونفت روسيا، الخميس، اتفاقا …``, ``ونفت الحكومة، أمس، الاتهامات``): an indefinite
    accusative in ``ا`` or a definite noun, within 6 tokens, before any clause or other cue; the
    held-out 3 and 9 conventions annotate denied nouns. ``None`` otherwise."""
    prev = ""
    for i, (s, _e, tok) in enumerate(phrase_tokens(text, pos, limit=6)):
        if s >= sent_end or tok == ":" or _clause_intro(tok) or _other_cue(tok):
            return None
        if i > 0 and (prev in ("،", ",") or fold(prev) in _TIME_ADVERBS) and tok[:1].isalpha() and not is_stop(tok) and (
                (len(fold(tok)) > 3 and fold(tok).endswith("ا")) or fold(tok).startswith("ال")) and fold(tok) not in _TIME_ADVERBS:
            return s
        prev = tok
    return None


#: Lemmas whose bare text after a colon is a statement only after a speech event or a medium
#: (``وذكر النادي في بيان: أصبح …``; ``ذكرت أسماء ثلاثة رجال وهم: …`` is a list).
BARE_COLON_EVENT_LEMMAS = frozenset({"ذكر"})
#: Where a statement is written, besides the speech-event nouns (folded, without ``ال``).
_MEDIUM_NOUNS = frozenset(fold(w) for w in "موقع حساب صفحة منصة".split())


def _colon_after_event(text: str, e: int, content: int) -> bool:
    """True when the words between the cue's end ``e`` and the content after a colon hold a
    speech-event noun or a medium (``وذكر النادي في بيان:``, ``على موقع "انستغرام"``); a bare subject
    before the colon is not enough (``وذكر الوزير: الوضع مستقر`` stays no statement, the convention of
    ``tests/test_quotes_recall_generalise.py``)."""
    words = [t for t in phrase_tokens_before(text, e, 16, content) if t[2][:1].isalpha()]
    return any(speech_event(t[2]) or _strip_clitic(t[2]).removeprefix("ال") in _MEDIUM_NOUNS
                            for t in words)


#: Demonstratives that open a noun object after ``نفى`` (folded; not ``ذلك``/``ذاك``, pronouns
#: of the whole previous statement).
_OBJECT_DEMONSTRATIVES = frozenset(fold(w) for w in "هذا هذه هذين هاتين هؤلاء تلك".split())

#: Verbal nouns of the فَعْل pattern (no derived shape to recognise) that follow ``دعا لـ``
#: (``دعا لوضع حد``), folded.
#: (step 53c) and the calls to visit, to act, to intervene (``دعا كيم جونغ أون الرئيس الأمريكي دونالد
#: ترامب لزيارة بيونغ يانغ``, held-out 43; ``… كافة الهيئات، للتحرك الفوري``, held-out 47), also after
#: ``لل`` (:func:`lam_masdar`); not ``عمل``, a ministry's word (``وزير الدولة للعمل``).
_CALL_MASDARS = frozenset(fold(w) for w in "وضع عقد بذل حل فتح وقف رفع منع أخذ نبذ زيارة تحرك تدخل".split())
#: The انفعال verbal noun (``انضمام``, ``انسحاب``), folded, after ``لل``.
_INFI3AL_RE = re.compile(r"^ان\w\wا\w$")


def lam_masdar(ftok: str) -> bool:
    """True when folded ``ftok`` is ``ل`` + a verbal noun (``لتشكيل``, ``لوضع``, ``لاتخاذ``): the
    complement of ``دعا`` ("called for"); not ``لل`` + a definite noun, a possessive (``له``) or a name."""
    if ftok[:1] != "ل" or len(ftok) < 4 or ftok[1:3] == "ال":
        return False
    if ftok[1] == "ل":  # لل + a definite verbal noun: للانضمام, للتعاون (not للحكومة, للرئيس)
        rest = ftok[2:]
        return len(rest) > 3 and (is_verbal_noun(rest) or bool(_INFI3AL_RE.match(rest)) or rest in _CALL_MASDARS)
    rest = ftok[1:]
    return (rest in _CALL_MASDARS or is_verbal_noun(rest)) and not is_person_token(rest) and not is_place(rest)


#: ``دعا`` "called for" (docs/quotes.md step 36): its ``إلى``/``ل`` complement may stand after a long
#: addressee or adjunct (:func:`far_call`).
CALL_LEMMA = "دعا"
#: Most tokens from the end of the subject of ``دعا`` to a far ``إلى``.
_FAR_CALL_TOKENS = 16
#: ``نبه`` "alerted" (cues.py: a clause only, ``نبه مبعوث … إلى سوريا`` is "envoy to") with its
#: addressee and ``إلى``/``ل`` + a verbal noun (``نبهت ركابها إلى توقع تأخير``, held-out 8; step 54c),
#: read by :func:`far_call` (its envoy and place guards) within a short addressee only.
ALERT_LEMMA = "نبه"
#: Most tokens from the end of the subject of ``نبه`` to its ``إلى``: a possessed or definite
#: addressee of up to three words, then the preposition.
_ALERT_ADDRESSEE_TOKENS = 4
#: Words after which ``إلى`` belongs to the word, not to ``دعا`` (a movement, an envoy, a message),
#: folded.
_MOTION_BEFORE_ILA = frozenset(fold(w) for w in """وصل وصوله وصولها عودة عودته عاد توجه توجهه زيارة
زيارته زيارتها رحلة المبعوث مبعوث سفير السفير رسالة رسالته نقل نقله انضمام سافر الطريق إضافة بالإضافة
استنادا نظرا إشارة مشيرا بالنسبة وصولا""".split())


def far_call(text: str, pos: int, sent_end: int, limit: int = _FAR_CALL_TOKENS) -> tuple[str, int, None] | None:
    """The complement of ``دعا`` after its subject ending at local ``pos`` when it did not follow at
    once: the first ``إلى``/``الى`` (or ``ل`` + a verbal noun, :func:`lam_masdar`) within
    :data:`_FAR_CALL_TOKENS` tokens of the sentence, followed by a word, with no colon, mark,
    complementizer or other cue before it, and not one or two words after a word of motion or an
    envoy (:data:`_MOTION_BEFORE_ILA`: ``المبعوث الأممي إلى سوريا``) nor before a place →
    ``("prep", local start, None)``, else ``None``.
    The gold convention (held-out 10/11): the content of ``دعا X إلى`` starts at ``إلى`` after the
    addressee (``دعا الأمين العام …، الأطراف الأخرى … إلى الالتزام``: held-out 9, 16, 17, 47).
    ``limit``: most tokens read (:data:`_ALERT_ADDRESSEE_TOKENS` for ``نبه``, step 54c)."""
    toks = phrase_tokens(text, pos, limit=limit + 1)
    prev = prev2 = ""
    for k, (s, _e, tok) in enumerate(toks):
        if s >= sent_end or tok == ":" or tok in MARK_FAMILY or CLAUSE_INTRO_RE.match(fold(tok)):
            return None
        f = fold(tok)
        nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
        if (f in ("الى", "إلى") or lam_masdar(f)) and nxt[:1].isalpha() and toks[k + 1][0] < sent_end:
            if (fold(prev) in _MOTION_BEFORE_ILA or fold(prev2) in _MOTION_BEFORE_ILA
                    or (f in ("الى", "إلى") and is_place(nxt))):
                return None  # (one word may stand between: المبعوث الخاص إلى)
            return ("prep", s, None)
        if _other_cue(tok):
            return None
        prev2, prev = prev, tok
    return None


def _cut_at_lam_masdar(text: str, base: int, phrase: Phrase, p_end: int) -> tuple[Phrase, int]:
    """A subject phrase read over ``ل`` + a verbal noun (``دعت حماس لتشكيل حكومة`` read ``حماس لتشكيل
    حكومة``) ends before it: ``(phrase re-analysed, local end)``; unchanged when there is none."""
    return _cut_phrase(text, base, phrase, p_end, lambda tok: lam_masdar(fold(tok)))


def _cut_phrase(text: str, base: int, phrase: Phrase, p_end: int, starts_object) -> tuple[Phrase, int]:
    """``phrase`` cut before its first word after the first for which ``starts_object(word)`` holds
    (the verb's object read into the subject): ``(phrase re-analysed, local end)``; unchanged when
    no word does."""
    words = phrase_tokens_within(text, phrase.start - base, 20, phrase.end - base)
    for k, (s, _e, tok) in enumerate(words):
        if starts_object(tok) and k:  # (every word is shown to the predicate: it may keep state)
            return analyse_phrase(text, words[:k], base), s
    return phrase, p_end


def prep_after_addressee(text: str, pos: int, form: CueForm, sent_end: int) -> tuple[str, int, None] | None:
    """The complement of a participle of addressing after its addressee object (``داعيا الأولياء
    بضرورة …``, ``وداعيا الحركة للانضمام``, ``مطالبا الحكومة بالتدخل``): at most three words, then
    one of the lemma's prepositions, ``ب`` + a verbal noun or ``ل`` + a verbal noun →
    ``("prep", local start, None)``; ``None`` otherwise (``داعيا له`` prays for him)."""
    toks = phrase_tokens(text, pos, limit=5)
    for k, (s, _e, tok) in enumerate(toks):
        if s >= sent_end or not tok[:1].isalpha():
            return None
        f = fold(tok)
        if k and ((f in ("الى", "على") and any(fold(c) == f for c in form.complements))
                  or (f[:1] == "ب" and len(f) > 3 and is_verbal_noun(f[1:]))
                  or lam_masdar(f)):
            return ("prep", s, None)
        if k >= 3 or is_stop(tok) or _other_cue(tok) or f.endswith(("ه", "ها", "هم")) and k == 0 and len(f) <= 4:
            return None
    return None


#: How far after the subject (in tokens) ``عن`` / ``ب`` + verbal noun may still open the complement
#: without a comma before it (``أفادت الأنباء الواردة من تركيا بمقتل``); further on it belongs to
#: another clause (``… منطقة عفرين، لصد الهجوم بينما لم يخرج عن النظام``).
_LATE_PREP_TOKENS = 7

#: Prepositions that open an adjunct between a participle and its clause (``مؤكدا أمام حشد من
#: أنصاره أنه …``, ``مضيفا في تصريح صحفي أن …``), folded.
_ADJUNCT_PREPS = frozenset(fold(w) for w in "في أمام خلال لدى أثناء عقب بعد قبل مع عبر ل لـ".split())
#: Longest such adjunct, in tokens (the preposition included).
_ADJUNCT_MAX_TOKENS = 7
#: Characters from a participle within which the colon of :func:`_quote_after_adjunct` is looked for
#: (seven words, a comma and two time adverbs: ``في كلمة له أمام البرلمان، الثلاثاء``).
_ADJUNCT_COLON_REACH = 120


def clause_after_adjunct(
    text: str, pos: int, sent_end: int, mark_starts: dict[int, int] | None = None, quote_ok: bool = False,
) -> tuple[str, int, int | None] | None:
    """A participle's clause after a prepositional adjunct: ``مؤكدا أمام حشد من أنصاره أنه …`` →
    ``("clause", local start of أنه, None)``. The adjunct starts with one of :data:`_ADJUNCT_PREPS`
    (or a word glued to ``ل``), holds at most :data:`_ADJUNCT_MAX_TOKENS` tokens, no punctuation, no
    quotation mark and no other cue; ``None`` otherwise (``مؤكدا استمرار …`` continues the statement).

    With ``mark_starts`` (local offset of each opening quotation mark → its words) the adjunct may
    also end with a colon and a quotation mark, a comma and time adverbs before the colon (``، مشيرا في
    كلمة له، الثلاثاء: "من الواضح …"``, held-out 78 CN-850; step 53e) → ``("quote", local start of
    the quotation, local offset of its mark)``: the direct quotation a colon gives the participle
    right after it (``مشيرا: "…"``). With ``quote_ok`` (a participle that takes a quotation) the
    adjunct may end with an opening mark and no colon when the quotation ends its sentence and holds
    at least ``QUOTE_AFTER_ADJUNCT_MIN_WORDS`` words (``قائلا خلال زيارة لموسكو "…".``, nu33; step
    55c) → the same ``("quote", …)``."""
    # (a colon near enough, found by one str.find, before the longer window is made: most adjuncts
    # have none)
    colon = bool(mark_starts) and text.find(":", pos, min(sent_end, pos + _ADJUNCT_COLON_REACH)) >= 0
    toks = phrase_tokens(text, pos, limit=_ADJUNCT_MAX_TOKENS + (4 if colon else 1))
    if not toks or not (fold(toks[0][2]) in _ADJUNCT_PREPS or (toks[0][2][:1] == "ل" and len(toks[0][2]) > 3)):
        return None
    if fold(toks[0][2]) in _TEMPORAL_BEFORE_AN and len(toks) > 1 and CLAUSE_INTRO_RE.match(fold(toks[1][2])):
        return None  # وكان اعتماد القرار متوقعا بعد أن منح …: a time clause, not the participle's complement
    if colon:
        quoted = _quote_after_adjunct(toks, sent_end, mark_starts)
        if quoted is not None:
            return quoted
    for s, _e, tok in toks[1 : _ADJUNCT_MAX_TOKENS + 1]:
        if s >= sent_end:
            return None
        if not tok[:1].isalnum():
            if quote_ok and mark_starts and mark_starts.get(s, 0) >= settings.QUOTE_AFTER_ADJUNCT_MIN_WORDS:
                return ("quote", s + 1, s)  # قائلا خلال زيارة لموسكو "…". (step 55c)
            return None
        if _clause_intro(tok):
            return ("clause", s, None)
        if _other_cue(tok):
            return None
    return None


def _quote_after_adjunct(
    toks: list[tuple[int, int, str]], sent_end: int, mark_starts: dict[int, int],
) -> tuple[str, int, int] | None:
    """``("quote", start, mark)`` when ``toks`` (from a participle's end, an adjunct's preposition
    first) hold at most :data:`_ADJUNCT_MAX_TOKENS` words of the adjunct, then optionally a comma and
    time adverbs (:data:`_TIME_ADVERBS`), then a colon and an opening quotation mark of
    ``mark_starts``; ``None`` otherwise (see :func:`clause_after_adjunct`)."""
    words = 0
    timed = False  # a comma read: only time adverbs may follow it
    for i, (s, _e, tok) in enumerate(toks):
        if s >= sent_end:
            return None
        if tok == ":":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if i > 0 and nxt is not None and nxt[0] in mark_starts:
                return ("quote", nxt[0] + 1, nxt[0])
            return None
        if tok in ("،", ","):
            if timed:
                return None
            timed = True
            continue
        if not tok[:1].isalnum() or _clause_intro(tok) or (i > 0 and _other_cue(tok)):
            return None
        if timed:
            if fold(tok) not in _TIME_ADVERBS:
                return None
            continue
        words += 1
        if words > _ADJUNCT_MAX_TOKENS:
            return None
    return None


def _plain_verbal_noun_at(text: str, pos: int) -> bool:
    toks = phrase_tokens(text, pos, limit=1)
    return bool(toks) and (_verbal_noun_word(toks[0][2]) or fold(toks[0][2]) in OBJECT_OPENERS)


#: A preposition with a pronoun that may stand between a cue and its object (``أعدت تقريرا، أكدت فيه
#: عدم مراعاة …``), folded.
_RESUMPTIVES = frozenset(fold(w) for w in "فيه فيها خلاله خلالها".split())


def verbal_noun_object(text: str, pos: int, sent_end: int, after_name: bool = True) -> int | None:
    """Local start of a cue's noun object from ``pos`` (the end of its subject): the first verbal noun
    (:func:`marsad.quotes.cues.is_verbal_noun`, or ``أي``) right at ``pos`` or after a comma, a
    closing parenthesis, a time or a manner adverb (``أكد المدير …، اليوم الاثنين، إصابة سبعة تلاميذ``, ``أعلن النادي
    يوم الأربعاء تعيين …``), within the sentence and before any complementizer or other cue; ``None``
    when there is none. With ``after_name`` a verbal noun right after a person-name token counts too
    (``أكد المتحدث … في عدن علي سعيد استكمال …``); not for ``جدد``/``نفى`` (``جددت … ميليشيات المخلوع
    صالح استهدافها``: a renewed action)."""
    prev, prev_start = "", pos
    for i, (s, _e, tok) in enumerate(phrase_tokens(text, pos, limit=14)):
        if s >= sent_end or tok == ":" or _clause_intro(tok):
            return None
        if tok in "\"«“”»":
            if tok in "\"»”":
                prev, prev_start = tok, s  # أعلنت الخطوط الجوية البريطانية "بريتش إيرويز" إيقاف …
            continue  # a quoted name in an adjunct: على الجوهرة "اف ام" صباح اليوم إنهاء …
        if i == 0 and is_possessed_object(tok):
            return s  # ونفى خضوعه لأي عملية: a possessed noun right after the verb is its object
        if (i == 0 or prev in ("،", ",", ")", "\"", "»", "”") or fold(prev) in _TIME_ADVERBS or fold(prev) in _RESUMPTIVES
                or is_month(prev)  # وأعلنت مصر في شباط/فبراير تأجيل …
                or fold(prev) in _MANNER_ADVERBS or (after_name and i > 1 and is_person_token(prev))) and (
                ((is_verbal_noun(tok) or is_if3al_noun(tok)) and not is_person_token(tok) and not is_place(tok))
                or fold(tok) in OBJECT_OPENERS):
            return prev_start if fold(prev) in _MANNER_ADVERBS else s  # نفى بشدة تورطه: from the adverb
        if _other_cue(tok):
            return None
        prev, prev_start = tok, s
    return None


#: Lemmas whose participle takes a verbal-noun object as its statement (``، مؤكدا عدم تهاون الوزارة في
#: …``, ``، مؤكدة سقوط قتلى``, ``، نافيا حدوث اتفاق``, ``، متوقعا استمرار الزيادة``): annotated 17 times in
#: the held-out sets (3 more are ABSTRACT copies annotated in the TEXT); inside a statement of its sentence
#: only after a comma (``وقال إن …، مؤكداً استمرار الاتصالات``: read into the statement before it by step
#: 36's seed and dev gold, split by the 43 dev sets 30 times to 3: step 52d). ``بين`` (``، مبينا استمرار
#: التفويض``) since step 52d.
#: Not جدد (``مجددا`` is the adverb "again"), not أعلن (``معلنة تسجيل ريال الهدف الثالث``, ``معلناً
#: عودته القوية``: a ball or a player "announcing" in match reports, 2 of 5 on fresh text).
PARTICIPLE_OBJECT_LEMMAS = frozenset({"أكد", "نفى", "توقع", "استبعد", "بين"})
#: Adjuncts that may stand between such a participle and its object (folded, three words).
_PARTICIPLE_ADJUNCTS = frozenset(fold(w) for w in (
    "في الوقت نفسه", "في الوقت ذاته", "في ذات الوقت", "في هذا الصدد", "في هذا السياق", "في هذا الإطار",
))


def participle_object(text: str, e: int, sent_end: int) -> int | None:
    """Local start of the verbal-noun object of a cue participle ending at local ``e``
    (:data:`PARTICIPLE_OBJECT_LEMMAS`): the next word, or the word after ``أيضا``/``كذلك`` or an adjunct
    of :data:`_PARTICIPLE_ADJUNCTS`, when it is a verbal noun (:func:`_announced_noun`, or ``أي``: ``نافيا
    أي نية``) followed by a word or an opening mark of its sentence; ``None`` otherwise (``مؤكدا أن …`` is
    read as a clause before this; ``مؤكدا للصحفيين`` has no object)."""
    toks = phrase_tokens(text, e, limit=6)
    k = 0
    if toks and fold(toks[0][2]) in ("ايضا", "كذلك"):
        k = 1
    elif len(toks) >= 3 and fold(" ".join(t[2] for t in toks[:3])) in _PARTICIPLE_ADJUNCTS:
        k = 3
    if k + 1 >= len(toks):
        return None
    (s, _e, tok), nxt = toks[k], toks[k + 1][2]
    if s >= sent_end or not (nxt[:1].isalpha() or nxt in MARK_FAMILY):
        return None
    if (_announced_noun(tok, nxt) and not is_person_token(tok)) or fold(tok) in OBJECT_OPENERS:
        return s
    return None


#: Verbs of announcing and confirming whose verbal-noun object is the statement wherever it stands
#: after the verb (``أعلنت المفوضية العليا للانتخابات العراقية إغلاق صناديق الاقتراع``, ``أكد مديرو
#: التعليم جاهزية المدارس``, ``توقع الرئيس التنفيذي … فرض ضريبة القيمة المضافة``, ``كما ذكر وجود
#: "إعلان هام"``): the gold convention of the dev set and held-out 3–11 ("a noun object of
#: أعلن/أكد/ذكر/توقّع starts the content"; ``heldout11/README.md``). Read by :func:`announced_object`
#: when no other complement was found.
ANNOUNCED_OBJECT_LEMMAS = frozenset({"أعلن", "أكد", "توقع", "ذكر"})
#: Announced objects read only after أعلن (``أعلن المجلس فوز الرئيس``): after أكد they are a match
#: report's (``قبل أن يؤكد فيرمينو فوز ليفربول``), folded, without ``ال``.
_ANNOUNCE_ONLY_NOUNS = frozenset(fold(w) for w in ("فوز", "فوزه", "فوزها", "فوزهم"))
#: Most tokens from the verb to its announced object (the subject and an adjunct between them).
_ANNOUNCED_OBJECT_TOKENS = 14
#: Closing punctuation after which an object may start (an apposition or a parenthesis closed).
_CLOSERS = frozenset(("،", ",", ")", "\"", "»", "”"))
#: An accusative adverb with tanween (``أخيراً``, ``رسمياً``, ``مؤخراً``) before the object.
_TANWEEN_ADVERB_RE = re.compile(r"^[^\Wا]{2,}(?:اً|ًا)$")


_POSSESSIVE_END_RE = re.compile(r"(?:ه|ها|هم|هما)$")
#: Prepositions of time and place whose object a verbal noun is (``وأعلن فور وصوله …``, ``عقب
#: إعلانه``): a verbal noun right after one of them belongs to the adjunct, it is no object.
_NOUN_GOVERNORS = frozenset(fold(w) for w in "فور إثر اثر عقب بعد قبل خلال لدى منذ أثناء حول بشأن عند".split())


def _after_complementizer(text: str, pos: int) -> bool:
    """True when the word before ``pos`` is a complementizer with its pronoun (``أنه توقع نهاية
    داعش``, ``إنها أعلنت``): the cue is inside a reported clause, its object part of that clause."""
    before = text[max(0, pos - 12) : pos].split()
    return bool(before) and CLAUSE_INTRO_RE.match(fold(before[-1])) is not None


#: ``، إلا أن`` / ``، لكن`` / ``، غير أن`` / ``، بيد أن`` / ``، بينما`` / ``، في حين`` / ``، فيما``: a
#: contrast after a comma opening another clause (not ``لكنه``/``إلا أنه``: the same subject goes on).
CONTRAST_CLAUSE_RE = re.compile(
    r"[،,][ \t\u00a0]*(?:إلا\s+أن|الا\s+ان|إلا\s+ان|غير\s+أن|غير\s+ان|بيد\s+أن|ولكن|لكن|بينما|في\s+حين|فيما)(?![\w])"
)
#: Most words between a contrast and the cue verb of its clause (the subject before the verb: ``إلا أن
#: المتحدث باسم البنتاغون نفى``).
CONTRAST_SUBJECT_WORDS = 5
_CONTRAST_WORD_RE = re.compile(r"\S+")
#: Characters before a cue searched for its contrast (five words of subject and the opener fit).
_CONTRAST_WINDOW = 120


#: Step 55d: a contrast written without a comma before it (``… جرت في أجواء هادئة ولكن المعارضة أكدت أن
#: …``); read only before a verb of :data:`BARE_CONTRAST_LEMMAS` with a subject of its own.
BARE_CONTRAST_RE = re.compile(r"(?<=\s)(?:ولكن|لكن|بينما|في\s+حين)(?=\s)")
#: Verbs of saying, asserting and denying whose clause after a bare contrast is another speaker's claim
#: (``لكن روسيا نفت تورطها``, held-out 44's gold ends the statement before it); not verbs of asking or
#: refusing, whose clause the gold keeps inside the statement as the speaker's report (``ولكن روما طلب
#: تعويضا``, ``ولكن صالة المزادات رفضت الإفادة``: held-out 44, 4).
BARE_CONTRAST_LEMMAS = frozenset(
    {"قال", "أكد", "نفى", "أوضح", "ذكر", "أعلن", "اعتبر", "رأى", "زعم", "أفاد", "صرح", "شدد", "أشار", "بين", "اتهم"}
)


def bare_contrast_start(text: str, lo: int, s: int) -> int | None:
    """Offset of a contrast written without a comma (:data:`BARE_CONTRAST_RE`: ``… هادئة ولكن
    المعارضة أكدت أن …``) in ``text[lo:s]`` whose clause the cue at ``s`` is the verb of: one to
    :data:`CONTRAST_SUBJECT_WORDS` words between them (its own subject, none ending with a comma or a
    sentence mark) and the cue a finite verb of :data:`BARE_CONTRAST_LEMMAS` without a proclitic. ``None`` when there is
    none. Step 55d (nu33: ``… استعمال البراميل المتفجرة ولكن محققين … بينوا``)."""
    a = max(lo, s - _CONTRAST_WINDOW)
    if text.find("لكن", a, s) < 0 and text.find("بينما", a, s) < 0 and text.find("حين", a, s) < 0:
        return None  # (no copy of the window: called for every cue inside an earlier statement)
    cm = cue_at(text, s)
    if cm is None or cm.start != s or cm.clitic or cm.cue.participle or cm.cue.lemma not in BARE_CONTRAST_LEMMAS:
        # (``بينما تحسنت نظرته لسوق العمل وقال``: a verb with ``و`` goes on with the subject before it)
        return None
    hit = None
    for m in BARE_CONTRAST_RE.finditer(text, a, s):
        hit = m
    if hit is None:
        return None
    between = _CONTRAST_WORD_RE.findall(text, hit.end(), s)
    if not between or len(between) > CONTRAST_SUBJECT_WORDS or any(w[-1] in "،,.؛:!؟?\"»”" for w in between):
        return None
    return None if fold(between[0]) in _NOT_A_CONTRAST_SUBJECT else hit.start()


#: Words right after a bare ``لكن`` that are no subject of its own (``لكن ما قاله``, ``لكن لم``, a
#: preposition: ``لكن في الوقت نفسه أكد``), folded.
_NOT_A_CONTRAST_SUBJECT = frozenset(
    fold(w) for w in "ما لم لن لا قد في على من عن إلى الى مع بعد قبل خلال عند حتى أن ان إن".split()
)


def contrast_clause_start(text: str, lo: int, s: int, subject: bool = False) -> int | None:
    """Local offset of the comma of a contrast (:data:`CONTRAST_CLAUSE_RE`) in ``text[lo:s]`` whose
    clause the cue at ``s`` is the verb of: at most :data:`CONTRAST_SUBJECT_WORDS` words between the
    contrast and ``s`` (its subject before the verb, or none: ``بينما نفى البنتاغون …``), none of them
    ending with a comma or a sentence mark. Such a clause has a subject of its own and is no part of
    the statement before it (``وقالت الوكالة إن الطائرات قصفت مواقع، إلا أن البنتاغون نفى ذلك``: the
    Pentagon's denial, not the agency's words; fresh new-user report nu18). With ``subject``, at least
    one word must stand there (a subject written before the verb: ``…، بينما قالت إن …`` has its subject
    elided, the one before). Without such a comma, a contrast written without one before a verb of
    saying (:func:`bare_contrast_start`, step 55d). ``None`` when there is none."""
    a = max(lo, s - _CONTRAST_WINDOW)
    if s <= lo:
        return None
    if text.find("،", a, s) < 0 and text.find(",", a, s) < 0:
        return bare_contrast_start(text, lo, s)
    hit = None
    for m in CONTRAST_CLAUSE_RE.finditer(text, a, s):
        hit = m
    if hit is None:
        return bare_contrast_start(text, lo, s)
    between = _CONTRAST_WORD_RE.findall(text, hit.end(), s)
    if len(between) > CONTRAST_SUBJECT_WORDS or any(w[-1] in "،,.؛:!؟?" for w in between) or (subject and not between):
        return None
    return hit.start()


def _inside_statement(hits: list[CueHit], s: int, ends: list[int], text: str | None = None) -> bool:
    """True when the cue at local ``s`` stands inside the content of an earlier cue of its sentence
    (``قالت السفارة إن الشرطة أنهت تحقيقاتها وأعلنت عودة …``, ``ذكرت الصحيفة أن المكتب أصدر تقريرا
    حذر فيه من …``): a nested speaker, part of that statement (the gold convention). With ``text``,
    a cue that is the verb of a contrast clause after that content (:func:`contrast_clause_start`:
    ``…، لكن البنتاغون نفى الاتهامات``) is not inside it: another subject speaks (step 44r)."""
    return any(h.content_start < s and next_end(ends, h.content_start) >= s
               and (text is None or contrast_clause_start(text, h.content_start, s) is None) for h in hits[-3:])


def _inside_clause_statement(hits: list[CueHit], s: int, ends: list[int]) -> bool:
    """:func:`_inside_statement` for a statement whose complement is a clause (``وقال إن …``, ``أشار إلى
    أنه …``): a participle with a verbal-noun object after it continues it (the seed's gold, ``وقال إن
    بلاده أجرت …، مؤكداً استمرار الاتصالات …``: one statement; step 52d)."""
    for h in reversed(hits[-3:]):  # the latest statement around ``s`` (``…، وأعلن غني استئناف …، مؤكدا``)
        if h.content_start < s and next_end(ends, h.content_start) >= s:
            return h.complement == "clause"
    return False


def _inside_indirect_statement(hits: list[CueHit], s: int, ends: list[int]) -> bool:
    """:func:`_inside_statement` for statements that are not quotations in marks (a closed quotation
    ends at its mark: ``وشدد على أن …، وقال: «…»، متهما قائد الجيش بتسييس …`` is a statement of its
    own): only the latest cue before ``s`` is read."""
    h = hits[-1] if hits else None
    return (h is not None and h.complement != "quote" and h.content_start < s
            and next_end(ends, h.content_start) >= s)


def _first_after_index(toks: list[tuple[int, int, str]], p_end: int) -> int:
    return next((k for k, t in enumerate(toks) if t[0] >= p_end), len(toks))


def _possessed_after_adverb(tok: str, prev: str, s: int, p_end: int) -> bool:
    """True for a possessed noun object (``سيطرتها``, ``استقالته``: :func:`is_possessed_object`) after
    the subject and a time adverb or a closing mark (``وأعلنت القوات الحكومية صباح الأربعاء سيطرتها على
    الميناء``, ``أعلن زيدان الخميس خلال مؤتمر صحفي "مفاجئ" استقالته``: the held-out 23 and 27
    convention, a noun object of أعلن starts the content): the adverb ends the subject, so the noun
    is no part of it."""
    if not (s >= p_end and (prev in _CLOSERS or fold(prev) in _TIME_ADVERBS) and is_possessed_object(tok)):
        return False
    m = _POSSESSED_STEM_RE.match(fold(tok))
    if m is None:
        return False
    stem = m.group(1)
    return (stem.endswith("ت") or _DERIVED_MASDAR_RE.match(stem) is not None or is_verbal_noun(stem)
            or (tok[:1] == "إ" and _IF3AL_RE.match(stem) is not None))


#: A noun and its possessive pronoun (folded): the stem in group 1.
_POSSESSED_STEM_RE = re.compile(r"^(\w{3,}?)(?:هما|هم|ها|ه)$")
#: Verbal-noun shapes of the derived verbs (folded): انفعال, افتعال, استفعال, تفاعل, تفعيل, إفعال
#: (``انفصالهما``, ``اعتذاره``, ``تعاقده``, ``تعيينه``, ``إعلانها``; Wright, *A Grammar of the Arabic
#: Language*, §§ 207–213); with the taa marbuta written ``ت`` before the pronoun (``سيطرتها``,
#: ``موافقتها``, ``استقالته``) any feminine noun counts. Not a plural (``أرباحها``: أفعال, the shape of
#: إفعال once folded, so إفعال only when written with ``إ``, :data:`_IF3AL_RE`) nor a participle
#: (``مشتبه``), nor a particle (``لكنها``).
_DERIVED_MASDAR_RE = re.compile(r"^(?:ان\w\wا\w|ا\wت\wا\w|است\w\wا\w|ت\wا\w\w|ت\w\wي\w)$")
_IF3AL_RE = re.compile(r"^ا\w\wا\w$")


#: The verbal noun of the fifth form, تفعّل, with a possessive pronoun (folded: ``ترشحه``, ``تعرضهم``,
#: ``تقدمه``, ``تدخلها``): a four-letter stem in ``ت`` (Wright, *A Grammar of the Arabic Language*,
#: § 210). Bare it is written like many nouns and verbs (``تونس``, ``تركت``), so only possessed and only
#: as an announced object (:func:`_announced_noun`; held-out 9 CN-260, 66 JA-1283; step 42d). Its third
#: letter is the doubled middle radical, never a long ``ا``/``و`` (``تراثها``, ``تجارها``, ``تجاهه`` are
#: nouns and a preposition).
_TAFA33UL_POSSESSED_RE = re.compile(r"^ت\w[^\Wاو]\w(?:هما|هم|ها|ه)$")


#: Verbal nouns of a toll counted by the number after them (folded, without ``ال``): ``أعلن الجيش مقتل
#: 71 شخصا``, ``أكدت الوزارة إصابة 5 أشخاص`` (held-out 47 snn-2137, 50; step 42d). Any other noun before a
#: number is no announced object (``أعلن تعيين 3``, a count of something else, is left to its word).
_COUNTED_NOUNS = frozenset(fold(w) for w in "مقتل مصرع إصابة اصابة وفاة اعتقال إعتقال سقوط استشهاد".split())


def _counted_noun(tok: str) -> bool:
    return _strip_clitic(tok).removeprefix("ال") in _COUNTED_NOUNS


def _announced_noun(tok: str, nxt: str) -> bool:
    """True when ``tok`` is a verbal noun that can open an announced object: listed or of a derived
    shape (:func:`marsad.quotes.cues.is_verbal_noun`, :func:`marsad.quotes.cues.is_if3al_noun`, a
    possessed تفعّل, :data:`_TAFA33UL_POSSESSED_RE`), not a place; a listed one that is also a given
    name (``نجاح``) only before a definite noun that is no name (``نجاح الخطة الأمنية``)."""
    f = _strip_clitic(tok)
    if f.startswith("ال"):
        f = f[2:]
    if not (is_verbal_noun(tok) or is_if3al_noun(tok) or f in ANNOUNCED_NOUNS
            or _POSSESSIVE_END_RE.sub("", f) in ANNOUNCED_NOUNS
            or (f[-1:] == "ا" and _accusative_listed(f))
            or (_TAFA33UL_POSSESSED_RE.match(fold(tok)) is not None and not is_person_token(tok))) or is_place(tok):
        return False
    if is_person_token(tok):
        return bool(nxt) and nxt[:1].isalpha() and fold(nxt).startswith("ال") and not is_person_token(nxt)
    return True


def _accusative_listed(f: str) -> bool:
    """True for a listed verbal noun (folded ``f``, clitic and ``ال`` off) in the indefinite accusative,
    its tanween written with the seat ``ا`` (``وقفاً`` folded ``وقفا``: ``أعلنت حركة طالبان السبت وقفاً
    لإطلاق النار``, held-out 39; step 53c)."""
    return len(f) > 3 and f[-1] == "ا" and (f[:-1] in VERBAL_NOUN_OBJECTS or f[:-1] in ANNOUNCED_NOUNS)


def announced_object(
    text: str, e: int, p_end: int, sent_end: int, subj_start: int,
) -> tuple[int, list[tuple[int, int, str]] | None] | None:
    """The verbal-noun object of an announcing verb (:data:`ANNOUNCED_OBJECT_LEMMAS`) read from the
    verb's end ``e`` (local offsets; ``p_end`` the end of the subject phrase as read, ``subj_start``
    its start): ``(local start of the object, subject words)`` where the subject words are those
    before the object when the subject phrase had read over it (``[]``: none, the subject is elided),
    ``None`` when the phrase is kept. The object is a verbal noun (:func:`_announced_noun`; not a
    document noun, ``توقع تقرير …``) followed by its complement (a word or an opening mark, in the
    sentence), outside quotation marks, standing

    - right after the verb (``كما ذكر وجود …``) or right after the subject phrase;
    - inside the subject phrase as read, after its definite, place or name end (``… العراقية إغلاق``,
      ``عمليات بغداد نجاح``), not inside an idafa (``مركز الدعم``, ``لمشروع تطوير``);
    - after a comma or closing mark, a time or manner adverb, a month or a year, an accusative adverb
      (``أعلنت أخيراً تأجيل``), or the definite end of a prepositional adjunct that follows the verb
      or the subject (``أعلن في يناير الماضي الاستئناف``) — never after a preposition that governs
      it (``فور وصوله``);

    - after an adjunct of the occasion or medium of the statement (:data:`_OCCASION_HEADS`: ``أكد السيالة
      اليوم الجمعة في تصريح لوكالة تونس افريقيا للأنباء وجود …``, ``وأكد الهلال الأحمر الكردي من جهته
      إصابة …``, ``واعلنت صحيفة «الخبر» على موقعها الالكتروني مقتل …``), whatever its last word, for a
      listed verbal noun (:func:`_occasion_object`); after ``كذلك`` (``وأكدت كذلك أهمية …``) or an
      addressee pronoun right after the verb (``أكد لهم أهمية …``);

    within :data:`_ANNOUNCED_OBJECT_TOKENS` tokens, before any colon, complementizer or other cue.
    ``None`` when there is none."""
    toks = phrase_tokens(text, e, limit=_ANNOUNCED_OBJECT_TOKENS + 1)
    prev = ""
    adjunct = -1  # index of the preposition that opened an adjunct after the verb or the subject
    occasion = -1  # index of the preposition of an adjunct of the statement's occasion or medium
    in_marks = False
    seen_after = False  # a token at or after the subject's end was read
    run = 0  # plain words (no function word, mark or punctuation) read after the subject's end
    for i, (s, _e, tok) in enumerate(toks):
        if s >= sent_end or tok == ":" or _clause_intro(tok):
            return None
        if tok in MARK_FAMILY:
            in_marks = not in_marks
            prev = tok
            continue  # a quoted name in the subject or an adjunct (شركة "سبيس إكس")
        first_after = s >= p_end and not seen_after
        seen_after = seen_after or s >= p_end
        if in_marks:
            prev = tok
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        ftok, fprev = fold(tok), fold(prev)
        if (nxt is not None and nxt[0] < sent_end and (nxt[2][:1].isalpha() or nxt[2] in MARK_FAMILY
                                                        or (nxt[2][:1].isdigit() and _counted_noun(tok)))
                and (_announced_noun(tok, nxt[2]) or _possessed_after_adverb(tok, prev, s, p_end))
                and _strip_clitic(tok).removeprefix("ال") not in DOCUMENT_FRAME_NOUNS):
            in_subject = subj_start <= s < p_end
            boundary = (prev in _CLOSERS or fprev in _TIME_ADVERBS or fprev in _MANNER_ADVERBS
                        or (fprev in _TIME_UNITS and any(fold(t[2]) in _TIME_SPAN_HEADS for t in toks[max(0, i - 3) : i - 1]))
                        or is_month(prev) or prev.isdigit() or bool(_TANWEEN_ADVERB_RE.match(prev)))
            name_end = (fprev.startswith(("ال", "وال")) and not is_stop(prev)) or is_place(prev) or is_person_token(prev)
            boundary = boundary or fprev == "كذلك" or (i == 1 and fprev in _ADDRESSEE_PRONOUNS)
            if occasion >= 0 and fprev not in _NOUN_GOVERNORS and _occasion_object(toks, occasion, i):
                # أكد السيالة … في تصريح لوكالة تونس افريقيا للأنباء وجود …: the adjunct ends the subject
                if subj_start <= toks[occasion][0] < p_end or in_subject:
                    return s, [t for t in toks[:occasion] if t[0] >= subj_start]
                return s, None
            ok = fprev not in _NOUN_GOVERNORS and (
                i == 0 or first_after or boundary
                or (in_subject and name_end)
                or (0 < run == i - _first_after_index(toks, p_end) <= _ADJUNCT_MAX_TOKENS and name_end)
                or (adjunct >= 0 and i - adjunct <= _ADJUNCT_MAX_TOKENS and name_end))
            if ok:
                if in_subject:
                    return s, [t for t in toks[:i] if t[0] >= subj_start]
                return s, None
        if _other_cue(tok):
            return None
        if (ftok in _ADJUNCT_PREPS or ftok in _NOUN_GOVERNORS) and (i == 0 or first_after or prev in _CLOSERS):
            adjunct = i
        if occasion < 0 and i > 0 and ftok in _OCCASION_PREPS and nxt is not None and _occasion_head(nxt[2]):
            occasion = i
        if s >= p_end and run == i - _first_after_index(toks, p_end):
            # (a title's ل complement continues it: الرئيس التنفيذي لمجلس التنمية … خالد الرميحي)
            run += int(tok[:1].isalpha() and ftok not in _ADJUNCT_PREPS and (
                not is_stop(tok) or (ftok[:1] == "ل" and len(ftok) > 3)))
        prev = tok
    return None


#: Heads of an adjunct that names the occasion or medium of a statement (``في تصريح لـ …``, ``خلال
#: مؤتمر صحفي``, ``على موقعها الالكتروني``, ``من جهته``), folded, without ``ال`` and a possessive: the
#: adjunct stands between the announcing verb (with its subject) and its object, and its last word may
#: be indefinite or possessed, so :func:`announced_object`'s definite-end test does not find its end
#: (held-out 46 JA-2717, 47 snn-2137, 64 FR-164, 65 JA-4082; docs/quotes.md step 40d).
#: (step 53c) and a meeting's (``وأكد رؤساء الأركان خلال مداولاتهم أهمية …``, held-out 43: ``خلال
#: اجتماعهم``, ``في ندوة``, ``خلال جلسة``); not ``زيارة``, whose idafa is a verbal noun as often (``خلال
#: زيارة دعم الجيش``, tests/test_quotes_recall16.py).
_OCCASION_HEADS = frozenset(fold(w) for w in """تصريح تصريحات مؤتمر بيان كلمة حديث مقابلة لقاء موقع حساب
صفحة جهة جانب تغريدة تغريدات رسالة اتصال اجتماع مداولات جلسة ندوة""".split())
#: Prepositions that open such an adjunct, folded.
_OCCASION_PREPS = frozenset(fold(w) for w in "في خلال عبر على من".split())
#: Addressee pronouns right after an announcing verb (``أكد لهم أهمية …``), folded.
_ADDRESSEE_PRONOUNS = frozenset(fold(w) for w in "له لها لهم لهما لنا لكم".split())
#: Most tokens from an occasion adjunct's preposition to the object.
_OCCASION_TOKENS = 9


def _occasion_head(tok: str) -> bool:
    """True when ``tok`` is a head of :data:`_OCCASION_HEADS` (with ``ال``, a possessive, or the
    feminine ``ت`` before it: ``كلمته``, ``جهته``, ``موقعها``)."""
    f = fold(tok)
    f = f[2:] if f.startswith("ال") else f
    if f in _OCCASION_HEADS:
        return True
    stem = _POSSESSIVE_END_RE.sub("", f)
    return stem != f and (stem in _OCCASION_HEADS or (stem.endswith("ت") and stem[:-1] + "ة" in _OCCASION_HEADS))


def _occasion_adjunct_at(text: str, pos: int) -> bool:
    """True when an adjunct of the statement's occasion opens at local ``pos``: a preposition of
    :data:`_OCCASION_PREPS` and a head of :data:`_OCCASION_HEADS` (``في كلمته``, ``خلال المؤتمر``)."""
    toks = phrase_tokens(text, pos, limit=2)
    return len(toks) == 2 and fold(toks[0][2]) in _OCCASION_PREPS and _occasion_head(toks[1][2])


def _occasion_object(toks: list[tuple[int, int, str]], occasion: int, i: int) -> bool:
    """True when token ``i`` is a listed verbal noun (:func:`marsad.quotes.cues.is_verbal_noun` by its
    list, not by its shape alone, or :data:`marsad.quotes.cues.ANNOUNCED_NOUNS`) ending an occasion
    adjunct opened at ``occasion`` (at most :data:`_OCCASION_TOKENS` tokens on, at least two words
    after its head: ``في تصريح صحفي وجود``, ``من جهته إصابة``), followed by a word of its own, with
    only words, ``ل`` complements and quoted names between."""
    if not (occasion + 2 <= i <= occasion + _OCCASION_TOKENS) or i + 1 >= len(toks):
        return False
    tok, nxt = toks[i][2], toks[i + 1][2]
    if not (nxt[:1].isalpha() or nxt in MARK_FAMILY or (nxt[:1].isdigit() and _counted_noun(tok))):
        return False
    f = _strip_clitic(tok)
    f = f[2:] if f.startswith("ال") else f
    stem = _POSSESSIVE_END_RE.sub("", f)
    listed = (f in VERBAL_NOUN_OBJECTS or stem in VERBAL_NOUN_OBJECTS or f in ANNOUNCED_NOUNS
              or stem in ANNOUNCED_NOUNS or (stem.endswith("ت") and stem[:-1] + "ة" in VERBAL_NOUN_OBJECTS))
    if not listed or is_person_token(tok) or is_place(tok) or fold(tok).startswith("ال"):
        return False
    for _s, _e, w in toks[occasion + 1 : i]:
        if w in MARK_FAMILY or w in _CLOSERS:
            continue
        if not w[:1].isalpha() or _clause_intro(w) or _other_cue(w):
            return False
    return True


#: Adverbs that may stand between a cue's subject and its preposition besides the time adverbs
#: (``وأكد الوزير سابقا على …``, ``كما شدد شخصيا على …``, ``ودافع … مجددا، الثلاثاء، عن …``), folded.
_PREP_ADVERBS = _MANNER_ADVERBS | frozenset(fold(w) for w in "سابقا سابقاً شخصيا شخصياً كذلك بدوره بدورها".split())
#: Heads of a speech event that, besides :data:`_OCCASION_HEADS`, open an adjunct of the statement's
#: occasion before a cue's preposition (``تعهدت … في إفادتها أمام لجنة …  بعدم …``), folded.
_SPEECH_EVENT_HEADS = frozenset(fold(w) for w in "خطاب إفادة افادة شهادة مداخلة محاضرة ندوة".split())
#: Nouns after a preposition that make it an adjunct of its own, not the cue's complement (``على
#: هامش``, ``على خلفية``, ``عن طريق``, ``من خلال``, ``إلى جانب``), folded, without ``ال``.
_ADJUNCT_PREP_OBJECTS = frozenset(fold(w) for w in """هامش لسان خلفية رغم الرغم مستوى صعيد حد ضوء إثر
اثر أثر مدى مدار طول نحو طريق كثب قرب بعد خلال جانب جهة جهته جهتها جانبه جانبها قبل بين ضمن
مقر داخل خارج أمام فوق""".split())
#: ``نيابة عن``: "on behalf of", whose ``عن`` is no cue's (folded).
_ON_BEHALF = frozenset(fold(w) for w in "نيابة بالنيابة".split())
#: Most tokens from the subject's end to the cue's preposition over an occasion adjunct.
_OCCASION_PREP_TOKENS = 10


def _speech_event_head(tok: str) -> bool:
    """True for a head of :data:`_OCCASION_HEADS` or :data:`_SPEECH_EVENT_HEADS` (with ``ال``, a
    possessive or the feminine ``ت`` before it: ``كلمته``, ``إفادتها``)."""
    if _occasion_head(tok):
        return True
    f = fold(tok)
    f = f[2:] if f.startswith("ال") else f
    stem = _POSSESSIVE_END_RE.sub("", f)
    return f in _SPEECH_EVENT_HEADS or (stem != f and stem.endswith("ت") and stem[:-1] + "ة" in _SPEECH_EVENT_HEADS)


def prep_after_occasion(text: str, pos: int, form: CueForm, sent_end: int) -> tuple[str, int, None] | None:
    """The cue's own preposition after an adjunct of the statement's occasion or an adverb that
    follows its subject (local ``pos``, the subject's end): ``وحذر الوزير في كلمة من خطر الإرهاب``,
    ``وشدد الوزير في مؤتمر صحفي على أهمية الحوار``, ``وأكد الوزير سابقا على ضرورة …``, ``ودافع الرئيس
    مجددا، الثلاثاء، عن سياسته``. Before the preposition stand only time or manner adverbs
    (:data:`_TIME_ADVERBS`, :data:`_PREP_ADVERBS`), commas, and at most one occasion adjunct — a
    preposition of :data:`_OCCASION_PREPS` and a head of :data:`_OCCASION_HEADS` or
    :data:`_SPEECH_EVENT_HEADS` (``في كلمته أمام البرلمان``, ``في مقابلة مع "العربية"``), then words and
    quoted names, no complementizer, cue or sentence end — within :data:`_OCCASION_PREP_TOKENS` tokens.
    The preposition is one of ``form``'s (``على``, ``إلى``, ``من``, ``عن``; ``ب`` only before a verbal
    noun), followed by a word that is no fixed adjunct (:data:`_ADJUNCT_PREP_OBJECTS`: ``على هامش``,
    ``عن طريق``), no place and no name; ``إلى`` only before a verbal noun (``إلى الأزمة`` names a topic:
    the held-out 11 convention, as :func:`_late_topic_prep`). Returns ``("prep", local start, None)``
    or ``None`` (also when the words read are only adverbs and no adverb of :data:`_PREP_ADVERBS` is
    among them: :func:`_complement_at` reads that case). Source: held-out 39–44 (step 46r)."""
    preps = _cue_preps(form.complements)
    if not preps:
        return None
    toks = phrase_tokens(text, pos, limit=_OCCASION_PREP_TOKENS + 2)
    occasion = -1
    manner = False
    for i, (s, _e, tok) in enumerate(toks):
        if s >= sent_end or tok == ":" or _clause_intro(tok):
            return None
        f = fold(tok)
        if occasion < 0:
            if tok in ("،", ","):
                continue
            if f in _TIME_ADVERBS:
                continue
            if f in _PREP_ADVERBS:
                manner = True
                continue
            if f in _OCCASION_PREPS and i + 1 < len(toks) and _speech_event_head(toks[i + 1][2]):
                occasion = i
                continue
        elif i == occasion + 1 or tok in MARK_FAMILY:
            continue
        if not (occasion >= 0 or manner):
            return None
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        if toks[i + 1][0] >= sent_end if i + 1 < len(toks) else True:
            return None
        g = _strip_clitic(nxt).removeprefix("ال") if nxt[:1].isalpha() else ""
        nf = fold(nxt)
        ok_obj = (bool(g) and g not in _ADJUNCT_PREP_OBJECTS and not _speech_event_head(nxt)
                  and not is_place(nxt) and not is_person_token(nxt))  # (not على موقعها, من جهته)
        for c in preps:
            if c == "ب":
                hit = f[:1] == "ب" and len(f) > 3 and is_verbal_noun(f[1:]) and not is_place(tok[1:])
                if hit:
                    return ("prep", s, None)
                continue
            if f != fold(c) or not ok_obj:
                continue
            if c == "إلى" and not (_verbal_noun_word(nxt) or CLAUSE_INTRO_RE.match(nf)):
                return None
            if CLAUSE_INTRO_RE.match(nf):
                return ("clause", toks[i + 1][0], None)
            return ("prep", s, None)
        if occasion < 0 or i - occasion > _OCCASION_PREP_TOKENS or tok in _CLOSERS and tok not in MARK_FAMILY:
            return None
        if not tok[:1].isalpha() or _other_cue(tok) or f in _ON_BEHALF:
            return None
    return None


def _possessed_feeling(tok: str) -> bool:
    return is_feeling_noun(tok, possessed=True)


#: Verbs of judging whose object and its predicate (a small clause) are the statement (``واعتبرت
#: الوزارة تطبيق الدليل بمنزلة بنية تحتية``, ``معتبرا بيع التمثال سلوكا غير أخلاقي``; the held-out 4
#: and 7 conventions): past and participle only (``ويعتبر المشروع الأكبر`` is the passive يُعتبر),
#: a verbal-noun object, and a predicate after it (:func:`_predicate_after`).
SMALL_CLAUSE_LEMMAS = frozenset({"اعتبر"})
#: Words that introduce the predicate of such a small clause, folded.
_PREDICATE_WORDS = frozenset(fold(w) for w in "بمثابة بمنزلة كأنه".split())
#: An indefinite accusative noun (tanween, or the alef of the accusative: ``سلوكا``, ``امتدادا``).
_ACCUSATIVE_RE = re.compile(r"^[^\Wا]{2,}(?:اً|ًا|ا)$")
#: How far (tokens) after the object its predicate may come.
_PREDICATE_TOKENS = 8


def _verbal_noun_word(tok: str) -> bool:
    return (is_verbal_noun(tok) or is_if3al_noun(tok)) and not is_person_token(tok) and not is_place(tok)


#: Verbs of describing, whose statement includes their object (the dev-set convention: ``وصف … الحادث
#: … بأنه عمل إرهابي`` from the object): a participle reaches its ``بأن``/``بـ`` over the object.
DESCRIBE_LEMMAS = frozenset({"وصف", "شبه"})  # (شبه: the participle مشبها, step 53e)
#: Lemmas whose participle reaches its ``بأن``/``بـ`` over a short object (:func:`described_object`):
#: describing, and accusing (``، متهما قائد الجيش بتسييس المؤسسة العسكرية``, held-out 66; the held-out
#: 7 convention reads the object into the statement; the participle after a comma or a clause start
#: only, CLAUSE_PARTICIPLE_LEMMAS; step 41c).
ACCUSE_LEMMA = "اتهم"
#: Explaining a cause (``علل``): its participle takes a demonstrative object, then the cause after
#: ``ب``/``بأن`` (step 55f).
EXPLAIN_LEMMA = "علل"


def _explained_cause(text: str, e: int, form: CueForm, mark_starts: dict[int, int], sent_end: int,
                     ) -> tuple[str, int, int | None] | None:
    """The complement of an explaining participle after its demonstrative object (``، معللا ذلك بأن
    الميزانية …``, ``؛ معللين ذلك بأنها تقليد متبع``, held-out 84: the content from ``بأن``/``بـ``, as the
    finite ``وعلل الوزير ذلك بأن`` reads), from local offset ``e`` (the participle's end); ``None``
    when no demonstrative stands there (``معللا بأن`` is read as any participle)."""
    first = phrase_tokens(text, e, limit=1)
    if not first or first[0][0] >= sent_end or fold(first[0][2]) not in _DEMONSTRATIVES:
        return None
    return _complement_at(text, first[0][1], form, mark_starts, immediate=True, sent_end=sent_end)
OBJECT_THEN_BA_LEMMAS = DESCRIBE_LEMMAS | frozenset({ACCUSE_LEMMA})
#: Longest object (tokens) between a describing participle and its ``بأن``/``بـ``.
_DESCRIBED_OBJECT_TOKENS = 4


#: Prepositions that govern a verbal noun of asserting read as a cue (cues.NOMINAL_CUE_LEMMAS: ``عبر
#: التأكيد أنه``, ``إلى تأكيد أن``, ``وحرص على التأكيد:``), folded; a noun glued to ``ب``
#: (``بالتشديد على``, ``بالتأكيد على``) is governed by it. Not ``مع`` (``…، مع التأكيد أن الفوز …``:
#: on fresh text as often the writer's own comment, 2 of 2 in the step-31 sample, as a speaker's).
VERBAL_NOUN_GOVERNORS = frozenset(fold(w) for w in "عبر إلى على".split())
#: Prepositions that govern a verbal noun of asserting that carries its speaker's pronoun (``…، مع
#: تأكيده أن ترامب لا ينوي …``, held-out 77; ``عبر تأكيدها``): with the pronoun the statement is the
#: speaker's, not the writer's comment that bars a bare ``مع التأكيد`` (step 52f), folded.
POSSESSED_NOUN_GOVERNORS = VERBAL_NOUN_GOVERNORS | frozenset({fold("مع")})
#: The possessive pronoun ending a verbal-noun cue (folded: ``تأكيده``, ``تشديدها``, ``تأكيدهم``).
_POSSESSED_NOUN_RE = re.compile(r"(?:ده|دها|دهم)$")
#: Prepositions that govern a verbal noun with its own agent in idafa (``من قول الحكومة إنها``,
#: ``على اتهام أحد متابعيه له بأنه``), folded.
AGENT_NOUN_GOVERNORS = frozenset(fold(w) for w in "من عن بعد على رغم".split())
#: Nominal cue lemmas that take their agent in idafa (the rest read like participles).
_AGENT_NOUN_LEMMAS = frozenset({"قول", "اتهام"})


def _governed_verbal_noun(text: str, s: int, e: int, written: str, lemma: str) -> bool:
    """True when the verbal-noun cue ``lemma`` written ``written`` at local ``s``…``e`` is the object
    of a preposition: glued to ``ب`` and followed by ``على`` (``بالتشديد على``; ``بالتأكيد إنه``,
    ``وبالتأكيد أنه`` is the adverb "certainly"), not for a noun with its own agent, or right after
    one of :data:`VERBAL_NOUN_GOVERNORS` (:data:`AGENT_NOUN_GOVERNORS` for ``قول``/``اتهام``)."""
    agent = lemma in _AGENT_NOUN_LEMMAS
    if not agent and _POSSESSED_NOUN_RE.search(fold(written)):
        # مع تأكيده أن …: the pronoun names the speaker, after مع too (step 52f); without مع or a
        # governor (تأكيده على أهمية … as a subject) it is no statement
        before = text[max(0, s - 12) : s].split()
        return bool(before) and fold(before[-1]) in POSSESSED_NOUN_GOVERNORS
    if fold(written)[:1] == "ب" and not agent:
        nxt = phrase_tokens(text, e, limit=1)
        return bool(nxt) and fold(nxt[0][2]) == "على"
    before = text[max(0, s - 12) : s].split()
    return bool(before) and fold(before[-1]) in (AGENT_NOUN_GOVERNORS if agent else VERBAL_NOUN_GOVERNORS)


#: Verbs of showing and proving whose statement is a finding (``أظهرت بيانات البنك المركزي أن …``,
#: ``أثبتت دراسة جديدة، أن …``): cues with a clause or a verbal-noun object only after a subject of
#: :data:`FINDING_NOUNS` (:func:`_finding_subject`; docs/quotes.md step 36).
FINDING_LEMMAS = frozenset({"أظهر", "أثبت"})
#: Heads of such subjects (folded, without ``ال``): studies, surveys and data, and the statistics
#: office (``الجهاز المركزي للتعبئة العامة والإحصاء``). Not images, replays or results of a match
#: (``الصور``, ``الإعادة``, ``النتائج``), not a person.
FINDING_NOUNS = frozenset(fold(w) for w in """دراسة دراسات بيانات استطلاع استطلاعات إحصاءات إحصائيات
أبحاث بحث بحوث مسح تحليل جهاز""".split())  # (بحوث, the other plural of بحث: وأثبتت البحوث العلمية أن, held-out 65; step 54c)


#: Words before a finding verb that make it part of the sentence before it (``…، حيث أثبتت الدراسات
#: أن …`` inside a speaker's statement: the dev-set convention, nested speakers are not separate).
_FINDING_NESTING = frozenset(fold(w) for w in "حيث إذ اذ التي الذي لأن كما".split())


def _finding_nested(text: str, s: int) -> bool:
    """True when the word before the finding verb at local ``s`` is one of :data:`_FINDING_NESTING`."""
    before = text[max(0, s - 8) : s].split()
    return bool(before) and fold(before[-1]) in _FINDING_NESTING


def _finding_subject(text: str, e: int) -> bool:
    """True when the word right after the verb ending at local ``e`` is a head of
    :data:`FINDING_NOUNS` (with or without ``ال``): ``وأظهرت بيانات التحميل أن``, ``أظهر استطلاع``."""
    after = phrase_tokens(text, e, limit=1)
    if not after:
        return False
    f = fold(after[0][2])
    return f.removeprefix("ال") in FINDING_NOUNS


#: ``تحدث عن`` (talking about) is a statement only when its subject is a report, a statement or a
#: medium (:data:`REPORT_NOUNS`), after the verb or before it (:func:`_report_talks`).
TOPIC_LEMMA = "تحدث"
#: Heads of such subjects, folded, without ``ال``.
REPORT_NOUNS = frozenset(fold(w) for w in """تقرير تقارير بيان بيانات إعلام وسائل صحيفة صحف وكالة
مصادر مصدر تغريدة رسالة وثيقة وثائق دراسة أنباء""".split())
#: Most tokens between a subject before the verb and the verb (``وكان الإعلام الرسمي السوري قد تحدث``).
_REPORT_BEFORE_TOKENS = 5


def _report_head(tok: str) -> bool:
    f = fold(tok)
    for pre in ("و", "ف"):  # (not ل/ب: وتتحدث لوسائل الإعلام عن … is a person talking to the media)
        if f[:1] == pre and f[1:] and (f[1:] in REPORT_NOUNS or f[1:].removeprefix("ال") in REPORT_NOUNS):
            return True
    return f in REPORT_NOUNS or f.removeprefix("ال") in REPORT_NOUNS


def _report_talks(text: str, s: int, e: int) -> bool:
    """True when the subject of ``تحدث`` at local ``s``…``e`` is a report or medium: the first word
    after the verb (``وتحدث البيان عن``), or a word among the :data:`_REPORT_BEFORE_TOKENS` before it
    with no punctuation between (``تقارير تحدثت عن``, ``وكان الإعلام الرسمي السوري قد تحدث``)."""
    after = phrase_tokens(text, e, limit=1)
    if after and _report_head(after[0][2]):
        return True
    before = text[max(0, s - 80) : s].split()[-_REPORT_BEFORE_TOKENS:]
    for tok in reversed(before):
        if not tok[:1].isalpha() or tok[-1:] in ".،,:؛;!؟?\"»”":
            return False
        if _report_head(tok):
            return True
    return False


#: Lemmas of praying and wishing whose content may follow the One invoked (``سائلا الله أن …``,
#: ``داعيا المولى أن …``): :func:`invoked_content`.
PRAYER_LEMMAS = frozenset({"سأل", "دعا", "تمنى"})
#: The One invoked in a prayer, folded.
_INVOKED = frozenset(fold(w) for w in "الله المولى".split())
#: Epithets and marks that may follow the name invoked (``سائلاً الله - العلي القدير - أن``,
#: ``سائلاً الله تعالى أن``, ``عز وجل``), folded.
_INVOCATION_WORDS = frozenset(fold(w) for w in "تعالى وتعالى سبحانه عز وجل جل جلاله العلي القدير العظيم الكريم".split()) | frozenset("-–—()")
#: Longest invocation (tokens, the name included) before the prayer's content.
_INVOCATION_TOKENS = 6


def invoked_content(text: str, pos: int, sent_end: int, object_ok: bool) -> tuple[str, int, None] | None:
    """The content of a prayer after the One invoked, from local ``pos`` (the end of the participle):
    ``الله``/``المولى``, any epithets (:data:`_INVOCATION_WORDS`), then a clause (``أن يتغمد الفقيد
    برحمته`` → ``("clause", start of أن, None)``) or, with ``object_ok`` (سأل: asking God for a thing),
    a noun object (``سائلا الله التوفيق والنجاح`` → ``("object", start, None)``). ``None`` when no name
    is invoked right after the participle (``داعيا له``, ``داعيا الحكومة إلى``: read elsewhere)."""
    toks = phrase_tokens(text, pos, limit=_INVOCATION_TOKENS + 1)
    if not toks or toks[0][0] >= sent_end or fold(toks[0][2]) not in _INVOKED:
        return None
    for s, _e, tok in toks[1:]:
        if s >= sent_end:
            return None
        f = fold(tok)
        if f in _INVOCATION_WORDS:
            continue
        if CLAUSE_INTRO_RE.match(f):
            return ("clause", s, None)
        if object_ok and tok[:1].isalpha() and not is_stop(tok) and not _other_cue(tok):
            return ("object", s, None)
        return None
    return None


def described_object(text: str, pos: int, sent_end: int) -> int | None:
    """Local start of the object of a describing participle at ``pos`` (``، واصفا تلك التصريحات بأنها لا
    تساعد …``): the first token, when ``بأن``/``بأنه``… or ``بـ`` + a word follows within
    :data:`_DESCRIBED_OBJECT_TOKENS` tokens with no punctuation, clause or other cue between; ``None``
    otherwise."""
    toks = phrase_tokens(text, pos, limit=_DESCRIBED_OBJECT_TOKENS + 1)
    for k, (s, _e, tok) in enumerate(toks):
        if s >= sent_end or not tok[:1].isalpha() or (k and _other_cue(tok)):
            return None
        f = fold(tok)
        if k and f[:1] == "ب" and len(f) > 2 and (CLAUSE_INTRO_RE.match(f) or len(f) > 3):
            return toks[0][0]
        if k == 0 and (CLAUSE_INTRO_RE.match(f) or is_stop(tok)):
            return None
    return None


def small_clause_object(
    text: str, e: int, sent_end: int, subj_start: int
) -> tuple[int, list[tuple[int, int, str]]] | None:
    """The small clause (object and predicate) of a finite past ``اعتبر`` read from the verb's end ``e``
    (local offsets; ``subj_start`` the start of the subject phrase as read, which runs over the object):
    ``(local start of the object, subject tokens before it)``, or ``None``. The object is the first word
    after a closed subject — after a comma, a definite word, a person-name token, a place or a sound
    plural in ``ون`` (``محللون``) — that is no particle, name, place, agreeing definite adjective (a
    definite word after a definite one) or word with a proclitic (``و``, ``ف``, ``ب``, ``ل``, ``ك``), and has
    a predicate after it (:func:`_predicate_after`: ``بمثابة`` or an indefinite accusative): ``واعتبر
    الاتحاد الإسلامي التركي إعادة تمثيل المعركة "أمرا مؤسفا للغاية"``, ``اعتبر الشيخ سلطان …، تصرفات
    النظام فضيحة``; the held-out 17, 50 and 66 convention, the statement from the object. Not the
    present (``ويعتبر المشروع نموذجا`` is mostly the passive يُعتبر "is considered"). Step 53c."""
    toks = phrase_tokens(text, e, limit=_SMALL_CLAUSE_TOKENS)
    for i, (s, _e, tok) in enumerate(toks):
        if s >= sent_end or tok in MARK_FAMILY or tok == ":" or _clause_intro(tok):
            return None
        if i == 0 or s <= subj_start:
            continue
        prev = toks[i - 1][2]
        fprev, ftok = fold(prev), fold(tok)
        closed = (prev in ("،", ",") or (fprev.startswith("ال") and not is_stop(prev)) or is_person_token(prev)
                  or is_place(prev) or (len(fprev) > 4 and fprev.endswith("ون")))  # (محللون: a sound plural)
        if not closed or not tok[:1].isalpha() or is_stop(tok) or is_person_token(tok) or is_place(tok) or _other_cue(tok):
            continue
        if ftok[:1] in "وفبلك":
            continue  # والبرلمانية: coordinated, still the noun before; بفرض …: a prepositional adjunct
        if ftok.startswith("ال") and fprev.startswith("ال"):
            continue  # الاتحاد الإسلامي: an agreeing adjective, still the subject
        if _predicate_after(text, s, sent_end):
            words = [t for t in toks[:i] if t[0] >= subj_start and t[2] not in ("،", ",")]
            return (s, words) if words else None
    return None


#: Most tokens from the verb to the object of a small clause.
_SMALL_CLAUSE_TOKENS = 12


def _predicate_after(text: str, obj: int, sent_end: int) -> bool:
    """True when a small clause's predicate follows the object at local ``obj`` within
    :data:`_PREDICATE_TOKENS` tokens of its sentence: ``بمثابة``/``بمنزلة`` or an indefinite
    accusative noun (``سلوكا``), before any comma, clause or other cue; the predicate may be quoted
    (``معتبرا وفاتها "خسارة كبيرة"``, ``… إعادة تمثيل المعركة "أمرا مؤسفا"``: held-out 12, 50; step 53c)."""
    for s, _e, tok in phrase_tokens(text, obj, limit=_PREDICATE_TOKENS + 1)[1:]:
        if tok in MARK_FAMILY and s < sent_end:
            continue
        if s >= sent_end or not tok[:1].isalpha() or _clause_intro(tok) or _other_cue(tok):
            return False
        f = fold(tok)
        if f in _PREDICATE_WORDS or (_ACCUSATIVE_RE.match(tok) and not f.startswith("ال")):
            return True
    return False


#: Most tokens between a subject and the feeling it expresses (``أبدى المدير الفني لمنتخب فرنسا
#: دهشته``: none; ``أظهرت النجمة، أصالة نصري، فرحتها``: the apposition's comma).
_FEELING_GAP_TOKENS = 4


def feeling_object(text: str, pos: int, sent_end: int, immediate: bool = False) -> int | None:
    """Local start of a feeling the subject expresses (:func:`marsad.quotes.cues.is_feeling_noun` with a
    possessive pronoun: ``دهشته``, ``فرحتها``) from ``pos`` (the end of the subject, or of a
    participle with ``immediate``): right there, or after at most :data:`_FEELING_GAP_TOKENS` tokens
    of adjunct (punctuation, time and manner adverbs, a short prepositional phrase) with no clause,
    mark or other cue between; ``None`` otherwise."""
    for i, (s, _e, tok) in enumerate(phrase_tokens(text, pos, limit=_FEELING_GAP_TOKENS + 1)):
        if s >= sent_end or (immediate and i > 0):
            return None
        if is_feeling_noun(tok, possessed=True):
            return s
        if tok in ":\"«“”»" or _clause_intro(tok) or _other_cue(tok):
            return None
    return None


class _ClaimBeforeCue:
    """Cut predicate for :func:`_cut_phrase`: a noun of claim read into the subject, before any word
    that is a cue verb (``ورفض الانتقال لنادي تشيلسي وتشير تقارير إلى …``: the claim noun there is the
    next verb's subject)."""

    __slots__ = ("cue_seen",)

    def __init__(self) -> None:
        self.cue_seen = False

    def __call__(self, tok: str) -> bool:
        self.cue_seen = self.cue_seen or _other_cue(tok)
        return not self.cue_seen and is_claim_noun(tok)


def claim_object(text: str, pos: int, sent_end: int) -> int | None:
    """Local start of a noun of claim (:func:`marsad.quotes.cues.is_claim_noun`) that a rejecting verb
    takes as its object, from ``pos`` (the end of its subject): right there, after a comma or a time
    adverb (``ورفضت الحكومة، الخميس، الاتهامات``) or after a short prepositional adjunct (``رفضت وزارة
    الخارجية في جمهورية التشيك اتهامات …``), within 8 tokens of the sentence and before any clause or
    other cue; ``None`` otherwise."""
    prev = ""
    adjunct = False
    for i, (s, _e, tok) in enumerate(phrase_tokens(text, pos, limit=8)):
        if s >= sent_end or tok == ":" or _clause_intro(tok) or _other_cue(tok):
            return None
        if (i == 0 or adjunct or prev in ("،", ",") or fold(prev) in _TIME_ADVERBS) and is_claim_noun(tok):
            return s
        adjunct = adjunct or (i == 0 and fold(tok) in _ADJUNCT_PREPS)  # في جمهورية التشيك اتهامات …
        prev = tok
    return None


#: The written forms of ``زاد`` (folded, with a proclitic) right before which its clause may open.
_ADDED_FORMS = frozenset(c + f for c in ("", "و", "ف") for f in ("زاد", "زادت"))


def _clause_at_once(text: str, pos: int, tok: str, comps: tuple[str, ...]) -> bool:
    """True when ``tok`` (the first token at local offset ``pos``) opens the clause of a
    :data:`COLON_AT_ONCE_LEMMAS` cue whose ``comps`` take one: a complementizer not of cause (``أن``/
    ``إن``/``بأن``, not ``لأن``) right after the verb itself (``وزاد ان …``; ``وزاد الطين بلة أن`` is the
    idiom "made it worse"; step 55f)."""
    if not (CLAUSE in comps and _clause_intro(tok) and not fold(tok).startswith("ل")):
        return False
    before = text[max(0, pos - 12) : pos].split()
    return bool(before) and fold(before[-1]) in _ADDED_FORMS


def _complement_at(
    text: str, pos: int, form: CueForm, mark_starts: dict[int, int], immediate: bool, sent_end: int,
    late_topic: bool = False,
) -> tuple[str, int, int | None] | None:
    """Find the complement of a cue from local offset ``pos``: ``(kind, content start, mark)``. With
    ``late_topic`` the cue's ``إلى``/``من`` also after an adjunct (:func:`_late_topic_prep`)."""
    comps = form.complements
    adv = ADVERBIAL_RE.match(text, pos)
    if adv:
        pos = adv.end()
    # the window's tokens are made as the loop reaches them (speed26: it stops after ~5 of ~22 on
    # average); each token is read with the two after it (``toks[i + 1]``, ``toks[i + 2]``), so the
    # head is extended when fewer than two are left and the window is not whole
    window = settings.QUOTE_COMPLEMENT_WINDOW
    toks = phrase_tokens_head(text, pos, window, _COMPLEMENT_CHUNK)
    need = len(toks) - 2 if len(toks) >= _COMPLEMENT_CHUNK else _WHOLE
    if form.lemma in COLON_AT_ONCE_LEMMAS and not (
            toks and (toks[0][2] == ":" or _clause_at_once(text, pos, toks[0][2], comps))):
        return None  # وزاد عدد القتلى إلى 50: 30 رجلا …: the colon must follow the verb or its subject
    prev = None
    in_quote = False
    punct_seen = False
    adverbs_only = True  # every token so far a time adverb or a comma
    addressed = form.lemma in ADDRESSEE_LEMMAS  # (read per token below; once per call: speed16)
    for i, (s, _e, tok) in enumerate(toks):
        if i >= need:
            need = _WHOLE if phrase_tokens_more(text, pos, window, toks, _COMPLEMENT_CHUNK) else len(toks) - 2
        ftok = fold(tok)  # (once per token: speed16)
        adverbs_before = adverbs_only
        adverbs_only = adverbs_only and (tok in ("،", ",") or ftok in _TIME_ADVERBS)
        if s >= sent_end:
            return None
        if immediate and i > 0 and not (i == 1 and prev == ":"):
            return None
        if tok == ":" and (COLON in comps or CLAUSE in comps):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if COLON not in comps and not (nxt and nxt[0] in mark_starts):
                return None  # a verb of saying with a clause takes a quotation after a colon, not bare text
            if nxt and nxt[0] in mark_starts:
                # a colon and a quotation mark: a direct quotation for every cue that takes a colon
                # (وأشار …: "سافرت …"), not only for those listed with QUOTE
                return ("quote", nxt[0] + 1, nxt[0])
            if nxt and nxt[0] < sent_end:
                return ("colon", nxt[0], None)
            return None
        if in_quote:
            if tok in MARK_FAMILY:
                in_quote = False  # (the closing mark of a quoted name skipped in an adjunct)
            if tok in MARK_FAMILY or _clause_intro(tok):
                prev = tok
                continue  # a complementizer inside a quoted name (سي أن أن) is not the cue's
        if tok in MARK_FAMILY and s in mark_starts:
            long_quote = mark_starts.get(s, 0) >= settings.QUOTE_MIN_WORDS_UNCUED or _quote_then_participle(text, s)
            near = (i == 0 or prev in (":", "،", ",")) and form.lemma not in LONG_QUOTE_LEMMAS
            if near and prev != ":" and mark_starts.get(s, 0) == 0 and _quoted_name(text, s):
                near = False  # وقالت شركة "إغزيبيتور رليشنز"، التي …: a quoted name, not a quotation
            if QUOTE in comps and (near or long_quote):
                return ("quote", s + 1, s)
            if (QUOTE in comps and not immediate and i <= _ADDRESSEE_QUOTE_TOKENS and mark_starts.get(s, 0) >= 2
                    and prev is not None and _addressee_word(prev)):
                # a short quotation ending its sentence after the addressee (وقال ماكرون للصحفيين "هذه
                # هي الحياة".): the same direct quotation as without the addressee
                return ("quote", s + 1, s)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (not immediate and CLAUSE in comps and (mark_starts.get(s, 0) > 0 or _quote_then_participle(text, s))
                    and nxt is not None and nxt[0] == s + 1 and CLAUSE_INTRO_RE.match(fold(nxt[2]))):
                # the mark opens the complementizer's clause and the quotation ends the sentence
                # (وذكر فيه "إن الموضوع درس …"): a direct quotation, from the complementizer
                return ("quote", s + 1, s)
            if (not immediate and CLAUSE in comps and long_quote and mark_starts.get(s, 0)
                    and (prev is None or fold(prev).rstrip("\u0640") not in _PREPOSITIONS_BEFORE_MARK)):
                # a whole quotation after the subject and an adjunct (وذكرت الوكالة "حري بالمهتمين …"): a
                # direct quotation for every verb of saying that takes a clause
                return ("quote", s + 1, s)
            if not immediate:
                # a quoted name inside the adjunct (``لصحيفة "الحياة"``, ``شبكة "سي أن أن"``): skip it,
                # and a complementizer inside it (أن of سي أن أن) is not the cue's; inside a longer
                # partial quotation the complement may stand (هدد "بالانسحاب" …)
                prev = tok
                in_quote = _short_quoted(text, s)
                continue
            return None
        if CLAUSE in comps and _clause_intro(tok):
            if prev is not None and fold(prev) in _TEMPORAL_BEFORE_AN and not (
                    i >= 2 and fold(toks[i - 2][2]) == "من"):
                prev = tok  # تعلن نفسها … بعد أن …: a time clause, not the cue's complement
                continue  # (but قالت من قبل إنها: "before", an adverb)
            return ("clause", s, None)
        # right after the subject, or after a comma; a preposition word also after bare time adverbs
        # (``حذرت روسيا الاثنين من …``, ``أعربت الوزارة أمس عن …``): a time adverb (ظرف زمان) changes
        # nothing in what the verb governs (held-out 13 FR-245); not the clitic ب, which opens manner
        # adjuncts as often (``أقرت الأربعاء بغالبية كبيرة قرارا``, the dev set)
        prep_ok = i == 0 or prev in ("،", ",") or (not immediate and adverbs_before and ftok in _PREPOSITION_WORDS)
        # ``عن`` and ``ب`` + a verbal noun also after an adjunct or an object without a comma
        # (``أعربت المتحدثة في البيان عن``, ``طالب الأهالي البلدية بإيقاف المشروع``)
        # (and any of its prepositions after the addressee of طالب/أبلغ/دعا/حث: ودعا الولباني المترشحين إلى,
        # وحث الوزير الشباب على)
        late = not immediate and i <= _LATE_PREP_TOKENS and (
            ftok == "عن" or (ftok[:1] == "ب" and is_verbal_noun(ftok[1:]))
            or (form.lemma in LATE_BA_LEMMAS and ftok[:1] == "ب" and len(ftok) > 3)
            or (addressed and (ftok in ("الى", "على") or (ftok[:1] == "ب" and (len(ftok) > 3 or ftok[1:] in DOUBLED_MASDARS))
                               or lam_masdar(ftok)))
            or (form.lemma in LATE_ALA_LEMMAS and ftok == "على"))
        if late_topic and not immediate and not late and ftok in ("الى", "من") and not punct_seen:
            # (only the first إلى/من: in ``حذرت ميركل … ترامب من مغبة الانسحاب من الاتفاق`` the second
            # is inside the first's object)
            late = i <= _LATE_TOPIC_TOKENS and _late_topic_prep(ftok, toks[i + 1][2] if i + 1 < len(toks) else "", comps)
            punct_seen = punct_seen or (ftok == "الى" and "إلى" in comps) or (ftok == "من" and "من" in comps)
        punct_seen = punct_seen or tok in ("،", ",", ";", "؛")
        if (prep_ok or late) and ftok == "على" and i + 1 < len(toks) and fold(toks[i + 1][2]) in _ALA_ADVERBS:
            prep_ok = late = False  # step 51u: على الأرجح "most likely" is an adverb, not the cue's على
        if prep_ok or late:
            for c in comps:
                if c in (CLAUSE, COLON, QUOTE, OBJECT) or (not prep_ok and c not in ("عن", "ب", "إلى", "على", "ل", "من")):
                    continue
                if ((c == "ب" and ftok.startswith("ب") and len(ftok) > 2 and ftok[1:] not in ORG_HEADS)
                        or (c == "ل" and lam_masdar(ftok)) or ftok == fold(c)):
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    nxt2 = toks[i + 2] if i + 2 < len(toks) else None
                    if (c not in ("ب", "ل") and nxt and nxt2 and nxt[2] in MARK_FAMILY and nxt2[0] == nxt[0] + 1
                            and CLAUSE_INTRO_RE.match(fold(nxt2[2]))
                            and _quoted_clause_words(text, nxt[0]) >= 3):
                        # وشدد النائب على "أننا نعيش …": the quotation is the whole clause after the
                        # preposition, from its complementizer: a direct quotation
                        return ("quote", nxt[0] + 1, nxt[0])
                    if c not in ("ب", "ل") and nxt and CLAUSE_INTRO_RE.match(fold(nxt[2])):
                        return ("clause", nxt[0], None)
                    if not prep_ok and CLAUSE in comps:
                        # a late preposition yields to a complementizer later in the sentence
                        # (كشف التقرير … عن أبريل، … أن الإنتاج قفز)
                        if need != _WHOLE:
                            phrase_tokens_more(text, pos, window, toks, window)  # (the rest of the window)
                        later = next((t for t in toks[i + 1 :] if t[0] < sent_end and CLAUSE_INTRO_RE.match(fold(t[2]))), None)
                        if later is not None:
                            return ("clause", later[0], None)
                    return ("prep", s, None)
        if immediate:
            return None
        if _other_cue(tok) and not (ftok in _CONSIDERED_FORMS and _considered(text, s, _e)):
            return None  # another cue before any complement (not الذي يعتبر أحد …: step 53d)
        prev = tok
    return None


#: Tokens of :func:`_complement_at`'s window made at a time (speed26: the loop reads ~5 of them on
#: average, 5,586 calls in 1,000 ANT articles; a head of 6 and chunks of 6 make ~12 a call, not ~22).
_COMPLEMENT_CHUNK = 6
#: ``need`` of :func:`_complement_at` once its window is whole (no index reaches it).
_WHOLE = 1 << 30


#: How far after the subject (tokens, no comma between) a topic preposition may still open the
#: statement (``أشارت الزعيمة السياسية في ميانمار والحائزة على جائزة نوبل للسلام أون سانغ سو تشي
#: للمرة الأولى إلى وجود أزمة``: 12).
_LATE_TOPIC_TOKENS = 14


#: Quantity heads read as the subject of ``طلب`` that are its object (``طلبت المزيد من التحقيق``), folded.
_PARTITIVE_HEADS = frozenset(fold(w) for w in "المزيد مزيدا الكثير كثيرا بعض عدد جزء".split())


def _after_wa_relative(text: str, pos: int) -> bool:
    """True when the word before ``pos`` is a relative pronoun with the proclitic ``و`` (``والتي
    طلبت``, ``والذين توقعوا``): a background clause about the antecedent."""
    before = text[max(0, pos - 12) : pos].split()
    return bool(before) and fold(before[-1])[:1] == "و" and fold(before[-1])[1:] in _RELATIVES


def _ends_noun_phrase(tok: str) -> bool:
    """True when ``tok`` can end the noun phrase before a verbal noun (so that the verbal noun is not
    its idafa complement): a definite word, a pronoun suffix (``بعضهم``), a place or a name."""
    f = fold(tok)
    return (f.startswith(("ال", "وال")) or (len(f) > 3 and f.endswith(("هم", "ها", "هن", "يين", "يون")))
            or is_place(tok) or is_person_token(tok))


#: The lemma of requesting (``طلب``), whose statement follows its addressee (:func:`request_content`).
REQUEST_LEMMA = "طلب"
#: Most tokens of the addressee after ``من`` (``من شعبها``, ``من مجلس الأمن الدولي``).
_ADDRESSEE_TOKENS = 4


def request_content(
    text: str, pos: int, sent_end: int, mark_starts: dict[int, int],
) -> tuple[str, int, int | None] | None:
    """What a request asks for, read from ``pos`` (the end of the subject of ``طلب``): ``من`` (right
    there or after a time adverb), an addressee of at most :data:`_ADDRESSEE_TOKENS` words, then the
    content — a complementizer (``أن يحافظ على وحدته``: ``("clause", start, None)``), a verbal noun
    (``عقد اجتماع``) or ``ب`` + a verbal noun (``("object", start, None)``), or an opening mark of a
    quotation of at least three words (``"حماية مطلقة للدبلوماسيين"``: ``("quote", start, mark)``).
    ``None`` otherwise (``طلب عدم ذكر اسمه``, ``طلبت الكويت أن …``: no addressee)."""
    toks = phrase_tokens(text, pos, limit=_ADDRESSEE_TOKENS + 4)
    k = 0
    while k < len(toks) and (fold(toks[k][2]) in _TIME_ADVERBS or toks[k][2] in "،,"):
        k += 1
    if k >= len(toks) or fold(toks[k][2]) != "من" or toks[k][0] >= sent_end:
        return None
    for j in range(k + 2, min(len(toks), k + 2 + _ADDRESSEE_TOKENS)):
        s, _e, tok = toks[j]
        if s >= sent_end:
            return None
        f = fold(tok)
        if CLAUSE_INTRO_RE.match(f):
            return ("clause", s, None)
        if tok in MARK_FAMILY and s in mark_starts:
            return ("quote", s + 1, s) if mark_starts[s] >= 3 else None
        if (_verbal_noun_word(tok) or f in _CALL_MASDARS or (f[:1] == "ب" and len(f) > 3 and is_verbal_noun(f[1:]))) and (
                _ends_noun_phrase(toks[j - 1][2])):
            return ("object", s, None)  # (not inside the addressee's idafa: من وزيرة تنمية المجتمع عرض …)
        if not tok[:1].isalpha() or _other_cue(tok):
            return None
    return None


def _late_topic_prep(ftok: str, nxt: str, comps: tuple[str, ...]) -> bool:
    """True when folded ``ftok`` is a cue's ``إلى`` or ``من`` that opens its statement also after an
    adjunct (``أشارت … للمرة الأولى إلى وجود أزمة``, ``حذر باحثون في الأكاديمية … سابقا من مخاطرها``):
    ``إلى`` only before a verbal noun (``إلى الأزمة`` names a topic: the held-out 11 convention), ``من``
    before a verbal noun, a definite noun or a possessed one (``من مخاطرها``), not a place (``من
    جنيف``)."""
    if not nxt[:1].isalpha():
        return False
    if ftok == "الى" and "إلى" in comps:
        return _verbal_noun_word(nxt)
    if ftok == "من" and "من" in comps:
        f = fold(nxt)
        return not is_place(nxt) and not is_person_token(nxt) and (
            _verbal_noun_word(nxt) or f.startswith("ال") or (len(f) > 4 and f.endswith(("ها", "هم"))))
    return False


#: Prepositions right before an opening mark (``اتهمت … الحكومة البريطانية بـ «محاولة …»``): the
#: quotation is the preposition's object, a partial quotation inside an indirect statement.
_PREPOSITIONS_BEFORE_MARK = frozenset(fold(w) for w in "ب ل عن على إلى الى من في".split())


def _short_quoted(text: str, mark: int) -> bool:
    """True when the quoted span opening at local ``mark`` closes within :data:`_QUOTED_NAME_MAX_WORDS`
    words (a quoted name: ``"سي أن أن"``, ``"إس إن سي إف"``)."""
    close = min((p for p in (text.find(c, mark + 1) for c in "\"”»") if p > 0), default=-1)
    return close > 0 and len(text[mark + 1 : close].split()) <= _QUOTED_NAME_MAX_WORDS


_AFTER_CLOSE_RE = re.compile(r"[\"”»]\s*[،,]\s*(\S+)")


def _quote_then_participle(text: str, mark: int) -> bool:
    """True when the quotation opening at local ``mark`` holds at least ``QUOTE_MIN_WORDS_UNCUED`` words
    and its closing mark is followed by a comma and a cue participle (``وقال ترامب للصحافيين "هناك
    فرصة كبيرة لحل مشكلة عالمية"، مضيفا "…"``): the quotation ends its clause, as one that ends its
    sentence does (a quoted name inside an adjunct is followed by the rest of its clause)."""
    m = _AFTER_CLOSE_RE.search(text, mark + 1)
    if m is None or any(ch in "\"“«" for ch in text[mark + 1 : m.start()]):
        return False  # (a nested opening mark before it: not this quotation's end)
    if len(text[mark + 1 : m.start()].split()) < settings.QUOTE_MIN_WORDS_UNCUED:
        return False
    c = lookup(m.group(1))
    return c is not None and c.participle


#: Longest quoted span (in words) read as a name when it does not end its sentence.
_QUOTED_NAME_MAX_WORDS = 3


#: Most tokens between the subject's end and the mark of a short quotation after an addressee
#: (:func:`_addressee_word`): ``للصحفيين``, ``لأنصاره في المدينة`` is already a longer adjunct.
_ADDRESSEE_QUOTE_TOKENS = 1


def _addressee_word(word: str) -> bool:
    """True when ``word`` is a ``ل`` + noun addressee (``للصحفيين``, ``لأنصاره``, ``لرويترز``) and not a
    bare medium or organisation noun that introduces a quoted name (``لصحيفة "لوموند"``, ``لوكالة``;
    :data:`ORG_HEADS`; the definite ``للصحيفة`` is the paper already named). Source of the kind: a new user's report (nu20, 2026-12-01): ``وقال ماكرون
    للصحفيين "هذه هي الحياة".`` gave no quotation."""
    f = fold(word).rstrip("\u0640")
    if len(f) < 4 or f[0] != "ل":
        return False
    rest = f[1:]
    return rest[:1] == "ل" or rest not in ORG_HEADS  # للصحيفة (definite): the paper already named


def _quoted_name(text: str, mark: int) -> bool:
    """True when the quoted span opening at local ``mark`` (which does not end its sentence) is a name:
    right after an organisation noun (``شركة "إغزيبيتور رليشنز"``, ``قوات التحالف "تحالف دعم
    الشرعية في اليمن"``), or at most :data:`_QUOTED_NAME_MAX_WORDS` words followed by a word
    (``قالت "بلومبيرغ" إن``; ``وقال "لن نتراجع"، مشيرا`` is a quotation)."""
    close = min((text.find(c, mark + 1) for c in "\"”»" if text.find(c, mark + 1) > 0), default=-1)
    if close < 0:
        return False
    before = text[:mark].split()
    if before and fold(before[-1]) in ORG_HEADS:
        return True
    after = text[close + 1 :].lstrip(" ")
    return len(text[mark + 1 : close].split()) <= _QUOTED_NAME_MAX_WORDS and after[:1].isalpha()


#: A clause opener after a comma that starts the frame of the next cue (``، فيما علق محمد حماقي على
#: الأمر قائلا``, ``، بينما قال``): a statement cut at the next cue ends before it (step 40e; a new
#: user's report, ANT v2.1 AL-culture-1-20180218). Only within :data:`_FRAME_CLAUSE_WORDS` words of
#: that cue: a longer ``بينما`` clause is more often part of the statement (``، بينما تتراجع …``).
_FRAME_CLAUSE_RE = re.compile(r"[،,]\s*(?:فيما|بينما)\s")
#: Most words between the opener and the next cue.
_FRAME_CLAUSE_WORDS = 6


def _frame_opener_in(seg: str) -> bool:
    """True when ``seg`` holds ``فيما`` or ``بينما`` (a cheap test before :data:`_FRAME_CLAUSE_RE`)."""
    return "فيما" in seg or "بينما" in seg


def statement_end(
    text: str, start: int, ends: list[int], stops: list[int]
) -> int:
    """Local end of a reported statement starting at ``start``: the earliest sentence end, contrastive
    clause, or stop position (next cue, continuing direct quote) after it."""
    end = next_end(ends, start)
    for p in stops:
        if start < p < end:
            end = p
            m = _FRAME_CLAUSE_RE.search(text, start, end) if _frame_opener_in(text[start:end]) else None
            if m is not None and len(text[m.end() : end].split()) <= _FRAME_CLAUSE_WORDS:
                end = m.start()  # step 40e: … النسائي، فيما علق محمد حماقي على الأمر قائلا — the next cue's clause
                while end > start and text[end - 1].isspace():
                    end -= 1
    # (tried only at the commas it starts with, found by the compiled character scan: the same first
    # match as ``CONTRAST_RE.search(text, start, end)``; speed17)
    # (and only when one of the words every match holds is written there: لكن, إلا, غير; most
    # statements hold none, and the pattern was tried at each of their commas; speed34)
    if start < end and (text.find("لكن", start, end) >= 0 or text.find("إلا", start, end) >= 0
                        or text.find("غير", start, end) >= 0):
        m = next(matches_at(CONTRAST_RE, text, char_positions(text, "،,", start, end), end), None)
        if m:
            end = m.start()
    return end


def participle_after_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The local ``(start, end)`` of the first cue participle right after a quotation's closing mark
    and a comma in ``text[start:end]`` (``أن «واشنطن ملتزمة»، نافية ما نشرته …``), else ``None``:
    the statement is the quotation, the participle with its complement (``نافية ما``, ``مبديا في
    الوقت نفسه قلقه``) is a statement of its own by the same speaker, as a participle with a clause
    is (``، مضيفا أن``: a cue of its own; held-out 7's gold: ``»، نافياً في الوقت نفسه مزاعم
    المعارضة`` → ``مزاعم المعارضة``) — fresh-user report 8 #13. Without marks a participle with a
    verbal-noun object after a comma is read by :func:`find_cues` (:data:`PARTICIPLE_OBJECT_LEMMAS`,
    step 52d)."""
    # every comma of ``text[start:end]`` in order, by one compiled character scan (two ``find`` calls
    # and a generator per comma before; speed28)
    commas = _COMMA_POSITIONS(text, start, end) if _COMMA_POSITIONS is not None else char_positions(text, "،,", start, end)
    for c in commas:
        b = c - 1
        while b > start and text[b].isspace():
            b -= 1
        if text[b] in '"»”' and _whole_quotation(text[start : b + 1]):
            m = next(iter_cues(text, c + 1, min(end, c + 30)), None)
            if m is not None and m.cue.participle and not m.clitic and not text[c + 1 : m.start].strip():
                e = m.end
                while e < end and "\u064b" <= text[e] <= "\u0652":
                    e += 1  # the tanween or harakat after the cue word (واصفةً)
                return m.start, e
    return None


#: The commas of :func:`participle_after_quote`, by one compiled scan (``None``: not built).
_COMMA_POSITIONS = compiled_char_positions("،,")


#: Complementizers that may stand before a statement's quotation (folded): ``أن «…»``.
_QUOTE_LEADS = frozenset(fold(w) for w in "أن إن بأن أنه إنه".split())


def _whole_quotation(seg: str) -> bool:
    """True when a statement ``seg`` (trimmed) ends with a closing mark whose quotation is the whole
    statement: it opens right at its start or after a complementizer (``أن «واشنطن ملتزمة»``), or
    nothing in it opens it (a mark lost after a colon); not a scare-quoted term at its end
    (``أن التحالف ينفذ عملياته بـ"تدابير عالية المستوى"``, the development set's gold)."""
    close = seg[-1:]
    if close == "»":
        o = seg.rfind("«")
    elif close == "”":
        o = seg.rfind("“")
    elif close == '"':
        o = seg.rfind('"', 0, len(seg) - 1)  # the mark before the closing one (no list of them: speed31)
    else:
        return False
    lead = seg[:o].strip() if o >= 0 else ""
    return not lead or fold(lead) in _QUOTE_LEADS


CUE_AFTER_RE = re.compile(r"^\s*[،,]?\s*$")
#: A demonstrative pointing back at the quotation between it and a post-posed cue (task teaser24):
#: ``"…"، بهذه الكلمات تحدث السفير …``, ``"…"، هكذا قال …``, ``"…" بهذه العبارة علّق …``: the cue's
#: content is the quotation, so even ``تحدث`` (whose content otherwise follows it) attributes it. Not
#: ``لهذا``/``بذلك``/``وكذا`` ("therefore", "thereby", "and also": ANT v2.1 ``"…"، ولهذا بدت …``).
#: ANT v2.1 (all sources): 8 ``بهذه الكلمات``, ~20 ``هكذا`` + verb after a closing mark.
DEMONSTRATIVE_BEFORE_CUE_RE = re.compile(
    r"^\s*[،,]?\s*و?(?:ب(?:هذه|هذا|تلك)(?:\s+(?:ال)?(?:كلمات|كلمة|عبارة|عبارات|جملة|جمل|حروف|تعبير|"
    r"تعليق|تعليقات|وصف))?|هكذا)\s*[،,]?\s*$"
)


def cue_right_after(text: str, pos: int, hits_by_start: dict[int, CueHit]) -> int | None:
    """For a quoted span closing at local ``pos``: the start of a cue that follows it directly
    (``"…"، قال الوزير``) or after a demonstrative pointing back at it
    (:data:`DEMONSTRATIVE_BEFORE_CUE_RE`: ``"…"، بهذه الكلمات تحدث السفير``), or ``None``."""
    m = next(iter_cues(text, pos, min(len(text), pos + 40)), None)
    if m is None or m.cue.participle:
        return None
    gap = text[pos + 1 : m.start]
    if not CUE_AFTER_RE.match(gap):
        if not DEMONSTRATIVE_BEFORE_CUE_RE.match(gap):
            return None
        if m.clitic or m.cue.lemma == REQUEST_LEMMA:
            return None
        return m.start  # the demonstrative makes the quotation the cue's content (any cue lemma)
    if m.cue.ambiguous and not m.clitic:
        return None  # "…" توقع تخليها: the noun توقع (expectation), not the verb
    if m.cue.lemma == REQUEST_LEMMA:
        return None  # يحظر "العقوبات القاسية"، وطلبوا بإعادة محاكمته: a request quotes nobody before it
    if m.cue.lemma in _NO_POSTPOSED_LEMMAS or fold(m.form) in DESCRIBING_ENCLITIC_FORMS:
        return None  # "…"، وتحدث عن مقاربة …, "…"، ووصفها بأنها …: their content follows them (step 31)
    return m.start


#: Cue lemmas that never attribute a quotation before them: their content is the complement after
#: them (``تحدث عن``, the verbal nouns of cues.NOMINAL_CUE_LEMMAS, ``انتقد``: ``قال إن هذه الأموال "…"،
#: وانتقد ما يردده مشرعون``, fresh text, step 41c).
_NO_POSTPOSED_LEMMAS = frozenset({TOPIC_LEMMA, CRITICISE_LEMMA}) | NOMINAL_CUE_LEMMAS
