"""Crisis detection and helplines: the bot must notice distress and offer numbers that exist."""

from __future__ import annotations

import copy
import dataclasses
import logging
from typing import Any

import pytest

from bot import crisis
from bot.crisis import (
    CrisisResources,
    Helpline,
    looks_like_crisis,
    resources_for,
    validate_helplines_data,
)

FINDAHELPLINE = "https://findahelpline.com"

CRISIS_MESSAGES = [
    # English
    "I want to kill myself",
    "i\u2019m going to KILL   MYSELF tonight",
    "I've been feeling suicidal lately",
    "sometimes I think about suicide",
    "I just want to end my life",
    "I want to end it all",
    "I want to die",
    "honestly i wanna die",
    "I don\u2019t want to be alive anymore",
    "I don't want to be here anymore",
    "dont want to live any more",
    "everyone would be better off without me",
    "I'd be better off dead",
    "I keep hurting myself",
    "I cut myself again last night",
    "I've started self-harming again",
    "thinking about self harm",
    "there's no reason to live",
    "I'm thinking of taking my own life",
    "I took an overdose",
    "I wish I was dead",
    "I hope I don't wake up tomorrow",
    "I want to unalive myself",
    "I want to ki\u200bll myself",
    "nobody would care if I died",
    "would anyone even notice if I disappeared",
    # German
    "Ich will mich umbringen",
    "Ich habe Suizidgedanken",
    "ich will nicht mehr leben",
    "Ich möchte sterben",
    "Ich bin so lebensmüde",
    "Ich denke an Selbstmord",
    "Ich will mir das Leben nehmen",
    "Ich ritze mich wieder",
    # Spanish
    "Quiero suicidarme",
    "quiero morir",
    "Me quiero matar",
    "ya no quiero vivir",
    "Estoy pensando en quitarme la vida",
    "todos estarían mejor sin mí",
    # French
    "Je veux me suicider",
    "j\u2019ai envie de mourir",
    "Je veux mettre fin à mes jours",
    "je ne veux plus vivre",
    "j'ai envie d'en finir",
    # Italian
    "Voglio uccidermi",
    "voglio morire",
    "Non voglio più vivere",
    "penso di togliermi la vita",
    "voglio farla finita",
    # Portuguese
    "Quero me matar",
    "quero morrer",
    "não quero mais viver",
    "penso em tirar minha vida",
    # Dutch
    "Ik wil zelfmoord plegen",
    "ik wil dood",
    "Ik wil niet meer leven",
    "ik wil mezelf van kant maken",
]

EVERYDAY_MESSAGES = [
    "",
    "Can we talk tonight? I miss you.",
    "This traffic is killing me",
    "I'm dying to see you",
    "She's killing it at work",
    "I want to die laughing at this meme",
    "I'm going to die of embarrassment",
    "I cut myself shaving this morning",
    "I cut myself a slice of cake",
    "I cut myself off from toxic people",
    "I hurt myself at the gym",
    "I fell and hurt myself",
    "I overdosed on coffee today",
    "I don't want to live in this city anymore",
    "I don't want to be here at this party",
    "In the end it all worked out",
    "I'll end it with him tomorrow",
    "I'd kill for a pizza",
    "the suspense is killing me",
    "I nearly died laughing",
    "I want to take my life back",
    "I don't want to die, I'm scared of the surgery",
    "Ich sterbe vor Hunger",
    "Das bringt mich um den Schlaf",
    "Me vas a matar de risa",
    "me muero de hambre",
    "No quiero vivir en Madrid",
    "no quiero morir",
    "Je meurs de faim",
    "j'ai envie de mourir de rire",
    "quero morrer de saudade",
    "Ho voglia di morire dal ridere",
    "Non voglio più vivere qui",
    "Ik ga dood van de honger",
]


@pytest.mark.parametrize("text", CRISIS_MESSAGES)
def test_crisis_language_is_recognised(text: str) -> None:
    assert looks_like_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY_MESSAGES)
def test_everyday_language_is_left_alone(text: str) -> None:
    assert not looks_like_crisis(text)


