"""marsad.io: read raw input into :class:`~marsad.model.Article` records (no layout work).

* :func:`iter_articles` — stream articles from files, folders, ``.zip``/``.tar.gz``/``.gz``;
* :func:`read_records` — the articles of one input's bytes or text;
* :func:`decode` — bytes → text with the encoding detected (:mod:`marsad.io.encoding`);
* :func:`detect_format` — ``trec | json | jsonl | html | text`` (:mod:`marsad.io.formats`);
* :func:`count_inputs` — how many files/members there are, for a progress total.

See ``docs/io.md`` for how ``text``, ``fields`` and ``raw`` relate in each format.
"""

from marsad.io.encoding import decode
from marsad.io.formats import detect_format
from marsad.io.readers import read_records
from marsad.io.sources import count_inputs, iter_articles

__all__ = ["count_inputs", "decode", "detect_format", "iter_articles", "read_records"]
