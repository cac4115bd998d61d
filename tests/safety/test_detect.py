"""The detector's rules and its fast path: the same answers as trying every pattern at
every position, the level rules, and the folding that undoes disguises."""

from __future__ import annotations

import functools
import re

import pytest

from bot.safety import detect
from bot.safety.detect import Level, assess, fold_pattern
from bot.safety.firsts import first_characters
from bot.safety.lang import LANGUAGES
from bot.safety.normalise import fold_letters, normalise_message
from bot.safety.patterns import LanguagePatterns
from tests.safety.corpus import all_corpora


@functools.cache
def every_pattern() -> list[tuple[re.Pattern[str], str, str, frozenset[str] | None]]:
    """Every pattern compiled on its own, with its kind, language and first characters."""
    compiled = []
    for language in LANGUAGES:
        for kind in detect.KINDS:
            for pattern in getattr(language, kind):
                body = fold_pattern(pattern)
                source = rf"(?<!\w)(?:{body})(?!\w)" if language.word_boundaries else body
                firsts = first_characters(body) if language.word_boundaries else None
                compiled.append((re.compile(source), kind, language.code, firsts))
    return compiled


def test_the_fast_path_finds_every_match_of_trying_every_pattern_everywhere() -> None:
    """The reference is slow and obviously right; the net must find all it finds, and
    every match must begin with one of its pattern's first characters."""
    texts = [t for corpus in all_corpora() for ts in corpus.messages.values() for t in ts]
    assert len(texts) > 3000
    for text in texts[::10]:  # a tenth keeps it quick; the corpus tests cover the rest
        folded = normalise_message(text)
        fast = detect._net().matches(folded)
        for regex, kind, code, firsts in every_pattern():
            for match in regex.finditer(folded):
                if detect._ends_inside_a_word(folded, match.end()):
                    continue
                assert (match.start(), match.end(), code) in fast[kind], (kind, text)
                if firsts is not None and match.end() > match.start():
                    assert folded[match.start()] in firsts, (regex.pattern, text)


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        (r"(?:i|i'm) want", {"i"}),
        (r"(?<!not )want to die", {"w"}),
        (r"\d{2,} pills", set("0123456789")),
        (r"(?:a|b)?c", {"a", "b", "c"}),
        (r"[a-c]x", {"a", "b", "c"}),
    ],
)
def test_first_characters_of_common_shapes(pattern: str, firsts: set[str]) -> None:
    assert first_characters(pattern) == frozenset(firsts)


@pytest.mark.parametrize("pattern", [r"\w+ x", r"(?:x)*", r"\S+ y", r".x"])
def test_anything_this_cannot_bound_is_tried_everywhere(pattern: str) -> None:
    assert first_characters(pattern) is None


def net_of(**lists: tuple[str, ...]) -> detect._Net:
    return detect._build([LanguagePatterns(code="xx", name="test", **lists)])


def test_levels_give_way_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    net = net_of(
        crisis=("want to die",),
        other=(r"she says she (?:\w+ ){0,2}?want to die",),
        despair=("so done",),
        not_crisis=("want to die laughing",),
    )
    monkeypatch.setattr(detect, "_net", lambda: net)
    assert assess("I want to die").level is Level.CRISIS
    assert assess("she says she really want to die").level is Level.OTHER
    assert assess("she says she want to die and I want to die too").level is Level.CRISIS
    assert assess("I'm so done").level is Level.DESPAIR
    assert assess("so done, I want to die").level is Level.CRISIS
    assert assess("I want to die laughing").level is Level.NONE
    assert assess("").level is Level.NONE and assess(None).level is Level.NONE
    assert assess("I want to die").language == "xx"


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("I want to DIEEEE", "i want to die"),
        ("k1ll mys3lf", "kill myself"),
        ("su!cide", "suicide"),
        ("s.u.i.c.i.d.e", "suicide"),
        ("ki\u200bll  my\u00adself", "kill myself"),
        ("I\u2019m", "i'm"),
        ("Ich möchte STERBEN", "ich mochte sterben"),
        ("умере\u0301ть", "умереть"),  # a Cyrillic stress mark goes
        ("йїё", "йїе"),  # letter-making marks stay
        ("أخذت ٣٠ حبة", "اخذت 30 حبه"),  # Arabic alef and ta marbuta folded, digits ASCII
        ("oʻlmoqchiman", "o'lmoqchiman"),
        ("jeg vil dø", "jeg vil do"),
        ("took 30 pills", "took 30 pills"),  # numbers are not letters in disguise
    ],
)
def test_disguises_are_undone(typed: str, folded: str) -> None:
    assert normalise_message(typed) == folded


def test_pattern_folding_leaves_regex_syntax_and_its_marks_alone() -> None:
    assert fold_pattern(r"(?:\W|\d) Möchte") == r"(?:\W|\d) mochte"
    assert fold_letters("(?:क)?\u094d") == "(?:क)?\u094d"  # a virama after "?" is kept
    assert fold_pattern("ab\u200ccd") == "abcd"  # invisible characters go, as in messages
