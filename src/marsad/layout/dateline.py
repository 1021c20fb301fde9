"""Datelines and bylines.

A *dateline* says where (and through which agency) a story was filed: ``دبي - العربية.نت``,
``الرياض``, ``لندن - رويترز``, ``دبي، الإمارات العربية المتحدة (CNN)``; a *byline* names the
writer: ``أحمد الريدي`` in ``القاهرة - أحمد الريدي``. Both come either from a credit field
(ANT ``AUTHOR``, SaudiNewsNet ``author``) or from the start of the text (CNN's
``… (CNN)--``, Sabq's ``سبق- أبها:``, the Saudi Press Agency's
``بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`` line, ``عين اليوم – نيويورك``).

A credit string is cut into *parts* at dashes (``-``, ``–``, ``—``, a spaced tatweel ``ـ``),
colons, commas, slashes, brackets and guillemets, and ``X من <place>``; each part is classified
with the tables of :mod:`marsad.layout.rules` as a place, an agency/outlet, a role word, a date,
a person name (2–5 words not in the tables) or other. When a part is a place, the places and the
agencies next to them form the dateline and person names the byline; a credit with no place (an
agency or outlet alone, ``واس``, ``فرانس 24``, perhaps with a writer) is the byline. Dates (``| Tuesday, 11 August 2015 - 16:10 pm``, Hijri dates) become
``header`` blocks for :mod:`marsad.time`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad import settings
from marsad.layout.rules import (
    AGENCIES,
    CREDIT_LABELS,
    CREDIT_ROLES,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    PLACES,
    fold,
)
from marsad.model import Span
from marsad.text.scan import compiled_contains_any

_D = "[0-9٠-٩۰-۹]"
#: Separators between the parts of a credit string. A tatweel counts only next to a space
#: (``دبي ـ العربية.نت``), never inside a word (``الجابـري``).
CREDIT_PART = re.compile(
    r"(?:[^-–—:：،,|/()«»{}\"“”\n]|(?<=[0-9٠-٩۰-۹])[-:：/](?=[0-9٠-٩۰-۹]))+"
)  # a separator between two digits is inside a date or a clock (10:30, 1439/6/27), not a cut
_SPACED_TATWEEL = re.compile(r"(?<=\s)ـ+|ـ+(?=\s)")
_FROM_PLACE = re.compile(r"\s+من\s+(?=\S)")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_HAS_DIGIT = re.compile(rf"{_D}")
#: ``has_digit(s)`` = ``_HAS_DIGIT.search(s) is not None`` in one compiled pass (a bitmap test per
#: character) when the compiled scan is built: the class scan costs the regex engine's charset test
#: at every character (~65 instructions), and the lead of every article is asked two or three times.
_has_digit = compiled_contains_any("0123456789" + "".join(map(chr, [*range(0x660, 0x66A), *range(0x6F0, 0x6FA)]))) or (
    lambda s: _HAS_DIGIT.search(s) is not None
)
_LETTER_WORD = re.compile(r"[^\W\d_][\w.\u064b-\u065f\u0670\u0640]*")
_EDGE_JUNK = " \t\r\n\u00a0\u200e\u200f:：-–—ـ*•.،,|"
_ENTITY_SPACE = re.compile(r"&nbsp;|&#160;|&#xa0;", re.I)

#: A Saudi-style dated dateline: place, Hijri date (optionally "الموافق" + Gregorian date),
#: optional agency: ``بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس``.
DATED_DATELINE_PATTERN = re.compile(
    rf"(?P<place>[^\d\n:،.]{{2,40}}?)\s+"
    rf"(?P<date>{_D}{{1,2}}\s*(?:{HIJRI_MONTHS})\s*{_D}{{4}}\s*(?:هـ|ه)?"
    rf"(?:\s*(?:الموافق|م)?\s*{_D}{{1,2}}\s*(?:{GREGORIAN_MONTHS})\s*{_D}{{4}}\s*م?)?"
    rf"|{_D}{{1,2}}\s*(?:{GREGORIAN_MONTHS})\s*{_D}{{4}}\s*م?)"
    r"(?P<agency>[ \t\u00a0]*[^\d\n:،.]{0,25}?)??[ \t\u00a0]*(?:[-–—:]+[ \t\u00a0]*)?(?=\n|$)"
)
#: CNN Arabic: ``دبي، الإمارات العربية المتحدة (CNN)-- `` (also ``(CNN-- `` with the bracket lost).
CNN_DATELINE_PATTERN = re.compile(
    r"[ \t\u00a0]*(?P<dl>(?:[^\n().:]{0,80}?[ \t\u00a0,،]*)?\(\s*CNN\s*(?:\)|(?=[-–—])))"
    r"[ \t\u00a0]*(?:[-–—]+[ \t\u00a0]*)?"
)
#: A credit prefix ended by a colon: ``سبق- أبها: أطلق …``, ``الرياض - واس: …``.
COLON_CREDIT_PATTERN = re.compile(r"[ \t\u00a0]*(?P<dl>[^\n.:؛!?؟\"«]{2,70}?)[ \t\u00a0]*:[ \t\u00a0]*(?=\S)")
#: The longest credit :data:`COLON_CREDIT_PATTERN` takes before its colon (its ``{2,70}``).
_COLON_CREDIT_MAX = 70
_COLON_CREDIT_SPACES = " \t\u00a0"


def _colon_credit_match(text: str, start: int, end: int) -> re.Match[str] | None:
    """``COLON_CREDIT_PATTERN.match(text, start, end)``, tried only when it can match: the colon it
    ends with is the first ``:`` after ``start`` (no part before it may hold one), and more than
    :data:`_COLON_CREDIT_MAX` characters before it need white space at one end of them. The lazy
    ``{2,70}?`` otherwise tried the colon after each of 70 characters of most first paragraphs."""
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    if (
        colon - start > _COLON_CREDIT_MAX
        and text[start] not in _COLON_CREDIT_SPACES
        and text[colon - 1] not in _COLON_CREDIT_SPACES
    ):
        return None
    return COLON_CREDIT_PATTERN.match(text, start, end)


#: Most words a credit may have (datelines and bylines are short).
MAX_CREDIT_WORDS = 10


@dataclass(slots=True)
class CreditPart:
    """One part of a credit string: its span in the article text and its class
    (``place | agency | person | role | date | other``)."""

    start: int
    end: int
    cls: str
    known: bool = False


@dataclass(slots=True)
class Credit:
    """A parsed credit: ``dateline`` (places/agencies), ``byline`` (person names), ``dates``
    (spans of dates inside it), ``parts`` (all parts, for inspection), ``end`` (offset where
    the credit and its trailing separators end)."""

    dateline: Span | None = None
    byline: Span | None = None
    dates: list[Span] = field(default_factory=list)
    parts: list[CreditPart] = field(default_factory=list)
    end: int = 0

    @property
    def known(self) -> bool:
        """True when at least one part is a known place or agency."""
        return any(p.known for p in self.parts)

    @property
    def clean(self) -> bool:
        """True when every part is a place, agency, person, role or date (nothing else)."""
        return all(p.cls != "other" for p in self.parts)


_DATE_WORD = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*",
    re.I,
)
_LATIN = re.compile(r"[A-Za-z]")


#: Finite verbs of saying that open news sentences (past and present, masculine and feminine), folded
#: with :func:`marsad.layout.rules.fold`: a credit part never starts with one (layout keeps its own
#: table: the core ingest path does not import the quotes stage).
_SPEECH_VERBS = frozenset(
    fold(w)
    for w in """قال قالت يقول تقول أكد أكدت يؤكد تؤكد أعلن أعلنت يعلن تعلن أوضح أوضحت يوضح توضح أشار أشارت
    يشير تشير ذكر ذكرت يذكر تذكر صرح صرحت أفاد أفادت يفيد تفيد كشف كشفت يكشف تكشف نفى نفت ينفي تنفي
    حذر حذرت يحذر تحذر دعا دعت يدعو تدعو طالب طالبت يطالب تطالب اعتبر اعتبرت يعتبر تعتبر رأى رأت يرى
    ترى أضاف أضافت يضيف تضيف تابع تابعت شدد شددت يشدد تشدد أبلغ أبلغت نقل نقلت أعرب أعربت""".split()
)


def _speech_verb(folded_word: str) -> bool:
    """True when ``folded_word`` (a proclitic ``و``/``ف`` allowed) is a finite verb of saying
    (:data:`_SPEECH_VERBS`: ``قال``, ``وأكدت``, ``يقول``): a credit part never starts with one, a
    sentence does (new-user report nu20: ``واشنطن - قال الرئيس الأمريكي جو بايدن: "…"`` was read as a
    dateline and a byline, the quotation lost its cue and speaker)."""
    return folded_word in _SPEECH_VERBS or (folded_word[:1] in "وف" and folded_word[1:] in _SPEECH_VERBS)


def _classify(folded: str, n_words: int) -> str:
    if folded in PLACES:
        return "place"
    if _DATE_WORD.fullmatch(folded):
        return "date"
    if folded in AGENCIES or folded.startswith("مكتب ") or folded.startswith("وكاله "):
        return "agency"
    first = folded.split(" ", 1)[0]
    if folded in CREDIT_ROLES:
        return "role"
    if folded in CREDIT_LABELS:
        return "label"  # "مراسلنا", "(زائر)", "تحليل -": no name, no place (task fix33)
    if folded in _MONTH_WORDS:
        return "date"  # "يوليو - رويترز:": a month is no place (SaudiNewsNet, 3 credits; fix34)
    if _HAS_DIGIT.search(folded):
        from marsad.layout.header import is_header_line

        return "date" if is_header_line(folded.translate(_ARABIC_DIGITS)) else "other"
    if first in CREDIT_ROLES and n_words <= 5:
        return "person"
    if n_words >= 2 and _speech_verb(first):
        return "other"  # "واشنطن - قال الرئيس الأمريكي جو بايدن:": the lead's clause, not a writer
    if _LATIN.search(folded):
        return "agency" if folded in AGENCIES else "other"
    if 1 <= n_words <= 5 and len(_LETTER_WORD.findall(folded)) == n_words:
        return "person" if n_words >= 2 else "unknown1"
    return "other"


#: One-word month names (:data:`HIJRI_MONTHS`, :data:`GREGORIAN_MONTHS`), folded: a credit part that
#: is one is a date, not a place.
#: (``آب`` is left out: folded it is ``إب``, a Yemeni city of the datelines.)
_MONTH_WORDS = frozenset(
    fold(m) for m in (*HIJRI_MONTHS.split("|"), *GREGORIAN_MONTHS.split("|")) if " " not in m and m != "آب"
)
#: Labels of a reader's comment (``النايف (زائر)``): the one word beside one is the reader's name.
_READER_LABELS = frozenset(fold(w) for w in ("زائر", "زائرة", "الزائر"))
#: Outlets that credit the writer before their own name and the place after it (Sabq:
#: ``<writer>- سبق[- <place>]:``): the head before them is the writer, never a place.
_WRITER_FIRST_OUTLETS = frozenset(fold(w) for w in ("سبق", "صحيفة سبق"))

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _split_parts(text: str, start: int, end: int) -> list[CreditPart]:
    """Cut ``text[start:end]`` into classified parts (offsets into ``text``)."""
    chunk = text[start:end]
    if "ـ" in chunk:
        chunk = _SPACED_TATWEEL.sub(lambda m: "-" * len(m.group()), chunk)
    chunk = _ENTITY_SPACE.sub(lambda m: " " * len(m.group()), chunk)
    parts: list[CreditPart] = []
    for m in CREDIT_PART.finditer(chunk):
        seg = m.group()
        lead = len(seg) - len(seg.lstrip(" \t\u00a0*•.'"))
        trail = len(seg) - len(seg.rstrip(" \t\u00a0*•.'"))
        if lead + trail >= len(seg):
            continue
        s0, s1 = start + m.start() + lead, start + m.end() - trail
        pieces = [(s0, s1)]
        # "عادل الخنين من الرياض": a person (or outlet) "from" a known place
        fm = _FROM_PLACE.search(text, s0, s1)
        if fm and fold(text[fm.end() : s1]) in PLACES:
            pieces = [(s0, fm.start()), (fm.end(), s1)]
        elif text.startswith("من ", s0) and fold(text[s0 + 3 : s1]) in PLACES:
            pieces = [(s0 + 3, s1)]  # "«الاقتصادية» من الرياض"
        elif _HAS_DIGIT.search(text, s0, s1):
            split = _leading_place(text, s0, s1)  # "الرياض ١٤٣٩/٦/٢٧هـ", "لندن 15 مارس 2018 10:30"
            if split is not None:
                pieces = [(s0, split[0]), (split[1], s1)]
        for a, b in pieces:
            folded = fold(text[a:b])
            cls = _classify(folded, folded.count(" ") + 1)
            parts.append(CreditPart(a, b, cls, cls in ("place", "agency")))
    _resolve_unknowns(text, parts)
    return parts


#: Most words of a place name at the head of a credit part that goes on with a date.
MAX_LEADING_PLACE_WORDS = 3


def _leading_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(place_end, rest_start)`` when ``text[start:end]`` opens with a known place of 1 to
    :data:`MAX_LEADING_PLACE_WORDS` words (:data:`PLACES`) and goes on with a digit: the place and
    the date that follows without a dash between them (third new-user report, finding 10)."""
    words = list(_WORD_SPAN.finditer(text, start, end))
    for k in range(min(MAX_LEADING_PLACE_WORDS, len(words) - 1), 0, -1):
        place_end, rest_start = words[k - 1].end(), words[k].start()
        if _HAS_DIGIT.search(text, rest_start, end) and fold(text[start:place_end]) in PLACES:
            return place_end, rest_start
    return None


