"""Training of the shipped NER model (``marsad train ner``), reproducible from ``../shared``.

Steps: (1) gazetteer files from ANERgazet + CLDR + the curated extra list + Wikidata name tokens;
(2) word clusters from the unlabeled news corpora (:mod:`marsad.entities.clusters`; skipped with
``rebuild_clusters=False``); (3) a CRF on ANERcorp train. Hyper-parameters were chosen on a dev split
carved from the *train* file only (the last ``DEV_FRACTION`` of its sentences, contiguous, so that
dev articles are unseen); the final model is then trained on the whole train file. The test file is
never used here.
"""

from __future__ import annotations

import shutil
import tempfile
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
    log(f"ner: trained on {sum(len(s) for s in sents):,} tokens in {sec:.0f}s")
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


def evaluate_file(path: Path, consistency: bool = True, model: Path | None = None) -> dict:
    """Scores of the model in use (:func:`marsad.entities.tagger.get_tagger`), or of the model
    folder ``model`` (written by ``marsad train ner``), on a two-column BIO file (``marsad eval
    ner``). Raises ``ValueError`` for a malformed or empty file (``read_bio`` strict),
    ``FileNotFoundError`` when ``model`` holds no model."""
    from marsad.entities.tagger import MODEL_FILE, NERTagger, get_tagger

    sents = read_bio(path, strict=True)
    if model is not None:
        crf = Path(model) / MODEL_FILE.name if Path(model).is_dir() else Path(model)
        if not crf.exists():
            raise FileNotFoundError(f"no NER model in {model} (train one with `marsad train ner --out {model}`)")
        tagger = NERTagger(crf)
    else:
        tagger = get_tagger()
    gold = [[g for _, g in s] for s in sents]
    return entity_scores(gold, predict(tagger, sents, consistency=consistency))


#: The folder ``marsad train ner`` writes to when none is named (relative to the working
#: directory, outside the installed package: training never replaces the shipped model unless asked).
DEFAULT_OUT = Path("models") / "ner"
#: The files of a trained NER model folder: the CRF, and the feature data it was trained with.
MODEL_FILES = ("ner.crfsuite", "gazetteer.tsv.gz", "person_tokens.txt.gz", "clusters.tsv.gz")


def train_ner(
    shared: Path,
    *,
    rebuild_clusters: bool = True,
    dev: bool = False,
    params: dict | None = None,
    out: Path | None = None,
    replace_shipped: bool = False,
    min_tokens: int | None = None,
    log: Callable = print,
) -> dict:
    """Train a NER model from ``shared`` (the ../shared folder) into the folder ``out`` (default
    :data:`DEFAULT_OUT`): the CRF and the gazetteer, person-name tokens and clusters it was trained
    with (:data:`MODEL_FILES`; the shipped clusters copied when ``rebuild_clusters`` is false). The
    entities stage uses such a folder only when ``$MARSAD_NER_MODEL`` names it
    (:func:`marsad.entities.tagger.model_dir`). ``replace_shipped=True`` writes into the package's
    ``data/`` instead, each replaced file kept as ``<name>.bak`` (eighth new-user report, finding 3:
    a 5-token training file silently overwrote the shipped model and gazetteer). Files are written
    into a temporary folder beside the target and moved in at the end (an interrupted run leaves the
    target as it was).

    ``dev=True`` trains on the train part only and returns dev scores (tuning; nothing written).
    Otherwise returns ``{"model": path, "bytes": n, "dir": folder, "tokens": n, "backups": [paths]}``.
    Raises ``FileNotFoundError`` when the training file is absent, ``ValueError`` when it is
    malformed (:func:`marsad.entities.evaluate.read_bio` strict) or has fewer than ``min_tokens``
    tokens (default ``settings.NER_TRAIN_MIN_TOKENS``).
    """
    from marsad import settings
    from marsad.entities.clusters import CLUSTERS_FILE, build_clusters, load_clusters
    from marsad.entities.features import FeatureExtractor
    from marsad.entities.gazetteer import build_gazetteer_files, load_gazetteer, load_person_tokens
    from marsad.entities.tagger import DATA_DIR, MODEL_FILE

    train_path = shared.joinpath(*TRAIN_FILE)
    if not train_path.exists():
        raise FileNotFoundError(f"training data absent: {train_path}")
    try:
        sents = read_bio(train_path, strict=True)
    except ValueError as exc:
        raise ValueError(f"{train_path}: {exc}") from None
    n_tokens = sum(len(s) for s in sents)
    floor = settings.NER_TRAIN_MIN_TOKENS if min_tokens is None else min_tokens
    if n_tokens < floor:
        raise ValueError(
            f"{train_path}: {n_tokens:,} tokens, too few to train a NER model (at least {floor:,}: "
            "settings.NER_TRAIN_MIN_TOKENS; ANERcorp train has 125,087); nothing written"
        )
    target = DATA_DIR if replace_shipped else Path(out or DEFAULT_OUT)
    if not dev:  # --dev writes nothing: its files live in the system's temporary folder
        target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=None if dev else target, prefix=".train-ner-") as tmp_name:
        tmp = Path(tmp_name)
        log(f"ner: gazetteers {build_gazetteer_files(shared, tmp)}")
        clusters_file = tmp / CLUSTERS_FILE.name
        if rebuild_clusters:
            log(f"ner: clusters {build_clusters(shared / 'corpora', out=clusters_file, log=log)}")
        else:
            shutil.copy2(CLUSTERS_FILE, clusters_file)
        extractor = FeatureExtractor(
            load_clusters(clusters_file)[0],
            load_gazetteer(tmp / "gazetteer.tsv.gz"),
            load_person_tokens(tmp / "person_tokens.txt.gz"),
        )
        if dev:
            tr, dv = split_dev(sents)
            model = tmp / "dev.crfsuite"
            train_crf(tr, model, extractor, params, log)
            return evaluate_model(model, dv, extractor)
        train_crf(sents, tmp / MODEL_FILE.name, extractor, params, log)
        backups: list[str] = []
        for name in MODEL_FILES:
            dest = target / name
            if replace_shipped and dest.exists():
                shutil.copy2(dest, dest.with_name(name + ".bak"))
                backups.append(str(dest.with_name(name + ".bak")))
            shutil.move(str(tmp / name), str(dest))
    model_path = target / MODEL_FILE.name
    return {
        "model": str(model_path),
        "bytes": model_path.stat().st_size,
        "dir": str(target),
        "tokens": n_tokens,
        "backups": backups,
    }
