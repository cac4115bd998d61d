"""Simulated Telegram users and the bot messages they see.

Why: end-to-end tests should read like a conversation ("Alex sends /start,
presses a button, sees the reply") while still exercising the real PTB
polling stack through :class:`demo.fakebot.server.FakeTelegram`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from demo.fakebot.server import FakeTelegram

_COMMAND_TOKEN_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")


def command_entities(text: str) -> list[dict[str, Any]]:
    """The bot_command entity Telegram gives a text starting with '/cmd' (else none)."""
    m = _COMMAND_TOKEN_RE.match(text)
    if not (m and (len(text) == m.end() or text[m.end()].isspace())):
        return []
    length = len(m.group(0).encode("utf-16-le")) // 2
    return [{"type": "bot_command", "offset": 0, "length": length}]


@dataclass(frozen=True)
class Button:
    """One inline keyboard button as the user sees it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


class SentDocument(NamedTuple):
    """A document the bot uploaded (unpacks as ``filename, data``)."""

    filename: str
    data: bytes


@dataclass(eq=False)
class ChatMessage:
    """A bot message in a chat; a live view, updated in place on edits and deletes.

    ``text`` is exactly what the bot sent (for documents: the caption, "" if none),
    so it may contain HTML; ``plain_text`` is what the user sees after entity parsing.
    """

    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    plain_text: str
    buttons: list[list[Button]] = field(default_factory=list)
    edits: list[str] = field(default_factory=list)
    deleted: bool = False
    document: SentDocument | None = None
    #: The document is a photo (sendPhoto): shown as a picture, captioned like a document.
    is_photo: bool = False
    reply_keyboard: list[list[str]] | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    date: int = 0
    edit_date: int | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def button_texts(self) -> list[str]:
        """Flat list of inline button labels, row by row."""
        return [b.text for row in self.buttons for b in row]

    def find_button(
        self, text: str | None = None, *, callback_data: str | None = None
    ) -> Button | None:
        """The first button matching the label and/or callback data, if any."""
        for row in self.buttons:
            for b in row:
                if (text is None or b.text == text) and (
                    callback_data is None or b.callback_data == callback_data
                ):
                    return b
        return None


