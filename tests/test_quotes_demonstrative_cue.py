"""A speaker named after a quotation by a demonstrative pointing back at it, then a cue and the name:
``"…"، بهذه الكلمات تحدث السفير البريطاني في مصر، جون كاسن`` (task teaser24: no speaker before).
Rule: ``marsad.quotes.reported.DEMONSTRATIVE_BEFORE_CUE_RE`` in ``cue_right_after``. Own sentences."""

from __future__ import annotations

import marsad

LEAD = "القاهرة، مصر - شهدت العاصمة المصرية احتفالا بالعيد الوطني البريطاني مساء الأحد بحضور عدد من الوزراء."
QUOTE = '"إن العلاقات بين مصر وبريطانيا قوية ومتينة، ونحن نعمل معا من أجل مستقبل أفضل للبلدين"'


def _quotes(paragraph: str) -> list[tuple[str, str | None]]:
    a = marsad.parse(("القاهرة - 12-03-2018\n" + LEAD + "\n" + paragraph).encode())
    return [(a.text[q.start : q.end], q.speaker) for q in a.quotes]


def test_demonstrative_then_cue_then_name():
    words = QUOTE.strip('"')
    for tail in (
        "، بهذه الكلمات تحدث السفير البريطاني في مصر، جون كاسن، خلال الحفل.",
        "، هكذا قال السفير البريطاني في مصر، جون كاسن، خلال الحفل.",
        " بهذه العبارات علّق السفير البريطاني في مصر، جون كاسن، على سؤال الصحفيين.",
    ):
        assert _quotes(QUOTE + tail) == [(words, "جون كاسن")], tail


def test_plain_post_posed_cue_unchanged():
    assert _quotes(QUOTE + "، قال السفير البريطاني في مصر، جون كاسن، خلال الحفل.") == [
        (QUOTE.strip('"'), "جون كاسن")
    ]


def test_therefore_or_no_cue_is_no_attribution():
    # near misses: "لهذا" (therefore) and "بذلك" (thereby) do not point at the quotation as words said;
    # "بهذا" followed by no cue verb names no speaker
    for tail in (
        "، ولهذا قال السفير البريطاني في مصر، جون كاسن، إن الزيارة ستتم في موعدها.",
        "، وبهذا التهديد واجهت الحكومة المعارضة في البرلمان.",
    ):
        got = _quotes(QUOTE + tail)
        assert (QUOTE.strip('"'), "جون كاسن") not in got, tail
