"""An organisation speaker with nothing after it (the text, or a teaser read alone, ends there) made
``repair.continued`` read past its tokens: IndexError, and the article lost every quotation
("stage-failed"). Found with teasers read on a blanked text (task teaser24). Own sentences."""

from __future__ import annotations

import marsad


def test_org_speaker_ending_the_text():
    a = marsad.parse(
        (
            "جنيف - 12-03-2018\nأعلنت الأمم المتحدة خطة جديدة للاجئين في المنطقة.\n"
            '"إن الأوضاع الإنسانية في المخيمات تزداد سوءا كل يوم"، قالت المفوضية العليا'
        ).encode()
    )
    assert not [p for p in a.problems if p.code == "stage-failed"]
    assert [(a.text[q.start : q.end], q.speaker) for q in a.quotes] == [
        ("إن الأوضاع الإنسانية في المخيمات تزداد سوءا كل يوم", "المفوضية العليا")
    ]
