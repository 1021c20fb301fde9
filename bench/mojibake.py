"""Double-encoded UTF-8 ("mojibake"): Marsad's ``fix_mojibake`` against ftfy's ``fix_encoding``.

Takes N real ANT articles (``../shared/corpora/ant-multisource-v2.1.tar.gz``), mangles each the
ways a scraper does — UTF-8 bytes decoded as Windows-1252 (undefined bytes as Latin-1: "sloppy"),
as Latin-1, and only some lines mangled (a pasted paragraph) — and measures for each tool:
exact repairs, clean articles changed (false positives), CPU µs per article.

    .venv/bin/python bench/mojibake.py --n 300
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from marsad.io.encoding import _TO_LATIN1, fix_mojibake
from marsad.io.sources import iter_articles

ROOT = Path(__file__).resolve().parents[1]
_FROM_LATIN1 = {b: c for c, b in _TO_LATIN1.items() if c >= 0x100 or c == b}
# byte -> the cp1252 character (Latin-1 for the 5 undefined bytes)
_SLOPPY = {}
for _b in range(0x80, 0x100):
    try:
        _SLOPPY[_b] = bytes([_b]).decode("cp1252")
    except UnicodeDecodeError:
        _SLOPPY[_b] = chr(_b)


def sloppy_1252(text: str) -> str:
    return "".join(_SLOPPY[b] if b >= 0x80 else chr(b) for b in text.encode("utf-8"))


def latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def half(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(sloppy_1252(x) if i % 2 else x for i, x in enumerate(lines))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    import ftfy

    tar = ROOT.parent / "shared/corpora/ant-multisource-v2.1.tar.gz"
    texts = []
    for a in iter_articles([tar]):
        texts.append(a.text)
        if len(texts) >= args.n * 5:
            break
    texts = texts[::5][: args.n]  # a spread over the five sources

    def marsad(t: str) -> str:
        r = fix_mojibake(t)
        return t if r is None else r.text

    tools = {"marsad fix_mojibake": marsad, f"ftfy {ftfy.__version__} fix_encoding": ftfy.fix_encoding}
    cases = {
        "clean (unchanged?)": lambda t: t,
        "sloppy cp1252": sloppy_1252,
        "latin-1": latin1,
        "every other line cp1252": half,
    }
    print(f"{len(texts)} ANT articles, mean {sum(map(len, texts)) / len(texts):,.0f} characters")
    print("| case | tool | exact | µs/article (CPU) |\n|---|---|---:|---:|")
    for cname, mangle in cases.items():
        inputs = [mangle(t) for t in texts]
        for tname, fn in tools.items():
            t0 = time.process_time()
            out = [fn(x) for x in inputs]
            dt = time.process_time() - t0
            exact = sum(o == t for o, t in zip(out, texts, strict=True))
            print(f"| {cname} | {tname} | {exact}/{len(texts)} | {dt / len(texts) * 1e6:,.0f} |")


if __name__ == "__main__":
    main()
