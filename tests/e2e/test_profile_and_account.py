"""/timezone, /settings, /deletedata and the crisis reply, end to end."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from db.models import Base, InviteCode, User
from db.session import make_engine
from tests.e2e.test_calm import walk_steps
from tests.e2e.test_pairing import pair_ids, pair_up
from tests.fakebot import FakeTelegram


async def test_timezone_show_set_and_refuse(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    await kim.send("/timezone")
    shown = await kim.next_message()
    assert "Your time zone is UTC (the default" in shown.plain_text
    assert "it's 09:00 there now" in shown.plain_text  # the test clock
    await kim.send("/timezone europe/berlin")
    assert (
        "Time zone set to Europe/Berlin; it's 10:00 there now"
        in (await kim.next_message()).plain_text
    )
    await kim.send("/timezone +05:30")
    assert "UTC+05:30; it's 14:30" in (await kim.next_message()).plain_text
    for bad in ("Mars/Olympus", "+25:00", "<script>alert(1)</script>", "x" * 300):
        await kim.send(f"/timezone {bad}")
        reply = await kim.next_message()
        assert "I don't know the zone" in reply.plain_text
        assert "/timezone Europe/Berlin" in reply.plain_text
    await kim.send("/settings")
    assert "Time zone: UTC+05:30" in (await kim.next_message()).plain_text


async def test_settings_for_a_new_user(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    await kim.send("/settings")
    text = (await kim.next_message()).plain_text
    for line in (
        "Role: not chosen yet",
        "Time zone: UTC",
        "Quiet hours: off",
        "Pause: off",
        "Pairing: not paired (/pair)",
    ):
        assert line in text


async def count_rows(url: URL) -> dict[str, int]:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return {
                table.name: int(await conn.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }
    finally:
        await engine.dispose()


async def test_deletedata_removes_everything_and_tells_partner_only_that_it_ended(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/timezone Europe/Berlin")
    await alex.next_message()
    await alex.send("/pair")  # leaves no invite behind: already paired
    await alex.next_message()

    await alex.send("/deletedata")
    confirm = await alex.next_message()
    assert "can't be undone" in confirm.plain_text
    await alex.press(texts.delete_no())
    assert (await alex.next_edit(confirm)).plain_text == texts.delete_kept()
    assert alex.id in await pair_ids(database_url)

    await alex.send("/deletedata")
    confirm = await alex.next_message()
    await alex.press(texts.delete_yes())
    assert (await alex.next_edit(confirm)).plain_text == texts.delete_done()
    told = await sam.next_message()
    assert told.plain_text == texts.pair_ended()
    assert "Alex" not in told.plain_text

    ids = await pair_ids(database_url)
    assert alex.id not in ids and ids[sam.id] is None
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            assert (
                await conn.scalar(select(func.count()).select_from(User).where(User.id == alex.id))
                == 0
            )
            assert (
                await conn.scalar(
                    select(func.count())
                    .select_from(InviteCode)
                    .where(InviteCode.creator_id == alex.id)
                )
                == 0
            )
    finally:
        await engine.dispose()


async def test_deletedata_of_unpaired_user_with_pending_invite(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    kim = tg.user("Kim")
    await kim.send("/pair")
    await kim.next_message()
    await kim.send("/calm ground")
    card = await kim.next_message()
    await walk_steps(kim, card)
    await kim.press("🙂 A bit better", message=card)
    await kim.next_message()
    await kim.send("/activated")
    await kim.next_message()
    await kim.send("Something small")  # a flow left open holds the user's words
    await kim.next_message()
    counts = await count_rows(database_url)
    assert counts["invite_codes"] == counts["exercise_sessions"] == counts["dialogs"] == 1
    await kim.send("/deletedata")
    await kim.next_message()
    await kim.press(texts.delete_yes())
    await kim.next_edit(kim.messages[-1])
    assert set((await count_rows(database_url)).values()) == {0}


async def test_crisis_language_gets_local_help_first(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = tg.user("Alex", language_code="en-DE"), tg.user("Sam")  # English, in Germany
    await pair_up(alex, sam)
    await alex.send("/timezone Europe/Berlin")
    await alex.next_message()
    await alex.send("I don't want to be alive anymore")
    reply = await alex.next_message()
    assert "not an emergency service" in reply.plain_text
    assert "112" in reply.plain_text and "TelefonSeelsorge" in reply.plain_text
    assert "findahelpline.com" in reply.plain_text
    assert "I'm still here" in reply.plain_text
    # Caught before anything else, even inside a command; the partner hears nothing.
    await alex.send("/timezone i want to kill myself")
    assert "findahelpline.com" in (await alex.next_message()).plain_text
    await sam.expect_no_message()

    stranger = tg.user("Jo", language_code=None)
    await stranger.send("thinking about suicide tonight")
    reply = await stranger.next_message()
    assert "your local emergency number" in reply.plain_text
    assert "findahelpline.com" in reply.plain_text
