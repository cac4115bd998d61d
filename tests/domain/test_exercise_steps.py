"""The night rule and the step rules of stepped exercises: which hours are night where the
person is, one step per Next however often it is pressed, and nothing after an end."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from domain.calm import (
    NIGHT_END,
    NIGHT_START,
    close_exercise,
    is_night,
    next_step,
    start_exercise,
    step_view,
)
from domain.content.exercises import EXERCISES
from tests.support.factories import make_user

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def at(hour: int, minute: int = 0, *, month: int = 11) -> datetime:
    return datetime(2026, month, 26, hour, minute, tzinfo=UTC)


def test_night_is_from_ten_in_the_evening_to_six_in_the_morning() -> None:
    assert (NIGHT_START.hour, NIGHT_START.minute, NIGHT_END.hour, NIGHT_END.minute) == (22, 0, 6, 0)
    for hour, minute in ((22, 0), (23, 59), (0, 0), (1, 0), (5, 59)):
        assert is_night(at(hour, minute), "UTC"), (hour, minute)
    for hour, minute in ((6, 0), (9, 0), (12, 0), (18, 30), (21, 59)):
        assert not is_night(at(hour, minute), "UTC"), (hour, minute)


@pytest.mark.parametrize(
    ("instant", "zone", "night"),
    [
        (at(0), "Europe/Berlin", True),  # 01:00 in Berlin
        (at(21), "Europe/Berlin", True),  # 22:00 in Berlin, 21:00 UTC
        (at(5), "Europe/Berlin", False),  # 06:00 in Berlin
        (at(20, 30, month=7), "Europe/Berlin", True),  # 22:30 summer time
        (at(20, 30, month=1), "Europe/Berlin", False),  # 21:30 winter time
        (at(23), "Asia/Tokyo", False),  # 08:00 the next morning in Tokyo
        (at(14), "America/Los_Angeles", False),  # 06:00 there
        (at(13, 59), "America/Los_Angeles", True),  # 05:59 there
        (at(17), "+05:30", True),  # 22:30 at a fixed offset
        (at(16), "-12:00", True),  # 04:00 there
        (at(18), "-12:00", False),  # 06:00 there
    ],
)
def test_night_is_read_on_the_persons_own_clock(instant: datetime, zone: str, night: bool) -> None:
    assert is_night(instant, zone) is night


async def test_next_advances_one_step_per_press_and_ends_with_the_close(
    session: AsyncSession,
) -> None:
    kim = await make_user(session, user_id=303, now=NOW)
    started = await start_exercise(session, user_id=kim.id, name="move", now=NOW, zone="UTC")
    row = started.row
    assert started.ended_messages == [] and row.at_night is False
    words = EXERCISES["move"].variant(0)
    first = step_view(row)
    assert (first.words, first.number, first.total, first.closing) == (
        words[0],
        1,
        len(words) - 1,
        False,
    )
    second = await next_step(session, user_id=kim.id, session_id=row.id, shown=0, now=NOW)
    assert second is not None and (second.words, second.number) == (words[1], 2)
    # The second press of the same Next (a double tap): nothing moves.
    assert await next_step(session, user_id=kim.id, session_id=row.id, shown=0, now=NOW) is None
    assert row.step == 1
    for shown in range(1, first.total):
        view = await next_step(session, user_id=kim.id, session_id=row.id, shown=shown, now=NOW)
        assert view is not None
    assert view.closing and view.words == words[-1] and row.status == "done"
    done = await next_step(session, user_id=kim.id, session_id=row.id, shown=first.total, now=NOW)
    assert done is None


async def test_steps_keep_the_hour_they_began_in(session: AsyncSession) -> None:
    kim = await make_user(session, user_id=303, now=NOW)
    late = at(5, 50)  # 05:50: night, and the steps run on past 06:00
    row = (await start_exercise(session, user_id=kim.id, name="move", now=late, zone="UTC")).row
    assert row.at_night is True
    view = await next_step(session, user_id=kim.id, session_id=row.id, shown=0, now=at(6, 5))
    assert view is not None and view.words == EXERCISES["move"].variant(0, night=True)[1]


async def test_next_does_nothing_after_an_end_or_for_anyone_else(session: AsyncSession) -> None:
    kim = await make_user(session, user_id=303, now=NOW)
    eve = await make_user(session, user_id=404, now=NOW)
    row = (await start_exercise(session, user_id=kim.id, name="ground", now=NOW, zone="UTC")).row
    assert await next_step(session, user_id=eve.id, session_id=row.id, shown=0, now=NOW) is None
    assert (
        await next_step(session, user_id=kim.id, session_id=row.id + 99, shown=0, now=NOW) is None
    )
    assert await next_step(session, user_id=kim.id, session_id=row.id, shown=3, now=NOW) is None
    breathe = (
        await start_exercise(session, user_id=eve.id, name="breathe", now=NOW, zone="UTC")
    ).row
    assert await next_step(session, user_id=eve.id, session_id=breathe.id, shown=0, now=NOW) is None
    assert row.step == 0

    stopped = await close_exercise(
        session, user_id=kim.id, session_id=row.id, status="stopped", now=NOW
    )
    assert stopped is not None
    assert await next_step(session, user_id=kim.id, session_id=row.id, shown=0, now=NOW) is None

    again = (await start_exercise(session, user_id=kim.id, name="ground", now=NOW, zone="UTC")).row
    again.message_id = 77
    replaced = await start_exercise(session, user_id=kim.id, name="nowthen", now=NOW, zone="UTC")
    assert replaced.ended_messages == [77]  # its card can say why it stopped
    assert await next_step(session, user_id=kim.id, session_id=again.id, shown=0, now=NOW) is None
