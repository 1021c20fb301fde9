"""Entity-level P/R/F1 with conlleval semantics, checked by hand against the definition."""
from __future__ import annotations

import pytest

from marsad.entities.evaluate import chunks, entity_scores, format_scores, read_bio


def test_chunks_bio_and_stray_inside_tags():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "O"]
    # a stray I-LOC starts a chunk (conlleval); B-LOC ends it; I-ORG after LOC starts an ORG chunk
    assert chunks(tags) == {("PER", 0, 2), ("LOC", 3, 5), ("LOC", 5, 6), ("ORG", 6, 7)}


def test_chunk_at_end_of_sentence():
    assert chunks(["O", "B-MISC", "I-MISC"]) == {("MISC", 1, 3)}
    assert chunks([]) == set()


def test_scores_toy_case_by_definition():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "I-ORG", "O", "O"]]
    # gold entities: PER(0,2) LOC(3,4) ORG(0,3); predicted: PER(0,2) ORG(3,4) ORG(0,2)
    # correct: only PER (type and both boundaries); ORG(0,2) has a wrong end
    res = entity_scores(gold, pred)
    o = res["overall"]
    assert (o.tp, o.fp, o.fn) == (1, 2, 2)
    assert o.precision == pytest.approx(100 / 3)
    assert o.recall == pytest.approx(100 / 3)
    assert o.f1 == pytest.approx(100 / 3)
    assert (res["PER"].tp, res["PER"].fp, res["PER"].fn) == (1, 0, 0)
    assert res["PER"].f1 == pytest.approx(100.0)
    assert (res["ORG"].tp, res["ORG"].fp, res["ORG"].fn) == (0, 2, 1)
    assert res["ORG"].f1 == 0.0
    assert (res["LOC"].tp, res["LOC"].fn) == (0, 1)


def test_micro_average_pools_counts():
    gold = [["B-PER", "O", "B-LOC", "O", "B-LOC"]]
    pred = [["B-PER", "O", "B-LOC", "O", "O"]]
    o = entity_scores(gold, pred)["overall"]
    assert o.precision == pytest.approx(100.0)
    assert o.recall == pytest.approx(200 / 3)
    assert o.f1 == pytest.approx(80.0)


def test_length_mismatch_raises():
    with pytest.raises(ValueError):
        entity_scores([["O", "O"]], [["O"]])


def test_read_bio_maps_pers_and_splits_sentences(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("فرانكفورت B-LOC\n(د O\n\nسيرغي B-PERS\nلافروف I-PERS\n\n\n", encoding="utf-8")
    assert read_bio(p) == [[("فرانكفورت", "B-LOC"), ("(د", "O")], [("سيرغي", "B-PER"), ("لافروف", "I-PER")]]


def test_format_scores_lists_types_and_overall():
    text = format_scores(entity_scores([["B-PER"]], [["B-PER"]]))
    assert "PER" in text and "overall" in text and "100.00" in text
