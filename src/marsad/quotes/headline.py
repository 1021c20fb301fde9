"""Headline quotations: ``Speaker: statement`` in titles and sub-headings.

Arabic news titles quote a speaker with a colon and no verb: ``#لافروف: الجهود الدولية …`` (the
speaker is the hashtag's text), ``لافروف: مستعدون للتنسيق …``. A line is read as a headline quotation
when it is a title or sub-heading (or, when the layout stage has not classified it, a short line
without final punctuation, at most ``settings.MAX_SUBHEADING_CHARS`` characters), the part before the
colon is at most ``settings.HEADLINE_MAX_SPEAKER_WORDS`` words with no digit and no cue verb, and the
part after has at least ``settings.HEADLINE_MIN_CONTENT_WORDS`` words. Rubric labels (``عاجل:``,
``بالفيديو:``) are never speakers; a place name (``بريطانيا: أربعة محاور …``) is one only when the
statement speaks in the first person (``واشنطن: لن نسمح …``), as a government would. A part headed by an
event or topic noun (``قضية سكريبال:``, ``الانتخابات التركية:``; :data:`EVENT_HEADS`) is no speaker, and a
media-type prefix (``شاهد.. ترامب:``) is cut off the speaker (step 43x). Step 51r: rubric labels learnt
from corpus counts (:data:`RUBRIC_LABELS`: ``ريبورتاج:``, ``قصة مصورة:``, ``الرابطة الأولى:``) and fixtures
(``تونس - غينيا :``) are no speakers; a name the entities stage tagged as a person counts as a name
(``بوتين قبل قمة سوريا:``), and in a title of clauses joined by ``..`` the last clause speaks
(``… تعبر عن قلقها.. ولافروف:``).
"""

from __future__ import annotations

import re

from marsad import settings
from marsad.quotes.cues import fold, is_verbal_noun, iter_cues
from marsad.quotes.speakers import (
    ORG_HEADS,
    PHRASE_STOPS,
    PORTFOLIOS,
    SOURCE_HEADS,
    TITLE_WORDS,
    is_person_token,
    is_place,
)
from marsad.text.normalize import BIDI_CONTROLS

HEADLINE_RE = re.compile(
    r"^\s*(?P<speaker>[^\s:#0-9][^:\n0-9]{0,80}?|#[^\s:#][^:\n0-9]{0,80}?)\s*:\s*(?P<content>\S.*?)\s*$",
    re.S,
)
#: Quotation marks in the speaker part: allowed when balanced, around a name (``"رويترز":``,
#: ``مستشار "ترمب":``, ``الأمينة العامة لـ"الفيفا" فاطمة سامورا:``).
_MARKS = "\"«“”»"
#: A medium addressed after the speaker (``مروان خوري لـ"العربية.نت":``, ``مصادر لـ "العربية":``): the
#: speaker ends before it.
_MEDIUM_ADJUNCT_RE = re.compile(r"\s+لـ?\s*[\"«“”][^\"«“”»]+[\"»”]\s*$")
#: A person or medium addressed after the speaker without marks (``أمير قطر لروحاني:``, ``فواز جرجس
#: لـCNN:``): ``ل``/``لـ`` glued to a last word that is a person-name token or in Latin letters (step
#: 46j); not ``لل`` + a definite noun nor any other word, which complete a role (``الأمين العام للأمم
#: المتحدة:``, ``نائب الأمين العام لـحزب الله:``).
#: A medium glued to ``لـ`` with the tatweel and its article, last in the speaker part (``طالع
#: لـالوطن:``, the Saudi interview title ``NAME لـ<paper>:``; qa24): a role's complement is written
#: ``للهيئة``, never ``لـالهيئة``.
_GLUED_MEDIUM_RE = re.compile(r"\s+لـ+ال[^\s\"«“”»]{2,}\s*$")
_ADDRESSEE_TAIL_RE = re.compile(r"\s+لـ?(?P<word>[A-Za-z][\w.-]*|[^\sA-Za-z]{2,})\s*$")

#: Rubric labels that stand before a colon in titles and are not speakers.
RUBRICS = frozenset(fold(w) for w in """
عاجل بالفيديو فيديو بالصور صور شاهد تقرير خاص حصري مباشر تحليل رأي انفوغراف إنفوجرافيك ملخص
تحديث مقال حوار فيديوجراف بالأرقام أرقام إحصائية تفاصيل متابعة نص ترجمة المصدر المصادر تنويه
ملاحظة صورة إعلان الصورة شاهدوا استطلاع مقابلة بث بالخريطة قراءة سؤال جواب س ج
""".split())

#: Credit labels (folded) of a line that names who prepared, photographed or supplied the piece (step 52g,
#: new-user report nu31 #3: ``إعداد : علي محمد الشهري تصوير : تركي البوق``, ``خدمة: «واشنطن بوست» خاص
#: بـ«الشرق الأوسط»``): as the whole speaker part they name no speaker (``خدمة العملاء:`` is left to the
#: other rules).
CREDIT_LABELS = frozenset(fold(w) for w in "إعداد اعداد تصوير تحرير إخراج اخراج رسوم تنسيق خدمة".split())

#: Rubric labels of titles learnt from corpus counts (step 51r): a label that stands before a title's
#: colon in at least three articles with different statements, names no person, organisation, role or
#: place, and is never (at most twice) the subject of a speech verb in the bodies of the 72k articles
#: of ANT v2.1, ANT v1.1 and SaudiNewsNet (``قال/أكد/أعلن/… X`` or ``X قال``) is a rubric, a column or
#: a competition, not a speaker. Folded, matched as the whole speaker part or its first words; the
#: corpus counts (titles / speech-verb subjects) are in docs/quotes.md step 51r.
RUBRIC_LABELS = frozenset(fold(p) for p in (
    "ريبورتاج", "قصة مصورة", "رحالة الصيف", "شاشة الناقد", "نشرة خاصة", "بلاغ مروري", "فيديوغرافيك",
    "المشهد", "اقرأ", "للمزيد",
    "الرابطة الأولى", "الرابطة الثانية", "الكرة الطائرة", "كرة الطائرة", "رابطة الأبطال",
    "المسابقات الأفريقية", "المسابقات الإفريقية", "الكلاسيكو", "مرحلة تفادي النزول", "البلاي أوت", "دورة دبي",
    # a video game's spec box (fresh text, task rec27; ``الناشر:`` 10 lines of one ANT article)
    "المطور", "الناشر", "المنصة",
))
#: Most words of a rubric label (:data:`RUBRIC_LABELS`).
_RUBRIC_LABEL_MAX_WORDS = 4

