"""PerPersonUpdates: concurrent across people, in order per person, bounded, and a burst
from one person takes one slot."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User
from telegram.ext import SimpleUpdateProcessor

from bot.updates import PerPersonUpdates, person_of

SENT = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)


def update_from(user_id: int, update_id: int) -> Update:
    user = User(id=user_id, first_name="P", is_bot=False)
    chat = Chat(id=user_id, type="private")
    message = Message(message_id=update_id, date=SENT, chat=chat, from_user=user, text="hi")
    return Update(update_id=update_id, message=message)


class Trace:
    """Records starts and ends, and how many ran at once."""

    def __init__(self) -> None:
        self.events: list[tuple[str, int, int]] = []
        self.running = 0
        self.most = 0
        self.gates: dict[int, asyncio.Event] = {}

    async def work(self, person: int, n: int) -> None:
        self.running += 1
        self.most = max(self.most, self.running)
        self.events.append(("start", person, n))
        gate = self.gates.setdefault(n, asyncio.Event())
        await gate.wait()
        self.events.append(("end", person, n))
        self.running -= 1


async def run_all(processor: PerPersonUpdates | SimpleUpdateProcessor, trace: Trace) -> None:
    """Person 1 sends updates 1-5, person 2 update 6, person 3 update 7; then gates open
    in reverse order of sending."""
    plan = [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (2, 6), (3, 7)]
    tasks = [
        asyncio.create_task(processor.process_update(update_from(p, n), trace.work(p, n)))
        for p, n in plan
    ]
    for _ in range(20):
        await asyncio.sleep(0)
    for n in reversed(range(1, 8)):
        trace.gates.setdefault(n, asyncio.Event()).set()
        for _ in range(5):
            await asyncio.sleep(0)
    await asyncio.gather(*tasks)


async def test_one_persons_updates_run_in_order_and_others_alongside() -> None:
    processor, trace = PerPersonUpdates(limit=3), Trace()
    await run_all(processor, trace)
    ones = [n for kind, person, n in trace.events if person == 1]
    assert ones == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]  # each starts after the one before ended
    started_before_first_end = trace.events[: trace.events.index(("end", 1, 1))]
    assert ("start", 2, 6) in started_before_first_end  # others did not wait for person 1
    assert ("start", 3, 7) in started_before_first_end
    assert trace.most == 3  # person 1's burst took one slot, not five
    assert processor.people_waiting == 0


async def test_the_bound_holds_across_people() -> None:
    processor, trace = PerPersonUpdates(limit=2), Trace()
    await run_all(processor, trace)
    assert trace.most == 2


async def test_without_the_person_lock_a_burst_interleaves() -> None:
    """The control: PTB's plain processor lets person 1's updates overtake each other."""
    trace = Trace()
    await run_all(SimpleUpdateProcessor(10), trace)
    ones = [n for kind, person, n in trace.events if person == 1]
    assert ones != [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_whose_update_it_is() -> None:
    assert person_of(update_from(5, 1)) == ("user", 5)
    assert person_of(Update(update_id=2)) is None
    assert person_of("not an update") is None
