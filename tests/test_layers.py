"""The import direction between the project's layers, checked so it cannot drift:
db/ knows nothing above it; domain/ (the rules) knows nothing of Telegram, the scheduler,
jobs/ or bot/; jobs/ knows nothing of bot/; bot/config.py, the settings everything else
in bot/ reads, knows nothing of the rest of bot/ (bot/ops/ included: ops code takes the
typed Settings, settings never reach into ops); the safety net's detection and helplines
know nothing of Telegram (they are plain functions)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# package (or module path prefix) -> top-level imports it must never make
RULES = {
    "db": {"bot", "domain", "jobs", "telegram", "apscheduler"},
    "domain": {"bot", "jobs", "telegram", "apscheduler"},
    "jobs": {"bot"},
    "bot/config.py": {"bot", "jobs", "domain", "telegram", "apscheduler"},
    "bot/safety/detect.py": {"telegram", "db", "jobs"},
    "bot/safety/normalise.py": {"telegram", "db", "jobs"},
    "bot/safety/firsts.py": {"telegram", "db", "jobs"},
    "bot/safety/patterns.py": {"telegram", "db", "jobs"},
    "bot/safety/helplines.py": {"telegram", "db", "jobs"},
    "bot/safety/lang": {"telegram", "db", "jobs"},
}


def imported_packages(path: Path) -> set[str]:
    """The top-level packages a module imports, wherever in the module (also inside
    functions and TYPE_CHECKING blocks)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize(("where", "forbidden"), sorted(RULES.items()))
def test_no_layer_imports_from_a_layer_above_it(where: str, forbidden: set[str]) -> None:
    target = ROOT / where
    files = [target] if target.suffix == ".py" else sorted(target.rglob("*.py"))
    assert files, where
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & forbidden)
        for path in files
        if imported_packages(path) & forbidden
    }
    assert wrong == {}


def test_the_check_itself_can_fail(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from bot.config import Settings\n")
    assert imported_packages(module) == {"bot"}
