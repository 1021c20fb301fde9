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


class QuoteSetCache:
    """The quotation gold sets of ``tests/data/quotes`` (the dev set and every ``heldout*`` folder),
    fetched from ../shared and annotated once per test session instead of once per test file.

    ``materialise`` stands in for :func:`marsad.quotes.evaluate.materialise`: on its first call every
    set is written by that function in one pass over each archive (all the sets' gold files under one
    folder, each name prefixed by its set; a member named by two sets goes into a later pass), then
    each call copies the set's files into ``out_dir`` (a folder that is not a set under
    ``tests/data/quotes``, or another ``shared``, is passed to the real function). ``read_article``
    stands in for :func:`marsad.quotes.evaluate.read_article`: an article file written by the first
    pass is annotated once (the key holds its name, a SHA-256 of its bytes and the speaker-ranker
    switch and model variable) and later calls get an unpickled copy (its ``source`` the path asked
    for, as reading it gives). The 43 sets took two passes of the whole pipeline (test_quotes_devset
    and test_quotes_ranker's leave-one-set-out) and 86 scans of the 27 MB ANT archive."""

    def __init__(self, shared_root: Path, work: Path) -> None:
        self.shared = shared_root.resolve()
        self.work = work
        self.root = (DATA / "quotes").resolve()
        self._sets: dict[Path, Path] | None = None
        self._raw_hashes: set[str] = set()
        self._articles: dict[tuple, tuple[str, bytes]] = {}
        from marsad.quotes import evaluate

        self._real_materialise, self._real_read_article = evaluate.materialise, evaluate.read_article

    def _fetch_all(self) -> dict[Path, Path]:
        import hashlib

        from marsad.quotes.evaluate import GOLD_SUFFIX

        folders = [self.root] + sorted(
            p for p in self.root.iterdir() if p.is_dir() and any(p.glob("*" + GOLD_SUFFIX))
        )
        passes: list[list[tuple[int, Path]]] = []
        taken: list[set[tuple[str, str]]] = []
        for i, folder in enumerate(folders):
            for gp in sorted(folder.glob("*" + GOLD_SUFFIX)):
                src = json.loads(gp.read_text(encoding="utf-8"))["source"]
                key = (src["archive"], src["member"]) if src["archive"].endswith(".tar.gz") else None
                k = next((n for n, t in enumerate(taken) if key is None or key not in t), len(taken))
                if k == len(taken):
                    passes.append([])
                    taken.append(set())
                passes[k].append((i, gp))
                if key is not None:
                    taken[k].add(key)
        sets = {folder: self.work / f"set{i:02d}" for i, folder in enumerate(folders)}
        for d in sets.values():
            d.mkdir(parents=True)
        for n, items in enumerate(passes):
            golds, out = self.work / f"pass{n}-gold", self.work / f"pass{n}-out"
            golds.mkdir()
            for i, gp in items:
                (golds / f"{i:02d}~{gp.name}").write_bytes(gp.read_bytes())
            self._real_materialise(golds, self.shared, out)
            for f in out.iterdir():
                i, name = f.name.split("~", 1)
                dest = sets[folders[int(i)]] / name
                f.rename(dest)
                if not name.endswith(GOLD_SUFFIX):
                    self._raw_hashes.add(hashlib.sha256(dest.read_bytes()).hexdigest())
        return sets

    def materialise(self, gold_dir, shared, out_dir) -> list[Path]:  # noqa: ANN001
        import shutil

        from marsad.quotes import evaluate

        gold_dir, out_dir = Path(gold_dir).resolve(), Path(out_dir)
        if Path(shared).resolve() != self.shared or gold_dir != self.root and gold_dir.parent != self.root:
            return self._real_materialise(gold_dir, shared, out_dir)
        if self._sets is None:
            self._sets = self._fetch_all()
        src = self._sets.get(gold_dir)
        if src is None:
            return self._real_materialise(gold_dir, shared, out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        for f in sorted(src.iterdir()):
            shutil.copyfile(f, out_dir / f.name)
        return sorted(out_dir / f.name for f in src.iterdir() if f.name.endswith(evaluate.GOLD_SUFFIX))

    def read_article(self, path):  # noqa: ANN001, ANN201
        import hashlib
        import os
        import pickle

        from marsad import settings
        from marsad.quotes import ranker

        path = Path(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        real = self._real_read_article
        if digest not in self._raw_hashes:
            return real(path)
        switch = getattr(settings, "QUOTES_SPEAKER_RANKER", False)
        key = (path.name, digest, switch, os.environ.get(ranker.RANKER_MODEL_ENV))
        hit = self._articles.get(key)
        if hit is None:
            article = real(path)
            self._articles[key] = (article.source, pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
            return article
        source, data = hit
        article = pickle.loads(data)
        if article.source == source:
            article.source = str(path)
        return article


@pytest.fixture(scope="session")
def _quote_set_cache(tmp_path_factory) -> QuoteSetCache:
    return QuoteSetCache(SHARED, tmp_path_factory.mktemp("quote-sets"))


@pytest.fixture
def quote_sets(_quote_set_cache, monkeypatch) -> QuoteSetCache:
    """The session's :class:`QuoteSetCache`, with ``materialise`` and ``read_article`` of
    ``marsad.quotes.evaluate`` and ``marsad.quotes.ranker_train`` replaced by its own for the test
    (so :func:`~marsad.quotes.evaluate.evaluate_dir` and :func:`~marsad.quotes.ranker_train.collect`
    read the cached sets). Tests using it share one pytest-xdist group (``quote_sets``), so that under
    ``--dist loadgroup`` one worker fetches and annotates the sets once."""
    from marsad.quotes import evaluate, ranker_train

    for name in ("materialise", "read_article"):
        monkeypatch.setattr(evaluate, name, getattr(_quote_set_cache, name))
        monkeypatch.setattr(ranker_train, name, getattr(_quote_set_cache, name))
    return _quote_set_cache


def pytest_configure(config) -> None:  # noqa: ANN001
    # registered here too, so that the mark is known when pytest-xdist is not installed
    config.addinivalue_line("markers", "xdist_group(name): run by one pytest-xdist worker (--dist loadgroup)")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's worker hook reads the groups
def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001
    """Under ``--dist loadgroup`` (``make test``): the tests of ``quote_sets`` run on one worker, and so
    do the tests of one module that use a module- or class-scoped fixture of it (a fixture set up on
    both workers did its work twice: the crash module's three killed ingests of 5,000 articles, the
    900-article corpus ingest)."""
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "quote_sets" in names:
            item.add_marker(pytest.mark.xdist_group("quote_sets"))
            continue
        defs = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
        if any(d and d[-1].scope in ("module", "class") for d in (defs.get(n) for n in names)):
            item.add_marker(pytest.mark.xdist_group(item.module.__name__ if item.module else item.nodeid))
