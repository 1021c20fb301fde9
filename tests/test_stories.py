"""Same-story (near-duplicate) links: `marsad.stories` and `marsad stories` on real SQLite stores built
by `marsad ingest` from Arabic articles written for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

import marsad.cli.ingest  # noqa: F401 - registers the commands
import marsad.cli.stories  # noqa: F401
from marsad.cli.app import app
from marsad.stories import (
    StoryParams,
    group_ids,
    jaccard,
    open_store,
    shingle_hashes,
    story_group,
    update_stories,
    words_of,
)

runner = CliRunner()

# One wire story (Aden casualties), as two papers printed it: the same body, the headline reworded
# and re-punctuated, «» written as "" (SaudiNewsNet 2015-07-23 has 20 such pairs).
ADEN_BODY = (
    "قال مسؤول في الحكومة اليمنية إن أكثر من ألف شخص قتلوا وأصيب تسعة آلاف آخرون منذ دخول "
    "ميليشيات الحوثي إلى مدينة عدن في شهر مارس الماضي، مشيرا إلى أن معظم الضحايا من المدنيين.\n\n"
    "وأضاف المسؤول في تصريح «لوكالة الأنباء» أن فرق الإغاثة بدأت بإزالة الأنقاض من الأحياء "
    "السكنية، وأن المستشفيات ما زالت تعاني نقصا حادا في الأدوية والوقود والمياه الصالحة للشرب.\n\n"
    "وأكد أن الحكومة ستعمل مع المنظمات الدولية على إعادة تشغيل مطار عدن وميناء المدينة خلال "
    "الأيام المقبلة لاستقبال المساعدات الإنسانية العاجلة."
)
ADEN_A = "مسؤول يمني: ألف قتيل و9 آلاف جريح منذ دخول الحوثيين عدن\n\n" + ADEN_BODY
ADEN_B = "مسؤول يمني : ألف قتيل وتسعة آلاف جريح في عدن\n\n" + ADEN_BODY.replace("«", '"').replace("»", '"')
# The same story rewritten by a third paper: a few words changed, one clause dropped.
ADEN_C = "الحكومة اليمنية: آلاف الضحايا في عدن منذ دخول الحوثيين\n\n" + (
    ADEN_BODY.replace("قال مسؤول في الحكومة اليمنية", "أعلن مسؤول حكومي يمني").replace(
        "، مشيرا إلى أن معظم الضحايا من المدنيين", ""
    )
)

# Two different stories about one topic (the Riyadh stock market) from one agency: the same
# dateline and the same closing boilerplate paragraph, different news.
BOILERPLATE = (
    "ويذكر أن هيئة السوق المالية تعمل على تنظيم السوق وتطويره وحماية المستثمرين من الممارسات "
    "غير العادلة وتحقيق العدالة والكفاءة والشفافية في معاملات الأوراق المالية."
)
MARKET_1 = (
    "الأسهم السعودية تغلق على انخفاض طفيف\n\n"
    "الرياض - واس: أغلق مؤشر سوق الأسهم السعودية اليوم عند مستوى 9120 نقطة منخفضا 12 نقطة، "
    "بتداولات بلغت قيمتها خمسة مليارات ريال، وسط تراجع أسهم قطاع المصارف والبتروكيماويات.\n\n"
    "وارتفعت أسهم 60 شركة في حين تراجعت أسهم 95 شركة، وتصدر سهم الإنماء قائمة الأسهم الأكثر "
    "نشاطا من حيث الكمية.\n\n" + BOILERPLATE
)
MARKET_2 = (
    "هيئة السوق المالية تعتمد لائحة جديدة لصناديق الاستثمار\n\n"
    "الرياض - واس: اعتمد مجلس هيئة السوق المالية لائحة جديدة لصناديق الاستثمار العقاري تلزم "
    "مديري الصناديق بالإفصاح الربعي عن أصولها وتقييمها من مقيمين معتمدين مستقلين.\n\n"
    "وتدخل اللائحة حيز التنفيذ مطلع العام المقبل بعد فترة انتقالية مدتها ستة أشهر تتيح "
    "للصناديق القائمة توفيق أوضاعها.\n\n" + BOILERPLATE
)

# Short wire briefs (two sentences): the same brief in two papers is linked; a brief on another
# day with the same template and other figures is not.
BRIEF_1 = (
    "أمطار على جازان\n\n"
    "توقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار رعدية على مرتفعات جازان وعسير "
    "والباحة اليوم. ودعت المواطنين إلى الابتعاد عن مجاري السيول والأودية."
)
BRIEF_1_COPY = "الأرصاد: أمطار رعدية على المرتفعات الجنوبية\n\n" + BRIEF_1.split("\n\n", 1)[1].replace(
    "اليوم.", "اليوم الخميس."
)
BRIEF_2 = (
    "غبار على الرياض\n\n"
    "توقعت الرئاسة العامة للأرصاد وحماية البيئة هبوب رياح مثيرة للأتربة والغبار على الرياض "
    "والقصيم والشرقية غدا. ودعت السائقين إلى توخي الحذر على الطرق السريعة."
)
# Two video pages whose only kept prose is the same caption line: too few shingles to say.
CAPTION_1 = "شاهد.. لحظة سقوط الطائرة\n\nشاهد الفيديو كاملا على موقعنا"
CAPTION_2 = "شاهد.. انهيار جسر في إيطاليا\n\nشاهد الفيديو كاملا على موقعنا"

ARTICLES = {
    "01_aden_a.txt": ADEN_A,
    "02_market_1.txt": MARKET_1,
    "03_aden_b.txt": ADEN_B,
    "04_market_2.txt": MARKET_2,
    "05_brief_1.txt": BRIEF_1,
    "06_brief_2.txt": BRIEF_2,
    "07_brief_1_copy.txt": BRIEF_1_COPY,
    "08_caption_1.txt": CAPTION_1,
    "09_caption_2.txt": CAPTION_2,
    "10_aden_a_copy.txt": ADEN_A + "\n",  # other bytes, same title and prose: an exact copy
}


def run(*args: object):
    return runner.invoke(app, [*map(str, args)])


def _ingest(folder: Path, db: Path) -> None:
    r = run("ingest", folder, "--db", db, "--core")
    assert r.exit_code == 0, r.output


def _ids(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {Path(s.split("::")[-1]).name: i for s, i in conn.execute("SELECT source, id FROM articles")}
    finally:
        conn.close()


@pytest.fixture()
def store(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    _ingest(folder, db)
    return db, _ids(db)


def _pairs(db: Path) -> dict[tuple[int, int], float]:
    conn = sqlite3.connect(db)
    try:
        return {
            (a, b): j for a, b, j in conn.execute("SELECT article_id, other_id, jaccard FROM story_pairs")
        }
    finally:
        conn.close()


def _update(db: Path, **kw):
    conn = open_store(db)
    try:
        return update_stories(conn, **kw)
    finally:
        conn.close()


# -- shingles ------------------------------------------------------------------------------------


def test_words_are_search_keys_without_punctuation():
    assert words_of("مسؤول يمني : «ألف» قتيلٍ، و9 آلاف") == ["مسؤول", "يمني", "الف", "قتيل", "و9", "الاف"]
    assert words_of('مسؤول يمني: "ألف" قتيل') == words_of("مسؤول يمني : «ألف» قتيل")
    assert words_of("الإِرهاب ٣") == ["الارهاب", "3"]


def test_shingle_hashes_are_stable_and_ordered():
    words = ["قال", "مسؤول", "يمني", "إن", "ألف", "شخص", "قتلوا"]
    h = shingle_hashes(words, 5)
    assert h.dtype == np.uint64 and len(h) == 3 and list(h) == sorted(h)
    # the same value in every process (BLAKE2b + SplitMix64, never Python's salted hash())
    assert int(shingle_hashes(["قال", "مسؤول", "يمني"], 3)[0]) == 10609593775446489183
    # word order matters inside a shingle
    assert shingle_hashes(["a", "b"], 2)[0] != shingle_hashes(["b", "a"], 2)[0]


def test_short_text_is_one_shingle_and_empty_is_none():
    assert len(shingle_hashes(["شاهد", "الفيديو"], 5)) == 1
    assert len(shingle_hashes([], 5)) == 0
    with pytest.raises(ValueError):
        shingle_hashes(["a"], 0)


def test_jaccard_exact_values():
    a = shingle_hashes("a b c d e f g h".split(), 3)  # 6 shingles
    b = shingle_hashes("a b c d e f x y".split(), 3)  # shares abc bcd cde def
    assert jaccard(a, a) == 1.0
    assert jaccard(a, b) == pytest.approx(4 / 8)
    assert jaccard(a, shingle_hashes([], 3)) == 0.0


def test_lsh_candidate_probability_of_the_settings():
    p = StoryParams()
    assert p.bands * p.rows <= p.num_perm
    assert p.candidate_probability(p.threshold) > 0.999
    assert p.candidate_probability(0.1) < 0.05


# -- links in a store ------------------------------------------------------------------------------


def test_reworded_headline_same_body_is_linked(store):
    db, ids = store
    s = _update(db)
    pairs = _pairs(db)
    a, b = sorted((ids["01_aden_a.txt"], ids["03_aden_b.txt"]))
    assert pairs[(a, b)] == 1.0
    assert s.processed == len(ARTICLES)


def test_same_topic_shared_boilerplate_is_not_linked(store):
    db, ids = store
    _update(db)
    m1, m2 = ids["02_market_1.txt"], ids["04_market_2.txt"]
    a = shingle_hashes(words_of(MARKET_1.split("\n\n", 1)[1]), 5)
    b = shingle_hashes(words_of(MARKET_2.split("\n\n", 1)[1]), 5)
    assert 0.05 < jaccard(a, b) < 0.3  # they do share the dateline and the boilerplate paragraph
    pairs = _pairs(db)
    assert (min(m1, m2), max(m1, m2)) not in pairs
    conn = sqlite3.connect(db)
    assert [m.article_id for m in story_group(conn, m1)] == [m1]


def test_short_briefs(store):
    db, ids = store
    _update(db)
    pairs = _pairs(db)
    b1, copy, b2 = ids["05_brief_1.txt"], ids["07_brief_1_copy.txt"], ids["06_brief_2.txt"]
    # the same two-sentence brief with one word added: 15 shared of 24 five-word shingles (one
    # inserted word changes up to 5 shingles of a 22-word text: a second edit would unlink it)
    assert pairs[(min(b1, copy), max(b1, copy))] == 0.625
    assert (min(b1, b2), max(b1, b2)) not in pairs  # same template, other weather, other places
    c1, c2 = ids["08_caption_1.txt"], ids["09_caption_2.txt"]
    assert (min(c1, c2), max(c1, c2)) not in pairs  # identical 5-word captions: 1 shingle each
    conn = sqlite3.connect(db)
    assert conn.execute(
        "SELECT shingles, signature FROM story_articles WHERE article_id = ?", (c1,)
    ).fetchone() == (
        1,
        None,
    )


def test_exact_copy_joins_the_group_and_duplicate_of_is_unchanged(store):
    db, ids = store
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall()
    copy = ids["10_aden_a_copy.txt"]
    assert dict(before)[copy] == ids["01_aden_a.txt"]
    _update(db)
    assert conn.execute("SELECT id, duplicate_of FROM articles ORDER BY id").fetchall() == before
    group = story_group(conn, ids["03_aden_b.txt"])
    assert sorted(m.article_id for m in group) == sorted([ids["01_aden_a.txt"], ids["03_aden_b.txt"], copy])
    by_id = {m.article_id: m for m in group}
    assert by_id[copy].copy_of == ids["01_aden_a.txt"] and by_id[copy].jaccard is None
    # the copy is not shingled again and no pair repeats the exact link
    assert all(copy not in p for p in _pairs(db))


def test_group_ids_for_search(store):
    db, ids = store
    conn = sqlite3.connect(db)
    a, b, copy, m1 = (
        ids["01_aden_a.txt"],
        ids["03_aden_b.txt"],
        ids["10_aden_a_copy.txt"],
        ids["02_market_1.txt"],
    )
    assert group_ids(conn, [a, b, copy, m1]) == {}  # never processed: no table, no error
    _update(db)
    assert group_ids(conn, [a, b, copy, m1]) == {a: a, b: a, copy: a}
    assert group_ids(conn, list(range(1, 2000)))[b] == a  # more ids than SQLite binds at once


def test_incremental_run_processes_only_new_articles(store, tmp_path):
    db, ids = store
    first = _update(db)
    again = _update(db)
    assert (again.processed, again.candidates, again.linked) == (0, 0, 0)
    assert again.pairs == first.pairs
    more = tmp_path / "more"
    more.mkdir()
    (more / "11_aden_c.txt").write_text(ADEN_C, encoding="utf-8")
    _ingest(more, db)
    new = _ids(db)["11_aden_c.txt"]
    r = run("stories", "--show", new, "--db", db)
    assert r.exit_code == 1 and "stored after the last `marsad stories` run" in r.output
    third = _update(db)
    assert third.processed == 1 and third.linked == 2  # to both earlier Aden articles
    pairs = _pairs(db)
    assert (ids["01_aden_a.txt"], new) in pairs and 0.6 <= pairs[(ids["01_aden_a.txt"], new)] < 1.0
    conn = sqlite3.connect(db)
    assert len(story_group(conn, new)) == 4  # a, b, c and the exact copy of a


def test_killed_run_resumes_with_the_same_result(store, tmp_path):
    db, _ids_ = store
    clean = tmp_path / "clean.db"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(clean)
    src.backup(dst)
    src.close()
    dst.close()
    _update(clean)

    class Killed(Exception):
        pass

    def kill(done: int, total: int) -> None:
        raise Killed  # after the first batch is committed

    with pytest.raises(Killed):
        _update(db, batch=3, progress=kill)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM story_articles").fetchone()[0] == 3
    conn.close()
    resumed = _update(db, batch=3)
    assert resumed.processed == len(ARTICLES) - 3
    assert _pairs(db) == _pairs(clean)


def test_other_parameters_start_over(store):
    db, _ = store
    _update(db)
    s = _update(db, params=StoryParams(threshold=0.99))
    assert s.restarted and s.processed == len(ARTICLES)
    assert all(j >= 0.99 for j in _pairs(db).values())


# -- the command -----------------------------------------------------------------------------------


def test_cli_stories_and_show(store):
    db, ids = store
    r = run("stories", "--show", ids["01_aden_a.txt"], "--db", db)
    assert r.exit_code == 1 and "run `marsad stories` first" in r.output
    r = run("stories", "--db", db)
    assert r.exit_code == 0, r.output
    assert "processed 10 new articles" in r.output and "2 same-story pairs" in r.output
    assert "groups of" in r.output and "largest 3 articles" in r.output
    r = run("stories", "--show", ids["03_aden_b.txt"], "--db", db)
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert lines[0] == f"same story as article {ids['03_aden_b.txt']}: 3 articles"
    assert any("Jaccard 1.00" in x and "ألف قتيل" in x for x in lines)
    assert any(f"exact copy of {ids['01_aden_a.txt']}" in x for x in lines)
    r = run("stories", "--show", ids["02_market_1.txt"], "--db", db)
    assert r.exit_code == 0 and "has no same-story article" in r.output
    r = run("stories", "--show", 999, "--db", db)
    assert r.exit_code == 1 and "no article 999" in r.output
    r = run("stories", "--db", db, "--json")
    assert json.loads(r.stdout)["processed"] == 0


def test_cli_stories_missing_or_foreign_store(tmp_path):
    r = run("stories", "--db", tmp_path / "none.db")
    assert r.exit_code == 1 and "no store at" in r.output
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    r = run("stories", "--db", other)
    assert r.exit_code == 1 and "not a Marsad store" in r.output
