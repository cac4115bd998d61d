"""Answering what the scheduler sent: a reassurance prompt's reply, a check-in's tap.

A delivered message's buttons can be pressed at any time later, by anyone holding the
message, and twice; these rules say when a press still acts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, DeliveryKind, DeliveryStatus
from db.repositories.schedules import get_delivery
from domain.policy import MEANINGFUL_FOR


async def find_delivery(session: AsyncSession, *, delivery_id: int) -> Delivery | None:
    """The delivered message a button was pressed on (anyone's: callers check whose)."""
    return await get_delivery(session, delivery_id=delivery_id)


def prompt_answerable(row: Delivery | None, user_id: int, now: datetime) -> bool:
    """A prompt acts once, for its recipient, until it lapses."""
    return (
        row is not None
        and row.kind == DeliveryKind.PROMPT
        and row.user_id == user_id
        and row.status
        in (
            DeliveryStatus.SENDING,
            DeliveryStatus.SENT,
        )  # the tap can beat the sender's bookkeeping
        and row.acted_at is None
        and now <= row.due_at + MEANINGFUL_FOR[DeliveryKind.PROMPT]
    )


def prompt_lapsed(row: Delivery | None, user_id: int) -> bool:
    """The recipient's own prompt, unanswered but no longer answerable (too late)."""
    return row is not None and row.acted_at is None and row.user_id == user_id


def record_prompt_answer(row: Delivery, *, outcome: str, now: datetime) -> None:
    """The prompt was answered (with a template, or the partner's own words)."""
    row.acted_at, row.outcome = now, outcome


async def mark_checkin_held(
    session: AsyncSession, *, delivery_id: int, user_id: int, now: datetime
) -> Delivery | None:
    """The check-in happened: counted once, for the person who tapped; None otherwise."""
    row = await find_delivery(session, delivery_id=delivery_id)
    if (
        row is None
        or row.kind != DeliveryKind.CHECKIN
        or row.user_id != user_id
        or row.acted_at is not None
    ):
        return None
    row.acted_at, row.outcome = now, "held"
    return row
