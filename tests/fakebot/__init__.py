"""The fake Telegram Bot API, for end-to-end tests of the real PTB application.

Why: lets tests drive Steady exactly as Telegram would (HTTP long polling,
spec-validated requests, simulated users) with no network access. The one
implementation lives in `demo/fakebot/` (the local demo serves it too); this
package only names it for the tests.
"""

from demo.fakebot import (
    ApiError,
    Button,
    ChatMessage,
    FakeTelegram,
    RecordedRequest,
    SentDocument,
    SimUser,
    UploadedFile,
    validate_request,
)

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
