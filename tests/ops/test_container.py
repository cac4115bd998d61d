"""What can be checked of the container files without Docker: the dependency layer comes
before the source, every package is copied, and compose migrates once before the bot."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
COMPOSE = (ROOT / "compose.yaml").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FIND = PYPROJECT["tool"]["setuptools"]["packages"]["find"]
PACKAGES = [pattern.rstrip("*") for pattern in FIND["include"]]


def instructions() -> list[str]:
    """The Dockerfile's instructions, continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    lines = (line.strip() for line in joined.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def index_of(prefix: str) -> int:
    return next(i for i, line in enumerate(instructions()) if line.startswith(prefix))


def test_dependencies_install_in_a_layer_before_the_source() -> None:
    steps = instructions()
    first_source = min(index_of(f"COPY {package} ") for package in PACKAGES)
    assert index_of("COPY pyproject.toml ") < index_of("RUN python -c") < first_source
    assert "pip install -r" in steps[index_of("RUN python -c")]
    assert "pip install --no-deps ." in steps[index_of("RUN pip install")]
    assert index_of("RUN pip install") > first_source


def test_every_package_is_copied_and_none_is_ignored() -> None:
    ignored = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    for package in PACKAGES:
        assert f"COPY {package} ./{package}" in DOCKERFILE
    assert not ignored & {*PACKAGES, "pyproject.toml", "README.md"}
    assert {".env", ".git", ".venv", "tests"} <= ignored  # secrets and bulk stay out


def test_compose_migrates_once_before_the_bot_which_does_not_migrate() -> None:
    migrate = COMPOSE.split("\n  migrate:\n", 1)[1].split("\n  bot:\n", 1)[0]
    bot = COMPOSE.split("\n  bot:\n", 1)[1].split("\n  db:\n", 1)[0]
    assert 'command: ["python", "-m", "db.migrate"]' in migrate
    assert "restart:" not in migrate  # a one-shot job
    assert re.search(r"migrate:\n\s+condition: service_completed_successfully", bot)
    assert 'MIGRATE_ON_START: "false"' in bot


def test_every_variable_compose_reads_is_in_env_example_with_its_default() -> None:
    """docs/operations.md says: copy .env.example, set the token and POSTGRES_PASSWORD."""
    example = dict(
        line.split("=", 1)
        for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    for name, default in re.findall(r"\$\{([A-Z_]+)(?::-([^}]*))?", COMPOSE):
        assert name in example, name
        if default:
            assert example[name] == default, (name, example[name], default)
    assert "POSTGRES_PASSWORD" in example
