"""Canonical names and registry keys: the curated alias list plus three rules.

Rules (applied in this order by :func:`canonical`):

1. **Spelling normalization** — names are compared by :func:`name_key` (harakat, tatweel, hamza
   forms of alef, alef maqsura, taa marbuta, Arabic-Indic digits normalized; spaces collapsed), so
   ``الإمارات`` and ``الامارات`` have one key.
2. **Title stripping** — honorifics and titles written before person names (:data:`PERSON_TITLES`:
   ``الرئيس``, ``الشيخ``, ``الدكتور``, …) are not part of the name: ``الشيخ محمد بن زايد`` → ``محمد بن زايد``.
3. **Curated aliases** — ``data/aliases.tsv`` groups names of one entity
   (``داعش`` = ``تنظيم الدولة الإسلامية``); acronyms written in Latin letters match case-insensitively.

Nothing else merges names: two names that merely look alike (``الجيش السوري`` and
``الجيش السوري الحر``) stay apart unless a row of the list joins them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from marsad.entities.features import ner_norm

ALIASES_FILE = Path(__file__).parent / "data" / "aliases.tsv"

#: Titles and honorifics written before person names (normalized forms are matched).
PERSON_TITLES = (
    "الرئيس", "السيد", "السيدة", "الشيخ", "الدكتور", "د.", "الأستاذ", "المهندس", "الأمير", "الأميرة",
    "الملك", "الملكة", "السلطان", "الإمام", "الحاج", "اللواء", "العميد", "العقيد", "الجنرال",
    "المشير", "الفريق", "المستشار", "البابا", "القس", "الكاردينال", "سمو", "سماحة", "فخامة", "معالي",
)  # fmt: skip
_TITLE_KEYS = frozenset(ner_norm(t) for t in PERSON_TITLES)


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The comparison key of a name: normalized letters (:func:`ner_norm`), lower-cased Latin,
    single spaces, quotes and tatweel dropped. ``"الإمارات"`` → ``"الامارات"``."""
    return " ".join(ner_norm(name).replace('"', " ").replace("«", " ").replace("»", " ").lower().split())


def strip_titles(name: str) -> str:
    """Person ``name`` without leading titles (:data:`PERSON_TITLES`); unchanged if only a title."""
    toks = name.split()
    i = 0
    while i < len(toks) - 1 and ner_norm(toks[i]) in _TITLE_KEYS:
        i += 1
    return " ".join(toks[i:])


@lru_cache(maxsize=1)
def _load_aliases() -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    table: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    for line in ALIASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        canon, typ = parts[0].strip().lstrip("~"), parts[1].strip()
        names = [parts[0].strip()] + ([a.strip() for a in parts[2].split("|") if a.strip()] if len(parts) > 2 else [])
        for n in names:
            key = name_key(n.lstrip("~"))
            if n.startswith("~"):
                ambiguous.add(key)
            table.setdefault(key, (canon, typ))
    return table, frozenset(ambiguous)


def alias_table() -> dict[str, tuple[str, str]]:
    """``{name_key(alias or canonical): (canonical name, TYPE)}`` from ``data/aliases.tsv``."""
    return _load_aliases()[0]


def ambiguous_aliases() -> frozenset[str]:
    """Keys of names marked ``~`` in the list: they link, but are never matched as dictionary
    mentions (they are also common words: ``فتح`` "opened", ``القاعدة`` "the base")."""
    return _load_aliases()[1]


def canonical(name: str, typ: str) -> tuple[str, str, bool]:
    """``(canonical name, registry key, curated)`` for a mention text ``name`` of type ``typ``.

    ``curated`` is True when the alias list decided the name. The key is ``"TYPE:" + name_key``.
    A curated row of another type (LOC vs ORG) still links: the list is the authority on the type.
    """
    clean = strip_titles(name) if typ == "PER" else name
    hit = alias_table().get(name_key(clean))
    if hit is not None:
        canon, ctyp = hit
        return canon, f"{ctyp}:{name_key(canon)}", True
    return clean, f"{typ}:{name_key(clean)}", False
