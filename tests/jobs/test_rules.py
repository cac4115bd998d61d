"""Scheduling rules: local wall-clock times across DST, quiet hours, catch-up and display."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest

from domain.commitments import promise_due
from domain.i18n import speaking
from domain.rules import (
    format_local,
    in_quiet_hours,
    join_am_pm,
    local_to_utc,
    next_daily,
    next_occurrence,
    next_weekly,
    parse_hhmm,
    parse_relative,
    parse_weekday,
    quiet_hours_end,
    skip_missed,
)
from domain.zones import zone_info


def z(*parts: int) -> datetime:
    """A UTC instant, written compactly."""
    return datetime(*parts, tzinfo=UTC)


def chain(at: time, zone: str, start: datetime, count: int) -> list[datetime]:
    """`count` consecutive daily occurrences after `start`, each found from the previous one."""
    found: list[datetime] = []
    after = start
    for _ in range(count):
        after = next_daily(at, zone, after)
        found.append(after)
    return found


# --- parsing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18:30", time(18, 30)),
        ("8:05", time(8, 5)),
        ("08:05", time(8, 5)),
        ("0:00", time(0, 0)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        (" 7:00 ", time(7, 0)),
        ("7:5", time(7, 5)),
        ("8:5", time(8, 5)),
        ("9.30", time(9, 30)),
        ("18.30", time(18, 30)),
        ("21h", time(21, 0)),
        ("21H", time(21, 0)),
        ("21h30", time(21, 30)),
        ("9h05", time(9, 5)),
        ("0h", time(0, 0)),
        ("9am", time(9, 0)),
        ("9pm", time(21, 0)),
        ("9PM", time(21, 0)),
        ("9 pm", time(21, 0)),
        ("9p.m.", time(21, 0)),
        ("9 a.m.", time(9, 0)),
        ("9:30am", time(9, 30)),
        ("9:30pm", time(21, 30)),
        ("9.30pm", time(21, 30)),
        ("7:5pm", time(19, 5)),
        ("12am", time(0, 0)),
        ("12:15am", time(0, 15)),
        ("12pm", time(12, 0)),
        ("12:45pm", time(12, 45)),
        ("1am", time(1, 0)),
        ("11:59pm", time(23, 59)),
    ],
)
def test_parse_hhmm_accepts(text: str, expected: time) -> None:
    parsed = parse_hhmm(text)
    assert parsed == expected
    assert parsed is not None and parsed.tzinfo is None


@pytest.mark.parametrize(
    "text",
    [
        "24:00",
        "25:00",
        "12:60",
        "9.75",
        "9:75",
        "13pm",
        "18:30pm",
        "0am",
        "0pm",
        "00:30am",
        "9",  # morning or evening?
        "21",
        "9.5",  # 9:05 or half past nine?
        "9:",
        "9.",
        "21h5",
        "21hpm",
        "9h30am",
        "9a",
        "9m",
        "9 p m",
        "abc",
        "",
        "1830",
        "123:00",
        "18:30:00",
        "-1:00",
        "18 : 30",
        "noon",
        "\u0661\u0668:\u0663\u0660",  # Arabic-Indic digits
        "\uff19pm",  # a full-width 9
    ],
)
def test_parse_hhmm_refuses(text: str) -> None:
    assert parse_hhmm(text) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["9", "pm"], ["9pm"]),
        (["10:30", "PM", "7", "am"], ["10:30PM", "7am"]),
        (["sun", "6.30", "p.m."], ["sun", "6.30p.m."]),
        (["9pm"], ["9pm"]),
        (["am"], ["am"]),  # nothing before it to join
        (["45m", "am", "I", "late"], ["45m", "am", "I", "late"]),  # not a clock time before it
        (["off"], ["off"]),
    ],
)
def test_join_am_pm_joins_a_separate_am_or_pm_to_the_time_before_it(
    words: list[str], expected: list[str]
) -> None:
    assert join_am_pm(words) == expected


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2h", z(2026, 3, 2, 11, 0)),  # Nh is a duration first, as the contract says
        ("21h", z(2026, 3, 3, 6, 0)),
        ("21h00", z(2026, 3, 2, 21, 0)),
        ("9pm", z(2026, 3, 2, 21, 0)),
        ("8am", z(2026, 3, 3, 8, 0)),  # already past today: tomorrow
        ("45m", z(2026, 3, 2, 9, 45)),
    ],
)
def test_promise_when_reads_durations_first_then_clock_times(when: str, expected: datetime) -> None:
    assert promise_due(when, "UTC", z(2026, 3, 2, 9, 0)) == expected
    assert promise_due("9", "UTC", z(2026, 3, 2, 9, 0)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45m", timedelta(minutes=45)),
        ("2h", timedelta(hours=2)),
        ("90 m", timedelta(minutes=90)),
        ("5 m", timedelta(minutes=5)),
        ("5M", timedelta(minutes=5)),
        ("3H", timedelta(hours=3)),
        ("1m", timedelta(minutes=1)),
        ("2880m", timedelta(minutes=2880)),
        ("48h", timedelta(hours=48)),
        (" 10m ", timedelta(minutes=10)),
    ],
)
def test_parse_relative_accepts(text: str, expected: timedelta) -> None:
    assert parse_relative(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0m",
        "0h",
        "49h",
        "2881m",
        "-5m",
        "+5m",
        "abc",
        "",
        "5",
        "m",
        "1h30m",
        "5  m",
        "5.5h",
        "5mins",
        "5d",
        "99999999999m",
    ],
)
def test_parse_relative_refuses(text: str) -> None:
    assert parse_relative(text) is None


# --- the DST policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "at", "zone", "expected"),
    [
        # Gap: 02:30 does not exist, moves forward by the gap to 03:30 CEST.
        (date(2026, 3, 29), time(2, 30), "Europe/Berlin", z(2026, 3, 29, 1, 30)),
        # Repeat: 02:30 happens twice, the first (CEST) one counts.
        (date(2026, 10, 25), time(2, 30), "Europe/Berlin", z(2026, 10, 25, 0, 30)),
        (date(2026, 3, 8), time(2, 30), "America/New_York", z(2026, 3, 8, 7, 30)),
        (date(2026, 11, 1), time(1, 30), "America/New_York", z(2026, 11, 1, 5, 30)),
        (date(2026, 10, 4), time(2, 30), "Australia/Adelaide", z(2026, 10, 3, 17, 0)),
        (date(2026, 4, 5), time(2, 30), "Australia/Adelaide", z(2026, 4, 4, 16, 0)),
        (date(2026, 7, 1), time(9, 0), "+05:30", z(2026, 7, 1, 3, 30)),
        (date(2026, 7, 1), time(23, 0), "-03:00", z(2026, 7, 2, 2, 0)),
        (date(2026, 7, 1), time(9, 0), "UTC", z(2026, 7, 1, 9, 0)),
        # A caller's fold=1 or tzinfo on `at` must not change the policy.
        (date(2026, 10, 25), time(2, 30, fold=1), "Europe/Berlin", z(2026, 10, 25, 0, 30)),
        (date(2026, 10, 25), time(2, 30, tzinfo=UTC), "Europe/Berlin", z(2026, 10, 25, 0, 30)),
    ],
)
def test_local_to_utc_policy(day: date, at: time, zone: str, expected: datetime) -> None:
    result = local_to_utc(day, at, zone)
    assert result == expected
    assert result.tzinfo is UTC


# --- next_daily ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "at", "start", "expected"),
    [
        # Europe/Berlin 09:00 stays 09:00 local: 08:00Z in CET, 07:00Z in CEST.
        (
            "Europe/Berlin",
            time(9),
            z(2026, 3, 27),
            [z(2026, 3, 27, 8), z(2026, 3, 28, 8), z(2026, 3, 29, 7), z(2026, 3, 30, 7)],
        ),
        (
            "Europe/Berlin",
            time(9),
            z(2026, 10, 23),
            [z(2026, 10, 23, 7), z(2026, 10, 24, 7), z(2026, 10, 25, 8), z(2026, 10, 26, 8)],
        ),
        # 02:30 on the gap day fires at 03:30 CEST; on the repeat day once, then the next day.
        (
            "Europe/Berlin",
            time(2, 30),
            z(2026, 3, 28),
            [z(2026, 3, 28, 1, 30), z(2026, 3, 29, 1, 30), z(2026, 3, 30, 0, 30)],
        ),
        (
            "Europe/Berlin",
            time(2, 30),
            z(2026, 10, 24),
            [z(2026, 10, 24, 0, 30), z(2026, 10, 25, 0, 30), z(2026, 10, 26, 1, 30)],
        ),
        # America/New_York: EST -5 / EDT -4, changes 2026-03-08 and 2026-11-01.
        (
            "America/New_York",
            time(9),
            z(2026, 3, 7),
            [z(2026, 3, 7, 14), z(2026, 3, 8, 13), z(2026, 3, 9, 13)],
        ),
        (
            "America/New_York",
            time(9),
            z(2026, 10, 31),
            [z(2026, 10, 31, 13), z(2026, 11, 1, 14), z(2026, 11, 2, 14)],
        ),
        (
            "America/New_York",
            time(2, 30),
            z(2026, 3, 7),
            [z(2026, 3, 7, 7, 30), z(2026, 3, 8, 7, 30), z(2026, 3, 9, 6, 30)],
        ),
        (
            "America/New_York",
            time(1, 30),
            z(2026, 10, 31),
            [z(2026, 10, 31, 5, 30), z(2026, 11, 1, 5, 30), z(2026, 11, 2, 6, 30)],
        ),
        # Australia/Adelaide: ACDT +10:30 until 2026-04-05, ACST +09:30 until 2026-10-04.
        (
            "Australia/Adelaide",
            time(9),
            z(2026, 4, 3, 12),
            [z(2026, 4, 3, 22, 30), z(2026, 4, 4, 23, 30), z(2026, 4, 5, 23, 30)],
        ),
        (
            "Australia/Adelaide",
            time(9),
            z(2026, 10, 2, 12),
            [z(2026, 10, 2, 23, 30), z(2026, 10, 3, 22, 30), z(2026, 10, 4, 22, 30)],
        ),
        (
            "Australia/Adelaide",
            time(2, 30),
            z(2026, 4, 3, 12),
            [z(2026, 4, 3, 16), z(2026, 4, 4, 16), z(2026, 4, 5, 17)],
        ),
        (
            "Australia/Adelaide",
            time(2, 30),
            z(2026, 10, 2, 12),
            [z(2026, 10, 2, 17), z(2026, 10, 3, 17), z(2026, 10, 4, 16)],
        ),
        # Half- and quarter-hour offsets without DST, and fixed offsets.
        (
            "Asia/Kolkata",
            time(9),
            z(2026, 3, 28),
            [z(2026, 3, 28, 3, 30), z(2026, 3, 29, 3, 30), z(2026, 3, 30, 3, 30)],
        ),
        ("Asia/Kathmandu", time(9), z(2026, 3, 28), [z(2026, 3, 28, 3, 15), z(2026, 3, 29, 3, 15)]),
        (
            "+05:30",
            time(9),
            z(2026, 10, 24),
            [z(2026, 10, 24, 3, 30), z(2026, 10, 25, 3, 30), z(2026, 10, 26, 3, 30)],
        ),
        ("-03:00", time(9), z(2026, 3, 28), [z(2026, 3, 28, 12), z(2026, 3, 29, 12)]),
        # Local date differs from the UTC date of `after`.
        ("-03:00", time(23), z(2026, 1, 1, 1), [z(2026, 1, 1, 2), z(2026, 1, 2, 2)]),
        ("Asia/Kolkata", time(9), z(2026, 1, 1, 20), [z(2026, 1, 2, 3, 30)]),
        ("Asia/Kathmandu", time(0, 10), z(2026, 1, 1, 18, 20), [z(2026, 1, 1, 18, 25)]),
    ],
)
def test_next_daily_chains(zone: str, at: time, start: datetime, expected: list[datetime]) -> None:
    found = chain(at, zone, start, len(expected))
    assert found == expected
    assert all(instant.tzinfo is UTC for instant in found)


def test_next_daily_is_strictly_after() -> None:
    at_nine = z(2026, 6, 1, 7)  # 09:00 CEST
    assert next_daily(time(9), "Europe/Berlin", at_nine) == z(2026, 6, 2, 7)
    assert next_daily(time(9), "Europe/Berlin", at_nine - timedelta(microseconds=1)) == at_nine


def test_next_daily_accepts_after_in_any_zone() -> None:
    after = datetime(2026, 6, 1, 8, 0, tzinfo=zone_info("Europe/Berlin"))  # 06:00Z
    assert next_daily(time(9), "Europe/Berlin", after) == z(2026, 6, 1, 7)


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2026, 6, 1, 8, 0)  # noqa: DTZ001 - deliberately naive
    with pytest.raises(ValueError, match="aware"):
        next_daily(time(9), "Europe/Berlin", naive)
    with pytest.raises(ValueError, match="aware"):
        next_weekly(0, time(9), "Europe/Berlin", naive)
    with pytest.raises(ValueError, match="aware"):
        quiet_hours_end(naive, "Europe/Berlin", time(22), time(7))
    with pytest.raises(ValueError, match="aware"):
        format_local(naive, "Europe/Berlin", z(2026, 6, 1))


# Every local date of 2026, every awkward time: the wall time is `at` (or `at` + 1 h inside the
# spring-forward gap), each local date fires exactly once, the first occurrence on repeat days.
GAP_DAYS = {
    "Europe/Berlin": date(2026, 3, 29),
    "Australia/Adelaide": date(2026, 10, 4),
    "America/New_York": date(2026, 3, 8),
}
REPEAT_DAYS = {
    "Europe/Berlin": date(2026, 10, 25),
    "Australia/Adelaide": date(2026, 4, 5),
    "America/New_York": date(2026, 11, 1),
}


@pytest.mark.parametrize("zone", sorted(GAP_DAYS))
@pytest.mark.parametrize(
    "at",
    [time(0), time(1, 30), time(2), time(2, 30), time(2, 59), time(3), time(9), time(23, 59)],
)
def test_every_day_of_2026_keeps_the_wall_time(zone: str, at: time) -> None:
    tz = zone_info(zone)
    start = datetime(2026, 1, 1, tzinfo=tz).astimezone(UTC) - timedelta(microseconds=1)
    found = chain(at, zone, start, 365)
    previous = start
    for index, instant in enumerate(found):
        day = date(2026, 1, 1) + timedelta(days=index)
        local = instant.astimezone(tz)
        shifted = day == GAP_DAYS[zone] and time(2) <= at < time(3)
        expected_wall = time(at.hour + 1, at.minute) if shifted else at
        assert local.date() == day
        assert local.time() == expected_wall, (day, local)
        assert local.fold == 0, (day, local)  # first occurrence on the repeat day
        assert instant > previous
        previous = instant
    repeat_local = found[(REPEAT_DAYS[zone] - date(2026, 1, 1)).days].astimezone(tz)
    assert repeat_local.time() == at and repeat_local.fold == 0


@pytest.mark.parametrize("zone", ["+05:30", "-03:00", "Asia/Kathmandu", "Asia/Kolkata"])
def test_no_dst_zones_fire_every_24_hours(zone: str) -> None:
    found = chain(time(9), zone, z(2026, 1, 1), 365)
    gaps = {later - earlier for earlier, later in zip(found, found[1:], strict=False)}
    assert gaps == {timedelta(hours=24)}


# --- /promise HH:MM: the next occurrence after now ---------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (z(2026, 6, 1, 16), z(2026, 6, 1, 16, 30)),  # 18:00 CEST: still ahead today
        (z(2026, 6, 1, 16, 30), z(2026, 6, 2, 16, 30)),  # exactly now: tomorrow
        (z(2026, 6, 1, 17), z(2026, 6, 2, 16, 30)),  # passed: tomorrow
        (z(2026, 10, 24, 17), z(2026, 10, 25, 17, 30)),  # tomorrow is in CET
    ],
)
def test_promise_clock_time_is_the_next_occurrence(now: datetime, expected: datetime) -> None:
    assert next_daily(time(18, 30), "Europe/Berlin", now) == expected


# --- next_weekly ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weekday", "at", "zone", "start", "expected"),
    [
        # Monday 09:00 Berlin over the spring change (Sun 2026-03-29).
        (
            0,
            time(9),
            "Europe/Berlin",
            z(2026, 3, 20, 12),
            [z(2026, 3, 23, 8), z(2026, 3, 30, 7), z(2026, 4, 6, 7)],
        ),
        # Monday 09:00 Berlin over the autumn change (Sun 2026-10-25).
        (
            0,
            time(9),
            "Europe/Berlin",
            z(2026, 10, 16),
            [z(2026, 10, 19, 7), z(2026, 10, 26, 8), z(2026, 11, 2, 8)],
        ),
        # Sunday 02:30 Berlin: gap day, then the repeat day fires once.
        (
            6,
            time(2, 30),
            "Europe/Berlin",
            z(2026, 3, 23),
            [z(2026, 3, 29, 1, 30), z(2026, 4, 5, 0, 30)],
        ),
        (
            6,
            time(2, 30),
            "Europe/Berlin",
            z(2026, 10, 19),
            [z(2026, 10, 25, 0, 30), z(2026, 11, 1, 1, 30)],
        ),
        # Sunday 09:00 New York across 2026-03-08.
        (6, time(9), "America/New_York", z(2026, 3, 1, 15), [z(2026, 3, 8, 13)]),
        # Today is the weekday: later today if ahead, next week if passed or exactly now.
        (0, time(9), "Europe/Berlin", z(2026, 3, 30, 6), [z(2026, 3, 30, 7)]),
        (0, time(9), "Europe/Berlin", z(2026, 3, 30, 7), [z(2026, 4, 6, 7)]),
        # It is already Monday in Kolkata while still Sunday in UTC.
        (0, time(1), "Asia/Kolkata", z(2026, 3, 29, 19), [z(2026, 3, 29, 19, 30)]),
        # Saturday 23:00 at -03:00 is Sunday 02:00Z.
        (5, time(23), "-03:00", z(2026, 1, 1), [z(2026, 1, 4, 2), z(2026, 1, 11, 2)]),
        # Adelaide, Sunday 09:00 over 2026-04-05 (ACDT -> ACST).
        (
            6,
            time(9),
            "Australia/Adelaide",
            z(2026, 3, 27),
            [z(2026, 3, 28, 22, 30), z(2026, 4, 4, 23, 30)],
        ),
    ],
)
def test_next_weekly_chains(
    weekday: int, at: time, zone: str, start: datetime, expected: list[datetime]
) -> None:
    found: list[datetime] = []
    after = start
    for _ in expected:
        after = next_weekly(weekday, at, zone, after)
        found.append(after)
    assert found == expected


@pytest.mark.parametrize("weekday", range(7))
def test_next_weekly_whole_year(weekday: int) -> None:
    tz = zone_info("Europe/Berlin")
    after = z(2026, 1, 1)
    for _ in range(52):
        found = next_weekly(weekday, time(9, 15), "Europe/Berlin", after)
        local = found.astimezone(tz)
        assert found > after
        assert local.weekday() == weekday and local.time() == time(9, 15)
        assert local.date() - after.astimezone(tz).date() <= timedelta(days=7)
        after = found


@pytest.mark.parametrize("weekday", [-1, 7])
def test_next_weekly_refuses_bad_weekday(weekday: int) -> None:
    with pytest.raises(ValueError, match="weekday"):
        next_weekly(weekday, time(9), "Europe/Berlin", z(2026, 1, 1))


# --- quiet hours ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "local", "quiet"),
    [
        # Wrapping midnight; the window is [start, end).
        (time(22), time(7), time(21, 59), False),
        (time(22), time(7), time(22), True),
        (time(22), time(7), time(23, 30), True),
        (time(22), time(7), time(0), True),
        (time(22), time(7), time(6, 59, 59), True),
        (time(22), time(7), time(7), False),
        (time(22), time(7), time(12), False),
        # Within one day.
        (time(13), time(15), time(12, 59), False),
        (time(13), time(15), time(13), True),
        (time(13), time(15), time(14, 59), True),
        (time(13), time(15), time(15), False),
        # start == end: no window at all.
        (time(22), time(22), time(22), False),
        (time(22), time(22), time(10), False),
        (time(0), time(0), time(0), False),
        # Edges at midnight.
        (time(0), time(7), time(0), True),
        (time(0), time(7), time(23, 59), False),
        (time(22), time(0), time(23, 59), True),
        (time(22), time(0), time(0), False),
    ],
)
def test_in_quiet_hours(start: time, end: time, local: time, quiet: bool) -> None:
    assert in_quiet_hours(local, start, end) is quiet


@pytest.mark.parametrize(
    ("zone", "start", "end", "now", "expected"),
    [
        # Ordinary night in Berlin (CET): 23:00 -> 07:00 CET = 06:00Z.
        ("Europe/Berlin", time(22), time(7), z(2026, 3, 27, 22), z(2026, 3, 28, 6)),
        # Spring-forward night: the 07:00 end is CEST, 05:00Z.
        ("Europe/Berlin", time(22), time(7), z(2026, 3, 28, 21), z(2026, 3, 29, 5)),
        ("Europe/Berlin", time(22), time(7), z(2026, 3, 28, 21, 30), z(2026, 3, 29, 5)),
        ("Europe/Berlin", time(22), time(7), z(2026, 3, 29, 0, 30), z(2026, 3, 29, 5)),
        ("Europe/Berlin", time(22), time(7), z(2026, 3, 29, 4, 59), z(2026, 3, 29, 5)),
        # Fall-back night: starts in CEST, ends at 07:00 CET = 06:00Z.
        ("Europe/Berlin", time(22), time(7), z(2026, 10, 24, 21), z(2026, 10, 25, 6)),
        ("Europe/Berlin", time(22), time(7), z(2026, 10, 25, 1, 30), z(2026, 10, 25, 6)),
        # New York fall-back night: 23:00 EDT -> 07:00 EST = 12:00Z.
        ("America/New_York", time(22), time(7), z(2026, 11, 1, 3), z(2026, 11, 1, 12)),
        # Adelaide spring-forward night: 22:30 ACST -> 07:00 ACDT = 20:30Z.
        ("Australia/Adelaide", time(22), time(7), z(2026, 10, 3, 13), z(2026, 10, 3, 20, 30)),
        # East of UTC, local date ahead of UTC date: before and after local midnight.
        ("Asia/Kolkata", time(22), time(7), z(2026, 1, 1, 17), z(2026, 1, 2, 1, 30)),
        ("Asia/Kolkata", time(22), time(7), z(2026, 1, 1, 19), z(2026, 1, 2, 1, 30)),
        # Fixed offsets.
        ("-03:00", time(22), time(7), z(2026, 1, 2, 2), z(2026, 1, 2, 10)),
        ("+05:30", time(13), time(15), z(2026, 1, 1, 8), z(2026, 1, 1, 9, 30)),
        # End inside the spring-forward gap moves forward by the gap (policy): 03:30 CEST.
        ("Europe/Berlin", time(1), time(2, 30), z(2026, 3, 29, 0, 30), z(2026, 3, 29, 1, 30)),
        # End inside the repeated hour: first 02:30 while in the first pass...
        ("Europe/Berlin", time(1), time(2, 30), z(2026, 10, 25, 0, 15), z(2026, 10, 25, 0, 30)),
        # ...and the second 02:30 when the wall clock is in its second pass (02:15 CET).
        ("Europe/Berlin", time(1), time(2, 30), z(2026, 10, 25, 1, 15), z(2026, 10, 25, 1, 30)),
    ],
)
def test_quiet_hours_end(
    zone: str, start: time, end: time, now: datetime, expected: datetime
) -> None:
    finish = quiet_hours_end(now, zone, start, end)
    assert finish == expected
    assert finish is not None and finish > now and finish.tzinfo is UTC


@pytest.mark.parametrize(
    ("zone", "start", "end", "now"),
    [
        ("Europe/Berlin", time(22), time(7), z(2026, 3, 28, 20, 59)),  # 21:59 CET
        ("Europe/Berlin", time(22), time(7), z(2026, 3, 29, 5)),  # exactly 07:00 CEST
        ("Europe/Berlin", time(22), time(7), z(2026, 6, 1, 10)),
        ("Europe/Berlin", time(22), time(22), z(2026, 6, 1, 20)),  # start == end
        ("Asia/Kolkata", time(22), time(7), z(2026, 1, 2, 1, 30)),  # exactly 07:00 IST
    ],
)
def test_quiet_hours_end_outside_window(zone: str, start: time, end: time, now: datetime) -> None:
    assert quiet_hours_end(now, zone, start, end) is None


# --- skip_missed ---------------------------------------------------------------------------


class Recorder:
    """An `advance` function that counts its calls."""

    def __init__(self, advance: Callable[[datetime], datetime]) -> None:
        self.advance = advance
        self.calls: list[datetime] = []

    def __call__(self, previous: datetime) -> datetime:
        self.calls.append(previous)
        return self.advance(previous)


def berlin_nine(previous: datetime) -> datetime:
    """Daily 09:00 Europe/Berlin."""
    return next_daily(time(9), "Europe/Berlin", previous)


GRACE = timedelta(minutes=10)


def test_skip_missed_three_days_down() -> None:
    advance = Recorder(berlin_nine)
    # Last due Mon 2026-03-02 09:00 CET; back on Thu 03-05 at 08:00 CET.
    due, skipped = skip_missed(z(2026, 3, 2, 8), z(2026, 3, 5, 7), GRACE, advance)
    assert (due, skipped) == (z(2026, 3, 5, 8), 3)
    assert len(advance.calls) == 3


def test_skip_missed_across_dst_keeps_local_time() -> None:
    due, skipped = skip_missed(z(2026, 3, 27, 8), z(2026, 3, 30, 6), GRACE, berlin_nine)
    assert (due, skipped) == (z(2026, 3, 30, 7), 3)  # 09:00 CEST


def test_skip_missed_keeps_an_occurrence_still_within_grace() -> None:
    # Back 5 minutes after Thursday's 09:00: that one is still worth sending.
    due, skipped = skip_missed(z(2026, 3, 2, 8), z(2026, 3, 5, 8, 5), GRACE, berlin_nine)
    assert (due, skipped) == (z(2026, 3, 5, 8), 3)


@pytest.mark.parametrize(
    "next_due",
    [
        z(2026, 3, 5, 8) - timedelta(minutes=5),  # within grace
        z(2026, 3, 5, 8) - GRACE,  # exactly at the grace boundary
        z(2026, 3, 6, 8),  # in the future
    ],
)
def test_skip_missed_leaves_recent_schedules_alone(next_due: datetime) -> None:
    advance = Recorder(berlin_nine)
    assert skip_missed(next_due, z(2026, 3, 5, 8), GRACE, advance) == (next_due, 0)
    assert advance.calls == []


def test_skip_missed_years_down_jumps_once() -> None:
    advance = Recorder(berlin_nine)
    now = z(2026, 3, 5, 7)
    due, skipped = skip_missed(z(2023, 1, 1, 8), now, GRACE, advance)
    assert due == z(2026, 3, 5, 8)
    missed_days = (date(2026, 3, 5) - date(2023, 1, 1)).days
    assert abs(skipped - missed_days) <= 2  # approximate once it jumps
    assert len(advance.calls) < 100  # not one call per missed day
    assert advance.calls[-1] >= now - GRACE - timedelta(seconds=1)  # the single jump
    assert sum(call >= z(2026, 1, 1) for call in advance.calls) == 1


def test_skip_missed_jump_lands_on_an_occurrence_exactly_at_the_grace_boundary() -> None:
    def quarter_hours(previous: datetime) -> datetime:
        """Every 15 minutes on the UTC clock."""
        step = timedelta(minutes=15)
        return z(2026, 1, 1) + ((previous - z(2026, 1, 1)) // step + 1) * step

    now = z(2026, 3, 5, 12, 10)  # now - grace == 12:00, an occurrence
    due, skipped = skip_missed(z(2026, 3, 3, 12), now, GRACE, quarter_hours)
    assert due == z(2026, 3, 5, 12)
    assert skipped == 2 * 24 * 4  # regular period: the estimate is exact


def test_skip_missed_refuses_a_stuck_advance() -> None:
    with pytest.raises(ValueError, match="strictly after"):
        skip_missed(z(2026, 1, 1), z(2026, 2, 1), GRACE, lambda previous: previous)


def test_skip_missed_refuses_negative_grace() -> None:
    with pytest.raises(ValueError, match="grace"):
        skip_missed(z(2026, 1, 1), z(2026, 2, 1), -GRACE, berlin_nine)


# --- format_local --------------------------------------------------------------------------

# 2026-01-12 16:00Z is already Tuesday 13 Jan 01:00 in Tokyo (+09:00) and 21:30 Mon in Kolkata.
NOW = z(2026, 1, 12, 16)


@pytest.mark.parametrize(
    ("instant", "zone", "shown"),
    [
        (z(2026, 1, 13, 9, 30), "Asia/Tokyo", "18:30"),
        (z(2026, 1, 12, 22), "Asia/Tokyo", "07:00"),  # UTC date is the 12th, local the 13th
        (z(2026, 1, 12, 15, 30), "Asia/Tokyo", "00:30"),  # earlier today, local
        (z(2026, 1, 13, 23), "Asia/Tokyo", "tomorrow 08:00"),  # UTC date says "today"
        (z(2026, 1, 14, 14, 59), "Asia/Tokyo", "tomorrow 23:59"),
        (z(2026, 1, 14, 15), "Asia/Tokyo", "Thu 15 Jan 00:00"),
        (z(2026, 1, 12, 14), "Asia/Tokyo", "Mon 12 Jan 23:00"),  # yesterday, local
        (z(2026, 1, 12, 17), "Asia/Kolkata", "22:30"),
        (z(2026, 1, 12, 19), "Asia/Kolkata", "tomorrow 00:30"),
        (z(2026, 1, 12, 18, 15), "Asia/Kathmandu", "tomorrow 00:00"),
        (z(2026, 1, 12, 18), "+05:30", "23:30"),
        (z(2026, 1, 4, 21, 30), "-03:00", "Sun 4 Jan 18:30"),
        (z(2026, 2, 1, 9), "UTC", "Sun 1 Feb 09:00"),
    ],
)
def test_format_local(instant: datetime, zone: str, shown: str) -> None:
    assert format_local(instant, zone, NOW) == shown


def test_format_local_across_dst() -> None:
    now = z(2026, 3, 28, 12)
    assert format_local(next_daily(time(9), "Europe/Berlin", now), "Europe/Berlin", now) == (
        "tomorrow 09:00"
    )
    assert format_local(z(2026, 3, 29, 1, 30), "Europe/Berlin", now) == "tomorrow 03:30"


# --- next_occurrence -----------------------------------------------------------------------


@pytest.mark.parametrize("weekday", [None, 0, 3, 6])
@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "+05:30"])
def test_next_occurrence_is_weekly_with_a_weekday_and_daily_without(
    weekday: int | None, zone: str
) -> None:
    after = z(2026, 3, 28, 12)
    expected = (
        next_daily(time(9), zone, after)
        if weekday is None
        else next_weekly(weekday, time(9), zone, after)
    )
    assert next_occurrence(time(9), weekday, zone, after) == expected


@pytest.mark.parametrize(
    ("text", "weekday"),
    [("mon", 0), ("Monday", 0), ("TUES", 1), (" wed ", 2), ("sunday", 6), ("sat", 5)],
)
def test_weekdays_are_read_from_their_first_three_letters(text: str, weekday: int) -> None:
    assert parse_weekday(text) == weekday


@pytest.mark.parametrize("text", ["", "mo", "x", "funday", "1", "понедельник"])
def test_anything_else_names_no_weekday(text: str) -> None:
    assert parse_weekday(text) is None


@pytest.mark.parametrize(
    ("locale", "typed", "weekday"),
    [
        ("de", "So", 6),
        ("de", "mi.", 2),
        ("de", "Donnerstag", 3),
        ("es", "miercoles", 2),
        ("es", "sáb", 5),
        ("pt_BR", "sex", 4),
        ("pt_BR", "terça", 1),
        ("ru", "ср", 2),
        ("ru", "Пятница", 4),
        ("ru", "sun", 6),  # English is understood in every language
    ],
)
def test_weekdays_are_read_in_the_language_spoken(locale: str, typed: str, weekday: int) -> None:
    with speaking(locale):
        assert parse_weekday(typed) == weekday


@pytest.mark.parametrize(("locale", "typed"), [("de", "s"), ("de", "Sonnabendx"), ("en", "so")])
def test_a_word_naming_no_single_weekday_is_refused(locale: str, typed: str) -> None:
    with speaking(locale):
        assert parse_weekday(typed) is None


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Wed 16 Sep 18:30"),
        ("de", "Mi., 16. Sept. 18:30"),
        ("es", "mié, 16 sept 18:30"),
        ("pt_BR", "qua., 16 de set. 18:30"),
        ("ru", "ср, 16 сент. 18:30"),
    ],
)
def test_dates_are_written_in_the_language_spoken_in_the_readers_zone(
    locale: str, expected: str
) -> None:
    now = datetime(2026, 9, 14, 8, 0, tzinfo=UTC)
    later = datetime(2026, 9, 16, 16, 30, tzinfo=UTC)  # 18:30 in Berlin (CEST)
    with speaking(locale):
        assert format_local(later, "Europe/Berlin", now) == expected
