"""Post-filter rules for words the tagger (or label propagation) takes for names but are not.

Second-user findings on 1,500 ANT v2.1 + 1,318 SaudiNewsNet + 800 ANT v1.1 articles (issue 5):
``دينار`` was the 17th person of the store (51 mentions), ``أمام`` ("in front of") was counted as
``عادل إمام``, ``الثاني`` ("the second") as ``عبدالله الثاني``, ``فهد`` alone from ``جسر الملك فهد`` and
``العزيز`` from ``البلد العزيز`` were persons, ``لوكهيد مارتن`` (after ``شركة``) was a person, and
``محمد بن سلمان لأميركا`` kept ``لأميركا`` in the name. Each rule below is one kind of such error;
its word list is data here, in one place. All rules work on :class:`~marsad.entities.linking.Cand`
lists after tagging and label propagation (they are not part of ``marsad eval ner``).

Rules (:func:`apply_rules`, in this order):

1. **Currency units** (:data:`CURRENCY_UNITS`) are never persons, places or organisations: a
   mention that is a currency word alone or followed by nisba adjectives (``الدينار``, ``الدولار
   الأمريكي``, ``دينار كويتي``) becomes MISC (ANERcorp tags currencies MISC: dropping them cost 20
   points of MISC recall on its test file), named by :func:`currency_name` so that ``الدولار`` and
   ``دولار`` are one entity; ``ريال مدريد`` (a club: the next word is no adjective) stays.
2. **Function words compared with hamza as written** (:data:`HAMZA_FUNCTION_WORDS`): a one-word
   mention that is, as written (proclitic ``و ف`` allowed), a preposition or particle (``أمام``,
   ``وأمام``) is dropped: hamza folding made it equal to the surname ``إمام``, but a text that writes
   the hamza on the alef distinguishes them (``أمام`` "in front of" vs ``إمام``). The same words
   written with a bare alef (``امام``, ``وامام``: :data:`BARE_ALEF_FUNCTION_WORDS`) are dropped too —
   news text often leaves the hamza of the preposition out, and the name keeps it (``إمام``).
3. **Ordinals** (:data:`ORDINALS`: ``الثاني``, ``الأولى``…) alone are never a name: the regnal number
   of ``عبدالله الثاني`` is no short form of his name, and propagating it tagged every "second".
4. **Divine names without ``عبد``** (:data:`DIVINE_NAMES`: ``العزيز``, ``الرحمن``, ``الوهاب``…): in a
   personal name they follow ``عبد`` (``عبد العزيز``); alone they are adjectives (``البلد العزيز``) or
   the surname propagated from ``عبد الوهاب``.
5. **Name part of an institution or place** (:data:`INSTITUTION_HEADS`): a one-word person name
   with a title, right after such a head noun (``جسر الملك فهد``, ``جامعة الملك عبدالعزيز``, ``معهد
   الأمير سلطان``), is the name of the bridge or university, and a bare given name that ties to no
   one. Full names (``مؤسسة الشيخ عيد بن محمد آل ثاني``) and untitled names (``مؤسسة جيتس``) stay:
   they identify the person, and ANERcorp tags them PER.
6. **Companies** (:data:`COMPANY_HEADS`): a person mention right after an indefinite ``شركة``, or
   after a definite ``الشركة`` and a nisba adjective (``الشركة الأمريكية لوكهيد مارتن``), or
   coordinated with ``و`` right after such a company mention (``شركتي لوكهيد مارتن ونورث روب``),
   is re-typed ORG (``بالشركة هورست نيومان``, a definite head right before the name, is apposition).
7. **A trailing ``ل``/``ب`` + place word** is no part of a person's name (``محمد بن سلمان لأميركا``
   "… to America"): the last word of a multi-word person mention that is a preposition clitic plus a
   place (gazetteer LOC, or a LOC form of the curated list: ``أميركا``) is cut off.
8. **A title of a place** (:data:`TITLE_HEADS`): a person mention that is an indefinite title noun
   followed only by places or bodies (``بابا الفاتيكان``, ``ملك الأردن``) is a role phrase, no name
   (third-user gold, CNN 2018-10-09); it is dropped (``البابا فرانسيس، بابا الفاتيكان`` keeps its
   apposition as a role).
9. **Units of measure** (:data:`MEASURE_UNITS`: ``كيلو``, ``فولت``, ``ميغاوات``, ``كيلوغرام``…) are no
   names: a mention all of whose words are units (``كيلو فولت`` PER, ``كيلوغرام`` LOC in ANT) is
   dropped (ANERcorp tags ``كيلو`` ``O``).
10. **Diseases** (:data:`DISEASES`: ``الإيدز``, ``الكوليرا``, ``إيبولا``…) are MISC, never ORG/PER/LOC
    (``بالإيدز`` was an ORG in 11 of 2,000 ANT articles; ANERcorp tags ``الايدز`` ``B-MISC``).
11. **Studios** (:data:`STUDIO_HEADS`): a person/place mention that starts with ``ستوديو``/``ستديو``
    (``ستديو غيبلي``, Studio Ghibli) is an organisation.

12. **Common nouns of things** (:data:`THING_HEADS`: devices, media, weapons and vehicles —
    ``الراديو``, ``آيباد``, ``صواريخ``, ``طائرة``): a person mention that is such a noun alone is
    dropped (``أسسوا راديو``, ``عبر الراديو``); one that is the noun and a name after it (``صواريخ
    باتريوت``, ``آيباد برو``) is a product, weapon or model name and becomes MISC, or a station
    (:data:`MEDIA_HEADS`: ``راديو فرش``) and becomes ORG. Only person mentions: ``راديو سوا`` tagged
    ORG stays. A person or place mention that starts with a product line (:data:`PRODUCT_LINES`:
    ``آيفون``, ``غالاكسي``) is MISC, alone too; an organisation stays (``جالاكسي``: LA Galaxy, a club).
13. **Religious formulae** (:data:`FORMULA_WORDS`, :data:`DIVINE_NAMES`): a person mention made only
    of divine names (``الرحمن الرحيم``) or that starts with a formula (``الحمد لله``, ``سبحان
    الله``) is dropped; a blessing after a name ends the name (:data:`BLESSING_WORDS`: ``سعود رحمه
    الله`` → ``سعود``); ``رامي الحمد الله`` (a family name) stays.
14. **English prose** (:data:`ENGLISH_FUNCTION_WORDS`): a person mention with a lower-case English
    function word in it (``Demand is``, ``Trump and``) is a run of English text, no name; it is
    dropped (a name's particles ``de``, ``van``, ``bin`` are no such words).
15. **Generic nouns alone** (:data:`GENERIC_NOUNS`: ``منظمة``, ``الحكومة``, ``مصادر``, ``مسؤولون``): a
    one-word mention (any type, proclitic allowed) that is an organisation's head noun without its
    name, or the noun of unnamed sources or officials, is dropped; nominal references (``الوزارة``
    tied to a named ministry) are not mentions of this kind and stay (nu33).
16. **Month names in dates** (:data:`MONTH_NAMES`): a one-word mention that is a month name written
    as a date (a number, another month, ``شهر`` or ``الماضي`` beside it: ``أبريل (نيسان) الماضي``,
    ``رمضان المقبل``) is dropped: ``نيسان`` was an organisation in 41 of 2,700 articles (nu33 store,
    fix34). A month word elsewhere (``نيسان`` the carmaker, ``محمد رمضان``) stays.
17. **Nasab fragments** (:func:`_is_nasab_fragment`): a person mention that starts with ``بن`` and a
    father's ``عبد`` name, or ``بن`` + names ending in a family name (``بن عبدالعزيز``, ``بن محمد
    العقيلي``), is a chain cut from its given name, no person of its own (nu33: ``PER:بن عبدالعزيز``);
    it is dropped.

Rules 9–11: fourth new-user report (nu16, M4), culture and economy articles of ANT v2.1
(``SK-economy-1051``, ``BB-culture-102``/``-114``, ``FR-culture-9``/``-63``). Rules 12–14: the
eleventh new-user report (nu22, item 4: about 20 of the first 150 person names of 301 sampled
articles were such phrases: ``الراديو``, ``آيباد برو``, ``صواريخ باتريوت``, ``الحمد لله``,
``الرحمن الرحيم``, ``Demand is``).

Sources: the word lists are standard Arabic grammar (ordinals, function words, the 99 names of God
that form ``عبد``-names; Habash 2010, ch. 4) and the currency names of ISO 4217 as written in Arabic
news (ANT v2.1 counts), plus the second-user report (``/work/helpers/FRESH-USER-REPORT-2.md``).
"""

