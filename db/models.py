"""Typed SQLAlchemy models: users with their settings, pairs and invite codes."""

from __future__ import annotations

from datetime import datetime, time
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.types import UTCDateTime

#: The condition of the partial index on claims in flight; queries that want the index
#: must spell it as this literal (a bound parameter cannot prove the index applies).
SENDING = "status = 'sending'"
#: The condition of the partial index on relays' senders.
HAS_SENDER = "sender_id IS NOT NULL"

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("anxious", "partner", "both")


class DeliveryStatus(StrEnum):
    """Where a delivery stands. The values are the strings stored in `deliveries.status`."""

    PENDING = "pending"  # waiting for its due_at (which a hold may have moved)
    HELD = "held"  # parked by an open-ended /pause until /resume
    SENDING = "sending"  # claimed by a dispatcher; the lease hands it back if that one dies
    SENT = "sent"
    SKIPPED = "skipped"  # later than the grace period (after downtime)
    EXPIRED = "expired"  # a hold would have delivered it after it stopped meaning anything
    INACTIVE = "inactive"  # the recipient cannot be reached
    DROPPED = "dropped"  # what it was about is gone (a promise answered, a pair ended)
    FAILED = "failed"  # refused by Telegram, or gave up after the last attempt


class DeliveryKind(StrEnum):
    """What a delivery (or a schedule) sends. The values are the stored `kind` strings."""

    PROMPT = "prompt"
    CHECKIN = "checkin"
    PRACTISE = "practise"
    PROMISE_BEFORE = "promise_before"
    PROMISE_AT = "promise_at"
    PROMISE_FOLLOWUP = "promise_followup"
    SPACE_RETURN = "space_return"
    #: A message one partner's action sends the other (a promise, a bid, an answer...),
    #: rendered when the action commits and stored in `body` / `buttons`.
    RELAY = "relay"
    #: To the sender of a relay that could not be delivered (`ref_id`: that relay).
    UNDELIVERED = "undelivered"


#: Reminders about a promise: the one before, the one at the time, and the follow-up.
PROMISE_KINDS = (
    DeliveryKind.PROMISE_BEFORE,
    DeliveryKind.PROMISE_AT,
    DeliveryKind.PROMISE_FOLLOWUP,
)


class Base(DeclarativeBase):
    """Declarative base with named constraints so migrations are stable."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


class Pair(Base):
    """A couple. Membership lives on `User.pair_id`, so a user is in at most one pair."""

    __tablename__ = "pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class User(Base):
    """A Telegram account in a private chat with the bot, and its settings."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    first_name: Mapped[str] = mapped_column(String(128))
    language_code: Mapped[str | None] = mapped_column(String(16))
    #: The locale Steady writes in (domain.i18n.SHIPPED); NULL: not chosen yet, read as
    #: what `language_code` negotiates to (domain.accounts.locale_of).
    language: Mapped[str | None] = mapped_column(String(8))
    role: Mapped[str | None] = mapped_column(String(16))
    timezone: Mapped[str | None] = mapped_column(String(64))
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    pause_until: Mapped[datetime | None]
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    pair_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairs.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class InviteCode(Base):
    """A single-use pairing code. Only its SHA-256 is stored, never the code itself."""

    __tablename__ = "invite_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    creator_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class Dialog(Base):
    """The guided flow a user is in (at most one), kept here so it survives restarts.

    `data` is a small JSON document owned by the flow; it may hold the user's own
    words until the flow ends, and is deleted with the row.
    """

    __tablename__ = "dialogs"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    kind: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text, default="{}")
    started_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class ExerciseSession(Base):
    """One calming exercise started by a user, and how it went (for /record)."""

    __tablename__ = "exercise_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    exercise: Mapped[str] = mapped_column(String(32))
    variant: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="running")
    outcome: Mapped[str | None] = mapped_column(String(16))
    #: A stepped exercise: the step on screen (0 = the first), the hour it started in
    #: (its night words are kept even if it runs past 06:00) and its message, so
    #: starting another exercise can say on it why it stopped.
    step: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    at_night: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    message_id: Mapped[int | None] = mapped_column(BigInteger)


