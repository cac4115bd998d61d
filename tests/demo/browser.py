"""Start `python -m demo` as a process and find a headless Chromium to drive its page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
DRIVER = "chromedriver"


def browser_missing() -> str | None:
    """Why the browser test cannot run here, or None when it can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not any(shutil.which(name) for name in CHROMIUM) or not shutil.which(DRIVER):
        return "no Chromium and chromedriver here (apt-get install chromium chromium-driver)"
    return None


@contextmanager
def demo_process(
    *args: str, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`python -m demo --port 0 ARGS`; yields its URL (from the one line it prints)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "demo", "--port", "0", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+/", line)
        if not found:
            process.kill()
            errors = process.stderr.read() if process.stderr else ""
            raise AssertionError(f"the demo printed {line!r}; stderr: {errors}")
        yield found.group(0), process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def wait_for(predicate: object, timeout: float = 10.0, every: float = 0.1) -> None:
    """Poll a callable until it is truthy (AssertionError on timeout)."""
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(every)
    raise AssertionError(
        f"timed out after {timeout}s waiting for {getattr(predicate, '__name__', predicate)}"
    )
