"""Helplines: every country has an emergency number, the lines people need exist, and the
data file stays honest (source, hours, checked) — a test fails the day it rots."""

from __future__ import annotations

import copy
import dataclasses
import logging
from typing import Any

import pytest

from bot import texts
from bot.safety import helplines
from bot.safety.helplines import (
    CrisisResources,
    country_of_zone,
    iso_countries,
    resources_for,
    resources_of_country,
    validate_helplines_data,
    zone_countries,
)
from bot.safety.lang import LANGUAGES

FINDAHELPLINE = "https://findahelpline.com"
# Where the people who write in each shipped language mostly live: each needs lines.
COUNTRIES_OF_LANGUAGES = {
    "en": ["US", "GB", "CA", "AU", "IE", "NZ", "ZA", "IN", "SG"],
    "de": ["DE", "AT", "CH"],
    "es": ["ES", "MX", "AR", "CO"],
    "pt": ["BR", "PT"],
    "fr": ["FR", "BE", "CH"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pl": ["PL"],
    "uk": ["UA"],
    "ru": ["RU"],
    "nb": ["NO"],
    "da": ["DK"],
    "sv": ["SE"],
    "fi": ["FI"],
    "he": ["IL"],
    "hi": ["IN"],
    "ur": ["PK"],
    "bn": ["IN"],  # West Bengal; Bangladesh is on NO_LINE_CONFIRMED
    "sw": ["KE"],
    "ar": ["EG", "LB", "AE"],
    "fa": ["IR"],
}


# Countries whose language Steady understands but for which no human-staffed crisis line
# could be confirmed (docs/safety.md lists them): the reply there gives the emergency
# number and findahelpline.com. A line found later is added to the data and the code
# removed here; the test below fails if a listed country gains lines unnoticed.
NO_LINE_CONFIRMED = {"TR", "UZ", "AZ", "BD", "SA", "MA", "TZ", "MD", "NG", "GH", "BY", "GE"}


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return dict(helplines.load_raw())


def test_the_shipped_file_is_valid() -> None:
    assert validate_helplines_data() == []


def test_every_country_tzdata_knows_has_an_emergency_number() -> None:
    for zone in zone_countries():
        found = resources_for(zone, None)
        assert found.emergency_number, zone
        assert found.findahelpline_url == FINDAHELPLINE


def test_tokyo_gets_an_emergency_number_and_old_zone_names_resolve() -> None:
    assert resources_for("Asia/Tokyo", None).country_code == "JP"
    assert resources_for("Asia/Tokyo", None).emergency_number
    for old, code in [("Asia/Calcutta", "IN"), ("US/Eastern", "US"), ("Europe/Kiev", "UA")]:
        assert country_of_zone(old) == code
    for not_a_country in ["UTC", "Etc/GMT+3", "+02:00", "../../etc/passwd", "Mars/Base"]:
        assert country_of_zone(not_a_country) is None


def test_at_least_fifty_countries_have_crisis_lines(raw: dict[str, Any]) -> None:
    with_lines = [c["code"] for c in raw["countries"] if c["lines"]]
    assert len(with_lines) >= 50, len(with_lines)


def test_every_shipped_language_has_lines_where_its_speakers_live(raw: dict[str, Any]) -> None:
    shipped = {p.code for p in LANGUAGES if p.code}
    lines = {c["code"]: c["lines"] for c in raw["countries"]}
    for language, code in raw["languages"].items():
        if language.split("-")[0] not in shipped:
            continue  # only guesses a country from the Telegram language
        assert lines[code] or code in NO_LINE_CONFIRMED, f"{language} -> {code} has no line"
    for code in NO_LINE_CONFIRMED:
        assert not lines[code], f"{code} has lines now: take it off NO_LINE_CONFIRMED"
        assert resources_for_code(code).emergency_number
    for language, codes in COUNTRIES_OF_LANGUAGES.items():
        assert language in shipped
        for code in codes:
            assert lines[code], f"{language}: {code} has no crisis line"
    for language in shipped:
        mapped = raw["languages"].get(language)
        assert mapped or language in COUNTRIES_OF_LANGUAGES, f"{language}: no country known"


def test_a_line_open_around_the_clock_is_offered_first(raw: dict[str, Any]) -> None:
    for country in raw["countries"]:
        lines = resources_for_code(country["code"]).lines
        flags = [line.around_the_clock for line in lines]
        assert flags == sorted(flags, reverse=True), country["code"]


def test_hours_are_shown_when_a_line_is_not_always_open() -> None:
    found = next(
        resources_for_code(code)
        for code in iso_countries()
        if any(not line.around_the_clock for line in resources_for_code(code).lines[:3])
    )
    reply = texts.crisis_reply(found)
    limited = next(line for line in found.lines[:3] if not line.around_the_clock)
    assert texts.esc(limited.hours) in reply
    assert "findahelpline.com" in reply


def test_sources_fixed_for_norway_and_mexico(raw: dict[str, Any]) -> None:
    by_code = {c["code"]: c for c in raw["countries"]}
    assert "out-of-hours" not in by_code["NO"]["emergency"]["source"]
    assert by_code["NO"]["emergency"]["number"] in {"112", "113"}
    assert all("conadic" not in line["source"] for line in by_code["MX"]["lines"])


def resources_for_code(code: str) -> CrisisResources:
    found = resources_of_country(code)
    assert found is not None, code
    return found


# ---- choosing the country -------------------------------------------------------------


def test_zone_wins_over_language_and_language_over_the_operators_default() -> None:
    assert resources_for("Europe/Vienna", "de").country_code == "AT"
    assert resources_for(None, "pl", default_zone="Europe/Berlin").country_code == "PL"
    assert resources_for(None, "en", default_zone="Europe/Berlin").country_code == "DE"
    assert resources_for("Asia/Tokyo", "pl", default_zone="Europe/Berlin").country_code == "JP"


def test_the_language_written_in_counts_when_nothing_else_says() -> None:
    assert resources_for(None, "en", message_language="pl").country_code == "PL"
    assert resources_for(None, "de", message_language="pl").country_code == "DE"
    assert resources_for(None, None, message_language="").country_code is None


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
        ("nb", "NO"),
        ("uk", "UA"),
        ("zh-Hant-SG", "SG"),
    ],
)
def test_language_code_fallback(language: str, code: str) -> None:
    assert resources_for(None, language).country_code == code