#: Place tags of titles missing from :data:`marsad.quotes.speakers.PLACES` and the gazetteer: the
#: governorates and frequent towns of Tunisia (``القصرين: وفاة شاب …``, ``قفصة :``, ``جربة:`` —
#: ANT v1.1 is Jawhara FM's, whose regional news open so; new-user report nu14 #1), folded. Like any
#: place they speak only in the first person (:data:`FIRST_PERSON_RE`).
TITLE_PLACES = frozenset(fold(w) for w in """
أريانة باجة بنزرت جندوبة القصرين القيروان قبلي قبلّي الكاف المهدية منوبة مدنين المنستير
نابل صفاقس سليانة سوسة تطاوين توزر زغوان قفصة قابس جربة جرجيس الحمامات
قليبية طبرقة الرقاب المتلوي مساكن المرسى الكرم قرطاج رادس الحامة دوز فريانة تالة سبيطلة مكثر
الشابة المكنين الجم نفطة قرقنة بوسالم
بوفيشة النفيضة أكودة قربة قرمبالية هرقلة تاجروين مطماطة صيادة السند
""".split())
#: Multi-word place tags, folded (``سيدي بوزيد``, ``بن قردان``): matched as a whole, so that their
#: words alone (``مريم``, ``بن``, ``سيدي``) are not place tags.
_TITLE_PLACE_PHRASES = frozenset(fold(p) for p in (
    "سيدي بوزيد", "بن عروس", "بن قردان", "القلعة الكبرى", "حمام سوسة", "شط مريم", "رأس جدير",
    "راس جدير", "حلق الوادي", "منزل بورقيبة", "قصور الساف", "قصر هلال", "منزل تميم", "غار الدماء",
    "حي التضامن", "ميناء حلق الوادي"))
#: Tunisian letters of place names (``ڨفصة``, ``الڨصرين``, ``بن ڨردان``: Jawhara FM writes the spoken
#: g and v so), read as the letters of the standard spelling for the place-tag test.
_MAGHREBI_LETTERS = str.maketrans({"ڨ": "ق", "ڤ": "ف", "ڧ": "ق"})
#: First words of a cause or concession before a title's colon (``بسبب الاضرابات والاعتصامات : تونس
#: تخسر …``, ``رغم …:``): an adjunct of the title's sentence, never a speaker (step 39d), folded.
CAUSE_OPENERS = frozenset(fold(w) for w in "بسبب بفضل جراء جرّاء رغم برغم بالرغم لأجل".split())
#: Competitions named after a person (``رولان غاروس: نادال يتأهل …``), folded: topic labels.
_TOPIC_PHRASES = frozenset(fold(p) for p in ("رولان غاروس", "رولان جاروس"))
#: First words of a topic label before a title's colon that never speaks (nu14 #1): a competition,
#: a sport or a festival (``كأس الكاف:``, ``تنس:``, ``رولان غاروس:``, ``مهرجان كان:``), an event named
#: with its place (``هجوم لندن:``, ``زلزال ايطاليا:``, ``حادث زغوان:``), a region's administrative
#: head (``ولاية القصرين:``, ``معتمدية …:``), an adverb or a label (``قريبا:``, ``بالتفاصيل:``,
#: ``العنوان:``), folded.
TOPIC_LABELS = frozenset(fold(w) for w in """
كأس كاس بطولة البطولة دوري الدوري مونديال المونديال أولمبياد الأولمبياد أولمبياد الألعاب رالي سباق
ماراثون ماراطون تنس التنس كرة رياضة الرياضة ملاكمة جودو ويمبلدون
مهرجان المهرجان أيام معرض المعرض
هجوم الهجوم حادث الحادث زلزال الزلزال عملية انفجار حريق فيضانات فيضان انقلاب إضراب اضراب
ولاية معتمدية
قريبا حصريا مجانا رسميا رسمي غدا لليوم الليلة الآن
بالتفاصيل التفاصيل بالتفصيل العنوان عنوان الطقس طقس حالة وفيات
جزء الجزء حلقة الحلقة
إعصار الإعصار عاصفة العاصفة جوائز الجوائز جائزة شارع
""".split())

#: Head nouns of an event or a topic (step 43x, new-user report nu18: 13 of 51 headline quotations
#: wrong, most of them topic labels): a title ``قضية سكريبال: …``, ``أزمة الروهينجا: …``, ``انتخابات
#: لبنان: …``, ``الانتخابات النيابية اللبنانية: …`` names what the story is about, never who speaks. A
#: word class, folded and bare: the definite form (``الأزمة``, ``الانتخابات``) and the construct form
#: (``أزمة الروهينجا``) are read by :func:`_event_head`. Nouns that can stand for a body that speaks
#: (``حملة``, ``لجنة``, ``مؤتمر``, ``قمة`` as a summit's communiqué) are left out.
EVENT_HEADS = frozenset(fold(w) for w in """
قضية قضيه ملف أزمة ازمة أزمات انتخابات استفتاء حرب حروب معركة معارك صراع نزاع مباراة مباريات
صفقة فضيحة محاكمة مفاوضات محادثات ثورة احتجاجات مظاهرات كارثة مجزرة جريمة مأساة ذكرى
هجمات بريكست
""".split())

#: First-person markers that make a place a speaker (``واشنطن: لن نسمح``).
FIRST_PERSON_RE = re.compile(
    r"(?:^|\s)(?:نحن|لن\s+ن\w+|لا\s+ن\w+|سن\w{2,}|لدينا|مستعدون|نرفض|ندعو|نؤكد|نطالب|[إأا]ننا|علينا|لنا"
    # a noun with the first-person plural possessive (``تقييمنا``, ``بلادنا``; not ``أحيانا``, ``ثمنا``)
    r"|\w{2,}[^\W\dا]نا)(?:\s|$)"
)

#: A rubric (:data:`RUBRICS`) opening the speaker part, with its separator (``شاهد.. انتخابات لبنان:``,
#: ``بالفيديو - ترامب:``): a media-type prefix, no part of the speaker.
_RUBRIC_PREFIX_RE = re.compile(r"#?(?P<rubric>[^\W\d_]+)\s*(?:\.{2,}|…|[-–—|])\s*(?=\S)")

