"""The time-expression scanner's shortcuts give exactly what the plain scans give.

* The end-anchored look-back patterns (``MONTH_BEFORE_YEAR_RE``, ``MONTH_BEFORE_DIR_RE``,
  ``PART_BEFORE_RE``, ``YAWM_BEFORE_RE``, ``PREP_BEFORE_RE``) are searched only when their tail
  pattern matches the reversed window (``expressions._search_end``): same match (span and groups)
  as ``pattern.search`` on windows made of the words those patterns read.
* The four ``ال`` patterns (weekday, direction, other day, unit) are each tried only where one of
  their own words starts: the same matches as ``finditer`` over the whole text, compiled scan or not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.scan import matches_at
from marsad.time import expressions as E
from marsad.time.expressions import find_time_expressions
from marsad.time.months import GREGORIAN, HIJRI_FOLDED

_MONTHS = sorted({*(k for k, v in GREGORIAN.items() if v[1] != "english"), *HIJRI_FOLDED})
_WORDS = (
    _MONTHS
    + sorted(E.PARTS_OF_DAY)
    + list(E._PREPOSITIONS)
    + sorted(E.DIRECTIONS)
    + sorted(E._AR_WEEKDAYS)
    + ["عام", "العام", "سنه", "السنه", "من", "شهر", "يوم", "نهار", "ال", "و", "ف", "ب", "ل", "ما", "اب",
       "بعام", "سنة", "خبر", "قال", "2017", "15", "x"]
)
#: Separators: spaces of several kinds, none, the comma signs, a slash, a bracket, a newline.
_SEPARATORS = [" ", " ", "  ", "", "، ", ",", " / ", "/", "\u00a0", "\n", " (", "\t"]
_WINDOWS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=7).map(
    lambda parts: "".join(w + s for w, s in parts)
)
_PAIRS = [
    (E.MONTH_BEFORE_YEAR_RE, E._MONTH_BEFORE_YEAR_TAIL),
    (E.MONTH_BEFORE_DIR_RE, E._MONTH_BEFORE_DIR_TAIL),
    (E.PART_BEFORE_RE, E._PART_BEFORE_TAIL),
    (E.YAWM_BEFORE_RE, E._YAWM_BEFORE_TAIL),
    (E.PREP_BEFORE_RE, E._PREP_BEFORE_TAIL),
]


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


@settings(max_examples=3000, deadline=None)
@given(_WINDOWS, st.sampled_from(range(len(_PAIRS))))
def test_search_end_equals_search(window, k):
    pattern, tail = _PAIRS[k]
    assert _same(E._search_end(pattern, tail, window), pattern.search(window))


@pytest.mark.parametrize("pattern, tail", _PAIRS)
def test_search_end_finds_every_word_it_reads(pattern, tail):
    """Every month, part of day, preposition with each separator and year word: the tail lets the
    search run (a month name with an internal space, ``كانون الثاني``, with a run of spaces too)."""
    hits = 0
    for word in _WORDS:
        for before in ("", "و", "في "):
            for after in (" ", "  ", "، عام ", " من العام ", " / ", " يوم ", ",سنه\u00a0"):
                for w in (before + word + after, before + word.replace(" ", "   ") + after):
                    got = E._search_end(pattern, tail, w)
                    assert _same(got, pattern.search(w)), w
                    hits += got is not None
    assert hits > 0


@settings(max_examples=1500, deadline=None)
@given(_WINDOWS)
def test_al_patterns_tried_at_their_own_words(text):
    f = E.fold_with_map(text)[0]
    for literals in (E._LITERALS, None):
        saved = E._LITERALS
        try:
            E._LITERALS = literals
            pos = E._positions(f)
        finally:
            E._LITERALS = saved
        for pattern, group in (
            (E.WEEKDAY_RE, E._G_WEEKDAY),
            (E.DIR_RE, E._G_DIR),
            (E.OTHER_DAY_RE, E._G_OTHER_DAY),
            (E.UNIT_RE, E._G_UNIT),
        ):
            want = [m.span() for m in pattern.finditer(f)]
            assert [m.span() for m in matches_at(pattern, f, pos[group])] == want


def test_scanner_reads_through_the_shortcuts():
    from datetime import date

    ref = date(2024, 4, 20)  # a Saturday
    text = (
        "قال في مارس 2017 إن الاجتماع مساء يوم الاثنين الماضي، وفي شهر رمضان الماضي، ومنذ عام 2011 "
        "وخلال الأسبوع المقبل والعام الماضي وفي كانون الثاني الماضي، وصباح اليوم، وذلك خلال شوال."
    )
    assert [(t.text, t.value) for t in find_time_expressions(text, ref)] == [
        ("مارس 2017", "2017-03"),
        ("مساء يوم الاثنين الماضي", "2024-04-15TEV"),
        ("شهر رمضان الماضي", "2024-03-11/2024-04-09"),  # Umm al-Qura 1445
        ("عام 2011", "2011"),
        ("الأسبوع المقبل", "2024-W17"),
        ("العام الماضي", "2023"),
        ("كانون الثاني الماضي", "2024-01"),
        ("صباح اليوم", "2024-04-20TMO"),
        ("خلال شوال", "2024-04-10/2024-05-08"),
    ]
