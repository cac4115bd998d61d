"""Pure scheduling rules: when a user's local wall-clock times happen, as UTC instants.

Every datetime taken or returned is timezone-aware; returned instants are in UTC. Zones are the
stored strings from `domain.zones.parse_zone` (IANA names such as "Europe/Berlin", or fixed offsets
such as "+05:30"). Repeating times are always computed on the user's local wall clock and then
converted, never by adding 24 hours in UTC, so "09:00 every day" stays 09:00 across DST changes.

DST policy for local wall-clock times (implemented once, in `local_to_utc`):

* A time that does not exist (spring-forward gap) moves forward by the length of the gap:
  02:30 on 2026-03-29 in Europe/Berlin becomes 03:30 CEST = 01:30 UTC.
* A time that happens twice (fall-back) means the FIRST occurrence:
  02:30 on 2026-10-25 in Europe/Berlin is 02:30 CEST = 00:30 UTC, not 02:30 CET = 01:30 UTC.
  A daily or weekly schedule therefore fires once on such a day, never twice.

Both behaviours are exactly what `zoneinfo` does for a wall time with fold=0 (PEP 495).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from babel.dates import format_skeleton, get_day_names

from domain.i18n import N_, SOURCE, _, babel_locale, current_locale
from domain.zones import zone_info

# One clock-time token: an hour, then ":" / "." / "h" and minutes, then am / pm. Which
# combinations make sense is decided in parse_hhmm, where it can be said plainly.
_HALF = r"[ap]\.?m\.?"
_CLOCK_RE = re.compile(
    rf"(?P<hour>[0-9]{{1,2}})(?:(?P<sep>[:.h])(?P<minute>[0-9]{{1,2}})?)?\s?(?P<half>{_HALF})?",
    re.IGNORECASE,
)
_HALF_RE = re.compile(_HALF, re.IGNORECASE)
_BARE_CLOCK_RE = re.compile(r"[0-9]{1,2}(?:[:.][0-9]{1,2})?")
_RELATIVE_RE = re.compile(r"([0-9]{1,4})\s?([mh])", re.IGNORECASE)
_MAX_RELATIVE = {"m": 2880, "h": 48}
#: The one weekday table, in Python's order (0 = Monday): replies use the names, and
#: /practise accepts any word starting with a name's first three letters.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The same days as replies show them, translated where shown (`weekday_name`).
_WEEKDAYS_SHOWN = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
#: "Mondays" as in "Mondays 18:00" (a weekly routine), a phrase of its own in each
#: language ("montags", "por las ... los lunes", "по понедельникам").
_EVERY_WEEKDAY = (
    N_("Mondays"),
    N_("Tuesdays"),
    N_("Wednesdays"),
    N_("Thursdays"),
    N_("Fridays"),
    N_("Saturdays"),
    N_("Sundays"),
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# skip_missed steps one occurrence at a time at most this often before jumping straight to now.
_MAX_CATCH_UP_STEPS = 64
_TICK = timedelta(microseconds=1)


def _require_aware(value: datetime, name: str) -> None:
    """Refuse naive datetimes, which would silently be read as the server's local time."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def _wall(at: time) -> time:
    """A plain wall-clock time: no tzinfo, fold=0, so the documented DST policy applies."""
    return at.replace(tzinfo=None, fold=0)


def parse_hhmm(text: str) -> time | None:
    """A clock time as people type it, or None so callers can re-ask with an example.

    The one parser for every command that takes a clock time. Accepted: "18:30", "7:5"
    (07:05), "9.30", "21h", "21h30", and with am/pm "9pm", "9:30am", "9 p.m.", "12am"
    (midnight), "12pm" (noon). Refused as ambiguous or impossible: a bare hour ("9": morning
    or evening?), "9.5" (9:05 or half past?), "13pm", "0am", "21hpm", "25:00", "9.75".
    """
    match = _CLOCK_RE.fullmatch(text.strip())
    if match is None:
        return None
    sep = (match["sep"] or "").lower()
    minute, half = match["minute"] or "", (match["half"] or "")[:1].lower()
    if not sep and not half:
        return None  # a bare hour: morning or evening?
    if (sep == ":" and not minute) or (sep == "." and len(minute) != 2):
        return None
    if sep == "h" and (half or len(minute) == 1):
        return None
    hours, minutes = int(match["hour"]), int(minute or 0)
    if minutes > 59:
        return None
    if not half:
        return time(hours, minutes) if hours <= 23 else None
    if not 1 <= hours <= 12:
        return None
    return time(hours % 12 + (12 if half == "p" else 0), minutes)


