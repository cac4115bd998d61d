"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the real PTB app.

Why: the bot's Application is run unchanged (real HTTP, real polling) against
this server via ``base_url``; every request is checked against the official
spec so tests fail on anything real Telegram would reject, and Telegram's
behavioural quirks (not-modified edits, blocked users, 429s) can be provoked.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from demo.fakebot.spec import (
    UploadedFile,
    canonical_method,
    method_fields,
    parse_formatted,
    validate_request,
)
from demo.fakebot.users import Button, ChatMessage, SentDocument, SimUser

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_INVALID = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BLOCKED = "Forbidden: bot was blocked by the user"
CANT_INITIATE = "Forbidden: bot can't initiate conversation with a user"
#: Update types Telegram withholds unless allowed_updates lists them explicitly.
_OPT_IN_UPDATES = {"chat_member", "message_reaction", "message_reaction_count"}
_MAX_UPLOAD = 64 * 1024 * 1024


@dataclass
class RecordedRequest:
    """One HTTP call the bot made, with what the fake answered."""

    method: str
    params: dict[str, Any]
    response: dict[str, Any]
    status: int = 200
    at: float = field(default_factory=time.monotonic)  # when the fake answered


@dataclass
class _Fault:
    method: str
    error_code: int
    description: str
    retry_after: int | None
    times: int
    chat_id: int | None
    seconds: float = 0.0


