"""What one partner's action tells the other, queued in the outbox with the action itself.

Here because a relay is part of the change that causes it: written in the same
transaction as the promise, the space or the answer, it goes out exactly when that
change commits, and a crash in between loses nothing and sends nothing twice (the
dispatcher sends it the moment the handler's transaction commits; docs/reliability.md).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.repositories import deliveries
from db.repositories.deliveries import ButtonRows

#: How long a relay still means something if it cannot go out at once (a long outage):
#: past this, "Sam kept their promise" is news nobody is waiting for.
RELAY_LIFETIME = timedelta(hours=12)


async def queue_relay(
    session: AsyncSession,
    *,
    recipient_id: int,
    sender_id: int | None,
    text: str,
    now: datetime,
    buttons: ButtonRows = (),
    until: datetime | None = None,
) -> int:
    """Queue `text` (HTML) with `buttons` for `recipient_id`, due now and kept until
    `until` (default: RELAY_LIFETIME from now); `sender_id` hears if it cannot be
    delivered (None: nobody to tell, as after a deletion). Returns the delivery's id."""
    return await deliveries.add_relay(
        session,
        recipient_id=recipient_id,
        sender_id=sender_id,
        body=text,
        buttons=buttons,
        now=now,
        expires_at=until if until is not None else now + RELAY_LIFETIME,
    )
