"""Rule tables of the layout stage: data, not code.

Every list here was read off real records of the corpora Marsad is built on (counts are from
``../shared/corpora``):

* ``AUTHOR`` of ANT v2.1 (Chouigui et al., AICCSA 2017): Al Arabiya writes ``دبي - العربية.نت``,
  ``القاهرة - أحمد الريدي``, ``لندن - رويترز``, ``العربية.نت - إسلام سيف`` or a UUID; France 24
  writes ``فرانس 24`` or a person; Sky News Arabia always ``أبوظبي - سكاي نيوز عربية``; BBC and CNN
  leave it empty (CNN puts ``دبي، الإمارات العربية المتحدة (CNN)--`` at the start of the text);
* ``author`` of SaudiNewsNet (14 Saudi newspapers, 2015): ``سبق- أبها:``, ``واس (الرياض)``,
  ``عادل الخنين من الرياض``, ``بغداد: حمزة مصطفى``, ``لندن - الرياضية | Tuesday, 11 August 2015``;
  the Saudi Press Agency (``was``) opens its content with
  ``بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`` and closes it with ``// انتهى //``.

Names are compared after :func:`fold` (alef forms, taa marbuta, alef maqsura, tatweel and
harakat folded), so one entry covers ``الإمارات``/``الامارات``.
"""

from __future__ import annotations

import re

from marsad.text.normalize import LETTER_FOLDS
from marsad.text.scan import compiled_translation

# --- folding used for table look-ups ------------------------------------------------------------
_FOLD_TABLE = str.maketrans(
    {
        **LETTER_FOLDS,
        "ـ": None,  # tatweel
        "\u00a0": " ",
        "\u200c": None,
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
        # other invisible format characters: zero-width space, BiDi embeddings/overrides/isolates,
        # word joiner, BOM (SaudiNewsNet ``author`` "\u200f\u202bالرياض - فهد اللويحق", "جدة\u200b": the
        # place was an unknown word; task fix33)
        "\u200b": None,
        **{chr(c): None for c in range(0x202A, 0x202F)},
        "\u2060": None,
        **{chr(c): None for c in range(0x2066, 0x206A)},
        "\ufeff": None,
        **{chr(c): None for c in range(0x064B, 0x0660)},  # harakat, shadda, sukun, tanween
        "\u0670": None,  # superscript alef
    }
)


#: ``str.translate`` by :data:`_FOLD_TABLE` in one compiled pass (:mod:`marsad._speedups.scan`; the
#: same result: ``str.translate`` is one pass too, and no value of the table is a key), or ``None``.
_FOLD_TRANSLATE = compiled_translation(dict(_FOLD_TABLE))


def fold(s: str) -> str:
    """Fold ``s`` for rule-table look-ups: alef forms → ا, ى → ي, ة → ه, tatweel/harakat/ZWNJ
    deleted, whitespace collapsed. (The project-wide search key is
    :func:`marsad.text.normalize.search_key`; this local fold keeps the tables independent of it.)"""
    if _FOLD_TRANSLATE is not None:
        return " ".join(_FOLD_TRANSLATE(s).split())
    return " ".join(s.translate(_FOLD_TABLE).split())


def _folded(names: str) -> frozenset[str]:
    return frozenset(fold(n) for n in names.split("|") if n.strip())


