"""The entities stage over real articles from ../shared (skipped when absent): never fails, spans
are consistent, and a newsy sample yields people with roles."""
from __future__ import annotations

import tarfile

import pytest

import marsad
from marsad.entities.tagger import MODEL_FILE

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not MODEL_FILE.exists(), reason="NER model not built"),
]


def _ant_articles(path, folder: str, limit: int):
    out = []
    with tarfile.open(path) as tf:
        for m in tf:
            if m.isfile() and f"/{folder}/" in m.name and m.name.endswith(".txt"):
                out.extend(marsad.parse_many(tf.extractfile(m).read(), source=m.name))
                if len(out) >= limit:
                    break
    return out[:limit]


def test_ant_middle_east_sample(shared):
    arts = _ant_articles(shared("corpora", "ant-multisource-v2.1.tar.gz"), "middleEast", 40)
    assert len(arts) == 40
    people_with_roles = 0
    for a in arts:
        assert not [p for p in a.problems if "entities" in p.message], a.problems
        for m in a.mentions:
            assert a.text[m.start : m.end] == m.text and m.text.strip() == m.text
            assert m.type in ("PER", "ORG", "LOC", "MISC")
            assert a.entities[m.entity].type == m.type
        for e in a.entities:
            assert e.mentions and e.key.startswith(e.type + ":")
            people_with_roles += bool(e.type == "PER" and e.roles)
            for r in e.roles:
                assert len(r.split()) <= 9
    assert people_with_roles >= 10
