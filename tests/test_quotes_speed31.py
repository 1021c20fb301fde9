"""Speed31: the cheaper forms of a few per-line and per-word tests give the answers of the forms they
replace (no output change; issue 6)."""

from __future__ import annotations

import itertools

from marsad.quotes.cues import _HIDING_CHARS, _HIDING_SET, CLAUSE_INTRO_FIRST, CLAUSE_INTRO_RE, cue_at, fold
from marsad.quotes.reported import _clause_intro, _whole_quotation
from marsad.quotes.speakers import _LAM_ADJUNCT, _is_stop
from marsad.quotes.stage import _lost_opening_mark

_WORDS = ("قال الوزير أن أنه بأنها لأن إنهم انه فإن والذي لوكالة للصحفيين لبي لسي لندن بيان ان أنّه "
          "إن الأمن نحن مصدر أمس اليوم مارس وأكد بضرورة ليبيا").split()


def test_clause_intro_matches_start_with_its_first_characters():
    # every word of the pattern's language (proclitic, alef form, ن, shadda, pronoun suffix) starts with
    # one of CLAUSE_INTRO_FIRST, so testing that character first changes no answer
    forms = ["".join(p) for p in itertools.product(("", "ب", "ل"), "أإا", ("ن",), ("", "ّ"),
                                                   ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي"))]
    assert len(forms) == 162
    for w in forms:
        assert CLAUSE_INTRO_RE.match(w) is not None, w
        assert w[:1] in CLAUSE_INTRO_FIRST
    for w in _WORDS:
        f = fold(w)
        assert _clause_intro.__self__.compute(w) is (CLAUSE_INTRO_RE.match(f) is not None)


def test_lam_adjunct_matches_start_with_lam():
    for w in ("للصحفيين", "لـ", "لوكالة", "لصحيفة", "لبي", "لسي", "لقناة"):
        assert _LAM_ADJUNCT.match(w) is not None and w[0] == "ل"
    assert _LAM_ADJUNCT.match("لندن") is None and _LAM_ADJUNCT.match("ولوكالة") is None


def test_is_stop_answers():
    stops = {"أن", "أنه", "بأنها", "لأن", "إنهم", "انه", "فإن", "والذي", "لوكالة", "للصحفيين", "لبي", "لسي",
             "ان", "أنّه", "إن", "مارس", "أمس", "اليوم"}
    for w in _WORDS:
        assert _is_stop(w) is (w in stops), w
    assert _is_stop("بضرورة", ("ب",)) and not _is_stop("بيان", ("ب",))


def test_hiding_set_test_is_the_character_test():
    for w in ("وقال", "وأکد", "وق\u200fال", "ﻗﺎﻝ", ""):
        assert (not _HIDING_SET.isdisjoint(w)) is any(ch in _HIDING_CHARS for ch in w)
    m = cue_at("ثم وأکد الوزير أن", 3)
    assert m is not None and m.cue.lemma == "أكد"


def test_whole_quotation_and_lost_mark():
    assert _whole_quotation('أن "واشنطن ملتزمة بالاتفاق"')
    assert not _whole_quotation('أن التحالف ينفذ عملياته بـ"تدابير عالية المستوى"')
    assert _whole_quotation('"لن نتراجع عن قرارنا"')
    assert _whole_quotation('لن نتراجع عن قرارنا"')  # nothing in it opens the mark: a mark lost after a colon
    assert not _whole_quotation('نص بلا علامة')
    assert _lost_opening_mark('قال: لن نتراجع عن قرارنا" ثم', 5, 26)
    assert not _lost_opening_mark('قال: "لن نتراجع عن قرارنا" ثم', 5, 27)
    assert _lost_opening_mark("قال: «لن» نتراجع “عن” قرارنا”", 5, 29)


def test_strip_article_answers():
    from marsad.quotes.reported import _strip_article

    words = ["والوزارة", "بالقرار", "الأمن", "بيان", "وزير", "فالحكومة", "ال", "قال", "بلد", "ومصر", ""]
    assert [_strip_article(w) for w in words] == ["وزارة", "قرار", "امن", "يان", "زير", "حكومة", "ال", "قال",
                                                  "بلد", "مصر", ""]


def test_headline_quote_needs_the_colon():
    from marsad.quotes.headline import headline_quote

    assert headline_quote("وزير الخارجية: لن نتراجع عن موقفنا", "title") == (0, 13, 13, 15, 34)
    assert headline_quote("وزير الخارجية يؤكد أنه لن يتراجع", "title") is None
    assert headline_quote("الوزير ：لن نتراجع", "title") is None  # a full-width colon is no speaker's colon
