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
