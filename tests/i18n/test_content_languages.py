"""The content library's own limits hold in every language, not only in English: one
short read per exercise step (day and night variants alike), buttons that fit a phone,
the same number of variants, and no word that labels a person."""

from __future__ import annotations

import re

import pytest

from domain.content import bids, exercises, nudges
from domain.i18n import LOCALES_DIR, SHIPPED, _, speaking
from tests.content.test_content import _button_labels, _plain, _utf16_len
from tests.support.catalogue import read

#: Words that label a person, in each language (PRODUCT.md: name the cycle, not the
#: person); whole words, any case.
LABELS: dict[str, tuple[str, ...]] = {
    "en": ("needy", "clingy", "crazy", "dramatic", "avoidant", "hysterical"),
    "de": ("bedürftig", "klammernd", "klammerst", "verrückt", "hysterisch", "dramatisch"),
    "es": ("necesitad[oa]", "pegajos[oa]", "loc[oa]", "histéric[oa]", "dramátic[oa]"),
    "pt_BR": ("carente", "grudent[oa]", "louc[oa]", "histéric[oa]", "dramátic[oa]"),
    "ru": ("навязчив\\w*", "истеричн\\w*", "истерик\\w*", "сумасшедш\\w*", "прилипчив\\w*"),
}


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_step_stays_one_short_read(locale: str) -> None:
    with speaking(locale):
        for name, exercise in exercises.EXERCISES.items():
            for index in range(len(exercise.variants)):
                for night in (False, True):
                    for step in exercise.variant(index, night=night):
                        length = _utf16_len(_plain(step))
                        assert 0 < length <= exercises.STEP_LIMIT, (name, index, night, step)


@pytest.mark.parametrize("locale", SHIPPED)
def test_buttons_fit_a_phone(locale: str) -> None:
    with speaking(locale):
        for label in (_(label) for label in _button_labels()):
            assert 0 < _utf16_len(label) <= 60, label
            assert "<" not in label and "&" not in label, label
        for template in bids.BID_TEMPLATES:
            assert _utf16_len(template.label) <= 40, template.label
        for line in nudges.REASSURANCE_TEMPLATES:
            assert _utf16_len(_(line)) <= 60, _(line)


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_variant_is_its_own_words(locale: str) -> None:
    with speaking(locale):
        for name, exercise in exercises.EXERCISES.items():
            shown = [exercise.variant(i) for i in range(len(exercise.variants))]
            assert len(set(shown)) == len(exercise.variants), name


@pytest.mark.parametrize("locale", SHIPPED)
def test_no_word_labels_a_person(locale: str) -> None:
    words = re.compile(r"\b(?:" + "|".join(LABELS[locale]) + r")\b", re.IGNORECASE)

    with speaking(locale):
        for message in read(LOCALES_DIR / "steady.pot"):
            if isinstance(message.id, str) and message.id:
                said = _(message.id)
                assert not words.search(said), said
