"""Speed changes of the entities stage that must not change its output (issue 5, speed round).

Each fast path is checked against the reference it replaces, on real text: the seed article and
ANERcorp test sentences (via ``shared_path``), with exact equality (tags, marginals to the bit).
"""

from __future__ import annotations

import pytest

from conftest import shared_path


@pytest.fixture(scope="module")
def model():
    import pycrfsuite

    from marsad.entities.tagger import MODEL_FILE

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_FILE))
    return tagger


def test_model_attributes_read_from_the_file_equal_crfsuite_dump(model):
    from marsad.entities.features import model_attributes
    from marsad.entities.tagger import MODEL_FILE

    known = model_attributes(MODEL_FILE)
    assert known == frozenset(model.info().attributes)
    assert len(known) == 32_241 and "bias" in known and "BOS" in known


def test_model_attributes_refuses_another_file(tmp_path):
    from marsad.entities.features import model_attributes

    bad = tmp_path / "x.crfsuite"
    bad.write_bytes(b"not a model" * 10)
    with pytest.raises(ValueError):
        model_attributes(bad)


def _sentences(seed_article, n_anercorp: int = 400) -> list[list[str]]:
    from marsad.entities.evaluate import read_bio
    from marsad.entities.stage import prose_tokens

    sents = [[t[2] for t in s] for s in prose_tokens(seed_article)]
    test_file = shared_path("ner", "anercorp", "ANERcorp_test_original.txt")
    sents += [[t for t, _ in s] for s in read_bio(test_file)[:n_anercorp]]
    return sents


def test_known_feature_filter_gives_the_same_tags_and_marginals(model, seed_article):
    """The tagger's extractor leaves out features the model has no weight for: every token's list is
    the full list minus the unknown ones, in order, and crfsuite gives the same tags, marginals and
    sequence probability to the bit (measured on 23,935 sentences / 614k tokens: 0 differ)."""
    from marsad.entities.features import model_attributes
    from marsad.entities.tagger import MODEL_FILE, load_extractor

    known = model_attributes(MODEL_FILE)
    full, filtered = load_extractor(), load_extractor(known)
    labels = model.labels()
    sents = _sentences(seed_article)
    dropped = kept = 0
    for toks in sents:
        f_full, f_known = full.sentence(toks), filtered.sentence(toks)
        assert f_known == [[x for x in f if x in known] for f in f_full], toks
        kept += sum(map(len, f_known))
        dropped += sum(map(len, f_full)) - sum(map(len, f_known))
        tags = model.tag(f_full)
        marg = [[model.marginal(lab, i) for lab in labels] for i in range(len(toks))]
        prob = model.probability(tags)
        assert model.tag(f_known) == tags
        assert [[model.marginal(lab, i) for lab in labels] for i in range(len(toks))] == marg
        assert model.probability(tags) == prob
    assert len(sents) > 400 and dropped > 0.1 * (kept + dropped)  # the filter does drop features


def test_shipped_tagger_uses_the_filter_training_does_not():
    from marsad.entities.tagger import get_tagger, load_extractor

    assert get_tagger().extractor.known is not None
    assert load_extractor().known is None  # train.py's extractor: every feature
