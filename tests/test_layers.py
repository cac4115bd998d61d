"""The import direction between the project's layers, checked so it cannot drift:
db/ knows nothing above it; domain/ (the rules) knows nothing of Telegram, the scheduler,
jobs/ or bot/; jobs/ knows nothing of bot/; bot/config.py, the settings everything else
in bot/ reads, knows nothing of the rest of bot/ (bot/ops/ included: ops code takes the
typed Settings, settings never reach into ops); no product package imports demo/ or tests/,
and demo/ (the local demo around the fake Bot API) runs the bot as a process, so it
imports nothing of bot/, domain/ or Telegram's library; the safety net's detection and helplines
know nothing of Telegram (they are plain functions). And nothing above db/ (bot/, jobs/,
domain/) builds SQL: all queries live in db/ (db/repositories/, db/session.py), so those
layers import from SQLAlchemy only the types they hand to db/ (session, engine, connection)
and the database URL the settings carry."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# package (or module path prefix) -> top-level imports it must never make
RULES = {
    "db": {"bot", "domain", "jobs", "telegram", "apscheduler", "demo", "tests"},
    "domain": {"bot", "jobs", "telegram", "apscheduler", "demo", "tests"},
    "jobs": {"bot", "demo", "tests"},
    # The product never reaches into the demo or the tests; the demo runs the bot as its
    # own process, so it imports none of bot/ either (only db/ to read the outbox's next
    # due time, and jobs/clock's demo clock file format).
    "bot": {"demo", "tests"},
    "demo": {"bot", "domain", "tests", "telegram"},
    "bot/config.py": {"bot", "jobs", "domain", "telegram", "apscheduler"},
    "bot/safety/detect.py": {"telegram", "db", "jobs"},
    "bot/safety/normalise.py": {"telegram", "db", "jobs"},
    "bot/safety/firsts.py": {"telegram", "db", "jobs"},
    "bot/safety/patterns.py": {"telegram", "db", "jobs"},
    "bot/safety/helplines.py": {"telegram", "db", "jobs"},
    "bot/safety/lang": {"telegram", "db", "jobs"},
}


def imported_modules(path: Path) -> set[str]:
    """The absolute modules a module imports, wherever in the module (also inside functions
    and TYPE_CHECKING blocks)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def imported_packages(path: Path) -> set[str]:
    """The top-level packages a module imports."""
    return {module.split(".")[0] for module in imported_modules(path)}


#: The layers that leave every query to db/.
ABOVE_DB = ("bot", "jobs", "domain")
#: What of SQLAlchemy they may import, by module: types passed to db/ or read from settings.
#: Anything else (select, update, text, func, Table, dialects, sqlalchemy.sql, ...) builds
#: queries, and queries belong in db/.
TYPE_ONLY_SQLALCHEMY = {
    "sqlalchemy.ext.asyncio": {"AsyncConnection", "AsyncEngine", "AsyncSession"},
    "sqlalchemy.engine": {"URL"},
}


def sql_imports(path: Path) -> set[str]:
    """What a module imports from SQLAlchemy beyond those types: `module.name` for each name
    taken with `from ... import`, and the module for a plain `import sqlalchemy...` (which
    reaches everything)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "sqlalchemy"}
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.level == 0
            and node.module.split(".")[0] == "sqlalchemy"
        ):
            allowed = TYPE_ONLY_SQLALCHEMY.get(node.module, set())
            found |= {f"{node.module}.{a.name}" for a in node.names if a.name not in allowed}
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


@pytest.mark.parametrize("layer", ABOVE_DB)
def test_layers_above_db_leave_their_queries_to_it(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files
    wrong = {str(path.relative_to(ROOT)): sorted(sql_imports(path)) for path in files}
    assert {where: found for where, found in wrong.items() if found} == {}


def test_the_check_itself_can_fail(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from bot.config import Settings\n")
    assert imported_packages(module) == {"bot"}


def test_the_sql_check_itself_can_fail(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import sqlalchemy.orm\n"
        "from sqlalchemy import select, func as f\n"
        "from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker\n"
        "from sqlalchemy.engine import URL, create_engine\n"
        "from db.repositories import users\n"
        "def g():\n"
        "    from sqlalchemy.dialects.postgresql import insert\n"
        "    from sqlalchemy.sql import text\n"
    )
    assert sql_imports(module) == {
        "sqlalchemy.orm",
        "sqlalchemy.select",
        "sqlalchemy.func",
        "sqlalchemy.ext.asyncio.async_sessionmaker",
        "sqlalchemy.engine.create_engine",
        "sqlalchemy.dialects.postgresql.insert",
        "sqlalchemy.sql.text",
    }


def test_the_sql_check_lets_type_only_imports_through(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from sqlalchemy.engine import URL\n"
        "from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession\n"
        "if TYPE_CHECKING:\n"
        "    from sqlalchemy.ext.asyncio import AsyncEngine\n"
    )
    assert sql_imports(module) == set()


#: The handlers' one door to data is the domain layer; only the turn itself (common.py:
#: the update's session and the caller's row) and reachability (membership.py: blocked or
#: unblocked, before any turn) reach the database directly.
HANDLER_INFRASTRUCTURE = {"common.py", "membership.py"}


def reaches_the_database(path: Path) -> set[str]:
    """Modules of db/ a module imports beyond the models (repositories, sessions)."""
    return {
        module
        for module in imported_modules(path)
        if module.startswith(("db.repositories", "db.session"))
    }


def test_handlers_reach_data_only_through_the_domain() -> None:
    files = sorted((ROOT / "bot" / "handlers").glob("*.py"))
    assert len(files) > 10
    wrong = {
        path.name: sorted(reaches_the_database(path))
        for path in files
        if path.name not in HANDLER_INFRASTRUCTURE and reaches_the_database(path)
    }
    assert wrong == {}


def test_the_handler_check_itself_can_fail(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from db.repositories.users import get_user\nfrom db.models import User\n")
    assert reaches_the_database(module) == {"db.repositories.users"}
