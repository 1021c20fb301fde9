"""Sample the articles of new quotation test sets from ``../shared`` (issue 6), the held-out protocol.

Each set ``N`` gets its own ``random.Random(N * 1000 + N)`` (set 23 → seed 23023, as the sets
``heldout23`` … ``heldout38`` were drawn) used in this order, stratified by source:

- ANT multi-source v2.1, sites in sorted order (Alarabia, BBC, CNN, France24, SkyNews): the site's
  ``.txt`` members sorted, shuffled, the first five passing the filter kept as candidates (the
  annotator reads the first two, and the next ones in order when one is skipped);
- ANT v1.1 (Jawhara FM): all ``.txt`` members sorted, shuffled, the first five passing kept;
- SaudiNewsNet: a random day file and a random record, redrawn on a repeat, until twelve pass (six
  read).

Filter: ``Article.text`` (as :func:`marsad.io.readers.read_records` reads it) of 700–2,200
characters with at least two hits of the crude speech-verb regex :data:`SPEECH`. Excluded: every
article named by a locator in ``tests/data/quotes``, ``bench/data/quotes_blind`` and in the folders given with ``--exclude``
(walked for ``archive``/``member``/``record`` objects, candidates lists included), the candidates
of the sets drawn before in the same run, and near-copies: a candidate whose character 5-gram
Jaccard similarity with an excluded or earlier candidate's text is ≥ 0.5.

Writes ``OUT/heldoutN/work/candidates.json`` (a list of ``{"name", "source", "format"}`` in
reading order per source) and ``sample.log``. Usage::

    .venv/bin/python bench/quotes_sample.py 39 46 --out /work/blind [--exclude DIR ...]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from marsad.io.readers import read_records
from marsad.model import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MULTI = "corpora/ant-multisource-v2.1.tar.gz"
JAWHARA = "corpora/ant-v1.1.tar.gz"
SNN = "corpora/saudinewsnet/dataset"
SITES = ("Alarabia", "BBC", "CNN", "France24", "SkyNews")
SPEECH = re.compile(
    r"(?<!\w)[وف]?(?:قال|أكد|أضاف|أوضح|أشار|صرح|أعلن|مؤكدا|مضيفا|قائلا|مشيرا|لافتا|بحسب|وفقا|نقل)"
)
NEAR = 0.5


def _key(src: dict) -> tuple:
    return (src["archive"], src["member"], src.get("record"))


def _walk(obj, out: set) -> None:
    if isinstance(obj, dict):
        if "archive" in obj and "member" in obj:
            out.add(_key(obj))
        for v in obj.values():
            _walk(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _walk(v, out)


def excluded_locators(folders: list[Path]) -> set:
    """Every locator named in a ``*.json`` file under ``folders``."""
    found: set = set()
    for folder in folders:
        for p in sorted(folder.rglob("*.json")):
            try:
                _walk(json.loads(p.read_text(encoding="utf-8")), found)
            except (ValueError, UnicodeDecodeError):
                continue
    return found


def unannotated_fresh(seed: int, n_multi: int, n_jawhara: int, n_snn: int) -> Iterator[tuple[dict, Article]]:
    """``(locator, annotated article)`` of a fresh draw (:func:`draw_fresh` with ``random.Random(seed)``)
    by the whole pipeline with the speaker ranker off, leaving out every article named in the
    repository's quote gold and in the blind sets (:func:`excluded_locators`): the draw the fresh-text
    dump scripts (``entities_boundaries.py``, ``entities_fresh_kinds.py``) write out."""
    from marsad import settings

    settings.QUOTES_SPEAKER_RANKER = False
    excluded = excluded_locators([ROOT / "tests" / "data" / "quotes", ROOT / "bench" / "data" / "quotes_blind"])
    for src, _fmt, art in annotated_fresh(draw_fresh(random.Random(seed), n_multi, n_jawhara, n_snn), excluded):
        yield src, art


def shingles(text: str, n: int = 5) -> frozenset:
    """Character ``n``-grams of ``text`` with white space collapsed."""
    t = " ".join(text.split())
    return frozenset(t[i : i + n] for i in range(max(1, len(t) - n + 1)))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def article_text(data: bytes, fmt: str | None = None) -> str | None:
    for article in read_records(data, source="sample", fmt=fmt):
        return article.text
    return None


def passes(text: str | None) -> bool:
    return text is not None and 700 <= len(text) <= 2200 and len(SPEECH.findall(text)) >= 2


def load_tar(path: Path) -> dict[str, bytes]:
    """``{member name: bytes}`` of every ``.txt`` member (ANT files are small)."""
    out = {}
    with tarfile.open(path, "r:gz") as tf:
        for ti in tf:
            if ti.isfile() and ti.name.endswith(".txt") and "/" in ti.name:
                f = tf.extractfile(ti)
                if f is not None:
                    out[ti.name] = f.read()
    return out


def draw_fresh(rng: random.Random, n_multi: int, n_jawhara: int, n_snn: int) -> list[tuple[dict, bytes, str]]:
    """``(locator, bytes, format)`` of ``n_multi`` ANT v2.1 members, ``n_jawhara`` ANT v1.1 members
    (sampled without replacement from the sorted members) and ``n_snn`` SaudiNewsNet records (a random
    day, a random record; repeats possible), drawn with ``rng`` in that order: the fresh-text samples of
    ``bench/quotes_fill_sample.py`` and ``bench/quotes_fresh_diff.py``. Callers drop the locators of
    :func:`excluded_locators` (the annotated and blind sets) and repeats."""
    draws: list[tuple[dict, bytes, str]] = []
    multi = load_tar(SHARED / MULTI)
    for m in rng.sample(sorted(multi), n_multi):
        draws.append(({"archive": MULTI, "member": m}, multi[m], "trec"))
    del multi
    jawhara = load_tar(SHARED / JAWHARA)
    for m in rng.sample(sorted(jawhara), n_jawhara):
        draws.append(({"archive": JAWHARA, "member": m}, jawhara[m], "trec"))
    del jawhara
    days = sorted((SHARED / SNN).glob("*.zip"))
    for _ in range(n_snn):
        zp = rng.choice(days)
        with zipfile.ZipFile(zp) as zf:
            recs = json.loads(zf.read(zf.namelist()[0]))
        i = rng.randrange(len(recs))
        src = {"archive": f"{SNN}/{zp.name}", "member": zp.stem + ".json", "record": i}
        draws.append((src, json.dumps([recs[i]], ensure_ascii=False).encode("utf-8"), "json"))
    return draws


def annotated_fresh(draws: list[tuple[dict, bytes, str]], excluded: set) -> Iterator[tuple[dict, str, Article]]:
    """``(locator, format, annotated article)`` of each of :func:`draw_fresh`'s ``draws`` in order, by the whole
    pipeline, skipping the locators in ``excluded`` (:func:`excluded_locators`) and repeats; an article
    that fails to read or annotate is skipped with its reason on stderr."""
    from marsad.pipeline import annotate

    seen: set = set()
    for src, data, fmt in draws:
        k = _key(src)
        if k in excluded or k in seen:
            continue
        seen.add(k)
        try:
            yield src, fmt, annotate(next(read_records(data, source=src["member"], fmt=fmt)))
        except Exception as exc:  # noqa: BLE001 - one bad article is skipped with its reason
            print(f"skipped {src['member']}: {exc}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = ap.parse_args()

    multi = load_tar(SHARED / MULTI)
    jawhara = load_tar(SHARED / JAWHARA)
    days = sorted((SHARED / SNN).glob("*.zip"))
    snn_cache: dict[str, list] = {}

    def snn_records(zp: Path) -> list:
        if zp.name not in snn_cache:
            with zipfile.ZipFile(zp) as zf:
                snn_cache[zp.name] = json.loads(zf.read(zf.namelist()[0]))
        return snn_cache[zp.name]

    def fetch(src: dict) -> tuple[str | None, str]:
        if src["archive"] == MULTI:
            return article_text(multi[src["member"]]), "trec"
        if src["archive"] == JAWHARA:
            return article_text(jawhara[src["member"]]), "trec"
        rec = snn_records(SHARED / src["archive"])[src["record"]]
        return article_text(json.dumps([rec], ensure_ascii=False).encode("utf-8"), "json"), "json"

    excluded = excluded_locators(
        [ROOT / "tests" / "data" / "quotes", ROOT / "bench" / "data" / "quotes_blind", *args.exclude]
    )
    near: list[frozenset] = []
    for key in sorted(excluded, key=str):
        src = {"archive": key[0], "member": key[1]}
        if key[2] is not None:
            src["record"] = key[2]
        try:
            text, _ = fetch(src)
        except (KeyError, IndexError, FileNotFoundError):
            continue
        if text:
            near.append(shingles(text))
    print(f"excluded: {len(excluded)} locators, {len(near)} texts")

    for n in range(args.first, args.last + 1):
        rng = random.Random(n * 1000 + n)
        log: list[str] = [f"set {n}: seed {n * 1000 + n}, {len(excluded)} excluded locators"]
        cands: list[dict] = []

        def consider(src: dict, name: str, log: list = log, cands: list = cands) -> bool:
            if _key(src) in excluded:
                return False
            text, fmt = fetch(src)
            if not passes(text):
                return False
            sh = shingles(text)
            best = max((jaccard(sh, o) for o in near), default=0.0)
            if best >= NEAR:
                log.append(f"  near-copy skipped: {name} (Jaccard {best:.2f})")
                return False
            excluded.add(_key(src))
            near.append(sh)
            cands.append({"name": name, "source": src, "format": fmt})
            return True

        for site in SITES:
            members = sorted(m for m in multi if m.split("/")[1] == site)
            rng.shuffle(members)
            kept = 0
            for m in members:
                if kept == 5:
                    break
                kept += consider({"archive": MULTI, "member": m}, m.rsplit("/", 1)[1][:-4])
        members = sorted(jawhara)
        rng.shuffle(members)
        kept = 0
        for m in members:
            if kept == 5:
                break
            kept += consider({"archive": JAWHARA, "member": m}, m.rsplit("/", 1)[1][:-4])
        kept = 0
        while kept < 12:
            zp = rng.choice(days)
            recs = snn_records(zp)
            i = rng.randrange(len(recs))
            src = {"archive": f"{SNN}/{zp.name}", "member": zp.stem + ".json", "record": i}
            kept += consider(src, f"snn-{zp.stem}-{i}")
        out = args.out / f"heldout{n}" / "work"
        out.mkdir(parents=True, exist_ok=True)
        (out / "candidates.json").write_text(
            json.dumps(cands, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        log.append(f"  {len(cands)} candidates: " + ", ".join(c["name"] for c in cands))
        (out / "sample.log").write_text("\n".join(log) + "\n", encoding="utf-8")
        print("\n".join(log))


if __name__ == "__main__":
    main()
