"""Search collapses a same-story group into one hit and ``show``/``export`` list the group
(seventh new-user report, finding 7: a reworded headline over the same prose was shown as two hits)."""
from __future__ import annotations

import json

import marsad.cli.search  # noqa: F401 - registers `search`
from test_stories import _update, run, store  # noqa: F401 - the stories fixture and helpers


def _hits(db, query: str) -> dict[int, set[int]]:
    r = run("search", query, "--db", db, "--json")
    assert r.exit_code == 0, r.output
    return {h["article_id"]: set(h.get("duplicates") or ()) for h in json.loads(r.stdout)["hits"]}


def test_search_collapses_a_same_story_group_and_show_lists_it(store):  # noqa: F811 - the fixture
    db, ids = store
    a, b = ids["01_aden_a.txt"], ids["03_aden_b.txt"]
    before = _hits(db, "ألف قتيل")
    assert a in before and b in before  # two hits: the exact hash does not link them
    _update(db)
    groups = _hits(db, "ألف قتيل")
    one = [i for i in (a, b) if i in groups]
    assert len(one) == 1 and ({a, b} - set(one)) <= groups[one[0]]

    r = run("show", b, "--db", db, "--json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert a in d["same_story"] and b not in d["same_story"]
    r = run("show", b, "--db", db)
    assert f"same story (marsad stories --show {b}): articles" in r.output
    r = run("export", "--db", db)
    rows = {x["id"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert a in rows[b]["same_story"] and rows[ids["02_market_1.txt"]]["same_story"] == []