#: News agencies, outlets and generic credits ("agencies", "follow-up") that appear as the source
#: part of a dateline. Outlets of the corpora included (العربية.نت, سكاي نيوز عربية, سبق, الوئام …).
AGENCIES: frozenset[str] = _folded(
    "رويترز|د ب أ|د.ب.أ|د. ب. أ|د ب ا|أ ف ب|ا ف ب|أ. ف. ب|أ. ف. ب.|أ.ف.ب|ا.ف.ب|فرانس برس|"
    "الفرنسية|وكالة الأنباء الفرنسية|أسوشيتد برس|أسوشيتدبرس|اسوشيتد برس|يو بي آي|يو بي اي|"
    # spellings of the Associated Press in ANT v2.1 AUTHOR fields (8 and 1 lines; task trail23)
    "أسوشييتد برس|الأسوشيتد برس|"
    "الأناضول|سبوتنيك|شينخوا|كونا|وام|واس|بترا|سانا|قنا|بنا|العمانية|الأناضول|إرنا|"
    # رويتر: the older Arabic spelling of Reuters, الألمانية: dpa as الفرنسية is AFP (SaudiNewsNet author
    # fields, each a place before; task fix33)
    "رويتر|الألمانية|"
    "وكالات|الوكالات|وكالة|متابعات|متابعة|عواصم|مراسلون|"
    "العربية.نت|العربية نت|العربية|قناة العربية|الحدث|البوابة العربية للأخبار التقنية|"
    "البواية العربية للأخبار التقنية|سكاي نيوز عربية|سكاي نيوز|فرانس 24|فرانس24|FRANCE24|"
    "France 24|CNN|CNN بالعربية|بي بي سي|BBC|الجزيرة|مكتب الجزيرة|الجزيرة نت|"
    "الشرق الأوسط|الشرق الأوسط أونلاين|{الشرق الأوسط}|الاقتصادية|الاقتصادية الإلكترونية|"
    "الرياض|الرياض الإلكتروني|الرياض الالكتروني|الوئام|سبق|عكاظ|الوطن|اليوم|المدينة|"
    "الرياضي|الرياضية|عين اليوم|المحليات|الجزيرة - المحليات|صحيفة سبق|صحيفة الوئام|"
    # an outlet's name cut at its guillemets or after a dash (SaudiNewsNet author fields:
    # ``القاهرة: «الشرق الأوسط» أونلاين`` ×3, ``اسطنبول - الوئام - سكاي`` ×3 were read as places; fix34)
    "أونلاين|اونلاين|سكاي"
)

#: Places seen as the city part of datelines in the corpora (Saudi cities and regions, Arab and
#: world capitals, frequent foreign cities and countries). ``الرياض``/``المدينة``/``اليوم`` are
#: both places and outlets: the classifier tries places first only where a place is expected.
PLACES: frozenset[str] = _folded(
    # Saudi Arabia
    "الرياض|جدة|الدمام|مكة|مكة المكرمة|العاصمة المقدسة|المدينة المنورة|المدينة|الطائف|أبها|"
    "الأحساء|الاحساء|الباحة|جازان|جيزان|بريدة|نجران|تبوك|حائل|الخبر|ينبع|الجوف|القطيف|عسير|"
    "حفر الباطن|حفرالباطن|عرعر|الرس|المجمعة|عنيزة|الخرج|القريات|بيشة|الزلفي|الجبيل|"
    "وادي الدواسر|السيح|أملج|الدوادمي|عفيف|القصيم|الخرمة|القنفذة|سكاكا|رفحاء|الظهران|"
    "خميس مشيط|محايل عسير|صبيا|ظهران الجنوب|شرورة|الليث|رابغ|الوجه|ضباء|طبرجل|المذنب|"
    "البكيرية|شقراء|الأفلاج|القويعية|رنية|تربة|بلجرشي|المخواة|النماص|سراة عبيدة|المنطقة الشرقية|"
    # Gulf, Arab world
    "دبي|أبوظبي|أبو ظبي|الشارقة|عجمان|الفجيرة|رأس الخيمة|الدوحة|الكويت|المنامة|مسقط|"
    "القاهرة|الإسكندرية|الجيزة|بيروت|دمشق|حلب|عمان|عمّان|بغداد|البصرة|أربيل|الموصل|"
    "صنعاء|عدن|المكلا|تعز|الحديدة|مأرب|اليمن|الخرطوم|طرابلس|بنغازي|تونس|الجزائر|الرباط|"
    "الدار البيضاء|طنجة|مراكش|نواكشوط|مقديشو|جيبوتي|القدس|القدس المحتلة|رام الله|غزة|"
    "الخليل|نابلس|جنين|بيت لحم|تل أبيب|حيفا|الناصرة|عدن|إدلب|درعا|الرقة|دير الزور|حمص|"
    "سوريا|العراق|مصر|لبنان|الأردن|السعودية|الإمارات|البحرين|قطر|عمان|ليبيا|السودان|المغرب|"
    "فلسطين|الأمم المتحدة|"
    # world
    "لندن|باريس|برلين|موسكو|واشنطن|نيويورك|مدريد|برشلونة|روما|ميلانو|بروكسل|جنيف|فيينا|"
    "زيوريخ|زوريخ|ميونخ|ميونيخ|فرانكفورت|أمستردام|لشبونة|أثينا|ستوكهولم|أوسلو|كوبنهاغن|"
    "هلسنكي|وارسو|براغ|بودابست|كييف|مينسك|سان بطرسبرج|سان بطرسبورغ|سوتشي|كازان|"
    "إسطنبول|اسطنبول|أنقرة|انقرة|طهران|كابول|كابل|إسلام آباد|نيودلهي|مومباي|بكين|شنغهاي|"
    "هونغ كونغ|طوكيو|سيول|سول|بيونغ يانغ|مانيلا|جاكرتا|كوالالمبور|سنغافورة|بانكوك|سيدني|"
    "ملبورن|نيروبي|أديس أبابا|لاغوس|جوهانسبرغ|كيب تاون|لوس أنجلوس|لوس أنجليس|سان فرانسيسكو|"
    "شيكاغو|ميامي|هيوستن|بوسطن|أوتاوا|تورونتو|مونتريال|مكسيكو|ريو دي جانيرو|ساو باولو|"
    "بوينس آيرس|سانتياغو|ليما|بوغوتا|كراكاس|هافانا|مانشستر|ليفربول|نيقوسيا|كاليفورنيا|"
    "ألمانيا|روسيا|فرنسا|بريطانيا|الولايات المتحدة|إيطاليا|إسبانيا|تركيا|إيران|الصين|اليابان|"
    "الهند|باكستان|أفغانستان|ستراسبورغ|لاهاي|دافوس|بيونس آيرس|سراييفو|بلغراد|"
    "بوخارست|صوفيا|ريغا|تالين|فيلنيوس|دبلن|إدنبرة|غلاسكو|بورتو|فالنسيا|إشبيلية|تورينو|نابولي|"
    "مرسيليا|ليون|نيس|موناكو|هامبورغ|دورتموند|كولونيا|بون|ليبزيغ|لوزان|بازل|"
    "سانت بطرسبرغ|يكاترينبورغ|فولغوغراد|سمارا|روستوف|كالينينغراد|نيجني نوفغورود|سارانسك"
)

