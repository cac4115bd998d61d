"""Each language's crisis reply, for someone in each country that speaks it, names that
country's own numbers from helplines.json, in the reader's words, with findahelpline.com;
and a crisis written in each shipped language is heard."""

from __future__ import annotations

import pytest

from bot import texts
from bot.safety.detect import Level, assess
from bot.safety.helplines import resources_for
from domain.i18n import SHIPPED, _, speaking

#: Where each shipped language is spoken, by a zone in that country.
COUNTRIES: dict[str, dict[str, str]] = {
    "en": {"GB": "Europe/London", "US": "America/New_York", "AU": "Australia/Sydney"},
    "de": {"DE": "Europe/Berlin", "AT": "Europe/Vienna", "CH": "Europe/Zurich"},
    "es": {
        "ES": "Europe/Madrid",
        "MX": "America/Mexico_City",
        "AR": "America/Argentina/Buenos_Aires",
        "CO": "America/Bogota",
        "CL": "America/Santiago",
        "PE": "America/Lima",
    },
    "pt_BR": {"BR": "America/Sao_Paulo", "PT": "Europe/Lisbon"},
    "ru": {"RU": "Europe/Moscow", "KZ": "Asia/Almaty", "UA": "Europe/Kyiv"},
}
#: "I want to die", as someone might write it in each language.
CRIES = {
    "en": "i just want to die tonight",
    "de": "ich will einfach nur sterben",
    "es": "ya no quiero vivir",
    "pt_BR": "eu quero morrer",
    "ru": "я больше не хочу жить",
}


@pytest.mark.parametrize(
    ("locale", "country", "zone"),
    [
        (locale, country, zone)
        for locale, where in COUNTRIES.items()
        for country, zone in where.items()
    ],
)
def test_the_crisis_reply_names_the_countrys_numbers_in_the_readers_words(
    locale: str, country: str, zone: str
) -> None:
    resources = resources_for(zone, None)
    assert resources.country_code == country
    assert resources.emergency_number and resources.lines, country
    with speaking(locale):
        reply = texts.crisis_reply(resources)
        opening = _(
            "I'm really glad you told me. I'm a bot, not an emergency service, and nobody "
            "reads these messages in real time, so please reach a person now."
        )
    assert reply.startswith(opening)
    assert f"<b>{resources.emergency_number}</b>" in reply
    assert resources.lines[0].number in reply
    assert "findahelpline.com" in reply


@pytest.mark.parametrize("locale", SHIPPED)
def test_a_crisis_in_each_shipped_language_is_heard(locale: str) -> None:
    assert assess(CRIES[locale]).level is Level.CRISIS
