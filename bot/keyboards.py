"""Inline keyboards, built from the text catalogue and callback scheme."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks, texts
from bot.content.exercises import EXERCISES, FEELING_ANSWERS


def rows(buttons: Iterable[tuple[str, str]], per_row: int = 1) -> InlineKeyboardMarkup:
    """(label, callback data) pairs laid out `per_row` to a row."""
    items = [InlineKeyboardButton(label, callback_data=data) for label, data in buttons]
    return InlineKeyboardMarkup([items[i : i + per_row] for i in range(0, len(items), per_row)])


def single(label: str, data: str) -> InlineKeyboardMarkup:
    """One button."""
    return rows([(label, data)])


def choices(
    prefix: str, options: Sequence[tuple[str, str]], *parts: str | int, per_row: int = 1
) -> InlineKeyboardMarkup:
    """(key, label) options whose data is prefix:parts:key."""
    return rows(((label, callbacks.make(prefix, *parts, key)) for key, label in options), per_row)


def roles() -> InlineKeyboardMarkup:
    """The three role choices, one per row."""
    return choices(callbacks.ROLE, texts.ROLE_BUTTONS)


def confirm(prefix: str, yes_label: str, no_label: str, *ids: int) -> InlineKeyboardMarkup:
    """A yes / no pair for a destructive action; ids bind the yes to the object it acts on."""
    yes = InlineKeyboardButton(yes_label, callback_data=callbacks.make(prefix, callbacks.YES, *ids))
    no = InlineKeyboardButton(no_label, callback_data=callbacks.make(prefix, callbacks.NO))
    return InlineKeyboardMarkup([[yes, no]])


def calm_menu() -> InlineKeyboardMarkup:
    """Every exercise, one per row."""
    return choices(callbacks.CALM, [(e.name, e.title) for e in EXERCISES.values()], "go")


def feeling_check(session_id: int) -> InlineKeyboardMarkup:
    """better / same / worse for one exercise session."""
    return choices(callbacks.FEEL, FEELING_ANSWERS, session_id, per_row=3)