#: Rubrics of opinion pieces: a title after them (``رأي.. فلان يكتب عن …: …``) names a column.
_OPINION_RUBRICS = frozenset(fold(w) for w in "رأي مقال تحليل".split())

_FINAL_PUNCT = set(".!؟?")
_NO_MARKS = str.maketrans({c: None for c in "\"«“”»"})


def _topic_headline(words: list[str], content: str) -> bool:
    """True when the part before the colon is a topic, not a speaker: it starts with a verbal noun
    (``إقالة إلياس الغربي : الهايكا تهدد …``), or the statement opens with a rubric (``… : شاهد ردود
    أفعال``). (A one-word non-name before an event statement, ``قابس : العثور على …``, is left a
    speaker: the same shape is ``لوبان: انتزاع أظافر …`` and ``الجبير: تدريب حزب الله …``.)"""
    first = content.split()[0] if content.split() else ""
    if fold(first) in RUBRICS:
        return True
    return is_verbal_noun(words[0].lstrip("#")) and not is_person_token(words[0])


#: Interrogatives that open an explainer title (``انقطاع الطمث المبكر: كيف تبدو الحياة …؟``, ``تركي آل
#: الشيخ: ما تأثير انسحابه …؟``; step 51q30), folded.
_TITLE_INTERROGATIVES = frozenset(fold(w) for w in "ما ماذا كيف هل لماذا لما أين متى كم".split())
#: Products named before a title's colon (``آيفون اكس اس: أبل تكشف …``), folded: a device never speaks;
#: read before the person-name test, which takes the foreign word for a name.
_PRODUCT_LABELS = frozenset(fold(w) for w in "آيفون ايفون أيفون هاتف".split())
#: Demonstratives and second-person pronouns that tie a question to its speaker's situation, folded.
_DEICTIC = frozenset(fold(w) for w in "هذه هذا هؤلاء هنا الآن أنت أنتم أنتما انت انتم".split())
_TRAJECTORY_RE = re.compile(r"^من\s+\S.*\s(?:إلى|الى|إلي)\s+\S")


def _topic_title(words: list[str], content: str, verbal: bool = False) -> bool:
    """True when a title ``Label: statement`` is the editor's, the label its topic (step 51q30, BBC
    Arabic's house style, new-user report nu30 #1): the statement is a question opened by an
    interrogative (``… : كيف تبدو الحياة قبل الثلاثين؟``) or a trajectory ``من X إلى Y`` (``نادية مراد:
    من "الاستعباد" إلى نوبل للسلام``), not in the first person (:data:`FIRST_PERSON_RE`), and the label
    names no role, organisation or source that could speak (``وزير الخارجية: هل …؟`` is left a
    speaker), or the label is a product (:data:`_PRODUCT_LABELS`). A question that points at the
    speaker's here and now or at the one addressed (``ترامب: متى ستنتهي حملة الملاحقات هذه؟``, ``… : هل
    أنت مجنون؟``; :data:`_DEICTIC`), or after a label with a verb (``البنتاغون يتساءل: لما …؟``:
    ``verbal``), is a speaker's. ``words``: the label's words; ``content``: the part after the colon."""
    if fold(words[0].lstrip("#")) in _PRODUCT_LABELS:
        return True
    # (the cheap shape tests first: most titles are neither a question nor a trajectory)
    question = content.rstrip(" \"”»'")[-1:] in ("؟", "?")
    if not question and content.lstrip(_MARKS)[:3] != "من ":
        return False
    if FIRST_PERSON_RE.search(content) or _named_speaker(" ".join(words)) and not is_person_token(words[0]):
        return False
    if question:
        first = fold(content.split()[0].strip(_MARKS))
        if first not in _TITLE_INTERROGATIVES or verbal or any(_present_verb_shaped(w) for w in words[1:]):
            return False
        return not any(fold(w.strip(_MARKS + "؟?")) in _DEICTIC for w in content.split())
    return len(content.split()) <= _TRAJECTORY_MAX_WORDS and _TRAJECTORY_RE.match(content.translate(_NO_MARKS)) is not None


#: Most words of a trajectory title (``من "السبي والاغتصاب" إلى سفيرة أممية للنوايا الحسنة``: 8).
_TRAJECTORY_MAX_WORDS = 10


def _event_head(word: str) -> bool:
    """True when ``word`` (the first of a headline's speaker part) is the head noun of an event or a
    topic (:data:`EVENT_HEADS`), bare (``قضية``, ``انتخابات``) or definite (``الانتخابات``, ``الأزمة``).
    (``حرب`` is also a family name: the caller keeps a one-word part that is a person-name token.)"""
    f = fold(word.lstrip("#"))
    bare = f[2:] if f.startswith("ال") and len(f) > 4 else f
    return f in EVENT_HEADS or bare in EVENT_HEADS


def _person(word: str, names: frozenset[str] = frozenset()) -> bool:
    """True when ``word`` is a person-name token (:func:`is_person_token`) or, folded without ``#``
    and quotation marks, one of ``names``: the words of the article's persons the entities stage
    found (step 51r: ``بوتين``, ``البرادعي``, ``قرقاش`` are in no name list)."""
    return is_person_token(word) or (bool(names) and fold(word.lstrip("#").strip(_MARKS)) in names)


def _named_speaker(speaker: str, names: frozenset[str] = frozenset()) -> bool:
    """For a speaker part with quotation marks: True when it names a speaker — a quoted one-word name
    (``"رويترز"``), or a first word that is a role, an organisation or source head or a person-name
    token (``مستشار "ترمب"``, ``تحالف "دعم الشرعية"``, ``كاراسكو لـ"العربية"``); a topic noun before a
    quoted name (``قضية "…"``, ``قانون "…"``, ``فضيحة "…"``) is no speaker."""
    first = speaker.lstrip(_MARKS + "#").split()[0].strip(_MARKS)
    if speaker[0] in _MARKS and len(speaker.strip(_MARKS).split()) == 1:
        return True
    quoted = _QUOTED_LEAD_RE.match(speaker)
    if quoted is not None and len(quoted.group(1).split()) <= 3 and (
            not speaker[quoted.end() :].strip() or next(iter_cues(speaker[quoted.end() :]), None) is not None):
        return True  # "المسند" يحذر: a quoted name before the verb of the headline
    f = fold(first)
    bare = f[2:] if f.startswith("ال") else f
    return (bare in TITLE_WORDS or f in TITLE_WORDS or bare in ORG_HEADS or f in ORG_HEADS
            or bare in SOURCE_HEADS or _person(first, names))


