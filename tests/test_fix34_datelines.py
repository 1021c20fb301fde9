"""fix34 (new user nu33, item 4): credits whose unknown word was read as the dateline place. A
Sabq credit names its writer first (``<writer>- سبق- <place>``), a reader's comment names the reader
(``النايف (زائر)``), a given name glued to its family name is a writer (``خالدالمرشود``), a month is
a date and an outlet's name part (``أونلاين``, ``سكاي``) an outlet. A town no table lists stays the
place, as written. Short credit strings in the shape of SaudiNewsNet ``author`` fields."""

from __future__ import annotations

import pytest

from marsad.layout.dateline import parse_credit


def _credit(s: str) -> tuple[str | None, str | None]:
    c = parse_credit(s, 0, len(s))
    assert c is not None
    span = lambda x: s[x.start : x.end] if x is not None else None  # noqa: E731
    return span(c.dateline), span(c.byline)


@pytest.mark.parametrize(
    ("credit", "dateline", "byline"),
    [
        # main: dateline 'عافت الدويش- سبق- الهباس', no byline (a writer's name before سبق is no place)
        ("عافت الدويش- سبق- الهباس:", "سبق- الهباس", "عافت الدويش"),
        # main: dateline 'النايف'
        ("النايف (زائر)", None, "النايف"),
        ("ابوناصر-الرياض (زائر)", "الرياض", "ابوناصر"),
        # main: dateline 'تبوك - الوئام - خالدالمرشود'
        ("تبوك - الوئام - خالدالمرشود:", "تبوك - الوئام", "خالدالمرشود"),
        # main: dateline 'فهدالعتيبي', byline 'حوطة سدير' (swapped)
        ("حوطة سدير - فهدالعتيبي:", "حوطة سدير", "فهدالعتيبي"),
        # main: dateline 'يوليو - رويترز'
        ("يوليو - رويترز:", None, "رويترز"),
        # main: 'أونلاين' and 'سكاي' were places
        ("القاهرة: «الشرق الأوسط» أونلاين", "القاهرة: «الشرق الأوسط» أونلاين", None),
    ],
)
def test_writers_readers_months_are_no_places(credit, dateline, byline):
    assert _credit(credit) == (dateline, byline)


@pytest.mark.parametrize(
    ("credit", "dateline", "byline"),
    [
        ("حسام النصر ـ سيهات", "سيهات", "حسام النصر"),  # a town no table lists stays the place
        ("تنومة - سعيد معيض", "تنومة", "سعيد معيض"),
        ("سبق- بلقرن:", "سبق- بلقرن", None),
        ("بوينوس ايرس-الوئام:", "بوينوس ايرس-الوئام", None),  # a place before another outlet
        ("إب: الوكالات", "إب: الوكالات", None),  # إب (Yemen) folds like the month آب: still a place
        ("عبدالله الزهراني- سبق- الرياض", "سبق- الرياض", "عبدالله الزهراني"),
    ],
)
def test_places_stay(credit, dateline, byline):
    assert _credit(credit) == (dateline, byline)
