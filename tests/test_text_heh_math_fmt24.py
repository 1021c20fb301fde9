"""Heh doachashmee and mathematical digits (fmt24, rob23 items 4f and 16): ``ھ`` (U+06BE, typed for ``ه``
on Urdu and some Persian keyboards: ``الھیئة``) folds to ``ه`` in the three word keys (the quotes fold,
the NER key, the search key: one table, :data:`marsad.text.letters.PERSIAN_LETTER_FOLDS` taken from
``SEARCH_FOLDS``); mathematical digits (U+1D7CE–U+1D7FF) fold to ASCII in the search key; a presentation
form of keheh or heh doachashmee folds on to the Arabic letter. The index layout is 10."""

from marsad.entities.features import ner_norm
from marsad.quotes.cues import fold
from marsad.search import index
from marsad.text.normalize import search_key


def test_heh_doachashmee_folds_in_all_three_keys():
    assert fold("الھیئة") == fold("الهيئة") == "الهيئة"
    assert ner_norm("الھیئة") == ner_norm("الهيئة")
    assert search_key("الھیئة") == search_key("الهيئة") == "الهيئه"


def test_search_key_folds_math_digits_and_presentation_persian_letters():
    assert search_key("𝟙𝟚") == "12"
    assert search_key("𝟎𝟗 𝟶𝟿 𝟘") == "09 09 0"
    assert search_key("\ufb90") == "\u0643"  # keheh initial form → ک → ك
    assert search_key("\ufbac") == "\u0647"  # heh doachashmee initial form → ھ → ه


def test_index_layout_raised():
    assert index.LAYOUT >= 11  # (10 with time24's NAME_TAA_PLURALS, merged first; 12 since nu25)
