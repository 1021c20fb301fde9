"""The ``marsad`` command's start-up and the small leftovers of new-user report nu26 (task cli26).

* Start-up: ``marsad --help`` and ``marsad search`` import neither the annotation pipeline nor its
  stages (quotes, entities, the time parser, the header patterns), nor scikit-learn or NumPy; ``show``,
  ``stats`` and ``quotes`` neither. Before, every command imported all of them (``import marsad``
  loaded the pipeline; ``marsad train quotes`` imported the speaker ranker at registration):
  ``marsad search`` took 3.2 G instructions (callgrind), 1.4 G now, most of it typer and rich.
* ``show -1`` is the one-line error ``show 0`` gives (click read ``-1`` as an unknown option);
  ``stats --json`` is accepted; ``search --limit`` names both bounds in its error; ``entities
  --limit`` is ``--top``; ``-h`` and ``--version``; an option given no value before the next option.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad import settings
from marsad.cli import main as cli_main
from marsad.cli.app import app

cli_main._load()

ROOT = Path(__file__).resolve().parents[1]
SRC = str(ROOT / "src")
SEED = ROOT / "tests" / "data" / "000_146a293be66b7c19.txt"

#: Modules a query command must not import: the pipeline and its stages, the training tools.
HEAVY = (
    "marsad.pipeline",
    "marsad.quotes.cues",
    "marsad.quotes.speakers",
    "marsad.quotes.stage",
    "marsad.quotes.ranker",
    "marsad.entities.stage",
    "marsad.entities.features",
    "marsad.time.datetimes",
    "marsad.time.expressions",
    "marsad.time.publication",
    "marsad.layout.header",
    "sklearn",
    "numpy",
)


def _marsad(args: list[str], cwd: Path, *python: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *python, "-m", "marsad.cli.main", *args],
        cwd=cwd,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": SRC, "COLUMNS": "100"},
        timeout=300,
    )


def _imported(args: list[str], cwd: Path) -> set[str]:
    """The modules ``marsad ARGS`` imports (``python -X importtime``, which lists each on stderr)."""
    r = _marsad(args, cwd, "-X", "importtime")
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0, err[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in err.splitlines() if line.startswith("import time:")}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with ``s.db``: the seed article (every stage) and one failed record (an empty file)."""
    d = tmp_path_factory.mktemp("startup")
    with zipfile.ZipFile(d / "in.zip", "w") as z:
        z.writestr("seed.txt", SEED.read_bytes())
        z.writestr("empty.txt", b"")
    r = _marsad(["ingest", "in.zip", "--db", "s.db", "-q"], d)
    assert r.returncode == 0, r.stderr
    return d


@pytest.mark.parametrize(
    "command",
    [["--help"], ["search", "لافروف"], ["search", "لافروف", "--json"], ["show", "1"], ["stats"], ["quotes"]],
    ids=" ".join,
)
def test_a_query_command_imports_no_pipeline_stage(store: Path, command: list[str]) -> None:
    args = command if command == ["--help"] else [*command, "--db", "s.db"]
    modules = _imported(args, store)
    assert "marsad.cli.app" in modules  # the listing is read
    heavy = sorted(m for m in modules if m.startswith(HEAVY))
    assert heavy == []
    if command[0] in ("--help", "search"):
        assert not any(m.startswith("marsad.entities") for m in modules)
    if command == ["--help"]:
        assert not any(m.startswith(("marsad.store", "marsad.search", "marsad.text")) for m in modules)


def test_import_marsad_loads_the_pipeline_on_first_use() -> None:
    code = (
        "import sys, marsad\n"
        "print('marsad.pipeline' in sys.modules, 'parse' in dir(marsad))\n"
        "from marsad import parse\n"
        "import marsad.pipeline\n"
        "print(parse is marsad.pipeline.parse, marsad.Article is marsad.model.Article)\n"
        "try:\n    marsad.nothing\nexcept AttributeError as e:\n    print(e)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": SRC}
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["False True", "True True", "module 'marsad' has no attribute 'nothing'"]


def test_time_package_names_stay_where_they_were() -> None:
    import marsad.time
    import marsad.time.crawl as crawl
    import marsad.time.publication as publication
    from marsad.time import parse_datetime
    from marsad.time.datetimes import parse_datetime as parser

    assert parse_datetime is parser and marsad.time.parse_datetime is parser
    assert publication.crawl_time_sql is crawl.crawl_time_sql
    assert publication.CRAWL_TIME_FIELDS is crawl.CRAWL_TIME_FIELDS
    assert crawl.crawl_time_sql() == ("lower(published_source) IN (?)", ["date_extracted"])
    with pytest.raises(AttributeError):
        marsad.time.nothing  # noqa: B018


def test_a_readonly_store_loads_its_extensions_on_first_use(store: Path) -> None:
    from marsad.store.db import EXTENSIONS, Store

    s = Store(store / "s.db", readonly=True)
    try:
        assert "extensions" not in s.__dict__
        assert [m.__name__ for m in s.extensions] == EXTENSIONS
        assert s._all_batched in (True, False) and "_batched" in s.__dict__
        with pytest.raises(AttributeError, match="no attribute 'nothing'"):
            s.nothing  # noqa: B018
    finally:
        s.close()


def test_verify_reads_the_extensions_of_a_readonly_store(store: Path) -> None:
    r = CliRunner().invoke(app, ["verify", "--json", "--db", str(store / "s.db")])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["ok"] is True


