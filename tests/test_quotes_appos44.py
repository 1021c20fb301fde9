"""Step 44 (docs/quotes.md, appos20): a speaker's name in apposition. Three constructions, in
sentences written for the test, with near misses:

* a role, a comma, given names and a definite family name, a comma (``…، ناصر مساعد الزهراني، أن``):
  the tagger may give the family name alone, a definite word; after given names in apposition it is
  the holder's name (step 42b read a definite mention as an adjective and kept the role);
* ``المتحدث … باسم X، NAME،``: X is the one spoken for, even when X has spoken before (a known
  speaker's word); the person in apposition is the spokesman;
* a named body, a comma, a description (``نادي الوحدة، متصدر دوري المحترفين …،``): the body speaks;
  a bare head (``الشركة، مايكروسوفت،``) and a role (``ضابط الشرطة، …،``) are still named by it."""
from __future__ import annotations

import marsad
from marsad.quotes import speakers as S
from marsad.quotes.cues import fold


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in marsad.parse(text).quotes]


def test_role_comma_given_names_and_a_definite_family_name() -> None:
    text = ("وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة الرياض، سعيد مساعد الزهراني، أن الفرق "
            "باشرت الحادث.")
    assert speakers(text) == ["سعيد مساعد الزهراني"]


def test_near_miss_no_name_in_apposition_keeps_the_role() -> None:
    # no given names and no comma apposition: the role stays as it was
    text = "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر السعودي بمنطقة الرياض أن الفرق باشرت الحادث."
    assert speakers(text) == ["المتحدث الرسمي"]


def test_spokesman_for_a_known_speaker_named_in_apposition() -> None:
    text = "المتحدث الرسمي باسم داخلية حماس، إياد الدرزي، في مؤتمر صحفي، إن المنفذين اعتقلوا."
    phrase = S.subject_phrase(text, 0, 0, known=frozenset({fold("حماس")}))[0]
    assert phrase.name == "إياد الدرزي"


def test_near_miss_spokesman_for_someone_with_a_time_word_after_the_comma() -> None:
    # ``، أمس، إن``: no name in apposition; the one spoken for is still no speaker
    text = "وقال المتحدث باسم الرئيس الأمريكي دونالد ترامب، أمس، إن القمة ستعقد."
    assert speakers(text) == ["المتحدث باسم الرئيس الأمريكي دونالد ترامب"]


def test_named_body_then_its_description() -> None:
    for text in ("نادي الوحدة، متصدر دوري المحترفين الإماراتي الثلاثاء، تعاقده مع اللاعب.",
                 "نادي الوحدة، وصيف بطل دوري المحترفين، أن الفريق جاهز."):
        phrase = S.subject_phrase(text, 0, 0)[0]
        assert (phrase.kind, phrase.text) == ("org", "نادي الوحدة"), text


def test_near_miss_bare_head_or_role_named_in_apposition() -> None:
    phrase = S.subject_phrase("الشركة، مايكروسوفت، إن الخدمة ستعود.", 0, 0)[0]
    assert phrase.name == "مايكروسوفت"
    phrase = S.subject_phrase("ضابط الشرطة، سومتشاي سيوب، لبي بي سي إن الحادث وقع.", 0, 0)[0]
    assert phrase.kind == "name" and phrase.name.endswith("سيوب")


def test_contrast_after_a_post_posed_attribution_is_the_writers_clause() -> None:
    # the statement ends before ``، حسب …`` also when the writer's contrast follows the attribution
    from marsad.quotes.stage import trailing_attribution_end
    for contrast in ("غير أن", "إلا أن", "لكن"):
        text = f"رفعت الحكومة حالة الطوارئ في البلاد، حسب وكالة الأنباء الرسمية، {contrast} المعارضة تخشى استمرارها"
        assert text[: trailing_attribution_end(text, 0, len(text))] == "رفعت الحكومة حالة الطوارئ في البلاد"


def test_near_miss_an_attribution_inside_the_statement_is_kept() -> None:
    from marsad.quotes.stage import trailing_attribution_end
    text = 'ودعا الوزير، بحسب قوله، إلى "مراجعة" القانون قبل نهاية العام الجاري'
    assert trailing_attribution_end(text, 0, len(text)) == len(text)


def test_near_miss_a_contrast_further_on_keeps_the_parenthesis() -> None:
    from marsad.quotes.stage import trailing_attribution_end
    text = ("ويعود المستودع المستهدف، بحسب المرصد، إلى تاجر أسلحة يعمل مع جماعة مسلحة في المنطقة، فيما "
            "تخشى السلطات اتساع المواجهات")
    assert trailing_attribution_end(text, 0, len(text)) == len(text)
