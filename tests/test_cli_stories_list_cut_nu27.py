"""nu27: ``stories --list`` says how many groups its --limit left out (it showed 20 of 144 silently)."""

from __future__ import annotations

from pathlib import Path

import marsad.cli.stories as cli_stories
from marsad.stories.groups import StorySummary


def test_list_says_how_many_groups_are_not_shown(monkeypatch, capsys):
    groups = [
        StorySummary(
            group_id=i,
            size=2,
            sites=["a.com", "b.com"],
            first="2024-03-05T10:00:00+03:00",
            last="2024-03-05T10:00:00+03:00",
            title=f"خبر {i}",
        )
        for i in range(1, 6)
    ]
    monkeypatch.setattr(cli_stories, "_read", lambda db, fn: list(groups))
    monkeypatch.setattr(cli_stories, "_unlinked", lambda db: 0)  # (nu28: the stale-groups line)
    cli_stories._list(Path("x.db"), 2, 3, False)
    out = capsys.readouterr().out.splitlines()
    assert [line[:3] for line in out[:3]] == ["[1]", "[2]", "[3]"]
    assert out[3] == "2 more groups not shown: raise --limit (now 3)"
    cli_stories._list(Path("x.db"), 2, 5, False)
    assert "not shown" not in capsys.readouterr().out
