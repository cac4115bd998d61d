"""Which Telegram errors mean the person cannot be reached: the one reading of them.

A 403 (they blocked the bot, or deleted their account) and a 400 "chat not found" mean
no message will arrive until they write again, so every sender marks them inactive
(`db.repositories.users.mark_unreachable`) instead of retrying or raising. Here rather
than in bot/ because the dispatcher needs it and jobs/ may not import bot/.
"""

from __future__ import annotations

from typing import Literal

from telegram.error import BadRequest, Forbidden

Unreachable = Literal["blocked", "chat_not_found"]


def unreachable_reason(error: BaseException) -> Unreachable | None:
    """ "blocked" for a 403, "chat_not_found" for that 400, None for any other error."""
    if isinstance(error, Forbidden):
        return "blocked"
    if isinstance(error, BadRequest) and "chat not found" in str(error).lower():
        return "chat_not_found"
    return None


def is_unreachable(error: BaseException) -> bool:
    """Whether this error from a send means the person cannot be reached."""
    return unreachable_reason(error) is not None
