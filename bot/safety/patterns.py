"""The shape of one language's crisis phrases, and the gaps patterns may leave between words.

Each language module in `bot.safety.lang` builds one `LanguagePatterns`. Patterns are
regular expressions in everyday spelling; `bot.safety.detect` folds them exactly as it
folds messages (case, accents, script variants) and matches each between word
boundaries, so a pattern never needs `(?i)`, accent classes or `\\b`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class LanguagePatterns:
    """What one language contributes to the safety net.

    - ``crisis``: the writer speaks of suicide, self-harm with intent, an overdose or a
      method, about themselves (or with no subject, which means themselves): the crisis
      reply.
    - ``other``: the writer reports that someone else (the partner, a friend) says they
      will kill themselves, has taken something or has hurt themselves: the reply on how
      to help. A crisis phrase that lies wholly inside an ``other`` match counts as
      ``other`` ("she says she wants to die").
    - ``despair``: heavy but ambiguous ("I can't do this anymore"): a gentle check with
      the resources, and the normal flow goes on.
    - ``not_crisis``: idioms that borrow the words ("dying to see you"); a match of any
      other list that lies wholly inside one of these is ignored.
    """

    code: str
    name: str
    crisis: tuple[str, ...]
    other: tuple[str, ...] = ()
    despair: tuple[str, ...] = ()
    not_crisis: tuple[str, ...] = ()
    #: False for scripts written without spaces between words (Thai, Chinese, Japanese):
    #: their patterns match anywhere instead of between word boundaries.
    word_boundaries: bool = True


# Up to N words that are not first-person pronouns: "she (really just) wants to die" but
# not "my boyfriend left and now (I) want to die". English only; other languages define
# their own gaps where they need them.
NOT_ME_WORD: Final = r"(?!(?:i|i'm|im|i've|ive|i'd|me|my|myself|we|us)\b)[\w'-]+"


def gap(words: int, not_me: str = NOT_ME_WORD) -> str:
    """Between 0 and ``words`` words, each matching ``not_me`` (a word that is not the
    writer: English "I", "me", "my" by default; each language passes its own)."""
    return rf"(?:{not_me} ){{0,{words}}}?"


def not_after(*words: str) -> str:
    """Lookbehinds: not right after any of ``words`` (grouped by length, as Python needs
    fixed-width lookbehinds; one lookbehind per length is cheaper than one per word)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "".join(f"(?<!{'|'.join(group)})" for group in by_length.values())


def unnegated(head: str, negations: str) -> str:
    """``head``, not right after a negation (``negations``: lookbehinds from `not_after`).
    The lookahead fails fast on most words, so the lookbehinds run only where the head is."""
    return f"(?={head}){negations}{head}"


# Negations right before a verb in English and the Romance languages, German and Dutch:
# "I don't want to die", "no quiero morir" are not wishes to die.
NEGATIONS: Final = ("not ", "n't ", "nt ", "no ", "nao ", "non ", "nicht ", "niet ", "pas ")
