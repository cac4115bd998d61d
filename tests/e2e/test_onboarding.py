"""/start, role choice, /help, the command menu, and the catch-alls, as a user sees them."""

from __future__ import annotations

from bot import texts
from bot.app import AnyApplication
from tests.fakebot import FakeTelegram


async def test_start_shows_welcome_not_therapy_and_roles(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex = tg.user("Alex")
    await alex.send("/start")
    welcome = await alex.next_message()
    assert "Hi Alex" in welcome.plain_text
    assert "not therapy" in welcome.plain_text and "not an emergency service" in welcome.plain_text
    assert welcome.button_texts() == [label for _, label in texts.role_buttons()]

    await alex.press("I'm the one who worries")
    edited = await alex.next_edit(welcome)
    assert "the one who worries" in edited.plain_text
    assert edited.buttons == []
    steps = await alex.next_message()
    assert "/timezone" in steps.plain_text and "/pair" in steps.plain_text
    assert alex.callback_answers == [""]

    await alex.send("/start")
    again = await alex.next_message()
    assert "Right now you've chosen “I'm the one who worries”" in again.plain_text
    await alex.press("We both worry sometimes")
    assert "you both worry sometimes" in (await alex.next_edit(again)).plain_text
    await alex.next_message()
    await alex.send("/settings")
    assert "Role: We both worry sometimes" in (await alex.next_message()).plain_text


async def test_help_lists_every_command(tg: FakeTelegram, bot: AnyApplication) -> None:
    sam = tg.user("Sam")
    await sam.send("/help")
    reply = await sam.next_message()
    for name, _ in texts.COMMANDS:
        assert f"/{name}" in reply.plain_text
    assert "not therapy" in reply.plain_text


async def test_command_menu_is_published(tg: FakeTelegram, bot: AnyApplication) -> None:
    assert [c["command"] for c in tg.commands] == [name for name, _ in texts.COMMANDS]


async def test_unknown_command_and_stray_text_get_a_hint(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    sam = tg.user("Sam")
    await sam.send("/frobnicate now")
    reply = await sam.next_message()
    assert "I don't know /frobnicate" in reply.plain_text and "/help" in reply.plain_text
    await sam.send("hello? are you there")
    assert "/help" in (await sam.next_message()).plain_text
    await sam.send("/cancel")
    assert "nothing in progress" in (await sam.next_message()).plain_text


async def test_forged_and_unknown_buttons_have_expired(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    sam = tg.user("Sam")
    await sam.send("/start")
    welcome = await sam.next_message()
    for data in ("role:admin", "role", "nonsense", "unpair:yes:99999", "deldata:maybe", "x" * 64):
        await sam.press_forged(data, welcome)
        assert await sam.next_callback_answer() == texts.button_expired()
    await sam.send("/settings")
    assert "Role: not chosen yet" in (await sam.next_message()).plain_text


async def test_markup_in_names_is_escaped(tg: FakeTelegram, bot: AnyApplication) -> None:
    mallory = tg.user("<b>Mal & ory</b>")
    await mallory.send("/start")
    welcome = await mallory.next_message()
    assert "Hi <b>Mal & ory</b>" in welcome.plain_text
