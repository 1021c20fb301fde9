"""marsad.text: the display layer and the search key (with offset maps back to the raw text),
orthographic fixes, sentences and tokens. See ``docs/text.md``."""

from marsad.text.normalize import Layer, display_layer, display_text, search_key, search_layer
from marsad.text.orthography import find_fixes
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

__all__ = [
    "Layer",
    "display_layer",
    "display_text",
    "find_fixes",
    "search_key",
    "search_layer",
    "split_sentences",
    "tokenize",
]