#: A name in quotation marks opening the speaker part (``"المسند" يحذر``, ``«أمانة جدة»``).
_QUOTED_LEAD_RE = re.compile(r'^["«“]([^"«»“”]+)["»”]')
#: A speaker part ending with a medium glued to ``ل`` whose name holds a digit (``نيكولاس مادورو
#: لفرانس24: …``; :data:`HEADLINE_RE` allows no digit before the colon).
_DIGIT_MEDIUM_RE = re.compile(
    r"^\s*(?P<speaker>[^\s:#0-9][^:\n0-9]{0,60}?)\s+لـ?\s*[^\s:]*[0-9][^\s:]*\s*:\s*(?P<content>\S.*?)\s*$", re.S)
#: Prepositions of the topic a headline's speaker talks about (``قرقاش عن "استيلاء" جيبوتي …:``), and
#: of a cue's complement before the colon (``ألفة يوسف تعلق على قضية …:``), folded.
_TOPIC_PREPS = frozenset(fold(w) for w in "عن على حول بشأن".split())
#: Most words of such a topic.
_TOPIC_MAX_WORDS = 6

#: Prepositions that complete a role or source before a headline's colon (``نائب عن الجبهة الشعبية :``,
#: ``مصدر في الخارجية:``, ``متحدث باسم …``), folded.
_ROLE_COMPLEMENT_PREPS = frozenset(fold(w) for w in "عن في من لدى".split())
#: Prepositions of time after a name before the colon (``كين بعد الهدف الجدلي: سألحق بصلاح``).
_TIME_PREPS = frozenset(fold(w) for w in "بعد قبل عقب إثر".split())


def _speaker_before_stop(words: list[str], stop: int, names: frozenset[str] = frozenset()) -> int | None:
    """How many of the speaker-part ``words`` are the speaker when the word at ``stop`` is a phrase
    stop: all of them when the phrase starts with a role, source or organisation noun and the stop is
    a preposition of its complement (``نائب عن الجبهة الشعبية``, ``مصدر في الحكومة``), the words
    before the stop when a person name is followed by a time adjunct (``كين بعد الهدف الجدلي``),
    ``None`` otherwise (a sentence: ``تنطلق غدا``)."""
    if stop == 0:
        return None
    first = fold(words[0].lstrip("#"))
    bare = first[2:] if first.startswith("ال") else first
    f = fold(words[stop])
    role = bare in TITLE_WORDS or bare in SOURCE_HEADS or bare in ORG_HEADS
    if role and f in _ROLE_COMPLEMENT_PREPS and all(
            fold(w) not in PHRASE_STOPS or fold(w) in _ROLE_COMPLEMENT_PREPS for w in words[stop:]):
        nxt = words[stop + 1] if stop + 1 < len(words) else ""
        if (f == "من" and is_place(nxt)) or (f == "عن" and stop > 1) or (f == "في" and is_verbal_noun(nxt)):
            return stop  # ملك المغرب من الحسيمة, مفتي السعودية عن صواريخ الحوثي: a place or a topic after it
        return len(words)
    if f in _TIME_PREPS and stop <= 3 and any(_person(w, names) for w in words[:stop]) and not any(
            is_verbal_noun(w) for w in words[:stop]):
        return stop
    if (f == fold("عن") and stop <= 3 and len(words) - stop <= _TOPIC_MAX_WORDS and not any(
            (fold(w).startswith("ال") and not _person(w, names)) or (is_verbal_noun(w) and not _person(w, names))
            or is_place(w)
            or not w[:1].isalpha() or fold(w) in TITLE_WORDS or fold(w) in ORG_HEADS for w in words[:stop])):
        # قرقاش عن "استيلاء" جيبوتي على ميناء دورالي: a person's name, then the topic; a present verb
        # before عن (ترامب يتحدث عن …) is not part of the name. A family name written with ال that the
        # name lists hold speaks too (الحريري عن انتخابات لبنان: …, held-out 64 CN-353; step 39c)
        return next((i for i in range(1, stop) if _present_verb_shaped(words[i])), stop)
    return None


def _present_verb_shaped(word: str) -> bool:
    """A word shaped like an imperfect verb (``يتحدث``, ``تكشف``: ي/ت + at least three letters) that is
    no person-name token (``يوسف``, ``تامر``), no place and does not end in ``ي`` (a nisba or a foreign
    name: ``تشلسي``, ``تيمي``)."""
    f = fold(word)
    return (len(f) >= 4 and f[0] in "يت" and not f.endswith("ي") and not is_person_token(word)
            and not is_place(word))


def _ends_with_cue(content: str) -> bool:
    """True when a headline statement ends with a cue verb (``… : وزير الداخلية ينفي``): the editor's
    summary of a statement, not the statement."""
    last = content.split()[-1].strip(".،,!؟?\"»”") if content.split() else ""
    cue = next(iter_cues(last), None) if last else None
    return cue is not None and cue.start == 0 and cue.end == len(last)


def _quoted_topic(speaker: str) -> bool:
    """True when every quotation mark of the speaker part stands in a topic after ``عن`` (the second
    or third word): ``قرقاش عن "استيلاء" جيبوتي …`` (the speaker before it is read by
    :func:`_speaker_before_stop`)."""
    ws = speaker.split()
    k = next((i for i, w in enumerate(ws) if fold(w) == fold("عن")), None)
    return k is not None and 1 <= k <= 2 and not any(ch in _MARKS for ch in " ".join(ws[:k]))


def _body_of_place(inner: str) -> bool:
    """True for a quoted two- or three-word body named by its place (``«أمانة جدة»``, ``"شرطة
    الرياض"``): an indefinite first word and a place last."""
    ws = inner.split()
    return 2 <= len(ws) <= 3 and not fold(ws[0]).startswith("ال") and is_place(ws[-1]) and not is_place(ws[0])


