"""Article-level repair of final speakers (step 13, docs/quotes.md): classes of wrong speakers that
recur across the held-out sets and the real store, checked once every quote of an article has its
speaker, so that a speaker can be compared with the names written anywhere in the article.

* **run-on names** — a name followed by the verb's object or an adjunct (``ووصف عون أزمة استقالة سعد
  الحريري`` → ``عون …``; ``القاضية باربره جافي بالمحكمة العليا``): cut to the name, written in full
  when the article names the person in full elsewhere (``ميشال عون``);
* **a bare role** (``القاضية``, ``قاضية أمريكية``, ``نائب رئيس حركة``) whose holder the article names
  right after the same role word (``القاضية التي نظرت في القضية حينها ايفلين بيكر``) → that name;
* **a document for its issuer** (``التقرير``, ``تقرير مؤسسة النقد``, ``تقرير نشره الموقع الرسمي لوزارة
  العدل``) → the organisation the article names as the document's issuer (``التقرير الـ 51 لمؤسسة
  النقد العربي السعودي``), written as fully as the article writes it; a fragment that ends an
  organisation's name (``العربي السعودي``) → that organisation;
* **non-statements**: ``ويذكر أن`` (the writer's background, an impersonal passive) and ``وفقا لـ`` +
  a plan, vision or law (``وفقا لرؤية المملكة 2030``: "in line with", no source) are dropped.

Inputs are the article text and its quotes (speakers already canonical); the rules read only the
text with compiled regexes and set look-ups, and run only for the quotes whose speaker fails the
check, so the cost is a few scans per affected article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad import settings
from marsad.model import Quote, Span
from marsad.quotes.cues import fold, fold_tokens, is_verbal_noun, word_memo
from marsad.quotes.namespan import bare_word, particle_first_name
from marsad.quotes.plausible import fragment_speaker, implausible_head, junk_speaker, maybe_fragment
from marsad.quotes.speakers import (
    _AUXILIARIES,
    _ISSUED,
    ADDRESSEE_PEOPLE,
    AUTHORED_RE,
    BODY_HEADS,
    DEMONSTRATIVES,
    DOCUMENT_HEADS,
    MANNER_NOUNS,
    ORG_HEADS,
    PHRASE_STOPS,
    PLACE_APPOSITIONS,
    PORTFOLIOS,
    SOURCE_HEADS,
    TIME_NOUNS,
    TITLE_WORDS,
    WORK_HEADS,
    _adjective_shape,
    _nationality,
    _nationality_key,
    blessing_at,
    descriptive_only,
    is_person_token,
    is_place,
    lookup_cue,
    phrase_tokens,
)
from marsad.quotes.tokens import bare_forms, feminine_keys, indices_in, indices_of, mark_tokens

#: a word with its trailing punctuation (quotation marks and commas are split off)
_TOKEN_RE = re.compile(r"[^\s\"«»“”'،,.:;؛!?؟()]+|[\"«»“”'،,.:;؛!?؟()]")
#: The one-character tokens of :data:`_TOKEN_RE`: each stands alone, the rest splits at white space.
_TOKEN_PUNCT = "\"«»“”'،,.:;؛!?؟()"


#: ``text_tokens(text) -> list[str]``: ``_TOKEN_RE.findall(text.replace("\n", " . "))``, the same list
#: (:func:`marsad.quotes.tokens.mark_tokens`: one compiled pass when built, else the punctuation
#: padded with spaces and ``str.split()``, ~40 % faster on an article than the regex; speed14/23).
text_tokens = mark_tokens


#: tokens that end a scan for a role's holder: sentence and clause punctuation
_HARD_STOPS = frozenset(".:;؛!?؟\n")
#: Quotation marks as tokens (:meth:`SpeakerRepair.role_holder`; ``"`` opens and closes).
_OPENING_MARKS = frozenset('"«“')
_CLOSING_MARKS = frozenset('"»”')
#: words after which no name of the role holder follows in the same phrase (complementizers, cue
#: complements, prepositions that open the statement)
_HOLDER_STOPS = frozenset(fold(w) for w in """إن أن بأن إنه أنه بأنه إنها أنها على إلى عن قائلا قائلة مؤكدا
    مؤكدة مشيرا مشيرة أمس اليوم""".split())
#: Relative pronouns: one right after the role describes its holder (``القاضية التي نظرت في القضية
#: حينها ايفلين بيكر``); one further on describes a noun of the role's complement, and a name in that
#: clause is its object (``قائد في التحالف الذي يدعم الرئيس بشار الأسد`` is not الأسد), folded.
#: Prepositions that open a role's complement (``قائد في التحالف``, ``مقربون من الجماعة``), folded.
_COMPLEMENT_PREPS = frozenset(fold(w) for w in "في من لدى".split())
_HOLDER_RELATIVES = frozenset(fold(w) for w in "الذي التي الذين اللذين اللتين اللاتي اللواتي".split())
#: words that end an organisation's name read from the text (participles of issuing, relatives,
#: demonstratives, prepositions, complementizers, time words)
_ORG_STOPS = frozenset(fold(w) for w in """الصادر الصادرة الجديد الجديدة الأخير الأخيرة الذي التي الذين
    هذا هذه ذلك تلك في من على إلى عن مع أن إن بأن أمس اليوم الماضي الحالي السنوي بعنوان""".split())
#: heads of plans, visions and laws: ``وفقا لـ`` + one of them means "in line with", not a source
PLAN_HEADS = frozenset(fold(w) for w in """رؤية رؤيه خطة خطه قانون نظام لائحة اتفاقية اتفاق معايير
    استراتيجية برنامج تعليمات أنظمة قرار مرسوم دستور""".split())
#: the impersonal ``يذكر أن`` ("it is worth mentioning"), with its proclitics
_BACKGROUND_CUES = frozenset(fold(w) for w in "يذكر ويذكر ويُذكر يُذكر".split())
#: person-name tokens that are far more often common nouns in a role's phrase (بيان is a given name)
_COMMON_NOUNS = DOCUMENT_HEADS | ORG_HEADS
#: an organisation's outlets, which speak for it like its documents (الموقع الرسمي لوزارة العدل)
OUTLET_HEADS = frozenset(fold(w) for w in "موقع حساب صفحة منصة".split())
#: figures an organisation publishes, which speak for it like its documents (``وفقا لإحصاءات اللجنة
#: الدولية لحماية الصحفيين``, ``حسب تقديرات البنك الدولي``, ``بيانات وزارة المالية``)
DATA_HEADS = frozenset(fold(w) for w in "إحصاءات احصاءات إحصائيات بيانات تقديرات أرقام توقعات".split())
_ISSUED_HEADS = DOCUMENT_HEADS | OUTLET_HEADS | DATA_HEADS
_PREPOSITIONS = frozenset(fold(w) for w in "من في عن على إلى مع ب ل".split())
_NAME_LINKS = frozenset(fold(w) for w in "بن ابن بنت أبو ابو آل ال".split())
_DIVINE = frozenset(fold(w) for w in "الله".split())
#: pronoun suffixes no name token carries (كونها تستحوذ)
_SUFFIXED_RE = re.compile(r"(?:ها|هم|هما|كم|نا)$")



#: :meth:`SpeakerRepair._verb_before_name` counts at most this many occurrences of the name after
#: a sentence-initial verb; a name written more often is left as it is (a news article writes a
#: name a few times; the 400,000-character run-on text of tests/test_reliability_hostile.py
#: thousands of times, which took 0.4 s of its 5-s CPU limit).
VERB_NAME_MAX_OCCURRENCES = 64

def _name_pair(a: str, b: str) -> bool:
    """``a b`` reads as a given name and a family name: ``a`` a person-name token (not a role, an
    ordinal, a word with a pronoun suffix), ``b`` a word that is no function word, no role and no
    indefinite feminine nisba (``حرب تجارية``)."""
    fa, fb = fold(a), fold(b)
    return (is_person_token(a) and not fa.startswith("ال") and not _role_word(a) and fa not in PHRASE_STOPS
            and fa not in _ORDINALS and not _SUFFIXED_RE.search(fa) and len(b) > 2 and fb not in PHRASE_STOPS
            and not _role_word(b) and fb not in _ORG_STOPS and fb not in _HOLDER_STOPS
            and not (fb.endswith(("ية", "يه")) and not fb.startswith("ال")) and b[0].isalpha())


_ORDINALS = frozenset(fold(w) for w in "أول ثاني ثالث أولى أخير".split())
#: a quoted name right after a medium's head noun (وكالة "رويترز"), or after ورد/جاء + في/على
#: (بحسب ما ورد في صحيفة "الاقتصادية")
_QUOTED_AFTER_RE = re.compile(r"\s*(?:(?:في|على|عن|ب)\s*)?(?:(?P<head>\S+)\s+)?[\"«“](?P<name>[^\"«»“”\n]{2,40})[\"»”]")
_PASSIVE_REPORT = frozenset(fold(w) for w in "ورد جاء نشر نقل".split())
#: words that make a phrase no speaker: money amounts and demonstratives (مليار ريال, هذا)
_NOT_SPEAKER_WORDS = frozenset(fold(w) for w in """ريال دولار يورو جنيه درهم دينار ليرة مليار مليون ألف
    هذا هذه ذلك تلك""".split())
_NUMBER_TOKEN_RE = re.compile(r"^(?:الـ|ال|[0-9٠-٩]+)$")
_ACCORDING_CUES_RE = re.compile(r"^(?:[وف]?(?:وفق|طبق)[اًا]*\s*ل?|[وف]?ب?حسب)")


#: A folded word without the proclitic و/ف and the article ال (``وللقاضية`` stays as is):
#: :func:`marsad.quotes.namespan.bare_word`, memoised here for this module's per-word calls.
_bare = word_memo(16_384)(bare_word)


def _feminine_key(word: str) -> str:
    """:func:`_bare` without a final ة/ه (القاضية and قاض match as قاضي; رئيسة as رئيس)."""
    w = _bare(word)
    return w[:-1] if len(w) > 3 and w.endswith(("ة", "ه")) else w


@word_memo(16_384)
def _role_word(word: str) -> bool:
    """A role noun of :data:`TITLE_WORDS`, definite or not, masculine or with the feminine ة (kept per
    word as :func:`_bare` is: ~65,000 calls per 3,000 ANT articles; speed16)."""
    w = _bare(word)
    return w in TITLE_WORDS or ("ال" + w) in TITLE_WORDS or (w.endswith(("ة", "ه")) and w[:-1] in TITLE_WORDS)


def _nisba(word: str) -> bool:
    w = _bare(word)
    return len(w) > 3 and w.endswith(("ي", "ية", "يه"))


def _is_bare_role(words: list[str]) -> bool:
    """A role phrase with no name: a role word first, then role words, nisba adjectives or the
    complement of the role (``نائب رئيس حركة``), none of them a person-name token."""
    if not words or not _role_word(words[0]) or _bare(words[0]) in SOURCE_HEADS or _bare(words[0]) in ORG_HEADS:
        return False
    return not any(is_person_token(w) for w in words) and len(words) <= 4


_MIN, _AJL = fold("من"), fold("أجل")
#: a name in parentheses right after a medium's or an outlet's head (``موقع ( aviation-safety.net)``)
_PAREN_NAME_RE = re.compile(r"\s*\(\s*([^\W\d_][\w.\-]*(?: [\w.\-]+){0,3})\s*\)")


def _extends_name(words: list[str], nxt: str) -> bool:
    """``nxt`` can continue an organisation's name ``words``: after an indefinite word anything
    (``شركة`` | ``أبل``, ``حزب المؤتمر`` | ``من أجل …``), after a definite one a definite nisba
    adjective (``الحكومة`` | ``الأمريكية``), or an ``ل``-complement after a head and its adjective
    (``المفوضية العليا`` | ``للاجئين``) — not a definite object (``ونفت الحكومة`` | ``الاتهامات``) nor
    the object of a verbal noun (``مصادرة الشرطة`` | ``لملابس``)."""
    fl, fn = fold(words[-1]), fold(nxt)
    if not fl.startswith("ال") or fn == _MIN:
        return True
    if fn[:1] == "ل" and not fn.startswith("ال"):
        return _generic(words) or fl in _AFFILIATED  # قناة التلفزيون التابعة | لوزارة الدفاع
    return fn.startswith("ال") and _nisba(nxt) and fn not in ADDRESSEE_PEOPLE  # (الحكومة | الأهالي: the
    # people addressed, shaped like a nisba; held-out 77 snn-907, new31)


#: participles of affiliation whose ``ل``-complement is part of the description (``التابعة لوزارة``)
_AFFILIATED = frozenset(fold(w) for w in "التابع التابعة التابعين الموالي الموالية المقرب المقربة".split())


def _adjective(word: str) -> bool:
    """A definite word shaped like an adjective (a nisba, or :func:`marsad.quotes.speakers._adjective_shape`:
    ``المتحدة``, ``العليا``), which may go on an organisation's name after its complement."""
    return _nisba(word) or _adjective_shape(word)


def _generic(words: list[str]) -> bool:
    """An organisation described by a head and its adjectives only, all definite (``المرصد السوري``,
    ``المفوضية العليا``, ``الاتحاد الجزائري``): its ``ل``-complement completes the name (``لحقوق
    الإنسان``); a name with a proper noun (``حزب الله``, ``شركة فولكسفاغن``) is complete without one
    (``حزب الله اللبناني`` | ``للتحول``, ``شركة فولكسفاغن`` | ``للاستمرار``)."""
    return len(words) > 1 and all(fold(w).startswith("ال") and not is_person_token(w) for w in words)


