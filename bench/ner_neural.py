"""Experiment (not shipped): a small neural tagger stacked on the shipped CRF, issue 5 follow-up.

Question: does a neural sequence tagger on CPU — pretrained word vectors learned by the project from
the unlabeled news + a character CNN (Ma & Hovy 2016; Lample et al. 2016) + the CRF's tag marginals as
inputs (stacking, Wolpert 1992) + a BiLSTM or a 2-layer token CNN (Collobert et al. 2011), softmax
output, BIO-constrained Viterbi — beat the CRF on the dev split, alone or interpolated with the CRF's
marginals, at ≥ 50,000 tokens/s? Results and the decision: ``docs/model-card-ner.md`` ("Tried and not
kept"); speed: ``docs/benchmarks/ner.md``.

Needs the ``train`` extra plus PyTorch, which is NOT a project dependency (the network was not
shipped): ``.venv/bin/pip install torch==2.13.0`` (CPU build). Reads ``../shared``; writes its
caches to ``--work`` (default ``/tmp/marsad-ner-neural``). One thread (``torch.set_num_threads(1)``);
run with ``OPENBLAS_NUM_THREADS=1`` for the speed step. Steps, in order::

    bench/ner_neural.py prepare                      # CRF out-of-fold marginals + PPMI-SVD vectors
    bench/ner_neural.py train --arch cnn --name cnn  # dev split; --marg 0: network alone
    bench/ner_neural.py mix --name cnn               # interpolate with the CRF marginals (dev)
    bench/ner_neural.py speed --name cnn             # numpy inference, tokens/s on one core
    bench/ner_neural.py train --arch cnn --name final --final 1   # train + dev -> test (once)
    bench/ner_neural.py mix --name final --final 1 --lam 0.3

Protocol (model card): choices on the dev split (last 10% of the train file); the test file once per
candidate. Stacking without leakage: the marginals fed to the network for the train part come from
4 CRFs each trained on the other 3/4 of it (out-of-fold); the dev part's from a CRF trained on the
whole train part; the test file's from the shipped CRF (trained on train + dev). CRF settings and
features are the shipped ones (``marsad.entities.train.CRF_PARAMS``, ``features.py``).
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
LABEL_INDEX = {t: i for i, t in enumerate(LABELS)}
SHAPES = ["ar", "lat", "LAT", "num", "mix", "pun"]
GAZ_TYPES = ["PER", "LOC", "ORG", "MISC"]
#: Per-word extra inputs: shape one-hot, gazetteer types, Wikidata person token, clitic, no vector.
N_EXTRA = len(SHAPES) + len(GAZ_TYPES) + 3
FOLDS = 4
MAX_CHARS = 20


def data():
    """``(train part, dev part, test)`` sentences of ``(token, tag)`` (the model card's split)."""
    from marsad.entities.evaluate import read_bio
    from marsad.entities.train import TEST_FILE, TRAIN_FILE, split_dev

    tr, dv = split_dev(read_bio(SHARED.joinpath(*TRAIN_FILE)))
    return tr, dv, read_bio(SHARED.joinpath(*TEST_FILE))


def crf_marginals(model: Path, sents, extractor) -> list[np.ndarray]:
    """Per sentence an ``(n, 9)`` array of the CRF's marginal tag probabilities (order ``LABELS``)."""
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(model))
    out = []
    for s in sents:
        tg.set(extractor.sentence([t for t, _ in s]))
        out.append(np.array([[tg.marginal(lab, i) for lab in LABELS] for i in range(len(s))], np.float32))
    return out


