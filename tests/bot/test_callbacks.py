"""The one callback-data codec: what `make` writes, `parse` reads back; anything else
(forged, stale, malformed) reads as None."""

from __future__ import annotations

import pytest

from bot import callbacks
from bot.callbacks import ID, YES_OR_NO, make, one_of, parse, word


def test_what_make_writes_parse_reads_back() -> None:
    data = make(callbacks.PROMISE, 12, "done")
    assert data == "pr:12:done"
    assert parse(data, ID, one_of(("done", "late"))) == (12, "done")
    assert parse(make(callbacks.ROLE, "both"), one_of(("anxious", "both"))) == ("both",)
    assert parse(make(callbacks.CALM, "stop", 7), word("stop"), ID) == ("stop", 7)
    assert parse(make(callbacks.DELETE, callbacks.NO), YES_OR_NO) == ("no",)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "pr",
        "pr:12",  # too few parts
        "pr:12:done:extra",  # too many
        "pr:x:done",  # not an id
        "pr:-3:done",
        "pr:1e3:done",
        "pr:١٢:done",  # non-ASCII digits are not ids
        "pr:" + "9" * 30 + ":done",  # absurdly large
        "pr:12:DONE",  # not a known word
        "pr:12:",
    ],
)
def test_anything_else_reads_as_none(data: str | None) -> None:
    assert parse(data, ID, one_of(("done", "late"))) is None


def test_make_refuses_what_telegram_would() -> None:
    with pytest.raises(ValueError, match="1-64 bytes"):
        make(callbacks.BID, "x" * 70)
