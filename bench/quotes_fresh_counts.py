"""Fresh-text counts of quotation faults before/after a change (issue 6, step 37: nu14).

``dump`` runs the whole pipeline (:func:`marsad.pipeline.annotate`) on every ``--step``-th ``.txt``
member of an ANT tarball (default ``../shared/corpora/ant-v1.1.tar.gz``) and writes one JSON line per
article: its member name and its quotes (kind, speaker, cue text, span, the speaker entity's type, the
quote's line). ``compare`` reads two such dumps (before, after). It prints how often each fault kind
shows (headline quotes, a LOC entity as headline speaker, a lone ``و``/``ف`` speaker, ``أف أم`` and
``لمراسل`` in a speaker, unpaired marks) and the number of quotes removed, added and re-attributed.
With ``--changes FILE`` it writes one line per change, to be read. Usage::

    .venv/bin/python bench/quotes_fresh_counts.py dump --step 5 OUT.jsonl
    .venv/bin/python bench/quotes_fresh_counts.py compare BEFORE.jsonl AFTER.jsonl [--changes FILE]
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TAR = ROOT.parent / "shared" / "corpora" / "ant-v1.1.tar.gz"
_FM = re.compile(r"[أإاآ]ف [أإاآ]م")
CHECKS = {
    "headline quotes": lambda q: q["kind"] == "headline",
    "headline, LOC entity speaker": lambda q: q["kind"] == "headline" and q["ent"] == "LOC",
    "speaker lone و/ف": lambda q: (q["speaker"] or "") in ("و", "ف"),
    "speaker exactly أف أم": lambda q: bool(_FM.fullmatch(q["speaker"] or "")),
    "speaker holding أف أم": lambda q: bool(_FM.search(q["speaker"] or "")),
    "speaker holding لمراسل": lambda q: "لمراسل" in (q["speaker"] or ""),
    "speaker holding بتاريخ": lambda q: "بتاريخ" in (q["speaker"] or ""),
    "speaker with an unpaired mark": lambda q: (q["speaker"] or "").count('"') % 2 == 1,
    "all quotes": lambda q: True,
}


def dump(tar: Path, step: int, out: Path) -> None:
    """Write the quotes of every ``step``-th article of ``tar`` to ``out`` (JSON lines)."""
    from marsad.io.readers import read_records
    from marsad.pipeline import annotate

    i = 0
    with tarfile.open(tar, "r:gz") as tf, out.open("w", encoding="utf-8") as fh:
        for ti in tf:
            if not ti.isfile() or not ti.name.endswith(".txt") or "/README" in ti.name:
                continue
            i += 1
            if i % step:
                continue
            f = tf.extractfile(ti)
            for art in read_records(f.read() if f else b"", source=ti.name):
                try:
                    annotate(art)
                except Exception as exc:  # noqa: BLE001 - counted by the reader of stderr, the run goes on
                    print("FAIL", ti.name, exc, file=sys.stderr)
                    continue
                qs = []
                for q in art.quotes:
                    ent = art.entities[q.entity].type if q.entity is not None and q.entity < len(art.entities) else None
                    line0 = art.text.rfind("\n", 0, q.start) + 1
                    qs.append(dict(kind=q.kind, speaker=q.speaker, cue=q.cue_text, s=q.start, e=q.end, ent=ent,
                                   line=art.text[line0 : q.end][:160]))
                fh.write(json.dumps(dict(src=ti.name, quotes=qs), ensure_ascii=False) + "\n")


def _load(path: Path) -> dict[str, list[dict]]:
    return {r["src"]: r["quotes"] for r in map(json.loads, path.open(encoding="utf-8"))}


def compare(before: Path, after: Path, changes: Path | None) -> None:
    """Print the fault counts of two dumps and the quotes removed, added and re-attributed."""
    b, a = _load(before), _load(after)
    common = sorted(set(b) & set(a))
    print("articles", len(common))
    for name, test in CHECKS.items():
        nb = sum(test(q) for s in common for q in b[s])
        na = sum(test(q) for s in common for q in a[s])
        print(f"{name:32s} before {nb:6d} after {na:6d}")
    rows = []
    kinds: dict[str, collections.Counter] = {"REMOVED": collections.Counter(), "ADDED": collections.Counter()}
    n_speaker = 0
    for s in common:
        bq = {(q["kind"], q["s"], q["e"]): q for q in b[s]}
        aq = {(q["kind"], q["s"], q["e"]): q for q in a[s]}
        for tag, keys, side in (("REMOVED", bq.keys() - aq.keys(), bq), ("ADDED", aq.keys() - bq.keys(), aq)):
            for k in keys:
                q = side[k]
                kinds[tag][q["kind"]] += 1
                rows.append(f"{tag}\t{s}\t{q['kind']}\t{q['speaker']}\t{q['cue']}\t{q['line'][:140]}")
        for k in bq.keys() & aq.keys():
            if bq[k]["speaker"] != aq[k]["speaker"]:
                n_speaker += 1
                rows.append(f"SPEAKER\t{s}\t{bq[k]['speaker']} -> {aq[k]['speaker']}\t{aq[k]['cue']}\t{aq[k]['line'][:140]}")
    print("removed", sum(kinds["REMOVED"].values()), dict(kinds["REMOVED"]))
    print("added", sum(kinds["ADDED"].values()), dict(kinds["ADDED"]))
    print("speaker changed", n_speaker)
    if changes is not None:
        changes.write_text("\n".join(rows) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--step", type=int, default=5)
    d.add_argument("--tar", type=Path, default=TAR)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--changes", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.tar, args.step, args.out)
    else:
        compare(args.before, args.after, args.changes)


if __name__ == "__main__":
    main()