def prepare(work: Path) -> None:
    """Out-of-fold CRF marginals (``marg.pkl``) and 100-d PPMI-SVD word vectors (``emb.npy``,
    ``vocab.txt``: the vectors behind the shipped clusters, ``marsad.entities.clusters``)."""
    from marsad.entities import clusters as C
    from marsad.entities.tagger import MODEL_FILE, load_extractor
    from marsad.entities.train import train_crf

    work.mkdir(parents=True, exist_ok=True)
    ex = load_extractor()
    tr, dv, test = data()
    oof: list = [None] * len(tr)
    n = len(tr)
    for k in range(FOLDS):
        a, b = k * n // FOLDS, (k + 1) * n // FOLDS
        p = work / f"fold{k}.crfsuite"
        if not p.exists():
            train_crf(tr[:a] + tr[b:], p, ex)
        oof[a:b] = crf_marginals(p, tr[a:b], ex)
    p = work / "trpart.crfsuite"
    if not p.exists():
        train_crf(tr, p, ex)
    marg = {"tr": oof, "dv": crf_marginals(p, dv, ex), "test": crf_marginals(MODEL_FILE, test, ex)}
    with open(work / "marg.pkl", "wb") as fh:
        pickle.dump(marg, fh)
    vocab, _counts, ids = C.corpus_token_ids(SHARED / "corpora")
    mat = C.cooccurrence(ids, len(vocab), C.CONTEXT_SIZE)
    del ids
    emb = C.randomized_svd(C.ppmi(mat), C.DIM)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-12
    np.save(work / "emb.npy", emb.astype(np.float32))
    (work / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    print(f"prepared {work}: {len(tr)} + {len(dv)} + {len(test)} sentences, {emb.shape} vectors")


class WordInputs:
    """Per word type: (vector index, char ids, extra features); char ids grow while training."""

    def __init__(self, vocab: list[str], chars: dict[str, int] | None = None):
        from marsad.entities.gazetteer import load_gazetteer, load_person_tokens

        self.vix = {w: i + 1 for i, w in enumerate(vocab)}  # 0: no vector
        self.gaz, self.ptok = load_gazetteer(), load_person_tokens()
        self.chars = chars if chars is not None else {}
        self.frozen = chars is not None

    def __call__(self, raw: str) -> tuple[int, list[int], list[float]]:
        from marsad.entities.features import ner_norm, stem_candidates, word_shape

        w = ner_norm(raw)
        cands = stem_candidates(w)
        idx = next((self.vix[c] for c in cands if c in self.vix), 0)
        gt = set().union(*(self.gaz.token_types(c) for c in cands))
        x = [0.0] * N_EXTRA
        x[SHAPES.index(word_shape(raw))] = 1.0
        for j, t in enumerate(GAZ_TYPES):
            x[len(SHAPES) + j] = float(t in gt)
        x[-3] = float(any(c in self.ptok for c in cands))
        x[-2] = float(len(cands) > 1)
        x[-1] = float(idx == 0)
        if self.frozen:
            cs = [self.chars.get(c, 1) for c in w[:MAX_CHARS]]
        else:
            cs = [self.chars.setdefault(c, len(self.chars) + 2) for c in w[:MAX_CHARS]]
        return idx, cs, x


def viterbi(logp: np.ndarray) -> list[str]:
    """Best BIO-valid path through ``(n, 9)`` log scores (``I-X`` only after ``B-X``/``I-X``)."""
    n = logp.shape[0]
    score = _START + logp[0]
    back = []
    for t in range(1, n):
        cand = score[:, None] + _ALLOWED
        back.append(cand.argmax(0))
        score = cand.max(0) + logp[t]
    k = int(score.argmax())
    path = [k]
    for b in reversed(back):
        k = int(b[k])
        path.append(k)
    return [LABELS[i] for i in reversed(path)]


_ALLOWED = np.array(
    [[-1e4 if q.startswith("I-") and (p == "O" or p[2:] != q[2:]) else 0.0 for q in LABELS] for p in LABELS],
    np.float32,
)
_START = np.array([-1e4 if t.startswith("I-") else 0.0 for t in LABELS], np.float32)


def scores_with_pass(sents, pred) -> tuple[float, float, dict]:
    """Overall F1 without and with the consistency pass (25-sentence blocks), and per-type scores."""
    from marsad.entities.consistency import propagate_labels
    from marsad.entities.evaluate import entity_scores

    gold = [[g for _, g in s] for s in sents]
    toks = [[t for t, _ in s] for s in sents]
    cons: list[list[str]] = []
    for b in range(0, len(toks), 25):
        cons += propagate_labels(toks[b : b + 25], pred[b : b + 25])
    res = entity_scores(gold, cons)
    return entity_scores(gold, pred)["overall"].f1, res["overall"].f1, res


def train(args, work: Path) -> None:
    """Train the network (dev split, or train + dev with ``--final``) and save weights and scores."""
    import torch
    from torch import nn

    torch.set_num_threads(1)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    tr, dv, test = data()
    with open(work / "marg.pkl", "rb") as fh:
        marg = pickle.load(fh)
    vocab = (work / "vocab.txt").read_text(encoding="utf-8").split("\n")
    emb = np.load(work / "emb.npy")
    words = WordInputs(vocab)

    def encode(sents, margs):
        out = []
        for s, m in zip(sents, margs, strict=True):
            ws = [words(t) for t, _ in s]
            m = m if args.marg else np.zeros_like(m)
            y = [LABEL_INDEX.get(g, 0) for _, g in s]
            out.append(([w[0] for w in ws], [w[1] for w in ws], np.array([w[2] for w in ws], np.float32), m, y))
        return out

    if args.final:
        trn, evs, ev = encode(tr + dv, marg["tr"] + marg["dv"]), encode(test, marg["test"]), test
    else:
        trn, evs, ev = encode(tr, marg["tr"]), encode(dv, marg["dv"]), dv
    n_chars = len(words.chars) + 2

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            table = np.vstack([np.zeros((1, emb.shape[1]), np.float32), emb])
            self.emb = nn.Embedding.from_pretrained(torch.tensor(table), freeze=True)
            self.cemb = nn.Embedding(n_chars, 30, padding_idx=0)
            self.conv = nn.Conv1d(30, 50, 3, padding=1)
            d = emb.shape[1] + 50 + N_EXTRA + 9
            self.drop = nn.Dropout(args.drop)
            if args.arch == "lstm":
                self.lstm = nn.LSTM(d, args.hid, batch_first=True, bidirectional=True)
            else:
                self.c1 = nn.Conv1d(d, 2 * args.hid, 3, padding=1)
                self.c2 = nn.Conv1d(2 * args.hid, 2 * args.hid, 3, padding=1)
            self.out = nn.Linear(2 * args.hid, 9)

        def forward(self, wi, ci, x, m, lens):
            b, t = wi.shape
            c = self.cemb(ci.view(b * t, -1)).transpose(1, 2)
            c = torch.relu(self.conv(c)).max(dim=2).values.view(b, t, -1)
            h = self.drop(torch.cat([self.emb(wi), c, x, m], -1))
            if args.arch == "lstm":
                h = nn.utils.rnn.pack_padded_sequence(h, lens, batch_first=True, enforce_sorted=False)
                h, _ = self.lstm(h)
                h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
            else:
                mask = (torch.arange(t)[None, :] < torch.tensor(lens)[:, None]).float()[:, None, :]
                h = self.drop(torch.relu(self.c1(h.transpose(1, 2))) * mask)
                h = (torch.relu(self.c2(h)) * mask).transpose(1, 2)
            return self.out(self.drop(h))

    def batch(items):
        t = max(len(i[0]) for i in items)
        c = max(3, max(len(cc) for i in items for cc in i[1]))
        wi = torch.zeros(len(items), t, dtype=torch.long)
        ci = torch.zeros(len(items), t, c, dtype=torch.long)
        x = torch.zeros(len(items), t, N_EXTRA)
        m = torch.zeros(len(items), t, 9)
        y = torch.full((len(items), t), -100, dtype=torch.long)
        for b, (w, cs, xx, mm, yy) in enumerate(items):
            n = len(w)
            wi[b, :n], x[b, :n], m[b, :n], y[b, :n] = torch.tensor(w), torch.tensor(xx), torch.tensor(mm), torch.tensor(yy)
            for j, cc in enumerate(cs):
                if cc:
                    ci[b, j, : len(cc)] = torch.tensor(cc)
        return wi, ci, x, m, y, [len(i[0]) for i in items]

    def evaluate(net):
        net.eval()
        logps = []
        with torch.no_grad():
            for s in range(0, len(evs), 64):
                wi, ci, x, m, _y, lens = batch(evs[s : s + 64])
                lp = torch.log_softmax(net(wi, ci, x, m, lens), -1).numpy()
                logps += [lp[b, :n] for b, n in enumerate(lens)]
        net.train()
        return logps

    net = Net()
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=args.lr)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    t0 = time.process_time()
    for ep in range(args.epochs):
        order = list(range(len(trn)))
        random.shuffle(order)
        for s in range(0, len(order), args.bs):
            wi, ci, x, m, y, lens = batch([trn[i] for i in order[s : s + args.bs]])
            loss = loss_fn(net(wi, ci, x, m, lens).reshape(-1, 9), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
        if not args.final or ep == args.epochs - 1:
            logps = evaluate(net)
            f, fc, res = scores_with_pass(ev, [viterbi(lp) for lp in logps])
            types = " ".join(f"{k} {v.f1:.1f}" for k, v in res.items() if k != "overall")
            print(f"epoch {ep}: {time.process_time() - t0:.0f} CPU s, F1 {f:.2f}, + pass {fc:.2f} ({types})", flush=True)
    torch.save(net.state_dict(), work / f"{args.name}.pt")
    with open(work / f"{args.name}.pkl", "wb") as fh:
        pickle.dump({"logp": logps, "chars": words.chars, "args": vars(args)}, fh)


def mix(args, work: Path) -> None:
    """Interpolate the network's log-probabilities with the CRF's log-marginals:
    ``λ·log p_net + (1 − λ)·log p_crf``, BIO Viterbi; F1 without and with the consistency pass."""
    tr, dv, test = data()
    with open(work / "marg.pkl", "rb") as fh:
        marg = pickle.load(fh)["test" if args.final else "dv"]
    with open(work / f"{args.name}.pkl", "rb") as fh:
        net = pickle.load(fh)["logp"]
    sents = test if args.final else dv
    lams = [args.lam] if args.lam is not None else [0.0, 1.0, 0.7, 0.5, 0.3]
    for lam in lams:
        pred = [viterbi(lam * n + (1 - lam) * np.log(m + 1e-6)) for n, m in zip(net, marg, strict=True)]
        f, fc, res = scores_with_pass(sents, pred)
        types = " ".join(f"{k} {v.f1:.2f}" for k, v in res.items() if k != "overall")
        print(f"λ = {lam}: F1 {f:.2f}, + pass {fc:.2f} ({types})")


def speed(args, work: Path) -> None:
    """Tokens/s on one core of the stacked tagger in numpy (CNN network only): shipped features,
    crfsuite marginals, the token CNN (first layer precomputed per word type and cached), the
    interpolation and Viterbi; the shipped CRF alone side by side in the same process."""
    import torch

    from marsad.entities.tagger import get_tagger

    sd = {k: v.numpy() for k, v in torch.load(work / f"{args.name}.pt").items()}
    with open(work / f"{args.name}.pkl", "rb") as fh:
        saved = pickle.load(fh)
    vocab = (work / "vocab.txt").read_text(encoding="utf-8").split("\n")
    words = WordInputs(vocab, saved["chars"])
    vec, cemb, cw, cb = sd["emb.weight"], sd["cemb.weight"], sd["conv.weight"], sd["conv.bias"]
    w1, b1, w2, b2, wo, bo = (sd[k] for k in ("c1.weight", "c1.bias", "c2.weight", "c2.bias", "out.weight", "out.bias"))
    hid, dw = w1.shape[0], w1.shape[1] - 9
    w1w = np.concatenate([w1[:, :dw, k].T for k in range(3)], 1)  # (dw, 3H): word part, offsets -1, 0, +1
    w1m = np.concatenate([w1[:, dw:, k].T for k in range(3)], 1)  # (9, 3H): marginal part
    w2s = np.concatenate([w2[:, :, k].T for k in range(3)], 0)  # (3H, H)
    cache: dict[str, np.ndarray] = {}

    def word(raw: str) -> np.ndarray:
        hit = cache.get(raw)
        if hit is None:
            idx, cs, x = words(raw)
            # as in training, where a word is padded to the batch's longest: two zero slots after it
            cs = cs + [0, 0]
            pad = np.zeros((1, cemb.shape[1]), np.float32)
            ce = np.vstack([pad, cemb[cs], pad])
            conv = sum(ce[k : k + len(cs)] @ cw[:, :, k].T for k in range(3)) + cb
            v = np.concatenate([vec[idx], np.maximum(conv, 0).max(0), np.array(x, np.float32)])
            hit = cache[raw] = v @ w1w
        return hit

    tagger = get_tagger()
    crf, ex = tagger._tagger, tagger.extractor
    lam = args.lam if args.lam is not None else 0.3

    def tag(tokens):
        crf.set(ex.sentence(tokens))
        m = np.array([[crf.marginal(lab, i) for lab in LABELS] for i in range(len(tokens))], np.float32)
        p = np.vstack([word(t) for t in tokens]) + m @ w1m
        h = p[:, hid : 2 * hid] + b1
        h[1:] += p[:-1, :hid]
        h[:-1] += p[1:, 2 * hid :]
        h = np.maximum(h, 0)
        z = np.zeros((1, hid), np.float32)
        h2 = np.maximum(np.hstack([np.vstack([z, h[:-1]]), h, np.vstack([h[1:], z])]) @ w2s + b2, 0)
        lo = h2 @ wo.T + bo
        lo = lo - lo.max(1, keepdims=True)
        lo -= np.log(np.exp(lo).sum(1, keepdims=True))
        return viterbi(lam * lo + (1 - lam) * np.log(m + 1e-6))

    _tr, _dv, test = data()
    toks = [[t for t, _ in s] for s in test]
    n = sum(map(len, toks))
    for r in range(args.repeat):
        c = time.process_time()
        [tag(t) for t in toks]
        d = time.process_time() - c
        c = time.process_time()
        [crf.tag(ex.sentence(t)) for t in toks]
        e = time.process_time() - c
        feats = [ex.sentence(t) for t in toks]
        c = time.process_time()
        for f in feats:
            crf.set(f)
            [[crf.marginal(lab, i) for lab in LABELS] for i in range(len(f))]
        g = time.process_time() - c
        c = time.process_time()
        [crf.tag(f) for f in feats]
        v = time.process_time() - c
        print(
            f"run {r}: stacked tagger {n / d:,.0f} tokens/s, shipped CRF alone {n / e:,.0f} tokens/s "
            f"(on precomputed features: crfsuite marginals {n / g:,.0f}, crfsuite Viterbi {n / v:,.0f})"
        )
    if args.check:  # what a numpy port would score: its tags differ a little from torch's batched
        # evaluation, whose padded slots (a short word's chars, a short sentence's tokens) carry the
        # char CNN's bias into the max-pool and the first token convolution (batch-dependent)
        sents = test if args.final else _dv
        if not args.final:  # the shipped CRF was trained on the dev part: use the train-part CRF
            import pycrfsuite

            crf = pycrfsuite.Tagger()
            crf.open(str(work / "trpart.crfsuite"))
        ref = [viterbi(lam * a + (1 - lam) * np.log(m + 1e-6)) for a, m in zip(saved["logp"], _marg(work, args), strict=True)]
        pred = [tag([t for t, _ in s]) for s in sents]
        same = sum(p == r for p, r in zip(pred, ref, strict=True))
        f, fc, _res = scores_with_pass(sents, pred)
        print(f"numpy port, λ = {lam}: F1 {f:.2f}, + pass {fc:.2f}; {same}/{len(ref)} sentences as torch's batched tags")


def _marg(work: Path, args) -> list[np.ndarray]:
    with open(work / "marg.pkl", "rb") as fh:
        return pickle.load(fh)["test" if args.final else "dv"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=["prepare", "train", "mix", "speed"])
    ap.add_argument("--work", type=Path, default=Path("/tmp/marsad-ner-neural"))
    ap.add_argument("--name", default="net")
    ap.add_argument("--arch", choices=["lstm", "cnn"], default="cnn")
    ap.add_argument("--marg", type=int, default=1, help="1: CRF marginals as inputs (stacking)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--bs", type=int, default=8, help="sentences per batch")
    ap.add_argument("--hid", type=int, default=64, help="LSTM units per direction; CNN channels / 2")
    ap.add_argument("--drop", type=float, default=0.5)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--final", type=int, default=0, help="1: train on train + dev, score the test file")
    ap.add_argument("--lam", type=float, default=None, help="interpolation weight of the network")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--check", action="store_true", help="speed: compare with the saved torch outputs")
    args = ap.parse_args()
    if not SHARED.exists():
        sys.exit(f"skipped: {SHARED} absent")
    if args.step == "prepare":
        prepare(args.work)
    elif args.step == "train":
        train(args, args.work)
    elif args.step == "mix":
        mix(args, args.work)
    else:
        speed(args, args.work)


if __name__ == "__main__":
    main()
