"""scripts/run and scripts/test with the wrong Python: one clear line, never a broken .venv.

The scripts run for real (bash, their shared scripts/_venv.sh) with fake interpreters on
PATH: small shell scripts that report a version, make a fake venv, log pip and answer
`-m bot`, so nothing is downloaded and the repository's own .venv is never touched.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ("run", "test")
NEEDS = "Steady needs Python 3.11 or newer; set PYTHON=/path/to/python3.11"

# {version} and {log} are filled in per fake. "-m venv [--clear] DIR" copies this very
# script into DIR, so a venv reports the version of the Python that built it, as a real
# one does.
FAKE_PYTHON = """#!/bin/sh
case "$1" in
  -c) echo "{version}" ;;
  -m)
    case "$2" in
      venv)
        shift 2
        if [ "$1" = "--clear" ]; then rm -rf "$2"; shift; fi
        mkdir -p "$1/bin" && cp "$0" "$1/bin/python" && echo "home = fake" > "$1/pyvenv.cfg"
        echo "venv {version} $1" >> "{log}" ;;
      pip) echo "pip {version} $*" >> "{log}" ;;
      *) echo "$2 {version}" >> "{log}" ;;
    esac ;;
esac
"""


def fake_python(path: Path, version: str, log: Path) -> Path:
    """An executable at `path` that answers like a Python of `version`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(FAKE_PYTHON.replace("{version}", version).replace("{log}", str(log)))
    path.chmod(0o755)
    return path


def run_script(name: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """scripts/NAME with only the fakes (then the system's tools) on PATH, .venv in tmp."""
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHON", "VENV", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(ROOT / "scripts" / name)],
        env={
            **base,
            "PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin",
            "VENV": str(tmp_path / "venv"),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_old_python3_stops_with_one_line_and_leaves_no_venv(script: str, tmp_path: Path) -> None:
    log = tmp_path / "calls.log"
    old = fake_python(tmp_path / "bin" / "python3", "3.9.18", log)
    result = run_script(script, tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"steady: {old} is Python 3.9.18; {NEEDS}"]
    assert not (tmp_path / "venv").exists()
    assert not log.exists()  # no venv made, no pip, no bot


def test_a_python_that_is_not_there_is_named(tmp_path: Path) -> None:
    result = run_script("run", tmp_path, PYTHON="python3.11-not-installed")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"steady: python3.11-not-installed not found; {NEEDS}"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_venv_built_with_an_old_python_is_rebuilt_with_a_new_enough_one(
    script: str, tmp_path: Path
) -> None:
    log = tmp_path / "calls.log"
    venv = tmp_path / "venv"
    fake_python(venv / "bin" / "python", "3.9.18", log)  # what an earlier run left behind
    (venv / "pyvenv.cfg").write_text("home = old\n")
    (venv / "leftover").write_text("from the old venv\n")
    new = fake_python(tmp_path / "py311" / "python3.11", "3.11.9", log)

    result = run_script(script, tmp_path, PYTHON=str(new))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"steady: {venv} was built with Python 3.9.18; rebuilding it with {new}…"
    )
    calls = log.read_text().splitlines()
    assert calls[0] == f"venv 3.11.9 {venv}"
    assert all(" 3.11.9" in call for call in calls), calls  # the old python ran nothing
    assert any(call.startswith("pip 3.11.9 -m pip install") and str(ROOT) in call for call in calls)
    assert calls[-1] == ("bot 3.11.9" if script == "run" else "pytest 3.11.9")
    assert not (venv / "leftover").exists()

    log.unlink()  # a second run finds a good venv: nothing is rebuilt or reinstalled
    again = run_script(script, tmp_path, PYTHON=str(new))
    # Only the notes scripts/test gives about checks this machine cannot run (no Chromium,
    # no msgfmt) may be said; nothing about the venv.
    said = [line for line in again.stderr.splitlines() if not line.startswith("steady: no ")]
    assert again.returncode == 0 and said == []
    assert [c for c in log.read_text().splitlines() if c.startswith(("venv", "pip"))] == []


def test_a_missing_venv_is_made_with_python3_when_it_is_new_enough(tmp_path: Path) -> None:
    log = tmp_path / "calls.log"
    fake_python(tmp_path / "bin" / "python3", "3.12.1", log)
    result = run_script("run", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "creating .venv" in result.stderr
    assert log.read_text().splitlines()[0] == f"venv 3.12.1 {tmp_path / 'venv'}"
