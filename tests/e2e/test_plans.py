"""/plans (PRODUCT.md): every open promise, an active space, prompt times, the check-in
and weekly practice, each with a button to change or cancel it."""

from __future__ import annotations

from bot import texts
from bot.app import AnyApplication
from domain.content.nudges import space_back_label
from tests.e2e.test_schedules import setup_couple
from tests.fakebot import FakeTelegram
from tests.support.clock import FakeClock


async def test_nothing_planned_says_how_to_plan(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    await kim.send("/plans")
    assert (await kim.next_message()).plain_text == texts.plans_empty().replace(
        "<code>", ""
    ).replace("</code>", "")


async def test_plans_shows_everything_and_cancelling_a_promise_tells_the_partner(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 30m call you")
    await sam.next_message()
    await alex.next_message()
    await sam.send("/nudgetime 09:45 21:00")
    await sam.next_message()
    await sam.send("/checkin 20:00")
    await sam.next_message()
    await alex.next_message()
    await sam.send("/space 20 a walk")
    await sam.next_message()
    await alex.next_message()

    await sam.send("/plans")
    shown = await sam.next_message()
    for line in (
        "Your promises:",
        "“call you”, 09:30",
        "Your space: back at 09:20",
        "Reassurance prompts: 09:45, 21:00",
        "Daily check-in: 20:00",
    ):
        assert line in shown.plain_text, shown.plain_text
    assert shown.button_texts() == [
        "New time: call you",
        "Cancel: call you",
        space_back_label(),
        "Remove the 09:45 prompt",
        "Remove the 21:00 prompt",
        texts.plans_checkin_off_label(),
    ]
    await alex.send("/plans")  # Alex sees what Sam promised them
    theirs = (await alex.next_message()).plain_text
    assert "Sam's promises to you:" in theirs and "“call you”, 09:30" in theirs

    await sam.press("Cancel: call you")
    assert "Cancelled. I've let Alex know" in (await sam.next_message()).plain_text
    told = (await alex.next_message()).plain_text
    assert "taken back “call you”" in told
    # The list under the button now shows things as they stand (a live view of the edit).
    assert "call you" not in shown.plain_text and "Your space" in shown.plain_text
    assert "Cancel: call you" not in shown.button_texts()
    clock.advance(minutes=30)
    seen = [m.plain_text for m in await _drain(sam)]
    assert not any("call you" in text for text in seen), seen


async def _drain(person):  # type: ignore[no-untyped-def]
    """Every message that arrives within a short while."""
    out = []
    while True:
        try:
            out.append(await person.next_message(timeout=0.5))
        except AssertionError:
            return out


async def test_removing_one_prompt_time_keeps_the_others(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:45 21:00")
    await sam.next_message()
    await sam.send("/plans")
    await sam.next_message()
    await sam.press("Remove the 09:45 prompt")
    await sam.send("/nudgetime")
    assert "21:00" in (shown := (await sam.next_message()).plain_text) and "09:45" not in shown
    await sam.send("/plans")
    assert (await sam.next_message()).button_texts() == ["Remove the 21:00 prompt"]


async def test_a_promise_gets_a_new_time_from_plans_and_the_partner_hears_it(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await alex.send("/timezone Europe/Berlin")
    await alex.next_message()
    await sam.send("/promise 30m call you")
    await sam.next_message()
    await alex.next_message()
    await sam.send("/plans")
    await sam.next_message()
    await sam.press("New time: call you")
    assert "What's the new time?" in (await sam.next_message()).plain_text
    await sam.send("11:00")
    assert "Moved to 11:00. I've told Alex" in (await sam.next_message()).plain_text
    assert "moved “call you” to 12:00" in (await alex.next_message()).plain_text
    clock.advance(minutes=30)  # the old 09:20 and 09:30 are gone
    assert await _drain(sam) == []
    clock.advance(minutes=80)  # 10:50: the heads-up for the new time
    assert "In 10 minutes (11:00)" in (await sam.next_message()).plain_text


async def test_ending_space_early_from_plans_is_im_back(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/space 60")
    await sam.next_message()
    await alex.next_message()
    await sam.send("/plans")
    await sam.next_message()
    await sam.press(space_back_label())
    await sam.next_message()
    assert "is back" in (await alex.next_message()).plain_text
