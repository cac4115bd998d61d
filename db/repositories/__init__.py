"""Small keyword-only query functions: all of Steady's SQL lives here."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Result


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE touched. `session.execute` is typed as returning
    a plain Result; for those statements it is a CursorResult, which counts them."""
    return int(cast(CursorResult[Any], result).rowcount or 0)
