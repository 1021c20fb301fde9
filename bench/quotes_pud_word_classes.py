"""Derive the word classes of the speaker plausibility test from the UD Arabic PUD treebank (issue 6).

Reads ``../shared/ud/UD_Arabic-PUD/ar_pud-ud-test.conllu`` (Universal Dependencies Arabic PUD, 1,000
news and wiki sentences, CC BY-SA 3.0; Zeman et al., CoNLL 2017 shared task) and writes
``src/marsad/quotes/models/ud_pud_word_classes.tsv``: one line per folded word form (:func:`fold`)
that the treebank never tags as a noun, proper noun or pronoun, with the universal POS tags it does
take and their count (``الأكبر	ADJ	3``). Such a form cannot head a noun phrase that speaks
(:func:`marsad.quotes.plausible.implausible_head`). Run at build time, never at run time::

    .venv/bin/python bench/quotes_pud_word_classes.py [--conllu FILE] [--out FILE]

The output is deterministic (sorted by form); rerun it and ``git diff`` shows nothing.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from marsad.quotes.cues import fold

ROOT = Path(__file__).resolve().parent.parent
CONLLU = ROOT.parent / "shared" / "ud" / "UD_Arabic-PUD" / "ar_pud-ud-test.conllu"
OUT = ROOT / "src" / "marsad" / "quotes" / "models" / "ud_pud_word_classes.tsv"
#: Tags of words that can head a speaking noun phrase: such a form is never listed.
NOMINAL = frozenset(("NOUN", "PROPN", "PRON", "X", "SYM", "PUNCT"))


def derive(conllu: Path) -> dict[str, Counter[str]]:
    """``{folded form: Counter(UPOS)}`` over the syntactic words of ``conllu`` (Arabic letters only)."""
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4 or not cols[0].isdigit():
            continue  # (multiword token ranges and empty nodes)
        form = fold(cols[1])
        if len(form) >= 2 and all("\u0621" <= c <= "\u064a" for c in form):
            tags[form][cols[3]] += 1
    return tags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conllu", type=Path, default=CONLLU)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    tags = derive(args.conllu)
    rows = [(f, c) for f, c in sorted(tags.items()) if not set(c) & NOMINAL]
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# form\ttags\tcount  (UD Arabic PUD, CC BY-SA 3.0; bench/quotes_pud_word_classes.py)\n")
        for form, c in rows:
            out.write(f"{form}\t{','.join(sorted(c))}\t{sum(c.values())}\n")
    print(f"{len(rows)} forms written to {args.out}")


if __name__ == "__main__":
    main()
