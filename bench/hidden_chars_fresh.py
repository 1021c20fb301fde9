"""Quotations and speakers before/after on the unannotated articles that hold a character hiding a word
(fmt24): a format character between two letters, a Persian letter or heh doachashmee, a presentation
form. The random draw of ``bench/quotes_fresh_diff.py`` rarely holds one, so the articles are picked.

``pick OUT.json`` scans ANT v2.1 and ANT v1.1 (``../shared``) for the members holding each kind, skips
the annotated and blind sets' locators (their text is not read), and keeps up to ``--per-kind`` per
kind, the most such characters first. ``dump PICK.json OUT.jsonl`` runs the whole pipeline (ranker
off) on them and writes their quotations (kind, offsets, speaker, cue, context) and PER mentions;
run it once with the base's ``src`` on ``PYTHONPATH`` and once with the change's. ``compare A B`` prints
each quotation added, removed or with another speaker, and the PER mentions that changed, for reading.
Usage::

    PYTHONPATH=src .venv/bin/python bench/hidden_chars_fresh.py pick /tmp/pick.json
    PYTHONPATH=BASE/src .venv/bin/python bench/hidden_chars_fresh.py dump /tmp/pick.json /tmp/base.jsonl
    PYTHONPATH=src .venv/bin/python bench/hidden_chars_fresh.py dump /tmp/pick.json /tmp/new.jsonl
    .venv/bin/python bench/hidden_chars_fresh.py compare /tmp/base.jsonl /tmp/new.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sample import JAWHARA, MULTI, ROOT, SHARED, annotated_fresh, excluded_locators, load_tar  # noqa: E402

# (the classes written out here, not imported: the base may lack marsad.text.letters' tables)
_CF = "\x00\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
KINDS = {
    "format": re.compile(f"(?<=[^\\W\\d_])[{_CF}]+(?=[^\\W\\d_])"),
    "persian": re.compile("[\u06cc\u06a9\u06be]"),
    "presentation": re.compile("[\ufb50-\ufdff\ufe70-\ufefc]"),
}


def pick(out: Path, per_kind: int) -> None:
    excluded = excluded_locators([ROOT / "tests" / "data" / "quotes", ROOT / "bench" / "data" / "quotes_blind"])
    found: dict[str, list[tuple[int, str, str]]] = {k: [] for k in KINDS}
    for archive in (MULTI, JAWHARA):
        for member, data in load_tar(SHARED / archive).items():
            if (archive, member, None) in excluded:
                continue
            text = data.decode("utf-8", "replace")
            for kind, rx in KINDS.items():
                n = len(rx.findall(text))
                if n:
                    found[kind].append((n, archive, member))
    chosen: list[dict] = []
    seen: set = set()
    for kind, rows in found.items():
        rows.sort(key=lambda r: (-r[0], r[1], r[2]))
        print(f"{kind}: {len(rows)} unannotated members hold one")
        for _n, archive, member in rows[:per_kind]:
            if (archive, member) not in seen:
                seen.add((archive, member))
                chosen.append({"archive": archive, "member": member, "kind": kind})
    out.write_text(json.dumps(chosen, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(chosen)} members -> {out}")


def dump(picked: Path, out: Path) -> None:
    from marsad import settings

    settings.QUOTES_SPEAKER_RANKER = False
    rows = json.loads(picked.read_text(encoding="utf-8"))
    tars = {a: load_tar(SHARED / a) for a in {r["archive"] for r in rows}}
    draws = [({"archive": r["archive"], "member": r["member"]}, tars[r["archive"]][r["member"]], "trec") for r in rows]
    with out.open("w", encoding="utf-8") as fh:
        for src, _fmt, art in annotated_fresh(draws, set()):
            t = art.text
            qs = [dict(kind=q.kind, speaker=q.speaker, cue=q.cue_text, s=q.start, e=q.end,
                       ctx=t[max(0, q.start - 80) : q.start] + "⟦" + t[q.start : q.end] + "⟧" + t[q.end : q.end + 40])
                  for q in art.quotes]
            per = sorted({m.text for m in art.mentions if m.type == "PER"})
            fh.write(json.dumps(dict(src=src, quotes=qs, per=per), ensure_ascii=False) + "\n")


def compare(before: Path, after: Path) -> None:
    def load(p: Path) -> dict:
        return {r["src"]["member"]: r for r in map(json.loads, p.open(encoding="utf-8"))}

    b, a = load(before), load(after)
    counts = {"added": 0, "removed": 0, "speaker": 0, "per": 0}
    for k, rb in b.items():
        ra = a.get(k, {"quotes": [], "per": []})
        qb = {(q["kind"], q["s"], q["e"]): q for q in rb["quotes"]}
        qa = {(q["kind"], q["s"], q["e"]): q for q in ra["quotes"]}
        for key in sorted(set(qb) | set(qa)):
            x, y = qb.get(key), qa.get(key)
            if x is None:
                counts["added"] += 1
                print(f"ADDED {k} {key} speaker={y['speaker']!r} cue={y['cue']!r}\n    {y['ctx']!r}")
            elif y is None:
                counts["removed"] += 1
                print(f"REMOVED {k} {key} speaker={x['speaker']!r} cue={x['cue']!r}\n    {x['ctx']!r}")
            elif x["speaker"] != y["speaker"]:
                counts["speaker"] += 1
                print(f"SPEAKER {k} {key} {x['speaker']!r} -> {y['speaker']!r}\n    {y['ctx']!r}")
        if rb["per"] != ra["per"]:
            counts["per"] += 1
            print(f"PER {k} -{sorted(set(rb['per']) - set(ra['per']))!r} +{sorted(set(ra['per']) - set(rb['per']))!r}")
    print(f"{len(b)} articles; quotations before {sum(len(r['quotes']) for r in b.values())}, "
          f"after {sum(len(r['quotes']) for r in a.values())}; {counts}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pick")
    p.add_argument("out", type=Path)
    p.add_argument("--per-kind", type=int, default=15)
    d = sub.add_parser("dump")
    d.add_argument("picked", type=Path)
    d.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "pick":
        pick(args.out, args.per_kind)
    elif args.cmd == "dump":
        dump(args.picked, args.out)
    else:
        compare(args.before, args.after)


if __name__ == "__main__":
    main()
