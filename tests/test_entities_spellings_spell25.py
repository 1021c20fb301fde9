"""One name, several spellings (spell25, items 1–2): a name typed with Persian letters (``علی لاریجانی``),
presentation forms (``ﺳﺎﻣﺢ ﺷﻜﺮﻱ``), heh doachashmee (``ھشام``), a lam-alef ligature or a soft hyphen / ZWNJ
is one entity with its standard-letter spelling, in the article and across the store, and is shown in
the standard letters when the article (or the store) writes them. Our own sentences."""

from __future__ import annotations

import sqlite3

import marsad
from marsad.entities import registry
from marsad.entities.aliases import name_key


def entities(sentence: str) -> list[tuple[str, str, str]]:
    a = marsad.parse("عنوان الخبر\n\n" + sentence)
    return [(e.type, e.name, e.key) for e in a.entities if e.type == "PER"]


def test_persian_letters_one_entity_shown_in_standard_letters():
    s = ("قال رئيس البرلمان الإيراني علی لاریجانی إن الاتفاق قائم، وقال رئيس البرلمان الإيراني علي لاريجاني "
         "إن بلاده لن تتراجع.")  # fmt: skip
    assert entities(s) == [("PER", "علي لاريجاني", "PER:علي لاريجاني")]  # before: 'علی لاریجانی'


def test_a_word_written_in_standard_letters_elsewhere_is_shown():
    # only the surname is written again in standard letters: it is shown so; a Persian yeh whose
    # Arabic letter the article never writes stays (a final ی may be ي or ى)
    s = "وقال علی لاریجانی إن الاتفاق قائم. وقال علي لاريجاني إن بلاده لن تتراجع."
    assert entities(s) == [("PER", "علی لاريجاني", "PER:علي لاريجاني")]


def test_heh_doachashmee_name_shown_with_heh():
    s = "وقال المتحدث باسم الحكومة ھشام عبد الله إن الاتفاق قائم. وأضاف هشام عبد الله أن الأمر انتهى."
    assert entities(s) == [("PER", "هشام عبد الله", "PER:هشام عبد الله")]  # before: 'ھشام عبد الله'


def test_presentation_forms_and_keheh_one_entity():
    s = ("وقال وزير الخارجية سامح شكري إن المحادثات مستمرة. وأضاف سامح شکري أن مصر ملتزمة. "
         "وقال ﺳﺎﻣﺢ ﺷﻜﺮﻱ إن الأمر انتهى.")  # fmt: skip
    assert entities(s) == [("PER", "سامح شكري", "PER:سامح شكري")]


def test_soft_hyphen_inside_a_name_is_no_second_entity():
    s = ("وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. وأضاف دونالد ترامب أن بلاده لن تتراجع. "
         "وقال دونالد ترا\u00adمب أيضا إن الأمر انتهى.")  # fmt: skip
    (e,) = entities(s)  # before: a second entity 'دونالد ترا<SHY>مب' with its own key
    assert e[1] == "دونالد ترامب"


def test_keys_equal_for_every_spelling():
    plain = name_key("علي لاريجاني")
    for forms in (
        "علی لاریجانی",
        "ﻋﻠﻲ ﻻﺭﻳﺠﺎﻧﻲ",
        "علي لاري\u00adجاني",
        "علي لاري\u200cجاني",
        "عل\u200fي لاريجاني",
    ):
        assert name_key(forms) == plain, forms


def test_registry_one_entry_shown_in_standard_letters():
    conn = sqlite3.connect(":memory:")
    registry.create_schema(conn)
    persian = "عنوان\n\nوقال رئيس البرلمان الإيراني علی لاریجانی إن الاتفاق قائم."
    arabic = "عنوان\n\nوقال رئيس البرلمان الإيراني علي لاريجاني إن الاتفاق قائم."
    shy = "عنوان\n\nوقال رئيس البرلمان الإيراني علي لاري\u00adجاني إن الاتفاق قائم."
    for i, text in enumerate((persian, arabic, shy), 1):
        registry.save_article(conn, i, marsad.parse(text))
    rows = conn.execute("SELECT key, name, articles FROM entity_registry WHERE type = 'PER'").fetchall()
    # before: the Persian spelling, stored first, named the entry; the soft hyphen made a second one
    assert rows == [("PER:علي لاريجاني", "علي لاريجاني", 3)]
    assert registry.articles_for(conn, "علی لاریجانی", "PER") == [1, 2, 3]
