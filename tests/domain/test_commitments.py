"""The rules of promises and space that need no database: reminder times, the 48-hour
horizon, "+N minutes", and how /space reads its duration."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from db.models import Promise
from domain.commitments import (
    SPACE_DEFAULT_MINUTES,
    beyond_horizon,
    late_by,
    reminder_times,
    space_minutes,
)

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def test_reminders_are_ten_minutes_before_only_when_there_is_time() -> None:
    assert reminder_times(NOW + timedelta(minutes=30), NOW) == [
        NOW + timedelta(minutes=20),
        NOW + timedelta(minutes=30),
    ]
    assert reminder_times(NOW + timedelta(minutes=10), NOW) == [NOW + timedelta(minutes=10)]
    assert reminder_times(NOW + timedelta(minutes=1), NOW) == [NOW + timedelta(minutes=1)]


@pytest.mark.parametrize(
    ("when", "beyond"),
    [("49h", True), ("2881m", True), ("99h", True), ("48h", False), ("2880m", False),
     ("18:30", False), ("soon", False), ("0m", False)],
)  # fmt: skip
def test_only_a_delay_past_48_hours_is_beyond_the_horizon(when: str, beyond: bool) -> None:
    assert beyond_horizon(when) is beyond


def test_late_by_counts_from_the_promised_time_or_from_now_once_it_has_passed() -> None:
    promise = Promise(due_at=NOW + timedelta(minutes=10))
    assert late_by(promise, 10, NOW) == NOW + timedelta(minutes=20)
    assert late_by(promise, 10, NOW + timedelta(minutes=25)) == NOW + timedelta(minutes=35)


@pytest.mark.parametrize(
    ("words", "minutes", "note"),
    [
        ([], SPACE_DEFAULT_MINUTES, []),
        (["45"], 45, []),
        (["30min", "a", "walk"], 30, ["a", "walk"]),
        (["30", "min"], 30, ["min"]),
        (["2h"], 120, []),
        (["2", "hours"], None, ["hours"]),  # 2 minutes: too short
        (["going", "for", "a", "walk"], SPACE_DEFAULT_MINUTES, ["going", "for", "a", "walk"]),
        (["-1"], None, []),
        (["1.5"], None, []),
        (["1.5h"], None, []),
        (["30sec"], None, []),
        (["4"], None, []),
        (["13h"], None, []),
        (["720"], 720, []),
    ],
)
def test_space_reads_a_duration_or_refuses_one_it_cannot(
    words: list[str], minutes: int | None, note: list[str]
) -> None:
    assert space_minutes(words) == (minutes, note)