#: Words that mark a *role* rather than a name in credit lines (``كتب``, ``تصوير``, ``إعداد``).
CREDIT_ROLES: frozenset[str] = _folded("بقلم|كتب|كتبت|تصوير|إعداد|اعداد|تحقيق|حوار|حاوره|تقرير|ترجمة|متابعة")

#: Generic words a credit field holds instead of a name or a place, read off the SaudiNewsNet
#: ``author`` fields (31,030 articles; task fix33): a column or genre label (``تحليل - وليد …``,
#: ``إضاءة - نايف الحمري``, ``قراءة: سعيد بوكرامي``), a stand-in for the writer (``مراسلنا``,
#: ``المحرر``, a reader's comment ``(زائر)`` ×54), how the interview was made (``هاتفيا``), or a
#: weekday (``واس - الجمعة``). Each was an unknown single word, so a place: the dateline
#: ``زائر``, ``تحليل``, ``مراسلنا`` (a JSON-LD author; new-user report nu32). A credit of such words
#: alone is a byline (:func:`marsad.layout.dateline._dateline_and_byline`); next to a name or a
#: place they are left out of both, as role words are. Only the credit parser reads this table
#: (not the byline lines found in a text, which :data:`CREDIT_ROLES` opens).
CREDIT_LABELS: frozenset[str] = _folded(
    "مراسلنا|مراسلتنا|مراسل|المراسل|مراسلو|محرر|المحرر|محررة|تحرير|التحرير|هيئة التحرير|فريق التحرير|"
    "زائر|زائرة|الزائر|هاتفيا|هاتفياً|هاتفيًا|خاص|حصري|إضاءة|تحليل|قراءة|استطلاع|عرض|شعر|نص|قصة|"
    "رواية|الترجمة|تأليف|كتابة|فن|الفن|تغطية|عدسة|رصد|رؤية|مقاربة|لقاء|حاورها|حاورهم|سأله|"
    "كاريكاتير|المنوعات|الثقافية|اختيار|إنترنت|بواسطة|المحترم|المؤلف|الأديب|الشاعر|الشاعرة|المحامي|"
    "السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"
)

# --- dates inside datelines (Saudi Press Agency: 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م) -----
#: Hijri (Umm al-Qura) month names as written in Saudi datelines.
HIJRI_MONTHS = (
    "محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الاخر|ربيع الثاني|جمادى الأولى|جمادى الاولى|"
    "جمادى الآخرة|جمادى الاخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|"
    "ذو الحجة|ذي الحجة"
)
#: Gregorian month names: Levantine/Iraqi, Egyptian/Gulf and Maghrebi forms (Jawhara FM).
GREGORIAN_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|أغسطس|"
    "سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|"
    "أيلول|تشرين الأول|تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول|جانفي|فيفري|أفريل|"
    "افريل|ماي|جوان|جويلية|أوت|اوت"
)
WEEKDAYS = "السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة"

