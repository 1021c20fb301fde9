"""Wrong speakers of issue 6, task desc30 (docs/quotes.md step 51w): a listener after ``ل`` that the
article has not yet given a speaker, the principal's title given to his spokesman's name by the
entities stage, a description headed by a profession that the article writes before one person's name,
and a description "X of NAME" whose article names one other person — on texts written for the test."""

from __future__ import annotations

from marsad.entities.roles import role_before
from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.cues import fold
from marsad.quotes.speakers import KnownNames, _lam_addressee, _listener_at, subject_phrase


def speakers_of(text: str) -> list[str | None]:
    return [q.speaker for q in annotate(Article(text=text)).quotes]


def test_listener_tagged_by_the_entities_stage_is_never_the_subject() -> None:
    # نتنياهو has spoken nowhere before: the entities stage's mention after ل makes it the listener
    text = "\n".join(
        [
            "وصل رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى برلين في زيارة تستمر يومين.",
            'وقالت المستشارة الألمانية أنغيلا ميركل لنتنياهو إن "السلام يحتاج إلى خطوات شجاعة من الطرفين".',
        ]
    )
    assert speakers_of(text) == ["أنغيلا ميركل"]
    known = KnownNames((), frozenset({fold("لنتنياهو")}))
    toks = [(0, 8, "لنتنياهو"), (9, 11, "إن")]
    assert _listener_at(toks, 0, known.listeners)
    assert not _lam_addressee("لنتنياهو")  # no article: not a name of any list
    # ل + the person before a full stop is no listener of the cue (انتقد … بسبب تهنئته لبوتين.)
    assert not _listener_at([(0, 6, "لبوتين"), (6, 7, ".")], 0, frozenset({fold("لبوتين")}))
    phrase, _ = subject_phrase("ميركل لنتنياهو إن الوقت قد آن", 0, 0, known=known)
    assert (phrase.kind, phrase.text) == ("name", "ميركل")
    # a name that starts with ل keeps its letter inside the mention: no listener
    assert speakers_of('زار الوزير الفرنسي جان إيف لودريان طهران.\nوقال لودريان إن "فرنسا تريد الحوار".') == [
        "جان إيف لودريان"
    ]


def test_principal_title_before_a_name_after_bism() -> None:
    toks = "قال المتحدث باسم الرئيس التركي رجب طيب إردوغان".split()
    assert role_before(toks, 5, set()) == (3, 5)  # الرئيس التركي
    toks = "قال متحدث باسم رئيس الوزراء البلجيكي شارل ميشال".split()
    assert role_before(toks, 6, set()) == (3, 6)  # رئيس الوزراء البلجيكي
    toks = "قال المتحدث باسم الرئيس يون يونغ تشان".split()
    assert role_before(toks, 4, set()) == (1, 4)  # a bare title: the spokesman's own role
    toks = "قال المتحدث باسم الرئاسة التركية إبراهيم كالين".split()
    assert role_before(toks, 5, set()) == (1, 5)  # a body: the spokesman's
    a = annotate(Article(text='قال المتحدث باسم الرئيس التركي رجب طيب إردوغان إن "تركيا لن تقبل بذلك".'))
    assert [(e.name, e.roles) for e in a.entities if e.type == "PER"] == [("رجب طيب إردوغان", ["الرئيس التركي"])]
    a = annotate(Article(text='وقال المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك إن "المنظمة قلقة".'))
    assert [(e.name, e.roles) for e in a.entities if e.type == "PER"] == [
        ("ستيفان دوجاريك", ["المتحدث باسم الأمين العام للأمم المتحدة"])
    ]


def test_profession_description_is_the_one_person_after_that_profession() -> None:
    text = "\n".join(
        [
            "كشف أحد المعالجين النفسيين في نادي الشباب أن اللاعب يمر بفترة صعبة.",
            'ونقلت صحيفة "الرياضية" عن المعالج النفسي سامر الخطيب أن اللاعب سيعود خلال شهر.',
            "وأضاف معالج النادي السعودي أن اللاعب مركز تماما على العودة إلى الملاعب.",
        ]
    )
    assert speakers_of(text) == ["سامر الخطيب"] * 3
    # two persons of that profession: the description is kept
    text = "\n".join(
        [
            "وحضر المعالج النفسي سامر الخطيب والمعالج الرياضي خالد العمري التدريب.",
            "وأضاف معالج النادي السعودي أن اللاعب مركز تماما على العودة إلى الملاعب.",
        ]
    )
    assert speakers_of(text) == ["معالج النادي السعودي"]


def test_description_of_a_named_person_is_the_one_other_person() -> None:
    text = "\n".join(
        [
            'شبيه ميسي: الناس يوقفونني في الشارع كل يوم',
            "اشتهر الشاب العراقي محمد الكناني بشبهه الكبير بالنجم الأرجنتيني ليونيل ميسي.",
            "ويعيش الكناني في بغداد ويعمل في متجر للملابس الرياضية.",
            'وقال شبيه ميسي: "أحاول أن أتدرب كل يوم مثله تماما".',
        ]
    )
    assert speakers_of(text) == ["محمد الكناني", "محمد الكناني"]


def test_related_person_needs_a_short_form_of_a_longer_name() -> None:
    from marsad.model import Entity, Mention
    from marsad.quotes.coref import related_person

    text = "أوقف الاتحاد نجم زامبيا موانزا تشيلوبا بسبب هدايا من رجل الأعمال محمد بن ناصر. وقال محمد بن ناصر"
    a = Article(text=text)
    a.entities = [Entity("تشيلوبا", "PER"), Entity("محمد بن ناصر", "PER")]
    start = text.index("تشيلوبا")
    first, second = text.index("محمد بن ناصر"), text.rindex("محمد بن ناصر")
    a.mentions = [
        Mention(start, start + 7, "PER", "تشيلوبا", 0),
        Mention(first, first + 12, "PER", "محمد بن ناصر", 1),
        Mention(second, second + 12, "PER", "محمد بن ناصر", 1),
    ]
    # موانزا تشيلوبا: an unlisted given name before the person's own one-word name, no description
    assert related_person(a, "موانزا تشيلوبا") is None
    a.entities[0] = Entity("موانزا تشيلوبا", "PER")
    assert related_person(a, "شبيه تشيلوبا") == "محمد بن ناصر"
    assert related_person(a, "مستشار تشيلوبا") is None  # a title: its own rules
