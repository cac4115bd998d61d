"""The dispatcher's queries on the delivery outbox: insert occurrences, claim due rows,
hand abandoned claims back, move held rows, record outcomes.

Bulk statements work on the Core table and plain rows, not ORM objects: the dispatcher
reads a batch once and never changes it in place, and ORM objects cost about five times
as much to load (docs/benchmarks.md). Every statement that writes many rows is one
executemany.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    Row,
    Select,
    Table,
    bindparam,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql.dml import Update

from db.models import SENDING, Delivery, DeliveryKind, DeliveryStatus
from db.repositories.schedules import first_schedule_due

# Core table for bulk statements (an ORM class's __table__ is typed as a plain FromClause).
_DELIVERIES = cast(Table, Delivery.__table__)
_OCCURRENCE_KEY = ["schedule_id", "occurrence_at", "user_id"]

#: Inline buttons as stored with a relay: rows of (label, callback data).
ButtonRows = Sequence[Sequence[tuple[str, str]]]


def first_due() -> Select[tuple[datetime | None, datetime | None]]:
    """The earliest due schedule and the earliest pending delivery: two index lookups."""
    first_delivery = (
        select(func.min(_DELIVERIES.c.due_at))
        .where(_DELIVERIES.c.status == DeliveryStatus.PENDING)
        .scalar_subquery()
    )
    return select(first_schedule_due(), first_delivery)


async def next_due(session: AsyncSession) -> datetime | None:
    """The earliest instant at which a schedule or a pending delivery falls due."""
    found = (await session.execute(first_due())).one()
    return min((t for t in found if t is not None), default=None)


async def due_backlog(session: AsyncSession, *, now: datetime) -> tuple[int, datetime | None]:
    """How many pending deliveries are due by `now`, and the earliest one's due time (None
    when none is waiting): the queue depth and lag gauges, from the (status, due_at) index."""
    depth, oldest = (
        await session.execute(
            select(func.count(), func.min(_DELIVERIES.c.due_at)).where(
                _DELIVERIES.c.status == DeliveryStatus.PENDING, _DELIVERIES.c.due_at <= now
            )
        )
    ).one()
    return int(depth or 0), oldest


async def insert_occurrences(session: AsyncSession, *, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert materialised deliveries; an occurrence already there is left alone (the
    unique key on schedule, occurrence and recipient), so a rule never fires twice."""
    if not rows:
        return
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    await session.execute(
        insert(_DELIVERIES).on_conflict_do_nothing(index_elements=_OCCURRENCE_KEY), rows
    )


def release_abandoned(claimed_before: datetime, holding: Collection[int]) -> Update:
    """Claims older than the lease go back to pending, except those this process holds.

    `status` is a literal so the partial index on claims in flight serves it.
    """
    abandoned = update(_DELIVERIES).where(text(SENDING), _DELIVERIES.c.claimed_at < claimed_before)
    if holding:
        abandoned = abandoned.where(_DELIVERIES.c.id.not_in(holding))
    return abandoned.values(status=DeliveryStatus.PENDING)


async def release_abandoned_claims(
    session: AsyncSession, *, claimed_before: datetime, holding: Collection[int]
) -> None:
    """Hand back claims of a process that died mid-send (see `release_abandoned`)."""
    await session.execute(release_abandoned(claimed_before, holding))


async def due_deliveries(
    session: AsyncSession, *, now: datetime, limit: int, relays_due_by: datetime | None = None
) -> list[Row[Any]]:
    """Up to `limit` pending deliveries due by `now`, earliest first (then by id), as rows
    with the `Delivery` model's attributes; locked, skipping rows others hold, on PostgreSQL.
    With `relays_due_by`, relays due after it are left for the handler's own send."""
    due_now = [_DELIVERIES.c.status == DeliveryStatus.PENDING, _DELIVERIES.c.due_at <= now]
    if relays_due_by is not None:
        due_now.append(
            or_(_DELIVERIES.c.kind != DeliveryKind.RELAY, _DELIVERIES.c.due_at <= relays_due_by)
        )
    due = await session.execute(
        select(_DELIVERIES)
        .where(*due_now)
        .order_by(_DELIVERIES.c.due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return sorted(due, key=lambda r: (r.due_at, r.id))


async def claim(session: AsyncSession, *, ids: Sequence[int], now: datetime) -> list[int]:
    """Mark rows still pending as `sending`; returns the ids this claim took. Guarded by
    status: on SQLite another process may have claimed a row since it was read."""
    if not ids:
        return []
    claimed = await session.scalars(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id.in_(ids), _DELIVERIES.c.status == DeliveryStatus.PENDING)
        .values(status=DeliveryStatus.SENDING, claimed_at=now)
        .returning(_DELIVERIES.c.id)
    )
    return list(claimed)


async def move(
    session: AsyncSession, *, moves: Sequence[tuple[int, DeliveryStatus, datetime]]
) -> None:
    """Set (delivery id, status, due_at) for many claimed rows: held, moved or closed."""
    if not moves:
        return
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id == bindparam("delivery_id"))
        .values(status=bindparam("status"), due_at=bindparam("due")),
        [{"delivery_id": i, "status": status, "due": due} for i, status, due in moves],
    )


