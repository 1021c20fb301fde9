"""The CLI and store leftovers of the new-user passes (task cli30): ``stories --list`` shows the
ID ``--show`` and ``show`` take, an export read back keeps its articles' reading problems, usage
errors exit 2 whatever the command, and an archive's links have their own summary line. Our own
sentences."""

from __future__ import annotations

import io
import json
import sqlite3
import tarfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.entities  # noqa: F401 - registers the commands
import marsad.cli.ingest  # noqa: F401
import marsad.cli.quotes  # noqa: F401
import marsad.cli.search  # noqa: F401
import marsad.cli.stories  # noqa: F401
from marsad.cli.app import app
from marsad.model import Article, Problem
from marsad.store.ingest import CARRIED_NOTE, carry_exported_problems
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


def test_stories_list_shows_the_id_of_the_titled_article_and_show_takes_any_member(tmp_path):
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
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
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
    assert (group["group_id"], group["article_id"], group["title"]) == (1, 2, "افتتاح مستشفى جديد في إربد")
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


# -- item 2: an export read back keeps the reading problems of the exported article ---------------
def _export_line(problems: list[dict], text: str = "عنوان\n\n" + BODY) -> bytes:
    return json.dumps(
        {"source": "/data/a.txt", "format": "text", "text": text, "problems": problems}, ensure_ascii=False
    ).encode()


def _read_back(problems: list[dict], own: list[Problem]) -> Article:
    article = Article(text="عنوان\n\n" + BODY, source="export.jsonl#0", raw=_export_line(problems))
    article.meta["exported_source"] = "/data/a.txt"
    article.problems = list(own)
    return article


def test_carried_problems_are_the_ones_not_given_again_nor_of_the_run():
    decode = {"level": "warning", "code": "decode", "message": "2 byte(s) not valid utf-8 were replaced"}
    no_date = {"level": "warning", "code": "no-date", "message": "no publication date found (old wording)"}
    timeout = {"level": "error", "code": "timeout", "message": "annotation exceeded 5 s of CPU"}
    article = _read_back(
        [decode, no_date, timeout], [Problem("warning", "no-date", "no publication date found")]
    )
    carried, not_carried = carry_exported_problems(article)
    assert carried == [Problem("warning", "decode", decode["message"] + CARRIED_NOTE)]
    assert not_carried == [Problem("error", "timeout", timeout["message"])]  # the stages ran again
    assert [p.code for p in article.problems] == ["no-date", "decode"]  # no-date given again: not doubled
    assert article.ok


def test_a_problem_carried_twice_is_marked_once():
    again = {"level": "warning", "code": "truncated", "message": "the input was cut short" + CARRIED_NOTE}
    carried, _ = carry_exported_problems(_read_back([again], []))
    assert carried == [Problem("warning", "truncated", again["message"])]


def test_only_a_record_read_back_from_an_export_gets_problems():
    article = _read_back([{"level": "warning", "code": "decode", "message": "x"}], [])
    del article.meta["exported_source"]
    assert carry_exported_problems(article) == ([], []) and article.problems == []
    bad = _read_back([], [])
    bad.raw = b"{not json"
    assert carry_exported_problems(bad) == ([], [])


