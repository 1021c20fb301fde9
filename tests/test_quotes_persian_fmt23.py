"""Persian letters in Arabic text (task fmt23, hostile tester rob23 item 4f): text typed on a Persian
keyboard writes yeh ی (U+06CC), keheh ک (U+06A9) and heh with yeh above ۀ (U+06C0) for the Arabic
letters. The word keys of the quotes stage (:func:`marsad.quotes.cues.fold`) and of the NER
(:func:`marsad.entities.features.ner_norm`) fold them as the search key does
(:data:`marsad.text.letters.PERSIAN_LETTER_FOLDS`, taken from ``SEARCH_FOLDS``): the names are found,
the speaker is the name and is linked. The raw text is never changed (1:1 folds, offsets kept)."""

import pytest

import marsad
from marsad.entities.features import ner_norm
from marsad.quotes import cues
from marsad.quotes.cues import fold, fold_tokens, fold_word, fold_word_python
from marsad.text.letters import PERSIAN_LETTER_FOLDS
from marsad.text.normalize import search_key


def test_persian_folds_are_the_search_keys():
    assert PERSIAN_LETTER_FOLDS == {"\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c0": "\u0647", "\u06d5": "\u0647",
                                    "\u06be": "\u0647"}  # (heh doachashmee since fmt24)
    for persian, arabic in PERSIAN_LETTER_FOLDS.items():
        assert search_key(persian) == search_key(arabic) == arabic


@pytest.mark.parametrize(
    ("persian", "arabic"),
    [("یوم", "يوم"), ("الکویتی", "الكويتي"), ("أکد", "اكد"), ("فی", "في"), ("مدینۀ", "مدينه"), ("وزیر", "وزير")],
)
def test_quotes_fold_folds_persian_letters(persian, arabic):
    assert fold(persian) == fold_word(persian) == fold_word_python(persian) == arabic
    assert fold_tokens([persian, "قال"]) == [arabic, "قال"]
    assert persian.translate(cues._FOLD_TABLE) == arabic


def test_quotes_fold_keeps_alef_maqsura_apart():
    # the Arabic alef maqsura stays apart from yeh (``على`` ≠ ``علي``); Persian ی is yeh, as in the search key
    assert fold("على") == "على" != fold("علي") == fold("علی") == "علي"


def test_ner_norm_folds_persian_letters():
    assert ner_norm("الصفدی") == ner_norm("الصفدي") == "الصفدي"
    assert ner_norm("کمال") == "كمال"
    assert ner_norm("مدینۀ") == ner_norm("مدينة") == "مدينه"


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        ("جلسة البرلمان\n\nوقال رئیس البرلمان نبیه بري یوم الخمیس إن الجلسة ستعقد الأسبوع المقبل.\n",
         "نبیه بري", None),  # before: speaker «رئیس», «نبیه» not a name
        ("تصریحات\n\nقال کمال الشریف مدیر الشرکة إن الأرباح ارتفعت هذا العام.\n",
         "کمال الشریف", None),  # before: no PER entity, the speaker not linked
        ("اجتماع في الکویت\n\nقال وزیر المالیة الکویتی خالد الروضان یوم الاثنین إن الحکومة ستقدم برنامجها.\n",
         "خالد الروضان", "وزیر المالیة الکویتی"),  # before: the title inside the PER entity
    ],
)
def test_persian_typed_speaker_is_the_linked_name(text, speaker, title):
    a = marsad.parse(text)
    assert [q.speaker for q in a.quotes] == [speaker]
    q = a.quotes[0]
    assert q.entity is not None
    e = a.entities[q.entity]
    assert (e.type, e.name) == ("PER", speaker)
    if title is not None:
        assert e.roles == [title]
    # the raw text is kept: the speaker as written, with its Persian letters, at its offsets
    assert q.speaker_span is not None and a.text[q.speaker_span.start : q.speaker_span.end] == speaker


def test_arabic_spelling_unchanged():
    a = marsad.parse("قال وزير المالية الكويتي خالد الروضان يوم الاثنين إن الحكومة ستقدم برنامجها.\n")
    assert [(q.speaker, a.entities[q.entity].name) for q in a.quotes] == [("خالد الروضان", "خالد الروضان")]