def _place_shaped(word: str) -> bool:
    """A one-word definite feminine nisba that is not an organisation or role noun (``المهدية``,
    ``السليمانية``, ``الإسماعيلية``: towns named like adjectives, absent from the gazetteer), read as
    a place topic (``المهدية : إصابة 7 تلاميذ …``); ``الخارجية``/``الداخلية`` (ministries) speak."""
    w = fold(word.lstrip("#"))
    return w.startswith("ال") and w.endswith("ية") and w not in ORG_HEADS and w[2:] not in TITLE_WORDS


#: Step 47q (quote23): symbols at a title's edges — emoji and pictographs (U+2190–U+2BFF arrows,
#: shapes, dingbats; U+1F000–U+1FAFF emoji, flags' regional indicators, skin tones), the joiner and
#: variation selectors that bind them, bullets (``•``, ``▪``, ``►``) — decorate the line and are no part
#: of the speaker (``🔴 عاجل: …`` is the rubric ``عاجل``, ``🇯🇴 الصفدي: …`` is ``الصفدي``).
_EDGE_SYMBOLS = "\u2022\u2023\u25aa-\u25ff\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u200d\ufe0e\ufe0f\U0001f000-\U0001faff"
_EDGE_CHARS = re.escape(BIDI_CONTROLS) + _EDGE_SYMBOLS
_EDGE_LEFT_RE = re.compile(rf"[\s{_EDGE_CHARS}]*")
_EDGE_RIGHT_RE = re.compile(rf"[\s{_EDGE_CHARS}]*$")


def _rubric_label(words: list[str]) -> bool:
    """True when the speaker part, or its first one to :data:`_RUBRIC_LABEL_MAX_WORDS` words, is a
    rubric label of :data:`RUBRIC_LABELS` (``ريبورتاج``, ``قصة مصورة``, ``الرابطة الأولى``)."""
    folded = [fold(w.lstrip("#")) for w in words[:_RUBRIC_LABEL_MAX_WORDS]]
    return any(" ".join(folded[:k]) in RUBRIC_LABELS for k in range(1, len(folded) + 1))


#: A dash standing alone between two sides of a match (``تونس - غينيا``).
_DASHES = frozenset("-–—")


def _fixture(words: list[str]) -> bool:
    """True when the speaker part is two sides joined by a dash standing alone, one side a place
    (``تونس - غينيا :``, ``الجزائر - مصر:``): a match or a meeting of two parties, the title's
    topic; no party speaks for both."""
    k = next((i for i, w in enumerate(words) if w in _DASHES), None)
    if k is None or k == 0 or k == len(words) - 1:
        return False
    return any(is_place(w) or fold(w).translate(_MAGHREBI_LETTERS) in TITLE_PLACES for w in (words[k - 1], words[k + 1]))


#: The separator of a title's clauses (``ضربة سوريا.. السعودية تؤيد.. والأردن:``).
_CLAUSE_SEP_RE = re.compile(r"\s*(?:\.{2,}|…)\s*")


def _last_clause(group: str, lead: int, names: frozenset[str] = frozenset()) -> int | None:
    """Where the last clause of a speaker part written as clauses joined by ``..``/``…`` starts
    (``منظمة حظر الأسلحة الكيماوية تعبر عن قلقها.. ولافروف:``, ``ضربة سوريا.. السعودية تؤيد..
    والأردن:``): the colon's speaker is the last clause's, after a ``و`` glued to a name, a definite
    word or a place (``ولافروف`` → ``لافروف``; ``وزير`` keeps its letter). ``None`` when the part has no
    such separator after ``lead``, when one word stands before it (a label: ``مصادر.. ترامب:``, step
    43x), when nothing follows the last one, or when that clause is in quotation marks (a title of a
    work: :func:`headline_quote` reads it)."""
    last = None
    for m in _CLAUSE_SEP_RE.finditer(group, lead):
        last = m
    if last is None or last.start() <= lead or len(group[lead : last.start()].split()) < 2:
        return None  # (one word before the dots is a label, left to the rules after: مصادر.. ترامب:)
    rest = group[last.end() :]
    if not rest.strip() or rest.lstrip()[:1] in _MARKS:
        return None
    start = last.end()
    first = rest.split()[0]
    if len(first) > 2 and first[0] == "و":
        bare = first[1:]
        if _person(bare, names) or fold(bare).startswith("ال") or is_place(bare):
            start += 1
    return start


#: Ministry portfolios (:data:`marsad.quotes.speakers.PORTFOLIOS`), folded.
_PORTFOLIO_WORDS = frozenset(fold(w) for w in PORTFOLIOS)


def _marked_portfolio(speaker: str) -> bool:
    """True for a speaker part that is one portfolio in quotation marks (``"الصحة":``, ``«التجارة»:``):
    the Saudi press's short name of the ministry, a body that speaks, although the word is a verbal
    noun (:func:`_topic_headline`; step 51r, held-out 8 and 63)."""
    s = speaker.strip()
    return len(s) > 2 and s[0] in _MARKS and s[-1] in _MARKS and fold(s[1:-1].strip()) in _PORTFOLIO_WORDS


def _addressee_word(word: str) -> bool:
    """Whether ``word`` (the last word of a headline's speaker part, after a glued ``ل``/``لـ``: see
    :data:`_ADDRESSEE_TAIL_RE`) names someone addressed: Latin letters (a medium, ``CNN``) or a
    person-name token that is no place (``روحاني``). Step 46j."""
    if word[:1].isascii():
        return True
    return not word.startswith("ل") and is_person_token(word) and not is_place(word)


