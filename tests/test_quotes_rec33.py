"""Known cues that yielded nothing (docs/quotes.md step 54c, rec33), on sentences shaped like the dev
misses, with the near misses that must stay as they are:

* ``نقل`` with its medium's own ``أن`` clause and no ``عن`` (held-out 12, 75): the verb opening its
  clause only, not the noun (``قرار نقل السفارة بأنه``), not ``لأن``, not a relay whose clause holds
  the inner cue (held-out 41);
* the ``ب`` complement of an addressed request with a doubled verb's masdar (``برد``, ``بسن``;
  held-out 40, 68), not ``ب`` + a pronoun or a function word;
* ``نبه`` with its addressee and ``إلى``/``ل`` (held-out 8, 76), not ``envoy to`` a place."""

from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str, str | None, str]]:
    """``(kind, cue, speaker, content)`` of every quote of ``text``."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.cue_text, q.speaker, a.text[q.start : q.end]) for q in a.quotes]


def test_a_medium_reports_its_own_clause_without_an():
    assert quotes_of("كما نقلت قناة سكاي نيوز، أن مدنيين أصيبوا نتيجة القصف على الجامع.") == [
        ("indirect", "نقلت", "قناة سكاي نيوز", "أن مدنيين أصيبوا نتيجة القصف على الجامع")
    ]
    assert quotes_of("نقلت وسائل إعلام أن كوريا الشمالية دمرت الموقع، وأنها دعت عددا من الصحافيين.") == [
        ("indirect", "نقلت", "وسائل إعلام", "أن كوريا الشمالية دمرت الموقع، وأنها دعت عددا من الصحافيين")
    ]
    # after the medium's time adverbs, as with a late عن
    assert quotes_of("ونقل التلفزيون الحكومي، الجمعة، أن الرئيس سيزور المدينة.") == [
        ("indirect", "ونقل", "التلفزيون الحكومي", "أن الرئيس سيزور المدينة")
    ]
    # عن still names the source
    assert [q[2] for q in quotes_of("ونقلت وكالة رويترز عن المتحدث أن الوضع مستقر.")] == ["المتحدث"]


def test_transport_the_noun_and_a_relay_stay_as_they_were():
    assert quotes_of("ونقلت الشرطة المصابين لأن المستشفى قريب.") == []
    assert quotes_of("ونقلت الشرطة الجثث إلى المستشفى.") == []
    # the noun نقل inside another verb's object is no cue of its own
    assert quotes_of("وتبرر السلطات قرار نقل السيادة بأن الجزيرتين تعودان إلى السعودية.") == []
    # a relay: the clause holds the inner speaker's cue, which keeps the statement
    got = quotes_of(
        "ونقلت فرانس برس أن ديمتري روغوزين، نائب وزير الدفاع الروسي، أوضح عبر موقع فيسبوك أن"
        " روسيا عملت على تطوير المقاتلة."
    )
    assert [(k, c, t) for k, c, _, t in got] == [("indirect", "أوضح", "أن روسيا عملت على تطوير المقاتلة")]


def test_a_doubled_verbs_masdar_after_the_addressee_of_a_request():
    assert quotes_of("وطالب الوزارة برد الاعتبار له والاعتذار.") == [
        ("indirect", "وطالب", None, "برد الاعتبار له والاعتذار")
    ]
    got = quotes_of("طالب نشطاء في مجال حقوق الإنسان جميع الولايات الأميركية بسن قوانين تحظر الختان.")
    assert got == [("indirect", "طالب", "نشطاء في مجال حقوق الإنسان", "بسن قوانين تحظر الختان")]
    # ب + a pronoun or a function word after the addressee is no complement
    assert quotes_of("وطالب الوزارة بها.") == []
    assert quotes_of("وطالب الوزارة بعد الاجتماع بزيادة الرواتب.") == [
        ("indirect", "وطالب", None, "بزيادة الرواتب")
    ]


def test_an_alert_after_its_addressee():
    assert quotes_of("ونبهت الشركة ركابها إلى توقع تأخير في رحلاتهم.") == [
        ("indirect", "ونبهت", "الشركة", "إلى توقع تأخير في رحلاتهم")
    ]
    assert quotes_of("وكانت مطارات عديدة في أوروبا قد نبهت ركابها إلى توقع تأخير في رحلاتهم.") == [
        ("indirect", "نبهت", "مطارات عديدة في أوروبا", "إلى توقع تأخير في رحلاتهم")
    ]
    # the envoy to a place: the clause after it is the statement, not the place
    assert quotes_of("ونبه مبعوث الأمم المتحدة إلى سوريا إلى أن الوضع خطير.") == [
        ("indirect", "ونبه", "مبعوث الأمم المتحدة", "أن الوضع خطير")
    ]


def test_findings_of_researchers_and_of_studies():
    # the plural carries its subject: the researchers' finding, its clause right after the verb
    assert quotes_of(
        "وقام الباحثون بتحليل بيانات 750 طالبا، ووجدوا أن هناك نحو 13 في المائة فكروا في الانتحار."
    ) == [("indirect", "ووجدوا", "الباحثون", "أن هناك نحو 13 في المائة فكروا في الانتحار")]
    # the impersonal passive and "found themselves" stay none, as does a clause after an adjunct
    assert quotes_of("ووجد أن الجثة ملقاة قرب النهر.") == []
    assert quotes_of("وعندما وصلوا وجدوا أنفسهم أمام باب مغلق.") == []
    assert quotes_of("وقد وجدوا في المنزل أن الأبواب مغلقة.") == []
    # بحوث, the other plural of بحث, heads a finding's subject
    assert quotes_of("وأثبتت البحوث العلمية أن التسوق يسبب الإدمان لدى بعض الأشخاص.") == [
        ("indirect", "وأثبتت", "البحوث العلمية", "أن التسوق يسبب الإدمان لدى بعض الأشخاص")
    ]
