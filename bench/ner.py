"""NER speed benchmark: tokens/s of the shipped tagger on one core, and the entities stage per article.

Usage: ``.venv/bin/python bench/ner.py [--repeat 3]`` (reads ../shared/ner/anercorp test file and the
seed article). Prints a Markdown table for docs/benchmarks/ner.md.

Times are CPU seconds of this process (``time.process_time``), i.e. one core, so that other jobs on a
shared machine do not inflate them. Measured: (1) model load (first call, cold); (2) ``NERTagger.tag`` over the 25k-token ANERcorp test
file, features included, warm caches (best of ``--repeat``), with and without the document-level
consistency pass; (3) CRF decoding alone on pre-computed features; (4) the whole
``annotate_entities`` stage (tokenize, tag, consistency, linking, roles) on the seed article.
"""
from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def best(fn, repeat):
    out = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        out.append(time.process_time() - t)
    return min(out)


def plain_features(tokens, gaz):
    """The textbook baseline: word, prefixes/suffixes 1–3, ±2 words, ANERgazet membership."""
    out = []
    n = len(tokens)
    for i, w in enumerate(tokens):
        f = ["bias", "w=" + w] + [f"p{k}=" + w[:k] for k in (1, 2, 3)] + [f"x{k}=" + w[-k:] for k in (1, 2, 3)]
        f += [f"g={t}" for t in gaz.get(w, ())]
        for off in (-2, -1, 1, 2):
            j = i + off
            f.append(f"{off}w=" + (tokens[j] if 0 <= j < n else "<pad>"))
        out.append(f)
    return out


def baseline(shared: Path, test_sents, repeat: int) -> tuple[float, float]:
    """Train and score the plain CRF (same trainer settings); returns (test F1, tokens/s)."""
    import pycrfsuite

    from marsad.entities.evaluate import entity_scores, read_bio
    from marsad.entities.train import CRF_PARAMS

    gaz: dict[str, set[str]] = {}
    for fname, typ in (("pers.txt", "PER"), ("loc.txt", "LOC"), ("org.txt", "ORG")):
        for line in (shared / "gazetteers" / "anergazet" / fname).read_text(encoding="utf-8").splitlines():
            if line.strip():
                gaz.setdefault(line.strip(), set()).add(typ)
    tr = pycrfsuite.Trainer(verbose=False)
    for s in read_bio(shared / "ner" / "anercorp" / "ANERcorp_train_original.txt"):
        tr.append(plain_features([t for t, _ in s], gaz), [g for _, g in s])
    tr.set_params(CRF_PARAMS)
    model = "/tmp/marsad-bench-plain.crfsuite"
    tr.train(model)
    tg = pycrfsuite.Tagger()
    tg.open(model)
    toks = [[t for t, _ in s] for s in test_sents]
    pred = [tg.tag(plain_features(t, gaz)) for t in toks]
    f1 = entity_scores([[g for _, g in s] for s in test_sents], pred)["overall"].f1
    n = sum(map(len, toks))
    sec = best(lambda: [tg.tag(plain_features(t, gaz)) for t in toks], repeat)
    Path(model).unlink(missing_ok=True)
    return f1, n / sec


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--baseline", action="store_true", help="also train and time the plain CRF (~2 min)")
    args = ap.parse_args()
    from marsad.entities.evaluate import read_bio
    from marsad.entities.train import predict

    test = SHARED / "ner" / "anercorp" / "ANERcorp_test_original.txt"
    if not test.exists():
        sys.exit(f"skipped: {test} absent")
    sents = read_bio(test)
    toks = [[t for t, _ in s] for s in sents]
    n = sum(map(len, toks))
    t0 = time.process_time()
    from marsad.entities.tagger import get_tagger

    tagger = get_tagger()
    load_s = time.process_time() - t0
    cold = best(lambda: [tagger.tag(t) for t in toks], 1)
    warm = best(lambda: [tagger.tag(t) for t in toks], args.repeat)
    cons = best(lambda: predict(tagger, sents), args.repeat)
    feats = [tagger.extractor.sentence(t) for t in toks]
    crf = tagger._tagger
    dec = best(lambda: [crf.tag(f) for f in feats], args.repeat)
    fex = best(lambda: [tagger.extractor.sentence(t) for t in toks], args.repeat)

    import marsad
    from marsad.entities.stage import annotate_entities

    seed = (ROOT / "tests" / "data" / "000_146a293be66b7c19.txt").read_text(encoding="utf-8")
    art = marsad.parse(seed)
    n_seed = sum(len(s) for s in __import__("marsad.entities.stage", fromlist=["x"]).prose_tokens(art))
    reps = 200
    stage_s = best(lambda: [annotate_entities(art) for _ in range(reps)], args.repeat) / reps

    print(f"machine: {platform.machine()}, Python {platform.python_version()}, one process, {time.strftime('%Y-%m-%d')}")
    print()
    print("| what | figure |")
    print("|---|---|")
    print(f"| model + clusters + gazetteer load (cold, once per process) | {load_s:.2f} s |")
    print(f"| tagging, ANERcorp test ({n:,} tokens), first pass (cold caches) | {n / cold:,.0f} tokens/s |")
    print(f"| tagging, warm caches (features + CRF decoding) | {n / warm:,.0f} tokens/s |")
    print(f"| tagging + document-level consistency pass | {n / cons:,.0f} tokens/s |")
    print(f"| feature extraction alone (warm) | {n / fex:,.0f} tokens/s |")
    print(f"| CRF decoding alone (crfsuite Viterbi) | {n / dec:,.0f} tokens/s |")
    if args.baseline:
        from marsad.entities.evaluate import entity_scores

        ours = entity_scores([[g for _, g in s] for s in sents], predict(tagger, sents))["overall"].f1
        f1, tps = baseline(SHARED, sents, args.repeat)
        print(f"| side by side on ANERcorp test: Marsad CRF + consistency | F1 {ours:.2f}, {n / cons:,.0f} tokens/s |")
        print(f"| side by side: plain CRF (word, affixes, ±2 words, ANERgazet; same trainer) | F1 {f1:.2f}, {tps:,.0f} tokens/s |")
    print(f"| whole entities stage on the seed ({n_seed} tokens: tag, consistency, link, roles) | {stage_s * 1e3:.2f} ms/article = {n_seed / stage_s:,.0f} tokens/s |")


if __name__ == "__main__":
    main()
