"""Step 47q quote23 (docs/quotes.md): wrong speakers a hostile tester found (report rob23 item 4) — a
dative pronoun or an adverbial of manner after the cue, a participle's complement, an emoji before a
rubric. Sentences written for the test, with near misses that must not change."""
from __future__ import annotations

from marsad.model import Article
from marsad.pipeline import annotate
from marsad.quotes.headline import headline_quote
from marsad.quotes.speakers import participle_complement_at, phrase_tokens


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in annotate(Article(text=text)).quotes]


def _headline_speaker(line: str) -> str | None:
    found = headline_quote(line, "title")
    return line[found[0] : found[1]] if found else None


# -- a: the addressee pronoun لي/لنا, an adverbial of manner ب + noun ------------------------------------


def test_dative_pronoun_alone_is_no_speaker():
    # «قال لي» "he told me": the running speaker, not a person «لي»
    assert _speakers('وصل مانولو إلى المدينة. وقال لي "أنا سعيد جدا بهذه الزيارة".') == ["مانولو"]
    assert _speakers("قادني المؤرخ أنطونيو لوبيز في جولة، وقال لي إن البلدة قديمة جدا.") == ["أنطونيو لوبيز"]
    assert _speakers('زرنا المزارع سالم في حقله. قال لنا "الأرض لا تكذب أبدا على من يزرعها".') == ["سالم"]


def test_dative_pronoun_then_a_partitive_subject():
    assert _speakers('التقينا بالعاملات في المصنع. قالت لي إحداهن "لقد تغير كل شيء هنا".') == ["إحداهن"]


def test_near_miss_li_the_family_name_of_the_article():
    # لي كه تشيانغ named before: a bare لي after the cue is that person
    assert _speakers("التقى الرئيس برئيس الوزراء الصيني لي كه تشيانغ. وقال لي إن الصين ستواصل الإصلاح.") == [
        "لي كه تشيانغ"]
    # a subject after the pronoun is still read (as before)
    assert _speakers("وقال لي مسؤول حكومي إن المفاوضات متعثرة.") == ["مسؤول حكومي"]


def test_manner_adverbial_is_no_speaker():
    assert _speakers('التقت روزا بأمها. وقالت بحب "أنت كل شيء في حياتي".') == ["روزا"]
    assert _speakers('سئلت روزا عن الأمر. أجابت بحذر "لا أعرف شيئا عن ذلك".') == ["روزا"]
    assert _speakers('تحدث العامل خالد عن ابنه. وقال بحزن "لم أر ابني منذ سنوات طويلة".') == ["خالد"]


def test_near_miss_names_in_b_stay_speakers():
    assert _speakers("وقال بوتين بحزم إن روسيا سترد على العقوبات.") == ["بوتين"]
    assert _speakers("وقال بشار الأسد إن الحرب ستنتهي قريبا.") == ["بشار الأسد"]


# -- c: a nisba noun and a participle with its complement: the described person, never the complement ----


def test_participle_complement_opens_no_name():
    text = 'وقالت الرومانية المتوجة بلقب بطولة فرنسا المفتوحة "كانت مباراة رائعة".'
    assert _speakers(text) == ["الرومانية المتوجة بلقب بطولة فرنسا المفتوحة"]
    assert _speakers('وقالت الرومانية المصنفة أولى "كانت مباراة رائعة".') == ["الرومانية المصنفة أولى"]
    assert _speakers('وقال الإسباني الفائز ببطولة ويمبلدون "كانت مباراة صعبة".') == [
        "الإسباني الفائز ببطولة ويمبلدون"]
    words = phrase_tokens(text, 6)[:6]
    assert participle_complement_at(words) == 2
    # near miss: a definite object with its participle (ذكر الفوائد المتعلقة بذلك) describes no person
    other = "حيث ذكر الفوائد المتعلقة بذلك، وذكر ما أعقب ذلك."
    assert participle_complement_at(phrase_tokens(other, 8)[:3]) is None
    # near miss: a nisba adjective in الم… is no participle (شركة الخبير المالية | بقرار …)
    firm = "وقالت شركة الخبير المالية بقرار الحكومة إن الأسعار سترتفع."
    assert participle_complement_at(phrase_tokens(firm, 6)[:4]) is None


def test_role_participle_and_its_complement():
    # القائم بأعمال, المرشح لمنصب: a role made of a participle and its complement (fresh text)
    assert _speakers("وقال القائم بأعمال وزير الدفاع اليمني إن الجيش ما زال ضعيفا.") == [
        "القائم بأعمال وزير الدفاع اليمني"]
    assert _speakers("ونفى المرشح لمنصب رئيس المحكمة العليا المزاعم. وأضاف أن الجهود لن تنجح في إبعاده.") == [
        "المرشح لمنصب رئيس المحكمة العليا"] * 2


def test_near_miss_names_after_a_participle_or_role():
    assert _speakers('وقالت المرشحة الديمقراطية هيلاري كلينتون "سنفوز في الانتخابات".') == ["هيلاري كلينتون"]
    assert _speakers('وقال المتحدث باسم الحكومة محمد علي "الوضع مستقر".') == ["محمد علي"]
    assert _speakers('وقال المهاجم المصري محمد صلاح "أنا سعيد بالهدف".') == ["محمد صلاح"]


# -- d: symbols at a title's edge are no part of the speaker -----------------------------------------------


def test_emoji_before_a_rubric_is_no_speaker():
    for line in ("🔴 عاجل: الصفدي يلتقي شكري في عمان اليوم", "⚡️عاجل: الصفدي يلتقي شكري في عمان اليوم",
                 "🔴🔴 عاجل: الصفدي يلتقي شكري في عمان اليوم", "• عاجل: الصفدي يلتقي شكري في عمان اليوم",
                 "👨\u200d👩\u200d👧 عاجل: الصفدي يلتقي شكري في عمان اليوم"):
        assert _headline_speaker(line) is None, line


def test_emoji_around_a_speaker_is_cut():
    assert _headline_speaker("🔴 ترامب: لن نسمح بذلك أبدا في المنطقة") == "ترامب"
    assert _headline_speaker("🇯🇴 الصفدي: لن نسمح بذلك أبدا في المنطقة") == "الصفدي"
    assert _headline_speaker("ترامب 🇺🇸: لن نسمح بذلك أبدا في المنطقة") == "ترامب"
    # near miss: no symbol, as before
    assert _headline_speaker("ترامب: لن نسمح بذلك أبدا في المنطقة") == "ترامب"
    assert _headline_speaker("عاجل: الصفدي يلتقي شكري في عمان اليوم") is None
