"""exercise steps: the step on screen, the hour an exercise began in, and its message

Non-timed exercises are shown one step at a time with Next: the row keeps which step is
showing (so a second tap on the same Next advances once), whether it began at night (so
its night words hold for the whole session) and the message it is shown in (so starting
another exercise can say on it why it stopped).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("exercise_sessions") as batch:
        batch.add_column(sa.Column("step", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("at_night", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("message_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exercise_sessions") as batch:
        batch.drop_column("message_id")
        batch.drop_column("at_night")
        batch.drop_column("step")
