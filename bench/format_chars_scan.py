"""How many ANT v2.1 articles hold each kind of character that hides a word (fmt24).

One pass over the ``.txt`` files of ANT v2.1 (``bench/layout.ant_files``, decoded as UTF-8): for each
kind, the number of files that hold at least one such character, and the number of characters.
Kinds: a format character (Unicode Cf, NUL; :data:`marsad.text.letters.FORMAT_CHARS`) between two
letters (inside a word), per code point; one anywhere; Arabic presentation forms (U+FB50–U+FDFF,
U+FE70–U+FEFC); heh doachashmee U+06BE; mathematical digits U+1D7CE–U+1D7FF; a Persian yeh/keheh
(U+06CC, U+06A9). Usage::

    PYTHONPATH=src .venv/bin/python bench/format_chars_scan.py [--every N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from layout import ant_files  # noqa: E402

from marsad.text.letters import format_char_class  # noqa: E402

_F = format_char_class()
KINDS = {
    "format char inside a word": re.compile(rf"(?<=[^\W\d_])[{_F}]+(?=[^\W\d_])"),
    "format char anywhere": re.compile(rf"[{_F}]"),
    "presentation forms": re.compile("[\ufb50-\ufdff\ufe70-\ufefc]"),
    "heh doachashmee U+06BE": re.compile("\u06be"),
    "math digits": re.compile("[\U0001d7ce-\U0001d7ff]"),
    "Persian yeh/keheh": re.compile("[\u06cc\u06a9]"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=1, help="read every N-th file only")
    args = ap.parse_args()
    files = Counter()
    chars = Counter()
    inside = Counter()  # code point → files with it inside a word
    n = 0
    for _name, data in ant_files(args.every):
        n += 1
        text = data.decode("utf-8", "replace")
        for kind, rx in KINDS.items():
            found = rx.findall(text)
            if found:
                files[kind] += 1
                chars[kind] += sum(map(len, found))
        for cp in {c for run in KINDS["format char inside a word"].findall(text) for c in run}:
            inside[f"U+{ord(cp):04X}"] += 1
    print(f"ANT v2.1 files read: {n}")
    for kind in KINDS:
        print(f"{kind:28} files {files[kind]:6}  characters {chars[kind]:7}")
    print("inside a word, files per code point:", dict(inside.most_common()))


if __name__ == "__main__":
    main()