_WORD_SPAN = re.compile(r"\S+")


def _resolve_unknowns(text: str, parts: list[CreditPart]) -> None:
    """Single unknown words are places (``بريدة``, ``عرعر``); a multi-word unknown at the head
    of ``X - <agency>`` with no known place elsewhere is a place (``ريو دي جانيرو - د ب أ``)
    unless it reads as a writer's name (:func:`_head_writer`: Sabq's ``أيمن حسن- سبق:``, 133
    SaudiNewsNet credits whose writer was the dateline; task fix33), otherwise a person
    (``عبدالله البرقاوي- سبق- الرياض``)."""
    has_place = any(p.cls == "place" for p in parts)
    # a field holding prose (a column's first sentence, "الحمد لله …، وبعد:") is no credit: its
    # single words are no places (SaudiNewsNet author fields gave "وبعد", "والمنشآت"; task fix33)
    prose = any(p.cls == "other" for p in parts)
    # a reader's comment credits the reader: "النايف (زائر)" is a name, not a place (fix34)
    reader = any(p.cls == "label" and fold(text[p.start : p.end]) in _READER_LABELS for p in parts)
    for i, p in enumerate(parts):
        if p.cls == "unknown1":
            p.cls = (
                "other" if prose else "person" if reader or _glued_name(text[p.start : p.end]) else "place"
            )
        elif (
            p.cls == "person"
            and i == 0
            and not has_place
            and len(parts) > 1
            and parts[1].cls == "agency"
            and fold(text[parts[1].start : parts[1].end]) not in _WRITER_FIRST_OUTLETS
            and not _head_writer(text[p.start : p.end])
        ):
            p.cls = "place"
    if (
        not has_place
        and len(parts) > 1
        and parts[0].cls == "person"
        and parts[1].cls == "person"
        and not _head_writer(text[parts[0].start : parts[0].end])
        and _glued_name(text[parts[1].start : parts[1].end])
    ):
        parts[0].cls = "place"  # "حوطة سدير - ناصرالعريج / تصوير - …": place, then the writer (fix34)
    if not has_place:
        # "بندر الدوشي- سبق- أبو عريش": writer, outlet, then the place (Sabq's order)
        for i in range(2, len(parts)):
            if (
                parts[i].cls == "person"
                and parts[i - 1].cls == "agency"
                and parts[i - 2].cls == "person"
                and not _head_writer(text[parts[i].start : parts[i].end])
            ):
                parts[i].cls = "place"
                break


