"""/calm end to end: the menu, every exercise, the live pacer, the steps, Stop, and how
it went."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from bot.pacer import breath_frames, pattern_for
from db.models import ExerciseSession
from db.session import make_engine, make_sessionmaker
from domain.content.exercises import EXERCISES, STEP_LIMIT, Step, feeling_check
from domain.content.reroute import REROUTE_OPTIONS
from tests.fakebot import ChatMessage, FakeTelegram, SimUser
from tests.support.clock import FakeClock


async def sessions_of(url: URL, user_id: int) -> list[ExerciseSession]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            rows = await session.scalars(
                select(ExerciseSession)
                .where(ExerciseSession.user_id == user_id)
                .order_by(ExerciseSession.id)
            )
            return list(rows)
    finally:
        await engine.dispose()


async def run_pacer_to_end(user: SimUser, message: ChatMessage) -> ChatMessage:
    """Follow the pacer's edits until the feeling question appears."""
    while feeling_check() not in message.plain_text:
        message = await user.next_edit(message, timeout=5)
    return message


def plain(html: str) -> str:
    """Content as the person reads it (tags gone), to compare with message text."""
    return re.sub(r"</?[bi]>", "", html)


#: A step's card adds the exercise's title and "Step 2 of 4" around its words.
CARD_LIMIT = STEP_LIMIT + 80


async def walk_steps(user: SimUser, card: ChatMessage) -> list[str]:
    """Press Next until the feeling question shows; every screen the card showed, in order
    (the close with the question last)."""
    screens = [card.plain_text]
    while feeling_check() not in card.plain_text:
        assert card.button_texts() == [texts.step_next(), texts.breathe_stop()], screens
        await user.press(texts.step_next(), message=card)
        assert await user.next_callback_answer() == ""
        card = await user.next_edit(card)
        screens.append(card.plain_text)
    return screens