#: documents, outlets and media: a definite one (``التلفزيون``) is no short name of the body that
#: owns it (``تقرير التلفزيون``, ``قناة التلفزيون``)
_MEDIA_HEADS = _ISSUED_HEADS | frozenset(fold(w) for w in """تلفزيون إذاعة اذاعة صحيفة قناة وكالة شبكة مجلة
    راديو محطة""".split())
#: heads of organisations besides :data:`ORG_HEADS` and :data:`BODY_HEADS` (``المفوضية العليا``)
_MORE_ORG_HEADS = frozenset(fold(w) for w in """مفوضية مرصد ائتلاف رابطة نقابة بعثة مجموعة معهد مصرف صندوق
    سلطة أكاديمية كلية مستشفى جبهة تيار اتحاد هيئة مديرية محطة""".split())


#: a clause that names the issuer of the noun before it: ``قرارا صدر عن محكمة …``, ``بيان صادر عن
#: …``, ``التصنيف الذي تعده منظمة الصحة العالمية``, ``التقرير الذي أصدرته الوزارة``
_ISSUED_BY_RE = re.compile(
    r"\s*،?\s*(?:(?:(?:الذي|التي)\s+)?(?:ال)?(?:صادرة?|صدرت?)\s+عن\s+"
    r"|(?:(?:الذي|التي)\s+)?(?:[أايتن]?(?:عد|صدر|نشر|طلق))(?:ت)?(?:ه|ها)\s+)")
# (the resumptive ه/ها marks the relative clause, also without الذي after an indefinite noun:
# آخر لائحة أصدرتها منظمة الشفافية الدولية)
#: After such a speaker's mention: time words, then ``عن`` + the issuer (``بيان صادر السبت عن القيادة``).
_ISSUED_TAIL_RE = re.compile(
    r"\s*،?\s*(?:(?:اليوم|أمس|يوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|"
    r"صباح|مساء|ظهر|الليلة)\s+){0,3}عن\s+")
#: Heads of an issuer written in idafa with a document (``بيان الشرطة``, ``بيان الجمعية``), without ال.
_ISSUER_HEADS = ORG_HEADS | BODY_HEADS | frozenset(fold(w) for w in """مفوضية مرصد ائتلاف رابطة نقابة بعثة
    مجموعة معهد مصرف صندوق سلطة أكاديمية كلية مستشفى جبهة تيار اتحاد هيئة مديرية محطة قيادة رئاسة
    حكومة وزارة شرطة جيش سفارة قنصلية بلدية ولاية إدارة""".split())
#: Media that issue a document of their own after ``لل`` (``كشف تقرير للتلفزيون السويسري``), folded.
_MEDIUM_ISSUERS = frozenset(fold(w) for w in "تلفزيون إذاعة اذاعة قناة صحيفة وكالة شبكة مجلة".split())
#: a resumptive pronoun right after a cue in a relative clause on a document (``قرارا … اعتبرت فيه أن``)
_RESUMPTIVE_AFTER_RE = re.compile(r"\s*(?:فيه|فيها|خلاله|خلالها)\b")


#: an indefinite document noun right before an imperfect cue: the subject of a relative clause on an
#: indefinite antecedent (``اطلع التجار على تقرير يشير إلى أن``)
_DOCUMENT_BEFORE_RE = re.compile(r"(?:^|\s)(" + "|".join(sorted(
    {"بيان", "تقرير", "رسالة", "مذكرة", "دراسة", "إحصائية", "احصائية", "وثيقة"}, key=len, reverse=True)) + r")\s+$")
#: ``شرطة المدينة``: an organisation of "the city", the city the article names (``مدينة تورونتو``)
_CITY_ANAPHORS = frozenset(fold(w) for w in "المدينة".split())
_CITY_NAMED_RE = re.compile(r"(?<!\w)[وبل]?مدينة\s+([^\s\d،,.:؛\"«»“”()]{3,})")


def _document_before(text: str, cue_start: int) -> str | None:
    """The document noun written right before an imperfect cue (``تقرير يشير``), or ``None``."""
    cue = text[cue_start : cue_start + 2]
    if not cue or cue[0] not in "يت":
        return None
    m = _DOCUMENT_BEFORE_RE.search(text, max(0, cue_start - 12), cue_start)
    return m.group(1) if m else None


def _city_anaphor(text: str, q: Quote) -> str | None:
    """``شرطة المدينة`` → ``شرطة تورونتو``: an organisation head + ``المدينة`` stands for the city the
    article names before it with ``مدينة X`` (the last one; ``None`` when there is none)."""
    ws = (q.speaker or "").split()
    if len(ws) != 2 or fold(ws[1]) not in _CITY_ANAPHORS or not (_bare(ws[0]) in ORG_HEADS or _bare(ws[0]) in BODY_HEADS):
        return None
    found = [m.group(1) for m in _CITY_NAMED_RE.finditer(text, 0, q.start)]
    found = [c for c in found if not fold(c).startswith("ال") and fold(c) not in PHRASE_STOPS]
    return ws[0] + " " + found[-1] if found else None


def _issuer_at(text: str, pos: int) -> str | None:
    """The issuer named right at ``pos`` (after :data:`_ISSUED_BY_RE`): up to four words to the first
    stop word, punctuation or cue; ``None`` when none is a name or an organisation head."""
    words: list[str] = []
    for t in _TOKEN_RE.findall(text, pos, min(len(text), pos + 80)):
        f = fold(t)
        if not t[:1].isalpha() or f in PHRASE_STOPS or f in _ORG_STOPS or len(words) == 4 or (
                len(words) > 1 and fold(words[-1]).startswith("ال") and not f.startswith("ال")):
            break  # (after a definite word only definite ones: منظمة الصحة العالمية | إدمان)
        words.append(t)
    if not words or not (_bare(words[0]) in ORG_HEADS or _bare(words[0]) in BODY_HEADS
                         or _bare(words[0]) in _MORE_ORG_HEADS or is_person_token(words[0])):
        return None
    if _bare(words[0]) in _ISSUED_HEADS:
        # an outlet speaks for its owner glued to ل: الموقع الرسمي لوزارة العدل السعودية → the ministry
        for t in _TOKEN_RE.findall(text, pos, min(len(text), pos + 80))[len(words) : len(words) + 2]:
            f = fold(t)
            if f[:1] == "ل" and f[1:] in ORG_HEADS:
                owner = [t[1:]]
                for u in _TOKEN_RE.findall(text, text.find(t, pos) + len(t), min(len(text), pos + 140))[:4]:
                    if not fold(u).startswith("ال") or fold(u) in _ORG_STOPS:
                        break
                    owner.append(u)
                return " ".join(owner)
    return " ".join(words)


#: Heads of an author that are neither an organisation nor a person name: experts, researchers,
#: scientists (``خبراء حقوق الإنسان``), folded.
_AUTHOR_HEADS = SOURCE_HEADS | frozenset(fold(w) for w in "باحثون باحثين علماء أطباء فريق مجموعة".split())


#: Word shapes of nouns that start with ت/ي/و like a verb: the broken plural تفاعيل (``تقارير``,
#: ``تفاصيل``), a feminine or plural ending (``تكلفة``, ``تقديرات``), folded.
_NOUN_SHAPE_RE = re.compile(r"^و?ت.ا.ي.$|(?:ة|ه|ات|ين|ون)$")
#: Relatives (``والد الشهيد``: the father is the speaker, not the martyr), folded.
_RELATION_WORDS = frozenset(fold(w) for w in "والد والدة ولد وزوج وزوجة".split())
#: Quantifiers, never the first word of a name (``يراه كل منهما``), folded.
_QUANTIFIERS = frozenset(fold(w) for w in "كل جميع بعض معظم كافة".split())


#: Heads of a group named by its members after ``من`` (``فريق من الباحثين``), folded.
_GROUP_HEADS = frozenset(fold(w) for w in "فريق مجموعة".split())
#: Plurals of written works named again for a work written before in the singular (``وأكدت
#: التقارير`` after ``لتقرير حديث صادر عن وزارة العدل``), folded, without ال.
_WORK_PLURALS = {fold("تقارير"): fold("تقرير"), fold("دراسات"): fold("دراسة")}


def _author_at(toks: list[str], j: int, issued: bool = False) -> str | None:
    """The author named from ``toks[j]`` on (after an :data:`AUTHORED_RE` verb ``toks[j - 1]``): up to
    five words to the first stop word, punctuation or cue complement, when the first is an
    organisation, body, source head (``خبراء``) or a person-name token; ``None`` otherwise, and for an
    outlet or medium (``الموقع الرسمي لوزارة العدل``, ``بيان نشرته صحيفة جارا``: a medium that
    carried the work is not its author; the issuer rules decide). ``فريق من`` / ``مجموعة من`` goes on
    with the members; with ``issued`` (after ``صادر عن``, step 40c) a definite word is followed only by
    definite ones or the name's ``ل``-complement (``وزارة العدل | حصلت عليه``)."""
    words: list[str] = []
    for n, t in enumerate(toks[j : j + 7]):
        f = fold(t)
        if n == 1 and f == "من" and _bare(words[0]) in _GROUP_HEADS:
            words.append(t)  # فريق من الباحثين الفرنسيين: a group of its members
            continue
        if issued and len(words) > 1 and fold(words[-1]).startswith("ال") and _lam_complement(toks, j + n):
            words.append(t)  # الاتحاد الدولي لصناعة التسجيلات الصوتية: the ل-complement of the name
            continue
        if not t[:1].isalpha() or f in PHRASE_STOPS or f in _ORG_STOPS or f in _HOLDER_STOPS or len(words) == 5 or (
                issued and len(words) > 1 and fold(words[-1]).startswith(("ال", "وال"))
                and not f.startswith(("ال", "وال")) and fold(words[-2]) != "من"):
            break  # (with ``issued``, after a definite word only definite ones: وزارة العدل | حصلت عليه)
        words.append(t)
    if not words:
        return None
    k = j + len(words)
    if len(words) == 1 and k < len(toks) and toks[k] in "\"«“":
        # a head and a quoted name (دراسة أجرتها مجلة "فرانس فوتبول"): the name is part of the author
        close = next((i for i in range(k + 1, min(len(toks), k + 6)) if toks[i] in "\"»”"), None)
        if close is not None and close > k + 1:
            words += toks[k + 1 : close]
    b = _bare(words[0])
    if b in _MEDIA_HEADS and j and fold(toks[j - 1]).startswith("نشر"):
        return None
    if b in ORG_HEADS or fold(words[0]) in ORG_HEADS or b in BODY_HEADS or b in _MORE_ORG_HEADS or b in _AUTHOR_HEADS \
            or is_person_token(words[0]):
        return " ".join(words)
    return None


def _org_like(words: list[str]) -> bool:
    """A speaker that can be an organisation written short: an organisation head first (``حزب``,
    ``الحزب``, ``شركة``), or a definite noun that is no role, place or unnamed source (``المؤتمر``,
    ``المفوضية العليا``); no person-name token after the first word."""
    first = words[0]
    b = _bare(first)
    if b in ORG_HEADS or fold(first) in ORG_HEADS or b in BODY_HEADS or b in _MORE_ORG_HEADS:
        return not any(is_person_token(w) and not fold(w).startswith("ال") for w in words[1:2]) or len(words) > 2
    return len(words) == 1 and first in PORTFOLIOS  # التجارة: → وزارة التجارة
#: nouns after ``ل`` that open a dative adjunct (``قالت الشرطة للصحفيين``, ``لوكالة``), not the
#: ``ل``-complement of an organisation's name (``المفوضية العليا للاجئين``), folded, without ال
_DATIVE_NOUNS = frozenset(fold(w) for w in """صحفيين صحافيين صحفي صحافي صحافة صحيفة صحف وكالة قناة تلفزيون
    إذاعة اذاعة موقع مراسل مراسلي مراسلين شبكة راديو وسائل مجلة نواب أنصار مؤيدي مواطنين برنامج
    إعلام اعلام رويترز""".split())


def _lam_complement(toks: list[str], j: int) -> bool:
    """``toks[j]`` is the ``ل``-complement of an organisation's name read so far: ``لل`` + a noun
    (``للاجئين``, ``للأمم``) or ``ل`` + an idafa head followed by a definite noun (``لكرة القدم``,
    ``لتحليلات الإنترنت``, ``لحقوق الإنسان``); not a dative adjunct (``للصحفيين``, ``لوكالة
    رويترز``, ``لرويترز``) nor ``ل`` + a person name."""
    f = fold(toks[j])
    if len(f) < 4 or f[0] != "ل" or not toks[j][:1].isalpha():
        return False
    if f.startswith("لل"):
        return len(f) > 4 and f[2:] not in _DATIVE_NOUNS
    nxt = fold(toks[j + 1]) if j + 1 < len(toks) else ""
    return (f[1:] not in _DATIVE_NOUNS and not is_person_token(f[1:]) and nxt.startswith("ال") and len(nxt) > 3
            and nxt not in PHRASE_STOPS and nxt not in _ORG_STOPS)


