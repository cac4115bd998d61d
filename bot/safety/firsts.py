"""Which characters can begin a match of a regular expression.

Why: the net holds well over a thousand patterns. Trying every one at every word of
every message costs milliseconds; trying at each word only the patterns that can start
with that word's first character costs a small fraction of that. The answer must never
be too small (a pattern left out is a crisis missed), so anything this module does not
understand makes the pattern a candidate everywhere.

Uses the standard library's own regex parser (``re._parser``, stable since 3.11): the
only parser that reads exactly the syntax ``re`` compiles. It is private, so it is
reached in one place (`_private_re`) and typeshed does not describe it (hence ``Any``).
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Final


def _private_re(name: str) -> Any:
    """``re._constants`` / ``re._parser``: private, stable since 3.11, not in typeshed."""
    return importlib.import_module(f"re.{name}")


c = _private_re("_constants")
parser = _private_re("_parser")

#: "Could start with anything": the pattern is tried at every word.
ANYTHING = None

_Firsts = frozenset[str] | None  # None: anything


class _Unknown(Exception):
    """An opcode this analysis does not model; the caller falls back to ANYTHING."""


#: What ``\\d`` can meet: `normalise_message` turns every script's digits into ASCII.
_DIGITS: Final = frozenset("0123456789")


def _charset(items: list[tuple[Any, Any]]) -> frozenset[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars |= _DIGITS
        elif op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            low, high = av
            if high - low > 512:
                raise _Unknown
            chars.update(chr(i) for i in range(low, high + 1))
        else:  # NEGATE, \w, \s, \S...: too wide to list
            raise _Unknown
    return frozenset(chars)


def _sequence(items: Any) -> tuple[_Firsts, bool]:
    """(first characters, can be empty) of a sequence of parsed items."""
    firsts: set[str] = set()
    for op, av in items:
        item, nullable = _item(op, av)
        if item is ANYTHING:
            return ANYTHING, False
        firsts |= item
        if not nullable:
            return frozenset(firsts), False
    return frozenset(firsts), True


def _item(op: Any, av: Any) -> tuple[_Firsts, bool]:
    if op is c.LITERAL:
        return frozenset({chr(av)}), False
    if op is c.IN:
        return _charset(av), False
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return frozenset(), True  # zero width: what follows decides
    if op is c.SUBPATTERN:
        return _sequence(av[-1])
    if op is c.ATOMIC_GROUP:
        return _sequence(av)
    if op is c.BRANCH:
        firsts: set[str] = set()
        nullable = False
        for branch in av[1]:
            found, empty = _sequence(branch)
            if found is ANYTHING:
                return ANYTHING, False
            firsts |= found
            nullable = nullable or empty
        return frozenset(firsts), nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = av
        found, empty = _sequence(body)
        return found, empty or low == 0
    raise _Unknown  # ANY, CATEGORY, NOT_LITERAL, GROUPREF...: could be many characters


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can begin with; None if it could begin with
    anything (or the pattern can match the empty string)."""
    try:
        found, nullable = _sequence(parser.parse(pattern))
    except (_Unknown, re.error, RecursionError):
        return ANYTHING
    if found is ANYTHING or nullable or not found:
        return ANYTHING
    return found
