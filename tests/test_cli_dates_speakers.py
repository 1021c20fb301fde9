"""Bad dates are one-line usage errors (exit 2) in every command taking one; `marsad date` says why a
date is impossible; `marsad quotes --speaker` matches whole words of the name (first-user findings)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

import marsad.cli.quotes  # noqa: F401 - registers the commands
import marsad.cli.time  # noqa: F401
from marsad.cli.app import app
from marsad.cli.quotes import _is_speaker, _speaker_words
from marsad.quotes.store import speaker_matches
from marsad.store.db import Store
from marsad.store.ingest import ingest
from marsad.time.reasons import why_not_a_date

runner = CliRunner()

ARTICLES = {
    "a.txt": '20-04-2024 01:18 AM بتوقيت القدس المحتلة\n\nتصريحات\n\nوقال مايك بومبيو: "نحن مستعدون للحوار".\n',
    "b.txt": '21-04-2024 01:18 AM بتوقيت القدس المحتلة\n\nتصريحات\n\nوقالت تيريزا ماي: "لن نتراجع عن الخطة".\n',
    "c.txt": '22-04-2024 01:18 AM بتوقيت القدس المحتلة\n\nتصريحات\n\nوقال بيتر ألتماير: "الاقتصاد قوي هذا العام".\n',
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("q")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "s.db"
    ingest([folder], path)
    return path


def _speakers(db, *args):
    r = runner.invoke(app, ["quotes", "--db", str(db), "--json", *args])
    assert r.exit_code == 0, r.output
    return sorted(json.loads(x)["speaker"] for x in r.output.splitlines() if x.startswith("{"))


def test_speaker_matches_whole_words(db):
    with Store(db) as store:
        stored = {r[0] for r in store.conn.execute("SELECT speaker FROM quotes")}
    assert {"مايك بومبيو", "تيريزا ماي", "بيتر ألتماير"} <= stored
    assert _speakers(db, "--speaker", "ماي") == ["تيريزا ماي"]
    assert _speakers(db, "--speaker", "بومبيو") == ["مايك بومبيو"]
    assert _speakers(db, "--speaker", "التماير") == ["بيتر ألتماير"]  # hamza folded
    assert _speakers(db, "--speaker", "تيريزا ماي") == ["تيريزا ماي"]
    assert _speakers(db, "--speaker", "ماي تيريزا") == []


def test_is_speaker_after_search_key_normalization():
    w = _speaker_words("مَاي")
    assert w == ["ماي"]
    assert _is_speaker("تيريزا ماي", w) and not _is_speaker("مايك بومبيو", w) and not _is_speaker(None, w)


def test_quotes_from_date(db):
    # published 2024-04-20T01:18+03:00, 2024-04-21T01:18+03:00, 2024-04-22T01:18+03:00 (UTC: the
    # evening before). A date is the local calendar day (as search's from:; it was the UTC day,
    # which put these articles one day early: second-user finding); an instant is an instant.
    assert len(_speakers(db, "--from", "2024-04-20")) == 3
    assert len(_speakers(db, "--from", "2024-04-21")) == 2
    assert _speakers(db, "--from", "2024-04-21T12:00:00+00:00") == ["بيتر ألتماير"]
    # a month or a year, as search's from: (fifth new-user report, finding 14)
    assert len(_speakers(db, "--from", "2024-04")) == 3
    assert len(_speakers(db, "--from", "2024")) == 3
    assert _speakers(db, "--from", "2024-05") == [] and _speakers(db, "--from", "2025") == []


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("garbage", ""),
        ("2024-02-30", ": invalid day 30 for February 2024: it has 29 days"),
        ("2024-13", ""),
        ("24", ""),
    ],
)
def test_bad_from_date_is_a_usage_error(db, value, why):
    r = runner.invoke(app, ["quotes", "--db", str(db), "--from", value])
    assert r.exit_code == 2
    lines = r.output.strip().splitlines()
    assert lines == [
        f"marsad: error: --from {value!r} is not a date (ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or "
        f"YYYY-MM-DDTHH:MM, or a date as `marsad date` reads it){why}"
    ]


@pytest.mark.parametrize(
    ("value", "iso"),
    [("14 تشرين الأول 2018", "2018-10-14"), ("1 رمضان 1439", "2018-05-16"), ("21/04/2024", "2024-04-21")],
)
def test_from_date_as_written_in_the_news(value, iso):
    # eighth-session new user, finding 12: `quotes --from "14 تشرين الأول 2018"` was refused although
    # `marsad date` reads it; a date as Marsad reads it in an article is taken as its local ISO form
    from marsad.cli.app import iso_date_option

    assert iso_date_option(value, "--from") == iso


def test_blank_speaker_is_a_usage_error(db):
    r = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "  "])
    assert r.exit_code == 2 and "--speaker must name someone" in r.output


def test_date_bad_ref_is_a_usage_error():
    r = runner.invoke(app, ["date", "اليوم", "--ref", "garbage"])
    assert (
        r.exit_code == 2
        and r.output.strip() == "marsad: error: --ref 'garbage' is not an ISO 8601 date or date-time"
    )


@pytest.mark.parametrize(
    ("s", "reason"),
    [
        ("2024-02-30", "invalid day 30 for February 2024: it has 29 days"),
        ("الجمعة 30 فبراير 2024", "invalid day 30 for February 2024: it has 29 days"),
        ("31/04/2023", "invalid day 31 for April 2023: it has 30 days"),
        ("2023-02-29 10:00", "invalid day 29 for February 2023: it has 28 days"),
        ("13-13-2020", "invalid month 13 (months are 1-12)"),
        ("مرحبا", "no digits: no day or year to read"),
    ],
)
def test_date_says_why_there_is_no_value(s, reason):
    assert why_not_a_date(s) == reason
    r = runner.invoke(app, ["date", s, "--json"])  # cli28: the JSON object with --json only
    assert r.exit_code == 1
    assert json.loads(r.stdout) == {"input": s, "value": None, "reason": reason}
    assert r.stderr == f"marsad: error: no date read in {s!r}: {reason}\n"


def test_valid_dates_have_no_reason():
    r = runner.invoke(app, ["date", "2024-02-29"])
    out = json.loads(r.output)
    assert r.exit_code == 0 and out["value"]["local"].startswith("2024-02-29") and "reason" not in out
    assert "invalid" not in why_not_a_date("1 رمضان 1445")


def test_sqlite_is_not_touched_by_a_bad_date(tmp_path):
    # the date is checked before the store is opened: a missing store still says the date is bad
    r = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.db"), "--from", "x"])
    assert r.exit_code == 2 and "is not a date (ISO 8601" in r.output
    assert not (tmp_path / "none.db").exists()
    assert sqlite3.sqlite_version


def test_usage_errors_are_one_line():
    # new user of 2026-11-30, finding 12: `marsad quotes --limit 0` drew a framed box under a usage
    # line; the entry point reports click's usage errors as one line, exit status 2, like fail()
    import subprocess
    import sys

    for args, message in (
        (["quotes", "--limit", "0"], "marsad: error: Invalid value for '--limit'"),
        (["quotes", "--bogus"], "marsad: error: No such option: --bogus"),
        (["search"], "marsad: error: Missing argument 'query'."),
    ):
        r = subprocess.run(
            [sys.executable, "-m", "marsad.cli.main", *args], capture_output=True, text=True, timeout=120
        )
        assert r.returncode == 2, (args, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(message), (args, r.stderr)


def test_a_name_after_a_group_relation_or_aide_is_someone_else():
    """``--speaker ترامب`` listed the quotes of ``إدارة ترمب``, ``مستشارو ترمب`` and ``مسؤول في إدارة
    ترمب`` (11 of 207 on a new user's 3,180 articles, nu16 H3): a name after such a word is not the
    speaker; titles and given names before it still are."""
    w = _speaker_words("ترامب")
    for other in ("إدارة ترمب", "مستشارو ترمب", "مسؤول في إدارة ترمب", "المتحدث باسم ترامب",
                  "إدارة الرئيس ترامب", "محامي ترامب", "حملة ترمب الانتخابية"):
        assert not _is_speaker(other, w), other
    for same in ("دونالد ترمب", "الرئيس الأمريكي دونالد ترامب", "ترامب"):
        assert _is_speaker(same, w), same
    # a role of another person that names Trump as the one served does not make the quote his
    assert not speaker_matches(["كيليان كونواي", "مستشارة ترامب"], w)


def test_a_role_query_is_not_the_deputy_nor_a_former_holder():
    """``--speaker "الرئيس الأمريكي"`` listed the quotes of مايك بنس, whose role is ``نائب الرئيس
    الأمريكي`` (4 of 76 on a new user's 300 articles, nu18): a deputy's role and a former holder's
    (``… السابق``) are someone else's."""
    w = _speaker_words("الرئيس الأمريكي")
    assert not speaker_matches(["مايك بنس", "نائب الرئيس الأمريكي"], w)
    assert not speaker_matches(["باراك أوباما", "الرئيس الأمريكي السابق"], w)
    assert speaker_matches(["دونالد ترامب", "الرئيس الأمريكي"], w)
    assert speaker_matches(["الرئيس الأمريكي دونالد ترامب"], w)


def test_a_name_written_with_gh_or_j_for_g_matches_both_ways():
    """``--speaker أردوجان`` (the Egyptian ج for /g/) found 0 quotes where ``أردوغان`` found 8 and
    search found 8 for both (new-user report nu24, item 10)."""
    from marsad.quotes.store import speaker_query_words

    assert speaker_matches(["رجب طيب أردوغان"], speaker_query_words("أردوجان"))
    assert speaker_matches(["رجب طيب أردوجان"], speaker_query_words("أردوغان"))
    assert not speaker_matches(["جمال خاشقجي"], speaker_query_words("أردوجان"))


def test_quotes_json_gives_offsets_and_source(db):
    """``quotes --json`` had only ``article_id``: the offsets and the input record let a user find the
    quote without the store (nu24 item 10)."""
    r = runner.invoke(app, ["quotes", "--db", str(db), "--json", "--speaker", "ماي"])
    row = json.loads(r.output.splitlines()[0])
    text = ARTICLES["b.txt"]
    assert row["source"].endswith("b.txt")
    assert text[row["start"] : row["end"]] == row["text"] == "لن نتراجع عن الخطة"