#: A family name of the nisba form, ``ال…ي`` (``الحارثي``, ``المريسي``, ``التميمي``), folded.
_NISBA = re.compile(r"ال\w{2,}ي")


_KUNYA = frozenset(fold(w) for w in ("أبو", "ابو", "أبي", "أم", "ام"))


def _head_writer(part: str) -> bool:
    """True when ``part`` (2–5 words) reads as a person's name: its first word is a given name of
    the entities gazetteer (``PER``; not the Wikidata name tokens, which hold ``لاس``, ``سان``) or its
    last word a nisba family name (:data:`_NISBA`). SaudiNewsNet's Sabq credits ``<writer>- سبق``
    (``محمد أبو شعر- سبق:``, ``مروان المريسي- سبق``, ``عبدالحكيم شار- سبق``), where other papers put a place before the
    agency (``بوينوس ايرس - أ ف ب``, ``مزار شريف - أ ف ب``, ``الحدود الشمالية - الوئام``)."""
    from marsad.entities.features import ner_norm
    from marsad.layout.dedup import _identity_words

    words = part.split()
    if not words:
        return False
    first = fold(words[0])
    return (
        # a kunya opens places too (أبو عريش, أم الدوم): only its nisba makes it a writer
        (first not in _KUNYA and "PER" in _identity_words()[0].get(ner_norm(words[0]), ()))
        or (first.startswith("عبد") and len(first) > 4)  # عبدالحكيم, عبدالرحمن: a compound given name
        or _NISBA.fullmatch(fold(words[-1])) is not None
    )


def _glued_name(word: str) -> bool:
    """True when the one ``word`` is a given name and a family name written without their space
    (``ناصرالعريج``, ``خالدالمرشود``: SaudiNewsNet credits, 6, were read as places; fix34): it
    splits before an ``ال`` into a given name of the entities gazetteer (``PER``) and a family name of
    three letters or more after the article."""
    from marsad.entities.features import ner_norm
    from marsad.layout.dedup import _identity_words

    w = fold(word)
    if " " in w:
        return False
    names = _identity_words()[0]
    for k in range(4 if w.startswith("عبد") else 3, len(w) - 4):  # not عبد + الله: one given name
        if (
            w[k : k + 2] == "ال"
            and "PER" in names.get(ner_norm(w[:k]), ())
            and "LOC" not in names.get(ner_norm(w), ())
        ):
            return True
    return False


_CLOSERS = {"»": "«", ")": "(", "”": "“", "}": "{", '"': '"'}
_OPENERS = {v: k for k, v in _CLOSERS.items()}


def _group_span(text: str, parts: list[CreditPart], classes: tuple[str, ...]) -> Span | None:
    """Span of the first run of consecutive parts whose class is in ``classes``
    (role and date parts do not break a run of places/agencies)."""
    first = last = None
    for p in parts:
        if p.cls in classes:
            if first is None:
                first = p
            last = p
        elif first is not None and p.cls not in ("role",):
            break
    if first is None or last is None:
        return None
    start, end = first.start, last.end
    # keep quote marks that open or close inside the span: لندن: «الشرق الأوسط», «الاقتصادية» من الرياض
    if end < len(text) and text[end] in _CLOSERS and _CLOSERS[text[end]] in text[start:end]:
        end += 1
    if start > 0 and text[start - 1] in _OPENERS and _OPENERS[text[start - 1]] in text[start:end]:
        start -= 1
    return Span(start, end)


#: :func:`parse_credit`'s results by :func:`_credit_key`, with offsets relative to the span's start
#: (see :func:`_relative`); at most ``settings.CREDIT_CACHE_ENTRIES``, then started over.
_CREDIT_CACHE: dict[tuple[str, str, str], tuple | None] = {}
_MISSING = object()


