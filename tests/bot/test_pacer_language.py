"""The pacer's later steps run as jobs, outside the update that began it: they speak the
language it began in, whatever language the job itself runs in."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from bot import pacer
from bot.context import SteadyContext
from domain.i18n import current_locale, speaking


def _state() -> pacer.PacerState:
    return pacer.PacerState(
        user_id=1, chat_id=1, message_id=1, session_id=1, intro="", outro="", frames=[]
    )


def test_a_pacer_keeps_the_language_it_began_in() -> None:
    with speaking("de"):
        state = _state()
    assert state.locale == "de"
    assert _state().locale == "en"


async def test_each_step_speaks_the_pacers_language(monkeypatch: pytest.MonkeyPatch) -> None:
    heard: list[str] = []

    async def step(context: SteadyContext, state: pacer.PacerState) -> None:
        heard.append(current_locale())

    monkeypatch.setattr(pacer, "step", step)
    with speaking("ru"):
        state = _state()
    pacers = pacer.Pacers()
    pacers.running[state.user_id] = state
    context = SimpleNamespace(
        job=SimpleNamespace(data=state), bot_data=SimpleNamespace(pacers=pacers)
    )
    with speaking("es"):
        await pacer.advance_pacer(cast(SteadyContext, context))
    assert heard == ["ru"]