# --- trailers: closing lines that are not prose --------------------------------------------------
#: Whole-line trailer patterns (compiled with ``re.fullmatch`` semantics over the stripped line).
TRAILER_LINE_PATTERNS: tuple[str, ...] = (
    r"/{1,2}\s*(?:انتهى|يتبع)\s*/{1,2}",  # Saudi Press Agency: // انتهى //, // يتبع //
    r"[-–(]?\s*انتهى\s*[-–)]?\.?",  # انتهى, -انتهى-, (انتهى)
    r"[0-9٠-٩]{1,2}:[0-9٠-٩]{2}\s*(?:ت\s*م|ت\.م|ت غ|ج م ت|GMT)\.?",  # SPA send time: 20:26 ت م
    r"\(\s*(?:رويترز|أ\s*ف\s*ب|ا\s*ف\s*ب|د\s*ب\s*أ|واس|وام|كونا|الأناضول|فرانس برس|يو بي آي)\s*\)\.?",
    r"(?:المصدر|مصدر|المصادر|نقلا عن|نقلاً عن|عن)\s*[:：]\s*.{1,80}",  # source credit
    r"\*+\s*(?:نقلا|نقلاً) عن .{1,80}",  # *نقلا عن الرياضية السعودية (Al Arabiya columns)
    r"\*+\s*(?:جميع المقالات المنشورة|حقوق النشر).{0,120}",  # Al Arabiya disclaimers
    r"\*?\s*(?:خدمة|بالاتفاق مع)\s*«[^»]{1,40}»\.?",  # Asharq al-Awsat syndication
    r"فرانس\s*24\s*/.{0,40}",  # France 24: فرانس24/ أ ف ب
    r"(?:لمتابعة|لمشاهدة)[^.]{0,80}اضغط هنا\W*",  # France 24: لمتابعة المباراة … اضغط هنا...
    r"يمكنكم (?:استلام|تسلم) إشعارات.{0,200}",  # BBC app promotion
    r"[\w.+-]+@[\w-]+\.[\w.]+",  # a bare e-mail address (columnists)
    r".{0,40}للتواصل مع الكاتب.{0,200}",  # Al Madina / Okaz SMS boilerplate
    r"(?:تابعوا|تابعونا|شاهد أيضا|اقرأ أيضا|اقرأ المزيد)\b.{0,120}",
)
#: Phrases after which the rest of a line is a trailer (Al Weeam appends
#: ``رابط الخبر بصحيفة الوئام: <title>`` to its last paragraph).
INLINE_TRAILER_PATTERNS: tuple[str, ...] = (
    r"رابط الخبر بصحيفة الوئام\s*:",
    r"/{1,2}\s*انتهى\s*/{1,2}",
)
#: A word every INLINE_TRAILER_PATTERNS entry contains literally: a line without any of them is not
#: searched (a regex search for the patterns tries every ``ر`` and ``/`` of the line).
INLINE_TRAILER_WORDS: tuple[str, ...] = ("الوئام", "انتهى")
#: Lines that are not prose anywhere in the text: related-story links, separators.
BOILERPLATE_LINE_PATTERNS: tuple[str, ...] = (
    r"(?:قد يهمك|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|شاهد أيضا|شاهد أيضاً|شاهد|اقرأ)\s*[|:].{0,200}",
    # France 24's related-story links ("for more: <title>"), between paragraphs or closing the
    # text: للمزيد: …, للمزيد - …, للمزيد، …, للمزيد.. … (327 ANT v2.1 France24 files). A
    # separator is required: "للمزيد من التفاصيل …" is prose.
    r"للمزيد\s*(?:[-–—:|،,]|\.{2,}|…)\s*.{1,200}",
    r"[-_=*~.•·]{3,}",  # ------------ separators
    # CNN Arabic's related-story links inside the text (new-user report nu22 item 1: tagged
    # ``subheading``, so another story's headline fed entities, quotes and search): a label, then
    # ``/``, ``..``, ``…``, ``|`` or ``:`` and the headline (often after a no-break space):
    # ``قد يهمك/ …``, ``قد يهمك أيضا: …``, ``إقرأ أيضا: …``, ``اقرأ.. …``, ``اقرأ المزيد... …``,
    # ``أيضاً.. …``, ``.. أيضا/ …``, ``شاهد.. …`` (a video's headline). ANT v2.1: 184 lines in 159
    # articles (CNN 179, BBC 3, France 24 2), all links; a comma after the label is prose
    # (``أيضا، …``), as is a label without a separator (``شاهد العالم …``).
    r"(?:\.{2,}\s*)?(?:قد\s+يهمك(?:\s+[أا]يضا[ًا]?)?|[اإأآ]قر[أا](?:\s+(?:[أا]يضا[ًا]?|المزيد))?|"
    r"شاهد(?:\s+[أا]يضا[ًا]?)?|[أا]يضا[ًا]?)\s*(?:[|:/]|\.{2,}|…)\s*\S.{0,200}",
)

