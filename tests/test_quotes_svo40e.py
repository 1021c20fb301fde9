"""Step 40e (docs/quotes.md): a subject written before its cue verb at the start of the sentence — a
person's name with a long description in apposition (``عاصي الحلاني صاحب الخبرة الأكبر في البرنامج
أكد أن``; ANT v2.1 AL-culture-1-20180218, a new user's report) — and a participle that does not take
the speaker of an earlier cue of the sentence of another gender or past ``فيما``; with near misses."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text`` after the full pipeline."""
    a = annotate(Article(text=text))
    return [(q.cue_text, q.speaker) for q in a.quotes]


_LEAD = ("وشهدت حلقة السبت من البرنامج تكوين \"عصابة نسائية\" كما أطلق عليها عاصي الحلاني، حيث انضمت "
         "إليسا إلى أحلام في مواجهة حماقي والحلاني.\n")


def test_name_with_apposition_before_its_verb():
    text = _LEAD + ("عاصي الحلاني صاحب الخبرة الأكبر في البرنامج أكد أن الضعف يقف وراء هذا التحالف "
                    "النسائي.")
    assert dict(speakers_of(text))["أكد"] == "عاصي الحلاني"


def test_name_with_comma_apposition_before_its_verb():
    text = ("وصل المنتخب المصري إلى القاهرة مساء الأحد بعد المباراة.\n"
            "محمد صلاح، نجم فريق ليفربول الإنجليزي والمنتخب المصري، أكد أن الفريق قادر على التأهل.")
    assert dict(speakers_of(text))["أكد"] == "محمد صلاح"


def test_cue_in_a_relative_clause_is_not_the_names():
    # near miss: the cue is the verb of a relative clause on another noun (المدرب الذي أكد)
    text = ("وصل المنتخب المصري إلى القاهرة مساء الأحد بعد المباراة.\n"
            "محمد صلاح التقى في الفندق بالمدرب الذي أكد أن الفريق قادر على التأهل.")
    assert dict(speakers_of(text)).get("أكد") != "محمد صلاح"


def test_participle_of_another_gender_keeps_its_own_subject():
    # near miss: قائلة after وردت أحلام does not take the speaker of the earlier قائلا
    text = (_LEAD + "عاصي الحلاني صاحب الخبرة الأكبر في البرنامج أكد أن الضعف يقف وراء هذا التحالف النسائي.\n"
            "ووصل الأمر إلى ساحات التواصل الاجتماعي بعدما نشر حماقي صورة تجمعه بالحلاني عبر صفحته الرسمية "
            "وعلق عليها قائلا \"واحنا بنتفق على أحلام وإليسا\"، وردت أحلام على الأمر بنشر صورة تجمعها بإليسا "
            "وعلقت عليها قائلة \"حلف أحلام وإليسا\".")
    got = speakers_of(text)
    assert got[0] == ("أكد", "عاصي الحلاني")
    assert got[-1] == ("قائلة", "أحلام")


def test_statement_stops_before_the_next_cues_frame_clause():
    text = (_LEAD + "عاصي الحلاني صاحب الخبرة الأكبر في البرنامج أكد أن الضعف يقف وراء هذا التحالف النسائي، "
            "فيما علق محمد حماقي على الأمر قائلا \"كيدهن عظيم\".")
    a = annotate(Article(text=text))
    q = next(q for q in a.quotes if q.cue_text == "أكد")
    assert a.text[q.start : q.end] == "أن الضعف يقف وراء هذا التحالف النسائي"
    # the participle after فيما has its own subject (محمد حماقي, not a mention of the entities stage
    # here): no speaker rather than the earlier cue's
    assert next(q for q in a.quotes if q.cue_text == "قائلا").speaker != "عاصي الحلاني"


def test_long_contrast_clause_stays_in_the_statement():
    # near miss: بينما with a long clause before the next cue is part of the statement
    text = ("وقال وزير المالية إن الاقتصاد ينمو بسرعة، بينما تتراجع البطالة في المدن الكبرى وفي الأرياف "
            "بشكل ملحوظ منذ بداية العام الماضي، مضيفا أن الحكومة ستواصل الإصلاحات.")
    a = annotate(Article(text=text))
    q = next(q for q in a.quotes if q.cue_text == "وقال")
    assert "بينما تتراجع البطالة" in a.text[q.start : q.end]


def test_role_and_name_after_an_opener_before_the_verb():
    text = ("وتتوزع أبرز المقاعد حاليا بين 69 مقعدا لحركة النهضة و65 مقعدا لنداء تونس.\n"
            "وكان النائب في مجلس نواب الشعب الصحبي بن فرج أعلن في وقت سابق من اليوم أن 21 نائبا من "
            "نداء تونس استقالوا من الكتلة.")
    assert dict(speakers_of(text))["أعلن"] == "الصحبي بن فرج"


def test_role_name_and_comma_apposition_after_yudhkar_anna():
    text = ("وكانت الفنانة أصالة قد أعلنت انسحابها من المهرجان.\n"
            "يذكر أن المخرج طارق العريان، زوج أصالة، كان أعلن الثلاثاء أن غياب زوجته عن الغناء في "
            "المهرجان جاء لأسباب شخصية.")
    assert dict(speakers_of(text))["أعلن"] == "طارق العريان"


def test_role_then_name_object_of_a_verb_is_not_taken():
    # near miss: a verb of its own between the role and the cue (التقى … ثم أعلن): not an apposition
    text = ("وتتوزع أبرز المقاعد حاليا بين 69 مقعدا لحركة النهضة و65 مقعدا لنداء تونس.\n"
            "وكان النائب الصحبي بن فرج قد التقى الوزير الذي أعلن أن 21 نائبا من نداء تونس استقالوا.")
    assert dict(speakers_of(text)).get("أعلن") != "الصحبي بن فرج"
