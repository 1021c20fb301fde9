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
        """``model_path``: a crfsuite model; without ``extractor``, the gazetteer, person tokens and
        clusters beside it (a folder of ``marsad train ner --out``), else the shipped ones."""
        import pycrfsuite

        # an extractor of our own leaves out the features the model has no weight for (same tags,
        # fewer strings for crfsuite to convert and look up); one passed in (training) is used as is
        if extractor is None:
            try:
                known: frozenset[str] | None = model_attributes(model_path)
            except ValueError:  # a model file of another layout: every feature, as before
                known = None
            extractor = load_extractor(known, Path(model_path).parent)
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


def load_extractor(known: frozenset[str] | None = None, data_dir: Path | None = None) -> FeatureExtractor:
    """The feature extractor with the clusters, gazetteer and person-name tokens of ``data_dir``
    (each file that is there; default and fallback: the shipped ones); with ``known`` (a model's
    attributes) it gives only those features (tagging, not training)."""
    from marsad.entities.clusters import CLUSTERS_FILE, load_clusters
    from marsad.entities.gazetteer import (
        GAZETTEER_FILE,
        PERSON_TOKENS_FILE,
        load_gazetteer,
        load_person_tokens,
    )

    def pick(shipped: Path) -> Path:
        mine = Path(data_dir) / shipped.name if data_dir is not None else shipped
        return mine if mine.exists() else shipped

    clusters, _freq = load_clusters(pick(CLUSTERS_FILE))
    return FeatureExtractor(
        clusters, load_gazetteer(pick(GAZETTEER_FILE)), load_person_tokens(pick(PERSON_TOKENS_FILE)), known
    )


def model_dir() -> Path:
    """The folder of the NER model in use: ``$MARSAD_NER_MODEL`` (``settings.NER_MODEL_ENV``: a
    folder written by ``marsad train ner``, used only when named) or the shipped ``data/``."""
    import os

    from marsad import settings

    env = os.environ.get(settings.NER_MODEL_ENV, "").strip()
    return Path(env).expanduser() if env else DATA_DIR


def get_tagger() -> NERTagger:
    """The process-wide tagger of :func:`model_dir`, loaded on first use (thread-safe). Raises
    ``FileNotFoundError`` when the model file is missing."""
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                folder = model_dir()
                model = folder / MODEL_FILE.name
                if not model.exists():
                    from marsad import settings

                    hint = (
                        f"{settings.NER_MODEL_ENV} names {folder}; train one there with `marsad train ner --out {folder}`"
                        if folder != DATA_DIR
                        else "reinstall marsad, or restore it with `marsad train ner --replace-shipped`"
                    )
                    raise FileNotFoundError(f"NER model missing: {model} ({hint})")
                _TAGGER = NERTagger(model)
    return _TAGGER
