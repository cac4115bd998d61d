"""Which language Steady speaks: negotiated from Telegram's code, one per context."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot import texts
from domain import i18n
from domain.i18n import (
    SHIPPED,
    _,
    current_locale,
    load_catalogues,
    negotiate,
    speaking,
    supported,
    use_locale,
)


@pytest.mark.parametrize(
    ("code", "locale"),
    [
        ("de", "de"),  # exact
        ("pt_BR", "pt_BR"),
        ("pt-br", "pt_BR"),  # normalised
        ("PT-BR", "pt_BR"),
        ("de-AT", "de"),  # the base language
        ("es-419", "es"),
        ("ru-RU", "ru"),
        ("pt-PT", "pt_BR"),  # Portuguese we ship in one form only
        ("pt", "pt_BR"),
        ("en-GB", "en"),
        ("ja", "en"),  # not shipped: English
        ("", "en"),
        ("  ", "en"),
        (None, "en"),
    ],
)
def test_a_telegram_language_code_is_negotiated(code: str | None, locale: str) -> None:
    assert negotiate(code) == locale


def test_a_stored_language_no_longer_shipped_reads_as_english() -> None:
    assert supported("de") == "de"
    assert supported("it") == "en"
    assert supported(None) == "en"


def test_speaking_returns_to_the_language_before() -> None:
    with speaking("de"):
        assert current_locale() == "de"
        with speaking("ru"):
            assert current_locale() == "ru"
        assert current_locale() == "de"
    assert current_locale() == "en"


def test_every_catalogue_compiles() -> None:
    load_catalogues()
    for locale in SHIPPED:
        with speaking(locale):
            assert _("tomorrow {time}")


def test_a_broken_catalogue_stops_start_up(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "steady.po"
    broken.write_text('msgid "tomorrow {time}"\nmorgen {time}"\n')  # a line missing its keyword
    monkeypatch.setattr(i18n, "po_path", lambda locale: broken)
    i18n.translations.cache_clear()
    try:
        with pytest.raises(Exception):  # noqa: B017 - Babel's parse error, whichever it is
            load_catalogues()
    finally:
        i18n.translations.cache_clear()


@pytest.mark.parametrize(
    ("hours", "word"),
    [(1, "час."), (3, "часа."), (5, "часов."), (11, "часов."), (21, "час."), (22, "часа.")],
)
def test_russian_counts_take_their_three_forms(hours: int, word: str) -> None:
    with speaking("ru"):
        said = texts.invite("ABCD234567", "https://t.me/x?start=ABCD234567", hours)
    assert f"действует {hours} {word}" in said


async def test_two_updates_at_once_each_speak_their_own_language() -> None:
    heard: dict[str, list[str]] = {"de": [], "es": []}

    async def update(locale: str) -> None:
        use_locale(locale)  # as an update does once it knows the person
        for _step in range(5):
            await asyncio.sleep(0)
            heard[locale].append(current_locale())

    await asyncio.gather(asyncio.create_task(update("de")), asyncio.create_task(update("es")))
    assert heard == {"de": ["de"] * 5, "es": ["es"] * 5}
    assert current_locale() == "en"