def _credit_key(text: str, start: int, end: int) -> tuple[str, str, str] | None:
    """What :func:`parse_credit`'s result depends on, besides offsets: the span's text and the
    character on each side of it (``""`` at an end of ``text``: :func:`_group_span` takes a quote
    mark just outside the span into the dateline). Every other look at ``text`` stays inside the
    span (bounded searches without look-behinds, ``text[a:b]`` slices within it). ``None`` for
    offsets that are not ``0 <= start <= end <= len(text)``."""
    if not 0 <= start <= end <= len(text):
        return None
    return text[start - 1 : start] if start else "", text[start:end], text[end : end + 1]


def _relative(credit: Credit | None, start: int) -> tuple | None:
    """``credit`` as plain tuples of offsets less ``start`` (kept in :data:`_CREDIT_CACHE`)."""
    if credit is None:
        return None

    def rel(sp: Span | None) -> tuple[int, int] | None:
        return None if sp is None else (sp.start - start, sp.end - start)

    return (
        rel(credit.dateline),
        rel(credit.byline),
        tuple((d.start - start, d.end - start) for d in credit.dates),
        tuple((p.start - start, p.end - start, p.cls, p.known) for p in credit.parts),
        credit.end - start,
    )


def _rebased(rel: tuple, start: int) -> Credit:
    """A new :class:`Credit` (new parts and spans: callers may keep or change them) from
    :func:`_relative`'s tuples, its offsets plus ``start``."""
    dateline, byline, dates, parts, end = rel
    return Credit(
        None if dateline is None else Span(dateline[0] + start, dateline[1] + start),
        None if byline is None else Span(byline[0] + start, byline[1] + start),
        [Span(a + start, b + start) for a, b in dates],
        [CreditPart(a + start, b + start, cls, known) for a, b, cls, known in parts],
        end + start,
    )


def parse_credit(text: str, start: int, end: int) -> Credit | None:
    """Parse the credit in ``text[start:end]`` (an AUTHOR/author field, or a candidate dateline).

    Returns ``None`` when the span holds no credit (empty, a UUID, only punctuation). Offsets in
    the result point into ``text``. Never raises. A corpus repeats its credit strings (an outlet's
    ``دبي - العربية.نت``: 459 distinct among the first 2,000 ANT AUTHOR fields), so a result is
    kept by :func:`_credit_key` and the next equal span gets a copy moved to its offsets.
    """
    key = _credit_key(text, start, end)
    if key is None:
        return _parse_credit(text, start, end)
    rel = _CREDIT_CACHE.get(key, _MISSING)
    if rel is _MISSING:
        credit = _parse_credit(text, start, end)
        if len(_CREDIT_CACHE) >= settings.CREDIT_CACHE_ENTRIES:
            _CREDIT_CACHE.clear()
        _CREDIT_CACHE[key] = _relative(credit, start)
        return credit
    return None if rel is None else _rebased(rel, start)


def _parse_credit(text: str, start: int, end: int) -> Credit | None:
    """:func:`parse_credit` without the cache (the reference)."""
    s = text[start:end]
    if not s.strip() or _UUID.search(s) or "#" in s:
        return None
    parts = _split_parts(text, start, end)
    if not parts:
        return None
    credit = Credit(parts=parts, end=end)
    credit.dateline, credit.byline = _dateline_and_byline(text, parts)
    credit.dates = _date_spans(parts)
    # "| Tuesday, 11 August 2015 - 16:10 pm": the date side of a "|" is one date span
    bar = s.find("|")
    if bar >= 0 and _HAS_DIGIT.search(s, bar):
        tail = s[bar + 1 :]
        lead = len(tail) - len(tail.lstrip())
        d0 = start + bar + 1 + lead
        d1 = start + len(s.rstrip())
        if d1 > d0:
            credit.dates = [Span(d0, d1)]
            credit.parts = [p for p in parts if p.end <= start + bar]
            credit.dateline, credit.byline = _dateline_and_byline(text, credit.parts)
    return credit


def _date_spans(parts: list[CreditPart]) -> list[Span]:
    """The spans of the date parts, consecutive date parts joined into one (``١٥ مارس ٢٠١٨م`` and
    ``١٠:٣٠ صباحاً بتوقيت مكة`` across a dash are one date-time for :mod:`marsad.time`)."""
    spans: list[Span] = []
    previous_was_date = False
    for p in parts:
        if p.cls == "date":
            if previous_was_date:
                spans[-1] = Span(spans[-1].start, p.end)
            else:
                spans.append(Span(p.start, p.end))
        previous_was_date = p.cls == "date"
    return spans


def _dateline_and_byline(text: str, parts: list[CreditPart]) -> tuple[Span | None, Span | None]:
    """The dateline and byline of a credit's parts.

    A dateline says *where* the story was filed: it needs a place, and takes the agencies next to
    it (``لندن - رويترز``, ``سبق- الرياض``). A credit without any place names who supplied the
    story — an agency or outlet alone (``واس``, ``رويترز``, ``فرانس 24``), perhaps with a writer
    (``العربية.نت - إسلام سيف``) — and is the byline, the credit line: the first run of persons and
    agencies. (First-user finding: SaudiNewsNet's ``author: "واس"`` was labelled a dateline.)"""
    if any(p.cls == "place" for p in parts):
        dateline = _group_span(text, parts, ("place", "agency"))
        byline = _group_span(text, parts, ("person",))
        if byline is None and dateline is not None:
            # "لندن - 15 مارس 2018 10:30 GMT - رويترز": the agency after the date credits the story
            after = [p for p in parts if p.start >= dateline.end]
            if after and after[0].cls == "date":
                byline = _group_span(text, after, ("agency",))
        return dateline, byline
    # a credit of generic words alone ("مراسلنا", "(زائر)") names who wrote, not where: the byline
    return None, _group_span(text, parts, ("person", "agency")) or _group_span(text, parts, ("label",))


def as_author_credit(text: str, credit: Credit) -> Credit:
    """``credit`` read as a schema.org ``author`` (a ``Person`` or an ``Organization``: an HTML
    page's ``<meta name="author">``, ``article:author`` or JSON-LD ``author``): a part that is a
    place only because it is an unknown word (not in :data:`PLACES`) is a name, so the credit gives
    a byline, never a dateline made of a name (new-user report nu32: the JSON-LD author ``مراسلنا``
    was shown as the dateline). A known place stays the dateline (``دبي - العربية.نت``). Changed in
    place and returned."""
    if any(p.cls == "place" and not p.known for p in credit.parts):
        for p in credit.parts:
            if p.cls == "place" and not p.known:
                p.cls = "person"
        credit.dateline, credit.byline = _dateline_and_byline(text, credit.parts)
    return credit


