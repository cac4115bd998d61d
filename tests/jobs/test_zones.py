"""Zone parsing: IANA names and UTC offsets, as users type them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.zones import local_now, parse_zone, zone_label


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("Asia/Kolkata", "Asia/Kolkata"),
        ("+02:00", "+02:00"),
        ("+2", "+02:00"),
        ("-0530", "-05:30"),
        ("UTC+5:45", "+05:45"),
        ("GMT-3", "-03:00"),
        ("+00:00", "UTC"),
        ("utc", "UTC"),
        ("+14:00", "+14:00"),
    ],
)
def test_accepts(given: str, stored: str) -> None:
    assert parse_zone(given) == stored


@pytest.mark.parametrize(
    "given", ["", "Mars/Olympus", "+15:00", "-13:00", "+02:75", "Berlin", "x" * 100, "<b>"]
)
def test_refuses(given: str) -> None:
    assert parse_zone(given) is None


def test_offsets_and_names_give_local_time() -> None:
    now = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert local_now("+05:30", now).strftime("%H:%M") == "17:30"
    assert local_now("Europe/Berlin", now).strftime("%H:%M") == "14:00"  # summer time
    assert zone_label("+05:30") == "UTC+05:30"
    assert zone_label("Europe/Berlin") == "Europe/Berlin"