class Activation(Base):
    """A named activation: the feeling and urge only; the user's description is not kept."""

    __tablename__ = "activations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    feeling: Mapped[str] = mapped_column(String(32))
    urge: Mapped[str] = mapped_column(String(32))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)


class Bid(Base):
    """A direct bid from one partner to the other, and the answer that came back."""

    __tablename__ = "bids"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sender_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    answer: Mapped[str | None] = mapped_column(String(16))
    answered_at: Mapped[datetime | None]


# Ids of the tables that grow with every delivery are 64-bit on PostgreSQL; SQLite's
# INTEGER PRIMARY KEY is already 64-bit and must stay INTEGER to autoincrement.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Schedule(Base):
    """A recurring rule (daily prompt, daily check-in, weekly practice) and its next instant.

    One row per rule, claimed by the scheduler only when `next_due_at` has come, so the
    cost of a wake-up follows the number of due rules, not the number stored.
    """

    __tablename__ = "schedules"
    __table_args__ = (Index("ix_schedules_next_due_at", "next_due_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    pair_id: Mapped[int | None] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"))
    local_time: Mapped[time] = mapped_column(Time)
    weekday: Mapped[int | None] = mapped_column(Integer)
    next_due_at: Mapped[datetime]
    created_at: Mapped[datetime]


class Delivery(Base):
    """One message to one person at one instant: the outbox the sender claims from.

    `occurrence_at` is the instant the rule produced (with `schedule_id` and `user_id` it
    makes each occurrence unique); `due_at` moves when quiet hours or a pause hold it.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint(
            "schedule_id", "occurrence_at", "user_id", name="uq_deliveries_occurrence"
        ),
        Index("ix_deliveries_status_due_at", "status", "due_at"),
        # The lease's look for abandoned claims: a handful of rows among millions sent.
        Index(
            "ix_deliveries_sending_claimed_at",
            "claimed_at",
            sqlite_where=text(SENDING),
            postgresql_where=text(SENDING),
        ),
        # Deleting a user sets their relays' sender to NULL: without an index that is a
        # scan of the whole outbox. Only relays not yet closed have a sender.
        Index(
            "ix_deliveries_sender_id",
            "sender_id",
            sqlite_where=text(HAS_SENDER),
            postgresql_where=text(HAS_SENDER),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    # SET NULL, not CASCADE: a changed or stopped routine must not erase the record of
    # prompts answered and check-ins held (what /record shows). Its queued, unsent rows
    # are deleted by `schedules.delete_schedules` itself.
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("schedules.id", ondelete="SET NULL"))
    ref_id: Mapped[int | None] = mapped_column(BigInteger)
    occurrence_at: Mapped[datetime]
    due_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16))
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    acted_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(16))
    #: A relay's text (HTML) and inline buttons (JSON rows of [label, callback data]),
    #: fixed when the action that caused it committed; cleared once it is sent or closed.
    body: Mapped[str | None] = mapped_column(Text)
    buttons: Mapped[str | None] = mapped_column(Text)
    #: Whose action a relay reports: told if it cannot be delivered.
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class Promise(Base):
    """A commitment to the partner at a time, and whether it was kept."""

    __tablename__ = "promises"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    promiser_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime]
    created_at: Mapped[datetime]
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_at: Mapped[datetime | None]
    ran_late: Mapped[bool] = mapped_column(Boolean, default=False)


class Space(Base):
    """ "I need a little space; I'll come find you at HH:MM" — and the return."""

    __tablename__ = "spaces"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    requester_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    return_at: Mapped[datetime]
    returned_at: Mapped[datetime | None]
    extensions: Mapped[int] = mapped_column(Integer, default=0)


class JoinAttempt(Base):
    """A wrong invite code (a guess), kept an hour so guessing is bounded across processes."""

    __tablename__ = "join_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
