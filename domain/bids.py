"""Direct bids: asked plainly, answered with one tap, relayed back."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Bid
from db.repositories import calm
from domain.content.bids import REPLY_OPTIONS_BY_KEY

# Own words are capped well below Telegram's 4096 so the partner's message, with its
# framing and buttons, always fits.
MAX_BID_CHARS = 1000


class ComposerButton(StrEnum):
    """The bid composer's buttons (their callback words)."""

    TEMPLATE = "t"
    OWN = "own"
    CHANGE = "change"
    CANCEL = "cancel"
    SEND = "send"
    ANYWAY = "anyway"


#: Which buttons act at which step of the composer flow: a template or own words while
#: choosing; change, cancel or send once the preview is shown ("anyway" sends past the
#: offer to calm down first). Anything else is a stale button.
COMPOSER_STEPS: dict[str, frozenset[ComposerButton]] = {
    "choose": frozenset({ComposerButton.TEMPLATE, ComposerButton.OWN}),
    "preview": frozenset(
        {ComposerButton.CHANGE, ComposerButton.CANCEL, ComposerButton.SEND, ComposerButton.ANYWAY}
    ),
}


def composer_accepts(step: str, button: ComposerButton) -> bool:
    """Whether `button` acts at this step of the user's composer flow."""
    return button in COMPOSER_STEPS.get(step, frozenset())


async def send_bid(
    session: AsyncSession, *, sender_id: int, recipient_id: int, text: str, now: datetime
) -> Bid:
    """Record a bid being sent."""
    return await calm.add_bid(
        session, sender_id=sender_id, recipient_id=recipient_id, text=text, now=now
    )


async def answer_bid(
    session: AsyncSession, *, bid_id: int, user_id: int, answer: str, now: datetime
) -> Bid | None:
    """Record the recipient's answer once; None if the bid is not theirs or already answered."""
    bid = await calm.get_bid(session, bid_id=bid_id)
    if (
        bid is None
        or bid.recipient_id != user_id
        or bid.answer is not None
        or answer not in REPLY_OPTIONS_BY_KEY
    ):
        return None
    bid.answer, bid.answered_at = answer, now
    return bid


async def open_bid_for(session: AsyncSession, *, bid_id: int, user_id: int) -> Bid | None:
    """The bid if this user may still answer it."""
    bid = await calm.get_bid(session, bid_id=bid_id)
    if bid is None or bid.recipient_id != user_id or bid.answer is not None:
        return None
    return bid