from __future__ import annotations

from marsad.entities.aliases import PERSON_TITLES, alias_table, clean_name, name_key
from marsad.entities.features import proclitic_splits, stem_with_article
from marsad.entities.linking import Cand
from marsad.layout.rules import GREGORIAN_MONTHS, HIJRI_MONTHS

_ABD = name_key("عبد")


def _keys(words: str) -> frozenset[str]:
    return frozenset(name_key(w) for w in words.split())


#: Currency units: bare singular → its other forms (accusative, dual, plural), as written in Arabic
#: news (ISO 4217 currency names).
_CURRENCY_FORMS = {
    "دينار": "دينارا دينارين ديناران دنانير",
    "دولار": "دولارا دولارين دولاران دولارات",
    "ريال": "ريالا ريالين ريالان ريالات",
    "يورو": "",
    "جنيه": "جنيها جنيهين جنيهان جنيهات",
    "درهم": "درهما درهمين درهمان دراهم",
    "ليرة": "ليرتين ليرتان ليرات",
    "روبل": "روبلات",
    "فرنك": "فرنكات",
    "شيكل": "شيكلات",
    "روبية": "روبيات",
    "يوان": "",
    "بيزو": "",
    "إسترليني": "استرليني",
}
#: Normalized form → bare singular (as written in the table).
CURRENCY_LEMMAS = {name_key(f): lemma for lemma, forms in _CURRENCY_FORMS.items() for f in (lemma, *forms.split())}
#: Currency units (all forms), normalized.
CURRENCY_UNITS = frozenset(CURRENCY_LEMMAS)
#: Units of measure (SI and news usage: electric power, mass, length, data), normalized; a
#: mention made only of these is no name (rule 9).
MEASURE_UNITS = _keys(
    "كيلو فولت فولط كيلوفولت ميغاوات ميجاوات ميغاواط ميجاواط جيغاوات جيجاوات غيغاوات كيلووات كيلوواط "
    "واط وات أمبير هرتز ميغاهرتز جيجاهرتز غيغاهرتز كيلومتر كيلومترات ميليمتر مليمتر سنتيمتر "
    "كيلوغرام كيلوجرام كيلوغرامات كيلوجرامات غرام جرام ميليغرام مليغرام طن أطنان برميل هكتار "
    "لتر ميغابايت غيغابايت جيجابايت تيرابايت كيلوبايت ميغابكسل"
)
#: Diseases named in news (WHO names as written in Arabic news; with and without the article):
#: MISC, as ANERcorp tags ``الايدز`` (rule 10).
DISEASES = _keys(
    "الإيدز إيدز الكوليرا كوليرا إيبولا الإيبولا الملاريا ملاريا الزهايمر زهايمر باركنسون "
    "الباركنسون الحصبة الجدري الطاعون التيفوئيد الكزاز الدفتيريا السارس كورونا ميرس زيكا"
)
#: Generic nouns (rule 15): the head noun of an organisation's name without the name
#: (``منظمة`` of ``منظمة «أطباء بلا حدود»``), and the nouns of unnamed sources and officials
#: (``مصادر``, ``مسؤولون``), indefinite and definite. Alone such a word names no one: ANERcorp tags
#: them ``O`` alone (``الحكومة`` ×121, ``مصادر`` ×39, ``مصدر`` ×31, ``المنظمة`` ×18; ``B-ORG`` only as the
#: head of a longer name). Left out: ``الاتحاد`` (a club's name in sports news: Al-Ittihad),
#: ``الكونغرس`` (one body, tagged ``B-ORG`` alone). New user nu33: ``مصادر`` was a registry
#: organisation, and 80 quotations of unnamed sources pointed to it.
GENERIC_NOUNS = frozenset(
    k
    for w in (
        "منظمة هيئة وزارة مؤسسة شركة جمعية لجنة وكالة مجلس حكومة جامعة حركة حزب جبهة تنظيم مصرف بنك "
        "صندوق محكمة مفوضية قوات جيش شرطة برلمان أمم سلطة سلطات منظمات هيئات شركات وزارات مؤسسات "
        "جمعيات لجان وكالات مجالس حكومات أحزاب حركات جامعات مصادر مصدر جهة جهات أوساط دوائر مسؤول "
        "مسؤولون مسؤولين مسئول مسئولون مسئولين مراقبون مراقبين محللون محللين خبراء مراكز مركز معهد"
    ).split()
    for k in (name_key(w), name_key("ال" + w))
)
#: One-word month names, Hijri and Gregorian (the forms of :data:`marsad.layout.rules.HIJRI_MONTHS`
#: and :data:`marsad.layout.rules.GREGORIAN_MONTHS`), as name keys (rule 16).
MONTH_NAMES = frozenset(
    name_key(m) for m in (*HIJRI_MONTHS.split("|"), *GREGORIAN_MONTHS.split("|")) if " " not in m
)
#: Words right before a month name in a date (rule 16): ``شهر``, ``مطلع``, ``منتصف``, ``أواخر``…
MONTH_BEFORE = _keys("شهر شهري الشهر مطلع منتصف أواخر أوائل نهاية بداية مستهل غرة")
#: Words right after a month name in a date (rule 16): ``الماضي``, ``المقبل``…
MONTH_AFTER = _keys("الماضي المقبل المنصرم الجاري القادم الحالي المنقضي")
_DATE_PUNCT = frozenset("()/-،,")
#: Head words of a studio name inside a mention (rule 11): ``ستديو غيبلي``, ``استوديو ديزني``.
STUDIO_HEADS = _keys("ستوديو ستديو استوديو استديو أستوديو ستوديوهات استوديوهات")
#: Function words compared with hamza as written (after harakat/tatweel removal): equal to a name
#: only under hamza folding (``أمام`` ~ ``إمام``, ``إلا`` ~ ``الا``), never names themselves.
HAMZA_FUNCTION_WORDS = frozenset(
    "أمام إثر أثناء إزاء إلا أما إما أي أين أيضا أيضاً أنه إنه أنها إنها أنهم إنهم إذ إذا أن إن أو "
    "إلى لأن كأن لكن أكثر أقل أمس".split()
)
#: Ordinal numbers (masculine, feminine) alone: regnal numbers and adjectives, never a short name.
ORDINALS = _keys(
    "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة "
    "السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الحادي الأخير الأخيرة"
)
#: Divine names that form ``عبد``-names (``عبد العزيز``, ``عبد الرحمن``): alone they are no name.
DIVINE_NAMES = _keys(
    "العزيز الرحمن الرحيم الكريم الحميد المجيد اللطيف الحليم الغفور الستار القادر الوهاب الرزاق "
    "الباري الجبار المنعم الغني العظيم الرؤوف الودود القدوس الخالق القيوم الصمد الباسط المعطي الفتاح"
)
#: Head nouns of institutions and places named after people (construct state, indefinite):
#: ``جسر الملك فهد``, ``جامعة الملك عبدالعزيز``, ``مطار الملك خالد``, ``مستشفى الملك فهد``.
INSTITUTION_HEADS = _keys(
    "جسر جامعة معهد مطار شارع طريق مستشفى مدينة مجمع ملعب استاد ستاد كلية مدرسة مسجد جامع ميدان "
    "برج مكتبة متحف كأس جائزة قاعدة ميناء مركز مؤسسة قاعة سد حي مستوصف كرسي مدارس جوائز بطولة "
    "مسرح متنزه منتزه حديقة حدائق ساحة نفق كورنيش قصر صالة واحة محطة منطقة"
)
#: Common nouns of things that the tagger takes for persons (rule 12): devices and media, weapons,
#: vehicles, brand product lines (Arabic news spelling; with and without the article, singular and
#: plural). Alone they are common nouns; before a name they head a product or weapon name.
THING_HEADS = _keys(
    "راديو الراديو إذاعة تلفزيون التلفزيون تلفاز التلفاز هاتف الهاتف هواتف جوال الجوال حاسوب "
    "كمبيوتر الكمبيوتر لابتوب "
    "صاروخ الصاروخ صواريخ الصواريخ منظومة المنظومة منظومات قنبلة قنابل مدفع مدافع دبابة دبابات "
    "طائرة الطائرة طائرات الطائرات مقاتلة مقاتلات المقاتلات مروحية مروحيات درون سيارة سيارات "
    "غواصة غواصات فرقاطة بارجة حاملة"
)
#: Product lines named in news (brand model names: ``آيفون``, ``آيباد``, ``غالاكسي``): a person or
#: place mention that starts with one is a product, MISC (``آيفون SE`` tagged PER; rule 12).
PRODUCT_LINES = _keys("آيفون ايفون أيفون آيباد ايباد أيباد جالاكسي غالاكسي بلايستيشن إكسبوكس")
#: The media nouns of :data:`THING_HEADS`: before a name they head a station's name (``راديو سوا``,
#: ``إذاعة مونت كارلو``), an organisation.
MEDIA_HEADS = _keys("راديو الراديو إذاعة تلفزيون التلفزيون تلفاز التلفاز")
#: Blessings written after a person's name (rule 13; normalized): ``سعود رحمه الله``, ``الملك حفظه
#: الله``: such a word ends the name.
BLESSING_WORDS = _keys("رحمه رحمها رحمهم يرحمه يرحمها حفظه حفظها حفظهم رعاه أيده جزاه جزاهم")
#: Words that open a religious formula (rule 13; normalized): ``سبحان الله``, ``بسم الله``, ``إن شاء
#: الله``, and the blessings; ``الحمد`` only before ``لله`` (``الحمد لله``: ``رامي الحمد الله`` is a
#: name). The same words as :data:`marsad.entities.stage.RELIGIOUS_FORMULA_WORDS` that may open a mention.
FORMULA_WORDS = BLESSING_WORDS | _keys(
    "سبحان بسم وبسم شاء ماشاء إنشاء حسبنا توكلنا أستغفر استغفر تبارك لله ولله والله"
)
_HAMD = _keys("الحمد والحمد")
_LILLAH = _keys("لله ولله")
#: Lower-case English function words (rule 14): in a person mention they show a run of English text.
ENGLISH_FUNCTION_WORDS = frozenset(
    "is are was were be been has have had will would can could should the and or of to in on at for "
    "with from by as that this these those it its not but if".split()
)
#: Head nouns before a company name (``شركة لوكهيد مارتن``, ``شركتي بوينغ``).
COMPANY_HEADS = _keys("شركة الشركة شركتي شركتا شركات الشركات مجموعة المجموعة")
_TITLE_KEYS = frozenset(name_key(t) for t in PERSON_TITLES) | _keys("ملك أمير شيخ سلطان خادم الحرمين الشريفين")


