"""Step 1 of a run: recurring rules whose next instant has come become deliveries.

Here because it is the one step that reads schedules: one transaction per batch claims
due rules, inserts one delivery per recipient (the owner; for a check-in both members of
the pair) and moves each rule to its next instant. The unique key on (schedule,
occurrence, recipient) makes a second materialisation of an occurrence change nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from db.models import DeliveryKind, DeliveryStatus
from db.repositories import deliveries, schedules, users
from db.session import SessionMaker, transaction
from domain.policy import expires_at
from domain.rules import next_occurrence, skip_missed
from domain.zones import zone_of

# The scheduler logs under one name, as it did before it was split into modules.
log = logging.getLogger("jobs.dispatch")


async def materialise_due(
    sessions: SessionMaker,
    *,
    now: datetime,
    batch_size: int,
    grace: timedelta,
    default_zone: str,
) -> int:
    """Turn one batch of due schedules into deliveries and advance them; returns how many
    schedules it handled (0: nothing is due)."""
    async with transaction(sessions) as session:
        due = await schedules.due_schedules(session, now=now, limit=batch_size)
        if not due:
            return 0
        zones = await users.zones_of(session, ids={s.user_id for s in due})
        pair_ids = {
            s.pair_id for s in due if s.kind == DeliveryKind.CHECKIN and s.pair_id is not None
        }
        members = await users.members_of_pairs(session, pair_ids=pair_ids)
        rows: list[dict[str, Any]] = []
        moves: list[tuple[int, datetime]] = []
        for schedule in due:
            zone = zone_of(zones.get(schedule.user_id), default_zone)
            next_due = occurrences(schedule, zone, now, grace, members, rows)
            moves.append((schedule.id, next_due))
        await deliveries.insert_occurrences(session, rows=rows)
        await schedules.advance_schedules(session, moves=moves)
    return len(due)


def occurrences(
    schedule: Any,
    zone: str,
    now: datetime,
    grace: timedelta,
    members: dict[int, list[int]],
    rows: list[dict[str, Any]],
) -> datetime:
    """Add the due occurrence's deliveries to `rows` (none if the occurrence was missed by
    more than `grace`); returns the rule's next instant."""

    def advance(after: datetime) -> datetime:
        return next_occurrence(schedule.local_time, schedule.weekday, zone, after)

    occurrence: datetime = schedule.next_due_at
    due, skipped = skip_missed(occurrence, now, grace, advance)
    if skipped:
        log.info("schedule %s skipped %s missed occurrence(s)", schedule.id, skipped)
        occurrence = due
    if occurrence <= now:
        if schedule.kind == DeliveryKind.CHECKIN and schedule.pair_id is not None:
            recipients = members.get(schedule.pair_id, [])
        else:
            recipients = [schedule.user_id]
        expiry = expires_at(schedule.kind, occurrence)
        for user_id in recipients:
            rows.append(
                {
                    "user_id": user_id,
                    "kind": schedule.kind,
                    "schedule_id": schedule.id,
                    "ref_id": None,
                    "occurrence_at": occurrence,
                    "due_at": occurrence,
                    "expires_at": expiry,
                    "status": DeliveryStatus.PENDING,
                    "attempts": 0,
                }
            )
        occurrence = advance(occurrence)
    return occurrence
