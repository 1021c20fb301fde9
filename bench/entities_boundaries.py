"""Name-boundary kinds of rob23 item 13 on fresh text, before/after a change.

``dump`` draws fresh articles as ``bench/entities_fresh_kinds.py`` does (ANT v2.1 and ANT v1.1
Jawhara from ``../shared`` with ``random.Random(--seed)``; the annotated and blind sets' locators
are skipped, so no blind text is read), runs the whole pipeline and writes one JSON line per article:
its locator, entities ``[type, name]`` and mentions ``[type, text, entity, start, end, prev word,
next word]``. ``compare BEFORE AFTER`` prints the number of articles with each kind below, then
every changed mention of the chosen kinds (``--show``) for reading:

* ``pron_glued``: a person of two words or more whose name ends in a separate pronoun (``هو``, ``هي``…);
* ``verb_glued``: a person of two words or more whose last word is a verb: an imperfect verb
  (``stage.is_verb_form``) or a perfect one (``يX`` frequent in the news counts, ``X`` no name token);
* ``conj_place``: a place or organisation whose name starts with ``و`` + a gazetteer place
  (``ونيجريا``);
* ``given_other``: a one-word person mention that is the first word of the longer name it is tied to, right before a word that is not
  the next word of that name, punctuation or a function word, and is a person-name token or rare
  (< 150 in the news counts): a given name shared by two people (``أناستازيا`` of Sevastova);
* ``split_pair``: two person mentions side by side with only a space between them
  (``فينوس`` + ``وليامس``);
* ``city_org``: an organisation whose whole name is a gazetteer place (``لوس انجلس``);
* ``web_part``: an entity named ``كوم``/``نت`` (the end of ``بيت.كوم``);
* ``adj_person``: a one-word definite person ending in ``ي`` (``الدولي``).

Usage::

    PYTHONPATH=src .venv/bin/python bench/entities_boundaries.py dump OUT.jsonl [--seed 2424 --multi 800 --jawhara 200]
    PYTHONPATH=src .venv/bin/python bench/entities_boundaries.py compare BEFORE.jsonl AFTER.jsonl [--show pron_glued …]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes_sample import unannotated_fresh  # noqa: E402

PRONOUNS = ("هو", "هي", "هم", "هما", "هن")
KINDS = ("pron_glued", "verb_glued", "conj_place", "given_other", "split_pair", "city_org", "web_part", "adj_person")


def _word(text: str, i: int) -> str:
    """The whitespace-delimited token before offset ``i`` (empty at the start)."""
    head = text[:i].split()
    return head[-1] if head else ""


def dump(out: Path, seed: int, n_multi: int, n_jawhara: int, n_snn: int) -> None:
    """Write entities and mentions (with the words around them) of the drawn articles to ``out``."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for src, art in unannotated_fresh(seed, n_multi, n_jawhara, n_snn):
            n += 1
            t = art.text
            ents = [[e.type, e.name] for e in art.entities]
            ms = [[m.type, m.text, m.entity, m.start, m.end, _word(t, m.start), (t[m.end :].split() or [""])[0]]
                  for m in art.mentions]  # fmt: skip
            fh.write(json.dumps(dict(src=src, entities=ents, mentions=ms), ensure_ascii=False) + "\n")
    print(f"{n} articles -> {out}")


