"""The content library is read in the language spoken at the moment it is read.

Its tables are built once, at import time, so they hold English msgids; every accessor
and function must translate when it is called. A stand-in catalogue that brackets each
message shows which words went through it (and that placeholders are filled after).
"""

from __future__ import annotations

import pytest

from domain import i18n
from domain.content import activation, exercises, reroute, translated
from tests.support.pseudo import wrap_languages


@pytest.fixture
def bracketed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every language but English brackets its messages."""
    others = [locale for locale in i18n.SHIPPED if locale != i18n.SOURCE]
    wrap_languages(monkeypatch, others, "[", "]")


@pytest.mark.usefixtures("bracketed")
def test_exercises_are_read_in_the_current_language() -> None:
    breathe = exercises.EXERCISES["breathe"]
    move = exercises.EXERCISES["move"]
    with i18n.speaking("de"):
        assert breathe.title == "[🌬️ Slow breathing]"
        assert breathe.summary.startswith("[") and breathe.summary.endswith("]")
        night = move.variant(2, night=True)
        assert night[0] == f"[{move.variants[2][0].night}]"
        assert all(words.startswith("[") for words in move.variant(0))
        assert exercises.BREATH_PATTERNS["calm"].label == "[Calming breath: in 4, out 6]"
        frame = exercises.breath_frame("inhale", 4, 1, 4)
        assert frame == "<b>[Breathe in]</b> … 4\n<i>[Round 1 of 4]</i>"
        assert exercises.feeling_check() == "[How do you feel now?]"
        assert translated(exercises.FEELING_ANSWERS)[0] == ("better", "[🙂 A bit better]")
        assert exercises.unknown_exercise("<x>").startswith("[I don't have one called “&lt;x&gt;”")
    assert breathe.title == "🌬️ Slow breathing"
    assert exercises.breath_frame("inhale", 4, 1, 4) == "<b>Breathe in</b> … 4\n<i>Round 1 of 4</i>"


@pytest.mark.usefixtures("bracketed")
def test_activation_and_reroute_are_read_in_the_current_language() -> None:
    with i18n.speaking("de"):
        sentence = activation.reflect("no reply", "alone", "pick_fight")
        assert sentence.startswith("[Something happened (“no reply”), you're feeling [alone],")
        assert "wants to [pick a fight] —" in sentence
        assert activation.intro().startswith("[What just happened?")
        assert activation.shared_naming("<b>Al</b>", sentence).startswith("[<b>&lt;b&gt;Al")
        assert dict(translated(activation.URGES))["withdraw"] == "[Go quiet so they notice]"
        assert reroute.both_activated_calm_label() == "[🌬️ Settle myself first]"
    assert activation.intro().startswith("What just happened?")
