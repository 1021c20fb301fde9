"""``marsad train quotes`` never writes into the package unless asked (eighth new-user report,
finding 3's audit): the default target is ``models/quotes/speaker_ranker.json`` in the current
folder, ``--replace-shipped`` keeps a ``.bak``, and ``$MARSAD_QUOTES_RANKER`` names the model used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("sklearn")

from marsad.cli.main import _load, app  # noqa: E402
from marsad.quotes import ranker as R  # noqa: E402
from marsad.quotes import ranker_train as RT  # noqa: E402

_load()


@pytest.fixture
def fake_training(monkeypatch, tmp_path):
    """Replace the training itself (30 s of CPU) by a stub that records where it was asked to write."""
    calls: list[Path] = []

    def fake(shared, sets, out, cv=True, log=None):
        calls.append(Path(out))
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text('{"stub": true}\n', encoding="utf-8")
        return {"rows": [], "model": {"weights": [0.0, 1.0], "training": {"groups": 7}}}

    shipped = tmp_path / "package" / "speaker_ranker.json"
    shipped.parent.mkdir()
    shipped.write_text('{"shipped": true}\n', encoding="utf-8")
    monkeypatch.setattr(RT, "train_quotes", fake)
    monkeypatch.setattr(RT, "MODEL_PATH", shipped)
    monkeypatch.chdir(tmp_path)
    return calls, shipped


def test_the_default_target_is_outside_the_package(fake_training):
    calls, shipped = fake_training
    r = CliRunner().invoke(app, ["train", "quotes", "--no-cv", "--shared", "."])
    assert r.exit_code == 0, r.output
    assert calls == [Path("models/quotes/speaker_ranker.json")]
    assert json.loads(shipped.read_text(encoding="utf-8")) == {"shipped": True}
    assert "MARSAD_QUOTES_RANKER=models/quotes/speaker_ranker.json" in r.output


def test_replace_shipped_keeps_a_backup(fake_training):
    calls, shipped = fake_training
    r = CliRunner().invoke(app, ["train", "quotes", "--no-cv", "--shared", ".", "--replace-shipped"])
    assert r.exit_code == 0, r.output
    assert calls == [shipped]
    assert json.loads(shipped.with_name(shipped.name + ".bak").read_text(encoding="utf-8")) == {"shipped": True}
    assert json.loads(shipped.read_text(encoding="utf-8")) == {"stub": True}


def test_out_and_replace_shipped_exclude_each_other(fake_training):
    calls, _ = fake_training
    r = CliRunner().invoke(app, ["train", "quotes", "--out", "x.json", "--replace-shipped"])
    assert r.exit_code == 2
    assert "exclude each other" in r.output
    assert calls == []


def test_the_environment_names_the_model_used(monkeypatch, tmp_path):
    data = json.loads(R.MODEL_PATH.read_text(encoding="utf-8"))
    data["margin"] = 12.5
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv(R.RANKER_MODEL_ENV, str(mine))
    R.load.cache_clear()
    try:
        assert R.load().margin == 12.5
    finally:
        R.load.cache_clear()


def test_a_missing_named_model_leaves_the_rules_speakers(monkeypatch, tmp_path):
    from marsad.model import Article, Quote, Span

    monkeypatch.setenv(R.RANKER_MODEL_ENV, str(tmp_path / "absent.json"))
    R.load.cache_clear()
    t = "قال الوزير إن الخطة جاهزة."
    q = Quote(t.index("إن"), len(t) - 1, kind="indirect", cue=Span(0, 3), cue_text="قال", speaker="الوزير")
    a = Article(text=t)
    a.quotes = [q]
    try:
        assert R.rank_speakers(a, [q]) == 0
    finally:
        R.load.cache_clear()
    assert q.speaker == "الوزير"