#: The folded first tokens at which :meth:`SpeakerRepair._org_at` can find an organisation: an ORG
#: head, bare or glued to ``ل`` (never ``لل``).
_ORG_HEAD_FORMS = frozenset(ORG_HEADS) | frozenset("ل" + h for h in ORG_HEADS if not ("ل" + h).startswith("لل"))


#: ``[text, organisations]`` of the last article :meth:`SpeakerRepair.organisations` scanned.
_ORGS_MEMO: list = [None, None]


class SpeakerRepair:
    """The names written in one article, and the repair rules that use them."""

    def __init__(self, text: str, quotes: list[Quote], not_persons: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.not_persons = not_persons  # folded names of the article's ORG/LOC/MISC entities
        self.quotes = quotes
        self._tokens: list[str] | None = None
        self._keys: list[str] | None = None
        self._folded: list[str] | None = None
        self._bare_list: list[str] | None = None
        self.cut_names: list[str] = []  # names read by :meth:`run_on` (role + name + adjunct)
        self._verb_cut: dict[str, str | None] = {}  # :meth:`verb_before_name` per speaker string

    def _folded_tokens(self) -> list[str]:
        """``[fold(t) for t in self.tokens]``, in one compiled pass (:func:`fold_tokens`), made once."""
        if self._folded is None:
            self._folded = fold_tokens(self.tokens)
        return self._folded

    def _bare_tokens(self) -> list[str]:
        """``[_bare(t) for t in self.tokens]`` (made once): :func:`_bare`'s rule on the folded tokens,
        without a call per token."""
        if self._bare_list is None:
            self._bare_list = bare_forms(self._folded_tokens())  # (compiled when built: speed23)
        return self._bare_list

    def _bare_indices(self, bare: str) -> list[int]:
        """The indices of the tokens whose :func:`_bare` form is ``bare``, ascending (a scan of the
        bare tokens made once per article; no container per token, which fed the garbage collector)."""
        return indices_of(self._bare_tokens(), bare)  # (compiled when built: speed23)

    @property
    def tokens(self) -> list[str]:
        if self._tokens is None:
            self._tokens = text_tokens(self.text)
        return self._tokens

    def known_names(self) -> list[str]:
        """Person names of two words or more among the speakers (the article's named speakers)."""
        out: list[str] = []
        tried: set[str] = set()  # (a speaker string is tested once: its answer is the same each time; speed34)
        for q in self.quotes:
            s = q.speaker or ""
            if s in tried:
                continue
            tried.add(s)
            ws = s.split()
            if 2 <= len(ws) <= 4 and not any(_role_word(w) or _bare(w) in _COMMON_NOUNS for w in ws) and s not in out and (
                any(is_person_token(w) for w in ws) or s in self.cut_names
            ):
                out.append(s)
        return out

    # -- run-on names -------------------------------------------------------------------------
    def run_on(self, speaker: str, names: list[str]) -> str | None:
        words = speaker.split()
        if len(words) < 2:
            return None
        i = 0
        while i < len(words) and (_role_word(words[i]) or (i and _nisba(words[i]))):
            i += 1
        if i >= len(words):
            return None
        # a known person name (or its family name) followed by words that are no name
        for n in names:
            nw = n.split()
            rest = words[i + len(nw) :]
            if i + len(nw) <= len(words) and fold(words[i]) == fold(nw[0]) and (  # (cheap tests first)
                    [fold(w) for w in words[i : i + len(nw)]] == [fold(w) for w in nw]) and rest and (
                fold(rest[0]).startswith(("بال", "لل"))  # أمل بوشوشة بالممثلين
                or (i and not is_person_token(rest[0]))
                or (len(rest) >= 2 and not fold(rest[0]).startswith("ال") and fold(rest[0]) not in _NAME_LINKS
                    and not is_person_token(rest[0]))
            ):  # not مشعل بن ماجد | بن عبدالعزيز, شبنان بن مبارك | القرني: the name goes on
                return n
        head = fold(words[i])
        full = [n for n in names if n != speaker and len(n.split()) > 1 and fold(n.split()[-1]) == head]
        # a run-on has at least two words after the family name (عون أزمة استقالة), so that a family
        # name that is another person's first name is kept (رياض منصور / منصور العتيبي)
        nxt = fold(words[i + 1]) if i + 1 < len(words) else ""
        if len(full) == 1 and len(words) - i >= 3 and not is_person_token(words[i + 1]) and not nxt.startswith(
            ("عبد", "ابو", "بن", "ال")
        ):  # محمد عبدالله الرشيد is a name of its own, not سارة محمد + a run-on
            return full[0]
        # role + two or three name words + a ب/ل adjunct (القاضية باربره جافي بالمحكمة العليا)
        if i:
            j = i
            while j < len(words) and j - i < 3 and not fold(words[j]).startswith(("بال", "لل", "ال")) and not _role_word(
                words[j]
            ) and fold(words[j]) not in _ORG_STOPS:
                j += 1
            if 2 <= j - i <= 3 and j < len(words) and fold(words[j]).startswith(("بال", "لل")):
                name = " ".join(words[i:j])
                self.cut_names.append(name)
                return name
        return None

    # -- a bare role and its holder -------------------------------------------------------------
    def role_holder(self, speaker: str, names: list[str]) -> str | None:
        words = speaker.split()
        if not _is_bare_role(words):
            return None
        # the role as written, each word with or without ال and ة; nisba adjectives may be left out
        # (قاضية أمريكية … القاضية باربره جافي), the complement of the role may not (رئيس اللجنة)
        pattern = [(_feminine_key(w), i > 0 and _nisba(w)) for i, w in enumerate(words)]
        toks = self.tokens
        if self._keys is None:  # [_feminine_key(t) for t in toks], from the bare tokens
            self._keys = feminine_keys(self._bare_tokens())  # (compiled when built: speed23)
        keys = self._keys
        found: list[str] = []
        first = pattern[0][0]
        # a role with a prepositional complement (قائد في التحالف الإقليمي): a relative right after it
        # describes the complement's noun, the nearest one, not the holder
        complement = any(fold(w) in _COMPLEMENT_PREPS for w in words[1:])
        places = [_nationality_key(w) if i > 0 and _nationality(w) else "" for i, w in enumerate(words)]
        for k in indices_of(keys, first):
            m = k
            for (key, optional), place in zip(pattern, places, strict=True):
                if m < len(toks) and keys[m] == key:
                    m += 1
                elif not optional or (place and m < len(toks) and _nationality(toks[m])
                                      and _nationality_key(toks[m]) != place):
                    # step 46w: a nationality may be left out, not written otherwise (الرئيس اليمني is
                    # not الرئيس المصري عبد الفتاح السيسي)
                    m = -1
                    break
            if m <= k:
                continue
            window: list[str] = []
            commas = 0
            quoted = -1  # words since an opening quotation mark (-1: outside marks)
            for u in toks[m : m + 12]:
                commas += u in "،,"
                if u in _HARD_STOPS or fold(u) in _HOLDER_STOPS or commas > 1 or (
                        (window or complement) and fold(u) in _HOLDER_RELATIVES):
                    break
                if u in _OPENING_MARKS and quoted < 0:
                    quoted = 0
                elif quoted >= 0 and u in _CLOSING_MARKS:
                    if quoted >= settings.QUOTE_MIN_WORDS_UNCUED:
                        break  # step 52g: a whole quotation said by the role's holder ends the window
                        # (وقال الوزير «…»، دون تفاصيل: no holder دون تفاصيل; a quoted name is crossed)
                    quoted = -1
                elif quoted >= 0:
                    quoted += 1
                window.append(u)
            name = self._name_in(window, names)
            if name and fold(name) in self.not_persons:
                name = None  # مراسل فرانس برس: an agency, not the holder's name
            if name and name not in found:
                found.append(name)
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _name_in(window: list[str], names: list[str]) -> str | None:
        folded = [fold(w) for w in window]
        for n in names:
            nw = [fold(w) for w in n.split()]
            for s in range(len(folded) - len(nw) + 1):
                if folded[s : s + len(nw)] == nw:
                    return n
        for s in range(len(window) - 1):
            a, b = window[s], window[s + 1]
            if s and fold(window[s - 1]) in _PREPOSITIONS:
                continue  # حذر … من حرب تجارية: the object of a preposition, not a name
            if _name_pair(a, b) and _bare(a) not in _COMMON_NOUNS:
                parts = [a, b]
                if s + 2 < len(window) and is_person_token(window[s + 2]):
                    parts.append(window[s + 2])
                return " ".join(parts)
        return None

    # -- a document for its issuer -------------------------------------------------------------
    def _org_at(self, toks: list[str], k: int) -> str | None:
        """The organisation name that starts at ``toks[k]`` (an ORG head, possibly glued to ل)."""
        first = toks[k]
        if fold(first).startswith("لل"):
            return None
        if fold(first).startswith("ل") and fold(first)[1:] in ORG_HEADS:
            first = first[1:]
        elif fold(first) not in ORG_HEADS:
            return None
        parts = [first]
        j = k + 1
        while j < min(len(toks), k + 9):
            u = toks[j]
            fu = fold(u)
            if len(parts) > 1 and fu == _MIN and j + 2 < len(toks) and fold(toks[j + 1]) == _AJL and fold(
                    toks[j + 2]).startswith("ال"):
                parts += toks[j : j + 3]  # حزب المؤتمر من أجل الجمهورية: من أجل inside a party's name
                j += 3
                continue
            if len(parts) > 1 and _lam_complement(toks, j) and (_generic(parts) or fold(parts[-1]) in _AFFILIATED):
                parts.append(u)  # المفوضية العليا للاجئين, الاتحاد الجزائري لكرة القدم
                j += 1
                continue
            if not u[0].isalpha() or fu in _ORG_STOPS or fu in PHRASE_STOPS or _role_word(u) or fu.startswith(("فان", "وان")):
                break
            if (len(parts) > 1 or fold(first).startswith("ال")) and not fu.startswith("ال"):
                break  # (a definite head takes only definite words: الشرطة | لملابس)
            if is_place(parts[-1]) and fu in PLACE_APPOSITIONS:
                break  # شرطة تورونتو | العاصمة الاقتصادية لكندا: an apposition describing the place
            if len(parts) > 1 and _nisba(parts[-1]) and is_person_token(u):
                break  # وزير الخارجية التونسي | الطيب البكوش: a name after the nisba
            parts.append(u)
            j += 1
        return " ".join(parts) if len(parts) > 1 else None

    def organisations(self) -> list[str]:
        """Every organisation name of the article (:meth:`_org_at` at each token), in order, once each.
        A function of the text alone: the last text's list is kept (:data:`_ORGS_MEMO`), so the
        canonicalisation step (``canonical._org_of_head``) reuses the repair step's scan of the same
        article."""
        memo_text, memo = _ORGS_MEMO
        if memo is not None and (memo_text is self.text or memo_text == self.text):
            return list(memo)
        out = self._organisations()
        _ORGS_MEMO[:] = [self.text, out]
        return list(out)

    def _organisations(self) -> list[str]:
        toks = self.tokens
        out: list[str] = []
        # _org_at finds nothing unless the token is an ORG head, bare or glued to ل (not لل): only
        # those tokens are tried (the same names, ~1 token in 40)
        folded = self._folded_tokens()
        heads = _ORG_HEAD_FORMS.intersection(folded)
        for k in indices_in(folded, heads) if heads else ():
            org = self._org_at(toks, k)
            if org and org not in out:
                out.append(org)
        return out

    def issuer(self, speaker: str, orgs: list[str]) -> str | None:
        words = speaker.split()
        if not words:
            return None
        doc = _bare(words[0])
        org: str | None = None
        if doc in OUTLET_HEADS and len(words) >= 2 and not fold(words[0]).startswith("ال") and not fold(
                words[1]).startswith(("ال", "ل")) and not is_person_token(words[1]):
            return None  # موقع تك كرانش, موقع بيلينغكات: a named outlet speaks for itself
        if doc in _ISSUED_HEADS and not any(is_person_token(w) and _bare(w) not in _COMMON_NOUNS for w in words):
            # (بيان, the document, is also a given name)
            # the issuer inside the speaker's phrase, the one glued to ل first (تقرير نشره الموقع
            # الرسمي لوزارة العدل: the ministry, not its website)
            glued = [k for k in range(1, len(words)) if fold(words[k]).startswith("ل")]
            for k in glued + [k for k in range(1, len(words)) if k not in glued]:
                org = self._org_at(words, k)
                if org:
                    break
            if org and _bare(org.split()[0]) in _ISSUED_HEADS and org != speaker:
                org = self.issuer(org, orgs) or org  # تقرير نشره الموقع الرسمي → the site's owner
            if org is None and doc in DATA_HEADS:
                # figures name their publisher inside the phrase or not at all (تقديرات البنك الدولي;
                # another تقديرات of the article may be another body's)
                if len(words) >= 2 and (_bare(words[1]) in ORG_HEADS or _bare(words[1]) in BODY_HEADS
                                        or _bare(words[1]) in _MORE_ORG_HEADS):
                    org = self._with_complement(" ".join(words[1:]))
            elif org is None:
                toks = self.tokens
                cands: list[str] = []
                for k in self._bare_indices(doc):
                    # the issuer right after the document (تقرير مؤسسة النقد) or glued to ل within a
                    # few words (التقرير الـ 51 لمؤسسة النقد, تقرير نشره الموقع الرسمي لوزارة العدل);
                    # a medium that carried it (بيان أوردته وكالة الأنباء) is not its issuer
                    for j in range(k + 1, min(k + 7, len(toks))):
                        if toks[j] in _HARD_STOPS or toks[j] in "،,\"«»“”" or fold(toks[j]) in _HOLDER_STOPS:
                            break
                        o = self._org_at(toks, j)
                        if o and _bare(o.split()[0]) in _ISSUED_HEADS:
                            o = None  # another document (على تقرير | تقرير يشير) is no issuer
                        if o and (j == k + 1 or fold(toks[j]).startswith("ل")):
                            if o not in cands:
                                cands.append(o)
                            break
                    if k + 1 < len(toks) and not cands:
                        # تقرير جينسكيب: the document and the name of an organisation of the article
                        # (شركة جينسكيب المتخصصة)
                        nxt = fold(toks[k + 1])
                        cands += [o for o in orgs if len(o.split()) > 1 and nxt in [fold(w) for w in o.split()[1:]]
                                  and o not in cands and len(nxt) > 2 and not nxt.startswith("ال")
                                  and _bare(o.split()[0]) not in _ISSUED_HEADS]
                if len({self._fullest(c, orgs) for c in cands}) == 1:
                    org = cands[0]
        elif len(words) >= 2 and _nisba(words[0]) and not _role_word(words[0]):
            # a fragment that starts with a nisba and ends an organisation's name (العربي السعودي of مؤسسة النقد العربي السعودي)
            f = fold(speaker)
            ends = [o for o in orgs if fold(o).endswith(" " + f) and len(o.split()) > len(words) + 1]
            if len({self._fullest(o, orgs) for o in ends}) == 1:
                org = ends[0]
        return self._fullest(org, orgs) if org else None

    def _with_complement(self, org: str) -> str:
        """``org`` with the ``ل``-complement the article writes right after it (``اللجنة الدولية`` |
        ``لحماية الصحفيين``), as :meth:`continued` reads it; ``org`` itself when there is none."""
        at = self.text.find(org)
        if at < 0:
            return org
        words = org.split()
        toks = words + _TOKEN_RE.findall(self.text[at + len(org) : at + len(org) + 120])[:5]
        j = len(words)
        if j >= len(toks) or not _lam_complement(toks, j):
            return org
        added = [toks[j]]
        j += 1
        while j < len(toks) and len(added) < 3 and toks[j][:1].isalpha() and fold(toks[j]).startswith("ال") and (
                fold(toks[j]) not in PHRASE_STOPS and fold(toks[j]) not in _ORG_STOPS):
            if (len(added) > 1 or fold(added[0]).startswith("لل")) and not _adjective(toks[j]):
                break  # step 44g: after a definite complement (للانتخابات) or an idafa (لحقوق الإنسان) only
                # an adjective goes on the name; another definite noun is the verb's object (| النتائج)
            added.append(toks[j])
            j += 1
        return org + " " + " ".join(added)

    # -- an organisation written short -----------------------------------------------------------
    def continued(self, q: Quote) -> str | None:
        """The organisation's name as the text goes on right after the speaker's own words: the
        ``ل``-complement cut off by the subject reading (``المفوضية العليا`` | ``للاجئين``, ``الاتحاد
        الجزائري`` | ``لكرة القدم``), the definite complement of a cut idafa (``شركة أليكسا لتحليلات``
        | ``الإنترنت``), or a name in parentheses after a bare head (``موقع ( aviation-safety.net)``)."""
        sp, s = q.speaker_span, q.speaker or ""
        words = s.split()
        if sp is None or not words or not _org_like(words) or fold(" ".join(self.text[sp.start : sp.end].split())) != fold(s):
            return None
        after = self.text[sp.end : sp.end + 160]
        if len(words) == 1:
            m = _PAREN_NAME_RE.match(after)
            if m and (_bare(words[0]) in ORG_HEADS or _bare(words[0]) in OUTLET_HEADS or _bare(words[0]) in _MEDIA_HEADS):
                return s + " " + m.group(1).strip()
        toks = words + _TOKEN_RE.findall(after)[:6]
        j = len(words)
        added: list[str] = []
        cut_idafa = len(words) > 1 and fold(words[-1])[:1] == "ل" and not fold(words[-1]).startswith("لل")
        if not cut_idafa:
            if j >= len(toks) or not _lam_complement(toks, j) or not _extends_name(words, toks[j]):
                return None  # (nothing after the speaker: the text or a teaser ends there)
            added.append(toks[j])
            j += 1
        while j < len(toks) and len(added) < 3 and toks[j][:1].isalpha() and fold(toks[j]).startswith("ال") and (
                fold(toks[j]) not in PHRASE_STOPS and fold(toks[j]) not in _ORG_STOPS and not _role_word(toks[j])):
            if added and (len(added) > 1 or fold(added[0]).startswith("لل")) and not _adjective(toks[j]):
                break  # step 44g: after a definite complement (للانتخابات) or an idafa (لحقوق الإنسان) only
                # an adjective goes on the name; another definite noun is the verb's object (| النتائج)
            added.append(toks[j])
            j += 1
        return s + " " + " ".join(added) if added else None

    def fuller_org(self, q: Quote, orgs: list[str]) -> str | None:
        """The organisation's fullest name in the article for a speaker that writes it short: a
        prefix of it (``حزب المؤتمر`` → ``حزب المؤتمر من أجل الجمهورية``), its name without the
        head noun (``المؤتمر``), or its head noun with ``ال`` and the same nisba adjectives (``الحزب``,
        ``النادي القطري`` → ``نادي الدحيل القطري``: the latest such name written before the
        quote). ``None`` when the article writes two different fuller names."""
        words = (q.speaker or "").split()
        if not words or len(words) > 5 or not _org_like(words):
            return None
        f = fold(q.speaker or "")
        cands = [o for o in orgs if fold(o).startswith(f + " ") and _extends_name(words, o.split()[len(words)])
                 and not (f in self.not_persons and fold(o.split()[len(words)])[:1] == "ل")]
        # (an organisation the entities stage names as written is complete: الأمم المتحدة is not
        # الأمم المتحدة للطفولة)
        if not cands and len(words) == 1 and fold(words[0]).startswith("ال") and _bare(words[0]) not in _MEDIA_HEADS:
            cands = [o for o in orgs if not fold(o).startswith("ال") and _bare(o.split()[0]) not in _MEDIA_HEADS
                     and (fold(o) + " ").split(" ", 1)[1].startswith(f + " ")]
        if not cands and fold(words[0]).startswith("ال") and _bare(words[0]) in ORG_HEADS and _bare(words[0]) not in _ISSUED_HEADS \
                and all(_nisba(w) and fold(w).startswith("ال") for w in words[1:]):
            head, adjs = _bare(words[0]), [fold(w) for w in words[1:]]
            # written before the subject itself: a post-posed attribution (``…، بحسب ما أعلنته
            # الحركة``) names the organisation after the content's start
            said_at = max(q.start, q.speaker_span.start if q.speaker_span is not None else 0)
            before = self.text[:said_at]
            best, at = None, -1
            for o in orgs:
                ow = [fold(w) for w in o.split()]
                if ow[0] != head or len(ow) < 2 or not all(a in ow[1:] for a in adjs):
                    continue
                if not adjs and descriptive_only(o.split()[1:]):
                    continue  # آخر حركة مسلحة كبيرة: a head with indefinite adjectives describes, names nothing
                pos = before.rfind(o)
                if pos > at:
                    best, at = o, pos
            cands = [best] if best else []
        if not cands:
            return None
        longest = max(cands, key=len)
        if any(not fold(longest).startswith(fold(c)) for c in cands):
            return None  # two different organisations (الجيش السوري, الجيش الإسرائيلي)
        return self._fullest(longest, orgs)

    # -- a verb read as a first name -------------------------------------------------------------
    def verb_before_name(self, speaker: str) -> str | None:
        """A speaker whose first word is a verb or a conjunction read as a first name (``ترأس الجبوري``,
        ``وقفت حنين``, ``تحدث ترامب``: a sentence-initial verb, Arabic's VSO order, taken with the
        subject after it) → the name without it. The first word must have the shape of an imperfect,
        a feminine perfect or a word with ``و`` (``ت``/``ي``/``و`` first), or (step 52g, new-user report
        nu31 #1) be a finite verb by the treebank's classes (:func:`marsad.quotes.plausible.implausible_head`:
        ``أصدرت لارا ترامب``) or an auxiliary (``كانت سارة``); in every case the article must write
        the rest of the name elsewhere without that word while writing the two together only here —
        a real first name goes with its family name (``تاكيشيمي مينامي``); ``None`` otherwise."""
        ws = speaker.split()
        if not 2 <= len(ws) <= 4:
            return None
        w0, f0 = ws[0], fold(ws[0])
        verbal = f0[:1] in "وتي" or (not is_person_token(w0) and (f0 in _AUXILIARIES or implausible_head(w0) == "verb"))
        if (not verbal or len(f0) < 3 or _role_word(w0) or _bare(w0) in ORG_HEADS or _bare(w0) in BODY_HEADS
                or _NOUN_SHAPE_RE.search(f0) or f0 in _RELATION_WORDS or is_person_token(w0)):
            return None  # (a noun: تقارير, تفاصيل, تكلفة, تقديرات, والد)
        if speaker in self._verb_cut:
            return self._verb_cut[speaker]
        self._verb_cut[speaker] = out = self._verb_before_name(ws, f0)
        return out

    def _verb_before_name(self, ws: list[str], f0: str) -> str | None:
        """The uncached test of :meth:`verb_before_name` (``ws``: the words, ``f0``: the first folded)."""
        rest = " ".join(ws[1:])
        first = ws[1]
        if (fold(first) in PHRASE_STOPS or fold(first) in _NOT_SPEAKER_WORDS or not first[:1].isalpha()
                or fold(first) in _QUANTIFIERS or (_nisba(first) and not fold(first).startswith("ال"))):
            return None  # (not يراه كل, تقارير أمريكية)
        named = is_person_token(first) or _bare(first) in ORG_HEADS or _bare(first) in _MORE_ORG_HEADS
        together = alone = 0
        text, n = self.text, len(rest)
        at = text.find(rest)
        budget = VERB_NAME_MAX_OCCURRENCES
        while at >= 0:  # every non-overlapping occurrence (a str.find scan: no regex built per name)
            budget -= 1
            if budget < 0:
                return None  # a run-on text, not an article: the name is left as it is
            end = at + n
            if not (end < len(text) and text[end].isalpha()):  # (else a longer word)
                head = text[max(0, at - 12) : at].split()
                if head and fold(head[-1]) in (f0, "و" + f0, "ف" + f0):
                    together += 1
                    if together > 1:
                        return None  # (the verb and the name together twice: a name's own word)
                else:
                    alone += 1
            at = text.find(rest, end)
        if together != 1 or not (alone >= 2 or (named and alone >= 1)):
            return None
        if len(ws) == 2:
            # the family name alone: written in full where a given name stands right before it
            # (البرلمان سليم الجبوري → سليم الجبوري), when the article writes one such full name
            fuller = set()
            for m in re.finditer(r"(\S+)\s+" + re.escape(rest) + r"(?!\w)", self.text):
                a = fold(m.group(1))
                if a not in (f0, "و" + f0, "ف" + f0) and _name_pair(m.group(1), rest) and not (
                        a[:1] in "وف" and a[1:] in PHRASE_STOPS):
                    fuller.add(m.group(1) + " " + rest)
            if len(fuller) == 1:
                return fuller.pop()
        return rest

    # -- a written work for its authors ----------------------------------------------------------
    def authored(self, q: Quote) -> str | None:
        """The author of the work that speaks: ``تقرير أعده خبراء حقوق الإنسان`` → خبراء حقوق الإنسان
        (the work and its relative verb inside the speaker), or, for the work named again with ``ال``
        (``وأوضح التقرير``, ``وأشارت الدراسة``), the author of the last such work written before the
        quote with an authoring verb (:data:`AUTHORED_RE`); ``None`` when none is written."""
        ws = (q.speaker or "").split()
        if not ws or len(ws) > 8:
            return None
        at = next((i for i, w in enumerate(ws[:3]) if _bare(w) in WORK_HEADS or _bare(w) in _WORK_PLURALS), None)
        if at is None:
            return None
        # (up to two adjectives between the work and its verb: دراسة علمية حديثة أجراها فريق …)
        verb = next((i for i in range(at + 1, min(at + 4, len(ws))) if AUTHORED_RE.match(fold(ws[i]))), None)
        if verb is None and not (len(ws) == 1 and (fold(ws[0]).startswith("ال") or fold(ws[0]) in WORK_HEADS)):
            return None
        toks = self.tokens  # (the article's tokens: made once, only when a work speaks)
        head = _bare(ws[at])
        before = self.text[: q.start]
        if verb is not None:
            # the work written with its verb: read the author from the text (the speaker may be cut)
            sp = q.speaker_span
            lo = self.text.find(" ".join(ws[at : verb + 1]), sp.start) if sp is not None else -1
            if lo < 0 or (sp is not None and lo >= sp.end):
                lo = before.rfind(" ".join(ws[at : verb + 1]))  # (a post-posed attribution is after the quote)
            if lo < 0:
                return _author_at(ws, verb + 1)
            stop = len(text_tokens(self.text[:lo])) + (verb - at) + 1  # (text_tokens: the same tokens, compiled)
            if lo and self.text[lo - 1].isalpha():
                stop -= 1  # the work glued to a proclitic (لتحليل أجرته): its token began before lo
            return _author_at(toks, stop)
        stop = len(text_tokens(before))
        head = _WORK_PLURALS.get(head, head)  # (التقارير named again for the تقرير written before)
        # (ووفقا لتقرير صدر عن …: the work glued to ل; its tokens found in the article's bare tokens,
        # made once, instead of a look-up per token of the article: speed25)
        works = sorted(set(self._bare_indices(head)) | set(self._bare_indices("ل" + head)))
        # the last such work before the quote; then, for the work named again with ال or alone
        # (وقالت الدراسة …، أظهرت دراسة … and only later: الدراسة التي نشرها معهد ليبنيز), the first one
        # after it (step 40c: the gold names the maker the article names anywhere, held-out 68 snn-122)
        s0 = min(stop, len(toks))
        order = [k for k in reversed(works) if k <= s0 - 2] + [k for k in works if s0 <= k <= len(toks) - 2]
        for k in order:
            for v in (k + 1, k + 2, k + 3):  # (تقرير حديث أعده, الدراسة التي نشرها: a word between)
                if v >= len(toks):
                    break
                f = fold(toks[v])
                if AUTHORED_RE.match(f):
                    author = _author_at(toks, v + 1)
                elif f in _ISSUED and v + 1 < len(toks) and fold(toks[v + 1]) == "عن":
                    author = _author_at(toks, v + 2, issued=True)  # (تقرير حديث صادر عن وزارة العدل)
                else:
                    if not toks[v][:1].isalpha():
                        break
                    continue
                if author:
                    return author
        return None

    # -- a document (or a noun) for the issuer named in its relative clause ----------------------
    def issued_by(self, q: Quote) -> str | None:
        """The issuer of the document that speaks: named in a clause right after the speaker's own
        words (``ووصف التصنيف الذي تعده منظمة الصحة العالمية`` → منظمة الصحة العالمية), or — for a
        cue in a relative clause on a document, followed by a resumptive pronoun (``قرارا صدر عن
        محكمة استئناف … اعتبرت فيه أن``) — named in that clause before the cue."""
        text = self.text
        sp = q.speaker_span
        if sp is not None and q.speaker and fold(" ".join(text[sp.start : sp.end].split())) == fold(q.speaker):
            m = _ISSUED_BY_RE.match(text, sp.end)
            if m:
                issuer = _issuer_at(text, m.end())
                if issuer and "نشر" in m.group() and _bare(issuer.split()[0]) in _MEDIA_HEADS:
                    return None  # بيان نشرته صحيفة الأمة: the medium published it, it did not issue it
                return issuer
        if q.cue is not None and _RESUMPTIVE_AFTER_RE.match(text, q.cue.end):
            lo = max(text.rfind(".", 0, q.cue.start), text.rfind("\n", 0, q.cue.start), q.cue.start - 200)
            found = [m for m in _ISSUED_BY_RE.finditer(text, lo + 1, q.cue.start)]
            # the pronoun's antecedent is the nearest noun: a document issued after the speaker's
            # mention (… وليد الصمعاني …، في تقرير نشره الموقع الرسمي لوزارة العدل …، وذكر فيه)
            if found and (q.speaker is None or not any(is_person_token(w) for w in q.speaker.split())
                          or (sp is not None and sp.end <= found[-1].start())):
                return _issuer_at(text, found[-1].end())
        return None

    def document_issuer(self, q: Quote) -> str | None:
        """The issuer of a document speaker that names it in the speaker's own words or right after
        them, where the subject reading stopped: ``بيان صادر`` | ``السبت عن القيادة الوطنية`` (the
        participle or ``صدر`` last, then time words and ``عن`` + the issuer: :data:`_ISSUED_TAIL_RE`),
        ``بيان الشرطة``, ``بيان الجمعية`` (an idafa with an organisation head: :data:`_ISSUER_HEADS`) and
        ``بيان للمركز الإعلامي الأمني`` (``لل`` + one). The document speaks for its issuer (PARC 3.0,
        as ``بيان لوزارة الداخلية``; held-out 45, 63, 64 gold; issue 6, step 39a). ``None`` otherwise."""
        s = q.speaker or ""
        ws = s.split()
        if not ws or len(ws) > 6 or _bare(ws[0]) not in DOCUMENT_HEADS:
            return None
        text = self.text
        sp = q.speaker_span
        if len(ws) == 1:
            # the document alone (وقال بيان | للمركز الإعلامي الأمني): read the words the text goes on with
            if sp is None or fold(text[sp.start : sp.end]) != fold(s) or text[sp.end : sp.end + 1] != " ":
                return None
            ws = ws + _TOKEN_RE.findall(text, sp.end, min(len(text), sp.end + 120))[:5]
            if len(ws) < 2:
                return None
        if len(s.split()) > 1 and fold(ws[-1]) in _ISSUED:  # (بيان صادر, تقرير صدر: the issuing word last)
            if sp is not None and fold(" ".join(text[sp.start : sp.end].split())) == fold(s):
                pos = sp.end
            else:
                at = text.rfind(s, 0, q.start)
                if at < 0:
                    return None
                pos = at + len(s)
            m = _ISSUED_TAIL_RE.match(text, pos)
            return _issuer_at(text, m.end()) if m else None
        if fold(ws[0]).startswith("ال"):
            return None  # البيان الختامي: an adjective, not an issuer in idafa
        cut = next((i for i, w in enumerate(ws) if w[-1:] in _TOKEN_PUNCT), None)
        if cut is not None:
            # a word with its comma, or a mark, ends the issuer (بيان للمجلس السياسي للانقلابيين، …)
            ws = ws[:cut] + ([ws[cut].rstrip(_TOKEN_PUNCT)] if ws[cut].rstrip(_TOKEN_PUNCT) else [])
            if len(ws) < 2:
                return None
        w1 = fold(ws[1])
        if w1 == "من" and len(ws) > 2:
            # بيان من الرئاسة, بيان من #القصر_الأزرق (a hashtag issuer: the name as tagged)
            if ws[2].startswith("#") and len(ws[2]) > 3:
                return ws[2]
            ws = ws[1:]
            w1 = fold(ws[1])
            if not w1.startswith("ال"):
                return None
        if w1.startswith("لل") and len(w1) > 4 and (w1[2:] in _ISSUER_HEADS or w1[2:] in _MEDIUM_ISSUERS):
            words = ["ال" + ws[1][2:]]  # (تقرير للتلفزيون السويسري: a medium's own report, step 40c)
        elif w1.startswith("ال") and w1[2:] in _ISSUER_HEADS:
            words = [ws[1]]
        else:
            return None
        lam = False
        for j in range(2, len(ws)):  # (the stops of _issuer_at: after a definite word only definite ones)
            t, f = ws[j], fold(ws[j])
            if not lam and len(words) > 1 and _lam_complement(ws, j):
                words.append(t)  # المجلس الدولي لكرة القدم: the ل-complement of the name
                lam = True
                continue
            if not t[:1].isalpha() or f in PHRASE_STOPS or f in _ORG_STOPS or len(words) == 5 or not f.startswith("ال"):
                break
            words.append(t)
        return " ".join(words)

    @staticmethod
    def _fullest(org: str, orgs: list[str]) -> str:
        f = fold(org)
        longer = [o for o in orgs if fold(o).startswith(f + " ")]
        return max(longer, key=len) if longer else org


def _background(q: Quote, text: str) -> bool:
    """``ويذكر أن …``: the impersonal passive of ذكر right before its complement."""
    return fold(q.cue_text.strip()) in _BACKGROUND_CUES and q.cue is not None and not text[q.cue.end : q.start].strip()


def _plan_source(q: Quote) -> bool:
    """``وفقا لرؤية المملكة 2030``: an attribution phrase whose source is a plan, vision or law."""
    if not q.speaker or not _ACCORDING_CUES_RE.match(fold(q.cue_text.strip())):
        return False
    return _bare(q.speaker.split()[0].lstrip("ل")) in PLAN_HEADS or _bare(q.speaker.split()[0]) in PLAN_HEADS


def _quoted_medium(text: str, q: Quote, ws: list[str]) -> str | None:
    """The medium's quoted name after a bare head noun (``نقلته وكالة "رويترز"`` → رويترز) or after a
    passive of reporting (``بحسب ما ورد في صحيفة "الاقتصادية"`` → الاقتصادية), read right after the
    speaker's span."""
    if len(ws) != 1 or q.speaker_span is None:
        return None
    w = fold(ws[0])
    if w not in ORG_HEADS and w not in _PASSIVE_REPORT:
        return None
    m = _QUOTED_AFTER_RE.match(text, q.speaker_span.end, q.speaker_span.end + 80)
    if not m:
        return None
    head = m.group("head")
    if w in ORG_HEADS and head is not None:
        return None  # وكالة "X" only: the quoted name must follow the head at once
    if w in _PASSIVE_REPORT and (head is None or fold(head) not in ORG_HEADS):
        return None
    name = m.group("name").strip()
    return name if 0 < len(name.split()) <= 4 else None


#: The Prophet's eulogy (``صلى الله عليه وسلم``, ``ﷺ``) names one person: the words written before it
#: (``النبي``, ``رسول الله``, ``النبي محمد``) are the speaker of a cue whose subject is the eulogy alone.
_PROPHET_FORMULA_RE = re.compile(r"(?:صلى\s+الله\s+عليه|عليه\s+(?:أفضل\s+|افضل\s+)?الصلاة\s+و\s*السلام|\ufdfa)")
_PROPHET_BEFORE_RE = re.compile(r"(?:(?<!\w)(?P<name>النبي\s+محمد|رسول\s+الله|النبي|الرسول|المصطفى|محمد|نبينا(?:\s+محمد)?))\s*$")
#: the default when the article writes only a pronoun before the eulogy (``سنة رسوله``)
PROPHET_DEFAULT = "النبي"
#: What may follow a cue without a subject of its own before its content (a colon, a mark, a
#: complementizer, a prepositional adjunct: ``فقال في خطبة الوداع «…»``).
_NO_SUBJECT_AFTER = frozenset(fold(w) for w in ": « \" “ ( في إن أن بأن إنه أنه".split())
_ANNA_BEFORE = frozenset(fold(w) for w in "أنه بأنه إنه".split())


def _prophet_named_before(text: str, end: int, start: int = 0) -> str | None:
    """The Prophet as written before the last eulogy in ``text[start:end]``, or ``None``."""
    for m in reversed(list(_PROPHET_FORMULA_RE.finditer(text, start, end))):
        named = _PROPHET_BEFORE_RE.search(text, max(start, m.start() - 40), m.start())
        if named:
            return " ".join(named.group("name").split())
    return None


def _blessed_person(text: str, q: Quote) -> str | None:
    """The Prophet as the speaker of a cue (fresh-user report 3, finding 9): (1) a eulogy stands as the
    cue's subject (``ثم قال صلى الله عليه وسلم: «…»``, ``وقال عليه الصلاة والسلام``, ``يقول ﷺ``) → the
    Prophet as the article names him before a eulogy (the last such mention before the cue, else
    :data:`PROPHET_DEFAULT`); (2) a cue without a subject (``فقال``, ``أنه قال``) in a sentence whose
    subject is the Prophet named with a eulogy (``حذر النبي صلى الله عليه وسلم من … فقال: «…»``, ``صح عن
    رسول الله صلى الله عليه وسلم أنه قال``) → that mention. Other formulas (``رضي الله عنه``) only end a
    subject (:func:`marsad.quotes.speakers.blessing_at`); ``None`` when no rule applies."""
    if q.cue is None:
        return None
    toks = phrase_tokens(text, q.cue.end, limit=3)
    if not toks or text[q.cue.end : toks[0][0]].strip():
        return None
    if blessing_at(toks, 0) or _PROPHET_FORMULA_RE.match(text, toks[0][0]):
        if _PROPHET_FORMULA_RE.match(text, toks[0][0]) is None:
            return None
        return _prophet_named_before(text, q.cue.start) or PROPHET_DEFAULT
    if fold(toks[0][2]) not in _NO_SUBJECT_AFTER:
        return None  # (tested first: most cues have a subject after them)
    cue = fold(q.cue_text.strip())
    before = text[max(0, q.cue.start - 200) : q.cue.start]
    last = before.rsplit(None, 1)[-1:]  # the last word before the cue (``before.split()[-1:]``)
    linked = cue[:1] == "ف" or bool(last and fold(last[0]) in _ANNA_BEFORE)
    if not linked:
        return None
    cut = max((m.end() for m in _SENTENCE_BREAK_RE.finditer(before)), default=0)
    base = q.cue.start - len(before)
    return _prophet_named_before(text, q.cue.start, base + cut)


#: Indefinite plural nouns of reports that stand as an unnamed subject right before a present-tense
#: cue (``منها أخبار تقول إن …``, ``وكانت تقارير تشير إلى …``): the speaker is the noun as written, not
#: the last speaker (fresh-user report 3, finding 9: ``أخبار تقول`` gave the article's main person).
REPORT_SUBJECTS = frozenset(fold(w) for w in """أخبار تقارير أنباء شائعات إشاعات روايات معلومات تسريبات
وثائق تكهنات ادعاءات مزاعم""".split())
_PRESENT_CUE_RE = re.compile(r"^[وف]?[تي]")


def _report_subject(text: str, q: Quote) -> str | None:
    """The report noun written right before a present-tense cue (:data:`REPORT_SUBJECTS`), or None."""
    if q.cue is None or not _PRESENT_CUE_RE.match(q.cue_text.strip()):
        return None
    before = text[max(0, q.cue.start - 40) : q.cue.start]
    if not before.endswith(" "):
        return None
    words = before.split()
    if not words:
        return None
    w = words[-1]
    f = fold(w)
    if f[:1] == "و" and f[1:] in REPORT_SUBJECTS:
        w, f = w[1:], f[1:]
    return w if f in REPORT_SUBJECTS else None


#: A statement noun with its author in a ``ل``-complement (``آخر تصريح لترامب``, ``تغريدة للرئيس``) earlier
#: in the sentence of a cue whose subject is elided after a clause link (``…، حيث قال الخميس "…"``): the
#: author is the speaker (fresh-user report 3, finding 9: FR24 101 gave the previous speaker).
_STATEMENT_BY_RE = re.compile(
    r"(?<!\w)(?:ال)?(?:تصريح|تصريحات|تغريدة|تغريدات|كلمة|خطاب|حديث)(?:ه|ها)?\s+(?:\S+\s+){0,2}?ل(?!ل)(?P<name>[^\s\d،,.:؛\"«»“”()]{3,})")
_CLAUSE_LINKS = frozenset(fold(w) for w in "حيث إذ عندما حين حينما".split())
_SENTENCE_BREAK_RE = re.compile(r"[.!?؟\n]")


def _statement_author(text: str, q: Quote, by_last: dict[str, list[str]]) -> str | None:
    """The author of a statement noun named before an elided-subject cue in its sentence
    (:data:`_STATEMENT_BY_RE`), written as fully as the article's speakers write it; or ``None``."""
    if q.cue is None:
        return None
    before = text[max(0, q.cue.start - 200) : q.cue.start]
    last = before.rsplit(None, 1)[-1:]  # the last word before the cue (``before.split()[-1:]``)
    if not last or fold(last[0].lstrip("و")) not in _CLAUSE_LINKS:
        return None
    gap = text[q.cue.end : q.start]
    if len(gap.split()) > 2 or any(is_person_token(w) for w in gap.split()):
        return None  # a subject of its own after the cue
    cut = max((m.end() for m in _SENTENCE_BREAK_RE.finditer(before)), default=0)
    found = list(_STATEMENT_BY_RE.finditer(before, cut))
    if not found:
        return None
    name = found[-1].group("name")
    if not is_person_token(name) and fold(name) not in by_last:
        return None
    full = by_last.get(fold(name), [])
    return full[0] if len(full) == 1 else name


#: A quotation mark or colon between a statement's mention and a cue (the cue is inside the statement).
_MARK_RE = re.compile(r"[\"«»“”:]")
#: A statement named again with ``ال`` as the speaker (``وأوضح البيان``, ``وأضاف البلاغ``), folded
#: without ``ال``: it takes up the last statement the article mentions before the cue.
_STATEMENT_ANAPHORS = frozenset(fold(w) for w in "بيان بلاغ".split())
#: A mention of a statement (``في بيان``, ``بيانا``, ``في بيانها``, ``ببلاغ``), any form.
_STATEMENT_MENTION_RE = re.compile(r"(?<!\w)(?:[وفبل]{0,2})(?:ال)?(?:بيان|بلاغ)(?:ا|اً|ًا|ه|ها|هم|هما)?(?!\w)")


def _name_shaped(org: str) -> bool:
    """An organisation's name that ends as names do: its last word a nisba adjective (``الأمريكية``),
    the ``ل``-complement's noun (``لكرة القدم``), or an indefinite word; not a definite common noun
    run on from the sentence (``الجامعة العربية القانون``) nor a one-letter word (``شرطة و``)."""
    ws = org.split()
    if any(len(fold(w)) < 2 for w in ws):
        return False
    last = fold(ws[-1])
    if len(ws) == 1 or not last.startswith("ال") or _nisba(ws[-1]):
        return True
    return len(ws) > 2 and fold(ws[-2])[:1] == "ل"


def _org_of_head(text: str, head: str, q: Quote, orgs: list[str]) -> str | None:
    """The organisation of two words or more with head noun ``head`` (bare, :func:`_bare`) that the
    article names (``orgs``), the latest written before ``q``'s cue, else the first after it, when it
    is :func:`_name_shaped`; ``None`` otherwise (as ``canonical._org_of_head`` for ``بيان للوزارة``)."""
    at = q.cue.start if q.cue is not None else q.start
    best, best_at, first, first_at = None, -1, None, len(text)
    for o in orgs:
        ws = o.split()
        if len(ws) < 2 or _bare(ws[0]) != head or not _name_shaped(o):
            continue
        pos = text.rfind(o, 0, at)
        if pos > best_at:
            best, best_at = o, pos
        after = text.find(o, at)
        if 0 <= after < first_at:
            first, first_at = o, after
    return best or first


def _trailing_mention(text: str, p: Quote, m: re.Match) -> bool:
    """``أعلنت القوات المسلحة … عن قصف ثمانية أهداف … في بيان رسمي ظهر بصفحة المتحدث العسكري، السبت.``:
    a statement mentioned with ``في`` at the end of an indirect quote's span, with no complementizer
    after it in the sentence, belongs to the attribution (the content ran to the sentence end), not to
    the reported words (held-out 64 CN-19; step 40c)."""
    if p.kind != "indirect" or text[max(0, m.start() - 4) : m.start()].split()[-1:] != ["في"]:
        return False
    return _COMPLEMENTIZER_RE.search(text, m.end(), p.end) is None


#: ``أن``/``إن`` (with ب or a pronoun) as a word, the opening of reported content.
_COMPLEMENTIZER_RE = re.compile(r"(?<!\w)ب?[أإا]ن(?:ه|ها|هم)?(?!\w)")


def _statement_antecedent(text: str, q: Quote, kept: list[Quote], i: int, by_last: dict[str, list[str]]) -> str | None:
    """The speaker for ``البيان`` (``البلاغ``, with at most one adjective: ``البيان القصير``) as a
    speaker: the one who spoke in the attribution of the last statement the article mentions before
    the cue (``أعلن الكرملين في بيان، الخميس، أن …`` → الكرملين; ``وأضافت هيدالغو في بيانها أن`` →
    آن هيدالغو; ``ووصف بيان أصدرته كتائب عز الدين القسام الحادث بأنه``) — the speaker of the earlier
    quote whose sentence holds that mention outside its content, when it is not a document itself.
    ``None`` otherwise (held-out 17, 26, 49, 50 gold: the issuer, never ``البيان``; issue 6, step 39a).
    ``kept[:i]``: the quotes before ``q`` (not copied: most calls return at the first test)."""
    ws = (q.speaker or "").split()
    if not ws or len(ws) > 2 or q.cue is None or q.cue.end > q.start:
        return None  # (a cue after the statement, بحسب البيان الختامي: the mention is its own)
    f0 = fold(ws[0])
    after = text[q.cue.end : q.cue.end + 24].split()[:1]
    if not f0.startswith("ال") and f0 in _STATEMENT_ANAPHORS and after and fold(after[0]) == "ال" + f0:
        # وذكر البيان, its speaker already written as the statement mentioned before (بيان رسمي): the
        # text has the anaphor (held-out 64 CN-19; step 40c)
        ws, f0 = after, "ال" + f0
    if not f0.startswith("ال") or f0[2:] not in _STATEMENT_ANAPHORS:
        return None
    if len(ws) == 2 and not fold(ws[1]).startswith("ال"):
        return None
    lo = max(0, q.cue.start - 1500)
    found = list(_STATEMENT_MENTION_RE.finditer(text, lo, q.cue.start))
    if not found:
        return None
    m = found[-1]
    s_lo = max((b.end() for b in _SENTENCE_BREAK_RE.finditer(text, lo, m.start())), default=lo)
    for j in range(i - 1, -1, -1):
        p = kept[j]
        if p.cue is None or not p.speaker or (p.start <= m.start() < p.end and not _trailing_mention(text, p, m)):
            continue
        if not (s_lo <= p.cue.start <= m.start() or (
                m.end() <= p.cue.start <= m.end() + 40 and not _MARK_RE.search(text, m.end(), p.cue.start))):
            continue  # (the cue of the attribution that names the statement: أعلن X في بيان; وردت الشركة
            # في بيان قائلة — not a cue inside the quoted statement after it)
        pw = p.speaker.split()
        if _bare(pw[0]) in _ISSUED_HEADS or lookup_cue(pw[0]):
            return None  # (a document again, or a cue word read as a speaker: وجاء)
        full = by_last.get(fold(p.speaker), []) if len(pw) == 1 else []
        return full[0] if len(full) == 1 else p.speaker
    return None


#: Particles that a clause opens with after ``و``/``ف`` (``وإذ شدد``, ``وعن شعوره … أوضح``, ``فقد``,
#: ``وذلك``): read as a subject before the verb they are junk, folded without the proclitic.
_OPENER_PARTICLES = frozenset(fold(w) for w in """إذ اذ ذلك من كم عن بين في لا لم قد إن ان أن على مع بعد قبل
عند حين كان""".split()) | PHRASE_STOPS


def _elided_openers(quotes: list[Quote]) -> None:
    """A speaker that opens with ``و``/``ف`` + a particle (``وإذ``, ``وعن شعوره وقت الحادث``, ``فقد``,
    ``وذلك قبيل ساعات``) is a clause opener read as a subject: the verb's subject is elided, so the
    speaker is the one of the quote before it in the article (the running speaker, as for ``وتابع``);
    for an attribution phrase (``بحسب``, ``وفق``), whose source was not found, none. In place."""
    last: str | None = None
    for q in quotes:
        ws = (q.speaker or "").split()
        f = fold(ws[0]) if ws else ""
        if len(f) > 1 and f[0] in "وف" and f[1:] in _OPENER_PARTICLES and not is_person_token(ws[0]):
            q.speaker = None if _ACCORDING_CUES_RE.match(fold(q.cue_text.strip())) else last
            q.speaker_span = None
            continue
        if q.speaker:
            last = q.speaker


#: Punctuation inside a whitespace token (:func:`_word_before` keeps what follows the last one; a word
#: of more than 32 characters is cut, which no word before a speaker is).
_INNER_PUNCT_RE = re.compile(r"[\"«»“”'،,.:;؛!?؟()]")


def _word_before(text: str, pos: int) -> str:
    """The word written right before ``pos`` in its clause, or ``""`` when punctuation, a quotation mark
    or a line break comes first (``صاحب الـ 57 | عاما`` → ``57``)."""
    seg = text[max(0, pos - 32) : pos].rstrip(" \t")
    if not seg or seg[-1] in "\n\r" or seg[-1] in _TOKEN_PUNCT:
        return ""
    last = seg.rsplit(None, 1)[-1]
    return _INNER_PUNCT_RE.split(last)[-1] if _INNER_PUNCT_RE.search(last) else last


def _known_word(word: str) -> bool:
    """A person-name token or a place (the name lists of the entities stage)."""
    return is_person_token(word) or is_place(word)


#: Words that may stand between a relative clause's verb and ``من`` + its source (``وفق ما علم
#: الثلاثاء من مصادر``): days and times, folded.
_TIME_WORDS = frozenset(fold(w) for w in """اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة
السبت صباح مساء ليلة فجر""".split())


def _source_after_min(text: str, pos: int) -> str | None:
    """The source named by ``من`` after a relative clause's verb ending at ``pos`` (``وفق ما علم
    الثلاثاء من مصادر محلية متطابقة`` → ``مصادر محلية متطابقة``): at most two day or time words before
    ``من``, then up to four words up to punctuation, headed by a source, body or role noun or a known
    name; else ``None``."""
    toks = _TOKEN_RE.findall(text[pos : pos + 160])
    i = 0
    while i < len(toks) and i < 2 and fold(toks[i]) in _TIME_WORDS:
        i += 1
    if i >= len(toks) or fold(toks[i]) != "من":
        return None
    out: list[str] = []
    for t in toks[i + 1 : i + 5]:
        if t in _TOKEN_PUNCT or fold(t) in PHRASE_STOPS:
            break
        out.append(t)
    if not out:
        return None
    h = _bare(out[0])
    if h in SOURCE_HEADS or h in BODY_HEADS or h in ORG_HEADS or h in TITLE_WORDS or _known_word(out[0]):
        return " ".join(out)
    return None


def _according_source(text: str, q: Quote, speakers: frozenset[str] = frozenset()) -> str | None:
    """The noun phrase right after an attribution phrase's cue (``حسب مصادر طبية، 374 شخصا`` →
    ``مصادر طبية``): up to six words before the first punctuation or phrase stop (``فقد``, ``في``), headed by a source, body, document or
    role noun or a known name, or a speaker of the article (``speakers``, folded: ``خدمة الإسعاف
    الإيطالية`` after ``فيما أعلنت خدمة الإسعاف الإيطالية``); else ``None``."""
    if q.cue is None:
        return None
    toks = _TOKEN_RE.findall(text[q.cue.end : q.cue.end + 120].split("\n", 1)[0])
    out: list[str] = []
    for t in toks:
        f = fold(t)
        if t in _TOKEN_PUNCT or f in PHRASE_STOPS or (f[:1] == "ف" and f[1:] in PHRASE_STOPS):
            break  # (وحسب خدمة الإسعاف الإيطالية فقد قتل …)
        out.append(t)
    if not out or len(out) > 6:
        return None
    h = _bare(out[0])
    if (h in SOURCE_HEADS or h in BODY_HEADS or h in ORG_HEADS or h in DOCUMENT_HEADS or h in TITLE_WORDS
            or _known_word(out[0]) or fold(" ".join(out)) in speakers):
        return " ".join(out)
    return None


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """Whether the folded ``word`` is a common noun the tables know (a manner, head, title, time or
    verbal noun, a demonstrative): after a glued ``ب``/``ل`` it makes a prepositional phrase
    (:func:`marsad.quotes.plausible.prepositional`)."""
    return (word in MANNER_NOUNS or word in DEMONSTRATIVES or word in TITLE_WORDS
            or word in ORG_HEADS or word in BODY_HEADS or word in WORK_HEADS or word in TIME_NOUNS
            or is_verbal_noun(word))


def _finite_cue(word: str) -> bool:
    """A cue form that is a finite verb (``ترفض``, ``تنفي``; not a participle ``مؤكدا``, a role too)."""
    return lookup_cue(word) and not fold(word).startswith("م")


@lru_cache(maxsize=8192)
def _junk_kind(speaker: str, before: str) -> tuple[str | None, int]:
    """:func:`marsad.quotes.plausible.junk_speaker` of ``speaker`` with the name lists as the known
    names (kept per speaker and word before it). A one-word speaker ``ل`` + a person-name token
    (``لبوتين``) is the dative of the one addressed (``prepositional``), not a name of its own."""
    ws = speaker.split()
    if len(ws) == 1 and fold(ws[0])[:1] == "ل" and not _known_word(ws[0]) and is_person_token(ws[0][1:]):
        return "prepositional", 0
    # (a person named after a prepositional first word is the speaker the reader ran a role's
    # complement into, الناطق الإعلامي بصحة عسير سعيد النقير: not judged as a prepositional phrase)
    named = len(ws) > 1 and ws[0][:1] in "بل" and any(is_person_token(w) for w in ws[1:])
    kind, k = junk_speaker(ws, _known_word, before, None if named else _common_word, _finite_cue)
    if kind == "trailing" and k == 1 and not (_known_word(ws[0]) or _role_word(ws[0]) or _bare(ws[0]) in SOURCE_HEADS):
        return kind, 0  # (وحدات متمردة ولا يمكن …: one unknown word left, an adjective, no one named)
    return kind, k


#: Demonstratives (folded) that stand between a quantifier and its noun (``إحدى أولئك المتدربات``).
_DEMONSTRATIVES = frozenset(fold(w) for w in "هؤلاء أولئك هذه هذا تلك ذلك هاتين هذين".split())
#: The word right after a position, across spaces only (no punctuation between).
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\s\"«»“”'،,.:;؛!?؟()]+)")


