"""The demo page's server: two phones in a browser, talking to the fake Bot API.

Why: someone who has never made a bot can see Steady between two people without a token,
a phone or Telegram. The page (demo/static/) shows each person's chat as the bot sent it
(the fake keeps what Telegram would: text with entities, inline keyboards, edits in
place, documents); what a person types or taps goes to the bot as a Telegram update
would. The clock control moves the bot's time (jobs.clock.DemoClock reads the file this
writes), so scheduled messages can be seen without waiting.

Loopback only, by construction: `serve` refuses any other address, and every request
must name 127.0.0.1/localhost as its Host (a page elsewhere cannot reach it through DNS
rebinding) and send JSON to change anything (a form elsewhere cannot post here).
"""

from __future__ import annotations

import ipaddress
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from db.repositories import deliveries
from db.session import SessionMaker
from demo.fakebot import ChatMessage, FakeTelegram, SimUser
from jobs.clock import DemoClock

STATIC = Path(__file__).resolve().with_name("static")
TRANSCRIPT_TITLE = "Steady local demo"
#: How long the page's long poll for changes waits before answering "nothing new".
POLL_SECONDS = 20.0
_LOOPBACK_NAMES = {"localhost"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class NotLoopback(ValueError):
    """The demo was asked to listen somewhere other than this machine's loopback."""


def check_loopback(host: str) -> str:
    """`host` if it is a loopback address (127.0.0.0/8, ::1, localhost); else NotLoopback."""
    name = host.strip().strip("[]")
    if name.lower() in _LOOPBACK_NAMES:
        return "127.0.0.1"
    try:
        loopback = ipaddress.ip_address(name).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise NotLoopback(
            f"the demo listens on loopback only (127.0.0.1), not {host!r}: it has no "
            "passwords and lets anyone who reaches it act as both people"
        )
    return name


def _host_is_loopback(header: str) -> bool:
    host = header.rsplit(":", 1)[0] if not header.endswith("]") else header
    if header.startswith("[") and "]" in header:
        host = header[1 : header.index("]")]
    try:
        check_loopback(host)
    except NotLoopback:
        return False
    return True


@dataclass
class Said:
    """Something a person wrote, kept for their own pane (the fake keeps the bot's side)."""

    message_id: int
    text: str
    date: int


@dataclass
class DemoClockControl:
    """The demo's time: the real clock plus an offset that only grows, kept in the file
    the bot's DemoClock reads."""

    path: Path
    zone: str = "UTC"
    offset: float = 0.0

    def __post_init__(self) -> None:
        DemoClock.write_offset(self.path, self.offset)

    def now(self) -> datetime:
        """The demo's current instant (UTC)."""
        return datetime.now(UTC) + timedelta(seconds=self.offset)

    def timestamp(self) -> float:
        """The demo's current instant as seconds since the epoch (message dates)."""
        return time.time() + self.offset

    def jump_to(self, when: datetime) -> datetime:
        """Move the demo's time to `when` (never backwards); returns the new now."""
        ahead = (when - self.now()).total_seconds()
        if ahead > 0:
            self.offset += ahead
            DemoClock.write_offset(self.path, self.offset)
        return self.now()

    def tomorrow_at_nine(self) -> datetime:
        """09:00 tomorrow on the demo's wall clock (its zone)."""
        local = self.now().astimezone(ZoneInfo(self.zone))
        nine = datetime.combine(
            local.date() + timedelta(days=1), datetime.min.time(), ZoneInfo(self.zone)
        )
        return nine.replace(hour=9)


@dataclass
class DemoState:
    """What the page reads and acts on: the fake, its two people, the clock, the outbox."""

    telegram: FakeTelegram
    clock: DemoClockControl
    sessions: SessionMaker | None = None
    said: dict[int, list[Said]] = field(default_factory=dict)
    #: Set when the bot process has ended (the page says so instead of waiting forever).
    bot_exit: int | None = None

    def person(self, raw: object) -> SimUser:
        """The simulated person with this id, or a 404."""
        for user in self.telegram.users:
            if str(user.id) == str(raw):
                return user
        raise web.HTTPNotFound(text="no such person in this demo")

    async def next_due(self) -> datetime | None:
        """When the bot's next scheduled message falls due (from its outbox), if any."""
        if self.sessions is None:
            return None
        try:
            async with self.sessions() as session:
                due = await deliveries.next_due(session)
        except Exception:  # noqa: BLE001 - the bot has not made its tables yet
            return None
        if due is not None and due.tzinfo is None:  # SQLite hands naive UTC back
            due = due.replace(tzinfo=UTC)
        return due

    def snapshot(self) -> dict[str, Any]:
        """Everything the page draws, as JSON."""
        return {
            "version": self.telegram.changes,
            "now": self.clock.now().isoformat(),
            "zone": self.clock.zone,
            "bot": {"name": self.telegram.bot_first_name, "username": self.telegram.bot_username},
            "bot_exit": self.bot_exit,
            "commands": self.telegram.commands,
            "people": [self._pane(user) for user in self.telegram.users],
        }

    def _pane(self, user: SimUser) -> dict[str, Any]:
        items: list[dict[str, Any]] = [
            {"id": said.message_id, "from": "person", "text": said.text, "date": said.date}
            for said in self.said.get(user.id, [])
        ]
        items += [_bot_message(message) for message in user.messages if not message.deleted]
        items.sort(key=lambda item: int(item["id"]))
        return {
            "id": user.id,
            "name": user.first_name,
            "messages": items,
            "answers": list(user.callback_answers),
        }


def _bot_message(message: ChatMessage) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": message.message_id,
        "from": "bot",
        "text": message.plain_text,
        "entities": message.entities,
        "buttons": [
            [{"text": b.text, "data": b.callback_data, "url": b.url} for b in row]
            for row in message.buttons
        ],
        "edits": len(message.edits),
        "date": message.raw.get("edit_date", message.date),
    }
    if message.reply_keyboard:
        out["keyboard"] = message.reply_keyboard
    if message.document is not None and message.is_photo:
        sizes = message.raw.get("photo") or [{}]
        out["photo"] = {
            "url": f"/api/files/{sizes[-1].get('file_id', '')}",
            "size": len(message.document.data),
        }
    elif message.document is not None:
        document = message.raw.get("document", {})
        data = message.document.data
        try:
            preview = data[:1500].decode("utf-8")
        except UnicodeDecodeError:
            preview = ""
        out["document"] = {
            "name": message.document.filename,
            "size": len(data),
            "mime": document.get("mime_type", ""),
            "url": f"/api/files/{document.get('file_id', '')}",
            "preview": preview,
        }
    return out