# --- show -1 -------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["-1", "-12"])
def test_a_negative_article_id_is_the_error_show_0_gives(store: Path, number: str) -> None:
    r = _marsad(["show", number, "--db", "s.db"], store)
    assert r.returncode == 2
    assert r.stderr.decode() == (
        f"marsad: error: article ID must be 1 or more, not {number} (IDs are not counted from the end)\n"
    )
    r = _marsad(["show", "0", "--db", "s.db"], store)
    assert r.returncode == 2 and r.stderr.decode() == "marsad: error: article ID must be 1 or more, not 0\n"


def test_a_negative_number_elsewhere_is_still_no_option(store: Path) -> None:
    r = _marsad(["stats", "-1", "--db", "s.db"], store)
    assert r.returncode == 2 and r.stderr.decode() == "marsad: error: No such option: -1\n"


# --- stats --json --------------------------------------------------------------------------------


def test_stats_takes_json_and_prints_the_same_counts(store: Path) -> None:
    db = str(store / "s.db")
    plain = CliRunner().invoke(app, ["stats", "--db", db])
    asked = CliRunner().invoke(app, ["stats", "--json", "--db", db])
    assert plain.exit_code == asked.exit_code == 0
    assert plain.stdout == asked.stdout
    counts = json.loads(asked.stdout)
    # rel27: "articles" no longer counts the failed record (the empty file); "stored" counts both
    assert (counts["articles"], counts["failed"], counts["stored"]) == (1, 1, 2)


def test_stats_failed_json_is_one_object_per_record(store: Path) -> None:
    db = str(store / "s.db")
    lines = CliRunner().invoke(app, ["stats", "--failed", "--db", db]).stdout.splitlines()
    assert len(lines) == 1 and lines[0].split("\t")[1].endswith("in.zip::empty.txt")
    r = CliRunner().invoke(app, ["stats", "--failed", "--json", "--db", db])
    assert r.exit_code == 0, r.output
    (record,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert record["id"] == int(lines[0].split("\t")[0])
    assert record["source"].endswith("in.zip::empty.txt")
    assert record["problems"][0]["level"] == "error" and record["problems"][0]["code"] == "empty"
    assert set(record) == {"id", "source", "format", "problems"}


# --- search --limit ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "-3", "1001"])
def test_search_limit_error_names_both_bounds(store: Path, value: str) -> None:
    r = _marsad(["search", "لافروف", "--limit", value, "--db", "s.db"], store)
    assert r.returncode == 2
    assert r.stderr.decode() == (
        "marsad: error: Invalid value for '--limit' / '-n': must be from 1 to 1,000 "
        f"(the most hits one search lists), not {value}\n"
    )
    assert settings.SEARCH_MAX_LIMIT == 1_000


def test_search_limit_bounds_are_accepted(store: Path) -> None:
    for value in ("1", "1000"):
        r = CliRunner().invoke(
            app, ["search", "لافروف", "--limit", value, "--json", "--db", str(store / "s.db")]
        )
        assert r.exit_code == 0, r.output
        assert len(json.loads(r.stdout)["hits"]) == 1


def test_a_table_cut_at_the_most_says_so_not_raise_limit() -> None:
    from types import SimpleNamespace

    from marsad.cli.search import _caption

    hits = [{"duplicates": []}] * 1000
    cut = SimpleNamespace(hits=hits, total=1500)
    assert _caption(cut, 1000) == (
        "1000 of 1,500 matching articles (500 more not shown: 1,000 is the most --limit lists; narrow the query)"
    )
    assert _caption(SimpleNamespace(hits=hits[:10], total=12), 10) == (
        "10 of 12 matching articles (2 more not shown: raise --limit (now 10))"
    )


# --- what a new user types -----------------------------------------------------------------------


def test_entities_takes_limit_as_top(store: Path) -> None:
    db = str(store / "s.db")
    by_top = CliRunner().invoke(app, ["entities", "--top", "2", "--json", "--db", db])
    by_limit = CliRunner().invoke(app, ["entities", "--limit", "2", "--json", "--db", db])
    assert by_top.exit_code == by_limit.exit_code == 0
    assert by_limit.stdout == by_top.stdout and len(by_limit.stdout.splitlines()) == 2


def test_h_is_help_and_version_prints_the_version() -> None:
    import marsad

    for args in (["-h"], ["show", "-h"], ["train", "-h"]):
        r = CliRunner().invoke(app, args)
        assert r.exit_code == 0 and "Show this message and exit." in r.output, args
    for flag in ("--version", "-V"):
        r = CliRunner().invoke(app, [flag])
        assert r.exit_code == 0 and r.stdout == f"marsad {marsad.__version__}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["quotes", "--speaker", "--db", "x.db"],
            "Invalid value for '--speaker': needs a value before the option --db",
        ),
        (
            ["quotes", "--speaker", "--json"],
            "Invalid value for '--speaker': needs a value before the option --json",
        ),
        (
            ["date", "2018", "--ref", "--source", "x"],
            "Invalid value for '--ref': needs a value before the option --source",
        ),
    ],
)
def test_an_option_without_its_value_is_a_usage_error(args: list[str], message: str, tmp_path: Path) -> None:
    r = _marsad(args, tmp_path)
    assert r.returncode == 2
    assert r.stderr.decode() == f"marsad: error: {message}\n"


def test_a_value_that_only_starts_with_a_dash_is_still_a_value(store: Path) -> None:
    r = CliRunner().invoke(app, ["quotes", "--speaker", "-x", "--db", str(store / "s.db")])
    assert r.exit_code == 0, r.output
