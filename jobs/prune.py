"""Forgetting old deliveries: the outbox keeps a row for every message ever sent, so
without pruning it grows by every prompt of every couple, every day.

Closed deliveries (sent, skipped, expired...) older than the retention are deleted in
small batches, one transaction each. The retention is longer than the 30 days /record
looks back, and a delivery someone acted on recently is kept whatever its age.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from db.repositories.schedules import delete_old_deliveries
from db.session import SessionMaker, transaction
from jobs.clock import Clock

log = logging.getLogger(__name__)

PRUNE_BATCH = 5_000


async def prune_deliveries(
    sessions: SessionMaker, clock: Clock, *, keep: timedelta, batch: int = PRUNE_BATCH
) -> int:
    """Delete closed deliveries older than `keep`; returns how many went."""
    before = clock.now() - keep
    total = 0
    while True:
        async with transaction(sessions) as session:
            deleted = await delete_old_deliveries(session, before=before, limit=batch)
        total += deleted
        if deleted < batch:
            break
    if total:
        log.info("pruned %s deliveries older than %s days", total, keep.days)
    return total
