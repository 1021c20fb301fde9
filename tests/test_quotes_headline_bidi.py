"""A headline speaker never starts or ends with a BiDi control: a title opened by U+200F (as
scraped pages write it) gives the speaker without it (third new-user report, finding 2)."""

import pytest

import marsad
from marsad.quotes.headline import headline_quote


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("\u200fوزير الصحة: الوضع تحت السيطرة تماما", "وزير الصحة"),
        ("\u200f#لافروف: مستعدون للتنسيق مع واشنطن", "لافروف"),
        ("لافروف\u200e: مستعدون للتنسيق مع واشنطن", "لافروف"),
        ("لافروف: مستعدون للتنسيق مع واشنطن", "لافروف"),
    ],
)
def test_headline_speaker_without_bidi_controls(line, speaker):
    h = headline_quote(line, "title")
    assert h is not None
    assert line[h[0] : h[1]] == speaker
    assert line[h[3] : h[4]].startswith("مستعدون") or line[h[3] : h[4]].startswith("الوضع")


def test_parse_gives_the_clean_speaker():
    a = marsad.parse("\u200fوزير الصحة: الوضع تحت السيطرة\n\nقال وزير الصحة إن الوضع تحت السيطرة.\n")
    assert [(q.kind, q.speaker) for q in a.quotes][0] == ("headline", "وزير الصحة")
