"""/export: everything stored about one user, as a JSON-ready document.

Why this shape: a user has a right to see what we keep, in a form a program can
read back. It is the user's own record, so it holds their own words and the
conversation with their partner (bids, promises); it never holds the partner's
private data (their settings, exercises, activations, Telegram id) or any secret
(invite codes are stored only as hashes, and the hash is left out too).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import User
from db.repositories import dialogs, export, pairs, users
from domain.i18n import _
from domain.pairing import partner_of

#: Bumped whenever a field is renamed or removed (adding fields keeps the version).
FORMAT_VERSION = 1

#: Every table with a column pointing at a user, and where the export covers it; a test
#: fails when a new one appears, so the export cannot silently fall behind the schema.
COVERED_TABLES = {
    "users": "user",
    "pairs": "pairing",
    "invite_codes": "invite_codes",
    "join_attempts": "failed_join_attempts",
    "dialogs": "dialog",
    "exercise_sessions": "exercise_sessions",
    "activations": "activations",
    "bids": "bids",
    "schedules": "schedules",
    "deliveries": "deliveries",
    "promises": "promises",
    "spaces": "spaces",
}


def _when(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with an explicit offset."""
    return value.astimezone(UTC).isoformat() if value is not None else None


def _clock(value: time | None) -> str | None:
    """A local wall-clock time as HH:MM."""
    return value.strftime("%H:%M") if value is not None else None


def export_filename(now: datetime) -> str:
    """A name that sorts by date and says what the file is: steady-export-YYYY-MM-DD-HHMMZ.json."""
    return f"steady-export-{now.astimezone(UTC):%Y-%m-%d-%H%MZ}.json"


async def export_user_data(session: AsyncSession, *, user_id: int, now: datetime) -> dict[str, Any]:
    """The user's complete record; an unknown user gets a document that says nothing is stored."""
    document: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "exported_at": _when(now),
        # The one sentence a person reads in the file, so it is in their language; the
        # keys stay English for the programs that read it back.
        "about": _(
            "Everything Steady stores about you. Times are UTC (ISO 8601) unless marked "
            "local. Your partner appears by first name only."
        ),
    }
    user = await users.get_user(session, user_id=user_id)
    if user is None:
        document["user"] = None
        return document
    document["user"] = {
        "telegram_id": user.id,
        "first_name": user.first_name,
        "language_code": user.language_code,
        "role": user.role,
        "timezone": user.timezone,
        "quiet_hours_local": (
            {"start": _clock(user.quiet_start), "end": _clock(user.quiet_end)}
            if user.quiet_start is not None and user.quiet_end is not None
            else None
        ),
        "paused": user.paused,
        "pause_until": _when(user.pause_until),
        "reachable": user.is_active,
        "created_at": _when(user.created_at),
        "updated_at": _when(user.updated_at),
    }
    document["pairing"] = await _pairing(session, user)
    document["invite_codes"] = [
        {"created_at": _when(row.created_at), "expires_at": _when(row.expires_at)}
        for row in await export.invites_made_by(session, user_id=user.id)
    ]
    document["failed_join_attempts"] = [
        _when(at) for at in await export.join_failure_times(session, user_id=user.id)
    ]
    document["dialog"] = await _dialog(session, user.id)
    document["exercise_sessions"] = [
        {
            "id": row.id,
            "exercise": row.exercise,
            "variant": row.variant,
            "began_at_night": row.at_night,
            "steps_done": row.step,
            "started_at": _when(row.started_at),
            "finished_at": _when(row.finished_at),
            "status": row.status,
            "how_it_went": row.outcome,
        }
        for row in await export.exercises_of(session, user_id=user.id)
    ]
    document["activations"] = [
        {
            "id": row.id,
            "created_at": _when(row.created_at),
            "feeling": row.feeling,
            "urge": row.urge,
            "shared_with_partner": row.shared,
        }
        for row in await export.activations_of(session, user_id=user.id)
    ]
    document["bids"] = await _bids(session, user.id)
    document["schedules"] = await _schedules(session, user)
    document["deliveries"] = [
        {
            "id": row.id,
            "kind": row.kind,
            "about_id": row.ref_id,
            "occurrence_at": _when(row.occurrence_at),
            "due_at": _when(row.due_at),
            "expires_at": _when(row.expires_at),
            "status": row.status,
            "sent_at": _when(row.sent_at),
            "attempts": row.attempts,
            "answered_at": _when(row.acted_at),
            "answer": row.outcome,
        }
        for row in await export.deliveries_to(session, user_id=user.id)
    ]
    document["promises"] = [
        {
            "id": row.id,
            "made_by_me": row.promiser_id == user.id,
            "text": row.text,
            "due_at": _when(row.due_at),
            "created_at": _when(row.created_at),
            "outcome": row.outcome,
            "outcome_at": _when(row.outcome_at),
            "ran_late": row.ran_late,
        }
        for row in await export.promises_of(session, user_id=user.id)
    ]
    document["spaces"] = [
        {
            "id": row.id,
            "taken_by_me": row.requester_id == user.id,
            "created_at": _when(row.created_at),
            "return_at": _when(row.return_at),
            "returned_at": _when(row.returned_at),
            "extensions": row.extensions,
        }
        for row in await export.spaces_of(session, user_id=user.id)
    ]
    return document


async def _pairing(session: AsyncSession, user: User) -> dict[str, Any] | None:
    """The current pair: since when, and the partner's first name (nothing else of theirs)."""
    if user.pair_id is None:
        return None
    pair = await pairs.get_pair(session, pair_id=user.pair_id)
    partner = await partner_of(session, user)
    return {
        "paired_since": _when(pair.created_at) if pair is not None else None,
        "partner_first_name": partner.first_name if partner is not None else None,
    }


async def _dialog(session: AsyncSession, user_id: int) -> dict[str, Any] | None:
    """The guided flow in progress, with what it gathered so far (the user's own words)."""
    row = await dialogs.get_dialog(session, user_id=user_id)
    if row is None:
        return None
    try:
        data: Any = json.loads(row.data)
    except ValueError:
        data = row.data
    return {
        "kind": row.kind,
        "step": row.step,
        "data": data,
        "started_at": _when(row.started_at),
        "expires_at": _when(row.expires_at),
    }


async def _bids(session: AsyncSession, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Bids both ways, with their text: it is the user's own conversation."""
    rows = await export.bids_of(session, user_id=user_id)
    out: dict[str, list[dict[str, Any]]] = {"sent": [], "received": []}
    for row in rows:
        item = {
            "id": row.id,
            "text": row.text,
            "created_at": _when(row.created_at),
            "answer": row.answer,
            "answered_at": _when(row.answered_at),
        }
        out["sent" if row.sender_id == user_id else "received"].append(item)
    return out


async def _schedules(session: AsyncSession, user: User) -> list[dict[str, Any]]:
    """The user's routines, plus the pair's check-in when the partner set it."""
    rows = await export.schedules_of_user_and_pair(session, user_id=user.id, pair_id=user.pair_id)
    return [
        {
            "id": row.id,
            "kind": row.kind,
            "set_by_me": row.user_id == user.id,
            # The partner's wall-clock time would hint at their zone: only the instant is shown.
            "local_time": _clock(row.local_time) if row.user_id == user.id else None,
            "weekday": row.weekday,
            "next_due_at": _when(row.next_due_at),
            "created_at": _when(row.created_at),
        }
        for row in rows
    ]