class SimUser:
    """A person in a private chat with the bot (chat id == user id)."""

    def __init__(
        self,
        server: FakeTelegram,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> None:
        self._server = server
        self.id = user_id
        self.chat_id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        #: Text of every answerCallbackQuery for this user's presses ("" when no text).
        self.callback_answers: list[str] = []
        #: Callback query ids the bot has not answered yet (Telegram shows a spinner).
        self.pending_callback_ids: list[str] = []
        #: True once the user has written to the bot (before that the bot can't message them).
        self.has_started = False
        self._consumed = 0
        self._answers_consumed = 0
        self._edit_seen: dict[int, int] = {}

    def __repr__(self) -> str:
        return f"SimUser({self.first_name!r}, id={self.id})"

    # -- Telegram objects ------------------------------------------------------------

    def as_user(self) -> dict[str, Any]:
        """The Telegram ``User`` object for this person."""
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    def as_chat(self) -> dict[str, Any]:
        """The Telegram ``Chat`` object of the private chat with the bot."""
        chat: dict[str, Any] = {
            "id": self.chat_id,
            "type": "private",
            "first_name": self.first_name,
        }
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        return chat

    # -- acting ----------------------------------------------------------------------

    @property
    def messages(self) -> list[ChatMessage]:
        """Every message the bot sent to this chat, oldest first (live list)."""
        return self._server.sent_to(self.chat_id)

    async def send(self, text: str) -> int:
        """Queue a text message from this user ('/cmd' gets a bot_command entity like
        Telegram); returns its message id (for `edit`)."""
        self.has_started = True
        return self._server._queue_user_message(self, text, command_entities(text))

    async def edit(self, message_id: int, text: str) -> None:
        """Edit one of this user's own text messages: Telegram sends an `edited_message`."""
        self._server._queue_user_edit(self, message_id, text, command_entities(text))

    async def send_media(self, kind: str, caption: str | None = None) -> None:
        """Send a photo, video, document, voice, video_note or audio, with an optional caption."""
        self.has_started = True
        self._server._queue_user_media(self, kind, caption)

    async def press(
        self,
        button_text: str | None = None,
        *,
        callback_data: str | None = None,
        message: ChatMessage | None = None,
    ) -> None:
        """Press an inline button on the newest bot message that has it (or on ``message``)."""
        if button_text is None and callback_data is None:
            raise ValueError("press() needs button_text or callback_data")
        wanted = button_text if button_text is not None else f"data={callback_data!r}"
        candidates = [message] if message is not None else list(reversed(self.messages))
        for msg in candidates:
            if msg.deleted:
                continue
            button = msg.find_button(button_text, callback_data=callback_data)
            if button is None:
                continue
            if button.callback_data is None:
                raise AssertionError(
                    f"{self.first_name} cannot press [{button.text}]: it is a URL/other button, "
                    "not a callback button"
                )
            self._server._queue_callback(self, msg, button.callback_data, f"[{button.text}]")
            return
        raise AssertionError(
            f"{self.first_name} found no button {wanted!r}. Available buttons:\n"
            + self._describe_buttons(candidates)
        )

    async def press_forged(self, data: str, message: ChatMessage) -> None:
        """Send arbitrary callback data for ``message`` (as a malicious client could)."""
        self._server._queue_callback(self, message, data, f"(forged data {data!r})")

    # -- observing -------------------------------------------------------------------

    async def next_message(self, timeout: float = 5.0) -> ChatMessage:  # noqa: ASYNC109
        """The next bot message in this chat not yet returned by next_message."""
        msgs = self.messages
        if not await self._server._wait_until(lambda: len(msgs) > self._consumed, timeout):
            raise AssertionError(
                f"{self.first_name} got no new message from the bot within {timeout}s.\n"
                + self._server.transcript_tail()
            )
        msg = msgs[self._consumed]
        self._consumed += 1
        self._edit_seen[msg.message_id] = len(msg.edits)
        return msg

    async def next_edit(self, message: ChatMessage, timeout: float = 5.0) -> ChatMessage:  # noqa: ASYNC109
        """Wait for an edit of ``message`` this user has not seen yet; returns the live message.

        Edits count as seen when the message was returned by next_message/next_edit,
        so an edit that happened between a press and this call is not missed.
        """
        seen = self._edit_seen.get(message.message_id, 0)
        if not await self._server._wait_until(lambda: len(message.edits) > seen, timeout):
            raise AssertionError(
                f"message #{message.message_id} to {self.first_name} was not edited within "
                f"{timeout}s (edits so far: {seen}).\n" + self._server.transcript_tail()
            )
        self._edit_seen[message.message_id] = len(message.edits)
        return message

    async def edit_showing(
        self,
        message: ChatMessage,
        text: str,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> ChatMessage:
        """Wait until an edit makes ``message`` show ``text`` (plain); returns the live message.

        For messages that other edits may reach first (a pacer step landing just before
        the Stop press is handled): waits for the one that matters, not the next one.
        """
        if not await self._server._wait_until(lambda: text in message.plain_text, timeout):
            raise AssertionError(
                f"message #{message.message_id} to {self.first_name} never showed {text!r} "
                f"within {timeout}s.\n" + self._server.transcript_tail()
            )
        self._edit_seen[message.message_id] = len(message.edits)
        return message

    async def next_callback_answer(self, timeout: float = 5.0) -> str:  # noqa: ASYNC109
        """The next answerCallbackQuery text for this user's presses ("" = answered silently)."""
        answers = self.callback_answers
        if not await self._server._wait_until(
            lambda: len(answers) > self._answers_consumed, timeout
        ):
            raise AssertionError(
                f"the bot did not answer {self.first_name}'s button press within {timeout}s "
                f"(unanswered query ids: {self.pending_callback_ids}).\n"
                + self._server.transcript_tail()
            )
        answer = answers[self._answers_consumed]
        self._answers_consumed += 1
        return answer

    async def last_callback_answer(self, timeout: float = 5.0) -> str:  # noqa: ASYNC109
        """Wait until every press so far is answered; return the newest answer, consuming all."""
        if not await self._server._wait_until(
            lambda: not self.pending_callback_ids and bool(self.callback_answers), timeout
        ):
            raise AssertionError(
                f"{self.first_name}'s button presses were not all answered within {timeout}s.\n"
                + self._server.transcript_tail()
            )
        self._answers_consumed = len(self.callback_answers)
        return self.callback_answers[-1]

    async def expect_no_message(self, within: float = 0.3) -> None:
        """Assert no unconsumed bot message exists or arrives in this chat within ``within`` s."""
        msgs = self.messages
        if await self._server._wait_until(lambda: len(msgs) > self._consumed, within):
            unexpected = msgs[self._consumed :]
            raise AssertionError(
                f"{self.first_name} unexpectedly got: "
                + "; ".join(repr(m.plain_text) for m in unexpected)
                + "\n"
                + self._server.transcript_tail()
            )

    def _describe_buttons(self, candidates: list[ChatMessage]) -> str:
        lines = [
            f"  message #{m.message_id} ({m.plain_text[:40]!r}): "
            + " ".join(f"[{t}]" for t in m.button_texts())
            for m in candidates
            if m.buttons and not m.deleted
        ]
        return "\n".join(lines[:5]) or "  (no live bot message in this chat has inline buttons)"
