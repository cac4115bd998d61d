"""A Telegram Bot API server on 127.0.0.1 that speaks the real protocol.

Why: the real bot (`python -m bot`, PTB's own HTTP stack) can run unchanged against it,
every request checked against the official spec (`api.json`, vendored here). The
end-to-end tests drive simulated people through it (`tests/fakebot` names it for them),
and the local demo (`python -m demo`) puts those people in a browser.
"""

from demo.fakebot.server import ApiError, FakeTelegram, RecordedRequest
from demo.fakebot.spec import UploadedFile, validate_request
from demo.fakebot.users import Button, ChatMessage, SentDocument, SimUser

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
