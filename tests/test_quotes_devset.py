"""The quotes development set: 29 real articles from ../shared (ANT multi-source ×5 sources, ANT v1.1
Jawhara, SaudiNewsNet), gold in tests/data/quotes as locators + offsets + short spans."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.quotes.evaluate import evaluate_dir, materialise

GOLD = Path(__file__).parent / "data" / "quotes"


def test_gold_files_hold_no_article_text():
    for gp in (sorted(GOLD.glob("*.gold.json")) + sorted((GOLD / "heldout").glob("*.gold.json"))
               + sorted((GOLD / "heldout2").glob("*.gold.json")) + sorted((GOLD / "heldout3").glob("*.gold.json"))):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        assert set(gold["source"]) <= {"archive", "member", "record"}
        for q in gold["quotes"]:
            assert len(q["starts_with"]) <= 60 and len(q["ends_with"]) <= 60
            assert q["kind"] in ("direct", "indirect", "headline")
            assert q["end"] > q["start"]
    assert len(list(GOLD.glob("*.gold.json"))) >= 25
    assert len(list((GOLD / "heldout").glob("*.gold.json"))) == 8
    assert len(list((GOLD / "heldout2").glob("*.gold.json"))) == 6
    assert len(list((GOLD / "heldout3").glob("*.gold.json"))) == 12


@pytest.mark.corpus
def test_devset_scores(shared, tmp_path):
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    materialise(GOLD, shared(), tmp_path)
    report = evaluate_dir(tmp_path)
    s = report.summary()
    assert s["gold"] == 214 and s["articles"] == 29
    # floors just under the measured values (docs/quotes.md: 0.981 / 0.986 / 0.972 on the corrected
    # 214-quote gold), with a little room for changes of the upstream stages (layout, entities)
    assert report.precision >= 0.97, s
    assert report.recall >= 0.97, s
    assert report.speaker_accuracy >= 0.96, s


@pytest.mark.corpus
def test_heldout_scores(shared, tmp_path):
    """8 articles annotated blind after the dev-set tuning; first run: P 0.882, R 0.750, speaker
    0.467 (see docs/quotes.md). Floors below are just under the values now (0.983 / 0.950 / 1.000),
    which are no longer blind."""
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    materialise(GOLD / "heldout", shared(), tmp_path)
    report = evaluate_dir(tmp_path)
    s = report.summary()
    assert s["gold"] == 60 and s["articles"] == 8
    assert report.precision >= 0.97, s
    assert report.recall >= 0.93, s
    assert report.speaker_accuracy >= 0.97, s


@pytest.mark.corpus
def test_heldout2_scores(shared, tmp_path):
    """6 more articles annotated blind (commit 820c117) before the speaker-attribution work; first
    run: P 0.833, R 0.761, speaker 0.714. Floors below are just under the values now (1.000 / 1.000 /
    0.957; no longer blind, see docs/quotes.md)."""
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    materialise(GOLD / "heldout2", shared(), tmp_path)
    report = evaluate_dir(tmp_path)
    s = report.summary()
    assert s["gold"] == 46 and s["articles"] == 6
    assert report.precision >= 0.97, s
    assert report.recall >= 0.97, s
    assert report.speaker_accuracy >= 0.93, s


@pytest.mark.corpus
def test_heldout3_scores(shared, tmp_path):
    """12 articles annotated blind by an independent annotator (commit 64f5324); first run, once, on
    commit 69ac976: P 0.978, R 0.865, speaker 0.756. Floors below are just under the values after the
    rules written for its error kinds (0.978 / 0.865 / 0.911; no longer blind, see docs/quotes.md)."""
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    materialise(GOLD / "heldout3", shared(), tmp_path)
    report = evaluate_dir(tmp_path)
    s = report.summary()
    assert s["gold"] == 52 and s["articles"] == 12
    assert report.precision >= 0.96, s
    assert report.recall >= 0.85, s
    assert report.speaker_accuracy >= 0.89, s