def _stems(raw: str) -> tuple[str, ...]:
    """The word and its proclitic splits, normalized, never without the article: a construct-state
    head is indefinite (``جامعة الملك``), ``القاعدة`` in ``تنظيم القاعدة أسامة بن لادن`` is none."""
    w = name_key(raw)
    return (w, *(s for _, s in proclitic_splits(w)))


def _in_list(key: str, words: frozenset[str]) -> bool:
    """Is the normalized word ``key``, as it is or without a proclitic (:func:`stem_with_article`:
    ``بالإيدز``, ``والكوليرا``), in ``words``? (``فولت`` is no ``ف`` + ``ولت``: the whole word counts.)"""
    return key in words or stem_with_article(key) in words


def _is_nisba(key: str) -> bool:
    """A nisba adjective, normalized (``السعودي``, ``كويتي``, ``الأمريكية``)."""
    return len(key) > 3 and (key.endswith("ي") or key.endswith("يه"))


def _is_currency(toks: list[str]) -> bool:
    """Rule 1 on the normalized words of a mention (the article and ``و``/``ب``/``ل``+``ال`` allowed
    on the unit; no other clitic split: ``كين`` is no ``ك`` + ``ين``)."""
    if not toks:
        return False
    head = stem_with_article(toks[0])
    if head not in CURRENCY_UNITS and head.removeprefix("ال") not in CURRENCY_UNITS:
        return False
    return all(_is_nisba(t) for t in toks[1:])


