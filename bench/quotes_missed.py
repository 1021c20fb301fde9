"""Missed gold quotations of the repository's annotated sets, each with its context (issue 6, step 40d).

For every gold quotation of the named development sets (``tests/data/quotes``; never
``bench/data/quotes_blind``) that no prediction matches (:func:`marsad.quotes.evaluate.score_article`'s
``missed``), prints the set, file, kind, gold cue and speaker, and the text from 120 characters before the gold span
to 60 after it, with the span in ``[[…]]`` (cut to ``--width`` characters of content). With
``--spurious`` the unmatched predictions are printed too. Usage::

    .venv/bin/python bench/quotes_missed.py [--work DIR] [--only NAME ...] [--spurious] [--width N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sets import SHARED, repository_sets  # noqa: E402

from marsad.quotes.evaluate import (  # noqa: E402
    GOLD_SUFFIX,
    load_gold,
    locate,
    materialise,
    raw_beside,
    read_article,
    score_article,
)


def missed_in(folder: Path, width: int, spurious: bool) -> list[str]:
    """One block of lines per missed gold quotation (and per spurious prediction with ``spurious``)."""
    out: list[str] = []
    for gp in sorted(folder.glob("*" + GOLD_SUFFIX)):
        raw = raw_beside(gp)
        if raw is None:
            continue
        article = read_article(raw)
        text = article.text
        gold = load_gold(gp)
        preds = list(article.quotes)
        missed = list(score_article(article, gold, raw.name).missed)
        for q in gold.get("quotes", []):
            span = locate(text, q)
            if span is None:
                out.append(f"{raw.name}: UNLOCATED {q['kind']} {q.get('starts_with', '')[:40]}")
                continue
            s, e = span
            key = f"{q['kind']} {q.get('starts_with', '')[:40]}"
            if key not in missed:
                continue
            missed.remove(key)
            body = text[s:e]
            if len(body) > width:
                body = body[: width // 2] + " … " + body[-width // 2 :]
            ctx = (text[max(0, s - 120) : s] + "[[" + body + "]]" + text[e : e + 60]).replace("\n", " ¶ ")
            kinds = sorted({p.kind for p in preds if min(p.end, e) - max(p.start, s) > 0})
            other = f" (overlapped by {','.join(kinds)}: merged or of another kind)" if kinds else ""
            out.append(f"{raw.name}: MISSED {q['kind']} cue={q.get('cue')!r} speaker={q.get('speaker')!r}{other}\n    {ctx}")
        if spurious:
            for p in preds:
                if not any(
                    p.kind == q["kind"] and (sp := locate(text, q)) and min(p.end, sp[1]) - max(p.start, sp[0]) > 0
                    for q in gold.get("quotes", [])
                ):
                    ctx = (text[max(0, p.start - 80) : p.start] + "[[" + text[p.start : p.end][:width] + "]]").replace("\n", " ¶ ")
                    out.append(f"{raw.name}: SPURIOUS {p.kind} cue={p.cue_text!r} speaker={p.speaker!r}\n    {ctx}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=None, help="folder for the materialised articles (reused)")
    ap.add_argument("--only", nargs="*", default=None, help="these set names only")
    ap.add_argument("--spurious", action="store_true", help="print the unmatched predictions too")
    ap.add_argument("--width", type=int, default=160, help="characters of a gold span shown")
    args = ap.parse_args()
    sets = repository_sets()
    work = args.work or Path(tempfile.mkdtemp(prefix="marsad-missed-"))
    n = 0
    for name in args.only or list(sets):
        out = work / name
        if not out.exists():
            materialise(sets[name], SHARED, out)
        lines = missed_in(out, args.width, args.spurious)
        n += sum(1 for x in lines if ": MISSED " in x or ": UNLOCATED " in x)
        for line in lines:
            print(f"{name}/{line}")
    print(json.dumps({"missed": n}))


if __name__ == "__main__":
    main()
