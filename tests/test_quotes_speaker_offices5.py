"""Fifth new-user report, finding 5: a described office after the cue is not an earlier person
known by another office, and a masculine role word is not a speaker known only by its feminine form;
a role that matches still refers back."""

from __future__ import annotations

import pytest

import marsad


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in marsad.parse(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'عنوان\n\nقال الرئيس الأمريكي دونالد ترامب إن الرسوم قادمة.\n\n'
            'وقال المتحدث باسم الخارجية الصينية: "هذا قرار مرفوض".\n',
            ["دونالد ترامب", "المتحدث باسم الخارجية الصينية"],
        ),
        (
            "عنوان\n\nقالت الوزيرة سارة إن الأمر مهم.\n\nولفت الوزير إلى أن الأمور «تحت السيطرة».\n",
            ["سارة", "الوزير"],
        ),
        (  # the role that matches still refers back, in either gender
            "عنوان\n\nقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.\n\nوأضاف الوزير أن بلاده مستعدة.\n",
            ["سيرغي لافروف", "سيرغي لافروف"],
        ),
        (
            "عنوان\n\nقالت الوزيرة سارة إن الأمر مهم.\n\nوأكدت الوزيرة أن الخطة جاهزة.\n",
            ["سارة", "سارة"],
        ),
        (  # an epithet that is no office still names the person described (an ANT sports case)
            "عنوان\n\nقال المدرب الإيطالي أنطونيو كونتي إن الفريق جاهز.\n\n"
            "لكن لاعب يوفنتوس السابق ومدرب المنتخب الإيطالي يقول إن طريقة إدارته ناجحة.\n",
            ["أنطونيو كونتي", "أنطونيو كونتي"],
        ),
    ],
)
def test_described_offices_and_role_genders(text, expected):
    assert _speakers(text) == expected
