"""Eighth new-user report, findings 3, 14 and 18: `train ner` never replaces the shipped model
unasked, `quotes --speaker` reads roles and drops punctuation, `eval` fails with one clear line."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marsad.cli.entities  # noqa: F401 - registers the commands
import marsad.cli.ingest  # noqa: F401
import marsad.cli.quotes  # noqa: F401
from marsad import settings
from marsad.cli.app import app
from marsad.entities import tagger
from marsad.entities.train import MODEL_FILES, train_ner

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def run(*args) -> object:
    return runner.invoke(app, [str(a) for a in args])


def _digests(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in MODEL_FILES if (folder / n).exists()}


# -- finding 3: train ner ----------------------------------------------------------------------
def _fake_shared(tmp_path: Path, lines: str, gazetteers: Path | None = None) -> Path:
    root = tmp_path / "shared"
    (root / "ner" / "anercorp").mkdir(parents=True)
    (root / "ner" / "anercorp" / "ANERcorp_train_original.txt").write_text(lines, encoding="utf-8")
    if gazetteers is not None:
        (root / "gazetteers").symlink_to(gazetteers)
    return root


_TINY = "محمد B-PERS\nذهب O\nإلى O\nالقاهرة B-LOC\n. O\n"


def test_train_ner_refuses_a_tiny_training_file_and_writes_nothing(tmp_path, monkeypatch):
    shipped = _digests(tagger.DATA_DIR)
    monkeypatch.chdir(tmp_path)
    r = run("train", "ner", "--shared", _fake_shared(tmp_path, _TINY), "--no-clusters")
    assert r.exit_code == 1
    assert "5 tokens, too few to train a NER model (at least 10,000" in r.output
    assert len(r.output.strip().splitlines()) == 1
    assert not (tmp_path / "models").exists()
    assert _digests(tagger.DATA_DIR) == shipped
    assert settings.NER_TRAIN_MIN_TOKENS == 10_000


def test_train_ner_refuses_a_malformed_training_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("train", "ner", "--shared", _fake_shared(tmp_path, "محمد B-PERS\nعلي\n"), "--no-clusters")
    assert r.exit_code == 1
    assert 'line 2: expected two columns "token TAG", found 1' in r.output


def test_train_ner_out_and_replace_shipped_exclude_each_other(tmp_path):
    r = run("train", "ner", "--out", tmp_path / "m", "--replace-shipped")
    assert r.exit_code == 2 and "exclude each other" in r.output


def test_train_ner_writes_a_folder_of_its_own_used_only_when_named(tmp_path, monkeypatch, shared):
    gaz = shared("gazetteers", "anergazet")
    shipped = _digests(tagger.DATA_DIR)
    train = "".join(
        f"{w} {t}\n" for _ in range(3) for w, t in
        [("قال", "O"), ("محمد", "B-PERS"), ("علي", "I-PERS"), ("في", "O"), ("القاهرة", "B-LOC"), (".", "O")]
    )
    root = _fake_shared(tmp_path, train, gaz.parent)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(settings, "NER_TRAIN_MIN_TOKENS", 10)
    r = run("train", "ner", "--shared", root, "--no-clusters")
    assert r.exit_code == 0, r.output
    out = tmp_path / "models" / "ner"
    assert sorted(p.name for p in out.iterdir()) == sorted(MODEL_FILES)  # no temporary folder left
    assert "MARSAD_NER_MODEL=models/ner" in r.output and "eval ner --model models/ner" in r.output
    assert _digests(tagger.DATA_DIR) == shipped  # the shipped model untouched
    # the shipped model stays in use until the folder is named
    monkeypatch.delenv(settings.NER_MODEL_ENV, raising=False)
    assert tagger.model_dir() == tagger.DATA_DIR
    monkeypatch.setenv(settings.NER_MODEL_ENV, str(out))
    assert tagger.model_dir() == out
    monkeypatch.setattr(tagger, "_TAGGER", None)
    assert tagger.get_tagger().tag(["محمد", "علي"])  # loads the trained folder
    monkeypatch.setattr(tagger, "_TAGGER", None)
    monkeypatch.setenv(settings.NER_MODEL_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match="MARSAD_NER_MODEL names"):
        tagger.get_tagger()
    monkeypatch.setattr(tagger, "_TAGGER", None)


def test_replace_shipped_keeps_backups(tmp_path, monkeypatch, shared):
    """--replace-shipped writes into the package folder, each replaced file kept as .bak (run on a
    copy of the data folder: the real one is never touched by tests)."""
    import shutil

    gaz = shared("gazetteers", "anergazet")
    data = tmp_path / "data"
    shutil.copytree(tagger.DATA_DIR, data)
    before = _digests(data)
    monkeypatch.setattr(tagger, "DATA_DIR", data)
    monkeypatch.setattr(tagger, "MODEL_FILE", data / "ner.crfsuite")
    train = "".join(f"{w} {t}\n" for w, t in [("قال", "O"), ("محمد", "B-PERS"), ("في", "O"), ("القاهرة", "B-LOC")] * 3)
    res = train_ner(_fake_shared(tmp_path, train, gaz.parent), rebuild_clusters=False, replace_shipped=True,
                    min_tokens=1, log=lambda *_: None)
    assert res["dir"] == str(data)
    assert sorted(Path(b).name for b in res["backups"]) == sorted(n + ".bak" for n in MODEL_FILES)
    assert {n: hashlib.sha256((data / (n + ".bak")).read_bytes()).hexdigest() for n in MODEL_FILES} == before
    assert _digests(data)["ner.crfsuite"] != before["ner.crfsuite"]


# -- finding 14: quotes --speaker ---------------------------------------------------------------
@pytest.fixture(scope="module")
def quotes_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("q")
    (folder / "a.txt").write_text(
        "أردوغان يتحدث عن الاقتصاد\n\n"
        "أنقرة - قال الرئيس التركي رجب طيب أردوغان: «الاقتصاد التركي قوي وسينمو هذا العام».\n\n"
        "وأضاف أردوغان أن «بلاده لن تتراجع عن خططها».\n\n"
        "من جهته قال وزير الخارجية الروسي سيرغي لافروف: «موسكو تدعم الحوار».\n",
        encoding="utf-8",
    )
    db = folder / "q.db"
    r = run("ingest", folder / "a.txt", "--db", db)
    assert r.exit_code == 0, r.output
    return db


def _speakers(db: Path, query: str) -> list[str]:
    r = run("quotes", "--db", db, "--speaker", query, "--json")
    assert r.exit_code == 0, r.output
    return [json.loads(line)["speaker"] for line in r.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(
    ("query", "n", "who"),
    [
        ("أردوغان", 2, "رجب طيب أردوغان"),
        ("أردوغان،", 2, "رجب طيب أردوغان"),  # copied with its Arabic comma
        ("«اردوغان».", 2, "رجب طيب أردوغان"),  # quotes, dot, hamza folded
        ("الرئيس التركي", 2, "رجب طيب أردوغان"),  # the role of the linked entity
        ("وزير الخارجية", 1, "سيرغي لافروف"),
        ("لافروف", 1, "سيرغي لافروف"),
    ],
)
def test_speaker_filter_reads_roles_and_drops_punctuation(quotes_db, query, n, who):
    assert _speakers(quotes_db, query) == [who] * n


@pytest.mark.parametrize("query", ["الرئيس الروسي", "ماي", "أردوغان لافروف", "التركي الرئيس"])
def test_speaker_filter_still_needs_every_word(quotes_db, query):
    assert _speakers(quotes_db, query) == []


def test_speaker_filter_of_punctuation_only_is_a_usage_error(quotes_db):
    r = run("quotes", "--db", quotes_db, "--speaker", "«،»")
    assert r.exit_code == 2 and "must name someone" in r.output


# -- finding 18: eval -----------------------------------------------------------------------------
@pytest.fixture
def ev(tmp_path) -> Path:
    folder = tmp_path / "ev"
    folder.mkdir()
    (folder / "x.txt").write_bytes((ROOT / "examples" / "000_146a293be66b7c19.txt").read_bytes())
    return folder


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ('{"quotes": "oops"}', '"quotes" must be a list of objects, not a str'),
        ("{bad json", "not valid JSON: Expecting property name enclosed in double quotes (line 1, column 2)"),
        ("[1, 2]", 'a gold file is a JSON object with a "quotes" list, not a list'),
        ('{"quotes": [{"kind": 3}]}', "quotes[0]: 'kind' must be a string"),
        ('{"quotes": [{"starts_with": "x"}]}', 'quotes[0]: it has no "kind"'),
        ('{"quotes": [], "source": {"archive": 5}}', 'a "source" locator must have "archive" and "member" strings'),
    ],
)
def test_eval_quotes_malformed_gold_is_one_line_naming_the_file(ev, gold, message):
    (ev / "x.gold.json").write_text(gold, encoding="utf-8")
    r = run("eval", "quotes", ev)
    assert r.exit_code == 1
    assert r.output.strip() == f"marsad: error: {ev / 'x.gold.json'}: {message}"


def test_eval_quotes_missing_folder_and_file(tmp_path, ev):
    r = run("eval", "quotes", tmp_path / "nonexist")
    assert r.exit_code == 1 and r.output.strip() == f"marsad: error: no such folder: {tmp_path / 'nonexist'}"
    r = run("eval", "quotes", ev / "x.txt")
    assert r.exit_code == 2 and "not a folder" in r.output  # a path of the wrong kind: usage (cli30 item 3)
    r = run("eval", "quotes", ev)  # the folder exists, no gold file
    assert r.exit_code == 1 and "no *.gold.json files in" in r.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("محمد B-PERS\nعلي\n\nفي O\n", "line 2: expected two columns \"token TAG\", found 1: 'علي'"),
        ("", 'no tagged tokens (expected "token TAG" lines)'),
        ("\n\n", 'no tagged tokens (expected "token TAG" lines)'),
        ("محمد B-PERS O\n", "line 1: expected two columns \"token TAG\", found 3"),
        ("محمد X-PER\n", "line 1: tag 'X-PER' is not O, B-X or I-X"),
        ("محمد B-CITY\n", "line 1: tag 'B-CITY' is not O, B-X or I-X"),
        ("محمد PER\n", "line 1: tag 'PER' is not O, B-X or I-X"),
    ],
)
def test_eval_ner_malformed_or_empty_file_fails(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_text(content, encoding="utf-8")
    r = run("eval", "ner", f)
    assert r.exit_code == 1
    assert r.output.startswith(f"marsad: error: cannot evaluate {f}: {message}")
    assert len(r.output.strip().splitlines()) == 1


def test_eval_ner_model_option_names_a_missing_model(tmp_path):
    f = tmp_path / "ok.txt"
    f.write_text("محمد B-PERS\nفي O\n", encoding="utf-8")
    r = run("eval", "ner", f, "--model", tmp_path / "none")
    assert r.exit_code == 1 and "no NER model in" in r.output