async def test_menu_and_every_text_exercise(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    await kim.send("/calm")
    menu = await kim.next_message()
    assert menu.button_texts() == [e.title for e in EXERCISES.values()]
    for name in ("ground", "nowthen", "move", "reachout"):
        clock.advance(minutes=11)  # spaced out: no re-route
        await kim.press(EXERCISES[name].title, message=menu)
        shown = await kim.next_message()
        assert EXERCISES[name].title in shown.plain_text
        assert feeling_check() not in shown.plain_text
        screens = await walk_steps(kim, shown)
        assert len(screens) == len(EXERCISES[name].variant(0))
        assert shown.plain_text.rstrip().endswith(feeling_check())
        assert len(shown.button_texts()) == 3
        await kim.press("🙂 A bit better", message=shown)
        ack = await kim.next_message()
        assert "You said: 🙂 A bit better" in ack.plain_text
        assert shown.buttons == []
    rows = await sessions_of(database_url, kim.id)
    assert [(r.exercise, r.outcome, r.status) for r in rows] == [
        (n, "better", "done") for n in ("ground", "nowthen", "move", "reachout")
    ]


def daytime_words(name: str, variant: int) -> list[str]:
    """The words of a variant's steps that suit only the daytime."""
    steps: tuple[Step, ...] = EXERCISES[name].variants[variant]
    return [plain(s.text) for s in steps if s.night is not None or s.daytime_only]


async def test_steps_at_one_in_the_morning_keep_to_the_night(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL, clock: FakeClock
) -> None:
    """01:00 on the person's own clock: one short step at a time, no walk outside and no
    message to a friend now, and "how do you feel now?" only once the steps are done."""
    kim = tg.user("Kim")
    clock.set(datetime(2026, 11, 27, 0, 0, tzinfo=UTC))  # 01:00 in Berlin, 00:00 UTC
    await kim.send("/timezone Europe/Berlin")
    assert "01:00" in (await kim.next_message()).plain_text
    for name in ("move", "reachout"):
        await kim.send(f"/calm {name}")
        card = await kim.next_message()
        screens = await walk_steps(kim, card)
        night = [plain(words) for words in EXERCISES[name].variant(0, night=True)]
        assert len(screens) == len(night)
        for screen, words in zip(screens, night, strict=True):
            assert words in screen
            assert len(screen.encode("utf-16-le")) // 2 <= CARD_LIMIT, screen
        for words in daytime_words(name, 0):
            assert all(words not in screen for screen in screens), words
        assert all(feeling_check() not in screen for screen in screens[:-1])
        assert screens[-1].endswith(feeling_check())
        await kim.press("😐 About the same", message=card)
        assert "You said" in (await kim.next_message()).plain_text
        clock.advance(minutes=11)  # 01:11, still night; and no re-route
    rows = await sessions_of(database_url, kim.id)
    assert [(r.exercise, r.at_night, r.status, r.outcome) for r in rows] == [
        ("move", True, "done", "same"),
        ("reachout", True, "done", "same"),
    ]
    await kim.expect_no_message()


async def test_the_same_steps_in_the_daytime_may_go_outside(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    kim = tg.user("Kim")  # 09:00 UTC, Kim's zone: the default (UTC)
    await kim.send("/calm move")
    screens = await walk_steps(kim, await kim.next_message())
    day = [plain(words) for words in EXERCISES["move"].variant(0)]
    assert all(words in screen for screen, words in zip(screens, day, strict=True))
    assert any("outside" in screen for screen in screens)
    assert [r.at_night for r in await sessions_of(database_url, kim.id)] == [False]


async def test_a_double_tap_on_next_advances_once(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL, clock: FakeClock
) -> None:
    kim, eve = tg.user("Kim"), tg.user("Eve")
    await kim.send("/calm ground")
    card = await kim.next_message()
    first_next = card.find_button(texts.step_next())
    assert first_next is not None and first_next.callback_data is not None
    await kim.press(texts.step_next(), message=card)
    await kim.press(texts.step_next(), message=card)  # the second tap, before the edit lands
    assert [await kim.next_callback_answer() for _ in range(2)] == ["", ""]
    card = await kim.next_edit(card)
    await kim.expect_no_message(within=0.3)
    assert len(card.edits) == 1 and "Step 2 of 4" in card.plain_text
    assert [r.step for r in await sessions_of(database_url, kim.id)] == [1]

    clock.advance(seconds=5)  # later, not a double tap: the old Next is stale
    await kim.press_forged(first_next.callback_data, card)
    assert await kim.next_callback_answer() == texts.button_expired()
    session_id = (await sessions_of(database_url, kim.id))[0].id
    for forged in (f"calm:next:{session_id}:7", f"calm:next:{session_id + 1}:1", "calm:next:x:1"):
        await kim.press_forged(forged, card)
        assert await kim.next_callback_answer() == texts.button_expired()
    await eve.send("/start")
    eve_msg = await eve.next_message()
    await eve.press_forged(f"calm:next:{session_id}:1", eve_msg)  # someone else's exercise
    assert await eve.next_callback_answer() == texts.button_expired()
    assert len(card.edits) == 1 and "Step 2 of 4" in card.plain_text
    assert [r.step for r in await sessions_of(database_url, kim.id)] == [1]
    await walk_steps(kim, card)  # the real Next still goes on from where it is


async def test_stop_in_the_middle_of_the_steps(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    await kim.send("/calm nowthen")
    card = await kim.next_message()
    await kim.press(texts.step_next(), message=card)
    assert await kim.next_callback_answer() == ""
    card = await kim.next_edit(card)
    live_next = card.find_button(texts.step_next())
    assert live_next is not None and live_next.callback_data is not None
    await kim.press(texts.breathe_stop(), message=card)
    assert await kim.next_callback_answer() == ""
    card = await kim.next_edit(card)
    assert texts.steps_stopped() in card.plain_text and card.buttons == []
    assert feeling_check() not in card.plain_text
    clock.advance(seconds=5)
    await kim.press_forged(live_next.callback_data, card)  # Next after Stop: nothing lands
    assert await kim.next_callback_answer() == texts.button_expired()
    await kim.expect_no_message(within=0.3)
    assert len(card.edits) == 2
    rows = await sessions_of(database_url, kim.id)
    assert [(r.status, r.outcome) for r in rows] == [("stopped", None)]


async def test_another_exercise_or_cancel_in_the_middle_ends_the_steps(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    await kim.send("/calm ground")
    card = await kim.next_message()
    await kim.press(texts.step_next(), message=card)
    assert await kim.next_callback_answer() == ""
    card = await kim.next_edit(card)
    live_next = card.find_button(texts.step_next())
    assert live_next is not None and live_next.callback_data is not None
    await kim.send("/calm breathe")
    moved_on = await kim.edit_showing(card, texts.steps_moved_on())
    assert moved_on.plain_text == texts.steps_moved_on() and moved_on.buttons == []
    pacer = await kim.next_message()
    assert pacer.button_texts() == [texts.breathe_stop()]
    await kim.press_forged(live_next.callback_data, card)
    assert await kim.next_callback_answer() == texts.button_expired()
    assert moved_on.plain_text == texts.steps_moved_on()

    clock.advance(minutes=11)
    await kim.send("/calm move")  # ends the pacer too, and starts the steps
    card = await kim.next_message()
    await kim.edit_showing(pacer, texts.breath_moved_on())
    await kim.send("/cancel")
    await kim.edit_showing(card, texts.steps_stopped())
    assert card.buttons == []
    assert (await kim.next_message()).text == texts.flow_cancelled()
    statuses = [(r.exercise, r.status) for r in await sessions_of(database_url, kim.id)]
    assert statuses == [("ground", "stopped"), ("breathe", "stopped"), ("move", "stopped")]


async def test_a_new_exercise_while_a_next_is_in_flight_has_the_last_word(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    """/calm move sent while Next's edit hangs: the step lands first, then the card says it
    moved on, and nothing lands after that."""
    kim = tg.user("Kim")
    await kim.send("/calm ground")
    card = await kim.next_message()
    tg.delay_next("editMessageText", 0.4, chat_id=kim.id)
    await kim.press(texts.step_next(), message=card)
    assert await tg._wait_until(lambda: tg.calls_held == 1, 2)
    await kim.send("/calm move")
    await kim.edit_showing(card, texts.steps_moved_on(), timeout=3)
    assert EXERCISES["move"].title in (await kim.next_message()).plain_text
    await kim.expect_no_message(within=0.6)
    assert card.plain_text == texts.steps_moved_on()
    assert len(card.edits) == 2  # the step that was in flight, then "moved on"


async def test_feeling_answer_only_once_and_only_by_its_owner(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    kim, eve = tg.user("Kim"), tg.user("Eve")
    await kim.send("/calm ground")
    shown = await kim.next_message()
    await walk_steps(kim, shown)
    session_id = (await sessions_of(database_url, kim.id))[0].id
    await eve.send("/start")
    eve_msg = await eve.next_message()
    await eve.press_forged(f"feel:{session_id}:worse", eve_msg)
    assert await eve.next_callback_answer() == texts.button_expired()
    await kim.press("😔 Worse", message=shown)
    assert await kim.next_callback_answer() == ""
    assert "findahelpline.com" in (await kim.next_message()).plain_text
    await kim.press_forged(f"feel:{session_id}:better", shown)
    assert await kim.next_callback_answer() == texts.button_expired()
    assert (await sessions_of(database_url, kim.id))[0].outcome == "worse"


async def test_breathe_is_one_message_edited_step_by_step(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    kim = tg.user("Kim")
    await kim.send("/calm Breathe")
    pacer = await kim.next_message()
    assert pacer.button_texts() == [texts.breathe_stop()]
    pacer = await run_pacer_to_end(kim, pacer)
    frames = breath_frames(pattern_for(0))
    assert len(pacer.edits) == len(frames) + 1  # every phase, then the outro
    assert any("Breathe in" in e for e in pacer.edits) and any(
        "Breathe out" in e for e in pacer.edits
    )
    assert "Round 4 of 4" in pacer.edits[-1]
    await kim.press("😐 About the same", message=pacer)
    await kim.next_message()
    rows = await sessions_of(database_url, kim.id)
    assert [(r.exercise, r.status, r.outcome) for r in rows] == [("breathe", "done", "same")]
    await kim.expect_no_message()


async def test_stop_and_starting_another_exercise_cancel_the_pacer(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    await kim.send("/calm breathe")
    pacer = await kim.next_message()
    pacer = await kim.next_edit(pacer)
    await kim.press(texts.breathe_stop(), message=pacer)
    stopped = await kim.edit_showing(pacer, "Stopped")  # a step may land before the press
    assert len(stopped.button_texts()) == 3
    edits = len(stopped.edits)
    await kim.expect_no_message(within=0.3)
    assert len(stopped.edits) == edits  # no step ran after Stop
    clock.advance(seconds=5)  # a later press, not a double tap (that draws nothing)
    await kim.press_forged(f"calm:stop:{(await sessions_of(database_url, kim.id))[0].id}", pacer)
    assert await kim.next_callback_answer() == ""  # the real Stop
    assert await kim.next_callback_answer() == texts.button_expired()  # stopping twice

    clock.advance(minutes=11)
    await kim.send("/calm breathe")
    second = await kim.next_message()
    second = await kim.next_edit(second)
    await kim.send("/calm move")
    moved_on = await kim.edit_showing(second, texts.breath_moved_on())
    assert moved_on.plain_text == texts.breath_moved_on()
    assert "move" in (await kim.next_message()).plain_text.lower()
    edits = len(moved_on.edits)
    await kim.expect_no_message(within=0.3)
    assert len(moved_on.edits) == edits
    statuses = [r.status for r in await sessions_of(database_url, kim.id)]
    assert statuses == ["stopped", "stopped", "running"]


async def test_stop_pressed_while_a_step_is_in_flight_has_the_last_word(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    """A step that already fired when Stop is pressed must not land after "Stopped"."""
    kim = tg.user("Kim")
    await kim.send("/calm breathe")
    pacer = await kim.next_message()
    tg.delay_next("editMessageText", 0.4, chat_id=kim.id)  # the first step's edit hangs
    assert await tg._wait_until(lambda: tg.calls_held == 1, 2)
    await kim.press(texts.breathe_stop(), message=pacer)
    await kim.edit_showing(pacer, "Stopped", timeout=3)
    await kim.expect_no_message(within=0.6)
    assert "Stopped" in pacer.plain_text
    assert len(pacer.edits) == 2  # the step that was in flight, then Stop's


async def test_a_new_exercise_while_a_step_is_in_flight_still_tidies_the_pacer(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    """/calm move or /cancel while a step's edit is in flight: the pacer ends with a line
    saying why, and no step lands afterwards."""
    kim = tg.user("Kim")
    for command, reply in (("/calm move", "move"), ("/cancel", "")):
        clock.advance(minutes=11)
        await kim.send("/calm breathe")
        pacer = await kim.next_message()
        held = tg.calls_held
        tg.delay_next("editMessageText", 0.4, chat_id=kim.id)
        assert await tg._wait_until(lambda held=held: tg.calls_held > held, 2)
        await kim.send(command)
        await kim.edit_showing(pacer, texts.breath_moved_on(), timeout=3)
        assert reply in (await kim.next_message()).plain_text.lower()
        await kim.expect_no_message(within=0.4)
        assert pacer.plain_text == texts.breath_moved_on()


async def test_unknown_exercise_lists_the_valid_ones(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    for bad in ("yoga", "<b>x</b>", "breathe now"):
        await kim.send(f"/calm {bad}")
        reply = (await kim.next_message()).plain_text
        assert all(name in reply for name in EXERCISES) and "/calm breathe" in reply


async def test_repeated_calm_gets_a_gentle_different_route(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    for _ in range(2):
        await kim.send("/calm ground")
        await kim.next_message()
        clock.advance(minutes=2)
    await kim.send("/calm ground")
    offer = await kim.next_message()
    assert offer.button_texts() == [label for _, label in REROUTE_OPTIONS]
    await kim.press("Carry on as before", message=offer)
    assert EXERCISES["ground"].title in (await kim.next_message()).plain_text
    await kim.send("/calm")
    offer = await kim.next_message()
    await kim.press("🚶 A short walk or some movement", message=offer)
    assert EXERCISES["move"].title in (await kim.next_message()).plain_text
    clock.advance(minutes=11)
    await kim.send("/calm ground")
    assert EXERCISES["ground"].title in (await kim.next_message()).plain_text


async def test_the_third_worse_in_a_week_points_gently_to_human_help(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    for answer in range(4):
        clock.advance(hours=20)
        await kim.send("/calm ground")
        shown = await kim.next_message()
        await walk_steps(kim, shown)
        await kim.press("😔 Worse", message=shown)
        assert "You said: 😔 Worse" in (await kim.next_message()).plain_text
        if answer == 2:  # the third within a week, once
            assert (await kim.next_message()).text == texts.worse_again_human_help()
        await kim.expect_no_message(within=0.2)
    await kim.send("/help")
    assert "Emotionally Focused Therapy (EFT)" in (await kim.next_message()).plain_text
