"""Steady's content library: every exercise, prompt and template, in our own words.

Grounded in the source article (self-soothing, direct bids, reassurance before it is
extracted, predictability over intensity), never copied from it. Strings use HTML parse
mode with <b> and <i> only. Functions that take a name or free text escape it themselves,
except `activation.reflect`, whose trigger the caller escapes (see its docstring).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TypeVar

T = TypeVar("T")


def esc(text: str) -> str:
    """Escape user-supplied text so content stays valid HTML."""
    return escape(text, quote=False)


def pick(options: Sequence[T], index: int) -> T:
    """Rotate through variants so repeated use does not feel canned."""
    if not options:
        raise ValueError("no options to pick from")
    return options[index % len(options)]