def _strict(credit: Credit | None, text: str) -> bool:
    """A credit found inside the text must be short, clean and name a known place or agency."""
    if credit is None or not credit.known or not credit.clean:
        return False
    words = sum(len(text[p.start : p.end].split()) for p in credit.parts)
    return words <= MAX_CREDIT_WORDS


@dataclass(slots=True)
class LeadDateline:
    """A dateline found at the start of a paragraph: the pieces to emit as blocks (``kind``,
    span) in order, the article-level ``dateline``/``byline`` spans, and ``end``: where the
    prose of the paragraph begins (== paragraph end when the whole line is the dateline)."""

    pieces: list[tuple[str, Span]]
    dateline: Span | None
    byline: Span | None
    end: int


def find_lead_dateline(text: str, start: int, end: int, *, whole_line: bool) -> LeadDateline | None:
    """Look for a dateline at the start of the paragraph ``text[start:end]``.

    ``whole_line`` allows the whole paragraph to be the dateline (it must then be short). The
    forms, tried in order: Saudi dated datelines, CNN's ``… (CNN)--``, a credit ended by a
    colon (``سبق- أبها:``), and (with ``whole_line``) a short credit line (``عين اليوم – نيويورك``)
    or a byline line opened by a role word (``بقلم: أحمد علي``).
    """
    para = text[start:end]
    # 1. "بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس" (its own line)
    if _has_digit(para[:120]):
        m = DATED_DATELINE_PATTERN.match(text, start, end)
        if m and m.end() >= end - 1:
            place0, place1 = _trim(text, m.start("place"), m.end("place"))
            if place1 > place0 and len(text[place0:place1].split()) <= 4:
                pieces: list[tuple[str, Span]] = [("dateline", Span(place0, place1))]
                pieces.append(("header", Span(*_trim(text, m.start("date"), m.end("date")))))
                if m.group("agency") and m.group("agency").strip():
                    a0, a1 = _trim(text, m.start("agency"), m.end("agency"))
                    if a1 > a0:
                        pieces.append(("dateline", Span(a0, a1)))
                return LeadDateline(pieces, Span(place0, place1), None, end)
    # 2. CNN
    if "CNN" in para[:130]:
        m = CNN_DATELINE_PATTERN.match(text, start, end)
        if m:
            d0, d1 = _trim(text, m.start("dl"), m.end("dl"))
            return LeadDateline([("dateline", Span(d0, d1))], Span(d0, d1), None, m.end())
    # 2b. a place and a date-time with its own words on their own line (fifth new-user report,
    # finding 6): "بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت" (before the colon form, which
    # would cut at the clock's colon)
    if whole_line and end - start <= MAX_DATED_CREDIT_CHARS and _has_digit(para):
        found = find_place_date_line(text, start, end)
        if found is not None:
            return found
    # 2c. the same dateline opening the lead, its prose on the same line after a dash or a colon
    # (sixth new-user report, finding 6: "بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت - قالت …")
    if _has_digit(para[:MAX_DATED_CREDIT_CHARS]):
        found = _place_date_prefix(text, start, end)
        if found is not None:
            return found
    # 3. "سبق- أبها: …"
    m = _colon_credit_match(text, start, end)
    if m:
        credit = parse_credit(text, m.start("dl"), m.end("dl"))
        if _strict(credit, text) and credit is not None:
            d0, d1 = _trim(text, m.start("dl"), m.end("dl"))
            return LeadDateline(
                [(_credit_kind(credit), Span(d0, d1))], credit.dateline, credit.byline, m.end()
            )
    # 3b. a known place and a spaced dash opening the lead (new-user report nu16 M7: JSON and HTML
    # leads "الرياض - التقى …", "العريش - قتل …" kept the place in the prose)
    found = _dash_place_prefix(text, start, end)
    if found is not None:
        return found
    # 4. a short line that is only a credit: "عين اليوم – نيويورك", "عبدالعزيز الشيخ ـ جدة"
    if whole_line and len(para) <= 80 and not para.rstrip().endswith((".", "؟", "?", "!")):
        credit = parse_credit(text, start, end)
        if (
            _strict(credit, text)
            and credit is not None
            and (len(credit.parts) >= 2 or credit.parts[0].cls == "place")
        ):
            d0, d1 = _trim(text, start, end)
            return LeadDateline([(_credit_kind(credit), Span(d0, d1))], credit.dateline, credit.byline, end)
        # 5. a byline line: "بقلم: أحمد علي", "كتب - محمد حسن" (a role word, then names only)
        if (
            credit is not None
            and credit.byline is not None
            and credit.parts[0].cls == "role"
            and all(p.cls in ("role", "person", "place", "agency") for p in credit.parts)
            and len(para.split()) <= 8
        ):
            d0, d1 = _trim(text, start, end)
            return LeadDateline([("byline", Span(d0, d1))], credit.dateline, credit.byline, end)
    return None


def find_dated_credit_line(text: str, start: int, end: int) -> LeadDateline | None:
    """A line at the top of a plain text that is a dateline with a date: a clean credit with one
    date (:func:`_dated_credit_line`), else a known place followed by a date-time phrase
    (:func:`find_place_date_line`). ``None`` for a line without a digit or longer than
    :data:`MAX_DATED_CREDIT_CHARS` (one regex test: cheap on prose)."""
    if end - start > MAX_DATED_CREDIT_CHARS or not _HAS_DIGIT.search(text, start, end):
        return None
    return _dated_credit_line(text, start, end) or find_place_date_line(text, start, end)


def _dated_credit_line(text: str, start: int, end: int) -> LeadDateline | None:
    """A line at the top of a plain text that is a credit with a date: a known place and/or
    agency and one date-time, nothing else (``لندن - 15 مارس 2018 10:30 GMT - رويترز``,
    ``الرياض ١٤٣٩/٦/٢٧هـ الموافق ١٥ مارس ٢٠١٨م - ١٠:٣٠ صباحاً بتوقيت مكة``, ``لندن 15 مارس 2018
    10:30 بتوقيت غرينتش (رويترز)``): its pieces are the dateline, the date (a ``header`` block for
    :mod:`marsad.time`) and the byline, in text order. ``None`` otherwise, and for a line without
    a digit or longer than :data:`MAX_DATED_CREDIT_CHARS` (one regex test: cheap on prose).
    Third new-user report, finding 10: such a line became the title, or a header losing place and
    agency."""
    credit = parse_credit(text, start, end)
    if credit is None or not credit.known or len(credit.dates) != 1:
        return None
    if any(p.cls not in ("place", "agency", "date", "role") for p in credit.parts):
        return None
    if credit.dateline is None and credit.byline is None:
        return None
    pieces = [("header", credit.dates[0])]
    if credit.dateline is not None:
        pieces.append(("dateline", credit.dateline))
    if credit.byline is not None:
        pieces.append(("byline", credit.byline))
    pieces.sort(key=lambda piece: piece[1].start)
    last = -1
    for _, span in pieces:
        if span.start < last:
            return None  # overlapping pieces: not a clean credit line
        last = span.end
    return LeadDateline(pieces, credit.dateline, credit.byline, end)


