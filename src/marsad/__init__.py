"""Marsad (مرصد): Arabic news into clean, structured, searchable knowledge.

Public API::

    import marsad
    art = marsad.parse(text_or_bytes)          # -> Article (format detected when fmt is None)
    art.sentences, art.tokens, art.entities, art.quotes   # standoff spans: art.text[s.start:s.end]
    art.to_dict()                              # JSON-ready, the shape of `marsad export`
    for art in marsad.parse_path("corpus.tar.gz"): ...
"""

from marsad.model import Article, Token
from marsad.pipeline import annotate, parse, parse_many, parse_path

__version__ = "0.1.0"
__all__ = ["Article", "Token", "annotate", "parse", "parse_many", "parse_path", "__version__"]
