"""users speak a language: the locale Steady writes to each person in

`users.language` is a shipped locale (`domain.i18n.SHIPPED`: en, de, es, pt_BR, ru),
picked from Telegram's `language_code` on first contact and changed with /language.
Rows from before keep NULL until the person next writes; until then they are read as
what their stored `language_code` negotiates to (`domain.i18n.negotiate`).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("language")
