"""Decide what a message needs: nothing, a gentle check, help for someone else, or the
crisis reply.

Errs towards answering: a kind crisis reply to a hyperbole costs little; a breathing
exercise in answer to "I took too many pills" costs a lot. Idioms that only borrow the
words ("this traffic is killing me") are left alone. The text is never logged or kept.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from bot.safety.firsts import first_characters
from bot.safety.lang import LANGUAGES
from bot.safety.normalise import fold_letters, normalise_message, strip_invisible
from bot.safety.patterns import LanguagePatterns


class Level(enum.IntEnum):
    """How much a message needs, in the order the checks give way to each other."""

    NONE = 0
    DESPAIR = 1  # heavy but ambiguous: a gentle check, the normal flow goes on
    OTHER = 2  # someone else is in danger: how to help them
    CRISIS = 3  # the writer is: the crisis reply, ahead of everything


@dataclass(frozen=True, slots=True)
class Assessment:
    """The level, and the language whose phrase decided it ("" when shared or none)."""

    level: Level
    language: str = ""


NOTHING: Final = Assessment(Level.NONE)
_ESCAPE: Final = re.compile(r"(\\.)")


def fold_pattern(pattern: str) -> str:
    """Fold a pattern's letters like a message's, leaving escapes (\\W, \\d) untouched."""
    return "".join(
        part if part.startswith("\\") else strip_invisible(fold_letters(part))
        for part in _ESCAPE.split(pattern)
    )


KINDS: Final = ("crisis", "other", "despair", "not_crisis")
Span = tuple[int, int, str]  # start, end, language


#: A pattern that can begin with more characters than this (a digit: \d is every
#: script's digits) is tried at every word instead of being filed under each one.
MAX_FIRSTS: Final = 64
#: A pattern that can begin with at most this many characters joins each character's
#: own group (few groups per word); one that can begin with more joins a group of the
#: patterns with exactly its first characters (compiled once, not once per letter).
SPREAD: Final = 3


def _mark_ranges() -> str:
    """Every combining mark of the Basic Multilingual Plane as regex class ranges: in
    Devanagari, Bengali or Thai a vowel sign is part of its word, but not ``\\w``."""
    ranges: list[str] = []
    start = previous = -2
    for code in range(0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if code != previous + 1:
                if start >= 0:
                    ranges.append(f"\\u{start:04x}-\\u{previous:04x}")
                start = code
            previous = code
    ranges.append(f"\\u{start:04x}-\\u{previous:04x}")
    return "".join(ranges)


def _ends_inside_a_word(text: str, end: int) -> bool:
    """A match must end where its word does: ``(?!\\w)`` in each pattern sees a vowel
    sign (Devanagari, Bengali) as a word's end, so a mark right after is checked here
    (cheaper than a class of every mark inside thousands of patterns)."""
    return end < len(text) and unicodedata.category(text[end]).startswith("M")


#: A character inside a word: a letter, digit or underscore, or a combining mark.
WORD_CHAR: Final = rf"[\w{_mark_ranges()}]"
_WORD_START: Final = re.compile(rf"(?<!{WORD_CHAR})(?=.)")


@dataclass(frozen=True, slots=True)
class _Source:
    source: str
    language: str
    kind: str


@functools.cache
def _compiled(source: str) -> re.Pattern[str]:
    """One pattern on its own, compiled when a group it is in first matches."""
    return re.compile(source)


class _Group:
    """Patterns that can begin with the same characters, tried together: one combined
    regex (compiled once) says whether any matches at a position; only then are they
    tried one by one for each match's kind and span."""

    __slots__ = ("any", "sources")

    def __init__(self, sources: list[_Source]) -> None:
        self.any = re.compile("|".join(s.source for s in sources))
        self.sources = tuple(sources)


