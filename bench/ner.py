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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
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
    print(f"| whole entities stage on the seed ({n_seed} tokens: tag, consistency, link, roles) | {stage_s * 1e3:.2f} ms/article = {n_seed / stage_s:,.0f} tokens/s |")


if __name__ == "__main__":
    main()
