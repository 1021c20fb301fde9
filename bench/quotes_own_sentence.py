"""Wrong speakers whose gold speaker is written in the quotation's own sentence (issue 6, step 41a).

For every matched quotation of the repository's annotated sets (``tests/data/quotes``; never the
blind sets) it records the gold and predicted speakers, the cue and the 400 characters before it,
then prints the cases of one class (:func:`quotes_wrong_speakers.classify`: ``different``,
``pred-empty`` …) with a tag: ``GIN`` when the gold speaker (whole, or its last word) is written in
the cue's sentence before the cue (the sentence taken back to the last ``. ! ? ؟`` or line break),
``PIN`` when the rules' speaker span starts in that sentence (``pout``: outside it, or no span).
``--dump FILE`` keeps the rows (JSON) so two commits can be compared with ``--compare``. Usage::

    PYTHONPATH=src .venv/bin/python bench/quotes_own_sentence.py --work DIR [--show different]
        [--tag GIN/pout] [--only heldout63 …] [--dump rows.json]
    PYTHONPATH=src .venv/bin/python bench/quotes_own_sentence.py --compare BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sets import SHARED, repository_sets  # noqa: E402
from quotes_wrong_speakers import classify  # noqa: E402

from marsad.quotes.cues import fold  # noqa: E402
from marsad.quotes.evaluate import (  # noqa: E402
    GoldQuote,
    load_gold,
    locate,
    match_quotes,
    materialise,
    raw_beside,
    read_article,
    same_speaker,
)


def rows_of(work: Path, only: list[str] | None) -> list[dict]:
    """One dict per matched quotation (matching as :func:`marsad.quotes.evaluate.score_article`)."""
    rows = []
    for name, folder in repository_sets().items():
        if only and name not in only:
            continue
        out = work / name
        if not out.exists():
            materialise(folder, SHARED, out)
        for gp in sorted(out.glob("*.gold.json")):
            raw = raw_beside(gp)
            art = read_article(raw)
            text = art.text
            golds = [(q, sp) for q in load_gold(gp).get("quotes", []) if (sp := locate(text, q))]
            preds = list(art.quotes)
            located = [GoldQuote(q["kind"], q.get("speaker"), q.get("cue", ""), q.get("starts_with", ""),
                                 q.get("ends_with", ""), gs, ge) for q, (gs, ge) in golds]
            for gi, pi in match_quotes(text, located, preds):
                q, p = golds[gi][0], preds[pi]
                at = min(p.cue.start if p.cue else p.start, p.start)
                rows.append(dict(set=name, file=raw.name, kind=p.kind, gold=q.get("speaker"), pred=p.speaker,
                                 ok=same_speaker(p.speaker, q.get("speaker")), cue=p.cue_text, qs=p.start, at=at,
                                 ss=p.speaker_span.start if p.speaker_span else None,
                                 before=text[max(0, at - 400) : at], after=text[at : at + 80]))
    return rows


def tag(r: dict) -> tuple[str, str]:
    """``(tag, sentence)``: ``GIN``/``gout`` + ``/PIN``/``/pout`` (see the module docstring)."""
    before = r["before"]
    cut = max(before.rfind(c) for c in ".!?؟\n")
    sent = before[cut + 1 :]
    g = r["gold"] or ""
    words = g.split()
    gin = bool(g) and (fold(g) in fold(sent) or (len(words) > 1 and fold(words[-1]) in fold(sent)))
    start = r["at"] - len(before) + cut + 1
    pin = r["ss"] is not None and r["ss"] >= start
    return ("GIN" if gin else "gout") + ("/PIN" if pin else "/pout"), sent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=None, help="folder for the materialised articles (reused)")
    ap.add_argument("--show", default="different", help="class to print")
    ap.add_argument("--tag", default=None, help="print only this tag (GIN/pout …)")
    ap.add_argument("--only", nargs="*", default=None, help="these set names only")
    ap.add_argument("--dump", type=Path, default=None, help="write the rows (JSON) here")
    ap.add_argument("--compare", type=Path, nargs=2, default=None, help="print speakers that changed")
    args = ap.parse_args()
    if args.compare:
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        key = lambda r: (r["set"], r["file"], r["qs"], r["cue"])  # noqa: E731
        before = {key(r): r for r in a}
        counts: dict[str, int] = {}
        for r in b:
            o = before.get(key(r))
            if o is None or o["pred"] == r["pred"]:
                continue
            k = ("wrong→right" if r["ok"] and not o["ok"] else "right→wrong" if o["ok"] and not r["ok"]
                 else "wrong→wrong" if not r["ok"] else "right→right")
            counts[k] = counts.get(k, 0) + 1
            print(f"{k} {r['set']}/{r['file']} cue={r['cue']!r} gold={r['gold']!r}: {o['pred']!r} → {r['pred']!r}")
        print(counts, "matched", len(a), "→", len(b))
        return
    rows = rows_of(args.work or Path(tempfile.mkdtemp(prefix="marsad-own-sentence-")), args.only)
    if args.dump:
        args.dump.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    n = 0
    for r in rows:
        if classify(r["gold"], r["pred"]) != args.show if not r["ok"] else args.show != "ok":
            continue
        t, sent = tag(r)
        if args.tag and t != args.tag:
            continue
        n += 1
        print(f"### {n} {r['set']}/{r['file']} [{t}] gold={r['gold']!r} pred={r['pred']!r} cue={r['cue']!r}")
        print("    … " + sent.replace("\n", "⏎") + " ⟦" + r["after"].replace("\n", "⏎"))
    print(f"{n} cases; {len(rows)} matched, {sum(r['ok'] for r in rows)} right")


if __name__ == "__main__":
    main()