def _junk_subjects(text: str, quotes: list[Quote]) -> None:
    """Step 42c: a speaker string whose head names no agent (:func:`marsad.quotes.plausible.junk_speaker`:
    a cut proclitic ``ل``, a relative clause's verb ``لما``/``علم`` after ``ما``, an accusative ``متحدثا``
    or ``عاما``, the object of a ḥāl participle ``مثمنا دور``, a quantifier alone ``إحدى``) is replaced.
    A quantifier takes the noun written right after it, its partitive (``إحدى المتدربات``, across a
    demonstrative: ``إحدى أولئك المتدربات``; none when
    punctuation follows), except after a glued ``ل``/``ب`` (``لإحدى محطات``: a prepositional phrase).
    Any other kind: by the source that ``من`` names after a relative clause (``وفق ما علم … من مصادر محلية``); else, for
    a cue verb, by the running speaker, the one of the quote before it in the article (the verb's
    subject is elided, as for ``وتابع``); for an attribution phrase (``وفق``, ``بحسب``) by the noun
    phrase right after it up to the clause's comma (``حسب مصادر طبية، 374 شخصا``), else none. A
    trailing ḥāl participle after a name is cut off (``تيتي متحدثا`` → ``تيتي``). An attribution phrase
    left with no speaker takes the noun phrase after it the same way (``وحسب مصادر إعلامية، فقد``). In
    place."""
    last: str | None = None
    said: frozenset[str] | None = None  # (the article's folded speakers, once an attribution needs them)
    for q in quotes:
        ws = (q.speaker or "").split()
        if not ws and q.cue is not None and _ACCORDING_CUES_RE.match(fold(q.cue_text.strip())):
            if said is None:
                said = frozenset(fold(o.speaker) for o in quotes if o.speaker)
            q.speaker = _according_source(text, q, said)  # (pred-empty: وحسب مصادر إعلامية، فقد …)
        if ws:
            sp = q.speaker_span
            before = _word_before(text, sp.start) if sp is not None else ""
            kind, k = _junk_kind(q.speaker, before)
            if kind and k:
                q.speaker = " ".join(ws[:k])
            elif kind == "quantifier" and sp is not None and len(before) != 1:
                m = _NEXT_WORD_RE.match(text, sp.end)  # إحدى | المتدربات: the partitive's noun
                if m and fold(m.group(1)) in _DEMONSTRATIVES:
                    m2 = _NEXT_WORD_RE.match(text, m.end())  # إحدى أولئك | المتدربات
                    q.speaker = f"{ws[0]} {m.group(1)} {m2.group(1)}" if m2 else None
                else:
                    q.speaker = f"{ws[0]} {m.group(1)}" if m else None
                if not m:
                    q.speaker_span = None
            elif kind:
                found = _source_after_min(text, sp.end) if kind == "relative" and sp is not None else None
                if kind == "possessed":
                    found = last  # حسب علمي, بحسب رأيه: the one whose knowledge or view it is
                elif found is None and _ACCORDING_CUES_RE.match(fold(q.cue_text.strip())):
                    if said is None:
                        said = frozenset(fold(o.speaker) for o in quotes if o.speaker)
                    found = _according_source(text, q, said)
                elif found is None:
                    found = last
                q.speaker, q.speaker_span = found, None
        if q.speaker:
            last = q.speaker


