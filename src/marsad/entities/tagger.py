"""The shipped CRF named-entity tagger: lazy loading (once per process) and BIO tagging.

Model: linear-chain CRF (Lafferty et al. 2001) trained with python-crfsuite (Okazaki 2007) on
ANERcorp (see ``docs/model-card-ner.md``); features from :mod:`marsad.entities.features`.
Tags: ``O``, ``B-X``/``I-X`` with X in PER, LOC, ORG, MISC.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

from marsad.entities.features import FeatureExtractor, model_attributes

DATA_DIR = Path(__file__).parent / "data"
MODEL_FILE = DATA_DIR / "ner.crfsuite"

#: Lone UTF-16 surrogates (``marsad.parse`` of a ``str`` keeps them verbatim). crfsuite encodes every
#: feature string as strict UTF-8 and fails on them (a ``SystemError`` wrapping
#: ``UnicodeEncodeError``), so a sentence holding one is tagged with U+FFFD in their place (one
#: code point each: tokens keep their lengths, tags their positions).
_LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")

_LOCK = threading.Lock()
_TAGGER: NERTagger | None = None


class NERTagger:
    """A loaded model plus its feature extractor. ``tag(tokens) -> list[str]`` (one BIO tag each)."""

    def __init__(self, model_path: Path = MODEL_FILE, extractor: FeatureExtractor | None = None):
        import pycrfsuite

        # an extractor of our own leaves out the features the model has no weight for (same tags,
        # fewer strings for crfsuite to convert and look up); one passed in (training) is used as is
        if extractor is None:
            try:
                known: frozenset[str] | None = model_attributes(model_path)
            except ValueError:  # a model file of another layout: every feature, as before
                known = None
            extractor = load_extractor(known)
        self.extractor = extractor
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of raw tokens (``[]`` for ``[]``)."""
        if not tokens:
            return []
        return self._tag(tokens)

    def _tag(self, tokens: Sequence[str]) -> list[str]:
        """crfsuite's tags for ``tokens``; on a lone surrogate, again with U+FFFD in its place (the
        check costs nothing on the ordinary path)."""
        try:
            return self._tagger.tag(self.extractor.sentence(tokens))
        except (SystemError, UnicodeEncodeError):
            if not _LONE_SURROGATE_RE.search("".join(tokens)):
                raise
        clean = [_LONE_SURROGATE_RE.sub("\ufffd", t) for t in tokens]
        return self._tagger.tag(self.extractor.sentence(clean))

    def tag_with_marginals(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags plus the marginal probability of each chosen tag (a confidence in [0, 1])."""
        if not tokens:
            return [], []
        tags = self._tag(tokens)
        return tags, [self._tagger.marginal(t, i) for i, t in enumerate(tags)]


def load_extractor(known: frozenset[str] | None = None) -> FeatureExtractor:
    """The feature extractor with the shipped clusters, gazetteer and person-name tokens; with
    ``known`` (a model's attributes) it gives only those features (tagging, not training)."""
    from marsad.entities.clusters import load_clusters
    from marsad.entities.gazetteer import load_gazetteer, load_person_tokens

    clusters, _freq = load_clusters()
    return FeatureExtractor(clusters, load_gazetteer(), load_person_tokens(), known)


def get_tagger() -> NERTagger:
    """The process-wide tagger, loaded on first use (thread-safe). Raises ``FileNotFoundError`` when
    the model file is missing (run ``marsad train ner``)."""
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                if not MODEL_FILE.exists():
                    raise FileNotFoundError(f"NER model missing: {MODEL_FILE} (run `marsad train ner`)")
                _TAGGER = NERTagger()
    return _TAGGER