def join_am_pm(words: Sequence[str]) -> list[str]:
    """Command words with a separate "am" / "pm" joined to the time before it, so
    "/checkin 9 pm" reads like "/checkin 9pm"; any other word is left as it is."""
    joined: list[str] = []
    for word in words:
        if joined and _HALF_RE.fullmatch(word) and _BARE_CLOCK_RE.fullmatch(joined[-1]):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def local_to_utc(day: date, at: time, zone: str) -> datetime:
    """The UTC instant of a local wall time; DST gaps and repeats follow the module policy."""
    local = datetime.combine(day, _wall(at), tzinfo=zone_info(zone))
    return local.astimezone(UTC)


def next_daily(at: time, zone: str, after: datetime) -> datetime:
    """The first instant strictly after `after` when the local clock in `zone` shows `at`.

    Also the answer for "/promise 18:30": today if that is still ahead, otherwise tomorrow.
    """
    _require_aware(after, "after")
    today = after.astimezone(zone_info(zone)).date()
    # Start a day early and look a week ahead: covers gaps that push a time across midnight and
    # dates a zone skipped entirely (e.g. Pacific/Apia on 2011-12-30).
    for offset in range(-1, 8):
        candidate = local_to_utc(today + timedelta(days=offset), at, zone)
        if candidate > after:
            return candidate
    raise AssertionError("unreachable: every zone shows every clock time within a week")


def next_weekly(weekday: int, at: time, zone: str, after: datetime) -> datetime:
    """The first instant strictly after `after` that is `at` on local `weekday` (0=Monday)."""
    if not 0 <= weekday <= 6:
        raise ValueError("weekday must be 0 (Monday) .. 6 (Sunday)")
    _require_aware(after, "after")
    today = after.astimezone(zone_info(zone)).date()
    for offset in range(-1, 16):
        day = today + timedelta(days=offset)
        if day.weekday() != weekday:
            continue
        candidate = local_to_utc(day, at, zone)
        if candidate > after:
            return candidate
    raise AssertionError("unreachable: every weekday recurs within two weeks")


def next_occurrence(at: time, weekday: int | None, zone: str, after: datetime) -> datetime:
    """A schedule's next instant strictly after `after`: weekly on `weekday` (0=Monday) when
    it has one, otherwise daily. The one formula for every recurring rule's next instant."""
    if weekday is not None:
        return next_weekly(weekday, at, zone, after)
    return next_daily(at, zone, after)


def parse_relative(text: str) -> timedelta | None:
    """A short delay such as "45m" or "2 h" (at most 48 hours), or None so callers can re-ask."""
    match = _RELATIVE_RE.fullmatch(text.strip())
    if match is None:
        return None
    amount, unit = int(match.group(1)), match.group(2).lower()
    if not 1 <= amount <= _MAX_RELATIVE[unit]:
        return None
    return timedelta(minutes=amount) if unit == "m" else timedelta(hours=amount)


def in_quiet_hours(local: time, start: time, end: time) -> bool:
    """Whether a local wall time falls in the quiet window [start, end), which may wrap midnight.

    start == end means no quiet window at all (not a 24-hour one).
    """
    local, start, end = _wall(local), _wall(start), _wall(end)
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def quiet_hours_end(now: datetime, zone: str, start: time, end: time) -> datetime | None:
    """The UTC instant the quiet window `now` is in ends, so held messages know when to go out.

    None if `now` is not in quiet hours. The end is resolved by `local_to_utc`, so an end time in
    a spring-forward gap moves forward by the gap, like every other scheduled time. In a repeated
    fall-back hour the wall clock rules: if `now` is already past the first occurrence of `end`,
    the window ends at its second occurrence.
    """
    _require_aware(now, "now")
    tz = zone_info(zone)
    local = now.astimezone(tz)
    if not in_quiet_hours(local.time(), start, end):
        return None
    end_day = local.date()
    if start > end and _wall(local.time()) >= _wall(start):
        end_day += timedelta(days=1)  # evening part of a window that wraps midnight
    finish = local_to_utc(end_day, end, zone)
    if finish <= now:
        # Only in a repeated hour: now is the second 02:15 and the first 02:30 has passed.
        finish = datetime.combine(end_day, _wall(end), tzinfo=tz).replace(fold=1).astimezone(UTC)
    return finish


