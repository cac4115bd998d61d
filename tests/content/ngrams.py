"""Word 8-gram fingerprints, so tests can prove content is not lifted from the article.

The article itself is not copied into the repo: only short hashes of its 8-grams are
stored (article_8grams.txt), regenerated with `python -m tests.content.ngrams ARTICLE`.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable
from pathlib import Path

N = 8
ARTICLE = Path("/work/shared/seeds/000_629309d202260d08.txt")
FIXTURE = Path(__file__).with_name("article_8grams.txt")

_CONTRACTIONS = {
    "can't": "can not",
    "won't": "will not",
    "let's": "let us",
    "it's": "it is",
    "that's": "that is",
    "what's": "what is",
    "there's": "there is",
    "here's": "here is",
    "who's": "who is",
    "he's": "he is",
    "she's": "she is",
    "nothing's": "nothing is",
    "cannot": "can not",
}
# Numbers compare as digits, so "twenty minutes" and "20 minutes" are the same words.
_NUMBERS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "ninety": "90"}
_SUFFIXES = (
    ("n't", " not"),
    ("'re", " are"),
    ("'m", " am"),
    ("'ll", " will"),
    ("'ve", " have"),
    ("'d", " would"),
)
_TAG = re.compile(r"</?[bi]>")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """Lowercase words without punctuation, contractions expanded and numbers as digits,
    so "I'd love twenty" and "I would love 20" compare equal (both sides go through here)."""
    text = _TAG.sub(" ", text).lower().replace("\u2019", "'").replace("\u2018", "'")
    out: list[str] = []
    for word in _WORD.findall(text):
        if word in _CONTRACTIONS:
            out.extend(_CONTRACTIONS[word].split())
            continue
        if word in _NUMBERS:
            out.append(_NUMBERS[word])
            continue
        for suffix, expansion in _SUFFIXES:
            if word.endswith(suffix):
                out.extend((word[: -len(suffix)] + expansion).split())
                break
        else:
            out.append(word.replace("'", ""))
    return out


def grams(text: str, n: int = N) -> set[tuple[str, ...]]:
    """All word n-grams of one text."""
    w = words(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def fingerprint(gram: Iterable[str]) -> str:
    """A short stable hash of one n-gram."""
    return hashlib.sha256(" ".join(gram).encode()).hexdigest()[:16]


def article_fingerprints(text: str) -> set[str]:
    """Hashes of every 8-gram of the article."""
    return {fingerprint(g) for g in grams(text)}


def load_fixture() -> set[str]:
    """The stored article fingerprints."""
    return {line.strip() for line in FIXTURE.read_text().splitlines() if line.strip()}


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ARTICLE
    FIXTURE.write_text("\n".join(sorted(article_fingerprints(source.read_text()))) + "\n")
