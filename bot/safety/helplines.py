"""Which emergency number and crisis lines to offer, from the shipped data file.

Every number lives in ``bot/resources/helplines.json`` next to the page it was taken
from, its hours and when (or whether) it was checked, so a human can check it; nothing
here invents or formats numbers. Time zones map to countries through tzdata's own
``zone.tab`` (not a hand-made list), so every IANA zone of a country finds its numbers.
Nothing in this module may stop a crisis reply: if the data cannot be used, the answer is
findahelpline.com alone.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any, Final, Literal
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

HelplineKind = Literal["call", "call or text"]
KINDS: Final[frozenset[str]] = frozenset({"call", "call or text"})
AROUND_THE_CLOCK: Final = "24/7"
UNCHECKED: Final = "unchecked"
FINDAHELPLINE_URL: Final = "https://findahelpline.com"


@dataclass(frozen=True, slots=True)
class Helpline:
    """A human-staffed crisis line, its hours and the page its number was taken from."""

    name: str
    number: str
    kind: HelplineKind
    hours: str
    url: str

    @property
    def around_the_clock(self) -> bool:
        return self.hours == AROUND_THE_CLOCK


@dataclass(frozen=True, slots=True)
class CrisisResources:
    """What a crisis reply offers: local numbers if a country can be guessed, always
    findahelpline.com. With no country, ``emergency_number`` is None and ``lines`` empty:
    findahelpline is then the whole answer rather than a guess that could be wrong."""

    country_code: str | None
    country_name: str | None
    emergency_number: str | None
    emergency_url: str | None
    lines: tuple[Helpline, ...]
    findahelpline_url: str


NO_COUNTRY: Final = CrisisResources(None, None, None, None, (), FINDAHELPLINE_URL)
_REGION_ALIASES: Final[Mapping[str, str]] = {"UK": "GB"}
_REGION_RE: Final = re.compile(r"[a-z]{2}|[0-9]{3}")


# --------------------------------------------------------------------------------------------
# Zones to countries, from tzdata
# --------------------------------------------------------------------------------------------


def _tzdata_file(name: str) -> bytes:
    return (resources.files("tzdata") / "zoneinfo" / name).read_bytes()


@functools.cache
def zone_countries() -> Mapping[str, str]:
    """Every zone tzdata's zone.tab lists, to its ISO 3166 country code."""
    countries: dict[str, str] = {}
    for line in _tzdata_file("zone.tab").decode("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coordinates, zone, *_ = line.split("\t")
        countries[zone] = code
    return countries


@functools.cache
def iso_countries() -> Mapping[str, str]:
    """ISO 3166 codes to English names, from tzdata's iso3166.tab."""
    names: dict[str, str] = {}
    for line in _tzdata_file("iso3166.tab").decode("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, name = line.split("\t", 1)
        names[code] = name.strip()
    return names


@functools.cache
def _countries_by_zone_data() -> Mapping[str, frozenset[str]]:
    """The compiled data of each zone.tab zone, to the countries that use exactly it."""
    by_digest: dict[str, set[str]] = {}
    for zone, code in zone_countries().items():
        try:
            digest = hashlib.sha256(_tzdata_file(zone)).hexdigest()
        except (OSError, ValueError):
            continue
        by_digest.setdefault(digest, set()).add(code)
    return {digest: frozenset(codes) for digest, codes in by_digest.items()}


@functools.cache
def country_of_zone(zone: str) -> str | None:
    """The country of an IANA zone; old names ("Asia/Calcutta", "US/Eastern") resolve
    through tzdata too, when their data is that of one country's zones only."""
    zone = zone.strip()
    found = zone_countries().get(zone)
    if found is not None or not re.fullmatch(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*", zone):
        return found
    try:
        digest = hashlib.sha256(_tzdata_file(zone)).hexdigest()
    except (OSError, ValueError):
        return None
    codes = _countries_by_zone_data().get(digest, frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


# --------------------------------------------------------------------------------------------
# The data file
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Index:
    by_code: Mapping[str, CrisisResources]
    by_language: Mapping[str, CrisisResources]
    findahelpline: CrisisResources


@functools.cache
def load_raw() -> Mapping[str, Any]:
    """Read the helplines file once; it ships inside the ``bot`` package as package data."""
    path = resources.files("bot") / "resources" / "helplines.json"
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("helplines.json must hold a JSON object")
    return data


def _lines(entries: list[Mapping[str, Any]]) -> tuple[Helpline, ...]:
    """The country's lines, any open around the clock first (the order is otherwise kept)."""
    lines = [
        Helpline(
            name=ln["name"],
            number=ln["number"],
            kind=ln["kind"],
            hours=ln["hours"],
            url=ln["source"],
        )
        for ln in entries
    ]
    return tuple(sorted(lines, key=lambda line: not line.around_the_clock))


@functools.cache
def _index() -> _Index:
    """Build the lookups once, so answering a crisis message is a few dict reads."""
    data = load_raw()
    findahelpline = str(data["findahelpline"]["url"])
    by_code: dict[str, CrisisResources] = {}
    for country in data["countries"]:
        by_code[country["code"]] = CrisisResources(
            country_code=country["code"],
            country_name=country["name"],
            emergency_number=country["emergency"]["number"],
            emergency_url=country["emergency"]["source"],
            lines=_lines(country["lines"]),
            findahelpline_url=findahelpline,
        )
    by_language = {tag: by_code[code] for tag, code in data["languages"].items() if code in by_code}
    return _Index(by_code, by_language, CrisisResources(None, None, None, None, (), findahelpline))


def _for_language(language_code: str, index: _Index) -> CrisisResources | None:
    """Guess a country from a language tag: whole tag, then region subtag, then the language.

    An explicit region we have no data for yields None on purpose: it says the user is
    somewhere else, so the language's default country would be the wrong guess.
    """
    tag = language_code.strip().replace("_", "-").casefold()
    if not tag:
        return None
    if tag in index.by_language:
        return index.by_language[tag]
    subtags = tag.split("-")
    region = next((s for s in subtags[1:] if _REGION_RE.fullmatch(s)), None)
    if region is not None:
        code = region.upper()
        return index.by_code.get(_REGION_ALIASES.get(code, code))
    return index.by_language.get(subtags[0])


def _for_zone(zone: str | None, index: _Index) -> CrisisResources | None:
    if not zone:
        return None
    code = country_of_zone(zone)
    return index.by_code.get(code) if code else None


def resources_of_country(code: str) -> CrisisResources | None:
    """One country's resources by ISO code (None if the data has no such country)."""
    return _index().by_code.get(code)


def resources_for(
    zone: str | None,
    language_code: str | None,
    *,
    message_language: str = "",
    default_zone: str | None = None,
) -> CrisisResources:
    """Pick the crisis resources for a person; findahelpline.com is always included.

    In order: the zone they set (a German speaker in Vienna needs Austria's numbers); their
    Telegram language; the language they wrote the message in; the operator's default zone,
    which says least about this one person. Never raises: with unusable data the answer is
    findahelpline only, because a crisis reply must never fail.
    """
    try:
        index = _index()
        return (
            _for_zone(zone, index)
            or (_for_language(language_code, index) if language_code else None)
            or (index.by_language.get(message_language) if message_language else None)
            or _for_zone(default_zone, index)
            or index.findahelpline
        )
    except Exception:  # noqa: BLE001 - any fault here must still leave a reply to send
        logger.error("helplines data unusable; offering findahelpline only", exc_info=True)
        return NO_COUNTRY


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------

_NUMBER_RE: Final = re.compile(r"\+?[0-9]+(?:[ -][0-9]+)*")
_CODE_RE: Final = re.compile(r"[A-Z]{2}")
_LANGUAGE_TAG_RE: Final = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


def _https(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme == "https" and bool(parts.netloc)


def _checked_ok(value: object) -> bool:
    if value == UNCHECKED:
        return True
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _number_ok(value: object) -> bool:
    return isinstance(value, str) and _NUMBER_RE.fullmatch(value) is not None


def _entry_problems(entry: object, label: str, *, line: bool) -> list[str]:
    """What is wrong with one emergency entry or crisis line."""
    if not isinstance(entry, Mapping):
        return [f"{label}: not an object"]
    problems: list[str] = []
    if line and (not isinstance(entry.get("name"), str) or not entry["name"].strip()):
        problems.append(f"{label}: name missing")
    if not _number_ok(entry.get("number")):
        problems.append(f"{label}: number {entry.get('number')!r} invalid")
    if line and entry.get("kind") not in KINDS:
        problems.append(f"{label}: kind must be one of {sorted(KINDS)}")
    if not _https(entry.get("source")):
        problems.append(f"{label}: no https source url")
    if not isinstance(entry.get("hours"), str) or not entry["hours"].strip():
        problems.append(f"{label}: hours missing")
    if not _checked_ok(entry.get("checked")):
        problems.append(f"{label}: checked must be an ISO date or {UNCHECKED!r}")
    return problems


def validate_helplines_data(data: Mapping[str, Any] | None = None) -> list[str]:
    """List what is wrong with the helplines data; an empty list means it is usable.

    Run by the tests so the file cannot rot unnoticed: every country tzdata knows has an
    emergency number; every number has digits only, an https source page, its hours, and
    a checked date or the explicit "unchecked". ``data`` defaults to the shipped file.
    """
    if data is None:
        try:
            data = load_raw()
        except (OSError, ValueError) as exc:
            return [f"helplines.json cannot be read: {exc}"]
    problems: list[str] = []
    findahelpline = data.get("findahelpline")
    if not isinstance(findahelpline, Mapping) or not _https(findahelpline.get("url")):
        problems.append("findahelpline.url must be an https URL")
    countries = data.get("countries")
    if not isinstance(countries, list) or not countries:
        problems.append("countries must be a non-empty list")
        countries = []
    codes: set[str] = set()
    for position, country in enumerate(countries):
        if not isinstance(country, Mapping):
            problems.append(f"countries[{position}] is not an object")
            continue
        code = country.get("code")
        where = code if isinstance(code, str) else f"countries[{position}]"
        if not isinstance(code, str) or not _CODE_RE.fullmatch(code):
            problems.append(f"{where}: code must be an ISO 3166-1 alpha-2 code")
        elif code in codes:
            problems.append(f"{where}: country listed twice")
        else:
            codes.add(code)
        if not isinstance(country.get("name"), str) or not country["name"].strip():
            problems.append(f"{where}: name missing")
        problems += _entry_problems(country.get("emergency"), f"{where}: emergency", line=False)
        lines = country.get("lines")
        if not isinstance(lines, list):
            problems.append(f"{where}: lines must be a list (empty when none is known)")
            lines = []
        for line in lines:
            name = line.get("name") if isinstance(line, Mapping) else None
            problems += _entry_problems(line, f"{where}: line {name!r}", line=True)
    missing = sorted(set(iso_countries()) - codes)
    if missing:
        problems.append(f"no emergency number for: {', '.join(missing)}")
    languages = data.get("languages")
    if not isinstance(languages, Mapping):
        problems.append("languages must be an object")
        languages = {}
    for tag, code in languages.items():
        if not isinstance(tag, str) or not _LANGUAGE_TAG_RE.fullmatch(tag):
            problems.append(f"languages: {tag!r} is not a lowercase language tag")
        if code not in codes:
            problems.append(f"languages: {tag!r} points to unknown country {code!r}")
    return problems