async def retry_later(
    session: AsyncSession | AsyncConnection, *, retries: Sequence[tuple[int, datetime]]
) -> None:
    """Hand claimed rows back to the outbox, due at the given instants (Telegram asked
    their chats to wait); each counts one attempt, and keeps what it says."""
    if not retries:
        return
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id == bindparam("delivery_id"))
        .values(
            status=DeliveryStatus.PENDING,
            due_at=bindparam("due"),
            claimed_at=None,
            attempts=_DELIVERIES.c.attempts + 1,
        ),
        [{"delivery_id": i, "due": due} for i, due in retries],
    )


async def release_claims(session: AsyncSession, *, ids: Collection[int]) -> None:
    """This process's claims it knows it never sent (a run cut short by an outage): back
    to pending now, rather than after the lease."""
    if not ids:
        return
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id.in_(ids), _DELIVERIES.c.status == DeliveryStatus.SENDING)
        .values(status=DeliveryStatus.PENDING, claimed_at=None)
    )


async def record_outcomes(
    session: AsyncSession | AsyncConnection,
    *,
    outcomes: Sequence[tuple[int, DeliveryStatus, int | None]],
    now: datetime,
) -> None:
    """Mark many deliveries with their outcome, (id, status, Telegram message id), in one
    executemany; each counts one attempt, and a sent one is stamped `now`."""
    if not outcomes:
        return
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id == bindparam("delivery_id"))
        .values(
            status=bindparam("status"),
            sent_at=bindparam("sent_at"),
            message_id=bindparam("message_id"),
            attempts=_DELIVERIES.c.attempts + 1,
            # A relay's words are kept only until they are delivered (or cannot be).
            body=None,
            buttons=None,
            sender_id=None,
        ),
        [
            {
                "delivery_id": delivery_id,
                "status": status,
                "sent_at": now if status == DeliveryStatus.SENT else None,
                "message_id": message_id,
            }
            for delivery_id, status, message_id in outcomes
        ],
    )


# --- relays: one partner's action, told to the other ---------------------------------


async def add_relay(
    session: AsyncSession,
    *,
    recipient_id: int,
    sender_id: int | None,
    body: str,
    buttons: ButtonRows = (),
    now: datetime,
    expires_at: datetime | None,
) -> int:
    """Queue a relay, due now, in the caller's transaction; returns its id."""
    row = Delivery(
        user_id=recipient_id,
        kind=DeliveryKind.RELAY,
        occurrence_at=now,
        due_at=now,
        expires_at=expires_at,
        status=DeliveryStatus.PENDING,
        attempts=0,
        body=body,
        buttons=json.dumps([[list(b) for b in row] for row in buttons]) if buttons else None,
        sender_id=sender_id,
    )
    session.add(row)
    await session.flush()
    return row.id


def stored_buttons(value: str | None) -> tuple[tuple[tuple[str, str], ...], ...]:
    """A relay's buttons as `add_relay` stored them (none when the column is empty)."""
    if not value:
        return ()
    return tuple(tuple((str(label), str(data)) for label, data in row) for row in json.loads(value))


async def due_by_id(
    session: AsyncSession, *, ids: Collection[int], now: datetime
) -> list[Row[Any]]:
    """The deliveries among `ids` still pending and due by `now` (a relay just committed),
    as rows like `due_deliveries` returns, locked the same way."""
    if not ids:
        return []
    due = await session.execute(
        select(_DELIVERIES)
        .where(
            _DELIVERIES.c.id.in_(ids),
            _DELIVERIES.c.status == DeliveryStatus.PENDING,
            _DELIVERIES.c.due_at <= now,
        )
        .with_for_update(skip_locked=True)
    )
    return sorted(due, key=lambda r: (r.due_at, r.id))


async def queue_undelivered_notices(
    session: AsyncSession | AsyncConnection, *, ids: Collection[int], now: datetime
) -> None:
    """For each relay among `ids` (closed unsent), queue a note to its sender, if they are
    still known: one INSERT ... SELECT; other kinds among `ids` are left alone."""
    if not ids:
        return
    relays = _DELIVERIES.alias("relay")
    await session.execute(
        insert(_DELIVERIES).from_select(
            ["user_id", "kind", "ref_id", "occurrence_at", "due_at", "status", "attempts"],
            select(
                relays.c.sender_id,
                literal(DeliveryKind.UNDELIVERED.value),
                relays.c.id,
                literal(now, _DELIVERIES.c.occurrence_at.type),
                literal(now, _DELIVERIES.c.due_at.type),
                literal(DeliveryStatus.PENDING.value),
                literal(0),
            ).where(
                relays.c.id.in_(ids),
                relays.c.kind == DeliveryKind.RELAY,
                relays.c.sender_id.is_not(None),
            ),
        )
    )


async def forget_payloads(session: AsyncSession, *, ids: Collection[int]) -> None:
    """Clear the words and sender of relays closed without being sent (see record_outcomes)."""
    if not ids:
        return
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id.in_(ids), _DELIVERIES.c.body.is_not(None))
        .values(body=None, buttons=None, sender_id=None)
    )