class ApiError(Exception):
    """A Telegram error answer (``ok: false``); not necessarily a spec violation."""

    def __init__(
        self, error_code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """The JSON Telegram sends for this error."""
        out: dict[str, Any] = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.parameters:
            out["parameters"] = self.parameters
        return out


def _decode(value: Any) -> Any:
    """Objects arrive JSON-encoded in form/multipart requests and natively in JSON bodies."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.lower() in {"true", "1"}
    return bool(value)


def _buttons(markup: Any) -> list[list[Button]]:
    if not isinstance(markup, dict):
        return []
    return [
        [Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for b in row]
        for row in markup.get("inline_keyboard", [])
    ]


def _inline_markup(markup: Any) -> dict[str, Any] | None:
    """Only inline keyboards are echoed in Message.reply_markup; empty ones count as none."""
    if isinstance(markup, dict) and markup.get("inline_keyboard"):
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


class FakeTelegram:
    """Fake Bot API: validates every call, keeps chat state, simulates users and faults."""

    def __init__(
        self,
        token: str = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz",
        bot_username: str = "SteadyTestBot",
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.token = token
        #: Seconds since the epoch for message dates (the demo's movable clock; real time
        #: in tests, as Telegram's own).
        self._time = clock
        self.bot_username = bot_username
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_first_name = "Steady"
        self.requests: list[RecordedRequest] = []
        self.violations: list[str] = []
        self.transcript: list[str] = []
        #: Commands per (scope as sorted JSON, language_code).
        self.command_sets: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.webhook_url = ""
        self.allowed_updates: list[str] | None = None
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(100_000_001)
        self._callback_ids = itertools.count(4_100_000_000_000_000_001)
        self._file_ids = itertools.count(1)
        self._user_ids = itertools.count(10_001)
        self._users: dict[int, SimUser] = {}
        self._raw_messages: dict[int, dict[int, dict[str, Any]]] = {}
        self._sent: dict[int, list[ChatMessage]] = {}
        self._bot_messages: dict[tuple[int, int], ChatMessage] = {}
        self._last_message_id: dict[int, int] = {}
        self._callbacks: dict[str, SimUser] = {}
        self._files: dict[str, SentDocument] = {}
        self._faults: list[_Fault] = []
        self._delays: list[_Fault] = []
        #: Calls that reached a ``delay_next`` hold (tests wait on it to act mid-call).
        self.calls_held = 0
        self._blocked: set[int] = set()
        self._poll_generation = 0
        self._closing = False
        self._changed = asyncio.Event()
        #: Bumped on every change a watcher could see (a message, an edit, an update).
        self.changes = 0
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    # -- lifecycle -------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on a free loopback port."""
        app = web.Application(client_max_size=_MAX_UPLOAD)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Wake pending long polls / delays, then close the listener."""
        self._closing = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """Give this to PTB as ``base_url``; PTB appends the token."""
        if self._port is None:
            raise RuntimeError("FakeTelegram.start() has not been awaited")
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        """The bot's ``User`` object as getMe returns it."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    @property
    def commands(self) -> list[dict[str, str]]:
        """Commands set for the default scope and no language."""
        return self.command_sets.get((json.dumps({"type": "default"}), ""), [])

    # -- users and observation -------------------------------------------------------

    def user(
        self,
        first_name: str,
        *,
        user_id: int | None = None,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> SimUser:
        """Create a simulated user with a private chat (chat id == user id)."""
        if user_id is None:
            user_id = next(i for i in self._user_ids if i not in self._users)
        if user_id in self._users:
            raise ValueError(f"user id {user_id} already exists")
        sim = SimUser(
            self,
            user_id,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        self._users[user_id] = sim
        return sim

    def sent_to(self, chat_id: int) -> list[ChatMessage]:
        """Live list of messages the bot sent to ``chat_id`` (oldest first)."""
        return self._sent.setdefault(chat_id, [])

    def requests_for(self, method: str) -> list[RecordedRequest]:
        """Recorded calls of one method."""
        return [r for r in self.requests if r.method == method]

    def assert_no_violations(self) -> None:
        """Fail with every spec violation seen so far (for fixture teardown)."""
        if self.violations:
            raise AssertionError("Bot API spec violations:\n" + "\n".join(self.violations))

    def transcript_tail(self, lines: int = 25) -> str:
        """Last transcript lines, for assertion messages."""
        tail = self.transcript[-lines:]
        return "Transcript tail:\n" + ("\n".join(tail) if tail else "(empty)")

    def transcript_text(self, title: str) -> str:
        """The conversation log as the tests write it: a title, underlined, then the lines."""
        underline = "=" * len(title)
        return f"{title}\n{underline}\n\n" + "\n".join(self.transcript) + "\n"

    def write_transcript(self, path: Path, title: str) -> None:
        """Write the conversation log to ``path`` (creating folders)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.transcript_text(title), encoding="utf-8")

    @property
    def users(self) -> list[SimUser]:
        """Every simulated person, in the order they were made."""
        return list(self._users.values())

    def file(self, file_id: str) -> SentDocument | None:
        """A document the bot uploaded, by the file_id the fake gave it."""
        return self._files.get(file_id)

    def touch(self) -> None:
        """Count a change made from outside (a rename, a time jump) and wake the watchers."""
        self._notify()

    async def wait_for_change(self, after: int, timeout: float) -> int:  # noqa: ASYNC109
        """Wait until ``changes`` moves past ``after`` (or the timeout); returns it."""
        await self._wait_until(lambda: self.changes != after or self._closing, timeout)
        return self.changes

    # -- fault injection -------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        error_code: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Answer the next ``times`` valid calls of ``method`` (optionally to one chat) with
        an error; 429s should pass ``retry_after`` so the answer carries parameters."""
        self._faults.append(
            _Fault(self._method_name(method), error_code, description, retry_after, times, chat_id)
        )

    def clear_faults(self) -> None:
        """Forget every ``fail_next`` and ``delay_next`` not used up yet (Telegram recovers)."""
        self._faults.clear()
        self._delays.clear()

    def delay_next(
        self, method: str, seconds: float, times: int = 1, *, chat_id: int | None = None
    ) -> None:
        """Hold the next calls for ``seconds`` before executing them (client-side timeouts).

        Like real Telegram, the call still takes effect after the delay even if the
        client gave up, so a timed-out send may still deliver the message.
        """
        self._delays.append(_Fault(self._method_name(method), 0, "", None, times, chat_id, seconds))

    def block(self, user_id: int, *, notify: bool = True) -> None:
        """User blocks the bot: sends to them get 403; queues a my_chat_member update."""
        self._blocked.add(user_id)
        self._log(f"{self._name(user_id)} blocks {self.bot_first_name}")
        if notify and user_id in self._users:
            self._queue_member_change(self._users[user_id], "member", "kicked")

    def unblock(self, user_id: int, *, notify: bool = True) -> None:
        """User unblocks the bot again."""
        self._blocked.discard(user_id)
        self._log(f"{self._name(user_id)} unblocks {self.bot_first_name}")
        if notify and user_id in self._users:
            self._queue_member_change(self._users[user_id], "kicked", "member")

    @staticmethod
    def _method_name(method: str) -> str:
        canonical = canonical_method(method)
        if canonical is None:
            raise ValueError(f"unknown Bot API method {method!r}")
        return canonical

    @staticmethod
    def _take(faults: list[_Fault], method: str, chat_id: int | None) -> _Fault | None:
        for fault in faults:
            if fault.method == method and (fault.chat_id is None or fault.chat_id == chat_id):
                fault.times -= 1
                if fault.times <= 0:
                    faults.remove(fault)
                return fault
        return None

    # -- waiting ---------------------------------------------------------------------

    def _notify(self) -> None:
        """Wake every waiter; they re-check their predicate."""
        self.changes += 1
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    async def _wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:  # noqa: ASYNC109
        """Wait (event-driven, no polling) until predicate() holds; False on timeout."""
        try:
            async with asyncio.timeout(timeout):
                while not predicate():
                    await self._changed.wait()
        except TimeoutError:
            return predicate()
        return True

    # -- transcript ------------------------------------------------------------------

    def _name(self, chat_id: int | None) -> str:
        user = self._users.get(chat_id) if chat_id is not None else None
        return user.first_name if user else f"chat {chat_id}"

    def _log(
        self,
        first: str,
        body: str = "",
        buttons: list[list[Button]] | None = None,
        reply_keyboard: list[list[str]] | None = None,
    ) -> None:
        lines = body.split("\n") if body else [""]
        self.transcript.append(first + lines[0])
        self.transcript.extend("    " + line for line in lines[1:])
        for row in buttons or []:
            self.transcript.append(
                "  "
                + " ".join(f"[{b.text}]" if b.url is None else f"[{b.text}]({b.url})" for b in row)
            )
        for krow in reply_keyboard or []:
            self.transcript.append("  keyboard: " + " ".join(f"[{t}]" for t in krow))

    # -- simulated user input --------------------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def _queue_update(self, kind: str, payload: dict[str, Any]) -> None:
        self._updates.append({"update_id": next(self._update_ids), kind: payload})
        self._notify()

    def queue_raw_update(self, payload: dict[str, Any]) -> int:
        """Queue an update exactly as given (``{"poll": {...}}``), however malformed, as a
        Bot API newer than the bot's library could send; returns its update_id."""
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, **payload})
        kinds = ", ".join(payload) or "nothing"
        self._log(f"(Telegram sends update {update_id}, raw: {kinds})")
        self._notify()
        return update_id

    def _queue_user_message(self, user: SimUser, text: str, entities: list[dict[str, Any]]) -> int:
        mid = self._next_message_id(user.chat_id)
        msg: dict[str, Any] = {
            "message_id": mid,
            "from": user.as_user(),
            "chat": user.as_chat(),
            "date": int(self._time()),
            "text": text,
        }
        if entities:
            msg["entities"] = entities
        self._raw_messages.setdefault(user.chat_id, {})[mid] = msg
        self._log(f"{user.first_name}: ", text)
        self._queue_update("message", msg)
        return mid

    def _queue_user_edit(
        self, user: SimUser, message_id: int, text: str, entities: list[dict[str, Any]]
    ) -> None:
        old = self._raw_messages.get(user.chat_id, {}).get(message_id)
        if old is None or old.get("from", {}).get("id") != user.id or "text" not in old:
            raise AssertionError(f"{user.first_name} has no text message #{message_id} to edit")
        msg = {k: v for k, v in old.items() if k not in {"text", "entities"}}
        msg["text"] = text
        if entities:
            msg["entities"] = entities
        msg["edit_date"] = max(int(self._time()), old["date"])
        self._raw_messages[user.chat_id][message_id] = msg
        self._log(f"{user.first_name} edits message #{message_id} to: ", text)
        self._queue_update("edited_message", msg)

    def _queue_user_media(self, user: SimUser, kind: str, caption: str | None) -> None:
        """A photo, video, document, voice note, video note or audio from the user, shaped
        as Telegram sends it (file ids only; the fake holds no file contents)."""
        file_id = next(self._file_ids)
        ids = {"file_id": f"USERFILE{file_id}", "file_unique_id": f"U{file_id}"}
        media: dict[str, Any] = {
            "photo": [{**ids, "width": 640, "height": 480}],
            "video": {**ids, "width": 640, "height": 480, "duration": 4},
            "document": {**ids, "file_name": "note.pdf"},
            "voice": {**ids, "duration": 7, "mime_type": "audio/ogg"},
            "video_note": {**ids, "length": 240, "duration": 6},
            "audio": {**ids, "duration": 30},
        }
        mid = self._next_message_id(user.chat_id)
        msg: dict[str, Any] = {
            "message_id": mid,
            "from": user.as_user(),
            "chat": user.as_chat(),
            "date": int(self._time()),
            kind: media[kind],
        }
        if caption is not None:
            msg["caption"] = caption
        self._raw_messages.setdefault(user.chat_id, {})[mid] = msg
        self._log(f"{user.first_name}: ", f"[{kind}]" + (f" {caption}" if caption else ""))
        self._queue_update("message", msg)

    def _queue_callback(self, user: SimUser, message: ChatMessage, data: str, label: str) -> None:
        if message.chat_id != user.chat_id:
            raise AssertionError(
                f"message #{message.message_id} is not in {user.first_name}'s chat"
            )
        if message.deleted:
            raise AssertionError(f"message #{message.message_id} was deleted; it has no buttons")
        query_id = str(next(self._callback_ids))
        self._callbacks[query_id] = user
        user.pending_callback_ids.append(query_id)
        self._log(f"{user.first_name} presses {label}")
        self._queue_update(
            "callback_query",
            {
                "id": query_id,
                "from": user.as_user(),
                "message": json.loads(json.dumps(message.raw)),
                "chat_instance": str(-(6_000_000_000_000_000_000 + user.chat_id)),
                "data": data,
            },
        )

    def _queue_member_change(self, user: SimUser, old: str, new: str) -> None:
        def member(status: str) -> dict[str, Any]:
            out: dict[str, Any] = {"status": status, "user": self.bot_user}
            if status == "kicked":
                out["until_date"] = 0
            return out

        self._queue_update(
            "my_chat_member",
            {
                "chat": user.as_chat(),
                "from": user.as_user(),
                "date": int(self._time()),
                "old_chat_member": member(old),
                "new_chat_member": member(new),
            },
        )

    # -- HTTP ------------------------------------------------------------------------

    async def _read_params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            raw = await request.read()
            if raw.strip():
                body = json.loads(raw)
                if not isinstance(body, dict):
                    raise ValueError("JSON body must be an object")
                params.update(body)
        elif request.content_type in {"application/x-www-form-urlencoded", "multipart/form-data"}:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    params[key] = UploadedFile(
                        key, value.filename or key, value.content_type, value.file.read()
                    )
                elif isinstance(value, bytes):
                    params[key] = value.decode("utf-8")
                else:
                    params[key] = value
        return {k: v for k, v in params.items() if v is not None}

    def _respond(
        self, method: str, params: dict[str, Any], body: dict[str, Any], status: int
    ) -> web.Response:
        self.requests.append(RecordedRequest(method, params, body, status))
        return web.json_response(body, status=status)

    async def _handle(self, request: web.Request) -> web.Response:
        m = re.fullmatch(r"/bot([^/]*)/([^/]*)", request.path)
        if not m:
            body = ApiError(404, "Not Found").body()
            return self._respond(request.path, {}, body, 404)
        token, method = m.groups()
        try:
            params = await self._read_params(request)
        except ValueError as exc:
            self.violations.append(f"{method}: malformed request body: {exc}")
            return self._respond(method, {}, ApiError(400, f"Bad Request: {exc}").body(), 400)
        if token != self.token:
            code = 401 if re.fullmatch(r"\d+:[\w-]+", token) else 404
            err = ApiError(code, "Unauthorized" if code == 401 else "Not Found")
            return self._respond(method, params, err.body(), code)
        canonical = canonical_method(method)
        violations = validate_request(method, params)
        if canonical is None or violations:
            for violation in violations:
                self.violations.append(f"{canonical or method}: {violation}")
                self._log(
                    f"!! {self.bot_first_name} made an invalid {canonical or method} "
                    f"call: {violation}"
                )
            err = (
                ApiError(404, "Not Found")
                if canonical is None
                else ApiError(400, f"Bad Request: {violations[0]}")
            )
            return self._respond(canonical or method, params, err.body(), err.error_code)
        try:
            result = await self._dispatch(canonical, params)
        except ApiError as refused:
            return self._respond(canonical, params, refused.body(), refused.error_code)
        except Exception as exc:  # a bug in the fake itself must be loud, not a hang
            self.violations.append(f"{canonical}: fakebot internal error: {exc!r}")
            failed = ApiError(500, f"Internal Server Error: {exc!r}")
            return self._respond(canonical, params, failed.body(), 500)
        return self._respond(canonical, params, {"ok": True, "result": result}, 200)

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        chat_id = _as_int(params.get("chat_id"))
        delay = self._take(self._delays, method, chat_id)
        if delay is not None:
            self.calls_held += 1
            self._notify()
            await self._wait_until(lambda: self._closing, delay.seconds)
        fault = self._take(self._faults, method, chat_id)
        if fault is not None:
            extra = {"retry_after": fault.retry_after} if fault.retry_after is not None else None
            self._log(
                f"(Telegram answers {method} to {self._name(chat_id)} with "
                f"{fault.error_code}: {fault.description})"
            )
            raise ApiError(fault.error_code, fault.description, extra)
        if chat_id is not None and chat_id in self._blocked and "chat_id" in method_fields(method):
            self._log(f"(Telegram answers {method} to {self._name(chat_id)} with 403: {BLOCKED})")
            raise ApiError(403, BLOCKED)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return True
        return await handler(params)

    # -- chat helpers ----------------------------------------------------------------

    def _resolve_chat(self, params: dict[str, Any], *, sending: bool) -> int:
        chat_id = _as_int(params.get("chat_id"))
        if chat_id is None or chat_id not in self._users:
            raise ApiError(400, "Bad Request: chat not found")
        if sending and not self._users[chat_id].has_started:
            raise ApiError(403, CANT_INITIATE)
        return chat_id

    def _bot_message(self, params: dict[str, Any], *, verb: str) -> ChatMessage:
        if params.get("inline_message_id") is not None:
            raise ApiError(400, f"Bad Request: message to {verb} not found")
        chat_id = self._resolve_chat(params, sending=False)
        mid = _as_int(params.get("message_id")) or 0
        msg = self._bot_messages.get((chat_id, mid))
        if msg is not None and not msg.deleted:
            return msg
        if msg is None and verb == "edit" and mid in self._raw_messages.get(chat_id, {}):
            raise ApiError(400, "Bad Request: message can't be edited")
        raise ApiError(400, f"Bad Request: message to {verb} not found")

    @staticmethod
    def _text_and_entities(
        params: dict[str, Any], key: str, entities_key: str
    ) -> tuple[str, str, list[dict[str, Any]]]:
        raw = str(params.get(key, ""))
        mode = params.get("parse_mode")
        parsed = parse_formatted(raw, mode if isinstance(mode, str) else None)
        entities = parsed.entities
        if not entities and params.get(entities_key) is not None:
            decoded = _decode(params[entities_key])
            entities = decoded if isinstance(decoded, list) else []
        return raw, parsed.text, entities

    def _store_bot_message(
        self,
        chat_id: int,
        msg: dict[str, Any],
        *,
        raw_text: str,
        plain: str,
        markup: Any,
        parse_mode: Any,
        document: SentDocument | None = None,
    ) -> ChatMessage:
        self._raw_messages.setdefault(chat_id, {})[msg["message_id"]] = msg
        reply_kb = None
        if isinstance(markup, dict) and "keyboard" in markup:
            reply_kb = [
                [b if isinstance(b, str) else b.get("text", "") for b in row]
                for row in markup["keyboard"]
            ]
        cm = ChatMessage(
            message_id=msg["message_id"],
            chat_id=chat_id,
            text=raw_text,
            parse_mode=parse_mode if isinstance(parse_mode, str) else None,
            plain_text=plain,
            buttons=_buttons(markup),
            document=document,
            reply_keyboard=reply_kb,
            entities=msg.get("entities", msg.get("caption_entities", [])),
            date=msg["date"],
            raw=msg,
        )
        self._sent.setdefault(chat_id, []).append(cm)
        self._bot_messages[(chat_id, cm.message_id)] = cm
        return cm

    def _new_message(self, chat_id: int) -> dict[str, Any]:
        return {
            "message_id": self._next_message_id(chat_id),
            "from": self.bot_user,
            "chat": self._users[chat_id].as_chat(),
            "date": int(self._time()),
        }

    # -- Bot API methods -------------------------------------------------------------

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _as_int(params.get("offset")) or 0
        limit = min(max(_as_int(params.get("limit")) or 100, 1), 100)
        timeout = max(_as_int(params.get("timeout")) or 0, 0)
        if params.get("allowed_updates") is not None:
            allowed = _decode(params["allowed_updates"])
            self.allowed_updates = list(allowed) if isinstance(allowed, list) else None
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        self._poll_generation += 1
        generation = self._poll_generation

        def ready() -> bool:
            return bool(self._deliverable()) or self._closing or generation != self._poll_generation

        if timeout:
            await self._wait_until(ready, timeout)
        if generation != self._poll_generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; make sure "
                "that only one bot instance is running",
            )
        return self._deliverable()[:limit]

    def _deliverable(self) -> list[dict[str, Any]]:
        """Pending updates, dropping types excluded by allowed_updates (as Telegram does)."""
        allowed = set(self.allowed_updates or [])

        def wanted(update: dict[str, Any]) -> bool:
            kind = next(k for k in update if k != "update_id")
            return kind in allowed if allowed else kind not in _OPT_IN_UPDATES

        self._updates = [u for u in self._updates if wanted(u)]
        return self._updates

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = ""
        if _as_bool(params.get("drop_pending_updates", False)):
            self._updates.clear()
        return True

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = str(params["url"])
        if _as_bool(params.get("drop_pending_updates", False)):
            self._updates.clear()
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    @staticmethod
    def _command_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = _decode(params.get("scope")) or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code", ""))

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = _decode(params["commands"])
        self.command_sets[self._command_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        self._notify()
        return True

    async def _api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        return self.command_sets.get(self._command_key(params), [])

    async def _api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        self.command_sets.pop(self._command_key(params), None)
        return True

    async def _api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._resolve_chat(params, sending=False)
        return {
            **self._users[chat_id].as_chat(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        self._resolve_chat(params, sending=True)
        return True

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._resolve_chat(params, sending=True)
        raw, plain, entities = self._text_and_entities(params, "text", "entities")
        markup = _decode(params.get("reply_markup"))
        msg = self._new_message(chat_id)
        msg["text"] = plain
        if entities:
            msg["entities"] = entities
        if inline := _inline_markup(markup):
            msg["reply_markup"] = inline
        cm = self._store_bot_message(
            chat_id,
            msg,
            raw_text=raw,
            plain=plain,
            markup=markup,
            parse_mode=params.get("parse_mode"),
        )
        self._log(
            f"{self.bot_first_name} → {self._name(chat_id)}: ", plain, cm.buttons, cm.reply_keyboard
        )
        self._notify()
        return msg

    def _document_from(
        self, params: dict[str, Any], key: str = "document"
    ) -> tuple[SentDocument, dict[str, Any]]:
        value = params[key]
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"), value)
        mime = "application/octet-stream"
        if isinstance(value, UploadedFile):
            doc = SentDocument(value.filename, value.data)
            mime = value.content_type or mime
            file_id = f"BQACAgIAAx-fake-{next(self._file_ids)}"
            self._files[file_id] = doc
        elif value in self._files:
            file_id, doc = value, self._files[value]
        elif re.match(r"https?://", value):
            file_id = f"BQACAgIAAx-fake-{next(self._file_ids)}"
            doc = SentDocument(value.rstrip("/").rsplit("/", 1)[-1] or "file", b"")
        else:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        return doc, {
            "file_id": file_id,
            "file_unique_id": file_id.rsplit("-", 1)[-1],
            "file_name": doc.filename,
            "mime_type": mime,
            "file_size": len(doc.data),
        }

    async def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._resolve_chat(params, sending=True)
        doc, document = self._document_from(params)
        raw, plain, entities = self._text_and_entities(params, "caption", "caption_entities")
        markup = _decode(params.get("reply_markup"))
        msg = self._new_message(chat_id)
        msg["document"] = document
        if plain:
            msg["caption"] = plain
        if entities:
            msg["caption_entities"] = entities
        if inline := _inline_markup(markup):
            msg["reply_markup"] = inline
        cm = self._store_bot_message(
            chat_id,
            msg,
            raw_text=raw,
            plain=plain,
            markup=markup,
            parse_mode=params.get("parse_mode"),
            document=doc,
        )
        self._log(
            f"{self.bot_first_name} → {self._name(chat_id)}: ",
            f"(document {doc.filename}, {len(doc.data)} bytes)" + (f"\n{plain}" if plain else ""),
            cm.buttons,
        )
        self._notify()
        return msg

    async def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        """A photo: stored like a document (the fake keeps the bytes), shown as one size."""
        chat_id = self._resolve_chat(params, sending=True)
        doc, file = self._document_from(params, "photo")
        raw, plain, entities = self._text_and_entities(params, "caption", "caption_entities")
        markup = _decode(params.get("reply_markup"))
        msg = self._new_message(chat_id)
        msg["photo"] = [
            {
                "file_id": file["file_id"],
                "file_unique_id": file["file_unique_id"],
                "width": 640,
                "height": 480,
                "file_size": file["file_size"],
            }
        ]
        if plain:
            msg["caption"] = plain
        if entities:
            msg["caption_entities"] = entities
        if inline := _inline_markup(markup):
            msg["reply_markup"] = inline
        cm = self._store_bot_message(
            chat_id,
            msg,
            raw_text=raw,
            plain=plain,
            markup=markup,
            parse_mode=params.get("parse_mode"),
            document=doc,
        )
        cm.is_photo = True
        self._log(
            f"{self.bot_first_name} → {self._name(chat_id)}: ",
            f"(photo {doc.filename}, {len(doc.data)} bytes)" + (f"\n{plain}" if plain else ""),
            cm.buttons,
        )
        self._notify()
        return msg

    def _apply_edit(
        self,
        cm: ChatMessage,
        *,
        raw: str,
        plain: str,
        entities: list[dict[str, Any]],
        markup: Any,
        parse_mode: Any,
        text_edit: bool,
    ) -> dict[str, Any]:
        msg = cm.raw
        text_key, ent_key = ("caption", "caption_entities") if cm.document else ("text", "entities")
        new_inline = _inline_markup(markup)
        if (
            plain == msg.get(text_key, "")
            and entities == msg.get(ent_key, [])
            and new_inline == msg.get("reply_markup")
        ):
            raise ApiError(400, NOT_MODIFIED)
        new = {k: v for k, v in msg.items() if k not in {text_key, ent_key, "reply_markup"}}
        if plain:
            new[text_key] = plain
        if entities:
            new[ent_key] = entities
        if new_inline:
            new["reply_markup"] = new_inline
        new["edit_date"] = int(self._time())
        cm.edits.append(cm.text)
        if text_edit:
            cm.text, cm.plain_text, cm.entities = raw, plain, entities
            cm.parse_mode = parse_mode if isinstance(parse_mode, str) else None
        cm.buttons = _buttons(new_inline)
        cm.edit_date = new["edit_date"]
        cm.raw = new
        self._raw_messages[cm.chat_id][cm.message_id] = new
        self._notify()
        return new

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        cm = self._bot_message(params, verb="edit")
        if cm.document is not None:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        raw, plain, entities = self._text_and_entities(params, "text", "entities")
        markup = _decode(params.get("reply_markup"))
        new = self._apply_edit(
            cm,
            raw=raw,
            plain=plain,
            entities=entities,
            markup=markup,
            parse_mode=params.get("parse_mode"),
            text_edit=True,
        )
        self._log(f"{self.bot_first_name} edits → {self._name(cm.chat_id)}: ", plain, cm.buttons)
        return new

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        cm = self._bot_message(params, verb="edit")
        markup = _decode(params.get("reply_markup"))
        new = self._apply_edit(
            cm,
            raw=cm.text,
            plain=cm.plain_text,
            entities=cm.entities,
            markup=markup,
            parse_mode=cm.parse_mode,
            text_edit=False,
        )
        self._log(
            f"{self.bot_first_name} edits buttons → {self._name(cm.chat_id)}: ",
            cm.plain_text.split("\n", 1)[0] + ("" if cm.buttons else " (no buttons)"),
            cm.buttons,
        )
        return new

    async def _api_deleteMessage(self, params: dict[str, Any]) -> bool:
        chat_id = self._resolve_chat(params, sending=False)
        mid = _as_int(params.get("message_id")) or 0
        cm = self._bot_messages.get((chat_id, mid))
        if cm is not None and not cm.deleted:
            cm.deleted = True
            self._raw_messages[chat_id].pop(mid, None)
            self._log(
                f"{self.bot_first_name} deletes → {self._name(chat_id)}: ",
                cm.plain_text.split("\n", 1)[0] or "(message)",
            )
            self._notify()
            return True
        if cm is None and mid in self._raw_messages.get(chat_id, {}):
            self._raw_messages[chat_id].pop(mid)
            self._log(f"{self.bot_first_name} deletes {self._name(chat_id)}'s message #{mid}")
            return True
        raise ApiError(400, "Bad Request: message to delete not found")

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query_id = str(params["callback_query_id"])
        user = self._callbacks.pop(query_id, None)
        if user is None:
            raise ApiError(400, QUERY_INVALID)
        with contextlib.suppress(ValueError):
            user.pending_callback_ids.remove(query_id)
        text = str(params.get("text", ""))
        user.callback_answers.append(text)
        if text:
            alert = " (alert)" if _as_bool(params.get("show_alert", False)) else ""
            self._log(f"{self.bot_first_name} answers {user.first_name}'s button{alert}: ", text)
        self._notify()
        return True
