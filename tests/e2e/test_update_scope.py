"""One database session per update, and the caller's row written only when it changed.

Every handler group of an update (reactivation, the flow router, the command) shares the
update's session (bot/scope.py). Before, each `turn()` opened a session of its own and
rewrote the user row, and reactivation rewrote it again: up to four sessions and three
UPDATEs for one message typed inside a flow.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event

from bot.app import AnyApplication
from bot.runtime import get_runtime
from domain.content.bids import bid_own_label
from tests.e2e.test_pairing import pair_up
from tests.fakebot import FakeTelegram


@dataclass
class Watch:
    """Sessions the handlers opened and the statements that wrote to `users`."""

    sessions: int = 0
    user_writes: list[str] = field(default_factory=list)

    def reset(self) -> None:
        self.sessions, self.user_writes = 0, []


@contextmanager
def watching(bot: AnyApplication) -> Iterator[Watch]:
    """Count the handlers' sessions (the runtime's factory) and every INSERT/UPDATE on
    users (the engine's statements, the scheduler's included)."""
    runtime = get_runtime(bot)
    engine = bot.bot_data.engine
    assert engine is not None
    watch = Watch()
    factory = runtime.sessions

    def counting(*args: Any, **kwargs: Any) -> Any:
        watch.sessions += 1
        return factory(*args, **kwargs)

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        words = statement.split()
        if words[:2] == ["UPDATE", "users"] or words[:3] == ["INSERT", "INTO", "users"]:
            watch.user_writes.append(statement)

    runtime.sessions = counting  # type: ignore[assignment]  # a counting stand-in
    event.listen(engine.sync_engine, "before_cursor_execute", on_statement)
    try:
        yield watch
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", on_statement)
        runtime.sessions = factory


async def test_each_update_opens_one_session_and_writes_the_user_row_only_on_change(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    with watching(bot) as watch:
        await alex.send("/settings")
        assert "Time zone" in (await alex.next_message()).plain_text
        assert (watch.sessions, watch.user_writes) == (1, [])

        watch.reset()
        await alex.send("/bid")  # a flow: several handlers read and write in this update
        await alex.next_message()
        await alex.press(bid_own_label())
        await alex.next_message()
        assert watch.sessions == 2 and watch.user_writes == []

        watch.reset()
        await alex.send("Could we talk tonight?")  # routed to the flow's step
        assert "Could we talk tonight?" in (await alex.next_message()).plain_text
        assert (watch.sessions, watch.user_writes) == (1, [])

        watch.reset()
        alex.first_name = "Alexandra"  # renamed in Telegram: one write, then none
        await alex.send("/settings")
        await alex.next_message()
        assert watch.sessions == 1 and len(watch.user_writes) == 1
        watch.reset()
        await alex.send("/settings")
        await alex.next_message()
        assert (watch.sessions, watch.user_writes) == (1, [])


async def test_a_new_person_is_created_once_in_their_first_update(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    kim = tg.user("Kim")
    with watching(bot) as watch:
        await kim.send("/start")
        await kim.next_message()
        assert watch.sessions == 1
        assert [w.split()[0] for w in watch.user_writes] == ["INSERT"]