def test_detection_never_logs_the_text(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        looks_like_crisis("I want to end my life")
        looks_like_crisis("nothing to see here")
    assert caplog.records == []


# ---- resources ------------------------------------------------------------------------------


def test_berlin_gets_germany_with_telefonseelsorge() -> None:
    found = resources_for("Europe/Berlin", None)
    assert found.country_code == "DE"
    assert found.emergency_number == "112"
    assert found.emergency_url and found.emergency_url.startswith("https://")
    assert any(line.name == "TelefonSeelsorge" for line in found.lines)
    assert "0800 111 0 111" in {line.number for line in found.lines}
    assert found.findahelpline_url == FINDAHELPLINE


def test_new_york_gets_911_and_988() -> None:
    found = resources_for("America/New_York", "de")
    assert found.country_code == "US"
    assert found.emergency_number == "911"
    assert [(line.number, line.kind) for line in found.lines] == [("988", "call or text")]


@pytest.mark.parametrize("zone", ["Asia/Kolkata", "Asia/Calcutta"])
def test_kolkata_gets_india(zone: str) -> None:
    found = resources_for(zone, None)
    assert found.country_code == "IN"
    assert found.emergency_number == "112"
    assert "14416" in {line.number for line in found.lines}


@pytest.mark.parametrize(
    ("zone", "code"),
    [
        ("America/Los_Angeles", "US"),
        ("Pacific/Honolulu", "US"),
        ("America/Indiana/Indianapolis", "US"),
        ("US/Eastern", "US"),
        ("America/Toronto", "CA"),
        ("America/Vancouver", "CA"),
        ("Australia/Perth", "AU"),
        ("America/Sao_Paulo", "BR"),
        ("America/Manaus", "BR"),
        ("America/Tijuana", "MX"),
        ("Europe/Vienna", "AT"),
        ("Europe/London", "GB"),
        ("Europe/Kyiv", "UA"),
        ("Europe/Kiev", "UA"),
    ],
)
def test_zones_across_big_countries(zone: str, code: str) -> None:
    assert resources_for(zone, None).country_code == code


def test_zone_wins_over_language() -> None:
    assert resources_for("Europe/Vienna", "de").country_code == "AT"


def test_unknown_zone_falls_back_to_language() -> None:
    assert resources_for("UTC", "de").country_code == "DE"
    assert resources_for("Mars/Olympus_Mons", "de").country_code == "DE"


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("de", "DE"),
        ("pt-br", "BR"),
        ("pt-BR", "BR"),
        ("en-GB", "GB"),
        ("en_gb", "GB"),
        ("en-UK", "GB"),
        ("de-AT", "AT"),
        ("fr-CH", "CH"),
        ("es-MX", "MX"),
        ("en-US", "US"),
        ("nb", "NO"),
        ("uk", "UA"),
        ("zh-Hant-SG", "SG"),
    ],
)
def test_language_code_fallback(language: str, code: str) -> None:
    assert resources_for(None, language).country_code == code


@pytest.mark.parametrize(
    ("zone", "language"),
    [
        (None, None),
        ("", ""),
        (None, "en"),
        (None, "es"),
        (None, "fr"),
        (None, "pt"),
        (None, "ru"),
        (None, "de-LI"),
        (None, "es-419"),
        ("Europe/Moscow", "ru"),
        ("Nowhere/Atlantis", "xx"),
    ],
)
def test_unknown_place_offers_only_findahelpline(zone: str | None, language: str | None) -> None:
    found = resources_for(zone, language)
    assert found == CrisisResources(None, None, None, None, (), FINDAHELPLINE)


def test_every_zone_in_the_data_resolves_to_its_country() -> None:
    raw = crisis._load_raw()
    for country in raw["countries"]:
        for zone in country["zones"]:
            found = resources_for(zone, None)
            assert found.country_code == country["code"], zone
            assert found.emergency_number and found.lines
            assert found.findahelpline_url == FINDAHELPLINE


def test_resources_are_immutable() -> None:
    found = resources_for("Europe/Berlin", None)
    assert isinstance(found.lines, tuple)
    assert all(isinstance(line, Helpline) for line in found.lines)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.country_code = "US"  # type: ignore[misc]


def test_unusable_data_still_answers_with_findahelpline(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise OSError("helplines.json missing")

    monkeypatch.setattr(crisis, "_index", broken)
    with caplog.at_level(logging.ERROR, logger="bot.crisis"):
        found = resources_for("Europe/Berlin", "de")
    assert found.country_code is None
    assert found.findahelpline_url == FINDAHELPLINE


# ---- the data file --------------------------------------------------------------------------


def test_helplines_data_is_valid() -> None:
    assert validate_helplines_data() == []


def test_data_names_findahelpline_and_a_check_date() -> None:
    raw = crisis._load_raw()
    assert raw["findahelpline"]["url"] == FINDAHELPLINE
    assert raw["findahelpline"]["note"]
    assert raw["sources_checked"] == "2026-11-26"


def _broken(mutate: Any) -> list[str]:
    data = copy.deepcopy(dict(crisis._load_raw()))
    mutate(data)
    return validate_helplines_data(data)


def _country(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(c for c in data["countries"] if c["code"] == code)


def test_validator_catches_letters_in_a_number() -> None:
    def mutate(data: dict[str, Any]) -> None:
        _country(data, "DE")["lines"][0]["number"] = "0800 TELEFON"

    assert any("DE" in p and "invalid" in p for p in _broken(mutate))


def test_validator_catches_a_missing_source_url() -> None:
    def mutate(data: dict[str, Any]) -> None:
        del _country(data, "US")["emergency"]["url"]
        _country(data, "GB")["lines"][0]["url"] = "http://example.org"

    problems = _broken(mutate)
    assert any(p.startswith("US:") and "source url" in p for p in problems)
    assert any(p.startswith("GB:") and "source url" in p for p in problems)


def test_validator_catches_a_zone_mapped_to_two_countries() -> None:
    def mutate(data: dict[str, Any]) -> None:
        _country(data, "AT")["zones"].append("Europe/Berlin")

    assert any("Europe/Berlin already mapped" in p for p in _broken(mutate))


def test_validator_catches_an_unknown_zone() -> None:
    def mutate(data: dict[str, Any]) -> None:
        _country(data, "FR")["zones"].append("Europe/Atlantis")

    assert any("Europe/Atlantis is unknown" in p for p in _broken(mutate))


def test_validator_catches_bad_kind_language_and_date() -> None:
    def mutate(data: dict[str, Any]) -> None:
        _country(data, "NZ")["lines"][0]["kind"] = "text"
        data["languages"]["ru"] = "RU"
        data["sources_checked"] = "last week"

    problems = _broken(mutate)
    assert any(p.startswith("NZ:") and "kind" in p for p in problems)
    assert any("'ru'" in p and "unknown country" in p for p in problems)
    assert any("sources_checked" in p for p in problems)
