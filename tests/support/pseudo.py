"""A stand-in catalogue for tests: every message comes back wrapped (`«like this»`), so
text that skipped the catalogue shows up unwrapped, and placeholders still have to
survive translation to be filled."""

from __future__ import annotations

import gettext
from collections.abc import Collection

import pytest

from domain import i18n


class Wrapped(gettext.NullTranslations):
    """Every msgid, between `left` and `right`."""

    def __init__(self, left: str = "«", right: str = "»") -> None:
        super().__init__()
        self.left, self.right = left, right

    def gettext(self, message: str) -> str:
        return f"{self.left}{message}{self.right}"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)


def wrap_languages(
    monkeypatch: pytest.MonkeyPatch, locales: Collection[str], left: str = "«", right: str = "»"
) -> None:
    """Make `locales` speak the wrapped stand-in; the others keep their catalogues."""
    real = i18n.translations
    stand_in = Wrapped(left, right)

    def translations(locale: str) -> gettext.NullTranslations:
        return stand_in if locale in locales else real(locale)

    monkeypatch.setattr(i18n, "translations", translations)
