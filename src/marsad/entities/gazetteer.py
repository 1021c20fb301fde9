"""Gazetteers: name lists used as CRF features, built at train time and shipped as one small file.

Sources (credited in ``docs/model-card-ner.md``):

* ANERgazet (Benajiba et al. 2007; research use): ``pers.txt``, ``loc.txt``, ``org.txt``;
* CLDR (Unicode CLDR via ``babel``): Arabic names of territories (countries, regions) and of the
  exemplar cities of IANA time zones;
* ``data/gazetteer_extra.tsv``: a short curated list of frequent news entities missing from the
  above (international organisations, armed groups), one ``name<TAB>TYPE`` a line;
* Wikidata person-name tokens (CC0; NETransliteration-COLING2018 file): Arabic spellings of given
  names and surnames, used as a separate token-level feature.

The shipped file ``data/gazetteer.tsv.gz`` holds ``normalized entry<TAB>TYPE`` lines and
``data/person_tokens.txt.gz`` one normalized person-name token a line.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.entities.features import ner_norm, open_gz_write, stem_candidates

DATA_DIR = Path(__file__).parent / "data"
GAZETTEER_FILE = DATA_DIR / "gazetteer.tsv.gz"
PERSON_TOKENS_FILE = DATA_DIR / "person_tokens.txt.gz"
EXTRA_FILE = DATA_DIR / "gazetteer_extra.tsv"

#: ANERgazet file → type.
ANERGAZET_FILES = {"pers.txt": "PER", "loc.txt": "LOC", "org.txt": "ORG"}
#: Longest gazetteer entry matched, in tokens.
MAX_ENTRY_TOKENS = 6
#: A Wikidata name token is kept when seen at least this many times (rarer ones are noisy
#: transliterations) and has at least this many letters.
MIN_PERSON_TOKEN_COUNT = 2
MIN_PERSON_TOKEN_LEN = 3


class Gazetteer:
    """Normalized name lists by type, with single-token lookup and longest multi-token matching.

    ``entries``: ``{tuple of normalized tokens: set of types}``.
    """

    def __init__(self, entries: dict[tuple[str, ...], set[str]]):
        self.entries = entries
        self.single: dict[str, frozenset[str]] = {}
        self.first_lengths: dict[str, list[int]] = {}
        for toks, types in entries.items():
            if len(toks) == 1:
                self.single[toks[0]] = frozenset(types)
            self.first_lengths.setdefault(toks[0], []).append(len(toks))
        for k in self.first_lengths:
            self.first_lengths[k] = sorted(set(self.first_lengths[k]), reverse=True)

    _EMPTY: frozenset[str] = frozenset()

    def token_types(self, word: str) -> frozenset[str]:
        """Types of single-token entries equal to ``word`` (normalized)."""
        return self.single.get(word, self._EMPTY)

    def match_bio(self, words: Sequence[str]) -> list[str]:
        """Longest-match tagging of normalized ``words`` against multi-token entries.

        Returns one string per word: ``"B-LOC"``/``"I-LOC"``… (types joined by ``+`` when an entry
        has several) or ``""``. The first token may carry proclitics (``وبسوريا``, ``والولايات``).
        """
        n = len(words)
        out = [""] * n
        i = 0
        while i < n:
            w = words[i]
            best = 0
            best_types = ""
            for first in stem_candidates(w):
                lengths = self.first_lengths.get(first)
                if not lengths:
                    continue
                for L in lengths:
                    if L <= best or i + L > n:
                        continue
                    key = (first, *words[i + 1 : i + L])
                    types = self.entries.get(key)
                    if types:
                        best, best_types = L, "+".join(sorted(types))
                        break
            if best:
                out[i] = "B-" + best_types
                for j in range(i + 1, i + best):
                    out[j] = "I-" + best_types
                i += best
            else:
                i += 1
        return out

    def lookup(self, name: str) -> frozenset[str]:
        """Types of the entry ``name`` (raw text; normalized and split on spaces here)."""
        return frozenset(self.entries.get(tuple(ner_norm(name).split()), ()))


def load_gazetteer(path: Path = GAZETTEER_FILE) -> Gazetteer:
    """Load the shipped gazetteer (``entry<TAB>TYPE`` lines, gzip). Raises ``FileNotFoundError``."""
    entries: dict[tuple[str, ...], set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            name, _, typ = line.rstrip("\n").partition("\t")
            if name and typ:
                entries.setdefault(tuple(name.split()), set()).add(typ)
    return Gazetteer(entries)


def load_person_tokens(path: Path = PERSON_TOKENS_FILE) -> set[str]:
    """Load the shipped set of normalized person-name tokens."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {line.strip() for line in fh if line.strip()}


