"""Text layer benchmarks: sentence splitting (Marsad vs ICU vs pysbd) and normalization speed
(Marsad's layers vs PyArabic's functions and a per-character loop), side by side in one run.

Data:
* UD Arabic-PUD (``../shared/ud/UD_Arabic-PUD/ar_pud-ud-test.conllu``): the raw text of each of the
  1,000 sentences from its ``# text =`` line; ten consecutive sentences joined with one space make
  one paragraph (100 paragraphs), as in issue 2.
* News cases (``tests/data/text_sentences_news.txt``): hand-written tricky Arabic news paragraphs,
  written while the rules were developed (a development set: Marsad is fitted to it).
* Held-out news cases (``tests/data/text_sentences_news_heldout.txt``): written after the rules were
  fixed and scored once before any change.

Score: boundary F1. A boundary is the character offset where a predicted sentence ends (trailing
whitespace trimmed), counted over all sentence ends including paragraph ends (so every system gets
the 100 paragraph ends of PUD for free, as ICU's and pysbd's figures in issue 2 do).
Speed: sentences per second over the PUD paragraphs (best of 3 runs), one core.

Normalization: microseconds per article over the TEXT of the first ``--articles`` ANT v2.1 articles
(``../shared/corpora/ant-multisource-v2.1.tar.gz``), best of 7 interleaved rounds of CPU time (``time.process_time``: the box is shared): Marsad's ``display_text``,
``search_key``, ``display_layer`` and ``search_layer`` (string + offset map), ``tokenize`` and
``split_sentences``; PyArabic's ``strip_tatweel`` + ``strip_tashkeel`` + ``normalize_ligature``
+ ``normalize_alef`` + ``normalize_teh`` + ى→ي (the key without an offset map), and a plain
per-character Python loop that builds the same key with an offset map (what one writes without
the sparse map).

Usage: ``.venv/bin/python bench/sentences.py [--errors N] [--articles N]``
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PUD = ROOT.parent / "shared" / "ud" / "UD_Arabic-PUD" / "ar_pud-ud-test.conllu"
NEWS = ROOT / "tests" / "data" / "text_sentences_news.txt"
HELDOUT = ROOT / "tests" / "data" / "text_sentences_news_heldout.txt"

Splitter = Callable[[str], list[int]]


def read_pud(path: Path = PUD, group: int = 10) -> list[list[str]]:
    """PUD sentences grouped ``group`` at a time: a list of paragraphs, each a list of sentences."""
    sents = [
        line[len("# text = ") :].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    return [sents[i : i + group] for i in range(0, len(sents), group)]


def read_news(path: Path = NEWS) -> list[list[str]]:
    """The news cases: paragraphs (blank-line separated) of gold sentences (one per line)."""
    cases: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if line.strip():
            cur.append(line.strip())
        elif cur:
            cases.append(cur)
            cur = []
    return cases


def gold_ends(sentences: list[str]) -> tuple[str, set[int]]:
    """Join sentences with one space; return the paragraph and its gold sentence-end offsets."""
    ends: set[int] = set()
    pos = 0
    for i, s in enumerate(sentences):
        if i:
            pos += 1
        pos += len(s)
        ends.add(pos)
    return " ".join(sentences), ends


def _ends_from_pieces(text: str, pieces: list[str]) -> list[int]:
    """Sentence-end offsets from the strings a splitter returns (located in order in ``text``)."""
    out = []
    pos = 0
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        i = text.find(p, pos)
        if i < 0:
            continue
        pos = i + len(p)
        out.append(pos)
    return out


def marsad_splitter() -> Splitter:
    from marsad.text.sentences import split_sentences

    return lambda text: [e for _, e in split_sentences(text)]


def icu_splitter() -> Splitter | None:
    try:
        import icu  # PyICU
    except ImportError:
        return None
    bi = icu.BreakIterator.createSentenceInstance(icu.Locale("ar"))

    def split(text: str) -> list[int]:
        # ICU works in UTF-16 code units; PUD/news text is in the BMP, so they equal characters
        bi.setText(text)
        ends = []
        start = bi.first()
        for end in bi:
            seg = text[start:end]
            ends.append(start + len(seg.rstrip()))
            start = end
        return ends

    return split


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="ar", clean=False)
    return lambda text: _ends_from_pieces(text, seg.segment(text))


def score(split: Splitter, paragraphs: list[list[str]], show: int = 0, name: str = "") -> dict:
    tp = fp = fn = exact = 0
    shown = 0
    for sents in paragraphs:
        text, gold = gold_ends(sents)
        pred = set(split(text))
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        exact += pred == gold
        if show and pred != gold and shown < show:
            shown += 1
            for e in sorted(pred - gold):
                print(f"  [{name}] FP …{text[max(0, e - 40) : e]}|{text[e : e + 30]}…")
            for e in sorted(gold - pred):
                print(f"  [{name}] FN …{text[max(0, e - 40) : e]}|{text[e : e + 30]}…")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "exact": exact, "n": len(paragraphs), "fp": fp, "fn": fn}


def speed(split: Splitter, paragraphs: list[list[str]]) -> float:
    texts = [" ".join(s) for s in paragraphs]
    n_sent = sum(len(s) for s in paragraphs)
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for t in texts:
            split(t)
        best = min(best, time.process_time() - t0)
    return n_sent / best


ANT = ROOT.parent / "shared" / "corpora" / "ant-multisource-v2.1.tar.gz"


def read_ant_texts(n: int) -> list[str]:
    """The TEXT field of the first ``n`` ANT v2.1 articles."""
    import re
    import tarfile

    out: list[str] = []
    text_re = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
    with tarfile.open(ANT) as tar:
        for member in tar:
            if len(out) >= n:
                break
            if not member.isfile():
                continue
            doc = tar.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
            m = text_re.search(doc)
            if m:
                out.append(m.group(1).strip())
    return out


def _per_char_key_with_map(s: str) -> tuple[str, list[int]]:
    """The naive way: one Python step per character, building the key and its offset list."""
    from marsad.text.normalize import _SEARCH_DELETE_SET, DIGIT_FOLDS, SEARCH_FOLDS

    fold = {c: to for frm, to in SEARCH_FOLDS for c in frm}
    fold.update(DIGIT_FOLDS)
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(s):
        if ch in _SEARCH_DELETE_SET:
            continue
        out.append(fold.get(ch, ch).lower())
        offsets.append(i)
    return "".join(out), offsets


def _pyarabic_key() -> Callable[[str], str] | None:
    try:
        import pyarabic.araby as araby
    except ImportError:
        return None

    def key(s: str) -> str:
        s = araby.strip_tatweel(araby.strip_tashkeel(s))
        s = araby.normalize_alef(araby.normalize_ligature(s))
        return araby.normalize_teh(s).replace("ى", "ي")

    return key


def normalization_speed(n: int) -> None:
    from marsad.text.normalize import display_layer, display_text, search_key, search_layer
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import tokenize

    if not ANT.exists():
        print(f"ANT corpus not found at {ANT}; normalization speed skipped")
        return
    texts = read_ant_texts(n)
    avg = sum(map(len, texts)) / len(texts)
    print(f"\nnormalization: {len(texts)} ANT articles (TEXT field), {avg:,.0f} characters on average")
    funcs: dict[str, Callable[[str], object] | None] = {
        "marsad display_text": display_text,
        "marsad search_key": search_key,
        "marsad display_layer (+map)": display_layer,
        "marsad search_layer (+map)": search_layer,
        "marsad both layers (+maps)": lambda s: (display_layer(s), search_layer(s)),
        "marsad split_sentences": split_sentences,
        "marsad tokenize": tokenize,
        "pyarabic key (no map)": _pyarabic_key(),
        "per-character loop key (+map)": _per_char_key_with_map,
    }
    print(f"{'function':32} {'µs/article':>11} {'articles/s':>11}")
    # interleaved rounds: every function sees the same machine load (the 2-core box is shared)
    live = {name: f for name, f in funcs.items() if f is not None}
    best = dict.fromkeys(live, float("inf"))
    for _ in range(7):
        for name, f in live.items():
            t0 = time.process_time()
            for t in texts:
                f(t)
            best[name] = min(best[name], time.process_time() - t0)
    for name, f in funcs.items():
        if f is None:
            print(f"{name:32} not installed")
            continue
        per = best[name] / len(texts)
        print(f"{name:32} {per * 1e6:11.1f} {1 / per:11,.0f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print up to N erroneous paragraphs per system")
    ap.add_argument("--articles", type=int, default=2000, help="ANT articles for the normalization timing")
    args = ap.parse_args()
    if not PUD.exists():
        print(f"UD Arabic-PUD not found at {PUD}", file=sys.stderr)
        return 1
    pud = read_pud()
    news = read_news()
    heldout = read_news(HELDOUT)
    systems = {"marsad": marsad_splitter(), "icu": icu_splitter(), "pysbd": pysbd_splitter()}
    print(f"python {platform.python_version()} on {platform.machine()}, {time.strftime('%Y-%m-%d')}")
    print(
        f"PUD: {sum(map(len, pud))} sentences in {len(pud)} paragraphs; news: "
        f"{sum(map(len, news))} sentences in {len(news)} paragraphs; held-out: "
        f"{sum(map(len, heldout))} sentences in {len(heldout)} paragraphs"
    )
    print(
        f"{'system':8} {'PUD P':>6} {'PUD R':>6} {'PUD F1':>7} {'news F1':>8} {'news exact':>11} "
        f"{'held-out F1':>12} {'held exact':>11} {'sent/s':>9}"
    )
    for name, split in systems.items():
        if split is None:
            print(f"{name:8} not installed")
            continue
        a = score(split, pud, args.errors, name)
        b = score(split, news, args.errors, name)
        h = score(split, heldout, args.errors, name)
        v = speed(split, pud)
        print(
            f"{name:8} {a['p']:6.3f} {a['r']:6.3f} {a['f1']:7.4f} {b['f1']:8.4f} "
            f"{b['exact']:>5}/{b['n']:<5} {h['f1']:12.4f} {h['exact']:>5}/{h['n']:<5} {v:9,.0f}"
        )
    normalization_speed(args.articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
