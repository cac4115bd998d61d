"""FloodGuard: a burst is counted, answered once, and over after a pause."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.flood import FloodGuard

T0 = datetime(2026, 12, 2, 1, 0, tzinfo=UTC)
QUIET = timedelta(seconds=3)


def guard(max_updates: int = 3) -> FloodGuard:
    return FloodGuard(max_updates, timedelta(seconds=60), quiet=QUIET)


def test_past_the_limit_updates_are_dropped_with_one_warning() -> None:
    g = guard()
    now = T0
    allowed = [g.allow(1, now + timedelta(milliseconds=100 * i)) for i in range(6)]
    assert allowed == [True, True, True, False, False, False]
    assert g.should_warn(1, now) is True
    assert g.should_warn(1, now) is False  # once per burst
    assert g.allow(2, now) is True  # someone else is never affected


def test_a_pause_ends_the_burst_whatever_the_window_says() -> None:
    g = guard()
    for i in range(5):
        g.allow(1, T0 + timedelta(seconds=i))
    g.should_warn(1, T0 + timedelta(seconds=4))
    later = T0 + timedelta(seconds=4) + QUIET
    assert g.allow(1, later) is True  # 7 s into a 60 s window, but after a pause
    for _ in range(5):
        g.allow(1, later)
    assert g.should_warn(1, later) is True  # a new burst may be warned again


def test_a_slow_steady_stream_keeps_one_burst_but_is_not_left_silent() -> None:
    g = guard(max_updates=1000)
    now = T0
    hints = []
    for _ in range(40):  # one message every 2 s: never a pause of 3 s
        g.allow(1, now)
        hints.append(g.first_hint(1, now))
        now += timedelta(seconds=2)
    assert hints.count(True) == 2  # the first, and again after the 60 s window
    assert hints[0] and hints[30]


def test_the_same_button_again_within_a_burst_is_a_repeat() -> None:
    g = guard()
    assert g.repeated_tap(1, 10, "calm:go:breathe", T0) is False
    assert g.repeated_tap(1, 10, "calm:go:breathe", T0 + timedelta(seconds=1)) is True
    assert g.repeated_tap(1, 10, "calm:go:ground", T0 + timedelta(seconds=1)) is False
    assert g.repeated_tap(1, 11, "calm:go:breathe", T0 + timedelta(seconds=1)) is False
    assert g.repeated_tap(2, 10, "calm:go:breathe", T0) is False  # another person
    after_a_pause = T0 + timedelta(seconds=1) + QUIET
    assert g.repeated_tap(1, 10, "calm:go:breathe", after_a_pause) is False
