"""The ``marsad`` command's start-up (new-user report nu26, item 1; task cli26).

* Start-up: ``marsad --help`` and ``marsad search`` import neither the annotation pipeline nor its
  stages (quotes, entities, the time parser, the header patterns), nor scikit-learn or NumPy; ``show``,
  ``stats`` and ``quotes`` neither. Before, every command imported all of them (``import marsad``
  loaded the pipeline; ``marsad train quotes`` imported the speaker ranker at registration):
  ~0.45 s of CPU before ``search`` ran its query.
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
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": SRC})
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
