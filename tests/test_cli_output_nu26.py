"""Output to a reader that cannot take Arabic or goes away (new-user report nu26, C1 and M4): an
ASCII or Latin-1 output escapes Arabic with one warning instead of a traceback, and a command piped
into ``head`` ends with status 0 whichever command it is."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = str(ROOT / "src")


def _marsad(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad.cli.main", *args], cwd=cwd, capture_output=True,
                          env={**os.environ, "PYTHONPATH": SRC, **env}, timeout=120)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("out")
    r = _marsad(["ingest", str(ROOT / "examples" / "000_146a293be66b7c19.txt"), "--db", "s.db", "-q"], d)
    assert r.returncode == 0, r.stderr
    return d


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize("command", [["show", "1"], ["search", "سوريا"], ["quotes"]])
def test_a_non_utf8_output_escapes_arabic_with_one_warning(store: Path, encoding: str, command: list[str]) -> None:
    r = _marsad([*command, "--db", "s.db"], store, PYTHONIOENCODING=encoding)
    err = r.stderr.decode(encoding, "replace")
    assert r.returncode == 0, err
    assert "Traceback" not in err
    assert err.count("marsad: warning: the output encoding (") == 1 and "cannot show Arabic" in err
    out = r.stdout.decode("utf-8", "replace")  # rich writes escapes; click's echo (quotes) writes UTF-8 bytes
    assert "\\u0644\\u0627\\u0641\\u0631\\u0648\\u0641" in out or "لافروف" in out


@pytest.mark.parametrize("command", [["show", "1"], ["search", "لافروف"], ["quotes"], ["export"]])
def test_a_closed_pipe_ends_with_status_0(store: Path, command: list[str]) -> None:
    p = subprocess.Popen([sys.executable, "-m", "marsad.cli.main", *command, "--db", "s.db"], cwd=store,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": SRC})
    assert p.stdout is not None
    p.stdout.read(10)  # the reader takes a little, then goes away (``| head -c 10``)
    p.stdout.close()
    err = p.stderr.read() if p.stderr else b""
    assert p.wait(timeout=120) == 0, err
    assert b"Traceback" not in err
