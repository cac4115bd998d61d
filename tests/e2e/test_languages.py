"""Steady in each person's own language, end to end: chosen from Telegram at /start,
changed with /language, a menu per language, and a pair who speak two languages each
reading the other's words inside their own language's frame.

`test_an_evening_in_each_language` walks one full evening (calm, a bid, a prompt, a
promise, /record) in every shipped language; its transcripts are kept in
docs/transcripts/ for review by speakers of each language.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from typing import TypeVar

import pytest

from bot import texts
from bot.app import AnyApplication
from bot.menus import menu, telegram_language
from domain.content import translated
from domain.content.bids import (
    BID_TEMPLATES,
    REPLY_OPTIONS_BY_KEY,
    bid_for_partner,
    bid_own_label,
    bid_send_label,
)
from domain.content.exercises import EXERCISES, FEELING_ANSWERS, feeling_check
from domain.content.nudges import REASSURANCE_TEMPLATES, promise_answers, promise_told_partner
from domain.i18n import LOCALES_DIR, NATIVE_NAMES, SHIPPED, SOURCE, _, speaking
from tests.e2e.test_pairing import invite_code
from tests.fakebot import ChatMessage, FakeTelegram, SimUser
from tests.support.catalogue import read
from tests.support.clock import FakeClock

T = TypeVar("T")
TELEGRAM_CODE = {"en": "en", "de": "de", "es": "es", "pt_BR": "pt-br", "ru": "ru"}


def said(locale: str, render: Callable[[], T]) -> T:
    """What Steady says in `locale` (the expected text of a reply)."""
    with speaking(locale):
        return render()


def _english_fragments() -> dict[str, list[str]]:
    """For each language, the longer English pieces of every message that language
    translates differently: none of them may reach someone who reads that language."""
    fragments: dict[str, list[str]] = {}
    template = read(LOCALES_DIR / "steady.pot")
    for locale in SHIPPED:
        if locale == SOURCE:
            continue
        found = []
        for message in template:
            if not message.id or not isinstance(message.id, str):
                continue
            translated = said(locale, lambda m=message.id: _(m))
            for piece in re.split(r"\{\w*\}|<[^>]+>|\n", message.id):
                piece = piece.strip(" .,;:“”")
                if len(piece) >= 24 and piece not in translated:
                    found.append(piece)
        fragments[locale] = found
    return fragments


ENGLISH = _english_fragments()


def assert_all_in(locale: str, person: SimUser) -> None:
    """Nothing Steady wrote to `person` was left in English."""
    if locale == SOURCE:
        return
    for message in person.messages:
        for text in (message.text, *message.edits, *message.button_texts()):
            leaked = [piece for piece in ENGLISH[locale] if piece in text]
            assert leaked == [], (locale, leaked, text)


async def eventually(condition: Callable[[], bool], within: float = 3.0) -> None:
    """Wait for something the bot does just after its reply (the chat's menu)."""
    for _attempt in range(int(within / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    assert condition()


async def start(person: SimUser, locale: str, role: str) -> None:
    """/start and a role, in the person's language."""
    await person.send("/start")
    welcome = await person.next_message()
    assert welcome.text == said(locale, lambda: texts.welcome(person.first_name, None))
    await person.press(said(locale, lambda: dict(texts.role_buttons())[role]), message=welcome)
    await person.next_message()  # the next steps


async def pair(alex: SimUser, sam: SimUser, alex_locale: str, sam_locale: str) -> None:
    """Alex invites, Sam joins; each hears it in their own language."""
    code, _link = await invite_code(alex)
    await sam.send(f"/join {code}")
    joined = await sam.next_message()
    assert said(sam_locale, lambda: texts.paired("Alex")).split("\n")[0] in joined.text
    told = await alex.next_message()
    assert told.text == said(alex_locale, lambda: texts.paired("Sam"))


async def test_a_german_telegram_user_gets_german_from_start_on(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    lena = tg.user("Lena", language_code="de")
    await start(lena, "de", "anxious")
    assert said("de", lambda: texts.welcome("Lena", None)) != texts.welcome("Lena", None)
    await lena.send("/help")
    assert (await lena.next_message()).text == said("de", texts.help_text)
    await lena.send("/settings")
    assert "Deutsch (/language)" in (await lena.next_message()).plain_text
    await lena.send("/calm")
    calm_menu = await lena.next_message()
    assert calm_menu.button_texts() == said("de", lambda: [e.title for e in EXERCISES.values()])
    assert_all_in("de", lena)


async def test_language_changes_the_next_reply_and_the_chat_menu(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    kim = tg.user("Kim", language_code="en")
    await kim.send("/language")
    shown = await kim.next_message()
    assert shown.text == texts.language_current("English")
    assert shown.button_texts() == [NATIVE_NAMES[locale] for locale in SHIPPED]
    await kim.press("Español", message=shown)
    await kim.next_callback_answer()
    chosen = await kim.next_edit(shown)
    assert chosen.text == said("es", lambda: texts.language_set("Español"))
    await kim.send("/help")
    assert (await kim.next_message()).text == said("es", texts.help_text)
    chat = json.dumps({"chat_id": kim.id, "type": "chat"}, sort_keys=True)
    spanish_menu = [c.to_dict() for c in menu("es")]
    await eventually(lambda: tg.command_sets.get((chat, "")) == spanish_menu)

    await kim.send("/language ru")  # typed: a code works too
    assert (await kim.next_message()).text == said("ru", lambda: texts.language_set("Русский"))
    await kim.send("/language english")  # and a language's own name
    assert (await kim.next_message()).text == texts.language_set("English")
    await eventually(lambda: (chat, "") not in tg.command_sets)  # the app's language: its menu
    await kim.send("/language klingon")
    refused = await kim.next_message()
    assert refused.text == texts.language_unknown("klingon")
    assert len(refused.button_texts()) == len(SHIPPED)


async def test_brazilian_portuguese_is_picked_from_its_regional_code(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    ana, rui = tg.user("Ana", language_code="pt-br"), tg.user("Rui", language_code="pt-PT")
    for person in (ana, rui):
        await start(person, "pt_BR", "partner")
    deutsch = tg.user("Jonas", language_code="de-AT")  # a region of a shipped language
    await start(deutsch, "de", "both")
    other = tg.user("Aiko", language_code="ja")  # a language Steady does not ship: English
    await start(other, "en", "anxious")


async def test_the_command_menu_is_published_in_every_language(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    default = json.dumps({"type": "default"}, sort_keys=True)
    names = [c.command for c in menu("en")]
    assert "language" in names
    for locale in SHIPPED:
        published = tg.command_sets[(default, telegram_language(locale))]
        assert [c["command"] for c in published] == names
        assert published == [c.to_dict() for c in menu(locale)]
        if locale != SOURCE:
            assert published != tg.command_sets[(default, "")], locale


async def test_a_german_and_a_spanish_partner_each_read_the_other_in_their_own_frame(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = tg.user("Alex", language_code="de"), tg.user("Sam", language_code="es")
    await start(alex, "de", "anxious")
    await start(sam, "es", "partner")
    await pair(alex, sam, "de", "es")

    await alex.send("/bid")
    await alex.next_message()
    await alex.press(said("de", bid_own_label))
    await alex.next_message()
    await alex.send("Kannst du mich heute Abend anrufen? <3")
    preview = await alex.next_message()
    await alex.press(said("de", bid_send_label), message=preview)
    await alex.next_message()
    received = await sam.next_message()
    frame = said("es", lambda: bid_for_partner("Alex", "Kannst du mich heute Abend anrufen? <3"))
    assert received.text == frame  # a Spanish frame around Alex's own German words
    yes = said("es", lambda: REPLY_OPTIONS_BY_KEY["yes"].label)
    assert yes in received.button_texts()
    await sam.press(yes, message=received)
    await sam.next_message()
    relay = await alex.next_message()
    assert "Sam" in relay.text and relay.text in said(
        "de", lambda: [REPLY_OPTIONS_BY_KEY["yes"].relay("Sam", i) for i in range(4)]
    )

    await sam.send("/promise 18:30 te llamo después del trabajo")
    await sam.next_message()
    told = await alex.next_message()
    assert "te llamo después del trabajo" in told.text  # Sam's words, untranslated
    assert told.text == said(
        "de", lambda: promise_told_partner("Sam", "18:30", "te llamo después del trabajo")
    )
    assert_all_in("de", alex)
    assert_all_in("es", sam)


#: What Sam promises, as Sam would write it in each language.
PROMISE_WORDS = {
    "en": "call you after work",
    "de": "dich nach der Arbeit anrufen",
    "es": "llamarte después del trabajo",
    "pt_BR": "te ligar depois do trabalho",
    "ru": "позвонить тебе после работы",
}


async def walk_steps(locale: str, person: SimUser, card: ChatMessage) -> ChatMessage:
    """Next, Next, … until the step card asks how it went."""
    question = said(locale, feeling_check)
    while question not in card.text:
        await person.press(said(locale, texts.step_next), message=card)
        await person.next_callback_answer()
        card = await person.next_edit(card)
    return card


@pytest.mark.parametrize("locale", SHIPPED)
async def test_an_evening_in_each_language(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock, locale: str
) -> None:
    code = TELEGRAM_CODE[locale]
    alex, sam = tg.user("Alex", language_code=code), tg.user("Sam", language_code=code)
    await start(alex, locale, "anxious")
    await start(sam, locale, "partner")
    await pair(alex, sam, locale, locale)

    # A prompt at a time Sam chose: a template, relayed to Alex in their language.
    await sam.send("/nudgetime 09:30")
    await sam.next_message()
    clock.advance(minutes=30)
    prompt = await sam.next_message()
    shown = prompt.button_texts()
    templates = said(locale, lambda: [_(t) for t in REASSURANCE_TEMPLATES])
    assert shown[0] in templates
    await sam.press(shown[0], message=prompt)
    await sam.next_message()
    relayed = await alex.next_message()
    assert shown[0] in relayed.text

    # A hard moment: Alex takes a calming exercise, step by step, and says how it went.
    await alex.send("/calm")
    calm_menu = await alex.next_message()
    await alex.press(said(locale, lambda: EXERCISES["ground"].title), message=calm_menu)
    card = await alex.next_message()
    card = await walk_steps(locale, alex, card)
    better = said(locale, lambda: dict(translated(FEELING_ANSWERS))["better"])
    await alex.press(better, message=card)
    await alex.next_message()

    # A direct bid from a template; Sam answers with a button.
    await alex.send("/bid")
    intro = await alex.next_message()
    await alex.press(said(locale, lambda: BID_TEMPLATES[0].label), message=intro)
    preview = await alex.next_message()
    await alex.press(said(locale, bid_send_label), message=preview)
    await alex.next_message()
    ask = await sam.next_message()
    assert said(locale, lambda: BID_TEMPLATES[0].text) in ask.text
    await sam.press(said(locale, lambda: REPLY_OPTIONS_BY_KEY["yes"].label), message=ask)
    await sam.next_message()
    await alex.next_message()

    # A promise, its reminders, and keeping it.
    words = PROMISE_WORDS[locale]
    await sam.send(f"/promise 18:30 {words}")
    await sam.next_message()
    await alex.next_message()
    clock.set(clock.now().replace(hour=18, minute=20))
    before = await sam.next_message()
    assert words in before.text
    clock.set(clock.now().replace(hour=18, minute=30))
    now = await sam.next_message()
    done = said(locale, lambda: dict(promise_answers())["done"])
    await sam.press(done, message=now)
    await sam.next_callback_answer()
    kept = await alex.next_message()
    assert words in kept.text

    await alex.send("/record")
    record = await alex.next_message()
    assert "Sam" in record.text
    assert_all_in(locale, alex)
    assert_all_in(locale, sam)