_ALLAH_KEY = name_key("الله")


def is_common_entity(name: str, type: str) -> bool:
    """Is the stored entity ``name`` of ``type`` a word every article may name that is no news
    actor: a currency (rule 1: ``دولار``, ``يورو``, ``ريال سعودي``) or God (``الله``, MISC)? Such
    entities stay in the store (ANERcorp tags them MISC; ``marsad eval ner`` and search count them)
    but are left out of the default ``marsad entities`` listing (``--all`` shows them): in the
    eleventh new-user report (nu22, item 4) ``دولار`` (35 of 301 articles), ``يورو`` and ``الله``
    led the top 20. See docs/entities.md."""
    if type != "MISC" or not name:
        return False
    toks = name_key(name).split()
    return toks == [_ALLAH_KEY] or _is_currency(toks)


def currency_name(text: str) -> str:
    """The entity name of a currency mention (rule 1): the unit in its bare singular form, then
    its adjectives without the article (``الدولار الأمريكي`` → ``دولار أمريكي``; ``دولارات``,
    ``الدولار`` → ``دولار``), so the forms of one currency are one entity."""
    toks = clean_name(text).split()
    if not toks:
        return text
    head = stem_with_article(toks[0]).removeprefix("ال")
    head = CURRENCY_LEMMAS.get(name_key(head), head)
    return " ".join([head, *(t.removeprefix("ال") for t in toks[1:])])


