"""Every language the safety net understands: one module each, found by name.

A module here defines ``PATTERNS`` (a `LanguagePatterns`); adding a language is adding a
module and its corpus in tests/safety/corpus/. The order is by module name, which only
decides which language is named when phrases of two languages match one message.
"""

from __future__ import annotations

import importlib
import pkgutil

from bot.safety.patterns import LanguagePatterns


def _discover() -> tuple[LanguagePatterns, ...]:
    found: list[LanguagePatterns] = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        patterns = importlib.import_module(f"{__name__}.{module.name}").PATTERNS
        if not isinstance(patterns, LanguagePatterns):
            raise TypeError(f"{module.name}.PATTERNS is not a LanguagePatterns")
        found.append(patterns)
    return tuple(found)


LANGUAGES: tuple[LanguagePatterns, ...] = _discover()