def headline_quote(line: str, kind: str, names: frozenset[str] = frozenset()) -> tuple[int, int, int, int, int] | None:
    """Read ``line`` (one title/sub-heading line) as a headline quotation.

    Returns local offsets ``(speaker_start, speaker_end, colon, content_start, content_end)`` — the
    speaker without ``#`` — or ``None`` when the line is not a headline quotation. ``kind`` is the
    block kind (``title``, ``subheading``, or ``body``/``lead`` when the layout stage did not say).
    ``names``: folded words of the article's persons the entities stage found (:func:`_person`).
    """
    stripped = line.rstrip(" \t\"”»'")
    if kind not in ("title", "subheading"):
        if len(line.strip()) > settings.MAX_SUBHEADING_CHARS or (stripped and stripped[-1] in _FINAL_PUNCT):
            return None
    if ":" not in line:
        return None  # (both patterns below need the colon: most lines are tried no further; speed31)
    m = HEADLINE_RE.match(line)
    if m is None:
        m = _DIGIT_MEDIUM_RE.match(line)
        if m is None or not any(is_person_token(w) for w in m.group("speaker").split()):
            return None
    if m.group("content").startswith(":"):
        return None  # a run of colons is a separator, no speaker's colon: ``دكتور :::: جون نيلسون
        # رايت`` (an author's byline, nu28), ``محمد سعد الزهراني :: 30 عاما`` (a list of names)
    # white space and BiDi controls (U+200F before a title, fresh-user report 3) are no part of it
    group = m.group("speaker")
    lead = _EDGE_LEFT_RE.match(group).end()
    rubric = _RUBRIC_PREFIX_RE.match(group, lead)
    if rubric is not None and fold(rubric.group("rubric")) in RUBRICS:
        if fold(rubric.group("rubric")) in _OPINION_RUBRICS:
            return None  # رأي.. بشار جرار يكتب عن …: the title of a column, not a statement
        lead = rubric.end()  # شاهد.. انتخابات لبنان: the media-type prefix is no part of the speaker
    chain = _last_clause(group, lead, names)
    if chain is not None:
        lead = chain  # … تعبر عن قلقها.. ولافروف: the speaker is the last clause's
    speaker = group[lead : _EDGE_RIGHT_RE.search(group, lead).start()]
    if not speaker:
        return None
    content = m.group("content")
    if any(ch in _MARKS for ch in speaker):
        if speaker.count('"') % 2 or speaker.count("«") != speaker.count("»") or speaker[0] in "”»":
            return None  # an unbalanced mark: a quotation with a colon inside, not a speaker
        inner = speaker.strip(_MARKS)
        if (speaker[0] in _MARKS and speaker[-1] in _MARKS and len(inner.split()) > 1
                and not (_named_speaker(inner) or _body_of_place(inner))) or ".." in speaker:
            return None  # "صوت مفقود": / المرأة والفنون.. "هويات دائمة": — a title of a work, a topic
            # («أمانة جدة»: an organisation in marks speaks)
        medium = _MEDIUM_ADJUNCT_RE.search(speaker)
        if medium is not None and medium.start() > 0:
            speaker = speaker[: medium.start()]  # مروان خوري لـ"العربية.نت": the medium is no speaker
            # (removed before the topic test: طواف لـ " الوطن ": is the interviewee طواف, qa24)
        if not _named_speaker(speaker, names) and (
            (any(ch in _MARKS for ch in speaker) or medium is None or len(speaker.split()) > 3)
            and not _quoted_topic(speaker)
        ):
            return None  # قضية "فتاة التجمع": / قانون "الدولة القومية": a topic with a quoted name
            # (before a medium, an unnamed speaker of at most three words speaks: مصرفيون لـ"الاقتصادية":)
    glued = _GLUED_MEDIUM_RE.search(speaker)
    if glued is not None and glued.start() > 0:
        speaker = speaker[: glued.start()]  # طالع لـالوطن: the medium the interview was given to
    addressed = _ADDRESSEE_TAIL_RE.search(speaker)
    if addressed is not None and addressed.start() > 0 and _addressee_word(addressed.group("word")):
        speaker = speaker[: addressed.start()]  # أمير قطر لروحاني: the person addressed is no speaker
    words = speaker.lstrip("#").translate(_NO_MARKS).split()
    if not words or len(words) > settings.HEADLINE_MAX_SPEAKER_WORDS + _TOPIC_MAX_WORDS:
        return None
    if len(content.split()) < settings.HEADLINE_MIN_CONTENT_WORDS:
        return None
    if fold(words[0].lstrip("#")) in CAUSE_OPENERS:
        return None  # بسبب الاضرابات والاعتصامات : …: a cause, not a speaker
    if not any("\u0621" <= ch <= "\u064a" for ch in speaker):
        return None
    topic = 0
    cue = next(iter_cues(speaker), None)
    if cue is not None and not cue.clitic and cue.end < len(speaker):
        # ألفة يوسف تعلق على قضية نقض: the verb's prepositional complement (its topic) before the colon
        after = speaker[cue.end :].split()
        if (after and fold(after[0]) in _TOPIC_PREPS and len(after) <= _TOPIC_MAX_WORDS
                and not any(fold(w) in PHRASE_STOPS and fold(w) not in _TOPIC_PREPS for w in after[1:])):
            topic = len(speaker) - cue.end
            speaker = speaker[: cue.end]
            words = speaker.lstrip("#").translate(_NO_MARKS).split()
    stop = next((k for k, w in enumerate(words) if fold(w.lstrip("#")) in PHRASE_STOPS), None)
    if stop is not None:
        cut = _speaker_before_stop(words, stop, names)
        if cut is None:
            return None  # an adverb or preposition: a sentence, not a speaker (تنطلق غدا : …)
        if cut < len(words):  # كين بعد الهدف الجدلي: the speaker is the name before the adjunct
            kept = len(" ".join(words[:cut]))
            speaker = speaker[: speaker.index(words[0]) + kept] if words[0] in speaker else speaker
            words = words[:cut]
    if len(words) > settings.HEADLINE_MAX_SPEAKER_WORDS:
        return None
    folded = fold(speaker.lstrip("#"))
    if folded in RUBRICS or fold(words[0].lstrip("#")) in RUBRICS or _rubric_label(words) or folded in CREDIT_LABELS:
        return None
    cue = next(iter_cues(speaker), None)
    if cue is not None:
        # "Speaker verb: statement" (بارتوميو يعترف: …) — the speaker is what stands before the verb
        if cue.clitic or cue.end < len(speaker) or len(speaker[: cue.start].split()) not in (1, 2, 3):
            return None
        trimmed = speaker[: cue.start].rstrip()
        words = trimmed.lstrip("#").split()
        end_trim = len(speaker) - len(trimmed)
    else:
        end_trim = 0
        verb = next((k for k in range(1, min(len(words) - 1, 4)) if _present_verb_shaped(words[k])), None)
        if verb is not None and not _named_speaker(words[0]) and _ends_with_cue(content):
            # إسرائيليون يدرّبون أمنيين تونسيين : وزير الداخلية ينفي: a topic before the editor's summary
            # (the statement ends with a cue verb), not a speaker's words (سفاح باكستان يطعن بالمحاكمة:
            # "تمت على عجل" keeps its speaker)
            return None
        if verb is not None and len(words) - verb <= 3 and not any(
                fold(w) in PHRASE_STOPS for w in words[:verb]):
            # حزب كندي يغازل ناخبيه: a verb that is no cue, with its object (a word at least): the
            # speaker stands before it
            trimmed = speaker[: speaker.index(words[verb - 1]) + len(words[verb - 1])] if words[verb - 1] in speaker else speaker
            end_trim = len(speaker) - len(trimmed)
            words = words[:verb]
    tagged = fold(" ".join(words)).translate(_MAGHREBI_LETTERS)
    if (len(words) == 1 and (is_place(words[0]) or _place_shaped(words[0]) or tagged in TITLE_PLACES)
            or tagged in _TITLE_PLACE_PHRASES) and not FIRST_PERSON_RE.search(content):
        return None
    if _fixture(words):
        return None  # تونس - غينيا : a match between two sides, the topic of the title
    if (fold(words[0].lstrip("#")) in TOPIC_LABELS and not is_person_token(words[0])) or fold(
            " ".join(words)) in _TOPIC_PHRASES:
        return None  # كأس الكاف: / تنس: / هجوم لندن: / قريبا: a topic label, not a speaker
    if _event_head(words[0]) and (len(words) > 1 or not is_person_token(words[0])):
        return None  # قضية سكريبال: / الانتخابات النيابية اللبنانية: an event or a topic, not a speaker
    if _topic_headline(words, content) and not _marked_portfolio(speaker):
        return None
    if _topic_title(words, content, end_trim > 0 or cue is not None):
        return None  # تركي آل الشيخ: ما تأثير انسحابه …؟ — an explainer's topic, not a speaker (step 51q30)
    base = m.start("speaker") + lead
    s_start = base + (1 if speaker.startswith("#") else 0)
    s_end = base + len(speaker)
    colon = line.index(":", s_end + topic)
    s_end -= end_trim
    s_end = min(s_end, base + len(speaker.rstrip()))  # without a medium adjunct
    if line[s_start] in _MARKS and line[s_end - 1] in _MARKS and s_end - s_start > 2:
        s_start, s_end = s_start + 1, s_end - 1  # "رويترز": the name inside the marks
    return (s_start, s_end, colon, *_content_bounds(line, m))


