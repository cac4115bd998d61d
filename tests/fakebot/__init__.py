"""Fake Telegram Bot API server for end-to-end tests of the real PTB application.

Why: lets tests drive Steady exactly as Telegram would (HTTP long polling,
spec-validated requests, simulated users) with no network access.
"""

from tests.fakebot.server import ApiError, FakeTelegram, RecordedRequest
from tests.fakebot.spec import UploadedFile, validate_request
from tests.fakebot.users import Button, ChatMessage, SentDocument, SimUser

__all__ = [
    "ApiError",
    "Button",
    "ChatMessage",
    "FakeTelegram",
    "RecordedRequest",
    "SentDocument",
    "SimUser",
    "UploadedFile",
    "validate_request",
]
