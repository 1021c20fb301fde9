"""The quotes development set: 29 real articles from ../shared (ANT multi-source ×5 sources, ANT v1.1
Jawhara, SaudiNewsNet), gold in tests/data/quotes as locators + offsets + short spans."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.quotes.evaluate import evaluate_dir, materialise

GOLD = Path(__file__).parent / "data" / "quotes"


def test_gold_files_hold_no_article_text():
    for gp in sorted(GOLD.glob("*.gold.json")) + sorted((GOLD / "heldout").glob("*.gold.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        assert set(gold["source"]) <= {"archive", "member", "record"}
        for q in gold["quotes"]:
            assert len(q["starts_with"]) <= 60 and len(q["ends_with"]) <= 60
            assert q["kind"] in ("direct", "indirect", "headline")
            assert q["end"] > q["start"]
    assert len(list(GOLD.glob("*.gold.json"))) >= 25
    assert len(list((GOLD / "heldout").glob("*.gold.json"))) == 8


@pytest.mark.corpus
def test_devset_scores(shared, tmp_path):
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    materialise(GOLD, shared(), tmp_path)
    report = evaluate_dir(tmp_path)
    s = report.summary()
    assert s["gold"] == 214 and s["articles"] == 29
    # floors under the measured values (docs/quotes.md: 0.981 / 0.948 / 0.936), with room for
    # changes of the upstream stages (layout, entities) the pipeline runs first
    assert report.precision >= 0.95, s
    assert report.recall >= 0.92, s
    assert report.speaker_accuracy >= 0.88, s


@pytest.mark.corpus
def test_heldout_scores(shared, tmp_path):
    """8 articles annotated blind after the dev-set tuning; first run: P 0.882, R 0.750, speaker
    0.467 (see docs/quotes.md). Floors below are the values after the fixes that run prompted."""
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    materialise(GOLD / "heldout", shared(), tmp_path)
    report = evaluate_dir(tmp_path)
    s = report.summary()
    assert s["gold"] == 60 and s["articles"] == 8
    assert report.precision >= 0.90, s
    assert report.recall >= 0.78, s
    assert report.speaker_accuracy >= 0.60, s
