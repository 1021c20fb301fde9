"""Shared fixtures: the project's own seed copy and gold file, and ../shared when present."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
SEED = DATA / "000_146a293be66b7c19.txt"
SEED_GOLD = DATA / "gold" / "000_146a293be66b7c19.gold.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article(seed_text):
    import marsad

    return marsad.parse(seed_text, source=str(SEED))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a visible reason when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared data absent: {p} (real-corpus test skipped)")
    return p


def space_tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each space-separated word of ``text`` (a sentence for the entity
    linker's rule tests, tokenised as the tagger sees it)."""
    out, pos = [], 0
    for w in text.split(" "):
        out.append((pos, pos + len(w), w))
        pos += len(w) + 1
    return out


@pytest.fixture(scope="session")
def shared():
    return shared_path


def save_people(conn, aid: int, people) -> None:  # noqa: ANN001
    """Store article ``aid`` in the entity registry ``conn`` holding the person entities
    ``people``: ``(name, mentions)`` or ``(name, mentions, key)`` each (``key`` ``None`` or absent:
    the name's own :func:`marsad.entities.aliases.canonical` key), every mention ``name + " . "``."""
    from marsad.entities import registry
    from marsad.entities.aliases import canonical
    from marsad.model import Article, Entity, Mention

    text, a = "", Article(text="")
    for i, (name, n, *key) in enumerate(people):
        idx = []
        for _ in range(n):
            s = len(text)
            text += name + " . "
            idx.append(len(a.mentions))
            a.mentions.append(Mention(s, s + len(name), type="PER", text=name, entity=i))
        a.entities.append(Entity(name, "PER", [], [], idx, (key[0] if key else None) or canonical(name, "PER")[1]))
    a.text = text
    registry.save_article(conn, aid, a)


def new_registry():  # noqa: ANN201
    """An in-memory SQLite database with the entity registry's tables."""
    import sqlite3

    from marsad.entities import registry

    c = sqlite3.connect(":memory:")
    registry.create_schema(c)
    return c
