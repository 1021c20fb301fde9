"""Links to other stories inside the body (new-user report nu28): ``related`` blocks, read alone."""

from marsad.model import Article, Block
from marsad.quotes.stage import annotate_quotes, link_blocks

P1 = "أعلن الوزير خالد سمير يوم الأحد أن الحكومة ستقدم خطة جديدة للنقل العام في العاصمة هذا العام."
P2 = "وأضاف البعض الآخر أن الخطة تحتاج إلى تمويل كبير مشيرين إلى أن الميزانية لا تكفي."


def _article(lines: list[str], kinds: list[str] | None = None) -> Article:
    text = "\n".join(lines)
    a = Article(text=text)
    pos = 0
    for i, line in enumerate(lines):
        a.blocks.append(Block(pos, pos + len(line), (kinds or ["body"] * len(lines))[i]))
        pos += len(line) + 1
    return a


def test_run_of_two_link_lines_is_related_and_never_the_last_speaker() -> None:
    link = 'قانون التعليم الجديد: "الحكومة تريد إغلاق المدارس الصغيرة"'
    a = _article([P1, link, "مصر تضع اللمسات النهائية لاتفاق النقل مع الأردن", P2])
    assert [a.text[b.start : b.end] for b in link_blocks(a)] == [
        link,
        "مصر تضع اللمسات النهائية لاتفاق النقل مع الأردن",
    ]
    annotate_quotes(a)
    assert [b.kind for b in a.blocks] == ["body", "related", "related", "body"]
    for q in a.quotes:
        if q.start > a.text.index(P2):
            assert q.speaker != "قانون"


def test_lone_profile_title_is_a_link_but_a_crosshead_is_not() -> None:
    lone = "محمد صلاح: اللاعب الذي يحمل آمال مصر في كأس العالم"
    a = _article([P1, lone, "كما أنه يحتفظ دائما بصلات قوية مع أهالي قريته."])
    assert [a.text[b.start : b.end] for b in link_blocks(a)] == [lone]
    cross = "الوزارة: النقل العام سيتحسن خلال العام المقبل"
    b = _article([P1, cross, "وقالت الوزارة إن الخطة ستبدأ في الصيف."])
    assert link_blocks(b) == []
    marked = 'بلاتيني: "لإبعادي عن رئاسة الفيفا"'
    c = _article([P1, marked, "علق النجم السابق على القرار بالترحيب."])
    assert link_blocks(c) == []


def test_list_items_and_short_crossheads_are_not_links() -> None:
    intro = "وشملت المقترحات ما يلي:"
    a = _article([P1, intro, "نشر قوة حماية دولية في الضفة", "إرسال مراقبين مدنيين إلى المدن", P2])
    assert link_blocks(a) == []
    b = _article([P1, "خطة جديدة", "تمويل كبير", P2])
    assert link_blocks(b) == []


def test_profile_lines_of_a_sectioned_article_are_crossheads() -> None:
    one = "جانلويجي بوفون: الدفاع عن شباك باريس"
    two = "باتريك فييرا: روح جديدة لإدارة نيس"
    a = _article([P1, one, "لا يزال الحارس الأسطوري السابق يحظى بثقة المدرب.", two, P2])
    assert link_blocks(a) == []


def test_a_run_of_colons_is_no_speakers_colon() -> None:
    from marsad.quotes.headline import headline_quote

    assert headline_quote("دكتور :::: جون نيلسون رايت", "subheading") is None
    assert headline_quote("محمد سعد الزهراني :: 30 عاما", "body") is None
    assert headline_quote("لافروف: مستعدون للحوار مع واشنطن", "subheading") is not None


def test_a_link_speaker_takes_the_articles_name_of_that_person() -> None:
    from marsad.model import Entity

    link = "أردوغان: أمريكا تحاول طعننا في الظهر"
    a = _article([P1, link, "تركيا تفرض رسوما جديدة على السيارات الأمريكية", P2])
    a.entities = [Entity("رجب طيب أردوغان", "PER", aliases=["رجب طيب أردوغان", "أردوغان"])]
    annotate_quotes(a)
    q = next(q for q in a.quotes if q.kind == "headline")
    assert a.text[q.start : q.end] == "أمريكا تحاول طعننا في الظهر"
    assert (q.speaker, q.entity) == ("رجب طيب أردوغان", 0)
    assert a.blocks[1].kind == "related"
