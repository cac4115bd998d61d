"""Two simulated people go from /start to paired to unpaired, and every bad path in between."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from db.models import User
from db.session import make_engine, make_sessionmaker
from tests.fakebot import FakeTelegram, SimUser
from tests.support.clock import FakeClock

CODE_RE = re.compile(r"/join ([A-Z0-9]{10})")


async def invite_code(user: SimUser) -> tuple[str, str]:
    """Send /pair and return (code, deep link) from the reply."""
    await user.send("/pair")
    reply = await user.next_message()
    match = CODE_RE.search(reply.plain_text)
    assert match, reply.plain_text
    link = re.search(r"https://t\.me/\S+", reply.plain_text)
    assert link
    return match.group(1), link.group(0)


async def pair_up(alex: SimUser, sam: SimUser) -> None:
    """Alex invites, Sam joins with the code; both hear it."""
    code, _ = await invite_code(alex)
    await sam.send(f"/join {code}")
    assert "You're now paired with Alex" in (await sam.next_message()).plain_text
    assert "You're now paired with Sam" in (await alex.next_message()).plain_text


async def pair_ids(url: URL) -> dict[int, int | None]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            return {u.id: u.pair_id for u in await session.scalars(select(User))}
    finally:
        await engine.dispose()


async def test_start_to_paired_to_unpaired(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    for person in (alex, sam):
        await person.send("/start")
        await person.next_message()
    await alex.press("I'm the one who worries")
    await alex.next_message()
    await sam.press("I want to offer steady reassurance")
    await sam.next_message()

    code, link = await invite_code(alex)
    assert link == f"https://t.me/SteadyTestBot?start={code}"
    await sam.send(f"/start {code}")  # the deep link
    assert "You're now paired with Alex" in (await sam.next_message()).plain_text
    assert "You're now paired with Sam" in (await alex.next_message()).plain_text
    ids = await pair_ids(database_url)
    assert ids[alex.id] is not None and ids[alex.id] == ids[sam.id]

    await sam.send("/settings")
    assert "Pairing: paired with Alex" in (await sam.next_message()).plain_text

    await sam.send("/unpair")
    confirm = await sam.next_message()
    assert "End your pairing with Alex?" in confirm.plain_text
    await sam.press(texts.unpair_no())
    assert (await sam.next_edit(confirm)).plain_text == texts.unpair_kept()
    assert (await pair_ids(database_url))[sam.id] is not None

    await sam.send("/unpair")
    confirm = await sam.next_message()
    await sam.press(texts.unpair_yes())
    assert "no longer paired with Alex" in (await sam.next_edit(confirm)).plain_text
    assert "Sam has ended your pairing" in (await alex.next_message()).plain_text
    assert set((await pair_ids(database_url)).values()) == {None}

    await alex.send("/unpair")
    assert (await alex.next_message()).plain_text == texts.not_paired()


async def test_join_bad_paths(tg: FakeTelegram, bot: AnyApplication, clock: FakeClock) -> None:
    alex, sam, kim = tg.user("Alex"), tg.user("Sam"), tg.user("Kim")
    await sam.send("/join")
    assert "like this: /join K7QM4XRT9P" in (await sam.next_message()).plain_text
    await sam.send("/join banana")
    assert "That code doesn't work" in (await sam.next_message()).plain_text
    await sam.send("/join K7QM4XRT9P")
    assert "That code doesn't work" in (await sam.next_message()).plain_text

    code, _ = await invite_code(alex)
    await alex.send(f"/join {code}")
    assert "That's your own invite" in (await alex.next_message()).plain_text

    clock.advance(hours=24, seconds=1)
    await sam.send(f"/join {code}")
    assert "That code doesn't work" in (await sam.next_message()).plain_text

    code, _ = await invite_code(alex)
    await sam.send(f"/join {code.lower()[:5]} {code.lower()[5:]}")  # typed loosely
    assert "You're now paired with Alex" in (await sam.next_message()).plain_text
    await alex.next_message()

    await kim.send(f"/join {code}")  # single use
    assert "That code doesn't work" in (await kim.next_message()).plain_text
    await sam.send("/pair")
    assert "already paired with Alex" in (await sam.next_message()).plain_text
    kim_code, _ = await invite_code(kim)
    await sam.send(f"/join {kim_code}")
    assert "already paired with Alex" in (await sam.next_message()).plain_text


async def test_invite_of_someone_who_paired_elsewhere(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam, kim = tg.user("Alex"), tg.user("Sam"), tg.user("Kim")
    alex_code, _ = await invite_code(alex)
    kim_code, _ = await invite_code(kim)
    await alex.send(f"/join {kim_code}")
    assert "paired with Kim" in (await alex.next_message()).plain_text
    await kim.next_message()
    await sam.send(f"/join {alex_code}")
    assert (await sam.next_message()).plain_text == texts.join_inviter_taken()


async def test_stale_and_forged_unpair_buttons_have_expired(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/unpair")
    first = await alex.next_message()
    await alex.send("/unpair")
    second = await alex.next_message()
    await alex.press(texts.unpair_yes(), message=second)
    assert await alex.next_callback_answer() == ""
    await alex.next_edit(second)
    await sam.next_message()
    await pair_up(alex, sam)
    # The first confirmation was for the old pair: it must not end the new one.
    await alex.press(texts.unpair_yes(), message=first)
    assert await alex.next_callback_answer() == texts.button_expired()
    await alex.send("/settings")
    assert "paired with Sam" in (await alex.next_message()).plain_text
    # Someone outside the pair cannot forge the confirmation for it.
    pair_id = (await pair_ids(database_url))[alex.id]
    eve = tg.user("Eve")
    await eve.send("/start")
    welcome = await eve.next_message()
    await eve.press_forged(f"unpair:yes:{pair_id}", welcome)
    assert await eve.next_callback_answer() == texts.button_expired()
    assert (await pair_ids(database_url))[sam.id] == pair_id


async def test_a_newcomer_by_the_invite_link_is_welcomed_then_paired(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    """Sam's first contact is Alex's link: the welcome, the pairing, then the role question;
    once Sam chooses to offer reassurance, /nudgetime works."""
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await alex.send("/start")
    await alex.next_message()
    await alex.press("I'm the one who worries")
    await alex.next_message()
    _, link = await invite_code(alex)

    await sam.send(f"/start {link.rsplit('=', 1)[1]}")  # what tapping the link sends
    welcome = await sam.next_message()
    assert welcome.plain_text.startswith("Hi Sam, I'm Steady")
    assert "not therapy" in welcome.plain_text and welcome.buttons == []
    news = await sam.next_message()
    assert news.plain_text.startswith("You're now paired with Alex")
    question = await sam.next_message()
    assert question.button_texts() == [label for _, label in texts.role_buttons()]
    assert "You're now paired with Sam" in (await alex.next_message()).plain_text

    await sam.press("I want to offer steady reassurance")
    assert "steady reassurance" in (await sam.next_edit(question)).plain_text
    assert "You're already paired with Alex" in (await sam.next_message()).plain_text
    await sam.send("/nudgetime 09:00")
    confirmed = (await sam.next_message()).plain_text
    assert "Reassurance prompts: 09:00 every day" in confirmed
    assert "once you're paired" not in confirmed


async def test_someone_with_a_role_who_opens_the_link_just_pairs(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await sam.send("/start")
    await sam.next_message()
    await sam.press("We both worry sometimes")
    await sam.next_message()
    code, _ = await invite_code(alex)
    await sam.send(f"/start {code}")
    assert (await sam.next_message()).text == texts.paired("Alex")
    await alex.next_message()
    await sam.expect_no_message(within=0.3)


async def test_a_newcomer_whose_link_expired_is_still_welcomed(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    code, _ = await invite_code(alex)
    clock.advance(hours=24, seconds=1)
    await sam.send(f"/start {code}")
    assert (await sam.next_message()).plain_text.startswith("Hi Sam, I'm Steady")
    assert (await sam.next_message()).text == texts.join_bad_code()
    assert (await sam.next_message()).button_texts()[0] == texts.role_buttons()[0][1]


async def guess_wrong(user: SimUser, times: int, clock: FakeClock) -> list[str]:
    """`times` wrong but well-formed codes by /join, a pause between each (no burst);
    the replies."""
    answers = []
    for n in range(times):
        await user.send(f"/join {'ABCDEFGHJK'[n % 10] * 9}{'23456789'[n % 8]}")
        answers.append((await user.next_message()).text)
        clock.advance(seconds=4)
    return answers


async def test_the_real_invite_works_during_the_lock_out(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    """Five wrong codes lock guessing out, not the partner's real invite: by /join and by
    the link it still pairs."""
    alex, sam, kim, lee = tg.user("Alex"), tg.user("Sam"), tg.user("Kim"), tg.user("Lee")
    assert await guess_wrong(sam, 5, clock) == [texts.join_bad_code()] * 5
    assert await guess_wrong(sam, 1, clock) == [texts.join_too_many()]
    await sam.send("/join banana")  # during the lock-out every refusal reads the same
    assert (await sam.next_message()).text == texts.join_too_many()
    code, _ = await invite_code(alex)
    await sam.send(f"/join {code}")
    assert "You're now paired with Alex" in (await sam.next_message()).plain_text
    assert "You're now paired with Sam" in (await alex.next_message()).plain_text

    await guess_wrong(lee, 6, clock)
    code, link = await invite_code(kim)
    await lee.send(f"/start {link.rsplit('=', 1)[1]}")
    assert (await lee.next_message()).plain_text.startswith("Hi Lee")
    assert "You're now paired with Kim" in (await lee.next_message()).plain_text
    assert (await lee.next_message()).buttons
    assert "You're now paired with Lee" in (await kim.next_message()).plain_text


async def test_junk_start_payloads_get_the_welcome_and_are_not_guesses(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    sam = tg.user("Sam")
    await guess_wrong(sam, 4, clock)
    for payload in ("hello", "ref_channel_42", "see you tomorrow", "K7QM4XRT9"):
        await sam.send(f"/start {payload}")
        welcome = await sam.next_message()
        assert welcome.text == texts.welcome("Sam", None)
        assert welcome.button_texts() == [label for _, label in texts.role_buttons()]
        clock.advance(seconds=4)
    # Still only four guesses: the fifth wrong code is told it doesn't work, not locked out.
    assert await guess_wrong(sam, 1, clock) == [texts.join_bad_code()]
