"""Time zones as users type them: IANA names or fixed UTC offsets."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

_OFFSET_RE = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


@cache
def _zones_by_lower_name() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def parse_zone(text: str) -> str | None:
    """Canonical stored form of a user's zone ("Europe/Berlin" or "+05:30"), or None if invalid.

    IANA names are matched case-insensitively; offsets may be written +2, +02:00, -0530, UTC+3.
    Offsets outside -12:00..+14:00 (the range real zones use) are refused.
    """
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 64:
        return None
    if cleaned.lower() in {"utc", "gmt", "z"}:
        return "UTC"
    match = _OFFSET_RE.match(cleaned)
    if match:
        sign, hours_text, minutes_text = match.groups()
        hours, minutes = int(hours_text), int(minutes_text or 0)
        if minutes >= 60:
            return None
        total = hours * 60 + minutes
        if (sign == "+" and total > 14 * 60) or (sign == "-" and total > 12 * 60):
            return None
        if total == 0:
            return "UTC"
        return f"{sign}{hours:02d}:{minutes:02d}"
    return _zones_by_lower_name().get(cleaned.replace(" ", "_").lower())


def zone_of(stored: str | None, default: str) -> str:
    """The zone a person's times are in: the one they set, else the operator's
    DEFAULT_TIMEZONE. The one place that decides it (the dispatcher, the scheduled
    messages and every handler ask here)."""
    return stored or default


def zone_info(stored: str) -> tzinfo:
    """The tzinfo for a stored zone string produced by `parse_zone`."""
    if stored[:1] in "+-":
        sign = 1 if stored[0] == "+" else -1
        hours, minutes = stored[1:].split(":")
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    return ZoneInfo(stored)


def local_now(stored: str, now: datetime) -> datetime:
    """`now` (aware) seen on the wall clock of the stored zone."""
    return now.astimezone(zone_info(stored))


def zone_label(stored: str) -> str:
    """How to show a zone to its user: offsets as "UTC+05:30", names as they are."""
    return f"UTC{stored}" if stored[:1] in "+-" else stored
