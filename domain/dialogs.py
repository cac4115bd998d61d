"""Guided flows kept in the database: they survive restarts and time out gently."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.repositories import dialogs

DIALOG_TTL = timedelta(minutes=30)

# The flows, by kind.
ACTIVATED = "activated"
BID = "bid"
BID_REPLY = "bid_reply"
REASSURE_OWN = "reassure_own"
PROMISE_LATE = "promise_late"  # "running late": the new time, typed
PROMISE_AGAIN = "promise_again"  # after "couldn't": a new time, typed
PLAN_MOVE = "plan_move"  # /plans: a promise's new time, typed
BID_TIME = "bid_time"  # "later today" / "tomorrow": the time, chosen or typed


@dataclass
class Flow:
    """Where a user is in a guided flow, and what it has gathered so far."""

    kind: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)
    expired: bool = False


async def current_flow(session: AsyncSession, *, user_id: int, now: datetime) -> Flow | None:
    """The user's flow; an expired one is returned marked so the caller can say so kindly."""
    row = await dialogs.get_dialog(session, user_id=user_id)
    if row is None:
        return None
    return Flow(
        kind=row.kind, step=row.step, data=json.loads(row.data), expired=row.expires_at <= now
    )


async def set_flow(
    session: AsyncSession,
    *,
    user_id: int,
    kind: str,
    step: str,
    now: datetime,
    data: dict[str, Any] | None = None,
) -> Flow:
    """Start or advance a flow; every step renews the timeout."""
    payload = data or {}
    await dialogs.put_dialog(
        session,
        user_id=user_id,
        kind=kind,
        step=step,
        data=json.dumps(payload, ensure_ascii=False),
        now=now,
        expires_at=now + DIALOG_TTL,
    )
    return Flow(kind=kind, step=step, data=payload)


async def end_flow(session: AsyncSession, *, user_id: int) -> None:
    """Leave the flow; whatever it held is deleted."""
    await dialogs.delete_dialog(session, user_id=user_id)
