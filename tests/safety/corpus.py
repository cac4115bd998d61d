"""The safety net's test corpus: real-sounding messages per language, and what each needs.

One file per language in tests/safety/corpus/ (``en.txt``...), read by the corpus tests
and by ``bench/safety_corpus.py``, which prints catch and false-alarm rates. Format: a
``[section]`` line, then one message per line; ``#`` starts a comment line. Sections:
``crisis``, ``other``, ``despair`` (what the message must be assessed as) and ``benign``
(must trigger nothing at all).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from bot.safety.detect import Level

CORPUS_DIR: Final = Path(__file__).resolve().parent / "corpus"
SECTIONS: Final = {
    "crisis": Level.CRISIS,
    "other": Level.OTHER,
    "despair": Level.DESPAIR,
    "benign": Level.NONE,
}


@dataclass
class Corpus:
    """One language's messages, by the level each must get."""

    language: str
    messages: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SECTIONS})

    @property
    def positives(self) -> int:
        return sum(len(self.messages[s]) for s in SECTIONS if s != "benign")


def read_corpus(path: Path) -> Corpus:
    """Parse one corpus file; an unknown section or a message before any section is an error."""
    corpus = Corpus(path.stem)
    section: str | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section not in SECTIONS:
                raise ValueError(f"{path.name}:{number}: unknown section [{section}]")
            continue
        if section is None:
            raise ValueError(f"{path.name}:{number}: message before any [section]")
        corpus.messages[section].append(line)
    return corpus


def all_corpora(directory: Path = CORPUS_DIR) -> list[Corpus]:
    """Every language's corpus, by file name."""
    return [read_corpus(path) for path in sorted(directory.glob("*.txt"))]
