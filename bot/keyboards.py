"""Inline keyboards, built from the text catalogue and callback scheme."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks, texts
from domain.content import translated
from domain.content.exercises import EXERCISES, FEELING_ANSWERS
from domain.i18n import NATIVE_NAMES, SHIPPED

#: Rows of (label, callback data): a keyboard as plain data. Scheduled messages carry it
#: like this and go out pre-serialised (building PTB objects cost more than the HTTP).
Layout = tuple[tuple[tuple[str, str], ...], ...]


def layout(buttons: Iterable[tuple[str, str]], per_row: int = 1) -> Layout:
    """(label, callback data) pairs laid out `per_row` to a row."""
    items = tuple(buttons)
    return tuple(items[i : i + per_row] for i in range(0, len(items), per_row))


def markup(keys: Layout) -> InlineKeyboardMarkup:
    """The PTB keyboard for a layout."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in keys]
    )


def rows(buttons: Iterable[tuple[str, str]], per_row: int = 1) -> InlineKeyboardMarkup:
    """(label, callback data) pairs laid out `per_row` to a row."""
    return markup(layout(buttons, per_row))


def single(label: str, data: str) -> InlineKeyboardMarkup:
    """One button."""
    return rows([(label, data)])


def choices(
    prefix: str, options: Sequence[tuple[str, str]], *parts: str | int, per_row: int = 1
) -> InlineKeyboardMarkup:
    """(key, label) options whose data is prefix:parts:key."""
    return rows(choice_buttons(prefix, options, *parts), per_row)


def choice_buttons(
    prefix: str, options: Sequence[tuple[str, str]], *parts: str | int
) -> list[tuple[str, str]]:
    """(label, data) for each (key, label) option, the data being prefix:parts:key."""
    return [(label, callbacks.make(prefix, *parts, key)) for key, label in options]


def roles() -> InlineKeyboardMarkup:
    """The three role choices, one per row."""
    return choices(callbacks.ROLE, texts.role_buttons())


def confirm(prefix: str, yes_label: str, no_label: str, *ids: int) -> InlineKeyboardMarkup:
    """A yes / no pair for a destructive action; ids bind the yes to the object it acts on."""
    yes = InlineKeyboardButton(yes_label, callback_data=callbacks.make(prefix, callbacks.YES, *ids))
    no = InlineKeyboardButton(no_label, callback_data=callbacks.make(prefix, callbacks.NO))
    return InlineKeyboardMarkup([[yes, no]])


def calm_menu() -> InlineKeyboardMarkup:
    """Every exercise, one per row."""
    return choices(callbacks.CALM, [(e.name, e.title) for e in EXERCISES.values()], "go")


def exercise_step(session_id: int, shown: int) -> InlineKeyboardMarkup:
    """Next (naming the step it leaves, so a second tap on it does nothing) and Stop."""
    return rows(
        [
            (texts.step_next(), callbacks.make(callbacks.CALM, "next", session_id, shown)),
            (texts.breathe_stop(), callbacks.make(callbacks.CALM, "stop", session_id)),
        ],
        per_row=2,
    )


def feeling_check(session_id: int) -> InlineKeyboardMarkup:
    """better / same / worse for one exercise session."""
    return choices(callbacks.FEEL, translated(FEELING_ANSWERS), session_id, per_row=3)


def languages() -> InlineKeyboardMarkup:
    """Every language Steady speaks, each in its own words, two to a row."""
    return choices(callbacks.LANGUAGE, [(code, NATIVE_NAMES[code]) for code in SHIPPED], per_row=2)