#: The function words of :data:`HAMZA_FUNCTION_WORDS` that start with a hamza seat, written with a
#: bare alef (``امام``, ``اثناء``, ``الى``): news text often drops the hamza of the preposition
#: ``أمام`` ("in front of"), and ``امام`` alone was still counted as ``عادل إمام`` (third-user
#: finding). The name written with its hamza (``إمام``) stays a name.
BARE_ALEF_FUNCTION_WORDS = frozenset(
    "ا" + w[1:] for w in HAMZA_FUNCTION_WORDS if w[:1] in "أإ" and len(w) > 2
)


def _is_function_word(written: str) -> bool:
    """Rule 2 on a one-word mention as written (harakat off): a function word with its hamza
    (``أمام``) or with a bare alef (``امام``), alone or after the conjunction ``و``/``ف``."""
    for w in (written, written[1:] if written[:1] in "وف" and len(written) > 3 else ""):
        if w in HAMZA_FUNCTION_WORDS or w in BARE_ALEF_FUNCTION_WORDS:
            return True
    return False


def _one_word_non_name(c: Cand) -> bool:
    """Rules 2–4 for a one-word mention ``c`` (hamza function word, ordinal, divine name alone)."""
    written = clean_name(c.text)
    if _is_function_word(written):
        return True
    k = name_key(written)
    return k in ORDINALS or k in DIVINE_NAMES


