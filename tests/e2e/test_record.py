"""/record in a pair, end to end (issue 17, point 5): the anxious partner sees the other's
steadiness beside their own, by name, and the partner never sees how their exercises went."""

from __future__ import annotations

from bot.app import AnyApplication
from domain.content.nudges import PROMISE_ANSWERS
from tests.e2e.test_bids import send_template_bid
from tests.e2e.test_calm import walk_steps
from tests.e2e.test_schedules import setup_couple
from tests.fakebot import FakeTelegram
from tests.support.clock import FakeClock

DONE = dict(PROMISE_ANSWERS)["done"]


async def test_alex_sees_sams_steadiness_beside_their_own(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:30")
    await sam.next_message()

    # Alex asks for time tonight; Sam says yes.
    await send_template_bid(alex, sam)
    await sam.press("💛 Yes")
    await sam.next_message()
    await alex.next_message()

    # Sam promises a text in 5 minutes and keeps it.
    await sam.send("/promise 5m text you from the train")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=5)
    await sam.press(DONE, message=await sam.next_message())
    await sam.next_message()
    assert "kept their promise" in (await alex.next_message()).plain_text

    # Alex settles themself with an exercise; it helps.
    await alex.send("/calm ground")
    card = await alex.next_message()
    await walk_steps(alex, card)
    await alex.press("🙂 A bit better", message=card)
    await alex.next_message()

    # 09:30: Sam's prompt; one tap sends a reassurance.
    clock.advance(minutes=25)
    prompt = await sam.next_message()
    await sam.press(prompt.button_texts()[0], message=prompt)
    await sam.next_message()
    await alex.next_message()

    await alex.send("/record")
    shown = (await alex.next_message()).plain_text
    sams, yours = shown.index("Sam\n"), shown.index("You\n")
    assert sams < yours  # the partner's steadiness comes first
    sam_section, your_section = shown[sams:yours], shown[yours:]
    for line in (
        "Promises kept on time: 1\n",
        "Reassurances sent without being asked: 1\n",
        "Your direct asks answered: 1\n",
    ):
        assert line in sam_section
    assert "Calm exercises done: 1 (left you feeling better)" in your_section
    assert ": 0" not in shown and "The two of you" not in shown

    # Sam's record has Sam's own acts; Alex did nothing for Sam yet, and Alex's exercise
    # is Alex's own: neither shows up as a line against Alex.
    await sam.send("/record")
    mirrored = (await sam.next_message()).plain_text
    assert "Alex\n" not in mirrored and "Calm exercises" not in mirrored
    assert "Promises kept on time: 1\n" in mirrored and "Alex's direct asks answered: 1" in mirrored


async def test_changing_a_routine_keeps_the_record_of_what_was_done(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    """Answered prompts and held check-ins stay on the record when the routine changes
    or stops (they used to be deleted with their schedule)."""
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:30")
    await sam.next_message()
    await sam.send("/checkin 09:40")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=30)
    prompt = await sam.next_message()
    await sam.press(prompt.button_texts()[0], message=prompt)
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=10)
    for person in (alex, sam):
        checkin = await person.next_message()
        await person.press(checkin.button_texts()[0], message=checkin)
        await person.next_message()
    await sam.send("/nudgetime 10:00")  # changed
    await sam.next_message()
    await sam.send("/checkin off")  # stopped
    await sam.next_message()
    await alex.send("/record")
    shown = (await alex.next_message()).plain_text
    assert "Reassurances sent without being asked: 1" in shown, shown
    assert "Check-ins held: 1" in shown, shown
