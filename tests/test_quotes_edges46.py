"""Step 46e (docs/quotes.md): the edges of the speaker string — nothing cut, nothing glued. Sentences
written for the test, with near misses that must not change."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.speakers import waw_name_words


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in annotate(Article(text=text)).quotes]


# -- a name word that starts with و is no conjunction -------------------------------------------------


def test_waw_name_after_a_role_kept_by_the_tagger():
    # the entities stage kept the letter in its person mention, after a role: ويلبور, not و + يلبور
    assert _speakers('وقال وزير التجارة ويلبور روس في بيان "هناك أدلة على أن الواردات أضرت بالصناعة".') == [
        "ويلبور روس"]


def test_waw_name_after_a_cue_verb_elsewhere():
    # وقال وليامسون: a verb is followed by its subject, never by the conjunction
    assert _speakers("اتهم وزير الدفاع البريطاني جافين وليامسون الاثنين روسيا بالوقوف وراء الهجوم. "
                     'وقال وليامسون "الحقيقة البسيطة هي أن روسيا نفذت هجوما".') == ["جافين وليامسون"] * 2
    assert _speakers("وقالت السيناتور إليزابيث وارن إن البنوك مذنبة. وأضافت وارن أن الأمر خطير.") == [
        "إليزابيث وارن"] * 2


def test_waw_name_after_a_given_name_before_a_role():
    # سايمون | ويزمان الباحث: after the given name and before a definite word, a family name
    assert _speakers("وقال سايمون ويزمان الباحث في معهد ستوكهولم، إن خطة تحديث المعدات ستستمر.") == [
        "سايمون ويزمان"]


def test_waw_name_words_evidence():
    text = "وكانت ويتبريد قد أعلنت عن عزمها بيع السلسلة. وقال محمد وعلي إن الطريق مغلق."
    assert waw_name_words(text) == frozenset({"ويتبريد"})
    # the bare form written alone in the article: the و is the conjunction
    assert waw_name_words("وكانت ويتبريد قد أعلنت البيع. وقالت يتبريد إن السعر جيد.") == frozenset()


def test_near_misses_conjunction_stays():
    # two people: a known given name after و (علي), or a second full name after a first one
    assert _speakers("وقال محمد وعلي إن الطريق مغلق.") == ["محمد وعلي"]
    assert _speakers("وقال الوزير القبرصي سافاس إنجيليديس ونظيراه الإسرائيلي واليوناني أفيغدور ليبرمان "
                     "وبانوس كامينوس إن التعاون مستمر. وأضاف كامينوس أن الاتفاق مهم.") == [
        "سافاس إنجيليديس", "بانوس كامينوس"]
    # a verb after the name is a new clause (قال ترامب وأضاف)
    assert _speakers("قال ترامب وأضاف أن الاتفاق سيئ.") == ["ترامب"]
    # a joint subject before في: the singular verb after it goes on with the first person
    assert _speakers("وقالت جيني وكوستنر في مقابلة إن التجربة كانت إيجابية. وأضافت أن الجميع استفاد.") == [
        "جيني وكوستنر", "جيني"]


def test_waw_name_is_no_fuller_form_of_a_run_on_reading():
    # كانت + a و-name + a clause: the reading that ran on over the clause is no fuller name of it
    assert _speakers("وكانت ويتبريد تعتزم عرض أسهم سلسلة المقاهي على المساهمين، لكنها رأت في النهاية "
                     "أن بيعها سيكون أكثر ربحا. وكانت ويتبريد قد أعلنت أنها ستركز على الفنادق.") == [
        "ويتبريد", "ويتبريد"]


# -- a head kept: an indefinite role or medium with its nisba adjectives ---------------------------------


def test_indefinite_role_and_its_nisba_is_no_name():
    # عسكري, روسي are family names too; after an indefinite role word they are its adjectives
    assert _speakers("وقال قائد عسكري إن السيطرة على المديرية تمت.") == ["قائد عسكري"]
    assert _speakers("وقال خبير عسكري روسي إن الهجوم فشل.") == ["خبير عسكري روسي"]
    assert _speakers("ذكرت الصحيفة نقلا عن مسؤول عسكري روسي قوله إن القوات سيطرت على المدينة.") == [
        "مسؤول عسكري روسي"]


def test_plural_agencies_are_an_unnamed_source():
    assert _speakers("أعلنت وكالات أنباء روسية الخميس أن القوات الحكومية سيطرت على المدينة.") == [
        "وكالات أنباء روسية"]


def test_near_misses_nisba_names_after_a_definite_role_or_a_given_name():
    # after a definite role, or a role that is also a given name, the nisba stays the name it was
    assert _speakers("وقال اللاعب الدولي عسكري إن الهجوم فشل.") == ["عسكري"]
    assert _speakers("وقال أمين عسكري إن الهجوم فشل.") == ["أمين عسكري"]
    assert _speakers("وقالت وكالات الإغاثة الدولية إن المساعدات لم تصل.") == ["وكالات الإغاثة الدولية"]
    # after an organisation's head a word in ي is the body's name (ديزي), no adjective
    assert _speakers("وقالت شبكة ديزي إن البرامج ستعرض على تويتر.") == ["شبكة ديزي"]


# -- nothing glued: a role, an object or a role adjective stays out of the name ------------------------


def test_role_word_after_a_name_cut_by_a_stop_word():
    # the phrase stops at وسط (a preposition too); لاعب is the role in apposition, no family name
    assert _speakers("وقال إيسكو لاعب وسط ريال مدريد، إن الفريق اعتاد على أساليب المدرب.") == ["إيسكو"]


def test_possessed_object_after_a_name():
    assert _speakers("وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة.") == ["طالبان"]


def test_second_role_adjective_is_no_first_name():
    # الزعيم الكوري الشمالي: both nisbas describe the role; الشمالي is also a family name
    assert _speakers("وأكد الزعيم الكوري الشمالي كيم جونغ أون أن نزع السلاح ممكن.") == ["كيم جونغ أون"]


def test_near_misses_of_the_glued_words():
    # before إن the word after a given name is a family name (مساعد); a nisba-shaped role word is an
    # adjective (صحفية); a rank after برتبة belongs to the described officer
    assert _speakers("وقال خالد مساعد إن الفريق جاهز.") == ["خالد مساعد"]
    assert _speakers("وقال محمد أمين إن الفريق جاهز.") == ["محمد أمين"]
    assert _speakers("أكد ضابط عراقي برتبة لواء في جهاز المخابرات، الأربعاء، أن زعيم التنظيم مختبئ.") == [
        "ضابط عراقي برتبة لواء"]
    # a verb of authorship with its pronoun is read by the document rules, not cut as an object
    assert _speakers("أكدت دراسة علمية حديثة أجراها فريق من الباحثين الفرنسيين، أن البشر غير متساوين.") == [
        "فريق من الباحثين الفرنسيين"]


def test_near_misses_read_on_fresh_text():
    # وزير after a cue verb elsewhere is still the role word, never a name word in و
    assert _speakers("وأكد إبراهيم غندور وزير الخارجية السوداني أن بلاده تقدمت بالشكوى. "
                     "وقال وزير الخارجية إن الأمر خطير.") == ["إبراهيم غندور", "إبراهيم غندور"]
    # a common noun with a pronoun suffix after و is a conjunct (وزملاؤه)
    assert _speakers("وتوصل غريغوري براتمان وزملاؤه إلى أن التنزه مفيد.")[0] != "غريغوري وزملاؤه"
    # an elative before the role word; a verb with its object pronoun after the head
    assert _speakers('وتابع أغلى لاعب في العالم "عندما أكون غير مهذب، ليس لأني طفل".') == ["أغلى لاعب"]
    assert _speakers("وفي هذا الإطار تتهم تقارير عدة منظمات تمولها قطر بالقيام بهذا الدور.") == [
        "تقارير عدة منظمات تمولها قطر"]
    # a club of the gazetteer after an indefinite role is its complement in idafa, no adjective
    assert _speakers("وقال مدرب تشيلسي السابق جوزيه مورينيو إن اللاعب ممتاز.") == ["جوزيه مورينيو"]
    # a source head's phrase stays as the source rules read it
    assert _speakers("وقال متحدث عسكري في وقت سابق إن العملية ستشمل مناطق من الدلتا.") == ["متحدث عسكري"]
