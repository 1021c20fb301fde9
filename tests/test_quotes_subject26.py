"""Speakers (subj26) on texts written for the test: the party written before its cue verb (subject-verb
order: ``الرياض ترفض``, ``ترامب هدد كيم …``, ``ومسؤولون فلسطينيون يقولون``, a coordinated ``وتدعو``), a
prepositional adjunct after the verb or its subject (``فأجاب اللاعبون بصوت واحد``, ``قال لرويترز``), a
complex preposition or an accusative read as the speaker (``بمناسبة``, ``بناءً``), names cut short
(``عادل إمام``, ``جان لوي بورلو`` after ``طالب``, ``كارل فان أوستيروم``) and ``هذا الأخير`` ("the
latter") — with the near misses that keep the old reading (a dateline before the verb, ``أمام``,
``مصور لرويترز``, a verb of another gender)."""

from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.repair import _junk_kind
from marsad.quotes.speakers import agency_dative, manner_adjunct, own_complement

LEAD = "وصل الوفد إلى العاصمة صباح أمس في زيارة رسمية تستمر يومين.\n"


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """``(cue, speaker)`` of every quote of ``text`` after the full pipeline."""
    return [(q.cue_text, q.speaker) for q in annotate(Article(text=text)).quotes]


def speaker_of(text: str, cue: str) -> str | None:
    return dict(quotes_of(text))[cue]


# -- 1. the party before the verb -------------------------------------------------------------------


def test_capital_and_country_before_the_verb():
    assert speaker_of(LEAD + "السعودية تنفي أن تكون قد أغلقت حدودها مع جارتها.", "تنفي") == "السعودية"
    # a coordinated verb with no subject of its own shares the first verb's (not "ترفض أي تدخل")
    text = LEAD + "الرياض ترفض أي تدخل في شؤونها الداخلية وتدعو إلى احترام السيادة."
    assert speaker_of(text, "وتدعو") == "الرياض"


def test_noun_after_the_verb_is_its_object():
    text = LEAD + "ترامب هدد كيم جونغ أون بأن مصيره سيكون مماثلا لمصير الزعيم الليبي."
    assert speaker_of(text, "هدد") == "ترامب"
    text = LEAD + "هيومان رايتس ووتش تطالب مصر بالإفراج عن معارضي السلطة."
    assert speaker_of(text, "تطالب") == "هيومان رايتس ووتش"  # ووتش: the name's own word, not a conjunct


def test_plural_source_and_role_with_name_before_the_verb():
    assert (
        speaker_of(LEAD + "ومسؤولون فلسطينيون يقولون إن حالته الصحية في تحسن.", "يقولون")
        == "مسؤولون فلسطينيون"
    )
    text = (
        "قال شاهد عيان إن المسلح فتح النار على المصلين.\n"
        'رئيس الوزراء الكندي جاستن ترودو قال في بيان: "ندين هذا الهجوم الإرهابي على المسلمين".'
    )
    assert quotes_of(text)[-1] == ("قال", "جاستن ترودو")  # not the witness quoted before


def test_body_named_in_marks_before_the_verb():
    text = LEAD + "“أوبر” أعلنت لأول مرة عن خططها للخدمة في المدينة."
    assert speaker_of(text, "أعلنت") == "أوبر"


def test_dateline_without_its_dash_stays_verb_first():
    # near miss: a place alone before a masculine verb with its own subject after it
    text = "القاهرة قال وزير الخارجية المصري سامح شكري إن المفاوضات مستمرة."
    assert speaker_of(text, "قال") == "سامح شكري"


def test_time_before_the_verb_is_no_party():
    # near miss: a fronted time adverb is no subject; the noun phrase after the verb is
    text = LEAD + "والأحد قال وزير الخارجية سامح شكري إن المفاوضات مستمرة."
    assert speaker_of(text, "قال") == "سامح شكري"


# -- 2. prepositional adjuncts are no speakers --------------------------------------------------------


def test_manner_adjunct_after_the_subject():
    text = (
        "وسأل المدرب لاعبيه في غرفة الملابس عن رأيهم في الحملة. "
        'فأجاب اللاعبون بصوت واحد: "إلى الجحيم أيتها العنصرية".'
    )
    assert speaker_of(text, "فأجاب") == "اللاعبون"
    assert manner_adjunct("بصوت") and manner_adjunct("بلهجة")
    assert not manner_adjunct("بصحة")  # a role's complement (الناطق الإعلامي بصحة عسير)
    assert not manner_adjunct("بسمة")  # a given name


