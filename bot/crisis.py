"""Crisis language detection and the helplines to offer instead of an exercise.

When someone writes about suicide or self-harm, Steady does not start a breathing exercise: it
answers with a short, kind message that it is not an emergency service, the likely local emergency
number, a crisis line and findahelpline.com. This module decides *whether* a message needs that
reply and *which numbers* go into it. Every number comes from
``bot/resources/helplines.json``, next to
the page it was taken from, so a human can check it; nothing here invents or formats numbers.

The user's text is never logged or stored by this module.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import unicodedata
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any, Final, Literal
from urllib.parse import urlsplit

__all__ = [
    "CrisisResources",
    "Helpline",
    "HelplineKind",
    "looks_like_crisis",
    "resources_for",
    "validate_helplines_data",
]

logger = logging.getLogger(__name__)

HelplineKind = Literal["call", "call or text"]
_KINDS: Final[frozenset[str]] = frozenset({"call", "call or text"})
FINDAHELPLINE_URL: Final = "https://findahelpline.com"


# --------------------------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------------------------

# Applied before NFKC, which would turn the acute accent into a space plus a combining mark.
_APOSTROPHES: Final = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201b\u02bc\u02b9\u0060\u00b4\u2032", "'")
)
_INVISIBLE: Final = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACE: Final = re.compile(r"\s+")


def _normalise(text: str) -> str:
    """Fold text so one pattern matches every spelling of a phrase.

    NFKC and casefold unify look-alike characters and case (``ß`` becomes ``ss``); accents are
    dropped because people in distress type fast (``nao``/``não``, ``mochte``/``möchte``); curly
    apostrophes become ``'``; invisible characters go and whitespace collapses to single spaces,
    so the patterns below can use plain spaces.
    """
    folded = unicodedata.normalize("NFKC", text.translate(_APOSTROPHES)).casefold()
    folded = _INVISIBLE.sub("", folded)
    decomposed = unicodedata.normalize("NFKD", folded)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACE.sub(" ", unicodedata.normalize("NFC", bare)).strip()


# Fragments, written in the folded form that _normalise produces (lowercase, no accents).
_MYSELF = r"my ?self"
_NOT_BEFORE = r"(?<!not )(?<!n't )(?<!nt )(?<!no )(?<!nao )(?<!non )(?<!nicht )(?<!niet )(?<!pas )"
_FIGURATIVE_DIE = (
    r"(?! (?:laughing|of (?:laughter|embarrassment|shame|boredom|cringe)"
    r"|de (?:risa|rire|rir|verguenza|vergonha|honte|hambre|fome|faim|sueno|ennui|saudades?|amor)"
    r"|dal ridere|di (?:fame|noia|vergogna)))"
)
_ACCIDENT_AFTER = (
    r"(?! (?:at|on|in|during|while|whilst|when|playing|running|lifting|training|shaving|cooking"
    r"|chopping|slicing|off|out|some|by accident|accidentally|a (?:bit|little|slice|piece|break)))"
)
_ACCIDENT_BEFORE = r"(?<!fell and )(?<!tripped and )(?<!slipped and )(?<!accidentally )"

# One entry per phrase family. Each is matched between word boundaries on normalised text.
_PHRASES: Final[tuple[str, ...]] = (
    # ---- shared across languages: suicide, suicidal, suicidio, suicider, suicidaal, ...
    r"suicid\w*",
    r"overdos(?:e|ed|es|ing)(?! on (?:coffee|caffeine|sugar|chocolate|carbs|netflix|tv|work"
    r"|cuteness|espresso|tea|sleep|vitamins?))",
    # ---- English
    rf"kill(?:s|ing|ed)? {_MYSELF}",
    rf"hang(?:s|ing|ed)? {_MYSELF}",
    r"unaliv(?:e|ed|es|ing)\w*",
    r"sewer ?slide",
    r"(?<!the )end(?:s|ing)? (?:my (?:own )?life|it all)",
    r"(?:tak(?:e|ing)|took) my (?:own )?life(?! (?:back|in|into|to|forward|seriously))",
    rf"{_NOT_BEFORE}(?:want(?:ed|s)? to|wanna|wish i could) (?:just |really |simply )?die"
    + _FIGURATIVE_DIE,
    r"want(?:ed|s)? to be dead",
    r"wish i (?:was|were) dead",
    r"wish i (?:was|were|had|'d) never (?:been )?born",
    r"wish i (?:wasn'?t|weren'?t|was not|were not) (?:alive|born)",
    r"(?:do not|don'?t|dont) (?:really |even )?(?:want|wanna) (?:to )?(?:be alive|exist"
    r"|(?:live|be here|be around|go on) (?:any ?more|any longer)|wake up (?:any ?more|again|ever))",
    r"no longer want to (?:live|be alive|exist)(?! (?:in|with|at|near|here|there|like))",
    r"(?:want|wish|hope|pray) (?:that )?i (?:don'?t|do not|never|won'?t|will not) wake up",
    r"(?:go|went|going) to sleep and (?:never|not) wake up",
    r"(?:can'?t|cannot|can not) (?:go on|keep) living",
    r"want(?:s)? it all to end",
    r"better off (?:dead|without me)",
    r"(?:nobody|no one|no-one|noone|anyone|anybody) (?:would |will |'d |even )*"
    r"(?:care|notice|miss me) if i (?:died|was dead|were dead|was gone|were gone|disappeared)",
    rf"{_ACCIDENT_BEFORE}(?:hurt(?:s|ing)?|harm(?:s|ing|ed)?|cut(?:s|ting)?|injur(?:e|es|ing|ed))"
    rf" {_MYSELF}" + _ACCIDENT_AFTER,
    r"self[- ]?(?:harm\w*|injur\w*|mutilat\w*)",
    r"(?:no|any|zero) reasons? (?:left )?to (?:live|go on|keep going|stay alive)",
    r"nothing (?:left )?to live for",
    r"(?:life|living) (?:isn'?t|is not|'?s not|ain'?t|is no longer) worth (?:living|it)",
    r"not worth living",
    r"no point (?:in )?(?:living|being alive|going on|staying alive)",
    r"(?:swallow(?:ed|ing)?|down(?:ed|ing)?) (?:all (?:of )?|a (?:whole )?bottle of |a handful of )"
    r"(?:my |the |these |those )?(?:pills|tablets|meds)",
    r"jump(?:s|ing|ed)? (?:off|from|in front of) (?:a|the) (?:bridge|roof|building|train|balcony)",
    # ---- German (ü -> u, ß -> ss after folding)
    r"suizid\w*",
    r"selbstmord\w*",
    r"freitod\w*",
    r"mich (?:selbst |einfach )?(?:umbringen|umzubringen|zu toten|toten)",
    r"bring(?:e)? mich (?:selbst |einfach )?um",
    r"mir (?:selbst )?das leben (?:zu )?nehmen",
    r"nehm(?:e)? mir (?:selbst )?das leben",
    r"(?:will|mochte|wurde gerne?) (?:einfach |nur |lieber |jetzt |am liebsten )*sterben",
    r"(?:will|mochte) (?:einfach |nur |lieber )*tot sein",
    r"ware (?:lieber |am liebsten |besser )tot",
    r"(?:will|mochte|kann) nicht mehr leben",
    r"keine lust mehr (?:zu|auf) leben",
    r"lebensmu(?:e)?de",
    r"(?:mich|mir) (?:selbst )?(?:verletzen|weh tun|wehtun)",
    r"selbstverletz\w*",
    r"ritz(?:e|en) mich",
    r"mich (?:zu )?ritzen",
    r"(?:meinem leben|allem) ein ende (?:zu )?(?:setzen|machen|bereiten)",
    r"setz(?:e)? (?:meinem leben|allem) ein ende",
    r"ohne mich besser",
    r"keinen? (?:grund|sinn) (?:mehr )?(?:zu|zum) leben",
    r"nicht mehr aufwachen",
    r"uberdosis",
    # ---- Spanish
    r"(?:quiero|quisiera|voy a|pienso en|pensando en|ganas de|deseo|intente|intentar) "
    r"(?:matarme|suicidarme|quitarme la vida)",
    r"me (?:quiero|voy a) matar",
    r"quitarme la vida",
    r"acabar con mi (?:propia )?vida",
    rf"{_NOT_BEFORE}(?:me quiero|quiero|ganas de) morir(?:me)?" + _FIGURATIVE_DIE,
    r"no quiero (?:seguir )?vivi(?:r|endo)(?! (?:en|con|asi|aqui|alli|ahi|cerca))",
    r"(?:no tengo|sin|no hay|ya no hay) (?:ninguna |una )?razon(?:es)? para vivir",
    r"(?:quiero|voy a|ganas de|pienso en) hacerme dano",
    r"autolesi\w*",
    r"cortarme las venas",
    r"(?:estarian|estaria|estan|seria) mejor sin mi",
    r"mejor muert[oa]s?",
    r"sobredosis",
    # ---- Portuguese (não -> nao)
    r"(?:quero|vou|queria|vontade de|penso em|pensando em|pensei em|desejo) "
    r"(?:me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida)",
    r"matar-me",
    r"tirar (?:a )?minha (?:propria )?vida",
    r"acabar com (?:a )?minha (?:propria )?vida",
    rf"{_NOT_BEFORE}(?:quero|vontade de|queria) morrer" + _FIGURATIVE_DIE,
    r"(?:nao|nunca mais) quero (?:mais )?viver(?! (?:em|com|assim|aqui|ali|perto))",
    r"nao aguento mais viver",
    r"(?:quero|vou|vontade de|penso em) me (?:machucar|cortar|ferir)",
    r"automutila\w*",
    r"autolesao",
    r"melhor sem mim",
    r"(?:nenhum|sem|nao tenho) motivos? para viver",
    # ---- French
    r"(?:veux|vais|voudrais|envie de|pense a|penser a) me tuer",
    r"(?:mettre|mets|met) fin a (?:mes jours|ma vie)",
    r"en finir avec (?:la|ma) vie",
    r"(?:(?:veux|voudrais|vais) |envie d')en finir(?! avec (?!(?:la|ma) vie))",
    rf"{_NOT_BEFORE}(?:veux|voudrais|envie de|aimerais) mourir" + _FIGURATIVE_DIE,
    r"veux plus vivre(?! (?:ici|la|avec|comme|a|en|dans))",
    r"me (?:faire du mal|mutiler|scarifier)",
    r"scarifi\w*",
    r"automutil\w*",
    r"mieux sans moi",
    r"(?:plus|aucune|pas de) raisons? de vivre",
    r"(?:m'ouvrir|me taillader) les veines",
    # ---- Italian (più -> piu)
    r"(?:voglio|vorrei|penso di|pensando di|sto per|ho voglia di) "
    r"(?:uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita)",
    r"mi voglio (?:uccidere|ammazzare|suicidare)",
    r"togliermi la vita",
    rf"{_NOT_BEFORE}(?:voglio|vorrei|ho voglia di) morire" + _FIGURATIVE_DIE,
    r"non voglio piu vivere(?! (?:qui|qua|con|a|in|cosi))",
    r"(?:voglio|vorrei|ho voglia di|penso di) farmi del male",
    r"autolesion\w*",
    r"meglio senza di me",
    r"(?:nessun|nessuna|senza) (?:motivo|ragione) per vivere",
    # ---- Dutch
    r"zelfmoord\w*",
    r"(?:mezelf|me) (?:van kant|om het leven) (?:te )?(?:maken|brengen)",
    r"mezelf (?:te )?(?:doden|ombrengen|iets aandoen|snijden|pijn doen|verwonden)",
    rf"{_NOT_BEFORE}ik wil (?:gewoon |echt |liever )?dood",
    r"wil niet meer leven",
    r"wil er niet meer zijn",
    r"(?:een )?einde (?:aan|maken aan) (?:mijn|m'n) leven",
    r"zelfbeschadig\w*",
    r"beter (?:af )?zonder mij",
    r"geen reden (?:meer )?om te leven",
)

_CRISIS_RE: Final = re.compile("|".join(rf"(?<!\w)(?:{p})(?!\w)" for p in _PHRASES))


def looks_like_crisis(text: str) -> bool:
    """Return True if ``text`` reads like suicide or self-harm language.

    Errs towards answering: a kind crisis reply to a hyperbole costs little, a breathing
    exercise in answer to "I want to end my life" costs a lot. Idioms that only borrow the words
    ("this traffic is killing me", "dying to see you") are left alone.
    """
    if not text:
        return False
    return _CRISIS_RE.search(_normalise(text)) is not None


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Helpline:
    """A human-staffed crisis line, with the page its number was taken from."""

    name: str
    number: str
    kind: HelplineKind
    url: str


@dataclass(frozen=True, slots=True)
class CrisisResources:
    """What a crisis reply offers: local numbers if a country can be guessed, always findahelpline.

    ``country_code`` is None when neither the time zone nor the language told us where the user
    is; then ``emergency_number`` is None and ``lines`` is empty, and findahelpline.com is the
    whole answer rather than a guess that could send someone to a number that does not work.
    """

    country_code: str | None
    country_name: str | None
    emergency_number: str | None
    emergency_url: str | None
    lines: tuple[Helpline, ...]
    findahelpline_url: str


_NO_COUNTRY: Final = CrisisResources(None, None, None, None, (), FINDAHELPLINE_URL)
_REGION_ALIASES: Final[Mapping[str, str]] = {"UK": "GB"}
_REGION_RE: Final = re.compile(r"[a-z]{2}|[0-9]{3}")


@dataclass(frozen=True, slots=True)
class _Index:
    by_zone: Mapping[str, CrisisResources]
    by_code: Mapping[str, CrisisResources]
    by_language: Mapping[str, CrisisResources]
    no_country: CrisisResources


@functools.cache
def _load_raw() -> Mapping[str, Any]:
    """Read the helplines file once; it ships inside the ``bot`` package as package data."""
    path = resources.files("bot") / "resources" / "helplines.json"
    data: Any = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("helplines.json must hold a JSON object")
    return data


@functools.cache
def _index() -> _Index:
    """Build the lookups once, so answering a crisis message is a few dict reads."""
    data = _load_raw()
    findahelpline = str(data["findahelpline"]["url"])
    by_zone: dict[str, CrisisResources] = {}
    by_code: dict[str, CrisisResources] = {}
    for country in data["countries"]:
        entry = CrisisResources(
            country_code=country["code"],
            country_name=country["name"],
            emergency_number=country["emergency"]["number"],
            emergency_url=country["emergency"]["url"],
            lines=tuple(
                Helpline(name=ln["name"], number=ln["number"], kind=ln["kind"], url=ln["url"])
                for ln in country["lines"]
            ),
            findahelpline_url=findahelpline,
        )
        by_code[country["code"]] = entry
        for zone in country["zones"]:
            by_zone[zone] = entry
    by_language = {tag: by_code[code] for tag, code in data["languages"].items() if code in by_code}
    no_country = CrisisResources(None, None, None, None, (), findahelpline)
    return _Index(by_zone, by_code, by_language, no_country)


def _for_language(language_code: str, index: _Index) -> CrisisResources | None:
    """Guess a country from a language tag: whole tag, then region subtag, then the language.

    An explicit region we have no data for ("de-LI", "es-AR") yields None on purpose: it says
    the user is somewhere else, so the language's default country would be the wrong guess.
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


