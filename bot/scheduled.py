"""What each kind of scheduled delivery says, with its buttons, at the moment it is sent.

Rendering happens at send time so names, zones and answers are current; it returns
None when the message no longer means anything (a promise already answered, a return
already made, a pair that ended), and the delivery is dropped. Which of those apply is
`domain.delivery.decide`'s to say; this module looks up what a message is about and
writes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot import callbacks, keyboards, texts
from db.models import PROMISE_KINDS, Delivery, DeliveryKind, Promise, Space, User
from db.repositories import commitments, deliveries, users
from domain.accounts import locale_of
from domain.content import pick
from domain.content.nudges import (
    PRACTISE_LINES,
    PROMPT_LINES,
    REASSURANCE_TEMPLATES,
    checkin_reminder,
    promise_answers,
    promise_followup,
    promise_reminder_before,
    promise_reminder_now,
    reassurance_own_label,
    space_back_label,
    space_more_label,
    space_return_reminder,
)
from domain.delivery import Send, Subject, decide
from domain.i18n import _, speaking
from domain.pairing import partner_of
from domain.rules import format_local
from domain.zones import zone_of
from jobs.send import Outgoing

Kind = DeliveryKind

TEMPLATES_PER_PROMPT = 3


def prompt_templates(delivery_id: int) -> list[int]:
    """Three of the templates, rotating from prompt to prompt."""
    start = delivery_id % len(REASSURANCE_TEMPLATES)
    return [(start + i) % len(REASSURANCE_TEMPLATES) for i in range(TEMPLATES_PER_PROMPT)]


_UNKNOWN = object()  # partner not looked up yet
_PARTNER_KINDS = (Kind.PROMPT, Kind.CHECKIN)  # they name the partner


async def render(
    session: AsyncSession, delivery: Delivery, user: User, *, default_zone: str
) -> Outgoing | None:
    """The message for one delivery, or None if it should be dropped. ``default_zone`` is
    the operator's DEFAULT_TIMEZONE, for people who never set one (bind it with partial).
    Written in the recipient's language."""
    return await _render(session, delivery, user, _UNKNOWN, default_zone)


async def render_many(
    session: AsyncSession, items: Sequence[tuple[Delivery, User]], *, default_zone: str
) -> list[Outgoing | None]:
    """`render` for a whole claimed batch: partners, promises and spaces in one query each.

    Deliveries and users may be read-only rows with the models' attributes (the dispatcher
    passes those); partners are looked up as rows too.
    """
    pair_ids = {u.pair_id for d, u in items if d.kind in _PARTNER_KINDS and u.pair_id}
    members = await users.names_in_pairs(session, pair_ids=pair_ids)
    # Loading them here puts them in the session, so `session.get` below costs no query.
    promises = {d.ref_id for d, _ in items if d.kind in PROMISE_KINDS and d.ref_id}
    await commitments.promises_by_id(session, ids=promises)
    spaces = {d.ref_id for d, _ in items if d.kind == Kind.SPACE_RETURN and d.ref_id}
    await commitments.spaces_by_id(session, ids=spaces)
    out: list[Outgoing | None] = []
    for delivery, user in items:
        partner = None
        if user.pair_id is not None:
            partner = next((m for m in members.get(user.pair_id, ()) if m.id != user.id), None)
        out.append(await _render(session, delivery, user, partner, default_zone))
    return out


async def _subject(
    session: AsyncSession, delivery: Delivery, user: User, known_partner: object
) -> Subject:
    """What the delivery is about, looked up for `decide` and for the text."""
    kind = delivery.kind
    if kind in _PARTNER_KINDS:
        partner = await partner_of(session, user) if known_partner is _UNKNOWN else known_partner
        return Subject(partner=partner)
    if kind in PROMISE_KINDS:
        promise = await session.get(Promise, delivery.ref_id) if delivery.ref_id else None
        return Subject(promise=promise)
    if kind == Kind.SPACE_RETURN:
        space = await session.get(Space, delivery.ref_id) if delivery.ref_id else None
        if space is None or space.returned_at is not None:
            return Subject(space=space)
        return Subject(space=space, partner=await session.get(User, space.partner_id))
    if kind == Kind.UNDELIVERED:  # named: the one the relay could not reach
        relay = await session.get(Delivery, delivery.ref_id) if delivery.ref_id else None
        return Subject(partner=await session.get(User, relay.user_id) if relay else None)
    return Subject()


async def _render(
    session: AsyncSession, delivery: Delivery, user: User, known_partner: object, default_zone: str
) -> Outgoing | None:
    subject = await _subject(session, delivery, user, known_partner)
    if not isinstance(decide(delivery, user, subject=subject), Send):
        return None
    kind = delivery.kind
    if kind == Kind.RELAY:  # written when the action committed, in the recipient's language
        if not delivery.body:
            return None
        return Outgoing(delivery.body, deliveries.stored_buttons(delivery.buttons))
    # Written now, so in the language the recipient speaks now (and dates in its forms).
    with speaking(locale_of(user)):
        return _words(delivery, subject, zone_of(user.timezone, default_zone))


def _words(delivery: Delivery, subject: Subject, zone: str) -> Outgoing | None:
    """The text and buttons of a delivery that is to be sent, in the current language."""
    kind = delivery.kind
    partner: Any = subject.partner
    if kind == Kind.UNDELIVERED:
        return Outgoing(texts.undelivered(partner.first_name))
    if kind == Kind.CHECKIN:
        return Outgoing(
            checkin_reminder(partner.first_name, delivery.id),
            keyboards.layout(
                [(texts.checkin_done_label(), callbacks.make(callbacks.CHECKIN, delivery.id))]
            ),
        )
    if kind == Kind.PROMPT:
        buttons = [
            (_(REASSURANCE_TEMPLATES[i]), callbacks.make(callbacks.REASSURE, delivery.id, i))
            for i in prompt_templates(delivery.id)
        ]
        buttons.append(
            (reassurance_own_label(), callbacks.make(callbacks.REASSURE, delivery.id, "own"))
        )
        return Outgoing(_(pick(PROMPT_LINES, delivery.id)), keyboards.layout(buttons))
    if kind == Kind.PRACTISE:
        return Outgoing(
            _(pick(PRACTISE_LINES, delivery.id)),
            keyboards.layout(
                [(texts.practise_now_label(), callbacks.make(callbacks.CALM, "go", "menu"))]
            ),
        )
    if kind in PROMISE_KINDS and subject.promise is not None:
        promise = subject.promise
        # Every reminder can be answered, so "running late" is said before anyone waits.
        answers = keyboards.layout(
            keyboards.choice_buttons(callbacks.PROMISE, promise_answers(), promise.id)
        )
        if kind == Kind.PROMISE_BEFORE:
            when = format_local(promise.due_at, zone, delivery.due_at)
            return Outgoing(promise_reminder_before(promise.text, when), answers)
        if kind == Kind.PROMISE_AT:
            return Outgoing(promise_reminder_now(promise.text), answers)
        return Outgoing(promise_followup(promise.text), answers)
    if kind == Kind.SPACE_RETURN and subject.space is not None:
        space = subject.space
        return Outgoing(
            space_return_reminder(partner.first_name),
            keyboards.layout(
                [
                    (space_back_label(), callbacks.make(callbacks.SPACE, space.id, "back")),
                    (space_more_label(), callbacks.make(callbacks.SPACE, space.id, "more")),
                ],
                per_row=2,
            ),
        )
    return None