#: A dated credit line is short (place, agency, a date and a time with its zone).
MAX_DATED_CREDIT_CHARS = 120

#: The head of a line that may be a place: one to :data:`MAX_LEADING_PLACE_WORDS` letter words.
_PLACE_HEAD = re.compile(rf"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){{0,{MAX_LEADING_PLACE_WORDS - 1}}}")
#: What may stand between a dateline place and its date: spaces, then ``،`` ``,`` dashes ``/`` ``:`` ``|``.
_PLACE_DATE_SEPARATOR = re.compile(r"[ \t\u00a0]*(?:[،,\-–—/:|ـ]+[ \t\u00a0]*)*")
#: Most words of an agency credited at the end of a dated dateline (``أ ف ب``).
MAX_TRAILING_AGENCY_WORDS = 3


def _trailing_agency(text: str, start: int, end: int) -> Span | None:
    """The span of a known agency (:data:`AGENCIES`) of 1 to :data:`MAX_TRAILING_AGENCY_WORDS`
    words closing ``text[start:end]`` after a space, dash, dot or bracket (``… - رويترز``, ``… (أ ف
    ب)``, ``… 2015 م واس``, ``… 2015م .واس``), the longest first; ``None`` otherwise."""
    words = list(_WORD_SPAN.finditer(text, max(start, end - 40), end))
    for k in range(min(MAX_TRAILING_AGENCY_WORDS, len(words) - 1), 0, -1):
        a, b = _trim(text, words[-k].start(), end)
        a = a + 1 if a < b and text[a] == "(" else a
        b = b - 1 if b > a and text[b - 1] == ")" else b
        if b > a and fold(text[a:b]) in AGENCIES:
            return Span(a, b)
    return None


def find_place_date_line(text: str, start: int, end: int) -> LeadDateline | None:
    """A dateline line whose date part carries words a credit part does not hold (a time with
    ``الساعة``, ``مساءً``, a zone phrase, a weekday, a second month name): a known place of 1 to
    :data:`MAX_LEADING_PLACE_WORDS` words (:data:`PLACES`), separators, then a date-time that
    :func:`marsad.time.parse_datetime` reads whole, optionally closed by a known agency
    (``بيروت، ٢٤ آذار ٢٠٢٤، الساعة ١١:٠٥ مساءً بتوقيت بيروت``, ``الخرطوم، الأحد 24 مارس (آذار) 2024، 9:30
    م (ت.غ)``, ``الرياض - 14 رمضان 1445 هـ الموافق 24 مارس 2024م، الساعة ٠٩:٣٠ ص بتوقيت مكة``). Its
    pieces: the place (``dateline``), the date-time (``header``, read by :mod:`marsad.time`), the
    agency (``byline``). ``None`` for a line over :data:`MAX_DATED_CREDIT_CHARS`, without a known
    place at its head, or whose rest is not a date (a sentence ending in ``.``). Fifth new-user
    report, finding 6: such a line gave the publication time but became a body sub-heading."""
    if end - start > MAX_DATED_CREDIT_CHARS:
        return None
    head = _PLACE_HEAD.match(text, start, end)
    if head is None or not _HAS_DIGIT.search(text, head.end(), end) or text[end - 1] in ".؟?!":
        return None
    words = list(_WORD_SPAN.finditer(text, start, head.end()))
    for k in range(len(words), 0, -1):
        place_end = words[k - 1].end()
        if fold(text[start:place_end]) in PLACES:
            break
    else:
        return None
    d0 = _PLACE_DATE_SEPARATOR.match(text, place_end, end).end()  # type: ignore[union-attr]
    if d0 == place_end and d0 < end and not text[d0].isspace() and text[d0] not in "،,":
        return None  # the place runs on into another word
    byline = _trailing_agency(text, d0, end)
    d1 = end if byline is None else byline.start
    d0, d1 = _trim_date(text, d0, d1)
    if d1 > d0 and text[d1 - 1] in "(.":
        d0, d1 = _trim_date(text, d0, d1 - 1)
    if d1 <= d0 or not _HAS_DIGIT.search(text, d0, d1) or not _opens_with_date(text, d0, d1):
        return None
    from marsad.layout.header import _time_parser

    parse = _time_parser()
    try:
        if parse is None or parse(text[d0:d1]) is None:
            return None
    except Exception:  # noqa: BLE001 - a collaborator's bug must not stop layout
        return None
    place = Span(start, place_end)
    pieces: list[tuple[str, Span]] = [("dateline", place), ("header", Span(d0, d1))]
    if byline is not None:
        pieces.append(("byline", byline))
    return LeadDateline(pieces, place, byline, end)


