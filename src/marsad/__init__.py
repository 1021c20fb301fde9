"""Marsad (مرصد): Arabic news into clean, structured, searchable knowledge.

Public API::

    import marsad
    art = marsad.parse(text_or_bytes)          # -> Article (format detected when fmt is None)
    art.sentences, art.tokens, art.entities, art.quotes   # standoff spans: art.text[s.start:s.end]
    art.to_dict()                              # JSON-ready, the shape of `marsad export`
    for art in marsad.parse_path("corpus.tar.gz"): ...

The names are imported on first use (PEP 562 module ``__getattr__``): ``import marsad`` and the
import of any submodule (``marsad.settings``, ``marsad.store``) do not load the pipeline and its
stages (~0.4 s of CPU, most of it the quotes cue tables), so that a ``marsad search`` or
``marsad --help`` starts without them (new-user report nu26, item 1).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.model import Article, Token
    from marsad.pipeline import annotate, parse, parse_many, parse_path

__version__ = "0.1.0"
__all__ = ["Article", "Token", "annotate", "parse", "parse_many", "parse_path", "__version__"]

#: Public name -> the module that defines it.
_LAZY = {
    "Article": "marsad.model",
    "Token": "marsad.model",
    "annotate": "marsad.pipeline",
    "parse": "marsad.pipeline",
    "parse_many": "marsad.pipeline",
    "parse_path": "marsad.pipeline",
}


def __getattr__(name: str) -> Any:
    """``marsad.parse`` and the other public names of :data:`__all__`, imported on first use and
    then kept as module attributes; any other missing name raises ``AttributeError``."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'marsad' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
