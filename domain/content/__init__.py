"""Steady's content library: every exercise, prompt and template, in our own words.

Grounded in the source article (self-soothing, direct bids, reassurance before it is
extracted, predictability over intensity), never copied from it. Strings use HTML parse
mode with <b> and <i> only. Functions that take a name or free text escape it themselves,
except `activation.reflect`, whose trigger the caller escapes (see its docstring).

Every word is an English msgid. Functions and accessors return it in the language being
spoken; tables built at import time (button labels, variants to rotate through) hold the
msgids, marked with `N_`, and are shown through `_` (or `translated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TypeVar

from domain.i18n import _

T = TypeVar("T")


def esc(text: str) -> str:
    """Escape user-supplied text so content stays valid HTML."""
    return escape(text, quote=False)


def pick(options: Sequence[T], index: int) -> T:
    """Rotate through variants so repeated use does not feel canned."""
    if not options:
        raise ValueError("no options to pick from")
    return options[index % len(options)]


def translated(options: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(key, label msgid) options, e.g. a row of buttons, with each label in the current
    language; the keys (callback data) stay as they are."""
    return tuple((key, _(label)) for key, label in options)
