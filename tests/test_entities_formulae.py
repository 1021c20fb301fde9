"""Religious formulae are not entities (first-user finding: ``MISC:الله`` from ``إن شاء الله``,
``الحمد لله``, ``بسم الله`` was among the top entities of SaudiNewsNet). The stop-list is
``marsad.entities.stage.RELIGIOUS_FORMULA_WORDS`` / ``FORMULA_TAILS``."""

from __future__ import annotations

import pytest

import marsad
from marsad.entities.features import ner_norm
from marsad.entities.stage import FORMULA_TAILS, RELIGIOUS_FORMULA_WORDS


def mentions(sentence: str) -> list[tuple[str, str]]:
    a = marsad.parse("عنوان الخبر\n\n" + sentence)
    return [(m.type, m.text) for m in a.mentions]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المدير إن المشروع سينجز إن شاء الله في العام المقبل.",
        "وقال اللاعب: الحمد لله على الفوز الكبير، وبسم الله نبدأ الموسم.",
        "وأضاف أن العمل سيكتمل بإذن الله خلال أسابيع قليلة.",
        "وتوفي الشيخ رحمه الله بعد صراع طويل مع المرض.",
        "وقال الخطيب إن الله تعالى أمر بالعدل بين الناس.",
        "وختم كلمته سائلاً الله أن يحفظ البلاد من كل سوء.",
        "ووصل آلاف الحجاج إلى بيت الله الحرام لأداء مناسك العمرة.",
        "وردد المتظاهرون هتاف الله أكبر في الساحة الرئيسية.",
        "وقال المدرب إننا نراقب أداء اللاعب وندعو الله أن يوفقه في المباريات المقبلة.",
        "وقال المرشد الأعلى آية الله علي خامنئي إن البلاد لن تتراجع عن مواقفها.",
    ],
)
def test_no_allah_mention_in_a_formula(sentence):
    assert not [m for m in mentions(sentence) if m[1] in ("الله", "لله")]


def test_names_with_allah_are_kept():
    got = mentions("وقال عبد الله بن زايد إن حزب الله يهدد أمن المنطقة.")
    assert ("PER", "عبد الله بن زايد") in got
    assert ("ORG", "حزب الله") in got


def test_stop_list_is_normalized_data():
    assert ner_norm("شاء") in RELIGIOUS_FORMULA_WORDS and ner_norm("الحمد") in RELIGIOUS_FORMULA_WORDS
    assert ner_norm("تعالى") in FORMULA_TAILS