#: Fewest shared content words (folded, four letters or more) for a body quotation to repeat a headline
#: (step 42c); with a person's name as the body's speaker and a headline speaker of no name, more.
HEADLINE_REPEAT_WORDS = 3
HEADLINE_NAMED_WORDS = 4


#: Punctuation deleted before a quotation's words are counted (:func:`_content_words`).
_PUNCT_DELETE = str.maketrans("", "", _TOKEN_PUNCT)


def _content_words(text: str) -> set[str]:
    """The folded words of four letters or more of ``text`` (a quotation's content)."""
    return {w for w in fold_tokens([" ".join(text.translate(_PUNCT_DELETE).split())]) if len(w) > 3}
    # (one folding pass over the joined words: fold_tokens splits the result at its spaces)


def _headline_from_body(text: str, quotes: list[Quote]) -> None:
    """Step 42c: a headline's speaker from the body quotation that repeats it. The body quotation with
    the most content words in common with the headline (at least :data:`HEADLINE_REPEAT_WORDS`) gives
    its speaker when that speaker shares a word with the headline's (the same person or body written
    in full or spelled otherwise: ``كريتسيانو رونالدو`` → ``كريستيانو رونالدو``, ``مسؤول أمريكي`` →
    ``مسؤول في وزارة الخارجية الأمريكية``; not when either holds all the other's words: ``وزارة الخارجية
    السورية`` stays, not ``مصدر مسؤول في …``; not when the body writes the headline's speaker as it
    stands: ``وزارة الفلاحة``, not ``وزارة الفلحة والموارد …``), or, with at least :data:`HEADLINE_NAMED_WORDS` words in
    common, when the body names a person (not a role word first: ``كاتب عام النقابة``) and the
    headline's speaker is a description with no name in it and no state (``الاستخبارات الأمريكية:`` →
    ``دان كوتيس``; ``البحرين:`` stays). In place."""
    heads = [h for h in quotes if h.kind == "headline" and h.speaker]
    if not heads:
        return
    body = [q for q in quotes if q.kind != "headline" and q.speaker]
    words: dict[int, set[str]] = {}  # (a body quotation's content words, folded once it is needed)
    for h in heads:
        # only a body speaker the rule could give decides whether the overlaps are counted
        if not any(_headline_taker(h.speaker or "", b) for b in {q.speaker or "" for q in body}):
            continue
        hw = _content_words(text[h.start : h.end])
        best, n = None, 0
        for i, q in enumerate(body):
            if i not in words:
                words[i] = _content_words(text[q.start : q.end])
            k = len(hw & words[i])
            if k > n:
                best, n = q, k
        if best is None or n < HEADLINE_REPEAT_WORDS:
            continue
        take = _headline_taker(h.speaker or "", best.speaker or "")
        if take == "spelling" and _written_in_body(text, h):
            continue  # the body writes the headline's name too: وزارة الفلاحة, not a longer misspelled form
        if take == "spelling" or (take == "named" and n >= HEADLINE_NAMED_WORDS):
            h.speaker, h.speaker_span = best.speaker, best.speaker_span


