"""Word clusters learned from unlabeled Arabic news (train time), shipped as a small map.

Method (cheap on 2 cores, deterministic): count directional co-occurrences of the ``VOCAB_SIZE``
most frequent normalized words with the ``CONTEXT_SIZE`` most frequent words at offsets −2…+2
(left and right contexts kept apart, so clusters group words that *occur in the same slots*),
weight by positive PMI with context-distribution smoothing (α = 0.75; Levy, Goldberg & Dagan 2015),
reduce with a randomized truncated SVD (Halko, Martinsson & Tropp 2011) to ``DIM`` dimensions,
L2-normalize, and run spherical k-means at three granularities (``K_LEVELS``). The cluster ids are
CRF features exactly as Brown-cluster prefixes are used by Turian et al. (2010) and Ratinov & Roth
(2009): they let the tagger generalise from names seen in training to unseen names that appear in
the same contexts in news.

Corpora read (``../shared/corpora``): ANT v2.1 multi-source, ANT v1.1 (``<DOC>`` files; markup is
skipped because only Arabic-letter tokens are counted) and SaudiNewsNet (JSON). Output:
``data/clusters.tsv.gz`` with ``word<TAB>count<TAB>c1<TAB>c2<TAB>c3`` lines.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.entities.features import ner_norm, open_gz_write

DATA_DIR = Path(__file__).parent / "data"
CLUSTERS_FILE = DATA_DIR / "clusters.tsv.gz"

#: Words that get a cluster (most frequent normalized Arabic tokens).
VOCAB_SIZE = 80_000
#: Context words (most frequent) whose co-occurrence counts form the features.
CONTEXT_SIZE = 3_000
#: Minimum corpus count for a word to be clustered.
MIN_COUNT = 5
#: SVD dimensions and k-means granularities (coarse, mid, fine).
DIM = 100
K_LEVELS = (64, 256, 1024)
KMEANS_ITERS = 12
SEED = 13

_AR_WORD_RE = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0652\u0670]+")


def iter_corpus_texts(corpora: Path) -> Iterator[str]:
    """Yield big chunks of raw text from the shared corpora (one archive member or JSON day each)."""
    for tgz in sorted(corpora.glob("*.tar.gz")):
        with tarfile.open(tgz, "r:gz") as tf:
            for m in tf:
                if m.isfile() and m.name.endswith(".txt"):
                    fh = tf.extractfile(m)
                    if fh is not None:
                        yield fh.read().decode("utf-8", errors="replace")
    for z in sorted((corpora / "saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                try:
                    recs = json.load(io.TextIOWrapper(zf.open(name), encoding="utf-8"))
                except (ValueError, UnicodeDecodeError):
                    continue
                yield "\n".join(f"{r.get('title') or ''}\n{r.get('content') or ''}" for r in recs)


def corpus_token_ids(corpora: Path):
    """Tokenize the corpora; returns ``(vocab list, counts, ids array)`` (``ids`` −1 for OOV words,
    −2 marking document breaks). Memory: ~4 bytes per token."""
    import numpy as np

    docs: list[str] = []  # normalized, space-joined (compact; split again below)
    counts: Counter[str] = Counter()
    for text in iter_corpus_texts(corpora):
        doc = ner_norm(" ".join(_AR_WORD_RE.findall(text)))
        counts.update(doc.split())
        docs.append(doc)
    vocab = [w for w, c in counts.most_common(VOCAB_SIZE) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    chunks = []
    brk = np.array([-2], dtype=np.int32)
    for doc in docs:
        toks = doc.split()
        chunks.append(np.fromiter((index.get(w, -1) for w in toks), dtype=np.int32, count=len(toks)))
        chunks.append(brk)
    ids = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int32)
    return vocab, [counts[w] for w in vocab], ids


def cooccurrence(ids, n_vocab: int, n_ctx: int):
    """Sparse ``n_vocab × (4·n_ctx)`` counts: column block ``k`` is offset ``(-2, -1, +1, +2)[k]``."""
    import numpy as np
    from scipy import sparse

    mat = None
    for k, off in enumerate((-2, -1, 1, 2)):
        if off < 0:
            a, b = ids[-off:], ids[:off]
        else:
            a, b = ids[:-off], ids[off:]
        keep = (a >= 0) & (b >= 0) & (b < n_ctx)
        # a window never crosses a document break (-2): both ends must be in vocabulary
        rows = a[keep]
        cols = b[keep] + k * n_ctx
        m = sparse.coo_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n_vocab, 4 * n_ctx)
        ).tocsr()
        mat = m if mat is None else mat + m
    return mat


def ppmi(mat, alpha: float = 0.75):
    """Positive PMI with context-distribution smoothing; ``mat`` sparse counts → sparse PPMI."""
    import numpy as np

    mat = mat.tocsr().astype(np.float64)
    total = mat.sum()
    row = np.asarray(mat.sum(axis=1)).ravel()
    col = np.asarray(mat.sum(axis=0)).ravel() ** alpha
    col = col / col.sum()
    coo = mat.tocoo()
    pmi = np.log((coo.data / total) / ((row[coo.row] / total) * col[coo.col] + 1e-30) + 1e-30)
    keep = pmi > 0
    from scipy import sparse

    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=mat.shape)


def randomized_svd(mat, k: int, n_iter: int = 4, seed: int = SEED):
    """Rank-``k`` left factor ``U·sqrt(S)`` of sparse ``mat`` (Halko et al. 2011, Alg. 4.4)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    omega = rng.standard_normal((mat.shape[1], k + 10))
    y = mat @ omega
    q, _ = np.linalg.qr(y)
    for _ in range(n_iter):
        z, _ = np.linalg.qr(mat.T @ q)
        q, _ = np.linalg.qr(mat @ z)
    b = (mat.T @ q).T
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    u = q @ ub
    return u[:, :k] * np.sqrt(s[:k])