def skip_missed(
    next_due: datetime,
    now: datetime,
    grace: timedelta,
    advance: Callable[[datetime], datetime],
) -> tuple[datetime, int]:
    """Move a recurring schedule past occurrences missed during downtime, without a burst of sends.

    Returns the first occurrence at or after `now - grace` and how many were skipped.
    `advance(previous)` must return the next occurrence strictly after `previous`. Up to 64
    missed occurrences are stepped one by one and counted exactly; if the schedule is further
    behind than that (e.g. down for years), it jumps with a single `advance(now - grace - 1µs)`
    and the skipped count is estimated from the average period seen so far (approximate).
    """
    _require_aware(next_due, "next_due")
    _require_aware(now, "now")
    if grace < timedelta(0):
        raise ValueError("grace must not be negative")
    threshold = now - grace
    due, skipped = next_due, 0
    while due < threshold and skipped < _MAX_CATCH_UP_STEPS:
        following = advance(due)
        if following <= due:
            raise ValueError("advance must return an instant strictly after its argument")
        due, skipped = following, skipped + 1
    if due >= threshold:
        return due, skipped
    period = (due - next_due) / skipped
    jumped = advance(threshold - _TICK)  # first occurrence >= threshold
    if jumped < threshold:
        raise ValueError("advance must return an instant strictly after its argument")
    return jumped, skipped + round((jumped - due) / period)


def weekday_name(number: int) -> str:
    """A weekday (0 = Monday) in the language being spoken."""
    return _(_WEEKDAYS_SHOWN[number])


def every_weekday(number: int) -> str:
    """A weekday as a weekly habit ("Mondays") in the language being spoken."""
    return _(_EVERY_WEEKDAY[number])


def parse_weekday(text: str) -> int | None:
    """ "mon", "Monday", "tues" -> 0, 0, 1, and the same in the language being spoken
    ("So", "miércoles", "сб"); None for anything that names no weekday, or more than one."""
    start = text.strip().lower()[:3]
    for number, name in enumerate(WEEKDAY_NAMES):
        if len(start) == 3 and name.lower().startswith(start):
            return number
    return _local_weekday(text) if current_locale() != SOURCE else None


def _plain(word: str) -> str:
    """Lower case without accents or a trailing dot: "Sáb." and "sab" read the same."""
    decomposed = unicodedata.normalize("NFKD", word.strip().casefold().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _local_weekday(text: str) -> int | None:
    """A weekday in the spoken language: its abbreviation, or the start of its name (two
    letters at least) when only one day starts that way."""
    typed = _plain(text)
    if len(typed) < 2:
        return None
    wide = get_day_names("wide", locale=babel_locale())
    short = get_day_names("abbreviated", locale=babel_locale())
    exact = [n for n in range(7) if typed == _plain(short[n])]
    if exact:
        return exact[0]
    starts = [n for n in range(7) if _plain(wide[n]).startswith(typed)]
    return starts[0] if len(starts) == 1 else None


def format_local(instant: datetime, zone: str, now: datetime) -> str:
    """A time as its user reads it, always in their own zone, so "today" means their today,
    in the language being spoken (`domain.i18n`), 24-hour as in every shipped language.

    "18:30" today, "tomorrow 08:00", otherwise "Mon 12 Jan 18:30" (no year); in German
    "Mo., 12. Jan. 18:30", the form Babel's CLDR data gives each language.
    """
    _require_aware(instant, "instant")
    _require_aware(now, "now")
    tz = zone_info(zone)
    local = instant.astimezone(tz)
    today = now.astimezone(tz).date()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if local.date() == today:
        return clock
    if local.date() == today + timedelta(days=1):
        return _("tomorrow {time}").format(time=clock)
    if current_locale() == SOURCE:
        weekday, month = WEEKDAY_NAMES[local.weekday()][:3], _MONTHS[local.month - 1]
        return f"{weekday} {local.day} {month} {clock}"
    day = format_skeleton("MMMEd", local, locale=babel_locale())
    return f"{day} {clock}"