def resources_for(timezone: str | None, language_code: str | None) -> CrisisResources:
    """Pick the crisis resources for a user: IANA time zone first, then Telegram language_code.

    The time zone is the better signal (a German speaker in Vienna needs Austria's numbers), so
    the language only decides when the zone is missing or not in the data. findahelpline.com is
    always included. If the data file cannot be used this still answers, with findahelpline
    only, because a crisis reply must never fail.
    """
    try:
        index = _index()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        logger.exception("helplines data unusable; offering findahelpline only")
        return _NO_COUNTRY
    if timezone:
        found = index.by_zone.get(timezone.strip())
        if found is not None:
            return found
    if language_code:
        found = _for_language(language_code, index)
        if found is not None:
            return found
    return index.no_country


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


def _iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _number_ok(value: object) -> bool:
    return isinstance(value, str) and _NUMBER_RE.fullmatch(value) is not None


def validate_helplines_data(data: Mapping[str, Any] | None = None) -> list[str]:
    """List what is wrong with the helplines data; an empty list means it is usable.

    Run by the tests so the file cannot rot unnoticed: every number needs digits only and an
    https source page, every zone must be a name the IANA database knows and belong to one
    country only. ``data`` defaults to the shipped file.
    """
    if data is None:
        try:
            data = _load_raw()
        except (OSError, ValueError) as exc:
            return [f"helplines.json cannot be read: {exc}"]
    problems: list[str] = []

    if not _iso_date(data.get("sources_checked")):
        problems.append("sources_checked must be an ISO date (YYYY-MM-DD)")
    findahelpline = data.get("findahelpline")
    if not isinstance(findahelpline, Mapping) or not _https(findahelpline.get("url")):
        problems.append("findahelpline.url must be an https URL")

    known_zones = zoneinfo.available_timezones()
    if not known_zones:
        problems.append("no IANA time zone database found (install the tzdata package)")
    zone_owner: dict[str, str] = {}
    codes: set[str] = set()
    countries = data.get("countries")
    if not isinstance(countries, list) or not countries:
        problems.append("countries must be a non-empty list")
        countries = []

    for position, country in enumerate(countries):
        if not isinstance(country, Mapping):
            problems.append(f"countries[{position}] is not an object")
            continue
        code = country.get("code")
        where = f"{code}" if isinstance(code, str) else f"countries[{position}]"
        if not isinstance(code, str) or not _CODE_RE.fullmatch(code):
            problems.append(f"{where}: code must be an ISO 3166-1 alpha-2 code")
        elif code in codes:
            problems.append(f"{where}: country listed twice")
        else:
            codes.add(code)
        if not isinstance(country.get("name"), str) or not country["name"].strip():
            problems.append(f"{where}: name missing")

        zones = country.get("zones")
        if not isinstance(zones, list) or not zones:
            problems.append(f"{where}: zones must be a non-empty list")
            zones = []
        for zone in zones:
            if not isinstance(zone, str):
                problems.append(f"{where}: zone {zone!r} is not a string")
                continue
            if known_zones and zone not in known_zones:
                problems.append(f"{where}: zone {zone} is unknown to zoneinfo")
            if zone in zone_owner:
                problems.append(f"{where}: zone {zone} already mapped to {zone_owner[zone]}")
            else:
                zone_owner[zone] = where

        emergency = country.get("emergency")
        if not isinstance(emergency, Mapping):
            problems.append(f"{where}: emergency missing")
        else:
            if not _number_ok(emergency.get("number")):
                problems.append(f"{where}: emergency number {emergency.get('number')!r} invalid")
            if not _https(emergency.get("url")):
                problems.append(f"{where}: emergency number has no https source url")

        lines = country.get("lines")
        if not isinstance(lines, list) or not lines:
            problems.append(f"{where}: lines must be a non-empty list")
            lines = []
        for line in lines:
            if not isinstance(line, Mapping):
                problems.append(f"{where}: a line is not an object")
                continue
            label = f"{where}: line {line.get('name')!r}"
            if not isinstance(line.get("name"), str) or not line["name"].strip():
                problems.append(f"{label}: name missing")
            if not _number_ok(line.get("number")):
                problems.append(f"{label}: number {line.get('number')!r} invalid")
            if line.get("kind") not in _KINDS:
                problems.append(f"{label}: kind must be one of {sorted(_KINDS)}")
            if not _https(line.get("url")):
                problems.append(f"{label}: no https source url")

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