#: The mirror form of a headline quotation: the statement in marks first, then a separator (``..``,
#: ``…``, a dash, a colon or a bar) and the speaker at the start of the rest (``«لن نتراجع».. نتنياهو
#: يتحدى الضغوط``, ``«لن نتراجع» - نتنياهو``): fresh-user report 8 #13.
MIRROR_HEADLINE_RE = re.compile(
    r"^\s*[«\"“](?P<content>[^«»\"“”\n]{2,200})[»\"”]\s*(?P<sep>\.{2,}|…|[-–—:|])\s*(?P<rest>\S[^\n]*?)\s*$"
)
#: Words that make a marked statement a statement, not a quoted topic (``«صفقة القرن».. ترامب …``):
#: a negation, a first-person or modal opener (folded).
_STATEMENT_OPENERS = frozenset(fold(w) for w in "لن لا لم لسنا ليس لست إن إننا نحن أنا لقد قد سوف على".split())


def _statement_like(content: str) -> bool:
    """True when a marked headline part reads as a statement: a first-person marker
    (:data:`FIRST_PERSON_RE`), a negation or opener first (:data:`_STATEMENT_OPENERS`), an imperfect
    verb, or at least four words; a short noun phrase in marks (``«صفقة القرن»``) is a topic."""
    words = content.split()
    if len(words) < 2:
        return False
    return (len(words) >= 4 or fold(words[0]) in _STATEMENT_OPENERS or FIRST_PERSON_RE.search(content) is not None
            or any(_present_verb_shaped(w) for w in words))


def mirror_headline_quote(line: str, kind: str) -> tuple[int, int, int, int, int] | None:
    """Read ``line`` as a headline quotation in the mirror form ``«statement» .. Speaker …``
    (:data:`MIRROR_HEADLINE_RE`), with the offsets of :func:`headline_quote` (the separator in
    place of the colon), or ``None``. The speaker is the rest when it is one to
    ``settings.HEADLINE_MAX_SPEAKER_WORDS`` words with no stop, cue or digit (``- نتنياهو``), or the
    one to three words before a verb (``.. نتنياهو يتحدى …``, ``.. وزير الخارجية يؤكد``); a definite
    word that is no role or organisation noun (``.. الأسواق تهبط``), a place (unless the statement is
    in the first person) or a rubric is no speaker."""
    if kind not in ("title", "subheading") and len(line.strip()) > settings.MAX_SUBHEADING_CHARS:
        return None
    m = MIRROR_HEADLINE_RE.match(line)
    if m is None or not _statement_like(m.group("content")):
        return None
    rest = m.group("rest")
    words = rest.split()
    verb = next((k for k in range(1, min(len(words), 4))
                 if _present_verb_shaped(words[k]) or next(iter_cues(words[k]), None) is not None), None)
    if verb is None:
        if len(words) > settings.HEADLINE_MAX_SPEAKER_WORDS or rest[-1:] in _FINAL_PUNCT:
            return None
        verb = len(words)
    speaker = words[:verb]
    first = fold(speaker[0].lstrip("#"))
    bare = first[2:] if first.startswith("ال") else first
    role = bare in TITLE_WORDS or first in TITLE_WORDS or bare in ORG_HEADS or first in ORG_HEADS or bare in SOURCE_HEADS
    if any(not w.lstrip("#").replace("_", "").isalpha() or fold(w) in PHRASE_STOPS for w in speaker):
        return None
    if first in RUBRICS or (first.startswith("ال") and not role and not is_person_token(speaker[0])):
        return None
    if next(iter_cues(" ".join(speaker)), None) is not None or _present_verb_shaped(speaker[0]):
        return None
    if len(speaker) == 1 and (is_place(speaker[0]) or _place_shaped(speaker[0])) and not FIRST_PERSON_RE.search(
            m.group("content")):
        return None
    s_start = m.start("rest") + (1 if rest.startswith("#") else 0)
    s_end = m.start("rest") + len(" ".join(speaker)) if rest.startswith(" ".join(speaker)) else m.end("rest")
    c_start, c_end = m.start("content"), m.end("content")
    while c_end > c_start and line[c_end - 1] in ".،,":
        c_end -= 1
    return s_start, s_end, m.start("sep"), c_start, c_end


