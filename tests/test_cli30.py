"""The CLI and store leftovers of the new-user passes (task cli30): ``stories --list`` shows the
ID ``--show`` and ``show`` take, an export read back keeps its articles' reading problems, usage
errors exit 2 whatever the command, and an archive's links have their own summary line. Our own
sentences."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

import marsad.cli.ingest
import marsad.cli.stories  # noqa: F401
from marsad.cli.app import app
from marsad.stories.groups import list_groups

runner = CliRunner()

#: A short report of our own, two paragraphs (enough prose for the layout stage).
BODY = (
    "عمان - قال وزير الخارجية اليوم إن الأردن يرفض أي محاولة لتهجير السكان من أرضهم، مؤكدا أن "
    "الموقف ثابت ولن يتغير مهما كانت الضغوط.\n\nوأضاف الوزير في مؤتمر صحفي أن المملكة ستواصل "
    "جهودها الدبلوماسية مع الدول الشقيقة والصديقة."
)


def _run(*args: str):
    return runner.invoke(app, list(args))


# -- item 1: stories --list shows the ID of the article whose title it shows -----------------------
SHARED = (
    "أعلنت وزارة الصحة يوم الثلاثاء افتتاح مستشفى جديد في مدينة إربد بسعة مئتين وخمسين سريرا، ويضم "
    "المستشفى أقساما للطوارئ والجراحة والأطفال والعناية المركزة، وقال الوزير في مؤتمر صحفي إن المشروع "
    "كلف نحو ستين مليون دينار وإنه سيخدم أكثر من مليون نسمة في محافظات الشمال."
)


def test_stories_list_shows_the_id_of_the_titled_article_and_show_takes_any_member(
    tmp_path,
):
    # article 1 is the group's smallest ID but published later: the list shows article 2's title,
    # and showed it under [1] (`marsad show 1` then gave another headline)
    recs = [
        {
            "title": "مستشفى إربد يفتح أبوابه",
            "content": SHARED + "\n\nوسيفتتح رسميا الشهر المقبل.",
            "date": "2024-03-05T12:00:00+03:00",
            "url": "https://alghad.com/a",
        },
        {
            "title": "افتتاح مستشفى جديد في إربد",
            "content": SHARED + "\n\nوالمستشفى هو الأكبر في الشمال.",
            "date": "2024-03-05T09:00:00+03:00",
            "url": "https://petra.gov.jo/b",
        },
    ]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    assert _run("ingest", str(src), "--db", db, "--core", "-q").exit_code == 0
    assert _run("stories", "--db", db).exit_code == 0
    r = _run("stories", "--list", "--db", db)
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert (
        lines[0]
        == "[2] 2 articles, 2 sites (alghad.com, petra.gov.jo), 2024-03-05: افتتاح مستشفى جديد في إربد"
    )
    assert lines[-1].startswith("(the ID is the article whose title is shown; marsad stories --show ID")
    (group,) = json.loads(_run("stories", "--list", "--json", "--db", db).output)
    assert (group["group_id"], group["article_id"], group["title"]) == (
        1,
        2,
        "افتتاح مستشفى جديد في إربد",
    )
    for member in ("1", "2"):  # --show takes any member's ID: the same group
        r = _run("stories", "--show", member, "--db", db)
        assert r.exit_code == 0 and r.output.splitlines()[0] == f"same story as article {member}: 2 articles"
    shown = json.loads(_run("show", "2", "--json", "--db", db).output)
    assert shown["title"] == group["title"]


def _groups_store(rows: list[tuple[int, int, str, str | None]]) -> sqlite3.Connection:
    """An in-memory store with only what :func:`list_groups` reads: ``(id, group, title, published)``."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, published_local TEXT, meta TEXT)"
    )
    conn.execute("CREATE TABLE story_groups (article_id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL)")
    for aid, gid, title, published in rows:
        meta = json.dumps({"url": f"https://site{aid}.com/a"})  # (a group with no site is not listed)
        conn.execute("INSERT INTO articles VALUES (?, ?, ?, ?)", (aid, title, published, meta))
        conn.execute("INSERT INTO story_groups VALUES (?, ?)", (aid, gid))
    return conn


def test_the_listed_id_without_titles_or_dates():
    conn = _groups_store(
        [
            (3, 3, "", "2024-03-06T10:00"),
            (4, 3, "", "2024-03-05T10:00"),  # no title: the earliest article
            (5, 5, "", None),
            (6, 5, "خبر بلا تاريخ", None),  # no date: the titled one
            (7, 7, "", None),
            (8, 7, "", None),  # neither: the group's smallest ID
        ]
    )
    shown = {g.group_id: (g.article_id, g.title) for g in list_groups(conn, limit=None)}
    assert shown == {3: (4, ""), 5: (6, "خبر بلا تاريخ"), 7: (7, "")}