def _written_in_body(text: str, h: Quote) -> bool:
    """True when the headline's speaker (folded) is written in the text after the headline."""
    return bool(h.speaker) and fold(h.speaker or "") in " ".join(fold_tokens(text[h.end :].split()))


@lru_cache(maxsize=8192)
def _headline_taker(hs: str, bs: str) -> str | None:
    """How a body quotation's speaker ``bs`` may replace a headline's ``hs`` (:func:`_headline_from_body`):
    ``"spelling"`` when they share a word and neither holds all the other's words, ``"named"`` when they
    share none, ``bs`` starts with a person-name token and ``hs`` holds none, else ``None``."""
    if not bs or bs == hs:
        return None
    hw, bw = set(fold(hs).split()), set(fold(bs).split())
    if hw & bw:
        return "spelling" if not bw <= hw and not hw <= bw else None
    # (the headline's speaker written in the body as it stands: see _headline_from_body)
    b0, h0 = bs.split()[0], hs.split()[0]
    if (is_person_token(b0) and not _role_word(b0) and not any(is_person_token(w) for w in hs.split())
            and not is_place(h0)):
        return "named"  # (not a role, كاتب عام النقابة; not a state, البحرين, which speaks as such)
    return None


def repair_speakers(text: str, quotes: list[Quote], not_persons: frozenset[str] = frozenset(),
                    apart: dict[str, set[str]] | None = None) -> list[Quote]:
    """Apply the step-13 rules to the final ``quotes`` of one article (speakers already set); returns
    the quotes kept, speakers changed in place. Never raises on odd input (rules that find nothing
    leave the speaker as it is). ``not_persons``: folded names of the article's ORG, LOC and MISC
    entities, never taken as a role holder's name. ``apart``: folded role descriptions → the names or
    roles of the speakers the speaker resolution found them not to be (step 46w: ``وزير الخارجية
    الروسي`` is not ``وزير الخارجية``, nor that role's holder ``عادل الجبير``), never given as their
    holder."""
    kept = [q for q in quotes if not _background(q, text) and not _plan_source(q)]
    if not kept:
        return kept
    _elided_openers(kept)
    _junk_subjects(text, kept)
    rep = SpeakerRepair(text, kept, not_persons)
    names = rep.known_names()
    changed = False
    for q in kept:
        if q.speaker:
            new = rep.run_on(q.speaker, names)
            if new and new != q.speaker:
                q.speaker, changed = new, True
    if changed:
        names = rep.known_names()
    by_last: dict[str, list[str]] = {}
    for n in names:
        by_last.setdefault(fold(n.split()[-1]), []).append(n)
    orgs: list[str] | None = None
    for i, q in enumerate(kept):
        said = _statement_antecedent(text, q, kept, i, by_last)
        if said:
            q.speaker = said
            continue
        blessed = _blessed_person(text, q) or _report_subject(text, q) or _statement_author(text, q, by_last)
        if blessed:
            q.speaker = blessed
            q.speaker_span = None
            continue
        issuer = rep.authored(q) or rep.issued_by(q)
        if issuer:
            q.speaker = issuer
            continue
        issuer = rep.document_issuer(q)
        if issuer:
            if orgs is None:
                orgs = rep.organisations()
            head = _bare(issuer.split()[0])
            old = rep.issuer(q.speaker or "", orgs)  # (the organisation scan for the document, as before)
            q.speaker = issuer
            named = _org_of_head(text, head, q, orgs) if len(issuer.split()) == 1 else None
            if named:
                q.speaker = named  # بيان للاتحاد → الاتحاد القاري: the article's name of that head
            elif old and head in {_bare(w) for w in old.split()}:
                q.speaker = old  # بيان للاتحاد → الاتحاد القاري, the article's fuller name of the issuer
            elif _org_like(issuer.split()):
                full = rep.fuller_org(q, orgs)
                if full and _name_shaped(full):
                    q.speaker = full  # بيان الشرطة → الشرطة الأمريكية
            continue
        if q.speaker is None and q.cue is not None:
            doc = _document_before(text, q.cue.start)
            if doc:
                if orgs is None:
                    orgs = rep.organisations()
                q.speaker = rep.issuer(doc, orgs) or doc
                continue
        city = _city_anaphor(text, q)
        if city:
            q.speaker = city
            continue
        s = q.speaker
        if not s:
            continue
        ws = s.split()
        if fold(ws[-1]) in _NOT_SPEAKER_WORDS and not any(
            is_person_token(w) and fold(w) not in _NOT_SPEAKER_WORDS for w in ws
        ):
            q.speaker = None  # مليار ريال, هذا: no speaker rather than a junk one
            continue
        quoted = _quoted_medium(text, q, ws)
        if quoted:
            q.speaker = quoted
            continue
        if len(ws) == 1 and len(by_last.get(fold(s), [])) == 1 and fold(s) not in _DIVINE:
            q.speaker = by_last[fold(s)][0]  # جافي → باربره جافي
            continue
        bare = rep.verb_before_name(s)
        if bare:
            q.speaker = s = bare
            ws = s.split()
            if len(ws) == 1 and len(by_last.get(fold(s), [])) == 1:
                q.speaker = by_last[fold(s)][0]  # ترأس الجبوري → الجبوري → سليم الجبوري
            continue
        holder = rep.role_holder(s, names)
        if holder and apart and fold(s) in apart and any(
                fold(holder) in (fold(x), fold(rep.role_holder(x, names) or "")) for x in apart[fold(s)]):
            holder = None  # (step 46w: the other party of an exchange, or its holder: kept as written)
        if holder:
            q.speaker = holder
            continue
        longer = rep.continued(q)
        if longer:
            q.speaker = s = longer
            ws = s.split()
        if _org_like(ws) and _bare(ws[0]) not in _ISSUED_HEADS:
            if orgs is None:
                orgs = rep.organisations()
            full = rep.fuller_org(q, orgs)
            if full:
                q.speaker = full
                continue
        if not (_bare(ws[0]) in _ISSUED_HEADS or (len(ws) >= 2 and _nisba(ws[0]))):
            continue  # the organisation scan runs only for documents, outlets and nisba fragments
        if orgs is None:
            orgs = rep.organisations()
        org = rep.issuer(s, orgs)
        if org:
            q.speaker = org
    _headline_from_body(text, kept)
    return kept


