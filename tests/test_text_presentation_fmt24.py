"""Arabic presentation forms (fmt24, rob23 item 10): a text typed in the isolated/initial/medial/final
forms of U+FB50–U+FDFF and U+FE70–U+FEFC (a PDF copy, an old renderer) gave no entities and no
quotations. The word keys (the quotes fold, the cue look-up, the NER key ``ner_norm``) read each 1:1
form as its letter (:data:`marsad.text.letters.PRESENTATION_LETTER_FOLDS`, the search key's table), the
cue look-up reads a lam-alef ligature as its two letters; the raw text, the offsets and the display keep
the forms."""

import unicodedata

import marsad
from marsad.entities.features import ner_norm
from marsad.quotes.cues import fold, fold_word_python, iter_cues
from marsad.text.letters import LAM_ALEF_LIGATURES, PRESENTATION_LETTER_FOLDS
from marsad.text.normalize import search_key

# «قال وزير الخارجية الأردني أيمن الصفدى يوم الأحد إن المحادثات مع الجانب المصري مستمرة في القاهرة.»
# written letter by letter in isolated presentation forms (rob23's t/presforms.txt)
PRES = ("ﻕﺍﻝ ﻭﺯﻱﺭ ﺍﻝﺥﺍﺭﺝﻱﺓ ﺍﻝﺃﺭﺩﻥﻱ ﺃﻱﻡﻥ ﺍﻝﺹﻑﺩﻯ ﻱﻭﻡ ﺍﻝﺃﺡﺩ ﺇﻥ ﺍﻝﻡﺡﺍﺩﺙﺍﺕ ﻡﻉ ﺍﻝﺝﺍﻥﺏ ﺍﻝﻡﺹﺭﻱ ﻡﺱﺕﻡﺭﺓ ﻑﻱ "
        "ﺍﻝﻕﺍﻩﺭﺓ.")


def test_tables():
    assert len(PRESENTATION_LETTER_FOLDS) == 248
    for k, v in PRESENTATION_LETTER_FOLDS.items():  # NFKC without its harakat and tatweel
        nfkc = "".join(c for c in unicodedata.normalize("NFKC", k) if not unicodedata.combining(c) and c not in "\u0640 ")
        assert len(v) == 1 and nfkc == v, hex(ord(k))
    assert LAM_ALEF_LIGATURES == {"\ufef5": "لآ", "\ufef6": "لآ", "\ufef7": "لأ", "\ufef8": "لأ",
                                  "\ufef9": "لإ", "\ufefa": "لإ", "\ufefb": "لا", "\ufefc": "لا"}


def test_keys_read_the_letters():
    assert fold("ﺃﻱﻡﻥ ﺍﻝﺹﻑﺩﻯ") == fold_word_python("ﺃﻱﻡﻥ ﺍﻝﺹﻑﺩﻯ") == fold("أيمن الصفدى") == "ايمن الصفدى"
    assert ner_norm("ﺃﻱﻡﻥ ﺍﻝﺹﻑﺩﻯ") == ner_norm("أيمن الصفدى") == "ايمن الصفدي"
    assert search_key("ﺃﻱﻡﻥ") == search_key("أيمن")


def test_cues_in_presentation_forms():
    assert [(c.start, c.end, c.cue.lemma) for c in iter_cues("ﻕﺍﻝ ﺍﻝﻭﺯﻱﺭ")] == [(0, 3, "قال")]
    assert [(c.start, c.end, c.clitic, c.cue.lemma) for c in iter_cues("ﻭﺃﻙﺩ ﺍﻝﻭﺯﻱﺭ")] == [(0, 4, "و", "أكد")]
    # a lam-alef ligature is two letters of the look-up key: «ﻭﻗﺎﻝ» «ﺃﻋﻠﻦ» are found; «ﻭﺃﺿﺎﻑ» too
    assert [c.cue.lemma for c in iter_cues("ﻭﺃﺿﺎﻑ ﺍﻝﻭﺯﻱﺭ")] == ["أضاف"]


def test_pipeline_presentation_forms_text():
    text = "ﻉﻥﻭﺍﻥ ﺥﺏﺭ ﺍﻝﺃﺵﻙﺍﻝ\n\n" + PRES + "\n"
    a = marsad.parse(text)
    assert a.text == text
    (q,) = a.quotes  # before: none
    assert q.speaker == "ﺃﻱﻡﻥ ﺍﻝﺹﻑﺩﻯ"  # as written
    assert a.text[q.start : q.end].startswith("ﺇﻥ ﺍﻝﻡﺡﺍﺩﺙﺍﺕ")
    assert [(m.type, m.text) for m in a.mentions] == [("PER", "ﺃﻱﻡﻥ ﺍﻝﺹﻑﺩﻯ"), ("LOC", "ﺍﻝﻕﺍﻩﺭﺓ")]  # before: none
