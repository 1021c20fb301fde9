"""Entity-level F1 of the whole entities stage (tagger + consistency + the post-tagging rules) on ANERcorp.

Usage (from the repository root, ``../shared`` beside the clone)::

    .venv/bin/python bench/entities_stage_f1.py [--file ../shared/ner/anercorp/ANERcorp_test_original.txt]
    PYTHONPATH=/tmp/base/src .venv/bin/python bench/entities_stage_f1.py     # another version

``marsad eval ner`` scores the tagger and document-level consistency on the tokens as given; the
rules of :mod:`marsad.entities.stage` (proclitics, compound names, nisba family names, …) work on
raw text. This script runs the whole stage the way docs/benchmarks/ner.md ("Post-tagging name
rules") describes: the file's tokens joined by spaces into documents of 25 sentences (one sentence a
line), :func:`marsad.entities.stage.annotate_entities` on a bare :class:`marsad.model.Article` of each,
every mention mapped back to the tokens it overlaps (first token ``B-``, the rest ``I-``; a token
only a proclitic of which lies outside the mention still counts), then conlleval micro P/R/F1
(:func:`marsad.entities.evaluate.entity_scores`) per type and overall. Nominal mentions (``الوزير``)
are no names and are left out (ANERcorp tags them ``O``).
"""

from __future__ import annotations

import argparse
import time
from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST = ROOT.parent / "shared" / "ner" / "anercorp" / "ANERcorp_test_original.txt"
DOC_SENTENCES = 25


def stage_tags(sents: list[list[str]]) -> list[list[str]]:
    """BIO tags of the whole entities stage for the token sentences ``sents`` (one document)."""
    from marsad import settings
    from marsad.entities.stage import annotate_entities
    from marsad.model import Article

    offsets: list[list[tuple[int, int]]] = []
    parts: list[str] = []
    pos = 0
    for s in sents:
        row = []
        for t in s:
            row.append((pos, pos + len(t)))
            parts.append(t)
            pos += len(t) + 1
        offsets.append(row)
        parts[-1] += "\n"  # one line a sentence; the joining space follows the newline
        pos += 1
    text = " ".join(parts)
    art = Article(text=text)
    annotate_entities(art)
    flat = [(si, ti, a, b) for si, row in enumerate(offsets) for ti, (a, b) in enumerate(row)]
    tags = [["O"] * len(s) for s in sents]
    starts = [f[2] for f in flat]
    nominal = {i for e in art.entities for i in e.mentions if art.mentions[i].score == settings.NER_NOMINAL_SCORE and e.type == "PER"}
    for mi, m in enumerate(art.mentions):
        if mi in nominal and " " not in m.text and m.text.startswith(("ال", "لل")):
            continue
        k = max(0, bisect_right(starts, m.start) - 1)
        first = True
        while k < len(flat) and flat[k][2] < m.end:
            si, ti, a, b = flat[k]
            if b > m.start:
                tags[si][ti] = ("B-" if first else "I-") + m.type
                first = False
            k += 1
    return tags


def main() -> None:
    from marsad.entities.evaluate import entity_scores, format_scores, read_bio

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=TEST)
    ap.add_argument("--doc", type=int, default=DOC_SENTENCES, help="sentences per document")
    args = ap.parse_args()
    data = read_bio(args.file)
    gold = [[tag for _, tag in s] for s in data]
    pred: list[list[str]] = []
    t0 = time.process_time()
    for i in range(0, len(data), args.doc):
        pred.extend(stage_tags([[tok for tok, _ in s] for s in data[i : i + args.doc]]))
    cpu = time.process_time() - t0
    print(format_scores(entity_scores(gold, pred)))
    print(f"{len(data):,} sentences, {sum(map(len, gold)):,} tokens, {cpu:.1f} CPU s")


if __name__ == "__main__":
    main()