#: Final punctuation: a paragraph ending with one of these is not a sub-heading.
FINAL_PUNCTUATION = ".!?؟…:;؛،,"
#: Closing marks looked through when checking for final punctuation.
CLOSING_MARKS = "\"'”’»)]}›"
#: Line starts that mark list items (not sub-headings).
LIST_ITEM_START = re.compile(r"[-–—•·*▪●◦]|[0-9٠-٩]{1,3}\s*[-.)]")

#: Field names of the readers mapped to layout roles (case-insensitive).
FIELD_ROLES: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "author": "author",
    "byline": "author",
    "time": "date",
    "date": "date",
    "date_extracted": "date",
    "published": "date",
    # the other date keys of JSON records (marsad.io.jsonrec.DATE_KEYS; eighth new-user report, #10)
    **dict.fromkeys(
        ("date_published", "datepublished", "published_at", "publishedat", "publication_date", "publish_date",
         "pubdate", "pub_date", "datetime", "datecreated", "date_created", "created_at", "createdat"),
        "date",
    ),
    "abstract": "abstract",
    "summary": "abstract",
    "description": "abstract",
    "text": "body",
    "content": "body",
    "body": "body",
}

#: A category prefix of Saudi Press Agency titles: ``عام / مهرجان تمور بريدة …``.
TITLE_CATEGORY_PREFIX = re.compile(r"\s*[^\s/]{2,12}\s/\s+")

# --- date labels: "نشر في: … آخر تحديث: …" lines ------------------------------------------------------
#: Labels that open a line giving when the article was published or last modified, with what each
#: says (``published`` | ``modified``): Al Arabiya's ``نشر في: 24 مارس ,2024: 09:30 ص بتوقيت مكة
#: المكرمة آخر تحديث: …``, ``تاريخ النشر:``, WordPress ``Published on`` / ``Last updated`` (fifth
#: new-user report, finding 7). Written plainly; matched with any hamza form of alef and harakat or
#: tatweel after any letter (:func:`date_label_pattern`). Labels in :data:`DATE_LABELS_NEED_COLON`
#: count only with a colon after them (``نشر: …``; ``نشر في …`` also before a digit).
DATE_LABELS: dict[str, str] = {
    "نشر في": "published",
    "نشر بتاريخ": "published",
    "نشر يوم": "published",
    "تاريخ النشر": "published",
    "تم النشر": "published",
    "تم النشر في": "published",
    "تاريخ نشر الخبر": "published",
    "نشر": "published",
    "published": "published",
    "published on": "published",
    "posted": "published",
    "posted on": "published",
    "آخر تحديث": "modified",
    "آخر تحديث في": "modified",
    "تاريخ التحديث": "modified",
    "تاريخ آخر تحديث": "modified",
    "تم التحديث": "modified",
    "تم التحديث في": "modified",
    "تحديث": "modified",
    "updated": "modified",
    "updated on": "modified",
    "last updated": "modified",
    "last modified": "modified",
    "modified": "modified",
}
#: Single-word labels that need a colon after them (else the word is prose: ``نشر الجيش …``).
DATE_LABELS_NEED_COLON = frozenset({"نشر", "تحديث", "published", "posted", "updated", "modified"})
_LABEL_LETTER_FORMS = {"ا": "[اأإآ]", "أ": "[اأإآ]", "آ": "[اأإآ]", "إ": "[اأإآ]", "ة": "[ةه]", "ي": "[يى]"}


def date_label_pattern(label: str) -> str:
    """A regex source matching ``label`` as written in news pages: each letter in any of its
    :data:`_LABEL_LETTER_FORMS` (hamza on alef or not), followed by optional harakat/tatweel
    (``نُشر``), a space as one or more spaces."""
    out = []
    for ch in label:
        if ch == " ":
            out.append(r"[ \t\u00a0]+")
        else:
            out.append(_LABEL_LETTER_FORMS.get(ch, re.escape(ch)) + "[\u064b-\u0652\u0640]*")
    return "".join(out)
