"""Queries on the one guided flow a user may be in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Dialog


async def get_dialog(session: AsyncSession, *, user_id: int) -> Dialog | None:
    """The user's flow row, expired or not."""
    return await session.get(Dialog, user_id)


async def put_dialog(
    session: AsyncSession,
    *,
    user_id: int,
    kind: str,
    step: str,
    data: str,
    now: datetime,
    expires_at: datetime,
) -> Dialog:
    """Create or replace the user's flow row."""
    dialog = await session.get(Dialog, user_id)
    if dialog is None:
        dialog = Dialog(
            user_id=user_id, kind=kind, step=step, data=data, started_at=now, expires_at=expires_at
        )
        session.add(dialog)
    else:
        if dialog.kind != kind:
            dialog.started_at = now
        dialog.kind, dialog.step, dialog.data, dialog.expires_at = kind, step, data, expires_at
    await session.flush()
    return dialog


async def delete_dialog(session: AsyncSession, *, user_id: int) -> None:
    """End the user's flow, dropping anything it held."""
    await session.execute(delete(Dialog).where(Dialog.user_id == user_id))
