"""Small CLI leftovers (task cli28): an article-ID list with a negative or extra ID, options that
exclude each other, ``marsad date`` on an unreadable date, and the text a weekday-mismatch note
quotes. In process (``main()`` with ``sys.argv`` set): no store, no subprocess."""

from __future__ import annotations

import json
import sys

import pytest

from marsad.cli import main as cli_main


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """``marsad ARGS`` in this process: (exit status, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["marsad", *args])
    with pytest.raises(SystemExit) as exit_:
        cli_main.main()
    out = capsys.readouterr()
    return exit_.value.code, out.out, out.err


NEGATIVE = "article ID must be 1 or more, not {} (IDs are not counted from the end)"


# --- 1. an ID list with a negative or extra ID ---------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "1", "-1"), NEGATIVE.format(-1) + "; show takes one article ID (got 1 before it)"),
        (
            ("show", "1", "--db", "x.db", "-12"),
            NEGATIVE.format(-12) + "; show takes one article ID (got 1 before it)",
        ),
        (
            ("show", "1", "-1x"),
            "article ID must be a whole number, not '-1x'; show takes one article ID (got 1 before it)",
        ),
        (("show", "1", "2", "3"), "show takes one article ID (1); unexpected extra argument(s): 2 3"),
        # stories --show: it said "No such option: -1"
        (("stories", "--show", "-1"), NEGATIVE.format(-1)),
        (
            ("stories", "--show", "7", "-1"),
            NEGATIVE.format(-1) + "; stories --show takes one article ID (got 7 before it)",
        ),
        (
            ("stories", "--show", "7", "8"),
            "stories --show takes one article ID (7); unexpected extra argument(s): 8",
        ),
        (
            ("stories", "7"),
            "stories takes no argument; unexpected: 7 (an article ID goes after --show: marsad stories --show ID)",
        ),
    ],
)
def test_an_article_id_list_names_the_bad_id(monkeypatch, capsys, args, message) -> None:
    code, out, err = _run(monkeypatch, capsys, *args, "--db", "/nonexistent/cli28.db")
    assert (code, out, err) == (2, "", f"marsad: error: {message}\n")


def test_a_command_without_ids_keeps_clicks_message(monkeypatch, capsys) -> None:
    assert _run(monkeypatch, capsys, "stats", "-1") == (2, "", "marsad: error: No such option: -1\n")


# --- 2. options that exclude each other ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # --list won without a word
        (
            ("stories", "--list", "--show", "3"),
            "--list and --show exclude each other (list the groups, or one article's group)",
        ),
        (
            ("stories", "--show", "3", "--list"),
            "--list and --show exclude each other (list the groups, or one article's group)",
        ),
        # --limit / --min-sites without --list were ignored
        (("stories", "--limit", "5"), "--limit goes with --list only"),
        (
            ("stories", "--show", "3", "--min-sites", "2", "--limit", "4"),
            "--min-sites and --limit go with --list only",
        ),
        # the misses were printed after the JSON object
        (
            ("eval", "quotes", "/nonexistent/cli28", "--json", "-v"),
            "--json and --verbose exclude each other (the JSON summary is one object)",
        ),
        # --dev writes nothing: --out was dropped
        (
            ("train", "ner", "--dev", "--out", "/nonexistent/cli28"),
            "--dev writes no model, so --out does not go with it",
        ),
        (
            ("train", "ner", "--dev", "--replace-shipped"),
            "--dev writes no model, so --replace-shipped does not go with it",
        ),
    ],
)
def test_options_that_exclude_each_other_are_refused(monkeypatch, capsys, args, message) -> None:
    db = ("--db", "/nonexistent/cli28.db") if args[0] == "stories" else ()
    assert _run(monkeypatch, capsys, *args, *db) == (2, "", f"marsad: error: {message}\n")


def test_stories_list_with_its_options_still_runs(monkeypatch, capsys) -> None:
    # past the option checks: the missing store is the error
    code, _out, err = _run(
        monkeypatch,
        capsys,
        "stories",
        "--list",
        "--limit",
        "5",
        "--min-sites",
        "2",
        "--db",
        "/nonexistent/cli28.db",
    )
    assert code == 1 and err.startswith("marsad: error: no store at /nonexistent/cli28.db")


# --- 3. marsad date on a string read as no date --------------------------------------------------


def test_date_without_a_date_is_one_line_on_stderr(monkeypatch, capsys) -> None:
    # it printed the JSON object on stdout and exited 1
    why = "marsad: error: no date read in 'xyz': no digits: no day or year to read"
    assert _run(monkeypatch, capsys, "date", "xyz") == (1, "", why + "\n")
    assert _run(monkeypatch, capsys, "date", "xyz", "--ref", "2024-04-20") == (
        1,
        "",
        why + "; no time expression either\n",
    )


def test_date_json_prints_the_object_with_its_reason(monkeypatch, capsys) -> None:
    code, out, err = _run(monkeypatch, capsys, "date", "2023-02-29", "--json")
    reason = "invalid day 29 for February 2023: it has 28 days"
    assert code == 1 and json.loads(out) == {"input": "2023-02-29", "value": None, "reason": reason}
    assert err == f"marsad: error: no date read in '2023-02-29': {reason}\n"
    code, out, err = _run(monkeypatch, capsys, "date", "2024-02-29", "--json")
    assert (code, err, json.loads(out)["value"]["local"]) == (0, "", "2024-02-29")


# --- 4. a weekday-mismatch note quotes the expression as written --------------------------------


@pytest.mark.parametrize(
    ("text", "said", "day", "what", "weekday"),
    [
        # it was quoted 'غداً السبت', and named غداً for the day after tomorrow
        ("وسيعقد الاجتماع بعد غد السبت.", "بعد غد السبت", "2024-04-19", "بعد غد", "الجمعة (Friday)"),
        ("ويصل يوم غدٍ السبت", "يوم غدٍ السبت", "2024-04-18", "غداً", "الخميس (Thursday)"),
        ("وقال أول أمس الأحد", "أول أمس الأحد", "2024-04-15", "أمس الأول", "الاثنين (Monday)"),
        ("وصل مساء بعد غد السبت", "مساء بعد غد السبت", "2024-04-19", "بعد غد", "الجمعة (Friday)"),
    ],
)
def test_a_weekday_mismatch_quotes_the_raw_span(text, said, day, what, weekday) -> None:
    from datetime import date

    from marsad.time.expressions import find_time_expressions

    (t,) = find_time_expressions(text, date(2024, 4, 17))  # a Wednesday
    assert (t.text, t.value) == (said, None)
    assert t.warning == (
        f"weekday mismatch: '{said}' but {day} ({what} by the publication date) is a {weekday}; flagged, not resolved"
    )
