"""Speaking each person's language: one gettext catalogue, one locale per rendering.

Every user-facing string is an English msgid passed through `_` (or `ngettext` where a
count appears), with named `{placeholders}` filled by `str.format` after translation,
so a translator can move them. Strings defined at import time (menus, exercise steps)
are marked with `N_` and translated where they are shown.

Which language `_` speaks is a context variable: an update speaks the caller's language
(set when the update starts, from Telegram's `language_code`, then from the stored
choice), and anything rendered for somebody else, a partner's relay or a scheduled
message, is rendered inside `speaking(that person's locale)`. Contexts are copied into
every asyncio task, so two updates handled at once never hear each other's language.

The `.po` files under `domain/locales` are the source; they are compiled in memory the
first time a locale is used (`load_catalogues` does all of them at start-up, so a broken
file stops the bot before anyone meets it). Babel extracts the template:
`scripts/catalogue extract`.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

#: The catalogue's domain and where its `.po` files live.
DOMAIN = "steady"
LOCALES_DIR = Path(__file__).with_name("locales")

#: The source language: its msgids are the English text itself.
SOURCE = "en"
#: Every language Steady speaks, in the order /language offers them.
SHIPPED: tuple[str, ...] = ("en", "de", "es", "pt_BR", "ru")
#: Each language's name in itself, for the /language buttons.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
}
#: A base language we ship in one regional form only: its speakers get that form
#: (pt-PT reads Brazilian Portuguese more easily than English).
_BASE_FALLBACK: dict[str, str] = {"pt": "pt_BR"}

_locale: ContextVar[str] = ContextVar("steady_locale", default=SOURCE)


def _normalise(tag: str) -> str:
    """`pt-br`, `PT_br` → `pt_BR`: language lower case, region upper case."""
    parts = tag.strip().replace("-", "_").split("_")
    language = parts[0].lower()
    if len(parts) > 1 and parts[1]:
        return f"{language}_{parts[1].upper()}"
    return language


def negotiate(language_code: str | None) -> str:
    """The shipped locale for a Telegram `language_code`: the exact code, then its
    normalised form (`pt-br` → `pt_BR`), then the base language, then English."""
    if not language_code or not language_code.strip():
        return SOURCE
    if language_code in SHIPPED:
        return language_code
    normalised = _normalise(language_code)
    if normalised in SHIPPED:
        return normalised
    base = normalised.split("_")[0]
    if base in SHIPPED:
        return base
    return _BASE_FALLBACK.get(base, SOURCE)


def supported(locale: str | None) -> str:
    """A stored locale if Steady still ships it, else English (a language dropped from a
    later release must not leave anyone without words)."""
    return locale if locale in SHIPPED else SOURCE


def po_path(locale: str) -> Path:
    """Where one language's catalogue lives."""
    return LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(locale: str) -> _gettext.NullTranslations:
    """One language's compiled catalogue (English: the msgids themselves). Fuzzy
    entries are left out on purpose: an unreviewed guess is never shown."""
    if locale == SOURCE:
        return _gettext.NullTranslations()
    with po_path(locale).open("rb") as source:
        catalog = read_po(source, locale=locale, domain=DOMAIN, abort_invalid=True)
    compiled = BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return _gettext.GNUTranslations(compiled)


def load_catalogues() -> None:
    """Compile every shipped catalogue now (start-up), so a broken one fails loudly."""
    for locale in SHIPPED:
        translations(locale)


def current_locale() -> str:
    """The language being spoken in this context."""
    return _locale.get()


def use_locale(locale: str) -> None:
    """Speak `locale` for the rest of this context (an update's task)."""
    _locale.set(supported(locale))


@contextmanager
def speaking(locale: str) -> Iterator[None]:
    """Render in `locale` inside the block (a message for someone else), then return to
    the language spoken before."""
    token = _locale.set(supported(locale))
    try:
        yield
    finally:
        _locale.reset(token)


def _(message: str) -> str:
    """`message` (an English msgid) in the current language."""
    return translations(_locale.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for `count` in the current language (Russian has three)."""
    return translations(_locale.get()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` where the same English word needs different translations (a button
    label and a verb, say): `context` tells them apart."""
    return translations(_locale.get()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it yet (import-time text,
    translated by `_` where it is shown)."""
    return message


def babel_locale() -> Locale:
    """The current language as Babel's Locale, for dates and numbers."""
    return Locale.parse(_locale.get())