def kinds(rec: dict) -> dict[str, list[str]]:
    """The kinds of the module doc found in one article: kind -> the names or mentions showing it."""
    from marsad.entities.aliases import name_key
    from marsad.entities.features import ner_norm
    from marsad.entities.stage import EDGE_FUNCTION_WORDS as FUNCTION_WORDS
    from marsad.entities.stage import _resources, is_verb_form

    _tagger, freq, gaz, person_tokens, _d = _resources()
    out: dict[str, list[str]] = collections.defaultdict(list)
    ents, ms = rec["entities"], rec["mentions"]
    for typ, name in ents:
        words = name.split()
        last = ner_norm(words[-1]) if words else ""
        if typ == "PER" and len(words) > 1:
            if words[-1] in PRONOUNS:
                out["pron_glued"].append(name)
            elif is_verb_form(last, freq, gaz, person_tokens) or (
                len(last) >= 3 and last not in person_tokens and not gaz.token_types(last)
                and freq.get("ي" + last, 0) >= 50 and freq.get("ي" + last, 0) > freq.get(last, 0) / 4
            ):  # fmt: skip
                out["verb_glued"].append(name)
        if typ in ("LOC", "ORG") and name[:1] == "و" and "LOC" in gaz.lookup(ner_norm(name[1:])):
            out["conj_place"].append(name)
        if typ == "ORG" and gaz.lookup(ner_norm(name)) == frozenset({"LOC"}):
            out["city_org"].append(name)
        if name_key(name) in ("كوم", "نت"):
            out["web_part"].append(f"{typ} {name}")
        if typ == "PER" and len(words) == 1 and last.startswith("ال") and last.endswith("ي"):
            out["adj_person"].append(name)
    for typ, text, ent, _start, _end, _prev, nxt in ms:
        if typ != "PER" or " " in text.strip():
            continue
        full = ents[ent][1].split()
        if len(full) < 2 or not nxt or not nxt[0].isalpha():
            continue
        w = ner_norm(nxt)
        pos = [i for i, fw in enumerate(full) if name_key(fw) == name_key(text)]
        if pos[:1] != [0] or name_key(nxt) in {name_key(f) for f in full}:
            continue
        if w in FUNCTION_WORDS or w.startswith("ال") or w[:1] == "و":
            continue
        if w in person_tokens or freq.get(w, 0) < 150:
            out["given_other"].append(f"{text} [{nxt}] -> {ents[ent][1]}")
    spans = sorted((m[3], m[4], m[1], m[2]) for m in ms if m[0] == "PER")
    for (_s1, e1, t1, n1), (s2, _e2, t2, n2) in zip(spans, spans[1:], strict=False):
        if s2 == e1 + 1 and n1 != n2:
            out["split_pair"].append(f"{t1} + {t2}")
    return out


def compare(before: Path, after: Path, show: list[str]) -> None:
    """Print the articles with each kind in both dumps, then the changes of the ``show`` kinds."""
    def load(p: Path) -> dict:
        return {json.dumps(r["src"], sort_keys=True): r for r in map(json.loads, p.open(encoding="utf-8"))}

    b, a = load(before), load(after)
    kb = {k: kinds(r) for k, r in b.items()}
    ka = {k: kinds(r) for k, r in a.items()}
    for label, kk in (("before", kb), ("after", ka)):
        print(f"{label:6s} articles {len(kk)} " + " ".join(f"{k} {sum(bool(v.get(k)) for v in kk.values())}" for k in KINDS))
    changed = [k for k in b if k in a and b[k]["mentions"] != a[k]["mentions"]]
    print(f"articles with changed mentions: {len(changed)}")
    for k in changed:
        if show and not any(kb[k].get(s) or ka[k].get(s) for s in show) and "all" not in show:
            continue
        mb = {(m[0], m[1], m[3], b[k]["entities"][m[2]][1]) for m in b[k]["mentions"]}
        ma = {(m[0], m[1], m[3], a[k]["entities"][m[2]][1]) for m in a[k]["mentions"]}
        print(f"\n{json.loads(k)['member']}")
        for m in sorted(mb - ma, key=lambda x: x[2]):
            print(f"  - {m[0]} {m[1]!r} @{m[2]} -> {m[3]}")
        for m in sorted(ma - mb, key=lambda x: x[2]):
            print(f"  + {m[0]} {m[1]!r} @{m[2]} -> {m[3]}")


def list_kind(path: Path, kind: str) -> None:
    """Print every instance of ``kind`` in one dump."""
    for r in map(json.loads, path.open(encoding="utf-8")):
        for x in kinds(r).get(kind, []):
            print(f"{r['src']['member']}\t{x}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--seed", type=int, default=2424)
    d.add_argument("--multi", type=int, default=800)
    d.add_argument("--jawhara", type=int, default=200)
    d.add_argument("--snn", type=int, default=0)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", nargs="*", default=[])
    li = sub.add_parser("list")
    li.add_argument("dump", type=Path)
    li.add_argument("kind", choices=KINDS)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.seed, args.multi, args.jawhara, args.snn)
    elif args.cmd == "compare":
        compare(args.before, args.after, args.show)
    else:
        list_kind(args.dump, args.kind)


if __name__ == "__main__":
    main()
