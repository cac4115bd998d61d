"""Typed SQLAlchemy models: users with their settings, pairs and invite codes."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, MetaData, String, Text, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("anxious", "partner", "both")


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