def test_agency_told_is_no_speaker():
    first = "قال مدير المهرجان سامي العلي إن التذاكر ستطرح غدا. "
    assert speaker_of(first + 'وأضاف لرويترز "سيتمكن الجمهور من الحضور مجانا".', "وأضاف") == "سامي العلي"
    assert speaker_of(first + "وقال لرويترز إن الجمهور سيحضر مجانا.", "وقال") == "سامي العلي"
    text = LEAD + 'وقال المسؤول التركي لرويترز "سيقوم الوفد بزيارة المؤسسات المعنية".'
    assert speaker_of(text, "وقال") == "المسؤول التركي"
    assert agency_dative("لرويترز") and agency_dative("لفرانس")
    assert not agency_dative("لبنان") and not agency_dative("لافروف")


def test_agency_owner_after_a_press_role_is_kept():
    # near miss: ل after a press role or a poll names the owner, not the one told
    text = "وقال مصور لرويترز إن الأمواج كانت هادئة. وأظهر استطلاع لرويترز أن المخزونات ارتفعت."
    assert quotes_of(text) == [("وقال", "مصور لرويترز"), ("وأظهر", "استطلاع لرويترز")]


def test_addressee_pronoun_then_a_time_adverb():
    text = "لجأت إلى أول شرطي رأيته، وطلبت منه أن يحميني، فقال لي يومها إن كل ما علي فعله هو الصبر."
    assert speaker_of(text, "فقال") is None  # not "لي يومها", nor the verb يحميني


def test_complex_prepositions_and_accusatives_are_junk():
    for s in ("بمناسبة مرور خمس سنوات", "بعنوان", "بقدر", "بنعت الفنانات"):
        assert _junk_kind(s, "") == ("prepositional", 0), s
    assert _junk_kind("بناءً", "") == ("adverb", 0)  # بناءً على: the accusative's tanween
    assert _junk_kind("بعدما جلس إيدن هازارد", "") == ("adverb", 0)  # a clause's opener
    for s in ("بسمة الخلفاوي", "بلدية الخرج", "بدر", "بشرى"):
        assert _junk_kind(s, "")[0] is None, s


# -- 3. names cut short -------------------------------------------------------------------------------


def test_hamza_below_name_is_no_preposition():
    assert speaker_of("وقال عادل إمام إن الفيلم سيعرض في الصيف المقبل.", "وقال") == "عادل إمام"
    # near miss: the preposition أمام still ends the subject
    assert speaker_of("وقال الوزير أمام البرلمان إن الميزانية جاهزة.", "وقال") == "الوزير"


def test_name_the_tagger_found_whole():
    text = (
        "لن تشهد أوضاع الضواحي أي تحسن من دون خطة حقيقية كما طالب جان لوي بورلو، الوزير السابق، "
        "بأن تكون الخطة شاملة. وقدم بورلو خطته إلى الحكومة الشهر الماضي."
    )  # (the family name written again: a word written once after a name may be the tagger's run-on)
    assert speaker_of(text, "طالب") == "جان لوي بورلو"
    text = "كما قال سفير هولندا في المجلس كارل فان أوستيروم إنه من المهم جدا احترام القرار."
    assert speaker_of(text, "قال") == "كارل فان أوستيروم"  # فان: a name link, not فإن
    # near miss: a mention run into the dative keeps the name alone
    text = "وقالت المتحدثة باسم البيت الأبيض سارة ساندرز للصحافيين إن التقارير غير صحيحة."
    assert speaker_of(text, "وقالت") == "سارة ساندرز"


# -- 4. "the latter" and a participle's description ----------------------------------------------------


def test_the_latter_is_the_person_named_last():
    text = "قال المدرب سامي العلي إن الفريق جاهز. وقال هذا الأخير إن المباراة صعبة."
    assert quotes_of(text)[-1] == ("وقال", "سامي العلي")
    text = (
        "قال المدرب سامي العلي إن الفريق جاهز وحاول مرافقه ماجد الحسن مساعدته. "
        'وقال هذا الأخير بصوت مرتجف "لا نزال نؤمن بهذه المهمة".'
    )
    assert quotes_of(text)[-1] == ("وقال", "ماجد الحسن")


def test_participle_complement_is_no_office():
    # النجم الملقب في انجلترا …: "nicknamed in England", a description of the person, fits anyone
    assert own_complement("النجم الملقب في انجلترا بلقب الملك المصري".split()) == set()
    assert own_complement("المتحدث باسم الخارجية التركية".split())  # a role's own complement stays