def named_speaker(word: str) -> bool:
    """True when one word opens a speaker's name or description: a role, organisation or source
    head, or a person-name token (``وزير``, ``الخارجية``, ``ترامب``); the public form of the test
    :func:`_named_speaker` makes of a speaker's first word."""
    return _named_speaker(word) if word.strip(_MARKS + "#") else False


# --- step 51t: "Speaker verb complement: statement" (rec28) -------------------------------------------
#: A title's part before its colon, digits allowed (the verb's complement may hold a number: ``روسيا ترد
#: على اتهام 13 من مواطنيها …:``), and the statement after it.
_VERB_HEADLINE_RE = re.compile(r"^\s*(?P<speaker>[^\s:#][^:\n]{0,160}?)\s*:\s*(?P<content>\S.*?)\s*$", re.S)
#: Imperfect verbs of reacting that titles write before a statement and that :func:`iter_cues` does not
#: hold (``ألفة يوسف تعلق على قضية …:``, ``… يهاجم …:``), folded.
_REPLY_VERBS = frozenset(fold(w) for w in "يعلق تعلق يهاجم تهاجم ينتقد تنتقد يرحب ترحب يدين تدين يستنكر تستنكر".split())
#: Cues whose title names what is disclosed, the part after the colon describing it (``مصر تكشف عن خطة
#: جديدة: 5 محاور``), not a statement.
_DISCLOSURE_LEMMAS = frozenset({"كشف", "أعلن", "نشر"})
#: Most words of a speaker before the verb or ``عن`` (``ألفة يوسف``, ``الخارجية الأمريكية``).
_VERB_SPEAKER_MAX_WORDS = 3


def _headline_verb(word: str) -> bool:
    """True when ``word`` is an imperfect speech verb standing alone (``يرد``, ``توضح``, ``تعلق``): a
    cue of :func:`iter_cues` in the present, without a proclitic, not one of :data:`_DISCLOSURE_LEMMAS`,
    or one of :data:`_REPLY_VERBS`;
    or the topic preposition ``عن`` (``قرقاش عن …:``)."""
    f = fold(word)
    if f == "عن" or f in _REPLY_VERBS:
        return True
    cue = next(iter_cues(word), None)
    return (cue is not None and cue.cue.present and not cue.clitic and cue.start == 0 and cue.end == len(word)
            and cue.cue.lemma not in _DISCLOSURE_LEMMAS)


def verb_headline_quote(line: str, kind: str, names: frozenset[str] = frozenset()) -> tuple[int, int, int, int, int] | None:
    """Read a title ``line`` of the shape ``Speaker verb complement: statement`` that
    :func:`headline_quote` leaves, with its offsets: ``قطر ترد على السعودية: هناك دول …``, ``أردوغان
    يوضح دعوته لتحديث القواعد الفقهية …: الأحكام …``, ``قرقاش عن عزل قطر جغرافيا بمشروع قناة سلوى:
    دليل …``, ``الخارجية الأمريكية عن العمل مع الصدر بالعراق: سنعمل …`` (step 51t).

    The speaker is one to :data:`_VERB_SPEAKER_MAX_WORDS` words before the verb (:func:`_headline_verb`)
    that name one (:func:`_named_speaker`: a role, organisation or source head, a person-name token or a
    person the entities stage tagged), or one place: with a verb of saying a place is its government
    and speaks without the first person (``قطر ترد …``). The verb's complement is one to
    ``settings.HEADLINE_VERB_COMPLEMENT_MAX_WORDS`` words; the statement at least
    ``settings.HEADLINE_MIN_CONTENT_WORDS`` words and not an editor's summary ending in a cue verb.
    Titles only (``kind`` ``title`` or ``subheading``); a line with a rubric or clauses joined by
    ``..`` is left to :func:`headline_quote`. ``None`` otherwise. Source: the headline misses of
    step 51r's table (speaker + verb + complement 5, a name + ``عن`` + a long topic 3)."""
    if kind not in ("title", "subheading"):
        return None
    m = _VERB_HEADLINE_RE.match(line)
    if m is None:
        return None
    part, content = m.group("speaker"), m.group("content")
    if content.startswith(":") or ".." in part or "…" in part or "#" in part:
        return None
    words = part.split()
    k = next((i for i in range(1, min(len(words), _VERB_SPEAKER_MAX_WORDS + 1)) if _headline_verb(words[i])), None)
    if k is None or not 1 <= len(words) - k - 1 <= settings.HEADLINE_VERB_COMPLEMENT_MAX_WORDS:
        return None
    who = words[:k]
    if any(not w.isalpha() or fold(w) in PHRASE_STOPS or next(iter_cues(w), None) is not None for w in who) or any(
            _present_verb_shaped(w) and not _person(w, names) for w in who):
        # (البيت الأبيض يعلن عن …: the verb before عن is no part of the speaker)
        return None
    f0 = fold(who[0])
    if f0 in RUBRICS or _rubric_label(who) or _event_head(who[0]) or (f0 in TOPIC_LABELS and not is_person_token(who[0])):
        return None
    place = k == 1 and (is_place(who[0]) or f0 in TITLE_PLACES)
    if not (place or _named_speaker(" ".join(who), names)):
        return None
    plain = content.translate(_NO_MARKS)
    if len(plain.split()) < settings.HEADLINE_MIN_CONTENT_WORDS or _ends_with_cue(plain) or fold(plain.split()[0]) in RUBRICS:
        return None
    s_start = m.start("speaker")
    s_end = s_start + part.index(who[-1]) + len(who[-1])
    colon = m.end("speaker") + line[m.end("speaker") :].index(":")
    return (s_start, s_end, colon, *_content_bounds(line, m))


def _content_bounds(line: str, m: re.Match[str]) -> tuple[int, int]:
    """The statement after a headline's colon (group ``content`` of ``m``) as ``(start, end)`` in
    ``line``: inside its quotation marks when it is one quoted statement, without final ``.``/``،``."""
    c_start, c_end = m.start("content"), m.end("content")
    if line[c_start] in "\"«“" and line[c_end - 1] in "\"»”" and c_end - c_start > 2:
        c_start, c_end = c_start + 1, c_end - 1
    while c_end > c_start and line[c_end - 1] in ".،,":
        c_end -= 1
    return c_start, c_end
