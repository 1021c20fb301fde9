"""`marsad quotes` over a real store and `marsad eval quotes` over a real folder."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import app
from marsad.cli.main import _load

DATA = Path(__file__).parent / "data"
SEED = DATA / "000_146a293be66b7c19.txt"
SEED_GOLD = DATA / "gold" / "000_146a293be66b7c19.gold.json"

_load()
runner = CliRunner()


def test_quotes_command_lists_and_filters(tmp_path):
    db = tmp_path / "m.db"
    assert runner.invoke(app, ["ingest", str(SEED), "--db", str(db), "--quiet"]).exit_code == 0
    res = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "لافروف", "--json", "--limit", "100"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 16 and {r["speaker"] for r in rows} == {"سيرغي لافروف"}
    assert {r["kind"] for r in rows} == {"direct", "indirect", "headline"}
    res = runner.invoke(app, ["quotes", "--db", str(db), "--from", "2025-01-01"])
    assert res.exit_code == 0 and "لافروف" not in res.stdout


def test_quotes_command_without_store_fails_clearly(tmp_path):
    res = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no store" in res.output


def test_eval_quotes_on_the_seed(tmp_path):
    shutil.copy(SEED, tmp_path / "seed.txt")
    shutil.copy(SEED_GOLD, tmp_path / "seed.gold.json")
    res = runner.invoke(app, ["eval", "quotes", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    s = json.loads(res.stdout.strip().splitlines()[-1])
    assert (s["gold"], s["matched"], s["precision"], s["recall"], s["speaker_accuracy"]) == (16, 16, 1.0, 1.0, 1.0)
    assert s["exact_boundaries"] == 1.0


def test_eval_quotes_on_an_empty_folder_fails_clearly(tmp_path):
    res = runner.invoke(app, ["eval", "quotes", str(tmp_path)])
    assert res.exit_code == 1 and "gold" in res.output


def test_eval_quotes_reads_locator_only_gold_from_shared(shared):
    """``marsad eval quotes tests/data/quotes/heldout2`` works on the project's locator-only gold: the
    articles are materialised from the shared data folder into a temporary folder first."""
    shared("corpora", "ant-multisource-v2.1.tar.gz")
    res = runner.invoke(app, ["eval", "quotes", str(DATA / "quotes" / "heldout2"), "--json", "--shared", str(shared())])
    assert res.exit_code == 0, res.output
    s = json.loads(res.stdout.strip().splitlines()[-1])
    assert (s["articles"], s["gold"]) == (6, 46) and s["recall"] >= 0.9


def test_same_speaker_levels_the_case_of_plural_sources() -> None:
    """The case of a plural source follows its cue (قال مسؤولون / وفقا لمسؤولين), not who spoke: the
    scorer takes both forms for one speaker (gold files write either), and keeps short names apart."""
    from marsad.quotes.evaluate import case_key, same_speaker

    assert same_speaker("مسؤولين ومحللين", "مسؤولون ومحللون")
    assert same_speaker("المسؤولين", "المسؤولون")
    assert same_speaker("مسؤولو الصحة في الولايات المتحدة", "مسؤولي الصحة في الولايات المتحدة")
    assert case_key("مسؤولو") == "مسؤولو"  # a final و is no construct state
    assert not same_speaker("حسون", "حسين")  # four letters: a name, not a plural
    assert not same_speaker("المسؤولون", "المحللون")