#: A share or a number of people as written from a speaker's first digit (step 51f): the number with
#: its decimals and a percent sign or words, then the people counted, ``من`` + a definite noun or
#: ``منهم``/``منهن`` (``72,8% من المشاركين``, ``79,7% منهم``, ``60 في المئة من البالغين``, ``12 من
#: الأعضاء``). Without the people counted a number names no one (``وقد أكد 92%``: none).
_COUNTED_SHARE_RE = re.compile(
    r"[0-9٠-٩]+(?:[.,،٫][0-9٠-٩]*)?\s*(?:[%٪]|(?:في|ب)\s*ال(?:مئة|مائة))?"
    r"\s+(?:من\s+(?P<who>ال[^\s\"«»“”'،,.:;؛!?؟()]+)|منهم|منهن)(?![^\s\"«»“”'،,.:;؛!?؟()])"
)


def _ben_introduced(text: str, ws: list[str]) -> bool:
    """Step 55b (desc34): whether a two-word speaker ``بين X`` is the given name Ben and a family name
    the article introduces in apposition: ``بين X`` written with a comma and a definite word after it
    (``وقال بين بينايت، المدوّن عبر يوتيوب``, fresh ANT CN-internationalNews-17); the preposition
    ``بين`` ("between") takes two parties joined by ``و`` instead. ``text``: the article text."""
    if len(ws) != 2 or fold(ws[0]) != fold("بين"):
        return False
    at = text.find(ws[0] + " " + ws[1])
    while at >= 0:
        after = text[at + len(ws[0]) + 1 + len(ws[1]) : at + len(ws[0]) + len(ws[1]) + 40].lstrip(" ")
        if after[:1] in ("،", ",") and fold(after[1:].split()[0] if after[1:].split() else "").startswith("ال"):
            return True
        at = text.find(ws[0] + " " + ws[1], at + 1)
    return False