def _after_institution_head(sent, c: Cand) -> bool:
    """Rule 5: is the one-word person mention ``c`` a titled name right after an institution head
    (``جسر الملك فهد``; the title may open the mention: ``جامعة [الملك عبدالعزيز]``)? A full name
    (``مؤسسة الشيخ عيد بن محمد آل ثاني``) or a name with no title (``مؤسسة جيتس``) still names the
    person (ANERcorp tags those PER)."""
    words = [name_key(sent[k][2]) for k in range(c.tok_first, c.tok_end)]
    while len(words) > 1 and words[-1].startswith("ال") and _is_nisba(words[-1]):
        words.pop()  # 'مطار الملك خالد الدولي': the adjective belongs to the airport
    for k in range(len(words) - 2, -1, -1):  # 'عبد الله' is one given name
        if words[k] == _ABD:
            words[k : k + 2] = [words[k] + words[k + 1]]
    titled = 0
    while titled < len(words) - 1 and words[titled] in _TITLE_KEYS:
        titled += 1
    if len(words) - titled != 1:
        return False
    p = c.tok_first
    while p > 0 and name_key(sent[p - 1][2]) in _TITLE_KEYS:
        p -= 1
    if p == 0 or (titled == 0 and p == c.tok_first):
        return False
    return any(s in INSTITUTION_HEADS for s in _stems(sent[p - 1][2]))


#: Indefinite title nouns that head a construct with a place or body (``بابا الفاتيكان``, ``ملك
#: الأردن``, ``أمير الكويت``, ``رئيس فرنسا``): such a phrase is a role or description, no name.
TITLE_HEADS = _keys("بابا ملك ملكة أمير أميرة سلطان شيخ رئيس رئيسة وزير وزيرة سفير حاكم ولي إمبراطور مفتي")


def _is_title_of_place(toks: list[str], gaz) -> bool:
    """Rule 8 on the normalized words of a person mention: an indefinite title noun (optionally
    after ``و``/``ف``) followed only by places or bodies of the gazetteer or the curated list
    (``بابا الفاتيكان``, ``وملك الأردن``)."""
    if len(toks) < 2:
        return False
    head = toks[0][1:] if toks[0][:1] in "وف" and toks[0][1:] in TITLE_HEADS else toks[0]
    if head not in TITLE_HEADS:
        return False
    for t in toks[1:]:
        hit = alias_table().get(t)
        if not (gaz.token_types(t) & {"LOC", "ORG"}) and not (hit and hit[1] in ("LOC", "ORG")):
            return False
    return True


