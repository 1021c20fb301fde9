"""A hashtag's tag follows the display layer: tatweel deleted (``#سوريـــا`` → ``سوريا``), harakat,
shadda, underscores and ZWNJ kept (issue 2); its span still covers the raw characters (fifth
new-user report, #14: hashtags were stored with tatweel while the title text dropped it)."""

from __future__ import annotations

import marsad
from marsad.layout.hashtags import find_hashtags, remove_hashtag_marks, unique_hashtags


def _tags(text: str) -> list[tuple[str, str]]:
    return [(h.tag, text[h.start : h.end]) for h in find_hashtags(text)]


def test_tatweel_is_deleted_from_the_tag_and_the_span_stays_raw():
    text = "عاجل: #سوريـــا و#عاجـــل و #مصـر_اليوم"
    # و glued before # is the conjunction: و#عاجـــل is the hashtag عاجل (eighth new-user report, #16)
    assert _tags(text) == [("سوريا", "#سوريـــا"), ("عاجل", "#عاجـــل"), ("مصر_اليوم", "#مصـر_اليوم")]
    assert _tags("خبر #عاجـــل") == [("عاجل", "#عاجـــل")]


def test_harakat_shadda_underscores_and_zwnj_are_kept():
    assert _tags("في #سوريّا و #الاتفاق_النووي_الإيراني") == [
        ("سوريّا", "#سوريّا"),
        ("الاتفاق_النووي_الإيراني", "#الاتفاق_النووي_الإيراني"),
    ]
    assert _tags("#عَاجِل") == [("عَاجِل", "#عَاجِل")]
    assert _tags("#می\u200cخواهم") == [("می\u200cخواهم", "#می\u200cخواهم")]


def test_a_decomposed_hamza_is_composed_as_in_the_display_layer():
    assert _tags("#ا\u0654من") == [("أمن", "#ا\u0654من")]


def test_a_tag_of_tatweel_alone_is_no_hashtag():
    assert _tags("رمز #ـــ هنا و #ـ_ـ") == []
    assert _tags("#1 و #2024") == []


def test_an_article_shows_the_display_tag_everywhere():
    a = marsad.parse("#سوريـــا: اجتماع في #جنيـــف\n\nقال الوزير إن #سوريا تشارك.\n")
    assert [h.tag for h in a.hashtags] == ["سوريا", "جنيف", "سوريا"]
    assert [a.text[h.start : h.end] for h in a.hashtags] == ["#سوريـــا", "#جنيـــف", "#سوريا"]
    assert unique_hashtags(a) == ["سوريا", "جنيف"]
    assert a.to_dict()["hashtags"] == ["سوريا", "جنيف", "سوريا"]
    assert a.title_text == "سوريا: اجتماع في جنيف"
    assert remove_hashtag_marks("#سوريـــا") == "سوريـــا"  # raw edit only; the display drops tatweel
