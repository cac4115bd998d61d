"""dialogs, exercises, activations and bids

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("feeling", sa.String(length=32), nullable=False),
        sa.Column("urge", sa.String(length=32), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_activations_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activations")),
    )
    with op.batch_alter_table("activations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activations_user_id"), ["user_id"], unique=False)

    op.create_table(
        "bids",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sender_id", sa.BigInteger(), nullable=False),
        sa.Column("recipient_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["users.id"],
            name=op.f("fk_bids_recipient_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["users.id"], name=op.f("fk_bids_sender_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bids")),
    )
    with op.batch_alter_table("bids", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bids_recipient_id"), ["recipient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bids_sender_id"), ["sender_id"], unique=False)

    op.create_table(
        "dialogs",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_dialogs_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_dialogs")),
    )
    op.create_table(
        "exercise_sessions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("exercise", sa.String(length=32), nullable=False),
        sa.Column("variant", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_exercise_sessions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_sessions")),
    )
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercise_sessions_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exercise_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_sessions_user_id"))

    op.drop_table("exercise_sessions")
    op.drop_table("dialogs")
    with op.batch_alter_table("bids", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bids_sender_id"))
        batch_op.drop_index(batch_op.f("ix_bids_recipient_id"))

    op.drop_table("bids")
    with op.batch_alter_table("activations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activations_user_id"))

    op.drop_table("activations")
