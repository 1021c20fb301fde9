"""``marsad entities`` lists each entity's most frequent roles (nu26 G3: a person's roles were only
per article, in ``show`` or the ``entity_links`` table). Texts written for this test."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import app
from marsad.cli.main import _load

_load()
runner = CliRunner()

TEXTS = [
    "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مع واشنطن مستمرة.",
    "أكد وزير الخارجية الروسي سيرغي لافروف أن بلاده مستعدة للحوار.",
    "ودعا وزير الخارجية الروسي سيرغي لافروف إلى وقف القتال في المدينة.",
    "واستقبل رئيس الدبلوماسية الروسية سيرغي لافروف نظيره التركي في موسكو.",
]


def test_entities_lists_the_roles_given_in_two_or_more_articles(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"title": f"خبر {i}", "content": t}, ensure_ascii=False)
                             for i, t in enumerate(TEXTS)) + "\n", encoding="utf-8")
    db = tmp_path / "e.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--quiet"]).exit_code == 0
    r = runner.invoke(app, ["entities", "--db", str(db), "--type", "PER", "--json"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.output.splitlines() if x.startswith("{")]
    lavrov = next(x for x in rows if x["name"] == "سيرغي لافروف")
    assert lavrov["articles"] == 4
    assert lavrov["roles"] == [["وزير الخارجية الروسي", 3]]  # a role of one article only is left out
    r = runner.invoke(app, ["entities", "--db", str(db), "--type", "PER"])
    assert "سيرغي لافروف" in r.output and "— وزير الخارجية الروسي ×3" in r.output


def test_a_full_name_in_two_letterings_of_one_sound_is_one_row(tmp_path: Path) -> None:
    """``أنغيلا ميركل`` and ``أنجيلا ميركل`` are one person (ent25 kept the given name, which split
    Merkel into two rows until the registry's spelling class took spell25's letter variants)."""
    texts = ["قالت المستشارة الألمانية أنغيلا ميركل، الأحد، إن المحادثات مستمرة مع الشركاء."] * 2 + [
        f"قالت المستشارة الألمانية أنجيلا ميركل إن الاتحاد يواجه تحديات كبيرة رقم {i}." for i in range(3)
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"title": f"خبر {i}", "content": t}, ensure_ascii=False)
                             for i, t in enumerate(texts)) + "\n", encoding="utf-8")
    db = tmp_path / "m.db"
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--quiet"]).exit_code == 0
    r = runner.invoke(app, ["entities", "--db", str(db), "--type", "PER", "--json"])
    rows = [json.loads(x) for x in r.output.splitlines() if x.startswith("{")]
    merkel = [x for x in rows if "ميركل" in x["name"]]
    assert len(merkel) == 1 and merkel[0]["articles"] == 5
    assert merkel[0]["name"] == "أنجيلا ميركل" and "أنغيلا ميركل" in merkel[0]["aliases"]
