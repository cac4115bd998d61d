"""Direct bids: asked plainly, answered with one tap, relayed back."""

from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Bid, Promise, User
from db.repositories import calm
from domain.commitments import MAX_PROMISE_CHARS, PROMISE_HORIZON, make_promise
from domain.content.bids import REPLY_OPTIONS_BY_KEY
from domain.rules import local_to_utc
from domain.zones import local_now

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


#: Answers that promise a time: the answering partner is asked when, and it is tracked
#: like a promise they made.
ANSWERS_WITH_A_TIME = ("later", "tomorrow")
#: The times offered, on the answerer's own clock: later today (those still ahead), or
#: tomorrow.
LATER_TODAY_CHOICES = (time(12), time(15), time(18), time(20), time(21))
TOMORROW_CHOICES = (time(9), time(13), time(18), time(20))
MAX_TIME_BUTTONS = 4


def draft_key(text: str) -> str:
    """A short fingerprint of a bid draft: the send button carries it, so a press under
    an older preview is seen to be stale instead of sending the newer text."""
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def time_choices(answer: str, zone: str, now: datetime) -> list[datetime]:
    """The instants offered as buttons for "later today" (the next few still ahead, at
    least 30 minutes away) or "tomorrow", in `zone`."""
    today = local_now(zone, now).date()
    if answer == "tomorrow":
        day = today + timedelta(days=1)
        return [local_to_utc(day, at, zone) for at in TOMORROW_CHOICES]
    ahead = [local_to_utc(today, at, zone) for at in LATER_TODAY_CHOICES]
    return [due for due in ahead if due >= now + timedelta(minutes=30)][:MAX_TIME_BUTTONS]


async def plan_from_bid(
    session: AsyncSession, *, bid_id: int, answerer: User, due: datetime, now: datetime
) -> tuple[Promise, User] | None:
    """The time the answering partner gave for "later today" / "tomorrow": tracked as a
    promise from them to the bidder, about the bid (reminders before and at the time, the
    follow-up, done / running late / couldn't); returns it with the bidder. None unless
    the bid is theirs, answered with a time to come, the bidder is still there, and `due`
    is ahead within the horizon."""
    bid = await calm.get_bid(session, bid_id=bid_id)
    if (
        bid is None
        or bid.recipient_id != answerer.id
        or bid.answer not in ANSWERS_WITH_A_TIME
        or not now < due <= now + PROMISE_HORIZON
    ):
        return None
    bidder = await session.get(User, bid.sender_id)
    if bidder is None:
        return None
    text = bid.text
    if len(text) > MAX_PROMISE_CHARS:
        text = text[: MAX_PROMISE_CHARS - 1] + "…"
    made = await make_promise(
        session, promiser=answerer, partner=bidder, text=text, due=due, now=now
    )
    return made, bidder