def spherical_kmeans(x, k: int, iters: int = KMEANS_ITERS, seed: int = SEED):
    """Cluster unit vectors ``x`` (n × d) into ``k`` groups by cosine; returns labels (n,)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = x.shape[0]
    # seed centroids from the frequent words (rows are frequency-ordered) for stable clusters
    init = rng.choice(min(n, max(k * 8, 1)), size=k, replace=False)
    cent = x[init].copy()
    labels = np.zeros(n, dtype=np.int32)
    for _ in range(iters):
        for s in range(0, n, 20_000):
            labels[s : s + 20_000] = np.argmax(x[s : s + 20_000] @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[empty] = cent[empty]
        norms[empty] = 1.0
        cent = sums / norms
    return labels


def build_clusters(corpora: Path, out: Path = CLUSTERS_FILE, log=print) -> dict[str, int]:
    """Learn the cluster map from ``corpora`` and write ``out``; returns summary counts."""
    import time

    import numpy as np

    t0 = time.perf_counter()
    vocab, counts, ids = corpus_token_ids(corpora)
    log(f"clusters: {int((ids >= -1).sum()):,} tokens, {len(vocab):,} words ({time.perf_counter() - t0:.0f}s)")
    mat = cooccurrence(ids, len(vocab), CONTEXT_SIZE)
    del ids
    emb = randomized_svd(ppmi(mat), DIM)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-12
    log(f"clusters: embeddings {emb.shape} ({time.perf_counter() - t0:.0f}s)")
    levels = [spherical_kmeans(emb, k, seed=SEED + i) for i, k in enumerate(K_LEVELS)]
    log(f"clusters: k-means {K_LEVELS} ({time.perf_counter() - t0:.0f}s)")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open_gz_write(out) as fh:
        for i, w in enumerate(vocab):
            fh.write(f"{w}\t{counts[i]}\t{levels[0][i]}\t{levels[1][i]}\t{levels[2][i]}\n")
    return {"words": len(vocab), "seconds": int(time.perf_counter() - t0)}


def load_clusters(path: Path = CLUSTERS_FILE) -> tuple[dict[str, tuple[str, str, str]], dict[str, int]]:
    """Load the shipped map: ``({word: (c1, c2, c3)}, {word: corpus count})``."""
    clusters: dict[str, tuple[str, str, str]] = {}
    freq: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) == 5:
                clusters[p[0]] = (p[2], p[3], p[4])
                freq[p[0]] = int(p[1])
    return clusters, freq