@pytest.mark.parametrize("language", [None, "", "en", "es", "fr", "pt", "ru", "ar", "es-419"])
def test_nothing_known_offers_only_findahelpline(language: str | None) -> None:
    found = resources_for(None, language)
    assert found == CrisisResources(None, None, None, None, (), FINDAHELPLINE)


def test_resources_are_immutable() -> None:
    found = resources_for("Europe/Berlin", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.country_code = "US"  # type: ignore[misc]  # the point: frozen, it must refuse


def test_unusable_data_still_answers_with_findahelpline(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise OSError("helplines.json missing")

    monkeypatch.setattr(helplines, "_index", broken)
    with caplog.at_level(logging.ERROR, logger="bot.safety.helplines"):
        found = resources_for("Europe/Berlin", "de")
    assert found.country_code is None and found.findahelpline_url == FINDAHELPLINE
    assert caplog.records


# ---- the validator can fail ---------------------------------------------------------------


def _broken(mutate: Any) -> list[str]:
    data = copy.deepcopy(dict(helplines.load_raw()))
    mutate(data)
    return validate_helplines_data(data)


def _country(data: dict[str, Any], code: str) -> dict[str, Any]:
    return next(c for c in data["countries"] if c["code"] == code)


def test_validator_catches_letters_a_missing_source_hours_or_check() -> None:
    def mutate(data: dict[str, Any]) -> None:
        _country(data, "DE")["lines"][0]["number"] = "0800 TELEFON"
        del _country(data, "US")["emergency"]["source"]
        _country(data, "GB")["lines"][0]["source"] = "http://example.org"
        del _country(data, "FR")["lines"][0]["hours"]
        _country(data, "IT")["lines"][0]["checked"] = "last week"
        del _country(data, "JP")["emergency"]["checked"]

    problems = _broken(mutate)
    assert any(p.startswith("DE:") and "invalid" in p for p in problems)
    assert any(p.startswith("US:") and "source" in p for p in problems)
    assert any(p.startswith("GB:") and "source" in p for p in problems)
    assert any(p.startswith("FR:") and "hours" in p for p in problems)
    assert any(p.startswith("IT:") and "checked" in p for p in problems)
    assert any(p.startswith("JP:") and "checked" in p for p in problems)


def test_validator_catches_a_missing_country_a_duplicate_kind_and_language() -> None:
    def mutate(data: dict[str, Any]) -> None:
        data["countries"] = [c for c in data["countries"] if c["code"] != "JP"]
        data["countries"].append(copy.deepcopy(_country(data, "FR")))
        _country(data, "NZ")["lines"][0]["kind"] = "text"
        data["languages"]["xx"] = "XX"

    problems = _broken(mutate)
    assert any("no emergency number for" in p and "JP" in p for p in problems)
    assert any(p.startswith("FR:") and "twice" in p for p in problems)
    assert any(p.startswith("NZ:") and "kind" in p for p in problems)
    assert any("'xx'" in p and "unknown country" in p for p in problems)
