"""A database that cannot be prepared is described in one plain line: for SQLite the
file's full path and what is wrong with it, otherwise the error's first line without
SQLAlchemy's link or the password."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db.migrate import describe_preparation_error, upgrade_to_head
from db.urls import normalise_database_url


def failure(url: str) -> str:
    parsed = normalise_database_url(url)
    with pytest.raises(Exception) as caught:
        upgrade_to_head(parsed)
    assert isinstance(caught.value, Exception)
    line = describe_preparation_error(parsed, caught.value)
    assert "\n" not in line
    return line


def test_a_folder_behind_a_file(tmp_path: Path) -> None:
    (tmp_path / "plain-file").write_text("x")
    line = failure(f"sqlite:///{tmp_path}/plain-file/db/steady.db")
    assert (
        f"cannot create the folder {tmp_path}/plain-file/db: {tmp_path}/plain-file is a file"
        in line
    )


def test_a_folder_where_the_file_should_be(tmp_path: Path) -> None:
    line = failure(f"sqlite:///{tmp_path}")
    assert f"{tmp_path} is a folder, not a database file" in line


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("not sqlite, just words " * 100)
    line = failure(f"sqlite:///{tmp_path}/notes.db")
    assert f"{tmp_path}/notes.db exists but is not an SQLite database" in line


def test_a_relative_path_is_named_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").write_text("a file where the folder should be")
    line = failure("sqlite:///./data/steady.db")
    assert f"{tmp_path}/data is a file" in line


def test_a_server_error_is_its_first_line_without_the_password() -> None:
    url = normalise_database_url("postgresql://steady:s3cret-pw@db.example:5432/steady")
    error = OperationalError("connect", {}, Exception('password "s3cret-pw" was refused\nmore'))
    line = describe_preparation_error(url, error)
    assert line.startswith("cannot prepare the database: OperationalError: ")
    assert "s3cret-pw" not in line and "sqlalche.me" not in line and "\n" not in line
    assert "check DATABASE_URL" in line


def test_a_failure_on_a_good_sqlite_file_is_not_blamed_on_the_file(tmp_path: Path) -> None:
    url = normalise_database_url(f"sqlite:///{tmp_path}/steady.db")
    error = OperationalError("ALTER TABLE x", {}, Exception("no such table: x"))
    line = describe_preparation_error(url, error)
    assert line.startswith("cannot prepare the database: OperationalError: ")
    assert "no such table: x" in line
