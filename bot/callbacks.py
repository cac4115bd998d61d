"""Callback data: short, prefixed, and always re-checked against the database on use.

Telegram limits callback_data to 64 bytes and anyone can forge it, so the data
only names an action and an id; handlers verify the presser may act on it.
"""

from __future__ import annotations

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


def pattern(prefix: str) -> str:
    """A regex for CallbackQueryHandler matching this prefix."""
    return rf"^{prefix}(:|$)"


CALM = "calm"
FEEL = "feel"
ACTIVATED = "act"
BID = "bid"
BID_REPLY = "bidr"
REASSURE = "re"
CHECKIN = "ci"
PROMISE = "pr"
SPACE = "sp"
