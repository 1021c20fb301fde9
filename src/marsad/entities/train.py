"""Training of the shipped NER model (``marsad train ner``), reproducible from ``../shared``.

Steps: (1) gazetteer files from ANERgazet + CLDR + the curated extra list + Wikidata name tokens;
(2) word clusters from the unlabeled news corpora (:mod:`marsad.entities.clusters`; skipped with
``rebuild_clusters=False``); (3) a CRF on ANERcorp train. Hyper-parameters were chosen on a dev split
carved from the *train* file only (the last ``DEV_FRACTION`` of its sentences, contiguous, so that
dev articles are unseen); the final model is then trained on the whole train file. The test file is
never used here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from marsad.entities.evaluate import entity_scores, read_bio

TRAIN_FILE = ("ner", "anercorp", "ANERcorp_train_original.txt")
TEST_FILE = ("ner", "anercorp", "ANERcorp_test_original.txt")
#: Fraction of train sentences (the last ones, contiguous) held out as dev for tuning.
DEV_FRACTION = 0.1
#: CRF hyper-parameters (L-BFGS with elastic net), chosen on the dev split; see the model card.
CRF_PARAMS = {
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


def default_shared() -> Path:
    """The shared data folder: ``$MARSAD_SHARED``, else ``../shared`` from the working directory, else
    ``shared`` beside the source checkout (the project's layout); the first that exists (or the
    first candidate when none does)."""
    import os

    env = os.environ.get("MARSAD_SHARED")
    cands = [Path(env)] if env else []
    cands += [Path.cwd().parent / "shared", Path.cwd() / "shared", Path(__file__).resolve().parents[4] / "shared"]
    return next((c for c in cands if c.exists()), cands[0])


def split_dev(sents: list, fraction: float = DEV_FRACTION) -> tuple[list, list]:
    """``(train part, dev part)``: the dev part is the last ``fraction`` of the sentences."""
    cut = int(len(sents) * (1 - fraction))
    return sents[:cut], sents[cut:]


def train_crf(sents, out: Path, extractor, params: dict | None = None, log: Callable = print) -> float:
    """Train a CRF on ``sents`` (``[[(token, tag), ...], ...]``) and save it to ``out``; returns seconds."""
    import pycrfsuite

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        trainer.append(extractor.sentence([t for t, _ in s]), [g for _, g in s])
    trainer.set_params(params or CRF_PARAMS)
    trainer.train(str(out))
    sec = time.perf_counter() - t0
    log(f"ner: trained on {sum(len(s) for s in sents):,} tokens in {sec:.0f}s → {out}")
    return sec


#: Sentences per pseudo-document when evaluating on a BIO file without document boundaries (the
#: document-level consistency pass needs documents; ANERcorp articles are ~20–40 sentences).
EVAL_DOC_SENTENCES = 25


def predict(tagger, sents, doc_sentences: int = EVAL_DOC_SENTENCES, consistency: bool = True) -> list[list[str]]:
    """Predicted tags for ``sents`` (``[[(token, tag), ...]]``), with the document-level consistency
    pass over consecutive blocks of ``doc_sentences`` sentences (as the pipeline does per article)."""
    from marsad.entities.consistency import propagate_labels

    toks = [[t for t, _ in s] for s in sents]
    pred = [tagger.tag(t) for t in toks]
    if not consistency:
        return pred
    out: list[list[str]] = []
    for b in range(0, len(toks), doc_sentences):
        out += propagate_labels(toks[b : b + doc_sentences], pred[b : b + doc_sentences])
    return out


def evaluate_model(model: Path, sents, extractor, consistency: bool = True) -> dict:
    """Entity-level scores of ``model`` on ``sents`` (see :func:`entity_scores`)."""
    from marsad.entities.tagger import NERTagger

    tagger = NERTagger(model, extractor)
    gold = [[g for _, g in s] for s in sents]
    return entity_scores(gold, predict(tagger, sents, consistency=consistency))


def evaluate_file(path: Path, consistency: bool = True) -> dict:
    """Scores of the shipped model on a two-column BIO file (``marsad eval ner``)."""
    from marsad.entities.tagger import get_tagger

    sents = read_bio(path)
    gold = [[g for _, g in s] for s in sents]
    return entity_scores(gold, predict(get_tagger(), sents, consistency=consistency))


def train_ner(
    shared: Path,
    *,
    rebuild_clusters: bool = True,
    dev: bool = False,
    params: dict | None = None,
    out: Path | None = None,
    log: Callable = print,
) -> dict:
    """Rebuild the shipped model from ``shared`` (the ../shared folder).

    ``dev=True`` trains on the train part only and reports dev scores (tuning); otherwise the final
    model is trained on the whole train file and written to ``out`` (default: the shipped model).
    Raises ``FileNotFoundError`` when the training file is absent.
    """
    from marsad.entities.clusters import build_clusters
    from marsad.entities.gazetteer import build_gazetteer_files
    from marsad.entities.tagger import MODEL_FILE, load_extractor

    train_path = shared.joinpath(*TRAIN_FILE)
    if not train_path.exists():
        raise FileNotFoundError(f"training data absent: {train_path}")
    log(f"ner: gazetteers {build_gazetteer_files(shared)}")
    if rebuild_clusters:
        log(f"ner: clusters {build_clusters(shared / 'corpora', log=log)}")
    extractor = load_extractor()
    sents = read_bio(train_path)
    if dev:
        tr, dv = split_dev(sents)
        tmp = (out or MODEL_FILE).with_suffix(".dev.crfsuite")
        train_crf(tr, tmp, extractor, params, log)
        res = evaluate_model(tmp, dv, extractor)
        tmp.unlink(missing_ok=True)
        return res
    target = out or MODEL_FILE
    train_crf(sents, target, extractor, params, log)
    return {"model": str(target), "bytes": target.stat().st_size}
