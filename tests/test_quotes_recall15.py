"""Attribution phrases (``بحسب``, ``وفق``, ``طبقا ل``) of the recall15 work (docs/quotes.md, step 39c),
on sentences shaped like those of the annotated sets, with the near misses:

* with the conjunction ``و``/``ف`` right after a comma (or a full stop written without a space), the
  phrase is fronted in a new clause and names the statement *after* it (held-out 45 AL-1259
  ``…، فطبقا لما نشرته بعض المواقع اليونانية …، يدين النادي …``, held-out 47 snn-930 ``…، وبحسب الشرطة
  وجدت السيدة …``, held-out 25 JA-717 ``….وبحسب الأرقام …، فقد …``), not the writer's clause before it;
* a bare post-posed ``وفق``/``بحسب`` before a noun of a rule or plan (``وفق الضوابط الشرعية``) names no
  source (held-out 11, 14, 18, 64)."""
from __future__ import annotations

from marsad.model import Article
from marsad.quotes.stage import annotate_quotes


def quotes_of(text: str) -> list[tuple[str, str, str]]:
    """``(kind, cue, content)`` of every quote of ``text``."""
    a = Article(text=text)
    annotate_quotes(a)
    return [(q.kind, q.cue_text, a.text[q.start : q.end]) for q in a.quotes]


def test_a_conjoined_attribution_after_a_comma_names_the_clause_after_it():
    assert quotes_of("ويمر النادي بفترة عصيبة من الناحية المالية، فطبقا لما نشرته بعض المواقع اليونانية"
                     " على الانترنت، يدين النادي بمبلغ يقدر بستين مليون يورو للاعبين حاليين وسابقين.") == [
        ("indirect", "فطبقا لما نشرته", "يدين النادي بمبلغ يقدر بستين مليون يورو للاعبين حاليين وسابقين")]
    # no comma after the source: the statement starts at the verb after it
    assert quotes_of("عثرت الشرطة على جثمان سيدة في منطقة الزوايدة وسط قطاع غزة، وبحسب الشرطة وجدت السيدة"
                     " مشنوقة وتحمل آثار ضربة على رأسها.") == [
        ("indirect", "وبحسب", "وجدت السيدة مشنوقة وتحمل آثار ضربة على رأسها")]
    # a full stop written without a space, and the فقد that answers the fronted phrase
    assert quotes_of("واعترضت هنغاريا وسلوفاكيا على الخطة أمام القضاء.وبحسب الأرقام التي نشرت الأربعاء"
                     " الماضي، فقد تمت إعادة توزيع 16 ألف شخص فقط.") == [
        ("indirect", "وبحسب", "فقد تمت إعادة توزيع 16 ألف شخص فقط")]


def test_a_post_posed_attribution_still_names_the_clause_before_it():
    # without the conjunction the phrase is post-posed: the statement is the clause before the comma
    assert quotes_of("وقتل ثلاثة أشخاص في الهجوم على القرية، بحسب أقارب الضحايا.") == [
        ("indirect", "بحسب", "وقتل ثلاثة أشخاص في الهجوم على القرية")]
    assert quotes_of("وقتل ثلاثة أشخاص في الهجوم على القرية، وفق المرصد السوري لحقوق الإنسان.") == [
        ("indirect", "وفق", "وقتل ثلاثة أشخاص في الهجوم على القرية")]


def test_in_line_with_a_rule_is_no_attribution():
    assert quotes_of("وشملت الدورة الثالثة للانتخابات البلدية مشاركة المرأة في الانتخاب والترشح"
                     " وفق الضوابط الشرعية.") == []
    assert quotes_of("ظللت الرئاسة العامة الدور الأول من المرحلة الثالثة لمشروع توسعة المطاف وفق توجيهات"
                     " ولاة الأمر.") == []
    assert quotes_of("وتتيح الجامعة للطلبة الالتحاق بسبعة وأربعين برنامجا بحسب المسارات في الثانوية.") == []


def test_a_rule_phrase_does_not_hide_the_source_before_it():
    # the last attribution of a sentence names it, unless it is one "in line with" a rule (fresh text,
    # JA-localNews-4260)
    assert quotes_of("ويأتي هذا الإضراب، حسب الاتحاد، لغياب أي نية حقيقية لإصلاح جذري وعميق يؤسس لجامعة"
                     " عمومية ذات كفاءة وفق المواصفات العالمية.") == [
        ("indirect", "حسب", "ويأتي هذا الإضراب، حسب الاتحاد، لغياب أي نية حقيقية لإصلاح جذري وعميق يؤسس"
                            " لجامعة عمومية ذات كفاءة وفق المواصفات العالمية")]


def test_a_rule_glued_to_lam_is_no_attribution():
    assert quotes_of("وقرر المكتب الجامعي تجميد نشاط الرابطة، طبقا لأحكام الفصل 35 من النظام الأساسي.") == []
    assert quotes_of("وقتل خمسة أشخاص في الهجوم، وفقا لبالفي.") == [
        ("indirect", "وفقا ل", "وقتل خمسة أشخاص في الهجوم")]


def test_a_stray_closing_mark_before_punctuation_opens_nothing():
    # held-out 64 snn-825: the mark after لحج closes a quotation opened without a mark; read as an
    # opening it had quoted the rest of the paragraph and hidden its three statements
    text = ('وفي محافظة مأرب، شنت الطائرات ست غارات جوية أمس، إضافة إلى 16 غارة على مواقع الانقلابيين في'
            ' محافظة لحج"، وأشار شهود عيان إلى أن الغارات استهدفت قاعدة العند العسكرية، وأضافوا أن دوي'
            ' انفجارات هائلة سمع في المنطقة.')
    assert quotes_of(text) == [
        ("indirect", "وأشار", "أن الغارات استهدفت قاعدة العند العسكرية"),
        ("indirect", "وأضافوا", "أن دوي انفجارات هائلة سمع في المنطقة")]
    # a mark glued to the word before it and followed by a space still opens (مضيفا" المواطن …)
    assert quotes_of('وتحدث الوزير عن الخطة مضيفا" المواطن هو الأساس في كل شيء" في كلمته.') == [
        ("direct", "مضيفا", "المواطن هو الأساس في كل شيء")]


def test_an_announced_object_after_a_time_span():
    # held-out 50 AL-735: قبل نحو شهرين ends a time adjunct, the verbal noun after it is the object
    assert quotes_of("وأعلنت الأجهزة الأمنية في الكويت قبل نحو شهرين العثور على جثة الخادمة في ثلاجة بالشقة.") == [
        ("indirect", "وأعلنت", "العثور على جثة الخادمة في ثلاجة بالشقة")]
    assert quotes_of("وكان المغني قد أعلن قبل عامين اعتزاله بسبب مشاكل صحية.") == [
        ("indirect", "أعلن", "اعتزاله بسبب مشاكل صحية")]
    # a unit that is no time span (أيام العيد) is not a boundary
    assert quotes_of("وأعلنت الوزارة أيام العيد عطلة رسمية للموظفين.") == []