# --- building (train time) -------------------------------------------------------------------
def _norm_entry(name: str) -> str:
    return " ".join(ner_norm(name).replace("،", " ").split())


def cldr_names() -> list[tuple[str, str]]:
    """Arabic CLDR territory names and time-zone exemplar cities, as ``(name, "LOC")``.

    Requires ``babel`` (train time only). Region codes that are not places (``001`` world,
    ``ZZ`` unknown, ``EU``/``UN`` organisations) are skipped.
    """
    from babel import Locale

    loc = Locale("ar")
    out: list[tuple[str, str]] = []
    for code, name in loc.territories.items():
        if code in ("001", "ZZ", "EU", "EZ", "UN", "QO"):
            continue
        out.append((name, "LOC"))
        if "(" in name:  # "ماكاو (منطقة إدارية …)" → also the short form
            out.append((name.split("(")[0].strip(), "LOC"))
    for _zone, data in loc.time_zones.items():
        city = data.get("city")
        if city:
            out.append((city, "LOC"))
    return out


def build_gazetteer_files(shared: Path, out_dir: Path = DATA_DIR) -> dict[str, int]:
    """Build ``gazetteer.tsv.gz`` and ``person_tokens.txt.gz`` from ``shared`` (the ../shared folder).

    Returns counts ``{"entries": n, "person_tokens": m}``. CLDR lists are taken from ``babel`` when it
    is installed; otherwise the CLDR rows of the existing shipped file are kept.
    """
    rows: set[tuple[str, str]] = set()
    gdir = shared / "gazetteers" / "anergazet"
    for fname, typ in ANERGAZET_FILES.items():
        for line in (gdir / fname).read_text(encoding="utf-8").splitlines():
            e = _norm_entry(line)
            if e and not e.startswith("="):
                rows.add((e, typ))
    try:
        cldr = cldr_names()
    except ImportError:
        cldr = []
    for name, typ in cldr:
        e = _norm_entry(name)
        if e:
            rows.add((e, typ))
    for line in EXTRA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, typ = line.partition("\t")
        e = _norm_entry(name)
        if e and typ.strip():
            rows.add((e, typ.strip()))
    out_dir.mkdir(parents=True, exist_ok=True)
    with open_gz_write(out_dir / GAZETTEER_FILE.name) as fh:
        for e, t in sorted(rows):
            fh.write(f"{e}\t{t}\n")
    toks = sorted(_person_tokens(shared / "gazetteers" / "wikidata-person-name-tokens-en-ar.tsv"))
    with open_gz_write(out_dir / PERSON_TOKENS_FILE.name) as fh:
        fh.write("\n".join(toks) + "\n")
    return {"entries": len(rows), "person_tokens": len(toks)}


def _person_tokens(path: Path) -> Iterable[str]:
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        try:
            count = int(parts[2])
        except ValueError:
            continue
        tok = ner_norm(parts[1].replace(" ", ""))
        if count >= MIN_PERSON_TOKEN_COUNT and len(tok) >= MIN_PERSON_TOKEN_LEN:
            seen.add(tok)
    return seen
