"""The fake validates against api.json vendored in demo/fakebot/, so the demo and the tests
work from a fresh clone; where the shared copy is beside the repository, they match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from demo.fakebot import spec

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "telegram-bot-api" / "api.json"


def test_the_vendored_spec_is_used_and_complete() -> None:
    assert spec.VENDORED_SPEC.is_file()
    loaded = json.loads(spec.VENDORED_SPEC.read_text(encoding="utf-8"))
    assert {"sendMessage", "editMessageText", "answerCallbackQuery"} <= set(loaded["methods"])


@pytest.mark.skipif(not SHARED.is_file(), reason="no shared/telegram-bot-api beside the repo")
def test_the_vendored_spec_matches_the_shared_one() -> None:
    assert spec.VENDORED_SPEC.read_bytes() == SHARED.read_bytes()
