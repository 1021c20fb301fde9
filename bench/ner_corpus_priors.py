"""Experiment (not shipped): corpus-level priors for the NER CRF, issue 5 follow-up (2026-11-29 night).

Two questions, each answered on the dev split (last 10% of the train file; model card, "Tried and not
kept"):

1. **Morphological distribution** of a word type in the unlabeled news (19.3M words,
   ``../shared/corpora``): proper names almost never take the article, possessive suffixes or plural
   endings (``لافروف`` 821 occurrences, 0 with ``ال``; ``وزير`` 11% with ``ال``). Per word: the clitic-
   stripped stem ``b`` (a proclitic is stripped only where the rest is more frequent, so ``وزير`` keeps
   its ``و``); share of the article forms (``ال``/``وال``/``بال``/``لل``… + ``b``), of possessive forms
   (``b`` + ``ه ها هم هما هن ك كم نا``, taa marbuta → ``ت``), of dual/plural forms (``ات ون ين ان تان
   تين``), of occurrences right after ``في إلى من عن على نحو داخل``; ratios bucketed (0, <0.5%, <2%,
   <5%, <15%, <40%, ≥40%), log₂ frequency / 2, the article×possessive pair; ``ctx`` adds the pair and
   the preposition bucket of the words at ±1, ``own`` does not, ``flag`` is one binary "name-like"
   feature (frequency ≥ 20, article < 0.5%, possessive < 0.5%, plural < 1%) for the word and ±1.
2. **Jackknifed news label priors** (the corpus-level feature of Krishnan & Manning 2006, with the
   news as the corpus): a stage-1 CRF (shipped features) tags a 2.09M-token sample of the news (every
   8th corpus member; sentences of 5–80 tokens, ≥ 60% Arabic); per normalized word, the share of its
   occurrences inside any name, the most frequent name type with its share, and the share of ``B-``
   among its name occurrences become stage-2 features (word, first of its clitic stems with ≥ 3
   occurrences; ``ctx``: also at ±1; ``per``: only the "most frequent type is PER" code). Without leakage: the train part is cut into 4 contiguous folds;
   the priors of fold k's sentences come from a stage-1 CRF trained on the other 3 folds; the dev
   part's from the CRF trained on the whole train part. ``nojk`` uses the latter for all (leaky).

Steps (each writes into ``--work``, default ``/tmp/marsad-ner-priors``)::

    bench/ner_corpus_priors.py counts                 # corpus counts (~25 CPU s)
    bench/ner_corpus_priors.py morph --var ctx|own|flag
    bench/ner_corpus_priors.py news                   # the 2.09M-token news sample
    bench/ner_corpus_priors.py fold --fold full       # then --fold 0 1 2 3 (stage-1 CRF + news tags)
    bench/ner_corpus_priors.py stage2 --var ctx|own|per [--nojk]
    bench/ner_corpus_priors.py ensemble               # after stage2 own and ctx (jackknifed)

3. **Ensemble of feature views** (after step 2): the dev marginals of the stage-1 CRF (shipped
   features), the stage-2 ``own`` and ``ctx`` CRFs, combined by their mean (or the mean of their
   logarithms) and decoded by a BIO-constrained Viterbi (an ``I-X`` only after ``B-X``/``I-X``).

Every run appends ``name, split, F1, F1 with the consistency pass, per-type F1 (with the pass),
seconds, model bytes`` to ``results.tsv``. CRF settings: ``marsad.entities.train.CRF_PARAMS``.
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# light normalization: as marsad.entities.features.ner_norm but taa marbuta kept (possessive forms)
_LIGHT = str.maketrans(
    {
        **{chr(c): None for c in range(0x064B, 0x0653)},
        "\u0670": None,
        "\u0640": None,
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
    }
)
PREP_NEXT_RE = re.compile(r"(?:^| )(?:في|الي|الى|من|عن|علي|نحو|داخل) (\S+)")
POSSESSIVES = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا")
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل", "فلل")
PLURALS = ("ات", "ون", "ين", "ان", "تان", "تين")
RATIO_EDGES = (0.005, 0.02, 0.05, 0.15, 0.4)
SHARE_EDGES = (0.01, 0.05, 0.2, 0.5, 0.8, 0.95)
N_FOLDS = 4
TOKEN_RE = re.compile(r"\w+|[^\w\s]")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?؟])\s+|\n+")
ARABIC_START_RE = re.compile(r"[\u0621-\u064A]")


def bucket(r: float, edges) -> str:
    if r <= 0:
        return "0"
    for i, t in enumerate(edges):
        if r < t:
            return str(i + 1)
    return str(len(edges) + 1)


def data():
    from marsad.entities.evaluate import read_bio
    from marsad.entities.train import TRAIN_FILE, split_dev

    return split_dev(read_bio(SHARED.joinpath(*TRAIN_FILE)))


_EXT = None


def base(tokens):
    """The shipped feature lists of one sentence."""
    global _EXT
    if _EXT is None:
        from marsad.entities.features import FeatureExtractor
        from marsad.entities.tagger import load_extractor

        FeatureExtractor.CACHE_MAX = 300_000
        _EXT = load_extractor()
    return _EXT.sentence(tokens)


def train_and_score(work: Path, name: str, train_items, dev, featfn) -> None:
    """Train a CRF on ``train_items`` (``[(features, tags)]``), score ``dev`` with ``featfn``."""
    import pycrfsuite

    from marsad.entities.evaluate import entity_scores
    from marsad.entities.train import CRF_PARAMS, predict

    t0 = time.time()
    tr = pycrfsuite.Trainer(verbose=False)
    for f, g in train_items:
        tr.append(f, g)
    tr.set_params(CRF_PARAMS)
    model = work / f"{name}.crfsuite"
    tr.train(str(model))
    tg = pycrfsuite.Tagger()
    tg.open(str(model))

    class _T:
        def tag(self, toks):
            return tg.tag(featfn(toks))

    gold = [[g for _, g in s] for s in dev]
    r0 = entity_scores(gold, predict(_T(), dev, consistency=False))
    r1 = entity_scores(gold, predict(_T(), dev, consistency=True))
    line = (
        f"{name}\tdev\t{r0['overall'].f1:.2f}\t{r1['overall'].f1:.2f}\t"
        + " ".join(f"{k}={r1[k].f1:.1f}" for k in ("PER", "LOC", "ORG", "MISC"))
        + f"\t{time.time() - t0:.0f}s\t{model.stat().st_size}"
    )
    print(line, flush=True)
    with open(work / "results.tsv", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


# --- 1. morphological distribution --------------------------------------------------------------
def counts(work: Path) -> None:
    from marsad.entities.clusters import _AR_WORD_RE, iter_corpus_texts

    uni: Counter[str] = Counter()
    prep: Counter[str] = Counter()
    n = 0
    for text in iter_corpus_texts(SHARED / "corpora"):
        doc = " ".join(_AR_WORD_RE.findall(text)).translate(_LIGHT)
        toks = doc.split()
        n += len(toks)
        uni.update(toks)
        prep.update(PREP_NEXT_RE.findall(doc))
    print(f"{n:,} tokens, {len(uni):,} types")
    with open(work / "counts.pkl", "wb") as fh:
        pickle.dump((uni, prep), fh)


class Morph:
    def __init__(self, work: Path):
        with open(work / "counts.pkl", "rb") as fh:
            self.uni, self.prep = pickle.load(fh)
        self._stats: dict[str, dict | None] = {}

    def bare(self, w: str) -> str:
        u = self.uni
        if len(w) > 3 and w[0] in "وف" and u.get(w[1:], 0) >= u.get(w, 0):
            w = w[1:]
        if len(w) > 3 and w.startswith("لل") and u.get("ال" + w[2:], 0) >= u.get(w, 0):
            return w[2:]
        if len(w) > 4 and w[0] in "بكل" and w[1:3] == "ال" and u.get(w[1:], 0) >= u.get(w, 0):
            w = w[1:]
        if len(w) > 4 and w.startswith("ال"):
            return w[2:]
        if len(w) > 3 and w[0] in "بكل" and u.get(w[1:], 0) > u.get(w, 0):
            return w[1:]
        return w

    def stats(self, raw: str) -> dict | None:
        if raw in self._stats:
            return self._stats[raw]
        u = self.uni
        b = self.bare(raw.translate(_LIGHT))
        bare_n = sum(u.get(p + b, 0) for p in PROCLITICS)
        art_n = sum(u.get(p + b, 0) for p in ARTICLE_FORMS)
        n = art_n + bare_n
        out = None
        if n >= 5:
            base_ = b[:-1] + "ت" if b.endswith("ة") else b
            poss = sum(u.get(base_ + s, 0) + u.get("و" + base_ + s, 0) for s in POSSESSIVES)
            st = b[:-1] if b.endswith("ة") else b
            plural = sum(u.get(st + s, 0) for s in PLURALS)
            nq = u.get(b, 0) + u.get("ال" + b, 0)
            q = self.prep.get(b, 0) + self.prep.get("ال" + b, 0)
            out = {
                "n": n,
                "art": art_n / n,
                "poss": poss / n,
                "pl": plural / n,
                "prep": q / nq if nq else 0.0,
            }
        self._stats[raw] = out
        return out

    def codes(self, raw: str) -> tuple[str, ...]:
        s = self.stats(raw)
        if s is None:
            return ("m=rare",)
        a, p = bucket(s["art"], RATIO_EDGES), bucket(s["poss"], RATIO_EDGES)
        return (
            "ma=" + a,
            "mp=" + p,
            "ml=" + bucket(s["pl"], RATIO_EDGES),
            "mq=" + bucket(s["prep"], RATIO_EDGES),
            "mf=" + str(min(int(math.log2(s["n"])), 20) // 2),
            "map=" + a + p,
        )

    def flag(self, raw: str) -> str:
        s = self.stats(raw)
        if s is None or s["n"] < 20:
            return ""
        return "nl=1" if (s["art"] < 0.005 and s["poss"] < 0.005 and s["pl"] < 0.01) else "nl=0"


def morph(work: Path, var: str) -> None:
    m = Morph(work)

    def feat(toks):
        f = base(toks)
        n = len(toks)
        out = []
        if var == "flag":
            nl = [m.flag(t) for t in toks]
            for i in range(n):
                g = f[i] + ([nl[i]] if nl[i] else [])
                if i > 0 and nl[i - 1]:
                    g.append("-1" + nl[i - 1])
                if i + 1 < n and nl[i + 1]:
                    g.append("+1" + nl[i + 1])
                out.append(g)
            return out
        cs = [m.codes(t) for t in toks]
        for i in range(n):
            g = f[i] + list(cs[i])
            if var == "ctx":
                if i > 0:
                    g += ["-1" + c for c in cs[i - 1] if c[:3] in ("map", "mq=", "m=r")]
                if i + 1 < n:
                    g += ["+1" + c for c in cs[i + 1] if c[:3] in ("map", "mq=", "m=r")]
            out.append(g)
        return out

    tr, dv = data()
    train_and_score(
        work, f"morph_{var}", ((feat([t for t, _ in s]), [g for _, g in s]) for s in tr), dv, feat
    )


# --- 2. jackknifed news label priors -------------------------------------------------------------
def news(work: Path) -> None:
    from marsad.entities.clusters import iter_corpus_texts

    out, n = [], 0
    for k, text in enumerate(iter_corpus_texts(SHARED / "corpora")):
        if k % 8:
            continue
        for s in SENTENCE_SPLIT_RE.split(text):
            toks = TOKEN_RE.findall(s)
            if 5 <= len(toks) <= 80 and sum(1 for t in toks if ARABIC_START_RE.match(t)) >= len(toks) * 0.6:
                out.append(toks)
                n += len(toks)
    print(f"{len(out):,} sentences, {n:,} tokens")
    with open(work / "news.pkl", "wb") as fh:
        pickle.dump(out, fh)


def kfolds(n: int) -> list[tuple[int, int]]:
    b = [n * i // N_FOLDS for i in range(N_FOLDS + 1)]
    return [(b[i], b[i + 1]) for i in range(N_FOLDS)]


def fold(work: Path, k: str) -> None:
    import pycrfsuite

    from marsad.entities.features import ner_norm
    from marsad.entities.train import CRF_PARAMS

    tr, _dv = data()
    if k == "full":
        part = tr
    else:
        a, b = kfolds(len(tr))[int(k)]
        part = tr[:a] + tr[b:]
    model = work / f"stage1_{k}.crfsuite"
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in part:
        trainer.append(base([t for t, _ in s]), [g for _, g in s])
    trainer.set_params(CRF_PARAMS)
    trainer.train(str(model))
    tg = pycrfsuite.Tagger()
    tg.open(str(model))
    with open(work / "news.pkl", "rb") as fh:
        sample = pickle.load(fh)
    st: dict[str, Counter] = defaultdict(Counter)
    for toks in sample:
        for t, g in zip(toks, tg.tag(base(toks)), strict=True):
            st[ner_norm(t)][g] += 1
    with open(work / f"stage1_{k}.stats.pkl", "wb") as fh:
        pickle.dump(dict(st), fh)
    print(f"fold {k}: {time.time() - t0:.0f}s")


class Prior:
    """Stage-2 codes of a word from the news tag counts of one stage-1 CRF."""

    def __init__(self, stats: dict, min_count: int = 3):
        self.st, self.min_count, self.cache = stats, min_count, {}

    def codes(self, raw: str) -> tuple[str, ...]:
        from marsad.entities.features import ner_norm, stem_candidates

        c = self.cache.get(raw)
        if c is not None:
            return c
        hit = None
        for cand in stem_candidates(ner_norm(raw)):
            s = self.st.get(cand)
            if s is not None and sum(s.values()) >= self.min_count:
                hit = s
                break
        if hit is None:
            c = ("np=none",)
        else:
            n = sum(hit.values())
            ent = n - hit.get("O", 0)
            cl = ["ne=" + bucket(ent / n, SHARE_EDGES)]
            if ent:
                ty: Counter[str] = Counter()
                for g, v in hit.items():
                    if g != "O":
                        ty[g[2:]] += v
                typ, ct = max(ty.items(), key=lambda x: (x[1], x[0]))
                nb = sum(v for g, v in hit.items() if g.startswith("B-"))
                cl += ["nt=" + typ + bucket(ct / n, SHARE_EDGES), "nb=" + bucket(nb / ent, SHARE_EDGES)]
            c = tuple(cl)
        self.cache[raw] = c
        return c


def stage2_features(prior: Prior, toks, var: str):
    f = base(toks)
    cs = [prior.codes(t) for t in toks]
    if var == "per":  # the person prior only
        cs = [tuple(c for c in x if c.startswith("nt=PER")) for x in cs]
    n = len(toks)
    out = []
    for i in range(n):
        g = f[i] + list(cs[i])
        if var == "ctx":
            if i > 0:
                g += ["-1" + c for c in cs[i - 1] if c[:3] in ("nt=", "np=", "ne=")]
            if i + 1 < n:
                g += ["+1" + c for c in cs[i + 1] if c[:3] in ("nt=", "np=", "ne=")]
        out.append(g)
    return out


def stage2(work: Path, var: str, jackknife: bool) -> None:
    def load(k):
        with open(work / f"stage1_{k}.stats.pkl", "rb") as fh:
            return Prior(pickle.load(fh))

    tr, dv = data()
    full = load("full")
    items = []
    for k, (a, b) in enumerate(kfolds(len(tr))):
        pk = load(k) if jackknife else full
        items += [(stage2_features(pk, [t for t, _ in s], var), [g for _, g in s]) for s in tr[a:b]]
    name = f"prior_{var}_{'jk' if jackknife else 'nojk'}"
    train_and_score(work, name, items, dv, lambda toks: stage2_features(full, toks, var))


# --- 3. ensemble of feature views ---------------------------------------------------------------
LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


def bio_viterbi(logp) -> list[str]:
    """Best BIO-valid label path for per-token label scores ``logp`` (n × 9, order :data:`LABELS`)."""
    import numpy as np

    allowed = np.array(
        [[not b.startswith("I-") or (a != "O" and a[2:] == b[2:]) for b in LABELS] for a in LABELS]
    )
    trans = np.where(allowed, 0.0, -1e9)
    d = np.where([not x.startswith("I-") for x in LABELS], logp[0], -1e9)
    back = np.zeros(logp.shape, dtype=int)
    for i in range(1, len(logp)):
        s = d[:, None] + trans
        back[i] = s.argmax(0)
        d = s.max(0) + logp[i]
    path = [int(d.argmax())]
    for i in range(len(logp) - 1, 0, -1):
        path.append(int(back[i][path[-1]]))
    return [LABELS[k] for k in reversed(path)]


def ensemble(work: Path) -> None:
    import numpy as np
    import pycrfsuite

    from marsad.entities.consistency import propagate_labels
    from marsad.entities.evaluate import entity_scores

    _tr, dv = data()
    with open(work / "stage1_full.stats.pkl", "rb") as fh:
        full = Prior(pickle.load(fh))
    views = [
        ("stage1_full", base),
        ("prior_own_jk", lambda t: stage2_features(full, t, "own")),
        ("prior_ctx_jk", lambda t: stage2_features(full, t, "ctx")),
    ]
    taggers = []
    for name, fn in views:
        tg = pycrfsuite.Tagger()
        tg.open(str(work / f"{name}.crfsuite"))
        taggers.append((tg, fn))
    toks = [[t for t, _ in s] for s in dv]
    gold = [[g for _, g in s] for s in dv]
    margs = []
    for ts in toks:
        row = []
        for tg, fn in taggers:
            tg.set(fn(ts))
            row.append(np.array([[tg.marginal(lab, i) for lab in LABELS] for i in range(len(ts))]))
        margs.append(row)
    combos = [("base", [0]), ("base+own", [0, 1]), ("base+ctx", [0, 2]), ("base+own+ctx", [0, 1, 2])]
    for name, idx in combos:
        for how in ("mean", "geo"):
            pred = []
            for row in margs:
                if how == "mean":
                    lp = np.log(np.mean([row[k] for k in idx], 0) + 1e-12)
                else:
                    lp = np.mean([np.log(row[k] + 1e-12) for k in idx], 0)
                pred.append(bio_viterbi(lp))
            r0 = entity_scores(gold, pred)
            cons = []
            for b in range(0, len(pred), 25):
                cons += propagate_labels(toks[b : b + 25], pred[b : b + 25])
            r1 = entity_scores(gold, cons)
            line = f"ens_{name}_{how}\tdev\t{r0['overall'].f1:.2f}\t{r1['overall'].f1:.2f}\t" + " ".join(
                f"{k}={r1[k].f1:.1f}" for k in ("PER", "LOC", "ORG", "MISC")
            )
            print(line, flush=True)
            with open(work / "results.tsv", "a", encoding="utf-8") as fh:
                fh.write(line + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=("counts", "morph", "news", "fold", "stage2", "ensemble"))
    ap.add_argument("--var", default="ctx")
    ap.add_argument("--fold", default="full")
    ap.add_argument("--nojk", action="store_true")
    ap.add_argument("--work", type=Path, default=Path("/tmp/marsad-ner-priors"))
    a = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"skipped: {SHARED} absent")
    a.work.mkdir(parents=True, exist_ok=True)
    {
        "counts": lambda: counts(a.work),
        "morph": lambda: morph(a.work, a.var),
        "news": lambda: news(a.work),
        "fold": lambda: fold(a.work, a.fold),
        "stage2": lambda: stage2(a.work, a.var, not a.nojk),
        "ensemble": lambda: ensemble(a.work),
    }[a.step]()


if __name__ == "__main__":
    main()
