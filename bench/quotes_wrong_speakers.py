"""Wrong speakers of the repository's annotated quotation sets by class (issue 6, steps 34–35).

Each matched quotation whose speaker differs from the gold (:func:`marsad.quotes.evaluate.same_speaker`)
falls in one class: ``pred-empty`` (no speaker predicted), ``gold-empty``, ``overlap`` (the two share a
folded word: the right person or body in a cut, short or padded form) or ``different``. Reads the
development sets of ``tests/data/quotes``; ``--blind`` reads the blind sets of ``bench/data/quotes_blind``
instead and prints the class totals only (no case is shown: their text is not to be read, and ``--show``
is refused). Usage::

    .venv/bin/python bench/quotes_wrong_speakers.py [--work DIR] [--show CLASS] [--every N]
    .venv/bin/python bench/quotes_wrong_speakers.py --blind [--work DIR]
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sets import SHARED, blind_sets, repository_sets  # noqa: E402

from marsad.quotes.cues import fold  # noqa: E402
from marsad.quotes.evaluate import evaluate_dir, materialise  # noqa: E402

WRONG = re.compile(r"gold (.*) got (.*)$")


def classify(gold: str | None, pred: str | None) -> str:
    """The class of one wrong speaker (see the module docstring)."""
    if pred is None:
        return "pred-empty"
    if gold is None:
        return "gold-empty"
    return "overlap" if set(fold(gold).split()) & set(fold(pred).split()) else "different"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=None, help="folder for the materialised articles (reused)")
    ap.add_argument("--show", default=None, help="print the cases of this class")
    ap.add_argument("--every", type=int, default=1, help="print every N-th case only")
    ap.add_argument("--blind", action="store_true", help="the blind sets, class totals only")
    args = ap.parse_args()
    if args.blind and args.show:
        ap.error("--show is refused with --blind: the blind sets' text is not to be read")
    work = args.work or Path(tempfile.mkdtemp(prefix="marsad-wrong-speakers-"))
    counts: collections.Counter = collections.Counter()
    cases: dict[str, list[str]] = collections.defaultdict(list)
    for name, folder in (blind_sets() if args.blind else repository_sets()).items():
        out = work / name
        if not out.exists():
            materialise(folder, SHARED, out)
        for f in evaluate_dir(out).files:
            for w in f.wrong_speaker:
                m = WRONG.search(w)
                if m is None:
                    continue
                gold, pred = (None if g == "None" else g.strip("'\"") for g in m.groups())
                k = classify(gold, pred)
                counts[k] += 1
                cases[k].append(f"{name}/{f.name}: {w}")
    print(dict(counts), "total", sum(counts.values()))
    if args.show:
        for line in cases[args.show][:: args.every]:
            print("  ", line)


if __name__ == "__main__":
    main()