def _after_company_head(sent, c: Cand) -> bool:
    """Rule 6: is ``c`` written right after an indefinite company head (``شركة لوكهيد مارتن``) or
    after a definite one and a nisba adjective (``الشركة الأمريكية لوكهيد مارتن``)? A definite head
    right before a name is no construct (``مدير الموارد البشرية بالشركة هورست نيومان``)."""
    p, nisba = c.tok_first, False
    while p > 0:
        k = name_key(sent[p - 1][2])
        if k.startswith("ال") and _is_nisba(k):
            p, nisba = p - 1, True
            continue
        break
    if p == 0:
        return False
    stems = _stems(sent[p - 1][2])
    if any(s in COMPANY_HEADS for s in stems if not s.startswith("ال")):
        return not nisba
    return nisba and any(s in COMPANY_HEADS for s in stems)


def apply_rules(sents, cands: list[Cand], gaz) -> list[Cand]:
    """Apply rules 1–17 of the module doc to the candidate mentions of one article.

    ``sents``: the article's sentences as lists of ``(start, end, raw token)``; ``gaz``: the
    gazetteer (``token_types(word) -> set of types``). Returns the kept candidates; re-typed and
    trimmed ones are changed in place (``type``; ``end``/``text``/``surface``/``tok_end``)."""
    out: list[Cand] = []
    company_ends: set[tuple[int, int]] = set()
    for c in cands:
        if c.nominal:
            out.append(c)
            continue
        if c.type in ("PER", "LOC") and _is_product(sents[c.sent], c):
            c.type = "MISC"
            out.append(c)
            continue
        if c.type == "PER":
            verdict = _thing_or_formula(sents[c.sent], c)
            if verdict == "drop":
                continue
            if verdict in ("MISC", "ORG"):
                c.type = verdict
                out.append(c)
                continue
        toks = name_key(c.text).split()
        if _is_currency(toks):
            c.type = "MISC"
            c.name = currency_name(c.text)
            out.append(c)
            continue
        if len(toks) == 1 and (_one_word_non_name(c) or _in_list(toks[0], GENERIC_NOUNS)):
            continue
        if len(toks) == 1 and _in_list(toks[0], MONTH_NAMES) and _in_date(sents[c.sent], c):
            continue
        if toks and all(_in_list(t, MEASURE_UNITS) for t in toks):
            continue
        if len(toks) == 1 and _in_list(toks[0], DISEASES):
            c.type = "MISC"
            out.append(c)
            continue
        if len(toks) > 1 and c.type in ("PER", "LOC") and _in_list(toks[0], STUDIO_HEADS):
            c.type = "ORG"
            out.append(c)
            continue
        sent = sents[c.sent]
        if c.type == "PER":
            if _is_nasab_fragment(toks):
                continue
            if _is_title_of_place(toks, gaz):
                continue
            if c.tok_end - c.tok_first > 1:  # rule 7 first: 'فهد بجدة' → 'فهد', then rule 5
                _trim_trailing_place(sent, c, gaz)
            if _after_institution_head(sent, c):
                continue
            coordinated = c.surface[:1] == "و" and (c.sent, c.tok_first) in company_ends
            if coordinated or _after_company_head(sent, c):
                c.type = "ORG"
                company_ends.add((c.sent, c.tok_end))
                out.append(c)
                continue
        out.append(c)
    return out


def _in_date(sent, c: Cand) -> bool:
    """Rule 16: is the one-word mention ``c`` (a month name) written as a date? Yes when a number,
    another month name, a bracket or slash after a month (``أبريل (نيسان)``, ``تموز/يوليو``) or a
    :data:`MONTH_BEFORE` word comes right before it, or a number, a :data:`MONTH_AFTER` word or a
    bracket before a month right after it (``نيسان 2014``, ``رمضان المقبل``, ``نيسان (أبريل)``)."""

    def key(k: int) -> str:
        return name_key(sent[k][2]) if 0 <= k < len(sent) else ""

    def number(k: int) -> bool:
        return 0 <= k < len(sent) and any(ch.isdigit() for ch in sent[k][2])

    p, n = c.tok_first - 1, c.tok_end
    if number(p) or number(n) or _in_list(key(p), MONTH_NAMES) or _in_list(key(p), MONTH_BEFORE):
        return True
    if key(p) in _DATE_PUNCT and (_in_list(key(p - 1), MONTH_NAMES) or number(p - 1)):
        return True
    return key(n) in MONTH_AFTER or (
        key(n) in _DATE_PUNCT and (number(n + 1) or _in_list(key(n + 1), MONTH_NAMES))
    )


