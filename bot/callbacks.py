"""Callback data: short, prefixed, and always re-checked against the database on use.

Telegram limits callback_data to 64 bytes and anyone can forge it, so the data
only names an action and an id; handlers verify the presser may act on it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import time
from typing import Generic, TypeVar, overload

A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")
T_co = TypeVar("T_co", covariant=True)

ROLE = "role"
UNPAIR = "unpair"
DELETE = "deldata"

YES = "yes"
NO = "no"


def make(prefix: str, *parts: str | int) -> str:
    """Join a prefix and parts into callback data, checking Telegram's size limit."""
    data = ":".join([prefix, *map(str, parts)])
    if not 1 <= len(data.encode()) <= 64:
        raise ValueError("callback data must be 1-64 bytes")
    return data


def split(data: str | None) -> list[str]:
    """The parts after the prefix ([] for missing data)."""
    return (data or "").split(":")[1:]


@dataclass(frozen=True)
class Slot(Generic[T_co]):
    """One part of callback data and how to read it; `read` returns None for a part
    this slot does not accept."""

    read: Callable[[str], T_co | None]


def _row_id(part: str) -> int | None:
    return int(part) if part.isascii() and part.isdigit() and len(part) <= 18 else None


#: A database row's id (digits only, as `make` writes an int).
ID: Slot[int] = Slot(_row_id)


def clock_part(at: time) -> str:
    """A local time as one part of callback data ("0930"); `CLOCK` reads it back."""
    return f"{at:%H%M}"


def _clock(part: str) -> time | None:
    if len(part) != 4 or not (part.isascii() and part.isdigit()):
        return None
    hour, minute = int(part[:2]), int(part[2:])
    return time(hour, minute) if hour < 24 and minute < 60 else None


#: A local wall time written by `clock_part`.
CLOCK: Slot[time] = Slot(_clock)


def one_of(choices: Collection[str]) -> Slot[str]:
    """A word from a fixed set (a template key, an outcome, an action name)."""
    return Slot(lambda part: part if part in choices else None)


def word(expected: str) -> Slot[str]:
    """Exactly this word (an action like "stop" that takes parts of its own)."""
    return one_of((expected,))


#: The answer on a yes / no confirmation.
YES_OR_NO: Slot[str] = one_of((YES, NO))


@overload
def parse(data: str | None, a: Slot[A], /) -> tuple[A] | None: ...
@overload
def parse(data: str | None, a: Slot[A], b: Slot[B], /) -> tuple[A, B] | None: ...
@overload
def parse(data: str | None, a: Slot[A], b: Slot[B], c: Slot[C], /) -> tuple[A, B, C] | None: ...
def parse(data: str | None, *slots: Slot[object]) -> tuple[object, ...] | None:
    """The parts after the prefix read by `slots`, or None unless every part fits its
    slot and there are exactly as many parts as slots. Forged and stale data land here
    as None, which handlers answer with "this button has expired"."""
    parts = split(data)
    if len(parts) != len(slots):
        return None
    values = tuple(slot.read(part) for slot, part in zip(slots, parts, strict=True))
    return None if any(value is None for value in values) else values


def pattern(prefix: str) -> str:
    """A regex for CallbackQueryHandler matching this prefix."""
    return rf"^{prefix}(:|$)"


CALM = "calm"
FEEL = "feel"
ACTIVATED = "act"
BID = "bid"
BID_REPLY = "bidr"
BID_TIME = "bidt"
REASSURE = "re"
CHECKIN = "ci"
PROMISE = "pr"
PROMISE_LATE = "prl"
PROMISE_NEXT = "prn"
PLANS = "pl"
SPACE = "sp"
LANGUAGE = "lang"