def fragment_speakers(text: str, quotes: list[Quote],
                      earlier: tuple[list[Quote], list[str | None]] | None = None) -> None:
    """Step 51f (spk28): a speaker string that is a text fragment
    (:func:`marsad.quotes.plausible.fragment_speaker`: a particle or preposition head, a number alone,
    a date, an object's amount) is replaced. ``earlier``: ``(quotes, speakers)``, the speaker the subject
    reader gave each quote before the article-level repairs (:func:`repair_speakers`); when that one is no
    fragment it is taken back (``ونفى قائد إسبانيا`` → a repair's ``بين صفوف`` → ``قائد إسبانيا``).
    Else the words that may still name the speaker are kept (``بين دولة الإمارات`` → ``دولة
    الإمارات``, ``فوربس ثروته بـ4.5`` → ``فوربس``), or none; a number cut from a share of people
    counted takes the share as written (``79`` → ``79,7% منهم``, ``72`` → ``72,8% من المشاركين``;
    :data:`_COUNTED_SHARE_RE`). In place."""
    before: dict[int, str | None] | None = None  # (built for the first fragment only)
    for q in quotes:
        s = q.speaker
        if not s or not maybe_fragment(s):
            continue
        ws = s.split()
        kind, i, j = fragment_speaker(ws, _known_word, is_person_token, is_place)
        if kind is None or (len(ws) == 2 and particle_first_name(text, ws[1]) == s) or _ben_introduced(text, ws):
            continue  # (step 51x: آن هيدالغو, a first name written like a particle, introduced so; 55b: بين)
        if before is None:
            before = {id(o): sp for o, sp in zip(*earlier, strict=True)} if earlier else {}
        old = before.get(id(q))
        if old and old != s and fragment_speaker(old.split(), _known_word, is_person_token, is_place)[0] is None:
            q.speaker = old
            continue
        if kind == "number" and q.speaker_span is not None:
            m = _COUNTED_SHARE_RE.match(text, q.speaker_span.start, q.speaker_span.start + 80)
            if m is not None and fold(m.group("who") or "") not in _NOT_COUNTED:
                q.speaker = " ".join(m.group(0).split())
                q.speaker_span = Span(q.speaker_span.start, m.end())
                continue
        if i < j:
            q.speaker = " ".join(ws[i:j])
        else:
            q.speaker, q.speaker_span = None, None


#: Definite words after ``من`` that count no people (folded): ``من المتوقع``, ``من المقرر``.
_NOT_COUNTED = frozenset(fold(w) for w in "المتوقع المقرر المنتظر المفترض الممكن المحتمل الواضح".split())


#: A time adverbial ``في وقت سابق/لاحق/مبكر``, ``في الوقت الراهن/الحالي/نفسه`` (step 51q30, new-user report
#: nu30 #2: ``مصدران في وقت سابق``, ``مصادر أمنية وطبية في وقت مبكر``, ``عدد سكانها في الوقت الراهن``).
_TIME_ADVERBIAL_RE = re.compile(r"(?:^|\s+)(?:و?في|و?فى)\s+(?:ال)?وقت(?=\s|$)")
#: A speaker that is a time noun itself (``وقت سابق`` read from ``ذكرت وفي وقت سابق``), folded first words.
_TIME_HEADS = frozenset(fold(w) for w in "وقت الوقت".split())


def time_adverbial_speakers(text: str, quotes: list[Quote]) -> None:
    """Step 51q30: a time adverbial is never a speaker and is cut off a speaker's end (nu30 #2). A
    speaker that starts with a time noun (``وقت سابق``) is none; one that goes on with ``في وقت …`` /
    ``في الوقت …`` after its first word keeps the words before it (``مصدران في وقت سابق`` →
    ``مصدران``), its span cut at the same place. In place; one substring test per quote with a
    speaker (the regex runs only when ``وقت`` is in it)."""
    for q in quotes:
        s = q.speaker
        if not s or "وقت" not in s:
            continue
        if fold(s.split()[0]) in _TIME_HEADS:
            q.speaker, q.speaker_span = None, None
            continue
        m = _TIME_ADVERBIAL_RE.search(s)
        if m is None or m.start() == 0:
            continue
        q.speaker = s[: m.start()].rstrip()
        if q.speaker_span is not None:
            said = text[q.speaker_span.start : q.speaker_span.end]
            k = _TIME_ADVERBIAL_RE.search(said)
            if k is not None and k.start() > 0:
                q.speaker_span = Span(q.speaker_span.start, q.speaker_span.start + k.start())


#: The double quotation marks a quotation's edge may carry unpaired (step 51q30).
_DOUBLE_EDGE = "\"“”"
#: The same marks as a set of one-character strings (no empty string: a slice past the text is none).
_NEAR_MARK = frozenset(_DOUBLE_EDGE)


def unpaired_edge_marks(text: str, quotes: list[Quote]) -> None:
    """Step 51q30 (nu30 #5: 132 of 22,257 quotations of the report held an odd number of ``"``): a
    quotation with an odd number of double marks whose unpaired mark pairs with one just outside it.
    Reported and headline statements take that mark in — the opener just before the start
    (``تركيا تنفي "⟦تسليم أي تسجيلات" بشأن …⟧``, ``يطالب إسرائيل "⟦بضبط النفس" و"احترام الحق"⟧``), or
    the closer just after the end — since their marked words are part of the statement; direct
    speech, whose marks are its edges, loses the unpaired mark at its edge instead (``"⟦… وصلت"⟧``,
    ``"⟦"لدينا …⟧``). (A lone stray mark is already trimmed by :func:`marsad.quotes.direct.trim`.)
    In place; a few character tests per quotation, a count only when an edge holds a mark."""
    for q in quotes:
        s, e = q.start, q.end
        if e - s < 3:
            continue
        if not (text[s - 1 : s] in _NEAR_MARK or text[s - 2 : s - 1] in _NEAR_MARK or text[e : e + 1] in _NEAR_MARK
                or text[e + 1 : e + 2] in _NEAR_MARK):
            continue  # (most quotations: no mark in the two characters on either side)
        before = text[max(0, s - 3) : s].rstrip()[-1:]
        after = text[e : e + 3].lstrip()[:1]
        opener = before != "" and before in _DOUBLE_EDGE
        closer = after != "" and after in _DOUBLE_EDGE
        if not (opener or closer) or sum(text.count(ch, s, e) for ch in _DOUBLE_EDGE) % 2 == 0:
            continue
        if q.kind != "direct":
            if opener:
                q.start = text.rindex(before, 0, s)
            else:
                q.end = text.index(after, e) + 1
            continue
        if opener and text[e - 1] in _DOUBLE_EDGE:
            e -= 1
        elif closer and text[s] in _DOUBLE_EDGE:
            s += 1
        else:
            continue
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            q.start, q.end = s, e


#: Fewest words of a statement whose repeats in one article are read as one statement (step 51q30).
_SAME_STATEMENT_MIN_WORDS = 4


def _bare_words(name: str) -> list[str]:
    """Folded words of ``name``, ``لل`` read as ``ال`` (``للشؤون`` is ``الشؤون`` after the preposition)."""
    return ["ال" + w[2:] if w.startswith("لل") and len(w) > 4 else w for w in fold(name).split()]


def repeated_statement_speakers(text: str, quotes: list[Quote]) -> None:
    """Step 51q30 (nu30 #4): the same statement (the same words, at least
    :data:`_SAME_STATEMENT_MIN_WORDS`, the same kind) found twice in one article with two speakers of
    which one is the other cut short (``الشؤون الصحية`` / ``المديرية العامة للشؤون الصحية``, ``أسرة
    خاشقجي`` / ``أسرة الإعلامي السعودي جمال خاشقجي``: its folded words, ``لل`` read as ``ال``, a run
    inside the other's, or the same first and last word) is one speaker's: both take the fuller name. Two speakers that share no
    such run are left as they are (which of two persons said it is not told by the repeat). In place;
    one dictionary look-up per quotation."""
    sizes: dict[tuple[str, int], list[Quote]] = {}
    seen: dict[tuple[str, str], Quote] = {}
    for q in quotes:
        if q.speaker:
            sizes.setdefault((q.kind, q.end - q.start), []).append(q)  # (texts are read only for equal lengths)
    for group in sizes.values():
        if len(group) < 2:
            continue
        for q in group:
            said = text[q.start : q.end]
            if said.count(" ") + 1 < _SAME_STATEMENT_MIN_WORDS:
                continue
            _one_speaker(seen.setdefault((q.kind, said), q), q)


def _one_speaker(first: Quote, q: Quote) -> None:
    """The fuller of two speakers of one statement for both (:func:`repeated_statement_speakers`)."""
    if first is q or first.speaker == q.speaker or not first.speaker or not q.speaker:
        return
    a, b = _bare_words(first.speaker), _bare_words(q.speaker)
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == len(full):
        return
    inside = any(full[i : i + len(short)] == short for i in range(len(full) - len(short) + 1))
    if inside or (short[0] == full[0] and short[-1] == full[-1]):
        name = first.speaker if full is a else q.speaker
        for x in (first, q):
            if x.speaker != name:
                x.speaker, x.speaker_span = name, (first if x is q else q).speaker_span
