"""Letter folds shared by the word keys that compare words without the whole search key.

:data:`PERSIAN_LETTER_FOLDS` is taken from the search key's own table
(:data:`marsad.text.normalize.SEARCH_FOLDS`, Lucene's ``PersianNormalizer``), not written again: the
quotes stage's :func:`marsad.quotes.cues.fold` and the NER normalization
:func:`marsad.entities.features.ner_norm` fold Persian letters as the search key does. (It lives here,
not in ``normalize.py``: that file is one of the sources the compiled ``analysis`` module is hashed
from, see ``marsad._speedups._manifest``.)
"""

from __future__ import annotations

from marsad.text.normalize import SEARCH_FOLDS

#: The Persian (and Kurdish) letters of :data:`~marsad.text.normalize.SEARCH_FOLDS` → the Arabic
#: letter: yeh ی (U+06CC) → ي, keheh ک (U+06A9) → ك, heh with yeh above ۀ (U+06C0) and ae ە
#: (U+06D5) → ه. Text typed on a Persian keyboard writes these for the Arabic letters (``وزیر`` for
#: ``وزير``). 1:1 character folds: offsets do not move; the raw text is never changed. A final ی
#: stands for both ي and ى and folds, as in the search key, to ي, the more frequent (``فی`` = ``في``).
PERSIAN_LETTER_FOLDS: dict[str, str] = {
    c: to for frm, to in SEARCH_FOLDS for c in frm if c in "\u06cc\u06a9\u06c0\u06d5"
}