_BIN = name_key("بن")
_AL_FAMILY = name_key("آل")


def _is_nasab_fragment(toks: list[str]) -> bool:
    """Rule 17: are the name key words ``toks`` of a person mention a nasab without its given name
    (``بن عبدالعزيز``, ``بن عبد الله الثنيان``, ``بن محمد العقيلي``)? Yes when the first word is
    ``بن`` and the next one is an ``عبد`` name (a father's name: ``عبد العزيز``, ``عبدالله``), or
    three words or more follow it and the last one is a family name with the article or after ``آل``.
    A family name made with ``بن`` stays (``بن لادن``, ``بن علي``, ``بن علي يلدريم``), and so does
    ``ابن`` (``ابن خلدون``, ``ابن تيمية``: classical names)."""
    if len(toks) < 2 or toks[0] != _BIN:
        return False
    if toks[1].startswith(_ABD):
        return True
    return len(toks) >= 3 and ((toks[-1].startswith("ال") and len(toks[-1]) > 3) or _AL_FAMILY in toks[2:])


def _is_product(sent, c: Cand) -> bool:
    """Rule 12, product lines: does the mention ``c`` start with a word of :data:`PRODUCT_LINES`
    (proclitics allowed: ``بآيفون``)?"""
    raw = sent[c.tok_first][2]
    return bool({name_key(raw), *_stems(raw)} & PRODUCT_LINES)


def _thing_or_formula(sent, c: Cand) -> str:
    """Rules 12–14 for a person mention ``c`` of the sentence ``sent`` (``(start, end, raw)``
    tokens): ``"drop"`` (a common noun alone, a formula, English prose), ``"MISC"`` (a thing noun
    before a name: ``صواريخ باتريوت``) or ``"ORG"`` (a media noun before a name: ``إذاعة مونت
    كارلو``), else ``""``; a formula word after the first word trims the
    mention in place (``سعود رحمه الله`` → ``سعود``)."""
    raws = [clean_name(sent[k][2]) for k in range(c.tok_first, c.tok_end)]
    if any(r in ENGLISH_FUNCTION_WORDS for r in raws):
        return "drop"
    keys = [name_key(r) for r in raws]
    if not keys:
        return ""
    heads = {keys[0], stem_with_article(keys[0]), *_stems(raws[0])}
    if heads & THING_HEADS:
        return "drop" if len(keys) == 1 else "ORG" if heads & MEDIA_HEADS else "MISC"
    if keys[0] in FORMULA_WORDS or all(k in DIVINE_NAMES or stem_with_article(k) in DIVINE_NAMES for k in keys):
        return "drop"
    if keys[0] in _HAMD and len(keys) > 1 and keys[1] in _LILLAH:
        return "drop"
    for n in range(1, len(keys)):
        if keys[n] in BLESSING_WORDS:
            _cut_at(sent, c, c.tok_first + n)
            break
    return ""


def _cut_at(sent, c: Cand, tok: int) -> None:
    """End the mention ``c`` before its token ``tok`` (``end``/``text``/``surface``/``tok_end``)."""
    prev = sent[tok - 1]
    cut = c.end - prev[1]
    c.end, c.tok_end = prev[1], tok
    c.text = c.text[: len(c.text) - cut]
    c.surface = c.surface[: len(c.surface) - cut]


def _trim_trailing_place(sent, c: Cand, gaz) -> None:
    """Rule 7: cut ``ل``/``ب`` + a gazetteer place off the end of a person mention."""
    last = sent[c.tok_end - 1]
    raw = clean_name(last[2])
    if raw[:1] not in "لب" or len(raw) < 4:
        return
    stem = name_key(raw[1:])
    curated = alias_table().get(stem)
    if not (curated and curated[1] == "LOC") and not gaz.token_types(stem) & {"LOC"}:
        return
    prev = sent[c.tok_end - 2]
    c.end, c.tok_end = prev[1], c.tok_end - 1
    text_len = c.end - c.start
    c.text = c.text[:text_len]
    c.surface = c.surface[: len(c.surface) - (last[1] - prev[1])]
