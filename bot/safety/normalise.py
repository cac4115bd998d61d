"""Fold text so one pattern matches every way a phrase is typed.

People in distress type fast, on phones, sometimes on purpose past filters: capitals,
curly apostrophes, missing accents, stretched letters ("dieeee"), digits for letters
("k1ll mys3lf"), dots between letters ("s.u.i.c.i.d.e"), invisible characters. Both the
message and every pattern go through the same letter folding, so a pattern is written in
plain everyday spelling (with or without accents) and still matches every variant.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# Applied before NFKC, which would turn the acute accent into a space plus a combining mark.
_APOSTROPHES: Final = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201b\u02bc\u02bb\u02b9\u0060\u00b4\u2032\u055a\uff07", "'")
)
# Letters written in several ways within one script, mapped to one (after casefold).
_LETTER_FOLDS: Final = str.maketrans(
    {
        "ё": "е",  # Russian/Belarusian: ё is usually typed as е
        "ґ": "г",  # Ukrainian: ґ is often typed as г
        "أ": "ا",  # Arabic: alef with hamza above / below / madda -> bare alef
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",  # alef maqsura -> ya
        "ی": "ي",  # Persian ya -> Arabic ya
        "ک": "ك",  # Persian kaf -> Arabic kaf
        "ة": "ه",  # ta marbuta -> ha
        "ـ": None,  # tatweel (stretching), never meaningful
        "ı": "i",  # Turkish/Azerbaijani dotless i: people type either
        "ø": "o",  # Danish/Norwegian ø, Polish ł and Vietnamese đ are letters of their own
        "ł": "l",  # to Unicode (no accent to drop) but are typed as o, l and d all the time
        "đ": "d",
    }
)
# Scripts whose combining marks are accents people drop (Latin, Greek, Hebrew niqqud,
# Arabic harakat). Elsewhere (Devanagari, Bengali, Thai, Cyrillic's й) marks are letters.
_DROP_MARKS_AFTER: Final = (
    (0x0000, 0x024F),  # Basic Latin .. Latin Extended-B
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese is folded to bare letters)
    (0x0370, 0x03FF),  # Greek
    (0x0590, 0x05FF),  # Hebrew
    (0x0600, 0x06FF),  # Arabic
)
_INVISIBLE: Final = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SPACE: Final = re.compile(r"\s+")
# A digit or symbol standing for a letter inside a word: k1ll, mys3lf, su!cide, unal1ve.
_LEET: Final = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET_IN_WORD: Final = re.compile(r"(?<=[^\W\d_])[013457@$!|]+(?=[^\W\d_])")
# Single letters joined by dots, dashes, stars or underscores: s.u.i.c.i.d.e, k-i-l-l.
_SPELLED_OUT: Final = re.compile(r"(?<!\w)(?:[^\W\d_][.\-*_]){2,}[^\W\d_](?!\w)")
# Three or more of the same letter: "dieeee", "sooo". Two stay (kill, all, tt in Finnish).
_STRETCHED: Final = re.compile(r"([^\W\d_])\1{2,}")


# Cyrillic keeps its letter-making marks (й, ї) but drops the stress accents that
# dictionaries and careful writers put on vowels ("умере́ть").
_CYRILLIC: Final = (0x0400, 0x052F)
_STRESS_MARKS: Final = frozenset({"\u0300", "\u0301"})


def _mark_droppable(base: str, mark: str) -> bool:
    if not base.isalpha():  # a mark after regex syntax in a pattern belongs to a letter
        return False
    code = ord(base)
    if _CYRILLIC[0] <= code <= _CYRILLIC[1]:
        return mark in _STRESS_MARKS
    return any(low <= code <= high for low, high in _DROP_MARKS_AFTER)


def fold_letters(text: str) -> str:
    """Case, compatibility forms, accents and script variants folded; nothing else changed.

    Used on patterns as well as messages, so it must leave regex syntax alone: it only
    touches letters (and apostrophes).
    """
    folded = unicodedata.normalize("NFKC", text.translate(_APOSTROPHES)).casefold()
    folded = folded.translate(_LETTER_FOLDS)
    out: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFD", folded):
        if unicodedata.combining(char):
            if base and _mark_droppable(base, char):
                continue
        else:
            base = char
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _ascii_digits(text: str) -> str:
    """Every script's decimal digits as ASCII ones (٣٠ -> 30), so patterns count in one
    alphabet and `\\d` only ever meets 0-9 (which `bot.safety.firsts` relies on)."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in text
    )


def _unleet(match: re.Match[str]) -> str:
    return "".join(_LEET.get(c, "i") for c in match.group())


def strip_invisible(text: str) -> str:
    """Zero-width and direction characters removed (from messages and patterns alike)."""
    return _INVISIBLE.sub("", text)


def normalise_message(text: str) -> str:
    """A message folded for matching: letters folded, disguises undone, spaces collapsed."""
    folded = _ascii_digits(strip_invisible(fold_letters(text)))
    folded = _SPELLED_OUT.sub(lambda m: re.sub(r"[.\-*_]", "", m.group()), folded)
    folded = _LEET_IN_WORD.sub(_unleet, folded)
    folded = _STRETCHED.sub(r"\1", folded)
    return _SPACE.sub(" ", folded).strip()
