"""Inline keyboards, built from the text catalogue and callback scheme."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks, texts


def roles() -> InlineKeyboardMarkup:
    """The three role choices, one per row."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=callbacks.make(callbacks.ROLE, role))]
            for role, label in texts.ROLE_BUTTONS
        ]
    )


def confirm(prefix: str, yes_label: str, no_label: str, *ids: int) -> InlineKeyboardMarkup:
    """A yes / no pair for a destructive action; ids bind the yes to the object it acts on."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    yes_label, callback_data=callbacks.make(prefix, callbacks.YES, *ids)
                ),
                InlineKeyboardButton(no_label, callback_data=callbacks.make(prefix, callbacks.NO)),
            ]
        ]
    )
