"""Every message in every language's corpus gets exactly the level it needs: crisis,
someone else in danger, a gentle check, or nothing at all (zero false alarms)."""

from __future__ import annotations

import pytest

from bot.safety.detect import assess
from bot.safety.lang import LANGUAGES
from tests.safety.corpus import SECTIONS, all_corpora

CORPORA = all_corpora()
CASES = [
    pytest.param(section, texts, id=f"{corpus.language}-{section}")
    for corpus in CORPORA
    for section, texts in corpus.messages.items()
]


@pytest.mark.parametrize(("section", "texts"), CASES)
def test_each_message_gets_the_level_it_needs(section: str, texts: list[str]) -> None:
    wrong = [
        f"{level.name}: {text}"
        for text in texts
        if (level := assess(text).level) is not SECTIONS[section]
    ]
    assert wrong == [], f"{len(wrong)} of {len(texts)} [{section}] messages assessed wrongly"


def test_every_language_has_a_corpus_with_every_kind_and_as_many_benign_as_positive() -> None:
    by_language = {corpus.language: corpus for corpus in CORPORA}
    assert sorted(by_language) == sorted(p.code for p in LANGUAGES if p.code)
    for corpus in CORPORA:
        for section in SECTIONS:
            assert len(corpus.messages[section]) >= 3, (corpus.language, section)
        assert len(corpus.messages["benign"]) >= corpus.positives, corpus.language


def test_no_message_is_listed_twice_with_different_needs() -> None:
    seen: dict[str, str] = {}
    for corpus in CORPORA:
        for section, texts in corpus.messages.items():
            for text in texts:
                assert seen.setdefault(text, section) == section, text
