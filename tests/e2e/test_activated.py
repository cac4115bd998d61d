"""/activated end to end: naming, reflection, next steps, restarts, timeouts and /cancel."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from bot.config import Settings
from db.models import Activation, Base, Dialog
from db.session import make_engine, make_sessionmaker
from domain.content.activation import feeling_question, intro, share_sent, urge_question
from domain.content.exercises import BREATH_INTROS, calm_menu_intro, feeling_check
from domain.content.reroute import both_activated_calm_label, both_activated_continue_label
from tests.e2e.test_pairing import pair_up
from tests.fakebot import FakeTelegram, SimUser
from tests.support.app import running_bot
from tests.support.clock import FakeClock

FEELING = "Scared they're pulling away"
URGE = "Keep texting until they reply"
Row = TypeVar("Row", bound=Base)


async def rows(url: URL, model: type[Row]) -> list[Row]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            return list(await session.scalars(select(model)))
    finally:
        await engine.dispose()


async def name_it(user: SimUser, trigger: str) -> str:
    """Walk the flow up to the reflection; returns the reflection message text."""
    await user.send("/activated")
    assert (await user.next_message()).text == intro()
    await user.send(trigger)
    feeling_q = await user.next_message()
    assert feeling_q.text == feeling_question()
    await user.press(feeling_q.button_texts()[0])
    urge_q = await user.next_message()
    assert urge_q.text == urge_question()
    await user.press(URGE)
    return (await user.next_message()).plain_text


async def test_full_flow_shared_with_partner(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    reflection = await name_it(alex, "Sam went quiet <after> dinner & I spiralled")
    assert "“Sam went quiet <after> dinner & I spiralled”" in reflection
    assert "alarm system, not a verdict" in reflection
    offer = alex.messages[-1]
    assert len(offer.button_texts()) == 3
    await alex.press("🤝 Share this naming with my partner")
    assert (await alex.next_message()).text == share_sent()
    shared = await sam.next_message()
    assert "Alex just stopped to name a hard moment" in shared.plain_text
    assert "alarm system, not a verdict" in shared.plain_text
    acts = await rows(database_url, Activation)
    assert [(a.user_id, a.urge, a.shared) for a in acts] == [(alex.id, "keep_texting", True)]
    assert await rows(database_url, Dialog) == []  # the user's own words are gone


async def test_offer_exercise_and_bid_routes(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await name_it(alex, "No reply all afternoon")
    await alex.press("🌬️ Calm my body first")
    assert (await alex.next_message()).text == calm_menu_intro()
    await name_it(alex, "No reply again")
    await alex.press("💬 Ask my partner for something directly")
    composer = await alex.next_message()
    assert "What would you like to ask for?" in composer.plain_text


async def test_unpaired_user_is_offered_calm_only(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    reflection = await name_it(kim, "Nobody texted back")
    assert "/pair" in reflection
    assert kim.messages[-1].button_texts() == ["🌬️ Calm my body first"]


async def test_both_activated_each_is_offered_calm_first(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await name_it(sam, "Alex seemed cold")
    clock.advance(minutes=5)
    reflection = await name_it(alex, "Sam seemed distant")
    assert "both" in reflection
    offer = alex.messages[-1]
    assert offer.button_texts() == [both_activated_calm_label(), both_activated_continue_label()]
    await alex.press(both_activated_continue_label())
    changed = await alex.next_edit(offer)
    assert len(changed.button_texts()) == 3
    # Sam, activated too, is offered calm first before a bid goes across.
    await sam.press("💬 Ask my partner for something directly")
    await sam.next_message()
    await sam.press(sam.messages[-1].button_texts()[0])
    preview = await sam.next_message()
    await sam.press("Send it", message=preview)
    calm_first = await sam.next_message()
    assert "both" in calm_first.plain_text
    assert calm_first.button_texts() == [both_activated_calm_label(), "Send it anyway"]
    await sam.press(both_activated_calm_label())
    pacer = await sam.next_message()
    assert pacer.plain_text.startswith(BREATH_INTROS[0])
    assert pacer.button_texts() == [texts.breathe_stop()]


async def test_flow_survives_a_restart(
    tg: FakeTelegram, settings: Settings, clock: FakeClock, database_url: URL
) -> None:
    kim = tg.user("Kim")
    async with running_bot(settings, clock):
        await kim.send("/activated")
        await kim.next_message()
        await kim.send("The silence after our call")
        feeling_q = await kim.next_message()
    async with running_bot(settings, clock):
        await kim.press(FEELING, message=feeling_q)
        await kim.next_message()
    async with running_bot(settings, clock):
        await kim.press(URGE)
        reflection = await kim.next_message()
    assert "The silence after our call" in reflection.plain_text


async def test_cancel_timeout_and_wrong_input(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock, database_url: URL
) -> None:
    kim = tg.user("Kim")
    await kim.send("/activated")
    await kim.next_message()
    await kim.send("x" * 501)
    assert "under 500 characters" in (await kim.next_message()).plain_text
    await kim.send("The silence")
    feeling_q = await kim.next_message()
    await kim.send("I feel scared")  # text where a button is expected
    assert (await kim.next_message()).plain_text == texts.tap_a_button()
    await kim.press_forged("act:u:keep_texting", feeling_q)  # a later step's button, too soon
    assert await kim.next_callback_answer() == texts.button_expired()
    await kim.send("/cancel")
    assert (await kim.next_message()).plain_text == texts.flow_cancelled()
    await kim.press(FEELING, message=feeling_q)
    assert await kim.next_callback_answer() == texts.button_expired()
    await kim.send("/cancel")
    assert (await kim.next_message()).plain_text == texts.cancel_nothing()

    await kim.send("/activated")
    await kim.next_message()
    clock.advance(minutes=31)
    await kim.send("Sorry, I got distracted")
    assert (await kim.next_message()).plain_text == texts.flow_timed_out()
    assert await rows(database_url, Dialog) == []
    await kim.send("anything")
    assert (await kim.next_message()).plain_text == texts.stray_text()


async def test_calm_name_starts_the_naming_flow(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    await kim.send("/calm name")
    lead_in = await kim.next_message()
    assert lead_in.text.endswith(intro())
    await kim.send("A short text from them")
    await kim.next_message()
    await kim.press(FEELING)
    await kim.next_message()
    await kim.press(URGE)
    await kim.next_message()
    check = await kim.next_message()
    assert check.plain_text == feeling_check()
    await kim.press("🙂 A bit better", message=check)
    assert "You said" in (await kim.next_message()).plain_text
