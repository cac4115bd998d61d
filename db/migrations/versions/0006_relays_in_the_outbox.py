"""relays in the outbox: a delivery can carry its own rendered text, buttons and sender

What one partner's action sends the other (a promise, a space notice, a bid and its
answer...) is written to the outbox in the same transaction as the action, so a crash
between commit and send loses nothing and sends nothing twice.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HAS_SENDER = "sender_id IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("body", sa.Text(), nullable=True))
        batch.add_column(sa.Column("buttons", sa.Text(), nullable=True))
        batch.add_column(sa.Column("sender_id", sa.BigInteger(), nullable=True))
        batch.create_foreign_key(
            "fk_deliveries_sender_id_users", "users", ["sender_id"], ["id"], ondelete="SET NULL"
        )
    # Deleting a user nulls their relays' sender: indexed, or it scans the whole outbox.
    op.create_index(
        "ix_deliveries_sender_id",
        "deliveries",
        ["sender_id"],
        sqlite_where=sa.text(HAS_SENDER),
        postgresql_where=sa.text(HAS_SENDER),
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_sender_id", table_name="deliveries")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint("fk_deliveries_sender_id_users", type_="foreignkey")
        batch.drop_column("sender_id")
        batch.drop_column("buttons")
        batch.drop_column("body")