def test_export_then_ingest_keeps_the_decode_warnings(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = ("خبر عن الأردن\n\n" + BODY).encode()
    (folder / "bad.txt").write_bytes(text[:40] + b"\xff\xfe" + text[40:])  # 2 bytes not valid UTF-8
    (folder / "nul.txt").write_bytes(b"\x00" * 16 + ("خبر آخر\n\n" + BODY.replace("اليوم", "أمس")).encode())
    first, second, out = (str(tmp_path / n) for n in ("a.db", "b.db", "export.jsonl"))
    assert _run("ingest", str(folder), "--db", first, "--core", "-q").exit_code == 0
    assert _run("export", "--db", first, "--out", out).exit_code == 0
    r = _run("ingest", out, "--db", second, "--core", "-q")
    assert r.exit_code == 0, r.output
    assert (
        "  problems carried from export     2  (decode ×2: recorded when the exported articles were first read)"
        in r.output.splitlines()
    )
    with sqlite3.connect(first) as a, sqlite3.connect(second) as b:
        query = "SELECT level, code, message FROM problems ORDER BY article_id, idx"
        before, after = a.execute(query).fetchall(), b.execute(query).fetchall()
    assert sorted(after) == sorted(
        (lv, code, msg + (CARRIED_NOTE if code == "decode" else "")) for lv, code, msg in before
    )
    assert sum(code == "decode" for _lv, code, _m in after) == 2
    assert (
        json.loads(_run("stats", "--db", second).output)["problems"]
        == json.loads(_run("stats", "--db", first).output)["problems"]
    )


# -- item 3: usage errors exit 2 whatever the command ---------------------------------------------
@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli30")
    (root / "a.txt").write_text("عنوان\n\n" + BODY, encoding="utf-8")
    db = root / "s.db"
    assert runner.invoke(app, ["ingest", str(root / "a.txt"), "--db", str(db), "--core", "-q"]).exit_code == 0
    (root / "other.db").write_bytes(db.read_bytes())
    (root / "folder").mkdir()
    return db


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--out", "{db}"], "--out {db} is the store being exported"),
        (["export", "--out", "{other}"], "--out {other} is an SQLite database"),
        (["export", "--out", "{other}-wal"], "--out {other}-wal is a side file of the SQLite database"),
        (["export", "--out", "{folder}"], "cannot write {folder}: it is a folder"),
        (
            ["export", "--out", "{folder}/no/x.jsonl"],
            "cannot write {folder}/no/x.jsonl: No such file or directory",
        ),
        (["show", "1", "--db", "{folder}"], "--db {folder} is not a regular file"),
        (["search", "الأردن", "--db", "{folder}"], "--db {folder} is not a regular file"),
        (["stats", "--db", "{folder}"], "--db {folder} is not a regular file"),
        (["stories", "--db", "{folder}"], "--db {folder} is not a regular file"),
        (["quotes", "--db", "{folder}"], "--db {folder} is not a regular file"),
        (["ingest", "{folder}", "--db", "{folder}"], "--db {folder} is not a regular file"),
        (["ingest", "{folder}", "--db", "{folder}/no/x.db"], "cannot create the store {folder}/no/x.db"),
        (["eval", "ner", "{folder}"], "{folder} is a folder: give a two-column"),
        (["eval", "quotes", "{other}"], "not a folder: {other}"),
    ],
)
def test_usage_errors_exit_2(store, args, message):
    subs = {
        "{db}": str(store),
        "{other}": str(store.with_name("other.db")),
        "{folder}": str(store.with_name("folder")),
    }

    def fill(s: str) -> str:
        for k, v in subs.items():
            s = s.replace(k, v)
        return s

    argv = [fill(a) for a in args]
    if argv[0] == "export":
        argv += ["--db", str(store)]
    r = runner.invoke(app, argv)
    assert r.exit_code == 2, r.output
    lines = r.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"marsad: error: {fill(message)}"), r.output


def test_a_missing_store_or_input_still_exits_1(store):
    missing = str(store.with_name("missing.db"))
    assert _run("show", "1", "--db", missing).exit_code == 1
    assert _run("ingest", str(store.with_name("nope")), "--db", missing).exit_code == 1


# -- item 4: an archive's links have their own summary line ---------------------------------------
def _tar(path: Path, members: dict[str, bytes | str]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, value in members.items():
            info = tarfile.TarInfo(name)
            if isinstance(value, str):  # a symbolic link to value
                info.type, info.linkname = tarfile.SYMTYPE, value
                tar.addfile(info)
            else:
                info.size = len(value)
                tar.addfile(info, io.BytesIO(value))


def test_links_are_counted_as_links_not_as_records_without_bytes(tmp_path):
    archive = tmp_path / "a.tar.gz"
    _tar(
        archive, {"d/a.txt": ("عنوان\n\n" + BODY).encode(), "d/link.txt": "a.txt", "d/up.txt": "/etc/passwd"}
    )
    db = str(tmp_path / "s.db")
    r = _run("ingest", str(archive), "--db", db, "--core", "-q")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert "  articles stored                  1" in lines
    assert any(
        line.startswith("  links not followed               2  (symbolic or hard links") for line in lines
    )
    assert not any("not stored, no bytes" in line for line in lines)
    summary = json.loads(
        _run("ingest", str(archive), "--db", str(tmp_path / "j.db"), "--core", "--json").output
    )
    assert (summary["links"], summary["failed_unkept"], summary["failed"]) == (2, 0, 2)


def test_an_archive_of_links_only_says_so(tmp_path):
    archive = tmp_path / "l.tar.gz"
    _tar(archive, {"x.txt": "y.txt"})
    r = _run("ingest", str(archive), "--db", str(tmp_path / "s.db"), "--core", "-q")
    assert r.exit_code == 1
    assert r.output.splitlines()[-1].endswith(
        "every record failed (link ×1); 1 link or special file not followed, recorded in "
        f"{tmp_path / 's.db'} (marsad stats --failed)"
    )
