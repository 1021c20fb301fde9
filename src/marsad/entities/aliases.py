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

import re
from functools import lru_cache
from pathlib import Path

from marsad.entities.features import ner_norm
from marsad.text.letters import BMP_FORMAT_CHARS

ALIASES_FILE = Path(__file__).parent / "data" / "aliases.tsv"

#: Titles and honorifics written before person names (normalized forms are matched).
PERSON_TITLES = (
    "الرئيس", "السيد", "السيدة", "الشيخ", "الدكتور", "د.", "الأستاذ", "المهندس", "الأمير", "الأميرة",
    "الملك", "الملكة", "السلطان", "الإمام", "الحاج", "اللواء", "العميد", "العقيد", "الجنرال",
    "المشير", "الفريق", "المستشار", "البابا", "القس", "الكاردينال", "سمو", "سماحة", "فخامة", "معالي",
    # feminine forms (second-user store: "الدكتورة هالة السعيد" kept the title in the name)
    "الدكتورة", "الأستاذة", "المهندسة", "الشيخة", "المستشارة", "الحاجة",
)  # fmt: skip
_TITLE_KEYS = frozenset(ner_norm(t) for t in PERSON_TITLES)


#: Marks that are no part of a name as written: the hashtag sign is dropped, the underscore that
#: joins the words of a hashtag (``#دونالد_ترمب``) is read as a space, and harakat and tatweel
#: (U+064B-U+0652, U+0670, U+0640) are dropped (``محمد بن سلمـان`` → ``محمد بن سلمان``), and so are
#: the format characters, which have no glyph (bidi and joiner marks, soft hyphen, word joiner, BOM:
#: :data:`marsad.text.letters.BMP_FORMAT_CHARS`; ``بن \u200fعبدالعزيز`` made a registry key of its own,
#: and ``لاري\u00adجاني`` one apart from ``لاريجاني``, spell25).
_NAME_CLEAN_TABLE = str.maketrans(
    {"#": None, "_": " ", "\u0640": None, "\u0670": None, **{chr(c): None for c in range(0x064B, 0x0653)},
     **dict.fromkeys(BMP_FORMAT_CHARS)}
)


#: Persian letters typed for their Arabic look-alikes in Arabic news (``الامیرکي``): yeh U+06CC → ي,
#: keheh U+06A9 → ك; folded in the comparison key only.
_PERSIAN_FOLDS = str.maketrans({"\u06cc": "ي", "\u06a9": "ك"})


@lru_cache(maxsize=100_000)
def clean_name(name: str) -> str:
    """A name as it is shown and stored: hashtag marks removed, ``_`` read as a space, harakat and
    tatweel removed, single spaces (letters otherwise as written: ``الإمارات`` stays).
    ``"دونالد #ترمب"`` → ``"دونالد ترمب"``; ``"الاتحاد_الأوروبي"`` → ``"الاتحاد الأوروبي"``. A hyphen
    between two letters loses the spaces beside it (``تشوبو- موتنغ`` → ``تشوبو-موتنغ``: one double
    surname, written both ways in one article)."""
    out = " ".join(name.translate(_NAME_CLEAN_TABLE).split())
    return _SPACED_HYPHEN.sub("-", out) if "-" in out else out


#: A hyphen with a space on one side, between two letters (``A - B`` spaced on both sides is a separator).
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_])(?: -|- )(?=[^\W\d_])")


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The comparison key of a name: :func:`clean_name`, then normalized letters (:func:`ner_norm`),
    lower-cased Latin, single spaces, quotes dropped. ``"الإمارات"`` → ``"الامارات"``;
    ``"دونالد_ترمب"`` and ``"دونالد #ترمب"`` → ``"دونالد ترمب"``."""
    n = clean_name(name).translate(_PERSIAN_FOLDS)
    return " ".join(ner_norm(n).replace('"', " ").replace("«", " ").replace("»", " ").lower().split())


#: Very common given names: one of them alone, with no title before it and no longer name in the
#: article containing it, is a truncated name (``محمد`` from ``محمد حماقي``) and cannot be tied to
#: anyone, so it is no mention (ANT v2.1: ``محمد`` alone was a "person" in 25 of 3,000 articles).
COMMON_GIVEN_NAMES = frozenset(
    name_key(w)
    for w in ("محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "خالد", "عبد الله", "عبدالله",
              "عبد الرحمن", "إبراهيم", "يوسف", "عمر", "سعيد", "صالح", "عبد العزيز", "فهد")
)  # fmt: skip

def strip_titles(name: str) -> str:
    """Person ``name`` without leading titles (:data:`PERSON_TITLES`); unchanged if only a title."""
    toks = name.split()
    i = 0
    while i < len(toks) - 1 and ner_norm(toks[i]) in _TITLE_KEYS:
        i += 1
    return " ".join(toks[i:])


@lru_cache(maxsize=1)
def _load_aliases() -> tuple[dict[str, tuple[str, str]], frozenset[str], dict[str, frozenset[str]]]:
    table: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    cues: dict[str, frozenset[str]] = {}
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
        if len(parts) > 3 and parts[3].strip():
            cues[name_key(canon)] = frozenset(name_key(w) for w in parts[3].split("|") if w.strip())
    return table, frozenset(ambiguous), cues


def alias_table() -> dict[str, tuple[str, str]]:
    """``{name_key(alias or canonical): (canonical name, TYPE)}`` from ``data/aliases.tsv``."""
    return _load_aliases()[0]


def ambiguous_aliases() -> frozenset[str]:
    """Keys of names marked ``~`` in the list: they link, but are never matched as dictionary
    mentions (they are also common words: ``فتح`` "opened", ``القاعدة`` "the base")."""
    return _load_aliases()[1]


def context_cues(canon: str) -> frozenset[str]:
    """Normalized words (column 4 of ``data/aliases.tsv``) whose presence in an article confirms
    that an ambiguous short form (``~فتح``) of the entity named ``canon`` is the name there
    (``غزة``, ``الفلسطينية`` for ``حركة فتح``); empty when the row lists none."""
    return _load_aliases()[2].get(name_key(canon), frozenset())


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