def _opens_with_date(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` opens with a digit, or with a time expression
    (:func:`marsad.time.expressions.find_time_expressions`: a date, a weekday, a Hijri date) after
    at most one word (``في 24 مارس 2024``). The time parser reads a date inside words (``تحذر من مجاعة في اليمن - 12 مارس 2019`` gives
    2019-03-12), so a place followed by a headline and a date is no dateline (new-user report nu22,
    item 2: ``الأمم المتحدة`` became the dateline and the headline words the date string)."""
    if text[start].isdigit():
        return True
    from marsad.time.expressions import find_time_expressions

    try:
        found = find_time_expressions(text[start:end], None)
    except Exception:  # noqa: BLE001 - a collaborator's bug must not stop layout
        return False
    return bool(found) and len(text[start : start + found[0].start].split()) <= 1


#: Role words that only open a byline (``كتب``, ``كتبت``, ``بقلم``), folded. After the others
#: (``تقرير``, ``تحقيق``, ``حوار``) a colon may open a headline (``تقرير: العراق يواجه أزمة مياه``), so
#: :func:`find_byline_line` wants a given name after them.
_WRITER_ROLES = frozenset(fold(w) for w in ("كتب", "كتبت", "بقلم"))
#: English byline: ``By John Smith`` (one to four capitalised names).
_ENGLISH_BYLINE = re.compile(r"[Bb]y\s+(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*")
#: The longest byline line :func:`find_byline_line` reads.
MAX_BYLINE_LINE_CHARS = 60


def find_byline_line(text: str, start: int, end: int) -> LeadDateline | None:
    """A line that is only a byline: a role word of :data:`marsad.layout.rules.CREDIT_ROLES` and one
    to five name words, with or without a separator (``كتب: محمد علي``, ``بقلم أحمد علي``, ``كتبت -
    منى أحمد``; without one, or after a role other than ``كتب``/``كتبت``/``بقلم``, the first name must
    be a given name of the entities gazetteer: ``كتب الوزير رسالة`` is a sentence, ``تقرير: العراق
    يواجه أزمة مياه`` a headline), or ``By`` and capitalised names (``By John Smith``). Its piece is the whole line
    (``byline``); its :attr:`LeadDateline.byline` the names. ``None`` for a longer line
    (:data:`MAX_BYLINE_LINE_CHARS`), one ending a sentence, or one holding other parts (a place is
    allowed: ``كتب - محمد حسن - القاهرة``). New-user report nu22, item 2: ``كتب: محمد علي`` above the
    title became the title, and the article had no byline."""
    if text[start:end].rstrip()[-1:] in (".", "؟", "?", "!", ""):
        return None
    a, b = _trim(text, start, end)
    if b <= a or b - a > MAX_BYLINE_LINE_CHARS:
        return None
    m = _ENGLISH_BYLINE.fullmatch(text, a, b)
    if m is not None:
        return LeadDateline([("byline", Span(a, b))], None, Span(m.start("name"), m.end("name")), end)
    credit = parse_credit(text, a, b)
    if credit is None or not credit.parts:
        return None
    first = credit.parts[0]
    if (
        first.cls == "role"
        and credit.byline is not None
        and all(p.cls in ("role", "person", "place", "agency") for p in credit.parts)
        and (fold(text[first.start : first.end]) in _WRITER_ROLES or _given_name(text[credit.byline.start : credit.byline.end].split()[0]))
    ):
        return LeadDateline([("byline", Span(a, b))], credit.dateline, credit.byline, end)
    if len(credit.parts) == 1 and first.cls == "person":
        # "بقلم أحمد علي": the role word opens the part; the names follow it
        words = list(_WORD_SPAN.finditer(text, first.start, first.end))
        if 3 <= len(words) <= 5 and fold(words[0].group()) in CREDIT_ROLES and _given_name(words[1].group()):
            return LeadDateline([("byline", Span(a, b))], None, Span(words[1].start(), first.end), end)
    return None


def find_writer_credit_line(text: str, start: int, end: int) -> LeadDateline | None:
    """A line that is only a credit naming a known place or agency and a writer: ``القاهرة- أحمد
    الريدي``, ``بيروت ـ فاطمة قنيبر``, ``العربية.نت - إسلام سيف`` (a clean credit of at most
    :data:`MAX_CREDIT_WORDS` words, at most 80 characters, its parts places, agencies, roles and
    persons, at least one person). Each person part must open with a given name of the entities
    gazetteer (``أحمد``, ``فاطمة``) or be all person-name tokens (:func:`_writer_name`): a short
    headline after a place (``بيروت - انفجار ضخم``) has the same shape. One piece, the whole line (``dateline`` when it names a place, else ``byline``),
    as :func:`find_lead_dateline` gives such a line under the title. New-user report nu22, item 2:
    above the title, the line became the title (Alarabia's author field saved as the first line:
    308 of 926 such texts before this rule)."""
    a, b = _trim(text, start, end)
    if b <= a or b - a > 80 or text[b - 1] in ".؟?!":
        return None
    credit = parse_credit(text, a, b)
    if not _strict(credit, text) or credit is None or credit.byline is None:
        return None
    persons = [p for p in credit.parts if p.cls == "person"]
    if not persons or any(p.cls not in ("place", "agency", "person", "role") for p in credit.parts):
        return None
    if not all(_writer_name(text[p.start : p.end].split()) for p in persons):
        return None
    return LeadDateline([(_credit_kind(credit), Span(a, b))], credit.dateline, credit.byline, end)


def _writer_name(words: list[str]) -> bool:
    """True when ``words`` (a credit's person part) open with a given name of the entities
    gazetteer, or when every word is a person name or a Wikidata person-name token
    (:func:`_given_name`: ``إسلام سيف``, ``أشرف عبدالحميد``). A first word known only from Wikidata
    vouches for nothing else: ``ريال مدريد سرق حلمي`` (``ريال`` is a name token, ``سرق`` a verb) is
    a headline."""
    if not words:
        return False
    from marsad.entities.features import ner_norm
    from marsad.layout.dedup import _identity_words

    if "PER" in _identity_words()[0].get(ner_norm(words[0]), ()):
        return True
    return all(_given_name(w) for w in words)


def _given_name(word: str) -> bool:
    """True when ``word`` is a person name of the entities gazetteer (single tokens, any other
    types allowed: ``أحمد`` is also a place) or a token of the Wikidata person names the entities
    stage ships (:func:`marsad.entities.gazetteer.load_person_tokens`: 12,277 tokens seen in at
    least two Wikidata names, e.g. ``إسلام``, ``أشرف``, ``مايا``, ``رانيا``, which the gazetteer
    lacks; no headline word such as ``انفجار``, ``مقتل``, ``حريق``). Both loaded on the first call.
    Task trail23: writer credits above a plain text's title (``العربية.نت - إسلام سيف``)."""
    from marsad.entities.features import ner_norm
    from marsad.layout.dedup import _identity_words

    w = ner_norm(word)
    return "PER" in _identity_words()[0].get(w, ()) or w in _person_name_tokens()


_PERSON_NAME_TOKENS: frozenset[str] | None = None


def _person_name_tokens() -> frozenset[str]:
    """The Wikidata person-name tokens (``ner_norm`` forms), ``frozenset()`` when the data file is
    missing; loaded once."""
    global _PERSON_NAME_TOKENS
    if _PERSON_NAME_TOKENS is None:
        from marsad.entities.gazetteer import load_person_tokens

        try:
            _PERSON_NAME_TOKENS = frozenset(load_person_tokens())
        except OSError:
            _PERSON_NAME_TOKENS = frozenset()
    return _PERSON_NAME_TOKENS


def is_outlet_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` (one line, at most 40 characters) names only known outlets or
    agencies (:data:`marsad.layout.rules.AGENCIES`: ``الجزيرة نت``, ``سكاي نيوز عربية``, ``فرانس
    24``): the site name a saved web page opens with. Unknown names (``هسبريس``) are not
    recognised: a short headline (``زلزال في تركيا``) has the same shape. New-user report nu22, item 2."""
    if end - start > 40:
        return False
    credit = parse_credit(text, start, end)
    return (
        credit is not None
        and bool(credit.parts)
        and all(p.cls == "agency" and p.known for p in credit.parts)
    )


#: The first words of the known places (:data:`PLACES`), folded.
_PLACE_FIRST_WORDS = frozenset(p.split()[0] for p in PLACES if p.split())
_LETTERS = re.compile(r"[^\W\d_]+")
#: Where the prose may start after a dated dateline on the same line: a spaced dash, or a colon
#: followed by a space (the clock's colon has none).
_PROSE_AFTER_DATELINE_RE = re.compile(r"[ \t\u00a0]+[-–—][ \t\u00a0]+|:[ \t\u00a0]+")


def _place_date_prefix(text: str, start: int, end: int) -> LeadDateline | None:
    """:func:`find_place_date_line` for the head of a paragraph that goes on with its prose after a
    spaced dash or a colon, within :data:`MAX_DATED_CREDIT_CHARS` characters; the dateline's ``end``
    is where that prose begins. ``None`` when no such head is a place and a whole date-time."""
    limit = min(end, start + MAX_DATED_CREDIT_CHARS)
    head = _PLACE_HEAD.match(text, start, limit)
    first = _LETTERS.match(text, start, limit)
    if head is None or first is None or fold(first.group()) not in _PLACE_FIRST_WORDS:
        return None  # (one set look-up for most leads: no place opens them)
    for cut in _PROSE_AFTER_DATELINE_RE.finditer(text, head.end(), limit):
        if cut.end() >= end:
            break
        found = find_place_date_line(text, start, cut.start())
        if found is not None:
            return LeadDateline(found.pieces, found.dateline, found.byline, cut.end())
    return None


_DATE_EDGE = " \t\u00a0-–—،,|:"


def _trim_date(text: str, a: int, b: int) -> tuple[int, int]:
    """Shrink ``[a, b)`` past surrounding spaces and separators (brackets kept: ``(ت.غ)``)."""
    return _trim(text, a, b, _DATE_EDGE)


def names_no_person(text: str, span: Span) -> bool:
    """True when the credit ``text[span]`` names no person (an agency or outlet alone: ``واس``,
    ``فرانس 24``): a writer's name found later (``عبدالعزيز الشيخ ـ جدة`` opening the text) is the
    better :attr:`~marsad.model.Article.byline`."""
    credit = parse_credit(text, span.start, span.end)
    return credit is None or not any(p.cls == "person" for p in credit.parts)


#: A spaced dash after a dateline's place (hyphen, en and em dash).
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
#: An agency closed by a colon after a dash dateline: ``«الشرق الأوسط»:``, ``د.ب.أ:``, ``أ ف ب:``
#: (dots and guillemets allowed, unlike :data:`COLON_CREDIT_PATTERN`; :func:`parse_credit` decides).
_AGENCY_COLON = re.compile(r"[ \t\u00a0]*(?P<dl>«[^»\n:]{2,30}»|[^\s:«»]{1,12}(?:[ \t][^\s:«»]{1,12}){0,2})[ \t\u00a0]*:[ \t\u00a0]*(?=\S)")
#: Most characters before the dash of :func:`_dash_place_prefix` (three place words).
_DASH_PLACE_MAX = 40


def _gazetteer_place(name: str) -> bool:
    """True when ``name`` is a place of the entities gazetteer (``العريش``: towns ``rules.PLACES``
    lacks); loaded on the first call."""
    from marsad.entities.features import ner_norm
    from marsad.layout.dedup import _identity_words

    return "LOC" in _identity_words()[0].get(ner_norm(name.strip()), ())


def _dash_place_prefix(text: str, start: int, end: int) -> LeadDateline | None:
    """A dateline of known places (and agencies) closed by a spaced dash at the start of the lead,
    its prose after the dash: ``العريش - قتل خمسة جنود …`` → ``dateline`` ``العريش``, the lead from
    ``قتل``. Every part must be a place or an agency and one a known place (``rules.PLACES``, or a
    single-word place of the entities gazetteer), at
    most three words before the dash, and at least three words after it (a heading such as ``القدس
    - عاصمة`` is no lead). New-user report nu16 M7."""
    m = _SPACED_DASH.search(text, start, min(end, start + _DASH_PLACE_MAX + 3))
    if m is None or m.start() - start > _DASH_PLACE_MAX:
        return None
    head = text[start : m.start()]
    if not head.strip() or len(head.split()) > 3 or len(text[m.end() : end].split()) < 3:
        return None
    credit = parse_credit(text, start, m.start())
    if (
        credit is None
        or not credit.clean
        or credit.dateline is None
        or credit.byline is not None
        or any(p.cls not in ("place", "agency") for p in credit.parts)
        or not any(p.cls == "place" and (p.known or _gazetteer_place(text[p.start : p.end])) for p in credit.parts)
    ):
        return None
    d0, d1 = _trim(text, start, m.start())
    pieces: list[tuple[str, Span]] = [("dateline", Span(d0, d1))]
    byline, prose = None, m.end()
    # the line is the dateline and an agency only: "واشنطن - أ ف ب" (fresh new-user report nu18: the
    # agency was read as the lead's prose, then as a sub-heading)
    nl = text.find("\n", m.end(), end)
    line_end = end if nl < 0 else nl
    rest = parse_credit(text, m.end(), line_end)
    if rest is not None and rest.clean and rest.parts and all(p.cls == "agency" for p in rest.parts):
        b0, b1 = _trim(text, m.end(), line_end)
        pieces.append(("byline", Span(b0, b1)))
        return LeadDateline(pieces, credit.dateline, Span(b0, b1), line_end)
    # the agency after the dash, closed by a colon: "كولومبو - «الشرق الأوسط»: قالت …", "سيدني - د.ب.أ: …"
    c = _AGENCY_COLON.match(text, m.end(), end)
    if c:
        after = parse_credit(text, c.start("dl"), c.end("dl"))
        if after is not None and after.clean and all(p.cls == "agency" for p in after.parts):
            b0, b1 = _trim(text, c.start("dl"), c.end("dl"))
            pieces.append(("byline", Span(b0, b1)))
            byline, prose = Span(b0, b1), c.end()
    return LeadDateline(pieces, credit.dateline, byline, prose)


def _credit_kind(credit: Credit) -> str:
    """Block kind of a whole credit found in the text: ``dateline`` when it names a place, else
    ``byline`` (an agency or outlet credited alone: ``سبق- وكالات:``)."""
    return "dateline" if credit.dateline is not None else "byline"


def _trim(text: str, a: int, b: int, edge: str = _EDGE_JUNK) -> tuple[int, int]:
    """Shrink ``[a, b)`` past surrounding characters of ``edge`` (spaces and credit punctuation)."""
    while a < b and text[a] in edge:
        a += 1
    while b > a and text[b - 1] in edge:
        b -= 1
    return a, b
