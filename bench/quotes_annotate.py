"""Annotator's kit for a quotation test set (issue 6): dump the texts, build gold files, check them.

A set folder ``SET`` holds ``work/candidates.json`` (from ``bench/quotes_sample.py``). The
annotator reads the texts, writes one annotation file per article read, ``SET/work/ann/NAME.json``::

    {"quotes": [{"kind": "indirect", "speaker": "…", "cue": "وقال",
                 "starts_with": "إن …", "ends_with": "…", "after": "optional anchor"}],
     "not_quotes": ["داعش"], "notes": "the article's hard calls"}

and builds ``SET/NAME.gold.json`` in the format of ``tests/data/quotes`` (the locator, ``format``,
``quotes`` with ``start``/``end`` character offsets into ``Article.text``, ``not_quotes``,
``notes``). A quotation is located at the first ``starts_with`` at or after the end of its ``after``
anchor (from the end of the previous quotation when ``after`` is absent),
ending at the first ``ends_with`` after it; list the quotations in text order. ``build`` warns when
``starts_with`` occurs more than once in the text (ANT's ABSTRACT repeats the lead): check the
offsets it chose and give ``after`` where they are wrong. Usage::

    .venv/bin/python bench/quotes_annotate.py dump  SET    # SET/work/texts/NAME.txt, in reading order
    .venv/bin/python bench/quotes_annotate.py build SET    # SET/NAME.gold.json from SET/work/ann/*.json
    .venv/bin/python bench/quotes_annotate.py check SET    # offsets and spans re-read from ../shared

``check`` materialises the gold files' articles from ``../shared`` exactly as the scorer does and
reports every span that does not start with ``starts_with`` / end with ``ends_with``, starts or ends
with white space or a period/comma, overlaps another, or has no cue within 250 characters before
it (a warning: post-posed cues such as ``بحسب ما …`` are allowed), and every ``not_quotes`` string
missing from the text. Nothing here runs the quotation extractor.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from marsad.io.readers import read_records
from marsad.quotes.evaluate import GOLD_SUFFIX, fetch_source, materialise

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _text(src: dict, fmt: str) -> str:
    data, _ = fetch_source(SHARED, src)
    for article in read_records(data, source="annotate", fmt=fmt):
        return article.text
    raise ValueError(f"no article in {src}")


def dump(folder: Path) -> None:
    cands = json.loads((folder / "work" / "candidates.json").read_text(encoding="utf-8"))
    out = folder / "work" / "texts"
    out.mkdir(parents=True, exist_ok=True)
    for i, c in enumerate(cands, 1):
        (out / f"{i:02d}_{c['name']}.txt").write_text(_text(c["source"], c["format"]), encoding="utf-8")
        print(f"{i:02d} {c['name']}")


def build(folder: Path) -> int:
    cands = {
        c["name"]: c for c in json.loads((folder / "work" / "candidates.json").read_text(encoding="utf-8"))
    }
    problems = 0
    for ap in sorted((folder / "work" / "ann").glob("*.json")):
        name = ap.stem
        if name not in cands:
            print(f"{name}: not a candidate of this set", file=sys.stderr)
            problems += 1
            continue
        ann = json.loads(ap.read_text(encoding="utf-8"))
        c = cands[name]
        text = _text(c["source"], c["format"])
        quotes = []
        prev_end = 0
        for q in ann.get("quotes", []):
            base = prev_end
            if q.get("after"):
                a = text.find(q["after"])
                if a < 0:
                    print(f"{name}: anchor not found: {q['after']!r}", file=sys.stderr)
                    problems += 1
                    continue
                base = a + len(q["after"])
            s = text.find(q["starts_with"], base)
            e = (
                text.find(q["ends_with"], s + max(0, len(q["starts_with"]) - len(q["ends_with"])))
                if s >= 0
                else -1
            )
            if s < 0 or e < 0:
                print(f"{name}: not located: {q['starts_with']!r} … {q['ends_with']!r}", file=sys.stderr)
                problems += 1
                continue
            if text.count(q["starts_with"]) > 1:
                print(
                    f"{name}: warning: {q['starts_with']!r} occurs {text.count(q['starts_with'])} times; "
                    f"located at {s} (after the previous quotation or the anchor)",
                    file=sys.stderr,
                )
            prev_end = e + len(q["ends_with"])
            quotes.append(
                {
                    "kind": q["kind"],
                    "speaker": q.get("speaker"),
                    "cue": q.get("cue", ""),
                    "starts_with": q["starts_with"],
                    "ends_with": q["ends_with"],
                    "start": s,
                    "end": e + len(q["ends_with"]),
                }
            )
        gold = {
            "source": c["source"],
            "format": c["format"],
            "quotes": quotes,
            "not_quotes": ann.get("not_quotes", []),
            "notes": ann.get("notes", ""),
        }
        (folder / (name + GOLD_SUFFIX)).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(quotes)} quotations")
    return problems


def check(folder: Path) -> int:
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for gp in materialise(folder, SHARED, tmp):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            raw = next(
                p
                for p in Path(tmp).iterdir()
                if p.name.startswith(gp.name[: -len(GOLD_SUFFIX)] + ".") and p != gp
            )
            text = next(iter(read_records(raw.read_bytes(), source=str(raw)))).text
            spans = []
            for q in gold["quotes"]:
                s, e = q["start"], q["end"]
                span = text[s:e]
                where = f"{gp.name} [{s}:{e}]"
                if not (span.startswith(q["starts_with"]) and span.endswith(q["ends_with"])):
                    print(f"{where}: span does not frame starts_with/ends_with")
                    problems += 1
                if span[:1].isspace() or span[-1:].isspace() or span[:1] in ".,،" or span[-1:] in ".,،":
                    print(f"{where}: span starts or ends with space or punctuation")
                    problems += 1
                if q["kind"] not in ("direct", "indirect", "headline"):
                    print(f"{where}: kind {q['kind']!r}")
                    problems += 1
                cue = q.get("cue") or ""
                if cue and cue not in text[max(0, s - 250) : e]:
                    print(
                        f"{where}: warning: cue {cue!r} not within 250 characters before or inside the span"
                    )
                spans.append((s, e))
            spans.sort()
            for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
                if s2 < e1:
                    print(f"{gp.name}: spans overlap [{s1}:{e1}] [{s2}:{e2}]")
                    problems += 1
            for nq in gold.get("not_quotes", []):
                if nq not in text:
                    print(f"{gp.name}: not_quotes string missing: {nq!r}")
                    problems += 1
    print(f"{problems} problems")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("dump", "build", "check"))
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    if args.command == "dump":
        dump(args.folder)
    elif args.command == "build":
        sys.exit(1 if build(args.folder) else 0)
    else:
        sys.exit(1 if check(args.folder) else 0)


if __name__ == "__main__":
    main()
