"""deliveries outlive their schedule: a changed routine keeps the record of what was done

`deliveries.schedule_id` cascaded on delete, so `/nudgetime` (even to the same times),
a changed or stopped `/checkin`, and unpairing erased answered prompts and held
check-ins, which `/record` counts. Now the link is set to NULL instead; the unsent
rows of a stopped routine are still deleted by `db.repositories.schedules`.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = "fk_deliveries_schedule_id_schedules"


def _link(ondelete: str) -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_constraint(FK, type_="foreignkey")
        batch.create_foreign_key(FK, "schedules", ["schedule_id"], ["id"], ondelete=ondelete)


def upgrade() -> None:
    _link("SET NULL")


def downgrade() -> None:
    _link("CASCADE")