@dataclass(frozen=True, slots=True)
class _Net:
    """Every language's patterns of every kind, arranged to be cheap on the usual message.

    Patterns between word boundaries are tried only where a word starts, and only the
    groups that can begin with that word's first character (`bot.safety.firsts`), so a
    message that matches nothing costs a few combined matches per word, not one match
    per pattern. Patterns for scripts written without spaces (Thai) are searched
    anywhere.
    """

    by_first: Mapping[str, tuple[_Group, ...]]  # "" holds the groups tried at every word
    unbounded: tuple[_Group, ...]

    def matches(self, text: str) -> dict[str, list[Span]]:
        """Every match in ``text``, by kind."""
        found: dict[str, list[Span]] = {kind: [] for kind in KINDS}
        anywhere = self.by_first.get("", ())
        for start in _WORD_START.finditer(text):
            position = start.start()
            for group in self.by_first.get(text[position], anywhere):
                if group.any.match(text, position) is None:
                    continue  # the usual case: decided by one combined match
                for source in group.sources:
                    match = _compiled(source.source).match(text, position)
                    if match is not None and not _ends_inside_a_word(text, match.end()):
                        found[source.kind].append((match.start(), match.end(), source.language))
        for group in self.unbounded:
            if group.any.search(text) is None:
                continue
            for source in group.sources:
                for match in _compiled(source.source).finditer(text):
                    found[source.kind].append((match.start(), match.end(), source.language))
        return found


def _build(languages: Iterable[LanguagePatterns]) -> _Net:
    by_firsts: dict[frozenset[str], list[_Source]] = defaultdict(list)
    unbounded: list[_Source] = []
    for language in languages:
        for kind in KINDS:
            for pattern in getattr(language, kind):
                folded = fold_pattern(pattern)
                if not language.word_boundaries:
                    unbounded.append(_Source(f"(?:{folded})", language.code, kind))
                    continue
                source = _Source(rf"(?:{folded})(?!\w)", language.code, kind)
                firsts = first_characters(folded)
                if firsts is None or len(firsts) > MAX_FIRSTS:
                    by_firsts[frozenset()].append(source)
                elif len(firsts) <= SPREAD:  # filed under each of its letters
                    for char in firsts:
                        by_firsts[frozenset(char)].append(source)
                else:  # with the others that begin with exactly these letters
                    by_firsts[firsts].append(source)
    by_first: dict[str, list[_Group]] = defaultdict(list)
    for firsts, sources in by_firsts.items():
        group = _Group(sources)
        for char in firsts or {""}:  # "": could begin with anything, tried at every word
            by_first[char].append(group)
    anywhere = by_first.pop("", [])
    return _Net(
        # each character's groups, then those that could begin with anything
        by_first={"": tuple(anywhere)}
        | {char: (*groups, *anywhere) for char, groups in by_first.items()},
        unbounded=(_Group(unbounded),) if unbounded else (),
    )


@functools.cache
def _net() -> _Net:
    """Compile every language's patterns once (about a second at start-up)."""
    return _build(LANGUAGES)


def _inside(span: Span, covers: list[Span]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end, _ in covers)


def assess(text: str | None) -> Assessment:
    """What the message needs; a message that matches nothing is the cheap, usual case."""
    if not text:
        return NOTHING
    found = _net().matches(normalise_message(text))
    idioms = found["not_crisis"]
    crisis = [s for s in found["crisis"] if not _inside(s, idioms)]
    other = [s for s in found["other"] if not _inside(s, idioms)]
    own = [s for s in crisis if not _inside(s, other)]
    if own:
        return Assessment(Level.CRISIS, own[0][2])
    if other:
        return Assessment(Level.OTHER, other[0][2])
    if crisis:  # every crisis phrase was inside a report about someone else
        return Assessment(Level.OTHER, crisis[0][2])
    despair = [s for s in found["despair"] if not _inside(s, idioms)]
    if despair:
        return Assessment(Level.DESPAIR, despair[0][2])
    return NOTHING