_PICTURES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


def _picture_type(data: bytes) -> str | None:
    """The image type of a PNG, JPEG, GIF or WebP by its first bytes; None otherwise."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for magic, kind in _PICTURES.items() if data.startswith(magic)), None)


async def _json_body(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="send JSON")
    try:
        body = await request.json()
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="malformed JSON") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return body


def make_app(state: DemoState) -> web.Application:
    """The demo page's aiohttp application."""

    @web.middleware
    async def loopback_only(request: web.Request, handler: Handler) -> web.StreamResponse:
        if not _host_is_loopback(request.host):
            raise web.HTTPForbidden(text="the demo answers only on 127.0.0.1")
        response = await handler(request)
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    async def index(request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html")

    async def get_state(request: web.Request) -> web.Response:
        after = request.query.get("after")
        if after is not None and after.lstrip("-").isdigit():
            await state.telegram.wait_for_change(int(after), POLL_SECONDS)
        snapshot = state.snapshot()
        due = await state.next_due()
        snapshot["next_due"] = due.isoformat() if due is not None else None
        return web.json_response(snapshot)

    async def send(request: web.Request) -> web.Response:
        body = await _json_body(request)
        user = state.person(body.get("person"))
        text = str(body.get("text", "")).strip()
        if not text:
            raise web.HTTPBadRequest(text="nothing to send")
        message_id = await user.send(text[:4096])
        state.said.setdefault(user.id, []).append(
            Said(message_id, text[:4096], int(state.clock.timestamp()))
        )
        return web.json_response({"ok": True, "message_id": message_id})

    async def press(request: web.Request) -> web.Response:
        body = await _json_body(request)
        user = state.person(body.get("person"))
        message = next(
            (m for m in user.messages if str(m.message_id) == str(body.get("message_id"))), None
        )
        data = body.get("data")
        if message is None or message.deleted or not isinstance(data, str):
            raise web.HTTPNotFound(text="that message or button is gone")
        try:
            await user.press(callback_data=data, message=message)
        except AssertionError as error:  # the button is no longer on the message
            raise web.HTTPConflict(text=str(error).split("\n", 1)[0]) from None
        return web.json_response({"ok": True})

    async def rename(request: web.Request) -> web.Response:
        body = await _json_body(request)
        user = state.person(body.get("person"))
        name = " ".join(str(body.get("name", "")).split())[:64]
        if not name:
            raise web.HTTPBadRequest(text="a name, please")
        user.first_name = name
        state.telegram.touch()
        return web.json_response({"ok": True, "name": name})

    async def clock(request: web.Request) -> web.Response:
        body = await _json_body(request)
        jump = body.get("jump")
        if jump == "next":
            due = await state.next_due()
            if due is None:
                raise web.HTTPConflict(text="nothing is scheduled yet")
            now = state.clock.jump_to(due + timedelta(seconds=1))
        elif jump == "10m":
            now = state.clock.jump_to(state.clock.now() + timedelta(minutes=10))
        elif jump == "tomorrow":
            now = state.clock.jump_to(state.clock.tomorrow_at_nine())
        else:
            raise web.HTTPBadRequest(text="jump is one of next, 10m, tomorrow")
        state.telegram.touch()
        return web.json_response({"ok": True, "now": now.isoformat()})

    async def transcript(request: web.Request) -> web.Response:
        stamp = state.clock.now().strftime("%Y%m%d-%H%M")
        return web.Response(
            text=state.telegram.transcript_text(TRANSCRIPT_TITLE),
            content_type="text/plain",
            charset="utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="steady-demo-{stamp}.txt"',
            },
        )

    async def file(request: web.Request) -> web.Response:
        document = state.telegram.file(request.match_info["file_id"])
        if document is None:
            raise web.HTTPNotFound(text="no such file")
        safe = "".join(c for c in document.filename if c.isalnum() or c in "._-") or "file"
        picture = _picture_type(document.data)
        if picture is not None:  # shown in the pane; only types recognised by their bytes
            return web.Response(body=document.data, content_type=picture)
        return web.Response(
            body=document.data,
            content_type="application/octet-stream",
            headers={"Content-Disposition": f'attachment; filename="{safe}"'},
        )

    app = web.Application(middlewares=[loopback_only])
    app.router.add_get("/", index)
    app.router.add_static("/static/", STATIC)
    app.router.add_get("/api/state", get_state)
    app.router.add_post("/api/send", send)
    app.router.add_post("/api/press", press)
    app.router.add_post("/api/rename", rename)
    app.router.add_post("/api/clock", clock)
    app.router.add_get("/api/transcript", transcript)
    app.router.add_get("/api/files/{file_id}", file)
    return app


async def serve(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Listen on loopback (anything else is refused before a socket opens)."""
    host = check_loopback(host)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner, int(runner.addresses[0][1])
