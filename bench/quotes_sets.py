"""Score the quotation extractor on every annotated set, one line per set (issue 6).

The sets are the gold folders of ``tests/data/quotes`` (the dev set is the folder itself, then
``heldout``, ``heldout2`` … in numeric order) and any extra folders named on the command line as
``NAME=DIR``. ``--blind`` scores the blind sets of ``bench/data/quotes_blind`` instead (all of them,
or those named by ``--only``; never read by the authors of rules or models: see its README). Each set's
articles are materialised once from ``../shared`` (:func:`marsad.quotes.evaluate.materialise`) into
``--work`` and scored with :func:`marsad.quotes.evaluate.evaluate_dir`; only the totals are printed
(matched, precision, recall, speaker accuracy), never a set's errors, so a blind set stays blind.
Usage::

    .venv/bin/python bench/quotes_sets.py [NAME=DIR ...] [--blind] [--work DIR] [--only NAME ...]

``MARSAD_QUOTES_RANKER=FILE`` turns the learned speaker ranker on for the run.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from marsad.quotes.evaluate import evaluate_dir, materialise

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "quotes"
BLIND = ROOT / "bench" / "data" / "quotes_blind"
SHARED = ROOT.parent / "shared"


def repository_sets() -> dict[str, Path]:
    """``{name: folder}`` of the annotated sets in the repository, dev first, then by number."""
    sets = {"dev": GOLD}
    found = [p for p in GOLD.iterdir() if p.is_dir() and re.fullmatch(r"heldout\d*", p.name)]
    for p in sorted(found, key=lambda p: int(p.name[7:] or 1)):
        sets[p.name] = p
    return sets


def blind_sets() -> dict[str, Path]:
    """``{name: folder}`` of the blind sets (``bench/data/quotes_blind/heldoutN``), by number."""
    found = (
        [p for p in BLIND.iterdir() if p.is_dir() and re.fullmatch(r"heldout\d+", p.name)]
        if BLIND.is_dir()
        else []
    )
    return {p.name: p for p in sorted(found, key=lambda p: int(p.name[7:]))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("extra", nargs="*", help="NAME=DIR: a further set (kept outside the repository)")
    ap.add_argument("--work", type=Path, default=None, help="folder for the materialised articles (reused)")
    ap.add_argument("--blind", action="store_true", help="score the blind sets of bench/data/quotes_blind")
    ap.add_argument("--only", nargs="*", default=None, help="score only these set names")
    args = ap.parse_args()
    sets = repository_sets()
    if args.blind:
        sets.update(blind_sets())
    for item in args.extra:
        name, _, folder = item.partition("=")
        sets[name] = Path(folder)
    names = args.only or (list(blind_sets()) if args.blind and not args.extra else list(sets))
    work = args.work or Path(tempfile.mkdtemp(prefix="marsad-quote-sets-"))
    total = dict(gold=0, pred=0, matched=0, speaker=0)
    for name in names:
        out = work / name
        if not out.exists():
            materialise(sets[name], SHARED, out)
        r = evaluate_dir(out)
        g, p, m, s = r.n_gold, r.n_pred, r._sum("matched"), r._sum("speaker_ok")
        for k, v in zip(("gold", "pred", "matched", "speaker"), (g, p, m, s), strict=True):
            total[k] += v
        print(f"{name:10s} gold {g:4d} pred {p:4d} matched {m:4d}  P {m / p:.3f} R {m / g:.3f} S {s / m:.3f}")
    g, p, m, s = total["gold"], total["pred"], total["matched"], total["speaker"]
    print(f"{'all':10s} gold {g:4d} pred {p:4d} matched {m:4d}  P {m / p:.3f} R {m / g:.3f} S {s / m:.3f}")


if __name__ == "__main__":
    main()
