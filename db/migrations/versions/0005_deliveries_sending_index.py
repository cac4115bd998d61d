"""a partial index on claims in flight, for the lease's look for abandoned ones

Without it, once ANALYZE has seen millions of sent rows, SQLite scans the whole outbox
for the few `sending` rows on every claim (bench.scale --history-days 35).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SENDING = "status = 'sending'"


def upgrade() -> None:
    op.create_index(
        "ix_deliveries_sending_claimed_at",
        "deliveries",
        ["claimed_at"],
        unique=False,
        sqlite_where=sa.text(SENDING),
        postgresql_where=sa.text(SENDING),
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_sending_claimed_at", table_name="deliveries")
